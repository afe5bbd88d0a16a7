//! What the timeline shows, before layout: every event, pledge and disputed conference date, with
//! a key unique across sections (an event and a pledge may share an id).

use plotters::style::RGBColor;

use super::MarkerKind;
use crate::dataset::Index;
use crate::date::Date;
use crate::model::{Certainty, EventKind, PledgeKind};
use crate::{palette, query};

/// One thing to draw.
pub(crate) struct Item<'a> {
    pub kind: MarkerKind,
    pub id: &'a str,
    /// First and last day (days since 1970-01-01); equal for a single day.
    pub first: i64,
    pub last: i64,
    /// The day a click selects.
    pub day: Date,
    /// A single, exactly known day (else hollow, or a range).
    pub exact: bool,
    pub certainty: Certainty,
    pub event_kind: Option<EventKind>,
    pub pledge_kind: Option<PledgeKind>,
    pub colour: RGBColor,
    /// A pledge's actor.
    pub actor: Option<&'a str>,
    /// An event's actors.
    pub actors: &'a [String],
    /// The event's title, drawn beside it where it fits whole.
    pub label: Option<&'a str>,
    /// A disputed date's conference event (an index into the items) and that event's other
    /// claimed day (on the event).
    pub parent: Option<usize>,
    pub disputed_day: Option<i64>,
}

impl Item<'_> {
    /// Whether `actor` is part of this item (emphasis fades the rest).
    pub fn involves(&self, actor: &str) -> bool {
        self.actor == Some(actor) || self.actors.iter().any(|a| a == actor)
    }

    /// The days the item's marks cover, with a conference's other claimed day.
    pub fn extent(&self) -> (i64, i64) {
        match self.disputed_day {
            Some(d) => (self.first.min(d), self.last.max(d)),
            None => (self.first, self.last),
        }
    }
}

/// The unique key of a marker: section and id (`event:paris-conference`, `pledge:fra-air-strikes`,
/// `dispute:paris-date`).
pub fn key(kind: MarkerKind, id: &str) -> String {
    format!("{}:{id}", kind.section())
}

/// Every dated event (with its disputed dates after it) and pledge, events first in date order;
/// the events' and meetings' titles in `l` (the dataset's short texts, `Locale::data_text`).
pub(crate) fn build(ix: &Index, l: crate::lang::Locale) -> Vec<Item<'_>> {
    let mut items: Vec<Item> = Vec::with_capacity(ix.data.events.len() + ix.data.pledges.len() + 2);
    // The disputes already given their marker (a handful: a list beats a set).
    let mut disputed: Vec<&str> = Vec::new();
    for e in query::events(ix, &[], None) {
        let dispute = e
            .conference
            .as_deref()
            .and_then(|c| ix.conference(c))
            .and_then(|c| {
                let d = ix.dispute(c.date_dispute.as_deref()?)?;
                // The first claimed day that is not the conference's own.
                let other = d
                    .claims
                    .iter()
                    .filter_map(|cl| cl.value.parse::<Date>().ok())
                    .find(|day| *day != c.date.date)?;
                Some((d.id.as_str(), other))
            });
        let parent = items.len();
        items.push(Item {
            kind: MarkerKind::Event,
            id: &e.id,
            first: e.date.date.to_days(),
            last: e.date.last_day().to_days(),
            day: e.date.date,
            exact: e.date.approximate.is_none() && e.date.until.is_none(),
            certainty: Certainty::Stated,
            event_kind: Some(e.kind),
            pledge_kind: None,
            colour: palette::event(e.kind),
            actor: None,
            actors: &e.actors,
            label: Some(l.data_text(&e.id, "title", &e.title)),
            parent: None,
            disputed_day: dispute.map(|(_, d)| d.to_days()),
        });
        // One marker per disputed day, beside the first event of its conference: keys stay unique
        // when several events (a brought dataset's copies) name one conference.
        if let Some((id, day)) = dispute.filter(|(id, _)| !disputed.contains(id)) {
            disputed.push(id);
            items.push(Item {
                kind: MarkerKind::DisputedDate,
                id,
                first: day.to_days(),
                last: day.to_days(),
                day,
                exact: false,
                certainty: Certainty::Stated,
                event_kind: Some(e.kind),
                pledge_kind: None,
                colour: palette::event(e.kind),
                actor: None,
                actors: &e.actors,
                label: None,
                parent: Some(parent),
                disputed_day: None,
            });
        }
    }
    // A pledge ongoing since before the span shows from the first day of the September story it
    // belongs to (see `query::story_span`), not from an earlier strike of the months around it.
    let span_first = query::story_span(ix).map(|(first, _)| first);
    for p in &ix.data.pledges {
        let Some(mut day) = query::effective_date(ix, p.date.as_ref(), &p.sources) else {
            continue;
        };
        let since =
            p.date.as_ref().and_then(|w| w.relation) == Some(crate::model::DateRelation::Since);
        if let (true, Some(first)) = (since, span_first) {
            day = day.max(first);
        }
        let last = p.date.as_ref().map_or(day, |w| w.last_day()).max(day);
        items.push(Item {
            kind: MarkerKind::Pledge,
            id: &p.id,
            first: day.to_days(),
            last: last.to_days(),
            day,
            exact: p
                .date
                .as_ref()
                .is_some_and(|w| w.approximate.is_none() && w.until.is_none()),
            certainty: p.certainty,
            event_kind: None,
            pledge_kind: Some(p.kind),
            colour: palette::pledge(p.kind),
            actor: Some(&p.actor),
            actors: &[],
            label: None,
            parent: None,
            disputed_day: None,
        });
    }
    // The story after Paris: decisions and strikes in their actors' rows, meetings with the events,
    // listings in a band of their own.
    let mut after = |kind, id, w: &crate::model::When, colour, actor, actors, label| {
        items.push(Item {
            kind,
            id,
            first: w.date.to_days(),
            last: w.last_day().to_days(),
            day: w.date,
            exact: w.approximate.is_none() && w.until.is_none(),
            certainty: Certainty::Stated,
            event_kind: None,
            pledge_kind: None,
            colour,
            actor,
            actors,
            label,
            parent: None,
            disputed_day: None,
        });
    };
    for x in &ix.data.decisions {
        let colour = palette::status(query::Status::DecidedToStrike);
        after(
            MarkerKind::Decision,
            &x.id,
            &x.date,
            colour,
            Some(x.actor.as_str()),
            &[][..],
            None,
        );
    }
    for x in &ix.data.strikes {
        let colour = palette::strike(x.kind, x.theatre);
        after(
            MarkerKind::Strike,
            &x.id,
            &x.date,
            colour,
            Some(x.actor.as_str()),
            &[][..],
            None,
        );
    }
    // A listing stands for its listed actor (a click selects it); its label is the lister, so one
    // list's entries on one day look alike and stack.
    for x in &ix.data.listings {
        let colour = palette::status(query::Status::Listed);
        after(
            MarkerKind::Listing,
            &x.id,
            &x.date,
            colour,
            Some(x.actor.as_str()),
            &[][..],
            Some(x.by.as_str()),
        );
    }
    for m in &ix.data.meetings {
        let colour = palette::event(EventKind::Conference);
        after(
            MarkerKind::Meeting,
            &m.id,
            &m.date,
            colour,
            None,
            &m.hosts[..],
            Some(l.data_text(&m.id, "name", &m.name)),
        );
    }
    items
}

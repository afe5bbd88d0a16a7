//! Pure questions over an [`Index`]: an actor's status on a date, its full record, conferences,
//! the timeline, and the coalition's state as of a date. Shared by the CLI and the wasm API.

use std::collections::BTreeSet;

use serde::Serialize;

use crate::dataset::Index;
use crate::date::Date;
use crate::model::*;

mod change;
pub mod stories;
pub use change::Change;

/// What the map colours a country by, in order of precedence: a country with several roles is
/// shown by the first that applies (its panel lists them all). The story after Paris comes first —
/// striking in Syria (the later step: a state striking in both theatres shows Syria), striking in
/// Iraq, a supporting role in strikes, a decision to strike — then September's statuses, with a
/// listing as a coalition partner between signing at Jeddah and attending Paris: attending Paris is
/// not partnership (China and Russia attended and are on no list).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Its first strike in Syria is on or before the date.
    StrikingSyria,
    /// Its first strike in Iraq is on or before the date.
    StrikingIraq,
    /// Took part in strikes in a supporting role (Qatar over Syria), not as a striker.
    SupportingStrikes,
    /// Its government or parliament had decided to strike.
    DecidedToStrike,
    /// Pledged concrete military support (air strikes, troops, aircraft, reconnaissance), as stated
    /// or reported; a hedged report ("likely to include") does not count.
    MilitaryPledge,
    /// Hosted a conference, or the conference was held on its soil.
    Host,
    /// Signed a conference communiqué (Jeddah).
    Signed,
    /// Listed as a coalition partner (the State Department's list), or announced it had joined.
    Listed,
    /// Attended a conference (Paris).
    Attended,
    /// Attended but did not sign (Turkey at Jeddah).
    AttendedNotSigned,
    /// Publicly rejected cooperation with the coalition.
    Rejected,
    /// Was not invited, or stayed away.
    NotInvited,
}

impl Status {
    pub const ALL: [Status; 12] = [
        Status::StrikingSyria,
        Status::StrikingIraq,
        Status::SupportingStrikes,
        Status::DecidedToStrike,
        Status::MilitaryPledge,
        Status::Host,
        Status::Signed,
        Status::Listed,
        Status::Attended,
        Status::AttendedNotSigned,
        Status::Rejected,
        Status::NotInvited,
    ];

    /// The legend's words for the status.
    pub fn label(self) -> &'static str {
        match self {
            Status::StrikingSyria => "Striking in Syria",
            Status::StrikingIraq => "Striking in Iraq",
            Status::SupportingStrikes => "Supporting strikes",
            Status::DecidedToStrike => "Decided to strike",
            Status::MilitaryPledge => "Pledged military support",
            Status::Host => "Host or venue",
            Status::Signed => "Signed Jeddah communiqué",
            Status::Listed => "Listed as a partner",
            Status::Attended => "Attended Paris",
            Status::AttendedNotSigned => "Attended, did not sign",
            Status::Rejected => "Rejected cooperation",
            Status::NotInvited => "Not invited",
        }
    }

    /// Stable machine name (as serialised).
    pub fn key(self) -> &'static str {
        match self {
            Status::StrikingSyria => "striking_syria",
            Status::StrikingIraq => "striking_iraq",
            Status::SupportingStrikes => "supporting_strikes",
            Status::DecidedToStrike => "decided_to_strike",
            Status::MilitaryPledge => "military_pledge",
            Status::Host => "host",
            Status::Signed => "signed",
            Status::Listed => "listed",
            Status::Attended => "attended",
            Status::AttendedNotSigned => "attended_not_signed",
            Status::Rejected => "rejected",
            Status::NotInvited => "not_invited",
        }
    }
}

/// Appends the source ids not yet in `into`, keeping first-cited order.
fn add_unique<'a>(into: &mut Vec<&'a str>, from: &'a [SourceId]) {
    for s in from {
        if !into.contains(&s.as_str()) {
            into.push(s);
        }
    }
}

/// The day a record counts from: its own date, else the day its earliest dated source reports on
/// (for facts a source reports as already done, "has announced", without a date of their own).
pub fn effective_date(ix: &Index, date: Option<&When>, sources: &[SourceId]) -> Option<Date> {
    date.map(|w| w.date).or_else(|| {
        sources
            .iter()
            .filter_map(|s| ix.source(s).and_then(|s| s.date))
            .min()
    })
}

fn conference_date(ix: &Index, id: &str) -> Option<Date> {
    ix.conference(id).map(|c| c.date.date)
}

/// Every status that applies to an actor as of `date` (inclusive), in precedence order.
/// `None` for `date` means "at the end of the story" (everything counts).
pub fn statuses(ix: &Index, actor: &str, date: Option<Date>) -> Vec<Status> {
    let d = &ix.data;
    let at = |ids: &mut dyn Iterator<Item = &str>| -> Vec<usize> {
        ids.enumerate()
            .filter(|(_, a)| *a == actor)
            .map(|(i, _)| i)
            .collect()
    };
    let own = Own {
        participations: at(&mut d.participations.iter().map(|x| x.actor.as_str())),
        hosted: at(&mut d.conferences.iter().map(|x| x.country.as_str())),
        pledges: at(&mut d.pledges.iter().map(|x| x.actor.as_str())),
        statements: at(&mut d.statements.iter().map(|x| x.actor.as_str())),
        strikes: at(&mut d.strikes.iter().map(|x| x.actor.as_str())),
        decisions: at(&mut d.decisions.iter().map(|x| x.actor.as_str())),
        listings: at(&mut d.listings.iter().map(|x| x.actor.as_str())),
    };
    let state = ix.actor(actor).is_some_and(|a| a.kind == ActorKind::State);
    statuses_of(ix, &own, state, date, date.or_else(|| story_end(ix)))
}

/// The records an actor's statuses come from, as positions in the dataset's lists: gathered for
/// one actor by [`statuses`], or for every actor in one pass by [`own_all`] (the table view's
/// rows: one pass per actor over every list was most of a date step with 3,700 actors).
#[derive(Default)]
struct Own {
    participations: Vec<usize>,
    hosted: Vec<usize>,
    pledges: Vec<usize>,
    statements: Vec<usize>,
    strikes: Vec<usize>,
    decisions: Vec<usize>,
    listings: Vec<usize>,
}

/// Every actor's [`Own`], in dataset order.
fn own_all(ix: &Index) -> Vec<Own> {
    let d = &ix.data;
    let mut all: Vec<Own> = d.actors.iter().map(|_| Own::default()).collect();
    let mut gather = |ids: &mut dyn Iterator<Item = &str>,
                      list: fn(&mut Own) -> &mut Vec<usize>| {
        for (i, a) in ids.enumerate() {
            if let Some(own) = ix.actor_position(a).and_then(|p| all.get_mut(p)) {
                list(own).push(i);
            }
        }
    };
    gather(
        &mut d.participations.iter().map(|x| x.actor.as_str()),
        |o| &mut o.participations,
    );
    gather(&mut d.conferences.iter().map(|x| x.country.as_str()), |o| {
        &mut o.hosted
    });
    gather(&mut d.pledges.iter().map(|x| x.actor.as_str()), |o| {
        &mut o.pledges
    });
    gather(&mut d.statements.iter().map(|x| x.actor.as_str()), |o| {
        &mut o.statements
    });
    gather(&mut d.strikes.iter().map(|x| x.actor.as_str()), |o| {
        &mut o.strikes
    });
    gather(&mut d.decisions.iter().map(|x| x.actor.as_str()), |o| {
        &mut o.decisions
    });
    gather(&mut d.listings.iter().map(|x| x.actor.as_str()), |o| {
        &mut o.listings
    });
    all
}

/// The statuses from an actor's records (`state`: whether it is a state, which alone can reject
/// the coalition); `limit` is the last day the records after Paris count ([`statuses`]).
fn statuses_of(
    ix: &Index,
    own: &Own,
    state: bool,
    date: Option<Date>,
    limit: Option<Date>,
) -> Vec<Status> {
    let d = &ix.data;
    let by = |d: Option<Date>| match (date, d) {
        (None, _) => true,
        (Some(limit), Some(d)) => d <= limit,
        (Some(_), None) => false,
    };
    let mut out = BTreeSet::new();
    for p in own
        .participations
        .iter()
        .filter_map(|&i| d.participations.get(i))
    {
        if !by(conference_date(ix, &p.conference)) {
            continue;
        }
        out.insert(match p.role {
            ParticipationRole::Host => Status::Host,
            ParticipationRole::Signed => Status::Signed,
            ParticipationRole::Attended => Status::Attended,
            ParticipationRole::AttendedNotSigned => Status::AttendedNotSigned,
            ParticipationRole::NotInvited | ParticipationRole::Declined => Status::NotInvited,
        });
    }
    for c in own.hosted.iter().filter_map(|&i| d.conferences.get(i)) {
        if by(Some(c.date.date)) {
            out.insert(Status::Host);
        }
    }
    let military = own
        .pledges
        .iter()
        .filter_map(|&i| d.pledges.get(i))
        .any(|p| {
            p.kind.is_military()
                && p.certainty != Certainty::Hedged
                && by(effective_date(ix, p.date.as_ref(), &p.sources))
        });
    if military {
        out.insert(Status::MilitaryPledge);
    }
    let rejected = state
        && own
            .statements
            .iter()
            .filter_map(|&i| d.statements.get(i))
            .any(|s| {
                s.stance == Stance::Opposes && by(effective_date(ix, s.date.as_ref(), &s.sources))
            });
    if rejected {
        out.insert(Status::Rejected);
    }
    // The story after Paris, each record from the last day its date allows (a strike "between" two
    // reports counts once it is certain); at the end of the story (`None`), up to the September
    // story's last day, so the default view stays September's (see `story_end`).
    let after = |w: &When| limit.is_none_or(|l| w.last_day() <= l);
    for st in own.strikes.iter().filter_map(|&i| d.strikes.get(i)) {
        if !after(&st.date) {
            continue;
        }
        match (st.kind, st.theatre) {
            (StrikeKind::FirstStrike, Theatre::Syria) => out.insert(Status::StrikingSyria),
            (StrikeKind::FirstStrike, Theatre::Iraq) => out.insert(Status::StrikingIraq),
            (StrikeKind::Support, _) => out.insert(Status::SupportingStrikes),
            (StrikeKind::FirstMission, _) => false,
        };
    }
    if own
        .decisions
        .iter()
        .filter_map(|&i| d.decisions.get(i))
        .any(|x| after(&x.date))
    {
        out.insert(Status::DecidedToStrike);
    }
    if own
        .listings
        .iter()
        .filter_map(|&i| d.listings.get(i))
        .any(|x| after(&x.date))
    {
        out.insert(Status::Listed);
    }
    out.into_iter().collect()
}

/// The status the map shows: the first of [`statuses`].
pub fn primary_status(ix: &Index, actor: &str, date: Option<Date>) -> Option<Status> {
    statuses(ix, actor, date).into_iter().next()
}

/// An actor and its map status on a date, for lists and the map.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ActorSummary<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub kind: ActorKind,
    pub status: Option<Status>,
    pub statuses: Vec<Status>,
}

/// Every actor with its status as of `date`, in dataset order.
pub fn actors(ix: &Index, date: Option<Date>) -> Vec<ActorSummary<'_>> {
    ix.data
        .actors
        .iter()
        .map(|a| {
            let statuses = statuses(ix, &a.id, date);
            ActorSummary {
                id: &a.id,
                name: &a.name,
                kind: a.kind,
                status: statuses.first().copied(),
                statuses,
            }
        })
        .collect()
}

/// One participation with its conference spelled out.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ParticipationView<'a> {
    pub conference: &'a str,
    pub conference_name: &'a str,
    pub date: &'a When,
    pub role: ParticipationRole,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<&'a str>,
    pub sources: &'a [SourceId],
}

/// A pledge as shown for an actor: its own, or a commitment of a conference text it signed.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PledgeView<'a> {
    pub id: &'a str,
    pub kind: PledgeKind,
    pub summary: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<&'a Amount>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<&'a When>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conference: Option<&'a str>,
    pub certainty: Certainty,
    /// True for a commitment every signatory of a conference text made, not the actor's own pledge.
    pub from_communique: bool,
    pub quotes: &'a [Quote],
    pub sources: &'a [SourceId],
}

/// Everything the dataset holds about one actor.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ActorRecord<'a> {
    pub actor: &'a Actor,
    pub status: Option<Status>,
    pub statuses: Vec<Status>,
    pub people: Vec<&'a Person>,
    pub participations: Vec<ParticipationView<'a>>,
    pub pledges: Vec<PledgeView<'a>>,
    pub statements: Vec<&'a Statement>,
    pub events: Vec<&'a Event>,
    /// Disputes touching this actor's records (e.g. the Paris date for a Paris participant).
    pub disputes: Vec<&'a Dispute>,
    /// Numbers that belong to the actor or one of its records (a figure's `about`).
    pub figures: Vec<&'a Figure>,
    /// Its government's decisions to strike, in date order.
    pub decisions: Vec<&'a Decision>,
    /// Its first strikes by theatre, supporting roles and first missions, in date order.
    pub strikes: Vec<&'a Strike>,
    /// Its listings as a coalition partner (and a joining it announced), in date order.
    pub listings: Vec<&'a Listing>,
    /// Meetings after Paris it hosted or a source names it at, in date order.
    pub meetings: Vec<&'a Meeting>,
    /// Every source any of the above cites, in first-cited order.
    pub sources: Vec<&'a Source>,
}

/// Adds the dispute with this id, if any and not yet listed.
fn add_dispute_ref<'a>(into: &mut Vec<&'a Dispute>, ix: &'a Index, id: Option<&str>) {
    if let Some(dsp) = id.and_then(|i| ix.dispute(i)) {
        if !into.iter().any(|x| x.id == dsp.id) {
            into.push(dsp);
        }
    }
}

/// An actor's full record as of `date` (statuses use the date; the lists hold everything).
pub fn actor_record<'a>(ix: &'a Index, id: &str, date: Option<Date>) -> Option<ActorRecord<'a>> {
    let actor = ix.actor(id)?;
    let d = &ix.data;
    let participations: Vec<ParticipationView> = d
        .participations
        .iter()
        .filter(|p| p.actor == actor.id)
        .filter_map(|p| {
            let conf = ix.conference(&p.conference)?;
            Some(ParticipationView {
                conference: &conf.id,
                conference_name: &conf.name,
                date: &conf.date,
                role: p.role,
                note: p.note.as_deref(),
                sources: &p.sources,
            })
        })
        .collect();
    let mut pledges: Vec<PledgeView> = d
        .pledges
        .iter()
        .filter(|p| p.actor == actor.id)
        .map(|p| PledgeView {
            id: &p.id,
            kind: p.kind,
            summary: &p.summary,
            amount: p.amount.as_ref(),
            date: p.date.as_ref(),
            conference: p.conference.as_deref(),
            certainty: p.certainty,
            from_communique: false,
            quotes: &p.quotes,
            sources: &p.sources,
        })
        .collect();
    for conf in &d.conferences {
        let roles: Vec<ParticipationRole> = participations
            .iter()
            .filter(|p| p.conference == conf.id)
            .map(|p| p.role)
            .collect();
        for c in &conf.commitments {
            if c.applies_to.iter().any(|r| roles.contains(r)) {
                pledges.push(PledgeView {
                    id: &c.id,
                    kind: c.kind,
                    summary: &c.summary,
                    amount: None,
                    date: Some(&conf.date),
                    conference: Some(&conf.id),
                    certainty: Certainty::Stated,
                    from_communique: true,
                    quotes: &[],
                    sources: &c.sources,
                });
            }
        }
    }
    // Its own statements, those it co-authored (a joint statement) and those about it.
    let statements: Vec<&Statement> = d
        .statements
        .iter()
        .filter(|s| {
            s.actor == actor.id
                || s.authors.contains(&actor.id)
                || s.subject.as_deref() == Some(actor.id.as_str())
        })
        .collect();
    let events = events(ix, &[], Some(&actor.id));
    let mut disputes: Vec<&Dispute> = Vec::new();
    let mut add_dispute = |id: &Option<String>| {
        if let Some(dsp) = id.as_deref().and_then(|i| ix.dispute(i)) {
            if !disputes.iter().any(|x| x.id == dsp.id) {
                disputes.push(dsp);
            }
        }
    };
    for p in &participations {
        if let Some(conf) = ix.conference(p.conference) {
            add_dispute(&conf.date_dispute);
            add_dispute(&conf.count_dispute);
        }
    }
    for p in d.participations.iter().filter(|p| p.actor == actor.id) {
        add_dispute(&p.dispute);
    }
    // Disputes over the dates of its pledges and statements (a statement dated by the Paris
    // conference rests on the Paris date dispute).
    let dates = pledges
        .iter()
        .filter_map(|p| p.date)
        .chain(statements.iter().filter_map(|s| s.date.as_ref()));
    for w in dates {
        add_dispute(&w.dispute);
    }
    // The story after Paris: its own decisions, strikes and listings, and the meetings it hosted
    // or is named at.
    fn dated<T>(items: &[T], mine: impl Fn(&T) -> bool, when: fn(&T) -> &When) -> Vec<&T> {
        let mut out: Vec<&T> = items.iter().filter(|x| mine(x)).collect();
        crate::sort::sort_by_key(&mut out, |x| when(x).date);
        out
    }
    let me = actor.id.as_str();
    let decisions = dated(&d.decisions, |x| x.actor == me, |x| &x.date);
    let strikes = dated(&d.strikes, |x| x.actor == me, |x| &x.date);
    let listings = dated(&d.listings, |x| x.actor == me, |x| &x.date);
    let meetings = dated(
        &d.meetings,
        |m| m.hosts.iter().chain(&m.attendees).any(|a| a == me),
        |x| &x.date,
    );
    for id in decisions
        .iter()
        .map(|x| &x.dispute)
        .chain(strikes.iter().map(|x| &x.dispute))
        .chain(meetings.iter().map(|x| &x.count_dispute))
    {
        add_dispute(id);
    }
    // Disputes that name the actor or one of its records.
    let own: Vec<&str> = std::iter::once(actor.id.as_str())
        .chain(pledges.iter().map(|p| p.id))
        .chain(statements.iter().map(|s| s.id.as_str()))
        .chain(events.iter().map(|e| e.id.as_str()))
        .chain(decisions.iter().map(|x| x.id.as_str()))
        .chain(strikes.iter().map(|x| x.id.as_str()))
        .chain(listings.iter().map(|x| x.id.as_str()))
        .chain(meetings.iter().map(|x| x.id.as_str()))
        .collect();
    for dsp in &d.disputes {
        if dsp.about.iter().any(|a| own.contains(&a.as_str()))
            && !disputes.iter().any(|x| x.id == dsp.id)
        {
            disputes.push(dsp);
        }
    }
    // A figure is on the records it counts and on its estimator's (the BBC's count of US strikes
    // is a fact about the BBC's reporting as well as about the strikes).
    let figures: Vec<&Figure> = d
        .figures
        .iter()
        .filter(|f| {
            f.about.iter().any(|a| own.contains(&a.as_str()))
                || f.estimated_by.as_deref() == Some(actor.id.as_str())
        })
        .collect();
    for f in &figures {
        add_dispute_ref(&mut disputes, ix, f.dispute.as_deref());
    }
    let mut cited: Vec<&str> = actor.sources.iter().map(String::as_str).collect();
    let people: Vec<&Person> = d.people.iter().filter(|p| p.actor == actor.id).collect();
    let lists = people
        .iter()
        .map(|p| &p.sources[..])
        .chain(participations.iter().map(|p| p.sources))
        .chain(pledges.iter().map(|p| p.sources))
        .chain(statements.iter().map(|s| &s.sources[..]))
        .chain(events.iter().map(|e| &e.sources[..]))
        .chain(figures.iter().map(|f| &f.sources[..]))
        .chain(decisions.iter().map(|x| &x.sources[..]))
        .chain(strikes.iter().map(|x| &x.sources[..]))
        .chain(listings.iter().map(|x| &x.sources[..]))
        .chain(meetings.iter().map(|x| &x.sources[..]))
        .chain(
            disputes
                .iter()
                .flat_map(|d| d.claims.iter().map(|c| &c.sources[..])),
        );
    for list in lists {
        add_unique(&mut cited, list);
    }
    let statuses = statuses(ix, &actor.id, date);
    Some(ActorRecord {
        actor,
        status: statuses.first().copied(),
        statuses,
        people,
        participations,
        pledges,
        statements,
        events,
        disputes,
        figures,
        decisions,
        strikes,
        listings,
        meetings,
        sources: cited.iter().filter_map(|s| ix.source(s)).collect(),
    })
}

/// Timeline events in date order (ties keep dataset order), optionally only of some kinds
/// (empty = all) and only those involving `actor`.
pub fn events<'a>(ix: &'a Index, kinds: &[EventKind], actor: Option<&str>) -> Vec<&'a Event> {
    let mut out: Vec<&Event> = ix
        .data
        .events
        .iter()
        .filter(|e| kinds.is_empty() || kinds.contains(&e.kind))
        .filter(|e| actor.is_none_or(|a| e.actors.iter().any(|x| x == a)))
        .collect();
    crate::sort::sort_by_key(&mut out, |e| e.date.date);
    out
}

/// The coalition as of a date: how many actors hold each status, and who.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CoalitionState<'a> {
    pub date: Option<Date>,
    pub counts: Vec<(Status, usize)>,
    pub members: Vec<ActorSummary<'a>>,
}

/// Actors with a status as of `date`, and the count per status (by primary status).
pub fn coalition_state(ix: &Index, date: Option<Date>) -> CoalitionState<'_> {
    let members: Vec<ActorSummary> = actors(ix, date)
        .into_iter()
        .filter(|a| a.status.is_some())
        .collect();
    let counts = Status::ALL
        .iter()
        .map(|s| (*s, members.iter().filter(|m| m.status == Some(*s)).count()))
        .collect();
    CoalitionState {
        date,
        counts,
        members,
    }
}

/// The span of dates the timeline and the slider cover: every event, pledge and conference date,
/// and every decision, strike, listing and meeting after Paris, padded to whole days. `None` for an empty dataset. A pledge counts with its whole range, or, undated, with the
/// day its source reports it ([`effective_date`]), so every pledge the timeline draws is inside —
/// except one ongoing `since` an earlier day (US air strikes "since August 2014"): it holds across
/// the whole span rather than stretching it, and the timeline shows it from the first day.
pub fn date_span(ix: &Index) -> Option<(Date, Date)> {
    let d = &ix.data;
    let after = d
        .decisions
        .iter()
        .map(|x| &x.date)
        .chain(d.strikes.iter().map(|x| &x.date))
        .chain(d.listings.iter().map(|x| &x.date))
        .chain(d.meetings.iter().map(|x| &x.date))
        .flat_map(|w| [w.date, w.last_day()]);
    let (mut lo, mut hi) = match story_span(ix) {
        Some((a, b)) => (Some(a), Some(b)),
        None => (None, None),
    };
    for x in after {
        lo = Some(lo.map_or(x, |l| l.min(x)));
        hi = Some(hi.map_or(x, |h| h.max(x)));
    }
    Some((lo?, hi?))
}

/// The last day of the September story ([`story_span`]): what the default view shows.
pub fn story_end(ix: &Index) -> Option<Date> {
    story_span(ix).map(|(_, last)| last)
}

/// The span of the September story: its events, pledges and conferences, as [`date_span`] but
/// without the records after Paris (decisions, strikes, listings, meetings). The default view
/// (no date) shows its last day, and says "by the end of" its last month.
pub fn story_span(ix: &Index) -> Option<(Date, Date)> {
    let d = &ix.data;
    let dates = d
        .events
        .iter()
        .flat_map(|e| [e.date.date, e.date.last_day()])
        .chain(d.conferences.iter().map(|c| c.date.date))
        .chain(
            d.pledges
                .iter()
                .filter(|p| p.date.as_ref().and_then(|w| w.relation) != Some(DateRelation::Since))
                .flat_map(|p| {
                    let first = effective_date(ix, p.date.as_ref(), &p.sources);
                    let last = p.date.as_ref().map(When::last_day);
                    first.into_iter().chain(last)
                }),
        );
    let (mut lo, mut hi) = (None::<Date>, None::<Date>);
    for x in dates {
        lo = Some(lo.map_or(x, |l| l.min(x)));
        hi = Some(hi.map_or(x, |h| h.max(x)));
    }
    Some((lo?, hi?))
}

/// One participant of a conference, with every role it had there.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Participant<'a> {
    pub actor: &'a str,
    pub name: &'a str,
    pub roles: Vec<ParticipationRole>,
    pub sources: Vec<&'a str>,
}

/// A conference with its roster and the disputes over its date and size, for the overview.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ConferenceView<'a> {
    pub conference: &'a Conference,
    pub participants: Vec<Participant<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_dispute: Option<&'a Dispute>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count_dispute: Option<&'a Dispute>,
}

/// Every conference in date order with its roster (actors in dataset order, roles merged).
pub fn conferences(ix: &Index) -> Vec<ConferenceView<'_>> {
    let mut out: Vec<ConferenceView> = ix
        .data
        .conferences
        .iter()
        .map(|c| {
            let mut participants: Vec<Participant> = Vec::new();
            for p in ix
                .data
                .participations
                .iter()
                .filter(|p| p.conference == c.id)
            {
                let i = match participants.iter().position(|x| x.actor == p.actor) {
                    Some(i) => i,
                    None => {
                        participants.push(Participant {
                            actor: &p.actor,
                            name: ix
                                .actor(&p.actor)
                                .map_or(p.actor.as_str(), |a| a.name.as_str()),
                            roles: Vec::new(),
                            sources: Vec::new(),
                        });
                        participants.len() - 1
                    }
                };
                let entry = &mut participants[i];
                entry.roles.push(p.role);
                add_unique(&mut entry.sources, &p.sources);
            }
            ConferenceView {
                conference: c,
                participants,
                date_dispute: c.date_dispute.as_deref().and_then(|d| ix.dispute(d)),
                count_dispute: c.count_dispute.as_deref().and_then(|d| ix.dispute(d)),
            }
        })
        .collect();
    crate::sort::sort_by_key(&mut out, |v| v.conference.date.date);
    out
}

/// One thing on the timeline, spelled out for its tooltip and for selection: an event, a pledge,
/// or a dispute over a conference date.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TimelineItem<'a> {
    /// Unique across sections: `event:ID`, `pledge:ID`, `dispute:ID`, `decision:ID`, `strike:ID`,
    /// `listing:ID` or `meeting:ID` (an event and a pledge may share an id).
    pub key: String,
    pub id: &'a str,
    /// "event", "pledge", "dispute", "decision", "strike", "listing" or "meeting".
    pub kind: &'static str,
    /// The event or pledge kind's label, or "Disputed date".
    pub category: &'static str,
    pub title: &'a str,
    pub summary: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub when: Option<&'a When>,
    pub actors: Vec<&'a str>,
    pub sources: Vec<&'a str>,
}

/// The timeline item with this id (events first, then pledges, then disputes). Where an event and
/// a pledge share an id this finds the event: use [`timeline_item_by_key`] to tell them apart.
pub fn timeline_item<'a>(ix: &'a Index, id: &str) -> Option<TimelineItem<'a>> {
    event_item(ix, id)
        .or_else(|| pledge_item(ix, id))
        .or_else(|| dispute_item(ix, id))
        .or_else(|| after_paris_item(ix, id))
}

/// A decision, strike, listing or meeting after Paris as a timeline item (ids are one namespace).
fn after_paris_item<'a>(ix: &'a Index, id: &str) -> Option<TimelineItem<'a>> {
    let d = &ix.data;
    let name = |a: &'a str| ix.actor(a).map_or(a, |x| x.name.as_str());
    let plain = |s: &'a [SourceId]| s.iter().map(String::as_str).collect();
    if let Some(x) = d.decisions.iter().find(|x| x.id == id) {
        return Some(TimelineItem {
            key: format!("decision:{id}"),
            id: &x.id,
            kind: "decision",
            category: "Decision to strike",
            title: name(&x.actor),
            summary: x.summary.clone(),
            when: Some(&x.date),
            actors: vec![x.actor.as_str()],
            sources: plain(&x.sources),
        });
    }
    if let Some(x) = d.strikes.iter().find(|x| x.id == id) {
        return Some(TimelineItem {
            key: format!("strike:{id}"),
            id: &x.id,
            kind: "strike",
            category: x.kind.label(),
            title: name(&x.actor),
            summary: format!("{}: {}", x.theatre.label(), x.summary),
            when: Some(&x.date),
            actors: vec![x.actor.as_str()],
            sources: plain(&x.sources),
        });
    }
    if let Some(x) = d.listings.iter().find(|x| x.id == id) {
        return Some(TimelineItem {
            key: format!("listing:{id}"),
            id: &x.id,
            kind: "listing",
            category: "Listed as a coalition partner",
            title: name(&x.actor),
            summary: format!("Listed by {}. {}", name(&x.by), x.summary),
            when: Some(&x.date),
            actors: vec![x.actor.as_str(), x.by.as_str()],
            sources: plain(&x.sources),
        });
    }
    let m = d.meetings.iter().find(|m| m.id == id)?;
    Some(TimelineItem {
        key: format!("meeting:{id}"),
        id: &m.id,
        kind: "meeting",
        category: "Meeting after Paris",
        title: &m.name,
        summary: m.summary.clone(),
        when: Some(&m.date),
        actors: m
            .hosts
            .iter()
            .chain(&m.attendees)
            .map(String::as_str)
            .collect(),
        sources: plain(&m.sources),
    })
}

/// The timeline item with this key (`event:ID`, `pledge:ID`, `dispute:ID`, as the timeline's
/// markers carry); a bare id is looked up as by [`timeline_item`].
pub fn timeline_item_by_key<'a>(ix: &'a Index, key: &str) -> Option<TimelineItem<'a>> {
    match key.split_once(':') {
        Some(("event", id)) => event_item(ix, id),
        Some(("pledge", id)) => pledge_item(ix, id),
        Some(("dispute", id)) => dispute_item(ix, id),
        Some(("decision" | "strike" | "meeting" | "listing", id)) => after_paris_item(ix, id),
        Some(_) => None,
        None => timeline_item(ix, key),
    }
}

fn event_item<'a>(ix: &'a Index, id: &str) -> Option<TimelineItem<'a>> {
    ix.data
        .events
        .iter()
        .find(|e| e.id == id)
        .map(|e| TimelineItem {
            key: format!("event:{}", e.id),
            id: &e.id,
            kind: "event",
            category: e.kind.label(),
            title: &e.title,
            summary: e.summary.clone(),
            when: Some(&e.date),
            actors: e.actors.iter().map(String::as_str).collect(),
            sources: e.sources.iter().map(String::as_str).collect(),
        })
}

fn pledge_item<'a>(ix: &'a Index, id: &str) -> Option<TimelineItem<'a>> {
    ix.data
        .pledges
        .iter()
        .find(|p| p.id == id)
        .map(|p| TimelineItem {
            key: format!("pledge:{}", p.id),
            id: &p.id,
            kind: "pledge",
            category: p.kind.label(),
            title: ix
                .actor(&p.actor)
                .map_or(p.actor.as_str(), |a| a.name.as_str()),
            summary: p.summary.clone(),
            when: p.date.as_ref(),
            actors: vec![p.actor.as_str()],
            sources: p.sources.iter().map(String::as_str).collect(),
        })
}

fn dispute_item<'a>(ix: &'a Index, id: &str) -> Option<TimelineItem<'a>> {
    let dispute = ix.dispute(id)?;
    let mut sources: Vec<&str> = Vec::new();
    for c in &dispute.claims {
        add_unique(&mut sources, &c.sources);
    }
    Some(TimelineItem {
        key: format!("dispute:{}", dispute.id),
        id: &dispute.id,
        kind: "dispute",
        category: "Disputed date",
        title: &dispute.question,
        summary: dispute
            .claims
            .iter()
            .map(|c| format!("{}: \u{201c}{}\u{201d}", c.value, c.text))
            .collect::<Vec<_>>()
            .join(" · "),
        when: None,
        actors: Vec::new(),
        sources,
    })
}

/// Where a permalink `?record=ID` leads: the view that shows the record, and the record to
/// highlight there. Ids are one namespace, so the id alone says which record it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RecordLink {
    /// The section the id is in: "actor", "pledge", "statement", "event", "figure", "dispute",
    /// "conference", "person", "decision", "strike", "listing" or "meeting".
    pub section: &'static str,
    pub id: String,
    /// The actor whose record shows it, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// The timeline item it is, if any (moves the date there).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
}

/// The view a permalink to any record opens (see [`RecordLink`]); `None` for an unknown id.
pub fn record_link(ix: &Index, id: &str) -> Option<RecordLink> {
    let d = &ix.data;
    let link = |section, country: Option<&str>, item: Option<&str>| RecordLink {
        section,
        id: id.to_string(),
        country: country.map(str::to_string),
        item: item.map(str::to_string),
    };
    // The first actor a list of record ids names, for figures and disputes shown on a record.
    let first_actor = |about: &[String]| -> Option<String> {
        about.iter().find_map(|a| {
            ix.actor(a).map(|x| x.id.clone()).or_else(|| {
                d.pledges
                    .iter()
                    .find(|p| &p.id == a)
                    .map(|p| p.actor.clone())
            })
        })
    };
    if ix.actor(id).is_some() {
        return Some(link("actor", Some(id), None));
    }
    if let Some(p) = d.pledges.iter().find(|p| p.id == id) {
        return Some(link("pledge", Some(&p.actor), Some(id)));
    }
    if let Some(s) = d.statements.iter().find(|s| s.id == id) {
        // A newspaper's account of a country (the Guardian's source on Saudi Arabia) opens the
        // country it is about; the record shows on both.
        let by_media = ix
            .actor(&s.actor)
            .is_some_and(|a| a.kind == ActorKind::Media);
        let whose = match (&s.subject, by_media) {
            (Some(subject), true) => subject,
            _ => &s.actor,
        };
        return Some(link("statement", Some(whose), None));
    }
    if d.events.iter().any(|e| e.id == id) {
        return Some(link("event", None, Some(id)));
    }
    if let Some(p) = d.people.iter().find(|p| p.id == id) {
        return Some(link("person", Some(&p.actor), None));
    }
    if let Some(f) = d.figures.iter().find(|f| f.id == id) {
        let mut l = link("figure", None, None);
        l.country = first_actor(&f.about);
        return Some(l);
    }
    if let Some(x) = d.disputes.iter().find(|x| x.id == id) {
        let mut l = link("dispute", None, None);
        l.country = first_actor(&x.about);
        return Some(l);
    }
    if d.conferences.iter().any(|c| c.id == id) {
        return Some(link("conference", None, None));
    }
    if let Some(x) = d.decisions.iter().find(|x| x.id == id) {
        return Some(link("decision", Some(&x.actor), None));
    }
    if let Some(x) = d.strikes.iter().find(|x| x.id == id) {
        return Some(link("strike", Some(&x.actor), None));
    }
    if let Some(x) = d.listings.iter().find(|x| x.id == id) {
        return Some(link("listing", Some(&x.actor), None));
    }
    if let Some(x) = d.meetings.iter().find(|x| x.id == id) {
        return Some(link("meeting", x.hosts.first().map(String::as_str), None));
    }
    None
}

#[cfg(test)]
mod record_link_tests {
    use super::*;

    #[test]
    fn every_record_has_a_link_that_opens_it() {
        let ix = Index::embedded().unwrap();
        let d = &ix.data;
        let ids = d
            .pledges
            .iter()
            .map(|x| x.id.as_str())
            .chain(d.statements.iter().map(|x| x.id.as_str()))
            .chain(d.events.iter().map(|x| x.id.as_str()))
            .chain(d.figures.iter().map(|x| x.id.as_str()))
            .chain(d.disputes.iter().map(|x| x.id.as_str()))
            .chain(d.actors.iter().map(|x| x.id.as_str()))
            .chain(d.decisions.iter().map(|x| x.id.as_str()))
            .chain(d.strikes.iter().map(|x| x.id.as_str()))
            .chain(d.listings.iter().map(|x| x.id.as_str()))
            .chain(d.meetings.iter().map(|x| x.id.as_str()));
        for id in ids {
            let l = record_link(&ix, id).unwrap_or_else(|| panic!("no link for {id}"));
            assert_eq!(l.id, id);
            if matches!(
                l.section,
                "pledge" | "statement" | "decision" | "strike" | "listing" | "meeting"
            ) {
                let rec = actor_record(&ix, l.country.as_deref().unwrap(), None).unwrap();
                let shown = rec.pledges.iter().any(|p| p.id == id)
                    || rec.statements.iter().any(|s| s.id == id)
                    || rec.decisions.iter().any(|s| s.id == id)
                    || rec.strikes.iter().any(|s| s.id == id)
                    || rec.listings.iter().any(|s| s.id == id)
                    || rec.meetings.iter().any(|s| s.id == id);
                assert!(shown, "{id} is not on its actor's record");
            }
        }
        assert_eq!(record_link(&ix, "no-such-record"), None);
        let iran = record_link(&ix, "iran-paris-absence").unwrap();
        assert_eq!(iran.section, "dispute");
    }
}

/// One row of the table view: an actor, its status, its conferences (city and role: the table
/// says "Paris conference", not the Paris conference's long official name) and the kinds
/// of its own pledges — what the table shows, without building the whole record (a brought
/// dataset may give an actor hundreds of statements).
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TableRow<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub kind: ActorKind,
    pub status: Option<Status>,
    pub conferences: Vec<(&'a str, ParticipationRole)>,
    pub kinds: Vec<PledgeKind>,
}

/// The table view's rows as of `date`: every actor with a status, and every actor that is not a
/// news outlet, in the dataset's order.
pub fn table_rows(ix: &Index, date: Option<Date>) -> Vec<TableRow<'_>> {
    let d = &ix.data;
    // Every actor's records gathered once, and the story's end worked out once.
    let own = own_all(ix);
    let limit = date.or_else(|| story_end(ix));
    d.actors
        .iter()
        .zip(&own)
        .map(|(a, own)| {
            let state = a.kind == ActorKind::State;
            (
                a,
                statuses_of(ix, own, state, date, limit).into_iter().next(),
            )
        })
        .filter(|(a, status)| status.is_some() || a.kind != ActorKind::Media)
        .map(|(a, status)| {
            let conferences = d
                .participations
                .iter()
                .filter(|p| p.actor == a.id)
                .filter_map(|p| Some((ix.conference(&p.conference)?.city.as_str(), p.role)))
                .collect();
            let mut kinds: Vec<PledgeKind> = Vec::new();
            for p in d.pledges.iter().filter(|p| p.actor == a.id) {
                if !kinds.contains(&p.kind) {
                    kinds.push(p.kind);
                }
            }
            TableRow {
                id: &a.id,
                name: &a.name,
                kind: a.kind,
                status,
                conferences,
                kinds,
            }
        })
        .collect()
}

#[cfg(test)]
mod table_rows_tests {
    use super::*;

    #[test]
    fn table_rows_say_what_the_records_say() {
        let ix = Index::embedded().unwrap();
        let date = "2014-09-15".parse().ok();
        for row in table_rows(&ix, date) {
            let rec = actor_record(&ix, row.id, date).unwrap();
            assert_eq!(row.status, rec.status, "{}", row.id);
            let confs: Vec<(&str, ParticipationRole)> = rec
                .participations
                .iter()
                .map(|p| (ix.conference(p.conference).unwrap().city.as_str(), p.role))
                .collect();
            assert_eq!(row.conferences, confs, "{}", row.id);
            let mut kinds: Vec<PledgeKind> = Vec::new();
            for p in rec.pledges.iter().filter(|p| !p.from_communique) {
                if !kinds.contains(&p.kind) {
                    kinds.push(p.kind);
                }
            }
            assert_eq!(row.kinds, kinds, "{}", row.id);
        }
    }

    #[test]
    fn table_rows_statuses_are_each_actor_s_on_every_date() {
        // The rows gather every actor's records in one pass (`own_all`); `statuses` one actor's.
        let ix = Index::embedded().unwrap();
        for date in [
            None,
            Some("2014-09-11"),
            Some("2014-10-15"),
            Some("2014-12-31"),
        ] {
            let date = date.and_then(|d| d.parse().ok());
            let rows = table_rows(&ix, date);
            assert!(rows.len() > 60);
            for row in rows {
                assert_eq!(row.status, primary_status(&ix, row.id, date), "{}", row.id);
            }
        }
    }
}

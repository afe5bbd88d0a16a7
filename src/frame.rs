//! One frame per view: everything the page shows in words about a view — the date control, the
//! status legend with its counts and filter, the compare menu, the canvases' text alternatives,
//! the selection and what changed since the last frame — computed in one place from (dataset,
//! shapes, `ViewState`) — and the details panel's content: the selected actor's record head, a
//! conference's record, or the overview. The page renders a frame part by part; the CLI and the
//! tests read the same words. The drawing inputs stay in `draw::scene` (the canvases are drawn from
//! the view itself).

use serde::Serialize;

use crate::api_types::RecordTotals;
use crate::dataset::Index;
use crate::date::Date;
use crate::draw::scene;
use crate::geo::Shapes;
use crate::palette;
use crate::query::{self, ActorRecord, ConferenceView, Status};
use crate::view::{TimeWindow, ViewState};
use crate::voice::{self, Locale};

/// What the page shows about one view, in words. Serialised for the page (TypeScript generated).
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Frame<'a> {
    /// The date shown (`YYYY-MM-DD`), `null` for the end of the story.
    pub date: Option<String>,
    /// The date control's words: "15 Sept 2014", "End of September 2014".
    pub date_label: String,
    /// The date in a sentence: "on 15 September 2014", "by the end of September 2014".
    pub as_of: String,
    /// The status legend under the map: its title and one entry per status.
    pub legend: Legend,
    /// The compare menu's choices (the first is "No comparison").
    pub compare: Vec<Choice>,
    /// The map canvas's text alternative.
    pub map_alt: String,
    /// The timeline canvas's text alternative.
    pub timeline_alt: String,
    /// The selection (a state, an organisation, a map country without a record), if any.
    pub selection: Option<Selection>,
    /// What a screen reader hears about the change from the previous frame; `null`: nothing to
    /// say (the same view, or a change the page announces itself, such as a timeline item).
    pub announcement: Option<String>,
    /// The details panel's content; absent when it is the previous frame's (a new date with no
    /// selection, a pan): the page keeps what it shows.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub panel: Option<Panel<'a>>,
}

/// What the details panel shows for a view.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Panel<'a> {
    /// No selection: the conferences with their rosters and the sources (the page builds it once
    /// per dataset, from `list("conferences")` and `list("sources")`).
    Overview,
    /// An actor's record on the view's date. Its long lists (pledges, statements, events) are cut
    /// to the first [`FIRST_ITEMS`], or to the timeline's picked pledge when it is further down;
    /// `totals` says how many there are ("Show all" asks for the rest). Whole when a permalink
    /// (`record=`) may point anywhere in it.
    Actor {
        /// The actor's name in the view's language (the record holds the dataset's, in English).
        name: String,
        /// Boxed: a record is far larger than the other variants.
        record: Box<ActorRecord<'a>>,
        totals: RecordTotals,
    },
    /// A conference's own record: its summary, roster, communiqué points and disputes.
    Conference { conference: ConferenceView<'a> },
    /// A map country the sources do not mention.
    Unrecorded { name: String },
}

/// At most this many items of each long list of a record are in a frame: a brought dataset may
/// give one actor hundreds of statements, and building them all on every selection took most of
/// a second. A panel shows about a dozen entries before it scrolls; the longest list in the
/// embedded dataset is the United States' 16 pledges, so its records are always whole.
pub const FIRST_ITEMS: usize = 20;

/// The status legend: "Status on 15 Sept 2014" with a button per status, or in compare mode the
/// changes' legend.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Legend {
    pub title: String,
    /// Whether the map shows changes between two dates (then the status filter is off).
    pub comparing: bool,
    pub entries: Vec<LegendEntry>,
}

/// One legend entry: a status with its colour, how many map countries have it on the date, and
/// whether the map's filter picks it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LegendEntry {
    pub key: &'static str,
    pub label: &'static str,
    pub color: String,
    pub count: usize,
    pub pressed: bool,
}

/// A menu choice: its value (what the view takes) and its words.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// The selected actor as the page names it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Selection {
    /// The actor id (`FRA`, `arab-league`) or the map's code for a country without a record.
    pub id: String,
    pub name: String,
    /// Whether the dataset has a record of it (Poland is on the map, not in the sources).
    pub recorded: bool,
    /// Whether it is a conference (its panel shows the conference's record, not an actor's).
    pub conference: bool,
    /// Its status on the date in words, or why it has none ("no role on this date").
    pub status: String,
}

/// The display name of an actor, conference or map country by id: the dataset's name, else the
/// map's; in the view's language when it has one for the id.
pub fn name_of(l: Locale, ix: &Index, shapes: &Shapes, id: &str) -> Option<String> {
    let en = match (ix.find_actor(id), ix.conference(id)) {
        (Some(a), _) => a.name.as_str(),
        (None, Some(c)) => return Some(l.data_text(&c.id, "name", &c.name).to_string()),
        (None, None) => shapes.get(id).map(|c| c.name.as_str())?,
    };
    Some(voice::name(l, id, en).to_string())
}

/// The id a reader's search finds by the words the page shows them in their language `l` (the
/// search's list of names): a country's or organisation's name there, or the one name that
/// begins with the words ("Émirats" → ARE), or a conference's name or city ("Djeddah" → jeddah).
/// `None` when nothing in the dataset answers to them. The dataset's own English names, aliases
/// and codes are `Index::find_actor`'s, which the search asks first.
pub fn find_named(l: Locale, ix: &Index, q: &str) -> Option<String> {
    if let Some(actor) = l.id_named(q).and_then(|id| ix.find_actor(id)) {
        return Some(actor.id.clone());
    }
    let key = crate::dataset::name_key(q);
    for c in &ix.data.conferences {
        for (field, en) in [("name", &c.name), ("city", &c.city)] {
            if crate::dataset::name_key(l.data_text(&c.id, field, en)) == key {
                return Some(c.id.clone());
            }
        }
    }
    None
}

/// What the search finds for the reader's words `q` in their language `l`, one rule for the page's
/// live search (`Coalition::find`) and the names file the early answer looks words up in
/// (`coalition bake --early`, [`search_table`]): an actor by code, name or alias
/// (`Index::find_actor`), else by the language's names ([`find_named`]), else a conference by
/// id, name or city as the dataset writes them. Every comparison is of `dataset::name_key`s, so
/// what is found depends on the words' key alone, which the names file is keyed by.
pub fn find(l: Locale, ix: &Index, q: &str) -> Option<String> {
    if let Some(a) = ix.find_actor(q) {
        return Some(a.id.clone());
    }
    if let Some(id) = find_named(l, ix, q) {
        return Some(id);
    }
    let key = crate::dataset::name_key(q);
    ix.data
        .conferences
        .iter()
        .find(|c| {
            [&c.id, &c.name, &c.city]
                .iter()
                .any(|n| crate::dataset::name_key(n) == key)
        })
        .map(|c| c.id.clone())
}

/// Every name [`find`] takes whole in language `l`: each actor's id, name and aliases, the
/// language's names of countries and organisations, and each conference's id, name and city, in
/// the dataset's words and the language's.
pub fn search_names(l: Locale, ix: &Index) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for a in &ix.data.actors {
        names.push(a.id.clone());
        names.push(a.name.clone());
        names.extend(a.aliases.iter().cloned());
    }
    names.extend(l.names().map(|(_, n)| n.to_string()));
    for c in &ix.data.conferences {
        names.extend([&c.id, &c.name, &c.city].map(|n| n.to_string()));
        for (field, en) in [("name", &c.name), ("city", &c.city)] {
            names.push(l.data_text(&c.id, field, en).to_string());
        }
    }
    names
}

/// What [`find`] answers in language `l` for every name it takes ([`search_names`]) and every
/// beginning of one (the language's names are found by the one name a few letters begin), as
/// `dataset::name_key` → id: the early answer's names file (`coalition bake --early`), which
/// the page looks a search up in before the wasm (www/early-search.js). Words not in it are
/// found by nothing.
pub fn search_table(l: Locale, ix: &Index) -> std::collections::BTreeMap<String, String> {
    let mut table = std::collections::BTreeMap::new();
    for name in search_names(l, ix) {
        let key = crate::dataset::name_key(&name);
        for (end, _) in key.char_indices().skip(1).chain([(key.len(), ' ')]) {
            let begun = &key[..end];
            if let Some(id) = find(l, ix, begun) {
                table.insert(crate::dataset::name_key(begun), id);
            }
        }
    }
    table
}

/// The selection's status in words: its status on the date, or why it has none; for a
/// conference, where and when it met.
pub fn status_words(l: Locale, ix: &Index, id: &str, date: Option<Date>) -> String {
    if let (None, Some(c)) = (ix.find_actor(id), ix.conference(id)) {
        return voice::conference_held(l, l.data_text(&c.id, "city", &c.city), c.date.date);
    }
    match query::primary_status(ix, id, date) {
        Some(s) => voice::status_label(l, s).to_string(),
        None if ix.find_actor(id).is_some() => voice::no_role_on_date(l).to_string(),
        None => voice::no_role_in_sources(l).to_string(),
    }
}

/// The map's count of countries per status on a date (`draw::map::status_counts`): what the
/// legend and the text alternative count.
pub use crate::draw::map::status_counts;

/// The inputs a frame is computed from besides the dataset and the view.
pub struct Context<'a> {
    pub shapes: &'a Shapes,
    /// The map's count per status on the view's date ([`status_counts`]): passed in so the page
    /// can keep it across frames of the same date (at 100× the data a count is ~5 ms).
    pub counts: &'a [(Status, usize)],
    /// How many markers the timeline shows in the view's window (`draw::timeline::shown_count`):
    /// passed in so the page can count once per dataset and window (it builds every item).
    pub timeline_items: usize,
}

/// The frame of `view`, announcing what changed since `previous` (`None`: the first frame, with
/// the panel whatever it shows). Its words are in the view's language (`lang`) and digits
/// (`numerals`).
pub fn frame<'a>(
    ix: &'a Index,
    view: &ViewState,
    previous: Option<&ViewState>,
    cx: &Context,
) -> Frame<'a> {
    let l = view.lang;
    let selection = view.country.as_deref().map(|id| Selection {
        id: id.to_string(),
        name: name_of(l, ix, cx.shapes, id).unwrap_or_else(|| id.to_string()),
        recorded: ix.find_actor(id).is_some() || ix.conference(id).is_some(),
        conference: ix.find_actor(id).is_none() && ix.conference(id).is_some(),
        status: status_words(l, ix, id, view.date),
    });
    let timeline_selected = view
        .item
        .as_deref()
        .and_then(|id| query::timeline_item(ix, id))
        .map(|i| voice::item_title(l, &i));
    let digits = |s: String| view.numerals.write(&s);
    Frame {
        date: view.date.map(|d| d.to_string()),
        date_label: digits(voice::date_label(l, ix, view.date)),
        as_of: digits(voice::as_of(l, ix, view.date)),
        legend: legend(ix, view, cx.counts),
        compare: compare_menu(ix, view),
        map_alt: digits(voice::describe_map(
            l,
            ix,
            view.framing,
            view.date,
            cx.counts,
            selection.as_ref().map(|s| s.name.as_str()),
        )),
        timeline_alt: digits(voice::describe_timeline(
            l,
            cx.timeline_items,
            TimeWindow::shown(ix, view.window).and_then(TimeWindow::days),
            timeline_selected,
        )),
        announcement: previous
            .and_then(|p| announce(ix, p, view, selection.as_ref()))
            .map(digits),
        panel: (previous.map(|p| panel_key(ix, p)) != Some(panel_key(ix, view)))
            .then(|| panel(ix, cx.shapes, view)),
        selection,
    }
}

/// What the panel depends on: the selection, the date, a permalinked record (the whole record
/// then), the timeline's pledge when it is the selection's (its list then runs to it), and the
/// language and digits its words are in.
fn panel_key<'v>(ix: &Index, view: &'v ViewState) -> PanelKey<'v> {
    let country = view.country.as_deref();
    (
        country,
        country.and(view.date),
        country.is_some() && view.record.is_some(),
        country.and(picked_pledge(ix, view)),
        (view.lang, view.numerals),
    )
}

/// See [`panel_key`].
type PanelKey<'v> = (
    Option<&'v str>,
    Option<Date>,
    bool,
    Option<&'v str>,
    (crate::lang::Locale, crate::lang::Numerals),
);

/// The timeline's selected item when it is one of the selected actor's pledges.
fn picked_pledge<'v>(ix: &Index, view: &'v ViewState) -> Option<&'v str> {
    let (item, actor) = (view.item.as_deref()?, view.country.as_deref()?);
    ix.data
        .pledges
        .iter()
        .any(|p| p.id == item && p.actor == actor)
        .then_some(item)
}

/// The panel's content for `view` (see [`Panel`]).
pub fn panel<'a>(ix: &'a Index, shapes: &Shapes, view: &ViewState) -> Panel<'a> {
    let Some(id) = view.country.as_deref() else {
        return Panel::Overview;
    };
    let id = ix.find_actor(id).map_or(id, |a| a.id.as_str());
    if let Some(mut record) = query::actor_record(ix, id, view.date) {
        let totals = RecordTotals {
            pledges: record.pledges.len(),
            statements: record.statements.len(),
            events: record.events.len(),
        };
        if view.record.is_none() {
            let to_pledge = picked_pledge(ix, view)
                .and_then(|p| record.pledges.iter().position(|x| x.id == p))
                .map_or(0, |at| at + 1);
            record.pledges.truncate(FIRST_ITEMS.max(to_pledge));
            record.statements.truncate(FIRST_ITEMS);
            record.events.truncate(FIRST_ITEMS);
        }
        return Panel::Actor {
            name: view
                .lang
                .name(&record.actor.id, &record.actor.name)
                .to_string(),
            record: Box::new(record),
            totals,
        };
    }
    if let Some(conference) = query::conferences(ix)
        .into_iter()
        .find(|c| c.conference.id == id)
    {
        return Panel::Conference { conference };
    }
    Panel::Unrecorded {
        name: name_of(view.lang, ix, shapes, id).unwrap_or_else(|| id.to_string()),
    }
}

fn legend(ix: &Index, view: &ViewState, counts: &[(Status, usize)]) -> Legend {
    Legend {
        title: view.numerals.write(&scene::legend_title(ix, view)),
        comparing: view.compare.is_some(),
        entries: counts
            .iter()
            .map(|(s, n)| LegendEntry {
                key: s.key(),
                label: voice::status_label(view.lang, *s),
                color: palette::hex(palette::status(*s)),
                count: *n,
                pressed: view.statuses.contains(s),
            })
            .collect(),
    }
}

/// "No comparison", then "Changes since Jeddah (11 Sept 2014)" for each conference's day; a
/// compared date that is no conference's (from a link) gets a choice of its own.
fn compare_menu(ix: &Index, view: &ViewState) -> Vec<Choice> {
    let (l, digits) = (view.lang, |s: String| view.numerals.write(&s));
    let mut menu = vec![Choice {
        value: String::new(),
        label: l.text("compare.none").to_string(),
        selected: view.compare.is_none(),
    }];
    for c in &ix.data.conferences {
        let d = c.date.date;
        if menu.iter().any(|m| m.value == d.to_string()) {
            continue;
        }
        menu.push(Choice {
            value: d.to_string(),
            label: digits(voice::changes_since(
                l,
                Some(l.data_text(&c.id, "city", &c.city)),
                d,
            )),
            selected: view.compare == Some(d),
        });
    }
    if let Some(d) = view.compare {
        if !menu.iter().any(|m| m.selected) {
            menu.push(Choice {
                value: d.to_string(),
                label: digits(voice::changes_since(l, None, d)),
                selected: true,
            });
        }
    }
    menu
}

/// What changed from `before` to `now`, said once: the selection first, then the date, the
/// comparison, the status filter, the framing and the timeline's organisation.
fn announce(
    ix: &Index,
    before: &ViewState,
    now: &ViewState,
    selection: Option<&Selection>,
) -> Option<String> {
    let l = now.lang;
    if before.country != now.country {
        return Some(match selection {
            Some(s) => voice::selected(l, &s.name, &s.status),
            None => l.text("announce.cleared").to_string(),
        });
    }
    if before.date != now.date {
        return Some(voice::date_shown(l, &voice::date_label(l, ix, now.date)));
    }
    if before.compare != now.compare {
        return Some(match now.compare {
            Some(d) => voice::comparing_with(l, d),
            None => l.text("announce.comparison_off").to_string(),
        });
    }
    if before.statuses != now.statuses {
        let labels: Vec<&str> = Status::ALL
            .iter()
            .filter(|s| now.statuses.contains(s))
            .map(|s| voice::status_label(l, *s))
            .collect();
        return Some(voice::status_filter(l, &labels));
    }
    if before.framing != now.framing {
        return Some(voice::framing_shown(l, now.framing));
    }
    if before.timeline != now.timeline {
        return Some(voice::timeline_mode_shown(l, now.timeline).to_string());
    }
    None
}

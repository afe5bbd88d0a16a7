//! One voice: every word the views say about themselves — dates, the end of the story, legend
//! titles, role, kind, certainty and framing labels, and the text alternatives of the map and the
//! timeline — is written here once, so the CLI, the page and the SVG export say the same thing.

pub mod messages;
pub mod prose;

use serde::Serialize;

use crate::dataset::Index;
use crate::date::Date;
use crate::geo::Framing;
use crate::model::{Certainty, ParticipationRole, PledgeKind, StrikeKind, Theatre};
use crate::palette;
use crate::query::{self, Status};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Month abbreviations as British style guides write them (and `Intl` in en-GB): "Sept", not "Sep".
const SHORT_MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec",
];

fn month(d: Date) -> &'static str {
    MONTHS
        .get(usize::from(d.month()).saturating_sub(1))
        .copied()
        .unwrap_or("")
}

fn short_month(d: Date) -> &'static str {
    SHORT_MONTHS
        .get(usize::from(d.month()).saturating_sub(1))
        .copied()
        .unwrap_or("")
}

/// "15 Sept 2014": every date the views show.
pub fn day(d: Date) -> String {
    format!("{} {} {}", d.day(), short_month(d), d.year())
}

/// "15 Sept": axis ticks, where the year is in the title.
pub fn day_month(d: Date) -> String {
    format!("{} {}", d.day(), short_month(d))
}

/// "15 September 2014": prose (text alternatives, announcements).
pub fn long_day(d: Date) -> String {
    format!("{} {} {}", d.day(), month(d), d.year())
}

/// "the end of September 2014": the story's last month, from the dataset's own span (a brought
/// dataset ending in October says October): the September story's ([`query::story_span`]), which
/// the default view shows, not the months after Paris the slider reaches. `None` for a dataset
/// without dates.
pub fn end_of_story(ix: &Index) -> Option<String> {
    query::story_end(ix).map(|last| format!("the end of {} {}", month(last), last.year()))
}

fn end_or_now(ix: &Index) -> String {
    end_of_story(ix).unwrap_or_else(|| "the end of the story".to_string())
}

/// "on 15 September 2014", or "by the end of September 2014" for the end of the story.
pub fn as_of(ix: &Index, date: Option<Date>) -> String {
    match date {
        Some(d) => format!("on {}", long_day(d)),
        None => format!("by {}", end_or_now(ix)),
    }
}

/// The date control's label: "15 Sept 2014", or "End of September 2014".
pub fn date_label(ix: &Index, date: Option<Date>) -> String {
    match date {
        Some(d) => day(d),
        None => capitalise(end_or_now(ix).trim_start_matches("the ")),
    }
}

/// The text with an upper-case first letter ("End of September 2014"). ASCII only: the words are
/// ours (month names), and `char::to_uppercase` would bring its Unicode tables into the page.
fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| std::iter::once(f.to_ascii_uppercase()).chain(c).collect())
        .unwrap_or_default()
}

/// The map legend's title: "Status on 15 Sept 2014" / "Status by the end of September 2014", or
/// for a comparison "Change from 11 Sept to 15 Sept 2014".
pub fn legend_title(ix: &Index, date: Option<Date>, compare: Option<Date>) -> String {
    match (compare, date) {
        (Some(from), to) => format!(
            "Change from {} to {}",
            day(from),
            to.map_or_else(|| end_or_now(ix), day)
        ),
        (None, Some(d)) => format!("Status on {}", day(d)),
        (None, None) => format!("Status by {}", end_or_now(ix)),
    }
}

/// A selection's status when the dataset records it but gives it no role on the date.
pub const NO_ROLE_ON_DATE: &str = "no role on this date";
/// A map country the sources never mention (Poland): its status, everywhere it is said.
pub const NO_ROLE_IN_SOURCES: &str = "no role in the sources";
/// The compare menu's first choice.
pub const NO_COMPARISON: &str = "No comparison";
pub const SELECTION_CLEARED: &str = "Selection cleared.";
pub const COMPARISON_OFF: &str = "Comparison off.";

/// A compare menu choice: "Changes since Jeddah (11 Sept 2014)", or without a place for a date
/// that is no conference's.
pub fn changes_since(place: Option<&str>, d: Date) -> String {
    match place {
        Some(p) => format!("Changes since {p} ({})", day(d)),
        None => format!("Changes since {}", day(d)),
    }
}

/// A conference's place and day: "Conference in Paris, 15 Sept 2014".
pub fn conference_held(city: &str, d: Date) -> String {
    format!("Conference in {city}, {}", day(d))
}

/// "Selected France: Attended Paris."
pub fn selected(name: &str, status: &str) -> String {
    format!("Selected {name}: {status}.")
}

/// "Date shown: 15 Sept 2014."
pub fn date_shown(label: &str) -> String {
    format!("Date shown: {label}.")
}

/// "Comparing with 11 Sept 2014: joined, changed and dropped are coloured."
pub fn comparing_with(d: Date) -> String {
    format!(
        "Comparing with {}: joined, changed and dropped are coloured.",
        day(d)
    )
}

/// "Map shows Signed, Attended Paris; others faded." or, with no status chosen, every one shown.
pub fn status_filter(labels: &[&str]) -> String {
    if labels.is_empty() {
        "Status filter off: every status shown.".to_string()
    } else {
        format!("Map shows {}; others faded.", labels.join(", "))
    }
}

/// "Map framing: Gulf & Levant."
pub fn framing_shown(f: Framing) -> String {
    format!("Map framing: {}.", framing_label(f))
}

/// What the timeline shows after its organisation changes.
pub fn timeline_mode_shown(mode: crate::view::TimelineMode) -> &'static str {
    match mode {
        crate::view::TimelineMode::Kind => "Timeline: events and pledges by kind.",
        crate::view::TimelineMode::Actor => "Timeline: pledges by country.",
    }
}

/// The menu's words for a framing.
pub fn framing_label(f: Framing) -> &'static str {
    match f {
        Framing::Region => "Middle East & Europe",
        Framing::World => "World",
        Framing::Gulf => "Gulf & Levant",
    }
}

pub fn role_label(r: ParticipationRole) -> &'static str {
    match r {
        ParticipationRole::Host => "Host",
        ParticipationRole::Attended => "Attended",
        ParticipationRole::Signed => "Signed the communiqué",
        ParticipationRole::AttendedNotSigned => "Attended, did not sign",
        ParticipationRole::NotInvited => "Not invited",
        ParticipationRole::Declined => "Declined",
    }
}

/// How sure the source is, as a reader's aside; empty when the source simply states it.
pub fn certainty_label(c: Certainty) -> &'static str {
    match c {
        Certainty::Stated => "",
        Certainty::Reported => "reported by others",
        Certainty::Hedged => "hedged by the source",
    }
}

/// The map canvas's text alternative: framing, date, count per status (as the legend counts),
/// and the selection.
pub fn describe_map(
    ix: &Index,
    framing: Framing,
    date: Option<Date>,
    counts: &[(Status, usize)],
    selected: Option<&str>,
) -> String {
    let counts: Vec<String> = counts
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(s, n)| format!("{}: {n}", s.label()))
        .collect();
    let counts = if counts.is_empty() {
        "No country has a role yet".to_string()
    } else {
        counts.join("; ")
    };
    let selected = selected
        .map(|n| format!(" Selected: {n}."))
        .unwrap_or_default();
    format!(
        "Map ({}) of the coalition against ISIL {}. {counts}.{selected} The table view below lists the same data.",
        framing_label(framing),
        as_of(ix, date)
    )
}

/// The timeline canvas's text alternative: how many items, over which days, and the selection.
pub fn describe_timeline(ix: &Index, items: usize, selected: Option<&str>) -> String {
    let span = query::date_span(ix)
        .map(|(a, b)| format!(", {} to {}", long_day(a), long_day(b)))
        .unwrap_or_default();
    let selected = selected
        .map(|t| format!(" Selected: {t}."))
        .unwrap_or_default();
    format!(
        "Timeline of {items} events and pledges{span}.{selected} Use the left and right arrow keys to step through them."
    )
}

/// A key with its words (and colour, for statuses), for the page's legend and record text.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Label {
    pub key: &'static str,
    pub label: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
}

/// Every label the page shows, in one object: the page keeps no label table of its own.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Labels {
    pub statuses: Vec<Label>,
    pub roles: Vec<Label>,
    pub kinds: Vec<Label>,
    pub certainties: Vec<Label>,
    pub framings: Vec<Label>,
    /// How a status moved between two compared dates (the table view's column).
    pub changes: Vec<Label>,
    /// A strike record's kind (first strike, supporting role, first mission) and its theatre.
    pub strikes: Vec<Label>,
    pub theatres: Vec<Label>,
    pub months: [&'static str; 12],
    /// "End of September 2014" (or whatever the dataset's last month is).
    pub end_label: String,
}

pub fn labels(ix: &Index) -> Labels {
    let plain = |key, label| Label {
        key,
        label,
        color: None,
    };
    Labels {
        statuses: Status::ALL
            .iter()
            .map(|s| Label {
                key: s.key(),
                label: s.label(),
                color: Some(palette::hex(palette::status(*s))),
            })
            .collect(),
        roles: [
            ("host", ParticipationRole::Host),
            ("attended", ParticipationRole::Attended),
            ("signed", ParticipationRole::Signed),
            ("attended_not_signed", ParticipationRole::AttendedNotSigned),
            ("not_invited", ParticipationRole::NotInvited),
            ("declined", ParticipationRole::Declined),
        ]
        .into_iter()
        .map(|(k, r)| plain(k, role_label(r)))
        .collect(),
        kinds: PledgeKind::ALL
            .iter()
            .map(|k| plain(k.key(), k.label()))
            .collect(),
        certainties: [
            ("stated", Certainty::Stated),
            ("reported", Certainty::Reported),
            ("hedged", Certainty::Hedged),
        ]
        .into_iter()
        .map(|(k, c)| plain(k, certainty_label(c)))
        .collect(),
        framings: Framing::ALL
            .iter()
            .map(|f| plain(f.key(), framing_label(*f)))
            .collect(),
        changes: query::Change::ALL
            .iter()
            .map(|c| Label {
                key: c.key(),
                label: c.label(),
                color: Some(palette::hex(palette::change(*c))),
            })
            .collect(),
        strikes: [
            ("first_strike", StrikeKind::FirstStrike),
            ("support", StrikeKind::Support),
            ("first_mission", StrikeKind::FirstMission),
        ]
        .into_iter()
        .map(|(k, x)| plain(k, x.label()))
        .collect(),
        theatres: [("iraq", Theatre::Iraq), ("syria", Theatre::Syria)]
            .into_iter()
            .map(|(k, x)| plain(k, x.label()))
            .collect(),
        months: SHORT_MONTHS,
        end_label: date_label(ix, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_one_way_everywhere() {
        let ix = Index::embedded().unwrap();
        let d: Date = "2014-09-15".parse().unwrap();
        assert_eq!(day(d), "15 Sept 2014");
        assert_eq!(day_month(d), "15 Sept");
        assert_eq!(as_of(&ix, Some(d)), "on 15 September 2014");
        assert_eq!(as_of(&ix, None), "by the end of September 2014");
        assert_eq!(date_label(&ix, None), "End of September 2014");
        assert_eq!(legend_title(&ix, Some(d), None), "Status on 15 Sept 2014");
        assert_eq!(
            legend_title(&ix, Some(d), Some("2014-09-11".parse().unwrap())),
            "Change from 11 Sept 2014 to 15 Sept 2014"
        );
    }

    #[test]
    fn the_end_of_the_story_comes_from_the_dataset() {
        let mut ix = Index::embedded().unwrap().data;
        let last: Date = "2014-10-03".parse().unwrap();
        if let Some(e) = ix.events.first_mut() {
            e.date.date = last;
            e.date.until = None;
        }
        let ix = Index::new(ix).unwrap();
        assert_eq!(
            end_of_story(&ix).as_deref(),
            Some("the end of October 2014")
        );
    }

    #[test]
    fn every_role_and_kind_has_a_label() {
        let ix = Index::embedded().unwrap();
        let l = labels(&ix);
        assert_eq!(l.roles.len(), 6);
        assert_eq!(l.kinds.len(), PledgeKind::ALL.len());
        assert!(l.statuses.iter().all(|s| s.color.is_some()));
    }
}

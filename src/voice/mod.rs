//! One voice: every word the views say about themselves — dates, the end of the story, legend
//! titles, role, kind, certainty and framing labels, and the text alternatives of the map and the
//! timeline — is written here once, in each interface language ([`Locale`]), so the CLI, the page
//! and the SVG export say the same thing. The English is in `messages`' tables and the enums' own
//! labels; French and Arabic come from their generated tables (`locale`).

// Which dataset texts are translated (tests and the CLI; the page looks each up where shown).
#[cfg(not(target_arch = "wasm32"))]
pub mod data_words;
pub mod locale;
pub mod messages;
pub mod prose;
// The stories' translations: compiled into the CLI; the page fetches them (not in its module).
#[cfg(not(target_arch = "wasm32"))]
pub mod story_words;

use serde::Serialize;

use crate::dataset::Index;
use crate::date::Date;
use crate::geo::Framing;
use crate::model::{Certainty, EventKind, ParticipationRole, PledgeKind, StrikeKind, Theatre};
use crate::palette;
use crate::query::{self, Status};

pub use locale::{Locale, Numerals};
pub use messages::fill;

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

/// The months' message keys (`month.9`, `month_short.9`).
const MONTH_KEYS: [&str; 12] = [
    "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12",
];

fn month_index(d: Date) -> usize {
    usize::from(d.month()).saturating_sub(1).min(11)
}

/// "September", "septembre", "سبتمبر".
fn month(l: Locale, d: Date) -> &'static str {
    let i = month_index(d);
    l.label("month", MONTH_KEYS[i], MONTHS[i])
}

/// "Sept", "sept.", "سبتمبر" (Arabic newspapers do not shorten month names).
fn short_month(l: Locale, d: Date) -> &'static str {
    let i = month_index(d);
    l.label("month_short", MONTH_KEYS[i], SHORT_MONTHS[i])
}

/// "15 Sept 2014", "15 sept. 2014", "15 سبتمبر 2014": every date the views show. All three
/// languages write the day first.
pub fn day(l: Locale, d: Date) -> String {
    format!("{} {} {}", d.day(), short_month(l, d), d.year())
}

/// "15 Sept": axis ticks, where the year is in the title.
pub fn day_month(l: Locale, d: Date) -> String {
    format!("{} {}", d.day(), short_month(l, d))
}

/// "15 September 2014", "15 septembre 2014": prose (text alternatives, announcements).
pub fn long_day(l: Locale, d: Date) -> String {
    format!("{} {} {}", d.day(), month(l, d), d.year())
}

/// A message of this language with its `{0}`, `{1}`… filled.
fn say(l: Locale, id: &str, args: &[&str]) -> String {
    fill(l.text(id), args)
}

/// "September 2014": the story's last month, from the dataset's own span (a brought dataset
/// ending in October says October): the September story's ([`query::story_span`]), which the
/// default view shows, not the months after Paris the slider reaches.
fn last_month(l: Locale, ix: &Index) -> Option<String> {
    query::story_end(ix).map(|last| format!("{} {}", month(l, last), last.year()))
}

/// "the end of September 2014": `None` for a dataset without dates.
pub fn end_of_story(l: Locale, ix: &Index) -> Option<String> {
    last_month(l, ix).map(|m| say(l, "date.the_end", &[&m]))
}

fn end_or_now(l: Locale, ix: &Index) -> String {
    end_of_story(l, ix).unwrap_or_else(|| l.text("date.story_end").to_string())
}

/// "on 15 September 2014", or "by the end of September 2014" for the end of the story.
pub fn as_of(l: Locale, ix: &Index, date: Option<Date>) -> String {
    match date {
        Some(d) => say(l, "date.on", &[&long_day(l, d)]),
        None => say(l, "date.by", &[&end_or_now(l, ix)]),
    }
}

/// The date control's label: "15 Sept 2014", or "End of September 2014".
pub fn date_label(l: Locale, ix: &Index, date: Option<Date>) -> String {
    match (date, last_month(l, ix)) {
        (Some(d), _) => day(l, d),
        (None, Some(m)) => say(l, "date.end_label", &[&m]),
        (None, None) => l.text("date.story_end_label").to_string(),
    }
}

/// The map legend's title: "Status on 15 Sept 2014" / "Status by the end of September 2014", or
/// for a comparison "Change from 11 Sept to 15 Sept 2014".
pub fn legend_title(l: Locale, ix: &Index, date: Option<Date>, compare: Option<Date>) -> String {
    match (compare, date) {
        (Some(from), to) => say(
            l,
            "legend.change",
            &[
                &day(l, from),
                &to.map_or_else(|| end_or_now(l, ix), |d| day(l, d)),
            ],
        ),
        (None, Some(d)) => say(l, "legend.status_on", &[&day(l, d)]),
        (None, None) => say(l, "legend.status_by", &[&end_or_now(l, ix)]),
    }
}

/// A selection's status when the dataset records it but gives it no role on the date.
pub fn no_role_on_date(l: Locale) -> &'static str {
    l.text("status.no_role_on_date")
}

/// A map country the sources never mention (Poland): its status, everywhere it is said.
pub fn no_role_in_sources(l: Locale) -> &'static str {
    l.text("status.no_role_in_sources")
}

/// A compare menu choice: "Changes since Jeddah (11 Sept 2014)", or without a place for a date
/// that is no conference's.
pub fn changes_since(l: Locale, place: Option<&str>, d: Date) -> String {
    match place {
        Some(p) => say(l, "compare.since_place", &[p, &day(l, d)]),
        None => say(l, "compare.since", &[&day(l, d)]),
    }
}

/// A conference's place and day: "Conference in Paris, 15 Sept 2014".
pub fn conference_held(l: Locale, city: &str, d: Date) -> String {
    say(l, "conference.held", &[city, &day(l, d)])
}

/// "Selected France: Attended Paris."
pub fn selected(l: Locale, name: &str, status: &str) -> String {
    say(l, "announce.selected", &[name, status])
}

/// "Date shown: 15 Sept 2014."
pub fn date_shown(l: Locale, label: &str) -> String {
    say(l, "announce.date", &[label])
}

/// "Comparing with 11 Sept 2014: joined, changed and dropped are coloured."
pub fn comparing_with(l: Locale, d: Date) -> String {
    say(l, "announce.comparing", &[&day(l, d)])
}

/// "Map shows Signed, Attended Paris; others faded." or, with no status chosen, every one shown.
pub fn status_filter(l: Locale, labels: &[&str]) -> String {
    if labels.is_empty() {
        l.text("announce.filter_off").to_string()
    } else {
        say(l, "announce.filter", &[&labels.join(l.text("list.comma"))])
    }
}

/// "Map framing: Gulf & Levant."
pub fn framing_shown(l: Locale, f: Framing) -> String {
    say(l, "announce.framing", &[framing_label(l, f)])
}

/// What the timeline shows after its organisation changes.
pub fn timeline_mode_shown(l: Locale, mode: crate::view::TimelineMode) -> &'static str {
    match mode {
        crate::view::TimelineMode::Kind => l.text("announce.timeline_kind"),
        crate::view::TimelineMode::Actor => l.text("announce.timeline_actor"),
    }
}

/// The menu's words for a framing.
pub fn framing_label(l: Locale, f: Framing) -> &'static str {
    let en = match f {
        Framing::Region => "Middle East & Europe",
        Framing::World => "World",
        Framing::Gulf => "Gulf & Levant",
    };
    l.label("framing", f.key(), en)
}

/// A conference role's words.
pub fn role_label(l: Locale, r: ParticipationRole) -> &'static str {
    let (key, en) = match r {
        ParticipationRole::Host => ("host", "Host"),
        ParticipationRole::Attended => ("attended", "Attended"),
        ParticipationRole::Signed => ("signed", "Signed the communiqué"),
        ParticipationRole::AttendedNotSigned => ("attended_not_signed", "Attended, did not sign"),
        ParticipationRole::NotInvited => ("not_invited", "Not invited"),
        ParticipationRole::Declined => ("declined", "Declined"),
    };
    l.label("role", key, en)
}

/// How sure the source is, as a reader's aside; empty when the source simply states it.
pub fn certainty_label(l: Locale, c: Certainty) -> &'static str {
    match c {
        Certainty::Stated => "",
        Certainty::Reported => l.label("certainty", "reported", "reported by others"),
        Certainty::Hedged => l.label("certainty", "hedged", "hedged by the source"),
    }
}

/// A status's legend words.
pub fn status_label(l: Locale, s: Status) -> &'static str {
    l.label("status", s.key(), s.label())
}

/// A pledge kind's words.
pub fn kind_label(l: Locale, k: PledgeKind) -> &'static str {
    l.label("kind", k.key(), k.label())
}

/// How a status moved between two compared dates.
pub fn change_label(l: Locale, c: query::Change) -> &'static str {
    l.label("change", c.key(), c.label())
}

fn strike_key(k: StrikeKind) -> &'static str {
    match k {
        StrikeKind::FirstStrike => "first_strike",
        StrikeKind::Support => "support",
        StrikeKind::FirstMission => "first_mission",
    }
}

fn theatre_key(t: Theatre) -> &'static str {
    match t {
        Theatre::Iraq => "iraq",
        Theatre::Syria => "syria",
    }
}

/// An event's kind (its key as the data writes it).
pub fn event_label(l: Locale, k: EventKind) -> &'static str {
    let key = match k {
        EventKind::Conference => "conference",
        EventKind::Address => "address",
        EventKind::Diplomacy => "diplomacy",
        EventKind::Airstrike => "airstrike",
        EventKind::Deployment => "deployment",
        EventKind::Atrocity => "atrocity",
        EventKind::Rejection => "rejection",
        EventKind::Reply => "reply",
        EventKind::Statement => "statement",
    };
    l.label("event", key, k.label())
}

/// A strike record's kind.
pub fn strike_label(l: Locale, k: StrikeKind) -> &'static str {
    l.label("strike", strike_key(k), k.label())
}

/// A theatre's name.
pub fn theatre_label(l: Locale, t: Theatre) -> &'static str {
    l.label("theatre", theatre_key(t), t.label())
}

/// The name of a country or organisation by id in this language (`en`: the dataset's).
pub fn name<'a>(l: Locale, id: &str, en: &'a str) -> &'a str {
    l.name(id, en)
}

/// A timeline item's title in the language: an event's title, a meeting's name or a dispute's
/// question (the dataset's short texts), the actor a pledge, decision, strike or listing is of.
pub fn item_title<'a>(l: Locale, item: &query::TimelineItem<'a>) -> &'a str {
    match item.kind {
        "event" => l.data_text(item.id, "title", item.title),
        "meeting" => l.data_text(item.id, "name", item.title),
        "dispute" => l.data_text(item.id, "question", item.title),
        _ => item
            .actors
            .first()
            .map_or(item.title, |a| l.name(a, item.title)),
    }
}

/// A timeline item's category in the language (the hover's and the item's heading, its
/// announcement): an event's, a pledge's or a strike's kind, a decision, a listing, a meeting
/// after Paris, a disputed date; `item.category` (the English) where the dataset lacks the item.
pub fn item_category(l: Locale, ix: &Index, item: &query::TimelineItem) -> &'static str {
    let (d, en) = (&ix.data, item.category);
    match item.kind {
        "event" => d
            .events
            .iter()
            .find(|e| e.id == item.id)
            .map_or(en, |e| event_label(l, e.kind)),
        "pledge" => d
            .pledges
            .iter()
            .find(|p| p.id == item.id)
            .map_or(en, |p| kind_label(l, p.kind)),
        "strike" => d
            .strikes
            .iter()
            .find(|x| x.id == item.id)
            .map_or(en, |x| strike_label(l, x.kind)),
        "decision" => l.label("timeline_legend", "decision", en),
        "listing" => l.label("timeline_legend", "listing", en),
        "dispute" => l.label("timeline_legend", "disputed", en),
        _ => l.label("timeline", "meeting", en),
    }
}

/// A timeline item as the reader's language says it: its title and its category (the hover's and
/// the item's heading, its announcement). What both modules' `TimelineHit`s carry.
pub fn item_in<'a>(
    l: Locale,
    ix: &Index,
    mut item: query::TimelineItem<'a>,
) -> query::TimelineItem<'a> {
    item.title = item_title(l, &item);
    item.category = item_category(l, ix, &item);
    item
}

/// A link's value that was not used, as the reader is told: "Ignored country “XYZ”: not in the
/// dataset." in the interface's language (the technical parts — keys, values, ISO dates — as
/// written).
pub fn notice(l: Locale, n: &crate::view::Notice) -> String {
    say(l, "notice.ignored", &[&problem(l, n)])
}

/// The notice as the error of a call that asked for the value by name (`setView`, a CLI flag):
/// the same facts in English, phrased as a refusal rather than as a link's ignored part.
pub fn refusal(n: &crate::view::Notice) -> String {
    match n {
        crate::view::Notice::UnknownCountry(v) => format!(
            "no country {v:?} in the dataset or on the map: give an ISO code (FRA), a name or an alias"
        ),
        other => problem(Locale::En, other),
    }
}

/// What was wrong with a link's value: the words after "Ignored" ([`notice`]).
fn problem(l: Locale, n: &crate::view::Notice) -> String {
    use crate::view::Notice as N;
    let list = |keys: Vec<&str>| keys.join(", ");
    // Why a map view or a time window was not used (`view::Reason`), by its message id.
    let why = |r: &crate::view::Reason| {
        use crate::view::Reason as R;
        match r {
            R::CameraForm => l.text("reason.camera_form").to_string(),
            R::CameraTooLong => l.text("reason.camera_too_long").to_string(),
            R::WindowForm => l.text("reason.window_form").to_string(),
            R::WindowDay(v) => say(l, "reason.window_day", &[v]),
            R::WindowReversed => l.text("reason.window_reversed").to_string(),
            R::Outside { first, last } => say(
                l,
                "reason.outside",
                &[&first.to_string(), &last.to_string()],
            ),
        }
    };
    match n {
        N::TooLong { key } => say(l, "notice.too_long", &[key]),
        N::UnknownCountry(v) => say(l, "notice.unknown_country", &[v]),
        N::BadDate { key, value } => say(l, "notice.bad_date", &[key, value]),
        N::DateOutside {
            key,
            date,
            first,
            last,
        } => say(
            l,
            "notice.date_outside",
            &[
                key,
                &date.to_string(),
                &first.to_string(),
                &last.to_string(),
            ],
        ),
        N::UnknownFraming(v) => say(
            l,
            "notice.unknown_framing",
            &[v, &list(Framing::ALL.iter().map(|f| f.key()).collect())],
        ),
        N::BadCamera { value, reason } => say(l, "notice.bad_camera", &[value, &why(reason)]),
        N::UnknownItem(v) => say(l, "notice.unknown_item", &[v]),
        N::UnknownRecord(v) => say(l, "notice.unknown_record", &[v]),
        N::UnknownStory(v) => say(l, "notice.unknown_story", &[v]),
        N::UnknownStep(v) => say(l, "notice.unknown_step", &[v]),
        N::UnknownStatus(v) => say(
            l,
            "notice.unknown_status",
            &[v, &list(Status::ALL.iter().map(|s| s.key()).collect())],
        ),
        N::UnknownKind(v) => say(
            l,
            "notice.unknown_kind",
            &[v, &list(PledgeKind::ALL.iter().map(|k| k.key()).collect())],
        ),
        N::UnknownTimeline(v) => say(l, "notice.unknown_timeline", &[v]),
        N::UnknownLang(v) => say(
            l,
            "notice.unknown_lang",
            &[v, &list(Locale::ALL.iter().map(|x| x.tag()).collect())],
        ),
        N::UnknownNumerals(v) => say(l, "notice.unknown_numerals", &[v]),
        N::BadWindow { value, reason } => say(l, "notice.bad_window", &[value, &why(reason)]),
        N::TooManyParameters { dropped } => fill(
            l.counted("notice.too_many", *dropped),
            &[&dropped.to_string(), &crate::view::MAX_PARAMS.to_string()],
        ),
    }
}

/// The map canvas's text alternative: framing, date, count per status (as the legend counts),
/// and the selection.
pub fn describe_map(
    l: Locale,
    ix: &Index,
    framing: Framing,
    date: Option<Date>,
    counts: &[(Status, usize)],
    selected: Option<&str>,
) -> String {
    let counts: Vec<String> = counts
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(s, n)| say(l, "alt.count", &[status_label(l, *s), &n.to_string()]))
        .collect();
    let counts = if counts.is_empty() {
        l.text("alt.no_role_yet").to_string()
    } else {
        counts.join(l.text("list.semicolon"))
    };
    let selected = selected
        .map(|n| say(l, "alt.selected", &[n]))
        .unwrap_or_default();
    say(
        l,
        "alt.map",
        &[
            framing_label(l, framing),
            &as_of(l, ix, date),
            &counts,
            &selected,
        ],
    )
}

/// The timeline canvas's text alternative: how many markers it shows, over which days (its
/// window), and the selection.
pub fn describe_timeline(
    l: Locale,
    items: usize,
    days: Option<(Date, Date)>,
    selected: Option<&str>,
) -> String {
    let span = days
        .map(|(a, b)| say(l, "alt.timeline_span", &[&long_day(l, a), &long_day(l, b)]))
        .unwrap_or_default();
    let selected = selected
        .map(|t| say(l, "alt.selected", &[t]))
        .unwrap_or_default();
    let template = l.counted("alt.timeline", items);
    fill(template, &[&items.to_string(), &span, &selected])
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

/// Every label the page shows, in one object, in the view's language: the page keeps no label
/// table of its own.
pub fn labels(l: Locale, ix: &Index) -> Labels {
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
                label: status_label(l, *s),
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
        .map(|(k, r)| plain(k, role_label(l, r)))
        .collect(),
        kinds: PledgeKind::ALL
            .iter()
            .map(|k| plain(k.key(), kind_label(l, *k)))
            .collect(),
        certainties: [
            ("stated", Certainty::Stated),
            ("reported", Certainty::Reported),
            ("hedged", Certainty::Hedged),
        ]
        .into_iter()
        .map(|(k, c)| plain(k, certainty_label(l, c)))
        .collect(),
        framings: Framing::ALL
            .iter()
            .map(|f| plain(f.key(), framing_label(l, *f)))
            .collect(),
        changes: query::Change::ALL
            .iter()
            .map(|c| Label {
                key: c.key(),
                label: change_label(l, *c),
                color: Some(palette::hex(palette::change(*c))),
            })
            .collect(),
        strikes: [
            StrikeKind::FirstStrike,
            StrikeKind::Support,
            StrikeKind::FirstMission,
        ]
        .into_iter()
        .map(|x| plain(strike_key(x), strike_label(l, x)))
        .collect(),
        theatres: [Theatre::Iraq, Theatre::Syria]
            .into_iter()
            .map(|x| plain(theatre_key(x), theatre_label(l, x)))
            .collect(),
        months: std::array::from_fn(|i| l.label("month_short", MONTH_KEYS[i], SHORT_MONTHS[i])),
        end_label: date_label(l, ix, None),
    }
}

/// Every enum label a language must translate, as `(group, key)`: the message table's other
/// half (`tests/words.rs` checks each language has them all).
pub fn label_ids() -> Vec<(&'static str, &'static str)> {
    let mut ids = Vec::new();
    for k in MONTH_KEYS {
        ids.push(("month", k));
        ids.push(("month_short", k));
    }
    ids.extend(Status::ALL.iter().map(|s| ("status", s.key())));
    ids.extend(PledgeKind::ALL.iter().map(|k| ("kind", k.key())));
    ids.extend(query::Change::ALL.iter().map(|c| ("change", c.key())));
    ids.extend(Framing::ALL.iter().map(|f| ("framing", f.key())));
    for k in [
        "host",
        "attended",
        "signed",
        "attended_not_signed",
        "not_invited",
        "declined",
    ] {
        ids.push(("role", k));
    }
    ids.extend([("certainty", "reported"), ("certainty", "hedged")]);
    for k in [
        StrikeKind::FirstStrike,
        StrikeKind::Support,
        StrikeKind::FirstMission,
    ] {
        ids.push(("strike", strike_key(k)));
    }
    ids.extend([("theatre", "iraq"), ("theatre", "syria")]);
    // A meeting after Paris as a timeline item's category (`item_category`).
    ids.push(("timeline", "meeting"));

    for k in [
        "conference",
        "address",
        "diplomacy",
        "airstrike",
        "deployment",
        "atrocity",
        "rejection",
        "reply",
        "statement",
    ] {
        ids.push(("event", k));
    }
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_one_way_everywhere() {
        let ix = Index::embedded().unwrap();
        let d: Date = "2014-09-15".parse().unwrap();
        let en = Locale::En;
        assert_eq!(day(en, d), "15 Sept 2014");
        assert_eq!(day_month(en, d), "15 Sept");
        assert_eq!(as_of(en, &ix, Some(d)), "on 15 September 2014");
        assert_eq!(as_of(en, &ix, None), "by the end of September 2014");
        assert_eq!(date_label(en, &ix, None), "End of September 2014");
        assert_eq!(
            legend_title(en, &ix, Some(d), None),
            "Status on 15 Sept 2014"
        );
        assert_eq!(
            legend_title(en, &ix, Some(d), Some("2014-09-11".parse().unwrap())),
            "Change from 11 Sept 2014 to 15 Sept 2014"
        );
    }

    #[test]
    fn dates_as_each_press_writes_them() {
        let d: Date = "2014-09-15".parse().unwrap();
        assert_eq!(long_day(Locale::Fr, d), "15 septembre 2014");
        assert_eq!(day(Locale::Fr, d), "15 sept. 2014");
        assert_eq!(long_day(Locale::Ar, d), "15 سبتمبر 2014");
        assert_eq!(
            Numerals::Arab.write(&long_day(Locale::Ar, d)),
            "١٥ سبتمبر ٢٠١٤"
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
            end_of_story(Locale::En, &ix).as_deref(),
            Some("the end of October 2014")
        );
    }

    #[test]
    fn every_role_and_kind_has_a_label() {
        let ix = Index::embedded().unwrap();
        let l = labels(Locale::En, &ix);
        assert_eq!(l.roles.len(), 6);
        assert_eq!(l.kinds.len(), PledgeKind::ALL.len());
        assert!(l.statuses.iter().all(|s| s.color.is_some()));
    }
}

//! The view's whole state — selection, date, framing, timeline item, comparison date, filters — in
//! one small struct that round-trips through a URL query string. The page, the embed's attributes,
//! the back button, the wasm handle and the CLI's flags all go through it; bad or unknown values
//! are dropped with a typed [`Notice`], never fatal, and a host's own parameters are kept.

mod kinds;
mod mode;
mod params;
pub mod story;
mod window;

pub use kinds::KindFilter;
pub use mode::TimelineMode;
pub use params::{is_ours, Param, PARAMS};
pub(crate) use window::within;
pub use window::TimeWindow;

#[cfg(any(not(target_arch = "wasm32"), feature = "tools"))]
use std::fmt;
use std::str::FromStr;

use serde::Deserialize;

use crate::dataset::{is_iso_alpha3, Index};
use crate::date::Date;
use crate::geo::{Camera, Framing};
use crate::lang::{Locale, Numerals};
use crate::model::PledgeKind;
use crate::query::{self, Status};

/// Everything that makes one view of the map and timeline.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ViewState {
    /// The selected actor's id (`FRA`, `arab-league`), a conference's id (`paris`), or the ISO
    /// code of a country the map draws but the dataset has no record of (`POL`). Organisations and
    /// conferences are selected like states: the map simply outlines nothing.
    pub country: Option<String>,
    /// The date shown; `None` is the end of the story.
    pub date: Option<Date>,
    pub framing: Framing,
    /// The map's zoom and pan over its framing; `None`: the framing as it is.
    pub camera: Option<Camera>,
    /// Selected timeline item (event, pledge or disputed date id).
    pub item: Option<String>,
    /// A second date to compare the map against (who joined, changed, dropped between the two).
    pub compare: Option<Date>,
    /// The statuses the map shows (the legend's filter); empty: all.
    pub statuses: Vec<Status>,
    /// The pledge kinds the timeline shows; empty: all.
    pub kinds: Vec<PledgeKind>,
    /// How the timeline is organised: a row per pledging actor (the default) or a lane per kind.
    pub timeline: TimelineMode,
    /// The days the timeline shows (zoomed and panned); `None`: the dataset's whole span.
    /// Fractional while a reader zooms; the URL carries it rounded out to whole days.
    pub window: Option<TimeWindow>,
    /// A record a permalink (`record=ID`) points at, highlighted where it is shown. Selecting
    /// another country or item lets go of it.
    pub record: Option<String>,
    /// The guided story being read (`story=ID`): the view is its step's, until a reader changes
    /// anything else (then the story is left and the view stays).
    pub story: Option<String>,
    /// The story's step shown (`step=ID`, unique across stories).
    pub step: Option<String>,
    /// The interface language (`lang=fr`): every word the frame, the drawings and the CLI say.
    pub lang: Locale,
    /// The digits numbers and dates are written with (`numerals=arab`: Arabic-Indic).
    pub numerals: Numerals,
    /// Parameters that are not ours (`utm_source=x`, `dataset=...`), kept as written and in order,
    /// so a click never drops what a host put in its link.
    pub foreign: Vec<String>,
}

/// Why a value in a link or a call was not used. Said to the reader by `voice::notice` (and as a
/// call's error by `voice::refusal`); its `Display` is the English, outside the page's module.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// A value longer than any id or date: junk, or an attempt to echo a long string.
    TooLong {
        key: String,
    },
    UnknownCountry(String),
    BadDate {
        key: String,
        value: String,
    },
    DateOutside {
        key: String,
        date: Date,
        first: Date,
        last: Date,
    },
    UnknownFraming(String),
    BadCamera {
        value: String,
        reason: Reason,
    },
    UnknownItem(String),
    UnknownRecord(String),
    UnknownStory(String),
    UnknownStep(String),
    UnknownStatus(String),
    UnknownKind(String),
    UnknownTimeline(String),
    UnknownLang(String),
    UnknownNumerals(String),
    BadWindow {
        value: String,
        reason: Reason,
    },
    /// More parameters than we read; the rest are dropped.
    TooManyParameters {
        dropped: usize,
    },
}

/// Why a map view (`view=`) or a time window (`window=`) was not used: said in the reader's
/// language by message id (`reason.*`, in `voice::notice`); its `Display` is the English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// Not `lon,lat,zoom`.
    CameraForm,
    /// Longer than any map view.
    CameraTooLong,
    /// Not `FROM..TO`.
    WindowForm,
    /// An end of the window that is not a day (`YYYY-MM-DD`, and a real date).
    WindowDay(String),
    /// A window that ends before it starts.
    WindowReversed,
    /// A window beyond the dataset's days.
    Outside { first: Date, last: Date },
}

#[cfg(any(not(target_arch = "wasm32"), feature = "tools"))]
impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reason::CameraForm => f.write_str("expected lon,lat,zoom (e.g. 51.20,25.30,4)"),
            Reason::CameraTooLong => f.write_str("the view is too long"),
            Reason::WindowForm => f.write_str("expected a time window as FROM..TO"),
            Reason::WindowDay(v) => write!(f, "“{v}” is not a date as YYYY-MM-DD"),
            Reason::WindowReversed => f.write_str("it ends before it starts"),
            Reason::Outside { first, last } => write!(
                f,
                "outside the story (dates from {first} to {last} are shown)"
            ),
        }
    }
}

#[cfg(any(not(target_arch = "wasm32"), feature = "tools"))]
impl Notice {
    /// What was wrong with the value: the words after "Ignored " in a link's notice, and the
    /// refusal of a call that asked for the value by name.
    fn problem(&self) -> String {
        match self {
            Notice::TooLong { key } => format!("{key}: the value is too long"),
            Notice::UnknownCountry(v) => format!("country “{v}”: not in the dataset"),
            Notice::BadDate { key, value } => format!("{key} “{value}”: expected YYYY-MM-DD"),
            Notice::DateOutside {
                key,
                date,
                first,
                last,
            } => {
                format!("{key} {date}: outside the story (dates from {first} to {last} are shown)")
            }
            Notice::UnknownFraming(v) => format!(
                "framing “{v}”: expected {}",
                Framing::ALL.map(Framing::key).join(", ")
            ),
            Notice::BadCamera { value, reason } => format!("map view “{value}”: {reason}"),
            Notice::UnknownItem(v) => format!("timeline item “{v}”: not in the dataset"),
            Notice::UnknownRecord(v) => format!("record “{v}”: not in the dataset"),
            Notice::UnknownStory(v) => format!("story “{v}”: not in the dataset"),
            Notice::UnknownStep(v) => format!("story step “{v}”: not in that story"),
            Notice::UnknownStatus(v) => format!(
                "status “{v}”: expected {}",
                Status::ALL.map(Status::key).join(", ")
            ),
            Notice::UnknownKind(v) => format!(
                "pledge kind “{v}”: expected {}",
                PledgeKind::ALL.map(PledgeKind::key).join(", ")
            ),
            Notice::UnknownTimeline(v) => format!("timeline “{v}”: expected actor or kind"),
            Notice::UnknownLang(v) => format!(
                "language “{v}”: expected {}",
                Locale::ALL.map(Locale::tag).join(", ")
            ),
            Notice::UnknownNumerals(v) => format!("numerals “{v}”: expected latn or arab"),
            Notice::BadWindow { value, reason } => format!("time window “{value}”: {reason}"),
            Notice::TooManyParameters { dropped } => {
                format!("the last {dropped} parameter(s): a link carries at most {MAX_PARAMS}")
            }
        }
    }
}

// The English of a notice for the tests, the CLI's and the dataset check's messages: the page's
// module says notices through `voice::notice` and refuses through `voice::refusal` (the same
// words, by message id), so it carries neither this nor `problem` (about 1 KB gzip).
#[cfg(any(not(target_arch = "wasm32"), feature = "tools"))]
impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Ignored {}.", self.problem())
    }
}

/// The longest value we accept for any of our parameters: ids and dates are short, so anything
/// longer is junk (or an attempt to make us echo a long string into the page).
const MAX_VALUE: usize = 64;

/// How many parameters a query string may carry (ours and the host's).
pub const MAX_PARAMS: usize = 32;

/// Decodes `%XX` escapes and `+` in a query-string component. Invalid escapes stay as written.
pub fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Percent-encodes a query-string component: everything but RFC 3986's unreserved characters (and
/// `,`, which our lists use and URLs allow), so an id with `&`, `#`, `%`, `"`, a space or non-ASCII
/// letters reads back as written and can never close an HTML attribute it is pasted into.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b',') {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(b"0123456789ABCDEF"[usize::from(b >> 4)]));
            out.push(char::from(b"0123456789ABCDEF"[usize::from(b & 15)]));
        }
    }
    out
}

/// Keeps a value printable in a notice: short, no control characters.
fn shown(v: &str) -> String {
    let clean: String = v
        .chars()
        .filter(|c| !c.is_control())
        .take(MAX_VALUE)
        .collect();
    if v.chars().count() > MAX_VALUE {
        format!("{clean}…")
    } else {
        clean
    }
}

impl FromStr for Framing {
    type Err = Notice;
    fn from_str(s: &str) -> Result<Framing, Notice> {
        Framing::parse(s).ok_or_else(|| Notice::UnknownFraming(shown(s)))
    }
}

impl FromStr for Status {
    type Err = Notice;
    fn from_str(s: &str) -> Result<Status, Notice> {
        Status::ALL
            .into_iter()
            .find(|x| x.key() == s)
            .ok_or_else(|| Notice::UnknownStatus(shown(s)))
    }
}

impl FromStr for PledgeKind {
    type Err = Notice;
    fn from_str(s: &str) -> Result<PledgeKind, Notice> {
        PledgeKind::ALL
            .into_iter()
            .find(|x| x.key() == s)
            .ok_or_else(|| Notice::UnknownKind(shown(s)))
    }
}

/// A comma-separated list (`status=signed,attended`), each entry parsed; the first bad one is
/// the notice.
fn parse_list<T: FromStr<Err = Notice> + PartialEq>(value: &str) -> Result<Vec<T>, Notice> {
    let mut out = Vec::new();
    for part in value.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let v = part.parse::<T>()?;
        if !out.contains(&v) {
            out.push(v);
        }
    }
    Ok(out)
}

/// The dates a view may show: the dataset's span with two months either side (so a link to the
/// eve of the story still works). `None` for an empty dataset: any date is accepted.
pub fn accepted_dates(ix: &Index) -> Option<(Date, Date)> {
    let (first, last) = query::date_span(ix)?;
    Some((
        first.add_days(-60).unwrap_or(first),
        last.add_days(60).unwrap_or(last),
    ))
}

/// Checks one of our parameters' values against the dataset: the single rule that links, embed
/// attributes, `setView` and CLI flags all share.
fn check_date(ix: &Index, key: &str, value: &str) -> Result<Date, Notice> {
    let d = value.parse::<Date>().map_err(|_| Notice::BadDate {
        key: key.to_string(),
        value: shown(value),
    })?;
    match accepted_dates(ix) {
        Some((first, last)) if d < first || d > last => Err(Notice::DateOutside {
            key: key.to_string(),
            date: d,
            first,
            last,
        }),
        _ => Ok(d),
    }
}

/// An actor by code, name or alias (its id), or the ISO code of a country without a record.
fn check_country(ix: &Index, value: &str) -> Result<String, Notice> {
    if let Some(a) = ix.find_actor(value) {
        return Ok(a.id.clone());
    }
    // A conference is selected as an actor is (`?country=paris`): its panel shows its record.
    if let Some(c) = ix.conference(value) {
        return Ok(c.id.clone());
    }
    let upper = value.to_ascii_uppercase();
    if is_iso_alpha3(&upper) {
        return Ok(upper);
    }
    Err(Notice::UnknownCountry(shown(value)))
}

/// A map camera in its URL form, `lon,lat,zoom` (`51.20,25.30,4`).
fn check_camera(value: &str) -> Result<Camera, Notice> {
    value.parse().map_err(|_| Notice::BadCamera {
        value: shown(value),
        // Camera's own parser refuses a value over 64 bytes as too long, any other as malformed.
        reason: if value.len() > 64 {
            Reason::CameraTooLong
        } else {
            Reason::CameraForm
        },
    })
}

fn check_timeline(value: &str) -> Result<TimelineMode, Notice> {
    value
        .parse()
        .map_err(|_| Notice::UnknownTimeline(shown(value)))
}

/// A time window `FROM..TO` whose days the view accepts (see [`accepted_dates`]).
fn check_window(ix: &Index, value: &str) -> Result<TimeWindow, Notice> {
    let bad = |reason: Reason| Notice::BadWindow {
        value: shown(value),
        reason,
    };
    let w: TimeWindow = value.parse().map_err(|r: Reason| match r {
        Reason::WindowDay(day) => bad(Reason::WindowDay(shown(&day))),
        r => bad(r),
    })?;
    if let Some((first, last)) = accepted_dates(ix) {
        let (a, b) = (first.to_days() as f64, last.to_days() as f64);
        if w.from < a || w.to > b {
            return Err(bad(Reason::Outside { first, last }));
        }
    }
    Ok(w)
}

/// An interface language's tag (`fr`; `fr-CA` reads as `fr`).
fn check_lang(value: &str) -> Result<Locale, Notice> {
    let primary = value.split(['-', '_']).next().unwrap_or(value);
    Locale::parse(&primary.to_ascii_lowercase()).ok_or_else(|| Notice::UnknownLang(shown(value)))
}

fn check_numerals(value: &str) -> Result<Numerals, Notice> {
    Numerals::parse(value).ok_or_else(|| Notice::UnknownNumerals(shown(value)))
}

fn check_item(ix: &Index, value: &str) -> Result<String, Notice> {
    query::timeline_item(ix, value)
        .map(|i| i.id.to_string())
        .ok_or_else(|| Notice::UnknownItem(shown(value)))
}

/// A change to some of the view: each field present replaces that part of the view; `null` (or
/// an empty string) clears it. What the page's `setView({...})` and the embed's attributes send.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[serde(deny_unknown_fields)]
pub struct ViewPatch {
    #[serde(default, deserialize_with = "present")]
    pub country: Option<Option<String>>,
    #[serde(default, deserialize_with = "present")]
    pub date: Option<Option<String>>,
    #[serde(default, deserialize_with = "present")]
    pub framing: Option<Option<String>>,
    #[serde(default, deserialize_with = "present")]
    pub item: Option<Option<String>>,
    #[serde(default, deserialize_with = "present")]
    pub compare: Option<Option<String>>,
    #[serde(default, deserialize_with = "present")]
    pub statuses: Option<Option<Vec<String>>>,
    #[serde(default, deserialize_with = "present")]
    pub kinds: Option<Option<Vec<String>>>,
    #[serde(default, deserialize_with = "present")]
    pub timeline: Option<Option<String>>,
    #[serde(default, deserialize_with = "present")]
    pub window: Option<Option<String>>,
    #[serde(default, deserialize_with = "present")]
    pub record: Option<Option<String>>,
    #[serde(default, deserialize_with = "present")]
    pub camera: Option<Option<String>>,
    #[serde(default, deserialize_with = "present")]
    pub story: Option<Option<String>>,
    #[serde(default, deserialize_with = "present")]
    pub step: Option<Option<String>>,
    pub lang: Option<Option<String>>,
    #[serde(default, deserialize_with = "present")]
    pub numerals: Option<Option<String>>,
}

/// A field that is present, even as `null`, is `Some(...)`: `{country: null}` clears the
/// selection while `{}` leaves it.
fn present<'de, D, T>(d: D) -> Result<Option<Option<T>>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(d).map(Some)
}

/// `Some("")` and `Some(None)` both clear.
fn cleared(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

impl ViewState {
    /// Applies a patch after checking every value against the dataset; on the first bad value
    /// nothing changes and its notice is the error (a caller asked for it by name, so it should
    /// hear why not).
    pub fn apply(&mut self, patch: &ViewPatch, ix: &Index) -> Result<(), Notice> {
        if patch.story.is_some() || patch.step.is_some() {
            return self.apply_story(patch, ix);
        }
        let mut next = self.clone();
        // Any other change leaves the story; the view it showed stays, now the reader's. The
        // language and digits are how the story is told, not what it shows: they keep it.
        let words_only = (patch.lang.is_some() || patch.numerals.is_some())
            && ViewPatch {
                lang: None,
                numerals: None,
                ..patch.clone()
            } == ViewPatch::default();
        if !words_only {
            next.story = None;
            next.step = None;
        }
        if patch.country.is_some() || patch.item.is_some() {
            next.record = None; // a new selection lets go of the permalinked record
        }
        if let Some(v) = &patch.record {
            next.record = None;
            if let Some(id) = cleared(v) {
                next.open_record(ix, id)?;
            }
        }
        if let Some(v) = &patch.country {
            next.country = cleared(v).map(|c| check_country(ix, c)).transpose()?;
        }
        if let Some(v) = &patch.date {
            next.date = cleared(v).map(|d| check_date(ix, "date", d)).transpose()?;
        }
        if let Some(v) = &patch.framing {
            next.framing = cleared(v).map_or(Ok(Framing::default()), str::parse)?;
        }
        if let Some(v) = &patch.item {
            next.item = cleared(v).map(|i| check_item(ix, i)).transpose()?;
        }
        if let Some(v) = &patch.compare {
            next.compare = cleared(v)
                .map(|d| check_date(ix, "compare", d))
                .transpose()?;
        }
        if let Some(v) = &patch.statuses {
            next.statuses = v
                .iter()
                .flatten()
                .map(|s| s.parse())
                .collect::<Result<_, _>>()?;
        }
        if let Some(v) = &patch.camera {
            next.camera = cleared(v).map(check_camera).transpose()?;
        }
        if let Some(v) = &patch.timeline {
            next.timeline = cleared(v).map_or(Ok(TimelineMode::default()), check_timeline)?;
        }
        if let Some(v) = &patch.window {
            next.window = cleared(v).map(|w| check_window(ix, w)).transpose()?;
        }
        if let Some(v) = &patch.kinds {
            next.kinds = v
                .iter()
                .flatten()
                .map(|s| s.parse())
                .collect::<Result<_, _>>()?;
        }
        if let Some(v) = &patch.lang {
            next.lang = cleared(v).map_or(Ok(Locale::default()), check_lang)?;
        }
        if let Some(v) = &patch.numerals {
            next.numerals = cleared(v).map_or(Ok(Numerals::default()), check_numerals)?;
        }
        *self = next;
        Ok(())
    }

    /// A patch naming `story` or `step`: the step's view replaces the view (the host's
    /// parameters stay); `{story: null}` leaves the story and keeps its view ("Explore").
    fn apply_story(&mut self, patch: &ViewPatch, ix: &Index) -> Result<(), Notice> {
        let story = patch.story.as_ref().and_then(cleared);
        let step = patch.step.as_ref().and_then(cleared);
        if story.is_none() && step.is_none() {
            self.story = None;
            self.step = None;
            return Ok(());
        }
        // A step alone within the story being read, or the story named again with it.
        let story = story.or(if step.is_some() {
            None
        } else {
            self.story.as_deref()
        });
        match story::resolve(ix, story, step) {
            (Some(at), None) => {
                let (mut next, _) = ViewState::from_query(&at.step.view, ix);
                next.foreign = std::mem::take(&mut self.foreign);
                // The language and digits are how the story is told: a step keeps the reader's.
                (next.lang, next.numerals) = (self.lang, self.numerals);
                next.story = Some(at.story.id.clone());
                next.step = Some(at.step.id.clone());
                *self = next;
                Ok(())
            }
            (_, Some(n)) => Err(n),
            (None, None) => Ok(()),
        }
    }

    /// Opens the record a permalink names: its actor's panel, its timeline item, highlighted.
    fn open_record(&mut self, ix: &Index, id: &str) -> Result<(), Notice> {
        let link = query::record_link(ix, id).ok_or_else(|| Notice::UnknownRecord(shown(id)))?;
        if let Some(c) = link.country {
            self.country = Some(c);
        }
        if let Some(i) = link.item {
            self.item = Some(i);
        }
        self.record = Some(link.id);
        Ok(())
    }

    /// Reads a query string (`country=FRA&date=2014-09-15&framing=world&item=jeddah-conference`,
    /// with or without a leading `?` or `#`). Returns the state and a notice for each value that was
    /// ignored. Parameters that are not ours are kept as written, for `to_query` to write back.
    pub fn from_query(query: &str, ix: &Index) -> (ViewState, Vec<Notice>) {
        let (state, mut notices, story, step) = ViewState::read(query, ix, ViewState::default());
        if story.is_none() && step.is_none() {
            return (state, notices);
        }
        let (at, notice) = story::resolve(ix, story.as_deref(), step.as_deref());
        notices.extend(notice);
        let Some(at) = at else {
            return (state, notices);
        };
        // The step's view, then what the link itself says on top (a camera moved within a step).
        let (base, ..) = ViewState::read(&at.step.view, ix, ViewState::default());
        let (mut state, ..) = ViewState::read(query, ix, base);
        state.story = Some(at.story.id.clone());
        state.step = Some(at.step.id.clone());
        (state, notices)
    }

    /// Reads a query's pairs over `state`: the view keys set, notices, and the raw `story` and
    /// `step` values for [`ViewState::from_query`] to resolve.
    fn read(
        query: &str,
        ix: &Index,
        mut state: ViewState,
    ) -> (ViewState, Vec<Notice>, Option<String>, Option<String>) {
        let (mut story, mut step) = (None, None);
        let mut notices = Vec::new();
        let query = query.trim_start_matches(['?', '#']);
        let pairs: Vec<&str> = query.split('&').filter(|p| !p.is_empty()).collect();
        if pairs.len() > MAX_PARAMS {
            notices.push(Notice::TooManyParameters {
                dropped: pairs.len() - MAX_PARAMS,
            });
        }
        for pair in pairs.into_iter().take(MAX_PARAMS) {
            let (raw_key, raw) = pair.split_once('=').unwrap_or((pair, ""));
            let key = decode(raw_key);
            if !is_ours(&key) {
                // Kept as written; a stray leading `?` or `#` would be lost on the way back.
                let pair = pair.trim_start_matches(['?', '#']);
                if !pair.is_empty() {
                    state.foreign.push(pair.to_string());
                }
                continue;
            }
            let value = decode(raw);
            let value = value.trim();
            if value.is_empty() {
                continue;
            }
            if value.len() > MAX_VALUE && key != "status" && key != "kinds" {
                notices.push(Notice::TooLong { key: shown(&key) });
                continue;
            }
            let result = match key.as_str() {
                "country" => check_country(ix, value).map(|c| state.country = Some(c)),
                "date" => check_date(ix, "date", value).map(|d| state.date = Some(d)),
                "compare" => check_date(ix, "compare", value).map(|d| state.compare = Some(d)),
                "framing" => value.parse().map(|f| state.framing = f),
                "view" => check_camera(value).map(|c| state.camera = Some(c)),
                "item" => check_item(ix, value).map(|i| state.item = Some(i)),
                "status" => parse_list(value).map(|s| state.statuses = s),
                "kinds" => parse_list(value).map(|k| state.kinds = k),
                "timeline" => check_timeline(value).map(|t| state.timeline = t),
                "window" => check_window(ix, value).map(|w| state.window = Some(w)),
                "record" => state.open_record(ix, value),
                "story" => {
                    story = Some(value.to_string());
                    Ok(())
                }
                "step" => {
                    step = Some(value.to_string());
                    Ok(())
                }
                "lang" => check_lang(value).map(|l| state.lang = l),
                "numerals" => check_numerals(value).map(|n| state.numerals = n),
                _ => Ok(()),
            };
            if let Err(n) = result {
                notices.push(n);
            }
        }
        (state, notices, story, step)
    }

    /// Our part of the query string (no leading `?`), listing only what differs from the default
    /// so the plain page has a plain URL, every value percent-encoded. This is what an embed
    /// snippet carries.
    pub fn view_query(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        let mut put = |k: &str, v: &str| parts.push(format!("{k}={}", encode(v)));
        if let (Some(story), Some(step)) = (&self.story, &self.step) {
            put("story", story);
            put("step", step);
        }
        if let Some(c) = &self.country {
            put("country", c);
        }
        if let Some(d) = self.date {
            put("date", &d.to_string());
        }
        if self.framing != Framing::default() {
            put("framing", self.framing.key());
        }
        if let Some(c) = self.camera {
            put("view", &c.to_string());
        }
        if let Some(i) = &self.item {
            put("item", i);
        }
        if let Some(d) = self.compare {
            put("compare", &d.to_string());
        }
        if !self.statuses.is_empty() {
            let keys: Vec<&str> = self.statuses.iter().map(|s| s.key()).collect();
            put("status", &keys.join(","));
        }
        if !self.kinds.is_empty() {
            let keys: Vec<&str> = self.kinds.iter().map(|k| k.key()).collect();
            put("kinds", &keys.join(","));
        }
        if self.timeline != TimelineMode::default() {
            put("timeline", &self.timeline.to_string());
        }
        if let Some(w) = self.window {
            put("window", &w.to_string());
        }
        if let Some(r) = &self.record {
            put("record", r);
        }
        if self.lang != Locale::default() {
            put("lang", self.lang.tag());
        }
        if self.numerals != Numerals::default() {
            put("numerals", self.numerals.key());
        }
        parts.join("&")
    }

    /// The whole query string for the address bar: our part, then the host's parameters as they
    /// were written.
    pub fn to_query(&self) -> String {
        let ours = self.view_query();
        std::iter::once(ours.as_str())
            .chain(self.foreign.iter().map(String::as_str))
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join("&")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ix() -> Index {
        Index::embedded().unwrap()
    }

    #[test]
    fn round_trips_through_the_query_string() {
        let ix = ix();
        let state = ViewState {
            country: Some("FRA".into()),
            date: Some("2014-09-15".parse().unwrap()),
            framing: Framing::World,
            item: Some("jeddah-conference".into()),
            ..ViewState::default()
        };
        let q = state.to_query();
        assert_eq!(
            q,
            "country=FRA&date=2014-09-15&framing=world&item=jeddah-conference"
        );
        assert_eq!(ViewState::from_query(&q, &ix), (state, vec![]));
        assert_eq!(ViewState::default().to_query(), "");
    }

    #[test]
    fn names_and_escapes_are_accepted() {
        let (s, n) = ViewState::from_query("?country=United%20Arab+Emirates&utm_source=x", &ix());
        assert_eq!(s.country.as_deref(), Some("ARE"));
        assert!(n.is_empty(), "{n:?}");
    }

    #[test]
    fn bad_values_are_ignored_with_a_notice() {
        let (s, n) = ViewState::from_query(
            "country=XXZ&date=2014-13-40&framing=moon&item=nope&date=1999-01-01",
            &ix(),
        );
        assert_eq!(s, ViewState::default());
        assert_eq!(n.len(), 5, "{n:?}");
        let n: Vec<String> = n.iter().map(ToString::to_string).collect();
        assert!(n[0].contains("XXZ") && n[1].contains("2014-13-40") && n[2].contains("moon"));
        assert!(n[4].contains("outside the story"));
        let long = "a".repeat(500);
        let (_, n) = ViewState::from_query(&format!("country={long}"), &ix());
        assert!(n[0].to_string().len() < 100);
    }

    #[test]
    fn decoding_never_panics_on_broken_escapes() {
        for q in [
            "%",
            "%%",
            "country=%E2%82",
            "country=%zz",
            "=&=&",
            "&&&",
            "country",
            "%F0%9F%98%80=1",
        ] {
            let _ = ViewState::from_query(q, &ix());
        }
        assert_eq!(decode("a%20b+c%zz%"), "a b c%zz%");
    }

    #[test]
    fn organisations_and_countries_without_a_record_round_trip() {
        let ix = ix();
        let (s, n) = ViewState::from_query("country=arab-league", &ix);
        assert!(n.is_empty(), "{n:?}");
        assert_eq!(s.country.as_deref(), Some("arab-league"));
        // Poland is on the map but not in the sources: its link still opens it.
        let (s, n) = ViewState::from_query("country=POL", &ix);
        assert!(n.is_empty(), "{n:?}");
        assert_eq!(s.to_query(), "country=POL");
    }

    #[test]
    fn host_parameters_are_kept_in_order() {
        let ix = ix();
        let (mut s, n) = ViewState::from_query(
            "utm_source=news%20letter&country=FRA&dataset=%2Fd.json",
            &ix,
        );
        assert!(n.is_empty());
        s.country = Some("QAT".into());
        assert_eq!(
            s.to_query(),
            "country=QAT&utm_source=news%20letter&dataset=%2Fd.json"
        );
        assert_eq!(s.view_query(), "country=QAT");
    }

    #[test]
    fn filters_and_comparison_round_trip() {
        let ix = ix();
        let (s, n) = ViewState::from_query(
            "compare=2014-09-11&date=2014-09-15&status=signed,attended&kinds=air_strikes",
            &ix,
        );
        assert!(n.is_empty(), "{n:?}");
        assert_eq!(s.statuses, vec![Status::Signed, Status::Attended]);
        assert_eq!(s.kinds, vec![PledgeKind::AirStrikes]);
        assert_eq!(ViewState::from_query(&s.to_query(), &ix).0, s);
        let (_, n) = ViewState::from_query("status=signed,bogus&kinds=x", &ix);
        assert_eq!(n.len(), 2);
        assert!(n[0].to_string().contains("bogus") && n[0].to_string().contains("military_pledge"));
    }

    #[test]
    fn the_timeline_mode_and_window_round_trip() {
        let ix = ix();
        let (s, n) = ViewState::from_query("timeline=kind&window=2014-09-10..2014-09-15", &ix);
        assert!(n.is_empty(), "{n:?}");
        assert_eq!(s.timeline, TimelineMode::Kind);
        assert_eq!(s.to_query(), "timeline=kind&window=2014-09-10..2014-09-15");
        let (_, n) = ViewState::from_query("timeline=lanes&window=2014-09-15..2014-09-10", &ix);
        assert_eq!(n.len(), 2, "{n:?}");
        assert!(n[1].to_string().contains("ends before it starts"), "{n:?}");
    }

    #[test]
    fn a_permalink_opens_its_record_until_another_is_chosen() {
        let ix = ix();
        let (mut s, n) = ViewState::from_query("record=iran-paris-absence", &ix);
        assert!(n.is_empty(), "{n:?}");
        assert_eq!(s.country.as_deref(), Some("IRN"));
        assert_eq!(s.record.as_deref(), Some("iran-paris-absence"));
        assert_eq!(ViewState::from_query(&s.to_query(), &ix).0, s);
        s.apply(
            &ViewPatch {
                country: Some(Some("FRA".into())),
                ..ViewPatch::default()
            },
            &ix,
        )
        .unwrap();
        assert_eq!(s.record, None);
        let (_, n) = ViewState::from_query("record=nothing-here", &ix);
        assert!(n[0].to_string().contains("nothing-here"));
    }

    #[test]
    fn the_map_camera_round_trips() {
        let ix = ix();
        let (s, n) = ViewState::from_query("framing=gulf&view=51.20,25.30,4", &ix);
        assert!(n.is_empty(), "{n:?}");
        assert_eq!(s.framing, Framing::Gulf);
        assert_eq!(s.to_query(), "framing=gulf&view=51.20,25.30,4");
        let (_, n) = ViewState::from_query("view=here", &ix);
        assert!(
            n[0].to_string().starts_with("Ignored map view “here”"),
            "{n:?}"
        );
    }

    #[test]
    fn too_many_parameters_are_named() {
        let q: Vec<String> = (0..40).map(|i| format!("p{i}=1")).collect();
        let (s, n) = ViewState::from_query(&q.join("&"), &ix());
        assert_eq!(n, vec![Notice::TooManyParameters { dropped: 8 }]);
        assert_eq!(s.foreign.len(), 32);
    }

    #[test]
    fn the_date_notice_names_the_range_it_accepts() {
        let ix = ix();
        let (first, last) = accepted_dates(&ix).unwrap();
        let (s, n) = ViewState::from_query(&format!("date={first}"), &ix);
        assert!(n.is_empty() && s.date == Some(first));
        let after = last.add_days(1).unwrap();
        let (_, n) = ViewState::from_query(&format!("date={after}"), &ix);
        assert!(
            n[0].to_string()
                .contains(&format!("dates from {first} to {last}")),
            "{n:?}"
        );
    }

    #[test]
    fn a_patch_changes_only_what_it_names_and_refuses_bad_values() {
        let ix = ix();
        let mut s = ViewState::default();
        let patch: ViewPatch =
            serde_json::from_str(r#"{"country": "UAE", "date": "2014-09-11"}"#).unwrap();
        s.apply(&patch, &ix).unwrap();
        assert_eq!(s.country.as_deref(), Some("ARE"));
        let patch: ViewPatch = serde_json::from_str(r#"{"country": null}"#).unwrap();
        s.apply(&patch, &ix).unwrap();
        assert_eq!(s.country, None);
        assert!(s.date.is_some(), "a patch leaves what it does not name");
        let before = s.clone();
        let patch: ViewPatch =
            serde_json::from_str(r#"{"country": "FRA", "date": "1990-01-01"}"#).unwrap();
        let err = s.apply(&patch, &ix).unwrap_err();
        assert!(matches!(err, Notice::DateOutside { .. }), "{err}");
        assert_eq!(s, before, "a refused patch changes nothing");
        assert!(serde_json::from_str::<ViewPatch>(r#"{"colour": "red"}"#).is_err());
    }

    #[test]
    fn a_story_link_opens_its_step_until_the_reader_changes_something() {
        let ix = ix();
        // The story alone: its first step, whose view the link shows.
        let (s, n) = ViewState::from_query("story=jeddah-to-paris&utm_source=x", &ix);
        assert!(n.is_empty(), "{n:?}");
        let first = &ix.data.stories[0].steps[0];
        assert_eq!(s.step.as_deref(), Some(first.id.as_str()));
        let (view, _) = ViewState::from_query(&first.view, &ix);
        assert_eq!(s.date, view.date);
        assert_eq!(s.country, view.country);
        assert!(s
            .to_query()
            .starts_with(&format!("story=jeddah-to-paris&step={}&", first.id)));
        assert!(s.to_query().ends_with("&utm_source=x"));
        assert_eq!(ViewState::from_query(&s.to_query(), &ix).0, s);
        // The step alone names its story; a camera moved within the step is kept.
        let (s, n) = ViewState::from_query("step=tehran&view=51.20,25.30,3", &ix);
        assert!(n.is_empty(), "{n:?}");
        assert_eq!(s.story.as_deref(), Some("jeddah-to-paris"));
        assert_eq!(s.country.as_deref(), Some("IRN"));
        assert!(s.camera.is_some());
        // Unknown ids: a notice each; a known story still opens at its first step.
        let (s, n) = ViewState::from_query("story=jeddah-to-paris&step=nope", &ix);
        assert_eq!(n, vec![Notice::UnknownStep("nope".into())]);
        assert_eq!(s.step.as_deref(), Some(first.id.as_str()));
        let (s, n) = ViewState::from_query("story=nope", &ix);
        assert_eq!(n, vec![Notice::UnknownStory("nope".into())]);
        assert_eq!(s, ViewState::default());
        // The language is how the story is told: changing it keeps the story.
        let mut told = ViewState::from_query("step=paris", &ix).0;
        told.apply(
            &ViewPatch {
                lang: Some(Some("fr".into())),
                ..ViewPatch::default()
            },
            &ix,
        )
        .unwrap();
        assert_eq!(told.step.as_deref(), Some("paris"));
        assert!(told.story.is_some());
        // And stepping keeps the language and digits (the step's saved view names neither).
        told.numerals = Numerals::Arab;
        told.apply(&serde_json::from_str(r#"{"step": "tehran"}"#).unwrap(), &ix)
            .unwrap();
        assert_eq!(told.step.as_deref(), Some("tehran"));
        assert_eq!((told.lang, told.numerals), (Locale::Fr, Numerals::Arab));
        // Another change leaves the story and keeps its view; so does {story: null} (Explore).
        let mut s = ViewState::from_query("step=paris", &ix).0;
        let date = s.date;
        s.apply(
            &serde_json::from_str(r#"{"framing": "world"}"#).unwrap(),
            &ix,
        )
        .unwrap();
        assert_eq!(
            (s.story.as_deref(), s.step.as_deref(), s.date),
            (None, None, date)
        );
        let mut s = ViewState::from_query("step=paris", &ix).0;
        s.apply(&serde_json::from_str(r#"{"step": "tehran"}"#).unwrap(), &ix)
            .unwrap();
        assert_eq!(s.step.as_deref(), Some("tehran"));
        s.apply(&serde_json::from_str(r#"{"story": null}"#).unwrap(), &ix)
            .unwrap();
        assert_eq!(
            (s.story.as_deref(), s.country.as_deref()),
            (None, Some("IRN"))
        );
        let err = s
            .apply(&serde_json::from_str(r#"{"step": "nope"}"#).unwrap(), &ix)
            .unwrap_err();
        assert!(err.to_string().contains("nope"), "{err}");
    }

    #[test]
    fn encoding_leaves_nothing_that_closes_an_attribute() {
        let e = encode("x\" onload=\"alert(1)'<>&#% é");
        assert!(!e.contains(['"', '\'', '<', '>', '&', '#', ' ']), "{e}");
        assert_eq!(decode(&e), "x\" onload=\"alert(1)'<>&#% é");
    }
}

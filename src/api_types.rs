//! The shapes of what the JavaScript API returns beyond the query results: the view as the page
//! reads it, a hover, a point, a load's answer, a timeline hit and a record's totals. Built by
//! `web`, but platform-free, so that their TypeScript is generated from them natively with the
//! rest (tests/ts_types.rs, feature `ts`) instead of written by hand beside them.

use serde::Serialize;

use crate::dataset::ValidationError;
use crate::query::TimelineItem;

/// The view as the page reads it: the four parts every view has (`null` when unset), then the
/// comparison date and the filters only when set, so the plain view stays a small object.
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable))]
pub struct View {
    pub country: Option<String>,
    pub date: Option<String>,
    /// `region`, `gulf` or `world`.
    pub framing: &'static str,
    pub item: Option<String>,
    /// The map's zoom and pan, `lon,lat,zoom`, when moved from the framing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub camera: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub compare: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<String>>", optional))]
    pub statuses: Vec<&'static str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<String>>", optional))]
    pub kinds: Vec<&'static str>,
    /// "kind" when the timeline is by kind (absent for the default, by actor).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timeline: Option<String>,
    /// The time window as `FROM..TO` (whole days), when zoomed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub window: Option<String>,
    /// The record a permalink points at, highlighted where shown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub record: Option<String>,
    /// The guided story being read and its step, while the view is the step's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub story: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub step: Option<String>,
}

/// What the map's hover tooltip shows.
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Hover {
    pub code: Option<String>,
    pub name: String,
    pub status: Option<&'static str>,
}

/// A pledge kind's entry in the timeline's legend under the pointer (`pointAt("timeline-legend",
/// x, y)`): the kind filter a click there makes, for the page to apply with `setView({kinds})`.
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LegendToggle {
    /// The kind's key (`air_strikes`).
    pub legend: &'static str,
    /// The kind in words, for the announcement.
    pub label: &'static str,
    /// Whether the kind is shown after the click.
    pub shown: bool,
    /// The view's `kinds` after the click (`[]`: every kind shown).
    pub kinds: Vec<&'static str>,
}

/// The drawings' colour theme (`theme()`).
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ThemeInfo {
    /// "light" or "dark".
    pub name: &'static str,
    /// The sea's colour, `#rrggbb`.
    pub sea: String,
}

/// A point in CSS pixels relative to a canvas.
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// What `loadDataset` answers: on failure the previous dataset stays.
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LoadResult {
    pub ok: bool,
    pub errors: Vec<ValidationError>,
    pub actors: usize,
    pub events: usize,
}

/// What the timeline's tooltip and a click get: the item, its marker's day and a pledge's actor;
/// on a stack, `stack` is `[which, of how many]`: the item a click there selects next.
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable))]
pub struct TimelineHit<'a> {
    #[serde(flatten)]
    pub item: TimelineItem<'a>,
    /// The marker's day (`YYYY-MM-DD`), where a click moves the map.
    pub day: String,
    /// A pledge's actor, which a click selects.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actor: Option<&'a str>,
    /// On a stack (one counted marker for many items): which of them this is (from 1), of how
    /// many, for the tooltip to say a click there steps through them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stack: Option<[usize; 2]>,
}

/// How many items each long list of a record holds (`countryHead` cuts them).
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RecordTotals {
    pub pledges: usize,
    pub statements: usize,
    pub events: usize,
}

//! The pledge timeline: who pledged what, when. By default a row per pledging actor (named on
//! the row) under a compact band of events; or a lane per kind. Laid out in CSS px by `layout`,
//! drawn with plotters on any backend by `draw`.
//!
//! Uncertainty is drawn, not hidden: a range ("last week") is a bar, an approximate day a hollow
//! marker, a disputed conference date (Paris, 14 or 15 September) a hollow marker on the other
//! claimed day linked to the conference by a dashed line; a pledge reported by others is hollow,
//! a hedged one dashed.
//!
//! Every marker has a key unique across sections (`pledge:fra-reconnaissance` and
//! `event:fra-reconnaissance` are two items), and [`draw_timeline`] returns the markers in stepping
//! order (by day, then top to bottom, then left to right), so ← and → by index reach each once.
//!
//! How a page drives it (all pure functions of the dataset, the view and the width):
//! - size: [`height`]`(ix, &view, width)`; draw: [`draw_timeline`], keeping the markers it returns;
//! - hover / click: [`hit`]`(&markers, x, y, HIT_RADIUS)`, then the marker's `key` for
//!   `query::timeline_item_by_key`, its `date` for the map and its `actor` (a pledge's) to select;
//! - ← / →: [`step`]`(&markers, current_key, forward)`; if the window hides the next item,
//!   [`TimeWindow::reveal`] moves it there;
//! - wheel, pinch, drag, + / −: [`TimeWindow::zoom`] / [`TimeWindow::pan`] with
//!   [`time_area`]`(ix, &view, width)` as the area and [`TimeWindow::full`]`(ix)` as the bounds;
//! - legend click: [`legend_hit`] gives a [`LegendKey::Kind`] to [`KindFilter::toggle`];
//! - URL: [`TimelineMode`], [`TimeWindow`] and [`KindFilter`] each `Display` and `FromStr`.

mod dodge;
mod draw;
mod glyph;
mod items;
mod layout;
mod legend;
mod notes;
mod pack;
mod stack;
mod text;
mod ticks;

use serde::Serialize;

use crate::dataset::Index;
use crate::date::Date;
use crate::palette::Theme;

pub use crate::view::{KindFilter, TimeWindow, TimelineMode};
pub use draw::{draw_plan, draw_timeline, plan, Plan};
pub use items::key;
pub use layout::{PHONE, TARGET};
pub use legend::LegendKey;
pub use text::{label_width, wrap};
pub use ticks::{is_tick, tick_step};

/// What the timeline shows besides the data.
#[derive(Debug, Clone, Default)]
pub struct TimelineView<'a> {
    /// The date the map shows, drawn as a vertical line.
    pub date: Option<Date>,
    /// An actor whose events and pledges are emphasised (others fade).
    pub actor: Option<&'a str>,
    /// The item drawn selected (ringed): a marker key (`pledge:fra-air-strikes`), or a bare id
    /// (every item with that id).
    pub selected: Option<&'a str>,
    pub theme: Theme,
    pub mode: TimelineMode,
    /// The days shown; `None` for the dataset's whole span. Clamped to that span.
    pub window: Option<TimeWindow>,
    /// Pledge kinds shown in full; the rest fade.
    pub kinds: KindFilter,
    /// The language of its words (axis dates, legend) and their digits.
    pub lang: crate::lang::Locale,
    pub numerals: crate::lang::Numerals,
}

/// What a marker stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum MarkerKind {
    Event,
    Pledge,
    /// Another day a source gives for a conference (`id` is the dispute's id).
    DisputedDate,
    /// A government's decision to strike (in its actor's row).
    Decision,
    /// A first strike, supporting role or first mission (in its actor's row).
    Strike,
    /// A coalition meeting after Paris (with the events).
    Meeting,
    /// A listing as a coalition partner: by whom, as of when (a band of its own; one list's
    /// entries on one day stack into one counted marker).
    Listing,
}

impl MarkerKind {
    /// The section a key starts with: `event`, `pledge` or `dispute`.
    pub fn section(self) -> &'static str {
        match self {
            MarkerKind::Event => "event",
            MarkerKind::Pledge => "pledge",
            MarkerKind::DisputedDate => "dispute",
            MarkerKind::Decision => "decision",
            MarkerKind::Strike => "strike",
            MarkerKind::Meeting => "meeting",
            MarkerKind::Listing => "listing",
        }
    }
}

/// A drawn marker, for hit-testing, stepping and tests: which record, and where (CSS px). A range
/// spans `x`..=`x_end` (equal for a single day).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Marker {
    /// Unique across sections: `event:paris-conference`, `pledge:fra-air-strikes`.
    pub key: String,
    pub id: String,
    pub kind: MarkerKind,
    pub x: f64,
    pub x_end: f64,
    pub y: f64,
    /// The day the marker stands on (`YYYY-MM-DD`), which a click selects.
    pub date: Date,
    /// A pledge's actor, which a click selects.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actor: Option<String>,
    /// How many items are drawn as one counted marker with this one (a stack: many look-alikes
    /// on one day); 1 for a marker of its own. A stack's markers share a place and come one after
    /// another in stepping order.
    pub stack: usize,
}

/// Hit radius (CSS px) that gives every marker a target of [`TARGET`] × [`TARGET`]: markers in a
/// row, and rows, are at least that far apart.
pub const HIT_RADIUS: f64 = TARGET / 2.0;

/// "15 Sept" for a day number (days since 1970-01-01), in the one voice (`voice::day_month`).
pub fn short_date(l: crate::lang::Locale, days: i64) -> String {
    Date::from_days(days)
        .map(|d| crate::voice::day_month(l, d))
        .unwrap_or_default()
}

/// Whether `actor` is in the timeline's story: an event, a pledge, and after Paris a decision or
/// a strike (its own row) or a meeting it hosted. A listing alone does not count: the forty
/// countries only listed as partners have no row, and a hover on one of them leaves the timeline
/// as it is. Emphasising an actor without one fades every item alike, so the picture is then the
/// same whichever such actor is selected.
pub fn involves(ix: &Index, actor: &str) -> bool {
    let d = &ix.data;
    d.events.iter().any(|e| e.actors.iter().any(|a| a == actor))
        || d.pledges.iter().any(|p| p.actor == actor)
        || d.decisions.iter().any(|x| x.actor == actor)
        || d.strikes.iter().any(|x| x.actor == actor)
        || d.meetings
            .iter()
            .any(|m| m.hosts.iter().any(|h| h == actor))
}

/// How many markers the timeline shows in `window` (a view's, or `None` for the initial one):
/// every dated event, pledge, decision, strike, listing and meeting the window shows, and a
/// disputed day's second marker — what the arrow keys step through and its text alternative
/// counts. The same number the drawn layout's markers have (a test draws them), so the page's
/// first frame, the baked frames and the CLI count as the drawn timeline does.
pub fn shown_count(ix: &Index, window: Option<TimeWindow>) -> usize {
    let Some(w) = TimeWindow::shown(ix, window) else {
        return 0;
    };
    // As the layout places them: an item by its extent (a conference's with its other claimed
    // day); that other day's own marker when it is in view and its conference is.
    let items = items::build(ix, crate::lang::Locale::En);
    let shown = |it: &items::Item| {
        let (a, b) = it.extent();
        w.shows(a, b)
    };
    items
        .iter()
        .filter(|it| match it.parent {
            None => shown(it),
            Some(p) => w.shows(it.first, it.first) && items.get(p).is_some_and(shown),
        })
        .count()
}
/// The height (CSS px) the default view wants at this width.
pub fn natural_height(ix: &Index, width: f64) -> f64 {
    height(ix, &TimelineView::default(), width)
}

/// The height (CSS px) this view wants at this width: its bands, the axis and the legend.
pub fn height(ix: &Index, view: &TimelineView, width: f64) -> f64 {
    plan(ix, view, width).height()
}

/// The time area's left and right x (CSS px) for this view at this width: what
/// [`TimeWindow::zoom`] and [`TimeWindow::pan`] take as `area`.
pub fn time_area(ix: &Index, view: &TimelineView, width: f64) -> Option<(f64, f64)> {
    plan(ix, view, width).area()
}

/// The chart's box (left, top, right, bottom CSS px) for this view at this width: the time area
/// from the first band to the axis's day labels, what moves when the axis zooms or pans.
pub fn chart_box(ix: &Index, view: &TimelineView, width: f64) -> Option<(f64, f64, f64, f64)> {
    plan(ix, view, width).chart_box()
}

/// The legend entry at (x, y) CSS px for this view at this width: a kind to toggle in the filter
/// ([`KindFilter::toggle`]), or an explanatory entry.
pub fn legend_hit(
    ix: &Index,
    view: &TimelineView,
    width: f64,
    x: f64,
    y: f64,
) -> Option<LegendKey> {
    plan(ix, view, width).legend_at(x, y)
}

/// The marker at (x, y) CSS px: the nearest within `radius` (a range counts along its bar).
/// [`HIT_RADIUS`] gives every marker its full target and no more.
pub fn hit(markers: &[Marker], x: f64, y: f64, radius: f64) -> Option<&Marker> {
    if !(x.is_finite() && y.is_finite()) {
        return None;
    }
    markers
        .iter()
        .map(|m| {
            let dx = if x < m.x {
                m.x - x
            } else if x > m.x_end {
                x - m.x_end
            } else {
                0.0
            };
            (m, (dx * dx + (y - m.y) * (y - m.y)).sqrt())
        })
        .filter(|(_, d)| *d <= radius)
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(m, _)| m)
}

/// The marker a click at (x, y) selects: the one [`hit`] finds, except on a stack (one counted
/// marker for many items) that holds the item `current` (a key or id), where it is the stack's
/// next item after it, round again after the last: clicking a stack again and again reaches each
/// of its items in stepping order.
pub fn hit_next<'m>(
    markers: &'m [Marker],
    x: f64,
    y: f64,
    radius: f64,
    current: Option<&str>,
) -> Option<&'m Marker> {
    let m = hit(markers, x, y, radius)?;
    if m.stack <= 1 {
        return Some(m);
    }
    // `hit` gives the first of equally near markers: the stack's first in stepping order.
    let at = markers.iter().position(|o| std::ptr::eq(o, m))?;
    let run: Vec<&Marker> = markers
        .iter()
        .skip(at)
        .take_while(|o| o.x == m.x && o.y == m.y && o.stack == m.stack)
        .collect();
    let now = current.and_then(|c| run.iter().position(|o| o.key == c || o.id == c));
    let next = now.map_or(0, |k| (k + 1) % run.len());
    run.get(next).copied()
}

/// The marker after (`forward`) or before the one with key `from` in stepping order, wrapping
/// round; the first (or last) when `from` is `None` or not drawn. For → and ←.
pub fn step<'m>(markers: &'m [Marker], from: Option<&str>, forward: bool) -> Option<&'m Marker> {
    let n = markers.len();
    if n == 0 {
        return None;
    }
    let at = from.and_then(|k| markers.iter().position(|m| m.key == k));
    let next = match (at, forward) {
        (None, true) => 0,
        (None, false) => n - 1,
        (Some(i), true) => (i + 1) % n,
        (Some(i), false) => (i + n - 1) % n,
    };
    markers.get(next)
}

#[cfg(test)]
mod tests;

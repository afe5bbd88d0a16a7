//! The third wasm module's API (`--features timeline`, `www/pkg/coalition_timeline.js`, fetched
//! after the map's first paint): the `Timeline` handle, which draws the timeline (skipped when the
//! picture would not change), hit-tests it, steps through its items, moves its time window (zoom,
//! pan, reset, with the gesture previews) and answers its legend's clicks.
//!
//! It owns no view. The first module's `ViewState` stays the one source of truth: before each draw
//! or gesture the page hands this handle that view as its query string (`setView`), and what a
//! gesture here changes (a window, an item to select, a kind filter) goes back to the page, which
//! applies it to the first module (`www/coalition.js` routes the `"timeline"` calls). The dataset
//! comes as the first module's `pack()` bytes, so it is downloaded once, brought ones included.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

use super::cache::{PlanCache, TimelineKey};
use super::canvas::CanvasBackend;
use super::convert::to_js;
use super::paint::paint;
use super::surface::{backing, context, sized};
use crate::api_types::{LegendToggle, Point, TimelineHit};
use crate::dataset::Index;
use crate::draw::scene;
use crate::draw::timeline::{self, LegendKey, Marker, Plan, TimeWindow, TimelineView};
use crate::palette::Theme;
use crate::query;
use crate::view::ViewState;

/// The timeline of one viewer (each embed holds its own): the dataset it draws, the view last
/// handed over, and what the last drawing left for hit-tests and gestures.
#[wasm_bindgen]
pub struct Timeline {
    /// Shared with the cached layout, which borrows it ([`PlanCache`]).
    ix: Rc<Index>,
    /// The first module's view as last handed over, with the window kept exact (see `set_view`).
    view: ViewState,
    theme: Theme,
    /// The country hovered on the map (or stood on by its arrow keys): its rows are lifted.
    hovered: Option<String>,
    /// Where the last drawn timeline put its markers (CSS px), for hit-testing.
    markers: Vec<Marker>,
    /// What the timeline was last drawn for: a redraw with the same key is skipped.
    drawn: Option<TimelineKey>,
    /// The last layout, kept across redraws that only repaint it (zoom, pan and the legend read
    /// it too, from `&self` methods).
    plan: RefCell<Option<PlanCache>>,
    /// The last drawn width (CSS px), for zoom, pan and legend clicks.
    width: f64,
    /// The window the timeline was last drawn with, for gesture previews.
    window_drawn: Option<TimeWindow>,
    /// The window as the last gesture here left it, in fractional days: the URL (and so the
    /// query string handed back) rounds it outwards to whole days, and a drag of a few pixels
    /// moves it less than a day.
    exact: Option<TimeWindow>,
    /// Bumped when the dataset is replaced, so the next draw is not skipped.
    generation: u64,
}

/// The result types are the first module's (generated from the Rust types: `web::types`).
#[cfg(not(feature = "page"))]
#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
import type { TimelineHit, Point } from './coalition_map.js';
"#;

/// The dataset from the first module's `pack()`: decoded, not validated again (the embedded one
/// is checked at build time, a brought one by the tools module before the first module took it).
fn decoded(pack: &[u8]) -> Result<Rc<Index>, JsError> {
    crate::pack::decode(pack)
        .map(|d| Rc::new(Index::trusted(d)))
        .map_err(|e| JsError::new(&format!("could not read the dataset: {e}")))
}

#[wasm_bindgen]
impl Timeline {
    /// A timeline of the dataset in `pack` (the first module's `pack()`).
    #[wasm_bindgen(constructor)]
    pub fn new(pack: &[u8]) -> Result<Timeline, JsError> {
        Ok(Timeline {
            ix: decoded(pack)?,
            view: ViewState::default(),
            theme: Theme::LIGHT,
            hovered: None,
            markers: Vec::new(),
            drawn: None,
            plan: RefCell::new(None),
            width: 0.0,
            window_drawn: None,
            exact: None,
            generation: 0,
        })
    }

    /// Replaces the dataset (the first module's `pack()` after it loaded another). A pack that
    /// does not decode leaves the current one and says why.
    pub fn load(&mut self, pack: &[u8]) -> Result<(), JsError> {
        let ix = decoded(pack)?;
        // The cached layout holds the old dataset alive until it is dropped here.
        *self.plan.get_mut() = None;
        self.ix = ix;
        self.markers.clear();
        self.drawn = None;
        self.window_drawn = None;
        self.exact = None;
        self.generation += 1;
        Ok(())
    }

    /// The view to draw and answer for: the first module's `query()`, its theme ("light" or
    /// "dark") and the country hovered on the map (`null`: none).
    #[wasm_bindgen(js_name = setView)]
    pub fn set_view(
        &mut self,
        query: &str,
        theme: &str,
        hovered: Option<String>,
    ) -> Result<(), JsError> {
        self.theme = Theme::parse(theme).ok_or_else(|| {
            JsError::new(&format!("unknown theme {theme:?}: expected light or dark"))
        })?;
        let (mut view, _) = ViewState::from_query(query, &self.ix);
        // A window the query gives as this handle's last gesture left it, rounded, is that one.
        match (view.window, self.exact) {
            (Some(w), Some(exact)) if w.to_string() == exact.to_string() => {
                view.window = Some(exact);
            }
            _ => self.exact = view.window,
        }
        self.view = view;
        self.hovered = hovered;
        Ok(())
    }

    /// Draws the timeline into `canvas` at `css_width` CSS px wide and the height its rows need
    /// (returned, in CSS px), at device-pixel ratio `dpr`.
    pub fn draw(
        &mut self,
        canvas: &HtmlCanvasElement,
        css_width: f64,
        dpr: f64,
    ) -> Result<f64, JsError> {
        let mut view = scene::timeline_view(&self.view, self.theme);
        // A country hovered on the map lifts its rows (if it has any), as its selection would.
        let hovered = self
            .hovered
            .as_deref()
            .filter(|id| timeline::involves(&self.ix, id));
        if hovered.is_some() {
            view.actor = hovered;
        }
        // The layout for the width the canvas will have in device pixels (so the drawing and
        // the canvas's height come from one layout), kept across redraws that only repaint it.
        let (backing_width, scale) = backing(css_width, dpr);
        let drawn_width = f64::from(backing_width) / scale;
        let plan = PlanCache::get(self.plan.get_mut(), &self.ix, &view, drawn_width);
        let (w, h, scale) = sized(canvas, drawn_width, plan.height(), dpr);
        self.width = drawn_width;
        let actor = view.actor;
        let key = TimelineKey {
            canvas: JsValue::from(canvas),
            width: w,
            height: h,
            scale,
            date: self.view.date,
            item: self.view.item.clone(),
            emphasis: actor.map(|a| timeline::involves(&self.ix, a).then(|| a.to_string())),
            theme: self.theme,
            dataset: self.generation,
            mode: self.view.timeline,
            window: self.view.window.map(|w| (w.from.to_bits(), w.to.to_bits())),
            kinds: view.kinds,
        };
        if self.drawn.as_ref() == Some(&key) {
            return Ok(f64::from(h) / scale);
        }
        let mut backend = CanvasBackend::new(context(canvas)?, w, h);
        self.markers = paint(&mut backend, |a| timeline::draw_plan(a, plan, &view, scale))?;
        self.drawn = Some(key);
        self.window_drawn = self.view.window.or_else(|| TimeWindow::initial(&self.ix));
        Ok(f64::from(h) / scale)
    }

    /// What is under (x, y) CSS px on the last drawn timeline: on `"timeline"` the item
    /// (`TimelineHit`; on a stack holding the selected item, the stack's next, so clicks there
    /// select each in turn); on `"timeline-legend"` the kind entry and the filter a click there
    /// makes (`LegendToggle`: the page applies it to the first module). `undefined` when nothing
    /// is there.
    #[wasm_bindgen(js_name = pointAt, unchecked_return_type = "any")]
    pub fn point_at(&self, target: &str, x: f64, y: f64) -> Result<JsValue, JsError> {
        match target {
            "timeline" => {
                let current = self.view.item.as_deref();
                match timeline::hit_next(&self.markers, x, y, timeline::HIT_RADIUS, current) {
                    Some(m) => self.hit_of(m),
                    None => Ok(JsValue::UNDEFINED),
                }
            }
            "timeline-legend" => match self.legend_at(x, y) {
                Some(t) => to_js(&t),
                None => Ok(JsValue::UNDEFINED),
            },
            _ => Err(JsError::new(&format!(
                "unknown target {target:?}: expected \"timeline\" or \"timeline-legend\""
            ))),
        }
    }

    /// The item a marker key (`pledge:fra-air-strikes`) or an id names, as `pointAt` gives it
    /// (its marker's day and actor: what a click there selects), or `undefined`.
    #[wasm_bindgen(unchecked_return_type = "TimelineHit | undefined")]
    pub fn item(&self, key: &str) -> Result<JsValue, JsError> {
        match self.marker(key) {
            Some(m) => self.hit_of(m),
            None => Ok(JsValue::UNDEFINED),
        }
    }

    /// Moves the time window: `"zoom"` by factor `a` (> 1 zooms in) about `b` CSS px (the day
    /// under it stays put), `"pan"` by `a` CSS px (positive shows earlier days), `"reset"` (the
    /// dataset's whole span). Returns `undefined` when the window did not change, else the view's
    /// new `window` for the page to apply to the first module: `FROM..TO`, or `null` for the first
    /// view's days (no window in the URL).
    #[wasm_bindgen(unchecked_return_type = "string | null | undefined")]
    pub fn camera(&mut self, op: &str, a: Option<f64>, b: Option<f64>) -> Result<JsValue, JsError> {
        let (a, b) = (a.unwrap_or(0.0), b.unwrap_or(0.0));
        let changed = match op {
            "zoom" => self.move_window(|w, area, full| w.zoom(a, b, area, full)),
            "pan" => self.move_window(|w, area, full| w.pan(a, area, full)),
            "reset" => self.reset(),
            _ => {
                return Err(JsError::new(&format!(
                    "unknown camera operation {op:?}: expected \"zoom\", \"pan\" or \"reset\""
                )))
            }
        };
        self.exact = self.view.window;
        Ok(match (changed, self.view.window) {
            (false, _) => JsValue::UNDEFINED,
            (true, Some(w)) => JsValue::from(w.to_string()),
            (true, None) => JsValue::NULL,
        })
    }

    /// During an axis gesture, how the timeline last drawn maps onto the window now:
    /// `[left, top, right, bottom, k, tx]` — the chart's box (CSS px) and `x' = k·x + tx` inside
    /// it — for the page to move the last picture each frame and draw anew when the gesture pauses.
    /// `undefined` before the first draw.
    pub fn preview(&self) -> Option<Vec<f64>> {
        let initial = TimeWindow::initial(&self.ix)?;
        let drawn = self.window_drawn?;
        let now = self.view.window.unwrap_or(initial);
        let mut view = scene::timeline_view(&self.view, self.theme);
        view.window = Some(drawn);
        let (left, top, right, bottom) = self.with_plan(&view, |p| p.chart_box())?;
        let area = (left, right);
        // Two days' positions under each window fix the scale and shift.
        let (d0, d1) = (drawn.from, drawn.to.max(drawn.from + 1.0));
        let (a0, a1) = (drawn.x_of(d0, area), drawn.x_of(d1, area));
        let (b0, b1) = (now.x_of(d0, area), now.x_of(d1, area));
        let k = if (a1 - a0).abs() > 1e-9 {
            (b1 - b0) / (a1 - a0)
        } else {
            1.0
        };
        Some(vec![left, top, right, bottom, k, b0 - k * a0])
    }

    /// Where a timeline item (by key or id) was drawn: `{x, y}` CSS px on the timeline canvas.
    #[wasm_bindgen(unchecked_return_type = "Point | undefined")]
    pub fn locate(&self, key: &str) -> Result<JsValue, JsError> {
        match self.marker(key) {
            Some(m) => to_js(&Point { x: m.x, y: m.y }),
            None => Ok(JsValue::UNDEFINED),
        }
    }

    /// The key of the next (`"next"`) or previous (`"previous"`) item in time, then row order,
    /// from the view's item, round and round (→ and ← reach every item once per round); the page
    /// selects it through the first module. `undefined` when nothing is drawn.
    pub fn step(&self, direction: &str) -> Result<Option<String>, JsError> {
        let forward = match direction {
            "next" => true,
            "previous" => false,
            _ => {
                return Err(JsError::new(&format!(
                    "unknown direction {direction:?}: expected \"next\" or \"previous\""
                )))
            }
        };
        let current = self
            .view
            .item
            .as_deref()
            .and_then(|id| self.marker(id))
            .map(|m| m.key.clone());
        Ok(timeline::step(&self.markers, current.as_deref(), forward).map(|m| m.key.clone()))
    }
}

impl Timeline {
    /// Shows the dataset's whole span (no window in the URL when that is the first view's).
    fn reset(&mut self) -> bool {
        let full = TimeWindow::full(&self.ix);
        let next = full.filter(|f| Some(*f) != TimeWindow::initial(&self.ix));
        let changed = self.view.window != next;
        self.view.window = next;
        changed
    }

    /// The timeline's legend entry at (x, y): a pledge kind, with the view's kind filter as a
    /// click there makes it (`[]`: every kind shown) and whether that kind is then shown. Changes
    /// nothing: the page applies the filter to the first module through `setView`.
    fn legend_at(&self, x: f64, y: f64) -> Option<LegendToggle> {
        let view = scene::timeline_view(&self.view, self.theme);
        match self.with_plan(&view, |p| p.legend_at(x, y))? {
            LegendKey::Kind(k) => {
                let filter = view.kinds.toggle(k);
                let mut kinds: Vec<&'static str> = crate::model::PledgeKind::ALL
                    .into_iter()
                    .filter(|x| filter.shows(*x))
                    .map(|x| x.key())
                    .collect();
                if kinds.len() == crate::model::PledgeKind::ALL.len() {
                    kinds.clear();
                }
                Some(LegendToggle {
                    legend: k.key(),
                    label: k.label(),
                    shown: filter.shows(k),
                    kinds,
                })
            }
            _ => None,
        }
    }

    /// `f` of the layout for `view` at the last drawn width: the cached one when it fits (zoom,
    /// pan and legend clicks between redraws), else laid out and kept.
    fn with_plan<R>(&self, view: &TimelineView, f: impl FnOnce(&Plan) -> R) -> R {
        let mut slot = self.plan.borrow_mut();
        f(PlanCache::get(&mut slot, &self.ix, view, self.width))
    }

    /// The drawn marker with this key, or else the first with this id.
    fn marker(&self, key: &str) -> Option<&Marker> {
        self.markers
            .iter()
            .find(|m| m.key == key)
            .or_else(|| self.markers.iter().find(|m| m.id == key))
    }

    fn hit_of(&self, m: &Marker) -> Result<JsValue, JsError> {
        match query::timeline_item_by_key(&self.ix, &m.key) {
            // In the view's language: the hover, the item's heading and its announcement.
            Some(item) => to_js(&TimelineHit {
                item: crate::voice::item_in(self.view.lang, &self.ix, item),
                day: m.date.to_string(),
                actor: m.actor.as_deref(),
                stack: (m.stack > 1).then(|| {
                    // The stack's markers are consecutive: count back to its first.
                    let at = self
                        .markers
                        .iter()
                        .position(|o| std::ptr::eq(o, m))
                        .unwrap_or(0);
                    let first = self
                        .markers
                        .get(..at)
                        .unwrap_or(&[])
                        .iter()
                        .rev()
                        .take_while(|o| o.x == m.x && o.y == m.y && o.stack == m.stack)
                        .count();
                    [first + 1, m.stack]
                }),
            }),
            None => Ok(JsValue::UNDEFINED),
        }
    }

    /// Applies a change to the time window, computed on the last drawn layout.
    fn move_window(
        &mut self,
        change: impl FnOnce(TimeWindow, (f64, f64), TimeWindow) -> TimeWindow,
    ) -> bool {
        let Some(full) = TimeWindow::full(&self.ix) else {
            return false;
        };
        let view = scene::timeline_view(&self.view, self.theme);
        let Some(area) = self.with_plan(&view, |p| p.area()) else {
            return false;
        };
        let initial = TimeWindow::initial(&self.ix).unwrap_or(full);
        let now = self.view.window.unwrap_or(initial);
        let next = change(now, area, full);
        if !next.is_valid() || next == now {
            return false;
        }
        // The first view's days again are no window at all: the plain URL for the plain view.
        self.view.window = (next != initial).then_some(next);
        true
    }
}

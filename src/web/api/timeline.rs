//! The timeline half of the handle: drawing it (skipped when the picture would not change), its
//! hit-test, stepping and selecting items (which moves the view's date, and for a pledge selects
//! its actor), zooming and panning the time axis, the kind filter from its legend, and the SVG.

use wasm_bindgen::prelude::*;

use crate::view::ViewPatch;
use web_sys::HtmlCanvasElement;

use super::Coalition;
use crate::api_types::{LegendToggle, Point, TimelineHit};
use crate::draw::scene;
use crate::draw::timeline::{self, LegendKey, Marker, Plan, TimeWindow, TimelineView};
use crate::query;
use crate::web::cache::{PlanCache, TimelineKey};
use crate::web::canvas::CanvasBackend;
use crate::web::convert::to_js;
use crate::web::paint::paint;
use crate::web::surface::{backing, context, sized};

#[wasm_bindgen]
impl Coalition {
    /// Draws the pledge timeline into `canvas` at `css_width` CSS px wide and the height its rows
    /// need (returned, in CSS px), at device-pixel ratio `dpr`.
    #[wasm_bindgen(js_name = drawTimeline)]
    pub fn draw_timeline(
        &mut self,
        canvas: &HtmlCanvasElement,
        css_width: f64,
        dpr: f64,
    ) -> Result<f64, JsError> {
        let mut view = scene::timeline_view(&self.view, self.theme);
        // A country hovered on the map lifts its rows (if it has any), as its selection would.
        let hovered = self
            .hovered
            .and_then(|s| self.shapes.countries.get(s))
            .and_then(|c| c.id.as_deref())
            .filter(|id| timeline::involves(&self.ix, id));
        if hovered.is_some() {
            view.actor = hovered;
        }
        // The layout for the width the canvas will have in device pixels (so the drawing and
        // the canvas's height come from one layout), kept across redraws that only repaint it.
        let (backing_width, scale) = backing(css_width, dpr);
        let drawn_width = f64::from(backing_width) / scale;
        let plan = PlanCache::get(self.timeline_plan.get_mut(), &self.ix, &view, drawn_width);
        let (w, h, scale) = sized(canvas, drawn_width, plan.height(), dpr);
        self.timeline_width = drawn_width;
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
            dataset: self.dataset_generation,
            mode: self.view.timeline,
            window: self.view.window.map(|w| (w.from.to_bits(), w.to.to_bits())),
            kinds: view.kinds,
        };
        if self.timeline_drawn.as_ref() == Some(&key) {
            return Ok(f64::from(h) / scale);
        }
        let mut backend = CanvasBackend::new(context(canvas)?, w, h);
        self.markers = paint(&mut backend, |a| timeline::draw_plan(a, plan, &view, scale))?;
        self.timeline_drawn = Some(key);
        self.timeline_window_drawn = self.view.window.or_else(|| TimeWindow::initial(&self.ix));
        Ok(f64::from(h) / scale)
    }

    /// Selects a timeline item by marker key or id (`None` clears): the view moves to its day, the
    /// map outlines the actors involved, and a pledge selects its actor. Returns the day selected
    /// (`YYYY-MM-DD`) or `undefined`.
    #[wasm_bindgen(js_name = selectItem)]
    pub fn select_item(&mut self, key: Option<String>) -> Result<Option<String>, JsError> {
        let Some(key) = key.filter(|i| !i.is_empty()) else {
            self.apply(&ViewPatch {
                item: Some(None),
                ..ViewPatch::default()
            })?;
            return Ok(None);
        };
        let (id, date, actor) = match self.marker(&key) {
            Some(m) => (m.id.clone(), m.date, m.actor.clone()),
            None => {
                let item = query::timeline_item_by_key(&self.ix, &key)
                    .or_else(|| query::timeline_item(&self.ix, &key))
                    .ok_or_else(|| JsError::new(&format!("no timeline item {key:?}")))?;
                let date = item
                    .when
                    .map(|w| w.date)
                    .ok_or_else(|| JsError::new(&format!("timeline item {key:?} has no date")))?;
                let actor = (item.kind == "pledge")
                    .then(|| item.actors.first().map(|a| a.to_string()))
                    .flatten();
                (item.id.to_string(), date, actor)
            }
        };
        // A conference on the timeline opens the conference's own record.
        let actor = actor.or_else(|| {
            self.ix
                .data
                .events
                .iter()
                .find(|e| e.id == id)
                .and_then(|e| e.conference.clone())
        });
        // Through the view's one path, as a link's values are: a new item lets go of a
        // permalinked record, as a new selection does.
        self.apply(&ViewPatch {
            date: Some(Some(date.to_string())),
            item: Some(Some(id)),
            country: actor.map(Some),
            ..ViewPatch::default()
        })?;
        // Keep the chosen day in sight when the axis is zoomed, or when the first view's days
        // (the September story) do not reach it.
        if let (Some(full), Some(initial)) =
            (TimeWindow::full(&self.ix), TimeWindow::initial(&self.ix))
        {
            let w = self.view.window.unwrap_or(initial);
            let shown = w.reveal(date, full);
            if self.view.window.is_some() || shown != initial {
                self.view.window = Some(shown);
            }
        }
        Ok(Some(date.to_string()))
    }
}

/// The timeline's pointer, step, camera and legend queries, reached from JS through `input.rs`.
impl Coalition {
    /// The timeline item under (x, y) CSS px on the last drawn timeline, for its tooltip and a
    /// click: `{key, id, kind, category, title, summary, when, actors, sources, day, actor?,
    /// stack?}`. On a stack holding the selected item, the stack's next item (so clicks there
    /// select each in turn).
    pub(super) fn timeline_hit(&self, x: f64, y: f64) -> Result<JsValue, JsError> {
        let current = self.view.item.as_deref();
        match timeline::hit_next(&self.markers, x, y, timeline::HIT_RADIUS, current) {
            Some(m) => self.hit_of(m),
            None => Ok(JsValue::UNDEFINED),
        }
    }

    /// The item a marker key (`pledge:fra-air-strikes`) or an id names, as `timelineHit` gives it.
    pub(super) fn timeline_item(&self, key: &str) -> Result<JsValue, JsError> {
        match self.marker(key) {
            Some(m) => self.hit_of(m),
            None => Ok(JsValue::UNDEFINED),
        }
    }

    /// Steps to the next (`forward`) or previous item in time, then row order, wrapping round:
    /// → and ← reach every item exactly once. Selects it as `selectItem` does; returns its key.
    pub(super) fn step_item(&mut self, forward: bool) -> Result<Option<String>, JsError> {
        let current = self
            .view
            .item
            .as_deref()
            .and_then(|id| self.marker(id))
            .map(|m| m.key.clone());
        let Some(next) = timeline::step(&self.markers, current.as_deref(), forward) else {
            return Ok(None);
        };
        let key = next.key.clone();
        self.select_item(Some(key.clone()))?;
        Ok(Some(key))
    }

    /// Where a timeline item (by key or id) was drawn: `{x, y}` CSS px on the timeline canvas.
    pub(super) fn locate_item(&self, key: &str) -> Result<JsValue, JsError> {
        match self.marker(key) {
            Some(m) => to_js(&Point { x: m.x, y: m.y }),
            None => Ok(JsValue::UNDEFINED),
        }
    }

    /// Zooms the time axis by `factor` (> 1 zooms in) about `x` CSS px on the timeline canvas
    /// (the day under it stays put). Returns whether the window changed.
    pub(super) fn zoom_timeline(&mut self, factor: f64, x: f64) -> bool {
        self.move_window(|w, area, full| w.zoom(factor, x, area, full))
    }

    /// Pans the time axis by `dx` CSS px (positive: the days move right, showing earlier ones).
    pub(super) fn pan_timeline(&mut self, dx: f64) -> bool {
        self.move_window(|w, area, full| w.pan(dx, area, full))
    }

    /// During an axis gesture, how the timeline last drawn maps onto the window now:
    /// `[left, top, right, bottom, k, tx]` — the chart's box (CSS px) and `x' = k·x + tx` inside
    /// it — for the page to move the last picture each frame and draw anew when the gesture pauses.
    pub(super) fn timeline_preview(&self) -> Option<Vec<f64>> {
        let initial = TimeWindow::initial(&self.ix)?;
        let drawn = self.timeline_window_drawn?;
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

    /// Shows the dataset's whole span (no window in the URL when that is the first view's).
    pub(super) fn reset_timeline(&mut self) -> bool {
        let full = TimeWindow::full(&self.ix);
        let next = full.filter(|f| Some(*f) != TimeWindow::initial(&self.ix));
        let changed = self.view.window != next;
        self.view.window = next;
        changed
    }

    /// The timeline's legend entry at (x, y): a pledge kind, with the view's kind filter as a
    /// click there makes it (`[]`: every kind shown) and whether that kind is then shown. Changes
    /// nothing: the page applies the filter through `setView`, the one path of a change.
    pub(super) fn timeline_legend_at(&self, x: f64, y: f64) -> Option<LegendToggle> {
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

    /// `f` of the timeline's layout for `view` at its last drawn width: the cached one when it
    /// fits (zoom, pan and legend clicks between redraws), else laid out and kept.
    fn with_plan<R>(&self, view: &TimelineView, f: impl FnOnce(&Plan) -> R) -> R {
        let mut slot = self.timeline_plan.borrow_mut();
        f(PlanCache::get(
            &mut slot,
            &self.ix,
            view,
            self.timeline_width,
        ))
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
            Some(mut item) => to_js(&TimelineHit {
                item: {
                    let l = self.view.lang;
                    item.title = crate::voice::item_title(l, &item);
                    item.category = crate::voice::item_category(l, &self.ix, &item);
                    item
                },
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

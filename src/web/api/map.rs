//! The map half of the handle: drawing onto the page's canvas (with the cached base layer), the
//! hover and click hit-test, where to find a country, and the SVG export.

use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

use super::Coalition;
use crate::api_types::{Hover, Point};
use crate::draw::{map, scene};
use crate::geo::{Direction, Viewport};
use crate::query;
use crate::web::cache::{BaseCache, BaseKey};
use crate::web::canvas::CanvasBackend;
use crate::web::convert::to_js;
use crate::web::paint::paint;
use crate::web::surface::{context, detached_canvas, sized};

#[wasm_bindgen]
impl Coalition {
    /// Draws the map into `canvas`, `css_width` × `css_height` CSS px, at device-pixel ratio `dpr`,
    /// in the view's framing. No legend inside it: the page shows its legend once, under the map
    /// (the status buttons with their counts); the exports draw theirs (`scene::map_svg`).
    /// Re-projects only when the size or framing changed. Returns the canvas's total CSS height.
    #[wasm_bindgen(js_name = drawMap)]
    pub fn draw_map(
        &mut self,
        canvas: &HtmlCanvasElement,
        css_width: f64,
        css_height: f64,
        dpr: f64,
    ) -> Result<f64, JsError> {
        let framing = self.view.framing;
        let (w, h, scale) = sized(canvas, css_width, css_height, dpr);
        let (css_w, css_h) = (f64::from(w) / scale, f64::from(h) / scale);
        let viewport = scene::page_viewport(css_w, css_h, framing, self.view.camera);
        if self.map.as_ref().is_none_or(|m| m.viewport != viewport) {
            // The old projection goes before the new one is made: both alive at once (every
            // frame of a zoom) set the heap's high-water mark, and the wasm memory never shrinks.
            self.map = None;
            self.map = Some(scene::project(&self.ix, &self.shapes, viewport));
        }
        let Some(pm) = self.map.as_ref() else {
            return Err(JsError::new("map projection failed"));
        };
        let mut view = scene::map_view(
            &self.ix,
            &self.shapes,
            &self.view,
            self.hovered,
            self.theme,
            None,
        );
        if let Some(status) = self.legend_hover {
            // The legend entry under the pointer or focus outlines its countries (the overlay only).
            view.highlighted = (0..view.fills.len())
                .filter(|&i| view.fills.get(i).copied().flatten() == Some(status))
                .collect();
        }
        let key = BaseKey {
            width: w,
            height: h,
            viewport,
            date: self.view.date,
            theme: self.theme,
            dataset: self.dataset_generation,
        };
        let cached = self.base.as_ref().and_then(|b| b.key.as_ref()) == Some(&key);
        let ctx = context(canvas)?;
        if !cached && self.drawn_direct.as_ref() != Some(&key) {
            // A base not drawn before (first paint, a date step): straight onto the canvas. Drawing
            // it into the cache instead would make the browser rasterise it there at once to copy
            // it (~10 ms on first paint) — worth it only when the same base is drawn again.
            let mut backend = CanvasBackend::new(ctx, w, h);
            paint(&mut backend, |a| map::draw_map(a, pm, &view, scale))?;
            self.drawn_direct = Some(key);
            return Ok(css_h);
        }
        if !cached {
            // The same base a second time (a hover, a click): cache it, so from now on only the
            // overlay is drawn.
            let base = match self.base.take() {
                Some(b) => b.canvas,
                None => detached_canvas()?,
            };
            base.set_width(w);
            base.set_height(h);
            let mut backend = CanvasBackend::new(context(&base)?, w, h);
            paint(&mut backend, |a| map::draw_base(a, pm, &view, scale))?;
            self.base = Some(BaseCache {
                canvas: base,
                key: Some(key),
            });
        }
        if let Some(base) = &self.base {
            ctx.draw_image_with_html_canvas_element(&base.canvas, 0.0, 0.0)
                .map_err(|_| JsError::new("could not copy the cached map"))?;
        }
        let mut backend = CanvasBackend::new(ctx, w, h);
        paint(&mut backend, |a| map::draw_overlay(a, pm, &view, scale))?;
        Ok(css_h)
    }
}

/// The map's pointer, camera and keyboard queries, reached from JS through `input.rs`'s few
/// exports (`pointAt`, `camera`, `preview`, `locate`, `step`, `hover`).
impl Coalition {
    /// Sets the hovered country (by code; `None` clears). Returns whether it changed.
    pub(super) fn hover_country(&mut self, code: Option<String>) -> bool {
        let next = code
            .as_deref()
            .and_then(|c| scene::shape_of(&self.shapes, c));
        let changed = next != self.hovered;
        self.hovered = next;
        changed
    }

    /// What is under (x, y) on the map, for the hover tooltip: `{code, name, status}` (code and
    /// status absent for territories without a role), or `undefined` over the sea.
    pub(super) fn describe(&self, x: f64, y: f64) -> Result<JsValue, JsError> {
        let Some(shape) = self
            .map
            .as_ref()
            .and_then(|m| m.hit(x, y))
            .and_then(|s| self.shapes.countries.get(s))
        else {
            return Ok(JsValue::UNDEFINED);
        };
        let code = shape.id.clone();
        let actor = code.as_deref().and_then(|c| self.ix.actor(c));
        to_js(&Hover {
            name: actor.map_or_else(|| shape.name.clone(), |a| a.name.clone()),
            status: code
                .as_deref()
                .and_then(|c| query::primary_status(&self.ix, c, self.view.date))
                .map(query::Status::label),
            code,
        })
    }

    /// Where to click to hit a country on the last drawn map: `{x, y}` in CSS px, or `undefined`.
    pub(super) fn locate_country(&self, code: &str) -> Result<JsValue, JsError> {
        let id = self.ix.find_actor(code).map_or(code, |a| a.id.as_str());
        let point = scene::shape_of(&self.shapes, id)
            .and_then(|s| self.map.as_ref()?.locate(s))
            .map(|(x, y)| Point { x, y });
        match point {
            Some(p) => to_js(&p),
            None => Ok(JsValue::UNDEFINED),
        }
    }

    /// Outlines the countries with this status (a legend entry hovered or focused; `None` clears).
    /// Returns whether that changed.
    pub(super) fn highlight_status(&mut self, key: Option<String>) -> bool {
        let next = key.and_then(|k| k.parse::<crate::query::Status>().ok());
        let changed = next != self.legend_hover;
        self.legend_hover = next;
        changed
    }

    /// Zooms the map by `factor` (> 1 zooms in) about (x, y) CSS px: the place under that point
    /// stays put. Returns whether the view changed.
    pub(super) fn zoom_map(&mut self, factor: f64, x: f64, y: f64) -> bool {
        self.move_camera(|vp| Some(vp.zoom_at(factor, x, y)))
    }

    /// Pans the map by (dx, dy) CSS px (the map follows the pointer).
    pub(super) fn pan_map(&mut self, dx: f64, dy: f64) -> bool {
        self.move_camera(|vp| Some(vp.pan_by(dx, dy)))
    }

    /// During a zoom or pan gesture, how the map last drawn maps onto the view now: `[k, tx, ty]`
    /// (CSS px, `x' = k·x + tx`), for the page to move the last picture each frame and draw the
    /// map anew only when the gesture pauses. `undefined` before the first draw.
    pub(super) fn map_preview(&self) -> Option<Vec<f64>> {
        let drawn = self.map.as_ref()?.viewport;
        let (k, tx, ty) = drawn.screen_transform(&drawn.with_camera(self.view.camera));
        Some(vec![k, tx, ty])
    }

    /// Back to the framing as it is (no zoom, no pan).
    pub(super) fn reset_map(&mut self) -> bool {
        self.view.camera.take().is_some()
    }

    /// Zooms to the selected country (from search, the table, the timeline or a link); a country
    /// already in good view, or an organisation, leaves the map as it is.
    pub(super) fn zoom_to_selection(&mut self) -> bool {
        let Some(shape) = self
            .view
            .country
            .as_deref()
            .and_then(|c| scene::shape_of(&self.shapes, c))
            .and_then(|i| self.shapes.countries.get(i))
        else {
            return false;
        };
        // One country's outline, copied so the camera can change while it is read.
        let rings = shape.rings.clone();
        // Zoom in only: a country that already fills the view keeps the reader's place.
        self.move_camera(|vp| vp.fit(&rings).filter(|f| f.zoom > vp.camera().zoom * 1.2))
    }

    /// Moves the keyboard focus on the map from the hovered (or selected) country to the nearest
    /// country with a role in `direction` ("up", "down", "left", "right"); hovers it and returns
    /// its code.
    pub(super) fn map_step(&mut self, direction: &str) -> Option<String> {
        let dir = match direction {
            "up" => Direction::Up,
            "down" => Direction::Down,
            "left" => Direction::Left,
            "right" => Direction::Right,
            _ => return None,
        };
        let from = self.hovered.or_else(|| {
            self.view
                .country
                .as_deref()
                .and_then(|c| scene::shape_of(&self.shapes, c))
        });
        let next = self.map.as_ref()?.step(from, dir)?;
        self.hovered = Some(next);
        self.shapes.countries.get(next).and_then(|c| c.id.clone())
    }
}

impl Coalition {
    /// Applies a change of camera computed on the last drawn viewport; the framing as it is (zoom
    /// 1, no pan) is no camera at all, so the plain view keeps a plain URL.
    fn move_camera(
        &mut self,
        change: impl FnOnce(&Viewport) -> Option<crate::geo::Camera>,
    ) -> bool {
        // From the view's camera now, not the one last drawn: several moves can come within one
        // frame (a pinch zooms and pans; wheel events arrive faster than frames).
        let Some(vp) = self
            .map
            .as_ref()
            .map(|m| m.viewport.with_camera(self.view.camera))
        else {
            return false;
        };
        let Some(next) = change(&vp) else {
            return false;
        };
        let applied = vp.with_camera(Some(next)).camera_applied();
        if applied == self.view.camera {
            return false;
        }
        self.view.camera = applied;
        true
    }
}

//! The timeline half of the handle: drawing it (skipped when the picture would not change), its
//! hit-test, selecting an item (which moves the view's date), and its SVG export.

use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

use super::Coalition;
use crate::draw::{scene, timeline};
use crate::web::cache::TimelineKey;
use crate::web::canvas::CanvasBackend;
use crate::web::convert::{to_js, Point};
use crate::web::paint::paint;
use crate::web::surface::{context, sized};

#[wasm_bindgen]
impl Coalition {
    /// Draws the pledge timeline into `canvas` at `css_width` CSS px wide and the height its lanes
    /// need (returned, in CSS px), at device-pixel ratio `dpr`.
    #[wasm_bindgen(js_name = drawTimeline)]
    pub fn draw_timeline(
        &mut self,
        canvas: &HtmlCanvasElement,
        css_width: f64,
        dpr: f64,
    ) -> Result<f64, JsError> {
        let height = timeline::natural_height(&self.ix, css_width);
        let (w, h, scale) = sized(canvas, css_width, height, dpr);
        let actor = self.view.country.as_deref();
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
        };
        if self.timeline_drawn.as_ref() == Some(&key) {
            return Ok(f64::from(h) / scale);
        }
        let view = scene::timeline_view(&self.view, self.theme);
        let mut backend = CanvasBackend::new(context(canvas)?, w, h);
        self.markers = paint(&mut backend, |a| {
            timeline::draw_timeline(a, &self.ix, &view, scale)
        })?;
        self.timeline_drawn = Some(key);
        Ok(f64::from(h) / scale)
    }

    /// The timeline item under (x, y) CSS px on the last drawn timeline, for its tooltip:
    /// `{id, kind, category, title, summary, when, actors, sources}`, or `undefined`.
    #[wasm_bindgen(js_name = timelineHit)]
    #[wasm_bindgen(unchecked_return_type = "TimelineItem | undefined")]
    pub fn timeline_hit(&self, x: f64, y: f64) -> Result<JsValue, JsError> {
        match timeline::hit(&self.markers, x, y, 10.0)
            .and_then(|m| crate::query::timeline_item(&self.ix, &m.id))
        {
            Some(item) => to_js(&item),
            None => Ok(JsValue::UNDEFINED),
        }
    }

    /// Selects a timeline item by id (`None` clears): the view moves to its date and the map
    /// outlines the actors involved. Returns the date selected (`YYYY-MM-DD`) or `undefined`.
    #[wasm_bindgen(js_name = selectItem)]
    pub fn select_item(&mut self, id: Option<String>) -> Result<Option<String>, JsError> {
        let Some(id) = id.filter(|i| !i.is_empty()) else {
            self.view.item = None;
            return Ok(None);
        };
        let date = match self.markers.iter().find(|m| m.id == id) {
            Some(m) => m.date,
            None => crate::query::timeline_item(&self.ix, &id)
                .and_then(|i| i.when.map(|w| w.date))
                .ok_or_else(|| JsError::new(&format!("no timeline item {id:?}")))?,
        };
        self.view.date = Some(date);
        self.view.item = Some(id);
        Ok(Some(date.to_string()))
    }

    /// Where a timeline item was drawn: `{x, y}` CSS px relative to the timeline canvas.
    #[wasm_bindgen(js_name = locateItem)]
    #[wasm_bindgen(unchecked_return_type = "Point | undefined")]
    pub fn locate_item(&self, id: &str) -> Result<JsValue, JsError> {
        match self.markers.iter().find(|m| m.id == id) {
            Some(m) => to_js(&Point { x: m.x, y: m.y }),
            None => Ok(JsValue::UNDEFINED),
        }
    }

    /// The timeline's items in drawing order, for keyboard stepping and tests.
    #[wasm_bindgen(js_name = timelineItems)]
    #[wasm_bindgen(unchecked_return_type = "Marker[]")]
    pub fn timeline_items(&self) -> Result<JsValue, JsError> {
        to_js(&self.markers)
    }

    /// The current timeline as an SVG document.
    #[wasm_bindgen(js_name = timelineSvg)]
    pub fn timeline_svg(&self, width: u32) -> Result<String, JsError> {
        scene::timeline_svg(
            &self.ix,
            &self.view,
            self.theme,
            width.clamp(200, 8000),
            None,
        )
        .map_err(|e| JsError::new(&e.to_string()))
    }
}

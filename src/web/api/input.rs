//! What the reader's pointer and keys ask of the two canvases, in six exports: what is under a
//! point, moving a camera (the map's zoom and pan, the timeline's window), the gesture previews,
//! where to find a country or an item, keyboard steps, and hover. Each names its canvas by a
//! `target` string, so the handle stays small (the map's and the timeline's own halves hold
//! the work: `map.rs`, `timeline.rs`).

use wasm_bindgen::prelude::*;

use super::Coalition;
use crate::web::convert::to_js;

/// A target or operation the handle does not know: a sentence naming what it expects.
fn unknown(what: &str, value: &str, expected: &str) -> JsError {
    JsError::new(&format!("unknown {what} {value:?}: expected {expected}"))
}

#[wasm_bindgen]
impl Coalition {
    /// What is under (x, y) CSS px on the last drawn canvas: on `"map"` the country for the
    /// tooltip and a click (`{code, name, status}`: code absent for a shape with no record);
    /// on `"timeline"` the item (`TimelineHit`: on a stack holding the selected item, the stack's
    /// next, so clicks there select each in turn); on `"timeline-legend"` the kind entry and the
    /// filter a click there makes. `undefined` when nothing is there.
    #[wasm_bindgen(js_name = pointAt)]
    #[wasm_bindgen(unchecked_return_type = "any")]
    pub fn point_at(&self, target: &str, x: f64, y: f64) -> Result<JsValue, JsError> {
        match target {
            "map" => self.describe(x, y),
            "timeline" => self.timeline_hit(x, y),
            "timeline-legend" => match self.timeline_legend_at(x, y) {
                Some(t) => to_js(&t),
                None => Ok(JsValue::UNDEFINED),
            },
            _ => Err(unknown(
                "target",
                target,
                "\"map\", \"timeline\" or \"timeline-legend\"",
            )),
        }
    }

    /// Moves a canvas's camera; returns whether the view changed. On `"map"`: `"zoom"` by
    /// factor `a` (> 1 zooms in) about (`b`, `c`) CSS px, `"pan"` by (`a`, `b`) CSS px,
    /// `"reset"` (the framing as it is), `"fit"` (zoom to a small selected country). On
    /// `"timeline"`: `"zoom"` by `a` about `b`, `"pan"` by `a` CSS px (positive shows earlier
    /// days), `"reset"` (the dataset's whole span).
    pub fn camera(
        &mut self,
        target: &str,
        op: &str,
        a: Option<f64>,
        b: Option<f64>,
        c: Option<f64>,
    ) -> Result<bool, JsError> {
        let (a, b, c) = (a.unwrap_or(0.0), b.unwrap_or(0.0), c.unwrap_or(0.0));
        match (target, op) {
            ("map", "zoom") => Ok(self.zoom_map(a, b, c)),
            ("map", "pan") => Ok(self.pan_map(a, b)),
            ("map", "reset") => Ok(self.reset_map()),
            ("map", "fit") => Ok(self.zoom_to_selection()),
            ("timeline", "zoom") => Ok(self.zoom_timeline(a, b)),
            ("timeline", "pan") => Ok(self.pan_timeline(a)),
            ("timeline", "reset") => Ok(self.reset_timeline()),
            ("map" | "timeline", _) => Err(unknown(
                "camera operation",
                op,
                "\"zoom\", \"pan\", \"reset\" or (on the map) \"fit\"",
            )),
            _ => Err(unknown("target", target, "\"map\" or \"timeline\"")),
        }
    }

    /// During a gesture, how the canvas last drawn maps onto the view now, for the page to move
    /// the last picture each frame and draw anew when the gesture pauses: on `"map"` `[k, tx, ty]`
    /// (`x' = k·x + tx`), on `"timeline"` `[left, top, right, bottom, k, tx]` (the chart's box
    /// and the shift inside it). `undefined` before the first draw.
    pub fn preview(&self, target: &str) -> Result<Option<Vec<f64>>, JsError> {
        match target {
            "map" => Ok(self.map_preview()),
            "timeline" => Ok(self.timeline_preview()),
            _ => Err(unknown("target", target, "\"map\" or \"timeline\"")),
        }
    }

    /// Where to click to reach something on the last drawn canvas, `{x, y}` CSS px: on `"map"` a
    /// country by code, name or alias; on `"timeline"` an item by marker key or id.
    #[wasm_bindgen(unchecked_return_type = "Point | undefined")]
    pub fn locate(&self, target: &str, key: &str) -> Result<JsValue, JsError> {
        match target {
            "map" => self.locate_country(key),
            "timeline" => self.locate_item(key),
            _ => Err(unknown("target", target, "\"map\" or \"timeline\"")),
        }
    }

    /// A keyboard step. On `"map"`, `direction` "up", "down", "left" or "right": the focus moves
    /// from the hovered (or selected) country to the nearest with a role that way, hovered; its
    /// code is returned. On `"timeline"`, "next" or "previous": the next or previous item in time
    /// (then row order, round and round: every item once per round), selected as `selectItem`
    /// does; its key is returned.
    pub fn step(&mut self, target: &str, direction: &str) -> Result<Option<String>, JsError> {
        match (target, direction) {
            ("map", _) => Ok(self.map_step(direction)),
            ("timeline", "next") => self.step_item(true),
            ("timeline", "previous") => self.step_item(false),
            ("timeline", _) => Err(unknown("direction", direction, "\"next\" or \"previous\"")),
            _ => Err(unknown("target", target, "\"map\" or \"timeline\"")),
        }
    }

    /// What the pointer or the keyboard focus is on, outlined on the map: on `"map"` a country by
    /// code, on `"legend"` a status's countries (its legend entry hovered or focused); `null`
    /// clears. Returns whether that changed (the page then redraws).
    pub fn hover(&mut self, target: &str, key: Option<String>) -> Result<bool, JsError> {
        match target {
            "map" => Ok(self.hover_country(key)),
            "legend" => Ok(self.highlight_status(key)),
            _ => Err(unknown("target", target, "\"map\" or \"legend\"")),
        }
    }
}

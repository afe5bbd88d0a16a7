//! What the reader's pointer and keys ask of the map, in six exports: what is under a point, moving
//! its camera, the gesture preview, where to find a country, keyboard steps, and hover. Each names
//! its canvas by a `target` string, so the handle stays small (`map.rs` holds the work). The
//! timeline's answers to the same calls are the third module's `Timeline` handle's: the page's
//! `Coalition` (www/coalition.js) routes the `"timeline"` targets there.

use wasm_bindgen::prelude::*;

use super::Coalition;

/// A target or operation the handle does not know: a sentence naming what it expects.
fn unknown(what: &str, value: &str, expected: &str) -> JsError {
    JsError::new(&format!("unknown {what} {value:?}: expected {expected}"))
}

#[wasm_bindgen]
impl Coalition {
    /// What is under (x, y) CSS px on the last drawn map: the country for the tooltip and a
    /// click (`{code, name, status}`: code absent for a shape with no record), or `undefined`.
    #[wasm_bindgen(js_name = pointAt)]
    #[wasm_bindgen(unchecked_return_type = "any")]
    pub fn point_at(&self, target: &str, x: f64, y: f64) -> Result<JsValue, JsError> {
        match target {
            "map" => self.describe(x, y),
            _ => Err(unknown("target", target, "\"map\"")),
        }
    }

    /// Moves the map's camera; returns whether the view changed: `"zoom"` by factor `a` (> 1
    /// zooms in) about (`b`, `c`) CSS px, `"pan"` by (`a`, `b`) CSS px, `"reset"` (the framing as
    /// it is), `"fit"` (zoom to a small selected country).
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
            ("map", _) => Err(unknown(
                "camera operation",
                op,
                "\"zoom\", \"pan\", \"reset\" or \"fit\"",
            )),
            _ => Err(unknown("target", target, "\"map\"")),
        }
    }

    /// During a gesture, how the map last drawn maps onto the view now, for the page to move the
    /// last picture each frame and draw anew when the gesture pauses: `[k, tx, ty]` (`x' = k·x +
    /// tx`). `undefined` before the first draw.
    pub fn preview(&self, target: &str) -> Result<Option<Vec<f64>>, JsError> {
        match target {
            "map" => Ok(self.map_preview()),
            _ => Err(unknown("target", target, "\"map\"")),
        }
    }

    /// Where to click to reach a country (by code, name or alias) on the last drawn map, `{x, y}`
    /// CSS px.
    #[wasm_bindgen(unchecked_return_type = "Point | undefined")]
    pub fn locate(&self, target: &str, key: &str) -> Result<JsValue, JsError> {
        match target {
            "map" => self.locate_country(key),
            _ => Err(unknown("target", target, "\"map\"")),
        }
    }

    /// A keyboard step on the map, `direction` "up", "down", "left" or "right": the focus moves
    /// from the hovered (or selected) country to the nearest with a role that way, hovered; its
    /// code is returned.
    pub fn step(&mut self, target: &str, direction: &str) -> Result<Option<String>, JsError> {
        match target {
            "map" => Ok(self.map_step(direction)),
            _ => Err(unknown("target", target, "\"map\"")),
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

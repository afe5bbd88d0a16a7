//! Painting through the recorder: the drawing code is compiled once, for the recording backend
//! (see `draw::record`), recorded with the canvas measuring text, then replayed onto the canvas.

use plotters::prelude::*;
use plotters_backend::DrawingBackend;
use wasm_bindgen::prelude::*;

use super::canvas::CanvasBackend;
use crate::draw::record::{self, Font};
use crate::draw::{svg_text_size, DrawError};

thread_local! {
    /// One recording buffer for every canvas draw (of every embed): reused, so redraws allocate
    /// nothing once it has grown and the wasm memory stays flat.
    static RECORDING: std::cell::RefCell<record::Recording> = Default::default();
}

/// Draws `draw` onto the canvas behind `backend`.
pub fn paint<T>(
    backend: &mut CanvasBackend,
    draw: impl FnOnce(
        &DrawingArea<record::Recorder<'_>, plotters::coord::Shift>,
    ) -> Result<T, DrawError>,
) -> Result<T, JsError> {
    RECORDING.with(|cell| {
        let mut recording = cell
            .try_borrow_mut()
            .map_err(|_| JsError::new("a drawing is already in progress"))?;
        let out = {
            let canvas = &*backend;
            let measure = |text: &str, font: &Font| {
                canvas
                    .estimate_text_size(text, font)
                    .unwrap_or_else(|_| svg_text_size(text, font))
            };
            let (width, height) = canvas.get_size();
            record::record(width, height, &measure, &mut recording, draw)
                .map_err(|e| JsError::new(&e.to_string()))?
        };
        record::replay(&recording, backend).map_err(|e| JsError::new(&e.to_string()))?;
        Ok(out)
    })
}

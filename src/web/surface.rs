//! The canvas as a drawing surface: its 2D context, its backing store sized by the device-pixel
//! ratio (crisp on HiDPI screens), and detached canvases for caches.

use wasm_bindgen::prelude::*;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

pub fn context(canvas: &HtmlCanvasElement) -> Result<CanvasRenderingContext2d, JsError> {
    canvas
        .get_context("2d")
        .map_err(|_| JsError::new("the canvas refused a 2D context"))?
        .ok_or_else(|| JsError::new("the canvas has no 2D context"))?
        .dyn_into::<CanvasRenderingContext2d>()
        .map_err(|_| JsError::new("the canvas context is not a 2D context"))
}

/// The scale to draw at for device-pixel ratio `dpr` (finite, positive, at most 4), and the
/// backing store's pixels for `css` CSS px at that scale.
pub fn backing(css: f64, dpr: f64) -> (u32, f64) {
    let dpr = if dpr.is_finite() && dpr > 0.0 {
        dpr.min(4.0)
    } else {
        1.0
    };
    let css = if css.is_finite() {
        css.clamp(1.0, 4096.0)
    } else {
        1.0
    };
    ((css * dpr).round() as u32, dpr)
}

/// Sizes the canvas backing store to CSS size × device-pixel ratio (see [`backing`]) and returns
/// it with the scale to draw at. Sizes are set only when they change: setting one clears the
/// canvas and costs a layout.
pub fn sized(canvas: &HtmlCanvasElement, css_w: f64, css_h: f64, dpr: f64) -> (u32, u32, f64) {
    let (w, scale) = backing(css_w, dpr);
    let (h, _) = backing(css_h, dpr);
    if canvas.width() != w {
        canvas.set_width(w);
    }
    if canvas.height() != h {
        canvas.set_height(h);
    }
    (w, h, scale)
}

#[cfg(feature = "page")]
/// A canvas outside the document, for the map's cached base layer.
pub fn detached_canvas() -> Result<HtmlCanvasElement, JsError> {
    web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsError::new("no document to draw in"))?
        .create_element("canvas")
        .map_err(|_| JsError::new("could not create a canvas"))?
        .dyn_into::<HtmlCanvasElement>()
        .map_err(|_| JsError::new("could not create a canvas"))
}

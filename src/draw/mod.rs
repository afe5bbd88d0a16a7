//! Drawing with plotters, written once for any `DrawingBackend`: the canvas backend on the page, SVG
//! (and bitmaps) natively. Coordinates come in CSS pixels and are multiplied by `scale` (the
//! device-pixel ratio on the page, 1 for SVG) so the picture is crisp on HiDPI screens.

pub mod map;
pub mod palette;
pub mod timeline;

use plotters::prelude::*;

/// Drawing failed in the backend (e.g. the canvas went away). Carries the backend's message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DrawError(pub String);

impl std::fmt::Display for DrawError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "drawing failed: {}", self.0)
    }
}

impl std::error::Error for DrawError {}

impl<E: std::error::Error + Send + Sync> From<DrawingAreaErrorKind<E>> for DrawError {
    fn from(e: DrawingAreaErrorKind<E>) -> Self {
        DrawError(e.to_string())
    }
}

/// A font of `px` CSS pixels at the given scale, in the page's sans-serif.
pub(crate) fn font(px: f64, scale: f64) -> FontDesc<'static> {
    FontDesc::new(FontFamily::SansSerif, px * scale, FontStyle::Normal)
}

/// Rounds a CSS-pixel point to backend pixels.
pub(crate) fn px((x, y): (f64, f64), scale: f64) -> (i32, i32) {
    ((x * scale).round() as i32, (y * scale).round() as i32)
}

/// Renders with the SVG backend into a string: the same drawing code as the page.
pub fn to_svg(
    width: u32,
    height: u32,
    draw: impl FnOnce(&DrawingArea<SVGBackend, plotters::coord::Shift>) -> Result<(), DrawError>,
) -> Result<String, DrawError> {
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (width, height)).into_drawing_area();
        draw(&root)?;
        root.present()?;
    }
    Ok(out)
}

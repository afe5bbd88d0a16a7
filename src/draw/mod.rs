//! Drawing with plotters, written once for any `DrawingBackend`: the canvas backend on the page, SVG
//! (and bitmaps) natively. Coordinates come in CSS pixels and are multiplied by `scale` (the
//! device-pixel ratio on the page, 1 for SVG) so the picture is crisp on HiDPI screens.

pub mod compare;
pub mod labels;
pub mod map;
#[cfg(feature = "png")]
pub mod raster;
pub mod record;
pub mod scene;
pub mod timeline;

use plotters::prelude::*;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind,
};

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
    draw: impl FnOnce(&DrawingArea<SvgOut, plotters::coord::Shift>) -> Result<(), DrawError>,
) -> Result<String, DrawError> {
    let mut out = String::new();
    {
        let root = SvgOut(SVGBackend::with_string(&mut out, (width, height))).into_drawing_area();
        draw(&root)?;
        root.present()?;
    }
    Ok(out)
}

/// Renders with the bitmap backend into a PNG file (native only), with the DejaVu Sans font shipped
/// in `data/fonts/` so the picture does not depend on the machine's fonts.
#[cfg(feature = "png")]
pub fn to_png(
    path: &std::path::Path,
    width: u32,
    height: u32,
    draw: impl FnOnce(&DrawingArea<BitMapBackend, plotters::coord::Shift>) -> Result<(), DrawError>,
) -> Result<(), DrawError> {
    static FONT: std::sync::OnceLock<Result<(), String>> = std::sync::OnceLock::new();
    FONT.get_or_init(|| {
        plotters::style::register_font(
            "sans-serif",
            FontStyle::Normal,
            include_bytes!("../../data/fonts/DejaVuSans.ttf"),
        )
        .map_err(|_| "the embedded font could not be read".to_string())
    })
    .clone()
    .map_err(DrawError)?;
    let root = BitMapBackend::new(path, (width, height)).into_drawing_area();
    draw(&root)?;
    root.present()?;
    Ok(())
}

/// plotters' SVG backend with our own text measurement. plotters measures text through its font
/// module, which on wasm appends a `<span>` to `document.body` (inheriting the host's CSS, and
/// panicking where there is no body); an average glyph width is enough to fit labels in an SVG the
/// reader's own fonts will render anyway.
pub struct SvgOut<'a>(SVGBackend<'a>);

impl DrawingBackend for SvgOut<'_> {
    type ErrorType = <SVGBackend<'static> as DrawingBackend>::ErrorType;

    fn get_size(&self) -> (u32, u32) {
        self.0.get_size()
    }
    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.0.ensure_prepared()
    }
    fn present(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.0.present()
    }
    fn draw_pixel(
        &mut self,
        point: BackendCoord,
        color: BackendColor,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.0.draw_pixel(point, color)
    }
    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.0.draw_line(from, to, style)
    }
    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.0.draw_rect(upper_left, bottom_right, style, fill)
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.0.draw_path(path, style)
    }
    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.0.draw_circle(center, radius, style, fill)
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.0.fill_polygon(vert, style)
    }
    fn draw_text<TStyle: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &TStyle,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        // XML 1.0 cannot hold control characters (a brought dataset's title may): one would make
        // the whole exported SVG unreadable, so they are dropped from the text drawn.
        if text.chars().any(not_xml) {
            let clean: String = text.chars().filter(|c| !not_xml(*c)).collect();
            return self.0.draw_text(&clean, style, pos);
        }
        self.0.draw_text(text, style, pos)
    }
    fn estimate_text_size<TStyle: BackendTextStyle>(
        &self,
        text: &str,
        style: &TStyle,
    ) -> Result<(u32, u32), DrawingErrorKind<Self::ErrorType>> {
        Ok(svg_text_size(text, style))
    }
}

/// Characters an XML document may not contain.
fn not_xml(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{FFFE}' | '\u{FFFF}')
}

/// Text size in an SVG: an average glyph width, since the reader's own fonts render it.
pub fn svg_text_size<T: BackendTextStyle>(text: &str, style: &T) -> (u32, u32) {
    let em = match style.style() {
        FontStyle::Bold => 0.6,
        _ => 0.55,
    };
    let size = style.size();
    (
        (text.chars().count() as f64 * size * em).ceil() as u32,
        size.ceil() as u32,
    )
}

/// Renders into an SVG string by recording the drawing and replaying it onto the SVG backend: the
/// same output as [`to_svg`], for callers that compile the drawing code for the recorder only
/// (the page; see [`record`]).
pub fn to_svg_recorded(
    width: u32,
    height: u32,
    draw: impl FnOnce(
        &DrawingArea<record::Recorder<'_>, plotters::coord::Shift>,
    ) -> Result<(), DrawError>,
) -> Result<String, DrawError> {
    let measure = |text: &str, font: &record::Font| svg_text_size(text, font);
    let mut recording = record::Recording::default();
    record::record(width, height, &measure, &mut recording, draw)?;
    let mut out = String::new();
    {
        let mut svg = SvgOut(SVGBackend::with_string(&mut out, (width, height)));
        record::replay(&recording, &mut svg).map_err(|e| DrawError(e.to_string()))?;
    }
    Ok(out)
}

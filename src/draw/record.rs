//! A `DrawingBackend` that records what it is asked to draw, and `replay` onto any other backend.
//!
//! Why: plotters' drawing code is generic over the backend, so every backend it is called with gets
//! its own compiled copy of all of `map` and `timeline`. On the page that meant two copies (canvas
//! and the SVG export), ~10 KB of the wasm's gzip. Recording once and replaying keeps one copy of the
//! drawing code plus a small `replay` per backend. The picture is the same: the recorder hands every
//! primitive on unchanged, and measures text with the target backend's own measure.

use std::cell::RefCell;

use plotters::prelude::*;
use plotters_backend::{
    text_anchor, BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind,
    FontFamily, FontStyle, FontTransform,
};

/// A line style as plotters hands it to a backend: colour and width.
#[derive(Clone, Copy)]
pub struct Stroke {
    color: BackendColor,
    width: u32,
}

impl Stroke {
    fn of<S: BackendStyle>(s: &S) -> Stroke {
        Stroke {
            color: s.color(),
            width: s.stroke_width(),
        }
    }
}

impl BackendStyle for Stroke {
    fn color(&self) -> BackendColor {
        self.color
    }
    fn stroke_width(&self) -> u32 {
        self.width
    }
}

/// plotters' `FontFamily`, owned. (Converting through its name instead pulls in plotters' string
/// matching, ~4 KB of wasm.)
#[derive(Clone)]
enum Family {
    Serif,
    SansSerif,
    Monospace,
    Name(String),
}

/// A text style, owned (plotters' font family may borrow its name).
#[derive(Clone)]
pub struct Font {
    color: BackendColor,
    size: f64,
    family: Family,
    style: FontStyle,
    anchor: text_anchor::Pos,
    transform: FontTransform,
}

impl Font {
    fn of<T: BackendTextStyle>(t: &T) -> Font {
        Font {
            color: t.color(),
            size: t.size(),
            family: match t.family() {
                FontFamily::Serif => Family::Serif,
                FontFamily::SansSerif => Family::SansSerif,
                FontFamily::Monospace => Family::Monospace,
                FontFamily::Name(n) => Family::Name(n.to_string()),
            },
            style: t.style(),
            anchor: t.anchor(),
            transform: t.transform(),
        }
    }
}

impl BackendTextStyle for Font {
    type FontError = std::fmt::Error;

    fn color(&self) -> BackendColor {
        self.color
    }
    fn size(&self) -> f64 {
        self.size
    }
    fn transform(&self) -> FontTransform {
        self.transform.clone()
    }
    fn style(&self) -> FontStyle {
        self.style
    }
    fn anchor(&self) -> text_anchor::Pos {
        self.anchor
    }
    fn family(&self) -> FontFamily<'_> {
        match &self.family {
            Family::Serif => FontFamily::Serif,
            Family::SansSerif => FontFamily::SansSerif,
            Family::Monospace => FontFamily::Monospace,
            Family::Name(n) => FontFamily::Name(n),
        }
    }
    /// Not known without a font: backends that rasterise text themselves (the bitmap backend) are
    /// not replayed onto; the canvas and SVG backends place text by anchor.
    fn layout_box(&self, _text: &str) -> Result<((i32, i32), (i32, i32)), std::fmt::Error> {
        Err(std::fmt::Error)
    }
    fn draw<E, F: FnMut(i32, i32, BackendColor) -> Result<(), E>>(
        &self,
        _text: &str,
        _pos: BackendCoord,
        _draw: F,
    ) -> Result<Result<(), E>, std::fmt::Error> {
        Err(std::fmt::Error)
    }
}

/// One recorded drawing call. Paths and polygons hold a range of [`Recording::points`].
#[derive(Clone)]
enum Op {
    Pixel(BackendCoord, BackendColor),
    Line(BackendCoord, BackendCoord, Stroke),
    Rect(BackendCoord, BackendCoord, Stroke, bool),
    Path(std::ops::Range<usize>, Stroke),
    Circle(BackendCoord, u32, Stroke, bool),
    Polygon(std::ops::Range<usize>, Stroke),
    Text(String, Font, BackendCoord),
}

/// What a drawing asked for, in order. All vertices share one buffer, and a recording can be reused
/// (`record` clears it), so redrawing the map allocates nothing new once the buffers have grown:
/// the page's wasm memory stays flat however long it is used.
#[derive(Default, Clone)]
pub struct Recording {
    ops: Vec<Op>,
    points: Vec<BackendCoord>,
}

impl Recording {
    fn points(&mut self, points: impl IntoIterator<Item = BackendCoord>) -> std::ops::Range<usize> {
        let start = self.points.len();
        self.points.extend(points);
        start..self.points.len()
    }
}

/// How the target backend measures text: (width, height) in its pixels.
pub type Measure<'a> = &'a dyn Fn(&str, &Font) -> (u32, u32);

/// Records drawing calls for a `width` × `height` target into a recording (shared, because the
/// drawing area takes the backend and does not give it back).
pub struct Recorder<'a> {
    size: (u32, u32),
    measure: Measure<'a>,
    into: &'a RefCell<Recording>,
}

impl Recorder<'_> {
    fn push(&self, op: Op) {
        self.into.borrow_mut().ops.push(op);
    }
}

/// The recorder never fails; plotters' errors need a type.
type Never = std::convert::Infallible;

impl DrawingBackend for Recorder<'_> {
    type ErrorType = Never;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }
    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Never>> {
        Ok(())
    }
    fn present(&mut self) -> Result<(), DrawingErrorKind<Never>> {
        Ok(())
    }
    fn draw_pixel(
        &mut self,
        p: BackendCoord,
        c: BackendColor,
    ) -> Result<(), DrawingErrorKind<Never>> {
        self.push(Op::Pixel(p, c));
        Ok(())
    }
    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Never>> {
        self.push(Op::Line(from, to, Stroke::of(style)));
        Ok(())
    }
    fn draw_rect<S: BackendStyle>(
        &mut self,
        ul: BackendCoord,
        br: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Never>> {
        self.push(Op::Rect(ul, br, Stroke::of(style), fill));
        Ok(())
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Never>> {
        let range = self.into.borrow_mut().points(path);
        self.push(Op::Path(range, Stroke::of(style)));
        Ok(())
    }
    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Never>> {
        self.push(Op::Circle(center, radius, Stroke::of(style), fill));
        Ok(())
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Never>> {
        let range = self.into.borrow_mut().points(vert);
        self.push(Op::Polygon(range, Stroke::of(style)));
        Ok(())
    }
    fn draw_text<T: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &T,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<Never>> {
        self.push(Op::Text(text.to_string(), Font::of(style), pos));
        Ok(())
    }
    fn estimate_text_size<T: BackendTextStyle>(
        &self,
        text: &str,
        style: &T,
    ) -> Result<(u32, u32), DrawingErrorKind<Never>> {
        Ok((self.measure)(text, &Font::of(style)))
    }
}

/// Draws the recorded calls onto `target`, in order.
pub fn replay<DB: DrawingBackend>(
    recording: &Recording,
    target: &mut DB,
) -> Result<(), DrawingErrorKind<DB::ErrorType>> {
    let points = |r: &std::ops::Range<usize>| {
        recording
            .points
            .get(r.clone())
            .unwrap_or_default()
            .iter()
            .copied()
    };
    target.ensure_prepared()?;
    for op in &recording.ops {
        match op {
            Op::Pixel(p, c) => target.draw_pixel(*p, *c)?,
            Op::Line(a, b, s) => target.draw_line(*a, *b, s)?,
            Op::Rect(a, b, s, fill) => target.draw_rect(*a, *b, s, *fill)?,
            Op::Path(r, s) => target.draw_path(points(r), s)?,
            Op::Circle(c, r, s, fill) => target.draw_circle(*c, *r, s, *fill)?,
            Op::Polygon(r, s) => target.fill_polygon(points(r), s)?,
            Op::Text(text, font, pos) => target.draw_text(text, font, *pos)?,
        }
    }
    target.present()
}

/// Runs `draw` against a recorder of `width` × `height` whose text is measured by `measure`,
/// recording into `into` (cleared first, its buffers kept), and returns the drawing's own result.
pub fn record<T>(
    width: u32,
    height: u32,
    measure: Measure<'_>,
    into: &mut Recording,
    draw: impl FnOnce(&DrawingArea<Recorder<'_>, plotters::coord::Shift>) -> Result<T, super::DrawError>,
) -> Result<T, super::DrawError> {
    into.ops.clear();
    into.points.clear();
    let cell = RefCell::new(std::mem::take(into));
    let out = {
        let recorder = Recorder {
            size: (width, height),
            measure,
            into: &cell,
        };
        draw(&recorder.into_drawing_area())
    };
    *into = cell.into_inner();
    out
}

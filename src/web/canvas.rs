//! A plotters `DrawingBackend` on a `<canvas>` 2D context, our own rather than `plotters-canvas`:
//! it takes the canvas object (works inside Shadow DOM, where look-up by id fails), measures text
//! with the canvas itself (plotters' wasm font code adds a `<span>` to `document.body`, inheriting
//! the host page's CSS and panicking without a body), and skips re-setting unchanged styles.

use plotters_backend::{
    text_anchor::{HPos, VPos},
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontFamily, FontStyle,
};
use std::cell::RefCell;
use wasm_bindgen::JsValue;
use web_sys::CanvasRenderingContext2d;

/// A failed canvas call, as text (a `JsValue` is not `Send`, which plotters' errors must be).
#[derive(Debug)]
pub struct CanvasError(pub String);

impl std::fmt::Display for CanvasError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for CanvasError {}

fn js_err(e: JsValue) -> DrawingErrorKind<CanvasError> {
    DrawingErrorKind::DrawingError(CanvasError(
        e.as_string().unwrap_or_else(|| format!("{e:?}")),
    ))
}

/// Draws into a 2D context whose backing store is `width` × `height` device pixels.
pub struct CanvasBackend {
    ctx: CanvasRenderingContext2d,
    width: u32,
    height: u32,
    fill: String,
    stroke: String,
    line_width: f64,
    /// The context's font, alignment and baseline as last set: setting a font makes the canvas parse
    /// CSS, and the timeline draws and measures dozens of labels in a handful of fonts. Behind a
    /// `RefCell` because measuring (`&self` in plotters' trait) sets the font too.
    text: RefCell<TextState>,
}

#[derive(Default)]
struct TextState {
    font: String,
    align: &'static str,
    baseline: &'static str,
    /// The context's `direction` is `rtl` (see [`right_to_left`]).
    rtl: bool,
}

/// Whether a text run is written right to left: it holds Hebrew or Arabic letters. Chromium
/// shapes Arabic and orders a mixed Arabic/Latin run correctly only when the context's
/// `direction` is `rtl`; the anchors plotters gives (`left`, `right`) stay physical either way.
fn right_to_left(text: &str) -> bool {
    text.chars().any(|c| ('\u{0590}'..='\u{08FF}').contains(&c))
}

/// `value` to one decimal place with integer arithmetic: `{:.1}` on an f64 links the whole float
/// formatter (~14 KB of wasm) for what is only ever a font size or an opacity here.
fn decimal(value: f64, places: u32) -> String {
    let scale = 10_u32.pow(places);
    let scaled = (value.max(0.0) * f64::from(scale)).round() as u64;
    let (whole, frac) = (scaled / u64::from(scale), scaled % u64::from(scale));
    format!("{whole}.{frac:0width$}", width = places as usize)
}

fn css_colour(c: BackendColor) -> String {
    let (r, g, b) = c.rgb;
    if c.alpha >= 1.0 {
        format!("#{r:02x}{g:02x}{b:02x}")
    } else {
        format!("rgba({r},{g},{b},{})", decimal(c.alpha.min(1.0), 3))
    }
}

fn font_css(family: FontFamily, style: FontStyle, size: f64) -> String {
    let family = match family {
        FontFamily::Serif => "serif",
        FontFamily::SansSerif => "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
        FontFamily::Monospace => "monospace",
        FontFamily::Name(n) => n,
    };
    let style = match style {
        FontStyle::Normal => "",
        FontStyle::Oblique => "oblique ",
        FontStyle::Italic => "italic ",
        FontStyle::Bold => "bold ",
    };
    format!("{style}{}px {family}", decimal(size, 1))
}

impl CanvasBackend {
    pub fn new(ctx: CanvasRenderingContext2d, width: u32, height: u32) -> CanvasBackend {
        CanvasBackend {
            ctx,
            width,
            height,
            fill: String::new(),
            stroke: String::new(),
            line_width: -1.0,
            text: RefCell::new(TextState::default()),
        }
    }

    fn set_font(&self, font: String) {
        let mut text = self.text.borrow_mut();
        if text.font != font {
            self.ctx.set_font(&font);
            text.font = font;
        }
    }

    fn set_anchor(&self, align: &'static str, baseline: &'static str) {
        let mut text = self.text.borrow_mut();
        if text.align != align {
            self.ctx.set_text_align(align);
            text.align = align;
        }
        if text.baseline != baseline {
            self.ctx.set_text_baseline(baseline);
            text.baseline = baseline;
        }
    }

    /// Sets the context's text direction for a run, only when it changes. Through `Reflect`: the
    /// web-sys setter needs another feature (and its enum) for one string.
    fn set_direction(&self, text: &str) {
        let rtl = right_to_left(text);
        let mut state = self.text.borrow_mut();
        if state.rtl != rtl {
            let value = JsValue::from_str(if rtl { "rtl" } else { "ltr" });
            let _ = js_sys::Reflect::set(&self.ctx, &JsValue::from_str("direction"), &value);
            state.rtl = rtl;
        }
    }

    fn set_fill(&mut self, c: BackendColor) {
        let s = css_colour(c);
        if s != self.fill {
            self.ctx.set_fill_style_str(&s);
            self.fill = s;
        }
    }

    fn set_stroke<S: BackendStyle>(&mut self, style: &S) {
        let s = css_colour(style.color());
        if s != self.stroke {
            self.ctx.set_stroke_style_str(&s);
            self.stroke = s;
        }
        let w = f64::from(style.stroke_width());
        if w != self.line_width {
            self.ctx.set_line_width(w);
            self.line_width = w;
        }
    }

    fn path(&self, points: impl IntoIterator<Item = BackendCoord>) -> bool {
        self.ctx.begin_path();
        let mut any = false;
        for (i, (x, y)) in points.into_iter().enumerate() {
            let (x, y) = (f64::from(x), f64::from(y));
            if i == 0 {
                self.ctx.move_to(x, y);
            } else {
                self.ctx.line_to(x, y);
            }
            any = true;
        }
        any
    }
}

impl DrawingBackend for CanvasBackend {
    type ErrorType = CanvasError;

    fn get_size(&self) -> (u32, u32) {
        (self.width, self.height)
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<CanvasError>> {
        Ok(())
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<CanvasError>> {
        Ok(())
    }

    fn draw_pixel(
        &mut self,
        p: BackendCoord,
        c: BackendColor,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        if c.alpha > 0.0 {
            self.set_fill(c);
            self.ctx.fill_rect(f64::from(p.0), f64::from(p.1), 1.0, 1.0);
        }
        Ok(())
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        if style.color().alpha > 0.0 {
            self.set_stroke(style);
            if self.path([from, to]) {
                self.ctx.stroke();
            }
        }
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        ul: BackendCoord,
        br: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        if style.color().alpha <= 0.0 {
            return Ok(());
        }
        let (x, y) = (f64::from(ul.0), f64::from(ul.1));
        let (w, h) = (f64::from(br.0 - ul.0), f64::from(br.1 - ul.1));
        if fill {
            self.set_fill(style.color());
            self.ctx.fill_rect(x, y, w, h);
        } else {
            self.set_stroke(style);
            self.ctx.stroke_rect(x, y, w, h);
        }
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        if style.color().alpha > 0.0 {
            self.set_stroke(style);
            if self.path(path) {
                self.ctx.stroke();
            }
        }
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        if style.color().alpha > 0.0 {
            self.set_fill(style.color());
            if self.path(vert) {
                self.ctx.close_path();
                self.ctx.fill();
            }
        }
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        c: BackendCoord,
        r: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        if style.color().alpha <= 0.0 {
            return Ok(());
        }
        self.ctx.begin_path();
        self.ctx
            .arc(
                f64::from(c.0),
                f64::from(c.1),
                f64::from(r),
                0.0,
                std::f64::consts::TAU,
            )
            .map_err(js_err)?;
        if fill {
            self.set_fill(style.color());
            self.ctx.fill();
        } else {
            self.set_stroke(style);
            self.ctx.stroke();
        }
        Ok(())
    }

    fn draw_text<TStyle: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &TStyle,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        let colour = style.color();
        if colour.alpha <= 0.0 {
            return Ok(());
        }
        self.set_fill(colour);
        self.set_font(font_css(style.family(), style.style(), style.size()));
        let anchor = style.anchor();
        self.set_anchor(
            match anchor.h_pos {
                HPos::Left => "left",
                HPos::Center => "center",
                HPos::Right => "right",
            },
            match anchor.v_pos {
                VPos::Top => "top",
                VPos::Center => "middle",
                VPos::Bottom => "bottom",
            },
        );
        self.set_direction(text);
        self.ctx
            .fill_text(text, f64::from(pos.0), f64::from(pos.1))
            .map_err(js_err)
    }

    fn estimate_text_size<TStyle: BackendTextStyle>(
        &self,
        text: &str,
        style: &TStyle,
    ) -> Result<(u32, u32), DrawingErrorKind<CanvasError>> {
        self.set_font(font_css(style.family(), style.style(), style.size()));
        self.set_direction(text);
        let m = self.ctx.measure_text(text).map_err(js_err)?;
        Ok((
            m.width().ceil().max(0.0) as u32,
            style.size().ceil().max(0.0) as u32,
        ))
    }
}

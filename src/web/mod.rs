//! The wasm-bindgen API the page and embeds call: a thin translation layer — JS values in, core calls,
//! typed JS objects (via serde-wasm-bindgen) or a `JsError` out. Nothing here may panic: a panic
//! inside wasm kills the module for the whole page.

mod canvas;
mod types;

use plotters::prelude::*;
use serde::Serialize;
use wasm_bindgen::prelude::*;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use crate::dataset::Index;
use crate::date::Date;
use crate::draw::palette::Theme;
use crate::draw::record::{self, Font};
use crate::draw::{map, svg_text_size, timeline, to_svg_recorded};
use crate::export;
use crate::geo::{Framing, ProjectedMap, Shapes, Viewport};
use crate::query;
use crate::view::ViewState;
use canvas::CanvasBackend;

#[wasm_bindgen(start)]
fn start() {
    // The last net only: every exported function returns Result instead of panicking.
    console_error_panic_hook::set_once();
}

fn to_js<T: Serialize + ?Sized>(v: &T) -> Result<JsValue, JsError> {
    v.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("could not convert result: {e}")))
}

fn parse_date(date: Option<String>) -> Result<Option<Date>, JsError> {
    date.filter(|d| !d.is_empty())
        .map(|d| d.parse::<Date>().map_err(|e| JsError::new(&e.to_string())))
        .transpose()
}

fn context(canvas: &HtmlCanvasElement) -> Result<CanvasRenderingContext2d, JsError> {
    canvas
        .get_context("2d")
        .map_err(|_| JsError::new("the canvas refused a 2D context"))?
        .ok_or_else(|| JsError::new("the canvas has no 2D context"))?
        .dyn_into::<CanvasRenderingContext2d>()
        .map_err(|_| JsError::new("the canvas context is not a 2D context"))
}

/// Sizes the canvas backing store to CSS size × device-pixel ratio (crisp on HiDPI) and returns it
/// with the scale to draw at.
fn sized(canvas: &HtmlCanvasElement, css_w: f64, css_h: f64, dpr: f64) -> (u32, u32, f64) {
    let dpr = if dpr.is_finite() && dpr > 0.0 {
        dpr.min(4.0)
    } else {
        1.0
    };
    let clamp = |v: f64| {
        if v.is_finite() {
            v.clamp(1.0, 4096.0)
        } else {
            1.0
        }
    };
    let (w, h) = (
        (clamp(css_w) * dpr).round() as u32,
        (clamp(css_h) * dpr).round() as u32,
    );
    if canvas.width() != w {
        canvas.set_width(w);
    }
    if canvas.height() != h {
        canvas.set_height(h);
    }
    (w, h, dpr)
}

/// What the map's base layer depends on: when none of it changed, hover and selection redraw only
/// the overlay on top of the cached base (a blit instead of ~11,000 polygon vertices).
#[derive(Debug, Clone, PartialEq)]
struct BaseKey {
    width: u32,
    height: u32,
    viewport: Viewport,
    date: Option<Date>,
    theme: Theme,
    dataset: u64,
}

/// Everything the timeline's picture depends on. The selected actor counts only through the items
/// it emphasises: clicking from one country without events or pledges to another leaves the
/// timeline as it is.
#[derive(Debug, Clone, PartialEq)]
struct TimelineKey {
    canvas: JsValue,
    width: u32,
    height: u32,
    scale: f64,
    date: Option<Date>,
    item: Option<String>,
    /// `None`: no emphasis; `Some(None)`: an actor with no items (all fade); else that actor.
    emphasis: Option<Option<String>>,
    theme: Theme,
    dataset: u64,
}

/// The base layer drawn into a detached canvas, and what it was drawn for.
struct BaseCache {
    canvas: HtmlCanvasElement,
    key: Option<BaseKey>,
}

fn detached_canvas() -> Result<HtmlCanvasElement, JsError> {
    web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsError::new("no document to draw in"))?
        .create_element("canvas")
        .map_err(|_| JsError::new("could not create a canvas"))?
        .dyn_into::<HtmlCanvasElement>()
        .map_err(|_| JsError::new("could not create a canvas"))
}

thread_local! {
    /// One recording buffer for every canvas draw (of every embed): reused, so redraws allocate
    /// nothing once it has grown and the wasm memory stays flat.
    static RECORDING: std::cell::RefCell<record::Recording> = Default::default();
}

/// Draws onto the canvas behind `backend` through the recorder: `draw` is recorded, measuring text
/// with the canvas, then replayed onto it. (The drawing code is compiled for the recorder only,
/// shared with the SVG export: see `draw::record`.)
fn paint<T>(
    backend: &mut CanvasBackend,
    draw: impl FnOnce(
        &DrawingArea<record::Recorder<'_>, plotters::coord::Shift>,
    ) -> Result<T, crate::draw::DrawError>,
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

/// "on 15 September 2014", or "by the end of September 2014" for the end of the story.
fn long_date(date: Option<Date>) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    match date {
        Some(d) => format!(
            "on {} {} {}",
            d.day(),
            MONTHS[usize::from(d.month() - 1)],
            d.year()
        ),
        None => "by the end of September 2014".to_string(),
    }
}

/// A point in CSS pixels relative to the map canvas.
#[derive(Serialize)]
struct Point {
    x: f64,
    y: f64,
}

/// One loaded dataset with its map state. Each embed holds its own; the module is loaded once.
#[wasm_bindgen]
pub struct Coalition {
    ix: Index,
    shapes: Shapes,
    map: Option<ProjectedMap>,
    date: Option<Date>,
    selected: Option<usize>,
    hovered: Option<usize>,
    /// Where the last drawn timeline put its markers (CSS px), for hit-testing.
    markers: Vec<timeline::Marker>,
    /// What the timeline on the page was last drawn for: a redraw with the same key is skipped.
    timeline_drawn: Option<TimelineKey>,
    /// The selected timeline item (event, pledge or disputed date).
    item: Option<String>,
    framing: Framing,
    theme: Theme,
    base: Option<BaseCache>,
    /// The base layer last drawn straight onto the page's canvas, not cached (see `draw_map`).
    drawn_direct: Option<BaseKey>,
    /// Bumped when the dataset is replaced, so the cached base layer is redrawn.
    dataset_generation: u64,
}

#[wasm_bindgen]
impl Coalition {
    /// Loads the embedded dataset and country shapes.
    #[wasm_bindgen(constructor)]
    pub fn new() -> Result<Coalition, JsError> {
        let ix = Index::embedded().map_err(|errs| {
            let list: Vec<String> = errs.iter().map(ToString::to_string).collect();
            JsError::new(&format!("embedded dataset invalid: {}", list.join("; ")))
        })?;
        let shapes = Shapes::embedded().map_err(|e| JsError::new(&e))?;
        Ok(Coalition {
            ix,
            shapes,
            map: None,
            date: None,
            selected: None,
            hovered: None,
            markers: Vec::new(),
            timeline_drawn: None,
            item: None,
            framing: Framing::default(),
            theme: Theme::LIGHT,
            base: None,
            drawn_direct: None,
            dataset_generation: 0,
        })
    }

    /// Replaces the dataset with another of the same schema (a JSON document like `coalition export
    /// --json` prints). It is validated first: on any problem the current dataset stays and the
    /// result lists each problem's path and reason. Returns `{ok, errors, actors, events}`.
    #[wasm_bindgen(js_name = loadDataset, unchecked_return_type = "LoadResult")]
    pub fn load_dataset(&mut self, json: &str) -> Result<JsValue, JsError> {
        #[derive(Serialize)]
        struct LoadResult {
            ok: bool,
            errors: Vec<crate::dataset::ValidationError>,
            actors: usize,
            events: usize,
        }
        let result = crate::model::Dataset::from_json(json).and_then(Index::new);
        let out = match result {
            Ok(ix) => {
                self.ix = ix;
                self.dataset_generation += 1;
                // Re-project (markers depend on who has a role) and drop what may no longer exist.
                self.map = None;
                self.markers.clear();
                self.timeline_drawn = None;
                self.item = None;
                LoadResult {
                    ok: true,
                    errors: Vec::new(),
                    actors: self.ix.data.actors.len(),
                    events: self.ix.data.events.len(),
                }
            }
            Err(mut errors) => {
                // A hostile document can produce a great many problems; the first hundred are
                // enough to fix it, and the page stays responsive.
                errors.truncate(100);
                LoadResult {
                    ok: false,
                    errors,
                    actors: self.ix.data.actors.len(),
                    events: self.ix.data.events.len(),
                }
            }
        };
        to_js(&out)
    }

    /// Every actor with its status on `date` (`YYYY-MM-DD`; empty or absent: end of the story).
    #[wasm_bindgen(unchecked_return_type = "ActorSummary[]")]
    pub fn countries(&self, date: Option<String>) -> Result<JsValue, JsError> {
        to_js(&query::actors(&self.ix, parse_date(date)?))
    }

    /// One actor's full record, by code, name or alias. Errors for an unknown actor.
    #[wasm_bindgen(unchecked_return_type = "ActorRecord")]
    pub fn country(&self, name: &str, date: Option<String>) -> Result<JsValue, JsError> {
        let actor = self
            .ix
            .find_actor(name)
            .ok_or_else(|| JsError::new(&format!("unknown country or actor {name:?}")))?;
        let rec = query::actor_record(&self.ix, &actor.id, parse_date(date)?)
            .ok_or_else(|| JsError::new(&format!("no record for {:?}", actor.id)))?;
        to_js(&rec)
    }

    /// The actor id for a code, name or alias ("UAE" -> "ARE"), if known.
    pub fn find(&self, name: &str) -> Option<String> {
        self.ix.find_actor(name).map(|a| a.id.clone())
    }

    /// Timeline events in date order.
    #[wasm_bindgen(unchecked_return_type = "Event[]")]
    pub fn timeline(&self) -> Result<JsValue, JsError> {
        to_js(&query::events(&self.ix, &[], None))
    }

    /// Conferences in date order with their rosters and the disputes over their date and size.
    #[wasm_bindgen(unchecked_return_type = "ConferenceView[]")]
    pub fn conferences(&self) -> Result<JsValue, JsError> {
        to_js(&query::conferences(&self.ix))
    }

    /// Every cited source with its publication details, for the page's source list.
    #[wasm_bindgen(unchecked_return_type = "Source[]")]
    pub fn sources(&self) -> Result<JsValue, JsError> {
        to_js(&self.ix.data.sources)
    }

    /// The coalition's state as of a date.
    #[wasm_bindgen(unchecked_return_type = "CoalitionState")]
    pub fn state(&self, date: Option<String>) -> Result<JsValue, JsError> {
        to_js(&query::coalition_state(&self.ix, parse_date(date)?))
    }

    /// Sets the framing: "region" (Middle East and Europe) or "world".
    #[wasm_bindgen(js_name = setFraming)]
    pub fn set_framing(&mut self, framing: &str) -> Result<(), JsError> {
        self.framing = Framing::parse(framing).ok_or_else(|| {
            JsError::new(&format!(
                "unknown framing {framing:?}: expected region or world"
            ))
        })?;
        Ok(())
    }

    /// The status label of an actor on the current date ("Attended Paris"), or `undefined` when it
    /// has no role (or is not in the dataset). Cheap: for announcements on every click.
    #[wasm_bindgen(js_name = statusLabel)]
    pub fn status_label(&self, code: &str) -> Option<String> {
        let actor = self.ix.find_actor(code)?;
        query::primary_status(&self.ix, &actor.id, self.date).map(|s| s.label().to_string())
    }

    /// The map canvas's text alternative: framing, date, count per status (as the legend counts),
    /// and the selection.
    #[wasm_bindgen(js_name = describeMap)]
    pub fn describe_map(&self) -> String {
        let fills = map::fills(&self.ix, &self.shapes, self.date);
        let counts: Vec<String> = query::Status::ALL
            .iter()
            .map(|s| (s, fills.iter().filter(|f| **f == Some(*s)).count()))
            .filter(|(_, n)| *n > 0)
            .map(|(s, n)| format!("{}: {n}", s.label()))
            .collect();
        let counts = if counts.is_empty() {
            "No country has a role yet".to_string()
        } else {
            counts.join("; ")
        };
        let framing = match self.framing {
            Framing::Region => "Middle East and Europe",
            Framing::World => "world",
            Framing::Gulf => "Gulf and Levant",
        };
        let selected = self
            .selected
            .and_then(|s| self.code_of(s))
            .and_then(|c| self.name(&c))
            .map(|n| format!(" Selected: {n}."))
            .unwrap_or_default();
        format!(
            "Map ({framing}) of the coalition against ISIL {}. {counts}.{selected} The table view below lists the same data.",
            long_date(self.date)
        )
    }

    /// The timeline canvas's text alternative: how many items, over which days, and the selection.
    #[wasm_bindgen(js_name = describeTimeline)]
    pub fn describe_timeline(&self) -> String {
        let span = query::date_span(&self.ix)
            .map(|(a, b)| {
                format!(
                    ", {} to {}",
                    long_date(Some(a)).trim_start_matches("on "),
                    long_date(Some(b)).trim_start_matches("on ")
                )
            })
            .unwrap_or_default();
        let selected = self
            .item
            .as_deref()
            .and_then(|id| query::timeline_item(&self.ix, id))
            .map(|i| format!(" Selected: {}.", i.title))
            .unwrap_or_default();
        format!(
            "Timeline of {} events and pledges{span}.{selected} Use the left and right arrow keys to step through them.",
            self.markers.len()
        )
    }

    /// Sets the colour theme of the drawings: "light" or "dark".
    #[wasm_bindgen(js_name = setTheme)]
    pub fn set_theme(&mut self, theme: &str) -> Result<(), JsError> {
        self.theme = Theme::parse(theme).ok_or_else(|| {
            JsError::new(&format!("unknown theme {theme:?}: expected light or dark"))
        })?;
        Ok(())
    }

    fn view_state(&self) -> ViewState {
        ViewState {
            country: self.selected.and_then(|s| self.code_of(s)),
            date: self.date,
            framing: self.framing,
            item: self.item.clone(),
        }
    }

    /// Sets the whole view from a URL query string (`country=FRA&date=2014-09-15&framing=world&
    /// item=...`). Values it cannot use are ignored; returns a notice for each, for the page to show.
    #[wasm_bindgen(js_name = applyQuery)]
    #[wasm_bindgen(unchecked_return_type = "string[]")]
    pub fn apply_query(&mut self, query: &str) -> Result<JsValue, JsError> {
        let (state, notices) = ViewState::from_query(query, &self.ix);
        self.selected = state.country.as_deref().and_then(|c| self.shape_of(c));
        self.date = state.date;
        self.framing = state.framing;
        self.item = state.item;
        to_js(&notices)
    }

    /// The current view as a query string (no leading `?`; empty for the default view).
    pub fn query(&self) -> String {
        self.view_state().to_query()
    }

    /// The current view: `{country, date, framing, item}` (absent values are `null`).
    #[wasm_bindgen(unchecked_return_type = "View")]
    pub fn view(&self) -> Result<JsValue, JsError> {
        #[derive(Serialize)]
        struct View {
            country: Option<String>,
            date: Option<String>,
            framing: &'static str,
            item: Option<String>,
        }
        let s = self.view_state();
        to_js(&View {
            country: s.country,
            date: s.date.map(|d| d.to_string()),
            framing: s.framing.key(),
            item: s.item,
        })
    }

    /// The current map as an SVG document, drawn by the same code through plotters' SVG backend.
    #[wasm_bindgen(js_name = mapSvg)]
    pub fn map_svg(&self, width: u32, height: u32) -> Result<String, JsError> {
        let (w, h) = (width.clamp(100, 8000), height.clamp(100, 8000));
        let strip = map::legend_strip_height(f64::from(w), self.framing);
        let viewport = Viewport::new(f64::from(w), f64::from(h), self.framing);
        let ix = &self.ix;
        let pm = ProjectedMap::new(&self.shapes, viewport, |id| {
            query::primary_status(ix, id, None).is_some()
        });
        let title = self.legend_title();
        let view = self.map_view(&title, None);
        let total = h + strip.ceil() as u32;
        to_svg_recorded(w, total, |a| map::draw_map(a, &pm, &view, 1.0))
            .map_err(|e| JsError::new(&e.to_string()))
    }

    /// The current timeline as an SVG document.
    #[wasm_bindgen(js_name = timelineSvg)]
    pub fn timeline_svg(&self, width: u32) -> Result<String, JsError> {
        let w = width.clamp(200, 8000);
        let h = timeline::natural_height(&self.ix, f64::from(w)).ceil() as u32;
        let actor = self.selected.and_then(|s| self.code_of(s));
        let view = self.timeline_view(actor.as_deref());
        to_svg_recorded(w, h, |a| {
            timeline::draw_timeline(a, &self.ix, &view, 1.0).map(|_| ())
        })
        .map_err(|e| JsError::new(&e.to_string()))
    }

    /// The dataset as CSV: a row per participation, pledge, statement, event, figure and claim.
    pub fn csv(&self) -> String {
        export::csv(&self.ix)
    }

    /// The dataset as JSON (the shape `coalition validate` reads).
    pub fn json(&self) -> Result<String, JsError> {
        // Through serde-wasm-bindgen and the browser's JSON.stringify rather than serde_json's
        // serializer: the model's Serialize code for JS values is in the module already, and a second
        // copy for serde_json cost ~4 KB of gzip. Same document as `coalition export --json`, except
        // that whole numbers print without ".0".
        let value = to_js(&self.ix.data)?;
        js_sys::JSON::stringify_with_replacer_and_space(&value, &JsValue::NULL, &JsValue::from(2))
            .ok()
            .and_then(|s| s.as_string())
            .ok_or_else(|| JsError::new("could not write the dataset as JSON"))
    }

    /// The map statuses in legend order: `[{key, label, color}]`, so the page's swatches match the map.
    #[wasm_bindgen(unchecked_return_type = "LegendEntry[]")]
    pub fn legend(&self) -> Result<JsValue, JsError> {
        #[derive(Serialize)]
        struct Entry {
            key: &'static str,
            label: &'static str,
            color: String,
        }
        let list: Vec<Entry> = query::Status::ALL
            .iter()
            .map(|s| Entry {
                key: s.key(),
                label: s.label(),
                color: crate::draw::palette::hex(crate::draw::palette::status(*s)),
            })
            .collect();
        to_js(&list)
    }

    /// The first and last day of the timeline, `[first, last]` as `YYYY-MM-DD`, for the date scrubber.
    #[wasm_bindgen(js_name = dateSpan)]
    #[wasm_bindgen(unchecked_return_type = "[string, string] | null")]
    pub fn date_span(&self) -> Result<JsValue, JsError> {
        match query::date_span(&self.ix) {
            Some((a, b)) => to_js(&[a.to_string(), b.to_string()]),
            None => Ok(JsValue::NULL),
        }
    }

    /// Sets the date the map shows (empty: end of the story).
    #[wasm_bindgen(js_name = setDate)]
    pub fn set_date(&mut self, date: Option<String>) -> Result<(), JsError> {
        self.date = parse_date(date)?;
        Ok(())
    }

    fn shape_of(&self, code: &str) -> Option<usize> {
        let id = self.ix.find_actor(code).map_or(code, |a| a.id.as_str());
        self.shapes
            .countries
            .iter()
            .position(|c| c.id.as_deref() == Some(id))
    }

    /// The timeline's view of the current state (`actor`: the selected country's code).
    fn timeline_view<'a>(&'a self, actor: Option<&'a str>) -> timeline::TimelineView<'a> {
        timeline::TimelineView {
            date: self.date,
            actor,
            selected: self.item.as_deref(),
            theme: self.theme,
        }
    }

    /// The map's view of the current state, with the legend titled `title`.
    fn map_view<'a>(&self, title: &'a str, hovered: Option<usize>) -> map::MapView<'a> {
        map::MapView {
            fills: map::fills(&self.ix, &self.shapes, self.date),
            selected: self.selected,
            hovered,
            highlighted: self.highlighted(),
            legend_title: Some(title),
            theme: self.theme,
            ..Default::default()
        }
    }

    fn legend_title(&self) -> String {
        match self.date {
            Some(d) => format!(
                "Status on {} {}",
                timeline::short_date(d.to_days()),
                d.year()
            ),
            None => "Status by the end of September 2014".to_string(),
        }
    }

    /// Shapes of the actors in the selected timeline item, outlined on the map.
    fn highlighted(&self) -> Vec<usize> {
        self.item
            .as_deref()
            .and_then(|id| query::timeline_item(&self.ix, id))
            .map(|item| {
                item.actors
                    .iter()
                    .filter_map(|a| self.shape_of(a))
                    .collect()
            })
            .unwrap_or_default()
    }

    fn code_of(&self, shape: usize) -> Option<String> {
        self.shapes.countries.get(shape).and_then(|c| c.id.clone())
    }

    /// Selects a country by code or name (`None` or "" clears). Returns the selected code.
    pub fn select(&mut self, code: Option<String>) -> Result<Option<String>, JsError> {
        self.selected = match code.as_deref().filter(|c| !c.is_empty()) {
            None => None,
            Some(c) => Some(
                self.shape_of(c)
                    .ok_or_else(|| JsError::new(&format!("no country {c:?} on the map")))?,
            ),
        };
        Ok(self.selected.and_then(|s| self.code_of(s)))
    }

    /// Sets the hovered country (by code; `None` clears). Returns whether it changed.
    pub fn hover(&mut self, code: Option<String>) -> bool {
        let next = code.as_deref().and_then(|c| self.shape_of(c));
        let changed = next != self.hovered;
        self.hovered = next;
        changed
    }

    /// Draws the map into `canvas`: the map itself `css_width` × `css_height` CSS px, plus a legend
    /// strip below it on narrow screens; at device-pixel ratio `dpr`, in the current framing.
    /// Re-projects only when the size or framing changed. Returns the canvas's total CSS height.
    #[wasm_bindgen(js_name = drawMap)]
    pub fn draw_map(
        &mut self,
        canvas: &HtmlCanvasElement,
        css_width: f64,
        css_height: f64,
        dpr: f64,
    ) -> Result<f64, JsError> {
        let framing = self.framing;
        let strip = map::legend_strip_height(css_width, framing);
        let (w, h, scale) = sized(canvas, css_width, css_height + strip, dpr);
        let (css_w, css_h) = (f64::from(w) / scale, f64::from(h) / scale);
        let viewport = Viewport::new(css_w, css_h - strip, framing);
        if self.map.as_ref().is_none_or(|m| m.viewport != viewport) {
            let ix = &self.ix;
            self.map = Some(ProjectedMap::new(&self.shapes, viewport, |id| {
                query::primary_status(ix, id, None).is_some()
            }));
        }
        let Some(pm) = self.map.as_ref() else {
            return Err(JsError::new("map projection failed"));
        };
        let title = self.legend_title();
        let view = self.map_view(&title, self.hovered);
        let key = BaseKey {
            width: w,
            height: h,
            viewport,
            date: self.date,
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

    /// What is under (x, y) on the map, for the hover tooltip: `{code, name, status}` (code and
    /// status absent for territories without a role), or `undefined` over the sea.
    #[wasm_bindgen(unchecked_return_type = "Hover | undefined")]
    pub fn describe(&self, x: f64, y: f64) -> Result<JsValue, JsError> {
        #[derive(Serialize)]
        struct Hover {
            code: Option<String>,
            name: String,
            status: Option<&'static str>,
        }
        let Some(s) = self.map.as_ref().and_then(|m| m.hit(x, y)) else {
            return Ok(JsValue::UNDEFINED);
        };
        let Some(shape) = self.shapes.countries.get(s) else {
            return Ok(JsValue::UNDEFINED);
        };
        let code = shape.id.clone();
        let actor = code.as_deref().and_then(|c| self.ix.actor(c));
        to_js(&Hover {
            name: actor.map_or_else(|| shape.name.clone(), |a| a.name.clone()),
            status: code
                .as_deref()
                .and_then(|c| query::primary_status(&self.ix, c, self.date))
                .map(query::Status::label),
            code,
        })
    }

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
        let actor = self.selected.and_then(|s| self.code_of(s));
        let key = TimelineKey {
            canvas: JsValue::from(canvas),
            width: w,
            height: h,
            scale,
            date: self.date,
            item: self.item.clone(),
            emphasis: actor
                .as_deref()
                .map(|a| timeline::involves(&self.ix, a).then(|| a.to_string())),
            theme: self.theme,
            dataset: self.dataset_generation,
        };
        if self.timeline_drawn.as_ref() == Some(&key) {
            return Ok(f64::from(h) / scale);
        }
        let view = self.timeline_view(actor.as_deref());
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
            .and_then(|m| query::timeline_item(&self.ix, &m.id))
        {
            Some(item) => to_js(&item),
            None => Ok(JsValue::UNDEFINED),
        }
    }

    /// Selects a timeline item by id (`None` clears): the map moves to its date and outlines the
    /// actors involved. Returns the date selected (`YYYY-MM-DD`) or `undefined`.
    #[wasm_bindgen(js_name = selectItem)]
    pub fn select_item(&mut self, id: Option<String>) -> Result<Option<String>, JsError> {
        let Some(id) = id.filter(|i| !i.is_empty()) else {
            self.item = None;
            return Ok(None);
        };
        let date = match self.markers.iter().find(|m| m.id == id) {
            Some(m) => m.date,
            None => query::timeline_item(&self.ix, &id)
                .and_then(|i| i.when.map(|w| w.date))
                .ok_or_else(|| JsError::new(&format!("no timeline item {id:?}")))?,
        };
        self.date = Some(date);
        self.item = Some(id);
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

    /// Ids of the timeline's items in drawing order, for keyboard stepping and tests.
    #[wasm_bindgen(js_name = timelineItems)]
    #[wasm_bindgen(unchecked_return_type = "Marker[]")]
    pub fn timeline_items(&self) -> Result<JsValue, JsError> {
        to_js(&self.markers)
    }

    /// The country code under (x, y) CSS px on the last drawn map, if any.
    pub fn hit(&self, x: f64, y: f64) -> Option<String> {
        self.map.as_ref()?.hit(x, y).and_then(|s| self.code_of(s))
    }

    /// The display name of an actor or map country by code: the dataset's name, else the map's.
    pub fn name(&self, code: &str) -> Option<String> {
        match self.ix.find_actor(code) {
            Some(a) => Some(a.name.clone()),
            None => self
                .shape_of(code)
                .and_then(|s| self.shapes.countries.get(s))
                .map(|c| c.name.clone()),
        }
    }

    /// Where to click to hit a country on the last drawn map: `{x, y}` in CSS px, or `undefined`.
    #[wasm_bindgen(unchecked_return_type = "Point | undefined")]
    pub fn locate(&self, code: &str) -> Result<JsValue, JsError> {
        let point = self
            .shape_of(code)
            .and_then(|s| self.map.as_ref()?.locate(s))
            .map(|(x, y)| Point { x, y });
        match point {
            Some(p) => to_js(&p),
            None => Ok(JsValue::UNDEFINED),
        }
    }
}

//! The second wasm module's API (`--features tools`, `www/pkg/coalition_tools.js`): the work the
//! page does only when a reader brings a dataset or downloads one, kept out of the first module so
//! that every reader does not pay for serde_json's parser, the validator, the CSV writer and the SVG
//! backend (with Rust's float formatting).
//!
//! It holds no state of its own: a brought document comes in as text and goes back to the first
//! module packed (`Coalition.loadPacked`); the exports are made from the first module's `json()`,
//! and the SVGs from its `query()` and `themeName()` too. `www/coalition.js` joins the two modules
//! behind `Coalition.loadDataset`, `csv`, `mapSvg` and `timelineSvg`.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use super::convert::to_js;
use crate::dataset::{summarise, Index, ValidationError};
use crate::draw::scene;
use crate::geo::Shapes;
use crate::model::Dataset;
use crate::palette::Theme;
use crate::view::ViewState;

/// What `checkDataset` answers; `pack` is added (a `Uint8Array`) when `ok`.
#[derive(Serialize)]
struct Checked {
    ok: bool,
    errors: Vec<ValidationError>,
}

/// Parses and validates a dataset document (what `coalition export --json` prints). On success the
/// answer carries the dataset packed for `Coalition.loadPacked`; otherwise each problem's path and
/// reason (at most 100, then how many more), as `coalition validate` reports them.
#[wasm_bindgen(js_name = checkDataset, unchecked_return_type = "CheckResult")]
pub fn check_dataset(json: &str) -> Result<JsValue, JsError> {
    let checked = Dataset::from_json(json)
        .and_then(crate::view::story::checked)
        .and_then(|ds| {
            crate::pack::encode(&ds).map_err(|reason| {
                vec![ValidationError {
                    path: "(document)".into(),
                    reason,
                }]
            })
        });
    match checked {
        Ok(pack) => {
            let answer = to_js(&Checked {
                ok: true,
                errors: Vec::new(),
            })?;
            let bytes = js_sys::Uint8Array::from(pack.as_slice());
            js_sys::Reflect::set(&answer, &"pack".into(), &bytes)
                .map_err(|_| JsError::new("could not hand over the packed dataset"))?;
            Ok(answer)
        }
        Err(errors) => to_js(&Checked {
            ok: false,
            errors: summarise(errors, 100),
        }),
    }
}

/// The first module's dataset, from its `json()`. Parsed but not validated again, and not held to
/// the size limit for brought documents: it is the embedded dataset or one this module validated
/// (pretty-printed, a brought dataset near the limit would be over it).
fn loaded(json: &str) -> Result<Index, JsError> {
    serde_json::from_str::<Dataset>(json)
        .map(Index::trusted)
        .map_err(|e| JsError::new(&format!("could not read the dataset: {e}")))
}

/// The dataset as CSV, a row per participation, pledge, statement, event, figure and claim, from a
/// dataset document (the first module's `json()`).
#[wasm_bindgen]
pub fn csv(json: &str) -> Result<String, JsError> {
    Ok(crate::export::csv(&loaded(json)?))
}

/// A dataset document (the first module's `json()`), its view (`query()`) and theme
/// (`themeName()`): what the SVG exports draw.
fn scene(json: &str, query: &str, theme: &str) -> Result<(Index, ViewState, Theme), JsError> {
    let ix = loaded(json)?;
    let (view, _) = ViewState::from_query(query, &ix);
    let theme = Theme::parse(theme)
        .ok_or_else(|| JsError::new(&format!("unknown theme {theme:?}: expected light or dark")))?;
    Ok((ix, view, theme))
}

/// The map of a view as an SVG document, drawn by the same code as the page through plotters' SVG
/// backend (here, not in the first module: the SVG backend brings Rust's float formatting).
#[wasm_bindgen(js_name = mapSvg)]
pub fn map_svg(
    json: &str,
    query: &str,
    theme: &str,
    width: u32,
    height: u32,
) -> Result<String, JsError> {
    let (ix, view, theme) = scene(json, query, theme)?;
    let shapes = Shapes::embedded().map_err(|e| JsError::new(&e))?;
    let (w, h) = (width.clamp(100, 8000), height.clamp(100, 8000));
    scene::map_svg(&ix, &shapes, &view, theme, w, h).map_err(|e| JsError::new(&e.to_string()))
}

/// The timeline of a view as an SVG document, in the view's mode and window.
#[wasm_bindgen(js_name = timelineSvg)]
pub fn timeline_svg(json: &str, query: &str, theme: &str, width: u32) -> Result<String, JsError> {
    let (ix, view, theme) = scene(json, query, theme)?;
    scene::timeline_svg(&ix, &view, theme, width.clamp(200, 8000), None)
        .map_err(|e| JsError::new(&e.to_string()))
}

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** The answer of checkDataset: the problems found, or the dataset packed for Coalition.loadPacked. */
export interface CheckResult { ok: boolean; errors: { path: string; reason: string }[]; pack?: Uint8Array; }
"#;

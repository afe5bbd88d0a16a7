//! The second wasm module's API (`--features tools`, `www/pkg/coalition_tools.js`): the work the
//! page does only when a reader brings a dataset or downloads one, kept out of the first module so
//! that every reader does not pay for serde_json's parser, the validator, the CSV writer and the SVG
//! backend (with Rust's float formatting).
//!
//! It holds no state of its own: a brought document comes in as text and goes back to the first
//! module packed (`Coalition.loadPacked`); the exports are made from the first module's `pack()`
//! (the dataset it shows, in the build's pack format), and the SVGs from its `query()` and
//! `themeName()` too. `www/coalition.js` joins the two modules behind `Coalition.loadDataset`,
//! `json`, `csv`, `mapSvg` and `timelineSvg`.

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
/// answer carries the dataset packed for `Coalition.loadPacked` (its reader's edition and the
/// document as it came: `pack::encode_brought`); otherwise each problem's path and
/// reason (at most 100, then how many more), as `coalition validate` reports them.
#[wasm_bindgen(js_name = checkDataset, unchecked_return_type = "CheckResult")]
pub fn check_dataset(json: &str) -> Result<JsValue, JsError> {
    let checked = Dataset::from_json(json)
        .and_then(crate::view::story::checked)
        .and_then(|ds| {
            // What the page shows is the reader's edition (citations by source name), computed
            // here so that the first module need not carry it; the pack keeps the dataset as it
            // came too, for the downloads.
            let mut shown = ds.clone();
            crate::voice::prose::reader_edition(&mut shown);
            crate::pack::encode_brought(&shown, &ds).map_err(|reason| {
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

/// The first module's dataset, from its `pack()`: the embedded dataset or one this module
/// validated and packed (read as it was brought, not in the reader's edition the page shows), so
/// it is decoded, not validated again. The embedded one comes as the
/// page's pack, its long texts marked (`pack::texts`): they are put back as the data files give
/// them (`pack::unmarked`, from the texts embedded here), so the downloads and the SVGs hold every
/// text.
fn loaded(pack: &[u8]) -> Result<Index, JsError> {
    let whole = |(ds, marks)| match marks {
        0 => Ok(ds),
        _ => crate::pack::unmarked(&ds),
    };
    crate::pack::decode_as_brought(pack)
        .and_then(whole)
        .map(Index::trusted)
        .map_err(|e| JsError::new(&format!("could not read the dataset: {e}")))
}

/// The dataset as a JSON document, indented (what `coalition export --json` prints and
/// `checkDataset` reads back), from the first module's `pack()`.
#[wasm_bindgen]
pub fn json(pack: &[u8]) -> Result<String, JsError> {
    crate::export::json(&loaded(pack)?).map_err(|e| JsError::new(&e))
}

/// The dataset as CSV, a row per participation, pledge, statement, event, figure and claim, from
/// the first module's `pack()`.
#[wasm_bindgen]
pub fn csv(pack: &[u8]) -> Result<String, JsError> {
    Ok(crate::export::csv(&loaded(pack)?))
}

/// The first module's dataset (`pack()`), its view (`query()`) and theme (`themeName()`): what
/// the SVG exports draw.
fn scene(pack: &[u8], query: &str, theme: &str) -> Result<(Index, ViewState, Theme), JsError> {
    let ix = loaded(pack)?;
    let (view, _) = ViewState::from_query(query, &ix);
    let theme = Theme::parse(theme)
        .ok_or_else(|| JsError::new(&format!("unknown theme {theme:?}: expected light or dark")))?;
    Ok((ix, view, theme))
}

/// The map of a view as an SVG document, drawn by the same code as the page through plotters' SVG
/// backend (here, not in the first module: the SVG backend brings Rust's float formatting).
#[wasm_bindgen(js_name = mapSvg)]
pub fn map_svg(
    pack: &[u8],
    query: &str,
    theme: &str,
    width: u32,
    height: u32,
) -> Result<String, JsError> {
    let (ix, view, theme) = scene(pack, query, theme)?;
    let shapes = Shapes::embedded().map_err(|e| JsError::new(&e))?;
    let (w, h) = (width.clamp(100, 8000), height.clamp(100, 8000));
    scene::map_svg(&ix, &shapes, &view, theme, w, h).map_err(|e| JsError::new(&e.to_string()))
}

/// The timeline of a view as an SVG document, in the view's mode and window.
#[wasm_bindgen(js_name = timelineSvg)]
pub fn timeline_svg(pack: &[u8], query: &str, theme: &str, width: u32) -> Result<String, JsError> {
    let (ix, view, theme) = scene(pack, query, theme)?;
    scene::timeline_svg(&ix, &view, theme, width.clamp(200, 8000), None)
        .map_err(|e| JsError::new(&e.to_string()))
}

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** The answer of checkDataset: the problems found, or the dataset packed for Coalition.loadPacked. */
export interface CheckResult { ok: boolean; errors: { path: string; reason: string }[]; pack?: Uint8Array; }
"#;

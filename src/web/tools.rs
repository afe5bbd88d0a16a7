//! The second wasm module's API (`--features tools`, `www/pkg/coalition_tools.js`): the work the
//! page does only when a reader brings a dataset or downloads the CSV, kept out of the first module
//! so that every reader does not pay for serde_json's parser, the validator and the CSV writer.
//!
//! It holds no state and no dataset of its own: a brought document comes in as text and goes back
//! to the first module packed (`Coalition.loadPacked`); the CSV is written from the first module's
//! `json()`. `www/coalition.js` joins the two modules behind `Coalition.loadDataset` and `csv`.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use super::convert::to_js;
use crate::dataset::{summarise, Index, ValidationError};
use crate::model::Dataset;

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
    let checked = Dataset::from_json(json).and_then(|ds| {
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

/// The dataset as CSV, a row per participation, pledge, statement, event, figure and claim, from a
/// dataset document (the first module's `json()`).
#[wasm_bindgen]
pub fn csv(json: &str) -> Result<String, JsError> {
    let ix = Dataset::from_json(json)
        .and_then(Index::new)
        .map_err(|errors| {
            let first = errors.first().map(ToString::to_string).unwrap_or_default();
            JsError::new(&format!("could not write the CSV: {first}"))
        })?;
    Ok(crate::export::csv(&ix))
}

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** The answer of checkDataset: the problems found, or the dataset packed for Coalition.loadPacked. */
export interface CheckResult { ok: boolean; errors: { path: string; reason: string }[]; pack?: Uint8Array; }
"#;

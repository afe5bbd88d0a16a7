//! The packed dataset: `data/*.json` as `build.rs` packs them for embedding, and what the second
//! wasm module hands the first after validating a brought dataset. The JSON stays the reviewed,
//! human-edited source; the page decodes this instead, with no JSON parser (`tests/pack.rs`
//! checks the decoded pack equals the parsed JSON, whole `Dataset` against whole `Dataset`).
//!
//! Format (integers are unsigned LEB128 varints as in the packed shapes; signed ones zigzag first):
//!
//! ```text
//! "CMD1"                                  magic and version
//! string count, then each string          every key and text value, once (length + UTF-8)
//! value                                   the document, one tagged value:
//!   0 null | 1 false | 2 true | 3 integer (zigzag) | 4 float (8 bytes, little-endian f64)
//!   5 text (string index) | 6 list (count, values) | 7 object (count, (key index, value) pairs)
//! ```
//!
//! Generic (a JSON value, not the model's field order) so that the writer, which `build.rs` shares,
//! never repeats the schema; the model's shape lives in `unpack` alone, read by field name.

mod read;
mod unpack;
pub mod write;

use crate::model::Dataset;
use unpack::Unpack;

/// The embedded dataset, packed by `build.rs` from `data/*.json`.
pub const EMBEDDED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dataset.bin"));

/// The map's country shapes as `build.rs` packs them (`data/geo/countries.json`; the format is in
/// `geo::shapes`). Here rather than in `geo` because the validator (`dataset`, a layer below
/// `geo`) reads the map's codes and names from it: no actor may take over a map country.
pub const SHAPES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/countries.bin"));

/// A packed dataset decoded. Not validated: the embedded pack is checked by the tests and a brought
/// one by the module that packed it, so the page need not carry the validator.
pub fn decode(bytes: &[u8]) -> Result<Dataset, String> {
    let mut u = unpack::Unpacker::default();
    let ds = Dataset::unpack(read::value(bytes)?, &mut u);
    match u.problem {
        None => Ok(ds),
        Some(p) => Err(format!("packed dataset: {p}")),
    }
}

/// A dataset packed: what `decode` reads back as the same `Dataset`.
pub fn encode(ds: &Dataset) -> Result<Vec<u8>, String> {
    let value = serde_json::to_value(ds).map_err(|e| format!("could not pack the dataset: {e}"))?;
    Ok(write::pack(&value))
}

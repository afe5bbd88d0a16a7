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
//! [8 value]                               a brought dataset's pack: the document above is its
//!                                         reader's edition (what the page shows), this one the
//!                                         dataset as it came (what the downloads write)
//! ```
//!
//! Generic (a JSON value, not the model's field order) so that the writer, which `build.rs` shares,
//! never repeats the schema; the model's shape lives in `unpack` alone, read by field name.

mod read;
pub mod texts;
mod unpack;
pub mod write;

use crate::model::Dataset;
use unpack::Unpack;

/// The embedded dataset, packed by `build.rs` from `data/*.json`: what the CLI and the tests
/// read.
pub const EMBEDDED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dataset.bin"));

/// The page's copy of the embedded dataset: the same pack with each long text marked
/// ([`texts::MARK`]), which decoding numbers; the texts themselves are in the texts file
/// ([`reader_texts`]), which the page asks for with the wasm (its first panel shows some).
pub const PAGE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/page.bin"));

/// The map's country shapes as `build.rs` packs them (`data/geo/countries.json`; the format is in
/// `geo::shapes`). Here rather than in `geo` because the validator (`dataset`, a layer below
/// `geo`) reads the map's codes and names from it: no actor may take over a map country.
pub const SHAPES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/countries.bin"));

/// A packed dataset decoded. Not validated: the embedded pack is checked by the tests and a brought
/// one by the module that packed it, so the page need not carry the validator. A long text marked
/// in the page's pack ([`PAGE`]) reads as the mark and its number in reading order
/// (`"\u{E000}12"`: the texts file's 13th text).
pub fn decode(bytes: &[u8]) -> Result<Dataset, String> {
    decode_counting(bytes).map(|(ds, _)| ds)
}

/// [`decode`], and how many marked texts the pack held (0 but for the page's pack).
pub fn decode_counting(bytes: &[u8]) -> Result<(Dataset, usize), String> {
    unpack_value(read::value(bytes, false)?)
}

/// A pack's dataset as it was brought (`encode_brought`'s second document; a pack without one
/// is the same as [`decode_counting`]), with its count of marked texts: what the downloads write.
pub fn decode_as_brought(bytes: &[u8]) -> Result<(Dataset, usize), String> {
    unpack_value(read::value(bytes, true)?)
}

fn unpack_value(v: read::Value<'_>) -> Result<(Dataset, usize), String> {
    let mut u = unpack::Unpacker::default();
    let ds = Dataset::unpack(v, &mut u);
    match u.problem {
        None => Ok((ds, u.marks)),
        Some(p) => Err(format!("packed dataset: {p}")),
    }
}

/// The long texts as the data files give them, in the order `build.rs` marked them
/// ([`texts::strip`]): what the second module puts back into the page's pack for the downloads.
const RAW: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/raw.bin"));

/// The page's dataset (`page`, its long texts marked) with each text as the data files give it:
/// the embedded dataset whole, which the second module writes the downloads and SVGs from. The
/// marks are met in the order `build.rs` made them ([`texts::each_long`] over the same document),
/// so the k-th mark met takes the k-th text.
pub fn unmarked(page: &Dataset) -> Result<Dataset, String> {
    let read::Value::List(raw) = read::value(RAW, false)? else {
        return Err("the long texts are not a list".into());
    };
    let mut doc = to_value(page)?;
    let (mut k, mut missing) = (0, false);
    texts::each_long(&mut doc, &mut |s| {
        if s.starts_with(texts::MARK) {
            match raw.get(k) {
                Some(read::Value::Text(t)) => *s = (*t).to_string(),
                _ => missing = true,
            }
            k += 1;
        }
    });
    if missing || k != raw.len() {
        return Err(format!("{k} long texts marked, {} known", raw.len()));
    }
    // Read back through the pack (a serde reader of `Value` would be a second deserializer of
    // the whole model in the second module: measured +30 KB).
    decode(&write::pack(&doc))
}

/// The texts file: each text marked in `page` (the page's pack decoded) at its number, taken from
/// the same place in `full` (the whole dataset, in the edition the reader sees). An error if the
/// two are not the same dataset, or a number is missing.
pub fn reader_texts(page: &Dataset, full: &Dataset) -> Result<Vec<String>, String> {
    let value = |d: &Dataset| serde_json::to_value(d).map_err(|e| e.to_string());
    let mut out: Vec<Option<String>> = Vec::new();
    pair_texts(&value(page)?, &value(full)?, &mut out, "")?;
    out.into_iter()
        .enumerate()
        .map(|(i, t)| t.ok_or_else(|| format!("texts: no text numbered {i}")))
        .collect()
}

/// Walks two documents of the same shape, keeping `full`'s text wherever `page` has a mark.
fn pair_texts(
    page: &serde_json::Value,
    full: &serde_json::Value,
    out: &mut Vec<Option<String>>,
    path: &str,
) -> Result<(), String> {
    use serde_json::Value as V;
    let differ = || format!("texts: the page's pack and the dataset differ at {path}");
    match (page, full) {
        (V::String(p), V::String(f)) => {
            if let Some(n) = p.strip_prefix(texts::MARK) {
                let n: usize = n
                    .parse()
                    .map_err(|_| format!("texts: bad mark at {path}"))?;
                if out.len() <= n {
                    out.resize(n + 1, None);
                }
                out[n] = Some(f.clone());
            } else if p != f {
                return Err(differ());
            }
        }
        (V::Array(p), V::Array(f)) if p.len() == f.len() => {
            for (i, (p, f)) in p.iter().zip(f).enumerate() {
                pair_texts(p, f, out, &format!("{path}[{i}]"))?;
            }
        }
        (V::Object(p), V::Object(f)) if p.len() == f.len() => {
            for (k, p) in p {
                let f = f.get(k).ok_or_else(differ)?;
                pair_texts(p, f, out, &format!("{path}.{k}"))?;
            }
        }
        (p, f) if p == f => {}
        _ => return Err(differ()),
    }
    Ok(())
}

/// A dataset packed: what `decode` reads back as the same `Dataset`.
pub fn encode(ds: &Dataset) -> Result<Vec<u8>, String> {
    Ok(write::pack(&to_value(ds)?))
}

/// A brought dataset packed for the page: `shown` (its reader's edition, what `decode` reads) and
/// `brought` (the same as it came, what [`decode_as_brought`] reads for the downloads).
pub fn encode_brought(shown: &Dataset, brought: &Dataset) -> Result<Vec<u8>, String> {
    Ok(write::pack_brought(&to_value(shown)?, &to_value(brought)?))
}

fn to_value(ds: &Dataset) -> Result<serde_json::Value, String> {
    serde_json::to_value(ds).map_err(|e| format!("could not pack the dataset: {e}"))
}

//! The packed dataset's writer: any JSON value (a dataset document) to the bytes `read` decodes.
//!
//! Generic over `serde_json::Value` on purpose: `build.rs` includes this file (it cannot use the
//! library it builds) to pack `data/*.json` as they are, and the second wasm module packs a brought
//! dataset after validating it, so both write exactly one format and neither repeats the schema.

use std::collections::HashMap;

use serde_json::Value;

/// The first bytes of a packed dataset: the format and its version.
pub const MAGIC: &[u8; 4] = b"CMD1";

/// Tags of the values in a pack (see the format in `src/pack/mod.rs`).
pub const NULL: u8 = 0;
pub const FALSE: u8 = 1;
pub const TRUE: u8 = 2;
pub const INT: u8 = 3;
pub const FLOAT: u8 = 4;
pub const TEXT: u8 = 5;
pub const LIST: u8 = 6;
pub const OBJECT: u8 = 7;
/// After the document, the same dataset as it was brought (see [`pack_brought`]).
pub const AS_BROUGHT: u8 = 8;

/// Packs a JSON value: the magic, every distinct string (keys and values) once, then the tree.
pub fn pack(value: &Value) -> Vec<u8> {
    pack_both(value, None)
}

/// Packs a brought dataset: the document the page shows (its reader's edition), then
/// [`AS_BROUGHT`] and the document as it came, which the downloads write. One string table holds
/// both: they differ only in a few texts.
#[allow(dead_code)] // build.rs shares this file and packs no brought dataset
pub fn pack_brought(shown: &Value, brought: &Value) -> Vec<u8> {
    pack_both(shown, Some(brought))
}

fn pack_both(value: &Value, brought: Option<&Value>) -> Vec<u8> {
    let mut strings = Strings::default();
    strings.collect(value);
    if let Some(b) = brought {
        strings.collect(b);
    }
    let mut out = MAGIC.to_vec();
    varint(&mut out, strings.order.len() as u64);
    for s in &strings.order {
        varint(&mut out, s.len() as u64);
        out.extend_from_slice(s.as_bytes());
    }
    write_value(&mut out, value, &strings.index);
    if let Some(b) = brought {
        out.push(AS_BROUGHT);
        write_value(&mut out, b, &strings.index);
    }
    out
}

/// Every string of a document in first-seen order, and each one's place in that order.
#[derive(Default)]
struct Strings<'a> {
    order: Vec<&'a str>,
    index: HashMap<&'a str, u64>,
}

impl<'a> Strings<'a> {
    fn add(&mut self, s: &'a str) {
        if !self.index.contains_key(s) {
            self.index.insert(s, self.order.len() as u64);
            self.order.push(s);
        }
    }

    fn collect(&mut self, value: &'a Value) {
        match value {
            Value::String(s) => self.add(s),
            Value::Array(items) => items.iter().for_each(|v| self.collect(v)),
            Value::Object(fields) => {
                for (k, v) in fields {
                    self.add(k);
                    self.collect(v);
                }
            }
            _ => {}
        }
    }
}

fn write_value(out: &mut Vec<u8>, value: &Value, index: &HashMap<&str, u64>) {
    let string = |out: &mut Vec<u8>, s: &str| varint(out, index.get(s).copied().unwrap_or(0));
    match value {
        Value::Null => out.push(NULL),
        Value::Bool(false) => out.push(FALSE),
        Value::Bool(true) => out.push(TRUE),
        Value::Number(n) => match n.as_i64() {
            Some(i) => {
                out.push(INT);
                varint(out, ((i << 1) ^ (i >> 63)) as u64);
            }
            None => {
                out.push(FLOAT);
                out.extend_from_slice(&n.as_f64().unwrap_or(f64::NAN).to_le_bytes());
            }
        },
        Value::String(s) => {
            out.push(TEXT);
            string(out, s);
        }
        Value::Array(items) => {
            out.push(LIST);
            varint(out, items.len() as u64);
            for v in items {
                write_value(out, v, index);
            }
        }
        Value::Object(fields) => {
            out.push(OBJECT);
            varint(out, fields.len() as u64);
            for (k, v) in fields {
                string(out, k);
                write_value(out, v, index);
            }
        }
    }
}

/// Unsigned LEB128, as the packed shapes use (build.rs writes the shapes with it too).
pub fn varint(out: &mut Vec<u8>, mut n: u64) {
    loop {
        let byte = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

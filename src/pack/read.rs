//! The packed dataset's reader: bytes to a small tree of values, every read checked (a truncated or
//! corrupt pack is an error, never a panic). `unpack` turns the tree into the model's types.
//!
//! Hand-written rather than serde: the first wasm module decodes the embedded dataset with this
//! and nothing else, so it carries no JSON parser and no serde `Deserialize` code.

use super::write::{AS_BROUGHT, FALSE, FLOAT, INT, LIST, MAGIC, NULL, OBJECT, TEXT, TRUE};
use crate::bytes::Reader;

/// A decoded value: strings borrow the pack's string table.
#[derive(Debug, Clone, PartialEq)]
pub enum Value<'a> {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Text(&'a str),
    List(Vec<Value<'a>>),
    Object(Vec<(&'a str, Value<'a>)>),
}

/// Lists and objects nest at most this deep (a dataset needs 6): a hostile pack cannot overflow
/// the stack.
const DEEPEST: usize = 32;

/// Decodes a pack into its value tree: its document, or with `as_brought` the document as it was
/// brought when the pack holds one after it (`write::pack_brought`), else the same. The page reads
/// the first and never parses the second.
pub fn value(bytes: &[u8], as_brought: bool) -> Result<Value<'_>, String> {
    let mut r = Reader::new(bytes, "packed dataset");
    if r.take(MAGIC.len())? != MAGIC {
        return Err("not a packed dataset (or another version of the format)".into());
    }
    let count = r.count()?;
    let mut strings = Vec::with_capacity(count);
    for _ in 0..count {
        strings.push(r.str()?);
    }
    let v = read_value(&mut r, &strings, 0)?;
    if r.at_end() {
        return Ok(v);
    }
    if r.byte()? != AS_BROUGHT {
        return Err(r.error("trailing bytes"));
    }
    if !as_brought {
        return Ok(v);
    }
    let brought = read_value(&mut r, &strings, 0)?;
    if !r.at_end() {
        return Err(r.error("trailing bytes"));
    }
    Ok(brought)
}

/// A string by its index in the pack's string table.
fn text<'a>(r: &mut Reader<'a>, strings: &[&'a str]) -> Result<&'a str, String> {
    let i = usize::try_from(r.varint()?).unwrap_or(usize::MAX);
    strings
        .get(i)
        .copied()
        .ok_or_else(|| r.error("unknown string"))
}

fn read_value<'a>(
    r: &mut Reader<'a>,
    strings: &[&'a str],
    depth: usize,
) -> Result<Value<'a>, String> {
    if depth > DEEPEST {
        return Err(r.error("nested too deep"));
    }
    Ok(match r.byte()? {
        NULL => Value::Null,
        FALSE => Value::Bool(false),
        TRUE => Value::Bool(true),
        INT => {
            let z = r.varint()?;
            Value::Int((z >> 1) as i64 ^ -((z & 1) as i64))
        }
        FLOAT => {
            let raw = r.take(8)?;
            let b: [u8; 8] = raw.try_into().map_err(|_| r.error("unexpected end"))?;
            Value::Float(f64::from_le_bytes(b))
        }
        TEXT => Value::Text(text(r, strings)?),
        LIST => {
            let n = r.count()?;
            let mut items = Vec::with_capacity(n);
            for _ in 0..n {
                items.push(read_value(r, strings, depth + 1)?);
            }
            Value::List(items)
        }
        OBJECT => {
            let n = r.count()?;
            let mut fields = Vec::with_capacity(n);
            for _ in 0..n {
                let key = text(r, strings)?;
                fields.push((key, read_value(r, strings, depth + 1)?));
            }
            Value::Object(fields)
        }
        _ => return Err(r.error("unknown tag")),
    })
}

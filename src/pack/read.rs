//! The packed dataset's reader: bytes to a small tree of values, every read checked (a truncated or
//! corrupt pack is an error, never a panic). `unpack` turns the tree into the model's types.
//!
//! Hand-written rather than serde: the first wasm module decodes the embedded dataset with this
//! and nothing else, so it carries no JSON parser and no serde `Deserialize` code.

use super::write::{FALSE, FLOAT, INT, LIST, MAGIC, NULL, OBJECT, TEXT, TRUE};

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

/// Decodes a whole pack into its value tree.
pub fn value(bytes: &[u8]) -> Result<Value<'_>, String> {
    let mut r = Reader { bytes, at: 0 };
    if r.take(MAGIC.len())? != MAGIC {
        return Err("not a packed dataset (or another version of the format)".into());
    }
    let count = r.len()?;
    let mut strings = Vec::with_capacity(count.min(bytes.len()));
    for _ in 0..count {
        let n = r.len()?;
        let raw = r.take(n)?;
        strings.push(std::str::from_utf8(raw).map_err(|_| r.error("text is not UTF-8"))?);
    }
    let v = r.value(&strings, 0)?;
    if r.at != bytes.len() {
        return Err(r.error("trailing bytes"));
    }
    Ok(v)
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn error(&self, what: &str) -> String {
        format!("packed dataset: {what} at byte {}", self.at)
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self
            .at
            .checked_add(n)
            .ok_or_else(|| self.error("length out of range"))?;
        let raw = self
            .bytes
            .get(self.at..end)
            .ok_or_else(|| self.error("unexpected end"))?;
        self.at = end;
        Ok(raw)
    }

    fn byte(&mut self) -> Result<u8, String> {
        let b = *self
            .bytes
            .get(self.at)
            .ok_or_else(|| self.error("unexpected end"))?;
        self.at += 1;
        Ok(b)
    }

    fn varint(&mut self) -> Result<u64, String> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.byte()?;
            value |= u64::from(byte & 0x7f) << shift;
            if byte < 0x80 {
                return Ok(value);
            }
        }
        Err(self.error("varint too long"))
    }

    /// A count of items that follow: each takes at least a byte, so a larger count is corrupt
    /// (and must not reserve memory for it).
    fn len(&mut self) -> Result<usize, String> {
        let n = usize::try_from(self.varint()?).map_err(|_| self.error("length out of range"))?;
        if n > self.bytes.len() - self.at {
            return Err(self.error("length out of range"));
        }
        Ok(n)
    }

    fn text(&mut self, strings: &[&'a str]) -> Result<&'a str, String> {
        let i = usize::try_from(self.varint()?).unwrap_or(usize::MAX);
        strings
            .get(i)
            .copied()
            .ok_or_else(|| self.error("unknown string"))
    }

    fn value(&mut self, strings: &[&'a str], depth: usize) -> Result<Value<'a>, String> {
        if depth > DEEPEST {
            return Err(self.error("nested too deep"));
        }
        Ok(match self.byte()? {
            NULL => Value::Null,
            FALSE => Value::Bool(false),
            TRUE => Value::Bool(true),
            INT => {
                let z = self.varint()?;
                Value::Int((z >> 1) as i64 ^ -((z & 1) as i64))
            }
            FLOAT => {
                let raw = self.take(8)?;
                let b: [u8; 8] = raw.try_into().map_err(|_| self.error("unexpected end"))?;
                Value::Float(f64::from_le_bytes(b))
            }
            TEXT => Value::Text(self.text(strings)?),
            LIST => {
                let n = self.len()?;
                let mut items = Vec::with_capacity(n);
                for _ in 0..n {
                    items.push(self.value(strings, depth + 1)?);
                }
                Value::List(items)
            }
            OBJECT => {
                let n = self.len()?;
                let mut fields = Vec::with_capacity(n);
                for _ in 0..n {
                    let key = self.text(strings)?;
                    fields.push((key, self.value(strings, depth + 1)?));
                }
                Value::Object(fields)
            }
            _ => return Err(self.error("unknown tag")),
        })
    }
}

//! Where a parse error is, as a path (`actors[0].kind`): re-scan the JSON text up to the line and
//! column serde_json reports, tracking object keys and array indices.
//!
//! This replaces `serde_path_to_error`, which wraps the deserializer of every model type and was
//! about a sixth of the wasm's code; a scan of the text is a few hundred bytes and runs only when a
//! document is already known to be broken.

/// One open container while scanning.
enum Frame {
    Object { key: Option<String>, in_key: bool },
    Array { index: usize },
}

/// Byte offset of a 1-based line and column (as serde_json counts them) in `text`.
fn offset(text: &str, line: usize, column: usize) -> usize {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    (start + column.saturating_sub(1)).min(text.len())
}

/// The path of keys and indices enclosing the byte before `line`:`column`: `"[3].actor"`,
/// `"sources"`, or `""` at the top level.
pub fn path_at(text: &str, line: usize, column: usize) -> String {
    let end = offset(text, line, column);
    let bytes = &text.as_bytes()[..end];
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'{' => stack.push(Frame::Object {
                key: None,
                in_key: true,
            }),
            b'[' => stack.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array { index }) => *index += 1,
                Some(Frame::Object { key, in_key }) => {
                    *key = None;
                    *in_key = true;
                }
                None => {}
            },
            b':' => {
                if let Some(Frame::Object { in_key, .. }) = stack.last_mut() {
                    *in_key = false;
                }
            }
            b'"' => {
                let start = i + 1;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if let Some(Frame::Object { key, in_key: true }) = stack.last_mut() {
                    let raw = &bytes[start..i.min(bytes.len())];
                    *key = Some(String::from_utf8_lossy(raw).into_owned());
                }
            }
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Object { key: Some(k), .. } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(k);
            }
            Frame::Object { key: None, .. } => {}
            Frame::Array { index } => path.push_str(&format!("[{index}]")),
        }
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> String {
        let err = serde_json::from_str::<serde_json::Value>(text).map(|_| ());
        assert!(
            err.is_ok(),
            "test inputs are valid JSON; the position is given by a marker"
        );
        let pos = text.find('§').expect("marker");
        let line = text[..pos].matches('\n').count() + 1;
        let column = pos - text[..pos].rfind('\n').map_or(0, |n| n + 1) + 1;
        path_at(text, line, column)
    }

    #[test]
    fn finds_keys_and_indices() {
        assert_eq!(
            at(r#"{"actors":[{"id":"A"},{"kind":"§"}]}"#),
            "actors[1].kind"
        );
        assert_eq!(at(r#"[{"a":1},{"b":[1,2,"§"]}]"#), "[1].b[2]");
        assert_eq!(at(r#"{"a":{"b,\"c":"§"}}"#), r#"a.b,\"c"#);
        assert_eq!(at(r#"{"§":1}"#), "");
        assert_eq!(at("{\"x\":\n  [0,\n   \"§\"]}"), "x[1]");
    }

    #[test]
    fn never_panics_on_odd_positions() {
        for (text, line, col) in [
            ("", 1, 1),
            ("{", 9, 9),
            ("\"\\", 1, 3),
            ("[[[", 1, 99),
            ("{\"a\"", 0, 0),
        ] {
            let _ = path_at(text, line, col);
        }
    }
}

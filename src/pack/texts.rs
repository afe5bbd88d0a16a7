//! Which of the dataset's texts are long (summaries, notes, quotations, claims' texts, excerpts,
//! approximate dates' words), and the page's pack without them. The page's wasm module embeds the
//! dataset with each long text replaced by [`MARK`]; decoding numbers the marks in the order it
//! reads them (`"\u{E000}0"`, `"\u{E000}1"`, …), and the texts file (`coalition texts`, written
//! by the build into `www/baked/texts.json`) holds each text, in the reader's edition, at its
//! number. The page asks for it with the wasm, as its first panel shows some (`www/texts.js`).
//!
//! Why: every reader downloads the first module, and most never open a panel's quotations; the
//! long texts were 73 KB raw, 18 KB gzip of it. Shared with `build.rs` by `#[path]` (it cannot use
//! the library it builds), so this file names only `serde_json`.

use serde_json::Value;

/// What a long text becomes in the page's pack: one Unicode private-use character, numbered when
/// the pack is decoded (`src/pack/unpack.rs`). A dataset's own texts never start with it (the
/// validator refuses one that does).
pub const MARK: &str = "\u{E000}";

/// Each section's long texts, as paths inside one of its records: `a.b` a field of a field,
/// `a[].b` a field of each item of a list. Only texts the page shows in a panel, an item's detail,
/// the table view or a hover; never what the map, the timeline, search, the frame's words or the
/// short-text translations (`i18n/data.*.json`) read.
pub const LONG: [(&str, &[&str]); 11] = [
    (
        "conferences",
        &["summary", "date.approximate", "commitments[].summary"],
    ),
    ("participations", &["note"]),
    (
        "pledges",
        &["summary", "date.approximate", "quotes[].quote"],
    ),
    (
        "statements",
        &["summary", "date.approximate", "quotes[].quote"],
    ),
    ("events", &["summary", "date.approximate"]),
    ("figures", &["text", "as_of.approximate"]),
    ("disputes", &["used", "claims[].text", "claims[].note"]),
    (
        "decisions",
        &[
            "summary",
            "date.approximate",
            "excerpts[].text",
            "excerpts[].gloss",
        ],
    ),
    (
        "strikes",
        &[
            "summary",
            "date.approximate",
            "excerpts[].text",
            "excerpts[].gloss",
        ],
    ),
    (
        "listings",
        &[
            "summary",
            "date.approximate",
            "excerpts[].text",
            "excerpts[].gloss",
        ],
    ),
    (
        "meetings",
        &[
            "summary",
            "date.approximate",
            "excerpts[].text",
            "excerpts[].gloss",
        ],
    ),
];

/// `doc` (a dataset document) with every long text replaced by [`MARK`]: the texts, in the order
/// they were met (the order [`each_long`] walks: the second module puts them back by it).
pub fn strip(doc: &mut Value) -> Vec<String> {
    let mut out = Vec::new();
    each_long(doc, &mut |s| {
        out.push(std::mem::replace(s, MARK.to_string()))
    });
    out
}

/// Calls `f` on each long text of `doc` (see [`LONG`]), section by section, record by record, path
/// by path: one order, whatever the document's key order.
pub fn each_long(doc: &mut Value, f: &mut dyn FnMut(&mut String)) {
    for (section, paths) in LONG {
        let Some(Value::Array(records)) = doc.get_mut(section) else {
            continue;
        };
        for record in records {
            for path in paths {
                visit(record, path, f);
            }
        }
    }
}

/// Calls `f` on the text at `path` under `value` (see [`LONG`]).
fn visit(value: &mut Value, path: &str, f: &mut dyn FnMut(&mut String)) {
    let (head, rest) = match path.split_once('.') {
        Some((h, r)) => (h, Some(r)),
        None => (path, None),
    };
    let (key, each) = match head.strip_suffix("[]") {
        Some(k) => (k, true),
        None => (head, false),
    };
    match (each, rest, value.get_mut(key)) {
        (true, Some(rest), Some(Value::Array(items))) => {
            items.iter_mut().for_each(|v| visit(v, rest, f))
        }
        (false, Some(rest), Some(v)) => visit(v, rest, f),
        (false, None, Some(Value::String(s))) => f(s),
        _ => {}
    }
}

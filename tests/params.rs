//! Each view parameter is declared once (`view::PARAMS`) and every place that spells one agrees
//! with the table: the URL reader and writer, the patch, the embed's attribute list, the page's
//! query reader (`www/query.js`: its keys and limits) and the first paint's list of keys that
//! change the map. A field added to `ViewState` or `ViewPatch` fails to compile here until it is
//! declared.

use std::fs;
use std::path::Path;

use coalition_map::dataset::Index;
use coalition_map::view::{decode, is_ours, ViewPatch, ViewState, MAX_PARAMS, PARAMS};

fn ix() -> Index {
    Index::embedded().unwrap()
}

/// Every field of the view, by name: a new field breaks this destructuring, and the count below
/// then asks for its `PARAMS` entry. (`foreign` holds the host's parameters, not a view's.)
#[test]
fn every_field_of_the_view_and_the_patch_is_a_declared_parameter() {
    let ViewState {
        country: _,
        date: _,
        framing: _,
        camera: _,
        item: _,
        compare: _,
        statuses: _,
        kinds: _,
        timeline: _,
        window: _,
        record: _,
        story: _,
        step: _,
        lang: _,
        numerals: _,
        foreign: _,
    } = ViewState::default();
    let view_fields = 16 - 1;
    let ViewPatch {
        country: _,
        date: _,
        framing: _,
        item: _,
        compare: _,
        statuses: _,
        kinds: _,
        timeline: _,
        window: _,
        record: _,
        camera: _,
        story: _,
        step: _,
        lang: _,
        numerals: _,
    } = ViewPatch::default();
    let patch_fields = 15;
    assert_eq!(PARAMS.len(), view_fields);
    assert_eq!(PARAMS.len(), patch_fields);
    let mut keys: Vec<&str> = PARAMS.iter().map(|p| p.key).collect();
    keys.sort();
    keys.dedup();
    assert_eq!(keys.len(), PARAMS.len(), "a key declared twice");
}

#[test]
fn every_parameter_is_read_written_and_patched_alike() {
    let ix = ix();
    for p in PARAMS {
        assert!(is_ours(p.key));
        let query = format!("{}={}", p.key, p.sample);
        let (read, notices) = ViewState::from_query(&query, &ix);
        assert!(notices.is_empty(), "{query}: {notices:?}");
        assert_ne!(read, ViewState::default(), "{query} changed nothing");
        // Written back under the same key, and read again to the same view.
        let written = read.view_query();
        assert!(
            written
                .split('&')
                .any(|kv| kv.starts_with(&format!("{}=", p.key))),
            "{query} written as {written:?}"
        );
        assert_eq!(ViewState::from_query(&written, &ix).0, read, "{query}");
        // The same value through the patch (lists are arrays there).
        let value = if matches!(p.patch, "statuses" | "kinds") {
            serde_json::json!([p.sample])
        } else {
            serde_json::json!(p.sample)
        };
        let patch: ViewPatch =
            serde_json::from_value(serde_json::json!({ p.patch: value })).unwrap();
        let mut patched = ViewState::default();
        patched.apply(&patch, &ix).unwrap();
        assert_eq!(patched, read, "patch {{{}: {value}}}", p.patch);
    }
    assert!(!is_ours("utm_source") && !is_ours("dataset"));
}

/// The string items of the first JS array literal after `marker` in a file of `www/`.
fn js_list(file: &str, marker: &str) -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("www").join(file);
    let text = fs::read_to_string(&path).unwrap();
    let start = text
        .find(marker)
        .unwrap_or_else(|| panic!("{marker} not in {file}"));
    let open = start + text[start..].find('[').unwrap();
    let close = open + text[open..].find(']').unwrap();
    text[open + 1..close]
        .split(',')
        .map(|s| s.trim().trim_matches(['\'', '"']).to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

#[test]
fn the_embed_attributes_are_the_declared_ones() {
    let declared: Vec<String> = PARAMS
        .iter()
        .filter(|p| p.attribute)
        .map(|p| p.key.to_string())
        .collect();
    assert_eq!(
        js_list("attributes.js", "export const VIEW_ATTRIBUTES"),
        declared
    );
}

#[test]
fn the_first_paint_hides_the_baked_map_for_the_declared_keys() {
    let mut declared: Vec<String> = PARAMS
        .iter()
        .filter(|p| p.changes_map)
        .map(|p| p.key.to_string())
        .collect();
    // A brought dataset draws another map too.
    declared.push("dataset".to_string());
    let mut listed = js_list("first-paint.js", "const MAP_KEYS");
    listed.sort();
    declared.sort();
    assert_eq!(listed, declared);
}

/// The page's one query reader (early.js, permalink.js, first-paint.js and app.js read links
/// through it) knows every parameter, in the table's order: a new one not listed there fails here.
#[test]
fn the_page_query_reader_knows_every_declared_key() {
    let declared: Vec<String> = PARAMS.iter().map(|p| p.key.to_string()).collect();
    assert_eq!(js_list("query.js", "export const VIEW_KEYS"), declared);
}

/// The core's `decode` at the edges `www/query.js` reproduces (tests/e2e/query.test.mjs checks
/// the page's reader on the same cases).
#[test]
fn the_core_decodes_as_the_page_reader_expects() {
    assert_eq!(decode("a+b%20c"), "a b c");
    assert_eq!(decode("%ZZ%4"), "%ZZ%4");
    assert_eq!(decode("%"), "%");
    assert_eq!(decode("%E9"), "\u{FFFD}");
    assert_eq!(decode("%C3%A9t%C3%A9"), "été");
    assert_eq!(decode("%+41"), "\u{4}1", "from_str_radix takes a leading +");
    assert_eq!(decode("%2B"), "+");
}

/// The reader's limits are the core's: as many pairs, values as long.
#[test]
fn the_page_query_reader_has_the_core_limits() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("www/query.js");
    let js = fs::read_to_string(path).unwrap();
    let core =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/view/mod.rs")).unwrap();
    let number = |text: &str, marker: &str| -> usize {
        let at = text
            .find(marker)
            .unwrap_or_else(|| panic!("{marker} not found"));
        let rest = &text[at + marker.len()..];
        let digits: String = rest
            .trim_start_matches(|c: char| !c.is_ascii_digit())
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        digits.parse().unwrap()
    };
    assert_eq!(number(&js, "export const MAX_PARAMS"), MAX_PARAMS);
    assert_eq!(
        number(&js, "export const MAX_VALUE"),
        number(&core, "const MAX_VALUE: usize")
    );
    // The lists the core lets be longer.
    assert!(core.contains(r#"value.len() > MAX_VALUE && key != "status" && key != "kinds""#));
    assert!(js.contains("const LISTS = ['status', 'kinds'];"));
}

/// The string items of the first Rust array after `marker` in a file of `src/`.
fn rs_list(file: &str, marker: &str) -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(file);
    let text = fs::read_to_string(&path).unwrap();
    let start = text
        .find(marker)
        .unwrap_or_else(|| panic!("{marker} not in {file}"));
    let open = start + text[start..].find("= [").unwrap() + 2;
    let close = open + text[open..].find(']').unwrap();
    text[open + 1..close]
        .split(',')
        .map(|s| s.trim().trim_matches('"').to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

/// `setView` in wasm reads a patch field by field (src/web/convert.rs): it names every declared one.
#[test]
fn set_view_takes_every_declared_patch_field() {
    let mut taken = rs_list("web/convert.rs", "const TEXT_FIELDS");
    taken.extend(rs_list("web/convert.rs", "const LIST_FIELDS"));
    taken.sort();
    let mut declared: Vec<String> = PARAMS.iter().map(|p| p.patch.to_string()).collect();
    declared.sort();
    assert_eq!(taken, declared);
}

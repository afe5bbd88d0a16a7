//! The page's pack without the long texts, and the texts file that holds them (`src/pack/texts.rs`):
//! the page's pack holds no long text, every text it marks is in the texts file at its number, and
//! the page's dataset with its marks filled is the reader's edition of the whole dataset.

use coalition_map::model::Dataset;
use coalition_map::pack::{self, texts::MARK};
use coalition_map::voice::prose::reader_edition;
use serde_json::Value;

fn page() -> (Dataset, usize) {
    pack::decode_counting(pack::PAGE).expect("the page's pack decodes")
}

fn reader() -> Dataset {
    let mut d = Dataset::embedded().unwrap();
    reader_edition(&mut d);
    d
}

/// Every string of a document, depth first.
fn strings<'a>(v: &'a Value, out: &mut Vec<&'a str>) {
    match v {
        Value::String(s) => out.push(s),
        Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
        Value::Object(fields) => fields.values().for_each(|v| strings(v, out)),
        _ => {}
    }
}

/// `v` with each mark replaced by its text.
fn filled(v: &Value, texts: &[String]) -> Value {
    match v {
        Value::String(s) => match s.strip_prefix(MARK) {
            Some(n) => Value::String(texts[n.parse::<usize>().unwrap()].clone()),
            None => v.clone(),
        },
        Value::Array(items) => Value::Array(items.iter().map(|v| filled(v, texts)).collect()),
        Value::Object(fields) => Value::Object(
            fields
                .iter()
                .map(|(k, v)| (k.clone(), filled(v, texts)))
                .collect(),
        ),
        _ => v.clone(),
    }
}

#[test]
fn the_page_pack_holds_no_long_text() {
    // The long texts, raw and in the reader's edition: none is anywhere in the page's pack.
    let doc = serde_json::to_value(Dataset::embedded().unwrap()).unwrap();
    let marked = {
        let mut d = doc.clone();
        pack::texts::strip(&mut d);
        d
    };
    let (mut all, mut kept_in_doc) = (Vec::new(), Vec::new());
    strings(&doc, &mut all);
    strings(&marked, &mut kept_in_doc);
    let long: Vec<&str> = all
        .iter()
        .zip(&kept_in_doc)
        .filter(|(_, k)| **k == MARK)
        .map(|(a, _)| *a)
        .collect();
    let reader = serde_json::to_value(reader()).unwrap();
    let mut reader_all = Vec::new();
    strings(&reader, &mut reader_all);
    let reader_long: Vec<&str> = reader_all
        .iter()
        .zip(&kept_in_doc)
        .filter(|(_, k)| **k == MARK)
        .map(|(a, _)| *a)
        .collect();
    assert!(long.len() > 500, "{} long texts", long.len());
    // No string of the page's pack is one of them (its strings are those its dataset decodes to).
    let (page, marks) = page();
    let page_doc = serde_json::to_value(&page).unwrap();
    let mut page_strings = Vec::new();
    strings(&page_doc, &mut page_strings);
    let kept: std::collections::HashSet<&str> = page_strings.iter().copied().collect();
    // (A short one may also be another field's, kept: a claim's text "blocked" is also a claim's
    // value, a note "AFP via Straits Times" a quotation's `via`.)
    let elsewhere: std::collections::HashSet<&str> = kept_in_doc.iter().copied().collect();
    for text in long.iter().chain(&reader_long) {
        assert!(
            !kept.contains(text) || elsewhere.contains(text),
            "a long text is in the page's pack: {text:?}"
        );
    }
    // And the pack is the smaller for it (109,232 -> 53,675 bytes on 2026-12-06).
    assert!(
        pack::PAGE.len() + 50_000 < pack::EMBEDDED.len(),
        "{} -> {}",
        pack::EMBEDDED.len(),
        pack::PAGE.len()
    );
    // The page's dataset marks exactly the texts `strip` marks, numbered in reading order.
    assert_eq!(marks, long.len());
    let numbered = page_strings.iter().filter(|s| s.starts_with(MARK)).count();
    assert_eq!(numbered, marks);
}

#[test]
fn the_texts_file_covers_every_mark_in_the_readers_edition() {
    let (page, marks) = page();
    let full = reader();
    let texts = pack::reader_texts(&page, &full).expect("the texts file is written");
    assert_eq!(texts.len(), marks, "one text per mark");
    assert!(texts.iter().all(|t| !t.trim().is_empty()));
    // The page's dataset, its marks filled from the file, is the reader's edition, whole.
    let back = filled(&serde_json::to_value(&page).unwrap(), &texts);
    assert_eq!(back, serde_json::to_value(&full).unwrap());
    // Citations by name: the texts are the reader's, not the data files' ("(000)").
    assert!(texts.iter().any(|t| t.contains("(Infogalactic)")));
}

#[test]
fn a_mark_without_its_text_is_an_error() {
    let (mut page, _) = page();
    // One summary's mark moved past the end: the texts before it are then missing.
    let last = page.events.last_mut().unwrap();
    last.summary = format!("{MARK}99999");
    let err = pack::reader_texts(&page, &reader()).unwrap_err();
    assert!(err.contains("no text numbered"), "{err}");
    // A page's pack of another dataset does not pair with this one.
    let (mut other, _) = self::page();
    other.events.pop();
    assert!(pack::reader_texts(&other, &reader()).is_err());
}

#[test]
fn the_cli_writes_the_texts_file() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_coalition"))
        .arg("texts")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let texts: Vec<String> = serde_json::from_slice(&out.stdout).unwrap();
    let (page, _) = page();
    assert_eq!(texts, pack::reader_texts(&page, &reader()).unwrap());
}

#[test]
fn a_brought_dataset_may_not_start_a_text_with_the_mark() {
    let mut d = Dataset::embedded().unwrap();
    d.pledges[0].summary = format!("{MARK}0");
    let errs = coalition_map::dataset::validate(&d).unwrap_err();
    assert!(errs.iter().any(|e| e.reason.contains("U+E000")), "{errs:?}");
    // A brought pack has no marks: it decodes with none.
    let (_, marks) = pack::decode_counting(pack::EMBEDDED).unwrap();
    assert_eq!(marks, 0);
}

#[test]
fn the_second_module_puts_the_texts_back_as_the_data_gives_them() {
    // What the downloads and SVGs of the embedded dataset are written from: the page's pack (the
    // first module's `pack()`) with its long texts as the data files give them.
    let (page, _) = page();
    let whole = pack::unmarked(&page).expect("every mark has its text");
    assert!(
        whole == Dataset::embedded().unwrap(),
        "not the embedded dataset"
    );
    // A mark fewer (another pack than the build's) is an error, not texts out of place.
    let mut fewer = page;
    let quoted = fewer
        .pledges
        .iter_mut()
        .find(|p| !p.quotes.is_empty())
        .unwrap();
    quoted.quotes.clear();
    let err = pack::unmarked(&fewer).unwrap_err();
    assert!(err.contains("long texts marked"), "{err}");
}

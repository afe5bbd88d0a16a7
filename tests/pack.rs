//! The packed dataset (`src/pack/`) against its source: the pack `build.rs` embeds decodes to
//! exactly the `Dataset` that parsing `data/*.json` gives, a pack of any valid dataset reads back
//! unchanged, and a damaged pack is an error, never a panic.

use coalition_map::model::Dataset;
use coalition_map::pack;

/// `data/*.json` parsed with serde, section by section, as the build used to embed them.
fn dataset_from_json_files() -> Dataset {
    fn section<T: serde::de::DeserializeOwned>(name: &str) -> Vec<T> {
        let path = format!("{}/data/{name}.json", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
    }
    Dataset {
        sources: section("sources"),
        actors: section("actors"),
        people: section("people"),
        conferences: section("conferences"),
        participations: section("participations"),
        pledges: section("pledges"),
        statements: section("statements"),
        events: section("events"),
        figures: section("figures"),
        disputes: section("disputes"),
        decisions: section("decisions"),
        strikes: section("strikes"),
        listings: section("listings"),
        meetings: section("meetings"),
        stories: section("stories"),
    }
}

#[test]
fn the_embedded_pack_equals_the_json_files() {
    let from_json = dataset_from_json_files();
    let from_pack = pack::decode(pack::EMBEDDED).expect("the embedded pack decodes");
    // Whole-dataset equality, not a sample: every record, every optional field.
    assert!(
        from_pack == from_json,
        "the embedded pack differs from data/*.json"
    );
    assert_eq!(Dataset::embedded().unwrap(), from_json);
    // Sanity: the comparison saw a real dataset.
    assert!(from_json.actors.len() > 30 && from_json.disputes.len() >= 10);
}

#[test]
fn a_packed_dataset_reads_back_unchanged() {
    let ds = dataset_from_json_files();
    let packed = pack::encode(&ds).unwrap();
    assert_eq!(pack::decode(&packed).unwrap(), ds);
    // What the page's second module packs: a brought document (here the export), parsed.
    let export = serde_json::to_string_pretty(&ds).unwrap();
    let brought = Dataset::from_json(&export).unwrap();
    assert_eq!(pack::decode(&pack::encode(&brought).unwrap()).unwrap(), ds);
    // An empty dataset too (every section absent or empty).
    let empty = Dataset::default();
    assert_eq!(pack::decode(&pack::encode(&empty).unwrap()).unwrap(), empty);
}

#[test]
fn a_damaged_pack_is_an_error_not_a_panic() {
    let bytes = pack::EMBEDDED;
    for end in (0..bytes.len()).step_by(97) {
        assert!(pack::decode(&bytes[..end]).is_err(), "truncated at {end}");
    }
    let mut extra = bytes.to_vec();
    extra.push(0);
    assert!(pack::decode(&extra).unwrap_err().contains("trailing"));
    let mut other = bytes.to_vec();
    other[3] = b'9';
    assert!(pack::decode(&other)
        .unwrap_err()
        .contains("not a packed dataset"));
    // Flipping any one byte never panics (it may still decode: a changed letter in a name).
    for at in (4..bytes.len()).step_by(13) {
        let mut b = bytes.to_vec();
        b[at] ^= 0xff;
        let _ = pack::decode(&b);
    }
}

#[test]
fn a_field_the_model_does_not_know_is_refused() {
    let mut value = serde_json::to_value(dataset_from_json_files()).unwrap();
    value["pledges"][0]["colour"] = serde_json::json!("red");
    let err = pack::decode(&pack::write::pack(&value)).unwrap_err();
    assert!(err.contains("unknown field colour"), "{err}");
    value["pledges"][0]
        .as_object_mut()
        .unwrap()
        .remove("colour");
    value["pledges"][0]["kind"] = serde_json::json!("bombing");
    let err = pack::decode(&pack::write::pack(&value)).unwrap_err();
    assert!(err.contains("pledges: kind: expected one of"), "{err}");
}

#[test]
fn a_brought_pack_holds_its_readers_edition_and_the_data_as_brought() {
    // What the second module hands the page for a brought dataset: the page reads the reader's
    // edition (citations by source name), the downloads the data as it came.
    let raw = dataset_from_json_files();
    let mut shown = raw.clone();
    coalition_map::voice::prose::reader_edition(&mut shown);
    assert!(shown != raw, "the reader's edition differs from the data");
    let packed = pack::encode_brought(&shown, &raw).unwrap();
    assert_eq!(pack::decode(&packed).unwrap(), shown);
    assert_eq!(pack::decode_as_brought(&packed).unwrap().0, raw);
    // One string table for both: less than two packs (the texts that cite a source twice).
    let (one, both) = (pack::encode(&raw).unwrap().len(), packed.len());
    assert!(both < one * 2, "{one} -> {both}");
    // A pack of one document reads as itself either way; a damaged second document is an error.
    let single = pack::encode(&raw).unwrap();
    assert_eq!(pack::decode_as_brought(&single).unwrap().0, raw);
    for end in (single.len() + 1..packed.len()).step_by(101) {
        assert!(
            pack::decode_as_brought(&packed[..end]).is_err(),
            "truncated at {end}"
        );
    }
    let mut extra = packed.clone();
    extra.push(0);
    assert!(pack::decode_as_brought(&extra)
        .unwrap_err()
        .contains("trailing"));
}

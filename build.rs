//! Packs the country shapes (`data/geo/countries.json`, written by `scripts/build-shapes.mjs`) into
//! a compact binary for embedding (`$OUT_DIR/countries.bin`, read by `src/geo/shapes.rs`), and the
//! dataset's section files (`data/*.json`) into one packed document (`$OUT_DIR/dataset.bin`, in the
//! format `src/pack/` documents and decodes; its writer is shared with this script), the page's
//! copy of it without the long texts (`$OUT_DIR/page.bin`, `src/pack/texts.rs`), and those texts as
//! the data files give them (`$OUT_DIR/raw.bin`, for the second module's downloads).
//!
//! Why: the JSON stays the reviewed, diffable source, but the page should not ship and parse 75 KB
//! of JSON numbers. Packed as varints the shapes are ~5 KB smaller after gzip and decode in a
//! fraction of the time, with no JSON parser involved.
//!
//! Layout (all integers unsigned LEB128 varints, signed ones zigzag-encoded first): the JSON's
//! `source` (the credit) as length and bytes, `country count`, then per country: `id length`
//! (0 = none) and id bytes, `name length` and name bytes, `scale`, `ring count`, and per ring
//! `value count` and the values (x0, y0, dx1, dy1, …) exactly as in the JSON.

use std::{env, fs, path::Path};

// The dataset's writer: the library's own (it cannot be a dependency of the script that builds it).
#[path = "src/pack/write.rs"]
mod write;
// Which texts are long: the page's pack goes without them (`src/pack/texts.rs`).
#[path = "src/pack/texts.rs"]
mod texts;

/// The dataset's sections, one file each under `data/`, in the model's order.
const SECTIONS: [&str; 15] = [
    "sources",
    "actors",
    "people",
    "conferences",
    "participations",
    "pledges",
    "statements",
    "events",
    "figures",
    "disputes",
    "decisions",
    "strikes",
    "listings",
    "meetings",
    "stories",
];

/// The section files as one document (what `coalition export --json` prints), packed. Parsing
/// checks only that each file is JSON: the tests check the decoded pack against the model and the
/// validator (`tests/pack.rs`, `tests/dataset.rs`).
fn pack_dataset(out_dir: &Path) {
    println!("cargo:rerun-if-changed=src/pack/write.rs");
    let mut doc = serde_json::Map::new();
    for name in SECTIONS {
        let src = format!("data/{name}.json");
        println!("cargo:rerun-if-changed={src}");
        let text = fs::read_to_string(&src).unwrap_or_else(|e| panic!("{src}: {e}"));
        let value: serde_json::Value =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{src} is not JSON: {e}"));
        doc.insert(name.to_string(), value);
    }
    let mut doc = serde_json::Value::Object(doc);
    fs::write(out_dir.join("dataset.bin"), write::pack(&doc)).expect("OUT_DIR is writable");
    // The page's pack: the same document with each long text marked (fetched from the texts file),
    // and the texts as the data files give them, in the order they were marked (`raw.bin`, a pack
    // of one list: the second module puts them back for the downloads).
    println!("cargo:rerun-if-changed=src/pack/texts.rs");
    let raw = texts::strip(&mut doc);
    fs::write(out_dir.join("page.bin"), write::pack(&doc)).expect("OUT_DIR is writable");
    let raw = serde_json::Value::Array(raw.into_iter().map(serde_json::Value::String).collect());
    fs::write(out_dir.join("raw.bin"), write::pack(&raw)).expect("OUT_DIR is writable");
}

use write::varint;

fn zigzag(n: i64) -> u64 {
    ((n << 1) ^ (n >> 63)) as u64
}

fn bytes(out: &mut Vec<u8>, s: &str) {
    varint(out, s.len() as u64);
    out.extend_from_slice(s.as_bytes());
}

fn main() {
    let src = "data/geo/countries.json";
    println!("cargo:rerun-if-changed={src}");
    let text = fs::read_to_string(src).expect("data/geo/countries.json is readable");
    let doc: serde_json::Value = serde_json::from_str(&text).expect("countries.json is JSON");
    let int = |v: &serde_json::Value, what: &str| {
        v.as_i64()
            .unwrap_or_else(|| panic!("countries.json: {what} must be an integer, got {v}"))
    };
    let file_scale = int(&doc["scale"], "scale");
    let countries = doc["countries"]
        .as_array()
        .expect("countries.json: countries must be a list");
    let mut out = Vec::new();
    bytes(
        &mut out,
        doc["source"]
            .as_str()
            .expect("countries.json: source must be text"),
    );
    varint(&mut out, countries.len() as u64);
    for c in countries {
        bytes(&mut out, c["id"].as_str().unwrap_or(""));
        bytes(
            &mut out,
            c["name"]
                .as_str()
                .expect("countries.json: a country without a name"),
        );
        let scale = c
            .get("scale")
            .map_or(file_scale, |s| int(s, "a country's scale"));
        assert!(scale > 0, "countries.json: scale must be positive");
        varint(&mut out, scale as u64);
        let rings = c["rings"]
            .as_array()
            .expect("countries.json: rings must be a list");
        varint(&mut out, rings.len() as u64);
        for ring in rings {
            let values = ring
                .as_array()
                .expect("countries.json: a ring must be a list");
            varint(&mut out, values.len() as u64);
            for v in values {
                varint(&mut out, zigzag(int(v, "a coordinate")));
            }
        }
    }
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    fs::write(Path::new(&out_dir).join("countries.bin"), out).expect("OUT_DIR is writable");
    pack_dataset(Path::new(&out_dir));
}

//! Helpers shared by the native integration tests: where `../shared` is, and the embedded index.
#![allow(dead_code)]

use std::path::PathBuf;

use coalition_map::Index;

/// `../shared` beside the repository (CI always has it).
pub fn shared() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared")
}

/// Reads a file under `../shared`, failing loudly (never passing silently) when it is absent.
pub fn read_shared(rel: &str) -> String {
    let path = shared().join(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "\n\n*** {} is missing ({e}). These tests check the dataset against the source documents \
             in ../shared; clone the project with shared/ beside it. ***\n\n",
            path.display()
        )
    })
}

pub fn index() -> Index {
    Index::embedded().unwrap_or_else(|errs| {
        panic!(
            "embedded dataset invalid:\n{}",
            errs.iter().map(|e| format!("  {e}\n")).collect::<String>()
        )
    })
}

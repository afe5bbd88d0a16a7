//! The page's own scripts stay small and say what they are for: every hand-written `.js` in `www/`
//! (not the bundles, the npm glue or `www/pkg`, which scripts write) is at most 450 lines, one job
//! each as the README's module table lists them, and opens with a comment saying its job.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

/// The most lines a page script may have (issue 24: "no `www/` script over 450 lines").
const MAX_LINES: usize = 450;

/// Written by `scripts/bundle.mjs` (ignored by git): bundles of the scripts checked here.
fn generated(name: &str) -> bool {
    name.ends_with(".bundle.js") || name == "embed.js"
}

#[test]
fn every_page_script_is_small_and_says_its_job() {
    let www = Path::new(env!("CARGO_MANIFEST_DIR")).join("www");
    let mut checked = 0;
    let mut problems = Vec::new();
    for entry in fs::read_dir(&www).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !name.ends_with(".js") || generated(&name) {
            continue;
        }
        let text = fs::read_to_string(&path).unwrap();
        let lines = text.lines().count();
        if lines > MAX_LINES {
            problems.push(format!("www/{name}: {lines} lines (at most {MAX_LINES})"));
        }
        if !(text.starts_with("//") || text.starts_with("/*")) {
            problems.push(format!("www/{name}: no opening comment saying its job"));
        }
        checked += 1;
    }
    assert!(checked > 30, "only {checked} scripts found in www/");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

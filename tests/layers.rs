//! The crate's layers, as a test: each module may name only modules on a lower layer, so arrows
//! point one way and no two modules depend on each other. The table below is the specification
//! the README's module table repeats; a new module must be given a layer here or this test fails.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

/// Every top-level module of `src/` with its layer, lowest first. A module may depend on modules
/// of a strictly lower layer only (and on its own submodules).
const LAYERS: &[(&str, u8)] = &[
    // Plain building blocks.
    ("date", 0),
    ("json_path", 0),
    ("bytes", 0),
    ("sort", 0),
    ("lang", 0),
    // The dataset's types, its packed form, then validation and the index.
    ("model", 1),
    ("pack", 2),
    ("dataset", 3),
    // Questions over the data, and the map's geometry (which knows no data).
    ("query", 4),
    ("export", 4),
    ("geo", 4),
    // Colours of statuses, kinds and changes; the JS API's result types.
    ("palette", 5),
    ("api_types", 5),
    // The one runtime state and its URL.
    ("view", 6),
    // Every word the views say.
    ("voice", 7),
    // Plotters drawing, and a view made into a picture (`draw::scene`).
    ("draw", 8),
    // The baked first paint; one frame per view (everything the page says about it).
    ("bake", 9),
    ("frame", 9),
    // The faces: the wasm API and the CLI.
    ("web", 10),
    ("bin", 10),
];

fn layer(module: &str) -> Option<u8> {
    LAYERS.iter().find(|(m, _)| *m == module).map(|(_, l)| *l)
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top-level module a file under `src/` belongs to (`src/draw/timeline/mod.rs` → `draw`).
fn module_of(src: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(src).unwrap();
    let first = rel
        .components()
        .next()
        .unwrap()
        .as_os_str()
        .to_string_lossy();
    first.trim_end_matches(".rs").to_string()
}

/// The top-level modules a file names through `crate::` paths (`crate::query::x`,
/// `crate::{palette, query}`), in its code before its unit tests (`#[cfg(test)]`: a test may
/// build a fixture from any layer).
fn crate_deps(text: &str) -> BTreeSet<String> {
    let code = text.split("#[cfg(test)]").next().unwrap_or("");
    let code: String = code
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let mut deps = BTreeSet::new();
    let mut rest = code.as_str();
    while let Some(i) = rest.find("crate::") {
        rest = &rest[i + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            // `crate::{a, b::c, d}`: the first segment of each entry at depth 0.
            let mut depth = 0;
            let mut entry_start = true;
            for (j, ch) in group.char_indices() {
                match ch {
                    '{' => depth += 1,
                    '}' if depth == 0 => {
                        rest = &group[j..];
                        break;
                    }
                    '}' => depth -= 1,
                    ',' if depth == 0 => entry_start = true,
                    c if entry_start && (c.is_alphanumeric() || c == '_') => {
                        let name: String = group[j..]
                            .chars()
                            .take_while(|c| c.is_alphanumeric() || *c == '_')
                            .collect();
                        deps.insert(name);
                        entry_start = false;
                    }
                    _ => {}
                }
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            deps.insert(name);
        }
    }
    deps
}

#[test]
fn every_module_names_only_lower_layers() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    let mut wrong = Vec::new();
    for file in &files {
        let module = module_of(&src, file);
        if module == "lib" {
            continue;
        }
        let Some(own) = layer(&module) else {
            wrong.push(format!(
                "{}: module `{module}` has no layer in tests/layers.rs",
                file.display()
            ));
            continue;
        };
        let text = fs::read_to_string(file).unwrap();
        for dep in crate_deps(&text) {
            if dep == module {
                continue;
            }
            match layer(&dep) {
                Some(l) if l < own => {}
                Some(l) => wrong.push(format!(
                    "{}: `{module}` (layer {own}) names `crate::{dep}` (layer {l})",
                    file.strip_prefix(&src).unwrap().display()
                )),
                // Not a module (a macro or a re-export at the crate root, such as `crate::Index`).
                None => {}
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports against the layers:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_check_sees_both_forms_of_a_crate_path() {
    let deps = crate_deps(
        "use crate::query::Status;\nuse crate::{palette, view::{TimeWindow, KindFilter}};\n\
         // crate::draw is only a comment\nfn f() { crate::voice::x() }\n\
         #[cfg(test)]\nmod tests { use crate::draw::scene; }",
    );
    let want: BTreeSet<String> = ["query", "palette", "view", "voice"]
        .map(String::from)
        .into();
    assert_eq!(deps, want);
}

#[test]
fn an_upward_import_is_caught() {
    // What the check would report had `view` kept naming `draw::timeline` (the cycle it broke).
    let deps = crate_deps("use crate::draw::timeline::{TimeWindow, TimelineMode};");
    let upward: Vec<_> = deps
        .iter()
        .filter(|d| layer(d).is_some_and(|l| l >= layer("view").unwrap()))
        .collect();
    assert_eq!(upward, ["draw"]);
}

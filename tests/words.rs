//! The page's own words come from one place: `voice::messages` (Rust), written for the page into
//! `www/words.<locale>.js`. This test fails when that file is stale (`UPDATE_WORDS=1 cargo test
//! --test words` writes it anew), when a script asks for a message id the table lacks, and when
//! a message's placeholders are not `{0}`, `{1}`… in order.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use coalition_map::voice::messages::{fill, Locale};

fn www() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("www")
}

/// The generated module for a locale: a frozen object of id → text.
fn module(locale: Locale) -> String {
    let mut out = format!(
        "// The page's words in `{tag}`, generated from src/voice/messages.rs by tests/words.rs: do not\n\
         // edit (UPDATE_WORDS=1 cargo test --test words writes it anew). Read through words.js's t().\n\
         export default Object.freeze({{\n",
        tag = locale.tag()
    );
    for (id, text) in locale.page() {
        out.push_str(&format!(
            "  {}: {},\n",
            serde_json::to_string(id).unwrap(),
            serde_json::to_string(text).unwrap()
        ));
    }
    out.push_str("});\n");
    out
}

#[test]
fn the_words_files_are_current() {
    for locale in Locale::ALL {
        let path = www().join(format!("words.{}.js", locale.tag()));
        let want = module(locale);
        if std::env::var_os("UPDATE_WORDS").is_some() {
            fs::write(&path, &want).unwrap();
        }
        let have = fs::read_to_string(&path).unwrap_or_default();
        assert!(
            have == want,
            "{} is stale: run UPDATE_WORDS=1 cargo test --test words",
            path.display()
        );
    }
}

/// The page's script sources (what git tracks under www/, not the bundles built from them).
fn scripts() -> Vec<PathBuf> {
    let out = Command::new("git")
        .args(["ls-files", "www/*.js"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| Path::new(env!("CARGO_MANIFEST_DIR")).join(l))
        .filter(|p| p.exists())
        .collect()
}

#[test]
fn every_message_a_script_asks_for_exists() {
    let known: Vec<&str> = Locale::En.page().iter().map(|(id, _)| *id).collect();
    let mut asked = 0;
    let mut missing = Vec::new();
    for file in scripts() {
        let text = fs::read_to_string(&file).unwrap();
        // `t('id'` standing alone, not the end of another name (`select('x'`).
        let calls = text.match_indices("t('").filter(|(at, _)| {
            !text[..*at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$' || c == '.')
        });
        for (at, _) in calls {
            let Some(id) = text[at + 3..].split('\'').next() else {
                continue;
            };
            asked += 1;
            if !known.contains(&id) {
                missing.push(format!("{}: {id}", file.display()));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "unknown message ids:\n{}",
        missing.join("\n")
    );
    assert!(
        asked > 20,
        "only {asked} messages asked for: is t() still used?"
    );
}

#[test]
fn ids_are_unique_and_placeholders_run_in_order() {
    for locale in Locale::ALL {
        let table = locale.page();
        for (i, (id, text)) in table.iter().enumerate() {
            assert!(
                table[..i].iter().all(|(other, _)| other != id),
                "{id} twice"
            );
            let count = (0..10)
                .take_while(|n| text.contains(&format!("{{{n}}}")))
                .count();
            for n in count..10 {
                assert!(
                    !text.contains(&format!("{{{n}}}")),
                    "{id}: {{{n}}} out of order"
                );
            }
        }
        // Every language has every message the English table has.
        for (id, _) in Locale::En.page() {
            assert_ne!(locale.text(id), *id, "{} lacks {id}", locale.tag());
        }
    }
    assert_eq!(
        fill("Show all {0} ({1} more)", &["5", "2"]),
        "Show all 5 (2 more)"
    );
}

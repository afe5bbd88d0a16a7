//! A search before the wasm (issue 29) answers as the live search does: the names file the build
//! bakes per page language (`coalition bake --early`: names-LANG.json) holds what the core's
//! search (`frame::find`) answers, entry by entry, for every name it takes; and the page's port of
//! `dataset::name_key` (www/early-search.js `nameKey`, run here by node) keys words as the core does.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Stdio};

use coalition_map::dataset::{name_key, Index};
use coalition_map::frame::{find, search_names, search_table};
use coalition_map::voice::{self, Locale};

fn ix() -> Index {
    Index::embedded().unwrap()
}

#[test]
fn the_table_is_what_find_answers_for_every_name_and_beginning() {
    let ix = ix();
    for l in Locale::ALL {
        let table = search_table(l, &ix);
        assert!(table.len() > 150, "{l:?}: {} entries", table.len());
        for (key, id) in &table {
            assert_eq!(find(l, &ix, key).as_ref(), Some(id), "{l:?} {key:?}");
        }
        // Every name the search takes whole, as the reader may type it.
        for name in search_names(l, &ix) {
            assert_eq!(
                table.get(&name_key(&name)),
                find(l, &ix, &name).as_ref(),
                "{l:?} {name:?}"
            );
        }
        // Every country's and organisation's name in the language (the search's list of names).
        for a in &ix.data.actors {
            let name = voice::name(l, &a.id, &a.name);
            assert_eq!(
                table.get(&name_key(name)).map(String::as_str),
                Some(a.id.as_str()),
                "{l:?} {name:?}"
            );
        }
    }
    let table = |l| search_table(l, &ix);
    let (en, fr, ar) = (table(Locale::En), table(Locale::Fr), table(Locale::Ar));
    let id = |t: &BTreeMap<String, String>, q: &str| t.get(&name_key(q)).cloned();
    // Codes, names and aliases in every language; a language's own names and their beginnings.
    for t in [&en, &fr, &ar] {
        assert_eq!(id(t, "FRA").as_deref(), Some("FRA"));
        assert_eq!(id(t, "U.A.E.").as_deref(), Some("ARE"));
    }
    assert_eq!(id(&fr, "Émirats arabes unis").as_deref(), Some("ARE"));
    assert_eq!(id(&fr, "émirats").as_deref(), Some("ARE"));
    assert_eq!(id(&fr, "Djeddah").as_deref(), Some("jeddah"));
    assert_eq!(id(&ar, "الإمارات").as_deref(), Some("ARE"));
    // English finds whole names only; words that begin two names, or nobody's, are not there.
    assert_eq!(id(&en, "Emir"), None);
    assert_eq!(id(&fr, "Ira"), None);
    assert_eq!(id(&fr, "Atlantide"), None);
}

/// The files `coalition bake --early` writes are the core's tables, language by language.
#[test]
fn the_baked_names_files_are_the_cores_answers() {
    let dir = std::env::temp_dir().join(format!("coalition-names-{}", std::process::id()));
    let status = Command::new(env!("CARGO_BIN_EXE_coalition"))
        .args(["bake", "--early"])
        .arg(&dir)
        .stdout(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
    let ix = ix();
    for l in Locale::ALL {
        let path = dir.join(format!("names-{}.json", l.tag()));
        let text = std::fs::read_to_string(&path).unwrap();
        let baked: BTreeMap<String, String> = serde_json::from_str(&text).unwrap();
        for (key, id) in &baked {
            assert_eq!(find(l, &ix, key).as_ref(), Some(id), "{l:?} {key:?}");
        }
        assert_eq!(baked, search_table(l, &ix), "{}", path.display());
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// `nameKey` of each of `words`, computed by the page's script under node.
fn js_name_keys(words: &[String]) -> Vec<String> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("www/early-search.js");
    let run = "import { readFileSync } from 'node:fs';\n\
               const { nameKey } = await import(process.argv[1]);\n\
               const words = JSON.parse(readFileSync(0, 'utf8'));\n\
               process.stdout.write(JSON.stringify(words.map(nameKey)));";
    let mut child = Command::new("node")
        .args(["--input-type=module", "-e", run])
        .arg(format!("file://{}", script.display()))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect(
            "node runs the page's scripts in this test (it is on the PATH where e2e tests run)",
        );
    let input = serde_json::to_string(words).unwrap();
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), input.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "node failed");
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn the_pages_name_key_is_the_cores() {
    let ix = ix();
    // Every name the search takes, and every key the names files hold (a key keys as itself).
    let mut words: Vec<String> = Locale::ALL
        .into_iter()
        .flat_map(|l| {
            search_names(l, &ix)
                .into_iter()
                .chain(search_table(l, &ix).into_keys())
        })
        .collect();
    for w in [
        " U.S. ",
        "u.s.a.",
        "x .",
        "...",
        "",
        "ÉMIRATS ARABES UNIS",
        "  émirats Arabes UNIS\t",
        "TÜRKIYE",
        "ŁÓDŹ",
        "İstanbul",
        "ŸSER",
        "ĲSSEL Ŀ Ľ Ŋ Ž ſ ĸ Ő Ĺ Ň ŉ",
        "ΕΛΛΆΔΑ Έ Ή Ί Ό Ύ Ώ ΣΊΓΜΑ Ϊ Ϋ",
        "РОССИЯ ЁЖ Ѐ Ѝ Ў Џ",
        "الإمارات العربية المتحدة",
        " العراق ",
        "\u{a0}France\u{3000}",
        "\u{85}x\u{2028}",
        "\u{feff}France",
        "\u{b}\u{c}\r\nFrance\u{202f}",
        "e\u{301}",
        "ß Ǆ ǅ Ⅻ 🇫🇷",
    ] {
        words.push(w.to_string());
    }
    // Every character from space to the end of Cyrillic, one string: each letter's lower case.
    words.push((0x20..0x530).filter_map(char::from_u32).collect());
    let js = js_name_keys(&words);
    assert_eq!(js.len(), words.len());
    for (w, k) in words.iter().zip(&js) {
        assert_eq!(k, &name_key(w), "{w:?}");
    }
}

//! The guided stories in French and Arabic (`i18n/stories.<tag>.json`) say what the English says.
//! Every story and step of the embedded dataset has a title in each language, every step a caption,
//! and no id is left over from a story or step that is gone; every quotation of the English caption
//! (between “ ”: the sources' words, which stay English) stands word for word in each translation;
//! every number (run of digits) of the English is in the translation and the translation has none
//! the English lacks. Each translation names the English it was made from (`"from"`: the key of
//! its title and caption, `voice::story_words::english_key`), so an English caption edited after
//! its translation fails here until a translator has looked again. `www/stories.<tag>.json`, which
//! the page fetches and the CLI compiles in, is generated from them: this test fails when it is
//! stale (`UPDATE_WORDS=1 cargo test --test story_words` writes it anew).

#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use coalition_map::dataset::Index;
use coalition_map::model::Story;
use coalition_map::voice::story_words::{self, english_key, StoryWords};
use coalition_map::voice::Locale;
use serde_json::Value;

const LANGS: [Locale; 2] = [Locale::Fr, Locale::Ar];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

fn stories() -> Vec<Story> {
    Index::embedded().unwrap().data.stories.clone()
}

/// The hand-written file: `{"stories": {id: {title, steps: {id: {title, caption}}}}}` and notes.
fn source(l: Locale) -> Value {
    let path = root().join(format!("i18n/stories.{}.json", l.tag()));
    serde_json::from_str(&fs::read_to_string(&path).unwrap())
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn text<'a>(v: &'a Value, path: &str) -> &'a str {
    v.pointer(path).and_then(Value::as_str).unwrap_or("")
}

/// The generated file: the stories the dataset has, each entry with its English's key.
fn generated(l: Locale) -> String {
    let src = source(l);
    let mut out = StoryWords::default();
    for story in stories() {
        let at = format!("/stories/{}", story.id);
        let Some(s) = src.pointer(&at) else { continue };
        let mut steps = std::collections::BTreeMap::new();
        for step in &story.steps {
            let p = format!("{at}/steps/{}", step.id);
            if src.pointer(&p).is_none() {
                continue;
            }
            steps.insert(
                step.id.clone(),
                story_words::StepText {
                    title: text(&src, &format!("{p}/title")).to_string(),
                    caption: text(&src, &format!("{p}/caption")).to_string(),
                    en: text(&src, &format!("{p}/from")).to_string(),
                },
            );
        }
        out.stories.insert(
            story.id.clone(),
            story_words::StoryText {
                title: text(s, "/title").to_string(),
                en: text(s, "/from").to_string(),
                steps,
            },
        );
    }
    let mut json = serde_json::to_string(&out).unwrap();
    json.push('\n');
    json
}

#[test]
fn the_generated_files_are_current() {
    for l in LANGS {
        let path = root().join(format!("www/stories.{}.json", l.tag()));
        let want = generated(l);
        if std::env::var_os("UPDATE_WORDS").is_some() {
            fs::write(&path, &want).unwrap();
        }
        let have = fs::read_to_string(&path).unwrap_or_default();
        assert!(
            have == want,
            "{} is stale: run UPDATE_WORDS=1 cargo test --test story_words",
            path.display()
        );
    }
}

#[test]
fn every_story_and_step_is_translated_and_no_id_is_stale() {
    let stories = stories();
    assert!(!stories.is_empty());
    for l in LANGS {
        let src = source(l);
        let tag = l.tag();
        let mut missing = Vec::new();
        for story in &stories {
            let at = format!("/stories/{}", story.id);
            if text(&src, &format!("{at}/title")).trim().is_empty() {
                missing.push(format!("{} (title)", story.id));
            }
            for step in &story.steps {
                for field in ["title", "caption"] {
                    let p = format!("{at}/steps/{}/{field}", step.id);
                    if text(&src, &p).trim().is_empty() {
                        missing.push(format!("{}/{} ({field})", story.id, step.id));
                    }
                }
            }
        }
        assert!(
            missing.is_empty(),
            "i18n/stories.{tag}.json lacks: {missing:?}"
        );
        // Each made from the English there is now.
        let mut changed = Vec::new();
        for story in &stories {
            let at = format!("/stories/{}", story.id);
            let mut check = |path: String, want: String, what: String| {
                let have = text(&src, &path);
                if have != want {
                    changed.push(format!("{what}: \"from\": {have:?} -> {want:?}"));
                }
            };
            check(
                format!("{at}/from"),
                english_key(&[&story.title]),
                story.id.clone(),
            );
            for step in &story.steps {
                check(
                    format!("{at}/steps/{}/from", step.id),
                    english_key(&[&step.title, &step.caption]),
                    format!("{}/{}", story.id, step.id),
                );
            }
        }
        assert!(
            changed.is_empty(),
            "i18n/stories.{tag}.json: the English changed since these were translated; check each \
             translation against data/stories.json, then set its key:\n{}",
            changed.join("\n")
        );
        // Nothing else: an id no story or step has is a leftover.
        let mut stale = Vec::new();
        for (id, s) in src["stories"].as_object().unwrap() {
            let Some(story) = stories.iter().find(|x| &x.id == id) else {
                stale.push(id.clone());
                continue;
            };
            for step in s["steps"].as_object().unwrap().keys() {
                if !story.steps.iter().any(|x| &x.id == step) {
                    stale.push(format!("{id}/{step}"));
                }
            }
        }
        assert!(
            stale.is_empty(),
            "i18n/stories.{tag}.json: unknown ids {stale:?}"
        );
    }
}

/// The quotations of an English caption: the text between “ and ”.
fn quotations(caption: &str) -> Vec<&str> {
    caption
        .split('“')
        .skip(1)
        .filter_map(|s| s.split_once('”').map(|(q, _)| q))
        .collect()
}

/// The runs of ASCII digits in a text (`F-16s` → 16, `7804`, `2014`).
fn numbers(text: &str) -> BTreeSet<&str> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .collect()
}

#[test]
fn quotations_and_numbers_are_the_englishs() {
    let mut quoted = 0;
    for l in LANGS {
        let src = source(l);
        for story in stories() {
            for step in &story.steps {
                let p = format!("/stories/{}/steps/{}", story.id, step.id);
                let caption = text(&src, &format!("{p}/caption"));
                let title = text(&src, &format!("{p}/title"));
                let place = format!("{}: {}", l.tag(), step.id);
                for q in quotations(&step.caption) {
                    quoted += 1;
                    assert!(
                        caption.contains(q),
                        "{place}: the quotation “{q}” is not word for word"
                    );
                }
                assert_eq!(
                    numbers(caption),
                    numbers(&step.caption),
                    "{place}: the caption's numbers differ from the English's"
                );
                assert_eq!(
                    numbers(title),
                    numbers(&step.title),
                    "{place}: the title's numbers"
                );
                // Digits are Latin in the files (the page's numerals setting converts them).
                assert!(
                    !caption.chars().any(|c| ('\u{660}'..='\u{669}').contains(&c)
                        || ('\u{6f0}'..='\u{6f9}').contains(&c)),
                    "{place}: Arabic-Indic digits in the file"
                );
            }
        }
    }
    assert!(quoted >= 12, "only {quoted} quotations checked");
    // The checks can fail: a dropped number and a reworded quotation are seen.
    assert_ne!(numbers("by 524 votes to 43"), numbers("par 524 voix"));
    assert!(!"« dirty  hands »".contains(quotations("“dirty hands”")[0]));
}

#[test]
fn the_cli_reads_them_for_the_english_they_were_made_for() {
    let stories = stories();
    let story = &stories[0];
    let step = &story.steps[0];
    for l in LANGS {
        let src = source(l);
        let want = text(
            &src,
            &format!("/stories/{}/steps/{}/caption", story.id, step.id),
        );
        let (_, caption) =
            story_words::step_text(l, &story.id, &step.id, (&step.title, &step.caption));
        assert_eq!(caption, want);
        // Another English under the same ids (a brought dataset's story) keeps its own words.
        let other =
            story_words::step_text(l, &story.id, &step.id, (&step.title, "Another caption."));
        assert_eq!(other, (step.title.as_str(), "Another caption."));
    }
    assert_eq!(
        story_words::step_text(
            Locale::En,
            &story.id,
            &step.id,
            (&step.title, &step.caption)
        )
        .1,
        step.caption
    );
}

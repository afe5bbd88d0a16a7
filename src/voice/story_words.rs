//! The guided stories' titles and captions in French and Arabic: written by hand in
//! `i18n/stories.<tag>.json` (by story and step id), generated into `www/stories.<tag>.json` by
//! tests/story_words.rs. The native build (the CLI) compiles those in; the page fetches them only
//! when a story is shown in French or Arabic (www/story-words.js), so the first wasm module
//! carries none of them and this module is not built for it.
//!
//! Each generated entry carries a key of the English it was made for ([`english_key`]): a story
//! whose English differs (a brought dataset reusing an id) keeps its English rather than show
//! another story's translation.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::Locale;

/// One language's story texts: what `www/stories.<tag>.json` holds.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct StoryWords {
    pub stories: BTreeMap<String, StoryText>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct StoryText {
    pub title: String,
    /// The English story title's key ([`english_key`]).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub en: String,
    pub steps: BTreeMap<String, StepText>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct StepText {
    pub title: String,
    pub caption: String,
    /// The English step's key: of its title and caption ([`english_key`]).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub en: String,
}

/// A short key of an English text (FNV-1a, 32 bits, over its UTF-8, as 8 hex digits): the page's
/// script computes the same (www/story-words.js) to tell whether a translation is of this text.
pub fn english_key(parts: &[&str]) -> String {
    format!("{:08x}", super::locale::fnv1a(&parts.join("\n")))
}

static FR: OnceLock<StoryWords> = OnceLock::new();
static AR: OnceLock<StoryWords> = OnceLock::new();

/// The language's compiled-in texts (English has none). The generated files are checked by
/// tests/story_words.rs; a broken one reads as empty (English), never a panic.
fn table(l: Locale) -> Option<&'static StoryWords> {
    let (cell, json) = match l {
        Locale::En => return None,
        Locale::Fr => (&FR, include_str!("../../www/stories.fr.json")),
        Locale::Ar => (&AR, include_str!("../../www/stories.ar.json")),
    };
    Some(cell.get_or_init(|| serde_json::from_str(json).unwrap_or_default()))
}

/// A story's title in the language, or `en` (the dataset's) when it has none for this English.
pub fn story_title<'a>(l: Locale, story: &str, en: &'a str) -> &'a str {
    table(l)
        .and_then(|t| t.stories.get(story))
        .filter(|s| s.en == english_key(&[en]))
        .map_or(en, |s| s.title.as_str())
}

/// A step's title and caption in the language, or `en` (the dataset's own) when it has none for
/// this English: both from one language, never a translated title over an English caption.
pub fn step_text<'a>(
    l: Locale,
    story: &str,
    step: &str,
    en: (&'a str, &'a str),
) -> (&'a str, &'a str) {
    table(l)
        .and_then(|t| t.stories.get(story))
        .and_then(|s| s.steps.get(step))
        .filter(|s| s.en == english_key(&[en.0, en.1]))
        .map_or(en, |s| (s.title.as_str(), s.caption.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_fnv1a_of_the_utf8() {
        // FNV-1a's published test vectors (the page's script agrees, or story-lang.test.mjs would
        // see no translation).
        assert_eq!(english_key(&[""]), "811c9dc5");
        assert_eq!(english_key(&["a"]), "e40c292c");
        assert_eq!(english_key(&["a", "b"]), english_key(&["a\nb"]));
    }

    #[test]
    fn another_english_keeps_its_english() {
        assert_eq!(
            story_title(Locale::Fr, "jeddah-to-paris", "Not the same"),
            "Not the same"
        );
        assert_eq!(
            story_title(Locale::En, "jeddah-to-paris", "From Jeddah to Paris"),
            "From Jeddah to Paris"
        );
        assert_eq!(
            story_title(Locale::Fr, "jeddah-to-paris", "From Jeddah to Paris"),
            "De Djeddah à Paris"
        );
        assert_eq!(
            step_text(Locale::Ar, "no-story", "x", ("t", "c")),
            ("t", "c")
        );
    }
}

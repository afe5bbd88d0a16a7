//! Where each interface language's words come from: English is compiled in (`messages`' tables
//! and the enums' own labels); French and Arabic are a generated JSON table each
//! (`www/words.<tag>.json`: words by message id, country and organisation names by id), which the
//! native build compiles in and the page fetches only when a reader chooses the language, handing
//! it over through one call ([`load`]), so the first wasm module carries none of them.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

pub use crate::lang::{Locale, Numerals};

impl Locale {
    /// A message by id: English from `messages`' tables; French and Arabic from their loaded
    /// table, else the English (a test checks every id exists in every language, so the fallback
    /// only shows when the page has not handed the table over yet).
    pub fn text(self, id: &str) -> &'static str {
        let en = super::messages::english(id);
        match table(self) {
            Some(t) => t.words.get(id).map_or(en, String::as_str),
            None => en,
        }
    }

    /// The label of an enum value (`status.signed`, `kind.air_strikes`) given its English, which
    /// stays with the enum (the CSV and JSON exports read it too): English costs no table.
    pub fn label(self, group: &str, key: &str, en: &'static str) -> &'static str {
        match table(self) {
            Some(t) => t
                .words
                .get(&format!("{group}.{key}"))
                .map_or(en, String::as_str),
            None => en,
        }
    }

    /// A country's or organisation's name by id (ISO alpha-3 or the actor's id): the language's
    /// name (CLDR's, or the reviewed list in `i18n/`), or `en`, the dataset's own.
    pub fn name<'a>(self, id: &str, en: &'a str) -> &'a str {
        match table(self) {
            Some(t) => t.names.get(id).map_or(en, String::as_str),
            None => en,
        }
    }
}

/// One language's words and names, as `www/words.<tag>.json` holds them.
#[derive(Debug, Default, Deserialize)]
pub struct Table {
    pub words: BTreeMap<String, String>,
    #[serde(default)]
    pub names: BTreeMap<String, String>,
}

static FR: OnceLock<Table> = OnceLock::new();
static AR: OnceLock<Table> = OnceLock::new();

fn cell(l: Locale) -> Option<&'static OnceLock<Table>> {
    match l {
        Locale::En => None,
        Locale::Fr => Some(&FR),
        Locale::Ar => Some(&AR),
    }
}

/// The table a native build compiles in (the page's module fetches it instead).
#[cfg(not(target_arch = "wasm32"))]
fn builtin(l: Locale) -> &'static str {
    match l {
        Locale::En => "{\"words\":{}}",
        Locale::Fr => include_str!("../../www/words.fr.json"),
        Locale::Ar => include_str!("../../www/words.ar.json"),
    }
}

/// A language's table: natively compiled in and read on first use; in the page, what [`load`]
/// was given (`None` before).
fn table(l: Locale) -> Option<&'static Table> {
    let cell = cell(l)?;
    #[cfg(not(target_arch = "wasm32"))]
    {
        // The generated files are checked by tests/words.rs; a broken one reads as empty
        // (English) rather than panicking.
        Some(cell.get_or_init(|| serde_json::from_str(builtin(l)).unwrap_or_default()))
    }
    #[cfg(target_arch = "wasm32")]
    {
        cell.get()
    }
}

/// Hands a language's table (the JSON of `www/words.<tag>.json`) to the core. English needs
/// none; a second table for the same language is ignored (the first one stays: the tables are
/// generated, so both are the same).
pub fn load(l: Locale, json: &str) -> Result<(), String> {
    let Some(cell) = cell(l) else {
        return Ok(());
    };
    if cell.get().is_some() {
        return Ok(());
    }
    let t: Table =
        serde_json::from_str(json).map_err(|e| format!("words.{}.json: {e}", l.tag()))?;
    let _ = cell.set(t);
    Ok(())
}

/// Whether a language's words are at hand (always natively; in the page once [`load`]ed).
pub fn loaded(l: Locale) -> bool {
    l == Locale::En || table(l).is_some()
}

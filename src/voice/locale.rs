//! Where each interface language's words come from: English is compiled in (`messages`' tables
//! and the enums' own labels); French and Arabic are a generated JSON table each
//! (`www/words.<tag>.json`: words by message id, country and organisation names by id), which the
//! native build compiles in and the page fetches only when a reader chooses the language, handing
//! it over through one call ([`load`]), so the first wasm module carries none of them.
//!
//! The same table carries the dataset's own short texts in the language (an event's title, a
//! conference's city: [`Locale::data_text`]), written in `i18n/data.<tag>.json` by record id and
//! field, each with the English it was made from.

use std::sync::OnceLock;

#[cfg(not(target_arch = "wasm32"))]
use serde::Deserialize;

pub use crate::lang::{Locale, Numerals};

impl Locale {
    /// A message by id: English from `messages`' tables; French and Arabic from their loaded
    /// table, else the English (a test checks every id exists in every language, so the fallback
    /// only shows when the page has not handed the table over yet).
    pub fn text(self, id: &str) -> &'static str {
        let en = super::messages::english(id);
        match table(self) {
            Some(t) => t.word(id).unwrap_or(en),
            None => en,
        }
    }

    /// The CLDR plural category of a whole count in the language (its cardinal rules): English
    /// `one`, `other`; French `one` (0 and 1), `many` (whole millions), `other`; Arabic `zero`,
    /// `one`, `two`, `few` (3–10 after the hundreds), `many` (11–99), `other` (100, 101, 102…).
    /// The page's script asks the browser's `Intl.PluralRules` for the same (www/words.js).
    pub fn plural(self, n: usize) -> &'static str {
        match self {
            Locale::En if n == 1 => "one",
            Locale::Fr if n < 2 => "one",
            Locale::Fr if n % 1_000_000 == 0 => "many",
            Locale::Ar => match (n, n % 100) {
                (0, _) => "zero",
                (1, _) => "one",
                (2, _) => "two",
                (_, 3..=10) => "few",
                (_, 11..=99) => "many",
                _ => "other",
            },
            _ => "other",
        }
    }

    /// A message whose `{0}` is a count meeting a noun, in the form for `n`: its variant
    /// `ID#CATEGORY` ([`plural`](Self::plural)) where the language has one, else the message
    /// itself (the `other` form). The one place a count chooses its words.
    pub fn counted(self, id: &str, n: usize) -> &'static str {
        let variant = format!("{id}#{}", self.plural(n));
        let en = match super::messages::english(&variant) {
            "" => super::messages::english(id),
            form => form,
        };
        match table(self) {
            Some(t) => t.word(&variant).or_else(|| t.word(id)).unwrap_or(en),
            None => en,
        }
    }

    /// The label of an enum value (`status.signed`, `kind.air_strikes`) given its English, which
    /// stays with the enum (the CSV and JSON exports read it too): English costs no table.
    pub fn label(self, group: &str, key: &str, en: &'static str) -> &'static str {
        match table(self) {
            Some(t) => t.word(&format!("{group}.{key}")).unwrap_or(en),
            None => en,
        }
    }

    /// A dataset record's short text (`field` of the record `id`: an event's `title`, a meeting's
    /// `name`) in the language, or `en`, the dataset's own. A translation is used only for the
    /// English it was made from (the table keeps that English's [`fnv1a`] key): a brought dataset
    /// that reuses an id with other words keeps its words.
    pub fn data_text<'a>(self, id: &str, field: &str, en: &'a str) -> &'a str {
        let found = table(self).and_then(|t| t.name(&format!("{id}.{field}")));
        match found.and_then(|v| Some((v.get(..8)?, v.get(8..)?))) {
            Some((key, text)) if u32::from_str_radix(key, 16) == Ok(fnv1a(en)) => text,
            _ => en,
        }
    }

    /// A country's or organisation's name by id (ISO alpha-3 or the actor's id): the language's
    /// name (CLDR's, or the reviewed list in `i18n/`), or `en`, the dataset's own.
    pub fn name<'a>(self, id: &str, en: &'a str) -> &'a str {
        match table(self) {
            Some(t) => t.name(id).unwrap_or(en),
            None => en,
        }
    }

    /// The language's names of countries and organisations, as (id, name): none in English (its
    /// names are the dataset's and the map's).
    pub fn names(self) -> impl Iterator<Item = (&'static str, &'static str)> {
        table(self)
            .map(|t| t.names.as_slice())
            .unwrap_or_default()
            .iter()
            // The table's `RECORD.FIELD` entries are the dataset's texts, not names.
            .filter(|(id, _)| !id.bytes().any(|b| b == b'.'))
            .map(|(id, n)| (id.as_str(), n.as_str()))
    }

    /// The id (ISO code or actor id) of the country or organisation this language names `name`:
    /// the name itself, compared as names are looked up (`dataset::name_key`: case, dots and
    /// surrounding space aside), or else the one name that begins with it (three letters at least:
    /// "Émirats" → ARE). What a search in French or Arabic finds by the names its list offers;
    /// English has no table (its names are the dataset's and the map's, `Index::find_actor`).
    pub fn id_named(self, name: &str) -> Option<&'static str> {
        let key = crate::dataset::name_key(name);
        // One pass: the exact name at once, else the one name the words begin.
        let (mut begun, mut twice) = (None, false);
        for (id, n) in self.names() {
            let n = crate::dataset::name_key(n);
            if n == key {
                return Some(id);
            }
            if n.starts_with(&key) {
                twice |= begun.is_some();
                begun = Some(id);
            }
        }
        let enough = key.bytes().filter(|b| b & 0xC0 != 0x80).count() >= 3; // letters, not bytes
        begun.filter(|_| enough && !twice)
    }
}

/// FNV-1a (32 bits) of a text's UTF-8: the key of the English a translation was made from
/// (`www/story-words.js`'s `englishKey` computes the same).
pub fn fnv1a(text: &str) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for b in text.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

/// One language's words and names by id, each list sorted by id (looked up by binary search:
/// the page's module carries no map type or JSON parser for them). The names list also holds
/// the dataset's short texts, as `RECORD.FIELD` → the English's key (8 hex digits) then the text.
#[derive(Debug, Default)]
pub struct Table {
    words: Vec<(String, String)>,
    names: Vec<(String, String)>,
}

impl Table {
    /// From flat `[id, text, id, text, …]` lists (what the page hands over: no parsing needed).
    pub fn from_pairs(words: Vec<String>, names: Vec<String>) -> Table {
        let pairs = |flat: Vec<String>| {
            let mut it = flat.into_iter();
            let mut out = Vec::new();
            while let (Some(k), Some(v)) = (it.next(), it.next()) {
                out.push((k, v));
            }
            out.sort_unstable_by(|a, b| a.0.cmp(&b.0));
            out
        };
        Table {
            words: pairs(words),
            names: pairs(names),
        }
    }

    fn word(&self, id: &str) -> Option<&str> {
        find(&self.words, id)
    }

    fn name(&self, id: &str) -> Option<&str> {
        find(&self.names, id)
    }
}

fn find<'a>(list: &'a [(String, String)], id: &str) -> Option<&'a str> {
    list.binary_search_by(|(k, _)| k.as_str().cmp(id))
        .ok()
        .and_then(|i| list.get(i))
        .map(|(_, v)| v.as_str())
}

/// `www/words.<tag>.json` as the native build reads it.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Deserialize)]
struct File {
    words: std::collections::BTreeMap<String, String>,
    #[serde(default)]
    names: std::collections::BTreeMap<String, String>,
    /// The dataset's short texts: `RECORD.FIELD` → [the English's key, the text].
    #[serde(default)]
    texts: std::collections::BTreeMap<String, (String, String)>,
}

#[cfg(not(target_arch = "wasm32"))]
fn parse(json: &str) -> Table {
    // A BTreeMap iterates in order: the lists come out sorted.
    serde_json::from_str::<File>(json).map_or_else(
        |_| Table::default(),
        |mut f| {
            for (id, (key, text)) in f.texts {
                f.names.insert(id, key + &text);
            }
            Table {
                words: f.words.into_iter().collect(),
                names: f.names.into_iter().collect(),
            }
        },
    )
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
        Some(cell.get_or_init(|| parse(builtin(l))))
    }
    #[cfg(target_arch = "wasm32")]
    {
        cell.get()
    }
}

/// Hands a language's table (`www/words.<tag>.json`, parsed by the caller: the page's module
/// has no JSON parser of its own) to the core. English needs none; a second table for the same
/// language is ignored (the first one stays: the tables are generated, so both are the same).
pub fn load(l: Locale, t: Table) {
    if let Some(cell) = cell(l) {
        let _ = cell.set(t);
    }
}

/// Whether a language's words are at hand (always natively; in the page once [`load`]ed).
pub fn loaded(l: Locale) -> bool {
    l == Locale::En || table(l).is_some()
}

//! The one call that brings an interface language into the page's module: the page fetches
//! `words.<tag>.json` only when a reader (or a host) chooses French or Arabic and hands its text
//! here, so the first module carries no table but English (`voice::locale`).

use wasm_bindgen::prelude::*;

use crate::lang::Locale;
use crate::voice::locale;

/// Hands the table of `lang` (`fr`, `ar`: `words.<lang>.json`) to the core, as two flat lists
/// `[id, text, id, text, …]` (its words, then its names); views in that language then speak it.
/// English needs none.
#[wasm_bindgen(js_name = setLocale)]
pub fn set_locale(lang: &str, words: Vec<String>, names: Vec<String>) -> Result<(), JsError> {
    let l = Locale::parse(lang).ok_or_else(|| {
        JsError::new(&format!("unknown language “{lang}”: expected en, fr or ar"))
    })?;
    locale::load(l, locale::Table::from_pairs(words, names));
    Ok(())
}

//! Values across the JS boundary: results out as plain JS objects (serde_json text parsed by the
//! browser's `JSON.parse`), dates and view patches in, every failure a `JsError` with a sentence a
//! reader can act on.

use serde::Serialize;
use wasm_bindgen::prelude::*;

#[cfg(feature = "page")]
use crate::date::Date;
#[cfg(feature = "page")]
use crate::view::ViewPatch;

/// A result as a plain JS object. Written as JSON text and parsed by the browser rather than built
/// field by field through JS calls (serde-wasm-bindgen): the same objects, 3.3 KB less gzip in the
/// first module (2026-12-06: 261,250 -> 257,962 bytes), as serde_json's writer is small and the
/// module needs no second serializer for the dataset's JSON download.
pub fn to_js<T: Serialize + ?Sized>(v: &T) -> Result<JsValue, JsError> {
    // Writing to a String fails only if a Serialize impl does (ours do not): the error is not
    // formatted, as serde_json's error messages (its parser's and std::io's, about 2 KB) would
    // otherwise come into the first module with their Display.
    let text =
        serde_json::to_string(v).map_err(|_| JsError::new("could not convert result to JSON"))?;
    js_sys::JSON::parse(&text).map_err(|_| JsError::new("could not convert result"))
}

#[cfg(feature = "page")]
/// An optional `YYYY-MM-DD` argument; empty or absent means the end of the story.
pub fn parse_date(date: Option<String>) -> Result<Option<Date>, JsError> {
    date.filter(|d| !d.is_empty())
        .map(|d| d.parse::<Date>().map_err(|e| JsError::new(&e.to_string())))
        .transpose()
}

#[cfg(feature = "page")]
/// The fields a `setView` patch may name, as strings (or `null`).
const TEXT_FIELDS: [&str; 13] = [
    "country", "date", "framing", "camera", "item", "compare", "timeline", "window", "record",
    "story", "step", "lang", "numerals",
];
#[cfg(feature = "page")]
/// The fields a `setView` patch may name, as lists of strings.
const LIST_FIELDS: [&str; 2] = ["statuses", "kinds"];

#[cfg(feature = "page")]
/// A `setView` argument: an object whose fields are strings, string lists or `null`. A wrong type
/// (`{country: 12}`) or an unknown field is an error naming it, never a trap inside wasm. Read by
/// hand with `Reflect` rather than serde: a JS-value deserializer would cost ~10 KB of wasm.
pub fn view_patch(value: JsValue) -> Result<ViewPatch, JsError> {
    if !value.is_object() || js_sys::Array::is_array(&value) {
        return Err(JsError::new(
            "setView expects an object such as {country: \"FRA\", date: \"2014-09-15\"}",
        ));
    }
    let object = js_sys::Object::from(value);
    let mut patch = ViewPatch::default();
    for key in js_sys::Object::keys(&object).iter() {
        let name = key.as_string().unwrap_or_default();
        let field = js_sys::Reflect::get(&object, &key)
            .map_err(|_| JsError::new(&format!("setView: could not read {name}")))?;
        if let Some(slot) = text_slot(&mut patch, &name) {
            *slot = Some(text(&name, &field)?);
        } else if let Some(slot) = list_slot(&mut patch, &name) {
            *slot = Some(list(&name, &field)?);
        } else {
            return Err(JsError::new(&format!(
                "setView: unknown field {name:?}; expected {}",
                TEXT_FIELDS
                    .iter()
                    .chain(LIST_FIELDS.iter())
                    .copied()
                    .collect::<Vec<_>>()
                    .join(", ")
            )));
        }
    }
    Ok(patch)
}

#[cfg(feature = "page")]
fn text_slot<'a>(patch: &'a mut ViewPatch, name: &str) -> Option<&'a mut Option<Option<String>>> {
    match name {
        "country" => Some(&mut patch.country),
        "date" => Some(&mut patch.date),
        "framing" => Some(&mut patch.framing),
        "item" => Some(&mut patch.item),
        "compare" => Some(&mut patch.compare),
        "timeline" => Some(&mut patch.timeline),
        "window" => Some(&mut patch.window),
        "record" => Some(&mut patch.record),
        "camera" => Some(&mut patch.camera),
        "story" => Some(&mut patch.story),
        "step" => Some(&mut patch.step),
        "lang" => Some(&mut patch.lang),
        "numerals" => Some(&mut patch.numerals),
        _ => None,
    }
}

#[cfg(feature = "page")]
fn list_slot<'a>(
    patch: &'a mut ViewPatch,
    name: &str,
) -> Option<&'a mut Option<Option<Vec<String>>>> {
    match name {
        "statuses" => Some(&mut patch.statuses),
        "kinds" => Some(&mut patch.kinds),
        _ => None,
    }
}

#[cfg(feature = "page")]
/// A string field: `null`/`undefined` clear it; anything but a string is refused.
fn text(name: &str, v: &JsValue) -> Result<Option<String>, JsError> {
    if v.is_null() || v.is_undefined() {
        return Ok(None);
    }
    v.as_string()
        .map(Some)
        .ok_or_else(|| JsError::new(&format!("setView: {name} must be a string or null")))
}

#[cfg(feature = "page")]
/// A list field: `null`/`undefined` clear it; else an array of strings.
fn list(name: &str, v: &JsValue) -> Result<Option<Vec<String>>, JsError> {
    if v.is_null() || v.is_undefined() {
        return Ok(None);
    }
    if !js_sys::Array::is_array(v) {
        return Err(JsError::new(&format!(
            "setView: {name} must be a list of strings"
        )));
    }
    js_sys::Array::from(v)
        .iter()
        .map(|x| x.as_string())
        .collect::<Option<Vec<String>>>()
        .map(Some)
        .ok_or_else(|| JsError::new(&format!("setView: {name} must be a list of strings")))
}

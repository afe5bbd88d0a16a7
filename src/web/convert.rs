//! Values across the JS boundary: results out as plain JS objects (serde-wasm-bindgen), dates and
//! view patches in, every failure a `JsError` with a sentence a reader can act on.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::date::Date;
use crate::view::ViewPatch;

pub fn to_js<T: Serialize + ?Sized>(v: &T) -> Result<JsValue, JsError> {
    v.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("could not convert result: {e}")))
}

/// An optional `YYYY-MM-DD` argument; empty or absent means the end of the story.
pub fn parse_date(date: Option<String>) -> Result<Option<Date>, JsError> {
    date.filter(|d| !d.is_empty())
        .map(|d| d.parse::<Date>().map_err(|e| JsError::new(&e.to_string())))
        .transpose()
}

/// A `setView` argument: an object whose fields are strings, string lists or `null`. A wrong type
/// (`{country: 12}`) is a `TypeError`-like message, never a trap inside wasm.
pub fn view_patch(value: JsValue) -> Result<ViewPatch, JsError> {
    if !value.is_object() {
        return Err(JsError::new(
            "setView expects an object such as {country: \"FRA\", date: \"2014-09-15\"}",
        ));
    }
    serde_wasm_bindgen::from_value(value).map_err(|e| JsError::new(&format!("setView: {e}")))
}

/// A point in CSS pixels relative to a canvas.
#[derive(Serialize)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

//! The wasm-bindgen API the page and embeds call: a thin translation layer — JS values in, core
//! calls, typed JS objects or a `JsError` out. Nothing here may panic: a panic inside wasm kills
//! the module for the whole page, so the lints below refuse the usual ways to write one.
//!
//! Split by job: `api` (the `Coalition` handle the page holds), `convert` (values across the
//! boundary), `surface` (canvas size and context), `cache` (when to redraw), `paint` (drawing
//! through the recorder), `canvas` (the plotters backend), `types` (TypeScript declarations).
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod api;
mod cache;
mod canvas;
mod convert;
mod paint;
mod surface;
mod types;

pub use api::Coalition;

use wasm_bindgen::prelude::*;

#[wasm_bindgen(start)]
fn start() {
    // The last net only: every exported function returns Result instead of panicking.
    console_error_panic_hook::set_once();
}

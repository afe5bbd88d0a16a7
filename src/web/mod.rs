//! The wasm-bindgen API the page and embeds call: a thin translation layer — JS values in, core
//! calls, typed JS objects or a `JsError` out. Nothing here may panic: a panic inside wasm kills
//! the module for the whole page, so the lints below refuse the usual ways to write one.
//!
//! Split by job: `api` (the `Coalition` handle the page holds), `convert` (values across the
//! boundary), `surface` (canvas size and context), `cache` (when to redraw), `paint` (drawing
//! through the recorder), `canvas` (the plotters backend), `types` (TypeScript declarations),
//! `tools` (the second module's functions), `timeline` (the third module's handle), `locale` (the
//! one call that brings French or Arabic).
//!
//! Three wasm modules are built from this crate (scripts/build.sh): the `page` feature exports the
//! `Coalition` handle (`www/pkg/coalition_map.js`, what the page loads first); the `timeline`
//! feature exports the `Timeline` handle that draws the timeline and answers its gestures
//! (`www/pkg/coalition_timeline.js`, fetched after the map's first paint); the `tools` feature
//! exports validation and JSON import of a brought dataset and the CSV export
//! (`www/pkg/coalition_tools.js`, fetched only when a reader brings a dataset or downloads the CSV).
//! Each build compiles only its own API, so no module carries another's code.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

#[cfg(feature = "page")]
mod api;
#[cfg(any(feature = "page", feature = "timeline"))]
mod cache;
#[cfg(any(feature = "page", feature = "timeline"))]
mod canvas;
mod convert;
#[cfg(any(feature = "page", feature = "timeline"))]
mod locale;
#[cfg(any(feature = "page", feature = "timeline"))]
mod paint;
#[cfg(any(feature = "page", feature = "timeline"))]
mod surface;
#[cfg(feature = "timeline")]
mod timeline;
#[cfg(feature = "tools")]
pub mod tools;
#[cfg(feature = "page")]
mod types;

#[cfg(feature = "page")]
pub use api::Coalition;
#[cfg(feature = "timeline")]
pub use timeline::Timeline;

use wasm_bindgen::prelude::*;

#[wasm_bindgen(start)]
fn start() {
    // The last net only: every exported function returns Result instead of panicking.
    console_error_panic_hook::set_once();
}

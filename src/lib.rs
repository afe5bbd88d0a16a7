//! coalition-map: the September 2014 coalition against ISIL as a sourced dataset, a membership map and
//! a pledge timeline. This file lists the modules and re-exports the public API; it holds no logic.
//!
//! The core (`date`, `model`, `dataset`, `query`, `geo`, `draw`) is platform-free and tested natively;
//! `web` (wasm32 only) translates it to JavaScript.

pub mod api_types;
pub mod bake;
pub mod bytes;
pub mod dataset;
pub mod date;
pub mod draw;
pub mod export;
pub mod frame;
pub mod geo;
pub mod json_path;
pub mod lang;
pub mod model;
pub mod pack;
pub mod palette;
pub mod query;
pub mod sort;
pub mod view;
pub mod voice;

#[cfg(target_arch = "wasm32")]
pub mod web;

pub use dataset::{Index, ValidationError};
pub use date::Date;
pub use model::Dataset;

//! When to redraw: the keys that say what the map's cached base layer and the last timeline were
//! drawn for. A redraw whose key is unchanged is skipped or replaced by a blit.

use wasm_bindgen::JsValue;
use web_sys::HtmlCanvasElement;

use crate::date::Date;
use crate::draw::palette::Theme;
use crate::draw::timeline::{KindFilter, TimelineMode};
use crate::geo::Viewport;

/// What the map's base layer depends on: when none of it changed, hover and selection redraw only
/// the overlay on top of the cached base (a blit instead of ~11,000 polygon vertices).
#[derive(Debug, Clone, PartialEq)]
pub struct BaseKey {
    pub width: u32,
    pub height: u32,
    pub viewport: Viewport,
    pub date: Option<Date>,
    pub theme: Theme,
    pub dataset: u64,
}

/// Everything the timeline's picture depends on. The selected actor counts only through the items
/// it emphasises: clicking from one country without events or pledges to another leaves the
/// timeline as it is.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineKey {
    pub canvas: JsValue,
    pub width: u32,
    pub height: u32,
    pub scale: f64,
    pub date: Option<Date>,
    pub item: Option<String>,
    /// `None`: no emphasis; `Some(None)`: an actor with no items (all fade); else that actor.
    pub emphasis: Option<Option<String>>,
    pub theme: Theme,
    pub dataset: u64,
    pub mode: TimelineMode,
    /// The time window's ends as bits (`f64` is not `Eq`; equal bits are an equal window).
    pub window: Option<(u64, u64)>,
    pub kinds: KindFilter,
}

/// The base layer drawn into a detached canvas, and what it was drawn for.
pub struct BaseCache {
    pub canvas: HtmlCanvasElement,
    pub key: Option<BaseKey>,
}

//! When to redraw, and what to keep between redraws: the keys that say what the map's cached base
//! layer (the first module) and the last timeline (the timeline's module) were drawn for (a redraw
//! whose key is unchanged is skipped or replaced by a blit), and the timeline's last layout.

#[cfg(feature = "timeline")]
use std::rc::Rc;

#[cfg(feature = "timeline")]
use wasm_bindgen::JsValue;
#[cfg(feature = "page")]
use web_sys::HtmlCanvasElement;

#[cfg(feature = "timeline")]
use crate::dataset::Index;
use crate::date::Date;
#[cfg(feature = "timeline")]
use crate::draw::timeline::{KindFilter, Plan, TimelineMode, TimelineView};
#[cfg(feature = "page")]
use crate::geo::Viewport;
use crate::palette::Theme;

/// What the map's base layer depends on: when none of it changed, hover and selection redraw only
/// the overlay on top of the cached base (a blit instead of ~11,000 polygon vertices).
#[cfg(feature = "page")]
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
#[cfg(feature = "timeline")]
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
#[cfg(feature = "page")]
pub struct BaseCache {
    pub canvas: HtmlCanvasElement,
    pub key: Option<BaseKey>,
}

#[cfg(feature = "timeline")]
self_cell::self_cell!(
    /// The timeline's layout with the dataset it borrows. A selection, a date step, an emphasis or
    /// a theme changes only how the layout is painted, so the page lays out again only when the
    /// dataset, mode, window or width changes: at 100× the data a layout is 30–45 ms of a redraw.
    pub struct PlanCache {
        owner: Rc<Index>,
        #[covariant]
        dependent: Plan,
    }
);

#[cfg(feature = "timeline")]
impl PlanCache {
    /// The cached layout if it is `view`'s at `width` over `ix`, else a new one, kept in `slot`.
    pub fn get<'s>(
        slot: &'s mut Option<PlanCache>,
        ix: &Rc<Index>,
        view: &TimelineView,
        width: f64,
    ) -> &'s Plan<'s> {
        let fresh = slot.as_ref().is_some_and(|c| {
            Rc::ptr_eq(c.borrow_owner(), ix) && c.borrow_dependent().made_for(view, width)
        });
        if !fresh {
            *slot = None;
        }
        slot.get_or_insert_with(|| {
            PlanCache::new(Rc::clone(ix), |ix| {
                crate::draw::timeline::plan(ix, view, width)
            })
        })
        .borrow_dependent()
    }
}

//! The timeline's part of the view, which stays with the one `ViewState`: selecting an item (which
//! moves the view's date, selects a pledge's actor and keeps the day in the window) and an item's
//! record. Drawing the timeline, its hit-test, its steps and its window's gestures are the third
//! module's (`web::timeline`, fetched after the map's first paint).

use wasm_bindgen::prelude::*;

use super::Coalition;
use crate::api_types::TimelineHit;
use crate::view::{TimeWindow, ViewPatch};
use crate::web::convert::to_js;
use crate::{query, voice};

#[wasm_bindgen]
impl Coalition {
    /// Selects a timeline item by marker key or id (`None` clears): the view moves to its day, the
    /// map outlines the actors involved, and a pledge (a decision, a strike, a listing) selects its
    /// actor. A click on a drawn marker passes the marker's `day` and `actor` too (the timeline
    /// handle's `pointAt` gives them: a disputed date's other claimed day is its own marker).
    /// Returns the day selected (`YYYY-MM-DD`) or `undefined`.
    #[wasm_bindgen(js_name = selectItem)]
    pub fn select_item(
        &mut self,
        key: Option<String>,
        day: Option<String>,
        actor: Option<String>,
    ) -> Result<Option<String>, JsError> {
        let Some(key) = key.filter(|i| !i.is_empty()) else {
            self.apply(&ViewPatch {
                item: Some(None),
                ..ViewPatch::default()
            })?;
            return Ok(None);
        };
        let item = query::timeline_item_by_key(&self.ix, &key)
            .or_else(|| query::timeline_item(&self.ix, &key))
            .ok_or_else(|| JsError::new(&format!("no timeline item {key:?}")))?;
        let (date, actor) = match day.filter(|d| !d.is_empty()) {
            Some(d) => (
                d.parse::<crate::date::Date>()
                    .map_err(|e| JsError::new(&e.to_string()))?,
                actor.filter(|a| !a.is_empty()),
            ),
            None => (
                item.when
                    .map(|w| w.date)
                    .ok_or_else(|| JsError::new(&format!("timeline item {key:?} has no date")))?,
                own_actor(&item),
            ),
        };
        let id = item.id.to_string();
        // A conference on the timeline opens the conference's own record.
        let actor = actor.or_else(|| {
            self.ix
                .data
                .events
                .iter()
                .find(|e| e.id == id)
                .and_then(|e| e.conference.clone())
        });
        // Through the view's one path, as a link's values are: a new item lets go of a
        // permalinked record, as a new selection does.
        self.apply(&ViewPatch {
            date: Some(Some(date.to_string())),
            item: Some(Some(id)),
            country: actor.map(Some),
            ..ViewPatch::default()
        })?;
        // Keep the chosen day in sight when the axis is zoomed, or when the first view's days
        // (the September story) do not reach it.
        if let (Some(full), Some(initial)) =
            (TimeWindow::full(&self.ix), TimeWindow::initial(&self.ix))
        {
            let w = self.view.window.unwrap_or(initial);
            let shown = w.reveal(date, full);
            if self.view.window.is_some() || shown != initial {
                self.view.window = Some(shown);
            }
        }
        Ok(Some(date.to_string()))
    }
}

impl Coalition {
    /// The item a marker key (`pledge:fra-air-strikes`) or an id names, as the timeline handle's
    /// `pointAt` gives it but without a drawing to ask: its own day, its own actor, no stack.
    pub(super) fn timeline_item(&self, key: &str) -> Result<JsValue, JsError> {
        let Some(item) = query::timeline_item_by_key(&self.ix, key)
            .or_else(|| query::timeline_item(&self.ix, key))
        else {
            return Ok(JsValue::UNDEFINED);
        };
        let Some(day) = item.when.map(|w| w.date.to_string()) else {
            return Ok(JsValue::UNDEFINED);
        };
        let actor = own_actor(&item);
        to_js(&TimelineHit {
            day,
            actor: actor.as_deref(),
            stack: None,
            item: voice::item_in(self.view.lang, &self.ix, item),
        })
    }
}

/// The actor a click on an item selects, as its marker carries it: a pledge's, a decision's, a
/// strike's, a listed country (the first of the item's actors).
fn own_actor(item: &query::TimelineItem) -> Option<String> {
    matches!(item.kind, "pledge" | "decision" | "strike" | "listing")
        .then(|| item.actors.first().map(|a| a.to_string()))
        .flatten()
}

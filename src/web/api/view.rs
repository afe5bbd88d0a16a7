//! The view half of the handle: one `setView(partial)` / `view()` pair, the URL's query string in
//! and out, the theme, and the text alternatives that describe what the view shows.

use wasm_bindgen::prelude::*;

use super::Coalition;
use crate::api_types::View;
use crate::draw::timeline::TimelineMode;
use crate::frame;
use crate::palette::Theme;
use crate::query::{self, Status};
use crate::view::{ViewPatch, ViewState};
use crate::web::convert::{to_js, view_patch};

#[wasm_bindgen]
impl Coalition {
    /// The current view: `{country, date, framing, item}`, plus `compare`, `statuses` and `kinds`
    /// when set.
    #[wasm_bindgen(unchecked_return_type = "View")]
    pub fn view(&self) -> Result<JsValue, JsError> {
        let v = &self.view;
        to_js(&View {
            country: v.country.clone(),
            date: v.date.map(|d| d.to_string()),
            framing: v.framing.key(),
            item: v.item.clone(),
            compare: v.compare.map(|d| d.to_string()),
            camera: v.camera.map(|c| c.to_string()),
            statuses: v.statuses.iter().map(|s| s.key()).collect(),
            kinds: v.kinds.iter().map(|k| k.key()).collect(),
            timeline: (v.timeline != TimelineMode::default()).then(|| v.timeline.to_string()),
            window: v.window.map(|w| w.to_string()),
            record: v.record.clone(),
            story: v.story.clone(),
            step: v.step.clone(),
            lang: (v.lang != Default::default()).then(|| v.lang.tag()),
            numerals: (v.numerals != Default::default()).then(|| v.numerals.key()),
        })
    }

    /// Changes the parts of the view named in `patch` (`{country: "UAE"}`, `{date: null}`...),
    /// checked as a link's values are; on a bad value nothing changes and the error says why.
    #[wasm_bindgen(js_name = setView)]
    pub fn set_view(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "Partial<ViewPatch>")] patch: JsValue,
    ) -> Result<(), JsError> {
        self.apply(&view_patch(patch)?)
    }

    /// Sets the whole view from a URL query string (`country=FRA&date=2014-09-15&framing=world&
    /// item=...`). Values it cannot use are ignored; returns a notice for each, for the page to show.
    #[wasm_bindgen(js_name = applyQuery)]
    #[wasm_bindgen(unchecked_return_type = "string[]")]
    pub fn apply_query(&mut self, query: &str) -> Result<JsValue, JsError> {
        let (state, notices) = ViewState::from_query(query, &self.ix);
        self.view = state;
        let text: Vec<String> = notices
            .iter()
            .map(|n| crate::voice::notice(self.view.lang, n))
            .collect();
        to_js(&text)
    }

    /// The view's own query string (no leading `?`; empty for the default view), every value
    /// percent-encoded: what an embed snippet carries.
    pub fn query(&self) -> String {
        self.view.view_query()
    }

    /// The query string for the address bar: the view's own parameters, then the host's (a
    /// `utm_source`, a `dataset`) as they were written, so a click never drops them.
    #[wasm_bindgen(js_name = urlQuery)]
    pub fn url_query(&self) -> String {
        self.view.to_query()
    }

    /// Everything the page shows in words about the current view (`frame::Frame`): the date
    /// control, the status legend with its counts, the compare menu, the canvases' text
    /// alternatives, the selection, and what changed since the last frame (for a screen reader).
    /// The page calls it once after each change and renders it part by part.
    #[wasm_bindgen(unchecked_return_type = "Frame")]
    pub fn frame(&mut self) -> Result<JsValue, JsError> {
        let counts = self.map_counts();
        let timeline_items = self.timeline_shown();
        let cx = frame::Context {
            shapes: &self.shapes,
            counts: &counts,
            timeline_items,
        };
        let f = frame::frame(&self.ix, &self.view, self.framed.as_ref(), &cx);
        self.framed = Some(self.view.clone());
        to_js(&f)
    }

    /// Sets the colour theme of the drawings: "light" or "dark".
    #[wasm_bindgen(js_name = setTheme)]
    pub fn set_theme(&mut self, theme: &str) -> Result<(), JsError> {
        self.theme = Theme::parse(theme).ok_or_else(|| {
            JsError::new(&format!("unknown theme {theme:?}: expected light or dark"))
        })?;
        Ok(())
    }

    /// The drawings' colour theme: `{name, sea}`, its name ("light" or "dark": with `query()`
    /// and `pack()` what the second module needs to draw the same view as SVG, `Coalition.mapSvg`
    /// in coalition.js) and the sea's colour (`#rrggbb`, for the edges a gesture uncovers).
    #[wasm_bindgen(unchecked_return_type = "ThemeInfo")]
    pub fn theme(&self) -> Result<JsValue, JsError> {
        to_js(&crate::api_types::ThemeInfo {
            name: if self.theme == Theme::DARK {
                "dark"
            } else {
                "light"
            },
            sea: crate::palette::hex(self.theme.sea),
        })
    }

    /// Shorthand for `setView({country})`: selects a country or organisation by code, name or
    /// alias (`null` clears). Returns the selected id.
    pub fn select(&mut self, code: Option<String>) -> Result<Option<String>, JsError> {
        self.apply(&ViewPatch {
            country: Some(code),
            ..ViewPatch::default()
        })?;
        Ok(self.view.country.clone())
    }

    /// Shorthand for `setView({date})` (`null` or "": the end of the story).
    #[wasm_bindgen(js_name = setDate)]
    pub fn set_date(&mut self, date: Option<String>) -> Result<(), JsError> {
        self.apply(&ViewPatch {
            date: Some(date),
            ..ViewPatch::default()
        })
    }

    /// Shorthand for `setView({framing})`.
    #[wasm_bindgen(js_name = setFraming)]
    pub fn set_framing(&mut self, framing: &str) -> Result<(), JsError> {
        self.apply(&ViewPatch {
            framing: Some(Some(framing.to_string())),
            ..ViewPatch::default()
        })
    }
}

/// The one path every view change takes.
impl Coalition {
    /// In compare mode, each actor's change between the comparison date and the date shown:
    /// `{id: "joined" | "changed" | "dropped" | "unchanged"}` (actors without a role on either
    /// date are left out); `null` when not comparing. For the table view's rows.
    pub(super) fn changes(&self) -> Result<JsValue, JsError> {
        let Some(from) = self.view.compare else {
            return Ok(JsValue::NULL);
        };
        // Inserted one by one: collecting into a map would compile another copy of the slice sort.
        let mut rows = std::collections::BTreeMap::new();
        for a in &self.ix.data.actors {
            let change = crate::query::Change::between(
                query::primary_status(&self.ix, &a.id, Some(from)),
                query::primary_status(&self.ix, &a.id, self.view.date),
            );
            if let Some(change) = change {
                rows.insert(a.id.as_str(), change.key());
            }
        }
        to_js(&rows)
    }

    /// The map's count per status on the view's date, kept for (dataset, date): rebuilt on every
    /// frame otherwise, and at 100× the data a count is ~5 ms though only a date changes it.
    fn map_counts(&self) -> Vec<(Status, usize)> {
        let key = (self.dataset_generation, self.view.date);
        if let Some((k, c)) = self.map_counts.borrow().as_ref() {
            if *k == key {
                return c.clone();
            }
        }
        let counts = frame::status_counts(&self.ix, &self.shapes, self.view.date);
        *self.map_counts.borrow_mut() = Some((key, counts.clone()));
        counts
    }

    pub(super) fn apply(&mut self, patch: &ViewPatch) -> Result<(), JsError> {
        self.view
            .apply(patch, &self.ix)
            .map_err(|n| JsError::new(&crate::voice::refusal(&n)))
    }
}

impl Coalition {
    /// How many markers the timeline shows for the view's window (see `timeline_shown`).
    fn timeline_shown(&mut self) -> usize {
        let key = (self.dataset_generation, self.view.window);
        match self.timeline_shown {
            Some((k, n)) if k == key => n,
            _ => {
                let n = crate::draw::timeline::shown_count(&self.ix, self.view.window);
                self.timeline_shown = Some((key, n));
                n
            }
        }
    }
}

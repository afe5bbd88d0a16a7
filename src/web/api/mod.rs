//! The `Coalition` handle: one loaded dataset, the one [`ViewState`], and what is not view (hover,
//! theme, drawing caches). Each embed holds its own; the module is loaded once per page. This file
//! holds the handle and the dataset queries; `view`, `map` and `timeline` hold the rest.

mod map;
mod timeline;
mod view;

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;

use super::cache::{BaseCache, BaseKey, PlanCache, TimelineKey};
use super::convert::{parse_date, to_js};
use crate::api_types::{LoadResult, RecordTotals};
use crate::dataset::{Index, ValidationError};
use crate::draw::timeline::Marker;
use crate::geo::{ProjectedMap, Shapes};
use crate::palette::Theme;
use crate::query;
use crate::view::ViewState;
use crate::voice;

/// One loaded dataset with its view. Each embed holds its own; the module is loaded once.
#[wasm_bindgen]
pub struct Coalition {
    /// Shared with the timeline's cached layout, which borrows it ([`PlanCache`]).
    pub(super) ix: Rc<Index>,
    pub(super) shapes: Shapes,
    /// The one runtime state: selection (an actor id), date, framing, item, filters.
    pub(super) view: ViewState,
    pub(super) theme: Theme,
    /// The shape under the pointer (not view: it is never shared or restored).
    pub(super) hovered: Option<usize>,
    /// The status whose legend entry the pointer or focus is on: its countries are outlined.
    pub(super) legend_hover: Option<crate::query::Status>,
    /// The projection last drawn, for hit-testing.
    pub(super) map: Option<ProjectedMap>,
    /// Where the last drawn timeline put its markers (CSS px), for hit-testing.
    pub(super) markers: Vec<Marker>,
    /// What the timeline on the page was last drawn for: a redraw with the same key is skipped.
    pub(super) timeline_drawn: Option<TimelineKey>,
    /// The timeline's last layout, kept across redraws that only repaint it (queries such as
    /// zoom, pan and the legend read it too, so it is behind a `RefCell` for `&self` methods).
    pub(super) timeline_plan: RefCell<Option<PlanCache>>,
    /// The timeline's last drawn width (CSS px), for zoom, pan and legend clicks.
    pub(super) timeline_width: f64,
    /// The time window the timeline was last drawn with, for gesture previews.
    pub(super) timeline_window_drawn: Option<crate::draw::timeline::TimeWindow>,
    pub(super) base: Option<BaseCache>,
    /// The base layer last drawn straight onto the page's canvas, not cached (see `draw_map`).
    pub(super) drawn_direct: Option<BaseKey>,
    /// Bumped when the dataset is replaced, so the cached base layer is redrawn.
    pub(super) dataset_generation: u64,
    /// The map's count per status for (dataset generation, date), for its text alternative:
    /// rebuilt on every change of the page, and at 100× the data a count is ~5 ms (every
    /// country's statuses from every pledge and statement), though only a date changes it.
    pub(super) map_counts: RefCell<Option<MapCounts>>,
    /// The pack of a brought dataset as it arrived (`None`: the embedded one), for `json()`: the
    /// index holds the reader's edition of its texts, a download gives the data as it is.
    pub(super) brought: Option<Vec<u8>>,
    /// The view the last frame was computed for: the next frame announces what changed since.
    pub(super) framed: Option<ViewState>,
}

/// The index the page reads: the dataset's texts in the reader's edition (citations by source
/// name, claim values in words; `voice::prose`).
fn reader_index(mut data: crate::model::Dataset) -> Index {
    voice::prose::reader_edition(&mut data);
    Index::trusted(data)
}

/// See [`Coalition::map_counts`].
pub(super) type MapCounts = (
    (u64, Option<crate::date::Date>),
    Vec<(crate::query::Status, usize)>,
);

#[wasm_bindgen]
impl Coalition {
    /// Loads the embedded dataset and country shapes.
    #[wasm_bindgen(constructor)]
    pub fn new() -> Result<Coalition, JsError> {
        // The packed dataset, decoded and indexed without validation: the tests validate the
        // embedded data at build time, and the validator stays out of this module.
        let ix = crate::pack::decode(crate::pack::EMBEDDED)
            .map(|d| Rc::new(reader_index(d)))
            .map_err(|e| JsError::new(&e))?;
        let shapes = Shapes::embedded().map_err(|e| JsError::new(&e))?;
        Ok(Coalition {
            ix,
            shapes,
            view: ViewState::default(),
            theme: Theme::LIGHT,
            hovered: None,
            legend_hover: None,
            map: None,
            markers: Vec::new(),
            timeline_drawn: None,
            timeline_plan: RefCell::new(None),
            timeline_width: 0.0,
            timeline_window_drawn: None,
            base: None,
            drawn_direct: None,
            dataset_generation: 0,
            map_counts: RefCell::new(None),
            brought: None,
            framed: None,
        })
    }

    /// Replaces the dataset with a packed one: what the second module's `checkDataset` returns
    /// for a brought dataset it has validated (`www/tools.js` joins the two; the page calls it as
    /// `viewer.loadDataset`). A pack that does not decode leaves the current dataset and says why.
    #[wasm_bindgen(js_name = loadPacked, unchecked_return_type = "LoadResult")]
    pub fn load_packed(&mut self, pack: &[u8]) -> Result<JsValue, JsError> {
        let errors = match crate::pack::decode(pack) {
            Ok(data) => {
                self.ix = Rc::new(reader_index(data));
                self.brought = Some(pack.to_vec());
                // The cached layout holds the old dataset alive until it is dropped here.
                *self.timeline_plan.get_mut() = None;
                self.dataset_generation += 1;
                // Re-project (markers depend on who has a role); the view keeps what still exists.
                self.map = None;
                self.markers.clear();
                self.timeline_drawn = None;
                self.view = ViewState::from_query(&self.view.to_query(), &self.ix).0;
                Vec::new()
            }
            Err(reason) => vec![ValidationError {
                path: "(pack)".into(),
                reason,
            }],
        };
        to_js(&LoadResult {
            ok: errors.is_empty(),
            errors,
            actors: self.ix.data.actors.len(),
            events: self.ix.data.events.len(),
        })
    }

    /// Every actor with its status on `date` (`YYYY-MM-DD`; empty or absent: end of the story).
    #[wasm_bindgen(unchecked_return_type = "ActorSummary[]")]
    pub fn countries(&self, date: Option<String>) -> Result<JsValue, JsError> {
        let mut list = query::actors(&self.ix, parse_date(date)?);
        // Named in the view's language (the dataset's names are English).
        for a in &mut list {
            a.name = self.view.lang.name(a.id, a.name);
        }
        to_js(&list)
    }

    /// One actor's full record, by code, name or alias. Errors for an unknown actor.
    #[wasm_bindgen(unchecked_return_type = "ActorRecord")]
    pub fn country(&self, name: &str, date: Option<String>) -> Result<JsValue, JsError> {
        let actor = self
            .ix
            .find_actor(name)
            .ok_or_else(|| JsError::new(&format!("unknown country or actor {name:?}")))?;
        let rec = query::actor_record(&self.ix, &actor.id, parse_date(date)?)
            .ok_or_else(|| JsError::new(&format!("no record for {:?}", actor.id)))?;
        to_js(&rec)
    }

    /// `[record, totals]`: one actor's record as `country` gives it, with its pledges, statements
    /// and events cut to the first `first` of each, and `{pledges, statements, events}` saying how
    /// many there are: the panel shows the first few of a long list, and a brought dataset may
    /// give one actor hundreds (turning every one into JS objects was most of a selection's time).
    /// A pair, not the record with a field added: serde's `flatten` would compile a second copy
    /// of the whole record's serializer into the wasm.
    #[wasm_bindgen(js_name = countryHead)]
    #[wasm_bindgen(unchecked_return_type = "[ActorRecord, RecordTotals]")]
    pub fn country_head(
        &self,
        name: &str,
        date: Option<String>,
        first: u32,
    ) -> Result<JsValue, JsError> {
        let actor = self
            .ix
            .find_actor(name)
            .ok_or_else(|| JsError::new(&format!("unknown country or actor {name:?}")))?;
        let mut rec = query::actor_record(&self.ix, &actor.id, parse_date(date)?)
            .ok_or_else(|| JsError::new(&format!("no record for {:?}", actor.id)))?;
        let totals = RecordTotals {
            pledges: rec.pledges.len(),
            statements: rec.statements.len(),
            events: rec.events.len(),
        };
        let n = first as usize;
        rec.pledges.truncate(n);
        rec.statements.truncate(n);
        rec.events.truncate(n);
        to_js(&(rec, totals))
    }

    /// The actor id for a code, name or alias ("UAE" -> "ARE"), or a conference's id for its id,
    /// name or city ("Paris" -> "paris"), if known: what the page's search selects.
    pub fn find(&self, name: &str) -> Option<String> {
        if let Some(a) = self.ix.find_actor(name) {
            return Some(a.id.clone());
        }
        let q = name.trim();
        self.ix
            .data
            .conferences
            .iter()
            .find(|c| {
                [&c.id, &c.name, &c.city]
                    .iter()
                    .any(|n| n.eq_ignore_ascii_case(q))
            })
            .map(|c| c.id.clone())
    }

    /// Timeline events in date order.
    #[wasm_bindgen(unchecked_return_type = "Event[]")]
    pub fn timeline(&self) -> Result<JsValue, JsError> {
        to_js(&query::events(&self.ix, &[], None))
    }

    /// Conferences in date order with their rosters and the disputes over their date and size.
    #[wasm_bindgen(unchecked_return_type = "ConferenceView[]")]
    pub fn conferences(&self) -> Result<JsValue, JsError> {
        to_js(&query::conferences(&self.ix))
    }

    /// A dispute's claim value in words, as a reader sees it ("FRA+IRQ" → "France and Iraq",
    /// "2014-09-14" → "14 Sept 2014"; `voice::prose::claim_value`). The data keeps the value:
    /// the timeline places a disputed date's markers by it.
    #[wasm_bindgen(js_name = claimValue)]
    pub fn claim_value(&self, value: &str) -> String {
        voice::prose::claim_value(self.view.lang, &self.ix.data, value)
    }

    /// Every cited source with its publication details and the name a citation gives it
    /// (`voice::prose::source_name`: "Infogalactic", "China Topix, “World Powers Back…”"), as
    /// `[source, name]` pairs, for the page's citations and source list.
    #[wasm_bindgen(unchecked_return_type = "[Source, string][]")]
    pub fn sources(&self) -> Result<JsValue, JsError> {
        let data = &self.ix.data;
        let named: Vec<_> = data
            .sources
            .iter()
            .map(|s| (s, voice::prose::source_name(data, s)))
            .collect();
        to_js(&named)
    }

    /// An actor's or map country's status on the current date in words ("Attended Paris"), or
    /// why it has none ("no role on this date", "no role in the sources"): the words a frame's
    /// selection uses, for the map's keyboard announcements.
    #[wasm_bindgen(js_name = statusLabel)]
    pub fn status_label(&self, code: &str) -> String {
        let id = self.ix.find_actor(code).map_or(code, |a| a.id.as_str());
        crate::frame::status_words(self.view.lang, &self.ix, id, self.view.date)
    }

    /// Every label the page shows (statuses with their colours, roles, kinds, certainties,
    /// framings, month names, the end-of-story label): the page keeps no label table of its own.
    #[wasm_bindgen(unchecked_return_type = "Labels")]
    pub fn labels(&self) -> Result<JsValue, JsError> {
        to_js(&voice::labels(self.view.lang, &self.ix))
    }

    /// The first and last day of the timeline, `[first, last]` as `YYYY-MM-DD`, for the date scrubber.
    #[wasm_bindgen(js_name = dateSpan)]
    #[wasm_bindgen(unchecked_return_type = "[string, string] | null")]
    pub fn date_span(&self) -> Result<JsValue, JsError> {
        match query::date_span(&self.ix) {
            Some((a, b)) => to_js(&[a.to_string(), b.to_string()]),
            None => Ok(JsValue::NULL),
        }
    }

    /// The day the default view (no date) shows, `YYYY-MM-DD`: the September story's last day,
    /// inside [`Self::date_span`] when the dataset goes on after Paris; `null` for a dataset without
    /// dates.
    #[wasm_bindgen(js_name = storyEnd)]
    #[wasm_bindgen(unchecked_return_type = "string | null")]
    pub fn story_end(&self) -> Result<JsValue, JsError> {
        match query::story_end(&self.ix) {
            Some(d) => to_js(&d.to_string()),
            None => Ok(JsValue::NULL),
        }
    }

    /// The dataset as JSON (the shape `coalition validate` reads).
    pub fn json(&self) -> Result<String, JsError> {
        // Through serde-wasm-bindgen and the browser's JSON.stringify rather than serde_json's
        // serializer: the model's Serialize code for JS values is in the module already, and a second
        // copy for serde_json cost ~4 KB of gzip. Same document as `coalition export --json`, except
        // that whole numbers print without ".0".
        let pack = self.brought.as_deref().unwrap_or(crate::pack::EMBEDDED);
        let data = crate::pack::decode(pack).map_err(|e| JsError::new(&e))?;
        let value = to_js(&data)?;
        js_sys::JSON::stringify_with_replacer_and_space(&value, &JsValue::NULL, &JsValue::from(2))
            .ok()
            .and_then(|s| s.as_string())
            .ok_or_else(|| JsError::new("could not write the dataset as JSON"))
    }

    /// The table view's rows on `date`: `[{id, name, kind, status, conferences: [[name, role]],
    /// kinds}]`, without building each actor's whole record.
    #[wasm_bindgen(js_name = tableRows, unchecked_return_type = "TableRow[]")]
    pub fn table_rows(&self, date: Option<String>) -> Result<JsValue, JsError> {
        let mut rows = query::table_rows(&self.ix, parse_date(date)?);
        for r in &mut rows {
            r.name = self.view.lang.name(r.id, r.name);
        }
        to_js(&rows)
    }

    /// Every dispute: where the sources disagree, each claim with its sources.
    #[wasm_bindgen(unchecked_return_type = "Dispute[]")]
    pub fn disputes(&self) -> Result<JsValue, JsError> {
        to_js(&self.ix.data.disputes)
    }

    /// The display name of an actor, conference or map country by code: the dataset's name, else
    /// the map's.
    pub fn name(&self, code: &str) -> Option<String> {
        crate::frame::name_of(self.view.lang, &self.ix, &self.shapes, code)
    }
}

//! The `Coalition` handle: one loaded dataset, the one [`ViewState`], and what is not view (hover,
//! theme, drawing caches). Each embed holds its own; the module is loaded once per page. This file
//! holds the handle and the dataset queries; `view`, `map` and `timeline` (the view's timeline
//! item) hold the rest. The timeline is drawn by the third module (`web::timeline`).

mod input;
mod map;
mod timeline;
mod view;

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;

use super::cache::{BaseCache, BaseKey};
use super::convert::{parse_date, to_js};
use crate::api_types::LoadResult;
use crate::dataset::{Index, ValidationError};
use crate::geo::{ProjectedMap, Shapes};
use crate::palette::Theme;
use crate::query;
use crate::view::ViewState;
use crate::voice;

/// One loaded dataset with its view. Each embed holds its own; the module is loaded once.
#[wasm_bindgen]
pub struct Coalition {
    /// Behind an `Rc`: the one dataset a load replaces whole.
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
    pub(super) base: Option<BaseCache>,
    /// The base layer last drawn straight onto the page's canvas, not cached (see `draw_map`).
    pub(super) drawn_direct: Option<BaseKey>,
    /// Bumped when the dataset is replaced, so the cached base layer is redrawn.
    pub(super) dataset_generation: u64,
    /// The map's count per status for (dataset generation, date), for its text alternative:
    /// rebuilt on every change of the page, and at 100× the data a count is ~5 ms (every
    /// country's statuses from every pledge and statement), though only a date changes it.
    pub(super) map_counts: RefCell<Option<MapCounts>>,
    /// The pack of a brought dataset as it arrived (`None`: the embedded one), for `pack()`: it
    /// holds the reader's edition of its texts, which the index reads, and the data as it was
    /// brought, which a download gives (`pack::encode_brought`).
    pub(super) brought: Option<Vec<u8>>,
    /// The view the last frame was computed for: the next frame announces what changed since.
    pub(super) framed: Option<ViewState>,
    /// How many markers the timeline shows for (dataset generation, window), for its text
    /// alternative: `draw::timeline::shown_count` builds every item, so it is counted again
    /// only when the dataset or the window changes, not on every frame.
    pub(super) timeline_shown: Option<TimelineShown>,
}

/// See [`Coalition::timeline_shown`].
pub(super) type TimelineShown = ((u64, Option<crate::view::TimeWindow>), usize);

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
        // embedded data at build time, and the validator stays out of this module. The page's
        // pack has its long texts marked: they are in the texts file, in the reader's edition
        // already (`pack::texts`; the page fills them in, `www/texts.js`).
        let ix = crate::pack::decode(crate::pack::PAGE)
            .map(|d| Rc::new(Index::trusted(d)))
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
            base: None,
            drawn_direct: None,
            dataset_generation: 0,
            map_counts: RefCell::new(None),
            brought: None,
            framed: None,
            timeline_shown: None,
        })
    }

    /// Replaces the dataset with a packed one: what the second module's `checkDataset` returns
    /// for a brought dataset it has validated (`www/tools.js` joins the two; the page calls it as
    /// `viewer.loadDataset`). A pack that does not decode leaves the current dataset and says why.
    #[wasm_bindgen(js_name = loadPacked, unchecked_return_type = "LoadResult")]
    pub fn load_packed(&mut self, pack: &[u8]) -> Result<JsValue, JsError> {
        let errors = match crate::pack::decode(pack) {
            Ok(data) => {
                // A brought pack's document is its reader's edition already (the second module's
                // `checkDataset`), the embedded one's texts are in the texts file.
                self.ix = Rc::new(Index::trusted(data));
                self.brought = Some(pack.to_vec());
                self.dataset_generation += 1;
                // Re-project (markers depend on who has a role); the view keeps what still exists.
                // (The timeline's module gets this pack from `pack()`: www/coalition.js.)
                self.map = None;
                self.view = ViewState::from_query(&self.view.to_query(), &self.ix).0;
                // The next frame carries its panel whatever changed: the records are new.
                self.framed = None;
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

    /// One of the dataset's lists, built when the page first needs it (the frame carries only
    /// what a view shows): `"countries"` (every actor with its status on `date`), `"table"` (the
    /// table view's rows on `date`, without building each actor's record), `"changes"` (in
    /// compare mode each actor's change between the two dates, else `null`), `"timeline"` (events
    /// in date order), `"conferences"` (with rosters and the disputes over their date and size),
    /// `"sources"` (`[source, name]` pairs: the name a citation gives it), `"disputes"`,
    /// `"labels"` (every label the page shows), `"stories"` (the guided stories, every step whole:
    /// title, caption, view, and the records its caption rests on, each named with its sources'
    /// ids: `query::stories`), `"span"` (`{first, last, end}`: the timeline's
    /// first and last day and the day the default view shows; `null` for a dataset without dates).
    /// `date` is `YYYY-MM-DD`; empty or absent: the view's end of the story.
    #[wasm_bindgen(unchecked_return_type = "any")]
    pub fn list(
        &self,
        #[wasm_bindgen(unchecked_param_type = "ListKind")] kind: &str,
        date: Option<String>,
    ) -> Result<JsValue, JsError> {
        let ix = &self.ix;
        match kind {
            // Named in the view's language (the dataset's names are English).
            "countries" => {
                let mut list = query::actors(ix, parse_date(date)?);
                for a in &mut list {
                    a.name = self.view.lang.name(a.id, a.name);
                }
                to_js(&list)
            }
            "table" => {
                let mut rows = query::table_rows(ix, parse_date(date)?);
                for r in &mut rows {
                    r.name = self.view.lang.name(r.id, r.name);
                }
                to_js(&rows)
            }
            "changes" => self.changes(),
            "timeline" => to_js(&query::events(ix, &[], None)),
            "conferences" => to_js(&query::conferences(ix)),
            "sources" => {
                let named: Vec<_> = ix
                    .data
                    .sources
                    .iter()
                    .zip(voice::prose::source_names(&ix.data))
                    .collect();
                to_js(&named)
            }
            "disputes" => to_js(&ix.data.disputes),
            "labels" => to_js(&voice::labels(self.view.lang, ix)),
            "stories" => to_js(&query::stories::stories(ix)),
            "span" => match query::date_span(ix) {
                Some((first, last)) => to_js(&DateSpan {
                    first: first.to_string(),
                    last: last.to_string(),
                    end: query::story_end(ix).map(|d| d.to_string()),
                }),
                None => Ok(JsValue::NULL),
            },
            _ => Err(JsError::new(&format!(
                "unknown list {kind:?}: expected one of {}",
                LIST_KINDS.join(", ")
            ))),
        }
    }

    /// One record, by kind: `"country"` (an actor's full record by code, name or alias, on `date`:
    /// what a panel's "Show all" builds the rest of its lists from; the frame carries the first
    /// items), `"item"` (a timeline item by marker key or id, as `pointAt("timeline", …)` gives
    /// it, or `undefined`). Errors for an unknown actor.
    #[wasm_bindgen(unchecked_return_type = "any")]
    pub fn record(
        &self,
        #[wasm_bindgen(unchecked_param_type = "\"country\" | \"item\"")] kind: &str,
        key: &str,
        date: Option<String>,
    ) -> Result<JsValue, JsError> {
        if kind == "item" {
            return self.timeline_item(key);
        }
        if kind != "country" {
            return Err(JsError::new(&format!(
                "unknown record kind {kind:?}: expected \"country\" or \"item\""
            )));
        }
        let actor = self
            .ix
            .find_actor(key)
            .ok_or_else(|| JsError::new(&format!("unknown country or actor {key:?}")))?;
        let rec = query::actor_record(&self.ix, &actor.id, parse_date(date)?)
            .ok_or_else(|| JsError::new(&format!("no record for {:?}", actor.id)))?;
        to_js(&rec)
    }

    /// A word the page looks up: `"find"` the id a search finds for a code, name, alias or
    /// conference city ("UAE" → "ARE", "Paris" → "paris"); `"name"` the display name of an actor,
    /// conference or map country; `"status"` an actor's or map country's status on the view's date
    /// in words (the frame's words: "Attended Paris", "no role on this date"); `"claim"` a
    /// dispute's claim value in words ("FRA+IRQ" → "France and Iraq"; the data keeps the value,
    /// as the timeline places a disputed date's markers by it). `undefined` when unknown.
    pub fn lookup(
        &self,
        #[wasm_bindgen(unchecked_param_type = "\"find\" | \"name\" | \"status\" | \"claim\"")]
        kind: &str,
        key: &str,
    ) -> Result<Option<String>, JsError> {
        match kind {
            "find" => Ok(self.find(key)),
            "name" => Ok(crate::frame::name_of(
                self.view.lang,
                &self.ix,
                &self.shapes,
                key,
            )),
            "status" => {
                let id = self.ix.find_actor(key).map_or(key, |a| a.id.as_str());
                Ok(Some(crate::frame::status_words(
                    self.view.lang,
                    &self.ix,
                    id,
                    self.view.date,
                )))
            }
            "claim" => Ok(Some(voice::prose::claim_value(
                self.view.lang,
                &self.ix.data,
                key,
            ))),
            _ => Err(JsError::new(&format!(
                "unknown lookup {kind:?}: expected \"find\", \"name\", \"status\" or \"claim\""
            ))),
        }
    }

    /// The dataset shown, packed (the build's format, `Uint8Array`): what the second module
    /// writes the JSON and CSV downloads and the SVGs from (`www/coalition.js`). Handing it the
    /// bytes, not a JSON document, keeps the dataset's serialiser out of this module. The
    /// embedded dataset's is the page's pack, its long texts marked: the second module has the
    /// whole one.
    pub fn pack(&self) -> Vec<u8> {
        self.brought
            .as_deref()
            .unwrap_or(crate::pack::PAGE)
            .to_vec()
    }
}

/// What `list` knows, for its error message.
const LIST_KINDS: [&str; 10] = [
    "countries",
    "table",
    "changes",
    "timeline",
    "conferences",
    "sources",
    "disputes",
    "labels",
    "stories",
    "span",
];

/// `list("span")`: the timeline's first and last day, and the day the default view shows (the
/// September story's last, inside the span when the dataset goes on after Paris).
#[derive(serde::Serialize)]
struct DateSpan {
    first: String,
    last: String,
    end: Option<String>,
}

impl Coalition {
    /// What the search finds for the reader's words, in the view's language (`frame::find`).
    fn find(&self, name: &str) -> Option<String> {
        crate::frame::find(self.view.lang, &self.ix, name)
    }
}

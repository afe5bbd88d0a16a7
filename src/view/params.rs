//! Every view parameter, declared once: its URL key (also the embed's attribute name), the
//! `ViewPatch` field it sets, whether the `<coalition-map>` element takes it as an attribute, and
//! whether a link carrying it shows a map other than the baked default (so `first-paint.js`
//! hides the baked picture). The URL reader, `OUR_KEYS` and the tests read this table; the page's
//! lists (`www/attributes.js`, `www/first-paint.js`) are checked against it by
//! `tests/params.rs`, which also fails to compile when `ViewState` or `ViewPatch` gains a field
//! (an exhaustive destructuring) until the field is declared here.

/// One view parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Param {
    /// The URL key and the embed attribute's name: `country`, `view`, `status`.
    pub key: &'static str,
    /// The `ViewPatch` field it sets: `country`, `camera`, `statuses`.
    pub patch: &'static str,
    /// Whether the `<coalition-map>` element takes it as an attribute.
    pub attribute: bool,
    /// Whether a link carrying it may show a map other than the baked default view.
    pub changes_map: bool,
    /// A value the embedded dataset accepts, for the tests: every parameter is read and written.
    pub sample: &'static str,
}

const fn param(
    key: &'static str,
    patch: &'static str,
    attribute: bool,
    changes_map: bool,
    sample: &'static str,
) -> Param {
    Param {
        key,
        patch,
        attribute,
        changes_map,
        sample,
    }
}

/// The view's parameters in the order a URL writes them.
pub const PARAMS: [Param; 13] = [
    // A guided story's step: its saved view (src/view/story.rs), then any change made within it.
    param("story", "story", true, true, "jeddah-to-paris"),
    param("step", "step", true, true, "paris"),
    param("country", "country", true, true, "FRA"),
    param("date", "date", true, true, "2014-09-11"),
    param("framing", "framing", true, true, "gulf"),
    param("view", "camera", true, true, "51.20,25.30,3"),
    param("item", "item", true, true, "jeddah-conference"),
    param("compare", "compare", true, true, "2014-09-11"),
    param("status", "statuses", true, true, "signed"),
    // The timeline's parameters leave the map as baked.
    param("kinds", "kinds", true, false, "air_strikes"),
    param("timeline", "timeline", true, false, "kind"),
    param("window", "window", true, false, "2014-09-10..2014-09-15"),
    // A permalink opens a record, which may select a country and a date: the map may change.
    param("record", "record", false, true, "iran-paris-absence"),
];

/// Whether a URL key is one of the view's (every other key belongs to the host and is kept).
pub fn is_ours(key: &str) -> bool {
    PARAMS.iter().any(|p| p.key == key)
}

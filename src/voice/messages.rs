//! The page's own words by message id, per locale: the headings, buttons, captions, notices and
//! errors of the viewer's chrome. The views' words about themselves (dates, legend titles,
//! statuses, text alternatives, announcements) are `voice`'s functions; these are the rest, so
//! that every word a reader sees is written in Rust, in one place per language.
//!
//! The page reads them from `www/words.en.js`, generated from this table by `tests/words.rs`
//! (which fails when the file is stale; `UPDATE_WORDS=1 cargo test --test words` writes it), so
//! they cost the first wasm module nothing. A message's `{0}`, `{1}` are filled in order by
//! [`fill`] (and by `t()` in `www/words.js`).

/// An interface language. English only for now; French and Arabic come with issue 26.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Locale {
    #[default]
    En,
}

impl Locale {
    pub const ALL: [Locale; 1] = [Locale::En];

    /// The BCP 47 tag: `en`.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
        }
    }

    pub fn parse(tag: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|l| l.tag() == tag)
    }

    /// Whether the language is written right to left (none yet).
    pub fn rtl(self) -> bool {
        false
    }

    /// Every message of the page's chrome in this language, by id.
    pub fn page(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Locale::En => PAGE_EN,
        }
    }

    /// One message of the page's chrome, or its id when the language lacks it (a test checks
    /// none does).
    pub fn text(self, id: &'static str) -> &'static str {
        self.page()
            .iter()
            .find(|(k, _)| *k == id)
            .map_or(id, |(_, v)| v)
    }
}

/// A message with its `{0}`, `{1}`… filled in order.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = template.to_string();
    for (i, a) in args.iter().enumerate() {
        out = out.replace(&format!("{{{i}}}"), a);
    }
    out
}

/// The page's chrome in English.
const PAGE_EN: &[(&str, &str)] = &[
    // The details panel.
    ("panel.overview_label", "Details: the conferences"),
    ("panel.label", "Details: {0}"),
    (
        "panel.hint",
        "Select a country on the map (or below) to read its participations, pledges, positions and quotes, each with its source.",
    ),
    ("panel.no_role_in_sources", "This country has no role in the sources."),
    ("panel.no_role_on_date", "No role in the coalition on this date"),
    ("panel.as_of", " (as of {0})"),
    ("panel.conferences", "Conferences"),
    ("panel.pledges", "Pledges and commitments"),
    ("panel.statements", "Positions and statements"),
    ("panel.figures", "Figures"),
    ("panel.disputes", "Where sources disagree"),
    ("panel.sources", "Sources"),
    ("panel.show_all", "Show all {0} ({1} more)"),
    ("panel.communique", "What the communiqué says"),
    ("panel.participants", "{0} participants"),
    ("panel.in_roster", " in the roster"),
    ("panel.count_differs", "; the sources count differently:"),
    ("panel.not_invited", "Not invited: "),
    ("panel.did_not_sign", " (did not sign)"),
    ("panel.host", " (host)"),
    ("panel.date_disputed", " (date disputed: see below)"),
    ("panel.applies_to", "Applies to: "),
    ("panel.date_approximate", "Date approximate: {0}"),
    ("panel.translation", "Translation: “{0}”"),
    ("panel.decisions", "Decisions to strike"),
    ("panel.limits", " Limits: {0}."),
    ("panel.vote", " (Vote{0}.)"),
    ("panel.votes", ": {0} to {1}"),
    ("panel.abstaining", ", {0} abstaining"),
    ("panel.absent", ", {0} absent"),
    ("panel.strikes", "First strikes and missions"),
    ("panel.listings", "Listed as a coalition partner"),
    ("panel.meetings", "Meetings after Paris"),
    ("panel.meeting_when", " ({0}): "),
    ("panel.meeting_when_announced", " ({0}, announced): "),
    ("panel.meeting_host", "host. "),
    ("panel.meeting_attended", "attended. "),
    ("panel.estimate_by", " — estimate by {0}"),
    ("panel.as_of_figure", ", as of {0}"),
    // Citations.
    ("cite.source", "Source: "),
    ("cite.button", "Cite"),
    ("cite.label", "Cite: copy a citation of this record with its link"),
    ("cite.copied", "Copied"),
    ("cite.see_tooltip", "See tooltip"),
    // A source in the panel's list: where it is published (words), then its addresses (links).
    ("source.published_at", ", published at "),
    ("source.online", "; online at "),
    // The table view.
    ("table.countries_caption", "Countries and organisations {0}"),
    ("table.country", "Country or organisation"),
    ("table.status", "Status"),
    ("table.change_since", "Change since {0}"),
    ("table.conferences", "Conferences"),
    ("table.own_pledges", "Own pledges"),
    ("table.conference_role", "{0} conference: {1}"),
    ("table.events_caption", "Events by date ({0})"),
    ("table.date", "Date"),
    ("table.event", "Event"),
    ("table.what_happened", "What happened"),
    ("table.sources", "Sources"),
    ("table.show_all_events", "Show all {0} events"),
    ("table.show_more", "Show {0} more"),
    ("table.shown", "{0} of {1} events shown."),
    // Search, selection and the timeline's announcements.
    (
        "search.not_found",
        "No country, organisation or conference called “{0}” in the dataset.",
    ),
    ("search.not_found_short", "No country, organisation or conference called “{0}”"),
    ("timeline.item", "{0}: {1}, {2}."),
    ("timeline.cleared", "Timeline selection cleared."),
    ("timeline.country_selected", " {0} selected."),
    ("map.focus", "{0}: {1}. Enter selects."),
    (
        "map.no_code",
        "{0}: not in the dataset and without an ISO code, so it cannot be selected.",
    ),
    ("timeline.kind_shown", "{0}: shown."),
    ("timeline.kind_faded", "{0}: faded."),
    ("timeline.stack", "{0} of {1} at this marker; click again for the next."),
    // Loading, errors and datasets.
    ("error.map", "Sorry — the map could not be shown. {0}"),
    (
        "error.no_wasm",
        "This browser does not support WebAssembly, which the map needs.",
    ),
    ("dataset.rejected", "This dataset could not be loaded"),
    ("dataset.problems", "Problems found"),
    ("dataset.bad_address", "Ignored dataset “{0}”: not a valid address."),
    ("dataset.try_again", "Try again"),
    ("dataset.downloading", "Downloading…"),
    // Bringing a dataset by hand (www/dataset-picker.js).
    ("picker.showing", "Showing {0}."),
    ("picker.showing_again", "Showing {0} again."),
    ("picker.checking", "Checking {0}…"),
    ("picker.your_dataset", "your dataset"),
    ("picker.built_in", "the built-in dataset"),
    ("picker.dataset_at", "the dataset at {0}"),
    (
        "picker.rejected_one",
        "{0} was not loaded: a problem listed above. Still showing {1}.",
    ),
    (
        "picker.rejected",
        "{0} was not loaded: problems listed above. Still showing {1}.",
    ),
    (
        "picker.loaded",
        "Showing your dataset “{0}” ({1} actors, {2} events), checked in this browser.",
    ),
    // The share box.
    ("share.copied", "Copied."),
    ("share.copy_by_hand", "Press Ctrl+C (⌘C) to copy the selected code."),
    (
        "dataset.rejected_more",
        " — the map keeps showing the previous one. Problems found:",
    ),
    ("embed.attribute_ignored", "The {0} attribute was ignored: {1}"),
    // A guided story (www/story.js).
    ("story.open", "Take the guided tour: {0}"),
    ("story.label", "Guided story: {0}"),
    ("story.position", "Step {0} of {1}"),
    ("story.announce", "Step {0} of {1}: {2}."),
    ("story.previous", "Previous"),
    ("story.next", "Next"),
    ("story.steps", "All steps"),
    ("story.controls", "Story steps"),
    ("story.explore", "Explore"),
    (
        "story.explore_hint",
        "Leave the story and keep this view, with every control live",
    ),
    ("story.left", "Story left: this view stays, every control is live."),
    ("story.rests_on", "This step rests on:"),
];

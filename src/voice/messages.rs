//! Every word for readers by message id, in English: the views' own words (dates, legend titles,
//! text alternatives, announcements, notices, the drawings' and the CLI's words: `CORE_EN`, which
//! `voice`'s functions fill) and the page chrome's (headings, buttons, captions, notices and
//! errors: `PAGE_EN`). French and Arabic have the same ids in `i18n/<tag>.json` (`voice::locale`
//! reads their generated tables); the enums' labels are keyed `status.signed` and so on.
//!
//! The page reads them from `www/words.en.js`, generated from this table by `tests/words.rs`
//! (which fails when the file is stale; `UPDATE_WORDS=1 cargo test --test words` writes it), so
//! they cost the first wasm module nothing. A message's `{0}`, `{1}` are filled in order by
//! [`fill`] (and by `t()` in `www/words.js`).
//!
//! A message whose `{0}` is a count meeting a noun has a form per CLDR plural category the
//! language needs beside it, `ID#one` (Arabic: `#zero`, `#one`, `#two`, `#few`, `#many`), the
//! message itself being the `other` form: `Locale::counted` and `t()` pick one by the count.

pub use super::locale::Locale;

/// The page chrome's English, by id (what `www/words.en.js` is generated from).
pub fn page() -> &'static [(&'static str, &'static str)] {
    PAGE_EN
}

/// The views' own English words by id (dates, legends, text alternatives, announcements,
/// notices, the drawings' and the CLI's words): the Rust side's half of the table.
pub fn core() -> &'static [(&'static str, &'static str)] {
    CORE_EN
}

/// A message's English (of `CORE_EN`), or nothing when it has none (a test checks every id the
/// core asks for is there).
pub fn english(id: &str) -> &'static str {
    // Not the page chrome's table: the core never says those words, and the page's module would
    // carry them for nothing (the page reads them from www/words.en.js).
    CORE_EN
        .iter()
        .find(|(k, _)| *k == id)
        .map_or("", |(_, v)| v)
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
    ("panel.conference_place", "{0}, {1}"),
    ("panel.pledges", "Pledges and commitments"),
    ("panel.statements", "Positions and statements"),
    ("panel.figures", "Figures"),
    ("panel.disputes", "Where sources disagree"),
    ("panel.sources", "Sources"),
    ("panel.show_all", "Show all {0} ({1} more)"),
    ("panel.communique", "What the communiqué says"),
    ("panel.participants", "{0} participants"),
    ("panel.participants#one", "{0} participant"),
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
    // A day the sources give as approximate (www/dates.js).
    ("date.about", "about {0}"),
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
    ("table.shown", "{1} of {0} events shown."),
    ("table.shown#one", "{1} of {0} event shown."),
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
    // The long texts, fetched beside the wasm for the panels that show them (www/texts.js).
    ("texts.loading", "Loading the summaries and quotations…"),
    (
        "texts.failed",
        "The summaries and quotations could not be loaded. Check the connection and open this again.",
    ),
    // The timeline's own module, fetched after the map's first paint (www/timeline-card.js).
    ("timeline.loading", "Loading the timeline…"),
    (
        "timeline.failed",
        "The timeline could not be loaded. Check the connection and reload the page.",
    ),
    (
        "error.no_wasm",
        "This browser does not support WebAssembly, which the map needs.",
    ),
    ("dataset.rejected", "This dataset could not be loaded"),
    ("dataset.problems", "Problems found"),
    ("dataset.bad_address", "Ignored dataset “{0}”: not a valid address."),
    (
        "dataset.other_site",
        "Ignored dataset “{0}”: only this site’s own files can be loaded.",
    ),
    ("dataset.try_again", "Try again"),
    ("dataset.downloading", "Downloading…"),
    // Why a dataset's download failed (www/dataset-fetch.js, ui.js), in the errors list.
    (
        "fetch.other_site",
        "it redirects to another site; only this site’s own files can be loaded",
    ),
    ("fetch.status", "the server answered {0}"),
    ("fetch.too_big", "it is over {0} bytes, the limit"),
    ("fetch.no_body", "the server sent no body"),
    ("fetch.not_utf8", "the dataset is not valid UTF-8 text"),
    (
        "fetch.stalled",
        "nothing arrived for {0} seconds, so the download was stopped",
    ),
    // A download (PNG, SVG, CSV, JSON) that could not be made: its button is the retry.
    (
        "export.failed",
        "{0} could not be made ({1}). Press the button again to retry.",
    ),
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
        "Showing your dataset “{0}” ({1}, {2}), checked in this browser.",
    ),
    ("count.actors", "{0} actors"),
    ("count.actors#one", "{0} actor"),
    ("count.events", "{0} events"),
    ("count.events#one", "{0} event"),
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
    // The templates' labels (www/viewer.html, www/page.html: `data-t` ids, baked in English by
    // scripts/pages.mjs, swapped for the chosen language by www/locale.js).
    ("ui.map_title", "Coalition membership"),
    ("ui.find", "Find a country"),
    ("ui.search_placeholder", "e.g. UAE, Britain, FRA"),
    ("ui.show", "Show"),
    ("ui.map_framing", "Map framing"),
    ("ui.framing_region", "Middle East & Europe"),
    ("ui.framing_gulf", "Gulf & Levant"),
    ("ui.framing_world", "World"),
    ("ui.map_zoom", "Map zoom"),
    ("ui.map_zoom_in", "Zoom the map in"),
    ("ui.map_zoom_in_title", "Zoom in (+, Ctrl + wheel, double-click)"),
    ("ui.map_zoom_out", "Zoom the map out"),
    ("ui.zoom_out_title", "Zoom out (−)"),
    ("ui.map_reset_title", "Back to the whole framing (0)"),
    ("ui.map_reset", "Reset"),
    ("ui.map_role", "interactive map"),
    ("ui.map_alt", "Map of the coalition against ISIL, countries coloured by status"),
    ("ui.loading", "Loading the map…"),
    ("ui.legend_filter", "Show only these statuses (click to filter the map)"),
    ("ui.compare", "Compare"),
    ("ui.map_hint", "Focus the map and use the arrow keys to move between countries (Enter selects); Ctrl + wheel, a pinch, a drag or the buttons zoom and pan."),
    ("ui.play_label", "Play through the days"),
    ("ui.play", "Play"),
    ("ui.pause", "Pause"),
    ("ui.date", "Date shown"),
    ("ui.details", "Details"),
    ("ui.timeline_title", "Pledge timeline"),
    ("ui.timeline_rows", "Timeline rows"),
    ("ui.by_country", "By country"),
    ("ui.by_kind", "By kind"),
    ("ui.time_axis", "Time axis"),
    ("ui.time_zoom_in", "Zoom the time axis in"),
    ("ui.time_zoom_in_title", "Zoom in (+)"),
    ("ui.time_zoom_out", "Zoom the time axis out"),
    ("ui.time_reset_title", "Show every day (0)"),
    ("ui.time_reset", "All days"),
    ("ui.timeline_hint", "Each row is a country's pledges, each shape a kind (legend below). Click a marker (or focus the timeline and use the left and right arrow keys) to read it, move the map to that day and select that country; Ctrl + wheel, a pinch or a drag moves the time axis; click a kind in the legend to fade the others."),
    ("ui.timeline_alt", "Timeline of events and pledges, September to December 2014. Use the left and right arrow keys to step through them."),
    ("page.title", "Coalition map — the coalition against ISIL, September to December 2014"),
    ("page.heading", "The coalition against ISIL, September to December 2014"),
    ("page.dek", "Who met at Jeddah (11 Sept) and Paris (15 Sept), who signed, who pledged what, and who was left out; then who was listed as a partner, who decided to strike and who struck, in Iraq and in Syria, to December. The map opens on the end of September: move the date to follow the autumn. Click a country; every fact cites its source."),
    ("page.noscript", "The interactive map, timeline and records need JavaScript. Here is the map above as a table: every country and organisation with its status."),
    ("page.table_view", "Table view"),
    ("page.table_view_more", " — the map and timeline as data tables, for screen readers and keyboards"),
    ("page.disputes", "Where the sources disagree"),
    ("page.disputes_hint", "Each question the sources answer differently, every answer side by side with its source, and which one the map and timeline use."),
    ("page.bring", "Bring your own dataset"),
    ("page.bring_hint", "A JSON file of the same shape as the “Data (JSON)” download (or `coalition export --json`). It is checked here, in your browser: nothing is uploaded, and the map keeps its data until the file is valid."),
    ("page.choose_file", "Choose a dataset file"),
    ("page.drop", "or drop one anywhere on the page."),
    ("page.showing_built_in", "Showing the built-in dataset."),
    ("page.back", "Back to the dataset shown before"),
    ("page.share", "Share, embed, download"),
    ("page.download", "Download"),
    ("page.map_png", "Map (PNG)"),
    ("page.map_svg", "Map (SVG)"),
    ("page.timeline_png", "Timeline (PNG)"),
    ("page.timeline_svg", "Timeline (SVG)"),
    ("page.csv", "Data (CSV)"),
    ("page.json", "Data (JSON)"),
    ("page.theme", "Theme"),
    ("page.theme_auto", "As the system"),
    ("page.theme_light", "Light"),
    ("page.theme_dark", "Dark"),
    ("page.embed", "Embed this view (the link in your address bar shares it too)"),
    ("page.copy_embed", "Copy embed code"),
    ("page.iframe", "iframe version (for sites that allow only iframes)"),
    ("page.embed_example", "Embedding example"),
    ("page.credits", "Sources: five news and reference articles of September 2014, the official communiqués of the Jeddah and Paris conferences, and public sources on the months after Paris (government, parliament, military and news pages, each with its address); each fact names its source. Country shapes: Natural Earth (public domain) via world-atlas."),
    // Languages (www/locale.js).
    ("page.language", "Language"),
    (
        "page.sources_in_english",
        "The sources are quoted in English, as they were published.",
    ),
];

/// The views' own words in English (`voice`'s functions fill them).
const CORE_EN: &[(&str, &str)] = &[
    // Dates.
    ("date.on", "on {0}"),
    ("date.by", "by {0}"),
    ("date.the_end", "the end of {0}"),
    ("date.end_label", "End of {0}"),
    ("date.story_end", "the end of the story"),
    ("date.story_end_label", "End of the story"),
    // The legend, the compare menu and statuses in words.
    ("legend.status_on", "Status on {0}"),
    ("legend.status_by", "Status by {0}"),
    ("legend.change", "Change from {0} to {1}"),
    ("status.no_role_on_date", "no role on this date"),
    ("status.no_role_in_sources", "no role in the sources"),
    ("compare.none", "No comparison"),
    ("compare.since_place", "Changes since {0} ({1})"),
    ("compare.since", "Changes since {0}"),
    ("conference.held", "Conference in {0}, {1}"),
    // What a screen reader hears when the view changes.
    ("announce.selected", "Selected {0}: {1}."),
    ("announce.cleared", "Selection cleared."),
    ("announce.date", "Date shown: {0}."),
    ("announce.comparing", "Comparing with {0}: joined, changed and dropped are coloured."),
    ("announce.comparison_off", "Comparison off."),
    ("announce.filter", "Map shows {0}; others faded."),
    ("announce.filter_off", "Status filter off: every status shown."),
    ("announce.framing", "Map framing: {0}."),
    ("announce.timeline_kind", "Timeline: events and pledges by kind."),
    ("announce.timeline_actor", "Timeline: pledges by country."),
    // The canvases' text alternatives.
    (
        "alt.map",
        "Map ({0}) of the coalition against ISIL {1}. {2}.{3} The table view below lists the same data.",
    ),
    ("alt.count", "{0}: {1}"),
    ("alt.no_role_yet", "No country has a role yet"),
    ("alt.selected", " Selected: {0}."),
    (
        "alt.timeline",
        "Timeline of {0} events, pledges, decisions, strikes and listings{1}.{2} Use the left and right arrow keys to step through them.",
    ),
    (
        "alt.timeline#one",
        "Timeline of {0} event, pledge, decision, strike or listing{1}.{2} Use the left and right arrow keys to reach it.",
    ),
    ("alt.timeline_span", ", {0} to {1}"),
    // A link's values that were not used (voice::notice).
    ("notice.ignored", "Ignored {0}."),
    ("notice.too_long", "{0}: the value is too long"),
    ("notice.unknown_country", "country “{0}”: not in the dataset"),
    ("notice.bad_date", "{0} “{1}”: expected YYYY-MM-DD"),
    (
        "notice.date_outside",
        "{0} {1}: outside the story (dates from {2} to {3} are shown)",
    ),
    ("notice.unknown_framing", "framing “{0}”: expected {1}"),
    ("notice.bad_camera", "map view “{0}”: {1}"),
    ("notice.unknown_item", "timeline item “{0}”: not in the dataset"),
    ("notice.unknown_record", "record “{0}”: not in the dataset"),
    ("notice.unknown_story", "story “{0}”: not in the dataset"),
    ("notice.unknown_step", "story step “{0}”: not in that story"),
    ("notice.unknown_status", "status “{0}”: expected {1}"),
    ("notice.unknown_kind", "pledge kind “{0}”: expected {1}"),
    ("notice.unknown_timeline", "timeline “{0}”: expected actor or kind"),
    ("notice.unknown_lang", "language “{0}”: expected {1}"),
    ("notice.unknown_numerals", "numerals “{0}”: expected latn or arab"),
    ("notice.bad_window", "time window “{0}”: {1}"),
    // Why a map view or a time window was not used (view::Reason).
    ("reason.camera_form", "expected lon,lat,zoom (e.g. 51.20,25.30,4)"),
    ("reason.camera_too_long", "the view is too long"),
    ("reason.window_form", "expected a time window as FROM..TO"),
    ("reason.window_day", "“{0}” is not a date as YYYY-MM-DD"),
    ("reason.window_reversed", "it ends before it starts"),
    (
        "reason.outside",
        "outside the story (dates from {0} to {1} are shown)",
    ),
    (
        "notice.too_many",
        "the last {0} parameters: a link carries at most {1}",
    ),
    ("notice.too_many#one", "the last parameter: a link carries at most {1}"),
    // The drawings' own words.
    ("timeline.no_dates", "No dated events in this dataset"),
    // The timeline's band captions (its rows of events and of listings as partners).
    ("timeline.events_band", "Events"),
    ("timeline.listings_band", "Listed as partners"),
    ("timeline.pledges_band", "Pledges"),
    ("timeline.meetings_band", "Meetings"),
    ("timeline.strikes_band", "Decisions, strikes"),
    // The CLI's text output.
    ("cli.pledge", "pledge ({0})"),
    ("cli.said", "said ({0})"),
    ("cli.decision", "decision ({0})"),
    ("cli.strike", "{0} in {1}"),
    ("cli.listed", "listed as a partner"),
    ("cli.meeting", "meeting"),
    ("cli.disputed", "disputed"),
    ("cli.date", "Date: {0}"),
    ("cli.participants", "{0} participants"),
    ("cli.participants#one", "{0} participant"),
    ("cli.filtered", "  (shown by the filter)"),
    ("cli.selected", "Selected: {0} — {1}"),
    ("cli.map", "Map: {0}"),
    ("cli.timeline", "Timeline: {0}"),
    ("cli.steps", "{0} steps"),
    ("cli.steps#one", "{0} step"),
    // How lists are joined.
    ("list.comma", ", "),
    ("list.semicolon", "; "),
    ("list.and", "{0} and {1}"),
    ("claim.at_most", "at most {0}"),
];

//! The one place a [`ViewState`] becomes a picture: the projection with its small-state marker
//! rule, the map's and the timeline's drawing inputs, and their SVG documents. The page, the CLI,
//! the tests and the benchmark all build their scenes here, so they cannot drift apart.

use crate::dataset::Index;
use crate::draw::{map, timeline, to_svg_recorded, DrawError};
use crate::geo::{Camera, Framing, ProjectedMap, Shapes, Viewport};
use crate::palette::Theme;
use crate::query;
use crate::view::ViewState;
use crate::voice;

/// The viewport of a map `width` × `height` CSS px in `framing`, moved by `camera` (zoom and
/// pan), with nothing hit, marked or labelled under a legend drawn over the map: the exports'
/// (SVG, PNG), which carry their legend inside the picture.
pub fn viewport(width: f64, height: f64, framing: Framing, camera: Option<Camera>) -> Viewport {
    page_viewport(width, height, framing, camera)
        .with_occluded(map::legend_overlay(width, height, framing))
}

/// The viewport of the page's map: the whole canvas is map, since the page shows its legend
/// once, as the interactive status legend under the map (with the counts), not inside it.
pub fn page_viewport(
    width: f64,
    height: f64,
    framing: Framing,
    camera: Option<Camera>,
) -> Viewport {
    Viewport::new(width, height, framing).with_camera(camera)
}

/// Projects the shapes into a viewport. Countries with a role on any date get a small-state marker
/// where their shape is too small to click.
pub fn project(ix: &Index, shapes: &Shapes, viewport: Viewport) -> ProjectedMap {
    // Any date: the end of the story (undated records count there) or the last day of the data
    // (a partner listed only after Paris).
    let last = query::date_span(ix).map(|(_, last)| last);
    ProjectedMap::new(shapes, viewport, |id| {
        query::primary_status(ix, id, None).is_some()
            || last.is_some_and(|d| query::primary_status(ix, id, Some(d)).is_some())
    })
}

/// The shape of a country by actor id or ISO code; `None` for organisations and unknown codes.
pub fn shape_of(shapes: &Shapes, id: &str) -> Option<usize> {
    shapes
        .countries
        .iter()
        .position(|c| c.id.as_deref() == Some(id))
}

/// Shapes of the actors in the selected timeline item, outlined on the map.
pub fn highlighted(ix: &Index, shapes: &Shapes, view: &ViewState) -> Vec<usize> {
    view.item
        .as_deref()
        .and_then(|id| query::timeline_item(ix, id))
        .map(|item| {
            item.actors
                .iter()
                .filter_map(|a| shape_of(shapes, a))
                .collect()
        })
        .unwrap_or_default()
}

/// The map's drawing inputs for a view. `title` is the legend title (see [`legend_title`]), kept
/// by the caller so the view can borrow it; `None` draws no legend (the page's map, whose legend
/// is the page's own).
pub fn map_view<'a>(
    ix: &Index,
    shapes: &Shapes,
    view: &ViewState,
    hovered: Option<usize>,
    theme: Theme,
    title: Option<&'a str>,
) -> map::MapView<'a> {
    map::MapView {
        fills: map::fills(ix, shapes, view.date),
        selected: view.country.as_deref().and_then(|c| shape_of(shapes, c)),
        hovered,
        highlighted: highlighted(ix, shapes, view),
        legend_title: title,
        theme,
        filter: view.statuses.iter().copied().collect(),
        compare: view
            .compare
            .map(|from| crate::draw::compare::changes(ix, shapes, Some(from), view.date)),
        names: names(shapes, view.lang),
        lang: view.lang,
        numerals: view.numerals,
    }
}

/// The map countries' names in `l`, by shape; none for English (the map's own names).
fn names(shapes: &Shapes, l: crate::lang::Locale) -> Vec<String> {
    if l == crate::lang::Locale::En {
        return Vec::new();
    }
    shapes
        .countries
        .iter()
        .map(|c| match &c.id {
            Some(id) => l.name(id, &c.name).to_string(),
            None => c.name.clone(),
        })
        .collect()
}

/// The legend title for a view, in the one voice.
pub fn legend_title(ix: &Index, view: &ViewState) -> String {
    voice::legend_title(view.lang, ix, view.date, view.compare)
}

/// The timeline's drawing inputs for a view: the selected actor's items are emphasised.
pub fn timeline_view(view: &ViewState, theme: Theme) -> timeline::TimelineView<'_> {
    timeline::TimelineView {
        date: view.date,
        actor: view.country.as_deref(),
        selected: view.item.as_deref(),
        theme,
        mode: view.timeline,
        window: view.window,
        kinds: if view.kinds.is_empty() {
            timeline::KindFilter::all()
        } else {
            timeline::KindFilter::only(&view.kinds)
        },
        lang: view.lang,
        numerals: view.numerals,
    }
}

/// Total height of a map drawing: the map plus the legend strip narrow maps carry underneath.
pub fn map_total_height(width: u32, height: u32, framing: Framing) -> u32 {
    height + map::legend_strip_height(f64::from(width), framing).ceil() as u32
}

/// The map of a view as an SVG document `width` × `height` px (plus the legend strip below narrow
/// maps), through the recorder: the page's export and the CLI write the same bytes.
pub fn map_svg(
    ix: &Index,
    shapes: &Shapes,
    view: &ViewState,
    theme: Theme,
    width: u32,
    height: u32,
) -> Result<String, DrawError> {
    svg_of_map(ix, shapes, view, theme, (width, height), true)
}

/// The page's map of a view as SVG, `width` × `height` px and no legend: what the canvas draws,
/// for the baked first paint that the live canvas replaces without moving anything.
pub fn page_map_svg(
    ix: &Index,
    shapes: &Shapes,
    view: &ViewState,
    theme: Theme,
    width: u32,
    height: u32,
) -> Result<String, DrawError> {
    svg_of_map(ix, shapes, view, theme, (width, height), false)
}

/// The map country each fill polygon of [`page_map_svg`]'s picture paints, in drawing order (its
/// ISO code; `None` for a shape without one): the baked picture names its paths with them.
pub fn page_map_codes(
    ix: &Index,
    shapes: &Shapes,
    view: &ViewState,
    width: u32,
    height: u32,
) -> Vec<Option<String>> {
    let vp = page_viewport(
        f64::from(width),
        f64::from(height),
        view.framing,
        view.camera,
    );
    let pm = project(ix, shapes, vp);
    map::fill_codes(&pm)
        .into_iter()
        .map(|s| shapes.countries.get(s).and_then(|c| c.id.clone()))
        .collect()
}

/// The hit discs of [`page_map_svg`]'s picture (small states' markers, countries' reaches), each
/// with its country's ISO code: the baked picture carries them, so a click before the wasm
/// answers as the live map's hit-test would.
pub fn page_map_discs(
    ix: &Index,
    shapes: &Shapes,
    view: &ViewState,
    width: u32,
    height: u32,
) -> Vec<(String, map::HitDisc)> {
    let vp = page_viewport(
        f64::from(width),
        f64::from(height),
        view.framing,
        view.camera,
    );
    map::hit_discs(&project(ix, shapes, vp))
        .into_iter()
        .filter_map(|d| Some((shapes.countries.get(d.shape)?.id.clone()?, d)))
        .collect()
}

/// A map as SVG with its legend (the exports: over the map, or a strip below a narrow one) or
/// without (the page's, whose legend is the status buttons under it).
fn svg_of_map(
    ix: &Index,
    shapes: &Shapes,
    view: &ViewState,
    theme: Theme,
    (width, height): (u32, u32),
    legend: bool,
) -> Result<String, DrawError> {
    let (w, h) = (f64::from(width), f64::from(height));
    let vp = if legend {
        viewport(w, h, view.framing, view.camera)
    } else {
        page_viewport(w, h, view.framing, view.camera)
    };
    let pm = project(ix, shapes, vp);
    let title = legend_title(ix, view);
    let mv = map_view(
        ix,
        shapes,
        view,
        None,
        theme,
        legend.then_some(title.as_str()),
    );
    let total = if legend {
        map_total_height(width, height, view.framing)
    } else {
        height
    };
    to_svg_recorded(width, total, |a| map::draw_map(a, &pm, &mv, 1.0))
}

/// The map of a view as a PNG file `width` × `height` px (plus the legend strip below narrow
/// maps), the picture [`map_svg`] draws: `coalition render --out x.png` and the page's `og:image`.
#[cfg(feature = "png")]
pub fn map_png(
    path: &std::path::Path,
    ix: &Index,
    shapes: &Shapes,
    view: &ViewState,
    theme: Theme,
    width: u32,
    height: u32,
) -> Result<(), DrawError> {
    let vp = viewport(
        f64::from(width),
        f64::from(height),
        view.framing,
        view.camera,
    );
    if view.lang != crate::lang::Locale::En {
        // Shaped text: the SVG through resvg (draw::raster).
        let svg = map_svg(ix, shapes, view, theme, width, height)?;
        return crate::draw::raster::svg_to_png(&svg, path);
    }
    let pm = project(ix, shapes, vp);
    let title = legend_title(ix, view);
    let mv = map_view(ix, shapes, view, None, theme, Some(&title));
    let total = map_total_height(width, height, view.framing);
    crate::draw::to_png(path, width, total, |a| map::draw_map(a, &pm, &mv, 1.0))
}

/// The timeline of a view as a PNG file, the picture [`timeline_svg`] draws (through resvg in
/// French and Arabic, whose text it shapes).
#[cfg(feature = "png")]
pub fn timeline_png(
    path: &std::path::Path,
    ix: &Index,
    view: &ViewState,
    theme: Theme,
    width: u32,
    height: u32,
) -> Result<(), DrawError> {
    if view.lang != crate::lang::Locale::En {
        let svg = timeline_svg(ix, view, theme, width, Some(height))?;
        return crate::draw::raster::svg_to_png(&svg, path);
    }
    let tv = timeline_view(view, theme);
    crate::draw::to_png(path, width, height, |area| {
        timeline::draw_timeline(area, ix, &tv, 1.0).map(|_| ())
    })
}

/// The timeline of a view as an SVG document `width` px wide and `height` px tall (by default as
/// tall as its lanes need).
pub fn timeline_svg(
    ix: &Index,
    view: &ViewState,
    theme: Theme,
    width: u32,
    height: Option<u32>,
) -> Result<String, DrawError> {
    let tv = timeline_view(view, theme);
    let height =
        height.unwrap_or_else(|| timeline::height(ix, &tv, f64::from(width)).ceil() as u32);
    to_svg_recorded(width, height, |a| {
        timeline::draw_timeline(a, ix, &tv, 1.0).map(|_| ())
    })
}

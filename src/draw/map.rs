//! The coalition membership map: countries filled by status, small-state markers, the selection and
//! hover outlines, and the legend, drawn on any plotters backend.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::palette::Theme;
use super::{font, palette, px, DrawError};
use crate::dataset::Index;
use crate::date::Date;
use crate::geo::hatch::hatch;
use crate::geo::{Framing, ProjectedMap, Shapes};
use crate::query::{self, Status};

/// What the map shows besides the shapes.
#[derive(Debug, Clone, Default)]
pub struct MapView<'a> {
    /// Fill per shape (index into `Shapes::countries`); `None` stays neutral.
    pub fills: Vec<Option<Status>>,
    pub selected: Option<usize>,
    pub hovered: Option<usize>,
    /// Shapes outlined because they take part in the selected timeline event.
    pub highlighted: Vec<usize>,
    /// Legend title, e.g. "Status on 15 Sep 2014"; no legend when `None`.
    pub legend_title: Option<&'a str>,
    pub theme: Theme,
}

/// Each shape's status as of `date` (`None`: the end of the story).
pub fn fills(ix: &Index, shapes: &Shapes, date: Option<Date>) -> Vec<Option<Status>> {
    shapes
        .countries
        .iter()
        .map(|c| {
            c.id.as_deref()
                .and_then(|id| query::primary_status(ix, id, date))
        })
        .collect()
}

/// Below this width (CSS px) the legend moves out of the map into a strip underneath.
pub const NARROW: f64 = 560.0;
const ROW: f64 = 17.0;

/// Height (CSS px) of the legend strip drawn below a map of this width and framing; 0 when the
/// legend overlays the map. Narrow maps have no room for an overlay, and in the world framing an
/// overlay would hide a continent.
pub fn legend_strip_height(width: f64, framing: Framing) -> f64 {
    if width < NARROW || framing == Framing::World {
        strip_height(width)
    } else {
        0.0
    }
}

/// The legend box drawn over a map of this size and framing (x0, y0, x1, y1 in CSS px), or `None`
/// when the legend goes in a strip below it. Pass it to [`crate::geo::Viewport::with_occluded`] so
/// that nothing is hit, marked, labelled or located under the legend.
pub fn legend_overlay(width: f64, height: f64, framing: Framing) -> Option<(f64, f64, f64, f64)> {
    (legend_strip_height(width, framing) == 0.0).then(|| legend_rect(width, height, false))
}

fn strip_height(width: f64) -> f64 {
    let rows = Status::ALL.len().div_ceil(strip_columns(width)) as f64 + 1.0;
    ROW * rows + 14.0
}

/// Columns of the legend strip: as many as the longest label fits.
fn strip_columns(width: f64) -> usize {
    match width {
        w if w < 440.0 => 1,
        w if w < 760.0 => 2,
        w if w < 1000.0 => 3,
        _ => 4,
    }
}

/// Statuses drawn with diagonal hatching on top of their colour: the two "outside the coalition"
/// statuses, so they read apart from the members' fills even without colour.
pub fn hatched(s: Status) -> bool {
    matches!(s, Status::Rejected | Status::NotInvited)
}

fn area_of(b: (f64, f64, f64, f64)) -> f64 {
    (b.2 - b.0) * (b.3 - b.1)
}

/// Draws the map filling the whole area. `scale` is backend pixels per CSS pixel.
pub fn draw_map<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    map: &ProjectedMap,
    view: &MapView,
    scale: f64,
) -> Result<(), DrawError> {
    draw_base(area, map, view, scale)?;
    draw_overlay(area, map, view, scale)
}

/// Countries wholly outside the framing are skipped: plotters would squash them onto the edge.
fn on_screen(map: &ProjectedMap, c: &crate::geo::hit::ProjectedCountry) -> bool {
    let (x0, y0, x1, y1) = c.bbox;
    x1 >= 0.0 && y1 >= 0.0 && x0 <= map.viewport.width && y0 <= map.viewport.height
}

/// The part of the map that changes only with the date, the theme or the size: sea, fills, borders,
/// hatching, host outlines and the legend. The page caches it and redraws only the overlay on hover
/// and selection.
pub fn draw_base<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    map: &ProjectedMap,
    view: &MapView,
    scale: f64,
) -> Result<(), DrawError> {
    let t = view.theme;
    area.fill(&t.sea)?;
    // Big countries first, so enclaves (Lesotho, San Marino) and islands paint over them.
    let mut order: Vec<usize> = (0..map.countries.len())
        .filter(|&i| on_screen(map, &map.countries[i]))
        .collect();
    order.sort_by(|&a, &b| {
        area_of(map.countries[b].bbox).total_cmp(&area_of(map.countries[a].bbox))
    });
    let border = ShapeStyle::from(&t.border).stroke_width(((0.6 * scale).round() as u32).max(1));
    for &i in &order {
        let c = &map.countries[i];
        let fill = view
            .fills
            .get(c.shape)
            .copied()
            .flatten()
            .map_or(t.land, palette::status);
        for ring in &c.rings {
            let pts: Vec<(i32, i32)> = ring.iter().map(|&p| px(p, scale)).collect();
            area.draw(&Polygon::new(pts.clone(), fill.filled()))?;
            area.draw(&PathElement::new(closed(pts), border))?;
        }
    }
    let hatch_style =
        ShapeStyle::from(&t.hatch.mix(0.55)).stroke_width(((1.0 * scale).round() as u32).max(1));
    let host_style = ShapeStyle::from(&RGBColor(0x6b, 0x2d, 0x5c))
        .stroke_width(((1.6 * scale).round() as u32).max(1));
    for c in map.countries.iter().filter(|c| on_screen(map, c)) {
        let Some(status) = view.fills.get(c.shape).copied().flatten() else {
            continue;
        };
        if hatched(status) && c.marker.is_none() {
            for (a, b) in hatch(&c.rings, 5.0, 0.0) {
                area.draw(&PathElement::new(
                    vec![px(a, scale), px(b, scale)],
                    hatch_style,
                ))?;
            }
        }
        if status == Status::Host && c.marker.is_none() {
            for ring in &c.rings {
                let pts = ring.iter().map(|&p| px(p, scale)).collect();
                area.draw(&PathElement::new(closed(pts), host_style))?;
            }
        }
    }
    let below = f64::from(area.dim_in_pixel().1) / scale > map.viewport.height + 1.0;
    let legend = view.legend_title.map(|_| {
        let (w, h) = area.dim_in_pixel();
        legend_rect(f64::from(w) / scale, f64::from(h) / scale, below)
    });
    draw_labels(area, map, view, scale, legend)?;
    if let Some(title) = view.legend_title {
        draw_legend(area, &view.fills, title, scale, below, &t)?;
    }
    Ok(())
}

/// Names on the countries that have a role, biggest first, where the name fits inside the country
/// and clears the legend and every label already placed: a newsroom map names what it colours.
fn draw_labels<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    map: &ProjectedMap,
    view: &MapView,
    scale: f64,
    legend: Option<(f64, f64, f64, f64)>,
) -> Result<(), DrawError> {
    let mut placed: Vec<(f64, f64, f64, f64)> = legend.into_iter().collect();
    let mut candidates: Vec<(&crate::geo::hit::ProjectedCountry, Status)> = map
        .countries
        .iter()
        .filter(|c| c.marker.is_none() && on_screen(map, c))
        .filter_map(|c| Some((c, view.fills.get(c.shape).copied().flatten()?)))
        .collect();
    candidates.sort_by(|a, b| area_of(b.0.bbox).total_cmp(&area_of(a.0.bbox)));
    for (c, status) in candidates {
        let (ax, ay) = c.anchor;
        // The anchor must lie in the country itself (not in a bay or a neighbour).
        if map.hit(ax, ay) != Some(c.shape) {
            continue;
        }
        // White or ink, whichever contrasts more with the fill (WCAG contrast ratio).
        let (fill, ink) = (
            luminance(palette::status(status)),
            luminance(Theme::LIGHT.ink),
        );
        let colour = if 1.05 / (fill + 0.05) >= (fill + 0.05) / (ink + 0.05) {
            WHITE
        } else {
            Theme::LIGHT.ink
        };
        let style = font(11.0, scale)
            .color(&colour)
            .pos(Pos::new(HPos::Center, VPos::Center));
        let (tw, th) = area
            .estimate_text_size(&c.name, &style)
            .map(|(w, h)| (f64::from(w) / scale, f64::from(h) / scale))
            .unwrap_or((f64::MAX, f64::MAX));
        let rect = (
            ax - tw / 2.0 - 2.0,
            ay - th / 2.0 - 1.0,
            ax + tw / 2.0 + 2.0,
            ay + th / 2.0 + 1.0,
        );
        // The whole label must sit on the country's fill (its corners too), so its colour is
        // chosen against the right ground, whatever the sea's colour in this theme.
        let fits = [
            (rect.0, rect.1),
            (rect.2, rect.1),
            (rect.0, rect.3),
            (rect.2, rect.3),
        ]
        .iter()
        .all(|&(x, y)| map.hit(x, y) == Some(c.shape));
        let inside_view = rect.0 >= 0.0
            && rect.1 >= 0.0
            && rect.2 <= map.viewport.width
            && rect.3 <= map.viewport.height;
        let clear = placed
            .iter()
            .all(|p| rect.2 < p.0 || rect.0 > p.2 || rect.3 < p.1 || rect.1 > p.3);
        if fits && inside_view && clear {
            area.draw(&Text::new(c.name.clone(), px((ax, ay), scale), style))?;
            placed.push(rect);
        }
    }
    Ok(())
}

/// Relative luminance (WCAG) of a colour, to choose light or dark label text on it.
fn luminance(c: RGBColor) -> f64 {
    let lin = |v: u8| {
        let v = f64::from(v) / 255.0;
        if v <= 0.04045 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(c.0) + 0.7152 * lin(c.1) + 0.0722 * lin(c.2)
}

/// What changes with the pointer and the selection, drawn over the base: the outlines of the
/// hovered, selected and highlighted countries, and the small states' markers.
pub fn draw_overlay<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    map: &ProjectedMap,
    view: &MapView,
    scale: f64,
) -> Result<(), DrawError> {
    let t = view.theme;
    let outlines = view
        .highlighted
        .iter()
        .map(|&h| (Some(h), 2.0))
        .chain([(view.hovered, 1.5), (view.selected, 3.0)]);
    for (which, width) in outlines {
        if let Some(c) = which.and_then(|s| map.countries.iter().find(|c| c.shape == s)) {
            let style = ShapeStyle::from(&t.highlight)
                .stroke_width(((width * scale).round() as u32).max(1));
            if c.marker.is_none() {
                for ring in &c.rings {
                    let pts = ring.iter().map(|&p| px(p, scale)).collect();
                    area.draw(&PathElement::new(closed(pts), style))?;
                }
            }
        }
    }
    for c in &map.countries {
        let Some(m) = c.marker else {
            continue;
        };
        let fill = view
            .fills
            .get(c.shape)
            .copied()
            .flatten()
            .map_or(t.land, palette::status);
        let centre = px(m.at, scale);
        if m.displaced() {
            // A leader line from the country itself to its marker, so an offset marker still says
            // where the country is; a dot marks the spot.
            let leader = ShapeStyle::from(&t.highlight.mix(0.8))
                .stroke_width(((1.0 * scale).round() as u32).max(1));
            area.draw(&PathElement::new(vec![px(m.origin, scale), centre], leader))?;
            let dot = ((1.5 * scale).round() as i32).max(1);
            area.draw(&Circle::new(px(m.origin, scale), dot, t.highlight.filled()))?;
        }
        let r = ((m.drawn_radius() * scale).round() as i32).max(1);
        area.draw(&Circle::new(centre, r, fill.filled()))?;
        let emphasis = if view.selected == Some(c.shape) {
            2.5
        } else {
            1.0
        };
        let ring =
            ShapeStyle::from(&t.highlight).stroke_width(((emphasis * scale).round() as u32).max(1));
        area.draw(&Circle::new(centre, r, ring))?;
    }
    Ok(())
}

fn closed(mut pts: Vec<(i32, i32)>) -> Vec<(i32, i32)> {
    if let Some(&first) = pts.first() {
        pts.push(first);
    }
    pts
}

/// Where the legend goes (x0, y0, x1, y1): a box in the bottom-left corner, or the strip below.
fn legend_rect(w: f64, h: f64, below: bool) -> (f64, f64, f64, f64) {
    if below {
        (0.0, h - strip_height(w), w, h)
    } else {
        let rows = Status::ALL.len() as f64 + 1.0;
        (8.0, h - 8.0 - ROW * rows - 10.0, 212.0, h - 8.0)
    }
}

/// The legend: a box in the bottom-left corner over the map, or (`below`) a two-column strip under
/// it for narrow screens. One swatch per status, hatched where the map hatches, with its count.
fn draw_legend<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    fills: &[Option<Status>],
    title: &str,
    scale: f64,
    below: bool,
    t: &Theme,
) -> Result<(), DrawError> {
    let (w, h) = area.dim_in_pixel();
    let (w, h) = (f64::from(w) / scale, f64::from(h) / scale);
    let columns = if below { strip_columns(w) } else { 1 };
    let (x0, y0, x1, _) = legend_rect(w, h, below);
    let width = x1 - x0;
    let bg = if below {
        t.paper.mix(1.0)
    } else {
        t.paper.mix(0.9)
    };
    area.draw(&Rectangle::new(
        [
            px((x0, y0), scale),
            px((x0 + width, h - if below { 0.0 } else { 8.0 }), scale),
        ],
        bg.filled(),
    ))?;
    let text = font(12.0, scale).color(&t.ink);
    let bold = FontDesc::new(FontFamily::SansSerif, 12.0 * scale, FontStyle::Bold).color(&t.ink);
    area.draw(&Text::new(
        title.to_string(),
        px((x0 + 8.0, y0 + 6.0), scale),
        bold,
    ))?;
    let col_w = (width - 8.0) / columns as f64;
    let hatch_style =
        ShapeStyle::from(&t.hatch.mix(0.7)).stroke_width(((1.0 * scale).round() as u32).max(1));
    for (i, s) in Status::ALL.iter().enumerate() {
        let (col, row) = (i % columns, i / columns);
        let x = x0 + 8.0 + col_w * col as f64;
        let y = y0 + 6.0 + ROW * (row as f64 + 1.0);
        let count = fills.iter().filter(|f| **f == Some(*s)).count();
        let (sx0, sy0, sx1, sy1) = (x, y + 1.0, x + 12.0, y + 13.0);
        area.draw(&Rectangle::new(
            [px((sx0, sy0), scale), px((sx1, sy1), scale)],
            palette::status(*s).filled(),
        ))?;
        if hatched(*s) {
            let square = vec![vec![(sx0, sy0), (sx1, sy0), (sx1, sy1), (sx0, sy1)]];
            for (a, b) in hatch(&square, 3.5, 0.0) {
                area.draw(&PathElement::new(
                    vec![px(a, scale), px(b, scale)],
                    hatch_style,
                ))?;
            }
        }
        area.draw(&Text::new(
            format!("{} ({count})", s.label()),
            px((x + 18.0, y), scale),
            text.clone(),
        ))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::draw::to_svg;
    use crate::geo::{Framing, Viewport};

    #[test]
    fn renders_an_svg_with_a_path_per_ring_and_the_legend() {
        let shapes = Shapes::embedded().unwrap();
        let map = ProjectedMap::new(&shapes, Viewport::new(640.0, 400.0, Framing::World), |_| {
            false
        });
        let mut fills = vec![None; shapes.countries.len()];
        let fra = shapes
            .countries
            .iter()
            .position(|c| c.id.as_deref() == Some("FRA"))
            .unwrap();
        fills[fra] = Some(Status::Host);
        let view = MapView {
            fills,
            selected: Some(fra),
            hovered: None,
            highlighted: Vec::new(),
            legend_title: Some("Status"),
            theme: Theme::LIGHT,
        };
        let svg = to_svg(640, 400, |a| draw_map(a, &map, &view, 1.0)).unwrap();
        assert!(svg.starts_with("<svg"), "{}", &svg[..40]);
        assert!(svg.contains("Host or venue (1)"));
        assert!(
            svg.contains(&palette::hex(palette::status(Status::Host)).to_uppercase())
                || svg.contains(&palette::hex(palette::status(Status::Host)))
        );
        let rings: usize = shapes.countries.iter().map(|c| c.rings.len()).sum();
        assert!(svg.matches("<polygon").count() >= rings);
    }
}

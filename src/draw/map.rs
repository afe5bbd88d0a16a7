//! The coalition membership map: countries filled by status (or, comparing two dates, by change),
//! a status filter that fades the rest, small-state markers with leader lines, the selection and
//! hover outlines, and the legend, drawn on any plotters backend.

use std::collections::BTreeSet;

use plotters::coord::Shift;
use plotters::prelude::*;

use super::labels::{draw_labels, place_labels};
use super::{font, px, DrawError};
use crate::dataset::Index;
use crate::date::Date;
use crate::geo::clip::{clip_outline, clip_ring, clip_segment};
use crate::geo::hatch::hatch;
use crate::geo::{Framing, ProjectedMap, Shapes};
use crate::palette;
use crate::palette::Theme;
use crate::query::Change;
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
    /// The statuses shown at full strength; countries with any other fade (and lose their label).
    /// Empty: no filter. Ignored in the compare colouring.
    pub filter: BTreeSet<Status>,
    /// The compare colouring: each shape's change between two dates (see [`super::compare`]),
    /// drawn instead of `fills`, with its own legend. `None`: colour by status.
    pub compare: Option<Vec<Option<Change>>>,
    /// The countries' names in the interface's language, by shape (`scene::map_view` fills it
    /// for French and Arabic); empty: the map's own (English) names.
    pub names: Vec<String>,
    /// The language of the legend's words, and its digits.
    pub lang: crate::lang::Locale,
    pub numerals: crate::lang::Numerals,
}

/// How one country is painted: its fill and the cues drawn over it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Paint {
    pub fill: RGBColor,
    /// Left out by the status filter: faded, no hatching, outline or label.
    pub faded: bool,
    /// Diagonal hatching over the fill (the second cue for colour).
    pub hatched: bool,
    /// The heavy host outline.
    pub host: bool,
}

/// How strongly a filtered-out country keeps its colour.
const FADED: f64 = 0.25;

impl MapView<'_> {
    /// How a shape is painted, or `None` for a country with no role (plain land).
    pub fn paint(&self, shape: usize) -> Option<Paint> {
        if let Some(changes) = &self.compare {
            let change = changes.get(shape).copied().flatten()?;
            return Some(Paint {
                fill: palette::change(change),
                faded: false,
                hatched: change == Change::Dropped,
                host: false,
            });
        }
        let status = self.fills.get(shape).copied().flatten()?;
        let faded = !self.filter.is_empty() && !self.filter.contains(&status);
        let colour = palette::status(status);
        Some(Paint {
            fill: if faded {
                palette::fade(colour, self.theme.land, FADED)
            } else {
                colour
            },
            faded,
            hatched: hatched(status) && !faded,
            host: status == Status::Host && !faded,
        })
    }
}

/// Reads a status filter from its keys, comma-separated (`signed,host`; see `Status::key`).
/// `None` if any key is unknown; the empty string is no filter.
pub fn parse_filter(s: &str) -> Option<BTreeSet<Status>> {
    s.split(',')
        .map(str::trim)
        .filter(|k| !k.is_empty())
        .map(|k| Status::ALL.into_iter().find(|st| st.key() == k))
        .collect()
}

/// The URL form of a status filter: its keys in legend order, comma-separated.
pub fn filter_key(filter: &BTreeSet<Status>) -> String {
    filter.iter().map(|s| s.key()).collect::<Vec<_>>().join(",")
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

/// How many map countries have each status on `date` (None: the end of the story), in
/// `Status::ALL` order: what every legend counts (the page's frame, the baked legend, the
/// drawn one's rows count the same fills).
pub fn status_counts(ix: &Index, shapes: &Shapes, date: Option<Date>) -> Vec<(Status, usize)> {
    let fills = fills(ix, shapes, date);
    Status::ALL
        .iter()
        .map(|s| (*s, fills.iter().filter(|f| **f == Some(*s)).count()))
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

/// A country's index in the projected map, one of its rings, and that ring's fill polygon.
type RingFill<'m> = (usize, &'m [(f64, f64)], Option<Vec<(i32, i32)>>);

/// Every ring of every country on screen in the order the base layer paints them — big countries
/// first, so enclaves (Lesotho, San Marino) and islands paint over them — with its fill polygon in
/// device pixels (`None` when clipping leaves less than a triangle). One order for the drawing and
/// for [`fill_codes`], so the baked picture's polygons can be named by the country they fill.
fn fills_in_order(map: &ProjectedMap, scale: f64) -> impl Iterator<Item = RingFill<'_>> {
    let mut order: Vec<usize> = (0..map.countries.len())
        .filter(|&i| on_screen(map, &map.countries[i]))
        .collect();
    crate::sort::sort_by(&mut order, |&a, &b| {
        area_of(map.countries[b].bbox).total_cmp(&area_of(map.countries[a].bbox))
    });
    // Fills are cut a little outside the box, so no border shows along the map's edge.
    let fill_box = (
        -2.0,
        -2.0,
        map.viewport.width + 2.0,
        map.viewport.height + 2.0,
    );
    order.into_iter().flat_map(move |i| {
        map.countries[i].rings.iter().map(move |ring| {
            let pts: Vec<(i32, i32)> = clip_ring(ring, fill_box)
                .into_iter()
                .map(|p| px(p, scale))
                .collect();
            (i, ring.as_slice(), (pts.len() >= 3).then_some(pts))
        })
    })
}

/// The shape index of each fill polygon the base layer draws, in drawing order: what names the
/// baked picture's paths (`bake::compact_svg`), so a script can recolour them before the wasm.
pub fn fill_codes(map: &ProjectedMap) -> Vec<usize> {
    fills_in_order(map, 1.0)
        .filter(|(_, _, pts)| pts.is_some())
        .map(|(i, _, _)| map.countries[i].shape)
        .collect()
}

/// A click target the map answers beyond the countries' shapes (see [`crate::geo::hit`]): a small
/// state's marker (drawn) or a country's reach (unseen), in CSS pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct HitDisc {
    /// The shape it answers for (index into `Shapes::countries`).
    pub shape: usize,
    pub at: (f64, f64),
    pub radius: f64,
    /// A marker's drawn disc as [`draw_overlay`] paints it at scale 1 (centre and radius in whole
    /// pixels); `None` for a reach.
    pub marker: Option<((i32, i32), i32)>,
}

/// The map's hit discs in the order the hit-test tries them, last first: reaches, then markers
/// (a marker answers before a reach, a reach before a shape). The baked picture draws them over
/// its shapes in this order, unseen, so a click before the wasm lands where the live map's would.
pub fn hit_discs(map: &ProjectedMap) -> Vec<HitDisc> {
    let reaches = map.countries.iter().filter_map(|c| {
        let r = c.reach?;
        Some(HitDisc {
            shape: c.shape,
            at: r.at,
            radius: r.radius,
            marker: None,
        })
    });
    let markers = map.countries.iter().filter_map(|c| {
        let m = c.marker?;
        let drawn = (m.drawn_radius().round() as i32).max(1);
        Some(HitDisc {
            shape: c.shape,
            at: m.at,
            radius: m.radius,
            marker: Some((px(m.at, 1.0), drawn)),
        })
    });
    reaches.chain(markers).collect()
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
    let border = ShapeStyle::from(&t.border).stroke_width(((0.6 * scale).round() as u32).max(1));
    for (i, ring, pts) in fills_in_order(map, scale) {
        let c = &map.countries[i];
        if let Some(pts) = pts {
            let fill = view.paint(c.shape).map_or(t.land, |p| p.fill);
            area.draw(&Polygon::new(pts, fill.filled()))?;
        }
        outline(area, ring, map, border, scale)?;
    }
    let hatch_style =
        ShapeStyle::from(&t.hatch.mix(0.55)).stroke_width(((1.0 * scale).round() as u32).max(1));
    let host_style = ShapeStyle::from(&RGBColor(0x6b, 0x2d, 0x5c))
        .stroke_width(((1.6 * scale).round() as u32).max(1));
    for c in map.countries.iter().filter(|c| on_screen(map, c)) {
        let Some(paint) = view.paint(c.shape) else {
            continue;
        };
        if paint.hatched && c.marker.is_none() {
            let view = (0.0, 0.0, map.viewport.width, map.viewport.height);
            for (a, b) in hatch(&c.rings, 5.0, 0.0)
                .into_iter()
                .filter_map(|(a, b)| clip_segment(a, b, view))
            {
                area.draw(&PathElement::new(
                    vec![px(a, scale), px(b, scale)],
                    hatch_style,
                ))?;
            }
        }
        if paint.host && c.marker.is_none() {
            for ring in &c.rings {
                outline(area, ring, map, host_style, scale)?;
            }
        }
    }
    let below = f64::from(area.dim_in_pixel().1) / scale > map.viewport.height + 1.0;
    let legend = view.legend_title.map(|_| {
        let (w, h) = area.dim_in_pixel();
        legend_rect(f64::from(w) / scale, f64::from(h) / scale, below)
    });
    let labels = place_labels(area, map, view, scale, legend);
    draw_labels(area, &labels, view, scale)?;
    if let Some(title) = view.legend_title {
        draw_legend(area, view, title, scale, below)?;
    }
    Ok(())
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
                    outline(area, ring, map, style, scale)?;
                }
            }
        }
    }
    for c in &map.countries {
        let Some(m) = c.marker else {
            continue;
        };
        let fill = view.paint(c.shape).map_or(t.land, |p| p.fill);
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

/// Draws a ring's outline, cut to the map's box (see [`crate::geo::clip`]).
fn outline<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    ring: &[(f64, f64)],
    map: &ProjectedMap,
    style: ShapeStyle,
    scale: f64,
) -> Result<(), DrawError> {
    let view = (0.0, 0.0, map.viewport.width, map.viewport.height);
    for line in clip_outline(ring, view) {
        let pts: Vec<(i32, i32)> = line.into_iter().map(|p| px(p, scale)).collect();
        area.draw(&PathElement::new(pts, style))?;
    }
    Ok(())
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

/// One legend row: swatch colour, hatched or not, words, count, and whether the filter fades it.
struct Entry {
    colour: RGBColor,
    hatched: bool,
    text: String,
    faded: bool,
}

/// The legend's rows: a status each with its count, or, comparing two dates, a change each.
fn legend_entries(view: &MapView) -> Vec<Entry> {
    if let Some(changes) = &view.compare {
        return Change::ALL
            .iter()
            .map(|&c| Entry {
                colour: palette::change(c),
                hatched: c == Change::Dropped,
                text: view.numerals.write(&format!(
                    "{} ({})",
                    crate::voice::change_label(view.lang, c),
                    changes.iter().filter(|x| **x == Some(c)).count()
                )),
                faded: false,
            })
            .collect();
    }
    Status::ALL
        .iter()
        .map(|&s| {
            let faded = !view.filter.is_empty() && !view.filter.contains(&s);
            let colour = palette::status(s);
            Entry {
                colour: if faded {
                    palette::fade(colour, view.theme.paper, FADED)
                } else {
                    colour
                },
                hatched: hatched(s) && !faded,
                text: view.numerals.write(&format!(
                    "{} ({})",
                    crate::voice::status_label(view.lang, s),
                    view.fills.iter().filter(|f| **f == Some(s)).count()
                )),
                faded,
            }
        })
        .collect()
}

/// The legend: a box in the bottom-left corner over the map, or (`below`) a strip of columns under
/// it for narrow screens. One swatch per status (or per change when comparing two dates), hatched
/// where the map hatches, with its count; statuses the filter leaves out are faded.
fn draw_legend<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    view: &MapView,
    title: &str,
    scale: f64,
    below: bool,
) -> Result<(), DrawError> {
    let t = &view.theme;
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
    let muted = font(12.0, scale).color(&t.muted);
    let bold = FontDesc::new(FontFamily::SansSerif, 12.0 * scale, FontStyle::Bold).color(&t.ink);
    area.draw(&Text::new(
        title.to_string(),
        px((x0 + 8.0, y0 + 6.0), scale),
        bold,
    ))?;
    let col_w = (width - 8.0) / columns as f64;
    let hatch_style =
        ShapeStyle::from(&t.hatch.mix(0.7)).stroke_width(((1.0 * scale).round() as u32).max(1));
    for (i, e) in legend_entries(view).into_iter().enumerate() {
        let (col, row) = (i % columns, i / columns);
        let x = x0 + 8.0 + col_w * col as f64;
        let y = y0 + 6.0 + ROW * (row as f64 + 1.0);
        let (sx0, sy0, sx1, sy1) = (x, y + 1.0, x + 12.0, y + 13.0);
        area.draw(&Rectangle::new(
            [px((sx0, sy0), scale), px((sx1, sy1), scale)],
            e.colour.filled(),
        ))?;
        if e.hatched {
            let square = vec![vec![(sx0, sy0), (sx1, sy0), (sx1, sy1), (sx0, sy1)]];
            for (a, b) in hatch(&square, 3.5, 0.0) {
                area.draw(&PathElement::new(
                    vec![px(a, scale), px(b, scale)],
                    hatch_style,
                ))?;
            }
        }
        area.draw(&Text::new(
            e.text,
            px((x + 18.0, y), scale),
            if e.faded { muted.clone() } else { text.clone() },
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
            ..Default::default()
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

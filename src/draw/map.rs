//! The coalition membership map: countries filled by status, small-state markers, the selection and
//! hover outlines, and the legend, drawn on any plotters backend.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::{font, palette, px, DrawError};
use crate::dataset::Index;
use crate::date::Date;
use crate::geo::hit::MARKER_RADIUS;
use crate::geo::{ProjectedMap, Shapes};
use crate::query::{self, Status};

/// What the map shows besides the shapes.
#[derive(Debug, Clone, Default)]
pub struct MapView<'a> {
    /// Fill per shape (index into `Shapes::countries`); `None` stays neutral.
    pub fills: Vec<Option<Status>>,
    pub selected: Option<usize>,
    pub hovered: Option<usize>,
    /// Legend title, e.g. "Status on 15 Sep 2014"; no legend when `None`.
    pub legend_title: Option<&'a str>,
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
    area.fill(&palette::SEA)?;
    // Big countries first, so enclaves (Lesotho, San Marino) and islands paint over them.
    let mut order: Vec<usize> = (0..map.countries.len()).collect();
    order.sort_by(|&a, &b| {
        area_of(map.countries[b].bbox).total_cmp(&area_of(map.countries[a].bbox))
    });
    let border =
        ShapeStyle::from(&palette::BORDER).stroke_width(((0.6 * scale).round() as u32).max(1));
    for &i in &order {
        let c = &map.countries[i];
        let fill = view
            .fills
            .get(c.shape)
            .copied()
            .flatten()
            .map_or(palette::LAND, palette::status);
        for ring in &c.rings {
            let pts: Vec<(i32, i32)> = ring.iter().map(|&p| px(p, scale)).collect();
            area.draw(&Polygon::new(pts.clone(), fill.filled()))?;
            area.draw(&PathElement::new(closed(pts), border))?;
        }
    }
    for (which, width) in [(view.hovered, 1.5), (view.selected, 2.5)] {
        if let Some(c) = which.and_then(|s| map.countries.iter().find(|c| c.shape == s)) {
            let style = ShapeStyle::from(&palette::HIGHLIGHT)
                .stroke_width(((width * scale).round() as u32).max(1));
            if !c.marker {
                for ring in &c.rings {
                    let pts = ring.iter().map(|&p| px(p, scale)).collect();
                    area.draw(&PathElement::new(closed(pts), style))?;
                }
            }
        }
    }
    for c in map.countries.iter().filter(|c| c.marker) {
        let fill = view
            .fills
            .get(c.shape)
            .copied()
            .flatten()
            .map_or(palette::LAND, palette::status);
        let r = (MARKER_RADIUS * scale).round() as i32;
        let centre = px(c.anchor, scale);
        area.draw(&Circle::new(centre, r, fill.filled()))?;
        let emphasis = if view.selected == Some(c.shape) {
            2.5
        } else {
            1.0
        };
        let ring = ShapeStyle::from(&palette::HIGHLIGHT)
            .stroke_width(((emphasis * scale).round() as u32).max(1));
        area.draw(&Circle::new(centre, r, ring))?;
    }
    if let Some(title) = view.legend_title {
        draw_legend(area, &view.fills, title, scale)?;
    }
    Ok(())
}

fn closed(mut pts: Vec<(i32, i32)>) -> Vec<(i32, i32)> {
    if let Some(&first) = pts.first() {
        pts.push(first);
    }
    pts
}

/// The legend box in the bottom-left corner: one swatch per status with its count on the map.
fn draw_legend<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    fills: &[Option<Status>],
    title: &str,
    scale: f64,
) -> Result<(), DrawError> {
    let (_, h) = area.dim_in_pixel();
    let row = 17.0;
    let rows = Status::ALL.len() as f64 + 1.0;
    let (x0, width) = (8.0, 196.0);
    let y0 = f64::from(h) / scale - 8.0 - row * rows - 10.0;
    let bg = RGBColor(255, 255, 255).mix(0.88);
    area.draw(&Rectangle::new(
        [
            px((x0, y0), scale),
            px((x0 + width, y0 + row * rows + 10.0), scale),
        ],
        bg.filled(),
    ))?;
    let text = font(12.0, scale).color(&palette::INK);
    let bold =
        FontDesc::new(FontFamily::SansSerif, 12.0 * scale, FontStyle::Bold).color(&palette::INK);
    area.draw(&Text::new(
        title.to_string(),
        px((x0 + 8.0, y0 + 6.0), scale),
        bold,
    ))?;
    for (i, s) in Status::ALL.iter().enumerate() {
        let y = y0 + 6.0 + row * (i as f64 + 1.0);
        let count = fills.iter().filter(|f| **f == Some(*s)).count();
        area.draw(&Rectangle::new(
            [
                px((x0 + 8.0, y + 1.0), scale),
                px((x0 + 20.0, y + 13.0), scale),
            ],
            palette::status(*s).filled(),
        ))?;
        area.draw(&Text::new(
            format!("{} ({count})", s.label()),
            px((x0 + 26.0, y), scale),
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
            legend_title: Some("Status"),
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

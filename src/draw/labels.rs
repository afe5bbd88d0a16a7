//! Map labels that follow the zoom: names inside the countries that hold them, callouts beside the
//! small states' markers, and (zoomed in) the neighbours' names too; none over another, a marker,
//! another country's spot or the legend.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::map::{MapView, Paint};
use super::{font, px, DrawError};
use crate::geo::hit::ProjectedCountry;
use crate::geo::ProjectedMap;
use crate::palette::Theme;

/// Zoomed in this far (CSS px per degree), countries without a role are named too (muted), so the
/// reader keeps their bearings; below it, only what the map colours is named.
pub const NAME_EVERYTHING_AT: f64 = 20.0;

type Rect = (f64, f64, f64, f64);

/// A placed label: its text, centre and box (CSS px), colour, and whether it is a callout drawn
/// on a paper-coloured box (outside its country) rather than on the country's own fill.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    pub text: String,
    pub centre: (f64, f64),
    pub rect: Rect,
    pub colour: RGBColor,
    pub callout: bool,
    /// Font size, CSS px.
    pub size: f64,
    /// Index into `Shapes::countries` of the country named.
    pub shape: usize,
}

fn overlaps(a: Rect, b: Rect) -> bool {
    !(a.2 < b.0 || a.0 > b.2 || a.3 < b.1 || a.1 > b.3)
}

/// Whether a label box lies wholly on the country: its four corners and the country's anchor
/// all hit it.
fn sits_on(map: &ProjectedMap, c: &ProjectedCountry, rect: Rect) -> bool {
    [
        (rect.0, rect.1),
        (rect.2, rect.1),
        (rect.0, rect.3),
        (rect.2, rect.3),
        c.anchor,
    ]
    .iter()
    .all(|&(x, y)| map.hit(x, y) == Some(c.shape))
}

fn area_of(b: Rect) -> f64 {
    (b.2 - b.0) * (b.3 - b.1)
}

/// Relative luminance (WCAG) of a colour, to choose light or dark label text on it.
fn luminance(c: RGBColor) -> f64 {
    let lin = |v: u8| {
        let v = f64::from(v) / 255.0;
        if v <= 0.04045 {
            v / 12.92
        } else {
            pow_2_4((v + 0.055) / 1.055)
        }
    };
    0.2126 * lin(c.0) + 0.7152 * lin(c.1) + 0.0722 * lin(c.2)
}

/// A country's name in the interface's language where the view gives one (`MapView::names`).
fn name_of<'a>(view: &'a MapView, c: &'a ProjectedCountry) -> &'a str {
    view.names
        .get(c.shape)
        .map_or(c.name.as_str(), String::as_str)
}

/// `x` to the power 2.4 for `x` in [0, 1], to within 1e-14 (sRGB's transfer curve): x² times
/// x^0.4, with 0.4 = 1/2 − 1/8 + 1/32 − … taken by square roots. `f64::powf` would bring libm's
/// `pow` (2 KB) into the first wasm module for this one curve.
fn pow_2_4(x: f64) -> f64 {
    if x <= 0.0 {
        return 0.0;
    }
    let mut root = x.sqrt(); // x^(1/2), then x^(1/8), x^(1/32), ...
    let mut two_fifths = root; // the running product: x^(1/2 - 1/8 + 1/32 - ...) -> x^0.4
                               // 26 terms: the next would change the exponent by less than 3e-17.
    for k in 0..26 {
        root = root.sqrt().sqrt();
        two_fifths = if k % 2 == 0 {
            two_fifths / root
        } else {
            two_fifths * root
        };
    }
    x * x * two_fifths
}

/// The colour of a name drawn on `fill`: white or ink, whichever contrasts more (WCAG contrast
/// ratio), or black where neither reaches the 4.5:1 that WCAG AA asks of text this size. On the
/// "rejected" orange (#D55E00) white gives 3.9:1 and ink 4.1:1; black gives 5.4:1. (axe cannot
/// see text on a canvas: tests/palette.rs checks every fill a label is drawn on.)
pub fn text_on(fill: RGBColor) -> RGBColor {
    let f = luminance(fill);
    let on = |c: RGBColor| {
        let t = luminance(c);
        (t.max(f) + 0.05) / (t.min(f) + 0.05)
    };
    let best = if on(WHITE) >= on(Theme::LIGHT.ink) {
        WHITE
    } else {
        Theme::LIGHT.ink
    };
    if on(best) < 4.5 && on(BLACK) > on(best) {
        BLACK
    } else {
        best
    }
}

/// Where the labels go, in the order they win room: names inside the countries with a role
/// (biggest first), then callouts for the ones whose name does not fit (their marker's side), then,
/// zoomed in, the countries without a role. `legend` is the legend's box, if drawn over the map.
pub fn place_labels<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    map: &ProjectedMap,
    view: &MapView,
    scale: f64,
    legend: Option<Rect>,
) -> Vec<Label> {
    let t = view.theme;
    let (w, h) = (map.viewport.width, map.viewport.height);
    let mut taken: Vec<Rect> = legend.into_iter().collect();
    // Markers, with a pixel to spare, are never written over.
    taken.extend(map.countries.iter().filter_map(|c| c.marker).map(|m| {
        let r = m.drawn_radius() + 1.0;
        (m.at.0 - r, m.at.1 - r, m.at.0 + r, m.at.1 + r)
    }));
    // Nor, by a callout, the spot of another country with a role.
    let spots: Vec<(usize, (f64, f64))> = map
        .countries
        .iter()
        .filter(|c| c.role && c.clearance > 0.0)
        .map(|c| (c.shape, c.anchor))
        .collect();
    let on_view = |r: Rect| r.0 >= 0.0 && r.1 >= 0.0 && r.2 <= w && r.3 <= h;
    let measure = |text: &str, size: f64| {
        area.estimate_text_size(text, &TextStyle::from(font(size, scale)))
            .map(|(tw, th)| (f64::from(tw) / scale, f64::from(th) / scale))
            .ok()
    };
    let box_at = |(x, y): (f64, f64), (tw, th): (f64, f64)| {
        (
            x - tw / 2.0 - 2.0,
            y - th / 2.0 - 1.0,
            x + tw / 2.0 + 2.0,
            y + th / 2.0 + 1.0,
        )
    };
    // The name in the interface's language where the view gives one.
    let mut labels: Vec<Label> = Vec::new();
    let mut named = vec![false; map.countries.len()];
    let visible = |c: &ProjectedCountry| {
        let (x0, y0, x1, y1) = c.bbox;
        x1 >= 0.0 && y1 >= 0.0 && x0 <= w && y0 <= h
    };

    // 1. Inside the countries with a role, on their own fill.
    let mut inside: Vec<(usize, &ProjectedCountry, Paint)> = map
        .countries
        .iter()
        .enumerate()
        .filter(|(_, c)| c.role && visible(c))
        .filter_map(|(i, c)| Some((i, c, view.paint(c.shape)?)))
        .filter(|(_, _, p)| !p.faded)
        .collect();
    crate::sort::sort_by(&mut inside, |a, b| {
        area_of(b.1.bbox).total_cmp(&area_of(a.1.bbox))
    });
    for &(i, c, paint) in &inside {
        if c.marker.is_some() || c.clearance <= 0.0 {
            continue;
        }
        let Some(size) = measure(name_of(view, c), 11.0) else {
            continue;
        };
        let rect = box_at(c.anchor, size);
        // The whole label must sit on the country's fill (its corners too), so its colour is
        // chosen against the right ground.
        if sits_on(map, c, rect) && on_view(rect) && !taken.iter().any(|&r| overlaps(r, rect)) {
            taken.push(rect);
            if let Some(n) = named.get_mut(i) {
                *n = true;
            }
            labels.push(Label {
                text: name_of(view, c).to_string(),
                centre: c.anchor,
                rect,
                colour: text_on(paint.fill),
                callout: false,
                size: 11.0,
                shape: c.shape,
            });
        }
    }

    // 2. Callouts beside the markers and the shapes too small for their name.
    let mut small: Vec<&(usize, &ProjectedCountry, Paint)> = inside
        .iter()
        .filter(|(i, c, _)| !named.get(*i).copied().unwrap_or(true) && c.clearance > 0.0)
        .collect();
    // Markers first (they need a name most), then by size.
    crate::sort::sort_by(&mut small, |a, b| {
        (b.1.marker.is_some())
            .cmp(&a.1.marker.is_some())
            .then(area_of(b.1.bbox).total_cmp(&area_of(a.1.bbox)))
    });
    for &&(i, c, _) in &small {
        let Some((tw, th)) = measure(name_of(view, c), 11.0) else {
            continue;
        };
        let (spot, r) = match c.marker {
            Some(m) => (m.at, m.drawn_radius() + 3.0),
            None => (c.anchor, 3.0),
        };
        let (hw, hh) = (tw / 2.0 + 2.0, th / 2.0 + 1.0);
        let sides = [
            (spot.0 + r + hw, spot.1),
            (spot.0 - r - hw, spot.1),
            (spot.0, spot.1 - r - hh),
            (spot.0, spot.1 + r + hh),
            (spot.0 + r + hw, spot.1 - r - hh),
            (spot.0 - r - hw, spot.1 - r - hh),
            (spot.0 + r + hw, spot.1 + r + hh),
            (spot.0 - r - hw, spot.1 + r + hh),
        ];
        let place = sides
            .into_iter()
            .map(|p| (p, box_at(p, (tw, th))))
            .find(|&(_, rect)| {
                on_view(rect)
                    && !taken.iter().any(|&r| overlaps(r, rect))
                    && !spots.iter().any(|&(s, (x, y))| {
                        s != c.shape
                            && x >= rect.0 - 2.0
                            && x <= rect.2 + 2.0
                            && y >= rect.1 - 2.0
                            && y <= rect.3 + 2.0
                    })
            });
        if let Some((centre, rect)) = place {
            taken.push(rect);
            if let Some(n) = named.get_mut(i) {
                *n = true;
            }
            labels.push(Label {
                text: name_of(view, c).to_string(),
                centre,
                rect,
                colour: t.ink,
                callout: true,
                size: 11.0,
                shape: c.shape,
            });
        }
    }

    // 3. Zoomed in: the neighbours without a role, muted, where their name fits inside.
    if map.viewport.px_per_degree() >= NAME_EVERYTHING_AT {
        let mut rest: Vec<&ProjectedCountry> = map
            .countries
            .iter()
            .filter(|c| !c.role && visible(c))
            .collect();
        crate::sort::sort_by(&mut rest, |a, b| {
            area_of(b.bbox).total_cmp(&area_of(a.bbox))
        });
        for c in rest {
            let Some(size) = measure(name_of(view, c), 10.0) else {
                continue;
            };
            let rect = box_at(c.anchor, size);
            if sits_on(map, c, rect) && on_view(rect) && !taken.iter().any(|&r| overlaps(r, rect)) {
                taken.push(rect);
                labels.push(Label {
                    text: name_of(view, c).to_string(),
                    centre: c.anchor,
                    rect,
                    colour: t.muted,
                    callout: false,
                    size: 10.0,
                    shape: c.shape,
                });
            }
        }
    }
    labels
}

/// Draws the labels [`place_labels`] chose: callouts on a paper-coloured box, so they read on any
/// ground.
pub fn draw_labels<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    labels: &[Label],
    view: &MapView,
    scale: f64,
) -> Result<(), DrawError> {
    for l in labels {
        if l.callout {
            area.draw(&Rectangle::new(
                [
                    px((l.rect.0, l.rect.1), scale),
                    px((l.rect.2, l.rect.3), scale),
                ],
                view.theme.paper.mix(0.85).filled(),
            ))?;
        }
        let style = font(l.size, scale)
            .color(&l.colour)
            .pos(Pos::new(HPos::Center, VPos::Center));
        area.draw(&Text::new(l.text.clone(), px(l.centre, scale), style))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::pow_2_4;

    #[test]
    fn pow_2_4_is_powf() {
        for k in 0..=10_000 {
            let x = f64::from(k) / 10_000.0;
            let want = x.powf(2.4);
            assert!(
                (pow_2_4(x) - want).abs() < 1e-14,
                "{x}: {} vs {want}",
                pow_2_4(x)
            );
        }
    }
}

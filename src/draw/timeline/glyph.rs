//! Marker shapes: a circle for events, a shape per pledge kind (so kind reads without colour),
//! filled for a stated pledge, hollow for a reported one, dashed for a hedged one.

use std::f64::consts::PI;

use plotters::coord::Shift;
use plotters::prelude::*;

use crate::draw::{px, DrawError};
use crate::model::{Certainty, PledgeKind};

/// What a marker looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    Circle,
    Pledge(PledgeKind),
}

/// How a marker is filled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Fill {
    Solid,
    Hollow,
    Dashed,
}

impl Fill {
    pub fn of(c: Certainty) -> Fill {
        match c {
            Certainty::Stated => Fill::Solid,
            Certainty::Reported => Fill::Hollow,
            Certainty::Hedged => Fill::Dashed,
        }
    }
}

/// `n` points evenly round a circle of radius `r`, the first at `start` radians (0 = right,
/// clockwise on screen since y grows down).
fn ring(c: (f64, f64), r: f64, n: usize, start: f64) -> Vec<(f64, f64)> {
    (0..n)
        .map(|k| {
            let (cos, sin) = crate::geo::unit_vector(start + 2.0 * PI * k as f64 / n as f64);
            (c.0 + r * cos, c.1 + r * sin)
        })
        .collect()
}

const UP: f64 = -PI / 2.0;

/// The outline of a shape (CSS px).
fn outline(shape: Shape, c: (f64, f64), r: f64) -> Vec<(f64, f64)> {
    match shape {
        Shape::Circle | Shape::Pledge(PledgeKind::Financing) => ring(c, r, 16, 0.0),
        Shape::Pledge(k) => match k {
            PledgeKind::AirStrikes => ring((c.0, c.1 + r * 0.2), r * 1.25, 3, UP),
            PledgeKind::BorderControl => ring((c.0, c.1 - r * 0.2), r * 1.25, 3, -UP),
            PledgeKind::MilitaryAssistance => ring((c.0 - r * 0.2, c.1), r * 1.2, 3, 0.0),
            PledgeKind::Troops => ring(c, r * 1.2, 4, PI / 4.0),
            PledgeKind::Aircraft => ring(c, r * 1.25, 4, UP),
            PledgeKind::Reconnaissance => ring(c, r * 1.05, 6, 0.0),
            PledgeKind::Logistics => ring(c, r * 1.1, 5, UP),
            PledgeKind::Diplomatic => {
                let outer = ring(c, r * 1.3, 5, UP);
                let inner = ring(c, r * 0.55, 5, UP + PI / 5.0);
                outer
                    .into_iter()
                    .zip(inner)
                    .flat_map(|(a, b)| [a, b])
                    .collect()
            }
            PledgeKind::Humanitarian => {
                let (a, b) = (r * 0.42, r * 1.1);
                [
                    (-a, -b),
                    (a, -b),
                    (a, -a),
                    (b, -a),
                    (b, a),
                    (a, a),
                    (a, b),
                    (-a, b),
                    (-a, a),
                    (-b, a),
                    (-b, -a),
                    (-a, -a),
                ]
                .into_iter()
                .map(|(dx, dy)| (c.0 + dx, c.1 + dy))
                .collect()
            }
            PledgeKind::Financing => ring(c, r, 16, 0.0),
        },
    }
}

/// Draws a marker centred on `c` (CSS px).
#[allow(clippy::too_many_arguments)]
pub(crate) fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    c: (f64, f64),
    r: f64,
    shape: Shape,
    colour: RGBAColor,
    fill: Fill,
    paper: RGBColor,
    scale: f64,
) -> Result<(), DrawError> {
    let width = (2.0 * scale).round().max(1.0) as u32;
    let round = matches!(shape, Shape::Circle | Shape::Pledge(PledgeKind::Financing));
    if round && fill != Fill::Dashed {
        // A true circle: smaller output than a polygon, and crisp at any scale.
        let (at, ri) = (px(c, scale), (r * scale).round() as i32);
        if fill == Fill::Solid {
            area.draw(&Circle::new(at, ri, colour.filled()))?;
        } else {
            area.draw(&Circle::new(at, ri, paper.filled()))?;
            area.draw(&Circle::new(at, ri, colour.stroke_width(width)))?;
        }
        return Ok(());
    }
    let pts: Vec<(i32, i32)> = outline(shape, c, r)
        .into_iter()
        .map(|p| px(p, scale))
        .collect();
    match fill {
        Fill::Solid => {
            area.draw(&Polygon::new(pts, colour.filled()))?;
        }
        Fill::Hollow => {
            area.draw(&Polygon::new(pts.clone(), paper.filled()))?;
            let mut closed = pts;
            if let Some(first) = closed.first().copied() {
                closed.push(first);
            }
            area.draw(&PathElement::new(closed, colour.stroke_width(width)))?;
        }
        Fill::Dashed => {
            area.draw(&Polygon::new(pts.clone(), paper.filled()))?;
            // Dashes walked round the outline, so the pattern flows over the corners.
            let (dash, gap) = (2.5 * scale, 2.0 * scale);
            let mut phase = 0.0f64;
            let n = pts.len();
            for k in 0..n {
                let (Some(a), Some(b)) = (pts.get(k), pts.get((k + 1) % n)) else {
                    continue;
                };
                let (ax, ay) = (f64::from(a.0), f64::from(a.1));
                let (dx, dy) = (f64::from(b.0) - ax, f64::from(b.1) - ay);
                let len = (dx * dx + dy * dy).sqrt();
                let mut t = 0.0;
                // Bounded: a marker's edge holds a few dashes; no float rounding can stall it.
                for _ in 0..64 {
                    if t >= len - 1e-6 {
                        break;
                    }
                    let on = phase < dash;
                    let step = if on { dash - phase } else { dash + gap - phase }
                        .max(0.05)
                        .min(len - t);
                    if on {
                        let p = |u: f64| {
                            let f = u / len.max(1e-9);
                            ((ax + dx * f).round() as i32, (ay + dy * f).round() as i32)
                        };
                        area.draw(&PathElement::new(
                            vec![p(t), p(t + step)],
                            colour.stroke_width(width),
                        ))?;
                    }
                    t += step;
                    // Modulo the dash's period by floor: f64's `%` brings libm's fmod (and 128-bit
                    // division) into the first wasm module.
                    let (next, period) = (phase + step, dash + gap);
                    phase = next - period * (next / period).floor();
                }
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_its_own_outline() {
        let mut seen: Vec<Vec<(i64, i64)>> = Vec::new();
        for k in PledgeKind::ALL {
            let o: Vec<(i64, i64)> = outline(Shape::Pledge(k), (0.0, 0.0), 10.0)
                .into_iter()
                .map(|(x, y)| ((x * 10.0).round() as i64, (y * 10.0).round() as i64))
                .collect();
            assert!(o.len() >= 3, "{k:?}");
            assert!(!seen.contains(&o), "{k:?} looks like another kind");
            seen.push(o);
        }
    }
}

#[cfg(test)]
mod drawing {
    use super::*;
    use crate::draw::to_svg;

    fn svg(fill: Fill) -> String {
        to_svg(40, 40, |a| {
            draw(
                a,
                (20.0, 20.0),
                6.0,
                Shape::Pledge(PledgeKind::AirStrikes),
                RGBColor(0, 0x72, 0xB2).to_rgba(),
                fill,
                RGBColor(255, 255, 255),
                1.0,
            )
        })
        .unwrap()
    }

    #[test]
    fn stated_is_filled_reported_hollow_hedged_dashed() {
        assert_eq!(Fill::of(Certainty::Stated), Fill::Solid);
        assert_eq!(Fill::of(Certainty::Reported), Fill::Hollow);
        assert_eq!(Fill::of(Certainty::Hedged), Fill::Dashed);
        let solid = svg(Fill::Solid);
        assert!(solid.contains("fill=\"#0072B2\""), "{solid}");
        let hollow = svg(Fill::Hollow);
        assert!(
            !hollow.contains("fill=\"#0072B2\"")
                && hollow.matches("stroke=\"#0072B2\"").count() == 1
        );
        let dashed = svg(Fill::Dashed);
        assert!(!dashed.contains("fill=\"#0072B2\""));
        assert!(
            dashed.matches("stroke=\"#0072B2\"").count() >= 6,
            "{dashed}"
        );
    }
}

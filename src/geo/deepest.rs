//! The point deepest inside a region (its "pole of inaccessibility", as Mapbox's polylabel finds
//! it): where a located click survives rounding and a label has the most room.
//!
//! The region is given by a distance function: positive inside, the distance to the nearest edge,
//! and 1-Lipschitz (a signed distance, or the minimum of several), which is what lets a cell's
//! best possible value be bounded by its centre's value plus its half-diagonal.

use std::cmp::Ordering;
use std::collections::BinaryHeap;
use std::f64::consts::SQRT_2;

/// Most distance evaluations one search may make: bounds the work on any input.
const BUDGET: usize = 4000;

/// A square cell of the search: its centre, half its side, the distance at the centre and the best
/// distance any point of the cell could have.
#[derive(Clone, Copy)]
struct Cell {
    x: f64,
    y: f64,
    half: f64,
    d: f64,
    max: f64,
}

impl PartialEq for Cell {
    fn eq(&self, other: &Self) -> bool {
        self.max.total_cmp(&other.max) == Ordering::Equal
    }
}
impl Eq for Cell {}
impl PartialOrd for Cell {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Cell {
    fn cmp(&self, other: &Self) -> Ordering {
        self.max.total_cmp(&other.max)
    }
}

/// The point of `bbox` (x0, y0, x1, y1) where `dist` is largest, to within `precision`, and its
/// distance; the search stops early once a point reaches `enough`. A bad box gives a distance of
/// minus infinity.
pub fn deepest(
    bbox: (f64, f64, f64, f64),
    precision: f64,
    enough: f64,
    dist: impl Fn(f64, f64) -> f64,
) -> ((f64, f64), f64) {
    let (x0, y0, x1, y1) = bbox;
    let (w, h) = (x1 - x0, y1 - y0);
    if !(w.is_finite() && h.is_finite() && x0.is_finite() && y0.is_finite()) || w < 0.0 || h < 0.0 {
        return ((0.0, 0.0), f64::NEG_INFINITY);
    }
    let precision = precision.max(1e-3);
    let mut evals = 0usize;
    let cell = |x: f64, y: f64, half: f64, evals: &mut usize| {
        *evals += 1;
        let d = dist(x, y);
        let d = if d.is_nan() { f64::NEG_INFINITY } else { d };
        Cell {
            x,
            y,
            half,
            d,
            max: d + half * SQRT_2,
        }
    };
    let mut best = cell(x0 + w / 2.0, y0 + h / 2.0, 0.0, &mut evals);
    if best.d >= enough {
        // The middle is deep enough (most big countries): one evaluation.
        return ((best.x, best.y), best.d);
    }
    // Square cells as big as the short side, but never more than 32 along the long one.
    let size = w.min(h).max(w.max(h) / 32.0).max(precision);
    let half = size / 2.0;
    let mut heap = BinaryHeap::new();
    let mut x = x0;
    while x < x1 || (x == x0 && w == 0.0) {
        let mut y = y0;
        while y < y1 || (y == y0 && h == 0.0) {
            heap.push(cell(x + half, y + half, half, &mut evals));
            y += size;
        }
        x += size;
    }
    while let Some(c) = heap.pop() {
        // The heap is ordered by `max`: once the top cannot beat the best by more than the
        // precision, no cell left can.
        if best.d >= enough || c.max - best.d <= precision || evals >= BUDGET {
            if c.d > best.d {
                best = c;
            }
            break;
        }
        if c.d > best.d {
            best = c;
        }
        let h2 = c.half / 2.0;
        for (dx, dy) in [(-h2, -h2), (h2, -h2), (-h2, h2), (h2, h2)] {
            heap.push(cell(c.x + dx, c.y + dy, h2, &mut evals));
        }
    }
    ((best.x, best.y), best.d)
}

/// Distance from (x, y) to the segment a–b, squared. (Plain comparisons, not `min`/`clamp`: in
/// the size-optimised builds those become calls to libm's `fmin` in this, the hottest loop.)
fn segment_d2((ax, ay): (f64, f64), (bx, by): (f64, f64), x: f64, y: f64) -> f64 {
    let (dx, dy) = (bx - ax, by - ay);
    let len2 = dx * dx + dy * dy;
    let t = if len2 > 0.0 {
        ((x - ax) * dx + (y - ay) * dy) / len2
    } else {
        0.0
    };
    let t = if t > 1.0 {
        1.0
    } else if t > 0.0 {
        t
    } else {
        0.0
    };
    let (px, py) = (ax + t * dx - x, ay + t * dy - y);
    px * px + py * py
}

/// Even-odd point-in-rings test (crossing number over every ring).
pub fn inside(rings: &[Vec<(f64, f64)>], x: f64, y: f64) -> bool {
    let mut odd = false;
    for ring in rings {
        let Some(&(mut xj, mut yj)) = ring.last() else {
            continue;
        };
        for &(xi, yi) in ring {
            if (yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi {
                odd = !odd;
            }
            (xj, yj) = (xi, yi);
        }
    }
    odd
}

/// Signed distance from (x, y) to the rings' edges: positive inside (even-odd), negative outside.
pub fn signed_distance(rings: &[Vec<(f64, f64)>], x: f64, y: f64) -> f64 {
    Rings::new(rings).signed_distance(x, y)
}

/// A run of a ring's edges: from `from` through each point of `points`, with their bounding box.
struct Run<'a> {
    from: (f64, f64),
    points: &'a [(f64, f64)],
    bbox: (f64, f64, f64, f64),
}

/// Edges a distance query visits per run: runs far from the query (and off its ray) are skipped.
const RUN: usize = 16;

/// Rings cut into runs of edges with their bounding boxes, so that a distance query skips the runs
/// (and islands) that can neither be nearer than the nearest edge found so far nor cross the ray
/// cast to the right of the point: about five times fewer edges visited on a country's outline.
pub struct Rings<'a> {
    runs: Vec<Run<'a>>,
}

impl<'a> Rings<'a> {
    pub fn new(rings: &'a [Vec<(f64, f64)>]) -> Rings<'a> {
        let mut runs = Vec::new();
        for ring in rings {
            let Some(&last) = ring.last() else {
                continue;
            };
            let mut from = last;
            for points in ring.chunks(RUN) {
                let bbox = points.iter().fold(
                    (from.0, from.1, from.0, from.1),
                    |(x0, y0, x1, y1), &(x, y)| (x0.min(x), y0.min(y), x1.max(x), y1.max(y)),
                );
                runs.push(Run { from, points, bbox });
                from = points.last().copied().unwrap_or(from);
            }
        }
        Rings { runs }
    }

    /// Signed distance from (x, y) to the edges: positive inside (even-odd), negative outside.
    pub fn signed_distance(&self, x: f64, y: f64) -> f64 {
        let mut odd = false;
        let mut d2 = f64::INFINITY;
        for run in &self.runs {
            let (x0, y0, x1, y1) = run.bbox;
            let (dx, dy) = (gap(x, x0, x1), gap(y, y0, y1));
            let crosses = y >= y0 && y <= y1 && x <= x1;
            let near = dx * dx + dy * dy < d2;
            if !crosses && !near {
                continue;
            }
            let mut b = run.from;
            for &a in run.points {
                let ((xi, yi), (xj, yj)) = (a, b);
                if crosses && (yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi {
                    odd = !odd;
                }
                if near {
                    let s = segment_d2(a, b, x, y);
                    if s < d2 {
                        d2 = s;
                    }
                }
                b = a;
            }
        }
        let d = d2.sqrt();
        if odd {
            d
        } else {
            -d
        }
    }
}

/// How far `v` lies outside `lo..=hi` (0 inside). (Comparisons, not `min`/`max`: see
/// `segment_d2`.)
fn gap(v: f64, lo: f64, hi: f64) -> f64 {
    if v < lo {
        lo - v
    } else if v > hi {
        v - hi
    } else {
        0.0
    }
}

/// Signed distance to the inside of a rectangle (x0, y0, x1, y1): positive inside. (Comparisons,
/// not `min`/`max`: see `segment_d2`.)
pub fn rect_depth((x0, y0, x1, y1): (f64, f64, f64, f64), x: f64, y: f64) -> f64 {
    let least = |a: f64, b: f64| if a < b { a } else { b };
    let inner = least(least(x - x0, x1 - x), least(y - y0, y1 - y));
    if inner >= 0.0 {
        inner
    } else {
        let (dx, dy) = (gap(x, x0, x1), gap(y, y0, y1));
        -(dx * dx + dy * dy).sqrt()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_middle_of_a_square_and_the_fat_part_of_an_l() {
        let square = vec![vec![(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)]];
        let (p, d) = deepest((0.0, 0.0, 10.0, 10.0), 0.01, f64::INFINITY, |x, y| {
            signed_distance(&square, x, y)
        });
        assert!((p.0 - 5.0).abs() < 0.1 && (p.1 - 5.0).abs() < 0.1 && (d - 5.0).abs() < 0.1);
        // An L: a 40 × 10 bar and a 10 × 40 bar; the corner square is deepest-ish, never an edge.
        let l = vec![vec![
            (0.0, 0.0),
            (40.0, 0.0),
            (40.0, 10.0),
            (10.0, 10.0),
            (10.0, 40.0),
            (0.0, 40.0),
        ]];
        let (p, d) = deepest((0.0, 0.0, 40.0, 40.0), 0.1, f64::INFINITY, |x, y| {
            signed_distance(&l, x, y)
        });
        assert!(inside(&l, p.0, p.1) && d > 4.5, "{p:?} {d}");
    }

    #[test]
    fn bad_boxes_and_functions_do_not_panic() {
        let (_, d) = deepest((f64::NAN, 0.0, 1.0, 1.0), 0.1, 1.0, |_, _| 1.0);
        assert_eq!(d, f64::NEG_INFINITY);
        let (_, d) = deepest((0.0, 0.0, 1e12, 1.0), 0.1, f64::INFINITY, |_, _| f64::NAN);
        assert_eq!(d, f64::NEG_INFINITY);
        let (p, _) = deepest((3.0, 3.0, 3.0, 3.0), 0.1, 1.0, |_, _| 0.0);
        assert_eq!(p, (3.0, 3.0));
        assert_eq!(signed_distance(&[], 1.0, 1.0), -f64::INFINITY);
        assert!(rect_depth((0.0, 0.0, 2.0, 2.0), 1.0, 1.0) == 1.0);
        assert!(rect_depth((0.0, 0.0, 2.0, 2.0), 5.0, 6.0) == -5.0);
    }
}

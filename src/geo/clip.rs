//! Cutting what is drawn to the map's box. plotters' drawing area squashes every point beyond its
//! edge onto the edge, which distorts whatever a zoomed-in map draws across it (fills bulge,
//! outlines and hatching fan out from the corners): rings, paths and segments are cut to the box
//! in `f64` first, and untouched when they lie inside it.

type Rect = (f64, f64, f64, f64);

/// The part of the segment a–b inside the rectangle (x0, y0, x1, y1) (Liang–Barsky), if any.
pub fn clip_segment(
    a: (f64, f64),
    b: (f64, f64),
    (x0, y0, x1, y1): (f64, f64, f64, f64),
) -> Option<((f64, f64), (f64, f64))> {
    if ![a.0, a.1, b.0, b.1].iter().all(|v| v.is_finite()) {
        return None;
    }
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let (mut t0, mut t1) = (0.0f64, 1.0f64);
    for (p, q) in [
        (-dx, a.0 - x0),
        (dx, x1 - a.0),
        (-dy, a.1 - y0),
        (dy, y1 - a.1),
    ] {
        if p == 0.0 {
            if q < 0.0 {
                return None;
            }
        } else {
            let r = q / p;
            if p < 0.0 {
                t0 = t0.max(r);
            } else {
                t1 = t1.min(r);
            }
        }
    }
    (t0 <= t1).then_some((
        (a.0 + t0 * dx, a.1 + t0 * dy),
        (a.0 + t1 * dx, a.1 + t1 * dy),
    ))
}

/// Whether every point of the ring lies inside the box (the common case: nothing to cut).
fn within(ring: &[(f64, f64)], (x0, y0, x1, y1): Rect) -> bool {
    ring.iter()
        .all(|&(x, y)| x >= x0 && x <= x1 && y >= y0 && y <= y1)
}

/// A ring (closed implicitly) cut to the box for filling (Sutherland–Hodgman: exact for any ring
/// against a rectangle, up to zero-width slivers along the box's edge that fill nothing).
pub fn clip_ring(ring: &[(f64, f64)], rect: Rect) -> Vec<(f64, f64)> {
    if within(ring, rect) {
        return ring.to_vec();
    }
    let (x0, y0, x1, y1) = rect;
    // Each edge of the box: inside test and the crossing of segment a–b with it.
    type Inside = fn((f64, f64), f64) -> bool;
    let edges: [(Inside, f64, bool); 4] = [
        (|p, v| p.0 >= v, x0, true),
        (|p, v| p.0 <= v, x1, true),
        (|p, v| p.1 >= v, y0, false),
        (|p, v| p.1 <= v, y1, false),
    ];
    let mut out: Vec<(f64, f64)> = ring.to_vec();
    for (inside, v, vertical) in edges {
        let input = std::mem::take(&mut out);
        let Some(&last) = input.last() else {
            return Vec::new();
        };
        let cross = |a: (f64, f64), b: (f64, f64)| {
            if vertical {
                let t = (v - a.0) / (b.0 - a.0);
                (v, a.1 + t * (b.1 - a.1))
            } else {
                let t = (v - a.1) / (b.1 - a.1);
                (a.0 + t * (b.0 - a.0), v)
            }
        };
        let mut prev = last;
        for &p in &input {
            match (inside(p, v), inside(prev, v)) {
                (true, true) => out.push(p),
                (true, false) => {
                    out.push(cross(prev, p));
                    out.push(p);
                }
                (false, true) => out.push(cross(prev, p)),
                (false, false) => {}
            }
            prev = p;
        }
    }
    out
}

/// A ring's outline (closed implicitly) cut to the box, as the polylines that remain inside.
pub fn clip_outline(ring: &[(f64, f64)], rect: Rect) -> Vec<Vec<(f64, f64)>> {
    if within(ring, rect) {
        let mut closed = ring.to_vec();
        if let Some(&first) = ring.first() {
            closed.push(first);
        }
        return vec![closed];
    }
    let mut out: Vec<Vec<(f64, f64)>> = Vec::new();
    let Some(&last) = ring.last() else {
        return out;
    };
    let mut prev = last;
    for &p in ring {
        if let Some((a, b)) = clip_segment(prev, p, rect) {
            match out.last_mut() {
                // Continue the current polyline when this piece starts where it ended.
                Some(line) if line.last() == Some(&a) => line.push(b),
                _ => out.push(vec![a, b]),
            }
        }
        prev = p;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_are_clipped_to_the_box() {
        let r = (0.0, 0.0, 10.0, 10.0);
        assert_eq!(
            clip_segment((-5.0, 5.0), (15.0, 5.0), r),
            Some(((0.0, 5.0), (10.0, 5.0)))
        );
        assert_eq!(clip_segment((-5.0, -5.0), (-1.0, 20.0), r), None);
        assert_eq!(
            clip_segment((2.0, 2.0), (3.0, 3.0), r),
            Some(((2.0, 2.0), (3.0, 3.0)))
        );
        assert_eq!(clip_segment((f64::NAN, 0.0), (1.0, 1.0), r), None);
    }

    #[test]
    fn rings_and_outlines_are_cut_to_the_box() {
        let r = (0.0, 0.0, 10.0, 10.0);
        let inside = vec![(1.0, 1.0), (9.0, 1.0), (5.0, 9.0)];
        assert_eq!(clip_ring(&inside, r), inside);
        assert_eq!(clip_outline(&inside, r).len(), 1);
        // A big triangle over the corner: the fill stays within the box.
        let big = vec![(-100.0, -100.0), (5.0, 5.0), (5.0, -100.0)];
        let cut = clip_ring(&big, r);
        assert!(!cut.is_empty());
        assert!(cut
            .iter()
            .all(|&(x, y)| (0.0..=10.0).contains(&x) && (0.0..=10.0).contains(&y)));
        // Its outline keeps only the parts inside: no line along the box's edge.
        for line in clip_outline(&big, r) {
            for &(x, y) in &line {
                assert!((0.0..=10.0).contains(&x) && (0.0..=10.0).contains(&y));
            }
        }
        assert!(clip_ring(&[(-5.0, -5.0), (-1.0, -5.0), (-1.0, -1.0)], r).is_empty());
        assert!(clip_ring(&[], r).is_empty());
    }
}

//! Diagonal hatching clipped to a country's rings: the segments of the lines `x + y = k` (every
//! `spacing` px) that lie inside the rings by the even-odd rule. A second cue besides colour, so the
//! statuses that matter most stay distinct in greyscale and for colour-blind readers.

/// Segments ((x0, y0), (x1, y1)) in the rings' coordinates. `phase` shifts the lines so adjacent
/// countries' hatches do not look like one.
pub fn hatch(rings: &[Vec<(f64, f64)>], spacing: f64, phase: f64) -> Vec<((f64, f64), (f64, f64))> {
    if !(spacing.is_finite() && spacing > 0.5) {
        return Vec::new();
    }
    let (mut lo, mut hi) = (f64::MAX, f64::MIN);
    for &(x, y) in rings.iter().flatten() {
        lo = lo.min(x + y);
        hi = hi.max(x + y);
    }
    if lo > hi || (hi - lo) / spacing > 10_000.0 {
        return Vec::new();
    }
    let step = spacing * std::f64::consts::SQRT_2;
    // `phase` modulo `step` by floor, not `rem_euclid`: f64's remainder brings libm's fmod (and
    // 128-bit division) into the first wasm module for this one line.
    let mut k = (lo / step).floor() * step + (phase - step * (phase / step).floor());
    let mut out = Vec::new();
    let mut xs: Vec<f64> = Vec::new();
    while k <= hi {
        xs.clear();
        for ring in rings {
            let n = ring.len();
            for i in 0..n {
                let (p, q) = (ring[i], ring[(i + 1) % n]);
                let (fp, fq) = (p.0 + p.1 - k, q.0 + q.1 - k);
                // Half-open test so a vertex on the line is counted once.
                if (fp > 0.0) != (fq > 0.0) {
                    let t = fp / (fp - fq);
                    xs.push(p.0 + t * (q.0 - p.0));
                }
            }
        }
        // A few crossings per scanline: an insertion sort, not another copy of the slice sort
        // (see crate::sort).
        for i in 1..xs.len() {
            let mut j = i;
            while j > 0 && xs[j - 1].total_cmp(&xs[j]).is_gt() {
                xs.swap(j - 1, j);
                j -= 1;
            }
        }
        for pair in xs.chunks_exact(2) {
            out.push(((pair[0], k - pair[0]), (pair[1], k - pair[1])));
        }
        k += step;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hatches_a_square_inside_its_bounds() {
        let square = vec![vec![(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)]];
        let segs = hatch(&square, 2.0, 0.0);
        assert!(segs.len() >= 6, "{}", segs.len());
        for ((x0, y0), (x1, y1)) in segs {
            for v in [x0, y0, x1, y1] {
                assert!((-1e-9..=10.0 + 1e-9).contains(&v), "{v}");
            }
        }
    }

    #[test]
    fn a_hole_stays_unhatched() {
        let ring = vec![
            vec![(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)],
            vec![(4.0, 4.0), (6.0, 4.0), (6.0, 6.0), (4.0, 6.0)],
        ];
        for ((x0, y0), (x1, y1)) in hatch(&ring, 1.0, 0.3) {
            let (mx, my) = ((x0 + x1) / 2.0, (y0 + y1) / 2.0);
            assert!(
                !((4.01..5.99).contains(&mx) && (4.01..5.99).contains(&my)),
                "segment through the hole"
            );
        }
    }

    #[test]
    fn degenerate_input_gives_nothing() {
        assert!(hatch(&[], 4.0, 0.0).is_empty());
        assert!(hatch(&[vec![(0.0, 0.0), (1.0, 1.0)]], 0.0, 0.0).is_empty());
        assert!(hatch(&[vec![(0.0, 0.0), (1e9, 1e9), (0.0, 1e9)]], 1.0, 0.0).is_empty());
    }
}

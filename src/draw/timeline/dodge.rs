//! Packing pledges into an actor's row (or the pledge lane): markers on the same or nearby days
//! pushed apart sideways to a full tap target each, centred on their days, inside the time area.

use super::items::Item;
use super::layout::{Geometry, Placed, TARGET};
use super::window::{within, TimeWindow};
use crate::model::PledgeKind;

/// Dodged packing of `members` into rows from `top`, in a band at least `min_h` tall; returns
/// the number of rows. Same-day markers sit side by side, a tap target apart, each group centred
/// on its day as far as its neighbours allow. Markers that cannot all fit across the time area
/// at a target apart are dealt round into as many rows as needed (a phone in the by-kind view).
pub(crate) fn dodge<'a>(
    items: &[Item<'a>],
    members: &[usize],
    geo: &Geometry,
    window: TimeWindow,
    top: f64,
    min_h: f64,
    placed: &mut Vec<Placed<'a>>,
) -> usize {
    let area = (geo.left, geo.right);
    let (lo, hi) = (geo.left + TARGET / 2.0, geo.right - TARGET / 2.0);
    let x = |d: i64| window.x_of(d as f64, area);
    let mut want: Vec<(f64, usize)> = members
        .iter()
        .filter_map(|&i| {
            let it = items.get(i)?;
            window
                .shows(it.first, it.last)
                .then(|| (within(x(it.first), lo, hi), i))
        })
        .collect();
    // Same day: in legend order of kind, so a row reads the same way on every day.
    let order = |i: usize| {
        items
            .get(i)
            .and_then(|it| it.pledge_kind)
            .and_then(|k| PledgeKind::ALL.iter().position(|x| *x == k))
    };
    crate::sort::sort_by(&mut want, |a, b| {
        a.0.total_cmp(&b.0).then(order(a.1).cmp(&order(b.1)))
    });
    let fit = (((hi - lo) / TARGET).floor() as usize)
        .saturating_add(1)
        .max(1);
    let rows = want.len().div_ceil(fit).max(1);
    let h = (rows as f64 * geo.row_h).max(min_h);
    let mut row: Vec<(f64, usize)> = Vec::with_capacity(fit.min(want.len()));
    for r in 0..rows {
        let y = if rows == 1 {
            top + h / 2.0
        } else {
            top + r as f64 * geo.row_h + geo.row_h / 2.0
        };
        row.clear();
        row.extend(want.iter().skip(r).step_by(rows).copied());
        for ((_, i), mx) in row.iter().zip(spread(&row, lo, hi)) {
            let Some(it) = items.get(*i) else { continue };
            let bar = (it.last > it.first).then(|| {
                (
                    within(x(it.first), geo.left, geo.right),
                    within(x(it.last), geo.left, geo.right),
                )
            });
            placed.push(Placed {
                item: *i,
                x: mx,
                x_end: mx,
                y,
                bar,
                link: None,
                cut: (false, false),
                label: None,
                note_at: None,
                number: 0,
            });
        }
    }
    rows
}

/// x for each wanted x (sorted), a target apart, within `lo..=hi`: neighbours closer than a target
/// form clusters centred on the mean of their wanted x.
fn spread(want: &[(f64, usize)], lo: f64, hi: f64) -> Vec<f64> {
    let s = TARGET;
    // Clusters: (count, sum of wanted x).
    let mut clusters: Vec<(usize, f64)> = Vec::new();
    let start = |c: (usize, f64)| c.1 / c.0 as f64 - (c.0 as f64 - 1.0) * s / 2.0;
    for (wx, _) in want {
        clusters.push((1, *wx));
        while let [.., p, c] = clusters[..] {
            if start(p) + p.0 as f64 * s <= start(c) {
                break;
            }
            clusters.truncate(clusters.len() - 2);
            clusters.push((p.0 + c.0, p.1 + c.1));
        }
    }
    let mut xs: Vec<f64> = Vec::with_capacity(want.len());
    for c in &clusters {
        let a = start(*c);
        xs.extend((0..c.0).map(|k| a + k as f64 * s));
    }
    // Inside the time area: pushed right from the left edge, then left from the right.
    let n = xs.len();
    for (k, v) in xs.iter_mut().enumerate() {
        *v = v.max(lo + k as f64 * s);
    }
    for (k, v) in xs.iter_mut().enumerate() {
        *v = v.min(hi - (n - 1 - k) as f64 * s);
    }
    xs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn xs(want: &[f64], lo: f64, hi: f64) -> Vec<f64> {
        let w: Vec<(f64, usize)> = want.iter().map(|x| (*x, 0)).collect();
        spread(&w, lo, hi)
    }

    #[test]
    fn same_day_markers_sit_side_by_side_centred_on_their_day() {
        let got = xs(&[100.0, 100.0, 100.0], 0.0, 1000.0);
        assert_eq!(got, [100.0 - TARGET, 100.0, 100.0 + TARGET]);
        // Far apart: each stays on its day.
        assert_eq!(xs(&[100.0, 300.0], 0.0, 1000.0), [100.0, 300.0]);
    }

    #[test]
    fn neighbours_push_apart_and_stay_inside_the_area() {
        // Two on one day and one on the next, 30 px on: one cluster, a target apart.
        let got = xs(&[100.0, 100.0, 130.0], 0.0, 1000.0);
        for w in got.windows(2) {
            assert!(w[1] - w[0] >= TARGET - 1e-9, "{got:?}");
        }
        // Crowded against an edge: shifted in, still a target apart.
        let got = xs(&[0.0, 0.0, 0.0, 0.0], 12.0, 1000.0);
        assert_eq!(got[0], 12.0);
        assert!(got.windows(2).all(|w| (w[1] - w[0] - TARGET).abs() < 1e-9));
        let got = xs(&[990.0, 995.0], 0.0, 988.0);
        assert_eq!(got, [988.0 - TARGET, 988.0]);
    }
}

//! Packing pledges into an actor's row (or the pledge lane): markers on the same or nearby days
//! pushed apart sideways to a full tap target each, centred on their days, inside the time area;
//! many look-alikes on one day stacked into one counted marker (`stack`).

use super::items::Item;
use super::layout::{Geometry, Placed, TARGET};
use super::stack::{badge_room, kind_index, stacks};
use super::MarkerKind;
use crate::model::PledgeKind;
use crate::view::{within, TimeWindow};

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
    // Only what the window shows is laid out; look-alikes on one day become one counted marker.
    let shown: Vec<usize> = members
        .iter()
        .copied()
        .filter(|&i| {
            items
                .get(i)
                .is_some_and(|it| window.shows(it.first, it.last))
        })
        .collect();
    let entries = stacks(items, &shown, |it| {
        (
            (it.first, it.last, 0),
            (
                kind_index(&PledgeKind::ALL, it.pledge_kind),
                it.certainty as u8,
            ),
            it.exact,
            // Listings look alike by lister (their label), not by the actor each lists.
            if it.kind == MarkerKind::Listing {
                None
            } else {
                it.actor
            },
            if it.kind == MarkerKind::Listing {
                it.label
            } else {
                None
            },
        )
    });
    // (wanted x, item, the rest of its stack, room for its count)
    let mut want: Vec<(f64, usize, Vec<usize>, f64)> = entries
        .into_iter()
        .filter_map(|(i, rest)| {
            let it = items.get(i)?;
            let room = badge_room(rest.len() + 1, geo.type_px);
            Some((within(x(it.first), lo, hi), i, rest, room))
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
    // Rows enough for every marker (and count) a target apart: with no stacks, ⌈n / fit⌉.
    let needed: f64 = want.iter().map(|w| TARGET + w.3).sum();
    let rows = ((needed / (fit as f64 * TARGET) - 1e-9).ceil() as usize)
        .min(want.len())
        .max(1);
    let h = (rows as f64 * geo.row_h).max(min_h);
    let mut row: Vec<(f64, f64)> = Vec::with_capacity(fit.min(want.len()));
    for r in 0..rows {
        let y = if rows == 1 {
            top + h / 2.0
        } else {
            top + r as f64 * geo.row_h + geo.row_h / 2.0
        };
        let dealt: Vec<&(f64, usize, Vec<usize>, f64)> =
            want.iter().skip(r).step_by(rows).collect();
        row.clear();
        row.extend(dealt.iter().map(|w| (w.0, w.3)));
        for (w, mx) in dealt.iter().zip(spread_with(&row, lo, hi)) {
            // A stack's count may not fit a very narrow axis (under 120 px of time): its marker
            // stays on the axis all the same.
            let mx = within(mx, lo, hi);
            let Some(it) = items.get(w.1) else { continue };
            let bar = (it.last > it.first).then(|| {
                (
                    within(x(it.first), geo.left, geo.right),
                    within(x(it.last), geo.left, geo.right),
                )
            });
            placed.push(Placed {
                item: w.1,
                x: mx,
                x_end: mx,
                y,
                bar,
                link: None,
                cut: (false, false),
                label: None,
                note_at: None,
                number: 0,
                stack: w.2.clone(),
                count_before: None,
            });
        }
    }
    rows
}

/// x for each wanted x (sorted), a target apart, within `lo..=hi`: neighbours closer than a target
/// form clusters centred on the mean of their wanted x.
#[cfg(test)]
fn spread(want: &[(f64, usize)], lo: f64, hi: f64) -> Vec<f64> {
    let w: Vec<(f64, f64)> = want.iter().map(|(x, _)| (*x, 0.0)).collect();
    spread_with(&w, lo, hi)
}

/// As `spread`, for markers each with `extra` px of room right of its target (a stack's count):
/// each marker's x for its (wanted x, extra), sorted by wanted x; a marker and the next are its
/// target plus its extra apart, and the last one's extra stays inside `hi` + half a target.
fn spread_with(want: &[(f64, f64)], lo: f64, hi: f64) -> Vec<f64> {
    let s = TARGET;
    // Clusters: count, sum of wanted x, sum of each marker's offset from the cluster's first, and
    // the cluster's width (the sum of its markers' steps).
    #[derive(Clone, Copy)]
    struct Cluster {
        n: usize,
        want: f64,
        offsets: f64,
        width: f64,
    }
    let start = |c: Cluster| (c.want - c.offsets) / c.n as f64;
    let mut clusters: Vec<Cluster> = Vec::new();
    for (wx, extra) in want {
        clusters.push(Cluster {
            n: 1,
            want: *wx,
            offsets: 0.0,
            width: s + extra,
        });
        while let [.., p, c] = clusters[..] {
            if start(p) + p.width <= start(c) {
                break;
            }
            clusters.truncate(clusters.len() - 2);
            clusters.push(Cluster {
                n: p.n + c.n,
                want: p.want + c.want,
                offsets: p.offsets + c.offsets + c.n as f64 * p.width,
                width: p.width + c.width,
            });
        }
    }
    let mut xs: Vec<f64> = Vec::with_capacity(want.len());
    let mut steps = want.iter().map(|(_, extra)| s + extra);
    for c in &clusters {
        let mut at = start(*c);
        for _ in 0..c.n {
            xs.push(at);
            at += steps.next().unwrap_or(s);
        }
    }
    // Inside the time area: pushed right from the left edge, then left from the right.
    let mut before = 0.0;
    for (v, (_, extra)) in xs.iter_mut().zip(want) {
        *v = v.max(lo + before);
        before += s + extra;
    }
    let mut after = 0.0;
    for (v, (_, extra)) in xs.iter_mut().zip(want).rev() {
        after += s + extra;
        *v = v.min(hi + s - after);
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

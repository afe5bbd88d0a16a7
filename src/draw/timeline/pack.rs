//! Packing events into rows: first the markers alone (the fewest rows that hold them), then each
//! title whole beside its marker (on its range bar, right or left), most important first, else a
//! number beside the marker; never a title cut.

use super::items::Item;
use super::layout::{Geometry, Label, Placed, Side, LABEL_GAP, TARGET};
use super::stack::{badge_room, kind_index, stacks};
use super::text::label_width;
use crate::model::EventKind;
use crate::view::{within, TimeWindow};

/// Labelled packing of `members` into rows from `top`; returns the number of rows.
///
/// First the markers alone, in order of their first day, each into the first row where it fits:
/// the fewest rows that hold them. Then titles, most important first: in the item's own row if
/// there is room (on its range bar, right, or left), else the item moves to another row where
/// marker and title fit, else to a new row while `extra_rows` allow, else it keeps no title.
pub(crate) fn pack_labelled<'a>(
    items: &[Item<'a>],
    members: &[usize],
    geo: &Geometry,
    window: TimeWindow,
    extra_rows: usize,
    top: f64,
    placed: &mut Vec<Placed<'a>>,
) -> usize {
    let area = (geo.left, geo.right);
    let x = |d: i64| within(window.x_of(d as f64, area), geo.left, geo.right);
    let half = TARGET / 2.0;
    // Events in view; a disputed date goes with its conference.
    let mut order: Vec<usize> = members
        .iter()
        .copied()
        .filter(|&i| {
            items.get(i).is_some_and(|it| {
                let (a, b) = it.extent();
                it.parent.is_none() && window.shows(a, b)
            })
        })
        .collect();
    crate::sort::sort_by_key(&mut order, |&i| items.get(i).map(|it| it.extent()));
    // Look-alikes (one title, kind and days) become one counted marker: at 100× the data a
    // conference's copies would otherwise fill a hundred rows.
    let entries = stacks(items, &order, |it| {
        (
            (it.first, it.last, it.disputed_day.unwrap_or(i64::MIN)),
            (kind_index(&EventKind::ALL, it.event_kind), 0),
            it.exact,
            None,
            it.label,
        )
    });
    let order: Vec<usize> = entries.iter().map(|e| e.0).collect();
    let rest: Vec<Vec<usize>> = entries.into_iter().map(|e| e.1).collect();
    // The room right of each marker for its count.
    let extra: Vec<f64> = rest
        .iter()
        .map(|r| badge_room(r.len() + 1, geo.type_px))
        .collect();
    // The count goes right of the marker, or left of it where the right has no room (an item
    // on the window's last day): `(left, right)` room per entry.
    let room: Vec<(f64, f64)> = order
        .iter()
        .zip(&extra)
        .map(|(&i, &e)| {
            let end = items.get(i).map_or(0.0, |it| x(it.extent().1));
            if end + geo.r + 2.0 + e > geo.width - 2.0 {
                (e, 0.0)
            } else {
                (0.0, e)
            }
        })
        .collect();
    let left_of = |k: usize| room.get(k).map_or(0.0, |r| r.0);
    let extra_of = |k: usize| room.get(k).map_or(0.0, |r| r.1);
    // Occupied spans per row, each with the item that holds it.
    let mut rows: Vec<Vec<(f64, f64, usize)>> = Vec::new();
    // Per member (by position in `order`): row, marker span, title.
    let mut row_of: Vec<usize> = Vec::with_capacity(order.len());
    let marker_span = |it: &Item, k: usize| {
        let (a, b) = it.extent();
        (x(a) - half - left_of(k), x(b) + half + extra_of(k))
    };
    let fits = |row: &[(f64, f64, usize)], span: (f64, f64), me: usize| {
        row.iter()
            .all(|&(a, b, who)| who == me || span.1 + 2.0 <= a || span.0 >= b + 2.0)
    };
    for (k, &i) in order.iter().enumerate() {
        let Some(it) = items.get(i) else { continue };
        let span = marker_span(it, k);
        let r = rows
            .iter()
            .position(|row| fits(row, span, i))
            .unwrap_or(rows.len());
        if r == rows.len() {
            rows.push(Vec::new());
        }
        if let Some(row) = rows.get_mut(r) {
            row.push((span.0, span.1, i));
        }
        row_of.push(r);
    }
    let cap = rows.len().saturating_add(extra_rows);
    // Titles are placed in order of importance: conferences (the story's spine) first, then
    // single days (which need room beside them) before ranges (whose titles can sit on the bar).
    let mut by_importance: Vec<usize> = (0..order.len()).collect();
    crate::sort::sort_by_key(&mut by_importance, |&k| {
        order.get(k).and_then(|&i| items.get(i)).map(|it| {
            (
                it.event_kind != Some(EventKind::Conference),
                it.last > it.first,
                it.extent(),
            )
        })
    });
    let mut titles: Vec<Option<(f64, f64, Side)>> = vec![None; order.len()];
    for k in by_importance {
        let (Some(&i), Some(&own)) = (order.get(k), row_of.get(k)) else {
            continue;
        };
        let Some(it) = items.get(i) else { continue };
        let Some(title) = it.label else { continue };
        let marker = marker_span(it, k);
        let (a, b) = it.extent();
        let (x0, x1) = (x(a), x(b));
        let (sx, ex) = (x(it.first), x(it.last));
        // Where the title may go: on its own bar (a range long enough), right, or left.
        let w = label_width(title, geo.type_px);
        let mut sides: [Option<(f64, f64, Side)>; 3] = [None, None, None];
        let (ia, ib) = (sx + geo.r + LABEL_GAP, ex - geo.r - LABEL_GAP);
        if ib - ia >= w + 8.0 {
            let mid = (ia + ib) / 2.0;
            sides[0] = Some((mid - w / 2.0, mid + w / 2.0, Side::On));
        }
        let start = x1 + geo.r + LABEL_GAP + extra_of(k);
        if start + w <= geo.width - 4.0 {
            sides[1] = Some((start, start + w, Side::After));
        }
        let end = x0 - geo.r - LABEL_GAP - left_of(k);
        if end - w >= geo.left + 2.0 {
            sides[2] = Some((end - w, end, Side::Before));
        }
        let union = |s: &(f64, f64, Side)| (marker.0.min(s.0), marker.1.max(s.1));
        let in_row = |rows: &Vec<Vec<(f64, f64, usize)>>, r: usize| {
            let row = rows.get(r)?;
            sides
                .iter()
                .flatten()
                .find(|s| fits(row, union(s), i))
                .copied()
        };
        let mut choice = in_row(&rows, own).map(|s| (own, s));
        if choice.is_none() {
            choice = (0..rows.len())
                .filter(|&r| r != own)
                .find_map(|r| in_row(&rows, r).map(|s| (r, s)));
        }
        if choice.is_none() && rows.len() < cap {
            choice = sides.iter().flatten().next().map(|s| (rows.len(), *s));
        }
        let Some((r, side)) = choice else { continue };
        // Move the item (its marker span) to row `r` and add its title there.
        for row in rows.iter_mut() {
            row.retain(|&(_, _, who)| who != i);
        }
        while rows.len() <= r {
            rows.push(Vec::new());
        }
        if let Some(row) = rows.get_mut(r) {
            let (a, b) = union(&side);
            row.push((a, b, i));
        }
        if let Some(slot) = row_of.get_mut(k) {
            *slot = r;
        }
        if let Some(slot) = titles.get_mut(k) {
            *slot = Some(side);
        }
    }
    // A title that fits nowhere yields to a number beside its marker, in its own row.
    let mut numbers: Vec<Option<(f64, Side)>> = vec![None; order.len()];
    let nw = label_width("00", geo.type_px - 1.0);
    for (k, &i) in order.iter().enumerate() {
        let Some(it) = items.get(i) else { continue };
        if it.label.is_none() || titles.get(k).copied().flatten().is_some() {
            continue;
        }
        let (a, b) = it.extent();
        let (x0, x1) = (x(a), x(b));
        let after = (
            x1 + geo.r + 3.0 + extra_of(k),
            x1 + geo.r + 3.0 + extra_of(k) + nw,
        );
        let before = (
            x0 - geo.r - 3.0 - left_of(k) - nw,
            x0 - geo.r - 3.0 - left_of(k),
        );
        let r = row_of.get(k).copied().unwrap_or(0);
        let Some(row) = rows.get_mut(r) else { continue };
        // On its own range bar where the bar is long enough, else beside the marker.
        let (sx, ex) = (x(it.first), x(it.last));
        let mid = (sx + ex) / 2.0;
        let on = (ex - sx >= 2.0 * geo.r + nw + 10.0)
            .then_some(((mid - nw / 2.0, mid + nw / 2.0), Side::On));
        let slot = on
            .into_iter()
            .chain([(after, Side::After), (before, Side::Before)])
            .filter(|(span, _)| span.0 >= geo.left + 1.0 && span.1 <= geo.width - 2.0)
            .find(|(span, _)| fits(row, *span, i));
        if let Some((span, side)) = slot {
            row.push((span.0, span.1, i));
            let at = match side {
                Side::After => span.0,
                Side::Before => span.1,
                Side::On => mid,
            };
            if let Some(n) = numbers.get_mut(k) {
                *n = Some((at, side));
            }
        }
    }
    // (parent, child) for the disputed dates: a few, against thousands of items at scale.
    let children_of: Vec<(usize, usize)> = items
        .iter()
        .enumerate()
        .filter_map(|(j, d)| d.parent.map(|p| (p, j)))
        .collect();
    let row_y = |r: usize| top + r as f64 * geo.row_h + geo.row_h / 2.0;
    for (k, &i) in order.iter().enumerate() {
        let Some(it) = items.get(i) else { continue };
        let y = row_y(row_of.get(k).copied().unwrap_or(0));
        let (sx, ex) = (x(it.first), x(it.last));
        let title = titles.get(k).copied().flatten();
        let (a, b) = window.extent();
        placed.push(Placed {
            item: i,
            x: sx,
            x_end: ex.max(sx),
            y,
            bar: None,
            link: None,
            cut: ((it.first as f64) < a, (it.last as f64) > b),
            label: title.zip(it.label).map(|((s, e, side), text)| Label {
                text,
                x: match side {
                    Side::Before => e,
                    Side::After => s,
                    Side::On => (s + e) / 2.0,
                },
                y,
                side,
            }),
            note_at: numbers.get(k).copied().flatten(),
            number: 0,
            stack: rest.get(k).cloned().unwrap_or_default(),
            count_before: (left_of(k) > 0.0).then(|| x(it.extent().0) - geo.r - 2.0),
        });
        // The conference's other claimed day, on its row, linked to it; a stack's conferences'
        // other days stacked on the first one's.
        let in_view = |j: &usize| {
            items
                .get(*j)
                .is_some_and(|d| window.shows(d.first, d.first))
        };
        let children = |of: usize| {
            children_of
                .iter()
                .filter(move |(parent, _)| *parent == of)
                .map(|(_, j)| *j)
                .filter(in_view)
        };
        let mut stacked: Vec<usize> = rest
            .get(k)
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .flat_map(|&o| children(o))
            .collect();
        for (n, j) in children(i).enumerate() {
            let Some(d) = items.get(j) else { continue };
            placed.push(Placed {
                item: j,
                x: x(d.first),
                x_end: x(d.first),
                y,
                bar: None,
                link: Some(sx),
                cut: (false, false),
                label: None,
                note_at: None,
                number: 0,
                stack: if n == 0 {
                    std::mem::take(&mut stacked)
                } else {
                    Vec::new()
                },
                count_before: None,
            });
        }
    }
    // Rows a move emptied are dropped: count the rows still used.
    rows.iter()
        .rposition(|r| !r.is_empty())
        .map_or(0, |r| r + 1)
}

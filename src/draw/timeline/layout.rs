//! Where everything goes, in CSS px, before anything is drawn: bands (the events, then a row per
//! pledging actor; or a lane per kind), rows within them, markers, whole labels, the axis and the
//! legend. Pure, so the page can size its canvas, hit-test and map pointer positions to days from
//! the same numbers the drawing used.
//!
//! Two packings. *Labelled* (events): each item takes the first row where its marker, and its
//! title beside it (right, else left), fit without touching anything else; a title that fits
//! nowhere is left out whole (hover and focus still give it), never cut. *Dodged* (a pledge row):
//! one row, markers on the same or nearby days pushed apart sideways to a full tap target each
//! and centred on their days.

use super::items::Item;
use super::legend::{self, Entry};
use super::text::{label_width, widest_word, wrap};
use super::window::{within, TimeWindow};
use super::{MarkerKind, TimelineMode, TimelineView};
use crate::dataset::Index;
use crate::model::{EventKind, PledgeKind};

/// At or below this width (CSS px) the phone layout: smaller type, a narrower name column whose
/// names wrap, a legend that wraps sooner.
pub const PHONE: f64 = 480.0;
/// The smallest tap target (CSS px): markers in a row are at least this far apart, and so are rows.
pub const TARGET: f64 = 24.0;
const TOP: f64 = 6.0;
const AXIS_H: f64 = 22.0;
const RIGHT_MARGIN: f64 = 14.0;
/// Space between a marker's edge and its label.
const LABEL_GAP: f64 = 5.0;

/// Sizes that depend on the width.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Geometry {
    pub width: f64,
    pub type_px: f64,
    /// Marker radius.
    pub r: f64,
    pub row_h: f64,
    /// The time area, left to right.
    pub left: f64,
    pub right: f64,
}

impl Geometry {
    pub fn line_h(&self) -> f64 {
        self.type_px + 3.0
    }
}

/// A band: a caption at the left and one or more rows.
pub(crate) struct Band<'a> {
    pub caption: Vec<&'a str>,
    /// The actor whose row this is (by-actor view), lifted when that actor is emphasised.
    pub actor: Option<&'a str>,
    pub top: f64,
    pub bottom: f64,
    /// The y of the caption's first line.
    pub caption_y: f64,
}

/// Where a title sits relative to its marker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Side {
    /// Left of the marker, ending at `x`.
    Before,
    /// Right of the marker, starting at `x`.
    After,
    /// Centred on `x`, over the item's own range bar (on a patch of paper).
    On,
}

/// A title drawn whole beside its marker.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Label<'a> {
    pub text: &'a str,
    pub x: f64,
    pub y: f64,
    pub side: Side,
}

/// An item placed.
pub(crate) struct Placed<'a> {
    pub item: usize,
    pub x: f64,
    pub x_end: f64,
    pub y: f64,
    /// A pledge's date range drawn as a bar behind the row (its marker sits at the first day).
    pub bar: Option<(f64, f64)>,
    /// A disputed date's link to its conference's x.
    pub link: Option<f64>,
    /// Whether the range runs on past the window's start or end (no end cap drawn there: the
    /// bar runs off the edge).
    pub cut: (bool, bool),
    pub label: Option<Label<'a>>,
    /// Where a title that fits nowhere yields to its number (see [`Note`]): the number's near
    /// end and side.
    pub note_at: Option<(f64, Side)>,
    /// That number (1, 2, …, in stepping order); 0 for none.
    pub number: usize,
}

/// A line of the notes under the axis: "3 Tehran rejects US overtures", for the titles that
/// yielded to a number beside their marker. A title too long for the width wraps at spaces.
pub(crate) struct Note<'a> {
    /// The number, on an entry's first line.
    pub number: usize,
    pub text: &'a str,
    pub x: f64,
    pub y: f64,
}

pub(crate) struct Layout<'a> {
    pub items: Vec<Item<'a>>,
    pub geo: Geometry,
    pub window: TimeWindow,
    pub bands: Vec<Band<'a>>,
    /// In stepping order: by day, then top to bottom, then left to right.
    pub placed: Vec<Placed<'a>>,
    pub chart_top: f64,
    pub chart_bottom: f64,
    pub notes: Vec<Note<'a>>,
    pub legend: Vec<Entry>,
    pub height: f64,
}

impl Layout<'_> {
    pub fn area(&self) -> (f64, f64) {
        (self.geo.left, self.geo.right)
    }
    pub fn x_of(&self, day: f64) -> f64 {
        self.window.x_of(day, self.area())
    }
}

enum Packing {
    Labelled { extra_rows: usize },
    Dodged,
}

struct BandSpec<'a> {
    caption: &'a str,
    actor: Option<&'a str>,
    members: Vec<usize>,
    packing: Packing,
}

fn bands<'a>(ix: &'a Index, items: &[Item<'a>], mode: TimelineMode) -> Vec<BandSpec<'a>> {
    let events_of = |k: Option<EventKind>| -> Vec<usize> {
        (0..items.len())
            .filter(|&i| {
                items.get(i).is_some_and(|it| {
                    it.kind != MarkerKind::Pledge && (k.is_none() || it.event_kind == k)
                })
            })
            .collect()
    };
    let pledges: Vec<usize> = (0..items.len())
        .filter(|&i| items.get(i).is_some_and(|it| it.kind == MarkerKind::Pledge))
        .collect();
    let mut out = Vec::new();
    match mode {
        TimelineMode::Actor => {
            let events = events_of(None);
            if !events.is_empty() {
                // Compact: a title is drawn where it fits in the rows the markers need anyway;
                // the others yield to numbers (notes under the axis).
                out.push(BandSpec {
                    caption: "Events",
                    actor: None,
                    members: events,
                    packing: Packing::Labelled { extra_rows: 0 },
                });
            }
            // Actors in the order of their first pledge (ties: dataset order).
            let mut actors: Vec<(&str, i64)> = Vec::new();
            for &i in &pledges {
                let Some(it) = items.get(i) else { continue };
                let Some(a) = it.actor else { continue };
                match actors.iter_mut().find(|(x, _)| *x == a) {
                    Some(e) => e.1 = e.1.min(it.first),
                    None => actors.push((a, it.first)),
                }
            }
            actors.sort_by_key(|(_, first)| *first);
            for (a, _) in actors {
                out.push(BandSpec {
                    caption: ix.actor(a).map_or(a, |x| x.name.as_str()),
                    actor: Some(a),
                    members: pledges
                        .iter()
                        .copied()
                        .filter(|&i| items.get(i).is_some_and(|it| it.actor == Some(a)))
                        .collect(),
                    packing: Packing::Dodged,
                });
            }
        }
        TimelineMode::Kind => {
            for k in EventKind::ALL {
                let members = events_of(Some(k));
                if !members.is_empty() {
                    out.push(BandSpec {
                        caption: k.label(),
                        actor: None,
                        members,
                        packing: Packing::Labelled {
                            extra_rows: usize::MAX,
                        },
                    });
                }
            }
            if !pledges.is_empty() {
                out.push(BandSpec {
                    caption: "Pledges",
                    actor: None,
                    members: pledges,
                    packing: Packing::Dodged,
                });
            }
        }
    }
    out
}

/// Pledge kinds present in the data, in legend order.
pub(crate) fn pledge_kinds(ix: &Index) -> Vec<PledgeKind> {
    PledgeKind::ALL
        .into_iter()
        .filter(|k| ix.data.pledges.iter().any(|p| p.kind == *k))
        .collect()
}

/// The layout for this view at `width` CSS px; `None` for a dataset with no dates.
pub(crate) fn layout<'a>(ix: &'a Index, view: &TimelineView, width: f64) -> Option<Layout<'a>> {
    let full = TimeWindow::full(ix)?;
    let window = view.window.map_or(full, |w| w.clamp(full));
    let items = super::items::build(ix);
    let specs = bands(ix, &items, view.mode);
    let width = if width.is_finite() {
        width.max(120.0)
    } else {
        120.0
    };
    let narrow = width <= PHONE;
    let type_px = if narrow { 11.0 } else { 12.0 };
    // The name column: wide enough for every caption on one line (at most 30 % of the width);
    // on a phone, narrower, with names wrapped at spaces (never narrower than the widest word).
    let longest = specs
        .iter()
        .map(|b| label_width(b.caption, type_px))
        .fold(0.0, f64::max);
    let word = specs
        .iter()
        .map(|b| widest_word(b.caption, type_px))
        .fold(0.0, f64::max);
    let cap = if narrow { 84.0 } else { width * 0.3 };
    let column = (longest.min(cap).max(word) + 16.0).max(48.0);
    let geo = Geometry {
        width,
        type_px,
        r: if narrow { 5.5 } else { 6.0 },
        row_h: TARGET,
        left: column,
        right: (width - RIGHT_MARGIN).max(column + TARGET + 2.0),
    };
    let mut placed: Vec<Placed> = Vec::with_capacity(items.len());
    let mut out_bands = Vec::with_capacity(specs.len());
    let mut y = TOP;
    for spec in specs {
        let caption = wrap(spec.caption, type_px, column - 14.0);
        let rows = match spec.packing {
            Packing::Labelled { extra_rows } => pack_labelled(
                &items,
                &spec.members,
                &geo,
                window,
                extra_rows,
                y,
                &mut placed,
            ),
            Packing::Dodged => {
                let min_h = caption.len() as f64 * geo.line_h() + 6.0;
                dodge(&items, &spec.members, &geo, window, y, min_h, &mut placed)
            }
        };
        let caption_h = caption.len() as f64 * geo.line_h() + 6.0;
        let h = (rows.max(1) as f64 * geo.row_h).max(caption_h);
        let first_row = match spec.packing {
            Packing::Dodged if rows == 1 => y + h / 2.0,
            _ => y + geo.row_h / 2.0,
        };
        let caption_y = (first_row - (caption.len() as f64 - 1.0) * geo.line_h() / 2.0)
            .max(y + geo.line_h() / 2.0);
        out_bands.push(Band {
            caption,
            actor: spec.actor,
            top: y,
            bottom: y + h,
            caption_y,
        });
        y += h;
    }
    let chart_bottom = y;
    placed.sort_by(|a, b| {
        let day = |p: &Placed| items.get(p.item).map_or(0, |i| i.day.to_days());
        day(a)
            .cmp(&day(b))
            .then(a.y.total_cmp(&b.y))
            .then(a.x.total_cmp(&b.x))
    });
    let mut n = 0usize;
    for p in placed.iter_mut().filter(|p| p.note_at.is_some()) {
        n += 1;
        p.number = n;
    }
    let (notes, notes_bottom) = notes(&items, &placed, &geo, chart_bottom + AXIS_H + 2.0);
    let (legend, legend_bottom) = legend::entries(&pledge_kinds(ix), &geo, notes_bottom + 4.0);
    Some(Layout {
        items,
        geo,
        window,
        bands: out_bands,
        placed,
        chart_top: TOP,
        chart_bottom,
        notes,
        legend,
        height: legend_bottom + 6.0,
    })
}

/// Labelled packing of `members` into rows from `top`; returns the number of rows.
///
/// First the markers alone, in order of their first day, each into the first row where it fits:
/// the fewest rows that hold them. Then titles, most important first: in the item's own row if
/// there is room (on its range bar, right, or left), else the item moves to another row where
/// marker and title fit, else to a new row while `extra_rows` allow, else it keeps no title.
fn pack_labelled<'a>(
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
    order.sort_by_key(|&i| items.get(i).map(|it| it.extent()));
    // Occupied spans per row, each with the item that holds it.
    let mut rows: Vec<Vec<(f64, f64, usize)>> = Vec::new();
    // Per member (by position in `order`): row, marker span, title.
    let mut row_of: Vec<usize> = Vec::with_capacity(order.len());
    let marker_span = |it: &Item| {
        let (a, b) = it.extent();
        (x(a) - half, x(b) + half)
    };
    let fits = |row: &[(f64, f64, usize)], span: (f64, f64), me: usize| {
        row.iter()
            .all(|&(a, b, who)| who == me || span.1 + 2.0 <= a || span.0 >= b + 2.0)
    };
    for &i in &order {
        let Some(it) = items.get(i) else { continue };
        let span = marker_span(it);
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
    by_importance.sort_by_key(|&k| {
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
        let marker = marker_span(it);
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
        let start = x1 + geo.r + LABEL_GAP;
        if start + w <= geo.width - 4.0 {
            sides[1] = Some((start, start + w, Side::After));
        }
        let end = x0 - geo.r - LABEL_GAP;
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
        let after = (x1 + geo.r + 3.0, x1 + geo.r + 3.0 + nw);
        let before = (x0 - geo.r - 3.0 - nw, x0 - geo.r - 3.0);
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
        });
        // The conference's other claimed day, on its row, linked to it.
        let in_view = |d: &Item| window.shows(d.first, d.first);
        for (j, d) in items
            .iter()
            .enumerate()
            .filter(|(_, d)| d.parent == Some(i) && in_view(d))
        {
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
            });
        }
    }
    // Rows a move emptied are dropped: count the rows still used.
    rows.iter()
        .rposition(|r| !r.is_empty())
        .map_or(0, |r| r + 1)
}

/// Dodged packing of `members` into rows from `top`, in a band at least `min_h` tall; returns
/// the number of rows. Same-day markers sit side by side, a tap target apart, each group centred
/// on its day as far as its neighbours allow. Markers that cannot all fit across the time area
/// at a target apart are dealt round into as many rows as needed (a phone in the by-kind view).
fn dodge<'a>(
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
    want.sort_by(|a, b| a.0.total_cmp(&b.0).then(order(a.1).cmp(&order(b.1))));
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

/// Notes under the axis for the numbered titles, flowing left to right and wrapping: an entry
/// too wide for a line of its own wraps its title at spaces.
fn notes<'a>(
    items: &[Item<'a>],
    placed: &[Placed<'a>],
    geo: &Geometry,
    top: f64,
) -> (Vec<Note<'a>>, f64) {
    let px = geo.type_px - 1.0;
    let line = px + 6.0;
    let (x0, x1) = (8.0, geo.width - 8.0);
    let nw = label_width("00", px) + 4.0;
    let mut out = Vec::new();
    let (mut x, mut y) = (x0, top + line / 2.0);
    for p in placed.iter().filter(|p| p.number > 0) {
        let Some(text) = items.get(p.item).and_then(|it| it.label) else {
            continue;
        };
        let w = nw + label_width(text, px);
        if x > x0 && x + w > x1 {
            x = x0;
            y += line;
        }
        if w <= x1 - x {
            out.push(Note {
                number: p.number,
                text,
                x,
                y,
            });
            x += w + 14.0;
            continue;
        }
        // Too long for any line: the title wraps, each piece under the one before.
        for (k, piece) in wrap(text, px, x1 - x0 - nw).into_iter().enumerate() {
            out.push(Note {
                number: if k == 0 { p.number } else { 0 },
                text: piece,
                x,
                y,
            });
            y += line;
        }
        x = x0;
    }
    let bottom = out.last().map_or(top, |n| n.y + line / 2.0);
    (out, bottom)
}

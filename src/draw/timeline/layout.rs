//! Where everything goes, in CSS px, before anything is drawn: bands (the events, then a row per
//! pledging actor; or a lane per kind), rows within them, markers, whole labels, the axis and the
//! legend. Pure, so the page can size its canvas, hit-test and map pointer positions to days from
//! the same numbers the drawing used.
//!
//! Two packings: [`pack`] for events (rows of markers with their titles whole beside them, or
//! numbered) and [`dodge`] for pledges (same-day markers side by side, a tap target apart). Titles
//! that yield to numbers are written out in [`notes`] under the axis.

use super::dodge::dodge;
use super::items::Item;
use super::legend::{self, Entry};
use super::notes::notes;
use super::pack::pack_labelled;
use super::text::{label_width, widest_word, wrap};
use super::{MarkerKind, TimelineMode, TimelineView};
use crate::dataset::Index;
use crate::model::{EventKind, PledgeKind};
use crate::view::TimeWindow;

/// At or below this width (CSS px) the phone layout: smaller type, a narrower name column whose
/// names wrap, a legend that wraps sooner.
pub const PHONE: f64 = 480.0;
/// The smallest tap target (CSS px): markers in a row are at least this far apart, and so are rows.
pub const TARGET: f64 = 24.0;
pub(crate) const TOP: f64 = 6.0;
const AXIS_H: f64 = 22.0;
const RIGHT_MARGIN: f64 = 14.0;
/// Space between a marker's edge and its label.
pub(crate) const LABEL_GAP: f64 = 5.0;

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
    /// The other items drawn as this one counted marker (a stack, see `stack`); empty for one.
    pub stack: Vec<usize>,
    /// Where a stack's count ends when it is written left of the item (no room right of it).
    pub count_before: Option<f64>,
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

fn bands<'a>(
    ix: &'a Index,
    items: &[Item<'a>],
    mode: TimelineMode,
    lang: crate::lang::Locale,
) -> Vec<BandSpec<'a>> {
    let events_of = |k: Option<EventKind>| -> Vec<usize> {
        (0..items.len())
            .filter(|&i| {
                items.get(i).is_some_and(|it| {
                    matches!(
                        it.kind,
                        MarkerKind::Event | MarkerKind::DisputedDate | MarkerKind::Meeting
                    ) && (k.is_none() || it.event_kind == k)
                })
            })
            .collect()
    };
    let pledges: Vec<usize> = (0..items.len())
        .filter(|&i| items.get(i).is_some_and(|it| it.kind == MarkerKind::Pledge))
        .collect();
    let of_kinds = |kinds: &[MarkerKind]| -> Vec<usize> {
        (0..items.len())
            .filter(|&i| items.get(i).is_some_and(|it| kinds.contains(&it.kind)))
            .collect()
    };
    // An actor's row holds its pledges, and after Paris its decisions and strikes.
    let own = of_kinds(&[MarkerKind::Pledge, MarkerKind::Decision, MarkerKind::Strike]);
    let mut out = Vec::new();
    match mode {
        TimelineMode::Actor => {
            let events = events_of(None);
            if !events.is_empty() {
                // Compact: a title is drawn where it fits in the rows the markers need anyway;
                // the others yield to numbers (notes under the axis).
                out.push(BandSpec {
                    caption: lang.text("timeline.events_band"),
                    actor: None,
                    members: events,
                    packing: Packing::Labelled { extra_rows: 0 },
                });
            }
            // Actors in the order of their first pledge, decision or strike (ties: dataset order).
            let mut actors: Vec<(&str, i64)> = Vec::new();
            for &i in &own {
                let Some(it) = items.get(i) else { continue };
                let Some(a) = it.actor else { continue };
                match actors.iter_mut().find(|(x, _)| *x == a) {
                    Some(e) => e.1 = e.1.min(it.first),
                    None => actors.push((a, it.first)),
                }
            }
            crate::sort::sort_by_key(&mut actors, |(_, first)| *first);
            for (a, _) in actors {
                out.push(BandSpec {
                    // The actor's name in the interface's language.
                    caption: ix.actor(a).map_or(a, |x| lang.name(&x.id, x.name.as_str())),
                    actor: Some(a),
                    members: own
                        .iter()
                        .copied()
                        .filter(|&i| items.get(i).is_some_and(|it| it.actor == Some(a)))
                        .collect(),
                    packing: Packing::Dodged,
                });
            }
            out.extend(listings_band(lang, &of_kinds(&[MarkerKind::Listing])));
        }
        TimelineMode::Kind => {
            for k in EventKind::ALL {
                let members = events_of(Some(k));
                if !members.is_empty() {
                    out.push(BandSpec {
                        caption: crate::voice::event_label(lang, k),
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
                    caption: lang.text("timeline.pledges_band"),
                    actor: None,
                    members: pledges,
                    packing: Packing::Dodged,
                });
            }
            let meetings = of_kinds(&[MarkerKind::Meeting]);
            if !meetings.is_empty() {
                out.push(BandSpec {
                    caption: lang.text("timeline.meetings_band"),
                    actor: None,
                    members: meetings,
                    packing: Packing::Labelled {
                        extra_rows: usize::MAX,
                    },
                });
            }
            let strikes = of_kinds(&[MarkerKind::Decision, MarkerKind::Strike]);
            if !strikes.is_empty() {
                out.push(BandSpec {
                    caption: lang.text("timeline.strikes_band"),
                    actor: None,
                    members: strikes,
                    packing: Packing::Dodged,
                });
            }
            out.extend(listings_band(lang, &of_kinds(&[MarkerKind::Listing])));
        }
    }
    out
}

/// The band of listings as a coalition partner, in either mode: by whom and as of when, one
/// marker (or one counted stack) per list and day, so the forty countries only listed add no rows.
fn listings_band<'a>(lang: crate::lang::Locale, members: &[usize]) -> Option<BandSpec<'a>> {
    (!members.is_empty()).then(|| BandSpec {
        caption: lang.text("timeline.listings_band"),
        actor: None,
        members: members.to_vec(),
        packing: Packing::Dodged,
    })
}

/// The legend keys of the records after Paris present in the data, in legend order.
fn after_paris_keys(ix: &Index) -> Vec<super::LegendKey> {
    use super::LegendKey as L;
    use crate::model::{StrikeKind as K, Theatre as T};
    let d = &ix.data;
    let strike = |k: K, t: Option<T>| {
        d.strikes
            .iter()
            .any(|x| x.kind == k && t.is_none_or(|t| x.theatre == t))
    };
    [
        (L::Decision, !d.decisions.is_empty()),
        (L::StrikeIraq, strike(K::FirstStrike, Some(T::Iraq))),
        (L::StrikeSyria, strike(K::FirstStrike, Some(T::Syria))),
        (L::Support, strike(K::Support, None)),
        (L::Mission, strike(K::FirstMission, None)),
        (L::Listing, !d.listings.is_empty()),
    ]
    .into_iter()
    .filter_map(|(k, present)| present.then_some(k))
    .collect()
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
    let window = TimeWindow::shown(ix, view.window)?;
    let items = super::items::build(ix, view.lang);
    let specs = bands(ix, &items, view.mode, view.lang);
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
    crate::sort::sort_by(&mut placed, |a, b| {
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
    let (legend, legend_bottom) = legend::entries(
        &pledge_kinds(ix),
        &after_paris_keys(ix),
        &geo,
        notes_bottom + 4.0,
        view.lang,
    );
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

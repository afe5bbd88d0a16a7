//! The pledge timeline: dated events and pledges on a date axis, one lane per kind, drawn with a
//! plotters chart on any backend, with a legend strip underneath.
//!
//! Lanes are per kind rather than per actor: about forty actors would make forty mostly empty rows,
//! while a lane per kind fits a phone screen and still reads as a story (conferences, then strikes,
//! then the Iranian rejection). The actor dimension is shown by emphasis instead: selecting a
//! country fades everything it is not part of.
//!
//! Uncertainty is drawn, not hidden: a range ("last week") is a bar with hollow ends, an
//! approximate day a hollow marker, and a disputed conference date (Paris, 14 or 15 September) a
//! hollow marker on the other claimed day linked to the conference by a dashed line.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use serde::Serialize;

use super::palette::Theme;
use super::{font, palette, px, DrawError};
use crate::dataset::Index;
use crate::date::Date;
use crate::model::{EventKind, PledgeKind};
use crate::query;

/// What the timeline shows besides the data.
#[derive(Debug, Clone, Default)]
pub struct TimelineView<'a> {
    /// The date the map shows, drawn as a vertical rule.
    pub date: Option<Date>,
    /// An actor whose events and pledges are emphasised (others fade).
    pub actor: Option<&'a str>,
    /// An event or pledge drawn selected (ringed).
    pub selected: Option<&'a str>,
    pub theme: Theme,
}

/// What a marker stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MarkerKind {
    Event,
    Pledge,
    /// Another day a source gives for a conference (`id` is the dispute's id).
    DisputedDate,
}

/// A drawn marker, for hit-testing and tests: which record, and where (CSS px). A range spans
/// `x`..=`x_end` (equal for a single day).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Marker {
    pub id: String,
    pub kind: MarkerKind,
    pub x: f64,
    pub x_end: f64,
    pub y: f64,
    /// The day the marker stands on (`YYYY-MM-DD`), which a click selects.
    pub date: Date,
}

/// A lane of the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lane {
    Event(EventKind),
    Pledges,
}

impl Lane {
    fn label(self) -> &'static str {
        match self {
            Lane::Event(k) => k.label(),
            Lane::Pledges => "Pledges",
        }
    }
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// "15 Sep" for a day number (days since 1970-01-01).
pub fn short_date(days: i64) -> String {
    Date::from_days(days)
        .map(|d| format!("{} {}", d.day(), MONTHS[usize::from(d.month() - 1)]))
        .unwrap_or_default()
}

/// Lanes in reading order, top to bottom: the story's spine (conferences) first.
fn lanes(ix: &Index) -> Vec<Lane> {
    let mut lanes: Vec<Lane> = EventKind::ALL
        .into_iter()
        .filter(|k| ix.data.events.iter().any(|e| e.kind == *k))
        .map(Lane::Event)
        .collect();
    if !ix.data.pledges.is_empty() {
        lanes.push(Lane::Pledges);
    }
    lanes
}

/// Below this width (CSS px) the timeline uses its compact layout (smaller type, two-column legend).
const NARROW: f64 = 560.0;
const LEGEND_ROW: f64 = 16.0;
const AXIS_H: f64 = 22.0;
const TOP: f64 = 8.0;

/// Pledge kinds present in the data, in legend order.
fn pledge_kinds(ix: &Index) -> Vec<PledgeKind> {
    PledgeKind::ALL
        .into_iter()
        .filter(|k| ix.data.pledges.iter().any(|p| p.kind == *k))
        .collect()
}

/// One thing to draw, before layout.
struct Item<'a> {
    id: &'a str,
    kind: MarkerKind,
    lane: usize,
    /// First and last day (days since 1970-01-01).
    first: i64,
    last: i64,
    /// The day a click selects, and the last day of its own bar (a range's end; else `day`).
    day: Date,
    until: i64,
    exact: bool,
    colour: RGBColor,
    involved: bool,
    label: Option<&'a str>,
    /// For a disputed date: the conference day it links to.
    link_to: Option<i64>,
}

/// Everything the timeline draws, in lanes; events that overlap in time within a lane get their own
/// row so bars and labels never sit on top of each other.
struct Layout<'a> {
    lanes: Vec<Lane>,
    items: Vec<Item<'a>>,
    /// Row of each item, counted from the top of the chart.
    rows: Vec<usize>,
    /// First row and row count of each lane.
    lane_rows: Vec<(usize, usize)>,
    total_rows: usize,
    span: (i64, i64),
}

fn layout<'a>(ix: &'a Index, view: &TimelineView) -> Option<Layout<'a>> {
    let (first, last) = query::date_span(ix)?;
    let lanes = lanes(ix);
    let lane_of = |l: Lane| lanes.iter().position(|x| *x == l).unwrap_or(0);
    let mut items: Vec<Item> = Vec::new();
    for e in query::events(ix, &[], None) {
        // A conference whose date is disputed also spans the other claimed days, so its row keeps
        // room for the linked markers.
        let mut extent = (e.date.date.to_days(), e.date.last_day().to_days());
        let disputed: Vec<(Date, &str)> = e
            .conference
            .as_deref()
            .and_then(|c| ix.conference(c))
            .and_then(|c| {
                c.date_dispute
                    .as_deref()
                    .and_then(|d| ix.dispute(d))
                    .map(|d| (c, d))
            })
            .map(|(c, d)| {
                let mut days: Vec<Date> = d
                    .claims
                    .iter()
                    .filter_map(|cl| cl.value.parse::<Date>().ok())
                    .filter(|day| *day != c.date.date)
                    .collect();
                days.sort();
                days.dedup();
                days.into_iter().map(|day| (day, d.id.as_str())).collect()
            })
            .unwrap_or_default();
        for (day, id) in &disputed {
            extent = (extent.0.min(day.to_days()), extent.1.max(day.to_days()));
            items.push(Item {
                id,
                kind: MarkerKind::DisputedDate,
                lane: lane_of(Lane::Event(e.kind)),
                first: extent.0,
                last: extent.1,
                day: *day,
                until: day.to_days(),
                exact: false,
                colour: palette::event(e.kind),
                involved: view.actor.is_none_or(|a| e.actors.iter().any(|x| x == a)),
                label: None,
                link_to: Some(e.date.date.to_days()),
            });
        }
        items.push(Item {
            id: &e.id,
            kind: MarkerKind::Event,
            lane: lane_of(Lane::Event(e.kind)),
            first: extent.0,
            last: extent.1,
            day: e.date.date,
            until: e.date.last_day().to_days(),
            exact: e.date.approximate.is_none() && e.date.until.is_none(),
            colour: palette::event(e.kind),
            involved: view.actor.is_none_or(|a| e.actors.iter().any(|x| x == a)),
            label: Some(&e.title),
            link_to: None,
        });
    }
    for p in &ix.data.pledges {
        let Some(day) = query::effective_date(ix, p.date.as_ref(), &p.sources) else {
            continue;
        };
        // A pledge ongoing since before the span (see `query::date_span`) shows from its first day.
        let day = day.max(first);
        items.push(Item {
            id: &p.id,
            kind: MarkerKind::Pledge,
            lane: lane_of(Lane::Pledges),
            first: day.to_days(),
            last: day.to_days(),
            day,
            until: day.to_days(),
            exact: p
                .date
                .as_ref()
                .is_some_and(|w| w.approximate.is_none() && w.until.is_none()),
            colour: palette::pledge(p.kind),
            involved: view.actor.is_none_or(|a| p.actor == a),
            label: None,
            link_to: None,
        });
    }
    // Rows within each lane: first fit by start day. Pledges share one row (spread sideways).
    let mut rows = vec![0usize; items.len()];
    let mut lane_rows = Vec::with_capacity(lanes.len());
    let mut next_row = 0usize;
    for (lane_index, lane) in lanes.iter().enumerate() {
        let mut order: Vec<usize> = (0..items.len())
            .filter(|&i| items[i].lane == lane_index && items[i].kind != MarkerKind::DisputedDate)
            .collect();
        order.sort_by_key(|&i| (items[i].first, items[i].last));
        let mut ends: Vec<i64> = Vec::new();
        for i in order {
            let row = if *lane == Lane::Pledges {
                0
            } else if let Some(r) = ends.iter().position(|&end| end < items[i].first) {
                r
            } else {
                ends.push(i64::MIN);
                ends.len() - 1
            };
            if let Some(end) = ends.get_mut(row) {
                *end = items[i].last;
            }
            rows[i] = next_row + row;
        }
        let count = ends.len().max(1);
        lane_rows.push((next_row, count));
        next_row += count;
    }
    // A disputed date sits on its conference's row.
    for i in 0..items.len() {
        if let Some(day) = items[i].link_to {
            let conference = (0..items.len()).find(|&j| {
                items[j].kind == MarkerKind::Event
                    && items[j].lane == items[i].lane
                    && items[j].day.to_days() == day
            });
            rows[i] = conference.map_or(lane_rows[items[i].lane].0, |j| rows[j]);
        }
    }
    Some(Layout {
        lanes,
        items,
        rows,
        lane_rows,
        total_rows: next_row.max(1),
        span: (first.to_days() - 1, last.to_days() + 1),
    })
}

fn row_height(width: f64) -> f64 {
    if width < NARROW {
        19.0
    } else {
        21.0
    }
}

fn legend_height(ix: &Index, width: f64) -> f64 {
    let per_row = if width < NARROW { 2 } else { 5 };
    LEGEND_ROW * ((pledge_kinds(ix).len() + 3).div_ceil(per_row) as f64) + 10.0
}

/// Whether `actor` has an event or pledge on the timeline. Emphasising an actor without one fades
/// every item alike, so the picture is then the same whichever such actor is selected.
pub fn involves(ix: &Index, actor: &str) -> bool {
    ix.data
        .events
        .iter()
        .any(|e| e.actors.iter().any(|a| a == actor))
        || ix.data.pledges.iter().any(|p| p.actor == actor)
}

/// The height (CSS px) the timeline wants at this width: a row per lane (more where events
/// overlap), the date axis and the legend.
pub fn natural_height(ix: &Index, width: f64) -> f64 {
    let rows = layout(ix, &TimelineView::default()).map_or(1, |l| l.total_rows);
    TOP + rows as f64 * row_height(width) + AXIS_H + legend_height(ix, width)
}

/// Draws the timeline filling the area and returns where each marker went (CSS px).
pub fn draw_timeline<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    ix: &Index,
    view: &TimelineView,
    scale: f64,
) -> Result<Vec<Marker>, DrawError> {
    let t = view.theme;
    area.fill(&t.paper)?;
    let (w_px, h_px) = area.dim_in_pixel();
    let (width, height) = (f64::from(w_px) / scale, f64::from(h_px) / scale);
    let narrow = width < NARROW;
    let type_px = if narrow { 11.0 } else { 12.0 };
    let Some(lay) = layout(ix, view) else {
        area.draw(&Text::new(
            "No dated events in this dataset",
            px((12.0, 12.0), scale),
            font(13.0, scale).color(&t.muted),
        ))?;
        return Ok(Vec::new());
    };
    let kinds = pledge_kinds(ix);
    let per_row = if narrow { 2 } else { 5 };
    let legend_h = legend_height(ix, width).min(height / 2.0);
    let (chart_area, legend_area) =
        area.split_vertically(((height - legend_h) * scale).round() as u32);
    let s = |v: f64| (v * scale).round() as i32;
    let label_w = if narrow { 92.0 } else { 112.0 };
    let (x0, x1) = lay.span;
    let total = lay.total_rows as f64;
    let mut chart = ChartBuilder::on(&chart_area)
        .margin_top(s(TOP))
        .margin_right(s(12.0))
        .x_label_area_size(s(AXIS_H))
        .y_label_area_size(s(label_w))
        .build_cartesian_2d(x0..x1, 0f64..total)?;
    // Rows count from the top; plotters' y grows upwards.
    let row_y = |row: usize| total - row as f64 - 0.5;
    let at = |chart: &ChartContext<DB, _>, day: i64, row: usize| {
        let c: (i32, i32) = chart.backend_coord(&(day, row_y(row)));
        (f64::from(c.0) / scale, f64::from(c.1) / scale)
    };
    let label_font = font(type_px, scale).color(&t.muted);

    // Lane bands (zebra) and labels, drawn by hand so a lane can span several rows.
    for (i, (lane, &(first_row, count))) in lay.lanes.iter().zip(&lay.lane_rows).enumerate() {
        let top = chart.backend_coord(&(x0, total - first_row as f64));
        let bottom = chart.backend_coord(&(x1, total - (first_row + count) as f64));
        if i % 2 == 0 {
            chart_area.draw(&Rectangle::new([top, bottom], t.grid.mix(0.35).filled()))?;
        }
        let mid = (top.1 + bottom.1) / 2;
        chart_area.draw(&Text::new(
            lane.label().to_string(),
            (top.0 - s(8.0), mid),
            label_font.clone().pos(Pos::new(HPos::Right, VPos::Center)),
        ))?;
    }
    // Day grid and date labels: every day gets a line; labels every `step` days where they fit.
    let px_per_day = (width - label_w - 12.0).max(1.0) / (x1 - x0).max(1) as f64;
    let step = [1i64, 2, 3, 7, 14]
        .into_iter()
        .find(|k| *k as f64 * px_per_day >= 46.0)
        .unwrap_or(30);
    for day in x0..=x1 {
        let top = chart.backend_coord(&(day, total));
        let bottom = chart.backend_coord(&(day, 0.0));
        chart_area.draw(&PathElement::new(
            vec![top, bottom],
            t.grid.stroke_width(s(1.0).max(1) as u32),
        ))?;
        // The padding days at either end stay unlabelled: a label there would be cut off.
        if (day - x0) % step == 0 && day > x0 && day < x1 {
            chart_area.draw(&Text::new(
                short_date(day),
                (bottom.0, bottom.1 + s(5.0)),
                label_font.clone().pos(Pos::new(HPos::Center, VPos::Top)),
            ))?;
        }
    }
    chart_area.draw(&PathElement::new(
        vec![
            chart.backend_coord(&(x0, 0.0)),
            chart.backend_coord(&(x1, 0.0)),
        ],
        t.muted.stroke_width(s(1.0).max(1) as u32),
    ))?;

    if let Some(d) = view.date {
        let day = d.to_days().clamp(x0, x1);
        chart.draw_series(std::iter::once(PathElement::new(
            vec![(day, 0.0), (day, total)],
            t.ink.mix(0.8).stroke_width(s(1.5).max(1) as u32),
        )))?;
    }

    let r = (if narrow { 4.5 } else { 5.5 }) * scale;
    let ri = r.round() as i32;
    let thick = s(2.0).max(1) as u32;
    let mut markers: Vec<Marker> = Vec::new();
    // Same-day pledges spread sideways so each triangle stays visible and clickable.
    let mut pledges_on_day: std::collections::HashMap<i64, usize> = Default::default();
    let pledge_counts = lay
        .items
        .iter()
        .filter(|i| i.kind == MarkerKind::Pledge)
        .fold(
            std::collections::HashMap::<i64, usize>::new(),
            |mut m, i| {
                *m.entry(i.first).or_default() += 1;
                m
            },
        );
    for (item, &row) in lay.items.iter().zip(&lay.rows) {
        let alpha = if item.involved { 1.0 } else { 0.2 };
        let colour = item.colour.mix(alpha);
        let (sx, y) = at(&chart, item.day.to_days(), row);
        match item.kind {
            MarkerKind::Pledge => {
                let n = pledge_counts.get(&item.first).copied().unwrap_or(1);
                let k = pledges_on_day.entry(item.first).or_default();
                let spread = (r / scale * 1.9).min(px_per_day * 0.8 / n as f64);
                let x = sx + (*k as f64 - (n as f64 - 1.0) / 2.0) * spread;
                *k += 1;
                let style = if item.exact {
                    colour.filled()
                } else {
                    colour.stroke_width(thick)
                };
                chart_area.draw(&TriangleMarker::new(px((x, y), scale), ri + 1, style))?;
                markers.push(Marker {
                    id: item.id.into(),
                    kind: item.kind,
                    x,
                    x_end: x,
                    y,
                    date: item.day,
                });
            }
            MarkerKind::DisputedDate => {
                let (cx, _) = at(&chart, item.link_to.unwrap_or(item.first), row);
                dashed(
                    &chart_area,
                    px((sx, y), scale),
                    px((cx, y), scale),
                    item.colour,
                    s(4.0).max(2),
                    s(1.0).max(1) as u32,
                )?;
                hollow_dot(&chart_area, px((sx, y), scale), ri, colour, &t, thick)?;
                markers.push(Marker {
                    id: item.id.into(),
                    kind: item.kind,
                    x: sx,
                    x_end: sx,
                    y,
                    date: item.day,
                });
            }
            MarkerKind::Event => {
                let (ex, _) = at(&chart, item.until, row);
                let ends = if ex > sx + 0.5 {
                    vec![sx, ex]
                } else {
                    vec![sx]
                };
                if ends.len() == 2 {
                    chart_area.draw(&PathElement::new(
                        vec![px((sx, y), scale), px((ex, y), scale)],
                        colour.stroke_width(s(3.0).max(1) as u32),
                    ))?;
                }
                for x in ends {
                    if item.exact {
                        chart_area.draw(&Circle::new(px((x, y), scale), ri, colour.filled()))?;
                    } else {
                        hollow_dot(&chart_area, px((x, y), scale), ri, colour, &t, thick)?;
                    }
                }
                markers.push(Marker {
                    id: item.id.into(),
                    kind: item.kind,
                    x: sx,
                    x_end: ex.max(sx),
                    y,
                    date: item.day,
                });
            }
        }
    }

    if let Some(sel) = view.selected {
        for m in markers.iter().filter(|m| m.id == sel) {
            chart_area.draw(&Circle::new(
                px((m.x, m.y), scale),
                ri + s(4.0),
                t.highlight.stroke_width(thick),
            ))?;
        }
    }

    draw_labels(&chart_area, &lay, &markers, view, type_px, r / scale, scale)?;
    draw_legend(&legend_area, &kinds, per_row, scale, type_px, &t)?;
    Ok(markers)
}

/// A hollow marker: an approximate or disputed day (a filled dot is an exact one).
fn hollow_dot<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    at: (i32, i32),
    r: i32,
    colour: RGBAColor,
    t: &Theme,
    width: u32,
) -> Result<(), DrawError> {
    area.draw(&Circle::new(at, r, t.paper.filled()))?;
    area.draw(&Circle::new(at, r, colour.stroke_width(width)))?;
    Ok(())
}

/// A dashed line between two backend points (plotters has no dash style).
fn dashed<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    a: (i32, i32),
    b: (i32, i32),
    colour: RGBColor,
    dash: i32,
    width: u32,
) -> Result<(), DrawError> {
    let (dx, dy) = (f64::from(b.0 - a.0), f64::from(b.1 - a.1));
    let len = dx.hypot(dy);
    let steps = (len / f64::from(dash.max(1))).floor() as i32;
    for i in (0..steps).step_by(2) {
        let t0 = f64::from(i) / f64::from(steps.max(1));
        let t1 = (f64::from(i + 1) / f64::from(steps.max(1))).min(1.0);
        let p = |t: f64| (a.0 + (dx * t) as i32, a.1 + (dy * t) as i32);
        area.draw(&PathElement::new(
            vec![p(t0), p(t1)],
            colour.stroke_width(width),
        ))?;
    }
    Ok(())
}

/// Short labels to the right of event markers, where they fit before the next marker in the same
/// row: on a narrow screen fewer fit, so labels thin out rather than overlap.
fn draw_labels<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    lay: &Layout,
    markers: &[Marker],
    view: &TimelineView,
    type_px: f64,
    radius: f64,
    scale: f64,
) -> Result<(), DrawError> {
    let (w, _) = area.dim_in_pixel();
    let right = f64::from(w) / scale - 4.0;
    let style = font(type_px, scale)
        .color(&view.theme.ink)
        .pos(Pos::new(HPos::Left, VPos::Center));
    for (item, m) in lay.items.iter().zip(markers) {
        let Some(title) = item.label else { continue };
        if !item.involved {
            continue;
        }
        let ring = if view.selected == Some(item.id) {
            4.0
        } else {
            0.0
        };
        let start = m.x_end + radius + ring + 5.0;
        let next = markers
            .iter()
            .filter(|o| (o.y - m.y).abs() < 1.0 && o.x > m.x_end + 1.0)
            .map(|o| o.x - radius - 6.0)
            .fold(right, f64::min);
        if next - start < 40.0 {
            continue;
        }
        let Some(text) = fit(area, title, next - start, &style, scale) else {
            continue;
        };
        area.draw(&Text::new(text, px((start, m.y), scale), style.clone()))?;
    }
    Ok(())
}

/// The longest prefix of `text` (cut at a word, with "…") whose width fits `room` CSS px.
fn fit<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    text: &str,
    room: f64,
    style: &TextStyle,
    scale: f64,
) -> Option<String> {
    let width = |t: &str| {
        area.estimate_text_size(t, style)
            .map(|(w, _)| f64::from(w) / scale)
            .unwrap_or(f64::MAX)
    };
    if width(text) <= room {
        return Some(text.to_string());
    }
    let words: Vec<&str> = text.split(' ').collect();
    (1..words.len())
        .rev()
        .map(|n| {
            format!(
                "{}…",
                words[..n].join(" ").trim_end_matches([',', ':', ';'])
            )
        })
        .find(|t| width(t) <= room)
        .filter(|t| t.chars().count() > 6)
}

/// The legend strip: pledge kinds (triangles in their colours) and how dates are drawn.
fn draw_legend<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    kinds: &[PledgeKind],
    per_row: usize,
    scale: f64,
    type_px: f64,
    t: &Theme,
) -> Result<(), DrawError> {
    let (w, _) = area.dim_in_pixel();
    let col_w = (f64::from(w) / scale - 16.0) / per_row as f64;
    let text = font(type_px - 1.0, scale)
        .color(&t.muted)
        .pos(Pos::new(HPos::Left, VPos::Center));
    let s = |v: f64| (v * scale).round() as i32;
    let mut i = 0usize;
    let slot = |i: usize| {
        let (row, col) = (i / per_row, i % per_row);
        (
            8.0 + col_w * col as f64,
            4.0 + LEGEND_ROW * row as f64 + LEGEND_ROW / 2.0,
        )
    };
    for k in kinds {
        let (x, y) = slot(i);
        area.draw(&TriangleMarker::new(
            px((x + 5.0, y), scale),
            s(5.0),
            palette::pledge(*k).filled(),
        ))?;
        area.draw(&Text::new(
            k.label().to_string(),
            px((x + 14.0, y), scale),
            text.clone(),
        ))?;
        i += 1;
    }
    let ink = t.muted;
    let (x, y) = slot(i);
    area.draw(&Circle::new(px((x + 5.0, y), scale), s(4.5), ink.filled()))?;
    area.draw(&Text::new(
        "Exact date",
        px((x + 14.0, y), scale),
        text.clone(),
    ))?;
    let (x, y) = slot(i + 1);
    area.draw(&PathElement::new(
        vec![px((x, y), scale), px((x + 12.0, y), scale)],
        ink.stroke_width(s(3.0).max(1) as u32),
    ))?;
    area.draw(&Circle::new(
        px((x + 1.0, y), scale),
        s(3.5),
        t.paper.filled(),
    ))?;
    area.draw(&Circle::new(
        px((x + 1.0, y), scale),
        s(3.5),
        ink.stroke_width(s(1.5).max(1) as u32),
    ))?;
    area.draw(&Text::new(
        "Approximate / range",
        px((x + 18.0, y), scale),
        text.clone(),
    ))?;
    let (x, y) = slot(i + 2);
    dashed(
        area,
        px((x, y), scale),
        px((x + 14.0, y), scale),
        ink,
        s(3.0).max(2),
        s(1.0).max(1) as u32,
    )?;
    area.draw(&Text::new("Disputed date", px((x + 18.0, y), scale), text))?;
    Ok(())
}

/// The marker at (x, y) CSS px: the nearest within `radius` (a range counts along its bar).
pub fn hit(markers: &[Marker], x: f64, y: f64, radius: f64) -> Option<&Marker> {
    if !(x.is_finite() && y.is_finite()) {
        return None;
    }
    markers
        .iter()
        .map(|m| {
            let dx = if x < m.x {
                m.x - x
            } else if x > m.x_end {
                x - m.x_end
            } else {
                0.0
            };
            (m, dx.hypot(y - m.y))
        })
        .filter(|(_, d)| *d <= radius)
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(m, _)| m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn involves_tells_actors_on_the_timeline_from_the_rest() {
        let ix = Index::embedded().unwrap();
        for p in &ix.data.pledges {
            assert!(involves(&ix, &p.actor), "{} pledged", p.actor);
        }
        assert!(
            !involves(&ix, "POL"),
            "Poland is on the map, not in the story"
        );
        let on = ix
            .data
            .actors
            .iter()
            .filter(|a| involves(&ix, &a.id))
            .count();
        assert!(
            on > 0 && on < ix.data.actors.len(),
            "{on} actors on the timeline"
        );
    }

    fn marker(id: &str, x: f64, x_end: f64, y: f64) -> Marker {
        Marker {
            id: id.into(),
            kind: MarkerKind::Event,
            x,
            x_end,
            y,
            date: Date::new(2014, 9, 15).unwrap(),
        }
    }

    #[test]
    fn hit_finds_the_nearest_marker_and_ranges_along_their_bar() {
        let ms = vec![marker("a", 10.0, 10.0, 10.0), marker("b", 30.0, 90.0, 10.0)];
        assert_eq!(hit(&ms, 12.0, 11.0, 8.0).map(|m| m.id.as_str()), Some("a"));
        assert_eq!(hit(&ms, 60.0, 12.0, 8.0).map(|m| m.id.as_str()), Some("b"));
        assert_eq!(hit(&ms, 60.0, 40.0, 8.0), None);
        assert_eq!(hit(&ms, f64::NAN, 10.0, 8.0), None);
    }

    #[test]
    fn short_dates() {
        let d = Date::new(2014, 9, 15).unwrap().to_days();
        assert_eq!(short_date(d), "15 Sep");
    }
}

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

use plotters::coord::ranged1d::SegmentValue;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use serde::Serialize;

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

/// Below this width (CSS px) the timeline uses its compact layout (smaller type, fewer ticks).
const NARROW: f64 = 560.0;
const LEGEND_ROW: f64 = 16.0;

/// Pledge kinds present in the data, in legend order.
fn pledge_kinds(ix: &Index) -> Vec<PledgeKind> {
    PledgeKind::ALL
        .into_iter()
        .filter(|k| ix.data.pledges.iter().any(|p| p.kind == *k))
        .collect()
}

/// Draws the timeline filling the area and returns where each marker went (CSS px).
pub fn draw_timeline<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    ix: &Index,
    view: &TimelineView,
    scale: f64,
) -> Result<Vec<Marker>, DrawError> {
    area.fill(&WHITE)?;
    let (w_px, h_px) = area.dim_in_pixel();
    let (width, height) = (f64::from(w_px) / scale, f64::from(h_px) / scale);
    let narrow = width < NARROW;
    let type_px = if narrow { 11.0 } else { 12.0 };
    let Some((first, last)) = query::date_span(ix) else {
        area.draw(&Text::new(
            "No dated events in this dataset",
            px((12.0, 12.0), scale),
            font(13.0, scale).color(&palette::MUTED),
        ))?;
        return Ok(Vec::new());
    };
    let lanes = lanes(ix);
    let kinds = pledge_kinds(ix);
    let per_row = if narrow { 2 } else { 5 };
    let legend_rows = (kinds.len() + 3).div_ceil(per_row) as f64;
    let legend_h = LEGEND_ROW * legend_rows + 8.0;
    let (chart_area, legend_area) =
        area.split_vertically(((height - legend_h) * scale).round() as u32);

    let (x0, x1) = (first.to_days() - 1, last.to_days() + 1);
    let n = lanes.len() as i32;
    let s = |v: f64| (v * scale).round() as i32;
    let label_w = if narrow { 84.0 } else { 112.0 };
    let mut chart = ChartBuilder::on(&chart_area)
        .margin_top(s(8.0))
        .margin_right(s(12.0))
        .x_label_area_size(s(22.0))
        .y_label_area_size(s(label_w))
        .build_cartesian_2d(x0..x1, (0..n).into_segmented())?;
    let label_font = font(type_px, scale).color(&palette::MUTED);
    let days = (x1 - x0).max(1) as f64;
    let plot_w = (width - label_w - 12.0).max(1.0);
    // One tick per day when there is room for "15 Sep" (about 44 px), else fewer.
    let ticks = ((plot_w / 48.0).floor() as usize).clamp(2, days as usize + 1);
    chart
        .configure_mesh()
        .disable_y_mesh()
        .light_line_style(palette::GRID.mix(0.6))
        .bold_line_style(palette::GRID)
        .axis_style(palette::MUTED)
        .x_labels(ticks)
        .x_label_formatter(&|d| short_date(*d))
        .y_labels(lanes.len())
        .y_label_formatter(&|v| match v {
            SegmentValue::CenterOf(i) => usize::try_from(*i)
                .ok()
                .and_then(|i| lanes.len().checked_sub(i + 1))
                .and_then(|i| lanes.get(i))
                .map_or(String::new(), |l| l.label().to_string()),
            _ => String::new(),
        })
        .x_label_style(label_font.clone())
        .y_label_style(label_font)
        .draw()?;

    // Lane 0 is drawn at the top: plotters counts segments from the bottom.
    let lane_y = |l: Lane| {
        SegmentValue::CenterOf(n - 1 - lanes.iter().position(|x| *x == l).unwrap_or(0) as i32)
    };
    let to_css = |c: (i32, i32)| (f64::from(c.0) / scale, f64::from(c.1) / scale);
    let mut markers: Vec<Marker> = Vec::new();
    let r = s(if narrow { 4.5 } else { 5.5 }).max(2);
    let thin = (s(1.0).max(1)) as u32;

    if let Some(d) = view.date {
        let t = d.to_days().clamp(x0, x1);
        chart.draw_series(std::iter::once(PathElement::new(
            vec![(t, SegmentValue::Exact(0)), (t, SegmentValue::Exact(n))],
            palette::INK.mix(0.8).stroke_width(s(1.5).max(1) as u32),
        )))?;
    }

    // Disputed conference dates: a dashed link to a hollow marker on each other claimed day.
    for conf in &ix.data.conferences {
        let Some(dispute) = conf.date_dispute.as_deref().and_then(|d| ix.dispute(d)) else {
            continue;
        };
        let y = lane_y(Lane::Event(EventKind::Conference));
        let main = conf.date.date.to_days();
        let mut others: Vec<Date> = dispute
            .claims
            .iter()
            .filter_map(|c| c.value.parse::<Date>().ok())
            .filter(|d| *d != conf.date.date)
            .collect();
        others.dedup();
        for other in others {
            let t = other.to_days();
            let (a, b) = (
                chart.backend_coord(&(t, y.clone())),
                chart.backend_coord(&(main, y.clone())),
            );
            dashed(
                &chart_area,
                a,
                b,
                palette::event(EventKind::Conference),
                s(4.0).max(2),
                thin,
            )?;
            chart.draw_series(std::iter::once(Circle::new(
                (t, y.clone()),
                r,
                palette::event(EventKind::Conference).stroke_width(s(2.0).max(1) as u32),
            )))?;
            let (cx, cy) = to_css(a);
            markers.push(Marker {
                id: dispute.id.clone(),
                kind: MarkerKind::DisputedDate,
                x: cx,
                x_end: cx,
                y: cy,
                date: other,
            });
        }
    }

    let emphasis = |involved: bool| {
        if view.actor.is_some() && !involved {
            0.2
        } else {
            1.0
        }
    };
    for e in query::events(ix, &[], None) {
        let y = lane_y(Lane::Event(e.kind));
        let involved = view.actor.is_none_or(|a| e.actors.iter().any(|x| x == a));
        let colour = palette::event(e.kind).mix(emphasis(involved));
        let (a, b) = (e.date.date.to_days(), e.date.last_day().to_days());
        let exact = e.date.approximate.is_none() && a == b;
        if a != b {
            chart.draw_series(std::iter::once(PathElement::new(
                vec![(a, y.clone()), (b, y.clone())],
                colour.stroke_width(s(3.0).max(1) as u32),
            )))?;
        }
        let style = if exact {
            colour.filled()
        } else {
            WHITE.mix(1.0).filled()
        };
        for t in if a == b { vec![a] } else { vec![a, b] } {
            chart.draw_series(std::iter::once(Circle::new((t, y.clone()), r, style)))?;
            if !exact {
                chart.draw_series(std::iter::once(Circle::new(
                    (t, y.clone()),
                    r,
                    colour.stroke_width(s(2.0).max(1) as u32),
                )))?;
            }
        }
        let (sx, sy) = to_css(chart.backend_coord(&(a, y.clone())));
        let (ex, _) = to_css(chart.backend_coord(&(b, y)));
        markers.push(Marker {
            id: e.id.clone(),
            kind: MarkerKind::Event,
            x: sx,
            x_end: ex,
            y: sy,
            date: e.date.date,
        });
    }

    for p in &ix.data.pledges {
        let Some(day) = query::effective_date(ix, p.date.as_ref(), &p.sources) else {
            continue;
        };
        let y = lane_y(Lane::Pledges);
        let involved = view.actor.is_none_or(|a| p.actor == a);
        let colour = palette::pledge(p.kind).mix(emphasis(involved));
        let t = day.to_days();
        let style = if p.date.as_ref().is_some_and(|w| w.approximate.is_none()) {
            colour.filled()
        } else {
            colour.stroke_width(s(2.0).max(1) as u32)
        };
        chart.draw_series(std::iter::once(TriangleMarker::new(
            (t, y.clone()),
            r + 1,
            style,
        )))?;
        let (cx, cy) = to_css(chart.backend_coord(&(t, y)));
        markers.push(Marker {
            id: p.id.clone(),
            kind: MarkerKind::Pledge,
            x: cx,
            x_end: cx,
            y: cy,
            date: day,
        });
    }

    if let Some(sel) = view.selected {
        for m in markers.iter().filter(|m| m.id == sel) {
            chart_area.draw(&Circle::new(
                px((m.x, m.y), scale),
                r + s(4.0),
                palette::HIGHLIGHT.stroke_width(s(2.0).max(1) as u32),
            ))?;
        }
    }

    draw_labels(&chart_area, ix, &markers, view, type_px, scale)?;
    draw_legend(&legend_area, &kinds, per_row, scale, type_px)?;
    Ok(markers)
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

/// Short labels to the right of event markers, where they fit before the next marker in the lane:
/// on a narrow screen fewer fit, so labels thin out rather than overlap.
fn draw_labels<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    ix: &Index,
    markers: &[Marker],
    view: &TimelineView,
    type_px: f64,
    scale: f64,
) -> Result<(), DrawError> {
    let (w, _) = area.dim_in_pixel();
    let right = f64::from(w) / scale - 4.0;
    let style = font(type_px, scale)
        .color(&palette::INK)
        .pos(Pos::new(HPos::Left, VPos::Center));
    let events: Vec<&Marker> = markers
        .iter()
        .filter(|m| m.kind == MarkerKind::Event)
        .collect();
    for m in &events {
        let Some(e) = ix.data.events.iter().find(|e| e.id == m.id) else {
            continue;
        };
        if view.actor.is_some_and(|a| !e.actors.iter().any(|x| x == a)) {
            continue;
        }
        // The label starts after the marker (or its range) and must end before the next one.
        let start = m.x_end + 9.0;
        let next = markers
            .iter()
            .filter(|o| (o.y - m.y).abs() < 1.0 && o.x > m.x_end + 1.0)
            .map(|o| o.x - 10.0)
            .fold(right, f64::min);
        let room = next - start;
        if room < 48.0 {
            continue;
        }
        let Some(text) = fit(area, &e.title, room, &style, scale) else {
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
) -> Result<(), DrawError> {
    let (w, _) = area.dim_in_pixel();
    let col_w = (f64::from(w) / scale - 16.0) / per_row as f64;
    let text = font(type_px - 1.0, scale)
        .color(&palette::MUTED)
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
    let ink = palette::MUTED;
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
        WHITE.filled(),
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

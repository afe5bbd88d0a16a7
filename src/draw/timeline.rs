//! The pledge timeline: dated events and pledges on a date axis, one lane per kind, drawn with a
//! plotters chart on any backend. Lanes are per kind rather than per actor: about forty actors
//! would make forty mostly empty rows, while nine kinds fit a phone screen and still read as a story.

use plotters::coord::ranged1d::SegmentValue;
use plotters::coord::Shift;
use plotters::prelude::*;

use super::{font, palette, DrawError};
use crate::dataset::Index;
use crate::date::Date;
use crate::model::{EventKind, When};
use crate::query;

/// What the timeline shows besides the data.
#[derive(Debug, Clone, Default)]
pub struct TimelineView<'a> {
    /// The date the map shows, drawn as a vertical rule.
    pub date: Option<Date>,
    /// An actor whose events are emphasised (others fade).
    pub actor: Option<&'a str>,
}

/// A drawn marker, for hit-testing and tests: which record, and where (CSS px).
#[derive(Debug, Clone, PartialEq)]
pub struct Marker {
    pub id: String,
    pub x: f64,
    pub y: f64,
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

fn lanes(ix: &Index) -> Vec<Lane> {
    let mut lanes: Vec<Lane> = Vec::new();
    if ix.data.pledges.iter().any(|p| p.date.is_some()) {
        lanes.push(Lane::Pledges);
    }
    for k in EventKind::ALL {
        if ix.data.events.iter().any(|e| e.kind == k) {
            lanes.push(Lane::Event(k));
        }
    }
    lanes
}

/// Draws the timeline filling the area and returns where each marker went (CSS px).
pub fn draw_timeline<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    ix: &Index,
    view: &TimelineView,
    scale: f64,
) -> Result<Vec<Marker>, DrawError> {
    area.fill(&WHITE)?;
    let lanes = lanes(ix);
    let Some((first, last)) = query::date_span(ix) else {
        area.draw(&Text::new(
            "No dated events in this dataset",
            ((12.0 * scale) as i32, (12.0 * scale) as i32),
            font(13.0, scale).color(&palette::MUTED),
        ))?;
        return Ok(Vec::new());
    };
    let (x0, x1) = (first.to_days() - 2, last.to_days() + 2);
    let n = lanes.len() as i32;
    let s = |v: f64| (v * scale).round() as i32;
    let mut chart = ChartBuilder::on(area)
        .margin_top(s(10.0))
        .margin_right(s(14.0))
        .margin_bottom(s(4.0))
        .x_label_area_size(s(26.0))
        .y_label_area_size(s(112.0))
        .build_cartesian_2d(x0..x1, (0..n).into_segmented())?;
    let label_font = font(12.0, scale).color(&palette::MUTED);
    chart
        .configure_mesh()
        .disable_y_mesh()
        .light_line_style(palette::GRID)
        .bold_line_style(palette::GRID)
        .axis_style(palette::MUTED)
        .x_labels(8)
        .x_label_formatter(&|d| short_date(*d))
        .y_labels(lanes.len())
        .y_label_formatter(&|v| match v {
            SegmentValue::CenterOf(i) => lanes
                .get(usize::try_from(*i).unwrap_or(usize::MAX))
                .map_or(String::new(), |l| l.label().to_string()),
            _ => String::new(),
        })
        .x_label_style(label_font.clone())
        .y_label_style(label_font)
        .draw()?;

    let lane_of = |l: Lane| lanes.iter().position(|x| *x == l).unwrap_or(0) as i32;
    let mut drawn = Vec::new();
    let r = s(5.0);
    let faded = |involved: bool| view.actor.is_some() && !involved;

    if let Some(d) = view.date {
        let t = d.to_days();
        chart.draw_series(std::iter::once(PathElement::new(
            vec![(t, SegmentValue::Exact(0)), (t, SegmentValue::Exact(n))],
            palette::INK.stroke_width(s(1.5).max(1) as u32),
        )))?;
    }

    for e in query::events(ix, &[], None) {
        let y = SegmentValue::CenterOf(lane_of(Lane::Event(e.kind)));
        let colour = palette::event(e.kind);
        let involved = view.actor.is_none_or(|a| e.actors.iter().any(|x| x == a));
        let alpha = if faded(involved) { 0.25 } else { 1.0 };
        draw_when(&mut chart, &e.date, y.clone(), colour.mix(alpha), r, scale)?;
        let (px, py) = chart.backend_coord(&(e.date.date.to_days(), y));
        drawn.push(Marker {
            id: e.id.clone(),
            x: f64::from(px) / scale,
            y: f64::from(py) / scale,
        });
    }
    for p in ix.data.pledges.iter() {
        let Some(w) = &p.date else { continue };
        let y = SegmentValue::CenterOf(lane_of(Lane::Pledges));
        let involved = view.actor.is_none_or(|a| p.actor == a);
        let alpha = if faded(involved) { 0.25 } else { 1.0 };
        let colour = palette::pledge(p.kind).mix(alpha);
        let t = w.date.to_days();
        chart.draw_series(std::iter::once(TriangleMarker::new(
            (t, y.clone()),
            r + 1,
            colour.filled(),
        )))?;
        let (px, py) = chart.backend_coord(&(t, y));
        drawn.push(Marker {
            id: p.id.clone(),
            x: f64::from(px) / scale,
            y: f64::from(py) / scale,
        });
    }
    Ok(drawn)
}

/// A dated marker: a dot for a day; for a range or an approximate date, a bar across the range with
/// hollow ends, so uncertainty is visible rather than hidden in a tooltip.
fn draw_when<DB: DrawingBackend>(
    chart: &mut ChartContext<
        DB,
        Cartesian2d<
            plotters::coord::types::RangedCoordi64,
            plotters::coord::ranged1d::SegmentedCoord<plotters::coord::types::RangedCoordi32>,
        >,
    >,
    w: &When,
    y: SegmentValue<i32>,
    colour: RGBAColor,
    r: i32,
    scale: f64,
) -> Result<(), DrawError> {
    let (a, b) = (w.date.to_days(), w.last_day().to_days());
    let exact = w.approximate.is_none() && a == b;
    if a != b {
        chart.draw_series(std::iter::once(PathElement::new(
            vec![(a, y.clone()), (b, y.clone())],
            colour.stroke_width(((3.0 * scale).round() as u32).max(1)),
        )))?;
    }
    let style = if exact {
        colour.filled()
    } else {
        colour.stroke_width(((2.0 * scale).round() as u32).max(1))
    };
    for t in if a == b { vec![a] } else { vec![a, b] } {
        chart.draw_series(std::iter::once(Circle::new((t, y.clone()), r, style)))?;
    }
    Ok(())
}

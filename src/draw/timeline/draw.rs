//! Paints a [`Layout`](super::layout::Layout) with plotters: bands and names, the day grid and
//! axis, the chosen date, markers, whole labels and the legend. No layout decisions here.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::glyph::{self, Fill, Shape};
use super::layout::{layout, Layout, Side};
use super::ticks::{is_tick, tick_step};
use super::{items, legend, short_date, LegendKey, Marker, TimelineMode, TimelineView};
use crate::dataset::Index;
use crate::draw::{font, px, DrawError};
use crate::palette::Theme;
use crate::view::TimeWindow;

/// A timeline laid out for a view at a width, before drawing: the page sizes its canvas from its
/// [`height`](Plan::height) and then draws this very layout ([`draw_plan`]), instead of laying
/// everything out once for the height and again for the drawing. The layout depends only on the
/// dataset, the mode, the time window, the width and the language (its captions and titles:
/// [`Plan::made_for`]): a page keeps one plan
/// across changes of date, selection, emphasis, theme and kind filter, which only change how it is
/// painted (at 100× the data a layout is most of a redraw).
pub struct Plan<'a> {
    lay: Option<Layout<'a>>,
    width: f64,
    mode: TimelineMode,
    window: Option<TimeWindow>,
    lang: crate::lang::Locale,
}

impl Plan<'_> {
    /// The height (CSS px) the layout needs, as [`height`](super::height) gives it.
    pub fn height(&self) -> f64 {
        self.lay.as_ref().map_or(40.0, |l| l.height)
    }
    /// Whether this plan is the layout of `view` at `width`, as [`plan`] would make it now.
    pub fn made_for(&self, view: &TimelineView, width: f64) -> bool {
        // A window equal to the one laid out (the whole span asked for by name, as a gesture's
        // preview does) gives the same layout as the view's own.
        let window = self.window == view.window
            || self
                .lay
                .as_ref()
                .is_some_and(|l| view.window == Some(l.window));
        self.mode == view.mode
            && window
            && self.width.to_bits() == width.to_bits()
            && self.lang == view.lang
    }
    /// The time area's left and right x (CSS px), as [`time_area`](super::time_area) gives it.
    pub fn area(&self) -> Option<(f64, f64)> {
        self.lay.as_ref().map(Layout::area)
    }
    /// The chart's box (left, top, right, bottom CSS px), as [`chart_box`](super::chart_box) gives it.
    pub fn chart_box(&self) -> Option<(f64, f64, f64, f64)> {
        /// Room under the chart for the axis's day labels.
        const AXIS_LABELS: f64 = 22.0;
        self.lay.as_ref().map(|l| {
            let (left, right) = l.area();
            (left, l.chart_top, right, l.chart_bottom + AXIS_LABELS)
        })
    }
    /// The legend entry at (x, y) CSS px, as [`legend_hit`](super::legend_hit) gives it.
    pub fn legend_at(&self, x: f64, y: f64) -> Option<LegendKey> {
        legend::entry_at(&self.lay.as_ref()?.legend, x, y)
    }
}

/// Lays the timeline out for `view` at `width` CSS px, for [`draw_plan`].
pub fn plan<'a>(ix: &'a Index, view: &TimelineView, width: f64) -> Plan<'a> {
    Plan {
        lay: layout(ix, view, width),
        width,
        mode: view.mode,
        window: view.window,
        lang: view.lang,
    }
}

/// Draws the timeline filling the area and returns its markers (CSS px) in stepping order.
pub fn draw_timeline<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    ix: &Index,
    view: &TimelineView,
    scale: f64,
) -> Result<Vec<Marker>, DrawError> {
    let scale = if scale.is_finite() && scale > 0.0 {
        scale
    } else {
        1.0
    };
    let (w_px, _) = area.dim_in_pixel();
    draw_plan(area, &plan(ix, view, f64::from(w_px) / scale), view, scale)
}

/// Draws a [`Plan`] (made for the area's width) filling the area and returns its markers (CSS px)
/// in stepping order.
pub fn draw_plan<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    plan: &Plan,
    view: &TimelineView,
    scale: f64,
) -> Result<Vec<Marker>, DrawError> {
    let t = view.theme;
    area.fill(&t.paper)?;
    let scale = if scale.is_finite() && scale > 0.0 {
        scale
    } else {
        1.0
    };
    let Some(lay) = plan.lay.as_ref() else {
        area.draw(&Text::new(
            view.lang.text("timeline.no_dates"),
            px((12.0, 12.0), scale),
            font(13.0, scale).color(&t.muted),
        ))?;
        return Ok(Vec::new());
    };
    bands(area, lay, view.actor, &t, scale)?;
    axis(area, lay, view, &t, scale)?;
    let markers = marks(area, lay, view, &t, scale)?;
    notes(area, lay, &t, scale)?;
    legend::draw(area, &lay.legend, &lay.geo, view.kinds, &t, scale)?;
    Ok(markers)
}

fn stroke(v: f64, scale: f64) -> u32 {
    (v * scale).round().max(1.0) as u32
}

/// Zebra bands and their captions (actor names or kinds), right-aligned against the time area.
fn bands<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    lay: &Layout,
    lifted: Option<&str>,
    t: &Theme,
    scale: f64,
) -> Result<(), DrawError> {
    let geo = &lay.geo;
    let style = font(geo.type_px, scale)
        .color(&t.ink)
        .pos(Pos::new(HPos::Right, VPos::Center));
    for (i, b) in lay.bands.iter().enumerate() {
        // The emphasised actor's row is lifted (the map's hover or selection), others zebra.
        let lift = b.actor.is_some() && b.actor == lifted;
        if lift || i % 2 == 0 {
            let fill = if lift {
                t.highlight.mix(0.1)
            } else {
                t.grid.mix(0.35)
            };
            area.draw(&Rectangle::new(
                [px((0.0, b.top), scale), px((geo.width, b.bottom), scale)],
                fill.filled(),
            ))?;
        }
        for (k, line) in b.caption.iter().enumerate() {
            area.draw(&Text::new(
                *line,
                px(
                    (geo.left - 8.0, b.caption_y + k as f64 * geo.line_h()),
                    scale,
                ),
                style.clone(),
            ))?;
        }
    }
    Ok(())
}

/// The day grid, tick labels that fit whole, the axis line and the chosen date.
fn axis<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    lay: &Layout,
    view: &TimelineView,
    t: &Theme,
    scale: f64,
) -> Result<(), DrawError> {
    let geo = &lay.geo;
    let (a, b) = lay.window.extent();
    let px_per_day = (geo.right - geo.left) / (b - a).max(1e-9);
    let step = tick_step(px_per_day);
    let label = font(geo.type_px, scale)
        .color(&t.muted)
        .pos(Pos::new(HPos::Center, VPos::Top));
    let (top, bottom) = (lay.chart_top, lay.chart_bottom);
    // Every day a grid line while days are far enough apart to tell; else only the ticks.
    let every_day = px_per_day >= 6.0;
    let (first, last) = (a.ceil() as i64, b.floor() as i64);
    for day in first..=last {
        let tick = is_tick(day, step);
        if !(every_day || tick) {
            continue;
        }
        let x = lay.x_of(day as f64);
        area.draw(&PathElement::new(
            vec![px((x, top), scale), px((x, bottom), scale)],
            t.grid.stroke_width(stroke(1.0, scale)),
        ))?;
        if tick {
            let text = view.numerals.write(&short_date(view.lang, day));
            let half = super::label_width(&text, geo.type_px) / 2.0;
            // Only where it is whole: never a date cut at the edge.
            if x - half >= 2.0 && x + half <= geo.width - 2.0 {
                area.draw(&Text::new(
                    text,
                    px((x, bottom + 5.0), scale),
                    label.clone(),
                ))?;
            }
        }
    }
    area.draw(&PathElement::new(
        vec![
            px((geo.left, bottom), scale),
            px((geo.right, bottom), scale),
        ],
        t.muted.stroke_width(stroke(1.0, scale)),
    ))?;
    if let Some(d) = view.date {
        let day = d.to_days() as f64;
        if (a..=b).contains(&day) {
            let x = lay.x_of(day);
            area.draw(&PathElement::new(
                vec![px((x, top), scale), px((x, bottom), scale)],
                t.ink.mix(0.8).stroke_width(stroke(1.5, scale)),
            ))?;
        }
    }
    Ok(())
}

/// Markers, range bars, dashed links, labels and the selection ring; returns the markers.
fn marks<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    lay: &Layout,
    view: &TimelineView,
    t: &Theme,
    scale: f64,
) -> Result<Vec<Marker>, DrawError> {
    let geo = &lay.geo;
    let r = geo.r;
    let mut markers: Vec<Marker> = Vec::with_capacity(lay.placed.len());
    let faded_item = |it: &items::Item| {
        let actor = view.actor.is_some_and(|a| !it.involves(a));
        let kind = it.pledge_kind.is_some_and(|k| !view.kinds.shows(k));
        actor || kind
    };
    // A stack fades only when every item in it would.
    let faded = |p: &super::layout::Placed, it: &items::Item| {
        faded_item(it)
            && p.stack
                .iter()
                .all(|&j| lay.items.get(j).is_none_or(faded_item))
    };
    // Bars first, so every marker sits on top of them.
    for p in &lay.placed {
        let Some(it) = lay.items.get(p.item) else {
            continue;
        };
        let alpha = if faded(p, it) { 0.2 } else { 1.0 };
        if let Some((x0, x1)) = p.bar {
            area.draw(&PathElement::new(
                vec![px((x0, p.y), scale), px((x1, p.y), scale)],
                t.muted.mix(0.45 * alpha).stroke_width(stroke(2.0, scale)),
            ))?;
            area.draw(&PathElement::new(
                vec![px((x1, p.y - 4.0), scale), px((x1, p.y + 4.0), scale)],
                t.muted.mix(0.6 * alpha).stroke_width(stroke(1.5, scale)),
            ))?;
        }
        if p.x_end > p.x + 0.5 {
            area.draw(&PathElement::new(
                vec![px((p.x, p.y), scale), px((p.x_end, p.y), scale)],
                it.colour.mix(alpha).stroke_width(stroke(3.0, scale)),
            ))?;
        }
        if let Some(cx) = p.link {
            dashed(
                area,
                px((p.x, p.y), scale),
                px((cx, p.y), scale),
                it.colour.mix(alpha),
                stroke(4.0, scale).max(2) as i32,
                stroke(1.0, scale),
            )?;
        }
    }
    let selected_key = view.selected.filter(|s| {
        lay.placed.iter().any(|p| {
            std::iter::once(&p.item)
                .chain(&p.stack)
                .any(|&i| key_of(lay, i).as_deref() == Some(*s))
        })
    });
    for p in &lay.placed {
        let Some(it) = lay.items.get(p.item) else {
            continue;
        };
        let faded_here = faded(p, it);
        let colour = it.colour.mix(if faded_here { 0.2 } else { 1.0 });
        let (shape, fill) = match it.pledge_kind {
            Some(k) => (Shape::Pledge(k), Fill::of(it.certainty)),
            None if it.exact => (Shape::Circle, Fill::Solid),
            None => (Shape::Circle, Fill::Hollow),
        };
        let range = p.x_end > p.x + 0.5;
        let start = (!p.cut.0).then_some(p.x);
        let end = (range && !p.cut.1).then_some(p.x_end);
        for x in start.iter().chain(end.iter()) {
            glyph::draw(area, (*x, p.y), r, shape, colour, fill, t.paper, scale)?;
        }
        let members: Vec<&items::Item> = std::iter::once(it)
            .chain(p.stack.iter().filter_map(|&j| lay.items.get(j)))
            .collect();
        let ring = members.iter().any(|m| match (selected_key, view.selected) {
            (Some(k), _) => k == items::key(m.kind, m.id),
            (None, Some(id)) => id == m.id,
            (None, None) => false,
        });
        if members.len() > 1 {
            // The count right of the marker (its last day's, for a range), in the room the
            // layout left for it.
            let (at, anchor) = match (p.count_before, range) {
                (Some(x), _) => (x, HPos::Right),
                (None, true) => (p.x_end + r + 2.0, HPos::Left),
                (None, false) => (p.x + r + 2.0, HPos::Left),
            };
            area.draw(&Text::new(
                super::stack::badge(members.len()),
                px((at, p.y), scale),
                font(geo.type_px - 1.0, scale)
                    .color(&if faded_here {
                        t.muted.mix(0.5)
                    } else {
                        t.ink.mix(1.0)
                    })
                    .pos(Pos::new(anchor, VPos::Center)),
            ))?;
        }
        if ring {
            area.draw(&Circle::new(
                px((p.x, p.y), scale),
                ((r + 4.0) * scale).round() as i32,
                t.highlight.stroke_width(stroke(2.0, scale)),
            ))?;
        }
        if let Some(l) = &p.label {
            let anchor = match l.side {
                Side::Before => HPos::Right,
                Side::After => HPos::Left,
                Side::On => HPos::Center,
            };
            if l.side == Side::On {
                // A patch of paper breaks the bar so the title reads over it.
                let half = super::label_width(l.text, geo.type_px) / 2.0 + 3.0;
                area.draw(&Rectangle::new(
                    [
                        px((l.x - half, l.y - geo.type_px / 2.0 - 1.0), scale),
                        px((l.x + half, l.y + geo.type_px / 2.0 + 1.0), scale),
                    ],
                    t.paper.filled(),
                ))?;
            }
            let ink = if faded_here {
                t.muted.mix(0.5)
            } else {
                t.ink.mix(1.0)
            };
            area.draw(&Text::new(
                l.text,
                px((l.x, l.y), scale),
                font(geo.type_px, scale)
                    .color(&ink)
                    .pos(Pos::new(anchor, VPos::Center)),
            ))?;
        }
        if let Some((nx, side)) = p.note_at {
            let anchor = match side {
                Side::Before => HPos::Right,
                Side::After => HPos::Left,
                Side::On => HPos::Center,
            };
            if side == Side::On {
                let half = super::label_width("00", geo.type_px - 1.0) / 2.0 + 2.0;
                area.draw(&Rectangle::new(
                    [
                        px((nx - half, p.y - geo.type_px / 2.0), scale),
                        px((nx + half, p.y + geo.type_px / 2.0), scale),
                    ],
                    t.paper.filled(),
                ))?;
            }
            area.draw(&Text::new(
                p.number.to_string(),
                px((nx, p.y), scale),
                font(geo.type_px - 1.0, scale)
                    .color(&t.ink)
                    .pos(Pos::new(anchor, VPos::Center)),
            ))?;
        }
        // Every item of a stack keeps its own marker, at the stack's place, one after another.
        let stack = members.len();
        markers.extend(members.into_iter().map(|m| Marker {
            key: items::key(m.kind, m.id),
            id: m.id.to_string(),
            kind: m.kind,
            x: p.x,
            x_end: p.x_end.max(p.x),
            y: p.y,
            date: m.day,
            actor: m.actor.map(str::to_string),
            stack,
        }));
    }
    Ok(markers)
}

fn key_of(lay: &Layout, item: usize) -> Option<String> {
    lay.items.get(item).map(|it| items::key(it.kind, it.id))
}

/// A dashed line between two backend points (plotters has no dash style).
pub(crate) fn dashed<DB: DrawingBackend, C: Color>(
    area: &DrawingArea<DB, Shift>,
    a: (i32, i32),
    b: (i32, i32),
    colour: C,
    dash: i32,
    width: u32,
) -> Result<(), DrawError> {
    let (dx, dy) = (f64::from(b.0 - a.0), f64::from(b.1 - a.1));
    let len = (dx * dx + dy * dy).sqrt(); // not `hypot`: libm code for overflow pixels never reach
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

/// The numbered titles under the axis: the number in ink, the title after it.
fn notes<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    lay: &Layout,
    t: &Theme,
    scale: f64,
) -> Result<(), DrawError> {
    let size = lay.geo.type_px - 1.0;
    let style = |c: &RGBColor| {
        font(size, scale)
            .color(c)
            .pos(Pos::new(HPos::Left, VPos::Center))
    };
    let indent = super::label_width("00", size) + 4.0;
    for n in &lay.notes {
        if n.number > 0 {
            area.draw(&Text::new(
                n.number.to_string(),
                px((n.x, n.y), scale),
                style(&t.ink),
            ))?;
        }
        area.draw(&Text::new(
            n.text,
            px((n.x + indent, n.y), scale),
            style(&t.muted),
        ))?;
    }
    Ok(())
}

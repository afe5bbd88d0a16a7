//! The pledge timeline as a reader meets it: who pledged what on a day, read off the SVG without
//! hovering; every label whole; every marker reachable by ← / → exactly once and a full tap
//! target wide; a time window that zooms, pans and round-trips through its URL form.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use coalition_map::draw::timeline::{
    self, KindFilter, LegendKey, Marker, MarkerKind, TimeWindow, TimelineMode, TimelineView,
};
use coalition_map::draw::to_svg;
use coalition_map::lang::Locale;
use coalition_map::model::{EventKind, PledgeKind};
use coalition_map::{query, Date, Index};

/// Draws `view` at `width` and its natural height; the SVG and the markers.
fn render(ix: &Index, view: &TimelineView, width: u32) -> (String, Vec<Marker>, f64) {
    let h = timeline::height(ix, view, f64::from(width)).ceil();
    let mut markers = Vec::new();
    let svg = to_svg(width, h as u32, |a| {
        markers = timeline::draw_timeline(a, ix, view, 1.0)?;
        Ok(())
    })
    .unwrap();
    (svg, markers, h)
}

/// A `<text>` element: its words, anchor point, anchor and size (CSS px).
#[derive(Debug, Clone)]
struct Text {
    text: String,
    x: f64,
    y: f64,
    anchor: String,
    px: f64,
}

impl Text {
    /// Its box, from the layout's own text estimate.
    fn bounds(&self) -> (f64, f64, f64, f64) {
        let w = timeline::label_width(&self.text, self.px);
        let x0 = match self.anchor.as_str() {
            "end" => self.x - w,
            "middle" => self.x - w / 2.0,
            _ => self.x,
        };
        (x0, self.y - self.px / 2.0, x0 + w, self.y + self.px / 2.0)
    }
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let rest = tag.get(at..)?;
    Some(rest.get(..rest.find('"')?)?.to_string())
}

/// Every `<text>` of an SVG.
fn texts(svg: &str) -> Vec<Text> {
    svg.split("<text ")
        .skip(1)
        .filter_map(|t| {
            let close = t.find('>')?;
            let tag = format!(" {}", t.get(..close)?);
            let body = t.get(close + 1..)?;
            let body = body.get(..body.find("</text>")?)?.trim();
            // plotters writes sizes in points (px / 1.24).
            let size: f64 = attr(&tag, "font-size")?.parse().ok()?;
            Some(Text {
                text: body
                    .replace("&amp;", "&")
                    .replace("&apos;", "'")
                    .replace("&quot;", "\""),
                x: attr(&tag, "x")?.parse().ok()?,
                y: attr(&tag, "y")?.parse().ok()?,
                anchor: attr(&tag, "text-anchor").unwrap_or_else(|| "start".into()),
                px: (size * 1.24).round(),
            })
        })
        .collect()
}

/// Everything the timeline may write, whole.
fn wholes(ix: &Index) -> Vec<String> {
    let mut out: Vec<String> = ix.data.events.iter().map(|e| e.title.clone()).collect();
    out.extend(ix.data.actors.iter().map(|a| a.name.clone()));
    out.extend(EventKind::ALL.iter().map(|k| k.label().to_string()));
    out.extend(PledgeKind::ALL.iter().map(|k| k.label().to_string()));
    out.extend(
        [
            LegendKey::Reported,
            LegendKey::Hedged,
            LegendKey::Approximate,
            LegendKey::Range,
            LegendKey::Disputed,
            LegendKey::Decision,
            LegendKey::StrikeIraq,
            LegendKey::StrikeSyria,
            LegendKey::Support,
            LegendKey::Mission,
            LegendKey::Listing,
        ]
        .iter()
        .map(|k| k.label().to_string()),
    );
    out.extend(
        [
            "Events",
            "Pledges",
            "Meetings",
            "Decisions, strikes",
            "Listed as partners",
        ]
        .map(String::from),
    );
    out.extend(ix.data.meetings.iter().map(|m| m.name.clone()));
    // Numbers a title yields to, beside its marker and before it in the notes.
    out.extend((1..100).map(|n| n.to_string()));
    let (a, b) = query::date_span(ix).unwrap();
    out.extend((a.to_days() - 40..=b.to_days() + 40).map(|d| timeline::short_date(Locale::En, d)));
    out
}

fn widths() -> [u32; 6] {
    [1280, 1200, 800, 480, 375, 320]
}

fn views() -> [TimelineView<'static>; 2] {
    [
        TimelineView::default(),
        TimelineView {
            mode: TimelineMode::Kind,
            ..Default::default()
        },
    ]
}

#[test]
fn every_label_is_whole_or_a_word_wrapped_piece_and_none_overlap() {
    let ix = common::index();
    let whole = wholes(&ix);
    for view in views() {
        for width in widths() {
            let (svg, _, h) = render(&ix, &view, width);
            let ts = texts(&svg);
            assert!(ts.len() > 20, "{width}: only {} labels", ts.len());
            let mut k = 0;
            while let Some(t) = ts.get(k) {
                assert!(!t.text.contains('…'), "{width}: cut label {:?}", t.text);
                if whole.contains(&t.text) {
                    k += 1;
                    continue;
                }
                // A wrapped name: this line and the next ones, straight below, join to a whole.
                let joined = (1..4).find(|&n| {
                    let lines: Vec<&str> = ts[k..(k + n + 1).min(ts.len())]
                        .iter()
                        .map(|t| t.text.as_str())
                        .collect();
                    whole.contains(&lines.join(" "))
                });
                let n = joined.unwrap_or_else(|| {
                    panic!("{width} {:?}: {:?} is not a whole label", view.mode, t.text)
                });
                k += n + 1;
            }
            for (i, a) in ts.iter().enumerate() {
                let (ax0, ay0, ax1, ay1) = a.bounds();
                assert!(
                    ax0 >= -0.5 && ax1 <= f64::from(width) + 0.5 && ay0 >= 0.0 && ay1 <= h,
                    "{width} {:?}: {:?} leaves the picture",
                    view.mode,
                    a.text
                );
                for b in &ts[i + 1..] {
                    let (bx0, by0, bx1, by1) = b.bounds();
                    let apart = ax1 <= bx0 || bx1 <= ax0 || ay1 <= by0 + 0.5 || by1 <= ay0 + 0.5;
                    assert!(
                        apart,
                        "{width} {:?}: {:?} overlaps {:?}",
                        view.mode, a.text, b.text
                    );
                }
            }
        }
    }
}

#[test]
fn who_pledged_what_on_15_september_reads_off_the_picture() {
    let ix = common::index();
    let day: Date = "2014-09-15".parse().unwrap();
    for width in [1280, 375] {
        let (svg, markers, _) = render(&ix, &TimelineView::default(), width);
        let ts = texts(&svg);
        let pledges: Vec<_> = ix
            .data
            .pledges
            .iter()
            .filter(|p| query::effective_date(&ix, p.date.as_ref(), &p.sources) == Some(day))
            .collect();
        assert!(pledges.len() >= 5, "pledges on 15 Sept: {}", pledges.len());
        for p in pledges {
            let name = &ix.actor(&p.actor).unwrap().name;
            let m = markers
                .iter()
                .find(|m| m.key == format!("pledge:{}", p.id))
                .unwrap_or_else(|| panic!("{width}: {} not drawn", p.id));
            assert_eq!(m.actor.as_deref(), Some(p.actor.as_str()));
            // The name is written (whole, or wrapped over lines) on the marker's row, left of it.
            let lines: Vec<&Text> = ts
                .iter()
                .filter(|t| name.split(' ').any(|w| t.text.split(' ').any(|x| x == w)))
                .filter(|t| (t.y - m.y).abs() <= 14.0 && t.x < m.x)
                .collect();
            let joined: Vec<&str> = lines.iter().map(|t| t.text.as_str()).collect();
            assert_eq!(
                joined.join(" "),
                *name,
                "{width}: {} is not named on the row of {}",
                name,
                p.id
            );
        }
    }
}

#[test]
fn every_event_title_is_written_whole_beside_its_marker_or_in_the_notes() {
    let ix = common::index();
    for view in views() {
        for width in [1280, 800, 375] {
            let (svg, _, _) = render(&ix, &view, width);
            let ts: Vec<String> = texts(&svg).into_iter().map(|t| t.text).collect();
            for e in &ix.data.events {
                let found = (0..ts.len())
                    .any(|k| (1..4).any(|n| ts[k..(k + n).min(ts.len())].join(" ") == e.title));
                assert!(
                    found,
                    "{width} {:?}: {:?} is not written",
                    view.mode, e.title
                );
            }
        }
    }
}

#[test]
fn arrows_step_through_every_marker_exactly_once() {
    let ix = common::index();
    for view in views() {
        for width in [1280, 375] {
            let (_, markers, _) = render(&ix, &view, width);
            let expected = ix.data.events.len()
                + ix.data.pledges.len()
                + ix.data
                    .conferences
                    .iter()
                    .filter(|c| c.date_dispute.is_some())
                    .count();
            assert_eq!(markers.len(), expected, "{width}: every item drawn");
            let mut keys: Vec<&str> = markers.iter().map(|m| m.key.as_str()).collect();
            keys.sort();
            keys.dedup();
            assert_eq!(keys.len(), markers.len(), "keys are unique");
            for forward in [true, false] {
                let mut seen: Vec<String> = Vec::new();
                let mut at: Option<String> = None;
                for _ in 0..markers.len() {
                    let m = timeline::step(&markers, at.as_deref(), forward).unwrap();
                    assert!(!seen.contains(&m.key), "{} visited twice", m.key);
                    seen.push(m.key.clone());
                    at = Some(m.key.clone());
                }
                assert_eq!(seen.len(), markers.len());
                // One more step comes back to the start.
                let again = timeline::step(&markers, at.as_deref(), forward).unwrap();
                assert_eq!(Some(&again.key), seen.first());
            }
            // Stepping order is time, then top to bottom.
            for w in markers.windows(2) {
                assert!(
                    (w[0].date, w[0].y) <= (w[1].date, w[1].y) || w[0].date < w[1].date,
                    "{:?} before {:?}",
                    w[0].key,
                    w[1].key
                );
            }
        }
    }
}

#[test]
fn an_event_and_a_pledge_with_one_id_are_two_items() {
    let ix = common::index();
    let (_, markers, _) = render(&ix, &TimelineView::default(), 1200);
    let shared: Vec<&Marker> = markers
        .iter()
        .filter(|m| markers.iter().any(|o| o.id == m.id && o.kind != m.kind))
        .collect();
    for m in &shared {
        let item = query::timeline_item_by_key(&ix, &m.key).unwrap();
        assert_eq!(item.key, m.key);
        let kind = match m.kind {
            MarkerKind::Event => "event",
            MarkerKind::Pledge => "pledge",
            MarkerKind::DisputedDate => "dispute",
            MarkerKind::Decision => "decision",
            MarkerKind::Strike => "strike",
            MarkerKind::Meeting => "meeting",
            MarkerKind::Listing => "listing",
        };
        assert_eq!(item.kind, kind, "{}", m.key);
    }
    assert_eq!(
        query::timeline_item_by_key(&ix, "nothing:fra-air-strikes").map(|i| i.key),
        None
    );
    assert_eq!(
        query::timeline_item_by_key(&ix, "fra-air-strikes").map(|i| i.key),
        Some("pledge:fra-air-strikes".to_string()),
        "a bare id still finds its item"
    );
}

#[test]
fn every_marker_has_a_full_tap_target_at_every_width() {
    let ix = common::index();
    for view in views() {
        for width in widths() {
            let (_, markers, _) = render(&ix, &view, width);
            let (left, right) = timeline::time_area(&ix, &view, f64::from(width)).unwrap();
            for (i, a) in markers.iter().enumerate() {
                assert!(
                    a.x >= left && a.x_end <= right,
                    "{width} {:?}: {} outside the time area",
                    view.mode,
                    a.key
                );
                // Its own centre, and a point 11 px to the side of it, hit it and nothing else.
                let own = timeline::hit(&markers, a.x, a.y, timeline::HIT_RADIUS);
                assert_eq!(own.map(|m| &m.key), Some(&a.key), "{width}");
                for b in &markers[i + 1..] {
                    let dy = (a.y - b.y).abs();
                    let dx = if a.x_end < b.x {
                        b.x - a.x_end
                    } else if b.x_end < a.x {
                        a.x - b.x_end
                    } else {
                        0.0
                    };
                    assert!(
                        dy >= timeline::TARGET - 1e-6 || dx >= timeline::TARGET - 1e-6,
                        "{width} {:?}: {} and {} are {dx:.1} x {dy:.1} px apart",
                        view.mode,
                        a.key,
                        b.key
                    );
                }
            }
        }
    }
}

#[test]
fn the_axis_spans_the_dataset_and_the_window_narrows_it() {
    let ix = common::index();
    let (a, b) = query::date_span(&ix).unwrap();
    let full = TimeWindow::full(&ix).unwrap();
    assert_eq!(full.to_string(), format!("{a}..{b}"));
    // The first view shows the September story's days; the months after Paris are a zoom out
    // away (the whole span is the bounds every window is clamped to).
    let (a, b) = query::story_span(&ix).unwrap();
    assert_eq!(
        TimeWindow::initial(&ix).unwrap().to_string(),
        format!("{a}..{b}")
    );
    let (svg, all, _) = render(&ix, &TimelineView::default(), 1200);
    for d in [a, b] {
        assert!(
            texts(&svg)
                .iter()
                .any(|t| t.text == timeline::short_date(Locale::En, d.to_days())),
            "no tick for {d}"
        );
    }
    let window: TimeWindow = "2014-09-14..2014-09-15".parse().unwrap();
    let view = TimelineView {
        window: Some(window),
        date: Some("2014-09-15".parse().unwrap()),
        ..Default::default()
    };
    let (svg, some, _) = render(&ix, &view, 1200);
    assert!(some.len() < all.len() && !some.is_empty());
    let d14: Date = "2014-09-14".parse().unwrap();
    for m in &some {
        let first = m.date.to_days();
        assert!(first <= d14.to_days() + 1, "{} shown", m.key);
    }
    assert!(
        !texts(&svg).iter().any(|t| t.text
            == timeline::short_date(
                Locale::En,
                "2014-09-08"
                    .parse::<coalition_map::Date>()
                    .unwrap()
                    .to_days()
            )),
        "8 Sept is out of view"
    );
    // The chosen date is a line across the chart: a path from its top to the axis.
    let area = timeline::time_area(&ix, &view, 1200.0).unwrap();
    let x = window.x_of(d14.to_days() as f64 + 1.0, area).round();
    let line = svg
        .split("<polyline")
        .any(|p| p.contains(&format!("points=\"{x},6 {x},")) && p.contains("stroke=\"#1F2328\""));
    assert!(line, "no line for the chosen date at x = {x}");
}

#[test]
fn a_brought_dataset_gets_its_own_span() {
    let mut ix = common::index();
    let late: Date = "2014-10-20".parse().unwrap();
    let mut data = ix.data.clone();
    // The embedded story goes on to December: without its records after Paris, a late pledge is
    // what sets the span's end.
    data.decisions.clear();
    data.strikes.clear();
    data.listings.clear();
    data.meetings.clear();
    // The stories rest on those records: a dataset without them has no stories.
    data.stories.clear();
    if let Some(p) = data.pledges.first_mut() {
        p.date = Some(coalition_map::model::When {
            date: late,
            until: None,
            approximate: None,
            relation: None,
            dispute: None,
        });
    }
    ix = Index::new(data).unwrap();
    let full = TimeWindow::full(&ix).unwrap();
    assert_eq!(full.to.round() as i64, late.to_days());
    let (_, markers, _) = render(&ix, &TimelineView::default(), 1200);
    assert!(
        markers.iter().any(|m| m.date == late),
        "the late pledge is drawn"
    );
}

#[test]
fn the_kind_filter_fades_other_kinds_and_the_legend_toggles_it() {
    let ix = common::index();
    let only: KindFilter = "air_strikes".parse().unwrap();
    let view = TimelineView {
        kinds: only,
        ..Default::default()
    };
    let (plain, m1, _) = render(&ix, &TimelineView::default(), 1200);
    let (faded, m2, h) = render(&ix, &view, 1200);
    assert_eq!(m1, m2, "fading moves nothing");
    assert_ne!(plain, faded);
    // Somewhere in the legend is the entry that toggles air strikes.
    let hit = (0..1200)
        .step_by(3)
        .flat_map(|x| ((h as i32 - 80)..h as i32).map(move |y| (x, y)))
        .find_map(|(x, y)| {
            timeline::legend_hit(&ix, &view, 1200.0, f64::from(x), f64::from(y))
                .filter(|k| *k == LegendKey::Kind(PledgeKind::Troops))
        });
    assert_eq!(hit, Some(LegendKey::Kind(PledgeKind::Troops)));
    assert!(only.toggle(PledgeKind::Troops).shows(PledgeKind::Troops));
}

#[test]
fn drawing_is_cheap() {
    let ix = common::index();
    let view = TimelineView {
        actor: Some("FRA"),
        date: Some("2014-09-15".parse().unwrap()),
        ..Default::default()
    };
    let runs = 50;
    let start = std::time::Instant::now();
    for _ in 0..runs {
        let _ = render(&ix, &view, 1200);
    }
    let per = start.elapsed().as_secs_f64() * 1000.0 / f64::from(runs);
    eprintln!("timeline layout + SVG at 1200 px: {per:.3} ms per draw");
    // Generous: a debug build on a shared machine. The release figure is in the README.
    assert!(per < 50.0, "{per} ms per draw");
}

mod never_panics {
    use super::*;
    use proptest::prelude::*;

    fn ix() -> &'static Index {
        static IX: std::sync::OnceLock<Index> = std::sync::OnceLock::new();
        IX.get_or_init(common::index)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Whatever window, width, zoom, pan or URL text the page hands over, the timeline draws
        /// (or refuses to parse) without a panic, and its markers stay in the time area.
        #[test]
        fn any_window_width_zoom_and_pan(
            from in any::<f64>(), len in any::<f64>(), width in 1u32..2600,
            factor in any::<f64>(), at in any::<f64>(), dx in any::<f64>(),
            kind in any::<bool>(), text in ".{0,30}", selected in ".{0,20}",
        ) {
            let ix = ix();
            let _ = text.parse::<TimeWindow>();
            let _ = text.parse::<KindFilter>();
            let _ = text.parse::<TimelineMode>();
            let _ = query::timeline_item_by_key(ix, &text);
            let full = TimeWindow::full(ix).unwrap();
            let w = TimeWindow { from, to: from + len };
            let area = (100.0, 900.0);
            for w in [w, w.zoom(factor, at, area, full), w.pan(dx, area, full), w.clamp(full)] {
                let view = TimelineView {
                    window: Some(w),
                    mode: if kind { TimelineMode::Kind } else { TimelineMode::Actor },
                    selected: Some(&selected),
                    ..Default::default()
                };
                let wf = f64::from(width);
                let _ = timeline::legend_hit(ix, &view, wf, at, dx);
                let (left, right) = timeline::time_area(ix, &view, wf).unwrap();
                let (_, markers, _) = render(ix, &view, width);
                for m in &markers {
                    prop_assert!(m.x >= left - 1e-6 && m.x_end <= right + 1e-6, "{:?}", m);
                }
            }
        }
    }
}

#[test]
fn the_shown_count_is_the_drawn_markers_count() {
    // The text alternative counts the markers before the timeline is laid out (the page's first
    // frame, the baked frames, the CLI): the count must be what the drawing then shows, in any
    // window, mode and width — a window that cuts Paris from its other claimed day too.
    let ix = common::index();
    let day = |d: &str| d.parse::<Date>().unwrap();
    let windows = [
        None,
        TimeWindow::full(&ix),
        TimeWindow::new(day("2014-09-14"), day("2014-09-14")),
        TimeWindow::new(day("2014-09-15"), day("2014-10-20")),
        TimeWindow::new(day("2014-11-01"), day("2014-12-31")),
    ];
    for window in windows {
        for mode in [TimelineMode::Actor, TimelineMode::Kind] {
            for width in [360, 1280] {
                let view = TimelineView {
                    window,
                    mode,
                    ..TimelineView::default()
                };
                let (_, markers, _) = render(&ix, &view, width);
                assert_eq!(
                    timeline::shown_count(&ix, window),
                    markers.len(),
                    "{window:?} {mode:?} at {width} px"
                );
            }
        }
    }
    assert_eq!(
        timeline::shown_count(&ix, TimeWindow::full(&ix)),
        ix.data.events.len()
            + ix.data.pledges.len()
            + ix.data.decisions.len()
            + ix.data.strikes.len()
            + ix.data.listings.len()
            + ix.data.meetings.len()
            + 1,
        "every record, and Paris's other claimed day"
    );
}

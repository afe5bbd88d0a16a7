//! The pledge timeline with a dataset many times the embedded one (as `scripts/scale-dataset.mjs`
//! makes for the benchmark): look-alike items on one day are drawn as one counted marker (a
//! stack), yet every item keeps its own marker and key, ← → still visit each exactly once, clicks
//! on a stack reach each of its items, and distinct places keep their full tap targets.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use coalition_map::draw::timeline::{self, Marker, TimelineMode, TimelineView};
use coalition_map::draw::to_svg;
use coalition_map::Index;

/// The embedded dataset with its pledges, statements and events `n` times over, the copies under
/// new ids (`-x2`, `-x3`…), as `scripts/scale-dataset.mjs` writes it.
fn scaled(n: usize) -> Index {
    let base = common::index().data;
    let mut data = base.clone();
    for k in 2..=n {
        let s = format!("-x{k}");
        data.pledges.extend(base.pledges.iter().map(|p| {
            let mut p = p.clone();
            p.id = format!("{}{s}", p.id);
            p
        }));
        data.statements.extend(base.statements.iter().map(|st| {
            let mut st = st.clone();
            st.id = format!("{}{s}", st.id);
            st
        }));
        data.events.extend(base.events.iter().map(|e| {
            let mut e = e.clone();
            e.id = format!("{}{s}", e.id);
            e.pledges = e.pledges.iter().map(|p| format!("{p}{s}")).collect();
            e
        }));
    }
    Index::new(data).unwrap_or_else(|e| panic!("the {n}× dataset is invalid: {e:?}"))
}

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

fn views() -> [TimelineView<'static>; 2] {
    [
        TimelineView::default(),
        TimelineView {
            mode: TimelineMode::Kind,
            ..Default::default()
        },
    ]
}

fn items(ix: &Index) -> usize {
    ix.data.events.len()
        + ix.data.pledges.len()
        + ix.data
            .conferences
            .iter()
            .filter(|c| c.date_dispute.is_some())
            .count()
}

/// The stacks' counts written in the SVG: x, anchor and text.
fn counts(svg: &str) -> Vec<(f64, String, String)> {
    let attr = |tag: &str, name: &str| -> Option<String> {
        let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        let rest = tag.get(at..)?;
        Some(rest.get(..rest.find('"')?)?.to_string())
    };
    svg.split("<text ")
        .skip(1)
        .filter_map(|t| {
            let close = t.find('>')?;
            let tag = format!(" {}", t.get(..close)?);
            let body = t.get(close + 1..)?;
            let body = body.get(..body.find("</text>")?)?.trim();
            body.starts_with('×').then(|| {
                let x = attr(&tag, "x")?.parse().ok()?;
                let anchor = attr(&tag, "text-anchor").unwrap_or_else(|| "start".into());
                Some((x, anchor, body.to_string()))
            })?
        })
        .collect()
}

/// The places markers are drawn at: one per marker of its own, one per stack.
fn places(markers: &[Marker]) -> Vec<&Marker> {
    let mut out: Vec<&Marker> = Vec::new();
    for m in markers {
        let same = out
            .last()
            .is_some_and(|p| m.stack > 1 && p.x == m.x && p.y == m.y && p.stack == m.stack);
        if !same {
            out.push(m);
        }
    }
    out
}

#[test]
fn every_item_keeps_its_marker_and_arrows_visit_each_once() {
    for n in [10, 100] {
        let ix = scaled(n);
        for view in views() {
            for width in [1280, 375] {
                let (_, markers, _) = render(&ix, &view, width);
                assert_eq!(markers.len(), items(&ix), "{n}× {width}: every item drawn");
                let mut keys: Vec<&str> = markers.iter().map(|m| m.key.as_str()).collect();
                keys.sort();
                keys.dedup();
                assert_eq!(keys.len(), markers.len(), "{n}×: keys are unique");
                let mut seen = std::collections::HashSet::new();
                let mut at: Option<String> = None;
                for _ in 0..markers.len() {
                    let m = timeline::step(&markers, at.as_deref(), true).unwrap();
                    assert!(seen.insert(m.key.clone()), "{} visited twice", m.key);
                    at = Some(m.key.clone());
                }
                assert_eq!(seen.len(), markers.len());
                for w in markers.windows(2) {
                    assert!(w[0].date <= w[1].date, "{} after {}", w[0].key, w[1].key);
                }
            }
        }
    }
}

#[test]
fn look_alikes_on_one_day_are_one_counted_marker_with_a_full_target() {
    let ix = scaled(10);
    for view in views() {
        for width in [1280u32, 800, 375] {
            let (svg, markers, _) = render(&ix, &view, width);
            let stacks = places(&markers);
            assert!(
                stacks.iter().any(|m| m.stack == 10),
                "{width} {:?}: the ten copies of an item are one marker",
                view.mode
            );
            assert!(svg.contains("×10"), "{width}: the stack's count is written");
            let written = counts(&svg);
            assert!(!written.is_empty(), "{width}: counts are read off the SVG");
            for (x, anchor, text) in written {
                let w = timeline::label_width(&text, 11.0);
                let (a, b) = if anchor == "end" {
                    (x - w, x)
                } else {
                    (x, x + w)
                };
                assert!(
                    a >= 0.0 && b <= f64::from(width),
                    "{width} {:?}: {text} at {a:.0}..{b:.0} is cut",
                    view.mode
                );
            }
            let (left, right) = timeline::time_area(&ix, &view, f64::from(width)).unwrap();
            for (i, a) in stacks.iter().enumerate() {
                assert!(
                    a.x >= left && a.x_end <= right,
                    "{width}: {} outside",
                    a.key
                );
                for b in &stacks[i + 1..] {
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
fn clicks_on_a_stack_reach_each_of_its_items() {
    let ix = scaled(10);
    let (_, markers, _) = render(&ix, &TimelineView::default(), 1280);
    for place in places(&markers).into_iter().filter(|m| m.stack > 1) {
        let mut current: Option<String> = None;
        let mut reached = std::collections::HashSet::new();
        for _ in 0..place.stack {
            let m = timeline::hit_next(
                &markers,
                place.x,
                place.y,
                timeline::HIT_RADIUS,
                current.as_deref(),
            )
            .unwrap();
            assert!(reached.insert(m.key.clone()), "{} reached twice", m.key);
            current = Some(m.key.clone());
        }
        assert_eq!(reached.len(), place.stack, "{}", place.key);
    }
}

#[test]
fn a_hundred_times_the_data_is_no_taller_than_ten_times() {
    // Stacks keep the picture the size of the story, not of the dataset.
    let (_, _, h10) = render(&scaled(10), &TimelineView::default(), 1280);
    let big = scaled(100);
    let start = std::time::Instant::now();
    let (_, _, h100) = render(&big, &TimelineView::default(), 1280);
    // A figure, not a budget (timings are the benchmark's): the page's is in the README.
    eprintln!(
        "timeline height + layout + SVG at 100×: {:.1} ms",
        start.elapsed().as_secs_f64() * 1000.0
    );
    let (_, _, h1) = render(&common::index(), &TimelineView::default(), 1280);
    eprintln!("timeline height at 1280 px: 1× {h1}, 10× {h10}, 100× {h100} px");
    assert!(h100 <= h10 + 1.0, "{h100} px at 100× against {h10} at 10×");
}

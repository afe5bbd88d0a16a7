//! Native micro-benchmarks of the core, for `scripts/bench.mjs` (which runs this as
//! `cargo run --release --example bench_native -- [--quick] [--width W] [--height H]`).
//!
//! Measures, through the library's public API only:
//! - dataset load + validate + index (`Index::embedded()`), and shape decoding (`Shapes::embedded()`);
//! - projecting the shapes into a viewport (`ProjectedMap::new`), done once per size or framing;
//! - the hit-test (`ProjectedMap::hit`) over many pseudo-random points of the viewport;
//! - rendering the map and the timeline to SVG (`draw::to_svg`), the same drawing code as the page.
//!
//! Prints one JSON object per line: `{"name", "value", "unit", "n", "note"}`. Plain std only (no
//! benchmark crate): each figure is the median of repeated timed runs, or a mean over a long loop
//! where one call is too short for the clock.

use std::hint::black_box;
use std::time::Instant;

use coalition_map::draw::{map, timeline, to_svg};
use coalition_map::geo::{Framing, ProjectedMap, Shapes, Viewport};
use coalition_map::{query, Index};

/// Small, deterministic xorshift generator: the same points on every run, no extra dependency.
struct Rng(u64);

impl Rng {
    fn next_f64(&mut self) -> f64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n == 0 {
        f64::NAN
    } else if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

/// Runs `f` `runs` times (after one warm-up) and returns the median wall time in milliseconds.
fn median_ms<T>(runs: usize, mut f: impl FnMut() -> T) -> f64 {
    black_box(f());
    let times = (0..runs)
        .map(|_| {
            let t = Instant::now();
            black_box(f());
            t.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    median(times)
}

fn emit(name: &str, value: f64, unit: &str, n: usize, note: &str) {
    let esc = |s: &str| s.replace('\\', "\\\\").replace('"', "\\\"");
    println!(
        "{{\"name\":\"{}\",\"value\":{:.4},\"unit\":\"{}\",\"n\":{},\"note\":\"{}\"}}",
        esc(name),
        value,
        esc(unit),
        n,
        esc(note)
    );
}

fn arg(args: &[String], name: &str, default: f64) -> f64 {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn main() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let quick = args.iter().any(|a| a == "--quick");
    // The page's map size at a 1280 px window (bench.mjs passes what the browser measured).
    let width = arg(&args, "--width", 836.0);
    let height = arg(&args, "--height", 552.0);
    let runs = if quick { 5 } else { 30 };
    let hits = if quick { 20_000 } else { 200_000 };

    let ix = Index::embedded().map_err(|e| format!("embedded dataset invalid: {e:?}"))?;
    let shapes = Shapes::embedded()?;

    let t = median_ms(runs, || Index::embedded().map(|ix| ix.data.actors.len()));
    emit(
        "dataset_load_ms",
        t,
        "ms",
        runs,
        "Index::embedded(): parse + validate + index",
    );
    let t = median_ms(runs, || Shapes::embedded().map(|s| s.countries.len()));
    emit(
        "shapes_decode_ms",
        t,
        "ms",
        runs,
        "Shapes::embedded(): parse + delta-decode the embedded outlines",
    );

    let wants = |id: &str| query::primary_status(&ix, id, None).is_some();
    for framing in [Framing::Region, Framing::World] {
        let key = framing.key();
        // The page's rule (www/ui.js draw()): the world framing is flatter than the region.
        let height = match framing {
            Framing::Region | Framing::Gulf => height,
            Framing::World => (width * 0.52).clamp(220.0, 640.0).round(),
        };
        let viewport = Viewport::new(width, height, framing);
        let t = median_ms(runs, || ProjectedMap::new(&shapes, viewport, wants));
        emit(
            &format!("project_{key}_ms"),
            t,
            "ms",
            runs,
            &format!("ProjectedMap::new at {width}x{height} CSS px"),
        );

        let pm = ProjectedMap::new(&shapes, viewport, wants);
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        let points: Vec<(f64, f64)> = (0..hits)
            .map(|_| (rng.next_f64() * width, rng.next_f64() * height))
            .collect();
        // Warm-up, and the share of points that land on a country.
        let landed = points
            .iter()
            .filter(|&&(x, y)| pm.hit(x, y).is_some())
            .count();
        let t = Instant::now();
        let mut found = 0usize;
        for &(x, y) in &points {
            found += usize::from(black_box(pm.hit(black_box(x), black_box(y))).is_some());
        }
        let per_call_us = t.elapsed().as_secs_f64() * 1e6 / hits as f64;
        black_box(found);
        emit(
            &format!("hit_{key}_us"),
            per_call_us,
            "µs/call",
            hits,
            &format!(
                "ProjectedMap::hit, mean over uniform random points ({:.0}% on land)",
                100.0 * landed as f64 / hits as f64
            ),
        );
        // The slowest kind of point: on land, where the point-in-polygon test runs.
        let land: Vec<(f64, f64)> = points
            .iter()
            .copied()
            .filter(|&(x, y)| pm.hit(x, y).is_some())
            .collect();
        if !land.is_empty() {
            let t = Instant::now();
            for &(x, y) in &land {
                black_box(pm.hit(black_box(x), black_box(y)));
            }
            let us = t.elapsed().as_secs_f64() * 1e6 / land.len() as f64;
            emit(
                &format!("hit_{key}_land_us"),
                us,
                "µs/call",
                land.len(),
                "ProjectedMap::hit, points on a country only",
            );
        }

        let strip = map::legend_strip_height(width, framing);
        let total = (height + strip).ceil() as u32;
        let title = "Status by the end of September 2014";
        let view = map::MapView {
            fills: map::fills(&ix, &shapes, None),
            selected: shapes
                .countries
                .iter()
                .position(|c| c.id.as_deref() == Some("FRA")),
            hovered: None,
            highlighted: Vec::new(),
            legend_title: Some(title),
            ..Default::default() // the light theme, and whatever later fields default to
        };
        let mut bytes = 0;
        let t = median_ms(runs, || {
            let svg = to_svg(width as u32, total, |a| map::draw_map(a, &pm, &view, 1.0));
            bytes = svg.as_ref().map_or(0, String::len);
            svg.is_ok()
        });
        if bytes == 0 {
            return Err(format!("map SVG ({key}) failed to render"));
        }
        emit(
            &format!("svg_map_{key}_ms"),
            t,
            "ms",
            runs,
            &format!("draw::to_svg of the map, France selected ({bytes} bytes of SVG)"),
        );
    }

    let tw = width;
    let th = timeline::natural_height(&ix, tw).ceil() as u32;
    let view = timeline::TimelineView {
        date: None,
        actor: Some("FRA"),
        selected: None,
        ..Default::default()
    };
    let mut bytes = 0;
    let t = median_ms(runs, || {
        let svg = to_svg(tw as u32, th, |a| {
            timeline::draw_timeline(a, &ix, &view, 1.0).map(|_| ())
        });
        bytes = svg.as_ref().map_or(0, String::len);
        svg.is_ok()
    });
    if bytes == 0 {
        return Err("timeline SVG failed to render".into());
    }
    emit(
        "svg_timeline_ms",
        t,
        "ms",
        runs,
        &format!("draw::to_svg of the timeline at {tw}x{th}, France emphasised ({bytes} bytes)"),
    );

    // What one map click costs in the core besides drawing: the fills for a date.
    let date: coalition_map::Date = "2014-09-15".parse().map_err(|e| format!("{e}"))?;
    let t = median_ms(runs, || map::fills(&ix, &shapes, Some(date)));
    emit(
        "fills_ms",
        t,
        "ms",
        runs,
        "map::fills: every shape's status on 15 Sep 2014",
    );
    Ok(())
}

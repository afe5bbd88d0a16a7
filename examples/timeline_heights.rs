//! The timeline's height (CSS px) in the default view at each width, in both modes, as JSON:
//! `{"actor": [[width, height], …], "kind": […]}`, each pair the height from that width on.
//! `scripts/build.sh` writes it (`cargo run -q --example timeline_heights`) for
//! `scripts/bundle.mjs`, which puts it in the page's and the embed's scripts: the timeline card then
//! has its final size before the timeline's own wasm module arrives (`www/timeline-card.js`).
//! The layout is the one the page draws (the canvas measured the same heights, 2026-12-06: 698 px
//! at 1214 px wide, 1134 px at 333 px).

use coalition_map::draw::timeline::{self, TimelineMode, TimelineView};
use coalition_map::Index;

/// The widths covered, every one: a phone's narrowest card to a wide screen's.
const WIDTHS: std::ops::RangeInclusive<u32> = 200..=2400;

fn main() -> Result<(), String> {
    let ix = Index::embedded().map_err(|e| format!("the embedded dataset: {e:?}"))?;
    let mut modes = Vec::new();
    for (name, mode) in [("actor", TimelineMode::Actor), ("kind", TimelineMode::Kind)] {
        let view = TimelineView {
            mode,
            ..TimelineView::default()
        };
        let mut runs: Vec<String> = Vec::new();
        let mut last = None;
        for w in WIDTHS {
            // As the page sizes the canvas at a device-pixel ratio of 1 (web::surface::backing).
            let h = timeline::height(&ix, &view, f64::from(w)).round() as u32;
            if last != Some(h) {
                runs.push(format!("[{w},{h}]"));
                last = Some(h);
            }
        }
        modes.push(format!("\"{name}\":[{}]", runs.join(",")));
    }
    println!("{{{}}}", modes.join(","));
    Ok(())
}

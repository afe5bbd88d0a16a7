//! Draws the timeline to PNG in a chosen view, for looking at layouts by eye:
//! `cargo run -q --example timeline_png -- OUT.png WIDTH [actor|kind] [FROM..TO] [DATE] [KINDS] [ACTOR] [DATASET.json]`.

use coalition_map::draw::{timeline, to_png};
use coalition_map::Index;

fn main() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let arg = |i: usize| args.get(i).map(String::as_str).filter(|s| !s.is_empty());
    let out = arg(0).ok_or(
        "usage: OUT.png WIDTH [actor|kind] [FROM..TO] [DATE] [KINDS] [ACTOR] [DATASET.json]",
    )?;
    let width: u32 = arg(1)
        .unwrap_or("1200")
        .parse()
        .map_err(|e| format!("{e}"))?;
    let ix = match arg(7) {
        Some(path) => {
            let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
            coalition_map::Dataset::from_json(&text)
                .and_then(Index::new)
                .map_err(|_| format!("{path}: not a valid dataset"))?
        }
        None => Index::embedded().map_err(|_| "embedded dataset invalid".to_string())?,
    };
    let view = timeline::TimelineView {
        mode: arg(2).unwrap_or("actor").parse()?,
        window: arg(3)
            .map(str::parse)
            .transpose()
            .map_err(|e: coalition_map::view::Reason| e.to_string())?,
        date: arg(4)
            .map(str::parse)
            .transpose()
            .map_err(|e| format!("{e}"))?,
        kinds: arg(5).unwrap_or("").parse()?,
        actor: arg(6),
        ..Default::default()
    };
    let h = timeline::height(&ix, &view, f64::from(width)).ceil() as u32;
    to_png(std::path::Path::new(out), width, h, |a| {
        timeline::draw_timeline(a, &ix, &view, 1.0).map(|_| ())
    })
    .map_err(|e| e.to_string())
}

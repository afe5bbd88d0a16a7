//! The CLI's PNGs in Arabic are shaped: `coalition --lang ar render map --out map.png` goes through
//! resvg (src/draw/raster.rs), which joins Arabic letters; plotters' bitmap backend, which draws
//! the English PNGs, draws them apart. Joined letters make one run of inked pixel columns where
//! separate glyphs leave gaps between them.
#![cfg(feature = "png")]

use std::path::PathBuf;
use std::process::Command;

use coalition_map::draw::raster::svg_to_png;
use resvg::tiny_skia::Pixmap;

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("coalition-arabic-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

/// The runs of columns holding ink (any pixel darker than mid-grey) in a picture.
fn ink_runs(png: &PathBuf) -> usize {
    let p = Pixmap::load_png(png).unwrap();
    let (w, h) = (p.width() as usize, p.height() as usize);
    let data = p.data();
    let inked = |x: usize| {
        (0..h).any(|y| {
            let i = (y * w + x) * 4;
            data[i + 3] > 128
                && u32::from(data[i]) + u32::from(data[i + 1]) + u32::from(data[i + 2]) < 384
        })
    };
    let mut runs = 0;
    let mut inside = false;
    for x in 0..w {
        let now = inked(x);
        if now && !inside {
            runs += 1;
        }
        inside = now;
    }
    runs
}

/// One word, "سبتمبر" (September): every letter joins the next, so shaped it is one stroke.
const WORD: &str = "سبتمبر";

#[test]
fn resvg_joins_arabic_letters_where_plotters_does_not() {
    let svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="400" height="120"><rect width="400" height="120" fill="white"/><text x="20" y="80" font-family="sans-serif" font-size="60" fill="black">{WORD}</text></svg>"#
    );
    let shaped = temp("shaped.png");
    svg_to_png(&svg, &shaped).unwrap();
    let joined = ink_runs(&shaped);
    assert!((1..=2).contains(&joined), "resvg: {joined} runs of ink");

    // The same word through plotters' bitmap backend (what the English PNGs use): letters apart.
    use plotters::prelude::*;
    let apart = temp("apart.png");
    coalition_map::draw::to_png(&apart, 400, 120, |area| {
        area.fill(&WHITE)?;
        area.draw(&Text::new(
            WORD,
            (20, 20),
            ("sans-serif", 60).into_font().color(&BLACK),
        ))?;
        Ok(())
    })
    .unwrap();
    let separate = ink_runs(&apart);
    assert!(separate >= 4, "plotters: {separate} runs of ink");
}

#[test]
fn the_cli_renders_an_arabic_map_png_through_resvg() {
    let out = temp("map.png");
    let status = Command::new(env!("CARGO_BIN_EXE_coalition"))
        .args(["--lang", "ar", "render", "map", "--out"])
        .arg(&out)
        .args(["--width", "600", "--height", "400"])
        .status()
        .unwrap();
    assert!(status.success());
    let p = Pixmap::load_png(&out).unwrap();
    assert_eq!(p.width(), 600);
    assert!(p.height() >= 400);
}

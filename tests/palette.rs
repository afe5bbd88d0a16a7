//! The map's status colours stay distinguishable for colour-blind readers: every pair (and each
//! against neutral land) keeps a CIELAB distance of at least 15 under simulated protanopia and
//! deuteranopia (Machado, Oliveira & Fernandes 2009, severity 1.0). Run with `--nocapture` to
//! print the closest pairs; the README records them.
#![cfg(not(target_arch = "wasm32"))]

use coalition_map::palette::{self, Theme};
use coalition_map::query::Status;
use plotters::style::RGBColor;

const IDENTITY: [[f64; 3]; 3] = [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]];
const PROTANOPIA: [[f64; 3]; 3] = [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
];
const DEUTERANOPIA: [[f64; 3]; 3] = [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.011820, 0.042940, 0.968881],
];

fn linear(c: u8) -> f64 {
    let c = f64::from(c) / 255.0;
    if c <= 0.04045 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

/// A colour as seen through `m` (applied in linear RGB), in CIELAB (D65).
fn lab(c: RGBColor, m: &[[f64; 3]; 3]) -> [f64; 3] {
    let l = [linear(c.0), linear(c.1), linear(c.2)];
    let s: Vec<f64> = (0..3)
        .map(|i| (0..3).map(|j| m[i][j] * l[j]).sum::<f64>().clamp(0.0, 1.0))
        .collect();
    let x = 0.4124 * s[0] + 0.3576 * s[1] + 0.1805 * s[2];
    let y = 0.2126 * s[0] + 0.7152 * s[1] + 0.0722 * s[2];
    let z = 0.0193 * s[0] + 0.1192 * s[1] + 0.9505 * s[2];
    let f = |t: f64| {
        if t > 0.008856 {
            t.cbrt()
        } else {
            7.787 * t + 16.0 / 116.0
        }
    };
    let (fx, fy, fz) = (f(x / 0.95047), f(y), f(z / 1.08883));
    [116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)]
}

fn distance(a: [f64; 3], b: [f64; 3]) -> f64 {
    ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2) + (a[2] - b[2]).powi(2)).sqrt()
}

#[test]
fn status_colours_stay_apart_under_colour_blindness() {
    for theme in [Theme::LIGHT, Theme::DARK] {
        let mut colours: Vec<(&str, RGBColor)> = Status::ALL
            .iter()
            .map(|s| (s.label(), palette::status(*s)))
            .collect();
        colours.push(("no role (land)", theme.land));
        for (vision, m) in [
            ("normal", IDENTITY),
            ("protanopia", PROTANOPIA),
            ("deuteranopia", DEUTERANOPIA),
        ] {
            let mut pairs = Vec::new();
            for (i, (a, ca)) in colours.iter().enumerate() {
                for (b, cb) in &colours[i + 1..] {
                    pairs.push((distance(lab(*ca, &m), lab(*cb, &m)), *a, *b));
                }
            }
            pairs.sort_by(|x, y| x.0.total_cmp(&y.0));
            println!(
                "{} theme, {vision}: closest pairs {}",
                if theme == Theme::LIGHT {
                    "light"
                } else {
                    "dark"
                },
                pairs[..3]
                    .iter()
                    .map(|(d, a, b)| format!("{a} / {b} ΔE {d:.1}"))
                    .collect::<Vec<_>>()
                    .join("; ")
            );
            let (d, a, b) = pairs[0];
            assert!(d >= 15.0, "{vision}: {a} and {b} are only ΔE {d:.1} apart");
        }
    }
}

/// WCAG contrast ratio of two colours.
fn contrast(a: RGBColor, b: RGBColor) -> f64 {
    let lum = |c: RGBColor| 0.2126 * linear(c.0) + 0.7152 * linear(c.1) + 0.0722 * linear(c.2);
    let (x, y) = (lum(a), lum(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

/// A country's name drawn inside it reads at WCAG AA (4.5:1) on every fill a name is drawn on:
/// each status, each compare colour. axe-core cannot check text on a canvas, so this does. (The
/// name on the "rejected" orange was 4.09:1 in ink.)
#[test]
fn names_on_every_fill_reach_4_5_to_1() {
    use coalition_map::draw::labels::text_on;
    use coalition_map::query::Change;
    let fills = Status::ALL
        .iter()
        .map(|s| (format!("{s:?}"), palette::status(*s)))
        .chain(
            [
                Change::Joined,
                Change::Changed,
                Change::Dropped,
                Change::Unchanged,
            ]
            .iter()
            .map(|c| (format!("{c:?}"), palette::change(*c))),
        );
    let mut worst = f64::INFINITY;
    for (name, fill) in fills {
        let ratio = contrast(text_on(fill), fill);
        worst = worst.min(ratio);
        assert!(ratio >= 4.5, "{name}: {ratio:.2}:1");
    }
    println!("lowest label contrast on a fill: {worst:.2}:1");
}

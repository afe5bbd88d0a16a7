//! The numbered notes under the axis: the titles that yielded to a number beside their marker,
//! written out whole (wrapped at spaces where a line is too short).

use super::items::Item;
use super::layout::{Geometry, Note, Placed};
use super::text::{label_width, wrap};

/// Notes under the axis for the numbered titles, flowing left to right and wrapping: an entry
/// too wide for a line of its own wraps its title at spaces.
pub(crate) fn notes<'a>(
    items: &[Item<'a>],
    placed: &[Placed<'a>],
    geo: &Geometry,
    top: f64,
) -> (Vec<Note<'a>>, f64) {
    let px = geo.type_px - 1.0;
    let line = px + 6.0;
    let (x0, x1) = (8.0, geo.width - 8.0);
    let nw = label_width("00", px) + 4.0;
    let mut out = Vec::new();
    let (mut x, mut y) = (x0, top + line / 2.0);
    for p in placed.iter().filter(|p| p.number > 0) {
        let Some(text) = items.get(p.item).and_then(|it| it.label) else {
            continue;
        };
        let w = nw + label_width(text, px);
        if x > x0 && x + w > x1 {
            x = x0;
            y += line;
        }
        if w <= x1 - x {
            out.push(Note {
                number: p.number,
                text,
                x,
                y,
            });
            x += w + 14.0;
            continue;
        }
        // Too long for any line: the title wraps, each piece under the one before.
        for (k, piece) in wrap(text, px, x1 - x0 - nw).into_iter().enumerate() {
            out.push(Note {
                number: if k == 0 { p.number } else { 0 },
                text: piece,
                x,
                y,
            });
            y += line;
        }
        x = x0;
    }
    let bottom = out.last().map_or(top, |n| n.y + line / 2.0);
    (out, bottom)
}

//! Stacks: many items that would look the same on the same day in one band (a brought dataset
//! with hundreds of copies of a pledge or event) drawn as one counted marker ("×100") instead of
//! a marker each. Side by side they would run far from their day or fill hundreds of rows, and
//! drawing thousands of markers no one can tell apart costs a redraw 100 ms at 100× the data.
//!
//! Nothing is hidden: every item of a stack keeps its own [`Marker`](super::Marker) (at the
//! stack's place, `stack` telling how many share it), so ← → still visit each once, and a click on
//! a stack selects its items in turn ([`hit_next`](super::hit_next)).

use super::items::Item;
use super::text::label_width;

/// The fewest look-alike items on one day in one band that are drawn as one counted marker. Below
/// it each keeps its own marker: the embedded dataset has no group this large, so its picture
/// (and every tap-target test) is unchanged.
pub(crate) const STACK_MIN: usize = 4;

/// `members` grouped by `key`: each group of at least [`STACK_MIN`] becomes one entry, its first
/// member (in `members` order) standing for it with the rest after; every other member stands
/// alone. Entries come in the order of their first member.
pub(crate) fn stacks<'a, K: Ord>(
    items: &[Item<'a>],
    members: &[usize],
    key: impl Fn(&Item<'a>) -> K,
) -> Vec<(usize, Vec<usize>)> {
    let mut sorted: Vec<(K, usize, usize)> = members
        .iter()
        .enumerate()
        .filter_map(|(pos, &i)| items.get(i).map(|it| (key(it), pos, i)))
        .collect();
    // Stable by position within a key, so a stack's items keep the band's order.
    sorted.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));
    let mut out: Vec<(usize, usize, Vec<usize>)> = Vec::with_capacity(sorted.len());
    let mut start = 0;
    while start < sorted.len() {
        let mut end = start + 1;
        while sorted
            .get(end)
            .zip(sorted.get(start))
            .is_some_and(|(b, a)| b.0 == a.0)
        {
            end += 1;
        }
        let group = sorted.get(start..end).unwrap_or(&[]);
        if group.len() >= STACK_MIN {
            if let Some((first, rest)) = group.split_first() {
                out.push((first.1, first.2, rest.iter().map(|g| g.2).collect()));
            }
        } else {
            out.extend(group.iter().map(|g| (g.1, g.2, Vec::new())));
        }
        start = end;
    }
    out.sort_by_key(|e| e.0);
    out.into_iter().map(|(_, i, rest)| (i, rest)).collect()
}

/// The count drawn beside a stack of `n` items.
pub(crate) fn badge(n: usize) -> String {
    format!("×{n}")
}

/// The room (CSS px) a stack of `n` items needs beside its marker for its count; 0 for one item.
pub(crate) fn badge_room(n: usize, type_px: f64) -> f64 {
    if n <= 1 {
        0.0
    } else {
        // A clear gap after the count, so a note's number beside it does not read as its digit.
        label_width(&badge(n), type_px - 1.0) + 8.0
    }
}

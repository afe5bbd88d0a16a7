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

/// What makes two items look alike on one day in one band: first and last day, the other claimed
/// day of a disputed conference, kind (event or pledge kind, as an index), certainty, exactness, a
/// pledge's actor and an event's title. One concrete type for both bands (a generic key would
/// compile the sort twice into the wasm).
pub(crate) type Look<'a> = (
    (i64, i64, i64),
    (u8, u8),
    bool,
    Option<&'a str>,
    Option<&'a str>,
);

/// `members` grouped by `look`: each group of at least [`STACK_MIN`] becomes one entry, its first
/// member (in `members` order) standing for it with the rest after; every other member stands
/// alone. Entries come in the order of their first member.
pub(crate) fn stacks<'a>(
    items: &[Item<'a>],
    members: &[usize],
    look: impl Fn(&Item<'a>) -> Look<'a>,
) -> Vec<(usize, Vec<usize>)> {
    let mut sorted: Vec<(Look<'a>, usize)> = members
        .iter()
        .enumerate()
        .filter_map(|(pos, &i)| items.get(i).map(|it| (look(it), pos)))
        .collect();
    // By look, then position, so a stack's items keep the band's order.
    sorted.sort_unstable();
    // Per position in `members`: the entry it heads, if any.
    let mut heads: Vec<Option<Vec<usize>>> = vec![None; members.len()];
    let member = |pos: usize| members.get(pos).copied().unwrap_or(0);
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
                if let Some(h) = heads.get_mut(first.1) {
                    *h = Some(rest.iter().map(|g| member(g.1)).collect());
                }
            }
        } else {
            for g in group {
                if let Some(h) = heads.get_mut(g.1) {
                    *h = Some(Vec::new());
                }
            }
        }
        start = end;
    }
    heads
        .into_iter()
        .enumerate()
        .filter_map(|(pos, h)| h.map(|rest| (member(pos), rest)))
        .collect()
}

/// An index for a kind in its list, for a [`Look`].
pub(crate) fn kind_index<T: PartialEq>(all: &[T], kind: Option<T>) -> u8 {
    kind.and_then(|k| all.iter().position(|x| *x == k))
        .map_or(u8::MAX, |p| p as u8)
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

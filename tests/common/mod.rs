//! Helpers shared by the native integration tests: where `../shared` is, and the embedded index.
#![allow(dead_code)]

use std::path::PathBuf;

use coalition_map::Index;

/// `../shared` beside the repository (CI always has it).
pub fn shared() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared")
}

/// Reads a file under `../shared`, failing loudly (never passing silently) when it is absent.
pub fn read_shared(rel: &str) -> String {
    let path = shared().join(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "\n\n*** {} is missing ({e}). These tests check the dataset against the source documents \
             in ../shared; clone the project with shared/ beside it. ***\n\n",
            path.display()
        )
    })
}

pub fn index() -> Index {
    Index::embedded().unwrap_or_else(|errs| {
        panic!(
            "embedded dataset invalid:\n{}",
            errs.iter().map(|e| format!("  {e}\n")).collect::<String>()
        )
    })
}

/// The embedded dataset and map shapes, for the frame's tests.
pub fn setup() -> (Index, coalition_map::geo::Shapes) {
    (
        Index::embedded().unwrap(),
        coalition_map::geo::Shapes::embedded().unwrap(),
    )
}

/// A link's view, which must read with no notice.
pub fn view(ix: &Index, q: &str) -> coalition_map::view::ViewState {
    let (v, notices) = coalition_map::view::ViewState::from_query(q, ix);
    assert!(notices.is_empty(), "{q}: {notices:?}");
    v
}

/// The frame of link `q`, after the view of link `before` when given (the timeline counted as 40
/// items).
pub fn frame_of<'a>(
    ix: &'a Index,
    shapes: &coalition_map::geo::Shapes,
    q: &str,
    before: Option<&str>,
) -> coalition_map::frame::Frame<'a> {
    use coalition_map::frame::{frame, status_counts, Context};
    let v = view(ix, q);
    let prev = before.map(|b| view(ix, b));
    let counts = status_counts(ix, shapes, v.date);
    let cx = Context {
        shapes,
        counts: &counts,
        timeline_items: coalition_map::draw::timeline::shown_count(ix, v.window),
    };
    frame(ix, &v, prev.as_ref(), &cx)
}

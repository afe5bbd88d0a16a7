//! Unit tests of the timeline's public functions (the drawing itself is tested in tests/).

use super::*;

#[test]
fn involves_tells_actors_on_the_timeline_from_the_rest() {
    let ix = Index::embedded().unwrap();
    for p in &ix.data.pledges {
        assert!(involves(&ix, &p.actor), "{} pledged", p.actor);
    }
    // After Paris, a row of its own: a decision or a strike without a pledge of its own.
    for x in &ix.data.decisions {
        assert!(involves(&ix, &x.actor), "{} decided to strike", x.actor);
    }
    for x in &ix.data.strikes {
        assert!(involves(&ix, &x.actor), "{} struck", x.actor);
    }
    assert!(
        !involves(&ix, "POL"),
        "Poland is on the map, not in the story"
    );
    let on = ix
        .data
        .actors
        .iter()
        .filter(|a| involves(&ix, &a.id))
        .count();
    assert!(
        on > 0 && on < ix.data.actors.len(),
        "{on} actors on the timeline"
    );
}

fn marker(id: &str, x: f64, x_end: f64, y: f64) -> Marker {
    Marker {
        key: key(MarkerKind::Event, id),
        id: id.into(),
        kind: MarkerKind::Event,
        x,
        x_end,
        y,
        date: Date::new(2014, 9, 15).unwrap(),
        actor: None,
        stack: 1,
    }
}

#[test]
fn hit_finds_the_nearest_marker_and_ranges_along_their_bar() {
    let ms = vec![marker("a", 10.0, 10.0, 10.0), marker("b", 30.0, 90.0, 10.0)];
    assert_eq!(hit(&ms, 12.0, 11.0, 8.0).map(|m| m.id.as_str()), Some("a"));
    assert_eq!(hit(&ms, 60.0, 12.0, 8.0).map(|m| m.id.as_str()), Some("b"));
    assert_eq!(hit(&ms, 60.0, 40.0, 8.0), None);
    assert_eq!(hit(&ms, f64::NAN, 10.0, 8.0), None);
}

#[test]
fn step_wraps_round_and_starts_at_either_end() {
    let ms = vec![marker("a", 1.0, 1.0, 1.0), marker("b", 2.0, 2.0, 1.0)];
    let k = |m: Option<&Marker>| m.map(|m| m.id.clone());
    assert_eq!(k(step(&ms, None, true)), Some("a".into()));
    assert_eq!(k(step(&ms, None, false)), Some("b".into()));
    assert_eq!(k(step(&ms, Some("event:b"), true)), Some("a".into()));
    assert_eq!(k(step(&ms, Some("event:a"), false)), Some("b".into()));
    assert_eq!(k(step(&ms, Some("nothing"), true)), Some("a".into()));
    assert_eq!(step(&[], None, true), None);
}

#[test]
fn modes_round_trip() {
    for m in [TimelineMode::Actor, TimelineMode::Kind] {
        assert_eq!(m.to_string().parse::<TimelineMode>(), Ok(m));
    }
    assert_eq!(TimelineMode::default(), TimelineMode::Actor);
    assert!("lanes".parse::<TimelineMode>().is_err());
}

#[test]
fn short_dates() {
    let d = Date::new(2014, 9, 15).unwrap().to_days();
    assert_eq!(short_date(crate::lang::Locale::En, d), "15 Sept");
}

#[test]
fn a_click_on_a_stack_selects_its_items_in_turn() {
    // "b" is a stack of three at one place; "a" and "z" stand alone.
    let mut ms = vec![marker("a", 10.0, 10.0, 10.0)];
    for id in ["b1", "b2", "b3"] {
        ms.push(Marker {
            stack: 3,
            ..marker(id, 50.0, 50.0, 10.0)
        });
    }
    ms.push(marker("z", 90.0, 90.0, 10.0));
    let at = |current: Option<&str>| {
        hit_next(&ms, 51.0, 11.0, HIT_RADIUS, current).map(|m| m.id.clone())
    };
    assert_eq!(at(None), Some("b1".into()), "a stack's first item first");
    assert_eq!(
        at(Some("a")),
        Some("b1".into()),
        "selected elsewhere: the first"
    );
    assert_eq!(at(Some("event:b1")), Some("b2".into()));
    assert_eq!(at(Some("b2")), Some("b3".into()), "a bare id counts too");
    assert_eq!(
        at(Some("b3")),
        Some("b1".into()),
        "round again after the last"
    );
    // A marker of its own is what `hit` gives, whatever is selected.
    assert_eq!(
        hit_next(&ms, 10.0, 10.0, HIT_RADIUS, Some("a")).map(|m| m.id.as_str()),
        Some("a")
    );
    assert_eq!(hit_next(&ms, 200.0, 10.0, HIT_RADIUS, None), None);
}

/// A page keeps one plan across redraws that only repaint it: `made_for` must say yes to a change
/// of date, emphasis, selection, theme or kind filter, and no to anything the layout depends on.
#[test]
fn a_plan_is_kept_across_repaints_and_replaced_for_a_new_layout() {
    let ix = Index::embedded().unwrap();
    let base = TimelineView::default();
    let p = plan(&ix, &base, 900.0);
    let repaint = TimelineView {
        date: Some(Date::new(2014, 9, 15).unwrap()),
        actor: Some("FRA"),
        selected: Some("pledge:fra-air-strikes"),
        theme: crate::palette::Theme::DARK,
        kinds: KindFilter::only(&[crate::model::PledgeKind::AirStrikes]),
        ..TimelineView::default()
    };
    assert!(p.made_for(&base, 900.0));
    assert!(p.made_for(&repaint, 900.0), "a repaint keeps the layout");
    // The first view's days (the September story: the dataset goes on after Paris) by name.
    let full = TimeWindow::initial(&ix).unwrap();
    let whole = TimelineView {
        window: Some(full),
        ..TimelineView::default()
    };
    assert!(
        p.made_for(&whole, 900.0),
        "the first view's span by name is the same layout"
    );
    let zoomed = TimelineView {
        window: Some(TimeWindow {
            from: full.from + 3.0,
            to: full.to - 3.0,
        }),
        ..TimelineView::default()
    };
    let by_kind = TimelineView {
        mode: TimelineMode::Kind,
        ..TimelineView::default()
    };
    assert!(
        !p.made_for(&zoomed, 900.0),
        "a zoomed window is laid out anew"
    );
    assert!(
        !p.made_for(&by_kind, 900.0),
        "another mode is laid out anew"
    );
    assert!(!p.made_for(&base, 901.0), "another width is laid out anew");
    // What the plan answers is what the free functions (which lay out afresh) answer.
    assert_eq!(p.height(), height(&ix, &base, 900.0));
    assert_eq!(p.area(), time_area(&ix, &base, 900.0));
    assert_eq!(p.chart_box(), chart_box(&ix, &base, 900.0));
    let (left, top, _, bottom) = p.chart_box().unwrap();
    assert!(left > 0.0 && bottom > top);
}

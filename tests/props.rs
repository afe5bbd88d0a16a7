//! Property tests: arbitrary input to every entry point the wasm API exposes — the URL-state parser,
//! the dataset validator (random text and mutated copies of the real dataset), name look-up, the
//! queries, dates, and both hit-tests — must give an answer or an error, never a panic (a panic in
//! wasm kills the module for the whole page). `PROPTEST_CASES=N` runs more cases.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::sync::OnceLock;

use coalition_map::draw::timeline;
use coalition_map::geo::{Camera, Framing, ProjectedMap, Shapes, Viewport};
use coalition_map::model::{Dataset, EventKind, PledgeKind};
use coalition_map::query;
use coalition_map::view::{self, ViewState};
use coalition_map::{Date, Index};
use proptest::prelude::*;

fn ix() -> &'static Index {
    static IX: OnceLock<Index> = OnceLock::new();
    IX.get_or_init(common::index)
}

fn good_json() -> &'static str {
    static JSON: OnceLock<String> = OnceLock::new();
    JSON.get_or_init(|| serde_json::to_string(&ix().data).unwrap())
}

fn map() -> &'static (Shapes, ProjectedMap) {
    static MAP: OnceLock<(Shapes, ProjectedMap)> = OnceLock::new();
    MAP.get_or_init(|| {
        let shapes = Shapes::embedded().unwrap();
        let pm = ProjectedMap::new(
            &shapes,
            Viewport::new(900.0, 600.0, Framing::Region),
            |id| query::primary_status(ix(), id, None).is_some(),
        );
        (shapes, pm)
    })
}

/// A phone-width Gulf map zoomed in on Bahrain, with its legend strip below.
fn zoomed_map() -> &'static ProjectedMap {
    static MAP: OnceLock<ProjectedMap> = OnceLock::new();
    MAP.get_or_init(|| {
        let (shapes, _) = map();
        let vp = Viewport::new(375.0, 300.0, Framing::Gulf);
        let (x, y) = vp.project(50.5, 26.0);
        let vp = vp.with_camera(Some(vp.zoom_at(2.5, x, y)));
        ProjectedMap::new(shapes, vp, |id| {
            query::primary_status(ix(), id, None).is_some()
        })
    })
}

/// Query strings built from the parameter names we read, with values of every sort.
fn query_strings() -> impl Strategy<Value = String> {
    let key = prop_oneof![
        Just("country"),
        Just("date"),
        Just("framing"),
        Just("item"),
        Just("dataset"),
        Just("%63ountry"),
        ".{0,8}".prop_map(|s| Box::leak(s.into_boxed_str()) as &str)
    ];
    let value = prop_oneof![
        Just("FRA".to_string()),
        Just("2014-09-15".to_string()),
        Just("world".to_string()),
        Just("jeddah-conference".to_string()),
        "[0-9%+-]{0,12}",
        ".{0,80}",
    ];
    prop::collection::vec((key, value), 0..8).prop_map(|pairs| {
        pairs
            .into_iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("&")
    })
}

/// Any view the dataset allows: a selected actor (states, organisations, a map country without a
/// record), dates in range, any framing, item, filters, and host parameters of any text — `&`, `#`,
/// `%`, `=`, spaces and non-ASCII included — encoded as a host would write them.
fn view_states() -> impl Strategy<Value = ViewState> {
    let actors: Vec<String> = ix()
        .data
        .actors
        .iter()
        .map(|a| a.id.clone())
        .chain(["POL".to_string()])
        .collect();
    let items: Vec<String> = ix().data.events.iter().map(|e| e.id.clone()).collect();
    let (first, last) = view::accepted_dates(ix()).unwrap();
    let day = first.to_days()..=last.to_days();
    let date = prop::option::of(day.prop_map(|d| Date::from_days(d).unwrap()));
    let foreign = prop::collection::vec((".{1,12}", ".{0,12}"), 0..4).prop_map(|pairs| {
        pairs
            .into_iter()
            .filter(|(k, _)| !view::is_ours(k.trim()))
            .map(|(k, v)| format!("{}={}", view::encode(&k), view::encode(&v)))
            .collect::<Vec<_>>()
    });
    (
        prop::option::of(prop::sample::select(actors)),
        date.clone(),
        prop::sample::select(Framing::ALL.to_vec()),
        prop::option::of(prop::sample::select(items)),
        date,
        prop::sample::subsequence(query::Status::ALL.to_vec(), 0..4),
        prop::sample::subsequence(PledgeKind::ALL.to_vec(), 0..4),
        foreign,
        prop::sample::select(vec![
            timeline::TimelineMode::Actor,
            timeline::TimelineMode::Kind,
        ]),
        prop::option::of((first.to_days()..=last.to_days(), 0i64..30)),
    )
        .prop_map(
            move |(
                country,
                date,
                framing,
                item,
                compare,
                statuses,
                kinds,
                foreign,
                mode,
                window,
            )| ViewState {
                country,
                date,
                framing,
                item,
                compare,
                statuses,
                kinds,
                foreign,
                timeline: mode,
                // Whole days (the URL's grain), inside the dates a view accepts.
                window: window.and_then(|(from, len)| {
                    timeline::TimeWindow::new(
                        Date::from_days(from).unwrap(),
                        Date::from_days((from + len).min(last.to_days())).unwrap(),
                    )
                }),
                record: None,
                camera: None,
                // A story step is its own view: tests/params.rs and the view module round-trip it.
                story: None,
                step: None,
            },
        )
}

proptest! {
    #[test]
    fn url_state_never_panics_and_round_trips(q in query_strings()) {
        let (state, notices) = ViewState::from_query(&q, ix());
        // What was accepted serialises to a query that reads back to the same state, silently.
        let (again, none) = ViewState::from_query(&state.to_query(), ix());
        prop_assert_eq!(again, state);
        prop_assert!(none.is_empty());
        // Notices echo at most a short, clean excerpt of what the URL held.
        prop_assert!(notices.iter().map(ToString::to_string).all(|n| n.chars().count() < 160 && !n.chars().any(char::is_control)));
    }

    #[test]
    fn any_value_survives_encoding(s in any::<String>()) {
        let e = view::encode(&s);
        prop_assert!(!e.contains(['"', '\'', '<', '>', '&', '#', ' ', '=', '?', '+']));
        prop_assert_eq!(view::decode(&e), s);
    }

    #[test]
    fn any_view_state_round_trips(state in view_states()) {
        let q = state.to_query();
        let (again, notices) = ViewState::from_query(&q, ix());
        prop_assert!(notices.is_empty(), "{:?} from {}", notices, q);
        prop_assert_eq!(again, state);
    }

    #[test]
    fn validator_never_panics_on_arbitrary_text(text in ".{0,400}") {
        let _ = Dataset::from_json(&text);
    }

    #[test]
    fn validator_never_panics_on_mutated_datasets(
        cuts in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..6),
        truncate in any::<prop::sample::Index>(),
    ) {
        let mut bytes = good_json().as_bytes().to_vec();
        for (at, b) in cuts {
            let i = at.index(bytes.len());
            bytes[i] = b;
        }
        let keep = truncate.index(bytes.len() + 1);
        bytes.truncate(keep.max(bytes.len() / 2));
        let text = String::from_utf8_lossy(&bytes);
        if let Ok(ds) = Dataset::from_json(&text) {
            // Whatever validates must also index and answer queries.
            let ix = Index::new(ds).unwrap();
            for a in &ix.data.actors {
                let _ = query::actor_record(&ix, &a.id, None);
            }
            let _ = query::date_span(&ix);
        }
    }

    #[test]
    fn queries_never_panic(name in ".{0,40}", y in 1i32..9999, m in 0u8..14, d in 0u8..33, k in 0usize..9) {
        let ix = ix();
        let date = Date::new(y, m, d).ok();
        if let Some(a) = ix.find_actor(&name) {
            prop_assert!(query::actor_record(ix, &a.id, date).is_some());
        }
        let _ = query::actor_record(ix, &name, date);
        let _ = query::statuses(ix, &name, date);
        let _ = query::coalition_state(ix, date);
        let _ = query::events(ix, &[EventKind::ALL[k]], Some(&name));
        let _ = query::timeline_item(ix, &name);
    }

    #[test]
    fn dates_never_panic(s in ".{0,12}", days in any::<i64>(), base in -700_000i64..2_900_000) {
        let _ = s.parse::<Date>();
        if let Some(d) = Date::from_days(base) {
            let _ = d.add_days(days);
            prop_assert_eq!(d.to_string().parse::<Date>().unwrap(), d);
        }
    }

    #[test]
    fn hit_tests_never_panic(x in any::<f64>(), y in any::<f64>(), i in any::<usize>()) {
        let (shapes, pm) = map();
        if let Some(s) = pm.hit(x, y) {
            prop_assert!(s < shapes.countries.len());
        }
        let _ = pm.locate(i);
        let _ = pm.locate(i % shapes.countries.len());
        let marker = timeline::Marker { key: "event:m".into(), id: "m".into(), kind: timeline::MarkerKind::Event, x: 10.0, x_end: 40.0, y: 10.0, date: Date::new(2014, 9, 15).unwrap(), actor: None, stack: 1 };
        let _ = timeline::hit(&[marker], x, y, 10.0);
    }

    #[test]
    fn hit_tests_on_the_map_land_in_the_viewport(x in 0.0f64..900.0, y in 0.0f64..600.0) {
        let (shapes, pm) = map();
        // Whatever is hit, locating it again gives a point that hits the same country.
        if let Some(s) = pm.hit(x, y) {
            if shapes.countries[s].id.is_some() {
                if let Some((lx, ly)) = pm.locate(s) {
                    prop_assert_eq!(pm.hit(lx, ly), Some(s));
                }
            }
        }
    }

    #[test]
    fn camera_strings_never_panic_and_round_trip(s in "[-0-9.,eE+ ]{0,24}|.{0,40}") {
        if let Ok(c) = s.parse::<Camera>() {
            prop_assert!((1.0..=256.0).contains(&c.zoom));
            prop_assert!(c.lon.abs() <= 180.0 && c.lat.abs() <= 90.0);
            let again: Camera = c.to_string().parse().unwrap();
            prop_assert!((again.lon - c.lon).abs() <= 0.005 && (again.lat - c.lat).abs() <= 0.005);
            prop_assert!((again.zoom - c.zoom).abs() <= 0.005);
        }
    }

    #[test]
    fn zoom_pan_and_fit_never_panic_and_stay_clamped(
        w in any::<f64>(), h in any::<f64>(), f in 0usize..3,
        factor in any::<f64>(), x in any::<f64>(), y in any::<f64>(),
        dx in -1e6f64..1e6, dy in any::<f64>(), i in any::<prop::sample::Index>(),
    ) {
        let (shapes, _) = map();
        let vp = Viewport::new(w, h, Framing::ALL[f]);
        for cam in [
            vp.zoom_at(factor, x, y),
            vp.pan_by(dx, dy),
            vp.fit(&shapes.countries[i.index(shapes.countries.len())].rings).unwrap_or(vp.camera()),
        ] {
            let seen = vp.with_camera(Some(cam));
            let applied = seen.camera();
            prop_assert!(applied.zoom >= 1.0 && applied.zoom <= seen.max_zoom() + 1e-9);
            let (px, py) = seen.project(44.4, 33.3);
            prop_assert!(px.is_finite() && py.is_finite());
            prop_assert!(seen.px_per_degree() <= 120.0 + 1e-6 || applied.zoom == 1.0);
        }
    }

    #[test]
    fn zoomed_hit_tests_agree_with_locate(x in -10.0f64..400.0, y in -10.0f64..320.0) {
        let pm = zoomed_map();
        if let Some(s) = pm.hit(x, y) {
            prop_assert!(x >= 0.0 && y >= 0.0 && x <= 375.0 && y <= 300.0);
            if let Some((lx, ly)) = pm.locate(s) {
                prop_assert_eq!(pm.hit(lx, ly), Some(s));
            }
        }
    }
}

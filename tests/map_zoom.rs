//! The map at the scale of the story: every state with a role can be pointed at, at phone and
//! desktop widths, in every framing, zoomed out and in; the located point and the same point
//! rounded to whole pixels (as a click arrives) name the same country.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use coalition_map::draw::map;
use coalition_map::geo::{Camera, Framing, ProjectedMap, Shapes, Viewport};
use coalition_map::model::ActorKind;
use coalition_map::query;

/// The map box the page gives each width (CSS px): desktop, and a phone's full-width map.
const SIZES: [(f64, f64); 2] = [(1280.0, 760.0), (375.0, 300.0)];

/// The Jeddah attendees that lie in the region (the United States does not).
const JEDDAH_IN_REGION: [&str; 11] = [
    "SAU", "ARE", "BHR", "KWT", "OMN", "QAT", "EGY", "IRQ", "JOR", "LBN", "TUR",
];

fn viewport(w: f64, h: f64, framing: Framing, camera: Option<Camera>) -> Viewport {
    Viewport::new(w, h, framing)
        .with_occluded(map::legend_overlay(w, h, framing))
        .with_camera(camera)
}

/// The two zoom levels of the sweep: the framing itself, and three times closer on the Gulf.
fn cameras(vp: &Viewport) -> [Option<Camera>; 2] {
    let (x, y) = vp.project(47.0, 28.0);
    [None, Some(vp.zoom_at(3.0, x, y))]
}

#[test]
fn every_state_with_a_role_is_reachable_and_hover_agrees_with_click() {
    let ix = common::index();
    let shapes = Shapes::embedded().unwrap();
    let role = |id: &str| query::primary_status(&ix, id, None).is_some();
    let states: Vec<(usize, String)> = shapes
        .countries
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let id = c.id.clone()?;
            let actor = ix.actor(&id)?;
            (actor.kind == ActorKind::State && role(&id)).then_some((i, id))
        })
        .collect();
    assert!(states.len() >= 25, "{states:?}");
    let mut failures = Vec::new();
    let mut checked = 0;
    for (w, h) in SIZES {
        for framing in Framing::ALL {
            for camera in cameras(&Viewport::new(w, h, framing)) {
                let vp = viewport(w, h, framing, camera);
                let pm = ProjectedMap::new(&shapes, vp, role);
                let at = format!(
                    "{w}x{h} {} {:?}",
                    framing.key(),
                    camera.map(|c| c.to_string())
                );
                for (i, id) in &states {
                    let c = &pm.countries[*i];
                    let Some((x, y)) = pm.locate(*i) else {
                        // Only a country out of sight may have no point.
                        if c.clearance > 0.0 {
                            failures.push(format!("{at}: {id} in sight but not located"));
                        }
                        continue;
                    };
                    checked += 1;
                    let hover = pm.hit(x, y);
                    let click = pm.hit(x.round(), y.round());
                    if hover != Some(*i) || click != Some(*i) {
                        let name = |s: Option<usize>| {
                            s.and_then(|s| shapes.countries[s].id.clone())
                                .unwrap_or_else(|| "nothing".into())
                        };
                        failures.push(format!(
                            "{at}: {id} located at ({x:.1}, {y:.1}); hover says {}, click says {}",
                            name(hover),
                            name(click)
                        ));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(checked > 200, "only {checked} located points checked");
}

#[test]
fn the_jeddah_attendees_are_in_sight_in_the_gulf_and_region_framings() {
    let ix = common::index();
    let shapes = Shapes::embedded().unwrap();
    let role = |id: &str| query::primary_status(&ix, id, None).is_some();
    for (w, h) in SIZES {
        for framing in [Framing::Gulf, Framing::Region] {
            let pm = ProjectedMap::new(&shapes, viewport(w, h, framing, None), role);
            for id in JEDDAH_IN_REGION {
                let i = shapes
                    .countries
                    .iter()
                    .position(|c| c.id.as_deref() == Some(id))
                    .unwrap();
                let p = pm.locate(i);
                assert!(p.is_some(), "{id} not located at {w} px, {framing:?}");
            }
        }
    }
}

#[test]
fn markers_do_not_overlap_and_shrink_only_where_crowded() {
    let ix = common::index();
    let shapes = Shapes::embedded().unwrap();
    let role = |id: &str| query::primary_status(&ix, id, None).is_some();
    for (w, h) in SIZES {
        for framing in Framing::ALL {
            for camera in cameras(&Viewport::new(w, h, framing)) {
                let pm = ProjectedMap::new(&shapes, viewport(w, h, framing, camera), role);
                let markers: Vec<_> = pm.countries.iter().filter_map(|c| c.marker).collect();
                for (k, a) in markers.iter().enumerate() {
                    assert!(a.radius >= 4.0, "{w} {framing:?}: a marker shrank to {a:?}");
                    for b in &markers[k + 1..] {
                        let d = (a.at.0 - b.at.0).hypot(a.at.1 - b.at.1);
                        assert!(d >= a.radius + b.radius, "{a:?} overlaps {b:?}");
                    }
                }
            }
        }
    }
}

#[test]
fn zoomed_in_the_gulf_states_are_their_own_targets() {
    // Zoomed on the Gulf, Qatar and Kuwait are big enough to click: their markers go.
    let ix = common::index();
    let shapes = Shapes::embedded().unwrap();
    let role = |id: &str| query::primary_status(&ix, id, None).is_some();
    let vp = Viewport::new(1280.0, 760.0, Framing::Gulf);
    let (x, y) = vp.project(50.5, 26.0);
    let zoomed = vp.with_camera(Some(vp.zoom_at(3.0, x, y)));
    let pm = ProjectedMap::new(&shapes, zoomed, role);
    let marker = |id: &str| {
        pm.countries
            .iter()
            .find(|c| shapes.countries[c.shape].id.as_deref() == Some(id))
            .unwrap()
            .marker
    };
    assert!(marker("QAT").is_none() && marker("KWT").is_none());
    // At phone width in the world view they are markers.
    let world = ProjectedMap::new(&shapes, viewport(375.0, 300.0, Framing::World, None), role);
    let qat = shapes
        .countries
        .iter()
        .position(|c| c.id.as_deref() == Some("QAT"))
        .unwrap();
    assert!(world.countries[qat].marker.is_some());
}

//! The map at the scale of the story: every state with a role can be pointed at, at phone and
//! desktop widths, in every framing, zoomed out and in; the located point and the same point
//! rounded to whole pixels (as a click arrives) name the same country.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use coalition_map::draw::{labels, map, to_svg};
use coalition_map::geo::{Camera, Framing, ProjectedMap, Shapes, Viewport};
use coalition_map::model::ActorKind;
use coalition_map::query;

/// The map box the page gives each width (CSS px): desktop, and a phone's full-width map.
const SIZES: [(f64, f64); 2] = [(1280.0, 760.0), (375.0, 300.0)];

/// More boxes for the reachability sweep: the benchmark's desktop map, the world framing's
/// shorter box, and the 330 × 220 thumbnail a phone showed before issue 15.
const MORE_SIZES: [(f64, f64); 3] = [(838.0, 553.0), (1280.0, 666.0), (330.0, 220.0)];

/// The Jeddah attendees that lie in the region (the United States does not).
const JEDDAH_IN_REGION: [&str; 11] = [
    "SAU", "ARE", "BHR", "KWT", "OMN", "QAT", "EGY", "IRQ", "JOR", "LBN", "TUR",
];

fn viewport(w: f64, h: f64, framing: Framing, camera: Option<Camera>) -> Viewport {
    Viewport::new(w, h, framing)
        .with_occluded(map::legend_overlay(w, h, framing))
        .with_camera(camera)
}

/// The zoom levels of the sweep: the framing itself, three times closer on the Gulf, and as close
/// as it goes on Lebanon.
fn cameras(vp: &Viewport) -> [Option<Camera>; 3] {
    let (x, y) = vp.project(47.0, 28.0);
    let (lx, ly) = vp.project(35.8, 33.9);
    [
        None,
        Some(vp.zoom_at(3.0, x, y)),
        Some(vp.zoom_at(1e6, lx, ly)),
    ]
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
    for (w, h) in SIZES.into_iter().chain(MORE_SIZES) {
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

/// Renders the map to SVG at a framing, size and camera, with the labels it placed.
fn render_with_labels(
    framing: Framing,
    (w, h): (f64, f64),
    camera: Option<Camera>,
) -> (String, Vec<labels::Label>, ProjectedMap) {
    let ix = common::index();
    let shapes = Shapes::embedded().unwrap();
    let pm = ProjectedMap::new(&shapes, viewport(w, h, framing, camera), |id| {
        query::primary_status(&ix, id, None).is_some()
    });
    let view = map::MapView {
        fills: map::fills(&ix, &shapes, Some("2014-09-15".parse().unwrap())),
        legend_title: Some("Status on 15 Sep 2014"),
        ..Default::default()
    };
    let total = h + map::legend_strip_height(w, framing).ceil();
    let mut placed = Vec::new();
    let svg = to_svg(w as u32, total as u32, |a| {
        map::draw_map(a, &pm, &view, 1.0)?;
        placed = labels::place_labels(a, &pm, &view, 1.0, map::legend_overlay(w, h, framing));
        Ok(())
    })
    .unwrap();
    (svg, placed, pm)
}

fn overlap(a: (f64, f64, f64, f64), b: (f64, f64, f64, f64)) -> bool {
    !(a.2 <= b.0 || a.0 >= b.2 || a.3 <= b.1 || a.1 >= b.3)
}

#[test]
fn labels_follow_the_zoom_and_never_overlap() {
    for (framing, size) in [
        (Framing::Region, (1280.0, 760.0)),
        (Framing::Gulf, (375.0, 300.0)),
        (Framing::World, (1280.0, 700.0)),
    ] {
        let vp = viewport(size.0, size.1, framing, None);
        let (x, y) = vp.project(47.0, 28.0);
        let zoomed = vp.with_camera(Some(vp.zoom_at(2.5, x, y)));
        let mut named: Vec<Vec<(String, (f64, f64))>> = Vec::new();
        for camera in [None, zoomed.camera_applied()] {
            let (svg, placed, pm) = render_with_labels(framing, size, camera);
            let at = format!("{framing:?} {size:?} {camera:?}");
            let texts: Vec<String> = svg
                .split("<text ")
                .skip(1)
                .filter_map(|t| Some(t[t.find('>')? + 1..t.find("</text>")?].trim().to_string()))
                .collect();
            let legend = map::legend_overlay(size.0, size.1, framing);
            for (k, l) in placed.iter().enumerate() {
                assert!(
                    texts.contains(&l.text),
                    "{at}: {} placed, not drawn",
                    l.text
                );
                for m in &placed[k + 1..] {
                    assert!(
                        !overlap(l.rect, m.rect),
                        "{at}: {} overlaps {}",
                        l.text,
                        m.text
                    );
                }
                if let Some(r) = legend {
                    assert!(!overlap(l.rect, r), "{at}: {} over the legend", l.text);
                }
                for c in pm.countries.iter() {
                    if let Some(mk) = c.marker {
                        let d = mk.drawn_radius();
                        let disc = (mk.at.0 - d, mk.at.1 - d, mk.at.0 + d, mk.at.1 + d);
                        assert!(
                            !overlap(l.rect, disc),
                            "{at}: {} over {}'s marker",
                            l.text,
                            c.name
                        );
                    }
                }
                assert!(
                    l.rect.0 >= 0.0 && l.rect.1 >= 0.0 && l.rect.2 <= size.0 && l.rect.3 <= size.1,
                    "{at}: {} off the map",
                    l.text
                );
            }
            let this = if camera.is_some() { zoomed } else { vp };
            named.push(
                placed
                    .iter()
                    .map(|l| (l.text.clone(), this.unproject(l.centre.0, l.centre.1)))
                    .collect(),
            );
        }
        // More names in the zoomed area than the same area had before zooming in.
        let in_zoomed_area = |(lon, lat): (f64, f64)| {
            let (x, y) = zoomed.project(lon, lat);
            (0.0..size.0).contains(&x) && (0.0..size.1).contains(&y)
        };
        let before = named[0].iter().filter(|l| in_zoomed_area(l.1)).count();
        assert!(
            named[1].len() > before,
            "{framing:?} {size:?}: {} names zoomed in, {before} in that area before: {named:?}",
            named[1].len()
        );
    }
}

#[test]
fn the_gulf_framing_names_every_jeddah_attendee_at_desktop_width() {
    let shapes = Shapes::embedded().unwrap();
    let (_, placed, _) = render_with_labels(Framing::Gulf, (1280.0, 760.0), None);
    for id in JEDDAH_IN_REGION {
        let name = &shapes
            .countries
            .iter()
            .find(|c| c.id.as_deref() == Some(id))
            .unwrap()
            .name;
        assert!(
            placed.iter().any(|l| &l.text == name),
            "{name} not named: {placed:?}"
        );
    }
}

#[test]
fn panned_anywhere_over_the_story_hover_and_click_still_agree() {
    // A grid of centres over the region, at two zooms, on a phone: countries cut by the screen's
    // edge, markers pushed off their spot, the legend strip below.
    let ix = common::index();
    let shapes = Shapes::embedded().unwrap();
    let role = |id: &str| query::primary_status(&ix, id, None).is_some();
    let mut failures = Vec::new();
    for zoom in [2.0, 6.0] {
        for lon in [28.0, 36.0, 44.0, 52.0, 60.0] {
            for lat in [16.0, 24.0, 32.0, 40.0] {
                let cam = Camera { lon, lat, zoom };
                let pm = ProjectedMap::new(
                    &shapes,
                    viewport(375.0, 300.0, Framing::Gulf, Some(cam)),
                    role,
                );
                for c in pm.countries.iter().filter(|c| c.role) {
                    let Some((x, y)) = pm.locate(c.shape) else {
                        if c.clearance >= 1.0 {
                            failures.push(format!("{cam}: {} in sight, not located", c.name));
                        }
                        continue;
                    };
                    if pm.hit(x, y) != Some(c.shape)
                        || pm.hit(x.round(), y.round()) != Some(c.shape)
                    {
                        failures.push(format!("{cam}: {} at ({x:.1}, {y:.1})", c.name));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

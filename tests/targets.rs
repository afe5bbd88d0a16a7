//! Hit targets of 24 CSS px (WCAG 2.5.8, target size) for the countries with a role, in the page's
//! map boxes at a 375 px and a 1280 px wide window, in the default and the world framing: the
//! smallest dimension of each country's target measured (`ProjectedMap::target`), checked point by
//! point, and held to what the layout reaches (markers for small states, reaches for mid-size ones).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use coalition_map::draw::scene;
use coalition_map::geo::{Framing, ProjectedMap, Shapes};

/// The page's map box (CSS px) at a 375 px and a 1280 px wide window, per framing (measured in
/// Chromium: www/ui.js drawMap gives the map its wrapper's width and a height by framing), and how
/// many countries with a role in sight may have a target under 24 px there. The world at phone
/// width puts Europe's thirty states in some 60 × 50 px: there the page's zoom is the way in.
const BOXES: [(&str, f64, f64, Framing, usize); 4] = [
    ("375", 333.0, 300.0, Framing::Region, 11),
    ("375", 333.0, 300.0, Framing::World, 30),
    ("1280", 838.0, 553.0, Framing::Region, 6),
    ("1280", 838.0, 436.0, Framing::World, 21),
];

/// 24 px, less what floating point loses on a marker of exactly 12 px radius.
const TARGET: f64 = 23.95;

fn maps() -> Vec<(String, ProjectedMap, usize)> {
    let ix = common::index();
    let shapes = Shapes::embedded().unwrap();
    BOXES
        .iter()
        .map(|&(w, cw, ch, framing, allowed)| {
            let vp = scene::page_viewport(cw, ch, framing, None);
            (
                format!("{w} px, {framing:?}"),
                scene::project(&ix, &shapes, vp),
                allowed,
            )
        })
        .collect()
}

/// Every point of a country's measured target answers that country: 32 points on the circle just
/// inside it, around the point `locate` gives (its centre).
#[test]
fn each_target_is_as_wide_as_measured() {
    for (name, pm, _) in maps() {
        for c in pm.countries.iter().filter(|c| c.role) {
            let (Some(t), Some((x, y))) = (pm.target(c.shape), pm.locate(c.shape)) else {
                continue;
            };
            let r = t / 2.0 - 0.25;
            for k in 0..32 {
                let a = f64::from(k) * std::f64::consts::PI / 16.0;
                let p = (x + r * a.cos(), y + r * a.sin());
                assert_eq!(
                    pm.hit(p.0, p.1),
                    Some(c.shape),
                    "{name}: {} at {p:?}",
                    c.name
                );
            }
        }
    }
}

#[test]
fn countries_with_a_role_get_24_px_targets_where_the_map_has_room() {
    for (name, pm, allowed) in maps() {
        let small: Vec<String> = pm
            .countries
            .iter()
            .filter(|c| c.role)
            .filter_map(|c| Some((c, pm.target(c.shape)?)))
            .filter(|(_, t)| *t < TARGET)
            .map(|(c, t)| format!("{} {t:.1}", c.name))
            .collect();
        println!("{name}: {} under 24 px: {}", small.len(), small.join(", "));
        assert!(
            small.len() <= allowed,
            "{name}: {} countries with targets under 24 px (at most {allowed}): {}",
            small.len(),
            small.join(", ")
        );
    }
}

/// The adversarial run's cases: Syria on a phone, Belgium on a desktop (both 15.7 and 12.1 px
/// before reaches), each a 24 px target in the default framing.
#[test]
fn syria_on_a_phone_and_belgium_on_a_desktop_have_24_px() {
    let shapes = Shapes::embedded().unwrap();
    let all = maps();
    for (i, id) in [(0, "SYR"), (2, "SYR"), (2, "BEL"), (0, "BEL")] {
        let (name, pm, _) = &all[i];
        let t = pm.target(scene::shape_of(&shapes, id).unwrap()).unwrap();
        assert!(t >= TARGET, "{name}: {id}'s target is {t:.1} px");
    }
}

//! The map and timeline rendered to SVG by the same drawing code as the page, then read back: the
//! colour under each capital is its country's status colour on that date, small states have their
//! markers, the legend counts match the query, and the timeline holds its events.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use coalition_map::draw::{map, timeline, to_svg, to_svg_recorded};
use coalition_map::geo::{Framing, ProjectedMap, Shapes, Viewport};
use coalition_map::palette;
use coalition_map::query::{self, Status};
use coalition_map::Date;

/// (fill, points) of every `<polygon>` in document order.
fn polygons(svg: &str) -> Vec<(String, Vec<(f64, f64)>)> {
    svg.split("<polygon ")
        .skip(1)
        .map(|tag| {
            let attr = |name: &str| {
                let start = tag.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
                tag[start..start + tag[start..].find('"').unwrap()].to_string()
            };
            let points = attr("points")
                .split_whitespace()
                .map(|p| {
                    let (x, y) = p.split_once(',').unwrap();
                    (x.parse().unwrap(), y.parse().unwrap())
                })
                .collect();
            (attr("fill").to_lowercase(), points)
        })
        .collect()
}

fn inside(ring: &[(f64, f64)], (x, y): (f64, f64)) -> bool {
    let mut odd = false;
    let mut j = ring.len() - 1;
    for i in 0..ring.len() {
        let ((xi, yi), (xj, yj)) = (ring[i], ring[j]);
        if (yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi {
            odd = !odd;
        }
        j = i;
    }
    odd
}

/// The fill painted last at a point: what a reader sees there.
fn colour_at(polys: &[(String, Vec<(f64, f64)>)], p: (f64, f64)) -> Option<&str> {
    polys
        .iter()
        .rev()
        .find(|(_, ring)| inside(ring, p))
        .map(|(f, _)| f.as_str())
}

fn render_map(date: &str, framing: Framing) -> (String, Viewport) {
    let ix = common::index();
    let shapes = Shapes::embedded().unwrap();
    let d: Option<Date> = Some(date.parse().unwrap());
    let vp = Viewport::new(1200.0, 760.0, framing);
    let pm = ProjectedMap::new(&shapes, vp, |id| {
        query::primary_status(&ix, id, None).is_some()
    });
    let view = map::MapView {
        fills: map::fills(&ix, &shapes, d),
        selected: None,
        hovered: None,
        highlighted: Vec::new(),
        legend_title: Some("Status"),
        theme: palette::Theme::LIGHT,
        ..Default::default()
    };
    (
        to_svg(1200, 760, |a| map::draw_map(a, &pm, &view, 1.0)).unwrap(),
        vp,
    )
}

#[test]
fn each_capital_shows_its_countrys_status_colour() {
    let ix = common::index();
    let (svg, vp) = render_map("2014-09-15", Framing::Region);
    let polys = polygons(&svg);
    let hex = |s: Status| palette::hex(palette::status(s));
    let land = palette::hex(palette::LAND);
    for (code, lon, lat) in [
        ("FRA", 2.35, 48.86),
        ("DEU", 13.4, 52.5),
        ("TUR", 32.85, 39.93),
        ("IRN", 51.4, 35.7),
        ("SYR", 36.3, 33.5),
        ("IRQ", 44.4, 33.3),
        ("SAU", 46.7, 24.7),
        ("EGY", 31.2, 30.0),
        ("ESP", -3.7, 40.4),
        ("DZA", 3.0, 36.7), // Algeria: no role, neutral
        ("UKR", 30.5, 50.45),
    ] {
        let expected = query::primary_status(&ix, code, Some("2014-09-15".parse().unwrap()))
            .map_or(land.clone(), hex);
        let got = colour_at(&polys, vp.project(lon, lat));
        assert_eq!(got, Some(expected.as_str()), "{code}");
    }
    // Before Jeddah, nobody but the hosts and pledgers has a colour: Egypt is neutral.
    let (early, vp) = render_map("2014-09-10", Framing::Region);
    assert_eq!(
        colour_at(&polygons(&early), vp.project(31.2, 30.0)),
        Some(land.as_str())
    );
}

#[test]
fn small_states_get_markers_and_outsiders_get_hatching() {
    let (svg, vp) = render_map("2014-09-15", Framing::Region);
    // At 1200 px only Bahrain is too small to click (Qatar and Lebanon are 20+ px wide there).
    assert!(
        svg.matches("<circle").count() >= 2,
        "Bahrain's marker (fill and ring) missing"
    );
    let (bx, by) = vp.project(50.55, 26.07);
    assert!(
        svg.split("<circle ").skip(1).any(|c| {
            let num = |n: &str| -> f64 {
                let s = c.find(&format!("{n}=\"")).unwrap() + n.len() + 2;
                c[s..s + c[s..].find('"').unwrap()].parse().unwrap()
            };
            (num("cx") - bx).abs() < 15.0 && (num("cy") - by).abs() < 15.0
        }),
        "no marker near Bahrain"
    );
    // Hatching: many short lines in the hatch colour over Iran and Syria.
    assert!(svg.matches("stroke=\"#3A2A10\"").count() > 20);
}

#[test]
fn legend_counts_match_the_query() {
    let ix = common::index();
    let (svg, _) = render_map("2014-09-15", Framing::Region);
    let shapes = Shapes::embedded().unwrap();
    let fills = map::fills(&ix, &shapes, Some("2014-09-15".parse().unwrap()));
    for s in Status::ALL {
        let n = fills.iter().filter(|f| **f == Some(s)).count();
        assert!(
            svg.contains(&format!("{} ({n})", s.label())),
            "{}",
            s.label()
        );
    }
    assert!(svg.contains("Attended Paris (") && !svg.contains("Attended Paris (0)"));
}

#[test]
fn the_world_view_shows_australia_and_the_americas() {
    let ix = common::index();
    let (svg, vp) = render_map("2014-09-30", Framing::World);
    let polys = polygons(&svg);
    let military = palette::hex(palette::status(Status::MilitaryPledge));
    assert_eq!(
        query::primary_status(&ix, "AUS", None),
        Some(Status::MilitaryPledge)
    );
    assert_eq!(
        colour_at(&polys, vp.project(134.0, -25.0)),
        Some(military.as_str()),
        "Australia"
    );
    // By 30 September the United States was striking in Syria too (22/23 September).
    let syria = palette::hex(palette::status(Status::StrikingSyria));
    assert_eq!(
        colour_at(&polys, vp.project(-100.0, 40.0)),
        Some(syria.as_str()),
        "United States"
    );
}

#[test]
fn timeline_svg_holds_its_events_and_axis() {
    let ix = common::index();
    let mut markers = Vec::new();
    // The default view has a row per pledging actor, so it is drawn at the height it asks for.
    let h = timeline::natural_height(&ix, 1000.0).ceil() as u32;
    let svg = to_svg(1000, h, |a| {
        markers = timeline::draw_timeline(a, &ix, &timeline::TimelineView::default(), 1.0)?;
        Ok(())
    })
    .unwrap();
    for e in &ix.data.events {
        assert!(
            markers.iter().any(|m| m.id == e.id),
            "event {} not drawn",
            e.id
        );
    }
    for m in &markers {
        assert!(
            (0.0..=1000.0).contains(&m.x) && (0.0..=f64::from(h)).contains(&m.y),
            "{m:?} off the chart"
        );
    }
    assert!(
        svg.contains("11 Sep") || svg.contains("15 Sep"),
        "date axis labels missing"
    );
    assert!(svg.contains(">Conference<") || svg.contains("Conference"));
}

/// The page draws through the recorder (draw::record) and replays onto the canvas or SVG; the
/// replay must be exactly the direct drawing, primitive for primitive.
#[test]
fn recorded_and_replayed_drawings_equal_direct_ones() {
    let ix = common::index();
    let shapes = Shapes::embedded().unwrap();
    for (framing, date, selected) in [
        (Framing::Region, Some("2014-09-15"), Some("FRA")),
        (Framing::World, None, None),
    ] {
        let d: Option<Date> = date.map(|d| d.parse().unwrap());
        let vp = Viewport::new(900.0, 560.0, framing);
        let pm = ProjectedMap::new(&shapes, vp, |id| {
            query::primary_status(&ix, id, None).is_some()
        });
        let view = map::MapView {
            fills: map::fills(&ix, &shapes, d),
            selected: selected.and_then(|c| {
                shapes
                    .countries
                    .iter()
                    .position(|s| s.id.as_deref() == Some(c))
            }),
            hovered: None,
            highlighted: Vec::new(),
            legend_title: Some("Status"),
            theme: palette::Theme::DARK,
            ..Default::default()
        };
        let direct = to_svg(900, 560, |a| map::draw_map(a, &pm, &view, 1.0)).unwrap();
        let replayed = to_svg_recorded(900, 560, |a| map::draw_map(a, &pm, &view, 1.0)).unwrap();
        assert!(direct.len() > 10_000, "a real map was drawn");
        assert_eq!(direct, replayed, "map {framing:?}");
    }
    let tv = timeline::TimelineView::default();
    let direct = to_svg(700, 300, |a| {
        timeline::draw_timeline(a, &ix, &tv, 1.0).map(|_| ())
    })
    .unwrap();
    let replayed = to_svg_recorded(700, 300, |a| {
        timeline::draw_timeline(a, &ix, &tv, 1.0).map(|_| ())
    })
    .unwrap();
    assert!(direct.contains("<text"), "the timeline has labels");
    assert_eq!(direct, replayed, "timeline");
}

/// The trimmed contents of every `<text>` element.
fn texts(svg: &str) -> Vec<String> {
    svg.split("<text ")
        .skip(1)
        .filter_map(|t| {
            let body = &t[t.find('>')? + 1..];
            Some(body[..body.find("</text>")?].trim().to_string())
        })
        .collect()
}

#[test]
fn countries_with_a_role_are_named_where_the_name_fits() {
    let (svg, _) = render_map("2014-09-15", Framing::Region);
    let labels = texts(&svg);
    for name in ["France", "Iran", "Saudi Arabia", "Turkey", "Egypt"] {
        assert!(
            labels.iter().any(|l| l == name),
            "no label {name} in {labels:?}"
        );
    }
    // No label for countries without a role at this zoom.
    for name in ["Algeria", "Libya"] {
        assert!(!labels.iter().any(|l| l == name), "unexpected label {name}");
    }
    // Countries too small to hold their name are named beside their marker, on a box of their own
    // (a callout), not over their neighbours' fill. (Until issue 15 they were not named at all.)
    let elements: Vec<&str> = svg.split('<').collect();
    for name in ["Bahrain", "Lebanon", "Qatar"] {
        let at = elements
            .iter()
            .position(|e| {
                e.starts_with("text ") && e.split_once('>').map(|b| b.1.trim()) == Some(name)
            })
            .unwrap_or_else(|| panic!("no callout for {name} in {labels:?}"));
        assert!(
            elements[at - 1].starts_with("rect "),
            "{name}'s label has no box of its own"
        );
    }
}

/// Renders the region map at 1200 × 760 with a view built by `view` from the default one.
fn render_view(view: impl FnOnce(map::MapView) -> map::MapView) -> (String, Viewport) {
    let ix = common::index();
    let shapes = Shapes::embedded().unwrap();
    let vp = Viewport::new(1200.0, 760.0, Framing::Region);
    let pm = ProjectedMap::new(&shapes, vp, |id| {
        query::primary_status(&ix, id, None).is_some()
    });
    let view = view(map::MapView {
        fills: map::fills(&ix, &shapes, Some("2014-09-15".parse().unwrap())),
        legend_title: Some("Legend"),
        ..Default::default()
    });
    (
        to_svg(1200, 760, |a| map::draw_map(a, &pm, &view, 1.0)).unwrap(),
        vp,
    )
}

#[test]
fn compare_colours_who_joined_changed_and_stayed_between_jeddah_and_paris() {
    use coalition_map::draw::compare;
    use coalition_map::query::Change;
    let ix = common::index();
    let shapes = Shapes::embedded().unwrap();
    let (jeddah, paris) = (
        Some("2014-09-11".parse().unwrap()),
        Some("2014-09-15".parse().unwrap()),
    );
    let changes = compare::changes(&ix, &shapes, jeddah, paris);
    let (svg, vp) = render_view(|v| map::MapView {
        compare: Some(changes.clone()),
        ..v
    });
    let polys = polygons(&svg);
    let hex = |c: Change| palette::hex(palette::change(c));
    let expect = |code: &str| {
        Change::between(
            query::primary_status(&ix, code, jeddah),
            query::primary_status(&ix, code, paris),
        )
        .map_or(palette::hex(palette::LAND), hex)
    };
    // The UK and Germany came to Paris only: joined. Saudi Arabia hosted Jeddah: unchanged.
    // Iran rejected the coalition in between: changed.
    // France hosted Paris after pledging: its colour follows whatever the data says.
    for (code, lon, lat, known) in [
        ("GBR", -1.5, 52.5, Some(Change::Joined)),
        ("DEU", 10.0, 51.0, Some(Change::Joined)),
        ("SAU", 45.0, 24.0, Some(Change::Unchanged)),
        ("EGY", 30.0, 27.0, Some(Change::Unchanged)),
        ("FRA", 2.35, 46.5, None),
        // Iran rejected the coalition after Jeddah: a change of status, not a joining.
        ("IRN", 54.0, 32.0, Some(Change::Changed)),
        ("DZA", 3.0, 30.0, None),
    ] {
        if let Some(k) = known {
            assert_eq!(expect(code), hex(k), "{code}: the data changed?");
        }
        assert_eq!(
            colour_at(&polys, vp.project(lon, lat)),
            Some(expect(code).as_str()),
            "{code}"
        );
    }
    // Its own legend: every change with its count, and no status rows.
    for c in Change::ALL {
        let n = changes.iter().filter(|x| **x == Some(c)).count();
        assert!(
            svg.contains(&format!("{} ({n})", c.label())),
            "{}",
            c.label()
        );
    }
    assert!(
        changes
            .iter()
            .filter(|x| **x == Some(Change::Joined))
            .count()
            >= 10
    );
    assert!(!svg.contains("Attended Paris ("));
    // Dropped is hatched on the map: comparing back in time, Paris's newcomers drop out.
    let back = compare::changes(&ix, &shapes, paris, jeddah);
    let gbr = shapes
        .countries
        .iter()
        .position(|c| c.id.as_deref() == Some("GBR"))
        .unwrap();
    assert_eq!(back[gbr], Some(Change::Dropped));
    let (svg, _) = render_view(|v| map::MapView {
        compare: Some(back),
        ..v
    });
    assert!(svg.contains("Dropped out ("));
    assert!(
        svg.matches("stroke=\"#3A2A10\"").count() > 20,
        "no hatching"
    );
}

#[test]
fn the_status_filter_fades_the_other_statuses() {
    let filter = map::parse_filter("signed").unwrap();
    let (svg, vp) = render_view(|v| map::MapView { filter, ..v });
    let polys = polygons(&svg);
    let signed = palette::hex(palette::status(Status::Signed));
    let host = palette::status(Status::Host);
    let faded_host = palette::hex(palette::fade(host, palette::LAND, 0.25));
    assert_eq!(
        colour_at(&polys, vp.project(30.0, 27.0)),
        Some(signed.as_str()),
        "Egypt"
    );
    assert_eq!(
        colour_at(&polys, vp.project(45.0, 24.0)),
        Some(faded_host.as_str()),
        "Saudi Arabia"
    );
    assert!(
        !svg.to_lowercase().contains(&palette::hex(host)),
        "a host still at full strength"
    );
    // Faded countries lose their names; the ones shown keep theirs.
    let labels = texts(&svg);
    assert!(labels.iter().any(|l| l == "Egypt"), "{labels:?}");
    assert!(!labels.iter().any(|l| l == "Saudi Arabia" || l == "France"));
    assert!(map::parse_filter("signed,moon").is_none());
    assert_eq!(map::parse_filter("").map(|f| f.len()), Some(0));
    assert_eq!(
        map::filter_key(&map::parse_filter("host, signed").unwrap()),
        "host,signed"
    );
}

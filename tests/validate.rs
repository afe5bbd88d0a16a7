//! The validator against hostile datasets: ids in a safe alphabet, one actor per code, name or
//! alias, names that are not only invisible characters, the sections as an object, and error lists
//! a reader can take in.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use coalition_map::dataset::{summarise, url_problem};
use coalition_map::model::Dataset;

/// The embedded dataset as one JSON value, to break one thing at a time.
fn good() -> serde_json::Value {
    serde_json::to_value(&common::index().data).unwrap()
}

/// The problems `from_json` finds in `v`, as "path: reason" lines.
fn problems(v: &serde_json::Value) -> Vec<String> {
    match Dataset::from_json(&v.to_string()) {
        Ok(_) => Vec::new(),
        Err(errs) => errs.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn ids_outside_the_safe_alphabet_are_refused_in_every_section() {
    for (section, id) in [
        ("events", "x\" onload=\"alert(1)"),
        ("pledges", "a b"),
        ("statements", "a&b"),
        ("figures", "<script>"),
        ("disputes", "-leading-dash"),
        ("events", "é"),
    ] {
        let mut v = good();
        v[section][0]["id"] = id.into();
        let p = problems(&v);
        assert!(
            p.iter()
                .any(|e| e.starts_with(&format!("{section}[0].id: ids may use only letters"))),
            "{section} {id:?}: {p:?}"
        );
    }
    let mut v = good();
    v["events"][0]["id"] = "a".repeat(65).into();
    assert!(problems(&v).iter().any(|e| e.contains("at most 64")));
}

#[test]
fn a_code_name_or_alias_names_one_actor() {
    let mut v = good();
    let actors = v["actors"].as_array_mut().unwrap();
    let fra = actors.iter_mut().find(|a| a["id"] == "FRA").unwrap();
    fra["aliases"].as_array_mut().unwrap().push("QAT".into());
    let p = problems(&v);
    // Reported on whichever of the two comes second, naming the other.
    assert!(
        p.iter()
            .any(|e| e.contains("\"QAT\" already names actor \"FRA\"")
                || e.contains("\"QAT\" already names actor \"QAT\"")),
        "{p:?}"
    );
    let mut v = good();
    let actors = v["actors"].as_array_mut().unwrap();
    let fra = actors.iter_mut().find(|a| a["id"] == "FRA").unwrap();
    fra["aliases"].as_array_mut().unwrap().push("qatar".into());
    assert!(problems(&v).iter().any(|e| e.contains("already names")));
}

#[test]
fn names_of_only_invisible_characters_are_empty() {
    for name in [
        "\u{200B}\u{200B}",
        "\u{202E}",
        "\u{2066}\u{2069}",
        "\u{FEFF}",
        " \u{00AD} ",
    ] {
        let mut v = good();
        v["actors"][0]["name"] = name.into();
        let p = problems(&v);
        assert!(
            p.iter()
                .any(|e| e.starts_with("actors[0].name: must not be empty")),
            "{name:?}: {p:?}"
        );
    }
}

#[test]
fn sections_must_be_an_object_not_an_array() {
    let v = good();
    let sections: Vec<serde_json::Value> = [
        "sources",
        "actors",
        "people",
        "conferences",
        "participations",
        "pledges",
        "statements",
        "events",
        "figures",
        "disputes",
    ]
    .iter()
    .map(|s| v[*s].clone())
    .collect();
    let p = problems(&serde_json::Value::Array(sections));
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].contains("expected a JSON object"), "{p:?}");
}

#[test]
fn a_byte_order_mark_is_skipped() {
    let text = format!("\u{feff}{}", good());
    assert!(Dataset::from_json(&text).is_ok());
}

#[test]
fn long_error_lists_say_how_many_more_and_cut_long_keys() {
    let mut v = good();
    let long_key = "k".repeat(1_000_000);
    v["events"][0][long_key.as_str()] = 1.into();
    let errs = Dataset::from_json(&v.to_string()).unwrap_err();
    let shown = summarise(errs, 100);
    assert!(
        shown.iter().all(|e| e.reason.chars().count() <= 241),
        "{:?}",
        shown[0].reason.len()
    );

    let mut v = good();
    for e in v["events"].as_array_mut().unwrap() {
        e["actors"] = serde_json::json!(["ZZA", "ZZB", "ZZC", "ZZD", "ZZE", "ZZF", "ZZG", "ZZH"]);
    }
    let errs = Dataset::from_json(&v.to_string()).unwrap_err();
    let total = errs.len();
    assert!(total > 100, "{total}");
    let shown = summarise(errs, 100);
    assert_eq!(shown.len(), 101);
    let last = shown.last().unwrap();
    assert_eq!(last.path, "(more)");
    assert!(last
        .reason
        .starts_with(&format!("{} more problem", total - 100)));
}

#[test]
fn ids_are_one_namespace_across_sections() {
    let mut v = good();
    let pledge = v["pledges"][0]["id"].clone();
    v["events"][2]["id"] = pledge.clone();
    let p = problems(&v);
    assert!(
        p.iter().any(|e| e.starts_with("events[2].id:")
            && e.contains(&format!(
                "{pledge} is already the id of a record in pledges"
            ))),
        "{p:?}"
    );
}

#[test]
fn control_characters_in_a_title_leave_the_svg_readable() {
    use coalition_map::view::ViewState;
    use coalition_map::{draw::scene, palette::Theme};
    let mut data = common::index().data.clone();
    data.events[0].title = "Jeddah\u{1}\u{8} conference\u{1b}".into();
    let ix = coalition_map::Index::new(data).unwrap();
    let svg = scene::timeline_svg(&ix, &ViewState::default(), Theme::LIGHT, 1200, None).unwrap();
    assert!(
        !svg.chars()
            .any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r')),
        "the SVG holds a control character"
    );
}

/// The actor with id `id` in a dataset value.
fn actor_mut<'a>(v: &'a mut serde_json::Value, id: &str) -> &'a mut serde_json::Value {
    let actors = v["actors"].as_array_mut().unwrap();
    actors.iter_mut().find(|a| a["id"] == id).unwrap()
}

#[test]
fn no_actor_takes_over_a_country_on_the_map() {
    // An alias "POL" on France made a click on Poland (and `?country=POL`) open France; an
    // organisation named "ISR" answered a click on Israel, a map country without a record.
    for (id, field, value, path, needle) in [
        (
            "FRA",
            "aliases",
            "POL",
            "aliases[1]",
            "\"POL\" names Poland (POL) on the map: only the actor with id \"POL\" may use it",
        ),
        (
            "FRA",
            "aliases",
            "poland",
            "aliases[1]",
            "names Poland (POL)",
        ),
        (
            "FRA",
            "aliases",
            "P.O.L.",
            "aliases[1]",
            "names Poland (POL)",
        ),
        ("un", "name", "ISR", "name", "names Israel (ISR) on the map"),
        (
            "eu",
            "aliases",
            "Israel",
            "aliases[1]",
            "names Israel (ISR)",
        ),
        // A code no shape carries is still a country a link may name.
        (
            "un",
            "aliases",
            "TUV",
            "aliases[2]",
            "is an ISO 3166-1 country code",
        ),
    ] {
        let mut v = good();
        let a = actor_mut(&mut v, id);
        if field == "aliases" {
            a["aliases"].as_array_mut().unwrap().push(value.into());
        } else {
            a[field] = value.into();
        }
        let i = v["actors"]
            .as_array()
            .unwrap()
            .iter()
            .position(|a| a["id"] == id)
            .unwrap();
        let p = problems(&v);
        let want = format!("actors[{i}].{path}: ");
        assert!(
            p.iter().any(|e| e.starts_with(&want) && e.contains(needle)),
            "{id} {field} {value:?}: {p:?}"
        );
    }
    // An organisation whose id is a country's code, lower-cased.
    let mut v = good();
    v["actors"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({"id": "isr", "kind": "organisation", "name": "Ministry", "sources": ["paris-communique"]}));
    let p = problems(&v);
    assert!(
        p.iter()
            .any(|e| e.contains(".id: \"isr\" names Israel (ISR)")),
        "{p:?}"
    );
    // A country may use its own code and its map name.
    let mut v = good();
    let usa = actor_mut(&mut v, "USA");
    usa["aliases"] = serde_json::json!(["USA", "United States of America", "U.S.A."]);
    // (Mongolia: on the map, not in the dataset.)
    let mut mng = actor_mut(&mut v, "FRA").clone();
    mng["id"] = "MNG".into();
    mng["name"] = "Mongolia".into();
    mng["aliases"] = serde_json::json!(["mng", "State of Mongolia"]);
    v["actors"].as_array_mut().unwrap().push(mng);
    assert_eq!(problems(&v), Vec::<String>::new());
}

#[test]
fn names_that_pass_for_something_else_are_refused() {
    let fra_index = |v: &serde_json::Value| {
        v["actors"]
            .as_array()
            .unwrap()
            .iter()
            .position(|a| a["id"] == "FRA")
            .unwrap()
    };
    for (name, needle) in [
        // Blank to the eye: the Braille blank, combining marks with nothing to sit on.
        ("\u{2800}\u{2800}", "shows no letters"),
        ("\u{0301}\u{0308}\u{20DD}", "shows no letters"),
        // Displays as "Poland", holds "dnaloP".
        ("\u{202E}dnaloP", "direction overrides"),
        ("Fra\u{2067}nce\u{2069}", "direction overrides"),
        // A Cyrillic Р and о: another actor's look-alike of Poland, a map country.
        ("\u{0420}\u{043E}land", "looks like \"Poland\" (POL)"),
        // Greek capitals spelling a map country's name.
        ("\u{0399}\u{03A4}\u{0391}LY", "looks like \"Italy\" (ITA)"),
        // An invisible character inside: "Iraq" to the eye, another key to search.
        ("Ira\u{200B}q", "looks like \"Iraq\" (IRQ)"),
        ("United\u{00A0}States", "looks like \"United States\" (USA)"),
    ] {
        let mut v = good();
        let i = fra_index(&v);
        v["actors"][i]["aliases"]
            .as_array_mut()
            .unwrap()
            .push(name.into());
        let p = problems(&v);
        assert!(
            p.iter()
                .any(|e| e.starts_with(&format!("actors[{i}].aliases[1]: ")) && e.contains(needle)),
            "{name:?}: {p:?}"
        );
        // The same as a name.
        let mut v = good();
        v["actors"][i]["name"] = name.into();
        let p = problems(&v);
        assert!(
            p.iter()
                .any(|e| e.starts_with(&format!("actors[{i}].name: ")) && e.contains(needle)),
            "name {name:?}: {p:?}"
        );
    }
    // Names in other scripts are welcome when they look like no other: Russia's own name, an
    // Arabic alias, a combining accent on a letter.
    let mut v = good();
    let i = fra_index(&v);
    v["actors"][i]["aliases"] = serde_json::json!(["Fran\u{0301}ce", "فرنسا", "Франция", "Γαλλία"]);
    assert_eq!(problems(&v), Vec::<String>::new());
}

#[test]
fn a_dataset_accepted_can_be_written_back_under_the_limit() {
    // Sources without "quotable" (a default): under the limit as given, over it written back with
    // every field, as the page's JSON download writes it, which then could not be loaded again.
    let mut v = good();
    let sources = v["sources"].as_array_mut().unwrap();
    for i in 0..62_000 {
        sources.push(serde_json::json!({"id": format!("s{i}"), "kind": "official", "publisher": "P", "title": "T", "dated": "D"}));
    }
    let text = v.to_string();
    assert!(
        text.len() < coalition_map::dataset::MAX_DATASET_BYTES,
        "{} bytes",
        text.len()
    );
    let p = problems(&v);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(
        p[0].starts_with("(document): written out with every field"),
        "{p:?}"
    );
    // A smaller one is accepted, and its own compact writing loads again.
    let mut v = good();
    let sources = v["sources"].as_array_mut().unwrap();
    for i in 0..20_000 {
        sources.push(serde_json::json!({"id": format!("s{i}"), "kind": "official", "publisher": "P", "title": "T", "dated": "D"}));
    }
    let ds = Dataset::from_json(&v.to_string()).unwrap();
    let back = serde_json::to_string(&ds).unwrap();
    assert!(Dataset::from_json(&back).is_ok());
}

/// A source's addresses and the words about where it is published are kept apart (issue 30: prose
/// in a link became `https://us%20department%20of%20state;…`): `urls` takes only http(s) URLs,
/// `published_at` no URL at all.
#[test]
fn a_source_keeps_its_urls_apart_from_its_description() {
    for bad in [
        "US Department of State; mirrored at rbs0.com and elsewhere",
        "rbs0.com/Communique20140911.html",
        "javascript:alert(1)",
        "https://exa mple.org/",
        "https://example.org/a b",
        "http://",
        "https://-bad-.org/",
        "ftp://example.org/file",
        "https://example.org/\"><script>",
    ] {
        let mut v = good();
        v["sources"][0]["urls"] = serde_json::json!(["https://example.org/", bad]);
        let p = problems(&v);
        assert!(
            p.iter().any(|e| e.starts_with("sources[0].urls[1]: ")),
            "{bad:?} accepted as a URL: {p:?}"
        );
        assert!(
            !p.iter().any(|e| e.starts_with("sources[0].urls[0]")),
            "{p:?}"
        );
    }
    let mut v = good();
    v["sources"][0]["published_at"] = "the ministry, at https://example.org/communique".into();
    let p = problems(&v);
    assert!(
        p.iter().any(|e| e.starts_with("sources[0].published_at: ")),
        "{p:?}"
    );
    for good_url in [
        "https://example.org",
        "http://www.example.org:8080/a/b?c=d&e=f#g",
        "https://amay1.sarmady.net//news/detailsamp/591659",
    ] {
        let mut v = good();
        v["sources"][0]["urls"] = serde_json::json!([good_url]);
        assert_eq!(problems(&v), Vec::<String>::new(), "{good_url}");
    }
}

/// Every embedded source's URL passes the validator's URL rule (`tests/e2e/hostile.test.mjs` has
/// the browser's URL parser read every link the page makes of them), and no description holds one.
#[test]
fn every_embedded_source_url_parses() {
    let ix = common::index();
    let mut n = 0;
    for s in &ix.data.sources {
        for u in &s.urls {
            assert_eq!(url_problem(u), None, "{}", s.id);
            let rest = u.split_once("://").map(|(_, r)| r).unwrap_or_default();
            assert!(
                !rest.is_empty() && !u.contains(char::is_whitespace),
                "{}: {u}",
                s.id
            );
            n += 1;
        }
        if let Some(p) = &s.published_at {
            assert!(
                !p.contains("http://") && !p.contains("https://"),
                "{}: {p}",
                s.id
            );
        }
    }
    assert!(n >= 40, "{n} URLs");
}

/// A brought dataset's stories: an unknown record, a step id used twice and a view the link
/// reader would ignore part of are each an error that says where and why.
#[test]
fn a_brought_story_is_checked_like_the_embedded_ones() {
    let mut v = good();
    v["stories"][0]["steps"][1]["records"][0] = "no-such-record".into();
    let first_step = v["stories"][0]["steps"][0]["id"].clone();
    v["stories"][1]["steps"][0]["id"] = first_step;
    let p = problems(&v);
    assert!(
        p.iter()
            .any(|e| e
                .starts_with("stories[0].steps[1].records[0]: unknown record \"no-such-record\"")),
        "{p:?}"
    );
    assert!(
        p.iter()
            .any(|e| e.starts_with("stories[1].steps[0].id: duplicate step id")),
        "{p:?}"
    );
    let mut v = good();
    v["stories"][0]["steps"][2]["view"] =
        "date=1990-01-01&country=nowhere&story=pledge-to-strike".into();
    let ds = Dataset::from_json(&v.to_string()).unwrap();
    let errs = coalition_map::view::story::checked(ds).unwrap_err();
    let p: Vec<String> = errs.iter().map(ToString::to_string).collect();
    assert_eq!(p.len(), 3, "{p:?}");
    assert!(
        p.iter()
            .all(|e| e.starts_with("stories[0].steps[2].view: ")),
        "{p:?}"
    );
    assert!(
        p[0].contains("outside the story") && p[1].contains("nowhere"),
        "{p:?}"
    );
    assert!(p[2].contains("only view parameters"), "{p:?}");
    // A dataset without stories is still a dataset.
    let mut v = good();
    v.as_object_mut().unwrap().remove("stories");
    assert!(problems(&v).is_empty());
}

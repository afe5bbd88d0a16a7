//! The frame of a view: everything the page says about it in words, computed natively for a
//! country, an organisation, a map country without a record, a date with no selection and a
//! comparison, and what a change announces.

mod common;
use common::{frame_of, setup};

use coalition_map::dataset::Index;
use coalition_map::frame::Frame;
use coalition_map::query;

#[test]
fn the_default_view_with_no_selection() {
    let (ix, shapes) = setup();
    let f = frame_of(&ix, &shapes, "", None);
    assert_eq!(f.date, None);
    assert_eq!(f.date_label, "End of September 2014");
    assert_eq!(f.as_of, "by the end of September 2014");
    assert_eq!(f.legend.title, "Status by the end of September 2014");
    assert!(!f.legend.comparing);
    assert!(f.legend.entries.iter().all(|e| !e.pressed));
    assert!(f.legend.entries.iter().map(|e| e.count).sum::<usize>() > 20);
    assert_eq!(f.selection, None);
    assert_eq!(f.announcement, None, "the first frame announces nothing");
    assert_eq!(f.compare[0].label, "No comparison");
    assert!(f.compare[0].selected);
    // The text alternative counts what the legend counts.
    for e in f.legend.entries.iter().filter(|e| e.count > 0) {
        assert!(
            f.map_alt.contains(&format!("{}: {}", e.label, e.count)),
            "{} missing from {:?}",
            e.label,
            f.map_alt
        );
    }
    // What the timeline shows in its window, the September story's days (it counted the events
    // and pledges of every day, and the page said another number once the timeline was drawn).
    let shown = coalition_map::draw::timeline::shown_count(&ix, None);
    assert!(
        f.timeline_alt.starts_with(&format!(
            "Timeline of {shown} events, pledges, decisions, strikes and listings, 8 September 2014 to 15 September 2014."
        )),
        "{}",
        f.timeline_alt
    );
    let all = frame_of(&ix, &shapes, "window=2014-08-08..2014-12-15", None);
    assert!(
        all.timeline_alt
            .contains(", 8 August 2014 to 15 December 2014."),
        "{}",
        all.timeline_alt
    );
}

#[test]
fn a_date_with_no_selection_counts_that_day() {
    let (ix, shapes) = setup();
    let jeddah = frame_of(&ix, &shapes, "date=2014-09-11", None);
    let end = frame_of(&ix, &shapes, "", None);
    assert_eq!(jeddah.date.as_deref(), Some("2014-09-11"));
    assert_eq!(jeddah.date_label, "11 Sept 2014");
    assert_eq!(jeddah.legend.title, "Status on 11 Sept 2014");
    let total = |f: &Frame| f.legend.entries.iter().map(|e| e.count).sum::<usize>();
    assert!(
        total(&jeddah) < total(&end),
        "more countries have a role after Paris"
    );
}

#[test]
fn a_country_is_named_with_its_status_and_announced() {
    let (ix, shapes) = setup();
    let f = frame_of(
        &ix,
        &shapes,
        "country=FRA&date=2014-09-15",
        Some("date=2014-09-15"),
    );
    let s = f.selection.as_ref().unwrap();
    assert_eq!(
        (s.id.as_str(), s.name.as_str(), s.recorded),
        ("FRA", "France", true)
    );
    let status = query::primary_status(&ix, "FRA", "2014-09-15".parse().ok())
        .unwrap()
        .label();
    assert_eq!(s.status, status);
    assert!(f.map_alt.contains("Selected: France."));
    assert_eq!(
        f.announcement.as_deref(),
        Some(format!("Selected France: {status}.").as_str())
    );
    // Clearing it is said too.
    let cleared = frame_of(
        &ix,
        &shapes,
        "date=2014-09-15",
        Some("country=FRA&date=2014-09-15"),
    );
    assert_eq!(cleared.announcement.as_deref(), Some("Selection cleared."));
}

#[test]
fn an_organisation_and_an_unrecorded_country() {
    let (ix, shapes) = setup();
    let org = frame_of(&ix, &shapes, "country=arab-league", None);
    let s = org.selection.unwrap();
    assert_eq!(s.name, "Arab League");
    assert!(s.recorded);
    let pol = frame_of(&ix, &shapes, "country=BLR", Some(""));
    let s = pol.selection.unwrap();
    assert_eq!((s.name.as_str(), s.recorded), ("Belarus", false));
    assert_eq!(s.status, "no role in the sources");
    assert_eq!(
        pol.announcement.as_deref(),
        Some("Selected Belarus: no role in the sources.")
    );
}

#[test]
fn a_comparison_has_its_own_legend_and_menu_choice() {
    let (ix, shapes) = setup();
    let f = frame_of(
        &ix,
        &shapes,
        "date=2014-09-15&compare=2014-09-11",
        Some("date=2014-09-15"),
    );
    assert!(f.legend.comparing);
    assert_eq!(f.legend.title, "Change from 11 Sept 2014 to 15 Sept 2014");
    let chosen: Vec<&str> = f
        .compare
        .iter()
        .filter(|c| c.selected)
        .map(|c| c.label.as_str())
        .collect();
    assert_eq!(chosen, ["Changes since Jeddah (11 Sept 2014)"]);
    assert_eq!(
        f.announcement.as_deref(),
        Some("Comparing with 11 Sept 2014: joined, changed and dropped are coloured.")
    );
    // A compared date that is no conference's gets a choice of its own.
    let odd = frame_of(&ix, &shapes, "compare=2014-09-13", None);
    assert_eq!(
        odd.compare.last().map(|c| (c.label.as_str(), c.selected)),
        Some(("Changes since 13 Sept 2014", true))
    );
}

#[test]
fn each_change_is_announced_once_in_words() {
    let (ix, shapes) = setup();
    let said = |q: &str, before: &str| frame_of(&ix, &shapes, q, Some(before)).announcement;
    assert_eq!(
        said("date=2014-09-15", "date=2014-09-11").as_deref(),
        Some("Date shown: 15 Sept 2014.")
    );
    assert_eq!(
        said("", "date=2014-09-11").as_deref(),
        Some("Date shown: End of September 2014.")
    );
    let signed = query::Status::ALL
        .iter()
        .find(|s| s.key() == "signed")
        .unwrap()
        .label();
    assert_eq!(
        said("status=signed", "").as_deref(),
        Some(format!("Map shows {signed}; others faded.").as_str())
    );
    assert_eq!(
        said("", "status=signed").as_deref(),
        Some("Status filter off: every status shown.")
    );
    assert_eq!(
        said("framing=gulf", "").as_deref(),
        Some("Map framing: Gulf & Levant.")
    );
    assert_eq!(
        said("timeline=kind", "").as_deref(),
        Some("Timeline: events and pledges by kind.")
    );
    assert_eq!(said("date=2014-09-11", "date=2014-09-11"), None);
    // The legend's filter follows the view.
    let f = frame_of(&ix, &shapes, "status=signed", None);
    let pressed: Vec<&str> = f
        .legend
        .entries
        .iter()
        .filter(|e| e.pressed)
        .map(|e| e.key)
        .collect();
    assert_eq!(pressed, ["signed"]);
}

#[test]
fn a_conference_is_named_with_where_and_when_it_met() {
    let (ix, shapes) = setup();
    let f = frame_of(&ix, &shapes, "country=paris", Some(""));
    let s = f.selection.unwrap();
    assert_eq!(s.id, "paris");
    assert_eq!(
        s.name,
        "International Conference on Peace and Security in Iraq"
    );
    assert!(s.recorded && s.conference);
    assert_eq!(s.status, "Conference in Paris, 15 Sept 2014");
    assert_eq!(
        f.announcement.as_deref(),
        Some("Selected International Conference on Peace and Security in Iraq: Conference in Paris, 15 Sept 2014.")
    );
    // A country is not a conference.
    let fra = frame_of(&ix, &shapes, "country=FRA", None);
    assert!(!fra.selection.unwrap().conference);
}

#[test]
fn the_panel_is_the_selections_record_and_only_when_it_changed() {
    use coalition_map::frame::Panel;
    let (ix, shapes) = setup();
    let f = frame_of(&ix, &shapes, "", None);
    assert!(matches!(f.panel, Some(Panel::Overview)), "{:?}", f.panel);
    let f = frame_of(&ix, &shapes, "country=FRA&date=2014-09-15", None);
    let Some(Panel::Actor {
        record,
        totals,
        name,
    }) = &f.panel
    else {
        panic!("France's panel: {:?}", f.panel);
    };
    assert_eq!(record.actor.id, "FRA");
    assert_eq!(name, "France");
    let day = "2014-09-15".parse().ok();
    assert_eq!(record.status, query::primary_status(&ix, "FRA", day));
    assert!(record.status.is_some());
    assert_eq!(totals.pledges, record.pledges.len());
    // In French, the panel names the actor in French (the record keeps the dataset's English).
    let fr = frame_of(&ix, &shapes, "country=DEU&lang=fr", None);
    assert!(
        matches!(&fr.panel, Some(Panel::Actor { name, .. }) if name == "Allemagne"),
        "{:?}",
        fr.panel.as_ref().map(|_| ())
    );
    let f = frame_of(&ix, &shapes, "country=paris", None);
    assert!(
        matches!(&f.panel, Some(Panel::Conference { conference }) if conference.conference.id == "paris"),
        "{:?}",
        f.panel
    );
    let f = frame_of(&ix, &shapes, "country=BLR", None);
    assert!(
        matches!(&f.panel, Some(Panel::Unrecorded { name }) if name == "Belarus"),
        "{:?}",
        f.panel
    );
    // The panel is sent again only when what it shows changed: not for a framing or a camera, nor
    // for a new date with nothing selected (the overview does not depend on the date).
    let q = "country=FRA&date=2014-09-15";
    assert!(
        frame_of(&ix, &shapes, &format!("{q}&framing=world"), Some(q))
            .panel
            .is_none()
    );
    assert!(frame_of(&ix, &shapes, "date=2014-09-11", Some(""))
        .panel
        .is_none());
    assert!(
        frame_of(&ix, &shapes, "country=FRA&date=2014-09-11", Some(q))
            .panel
            .is_some()
    );
    assert!(
        frame_of(&ix, &shapes, "country=GBR&date=2014-09-15", Some(q))
            .panel
            .is_some()
    );
}

#[test]
fn a_long_list_is_cut_to_its_first_items_unless_a_link_points_into_it() {
    use coalition_map::frame::{Panel, FIRST_ITEMS};
    let (ix, shapes) = setup();
    let mut data = ix.data.clone();
    let french = data
        .pledges
        .iter()
        .find(|p| p.actor == "FRA")
        .cloned()
        .unwrap();
    for i in 0..30 {
        let mut p = french.clone();
        p.id = format!("fra-extra-{i}");
        data.pledges.push(p);
    }
    let big = Index::trusted(data);
    let cut = |q: &str| match frame_of(&big, &shapes, q, None).panel {
        Some(Panel::Actor { record, totals, .. }) => (record.pledges.len(), totals.pledges),
        other => panic!("{q}: {other:?}"),
    };
    let (shown, total) = cut("country=FRA");
    assert_eq!(shown, FIRST_ITEMS);
    assert!(total > 30, "{total}");
    // A permalinked record may be anywhere in the lists: the whole record.
    assert_eq!(cut("country=FRA&record=fra-extra-29"), (total, total));
    // The timeline's pledge past the first items: the list runs on to it.
    let Some(Panel::Actor { record, .. }) =
        frame_of(&big, &shapes, "country=FRA&item=fra-extra-25", None).panel
    else {
        panic!("France's panel");
    };
    let at = record.pledges.iter().position(|p| p.id == "fra-extra-25");
    assert_eq!(
        at,
        Some(record.pledges.len() - 1),
        "the list ends at the picked pledge"
    );
    assert!(record.pledges.len() > FIRST_ITEMS);
}

/// A search in French or Arabic finds what its list of names offers (before, in either language
/// every name the list suggested was "not found": the search knew the dataset's English only).
#[test]
fn a_search_finds_the_names_the_readers_language_lists() {
    use coalition_map::frame::find_named;
    use coalition_map::voice::Locale;
    let (ix, _) = setup();
    let found = |l, q| find_named(l, &ix, q);
    for (q, id) in [
        ("Émirats arabes unis", "ARE"),
        ("  émirats ARABES unis ", "ARE"),
        ("Émirats", "ARE"),
        ("Royaume-Uni", "GBR"),
        ("Irak", "IRQ"),
        ("Djeddah", "jeddah"),
        ("Conférence de Djeddah", "jeddah"),
    ] {
        assert_eq!(found(Locale::Fr, q).as_deref(), Some(id), "fr {q:?}");
    }
    for (q, id) in [
        ("الإمارات العربية المتحدة", "ARE"),
        ("الإمارات", "ARE"),
        ("العراق", "IRQ"),
        ("جدة", "jeddah"),
    ] {
        assert_eq!(found(Locale::Ar, q).as_deref(), Some(id), "ar {q:?}");
    }
    // Words that begin two names, or too short to choose, or nobody's, find nothing.
    for q in ["Ira", "Ir", "", "Atlantide"] {
        assert_eq!(found(Locale::Fr, q), None, "fr {q:?}");
    }
    // The search box's examples ("e.g. UAE, Britain, FRA") are found in every language.
    for l in [Locale::En, Locale::Fr, Locale::Ar] {
        let placeholder = match l {
            // The page chrome's English is not the core's table (`messages::english`).
            Locale::En => coalition_map::voice::messages::page()
                .iter()
                .find(|(k, _)| *k == "ui.search_placeholder")
                .map_or("", |(_, v)| v),
            _ => l.text("ui.search_placeholder"),
        };
        let examples: Vec<&str> = placeholder
            .split([',', '،'])
            .enumerate()
            .map(|(i, w)| {
                if i == 0 {
                    w.split_once(' ').map_or(w, |(_, w)| w)
                } else {
                    w
                }
                .trim()
            })
            .collect();
        assert_eq!(examples.len(), 3, "{l:?} {placeholder:?}");
        for q in examples {
            let id = ix
                .find_actor(q)
                .map(|a| a.id.clone())
                .or_else(|| found(l, q));
            assert!(
                id.is_some(),
                "{l:?}: the example {q:?} of {placeholder:?} finds nothing"
            );
        }
    }
    // English is the dataset's own names (Index::find_actor, asked first), not a table.
    assert_eq!(found(Locale::En, "Irak"), None);
    // Every name the French and Arabic lists offer is found, as the one it names.
    for l in [Locale::Fr, Locale::Ar] {
        for a in ix.data.actors.iter() {
            let name = coalition_map::voice::name(l, &a.id, &a.name);
            assert_eq!(
                found(l, name)
                    .as_deref()
                    .or(ix.find_actor(name).map(|x| x.id.as_str())),
                Some(a.id.as_str()),
                "{l:?} {name:?}"
            );
        }
    }
}

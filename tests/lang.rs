//! The frame, the CLI and the notices in French and Arabic (issue 26): a view's `lang` and
//! `numerals` decide its words, its country names (CLDR's, or the reviewed list in `i18n/`) and
//! its digits; English is unchanged.

mod common;
use common::{frame_of, setup};

use std::process::Command;

use coalition_map::view::ViewState;

#[test]
fn a_view_in_arabic_with_arabic_indic_digits() {
    let (ix, shapes) = setup();
    let f = frame_of(&ix, &shapes, "lang=ar&numerals=arab&country=FRA", None);
    assert_eq!(f.date_label, "نهاية سبتمبر ٢٠١٤");
    assert_eq!(f.legend.title, "الوضع حتى نهاية سبتمبر ٢٠١٤");
    assert_eq!(f.selection.as_ref().unwrap().name, "فرنسا");
    assert!(f.map_alt.contains("تنظيم الدولة الإسلامية"), "{}", f.map_alt);
    assert!(
        !f.map_alt.chars().any(|c| c.is_ascii_digit()),
        "{}",
        f.map_alt
    );
    assert!(f.legend.entries.iter().all(|e| !e.label.is_ascii()));
}

#[test]
fn a_view_in_french() {
    let (ix, shapes) = setup();
    let f = frame_of(
        &ix,
        &shapes,
        "lang=fr&date=2014-09-15&country=SAU",
        Some("lang=fr"),
    );
    assert_eq!(f.date_label, "15 sept. 2014");
    assert_eq!(f.as_of, "au 15 septembre 2014");
    assert_eq!(f.selection.as_ref().unwrap().name, "Arabie saoudite");
    assert!(f.map_alt.contains("État islamique"), "{}", f.map_alt);
    assert!(f
        .announcement
        .as_deref()
        .unwrap()
        .starts_with("Sélection : Arabie saoudite"));
    // ISIL as AFP writes it (i18n/fr.json).
    let isil = frame_of(&ix, &shapes, "lang=fr&country=isil", None);
    assert_eq!(
        isil.selection.unwrap().name,
        "organisation État islamique (EI)"
    );
}

#[test]
fn english_is_unchanged_and_a_bad_language_is_a_notice() {
    let (ix, shapes) = setup();
    // Compared as the page receives them (a frame's record holds no PartialEq of its own).
    let json = |q: &str| serde_json::to_value(frame_of(&ix, &shapes, q, None)).unwrap();
    assert_eq!(json("lang=en"), json(""));
    let (v, notices) = ViewState::from_query("lang=de", &ix);
    assert_eq!(v, ViewState::default());
    assert_eq!(notices.len(), 1);
    let (v, _) = ViewState::from_query("lang=fr-CA", &ix);
    assert_eq!(v.lang.tag(), "fr");
}

#[test]
fn the_cli_speaks_arabic() {
    let out = Command::new(env!("CARGO_BIN_EXE_coalition"))
        .args(["state", "--lang", "ar", "--numerals", "arab"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("حضر مؤتمر باريس"), "{text}");
    assert!(!text.chars().any(|c| c.is_ascii_digit()), "{text}");
    let bad = Command::new(env!("CARGO_BIN_EXE_coalition"))
        .args(["countries", "--lang", "de"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--lang"));
}

#[test]
fn the_timelines_band_captions_are_in_the_views_language() {
    // Its rows of events and of listings were captioned in English whatever the language.
    let svg_by = |lang: &str, by: &str| {
        let out = std::env::temp_dir().join(format!("coalition-bands-{lang}-{by}.svg"));
        let run = Command::new(env!("CARGO_BIN_EXE_coalition"))
            .args(["render", "timeline", "--by", by, "--lang", lang, "--out"])
            .arg(&out)
            .output()
            .unwrap();
        assert!(run.status.success(), "{run:?}");
        // Each text element's words, one per line, as plotters writes them.
        std::fs::read_to_string(&out)
            .unwrap()
            .lines()
            .map(|l| l.trim().to_string())
            .collect::<Vec<_>>()
    };
    let svg = |lang: &str| svg_by(lang, "actor");
    let has = |lines: &[String], words: &str| lines.iter().any(|l| l == words);
    let en = svg("en");
    assert!(has(&en, "Events") && has(&en, "Listed as partners"));
    let ar = svg("ar");
    assert!(has(&ar, "الأحداث") && has(&ar, "المدرجة كشركاء"));
    assert!(!has(&ar, "Events") && !has(&ar, "Listed as partners"));
    let fr = svg("fr");
    assert!(has(&fr, "Événements") && has(&fr, "Cités comme partenaires"));
    // By kind, its bands of pledges, meetings, and decisions and strikes.
    let en = svg_by("en", "kind");
    assert!(has(&en, "Pledges") && has(&en, "Meetings") && has(&en, "Decisions, strikes"));
    let ar = svg_by("ar", "kind");
    assert!(has(&ar, "التعهدات") && has(&ar, "الاجتماعات") && has(&ar, "القرارات والضربات"));
}

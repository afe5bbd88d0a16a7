//! Reader-facing text is prose: the reader's edition of the dataset (what the page and the CLI's
//! text output show) cites sources by name, never by seed file number or file name, and claim
//! values name countries instead of ISO codes; quotes stay verbatim and the JSON keeps the ids.

use std::process::Command;

use coalition_map::dataset::Index;
use coalition_map::lang::Locale;
use coalition_map::model::Dataset;
use coalition_map::voice::prose::{claim_value, reader_edition, Citations};

fn reader() -> Dataset {
    let mut d = Dataset::embedded().unwrap();
    reader_edition(&mut d);
    d
}

/// Whether `text` still cites a seed by its number or file name: "(000)", "003's", "000:",
/// "[000_3c21….txt]".
fn cites_a_seed_number(text: &str) -> bool {
    let b = text.as_bytes();
    (0..b.len().saturating_sub(2)).any(|i| {
        let standalone_start =
            i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b",.".contains(&b[i - 1]));
        let digits = b[i] == b'0' && b[i + 1] == b'0' && b[i + 2].is_ascii_digit();
        let end = b
            .get(i + 3)
            .is_none_or(|c| !c.is_ascii_alphanumeric() || *c == b'_');
        standalone_start && digits && end
    }) || text.contains(".txt")
}

/// Every prose text of a dataset a reader sees, with where it is.
fn prose_fields(d: &Dataset) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut add = |at: String, s: &str| out.push((at, s.to_string()));
    for c in &d.conferences {
        add(format!("conference {}", c.id), &c.summary);
        for cm in &c.commitments {
            add(format!("commitment {}", cm.id), &cm.summary);
        }
    }
    for p in &d.pledges {
        add(format!("pledge {}", p.id), &p.summary);
        if let Some(a) = p.date.as_ref().and_then(|w| w.approximate.as_ref()) {
            add(format!("pledge {} date", p.id), a);
        }
    }
    for s in &d.statements {
        add(format!("statement {}", s.id), &s.summary);
    }
    for e in &d.events {
        add(format!("event {}", e.id), &e.summary);
        if let Some(a) = &e.date.approximate {
            add(format!("event {} date", e.id), a);
        }
    }
    for p in &d.participations {
        if let Some(n) = &p.note {
            add(format!("participation {} {}", p.actor, p.conference), n);
        }
    }
    for dis in &d.disputes {
        if let Some(u) = &dis.used {
            add(format!("dispute {}", dis.id), u);
        }
        for (i, cl) in dis.claims.iter().enumerate() {
            add(
                format!("dispute {} claim {i} value", dis.id),
                &claim_value(Locale::En, d, &cl.value),
            );
            if let Some(n) = &cl.note {
                add(format!("dispute {} claim {i} note", dis.id), n);
            }
        }
    }
    out
}

#[test]
fn the_raw_data_does_cite_seed_numbers_so_the_check_can_fail() {
    let raw = Dataset::embedded().unwrap();
    let citing = prose_fields(&raw)
        .into_iter()
        .filter(|(_, t)| cites_a_seed_number(t))
        .count();
    assert!(citing > 50, "only {citing} raw texts cite a seed number");
}

#[test]
fn no_reader_text_cites_a_seed_by_number_or_file_name() {
    let wrong: Vec<String> = prose_fields(&reader())
        .into_iter()
        .filter(|(_, t)| cites_a_seed_number(t))
        .map(|(at, t)| format!("{at}: {t}"))
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn citations_become_source_names_and_numbers_stay_numbers() {
    let d = Dataset::embedded().unwrap();
    let c = Citations::new(&d);
    assert_eq!(c.prose("held (000)."), "held (Infogalactic).");
    assert_eq!(
        c.prose("(000, 004, paris-communique)"),
        "(Infogalactic, Middle East Eye, French Ministry of Foreign Affairs and International Development)"
    );
    assert_eq!(c.prose("004's spelling"), "Middle East Eye's spelling");
    // Two sources from one publisher are told apart by their titles.
    assert!(c
        .prose("001 says")
        .starts_with("China Topix, “World Powers Back"));
    assert!(c
        .prose("003 says")
        .starts_with("China Topix, “Coalition of 26"));
    // Figures keep their zeros; words that merely contain a token are left alone.
    for same in [
        "between 20,000 and 31,000 fighters",
        "2014-09-15",
        "a1000b",
        "x-000",
    ] {
        assert_eq!(c.prose(same), same);
    }
    // A dispute's id in prose reads as its question.
    assert_eq!(
        c.prose("see dispute paris-date"),
        "see dispute “On what date was the Paris conference held?”"
    );
}

#[test]
fn claim_values_name_countries_and_dates_in_words() {
    let d = Dataset::embedded().unwrap();
    assert_eq!(claim_value(Locale::En, &d, "FRA+IRQ"), "France and Iraq");
    assert_eq!(claim_value(Locale::En, &d, "USA"), "United States");
    assert!(claim_value(
        Locale::En,
        &d,
        "SAU, EGY, JOR, BHR, ARE, KWT, OMN, QAT, LBN (Turkey did not sign; Iraq not named)"
    )
    .starts_with("Saudi Arabia, Egypt, Jordan, Bahrain, United Arab Emirates"));
    assert_eq!(claim_value(Locale::En, &d, "2014-09-14"), "14 Sept 2014");
    assert_eq!(claim_value(Locale::En, &d, "20000-31000"), "20,000–31,000");
    assert_eq!(claim_value(Locale::En, &d, "<=31500"), "at most 31,500");
    // Words are kept as the data gives them.
    assert_eq!(claim_value(Locale::En, &d, "not invited"), "not invited");
    assert_eq!(claim_value(Locale::En, &d, "30+"), "30+");
}

#[test]
fn quotes_and_ids_are_untouched() {
    let raw = Dataset::embedded().unwrap();
    let read = reader();
    for (a, b) in raw.statements.iter().zip(&read.statements) {
        assert_eq!(a.id, b.id);
        assert_eq!(a.sources, b.sources);
        let qa: Vec<&str> = a.quotes.iter().map(|q| q.quote.as_str()).collect();
        let qb: Vec<&str> = b.quotes.iter().map(|q| q.quote.as_str()).collect();
        assert_eq!(qa, qb);
    }
    for (a, b) in raw.disputes.iter().zip(&read.disputes) {
        for (x, y) in a.claims.iter().zip(&b.claims) {
            assert_eq!(x.text, y.text);
            assert_eq!(x.sources, y.sources);
        }
    }
    // The reader's edition is still a dataset the validator accepts.
    Index::new(read).unwrap();
}

fn cli(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_coalition"))
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "{args:?}");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_cli_text_output_is_prose_and_its_json_keeps_the_ids() {
    for args in [
        &["country", "IRN"][..],
        &["country", "FRA"],
        &["country", "SAU"],
        &["conferences"],
    ] {
        let text = cli(args);
        let wrong: Vec<&str> = text.lines().filter(|l| cites_a_seed_number(l)).collect();
        assert!(wrong.is_empty(), "{args:?}:\n{}", wrong.join("\n"));
    }
    // A conference's summary is shown in the text output.
    assert!(cli(&["conferences"]).contains("The first of the international conferences"));
    // The JSON is the data as it is.
    assert!(cli(&["country", "IRN", "--json"]).contains("000_3c21469e92581805.txt"));
}

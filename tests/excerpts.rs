//! The after-Paris records against their sources: every line kept in `data/sources/after-paris/`
//! is in `../shared/sources/after-paris-2014.md` (whitespace aside, as the shared file wraps some
//! excerpts over two lines), and every excerpt, claim and figure text that cites a report source is
//! in that source's file character for character (elisions are the source file's own `…`).

#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::HashSet;

use coalition_map::model::{Excerpt, SourceKind};

fn normalise(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The repository's copy of a report source's excerpts: `after-paris-t3` is `t3.txt`.
fn excerpt_file(source: &str) -> String {
    let name = source
        .strip_prefix("after-paris-")
        .unwrap_or_else(|| panic!("{source}: a report source's id starts with after-paris-"));
    let path = format!(
        "{}/data/sources/after-paris/{name}.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn all_excerpts(d: &coalition_map::model::Dataset) -> Vec<(String, &Excerpt)> {
    let mut out = Vec::new();
    for x in &d.decisions {
        out.extend(x.excerpts.iter().map(|e| (format!("decision {}", x.id), e)));
    }
    for x in &d.strikes {
        out.extend(x.excerpts.iter().map(|e| (format!("strike {}", x.id), e)));
    }
    for x in &d.listings {
        out.extend(x.excerpts.iter().map(|e| (format!("listing {}", x.id), e)));
    }
    for x in &d.meetings {
        out.extend(x.excerpts.iter().map(|e| (format!("meeting {}", x.id), e)));
    }
    out
}

#[test]
fn every_kept_line_is_in_the_shared_source_file_under_its_reference() {
    let shared = common::read_shared("sources/after-paris-2014.md");
    let flat = normalise(&shared);
    let dir = format!("{}/data/sources/after-paris", env!("CARGO_MANIFEST_DIR"));
    let mut files = 0;
    let mut failures = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_str().unwrap().to_uppercase();
        // T1b's heading is `**T1b.**`: the letter after the digits stays lower case.
        let reference = match name.strip_suffix('B') {
            Some(base) if base.len() > 1 => format!("{base}b"),
            _ => name.clone(),
        };
        assert!(
            shared.contains(&format!("**{reference}.**"))
                || shared.contains(&format!("[{reference}]")),
            "{}: no source {reference} in after-paris-2014.md",
            path.display()
        );
        files += 1;
        for line in std::fs::read_to_string(&path).unwrap().lines() {
            if !flat.contains(&normalise(line)) {
                failures.push(format!("{}: {line:?}", path.display()));
            }
        }
    }
    assert!(files >= 40, "only {files} source files");
    assert!(
        failures.is_empty(),
        "not in the shared file:\n{}",
        failures.join("\n")
    );
}

#[test]
fn every_excerpt_is_verbatim_in_its_source_file() {
    let ix = common::index();
    let excerpts = all_excerpts(&ix.data);
    assert!(excerpts.len() >= 100, "only {} excerpts", excerpts.len());
    let mut failures = Vec::new();
    for (owner, x) in &excerpts {
        let source = ix.source(&x.source).unwrap();
        assert_eq!(source.kind, SourceKind::Report, "{owner}");
        if !excerpt_file(&x.source).contains(&x.text) {
            failures.push(format!("{owner}: not in {}: {:?}", x.source, x.text));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn every_claim_and_figure_citing_a_report_is_verbatim_there_or_says_it_is_a_paraphrase() {
    let ix = common::index();
    let d = &ix.data;
    let texts = d
        .disputes
        .iter()
        .flat_map(|x| {
            x.claims
                .iter()
                .map(move |c| (format!("dispute {}", x.id), &c.text, &c.sources))
        })
        .chain(
            d.figures
                .iter()
                .map(|f| (format!("figure {}", f.id), &f.text, &f.sources)),
        );
    let mut checked = 0;
    for (owner, text, sources) in texts {
        for s in sources {
            if ix.source(s).map(|s| s.kind) != Some(SourceKind::Report) {
                continue;
            }
            if text.contains("(paraphrase)") {
                continue;
            }
            checked += 1;
            let file = excerpt_file(s);
            assert!(
                text.split(" ... ").all(|piece| file.contains(piece)),
                "{owner}: not verbatim in {s}: {text:?}"
            );
        }
    }
    assert!(checked >= 25, "only {checked} texts checked");
}

#[test]
fn every_report_source_is_cited_and_has_its_file() {
    let ix = common::index();
    let d = &ix.data;
    let cited: HashSet<&str> = all_excerpts(d)
        .iter()
        .map(|(_, x)| x.source.as_str())
        .chain(
            d.figures
                .iter()
                .flat_map(|f| f.sources.iter().map(String::as_str)),
        )
        .chain(d.disputes.iter().flat_map(|x| {
            x.claims
                .iter()
                .flat_map(|c| c.sources.iter().map(String::as_str))
        }))
        .collect();
    for s in d.sources.iter().filter(|s| s.kind == SourceKind::Report) {
        excerpt_file(&s.id);
        assert!(cited.contains(s.id.as_str()), "{} is never quoted", s.id);
        assert!(
            !s.urls.is_empty(),
            "{}: where is it published (urls)?",
            s.id
        );
    }
}

#[test]
fn the_partner_list_is_whole_and_attendance_is_not_partnership() {
    let ix = common::index();
    let d = &ix.data;
    let shared = common::read_shared("sources/after-paris-2014.md");
    // The list as the shared file prints it: "Albania (ALB), Arab League (org: Arab League), ...".
    let start = shared.find("58 entries as printed").unwrap();
    let line = shared[start..].lines().nth(2).unwrap();
    let printed: Vec<&str> = line
        .split("), ")
        .map(|e| e.split(" (").next().unwrap().trim())
        .collect();
    assert_eq!(printed.len(), 58);
    let listed: Vec<_> = d
        .listings
        .iter()
        .filter(|l| l.id.starts_with("state-list-"))
        .collect();
    assert_eq!(listed.len(), printed.len());
    for name in &printed {
        let l = listed
            .iter()
            .find(|l| l.excerpts.iter().any(|x| x.text == *name))
            .unwrap_or_else(|| panic!("{name} has no listing"));
        assert_eq!(l.by, "USA");
        assert!(ix.actor(&l.actor).is_some());
    }
    // Kosovo and Taiwan are on the list, and on the map.
    let shapes = coalition_map::geo::Shapes::embedded().unwrap();
    for code in ["XKX", "TWN"] {
        assert!(listed.iter().any(|l| l.actor == code), "{code}");
        assert!(shapes.get(code).is_some(), "{code} has no shape");
    }
    // China and Russia attended Paris and are on no list.
    for code in ["CHN", "RUS"] {
        assert!(d.listings.iter().all(|l| l.actor != code), "{code} listed");
    }
}

#[test]
fn brussels_is_a_count_not_a_roster() {
    let ix = common::index();
    let m = ix
        .data
        .meetings
        .iter()
        .find(|m| m.id == "brussels-ministerial")
        .unwrap();
    assert!(!m.roster);
    assert!(m.attendees.len() < 10, "a Brussels roster crept in");
    let dispute = ix.dispute(m.count_dispute.as_deref().unwrap()).unwrap();
    let values: HashSet<&str> = dispute.claims.iter().map(|c| c.value.as_str()).collect();
    assert!(values.contains("60") && values.contains("62"));
}

//! Every quote in the dataset appears word for word in each seed file it cites (only whitespace and
//! typographic quote marks are normalised), and only seed files are quoted. So does every disputed
//! claim's and every figure's `text` that cites a seed (elisions marked " ... ").

#![cfg(not(target_arch = "wasm32"))]

mod common;

use coalition_map::model::Quote;

/// Collapses whitespace and maps typographic quotes and apostrophes to straight ones.
fn normalise(s: &str) -> String {
    let mapped: String = s
        .chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201F}' | '\u{2033}' => '"',
            c => c,
        })
        .collect();
    mapped.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn all_quotes(ix: &coalition_map::Index) -> Vec<(String, &Quote)> {
    let d = &ix.data;
    let mut out = Vec::new();
    for p in &d.pledges {
        out.extend(p.quotes.iter().map(|q| (format!("pledge {}", p.id), q)));
    }
    for s in &d.statements {
        out.extend(s.quotes.iter().map(|q| (format!("statement {}", s.id), q)));
    }
    out
}

#[test]
fn every_quote_is_verbatim_in_its_cited_seed_files() {
    let ix = common::index();
    let quotes = all_quotes(&ix);
    assert!(
        quotes.len() >= 25,
        "only {} quotes: the sources hold more direct quotations",
        quotes.len()
    );
    let mut failures = Vec::new();
    for (owner, q) in &quotes {
        let cited: Vec<&String> = q.cited().collect();
        assert!(!cited.is_empty(), "{owner}: quote without a source");
        for src in cited {
            let source = ix
                .source(src)
                .unwrap_or_else(|| panic!("{owner}: unknown source {src}"));
            assert!(
                source.quotable,
                "{owner}: {src} is not a quotable seed document"
            );
            let text = normalise(&common::read_shared(&format!("seeds/{src}")));
            if !text.contains(&normalise(&q.quote)) {
                failures.push(format!("{owner}: not found in {src}: {:?}", q.quote));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn the_direct_quotations_of_officials_are_all_present() {
    // A sample across every seed and speaker: if curation drops one, this fails.
    let ix = common::index();
    let have: Vec<String> = all_quotes(&ix)
        .iter()
        .map(|(_, q)| normalise(&q.quote))
        .collect();
    for needle in [
        "Iraq's fight against terrorism is also ours", // Hollande, 002
        "Iran is our neighbour, it assisted us",       // Jaafari, 002
        "I saw no point in cooperating with a country", // Khamenei, 002
        "We must cut off their financing",             // Masum, 002
        "Islamic State could occupy more territory",   // Masum, 003
        "extremely encouraged",                        // Kerry, 003
        "We are not and will not coordinate militarily", // State Department, 004
        "It was always unlikely that Iran would become", // Hammond, 004
        "there is no other approach than to unite",    // Hollande, 004
        "detestable ideology",                         // Masum, 004
    ] {
        assert!(
            have.iter().any(|q| q.contains(needle)),
            "no quote contains {needle:?}"
        );
    }
}

#[test]
fn the_normalisation_is_no_looser_than_documented() {
    assert_eq!(normalise("“a  b”\n’c"), "\"a b\" 'c");
    assert!(!normalise("all possible means").contains(&normalise("all  possible  meanz")));
}

/// Whether `text` is in `seed` word for word, its " ... "-separated pieces in order.
fn verbatim_with_elisions(seed: &str, text: &str) -> bool {
    let mut rest = seed;
    for piece in normalise(text).split(" ... ") {
        match rest.find(piece) {
            Some(i) => rest = &rest[i + piece.len()..],
            None => return false,
        }
    }
    true
}

#[test]
fn every_claim_and_figure_text_is_verbatim_in_its_cited_seeds() {
    let ix = common::index();
    let d = &ix.data;
    let texts =
        d.disputes
            .iter()
            .flat_map(|dsp| {
                dsp.claims.iter().enumerate().map(move |(i, c)| {
                    (format!("dispute {} claim {i}", dsp.id), &c.text, &c.sources)
                })
            })
            .chain(
                d.figures
                    .iter()
                    .map(|f| (format!("figure {}", f.id), &f.text, &f.sources)),
            );
    let mut checked = 0;
    let mut failures = Vec::new();
    for (owner, text, sources) in texts {
        let seeds: Vec<&String> = sources
            .iter()
            .filter(|s| ix.source(s).is_some_and(|s| s.quotable))
            .collect();
        let reports = sources.iter().any(|s| {
            ix.source(s)
                .is_some_and(|s| s.kind == coalition_map::model::SourceKind::Report)
        });
        if seeds.is_empty() && reports {
            // A report's words are checked against its excerpt file by tests/excerpts.rs.
            continue;
        }
        if seeds.is_empty() {
            // An official-list entry is paraphrased, and says so.
            assert!(text.contains("(paraphrase)"), "{owner}: {text:?}");
            continue;
        }
        for src in seeds {
            checked += 1;
            let seed = normalise(&common::read_shared(&format!("seeds/{src}")));
            if !verbatim_with_elisions(&seed, text) {
                failures.push(format!("{owner}: not verbatim in {src}: {text:?}"));
            }
        }
    }
    assert!(checked >= 40, "only {checked} texts checked");
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn elisions_keep_order_and_words() {
    let seed = normalise("one two three four");
    assert!(verbatim_with_elisions(&seed, "one ... three four"));
    assert!(!verbatim_with_elisions(&seed, "three ... one"));
    assert!(!verbatim_with_elisions(&seed, "one ... five"));
}

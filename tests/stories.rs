//! The guided stories' captions cannot drift from the sources. For every step of every embedded
//! story: its view reads as a link with no notice; every record it cites exists; every number and
//! every date in its caption appears in one of those records; every quoted phrase is word for word
//! inside a quote of a statement it cites (and `tests/quotes.rs` holds those to the seeds); and a
//! step shown on a day the sources give only as a range, or dispute, says so.
//!
//! How a caption's date is matched: "15 September", "September 15" and "15 September 2014" are the
//! day 15 of month 9 (of 2014 when a year is written). A record holds that date when one of its ISO
//! dates (a `date`, `until`, `as_of` or a claim's value: `2014-09-15`) has that month and day (and
//! year, if given), or when its own text writes the same day and month ("on 15 September").
//! "between 8 and 10 September", "8 to 9 October", "5 or 6 October" and "22–26 September" are two
//! dates. Every other run of digits ("524", "F-16s", "31,500") is a number, found when the same
//! digits stand in the record's text or as one of its numbers (a date's digits do not count).
//!
//! The range rule: when the step's date falls within a cited record's `date..until`, the caption
//! names both ends; when it is one of the dates a cited record's date dispute claims (the Paris
//! conference: 14 or 15 September), the caption names every claimed date; a date given only as
//! "on or before" asks for "before" or "by".

#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::HashMap;

use coalition_map::dataset::Index;
use coalition_map::model::Story;
use coalition_map::view::{story, ViewState};
use serde_json::Value;

/// A day and month, with a year when the text gives one.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Day {
    year: Option<i32>,
    month: u32,
    day: u32,
}

fn month(word: &str) -> Option<u32> {
    const NAMES: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let w = word.to_ascii_lowercase();
    let w = w.trim_end_matches('.');
    if w.len() < 3 {
        return None;
    }
    // A full name or an abbreviation of at least three letters ("Sept", "Oct").
    NAMES
        .iter()
        .position(|n| *n == w || (w.len() <= 4 && n.starts_with(w)))
        .map(|i| i as u32 + 1)
}

/// A word of a text: a run of letters, or a run of digits (with thousands commas: "31,500").
#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Word(String),
    Num(String),
}

fn tokens(text: &str) -> Vec<Tok> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii_digit() {
            let mut s = String::new();
            while i < chars.len() {
                let c = chars[i];
                let comma_group = c == ','
                    && i + 4 <= chars.len()
                    && chars[i + 1..i + 4].iter().all(char::is_ascii_digit)
                    && !chars.get(i + 4).is_some_and(char::is_ascii_digit);
                if c.is_ascii_digit() {
                    s.push(c);
                } else if comma_group {
                    // "31,500" is one number; "8, 10" is two.
                } else {
                    break;
                }
                i += 1;
            }
            out.push(Tok::Num(s));
        } else if c.is_alphabetic() {
            let mut s = String::new();
            while i < chars.len() && chars[i].is_alphabetic() {
                s.push(chars[i]);
                i += 1;
            }
            out.push(Tok::Word(s));
        } else {
            i += 1;
        }
    }
    out
}

/// The dates and the other numbers a text writes (see the module's comment for the forms).
fn dates_and_numbers(text: &str) -> (Vec<Day>, Vec<String>) {
    let toks = tokens(text);
    let mut dates = Vec::new();
    let mut numbers = Vec::new();
    let day_of = |t: Option<&Tok>| match t {
        Some(Tok::Num(n)) if n.len() <= 2 => n.parse::<u32>().ok().filter(|d| (1..=31).contains(d)),
        _ => None,
    };
    let month_of = |t: Option<&Tok>| match t {
        Some(Tok::Word(w)) => month(w),
        _ => None,
    };
    let year_of = |t: Option<&Tok>| match t {
        Some(Tok::Num(n)) if n.len() == 4 => {
            n.parse::<i32>().ok().filter(|y| (1990..2100).contains(y))
        }
        _ => None,
    };
    let connector = |t: Option<&Tok>| matches!(t, Some(Tok::Word(w)) if ["and", "to", "or"].contains(&w.as_str()));
    let mut i = 0;
    while i < toks.len() {
        // "8 and 10 September [2014]", "8 to 9 October", "22–26 September" (no word between).
        if let Some(a) = day_of(toks.get(i)) {
            let (b, m_at) = if connector(toks.get(i + 1)) {
                (day_of(toks.get(i + 2)), i + 3)
            } else {
                (day_of(toks.get(i + 1)), i + 2)
            };
            if let (Some(b), Some(m)) = (b, month_of(toks.get(m_at))) {
                let year = year_of(toks.get(m_at + 1));
                for day in [a, b] {
                    dates.push(Day {
                        year,
                        month: m,
                        day,
                    });
                }
                i = m_at + 1 + usize::from(year.is_some());
                continue;
            }
            if let Some(m) = month_of(toks.get(i + 1)) {
                let year = year_of(toks.get(i + 2));
                dates.push(Day {
                    year,
                    month: m,
                    day: a,
                });
                i += 2 + usize::from(year.is_some());
                continue;
            }
        }
        // "September 15[, 2014]".
        if let (Some(m), Some(d)) = (month_of(toks.get(i)), day_of(toks.get(i + 1))) {
            if month_of(toks.get(i + 2)).is_none() {
                let year = year_of(toks.get(i + 2));
                dates.push(Day {
                    year,
                    month: m,
                    day: d,
                });
                i += 2 + usize::from(year.is_some());
                continue;
            }
        }
        if let Some(Tok::Num(n)) = toks.get(i) {
            numbers.push(n.clone());
        }
        i += 1;
    }
    (dates, numbers)
}

/// An ISO date string (`2014-09-15`) as a [`Day`].
fn iso(s: &str) -> Option<Day> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    Some(Day {
        year: s[..4].parse().ok(),
        month: s[5..7].parse().ok()?,
        day: s[8..].parse().ok()?,
    })
}

/// What one record offers a caption: its ISO dates, the dates its texts write, and its numbers.
#[derive(Default, Debug)]
struct Facts {
    iso: Vec<Day>,
    written: Vec<Day>,
    numbers: Vec<String>,
}

fn facts(v: &Value, out: &mut Facts) {
    match v {
        Value::String(s) => match iso(s) {
            Some(d) => out.iso.push(d),
            None => {
                let (dates, numbers) = dates_and_numbers(s);
                out.written.extend(dates);
                out.numbers.extend(numbers);
                // A number inside a written date ("7 September") still counts as a number.
                out.numbers
                    .extend(tokens(s).into_iter().filter_map(|t| match t {
                        Tok::Num(n) => Some(n),
                        Tok::Word(_) => None,
                    }));
            }
        },
        Value::Number(n) => out.numbers.push(n.to_string()),
        Value::Array(a) => a.iter().for_each(|x| facts(x, out)),
        Value::Object(o) => o.values().for_each(|x| facts(x, out)),
        _ => {}
    }
}

fn holds(f: &Facts, d: Day) -> bool {
    let same = |x: &Day| x.month == d.month && x.day == d.day;
    f.iso
        .iter()
        .any(|x| same(x) && (d.year.is_none() || x.year == d.year))
        || f.written.iter().any(same)
}

/// Every record of the dataset by id, as JSON.
fn records(ix: &Index) -> HashMap<String, Value> {
    let all = serde_json::to_value(&ix.data).unwrap();
    let mut out = HashMap::new();
    for (section, items) in all.as_object().unwrap() {
        if section == "sources" || section == "stories" {
            continue;
        }
        for item in items.as_array().unwrap() {
            if let Some(id) = item.get("id").and_then(Value::as_str) {
                out.insert(id.to_string(), item.clone());
            }
        }
    }
    out
}

/// Text between quotation marks: “…” or "…".
fn quoted(caption: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (open, close) in [('\u{201C}', '\u{201D}'), ('"', '"')] {
        let mut rest = caption;
        while let Some(a) = rest.find(open) {
            let after = &rest[a + open.len_utf8()..];
            let Some(b) = after.find(close) else { break };
            out.push(after[..b].to_string());
            rest = &after[b + close.len_utf8()..];
        }
    }
    out
}

/// Collapses whitespace, straight quotes and apostrophes; drops a quote's closing full stop or
/// comma, which a sentence may add.
fn normalise(s: &str) -> String {
    let s: String = s
        .chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201C}' | '\u{201D}' => '"',
            c => c,
        })
        .collect();
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    s.trim_end_matches(['.', ',']).to_string()
}

/// Every When-shaped object in a record (`{date, until?, dispute?, relation?}`).
fn whens<'a>(v: &'a Value, out: &mut Vec<&'a serde_json::Map<String, Value>>) {
    match v {
        Value::Object(o) => {
            if o.get("date")
                .and_then(Value::as_str)
                .and_then(iso)
                .is_some()
            {
                out.push(o);
            }
            o.values().for_each(|x| whens(x, out));
        }
        Value::Array(a) => a.iter().for_each(|x| whens(x, out)),
        _ => {}
    }
}

fn day_of(ix: &Index, view: &str) -> Option<Day> {
    let (state, _) = ViewState::from_query(view, ix);
    state.date.and_then(|d| iso(&d.to_string()))
}

fn before(a: Day, b: Day) -> bool {
    (a.year, a.month, a.day) <= (b.year, b.month, b.day)
}

/// What is wrong with one step's caption against the records it cites (empty: nothing).
fn caption_problems(
    all: &HashMap<String, Value>,
    day: Option<Day>,
    caption: &str,
    cited: &[String],
) -> Vec<String> {
    let mut problems = Vec::new();
    let mut found = Vec::new();
    for id in cited {
        match all.get(id) {
            Some(v) => found.push(v),
            None => problems.push(format!("cites {id:?}, which is not a record")),
        }
    }
    let facts: Vec<Facts> = found
        .iter()
        .map(|v| {
            let mut f = Facts::default();
            facts(v, &mut f);
            f
        })
        .collect();
    let (dates, numbers) = dates_and_numbers(caption);
    for d in &dates {
        if !facts.iter().any(|f| holds(f, *d)) {
            problems.push(format!("the date {d:?} is in no cited record"));
        }
    }
    for n in &numbers {
        if !facts.iter().any(|f| f.numbers.contains(n)) {
            problems.push(format!("the number {n} is in no cited record"));
        }
    }
    let statement_quotes: Vec<String> = found
        .iter()
        .filter(|v| v.get("speaker").is_some() || v.get("stance").is_some())
        .flat_map(|v| v["quotes"].as_array().cloned().unwrap_or_default())
        .filter_map(|q| q["quote"].as_str().map(normalise))
        .collect();
    for q in quoted(caption) {
        let q = normalise(&q);
        if !statement_quotes.iter().any(|s| s.contains(&q)) {
            problems.push(format!(
                "the quoted words {q:?} are not inside a quote of a statement the step cites"
            ));
        }
    }
    let Some(day) = day else { return problems };
    let named = |d: Day| dates.iter().any(|x| x.month == d.month && x.day == d.day);
    let lower = caption.to_lowercase();
    for v in &found {
        let mut ws = Vec::new();
        whens(v, &mut ws);
        for w in ws {
            let Some(from) = w["date"].as_str().and_then(iso) else {
                continue;
            };
            let until = w.get("until").and_then(Value::as_str).and_then(iso);
            if let Some(until) = until {
                if before(from, day) && before(day, until) && !(named(from) && named(until)) {
                    problems.push(format!(
                        "the step's day is in the range {from:?}..{until:?} of {}: the caption must name both ends",
                        v["id"]
                    ));
                }
            }
            if let Some(dispute) = w.get("dispute").and_then(Value::as_str) {
                let claimed: Vec<Day> = all
                    .get(dispute)
                    .and_then(|d| d["claims"].as_array())
                    .into_iter()
                    .flatten()
                    .filter_map(|c| c["value"].as_str().and_then(iso))
                    .collect();
                if claimed.contains(&day) && !claimed.iter().all(|d| named(*d)) {
                    problems.push(format!(
                        "the step's day is disputed ({dispute}): the caption must name every claimed date {claimed:?}"
                    ));
                }
            }
            let relation = w.get("relation").and_then(Value::as_str);
            if relation == Some("before")
                && from == day
                && until.is_none()
                && !(lower.contains("before") || lower.split_whitespace().any(|x| x == "by"))
            {
                problems.push(format!(
                    "{} is dated only 'on or before' the step's day: the caption must say so",
                    v["id"]
                ));
            }
        }
    }
    problems
}

fn stories(ix: &Index) -> &[Story] {
    &ix.data.stories
}

#[test]
fn the_embedded_stories_are_there() {
    let ix = common::index();
    let ids: Vec<&str> = stories(&ix).iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["jeddah-to-paris", "pledge-to-strike"]);
    let first = &stories(&ix)[0];
    assert!(
        (6..=9).contains(&first.steps.len()),
        "{}",
        first.steps.len()
    );
}

#[test]
fn every_step_view_reads_with_no_notice_and_shows_a_date() {
    let ix = common::index();
    story::check(&ix).unwrap();
    for s in stories(&ix) {
        for step in &s.steps {
            let (state, notices) = ViewState::from_query(&step.view, &ix);
            assert!(notices.is_empty(), "{}: {notices:?}", step.id);
            assert!(state.date.is_some(), "{}: a step shows a day", step.id);
        }
    }
}

#[test]
fn every_caption_rests_on_the_records_it_cites() {
    let ix = common::index();
    let all = records(&ix);
    let mut failures = Vec::new();
    for s in stories(&ix) {
        for step in &s.steps {
            let day = day_of(&ix, &step.view);
            for p in caption_problems(&all, day, &step.caption, &step.records) {
                failures.push(format!("{} / {}: {p}", s.id, step.id));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_checker_finds_what_a_bad_caption_gets_wrong() {
    let ix = common::index();
    let all = records(&ix);
    let ids = |v: &[&str]| v.iter().map(ToString::to_string).collect::<Vec<_>>();
    let sept = |day| {
        Some(Day {
            year: Some(2014),
            month: 9,
            day,
        })
    };
    // A good caption passes: its date and number are in the conference's record.
    let ok = caption_problems(
        &all,
        sept(11),
        "On 11 September 2014 Turkey had 49 diplomats held hostage.",
        &ids(&["jeddah"]),
    );
    assert!(ok.is_empty(), "{ok:?}");
    // A record that does not exist.
    let p = caption_problems(&all, None, "Words.", &ids(&["no-such-record"]));
    assert!(p[0].contains("not a record"), "{p:?}");
    // A number and a date the record does not hold.
    let p = caption_problems(
        &all,
        sept(11),
        "On 12 September 2014, 50 diplomats.",
        &ids(&["jeddah"]),
    );
    assert_eq!(p.len(), 2, "{p:?}");
    assert!(p[0].contains("date") && p[1].contains("number 50"), "{p:?}");
    // The same numbers from another record do not count when that record is not cited.
    let p = caption_problems(&all, None, "524 votes to 43.", &ids(&["jeddah"]));
    assert_eq!(p.len(), 2, "{p:?}");
    // A quote that is not a statement's words, and one from a statement not cited.
    let p = caption_problems(
        &all,
        None,
        "Iran's “clean hands”.",
        &ids(&["khamenei-rejection"]),
    );
    assert!(p[0].contains("quoted words"), "{p:?}");
    let p = caption_problems(
        &all,
        None,
        "Iran's “dirty hands”.",
        &ids(&["tehran-rejection"]),
    );
    assert!(p[0].contains("quoted words"), "{p:?}");
    let p = caption_problems(
        &all,
        None,
        "Iran's “dirty hands”.",
        &ids(&["khamenei-rejection"]),
    );
    assert!(p.is_empty(), "{p:?}");
    // A day the sources give as a range: naming one end is a false exact day.
    let p = caption_problems(
        &all,
        sept(10),
        "On 10 September Obama set out his strategy.",
        &ids(&["obama-strategy"]),
    );
    assert!(p.iter().any(|x| x.contains("both ends")), "{p:?}");
    let p = caption_problems(
        &all,
        sept(10),
        "Between 8 and 10 September Obama set out his strategy.",
        &ids(&["obama-strategy"]),
    );
    assert!(p.is_empty(), "{p:?}");
    // A disputed day: Paris on 15 September, without the 14th one source gives.
    let p = caption_problems(
        &all,
        sept(15),
        "The conference met on 15 September.",
        &ids(&["paris-conference"]),
    );
    assert!(p.iter().any(|x| x.contains("disputed")), "{p:?}");
    let p = caption_problems(
        &all,
        sept(15),
        "The conference met on 15 September (14 September in one source).",
        &ids(&["paris-conference", "paris-date"]),
    );
    assert!(p.is_empty(), "{p:?}");
    // "On or before": France's reconnaissance flights on the 15th.
    let p = caption_problems(
        &all,
        sept(15),
        "On 15 September France flew over Iraq.",
        &ids(&["fra-reconnaissance-flights"]),
    );
    assert!(p.iter().any(|x| x.contains("on or before")), "{p:?}");
}

#[test]
fn dates_and_numbers_are_read_in_the_documented_forms() {
    let d = |month, day| Day {
        year: None,
        month,
        day,
    };
    let (dates, numbers) = dates_and_numbers(
        "Between 8 and 10 September, on 22–26 Sept, September 15, 2014; 31,500 F-16s",
    );
    assert_eq!(
        dates,
        [
            d(9, 8),
            d(9, 10),
            d(9, 22),
            d(9, 26),
            Day {
                year: Some(2014),
                month: 9,
                day: 15
            },
        ]
    );
    assert_eq!(numbers, ["31500", "16"]);
}

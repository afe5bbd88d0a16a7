//! The reader's edition of a dataset's own texts: citations by source name instead of seed file
//! numbers ("(000)" → "(Infogalactic)"), dispute ids as their questions; and claim values in
//! words (country names for codes, dates as the views write them) where they are shown.
//!
//! The data files cite sources by id inside their prose (`000 says`, `(001, 003)`,
//! `paris-communique`), which keeps every sentence checkable against its seed; a reader should see
//! the source's name instead, as the panel's source links already show it. Quotes and claim texts
//! are verbatim and never touched; ids, `sources` lists and the JSON export keep their ids (the CLI's
//! `--json` and `export` print the data as it is).

use std::borrow::Cow;

use crate::model::{Dataset, Source};

/// How a dataset's prose names its citations: each token (a seed's number, a source or dispute
/// id) with the words a reader sees instead.
pub struct Citations {
    /// `("000", "Infogalactic")`, `("paris-communique", "the French foreign ministry's communiqué")`.
    tokens: Vec<(String, String)>,
}

/// The publisher as a reader names it: without its parenthetical description
/// ("Infogalactic (encyclopedia article)" → "Infogalactic").
fn publisher_name(s: &Source) -> &str {
    match s.publisher.find(" (") {
        Some(i) if s.publisher.ends_with(')') => &s.publisher[..i],
        _ => &s.publisher,
    }
}

/// The first words of a title, to tell apart two sources from one publisher.
fn short_title(title: &str) -> String {
    let words: Vec<&str> = title.split_whitespace().collect();
    if words.len() <= 5 {
        title.to_string()
    } else {
        format!("{}…", words[..5].join(" "))
    }
}

/// A source's name in a sentence: its publisher; with the start of its title when another source
/// has the same publisher (two China Topix articles).
pub fn source_name(data: &Dataset, s: &Source) -> String {
    let name = publisher_name(s);
    let shared = data
        .sources
        .iter()
        .filter(|o| publisher_name(o) == name)
        .count()
        > 1;
    if shared {
        format!("{name}, “{}”", short_title(&s.title))
    } else {
        name.to_string()
    }
}

/// Every source's name ([`source_name`]), in the dataset's order, in one pass: asking each source
/// for its name compares it with every other (a brought dataset of 50,000 sources made that
/// minutes of work, and the page's load hung).
pub fn source_names(data: &Dataset) -> Vec<String> {
    let sources = &data.sources;
    // Each publisher's first source, found by an open-addressing hash table: a map or a sort
    // would compile hundreds of bytes more into the page's module for this one use.
    let mask = (2 * sources.len()).next_power_of_two() - 1;
    let mut first: Vec<Option<usize>> = vec![None; mask + 1];
    let mut shared = vec![false; sources.len()];
    for (i, s) in sources.iter().enumerate() {
        let name = publisher_name(s);
        let mut slot = name.bytes().fold(0x811c_9dc5_u32, |h, b| {
            (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
        }) as usize
            & mask;
        loop {
            match first.get(slot).copied().flatten() {
                None => {
                    if let Some(cell) = first.get_mut(slot) {
                        *cell = Some(i);
                    }
                    break;
                }
                Some(j) if sources.get(j).map(publisher_name) == Some(name) => {
                    shared[i] = true;
                    shared[j] = true;
                    break;
                }
                Some(_) => slot = (slot + 1) & mask,
            }
        }
    }
    sources
        .iter()
        .zip(shared)
        .map(|(s, shared)| {
            let name = publisher_name(s);
            if shared {
                format!("{name}, “{}”", short_title(&s.title))
            } else {
                name.to_string()
            }
        })
        .collect()
}

impl Citations {
    pub fn new(data: &Dataset) -> Citations {
        let mut tokens = Vec::new();
        for (s, name) in data.sources.iter().zip(source_names(data)) {
            // A seed file ("000_3c21….txt") is cited in prose by its number.
            if let Some((num, _)) = s.id.split_once('_') {
                if num.len() == 3 && num.bytes().all(|b| b.is_ascii_digit()) {
                    tokens.push((num.to_string(), name.clone()));
                }
            }
            tokens.push((s.id.clone(), name));
        }
        for d in &data.disputes {
            tokens.push((d.id.clone(), format!("“{}”", d.question)));
        }
        // Longest first, so `paris-date` never wins over `paris-date-x`.
        crate::sort::sort_by_key(&mut tokens, |(t, _)| std::cmp::Reverse(t.len()));
        Citations { tokens }
    }

    /// `text` with every citation token named. A token counts only standing alone: not inside a
    /// longer word or number ("20,000" keeps its "000").
    #[inline(never)]
    pub fn prose<'t>(&self, text: &'t str) -> Cow<'t, str> {
        // Bytes, not chars: every token is ASCII, and a byte of a non-ASCII character (>= 0x80)
        // counts as part of a word, so a token touching one is left alone. (Unicode-aware
        // `char` tests would bring their tables into the first wasm module.)
        let glued = |b: u8| b >= 0x80 || b.is_ascii_alphanumeric() || b == b'_' || b == b'-';
        let bytes = text.as_bytes();
        let mut out = String::new();
        let mut done = 0;
        let mut i = 0;
        'scan: while i < bytes.len() {
            let starts_word = i == 0 || {
                let b = bytes[i - 1];
                !(glued(b) || b == b',' || b == b'.' || b == b'/')
            };
            if starts_word {
                for (token, name) in &self.tokens {
                    let end = i + token.len();
                    if bytes[i..].starts_with(token.as_bytes())
                        && bytes.get(end).is_none_or(|&b| !glued(b))
                    {
                        // `i` and `end` border ASCII bytes, so both are character boundaries.
                        out.push_str(&text[done..i]);
                        out.push_str(name);
                        i = end;
                        done = end;
                        continue 'scan;
                    }
                }
            }
            i += 1;
        }
        if done == 0 {
            return Cow::Borrowed(text);
        }
        out.push_str(&text[done..]);
        Cow::Owned(out)
    }
}

impl Citations {
    /// Rewrites `s` in place (see [`Citations::prose`]).
    #[inline(never)]
    fn rewrite(&self, s: &mut String) {
        if let Cow::Owned(o) = self.prose(s) {
            *s = o;
        }
    }

    #[inline(never)]
    fn rewrite_opt(&self, s: &mut Option<String>) {
        if let Some(s) = s {
            self.rewrite(s)
        }
    }
}

/// A claim's value in words: actor codes as names ("FRA+IRQ" → "France and Iraq"), ISO dates as
/// the views write them, numeric ranges with thousands separators. Anything else is left as the
/// data gives it.
pub fn claim_value(data: &Dataset, value: &str) -> String {
    let name_of = |code: &str| -> Option<&str> {
        (code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()))
            .then(|| data.actors.iter().find(|a| a.id == code))
            .flatten()
            .map(|a| a.name.as_str())
    };
    if let Ok(d) = value.trim().parse::<crate::date::Date>() {
        return super::day(d);
    }
    if let Some(n) = value.strip_prefix("<=").and_then(|n| n.parse::<u64>().ok()) {
        return format!("at most {}", thousands(n));
    }
    if let Some((a, b)) = value.split_once('-') {
        if let (Ok(a), Ok(b)) = (a.parse::<u64>(), b.parse::<u64>()) {
            return format!("{}–{}", thousands(a), thousands(b));
        }
    }
    // "FRA+IRQ": every part a code.
    let parts: Vec<&str> = value.split('+').collect();
    if parts.len() > 1 {
        if let Some(names) = parts.iter().map(|p| name_of(p)).collect::<Option<Vec<_>>>() {
            return and_list(&names);
        }
    }
    // "SAU, EGY, JOR (Turkey did not sign)": codes before an optional parenthesis.
    let (list, rest) = match value.find(" (") {
        Some(i) => value.split_at(i),
        None => (value, ""),
    };
    let codes: Vec<&str> = list.split(", ").collect();
    if let Some(names) = codes.iter().map(|c| name_of(c)).collect::<Option<Vec<_>>>() {
        return format!("{}{rest}", and_list(&names));
    }
    value.to_string()
}

/// "France", "France and Iraq", "France, Iraq and Jordan".
fn and_list(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// 31500 → "31,500".
fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The dataset as readers see it: every prose field (summaries, notes, the "used" answer of a
/// dispute, approximate dates) with its citations named. What the page
/// and the CLI's text output show; the data files and every JSON output keep the raw form.
pub fn reader_edition(data: &mut Dataset) {
    let c = Citations::new(data);
    let fix = |s: &mut String| c.rewrite(s);
    let fix_opt = |s: &mut Option<String>| c.rewrite_opt(s);
    let fix_when = |w: &mut crate::model::When| c.rewrite_opt(&mut w.approximate);
    for conf in &mut data.conferences {
        fix(&mut conf.summary);
        fix_when(&mut conf.date);
        for cm in &mut conf.commitments {
            fix(&mut cm.summary);
        }
    }
    for p in &mut data.participations {
        fix_opt(&mut p.note);
    }
    for p in &mut data.pledges {
        fix(&mut p.summary);
        if let Some(w) = &mut p.date {
            fix_when(w);
        }
    }
    for s in &mut data.statements {
        fix(&mut s.summary);
        if let Some(w) = &mut s.date {
            fix_when(w);
        }
    }
    for e in &mut data.events {
        fix(&mut e.summary);
        fix_when(&mut e.date);
    }
    for d in &mut data.decisions {
        fix(&mut d.summary);
        fix_opt(&mut d.limits);
        fix_when(&mut d.date);
    }
    for x in &mut data.strikes {
        fix(&mut x.summary);
        fix_when(&mut x.date);
    }
    for l in &mut data.listings {
        fix(&mut l.summary);
        fix_when(&mut l.date);
    }
    for m in &mut data.meetings {
        fix(&mut m.summary);
        fix_when(&mut m.date);
    }
    for f in &mut data.figures {
        if let Some(w) = &mut f.as_of {
            fix_when(w);
        }
    }
    // Claim values stay as the data gives them: the timeline and the map read dates from them
    // (the Paris date's claims place its markers); `claim_value` words them where they are shown.
    for d in &mut data.disputes {
        fix_opt(&mut d.used);
        for cl in &mut d.claims {
            fix_opt(&mut cl.note);
        }
    }
}

#[cfg(test)]
mod source_names_tests {
    use super::*;

    #[test]
    fn every_name_is_the_one_a_single_source_gets() {
        let data = crate::dataset::Index::embedded().unwrap().data;
        let names = source_names(&data);
        assert_eq!(names.len(), data.sources.len());
        for (s, name) in data.sources.iter().zip(&names) {
            assert_eq!(name, &source_name(&data, s), "{}", s.id);
        }
        // Two sources of one publisher are told apart by their titles.
        assert!(names.iter().any(|n| n.contains(", “")), "{names:?}");
    }
}

//! The view's whole state (selected country, date, framing, timeline item) in one small struct that
//! round-trips through a URL query string. The page, the embed's attributes, the back button and
//! the CLI's flags all go through it; bad or unknown values are dropped with a notice, never fatal.

use crate::dataset::Index;
use crate::date::Date;
use crate::geo::Framing;
use crate::query;

/// Everything that makes one view of the map and timeline.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ViewState {
    /// Selected actor id (`FRA`).
    pub country: Option<String>,
    /// The date shown; `None` is the end of the story.
    pub date: Option<Date>,
    pub framing: Framing,
    /// Selected timeline item (event, pledge or disputed date id).
    pub item: Option<String>,
}

/// The longest value we accept for any parameter: ids and dates are short, so anything longer is
/// junk (or an attempt to make us echo a long string into the page).
const MAX_VALUE: usize = 64;

/// Decodes `%XX` escapes and `+` in a query-string component. Invalid escapes stay as written.
fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Keeps a value printable in a notice: short, no control characters.
fn shown(v: &str) -> String {
    let clean: String = v
        .chars()
        .filter(|c| !c.is_control())
        .take(MAX_VALUE)
        .collect();
    if v.chars().count() > MAX_VALUE {
        format!("{clean}…")
    } else {
        clean
    }
}

impl ViewState {
    /// Reads a query string (`country=FRA&date=2014-09-15&framing=world&item=jeddah-conference`,
    /// with or without a leading `?` or `#`). Returns the state and a notice for each value that was
    /// ignored. Unknown parameters are ignored silently: hosts add their own (`utm_source`...).
    pub fn from_query(query: &str, ix: &Index) -> (ViewState, Vec<String>) {
        let mut state = ViewState::default();
        let mut notices = Vec::new();
        let query = query.trim_start_matches(['?', '#']);
        for pair in query.split('&').filter(|p| !p.is_empty()).take(32) {
            let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
            let value = decode(raw);
            let value = value.trim();
            if value.is_empty() {
                continue;
            }
            if value.len() > MAX_VALUE {
                notices.push(format!(
                    "Ignored {}: the value is too long.",
                    shown(&decode(key))
                ));
                continue;
            }
            match decode(key).as_str() {
                "country" => match ix.find_actor(value) {
                    Some(a) => state.country = Some(a.id.clone()),
                    None => notices.push(format!(
                        "Ignored country “{}”: not in the dataset.",
                        shown(value)
                    )),
                },
                "date" => match value.parse::<Date>() {
                    Ok(d) => match query::date_span(ix) {
                        Some((first, last))
                            if d < first.add_days(-60).unwrap_or(first)
                                || d > last.add_days(60).unwrap_or(last) =>
                        {
                            notices.push(format!(
                                "Ignored date {d}: outside the story ({first} to {last})."
                            ))
                        }
                        _ => state.date = Some(d),
                    },
                    Err(e) => {
                        // The parse error repeats the value for the CLI; here it is shown once.
                        let reason = if e.0.starts_with("expected a date") {
                            "expected YYYY-MM-DD".to_string()
                        } else {
                            e.0
                        };
                        notices.push(format!("Ignored date “{}”: {reason}.", shown(value)))
                    }
                },
                "framing" => match Framing::parse(value) {
                    Some(f) => state.framing = f,
                    None => notices.push(format!(
                        "Ignored framing “{}”: expected region or world.",
                        shown(value)
                    )),
                },
                "item" => match query::timeline_item(ix, value) {
                    Some(item) => state.item = Some(item.id.to_string()),
                    None => notices.push(format!(
                        "Ignored timeline item “{}”: not in the dataset.",
                        shown(value)
                    )),
                },
                _ => {}
            }
        }
        (state, notices)
    }

    /// The query string for this state (no leading `?`), listing only what differs from the default,
    /// so the plain page has a plain URL.
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        if let Some(c) = &self.country {
            parts.push(format!("country={c}"));
        }
        if let Some(d) = self.date {
            parts.push(format!("date={d}"));
        }
        if self.framing != Framing::default() {
            parts.push(format!("framing={}", self.framing.key()));
        }
        if let Some(i) = &self.item {
            parts.push(format!("item={i}"));
        }
        parts.join("&")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ix() -> Index {
        Index::embedded().unwrap()
    }

    #[test]
    fn round_trips_through_the_query_string() {
        let ix = ix();
        let state = ViewState {
            country: Some("FRA".into()),
            date: Some("2014-09-15".parse().unwrap()),
            framing: Framing::World,
            item: Some("jeddah-conference".into()),
        };
        let q = state.to_query();
        assert_eq!(
            q,
            "country=FRA&date=2014-09-15&framing=world&item=jeddah-conference"
        );
        assert_eq!(ViewState::from_query(&q, &ix), (state, vec![]));
        assert_eq!(ViewState::default().to_query(), "");
    }

    #[test]
    fn names_and_escapes_are_accepted() {
        let (s, n) = ViewState::from_query("?country=United%20Arab+Emirates&utm_source=x", &ix());
        assert_eq!(s.country.as_deref(), Some("ARE"));
        assert!(n.is_empty(), "{n:?}");
    }

    #[test]
    fn bad_values_are_ignored_with_a_notice() {
        let (s, n) = ViewState::from_query(
            "country=XXZ&date=2014-13-40&framing=moon&item=nope&date=1999-01-01",
            &ix(),
        );
        assert_eq!(s, ViewState::default());
        assert_eq!(n.len(), 5, "{n:?}");
        assert!(n[0].contains("XXZ") && n[1].contains("2014-13-40") && n[2].contains("moon"));
        assert!(n[4].contains("outside the story"));
        let long = "a".repeat(500);
        let (_, n) = ViewState::from_query(&format!("country={long}"), &ix());
        assert!(n[0].len() < 100);
    }

    #[test]
    fn decoding_never_panics_on_broken_escapes() {
        for q in [
            "%",
            "%%",
            "country=%E2%82",
            "country=%zz",
            "=&=&",
            "&&&",
            "country",
            "%F0%9F%98%80=1",
        ] {
            let _ = ViewState::from_query(q, &ix());
        }
        assert_eq!(decode("a%20b+c%zz%"), "a b c%zz%");
    }
}

//! Loading, validating and indexing a dataset: the embedded one (`data/*.json`, packed at build time,
//! see `pack`) or any other of the same schema. Validation reports every problem with its path and
//! reason, never panics.

use std::collections::{HashMap, HashSet};
use std::fmt;

use crate::date::Date;
use crate::model::*;

/// The first and last dates a dataset may use: the story is 2014's, and a date far outside it is a
/// typing error (or hostile input) that would stretch the timeline to nothing.
pub const EARLIEST: (i32, u8, u8) = (2014, 1, 1);
pub const LATEST: (i32, u8, u8) = (2015, 12, 31);

/// The largest dataset document accepted: the embedded one is about 0.2 MB, and a page must not
/// freeze parsing whatever a URL points at.
pub const MAX_DATASET_BYTES: usize = 5 * 1024 * 1024;

/// Every assigned ISO 3166-1 alpha-3 code (generated beside the shapes by scripts/build-shapes.mjs).
const ISO_ALPHA3: &str = include_str!("../data/geo/iso3166-alpha3.txt");

/// User-assigned codes accepted as state ids, each for a state ISO 3166-1 does not list: Kosovo
/// (`XKX`, the code the European Commission and others use; the shapes give it the same id).
pub const USER_ASSIGNED: [&str; 1] = ["XKX"];

/// Whether a state id is an assigned code or one of [`USER_ASSIGNED`].
fn is_state_code(id: &str) -> bool {
    USER_ASSIGNED.contains(&id) || ISO_ALPHA3.lines().any(|c| c == id)
}

/// One problem in a dataset: where (`pledges[3].actor`) and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ValidationError {
    pub path: String,
    pub reason: String,
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.reason)
    }
}

/// A serde_json error as a validation error whose path is found by scanning the text (see
/// `json_path`), under `root` (a section name, or "" for a whole document).
fn parse_error(text: &str, e: &serde_json::Error, root: &str) -> ValidationError {
    let inner = crate::json_path::path_at(text, e.line(), e.column());
    let path = match (root.is_empty(), inner.is_empty(), inner.starts_with('[')) {
        (true, true, _) => "(document)".to_string(),
        (true, false, _) => inner,
        (false, true, _) => root.to_string(),
        (false, false, true) => format!("{root}{inner}"),
        (false, false, false) => format!("{root}.{inner}"),
    };
    ValidationError {
        path,
        reason: e.to_string(),
    }
}

impl Dataset {
    /// The dataset compiled into this build: `data/*.json` as `build.rs` packed them, decoded
    /// (see `pack`). Not validated here: `Index::embedded` validates, the page trusts the build.
    pub fn embedded() -> Result<Dataset, Vec<ValidationError>> {
        crate::pack::decode(crate::pack::EMBEDDED).map_err(|reason| {
            vec![ValidationError {
                path: "(embedded dataset)".into(),
                reason,
            }]
        })
    }

    /// A whole dataset from one JSON document (what `coalition export --json` prints), parsed and
    /// validated. Errors name each problem's path (`pledges[2].kind`) and reason.
    pub fn from_json(text: &str) -> Result<Dataset, Vec<ValidationError>> {
        // A byte-order mark is how some editors start a UTF-8 file; it is not part of the JSON.
        // The CLI and the page both skip it (and say nothing).
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        if !text.trim_start().starts_with('{') {
            // serde would read a struct from an array of its fields in order; the schema says object.
            return Err(vec![ValidationError {
                path: "(document)".into(),
                reason: "expected a JSON object with one key per section (sources, actors, ...)"
                    .into(),
            }]);
        }
        if text.len() > MAX_DATASET_BYTES {
            return Err(vec![ValidationError {
                path: "(document)".into(),
                reason: format!(
                    "the dataset is {} bytes; the limit is {MAX_DATASET_BYTES} bytes",
                    text.len()
                ),
            }]);
        }
        match serde_json::from_str::<Dataset>(text) {
            Ok(ds) => {
                validate(&ds)?;
                written_size(&ds)?;
                Ok(ds)
            }
            Err(e) => Err(vec![parse_error(text, &e, "")]),
        }
    }
}

/// Whether `code` is an assigned ISO 3166-1 alpha-3 code (`POL`): a country the map draws may be
/// selected and linked to even when the dataset has no record of it.
pub fn is_iso_alpha3(code: &str) -> bool {
    code.len() == 3 && is_state_code(code)
}

/// At most `max` problems, each path and reason cut to a readable length, and a last line saying
/// how many more were found: a hostile document can produce thousands, or keys a megabyte long.
pub fn summarise(mut errors: Vec<ValidationError>, max: usize) -> Vec<ValidationError> {
    const LONGEST: usize = 240;
    let cut = |s: &mut String| {
        if s.chars().count() > LONGEST {
            *s = s
                .chars()
                .take(LONGEST)
                .chain(std::iter::once('…'))
                .collect();
        }
    };
    let more = errors.len().saturating_sub(max);
    errors.truncate(max);
    for e in &mut errors {
        cut(&mut e.path);
        cut(&mut e.reason);
    }
    if more > 0 {
        errors.push(ValidationError {
            path: "(more)".into(),
            reason: format!("{more} more problem(s) not listed; fix these first"),
        });
    }
    errors
}

/// A dataset file's bytes as text: UTF-8 only, refused with the offset of the first bad byte.
/// (The page's loader refuses invalid UTF-8 the same way, with the same words.)
pub fn decode_text(bytes: &[u8]) -> Result<String, String> {
    String::from_utf8(bytes.to_vec()).map_err(|e| {
        format!(
            "the dataset is not valid UTF-8 text (first bad byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })
}

/// Collects problems as validation walks the dataset.
struct Checker<'a> {
    ds: &'a Dataset,
    errors: Vec<ValidationError>,
    sources: HashSet<&'a str>,
    quotable: HashSet<&'a str>,
    /// Report sources: the only ones excerpts may come from.
    reports: HashSet<&'a str>,
    actors: HashSet<&'a str>,
    people: HashSet<&'a str>,
    conferences: HashSet<&'a str>,
    pledges: HashSet<&'a str>,
    disputes: HashSet<&'a str>,
    earliest: Date,
    latest: Date,
}

impl<'a> Checker<'a> {
    fn err(&mut self, path: impl Into<String>, reason: impl Into<String>) {
        self.errors.push(ValidationError {
            path: path.into(),
            reason: reason.into(),
        });
    }

    fn non_empty(&mut self, path: String, text: &str) {
        if text.chars().all(invisible) {
            self.err(path, "must not be empty (or only invisible characters)");
        } else if text.starts_with(crate::pack::texts::MARK) {
            // The page's mark for a text kept in its texts file (`pack::texts`).
            self.err(path, "must not start with the private-use character U+E000");
        }
    }

    fn cites(&mut self, path: &str, sources: &[SourceId]) {
        if sources.is_empty() {
            self.err(format!("{path}.sources"), "every record must cite a source");
        }
        for (i, s) in sources.iter().enumerate() {
            if !self.sources.contains(s.as_str()) {
                self.err(
                    format!("{path}.sources[{i}]"),
                    format!("unknown source {s:?}"),
                );
            }
        }
    }

    fn refers(
        &mut self,
        path: String,
        kind: &str,
        id: &str,
        known: fn(&Self) -> &HashSet<&'a str>,
    ) {
        if !known(self).contains(id) {
            self.err(path, format!("unknown {kind} {id:?}"));
        }
    }

    fn actor(&mut self, path: String, id: &str) {
        self.refers(path, "actor", id, |c| &c.actors);
    }

    fn date(&mut self, path: String, d: Date) {
        if d < self.earliest || d > self.latest {
            self.err(
                path,
                format!(
                    "date {d} is outside the dataset's range {}..={}",
                    self.earliest, self.latest
                ),
            );
        }
    }

    fn when(&mut self, path: &str, w: &When) {
        self.date(format!("{path}.date"), w.date);
        if let Some(until) = w.until {
            self.date(format!("{path}.until"), until);
            if until < w.date {
                self.err(
                    format!("{path}.until"),
                    format!("ends ({until}) before it starts ({})", w.date),
                );
            }
        }
        if let Some(a) = &w.approximate {
            self.non_empty(format!("{path}.approximate"), a);
        }
    }

    fn quotes(&mut self, path: &str, quotes: &[Quote]) {
        for (i, q) in quotes.iter().enumerate() {
            let qp = format!("{path}.quotes[{i}]");
            self.non_empty(format!("{qp}.quote"), &q.quote);
            match (&q.source, q.sources.is_empty()) {
                (None, true) => self.err(qp.clone(), "a quote needs `source` or `sources`"),
                (Some(_), false) => self.err(qp.clone(), "give `source` or `sources`, not both"),
                _ => {}
            }
            let cited: Vec<&SourceId> = q.cited().collect();
            for s in cited {
                if !self.sources.contains(s.as_str()) {
                    self.err(format!("{qp}.source"), format!("unknown source {s:?}"));
                } else if !self.quotable.contains(s.as_str()) {
                    self.err(
                        format!("{qp}.source"),
                        format!(
                            "source {s:?} is not quotable: quotes come only from seed documents"
                        ),
                    );
                }
            }
        }
    }
}

/// Collects ids of one section, reporting duplicates and malformed ones.
fn ids<'a, T>(
    errors: &mut Vec<ValidationError>,
    section: &str,
    items: &'a [T],
    id: impl Fn(&'a T) -> &'a str,
) -> HashSet<&'a str> {
    let mut seen = HashSet::new();
    for (i, item) in items.iter().enumerate() {
        let v = id(item);
        if v.trim().is_empty() {
            errors.push(ValidationError {
                path: format!("{section}[{i}].id"),
                reason: "must not be empty".into(),
            });
        } else if let Some(reason) = id_alphabet_problem(v) {
            errors.push(ValidationError {
                path: format!("{section}[{i}].id"),
                reason,
            });
        } else if !seen.insert(v) {
            errors.push(ValidationError {
                path: format!("{section}[{i}].id"),
                reason: format!("duplicate id {v:?}"),
            });
        }
    }
    seen
}

/// The longest id we accept: ids travel in URLs, attributes and file names.
const MAX_ID: usize = 64;

/// Ids reach URLs, the embed code a reader pastes into another site, and file names: a letter or
/// digit, then letters, digits, `-`, `_` and `.`, at most 64 characters. Anything else (a quote, a
/// space, `&`, `<`) is refused here, whatever the encoding on the way out also does.
fn id_alphabet_problem(id: &str) -> Option<String> {
    let ok_first = id.bytes().next().is_some_and(|b| b.is_ascii_alphanumeric());
    let ok_rest = id
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'));
    if ok_first && ok_rest && id.len() <= MAX_ID {
        None
    } else {
        let shown: String = id.chars().take(MAX_ID).collect();
        Some(format!(
            "ids may use only letters, digits, '-', '_' and '.', start with a letter or digit, and be at most {MAX_ID} characters; got {shown:?}{}",
            if id.chars().count() > MAX_ID { "…" } else { "" }
        ))
    }
}

/// Characters that draw nothing: controls, zero-width spaces and joiners, direction marks and
/// overrides, the byte-order mark, the soft hyphen. A name made only of these looks empty.
fn invisible(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(c,
            '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
            | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}'
            | '\u{FFA0}' | '\u{E0000}'..='\u{E007F}')
}

/// Ids are one namespace across sections: a permalink, a timeline item or a dispute's `about`
/// names a record by id alone, so an event and a pledge sharing one would open the wrong record
/// (as `fra-reconnaissance` once did). Duplicates within a section are reported by `ids`.
fn one_namespace(errors: &mut Vec<ValidationError>, ds: &Dataset) {
    fn list<'a, T>(
        section: &'static str,
        items: &'a [T],
        id: impl Fn(&'a T) -> &'a str + 'a,
    ) -> impl Iterator<Item = (&'static str, usize, &'a str)> + 'a {
        items
            .iter()
            .enumerate()
            .map(move |(i, x)| (section, i, id(x)))
    }
    let all = list("sources", &ds.sources, |x| x.id.as_str())
        .chain(list("actors", &ds.actors, |x| x.id.as_str()))
        .chain(list("people", &ds.people, |x| x.id.as_str()))
        .chain(list("conferences", &ds.conferences, |x| x.id.as_str()))
        .chain(list("pledges", &ds.pledges, |x| x.id.as_str()))
        .chain(list("statements", &ds.statements, |x| x.id.as_str()))
        .chain(list("events", &ds.events, |x| x.id.as_str()))
        .chain(list("figures", &ds.figures, |x| x.id.as_str()))
        .chain(list("disputes", &ds.disputes, |x| x.id.as_str()))
        .chain(list("decisions", &ds.decisions, |x| x.id.as_str()))
        .chain(list("strikes", &ds.strikes, |x| x.id.as_str()))
        .chain(list("listings", &ds.listings, |x| x.id.as_str()))
        .chain(list("meetings", &ds.meetings, |x| x.id.as_str()));
    let mut first: HashMap<&str, &'static str> = HashMap::new();
    for (section, i, id) in all {
        match first.get(id) {
            Some(&prev) if prev != section => errors.push(ValidationError {
                path: format!("{section}[{i}].id"),
                reason: format!(
                    "{id:?} is already the id of a record in {prev}: ids are one namespace across sections"
                ),
            }),
            Some(_) => {}
            None => {
                first.insert(id, section);
            }
        }
    }
}

/// Whether an actor id has the right shape for its kind.
fn actor_id_problem(actor: &Actor) -> Option<String> {
    let id = actor.id.as_str();
    match actor.kind {
        ActorKind::State if !(id.len() == 3 && id.bytes().all(|b| b.is_ascii_uppercase())) => Some(
            format!("a state's id must be its ISO 3166-1 alpha-3 code (three capital letters), got {id:?}"),
        ),
        ActorKind::State if !is_state_code(id) => Some(format!(
            "{id:?} is not an assigned ISO 3166-1 alpha-3 country code"
        )),
        ActorKind::State => None,
        _ if id.is_empty()
            || !id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') =>
        {
            Some(format!("id must be a lowercase slug (a-z, 0-9, -), got {id:?}"))
        }
        _ => None,
    }
}

/// Checks a parsed dataset: unique ids, every reference resolves, every record cites a known source,
/// quotes cite quotable sources, dates lie in range. Returns every problem found, not just the first.
pub fn validate(ds: &Dataset) -> Result<(), Vec<ValidationError>> {
    let mut errors = Vec::new();
    let sources = ids(&mut errors, "sources", &ds.sources, |s| s.id.as_str());
    let actors = ids(&mut errors, "actors", &ds.actors, |a| a.id.as_str());
    let people = ids(&mut errors, "people", &ds.people, |p| p.id.as_str());
    let conferences = ids(&mut errors, "conferences", &ds.conferences, |c| {
        c.id.as_str()
    });
    let pledges = ids(&mut errors, "pledges", &ds.pledges, |p| p.id.as_str());
    ids(&mut errors, "statements", &ds.statements, |s| s.id.as_str());
    ids(&mut errors, "events", &ds.events, |e| e.id.as_str());
    ids(&mut errors, "figures", &ds.figures, |f| f.id.as_str());
    let disputes = ids(&mut errors, "disputes", &ds.disputes, |d| d.id.as_str());
    ids(&mut errors, "decisions", &ds.decisions, |x| x.id.as_str());
    ids(&mut errors, "strikes", &ds.strikes, |x| x.id.as_str());
    ids(&mut errors, "listings", &ds.listings, |x| x.id.as_str());
    ids(&mut errors, "meetings", &ds.meetings, |x| x.id.as_str());
    one_namespace(&mut errors, ds);
    map_claims(&mut errors, ds);
    name_spoofs(&mut errors, ds);
    let reports = ds
        .sources
        .iter()
        .filter(|s| s.kind == SourceKind::Report)
        .map(|s| s.id.as_str())
        .collect();
    let quotable = ds
        .sources
        .iter()
        .filter(|s| s.quotable)
        .map(|s| s.id.as_str())
        .collect();
    let (y0, m0, d0) = EARLIEST;
    let (y1, m1, d1) = LATEST;
    let mut c = Checker {
        ds,
        errors,
        sources,
        quotable,
        reports,
        actors,
        people,
        conferences,
        pledges,
        disputes,
        earliest: Date::new(y0, m0, d0).unwrap_or_else(|_| unreachable!()),
        latest: Date::new(y1, m1, d1).unwrap_or_else(|_| unreachable!()),
    };
    check_sources(&mut c);
    check_actors(&mut c);
    check_conferences(&mut c);
    check_records(&mut c);
    check_disputes(&mut c);
    check_after_paris(&mut c);
    check_stories(&mut c);
    if c.errors.is_empty() {
        Ok(())
    } else {
        Err(c.errors)
    }
}

fn check_sources(c: &mut Checker) {
    for (i, s) in c.ds.sources.iter().enumerate() {
        c.non_empty(format!("sources[{i}].publisher"), &s.publisher);
        c.non_empty(format!("sources[{i}].title"), &s.title);
        if s.quotable && s.kind != SourceKind::Seed {
            c.err(
                format!("sources[{i}].quotable"),
                "only seed documents may be quoted",
            );
        }
        if let Some(d) = s.date {
            c.date(format!("sources[{i}].date"), d);
        }
        // A source's address and its description apart: a URL in the prose would be shown as
        // text; prose in `urls` would become a link to nowhere (or to a `javascript:` address).
        if let Some(p) = &s.published_at {
            if contains_url(p) {
                c.err(
                    format!("sources[{i}].published_at"),
                    "is words about where the source is published; its http(s) addresses go in urls",
                );
            }
        }
        for (j, u) in s.urls.iter().enumerate() {
            if let Some(problem) = url_problem(u) {
                c.err(format!("sources[{i}].urls[{j}]"), problem);
            }
        }
    }
}

/// Whether `text` holds an http(s) URL.
fn contains_url(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    lower.contains("http://") || lower.contains("https://")
}

/// Why `u` is not an absolute http(s) URL the page may link, if it is not: a scheme of http or
/// https, a host of letters, digits, dots and hyphens (an optional port), then a path, query or
/// fragment without spaces, control characters, quotes or angle brackets.
pub fn url_problem(u: &str) -> Option<String> {
    let lower = u.to_ascii_lowercase();
    let Some(rest) = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
    else {
        return Some(format!("must be an http:// or https:// URL, got {u:?}"));
    };
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(end);
    let host = match authority.rsplit_once(':') {
        Some((h, port)) if !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit()) => h,
        _ => authority,
    };
    let host_ok = host.contains('.')
        && !host.starts_with(['.', '-'])
        && !host.ends_with(['.', '-'])
        && !host.contains("..")
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-');
    if !host_ok {
        return Some(format!("has no valid host name, got {u:?}"));
    }
    if tail.chars().any(|ch| {
        ch.is_whitespace() || ch.is_control() || matches!(ch, '"' | '<' | '>' | '`' | '\\')
    }) {
        return Some(format!(
            "holds a space, a control character, a quote or an angle bracket, got {u:?}"
        ));
    }
    None
}

fn check_actors(c: &mut Checker) {
    for (i, a) in c.ds.actors.iter().enumerate() {
        if let Some(problem) = actor_id_problem(a) {
            c.err(format!("actors[{i}].id"), problem);
        }
        c.non_empty(format!("actors[{i}].name"), &a.name);
        c.cites(&format!("actors[{i}]"), &a.sources);
    }
    // A code, name or alias names one actor: an alias "QAT" on France would make `?country=QAT`,
    // search and a click on Qatar open France.
    let mut owner: HashMap<String, usize> = HashMap::new();
    for (i, a) in c.ds.actors.iter().enumerate() {
        let names = std::iter::once(("id", &a.id))
            .chain(std::iter::once(("name", &a.name)))
            .chain(a.aliases.iter().map(|n| ("aliases", n)));
        for (j, (field, n)) in names.enumerate() {
            let key = name_key(n);
            if key.is_empty() {
                continue;
            }
            match owner.get(&key) {
                Some(&other) if other != i => {
                    let path = if field == "aliases" {
                        format!("actors[{i}].aliases[{}]", j - 2)
                    } else {
                        format!("actors[{i}].{field}")
                    };
                    let them = c.ds.actors.get(other).map_or("", |o| o.id.as_str());
                    c.err(
                        path,
                        format!("{n:?} already names actor {them:?}: a code, name or alias must name one actor"),
                    );
                }
                Some(_) => {}
                None => {
                    owner.insert(key, i);
                }
            }
        }
    }
    for (i, p) in c.ds.people.iter().enumerate() {
        c.non_empty(format!("people[{i}].name"), &p.name);
        c.actor(format!("people[{i}].actor"), &p.actor);
        c.cites(&format!("people[{i}]"), &p.sources);
    }
}

fn check_conferences(c: &mut Checker) {
    for (i, conf) in c.ds.conferences.iter().enumerate() {
        let path = format!("conferences[{i}]");
        c.non_empty(format!("{path}.name"), &conf.name);
        c.actor(format!("{path}.country"), &conf.country);
        c.when(&format!("{path}.date"), &conf.date);
        for (field, d) in [
            ("date_dispute", &conf.date_dispute),
            ("count_dispute", &conf.count_dispute),
        ] {
            if let Some(d) = d {
                c.refers(format!("{path}.{field}"), "dispute", d, |c| &c.disputes);
            }
        }
        let mut seen = HashSet::new();
        for (j, com) in conf.commitments.iter().enumerate() {
            let cp = format!("{path}.commitments[{j}]");
            if !seen.insert(com.id.as_str()) {
                c.err(format!("{cp}.id"), format!("duplicate id {:?}", com.id));
            }
            c.non_empty(format!("{cp}.summary"), &com.summary);
            if com.applies_to.is_empty() {
                c.err(format!("{cp}.applies_to"), "must name at least one role");
            }
            c.cites(&cp, &com.sources);
        }
        c.cites(&path, &conf.sources);
    }
    let mut seen = HashSet::new();
    for (i, p) in c.ds.participations.iter().enumerate() {
        let path = format!("participations[{i}]");
        c.refers(
            format!("{path}.conference"),
            "conference",
            &p.conference,
            |c| &c.conferences,
        );
        c.actor(format!("{path}.actor"), &p.actor);
        if !seen.insert((p.conference.as_str(), p.actor.as_str(), p.role)) {
            c.err(
                path.clone(),
                format!(
                    "duplicate participation of {:?} in {:?}",
                    p.actor, p.conference
                ),
            );
        }
        c.cites(&path, &p.sources);
    }
}

fn check_records(c: &mut Checker) {
    for (i, p) in c.ds.pledges.iter().enumerate() {
        let path = format!("pledges[{i}]");
        c.actor(format!("{path}.actor"), &p.actor);
        c.non_empty(format!("{path}.summary"), &p.summary);
        if let Some(conf) = &p.conference {
            c.refers(format!("{path}.conference"), "conference", conf, |c| {
                &c.conferences
            });
        }
        if let Some(w) = &p.date {
            c.when(&format!("{path}.date"), w);
        }
        if let Some(a) = &p.amount {
            if !a.value.is_finite() || a.value < 0.0 {
                c.err(
                    format!("{path}.amount.value"),
                    "must be a finite, non-negative number",
                );
            }
        }
        c.quotes(&path, &p.quotes);
        c.cites(&path, &p.sources);
    }
    for (i, s) in c.ds.statements.iter().enumerate() {
        let path = format!("statements[{i}]");
        c.actor(format!("{path}.actor"), &s.actor);
        if let Some(sp) = &s.speaker {
            c.refers(format!("{path}.speaker"), "person", sp, |c| &c.people);
        }
        if let Some(w) = &s.date {
            c.when(&format!("{path}.date"), w);
        }
        c.non_empty(format!("{path}.summary"), &s.summary);
        c.quotes(&path, &s.quotes);
        c.cites(&path, &s.sources);
    }
    for (i, e) in c.ds.events.iter().enumerate() {
        let path = format!("events[{i}]");
        c.when(&format!("{path}.date"), &e.date);
        c.non_empty(format!("{path}.title"), &e.title);
        for (j, a) in e.actors.iter().enumerate() {
            c.actor(format!("{path}.actors[{j}]"), a);
        }
        if let Some(conf) = &e.conference {
            c.refers(format!("{path}.conference"), "conference", conf, |c| {
                &c.conferences
            });
        }
        for (j, p) in e.pledges.iter().enumerate() {
            c.refers(format!("{path}.pledges[{j}]"), "pledge", p, |c| &c.pledges);
        }
        c.cites(&path, &e.sources);
    }
    for (i, f) in c.ds.figures.iter().enumerate() {
        let path = format!("figures[{i}]");
        let bad = |v: Option<f64>| v.is_some_and(|v| !v.is_finite());
        if (f.low.is_none() && f.high.is_none())
            || bad(f.low)
            || bad(f.high)
            || f.low.zip(f.high).is_some_and(|(l, h)| h < l)
        {
            c.err(
                format!("{path}.high"),
                "give `low`, `high` or both, finite, with high >= low",
            );
        }
        if let Some(w) = &f.as_of {
            c.when(&format!("{path}.as_of"), w);
        }
        if let Some(d) = &f.dispute {
            c.refers(format!("{path}.dispute"), "dispute", d, |c| &c.disputes);
        }
        c.cites(&path, &f.sources);
    }
}

fn check_disputes(c: &mut Checker) {
    for (i, d) in c.ds.disputes.iter().enumerate() {
        let path = format!("disputes[{i}]");
        c.non_empty(format!("{path}.question"), &d.question);
        if d.claims.len() < 2 {
            c.err(
                format!("{path}.claims"),
                "a dispute needs at least two claims",
            );
        }
        for (j, claim) in d.claims.iter().enumerate() {
            c.non_empty(format!("{path}.claims[{j}].value"), &claim.value);
            c.cites(&format!("{path}.claims[{j}]"), &claim.sources);
        }
    }
}

impl<'a> Checker<'a> {
    /// Excerpts: at least one, each non-empty and from a known report source.
    fn excerpts(&mut self, path: &str, excerpts: &[Excerpt]) {
        if excerpts.is_empty() {
            self.err(
                format!("{path}.excerpts"),
                "give at least one excerpt: the source's own words",
            );
        }
        for (i, x) in excerpts.iter().enumerate() {
            let xp = format!("{path}.excerpts[{i}]");
            self.non_empty(format!("{xp}.text"), &x.text);
            if !self.sources.contains(x.source.as_str()) {
                self.err(
                    format!("{xp}.source"),
                    format!("unknown source {:?}", x.source),
                );
            } else if !self.reports.contains(x.source.as_str()) {
                self.err(
                    format!("{xp}.source"),
                    format!(
                        "source {:?} is not a report: excerpts come only from report sources",
                        x.source
                    ),
                );
            }
        }
    }

    fn dispute_ref(&mut self, path: String, id: &Option<String>) {
        if let Some(d) = id {
            self.refers(path, "dispute", d, |c| &c.disputes);
        }
    }
}

/// The records after Paris: decisions, strikes, listings and meetings.
fn check_after_paris(c: &mut Checker) {
    for (i, d) in c.ds.decisions.iter().enumerate() {
        let path = format!("decisions[{i}]");
        c.actor(format!("{path}.actor"), &d.actor);
        c.when(&format!("{path}.date"), &d.date);
        c.non_empty(format!("{path}.summary"), &d.summary);
        if d.theatres.is_empty() {
            c.err(
                format!("{path}.theatres"),
                "name at least one theatre the decision allows",
            );
        }
        if d.votes.is_some() && d.body != DecidingBody::Parliament {
            c.err(
                format!("{path}.votes"),
                "only a parliament's decision has votes",
            );
        }
        c.dispute_ref(format!("{path}.dispute"), &d.dispute);
        c.excerpts(&path, &d.excerpts);
        c.cites(&path, &d.sources);
    }
    for (i, s) in c.ds.strikes.iter().enumerate() {
        let path = format!("strikes[{i}]");
        c.actor(format!("{path}.actor"), &s.actor);
        c.when(&format!("{path}.date"), &s.date);
        c.non_empty(format!("{path}.summary"), &s.summary);
        c.dispute_ref(format!("{path}.dispute"), &s.dispute);
        c.excerpts(&path, &s.excerpts);
        c.cites(&path, &s.sources);
    }
    for (i, l) in c.ds.listings.iter().enumerate() {
        let path = format!("listings[{i}]");
        c.actor(format!("{path}.actor"), &l.actor);
        c.actor(format!("{path}.by"), &l.by);
        c.when(&format!("{path}.date"), &l.date);
        c.non_empty(format!("{path}.summary"), &l.summary);
        c.excerpts(&path, &l.excerpts);
        c.cites(&path, &l.sources);
    }
    for (i, m) in c.ds.meetings.iter().enumerate() {
        let path = format!("meetings[{i}]");
        c.non_empty(format!("{path}.name"), &m.name);
        c.when(&format!("{path}.date"), &m.date);
        if m.hosts.is_empty() {
            c.err(format!("{path}.hosts"), "name at least one host");
        }
        for (j, a) in m.hosts.iter().enumerate() {
            c.actor(format!("{path}.hosts[{j}]"), a);
        }
        for (j, a) in m.attendees.iter().enumerate() {
            c.actor(format!("{path}.attendees[{j}]"), a);
        }
        if m.roster && m.attendees.is_empty() {
            c.err(format!("{path}.roster"), "a roster needs its attendees");
        }
        c.dispute_ref(format!("{path}.count_dispute"), &m.count_dispute);
        c.non_empty(format!("{path}.summary"), &m.summary);
        c.excerpts(&path, &m.excerpts);
        c.cites(&path, &m.sources);
    }
}

/// Every id a story's step may cite: the records of every section (not sources: a caption rests
/// on a record, which cites its sources).
fn record_ids(ds: &Dataset) -> HashSet<&str> {
    let d = ds;
    let ids = d.actors.iter().map(|x| x.id.as_str());
    let ids = ids.chain(d.people.iter().map(|x| x.id.as_str()));
    let ids = ids.chain(d.conferences.iter().map(|x| x.id.as_str()));
    let ids = ids.chain(d.pledges.iter().map(|x| x.id.as_str()));
    let ids = ids.chain(d.statements.iter().map(|x| x.id.as_str()));
    let ids = ids.chain(d.events.iter().map(|x| x.id.as_str()));
    let ids = ids.chain(d.figures.iter().map(|x| x.id.as_str()));
    let ids = ids.chain(d.disputes.iter().map(|x| x.id.as_str()));
    let ids = ids.chain(d.decisions.iter().map(|x| x.id.as_str()));
    let ids = ids.chain(d.strikes.iter().map(|x| x.id.as_str()));
    let ids = ids.chain(d.listings.iter().map(|x| x.id.as_str()));
    ids.chain(d.meetings.iter().map(|x| x.id.as_str()))
        .collect()
}

/// Stories: ids in the safe alphabet, a step id names one step of one story (a link may carry the
/// step alone), titles and captions not empty, each step's records known. Whether a step's view
/// reads without a notice is the view's to say (`view::story::check`, a layer above).
fn check_stories(c: &mut Checker) {
    ids(&mut c.errors, "stories", &c.ds.stories, |s| s.id.as_str());
    let known = record_ids(c.ds);
    let mut steps: HashMap<&str, String> = HashMap::new();
    for (i, story) in c.ds.stories.iter().enumerate() {
        let path = format!("stories[{i}]");
        c.non_empty(format!("{path}.title"), &story.title);
        if story.steps.is_empty() {
            c.err(format!("{path}.steps"), "a story needs at least one step");
        }
        for (j, step) in story.steps.iter().enumerate() {
            let sp = format!("{path}.steps[{j}]");
            if let Some(reason) = id_alphabet_problem(&step.id) {
                c.err(format!("{sp}.id"), reason);
            } else if let Some(first) = steps.get(step.id.as_str()) {
                c.err(
                    format!("{sp}.id"),
                    format!(
                        "duplicate step id {:?} (already {first}): a step id names one step of one story",
                        step.id
                    ),
                );
            } else {
                steps.insert(&step.id, format!("{sp}.id"));
            }
            c.non_empty(format!("{sp}.title"), &step.title);
            c.non_empty(format!("{sp}.caption"), &step.caption);
            c.non_empty(format!("{sp}.view"), &step.view);
            if step.records.is_empty() {
                c.err(
                    format!("{sp}.records"),
                    "cite at least one record: the caption rests on it",
                );
            }
            for (k, r) in step.records.iter().enumerate() {
                if !known.contains(r.as_str()) {
                    c.err(
                        format!("{sp}.records[{k}]"),
                        format!("unknown record {r:?}: cite a record of the dataset by its id"),
                    );
                }
            }
        }
    }
}

/// A validated dataset with look-up tables, what every query runs against.
#[derive(Debug, Clone)]
pub struct Index {
    pub data: Dataset,
    actor_pos: HashMap<String, usize>,
    /// Lower-cased ids, names and aliases of actors, with dots removed ("u.s." -> "us").
    names: HashMap<String, usize>,
}

/// The key a name is looked up by: case, dots and surrounding space do not matter.
pub fn name_key(name: &str) -> String {
    name.trim()
        .chars()
        .filter(|c| *c != '.')
        .map(lower)
        .collect()
}

/// A letter's lower case in the alphabets names are written in here: ASCII, Latin-1, Latin
/// Extended-A ("TÜRKIYE", "ŁÓDŹ"), Greek and Cyrillic; other characters are kept as they are.
/// Hand-written rather than `char::to_lowercase`, whose Unicode tables are ~24 KB of the page's
/// wasm for names that are all in these alphabets.
fn lower(c: char) -> char {
    let u = c as u32;
    let to = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => {
            u + 0x20
        }
        0x400..=0x40F => u + 0x50,
        // Greek capitals with tonos.
        0x386 => 0x3AC,
        0x388..=0x38A => u + 0x25,
        0x38C => 0x3CC,
        0x38E | 0x38F => u + 0x3F,
        0x130 => 0x69, // İ: i (its full lower case adds a combining dot)
        0x178 => 0xFF, // Ÿ: ÿ
        // Latin Extended-A pairs: upper case even then lower case odd, except in 0x139..=0x148 and
        // 0x179..=0x17E, where upper case is odd.
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if u % 2 == 0 => u + 1,
        0x139..=0x148 | 0x179..=0x17E if u % 2 == 1 => u + 1,
        _ => u,
    };
    char::from_u32(to).unwrap_or(c)
}

impl Index {
    /// Validates and indexes a dataset.
    pub fn new(data: Dataset) -> Result<Index, Vec<ValidationError>> {
        validate(&data)?;
        Ok(Index::trusted(data))
    }

    /// Indexes a dataset validated elsewhere: the embedded pack (checked by the tests) or one the
    /// second wasm module validated and packed. The page's first module indexes with this, so it
    /// carries no validator.
    pub fn trusted(data: Dataset) -> Index {
        let mut actor_pos = HashMap::new();
        let mut names = HashMap::new();
        for (i, a) in data.actors.iter().enumerate() {
            actor_pos.insert(a.id.clone(), i);
            for n in std::iter::once(&a.id)
                .chain(std::iter::once(&a.name))
                .chain(a.aliases.iter())
            {
                // First come keeps a name: ids and names are listed before aliases per actor.
                names.entry(name_key(n)).or_insert(i);
            }
        }
        Index {
            data,
            actor_pos,
            names,
        }
    }

    /// The embedded dataset, validated and indexed.
    pub fn embedded() -> Result<Index, Vec<ValidationError>> {
        Index::new(Dataset::embedded()?)
    }

    /// The position of the actor with this id in the dataset's list.
    pub fn actor_position(&self, id: &str) -> Option<usize> {
        self.actor_pos.get(id).copied()
    }

    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.actor_pos.get(id).map(|&i| &self.data.actors[i])
    }

    /// An actor by code, name or alias, case-insensitively ("UAE", "united arab emirates", "ARE").
    pub fn find_actor(&self, name: &str) -> Option<&Actor> {
        self.names
            .get(&name_key(name))
            .map(|&i| &self.data.actors[i])
    }

    pub fn conference(&self, id: &str) -> Option<&Conference> {
        self.data.conferences.iter().find(|c| c.id == id)
    }

    pub fn dispute(&self, id: &str) -> Option<&Dispute> {
        self.data.disputes.iter().find(|d| d.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.data.sources.iter().find(|s| s.id == id)
    }
}

/// The names a map country answers to (its ISO code and the map's name for it, as `name_key`s),
/// each with that code and name: read once from the embedded shapes (`pack::SHAPES`), their codes
/// and names only (the outlines are skipped; `geo::Shapes` decodes those, a layer above).
fn map_names() -> &'static HashMap<String, (String, String)> {
    static NAMES: std::sync::OnceLock<HashMap<String, (String, String)>> =
        std::sync::OnceLock::new();
    NAMES.get_or_init(|| {
        let mut names = HashMap::new();
        // The shapes are built in (a build that cannot read them fails every map test); were they
        // unreadable, the countries read so far are kept and the ISO list still guards the codes.
        let _ = read_map_names(crate::pack::SHAPES, &mut names);
        names
    })
}

/// The codes and names in the packed shapes: the source's text, then per country its code (empty
/// for none), name, scale, and rings of varints (see `geo::shapes`).
fn read_map_names(
    bytes: &[u8],
    names: &mut HashMap<String, (String, String)>,
) -> Result<(), String> {
    let mut r = crate::bytes::Reader::new(bytes, "country shapes");
    r.str()?;
    for _ in 0..r.count()? {
        let id = r.str()?.to_string();
        let name = r.str()?.to_string();
        r.varint()?;
        for _ in 0..r.count()? {
            for _ in 0..r.count()? {
                r.varint()?;
            }
        }
        if !id.is_empty() {
            for n in [&id, &name] {
                names
                    .entry(name_key(n))
                    .or_insert_with(|| (id.clone(), name.clone()));
            }
        }
    }
    Ok(())
}

/// A brought dataset must not take over a country on the map. The page resolves a click on a
/// country, `?country=POL` and a search by code, name or alias (`Index::find_actor`) before it
/// falls back to the map's own countries; so an alias "POL" on France made a click on Poland open
/// France, and an organisation named "ISR" answered for Israel. A code, name or alias that is a
/// map country's ISO code or name (or any assigned ISO 3166-1 alpha-3 code, which a link may
/// name) may be used only by the actor whose id is that code.
fn map_claims(errors: &mut Vec<ValidationError>, ds: &Dataset) {
    let map = map_names();
    for (i, a) in ds.actors.iter().enumerate() {
        let names = [("id", &a.id), ("name", &a.name)]
            .into_iter()
            .chain(a.aliases.iter().map(|n| ("aliases", n)));
        for (j, (field, n)) in names.enumerate() {
            let key = name_key(n);
            let claimed = match map.get(&key) {
                Some((code, name)) => {
                    Some((code.clone(), format!("names {name} ({code}) on the map")))
                }
                None => {
                    let upper = key.to_ascii_uppercase();
                    is_iso_alpha3(&upper)
                        .then(|| (upper, "is an ISO 3166-1 country code".to_string()))
                }
            };
            let Some((code, what)) = claimed else {
                continue;
            };
            if code == a.id {
                continue;
            }
            let path = if field == "aliases" {
                format!("actors[{i}].aliases[{}]", j - 2)
            } else {
                format!("actors[{i}].{field}")
            };
            errors.push(ValidationError {
                path,
                reason: format!("{n:?} {what}: only the actor with id {code:?} may use it"),
            });
        }
    }
}

/// Characters that show no letter of their own: besides `invisible` ones, the Braille blank, the
/// musical-notation format marks, and combining marks (which only decorate the letter before
/// them). A name of only these looks empty, or like nothing at all.
fn blank_or_combining(c: char) -> bool {
    invisible(c)
        || matches!(c,
            '\u{2800}' | '\u{1D159}' | '\u{1D173}'..='\u{1D17A}'
            | '\u{0300}'..='\u{036F}' | '\u{0483}'..='\u{0489}' | '\u{0591}'..='\u{05BD}'
            | '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}'
            | '\u{06D6}'..='\u{06DC}' | '\u{06DF}'..='\u{06E4}' | '\u{0E31}' | '\u{0E34}'..='\u{0E3A}'
            | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}'
            | '\u{3099}' | '\u{309A}' | '\u{FE20}'..='\u{FE2F}')
}

/// Direction embeddings, overrides and isolates: U+202E makes "\u{202E}dnaloP" display as
/// "Poland". A name has no use for them (a plain right-to-left name needs none).
fn direction_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// What a name looks like, as far as a reader can tell: invisible and combining characters
/// dropped, Cyrillic and Greek letters that look like Latin ones (Р, о, а, Α...) read as those,
/// case and dots ignored. Two names with one skeleton look alike on screen.
fn skeleton(name: &str) -> String {
    name.chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .filter(|c| *c == ' ' || !blank_or_combining(*c))
        .map(|c| match c {
            'А' | 'а' | 'Α' | 'α' => 'a',
            'В' | 'Β' => 'b',
            'С' | 'с' | 'Ϲ' | 'ϲ' => 'c',
            'ԁ' => 'd',
            'Е' | 'е' | 'Ε' => 'e',
            'Һ' | 'һ' | 'Н' | 'Η' => 'h',
            'І' | 'і' | 'Ι' | 'ι' | 'ı' | 'Ӏ' | 'ӏ' => 'i',
            'Ј' | 'ј' => 'j',
            'К' | 'к' | 'Κ' | 'κ' => 'k',
            'М' | 'Μ' => 'm',
            'Ν' | 'ν' => 'n',
            'О' | 'о' | 'Ο' | 'ο' | 'Օ' | 'օ' => 'o',
            'Р' | 'р' | 'Ρ' | 'ρ' => 'p',
            'ԛ' => 'q',
            'Ѕ' | 'ѕ' => 's',
            'Т' | 'Τ' => 't',
            'Ս' | 'ս' => 'u',
            'ԝ' | 'Ԝ' => 'w',
            'Х' | 'х' | 'Χ' | 'χ' => 'x',
            'У' | 'у' | 'Υ' | 'γ' | 'Ү' | 'ү' => 'y',
            'Ζ' => 'z',
            other => other,
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .filter(|c| *c != '.')
        .map(lower)
        .collect()
}

/// Names that pass for something they are not. Beyond `non_empty` (only invisible characters):
/// a name of Braille blanks or combining marks shows nothing; a direction override shows other
/// text than it holds; and a name that looks like another actor's name, or a map country's, but
/// is spelled with other characters (a Cyrillic "Роland", "Fr\u{200B}ance") would be a second
/// "Poland" in search, the panel and the tooltip. Actors' names and aliases.
fn name_spoofs(errors: &mut Vec<ValidationError>, ds: &Dataset) {
    // Every name a reader can meet, by skeleton: the dataset's (with their actor) and the map's.
    // The map's first: a look-alike of a map country is reported whatever order the actors
    // come in; between two actors, on the second.
    let mut seen: HashMap<String, (String, String)> = HashMap::new();
    for (code, name) in map_names().values() {
        seen.entry(skeleton(name))
            .or_insert_with(|| (name.clone(), code.clone()));
    }
    for a in &ds.actors {
        for n in std::iter::once(&a.name).chain(a.aliases.iter()) {
            seen.entry(skeleton(n))
                .or_insert_with(|| (n.clone(), a.id.clone()));
        }
    }
    for (i, a) in ds.actors.iter().enumerate() {
        let names = std::iter::once(("name".to_string(), &a.name)).chain(
            a.aliases
                .iter()
                .enumerate()
                .map(|(j, n)| (format!("aliases[{j}]"), n)),
        );
        for (field, n) in names {
            let path = format!("actors[{i}].{field}");
            let reason = if n.chars().any(direction_control) {
                Some("must not contain direction overrides or isolates (U+202A..U+202E, U+2066..U+2069): they make a name display as other text".to_string())
            } else if !n.chars().all(invisible) && n.chars().all(blank_or_combining) {
                Some("shows no letters: only blank (such as the Braille blank) or combining characters".to_string())
            } else {
                match seen.get(&skeleton(n)) {
                    Some((other, owner)) if owner != &a.id && name_key(other) != name_key(n) => {
                        Some(format!(
                            "{n:?} looks like {other:?} ({owner}) but is spelled with other characters (look-alike letters or invisible ones)"
                        ))
                    }
                    _ => None,
                }
            };
            if let Some(reason) = reason {
                errors.push(ValidationError { path, reason });
            }
        }
    }
}

/// The limit holds for a dataset as it is written back too, so what was accepted can be loaded
/// again: the page's JSON download (and `coalition export --json`) writes every field, defaults
/// included (`"quotable": false` on each source), so a document of 4.9 MB that leaves them out can
/// come back at 5.3 MB, over the limit. Measured compact (the page downloads it compact when
/// indented would not fit); the JS writer's numbers are never longer than serde_json's.
fn written_size(ds: &Dataset) -> Result<(), Vec<ValidationError>> {
    let size = serde_json::to_string(ds).map_or(usize::MAX, |s| s.len());
    if size <= MAX_DATASET_BYTES {
        return Ok(());
    }
    Err(vec![ValidationError {
        path: "(document)".into(),
        reason: format!(
            "written out with every field (as the JSON download and `coalition export --json` write it) the dataset is {size} bytes; the limit is {MAX_DATASET_BYTES} bytes, so it could not be loaded back"
        ),
    }])
}

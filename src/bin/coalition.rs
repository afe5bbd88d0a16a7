//! `coalition`: the dataset from the command line — query it as JSON or text, validate a dataset
//! file, render the map or timeline to SVG. A thin shell over the library; errors are one line.

// Every byte goes through `Output` (a closed pipe ends quietly, a full device is one line, text is
// escaped); the print macros would bypass it, and panic when a write fails.
#![deny(clippy::print_stdout, clippy::print_stderr)]

// The CLI needs the `schema` and `png` features (Cargo.toml's `required-features`): on by default,
// off in the wasm builds, which therefore build no CLI (no target cfgs here).
mod cli {

    use std::ffi::{OsStr, OsString};
    use std::io::{self, BufWriter, Read, Write};
    use std::path::Path;
    use std::process::ExitCode;

    use coalition_map::dataset::{validate, Index, MAX_DATASET_BYTES};
    use coalition_map::date::Date;
    use coalition_map::draw::{self, scene, timeline};
    use coalition_map::geo::Shapes;
    use coalition_map::model::{Dataset, EventKind};
    use coalition_map::palette::Theme;
    use coalition_map::query::{self, Status};
    use coalition_map::view::{ViewPatch, ViewState};
    use coalition_map::voice::{self, story_words, Locale, Numerals};
    use serde::Serialize;

    const USAGE: &str = "\
coalition — the September 2014 coalition against ISIL, from the embedded dataset

USAGE:
  coalition countries [--date YYYY-MM-DD] [--json]     actors and their status on a date
  coalition country <CODE|NAME> [--date D] [--json]    one actor's full record
  coalition conferences [--json]                       conferences and their participants
  coalition timeline [--kind K] [--actor A] [--json]   events in date order
  coalition state [--date D] [--json]                  the coalition as of a date
  coalition view [QUERY] [--json]                      what the page says of a view (a link's query,
                   e.g. \"country=FRA&date=2014-09-15\"): date, legend, text alternatives, selection
  coalition stories [--json]                           the guided stories: ids, titles, their steps
  coalition export --json                              the whole dataset
  coalition validate FILE                              check a dataset file (exit 1 on errors)
  coalition schema                                     the dataset's JSON Schema (what validate checks first)
  coalition --version                                  the version

  Every command with text output, and render, takes --lang en|fr|ar (the interface's language;
  the sources' own texts stay in English) and --numerals arab (Arabic-Indic digits).
  coalition bake --out DIR [--width W] [--height H]    the page's first paint, for the build: DIR/map.svg
                   (the default view, compact), DIR/table.html (its statuses), DIR/legend.html and
                   DIR/legend-title.txt (its legend, as the page shows it) and DIR/og-image.png
  coalition bake --early DIR                           what the page answers with before the wasm: the
                   frame of each day and of each record, each map country's status by day, labels, sources
                   and what a search finds by name in each language
  coalition texts                                      the long texts the page's module leaves out (summaries,
                   notes, quotations, claims, excerpts), in the reader's edition: www/baked/texts.json
  coalition render map|timeline --out FILE.svg|FILE.png [--date D] [--country C] [--framing region|gulf|world]
                   [--view LON,LAT,ZOOM] [--width W] [--height H] [--theme light|dark] [--compare D]
                   [--by actor|kind] [--from D] [--to D]      (timeline: rows and time window)
                   [--story ID [--step STEP]]   a story's step (its first without --step); the
                   other options then change its view
";

    /// A user-facing failure: printed as one line, exit code 2 (usage) or 1 (invalid data or a
    /// failed write). An empty message is a quiet stop: the reader closed our output, and the exit
    /// code is what the command had to say (0, or 1 for a dataset `validate` found invalid).
    struct Failure(String, u8);

    fn fail<T>(msg: impl Into<String>) -> Result<T, Failure> {
        Err(Failure(msg.into(), 2))
    }

    /// Which of our two streams a line goes to.
    #[derive(Clone, Copy)]
    enum Stream {
        Out,
        Err,
    }

    /// The one path every byte the CLI prints takes, stdout and stderr alike (`println!` and
    /// `eprintln!` panic when a write fails, which with `panic = "abort"` is exit 134 after a file
    /// was already written). A closed pipe (`coalition export --json | head`) is the reader saying
    /// "enough": stop quietly, as ripgrep does. Anything else (a full disk, `2>/dev/full`) is one
    /// line and exit 1. Text lines are passed through `escape`, so nothing a dataset holds can
    /// drive the terminal.
    struct Output {
        out: BufWriter<io::StdoutLock<'static>>,
        err: io::StderrLock<'static>,
    }

    impl Output {
        fn new() -> Output {
            Output {
                out: BufWriter::new(io::stdout().lock()),
                err: io::stderr().lock(),
            }
        }

        fn write(&mut self, to: Stream, bytes: &[u8]) -> Result<(), Failure> {
            let (result, name) = match to {
                Stream::Out => (self.out.write_all(bytes), "the output"),
                Stream::Err => {
                    // stdout first, so what it holds comes before the line on a shared terminal.
                    // A failure there is stdout's, reported by its next write or `finish`; the
                    // line still goes out (it may be the report).
                    let _ = self.out.flush();
                    (self.err.write_all(bytes), "to stderr")
                }
            };
            result.map_err(|e| failed(e, name))
        }

        /// One line of text, its control characters escaped.
        fn line(&mut self, to: Stream, text: &str) -> Result<(), Failure> {
            let mut s = escape(text);
            s.push('\n');
            self.write(to, s.as_bytes())
        }

        fn finish(&mut self) -> Result<(), Failure> {
            self.out.flush().map_err(|e| failed(e, "the output"))
        }
    }

    /// A failed write: a closed pipe is a quiet stop, anything else one line.
    fn failed(e: io::Error, what: &str) -> Failure {
        if e.kind() == io::ErrorKind::BrokenPipe {
            Failure(String::new(), 0)
        } else {
            Failure(format!("could not write {what}: {e}"), 1)
        }
    }

    /// `writeln!` through `Output::line`: `say!(o, "{x}")` to stdout, `say!(o, err, "{x}")` to stderr.
    macro_rules! say {
        ($o:expr, err, $($arg:tt)*) => { $o.line(Stream::Err, &format!($($arg)*)) };
        ($o:expr, $($arg:tt)*) => { $o.line(Stream::Out, &format!($($arg)*)) };
    }

    /// Text as a terminal may be shown it: control characters (C0, DEL, C1 — ESC starts the
    /// sequences that recolour, move the cursor or retitle the window; a newline would forge a
    /// line of our own) and the bidirectional overrides and isolates (which make text display as
    /// other text) become `\u{..}`. The page shows data as text; this is the terminal's
    /// equivalent. Everything the CLI prints as text goes through here.
    pub(crate) fn escape(text: &str) -> String {
        let mut s = String::with_capacity(text.len());
        for c in text.chars() {
            if needs_escape(c) {
                s.push_str(&format!("\\u{{{:x}}}", c as u32));
            } else {
                s.push(c);
            }
        }
        s
    }

    fn needs_escape(c: char) -> bool {
        c.is_control()
            || matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    }

    /// An argument as it can be shown: its UTF-8 parts as they are, any other byte as `\xNN`, then
    /// escaped like every other line (a file name may hold an escape sequence too).
    fn show_os(arg: &OsStr) -> String {
        let mut s = String::new();
        for chunk in arg.as_encoded_bytes().utf8_chunks() {
            s.push_str(chunk.valid());
            for b in chunk.invalid() {
                s.push_str(&format!("\\x{b:02X}"));
            }
        }
        escape(&s)
    }

    /// Every option that takes a value, across commands (each command then says which it accepts).
    const VALUED: [&str; 19] = [
        "date", "kind", "actor", "out", "country", "framing", "width", "height", "theme",
        "compare", "by", "from", "to", "view", "story", "step", "early", "lang", "numerals",
    ];

    /// The options every command with words for readers takes (`only` accepts them all).
    const LANGUAGE: [&str; 2] = ["lang", "numerals"];

    /// Parsed flags: `--name value` pairs, `--json`, and positional words. Arguments are OS
    /// strings (a file name need not be UTF-8); a value that must be text is checked when read,
    /// and a bad one is named.
    struct Args {
        positional: Vec<OsString>,
        flags: Vec<(String, OsString)>,
        json: bool,
        /// The first option no command takes, as it can be shown.
        unknown: Option<String>,
    }

    /// The options whose value is a file or folder name, which need not be UTF-8.
    const PATHS: [&str; 2] = ["out", "early"];

    impl Args {
        fn parse(raw: impl Iterator<Item = OsString>) -> Result<Args, Failure> {
            let mut a = Args {
                positional: Vec::new(),
                flags: Vec::new(),
                json: false,
                unknown: None,
            };
            let mut it = raw.peekable();
            while let Some(w) = it.next() {
                let is_option = w.as_encoded_bytes().starts_with(b"--");
                let Some(text) = w.to_str() else {
                    if is_option {
                        let shown = show_os(&w);
                        let name = shown.strip_prefix("--").unwrap_or(&shown).to_string();
                        a.unknown.get_or_insert(name);
                    } else {
                        a.positional.push(w);
                    }
                    continue;
                };
                if text == "--json" {
                    a.json = true;
                } else if text == "-h" || text == "--help" {
                    a.positional.insert(0, "help".into());
                } else if text == "-V" || text == "--version" {
                    a.positional.insert(0, "version".into());
                } else if let Some(name) = text.strip_prefix("--") {
                    if !VALUED.contains(&name) {
                        // Reported by `only`, which knows the command and so the valid options.
                        a.unknown.get_or_insert_with(|| escape(name));
                        continue;
                    }
                    if a.flags.iter().any(|(n, _)| n == name) {
                        return fail(format!("--{name} is given twice; give it once"));
                    }
                    match it.next() {
                        Some(v) if !v.as_encoded_bytes().starts_with(b"--") => {
                            if v.to_str().is_none() && !PATHS.contains(&name) {
                                return fail(format!(
                                    "--{name}: the value \"{}\" is not UTF-8 text",
                                    show_os(&v)
                                ));
                            }
                            a.flags.push((name.to_string(), v));
                        }
                        _ => return fail(format!("--{name} needs a value")),
                    }
                } else {
                    a.positional.push(w);
                }
            }
            Ok(a)
        }

        /// A text option's value (`parse` refused any that is not UTF-8).
        fn flag(&self, name: &str) -> Option<&str> {
            self.flags
                .iter()
                .rev()
                .find(|(n, _)| n == name)
                .and_then(|(_, v)| v.to_str())
        }

        /// A file or folder option's value, as given.
        fn path(&self, name: &str) -> Option<&OsStr> {
            self.flags
                .iter()
                .rev()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.as_os_str())
        }

        /// The `i`th positional word as text, or an error naming it.
        fn word(&self, i: usize) -> Result<Option<&str>, Failure> {
            match self.positional.get(i) {
                None => Ok(None),
                Some(w) => w.to_str().map(Some).ok_or_else(|| {
                    Failure(format!("argument \"{}\" is not UTF-8 text", show_os(w)), 2)
                }),
            }
        }

        /// `--date`, parsed, and refused outside the story in the words `render` (and a link)
        /// uses: the same rule, `ViewState::apply`, for every command that takes a date.
        fn date(&self, ix: &Index) -> Result<Option<Date>, Failure> {
            let Some(d) = self.flag("date") else {
                return Ok(None);
            };
            let date = d
                .parse::<Date>()
                .map_err(|e| Failure(format!("--date: {e}"), 2))?;
            let patch = ViewPatch {
                date: Some(Some(date.to_string())),
                ..ViewPatch::default()
            };
            let mut view = ViewState::default();
            view.apply(&patch, ix)
                .map_err(|n| Failure(voice::refusal(&n), 2))?;
            Ok(Some(date))
        }

        /// `--lang` (`en`, `fr`, `ar`; English by default), as a link's `lang`.
        fn lang(&self) -> Result<Locale, Failure> {
            let Some(v) = self.flag("lang") else {
                return Ok(Locale::En);
            };
            Locale::parse(v)
                .ok_or_else(|| Failure(format!("--lang: expected en, fr or ar, got {v:?}"), 2))
        }

        /// `--numerals` (`latn`, `arab`).
        fn numerals(&self) -> Result<Numerals, Failure> {
            let Some(v) = self.flag("numerals") else {
                return Ok(Numerals::Latin);
            };
            Numerals::parse(v)
                .ok_or_else(|| Failure(format!("--numerals: expected latn or arab, got {v:?}"), 2))
        }

        /// Refuses flags the command does not know, and words past the `max` positionals it takes
        /// (the command name included), so a typo is not silently ignored.
        fn only(&self, allowed: &[&str], max: usize) -> Result<(), Failure> {
            let command = self
                .positional
                .first()
                .map_or_else(String::new, |c| format!("{}: ", show_os(c)));
            let names = self.unknown.iter().chain(self.flags.iter().map(|(n, _)| n));
            for n in names {
                if !allowed.contains(&n.as_str()) && !LANGUAGE.contains(&n.as_str()) {
                    let valid = if allowed.is_empty() {
                        "it takes no options but --json".to_string()
                    } else {
                        let names: Vec<String> = allowed.iter().map(|a| format!("--{a}")).collect();
                        format!("valid: {}", names.join(", "))
                    };
                    return fail(format!("{command}unknown option --{n} ({valid})"));
                }
            }
            if let Some(extra) = self.positional.get(max) {
                return fail(format!(
                    "{command}unexpected argument \"{}\" (see `coalition --help`)",
                    show_os(extra)
                ));
            }
            Ok(())
        }
    }

    /// JSON on stdout. serde_json escapes C0 controls in strings but writes DEL, C1 controls and
    /// the bidirectional overrides as they are; those can only occur inside strings (JSON's own
    /// syntax is ASCII), where `\uXXXX` is the same value, so they are written that way.
    fn print_json<T: Serialize>(o: &mut Output, v: &T) -> Result<(), Failure> {
        let s = serde_json::to_string_pretty(v).map_err(|e| Failure(e.to_string(), 1))?;
        let mut safe = String::with_capacity(s.len() + 1);
        for c in s.chars() {
            if needs_escape(c) && !matches!(c, '\n') {
                safe.push_str(&format!("\\u{:04x}", c as u32));
            } else {
                safe.push(c);
            }
        }
        safe.push('\n');
        o.write(Stream::Out, safe.as_bytes())
    }

    fn load() -> Result<Index, Failure> {
        Index::embedded()
            .map_err(|errs| Failure(format!("the embedded dataset is invalid: {}", errs[0]), 1))
    }

    /// The dataset as a command shows it: its JSON (`--json`) as the data holds it, its text in the
    /// reader's edition (citations by source name, claim values in words), as the page shows it.
    fn load_for(a: &Args) -> Result<Index, Failure> {
        let ix = load()?;
        if a.json {
            return Ok(ix);
        }
        let mut data = ix.data;
        coalition_map::voice::prose::reader_edition(&mut data);
        Ok(Index::trusted(data))
    }

    /// Sources as a reader names them ("Infogalactic; Middle East Eye"), for the text output's
    /// citations: the JSON keeps the ids.
    fn cited<S: AsRef<str>>(ix: &Index, ids: &[S]) -> String {
        let names: Vec<String> = ids
            .iter()
            .map(|id| match ix.source(id.as_ref()) {
                Some(s) => voice::prose::source_name(&ix.data, s),
                None => id.as_ref().to_string(),
            })
            .collect();
        names.join("; ")
    }

    fn find<'a>(ix: &'a Index, name: &str) -> Result<&'a coalition_map::model::Actor, Failure> {
        ix.find_actor(name).ok_or_else(|| {
        Failure(
            format!("unknown country or actor {name:?}: expected an ISO code (FRA), a name (France) or an alias (UAE); try `coalition countries`"),
            2,
        )
    })
    }

    /// The interface's language and digits for a command's text (`--lang`, `--numerals`).
    #[derive(Clone, Copy)]
    struct Tongue {
        l: Locale,
        n: Numerals,
    }

    impl Tongue {
        fn of(a: &Args) -> Result<Tongue, Failure> {
            Ok(Tongue {
                l: a.lang()?,
                n: a.numerals()?,
            })
        }

        /// A message of ours, filled, in the chosen digits.
        fn say(self, id: &str, args: &[&str]) -> String {
            self.n.write(&voice::fill(self.l.text(id), args))
        }

        /// A count with its noun (`cli.steps`: "9 steps"), in the form the language gives
        /// that count (`Locale::counted`: Arabic's six), in the chosen digits.
        fn count(self, id: &str, n: usize) -> String {
            self.n
                .write(&voice::fill(self.l.counted(id, n), &[&n.to_string()]))
        }

        /// A date as the views write it ("15 Sept 2014", "15 سبتمبر 2014").
        fn day(self, d: Date) -> String {
            self.n.write(&voice::day(self.l, d))
        }

        fn status(self, s: Option<Status>) -> &'static str {
            s.map_or("—", |s| voice::status_label(self.l, s))
        }

        /// An actor's name in the language (the dataset's when it has none).
        fn name<'a>(self, id: &str, en: &'a str) -> &'a str {
            voice::name(self.l, id, en)
        }

        /// A record's short text in the language (`Locale::data_text`: an event's title, a
        /// conference's city), in the chosen digits; the dataset's English when it has none.
        fn text(self, id: &str, field: &str, en: &str) -> String {
            self.n.write(self.l.data_text(id, field, en))
        }
    }

    fn cmd_countries(a: &Args, o: &mut Output) -> Result<(), Failure> {
        a.only(&["date"], 1)?;
        let t = Tongue::of(a)?;
        let ix = load_for(a)?;
        let list = query::actors(&ix, a.date(&ix)?);
        if a.json {
            return print_json(o, &list);
        }
        for x in list {
            say!(
                o,
                "{:<12} {:<28} {}",
                x.id,
                t.name(x.id, x.name),
                t.status(x.status)
            )?;
        }
        Ok(())
    }

    fn cmd_country(a: &Args, o: &mut Output) -> Result<(), Failure> {
        a.only(&["date"], 2)?;
        let Some(name) = a.word(1)? else {
            return fail("country: expected a code or name, e.g. `coalition country FRA`");
        };
        let t = Tongue::of(a)?;
        let ix = load_for(a)?;
        let actor = find(&ix, name)?;
        let rec = query::actor_record(&ix, &actor.id, a.date(&ix)?)
            .ok_or_else(|| Failure(format!("no record for {}", actor.id), 1))?;
        if a.json {
            return print_json(o, &rec);
        }
        say!(
            o,
            "{} ({}) — {}",
            t.name(&rec.actor.id, &rec.actor.name),
            rec.actor.id,
            t.status(rec.status)
        )?;
        for p in &rec.participations {
            say!(
                o,
                "  {} {}: {}  [{}]",
                t.day(p.date.date),
                t.text(p.conference, "name", p.conference_name),
                voice::role_label(t.l, p.role),
                cited(&ix, p.sources)
            )?;
        }
        for p in &rec.pledges {
            say!(
                o,
                "  {}: {}  [{}]",
                t.say("cli.pledge", &[voice::kind_label(t.l, p.kind)]),
                p.summary,
                cited(&ix, p.sources)
            )?;
        }
        for s in &rec.statements {
            let topic = t.text(&s.id, "topic", &s.topic);
            say!(o, "  {}: {}", t.say("cli.said", &[&topic]), s.summary)?;
            for q in &s.quotes {
                let src: Vec<&String> = q.cited().collect();
                say!(o, "    “{}”  [{}]", q.quote, cited(&ix, &src))?;
            }
        }
        // The story after Paris: a date as the sources give it (`~` approximate, `..` a range).
        let when = |w: &coalition_map::model::When| {
            let range = match w.until {
                Some(u) => format!("{}..{u}", w.date),
                None => w.date.to_string(),
            };
            format!("{}{range}", if w.approximate.is_some() { "~" } else { "" })
        };
        let excerpts = |xs: &[coalition_map::model::Excerpt]| -> Vec<String> {
            xs.iter()
                .map(|x| format!("    “{}”  [{}]", x.text, x.source))
                .collect()
        };
        for x in &rec.decisions {
            let votes = x
                .votes
                .as_ref()
                .map_or(String::new(), |v| format!(" ({} to {})", v.ayes, v.noes));
            say!(
                o,
                "  {} {}: {}",
                when(&x.date),
                t.say("cli.decision", &[&format!("{}{votes}", x.body.label())]),
                x.summary
            )?;
            for line in excerpts(&x.excerpts) {
                say!(o, "{line}")?;
            }
        }
        for x in &rec.strikes {
            say!(
                o,
                "  {} {}: {}",
                when(&x.date),
                t.say(
                    "cli.strike",
                    &[
                        voice::strike_label(t.l, x.kind),
                        voice::theatre_label(t.l, x.theatre)
                    ]
                ),
                x.summary
            )?;
            for line in excerpts(&x.excerpts) {
                say!(o, "{line}")?;
            }
        }
        for x in &rec.listings {
            say!(
                o,
                "  {} {}: {}",
                when(&x.date),
                t.say("cli.listed", &[]),
                x.summary
            )?;
        }
        for x in &rec.meetings {
            say!(
                o,
                "  {} {}: {}",
                when(&x.date),
                t.say("cli.meeting", &[]),
                t.text(&x.id, "name", &x.name)
            )?;
        }
        for d in &rec.disputes {
            say!(
                o,
                "  {}: {}",
                t.say("cli.disputed", &[]),
                t.text(&d.id, "question", &d.question)
            )?;
            for c in &d.claims {
                say!(
                    o,
                    "    {} — “{}”  [{}]",
                    voice::prose::claim_value(t.l, &ix.data, &c.value),
                    c.text,
                    cited(&ix, &c.sources)
                )?;
            }
        }
        Ok(())
    }

    fn cmd_conferences(a: &Args, o: &mut Output) -> Result<(), Failure> {
        a.only(&[], 1)?;
        let t = Tongue::of(a)?;
        let ix = load_for(a)?;
        let list = query::conferences(&ix);
        if a.json {
            return print_json(o, &list);
        }
        for v in list {
            let c = v.conference;
            say!(
                o,
                "{} — {}{}{} ({})",
                t.day(c.date.date),
                t.text(&c.id, "name", &c.name),
                t.l.text("list.comma"),
                t.text(&c.id, "city", &c.city),
                t.count("cli.participants", v.participants.len())
            )?;
            say!(o, "  {}", c.summary)?;
            for p in &v.participants {
                let roles: Vec<&str> = p.roles.iter().map(|r| voice::role_label(t.l, *r)).collect();
                say!(
                    o,
                    "  {:<12} {:<28} {}",
                    p.actor,
                    t.name(p.actor, p.name),
                    roles.join(t.l.text("list.semicolon").trim_end())
                )?;
            }
            for d in v.date_dispute.iter().chain(v.count_dispute.iter()) {
                say!(
                    o,
                    "  {}: {}",
                    t.say("cli.disputed", &[]),
                    t.text(&d.id, "question", &d.question)
                )?;
                for claim in &d.claims {
                    say!(
                        o,
                        "    {} — “{}”  [{}]",
                        voice::prose::claim_value(t.l, &ix.data, &claim.value),
                        claim.text,
                        cited(&ix, &claim.sources)
                    )?;
                }
            }
        }
        Ok(())
    }

    fn cmd_timeline(a: &Args, o: &mut Output) -> Result<(), Failure> {
        a.only(&["kind", "actor"], 1)?;
        let t = Tongue::of(a)?;
        let ix = load_for(a)?;
        let kinds: Vec<EventKind> = match a.flag("kind") {
        None => Vec::new(),
        Some(k) => vec![serde_json::from_value(serde_json::Value::String(k.into())).map_err(|_| {
            Failure(
                format!("--kind: unknown kind {k:?}; expected one of conference, address, diplomacy, airstrike, deployment, atrocity, rejection, reply, statement"),
                2,
            )
        })?],
    };
        let actor = a
            .flag("actor")
            .map(|n| find(&ix, n).map(|x| x.id.clone()))
            .transpose()?;
        let list = query::events(&ix, &kinds, actor.as_deref());
        if a.json {
            return print_json(o, &list);
        }
        for e in list {
            let approx = if e.date.approximate.is_some() {
                "~"
            } else {
                " "
            };
            say!(
                o,
                "{approx}{}  {:<11} {}",
                t.day(e.date.date),
                voice::event_label(t.l, e.kind),
                t.text(&e.id, "title", &e.title)
            )?;
        }
        Ok(())
    }

    fn cmd_state(a: &Args, o: &mut Output) -> Result<(), Failure> {
        a.only(&["date"], 1)?;
        let t = Tongue::of(a)?;
        let ix = load_for(a)?;
        let st = query::coalition_state(&ix, a.date(&ix)?);
        if a.json {
            return print_json(o, &st);
        }
        for (s, n) in &st.counts {
            say!(
                o,
                "{:<28} {}",
                voice::status_label(t.l, *s),
                t.n.write(&n.to_string())
            )?;
        }
        Ok(())
    }

    fn cmd_export(a: &Args, o: &mut Output) -> Result<(), Failure> {
        a.only(&[], 1)?;
        if !a.json {
            return fail("export: only JSON export exists; run `coalition export --json`");
        }
        print_json(o, &load()?.data)
    }

    /// The texts file (`www/baked/texts.json`, written by `scripts/build.sh`): the long texts the
    /// page's pack leaves out, in the reader's edition, each at the number the page's decoding
    /// gives its mark (`pack::texts`), as one JSON list.
    fn cmd_texts(a: &Args, o: &mut Output) -> Result<(), Failure> {
        a.only(&[], 1)?;
        let page =
            coalition_map::pack::decode(coalition_map::pack::PAGE).map_err(|e| Failure(e, 1))?;
        let mut full = load()?.data;
        voice::prose::reader_edition(&mut full);
        let texts = coalition_map::pack::reader_texts(&page, &full).map_err(|e| Failure(e, 1))?;
        let json = serde_json::to_string(&texts).map_err(|e| Failure(e.to_string(), 1))?;
        o.write(Stream::Out, format!("{json}\n").as_bytes())
    }

    fn cmd_validate(a: &Args, o: &mut Output) -> Result<(), Failure> {
        a.only(&[], 2)?;
        let Some(file) = a.positional.get(1) else {
            return fail("validate: expected a file, e.g. `coalition validate dataset.json`");
        };
        let path = show_os(file);
        let text = read_dataset(Path::new(file), &path)?;
        let checked = Dataset::from_json(&text)
            .and_then(|d| validate(&d).map(|_| d))
            .and_then(coalition_map::view::story::checked);
        match checked {
            Ok(d) => say!(
                o,
                "{path}: valid ({} actors, {} pledges, {} statements, {} events)",
                d.actors.len(),
                d.pledges.len(),
                d.statements.len(),
                d.events.len()
            ),
            Err(errs) => {
                let found = errs.len();
                // Keys and values in these lines come from the file: `say!` escapes them. A reader
                // that stops listening (`| head`) ends the list, not the verdict: exit 1 still.
                let verdict = |f: Failure| Failure(f.0, f.1.max(1));
                for e in &coalition_map::dataset::summarise(errs, 100) {
                    say!(o, err, "{path}: {e}").map_err(verdict)?;
                }
                Err(Failure(format!("{path}: {found} problem(s) found"), 1))
            }
        }
    }

    /// Reads a dataset file, at most the size limit plus one byte (`validate /dev/zero` must not
    /// fill the memory before the limit is checked), as UTF-8 text. A byte-order mark is skipped;
    /// invalid UTF-8 is refused with its byte offset — the page's loader says the same. `shown`
    /// is the file's name as messages print it.
    fn read_dataset(file: &Path, shown: &str) -> Result<String, Failure> {
        let file = std::fs::File::open(file).map_err(|e| Failure(format!("{shown}: {e}"), 2))?;
        let limit = MAX_DATASET_BYTES as u64;
        let mut bytes = Vec::new();
        file.take(limit + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| Failure(format!("{shown}: {e}"), 2))?;
        if bytes.len() as u64 > limit {
            return Err(Failure(
                format!("{shown}: the dataset is over {MAX_DATASET_BYTES} bytes, the limit"),
                1,
            ));
        }
        coalition_map::dataset::decode_text(&bytes).map_err(|e| Failure(format!("{shown}: {e}"), 1))
    }

    fn cmd_schema(a: &Args, o: &mut Output) -> Result<(), Failure> {
        a.only(&[], 1)?;
        print_json(o, &schemars::schema_for!(Dataset))
    }

    /// The view a `render` command asks for: its flags go through the same checks as a link's
    /// parameters (`ViewState::apply`), so the CLI accepts and refuses what the page does.
    fn render_view(a: &Args, ix: &Index) -> Result<ViewState, Failure> {
        let flag = |name: &str| a.flag(name).map(|v| Some(v.to_string()));
        // --from/--to bound the timeline's window; one alone runs to the end of the story.
        let window = match (a.flag("from"), a.flag("to")) {
            (None, None) => None,
            (from, to) => {
                let span = coalition_map::query::date_span(ix);
                let from = from.map(str::to_string).or(span.map(|s| s.0.to_string()));
                let to = to.map(str::to_string).or(span.map(|s| s.1.to_string()));
                Some(Some(format!(
                    "{}..{}",
                    from.unwrap_or_default(),
                    to.unwrap_or_default()
                )))
            }
        };
        let patch = ViewPatch {
            country: flag("country"),
            date: flag("date"),
            framing: flag("framing"),
            compare: flag("compare"),
            timeline: flag("by"),
            camera: flag("view"),
            window,
            lang: flag("lang"),
            numerals: flag("numerals"),
            ..ViewPatch::default()
        };
        let mut view = story_view(a, ix)?;
        // Only what was given: a flag changes the step's view (and so leaves the story).
        let given = [
            "country", "date", "framing", "compare", "by", "view", "from", "to",
        ];
        if view.story.is_none() || given.iter().any(|f| a.flag(f).is_some()) {
            view.apply(&patch, ix)
                .map_err(|n| Failure(voice::refusal(&n), 2))?;
        }
        Ok(view)
    }

    /// The view of `--story ID [--step STEP]` (the story's first step without `--step`), or the
    /// default view. An unknown id is refused with the ids there are.
    fn story_view(a: &Args, ix: &Index) -> Result<ViewState, Failure> {
        let (story, step) = (a.flag("story"), a.flag("step"));
        if story.is_none() && step.is_none() {
            return Ok(ViewState::default());
        }
        let Some(story_id) = story else {
            return fail(
                "--step needs --story: `--story ID --step STEP` (see `coalition stories`)",
            );
        };
        let Some(found) = ix.data.stories.iter().find(|s| s.id == story_id) else {
            let ids: Vec<&str> = ix.data.stories.iter().map(|s| s.id.as_str()).collect();
            return fail(format!(
                "--story: no story {story_id:?}; the stories are: {}",
                if ids.is_empty() {
                    "(none)".to_string()
                } else {
                    ids.join(", ")
                }
            ));
        };
        if let Some(step_id) = step {
            if !found.steps.iter().any(|s| s.id == step_id) {
                let ids: Vec<&str> = found.steps.iter().map(|s| s.id.as_str()).collect();
                return fail(format!(
                    "--step: story {story_id:?} has no step {step_id:?}; its steps are: {}",
                    ids.join(", ")
                ));
            }
        }
        let patch = ViewPatch {
            story: Some(Some(story_id.to_string())),
            step: step.map(|s| Some(s.to_string())),
            ..ViewPatch::default()
        };
        let mut view = ViewState::default();
        view.apply(&patch, ix)
            .map_err(|n| Failure(voice::refusal(&n), 2))?;
        Ok(view)
    }

    /// The guided stories: ids and titles, each step's id and title, in reading order; in French
    /// or Arabic with `--lang` (`voice::story_words`: the translations compiled in).
    fn cmd_stories(a: &Args, o: &mut Output) -> Result<(), Failure> {
        a.only(&[], 1)?;
        let t = Tongue::of(a)?;
        let ix = load()?;
        let mut outlines = query::stories::outlines(&ix);
        for (s, story) in outlines.iter_mut().zip(&ix.data.stories) {
            s.title = story_words::story_title(t.l, s.id, s.title);
            for (x, step) in s.steps.iter_mut().zip(&story.steps) {
                x.title = story_words::step_text(t.l, s.id, x.id, (&step.title, &step.caption)).0;
            }
        }
        if a.json {
            return print_json(o, &outlines);
        }
        for s in &outlines {
            let count = t.count("cli.steps", s.steps.len());
            say!(o, "{}  {} ({count})", s.id, t.n.write(s.title))?;
            for (i, step) in s.steps.iter().enumerate() {
                let n = t.n.write(&format!("{:>2}", i + 1));
                say!(o, "  {n}. {:<18} {}", step.id, t.n.write(step.title))?;
            }
        }
        Ok(())
    }

    /// The page's baked first paint (see `coalition_map::bake`): the default view's map at the
    /// canvas's size as a compact SVG, its statuses as an HTML table, and a 1200 × 630 PNG for link
    /// previews (`og:image`). scripts/pages.mjs writes them into the served HTML.
    fn cmd_bake(a: &Args) -> Result<(), Failure> {
        a.only(&["out", "width", "height", "early"], 1)?;
        if let Some(dir) = a.path("early") {
            return bake_early(Path::new(dir));
        }
        let Some(dir) = a.path("out") else {
            return fail("bake: --out DIR is required");
        };
        let (w, h) = (pixels(a, "width", 840)?, pixels(a, "height", 554)?);
        let ix = load()?;
        let shapes = Shapes::embedded().map_err(|e| Failure(e, 1))?;
        let view = ViewState::default();
        let err = |e: draw::DrawError| Failure(e.to_string(), 1);
        let dir = Path::new(dir);
        std::fs::create_dir_all(dir).map_err(|e| Failure(format!("{}: {e}", dir.display()), 1))?;
        let write = |name: &str, text: String| {
            let path = dir.join(name);
            std::fs::write(&path, text).map_err(|e| Failure(format!("{}: {e}", path.display()), 1))
        };
        // The page's picture: no legend inside the map, as the canvas draws it (the page's legend
        // is the status buttons under the map); the link preview keeps its legend.
        let svg = scene::page_map_svg(&ix, &shapes, &view, Theme::LIGHT, w, h).map_err(err)?;
        let codes = scene::page_map_codes(&ix, &shapes, &view, w, h);
        let discs = scene::page_map_discs(&ix, &shapes, &view, w, h);
        write(
            "map.svg",
            coalition_map::bake::compact_named_svg(&svg, &codes, &discs),
        )?;
        write(
            "table.html",
            coalition_map::bake::status_table_html(&ix, view.date),
        )?;
        write(
            "legend.html",
            coalition_map::bake::legend_html(&ix, &shapes, view.date),
        )?;
        write(
            "legend-title.txt",
            coalition_map::bake::escape_html(&scene::legend_title(&ix, &view)),
        )?;
        let og = dir.join("og-image.png");
        scene::map_png(&og, &ix, &shapes, &view, Theme::LIGHT, 1200, 630).map_err(err)
    }

    /// The files the page's first script (www/early.js) answers a link or a click with before the
    /// wasm arrives, all from the reader's edition of the dataset: `day-D.json`, the frame of each
    /// day of the timeline with nothing selected (legend, counts, date words, text alternatives);
    /// `record-ID.json`, each actor's and conference's panel on the default date with what that
    /// panel alone cites (see [`early_record`]); `days.json`, each map country's status by day,
    /// as change points (`[day, status index or -1, …]`), with the fill of each status, for
    /// recolouring the baked map; `lists.json`, the labels every early view words with; and
    /// `names-LANG.json`, what a search finds in each page language (`frame::search_table`).
    fn bake_early(dir: &Path) -> Result<(), Failure> {
        #[derive(Serialize)]
        struct Days {
            first: String,
            days: i64,
            end: Option<String>,
            statuses: Vec<&'static str>,
            fills: Vec<String>,
            land: String,
            codes: std::collections::BTreeMap<String, Vec<i64>>,
        }
        #[derive(Serialize)]
        struct Lists {
            labels: voice::Labels,
        }
        let mut data = load()?.data;
        voice::prose::reader_edition(&mut data);
        let ix = Index::trusted(data);
        let shapes = Shapes::embedded().map_err(|e| Failure(e, 1))?;
        std::fs::create_dir_all(dir).map_err(|e| Failure(format!("{}: {e}", dir.display()), 1))?;
        let frame_of = |query: &str| frame_of(&ix, &shapes, &ViewState::from_query(query, &ix).0);
        let Some((first, last)) = query::date_span(&ix) else {
            return Ok(());
        };
        let days = last.to_days() - first.to_days();
        let mut codes: std::collections::BTreeMap<String, Vec<i64>> = Default::default();
        let mut before: Vec<Option<Status>> = vec![None; shapes.countries.len()];
        for day in 0..=days {
            let Some(date) = first.add_days(day) else {
                continue;
            };
            let fills = draw::map::fills(&ix, &shapes, Some(date));
            for (shape, (now, was)) in fills.iter().zip(before.iter_mut()).enumerate() {
                let Some(code) = shapes.countries.get(shape).and_then(|c| c.id.clone()) else {
                    continue;
                };
                if now != was {
                    let at = now.and_then(|s| Status::ALL.iter().position(|x| *x == s));
                    let entry = codes.entry(code).or_default();
                    entry.push(day);
                    entry.push(at.map_or(-1, |i| i as i64));
                    *was = *now;
                }
            }
            write_json(
                dir,
                &format!("day-{date}.json"),
                &frame_of(&format!("date={date}")),
            )?;
        }
        write_json(
            dir,
            "days.json",
            &Days {
                first: first.to_string(),
                days: days + 1,
                end: query::story_end(&ix).map(|d| d.to_string()),
                statuses: Status::ALL.iter().map(|s| s.key()).collect(),
                fills: Status::ALL
                    .iter()
                    .map(|s| coalition_map::palette::hex(coalition_map::palette::status(*s)))
                    .collect(),
                land: coalition_map::palette::hex(Theme::LIGHT.land),
                codes,
            },
        )?;
        // The name a citation gives each source (the core's words: "Infogalactic").
        let names: std::collections::BTreeMap<&str, String> = ix
            .data
            .sources
            .iter()
            .map(|s| s.id.as_str())
            .zip(voice::prose::source_names(&ix.data))
            .collect();
        let ids = ix
            .data
            .actors
            .iter()
            .map(|a| a.id.as_str())
            .chain(ix.data.conferences.iter().map(|c| c.id.as_str()));
        for id in ids {
            // A file name from an id of letters, digits and dashes only (every embedded id is).
            if id.is_empty()
                || !id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            {
                continue;
            }
            let frame = frame_of(&format!("country={id}"));
            write_json(
                dir,
                &format!("record-{id}.json"),
                &early_record(&ix, &names, &frame)?,
            )?;
        }
        // What a search before the wasm finds, per page language: the core's answers
        // (`frame::search_table`), looked up by the words' `name_key` (www/early-search.js).
        for l in Locale::ALL {
            write_json(
                dir,
                &format!("names-{}.json", l.tag()),
                &coalition_map::frame::search_table(l, &ix),
            )?;
        }
        write_json(
            dir,
            "lists.json",
            &Lists {
                labels: voice::labels(Locale::En, &ix),
            },
        )
    }

    /// One record's baked file: what its panel shows before the wasm, and only that (a shared
    /// link waits for it on a phone, issue 29). The frame's `selection` (the map's outline) and
    /// `panel` (with its own texts: the early panel needs neither the wasm nor a texts file),
    /// without the rest of the frame (the day's words come with `day-D.json`); `names`, the name a
    /// citation gives each source the panel cites; `sources`, the cited sources the panel's own
    /// list does not hold (a dispute's claim may cite another record's); `claims`, its disputes'
    /// claim values in words. These were the whole dataset's tables in `lists.json` (18 KB of
    /// sources for France's 13).
    fn early_record(
        ix: &Index,
        names: &std::collections::BTreeMap<&str, String>,
        frame: &coalition_map::frame::Frame<'_>,
    ) -> Result<serde_json::Value, Failure> {
        use serde_json::{json, Value};
        let value = serde_json::to_value(frame).map_err(|e| Failure(e.to_string(), 1))?;
        let panel = value.get("panel").cloned().unwrap_or(Value::Null);
        // Every source id the panel cites (`sources: [id, …]`, `source: id`) and every claim value.
        let (mut cited, mut claims) = (std::collections::BTreeSet::new(), Vec::new());
        let mut stack = vec![&panel];
        while let Some(v) = stack.pop() {
            match v {
                Value::Array(items) => stack.extend(items),
                Value::Object(map) => {
                    for (k, item) in map {
                        match (k.as_str(), item) {
                            ("sources", Value::Array(ids)) => {
                                cited.extend(ids.iter().filter_map(Value::as_str))
                            }
                            ("source", Value::String(id)) => {
                                cited.insert(id.as_str());
                            }
                            ("claims", Value::Array(cs)) => {
                                claims.extend(cs.iter().filter_map(|c| c.get("value")?.as_str()))
                            }
                            _ => {}
                        }
                        stack.push(item);
                    }
                }
                _ => {}
            }
        }
        let listed: std::collections::BTreeSet<&str> = panel
            .pointer("/record/sources")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|s| s.get("id")?.as_str())
            .collect();
        let sources: Vec<_> = ix
            .data
            .sources
            .iter()
            .filter(|s| cited.contains(s.id.as_str()) && !listed.contains(s.id.as_str()))
            .collect();
        let cited_names: std::collections::BTreeMap<_, _> = cited
            .iter()
            .chain(listed.iter())
            .filter_map(|id| Some((*id, names.get(id)?)))
            .collect();
        let claims: std::collections::BTreeMap<_, _> = claims
            .into_iter()
            .map(|v| (v, voice::prose::claim_value(Locale::En, &ix.data, v)))
            .collect();
        Ok(json!({
            "selection": value.get("selection"),
            "panel": panel,
            "names": cited_names,
            "sources": sources,
            "claims": claims,
        }))
    }

    /// Writes `value` as compact JSON to `dir/name` (the baked files are fetched by readers: no
    /// indentation).
    fn write_json<T: Serialize>(dir: &Path, name: &str, value: &T) -> Result<(), Failure> {
        let path = dir.join(name);
        let text = serde_json::to_string(value).map_err(|e| Failure(e.to_string(), 1))?;
        std::fs::write(&path, text).map_err(|e| Failure(format!("{}: {e}", path.display()), 1))
    }

    /// The frame of `view` with nothing before it (the CLI's `view`, the build's baked frames):
    /// the page's words for a link, its map counted on its date.
    fn frame_of<'a>(
        ix: &'a Index,
        shapes: &Shapes,
        view: &ViewState,
    ) -> coalition_map::frame::Frame<'a> {
        let counts = coalition_map::frame::status_counts(ix, shapes, view.date);
        let cx = coalition_map::frame::Context {
            shapes,
            counts: &counts,
            timeline_items: coalition_map::draw::timeline::shown_count(ix, view.window),
        };
        coalition_map::frame::frame(ix, view, None, &cx)
    }

    /// A `--width`/`--height` in pixels (100..=8000), or `default`.
    fn pixels(a: &Args, name: &str, default: u32) -> Result<u32, Failure> {
        a.flag(name)
            .map_or(Ok(default), |v| match v.parse::<u32>() {
                Ok(n) if (100..=8000).contains(&n) => Ok(n),
                _ => fail(format!(
                    "--{name}: expected a whole number of pixels 100..=8000, got {v:?}"
                )),
            })
    }

    /// The frame of a view (src/frame.rs): the words the page shows for the same link, so the CLI
    /// and the page can be compared line by line. Values a link could not use are noted on stderr.
    fn cmd_view(a: &Args, o: &mut Output) -> Result<(), Failure> {
        a.only(&[], 2)?;
        let raw = a.word(1)?.unwrap_or("");
        // A whole link or its query: what follows the first `?`.
        let query = raw.split_once('?').map_or(raw, |(_, q)| q);
        let ix = load_for(a)?;
        let shapes = Shapes::embedded().map_err(|e| Failure(e, 1))?;
        let (mut view, notices) = coalition_map::view::ViewState::from_query(query, &ix);
        // --lang and --numerals win over the link's own.
        if a.flag("lang").is_some() {
            view.lang = a.lang()?;
        }
        if a.flag("numerals").is_some() {
            view.numerals = a.numerals()?;
        }
        let t = Tongue {
            l: view.lang,
            n: view.numerals,
        };
        for n in &notices {
            say!(o, err, "note: {}", voice::notice(t.l, n))?;
        }
        let f = frame_of(&ix, &shapes, &view);
        if a.json {
            return print_json(o, &f);
        }
        say!(o, "{}", t.say("cli.date", &[&f.date_label]))?;
        say!(o, "{}", f.legend.title)?;
        for e in &f.legend.entries {
            let filter = if e.pressed {
                t.say("cli.filtered", &[])
            } else {
                String::new()
            };
            say!(
                o,
                "  {:<36} {}{filter}",
                e.label,
                t.n.write(&e.count.to_string())
            )?;
        }
        if let Some(s) = &f.selection {
            say!(o, "{}", t.say("cli.selected", &[&s.name, &s.status]))?;
        }
        say!(o, "{}", t.say("cli.map", &[&f.map_alt]))?;
        say!(o, "{}", t.say("cli.timeline", &[&f.timeline_alt]))?;
        Ok(())
    }

    fn cmd_render(a: &Args, o: &mut Output) -> Result<(), Failure> {
        a.only(
            &[
                "out", "date", "country", "framing", "width", "height", "theme", "compare", "by",
                "from", "to", "view", "story", "step", "lang", "numerals",
            ],
            2,
        )?;
        let theme = match a.flag("theme") {
            None => Theme::LIGHT,
            Some(t) => Theme::parse(t)
                .ok_or_else(|| Failure(format!("--theme: expected light or dark, got {t:?}"), 2))?,
        };
        let what = a.word(1)?;
        let Some(path) = a.path("out") else {
            return fail("render: --out FILE.svg is required");
        };
        let shown = show_os(path);
        let png = path.as_encoded_bytes().ends_with(b".png");
        if !png && !path.as_encoded_bytes().ends_with(b".svg") {
            return fail(format!(
                "render: {shown}: expected a file name ending in .svg or .png"
            ));
        }
        let size = |name: &str, default: u32| pixels(a, name, default);
        let ix = load()?;
        let view = render_view(a, &ix)?;
        let err = |e: draw::DrawError| Failure(e.to_string(), 1);
        let write_svg = |svg: String| {
            std::fs::write(path, svg).map_err(|e| Failure(format!("{shown}: {e}"), 1))
        };
        match what {
            Some("map") => {
                let (w, h) = (size("width", 1200)?, size("height", 760)?);
                let shapes = Shapes::embedded().map_err(|e| Failure(e, 1))?;
                if let Some(c) = view.country.as_deref() {
                    if scene::shape_of(&shapes, c).is_none() {
                        // An organisation (the UN) or a country the map lacks: say so rather than
                        // draw no selection without a word.
                        say!(
                            o,
                            err,
                            "note: {c} has no shape on the map; nothing is outlined"
                        )?;
                    }
                }
                if png {
                    scene::map_png(Path::new(path), &ix, &shapes, &view, theme, w, h)
                        .map_err(err)?;
                } else {
                    write_svg(scene::map_svg(&ix, &shapes, &view, theme, w, h).map_err(err)?)?;
                }
            }
            Some("timeline") => {
                let w = size("width", 1200)?;
                let tv = scene::timeline_view(&view, theme);
                let h = size(
                    "height",
                    timeline::height(&ix, &tv, f64::from(w)).ceil() as u32,
                )?;
                if png {
                    scene::timeline_png(Path::new(path), &ix, &view, theme, w, h).map_err(err)?;
                } else {
                    write_svg(scene::timeline_svg(&ix, &view, theme, w, Some(h)).map_err(err)?)?;
                }
            }
            _ => return fail("render: expected `map` or `timeline`"),
        }
        say!(o, err, "wrote {shown}")
    }

    fn run(o: &mut Output) -> Result<(), Failure> {
        let a = Args::parse(std::env::args_os().skip(1))?;
        match a.word(0)? {
            Some("countries") => cmd_countries(&a, o),
            Some("country") => cmd_country(&a, o),
            Some("conferences") => cmd_conferences(&a, o),
            Some("timeline") => cmd_timeline(&a, o),
            Some("state") => cmd_state(&a, o),
            Some("view") => cmd_view(&a, o),
            Some("stories") => cmd_stories(&a, o),
            Some("export") => cmd_export(&a, o),
            Some("validate") => cmd_validate(&a, o),
            Some("render") => cmd_render(&a, o),
            Some("bake") => cmd_bake(&a),
            Some("texts") => cmd_texts(&a, o),
            Some("schema") => cmd_schema(&a, o),
            Some("version") => {
                a.only(&[], 1)?;
                say!(o, "coalition {}", env!("CARGO_PKG_VERSION"))?;
                Ok(())
            }
            Some("help") | None => {
                a.only(&[], 1)?;
                o.write(Stream::Out, USAGE.as_bytes())
            }
            Some(other) => fail(format!(
                "unknown command {other:?} (see `coalition --help`)"
            )),
        }
    }

    pub fn main() -> ExitCode {
        let mut o = Output::new();
        let result = run(&mut o).and_then(|()| o.finish());
        match result {
            Ok(()) => ExitCode::SUCCESS,
            Err(Failure(msg, code)) => {
                if !msg.is_empty() {
                    // If stderr itself is what failed, there is nowhere left to say so: the exit
                    // code still does.
                    let _ = say!(o, err, "coalition: {msg}");
                }
                ExitCode::from(code)
            }
        }
    }
}

fn main() -> std::process::ExitCode {
    cli::main()
}

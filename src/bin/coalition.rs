//! `coalition`: the dataset from the command line — query it as JSON or text, validate a dataset
//! file, render the map or timeline to SVG. A thin shell over the library; errors are one line.

// The CLI needs the `schema` and `png` features (Cargo.toml's `required-features`): on by default,
// off in the wasm builds, which therefore build no CLI (no target cfgs here).
mod cli {

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
    use coalition_map::voice;
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
  coalition export --json                              the whole dataset
  coalition validate FILE                              check a dataset file (exit 1 on errors)
  coalition schema                                     the dataset's JSON Schema (what validate checks first)
  coalition --version                                  the version
  coalition bake --out DIR [--width W] [--height H]    the page's first paint, for the build: DIR/map.svg
                   (the default view, compact), DIR/table.html (its statuses), DIR/legend.html and
                   DIR/legend-title.txt (its legend, as the page shows it) and DIR/og-image.png
  coalition render map|timeline --out FILE.svg|FILE.png [--date D] [--country C] [--framing region|gulf|world]
                   [--view LON,LAT,ZOOM] [--width W] [--height H] [--theme light|dark] [--compare D]
                   [--by actor|kind] [--from D] [--to D]      (timeline: rows and time window)
";

    /// A user-facing failure: printed as one line, exit code 2 (usage) or 1 (invalid data or a
    /// failed write). Code 0 with no message is a quiet stop: the reader closed our output.
    struct Failure(String, u8);

    fn fail<T>(msg: impl Into<String>) -> Result<T, Failure> {
        Err(Failure(msg.into(), 2))
    }

    impl From<io::Error> for Failure {
        /// A closed pipe (`coalition export --json | head`) is the reader saying "enough", not an
        /// error: stop quietly with success, as ripgrep does. Anything else (a full disk) is one line.
        fn from(e: io::Error) -> Failure {
            if e.kind() == io::ErrorKind::BrokenPipe {
                Failure(String::new(), 0)
            } else {
                Failure(format!("could not write the output: {e}"), 1)
            }
        }
    }

    /// Every option that takes a value, across commands (each command then says which it accepts).
    const VALUED: [&str; 14] = [
        "date", "kind", "actor", "out", "country", "framing", "width", "height", "theme",
        "compare", "by", "from", "to", "view",
    ];

    /// Parsed flags: `--name value` pairs, `--json`, and positional words.
    struct Args {
        positional: Vec<String>,
        flags: Vec<(String, String)>,
        json: bool,
        /// The first option no command takes.
        unknown: Option<String>,
    }

    impl Args {
        fn parse(raw: impl Iterator<Item = String>) -> Result<Args, Failure> {
            let mut a = Args {
                positional: Vec::new(),
                flags: Vec::new(),
                json: false,
                unknown: None,
            };
            let mut it = raw.peekable();
            while let Some(w) = it.next() {
                if w == "--json" {
                    a.json = true;
                } else if w == "-h" || w == "--help" {
                    a.positional.insert(0, "help".into());
                } else if w == "-V" || w == "--version" {
                    a.positional.insert(0, "version".into());
                } else if let Some(name) = w.strip_prefix("--") {
                    if !VALUED.contains(&name) {
                        // Reported by `only`, which knows the command and so the valid options.
                        a.unknown.get_or_insert_with(|| name.to_string());
                        continue;
                    }
                    if a.flags.iter().any(|(n, _)| n == name) {
                        return fail(format!("--{name} is given twice; give it once"));
                    }
                    match it.next() {
                        Some(v) if !v.starts_with("--") => a.flags.push((name.to_string(), v)),
                        _ => return fail(format!("--{name} needs a value")),
                    }
                } else {
                    a.positional.push(w);
                }
            }
            Ok(a)
        }

        fn flag(&self, name: &str) -> Option<&str> {
            self.flags
                .iter()
                .rev()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.as_str())
        }

        fn date(&self) -> Result<Option<Date>, Failure> {
            self.flag("date")
                .map(|d| {
                    d.parse::<Date>()
                        .map_err(|e| Failure(format!("--date: {e}"), 2))
                })
                .transpose()
        }

        /// Refuses flags the command does not know, and words past the `max` positionals it takes
        /// (the command name included), so a typo is not silently ignored.
        fn only(&self, allowed: &[&str], max: usize) -> Result<(), Failure> {
            let command = self
                .positional
                .first()
                .map_or_else(String::new, |c| format!("{c}: "));
            let names = self.unknown.iter().chain(self.flags.iter().map(|(n, _)| n));
            for n in names {
                if !allowed.contains(&n.as_str()) {
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
                    "{command}unexpected argument {extra:?} (see `coalition --help`)"
                ));
            }
            Ok(())
        }
    }

    fn print_json<T: Serialize>(out: &mut dyn Write, v: &T) -> Result<(), Failure> {
        let s = serde_json::to_string_pretty(v).map_err(|e| Failure(e.to_string(), 1))?;
        out.write_all(s.as_bytes())?;
        out.write_all(b"\n")?;
        Ok(())
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
            .map(
                |id| match ix.data.sources.iter().find(|s| s.id == id.as_ref()) {
                    Some(s) => voice::prose::source_name(&ix.data, s),
                    None => id.as_ref().to_string(),
                },
            )
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

    fn status_text(s: Option<Status>) -> &'static str {
        s.map_or("—", Status::label)
    }

    fn cmd_countries(a: &Args, out: &mut dyn Write) -> Result<(), Failure> {
        a.only(&["date"], 1)?;
        let ix = load_for(a)?;
        let list = query::actors(&ix, a.date()?);
        if a.json {
            return print_json(out, &list);
        }
        for x in list {
            writeln!(out, "{:<12} {:<28} {}", x.id, x.name, status_text(x.status))?;
        }
        Ok(())
    }

    fn cmd_country(a: &Args, out: &mut dyn Write) -> Result<(), Failure> {
        a.only(&["date"], 2)?;
        let Some(name) = a.positional.get(1) else {
            return fail("country: expected a code or name, e.g. `coalition country FRA`");
        };
        let ix = load_for(a)?;
        let actor = find(&ix, name)?;
        let rec = query::actor_record(&ix, &actor.id, a.date()?)
            .ok_or_else(|| Failure(format!("no record for {}", actor.id), 1))?;
        if a.json {
            return print_json(out, &rec);
        }
        writeln!(
            out,
            "{} ({}) — {}",
            rec.actor.name,
            rec.actor.id,
            status_text(rec.status)
        )?;
        for p in &rec.participations {
            writeln!(
                out,
                "  {} {}: {}  [{}]",
                p.date.date,
                p.conference_name,
                voice::role_label(p.role),
                cited(&ix, p.sources)
            )?;
        }
        for p in &rec.pledges {
            writeln!(
                out,
                "  pledge ({}): {}  [{}]",
                p.kind.label(),
                p.summary,
                cited(&ix, p.sources)
            )?;
        }
        for s in &rec.statements {
            writeln!(out, "  said ({}): {}", s.topic, s.summary)?;
            for q in &s.quotes {
                let src: Vec<&String> = q.cited().collect();
                writeln!(out, "    “{}”  [{}]", q.quote, cited(&ix, &src))?;
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
            writeln!(
                out,
                "  {} decision ({}{votes}): {}",
                when(&x.date),
                x.body.label(),
                x.summary
            )?;
            for line in excerpts(&x.excerpts) {
                writeln!(out, "{line}")?;
            }
        }
        for x in &rec.strikes {
            writeln!(
                out,
                "  {} {} in {}: {}",
                when(&x.date),
                x.kind.label(),
                x.theatre.label(),
                x.summary
            )?;
            for line in excerpts(&x.excerpts) {
                writeln!(out, "{line}")?;
            }
        }
        for x in &rec.listings {
            writeln!(
                out,
                "  {} listed as a partner: {}",
                when(&x.date),
                x.summary
            )?;
        }
        for x in &rec.meetings {
            writeln!(out, "  {} meeting: {}", when(&x.date), x.name)?;
        }
        for d in &rec.disputes {
            writeln!(out, "  disputed: {}", d.question)?;
            for c in &d.claims {
                writeln!(
                    out,
                    "    {} — “{}”  [{}]",
                    voice::prose::claim_value(&ix.data, &c.value),
                    c.text,
                    cited(&ix, &c.sources)
                )?;
            }
        }
        Ok(())
    }

    fn cmd_conferences(a: &Args, out: &mut dyn Write) -> Result<(), Failure> {
        a.only(&[], 1)?;
        let ix = load_for(a)?;
        let list = query::conferences(&ix);
        if a.json {
            return print_json(out, &list);
        }
        for v in list {
            let c = v.conference;
            writeln!(
                out,
                "{} — {}, {} ({} participants)",
                c.date.date,
                c.name,
                c.city,
                v.participants.len()
            )?;
            writeln!(out, "  {}", c.summary)?;
            for p in &v.participants {
                let roles: Vec<&str> = p.roles.iter().map(|r| voice::role_label(*r)).collect();
                writeln!(out, "  {:<12} {:<28} {}", p.actor, p.name, roles.join("; "))?;
            }
            for d in v.date_dispute.iter().chain(v.count_dispute.iter()) {
                writeln!(out, "  disputed: {}", d.question)?;
                for claim in &d.claims {
                    writeln!(
                        out,
                        "    {} — “{}”  [{}]",
                        voice::prose::claim_value(&ix.data, &claim.value),
                        claim.text,
                        cited(&ix, &claim.sources)
                    )?;
                }
            }
        }
        Ok(())
    }

    fn cmd_timeline(a: &Args, out: &mut dyn Write) -> Result<(), Failure> {
        a.only(&["kind", "actor"], 1)?;
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
            return print_json(out, &list);
        }
        for e in list {
            let approx = if e.date.approximate.is_some() {
                "~"
            } else {
                " "
            };
            writeln!(
                out,
                "{approx}{}  {:<11} {}",
                e.date.date,
                e.kind.label(),
                e.title
            )?;
        }
        Ok(())
    }

    fn cmd_state(a: &Args, out: &mut dyn Write) -> Result<(), Failure> {
        a.only(&["date"], 1)?;
        let ix = load_for(a)?;
        let st = query::coalition_state(&ix, a.date()?);
        if a.json {
            return print_json(out, &st);
        }
        for (s, n) in &st.counts {
            writeln!(out, "{:<28} {n}", s.label())?;
        }
        Ok(())
    }

    fn cmd_export(a: &Args, out: &mut dyn Write) -> Result<(), Failure> {
        a.only(&[], 1)?;
        if !a.json {
            return fail("export: only JSON export exists; run `coalition export --json`");
        }
        print_json(out, &load()?.data)
    }

    fn cmd_validate(a: &Args, out: &mut dyn Write) -> Result<(), Failure> {
        a.only(&[], 2)?;
        let Some(path) = a.positional.get(1) else {
            return fail("validate: expected a file, e.g. `coalition validate dataset.json`");
        };
        let text = read_dataset(path)?;
        match Dataset::from_json(&text).and_then(|d| validate(&d).map(|_| d)) {
            Ok(d) => {
                writeln!(
                    out,
                    "{path}: valid ({} actors, {} pledges, {} statements, {} events)",
                    d.actors.len(),
                    d.pledges.len(),
                    d.statements.len(),
                    d.events.len()
                )?;
                Ok(())
            }
            Err(errs) => {
                let found = errs.len();
                for e in &coalition_map::dataset::summarise(errs, 100) {
                    eprintln!("{path}: {e}");
                }
                Err(Failure(format!("{path}: {found} problem(s) found"), 1))
            }
        }
    }

    /// Reads a dataset file, at most the size limit plus one byte (`validate /dev/zero` must not
    /// fill the memory before the limit is checked), as UTF-8 text. A byte-order mark is skipped;
    /// invalid UTF-8 is refused with its byte offset — the page's loader says the same.
    fn read_dataset(path: &str) -> Result<String, Failure> {
        let file = std::fs::File::open(path).map_err(|e| Failure(format!("{path}: {e}"), 2))?;
        let limit = MAX_DATASET_BYTES as u64;
        let mut bytes = Vec::new();
        file.take(limit + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| Failure(format!("{path}: {e}"), 2))?;
        if bytes.len() as u64 > limit {
            return Err(Failure(
                format!("{path}: the dataset is over {MAX_DATASET_BYTES} bytes, the limit"),
                1,
            ));
        }
        coalition_map::dataset::decode_text(&bytes).map_err(|e| Failure(format!("{path}: {e}"), 1))
    }

    fn cmd_schema(a: &Args, out: &mut dyn Write) -> Result<(), Failure> {
        a.only(&[], 1)?;
        print_json(out, &schemars::schema_for!(Dataset))
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
            ..ViewPatch::default()
        };
        let mut view = ViewState::default();
        view.apply(&patch, ix)
            .map_err(|n| Failure(n.refusal(), 2))?;
        Ok(view)
    }

    /// The page's baked first paint (see `coalition_map::bake`): the default view's map at the
    /// canvas's size as a compact SVG, its statuses as an HTML table, and a 1200 × 630 PNG for link
    /// previews (`og:image`). scripts/pages.mjs writes them into the served HTML.
    fn cmd_bake(a: &Args) -> Result<(), Failure> {
        a.only(&["out", "width", "height"], 1)?;
        let Some(dir) = a.flag("out") else {
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
        write("map.svg", coalition_map::bake::compact_svg(&svg))?;
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
    fn cmd_view(a: &Args, out: &mut dyn Write) -> Result<(), Failure> {
        a.only(&[], 2)?;
        let raw = a.positional.get(1).map_or("", String::as_str);
        // A whole link or its query: what follows the first `?`.
        let query = raw.split_once('?').map_or(raw, |(_, q)| q);
        let ix = load_for(a)?;
        let shapes = Shapes::embedded().map_err(|e| Failure(e, 1))?;
        let (view, notices) = coalition_map::view::ViewState::from_query(query, &ix);
        for n in &notices {
            eprintln!("note: {n}");
        }
        let counts = coalition_map::frame::status_counts(&ix, &shapes, view.date);
        let cx = coalition_map::frame::Context {
            shapes: &shapes,
            counts: &counts,
            timeline_items: ix.data.events.len() + ix.data.pledges.len(),
        };
        let f = coalition_map::frame::frame(&ix, &view, None, &cx);
        if a.json {
            return print_json(out, &f);
        }
        writeln!(out, "Date: {}", f.date_label)?;
        writeln!(out, "{}", f.legend.title)?;
        for e in &f.legend.entries {
            let filter = if e.pressed {
                "  (shown by the filter)"
            } else {
                ""
            };
            writeln!(out, "  {:<36} {}{filter}", e.label, e.count)?;
        }
        if let Some(s) = &f.selection {
            writeln!(out, "Selected: {} — {}", s.name, s.status)?;
        }
        writeln!(out, "Map: {}", f.map_alt)?;
        writeln!(out, "Timeline: {}", f.timeline_alt)?;
        Ok(())
    }

    fn cmd_render(a: &Args) -> Result<(), Failure> {
        a.only(
            &[
                "out", "date", "country", "framing", "width", "height", "theme", "compare", "by",
                "from", "to", "view",
            ],
            2,
        )?;
        let theme = match a.flag("theme") {
            None => Theme::LIGHT,
            Some(t) => Theme::parse(t)
                .ok_or_else(|| Failure(format!("--theme: expected light or dark, got {t:?}"), 2))?,
        };
        let what = a.positional.get(1).map(String::as_str);
        let Some(path) = a.flag("out") else {
            return fail("render: --out FILE.svg is required");
        };
        let png = path.ends_with(".png");
        if !png && !path.ends_with(".svg") {
            return fail(format!(
                "render: {path}: expected a file name ending in .svg or .png"
            ));
        }
        let size = |name: &str, default: u32| pixels(a, name, default);
        let ix = load()?;
        let view = render_view(a, &ix)?;
        let err = |e: draw::DrawError| Failure(e.to_string(), 1);
        let write_svg =
            |svg: String| std::fs::write(path, svg).map_err(|e| Failure(format!("{path}: {e}"), 1));
        match what {
            Some("map") => {
                let (w, h) = (size("width", 1200)?, size("height", 760)?);
                let shapes = Shapes::embedded().map_err(|e| Failure(e, 1))?;
                if let Some(c) = view.country.as_deref() {
                    if scene::shape_of(&shapes, c).is_none() {
                        // An organisation (the UN) or a country the map lacks: say so rather than
                        // draw no selection without a word.
                        eprintln!("note: {c} has no shape on the map; nothing is outlined");
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
                    draw::to_png(Path::new(path), w, h, |area| {
                        timeline::draw_timeline(area, &ix, &tv, 1.0).map(|_| ())
                    })
                    .map_err(err)?;
                } else {
                    write_svg(scene::timeline_svg(&ix, &view, theme, w, Some(h)).map_err(err)?)?;
                }
            }
            _ => return fail("render: expected `map` or `timeline`"),
        }
        eprintln!("wrote {path}");
        Ok(())
    }

    fn run(out: &mut dyn Write) -> Result<(), Failure> {
        let a = Args::parse(std::env::args().skip(1))?;
        match a.positional.first().map(String::as_str) {
            Some("countries") => cmd_countries(&a, out),
            Some("country") => cmd_country(&a, out),
            Some("conferences") => cmd_conferences(&a, out),
            Some("timeline") => cmd_timeline(&a, out),
            Some("state") => cmd_state(&a, out),
            Some("view") => cmd_view(&a, out),
            Some("export") => cmd_export(&a, out),
            Some("validate") => cmd_validate(&a, out),
            Some("render") => cmd_render(&a),
            Some("bake") => cmd_bake(&a),
            Some("schema") => cmd_schema(&a, out),
            Some("version") => {
                a.only(&[], 1)?;
                writeln!(out, "coalition {}", env!("CARGO_PKG_VERSION"))?;
                Ok(())
            }
            Some("help") | None => {
                a.only(&[], 1)?;
                write!(out, "{USAGE}")?;
                Ok(())
            }
            Some(other) => fail(format!(
                "unknown command {other:?} (see `coalition --help`)"
            )),
        }
    }

    pub fn main() -> ExitCode {
        // One locked, buffered stdout for the whole command: `println!` panics when the reader
        // closes the pipe; a write through this returns the error, which `Failure` turns into a
        // quiet stop (closed pipe) or one line (full disk).
        let mut out = BufWriter::new(io::stdout().lock());
        let result = run(&mut out).and_then(|()| out.flush().map_err(Failure::from));
        match result {
            Ok(()) | Err(Failure(_, 0)) => ExitCode::SUCCESS,
            Err(Failure(msg, code)) => {
                // Whatever was buffered goes out before the error; if that fails too, the error
                // line still says what went wrong.
                let _ = out.flush();
                eprintln!("coalition: {msg}");
                ExitCode::from(code)
            }
        }
    }
}

fn main() -> std::process::ExitCode {
    cli::main()
}

//! `coalition`: the dataset from the command line — query it as JSON or text, validate a dataset
//! file, render the map or timeline to SVG. A thin shell over the library; errors are one line.

// The CLI is native-only (PNG output, the JSON Schema); on wasm32 — where `wasm-pack test` builds the
// package's binaries alongside its tests — it compiles to a stub.
#[cfg(not(target_arch = "wasm32"))]
mod cli {

    use std::path::Path;
    use std::process::ExitCode;

    use coalition_map::dataset::{validate, Index};
    use coalition_map::date::Date;
    use coalition_map::draw::palette::Theme;
    use coalition_map::draw::{self, map, timeline};
    use coalition_map::geo::{Framing, ProjectedMap, Shapes, Viewport};
    use coalition_map::model::{Dataset, EventKind};
    use coalition_map::query::{self, Status};
    use serde::Serialize;

    const USAGE: &str = "\
coalition — the September 2014 coalition against ISIL, from the embedded dataset

USAGE:
  coalition countries [--date YYYY-MM-DD] [--json]     actors and their status on a date
  coalition country <CODE|NAME> [--date D] [--json]    one actor's full record
  coalition conferences [--json]                       conferences and their participants
  coalition timeline [--kind K] [--actor A] [--json]   events in date order
  coalition state [--date D] [--json]                  the coalition as of a date
  coalition export --json                              the whole dataset
  coalition validate FILE                              check a dataset file (exit 1 on errors)
  coalition schema                                     the dataset's JSON Schema (what validate checks first)
  coalition render map|timeline --out FILE.svg|FILE.png [--date D] [--country C] [--framing region|world]
                   [--width W] [--height H] [--theme light|dark]
";

    /// A user-facing failure: printed as one line, exit code 2 (usage) or 1 (invalid data).
    struct Failure(String, u8);

    fn fail<T>(msg: impl Into<String>) -> Result<T, Failure> {
        Err(Failure(msg.into(), 2))
    }

    /// Parsed flags: `--name value` pairs, `--json`, and positional words.
    struct Args {
        positional: Vec<String>,
        flags: Vec<(String, String)>,
        json: bool,
    }

    impl Args {
        fn parse(raw: impl Iterator<Item = String>) -> Result<Args, Failure> {
            let mut a = Args {
                positional: Vec::new(),
                flags: Vec::new(),
                json: false,
            };
            let mut it = raw.peekable();
            while let Some(w) = it.next() {
                if w == "--json" {
                    a.json = true;
                } else if w == "-h" || w == "--help" {
                    a.positional.insert(0, "help".into());
                } else if let Some(name) = w.strip_prefix("--") {
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

        /// Refuses flags the command does not know, so a typo is not silently ignored.
        fn only(&self, allowed: &[&str]) -> Result<(), Failure> {
            for (n, _) in &self.flags {
                if !allowed.contains(&n.as_str()) {
                    return fail(format!("unknown option --{n} (see `coalition --help`)"));
                }
            }
            Ok(())
        }
    }

    fn print_json<T: Serialize>(v: &T) -> Result<(), Failure> {
        let s = serde_json::to_string_pretty(v).map_err(|e| Failure(e.to_string(), 1))?;
        println!("{s}");
        Ok(())
    }

    fn load() -> Result<Index, Failure> {
        Index::embedded()
            .map_err(|errs| Failure(format!("the embedded dataset is invalid: {}", errs[0]), 1))
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

    fn cmd_countries(a: &Args) -> Result<(), Failure> {
        a.only(&["date"])?;
        let ix = load()?;
        let list = query::actors(&ix, a.date()?);
        if a.json {
            return print_json(&list);
        }
        for x in list {
            println!("{:<12} {:<28} {}", x.id, x.name, status_text(x.status));
        }
        Ok(())
    }

    fn cmd_country(a: &Args) -> Result<(), Failure> {
        a.only(&["date"])?;
        let Some(name) = a.positional.get(1) else {
            return fail("country: expected a code or name, e.g. `coalition country FRA`");
        };
        let ix = load()?;
        let actor = find(&ix, name)?;
        let rec = query::actor_record(&ix, &actor.id, a.date()?)
            .ok_or_else(|| Failure(format!("no record for {}", actor.id), 1))?;
        if a.json {
            return print_json(&rec);
        }
        println!(
            "{} ({}) — {}",
            rec.actor.name,
            rec.actor.id,
            status_text(rec.status)
        );
        for p in &rec.participations {
            println!(
                "  {} {}: {:?}  [{}]",
                p.date.date,
                p.conference_name,
                p.role,
                p.sources.join(", ")
            );
        }
        for p in &rec.pledges {
            println!(
                "  pledge ({}): {}  [{}]",
                p.kind.label(),
                p.summary,
                p.sources.join(", ")
            );
        }
        for s in &rec.statements {
            println!("  said ({}): {}", s.topic, s.summary);
            for q in &s.quotes {
                let src: Vec<&str> = q.cited().map(String::as_str).collect();
                println!("    “{}”  [{}]", q.quote, src.join(", "));
            }
        }
        for d in &rec.disputes {
            println!("  disputed: {}", d.question);
            for c in &d.claims {
                println!("    {} — “{}”  [{}]", c.value, c.text, c.sources.join(", "));
            }
        }
        Ok(())
    }

    fn cmd_conferences(a: &Args) -> Result<(), Failure> {
        a.only(&[])?;
        let ix = load()?;
        let list = query::conferences(&ix);
        if a.json {
            return print_json(&list);
        }
        for v in list {
            let c = v.conference;
            println!(
                "{} — {}, {} ({} participants)",
                c.date.date,
                c.name,
                c.city,
                v.participants.len()
            );
            for p in &v.participants {
                println!("  {:<12} {:<28} {:?}", p.actor, p.name, p.roles);
            }
            for d in v.date_dispute.iter().chain(v.count_dispute.iter()) {
                println!("  disputed: {}", d.question);
                for claim in &d.claims {
                    println!(
                        "    {} — “{}”  [{}]",
                        claim.value,
                        claim.text,
                        claim.sources.join(", ")
                    );
                }
            }
        }
        Ok(())
    }

    fn cmd_timeline(a: &Args) -> Result<(), Failure> {
        a.only(&["kind", "actor"])?;
        let ix = load()?;
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
            return print_json(&list);
        }
        for e in list {
            let approx = if e.date.approximate.is_some() {
                "~"
            } else {
                " "
            };
            println!(
                "{approx}{}  {:<11} {}",
                e.date.date,
                e.kind.label(),
                e.title
            );
        }
        Ok(())
    }

    fn cmd_state(a: &Args) -> Result<(), Failure> {
        a.only(&["date"])?;
        let ix = load()?;
        let st = query::coalition_state(&ix, a.date()?);
        if a.json {
            return print_json(&st);
        }
        for (s, n) in &st.counts {
            println!("{:<28} {n}", s.label());
        }
        Ok(())
    }

    fn cmd_export(a: &Args) -> Result<(), Failure> {
        a.only(&[])?;
        if !a.json {
            return fail("export: only JSON export exists; run `coalition export --json`");
        }
        print_json(&load()?.data)
    }

    fn cmd_validate(a: &Args) -> Result<(), Failure> {
        a.only(&[])?;
        let Some(path) = a.positional.get(1) else {
            return fail("validate: expected a file, e.g. `coalition validate dataset.json`");
        };
        let text = std::fs::read_to_string(path).map_err(|e| Failure(format!("{path}: {e}"), 2))?;
        match Dataset::from_json(&text).and_then(|d| validate(&d).map(|_| d)) {
            Ok(d) => {
                println!(
                    "{path}: valid ({} actors, {} pledges, {} statements, {} events)",
                    d.actors.len(),
                    d.pledges.len(),
                    d.statements.len(),
                    d.events.len()
                );
                Ok(())
            }
            Err(errs) => {
                for e in &errs {
                    eprintln!("{path}: {e}");
                }
                Err(Failure(
                    format!("{path}: {} problem(s) found", errs.len()),
                    1,
                ))
            }
        }
    }

    fn cmd_schema(a: &Args) -> Result<(), Failure> {
        a.only(&[])?;
        print_json(&schemars::schema_for!(Dataset))
    }

    fn cmd_render(a: &Args) -> Result<(), Failure> {
        a.only(&[
            "out", "date", "country", "framing", "width", "height", "theme",
        ])?;
        let theme = match a.flag("theme") {
            None => Theme::LIGHT,
            Some(t) => Theme::parse(t)
                .ok_or_else(|| Failure(format!("--theme: expected light or dark, got {t:?}"), 2))?,
        };
        let what = a.positional.get(1).map(String::as_str);
        let Some(out) = a.flag("out") else {
            return fail("render: --out FILE.svg is required");
        };
        let png = out.ends_with(".png");
        if !png && !out.ends_with(".svg") {
            return fail(format!(
                "render: {out}: expected a file name ending in .svg or .png"
            ));
        }
        let size = |name: &str, default: u32| -> Result<u32, Failure> {
            a.flag(name)
                .map_or(Ok(default), |v| match v.parse::<u32>() {
                    Ok(n) if (100..=8000).contains(&n) => Ok(n),
                    _ => fail(format!(
                        "--{name}: expected a whole number of pixels 100..=8000, got {v:?}"
                    )),
                })
        };
        let ix = load()?;
        let date = a.date()?;
        let country = a
            .flag("country")
            .map(|c| find(&ix, c).map(|x| x.id.clone()))
            .transpose()?;
        let err = |e: draw::DrawError| Failure(e.to_string(), 1);
        let write_svg =
            |svg: String| std::fs::write(out, svg).map_err(|e| Failure(format!("{out}: {e}"), 1));
        match what {
            Some("map") => {
                let (w, h) = (size("width", 1200)?, size("height", 760)?);
                let framing = match a.flag("framing") {
                    None => Framing::Region,
                    Some(f) => Framing::parse(f).ok_or_else(|| {
                        Failure(format!("--framing: expected region or world, got {f:?}"), 2)
                    })?,
                };
                let shapes = Shapes::embedded().map_err(|e| Failure(e, 1))?;
                let pm = ProjectedMap::new(
                    &shapes,
                    Viewport::new(f64::from(w), f64::from(h), framing),
                    |id| query::primary_status(&ix, id, None).is_some(),
                );
                let selected = country.as_deref().and_then(|c| {
                    shapes
                        .countries
                        .iter()
                        .position(|s| s.id.as_deref() == Some(c))
                });
                let title = match date {
                    Some(d) => format!("Status on {d}"),
                    None => "Status by the end of September 2014".to_string(),
                };
                let view = map::MapView {
                    fills: map::fills(&ix, &shapes, date),
                    selected,
                    hovered: None,
                    highlighted: Vec::new(),
                    legend_title: Some(&title),
                    theme,
                    ..Default::default()
                };
                // Narrow maps carry their legend in a strip underneath.
                let total = h + map::legend_strip_height(f64::from(w), framing).ceil() as u32;
                if png {
                    draw::to_png(Path::new(out), w, total, |area| {
                        map::draw_map(area, &pm, &view, 1.0)
                    })
                    .map_err(err)?;
                } else {
                    write_svg(
                        draw::to_svg(w, total, |area| map::draw_map(area, &pm, &view, 1.0))
                            .map_err(err)?,
                    )?;
                }
            }
            Some("timeline") => {
                let w = size("width", 1200)?;
                let h = size(
                    "height",
                    timeline::natural_height(&ix, f64::from(w)).ceil() as u32,
                )?;
                let view = timeline::TimelineView {
                    date,
                    actor: country.as_deref(),
                    selected: None,
                    theme,
                };
                if png {
                    draw::to_png(Path::new(out), w, h, |area| {
                        timeline::draw_timeline(area, &ix, &view, 1.0).map(|_| ())
                    })
                    .map_err(err)?;
                } else {
                    write_svg(
                        draw::to_svg(w, h, |area| {
                            timeline::draw_timeline(area, &ix, &view, 1.0).map(|_| ())
                        })
                        .map_err(err)?,
                    )?;
                }
            }
            _ => return fail("render: expected `map` or `timeline`"),
        }
        eprintln!("wrote {out}");
        Ok(())
    }

    fn run() -> Result<(), Failure> {
        let a = Args::parse(std::env::args().skip(1))?;
        match a.positional.first().map(String::as_str) {
            Some("countries") => cmd_countries(&a),
            Some("country") => cmd_country(&a),
            Some("conferences") => cmd_conferences(&a),
            Some("timeline") => cmd_timeline(&a),
            Some("state") => cmd_state(&a),
            Some("export") => cmd_export(&a),
            Some("validate") => cmd_validate(&a),
            Some("render") => cmd_render(&a),
            Some("schema") => cmd_schema(&a),
            Some("help") | None => {
                print!("{USAGE}");
                Ok(())
            }
            Some(other) => fail(format!(
                "unknown command {other:?} (see `coalition --help`)"
            )),
        }
    }

    pub fn main() -> ExitCode {
        match run() {
            Ok(()) => ExitCode::SUCCESS,
            Err(Failure(msg, code)) => {
                eprintln!("coalition: {msg}");
                ExitCode::from(code)
            }
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}

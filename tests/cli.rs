//! The `coalition` command as a user meets it: JSON out, one-line errors with exit codes, validation
//! of broken datasets with precise messages, and SVG rendering of both views.

#![cfg(not(target_arch = "wasm32"))]

use std::process::{Command, Output};

/// The dataset's sections, as `export --json` prints them and the schema names them.
const SECTIONS: [&str; 9] = [
    "sources",
    "actors",
    "conferences",
    "participations",
    "pledges",
    "statements",
    "events",
    "figures",
    "disputes",
];

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_coalition"))
        .args(args)
        .output()
        .expect("run coalition")
}

fn json(args: &[&str]) -> serde_json::Value {
    let out = run(args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{args:?}: not JSON: {e}"))
}

fn tmp(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("coalition-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

#[test]
fn countries_json_lists_actors_with_status() {
    let v = json(&["countries", "--json"]);
    let list = v.as_array().unwrap();
    let fra = list.iter().find(|a| a["id"] == "FRA").expect("FRA");
    assert_eq!(fra["name"], "France");
    assert!(fra["status"].is_string());
    let before = json(&["countries", "--date", "2014-09-01", "--json"]);
    let deu = before
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == "DEU")
        .unwrap();
    assert!(deu["status"].is_null(), "Germany had no role before Paris");
}

#[test]
fn every_paris_state_shows_its_participation_with_the_communique() {
    for code in [
        "DEU", "ITA", "JPN", "CAN", "BEL", "CZE", "DNK", "NLD", "NOR", "ESP", "CHN", "RUS",
    ] {
        let v = json(&["country", code, "--json"]);
        let parts = v["participations"].as_array().unwrap();
        let paris = parts
            .iter()
            .find(|p| p["conference"] == "paris")
            .unwrap_or_else(|| panic!("{code}: no Paris participation"));
        assert!(
            paris["sources"]
                .as_array()
                .unwrap()
                .iter()
                .any(|s| s == "paris-communique"),
            "{code}: Paris participation does not cite the communiqué"
        );
    }
}

#[test]
fn country_accepts_names_and_aliases() {
    assert_eq!(json(&["country", "UAE", "--json"])["actor"]["id"], "ARE");
    assert_eq!(
        json(&["country", "united kingdom", "--json"])["actor"]["id"],
        "GBR"
    );
    let text = run(&["country", "Iran"]);
    assert!(String::from_utf8_lossy(&text.stdout).contains("Iran (IRN)"));
}

#[test]
fn bad_input_gets_a_one_line_error_and_non_zero_exit() {
    for (args, needle) in [
        (
            vec!["country", "Atlantis"],
            "unknown country or actor \"Atlantis\"",
        ),
        (
            vec!["countries", "--date", "15/09/2014"],
            "expected a date as YYYY-MM-DD",
        ),
        (vec!["countries", "--date", "2014-02-30"], "day 30"),
        (vec!["frobnicate"], "unknown command"),
        (
            vec!["countries", "--colour", "red"],
            "unknown option --colour",
        ),
        (vec!["timeline", "--kind", "party"], "unknown kind"),
    ] {
        let out = run(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.contains(needle), "{args:?}: {err}");
        assert!(!err.contains("panicked"));
    }
}

#[test]
fn timeline_and_export() {
    let t = json(&["timeline", "--json"]);
    assert!(t.as_array().unwrap().len() >= 10);
    let iran = json(&["timeline", "--actor", "Iran", "--json"]);
    assert!(!iran.as_array().unwrap().is_empty());
    let all = json(&["export", "--json"]);
    for section in SECTIONS {
        assert!(all[section].is_array(), "export lacks {section}");
    }
}

#[test]
fn validate_accepts_the_export_and_rejects_broken_copies_precisely() {
    let good = run(&["export", "--json"]).stdout;
    let path = tmp("good.json");
    std::fs::write(&path, &good).unwrap();
    let ok = run(&["validate", path.to_str().unwrap()]);
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );

    let mut v: serde_json::Value = serde_json::from_slice(&good).unwrap();
    v["pledges"][0]["actor"] = "ZZZ".into();
    v["events"][1]["date"]["date"] = "1999-01-01".into();
    v["statements"][0]["quotes"][0]["source"] = "paris-communique".into();
    let bad = tmp("bad.json");
    std::fs::write(&bad, serde_json::to_vec(&v).unwrap()).unwrap();
    let out = run(&["validate", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("pledges[0].actor: unknown actor \"ZZZ\""),
        "{err}"
    );
    assert!(
        err.contains("events[1].date.date: date 1999-01-01 is outside"),
        "{err}"
    );
    assert!(
        err.contains("statements[0].quotes[0].source") && err.contains("not quotable"),
        "{err}"
    );

    v["actors"][0]["kind"] = 7.into();
    std::fs::write(&bad, serde_json::to_vec(&v).unwrap()).unwrap();
    let err =
        String::from_utf8_lossy(&run(&["validate", bad.to_str().unwrap()]).stderr).to_string();
    assert!(err.contains("actors[0].kind"), "{err}");
}

#[test]
fn render_writes_svg_of_the_map_and_the_timeline() {
    let map = tmp("map.svg");
    let out = run(&[
        "render",
        "map",
        "--out",
        map.to_str().unwrap(),
        "--date",
        "2014-09-15",
        "--country",
        "FRA",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let svg = std::fs::read_to_string(&map).unwrap();
    assert!(svg.starts_with("<svg") && svg.contains("Attended Paris"));
    // The region framing draws only the countries in frame; the world framing draws them all.
    assert!(svg.matches("<polygon").count() > 100);
    let world = tmp("world.svg");
    let out = run(&[
        "render",
        "map",
        "--framing",
        "world",
        "--out",
        world.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let svg = std::fs::read_to_string(&world).unwrap();
    assert!(svg.matches("<polygon").count() > 200);

    let tl = tmp("timeline.svg");
    let out = run(&["render", "timeline", "--out", tl.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let svg = std::fs::read_to_string(&tl).unwrap();
    assert!(
        svg.contains("Conference") && svg.contains("15 Sep"),
        "timeline lacks its lanes or axis"
    );
    assert!(svg.matches("<circle").count() >= 10);

    let out = run(&["render", "map", "--out", "x.pdf"]);
    assert_eq!(out.status.code(), Some(2));
}

/// Width and height from a PNG's IHDR chunk, after checking the signature.
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "not a PNG");
    assert_eq!(&bytes[12..16], b"IHDR");
    let be = |i: usize| u32::from_be_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]);
    (be(16), be(20))
}

#[test]
fn render_writes_png_of_the_map_and_the_timeline() {
    let map = tmp("map.png");
    let out = run(&[
        "render",
        "map",
        "--out",
        map.to_str().unwrap(),
        "--width",
        "800",
        "--height",
        "500",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bytes = std::fs::read(&map).unwrap();
    assert_eq!(png_size(&bytes), (800, 500));
    // Not a blank image: a map of this size compresses to well over a few kilobytes.
    assert!(bytes.len() > 20_000, "{} bytes", bytes.len());

    let tl = tmp("timeline.png");
    let out = run(&[
        "render",
        "timeline",
        "--out",
        tl.to_str().unwrap(),
        "--width",
        "900",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (w, h) = png_size(&std::fs::read(&tl).unwrap());
    assert_eq!(w, 900);
    assert!(h > 200, "timeline height {h}");
}

#[test]
fn schema_describes_the_dataset_for_other_tools() {
    let schema = json(&["schema"]);
    assert_eq!(schema["title"], "Dataset");
    for section in SECTIONS {
        assert!(
            schema["properties"][section].is_object(),
            "schema lacks {section}"
        );
    }
    // Unknown fields are refused, as the validator refuses them.
    assert_eq!(schema["additionalProperties"], false);
    let defs = &schema["definitions"];
    assert_eq!(defs["Date"]["pattern"], "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
    let kinds = defs["PledgeKind"].to_string();
    assert!(
        kinds.contains("air_strikes") && kinds.contains("border_control"),
        "{kinds}"
    );
    // The published copy in data/ is the command's output (refresh: coalition schema > data/schema.json).
    let published: serde_json::Value =
        serde_json::from_str(include_str!("../data/schema.json")).unwrap();
    assert_eq!(
        published, schema,
        "data/schema.json is stale: run `cargo run -q -- schema > data/schema.json`"
    );
}

/// Runs `coalition ARGS | head -c 10` through a shell: the reader closes the pipe early.
fn closed_pipe(args: &str) -> Output {
    let bin = env!("CARGO_BIN_EXE_coalition");
    Command::new("bash")
        .arg("-c")
        .arg(format!(
            "'{bin}' {args} | head -c 10 >/dev/null; exit ${{PIPESTATUS[0]}}"
        ))
        .output()
        .expect("run bash")
}

#[test]
fn a_closed_pipe_stops_quietly_with_success() {
    for args in [
        "export --json",
        "countries",
        "countries --json",
        "conferences",
        "country FRA",
        "schema",
    ] {
        let out = closed_pipe(args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{args}: {err}");
        assert!(!err.contains("panicked"), "{args}: {err}");
        assert!(
            err.is_empty(),
            "{args}: nothing to say on stderr, got {err}"
        );
    }
}

#[test]
fn a_full_disk_is_one_line_and_exit_1() {
    if !std::path::Path::new("/dev/full").exists() {
        return; // not Linux
    }
    let out = Command::new(env!("CARGO_BIN_EXE_coalition"))
        .args(["export", "--json"])
        .stdout(std::fs::File::create("/dev/full").expect("open /dev/full"))
        .output()
        .expect("run coalition");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("could not write the output"), "{err}");
}

#[test]
fn validate_reads_no_more_than_the_limit() {
    if !std::path::Path::new("/dev/zero").exists() {
        return;
    }
    // An endless input: refused after limit + 1 bytes, not read until memory runs out.
    let started = std::time::Instant::now();
    let out = run(&["validate", "/dev/zero"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("over 5242880 bytes"), "{err}");
    // Not a timing assertion on performance: a run that reads /dev/zero to the end never returns.
    assert!(started.elapsed().as_secs() < 60);
}

#[test]
fn byte_order_mark_is_skipped_and_invalid_utf8_is_named() {
    let export = run(&["export", "--json"]).stdout;
    let bom = tmp("bom.json");
    std::fs::write(&bom, [b"\xef\xbb\xbf".as_slice(), &export].concat()).unwrap();
    let out = run(&["validate", bom.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bad = tmp("bad-utf8.json");
    std::fs::write(&bad, b"{\"sources\": \"\xff\"}").unwrap();
    let out = run(&["validate", bad.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        err.contains("not valid UTF-8 text (first bad byte at offset 13)"),
        "{err}"
    );
}

#[test]
fn arguments_are_checked_whole() {
    for (args, needle) in [
        (
            vec!["countries", "--colour", "red"],
            "countries: unknown option --colour (valid: --date)",
        ),
        (
            vec!["render", "map", "--bogus"],
            "valid: --out, --date, --country",
        ),
        (vec!["countries", "extra"], "unexpected argument \"extra\""),
        (
            vec!["countries", "--date", "2014-09-01", "--date", "2014-09-02"],
            "--date is given twice",
        ),
        (vec!["countries", "--date"], "--date needs a value"),
        (vec!["--colour"], "unknown option --colour"),
    ] {
        let out = run(&args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.contains(needle), "{args:?}: {err}");
    }
    let v = run(&["--version"]);
    assert!(v.status.success());
    assert_eq!(
        String::from_utf8_lossy(&v.stdout).trim(),
        format!("coalition {}", env!("CARGO_PKG_VERSION"))
    );
}

/// `bake` writes the page's first paint: the default view's map as a compact SVG (one path per
/// country, fill and outline together) that draws every country the full render draws, its
/// statuses as an HTML table, and a PNG for link previews.
#[test]
fn bake_writes_the_first_paint_map_table_and_preview() {
    let dir = tmp("bake");
    let out = run(&[
        "bake",
        "--out",
        dir.to_str().unwrap(),
        "--width",
        "838",
        "--height",
        "553",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let svg = std::fs::read_to_string(dir.join("map.svg")).unwrap();
    assert!(svg.starts_with("<svg width=\"838\" height=\"553\""));
    assert!(!svg.contains("<polygon"), "every polygon became a path");
    let full = tmp("bake-full.svg");
    let r = run(&[
        "render",
        "map",
        "--out",
        full.to_str().unwrap(),
        "--width",
        "838",
        "--height",
        "553",
    ]);
    assert!(r.status.success());
    let full = std::fs::read_to_string(full).unwrap();
    let fills = |s: &str, tag: &str| {
        s.split(tag)
            .skip(1)
            .filter_map(|e| e.split("fill=\"").nth(1)?.split('"').next())
            .filter(|f| *f != "none")
            .count()
    };
    assert_eq!(
        fills(&svg, "<path "),
        fills(&full, "<polygon "),
        "one filled path per filled polygon"
    );
    assert!(
        svg.len() * 2 < full.len(),
        "{} vs {} bytes",
        svg.len(),
        full.len()
    );
    let table = std::fs::read_to_string(dir.join("table.html")).unwrap();
    assert!(table
        .contains("<caption>Countries and organisations by the end of September 2014</caption>"));
    assert!(
        table.contains("<tr><th scope=\"row\">France</th><td>Pledged military support</td></tr>")
    );
    let png = std::fs::read(dir.join("og-image.png")).unwrap();
    assert_eq!(png.get(..8), Some(&b"\x89PNG\r\n\x1a\n"[..]));
    // The PNG's width and height (IHDR): a link preview's 1200 × 630.
    assert_eq!(png.get(16..24), Some(&[0, 0, 4, 176, 0, 0, 2, 118][..]));
}

/// Runs `coalition ARGS` with stderr (and optionally stdout) on the full device `/dev/full`.
fn with_full_stderr(args: &[&str], stdout_full: bool) -> Output {
    let full = || std::fs::File::create("/dev/full").expect("open /dev/full");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_coalition"));
    cmd.args(args).stderr(full());
    if stdout_full {
        cmd.stdout(full());
    }
    cmd.output().expect("run coalition")
}

#[test]
fn a_full_stderr_is_exit_1_never_an_abort() {
    if !std::path::Path::new("/dev/full").exists() {
        return; // not Linux
    }
    // `render` writes its file, then says so on stderr: that line failing is exit 1 (it was 134,
    // an abort from `eprintln!`), and the file is there.
    let svg = tmp("full-stderr.svg");
    let _ = std::fs::remove_file(&svg);
    let out = with_full_stderr(&["render", "map", "--out", svg.to_str().unwrap()], false);
    assert_eq!(out.status.code(), Some(1));
    assert!(svg.exists(), "the map was written before the note failed");
    // The problems of an invalid dataset go to stderr; the verdict stays exit 1.
    let export = run(&["export", "--json"]).stdout;
    let broken = tmp("full-stderr-broken.json");
    let text = String::from_utf8(export)
        .unwrap()
        .replacen("\"FRA\"", "\"FRX\"", 3);
    std::fs::write(&broken, text).unwrap();
    let out = with_full_stderr(&["validate", broken.to_str().unwrap()], false);
    assert_eq!(out.status.code(), Some(1));
    // A usage error whose line cannot be written keeps its exit code.
    assert_eq!(
        with_full_stderr(&["frobnicate"], false).status.code(),
        Some(2)
    );
    // Nothing to say on stderr: a full stderr changes nothing.
    let out = with_full_stderr(&["countries", "--json"], false);
    assert_eq!(out.status.code(), Some(0));
    assert!(!out.stdout.is_empty());
    // Both streams full: exit 1.
    let out = with_full_stderr(&["export", "--json"], true);
    assert_eq!(out.status.code(), Some(1));
}

/// Runs `coalition ARGS` with stdout and stderr on one pipe whose reader has gone (`2>&1 | true`:
/// the half-second head start lets `true` exit first, so the first write meets a closed pipe).
fn both_streams_closed(args: &str) -> Output {
    let bin = env!("CARGO_BIN_EXE_coalition");
    Command::new("bash")
        .arg("-c")
        .arg(format!(
            "{{ sleep 0.5; '{bin}' {args}; }} 2>&1 | true; exit ${{PIPESTATUS[0]}}"
        ))
        .output()
        .expect("run bash")
}

#[test]
fn a_closed_pipe_on_stderr_ends_the_list_not_the_verdict() {
    // Hundreds of problems, listed on stderr to a reader that has gone: the list stops, the
    // verdict (exit 1) stands — no abort (134), no panic message.
    let export = String::from_utf8(run(&["export", "--json"]).stdout).unwrap();
    let many = tmp("many-problems.json");
    std::fs::write(&many, export.replace("\"USA\"", "\"USX\"")).unwrap();
    let out = both_streams_closed(&format!("validate '{}'", many.display()));
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // `render`'s note on a closed stderr: the file is written, the stop is quiet.
    let svg = tmp("closed-stderr.svg");
    let out = both_streams_closed(&format!("render map --out '{}'", svg.display()));
    assert_eq!(out.status.code(), Some(0));
    assert!(svg.exists());
    let out = both_streams_closed("frobnicate");
    assert_eq!(out.status.code(), Some(2));
}

#[cfg(unix)]
#[test]
fn arguments_need_not_be_utf8_and_a_bad_one_is_named() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let run_os = |args: &[&OsStr]| {
        Command::new(env!("CARGO_BIN_EXE_coalition"))
            .args(args)
            .output()
            .expect("run coalition")
    };
    fn os(s: &str) -> &OsStr {
        OsStr::new(s)
    }
    // A file name in Latin-1 (`café.json`): a valid name on Linux, taken as it is.
    let dir = tmp("latin1");
    std::fs::create_dir_all(&dir).unwrap();
    let mut name = dir.as_os_str().as_bytes().to_vec();
    name.extend_from_slice(b"/caf\xe9.json");
    let file = OsStr::from_bytes(&name);
    let out = run_os(&[os("validate"), file]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("caf\\xE9.json: No such file"), "{err}");
    std::fs::write(file, run(&["export", "--json"]).stdout).unwrap();
    let out = run_os(&[os("validate"), file]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("caf\\xE9.json: valid"));
    // `render --out` to such a name writes it.
    let mut svg = dir.as_os_str().as_bytes().to_vec();
    svg.extend_from_slice(b"/carte-\xe9.svg");
    let svg = OsStr::from_bytes(&svg);
    let out = run_os(&[os("render"), os("map"), os("--out"), svg]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(std::path::Path::new(svg).exists());
    // Where text is needed, the bad argument is named.
    for (args, needle) in [
        (
            vec![os("country"), OsStr::from_bytes(b"Fran\xe7e")],
            "argument \"Fran\\xE7e\" is not UTF-8 text",
        ),
        (
            vec![
                os("countries"),
                os("--date"),
                OsStr::from_bytes(b"2014\xff"),
            ],
            "--date: the value \"2014\\xFF\" is not UTF-8 text",
        ),
        (
            vec![os("countries"), OsStr::from_bytes(b"--d\xe9te")],
            "unknown option --d\\xE9te",
        ),
        (vec![OsStr::from_bytes(b"\xff")], "argument \"\\xFF\""),
    ] {
        let out = run_os(&args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.contains(needle), "{args:?}: {err}");
    }
}

/// Whether `bytes` hold a character a terminal acts on: a control other than the newline (C0,
/// DEL, C1) or a bidirectional override or isolate.
fn has_terminal_control(bytes: &[u8]) -> bool {
    String::from_utf8_lossy(bytes).chars().any(|c| {
        (c.is_control() && c != '\n')
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    })
}

#[test]
fn escape_sequences_from_a_dataset_never_reach_the_terminal() {
    let export = run(&["export", "--json"]).stdout;
    let mut v: serde_json::Value = serde_json::from_slice(&export).unwrap();
    // A key that would erase the line and paint a green "valid" over the errors; values that
    // retitle the window, recolour through an 8-bit CSI, and reverse the text's direction.
    let key = "\u{1b}[2K\r\u{1b}[32mvalid\u{1b}[0m";
    let mut with_key = v.clone();
    with_key["events"][0][key] = 1.into();
    let file = tmp("escape-key.json");
    std::fs::write(&file, with_key.to_string()).unwrap();
    let out = run(&["validate", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!has_terminal_control(&out.stderr), "{:?}", out.stderr);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("unknown field `\\u{1b}[2K\\u{d}\\u{1b}[32mvalid"),
        "{err}"
    );

    v["actors"][0]["id"] = "\u{1b}]0;pwned\u{7}".into();
    v["pledges"][0]["actor"] = "x\u{9b}31m\u{202e}lin".into();
    v["pledges"][1]["sources"] = serde_json::json!(["\u{1b}[32m"]);
    let file = tmp("escape-values.json");
    std::fs::write(&file, v.to_string()).unwrap();
    let out = run(&["validate", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!has_terminal_control(&out.stderr), "{:?}", out.stderr);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("pwned\\u{7}"), "{err}");
    // The file's own name is printed too.
    let odd = tmp("\u{1b}[32mok.json");
    std::fs::write(&odd, export).unwrap();
    let out = run(&["validate", odd.to_str().unwrap()]);
    assert!(out.status.success());
    assert!(!has_terminal_control(&out.stdout), "{:?}", out.stdout);
    assert!(String::from_utf8_lossy(&out.stdout).contains("\\u{1b}[32mok.json: valid"));
}

#[test]
fn every_command_refuses_a_date_outside_the_story_as_render_does() {
    let render = run(&["render", "map", "--out", "x.svg", "--date", "2019-01-01"]);
    let said = String::from_utf8_lossy(&render.stderr);
    assert_eq!(render.status.code(), Some(2));
    assert!(said.contains("outside the story"), "{said}");
    for args in [
        vec!["countries", "--date", "2019-01-01"],
        vec!["country", "FRA", "--date", "2019-01-01"],
        vec!["state", "--date", "2019-01-01"],
    ] {
        let out = run(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert_eq!(String::from_utf8_lossy(&out.stderr), said, "{args:?}");
    }
    // Inside the story (and its two-month margin) a date is taken as before.
    assert!(run(&["state", "--date", "2014-08-01"]).status.success());
}

#[test]
fn stories_lists_ids_titles_and_steps() {
    let v = json(&["stories", "--json"]);
    let stories = v.as_array().unwrap();
    assert_eq!(stories[0]["id"], "jeddah-to-paris");
    assert_eq!(stories[0]["title"], "From Jeddah to Paris");
    assert_eq!(stories[0]["steps"][0]["id"], "address");
    assert!(stories[0]["steps"][0]["title"].is_string());
    assert_eq!(stories[1]["id"], "pledge-to-strike");
    let text = run(&["stories"]);
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(
        text.starts_with("jeddah-to-paris  From Jeddah to Paris (9 steps)\n"),
        "{text}"
    );
    assert!(text.contains("   5. paris "), "{text}");
}

#[test]
fn stories_speak_french_and_arabic() {
    let text = |args: &[&str]| {
        let out = run(args);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let ar = text(&["stories", "--lang", "ar"]);
    assert!(
        ar.starts_with("jeddah-to-paris  من جدة إلى باريس (9 خطوات)\n"),
        "{ar}"
    );
    assert!(ar.contains("   9. tehran             ردّ طهران\n"), "{ar}");
    assert!(
        ar.contains("pledge-to-strike  من التعهّد إلى الضربة"),
        "{ar}"
    );
    assert!(
        !ar.contains("Obama's strategy") && !ar.contains(" steps"),
        "{ar}"
    );
    // The ids stay as they are (a link's), the digits follow --numerals.
    let digits = text(&["stories", "--lang", "ar", "--numerals", "arab"]);
    assert!(digits.contains("   ٩. tehran "), "{digits}");
    let fr = text(&["stories", "--lang", "fr"]);
    assert!(
        fr.starts_with("jeddah-to-paris  De Djeddah à Paris (9 étapes)\n"),
        "{fr}"
    );
    assert!(
        fr.contains("  1. address            La stratégie d’Obama\n"),
        "{fr}"
    );
    // --json says the same titles.
    let v = json(&["stories", "--json", "--lang", "ar"]);
    assert_eq!(v[1]["steps"][0]["title"], "أولى الضربات في العراق");
    assert_eq!(v[1]["steps"][0]["id"], "first-strikes");
    // English stays the default.
    assert!(text(&["stories"]).starts_with("jeddah-to-paris  From Jeddah to Paris (9 steps)\n"));
    assert_eq!(run(&["stories", "--lang", "de"]).status.code(), Some(2));
}

#[test]
fn render_draws_a_story_step_and_names_unknown_ids() {
    let step = tmp("step.svg");
    let out = run(&[
        "render",
        "map",
        "--story",
        "jeddah-to-paris",
        "--step",
        "tehran",
        "--out",
        step.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let svg = std::fs::read_to_string(&step).unwrap();
    // The step's own view: on 15 September, with a selection outlined (Iran).
    assert!(svg.contains("Status on 15 Sept 2014"), "the step's date");
    assert!(
        svg.contains("stroke-width=\"3\""),
        "the step's selection is outlined"
    );
    let t = tmp("step-timeline.svg");
    let out = run(&[
        "render",
        "timeline",
        "--story",
        "pledge-to-strike",
        "--out",
        t.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for (args, says) in [
        (
            vec!["--story", "nope"],
            "--story: no story \"nope\"; the stories are: jeddah-to-paris, pledge-to-strike",
        ),
        (
            vec!["--story", "jeddah-to-paris", "--step", "brussels"],
            "--step: story \"jeddah-to-paris\" has no step \"brussels\"; its steps are: address,",
        ),
        (vec!["--step", "paris"], "--step needs --story"),
    ] {
        let mut all = vec!["render", "map", "--out", "x.svg"];
        all.extend(args);
        let out = run(&all);
        assert_eq!(out.status.code(), Some(2), "{all:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(says), "{all:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{err}");
    }
}

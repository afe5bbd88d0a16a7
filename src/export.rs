//! Data out: the dataset as CSV (a row per record, for spreadsheets) and as JSON (the same shape
//! `coalition validate` reads). Images come from `draw`.

use crate::dataset::Index;
use crate::model::{Quote, When};

/// The CSV header; each row is one participation, pledge, statement, event, figure, decision,
/// strike, listing, meeting or disputed claim.
pub const CSV_COLUMNS: [&str; 11] = [
    "section",
    "id",
    "actor",
    "actor_name",
    "kind",
    "date",
    "until",
    "approximate",
    "summary",
    "quotes",
    "sources",
];

/// What a spreadsheet may read as the start of a formula (OWASP's CSV injection list: `= + - @`,
/// tab and carriage return, plus the full-width forms some spreadsheets accept), also after
/// leading spaces.
const FORMULA_STARTS: [char; 11] = [
    '=', '+', '-', '@', '\t', '\r', '\n', '\u{FF1D}', '\u{FF0B}', '\u{FF0D}', '\u{FF20}',
];

/// One CSV field: quoted when it holds a comma, quote or line break; a value a spreadsheet could
/// run as a formula gets an apostrophe so it is shown as text instead.
fn field(v: &str) -> String {
    let v = if v.trim_start_matches(' ').starts_with(FORMULA_STARTS) {
        format!("'{v}")
    } else {
        v.to_string()
    };
    if v.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", v.replace('"', "\"\""))
    } else {
        v
    }
}

fn when_fields(w: Option<&When>) -> [String; 3] {
    match w {
        Some(w) => [
            w.date.to_string(),
            w.until.map(|d| d.to_string()).unwrap_or_default(),
            w.approximate.clone().unwrap_or_default(),
        ],
        None => Default::default(),
    }
}

fn quotes(qs: &[Quote]) -> String {
    qs.iter()
        .map(|q| format!("“{}”", q.quote))
        .collect::<Vec<_>>()
        .join(" | ")
}

/// The dataset as CSV, header first, `\r\n` line ends (RFC 4180).
pub fn csv(ix: &Index) -> String {
    let d = &ix.data;
    let name = |id: &str| ix.actor(id).map(|a| a.name.clone()).unwrap_or_default();
    let mut rows: Vec<[String; 11]> = Vec::new();
    for p in &d.participations {
        let conf = ix.conference(&p.conference);
        let [date, until, approx] = when_fields(conf.map(|c| &c.date));
        let role = serde_json::to_value(p.role)
            .ok()
            .and_then(|v| v.as_str().map(String::from))
            .unwrap_or_default();
        rows.push([
            "participation".into(),
            format!("{}:{}:{}", p.conference, p.actor, role),
            p.actor.clone(),
            name(&p.actor),
            role,
            date,
            until,
            approx,
            conf.map(|c| c.name.clone()).unwrap_or_default()
                + &p.note
                    .as_ref()
                    .map(|n| format!(" — {n}"))
                    .unwrap_or_default(),
            String::new(),
            p.sources.join(" "),
        ]);
    }
    for p in &d.pledges {
        let [date, until, approx] = when_fields(p.date.as_ref());
        rows.push([
            "pledge".into(),
            p.id.clone(),
            p.actor.clone(),
            name(&p.actor),
            p.kind.label().into(),
            date,
            until,
            approx,
            p.summary.clone(),
            quotes(&p.quotes),
            p.sources.join(" "),
        ]);
    }
    for s in &d.statements {
        let [date, until, approx] = when_fields(s.date.as_ref());
        rows.push([
            "statement".into(),
            s.id.clone(),
            s.actor.clone(),
            name(&s.actor),
            s.topic.clone(),
            date,
            until,
            approx,
            s.summary.clone(),
            quotes(&s.quotes),
            s.sources.join(" "),
        ]);
    }
    for e in &d.events {
        let [date, until, approx] = when_fields(Some(&e.date));
        rows.push([
            "event".into(),
            e.id.clone(),
            e.actors.join(" "),
            e.actors
                .iter()
                .map(|a| name(a))
                .collect::<Vec<_>>()
                .join("; "),
            e.kind.label().into(),
            date,
            until,
            approx,
            format!("{}: {}", e.title, e.summary),
            String::new(),
            e.sources.join(" "),
        ]);
    }
    for f in &d.figures {
        let [date, until, approx] = when_fields(f.as_of.as_ref());
        rows.push([
            "figure".into(),
            f.id.clone(),
            f.estimated_by.clone().unwrap_or_default(),
            String::new(),
            f.topic.clone(),
            date,
            until,
            approx,
            f.text.clone(),
            String::new(),
            f.sources.join(" "),
        ]);
    }
    // The story after Paris; a record's excerpts go in the quotes column.
    let excerpts = |xs: &[crate::model::Excerpt]| {
        xs.iter()
            .map(|x| format!("\u{201c}{}\u{201d} [{}]", x.text, x.source))
            .collect::<Vec<_>>()
            .join(" | ")
    };
    let mut after = |section: &str,
                     id: &str,
                     actors: &[&str],
                     kind: String,
                     w: &When,
                     summary: String,
                     xs: &[crate::model::Excerpt],
                     sources: &[String]| {
        let [date, until, approx] = when_fields(Some(w));
        rows.push([
            section.into(),
            id.into(),
            actors.join(" "),
            actors
                .iter()
                .map(|a| name(a))
                .collect::<Vec<_>>()
                .join("; "),
            kind,
            date,
            until,
            approx,
            summary,
            excerpts(xs),
            sources.join(" "),
        ]);
    };
    for x in &d.decisions {
        after(
            "decision",
            &x.id,
            &[&x.actor],
            x.body.label().into(),
            &x.date,
            x.summary.clone(),
            &x.excerpts,
            &x.sources,
        );
    }
    for x in &d.strikes {
        let kind = format!("{}, {}", x.kind.label(), x.theatre.label());
        after(
            "strike",
            &x.id,
            &[&x.actor],
            kind,
            &x.date,
            x.summary.clone(),
            &x.excerpts,
            &x.sources,
        );
    }
    for x in &d.listings {
        after(
            "listing",
            &x.id,
            &[&x.actor],
            format!("listed by {}", name(&x.by)),
            &x.date,
            x.summary.clone(),
            &x.excerpts,
            &x.sources,
        );
    }
    for x in &d.meetings {
        let hosts: Vec<&str> = x.hosts.iter().map(String::as_str).collect();
        after(
            "meeting",
            &x.id,
            &hosts,
            "hosts".into(),
            &x.date,
            format!("{}: {}", x.name, x.summary),
            &x.excerpts,
            &x.sources,
        );
    }
    for dsp in &d.disputes {
        for (i, c) in dsp.claims.iter().enumerate() {
            rows.push([
                "claim".into(),
                format!("{}:{i}", dsp.id),
                String::new(),
                String::new(),
                dsp.question.clone(),
                String::new(),
                String::new(),
                String::new(),
                format!("{} — {}", c.value, c.text),
                String::new(),
                c.sources.join(" "),
            ]);
        }
    }
    let mut out = CSV_COLUMNS.join(",");
    out.push_str("\r\n");
    for r in rows {
        out.push_str(&r.iter().map(|f| field(f)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

/// The whole dataset as pretty JSON.
pub fn json(ix: &Index) -> Result<String, String> {
    serde_json::to_string_pretty(&ix.data).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// How many rows [`csv`] writes (besides the header): one per record.
    fn csv_record_count(ix: &Index) -> usize {
        let d = &ix.data;
        d.participations.len()
            + d.pledges.len()
            + d.statements.len()
            + d.events.len()
            + d.figures.len()
            + d.decisions.len()
            + d.strikes.len()
            + d.listings.len()
            + d.meetings.len()
            + d.disputes.iter().map(|x| x.claims.len()).sum::<usize>()
    }

    #[test]
    fn fields_are_escaped_and_formulas_defused() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a, b"), "\"a, b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        for hostile in [
            "\t=1+1",
            "\r=1",
            "  =1",
            "\u{FF1D}1+1",
            "@SUM(1)",
            "-2+3",
            "+1",
        ] {
            assert!(
                field(hostile).trim_start_matches('"').starts_with('\''),
                "{hostile:?}"
            );
        }
        assert_eq!(field("line\nbreak"), "\"line\nbreak\"");
    }

    #[test]
    fn one_row_per_record() {
        let ix = Index::embedded().unwrap();
        let text = csv(&ix);
        // Count records, not lines: quoted fields may hold line breaks.
        let rows = text.split("\r\n").filter(|l| !l.is_empty()).count() - 1;
        assert_eq!(rows, csv_record_count(&ix));
        assert!(text.starts_with("section,id,actor"));
    }
}

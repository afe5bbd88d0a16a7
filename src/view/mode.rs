//! How the timeline is organised (a row per actor, or a lane per kind): part of the view, so the
//! URL and the patch name it without reaching into the drawing.

use std::fmt;
use std::str::FromStr;

/// How the timeline is organised.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum TimelineMode {
    /// A row per pledging actor, under a compact band of events (the first view).
    #[default]
    Actor,
    /// A lane per event kind and one for all pledges.
    Kind,
}

impl fmt::Display for TimelineMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TimelineMode::Actor => "actor",
            TimelineMode::Kind => "kind",
        })
    }
}

impl FromStr for TimelineMode {
    type Err = String;

    fn from_str(s: &str) -> Result<TimelineMode, String> {
        match s {
            "actor" => Ok(TimelineMode::Actor),
            "kind" => Ok(TimelineMode::Kind),
            _ => Err(format!(
                "expected a timeline view `actor` or `kind`, got {s:?}"
            )),
        }
    }
}

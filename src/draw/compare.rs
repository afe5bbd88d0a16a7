//! Two dates side by side: each country's change in status between them (joined, changed, dropped,
//! unchanged), which the map draws instead of the statuses, with a legend of its own.

use crate::dataset::Index;
use crate::date::Date;
use crate::geo::Shapes;
use crate::query::{self, Status};

/// How a country's status moved from the first date to the second.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Change {
    /// No role on the first date, a role on the second.
    Joined,
    /// A role on both dates, a different one (e.g. signed at Jeddah, then pledged military support).
    Changed,
    /// A role on the first date, none on the second (comparing back in time).
    Dropped,
    /// The same role on both dates.
    Unchanged,
}

impl Change {
    pub const ALL: [Change; 4] = [
        Change::Joined,
        Change::Changed,
        Change::Dropped,
        Change::Unchanged,
    ];

    /// The legend's words.
    pub fn label(self) -> &'static str {
        match self {
            Change::Joined => "Joined",
            Change::Changed => "Changed status",
            Change::Dropped => "Dropped out",
            Change::Unchanged => "Unchanged",
        }
    }

    /// Stable machine name.
    pub fn key(self) -> &'static str {
        match self {
            Change::Joined => "joined",
            Change::Changed => "changed",
            Change::Dropped => "dropped",
            Change::Unchanged => "unchanged",
        }
    }

    /// The change between two statuses; `None` when the country has a role on neither date.
    pub fn between(from: Option<Status>, to: Option<Status>) -> Option<Change> {
        match (from, to) {
            (None, None) => None,
            (None, Some(_)) => Some(Change::Joined),
            (Some(_), None) => Some(Change::Dropped),
            (Some(a), Some(b)) if a == b => Some(Change::Unchanged),
            (Some(_), Some(_)) => Some(Change::Changed),
        }
    }
}

/// Each shape's change from `from` to `to` (`None` for a date: the end of the story).
pub fn changes(
    ix: &Index,
    shapes: &Shapes,
    from: Option<Date>,
    to: Option<Date>,
) -> Vec<Option<Change>> {
    shapes
        .countries
        .iter()
        .map(|c| {
            let id = c.id.as_deref()?;
            Change::between(
                query::primary_status(ix, id, from),
                query::primary_status(ix, id, to),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn between_covers_every_case() {
        use Status::*;
        assert_eq!(Change::between(None, None), None);
        assert_eq!(Change::between(None, Some(Signed)), Some(Change::Joined));
        assert_eq!(Change::between(Some(Signed), None), Some(Change::Dropped));
        assert_eq!(
            Change::between(Some(Signed), Some(MilitaryPledge)),
            Some(Change::Changed)
        );
        assert_eq!(
            Change::between(Some(Host), Some(Host)),
            Some(Change::Unchanged)
        );
    }
}

//! Two dates side by side: each country's change in status between them (joined, changed, dropped,
//! unchanged), which the map draws instead of the statuses, with a legend of its own.

use crate::dataset::Index;
use crate::date::Date;
use crate::geo::Shapes;
use crate::query::{self, Change};

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

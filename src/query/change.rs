//! How a country's status moved between two dates (joined, changed, dropped, unchanged): what the
//! map's comparison colours, its legend names and the table view lists. A question over statuses,
//! so it lives in `query`, below the palette and the drawing that show it.

use super::Status;

/// How a country's status moved from the first date to the second. "In the coalition" means a
/// status of taking part (pledged, hosted, signed, attended); rejecting cooperation or not being
/// invited is a role outside it, so Iran rejecting the coalition is a change, not a joining.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Change {
    /// Outside the coalition (or without a role) on the first date, in it on the second.
    Joined,
    /// Any other change of status: another way of taking part (signed at Jeddah, then pledged
    /// military support), or a role outside the coalition gained or changed.
    Changed,
    /// In the coalition on the first date, not on the second (comparing back in time).
    Dropped,
    /// The same status on both dates.
    Unchanged,
}

/// Whether a status is a way of taking part in the coalition.
fn member(s: Option<Status>) -> bool {
    matches!(
        s,
        Some(
            Status::StrikingSyria
                | Status::StrikingIraq
                | Status::SupportingStrikes
                | Status::DecidedToStrike
                | Status::Listed
                | Status::MilitaryPledge
                | Status::Host
                | Status::Signed
                | Status::Attended
                | Status::AttendedNotSigned
        )
    )
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
        if from.is_none() && to.is_none() {
            return None;
        }
        Some(match (member(from), member(to)) {
            _ if from == to => Change::Unchanged,
            (false, true) => Change::Joined,
            (true, false) => Change::Dropped,
            _ => Change::Changed,
        })
    }
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
        // A role outside the coalition is no joining, nor is losing one a dropping out.
        assert_eq!(Change::between(None, Some(Rejected)), Some(Change::Changed));
        assert_eq!(
            Change::between(Some(NotInvited), Some(Attended)),
            Some(Change::Joined)
        );
        assert_eq!(
            Change::between(Some(Signed), Some(NotInvited)),
            Some(Change::Dropped)
        );
        // The story after Paris: a listing is joining; a first strike is a change of role.
        assert_eq!(Change::between(None, Some(Listed)), Some(Change::Joined));
        assert_eq!(
            Change::between(Some(Listed), Some(StrikingIraq)),
            Some(Change::Changed)
        );
    }
}

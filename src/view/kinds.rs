//! Which pledge kinds the timeline shows in full (the legend toggles them); the others fade.
//!
//! A bit set rather than a list: it is copied into every view, compared on every redraw to decide
//! whether anything changed, and costs nothing to build.

use std::fmt;
use std::str::FromStr;

use crate::model::PledgeKind;

/// The pledge kinds shown in full. The default shows every kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KindFilter(u16);

fn bit(k: PledgeKind) -> u16 {
    let i = PledgeKind::ALL.iter().position(|x| *x == k).unwrap_or(0);
    1 << i
}

const ALL: u16 = (1 << PledgeKind::ALL.len()) - 1;

impl Default for KindFilter {
    fn default() -> KindFilter {
        KindFilter(ALL)
    }
}

impl KindFilter {
    /// Every kind shown.
    pub fn all() -> KindFilter {
        KindFilter::default()
    }

    /// Only these kinds shown.
    pub fn only(kinds: &[PledgeKind]) -> KindFilter {
        KindFilter(kinds.iter().fold(0, |m, k| m | bit(*k)))
    }

    pub fn shows(self, k: PledgeKind) -> bool {
        self.0 & bit(k) != 0
    }

    pub fn is_all(self) -> bool {
        self.0 == ALL
    }

    /// The filter with `k` switched (a click on its legend entry). Switching off the last kind
    /// shown shows every kind again, so the timeline never goes blank.
    pub fn toggle(self, k: PledgeKind) -> KindFilter {
        let next = self.0 ^ bit(k);
        KindFilter(if next == 0 { ALL } else { next })
    }
}

/// The kinds shown, comma-separated (`air_strikes,troops`); empty when every kind is shown.
impl fmt::Display for KindFilter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_all() {
            return Ok(());
        }
        let mut first = true;
        for k in PledgeKind::ALL.into_iter().filter(|k| self.shows(*k)) {
            if !first {
                f.write_str(",")?;
            }
            f.write_str(k.key())?;
            first = false;
        }
        Ok(())
    }
}

impl FromStr for KindFilter {
    type Err = String;

    /// A comma-separated list of kinds (`air_strikes,troops`); empty means every kind.
    fn from_str(s: &str) -> Result<KindFilter, String> {
        let mut bits = 0u16;
        for part in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let k = PledgeKind::ALL
                .into_iter()
                .find(|k| k.key() == part)
                .ok_or_else(|| format!("unknown pledge kind {part:?}"))?;
            bits |= bit(k);
        }
        Ok(KindFilter(if bits == 0 { ALL } else { bits }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_toggles_and_never_hides_everything() {
        let f: KindFilter = "troops,air_strikes".parse().unwrap();
        assert_eq!(f.to_string(), "air_strikes,troops");
        assert!(f.shows(PledgeKind::Troops) && !f.shows(PledgeKind::Financing));
        assert_eq!(f.to_string().parse::<KindFilter>(), Ok(f));
        assert_eq!(KindFilter::all().to_string(), "");
        assert_eq!("".parse::<KindFilter>(), Ok(KindFilter::all()));
        assert!("bombs".parse::<KindFilter>().is_err());
        let one = KindFilter::only(&[PledgeKind::Troops]);
        assert_eq!(one.toggle(PledgeKind::Troops), KindFilter::all());
        assert!(KindFilter::all()
            .toggle(PledgeKind::Troops)
            .shows(PledgeKind::Aircraft));
    }
}

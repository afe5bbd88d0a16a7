//! Colours: one per map status and per timeline kind, from the Okabe–Ito palette, which readers with
//! the common colour-vision deficiencies can tell apart; plus the neutral map colours.

use plotters::style::RGBColor;

use crate::model::{EventKind, PledgeKind};
use crate::query::Status;

pub const SEA: RGBColor = RGBColor(0xF3, 0xF6, 0xF9);
pub const LAND: RGBColor = RGBColor(0xDD, 0xDB, 0xD5);
pub const BORDER: RGBColor = RGBColor(0xFF, 0xFF, 0xFF);
pub const INK: RGBColor = RGBColor(0x1F, 0x23, 0x28);
pub const MUTED: RGBColor = RGBColor(0x5B, 0x63, 0x6E);
pub const GRID: RGBColor = RGBColor(0xE3, 0xE6, 0xEA);
pub const HIGHLIGHT: RGBColor = RGBColor(0x11, 0x11, 0x11);

/// The fill of a country with this status.
pub fn status(s: Status) -> RGBColor {
    match s {
        Status::MilitaryPledge => RGBColor(0x00, 0x72, 0xB2),
        Status::Host => RGBColor(0xCC, 0x79, 0xA7),
        Status::Signed => RGBColor(0x00, 0x9E, 0x73),
        Status::Attended => RGBColor(0x56, 0xB4, 0xE9),
        Status::AttendedNotSigned => RGBColor(0xF0, 0xE4, 0x42),
        Status::Rejected => RGBColor(0xD5, 0x5E, 0x00),
        Status::NotInvited => RGBColor(0xE6, 0x9F, 0x00),
    }
}

/// CSS hex form of a colour, for the page's legend and panel swatches.
pub fn hex(c: RGBColor) -> String {
    format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2)
}

/// The marker colour of a timeline event kind.
pub fn event(k: EventKind) -> RGBColor {
    match k {
        EventKind::Conference => RGBColor(0x00, 0x72, 0xB2),
        EventKind::Address => RGBColor(0xCC, 0x79, 0xA7),
        EventKind::Diplomacy => RGBColor(0x56, 0xB4, 0xE9),
        EventKind::Airstrike => RGBColor(0xD5, 0x5E, 0x00),
        EventKind::Deployment => RGBColor(0x00, 0x9E, 0x73),
        EventKind::Atrocity => RGBColor(0x33, 0x33, 0x33),
        EventKind::Rejection => RGBColor(0xE6, 0x9F, 0x00),
        EventKind::Reply => RGBColor(0x88, 0x6B, 0x00),
        EventKind::Statement => RGBColor(0x70, 0x78, 0x80),
    }
}

/// The marker colour of a pledge kind on the timeline.
pub fn pledge(k: PledgeKind) -> RGBColor {
    match k {
        PledgeKind::AirStrikes | PledgeKind::Aircraft => RGBColor(0x00, 0x72, 0xB2),
        PledgeKind::Troops => RGBColor(0x00, 0x4B, 0x78),
        PledgeKind::Reconnaissance => RGBColor(0x56, 0xB4, 0xE9),
        PledgeKind::Humanitarian => RGBColor(0x00, 0x9E, 0x73),
        PledgeKind::Logistics => RGBColor(0xCC, 0x79, 0xA7),
        PledgeKind::BorderControl => RGBColor(0xE6, 0x9F, 0x00),
        PledgeKind::Financing => RGBColor(0x88, 0x6B, 0x00),
        PledgeKind::Diplomatic => RGBColor(0x70, 0x78, 0x80),
        PledgeKind::MilitaryAssistance => RGBColor(0x33, 0x33, 0x33),
    }
}

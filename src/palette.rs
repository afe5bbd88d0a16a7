//! Colours: one per map status and per timeline kind, from the Okabe–Ito palette, which readers with
//! the common colour-vision deficiencies can tell apart; plus the neutral map colours.

use plotters::style::RGBColor;

use crate::model::{EventKind, PledgeKind, StrikeKind, Theatre};
use crate::query::Change;
use crate::query::Status;

/// The neutral colours of a drawing: light (default) or dark. Status, event and pledge colours are
/// the same in both themes (Okabe–Ito reads on either ground).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Theme {
    /// Page-coloured background (timeline, legend box).
    pub paper: RGBColor,
    pub sea: RGBColor,
    /// Land with no role.
    pub land: RGBColor,
    /// Country borders.
    pub border: RGBColor,
    pub ink: RGBColor,
    pub muted: RGBColor,
    pub grid: RGBColor,
    /// Selection and hover outlines.
    pub highlight: RGBColor,
    /// Hatching lines over the statuses that get a second cue.
    pub hatch: RGBColor,
}

impl Theme {
    pub const LIGHT: Theme = Theme {
        paper: RGBColor(0xFF, 0xFF, 0xFF),
        sea: RGBColor(0xF3, 0xF6, 0xF9),
        land: RGBColor(0xDD, 0xDB, 0xD5),
        border: RGBColor(0xFF, 0xFF, 0xFF),
        ink: RGBColor(0x1F, 0x23, 0x28),
        muted: RGBColor(0x5B, 0x63, 0x6E),
        grid: RGBColor(0xE3, 0xE6, 0xEA),
        highlight: RGBColor(0x11, 0x11, 0x11),
        hatch: RGBColor(0x3A, 0x2A, 0x10),
    };
    pub const DARK: Theme = Theme {
        paper: RGBColor(0x16, 0x1B, 0x22),
        sea: RGBColor(0x0F, 0x19, 0x24),
        land: RGBColor(0x3B, 0x41, 0x4A),
        border: RGBColor(0x16, 0x1B, 0x22),
        ink: RGBColor(0xE6, 0xED, 0xF3),
        muted: RGBColor(0xA7, 0xB1, 0xBC),
        grid: RGBColor(0x2B, 0x32, 0x3B),
        highlight: RGBColor(0xFF, 0xFF, 0xFF),
        hatch: RGBColor(0x1A, 0x12, 0x05),
    };

    pub fn parse(s: &str) -> Option<Theme> {
        match s {
            "light" => Some(Theme::LIGHT),
            "dark" => Some(Theme::DARK),
            _ => None,
        }
    }
}

impl Default for Theme {
    fn default() -> Theme {
        Theme::LIGHT
    }
}

/// Land with no role, in the light theme (tests and the CLI read it).
pub const LAND: RGBColor = Theme::LIGHT.land;

/// The fill of a country with this status.
pub fn status(s: Status) -> RGBColor {
    match s {
        // The story after Paris: colours chosen to stay apart from the Okabe–Ito seven (and each
        // other, and both lands) under protanopia and deuteranopia (tests/palette.rs): the strikes
        // darkest, a listing palest.
        Status::StrikingSyria => RGBColor(0x0C, 0x00, 0x48),
        Status::StrikingIraq => RGBColor(0x0C, 0x00, 0xF0),
        Status::SupportingStrikes => RGBColor(0x60, 0x28, 0x00),
        Status::DecidedToStrike => RGBColor(0x50, 0x70, 0xFC),
        Status::Listed => RGBColor(0xD4, 0xE8, 0x90),
        Status::MilitaryPledge => RGBColor(0x00, 0x72, 0xB2),
        Status::Host => RGBColor(0xCC, 0x79, 0xA7),
        Status::Signed => RGBColor(0x00, 0x9E, 0x73),
        Status::Attended => RGBColor(0x56, 0xB4, 0xE9),
        Status::AttendedNotSigned => RGBColor(0xF0, 0xE4, 0x42),
        Status::Rejected => RGBColor(0xD5, 0x5E, 0x00),
        Status::NotInvited => RGBColor(0xE6, 0x9F, 0x00),
    }
}

/// The fill of a country in the compare colouring. Okabe–Ito again; "dropped" is also hatched on
/// the map, so it reads apart from "changed" without colour.
pub fn change(c: Change) -> RGBColor {
    match c {
        Change::Joined => RGBColor(0x00, 0x9E, 0x73),
        Change::Changed => RGBColor(0xE6, 0x9F, 0x00),
        Change::Dropped => RGBColor(0xD5, 0x5E, 0x00),
        // A quiet grey, apart from the land of both themes.
        Change::Unchanged => RGBColor(0x9A, 0xA3, 0xAD),
    }
}

/// A colour faded towards `ground` (`strength` 0 = the ground, 1 = the colour): countries the
/// status filter leaves out.
pub fn fade(c: RGBColor, ground: RGBColor, strength: f64) -> RGBColor {
    let mix = |a: u8, b: u8| {
        let v = f64::from(b) + (f64::from(a) - f64::from(b)) * strength.clamp(0.0, 1.0);
        v.round().clamp(0.0, 255.0) as u8
    };
    RGBColor(mix(c.0, ground.0), mix(c.1, ground.1), mix(c.2, ground.2))
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
        // Mid-tones that keep 3:1 contrast on both the light and the dark ground.
        EventKind::Atrocity => RGBColor(0x80, 0x80, 0x80),
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
        PledgeKind::MilitaryAssistance => RGBColor(0x8C, 0x6D, 0x5A),
    }
}

/// The marker colour of a strike record on the timeline: its map status's colour (a first mission,
/// flown without weapons, in the quiet colour of a supporting role).
pub fn strike(k: StrikeKind, t: Theatre) -> RGBColor {
    match (k, t) {
        (StrikeKind::FirstStrike, Theatre::Syria) => status(Status::StrikingSyria),
        (StrikeKind::FirstStrike, Theatre::Iraq) => status(Status::StrikingIraq),
        (StrikeKind::Support, _) => status(Status::SupportingStrikes),
        (StrikeKind::FirstMission, _) => RGBColor(0x70, 0x78, 0x80),
    }
}

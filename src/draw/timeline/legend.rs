//! The legend under the axis: a shape per pledge kind (each a filter toggle on the page), then how
//! certainty and uncertain dates are drawn. Laid out as flowing entries that wrap, so nothing in
//! it is ever cut, at any width.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::glyph::{self, Fill, Shape};
use super::layout::Geometry;
use super::text::label_width;
use super::KindFilter;
use crate::draw::{font, px, DrawError};
use crate::model::PledgeKind;
use crate::palette::{self, Theme};

/// What a legend entry explains.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LegendKey {
    Kind(PledgeKind),
    Reported,
    Hedged,
    Approximate,
    Range,
    Disputed,
    /// The story after Paris, drawn as discs in the status colours: a decision to strike, a
    /// first strike in Iraq or in Syria, a supporting role, a first mission without weapons.
    Decision,
    StrikeIraq,
    StrikeSyria,
    Support,
    Mission,
    /// A listing as a coalition partner, in the "listed" status colour.
    Listing,
}

impl LegendKey {
    /// The keys for the records after Paris, with the colour each is drawn in.
    pub fn after_paris() -> [(LegendKey, plotters::style::RGBColor); 6] {
        use crate::model::{StrikeKind as K, Theatre as T};
        [
            (
                LegendKey::Decision,
                palette::status(crate::query::Status::DecidedToStrike),
            ),
            (
                LegendKey::StrikeIraq,
                palette::strike(K::FirstStrike, T::Iraq),
            ),
            (
                LegendKey::StrikeSyria,
                palette::strike(K::FirstStrike, T::Syria),
            ),
            (LegendKey::Support, palette::strike(K::Support, T::Syria)),
            (
                LegendKey::Mission,
                palette::strike(K::FirstMission, T::Iraq),
            ),
            (
                LegendKey::Listing,
                palette::status(crate::query::Status::Listed),
            ),
        ]
    }

    pub fn label(self) -> &'static str {
        match self {
            LegendKey::Kind(k) => k.label(),
            LegendKey::Reported => "Reported by others",
            LegendKey::Hedged => "Hedged (\u{201c}likely\u{201d})",
            LegendKey::Approximate => "Approximate day",
            LegendKey::Range => "Date range",
            LegendKey::Disputed => "Disputed date",
            LegendKey::Decision => "Decision to strike",
            LegendKey::StrikeIraq => "First strike in Iraq",
            LegendKey::StrikeSyria => "First strike in Syria",
            LegendKey::Support => "Supporting role",
            LegendKey::Mission => "First mission, no weapons",
            LegendKey::Listing => "Listed as a partner",
        }
    }

    /// The message key of a legend entry that is not a pledge kind (`timeline_legend.reported`).
    pub fn key(self) -> Option<&'static str> {
        Some(match self {
            LegendKey::Kind(_) => return None,
            LegendKey::Reported => "reported",
            LegendKey::Hedged => "hedged",
            LegendKey::Approximate => "approximate",
            LegendKey::Range => "range",
            LegendKey::Disputed => "disputed",
            LegendKey::Decision => "decision",
            LegendKey::StrikeIraq => "strike_iraq",
            LegendKey::StrikeSyria => "strike_syria",
            LegendKey::Support => "support",
            LegendKey::Mission => "mission",
            LegendKey::Listing => "listing",
        })
    }

    /// Its words in the interface's language.
    pub fn text(self, l: crate::lang::Locale) -> &'static str {
        match (self, self.key()) {
            (LegendKey::Kind(k), _) => crate::voice::kind_label(l, k),
            (_, Some(key)) => l.label("timeline_legend", key, self.label()),
            (_, None) => self.label(),
        }
    }

    /// Every entry that is not a pledge kind, for the message tables' test.
    pub const OTHERS: [LegendKey; 11] = [
        LegendKey::Reported,
        LegendKey::Hedged,
        LegendKey::Approximate,
        LegendKey::Range,
        LegendKey::Disputed,
        LegendKey::Decision,
        LegendKey::StrikeIraq,
        LegendKey::StrikeSyria,
        LegendKey::Support,
        LegendKey::Mission,
        LegendKey::Listing,
    ];
}

/// A legend entry: its left edge and vertical centre (CSS px), and its width.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Entry {
    pub key: LegendKey,
    /// Its words, in the view's language.
    pub label: &'static str,
    pub x: f64,
    pub y: f64,
    pub w: f64,
}

/// Height of a legend line: a full tap target, since kind entries are filter toggles.
const LINE: f64 = 24.0;
const SWATCH: f64 = 20.0;
const GAP: f64 = 14.0;

fn type_px(geo: &Geometry) -> f64 {
    geo.type_px - 1.0
}

/// The entries, flowing left to right from `top` and wrapping at the width; and the bottom.
pub(crate) fn entries(
    kinds: &[PledgeKind],
    after: &[LegendKey],
    geo: &Geometry,
    top: f64,
    lang: crate::lang::Locale,
) -> (Vec<Entry>, f64) {
    let keys = kinds
        .iter()
        .map(|k| LegendKey::Kind(*k))
        .chain(after.iter().copied())
        .chain([
            LegendKey::Reported,
            LegendKey::Hedged,
            LegendKey::Approximate,
            LegendKey::Range,
            LegendKey::Disputed,
        ]);
    let (x0, x1) = (8.0, geo.width - 8.0);
    let (mut x, mut line) = (x0, 0usize);
    let mut out = Vec::with_capacity(kinds.len() + 5);
    for key in keys {
        let label = key.text(lang);
        let w = SWATCH + label_width(label, type_px(geo));
        if x > x0 && x + w > x1 {
            x = x0;
            line += 1;
        }
        out.push(Entry {
            key,
            label,
            x,
            y: top + LINE * line as f64 + LINE / 2.0,
            w,
        });
        x += w + GAP;
    }
    (out, top + LINE * (line + 1) as f64)
}

/// The legend entry at (x, y) CSS px, for the page's kind filter.
pub fn entry_at(entries: &[Entry], x: f64, y: f64) -> Option<LegendKey> {
    entries
        .iter()
        .find(|e| x >= e.x - 4.0 && x <= e.x + e.w + 4.0 && (y - e.y).abs() <= LINE / 2.0)
        .map(|e| e.key)
}

/// Draws the entries; kinds the filter hides are faded.
pub(crate) fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    entries: &[Entry],
    geo: &Geometry,
    kinds: KindFilter,
    t: &Theme,
    scale: f64,
) -> Result<(), DrawError> {
    let s = |v: f64| (v * scale).round().max(1.0);
    let ink = t.muted.to_rgba();
    let r = 5.0;
    for e in entries {
        let c = (e.x + 7.0, e.y);
        let alpha = match e.key {
            LegendKey::Kind(k) if !kinds.shows(k) => 0.3,
            _ => 1.0,
        };
        match e.key {
            LegendKey::Kind(k) => glyph::draw(
                area,
                c,
                r,
                Shape::Pledge(k),
                palette::pledge(k).mix(alpha),
                Fill::Solid,
                t.paper,
                scale,
            )?,
            LegendKey::Reported => glyph::draw(
                area,
                c,
                r,
                Shape::Pledge(PledgeKind::AirStrikes),
                ink,
                Fill::Hollow,
                t.paper,
                scale,
            )?,
            LegendKey::Hedged => glyph::draw(
                area,
                c,
                r,
                Shape::Pledge(PledgeKind::AirStrikes),
                ink,
                Fill::Dashed,
                t.paper,
                scale,
            )?,
            LegendKey::Approximate => glyph::draw(
                area,
                c,
                r - 0.5,
                Shape::Circle,
                ink,
                Fill::Hollow,
                t.paper,
                scale,
            )?,
            LegendKey::Range => {
                area.draw(&PathElement::new(
                    vec![px((e.x, e.y), scale), px((e.x + 15.0, e.y), scale)],
                    ink.stroke_width(s(3.0) as u32),
                ))?;
            }
            LegendKey::Decision
            | LegendKey::StrikeIraq
            | LegendKey::StrikeSyria
            | LegendKey::Support
            | LegendKey::Mission
            | LegendKey::Listing => {
                let colour = LegendKey::after_paris()
                    .into_iter()
                    .find(|(k, _)| *k == e.key)
                    .map_or(ink, |(_, c)| c.to_rgba());
                glyph::draw(
                    area,
                    c,
                    r - 0.5,
                    Shape::Circle,
                    colour,
                    Fill::Solid,
                    t.paper,
                    scale,
                )?
            }
            LegendKey::Disputed => {
                super::draw::dashed(
                    area,
                    px((e.x, e.y), scale),
                    px((e.x + 15.0, e.y), scale),
                    ink,
                    s(3.0) as i32,
                    s(1.0) as u32,
                )?;
            }
        }
        area.draw(&Text::new(
            e.label,
            px((e.x + SWATCH, e.y), scale),
            font(type_px(geo), scale)
                .color(&t.muted.mix(alpha))
                .pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
    }
    Ok(())
}

//! The time window the timeline shows: which days, and how a gesture zooms and pans it. Part of
//! the view (it round-trips through the URL); the ticks that label it are drawing's
//! (`draw::timeline::ticks`).
//!
//! A window is kept in fractional days (days since 1970-01-01; a whole number is a day's marker),
//! so a wheel's small zoom steps add up instead of rounding away; its URL form rounds outwards to
//! whole days (`2014-09-08..2014-09-16`). The axis shows half a day beyond each end, so a marker
//! on the first or last day is drawn whole.

use std::fmt;
use std::str::FromStr;

use super::Reason;
use crate::dataset::Index;
use crate::date::Date;
use crate::query;

/// The days the timeline shows, `from..=to` (fractional days since 1970-01-01).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TimeWindow {
    pub from: f64,
    pub to: f64,
}

/// The narrowest window: one day (plus the half days either side).
const MIN_DAYS: f64 = 0.0;

impl TimeWindow {
    /// The days `from..=to`; `None` if `to` is before `from`.
    pub fn new(from: Date, to: Date) -> Option<TimeWindow> {
        let (a, b) = (from.to_days() as f64, to.to_days() as f64);
        (b >= a).then_some(TimeWindow { from: a, to: b })
    }

    /// The dataset's own span, first to last dated record ([`query::date_span`]); `None` for a
    /// dataset with no dates.
    pub fn full(ix: &Index) -> Option<TimeWindow> {
        let (a, b) = query::date_span(ix)?;
        TimeWindow::new(a, b)
    }

    /// The window a view without one shows: the September story's span ([`query::story_span`]),
    /// so a dataset that goes on after Paris opens on its first days, the months after a zoom out
    /// (or *All days*) away; the whole span when there is no September story.
    pub fn initial(ix: &Index) -> Option<TimeWindow> {
        let full = TimeWindow::full(ix)?;
        Some(match query::story_span(ix) {
            Some((a, b)) => TimeWindow::new(a, b).map_or(full, |w| w.clamp(full)),
            None => full,
        })
    }

    /// The window the timeline shows for a view's `window`: that window kept inside the dataset's
    /// span, or the [initial](TimeWindow::initial) one; `None` for a dataset with no dates.
    pub fn shown(ix: &Index, window: Option<TimeWindow>) -> Option<TimeWindow> {
        let full = TimeWindow::full(ix)?;
        Some(window.map_or_else(
            || TimeWindow::initial(ix).unwrap_or(full),
            |w| w.clamp(full),
        ))
    }

    /// The first and last whole days in view.
    pub fn days(self) -> Option<(Date, Date)> {
        let day = |d: f64| Date::from_days(d as i64);
        Some((day(self.from.round())?, day(self.to.round())?))
    }

    /// Whether both ends are finite numbers in order (a window from a JS caller may not be).
    pub fn is_valid(self) -> bool {
        self.from.is_finite() && self.to.is_finite() && self.to >= self.from
    }

    /// The axis's extent in days: the window with half a day either side.
    pub fn extent(self) -> (f64, f64) {
        (self.from - 0.5, self.to + 0.5)
    }

    /// The x (CSS px) of a day within the time area `(left, right)`.
    pub fn x_of(self, day: f64, (left, right): (f64, f64)) -> f64 {
        let (a, b) = self.extent();
        left + (day - a) / (b - a).max(1e-9) * (right - left)
    }

    /// The (fractional) day at x (CSS px) within the time area `(left, right)`.
    pub fn day_at(self, x: f64, (left, right): (f64, f64)) -> f64 {
        let (a, b) = self.extent();
        a + (x - left) / (right - left).max(1e-9) * (b - a)
    }

    /// This window moved and shrunk so it lies within `bounds` (a window wider than the bounds
    /// becomes the bounds). Invalid input gives the bounds.
    pub fn clamp(self, bounds: TimeWindow) -> TimeWindow {
        match (self.is_valid(), bounds.is_valid()) {
            (false, _) => return bounds,
            (true, false) => return self,
            (true, true) => {}
        }
        let len = within(self.to - self.from, MIN_DAYS, bounds.to - bounds.from);
        let from = within(self.from, bounds.from, bounds.to - len);
        TimeWindow {
            from,
            to: from + len,
        }
    }

    /// Zoomed in by `factor` (> 1 in, < 1 out) keeping the day under `x` (CSS px) where it is;
    /// for the wheel (`factor = exp(-deltaY / 500)`), a pinch (the ratio of finger distances, at
    /// their midpoint) and the + / − keys (at the centre). Clamped to `bounds`; a factor that is
    /// not a positive number leaves the window as it is.
    pub fn zoom(self, factor: f64, x: f64, area: (f64, f64), bounds: TimeWindow) -> TimeWindow {
        if !(factor.is_finite() && factor > 0.0 && x.is_finite() && self.is_valid()) {
            return self.clamp(bounds);
        }
        let (a, b) = self.extent();
        let pivot = self.day_at(x, area);
        let len = within(
            (b - a) / factor,
            MIN_DAYS + 1.0,
            (bounds.to - bounds.from) + 1.0,
        );
        let t = (pivot - a) / (b - a).max(1e-9);
        let from = pivot - t * len + 0.5;
        TimeWindow {
            from,
            to: from + len - 1.0,
        }
        .clamp(bounds)
    }

    /// Panned by `dx` CSS px (a drag to the right, positive `dx`, shows earlier days), clamped to
    /// `bounds`; for a drag, a one-finger swipe and the shifted arrow keys.
    pub fn pan(self, dx: f64, (left, right): (f64, f64), bounds: TimeWindow) -> TimeWindow {
        if !dx.is_finite() || !self.is_valid() {
            return self.clamp(bounds);
        }
        let (a, b) = self.extent();
        let days = dx / (right - left).max(1.0) * (b - a);
        TimeWindow {
            from: self.from - days,
            to: self.to - days,
        }
        .clamp(bounds)
    }

    /// The window moved (not resized) so `day` is inside it, for keyboard stepping onto an item
    /// that is out of view.
    pub fn reveal(self, day: Date, bounds: TimeWindow) -> TimeWindow {
        let d = day.to_days() as f64;
        let shift = if d < self.from {
            d - self.from
        } else if d > self.to {
            d - self.to
        } else {
            0.0
        };
        TimeWindow {
            from: self.from + shift,
            to: self.to + shift,
        }
        .clamp(bounds)
    }

    /// Whether the day is (at least partly) in view.
    pub fn shows(self, first: i64, last: i64) -> bool {
        let (a, b) = self.extent();
        (last as f64) >= a && (first as f64) <= b
    }
}

/// `2014-09-08..2014-09-16`: the window rounded outwards to whole days.
impl fmt::Display for TimeWindow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let day = |d: f64| Date::from_days(d as i64).map(|d| d.to_string());
        match (day(self.from.floor()), day(self.to.ceil())) {
            (Some(a), Some(b)) => write!(f, "{a}..{b}"),
            _ => Err(fmt::Error),
        }
    }
}

impl FromStr for TimeWindow {
    type Err = Reason;

    /// `YYYY-MM-DD..YYYY-MM-DD`, first day not after the last.
    fn from_str(s: &str) -> Result<TimeWindow, Reason> {
        let (a, b) = s.split_once("..").ok_or(Reason::WindowForm)?;
        let day = |d: &str| {
            d.trim()
                .parse::<Date>()
                .map_err(|_| Reason::WindowDay(d.trim().to_string()))
        };
        TimeWindow::new(day(a)?, day(b)?).ok_or(Reason::WindowReversed)
    }
}

/// `v` within `lo..=hi`, never panicking: where `hi` is below `lo`, `lo` wins (f64::clamp
/// panics then, and a caller's bounds may be anything).
pub(crate) fn within(v: f64, lo: f64, hi: f64) -> f64 {
    v.min(hi).max(lo)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> TimeWindow {
        s.parse().unwrap()
    }

    #[test]
    fn url_form_round_trips_and_rejects_junk() {
        let x = w("2014-09-08..2014-09-16");
        assert_eq!(x.to_string(), "2014-09-08..2014-09-16");
        for bad in [
            "",
            "2014-09-08",
            "2014-09-16..2014-09-08",
            "a..b",
            "2014-09-08..x",
        ] {
            assert!(bad.parse::<TimeWindow>().is_err(), "{bad:?}");
        }
    }

    #[test]
    fn zoom_keeps_the_day_under_the_pointer_and_stays_in_bounds() {
        let all = w("2014-08-01..2014-09-30");
        let area = (100.0, 1100.0);
        let x = 700.0;
        let before = all.day_at(x, area);
        let z = all.zoom(2.0, x, area, all);
        assert!((z.day_at(x, area) - before).abs() < 1e-6);
        assert!(z.to - z.from < all.to - all.from);
        // Zooming out past the bounds gives the bounds; far in stops at one day.
        assert_eq!(z.zoom(0.001, x, area, all), all);
        let tight = all.zoom(1e9, x, area, all);
        assert!(tight.to - tight.from >= 0.0 && tight.to - tight.from < 0.01);
        assert_eq!(all.zoom(f64::NAN, x, area, all), all);
        assert_eq!(all.zoom(-1.0, x, area, all), all);
    }

    #[test]
    fn pan_moves_by_pixels_and_stops_at_the_ends() {
        let all = w("2014-09-01..2014-09-30");
        let area = (0.0, 310.0);
        let z = w("2014-09-10..2014-09-14");
        // Five days (10..=14) over 310 px: 62 px a day; dragging right shows earlier days.
        let p = z.pan(62.0, area, all);
        assert!((p.from - (z.from - 1.0)).abs() < 1e-9, "{p:?}");
        assert_eq!(z.pan(1e6, area, all).from, all.from);
        assert_eq!(z.pan(-1e6, area, all).to, all.to);
        assert_eq!(z.pan(f64::INFINITY, area, all), z);
    }
}

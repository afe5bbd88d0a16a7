//! The time axis's labelled ticks: how far apart they fall for a zoom level, and on which days.

use crate::date::Date;

/// Day steps between labelled ticks, smallest first; then whole months.
const STEPS: [i64; 5] = [1, 2, 3, 7, 14];

/// A labelled tick needs this much room (CSS px) for "15 Sept".
const TICK_ROOM: f64 = 52.0;

/// How far apart labelled ticks are, in days (30 stands for "the first of each month"), for a
/// window at `px_per_day`.
pub fn tick_step(px_per_day: f64) -> i64 {
    STEPS
        .into_iter()
        .find(|k| *k as f64 * px_per_day >= TICK_ROOM)
        .unwrap_or(30)
}

/// Whether `day` carries a label at this step: every `step` days counted from a Monday for weeks
/// (so weekly ticks fall on Mondays), the first of the month for months.
pub fn is_tick(day: i64, step: i64) -> bool {
    match step {
        30 => Date::from_days(day).is_some_and(|d| d.day() == 1),
        // 1970-01-01 was a Thursday: day 4 was a Monday.
        7 | 14 => (day - 4).rem_euclid(step) == 0,
        s => day.rem_euclid(s.max(1)) == 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_adapt_from_days_to_weeks_to_months() {
        assert_eq!(tick_step(100.0), 1);
        assert_eq!(tick_step(10.0), 7);
        assert_eq!(tick_step(1.0), 30);
        let monday = Date::new(2014, 9, 15).unwrap().to_days();
        assert!(is_tick(monday, 7) && !is_tick(monday + 1, 7));
        assert!(is_tick(Date::new(2014, 9, 1).unwrap().to_days(), 30));
    }
}

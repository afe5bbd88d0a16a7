//! A calendar date (`YYYY-MM-DD`) small enough for wasm: parse, format, compare, step by days.
//!
//! We need no time zones or times of day, and chrono would add weight to the bundle for nothing.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A proleptic Gregorian date. Ordered chronologically.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// Why a date string was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError(pub String);

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for DateError {}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        _ => 28,
    }
}

impl Date {
    /// 1970-01-01, day 0 of [`Date::to_days`]: a valid date to stand in where one is required
    /// before it is known (the pack decoder's placeholder after a problem).
    pub const EPOCH: Date = Date {
        year: 1970,
        month: 1,
        day: 1,
    };

    /// A date from its parts, or an error naming the part that is out of range.
    pub fn new(year: i32, month: u8, day: u8) -> Result<Date, DateError> {
        if !(1..=9999).contains(&year) {
            return Err(DateError(format!("year {year} is out of range 1..=9999")));
        }
        if !(1..=12).contains(&month) {
            return Err(DateError(format!("month {month} is not 1..=12")));
        }
        let last = days_in_month(year, month);
        if day < 1 || day > last {
            return Err(DateError(format!(
                "day {day} is not in 1..={last} for {year}-{month:02}"
            )));
        }
        Ok(Date { year, month, day })
    }

    pub fn year(self) -> i32 {
        self.year
    }
    pub fn month(self) -> u8 {
        self.month
    }
    pub fn day(self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01 (negative before). Algorithm from H. Hinnant's `days_from_civil`.
    pub fn to_days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01 (inverse of [`Date::to_days`]); `None` outside years 1..=9999.
    pub fn from_days(days: i64) -> Option<Date> {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date::new(i32::try_from(year).ok()?, month, day).ok()
    }

    /// This date moved by `days` (either sign); `None` if that leaves years 1..=9999.
    pub fn add_days(self, days: i64) -> Option<Date> {
        Date::from_days(self.to_days().checked_add(days)?)
    }

    /// English weekday name, used to check "Monday, September 15" against the calendar.
    pub fn weekday(self) -> &'static str {
        const NAMES: [&str; 7] = [
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
            "Monday",
            "Tuesday",
            "Wednesday",
        ];
        NAMES[self.to_days().rem_euclid(7) as usize]
    }
}

impl FromStr for Date {
    type Err = DateError;

    /// Parses exactly `YYYY-MM-DD`.
    fn from_str(s: &str) -> Result<Date, DateError> {
        let bad = || DateError(format!("expected a date as YYYY-MM-DD, got {s:?}"));
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(bad());
        }
        let digits = |r: std::ops::Range<usize>| -> Result<u32, DateError> {
            let part = &s[r];
            if part.bytes().all(|c| c.is_ascii_digit()) {
                part.parse().map_err(|_| bad())
            } else {
                Err(bad())
            }
        };
        let (y, m, d) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
        Date::new(y as i32, m as u8, d as u8)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// In TypeScript a date is its ISO text (`"2014-09-15"`), as serde writes it.
#[cfg(feature = "ts")]
impl ts_rs::TS for Date {
    type WithoutGenerics = Self;
    type OptionInnerType = Self;
    fn name() -> String {
        "string".to_owned()
    }
    fn inline() -> String {
        Self::name()
    }
    fn inline_flattened() -> String {
        Self::name()
    }
    fn decl() -> String {
        "type Date = string;".to_owned()
    }
    fn decl_concrete() -> String {
        Self::decl()
    }
}

/// In a JSON Schema a date is a string `YYYY-MM-DD`.
#[cfg(feature = "schema")]
impl schemars::JsonSchema for Date {
    fn schema_name() -> String {
        "Date".to_string()
    }

    fn json_schema(_: &mut schemars::gen::SchemaGenerator) -> schemars::schema::Schema {
        schemars::schema::SchemaObject {
            instance_type: Some(schemars::schema::InstanceType::String.into()),
            format: Some("date".to_string()),
            string: Some(Box::new(schemars::schema::StringValidation {
                pattern: Some("^[0-9]{4}-[0-9]{2}-[0-9]{2}$".to_string()),
                ..Default::default()
            })),
            ..Default::default()
        }
        .into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_formats_round_trip() {
        let d: Date = "2014-09-15".parse().unwrap();
        assert_eq!(d.to_string(), "2014-09-15");
        assert_eq!((d.year(), d.month(), d.day()), (2014, 9, 15));
    }

    #[test]
    fn rejects_malformed_and_impossible_dates() {
        for bad in [
            "2014-9-15",
            "15/09/2014",
            "2014-13-01",
            "2014-02-29",
            "",
            "2014-09-1x",
            "+014-09-15",
        ] {
            assert!(bad.parse::<Date>().is_err(), "{bad} should be rejected");
        }
        assert!("2012-02-29".parse::<Date>().is_ok());
    }

    #[test]
    fn weekdays_match_the_sources() {
        // 001: "Monday, September 15, 2014"; 000 dates Jeddah 11 September (a Thursday).
        assert_eq!(Date::new(2014, 9, 15).unwrap().weekday(), "Monday");
        assert_eq!(Date::new(2014, 9, 11).unwrap().weekday(), "Thursday");
        assert_eq!(Date::new(1970, 1, 1).unwrap().weekday(), "Thursday");
    }

    #[test]
    fn day_arithmetic_round_trips() {
        let d = Date::new(2014, 8, 31).unwrap();
        assert_eq!(d.add_days(1).unwrap().to_string(), "2014-09-01");
        assert_eq!(d.add_days(-31).unwrap().to_string(), "2014-07-31");
        for n in [-700_000i64, -1, 0, 1, 16_328, 2_000_000] {
            assert_eq!(Date::from_days(n).unwrap().to_days(), n);
        }
        assert!(Date::new(9999, 12, 31).unwrap().add_days(1).is_none());
    }
}

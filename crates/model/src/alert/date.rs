//! Publication dates: an ISO 8601 calendar date (`2022-10-07`) or a
//! date-time with an offset (`2022-10-07T09:30:00+04:00`).
//!
//! Hand-written rather than a date crate: the reader needs to parse, order
//! and name the weekday, nothing more, and every kilobyte of wasm counts on
//! a slow phone. Showing a date in the reader's locale is the browser's job
//! (`Intl`), not ours.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::cmp::Ordering;
use std::fmt;

/// A validated date or date-time, kept as written so it round-trips.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Date {
    text: String,
    year: i32,
    month: u32,
    day: u32,
    /// Minutes since 1970-01-01T00:00Z; date-only values count from midnight UTC.
    instant: i64,
}

impl Date {
    /// Parses `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS[.fff]](Z|±HH:MM)`.
    pub fn parse(text: &str) -> Result<Date, String> {
        let (date_part, time_part) = match text.split_once('T') {
            Some((d, t)) => (d, Some(t)),
            None => (text, None),
        };
        let (year, month, day) = parse_calendar_date(date_part)?;
        let minutes = match time_part {
            None => 0,
            Some(t) => parse_time_with_offset(t)?,
        };
        let instant = days_from_civil(year, month, day) * 1440 + minutes;
        Ok(Date {
            text: text.to_string(),
            year,
            month,
            day,
            instant,
        })
    }

    /// The date from a count of days since 1970-01-01 (used for "now").
    pub fn from_unix_days(days: i64) -> Date {
        let (year, month, day) = civil_from_days(days);
        let text = format!("{year:04}-{month:02}-{day:02}");
        Date {
            text,
            year,
            month,
            day,
            instant: days * 1440,
        }
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    pub fn year(&self) -> i32 {
        self.year
    }

    pub fn month(&self) -> u32 {
        self.month
    }

    pub fn day(&self) -> u32 {
        self.day
    }

    /// The calendar date as written, without time: `2022-10-07`.
    pub fn calendar(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// 0 = Monday … 6 = Sunday, of the calendar date as written.
    pub fn weekday(&self) -> usize {
        // 1970-01-01 was a Thursday (3).
        (days_from_civil(self.year, self.month, self.day) + 3).rem_euclid(7) as usize
    }

    /// "Friday, October 7, 2022": the English long form, for native output
    /// and as the fallback where `Intl` is missing.
    pub fn long_english(&self) -> String {
        const DAYS: [&str; 7] = [
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
        ];
        format!(
            "{}, {} {}, {}",
            DAYS[self.weekday()],
            self.english_month(),
            self.day,
            self.year
        )
    }

    /// "October": the month's English name, for citation styles.
    pub fn english_month(&self) -> &'static str {
        MONTHS[(self.month - 1) as usize]
    }

    /// "Oct 7, 2022": for dense lists.
    pub fn short_english(&self) -> String {
        let month = self.english_month();
        format!("{} {}, {}", &month[..3], self.day, self.year)
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Ord for Date {
    fn cmp(&self, other: &Self) -> Ordering {
        self.instant
            .cmp(&other.instant)
            .then_with(|| self.text.cmp(&other.text))
    }
}

impl PartialOrd for Date {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.text)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::parse(&text).map_err(serde::de::Error::custom)
    }
}

fn parse_calendar_date(s: &str) -> Result<(i32, u32, u32), String> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return Err(format!("{s:?} is not a date of the form YYYY-MM-DD"));
    }
    let year = digits(&s[0..4]).ok_or_else(|| format!("{s:?} has no four-digit year"))?;
    let month = digits(&s[5..7]).ok_or_else(|| format!("{s:?} has no two-digit month"))?;
    let day = digits(&s[8..10]).ok_or_else(|| format!("{s:?} has no two-digit day"))?;
    if !(1..=12).contains(&month) {
        return Err(format!("{s:?}: month {month} does not exist"));
    }
    let year = year as i32;
    if day < 1 || day > days_in_month(year, month) {
        return Err(format!("{s:?}: day {day} does not exist in that month"));
    }
    Ok((year, month, day))
}

/// Returns minutes since midnight UTC (may be negative or past 1440).
fn parse_time_with_offset(t: &str) -> Result<i64, String> {
    let bad = || format!("time {t:?} is not of the form HH:MM[:SS](Z|+HH:MM|-HH:MM)");
    let (clock, offset_minutes) = if let Some(clock) = t.strip_suffix('Z') {
        (clock, 0i64)
    } else {
        let at = t.rfind(['+', '-']).ok_or_else(bad)?;
        let (clock, offset) = t.split_at(at);
        let sign = if offset.starts_with('-') { -1 } else { 1 };
        let (h, m) = offset[1..].split_once(':').ok_or_else(bad)?;
        let (h, m) = (digits2(h).ok_or_else(bad)?, digits2(m).ok_or_else(bad)?);
        if h > 23 || m > 59 {
            return Err(bad());
        }
        (clock, sign * (h as i64 * 60 + m as i64))
    };
    let mut parts = clock.splitn(3, ':');
    let h = parts.next().and_then(digits2).ok_or_else(bad)?;
    let m = parts.next().and_then(digits2).ok_or_else(bad)?;
    if let Some(sec) = parts.next() {
        let whole = sec.split_once('.').map_or(sec, |(s, frac)| {
            if frac.is_empty() || !frac.bytes().all(|c| c.is_ascii_digit()) {
                ""
            } else {
                s
            }
        });
        if digits2(whole).is_none_or(|s| s > 60) {
            return Err(bad());
        }
    }
    if h > 23 || m > 59 {
        return Err(bad());
    }
    Ok(h as i64 * 60 + m as i64 - offset_minutes)
}

fn digits(s: &str) -> Option<u32> {
    if s.is_empty() || !s.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn digits2(s: &str) -> Option<u32> {
    if s.len() != 2 {
        return None;
    }
    digits(s)
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 (Howard Hinnant's algorithm).
fn days_from_civil(year: i32, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year } as i64;
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = month as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn civil_from_days(days: i64) -> (i32, u32, u32) {
    let z = days + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_move_the_instant_and_their_bounds_hold() {
        let at = |t: &str| Date::parse(t).unwrap();
        // The same moment as another's: between its minute neighbours.
        let same = |a: &str, b: (&str, &str)| at(a) > at(b.0) && at(a) < at(b.1);
        assert!(same(
            "2022-10-07T09:30:00+04:00",
            ("2022-10-07T05:29Z", "2022-10-07T05:31Z")
        ));
        assert!(same(
            "2022-10-07T01:15-02:30",
            ("2022-10-07T03:44Z", "2022-10-07T03:46Z")
        ));
        assert!(same(
            "2022-10-07T00:10+00:20",
            ("2022-10-06T23:49Z", "2022-10-06T23:51Z")
        ));
        assert!(at("2022-10-07T10:00+01:00") < at("2022-10-07T10:00Z"));
        assert!(at("2022-10-07T10:00-01:00") > at("2022-10-07T10:00Z"));
        // Each field at its last valid value, then one past it.
        for ok in [
            "2022-10-07T23:59:60+23:59",
            "2022-10-07T00:00:00-23:59",
            "2022-10-07T12:00:59.5Z",
        ] {
            assert!(Date::parse(ok).is_ok(), "{ok}");
        }
        for bad in [
            "2022-10-07T24:00Z",
            "2022-10-07T12:60Z",
            "2022-10-07T12:00:61Z",
            "2022-10-07T12:00+24:00",
            "2022-10-07T12:00+01:60",
            "2022-10-07T12:00:00.Z",
            "2022-10-07T12:00:00.5xZ",
            "2022-10-07T12:00+0100",
            "2022-10-07T12:00",
            "2022-10-07T1:00Z",
        ] {
            assert!(Date::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn calendar_dates_have_their_dashes_in_place() {
        for bad in [
            "2022/10/07",
            "2022-10/07",
            "2022/10-07",
            "20221-0-07",
            "2022-1007",
            "2022-00-07",
            "2022-13-01",
            "2022-04-00",
            "2022-+1-07",
            "+022-01-07",
            "2022-01-+7",
            "2022-10-07T+1:00Z",
        ] {
            assert!(Date::parse(bad).is_err(), "{bad}");
        }
        // Thirty days hath September, April, June and November; February
        // has 29 in years divisible by 4, but not by 100 unless by 400.
        for month in ["04", "06", "09", "11"] {
            assert!(Date::parse(&format!("2022-{month}-30")).is_ok());
            assert!(Date::parse(&format!("2022-{month}-31")).is_err(), "{month}");
        }
        for month in ["01", "03", "05", "07", "08", "10", "12"] {
            assert!(Date::parse(&format!("2022-{month}-31")).is_ok(), "{month}");
        }
        for leap in ["2024", "2000", "1600"] {
            assert!(Date::parse(&format!("{leap}-02-29")).is_ok(), "{leap}");
        }
        for common in ["2023", "2022", "1900", "2100", "2001"] {
            assert!(Date::parse(&format!("{common}-02-29")).is_err(), "{common}");
            assert!(Date::parse(&format!("{common}-02-28")).is_ok(), "{common}");
        }
    }

    #[test]
    fn days_and_dates_convert_both_ways_across_centuries() {
        // From 1600-01-01 to 2400-12-31: every day, leap centuries included.
        let first = days_from_civil(1600, 1, 1);
        let last = days_from_civil(2400, 12, 31);
        let mut previous = civil_from_days(first - 1);
        for d in first..=last {
            let (y, m, day) = civil_from_days(d);
            assert_eq!(days_from_civil(y, m, day), d, "{y}-{m}-{day}");
            assert!((y, m, day) > previous, "{y}-{m}-{day} after {previous:?}");
            assert!(day >= 1 && day <= days_in_month(y, m));
            previous = (y, m, day);
        }
        assert_eq!(civil_from_days(days_from_civil(2000, 2, 29)), (2000, 2, 29));
        assert_eq!(
            civil_from_days(days_from_civil(2100, 3, 1) - 1),
            (2100, 2, 28)
        );
    }

    #[test]
    fn a_date_tells_its_parts() {
        let d = Date::parse("2024-03-09").unwrap();
        assert_eq!((d.year(), d.month(), d.day()), (2024, 3, 9));
        let d = Date::parse("1999-12-31T23:59:00+01:00").unwrap();
        assert_eq!((d.year(), d.month(), d.day()), (1999, 12, 31));
    }

    #[test]
    fn a_day_count_is_the_same_date_as_its_text() {
        // 2022-10-07 is day 19272 after 1970-01-01.
        assert_eq!(
            Date::from_unix_days(19272),
            Date::parse("2022-10-07").unwrap()
        );
        assert_eq!(Date::from_unix_days(0), Date::parse("1970-01-01").unwrap());
        assert!(Date::from_unix_days(19273) > Date::parse("2022-10-07T23:00:00Z").unwrap());
    }

    #[test]
    fn the_seed_alert_date_reads_as_a_friday_in_october() {
        let d = Date::parse("2022-10-07").unwrap();
        assert_eq!(d.long_english(), "Friday, October 7, 2022");
        assert_eq!(d.short_english(), "Oct 7, 2022");
        assert_eq!(d.year(), 2022);
    }

    #[test]
    fn date_times_with_offsets_are_accepted_and_ordered_by_instant() {
        let east = Date::parse("2022-10-07T01:00:00+04:00").unwrap();
        let utc = Date::parse("2022-10-06T22:00Z").unwrap();
        assert!(east < utc, "01:00+04:00 is 21:00 UTC the day before");
        assert_eq!(east.calendar(), "2022-10-07");
        assert!(Date::parse("2022-10-07T09:30:15.250-05:00").is_ok());
    }

    #[test]
    fn impossible_or_malformed_dates_are_rejected() {
        for bad in [
            "2022-13-01",
            "2022-02-29",
            "2022-1-07",
            "07/10/2022",
            "2022-10-07T25:00Z",
            "2022-10-07T10:00",
            "2022-10-07T10:00+4",
            "",
            "yesterday",
        ] {
            assert!(Date::parse(bad).is_err(), "{bad:?} should be rejected");
        }
        assert!(Date::parse("2024-02-29").is_ok(), "leap day exists in 2024");
    }

    #[test]
    fn unix_days_round_trip_through_the_calendar() {
        for text in ["1970-01-01", "2000-02-29", "2026-11-28", "1969-12-31"] {
            let d = Date::parse(text).unwrap();
            let back = Date::from_unix_days(d.instant.div_euclid(1440));
            assert_eq!(back.as_str(), text);
        }
    }
}

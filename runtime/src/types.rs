//! Value types that generated shapes use: [`DateTime`] for timestamps and
//! [`Document`] for untyped documents. Blobs are `Vec<u8>`; streaming blobs are
//! [`crate::body::Body`].

use std::collections::BTreeMap;
use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// A point in time with nanosecond precision, in UTC (botocore's timestamps).
#[derive(Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DateTime {
    secs: i64,
    nanos: u32,
}

/// A timestamp that could not be parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateTimeParseError {
    /// The text that was given.
    pub input: String,
    /// What format was expected.
    pub expected: &'static str,
}

impl fmt::Display for DateTimeParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid {} timestamp {:?}", self.expected, self.input)
    }
}

impl std::error::Error for DateTimeParseError {}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const WEEKDAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];

/// Days since 1970-01-01 of a proleptic Gregorian date.
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day count since 1970-01-01.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// Broken-down UTC fields of a [`DateTime`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Civil {
    /// Year.
    pub year: i64,
    /// Month, 1–12.
    pub month: u32,
    /// Day of month, 1–31.
    pub day: u32,
    /// Hour, 0–23.
    pub hour: u32,
    /// Minute, 0–59.
    pub minute: u32,
    /// Second, 0–59.
    pub second: u32,
    /// Nanoseconds.
    pub nanos: u32,
}

impl DateTime {
    /// From whole seconds and nanoseconds since the Unix epoch.
    pub fn from_secs_nanos(secs: i64, nanos: u32) -> DateTime {
        let extra = i64::from(nanos / 1_000_000_000);
        DateTime {
            secs: secs.saturating_add(extra),
            nanos: nanos % 1_000_000_000,
        }
    }
    /// From whole seconds since the Unix epoch.
    pub fn from_secs(secs: i64) -> DateTime {
        DateTime { secs, nanos: 0 }
    }
    /// From fractional seconds since the Unix epoch; `None` when not finite or out of range.
    pub fn from_secs_f64(v: f64) -> Option<DateTime> {
        if !v.is_finite() || v.abs() > 1e17 {
            return None;
        }
        let secs = v.floor();
        let mut nanos = ((v - secs) * 1e9).round() as u32;
        let mut secs = secs as i64;
        if nanos >= 1_000_000_000 {
            secs += 1;
            nanos -= 1_000_000_000;
        }
        Some(DateTime { secs, nanos })
    }
    /// The current time.
    pub fn now() -> DateTime {
        DateTime::from(SystemTime::now())
    }
    /// Whole seconds since the epoch (floor).
    pub fn secs(&self) -> i64 {
        self.secs
    }
    /// Nanoseconds past [`DateTime::secs`].
    pub fn subsec_nanos(&self) -> u32 {
        self.nanos
    }
    /// Seconds since the epoch as a float.
    pub fn as_secs_f64(&self) -> f64 {
        self.secs as f64 + f64::from(self.nanos) / 1e9
    }
    /// From UTC fields; `None` when a field is out of range.
    pub fn from_civil(c: Civil) -> Option<DateTime> {
        let days_in_month = match c.month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if (c.year % 4 == 0 && c.year % 100 != 0) || c.year % 400 == 0 => 29,
            2 => 28,
            _ => return None,
        };
        if c.day == 0
            || c.day > days_in_month
            || c.hour > 23
            || c.minute > 59
            || c.second > 60
            || c.nanos >= 1_000_000_000
        {
            return None;
        }
        if !(-100_000..=100_000).contains(&c.year) {
            return None;
        }
        let days = days_from_civil(c.year, c.month, c.day);
        let secs = days * 86_400
            + i64::from(c.hour) * 3600
            + i64::from(c.minute) * 60
            + i64::from(c.second);
        Some(DateTime {
            secs,
            nanos: c.nanos,
        })
    }
    /// The UTC fields of this time.
    pub fn civil(&self) -> Civil {
        let days = self.secs.div_euclid(86_400);
        let rem = self.secs.rem_euclid(86_400) as u32;
        let (year, month, day) = civil_from_days(days);
        Civil {
            year,
            month,
            day,
            hour: rem / 3600,
            minute: rem / 60 % 60,
            second: rem % 60,
            nanos: self.nanos,
        }
    }

    /// ISO 8601 as AWS writes it: `2014-04-29T18:30:38Z`, with `.123` milliseconds only when non-zero.
    pub fn fmt_iso8601(&self) -> String {
        let c = self.civil();
        let mut s = format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
            c.year, c.month, c.day, c.hour, c.minute, c.second
        );
        if c.nanos != 0 {
            let frac = format!("{:09}", c.nanos);
            s.push('.');
            s.push_str(frac.trim_end_matches('0'));
        }
        s.push('Z');
        s
    }
    /// RFC 822 / HTTP date: `Tue, 29 Apr 2014 18:30:38 GMT`.
    pub fn fmt_http_date(&self) -> String {
        let c = self.civil();
        let wd = WEEKDAYS[self.secs.div_euclid(86_400).rem_euclid(7) as usize];
        format!(
            "{wd}, {:02} {} {:04} {:02}:{:02}:{:02} GMT",
            c.day,
            MONTHS[(c.month - 1) as usize],
            c.year,
            c.hour,
            c.minute,
            c.second
        )
    }
    /// Epoch seconds as AWS writes them: an integer, or with up to 3 fractional digits.
    pub fn fmt_epoch(&self) -> String {
        if self.nanos == 0 {
            self.secs.to_string()
        } else {
            let ms = self.nanos / 1_000_000;
            let s = format!("{}.{:03}", self.secs, ms);
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        }
    }
    /// SigV4's basic format: `20150830T123600Z`.
    pub fn fmt_amz_date(&self) -> String {
        let c = self.civil();
        format!(
            "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
            c.year, c.month, c.day, c.hour, c.minute, c.second
        )
    }

    /// Parses ISO 8601 / RFC 3339 (`2014-04-29T18:30:38Z`, fractions, offsets, lower-case `t`/`z`).
    pub fn parse_iso8601(s: &str) -> Result<DateTime, DateTimeParseError> {
        let err = || DateTimeParseError {
            input: s.to_string(),
            expected: "ISO 8601",
        };
        let b = s.trim().as_bytes();
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = b.get(r)?;
            if part.iter().all(u8::is_ascii_digit) {
                std::str::from_utf8(part).ok()?.parse().ok()
            } else {
                None
            }
        };
        if b.len() < 19
            || b[4] != b'-'
            || b[7] != b'-'
            || !matches!(b[10], b'T' | b't' | b' ')
            || b[13] != b':'
            || b[16] != b':'
        {
            return Err(err());
        }
        let year = num(0..4).ok_or_else(err)?;
        let month = num(5..7).ok_or_else(err)?;
        let day = num(8..10).ok_or_else(err)?;
        let hour = num(11..13).ok_or_else(err)?;
        let minute = num(14..16).ok_or_else(err)?;
        let second = num(17..19).ok_or_else(err)?;
        let mut i = 19;
        let mut nanos = 0u32;
        if b.get(i) == Some(&b'.') {
            i += 1;
            let start = i;
            while i < b.len() && b[i].is_ascii_digit() {
                if i - start < 9 {
                    nanos = nanos * 10 + u32::from(b[i] - b'0');
                }
                i += 1;
            }
            if i == start {
                return Err(err());
            }
            for _ in (i - start)..9 {
                nanos *= 10;
            }
        }
        let offset: i64 = match &b[i..] {
            [] | [b'Z'] | [b'z'] => 0,
            [sign @ (b'+' | b'-'), rest @ ..] => {
                let t: Vec<u8> = rest.iter().copied().filter(|c| *c != b':').collect();
                if t.len() != 4 || !t.iter().all(u8::is_ascii_digit) {
                    return Err(err());
                }
                let h = i64::from((t[0] - b'0') * 10 + (t[1] - b'0'));
                let m = i64::from((t[2] - b'0') * 10 + (t[3] - b'0'));
                let v = h * 3600 + m * 60;
                if *sign == b'+' {
                    v
                } else {
                    -v
                }
            }
            _ => return Err(err()),
        };
        let dt = DateTime::from_civil(Civil {
            year: i64::from(year),
            month,
            day,
            hour,
            minute,
            second,
            nanos,
        })
        .ok_or_else(err)?;
        Ok(DateTime {
            secs: dt.secs - offset,
            nanos: dt.nanos,
        })
    }

    /// Parses an HTTP date (`Tue, 29 Apr 2014 18:30:38 GMT`), also without the weekday or with fractions.
    pub fn parse_http_date(s: &str) -> Result<DateTime, DateTimeParseError> {
        let err = || DateTimeParseError {
            input: s.to_string(),
            expected: "RFC 822",
        };
        let s2 = s.trim();
        let rest = match s2.find(',') {
            Some(i) => &s2[i + 1..],
            None => s2,
        };
        let parts: Vec<&str> = rest.split_whitespace().collect();
        if parts.len() < 4 {
            return Err(err());
        }
        let day: u32 = parts[0].parse().map_err(|_| err())?;
        let month = MONTHS
            .iter()
            .position(|m| m.eq_ignore_ascii_case(parts[1]))
            .ok_or_else(err)? as u32
            + 1;
        let year: i64 = parts[2].parse().map_err(|_| err())?;
        let hms: Vec<&str> = parts[3].split(':').collect();
        if hms.len() != 3 {
            return Err(err());
        }
        let hour: u32 = hms[0].parse().map_err(|_| err())?;
        let minute: u32 = hms[1].parse().map_err(|_| err())?;
        let (sec_text, frac) = match hms[2].split_once('.') {
            Some((a, b)) => (a, Some(b)),
            None => (hms[2], None),
        };
        let second: u32 = sec_text.parse().map_err(|_| err())?;
        let mut nanos = 0;
        if let Some(f) = frac {
            if f.is_empty() || f.len() > 9 || !f.bytes().all(|c| c.is_ascii_digit()) {
                return Err(err());
            }
            nanos = f.parse::<u32>().map_err(|_| err())? * 10u32.pow(9 - f.len() as u32);
        }
        match parts.get(4) {
            None | Some(&"GMT") | Some(&"UTC") | Some(&"Z") | Some(&"+0000") => {}
            _ => return Err(err()),
        }
        DateTime::from_civil(Civil {
            year,
            month,
            day,
            hour,
            minute,
            second,
            nanos,
        })
        .ok_or_else(err)
    }

    /// Parses epoch seconds written as text (`1398796238`, `1398796238.123`).
    pub fn parse_epoch(s: &str) -> Result<DateTime, DateTimeParseError> {
        let err = || DateTimeParseError {
            input: s.to_string(),
            expected: "epoch seconds",
        };
        let t = s.trim();
        if let Ok(i) = t.parse::<i64>() {
            return Ok(DateTime::from_secs(i));
        }
        let f: f64 = t.parse().map_err(|_| err())?;
        DateTime::from_secs_f64(f).ok_or_else(err)
    }

    /// Parses any of the three AWS formats, trying ISO 8601, epoch, then HTTP date (as botocore's parser does).
    pub fn parse_any(s: &str) -> Result<DateTime, DateTimeParseError> {
        DateTime::parse_iso8601(s)
            .or_else(|_| DateTime::parse_epoch(s))
            .or_else(|_| DateTime::parse_http_date(s))
            .map_err(|_| DateTimeParseError {
                input: s.to_string(),
                expected: "timestamp",
            })
    }
}

impl From<SystemTime> for DateTime {
    fn from(t: SystemTime) -> DateTime {
        match t.duration_since(UNIX_EPOCH) {
            Ok(d) => DateTime {
                secs: d.as_secs() as i64,
                nanos: d.subsec_nanos(),
            },
            Err(e) => {
                let d = e.duration();
                let mut secs = -(d.as_secs() as i64);
                let mut nanos = d.subsec_nanos();
                if nanos > 0 {
                    secs -= 1;
                    nanos = 1_000_000_000 - nanos;
                }
                DateTime { secs, nanos }
            }
        }
    }
}

impl From<DateTime> for SystemTime {
    fn from(t: DateTime) -> SystemTime {
        if t.secs >= 0 {
            UNIX_EPOCH + Duration::new(t.secs as u64, t.nanos)
        } else {
            UNIX_EPOCH - Duration::from_secs(t.secs.unsigned_abs())
                + Duration::from_nanos(u64::from(t.nanos))
        }
    }
}

impl fmt::Debug for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.fmt_iso8601())
    }
}

impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.fmt_iso8601())
    }
}

/// An untyped, JSON-like document (Smithy's `document` type).
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Document {
    /// Null.
    #[default]
    Null,
    /// A boolean.
    Bool(bool),
    /// An integer.
    Int(i64),
    /// A float.
    Float(f64),
    /// A string.
    String(String),
    /// A list.
    Array(Vec<Document>),
    /// An object with string keys.
    Object(BTreeMap<String, Document>),
}

impl From<i64> for Document {
    fn from(v: i64) -> Self {
        Document::Int(v)
    }
}
impl From<f64> for Document {
    fn from(v: f64) -> Self {
        Document::Float(v)
    }
}
impl From<bool> for Document {
    fn from(v: bool) -> Self {
        Document::Bool(v)
    }
}
impl From<&str> for Document {
    fn from(v: &str) -> Self {
        Document::String(v.to_string())
    }
}
impl From<String> for Document {
    fn from(v: String) -> Self {
        Document::String(v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso8601_round_trip() {
        let t = DateTime::parse_iso8601("2014-04-29T18:30:38Z").unwrap();
        assert_eq!(t.secs(), 1_398_796_238);
        assert_eq!(t.fmt_iso8601(), "2014-04-29T18:30:38Z");
        let t = DateTime::parse_iso8601("2014-04-29T18:30:38.123+01:00").unwrap();
        assert_eq!(t.secs(), 1_398_796_238 - 3600);
        assert_eq!(t.subsec_nanos(), 123_000_000);
        for bad in ["2014-13-29T18:30:38Z", "garbage", "2014-04-29T18:30:38.Z"] {
            let e = DateTime::parse_iso8601(bad).unwrap_err();
            assert_eq!((e.input.as_str(), e.expected), (bad, "ISO 8601"));
        }
    }

    #[test]
    fn http_date() {
        let t = DateTime::parse_http_date("Tue, 29 Apr 2014 18:30:38 GMT").unwrap();
        assert_eq!(t.secs(), 1_398_796_238);
        assert_eq!(t.fmt_http_date(), "Tue, 29 Apr 2014 18:30:38 GMT");
        let e = DateTime::parse_http_date("Tue, 29 Foo 2014 18:30:38 GMT").unwrap_err();
        assert_eq!(
            (e.input.as_str(), e.expected),
            ("Tue, 29 Foo 2014 18:30:38 GMT", "RFC 822")
        );
    }

    #[test]
    fn epoch() {
        let t = DateTime::parse_epoch("1398796238.5").unwrap();
        assert_eq!(t.fmt_epoch(), "1398796238.5");
        assert_eq!(DateTime::from_secs(-1).civil().year, 1969);
        assert_eq!(DateTime::from_secs(0).fmt_amz_date(), "19700101T000000Z");
        let e = DateTime::parse_epoch("nan").unwrap_err();
        assert_eq!((e.input.as_str(), e.expected), ("nan", "epoch seconds"));
    }
}

/// The input of an operation that has none (an operation without output returns
/// [`crate::meta::NoOutput`], which carries the call's metadata).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Unit;

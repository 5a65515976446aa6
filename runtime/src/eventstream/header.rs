//! Header values of `application/vnd.amazon.eventstream` messages and their wire form.
//!
//! A header is `name length (u8) | name (UTF-8) | value type (u8) | value`. The ten value
//! types are listed on [`HeaderValue`]; integers are big-endian, byte arrays and strings
//! carry a `u16` length, timestamps are milliseconds since the epoch (`i64`), UUIDs are 16
//! raw bytes.

use std::fmt;

use bytes::Bytes;

use crate::types::DateTime;

/// The largest header name: its length is one byte.
pub const MAX_HEADER_NAME_LEN: usize = u8::MAX as usize;

/// The largest byte-array or string header value Kumo encodes (`i16::MAX`, the limit of the
/// AWS event-stream encoders). Decoding accepts anything the `u16` length can say.
pub const MAX_HEADER_VALUE_LEN: usize = i16::MAX as usize;

/// A header value. The wire type of each variant is given in brackets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HeaderValue {
    /// `true` (type 0) or `false` (type 1).
    Bool(bool),
    /// A signed byte (type 2).
    Byte(i8),
    /// A 16-bit integer (type 3).
    Short(i16),
    /// A 32-bit integer (type 4).
    Int(i32),
    /// A 64-bit integer (type 5).
    Long(i64),
    /// Bytes (type 6).
    ByteArray(Bytes),
    /// UTF-8 text (type 7).
    String(String),
    /// A point in time, millisecond precision on the wire (type 8). Encoding truncates
    /// sub-millisecond parts.
    Timestamp(DateTime),
    /// A UUID, 16 bytes (type 9).
    Uuid([u8; 16]),
}

impl HeaderValue {
    /// The wire type id (0–9).
    pub fn type_id(&self) -> u8 {
        match self {
            HeaderValue::Bool(true) => 0,
            HeaderValue::Bool(false) => 1,
            HeaderValue::Byte(_) => 2,
            HeaderValue::Short(_) => 3,
            HeaderValue::Int(_) => 4,
            HeaderValue::Long(_) => 5,
            HeaderValue::ByteArray(_) => 6,
            HeaderValue::String(_) => 7,
            HeaderValue::Timestamp(_) => 8,
            HeaderValue::Uuid(_) => 9,
        }
    }

    /// The name of the wire type (`"string"`, `"timestamp"`, …), for messages.
    pub fn type_name(&self) -> &'static str {
        match self {
            HeaderValue::Bool(_) => "bool",
            HeaderValue::Byte(_) => "byte",
            HeaderValue::Short(_) => "short",
            HeaderValue::Int(_) => "int",
            HeaderValue::Long(_) => "long",
            HeaderValue::ByteArray(_) => "byte array",
            HeaderValue::String(_) => "string",
            HeaderValue::Timestamp(_) => "timestamp",
            HeaderValue::Uuid(_) => "uuid",
        }
    }

    /// The text, for a string value.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            HeaderValue::String(s) => Some(s),
            _ => None,
        }
    }

    /// The bytes, for a byte-array value.
    pub fn as_bytes(&self) -> Option<&Bytes> {
        match self {
            HeaderValue::ByteArray(b) => Some(b),
            _ => None,
        }
    }

    /// The value widened to `i64`, for the four integer types.
    pub fn as_i64(&self) -> Option<i64> {
        match *self {
            HeaderValue::Byte(v) => Some(i64::from(v)),
            HeaderValue::Short(v) => Some(i64::from(v)),
            HeaderValue::Int(v) => Some(i64::from(v)),
            HeaderValue::Long(v) => Some(v),
            _ => None,
        }
    }

    /// The number of bytes the value takes on the wire, type byte included.
    pub(crate) fn wire_len(&self) -> usize {
        1 + match self {
            HeaderValue::Bool(_) => 0,
            HeaderValue::Byte(_) => 1,
            HeaderValue::Short(_) => 2,
            HeaderValue::Int(_) => 4,
            HeaderValue::Long(_) | HeaderValue::Timestamp(_) => 8,
            HeaderValue::ByteArray(b) => 2 + b.len(),
            HeaderValue::String(s) => 2 + s.len(),
            HeaderValue::Uuid(_) => 16,
        }
    }
}

impl From<bool> for HeaderValue {
    fn from(v: bool) -> HeaderValue {
        HeaderValue::Bool(v)
    }
}
impl From<i8> for HeaderValue {
    fn from(v: i8) -> HeaderValue {
        HeaderValue::Byte(v)
    }
}
impl From<i16> for HeaderValue {
    fn from(v: i16) -> HeaderValue {
        HeaderValue::Short(v)
    }
}
impl From<i32> for HeaderValue {
    fn from(v: i32) -> HeaderValue {
        HeaderValue::Int(v)
    }
}
impl From<i64> for HeaderValue {
    fn from(v: i64) -> HeaderValue {
        HeaderValue::Long(v)
    }
}
impl From<Bytes> for HeaderValue {
    fn from(v: Bytes) -> HeaderValue {
        HeaderValue::ByteArray(v)
    }
}
impl From<Vec<u8>> for HeaderValue {
    fn from(v: Vec<u8>) -> HeaderValue {
        HeaderValue::ByteArray(Bytes::from(v))
    }
}
impl From<String> for HeaderValue {
    fn from(v: String) -> HeaderValue {
        HeaderValue::String(v)
    }
}
impl From<&str> for HeaderValue {
    fn from(v: &str) -> HeaderValue {
        HeaderValue::String(v.to_string())
    }
}
impl From<DateTime> for HeaderValue {
    fn from(v: DateTime) -> HeaderValue {
        HeaderValue::Timestamp(v)
    }
}
impl From<[u8; 16]> for HeaderValue {
    fn from(v: [u8; 16]) -> HeaderValue {
        HeaderValue::Uuid(v)
    }
}

/// One header: a name and a typed value.
#[derive(Clone, PartialEq, Eq)]
pub struct Header {
    /// The name (1–255 bytes of UTF-8 when encoded).
    pub name: String,
    /// The value.
    pub value: HeaderValue,
}

impl Header {
    /// A header.
    pub fn new(name: impl Into<String>, value: impl Into<HeaderValue>) -> Header {
        Header {
            name: name.into(),
            value: value.into(),
        }
    }

    /// Whether the name is one of the protocol's own (`:message-type`, `:event-type`, …).
    /// Only those values are shown by `Debug`: the others may carry modelled members,
    /// some of them sensitive.
    pub fn is_protocol_header(&self) -> bool {
        self.name.starts_with(':')
    }
}

impl fmt::Debug for Header {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_protocol_header() && !matches!(self.value, HeaderValue::ByteArray(_)) {
            write!(f, "{}: {:?}", self.name, self.value)
        } else {
            write!(f, "{}: <{}>", self.name, self.value.type_name())
        }
    }
}

/// Milliseconds since the epoch of `t`, truncated toward the past; `None` out of `i64` range.
pub(crate) fn to_millis(t: DateTime) -> Option<i64> {
    let ms = i128::from(t.secs()) * 1000 + i128::from(t.subsec_nanos() / 1_000_000);
    i64::try_from(ms).ok()
}

/// The time `millis` milliseconds after the epoch (exact for every `i64`).
pub(crate) fn from_millis(millis: i64) -> DateTime {
    let secs = millis.div_euclid(1000);
    let ms = millis.rem_euclid(1000) as u32;
    DateTime::from_secs_nanos(secs, ms * 1_000_000)
}

/// Why a header section could not be read (the message checksum matched, so the sender
/// wrote it this way).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum HeaderFault {
    Truncated,
    NameNotUtf8,
    UnknownType(u8),
    StringNotUtf8,
}

impl fmt::Display for HeaderFault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HeaderFault::Truncated => {
                f.write_str("a header runs past the end of the header section")
            }
            HeaderFault::NameNotUtf8 => f.write_str("a header name is not UTF-8"),
            HeaderFault::UnknownType(t) => write!(f, "unknown header value type {t}"),
            HeaderFault::StringNotUtf8 => f.write_str("a string header value is not UTF-8"),
        }
    }
}

/// Reads a header section. `section` is a slice of a frame, so byte-array values share its
/// memory. On failure returns the offset (within the section) of the header at fault.
pub(crate) fn parse_headers(section: &Bytes) -> Result<Vec<Header>, (usize, HeaderFault)> {
    let mut headers = Vec::new();
    let mut pos = 0usize;
    let bytes: &[u8] = section;
    while pos < bytes.len() {
        let start = pos;
        let fail = |fault| (start, fault);
        let take = |pos: &mut usize, n: usize| -> Result<&[u8], (usize, HeaderFault)> {
            let end = pos.checked_add(n).ok_or((start, HeaderFault::Truncated))?;
            let s = bytes
                .get(*pos..end)
                .ok_or((start, HeaderFault::Truncated))?;
            *pos = end;
            Ok(s)
        };
        let name_len = usize::from(*take(&mut pos, 1)?.first().unwrap_or(&0));
        let name = std::str::from_utf8(take(&mut pos, name_len)?)
            .map_err(|_| fail(HeaderFault::NameNotUtf8))?
            .to_string();
        let ty = *take(&mut pos, 1)?.first().unwrap_or(&0);
        let value = match ty {
            0 => HeaderValue::Bool(true),
            1 => HeaderValue::Bool(false),
            2 => HeaderValue::Byte(i8::from_be_bytes(arr(take(&mut pos, 1)?))),
            3 => HeaderValue::Short(i16::from_be_bytes(arr(take(&mut pos, 2)?))),
            4 => HeaderValue::Int(i32::from_be_bytes(arr(take(&mut pos, 4)?))),
            5 => HeaderValue::Long(i64::from_be_bytes(arr(take(&mut pos, 8)?))),
            6 | 7 => {
                let len = usize::from(u16::from_be_bytes(arr(take(&mut pos, 2)?)));
                let at = pos;
                let raw = take(&mut pos, len)?;
                if ty == 6 {
                    HeaderValue::ByteArray(section.slice(at..at + len))
                } else {
                    let s =
                        std::str::from_utf8(raw).map_err(|_| fail(HeaderFault::StringNotUtf8))?;
                    HeaderValue::String(s.to_string())
                }
            }
            8 => HeaderValue::Timestamp(from_millis(i64::from_be_bytes(arr(take(&mut pos, 8)?)))),
            9 => HeaderValue::Uuid(arr(take(&mut pos, 16)?)),
            t => return Err(fail(HeaderFault::UnknownType(t))),
        };
        headers.push(Header { name, value });
    }
    Ok(headers)
}

/// The first name that occurs twice, if any.
pub(crate) fn find_duplicate(headers: &[Header]) -> Option<&str> {
    if headers.len() <= 32 {
        for (i, h) in headers.iter().enumerate() {
            if headers.get(..i)?.iter().any(|o| o.name == h.name) {
                return Some(&h.name);
            }
        }
        None
    } else {
        let mut seen = std::collections::HashSet::with_capacity(headers.len());
        headers
            .iter()
            .find(|h| !seen.insert(h.name.as_str()))
            .map(|h| h.name.as_str())
    }
}

/// A fixed-size array from a slice of exactly that length (zeros otherwise, which the callers
/// never pass: `take` returns exactly `N` bytes).
fn arr<const N: usize>(s: &[u8]) -> [u8; N] {
    let mut a = [0u8; N];
    if let Some(src) = s.get(..N) {
        a.copy_from_slice(src);
    }
    a
}

/// Appends one header's wire form. The caller has checked the name and value lengths.
pub(crate) fn write_header(h: &Header, out: &mut Vec<u8>) {
    out.push(h.name.len() as u8);
    out.extend_from_slice(h.name.as_bytes());
    out.push(h.value.type_id());
    match &h.value {
        HeaderValue::Bool(_) => {}
        HeaderValue::Byte(v) => out.extend_from_slice(&v.to_be_bytes()),
        HeaderValue::Short(v) => out.extend_from_slice(&v.to_be_bytes()),
        HeaderValue::Int(v) => out.extend_from_slice(&v.to_be_bytes()),
        HeaderValue::Long(v) => out.extend_from_slice(&v.to_be_bytes()),
        HeaderValue::ByteArray(b) => {
            out.extend_from_slice(&(b.len() as u16).to_be_bytes());
            out.extend_from_slice(b);
        }
        HeaderValue::String(s) => {
            out.extend_from_slice(&(s.len() as u16).to_be_bytes());
            out.extend_from_slice(s.as_bytes());
        }
        HeaderValue::Timestamp(t) => {
            // Checked by the caller (`encoded_headers_len`).
            out.extend_from_slice(&to_millis(*t).unwrap_or(0).to_be_bytes());
        }
        HeaderValue::Uuid(u) => out.extend_from_slice(u),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn millis_round_trip_including_negative_times() {
        for ms in [
            0i64,
            1,
            999,
            1000,
            -1,
            -999,
            -1000,
            -1001,
            i64::MAX,
            i64::MIN,
        ] {
            assert_eq!(to_millis(from_millis(ms)), Some(ms), "{ms}");
        }
        // Sub-millisecond parts are cut toward the past.
        let t = DateTime::from_secs_nanos(5, 1_999_999);
        assert_eq!(to_millis(t), Some(5001));
        assert_eq!(to_millis(DateTime::from_secs(i64::MAX)), None);
    }

    #[test]
    fn debug_hides_values_of_modelled_headers() {
        let secret = Header::new("api-key", "hunter2");
        let shown = Header::new(":event-type", "Chunk");
        let sig = Header::new(":chunk-signature", vec![1u8, 2, 3]);
        assert_eq!(format!("{secret:?}"), "api-key: <string>");
        assert_eq!(format!("{shown:?}"), ":event-type: String(\"Chunk\")");
        assert_eq!(format!("{sig:?}"), ":chunk-signature: <byte array>");
    }

    #[test]
    fn duplicates_found_with_few_and_many_headers() {
        let few = vec![
            Header::new("a", 1i32),
            Header::new("b", 2i32),
            Header::new("a", 3i32),
        ];
        assert_eq!(find_duplicate(&few), Some("a"));
        let mut many: Vec<Header> = (0..100)
            .map(|i| Header::new(format!("h{i}"), true))
            .collect();
        assert_eq!(find_duplicate(&many), None);
        many.push(Header::new("h42", false));
        assert_eq!(find_duplicate(&many), Some("h42"));
    }
}

//! Reading and writing values as JSON by schema, shared by the json and rest-json
//! engines (botocore's `JSONSerializer._serialize_*` and `BaseJSONParser._handle_*`).
//!
//! Writing goes straight into a `String`; reading parses the body with `serde_json` and
//! walks the result alongside the schema, filling the value through the
//! [`crate::data`] view. Unknown members are ignored; a value of the wrong JSON type is
//! a typed [`SdkError`] naming the member path.

use std::borrow::Cow;
use std::fmt::Write as _;

use base64::Engine as _;

use crate::data::{Reflect, Scalar, Struct, View};
use crate::error::SdkError;
use crate::schema::{flags, Kind, Location, Member, Schema, TimestampFormat};
use crate::types::{DateTime, Document};

use super::{parse_err, ser_error};

/// Nesting deeper than this is refused (both ways) instead of overflowing the stack.
const MAX_DEPTH: usize = 128;

/// Which members of a structure a writer or reader handles.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Members {
    /// Every member (json protocol).
    All,
    /// Only members located in the body (rest-json top level).
    Body,
    /// Every member but those sent as event-stream message headers (an input event).
    Event,
}

fn included(m: &Member, which: Members) -> bool {
    match which {
        Members::All => true,
        Members::Body => m.location == Location::Body,
        Members::Event => !m.has(crate::schema::flags::EVENT_HEADER),
    }
}

/// Writes structure `s` as a JSON object.
pub(crate) fn write_struct(
    out: &mut String,
    s: &dyn Struct,
    which: Members,
) -> Result<(), SdkError> {
    write_struct_at(out, s, which, 0)
}

fn write_struct_at(
    out: &mut String,
    s: &dyn Struct,
    which: Members,
    depth: usize,
) -> Result<(), SdkError> {
    if depth > MAX_DEPTH {
        return Err(ser_error("value nested too deeply"));
    }
    let schema = s.schema();
    out.push('{');
    let mut first = true;
    for (i, m) in schema.members.iter().enumerate() {
        if !included(m, which) {
            continue;
        }
        let Some(d) = s.field(i) else { continue };
        if matches!(d.view(), View::Absent) {
            continue;
        }
        if !first {
            out.push(',');
        }
        first = false;
        write_str(out, m.wire_name());
        out.push(':');
        write_value(out, d, m, depth + 1)?;
    }
    out.push('}');
    Ok(())
}

/// Writes one member's value.
pub(crate) fn write_value(
    out: &mut String,
    d: &dyn Reflect,
    m: &Member,
    depth: usize,
) -> Result<(), SdkError> {
    if depth > MAX_DEPTH {
        return Err(ser_error("value nested too deeply"));
    }
    let schema = m.target;
    match d.view() {
        View::Absent => out.push_str("null"),
        View::Bool(b) => out.push_str(if b { "true" } else { "false" }),
        View::Int(i) => {
            let _ = write!(out, "{i}");
        }
        View::Float(f) => write_float(out, f, schema.kind == Kind::Float),
        View::Str(s) => {
            if matches!(schema.kind, Kind::BigInteger | Kind::BigDecimal) && is_number(s) {
                out.push_str(s);
            } else {
                write_str(out, s);
            }
        }
        View::Blob(b) => {
            out.push('"');
            base64::engine::general_purpose::STANDARD.encode_string(b, out);
            out.push('"');
        }
        View::Time(t) => match m.timestamp_format_or(TimestampFormat::UnixTimestamp) {
            TimestampFormat::UnixTimestamp => out.push_str(&fmt_epoch(t)),
            TimestampFormat::Iso8601 => write_str(out, &fmt_iso8601(t)),
            TimestampFormat::Rfc822 => write_str(out, &t.fmt_http_date()),
        },
        View::Doc(doc) => write_document(out, doc, depth)?,
        View::Struct(s) => write_struct_at(out, s, Members::All, depth)?,
        View::List(l) => {
            let elem = schema
                .members
                .first()
                .ok_or_else(|| ser_error("list schema without member"))?;
            out.push('[');
            for i in 0..l.len() {
                if i > 0 {
                    out.push(',');
                }
                match l.at(i) {
                    Some(v) => write_value(out, v, elem, depth + 1)?,
                    None => out.push_str("null"),
                }
            }
            out.push(']');
        }
        View::Map(map) => {
            let val = schema
                .members
                .get(1)
                .ok_or_else(|| ser_error("map schema without value"))?;
            out.push('{');
            for (n, (k, v)) in map.entries().into_iter().enumerate() {
                if n > 0 {
                    out.push(',');
                }
                write_str(out, k);
                out.push(':');
                write_value(out, v, val, depth + 1)?;
            }
            out.push('}');
        }
        View::Stream(body) => {
            let bytes = body
                .bytes()
                .ok_or_else(|| ser_error("a streaming body cannot be written into JSON"))?;
            write_str(
                out,
                &base64::engine::general_purpose::STANDARD.encode(bytes),
            );
        }
    }
    Ok(())
}

fn is_number(s: &str) -> bool {
    !s.is_empty() && serde_json::from_str::<serde_json::Number>(s).is_ok()
}

/// Writes a float; non-finite values are the strings botocore sends.
fn write_float(out: &mut String, f: f64, single: bool) {
    if f.is_nan() {
        out.push_str("\"NaN\"");
    } else if f == f64::INFINITY {
        out.push_str("\"Infinity\"");
    } else if f == f64::NEG_INFINITY {
        out.push_str("\"-Infinity\"");
    } else if single {
        // The shortest text that reads back as the same f32 (1.1, not 1.100000023841858).
        let _ = write!(out, "{:?}", f as f32);
    } else {
        let _ = write!(out, "{f:?}");
    }
}

/// Epoch seconds as botocore writes them: an integer, or with microseconds.
pub(crate) fn fmt_epoch(t: DateTime) -> String {
    let micros = t.subsec_nanos() / 1000;
    if micros == 0 {
        t.secs().to_string()
    } else {
        let v = (t.secs() as f64 * 1e6 + f64::from(micros)) / 1e6;
        format!("{v:?}")
    }
}

/// ISO 8601 as botocore writes it: whole seconds, or with six digits of microseconds.
pub(crate) fn fmt_iso8601(t: DateTime) -> String {
    let c = t.civil();
    let micros = c.nanos / 1000;
    let mut s = format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
        c.year, c.month, c.day, c.hour, c.minute, c.second
    );
    if micros > 0 {
        s.push_str(&format!(".{micros:06}"));
    }
    s.push('Z');
    s
}

fn write_document(out: &mut String, d: &Document, depth: usize) -> Result<(), SdkError> {
    if depth > MAX_DEPTH {
        return Err(ser_error("document nested too deeply"));
    }
    match d {
        Document::Null => out.push_str("null"),
        Document::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Document::Int(i) => {
            let _ = write!(out, "{i}");
        }
        Document::Float(f) => write_float(out, *f, false),
        Document::String(s) => write_str(out, s),
        Document::Array(a) => {
            out.push('[');
            for (i, v) in a.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_document(out, v, depth + 1)?;
            }
            out.push(']');
        }
        Document::Object(o) => {
            out.push('{');
            for (i, (k, v)) in o.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_str(out, k);
                out.push(':');
                write_document(out, v, depth + 1)?;
            }
            out.push('}');
        }
    }
    Ok(())
}

/// Writes a JSON string literal.
pub(crate) fn write_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// A pull reader over a JSON body: values are read straight into the target through the
/// data view, with no intermediate tree.
pub(crate) struct Reader<'a> {
    b: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    /// A reader at the start of `b`.
    pub(crate) fn new(b: &'a [u8]) -> Reader<'a> {
        Reader { b, pos: 0 }
    }

    fn err(&self, what: &str) -> SdkError {
        parse_err(format!(
            "invalid JSON response body at byte {}: {what}",
            self.pos
        ))
        .at_byte(self.pos)
    }

    fn ws(&mut self) {
        while let Some(c) = self.b.get(self.pos) {
            if matches!(c, b' ' | b'\n' | b'\r' | b'\t') {
                self.pos += 1;
            } else {
                break;
            }
        }
    }

    fn peek(&mut self) -> Option<u8> {
        self.ws();
        self.b.get(self.pos).copied()
    }

    fn eat(&mut self, c: u8) -> Result<(), SdkError> {
        if self.peek() == Some(c) {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.err(&format!("expected '{}'", char::from(c))))
        }
    }

    /// Whether only whitespace is left.
    pub(crate) fn at_end(&mut self) -> bool {
        self.peek().is_none()
    }

    fn literal(&mut self, word: &[u8]) -> Result<(), SdkError> {
        if self.b.get(self.pos..self.pos + word.len()) == Some(word) {
            self.pos += word.len();
            Ok(())
        } else {
            Err(self.err("invalid literal"))
        }
    }

    /// Consumes `null` if it is next.
    fn null(&mut self) -> Result<bool, SdkError> {
        if self.peek() == Some(b'n') {
            self.literal(b"null")?;
            Ok(true)
        } else {
            Ok(false)
        }
    }

    fn string(&mut self) -> Result<String, SdkError> {
        self.str_cow().map(Cow::into_owned)
    }

    /// A string, borrowed from the body when it has no escapes.
    fn str_cow(&mut self) -> Result<Cow<'a, str>, SdkError> {
        self.eat(b'"')?;
        let start = self.pos;
        while let Some(&c) = self.b.get(self.pos) {
            if c == b'"' {
                let text = std::str::from_utf8(&self.b[start..self.pos])
                    .map_err(|_| self.err("invalid UTF-8"))?;
                self.pos += 1;
                return Ok(Cow::Borrowed(text));
            }
            if c == b'\\' || c < 0x20 {
                break;
            }
            self.pos += 1;
        }
        self.pos = start;
        let mut out: Vec<u8> = Vec::new();
        loop {
            let start = self.pos;
            while let Some(&c) = self.b.get(self.pos) {
                if c == b'"' || c == b'\\' || c < 0x20 {
                    break;
                }
                self.pos += 1;
            }
            out.extend_from_slice(&self.b[start..self.pos]);
            match self.b.get(self.pos) {
                Some(b'"') => {
                    self.pos += 1;
                    return String::from_utf8(out)
                        .map(Cow::Owned)
                        .map_err(|_| self.err("invalid UTF-8"));
                }
                Some(b'\\') => {
                    self.pos += 1;
                    let e = *self.b.get(self.pos).ok_or_else(|| self.err("truncated"))?;
                    self.pos += 1;
                    let ch = match e {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let hi = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&hi) {
                                if self.b.get(self.pos..self.pos + 2) != Some(b"\\u") {
                                    return Err(self.err("lone surrogate"));
                                }
                                self.pos += 2;
                                let lo = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&lo) {
                                    return Err(self.err("bad surrogate pair"));
                                }
                                0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                            } else {
                                hi
                            };
                            char::from_u32(code).ok_or_else(|| self.err("bad \\u escape"))?
                        }
                        _ => return Err(self.err("bad escape")),
                    };
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                }
                _ => return Err(self.err("unterminated string")),
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, SdkError> {
        let h = self
            .b
            .get(self.pos..self.pos + 4)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u32::from_str_radix(h, 16).ok())
            .ok_or_else(|| self.err("bad \\u escape"))?;
        self.pos += 4;
        Ok(h)
    }

    /// The text of a number (validated by the caller's parse).
    fn number(&mut self) -> Result<&'a str, SdkError> {
        self.ws();
        let start = self.pos;
        while let Some(c) = self.b.get(self.pos) {
            if c.is_ascii_digit() || matches!(c, b'-' | b'+' | b'.' | b'e' | b'E') {
                self.pos += 1;
            } else {
                break;
            }
        }
        if start == self.pos {
            return Err(self.err("expected a value"));
        }
        std::str::from_utf8(&self.b[start..self.pos]).map_err(|_| self.err("bad number"))
    }

    /// Iterates an object: calls `f` with each key, `f` must consume the value.
    fn object(
        &mut self,
        depth: usize,
        mut f: impl FnMut(&mut Self, Cow<'a, str>) -> Result<(), SdkError>,
    ) -> Result<(), SdkError> {
        if depth > MAX_DEPTH {
            return Err(self.err("nested too deeply"));
        }
        self.eat(b'{')?;
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(());
        }
        loop {
            let k = self.str_cow()?;
            self.eat(b':')?;
            f(self, k)?;
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(());
                }
                _ => return Err(self.err("expected ',' or '}'")),
            }
        }
    }

    /// Iterates an array: `f` must consume each element.
    fn array(
        &mut self,
        depth: usize,
        mut f: impl FnMut(&mut Self) -> Result<(), SdkError>,
    ) -> Result<(), SdkError> {
        if depth > MAX_DEPTH {
            return Err(self.err("nested too deeply"));
        }
        self.eat(b'[')?;
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(());
        }
        loop {
            f(self)?;
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(());
                }
                _ => return Err(self.err("expected ',' or ']'")),
            }
        }
    }

    /// Reads any value as a [`Document`] (also used to skip unknown members).
    fn document(&mut self, depth: usize) -> Result<Document, SdkError> {
        if depth > MAX_DEPTH {
            return Err(self.err("nested too deeply"));
        }
        Ok(match self.peek() {
            Some(b'{') => {
                let mut m = std::collections::BTreeMap::new();
                self.object(depth, |r, k| {
                    let v = r.document(depth + 1)?;
                    m.insert(k.into_owned(), v);
                    Ok(())
                })?;
                Document::Object(m)
            }
            Some(b'[') => {
                let mut a = Vec::new();
                self.array(depth, |r| {
                    a.push(r.document(depth + 1)?);
                    Ok(())
                })?;
                Document::Array(a)
            }
            Some(b'"') => Document::String(self.string()?),
            Some(b't') => {
                self.literal(b"true")?;
                Document::Bool(true)
            }
            Some(b'f') => {
                self.literal(b"false")?;
                Document::Bool(false)
            }
            Some(b'n') => {
                self.literal(b"null")?;
                Document::Null
            }
            _ => {
                let n = self.number()?;
                match n.parse::<i64>() {
                    Ok(i) => Document::Int(i),
                    Err(_) => Document::Float(n.parse().map_err(|_| self.err("bad number"))?),
                }
            }
        })
    }

    /// Skips one value.
    fn skip(&mut self, depth: usize) -> Result<(), SdkError> {
        if depth > MAX_DEPTH {
            return Err(self.err("nested too deeply"));
        }
        match self.peek() {
            Some(b'{') => self.object(depth, |r, _| r.skip(depth + 1)),
            Some(b'[') => self.array(depth, |r| r.skip(depth + 1)),
            Some(b'"') => self.string().map(drop),
            Some(b't') => self.literal(b"true"),
            Some(b'f') => self.literal(b"false"),
            Some(b'n') => self.literal(b"null"),
            _ => self.number().map(drop),
        }
    }
}

/// Fills structure `s` from a JSON body; an empty body leaves it empty.
pub(crate) fn read_body(body: &[u8], s: &mut dyn Struct, which: Members) -> Result<(), SdkError> {
    let mut r = Reader::new(body);
    if r.at_end() {
        return Ok(());
    }
    if !r.null()? {
        read_struct(&mut r, s, which, 0)?;
    }
    if !r.at_end() {
        return Err(r.err("trailing characters"));
    }
    Ok(())
}

/// Fills one member (an HTTP payload) from a whole JSON body; an empty body leaves it unset.
pub(crate) fn read_body_value(
    body: &[u8],
    d: &mut dyn Reflect,
    m: &Member,
) -> Result<(), SdkError> {
    let mut r = Reader::new(body);
    if r.at_end() {
        return Ok(());
    }
    if !r.null()? {
        read_value(&mut r, d, m, 0)?;
    }
    if !r.at_end() {
        return Err(r.err("trailing characters"));
    }
    Ok(())
}

fn read_struct(
    r: &mut Reader<'_>,
    s: &mut dyn Struct,
    which: Members,
    depth: usize,
) -> Result<(), SdkError> {
    let schema = s.schema();
    if r.peek() != Some(b'{') {
        return Err(r.err(&format!("expected an object for {}", schema.name)));
    }
    let union = schema.kind == Kind::Union;
    let mut known = false;
    let mut unknown: Option<String> = None;
    r.object(depth, |r, key| {
        let found = schema
            .members
            .iter()
            .position(|m| m.wire_name() == key && included(m, which));
        match found {
            Some(i) => {
                if r.null()? {
                    return Ok(());
                }
                known = true;
                let m = &schema.members[i];
                match s.field_mut(i) {
                    Some(field) => read_value(r, field, m, depth + 1)
                        .map_err(|e| e.within(m.name).at_byte(r.pos)),
                    None => r.skip(depth + 1),
                }
            }
            None => {
                if union && key != "__type" && unknown.is_none() && !r.null()? {
                    unknown = Some(key.into_owned());
                    return r.skip(depth + 1);
                }
                r.skip(depth + 1)
            }
        }
    })?;
    if union && !known {
        if let Some(k) = unknown {
            s.unknown_member(&k);
        }
    }
    Ok(())
}

fn mismatch(r: &Reader<'_>, m: &Member, what: &str) -> SdkError {
    parse_err(format!(
        "member {} ({:?}): expected {what} in JSON response at byte {}",
        m.name, m.target.kind, r.pos
    ))
    .at_byte(r.pos)
}

/// Fills one member's value from the reader (the value is not `null`).
fn read_value(
    r: &mut Reader<'_>,
    d: &mut dyn Reflect,
    m: &Member,
    depth: usize,
) -> Result<(), SdkError> {
    if depth > MAX_DEPTH {
        return Err(r.err("nested too deeply"));
    }
    let schema: &Schema = m.target;
    let set = |d: &mut dyn Reflect, s: Scalar| {
        d.assign(s)
            .map_err(|e| parse_err(format!("member {}: {e}", m.name)))
    };
    match schema.kind {
        Kind::Structure | Kind::Union if !schema.has(flags::DOCUMENT) => {
            let s = d
                .as_struct()
                .ok_or_else(|| parse_err(format!("member {}: not a structure", m.name)))?;
            read_struct(r, s, Members::All, depth + 1)
        }
        Kind::List => {
            if r.peek() != Some(b'[') {
                return Err(mismatch(r, m, "an array"));
            }
            let elem = schema
                .members
                .first()
                .ok_or_else(|| parse_err("list schema without member"))?;
            let list = d
                .as_list()
                .ok_or_else(|| parse_err(format!("member {}: not a list", m.name)))?;
            let mut index = 0usize;
            r.array(depth, |r| {
                let slot = list.push();
                let i = index;
                index += 1;
                if r.null()? {
                    return Ok(());
                }
                read_value(r, slot, elem, depth + 1)
                    .map_err(|e| e.within(&format!("[{i}]")).at_byte(r.pos))
            })
        }
        Kind::Map => {
            if r.peek() != Some(b'{') {
                return Err(mismatch(r, m, "an object"));
            }
            let val = schema
                .members
                .get(1)
                .ok_or_else(|| parse_err("map schema without value"))?;
            let map = d
                .as_map()
                .ok_or_else(|| parse_err(format!("member {}: not a map", m.name)))?;
            r.object(depth, |r, k| {
                let key = k.into_owned();
                let slot = map.entry(key.clone());
                if r.null()? {
                    return Ok(());
                }
                read_value(r, slot, val, depth + 1).map_err(|e| e.within(&key).at_byte(r.pos))
            })
        }
        Kind::String => match r.peek() {
            Some(b'"') => {
                let s = r.string()?;
                set(d, Scalar::Str(s))
            }
            _ => Err(mismatch(r, m, "a string")),
        },
        Kind::BigInteger | Kind::BigDecimal => match r.peek() {
            Some(b'"') => {
                let s = r.string()?;
                set(d, Scalar::Str(s))
            }
            _ => {
                let n = r.number()?;
                if n.parse::<f64>().is_err() {
                    return Err(mismatch(r, m, "a number"));
                }
                set(d, Scalar::Str(n.to_string()))
            }
        },
        Kind::Byte | Kind::Short | Kind::Integer | Kind::Long => {
            let i = r
                .number()
                .ok()
                .and_then(|n| n.parse::<i64>().ok())
                .ok_or_else(|| mismatch(r, m, "an integer"))?;
            set(d, Scalar::Int(i))
        }
        Kind::Float | Kind::Double => {
            let f = match r.peek() {
                Some(b'"') => {
                    let s = r.string()?;
                    parse_special_float(&s).ok_or_else(|| mismatch(r, m, "a number"))?
                }
                _ => r
                    .number()
                    .ok()
                    .and_then(|n| n.parse::<f64>().ok())
                    .ok_or_else(|| mismatch(r, m, "a number"))?,
            };
            set(d, Scalar::Float(f))
        }
        Kind::Boolean => match r.peek() {
            Some(b't') => {
                r.literal(b"true")?;
                set(d, Scalar::Bool(true))
            }
            Some(b'f') => {
                r.literal(b"false")?;
                set(d, Scalar::Bool(false))
            }
            _ => Err(mismatch(r, m, "a boolean")),
        },
        Kind::Blob => match r.peek() {
            Some(b'"') => {
                let s = r.string()?;
                let bytes = base64::engine::general_purpose::STANDARD
                    .decode(s.trim())
                    .map_err(|e| parse_err(format!("member {}: invalid base64: {e}", m.name)))?;
                set(d, Scalar::Blob(bytes))
            }
            _ => Err(mismatch(r, m, "a base64 string")),
        },
        Kind::Timestamp => {
            let t = match r.peek() {
                Some(b'"') => {
                    let s = r.string()?;
                    DateTime::parse_any(&s)
                        .map_err(|e| parse_err(format!("member {}: {e}", m.name)))?
                }
                _ => r
                    .number()
                    .ok()
                    .and_then(|n| n.parse::<f64>().ok())
                    .and_then(DateTime::from_secs_f64)
                    .ok_or_else(|| mismatch(r, m, "a timestamp"))?,
            };
            set(d, Scalar::Time(t))
        }
        Kind::Document | Kind::Structure | Kind::Union => {
            let doc = r.document(depth)?;
            set(d, Scalar::Doc(doc))
        }
    }
}

/// `NaN`, `Infinity` and `-Infinity` as JSON strings.
pub(crate) fn parse_special_float(s: &str) -> Option<f64> {
    match s {
        "NaN" => Some(f64::NAN),
        "Infinity" => Some(f64::INFINITY),
        "-Infinity" => Some(f64::NEG_INFINITY),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_errors_name_the_member_path_and_byte() {
        use crate::dynamic::DynStruct;
        use crate::protocol::path_fixture::OUTPUT;
        let body = br#"{"Reservations":[{"Instances":[{},{},{},{"LaunchTime":"yesterday"}]}]}"#;
        let mut out = DynStruct::new(&OUTPUT);
        let e = read_body(body, &mut out, Members::All).expect_err("bad timestamp");
        assert_eq!(e.kind(), crate::error::SdkErrorKind::ResponseParse);
        assert_eq!(
            e.member_path(),
            Some("Reservations[0].Instances[3].LaunchTime")
        );
        let at = e.byte_offset().expect("offset");
        assert!(
            body[..at].ends_with(br#""yesterday""#),
            "offset {at} is right after the bad value"
        );
        assert!(
            e.to_string()
                .contains("Reservations[0].Instances[3].LaunchTime"),
            "{e}"
        );

        let body = br#"{"Tags":{"a":1,"owner":"x"}}"#;
        let mut out = DynStruct::new(&OUTPUT);
        let e = read_body(body, &mut out, Members::All).expect_err("a string for an integer");
        assert_eq!(e.member_path(), Some("Tags.owner"));
        // Where the value of the wrong type starts.
        let value_at = body.windows(3).position(|w| w == b"\"x\"");
        assert_eq!(e.byte_offset(), value_at);

        // A syntax error: the offset, no member.
        let mut out = DynStruct::new(&OUTPUT);
        let e = read_body(b"{\"Tags\" 1}", &mut out, Members::All).expect_err("syntax");
        assert_eq!(e.byte_offset(), Some(8));
    }

    #[test]
    fn timestamps_as_botocore_writes_them() {
        // botocore: int seconds, or (secs * 10**6 + micros) / 10**6; ISO with %f micros.
        let t = DateTime::from_secs(1_398_796_238);
        assert_eq!(fmt_epoch(t), "1398796238");
        assert_eq!(fmt_iso8601(t), "2014-04-29T18:30:38Z");
        let t = DateTime::from_secs_nanos(1_398_796_238, 123_000_000);
        assert_eq!(fmt_epoch(t), "1398796238.123");
        assert_eq!(fmt_iso8601(t), "2014-04-29T18:30:38.123000Z");
    }

    #[test]
    fn strings_are_escaped() {
        let mut s = String::new();
        write_str(&mut s, "a\"b\\c\nd\u{1}é");
        assert_eq!(s, "\"a\\\"b\\\\c\\nd\\u0001é\"");
        let back: String = serde_json::from_str(&s).unwrap_or_default();
        assert_eq!(back, "a\"b\\c\nd\u{1}é");
    }

    #[test]
    fn bad_bodies_are_errors_not_panics() {
        use crate::types::Unit;
        for body in [
            &b"{"[..],
            b"[",
            b"{\"a\":",
            b"\"\\u12",
            b"{\"a\":1}x",
            b"\"\\ud800\"",
        ] {
            let e = read_body(body, &mut Unit, Members::All).expect_err("malformed");
            assert_eq!(
                e.kind(),
                crate::error::SdkErrorKind::ResponseParse,
                "{body:?}: {e}"
            );
        }
        // Whitespace only, and valid JSON with members the shape does not have, read as `Unit`.
        assert_eq!(
            read_body(b"  ", &mut Unit, Members::All).map_err(|e| e.to_string()),
            Ok(())
        );
        assert_eq!(
            read_body(
                b"{\"x\":[1,{\"y\":null}],\"z\":\"\\u00e9\\ud83d\\ude00\"}",
                &mut Unit,
                Members::All
            )
            .map_err(|e| e.to_string()),
            Ok(())
        );
        let deep = "{\"a\":".repeat(10_000);
        let e = read_body(deep.as_bytes(), &mut Unit, Members::All).expect_err("too deep");
        assert_eq!(e.kind(), crate::error::SdkErrorKind::ResponseParse, "{e}");
    }

    #[test]
    fn strings_and_documents_decode() {
        let mut r = Reader::new(b"\"a\\n\\u00e9\\ud83d\\ude00\\/\"");
        assert_eq!(r.string().ok().as_deref(), Some("a\né😀/"));
        let mut r = Reader::new(b" {\"k\": [1, 2.5, true, null, \"s\"]} ");
        let doc = r.document(0).ok();
        let mut want = std::collections::BTreeMap::new();
        want.insert(
            "k".to_string(),
            Document::Array(vec![
                Document::Int(1),
                Document::Float(2.5),
                Document::Bool(true),
                Document::Null,
                Document::String("s".into()),
            ]),
        );
        assert_eq!(doc, Some(Document::Object(want)));
        assert!(r.at_end());
    }
}

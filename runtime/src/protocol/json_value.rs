//! Reading and writing values as JSON by schema, shared by the json and rest-json
//! engines (botocore's `JSONSerializer._serialize_*` and `BaseJSONParser._handle_*`).
//!
//! Writing goes straight into a `String`; reading parses the body with `serde_json` and
//! walks the result alongside the schema, filling the value through the
//! [`crate::data`] view. Unknown members are ignored; a value of the wrong JSON type is
//! a typed [`SdkError`] naming the member path.

use base64::Engine as _;
use serde_json::Value;

use crate::data::{Data, Get, Scalar, Struct};
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
}

fn included(m: &Member, which: Members) -> bool {
    which == Members::All || m.location == Location::Body
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
        if matches!(d.get(), Get::Absent) {
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
    d: &dyn Data,
    m: &Member,
    depth: usize,
) -> Result<(), SdkError> {
    if depth > MAX_DEPTH {
        return Err(ser_error("value nested too deeply"));
    }
    let schema = m.target;
    match d.get() {
        Get::Absent => out.push_str("null"),
        Get::Bool(b) => out.push_str(if b { "true" } else { "false" }),
        Get::Int(i) => out.push_str(&i.to_string()),
        Get::Float(f) => write_float(out, f, schema.kind == Kind::Float),
        Get::Str(s) => {
            if matches!(schema.kind, Kind::BigInteger | Kind::BigDecimal) && is_number(s) {
                out.push_str(s);
            } else {
                write_str(out, s);
            }
        }
        Get::Blob(b) => write_str(out, &base64::engine::general_purpose::STANDARD.encode(b)),
        Get::Time(t) => match m.timestamp_format_or(TimestampFormat::UnixTimestamp) {
            TimestampFormat::UnixTimestamp => out.push_str(&fmt_epoch(t)),
            TimestampFormat::Iso8601 => write_str(out, &fmt_iso8601(t)),
            TimestampFormat::Rfc822 => write_str(out, &t.fmt_http_date()),
        },
        Get::Doc(doc) => write_document(out, doc, depth)?,
        Get::Struct(s) => write_struct_at(out, s, Members::All, depth)?,
        Get::List(l) => {
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
        Get::Map(map) => {
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
        Get::Stream(body) => {
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
        out.push_str(&format!("{:?}", f as f32));
    } else {
        out.push_str(&format!("{f:?}"));
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
        Document::Int(i) => out.push_str(&i.to_string()),
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
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Parses a JSON body; an empty body is an empty object.
pub(crate) fn parse_body(body: &[u8]) -> Result<Value, SdkError> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(Value::Object(Default::default()));
    }
    serde_json::from_slice(body).map_err(|e| parse_err(format!("invalid JSON response body: {e}")))
}

/// Fills structure `s` from JSON object `v` (members matched by wire name).
pub(crate) fn read_struct(s: &mut dyn Struct, v: &Value, which: Members) -> Result<(), SdkError> {
    read_struct_at(s, v, which, 0)
}

fn read_struct_at(
    s: &mut dyn Struct,
    v: &Value,
    which: Members,
    depth: usize,
) -> Result<(), SdkError> {
    if depth > MAX_DEPTH {
        return Err(parse_err("JSON response nested too deeply"));
    }
    let schema = s.schema();
    let Value::Object(obj) = v else {
        if v.is_null() {
            return Ok(());
        }
        return Err(parse_err(format!(
            "expected a JSON object for {}, found {}",
            schema.name,
            type_name(v)
        )));
    };
    if schema.kind == Kind::Union {
        let mut known = false;
        for (i, m) in schema.members.iter().enumerate() {
            if let Some(x) = obj.get(m.wire_name()).filter(|x| !x.is_null()) {
                known = true;
                if let Some(field) = s.field_mut(i) {
                    read_value(field, m, x, depth + 1)?;
                }
                break;
            }
        }
        if !known {
            if let Some((k, _)) = obj.iter().find(|(k, x)| *k != "__type" && !x.is_null()) {
                s.unknown_member(k);
            }
        }
        return Ok(());
    }
    for (i, m) in schema.members.iter().enumerate() {
        if !included(m, which) {
            continue;
        }
        let Some(x) = obj.get(m.wire_name()) else {
            continue;
        };
        if x.is_null() {
            continue;
        }
        if let Some(field) = s.field_mut(i) {
            read_value(field, m, x, depth + 1)?;
        }
    }
    Ok(())
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn mismatch(m: &Member, v: &Value) -> SdkError {
    parse_err(format!(
        "member {} ({:?}): unexpected {} in JSON response",
        m.name,
        m.target.kind,
        type_name(v)
    ))
}

/// Fills one member's value from JSON.
pub(crate) fn read_value(
    d: &mut dyn Data,
    m: &Member,
    v: &Value,
    depth: usize,
) -> Result<(), SdkError> {
    if depth > MAX_DEPTH {
        return Err(parse_err("JSON response nested too deeply"));
    }
    let schema: &Schema = m.target;
    let set = |d: &mut dyn Data, s: Scalar| {
        d.set(s)
            .map_err(|e| parse_err(format!("member {}: {e}", m.name)))
    };
    match schema.kind {
        Kind::Structure | Kind::Union if !schema.has(flags::DOCUMENT) => {
            let s = d
                .as_struct()
                .ok_or_else(|| parse_err(format!("member {}: not a structure", m.name)))?;
            read_struct_at(s, v, Members::All, depth + 1)
        }
        Kind::List => {
            let Value::Array(items) = v else {
                return Err(mismatch(m, v));
            };
            let elem = schema
                .members
                .first()
                .ok_or_else(|| parse_err("list schema without member"))?;
            let list = d
                .as_list()
                .ok_or_else(|| parse_err(format!("member {}: not a list", m.name)))?;
            for item in items {
                let slot = list.push();
                if !item.is_null() {
                    read_value(slot, elem, item, depth + 1)?;
                }
            }
            Ok(())
        }
        Kind::Map => {
            let Value::Object(entries) = v else {
                return Err(mismatch(m, v));
            };
            let val = schema
                .members
                .get(1)
                .ok_or_else(|| parse_err("map schema without value"))?;
            let map = d
                .as_map()
                .ok_or_else(|| parse_err(format!("member {}: not a map", m.name)))?;
            for (k, item) in entries {
                let slot = map.entry(k.clone());
                if !item.is_null() {
                    read_value(slot, val, item, depth + 1)?;
                }
            }
            Ok(())
        }
        Kind::String => match v {
            Value::String(s) => set(d, Scalar::Str(s.clone())),
            _ => Err(mismatch(m, v)),
        },
        Kind::BigInteger | Kind::BigDecimal => match v {
            Value::String(s) => set(d, Scalar::Str(s.clone())),
            Value::Number(n) => set(d, Scalar::Str(n.to_string())),
            _ => Err(mismatch(m, v)),
        },
        Kind::Byte | Kind::Short | Kind::Integer | Kind::Long => match v.as_i64() {
            Some(i) => set(d, Scalar::Int(i)),
            None => Err(mismatch(m, v)),
        },
        Kind::Float | Kind::Double => {
            let f = match v {
                Value::Number(n) => n.as_f64().ok_or_else(|| mismatch(m, v))?,
                Value::String(s) => parse_special_float(s).ok_or_else(|| mismatch(m, v))?,
                _ => return Err(mismatch(m, v)),
            };
            set(d, Scalar::Float(f))
        }
        Kind::Boolean => match v {
            Value::Bool(b) => set(d, Scalar::Bool(*b)),
            _ => Err(mismatch(m, v)),
        },
        Kind::Blob => match v {
            Value::String(s) => {
                let bytes = base64::engine::general_purpose::STANDARD
                    .decode(s.trim())
                    .map_err(|e| parse_err(format!("member {}: invalid base64: {e}", m.name)))?;
                set(d, Scalar::Blob(bytes))
            }
            _ => Err(mismatch(m, v)),
        },
        Kind::Timestamp => {
            let t = match v {
                Value::Number(n) => n
                    .as_f64()
                    .and_then(DateTime::from_secs_f64)
                    .ok_or_else(|| mismatch(m, v))?,
                Value::String(s) => DateTime::parse_any(s)
                    .map_err(|e| parse_err(format!("member {}: {e}", m.name)))?,
                _ => return Err(mismatch(m, v)),
            };
            set(d, Scalar::Time(t))
        }
        Kind::Document | Kind::Structure | Kind::Union => set(d, Scalar::Doc(document(v, 0)?)),
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

/// A JSON value as a [`Document`].
pub(crate) fn document(v: &Value, depth: usize) -> Result<Document, SdkError> {
    if depth > MAX_DEPTH {
        return Err(parse_err("JSON document nested too deeply"));
    }
    Ok(match v {
        Value::Null => Document::Null,
        Value::Bool(b) => Document::Bool(*b),
        Value::Number(n) => match n.as_i64() {
            Some(i) => Document::Int(i),
            None => Document::Float(n.as_f64().unwrap_or(f64::NAN)),
        },
        Value::String(s) => Document::String(s.clone()),
        Value::Array(a) => Document::Array(
            a.iter()
                .map(|x| document(x, depth + 1))
                .collect::<Result<_, _>>()?,
        ),
        Value::Object(o) => Document::Object(
            o.iter()
                .map(|(k, x)| Ok((k.clone(), document(x, depth + 1)?)))
                .collect::<Result<_, SdkError>>()?,
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert!(parse_body(b"{").is_err());
        assert!(parse_body(b"  ").is_ok_and(|v| v.is_object()));
        let deep = "[".repeat(10_000);
        assert!(parse_body(deep.as_bytes()).is_err());
    }
}

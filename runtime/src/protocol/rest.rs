//! HTTP bindings shared by rest-json and rest-xml (botocore's `BaseRestSerializer` and
//! `BaseRestParser`), and the host prefix of any protocol.

use base64::Engine as _;

use crate::body::Body;
use crate::data::{Reflect, Scalar, Struct, View};
use crate::error::{SdkError, SdkErrorKind};
use crate::operation::Operation;
use crate::schema::{flags, Kind, Location, Member, Schema, TimestampFormat};
use crate::types::DateTime;

/// Expands the operation's `endpoint.hostPrefix`, substituting `{Label}` with the input
/// member `Label` (marked `hostLabel`). `None` when the operation has no host prefix.
///
/// A label value that is missing, empty, or holds anything but ASCII letters, digits,
/// hyphens and periods is a [`SdkErrorKind::ParamValidation`] error, as in botocore.
pub fn host_prefix(op: &Operation, input: &dyn Struct) -> Result<Option<String>, SdkError> {
    let Some(template) = op.host_prefix else {
        return Ok(None);
    };
    let schema = input.schema();
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            return Err(SdkError::new(
                SdkErrorKind::Serialization,
                format!("unterminated label in host prefix {template:?}"),
            ));
        };
        let label = &after[..close];
        let value = schema
            .members
            .iter()
            .enumerate()
            .find(|(_, m)| m.name == label && m.has(flags::HOST_LABEL))
            .and_then(|(i, _)| input.field(i))
            .map(|d| d.view());
        let value = match value {
            Some(View::Str(s)) => s,
            _ => {
                return Err(SdkError::new(
                    SdkErrorKind::ParamValidation,
                    format!("Missing required parameter in input: \"{label}\" (host label)"),
                ))
            }
        };
        if value.is_empty()
            || !value
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
        {
            return Err(SdkError::new(
                SdkErrorKind::ParamValidation,
                format!(
                    "Invalid value for parameter(s): {label}. Must contain only alphanumeric \
                     characters, hyphen, or period."
                ),
            ));
        }
        out.push_str(value);
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    Ok(Some(out))
}

/// Characters left unencoded in URI labels and query strings besides ASCII alphanumerics
/// (botocore's `SAFE_CHARS`; greedy labels keep `/` too).
fn percent_encode(out: &mut String, s: &str, keep_slash: bool) {
    for &b in s.as_bytes() {
        if b.is_ascii_alphanumeric()
            || matches!(b, b'-' | b'.' | b'_' | b'~')
            || (keep_slash && b == b'/')
        {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
}

const HEX: &[u8; 16] = b"0123456789ABCDEF";

/// Text of a float as Python's `str(float)` gives it (`1.5`, `1e+20` aside), with
/// `NaN`/`Infinity`/`-Infinity` for non-finite values.
pub(crate) fn float_text(f: f64, single: bool) -> String {
    if f.is_nan() {
        "NaN".into()
    } else if f == f64::INFINITY {
        "Infinity".into()
    } else if f == f64::NEG_INFINITY {
        "-Infinity".into()
    } else if single {
        format!("{:?}", f as f32)
    } else {
        format!("{f:?}")
    }
}

/// A scalar as text for a URI label, a query parameter or a header; `None` for absent
/// values and for containers.
fn scalar_text(d: &dyn Reflect, m: &Member, default_ts: TimestampFormat) -> Option<String> {
    Some(match d.view() {
        View::Bool(b) => if b { "true" } else { "false" }.to_string(),
        View::Int(i) => i.to_string(),
        View::Float(f) => float_text(f, m.target.kind == Kind::Float),
        View::Str(s) => s.to_string(),
        View::Blob(b) => base64::engine::general_purpose::STANDARD.encode(b),
        View::Time(t) => match m.timestamp_format_or(default_ts) {
            TimestampFormat::Iso8601 => super::json_value::fmt_iso8601(t),
            TimestampFormat::Rfc822 => t.fmt_http_date(),
            TimestampFormat::UnixTimestamp => super::json_value::fmt_epoch(t),
        },
        _ => return None,
    })
}

fn ser(msg: impl Into<String>) -> SdkError {
    super::ser_error(msg)
}

/// The HTTP head of a rest-json or rest-xml request: method, the URI (labels filled,
/// the template's literal query followed by query-string members) and the headers bound
/// from header and prefixed-header members. The body is the caller's business.
pub(crate) fn request_head(
    op: &Operation,
    input: &dyn Struct,
) -> Result<http::request::Builder, SdkError> {
    let schema = input.schema();
    let template = if op.request_uri.is_empty() {
        "/"
    } else {
        op.request_uri
    };
    let (path_template, literal_query) = match template.split_once('?') {
        Some((p, q)) => (p, Some(q)),
        None => (template, None),
    };

    // Path labels.
    let mut uri = String::with_capacity(template.len() + 32);
    let mut rest = path_template;
    while let Some(open) = rest.find('{') {
        uri.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let close = after
            .find('}')
            .ok_or_else(|| ser(format!("unterminated label in {template:?}")))?;
        let label = &after[..close];
        let (name, greedy) = match label.strip_suffix('+') {
            Some(n) => (n, true),
            None => (label, false),
        };
        let (i, m) = schema
            .members
            .iter()
            .enumerate()
            .find(|(_, m)| m.location == Location::Uri && m.wire_name() == name)
            .ok_or_else(|| ser(format!("no member is bound to URI label {name}")))?;
        let value = input
            .field(i)
            .and_then(|d| scalar_text(d, m, TimestampFormat::Iso8601))
            .ok_or_else(|| {
                SdkError::new(
                    SdkErrorKind::ParamValidation,
                    format!("Missing required parameter in input: \"{}\"", m.name),
                )
            })?;
        percent_encode(&mut uri, &value, greedy);
        rest = &after[close + 1..];
    }
    uri.push_str(rest);

    // Query string: the template's literal part, then the members in model order.
    let mut query = String::new();
    if let Some(q) = literal_query {
        query.push_str(q);
    }
    let mut add = |k: &str, v: &str| {
        if !query.is_empty() {
            query.push('&');
        }
        percent_encode(&mut query, k, false);
        query.push('=');
        percent_encode(&mut query, v, false);
    };
    let named: Vec<&str> = schema
        .members
        .iter()
        .filter(|m| m.location == Location::QueryString && m.target.kind != Kind::Map)
        .map(|m| m.wire_name())
        .collect();
    for (i, m) in schema.members.iter().enumerate() {
        if m.location != Location::QueryString {
            continue;
        }
        let Some(d) = input.field(i) else { continue };
        match d.view() {
            View::Absent => {}
            View::List(l) => {
                let elem = m
                    .target
                    .members
                    .first()
                    .ok_or_else(|| ser("list schema without member"))?;
                for j in 0..l.len() {
                    if let Some(v) = l
                        .at(j)
                        .and_then(|e| scalar_text(e, elem, TimestampFormat::Iso8601))
                    {
                        add(m.wire_name(), &v);
                    }
                }
            }
            View::Map(map) => {
                let val = m
                    .target
                    .members
                    .get(1)
                    .ok_or_else(|| ser("map schema without value"))?;
                for (k, v) in map.entries() {
                    // A named query member wins over a map entry with the same key.
                    if named.contains(&k) {
                        continue;
                    }
                    match v.view() {
                        View::List(l) => {
                            let elem = val
                                .target
                                .members
                                .first()
                                .ok_or_else(|| ser("list schema without member"))?;
                            for j in 0..l.len() {
                                if let Some(s) = l
                                    .at(j)
                                    .and_then(|e| scalar_text(e, elem, TimestampFormat::Iso8601))
                                {
                                    add(k, &s);
                                }
                            }
                        }
                        _ => {
                            if let Some(s) = scalar_text(v, val, TimestampFormat::Iso8601) {
                                add(k, &s);
                            }
                        }
                    }
                }
            }
            _ => {
                if let Some(v) = scalar_text(d, m, TimestampFormat::Iso8601) {
                    add(m.wire_name(), &v);
                }
            }
        }
    }
    if !query.is_empty() {
        uri.push('?');
        uri.push_str(&query);
    }

    let mut builder = http::Request::builder().method(op.method).uri(uri);

    // Headers.
    for (i, m) in schema.members.iter().enumerate() {
        let Some(d) = input.field(i) else { continue };
        match m.location {
            Location::Header => {
                if let Some(v) = header_text(d, m)? {
                    builder = builder.header(m.wire_name(), header_value(&v)?);
                }
            }
            Location::Headers => {
                if let View::Map(map) = d.view() {
                    let val = m
                        .target
                        .members
                        .get(1)
                        .ok_or_else(|| ser("map schema without value"))?;
                    for (k, v) in map.entries() {
                        if let Some(s) = scalar_text(v, val, TimestampFormat::Rfc822) {
                            let name = format!("{}{k}", m.wire_name());
                            builder = builder.header(name.as_str(), header_value(&s)?);
                        }
                    }
                }
            }
            _ => {}
        }
    }
    Ok(builder)
}

fn header_value(s: &str) -> Result<http::HeaderValue, SdkError> {
    // Raw bytes: UTF-8 text is sent as is (as botocore does); control characters are refused.
    http::HeaderValue::from_bytes(s.as_bytes())
        .map_err(|_| ser("a header value holds control characters HTTP does not allow"))
}

/// The text of a header member (`None` when unset or an empty list).
fn header_text(d: &dyn Reflect, m: &Member) -> Result<Option<String>, SdkError> {
    Ok(match d.view() {
        View::Absent => None,
        View::List(l) => {
            if l.is_empty() {
                return Ok(None);
            }
            let elem = m
                .target
                .members
                .first()
                .ok_or_else(|| ser("list schema without member"))?;
            let mut parts = Vec::with_capacity(l.len());
            for j in 0..l.len() {
                let Some(e) = l.at(j) else { continue };
                let Some(s) = scalar_text(e, elem, TimestampFormat::Rfc822) else {
                    continue;
                };
                if elem.target.kind == Kind::String && (s.contains('"') || s.contains(',')) {
                    parts.push(format!("\"{}\"", s.replace('"', "\\\"")));
                } else {
                    parts.push(s);
                }
            }
            Some(parts.join(","))
        }
        View::Str(s) if m.has(flags::JSON_VALUE) || m.target.has(flags::JSON_VALUE) => {
            // The member holds JSON text; send it compact, base64-encoded.
            let compact = serde_json::from_str::<serde_json::Value>(s)
                .map(|v| v.to_string())
                .unwrap_or_else(|_| s.to_string());
            Some(base64::engine::general_purpose::STANDARD.encode(compact))
        }
        _ => scalar_text(d, m, TimestampFormat::Rfc822),
    })
}

/// The payload member of `schema` when it is a blob or string sent as the raw body.
pub(crate) fn raw_payload_member(schema: &Schema) -> Option<(usize, &'static Member)> {
    schema
        .payload_member()
        .filter(|(_, m)| matches!(m.target.kind, Kind::Blob | Kind::String))
}

/// Takes a blob or string payload as the request body (moving a stream; copying bytes).
pub(crate) fn take_raw_payload(input: &mut dyn Struct, i: usize) -> Result<Body, SdkError> {
    let Some(d) = input.field_mut(i) else {
        return Ok(Body::empty());
    };
    Ok(match d.view() {
        View::Absent => Body::empty(),
        View::Blob(b) => Body::from(b.to_vec()),
        View::Str(s) => Body::from(s.to_string()),
        View::Stream(_) => d.take_stream().unwrap_or_default(),
        _ => return Err(ser("payload member is not a blob or string")),
    })
}

/// Whether any member of `schema` is placed in the body.
pub(crate) fn has_body_members(schema: &Schema) -> bool {
    schema.members.iter().any(|m| m.location == Location::Body)
}

fn perr(msg: impl Into<String>) -> SdkError {
    super::parse_err(msg)
}

/// Fills header, prefixed-header and status-code members of `out` from a response head.
pub(crate) fn bind_response(
    head: &http::response::Parts,
    out: &mut dyn Struct,
) -> Result<(), SdkError> {
    let schema = out.schema();
    for (i, m) in schema.members.iter().enumerate() {
        match m.location {
            Location::StatusCode => {
                if let Some(d) = out.field_mut(i) {
                    d.assign(Scalar::Int(i64::from(head.status.as_u16())))
                        .map_err(|e| perr(format!("member {}: {e}", m.name)))?;
                }
            }
            Location::Header => {
                let Some(v) = head.headers.get(m.wire_name()) else {
                    continue;
                };
                let text = String::from_utf8_lossy(v.as_bytes());
                if let Some(d) = out.field_mut(i) {
                    read_header(d, m, &text)?;
                }
            }
            Location::Headers => {
                let prefix = m.wire_name().to_ascii_lowercase();
                let val = m
                    .target
                    .members
                    .get(1)
                    .ok_or_else(|| perr("map schema without value"))?;
                let matching: Vec<(String, String)> = head
                    .headers
                    .iter()
                    .filter_map(|(k, v)| {
                        let key = k.as_str().strip_prefix(prefix.as_str())?;
                        Some((
                            key.to_string(),
                            String::from_utf8_lossy(v.as_bytes()).into_owned(),
                        ))
                    })
                    .collect();
                let Some(d) = out.field_mut(i) else { continue };
                let map = d
                    .as_map()
                    .ok_or_else(|| perr(format!("member {}: not a map", m.name)))?;
                for (k, v) in matching {
                    read_header(map.entry(k), val, &v)?;
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// Splits a list header: commas separate items, except inside double quotes, and an
/// HTTP-date list keeps the comma after the weekday.
fn split_header_list(text: &str, http_dates: bool) -> Vec<String> {
    let mut items = Vec::new();
    if http_dates {
        let parts: Vec<&str> = text.split(',').collect();
        for pair in parts.chunks(2) {
            items.push(pair.join(",").trim().to_string());
        }
        return items;
    }
    let mut cur = String::new();
    let mut quoted = false;
    let mut was_quoted = false;
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted => quoted = false,
            '"' if cur.trim().is_empty() => {
                cur.clear();
                quoted = true;
                was_quoted = true;
            }
            '\\' if quoted => {
                if let Some(n) = chars.next() {
                    cur.push(n);
                }
            }
            ',' if !quoted => {
                items.push(if was_quoted {
                    cur.clone()
                } else {
                    cur.trim().to_string()
                });
                cur.clear();
                was_quoted = false;
            }
            c => cur.push(c),
        }
    }
    items.push(if was_quoted {
        cur
    } else {
        cur.trim().to_string()
    });
    items
}

/// Fills one member from a header's text.
fn read_header(d: &mut dyn Reflect, m: &Member, text: &str) -> Result<(), SdkError> {
    let err = |e: crate::data::Mismatch| perr(format!("header member {}: {e}", m.name));
    match m.target.kind {
        Kind::List => {
            let elem = m
                .target
                .members
                .first()
                .ok_or_else(|| perr("list schema without member"))?;
            let http_dates = elem.target.kind == Kind::Timestamp
                && elem.timestamp_format_or(TimestampFormat::Rfc822) == TimestampFormat::Rfc822;
            let list = d
                .as_list()
                .ok_or_else(|| perr(format!("member {}: not a list", m.name)))?;
            for item in split_header_list(text, http_dates) {
                read_header(list.push(), elem, &item)?;
            }
            Ok(())
        }
        Kind::String | Kind::BigInteger | Kind::BigDecimal => {
            if m.has(flags::JSON_VALUE) || m.target.has(flags::JSON_VALUE) {
                let bytes = base64::engine::general_purpose::STANDARD
                    .decode(text.trim())
                    .map_err(|e| perr(format!("header member {}: invalid base64: {e}", m.name)))?;
                let json = String::from_utf8(bytes)
                    .map_err(|_| perr(format!("header member {}: not UTF-8", m.name)))?;
                d.assign(Scalar::Str(json)).map_err(err)
            } else {
                d.assign(Scalar::Str(text.to_string())).map_err(err)
            }
        }
        Kind::Byte | Kind::Short | Kind::Integer | Kind::Long => {
            let i: i64 = text.trim().parse().map_err(|_| {
                perr(format!(
                    "header member {}: invalid integer {text:?}",
                    m.name
                ))
            })?;
            d.assign(Scalar::Int(i)).map_err(err)
        }
        Kind::Float | Kind::Double => {
            let t = text.trim();
            let f = super::json_value::parse_special_float(t)
                .or_else(|| t.parse().ok())
                .ok_or_else(|| {
                    perr(format!("header member {}: invalid number {text:?}", m.name))
                })?;
            d.assign(Scalar::Float(f)).map_err(err)
        }
        Kind::Boolean => {
            let b = match text.trim() {
                t if t.eq_ignore_ascii_case("true") => true,
                t if t.eq_ignore_ascii_case("false") => false,
                _ => {
                    return Err(perr(format!(
                        "header member {}: invalid boolean {text:?}",
                        m.name
                    )))
                }
            };
            d.assign(Scalar::Bool(b)).map_err(err)
        }
        Kind::Timestamp => {
            let t = DateTime::parse_any(text.trim())
                .map_err(|e| perr(format!("header member {}: {e}", m.name)))?;
            d.assign(Scalar::Time(t)).map_err(err)
        }
        Kind::Blob => {
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(text.trim())
                .map_err(|e| perr(format!("header member {}: invalid base64: {e}", m.name)))?;
            d.assign(Scalar::Blob(bytes)).map_err(err)
        }
        _ => Err(perr(format!(
            "header member {} has a type headers cannot carry",
            m.name
        ))),
    }
}

/// Fills a blob or string payload member from the raw response body. Streaming payloads
/// are already in place (the pipeline moved the stream in) and are left alone.
pub(crate) fn read_raw_payload(
    out: &mut dyn Struct,
    i: usize,
    m: &Member,
    body: &[u8],
) -> Result<(), SdkError> {
    if m.has(flags::STREAMING) || m.target.has(flags::STREAMING) {
        return Ok(());
    }
    if body.is_empty() {
        // No body: the payload is unset (botocore would give an empty value).
        return Ok(());
    }
    let Some(d) = out.field_mut(i) else {
        return Ok(());
    };
    let value = match m.target.kind {
        Kind::String => Scalar::Str(
            String::from_utf8(body.to_vec())
                .map_err(|_| perr(format!("payload member {} is not UTF-8", m.name)))?,
        ),
        _ => Scalar::Blob(body.to_vec()),
    };
    d.assign(value)
        .map_err(|e| perr(format!("payload member {}: {e}", m.name)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_encoding_follows_botocore_safe_chars() {
        // botocore: quote(value, safe='-._~'), and safe='/~' for greedy labels.
        let mut s = String::new();
        percent_encode(&mut s, "a b/c~d_e.f-g%h&i=j", false);
        assert_eq!(s, "a%20b%2Fc~d_e.f-g%25h%26i%3Dj");
        let mut s = String::new();
        percent_encode(&mut s, "path/to/my key", true);
        assert_eq!(s, "path/to/my%20key");
        let mut s = String::new();
        percent_encode(&mut s, "ü", false);
        assert_eq!(s, "%C3%BC");
    }

    #[test]
    fn header_lists_split_on_commas_outside_quotes() {
        assert_eq!(split_header_list("a, b,c", false), ["a", "b", "c"]);
        assert_eq!(
            split_header_list("\"b,c\", \"\\\"def\\\"\", a", false),
            ["b,c", "\"def\"", "a"]
        );
        assert_eq!(
            split_header_list(
                "Mon, 16 Dec 2019 23:48:18 GMT, Tue, 17 Dec 2019 23:48:18 GMT",
                true
            ),
            [
                "Mon, 16 Dec 2019 23:48:18 GMT",
                "Tue, 17 Dec 2019 23:48:18 GMT"
            ]
        );
    }

    #[test]
    fn float_text_matches_python_str() {
        assert_eq!(float_text(1.5, false), "1.5");
        assert_eq!(float_text(1.0, false), "1.0");
        assert_eq!(float_text(f64::from(1.1f32), true), "1.1");
        assert_eq!(float_text(f64::NAN, false), "NaN");
        assert_eq!(float_text(f64::NEG_INFINITY, false), "-Infinity");
    }
}

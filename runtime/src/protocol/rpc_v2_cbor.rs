//! `smithy-rpc-v2-cbor` (botocore's `RpcV2CBORSerializer` and `RpcV2CBORParser`), on the
//! CBOR reader and writer of [`super::cbor`].
//!
//! Requests are `POST /service/{targetPrefix}/operation/{Operation}` with the headers
//! `smithy-protocol: rpc-v2-cbor`, `Accept: application/cbor` and, when there is a body,
//! `Content-Type: application/cbor`; query-compatible services add `x-amzn-query-mode: true`.
//! An operation without an input shape sends no body; any other input is a CBOR map of its
//! set members (definite lengths, keyed by wire name). Timestamps are tag 1 with epoch
//! seconds (an integer, or a double when there is a fraction), blobs are byte strings.
//!
//! Responses are read straight into the output value by schema, without an intermediate
//! tree; `null` members and map entries are dropped, members the model does not know are
//! skipped. Errors carry `__type` (namespace and `:` suffix stripped), `message`/`Message`,
//! and for query-compatible services the code in the `x-amzn-query-error` header wins.

use std::fmt;

use minicbor::data::Type;

use super::cbor::{is_int, wrap, CborError, Reader, Value, Writer, MAX_DEPTH};
use crate::body::Body;
use crate::data::{Reflect, Scalar, Struct, View};
use crate::error::{ErrorMeta, SdkError};
use crate::operation::{Operation, Service};
use crate::schema::{flags, prelude, Kind, Member, Schema};
use crate::types::{DateTime, Document};

// ---------------------------------------------------------------------------------------
// Serializing by schema
// ---------------------------------------------------------------------------------------

fn present(s: &dyn Struct, i: usize) -> Option<&dyn Reflect> {
    s.field(i).filter(|d| !matches!(d.view(), View::Absent))
}

fn ser_err_at(path: &str, msg: impl fmt::Display) -> SdkError {
    super::ser_error(format!("cannot serialize member `{path}` as CBOR: {msg}"))
}

impl Writer {
    fn document(&mut self, d: &Document, depth: usize) -> Result<(), SdkError> {
        if depth > MAX_DEPTH {
            return Err(super::ser_error("document nests too deeply"));
        }
        match d {
            Document::Null => self.null(),
            Document::Bool(b) => self.bool(*b),
            Document::Int(i) => self.int(*i),
            Document::Float(f) => self.f64(*f),
            Document::String(s) => self.text(s),
            Document::Array(items) => {
                self.head(4, items.len() as u64);
                for i in items {
                    self.document(i, depth + 1)?;
                }
            }
            Document::Object(m) => {
                self.head(5, m.len() as u64);
                for (k, v) in m {
                    self.text(k);
                    self.document(v, depth + 1)?;
                }
            }
        }
        Ok(())
    }
    fn structure(&mut self, s: &dyn Struct, depth: usize) -> Result<(), SdkError> {
        if depth > MAX_DEPTH {
            return Err(super::ser_error("input nests too deeply"));
        }
        let schema = s.schema();
        let count = (0..schema.members.len())
            .filter(|&i| present(s, i).is_some())
            .count();
        self.head(5, count as u64);
        for (i, m) in schema.members.iter().enumerate() {
            if let Some(d) = present(s, i) {
                self.text(m.wire_name());
                self.member(d, m, depth + 1)
                    .map_err(|e| super::ser_error(format!("{} (in `{}`)", e.message(), m.name)))?;
            }
        }
        Ok(())
    }

    fn member(&mut self, d: &dyn Reflect, m: &Member, depth: usize) -> Result<(), SdkError> {
        let t = m.target;
        match d.view() {
            View::Absent => self.null(),
            View::Bool(b) => self.bool(b),
            View::Int(i) => match t.kind {
                Kind::Float => self.f32(i as f32),
                Kind::Double => self.f64(i as f64),
                _ => self.int(i),
            },
            View::Float(f) => match t.kind {
                Kind::Float => self.f32(f as f32),
                _ => self.f64(f),
            },
            View::Str(s) => match t.kind {
                Kind::BigInteger => {
                    let i: i64 = s
                        .parse()
                        .map_err(|_| ser_err_at(m.name, "big integer out of the 64-bit range"))?;
                    self.int(i);
                }
                Kind::BigDecimal => {
                    let f: f64 = s
                        .parse()
                        .map_err(|_| ser_err_at(m.name, "not a decimal number"))?;
                    self.f64(f);
                }
                Kind::Blob => self.bytes(s.as_bytes()),
                _ => self.text(s),
            },
            View::Blob(b) => self.bytes(b),
            View::Time(t) => self.time(t),
            View::Doc(doc) => self.document(doc, depth)?,
            View::Struct(s) => self.structure(s, depth)?,
            View::List(l) => {
                let elem = t
                    .members
                    .first()
                    .ok_or_else(|| ser_err_at(m.name, "list schema without a member"))?;
                self.head(4, l.len() as u64);
                for i in 0..l.len() {
                    match l.at(i) {
                        Some(e) => self.member(e, elem, depth + 1)?,
                        None => self.null(),
                    }
                }
            }
            View::Map(map) => {
                let value = t
                    .members
                    .get(1)
                    .ok_or_else(|| ser_err_at(m.name, "map schema without a value"))?;
                let entries = map.entries();
                self.head(5, entries.len() as u64);
                for (k, v) in entries {
                    self.text(k);
                    self.member(v, value, depth + 1)?;
                }
            }
            View::Stream(body) => match body.bytes() {
                Some(b) => self.bytes(b),
                None => {
                    return Err(ser_err_at(
                        m.name,
                        "a streaming body cannot be sent inside a CBOR document",
                    ))
                }
            },
        }
        Ok(())
    }
}

fn has_event_stream(schema: &Schema) -> bool {
    schema
        .members
        .iter()
        .any(|m| m.target.has(flags::EVENT_STREAM))
}

pub(crate) fn serialize(
    service: &Service,
    op: &Operation,
    input: &mut dyn Struct,
) -> Result<http::Request<Body>, SdkError> {
    super::fill_idempotency_tokens(input);
    let target = service.target_prefix.unwrap_or(service.name);
    let uri = format!("/service/{target}/operation/{}", op.name);
    let body = if std::ptr::eq(op.input, &prelude::UNIT) {
        Vec::new()
    } else {
        let mut w = Writer::default();
        w.structure(&*input, 0)?;
        w.out
    };
    let accept = if has_event_stream(op.output) {
        "application/vnd.amazon.eventstream"
    } else {
        "application/cbor"
    };
    let mut req = http::Request::builder()
        .method(http::Method::POST)
        .uri(uri)
        .header("smithy-protocol", "rpc-v2-cbor")
        .header(http::header::ACCEPT, accept);
    if !body.is_empty() {
        let content_type = if has_event_stream(op.input) {
            "application/vnd.amazon.eventstream"
        } else {
            "application/cbor"
        };
        req = req
            .header(http::header::CONTENT_TYPE, content_type)
            .header(http::header::CONTENT_LENGTH, body.len());
    }
    if service.aws_query_compatible {
        req = req.header("x-amzn-query-mode", "true");
    }
    req.body(Body::from(body))
        .map_err(|e| super::ser_error(format!("cannot build the request: {e}")))
}

// ---------------------------------------------------------------------------------------
// Parsing by schema
// ---------------------------------------------------------------------------------------

fn to_sdk(e: CborError) -> SdkError {
    let mut err = super::parse_err(format!("cannot parse the CBOR response: {e}"));
    if !e.path().is_empty() {
        err = err.within(e.path());
    }
    err.at_byte(e.offset())
}

/// Epoch seconds to a time, with botocore's microsecond precision.
fn epoch_time(secs: f64) -> Option<DateTime> {
    if !secs.is_finite() || secs.abs() > 1e17 {
        return None;
    }
    let whole = secs.floor();
    let mut micros = ((secs - whole) * 1e6).round() as u32;
    let mut whole = whole as i64;
    if micros >= 1_000_000 {
        whole += 1;
        micros -= 1_000_000;
    }
    Some(DateTime::from_secs_nanos(whole, micros * 1000))
}

impl<'b> Reader<'b> {
    fn assign(&self, d: &mut dyn Reflect, v: Scalar) -> Result<(), CborError> {
        let at = self.pos();
        d.assign(v).map_err(|e| CborError::new(at, e.to_string()))
    }

    fn structure(&mut self, s: &mut dyn Struct, depth: usize) -> Result<(), CborError> {
        if depth > MAX_DEPTH {
            return Err(self.err("items nest too deeply"));
        }
        let schema = s.schema();
        let union = schema.kind == Kind::Union;
        let mut set = 0usize;
        let mut n = self.map()?;
        while self.next_item(&mut n)? {
            let key = match self.peek()? {
                Type::String | Type::StringIndef => self.text()?,
                _ => {
                    // Not a member name: skip the entry.
                    self.skip()?;
                    self.skip()?;
                    continue;
                }
            };
            if self.at_null() {
                self.skip()?;
                continue;
            }
            let found = schema
                .members
                .iter()
                .position(|m| m.name == key || m.wire_name() == key);
            let Some(i) = found else {
                if union && key != "__type" {
                    s.unknown_member(&key);
                    set += 1;
                }
                self.skip()?;
                continue;
            };
            let m = &schema.members[i];
            if m.target.has(flags::EVENT_STREAM) {
                self.skip()?;
                continue;
            }
            let Some(field) = s.field_mut(i) else {
                self.skip()?;
                continue;
            };
            self.member(field, m, depth + 1)
                .map_err(|e| e.within(m.name))?;
            set += 1;
        }
        if union && set != 1 {
            return Err(self.err(format!(
                "union `{}` must have exactly one member set, found {set}",
                schema.name
            )));
        }
        Ok(())
    }

    fn member(&mut self, d: &mut dyn Reflect, m: &Member, depth: usize) -> Result<(), CborError> {
        let t = m.target;
        match t.kind {
            Kind::Structure | Kind::Union => {
                let at = self.pos();
                let s = d
                    .as_struct()
                    .ok_or_else(|| CborError::new(at, "field is not a structure"))?;
                self.structure(s, depth)
            }
            Kind::List => {
                if depth > MAX_DEPTH {
                    return Err(self.err("items nest too deeply"));
                }
                let elem = t
                    .members
                    .first()
                    .ok_or_else(|| self.err("list schema without a member"))?;
                let at = self.pos();
                let list = d
                    .as_list()
                    .ok_or_else(|| CborError::new(at, "field is not a list"))?;
                let mut n = self.array()?;
                let mut i = 0usize;
                while self.next_item(&mut n)? {
                    if self.at_null() {
                        self.skip()?;
                    } else {
                        self.member(list.push(), elem, depth + 1)
                            .map_err(|e| e.within(&format!("[{i}]")))?;
                    }
                    i += 1;
                }
                Ok(())
            }
            Kind::Map => {
                if depth > MAX_DEPTH {
                    return Err(self.err("items nest too deeply"));
                }
                let value = t
                    .members
                    .get(1)
                    .ok_or_else(|| self.err("map schema without a value"))?;
                let at = self.pos();
                let map = d
                    .as_map()
                    .ok_or_else(|| CborError::new(at, "field is not a map"))?;
                let mut n = self.map()?;
                while self.next_item(&mut n)? {
                    let key = self.text()?.into_owned();
                    if self.at_null() {
                        self.skip()?;
                        continue;
                    }
                    self.member(map.entry(key.clone()), value, depth + 1)
                        .map_err(|e| e.within(&key))?;
                }
                Ok(())
            }
            Kind::String => {
                let s = self.text()?.into_owned();
                self.assign(d, Scalar::Str(s))
            }
            Kind::Byte | Kind::Short | Kind::Integer | Kind::Long => {
                let t = self.peek()?;
                if !is_int(t) {
                    return Err(self.mismatch("an integer", t));
                }
                let at = self.pos();
                let i = i64::try_from(self.int()?)
                    .map_err(|_| CborError::new(at, "integer out of the 64-bit range"))?;
                self.assign(d, Scalar::Int(i))
            }
            Kind::Float | Kind::Double => {
                let f = self.number()?;
                self.assign(d, Scalar::Float(f))
            }
            Kind::Boolean => match self.peek()? {
                Type::Bool => {
                    let b = self.d.bool().map_err(wrap)?;
                    self.assign(d, Scalar::Bool(b))
                }
                other => Err(self.mismatch("a boolean", other)),
            },
            Kind::Blob => {
                let b = match self.peek()? {
                    Type::String | Type::StringIndef => self.text()?.into_owned().into_bytes(),
                    _ => self.bytes()?,
                };
                self.assign(d, Scalar::Blob(b))
            }
            Kind::Timestamp => {
                let time = self.timestamp()?;
                self.assign(d, Scalar::Time(time))
            }
            Kind::BigInteger | Kind::BigDecimal => {
                let t = self.peek()?;
                let s = if is_int(t) {
                    self.int()?.to_string()
                } else if matches!(t, Type::String | Type::StringIndef) {
                    self.text()?.into_owned()
                } else {
                    self.float()?.to_string()
                };
                self.assign(d, Scalar::Str(s))
            }
            Kind::Document => {
                let at = self.pos();
                let v = self.value(depth)?;
                let doc = to_document(v).map_err(|msg| CborError::new(at, msg))?;
                self.assign(d, Scalar::Doc(doc))
            }
        }
    }

    fn timestamp(&mut self) -> Result<DateTime, CborError> {
        let at = self.pos();
        let t = self.peek()?;
        let time = match t {
            Type::Tag => {
                let tag = self.d.tag().map_err(wrap)?.as_u64();
                if tag != 1 {
                    return Err(CborError::new(
                        at,
                        format!("expected tag 1 (epoch time), found tag {tag}"),
                    ));
                }
                let t = self.peek()?;
                if is_int(t) {
                    i64::try_from(self.int()?).ok().map(DateTime::from_secs)
                } else {
                    epoch_time(self.float()?)
                }
            }
            Type::String | Type::StringIndef => DateTime::parse_any(&self.text()?).ok(),
            _ if is_int(t) => i64::try_from(self.int()?).ok().map(DateTime::from_secs),
            _ => epoch_time(self.float()?),
        };
        time.ok_or_else(|| CborError::new(at, "timestamp out of range"))
    }
}

fn to_document(v: Value) -> Result<Document, String> {
    Ok(match v {
        Value::Unsigned(n) => match i64::try_from(n) {
            Ok(i) => Document::Int(i),
            Err(_) => Document::Float(n as f64),
        },
        Value::Negative(n) => match i64::try_from(n) {
            Ok(i) => Document::Int(-1 - i),
            Err(_) => Document::Float(-1.0 - n as f64),
        },
        Value::Float(f) => Document::Float(f),
        Value::Bool(b) => Document::Bool(b),
        Value::Null | Value::Undefined => Document::Null,
        Value::Text(s) => Document::String(s),
        Value::Bytes(_) => return Err("a byte string cannot be held by a document".into()),
        Value::Tag(_, v) => to_document(*v)?,
        Value::Array(items) => Document::Array(
            items
                .into_iter()
                .map(to_document)
                .collect::<Result<_, _>>()?,
        ),
        Value::Map(entries) => {
            let mut m = std::collections::BTreeMap::new();
            for (k, v) in entries {
                let Value::Text(k) = k else {
                    return Err("document object keys must be text strings".into());
                };
                if !v.is_null() {
                    m.insert(k, to_document(v)?);
                }
            }
            Document::Object(m)
        }
    })
}

pub(crate) fn parse_output(
    _service: &Service,
    _op: &Operation,
    _head: &http::response::Parts,
    body: &[u8],
    out: &mut dyn Struct,
) -> Result<(), SdkError> {
    if body.is_empty() {
        return Ok(());
    }
    let mut r = Reader::new(body);
    r.structure(out, 0).map_err(to_sdk)?;
    r.finish().map_err(to_sdk)
}

/// Fills an event structure from a CBOR event payload (a map of its members).
pub(crate) fn read_event_struct(payload: &[u8], out: &mut dyn Struct) -> Result<(), SdkError> {
    let mut r = Reader::new(payload);
    r.structure(out, 0).map_err(to_sdk)?;
    r.finish().map_err(to_sdk)
}

/// Fills an event's `eventpayload` member from a CBOR event payload.
pub(crate) fn read_event_member(
    payload: &[u8],
    m: &Member,
    d: &mut dyn Reflect,
) -> Result<(), SdkError> {
    let mut r = Reader::new(payload);
    r.member(d, m, 0).map_err(to_sdk)?;
    r.finish().map_err(to_sdk)
}

/// `__type` and `message`/`Message` of an error body, when it is a map.
fn error_fields(body: &[u8]) -> Result<(Option<String>, Option<String>), CborError> {
    let mut r = Reader::new(body);
    let (mut code, mut message, mut upper_message) = (None, None, None);
    let mut n = r.map()?;
    while r.next_item(&mut n)? {
        let key = match r.peek()? {
            Type::String | Type::StringIndef => r.text()?,
            _ => {
                r.skip()?;
                r.skip()?;
                continue;
            }
        };
        let slot = match &*key {
            "__type" => &mut code,
            "message" => &mut message,
            "Message" => &mut upper_message,
            _ => {
                r.skip()?;
                continue;
            }
        };
        match r.peek()? {
            Type::String | Type::StringIndef => *slot = Some(r.text()?.into_owned()),
            _ => r.skip()?,
        }
    }
    Ok((code, message.or(upper_message)))
}

fn header<'a>(head: &'a http::response::Parts, name: &str) -> Option<&'a str> {
    head.headers.get(name).and_then(|v| v.to_str().ok())
}

pub(crate) fn parse_error(
    _service: &Service,
    op: &Operation,
    head: &http::response::Parts,
    body: &[u8],
) -> Result<(ErrorMeta, Option<usize>), SdkError> {
    // A body that is not a CBOR map still leaves the status code to go by.
    let (code, message) = if body.is_empty() {
        (None, None)
    } else {
        error_fields(body).unwrap_or((None, None))
    };
    let status = head.status.as_u16();
    let mut code = code.unwrap_or_else(|| status.to_string());
    if let Some(i) = code.find(':') {
        code.truncate(i);
    }
    if let Some(i) = code.rfind('#') {
        code = code[i + 1..].to_string();
    }
    if let Some(q) = header(head, "x-amzn-query-error") {
        let parts: Vec<&str> = q.split(';').collect();
        if let [c, _] = parts[..] {
            if !c.is_empty() {
                code = c.to_string();
            }
        }
    }
    let index =
        super::error_index(op, &code).or_else(|| op.errors.iter().position(|e| e.name == code));
    let meta = ErrorMeta {
        code,
        message,
        request_id: header(head, "x-amzn-requestid").map(str::to_string),
        status,
        ..ErrorMeta::default()
    };
    Ok((meta, index))
}

pub(crate) fn parse_error_members(
    _service: &Service,
    _op: &Operation,
    _head: &http::response::Parts,
    body: &[u8],
    target: &mut dyn Struct,
) -> Result<(), SdkError> {
    if body.is_empty() {
        return Ok(());
    }
    let mut r = Reader::new(body);
    r.structure(target, 0).map_err(to_sdk)?;
    r.finish().map_err(to_sdk)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::cbor::decode;

    #[test]
    fn parse_errors_name_the_member_path_and_byte() {
        use crate::dynamic::DynStruct;
        use crate::protocol::cbor::encode;
        use crate::protocol::path_fixture::OUTPUT;
        let t = |s: &str| Value::Text(s.into());
        let instance = |v: Value| Value::Map(vec![(t("LaunchTime"), v)]);
        let ok = instance(Value::Tag(1, Box::new(Value::Unsigned(0))));
        let body = encode(&Value::Map(vec![(
            t("Reservations"),
            Value::Array(vec![Value::Map(vec![(
                t("Instances"),
                Value::Array(vec![ok.clone(), ok.clone(), ok, instance(t("yesterday"))]),
            )])]),
        )]));
        let mut out = DynStruct::new(&OUTPUT);
        let mut r = Reader::new(&body);
        let e = to_sdk(r.structure(&mut out, 0).expect_err("bad timestamp"));
        assert_eq!(e.kind(), crate::error::SdkErrorKind::ResponseParse);
        assert_eq!(
            e.member_path(),
            Some("Reservations[0].Instances[3].LaunchTime")
        );
        let at = e.byte_offset().expect("offset");
        let bad = encode(&t("yesterday"));
        assert!(
            body[at..].starts_with(&bad) || body[..at].ends_with(&bad),
            "offset {at} is at the bad value"
        );
    }

    #[test]
    fn epoch_precision() {
        let t = epoch_time(946845296.123).unwrap();
        assert_eq!(t.secs(), 946845296);
        assert_eq!(t.subsec_nanos(), 123_000_000);
        let mut w = Writer::default();
        w.time(t);
        let back = decode(&w.out).unwrap();
        assert_eq!(back, Value::Tag(1, Box::new(Value::Float(946845296.123))));
    }
}

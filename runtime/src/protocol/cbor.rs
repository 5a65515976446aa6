//! `smithy-rpc-v2-cbor` (botocore's `RpcV2CBORSerializer` and `RpcV2CBORParser`), plus a
//! generic CBOR [`Value`] with [`decode`] and [`encode`].
//!
//! Requests are `POST /service/{targetPrefix}/operation/{Operation}` with the headers
//! `smithy-protocol: rpc-v2-cbor`, `Accept: application/cbor` and, when there is a body,
//! `Content-Type: application/cbor`; query-compatible services add `x-amzn-query-mode: true`.
//! An operation without an input shape sends no body; any other input is a CBOR map of its
//! set members (definite lengths, keyed by wire name). Timestamps are tag 1 with epoch
//! seconds (an integer, or a double when there is a fraction), blobs are byte strings,
//! floats are single or double precision (NaN and the infinities as half floats, as
//! botocore writes them).
//!
//! Responses are read straight into the output value by schema, without an intermediate
//! tree: definite and indefinite lengths, chunked strings, half/single/double floats and
//! integers of any width are accepted; `null` members and map entries are dropped, members
//! the model does not know are skipped. Errors carry `__type` (namespace and `:` suffix
//! stripped), `message`/`Message`, and for query-compatible services the code in the
//! `x-amzn-query-error` header wins.
//!
//! Byte-level decoding uses the `minicbor` crate's `Decoder`; the encoder is the few lines
//! of CBOR head encoding below (writing into a `Vec` cannot fail, so there is no `Result`
//! plumbing).

use std::borrow::Cow;
use std::fmt;

use minicbor::data::Type;
use minicbor::Decoder;

use crate::body::Body;
use crate::data::{Data, Get, Scalar, Struct};
use crate::error::{ErrorMeta, SdkError};
use crate::operation::{Operation, Service};
use crate::schema::{flags, prelude, Kind, Member, Schema};
use crate::types::{DateTime, Document};

/// How deeply containers may nest, in responses and in requests.
const MAX_DEPTH: usize = 128;

// ---------------------------------------------------------------------------------------
// Generic values
// ---------------------------------------------------------------------------------------

/// One CBOR data item, as read by [`decode`] or written by [`encode`].
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// Major type 0: an unsigned integer.
    Unsigned(u64),
    /// Major type 1: the integer `-1 - n`.
    Negative(u64),
    /// Major type 2: a byte string (chunks of an indefinite one are joined).
    Bytes(Vec<u8>),
    /// Major type 3: a text string (chunks of an indefinite one are joined).
    Text(String),
    /// Major type 4: an array.
    Array(Vec<Value>),
    /// Major type 5: a map, entries in wire order.
    Map(Vec<(Value, Value)>),
    /// Major type 6: a tag and the item it tags.
    Tag(u64, Box<Value>),
    /// `false` or `true`.
    Bool(bool),
    /// `null`.
    Null,
    /// `undefined`.
    Undefined,
    /// A half, single or double precision float, widened to `f64`.
    Float(f64),
}

impl Value {
    /// The integer value of [`Value::Unsigned`] or [`Value::Negative`].
    pub fn as_i128(&self) -> Option<i128> {
        match self {
            Value::Unsigned(n) => Some(i128::from(*n)),
            Value::Negative(n) => Some(-1 - i128::from(*n)),
            _ => None,
        }
    }

    fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Float(f) => Some(*f),
            other => other.as_i128().map(|i| i as f64),
        }
    }

    fn is_null(&self) -> bool {
        matches!(self, Value::Null | Value::Undefined)
    }

    /// Whether two items mean the same thing to botocore's CBOR parser, the way its
    /// protocol tests compare request bodies: integers and floats compare by numeric
    /// value (NaN equals NaN), `null` and `undefined` are the same, map entries whose
    /// value is null are dropped and entry order does not matter.
    pub fn equivalent(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Bytes(a), Value::Bytes(b)) => a == b,
            (Value::Text(a), Value::Text(b)) => a == b,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (a, b) if a.is_null() && b.is_null() => true,
            (Value::Array(a), Value::Array(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.equivalent(y))
            }
            (Value::Map(a), Value::Map(b)) => {
                let a: Vec<_> = a.iter().filter(|(_, v)| !v.is_null()).collect();
                let b: Vec<_> = b.iter().filter(|(_, v)| !v.is_null()).collect();
                a.len() == b.len()
                    && a.iter().all(|(ka, va)| {
                        b.iter()
                            .any(|(kb, vb)| ka.equivalent(kb) && va.equivalent(vb))
                    })
            }
            (Value::Tag(ta, a), Value::Tag(tb, b)) => ta == tb && a.equivalent(b),
            (a, b) => match (a.as_i128(), b.as_i128()) {
                (Some(x), Some(y)) => x == y,
                _ => match (a.as_f64(), b.as_f64()) {
                    (Some(x), Some(y)) => x == y || (x.is_nan() && y.is_nan()),
                    _ => false,
                },
            },
        }
    }
}

/// A malformed CBOR item: where and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CborError {
    offset: usize,
    message: String,
    path: String,
}

impl CborError {
    fn new(offset: usize, message: impl Into<String>) -> CborError {
        CborError {
            offset,
            message: message.into(),
            path: String::new(),
        }
    }
    /// The byte offset at which decoding stopped.
    pub fn offset(&self) -> usize {
        self.offset
    }
    /// What was wrong.
    pub fn message(&self) -> &str {
        &self.message
    }
    /// Prepends a member name (or `[i]`, `{key}` step) to the path of the failing value.
    fn within(mut self, step: &str) -> CborError {
        if self.path.is_empty() {
            self.path = step.to_string();
        } else if self.path.starts_with('[') {
            self.path = format!("{step}{}", self.path);
        } else {
            self.path = format!("{step}.{}", self.path);
        }
        self
    }
}

impl fmt::Display for CborError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "invalid CBOR at byte {}: {}", self.offset, self.message)
        } else {
            write!(
                f,
                "invalid CBOR at byte {} (member `{}`): {}",
                self.offset, self.path, self.message
            )
        }
    }
}

impl std::error::Error for CborError {}

/// Decodes exactly one CBOR item; bytes after it are an error.
pub fn decode(bytes: &[u8]) -> Result<Value, CborError> {
    let mut r = Reader::new(bytes);
    let v = r.value(0)?;
    r.finish()?;
    Ok(v)
}

/// Encodes an item with definite lengths and the shortest integer heads.
pub fn encode(value: &Value) -> Vec<u8> {
    let mut w = Writer::default();
    w.value(value);
    w.out
}

// ---------------------------------------------------------------------------------------
// Reader: CBOR items over minicbor's decoder
// ---------------------------------------------------------------------------------------

const BREAK: u8 = 0xff;

struct Reader<'b> {
    d: Decoder<'b>,
}

fn wrap(e: minicbor::decode::Error) -> CborError {
    CborError::new(e.position().unwrap_or(0), e.to_string())
}

fn type_name(t: Type) -> &'static str {
    match t {
        Type::Bool => "a boolean",
        Type::Null => "null",
        Type::Undefined => "undefined",
        Type::U8 | Type::U16 | Type::U32 | Type::U64 => "an unsigned integer",
        Type::I8 | Type::I16 | Type::I32 | Type::I64 | Type::Int => "an integer",
        Type::F16 | Type::F32 | Type::F64 => "a float",
        Type::Simple => "a simple value",
        Type::Bytes | Type::BytesIndef => "a byte string",
        Type::String | Type::StringIndef => "a text string",
        Type::Array | Type::ArrayIndef => "an array",
        Type::Map | Type::MapIndef => "a map",
        Type::Tag => "a tag",
        Type::Break => "a break marker",
        _ => "an unknown item",
    }
}

fn is_int(t: Type) -> bool {
    matches!(
        t,
        Type::U8
            | Type::U16
            | Type::U32
            | Type::U64
            | Type::I8
            | Type::I16
            | Type::I32
            | Type::I64
            | Type::Int
    )
}

/// Converts IEEE 754 half precision bits to a double.
fn half_to_f64(bits: u16) -> f64 {
    let sign = if bits & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = i32::from((bits >> 10) & 0x1f);
    let mant = f64::from(bits & 0x3ff);
    let magnitude = match exp {
        0 => mant * 2f64.powi(-24),
        31 if mant == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1024.0 + mant) * 2f64.powi(exp - 25),
    };
    sign * magnitude
}

impl<'b> Reader<'b> {
    fn new(bytes: &'b [u8]) -> Reader<'b> {
        Reader {
            d: Decoder::new(bytes),
        }
    }

    fn pos(&self) -> usize {
        self.d.position()
    }

    fn err(&self, msg: impl Into<String>) -> CborError {
        CborError::new(self.pos(), msg)
    }

    fn finish(&self) -> Result<(), CborError> {
        if self.pos() == self.d.input().len() {
            Ok(())
        } else {
            Err(self.err("unexpected bytes after the item"))
        }
    }

    fn peek(&self) -> Result<Type, CborError> {
        self.d.datatype().map_err(wrap)
    }

    fn current(&self) -> Option<u8> {
        self.d.input().get(self.pos()).copied()
    }

    /// Whether the next item is `null` or `undefined`.
    fn at_null(&self) -> bool {
        matches!(self.current(), Some(0xf6 | 0xf7))
    }

    fn mismatch(&self, expected: &str, found: Type) -> CborError {
        self.err(format!("expected {expected}, found {}", type_name(found)))
    }

    /// Steps through a container: `remaining` is `Some(n)` for a definite length, `None`
    /// for an indefinite one (which ends at a break marker). Returns whether an item follows.
    fn next_item(&mut self, remaining: &mut Option<u64>) -> Result<bool, CborError> {
        match remaining {
            Some(0) => Ok(false),
            Some(n) => {
                *n -= 1;
                Ok(true)
            }
            None => match self.current() {
                Some(BREAK) => {
                    self.d.set_position(self.pos() + 1);
                    Ok(false)
                }
                Some(_) => Ok(true),
                None => Err(self.err("expected a break marker, found the end of the input")),
            },
        }
    }

    fn skip(&mut self) -> Result<(), CborError> {
        self.d.skip().map_err(wrap)
    }

    fn array(&mut self) -> Result<Option<u64>, CborError> {
        match self.peek()? {
            Type::Array | Type::ArrayIndef => self.d.array().map_err(wrap),
            other => Err(self.mismatch("an array", other)),
        }
    }

    fn map(&mut self) -> Result<Option<u64>, CborError> {
        match self.peek()? {
            Type::Map | Type::MapIndef => self.d.map().map_err(wrap),
            other => Err(self.mismatch("a map", other)),
        }
    }

    fn text(&mut self) -> Result<Cow<'b, str>, CborError> {
        match self.peek()? {
            Type::String => self.d.str().map(Cow::Borrowed).map_err(wrap),
            Type::StringIndef => {
                let mut s = String::new();
                for chunk in self.d.str_iter().map_err(wrap)? {
                    s.push_str(chunk.map_err(wrap)?);
                }
                Ok(Cow::Owned(s))
            }
            other => Err(self.mismatch("a text string", other)),
        }
    }

    fn bytes(&mut self) -> Result<Vec<u8>, CborError> {
        match self.peek()? {
            Type::Bytes => self.d.bytes().map(<[u8]>::to_vec).map_err(wrap),
            Type::BytesIndef => {
                let mut v = Vec::new();
                for chunk in self.d.bytes_iter().map_err(wrap)? {
                    v.extend_from_slice(chunk.map_err(wrap)?);
                }
                Ok(v)
            }
            other => Err(self.mismatch("a byte string", other)),
        }
    }

    fn int(&mut self) -> Result<i128, CborError> {
        self.d.int().map(i128::from).map_err(wrap)
    }

    fn float(&mut self) -> Result<f64, CborError> {
        match self.peek()? {
            Type::F16 => {
                let p = self.pos();
                let bits = self
                    .d
                    .input()
                    .get(p + 1..p + 3)
                    .ok_or_else(|| self.err("incomplete half float at the end of the input"))?;
                let bits = u16::from_be_bytes([bits[0], bits[1]]);
                self.d.set_position(p + 3);
                Ok(half_to_f64(bits))
            }
            Type::F32 => self.d.f32().map(f64::from).map_err(wrap),
            Type::F64 => self.d.f64().map_err(wrap),
            other => Err(self.mismatch("a float", other)),
        }
    }

    /// An integer or a float, as a double.
    fn number(&mut self) -> Result<f64, CborError> {
        let t = self.peek()?;
        if is_int(t) {
            Ok(self.int()? as f64)
        } else {
            self.float()
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, CborError> {
        if depth > MAX_DEPTH {
            return Err(self.err("items nest too deeply"));
        }
        let t = self.peek()?;
        Ok(match t {
            Type::U8 | Type::U16 | Type::U32 | Type::U64 => {
                Value::Unsigned(self.d.u64().map_err(wrap)?)
            }
            _ if is_int(t) => {
                let i = self.int()?;
                if i >= 0 {
                    Value::Unsigned(i as u64)
                } else {
                    Value::Negative((-1 - i) as u64)
                }
            }
            Type::Bytes | Type::BytesIndef => Value::Bytes(self.bytes()?),
            Type::String | Type::StringIndef => Value::Text(self.text()?.into_owned()),
            Type::Array | Type::ArrayIndef => {
                let mut n = self.array()?;
                let mut items = Vec::new();
                while self.next_item(&mut n)? {
                    items.push(self.value(depth + 1)?);
                }
                Value::Array(items)
            }
            Type::Map | Type::MapIndef => {
                let mut n = self.map()?;
                let mut entries = Vec::new();
                while self.next_item(&mut n)? {
                    let k = self.value(depth + 1)?;
                    let v = self.value(depth + 1)?;
                    entries.push((k, v));
                }
                Value::Map(entries)
            }
            Type::Tag => {
                let tag = self.d.tag().map_err(wrap)?.as_u64();
                Value::Tag(tag, Box::new(self.value(depth + 1)?))
            }
            Type::Bool => Value::Bool(self.d.bool().map_err(wrap)?),
            Type::Null => {
                self.d.null().map_err(wrap)?;
                Value::Null
            }
            Type::Undefined => {
                self.d.undefined().map_err(wrap)?;
                Value::Undefined
            }
            Type::F16 | Type::F32 | Type::F64 => Value::Float(self.float()?),
            Type::Break => return Err(self.err("unexpected break marker")),
            Type::Simple => return Err(self.err("unsupported simple value")),
            _ => {
                let b = self.current().unwrap_or(0);
                return Err(self.err(format!(
                    "invalid initial byte 0x{b:02x} (major type {}, additional info {})",
                    b >> 5,
                    b & 0x1f
                )));
            }
        })
    }
}

// ---------------------------------------------------------------------------------------
// Writer
// ---------------------------------------------------------------------------------------

#[derive(Default)]
struct Writer {
    out: Vec<u8>,
}

impl Writer {
    fn head(&mut self, major: u8, n: u64) {
        let m = major << 5;
        if n < 24 {
            self.out.push(m | n as u8);
        } else if let Ok(n) = u8::try_from(n) {
            self.out.extend_from_slice(&[m | 24, n]);
        } else if let Ok(n) = u16::try_from(n) {
            self.out.push(m | 25);
            self.out.extend_from_slice(&n.to_be_bytes());
        } else if let Ok(n) = u32::try_from(n) {
            self.out.push(m | 26);
            self.out.extend_from_slice(&n.to_be_bytes());
        } else {
            self.out.push(m | 27);
            self.out.extend_from_slice(&n.to_be_bytes());
        }
    }
    fn int(&mut self, i: i64) {
        if i >= 0 {
            self.head(0, i as u64);
        } else {
            // -1 - i, without overflow at i64::MIN.
            self.head(1, !(i as u64));
        }
    }
    fn text(&mut self, s: &str) {
        self.head(3, s.len() as u64);
        self.out.extend_from_slice(s.as_bytes());
    }
    fn bytes(&mut self, b: &[u8]) {
        self.head(2, b.len() as u64);
        self.out.extend_from_slice(b);
    }
    fn bool(&mut self, b: bool) {
        self.out.push(if b { 0xf5 } else { 0xf4 });
    }
    fn null(&mut self) {
        self.out.push(0xf6);
    }
    /// NaN and the infinities as half floats (botocore does the same); `true` if written.
    fn special(&mut self, f: f64) -> bool {
        let bits: u16 = if f.is_nan() {
            0x7e00
        } else if f == f64::INFINITY {
            0x7c00
        } else if f == f64::NEG_INFINITY {
            0xfc00
        } else {
            return false;
        };
        self.out.push(0xf9);
        self.out.extend_from_slice(&bits.to_be_bytes());
        true
    }
    fn f64(&mut self, f: f64) {
        if !self.special(f) {
            self.out.push(0xfb);
            self.out.extend_from_slice(&f.to_be_bytes());
        }
    }
    fn f32(&mut self, f: f32) {
        if !self.special(f64::from(f)) {
            self.out.push(0xfa);
            self.out.extend_from_slice(&f.to_be_bytes());
        }
    }
    fn time(&mut self, t: DateTime) {
        self.head(6, 1);
        let micros = t.subsec_nanos() / 1000;
        if micros == 0 {
            self.int(t.secs());
        } else {
            // One rounding only: (secs * 10^6 + micros) / 10^6.
            self.f64((t.secs() as f64 * 1e6 + f64::from(micros)) / 1e6);
        }
    }
    fn value(&mut self, v: &Value) {
        match v {
            Value::Unsigned(n) => self.head(0, *n),
            Value::Negative(n) => self.head(1, *n),
            Value::Bytes(b) => self.bytes(b),
            Value::Text(s) => self.text(s),
            Value::Array(items) => {
                self.head(4, items.len() as u64);
                for i in items {
                    self.value(i);
                }
            }
            Value::Map(entries) => {
                self.head(5, entries.len() as u64);
                for (k, v) in entries {
                    self.value(k);
                    self.value(v);
                }
            }
            Value::Tag(t, v) => {
                self.head(6, *t);
                self.value(v);
            }
            Value::Bool(b) => self.bool(*b),
            Value::Null => self.null(),
            Value::Undefined => self.out.push(0xf7),
            Value::Float(f) => self.f64(*f),
        }
    }
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
}

// ---------------------------------------------------------------------------------------
// Serializing by schema
// ---------------------------------------------------------------------------------------

fn present(s: &dyn Struct, i: usize) -> Option<&dyn Data> {
    s.field(i).filter(|d| !matches!(d.get(), Get::Absent))
}

fn ser_err_at(path: &str, msg: impl fmt::Display) -> SdkError {
    super::ser_error(format!("cannot serialize member `{path}` as CBOR: {msg}"))
}

impl Writer {
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

    fn member(&mut self, d: &dyn Data, m: &Member, depth: usize) -> Result<(), SdkError> {
        let t = m.target;
        match d.get() {
            Get::Absent => self.null(),
            Get::Bool(b) => self.bool(b),
            Get::Int(i) => match t.kind {
                Kind::Float => self.f32(i as f32),
                Kind::Double => self.f64(i as f64),
                _ => self.int(i),
            },
            Get::Float(f) => match t.kind {
                Kind::Float => self.f32(f as f32),
                _ => self.f64(f),
            },
            Get::Str(s) => match t.kind {
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
            Get::Blob(b) => self.bytes(b),
            Get::Time(t) => self.time(t),
            Get::Doc(doc) => self.document(doc, depth)?,
            Get::Struct(s) => self.structure(s, depth)?,
            Get::List(l) => {
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
            Get::Map(map) => {
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
            Get::Stream(body) => match body.bytes() {
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
    super::parse_err(format!("cannot parse the CBOR response: {e}"))
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
    fn set(&self, d: &mut dyn Data, v: Scalar) -> Result<(), CborError> {
        let at = self.pos();
        d.set(v).map_err(|e| CborError::new(at, e.to_string()))
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

    fn member(&mut self, d: &mut dyn Data, m: &Member, depth: usize) -> Result<(), CborError> {
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
                    self.member(map.entry(key), value, depth + 1)
                        .map_err(|e| e.within("{value}"))?;
                }
                Ok(())
            }
            Kind::String => {
                let s = self.text()?.into_owned();
                self.set(d, Scalar::Str(s))
            }
            Kind::Byte | Kind::Short | Kind::Integer | Kind::Long => {
                let t = self.peek()?;
                if !is_int(t) {
                    return Err(self.mismatch("an integer", t));
                }
                let at = self.pos();
                let i = i64::try_from(self.int()?)
                    .map_err(|_| CborError::new(at, "integer out of the 64-bit range"))?;
                self.set(d, Scalar::Int(i))
            }
            Kind::Float | Kind::Double => {
                let f = self.number()?;
                self.set(d, Scalar::Float(f))
            }
            Kind::Boolean => match self.peek()? {
                Type::Bool => {
                    let b = self.d.bool().map_err(wrap)?;
                    self.set(d, Scalar::Bool(b))
                }
                other => Err(self.mismatch("a boolean", other)),
            },
            Kind::Blob => {
                let b = match self.peek()? {
                    Type::String | Type::StringIndef => self.text()?.into_owned().into_bytes(),
                    _ => self.bytes()?,
                };
                self.set(d, Scalar::Blob(b))
            }
            Kind::Timestamp => {
                let time = self.timestamp()?;
                self.set(d, Scalar::Time(time))
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
                self.set(d, Scalar::Str(s))
            }
            Kind::Document => {
                let at = self.pos();
                let v = self.value(depth)?;
                let doc = to_document(v).map_err(|msg| CborError::new(at, msg))?;
                self.set(d, Scalar::Doc(doc))
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

    fn hex(s: &str) -> Vec<u8> {
        (0..s.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
            .collect()
    }

    #[test]
    fn half_floats() {
        assert_eq!(half_to_f64(0x3c00), 1.0);
        assert_eq!(half_to_f64(0xc000), -2.0);
        assert_eq!(half_to_f64(0x7c00), f64::INFINITY);
        assert_eq!(half_to_f64(0xfc00), f64::NEG_INFINITY);
        assert!(half_to_f64(0x7c01).is_nan());
        assert_eq!(half_to_f64(0x0050), 4.76837158203125e-06);
        assert_eq!(half_to_f64(0x3e00), 1.5);
        assert_eq!(half_to_f64(0x47a0), 7.625);
    }

    #[test]
    fn integers_round_trip() {
        for i in [
            0i64, 23, 24, 255, 256, 65535, 65536, -1, -24, -25, -256, -257,
        ] {
            let mut w = Writer::default();
            w.int(i);
            assert_eq!(decode(&w.out).unwrap().as_i128(), Some(i128::from(i)));
        }
        let mut w = Writer::default();
        w.int(i64::MIN);
        assert_eq!(w.out, hex("3b7fffffffffffffff"));
        assert_eq!(
            decode(&w.out).unwrap().as_i128(),
            Some(i128::from(i64::MIN))
        );
    }

    #[test]
    fn full_range_integers() {
        assert_eq!(
            decode(&hex("3bfffffffffffffffe")).unwrap(),
            Value::Negative(u64::MAX - 1)
        );
        assert_eq!(
            decode(&hex("1bffffffffffffffff")).unwrap(),
            Value::Unsigned(u64::MAX)
        );
    }

    #[test]
    fn value_round_trip() {
        let v = Value::Map(vec![
            (
                Value::Text("a".into()),
                Value::Array(vec![Value::Float(1.5)]),
            ),
            (
                Value::Text("b".into()),
                Value::Tag(1, Box::new(Value::Unsigned(5))),
            ),
            (Value::Text("c".into()), Value::Bytes(vec![0, 1, 2])),
            (Value::Text("d".into()), Value::Bool(true)),
            (Value::Text("e".into()), Value::Null),
        ]);
        assert_eq!(decode(&encode(&v)).unwrap(), v);
    }

    #[test]
    fn equivalence_follows_botocore() {
        let a = decode(&hex("bf6178f6617901ff")).unwrap(); // {_ "x": null, "y": 1}
        let b = decode(&hex("a16179f93c00")).unwrap(); // {"y": 1.0 (half)}
        assert!(a.equivalent(&b));
        let nan = Value::Float(f64::NAN);
        assert!(nan.equivalent(&Value::Float(f64::NAN)));
        assert!(!Value::Text("1".into()).equivalent(&Value::Unsigned(1)));
    }

    #[test]
    fn errors_are_typed() {
        for bad in [
            "", "18", "5f5f", "7f40", "9f", "bf", "a1", "c1", "fc", "ff", "0000",
        ] {
            assert!(decode(&hex(bad)).is_err(), "{bad}");
        }
        let deep = vec![0x81u8; 100_000];
        assert!(decode(&deep).is_err());
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

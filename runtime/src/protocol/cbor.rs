//! CBOR (RFC 8949): a generic [`Value`] with [`decode`] and [`encode`], and the reader
//! and writer the `smithy-rpc-v2-cbor` engine (`rpc_v2_cbor.rs`) builds on — as
//! `xml.rs` and `json_value.rs` are for the XML and JSON protocols.
//!
//! Reading accepts definite and indefinite lengths, chunked strings, half/single/double
//! floats and integers of any width, and refuses anything nested deeper than 128 levels.
//! Writing uses definite lengths and the shortest heads; floats are single or double
//! precision, with NaN and the infinities as half floats (as botocore writes them).
//!
//! Byte-level decoding uses the `minicbor` crate's `Decoder`; the encoder is the few lines
//! of CBOR head encoding below (writing into a `Vec` cannot fail, so there is no `Result`
//! plumbing).

use std::borrow::Cow;
use std::fmt;

use minicbor::data::Type;
use minicbor::Decoder;

use crate::types::DateTime;

/// How deeply containers may nest, in responses and in requests.
pub(super) const MAX_DEPTH: usize = 128;

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

    pub(super) fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Float(f) => Some(*f),
            other => other.as_i128().map(|i| i as f64),
        }
    }

    pub(super) fn is_null(&self) -> bool {
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
    pub(super) fn new(offset: usize, message: impl Into<String>) -> CborError {
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
    /// The member path of the failing value (`Items[2].Name`), empty at the top level.
    pub fn path(&self) -> &str {
        &self.path
    }
    /// Prepends a member name (or `[i]`, `{key}` step) to the path of the failing value.
    pub(super) fn within(mut self, step: &str) -> CborError {
        crate::error::prepend_step(&mut self.path, step);
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

pub(super) struct Reader<'b> {
    pub(super) d: Decoder<'b>,
}

pub(super) fn wrap(e: minicbor::decode::Error) -> CborError {
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

pub(super) fn is_int(t: Type) -> bool {
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
    pub(super) fn new(bytes: &'b [u8]) -> Reader<'b> {
        Reader {
            d: Decoder::new(bytes),
        }
    }

    pub(super) fn pos(&self) -> usize {
        self.d.position()
    }

    pub(super) fn err(&self, msg: impl Into<String>) -> CborError {
        CborError::new(self.pos(), msg)
    }

    pub(super) fn finish(&self) -> Result<(), CborError> {
        if self.pos() == self.d.input().len() {
            Ok(())
        } else {
            Err(self.err("unexpected bytes after the item"))
        }
    }

    pub(super) fn peek(&self) -> Result<Type, CborError> {
        self.d.datatype().map_err(wrap)
    }

    pub(super) fn current(&self) -> Option<u8> {
        self.d.input().get(self.pos()).copied()
    }

    /// Whether the next item is `null` or `undefined`.
    pub(super) fn at_null(&self) -> bool {
        matches!(self.current(), Some(0xf6 | 0xf7))
    }

    pub(super) fn mismatch(&self, expected: &str, found: Type) -> CborError {
        self.err(format!("expected {expected}, found {}", type_name(found)))
    }

    /// Steps through a container: `remaining` is `Some(n)` for a definite length, `None`
    /// for an indefinite one (which ends at a break marker). Returns whether an item follows.
    pub(super) fn next_item(&mut self, remaining: &mut Option<u64>) -> Result<bool, CborError> {
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

    pub(super) fn skip(&mut self) -> Result<(), CborError> {
        self.d.skip().map_err(wrap)
    }

    pub(super) fn array(&mut self) -> Result<Option<u64>, CborError> {
        match self.peek()? {
            Type::Array | Type::ArrayIndef => self.d.array().map_err(wrap),
            other => Err(self.mismatch("an array", other)),
        }
    }

    pub(super) fn map(&mut self) -> Result<Option<u64>, CborError> {
        match self.peek()? {
            Type::Map | Type::MapIndef => self.d.map().map_err(wrap),
            other => Err(self.mismatch("a map", other)),
        }
    }

    pub(super) fn text(&mut self) -> Result<Cow<'b, str>, CborError> {
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

    pub(super) fn bytes(&mut self) -> Result<Vec<u8>, CborError> {
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

    pub(super) fn int(&mut self) -> Result<i128, CborError> {
        self.d.int().map(i128::from).map_err(wrap)
    }

    pub(super) fn float(&mut self) -> Result<f64, CborError> {
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
    pub(super) fn number(&mut self) -> Result<f64, CborError> {
        let t = self.peek()?;
        if is_int(t) {
            Ok(self.int()? as f64)
        } else {
            self.float()
        }
    }

    pub(super) fn value(&mut self, depth: usize) -> Result<Value, CborError> {
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
pub(super) struct Writer {
    pub(super) out: Vec<u8>,
}

impl Writer {
    pub(super) fn head(&mut self, major: u8, n: u64) {
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
    pub(super) fn int(&mut self, i: i64) {
        if i >= 0 {
            self.head(0, i as u64);
        } else {
            // -1 - i, without overflow at i64::MIN.
            self.head(1, !(i as u64));
        }
    }
    pub(super) fn text(&mut self, s: &str) {
        self.head(3, s.len() as u64);
        self.out.extend_from_slice(s.as_bytes());
    }
    pub(super) fn bytes(&mut self, b: &[u8]) {
        self.head(2, b.len() as u64);
        self.out.extend_from_slice(b);
    }
    pub(super) fn bool(&mut self, b: bool) {
        self.out.push(if b { 0xf5 } else { 0xf4 });
    }
    pub(super) fn null(&mut self) {
        self.out.push(0xf6);
    }
    /// NaN and the infinities as half floats (botocore does the same); `true` if written.
    pub(super) fn special(&mut self, f: f64) -> bool {
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
    pub(super) fn f64(&mut self, f: f64) {
        if !self.special(f) {
            self.out.push(0xfb);
            self.out.extend_from_slice(&f.to_be_bytes());
        }
    }
    pub(super) fn f32(&mut self, f: f32) {
        if !self.special(f64::from(f)) {
            self.out.push(0xfa);
            self.out.extend_from_slice(&f.to_be_bytes());
        }
    }
    pub(super) fn time(&mut self, t: DateTime) {
        self.head(6, 1);
        let micros = t.subsec_nanos() / 1000;
        if micros == 0 {
            self.int(t.secs());
        } else {
            // One rounding only: (secs * 10^6 + micros) / 10^6.
            self.f64((t.secs() as f64 * 1e6 + f64::from(micros)) / 1e6);
        }
    }
    pub(super) fn value(&mut self, v: &Value) {
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
            let bytes = hex(bad);
            let e = decode(&bytes).expect_err(bad);
            // A located error: the offset is inside the input (or at its end), and says so.
            assert!(e.offset() <= bytes.len(), "{bad}: {e}");
            assert!(
                e.to_string()
                    .starts_with(&format!("invalid CBOR at byte {}: ", e.offset())),
                "{bad}: {e}"
            );
        }
        // Refused for its depth long before the end of the input, not a stack overflow.
        let deep = vec![0x81u8; 100_000];
        let e = decode(&deep).expect_err("too deep");
        assert!(e.offset() < 1000, "{e}");
    }
}

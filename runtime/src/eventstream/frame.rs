//! Frames: [`Message`], the encoder, and the incremental [`Decoder`].
//!
//! ```text
//! | total length u32 | headers length u32 | prelude CRC32 u32 |   ← the prelude, 12 bytes
//! | headers …        | payload …          | message CRC32 u32 |
//! ```
//! Both CRCs are CRC-32 (IEEE, as zlib). The prelude CRC covers the first 8 bytes; the message
//! CRC covers everything before it, prelude CRC included.

use std::fmt;

use bytes::{Bytes, BytesMut};

use super::error::{DecodeError, DecodeErrorKind, EncodeError, EncodeErrorKind};
use super::header::{self, Header, HeaderValue, MAX_HEADER_NAME_LEN, MAX_HEADER_VALUE_LEN};

/// The prelude: total length, headers length, prelude CRC.
pub const PRELUDE_LEN: usize = 12;

/// The smallest frame: a prelude and the message CRC.
pub const MIN_FRAME_LEN: usize = PRELUDE_LEN + 4;

/// The largest frame, all of it (16 MiB, the limit of the AWS event-stream implementations).
pub const MAX_FRAME_LEN: usize = 16 * 1024 * 1024;

/// The largest header section (128 KiB, the AWS implementations' and botocore's limit).
pub const MAX_HEADERS_LEN: usize = 128 * 1024;

/// One event-stream message: headers in wire order and a payload.
///
/// `Debug` shows the values of protocol headers (`:event-type`, …) only, and the payload's
/// length, never its bytes.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Message {
    headers: Vec<Header>,
    payload: Bytes,
}

/// What a message is, from its protocol headers (botocore's reading: a message without
/// `:message-type` is an event).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum MessageKind<'a> {
    /// `:message-type: event`; `event_type` is `:event-type` (the event-stream union member,
    /// or `initial-response`), empty when absent.
    Event {
        /// The `:event-type` header.
        event_type: &'a str,
    },
    /// `:message-type: exception`: a modelled error, named by `:exception-type`.
    Exception {
        /// The `:exception-type` header (empty when absent).
        exception_type: &'a str,
    },
    /// `:message-type: error`: an unmodelled error with `:error-code` and `:error-message`.
    Error {
        /// The `:error-code` header (empty when absent).
        code: &'a str,
        /// The `:error-message` header (empty when absent).
        message: &'a str,
    },
    /// Any other `:message-type`.
    Unknown {
        /// The `:message-type` header.
        message_type: &'a str,
    },
}

impl Message {
    /// A message with no headers.
    pub fn new(payload: impl Into<Bytes>) -> Message {
        Message {
            headers: Vec::new(),
            payload: payload.into(),
        }
    }

    /// Adds a header (builder style).
    pub fn with_header(
        mut self,
        name: impl Into<String>,
        value: impl Into<HeaderValue>,
    ) -> Message {
        self.headers.push(Header::new(name, value));
        self
    }

    /// Adds a header.
    pub fn push_header(&mut self, name: impl Into<String>, value: impl Into<HeaderValue>) {
        self.headers.push(Header::new(name, value));
    }

    /// The headers, in wire order.
    pub fn headers(&self) -> &[Header] {
        &self.headers
    }

    /// The headers, to change.
    pub fn headers_mut(&mut self) -> &mut Vec<Header> {
        &mut self.headers
    }

    /// The value of the header `name` (decoded messages never hold a name twice).
    pub fn header(&self, name: &str) -> Option<&HeaderValue> {
        self.headers
            .iter()
            .find(|h| h.name == name)
            .map(|h| &h.value)
    }

    /// The text of the string header `name`.
    pub fn header_str(&self, name: &str) -> Option<&str> {
        self.header(name).and_then(HeaderValue::as_str)
    }

    /// The payload.
    pub fn payload(&self) -> &Bytes {
        &self.payload
    }

    /// Replaces the payload.
    pub fn set_payload(&mut self, payload: impl Into<Bytes>) {
        self.payload = payload.into();
    }

    /// Headers and payload.
    pub fn into_parts(self) -> (Vec<Header>, Bytes) {
        (self.headers, self.payload)
    }

    /// What the message is: event, exception or error, from `:message-type`.
    pub fn kind(&self) -> MessageKind<'_> {
        let s = |name| self.header_str(name).unwrap_or("");
        match self.header_str(":message-type").unwrap_or("event") {
            "event" => MessageKind::Event {
                event_type: s(":event-type"),
            },
            "exception" => MessageKind::Exception {
                exception_type: s(":exception-type"),
            },
            "error" => MessageKind::Error {
                code: s(":error-code"),
                message: s(":error-message"),
            },
            other => MessageKind::Unknown {
                message_type: other,
            },
        }
    }

    /// The number of bytes [`Message::encode`] writes; checks every limit.
    pub fn encoded_len(&self) -> Result<usize, EncodeError> {
        let headers_len = encoded_headers_len(&self.headers)?;
        let total = MIN_FRAME_LEN + headers_len + self.payload.len();
        if total > MAX_FRAME_LEN {
            return Err(EncodeError::new(
                EncodeErrorKind::FrameTooLong,
                format!("the frame would be {total} bytes, more than the limit of {MAX_FRAME_LEN}"),
            ));
        }
        Ok(total)
    }

    /// The message as one frame.
    pub fn encode(&self) -> Result<Bytes, EncodeError> {
        let mut out = Vec::new();
        self.encode_into(&mut out)?;
        Ok(Bytes::from(out))
    }

    /// Appends the frame to `out`; returns its length. On error `out` is unchanged.
    pub fn encode_into(&self, out: &mut Vec<u8>) -> Result<usize, EncodeError> {
        let total = self.encoded_len()?;
        let headers_len = total - MIN_FRAME_LEN - self.payload.len();
        let start = out.len();
        out.reserve(total);
        out.extend_from_slice(&(total as u32).to_be_bytes());
        out.extend_from_slice(&(headers_len as u32).to_be_bytes());
        let mut crc = crc32fast::Hasher::new();
        crc.update(out.get(start..).unwrap_or_default());
        out.extend_from_slice(&crc.clone().finalize().to_be_bytes());
        let after_prelude = out.len() - 4;
        for h in &self.headers {
            header::write_header(h, out);
        }
        out.extend_from_slice(&self.payload);
        crc.update(out.get(after_prelude..).unwrap_or_default());
        out.extend_from_slice(&crc.finalize().to_be_bytes());
        Ok(total)
    }

    /// Decodes one complete frame from the start of `frame`; returns the message and the
    /// frame's length (bytes after it are left alone). Payload and byte-array headers share
    /// `frame`'s memory. Missing bytes are [`DecodeErrorKind::Truncated`].
    pub fn decode(frame: &Bytes) -> Result<(Message, usize), DecodeError> {
        let prelude = frame
            .get(..PRELUDE_LEN)
            .ok_or_else(|| truncated(0, frame.len(), PRELUDE_LEN))?;
        let p = Prelude::read(prelude, 0)?;
        if frame.len() < p.total {
            return Err(truncated(0, frame.len(), p.total));
        }
        let msg = decode_checked(frame.slice(..p.total), &p, 0)?;
        Ok((msg, p.total))
    }
}

impl fmt::Debug for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Message")
            .field("headers", &self.headers)
            .field("payload", &format_args!("<{} bytes>", self.payload.len()))
            .finish()
    }
}

/// The wire length of `headers`, checking names, values, duplicates and the section limit.
pub(crate) fn encoded_headers_len(headers: &[Header]) -> Result<usize, EncodeError> {
    let mut len = 0usize;
    for h in headers {
        if h.name.is_empty() || h.name.len() > MAX_HEADER_NAME_LEN {
            return Err(EncodeError::new(
                EncodeErrorKind::HeaderName,
                format!(
                    "header name {:?} must be 1 to {MAX_HEADER_NAME_LEN} bytes",
                    h.name.chars().take(64).collect::<String>()
                ),
            ));
        }
        let value_len = match &h.value {
            HeaderValue::ByteArray(b) => b.len(),
            HeaderValue::String(s) => s.len(),
            _ => 0,
        };
        if value_len > MAX_HEADER_VALUE_LEN {
            return Err(EncodeError::new(
                EncodeErrorKind::HeaderValueTooLong,
                format!(
                    "the value of header {:?} is {value_len} bytes, more than {MAX_HEADER_VALUE_LEN}",
                    h.name
                ),
            ));
        }
        if let HeaderValue::Timestamp(t) = h.value {
            if header::to_millis(t).is_none() {
                return Err(EncodeError::new(
                    EncodeErrorKind::TimestampOutOfRange,
                    format!("the timestamp of header {:?} is out of range", h.name),
                ));
            }
        }
        len += 1 + h.name.len() + h.value.wire_len();
    }
    if len > MAX_HEADERS_LEN {
        return Err(EncodeError::new(
            EncodeErrorKind::HeadersTooLong,
            format!("the headers take {len} bytes, more than {MAX_HEADERS_LEN}"),
        ));
    }
    if let Some(name) = header::find_duplicate(headers) {
        return Err(EncodeError::new(
            EncodeErrorKind::DuplicateHeader,
            format!("header {name:?} occurs twice"),
        ));
    }
    Ok(len)
}

/// Appends the wire form of a header section (no prelude, no CRC). SigV4 event signing
/// hashes the `:date` header written this way.
pub fn encode_headers_into(headers: &[Header], out: &mut Vec<u8>) -> Result<(), EncodeError> {
    let len = encoded_headers_len(headers)?;
    out.reserve(len);
    for h in headers {
        header::write_header(h, out);
    }
    Ok(())
}

fn truncated(offset: u64, have: usize, need: usize) -> DecodeError {
    DecodeError::new(
        DecodeErrorKind::Truncated,
        offset,
        format!("the input ends after {have} of the frame's {need} bytes"),
    )
}

fn be32(b: &[u8], at: usize) -> u32 {
    let mut a = [0u8; 4];
    if let Some(s) = b.get(at..at + 4) {
        a.copy_from_slice(s);
    }
    u32::from_be_bytes(a)
}

/// A validated prelude.
#[derive(Clone, Copy, Debug)]
struct Prelude {
    total: usize,
    headers: usize,
    /// The CRC of the first 8 bytes (the prelude CRC), where the message CRC continues.
    crc: u32,
}

impl Prelude {
    /// Checks the lengths (botocore's order: lengths first, then the prelude CRC).
    fn read(b: &[u8], offset: u64) -> Result<Prelude, DecodeError> {
        let total = be32(b, 0);
        let headers = be32(b, 4);
        let expected = be32(b, 8);
        let err = |kind, detail| Err(DecodeError::new(kind, offset, detail));
        if total as usize > MAX_FRAME_LEN {
            return err(
                DecodeErrorKind::FrameTooLong,
                format!("total length {total}, the limit is {MAX_FRAME_LEN}"),
            );
        }
        if headers as usize > MAX_HEADERS_LEN {
            return err(
                DecodeErrorKind::HeadersTooLong,
                format!("headers length {headers}, the limit is {MAX_HEADERS_LEN}"),
            );
        }
        if (total as usize) < MIN_FRAME_LEN {
            return err(
                DecodeErrorKind::FrameTooShort,
                format!("total length {total}, the minimum is {MIN_FRAME_LEN}"),
            );
        }
        if headers as usize > total as usize - MIN_FRAME_LEN {
            return err(
                DecodeErrorKind::HeadersExceedFrame,
                format!("headers length {headers} in a frame of {total} bytes"),
            );
        }
        let computed = crc32fast::hash(b.get(..8).unwrap_or_default());
        if computed != expected {
            return err(
                DecodeErrorKind::PreludeChecksum,
                format!("the frame says {expected:#010x}, computed {computed:#010x}"),
            );
        }
        Ok(Prelude {
            total: total as usize,
            headers: headers as usize,
            crc: computed,
        })
    }
}

/// Decodes a whole frame (`frame.len() == p.total`) whose prelude is checked.
fn decode_checked(frame: Bytes, p: &Prelude, offset: u64) -> Result<Message, DecodeError> {
    let body_end = p.total - 4;
    let mut crc = crc32fast::Hasher::new_with_initial(p.crc);
    crc.update(frame.get(8..body_end).unwrap_or_default());
    let computed = crc.finalize();
    let expected = be32(&frame, body_end);
    if computed != expected {
        return Err(DecodeError::new(
            DecodeErrorKind::MessageChecksum,
            offset,
            format!("the frame says {expected:#010x}, computed {computed:#010x}"),
        ));
    }
    let headers_end = PRELUDE_LEN + p.headers;
    let headers =
        header::parse_headers(&frame.slice(PRELUDE_LEN..headers_end)).map_err(|(at, fault)| {
            DecodeError::new(
                DecodeErrorKind::InvalidHeader,
                offset,
                format!("{fault}, at byte {} of the frame", PRELUDE_LEN + at),
            )
        })?;
    if let Some(name) = header::find_duplicate(&headers) {
        return Err(DecodeError::new(
            DecodeErrorKind::DuplicateHeader,
            offset,
            format!("header {name:?} occurs twice"),
        ));
    }
    Ok(Message {
        headers,
        payload: frame.slice(headers_end..body_end),
    })
}

/// Decodes frames from bytes that arrive in pieces of any size.
///
/// Feed it with [`Decoder::decode`], which takes what it needs from the front of a chunk and
/// returns a message once one is complete; call it again with the rest of the chunk until it
/// returns `Ok(None)` (it wants more bytes), then pass the next chunk. At the end of the
/// input, [`Decoder::finish`] reports a frame left incomplete.
///
/// Memory: a frame that lies inside one chunk is decoded in place (payload and byte-array
/// headers share the chunk's memory); only a frame split across chunks is copied, into a
/// buffer of exactly its length. So the decoder holds at most one frame
/// ([`MAX_FRAME_LEN`]), and a length is checked against the limits as soon as its 12-byte
/// prelude is in, before anything is reserved for it.
///
/// After an error the decoder is spent: every later call returns the same error (the
/// frame boundaries are lost, so nothing after a bad frame can be trusted).
#[derive(Debug, Default)]
pub struct Decoder {
    buf: BytesMut,
    /// The prelude of the frame being buffered, once its 12 bytes are in.
    prelude: Option<Prelude>,
    /// Stream offset of the frame being decoded.
    offset: u64,
    failed: Option<DecodeError>,
}

impl Decoder {
    /// A decoder at the start of a stream.
    pub fn new() -> Decoder {
        Decoder::default()
    }

    /// Bytes of an incomplete frame held so far.
    pub fn buffered(&self) -> usize {
        self.buf.len()
    }

    /// Bytes of the stream consumed by complete frames.
    pub fn offset(&self) -> u64 {
        self.offset
    }

    fn fail(&mut self, e: DecodeError) -> DecodeError {
        self.failed = Some(e.clone());
        self.buf = BytesMut::new();
        self.prelude = None;
        e
    }

    /// Takes bytes from the front of `input` and returns the next complete message, or
    /// `Ok(None)` when `input` is used up without completing one.
    pub fn decode(&mut self, input: &mut Bytes) -> Result<Option<Message>, DecodeError> {
        if let Some(e) = &self.failed {
            return Err(e.clone());
        }
        match self.step(input) {
            Ok(m) => Ok(m),
            Err(e) => Err(self.fail(e)),
        }
    }

    fn step(&mut self, input: &mut Bytes) -> Result<Option<Message>, DecodeError> {
        if self.buf.is_empty() {
            // Fast path: a frame that lies in `input` is decoded without copying.
            if input.len() >= PRELUDE_LEN {
                let p = Prelude::read(input.get(..PRELUDE_LEN).unwrap_or_default(), self.offset)?;
                if input.len() >= p.total {
                    let frame = input.split_to(p.total);
                    let msg = decode_checked(frame, &p, self.offset)?;
                    self.offset += p.total as u64;
                    return Ok(Some(msg));
                }
                self.buf.reserve(p.total);
                self.prelude = Some(p);
            } else {
                self.buf.reserve(PRELUDE_LEN);
            }
            self.buf.extend_from_slice(input);
            input.clear();
            return Ok(None);
        }
        loop {
            let need = self.prelude.map_or(PRELUDE_LEN, |p| p.total);
            let take = (need - self.buf.len()).min(input.len());
            self.buf.extend_from_slice(&input.split_to(take));
            if self.buf.len() < need {
                return Ok(None);
            }
            match self.prelude {
                None => {
                    let p = Prelude::read(&self.buf, self.offset)?;
                    self.buf.reserve(p.total - self.buf.len());
                    self.prelude = Some(p);
                }
                Some(p) => {
                    let frame = self.buf.split().freeze();
                    self.prelude = None;
                    let msg = decode_checked(frame, &p, self.offset)?;
                    self.offset += p.total as u64;
                    return Ok(Some(msg));
                }
            }
        }
    }

    /// Call at the end of the input: an error when a frame was left incomplete (or an
    /// earlier call failed).
    pub fn finish(&mut self) -> Result<(), DecodeError> {
        if let Some(e) = &self.failed {
            return Err(e.clone());
        }
        if self.buf.is_empty() {
            return Ok(());
        }
        let need = self.prelude.map_or(PRELUDE_LEN, |p| p.total);
        let e = truncated(self.offset, self.buf.len(), need);
        Err(self.fail(e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::DateTime;

    fn every_type() -> Message {
        Message::new(&b"payload"[..])
            .with_header(":event-type", "Chunk")
            .with_header("t", true)
            .with_header("f", false)
            .with_header("b", -2i8)
            .with_header("s", -300i16)
            .with_header("i", 70_000i32)
            .with_header("l", -5_000_000_000i64)
            .with_header("ba", vec![0u8, 255, 7])
            .with_header("str", "h\u{e9}llo")
            .with_header("ts", DateTime::from_secs_nanos(1_700_000_000, 123_000_000))
            .with_header("u", [7u8; 16])
    }

    #[test]
    fn round_trip_every_header_type() {
        let m = every_type();
        let bytes = m.encode().unwrap();
        assert_eq!(bytes.len(), m.encoded_len().unwrap());
        let (back, used) = Message::decode(&bytes).unwrap();
        assert_eq!(used, bytes.len());
        assert_eq!(back, m);
        assert_eq!(
            back.kind(),
            MessageKind::Event {
                event_type: "Chunk"
            }
        );
    }

    #[test]
    fn decoder_handles_every_split_point() {
        let mut stream = Vec::new();
        let msgs = [
            every_type(),
            Message::new(Bytes::new()),
            Message::new(vec![1u8; 300]),
        ];
        for m in &msgs {
            m.encode_into(&mut stream).unwrap();
        }
        let stream = Bytes::from(stream);
        for chunk in [1, 2, 5, 11, 12, 13, 16, 64, 1000] {
            let mut d = Decoder::new();
            let mut out = Vec::new();
            for piece in stream.chunks(chunk) {
                let mut input = stream.slice_ref(piece);
                while let Some(m) = d.decode(&mut input).unwrap() {
                    out.push(m);
                }
                assert!(input.is_empty());
                assert!(d.buffered() <= 12 + 400 + 300, "{}", d.buffered());
            }
            d.finish().unwrap();
            assert_eq!(out, msgs, "chunk size {chunk}");
            assert_eq!(d.offset(), stream.len() as u64);
        }
    }

    #[test]
    fn truncation_is_reported_at_finish() {
        let bytes = every_type().encode().unwrap();
        for cut in 1..bytes.len() {
            let mut d = Decoder::new();
            let mut input = bytes.slice(..cut);
            assert_eq!(d.decode(&mut input).unwrap(), None);
            let e = d.finish().unwrap_err();
            assert_eq!(e.kind(), DecodeErrorKind::Truncated, "cut at {cut}");
            // Spent: the same error again.
            assert_eq!(d.decode(&mut Bytes::from_static(b"x")).unwrap_err(), e);
        }
    }

    #[test]
    fn errors_name_the_frame_offset() {
        let good = Message::new(&b"abc"[..]).encode().unwrap();
        let mut bad = good.to_vec();
        let last = bad.len() - 1;
        bad[last] ^= 1;
        let mut stream = good.to_vec();
        stream.extend_from_slice(&bad);
        let mut d = Decoder::new();
        let mut input = Bytes::from(stream);
        assert!(d.decode(&mut input).unwrap().is_some());
        let e = d.decode(&mut input).unwrap_err();
        assert_eq!(e.kind(), DecodeErrorKind::MessageChecksum);
        assert_eq!(e.frame_offset(), good.len() as u64);
        assert!(
            e.to_string().contains(&format!("at byte {}", good.len())),
            "{e}"
        );
    }

    #[test]
    fn oversized_lengths_fail_before_anything_is_buffered() {
        // A prelude announcing 16 MiB + 1: rejected from the 12 bytes alone.
        let mut p = Vec::new();
        p.extend_from_slice(&((MAX_FRAME_LEN + 1) as u32).to_be_bytes());
        p.extend_from_slice(&0u32.to_be_bytes());
        p.extend_from_slice(&crc32fast::hash(&p).to_be_bytes());
        let mut d = Decoder::new();
        let e = d.decode(&mut Bytes::from(p)).unwrap_err();
        assert_eq!(e.kind(), DecodeErrorKind::FrameTooLong);
        assert_eq!(d.buffered(), 0);
        // Exactly the limit is accepted as a prelude (the frame is then awaited).
        let mut p = Vec::new();
        p.extend_from_slice(&(MAX_FRAME_LEN as u32).to_be_bytes());
        p.extend_from_slice(&0u32.to_be_bytes());
        p.extend_from_slice(&crc32fast::hash(&p).to_be_bytes());
        let mut d = Decoder::new();
        assert_eq!(d.decode(&mut Bytes::from(p)).unwrap(), None);
        assert_eq!(d.finish().unwrap_err().kind(), DecodeErrorKind::Truncated);
    }

    #[test]
    fn encoder_limits() {
        let kind = |m: Message| m.encode().unwrap_err().kind();
        assert_eq!(
            kind(Message::new(Bytes::new()).with_header("", 1i32)),
            EncodeErrorKind::HeaderName
        );
        assert_eq!(
            kind(Message::new(Bytes::new()).with_header("x".repeat(256), 1i32)),
            EncodeErrorKind::HeaderName
        );
        assert!(Message::new(Bytes::new())
            .with_header("x".repeat(255), 1i32)
            .encode()
            .is_ok());
        assert_eq!(
            kind(Message::new(Bytes::new()).with_header("v", vec![0u8; MAX_HEADER_VALUE_LEN + 1])),
            EncodeErrorKind::HeaderValueTooLong
        );
        assert_eq!(
            kind(
                Message::new(Bytes::new())
                    .with_header("a", 1i32)
                    .with_header("a", 2i32)
            ),
            EncodeErrorKind::DuplicateHeader
        );
        assert_eq!(
            kind(Message::new(Bytes::new()).with_header("t", DateTime::from_secs(i64::MAX))),
            EncodeErrorKind::TimestampOutOfRange
        );
        let mut many = Message::new(Bytes::new());
        for i in 0..5 {
            many.push_header(format!("h{i}"), vec![0u8; MAX_HEADER_VALUE_LEN]);
        }
        assert_eq!(kind(many), EncodeErrorKind::HeadersTooLong);
        let at_limit = Message::new(vec![0u8; MAX_FRAME_LEN - MIN_FRAME_LEN]);
        assert_eq!(at_limit.encoded_len().unwrap(), MAX_FRAME_LEN);
        assert_eq!(
            kind(Message::new(vec![0u8; MAX_FRAME_LEN - MIN_FRAME_LEN + 1])),
            EncodeErrorKind::FrameTooLong
        );
        // A failed encode leaves the output alone.
        let mut out = vec![9u8];
        assert!(Message::new(Bytes::new())
            .with_header("", true)
            .encode_into(&mut out)
            .is_err());
        assert_eq!(out, [9]);
    }

    #[test]
    fn message_kinds() {
        let m = |t: &str| Message::new(Bytes::new()).with_header(":message-type", t);
        assert_eq!(
            Message::new(Bytes::new()).kind(),
            MessageKind::Event { event_type: "" }
        );
        assert_eq!(
            m("exception")
                .with_header(":exception-type", "Throttled")
                .kind(),
            MessageKind::Exception {
                exception_type: "Throttled"
            }
        );
        assert_eq!(
            m("error")
                .with_header(":error-code", "C")
                .with_header(":error-message", "M")
                .kind(),
            MessageKind::Error {
                code: "C",
                message: "M"
            }
        );
        assert_eq!(
            m("weird").kind(),
            MessageKind::Unknown {
                message_type: "weird"
            }
        );
    }

    #[test]
    fn debug_shows_no_payload() {
        let m = Message::new(&b"secret"[..]).with_header(":event-type", "E");
        let s = format!("{m:?}");
        assert!(!s.contains("secret"), "{s}");
        assert!(s.contains("<6 bytes>") && s.contains(":event-type"), "{s}");
    }
}

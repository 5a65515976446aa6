//! Errors of the event-stream codec, its response stream and its request stream.

use std::fmt;

use crate::body::BoxError;

/// Which check a frame failed. `botocore` names the exception botocore raises for the same
/// fault, where it has one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DecodeErrorKind {
    /// The prelude's total length is below 16, the size of a frame with no headers and no
    /// payload.
    FrameTooShort,
    /// The prelude's total length is above [`MAX_FRAME_LEN`](super::MAX_FRAME_LEN)
    /// (botocore: `InvalidPayloadLength`).
    FrameTooLong,
    /// The prelude's header length is above [`MAX_HEADERS_LEN`](super::MAX_HEADERS_LEN)
    /// (botocore: `InvalidHeadersLength`).
    HeadersTooLong,
    /// The prelude's header length does not fit in the frame's total length.
    HeadersExceedFrame,
    /// The prelude CRC32 does not match the first 8 bytes (botocore: `ChecksumMismatch`).
    PreludeChecksum,
    /// The message CRC32 does not match the frame (botocore: `ChecksumMismatch`).
    MessageChecksum,
    /// The header section is malformed: a header runs past its end, a name or string value
    /// is not UTF-8, or a value type is unknown.
    InvalidHeader,
    /// A header name occurs twice in one message (botocore: `DuplicateHeader`).
    DuplicateHeader,
    /// The input ended inside a frame.
    Truncated,
}

impl DecodeErrorKind {
    fn describe(self) -> &'static str {
        match self {
            DecodeErrorKind::FrameTooShort => "frame length too short",
            DecodeErrorKind::FrameTooLong => "frame length too long",
            DecodeErrorKind::HeadersTooLong => "header section too long",
            DecodeErrorKind::HeadersExceedFrame => "header length exceeds the frame",
            DecodeErrorKind::PreludeChecksum => "prelude checksum mismatch",
            DecodeErrorKind::MessageChecksum => "message checksum mismatch",
            DecodeErrorKind::InvalidHeader => "invalid header",
            DecodeErrorKind::DuplicateHeader => "duplicate header",
            DecodeErrorKind::Truncated => "truncated frame",
        }
    }
}

/// A frame could not be decoded.
///
/// `Display` says which check failed, at which byte of the stream the frame starts, and the
/// numbers involved (lengths, checksums, a header name). It never shows payload or header
/// values.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodeError {
    kind: DecodeErrorKind,
    frame_offset: u64,
    detail: String,
}

impl DecodeError {
    pub(crate) fn new(kind: DecodeErrorKind, frame_offset: u64, detail: String) -> DecodeError {
        DecodeError {
            kind,
            frame_offset,
            detail,
        }
    }

    /// Which check failed.
    pub fn kind(&self) -> DecodeErrorKind {
        self.kind
    }

    /// Where the failing frame starts, counted in bytes from the start of the stream.
    pub fn frame_offset(&self) -> u64 {
        self.frame_offset
    }

    /// The numbers behind the failure ("the frame says 0x…, computed 0x…").
    pub fn detail(&self) -> &str {
        &self.detail
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "event stream frame at byte {}: {}",
            self.frame_offset,
            self.kind.describe()
        )?;
        if !self.detail.is_empty() {
            write!(f, " ({})", self.detail)?;
        }
        Ok(())
    }
}

impl std::error::Error for DecodeError {}

/// Which limit a message to encode breaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EncodeErrorKind {
    /// A header name is empty or longer than 255 bytes.
    HeaderName,
    /// A byte-array or string value is longer than
    /// [`MAX_HEADER_VALUE_LEN`](super::MAX_HEADER_VALUE_LEN).
    HeaderValueTooLong,
    /// A timestamp is outside what milliseconds in an `i64` can hold.
    TimestampOutOfRange,
    /// A header name occurs twice.
    DuplicateHeader,
    /// The header section is longer than [`MAX_HEADERS_LEN`](super::MAX_HEADERS_LEN).
    HeadersTooLong,
    /// The frame would be longer than the limit ([`MAX_FRAME_LEN`](super::MAX_FRAME_LEN),
    /// less room for the signing envelope on a request stream).
    FrameTooLong,
}

/// A message cannot be encoded. Names the header at fault, never a value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EncodeError {
    kind: EncodeErrorKind,
    detail: String,
}

impl EncodeError {
    pub(crate) fn new(kind: EncodeErrorKind, detail: String) -> EncodeError {
        EncodeError { kind, detail }
    }

    /// Which limit was broken.
    pub fn kind(&self) -> EncodeErrorKind {
        self.kind
    }
}

impl fmt::Display for EncodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cannot encode the event stream message: {}", self.detail)
    }
}

impl std::error::Error for EncodeError {}

/// An event-stream response body failed.
#[derive(Debug)]
#[non_exhaustive]
pub enum StreamError {
    /// The bytes that arrived are not a valid frame sequence (including a stream that ends
    /// inside a frame).
    Decode(DecodeError),
    /// Reading the body failed. The error is the body's own: from
    /// [`HyperClient`](crate::http::HyperClient) a boxed
    /// [`HttpError`](crate::http::HttpError) whose kind says what happened
    /// (`ReadTimeout` after a stall, `Io` when the connection broke);
    /// `HttpError::find_in(&err)` recovers it.
    Body(BoxError),
}

impl StreamError {
    /// The decode failure, when the bytes were at fault.
    pub fn decode_error(&self) -> Option<&DecodeError> {
        match self {
            StreamError::Decode(e) => Some(e),
            StreamError::Body(_) => None,
        }
    }
}

impl fmt::Display for StreamError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StreamError::Decode(e) => fmt::Display::fmt(e, f),
            StreamError::Body(e) => write!(f, "reading the event stream failed: {e}"),
        }
    }
}

impl std::error::Error for StreamError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            StreamError::Decode(e) => Some(e),
            StreamError::Body(e) => Some(&**e),
        }
    }
}

impl From<DecodeError> for StreamError {
    fn from(e: DecodeError) -> StreamError {
        StreamError::Decode(e)
    }
}

/// A message could not be queued on a request stream.
#[derive(Debug)]
#[non_exhaustive]
pub enum SendError {
    /// The message breaks a limit of the format; nothing was queued.
    Encode(EncodeError),
    /// The request body is gone (the request failed or finished, or the response was
    /// dropped); no more messages can be sent.
    Closed,
}

impl fmt::Display for SendError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SendError::Encode(e) => fmt::Display::fmt(e, f),
            SendError::Closed => f.write_str("the event stream request body is closed"),
        }
    }
}

impl std::error::Error for SendError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            SendError::Encode(e) => Some(e),
            SendError::Closed => None,
        }
    }
}

impl From<EncodeError> for SendError {
    fn from(e: EncodeError) -> SendError {
        SendError::Encode(e)
    }
}

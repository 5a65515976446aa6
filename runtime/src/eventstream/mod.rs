//! Event streams: the `application/vnd.amazon.eventstream` framing that output streams
//! (Bedrock `ConverseStream`, Lambda `InvokeWithResponseStream`, S3 `SelectObjectContent`,
//! Kinesis `SubscribeToShard`, Logs `StartLiveTail`, …) and input streams (Bedrock
//! `InvokeModelWithBidirectionalStream`, Transcribe, Lex `StartConversation`, …) use.
//!
//! This module is the transport-level part, independent of any schema or protocol:
//! - [`Message`], [`Header`], [`HeaderValue`]: one frame, every header value type.
//! - [`Message::encode`] / [`Message::decode`]: one frame to and from bytes, both CRC32s
//!   checked, every length bounded ([`MAX_FRAME_LEN`] 16 MiB, [`MAX_HEADERS_LEN`] 128 KiB).
//! - [`Decoder`]: frames from bytes arriving in pieces of any size, memory bounded by one
//!   frame; failures are [`DecodeError`]s saying which check failed and where.
//! - [`MessageStream`]: a response [`Body`](crate::Body) as a `futures::Stream` of messages,
//!   decoded as the bytes arrive.
//! - [`channel`] → [`EventSender`] + [`InputStream`]: a request body the caller keeps
//!   writing messages into, each wrapped by a [`FrameSigner`] (SigV4's chained event
//!   signatures are [`crate::auth::sigv4::event::EventSigner`]).
//!
//! It depends only on [`body`](crate::body) and [`types`](crate::types); HTTP/2 (which input
//! streams need) is in [`http`](crate::http): a request with
//! `http::Version::HTTP_2` goes over h2 (ALPN over TLS, prior knowledge over `http://`).
//!
//! # How the pipeline and the generator use it
//!
//! Generated outputs with an event stream hold an `EventStream<Union>` and inputs an
//! `EventInput<Union>` (both in `crate::events`, a layer above this one, which reads and
//! writes the messages with the protocol engines); the pipeline's `client/event_stream.rs`
//! installs the response body ([`MessageStream`]) and, for input streams, sends an
//! [`InputStream`] over HTTP/2 with the chained SigV4 [`FrameSigner`] in its
//! [`SignerSlot`]. What the models say (botocore's reading): a structure with the
//! `eventstream` trait is a union of events; members marked `eventheader` travel as message
//! headers, the member marked `eventpayload` (or the whole structure) as the payload; json
//! protocols put the output's other members in a first `initial-response` event.

mod error;
mod frame;
mod header;
mod input;
mod stream;

pub use error::{
    DecodeError, DecodeErrorKind, EncodeError, EncodeErrorKind, SendError, StreamError,
};
pub use frame::{
    encode_headers_into, Decoder, Message, MessageKind, MAX_FRAME_LEN, MAX_HEADERS_LEN,
    MIN_FRAME_LEN, PRELUDE_LEN,
};
pub use header::{Header, HeaderValue, MAX_HEADER_NAME_LEN, MAX_HEADER_VALUE_LEN};
pub use input::{
    channel, EventSender, FrameSigner, InputStream, SignerSlot, Unsigned, ENVELOPE_ROOM,
};
pub use stream::MessageStream;

/// The `Content-Type` of an event-stream body.
pub const CONTENT_TYPE: &str = "application/vnd.amazon.eventstream";

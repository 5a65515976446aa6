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
//! # Wiring into the pipeline and the generator (next stage)
//!
//! What the models say (botocore's reading, which the generator follows):
//! - A structure with the `eventstream` trait is a union of events. An operation *output*
//!   has an event stream when a member of the output targets such a structure (botocore's
//!   `OperationModel.get_event_stream_output`); that member is the HTTP payload, and the
//!   other output members are bound to headers (`rest-*` protocols) or, for `json`
//!   protocols, arrive in the first message, `:event-type: initial-response`, whose payload
//!   is the JSON of the output structure minus the stream member.
//! - Input streams are the same on the input side (`initial-request` for json protocols).
//!
//! Output side, per call, in `client/` after the HTTP response headers arrive with a 2xx:
//! 1. Parse the non-stream output members from the headers as today (rest-* protocols).
//! 2. Wrap the body: `MessageStream::new(body)`. For json protocols read the first message
//!    now: if it is `initial-response`, parse its payload into the output structure (the
//!    same JSON engine as a normal output); otherwise keep it as the first event.
//! 3. Hand the user an `EventReceiver<E, Err>` (a generated-type-agnostic runtime struct,
//!    generic over the union type `E: Union + Default` and the operation's error enum) in
//!    the output's stream member. Each `recv()` takes the next [`Message`] and, by
//!    [`Message::kind`]:
//!    - `Event { event_type }`: find the union member whose name equals `event_type`
//!      (unknown → the union's `Unknown(name)` variant, like botocore skipping it). The
//!      member's target structure is filled: members with the `eventheader` trait from the
//!      header of the same name (type by schema: string/blob/bool/byte/short/integer/long/
//!      timestamp), the member with `eventpayload` from the payload (blob: the bytes;
//!      string: UTF-8; structure/union: parsed by the protocol's body parser), and with no
//!      `eventpayload` member the whole payload is the structure's body (protocol parser,
//!      minus header-bound members). This is one schema-driven function in
//!      `protocol/` (`parse_event(service, &Schema, &Message, &mut dyn Struct)`), not
//!      per-shape code.
//!    - `Exception { exception_type }`: the union member of that name is a modelled error
//!      (`error` trait): parse it the same way and yield `Err(Error::Service(..))` with the
//!      operation's error enum (`OperationError::from_index` by member position in the
//!      union), code = `exception_type`.
//!    - `Error { code, message }`: yield `Err(Error::Service(Unmodelled))` with that code
//!      and message (botocore's `EventStreamError`).
//!    - [`StreamError`]: `Decode` → `SdkErrorKind::ResponseParse`; `Body` → look the error
//!      up with `HttpError::find_in` and convert with `From<HttpError> for SdkError` (so a
//!      stalled stream is `ReadTimeout`, a reset one `Io`).
//! 4. No retries once the stream is handed out (the response has started).
//!
//! Input side:
//! 1. The generated input struct's stream member is an `EventSender`-like typed wrapper
//!    (`EventWriter<E>`) created with the call (`let (writer, call) = client.op(input)`),
//!    or the user passes the receiving half — either way the runtime gets an
//!    [`InputStream`]. Each typed event is serialized by the protocol engine into a
//!    [`Message`] (`:message-type: event`, `:event-type` = member name,
//!    `:content-type` = the protocol's, headers from `eventheader` members, payload from
//!    `eventpayload` or the body) and sent through the [`EventSender`].
//! 2. The request goes out with `http::Version::HTTP_2`, body `InputStream::into_body()`,
//!    and the [`SignerSlot`] in the request extensions. Signing uses
//!    `PayloadHash::Precomputed("STREAMING-AWS4-HMAC-SHA256-EVENTS")` with
//!    `content_sha256_header: true` (so `X-Amz-Content-SHA256` carries that marker); right
//!    after `sigv4::sign` returns, the pipeline installs
//!    `EventSigner::new(credentials, region, service, &output.signature)` into the slot.
//!    For json protocols the first message is `initial-request` with the non-stream input
//!    members.
//! 3. No retries: the body cannot be replayed (`Body::try_clone` is `None`).
//! 4. The response of a bidirectional operation is an output stream as above, read while
//!    the user keeps writing (HTTP/2 is full duplex).
//!
//! Generated code stays data: the union type, its `Schema` (members marked with the
//! `eventstream` flag, `eventheader`/`eventpayload` member flags) and one line of glue; all
//! of the above lives here and in `protocol/` once.

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

//! Typed event streams: the messages of [`eventstream`](crate::eventstream) read as the
//! values of an operation's event union, with the protocol's body parser.
//!
//! An operation output with an event-stream member (S3 `SelectObjectContent`, Kinesis
//! `SubscribeToShard`, Lambda `InvokeWithResponseStream`, Bedrock `ConverseStream`, …)
//! holds an [`EventStream<T>`] there, `T` being the generated event union. The pipeline
//! installs the response body into it (`client/event_stream.rs`); each [`EventStream::recv`]
//! decodes the next frame as it arrives and turns it into a `T`, so memory stays bounded by
//! one frame whatever the length of the stream.
//!
//! How a message becomes a value (botocore's `EventStream._parse_event` and the parsers'
//! `_handle_event_stream`, schema-driven, no per-shape code):
//! - `:message-type: event`: the union member named by `:event-type` is filled — members
//!   marked `eventheader` from the message header of the same name, the member marked
//!   `eventpayload` from the payload (blob: the bytes; string: UTF-8; structure: the
//!   protocol's body format), or, without such a member, the whole structure from the
//!   payload. An `:event-type` the union does not know gives its `Unknown(name)` variant.
//! - `:message-type: exception`: the union member named by `:exception-type` (a modelled
//!   error) is filled the same way and returned as `Err(Error::Service(..))` whose `kind`
//!   is the union holding it, with that code and the exception's message.
//! - `:message-type: error`: `Err(Error::Service(..))` with `:error-code` and
//!   `:error-message`, `kind` the union's empty `Unknown` (botocore's `EventStreamError`).
//! - A frame that is corrupt or cut short: `SdkErrorKind::ResponseParse`; a stall past the
//!   read timeout: `SdkErrorKind::ReadTimeout`; a broken connection: `SdkErrorKind::Io`.
//!   The stream ends after any of these.
//!
//! Depends on [`eventstream`](crate::eventstream), [`protocol`](crate::protocol) and
//! [`http`](crate::http) (to recognise a read timeout); the pipeline uses it.

use std::fmt;
use std::marker::PhantomData;
use std::pin::Pin;
use std::task::{Context, Poll};

use crate::data::{Reflect, Scalar, Struct, View};
use crate::error::{Error, ErrorMeta, SdkError, SdkErrorKind, ServiceError};
use crate::eventstream::{HeaderValue, Message, MessageKind, MessageStream, StreamError};
use crate::http::{HttpError, HttpErrorKind};
use crate::operation::Protocol;
use crate::schema::{flags, Kind, Schema};

/// The `:event-type` of the first message of a json-protocol output stream, which carries
/// the output's other members.
pub const INITIAL_RESPONSE: &str = "initial-response";

/// The events of an operation's output stream, typed: `T` is the generated event union
/// (one variant per event, plus `Unknown` for events this client does not know).
///
/// Read it with [`EventStream::recv`] in a loop, or as a `futures::Stream` of
/// `Result<T, Error<T>>`. Each event is available as soon as its frame has arrived; the
/// stream ends (`Ok(None)`) when the response ends cleanly. Exception events are
/// `Err(Error::Service(e))` with `e.kind` the union holding the modelled exception and
/// `e.meta.code` its name. Dropping the stream closes the response (and releases the
/// connection). The value a fresh output holds before a call fills it yields nothing.
pub struct EventStream<T> {
    reader: EventReader,
    _events: PhantomData<fn() -> T>,
}

impl<T> Default for EventStream<T> {
    fn default() -> Self {
        EventStream {
            reader: EventReader::default(),
            _events: PhantomData,
        }
    }
}

impl<T> fmt::Debug for EventStream<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EventStream")
            .field("protocol", &self.reader.protocol)
            .field("bytes_decoded", &self.reader.bytes_decoded())
            .field("done", &self.reader.done)
            .finish()
    }
}

impl<T: Struct + Default> EventStream<T> {
    /// An event stream reading `messages` with `protocol`'s body format (what the
    /// pipeline builds from a response; useful in tests).
    pub fn from_messages(protocol: Protocol, messages: MessageStream) -> EventStream<T> {
        let mut s = EventStream::default();
        s.reader.install(protocol, messages, None, None);
        s
    }

    /// The next event: `Ok(None)` at the end of the stream, an error for an exception or
    /// error message, a corrupt frame or a failed connection (after which the stream ends).
    pub async fn recv(&mut self) -> Result<Option<T>, Error<T>> {
        std::future::poll_fn(|cx| self.reader.poll_event::<T>(cx))
            .await
            .transpose()
    }

    /// Bytes of the response consumed by complete messages so far.
    pub fn bytes_decoded(&self) -> u64 {
        self.reader.bytes_decoded()
    }
}

impl<T: Struct + Default> futures_core::Stream for EventStream<T> {
    type Item = Result<T, Error<T>>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.get_mut().reader.poll_event::<T>(cx)
    }
}

impl<T: Struct + Default> futures_core::FusedStream for EventStream<T> {
    fn is_terminated(&self) -> bool {
        self.reader.done
    }
}

/// An event stream is not data a protocol reads or writes: it shows as absent, and the
/// pipeline reaches its [`EventReader`] through [`Reflect::as_any_mut`].
impl<T: 'static> Reflect for EventStream<T> {
    fn view(&self) -> View<'_> {
        View::Absent
    }
    fn as_any_mut(&mut self) -> Option<&mut dyn std::any::Any> {
        Some(&mut self.reader)
    }
}

/// The untyped part of an [`EventStream`]: the message stream and what is needed to read
/// it. The pipeline finds it in an output's event-stream field and [installs](EventReader::install)
/// the response into it.
#[derive(Default)]
pub struct EventReader {
    messages: Option<MessageStream>,
    first: Option<Message>,
    protocol: Option<Protocol>,
    request_id: Option<String>,
    /// Bytes decoded by a stream that has ended.
    decoded: u64,
    done: bool,
}

impl EventReader {
    /// Starts reading `messages` with `protocol`'s body format; `first` (a message the
    /// pipeline already took, when it was not an `initial-response`) comes first, and
    /// `request_id` (the response's) goes into the errors' metadata.
    pub fn install(
        &mut self,
        protocol: Protocol,
        messages: MessageStream,
        first: Option<Message>,
        request_id: Option<String>,
    ) {
        *self = EventReader {
            messages: Some(messages),
            first,
            protocol: Some(protocol),
            request_id,
            decoded: 0,
            done: false,
        };
    }

    fn poll_event<T: Struct + Default>(
        &mut self,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<T, Error<T>>>> {
        loop {
            if self.done {
                return Poll::Ready(None);
            }
            let (Some(messages), Some(protocol)) = (self.messages.as_mut(), self.protocol) else {
                self.done = true;
                return Poll::Ready(None);
            };
            let message = match self.first.take() {
                Some(m) => m,
                None => match messages.poll_message(cx) {
                    Poll::Pending => return Poll::Pending,
                    Poll::Ready(None) => {
                        self.finish();
                        return Poll::Ready(None);
                    }
                    Poll::Ready(Some(Err(e))) => {
                        self.finish();
                        return Poll::Ready(Some(Err(Error::Sdk(stream_error(e)))));
                    }
                    Poll::Ready(Some(Ok(m))) => m,
                },
            };
            if let Some(r) = to_event::<T>(protocol, &message, self.request_id.as_deref()) {
                return Poll::Ready(Some(r));
            }
        }
    }

    fn finish(&mut self) {
        self.done = true;
        if let Some(m) = self.messages.take() {
            self.decoded = m.bytes_decoded();
        }
    }

    fn bytes_decoded(&self) -> u64 {
        self.messages
            .as_ref()
            .map_or(self.decoded, MessageStream::bytes_decoded)
    }
}

/// The index of the member of `schema` (an operation output or input) that holds an event
/// stream.
pub fn stream_member(schema: &Schema) -> Option<usize> {
    schema
        .members
        .iter()
        .position(|m| m.target.has(flags::EVENT_STREAM))
}

/// A failure reading the stream, as the [`SdkError`] a call would have given.
pub fn stream_error(e: StreamError) -> SdkError {
    match e {
        StreamError::Decode(d) => SdkError::new(
            SdkErrorKind::ResponseParse,
            format!("the event stream is corrupt: {d}"),
        )
        .with_source(d),
        StreamError::Body(b) => {
            let timeout = HttpError::find_in(b.as_ref()).map(HttpError::kind)
                == Some(HttpErrorKind::ReadTimeout);
            let (kind, msg) = if timeout {
                (
                    SdkErrorKind::ReadTimeout,
                    "no event arrived within the read timeout",
                )
            } else {
                (SdkErrorKind::Io, "reading the event stream failed")
            };
            SdkError::new(kind, msg).with_source(b)
        }
    }
}

/// The value or error one message is; `None` for a message that is neither (an unknown
/// `:message-type`, skipped like botocore skips what it cannot read).
fn to_event<T: Struct + Default>(
    protocol: Protocol,
    msg: &Message,
    request_id: Option<&str>,
) -> Option<Result<T, Error<T>>> {
    let meta = |code: &str, message: Option<String>| {
        Box::new(ErrorMeta {
            code: code.to_string(),
            message,
            request_id: request_id.map(str::to_string),
            status: 200,
            attempts: 1,
            ..ErrorMeta::default()
        })
    };
    match msg.kind() {
        MessageKind::Event { event_type } => {
            let mut value = T::default();
            Some(match read_event(protocol, &mut value, event_type, msg) {
                Ok(()) => Ok(value),
                Err(e) => Err(Error::Sdk(e)),
            })
        }
        MessageKind::Exception { exception_type } => {
            let mut value = T::default();
            let mut message = None;
            match read_event(protocol, &mut value, exception_type, msg) {
                Ok(()) => message = message_of(&value),
                Err(e) => tracing::debug!(error = %e, "could not read the exception event"),
            }
            Some(Err(Error::Service(ServiceError {
                kind: value,
                meta: meta(exception_type, message),
            })))
        }
        MessageKind::Error { code, message } => Some(Err(Error::Service(ServiceError {
            kind: T::default(),
            meta: meta(code, (!message.is_empty()).then(|| message.to_string())),
        }))),
        other => {
            tracing::debug!(kind = ?other, "skipping an event-stream message of unknown type");
            None
        }
    }
}

/// Fills the union member named `name` of `union` (an event union) from `msg` (or records
/// it as unknown): what [`EventStream`] does with each event and exception message.
pub fn read_event(
    protocol: Protocol,
    union: &mut dyn Struct,
    name: &str,
    msg: &Message,
) -> Result<(), SdkError> {
    let schema = union.schema();
    let Some(i) = schema.members.iter().position(|m| m.name == name) else {
        union.unknown_member(name);
        return Ok(());
    };
    let event = union
        .field_mut(i)
        .and_then(|f| f.as_struct())
        .ok_or_else(|| parse_err(format!("event {name} is not a structure")))?;
    fill_event(protocol, event, msg)
        .map_err(|e| parse_err(format!("event {name}: {}", e.message())).with_source(e))
}

/// Fills one event structure from a message: header members, then the payload.
pub fn fill_event(
    protocol: Protocol,
    event: &mut dyn Struct,
    msg: &Message,
) -> Result<(), SdkError> {
    let schema = event.schema();
    let payload = msg.payload();
    let mut payload_member = false;
    for (i, m) in schema.members.iter().enumerate() {
        if m.has(flags::EVENT_HEADER) {
            let Some(v) = msg.header(m.name) else {
                continue;
            };
            let scalar = header_scalar(v, m.target.kind);
            let field = event.field_mut(i).ok_or_else(|| no_field(m.name))?;
            field
                .assign(scalar)
                .map_err(|e| parse_err(format!("header {}: {e}", m.name)))?;
        } else if m.has(flags::EVENT_PAYLOAD) {
            payload_member = true;
            let field = event.field_mut(i).ok_or_else(|| no_field(m.name))?;
            match m.target.kind {
                Kind::Blob => field.assign(Scalar::Blob(payload.to_vec())),
                Kind::String => {
                    let text = std::str::from_utf8(payload)
                        .map_err(|e| parse_err(format!("payload {}: {e}", m.name)))?;
                    field.assign(Scalar::Str(text.to_string()))
                }
                _ => {
                    crate::protocol::parse_event_member(protocol, payload, m, field)?;
                    Ok(())
                }
            }
            .map_err(|e| parse_err(format!("payload {}: {e}", m.name)))?;
        }
    }
    if !payload_member {
        crate::protocol::parse_event_struct(protocol, payload, event)?;
    }
    Ok(())
}

fn header_scalar(v: &HeaderValue, kind: Kind) -> Scalar {
    match v {
        HeaderValue::Bool(b) => Scalar::Bool(*b),
        HeaderValue::Byte(x) => Scalar::Int(i64::from(*x)),
        HeaderValue::Short(x) => Scalar::Int(i64::from(*x)),
        HeaderValue::Int(x) => Scalar::Int(i64::from(*x)),
        HeaderValue::Long(x) => Scalar::Int(*x),
        HeaderValue::ByteArray(b) => Scalar::Blob(b.to_vec()),
        HeaderValue::String(s) if kind == Kind::Blob => Scalar::Blob(s.as_bytes().to_vec()),
        HeaderValue::String(s) => Scalar::Str(s.clone()),
        HeaderValue::Timestamp(t) => Scalar::Time(*t),
        HeaderValue::Uuid(u) => Scalar::Str(crate::protocol::uuid_text(u)),
    }
}

/// The `message` / `Message` member of the exception a union holds.
fn message_of(union: &dyn Struct) -> Option<String> {
    let n = union.schema().members.len();
    let exception = (0..n).find_map(|i| match union.field(i)?.view() {
        View::Struct(s) => Some(s),
        _ => None,
    })?;
    let es = exception.schema();
    es.members
        .iter()
        .enumerate()
        .filter(|(_, m)| m.name.eq_ignore_ascii_case("message"))
        .find_map(|(j, _)| match exception.field(j)?.view() {
            View::Str(s) => Some(s.to_string()),
            _ => None,
        })
}

fn parse_err(msg: impl Into<String>) -> SdkError {
    SdkError::new(SdkErrorKind::ResponseParse, msg)
}

fn no_field(name: &str) -> SdkError {
    parse_err(format!("no field for event member {name}"))
}

// ---------------------------------------------------------------------------------------
// Input streams
// ---------------------------------------------------------------------------------------

/// The input side of an operation that streams events to the service (Transcribe
/// `StartStreamTranscription`, Bedrock `InvokeModelWithBidirectionalStream`, …): the
/// input's event-stream member holds the receiving half, the caller keeps the
/// [`EventWriter`] and sends typed events while the call runs.
///
/// ```text
/// let (writer, stream) = kumo_runtime::events::input_channel(8);
/// let call = client.start_stream_transcription(Input { audio_stream: stream, .. });
/// // in another task: writer.send(AudioStream::AudioEvent(..)).await?; drop(writer);
/// ```
///
/// The pipeline sends the request over HTTP/2; each event is serialized with the
/// protocol, framed and signed (SigV4's chained event signatures), and the stream ends
/// with the empty signed frame when every writer is dropped. Such a request is never
/// retried (its body cannot be replayed). An `EventInput` left at its default holds no
/// stream: the call fails validation as a missing member.
pub struct EventInput<T> {
    slot: InputSlot,
    /// What `view` shows for a stream that is present (validation sees it as set).
    placeholder: crate::body::Body,
    _events: PhantomData<fn(T)>,
}

impl<T> Default for EventInput<T> {
    fn default() -> Self {
        EventInput {
            slot: InputSlot::default(),
            placeholder: crate::body::Body::empty(),
            _events: PhantomData,
        }
    }
}

impl<T> fmt::Debug for EventInput<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EventInput")
            .field("present", &self.slot.stream.is_some())
            .finish()
    }
}

impl<T: 'static> Reflect for EventInput<T> {
    fn view(&self) -> View<'_> {
        match self.slot.stream {
            Some(_) => View::Stream(&self.placeholder),
            None => View::Absent,
        }
    }
    fn as_any_mut(&mut self) -> Option<&mut dyn std::any::Any> {
        Some(&mut self.slot)
    }
}

/// Sends typed events into an [`EventInput`]. Clones write to the same stream; the
/// stream ends when every writer is dropped.
pub struct EventWriter<T> {
    raw: crate::eventstream::EventSender,
    protocol: tokio::sync::watch::Receiver<Option<Protocol>>,
    _events: PhantomData<fn(T)>,
}

impl<T> Clone for EventWriter<T> {
    fn clone(&self) -> Self {
        EventWriter {
            raw: self.raw.clone(),
            protocol: self.protocol.clone(),
            _events: PhantomData,
        }
    }
}

impl<T> fmt::Debug for EventWriter<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EventWriter")
            .field("closed", &self.raw.is_closed())
            .finish()
    }
}

/// A failure to send an input event.
#[derive(Debug)]
#[non_exhaustive]
pub enum SendEventError {
    /// The event cannot be serialized (a union with no member set, a value the protocol
    /// cannot write, a frame over the size limit).
    Serialize(SdkError),
    /// The request is gone (it failed, finished, or was never sent): nothing more arrives.
    Closed,
}

impl fmt::Display for SendEventError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SendEventError::Serialize(e) => write!(f, "cannot send the event: {e}"),
            SendEventError::Closed => f.write_str("the input event stream is closed"),
        }
    }
}

impl std::error::Error for SendEventError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            SendEventError::Serialize(e) => Some(e),
            SendEventError::Closed => None,
        }
    }
}

impl<T: Struct> EventWriter<T> {
    /// Serializes `event` and queues it, waiting while the queue is full (the connection
    /// sets the pace) and, before the call has started, until it starts.
    pub async fn send(&self, event: T) -> Result<(), SendEventError> {
        let mut rx = self.protocol.clone();
        let current = *rx.borrow();
        let protocol = match current {
            Some(p) => p,
            None => match rx.wait_for(Option::is_some).await {
                Ok(p) => p.unwrap_or(Protocol::RestJson),
                Err(_) => return Err(SendEventError::Closed),
            },
        };
        let message = event_message(protocol, &event).map_err(SendEventError::Serialize)?;
        self.raw.send(message).await.map_err(|e| match e {
            crate::eventstream::SendError::Encode(e) => SendEventError::Serialize(
                SdkError::new(SdkErrorKind::Serialization, e.to_string()).with_source(e),
            ),
            _ => SendEventError::Closed,
        })
    }

    /// Whether the request is gone (nothing sent from now on arrives).
    pub fn is_closed(&self) -> bool {
        self.raw.is_closed()
    }
}

/// A writer and the input-stream member it feeds; at most `capacity` (at least 1)
/// serialized events wait in between.
pub fn input_channel<T>(capacity: usize) -> (EventWriter<T>, EventInput<T>) {
    let (raw, stream) = crate::eventstream::channel(capacity);
    let (tx, rx) = tokio::sync::watch::channel(None);
    (
        EventWriter {
            raw,
            protocol: rx,
            _events: PhantomData,
        },
        EventInput {
            slot: InputSlot {
                stream: Some(stream),
                protocol: Some(tx),
            },
            placeholder: crate::body::Body::empty(),
            _events: PhantomData,
        },
    )
}

/// The untyped part of an [`EventInput`], which the pipeline takes the request body from.
#[derive(Default)]
pub struct InputSlot {
    stream: Option<crate::eventstream::InputStream>,
    protocol: Option<tokio::sync::watch::Sender<Option<Protocol>>>,
}

impl InputSlot {
    /// Takes the request body out, telling the writers which protocol to serialize with.
    pub fn take(&mut self, protocol: Protocol) -> Option<crate::eventstream::InputStream> {
        if let Some(tx) = self.protocol.take() {
            let _ = tx.send(Some(protocol));
        }
        self.stream.take()
    }
}

/// The message carrying one input event: `:message-type: event`, `:event-type` the union
/// member that is set, `:content-type`, headers from `eventheader` members and the payload
/// from the `eventpayload` member or the rest of the structure.
pub fn event_message(protocol: Protocol, union: &dyn Struct) -> Result<Message, SdkError> {
    let ser = |msg: String| SdkError::new(SdkErrorKind::Serialization, msg);
    let schema = union.schema();
    let Some((i, event)) = (0..schema.members.len()).find_map(|i| match union.field(i)?.view() {
        View::Struct(s) => Some((i, s)),
        _ => None,
    }) else {
        return Err(ser(format!(
            "the {} event has no member set (an unknown event cannot be sent)",
            schema.name
        )));
    };
    let name = schema.members[i].name;
    let es = event.schema();
    let json = match protocol {
        Protocol::SmithyRpcV2Cbor => "application/cbor",
        _ => "application/json",
    };
    let mut headers: Vec<(&str, HeaderValue)> = Vec::new();
    let mut payload: Option<(Vec<u8>, &str)> = None;
    for (j, m) in es.members.iter().enumerate() {
        let Some(d) = event.field(j) else { continue };
        let view = d.view();
        if matches!(view, View::Absent) {
            continue;
        }
        if m.has(flags::EVENT_HEADER) {
            let v = match (view, m.target.kind) {
                (View::Bool(b), _) => HeaderValue::Bool(b),
                (View::Int(x), Kind::Byte) => HeaderValue::Byte(x as i8),
                (View::Int(x), Kind::Short) => HeaderValue::Short(x as i16),
                (View::Int(x), Kind::Integer) => HeaderValue::Int(x as i32),
                (View::Int(x), _) => HeaderValue::Long(x),
                (View::Str(s), _) => HeaderValue::String(s.to_string()),
                (View::Blob(b), _) => HeaderValue::ByteArray(bytes::Bytes::copy_from_slice(b)),
                (View::Time(t), _) => HeaderValue::Timestamp(t),
                _ => return Err(ser(format!("event header {} cannot be sent", m.name))),
            };
            headers.push((m.name, v));
        } else if m.has(flags::EVENT_PAYLOAD) {
            payload = Some(match view {
                View::Blob(b) => (b.to_vec(), "application/octet-stream"),
                View::Str(s) => (s.as_bytes().to_vec(), "text/plain"),
                _ => (
                    crate::protocol::serialize_event(protocol, event, Some((m, d)))?,
                    json,
                ),
            });
        }
    }
    let has_payload_member = es.members.iter().any(|m| m.has(flags::EVENT_PAYLOAD));
    let (payload, content_type) = match payload {
        Some(p) => p,
        None if has_payload_member => (Vec::new(), "application/octet-stream"),
        None => (
            crate::protocol::serialize_event(protocol, event, None)?,
            json,
        ),
    };
    let mut msg = Message::new(payload)
        .with_header(":message-type", "event")
        .with_header(":event-type", name)
        .with_header(":content-type", content_type);
    for (n, v) in headers {
        msg.push_header(n, v);
    }
    Ok(msg)
}

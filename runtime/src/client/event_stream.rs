//! Reading a successful response whose output has an event stream: the other output
//! members from the headers (rest protocols) or the `initial-response` event (json
//! protocols), then the body, still arriving, handed to the output's
//! [`EventStream`](crate::events::EventStream), which decodes it as the caller reads.
//! No retry happens after this: the response has started.
//!
//! An input stream (the input's [`EventInput`](crate::events::EventInput)) becomes the
//! request body: HTTP/2, `Content-Type: application/vnd.amazon.eventstream`, and a
//! [`SignerSlot`] in the request's extensions, which `signing.rs` fills with the chained
//! event signer once the request is signed.

use super::response::response_meta;
use super::{sdk, Handle, RawError};
use crate::body::Body;
use crate::data::Struct;
use crate::error::SdkErrorKind;
use crate::events::{self, EventReader, INITIAL_RESPONSE};
use crate::eventstream::{InputStream, MessageKind, MessageStream, SignerSlot};
use crate::meta::ResponseMeta;
use crate::operation::{Operation, Protocol};
use crate::retry::AttemptOutcome;

/// Takes the input's event stream out (before the input is serialized, which leaves the
/// member out of the body), when the operation sends one.
pub(super) fn take_input_events(
    op: &Operation,
    protocol: Protocol,
    input: &mut dyn Struct,
) -> Result<Option<InputStream>, crate::SdkError> {
    if !op.has(crate::operation::op_flags::EVENT_STREAM) {
        return Ok(None);
    }
    let Some(i) = events::stream_member(input.schema()) else {
        return Ok(None);
    };
    let slot = input
        .field_mut(i)
        .and_then(|f| f.as_any_mut())
        .and_then(|a| a.downcast_mut::<events::InputSlot>())
        .ok_or_else(|| {
            sdk(
                SdkErrorKind::Serialization,
                "the input's event-stream member cannot hold events",
            )
        })?;
    Ok(slot.take(protocol))
}

/// Makes `stream` the request's body: HTTP/2, the event-stream content type, and the
/// signer slot in the extensions.
pub(super) fn attach_input_events(req: &mut http::Request<Body>, stream: InputStream) {
    req.extensions_mut().insert(stream.signer_slot());
    *req.body_mut() = stream.into_body();
    *req.version_mut() = http::Version::HTTP_2;
    req.headers_mut().insert(
        http::header::CONTENT_TYPE,
        http::HeaderValue::from_static(crate::eventstream::CONTENT_TYPE),
    );
    req.headers_mut().remove(http::header::CONTENT_LENGTH);
}

/// The slot of an input event stream's signer, when the request carries one.
pub(super) fn signer_slot(req: &http::Request<Body>) -> Option<SignerSlot> {
    req.extensions().get::<SignerSlot>().cloned()
}

impl Handle {
    /// Fills `out` from a 2xx event-stream response and moves the body into its stream
    /// member (`index`).
    pub(super) async fn read_event_stream(
        &self,
        op: &'static Operation,
        head: http::response::Parts,
        body: Body,
        out: &mut dyn Struct,
        index: usize,
        attempt: u32,
    ) -> (AttemptOutcome, Result<ResponseMeta, RawError>) {
        let outcome = AttemptOutcome::response(head.status.as_u16());
        let r = self.install_events(op, &head, body, out, index).await;
        let r = match r {
            Ok(()) => Ok(response_meta(&head, attempt)),
            Err(e) => Err(RawError::Sdk(e.with_attempts(attempt))),
        };
        (outcome, r)
    }

    async fn install_events(
        &self,
        op: &'static Operation,
        head: &http::response::Parts,
        body: Body,
        out: &mut dyn Struct,
        index: usize,
    ) -> Result<(), crate::SdkError> {
        let service = self.inner.service;
        let protocol = service.protocol;
        // Header-bound members (rest protocols); the body is the stream, not parsed here.
        crate::protocol::parse_output(service, op, head, &[], out)?;
        let mut messages = MessageStream::new(body);
        let mut first = None;
        if matches!(protocol, Protocol::Json | Protocol::SmithyRpcV2Cbor) {
            // The first message may be `initial-response`: the output's other members.
            match messages.recv().await {
                Some(Ok(m)) => {
                    if m.kind()
                        == (MessageKind::Event {
                            event_type: INITIAL_RESPONSE,
                        })
                    {
                        crate::protocol::parse_event_struct(protocol, m.payload(), out)?;
                    } else {
                        first = Some(m);
                    }
                }
                Some(Err(e)) => return Err(events::stream_error(e)),
                None => {}
            }
        }
        let request_id = response_meta(head, 0).request_id;
        let reader = out
            .field_mut(index)
            .and_then(|f| f.as_any_mut())
            .and_then(|a| a.downcast_mut::<EventReader>())
            .ok_or_else(|| {
                sdk(
                    SdkErrorKind::ResponseParse,
                    "the output's event-stream member cannot hold events",
                )
            })?;
        reader.install(protocol, messages, first, request_id);
        Ok(())
    }
}

//! Wire protocols: one engine per protocol, driven by static schemas (botocore's
//! `serialize.py` and `parsers.py`).
//!
//! The pipeline calls these functions, whatever the protocol:
//! - [`serialize`]: input value → an `http::Request` whose URI is the path and query only
//!   (the pipeline puts the endpoint in front of it and adds the host prefix from
//!   [`host_prefix`]);
//! - [`parse_output`]: a successful response's head and body → the output value;
//! - [`parse_error`]: an error response → [`ErrorMeta`] and the index of the modelled
//!   error it is (in [`Operation::errors`]), then [`parse_error_members`] fills that
//!   error's structure.
//!
//! Streaming payloads never reach the parsers as bytes: for an operation with a streaming
//! output the pipeline passes an empty body and moves the response stream into the
//! output's payload member itself. `serialize` takes the input mutably so that it can
//! move a streaming payload into the request body and fill idempotency tokens.
//!
//! Every engine module (`json`, `rest_json`, `query` (query and ec2), `rest_xml`, `rpc_v2_cbor`)
//! exposes the same four `pub(crate)` functions with the signatures of the entry points
//! below; this module only dispatches on [`Service::protocol`].

use crate::body::Body;
use crate::data::{Reflect, Struct};
use crate::error::{ErrorMeta, SdkError};
use crate::operation::{Operation, Protocol, Service};
use crate::schema::Member;

pub mod cbor;
mod json;
pub(crate) mod json_value;
mod query;
pub mod rest;
mod rest_json;
mod rest_xml;
mod rpc_v2_cbor;
mod xml;

pub use rest::host_prefix;

/// Serializes `input` for `op` into a request with a relative URI (path and query).
pub fn serialize(
    service: &Service,
    op: &Operation,
    input: &mut dyn Struct,
) -> Result<http::Request<Body>, SdkError> {
    match service.protocol {
        Protocol::Json => json::serialize(service, op, input),
        Protocol::RestJson => rest_json::serialize(service, op, input),
        Protocol::RestXml => rest_xml::serialize(service, op, input),
        Protocol::Query | Protocol::Ec2 => query::serialize(service, op, input),
        Protocol::SmithyRpcV2Cbor => rpc_v2_cbor::serialize(service, op, input),
    }
}

/// Parses a successful response into `out`.
pub fn parse_output(
    service: &Service,
    op: &Operation,
    head: &http::response::Parts,
    body: &[u8],
    out: &mut dyn Struct,
) -> Result<(), SdkError> {
    match service.protocol {
        Protocol::Json => json::parse_output(service, op, head, body, out),
        Protocol::RestJson => rest_json::parse_output(service, op, head, body, out),
        Protocol::RestXml => rest_xml::parse_output(service, op, head, body, out),
        Protocol::Query | Protocol::Ec2 => query::parse_output(service, op, head, body, out),
        Protocol::SmithyRpcV2Cbor => rpc_v2_cbor::parse_output(service, op, head, body, out),
    }
}

/// Reads code, message and request id of an error response, and which of the
/// operation's modelled errors it is.
pub fn parse_error(
    service: &Service,
    op: &Operation,
    head: &http::response::Parts,
    body: &[u8],
) -> Result<(ErrorMeta, Option<usize>), SdkError> {
    match service.protocol {
        Protocol::Json => json::parse_error(service, op, head, body),
        Protocol::RestJson => rest_json::parse_error(service, op, head, body),
        Protocol::RestXml => rest_xml::parse_error(service, op, head, body),
        Protocol::Query | Protocol::Ec2 => query::parse_error(service, op, head, body),
        Protocol::SmithyRpcV2Cbor => rpc_v2_cbor::parse_error(service, op, head, body),
    }
}

/// Fills the members of modelled error `target` (the operation's error `index`) from the response.
pub fn parse_error_members(
    service: &Service,
    op: &Operation,
    head: &http::response::Parts,
    body: &[u8],
    target: &mut dyn Struct,
) -> Result<(), SdkError> {
    match service.protocol {
        Protocol::Json => json::parse_error_members(service, op, head, body, target),
        Protocol::RestJson => rest_json::parse_error_members(service, op, head, body, target),
        Protocol::RestXml => rest_xml::parse_error_members(service, op, head, body, target),
        Protocol::Query | Protocol::Ec2 => {
            query::parse_error_members(service, op, head, body, target)
        }
        Protocol::SmithyRpcV2Cbor => {
            rpc_v2_cbor::parse_error_members(service, op, head, body, target)
        }
    }
}

/// The request id a successful response's body carries in its own metadata element
/// (query: `ResponseMetadata/RequestId`, ec2: the top-level `requestId`); `None` for the
/// other protocols, whose request id is a header.
pub fn response_request_id(service: &Service, body: &[u8]) -> Option<String> {
    match service.protocol {
        Protocol::Query | Protocol::Ec2 => query::response_request_id(service, body),
        _ => None,
    }
}

/// Fills structure `out` (an event, an exception event or an operation output read from an
/// `initial-response` event) from the payload of an event-stream message, in `protocol`'s
/// body format: JSON for `json` and `rest-json`, XML for `rest-xml`, CBOR for
/// `smithy-rpc-v2-cbor`. An empty payload leaves `out` as it is.
pub fn parse_event_struct(
    protocol: Protocol,
    payload: &[u8],
    out: &mut dyn Struct,
) -> Result<(), SdkError> {
    if payload.iter().all(u8::is_ascii_whitespace) {
        return Ok(());
    }
    match protocol {
        Protocol::Json | Protocol::RestJson => {
            json_value::read_body(payload, out, json_value::Members::All)
        }
        Protocol::RestXml => rest_xml::read_event_struct(payload, out),
        Protocol::SmithyRpcV2Cbor => rpc_v2_cbor::read_event_struct(payload, out),
        Protocol::Query | Protocol::Ec2 => Err(no_events(protocol)),
    }
}

/// Fills one member of an event marked `eventpayload` whose target is a structure or a
/// union from the message's payload (see [`parse_event_struct`]). An empty payload leaves
/// it unset.
pub fn parse_event_member(
    protocol: Protocol,
    payload: &[u8],
    m: &Member,
    d: &mut dyn Reflect,
) -> Result<(), SdkError> {
    if payload.iter().all(u8::is_ascii_whitespace) {
        return Ok(());
    }
    match protocol {
        Protocol::Json | Protocol::RestJson => json_value::read_body_value(payload, d, m),
        Protocol::RestXml => rest_xml::read_event_member(payload, m, d),
        Protocol::SmithyRpcV2Cbor => rpc_v2_cbor::read_event_member(payload, m, d),
        Protocol::Query | Protocol::Ec2 => Err(no_events(protocol)),
    }
}

/// The payload of an input event in `protocol`'s body format: structure `event` without
/// its `eventheader` members, or (with `member`) the one member marked `eventpayload`.
/// Only the JSON protocols send input event streams in the models; the others are a
/// serialization error.
pub fn serialize_event(
    protocol: Protocol,
    event: &dyn Struct,
    member: Option<(&Member, &dyn Reflect)>,
) -> Result<Vec<u8>, SdkError> {
    match protocol {
        Protocol::Json | Protocol::RestJson => {
            let mut out = String::new();
            match member {
                Some((m, d)) => json_value::write_value(&mut out, d, m, 0)?,
                None => json_value::write_struct(&mut out, event, json_value::Members::Event)?,
            }
            Ok(out.into_bytes())
        }
        _ => Err(ser_error(format!(
            "input event streams are not supported over the {} protocol",
            protocol.as_str()
        ))),
    }
}

fn no_events(protocol: Protocol) -> SdkError {
    parse_err(format!(
        "the {} protocol has no event streams",
        protocol.as_str()
    ))
}

/// The index in `op.errors` of the modelled error whose code is `code`.
pub(crate) fn error_index(op: &Operation, code: &str) -> Option<usize> {
    op.errors
        .iter()
        .position(|e| e.error_code.unwrap_or(e.name) == code)
}

/// A serialization error with a message.
pub(crate) fn ser_error(msg: impl Into<String>) -> SdkError {
    SdkError::new(crate::error::SdkErrorKind::Serialization, msg)
}

/// A response parse error with a message.
pub(crate) fn parse_err(msg: impl Into<String>) -> SdkError {
    SdkError::new(crate::error::SdkErrorKind::ResponseParse, msg)
}

/// Fills unset top-level idempotency-token members with a fresh UUID v4, as botocore's
/// `generate_idempotent_uuid` handler does (`before-parameter-build`, so before validation:
/// the pipeline calls this first, the serializers again for callers that skip it). Unset is
/// `None`, or an empty string in a required member, which is a plain `String` field whose
/// empty value is how "never set" looks (the same rule as [`crate::validate`]).
pub(crate) fn fill_idempotency_tokens(input: &mut dyn Struct) {
    use crate::schema::flags;
    let schema = input.schema();
    for (i, m) in schema.members.iter().enumerate() {
        if !m.has(flags::IDEMPOTENCY_TOKEN) {
            continue;
        }
        if let Some(field) = input.field_mut(i) {
            let unset = match field.view() {
                crate::data::View::Absent => true,
                crate::data::View::Str("") => m.has(flags::REQUIRED),
                _ => false,
            };
            if unset {
                let _ = field.assign(crate::data::Scalar::Str(uuid_v4()));
            }
        }
    }
}

/// A random (version 4) UUID in its hyphenated text form.
pub(crate) fn uuid_v4() -> String {
    let mut b: [u8; 16] = fastrand::u128(..).to_be_bytes();
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    uuid_text(&b)
}

/// A UUID's 16 bytes in the hyphenated text form (`8-4-4-4-12` lower-case hex digits).
pub(crate) fn uuid_text(u: &[u8; 16]) -> String {
    let hex: String = u.iter().map(|b| format!("{b:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

/// Whether the body of a successful rest-xml response is an error: an `<Error>` document,
/// or XML that does not parse (an error cut short), for an output that is not a raw or
/// event-stream payload. Which services answer this way is a customization
/// ([`crate::customizations::handle_200_error`]).
pub fn rest_xml_error_in_200(op: &Operation, body: &[u8]) -> bool {
    rest_xml::error_in_200(op, body)
}

/// EC2-like nested schemas for the parse-error path tests of every reader:
/// `Reservations[].Instances[].LaunchTime`, `Tags{}`.
#[cfg(test)]
pub(crate) mod path_fixture {
    use crate::schema::prelude as p;
    use crate::schema::{Member, Schema};

    pub static INSTANCE: Schema =
        Schema::structure("Instance", &[Member::new("LaunchTime", &p::TIMESTAMP)]);
    pub static INSTANCES: Schema = Schema::list("Instances", &[Member::new("item", &INSTANCE)]);
    pub static RESERVATION: Schema =
        Schema::structure("Reservation", &[Member::new("Instances", &INSTANCES)]);
    pub static RESERVATIONS: Schema =
        Schema::list("Reservations", &[Member::new("item", &RESERVATION)]);
    pub static TAGS: Schema = Schema::map(
        "Tags",
        &[
            Member::new("key", &p::STRING),
            Member::new("value", &p::INTEGER),
        ],
    );
    pub static OUTPUT: Schema = Schema::structure(
        "Out",
        &[
            Member::new("Reservations", &RESERVATIONS),
            Member::new("Tags", &TAGS),
        ],
    );
}

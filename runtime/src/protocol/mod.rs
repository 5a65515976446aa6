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
//! Every engine module (`json`, `rest_json`, `query` (query and ec2), `rest_xml`, `cbor`)
//! exposes the same four `pub(crate)` functions with the signatures of the entry points
//! below; this module only dispatches on [`Service::protocol`].

use crate::body::Body;
use crate::data::Struct;
use crate::error::{ErrorMeta, SdkError};
use crate::operation::{Operation, Protocol, Service};

pub mod cbor;
mod json;
pub mod json_value;
mod query;
pub mod rest;
mod rest_json;
mod rest_xml;
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
        Protocol::SmithyRpcV2Cbor => cbor::serialize(service, op, input),
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
        Protocol::SmithyRpcV2Cbor => cbor::parse_output(service, op, head, body, out),
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
        Protocol::SmithyRpcV2Cbor => cbor::parse_error(service, op, head, body),
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
        Protocol::SmithyRpcV2Cbor => cbor::parse_error_members(service, op, head, body, target),
    }
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

//! Wire protocols: one engine per protocol, driven by static schemas (botocore's
//! `serialize.py` and `parsers.py`).
//!
//! The pipeline calls these functions, whatever the protocol:
//! - [`serialize`]: input value → an `http::Request` whose URI is the path and query only
//!   (the pipeline puts the endpoint in front of it and adds the host prefix);
//! - [`parse_output`]: a successful response's head and body → the output value;
//! - [`parse_error`]: an error response → [`ErrorMeta`] and the index of the modelled
//!   error it is (in [`Operation::errors`]), then [`parse_error_members`] fills that
//!   error's structure.
//!
//! Streaming payloads never reach the parsers as bytes: for an operation with a streaming
//! output the pipeline passes an empty body and moves the response stream into the
//! output's payload member itself. `serialize` takes the input mutably so that it can
//! move a streaming payload into the request body and fill idempotency tokens.

use crate::body::Body;
use crate::data::Struct;
use crate::error::{ErrorMeta, SdkError};
use crate::operation::{Operation, Service};

/// Serializes `input` for `op` into a request with a relative URI (path and query).
pub fn serialize(
    service: &Service,
    op: &Operation,
    input: &mut dyn Struct,
) -> Result<http::Request<Body>, SdkError> {
    let _ = (service, op, input);
    Err(SdkError::new(
        crate::error::SdkErrorKind::Serialization,
        "protocol engines are not merged yet",
    ))
}

/// Parses a successful response into `out`.
pub fn parse_output(
    service: &Service,
    op: &Operation,
    head: &http::response::Parts,
    body: &[u8],
    out: &mut dyn Struct,
) -> Result<(), SdkError> {
    let _ = (service, op, head, body, out);
    Err(SdkError::new(
        crate::error::SdkErrorKind::ResponseParse,
        "protocol engines are not merged yet",
    ))
}

/// Reads code, message and request id of an error response, and which of the
/// operation's modelled errors it is.
pub fn parse_error(
    service: &Service,
    op: &Operation,
    head: &http::response::Parts,
    body: &[u8],
) -> Result<(ErrorMeta, Option<usize>), SdkError> {
    let _ = (service, op, head, body);
    Err(SdkError::new(
        crate::error::SdkErrorKind::ResponseParse,
        "protocol engines are not merged yet",
    ))
}

/// Fills the members of modelled error `target` (the operation's error `index`) from the response.
pub fn parse_error_members(
    service: &Service,
    op: &Operation,
    head: &http::response::Parts,
    body: &[u8],
    target: &mut dyn Struct,
) -> Result<(), SdkError> {
    let _ = (service, op, head, body, target);
    Err(SdkError::new(
        crate::error::SdkErrorKind::ResponseParse,
        "protocol engines are not merged yet",
    ))
}

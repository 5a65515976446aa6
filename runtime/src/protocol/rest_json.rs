//! The `rest-json` protocol (botocore's `RestJSONSerializer` and `RestJSONParser`): HTTP
//! bindings from [`super::rest`] plus a JSON body of the body members, or the payload
//! member alone.

use crate::body::Body;
use crate::data::{Struct, View};
use crate::error::{ErrorMeta, SdkError};
use crate::operation::{Operation, Service};
use crate::schema::{flags, Kind};

use super::json_value::{read_body, read_body_value, write_struct, write_value, Members};
use super::rest::{
    bind_response, has_body_members, raw_payload_member, read_raw_payload, request_head,
    take_raw_payload,
};
use super::{error_index, ser_error};

pub(crate) fn serialize(
    _service: &Service,
    op: &Operation,
    input: &mut dyn Struct,
) -> Result<http::Request<Body>, SdkError> {
    super::fill_idempotency_tokens(input);
    let mut builder = request_head(op, input)?;
    let schema = input.schema();
    let mut json_body = false;
    let body = if let Some((i, _)) = raw_payload_member(schema) {
        take_raw_payload(input, i)?
    } else if let Some((i, m)) = schema.payload_member() {
        json_body = true;
        match input.field(i) {
            Some(d) if !matches!(d.view(), View::Absent) => {
                let mut out = String::new();
                write_value(&mut out, d, m, 0)?;
                Body::from(out)
            }
            // An unset union payload sends no body; other structures send `{}` as botocore does.
            _ if m.target.kind == Kind::Union => Body::empty(),
            _ => Body::from("{}"),
        }
    } else if has_body_members(schema) {
        json_body = true;
        let mut out = String::new();
        write_struct(&mut out, input, Members::Body)?;
        Body::from(out)
    } else {
        Body::empty()
    };
    let has_content_type = builder
        .headers_ref()
        .is_some_and(|h| h.contains_key(http::header::CONTENT_TYPE));
    if json_body && !has_content_type {
        builder = builder.header(http::header::CONTENT_TYPE, "application/json");
    }
    builder
        .body(body)
        .map_err(|e| ser_error(format!("cannot build the request: {e}")))
}

/// Fills `out` (an output or error structure) from headers, status and body.
fn parse_into(
    head: &http::response::Parts,
    body: &[u8],
    out: &mut dyn Struct,
) -> Result<(), SdkError> {
    bind_response(head, out)?;
    let schema = out.schema();
    if let Some((i, m)) = raw_payload_member(schema) {
        return read_raw_payload(out, i, m, body);
    }
    if let Some((i, m)) = schema.payload_member() {
        if m.has(flags::EVENT_STREAM) || m.target.has(flags::EVENT_STREAM) {
            return Ok(());
        }
        if m.target.kind == Kind::Union && body.iter().all(u8::is_ascii_whitespace) {
            return Ok(());
        }
        if let Some(d) = out.field_mut(i) {
            // botocore parses an empty body as `{}`: a structure payload is then present.
            let body: &[u8] = if body.iter().all(u8::is_ascii_whitespace) {
                b"{}"
            } else {
                body
            };
            read_body_value(body, d, m)?;
        }
        return Ok(());
    }
    if has_body_members(schema) {
        read_body(body, out, Members::Body)?;
    }
    Ok(())
}

pub(crate) fn parse_output(
    _service: &Service,
    _op: &Operation,
    head: &http::response::Parts,
    body: &[u8],
    out: &mut dyn Struct,
) -> Result<(), SdkError> {
    parse_into(head, body, out)
}

pub(crate) fn parse_error(
    _service: &Service,
    op: &Operation,
    head: &http::response::Parts,
    body: &[u8],
) -> Result<(ErrorMeta, Option<usize>), SdkError> {
    let meta = super::json::error_meta(head, body, true);
    let index = error_index(op, &meta.code);
    Ok((meta, index))
}

pub(crate) fn parse_error_members(
    _service: &Service,
    _op: &Operation,
    head: &http::response::Parts,
    body: &[u8],
    target: &mut dyn Struct,
) -> Result<(), SdkError> {
    parse_into(head, body, target)
}

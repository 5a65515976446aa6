//! The `rest-xml` protocol (botocore's `RestXMLSerializer` and `RestXMLParser`): HTTP
//! bindings from [`super::rest`], and an XML body.
//!
//! The request body is the input's body members under a root element named by the
//! operation's `input.locationName` (else the shape's `locationName`, else its name), or
//! the `payload` member alone: a structure as its own element, a blob or string as raw
//! bytes. Responses are read the same way. Errors are `<ErrorResponse><Error>` or S3's
//! bare `<Error>`; a body that is empty or not XML leaves the HTTP status as the code.

use crate::body::Body;
use crate::data::{Get, Struct};
use crate::error::{ErrorMeta, SdkError};
use crate::operation::{Operation, Service};
use crate::schema::{flags, Kind, Location};

use super::xml::{self, ser_err, XmlReader, XmlWriter};

/// The XML body of a request, or `None` when the body is not XML (no body members set,
/// or a blob/string payload, which the HTTP bindings send as is).
pub(crate) fn xml_body(op: &Operation, input: &dyn Struct) -> Result<Option<String>, SdkError> {
    let schema = input.schema();
    let mut w = XmlWriter::default();
    if let Some((i, m)) = schema.payload_member() {
        if !matches!(m.target.kind, Kind::Structure | Kind::Union) {
            return Ok(None);
        }
        let Some(f) = input.field(i) else {
            return Ok(None);
        };
        let v = f.get();
        if matches!(v, Get::Absent) {
            return Ok(None);
        }
        w.member(m, &v)?;
        return Ok(Some(w.out));
    }
    let has_body = schema.members.iter().enumerate().any(|(i, m)| {
        m.location == Location::Body
            && input
                .field(i)
                .is_some_and(|f| !matches!(f.get(), Get::Absent))
    });
    if !has_body {
        return Ok(None);
    }
    let root = op.input_xml_name.or(schema.xml_name).unwrap_or(schema.name);
    let ns = op.input_xml_namespace.or(schema.xml_namespace);
    w.structure(root, ns, schema, input, true)?;
    Ok(Some(w.out))
}

/// Fills the body members of `out` from an XML response body (the payload member when
/// the shape has a structure payload). Blob/string payloads are left to the HTTP bindings.
pub(crate) fn read_xml_body(body: &[u8], out: &mut dyn Struct) -> Result<(), SdkError> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(());
    }
    let schema = out.schema();
    let payload = schema.payload_member();
    if let Some((_, m)) = payload {
        if !matches!(m.target.kind, Kind::Structure | Kind::Union) {
            return Ok(());
        }
    } else if !schema
        .members
        .iter()
        .any(|m| xml::read_from_body(m) && !m.has(flags::STREAMING))
    {
        return Ok(());
    }
    let mut rd = XmlReader::new(body);
    let Some(root) = rd.root()? else {
        return Ok(());
    };
    match payload {
        Some((i, m)) => {
            let f = out
                .field_mut(i)
                .ok_or_else(|| xml::parse_err(format!("no field for payload {}", m.name)))?;
            xml::read_value(&mut rd, &root, m, f, 0)
        }
        None => xml::read_struct(&mut rd, &root, schema, out, 0),
    }
}

pub(crate) fn serialize(
    _service: &Service,
    op: &Operation,
    input: &mut dyn Struct,
) -> Result<http::Request<Body>, SdkError> {
    let xml = xml_body(op, input)?;
    let _ = xml;
    Err(ser_err("rest-xml needs the shared HTTP bindings"))
}

pub(crate) fn parse_output(
    _service: &Service,
    _op: &Operation,
    _head: &http::response::Parts,
    body: &[u8],
    out: &mut dyn Struct,
) -> Result<(), SdkError> {
    read_xml_body(body, out)
}

pub(crate) fn parse_error(
    _service: &Service,
    op: &Operation,
    head: &http::response::Parts,
    body: &[u8],
) -> Result<(ErrorMeta, Option<usize>), SdkError> {
    Ok(xml::error_meta(op, head, body))
}

pub(crate) fn parse_error_members(
    _service: &Service,
    _op: &Operation,
    _head: &http::response::Parts,
    body: &[u8],
    target: &mut dyn Struct,
) -> Result<(), SdkError> {
    xml::read_error_members(body, target)
}

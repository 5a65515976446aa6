//! The `rest-xml` protocol (botocore's `RestXMLSerializer` and `RestXMLParser`): HTTP
//! bindings from [`super::rest`], and an XML body.
//!
//! The request body is the input's body members under a root element named by the
//! operation's `input.locationName` (else the shape's `locationName`, else its name), or
//! the `payload` member alone: a structure as its own element, a blob or string as raw
//! bytes. Responses are read the same way. Errors are `<ErrorResponse><Error>` or S3's
//! bare `<Error>`; a body that is empty or not XML leaves the HTTP status as the code.

use crate::body::Body;
use crate::data::{Struct, View};
use crate::error::{ErrorMeta, SdkError};
use crate::operation::{Operation, Service};
use crate::schema::{flags, Kind, Location};

use super::rest;
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
        let v = f.view();
        if matches!(v, View::Absent) {
            return Ok(None);
        }
        // The payload's element: the member's `locationName`, else the target shape's
        // (botocore), else the shape's name (Smithy).
        let root = m
            .location_name
            .or(m.target.xml_name)
            .unwrap_or(m.target.name);
        w.value(root, m, &v)?;
        return Ok(Some(w.out));
    }
    let has_body = schema.members.iter().enumerate().any(|(i, m)| {
        m.location == Location::Body
            && input
                .field(i)
                .is_some_and(|f| !matches!(f.view(), View::Absent))
    });
    if !has_body {
        return Ok(None);
    }
    // The input shape's own `locationName` (Smithy's xmlName) wins over the operation's
    // `input.locationName`; real models never set both.
    let root = schema.xml_name.or(op.input_xml_name).unwrap_or(schema.name);
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
        None => {
            // S3's GetBucketLocation answers with the member itself as the root element
            // (`<LocationConstraint>EU</LocationConstraint>`), as botocore's handler reads it.
            let scalar_root = schema.members.iter().enumerate().find(|(_, m)| {
                xml::read_from_body(m)
                    && xml::own_name(m) == root.name()
                    && !matches!(
                        m.target.kind,
                        Kind::Structure | Kind::Union | Kind::List | Kind::Map
                    )
            });
            match scalar_root.and_then(|(i, m)| Some((m, out.field_mut(i)?))) {
                Some((m, f)) => xml::read_value(&mut rd, &root, m, f, 0),
                None => xml::read_struct(&mut rd, &root, schema, out, 0),
            }
        }
    }
}

/// Fills an event structure from an XML event payload: the root element holds its members.
pub(crate) fn read_event_struct(payload: &[u8], out: &mut dyn Struct) -> Result<(), SdkError> {
    let mut rd = XmlReader::new(payload);
    let Some(root) = rd.root()? else {
        return Ok(());
    };
    let schema = out.schema();
    xml::read_struct(&mut rd, &root, schema, out, 0)
}

/// Fills an event's `eventpayload` member (a structure) from an XML event payload whose
/// root element is that member (S3 Select's `<Stats>`, `<Progress>`).
pub(crate) fn read_event_member(
    payload: &[u8],
    m: &crate::schema::Member,
    d: &mut dyn crate::data::Reflect,
) -> Result<(), SdkError> {
    let mut rd = XmlReader::new(payload);
    let Some(root) = rd.root()? else {
        return Ok(());
    };
    xml::read_value(&mut rd, &root, m, d, 0)
}

/// Whether a status-200 response is really an error (botocore's `_handle_200_error`, for
/// S3): the body is an `<Error>` document, or XML cut short by a broken connection.
/// Operations whose output is a raw or streaming payload or an event stream are never
/// judged, since their body is the caller's data. The pipeline treats a `true` as a 500.
pub(crate) fn error_in_200(op: &Operation, body: &[u8]) -> bool {
    let schema = op.output;
    if op.has(crate::operation::op_flags::EVENT_STREAM)
        || rest::raw_payload_member(schema).is_some()
    {
        return false;
    }
    if body.iter().all(u8::is_ascii_whitespace) {
        return false;
    }
    let mut rd = XmlReader::new(body);
    match rd.root() {
        Ok(Some(root)) => root.name() == "Error" || rd.skip(&root).is_err(),
        Ok(None) => false,
        Err(_) => true,
    }
}

pub(crate) fn serialize(
    _service: &Service,
    op: &Operation,
    input: &mut dyn Struct,
) -> Result<http::Request<Body>, SdkError> {
    super::fill_idempotency_tokens(input);
    let mut builder = rest::request_head(op, input)?;
    let schema = input.schema();
    let (body, xml) = if let Some((i, _)) = rest::raw_payload_member(schema) {
        (rest::take_raw_payload(input, i)?, false)
    } else {
        match xml_body(op, input)? {
            Some(x) => (Body::from(x), true),
            None => (Body::empty(), false),
        }
    };
    let has_content_type = builder
        .headers_ref()
        .is_some_and(|h| h.contains_key(http::header::CONTENT_TYPE));
    if xml && !has_content_type {
        builder = builder.header(http::header::CONTENT_TYPE, "application/xml");
    }
    if let Some(len) = body.content_length() {
        if len > 0 {
            builder = builder.header(http::header::CONTENT_LENGTH, len);
        }
    }
    builder
        .body(body)
        .map_err(|e| ser_err(format!("cannot build the request: {e}")))
}

/// Fills `out` (an output or a modelled error) from the response head and body.
fn parse_into(
    head: &http::response::Parts,
    body: &[u8],
    out: &mut dyn Struct,
    error: bool,
) -> Result<(), SdkError> {
    rest::bind_response(head, out)?;
    let schema = out.schema();
    if let Some((i, m)) = rest::raw_payload_member(schema) {
        return rest::read_raw_payload(out, i, m, body);
    }
    if let Some((_, m)) = schema.payload_member() {
        if m.has(flags::EVENT_STREAM) || m.target.has(flags::EVENT_STREAM) {
            return Ok(());
        }
    }
    if error {
        xml::read_error_members(body, out)
    } else {
        read_xml_body(body, out)
    }
}

pub(crate) fn parse_output(
    _service: &Service,
    _op: &Operation,
    head: &http::response::Parts,
    body: &[u8],
    out: &mut dyn Struct,
) -> Result<(), SdkError> {
    parse_into(head, body, out, false)
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
    head: &http::response::Parts,
    body: &[u8],
    target: &mut dyn Struct,
) -> Result<(), SdkError> {
    parse_into(head, body, target, true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::prelude as p;
    use crate::schema::{Member, Schema};
    use std::collections::HashMap;

    static NAMES: Schema = Schema::list("Names", &[Member::new("member", &p::STRING).name("Name")]);
    static TAGS: Schema = Schema::map(
        "Tags",
        &[
            Member::new("key", &p::STRING).name("K"),
            Member::new("value", &p::INTEGER),
        ],
    );
    static INPUT: Schema = Schema::structure(
        "OpInput",
        &[
            Member::new("Id", &p::STRING)
                .with(flags::XML_ATTRIBUTE)
                .name("id"),
            Member::new("Title", &p::STRING),
            Member::new("Names", &NAMES),
            Member::new("Flat", &NAMES).with(flags::FLATTENED),
            Member::new("Tags", &TAGS),
            Member::new("Hdr", &p::STRING).at(Location::Header, "x-hdr"),
        ],
    )
    .xml_namespace(None, "https://example.com/");

    #[derive(Default, Debug, PartialEq)]
    struct Input {
        id: Option<String>,
        title: Option<String>,
        names: Option<Vec<String>>,
        flat: Option<Vec<String>>,
        tags: Option<HashMap<String, i32>>,
        hdr: Option<String>,
    }

    impl Struct for Input {
        fn schema(&self) -> &'static Schema {
            &INPUT
        }
        fn field(&self, i: usize) -> Option<&dyn crate::data::Reflect> {
            Some(match i {
                0 => &self.id,
                1 => &self.title,
                2 => &self.names,
                3 => &self.flat,
                4 => &self.tags,
                5 => &self.hdr,
                _ => return None,
            })
        }
        fn field_mut(&mut self, i: usize) -> Option<&mut dyn crate::data::Reflect> {
            Some(match i {
                0 => &mut self.id,
                1 => &mut self.title,
                2 => &mut self.names,
                3 => &mut self.flat,
                4 => &mut self.tags,
                5 => &mut self.hdr,
                _ => return None,
            })
        }
    }

    static OP: Operation = Operation::new("Op", "PUT", "/", &INPUT, &INPUT);

    #[test]
    fn body_round_trips() {
        let input = Input {
            id: Some("a&b".into()),
            title: Some("<T>".into()),
            names: Some(vec!["x".into(), "y".into()]),
            flat: Some(vec!["f".into()]),
            tags: Some(HashMap::from([("k".to_string(), 7)])),
            hdr: Some("not in body".into()),
        };
        let xml = xml_body(&OP, &input).unwrap().unwrap();
        assert_eq!(
            xml,
            "<OpInput xmlns=\"https://example.com/\" id=\"a&amp;b\"><Title>&lt;T&gt;</Title>\
             <Names><Name>x</Name><Name>y</Name></Names><Flat>f</Flat>\
             <Tags><entry><K>k</K><value>7</value></entry></Tags></OpInput>"
        );
        let mut back = Input::default();
        read_xml_body(xml.as_bytes(), &mut back).unwrap();
        assert_eq!(back.id.as_deref(), Some("a&b"));
        assert_eq!(back.title.as_deref(), Some("<T>"));
        assert_eq!(back.names, input.names);
        assert_eq!(back.flat, input.flat);
        assert_eq!(back.tags, input.tags);
        assert_eq!(back.hdr, None);
    }

    #[test]
    fn member_as_root_element() {
        static OUT: Schema = Schema::structure(
            "GetBucketLocationOutput",
            &[Member::new("LocationConstraint", &p::STRING)],
        );
        #[derive(Default)]
        struct Out(Option<String>);
        impl Struct for Out {
            fn schema(&self) -> &'static Schema {
                &OUT
            }
            fn field(&self, i: usize) -> Option<&dyn crate::data::Reflect> {
                (i == 0).then_some(&self.0 as &dyn crate::data::Reflect)
            }
            fn field_mut(&mut self, i: usize) -> Option<&mut dyn crate::data::Reflect> {
                (i == 0).then_some(&mut self.0 as &mut dyn crate::data::Reflect)
            }
        }
        let mut out = Out::default();
        read_xml_body(
            b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<LocationConstraint xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">EU</LocationConstraint>",
            &mut out,
        )
        .unwrap();
        assert_eq!(out.0.as_deref(), Some("EU"));
    }

    #[test]
    fn errors_hidden_in_200_responses() {
        assert!(error_in_200(
            &OP,
            b"<?xml version=\"1.0\"?>\n<Error><Code>InternalError</Code></Error>"
        ));
        assert!(error_in_200(&OP, b"<CopyObjectResult><ETag>x</ETa"));
        assert!(!error_in_200(
            &OP,
            b"<CopyObjectResult><ETag>x</ETag></CopyObjectResult>"
        ));
        assert!(!error_in_200(&OP, b""));
        static RAW_OUT: Schema =
            Schema::structure("Raw", &[Member::new("Body", &p::BLOB).with(flags::PAYLOAD)]);
        static RAW: Operation = Operation::new("Raw", "GET", "/", &p::UNIT, &RAW_OUT);
        assert!(!error_in_200(
            &RAW,
            b"<Error><Code>NotReally</Code></Error>"
        ));
    }

    #[test]
    fn no_body_members_no_body() {
        let input = Input {
            hdr: Some("h".into()),
            ..Input::default()
        };
        assert_eq!(xml_body(&OP, &input).unwrap(), None);
    }

    #[test]
    fn bad_bodies_are_errors_not_panics() {
        for body in [
            &b"<OpInput><Title>x</OpInput>"[..],
            b"<OpInput><Tags><entry><K>k</K><value>nope</value></entry></Tags></OpInput>",
            b"<OpInput><Title>",
            b"<<<",
        ] {
            let mut out = Input::default();
            let e = read_xml_body(body, &mut out).expect_err("malformed");
            assert_eq!(
                e.kind(),
                crate::error::SdkErrorKind::ResponseParse,
                "{:?}: {e}",
                String::from_utf8_lossy(body)
            );
        }
    }

    #[test]
    fn truncated_and_mutated_bodies_never_panic() {
        let good =
            b"<OpInput xmlns=\"https://example.com/\" id=\"a&amp;b\"><Title>&lt;T&gt;</Title>\
<Names><Name>x</Name><Name>y</Name></Names><Flat>f</Flat>\
<Tags><entry><K>k</K><value>7</value></entry></Tags></OpInput>";
        use crate::error::SdkErrorKind::ResponseParse;
        // An empty body is an empty output (botocore parses b"" as {}); every other cut leaves
        // the root open and is a parse error.
        for cut in 0..good.len() {
            let mut out = Input::default();
            let body = read_xml_body(&good[..cut], &mut out).map_err(|e| e.kind());
            let envelope = xml::read_error_envelope(&good[..cut]).map_err(|e| e.kind());
            if cut == 0 {
                assert_eq!(body, Ok(()));
                assert_eq!(out, Input::default());
                assert_eq!(envelope.map(|e| e.code), Ok(None));
            } else {
                assert_eq!(body, Err(ResponseParse), "cut at {cut}");
                assert_eq!(envelope.map(|e| e.code), Err(ResponseParse), "cut at {cut}");
            }
        }
        // A mutated body may still be well-formed; when it is not, the failure is a typed
        // parse error.
        let mut rng = fastrand::Rng::with_seed(7);
        for _ in 0..2000 {
            let mut body = good.to_vec();
            for _ in 0..rng.usize(1..6) {
                let at = rng.usize(..body.len());
                body[at] = *rng.choice(b"<>/&;=\" x#\0\xff").unwrap_or(&b'<');
            }
            let text = String::from_utf8_lossy(&body);
            let mut out = Input::default();
            if let Err(e) = read_xml_body(&body, &mut out) {
                assert_eq!(e.kind(), ResponseParse, "{text}: {e}");
            }
            let mut out = Input::default();
            if let Err(e) = xml::read_error_members(&body, &mut out) {
                assert_eq!(e.kind(), ResponseParse, "{text}: {e}");
            }
        }
        // Deep nesting is refused, not a stack overflow.
        let deep = "<a>".repeat(100_000);
        let mut out = Input::default();
        let e = read_xml_body(deep.as_bytes(), &mut out).expect_err("too deep");
        assert_eq!(e.kind(), ResponseParse, "{e}");
    }

    #[test]
    fn s3_error_and_generic_errors() {
        let (head, _) = http::Response::builder()
            .status(404)
            .header("x-amz-request-id", "req")
            .header("x-amz-id-2", "host")
            .body(())
            .unwrap()
            .into_parts();
        let svc_op = Operation::new("Op", "GET", "/", &p::UNIT, &p::UNIT);
        let (meta, idx) = xml::error_meta(
            &svc_op,
            &head,
            b"<Error><Code>NoSuchKey</Code><Message>gone</Message></Error>",
        );
        assert_eq!(meta.code, "NoSuchKey");
        assert_eq!(meta.message.as_deref(), Some("gone"));
        assert_eq!(meta.request_id.as_deref(), Some("req"));
        assert_eq!(meta.extended_request_id.as_deref(), Some("host"));
        assert_eq!(idx, None);
        let (meta, _) = xml::error_meta(&svc_op, &head, b"");
        assert_eq!(
            (meta.code.as_str(), meta.message.as_deref()),
            ("404", Some("Not Found"))
        );
        let (meta, _) = xml::error_meta(&svc_op, &head, b"not xml <");
        assert_eq!(meta.code, "404");
    }
}

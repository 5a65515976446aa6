//! The `query` and `ec2` protocols (botocore's `QuerySerializer`/`EC2Serializer` and
//! `QueryParser`/`EC2QueryParser`).
//!
//! Requests are `POST /` with a form body: `Action`, `Version`, then every input member
//! flattened into dotted keys — lists as `Name.member.N` (query) or `Name.N` (ec2),
//! maps as `Name.entry.N.key`/`.value`. EC2 capitalises `locationName`s and prefers
//! `queryName`. Responses are XML: query wraps the output in `<OpResponse><OpResult>`,
//! ec2 puts the members directly under `<OpResponse>`. Errors are
//! `<ErrorResponse><Error>` (query) or `<Response><Errors><Error>` (ec2).

use crate::body::Body;
use crate::data::{Struct, View};
use crate::error::{ErrorMeta, SdkError};
use crate::operation::{Operation, Protocol, Service};
use crate::schema::{Member, Schema, TimestampFormat};

use super::xml::{self, explicit_name, ser_err, XmlReader};

/// Form parameters in the order they are written.
type Params = Vec<(String, String)>;

fn is_ec2(service: &Service) -> bool {
    service.protocol == Protocol::Ec2
}

/// The request id of a successful query or ec2 response, read where botocore's parsers read
/// it: query's `<OpResponse><ResponseMetadata><RequestId>`, ec2's top-level
/// `<OpResponse><requestId>` (`QueryParser`/`EC2QueryParser._inject_response_metadata`) —
/// never a `RequestId` that is output data (Elastic Beanstalk's `DescribeEvents` events carry
/// one). `None` when the body has no such element or is not XML.
pub(crate) fn response_request_id(service: &Service, body: &[u8]) -> Option<String> {
    let mut rd = XmlReader::new(body);
    let root = rd.root().ok()??;
    while let Some(child) = rd.next_child(&root).ok()? {
        match child.name() {
            "requestId" if is_ec2(service) => return Some(rd.text(&child).ok()?.into_owned()),
            "ResponseMetadata" if !is_ec2(service) => {
                while let Some(m) = rd.next_child(&child).ok()? {
                    if m.name() == "RequestId" {
                        return Some(rd.text(&m).ok()?.into_owned());
                    }
                    rd.skip(&m).ok()?;
                }
                return None;
            }
            _ => rd.skip(&child).ok()?,
        }
    }
    None
}

/// A structure member's key segment: query uses `locationName` (member or target) or
/// the member name; ec2 uses `queryName`, else the capitalised `locationName` or name.
fn segment(ec2: bool, m: &Member) -> String {
    if ec2 {
        if let Some(q) = m.query_name {
            return q.to_string();
        }
        // Smithy's ec2Query capitalises the name whether it comes from `locationName`
        // or the member name (botocore capitalises only `locationName`s; the model's
        // member names are capitalised already).
        capitalize(explicit_name(m).unwrap_or(m.name))
    } else {
        explicit_name(m).unwrap_or(m.name).to_string()
    }
}

/// A map key's or value's segment: as [`segment`], but an unnamed key or value is
/// `key`/`value` in both protocols (botocore's default names are not capitalised).
fn entry_segment(ec2: bool, m: &Member, default: &'static str) -> String {
    if ec2 {
        if let Some(q) = m.query_name {
            return q.to_string();
        }
        explicit_name(m).map_or_else(|| default.to_string(), capitalize)
    } else {
        explicit_name(m).unwrap_or(default).to_string()
    }
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn join(prefix: &str, seg: &str) -> String {
    if prefix.is_empty() {
        seg.to_string()
    } else {
        format!("{prefix}.{seg}")
    }
}

fn write_struct(
    ec2: bool,
    out: &mut Params,
    prefix: &str,
    schema: &'static Schema,
    value: &dyn Struct,
) -> Result<(), SdkError> {
    for (i, m) in schema.members.iter().enumerate() {
        let Some(f) = value.field(i) else { continue };
        let v = f.view();
        if matches!(v, View::Absent) {
            continue;
        }
        let key = join(prefix, &segment(ec2, m));
        write_value(ec2, out, &key, m, &v)?;
    }
    Ok(())
}

fn write_value(
    ec2: bool,
    out: &mut Params,
    prefix: &str,
    m: &Member,
    v: &View<'_>,
) -> Result<(), SdkError> {
    match v {
        View::Absent => Ok(()),
        View::Struct(s) => write_struct(ec2, out, prefix, m.target, *s),
        View::List(l) => {
            let elem = m
                .target
                .members
                .first()
                .ok_or_else(|| ser_err(format!("list {} has no member", m.target.name)))?;
            let list_prefix = if ec2 {
                prefix.to_string()
            } else {
                if l.is_empty() {
                    // The query protocol sends an empty list as an empty parameter.
                    out.push((prefix.to_string(), String::new()));
                    return Ok(());
                }
                if m.flattened() {
                    match (m.location_name, explicit_name(elem)) {
                        // A flattened list whose member has no name of its own takes the
                        // list member's name in place of its last segment (botocore);
                        // a member's own `locationName` wins (Smithy's awsQuery).
                        (None, Some(n)) => match prefix.rsplit_once('.') {
                            Some((head, _)) => format!("{head}.{n}"),
                            None => n.to_string(),
                        },
                        _ => prefix.to_string(),
                    }
                } else {
                    format!("{prefix}.{}", explicit_name(elem).unwrap_or("member"))
                }
            };
            for i in 0..l.len() {
                if let Some(e) = l.at(i) {
                    write_value(
                        ec2,
                        out,
                        &format!("{list_prefix}.{}", i + 1),
                        elem,
                        &e.view(),
                    )?;
                }
            }
            Ok(())
        }
        View::Map(map) => {
            let (Some(km), Some(vm)) = (m.target.members.first(), m.target.members.get(1)) else {
                return Err(ser_err(format!("map {} has no key/value", m.target.name)));
            };
            let base = if m.flattened() {
                prefix.to_string()
            } else {
                format!("{prefix}.entry")
            };
            let key_seg = entry_segment(ec2, km, "key");
            let value_seg = entry_segment(ec2, vm, "value");
            for (i, (k, val)) in map.entries().into_iter().enumerate() {
                let n = i + 1;
                out.push((format!("{base}.{n}.{key_seg}"), k.to_string()));
                write_value(
                    ec2,
                    out,
                    &format!("{base}.{n}.{value_seg}"),
                    vm,
                    &val.view(),
                )?;
            }
            Ok(())
        }
        scalar => {
            let ts = m.timestamp_format_or(TimestampFormat::Iso8601);
            if let Some(t) = xml::scalar_text(m.target.kind, ts, scalar)? {
                out.push((prefix.to_string(), t));
            }
            Ok(())
        }
    }
}

/// Percent-encodes as botocore's `percent_encode` (unreserved: letters, digits, `-_.~`).
fn encode_into(out: &mut String, s: &str) {
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(b"0123456789ABCDEF"[usize::from(b >> 4)]));
            out.push(char::from(b"0123456789ABCDEF"[usize::from(b & 0xf)]));
        }
    }
}

/// The form parameters of a query/ec2 request, `Action` and `Version` first.
pub(crate) fn form_params(
    service: &Service,
    op: &Operation,
    input: &dyn Struct,
) -> Result<Vec<(String, String)>, SdkError> {
    let mut params: Params = vec![
        ("Action".to_string(), op.name.to_string()),
        ("Version".to_string(), service.api_version.to_string()),
    ];
    write_struct(is_ec2(service), &mut params, "", input.schema(), input)?;
    Ok(params)
}

pub(crate) fn serialize(
    service: &Service,
    op: &Operation,
    input: &mut dyn Struct,
) -> Result<http::Request<Body>, SdkError> {
    super::fill_idempotency_tokens(input);
    let params = form_params(service, op, input)?;
    let mut body = String::new();
    for (i, (k, v)) in params.iter().enumerate() {
        if i > 0 {
            body.push('&');
        }
        encode_into(&mut body, k);
        body.push('=');
        encode_into(&mut body, v);
    }
    let path = if op.request_uri.starts_with('/') {
        op.request_uri
    } else {
        "/"
    };
    let method = if op.method.is_empty() {
        "POST"
    } else {
        op.method
    };
    http::Request::builder()
        .method(method)
        .uri(path)
        .header(
            http::header::CONTENT_TYPE,
            "application/x-www-form-urlencoded; charset=utf-8",
        )
        .header(http::header::CONTENT_LENGTH, body.len())
        .body(Body::from(body))
        .map_err(|e| ser_err(format!("cannot build the request: {e}")))
}

pub(crate) fn parse_output(
    service: &Service,
    op: &Operation,
    _head: &http::response::Parts,
    body: &[u8],
    out: &mut dyn Struct,
) -> Result<(), SdkError> {
    let schema = out.schema();
    if schema.members.is_empty() || body.iter().all(u8::is_ascii_whitespace) {
        return Ok(());
    }
    let mut rd = XmlReader::new(body);
    let Some(root) = rd.root()? else {
        return Ok(());
    };
    if is_ec2(service) {
        return xml::read_struct(&mut rd, &root, schema, out, 0);
    }
    // Query outputs are wrapped in `<OpResult>` (the model's `resultWrapper`, which
    // Smithy's awsQuery always uses); a response without it is read from the root.
    let default_wrapper;
    let wrapper = match op.result_wrapper {
        Some(w) => w,
        None => {
            default_wrapper = format!("{}Result", op.name);
            default_wrapper.as_str()
        }
    };
    while let Some(child) = rd.next_child(&root)? {
        if child.name() == wrapper {
            return xml::read_struct(&mut rd, &child, schema, out, 0);
        }
        rd.skip(&child)?;
    }
    if op.result_wrapper.is_none() {
        let mut rd = XmlReader::new(body);
        if let Some(root) = rd.root()? {
            return xml::read_struct(&mut rd, &root, schema, out, 0);
        }
    }
    Ok(())
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::prelude as p;
    use crate::schema::Schema;

    use crate::data::Reflect;
    use std::collections::HashMap;

    static NAMES: Schema = Schema::list("Names", &[Member::new("member", &p::STRING)]);
    static ATTRS: Schema = Schema::map(
        "Attrs",
        &[
            Member::new("key", &p::STRING).name("Name"),
            Member::new("value", &p::BOOLEAN),
        ],
    );
    static INPUT: Schema = Schema::structure(
        "In",
        &[
            Member::new("Names", &NAMES),
            Member::new("Flat", &NAMES).with(crate::schema::flags::FLATTENED),
            Member::new("Attrs", &ATTRS).name("attr"),
            Member::new("When", &p::TIMESTAMP),
            Member::new("Empty", &NAMES),
        ],
    );

    #[derive(Default)]
    struct In {
        names: Option<Vec<String>>,
        flat: Option<Vec<String>>,
        attrs: Option<HashMap<String, bool>>,
        when: Option<crate::types::DateTime>,
        empty: Option<Vec<String>>,
    }
    impl Struct for In {
        fn schema(&self) -> &'static Schema {
            &INPUT
        }
        fn field(&self, i: usize) -> Option<&dyn Reflect> {
            Some(match i {
                0 => &self.names,
                1 => &self.flat,
                2 => &self.attrs,
                3 => &self.when,
                4 => &self.empty,
                _ => return None,
            })
        }
        fn field_mut(&mut self, i: usize) -> Option<&mut dyn Reflect> {
            Some(match i {
                0 => &mut self.names,
                1 => &mut self.flat,
                2 => &mut self.attrs,
                3 => &mut self.when,
                4 => &mut self.empty,
                _ => return None,
            })
        }
    }

    fn service(protocol: Protocol) -> Service {
        Service {
            name: "svc",
            service_id: "Svc",
            api_version: "2020-01-01",
            endpoint_prefix: "svc",
            signing_name: "svc",
            protocol,
            json_version: None,
            target_prefix: None,
            xml_namespace: None,
            aws_query_compatible: false,
            auth: crate::operation::AuthScheme::SigV4,
            client_context_params: &[],
            rule_set: "",
        }
    }

    static OP: Operation = Operation::new("Do", "POST", "/", &INPUT, &p::UNIT);

    fn sample() -> In {
        In {
            names: Some(vec!["a b".into(), "c".into()]),
            flat: Some(vec!["x".into()]),
            attrs: Some(HashMap::from([("k".to_string(), true)])),
            when: Some(crate::types::DateTime::from_secs(1_422_172_800)),
            empty: Some(vec![]),
        }
    }

    #[test]
    fn query_request() {
        let mut input = sample();
        let req = serialize(&service(Protocol::Query), &OP, &mut input).unwrap();
        assert_eq!(req.method(), "POST");
        assert_eq!(req.uri(), "/");
        let body = std::str::from_utf8(req.body().bytes().unwrap())
            .unwrap()
            .to_string();
        assert_eq!(
            req.headers()["content-type"],
            "application/x-www-form-urlencoded; charset=utf-8"
        );
        assert_eq!(
            req.headers()["content-length"],
            body.len().to_string().as_str()
        );
        assert_eq!(
            body,
            "Action=Do&Version=2020-01-01&Names.member.1=a%20b&Names.member.2=c&Flat.1=x\
             &attr.entry.1.Name=k&attr.entry.1.value=true&When=2015-01-25T08%3A00%3A00Z&Empty="
        );
    }

    #[test]
    fn ec2_request() {
        let mut input = sample();
        let req = serialize(&service(Protocol::Ec2), &OP, &mut input).unwrap();
        let body = std::str::from_utf8(req.body().bytes().unwrap())
            .unwrap()
            .to_string();
        assert_eq!(
            body,
            "Action=Do&Version=2020-01-01&Names.1=a%20b&Names.2=c&Flat.1=x\
             &Attr.entry.1.Name=k&Attr.entry.1.value=true&When=2015-01-25T08%3A00%3A00Z"
        );
    }

    #[test]
    fn form_encoding_is_botocores() {
        let mut s = String::new();
        encode_into(&mut s, "a b/c~d*é");
        assert_eq!(s, "a%20b%2Fc~d%2A%C3%A9");
    }

    #[test]
    fn ec2_capitalises_location_names() {
        static NAMED: Member = Member::new("foo", &p::STRING).name("bar");
        static QUERY: Member = Member::new("foo", &p::STRING).name("bar").query_name("Baz");
        static PLAIN: Member = Member::new("foo", &p::STRING);
        assert_eq!(segment(true, &NAMED), "Bar");
        assert_eq!(segment(true, &QUERY), "Baz");
        assert_eq!(segment(true, &PLAIN), "Foo");
        assert_eq!(segment(false, &NAMED), "bar");
        assert_eq!(entry_segment(true, &PLAIN, "value"), "value");
        assert_eq!(entry_segment(true, &NAMED, "value"), "Bar");
        let _: &Schema = &p::UNIT;
    }

    #[test]
    fn request_id_comes_from_the_responses_own_metadata_not_from_data() {
        // Elastic Beanstalk DescribeEvents: every event has a RequestId data member.
        let query = br#"<DescribeEventsResponse xmlns="http://elasticbeanstalk.amazonaws.com/docs/2010-12-01/">
  <DescribeEventsResult><Events><member><Message>m</Message><RequestId>event-request</RequestId></member></Events></DescribeEventsResult>
  <ResponseMetadata><RequestId>the-call</RequestId></ResponseMetadata>
</DescribeEventsResponse>"#;
        let q = service(Protocol::Query);
        assert_eq!(response_request_id(&q, query).as_deref(), Some("the-call"));
        // Without the metadata element there is no request id, whatever the data holds.
        let no_meta = br#"<DescribeEventsResponse><DescribeEventsResult><Events><member><RequestId>event-request</RequestId></member></Events></DescribeEventsResult></DescribeEventsResponse>"#;
        assert_eq!(response_request_id(&q, no_meta), None);
        // ec2: the top-level requestId, not one nested in the data, nor query's element.
        let ec2 = br#"<DescribeThingsResponse><things><item><requestId>nested</requestId></item></things><requestId>ec2-call</requestId></DescribeThingsResponse>"#;
        let e = service(Protocol::Ec2);
        assert_eq!(response_request_id(&e, ec2).as_deref(), Some("ec2-call"));
        assert_eq!(response_request_id(&q, ec2), None);
        assert_eq!(response_request_id(&e, b"not xml <"), None);
    }
}

#[cfg(test)]
mod throughput {
    //! `cargo test --release -p kumo-runtime --lib query::throughput -- --ignored --nocapture`
    use super::*;
    use crate::data::Reflect;
    use crate::schema::prelude as p;

    static ITEM: Schema = Schema::structure(
        "Item",
        &[
            Member::new("A", &p::STRING).name("a"),
            Member::new("B", &p::STRING).name("b"),
            Member::new("C", &p::INTEGER).name("c"),
            Member::new("D", &p::TIMESTAMP).name("d"),
            Member::new("E", &p::BOOLEAN).name("e"),
        ],
    );
    static ITEMS: Schema = Schema::list("Items", &[Member::new("member", &ITEM).name("item")]);
    static OUT: Schema = Schema::structure("Out", &[Member::new("Items", &ITEMS).name("items")]);

    #[derive(Default)]
    struct Item {
        a: Option<String>,
        b: Option<String>,
        c: Option<i32>,
        d: Option<crate::types::DateTime>,
        e: Option<bool>,
    }
    impl Struct for Item {
        fn schema(&self) -> &'static Schema {
            &ITEM
        }
        fn field(&self, i: usize) -> Option<&dyn Reflect> {
            Some(match i {
                0 => &self.a,
                1 => &self.b,
                2 => &self.c,
                3 => &self.d,
                4 => &self.e,
                _ => return None,
            })
        }
        fn field_mut(&mut self, i: usize) -> Option<&mut dyn Reflect> {
            Some(match i {
                0 => &mut self.a,
                1 => &mut self.b,
                2 => &mut self.c,
                3 => &mut self.d,
                4 => &mut self.e,
                _ => return None,
            })
        }
    }
    crate::struct_data!(Item);
    #[derive(Default)]
    struct Out(Option<Vec<Item>>);
    impl Struct for Out {
        fn schema(&self) -> &'static Schema {
            &OUT
        }
        fn field(&self, i: usize) -> Option<&dyn Reflect> {
            (i == 0).then_some(&self.0 as &dyn Reflect)
        }
        fn field_mut(&mut self, i: usize) -> Option<&mut dyn Reflect> {
            (i == 0).then_some(&mut self.0 as &mut dyn Reflect)
        }
    }

    #[test]
    #[ignore = "a throughput measurement that prints figures and checks only the item count; \
                run it in release mode with --ignored --nocapture"]
    fn ec2_like_megabyte() {
        let mut body = String::from("<OpResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\"><requestId>r</requestId><items>");
        let mut n = 0;
        while body.len() < 1 << 20 {
            body.push_str(&format!("<item><a>i-{n:017x}</a><b>some &amp; value {n}</b><c>{n}</c><d>2024-01-02T03:04:05.000Z</d><e>true</e></item>"));
            n += 1;
        }
        body.push_str("</items></OpResponse>");
        static SVC: Service = Service {
            name: "ec2",
            service_id: "EC2",
            api_version: "2016-11-15",
            endpoint_prefix: "ec2",
            signing_name: "ec2",
            protocol: Protocol::Ec2,
            json_version: None,
            target_prefix: None,
            xml_namespace: None,
            aws_query_compatible: false,
            auth: crate::operation::AuthScheme::SigV4,
            client_context_params: &[],
            rule_set: "",
        };
        static OP: Operation = Operation::new("Op", "POST", "/", &p::UNIT, &OUT);
        let (head, _) = http::Response::new(()).into_parts();
        let start = std::time::Instant::now();
        let rounds = 20;
        for _ in 0..rounds {
            let mut out = Out::default();
            parse_output(&SVC, &OP, &head, body.as_bytes(), &mut out).unwrap();
            assert_eq!(out.0.map(|v| v.len()), Some(n));
        }
        let secs = start.elapsed().as_secs_f64() / f64::from(rounds);
        let raw = std::time::Instant::now();
        for _ in 0..rounds {
            let mut r = quick_xml::Reader::from_reader(body.as_bytes());
            let mut events = 0usize;
            while !matches!(r.read_event(), Ok(quick_xml::events::Event::Eof) | Err(_)) {
                events += 1;
            }
            assert!(events > n);
        }
        let raw_secs = raw.elapsed().as_secs_f64() / f64::from(rounds);
        println!(
            "quick-xml events alone: {:.1} MB/s",
            body.len() as f64 / raw_secs / 1e6
        );
        let ts = std::time::Instant::now();
        for _ in 0..n {
            let _ =
                crate::types::DateTime::parse_any(std::hint::black_box("2024-01-02T03:04:05.000Z"));
        }
        println!(
            "timestamp parse: {:.0} ns",
            ts.elapsed().as_secs_f64() * 1e9 / n as f64
        );
        println!(
            "{n} items, {:.1} MB/s, {:.2} ms per MB",
            body.len() as f64 / secs / 1e6,
            secs * 1e3
        );
    }
}

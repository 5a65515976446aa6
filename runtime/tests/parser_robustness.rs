//! Robustness of every response parser (json, rest-json, query, ec2, rest-xml,
//! smithy-rpc-v2-cbor): whatever bytes a server sends, `parse_output`, `parse_error` and
//! `parse_error_members` return, never panic, and fail only with
//! [`SdkErrorKind::ResponseParse`].
//!
//! Each protocol gets a valid output body and a valid error body as seeds; the tests feed
//! every truncation of them, seeded random mutations (byte flips, insertions of
//! protocol-specific tokens, deletions, duplicated spans), random bytes, and nesting
//! bombs. The generator is a fixed-seed `fastrand`, so every run tests the same inputs
//! and a failure names the input that caused it.

use std::collections::HashMap;

use kumo_runtime::data::Struct;
use kumo_runtime::operation::{AuthScheme, Operation, Protocol, Service};
use kumo_runtime::protocol::{cbor, parse_error, parse_error_members, parse_output};
use kumo_runtime::schema::{flags, prelude as p, Location, Member, Schema};
use kumo_runtime::types::{DateTime, Document};
use kumo_runtime::SdkErrorKind;

// ----- a model that touches every kind of shape -----------------------------------------

static ITEM: Schema = Schema::structure(
    "Item",
    &[
        Member::new("Name", &p::STRING),
        Member::new("Size", &p::LONG),
    ],
);
static ITEMS: Schema = Schema::list("Items", &[Member::new("member", &ITEM)]);
static FLAT: Schema =
    Schema::list("Flat", &[Member::new("member", &p::STRING)]).with(flags::FLATTENED);
static TAGS: Schema = Schema::map(
    "Tags",
    &[
        Member::new("key", &p::STRING),
        Member::new("value", &p::STRING),
    ],
);
static CHOICE: Schema = Schema::union(
    "Choice",
    &[Member::new("A", &p::STRING), Member::new("B", &ITEM)],
);
static OUTPUT: Schema = Schema::structure(
    "Output",
    &[
        Member::new("Name", &p::STRING),
        Member::new("Count", &p::INTEGER),
        Member::new("Small", &p::BYTE),
        Member::new("Ratio", &p::DOUBLE),
        Member::new("Single", &p::FLOAT),
        Member::new("Flag", &p::BOOLEAN),
        Member::new("Data", &p::BLOB),
        Member::new("When", &p::TIMESTAMP),
        Member::new("Items", &ITEMS),
        Member::new("Flat", &FLAT),
        Member::new("Tags", &TAGS),
        Member::new("Choice", &CHOICE),
        Member::new("Doc", &p::DOCUMENT),
        Member::new("Nested", &OUTPUT),
        Member::new("Attr", &p::STRING).with(flags::XML_ATTRIBUTE),
        Member::new("Big", &p::BIG_INTEGER),
        Member::new("RequestId", &p::STRING).at(Location::Header, "x-request-id"),
        Member::new("Stamp", &p::TIMESTAMP).at(Location::Header, "x-stamp"),
        Member::new("Meta", &TAGS).at(Location::Headers, "x-meta-"),
        Member::new("Status", &p::INTEGER).at(Location::StatusCode, "Status"),
    ],
);
static FAULT: Schema = Schema::structure(
    "Fault",
    &[
        Member::new("message", &p::STRING),
        Member::new("Reason", &p::STRING),
        Member::new("Detail", &ITEM),
    ],
)
.error("Fault", 400);

#[derive(Default)]
struct Item {
    name: Option<String>,
    size: Option<i64>,
}
kumo_runtime::structure!(Item, ITEM, [name, size]);

#[allow(dead_code)] // the variants are only written through the data view
enum Choice {
    A(String),
    B(Item),
    Unknown(String),
}
kumo_runtime::union!(Choice, CHOICE, [A, B]);

#[derive(Default)]
struct Output {
    name: Option<String>,
    count: Option<i32>,
    small: Option<i8>,
    ratio: Option<f64>,
    single: Option<f32>,
    flag: Option<bool>,
    data: Option<Vec<u8>>,
    when: Option<DateTime>,
    items: Option<Vec<Item>>,
    flat: Option<Vec<String>>,
    tags: Option<HashMap<String, String>>,
    choice: Option<Choice>,
    doc: Option<Document>,
    nested: Option<Box<Output>>,
    attr: Option<String>,
    big: Option<String>,
    request_id: Option<String>,
    stamp: Option<DateTime>,
    meta: Option<HashMap<String, String>>,
    status: Option<i32>,
}
kumo_runtime::structure!(
    Output,
    OUTPUT,
    [
        name, count, small, ratio, single, flag, data, when, items, flat, tags, choice, doc,
        nested, attr, big, request_id, stamp, meta, status
    ]
);

#[derive(Default)]
struct Fault {
    message: Option<String>,
    reason: Option<String>,
    detail: Option<Item>,
}
kumo_runtime::structure!(Fault, FAULT, [message, reason, detail]);

static ERRORS: [&Schema; 1] = [&FAULT];
static OP: Operation = Operation::new("Op", "POST", "/op", &p::UNIT, &OUTPUT).errors(&ERRORS);
static QUERY_OP: Operation = Operation::new("Op", "POST", "/", &p::UNIT, &OUTPUT)
    .errors(&ERRORS)
    .result_wrapper("OpResult");

const fn service(protocol: Protocol) -> Service {
    Service {
        name: "robust",
        service_id: "Robust",
        api_version: "2020-01-01",
        endpoint_prefix: "robust",
        signing_name: "robust",
        protocol,
        json_version: Some("1.1"),
        target_prefix: Some("Robust"),
        xml_namespace: Some("https://example.com/doc/2020-01-01/"),
        aws_query_compatible: true,
        auth: AuthScheme::SigV4,
        client_context_params: &[],
        rule_set: "",
    }
}

static JSON: Service = service(Protocol::Json);
static REST_JSON: Service = service(Protocol::RestJson);
static QUERY: Service = service(Protocol::Query);
static EC2: Service = service(Protocol::Ec2);
static REST_XML: Service = service(Protocol::RestXml);
static CBOR: Service = service(Protocol::SmithyRpcV2Cbor);

// ----- seeds ----------------------------------------------------------------------------

const JSON_BODY: &str = r#"{"Name":"n\u00e9\"x","Count":3,"Small":-7,"Ratio":1.5e3,"Single":"NaN",
"Flag":true,"Data":"Zm9vYmFy","When":1398796238.123,"Items":[{"Name":"a","Size":9007199254740993},
{"Name":null}],"Flat":["x","y"],"Tags":{"k":"v","e":""},"Choice":{"B":{"Name":"z"}},
"Doc":{"a":[1,2.5,null,{"b":false}]},"Nested":{"Nested":{"Name":"deep"}},"Big":123456789012345678901234567890}"#;
const JSON_ERROR: &str =
    r#"{"__type":"com.example#Fault:http://x","message":"m","Reason":"r","Detail":{"Name":"d"}}"#;

const XML_FIELDS: &str = "<Name>n&amp;x&#233;</Name><Count>3</Count><Small>-7</Small>\
<Ratio>1.5e3</Ratio><Single>NaN</Single><Flag>true</Flag><Data>Zm9vYmFy</Data>\
<When>2014-04-29T18:30:38.123Z</When><Items><member><Name>a</Name><Size>9</Size></member>\
<member/></Items><Flat>x</Flat><Flat>y</Flat><Tags><entry><key>k</key><value>v</value></entry>\
</Tags><Choice><B><Name>z</Name></B></Choice><Nested><Nested><Name>deep</Name></Nested></Nested>\
<Big>123456789012345678901234567890</Big><![CDATA[ignored]]><!-- c -->";

fn query_body() -> String {
    format!(
        "<?xml version=\"1.0\"?><OpResponse xmlns=\"https://example.com/doc/2020-01-01/\">\
         <OpResult Attr=\"a\">{XML_FIELDS}</OpResult><ResponseMetadata><RequestId>rid</RequestId>\
         </ResponseMetadata></OpResponse>"
    )
}
fn ec2_body() -> String {
    format!(
        "<OpResponse xmlns=\"https://example.com/doc/2020-01-01/\"><requestId>rid</requestId>\
         {}</OpResponse>",
        XML_FIELDS
            .replace("<Name>", "<name>")
            .replace("</Name>", "</name>")
    )
}
fn rest_xml_body() -> String {
    format!("<Output Attr=\"a\" xmlns=\"https://example.com/\">{XML_FIELDS}</Output>")
}
const QUERY_ERROR: &str = "<ErrorResponse><Error><Type>Sender</Type><Code>Fault</Code>\
<Message>m</Message><Reason>r</Reason><Detail><Name>d</Name></Detail></Error>\
<RequestId>rid</RequestId></ErrorResponse>";
const EC2_ERROR: &str = "<Response><Errors><Error><Code>Fault</Code><Message>m</Message>\
</Error></Errors><RequestID>rid</RequestID></Response>";
const S3_ERROR: &str = "<Error><Code>Fault</Code><Message>m</Message><Reason>r</Reason>\
<RequestId>rid</RequestId></Error>";

fn text(s: &str) -> cbor::Value {
    cbor::Value::Text(s.to_string())
}

fn cbor_body() -> Vec<u8> {
    use cbor::Value as V;
    let item = |name: &str| {
        V::Map(vec![
            (text("Name"), text(name)),
            (text("Size"), V::Negative(4)),
        ])
    };
    cbor::encode(&V::Map(vec![
        (text("Name"), text("n")),
        (text("Count"), V::Unsigned(3)),
        (text("Small"), V::Negative(6)),
        (text("Ratio"), V::Float(1.5)),
        (text("Single"), V::Float(f64::NAN)),
        (text("Flag"), V::Bool(true)),
        (text("Data"), V::Bytes(b"foobar".to_vec())),
        (text("When"), V::Tag(1, Box::new(V::Float(1398796238.123)))),
        (text("Items"), V::Array(vec![item("a"), V::Null, item("b")])),
        (text("Flat"), V::Array(vec![text("x")])),
        (
            text("Tags"),
            V::Map(vec![(text("k"), text("v")), (text("n"), V::Null)]),
        ),
        (text("Choice"), V::Map(vec![(text("B"), item("z"))])),
        (
            text("Doc"),
            V::Map(vec![(text("a"), V::Array(vec![V::Unsigned(1), V::Null]))]),
        ),
        (text("Nested"), V::Map(vec![(text("Name"), text("deep"))])),
        (text("Big"), V::Unsigned(u64::MAX)),
        (
            text("Unknown"),
            V::Array(vec![V::Undefined, V::Bytes(vec![1])]),
        ),
    ]))
}
fn cbor_error() -> Vec<u8> {
    cbor::encode(&cbor::Value::Map(vec![
        (text("__type"), text("com.example#Fault")),
        (text("message"), text("m")),
        (
            text("Detail"),
            cbor::Value::Map(vec![(text("Name"), text("d"))]),
        ),
    ]))
}

/// Tokens that are meaningful to each family of parser, spliced in by the mutator.
const JSON_TOKENS: &[&[u8]] = &[
    b"{",
    b"}",
    b"[",
    b"]",
    b"\"",
    b"\\",
    b"\\u",
    b"\\ud800",
    b":",
    b",",
    b"null",
    b"true",
    b"1e999",
    b"-0",
    b"9223372036854775808",
    b"\"__type\"",
    b"{\"A\":1,\"B\":{}}",
    b"\xff",
];
const XML_TOKENS: &[&[u8]] = &[
    b"<",
    b">",
    b"</",
    b"/>",
    b"&",
    b"&amp;",
    b"&#x110000;",
    b"&#0;",
    b"&bogus;",
    b"<![CDATA[",
    b"]]>",
    b"<!DOCTYPE a [<!ENTITY e \"x\">]>",
    b"<?xml?>",
    b" xmlns:a=\"u\"",
    b"a:",
    b"=\"",
    b"<member>",
    b"<entry>",
    b"<key>",
    b"<Errors>",
    b"<Error>",
    b"\xff",
    b"\x00",
];
const CBOR_TOKENS: &[&[u8]] = &[
    &[0x5f],
    &[0x7f],
    &[0x9f],
    &[0xbf],
    &[0xff],
    &[0xf6],
    &[0xf7],
    &[0xc1],
    &[0xc2],
    &[0x1b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff],
    &[0x5b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff],
    &[0x9b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff],
    &[0xbb, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff],
    &[0x3b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff],
    &[0xf9, 0x7c, 0x01],
    &[0xfb],
    &[0x1f],
    &[0xfc],
    &[0xf8, 0x20],
    &[0x62, 0xc3, 0x28],
];

// ----- the harness ----------------------------------------------------------------------

struct Target {
    label: &'static str,
    service: &'static Service,
    op: &'static Operation,
    bodies: Vec<Vec<u8>>,
    tokens: &'static [&'static [u8]],
    bomb: fn(usize) -> Vec<u8>,
}

fn head(status: u16) -> http::response::Parts {
    let (mut parts, ()) = http::Response::new(()).into_parts();
    parts.status = http::StatusCode::from_u16(status).unwrap_or(http::StatusCode::OK);
    let h = &mut parts.headers;
    h.insert("x-request-id", http::HeaderValue::from_static("rid"));
    h.insert("x-stamp", http::HeaderValue::from_static("not a date"));
    h.insert("x-meta-a", http::HeaderValue::from_static("1"));
    h.insert("x-amzn-requestid", http::HeaderValue::from_static("rid"));
    h.insert("x-amzn-query-error", http::HeaderValue::from_static(";;;"));
    h.insert(
        "x-amzn-errortype",
        http::HeaderValue::from_static("Fault:http://x"),
    );
    parts
}

/// Runs the three parsers on `body`; panics (failing the test) with the input when one
/// returns an error of the wrong kind. A panic inside a parser fails the test by itself.
fn exercise(
    t: &Target,
    body: &[u8],
    ok_parts: &http::response::Parts,
    err_parts: &http::response::Parts,
) {
    let mut out = Output::default();
    if let Err(e) = parse_output(t.service, t.op, ok_parts, body, &mut out) {
        assert_eq!(
            e.kind(),
            SdkErrorKind::ResponseParse,
            "{}: parse_output on {:?}: {e}",
            t.label,
            String::from_utf8_lossy(body)
        );
    }
    match parse_error(t.service, t.op, err_parts, body) {
        Ok((_meta, index)) => {
            if let Some(i) = index {
                assert!(
                    i < t.op.errors.len(),
                    "{}: error index {i} out of range",
                    t.label
                );
            }
        }
        Err(e) => assert_eq!(
            e.kind(),
            SdkErrorKind::ResponseParse,
            "{}: parse_error on {:?}: {e}",
            t.label,
            String::from_utf8_lossy(body)
        ),
    }
    let mut fault = Fault::default();
    if let Err(e) = parse_error_members(
        t.service,
        t.op,
        err_parts,
        body,
        &mut fault as &mut dyn Struct,
    ) {
        assert_eq!(
            e.kind(),
            SdkErrorKind::ResponseParse,
            "{}: parse_error_members on {:?}: {e}",
            t.label,
            String::from_utf8_lossy(body)
        );
    }
}

fn mutate(rng: &mut fastrand::Rng, seed: &[u8], tokens: &[&[u8]]) -> Vec<u8> {
    let mut b = seed.to_vec();
    for _ in 0..rng.usize(1..=4) {
        let at = rng.usize(..=b.len());
        match rng.u8(..6) {
            0 => {
                if let Some(x) = b.get_mut(at) {
                    *x ^= 1 << rng.u8(..8);
                }
            }
            1 => {
                if at < b.len() {
                    b[at] = rng.u8(..);
                }
            }
            2 => {
                let tok = tokens[rng.usize(..tokens.len())];
                b.splice(at..at, tok.iter().copied());
            }
            3 => {
                let end = (at + rng.usize(..16)).min(b.len());
                b.drain(at..end);
            }
            4 => {
                let end = (at + rng.usize(..32)).min(b.len());
                let span = b[at..end].to_vec();
                b.splice(at..at, span);
            }
            _ => b.truncate(at),
        }
    }
    b
}

fn run(t: &Target) {
    let ok = head(200);
    let err = head(400);
    let mut rng = fastrand::Rng::with_seed(0x6b75_6d6f);
    for seed in &t.bodies {
        // The seeds themselves must parse without panicking too.
        exercise(t, seed, &ok, &err);
        for len in 0..seed.len() {
            exercise(t, &seed[..len], &ok, &err);
        }
        for _ in 0..1500 {
            let body = mutate(&mut rng, seed, t.tokens);
            exercise(t, &body, &ok, &err);
        }
    }
    for _ in 0..300 {
        let len = rng.usize(..256);
        let body: Vec<u8> = (0..len).map(|_| rng.u8(..)).collect();
        exercise(t, &body, &ok, &err);
    }
    for depth in [64, 1_000, 100_000] {
        exercise(t, &(t.bomb)(depth), &ok, &err);
    }
}

fn json_bomb(n: usize) -> Vec<u8> {
    let mut b = b"{\"Nested\":".repeat(n);
    b.extend(b"[".repeat(n));
    b
}
fn xml_bomb(n: usize) -> Vec<u8> {
    let mut b = b"<OpResponse><OpResult>".to_vec();
    b.extend(b"<Nested>".repeat(n));
    b.extend(b"<Items><member>".repeat(n.min(1000)));
    b
}
fn cbor_bomb(n: usize) -> Vec<u8> {
    let mut b = vec![0xa1, 0x66];
    b.extend(b"Nested");
    for _ in 0..n {
        b.extend([0xa1, 0x66]);
        b.extend(b"Nested");
    }
    b.extend(vec![0x81; n]);
    b.extend(vec![0x9f; n]);
    b
}

#[test]
fn json_never_panics() {
    run(&Target {
        label: "json",
        service: &JSON,
        op: &OP,
        bodies: vec![JSON_BODY.into(), JSON_ERROR.into(), b"{}".to_vec()],
        tokens: JSON_TOKENS,
        bomb: json_bomb,
    });
}

#[test]
fn rest_json_never_panics() {
    run(&Target {
        label: "rest-json",
        service: &REST_JSON,
        op: &OP,
        bodies: vec![JSON_BODY.into(), JSON_ERROR.into()],
        tokens: JSON_TOKENS,
        bomb: json_bomb,
    });
}

#[test]
fn query_never_panics() {
    run(&Target {
        label: "query",
        service: &QUERY,
        op: &QUERY_OP,
        bodies: vec![query_body().into(), QUERY_ERROR.into()],
        tokens: XML_TOKENS,
        bomb: xml_bomb,
    });
}

#[test]
fn ec2_never_panics() {
    run(&Target {
        label: "ec2",
        service: &EC2,
        op: &OP,
        bodies: vec![ec2_body().into(), EC2_ERROR.into()],
        tokens: XML_TOKENS,
        bomb: xml_bomb,
    });
}

#[test]
fn rest_xml_never_panics() {
    run(&Target {
        label: "rest-xml",
        service: &REST_XML,
        op: &OP,
        bodies: vec![rest_xml_body().into(), QUERY_ERROR.into(), S3_ERROR.into()],
        tokens: XML_TOKENS,
        bomb: xml_bomb,
    });
}

#[test]
fn cbor_never_panics() {
    run(&Target {
        label: "smithy-rpc-v2-cbor",
        service: &CBOR,
        op: &OP,
        bodies: vec![cbor_body(), cbor_error()],
        tokens: CBOR_TOKENS,
        bomb: cbor_bomb,
    });
}

/// The generic CBOR decoder on its own: same mutations, and decode → encode → decode
/// is stable for whatever decodes.
#[test]
fn cbor_generic_decoder_never_panics() {
    let mut rng = fastrand::Rng::with_seed(7);
    let seeds = [cbor_body(), cbor_error()];
    for seed in &seeds {
        for _ in 0..3000 {
            let body = mutate(&mut rng, seed, CBOR_TOKENS);
            if let Ok(v) = cbor::decode(&body) {
                let again = cbor::decode(&cbor::encode(&v)).expect("re-encoded value decodes");
                assert!(again.equivalent(&v), "{v:?} → {again:?}");
            }
        }
    }
    // Refused for its depth early on, not after recursing through all of it.
    let bomb = cbor_bomb(100_000);
    let e = cbor::decode(&bomb).expect_err("too deep");
    assert!(e.offset() < 10_000, "{e}");
}

/// Seeds parse into what they say (so the mutations start from bodies the parser
/// really walks, not from ones it rejects at the first byte).
#[test]
fn cbor_seed_parses() {
    let mut out = Output::default();
    parse_output(&CBOR, &OP, &head(200), &cbor_body(), &mut out).expect("seed parses");
    assert_eq!(out.name.as_deref(), Some("n"));
    assert_eq!(out.small, Some(-7));
    assert_eq!(out.items.as_ref().map(Vec::len), Some(2));
    assert_eq!(out.tags.as_ref().map(HashMap::len), Some(1));
    assert_eq!(out.big.as_deref(), Some("18446744073709551615"));
    assert_eq!(out.when.map(|t| t.subsec_nanos()), Some(123_000_000));
    assert!(matches!(out.choice, Some(Choice::B(_))));
    assert!(out.single.is_some_and(f32::is_nan));
    let (meta, index) = parse_error(&CBOR, &OP, &head(400), &cbor_error()).expect("error parses");
    assert_eq!(meta.code, "Fault");
    assert_eq!(index, Some(0));
}

// ----- the event-stream decoder ---------------------------------------------------------

/// Bytes that mean something to the event-stream decoder: value type ids, length fields at
/// their limits, a protocol header.
const EVENTSTREAM_TOKENS: &[&[u8]] = &[
    &[0],
    &[6],
    &[7],
    &[9],
    &[10],
    &[0xff],
    &[0x7f, 0xff],
    &[0xff, 0xff],
    &[0x01, 0x00, 0x00, 0x00],
    &[0x00, 0x02, 0x00, 0x01],
    &[0xff, 0xff, 0xff, 0xff],
    b"\x0d:message-type\x07\x00\x05error",
    &[0xc3, 0x28],
];

fn eventstream_seeds() -> Vec<Vec<u8>> {
    use kumo_runtime::eventstream::Message;
    let every_type = Message::new(&b"{\"delta\":\"hi\"}"[..])
        .with_header(":message-type", "event")
        .with_header(":event-type", "ContentBlockDelta")
        .with_header("t", true)
        .with_header("f", false)
        .with_header("b", -1i8)
        .with_header("s", 300i16)
        .with_header("i", -70_000i32)
        .with_header("l", i64::MIN)
        .with_header("ba", vec![1u8, 2, 3])
        .with_header("ts", DateTime::from_secs(1_700_000_000))
        .with_header("u", [0xabu8; 16]);
    let error = Message::new(Vec::new())
        .with_header(":message-type", "error")
        .with_header(":error-code", "code")
        .with_header(":error-message", "message");
    let mut two = Vec::new();
    for m in [&every_type, &error] {
        m.encode_into(&mut two).expect("seed encodes");
    }
    vec![
        every_type.encode().expect("seed").to_vec(),
        error.encode().expect("seed").to_vec(),
        two,
    ]
}

/// Rewrites both CRCs (and, half the time, the total length) so a mutant gets past the
/// checksums and into the length and header parsing.
fn fix_checksums(rng: &mut fastrand::Rng, b: &mut [u8]) {
    if b.len() < 16 {
        return;
    }
    if rng.bool() {
        let len = b.len() as u32;
        b[..4].copy_from_slice(&len.to_be_bytes());
    }
    let prelude = crc32fast::hash(&b[..8]);
    b[8..12].copy_from_slice(&prelude.to_be_bytes());
    let end = b.len() - 4;
    let crc = crc32fast::hash(&b[..end]);
    b[end..].copy_from_slice(&crc.to_be_bytes());
}

/// Feeds `bytes` to a decoder in random chunks: never panics, makes progress on every
/// call (no hang), never holds more than the frame it is reading, and re-encodes what it
/// decodes to the same bytes (when the encoder accepts the message). Returns the error
/// kind it stopped at, if any.
fn exercise_eventstream(
    rng: &mut fastrand::Rng,
    bytes: &[u8],
) -> Option<kumo_runtime::eventstream::DecodeErrorKind> {
    use kumo_runtime::eventstream::{Decoder, MAX_FRAME_LEN};
    let data = bytes::Bytes::copy_from_slice(bytes);
    let mut d = Decoder::new();
    let mut at = 0usize;
    let mut decoded_until = 0usize;
    while at < data.len() {
        let n = rng.usize(1..=(data.len() - at).min(40));
        let mut input = data.slice(at..at + n);
        at += n;
        loop {
            let before = input.len();
            match d.decode(&mut input) {
                Ok(Some(m)) => {
                    let end = d.offset() as usize;
                    if let Ok(again) = m.encode() {
                        assert_eq!(
                            &again[..],
                            &data[decoded_until..end],
                            "re-encoding {bytes:?}"
                        );
                    }
                    decoded_until = end;
                    assert!(
                        input.len() < before || before == 0,
                        "no progress on {bytes:?}"
                    );
                }
                Ok(None) => {
                    assert!(input.is_empty(), "Ok(None) with input left on {bytes:?}");
                    break;
                }
                Err(e) => return Some(e.kind()),
            }
        }
        assert!(d.buffered() <= MAX_FRAME_LEN && d.buffered() <= data.len());
    }
    d.finish().err().map(|e| e.kind())
}

#[test]
fn eventstream_decoder_never_panics() {
    use kumo_runtime::eventstream::DecodeErrorKind as K;
    let mut rng = fastrand::Rng::with_seed(0x6b75_6d6f);
    let mut chunk_rng = fastrand::Rng::with_seed(13);
    let mut outcomes = HashMap::new();
    for seed in eventstream_seeds() {
        assert_eq!(
            exercise_eventstream(&mut chunk_rng, &seed),
            None,
            "seed decodes"
        );
        for len in 1..seed.len() {
            let kind = exercise_eventstream(&mut chunk_rng, &seed[..len]);
            assert!(matches!(kind, Some(K::Truncated) | None), "{kind:?}");
        }
        for i in 0..4000 {
            let mut body = mutate(&mut rng, &seed, EVENTSTREAM_TOKENS);
            if i % 2 == 0 {
                fix_checksums(&mut rng, &mut body);
            }
            let kind = exercise_eventstream(&mut chunk_rng, &body);
            *outcomes.entry(kind).or_insert(0) += 1;
        }
    }
    for _ in 0..300 {
        let len = rng.usize(..256);
        let mut body: Vec<u8> = (0..len).map(|_| rng.u8(..)).collect();
        fix_checksums(&mut rng, &mut body);
        exercise_eventstream(&mut chunk_rng, &body);
    }
    // The mutants reached every stage: checksums, lengths, header parsing, and success.
    for kind in [
        None,
        Some(K::Truncated),
        Some(K::PreludeChecksum),
        Some(K::MessageChecksum),
        Some(K::FrameTooShort),
        Some(K::HeadersExceedFrame),
        Some(K::InvalidHeader),
        Some(K::DuplicateHeader),
    ] {
        assert!(
            outcomes.contains_key(&kind),
            "no mutant ended with {kind:?}: {outcomes:?}"
        );
    }
}

//! The event-stream codec against botocore's vectors (`tests/data/eventstream/`), and the
//! malformed frames the vectors do not cover.

use bytes::Bytes;
use kumo_runtime::eventstream::{
    DecodeErrorKind, Decoder, Header, HeaderValue, Message, MAX_FRAME_LEN, MAX_HEADERS_LEN,
};
use kumo_runtime::DateTime;
use serde_json::Value;

fn vectors() -> Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/eventstream/botocore-vectors.json"
    );
    let text = std::fs::read_to_string(path).expect("vector file");
    serde_json::from_str(&text).expect("vector JSON")
}

fn hex(s: &str) -> Vec<u8> {
    assert!(s.len() % 2 == 0, "odd hex {s}");
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).expect("hex digit"))
        .collect()
}

fn expected_header(h: &Value) -> Header {
    let name = h["name"].as_str().expect("name");
    let v = &h["value"];
    let int = || v.as_i64().expect("integer value");
    let value = match h["type"].as_str().expect("type") {
        "bool" => HeaderValue::Bool(v.as_bool().expect("bool")),
        "byte" => HeaderValue::Byte(int() as i8),
        "short" => HeaderValue::Short(int() as i16),
        "int" => HeaderValue::Int(int() as i32),
        "long" => HeaderValue::Long(int()),
        "byte_array" => HeaderValue::ByteArray(Bytes::from(hex(v.as_str().expect("hex")))),
        "string" => HeaderValue::String(v.as_str().expect("string").to_string()),
        "timestamp" => {
            let ms = int();
            HeaderValue::Timestamp(DateTime::from_secs_nanos(
                ms.div_euclid(1000),
                (ms.rem_euclid(1000) * 1_000_000) as u32,
            ))
        }
        "uuid" => {
            let b = hex(v.as_str().expect("hex"));
            HeaderValue::Uuid(b.try_into().expect("16 bytes"))
        }
        other => panic!("unknown type {other}"),
    };
    Header::new(name, value)
}

struct Positive {
    name: String,
    chunks: Vec<Vec<u8>>,
    message: Message,
}

fn positives() -> Vec<Positive> {
    let v = vectors();
    let list = v["positive"].as_array().expect("positive");
    list.iter()
        .map(|p| {
            let mut message = Message::new(hex(p["payload"].as_str().expect("payload")));
            for h in p["headers"].as_array().expect("headers") {
                message.headers_mut().push(expected_header(h));
            }
            Positive {
                name: p["name"].as_str().expect("name").to_string(),
                chunks: p["chunks"]
                    .as_array()
                    .expect("chunks")
                    .iter()
                    .map(|c| hex(c.as_str().expect("hex")))
                    .collect(),
                message,
            }
        })
        .collect()
}

fn negatives() -> Vec<(String, Vec<u8>, DecodeErrorKind)> {
    let v = vectors();
    v["negative"]
        .as_array()
        .expect("negative")
        .iter()
        .map(|n| {
            let kind = match n["kind"].as_str().expect("kind") {
                "FrameTooLong" => DecodeErrorKind::FrameTooLong,
                "HeadersTooLong" => DecodeErrorKind::HeadersTooLong,
                "MessageChecksum" => DecodeErrorKind::MessageChecksum,
                "DuplicateHeader" => DecodeErrorKind::DuplicateHeader,
                other => panic!("unmapped kind {other}"),
            };
            (
                n["name"].as_str().expect("name").to_string(),
                hex(n["encoded"].as_str().expect("encoded")),
                kind,
            )
        })
        .collect()
}

/// Feeds `chunks` to a fresh decoder; all messages, or the first error.
fn decode_chunks<'a>(
    chunks: impl IntoIterator<Item = &'a [u8]>,
) -> Result<Vec<Message>, kumo_runtime::eventstream::DecodeError> {
    let mut d = Decoder::new();
    let mut out = Vec::new();
    for c in chunks {
        let mut input = Bytes::copy_from_slice(c);
        while let Some(m) = d.decode(&mut input)? {
            out.push(m);
        }
        assert!(input.is_empty(), "Ok(None) with input left");
    }
    d.finish()?;
    Ok(out)
}

#[test]
fn every_positive_vector_decodes_as_botocore_expects() {
    let all = positives();
    assert_eq!(all.len(), 11);
    for p in &all {
        let whole: Vec<u8> = p.chunks.concat();
        // In one piece.
        let (m, used) = Message::decode(&Bytes::from(whole.clone()))
            .unwrap_or_else(|e| panic!("{}: {e}", p.name));
        assert_eq!(used, whole.len(), "{}", p.name);
        assert_eq!(m, p.message, "{}", p.name);
        // In botocore's chunks, and one byte at a time.
        let got = decode_chunks(p.chunks.iter().map(Vec::as_slice)).unwrap();
        assert_eq!(
            got,
            std::slice::from_ref(&p.message),
            "{} in botocore's chunks",
            p.name
        );
        let got = decode_chunks(whole.chunks(1)).unwrap();
        assert_eq!(
            got,
            std::slice::from_ref(&p.message),
            "{} byte by byte",
            p.name
        );
        // Our encoder writes botocore's bytes exactly.
        assert_eq!(
            p.message.encode().unwrap().to_vec(),
            whole,
            "{} re-encoded",
            p.name
        );
    }
}

#[test]
fn all_positive_vectors_in_one_buffer() {
    // botocore's test_all_positive_cases: every message back to back in one stream.
    let all = positives();
    let stream: Vec<u8> = all.iter().flat_map(|p| p.chunks.concat()).collect();
    let expected: Vec<Message> = all.iter().map(|p| p.message.clone()).collect();
    for size in [1, 3, 12, 17, 100, stream.len()] {
        assert_eq!(
            decode_chunks(stream.chunks(size)).unwrap(),
            expected,
            "chunks of {size}"
        );
    }
}

#[test]
fn every_negative_vector_fails_with_its_kind() {
    let all = negatives();
    assert_eq!(all.len(), 5);
    for (name, bytes, kind) in &all {
        let e = Message::decode(&Bytes::from(bytes.clone())).unwrap_err();
        assert_eq!(e.kind(), *kind, "{name}: {e}");
        assert_eq!(e.frame_offset(), 0);
        let e = decode_chunks(bytes.chunks(1)).unwrap_err();
        assert_eq!(e.kind(), *kind, "{name} byte by byte: {e}");
    }
}

#[test]
fn a_bad_frame_after_good_ones_names_its_offset() {
    let good = positives().remove(6).chunks.concat(); // PAYLOAD_ONE_STR_HEADER
    let (_, bad, _) = negatives().remove(2); // CORRUPTED_HEADERS
    let stream = [good.clone(), good.clone(), bad].concat();
    let e = decode_chunks(stream.chunks(7)).unwrap_err();
    assert_eq!(e.kind(), DecodeErrorKind::MessageChecksum);
    assert_eq!(e.frame_offset(), 2 * good.len() as u64);
}

// ----- faults the vectors do not cover ------------------------------------------------

/// A frame with the given header section and payload, both CRCs right, lengths as given.
fn frame_with(total: u32, headers_len: u32, rest: &[u8]) -> Vec<u8> {
    let mut b = Vec::new();
    b.extend_from_slice(&total.to_be_bytes());
    b.extend_from_slice(&headers_len.to_be_bytes());
    b.extend_from_slice(&crc32fast::hash(&b).to_be_bytes());
    b.extend_from_slice(rest);
    b.extend_from_slice(&crc32fast::hash(&b).to_be_bytes());
    b
}

fn raw_frame(headers: &[u8], payload: &[u8]) -> Vec<u8> {
    let total = 16 + headers.len() + payload.len();
    frame_with(
        total as u32,
        headers.len() as u32,
        &[headers, payload].concat(),
    )
}

fn kind_of(bytes: Vec<u8>) -> DecodeErrorKind {
    let a = Message::decode(&Bytes::from(bytes.clone()))
        .unwrap_err()
        .kind();
    let b = decode_chunks(bytes.chunks(1)).unwrap_err().kind();
    assert_eq!(a, b, "whole vs byte by byte");
    a
}

#[test]
fn malformed_preludes() {
    // Total length under 16.
    assert_eq!(
        kind_of(frame_with(15, 0, &[])),
        DecodeErrorKind::FrameTooShort
    );
    assert_eq!(
        kind_of(frame_with(0, 0, &[])),
        DecodeErrorKind::FrameTooShort
    );
    // Headers longer than the frame (and under the 128 KiB limit).
    assert_eq!(
        kind_of(frame_with(20, 5, &[0; 4])),
        DecodeErrorKind::HeadersExceedFrame
    );
    assert_eq!(
        kind_of(frame_with(64, (MAX_HEADERS_LEN + 1) as u32, &[0; 48])),
        DecodeErrorKind::HeadersTooLong
    );
    assert_eq!(
        kind_of(frame_with(MAX_FRAME_LEN as u32 + 1, 0, &[])),
        DecodeErrorKind::FrameTooLong
    );
    // Prelude CRC broken, lengths plausible.
    let mut b = raw_frame(&[], b"x");
    b[8] ^= 0x80;
    assert_eq!(kind_of(b), DecodeErrorKind::PreludeChecksum);
    // Message CRC broken.
    let mut b = raw_frame(&[], b"x");
    let last = b.len() - 1;
    b[last] ^= 1;
    assert_eq!(kind_of(b), DecodeErrorKind::MessageChecksum);
}

#[test]
fn malformed_header_sections_with_valid_checksums() {
    let cases: [(&str, Vec<u8>); 7] = [
        ("unknown value type 10", [&[1u8, b'a', 10][..]].concat()),
        ("name runs past the section", vec![5, b'a', b'b']),
        ("no type byte", vec![1, b'a']),
        ("int value cut short", vec![1, b'a', 4, 0, 0]),
        (
            "string length past the section",
            vec![1, b'a', 7, 0, 9, b'x'],
        ),
        ("string not UTF-8", vec![1, b'a', 7, 0, 2, 0xc3, 0x28]),
        ("name not UTF-8", vec![1, 0xff, 0]),
    ];
    for (what, headers) in cases {
        let e = Message::decode(&Bytes::from(raw_frame(&headers, b"p"))).unwrap_err();
        assert_eq!(e.kind(), DecodeErrorKind::InvalidHeader, "{what}: {e}");
        assert!(e.to_string().contains("at byte 12"), "{what}: {e}");
    }
    // A timestamp at the extremes and a zero-length name still decode (botocore accepts them).
    let mut h = vec![0u8, 8];
    h.extend_from_slice(&i64::MIN.to_be_bytes());
    let (m, _) = Message::decode(&Bytes::from(raw_frame(&h, b""))).unwrap();
    assert_eq!(m.headers()[0].name, "");
    assert!(matches!(m.headers()[0].value, HeaderValue::Timestamp(_)));
}

#[test]
fn a_frame_of_the_maximum_size_decodes_and_one_byte_more_does_not() {
    let payload = vec![0xabu8; MAX_FRAME_LEN - 16];
    let max = raw_frame(&[], &payload);
    assert_eq!(max.len(), MAX_FRAME_LEN);
    let got = decode_chunks(max.chunks(64 * 1024)).unwrap();
    assert_eq!(got[0].payload().len(), MAX_FRAME_LEN - 16);
    let over = raw_frame(&[], &[payload.as_slice(), &[0]].concat());
    assert_eq!(kind_of(over), DecodeErrorKind::FrameTooLong);
}

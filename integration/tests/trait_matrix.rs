//! The model-trait effect matrix: every flag the generator can put on a member schema
//! (`kumo_runtime::schema::flags`) or an operation (`kumo_runtime::operation::op_flags`), and the
//! operation/member traits that are fields rather than flags, as one data list. Each row says
//! how the trait takes effect and where a test proves it through a generated operation, or why
//! it has no wire effect of its own, or which lane owns it.
//!
//! `the_matrix_covers_every_flag_and_matches_the_runtime` fails when a flag constant has no
//! row, when an `Effect` row's trait is read nowhere in the runtime or its test does not
//! exist, and when a row that claims the runtime does not read a trait is stale (the runtime
//! reads it now: make it an `Effect` with a test). The effect tests for traits no other test
//! covered are below it.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use kumo_runtime::config::{Config, MapEnv};
use kumo_runtime::credentials::Credentials;
use kumo_runtime::http::test_util::{CannedResponse, CaptureClient};

enum State {
    /// The runtime reads it; `test` (`file::function`, under the workspace root) shows the
    /// effect on the wire or on the result through a generated operation.
    Effect { test: &'static str },
    /// The runtime does not read it, and it has no effect of its own: why.
    Inert(&'static str),
    /// Another lane of issue #11/#13 builds its effect (the runtime may read it in part
    /// already: event-stream members are left as raw bodies today).
    Lane(&'static str),
}
use State::*;

/// (trait, its flag constant (or field), what the runtime source names when it reads it, state).
type Row = (&'static str, &'static str, &'static [&'static str], State);
const MATRIX: &[Row] = &[
    // Member flags (schema::flags).
    ("REQUIRED", "flags::REQUIRED", &["flags::REQUIRED"], Effect { test: "integration/tests/pipeline.rs::missing_required_member_fails_before_sending" }),
    ("FLATTENED", "flags::FLATTENED", &["flags::FLATTENED", "flattened"], Effect { test: "conformance/tests/protocols.rs::protocols_input" }),
    ("XML_ATTRIBUTE", "flags::XML_ATTRIBUTE", &["flags::XML_ATTRIBUTE"], Effect { test: "conformance/tests/protocols.rs::protocols_output" }),
    ("IDEMPOTENCY_TOKEN", "flags::IDEMPOTENCY_TOKEN", &["flags::IDEMPOTENCY_TOKEN"], Effect { test: "integration/tests/model.rs::a_required_idempotency_token_left_empty_is_filled_before_validation" }),
    ("HOST_LABEL", "flags::HOST_LABEL", &["flags::HOST_LABEL"], Effect { test: "integration/tests/trait_matrix.rs::host_prefix_host_label_and_unsigned_payload" }),
    ("JSON_VALUE", "flags::JSON_VALUE", &["flags::JSON_VALUE"], Effect { test: "conformance/tests/protocols.rs::protocols_input" }),
    ("SENSITIVE", "flags::SENSITIVE", &["flags::SENSITIVE"], Effect { test: "integration/tests/redaction.rs::sensitive_members_are_redacted_in_debug" }),
    ("STREAMING", "flags::STREAMING", &["flags::STREAMING"], Effect { test: "integration/tests/moto_s3.rs::fifty_megabytes_streamed_both_ways" }),
    ("EVENT_STREAM", "flags::EVENT_STREAM", &["flags::EVENT_STREAM"], Lane("EVENTSTREAMS (#13): event-stream members wired through the pipeline")),
    ("EVENT_PAYLOAD", "flags::EVENT_PAYLOAD", &["flags::EVENT_PAYLOAD"], Lane("EVENTSTREAMS (#13): event payload members")),
    ("EVENT_HEADER", "flags::EVENT_HEADER", &["flags::EVENT_HEADER"], Lane("EVENTSTREAMS (#13): event header members")),
    ("PAYLOAD", "flags::PAYLOAD", &["flags::PAYLOAD", "payload_member"], Effect { test: "integration/tests/moto_s3.rs::objects_put_get_head_copy_delete_and_typed_errors" }),
    ("EXCEPTION", "flags::EXCEPTION", &["flags::EXCEPTION"], Inert("marks error shapes; the runtime finds an operation's errors in Operation::errors, which the generator fills from the same trait")),
    ("REQUIRES_LENGTH", "flags::REQUIRES_LENGTH", &["flags::REQUIRES_LENGTH"], Inert("botocore reads it only to refuse compressing a streaming body (compress.py); Kumo compresses no streaming body at all, so there is nothing to refuse")),
    ("DOCUMENT", "flags::DOCUMENT", &["flags::DOCUMENT"], Effect { test: "conformance/tests/protocols.rs::protocols_output" }),
    ("SENDER_FAULT", "flags::SENDER_FAULT", &["flags::SENDER_FAULT"], Inert("botocore 1.44.5 reads senderFault nowhere; the fault a service reports is ErrorMeta::error_type, read from the response")),
    ("CHECKSUM_ALGORITHM", "flags::CHECKSUM_ALGORITHM", &["flags::CHECKSUM_ALGORITHM"], Inert("marks the httpChecksum algorithm member, which the runtime finds by name in Operation::http_checksum")),
    ("RETRYABLE", "flags::RETRYABLE", &["flags::RETRYABLE"], Effect { test: "integration/tests/faults.rs::modelled_retryable_error_is_retried_in_standard_mode" }),
    ("THROTTLING", "flags::THROTTLING", &["flags::THROTTLING"], Effect { test: "integration/tests/faults.rs::modelled_errors_follow_the_model" }),
    // Operation flags (operation::op_flags).
    ("CHECKSUM_REQUIRED", "op_flags::CHECKSUM_REQUIRED", &["op_flags::CHECKSUM_REQUIRED"], Effect { test: "integration/tests/trait_matrix.rs::http_checksum_required_sends_a_crc32_of_the_body" }),
    ("IDEMPOTENT", "op_flags::IDEMPOTENT", &["op_flags::IDEMPOTENT"], Inert("botocore 1.44.5 reads the operation's idempotent trait nowhere")),
    ("UNSIGNED_PAYLOAD", "op_flags::UNSIGNED_PAYLOAD", &["op_flags::UNSIGNED_PAYLOAD"], Effect { test: "integration/tests/trait_matrix.rs::host_prefix_host_label_and_unsigned_payload" }),
    ("STREAMING_INPUT", "op_flags::STREAMING_INPUT", &["op_flags::STREAMING_INPUT"], Effect { test: "integration/tests/pipeline.rs::s3_rest_xml_routes_bucket_virtual_hosted_and_leaves_checksummed_upload_unsigned" }),
    ("op EVENT_STREAM", "op_flags::EVENT_STREAM", &["op_flags::EVENT_STREAM"], Lane("EVENTSTREAMS (#13): operations with an event stream")),
    ("STREAMING_OUTPUT", "op_flags::STREAMING_OUTPUT", &["op_flags::STREAMING_OUTPUT"], Effect { test: "integration/tests/moto_s3.rs::fifty_megabytes_streamed_both_ways" }),
    ("ENDPOINT_DISCOVERY", "op_flags::ENDPOINT_DISCOVERY", &["op_flags::ENDPOINT_DISCOVERY"], Lane("FX-CONFIG (#11): endpoint discovery")),
    ("DEPRECATED", "op_flags::DEPRECATED", &["op_flags::DEPRECATED"], Inert("documentation: the generator marks the method #[deprecated]; botocore only documents it")),
    // Traits that are fields of Operation / Member, not flags.
    ("endpoint.hostPrefix", "host_prefix", &["host_prefix"], Effect { test: "integration/tests/trait_matrix.rs::host_prefix_host_label_and_unsigned_payload" }),
    ("requestcompression", "request_compression", &["request_compression"], Effect { test: "integration/tests/trait_matrix.rs::request_compression_gzips_a_large_body" }),
    ("httpChecksum (request)", "http_checksum", &["http_checksum"], Effect { test: "integration/tests/presign.rs::presigned_put_object_and_upload_part_sign_only_the_host" }),
    ("httpChecksum (response validation)", "request_validation_mode_member", &["request_validation_mode_member"], Lane("FX-CONFIG (#11): response_checksum_validation, refused until S3 checksums are built")),
    ("timestampFormat", "timestamp_format", &["timestamp_format", "timestamp_format_or"], Effect { test: "conformance/tests/protocols.rs::protocols_input" }),
];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}

/// The names of the `pub const NAME: u32` items of module `module` in `file`.
fn consts(file: &str, module: &str) -> Vec<String> {
    let text = std::fs::read_to_string(root().join(file)).expect("source");
    let start = text
        .find(&format!("pub mod {module} {{"))
        .unwrap_or_else(|| panic!("no module {module} in {file}"));
    let body = &text[start..];
    let end = body.find("\n}").expect("module end");
    body[..end]
        .lines()
        .filter_map(|l| l.trim().strip_prefix("pub const "))
        .filter_map(|l| l.split(':').next())
        .map(str::to_string)
        .collect()
}

/// Every non-test source file of the runtime, except the definitions of the flags.
fn runtime_sources() -> Vec<(PathBuf, String)> {
    fn walk(dir: &Path, out: &mut Vec<(PathBuf, String)>) {
        for e in std::fs::read_dir(dir).expect("dir") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                if !p.ends_with("tests") && !p.ends_with("generated") {
                    walk(&p, out);
                }
            } else if p.extension().is_some_and(|x| x == "rs")
                && !p.ends_with("schema.rs")
                && !p.ends_with("operation.rs")
                && !p.ends_with("tests.rs")
            {
                let text = std::fs::read_to_string(&p).expect("read");
                // Drop unit tests: only what runs in a call counts.
                let text = match text.find("#[cfg(test)]") {
                    Some(i) => text[..i].to_string(),
                    None => text,
                };
                out.push((p, text));
            }
        }
    }
    let mut out = Vec::new();
    walk(&root().join("runtime/src"), &mut out);
    out
}

/// Whether `needle` occurs in the text as a whole identifier path.
fn names(text: &str, needle: &str) -> bool {
    text.match_indices(needle).any(|(i, _)| {
        let after = text[i + needle.len()..].chars().next();
        let before = text[..i].chars().next_back();
        !after.is_some_and(|c| c.is_alphanumeric() || c == '_')
            && !before.is_some_and(|c| c.is_alphanumeric() || c == '_')
    })
}

#[test]
fn the_matrix_covers_every_flag_and_matches_the_runtime() {
    let mut problems = Vec::new();
    let flags = consts("runtime/src/schema.rs", "flags");
    let op_flags = consts("runtime/src/operation.rs", "op_flags");
    assert!(
        flags.len() >= 19 && op_flags.len() >= 8,
        "{flags:?} {op_flags:?}"
    );
    for (list, prefix) in [(&flags, "flags::"), (&op_flags, "op_flags::")] {
        for f in list {
            let pattern = format!("{prefix}{f}");
            if !MATRIX.iter().any(|(_, p, _, _)| *p == pattern) {
                problems.push(format!("{pattern} has no row in MATRIX"));
            }
        }
    }
    let sources = runtime_sources();
    for (name, _, reads, state) in MATRIX {
        let pattern = reads.join(" or ");
        let read_in: Vec<String> = sources
            .iter()
            .filter(|(_, text)| reads.iter().any(|r| names(text, r)))
            .map(|(p, _)| p.display().to_string())
            .collect();
        match state {
            Effect { test } => {
                if read_in.is_empty() {
                    problems.push(format!(
                        "{name}: the runtime never reads {pattern}, yet the row claims an effect"
                    ));
                }
                let (file, func) = test.split_once("::").expect("file::function");
                let text = std::fs::read_to_string(root().join(file)).unwrap_or_default();
                if !text.contains(&format!("fn {func}(")) {
                    problems.push(format!("{name}: no test {test}"));
                }
            }
            Inert(_) if !read_in.is_empty() => problems.push(format!(
                "{name}: the runtime reads {pattern} now ({}); make the row an Effect with a test",
                read_in.join(", ")
            )),
            Inert(why) | Lane(why) => assert!(!why.is_empty()),
        }
    }
    let effective = MATRIX
        .iter()
        .filter(|r| matches!(r.3, Effect { .. }))
        .count();
    let inert = MATRIX.iter().filter(|r| matches!(r.3, Inert(_))).count();
    let lanes = MATRIX.iter().filter(|r| matches!(r.3, Lane(_))).count();
    println!("model traits: {effective} effective, {inert} with no effect of their own, {lanes} owned by another lane");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

fn env() -> Arc<MapEnv> {
    Arc::new(
        MapEnv::new()
            .with("AWS_CONFIG_FILE", "/nonexistent/config")
            .with("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/creds"),
    )
}

macro_rules! client {
    ($client:path, $http:expr) => {
        <$client>::builder()
            .env(env())
            .config(Config::new().region_name("us-east-1"))
            .credentials(Credentials::new("AKIDEXAMPLE", "secret", None))
            .http_client($http.clone())
            .build()
            .expect("client")
    };
}

/// CRC-32 (IEEE), bit by bit: independent of the runtime's table-driven one.
fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

fn b64(bytes: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for c in bytes.chunks(3) {
        let n = (u32::from(c[0]) << 16)
            | (u32::from(*c.get(1).unwrap_or(&0)) << 8)
            | u32::from(*c.get(2).unwrap_or(&0));
        for i in 0..4 {
            if i <= c.len() {
                out.push(A[(n >> (18 - 6 * i)) as usize & 63] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[tokio::test]
async fn host_prefix_host_label_and_unsigned_payload() {
    // S3 WriteGetObjectResponse: endpoint.hostPrefix "{RequestRoute}." (RequestRoute is a
    // hostLabel member) and unsignedPayload.
    let http = Arc::new(CaptureClient::new([CannedResponse::status(200)]));
    let s3 = client!(kumo_s3::Client, http);
    s3.write_get_object_response(kumo_s3::types::WriteGetObjectResponseInput {
        request_route: "route-1".into(),
        request_token: "token".into(),
        body: kumo_runtime::Body::from("transformed"),
        ..Default::default()
    })
    .await
    .expect("call");
    let r = &http.requests()[0];
    let host = r.uri.host().expect("host");
    assert!(host.starts_with("route-1."), "{host}");
    assert_eq!(r.header("x-amz-content-sha256"), Some("UNSIGNED-PAYLOAD"));

    // An empty host label is refused before anything is sent.
    let err = s3
        .write_get_object_response(kumo_s3::types::WriteGetObjectResponseInput {
            request_token: "token".into(),
            ..Default::default()
        })
        .await
        .expect_err("empty RequestRoute");
    assert_eq!(
        err.sdk_error().map(|e| e.kind()),
        Some(kumo_runtime::SdkErrorKind::ParamValidation)
    );
    assert_eq!(http.request_count(), 1);
}

#[tokio::test]
async fn http_checksum_required_sends_a_crc32_of_the_body() {
    use kumo_s3::types::*;
    let http = Arc::new(CaptureClient::new([CannedResponse::ok(
        "<DeleteResult></DeleteResult>",
    )]));
    let s3 = client!(kumo_s3::Client, http);
    s3.delete_objects(DeleteObjectsInput {
        bucket: "b".into(),
        delete: Delete {
            objects: vec![ObjectIdentifier {
                key: "k".into(),
                ..Default::default()
            }],
            ..Default::default()
        },
        ..Default::default()
    })
    .await
    .expect("call");
    let r = &http.requests()[0];
    let body = r.body_str();
    assert!(body.contains("<Key>k</Key>"), "{body}");
    assert_eq!(
        r.header("x-amz-checksum-crc32"),
        Some(b64(&crc32(body.as_bytes()).to_be_bytes()).as_str())
    );
}

#[tokio::test]
async fn request_compression_gzips_a_large_body() {
    use kumo_cloudwatch::types::*;
    let datum = |i: usize| MetricDatum {
        metric_name: format!("metric-{i:04}"),
        value: Some(i as f64),
        ..Default::default()
    };
    let http = Arc::new(CaptureClient::repeating(
        CannedResponse::ok("").header("smithy-protocol", "rpc-v2-cbor"),
    ));
    let cw = client!(kumo_cloudwatch::Client, http);
    // Small: below botocore's 10,240-byte default, sent as it is.
    cw.put_metric_data(PutMetricDataInput {
        namespace: "kumo".into(),
        metric_data: Some(vec![datum(1)]),
        ..Default::default()
    })
    .await
    .expect("small call");
    // Large: gzipped (PutMetricData has requestcompression gzip).
    cw.put_metric_data(PutMetricDataInput {
        namespace: "kumo".into(),
        metric_data: Some((0..1000).map(datum).collect()),
        ..Default::default()
    })
    .await
    .expect("large call");
    let reqs = http.requests();
    assert_eq!(reqs[0].header("content-encoding"), None);
    assert_eq!(reqs[1].header("content-encoding"), Some("gzip"));
    let bytes = &reqs[1].body;
    assert_eq!(&bytes[..2], &[0x1f, 0x8b], "a gzip member");
    assert!(bytes.len() < 10_240, "{} bytes: compressed", bytes.len());
}

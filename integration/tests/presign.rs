//! Presigned URLs through generated clients (nothing is sent): what botocore 1.44.5's
//! `generate_presigned_url` signs, and a SigV4 check of every URL written here from the
//! specification with `ring`, independent of the runtime's signer.
//!
//! The expected query strings and signed headers are botocore's own output for the same
//! inputs (`signature_version='s3v4'` for S3, since botocore presigns S3 with SigV2 by
//! default): a plain `PutObject` URL signs `host` only — no flexible checksum, since botocore
//! adds none when presigning; a JSON body moves into the query string.

use std::sync::Arc;

use kumo_runtime::config::{Config, MapEnv};
use kumo_runtime::credentials::Credentials;
use kumo_runtime::http::test_util::CaptureClient;
use kumo_runtime::SdkErrorKind;

const SECRET: &str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
const EXPIRES: std::time::Duration = std::time::Duration::from_secs(300);

fn env() -> Arc<MapEnv> {
    Arc::new(
        MapEnv::new()
            .with("AWS_CONFIG_FILE", "/nonexistent/config")
            .with("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/creds"),
    )
}

macro_rules! client {
    ($client:path) => {{
        let http = Arc::new(CaptureClient::new([]));
        let c = <$client>::builder()
            .env(env())
            .config(Config::new().region_name("us-east-1"))
            .credentials(Credentials::new("AKIDEXAMPLE", SECRET, None))
            .http_client(http.clone())
            .build()
            .expect("client");
        (c, http)
    }};
}

/// The URL's query as (name, value) pairs, percent-decoded, in order.
fn query(url: &str) -> Vec<(String, String)> {
    let q = url.split_once('?').map(|(_, q)| q).unwrap_or("");
    q.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect()
}

fn decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() + 1 {
            let hex = std::str::from_utf8(&b[i + 1..i + 3]).expect("hex");
            out.push(u8::from_str_radix(hex, 16).expect("hex"));
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).expect("utf-8")
}

/// SigV4's URI encoding: everything but `A-Za-z0-9-_.~` as `%XX`.
fn encode(s: &str) -> String {
    s.bytes()
        .map(|c| {
            if c.is_ascii_alphanumeric() || b"-_.~".contains(&c) {
                (c as char).to_string()
            } else {
                format!("%{c:02X}")
            }
        })
        .collect()
}

fn param<'a>(q: &'a [(String, String)], name: &str) -> &'a str {
    q.iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .unwrap_or_else(|| panic!("no {name} in {q:?}"))
}

fn hmac(key: &[u8], data: &str) -> Vec<u8> {
    let k = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, key);
    ring::hmac::sign(&k, data.as_bytes()).as_ref().to_vec()
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// Checks the URL's `X-Amz-Signature` from the specification: `headers` are the values of
/// the signed headers other than `host` (taken from the URL), `payload` the payload hash.
fn verify(method: &str, url: &str, headers: &[(&str, &str)], payload: &str) {
    let uri: http::Uri = url.parse().expect("url");
    let q = query(url);
    let mut canon_q: Vec<(String, String)> = q
        .iter()
        .filter(|(k, _)| k != "X-Amz-Signature")
        .map(|(k, v)| (encode(k), encode(v)))
        .collect();
    canon_q.sort();
    let canon_q: Vec<String> = canon_q.iter().map(|(k, v)| format!("{k}={v}")).collect();
    let mut all: Vec<(String, String)> = headers
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    all.push(("host".into(), uri.authority().expect("host").to_string()));
    all.sort();
    let signed: Vec<&str> = all.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(param(&q, "X-Amz-SignedHeaders"), signed.join(";"), "{url}");
    let canon_h: String = all.iter().map(|(k, v)| format!("{k}:{v}\n")).collect();
    let creq = format!(
        "{method}\n{}\n{}\n{canon_h}\n{}\n{payload}",
        uri.path(),
        canon_q.join("&"),
        signed.join(";")
    );
    let date = param(&q, "X-Amz-Date");
    let cred = param(&q, "X-Amz-Credential");
    let scope = cred.split_once('/').expect("scope").1;
    let parts: Vec<&str> = scope.split('/').collect();
    let sts = format!(
        "AWS4-HMAC-SHA256\n{date}\n{scope}\n{}",
        hex(ring::digest::digest(&ring::digest::SHA256, creq.as_bytes()).as_ref())
    );
    let mut key = hmac(format!("AWS4{SECRET}").as_bytes(), parts[0]);
    for p in &parts[1..] {
        key = hmac(&key, p);
    }
    assert_eq!(
        param(&q, "X-Amz-Signature"),
        hex(&hmac(&key, &sts)),
        "canonical request:\n{creq}"
    );
}

/// The names of the URL's query parameters, in order.
fn names(url: &str) -> Vec<String> {
    query(url).into_iter().map(|(k, _)| k).collect()
}

const AUTH: [&str; 6] = [
    "X-Amz-Algorithm",
    "X-Amz-Credential",
    "X-Amz-Date",
    "X-Amz-Expires",
    "X-Amz-SignedHeaders",
    "X-Amz-Signature",
];
const EMPTY_SHA256: &str = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

#[tokio::test]
async fn presigned_put_object_and_upload_part_sign_only_the_host() {
    use kumo_s3::types::*;
    let (s3, http) = client!(kumo_s3::Client);
    let put = s3
        .generate_presigned_url(
            "put_object",
            PutObjectInput {
                bucket: "kumo-presign".into(),
                key: "up.txt".into(),
                ..Default::default()
            },
            EXPIRES,
        )
        .await
        .expect("presign put");
    // botocore: ...up.txt?X-Amz-Algorithm=…&X-Amz-SignedHeaders=host&X-Amz-Signature=…
    assert_eq!(names(&put), AUTH, "{put}");
    assert_eq!(param(&query(&put), "X-Amz-SignedHeaders"), "host");
    assert!(!put.to_ascii_lowercase().contains("checksum"), "{put}");
    assert!(http.requests().is_empty(), "presigning sends nothing");
    verify("PUT", &put, &[], "UNSIGNED-PAYLOAD");

    let part = s3
        .generate_presigned_url(
            "upload_part",
            UploadPartInput {
                bucket: "kumo-presign".into(),
                key: "up.txt".into(),
                part_number: 2,
                upload_id: "abc".into(),
                ..Default::default()
            },
            EXPIRES,
        )
        .await
        .expect("presign part");
    // botocore: ...up.txt?partNumber=2&uploadId=abc&X-Amz-Algorithm=…&X-Amz-SignedHeaders=host&…
    let mut want = vec!["partNumber", "uploadId"];
    want.extend(AUTH);
    assert_eq!(names(&part), want, "{part}");
    assert_eq!(param(&query(&part), "partNumber"), "2");
    assert_eq!(param(&query(&part), "X-Amz-SignedHeaders"), "host");
    verify("PUT", &part, &[], "UNSIGNED-PAYLOAD");

    // A checksum algorithm the caller names is an input header, signed as botocore signs it
    // (SignedHeaders=host;x-amz-sdk-checksum-algorithm), still with no checksum value.
    let chosen = s3
        .generate_presigned_url(
            "put_object",
            PutObjectInput {
                bucket: "kumo-presign".into(),
                key: "up.txt".into(),
                checksum_algorithm: Some(ChecksumAlgorithm::Crc32),
                ..Default::default()
            },
            EXPIRES,
        )
        .await
        .expect("presign with algorithm");
    assert_eq!(
        param(&query(&chosen), "X-Amz-SignedHeaders"),
        "host;x-amz-sdk-checksum-algorithm"
    );
    verify(
        "PUT",
        &chosen,
        &[("x-amz-sdk-checksum-algorithm", "CRC32")],
        "UNSIGNED-PAYLOAD",
    );
}

#[tokio::test]
async fn a_json_body_moves_into_the_query_string_as_botocore_moves_it() {
    let (sm, _) = client!(kumo_secretsmanager::Client);
    let url = sm
        .generate_presigned_url(
            "GetSecretValue",
            kumo_secretsmanager::types::GetSecretValueInput {
                secret_id: "my secret".into(),
                version_stage: Some("AWSCURRENT".into()),
                ..Default::default()
            },
            EXPIRES,
        )
        .await
        .expect("presign");
    // botocore: https://secretsmanager.us-east-1.amazonaws.com/?SecretId=my%20secret&
    // VersionStage=AWSCURRENT&X-Amz-Algorithm=…&X-Amz-SignedHeaders=content-type%3Bhost%3Bx-amz-target&…
    assert!(
        url.starts_with(
            "https://secretsmanager.us-east-1.amazonaws.com/?SecretId=my%20secret&VersionStage=AWSCURRENT&X-Amz-Algorithm=AWS4-HMAC-SHA256&"
        ),
        "{url}"
    );
    let mut want = vec!["SecretId", "VersionStage"];
    want.extend(AUTH);
    assert_eq!(names(&url), want);
    verify(
        "POST",
        &url,
        &[
            ("content-type", "application/x-amz-json-1.1"),
            ("x-amz-target", "secretsmanager.GetSecretValue"),
        ],
        EMPTY_SHA256,
    );

    // Integers as decimal text (botocore: ?Limit=5&ExclusiveStartStreamName=a&…).
    let (kinesis, _) = client!(kumo_kinesis::Client);
    let url = kinesis
        .generate_presigned_url(
            "list_streams",
            kumo_kinesis::types::ListStreamsInput {
                limit: Some(5),
                exclusive_start_stream_name: Some("a".into()),
                ..Default::default()
            },
            EXPIRES,
        )
        .await
        .expect("presign");
    assert!(
        url.starts_with(
            "https://kinesis.us-east-1.amazonaws.com/?Limit=5&ExclusiveStartStreamName=a&X-Amz-Algorithm="
        ),
        "{url}"
    );
    verify(
        "POST",
        &url,
        &[
            ("content-type", "application/x-amz-json-1.1"),
            ("x-amz-target", "Kinesis_20131202.ListStreams"),
        ],
        EMPTY_SHA256,
    );

    // rest-json without a body: the query members stay (botocore:
    // /2015-03-31/functions?MaxItems=5&X-Amz-…&X-Amz-SignedHeaders=host&…).
    let (lambda, _) = client!(kumo_lambda::Client);
    let url = lambda
        .generate_presigned_url(
            "list_functions",
            kumo_lambda::types::ListFunctionsInput {
                max_items: Some(5),
                ..Default::default()
            },
            EXPIRES,
        )
        .await
        .expect("presign");
    assert!(
        url.starts_with(
            "https://lambda.us-east-1.amazonaws.com/2015-03-31/functions?MaxItems=5&X-Amz-Algorithm="
        ),
        "{url}"
    );
    verify("GET", &url, &[], EMPTY_SHA256);
}

#[tokio::test]
async fn bodies_that_cannot_move_into_the_query_are_a_presign_error_saying_why() {
    // A structure in a JSON body: botocore sends Python's repr of it
    // (Key=%7B%27k%27%3A%20…), which no service reads; Kumo refuses and names the member.
    let (ddb, _) = client!(kumo_dynamodb::Client);
    let err = ddb
        .generate_presigned_url(
            "get_item",
            kumo_dynamodb::types::GetItemInput {
                table_name: "t".into(),
                key: [(
                    "k".to_string(),
                    kumo_dynamodb::types::AttributeValue {
                        s: Some("v".into()),
                        ..Default::default()
                    },
                )]
                .into_iter()
                .collect(),
                ..Default::default()
            },
            EXPIRES,
        )
        .await
        .expect_err("a map member");
    assert_eq!(err.kind(), SdkErrorKind::Presign, "{err}");
    assert!(err.to_string().contains("GetItem"), "{err}");
    assert!(err.to_string().contains("\"Key\""), "{err}");

    // An XML body: botocore's json.loads of it raises (JSONDecodeError).
    use kumo_s3::types::*;
    let (s3, _) = client!(kumo_s3::Client);
    let err = s3
        .generate_presigned_url(
            "put_bucket_tagging",
            PutBucketTaggingInput {
                bucket: "b".into(),
                tagging: Tagging {
                    tag_set: vec![Tag {
                        key: "a".into(),
                        value: "b".into(),
                    }],
                },
                ..Default::default()
            },
            EXPIRES,
        )
        .await
        .expect_err("an XML body");
    assert_eq!(err.kind(), SdkErrorKind::Presign, "{err}");
    assert!(err.to_string().contains("XML"), "{err}");

    // An object body: the URL's user sends it; botocore fails on it too.
    let err = s3
        .generate_presigned_url(
            "put_object",
            PutObjectInput {
                bucket: "b".into(),
                key: "k".into(),
                body: kumo_runtime::Body::from("hello"),
                ..Default::default()
            },
            EXPIRES,
        )
        .await
        .expect_err("a payload");
    assert_eq!(err.kind(), SdkErrorKind::Presign, "{err}");

    // Validation runs as for a call (botocore validates while serializing).
    let err = s3
        .generate_presigned_url("get_object", GetObjectInput::default(), EXPIRES)
        .await
        .expect_err("missing bucket and key");
    assert_eq!(err.kind(), SdkErrorKind::ParamValidation, "{err}");
}

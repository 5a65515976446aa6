//! A generated client through the whole pipeline, against a capture client: what is
//! sent (signed, serialized, routed) and what comes back (parsed output, typed errors).

use std::sync::Arc;

use kumo_runtime::config::{Config, MapEnv};
use kumo_runtime::credentials::Credentials;
use kumo_runtime::http::test_util::{CannedResponse, CaptureClient};
use kumo_runtime::SdkErrorKind;

fn creds() -> Credentials {
    Credentials::new(
        "AKIDEXAMPLE",
        "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        Some("token-1".into()),
    )
}

fn env() -> Arc<MapEnv> {
    // No files, no variables: nothing from the machine leaks into the test.
    Arc::new(
        MapEnv::new()
            .with("AWS_CONFIG_FILE", "/nonexistent/config")
            .with("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/creds"),
    )
}

fn sts(http: Arc<CaptureClient>) -> kumo_sts::Client {
    kumo_sts::Client::builder()
        .env(env())
        .config(Config::new().region_name("eu-west-1"))
        .credentials(creds())
        .http_client(http)
        .build()
        .expect("client")
}

const IDENTITY: &str = r#"<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <GetCallerIdentityResult>
    <Arn>arn:aws:iam::123456789012:user/Alice</Arn>
    <UserId>AIDAEXAMPLE</UserId>
    <Account>123456789012</Account>
  </GetCallerIdentityResult>
  <ResponseMetadata><RequestId>01234567-89ab-cdef-0123-456789abcdef</RequestId></ResponseMetadata>
</GetCallerIdentityResponse>"#;

#[tokio::test]
async fn query_call_is_serialized_routed_signed_and_parsed() {
    let http = Arc::new(CaptureClient::new([
        CannedResponse::ok(IDENTITY).header("content-type", "text/xml")
    ]));
    let out = sts(http.clone())
        .get_caller_identity(kumo_sts::types::GetCallerIdentityInput::default())
        .await
        .expect("call");
    assert_eq!(out.account.as_deref(), Some("123456789012"));
    assert_eq!(
        out.arn.as_deref(),
        Some("arn:aws:iam::123456789012:user/Alice")
    );
    let reqs = http.requests();
    assert_eq!(reqs.len(), 1);
    let r = &reqs[0];
    assert_eq!(r.method, http::Method::POST);
    assert_eq!(r.uri.to_string(), "https://sts.eu-west-1.amazonaws.com/");
    assert_eq!(r.body_str(), "Action=GetCallerIdentity&Version=2011-06-15");
    let auth = r.header("authorization").expect("signed");
    assert!(
        auth.starts_with("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/"),
        "{auth}"
    );
    assert!(auth.contains("/eu-west-1/sts/aws4_request"), "{auth}");
    assert_eq!(r.header("x-amz-security-token"), Some("token-1"));
    assert!(r.header("x-amz-date").is_some());
    assert!(r
        .header("user-agent")
        .is_some_and(|u| u.starts_with("kumo/")));
    assert_eq!(r.header("amz-sdk-request"), Some("attempt=1; max=3"));
}

const DENIED: &str = r#"<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <Error><Type>Sender</Type><Code>ExpiredTokenException</Code><Message>The security token included in the request is expired</Message></Error>
  <RequestId>req-42</RequestId>
</ErrorResponse>"#;

#[tokio::test]
async fn modelled_error_is_typed_with_code_message_and_request_id() {
    let http = Arc::new(CaptureClient::new([
        CannedResponse::status(400).body(DENIED)
    ]));
    let err = sts(http.clone())
        .assume_role(kumo_sts::types::AssumeRoleInput {
            role_arn: "arn:aws:iam::123456789012:role/r".into(),
            role_session_name: "s".into(),
            ..Default::default()
        })
        .await
        .expect_err("must fail");
    assert_eq!(err.code(), Some("ExpiredTokenException"));
    assert_eq!(
        err.message(),
        Some("The security token included in the request is expired")
    );
    assert_eq!(err.request_id(), Some("req-42"));
    assert_eq!(err.status(), Some(400));
    assert!(matches!(
        err.service_error(),
        Some(kumo_sts::error::AssumeRoleError::ExpiredTokenException(_))
    ));
    assert_eq!(
        err.to_string(),
        "ExpiredTokenException: The security token included in the request is expired"
    );
    // A modelled client error is not retried.
    assert_eq!(http.request_count(), 1);
}

#[tokio::test]
async fn throttling_is_retried_then_succeeds() {
    let throttled = r#"<ErrorResponse><Error><Code>Throttling</Code><Message>Rate exceeded</Message></Error></ErrorResponse>"#;
    let http = Arc::new(CaptureClient::new([
        CannedResponse::status(400).body(throttled),
        CannedResponse::status(503).body("<html>busy</html>"),
        CannedResponse::ok(IDENTITY),
    ]));
    let out = sts(http.clone())
        .get_caller_identity(Default::default())
        .await
        .expect("third attempt succeeds");
    assert_eq!(out.user_id.as_deref(), Some("AIDAEXAMPLE"));
    assert_eq!(out.response_metadata.attempts, 3);
    let reqs = http.requests();
    assert_eq!(reqs.len(), 3);
    assert_eq!(reqs[2].header("amz-sdk-request"), Some("attempt=3; max=3"));
    // Every attempt is signed afresh and keeps the invocation id.
    assert_eq!(
        reqs[0].header("amz-sdk-invocation-id"),
        reqs[2].header("amz-sdk-invocation-id")
    );
}

#[tokio::test]
async fn missing_required_member_fails_before_sending() {
    let http = Arc::new(CaptureClient::new([]));
    let err = sts(http.clone())
        .assume_role(kumo_sts::types::AssumeRoleInput::default())
        .await
        .expect_err("invalid");
    let sdk = err.sdk_error().expect("local failure");
    assert_eq!(sdk.kind(), SdkErrorKind::ParamValidation);
    assert_eq!(http.request_count(), 0);
}

/// botocore's `NoRegionError`: SQS has no global endpoint, so a client without a region
/// is refused when it is built (botocore raises at `create_client`), not at the first call.
#[tokio::test]
async fn no_region_is_a_config_error() {
    let http = Arc::new(CaptureClient::new([]));
    let err = kumo_sqs::Client::builder()
        .env(env())
        .credentials(creds())
        .http_client(http.clone())
        .build()
        .expect_err("no region");
    assert_eq!(err.kind(), SdkErrorKind::Config, "{err:?}");
    assert!(
        err.to_string().contains("you must specify a region"),
        "{err}"
    );
    assert_eq!(http.request_count(), 0);
}

#[tokio::test]
async fn s3_rest_xml_routes_bucket_virtual_hosted_and_leaves_checksummed_upload_unsigned() {
    let http = Arc::new(CaptureClient::new([
        CannedResponse::ok("").header("etag", "\"abc\"")
    ]));
    let h = kumo_s3::Client::builder()
        .env(env())
        .config(Config::new().region_name("us-west-2"))
        .credentials(creds())
        .http_client(http.clone())
        .build()
        .expect("client");
    let out = h
        .put_object(kumo_s3::types::PutObjectInput {
            bucket: "my-bucket".into(),
            key: "a b/c.txt".into(),
            body: kumo_runtime::Body::from("hello"),
            ..Default::default()
        })
        .await
        .expect("put");
    assert_eq!(out.e_tag.as_deref(), Some("\"abc\""));
    let r = &http.requests()[0];
    assert_eq!(r.method, http::Method::PUT);
    assert_eq!(
        r.uri.to_string(),
        "https://my-bucket.s3.us-west-2.amazonaws.com/a%20b/c.txt"
    );
    assert_eq!(r.body_str(), "hello");
    // botocore's S3SigV4Auth: over HTTPS, an upload that carries a checksum is not signed
    // (botocore sends STREAMING-UNSIGNED-PAYLOAD-TRAILER with a trailer checksum; Kumo's
    // checksum is a header, so UNSIGNED-PAYLOAD).
    assert!(r.header("x-amz-checksum-crc32").is_some());
    assert_eq!(r.header("x-amz-content-sha256"), Some("UNSIGNED-PAYLOAD"));

    // Only a streaming upload goes unsigned: DeleteObjects also carries a checksum, but its
    // input is not streaming, so its payload hash is signed.
    let http = Arc::new(CaptureClient::new([CannedResponse::ok(
        "<DeleteResult></DeleteResult>",
    )]));
    let h = kumo_s3::Client::builder()
        .env(env())
        .config(Config::new().region_name("us-west-2"))
        .credentials(creds())
        .http_client(http.clone())
        .build()
        .expect("client");
    h.delete_objects(kumo_s3::types::DeleteObjectsInput {
        bucket: "my-bucket".into(),
        delete: kumo_s3::types::Delete {
            objects: vec![kumo_s3::types::ObjectIdentifier {
                key: "k".into(),
                ..Default::default()
            }],
            ..Default::default()
        },
        ..Default::default()
    })
    .await
    .expect("delete objects");
    let r = &http.requests()[0];
    assert!(r.header("x-amz-checksum-crc32").is_some());
    let hash = r.header("x-amz-content-sha256").expect("payload hash");
    assert_eq!(hash.len(), 64, "a SHA-256 of the body, not {hash}");
}

#[tokio::test]
async fn json_protocol_dynamodb_target_and_typed_error() {
    let body = r#"{"__type":"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException","message":"The conditional request failed"}"#;
    let http = Arc::new(CaptureClient::new([CannedResponse::status(400)
        .body(body)
        .header("x-amzn-requestid", "RID")]));
    let h = kumo_dynamodb::Client::builder()
        .env(env())
        .config(Config::new().region_name("us-east-1"))
        .credentials(creds())
        .http_client(http.clone())
        .build()
        .expect("client");
    let err = h
        .put_item(kumo_dynamodb::types::PutItemInput {
            table_name: "t".into(),
            ..Default::default()
        })
        .await
        .expect_err("condition failed");
    assert_eq!(err.code(), Some("ConditionalCheckFailedException"));
    assert_eq!(err.request_id(), Some("RID"));
    match err.service_error() {
        Some(kumo_dynamodb::error::PutItemError::ConditionalCheckFailedException(e)) => {
            assert_eq!(e.message.as_deref(), Some("The conditional request failed"));
        }
        other => panic!("unexpected {other:?}"),
    }
    let r = &http.requests()[0];
    assert_eq!(r.header("x-amz-target"), Some("DynamoDB_20120810.PutItem"));
    assert_eq!(r.header("content-type"), Some("application/x-amz-json-1.0"));
    assert_eq!(
        r.uri.to_string(),
        "https://dynamodb.us-east-1.amazonaws.com/"
    );
}

#[tokio::test]
async fn s3_custom_ip_endpoint_is_path_style() {
    let http = Arc::new(CaptureClient::new([CannedResponse::ok("")]));
    let h = kumo_s3::Client::builder()
        .env(env())
        .config(
            Config::new()
                .region_name("us-east-1")
                .endpoint_url("http://127.0.0.1:5000"),
        )
        .credentials(creds())
        .http_client(http.clone())
        .build()
        .expect("client");
    h.create_bucket(kumo_s3::types::CreateBucketInput {
        bucket: "b1".into(),
        ..Default::default()
    })
    .await
    .expect("create");
    let r = &http.requests()[0];
    assert_eq!(r.method, http::Method::PUT);
    assert_eq!(r.uri.to_string(), "http://127.0.0.1:5000/b1");
}

//! Model behaviour through generated clients against a capture client: idempotency tokens,
//! the request id a response carries in its own metadata, metadata of calls without output.

use std::sync::Arc;

use kumo_runtime::config::{Config, MapEnv};
use kumo_runtime::credentials::Credentials;
use kumo_runtime::http::test_util::{CannedResponse, CaptureClient};

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

/// The decoded value of form parameter `name` in a query/ec2 request body.
fn form_param(body: &str, name: &str) -> Option<String> {
    body.split('&').find_map(|p| {
        let (k, v) = p.split_once('=')?;
        (k == name).then(|| v.replace("%2D", "-"))
    })
}

fn is_uuid_v4(s: &str) -> bool {
    let b = s.as_bytes();
    s.len() == 36
        && [8, 13, 18, 23].iter().all(|&i| b[i] == b'-')
        && b[14] == b'4'
        && matches!(b[19], b'8' | b'9' | b'a' | b'b')
        && s.chars()
            .enumerate()
            .all(|(i, c)| [8, 13, 18, 23].contains(&i) || c.is_ascii_hexdigit())
}

const EC2_ANALYSIS: &str = r#"<StartNetworkInsightsAnalysisResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
  <networkInsightsAnalysis><networkInsightsAnalysisId>nia-1</networkInsightsAnalysisId></networkInsightsAnalysis>
  <requestId>ec2-call</requestId>
</StartNetworkInsightsAnalysisResponse>"#;

#[tokio::test]
async fn a_required_idempotency_token_left_empty_is_filled_before_validation() {
    use kumo_ec2::types::StartNetworkInsightsAnalysisInput;
    let http = Arc::new(CaptureClient::repeating(
        CannedResponse::ok(EC2_ANALYSIS).header("content-type", "text/xml"),
    ));
    let ec2 = client!(kumo_ec2::Client, http);
    // `client_token` is a required idempotency token: a plain String, left empty.
    let out = ec2
        .start_network_insights_analysis(StartNetworkInsightsAnalysisInput {
            network_insights_path_id: "nip-1".into(),
            ..Default::default()
        })
        .await
        .expect("the token is filled, so validation passes");
    let body = http.requests()[0].body_str();
    let token = form_param(&body, "ClientToken").expect("ClientToken sent");
    assert!(is_uuid_v4(&token), "{token:?} in {body}");
    // The request id is ec2's top-level requestId.
    assert_eq!(
        out.response_metadata.request_id.as_deref(),
        Some("ec2-call")
    );

    // A token the caller set is sent as it is.
    ec2.start_network_insights_analysis(StartNetworkInsightsAnalysisInput {
        network_insights_path_id: "nip-1".into(),
        client_token: "mine-1".into(),
        ..Default::default()
    })
    .await
    .expect("call");
    let body = http.requests()[1].body_str();
    assert_eq!(
        form_param(&body, "ClientToken").as_deref(),
        Some("mine-1"),
        "{body}"
    );

    // Other required members are still validated.
    let err = ec2
        .start_network_insights_analysis(StartNetworkInsightsAnalysisInput::default())
        .await
        .expect_err("NetworkInsightsPathId missing");
    let kumo_runtime::Error::Sdk(e) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(e.kind(), kumo_runtime::SdkErrorKind::ParamValidation);
    assert!(e.to_string().contains("\"NetworkInsightsPathId\""), "{e}");
    assert!(!e.to_string().contains("ClientToken"), "{e}");
    assert_eq!(
        http.request_count(),
        2,
        "nothing sent for the invalid input"
    );
}

#[tokio::test]
async fn the_query_request_id_is_the_response_metadata_not_a_data_element() {
    // A RequestId inside the result (as Elastic Beanstalk's DescribeEvents events carry)
    // comes before the response's own ResponseMetadata; no request-id header.
    let body = r#"<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <GetCallerIdentityResult>
    <Events><member><RequestId>data-request-id</RequestId></member></Events>
    <Account>123456789012</Account>
  </GetCallerIdentityResult>
  <ResponseMetadata><RequestId>the-call</RequestId></ResponseMetadata>
</GetCallerIdentityResponse>"#;
    let http = Arc::new(CaptureClient::new([
        CannedResponse::ok(body).header("content-type", "text/xml")
    ]));
    let sts = client!(kumo_sts::Client, http);
    let out = sts
        .get_caller_identity(kumo_sts::types::GetCallerIdentityInput::default())
        .await
        .expect("call");
    assert_eq!(out.account.as_deref(), Some("123456789012"));
    assert_eq!(
        out.response_metadata.request_id.as_deref(),
        Some("the-call")
    );
}

#[tokio::test]
async fn a_call_without_output_returns_its_metadata_with_host_id_and_headers() {
    let http = Arc::new(CaptureClient::new([CannedResponse::status(204)
        .header("x-amz-request-id", "REQ-1")
        .header("x-amz-id-2", "HOST-1")
        .header("x-kumo-test", "seen")]));
    let s3 = client!(kumo_s3::Client, http);
    let out: kumo_runtime::NoOutput = s3
        .delete_bucket(kumo_s3::types::DeleteBucketInput {
            bucket: "b".into(),
            ..Default::default()
        })
        .await
        .expect("call");
    let m = &out.response_metadata;
    assert_eq!(m.request_id.as_deref(), Some("REQ-1"));
    assert_eq!(m.extended_request_id.as_deref(), Some("HOST-1"));
    assert_eq!((m.status, m.attempts), (204, 1));
    assert_eq!(
        m.headers.get("x-kumo-test").and_then(|v| v.to_str().ok()),
        Some("seen")
    );
}

#[tokio::test]
async fn s3_error_members_type_host_id_and_headers_are_readable_from_the_error() {
    let body =
        "<Error><Code>NoSuchBucket</Code><Message>The specified bucket does not exist</Message>\
        <BucketName>missing-bucket</BucketName><Resource>/missing-bucket</Resource>\
        <RequestId>REQ-2</RequestId><HostId>HOST-FROM-BODY</HostId></Error>";
    let http = Arc::new(CaptureClient::new([CannedResponse::status(404)
        .body(body)
        .header("content-type", "application/xml")
        .header("x-kumo-test", "err")]));
    let s3 = client!(kumo_s3::Client, http);
    let err = s3
        .delete_bucket(kumo_s3::types::DeleteBucketInput {
            bucket: "missing-bucket".into(),
            ..Default::default()
        })
        .await
        .expect_err("404");
    let meta = err.meta().expect("a service error");
    assert_eq!(meta.code, "NoSuchBucket");
    assert_eq!(meta.extra("BucketName"), Some("missing-bucket"));
    assert_eq!(meta.extra("Resource"), Some("/missing-bucket"));
    assert_eq!(meta.extra("Code"), None, "envelope members are not extras");
    assert_eq!(meta.request_id.as_deref(), Some("REQ-2"));
    assert_eq!(meta.extended_request_id.as_deref(), Some("HOST-FROM-BODY"));
    assert_eq!(
        meta.headers
            .get("x-kumo-test")
            .and_then(|v| v.to_str().ok()),
        Some("err")
    );

    // A query error's Type (Sender / Receiver).
    let body = r#"<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <Error><Type>Sender</Type><Code>InvalidClientTokenId</Code><Message>bad</Message></Error>
  <RequestId>REQ-3</RequestId>
</ErrorResponse>"#;
    let http = Arc::new(CaptureClient::new([CannedResponse::status(403).body(body)]));
    let sts = client!(kumo_sts::Client, http);
    let err = sts
        .get_caller_identity(kumo_sts::types::GetCallerIdentityInput::default())
        .await
        .expect_err("403");
    let meta = err.meta().expect("a service error");
    assert_eq!(meta.error_type.as_deref(), Some("Sender"));
    assert_eq!(meta.code, "InvalidClientTokenId");
    assert_eq!(meta.request_id.as_deref(), Some("REQ-3"));
    assert!(meta.extra.is_empty(), "{:?}", meta.extra);
}

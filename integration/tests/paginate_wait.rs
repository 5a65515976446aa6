//! Paginators and waiters of generated clients through the whole pipeline, against a
//! capture client: the token of each page is sent with the next request, paging stops
//! on the last page, and a waiter polls until its acceptor succeeds.

use std::sync::Arc;
use std::time::Duration;

use kumo_runtime::config::{Config, MapEnv};
use kumo_runtime::credentials::Credentials;
use kumo_runtime::http::test_util::{CannedResponse, CaptureClient};
use kumo_runtime::waiter::WaiterConfig;
use kumo_runtime::{Error, SdkErrorKind};

fn env() -> Arc<MapEnv> {
    Arc::new(
        MapEnv::new()
            .with("AWS_CONFIG_FILE", "/nonexistent/config")
            .with("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/creds"),
    )
}

fn ddb(http: Arc<CaptureClient>) -> kumo_dynamodb::Client {
    kumo_dynamodb::Client::builder()
        .env(env())
        .config(Config::new().region_name("us-east-1"))
        .credentials(Credentials::new("AKID", "SECRET", None))
        .http_client(http)
        .build()
        .expect("client")
}

fn s3(http: Arc<CaptureClient>) -> kumo_s3::Client {
    kumo_s3::Client::builder()
        .env(env())
        .config(Config::new().region_name("us-west-2"))
        .credentials(Credentials::new("AKID", "SECRET", None))
        .http_client(http)
        .build()
        .expect("client")
}

fn json(body: &str) -> CannedResponse {
    CannedResponse::ok(body.to_string()).header("content-type", "application/x-amz-json-1.0")
}

#[tokio::test]
async fn dynamodb_scan_pages_follow_last_evaluated_key() {
    let http = Arc::new(CaptureClient::new([
        json(
            r#"{"Items":[{"pk":{"S":"a"}}],"Count":1,"LastEvaluatedKey":{"pk":{"S":"a"},"sk":{"N":"1"}}}"#,
        ),
        json(
            r#"{"Items":[{"pk":{"S":"b"}}],"Count":1,"LastEvaluatedKey":{"pk":{"S":"b"},"sk":{"N":"2"}}}"#,
        ),
        json(r#"{"Items":[{"pk":{"S":"c"}}],"Count":1}"#),
    ]));
    let mut pages = ddb(http.clone())
        .scan_pages(kumo_dynamodb::types::ScanInput {
            table_name: "t".into(),
            ..Default::default()
        })
        .page_size(1);
    let mut seen = Vec::new();
    while let Some(page) = pages.next().await {
        let page = page.expect("page");
        for item in page.items.unwrap_or_default() {
            seen.push(item["pk"].s.clone().unwrap_or_default());
        }
    }
    assert_eq!(seen, ["a", "b", "c"]);
    let reqs = http.requests();
    assert_eq!(reqs.len(), 3);
    let bodies: Vec<String> = reqs.iter().map(|r| r.body_str()).collect();
    assert!(!bodies[0].contains("ExclusiveStartKey"), "{}", bodies[0]);
    for b in &bodies {
        assert!(b.contains(r#""TableName":"t""#), "{b}");
        assert!(b.contains(r#""Limit":1"#), "{b}");
    }
    // The whole map token, nested attribute values included, becomes ExclusiveStartKey.
    assert!(
        bodies[1].contains(r#""ExclusiveStartKey":{"pk":{"S":"a"},"sk":{"N":"1"}}"#),
        "{}",
        bodies[1]
    );
    assert!(
        bodies[2].contains(r#""ExclusiveStartKey":{"pk":{"S":"b"},"sk":{"N":"2"}}"#),
        "{}",
        bodies[2]
    );
}

#[tokio::test]
async fn repeated_token_stops_with_a_pagination_error() {
    let page = r#"{"Items":[],"Count":0,"LastEvaluatedKey":{"pk":{"S":"same"}}}"#;
    let http = Arc::new(CaptureClient::new([json(page), json(page), json(page)]));
    let mut pages = ddb(http.clone()).scan_pages(kumo_dynamodb::types::ScanInput {
        table_name: "t".into(),
        ..Default::default()
    });
    for n in ["first", "second"] {
        let page = pages.next().await.expect(n).expect(n);
        assert_eq!(
            (page.count, page.items.map(|i| i.len())),
            (Some(0), Some(0)),
            "{n}"
        );
    }
    match pages.next().await {
        Some(Err(Error::Sdk(e))) => assert_eq!(e.kind(), SdkErrorKind::Pagination),
        other => panic!(
            "expected a pagination error, got {:?}",
            other.map(|r| r.is_ok())
        ),
    }
    assert!(pages.next().await.is_none());
    assert_eq!(http.request_count(), 2);
}

const LIST_1: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
  <Name>b</Name><KeyCount>2</KeyCount><MaxKeys>2</MaxKeys><IsTruncated>true</IsTruncated>
  <NextContinuationToken>tok/2=</NextContinuationToken>
  <Contents><Key>k1</Key><Size>1</Size></Contents>
  <Contents><Key>k2</Key><Size>2</Size></Contents>
</ListBucketResult>"#;

const LIST_2: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
  <Name>b</Name><KeyCount>1</KeyCount><MaxKeys>2</MaxKeys><IsTruncated>false</IsTruncated>
  <Contents><Key>k3</Key><Size>3</Size></Contents>
</ListBucketResult>"#;

#[tokio::test]
async fn s3_list_objects_v2_pages_send_the_continuation_token() {
    let http = Arc::new(CaptureClient::new([
        CannedResponse::ok(LIST_1).header("content-type", "application/xml"),
        CannedResponse::ok(LIST_2).header("content-type", "application/xml"),
    ]));
    let pages = s3(http.clone())
        .list_objects_v2_pages(kumo_s3::types::ListObjectsV2Input {
            bucket: "b".into(),
            prefix: Some("p".into()),
            ..Default::default()
        })
        .page_size(2)
        .collect()
        .await
        .expect("pages");
    let keys: Vec<String> = pages
        .iter()
        .flat_map(|p| p.contents.iter().flatten())
        .filter_map(|o| o.key.clone())
        .collect();
    assert_eq!(keys, ["k1", "k2", "k3"]);
    let reqs = http.requests();
    assert_eq!(reqs.len(), 2);
    let q0 = reqs[0].uri.query().unwrap_or("");
    let q1 = reqs[1].uri.query().unwrap_or("");
    assert!(!q0.contains("continuation-token"), "{q0}");
    assert!(q0.contains("max-keys=2") && q0.contains("prefix=p"), "{q0}");
    assert!(q1.contains("continuation-token=tok%2F2%3D"), "{q1}");
    assert!(q1.contains("max-keys=2") && q1.contains("prefix=p"), "{q1}");
}

#[tokio::test]
async fn dynamodb_table_exists_waits_for_active() {
    let table = |status: &str| {
        json(&format!(
            r#"{{"Table":{{"TableName":"t","TableStatus":"{status}"}}}}"#
        ))
    };
    let not_found = CannedResponse::status(400)
        .body(r#"{"__type":"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException","message":"no"}"#)
        .header("content-type", "application/x-amz-json-1.0");
    let http = Arc::new(CaptureClient::new([
        not_found,
        table("CREATING"),
        table("ACTIVE"),
    ]));
    let out = ddb(http.clone())
        .wait_until_table_exists(
            kumo_dynamodb::types::DescribeTableInput {
                table_name: "t".into(),
            },
            WaiterConfig::default().delay(Duration::from_millis(1)),
        )
        .await
        .expect("waited");
    let status = out
        .and_then(|o| o.table)
        .and_then(|t| t.table_status)
        .map(|s| kumo_runtime::data::StringEnum::as_str(&s).to_string());
    assert_eq!(status.as_deref(), Some("ACTIVE"));
    assert_eq!(http.request_count(), 3);
    for r in http.requests() {
        assert_eq!(
            r.header("x-amz-target"),
            Some("DynamoDB_20120810.DescribeTable")
        );
    }
}

#[tokio::test]
async fn waiter_gives_up_after_max_attempts() {
    let creating = r#"{"Table":{"TableName":"t","TableStatus":"CREATING"}}"#;
    let http = Arc::new(CaptureClient::repeating(json(creating)));
    let err = ddb(http.clone())
        .wait_until_table_exists(
            kumo_dynamodb::types::DescribeTableInput {
                table_name: "t".into(),
            },
            WaiterConfig::default()
                .delay(Duration::from_millis(1))
                .max_attempts(3),
        )
        .await
        .expect_err("gives up");
    assert_eq!(
        err.sdk_error().map(|e| e.kind()),
        Some(SdkErrorKind::Waiter)
    );
    assert_eq!(http.request_count(), 3);
}

#[test]
fn pages_and_waits_can_be_spawned() {
    fn send<T: Send>(_: &T) {}
    let http = Arc::new(CaptureClient::new([]));
    let client = ddb(http);
    let mut pages = client.scan_pages(kumo_dynamodb::types::ScanInput::default());
    send(&pages.next());
    send(&client.wait_until_table_exists(
        kumo_dynamodb::types::DescribeTableInput::default(),
        WaiterConfig::default(),
    ));
}

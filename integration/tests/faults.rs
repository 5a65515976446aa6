//! Generated clients against a misbehaving HTTP server on 127.0.0.1 (`kumo_testkit::FaultServer`):
//! transport faults, error statuses, throttling bodies of every protocol family, timeouts,
//! clock skew, retry modes, attempt limits, the retry quota, idempotency tokens, streaming
//! bodies, the operation timeout and a bounded connection pool.
//!
//! Every test asserts the number of attempts twice — as the server counted them and as the
//! error reports them (`err.attempts()`) — and the final typed error. Expected values come
//! from botocore 1.44.5's retry rules (`botocore/retries/standard.py`, `_retry.json`), not
//! from runs of this code.
//!
//! Timing: the tests assert on events (requests the server saw, attempts, error kinds) and on
//! time only where a loaded machine cannot break it. Every client has a fixed backoff jitter
//! ([`fault_support::JITTER`]), so each retry delay is exact, and a delay shows as a lower
//! bound: on the gap between two server-side arrivals (see [`fault_support::Arrivals`]) or
//! on the client's own clock around a call (read timeouts, the operation timeout). No test
//! bounds time from above: a busy machine only ever makes things slower. A timeout that must
//! fire waits for a server that never answers; one that must not fire is far longer than
//! anything it guards.

#[path = "support/fault.rs"]
mod fault_support;

use std::sync::Arc;
use std::time::{Duration, Instant};

use fault_support::*;
use kumo_runtime::config::{AddressingStyle, RetryConfig, RetryMode, S3Config};
use kumo_runtime::types::DateTime;
use kumo_runtime::{Body, Error, SdkErrorKind};
use kumo_testkit::{Behavior, FaultServer, Script};

fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

/// A stall that a read timeout must interrupt: long enough that no scheduling delay lets the
/// rest of the body arrive first (the server is dropped with the test, ending it).
const STALL: Duration = Duration::from_secs(60);

fn sdk_kind<E>(err: &Error<E>) -> Option<SdkErrorKind> {
    err.sdk_error().map(|e| e.kind())
}

// ---------------------------------------------------------------------------------------
// Canned responses per protocol family
// ---------------------------------------------------------------------------------------

const IDENTITY: &str = r#"<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <GetCallerIdentityResult>
    <Arn>arn:aws:iam::123456789012:user/Alice</Arn>
    <UserId>AIDAEXAMPLE</UserId>
    <Account>123456789012</Account>
  </GetCallerIdentityResult>
  <ResponseMetadata><RequestId>01234567-89ab-cdef-0123-456789abcdef</RequestId></ResponseMetadata>
</GetCallerIdentityResponse>"#;

/// query (STS): success.
fn sts_ok() -> Behavior {
    Behavior::respond(200, IDENTITY).header("content-type", "text/xml")
}

/// query (STS): `<ErrorResponse><Error><Code>…`.
fn sts_err(status: u16, code: &str) -> Behavior {
    Behavior::respond(
        status,
        format!(
            r#"<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>{code}</Code><Message>{code} happened</Message></Error><RequestId>rid-{code}</RequestId></ErrorResponse>"#
        ),
    )
    .header("content-type", "text/xml")
}

/// json (DynamoDB): `{"__type": …}`.
fn ddb_err(status: u16, code: &str) -> Behavior {
    Behavior::respond(
        status,
        format!(
            r#"{{"__type":"com.amazonaws.dynamodb.v20120810#{code}","message":"{code} happened"}}"#
        ),
    )
    .header("content-type", "application/x-amz-json-1.0")
    .header("x-amzn-requestid", "ddb-rid")
}

fn ddb_json(body: &str) -> Behavior {
    Behavior::respond(200, body.to_string()).header("content-type", "application/x-amz-json-1.0")
}

const SCAN_OK: &str = r#"{"Count":0,"Items":[],"ScannedCount":0}"#;
const LIST_TABLES_OK: &str = r#"{"TableNames":["t1"]}"#;

/// rest-xml (S3): `<Error><Code>…`.
fn s3_err(status: u16, code: &str) -> Behavior {
    Behavior::respond(
        status,
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><Error><Code>{code}</Code><Message>{code} happened</Message><RequestId>s3-rid</RequestId><HostId>host-id</HostId></Error>"#
        ),
    )
    .header("content-type", "application/xml")
    .header("x-amz-request-id", "s3-rid")
}

fn s3_list_buckets_ok() -> Behavior {
    Behavior::respond(
        200,
        r#"<?xml version="1.0" encoding="UTF-8"?><ListAllMyBucketsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Owner><ID>owner</ID></Owner><Buckets><Bucket><Name>b1</Name><CreationDate>2020-01-01T00:00:00.000Z</CreationDate></Bucket></Buckets></ListAllMyBucketsResult>"#,
    )
    .header("content-type", "application/xml")
}

/// rest-json (Lambda): `x-amzn-ErrorType` and a JSON body.
fn lambda_err(status: u16, code: &str) -> Behavior {
    Behavior::respond(
        status,
        r#"{"Type":"User","message":"Rate exceeded","Reason":"CallerRateLimitExceeded"}"#,
    )
    .header("content-type", "application/json")
    .header("x-amzn-errortype", code)
    .header("x-amzn-requestid", "lambda-rid")
    .header("retry-after", "1")
}

fn lambda_ok() -> Behavior {
    Behavior::respond(200, r#"{"Functions":[{"FunctionName":"f1"}]}"#)
        .header("content-type", "application/json")
}

/// json 1.0 (CloudWatch: its model lists smithy-rpc-v2-cbor, json and query, and botocore's
/// protocol priority picks json): `__type` in the body, plus the `awsQueryCompatible` header.
fn cw_err(status: u16, code: &str, query_code: &str) -> Behavior {
    let body =
        format!(r#"{{"__type":"com.amazonaws.cloudwatch#{code}","message":"Rate exceeded"}}"#);
    Behavior::respond(status, body)
        .header("content-type", "application/x-amz-json-1.0")
        .header("x-amzn-query-error", &format!("{query_code};Sender"))
}

fn cw_ok() -> Behavior {
    Behavior::respond(200, r#"{"DashboardEntries":[{"DashboardName":"d1"}]}"#)
        .header("content-type", "application/x-amz-json-1.0")
}

fn sts_client(url: &str, retries: Option<RetryConfig>) -> kumo_sts::Client {
    let mut c = config(url);
    if let Some(r) = retries {
        c = c.retries(r);
    }
    fault_client!(kumo_sts::Client, c)
}

fn ddb_client(url: &str, retries: Option<RetryConfig>) -> kumo_dynamodb::Client {
    let mut c = config(url);
    if let Some(r) = retries {
        c = c.retries(r);
    }
    fault_client!(kumo_dynamodb::Client, c)
}

fn s3_config(url: &str) -> kumo_runtime::config::Config {
    config(url).s3(S3Config {
        addressing_style: Some(AddressingStyle::Path),
        ..S3Config::default()
    })
}

fn scan() -> kumo_dynamodb::types::ScanInput {
    kumo_dynamodb::types::ScanInput {
        table_name: "t".into(),
        ..Default::default()
    }
}

fn header<'a>(r: &'a kumo_testkit::RecordedRequest, name: &str) -> &'a str {
    r.header(name).unwrap_or("")
}

// ---------------------------------------------------------------------------------------
// Transport faults
// ---------------------------------------------------------------------------------------

/// A closed port: every attempt fails to connect (botocore `EndpointConnectionError`, retried
/// as a transient error in standard mode); the default 3 attempts, then `Connect`, after the
/// two non-throttling backoffs (25 ms and 50 ms with the fixed jitter).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connection_refused_on_a_closed_port() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("port")
        .port();
    // The listener is dropped: nothing listens there any more.
    let client = sts_client(&format!("http://127.0.0.1:{port}"), None);
    let t0 = Instant::now();
    let err = client
        .get_caller_identity(Default::default())
        .await
        .expect_err("nothing listens");
    assert_eq!(sdk_kind(&err), Some(SdkErrorKind::Connect), "{err:?}");
    assert_eq!(err.attempts(), 3);
    assert!(t0.elapsed() >= ms(25 + 50), "{:?}", t0.elapsed());
}

/// A reset as soon as the request starts arriving (`Behavior::Refuse`): `Io`, 3 attempts.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connection_reset_before_the_request_is_read() {
    let (_, server) = FaultServer::start(Behavior::Refuse).await;
    let err = sts_client(&server.url("/"), None)
        .get_caller_identity(Default::default())
        .await
        .expect_err("reset");
    assert_eq!(sdk_kind(&err), Some(SdkErrorKind::Io), "{err:?}");
    assert_eq!(err.attempts(), 3);
    assert_eq!(server.request_count(), 3);
}

/// A reset in the middle of the response head: retried; all attempts share the invocation id
/// and count up in `amz-sdk-request`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connection_reset_mid_headers() {
    let (_, server) = FaultServer::start(Script::seq([
        Behavior::ResetMidHeaders,
        Behavior::ResetMidHeaders,
        sts_ok(),
    ]))
    .await;
    let client = sts_client(&server.url("/"), None);
    let out = client
        .get_caller_identity(Default::default())
        .await
        .expect("third attempt succeeds");
    assert_eq!(out.account.as_deref(), Some("123456789012"));
    let reqs = server.requests();
    assert_eq!(reqs.len(), 3);
    for (i, r) in reqs.iter().enumerate() {
        assert_eq!(
            header(r, "amz-sdk-request"),
            format!("attempt={}; max=3", i + 1)
        );
        assert_eq!(
            header(r, "amz-sdk-invocation-id"),
            header(&reqs[0], "amz-sdk-invocation-id")
        );
        assert_eq!(
            r.body.as_ref(),
            b"Action=GetCallerIdentity&Version=2011-06-15"
        );
    }

    // The response metadata of a call that succeeded on a retry counts its attempts.
    let (_, server) = FaultServer::start(Script::seq([
        Behavior::ResetMidHeaders,
        sts_ok().header("x-amzn-requestid", "rid-ok"),
    ]))
    .await;
    let (_, meta): (kumo_sts::types::GetCallerIdentityOutput, _) =
        sts_client(&server.url("/"), None)
            .handle()
            .invoke_with_meta::<_, _, kumo_sts::error::GetCallerIdentityError>(
                &kumo_sts::schemas::ops::GET_CALLER_IDENTITY,
                kumo_sts::types::GetCallerIdentityInput::default(),
            )
            .await
            .expect("second attempt succeeds");
    assert_eq!(meta.attempts, 2);
    assert_eq!(meta.status, 200);
    assert_eq!(meta.request_id.as_deref(), Some("rid-ok"));
    assert_eq!(server.request_count(), 2);

    // Reset on every attempt: Io after 3.
    let (_, server) = FaultServer::start(Behavior::ResetMidHeaders).await;
    let err = sts_client(&server.url("/"), None)
        .get_caller_identity(Default::default())
        .await
        .expect_err("always reset");
    assert_eq!(sdk_kind(&err), Some(SdkErrorKind::Io), "{err:?}");
    assert_eq!(err.attempts(), 3);
    assert_eq!(server.request_count(), 3);
}

/// A reset after part of the body: the body read fails and, in standard mode, the call is
/// retried. This is Kumo's rule (`retry` maps a failed body read to `ResponseStreamingError`,
/// an `HTTPClientError`, transient in standard mode); botocore 1.44.5 itself lets urllib3's
/// `ProtocolError` from `convert_to_response_dict` escape unretried.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connection_reset_mid_body() {
    let reset = Behavior::ResetMidBody {
        declared_len: 4000,
        after_bytes: 100,
    };
    let (_, server) = FaultServer::start(Script::seq([reset.clone(), sts_ok()])).await;
    sts_client(&server.url("/"), None)
        .get_caller_identity(Default::default())
        .await
        .expect("second attempt succeeds");
    assert_eq!(server.request_count(), 2);

    let (_, server) = FaultServer::start(reset).await;
    let err = sts_client(&server.url("/"), Some(total(2)))
        .get_caller_identity(Default::default())
        .await
        .expect_err("always reset");
    assert_eq!(sdk_kind(&err), Some(SdkErrorKind::Io), "{err:?}");
    assert_eq!(err.attempts(), 2);
    assert_eq!(server.request_count(), 2);
}

/// A body shorter than its `Content-Length`, closed cleanly: an `Io` error, retried like a reset
/// in standard mode and not retried in legacy mode (`ResponseStreamingError` is in none of
/// `_retry.json`'s socket-error classes). botocore 1.44.5 reads with
/// `enforce_content_length=False`, so it would see a short body and fail to parse it instead.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn truncated_body() {
    let cut = Behavior::TruncatedBody {
        declared_len: 2000,
        sent: 50,
    };
    let (_, server) = FaultServer::start(Script::seq([cut.clone(), sts_ok()])).await;
    sts_client(&server.url("/"), None)
        .get_caller_identity(Default::default())
        .await
        .expect("second attempt succeeds");
    assert_eq!(server.request_count(), 2);

    let (_, server) = FaultServer::start(cut).await;
    let err = sts_client(&server.url("/"), None)
        .get_caller_identity(Default::default())
        .await
        .expect_err("always truncated");
    assert_eq!(sdk_kind(&err), Some(SdkErrorKind::Io), "{err:?}");
    assert_eq!(err.attempts(), 3);
    assert_eq!(server.request_count(), 3);

    let (_, server) = FaultServer::start(Behavior::TruncatedBody {
        declared_len: 2000,
        sent: 50,
    })
    .await;
    let err = sts_client(&server.url("/"), Some(mode_total(RetryMode::Legacy, 3)))
        .get_caller_identity(Default::default())
        .await
        .expect_err("truncated");
    assert_eq!(sdk_kind(&err), Some(SdkErrorKind::Io), "{err:?}");
    assert_eq!(err.attempts(), 1);
    assert_eq!(server.request_count(), 1);
}

/// Headers that never come: each attempt waits `read_timeout`, then `ReadTimeout` (botocore
/// `ReadTimeoutError`, retried). The client's clock sees at least both timeouts; the server's
/// arrival gaps prove nothing here (the second request may be stamped sooner after the first
/// than the client's timer ran, if the first was stamped late).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn headers_never_come_read_timeout() {
    let (_, server) = FaultServer::start(Behavior::NeverRespond).await;
    let client = fault_client!(
        kumo_sts::Client,
        config(&server.url("/"))
            .read_timeout(ms(200))
            .retries(total(2))
    );
    let t0 = Instant::now();
    let err = client
        .get_caller_identity(Default::default())
        .await
        .expect_err("no answer");
    let elapsed = t0.elapsed();
    assert_eq!(sdk_kind(&err), Some(SdkErrorKind::ReadTimeout), "{err:?}");
    assert_eq!(err.attempts(), 2);
    assert_eq!(server.request_count(), 2);
    // Two read timeouts and the backoff between them (25 ms).
    assert!(elapsed >= ms(200 + 25 + 200), "{elapsed:?}");
}

/// A body that stalls (for a minute: far longer than any scheduling delay) longer than
/// `read_timeout` between chunks: `ReadTimeout`, retried.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stalled_body_read_timeout() {
    let (_, server) = FaultServer::start(Behavior::StallBody {
        total_len: 4000,
        after_bytes: 100,
        stall: STALL,
    })
    .await;
    let client = fault_client!(
        kumo_sts::Client,
        config(&server.url("/"))
            .read_timeout(ms(200))
            .retries(total(2))
    );
    let t0 = Instant::now();
    let err = client
        .get_caller_identity(Default::default())
        .await
        .expect_err("stalls");
    assert_eq!(sdk_kind(&err), Some(SdkErrorKind::ReadTimeout), "{err:?}");
    assert_eq!(err.attempts(), 2);
    assert_eq!(server.request_count(), 2);
    assert!(t0.elapsed() >= ms(200 + 25 + 200), "{:?}", t0.elapsed());
}

/// A streaming output (S3 GetObject) is handed over once its headers arrive: a stall in its
/// body reaches the reader as a `ReadTimeout` and nothing is retried (botocore's
/// `StreamingBody` raises to the caller too).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stalled_streaming_output_is_the_readers_error() {
    let (_, server) = FaultServer::start(Behavior::StallBody {
        total_len: 1000,
        after_bytes: 10,
        stall: STALL,
    })
    .await;
    let client = fault_client!(
        kumo_s3::Client,
        s3_config(&server.url("")).read_timeout(ms(200))
    );
    let out = client
        .get_object(kumo_s3::types::GetObjectInput {
            bucket: "b".into(),
            key: "k".into(),
            ..Default::default()
        })
        .await
        .expect("headers arrive");
    let err = out.body.collect().await.expect_err("the body stalls");
    let http = err
        .downcast_ref::<kumo_runtime::http::HttpError>()
        .expect("an HttpError");
    assert_eq!(http.kind(), kumo_runtime::http::HttpErrorKind::ReadTimeout);
    assert_eq!(server.request_count(), 1);
    assert_eq!(server.requests()[0].target, "/b/k");
}

// ---------------------------------------------------------------------------------------
// Error statuses
// ---------------------------------------------------------------------------------------

/// 500 with an error body, and 503 with an HTML body (botocore's generic error: the code is
/// the status): transient, retried to the limit, then the typed unmodelled error.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn status_500_and_503() {
    let (_, server) = FaultServer::start(sts_err(500, "InternalFailure")).await;
    let err = sts_client(&server.url("/"), None)
        .get_caller_identity(Default::default())
        .await
        .expect_err("500");
    assert_eq!(err.code(), Some("InternalFailure"));
    assert_eq!(err.status(), Some(500));
    assert_eq!(err.request_id(), Some("rid-InternalFailure"));
    assert!(matches!(
        err.service_error(),
        Some(kumo_sts::error::GetCallerIdentityError::Unmodelled)
    ));
    assert_eq!(err.attempts(), 3);
    assert_eq!(server.request_count(), 3);

    let (_, server) = FaultServer::start(
        Behavior::respond(503, "<html><body>Service Unavailable</body></html>")
            .header("content-type", "text/html"),
    )
    .await;
    let err = sts_client(&server.url("/"), None)
        .get_caller_identity(Default::default())
        .await
        .expect_err("503");
    assert_eq!(err.code(), Some("503"));
    assert_eq!(err.status(), Some(503));
    assert_eq!(err.attempts(), 3);
    assert_eq!(server.request_count(), 3);
}

/// S3 answering 200 with an `<Error>` body (botocore's `_handle_200_error`): treated as a 500,
/// so retried, and reported with status 500 and the body's code.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn s3_error_in_a_200_is_a_500() {
    let in_200 = || s3_err(200, "InternalError");
    let (_, server) = FaultServer::start(Script::seq([in_200(), s3_list_buckets_ok()])).await;
    fault_client!(kumo_s3::Client, s3_config(&server.url("")))
        .list_buckets(Default::default())
        .await
        .expect("retried");
    assert_eq!(server.request_count(), 2);

    let (_, server) = FaultServer::start(in_200()).await;
    let err = fault_client!(kumo_s3::Client, s3_config(&server.url("")))
        .list_buckets(Default::default())
        .await
        .expect_err("always an error");
    assert_eq!(err.code(), Some("InternalError"));
    assert_eq!(err.status(), Some(500));
    assert_eq!(err.attempts(), 3);
    assert_eq!(server.request_count(), 3);
}

// ---------------------------------------------------------------------------------------
// Throttling, one test per protocol family
// ---------------------------------------------------------------------------------------

/// Runs `call` twice against `[throttle, ok, throttle, throttle]` with 2 attempts: the first
/// call succeeds on its retry, the second gives up with the throttling error. Throttling
/// backoff is `rand * min(1 s * 2^0, 20 s)`, 500 ms with the fixed jitter; a non-throttling
/// one would be 25 ms (12.5 ms for DynamoDB), so the gap between the throttled request and its
/// retry shows that the error was classified as throttling.
async fn throttle_twice<F, Fut, T, E>(throttle: Behavior, ok: Behavior, call: F) -> Error<E>
where
    F: Fn(String) -> Fut,
    Fut: std::future::Future<Output = Result<T, Error<E>>>,
    E: std::fmt::Debug,
    T: std::fmt::Debug,
{
    let (script, arrivals) = timed_seq(vec![throttle.clone(), ok, throttle.clone(), throttle]);
    let (_, server) = FaultServer::start(script).await;
    call(server.url(""))
        .await
        .expect("retried after throttling");
    assert_eq!(server.request_count(), 2);
    let err = call(server.url("")).await.expect_err("throttled twice");
    assert_eq!(err.attempts(), 2);
    assert_eq!(server.request_count(), 4);
    let times = arrivals.times();
    assert_eq!(times.len(), 4);
    for (a, b) in [(0, 1), (2, 3)] {
        let gap = times[b] - times[a];
        assert!(gap >= ms(500), "requests {a} → {b}: {gap:?}");
    }
    err
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn throttling_query_xml() {
    let err = throttle_twice(sts_err(400, "Throttling"), sts_ok(), |url| async move {
        sts_client(&format!("{url}/"), Some(total(2)))
            .get_caller_identity(Default::default())
            .await
    })
    .await;
    assert_eq!(err.code(), Some("Throttling"));
    assert_eq!(err.status(), Some(400));
    assert_eq!(err.message(), Some("Throttling happened"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn throttling_json_dynamodb() {
    for code in [
        "ThrottlingException",
        "ProvisionedThroughputExceededException",
    ] {
        let err = throttle_twice(ddb_err(400, code), ddb_json(SCAN_OK), |url| async move {
            ddb_client(&url, Some(total(2))).scan(scan()).await
        })
        .await;
        assert_eq!(err.code(), Some(code));
        assert_eq!(err.request_id(), Some("ddb-rid"));
        use kumo_dynamodb::error::ScanError as S;
        match (code, err.service_error()) {
            ("ThrottlingException", Some(S::ThrottlingException(_))) => {}
            (
                "ProvisionedThroughputExceededException",
                Some(S::ProvisionedThroughputExceededException(e)),
            ) => {
                assert_eq!(
                    e.message.as_deref(),
                    Some("ProvisionedThroughputExceededException happened")
                );
            }
            other => panic!("unexpected {other:?}"),
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn throttling_rest_xml_s3_slowdown() {
    let err = throttle_twice(
        s3_err(503, "SlowDown"),
        s3_list_buckets_ok(),
        |url| async move {
            fault_client!(kumo_s3::Client, s3_config(&url).retries(total(2)))
                .list_buckets(Default::default())
                .await
        },
    )
    .await;
    assert_eq!(err.code(), Some("SlowDown"));
    assert_eq!(err.status(), Some(503));
    assert_eq!(err.request_id(), Some("s3-rid"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn throttling_rest_json_lambda_429() {
    let err = throttle_twice(
        lambda_err(429, "TooManyRequestsException"),
        lambda_ok(),
        |url| async move {
            fault_client!(kumo_lambda::Client, config(&url).retries(total(2)))
                .list_functions(Default::default())
                .await
        },
    )
    .await;
    assert_eq!(err.code(), Some("TooManyRequestsException"));
    assert_eq!(err.status(), Some(429));
    match err.service_error() {
        Some(kumo_lambda::error::ListFunctionsError::TooManyRequestsException(e)) => {
            assert_eq!(e.retry_after_seconds.as_deref(), Some("1"));
            assert_eq!(e.message.as_deref(), Some("Rate exceeded"));
        }
        other => panic!("unexpected {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn throttling_query_compatible_json_cloudwatch() {
    let err = throttle_twice(
        cw_err(400, "ThrottlingException", "Throttling"),
        cw_ok(),
        |url| async move {
            let out = fault_client!(kumo_cloudwatch::Client, config(&url).retries(total(2)))
                .list_dashboards(Default::default())
                .await;
            if let Ok(o) = &out {
                let names: Vec<_> = o
                    .dashboard_entries
                    .iter()
                    .flatten()
                    .filter_map(|d| d.dashboard_name.as_deref())
                    .collect();
                assert_eq!(names, ["d1"]);
            }
            out
        },
    )
    .await;
    // awsQueryCompatible: the query code from `x-amzn-query-error` wins.
    assert_eq!(err.code(), Some("Throttling"));
    assert_eq!(err.status(), Some(400));
}

// ---------------------------------------------------------------------------------------
// Clock skew
// ---------------------------------------------------------------------------------------

fn skewed_server_date() -> DateTime {
    // The server's clock is two hours ahead of ours.
    DateTime::from_secs(DateTime::now().secs() + 7200)
}

fn amz_date(r: &kumo_testkit::RecordedRequest) -> DateTime {
    kumo_runtime::auth::sigv4::parse_amz_date(header(r, "x-amz-date")).expect("x-amz-date")
}

/// `RequestTimeTooSkewed` with a `Date` two hours off: the client corrects its clock and
/// retries once at once; the second request is signed with the server's time.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn clock_skew_is_corrected_and_retried_once() {
    let server_date = skewed_server_date();
    let skew = s3_err(403, "RequestTimeTooSkewed").header("date", &server_date.fmt_http_date());
    let (_, server) = FaultServer::start(Script::seq([skew.clone(), s3_list_buckets_ok()])).await;
    let client = fault_client!(kumo_s3::Client, s3_config(&server.url("")));
    let out = client
        .list_buckets(Default::default())
        .await
        .expect("the corrected retry succeeds");
    assert_eq!(out.buckets.map(|b| b.len()), Some(1));
    let reqs = server.requests();
    assert_eq!(reqs.len(), 2);
    let local = DateTime::now().secs();
    assert!((amz_date(&reqs[0]).secs() - local).abs() < 60);
    assert!(
        (amz_date(&reqs[1]).secs() - server_date.secs()).abs() < 60,
        "second attempt signed at {:?}, server says {:?}",
        header(&reqs[1], "x-amz-date"),
        server_date.fmt_amz_date()
    );
    assert_eq!(header(&reqs[1], "amz-sdk-request"), "attempt=2; max=3");
    // The correction stays with the client: its next call is signed with the server's time.
    client
        .list_buckets(Default::default())
        .await
        .expect("the script repeats its success");
    let third = &server.requests()[2];
    assert!((amz_date(third).secs() - server_date.secs()).abs() < 60);
    assert_eq!(header(third, "amz-sdk-request"), "attempt=1; max=3");
    drop(skew);

    // A server that keeps answering the skew error: one corrected retry only, then the error.
    let (_, server) = FaultServer::start(
        s3_err(403, "RequestTimeTooSkewed").header("date", &skewed_server_date().fmt_http_date()),
    )
    .await;
    let err = fault_client!(kumo_s3::Client, s3_config(&server.url("")))
        .list_buckets(Default::default())
        .await
        .expect_err("still skewed");
    assert_eq!(err.code(), Some("RequestTimeTooSkewed"));
    assert_eq!(err.status(), Some(403));
    assert_eq!(err.attempts(), 2);
    assert_eq!(server.request_count(), 2);
}

// ---------------------------------------------------------------------------------------
// Backoff bounds
// ---------------------------------------------------------------------------------------

/// Standard mode, non-throttling: `rand * 50 ms * 2^(n-1)`, with the fixed jitter 25 ms then
/// 50 ms between attempts (the exact values per jitter are unit-tested in `retry`; here the
/// pipeline is shown to sleep them).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn standard_backoff_delays() {
    let (script, arrivals) = timed_seq(vec![sts_err(500, "InternalFailure")]);
    let (_, server) = FaultServer::start(script).await;
    let err = sts_client(&server.url("/"), Some(total(3)))
        .get_caller_identity(Default::default())
        .await
        .expect_err("500");
    assert_eq!(err.attempts(), 3);
    let gaps = arrivals.gaps();
    assert_eq!(gaps.len(), 2);
    assert!(gaps[0] >= ms(25), "{gaps:?}");
    assert!(gaps[1] >= ms(50), "{gaps:?}");
}

/// `x-amz-retry-after: 300` raises the delay to 300 ms (botocore: `max(t, min(ra, 5 + t))`
/// with `t` = 25 ms here).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn retry_after_header_sets_a_lower_bound() {
    let (script, arrivals) = timed_seq(vec![
        sts_err(500, "InternalFailure").header("x-amz-retry-after", "300"),
        sts_ok(),
    ]);
    let (_, server) = FaultServer::start(script).await;
    sts_client(&server.url("/"), None)
        .get_caller_identity(Default::default())
        .await
        .expect("retried");
    let gaps = arrivals.gaps();
    assert_eq!(gaps.len(), 1);
    assert!(gaps[0] >= ms(300), "{gaps:?}");
}

// ---------------------------------------------------------------------------------------
// Attempt limits
// ---------------------------------------------------------------------------------------

/// Runs one failing STS call (500s) with `retries`/`env` and returns (attempts, server count,
/// the last `amz-sdk-request`).
async fn attempts_with(
    retries: Option<RetryConfig>,
    env: kumo_runtime::config::MapEnv,
) -> (u32, usize, String) {
    let (_, server) = FaultServer::start(sts_err(500, "InternalFailure")).await;
    let mut c = config(&server.url("/"));
    if let Some(r) = retries {
        c = c.retries(r);
    }
    let client = fault_client!(kumo_sts::Client, c, Arc::new(env));
    // The config reports the attempts the client then makes.
    let reported = client.handle().config().retry.total_max_attempts;
    let err = client
        .get_caller_identity(Default::default())
        .await
        .expect_err("500");
    assert_eq!(reported, Some(err.attempts()));
    let last = server
        .requests()
        .last()
        .map(|r| header(r, "amz-sdk-request").to_string())
        .unwrap_or_default();
    (err.attempts(), server.request_count(), last)
}

/// botocore's `retries`: `max_attempts` counts retries, `total_max_attempts` counts attempts and
/// wins; `AWS_MAX_ATTEMPTS` counts attempts and loses to the explicit config; the defaults are
/// 3 (standard) and 4 for DynamoDB.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn max_attempts_semantics() {
    let retries = |max: Option<u32>, tot: Option<u32>| {
        Some(RetryConfig {
            max_attempts: max,
            total_max_attempts: tot,
            ..RetryConfig::default()
        })
    };
    let cases: Vec<(&str, Option<RetryConfig>, kumo_runtime::config::MapEnv, u32)> = vec![
        ("default standard", None, empty_env(), 3),
        (
            "max_attempts=1 (retries)",
            retries(Some(1), None),
            empty_env(),
            2,
        ),
        ("max_attempts=0", retries(Some(0), None), empty_env(), 1),
        ("max_attempts=3", retries(Some(3), None), empty_env(), 4),
        (
            "total_max_attempts=1",
            retries(None, Some(1)),
            empty_env(),
            1,
        ),
        (
            "total_max_attempts=2 wins",
            retries(Some(5), Some(2)),
            empty_env(),
            2,
        ),
        (
            "AWS_MAX_ATTEMPTS=2 (total)",
            None,
            empty_env().with("AWS_MAX_ATTEMPTS", "2"),
            2,
        ),
        (
            "AWS_MAX_ATTEMPTS=1",
            None,
            empty_env().with("AWS_MAX_ATTEMPTS", "1"),
            1,
        ),
        (
            "explicit max_attempts wins over AWS_MAX_ATTEMPTS",
            retries(Some(1), None),
            empty_env().with("AWS_MAX_ATTEMPTS", "4"),
            2,
        ),
    ];
    for (name, r, env, want) in cases {
        let (attempts, count, last) = attempts_with(r, env).await;
        assert_eq!(attempts, want, "{name}");
        assert_eq!(count, want as usize, "{name}");
        assert_eq!(last, format!("attempt={want}; max={want}"), "{name}");
    }

    // DynamoDB's standard default is 4 attempts, and the client's config says so (what it
    // reports is what it does; botocore's `meta.config.retries` omits the number).
    let (_, server) = FaultServer::start(ddb_err(500, "InternalServerError")).await;
    let ddb = ddb_client(&server.url(""), None);
    assert_eq!(ddb.handle().config().retry.total_max_attempts, Some(4));
    let err = ddb.list_tables(Default::default()).await.expect_err("500");
    assert_eq!(err.attempts(), 4);
    assert_eq!(server.request_count(), 4);
    assert_eq!(
        header(&server.requests()[3], "amz-sdk-request"),
        "attempt=4; max=4"
    );
}

// ---------------------------------------------------------------------------------------
// Legacy and adaptive modes
// ---------------------------------------------------------------------------------------

/// Legacy mode end to end: DynamoDB's `_retry.json` policy (fixed base 50 ms, so the delays are
/// exactly 50 ms then 100 ms whatever the jitter) retries `ReplicatedWriteConflictException`
/// 409 and 500s; STS (`AWS_RETRY_MODE=legacy`, random base: 500 ms with the fixed jitter)
/// retries a 503.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn legacy_mode_end_to_end() {
    let (script, arrivals) = timed_seq(vec![
        ddb_err(409, "ReplicatedWriteConflictException"),
        ddb_err(500, "InternalServerError"),
        ddb_json("{}"),
    ]);
    let (_, server) = FaultServer::start(script).await;
    let client = ddb_client(&server.url(""), Some(mode_total(RetryMode::Legacy, 3)));
    client
        .put_item(kumo_dynamodb::types::PutItemInput {
            table_name: "t".into(),
            ..Default::default()
        })
        .await
        .expect("third attempt succeeds");
    assert_eq!(server.request_count(), 3);
    let gaps = arrivals.gaps();
    assert_eq!(gaps.len(), 2);
    assert!(gaps[0] >= ms(50), "{gaps:?}");
    assert!(gaps[1] >= ms(100), "{gaps:?}");

    // A modelled, non-retryable error is not retried in legacy mode either.
    let (_, server) = FaultServer::start(ddb_err(400, "ConditionalCheckFailedException")).await;
    let err = ddb_client(&server.url(""), Some(mode_total(RetryMode::Legacy, 3)))
        .put_item(kumo_dynamodb::types::PutItemInput {
            table_name: "t".into(),
            ..Default::default()
        })
        .await
        .expect_err("conditional check");
    assert!(matches!(
        err.service_error(),
        Some(kumo_dynamodb::error::PutItemError::ConditionalCheckFailedException(_))
    ));
    assert_eq!(err.attempts(), 1);
    assert_eq!(server.request_count(), 1);

    // Through the environment.
    let (script, arrivals) = timed_seq(vec![sts_err(503, "ServiceUnavailable"), sts_ok()]);
    let (_, server) = FaultServer::start(script).await;
    let client = fault_client!(
        kumo_sts::Client,
        config(&server.url("/")),
        Arc::new(
            empty_env()
                .with("AWS_RETRY_MODE", "legacy")
                .with("AWS_MAX_ATTEMPTS", "2")
        )
    );
    client
        .get_caller_identity(Default::default())
        .await
        .expect("retried");
    assert_eq!(server.request_count(), 2);
    assert_eq!(
        header(&server.requests()[1], "amz-sdk-request"),
        "attempt=2; max=2"
    );
    let gaps = arrivals.gaps();
    assert_eq!(gaps.len(), 1);
    assert!(gaps[0] >= ms(500), "{gaps:?}");
}

/// Adaptive mode end to end: a throttled call is retried (after the throttling backoff) and
/// succeeds; the client keeps working afterwards (its rate limiter is now active).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn adaptive_mode_end_to_end() {
    let (script, arrivals) = timed_seq(vec![
        ddb_err(400, "ThrottlingException"),
        ddb_json(LIST_TABLES_OK),
    ]);
    let (_, server) = FaultServer::start(script).await;
    let client = ddb_client(&server.url(""), Some(mode_total(RetryMode::Adaptive, 3)));
    let out = client
        .list_tables(Default::default())
        .await
        .expect("retried");
    assert_eq!(out.table_names, Some(vec!["t1".to_string()]));
    assert_eq!(server.request_count(), 2);
    let out = client
        .list_tables(Default::default())
        .await
        .expect("later call");
    assert_eq!(out.table_names, Some(vec!["t1".to_string()]));
    assert_eq!(server.request_count(), 3);
    let gaps = arrivals.gaps();
    assert!(gaps[0] >= ms(500), "the throttling backoff: {gaps:?}");

    // Adaptive gives up after its attempts like standard.
    let (_, server) = FaultServer::start(ddb_err(500, "InternalServerError")).await;
    let err = ddb_client(&server.url(""), Some(mode_total(RetryMode::Adaptive, 2)))
        .list_tables(Default::default())
        .await
        .expect_err("500");
    assert_eq!(err.attempts(), 2);
    assert_eq!(server.request_count(), 2);
}

// ---------------------------------------------------------------------------------------
// Retry quota
// ---------------------------------------------------------------------------------------

/// One client, failing calls until the retry quota (500; a 5xx retry costs 14, a throttling
/// retry 5) runs dry: 35 calls retry (35 × 14 = 490), the 36th cannot (10 left) and fails after
/// one attempt; a throttled call still fits (5 ≤ 10), after which a 5xx does not. Each call
/// that succeeds at once gives 1 back: after 8 the quota holds 13 (still no 5xx retry), after
/// 9 it holds 14 and one 5xx retry goes through again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn retry_quota_exhaustion() {
    let (_, server) = FaultServer::start(Script::func(|i| match i {
        0..=70 => ddb_err(500, "InternalServerError"),
        71 | 72 => ddb_err(400, "ThrottlingException"),
        74..=81 | 83 => ddb_json(LIST_TABLES_OK),
        _ => ddb_err(500, "InternalServerError"),
    }))
    .await;
    let client = ddb_client(&server.url(""), Some(total(2)));
    for call in 1..=35 {
        let err = client
            .list_tables(Default::default())
            .await
            .expect_err("500");
        assert_eq!(err.attempts(), 2, "call {call}");
        assert_eq!(err.code(), Some("InternalServerError"));
    }
    assert_eq!(server.request_count(), 70);
    let err = client
        .list_tables(Default::default())
        .await
        .expect_err("500");
    assert_eq!(err.attempts(), 1, "quota exhausted: no retry");
    assert_eq!(err.code(), Some("InternalServerError"));
    assert_eq!(server.request_count(), 71);

    let err = client
        .list_tables(Default::default())
        .await
        .expect_err("throttled");
    assert_eq!(err.code(), Some("ThrottlingException"));
    assert_eq!(
        err.attempts(),
        2,
        "a throttling retry costs 5, which is left"
    );
    assert_eq!(server.request_count(), 73);

    let err = client
        .list_tables(Default::default())
        .await
        .expect_err("500");
    assert_eq!(err.attempts(), 1);
    assert_eq!(server.request_count(), 74);

    // Quota 5; 8 successes → 13.
    for _ in 0..8 {
        client.list_tables(Default::default()).await.expect("ok");
    }
    assert_eq!(server.request_count(), 82);
    let err = client
        .list_tables(Default::default())
        .await
        .expect_err("500");
    assert_eq!(err.attempts(), 1, "13 < 14");
    assert_eq!(server.request_count(), 83);
    // One more success → 14: a 5xx retry fits again, once.
    client.list_tables(Default::default()).await.expect("ok");
    let err = client
        .list_tables(Default::default())
        .await
        .expect_err("500");
    assert_eq!(err.attempts(), 2, "14 ≥ 14");
    assert_eq!(server.request_count(), 86);
    let err = client
        .list_tables(Default::default())
        .await
        .expect_err("500");
    assert_eq!(err.attempts(), 1);
    assert_eq!(server.request_count(), 87);
}

// ---------------------------------------------------------------------------------------
// Idempotency tokens
// ---------------------------------------------------------------------------------------

fn client_request_token(body: &[u8]) -> String {
    let s = String::from_utf8_lossy(body);
    let key = r#""ClientRequestToken":""#;
    let start = s.find(key).map(|i| i + key.len()).expect("token in body");
    let len = s[start..].find('"').expect("closing quote");
    s[start..start + len].to_string()
}

/// DynamoDB `ExecuteTransaction`'s `ClientRequestToken` (an `idempotencyToken` member) is
/// generated once per call (a UUID v4) and sent unchanged on every attempt.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn idempotency_token_is_stable_across_attempts() {
    let (_, server) = FaultServer::start(Script::seq([
        ddb_err(500, "InternalServerError"),
        Behavior::ResetMidHeaders,
        ddb_json(r#"{"Responses":[]}"#),
        ddb_json(r#"{"Responses":[]}"#),
        ddb_json(r#"{"Responses":[]}"#),
    ]))
    .await;
    let client = ddb_client(&server.url(""), None);
    let input = || kumo_dynamodb::types::ExecuteTransactionInput {
        transact_statements: vec![kumo_dynamodb::types::ParameterizedStatement {
            statement: "UPDATE t SET a = 1 WHERE pk = 'x'".into(),
            ..Default::default()
        }],
        ..Default::default()
    };
    client
        .execute_transaction(input())
        .await
        .expect("third attempt");
    let reqs = server.requests();
    assert_eq!(reqs.len(), 3);
    let token = client_request_token(&reqs[0].body);
    assert_eq!(token.len(), 36, "{token}");
    assert_eq!(token.as_bytes()[14], b'4', "UUID v4: {token}");
    for r in &reqs {
        assert_eq!(client_request_token(&r.body), token);
        assert_eq!(
            header(r, "x-amz-target"),
            "DynamoDB_20120810.ExecuteTransaction"
        );
    }

    // A new call gets a new token; a caller's token is sent as given.
    client
        .execute_transaction(input())
        .await
        .expect("second call");
    let reqs = server.requests();
    assert_ne!(client_request_token(&reqs[3].body), token);
    client
        .execute_transaction(kumo_dynamodb::types::ExecuteTransactionInput {
            client_request_token: Some("my-token".into()),
            ..input()
        })
        .await
        .expect("third call");
    assert_eq!(client_request_token(&server.requests()[4].body), "my-token");
}

// ---------------------------------------------------------------------------------------
// Streaming request bodies
// ---------------------------------------------------------------------------------------

fn stream(text: &'static str) -> Body {
    // A one-shot stream: Kumo cannot replay it (`Body::bytes()` is `None`).
    Body::from_stream(Body::from(text))
}

/// S3 `PutObject` with a streamed body: sent once; a retryable failure is final because the
/// stream is gone: the call returns that attempt's own error (`InternalError`, 1 attempt) at
/// once, without a backoff. The error asks for a 5 s backoff (`x-amz-retry-after: 5000`), so
/// a call that slept before failing would take 5 s; returning well before that is the one
/// upper bound on time in this file, with a margin of seconds over a local exchange.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn streaming_request_body_is_not_retried() {
    let (_, server) = FaultServer::start(Script::seq([
        s3_err(500, "InternalError").header("x-amz-retry-after", "5000"),
        Behavior::respond(200, "").header("etag", "\"e\""),
    ]))
    .await;
    let client = fault_client!(kumo_s3::Client, s3_config(&server.url("")));
    let put = |body| kumo_s3::types::PutObjectInput {
        bucket: "b".into(),
        key: "k".into(),
        body,
        ..Default::default()
    };
    let t0 = Instant::now();
    let err = client
        .put_object(put(stream("hello stream")))
        .await
        .expect_err("not replayable");
    assert_eq!(err.code(), Some("InternalError"), "{err:?}");
    assert_eq!(err.status(), Some(500));
    assert_eq!(err.attempts(), 1);
    assert!(
        t0.elapsed() < Duration::from_secs(5),
        "no backoff before giving up: {:?}",
        t0.elapsed()
    );
    assert_eq!(server.request_count(), 1);
    let r = &server.requests()[0];
    assert_eq!(r.body.as_ref(), b"hello stream");
    assert_eq!(header(r, "x-amz-content-sha256"), "UNSIGNED-PAYLOAD");

    // A stream that succeeds on the first attempt is fine.
    client.put_object(put(stream("second"))).await.expect("put");
    assert_eq!(server.requests()[1].body.as_ref(), b"second");

    // A transport failure is final too.
    let (_, server) = FaultServer::start(Script::seq([
        Behavior::ResetMidHeaders,
        Behavior::respond(200, ""),
    ]))
    .await;
    let err = fault_client!(kumo_s3::Client, s3_config(&server.url("")))
        .put_object(put(stream("reset")))
        .await
        .expect_err("reset");
    assert_eq!(sdk_kind(&err), Some(SdkErrorKind::Io), "{err:?}");
    assert_eq!(err.attempts(), 1);
    assert_eq!(server.request_count(), 1);

    // A clock-skew error is not retried with a stream either (the stream is gone; retrying
    // would send an empty body), but the clock is corrected for the next call.
    let server_date = skewed_server_date();
    let (_, server) = FaultServer::start(Script::seq([
        s3_err(403, "RequestTimeTooSkewed").header("date", &server_date.fmt_http_date()),
        Behavior::respond(200, "").header("etag", "\"e\""),
    ]))
    .await;
    let client = fault_client!(kumo_s3::Client, s3_config(&server.url("")));
    let err = client
        .put_object(put(stream("skewed")))
        .await
        .expect_err("skewed");
    assert_eq!(err.code(), Some("RequestTimeTooSkewed"));
    assert_eq!(err.attempts(), 1);
    assert_eq!(server.request_count(), 1);
    client
        .put_object(put(stream("again")))
        .await
        .expect("the next call is signed with the server's time");
    let reqs = server.requests();
    assert_eq!(reqs[1].body.as_ref(), b"again");
    assert!((amz_date(&reqs[1]).secs() - server_date.secs()).abs() < 60);

    // An in-memory body is retried as usual.
    let (_, server) = FaultServer::start(Script::seq([
        s3_err(500, "InternalError"),
        Behavior::respond(200, "").header("etag", "\"e\""),
    ]))
    .await;
    fault_client!(kumo_s3::Client, s3_config(&server.url("")))
        .put_object(put(Body::from("bytes")))
        .await
        .expect("retried");
    assert_eq!(server.request_count(), 2);
    assert_eq!(server.requests()[1].body.as_ref(), b"bytes");
}

/// A non-S3 service signs the payload hash, which a one-shot stream cannot give before it is
/// sent (Lambda `InvokeAsync`'s streaming `InvokeArgs`): a typed error before anything is
/// sent, no panic.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[allow(deprecated)] // InvokeAsync is deprecated in the model; its body is still a stream.
async fn streaming_body_that_cannot_be_signed_fails_before_sending() {
    let (_, server) = FaultServer::start(Behavior::respond(202, r#"{"Status":202}"#)).await;
    let err = fault_client!(kumo_lambda::Client, config(&server.url("")))
        .invoke_async(kumo_lambda::types::InvokeAsyncInput {
            function_name: "f".into(),
            invoke_args: stream("{}"),
        })
        .await
        .expect_err("cannot sign");
    assert_eq!(sdk_kind(&err), Some(SdkErrorKind::Serialization), "{err:?}");
    assert_eq!(err.attempts(), 0);
    assert_eq!(server.request_count(), 0);
}

// ---------------------------------------------------------------------------------------
// Operation timeout
// ---------------------------------------------------------------------------------------

/// `operation_timeout` bounds the whole call, attempts and backoff included: every attempt
/// takes at least 150 ms (the server waits before its 500), well under the 400 ms limit, and
/// 10 attempts take at least 1.5 s, so the call cannot end before the limit, and it must end
/// with `OperationTimeout` — not `InternalFailure` after 10 attempts, as a per-attempt limit
/// would. Attempt `k` starts no sooner than `(k-1) × 150 ms` into the call, so at most 3 start
/// (however slow the machine: delays only push them later).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn operation_timeout_spans_attempts() {
    let (_, server) = FaultServer::start(sts_err(500, "InternalFailure").delayed(ms(150))).await;
    let h = kumo_sts::Client::builder()
        .env(env())
        .config(config(&server.url("/")).retries(total(10)))
        .credentials(creds())
        .retry_jitter(jitter())
        .operation_timeout(ms(400))
        .build()
        .expect("client");
    let t0 = Instant::now();
    let err = h
        .get_caller_identity(Default::default())
        .await
        .expect_err("times out");
    let elapsed = t0.elapsed();
    assert_eq!(
        sdk_kind(&err),
        Some(SdkErrorKind::OperationTimeout),
        "{err:?}"
    );
    assert!(elapsed >= ms(400), "{elapsed:?}");
    let attempts = err.attempts();
    assert!(attempts <= 3, "{attempts} attempts started");
    // The error counts attempts started; the server counts those whose first byte arrived.
    // Every started attempt but the last has arrived (its answer came back); the last may
    // have been cut off by the timeout before its bytes got there.
    let n = server.request_count() as u32;
    assert!(
        (attempts.saturating_sub(1)..=attempts).contains(&n),
        "{attempts} attempts started, {n} seen by the server"
    );
}

// ---------------------------------------------------------------------------------------
// Concurrency and the connection pool
// ---------------------------------------------------------------------------------------

/// 1,000 concurrent calls on one client: all succeed, and exactly `max_pool_connections`
/// (default 10) connections are open at once. The server holds the first 10 answers until 10
/// connections are open (an event, not a delay), so the client must have opened them; it must
/// open no more. A pool that never allows 10 would leave the first answers waiting: the
/// deadline turns that into a failure.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn thousand_concurrent_calls_with_a_bounded_pool() {
    let script = |pool: usize| {
        Script::func(move |i| {
            if i < pool {
                ddb_json(LIST_TABLES_OK).after_connections(pool)
            } else {
                ddb_json(LIST_TABLES_OK)
            }
        })
    };
    let (_, server) = FaultServer::start(script(10)).await;
    let client = ddb_client(&server.url(""), None);
    let mut set = tokio::task::JoinSet::new();
    for _ in 0..1000 {
        let c = client.clone();
        set.spawn(async move { c.list_tables(Default::default()).await });
    }
    let all = async {
        let mut ok = 0;
        while let Some(r) = set.join_next().await {
            let out = r.expect("task").expect("call");
            assert_eq!(out.table_names.as_deref(), Some(&["t1".to_string()][..]));
            ok += 1;
        }
        ok
    };
    let ok = tokio::time::timeout(Duration::from_secs(120), all)
        .await
        .expect("the pool never had 10 connections open at once");
    assert_eq!(ok, 1000);
    assert_eq!(server.request_count(), 1000);
    assert_eq!(server.max_concurrent_connections(), 10);

    // A smaller pool from the config.
    let (_, server) = FaultServer::start(script(3)).await;
    let client = fault_client!(
        kumo_dynamodb::Client,
        config(&server.url("")).max_pool_connections(3usize)
    );
    let mut set = tokio::task::JoinSet::new();
    for _ in 0..200 {
        let c = client.clone();
        set.spawn(async move { c.list_tables(Default::default()).await });
    }
    let all = async {
        while let Some(r) = set.join_next().await {
            r.expect("task").expect("call");
        }
    };
    tokio::time::timeout(Duration::from_secs(120), all)
        .await
        .expect("the pool never had 3 connections open at once");
    assert_eq!(server.request_count(), 200);
    assert_eq!(server.max_concurrent_connections(), 3);
}

/// Failed exchanges give their pool slot back: with `max_pool_connections = 1` and no
/// retries, each fault is followed by a successful call on the same client. A leaked slot
/// would make the next call wait forever (caught here by `operation_timeout`).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn faults_do_not_leak_pool_slots() {
    let faults: Vec<(Behavior, SdkErrorKind)> = vec![
        (Behavior::Refuse, SdkErrorKind::Io),
        (Behavior::ResetMidHeaders, SdkErrorKind::Io),
        (
            Behavior::ResetMidBody {
                declared_len: 1000,
                after_bytes: 10,
            },
            SdkErrorKind::Io,
        ),
        (
            Behavior::TruncatedBody {
                declared_len: 1000,
                sent: 10,
            },
            SdkErrorKind::Io,
        ),
        (
            Behavior::StallBody {
                total_len: 1000,
                after_bytes: 10,
                stall: STALL,
            },
            SdkErrorKind::ReadTimeout,
        ),
        (Behavior::NeverRespond, SdkErrorKind::ReadTimeout),
    ];
    let mut script = Vec::new();
    for (b, _) in &faults {
        script.push(b.clone());
        script.push(sts_ok());
    }
    let (_, server) = FaultServer::start(Script::seq(script)).await;
    let h = kumo_sts::Client::builder()
        .env(env())
        .config(
            config(&server.url("/"))
                .read_timeout(ms(200))
                .max_pool_connections(1usize)
                .retries(total(1)),
        )
        .credentials(creds())
        .retry_jitter(jitter())
        .operation_timeout(Duration::from_secs(30))
        .build()
        .expect("client");
    let client = h;
    for (i, (b, kind)) in faults.iter().enumerate() {
        let err = client
            .get_caller_identity(Default::default())
            .await
            .expect_err("fault");
        assert_eq!(sdk_kind(&err), Some(*kind), "{b:?}: {err:?}");
        assert_eq!(err.attempts(), 1);
        client
            .get_caller_identity(Default::default())
            .await
            .unwrap_or_else(|e| panic!("the call after {b:?} failed: {e:?}"));
        assert_eq!(server.request_count(), 2 * (i + 1));
    }
}

// ---------------------------------------------------------------------------------------
// botocore's standard retry tables, through the pipeline
// ---------------------------------------------------------------------------------------

/// Rows of `tests/unit/retries/test_standard.py` (RETRYABLE_TRANSIENT_ERRORS,
/// RETRYABLE_THROTTLED_RESPONSES, RETRYABLE_THROTTLING_STATUS_CODES) sent as real STS
/// responses: `(status, code or None for an empty body, retried?)`. With 2 attempts a retried
/// row makes 2 requests, the others 1. Rows run concurrently, each on its own server and client.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn botocore_standard_retry_table() {
    const ROWS: &[(u16, Option<&str>, bool)] = &[
        // Transient.
        (400, Some("RequestTimeout"), true),
        (400, Some("RequestTimeoutException"), true),
        (500, None, true),
        (502, None, true),
        (503, None, true),
        (504, None, true),
        (500, Some("InternalServiceError"), true),
        (502, Some("BadError"), true),
        // Throttling codes (any status) and a 429 with any unmodelled code.
        (400, Some("Throttling"), true),
        (503, Some("RequestLimitExceeded"), true),
        (509, Some("BandwidthLimitExceeded"), true),
        (400, Some("PriorRequestNotComplete"), true),
        (429, None, true),
        (429, Some("NotAThrottlingError"), true),
        // STS special case (RetryIDPCommunicationError).
        (400, Some("IDPCommunicationError"), true),
        // Not retried.
        (400, Some("NotAThrottlingError"), false),
        (400, None, false),
        (403, Some("AccessDenied"), false),
        (404, Some("NotFound"), false),
        (501, Some("NotImplemented"), false),
    ];
    let mut set = tokio::task::JoinSet::new();
    for &(status, code, retried) in ROWS {
        set.spawn(async move {
            let first = match code {
                Some(c) => sts_err(status, c),
                None => Behavior::respond(status, ""),
            };
            let (_, server) = FaultServer::start(Script::seq([first, sts_ok()])).await;
            let r = sts_client(&server.url("/"), Some(total(2)))
                .get_caller_identity(Default::default())
                .await;
            let want = if retried { 2 } else { 1 };
            assert_eq!(
                server.request_count(),
                want,
                "({status}, {code:?}) retried={retried}"
            );
            match r {
                Ok(_) => assert!(retried, "({status}, {code:?})"),
                Err(e) => {
                    assert!(!retried, "({status}, {code:?}): {e:?}");
                    assert_eq!(e.attempts(), 1);
                    assert_eq!(e.status(), Some(status));
                    if let Some(c) = code {
                        assert_eq!(e.code(), Some(c));
                    }
                }
            }
        });
    }
    while let Some(r) = set.join_next().await {
        r.expect("row");
    }
}

/// STS `IDPCommunicationError` is modelled for `AssumeRoleWithWebIdentity` and still retried
/// (botocore's special case), while a modelled non-retryable error is not.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn modelled_errors_follow_the_model() {
    let input = || kumo_sts::types::AssumeRoleWithWebIdentityInput {
        role_arn: "arn:aws:iam::123456789012:role/r".into(),
        role_session_name: "s".into(),
        web_identity_token: "token".into(),
        ..Default::default()
    };
    let (_, server) = FaultServer::start(sts_err(400, "IDPCommunicationError")).await;
    let err = sts_client(&server.url("/"), Some(total(2)))
        .assume_role_with_web_identity(input())
        .await
        .expect_err("idp");
    assert!(
        matches!(
            err.service_error(),
            Some(
                kumo_sts::error::AssumeRoleWithWebIdentityError::IdpCommunicationErrorException(_)
            )
        ),
        "{err:?}"
    );
    assert_eq!(err.attempts(), 2);
    assert_eq!(server.request_count(), 2);

    let (_, server) = FaultServer::start(sts_err(400, "InvalidIdentityToken")).await;
    let err = sts_client(&server.url("/"), Some(total(2)))
        .assume_role_with_web_identity(input())
        .await
        .expect_err("invalid");
    assert!(
        matches!(
            err.service_error(),
            Some(kumo_sts::error::AssumeRoleWithWebIdentityError::InvalidIdentityTokenException(_))
        ),
        "{err:?}"
    );
    assert_eq!(err.attempts(), 1);
    assert_eq!(server.request_count(), 1);

    // A modelled DynamoDB error (ResourceNotFoundException) is not retried.
    let (_, server) = FaultServer::start(ddb_err(400, "ResourceNotFoundException")).await;
    let err = ddb_client(&server.url(""), None)
        .scan(scan())
        .await
        .expect_err("not found");
    assert!(matches!(
        err.service_error(),
        Some(kumo_dynamodb::error::ScanError::ResourceNotFoundException(
            _
        ))
    ));
    assert_eq!(err.attempts(), 1);
    assert_eq!(server.request_count(), 1);
}

/// DynamoDB's `x-amz-crc32` check (botocore `RetryDDBChecksumError`): a 200 whose body does not
/// match is retried; a matching one is accepted.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dynamodb_crc32_mismatch_is_retried() {
    let good = kumo_runtime::retry::crc32(LIST_TABLES_OK.as_bytes());
    let (_, server) = FaultServer::start(Script::seq([
        ddb_json(LIST_TABLES_OK).header("x-amz-crc32", &(good ^ 1).to_string()),
        ddb_json(LIST_TABLES_OK).header("x-amz-crc32", &good.to_string()),
    ]))
    .await;
    let out = ddb_client(&server.url(""), None)
        .list_tables(Default::default())
        .await
        .expect("retried");
    assert_eq!(out.table_names, Some(vec!["t1".to_string()]));
    assert_eq!(server.request_count(), 2);

    let (_, server) =
        FaultServer::start(ddb_json(LIST_TABLES_OK).header("x-amz-crc32", &(good ^ 1).to_string()))
            .await;
    let err = ddb_client(&server.url(""), None)
        .list_tables(Default::default())
        .await
        .expect_err("always corrupt");
    assert_eq!(sdk_kind(&err), Some(SdkErrorKind::ResponseParse), "{err:?}");
    assert_eq!(err.attempts(), 4);
    assert_eq!(server.request_count(), 4);
}

/// botocore's `ModeledRetryableChecker`: DynamoDB's `ReplicatedWriteConflictException` carries
/// `"retryable": {"throttling": false}` in the model, so standard mode retries it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn modelled_retryable_error_is_retried_in_standard_mode() {
    let (_, server) = FaultServer::start(Script::seq([
        ddb_err(409, "ReplicatedWriteConflictException"),
        ddb_json("{}"),
    ]))
    .await;
    ddb_client(&server.url(""), None)
        .put_item(kumo_dynamodb::types::PutItemInput {
            table_name: "t".into(),
            ..Default::default()
        })
        .await
        .expect("retried");
    assert_eq!(server.request_count(), 2);
}

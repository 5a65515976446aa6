//! Output event streams through the whole pipeline, typed: S3 `SelectObjectContent`
//! against moto (rest-xml), Kinesis `SubscribeToShard` (json: `initial-response`,
//! exception events) and Lambda `InvokeWithResponseStream` (rest-json: header members,
//! blob payloads) against `StreamServer` with scripted frames — corrupt, truncated,
//! stalled, and a gigabyte of events in constant memory.
//!
//! The frames the scripted servers send are built with the runtime's encoder
//! (`Message::encode`), whose bytes are checked against the vendored AWS vectors in
//! `runtime/tests/eventstream_vectors.rs`; what is asserted here is the typed reading.

use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use kumo_runtime::config::{Config, MapEnv};
use kumo_runtime::eventstream::{DecodeError, DecodeErrorKind, Message};
use kumo_runtime::{Error, SdkErrorKind};
use kumo_testkit::moto::{client, Moto};
use kumo_testkit::stream::{Protocol, Step, StreamBody, StreamServer};
use tokio::sync::Notify;

fn env() -> Arc<MapEnv> {
    Arc::new(
        MapEnv::new()
            .with("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE")
            .with("AWS_SECRET_ACCESS_KEY", "secret")
            .with("AWS_CONFIG_FILE", "/nonexistent/config")
            .with("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/credentials"),
    )
}

fn config(url: &str) -> Config {
    Config::new()
        .endpoint_url(url)
        .region_name("us-east-1")
        .retries(kumo_runtime::config::RetryConfig {
            total_max_attempts: Some(1),
            ..Default::default()
        })
}

/// An `event` message.
fn event(event_type: &str, payload: impl Into<Bytes>) -> Bytes {
    Message::new(payload)
        .with_header(":message-type", "event")
        .with_header(":event-type", event_type)
        .with_header(":content-type", "application/json")
        .encode()
        .expect("encode")
}

/// An `exception` message.
fn exception(exception_type: &str, payload: &str) -> Bytes {
    Message::new(payload.to_string())
        .with_header(":message-type", "exception")
        .with_header(":exception-type", exception_type)
        .with_header(":content-type", "application/json")
        .encode()
        .expect("encode")
}

/// The decoder's verdict behind a stream error.
fn decode_kind<E>(e: &Error<E>) -> Option<DecodeErrorKind> {
    let source = std::error::Error::source(e.sdk_error()?)?;
    source.downcast_ref::<DecodeError>().map(DecodeError::kind)
}

fn kinesis(url: &str) -> kumo_kinesis::Client {
    kumo_kinesis::Client::builder()
        .env(env())
        .config(config(url))
        .build()
        .expect("client")
}

fn lambda(url: &str, read_timeout: Option<Duration>) -> kumo_lambda::Client {
    let mut c = config(url);
    if let Some(t) = read_timeout {
        c = c.read_timeout(t);
    }
    kumo_lambda::Client::builder()
        .env(env())
        .config(c)
        .build()
        .expect("client")
}

fn subscribe() -> kumo_kinesis::types::SubscribeToShardInput {
    use kumo_kinesis::types::*;
    SubscribeToShardInput {
        consumer_arn: "arn:aws:kinesis:us-east-1:123456789012:stream/s/consumer/c:1".into(),
        shard_id: "shardId-000000000000".into(),
        starting_position: StartingPosition {
            r#type: ShardIteratorType::Latest,
            ..Default::default()
        },
        ..Default::default()
    }
}

fn invoke() -> kumo_lambda::types::InvokeWithResponseStreamInput {
    kumo_lambda::types::InvokeWithResponseStreamInput {
        function_name: "f".into(),
        ..Default::default()
    }
}

/// A scripted server answering every request with `steps` and `headers`.
async fn scripted(
    headers: &'static [(&'static str, &'static str)],
    steps: Vec<Step>,
) -> kumo_testkit::stream::StreamServerHandle {
    let (_, server) = StreamServer::start(Protocol::Http1, move |_req| {
        let steps = steps.clone();
        async move {
            let mut r = http::Response::builder()
                .status(200)
                .header("content-type", "application/vnd.amazon.eventstream")
                .header("x-amzn-requestid", "req-1");
            for (k, v) in headers {
                r = r.header(*k, *v);
            }
            r.body(StreamBody::script(steps)).expect("response")
        }
    })
    .await;
    server
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn s3_select_object_content_against_moto_yields_records_stats_and_end() {
    use kumo_s3::types::*;
    let moto = Moto::start();
    let s3 = client!(kumo_s3::Client, moto);
    s3.create_bucket(CreateBucketInput {
        bucket: "kumo-select".into(),
        ..Default::default()
    })
    .await
    .expect("create bucket");
    let csv = "name,age\nalice,30\nbob,40\n";
    s3.put_object(PutObjectInput {
        bucket: "kumo-select".into(),
        key: "people.csv".into(),
        body: kumo_runtime::Body::from(csv),
        ..Default::default()
    })
    .await
    .expect("put");
    let mut out = s3
        .select_object_content(SelectObjectContentInput {
            bucket: "kumo-select".into(),
            key: "people.csv".into(),
            expression: "SELECT * FROM S3Object".into(),
            expression_type: ExpressionType::Sql,
            input_serialization: InputSerialization {
                csv: Some(CsvInput {
                    file_header_info: Some(FileHeaderInfo::Use),
                    ..Default::default()
                }),
                ..Default::default()
            },
            output_serialization: OutputSerialization {
                csv: Some(CsvOutput::default()),
                ..Default::default()
            },
            ..Default::default()
        })
        .await
        .expect("select");
    let mut records = Vec::new();
    let mut stats = None;
    let mut ended = false;
    while let Some(ev) = out.payload.recv().await.expect("event") {
        assert!(!ended, "an event after End: {ev:?}");
        match ev {
            SelectObjectContentEventStream::Records(r) => {
                records.extend(r.payload.expect("records payload"))
            }
            SelectObjectContentEventStream::Stats(s) => stats = s.details,
            SelectObjectContentEventStream::End(_) => ended = true,
            other => panic!("unexpected event {other:?}"),
        }
    }
    assert!(ended, "no End event");
    let text = String::from_utf8(records).expect("utf-8 records");
    assert!(
        text.contains("alice") && text.contains("30") && text.contains("bob"),
        "{text:?}"
    );
    assert!(
        !text.contains("name"),
        "the header row is not a record: {text:?}"
    );
    let stats = stats.expect("a Stats event");
    assert_eq!(stats.bytes_returned, Some(text.len() as i64));
    // moto counts scanned bytes its own way; only their presence is checked.
    assert!(stats.bytes_scanned.is_some_and(|n| n > 0), "{stats:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kinesis_initial_response_events_and_a_typed_exception_event() {
    use kumo_kinesis::types::SubscribeToShardEventStream as Ev;
    let record = r#"{"Records":[{"SequenceNumber":"49","ApproximateArrivalTimestamp":1700000000.5,"Data":"aGVsbG8=","PartitionKey":"pk"}],"ContinuationSequenceNumber":"50","MillisBehindLatest":7}"#;
    let server = scripted(
        &[],
        vec![
            Step::Send(event("initial-response", "{}")),
            Step::Send(event("SubscribeToShardEvent", record)),
            Step::Send(event("SomethingNew", "{}")),
            Step::Send(exception(
                "ResourceNotFoundException",
                r#"{"message":"the consumer is gone"}"#,
            )),
        ],
    )
    .await;
    let k = kinesis(&server.url(""));
    let mut out = k.subscribe_to_shard(subscribe()).await.expect("subscribe");
    assert_eq!(out.response_metadata.request_id.as_deref(), Some("req-1"));
    let sent = &server.requests()[0];
    assert_eq!(
        sent.headers
            .get("x-amz-target")
            .and_then(|v| v.to_str().ok()),
        Some("Kinesis_20131202.SubscribeToShard")
    );

    let Some(Ev::SubscribeToShardEvent(e)) = out.event_stream.recv().await.expect("event") else {
        panic!("expected a SubscribeToShardEvent");
    };
    assert_eq!(e.continuation_sequence_number, "50");
    assert_eq!(e.millis_behind_latest, 7);
    assert_eq!(e.records.len(), 1);
    assert_eq!(e.records[0].data, b"hello");
    assert_eq!(e.records[0].partition_key.as_deref(), Some("pk"));
    assert_eq!(
        e.records[0].approximate_arrival_timestamp,
        Some(kumo_runtime::DateTime::from_secs_nanos(
            1_700_000_000,
            500_000_000
        ))
    );

    match out.event_stream.recv().await.expect("unknown event") {
        Some(Ev::Unknown(name)) => assert_eq!(name, "SomethingNew"),
        other => panic!("expected Unknown, got {other:?}"),
    }

    match out.event_stream.recv().await {
        Err(Error::Service(e)) => {
            assert_eq!(e.meta.code, "ResourceNotFoundException");
            assert_eq!(e.meta.message.as_deref(), Some("the consumer is gone"));
            assert_eq!(e.meta.request_id.as_deref(), Some("req-1"));
            match e.kind {
                Ev::ResourceNotFoundException(x) => {
                    assert_eq!(x.message.as_deref(), Some("the consumer is gone"))
                }
                other => panic!("expected the modelled exception, got {other:?}"),
            }
        }
        other => panic!("expected a service error, got {other:?}"),
    }
    assert!(matches!(out.event_stream.recv().await, Ok(None)));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn json_stream_without_initial_response_keeps_the_first_event() {
    use kumo_kinesis::types::SubscribeToShardEventStream as Ev;
    let record = r#"{"Records":[],"ContinuationSequenceNumber":"1","MillisBehindLatest":0}"#;
    let server = scripted(
        &[],
        vec![Step::Send(event("SubscribeToShardEvent", record))],
    )
    .await;
    let mut out = kinesis(&server.url(""))
        .subscribe_to_shard(subscribe())
        .await
        .expect("subscribe");
    match out.event_stream.recv().await.expect("event") {
        Some(Ev::SubscribeToShardEvent(e)) => assert_eq!(e.continuation_sequence_number, "1"),
        other => panic!("expected the first event, got {other:?}"),
    }
    assert!(matches!(out.event_stream.recv().await, Ok(None)));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn lambda_headers_payload_chunks_and_the_first_event_before_the_last_frame() {
    use kumo_lambda::types::InvokeWithResponseStreamResponseEvent as Ev;
    let gate = Arc::new(Notify::new());
    let server = scripted(
        &[("x-amz-executed-version", "$LATEST")],
        vec![
            Step::Send(event("PayloadChunk", "hello ")),
            // The rest is sent only once the test has received the first chunk.
            Step::WaitFor(gate.clone()),
            Step::Send(event("PayloadChunk", "world")),
            Step::Send(event(
                "InvokeComplete",
                r#"{"ErrorCode":"Unhandled","LogResult":"bG9n"}"#,
            )),
        ],
    )
    .await;
    let mut out = lambda(&server.url(""), None)
        .invoke_with_response_stream(invoke())
        .await
        .expect("invoke");
    assert_eq!(out.status_code, Some(200));
    assert_eq!(out.executed_version.as_deref(), Some("$LATEST"));
    match out.event_stream.recv().await.expect("first") {
        Some(Ev::PayloadChunk(c)) => assert_eq!(c.payload.as_deref(), Some(&b"hello "[..])),
        other => panic!("expected a chunk, got {other:?}"),
    }
    gate.notify_one();
    match out.event_stream.recv().await.expect("second") {
        Some(Ev::PayloadChunk(c)) => assert_eq!(c.payload.as_deref(), Some(&b"world"[..])),
        other => panic!("expected a chunk, got {other:?}"),
    }
    match out.event_stream.recv().await.expect("third") {
        Some(Ev::InvokeComplete(c)) => {
            assert_eq!(c.error_code.as_deref(), Some("Unhandled"));
            assert_eq!(c.log_result.as_deref(), Some("bG9n"));
        }
        other => panic!("expected InvokeComplete, got {other:?}"),
    }
    assert!(matches!(out.event_stream.recv().await, Ok(None)));
}

/// The stream as a `futures::Stream`: the same events through `poll_next`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn event_stream_is_a_futures_stream() {
    use kumo_lambda::types::InvokeWithResponseStreamResponseEvent as Ev;
    let server = scripted(
        &[],
        vec![
            Step::Send(event("PayloadChunk", "a")),
            Step::Send(event("PayloadChunk", "b")),
        ],
    )
    .await;
    let mut out = lambda(&server.url(""), None)
        .invoke_with_response_stream(invoke())
        .await
        .expect("invoke");
    let mut got = Vec::new();
    let mut stream = std::pin::Pin::new(&mut out.event_stream);
    while let Some(ev) =
        std::future::poll_fn(|cx| futures_core::Stream::poll_next(stream.as_mut(), cx)).await
    {
        match ev.expect("event") {
            Ev::PayloadChunk(c) => got.extend(c.payload.unwrap_or_default()),
            other => panic!("unexpected {other:?}"),
        }
    }
    assert_eq!(got, b"ab");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn error_message_corrupt_crc_truncated_frame_and_stall_are_typed_errors() {
    // `:message-type: error`: code and message from the headers.
    let err = Message::new(Bytes::new())
        .with_header(":message-type", "error")
        .with_header(":error-code", "InternalError")
        .with_header(":error-message", "try again")
        .encode()
        .expect("encode");
    let server = scripted(&[], vec![Step::Send(err)]).await;
    let mut out = lambda(&server.url(""), None)
        .invoke_with_response_stream(invoke())
        .await
        .expect("invoke");
    match out.event_stream.recv().await {
        Err(Error::Service(e)) => {
            assert_eq!(e.meta.code, "InternalError");
            assert_eq!(e.meta.message.as_deref(), Some("try again"));
        }
        other => panic!("expected a service error, got {other:?}"),
    }

    // A flipped bit in the payload: the message CRC fails.
    let mut bad = event("PayloadChunk", "payload").to_vec();
    let n = bad.len();
    bad[n - 6] ^= 0x01;
    let good = event("PayloadChunk", "first");
    let server = scripted(&[], vec![Step::Send(good.clone()), Step::Send(bad.into())]).await;
    let mut out = lambda(&server.url(""), None)
        .invoke_with_response_stream(invoke())
        .await
        .expect("invoke");
    assert!(out.event_stream.recv().await.expect("first").is_some());
    let e = out.event_stream.recv().await.expect_err("corrupt frame");
    assert_eq!(
        e.sdk_error().map(|e| e.kind()),
        Some(SdkErrorKind::ResponseParse)
    );
    assert_eq!(decode_kind(&e), Some(DecodeErrorKind::MessageChecksum));
    assert!(matches!(out.event_stream.recv().await, Ok(None)));

    // The body ends inside a frame.
    let whole = event("PayloadChunk", "cut short");
    let server = scripted(&[], vec![Step::Send(whole.slice(..whole.len() - 3))]).await;
    let mut out = lambda(&server.url(""), None)
        .invoke_with_response_stream(invoke())
        .await
        .expect("invoke");
    let e = out.event_stream.recv().await.expect_err("truncated");
    assert_eq!(
        e.sdk_error().map(|e| e.kind()),
        Some(SdkErrorKind::ResponseParse)
    );
    assert_eq!(decode_kind(&e), Some(DecodeErrorKind::Truncated));

    // A stall longer than the read timeout between frames.
    let gate = Arc::new(Notify::new());
    let server = scripted(&[], vec![Step::Send(good), Step::WaitFor(gate.clone())]).await;
    let mut out = lambda(&server.url(""), Some(Duration::from_millis(300)))
        .invoke_with_response_stream(invoke())
        .await
        .expect("invoke");
    assert!(out.event_stream.recv().await.expect("first").is_some());
    let e = out.event_stream.recv().await.expect_err("stall");
    assert_eq!(
        e.sdk_error().map(|e| e.kind()),
        Some(SdkErrorKind::ReadTimeout)
    );
    gate.notify_one();
}

/// Dropping the stream mid-way closes the response: the server sees the body go away.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dropping_the_event_stream_releases_the_response() {
    let (tx, rx) = tokio::sync::mpsc::channel(1);
    let rx = Arc::new(tokio::sync::Mutex::new(Some(rx)));
    let (_, server) = StreamServer::start(Protocol::Http1, move |_req| {
        let rx = rx.clone();
        async move {
            let (writer, body) = StreamBody::channel();
            if let Some(mut rx) = rx.lock().await.take() {
                tokio::spawn(async move {
                    let _ = writer.send(event("PayloadChunk", "x")).await;
                    writer.closed().await;
                    let _: Option<()> = rx.recv().await;
                });
            }
            http::Response::builder()
                .status(200)
                .body(body)
                .expect("response")
        }
    })
    .await;
    let _keep = tx;
    let mut out = lambda(&server.url(""), None)
        .invoke_with_response_stream(invoke())
        .await
        .expect("invoke");
    assert!(out.event_stream.recv().await.expect("first").is_some());
    assert_eq!(server.open_connections(), 1);
    drop(out);
    // The client closes the unfinished HTTP/1.1 response's connection.
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    while server.open_connections() != 0 {
        assert!(
            tokio::time::Instant::now() < deadline,
            "the connection stayed open after the stream was dropped"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

fn rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// 1 GiB of 64 KiB `PayloadChunk` events, read typed: RSS grows by less than 32 MiB.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_gigabyte_of_typed_events_in_constant_memory() {
    use kumo_lambda::types::InvokeWithResponseStreamResponseEvent as Ev;
    const CHUNK: usize = 64 * 1024;
    const EVENTS: u64 = 16 * 1024;
    let frame = event("PayloadChunk", vec![b'x'; CHUNK - 100]);
    let (_, server) = StreamServer::start(Protocol::Http1, move |_req| {
        let frame = frame.clone();
        async move {
            http::Response::builder()
                .status(200)
                .body(StreamBody::repeat(frame, EVENTS))
                .expect("response")
        }
    })
    .await;
    let mut out = lambda(&server.url(""), None)
        .invoke_with_response_stream(invoke())
        .await
        .expect("invoke");
    // Warm up (allocator pools, buffers) before the baseline.
    for _ in 0..16 {
        assert!(out.event_stream.recv().await.expect("event").is_some());
    }
    let before = rss_kib();
    let mut n = 16u64;
    let mut bytes = 0u64;
    let mut peak = before.unwrap_or(0);
    while let Some(ev) = out.event_stream.recv().await.expect("event") {
        let Ev::PayloadChunk(c) = ev else {
            panic!("unexpected event");
        };
        bytes += c.payload.map_or(0, |p| p.len() as u64);
        n += 1;
        if n % 1024 == 0 {
            peak = peak.max(rss_kib().unwrap_or(0));
        }
    }
    assert_eq!(n, EVENTS);
    assert_eq!(bytes, (EVENTS - 16) * (CHUNK as u64 - 100));
    assert!(out.event_stream.bytes_decoded() >= (1 << 30) - EVENTS * 100);
    if let Some(before) = before {
        let growth = peak.saturating_sub(before);
        eprintln!("RSS before {before} KiB, peak {peak} KiB, growth {growth} KiB");
        assert!(growth < 32 * 1024, "RSS grew by {growth} KiB");
    }
}

// ---------------------------------------------------------------------------------------
// Input streams
// ---------------------------------------------------------------------------------------

fn hmac(key: &[u8], data: &[u8]) -> Vec<u8> {
    let k = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, key);
    ring::hmac::sign(&k, data).as_ref().to_vec()
}

fn sha256_hex(data: &[u8]) -> String {
    hex(ring::digest::digest(&ring::digest::SHA256, data).as_ref())
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// Bedrock `InvokeModelWithBidirectionalStream` over HTTP/2: typed events written while
/// the call runs arrive as frames whose chained signatures verify (recomputed here from
/// the secret key, the request's own signature as the seed, SigV4's event-signing
/// rules), ending with the empty signed frame; the response streams back typed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bedrock_bidirectional_input_stream_is_signed_frame_by_frame() {
    use kumo_bedrock_runtime::types as br;
    use kumo_runtime::eventstream::{Decoder, Header, HeaderValue};

    let (frames_tx, mut frames_rx) = tokio::sync::mpsc::unbounded_channel::<Message>();
    let (_, server) = StreamServer::start(Protocol::Http2, move |req| {
        let frames_tx = frames_tx.clone();
        async move {
            let (writer, body) = StreamBody::channel();
            tokio::spawn(async move {
                let mut incoming = req.into_body();
                let mut decoder = Decoder::new();
                let mut count = 0;
                while let Some(Ok(frame)) = std::future::poll_fn(|cx| {
                    http_body::Body::poll_frame(std::pin::Pin::new(&mut incoming), cx)
                })
                .await
                {
                    let Ok(mut data) = frame.into_data() else {
                        continue;
                    };
                    while let Ok(Some(m)) = decoder.decode(&mut data) {
                        count += 1;
                        let _ = frames_tx.send(m);
                    }
                }
                // The request ended: answer with one event per frame received.
                let reply = format!(
                    r#"{{"bytes":"{}"}}"#,
                    if count == 3 { "ZG9uZQ==" } else { "" }
                );
                let _ = writer.send(event("chunk", reply)).await;
            });
            http::Response::builder()
                .status(200)
                .header("content-type", "application/vnd.amazon.eventstream")
                .body(body)
                .expect("response")
        }
    })
    .await;
    let client = kumo_bedrock_runtime::Client::builder()
        .env(env())
        .config(config(&server.url("")))
        .build()
        .expect("client");

    let (writer, stream) = kumo_runtime::events::input_channel(4);
    let mut out = client
        .invoke_model_with_bidirectional_stream(br::InvokeModelWithBidirectionalStreamInput {
            model_id: "amazon.nova-sonic-v1:0".into(),
            body: stream,
        })
        .await
        .expect("call");
    for text in ["hello", "world"] {
        writer
            .send(br::InvokeModelWithBidirectionalStreamInput2::Chunk(
                br::BidirectionalInputPayloadPart {
                    bytes: Some(text.as_bytes().to_vec()),
                },
            ))
            .await
            .expect("send");
    }
    drop(writer);
    match out.body.recv().await.expect("reply") {
        Some(br::InvokeModelWithBidirectionalStreamOutput2::Chunk(c)) => {
            assert_eq!(
                c.bytes.as_deref(),
                Some(&b"done"[..]),
                "the server saw 3 frames"
            )
        }
        other => panic!("expected a chunk, got {other:?}"),
    }
    assert!(matches!(out.body.recv().await, Ok(None)));

    let head = &server.requests()[0];
    assert_eq!(head.version, http::Version::HTTP_2);
    let h = |n: &str| {
        head.headers
            .get(n)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    };
    assert_eq!(h("content-type"), "application/vnd.amazon.eventstream");
    assert_eq!(
        h("x-amz-content-sha256"),
        "STREAMING-AWS4-HMAC-SHA256-EVENTS"
    );
    let auth = h("authorization");
    let seed = auth
        .rsplit("Signature=")
        .next()
        .expect("signature")
        .to_string();
    let credential = auth
        .split("Credential=")
        .nth(1)
        .and_then(|c| c.split(',').next())
        .expect("credential");
    let scope = credential.split_once('/').expect("scope").1;
    let date = scope.split('/').next().expect("date");
    assert_eq!(scope, format!("{date}/us-east-1/bedrock/aws4_request"));
    let key = |day: &str| {
        [day, "us-east-1", "bedrock", "aws4_request"]
            .iter()
            .fold(b"AWS4secret".to_vec(), |k, part| hmac(&k, part.as_bytes()))
    };

    let mut frames = Vec::new();
    while let Ok(m) = frames_rx.try_recv() {
        frames.push(m);
    }
    assert_eq!(frames.len(), 3, "two events and the end frame");
    let mut prior = seed;
    for (i, f) in frames.iter().enumerate() {
        let Some(HeaderValue::Timestamp(t)) = f.header(":date") else {
            panic!("frame {i} has no :date");
        };
        let Some(HeaderValue::ByteArray(sig)) = f.header(":chunk-signature") else {
            panic!("frame {i} has no :chunk-signature");
        };
        let mut date_header = Vec::new();
        kumo_runtime::eventstream::encode_headers_into(
            &[Header::new(":date", HeaderValue::Timestamp(*t))],
            &mut date_header,
        )
        .expect("encode :date");
        let amz_date = t.fmt_amz_date();
        let day = &amz_date[..8];
        let string_to_sign = format!(
            "AWS4-HMAC-SHA256-PAYLOAD\n{amz_date}\n{day}/us-east-1/bedrock/aws4_request\n{prior}\n{}\n{}",
            sha256_hex(&date_header),
            sha256_hex(f.payload())
        );
        let expected = hmac(&key(day), string_to_sign.as_bytes());
        assert_eq!(hex(sig), hex(&expected), "frame {i}'s signature");
        prior = hex(sig);
        if i < 2 {
            let inner = Message::decode(f.payload()).expect("inner message").0;
            assert_eq!(inner.header_str(":message-type"), Some("event"));
            assert_eq!(inner.header_str(":event-type"), Some("chunk"));
            let want = if i == 0 { "aGVsbG8=" } else { "d29ybGQ=" };
            assert_eq!(
                std::str::from_utf8(inner.payload()).expect("utf-8"),
                format!(r#"{{"bytes":"{want}"}}"#)
            );
        } else {
            assert!(
                f.payload().is_empty(),
                "the last frame is the empty end frame"
            );
        }
    }
}

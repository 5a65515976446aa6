//! The smithy-rpc-v2-cbor protocol end to end: a generated client (EventBridgeV2, whose model
//! lists only smithy-rpc-v2-cbor) against a local server. moto does not serve this service,
//! so the server is a `FaultServer` answering CBOR bodies built here with `ciborium`, and each
//! request it recorded is decoded with `ciborium` too: the runtime's CBOR codec (minicbor
//! underneath) is checked against an independent one in both directions.
//!
//! The wire rules come from the Smithy RPC v2 CBOR specification and botocore 1.44.5's
//! `RpcV2CBORSerializer`: `POST /service/<targetPrefix>/operation/<Operation>`, headers
//! `smithy-protocol: rpc-v2-cbor`, `content-type` and `accept` `application/cbor`, no
//! `x-amz-target`; members by name in a CBOR map; timestamps as tag 1 over epoch seconds;
//! errors named by `__type`.

#[path = "support/fault.rs"]
mod fault_support;

use ciborium::Value;
use fault_support::*;
use kumo_eventbridgev2::types::*;
use kumo_runtime::types::DateTime;
use kumo_testkit::{Behavior, FaultServer, RecordedRequest, Script};

/// `metadata.targetPrefix` of `models/data/eventbridgev2/service-2.json`.
const TARGET_PREFIX: &str = "AWSEventsV2";

fn text(s: &str) -> Value {
    Value::Text(s.to_string())
}

fn map(pairs: Vec<(&str, Value)>) -> Value {
    Value::Map(pairs.into_iter().map(|(k, v)| (text(k), v)).collect())
}

fn int(n: i64) -> Value {
    Value::Integer(n.into())
}

/// An epoch-seconds timestamp (CBOR tag 1).
fn epoch(v: Value) -> Value {
    Value::Tag(1, Box::new(v))
}

fn encode(v: &Value) -> Vec<u8> {
    let mut out = Vec::new();
    ciborium::into_writer(v, &mut out).expect("encodes");
    out
}

/// A 200 with a CBOR body, as an rpc-v2-cbor service answers.
fn cbor_ok(body: &Value) -> Behavior {
    Behavior::respond(200, encode(body))
        .header("smithy-protocol", "rpc-v2-cbor")
        .header("content-type", "application/cbor")
        .header("x-amzn-requestid", "cbor-rid")
}

/// The members of a decoded CBOR map, by (text) key.
fn get<'a>(v: &'a Value, key: &str) -> Option<&'a Value> {
    match v {
        Value::Map(pairs) => pairs
            .iter()
            .find(|(k, _)| matches!(k, Value::Text(t) if t == key))
            .map(|(_, v)| v),
        _ => None,
    }
}

fn keys(v: &Value) -> Vec<String> {
    match v {
        Value::Map(pairs) => pairs
            .iter()
            .map(|(k, _)| match k {
                Value::Text(t) => t.clone(),
                other => panic!("a non-text key {other:?}"),
            })
            .collect(),
        other => panic!("not a map: {other:?}"),
    }
}

/// Checks what every rpc-v2-cbor request must look like and decodes its body.
fn decode_request(r: &RecordedRequest, operation: &str) -> Value {
    assert_eq!(r.method, "POST");
    assert_eq!(
        r.target,
        format!("/service/{TARGET_PREFIX}/operation/{operation}")
    );
    assert_eq!(r.header("smithy-protocol"), Some("rpc-v2-cbor"));
    assert_eq!(r.header("content-type"), Some("application/cbor"));
    assert_eq!(r.header("accept"), Some("application/cbor"));
    assert_eq!(r.header("x-amz-target"), None);
    assert_eq!(r.header("x-amzn-target"), None);
    // Signed for the model's signing name.
    let auth = r.header("authorization").expect("signed");
    assert!(auth.contains("/us-east-1/events/aws4_request"), "{auth}");
    ciborium::from_reader(&r.body[..]).expect("the request body is one CBOR item")
}

fn client(url: &str) -> kumo_eventbridgev2::Client {
    fault_client!(kumo_eventbridgev2::Client, config(url))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn create_event_bus_round_trip() {
    // 2023-11-14T22:13:20.5Z, as a double; the retention start as an integer.
    let created = 1_700_000_000.5;
    let response = map(vec![
        (
            "EventBusArn",
            text("arn:aws:events:us-east-1:123456789012:event-bus/orders"),
        ),
        ("Name", text("orders")),
        ("Description", text("all orders")),
        ("State", text("ACTIVE")),
        ("CreationTime", epoch(Value::Float(created))),
        (
            "StorageConfiguration",
            map(vec![
                ("RetentionPeriodInDays", int(30)),
                ("RetentionWindowStartTime", epoch(int(1_699_000_000))),
            ]),
        ),
        // Unknown members are skipped.
        ("SomethingNew", map(vec![("x", Value::Array(vec![int(1)]))])),
    ]);
    let (_, server) = FaultServer::start(cbor_ok(&response)).await;
    let mut tags = kumo_runtime::IndexMap::new();
    tags.insert("team".to_string(), "shop".to_string());
    tags.insert("env".to_string(), "test".to_string());
    let out = client(&server.url(""))
        .create_event_bus(CreateEventBusInput {
            name: "orders".into(),
            description: Some("all orders".into()),
            storage_configuration: Some(StorageConfiguration {
                retention_period_in_days: Some(30),
            }),
            tags: Some(tags),
            ..Default::default()
        })
        .await
        .expect("created");

    // What the client read.
    assert_eq!(
        out.event_bus_arn.as_deref(),
        Some("arn:aws:events:us-east-1:123456789012:event-bus/orders")
    );
    assert_eq!(out.name.as_deref(), Some("orders"));
    assert_eq!(out.description.as_deref(), Some("all orders"));
    assert_eq!(out.state, Some(BusState::Active));
    assert_eq!(
        out.creation_time,
        Some(DateTime::from_secs_nanos(1_700_000_000, 500_000_000))
    );
    let storage = out.storage_configuration.expect("storage");
    assert_eq!(storage.retention_period_in_days, Some(30));
    assert_eq!(
        storage.retention_window_start_time,
        Some(DateTime::from_secs(1_699_000_000))
    );
    assert_eq!(
        out.response_metadata.request_id.as_deref(),
        Some("cbor-rid")
    );

    // What the server received.
    let reqs = server.requests();
    assert_eq!(reqs.len(), 1);
    let body = decode_request(&reqs[0], "CreateEventBus");
    let mut k = keys(&body);
    k.sort();
    assert_eq!(
        k,
        [
            "ClientToken",
            "Description",
            "Name",
            "StorageConfiguration",
            "Tags"
        ]
    );
    assert_eq!(get(&body, "Name"), Some(&text("orders")));
    assert_eq!(get(&body, "Description"), Some(&text("all orders")));
    assert_eq!(
        get(&body, "StorageConfiguration"),
        Some(&map(vec![("RetentionPeriodInDays", int(30))]))
    );
    assert_eq!(
        get(&body, "Tags"),
        Some(&map(vec![("team", text("shop")), ("env", text("test"))]))
    );
    // `ClientToken` is an idempotency token: filled with a UUID v4 when not given.
    match get(&body, "ClientToken") {
        Some(Value::Text(t)) => {
            assert_eq!(t.len(), 36, "{t}");
            assert_eq!(t.as_bytes()[14], b'4', "{t}");
        }
        other => panic!("ClientToken: {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn put_events_timestamps_lists_and_nested_structures() {
    let response = map(vec![
        ("FailedEntryCount", int(1)),
        (
            "Entries",
            Value::Array(vec![
                map(vec![
                    ("EventId", text("e-1")),
                    ("SequenceNumber", text("17")),
                ]),
                map(vec![
                    ("ErrorCode", text("InternalFailure")),
                    ("ErrorMessage", text("try again")),
                ]),
            ]),
        ),
    ]);
    let (_, server) = FaultServer::start(cbor_ok(&response)).await;
    let arn = "arn:aws:events:us-east-1:123456789012:event-bus/orders";
    let out = client(&server.url(""))
        .put_events(PutEventsInput {
            event_bus_arn: arn.into(),
            entries: vec![
                PutEventsRequestEntry {
                    source: "shop.orders".into(),
                    detail_type: "OrderPlaced".into(),
                    detail: Some(r#"{"id":7}"#.into()),
                    resources: Some(vec!["r1".into(), "r2".into()]),
                    time: Some(DateTime::from_secs_nanos(1_700_000_000, 250_000_000)),
                    ..Default::default()
                },
                PutEventsRequestEntry {
                    source: "shop.orders".into(),
                    detail_type: "OrderShipped".into(),
                    time: Some(DateTime::from_secs(1_600_000_000)),
                    ..Default::default()
                },
            ],
            ..Default::default()
        })
        .await
        .expect("put");
    assert_eq!(out.failed_entry_count, Some(1));
    let entries = out.entries.expect("entries");
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[0].event_id.as_deref(), Some("e-1"));
    assert_eq!(entries[0].sequence_number.as_deref(), Some("17"));
    assert_eq!(entries[1].error_code.as_deref(), Some("InternalFailure"));
    assert_eq!(entries[1].error_message.as_deref(), Some("try again"));

    let body = decode_request(&server.requests()[0], "PutEvents");
    let mut k = keys(&body);
    k.sort();
    assert_eq!(k, ["Entries", "EventBusArn"]);
    assert_eq!(get(&body, "EventBusArn"), Some(&text(arn)));
    let Some(Value::Array(sent)) = get(&body, "Entries") else {
        panic!("Entries: {body:?}")
    };
    assert_eq!(sent.len(), 2);
    assert_eq!(get(&sent[0], "Source"), Some(&text("shop.orders")));
    assert_eq!(get(&sent[0], "DetailType"), Some(&text("OrderPlaced")));
    assert_eq!(get(&sent[0], "Detail"), Some(&text(r#"{"id":7}"#)));
    assert_eq!(
        get(&sent[0], "Resources"),
        Some(&Value::Array(vec![text("r1"), text("r2")]))
    );
    // Timestamps: tag 1 over epoch seconds, with the fraction when there is one.
    let seconds = |v: Option<&Value>| match v {
        Some(Value::Tag(1, inner)) => match &**inner {
            Value::Float(f) => *f,
            Value::Integer(i) => i128::from(*i) as f64,
            other => panic!("tag 1 over {other:?}"),
        },
        other => panic!("not an epoch timestamp: {other:?}"),
    };
    assert_eq!(seconds(get(&sent[0], "Time")), 1_700_000_000.25);
    assert_eq!(seconds(get(&sent[1], "Time")), 1_600_000_000.0);
    let mut k = keys(&sent[1]);
    k.sort();
    assert_eq!(
        k,
        ["DetailType", "Source", "Time"],
        "unset members are left out"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn modelled_and_unmodelled_errors() {
    // The model gives ResourceNotFoundException a `Message` member and status 404.
    let not_found = map(vec![
        (
            "__type",
            text("com.amazonaws.eventbridgev2#ResourceNotFoundException"),
        ),
        ("Message", text("no bus called nope")),
    ]);
    let (_, server) = FaultServer::start(Script::seq([
        Behavior::respond(404, encode(&not_found))
            .header("smithy-protocol", "rpc-v2-cbor")
            .header("content-type", "application/cbor")
            .header("x-amzn-requestid", "err-rid"),
        Behavior::respond(
            400,
            encode(&map(vec![
                ("__type", text("com.amazonaws.eventbridgev2#BrandNewError")),
                ("message", text("surprise")),
            ])),
        )
        .header("smithy-protocol", "rpc-v2-cbor")
        .header("content-type", "application/cbor"),
    ]))
    .await;
    let c = client(&server.url(""));
    let describe = || DescribeEventBusInput {
        event_bus_arn: "arn:aws:events:us-east-1:123456789012:event-bus/nope".into(),
    };
    let err = c
        .describe_event_bus(describe())
        .await
        .expect_err("not found");
    assert_eq!(err.code(), Some("ResourceNotFoundException"));
    assert_eq!(err.message(), Some("no bus called nope"));
    assert_eq!(err.status(), Some(404));
    assert_eq!(err.request_id(), Some("err-rid"));
    assert_eq!(err.attempts(), 1, "a modelled client error is not retried");
    match err.service_error() {
        Some(kumo_eventbridgev2::error::DescribeEventBusError::ResourceNotFoundException(e)) => {
            assert_eq!(e.message.as_deref(), Some("no bus called nope"))
        }
        other => panic!("{other:?}"),
    }
    let body = decode_request(&server.requests()[0], "DescribeEventBus");
    assert_eq!(
        body,
        map(vec![(
            "EventBusArn",
            text("arn:aws:events:us-east-1:123456789012:event-bus/nope")
        )])
    );

    let err = c.describe_event_bus(describe()).await.expect_err("unknown");
    assert_eq!(err.code(), Some("BrandNewError"));
    assert_eq!(err.message(), Some("surprise"));
    assert!(
        matches!(
            err.service_error(),
            Some(kumo_eventbridgev2::error::DescribeEventBusError::Unmodelled)
        ),
        "{err:?}"
    );
}

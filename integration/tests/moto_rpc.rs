//! End to end against moto: the JSON and query protocols.

use kumo_testkit::moto::{client, Moto};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sts_get_caller_identity_returns_the_account() {
    let moto = Moto::start();
    let sts = client!(kumo_sts::Client, moto);
    let out = sts
        .get_caller_identity(Default::default())
        .await
        .expect("call");
    assert_eq!(out.account.as_deref(), Some("123456789012"));
    assert!(
        out.arn
            .as_deref()
            .is_some_and(|a| a.starts_with("arn:aws:")),
        "{:?}",
        out.arn
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dynamodb_table_items_query_scan_and_conditional_failure() {
    use kumo_dynamodb::types::*;
    use kumo_runtime::IndexMap as HashMap;
    let moto = Moto::start();
    let ddb = client!(kumo_dynamodb::Client, moto);
    ddb.create_table(CreateTableInput {
        table_name: "music".into(),
        attribute_definitions: Some(vec![
            AttributeDefinition {
                attribute_name: "artist".into(),
                attribute_type: ScalarAttributeType::S,
            },
            AttributeDefinition {
                attribute_name: "song".into(),
                attribute_type: ScalarAttributeType::S,
            },
        ]),
        key_schema: Some(vec![
            KeySchemaElement {
                attribute_name: "artist".into(),
                key_type: KeyType::Hash,
            },
            KeySchemaElement {
                attribute_name: "song".into(),
                key_type: KeyType::Range,
            },
        ]),
        billing_mode: Some(BillingMode::PayPerRequest),
        ..Default::default()
    })
    .await
    .expect("create table");
    let s = |v: &str| AttributeValue {
        s: Some(v.to_string()),
        ..Default::default()
    };
    let n = |v: &str| AttributeValue {
        n: Some(v.to_string()),
        ..Default::default()
    };
    for i in 0..30 {
        let mut item = HashMap::new();
        item.insert("artist".to_string(), s(if i % 2 == 0 { "a" } else { "b" }));
        item.insert("song".to_string(), s(&format!("song-{i:02}")));
        item.insert("plays".to_string(), n(&i.to_string()));
        ddb.put_item(PutItemInput {
            table_name: "music".into(),
            item,
            ..Default::default()
        })
        .await
        .expect("put");
    }
    let mut key = HashMap::new();
    key.insert("artist".to_string(), s("a"));
    key.insert("song".to_string(), s("song-04"));
    let got = ddb
        .get_item(GetItemInput {
            table_name: "music".into(),
            key: key.clone(),
            ..Default::default()
        })
        .await
        .expect("get");
    assert_eq!(
        got.item.as_ref().and_then(|i| i.get("plays")),
        Some(&n("4"))
    );

    // Query with pagination: 15 items of artist "a", 4 per page.
    let mut values = HashMap::new();
    values.insert(":a".to_string(), s("a"));
    let mut seen = Vec::new();
    let mut start = None;
    let mut pages = 0;
    loop {
        let page = ddb
            .query(QueryInput {
                table_name: "music".into(),
                key_condition_expression: Some("artist = :a".into()),
                expression_attribute_values: Some(values.clone()),
                limit: Some(4),
                exclusive_start_key: start.take(),
                ..Default::default()
            })
            .await
            .expect("query");
        pages += 1;
        for item in page.items.unwrap_or_default() {
            if let Some(song) = item.get("song").and_then(|v| v.s.clone()) {
                seen.push(song);
            }
        }
        match page.last_evaluated_key {
            Some(k) if !k.is_empty() => start = Some(k),
            _ => break,
        }
    }
    assert_eq!(seen.len(), 15);
    assert!(pages >= 4, "{pages} pages");
    let scan = ddb
        .scan(ScanInput {
            table_name: "music".into(),
            ..Default::default()
        })
        .await
        .expect("scan");
    assert_eq!(scan.count, Some(30));

    // Batch write 25 items.
    let writes: Vec<WriteRequest> = (0..25)
        .map(|i| {
            let mut item = HashMap::new();
            item.insert("artist".to_string(), s("c"));
            item.insert("song".to_string(), s(&format!("batch-{i}")));
            WriteRequest {
                put_request: Some(PutRequest { item }),
                ..Default::default()
            }
        })
        .collect();
    let mut req = HashMap::new();
    req.insert("music".to_string(), writes);
    let out = ddb
        .batch_write_item(BatchWriteItemInput {
            request_items: req,
            ..Default::default()
        })
        .await
        .expect("batch");
    assert!(out.unprocessed_items.unwrap_or_default().is_empty());

    // A failed condition is the typed, modelled error.
    let mut item = HashMap::new();
    item.insert("artist".to_string(), s("a"));
    item.insert("song".to_string(), s("song-04"));
    let err = ddb
        .put_item(PutItemInput {
            table_name: "music".into(),
            item,
            condition_expression: Some("attribute_not_exists(artist)".into()),
            ..Default::default()
        })
        .await
        .expect_err("condition must fail");
    assert_eq!(err.code(), Some("ConditionalCheckFailedException"));
    assert!(matches!(
        err.service_error(),
        Some(kumo_dynamodb::error::PutItemError::ConditionalCheckFailedException(_))
    ));
    assert_eq!(err.status(), Some(400));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqs_query_compatible_json_round_trip_and_error_code() {
    use kumo_sqs::types::*;
    let moto = Moto::start();
    let sqs = client!(kumo_sqs::Client, moto);
    let q = sqs
        .create_queue(CreateQueueInput {
            queue_name: "jobs".into(),
            ..Default::default()
        })
        .await
        .expect("create");
    let url = q.queue_url.expect("url");
    sqs.send_message(SendMessageInput {
        queue_url: url.clone(),
        message_body: "hello".into(),
        ..Default::default()
    })
    .await
    .expect("send");
    let got = sqs
        .receive_message(ReceiveMessageInput {
            queue_url: url.clone(),
            max_number_of_messages: Some(1),
            ..Default::default()
        })
        .await
        .expect("receive");
    let msgs = got.messages.unwrap_or_default();
    assert_eq!(msgs.len(), 1);
    assert_eq!(msgs[0].body.as_deref(), Some("hello"));
    let err = sqs
        .get_queue_url(GetQueueUrlInput {
            queue_name: "missing".into(),
            ..Default::default()
        })
        .await
        .expect_err("no such queue");
    // SQS is awsQueryCompatible: the query error code comes back.
    assert_eq!(
        err.code(),
        Some("AWS.SimpleQueueService.NonExistentQueue"),
        "{err:?}"
    );
}

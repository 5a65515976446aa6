//! End to end against moto, one scenario per service a boto3 user reaches for first:
//! SNS and IAM (query), EC2 (ec2), KMS, Secrets Manager, Kinesis and CloudWatch Logs
//! (JSON 1.1), Lambda (REST-JSON) and CloudWatch (JSON 1.0: its model also lists
//! smithy-rpc-v2-cbor, but botocore's protocol priority picks json; the CBOR protocol runs end
//! to end in `cbor_rpc.rs`).

use kumo_testkit::moto::{client, Moto};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sns_topic_subscription_and_publish() {
    use kumo_sns::types::*;
    let moto = Moto::start();
    let sns = client!(kumo_sns::Client, moto);
    let sqs = client!(kumo_sqs::Client, moto);

    let topic = sns
        .create_topic(CreateTopicInput {
            name: "orders".into(),
            ..Default::default()
        })
        .await
        .expect("create topic");
    let topic_arn = topic.topic_arn.expect("topic arn");
    assert_eq!(topic_arn, "arn:aws:sns:us-east-1:123456789012:orders");

    let topics = sns
        .list_topics(Default::default())
        .await
        .expect("list topics");
    let arns: Vec<_> = topics
        .topics
        .unwrap_or_default()
        .into_iter()
        .filter_map(|t| t.topic_arn)
        .collect();
    assert_eq!(arns, vec![topic_arn.clone()]);

    // Subscribe an SQS queue and see the published message arrive in it.
    let queue_url = sqs
        .create_queue(kumo_sqs::types::CreateQueueInput {
            queue_name: "order-events".into(),
            ..Default::default()
        })
        .await
        .expect("create queue")
        .queue_url
        .expect("queue url");
    let sub = sns
        .subscribe(SubscribeInput {
            topic_arn: topic_arn.clone(),
            protocol: "sqs".into(),
            endpoint: Some("arn:aws:sqs:us-east-1:123456789012:order-events".into()),
            return_subscription_arn: Some(true),
            ..Default::default()
        })
        .await
        .expect("subscribe");
    let sub_arn = sub.subscription_arn.expect("subscription arn");
    assert!(
        sub_arn.starts_with(&format!("{topic_arn}:")),
        "{sub_arn} is under {topic_arn}"
    );

    let published = sns
        .publish(PublishInput {
            topic_arn: Some(topic_arn.clone()),
            message: "order #1 shipped".into(),
            subject: Some("shipping".into()),
            ..Default::default()
        })
        .await
        .expect("publish");
    let message_id = published.message_id.expect("message id");
    assert_eq!(message_id.len(), 36, "a UUID: {message_id}");

    let got = sqs
        .receive_message(kumo_sqs::types::ReceiveMessageInput {
            queue_url,
            max_number_of_messages: Some(1),
            ..Default::default()
        })
        .await
        .expect("receive");
    let body = got
        .messages
        .unwrap_or_default()
        .into_iter()
        .next()
        .and_then(|m| m.body)
        .expect("one message delivered to the queue");
    // The SNS envelope (raw delivery is off) carries the message and its id.
    assert!(body.contains("\"Message\": \"order #1 shipped\""), "{body}");
    assert!(body.contains(&message_id), "{body}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn iam_users_and_typed_no_such_entity() {
    use kumo_iam::types::*;
    let moto = Moto::start();
    let iam = client!(kumo_iam::Client, moto);
    let created = iam
        .create_user(CreateUserInput {
            user_name: "alice".into(),
            path: Some("/engineering/".into()),
            ..Default::default()
        })
        .await
        .expect("create user")
        .user
        .expect("user");
    assert_eq!(created.user_name, "alice");
    assert_eq!(created.path, "/engineering/");
    assert_eq!(
        created.arn,
        "arn:aws:iam::123456789012:user/engineering/alice"
    );
    // A creation date a moment ago, parsed from the XML timestamp.
    let age = kumo_runtime::DateTime::now().secs() - created.create_date.secs();
    assert!((-300..300).contains(&age), "create date {age}s from now");

    iam.create_user(CreateUserInput {
        user_name: "bob".into(),
        ..Default::default()
    })
    .await
    .expect("create bob");
    let users = iam
        .list_users(Default::default())
        .await
        .expect("list users");
    let mut names: Vec<_> = users.users.iter().map(|u| u.user_name.as_str()).collect();
    names.sort();
    assert_eq!(names, ["alice", "bob"]);

    let got = iam
        .get_user(GetUserInput {
            user_name: Some("alice".into()),
        })
        .await
        .expect("get user");
    assert_eq!(got.user.user_id, created.user_id);
    assert_eq!(got.user.arn, created.arn);

    let err = iam
        .get_user(GetUserInput {
            user_name: Some("mallory".into()),
        })
        .await
        .expect_err("no such user");
    assert_eq!(err.code(), Some("NoSuchEntity"), "{err:?}");
    assert_eq!(err.status(), Some(404));
    assert!(
        err.message().is_some_and(|m| m.contains("mallory")),
        "{err:?}"
    );
    assert!(
        matches!(
            err.service_error(),
            Some(kumo_iam::error::GetUserError::NoSuchEntityException(_))
        ),
        "{err:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ec2_run_describe_filter_terminate() {
    use kumo_ec2::types::*;
    let moto = Moto::start();
    let ec2 = client!(kumo_ec2::Client, moto);

    // Pick an AMI the way a user would: describe_images with a filter.
    let images = ec2
        .describe_images(DescribeImagesInput {
            owners: Some(vec!["amazon".into()]),
            filters: Some(vec![Filter {
                name: Some("architecture".into()),
                values: Some(vec!["x86_64".into()]),
            }]),
            ..Default::default()
        })
        .await
        .expect("describe images")
        .images
        .unwrap_or_default();
    let image_id = images
        .iter()
        .find_map(|i| i.image_id.clone())
        .expect("moto ships amazon AMIs");
    assert!(image_id.starts_with("ami-"), "{image_id}");

    let reservation = ec2
        .run_instances(RunInstancesInput {
            image_id: Some(image_id.clone()),
            instance_type: Some(InstanceType::T2Micro),
            min_count: 2,
            max_count: 2,
            tag_specifications: Some(vec![TagSpecification {
                resource_type: Some(ResourceType::Instance),
                tags: Some(vec![Tag {
                    key: Some("team".into()),
                    value: Some("blue".into()),
                }]),
            }]),
            ..Default::default()
        })
        .await
        .expect("run instances");
    let launched = reservation.instances.unwrap_or_default();
    assert_eq!(launched.len(), 2);
    let ids: Vec<String> = launched
        .iter()
        .map(|i| i.instance_id.clone().expect("instance id"))
        .collect();
    for i in &launched {
        assert_eq!(i.image_id.as_deref(), Some(image_id.as_str()));
        assert_eq!(i.instance_type, Some(InstanceType::T2Micro));
        assert_eq!(
            i.state.as_ref().and_then(|s| s.name.clone()),
            Some(InstanceStateName::Pending)
        );
    }

    // Filter by tag and by state: both instances, running now.
    let running = ec2
        .describe_instances(DescribeInstancesInput {
            filters: Some(vec![
                Filter {
                    name: Some("tag:team".into()),
                    values: Some(vec!["blue".into()]),
                },
                Filter {
                    name: Some("instance-state-name".into()),
                    values: Some(vec!["running".into()]),
                },
            ]),
            ..Default::default()
        })
        .await
        .expect("describe running");
    let mut seen: Vec<String> = running
        .reservations
        .unwrap_or_default()
        .into_iter()
        .flat_map(|r| r.instances.unwrap_or_default())
        .filter_map(|i| i.instance_id)
        .collect();
    seen.sort();
    let mut want = ids.clone();
    want.sort();
    assert_eq!(seen, want);

    // Terminate the first: the state change is reported, and the filters see it.
    let term = ec2
        .terminate_instances(TerminateInstancesInput {
            instance_ids: vec![ids[0].clone()],
            ..Default::default()
        })
        .await
        .expect("terminate");
    let change = term
        .terminating_instances
        .unwrap_or_default()
        .into_iter()
        .next()
        .expect("one state change");
    assert_eq!(change.instance_id.as_deref(), Some(ids[0].as_str()));
    assert_eq!(
        change.previous_state.and_then(|s| s.name),
        Some(InstanceStateName::Running)
    );
    let current = change.current_state.expect("current state");
    assert!(
        matches!(
            current.name,
            Some(InstanceStateName::ShuttingDown | InstanceStateName::Terminated)
        ),
        "{current:?}"
    );

    let by_state = |state: &'static str| {
        let ec2 = ec2.clone();
        async move {
            let out = ec2
                .describe_instances(DescribeInstancesInput {
                    filters: Some(vec![Filter {
                        name: Some("instance-state-name".into()),
                        values: Some(vec![state.into()]),
                    }]),
                    ..Default::default()
                })
                .await
                .expect("describe by state");
            let mut ids: Vec<String> = out
                .reservations
                .unwrap_or_default()
                .into_iter()
                .flat_map(|r| r.instances.unwrap_or_default())
                .filter_map(|i| i.instance_id)
                .collect();
            ids.sort();
            ids
        }
    };
    assert_eq!(by_state("running").await, vec![ids[1].clone()]);
    assert_eq!(by_state("terminated").await, vec![ids[0].clone()]);

    // By id: the instance id list goes as InstanceId.N.
    let one = ec2
        .describe_instances(DescribeInstancesInput {
            instance_ids: Some(vec![ids[1].clone()]),
            ..Default::default()
        })
        .await
        .expect("describe by id");
    let inst: Vec<Instance> = one
        .reservations
        .unwrap_or_default()
        .into_iter()
        .flat_map(|r| r.instances.unwrap_or_default())
        .collect();
    assert_eq!(inst.len(), 1);
    assert_eq!(
        inst[0].tags.clone().unwrap_or_default(),
        vec![Tag {
            key: Some("team".into()),
            value: Some("blue".into())
        }]
    );

    // A malformed id is a client error with EC2's code.
    let err = ec2
        .describe_instances(DescribeInstancesInput {
            instance_ids: Some(vec!["i-00000000000000000".into()]),
            ..Default::default()
        })
        .await
        .expect_err("unknown instance");
    assert_eq!(err.code(), Some("InvalidInstanceID.NotFound"), "{err:?}");
    assert_eq!(err.status(), Some(400));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kms_encrypt_decrypt_round_trip() {
    use kumo_kms::types::*;
    let moto = Moto::start();
    let kms = client!(kumo_kms::Client, moto);
    let key = kms
        .create_key(CreateKeyInput {
            description: Some("e2e".into()),
            ..Default::default()
        })
        .await
        .expect("create key")
        .key_metadata
        .expect("metadata");
    assert_eq!(key.description.as_deref(), Some("e2e"));
    assert_eq!(key.enabled, Some(true));
    assert_eq!(key.key_state, Some(KeyState::Enabled));
    assert_eq!(key.key_spec, Some(KeySpec::SymmetricDefault));
    // moto 5.2.5 sends `"KeyUsage": null` here; a JSON null is an absent member.
    assert_eq!(key.key_usage, None);
    assert_eq!(
        key.arn.as_deref(),
        Some(format!("arn:aws:kms:us-east-1:123456789012:key/{}", key.key_id).as_str())
    );

    // Every byte value, so base64 in JSON must be exact both ways.
    let plaintext: Vec<u8> = (0..=255u8).collect();
    let enc = kms
        .encrypt(EncryptInput {
            key_id: key.key_id.clone(),
            plaintext: plaintext.clone(),
            ..Default::default()
        })
        .await
        .expect("encrypt");
    let blob = enc.ciphertext_blob.expect("ciphertext");
    assert!(!blob.is_empty());
    assert_ne!(blob, plaintext);
    let dec = kms
        .decrypt(DecryptInput {
            ciphertext_blob: Some(blob),
            ..Default::default()
        })
        .await
        .expect("decrypt");
    assert_eq!(dec.plaintext, Some(plaintext));
    assert_eq!(dec.key_id.as_deref(), key.arn.as_deref());

    let err = kms
        .describe_key(DescribeKeyInput {
            key_id: "alias/missing".into(),
            ..Default::default()
        })
        .await
        .expect_err("no such alias");
    assert_eq!(err.code(), Some("NotFoundException"), "{err:?}");
    assert!(matches!(
        err.service_error(),
        Some(kumo_kms::error::DescribeKeyError::NotFoundException(_))
    ));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn secrets_manager_value_and_typed_not_found() {
    use kumo_secretsmanager::types::*;
    let moto = Moto::start();
    let sm = client!(kumo_secretsmanager::Client, moto);
    let created = sm
        .create_secret(CreateSecretInput {
            name: "prod/db".into(),
            secret_string: Some(r#"{"user":"app","password":"p@ss w0rd"}"#.into()),
            ..Default::default()
        })
        .await
        .expect("create secret");
    assert_eq!(created.name.as_deref(), Some("prod/db"));
    let arn = created.arn.expect("arn");
    assert!(
        arn.starts_with("arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-"),
        "{arn}"
    );

    let got = sm
        .get_secret_value(GetSecretValueInput {
            secret_id: "prod/db".into(),
            ..Default::default()
        })
        .await
        .expect("get secret");
    assert_eq!(
        got.secret_string.as_deref(),
        Some(r#"{"user":"app","password":"p@ss w0rd"}"#)
    );
    assert_eq!(got.arn.as_deref(), Some(arn.as_str()));
    assert_eq!(got.version_id, created.version_id);
    assert_eq!(got.version_stages, Some(vec!["AWSCURRENT".to_string()]));

    // Binary secrets come back byte for byte.
    sm.create_secret(CreateSecretInput {
        name: "blob".into(),
        secret_binary: Some(vec![0, 159, 146, 150, 255]),
        ..Default::default()
    })
    .await
    .expect("create binary");
    let bin = sm
        .get_secret_value(GetSecretValueInput {
            secret_id: "blob".into(),
            ..Default::default()
        })
        .await
        .expect("get binary");
    assert_eq!(bin.secret_binary, Some(vec![0, 159, 146, 150, 255]));

    let err = sm
        .get_secret_value(GetSecretValueInput {
            secret_id: "nope".into(),
            ..Default::default()
        })
        .await
        .expect_err("missing secret");
    assert_eq!(err.code(), Some("ResourceNotFoundException"), "{err:?}");
    // AWS answers 400; moto 5.2.5 answers 404. Either way the code decides.
    assert_eq!(err.status(), Some(404));
    assert!(
        matches!(
            err.service_error(),
            Some(kumo_secretsmanager::error::GetSecretValueError::ResourceNotFoundException(_))
        ),
        "{err:?}"
    );
}

/// CRC-32 (IEEE), as zip wants it.
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

/// A zip archive holding one file, stored without compression.
fn stored_zip(name: &str, data: &[u8]) -> Vec<u8> {
    let crc = crc32(data);
    let size = data.len() as u32;
    let name_len = name.len() as u16;
    let mut out = Vec::new();
    // Local file header.
    out.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
    out.extend_from_slice(&20u16.to_le_bytes()); // version needed
    out.extend_from_slice(&0u16.to_le_bytes()); // flags
    out.extend_from_slice(&0u16.to_le_bytes()); // method: stored
    out.extend_from_slice(&0u16.to_le_bytes()); // time
    out.extend_from_slice(&0x21u16.to_le_bytes()); // date: 1980-01-01
    out.extend_from_slice(&crc.to_le_bytes());
    out.extend_from_slice(&size.to_le_bytes());
    out.extend_from_slice(&size.to_le_bytes());
    out.extend_from_slice(&name_len.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes()); // extra length
    out.extend_from_slice(name.as_bytes());
    out.extend_from_slice(data);
    let central_offset = out.len() as u32;
    // Central directory entry.
    out.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
    out.extend_from_slice(&20u16.to_le_bytes()); // version made by
    out.extend_from_slice(&20u16.to_le_bytes()); // version needed
    out.extend_from_slice(&0u16.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out.extend_from_slice(&0x21u16.to_le_bytes());
    out.extend_from_slice(&crc.to_le_bytes());
    out.extend_from_slice(&size.to_le_bytes());
    out.extend_from_slice(&size.to_le_bytes());
    out.extend_from_slice(&name_len.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes()); // extra
    out.extend_from_slice(&0u16.to_le_bytes()); // comment
    out.extend_from_slice(&0u16.to_le_bytes()); // disk
    out.extend_from_slice(&0u16.to_le_bytes()); // internal attrs
    out.extend_from_slice(&0u32.to_le_bytes()); // external attrs
    out.extend_from_slice(&0u32.to_le_bytes()); // local header offset
    out.extend_from_slice(name.as_bytes());
    let central_size = out.len() as u32 - central_offset;
    // End of central directory.
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out.extend_from_slice(&1u16.to_le_bytes());
    out.extend_from_slice(&1u16.to_le_bytes());
    out.extend_from_slice(&central_size.to_le_bytes());
    out.extend_from_slice(&central_offset.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

#[test]
fn crc32_matches_the_standard_check_value() {
    // The CRC-32/ISO-HDLC check value of "123456789".
    assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn lambda_create_function_from_a_zip_and_list() {
    use kumo_lambda::types::*;
    let moto = Moto::start();
    let iam = client!(kumo_iam::Client, moto);
    let lambda = client!(kumo_lambda::Client, moto);

    let role = iam
        .create_role(kumo_iam::types::CreateRoleInput {
            role_name: "lambda-exec".into(),
            assume_role_policy_document: r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#.into(),
            ..Default::default()
        })
        .await
        .expect("create role")
        .role;
    assert_eq!(role.arn, "arn:aws:iam::123456789012:role/lambda-exec");

    let source = b"def handler(event, context):\n    return {'echo': event}\n";
    let zip = stored_zip("app.py", source);
    let f = lambda
        .create_function(CreateFunctionInput {
            function_name: "echo".into(),
            runtime: Some(Runtime::Python312),
            role: role.arn.clone(),
            handler: Some("app.handler".into()),
            code: FunctionCode {
                zip_file: Some(zip.clone()),
                ..Default::default()
            },
            description: Some("echoes its event".into()),
            timeout: Some(15),
            memory_size: Some(256),
            ..Default::default()
        })
        .await
        .expect("create function");
    assert_eq!(f.function_name.as_deref(), Some("echo"));
    assert_eq!(
        f.function_arn.as_deref(),
        Some("arn:aws:lambda:us-east-1:123456789012:function:echo")
    );
    assert_eq!(f.runtime, Some(Runtime::Python312));
    assert_eq!(f.role.as_deref(), Some(role.arn.as_str()));
    assert_eq!(f.timeout, Some(15));
    assert_eq!(f.memory_size, Some(256));
    assert_eq!(f.code_size, Some(zip.len() as i64));

    let listed = lambda
        .list_functions(Default::default())
        .await
        .expect("list functions");
    let fns = listed.functions.unwrap_or_default();
    assert_eq!(fns.len(), 1);
    assert_eq!(fns[0].function_name.as_deref(), Some("echo"));
    assert_eq!(fns[0].handler.as_deref(), Some("app.handler"));
    assert_eq!(fns[0].description.as_deref(), Some("echoes its event"));

    // The function name is a URI label: a missing one is a typed 404.
    let err = lambda
        .get_function(GetFunctionInput {
            function_name: "nope".into(),
            ..Default::default()
        })
        .await
        .expect_err("missing function");
    assert_eq!(err.code(), Some("ResourceNotFoundException"), "{err:?}");
    assert_eq!(err.status(), Some(404));
    assert!(matches!(
        err.service_error(),
        Some(kumo_lambda::error::GetFunctionError::ResourceNotFoundException(_))
    ));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kinesis_put_and_get_records() {
    use kumo_kinesis::types::*;
    let moto = Moto::start();
    let kinesis = client!(kumo_kinesis::Client, moto);
    kinesis
        .create_stream(CreateStreamInput {
            stream_name: "clicks".into(),
            shard_count: Some(1),
            ..Default::default()
        })
        .await
        .expect("create stream");
    let shards = kinesis
        .list_shards(ListShardsInput {
            stream_name: Some("clicks".into()),
            ..Default::default()
        })
        .await
        .expect("list shards")
        .shards
        .unwrap_or_default();
    assert_eq!(shards.len(), 1);

    let payloads: [&[u8]; 3] = [b"first", &[0, 1, 2, 250, 255], b"{\"k\":\"v\"}"];
    let mut seqs = Vec::new();
    for (i, data) in payloads.iter().enumerate() {
        let put = kinesis
            .put_record(PutRecordInput {
                stream_name: Some("clicks".into()),
                data: data.to_vec(),
                partition_key: Some(format!("user-{i}")),
                ..Default::default()
            })
            .await
            .expect("put record");
        assert_eq!(put.shard_id, shards[0].shard_id);
        seqs.push(put.sequence_number);
    }

    let iterator = kinesis
        .get_shard_iterator(GetShardIteratorInput {
            stream_name: Some("clicks".into()),
            shard_id: shards[0].shard_id.clone(),
            shard_iterator_type: ShardIteratorType::TrimHorizon,
            ..Default::default()
        })
        .await
        .expect("iterator")
        .shard_iterator
        .expect("shard iterator");
    let got = kinesis
        .get_records(GetRecordsInput {
            shard_iterator: iterator,
            ..Default::default()
        })
        .await
        .expect("get records");
    let data: Vec<&[u8]> = got.records.iter().map(|r| r.data.as_slice()).collect();
    assert_eq!(data, payloads);
    let got_seqs: Vec<&str> = got
        .records
        .iter()
        .map(|r| r.sequence_number.as_str())
        .collect();
    assert_eq!(got_seqs, seqs);
    assert_eq!(got.records[1].partition_key.as_deref(), Some("user-1"));
    assert!(got.next_shard_iterator.is_some());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cloudwatch_logs_put_and_get_events() {
    use kumo_logs::types::*;
    let moto = Moto::start();
    let logs = client!(kumo_logs::Client, moto);
    logs.create_log_group(CreateLogGroupInput {
        log_group_name: "/app/web".into(),
        ..Default::default()
    })
    .await
    .expect("create group");
    logs.create_log_stream(CreateLogStreamInput {
        log_group_name: "/app/web".into(),
        log_stream_name: "host-1".into(),
    })
    .await
    .expect("create stream");
    let now_ms = kumo_runtime::DateTime::now().secs() * 1000;
    let events: Vec<InputLogEvent> = (0..3)
        .map(|i| InputLogEvent {
            timestamp: now_ms + i,
            message: format!("request {i} ok"),
        })
        .collect();
    logs.put_log_events(PutLogEventsInput {
        log_group_name: "/app/web".into(),
        log_stream_name: "host-1".into(),
        log_events: events,
        ..Default::default()
    })
    .await
    .expect("put events");
    let got = logs
        .get_log_events(GetLogEventsInput {
            log_group_name: Some("/app/web".into()),
            log_stream_name: "host-1".into(),
            start_from_head: Some(true),
            ..Default::default()
        })
        .await
        .expect("get events");
    let evs = got.events.unwrap_or_default();
    let messages: Vec<_> = evs.iter().filter_map(|e| e.message.as_deref()).collect();
    assert_eq!(messages, ["request 0 ok", "request 1 ok", "request 2 ok"]);
    let stamps: Vec<_> = evs.iter().filter_map(|e| e.timestamp).collect();
    assert_eq!(stamps, [now_ms, now_ms + 1, now_ms + 2]);

    let err = logs
        .create_log_group(CreateLogGroupInput {
            log_group_name: "/app/web".into(),
            ..Default::default()
        })
        .await
        .expect_err("exists");
    assert_eq!(
        err.code(),
        Some("ResourceAlreadyExistsException"),
        "{err:?}"
    );
    assert!(matches!(
        err.service_error(),
        Some(kumo_logs::error::CreateLogGroupError::ResourceAlreadyExistsException(_))
    ));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cloudwatch_metrics_put_list_and_statistics() {
    use kumo_cloudwatch::types::*;
    use kumo_runtime::DateTime;
    let moto = Moto::start();
    let cw = client!(kumo_cloudwatch::Client, moto);
    let now = DateTime::now().secs();
    let dims = vec![Dimension {
        name: "Service".into(),
        value: "checkout".into(),
    }];
    cw.put_metric_data(PutMetricDataInput {
        namespace: "Shop".into(),
        metric_data: Some(
            [3.0, 5.0, 10.0]
                .iter()
                .map(|v| MetricDatum {
                    metric_name: "Latency".into(),
                    dimensions: Some(dims.clone()),
                    timestamp: Some(DateTime::from_secs(now - 30)),
                    value: Some(*v),
                    unit: Some(StandardUnit::Milliseconds),
                    ..Default::default()
                })
                .collect(),
        ),
        ..Default::default()
    })
    .await
    .expect("put metric data");

    let listed = cw
        .list_metrics(ListMetricsInput {
            namespace: Some("Shop".into()),
            ..Default::default()
        })
        .await
        .expect("list metrics");
    let metrics = listed.metrics.unwrap_or_default();
    assert_eq!(metrics.len(), 1, "{metrics:?}");
    assert_eq!(metrics[0].metric_name.as_deref(), Some("Latency"));
    assert_eq!(metrics[0].dimensions.as_ref(), Some(&dims));

    let stats = cw
        .get_metric_statistics(GetMetricStatisticsInput {
            namespace: "Shop".into(),
            metric_name: "Latency".into(),
            dimensions: Some(dims.clone()),
            start_time: DateTime::from_secs(now - 600),
            end_time: DateTime::from_secs(now + 60),
            period: 3600,
            statistics: Some(vec![
                Statistic::Sum,
                Statistic::Maximum,
                Statistic::SampleCount,
            ]),
            ..Default::default()
        })
        .await
        .expect("statistics");
    let points = stats.datapoints.unwrap_or_default();
    assert_eq!(points.len(), 1, "{points:?}");
    assert_eq!(points[0].sum, Some(18.0));
    assert_eq!(points[0].maximum, Some(10.0));
    assert_eq!(points[0].sample_count, Some(3.0));

    // CloudWatch is query-compatible: the code is the query-era one, from
    // `x-amzn-query-error`, and it names the operation's modelled error.
    let err = cw
        .get_dashboard(GetDashboardInput {
            dashboard_name: "missing".into(),
        })
        .await
        .expect_err("no such dashboard");
    assert_eq!(err.code(), Some("ResourceNotFound"), "{err:?}");
    assert_eq!(err.status(), Some(404));
    assert_eq!(err.message(), Some("Dashboard does not exist"));
    assert!(
        matches!(
            err.service_error(),
            Some(kumo_cloudwatch::error::GetDashboardError::DashboardNotFoundError(_))
        ),
        "{err:?}"
    );
}

//! Synthetic but realistic payloads for Kumo's benchmarks (see `benches/protocols.rs`).
//!
//! Every payload is built in code, shaped like what the service returns: a DynamoDB
//! `Query` page (awsJson 1.0), an S3 `ListObjectsV2` page (rest-xml), an EC2
//! `DescribeInstances` page (ec2 query XML), a CloudWatch `GetMetricData` response
//! (smithy-rpc-v2-cbor), and a DynamoDB `BatchWriteItem` input of 25 items.

use kumo_runtime::IndexMap as HashMap;
use std::fmt::Write as _;

use kumo_dynamodb::types::{AttributeValue, BatchWriteItemInput, PutRequest, WriteRequest};
use kumo_runtime::protocol::cbor::{encode, Value};

/// A response head with status 200 and a request id.
pub fn ok_head() -> http::response::Parts {
    let (mut parts, ()) = http::Response::new(()).into_parts();
    parts.headers.insert(
        "x-amzn-requestid",
        http::HeaderValue::from_static("2d3c4b5a-0000-4000-8000-000000000000"),
    );
    parts
}

/// A DynamoDB `Query` response body of about `target` bytes: items with strings,
/// numbers, a binary, a string set, a nested map and a list.
pub fn dynamodb_query(target: usize) -> Vec<u8> {
    let mut s = String::with_capacity(target + 1024);
    s.push_str("{\"Items\":[");
    let mut n = 0;
    while s.len() < target {
        if n > 0 {
            s.push(',');
        }
        let _ = write!(
            s,
            "{{\"pk\":{{\"S\":\"customer#{n:08}\"}},\"sk\":{{\"S\":\"order#2024-05-{:02}T12:{:02}:00Z#{n}\"}},\
             \"amount\":{{\"N\":\"{}.{:02}\"}},\"status\":{{\"S\":\"SHIPPED\"}},\
             \"payload\":{{\"B\":\"aGVsbG8gd29ybGQgZnJvbSBrdW1v\"}},\"tags\":{{\"SS\":[\"prime\",\"gift\",\"eu\"]}},\
             \"address\":{{\"M\":{{\"street\":{{\"S\":\"{n} Main Street\"}},\"zip\":{{\"N\":\"{:05}\"}},\
             \"verified\":{{\"BOOL\":true}},\"note\":{{\"NULL\":true}}}}}},\
             \"lines\":{{\"L\":[{{\"S\":\"sku-{n}\"}},{{\"N\":\"{}\"}},{{\"S\":\"sku-{}\"}}]}}}}",
            n % 28 + 1,
            n % 60,
            n % 1000,
            n % 100,
            n % 100_000,
            n % 7 + 1,
            n + 1
        );
        n += 1;
    }
    let _ = write!(
        s,
        "],\"Count\":{n},\"ScannedCount\":{n},\"LastEvaluatedKey\":{{\"pk\":{{\"S\":\"customer#{:08}\"}}}}}}",
        n - 1
    );
    s.into_bytes()
}

/// An S3 `ListObjectsV2` page with `keys` objects.
pub fn s3_list_objects_v2(keys: usize) -> Vec<u8> {
    let mut s = String::with_capacity(keys * 330 + 512);
    s.push_str(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">\
         <Name>example-bucket</Name><Prefix>logs/</Prefix>",
    );
    let _ = write!(
        s,
        "<KeyCount>{keys}</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>true</IsTruncated>"
    );
    for i in 0..keys {
        let _ = write!(
            s,
            "<Contents><Key>logs/2024/05/{:02}/app-server-{:03}/part-{i:06}.json.gz</Key>\
             <LastModified>2024-05-{:02}T{:02}:{:02}:17.000Z</LastModified>\
             <ETag>&quot;{:032x}&quot;</ETag><ChecksumAlgorithm>CRC32</ChecksumAlgorithm>\
             <Size>{}</Size><StorageClass>STANDARD</StorageClass></Contents>",
            i % 28 + 1,
            i % 50,
            i % 28 + 1,
            i % 24,
            i % 60,
            (i as u128).wrapping_mul(0x9e37_79b9_7f4a_7c15_f39c_c060_5ced_c835),
            1000 + i * 37
        );
    }
    s.push_str(
        "<NextContinuationToken>1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=</NextContinuationToken>\
         </ListBucketResult>",
    );
    s.into_bytes()
}

/// An EC2 `DescribeInstances` response of about `target` bytes: reservations of two
/// instances each, with state, placement, network interfaces, block devices and tags.
pub fn ec2_describe_instances(target: usize) -> Vec<u8> {
    let mut s = String::with_capacity(target + 8192);
    s.push_str(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<DescribeInstancesResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">\
         <requestId>8f7724cf-496f-496e-8fe3-example</requestId><reservationSet>",
    );
    let mut r = 0usize;
    while s.len() < target {
        let _ = write!(
            s,
            "<item><reservationId>r-{r:017x}</reservationId><ownerId>123456789012</ownerId>\
             <groupSet/><instancesSet>"
        );
        for k in 0..2 {
            let i = r * 2 + k;
            let _ = write!(
                s,
                "<item><instanceId>i-{i:017x}</instanceId><imageId>ami-0abcdef1234567890</imageId>\
                 <instanceState><code>16</code><name>running</name></instanceState>\
                 <privateDnsName>ip-10-0-{}-{}.ec2.internal</privateDnsName><dnsName/><reason/>\
                 <keyName>deploy-key</keyName><amiLaunchIndex>{k}</amiLaunchIndex><productCodes/>\
                 <instanceType>m5.large</instanceType><launchTime>2024-05-01T10:{:02}:00.000Z</launchTime>\
                 <placement><availabilityZone>us-east-1a</availabilityZone><groupName/><tenancy>default</tenancy></placement>\
                 <monitoring><state>disabled</state></monitoring><subnetId>subnet-0123456789abcdef0</subnetId>\
                 <vpcId>vpc-0123456789abcdef0</vpcId><privateIpAddress>10.0.{}.{}</privateIpAddress>\
                 <sourceDestCheck>true</sourceDestCheck><groupSet><item><groupId>sg-0123456789abcdef0</groupId>\
                 <groupName>web</groupName></item></groupSet><architecture>x86_64</architecture>\
                 <rootDeviceType>ebs</rootDeviceType><rootDeviceName>/dev/xvda</rootDeviceName>\
                 <blockDeviceMapping><item><deviceName>/dev/xvda</deviceName><ebs><volumeId>vol-{i:017x}</volumeId>\
                 <status>attached</status><attachTime>2024-05-01T10:00:01.000Z</attachTime>\
                 <deleteOnTermination>true</deleteOnTermination></ebs></item></blockDeviceMapping>\
                 <virtualizationType>hvm</virtualizationType><clientToken/><tagSet>\
                 <item><key>Name</key><value>web-{i}</value></item><item><key>env</key><value>prod</value></item>\
                 </tagSet><hypervisor>xen</hypervisor><networkInterfaceSet><item>\
                 <networkInterfaceId>eni-{i:017x}</networkInterfaceId><subnetId>subnet-0123456789abcdef0</subnetId>\
                 <vpcId>vpc-0123456789abcdef0</vpcId><ownerId>123456789012</ownerId><status>in-use</status>\
                 <macAddress>0e:00:00:00:{:02x}:{:02x}</macAddress><privateIpAddress>10.0.{}.{}</privateIpAddress>\
                 <sourceDestCheck>true</sourceDestCheck><groupSet><item><groupId>sg-0123456789abcdef0</groupId>\
                 <groupName>web</groupName></item></groupSet><attachment><attachmentId>eni-attach-{i:017x}</attachmentId>\
                 <deviceIndex>0</deviceIndex><status>attached</status><attachTime>2024-05-01T10:00:00.000Z</attachTime>\
                 <deleteOnTermination>true</deleteOnTermination></attachment><privateIpAddressesSet><item>\
                 <privateIpAddress>10.0.{}.{}</privateIpAddress><primary>true</primary></item></privateIpAddressesSet>\
                 </item></networkInterfaceSet><ebsOptimized>false</ebsOptimized>\
                 <cpuOptions><coreCount>1</coreCount><threadsPerCore>2</threadsPerCore></cpuOptions></item>",
                i / 250 % 250,
                i % 250,
                i % 60,
                i / 250 % 250,
                i % 250,
                i / 256 % 256,
                i % 256,
                i / 250 % 250,
                i % 250,
                i / 250 % 250,
                i % 250,
            );
        }
        s.push_str("</instancesSet></item>");
        r += 1;
    }
    s.push_str("</reservationSet></DescribeInstancesResponse>");
    s.into_bytes()
}

/// A CloudWatch `GetMetricData` response: `series` results of `points` datapoints each.
pub fn cloudwatch_get_metric_data(series: usize, points: usize) -> Vec<u8> {
    let text = |s: &str| Value::Text(s.to_string());
    let results = (0..series)
        .map(|m| {
            let stamps = (0..points)
                .map(|p| Value::Tag(1, Box::new(Value::Unsigned(1_714_560_000 + 60 * p as u64))))
                .collect();
            let values = (0..points)
                .map(|p| Value::Float(((m * 7 + p) % 1000) as f64 * 0.125 + 3.0))
                .collect();
            Value::Map(vec![
                (text("Id"), Value::Text(format!("m{m}"))),
                (
                    text("Label"),
                    Value::Text(format!("CPUUtilization i-{m:017x}")),
                ),
                (text("Timestamps"), Value::Array(stamps)),
                (text("Values"), Value::Array(values)),
                (text("StatusCode"), text("Complete")),
            ])
        })
        .collect();
    encode(&Value::Map(vec![
        (text("MetricDataResults"), Value::Array(results)),
        (text("Messages"), Value::Array(vec![])),
    ]))
}

/// A DynamoDB `BatchWriteItem` input: 25 puts into one table.
pub fn dynamodb_batch_write() -> BatchWriteItemInput {
    let s = |v: String| AttributeValue {
        s: Some(v),
        ..AttributeValue::default()
    };
    let n = |v: String| AttributeValue {
        n: Some(v),
        ..AttributeValue::default()
    };
    let requests = (0..25)
        .map(|i| {
            let mut address = HashMap::new();
            address.insert("street".to_string(), s(format!("{i} Main Street")));
            address.insert("zip".to_string(), n(format!("{:05}", i * 313)));
            let mut item = HashMap::new();
            item.insert("pk".to_string(), s(format!("customer#{i:08}")));
            item.insert("sk".to_string(), s(format!("order#2024-05-01#{i}")));
            item.insert("amount".to_string(), n(format!("{i}.99")));
            item.insert(
                "payload".to_string(),
                AttributeValue {
                    b: Some(vec![0xab; 64]),
                    ..AttributeValue::default()
                },
            );
            item.insert(
                "tags".to_string(),
                AttributeValue {
                    ss: Some(vec!["prime".into(), "gift".into()]),
                    ..AttributeValue::default()
                },
            );
            item.insert(
                "address".to_string(),
                AttributeValue {
                    m: Some(address),
                    ..AttributeValue::default()
                },
            );
            WriteRequest {
                put_request: Some(PutRequest { item }),
                ..WriteRequest::default()
            }
        })
        .collect();
    BatchWriteItemInput {
        request_items: HashMap::from([("orders".to_string(), requests)]),
        ..BatchWriteItemInput::default()
    }
}

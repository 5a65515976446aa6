//! Protocol engine throughput on realistic payloads, driven through the same entry points
//! the client pipeline calls (`kumo_runtime::protocol::parse_output` / `serialize`).
//!
//! Run with `cargo bench -p kumo-bench`; criterion prints time per call and, for the
//! parsers, throughput in MB/s of response body.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;

use kumo_bench as payload;
use kumo_runtime::protocol::{parse_output, serialize};

fn parse(c: &mut Criterion) {
    let head = payload::ok_head();
    let mut g = c.benchmark_group("parse");

    let body = payload::dynamodb_query(1 << 20);
    {
        use kumo_dynamodb::schemas::{ops, SERVICE};
        let mut out = kumo_dynamodb::types::QueryOutput::default();
        parse_output(&SERVICE, &ops::QUERY, &head, &body, &mut out).expect("query page parses");
        assert!(out.items.as_ref().is_some_and(|i| i.len() > 1000));
        g.throughput(Throughput::Bytes(body.len() as u64));
        g.bench_function("dynamodb_query_1mb_json", |b| {
            b.iter(|| {
                let mut out = kumo_dynamodb::types::QueryOutput::default();
                parse_output(&SERVICE, &ops::QUERY, &head, black_box(&body), &mut out)
                    .expect("parses");
                out
            })
        });
    }

    let body = payload::s3_list_objects_v2(1000);
    {
        use kumo_s3::schemas::{ops, SERVICE};
        let mut out = kumo_s3::types::ListObjectsV2Output::default();
        parse_output(&SERVICE, &ops::LIST_OBJECTS_V2, &head, &body, &mut out)
            .expect("listing parses");
        assert_eq!(out.contents.as_ref().map(Vec::len), Some(1000));
        g.throughput(Throughput::Bytes(body.len() as u64));
        g.bench_function("s3_list_objects_v2_1000_keys_xml", |b| {
            b.iter(|| {
                let mut out = kumo_s3::types::ListObjectsV2Output::default();
                parse_output(
                    &SERVICE,
                    &ops::LIST_OBJECTS_V2,
                    &head,
                    black_box(&body),
                    &mut out,
                )
                .expect("parses");
                out
            })
        });
    }

    let body = payload::ec2_describe_instances(1 << 20);
    {
        use kumo_ec2::schemas::{ops, SERVICE};
        let mut out = kumo_ec2::types::DescribeInstancesOutput::default();
        parse_output(&SERVICE, &ops::DESCRIBE_INSTANCES, &head, &body, &mut out)
            .expect("instances parse");
        let reservations = out.reservations.as_deref().unwrap_or_default();
        assert!(reservations.len() > 100);
        assert!(reservations[0]
            .instances
            .as_ref()
            .is_some_and(|i| i.len() == 2 && i[0].instance_id.is_some()));
        g.throughput(Throughput::Bytes(body.len() as u64));
        g.bench_function("ec2_describe_instances_1mb_xml", |b| {
            b.iter(|| {
                let mut out = kumo_ec2::types::DescribeInstancesOutput::default();
                parse_output(
                    &SERVICE,
                    &ops::DESCRIBE_INSTANCES,
                    &head,
                    black_box(&body),
                    &mut out,
                )
                .expect("parses");
                out
            })
        });
    }

    let body = payload::cloudwatch_get_metric_data(20, 1440);
    {
        // CloudWatch lists smithy-rpc-v2-cbor among its protocols; botocore (and so Kumo)
        // prefers json for it, so the CBOR engine is measured on the same schemas here.
        use kumo_cloudwatch::schemas::ops;
        static SERVICE: kumo_runtime::operation::Service = kumo_runtime::operation::Service {
            protocol: kumo_runtime::operation::Protocol::SmithyRpcV2Cbor,
            ..kumo_cloudwatch::schemas::SERVICE
        };
        let mut out = kumo_cloudwatch::types::GetMetricDataOutput::default();
        parse_output(&SERVICE, &ops::GET_METRIC_DATA, &head, &body, &mut out)
            .expect("metric data parses");
        let results = out.metric_data_results.as_deref().unwrap_or_default();
        assert_eq!(results.len(), 20);
        assert_eq!(results[0].values.as_ref().map(Vec::len), Some(1440));
        g.throughput(Throughput::Bytes(body.len() as u64));
        g.bench_function("cloudwatch_get_metric_data_20x1440_cbor", |b| {
            b.iter(|| {
                let mut out = kumo_cloudwatch::types::GetMetricDataOutput::default();
                parse_output(
                    &SERVICE,
                    &ops::GET_METRIC_DATA,
                    &head,
                    black_box(&body),
                    &mut out,
                )
                .expect("parses");
                out
            })
        });
    }
    g.finish();
}

fn write(c: &mut Criterion) {
    use kumo_dynamodb::schemas::{ops, SERVICE};
    let input = payload::dynamodb_batch_write();
    let mut probe = input.clone();
    let req = serialize(&SERVICE, &ops::BATCH_WRITE_ITEM, &mut probe).expect("serializes");
    let len = req.body().bytes().map_or(0, <[u8]>::len);
    assert!(len > 5000);
    let mut g = c.benchmark_group("serialize");
    g.throughput(Throughput::Bytes(len as u64));
    g.bench_function("dynamodb_batch_write_item_25_json", |b| {
        b.iter_batched_ref(
            || input.clone(),
            |input| serialize(&SERVICE, &ops::BATCH_WRITE_ITEM, black_box(input)).expect("ok"),
            criterion::BatchSize::SmallInput,
        )
    });
    g.finish();
}

criterion_group!(benches, parse, write);
criterion_main!(benches);

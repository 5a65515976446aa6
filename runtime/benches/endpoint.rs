//! Endpoint resolution speed: S3, virtual-hosted bucket in us-west-2.

use criterion::{criterion_group, criterion_main, Criterion};
use kumo_runtime::endpoint::{Params, RuleSet, Value};

const S3_RULES: &str = include_str!("../../models/data/s3/endpoint-rule-set-1.json");

fn bench(c: &mut Criterion) {
    let rules = RuleSet::parse(S3_RULES).expect("s3 rule set parses");
    let mut params = Params::new();
    params.insert("Region".into(), Value::String("us-west-2".into()));
    params.insert("Bucket".into(), Value::String("my-bucket".into()));
    params.insert("UseFIPS".into(), Value::Bool(false));
    params.insert("UseDualStack".into(), Value::Bool(false));
    params.insert("Accelerate".into(), Value::Bool(false));
    params.insert("ForcePathStyle".into(), Value::Bool(false));
    let e = rules.resolve(&params).expect("resolves");
    assert_eq!(e.url, "https://my-bucket.s3.us-west-2.amazonaws.com");
    c.bench_function("s3_virtual_hosted_us_west_2", |b| {
        b.iter(|| {
            rules
                .resolve(std::hint::black_box(&params))
                .map(|e| e.url.len())
        })
    });
    c.bench_function("s3_parse_rule_set", |b| {
        b.iter(|| RuleSet::parse(std::hint::black_box(S3_RULES)).is_ok())
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);

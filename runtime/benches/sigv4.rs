//! Signing a small GET request with SigV4 (`cargo bench -p kumo-runtime --bench sigv4`).
//!
//! Measures what the pipeline does per attempt: clone-free re-signing of a request that has a few
//! headers, a query string and an empty body, with the signing key already cached (as it is after the
//! first request of the day).

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use kumo_runtime::auth::sigv4::{presign, sign, SigningParams, SigningSettings};
use kumo_runtime::credentials::Credentials;
use kumo_runtime::{Body, DateTime};

fn bench(c: &mut Criterion) {
    let creds = Credentials::new(
        "AKIDEXAMPLE",
        "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        None,
    );
    let params = SigningParams {
        credentials: &creds,
        region: "us-east-1",
        service: "dynamodb",
        time: DateTime::from_secs(1_440_938_160),
        settings: SigningSettings::standard(),
    };
    let Ok(mut req) =
        http::Request::get("https://dynamodb.us-east-1.amazonaws.com/?Action=ListTables&Limit=10")
            .header("content-type", "application/x-amz-json-1.0")
            .header("user-agent", "kumo/0.1")
            .body(Body::empty())
    else {
        return;
    };
    c.bench_function("sigv4 sign small GET", |b| {
        b.iter(|| {
            let out = sign(black_box(&mut req), black_box(&params));
            black_box(out.is_ok())
        })
    });

    let s3 = SigningParams {
        settings: SigningSettings::s3_presign(),
        service: "s3",
        ..params.clone()
    };
    let Ok(get) =
        http::Request::get("https://examplebucket.s3.amazonaws.com/test.txt").body(Body::empty())
    else {
        return;
    };
    c.bench_function("sigv4 presign S3 GET", |b| {
        b.iter(|| {
            black_box(
                presign(
                    black_box(&get),
                    black_box(&s3),
                    std::time::Duration::from_secs(3600),
                )
                .is_ok(),
            )
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);

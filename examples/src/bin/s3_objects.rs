//! The everyday S3 calls: upload, list with pagination, download as a stream, presign.
//!
//! Usage: `s3_objects [bucket]` (default `kumo-example-objects`; created if missing).

use std::io::Write;
use std::time::Duration;

use kumo_examples::BoxError;
use kumo_s3::types::{
    BucketLocationConstraint, CreateBucketConfiguration, CreateBucketInput, GetObjectInput,
    ListObjectsV2Input, PutObjectInput,
};

#[tokio::main]
async fn main() -> Result<(), BoxError> {
    let bucket = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "kumo-example-objects".to_string());
    let s3 = kumo_s3::Client::new()?;
    let region = s3.handle().config().region.clone().unwrap_or_default();
    let created = s3
        .create_bucket(CreateBucketInput {
            bucket: bucket.clone(),
            create_bucket_configuration: (region != "us-east-1").then(|| {
                CreateBucketConfiguration {
                    location_constraint: Some(BucketLocationConstraint::from(region.as_str())),
                    ..Default::default()
                }
            }),
            ..Default::default()
        })
        .await;
    match created {
        Ok(_) => {}
        Err(e) if e.code() == Some("BucketAlreadyOwnedByYou") => {}
        Err(e) => return Err(e.into()),
    }

    // put_object(Bucket=..., Key=..., Body=b"...")
    for i in 0..5 {
        s3.put_object(PutObjectInput {
            bucket: bucket.clone(),
            key: format!("reports/{i}.txt"),
            body: kumo_runtime::Body::from(format!("report number {i}\n")),
            content_type: Some("text/plain".to_string()),
            ..Default::default()
        })
        .await?;
    }

    // The manual pagination loop: pass NextContinuationToken back until there is none.
    let mut token = None;
    let mut keys = Vec::new();
    let mut pages = 0;
    loop {
        let page = s3
            .list_objects_v2(ListObjectsV2Input {
                bucket: bucket.clone(),
                prefix: Some("reports/".to_string()),
                max_keys: Some(2),
                continuation_token: token.take(),
                ..Default::default()
            })
            .await?;
        pages += 1;
        keys.extend(
            page.contents
                .unwrap_or_default()
                .into_iter()
                .filter_map(|o| o.key),
        );
        match page.next_continuation_token {
            Some(t) => token = Some(t),
            None => break,
        }
    }
    println!("{} keys in {pages} pages: {}", keys.len(), keys.join(", "));

    // get_object(...)["Body"].iter_chunks(): the body is a stream, read chunk by chunk.
    let mut got = s3
        .get_object(GetObjectInput {
            bucket: bucket.clone(),
            key: "reports/3.txt".to_string(),
            ..Default::default()
        })
        .await?;
    let mut out = std::io::stdout().lock();
    while let Some(chunk) = got.body.next_chunk().await {
        out.write_all(&chunk?)?;
    }
    drop(out);
    // Or all at once: `got.body.collect().await?` gives the bytes.

    // generate_presigned_url("get_object", Params={...}, ExpiresIn=3600)
    let url = s3
        .generate_presigned_url(
            "get_object",
            GetObjectInput {
                bucket: bucket.clone(),
                key: "reports/0.txt".to_string(),
                ..Default::default()
            },
            Duration::from_secs(3600),
        )
        .await?;
    println!("presigned: {url}");
    Ok(())
}

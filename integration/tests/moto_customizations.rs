//! botocore's customizations end to end against moto: what a boto3 user does, with the
//! same input, works the same way.

use kumo_runtime::config::Config;
use kumo_s3::types::*;
use kumo_testkit::moto::Moto;

/// S3 reached by host name (as MinIO or LocalStack are): with an `endpoint_url`, botocore
/// addresses buckets by path unless `addressing_style = virtual`, so `http://localhost:<port>`
/// works without any S3 setting. Keys with spaces, `+`, `?` and non-ASCII characters
/// survive a copy (`CopySource` is percent-encoded) and a listing (`encoding-type=url`,
/// keys decoded).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn s3_by_host_name_copy_source_and_listing() {
    let moto = Moto::start();
    let url = moto.url.replace("127.0.0.1", "localhost");
    let s3 = kumo_s3::Client::builder()
        .env(moto.env())
        .config(Config::new().endpoint_url(url).region_name("us-east-1"))
        .build()
        .expect("client");
    let bucket = "kumo-custom";
    s3.create_bucket(CreateBucketInput {
        bucket: bucket.into(),
        ..Default::default()
    })
    .await
    .expect("create bucket by host name");
    let key = "dir/a b+c?ü.txt";
    s3.put_object(PutObjectInput {
        bucket: bucket.into(),
        key: key.into(),
        body: kumo_runtime::Body::from("payload"),
        ..Default::default()
    })
    .await
    .expect("put");
    s3.copy_object(CopyObjectInput {
        bucket: bucket.into(),
        key: "copy.txt".into(),
        copy_source: format!("{bucket}/{key}"),
        ..Default::default()
    })
    .await
    .expect("copy a key that needs quoting");
    let got = s3
        .get_object(GetObjectInput {
            bucket: bucket.into(),
            key: "copy.txt".into(),
            ..Default::default()
        })
        .await
        .expect("get the copy");
    assert_eq!(got.body.collect().await.expect("body").as_ref(), b"payload");

    let listed = s3
        .list_objects_v2(ListObjectsV2Input {
            bucket: bucket.into(),
            prefix: Some("dir/".into()),
            ..Default::default()
        })
        .await
        .expect("list");
    let keys: Vec<&str> = listed
        .contents
        .iter()
        .flatten()
        .filter_map(|o| o.key.as_deref())
        .collect();
    assert_eq!(keys, [key]);
    assert_eq!(listed.prefix.as_deref(), Some("dir/"));
}

/// Route 53 ids as a previous response returns them (`/hostedzone/Z…`) are accepted:
/// botocore strips the prefix.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn route53_ids_from_a_response_are_accepted() {
    use kumo_route53::types::*;
    let moto = Moto::start();
    let r53 = kumo_testkit::moto::client!(kumo_route53::Client, moto);
    let created = r53
        .create_hosted_zone(CreateHostedZoneInput {
            name: "example.com".into(),
            caller_reference: "ref-1".into(),
            ..Default::default()
        })
        .await
        .expect("create hosted zone");
    let id = created.hosted_zone.id.clone();
    assert!(id.starts_with("/hostedzone/"), "{id}");
    let got = r53
        .get_hosted_zone(GetHostedZoneInput { id: id.clone() })
        .await
        .expect("get with the id as returned");
    assert_eq!(got.hosted_zone.id, id);
}

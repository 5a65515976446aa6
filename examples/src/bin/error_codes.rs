//! Handling errors by code, as boto3 users do with
//! `except ClientError as e: e.response["Error"]["Code"]`.
//!
//! Usage: `error_codes [bucket]` (default `kumo-example-errors`).

use kumo_examples::BoxError;
use kumo_s3::error::{CreateBucketError, GetObjectError};
use kumo_s3::types::{
    BucketLocationConstraint, CreateBucketConfiguration, CreateBucketInput, GetObjectInput,
};

/// Creates `bucket`, in the client's region (us-east-1 takes no location constraint).
async fn create_bucket(
    s3: &kumo_s3::Client,
    bucket: &str,
) -> Result<(), kumo_s3::Error<CreateBucketError>> {
    let region = s3.handle().config().region.clone().unwrap_or_default();
    let create_bucket_configuration = (region != "us-east-1").then(|| CreateBucketConfiguration {
        location_constraint: Some(BucketLocationConstraint::from(region.as_str())),
        ..Default::default()
    });
    s3.create_bucket(CreateBucketInput {
        bucket: bucket.to_string(),
        create_bucket_configuration,
        ..Default::default()
    })
    .await
    .map(|_| ())
}

#[tokio::main]
async fn main() -> Result<(), BoxError> {
    let bucket = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "kumo-example-errors".to_string());
    let s3 = kumo_s3::Client::new()?;
    create_bucket(&s3, &bucket).await?;
    println!("created {bucket}");

    // Creating it again: match on the typed, modelled error...
    match create_bucket(&s3, &bucket).await {
        Ok(()) => println!("created again: us-east-1 answers 200 to its owner"),
        Err(e) => match e.service_error() {
            Some(CreateBucketError::BucketAlreadyOwnedByYou(_)) => {
                println!("BucketAlreadyOwnedByYou: {bucket} is already ours, carrying on")
            }
            Some(CreateBucketError::BucketAlreadyExists(_)) => {
                return Err(format!("{bucket} belongs to someone else").into())
            }
            _ => return Err(e.into()),
        },
    }

    // ...or on the code string, exactly as in boto3.
    let missing = s3
        .get_object(GetObjectInput {
            bucket: bucket.clone(),
            key: "no/such/key".to_string(),
            ..Default::default()
        })
        .await;
    match missing {
        Ok(_) => return Err("a missing key was found".into()),
        Err(e) if e.code() == Some("NoSuchKey") => {
            println!(
                "NoSuchKey (HTTP {}): {}",
                e.status().unwrap_or_default(),
                e.message().unwrap_or_default()
            );
            // The same error, typed.
            if !matches!(e.service_error(), Some(GetObjectError::NoSuchKey(_))) {
                return Err("NoSuchKey was not the modelled error".into());
            }
            if let Some(id) = e.request_id() {
                println!("request id: {id}");
            }
        }
        Err(e) => return Err(e.into()),
    }
    Ok(())
}

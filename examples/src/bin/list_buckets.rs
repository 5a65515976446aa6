//! boto3: `boto3.client("s3").list_buckets()["Buckets"]`.

use kumo_examples::BoxError;

#[tokio::main]
async fn main() -> Result<(), BoxError> {
    // Region, credentials and endpoint from the environment and profile, like boto3.
    let s3 = kumo_s3::Client::new()?;
    let out = s3.list_buckets(Default::default()).await?;
    let buckets = out.buckets.unwrap_or_default();
    println!("{} bucket(s)", buckets.len());
    for b in buckets {
        let created = b.creation_date.map(|d| d.fmt_iso8601()).unwrap_or_default();
        println!("{}\t{created}", b.name.unwrap_or_default());
    }
    Ok(())
}

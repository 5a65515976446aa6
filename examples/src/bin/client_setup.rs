//! The ways to make a client, beside their boto3 spelling. Each one calls STS to show
//! the region it resolved and the identity it signed with.

use std::time::Duration;

use kumo_examples::BoxError;
use kumo_runtime::config::Config;
use kumo_runtime::credentials::Credentials;

async fn whoami(label: &str, sts: &kumo_sts::Client) -> Result<(), BoxError> {
    let me = sts.get_caller_identity(Default::default()).await?;
    println!(
        "{label}: region {}, account {}",
        sts.handle().config().region.as_deref().unwrap_or("-"),
        me.account.unwrap_or_default()
    );
    Ok(())
}

#[tokio::main]
async fn main() -> Result<(), BoxError> {
    // boto3.client("sts"): environment variables, profile, defaults.
    let sts = kumo_sts::Client::new()?;
    whoami("new", &sts).await?;

    // boto3.client("sts", region_name="eu-west-1", endpoint_url=...)
    let endpoint = sts
        .handle()
        .config()
        .endpoint_url
        .clone()
        .ok_or("set AWS_ENDPOINT_URL to run this against a local server")?;
    let sts = kumo_sts::Client::from_config(
        Config::new()
            .region_name("eu-west-1")
            .endpoint_url(endpoint),
    )?;
    whoami("from_config", &sts).await?;

    // boto3.client("sts", aws_access_key_id=..., aws_secret_access_key=...), plus a
    // deadline for each call, retries included.
    let sts = kumo_sts::Client::builder()
        .credentials(Credentials::new("AKIDEXAMPLE", "not-a-real-secret", None))
        .operation_timeout(Duration::from_secs(30))
        .build()?;
    whoami("builder", &sts).await?;

    // boto3.Session(profile_name="dev").client("sts"): a missing profile is an error
    // when the client is made, as boto3 raises ProfileNotFound.
    match kumo_sts::Client::from_config(Config::new().profile_name("dev")) {
        Ok(sts) => whoami("profile dev", &sts).await?,
        Err(e) => println!("profile dev: {e}"),
    }
    Ok(())
}

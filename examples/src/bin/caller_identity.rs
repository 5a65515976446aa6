//! boto3: `boto3.client("sts").get_caller_identity()["Account"]`.

use kumo_examples::BoxError;

#[tokio::main]
async fn main() -> Result<(), BoxError> {
    let sts = kumo_sts::Client::new()?;
    let me = sts.get_caller_identity(Default::default()).await?;
    let account = me.account.ok_or("the response has no Account")?;
    println!("account: {account}");
    println!("arn: {}", me.arn.unwrap_or_default());
    println!("user id: {}", me.user_id.unwrap_or_default());
    Ok(())
}

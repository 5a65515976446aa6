//! boto3:
//! ```python
//! from botocore.config import Config
//! cfg = Config(connect_timeout=2, read_timeout=10,
//!              retries={"mode": "standard", "max_attempts": 4})
//! sts = boto3.client("sts", config=cfg)
//! ```

use std::time::Duration;

use kumo_examples::BoxError;
use kumo_runtime::config::{Config, RetryConfig, RetryMode};

#[tokio::main]
async fn main() -> Result<(), BoxError> {
    let config = Config::new()
        .connect_timeout(Duration::from_secs(2))
        .read_timeout(Duration::from_secs(10))
        .retries(RetryConfig {
            mode: Some(RetryMode::Standard),
            // boto3's `max_attempts`: retries, so five attempts in all.
            max_attempts: Some(4),
            total_max_attempts: None,
        });
    // Explicit settings win; everything else (endpoint, region, credentials) still
    // comes from the environment and profile.
    let sts = kumo_sts::Client::from_config(config)?;
    let resolved = sts.handle().config();
    println!(
        "retry mode {}, {} attempts, connect timeout {:?}, read timeout {:?}",
        resolved.retry.mode.as_str(),
        resolved.retry.total_max_attempts,
        resolved.connect_timeout,
        resolved.read_timeout
    );
    if resolved.retry.total_max_attempts != 5 {
        return Err("max_attempts=4 should mean five attempts".into());
    }

    // `total_max_attempts` counts the first attempt too (`AWS_MAX_ATTEMPTS`'s meaning).
    let adaptive = kumo_sts::Client::from_config(Config::new().retries(RetryConfig {
        mode: Some(RetryMode::Adaptive),
        max_attempts: None,
        total_max_attempts: Some(3),
    }))?;
    let r = adaptive.handle().config().retry;
    println!(
        "retry mode {}, {} attempts",
        r.mode.as_str(),
        r.total_max_attempts
    );

    let me = sts.get_caller_identity(Default::default()).await?;
    println!("account: {}", me.account.unwrap_or_default());
    Ok(())
}

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
    // `retry` is what boto3 shows as `client.meta.config.retries`: the mode, and the
    // attempts in all when configured (else the mode's default applies).
    let resolved = sts.handle().config();
    let Some(attempts @ 5) = resolved.retry.total_max_attempts else {
        return Err("max_attempts=4 should mean five attempts".into());
    };
    println!(
        "retry mode {}, {attempts} attempts, connect timeout {:?}, read timeout {:?}",
        resolved.retry.mode_or_default(),
        resolved.connect_timeout,
        resolved.read_timeout
    );

    // `total_max_attempts` counts the first attempt too (`AWS_MAX_ATTEMPTS`'s meaning).
    let adaptive = kumo_sts::Client::from_config(Config::new().retries(RetryConfig {
        mode: Some(RetryMode::Adaptive),
        max_attempts: None,
        total_max_attempts: Some(3),
    }))?;
    let r = adaptive.handle().config().retry;
    if let Some(attempts) = r.total_max_attempts {
        println!("retry mode {}, {attempts} attempts", r.mode_or_default());
    }

    let me = sts.get_caller_identity(Default::default()).await?;
    println!("account: {}", me.account.unwrap_or_default());
    Ok(())
}

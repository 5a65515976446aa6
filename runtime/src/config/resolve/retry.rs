//! Retry settings: botocore's `args.py` `_compute_retry_config`, which turns the explicit
//! `retries` dict, `AWS_RETRY_MODE` / `retry_mode` and `AWS_MAX_ATTEMPTS` / `max_attempts`
//! into the normalized [`RetryConfig`] the retry strategy reads.

use crate::config::defaults_mode::ModeDefaults;
use crate::config::error::{invalid, ConfigError};
use crate::config::loader::SharedConfig;
use crate::config::settings::{ConfigSource, MAX_ATTEMPTS, RETRY_MODE};
use crate::retry::{RetryConfig, RetryMode};

impl SharedConfig {
    /// The mode always set, `max_attempts` folded into `total_max_attempts`, which stays
    /// unset when nothing configured it (the strategy then applies the mode's and
    /// service's default).
    pub(super) fn retry_config(&self, md: &ModeDefaults) -> Result<RetryConfig, ConfigError> {
        let explicit = self.config.retries.unwrap_or_default();
        let mode = self.choice(
            explicit.mode,
            &RETRY_MODE,
            md.retry_mode.unwrap_or(RetryMode::Standard),
        )?;
        let total_max_attempts = match explicit.total_attempts() {
            Ok(Some(t)) => Some(t),
            Ok(None) => self.configured_max_attempts()?,
            Err(_) => {
                return Err(invalid(
                    "total_max_attempts",
                    ConfigSource::Explicit,
                    explicit.total_max_attempts.unwrap_or_default(),
                    "an integer >= 1",
                ))
            }
        };
        Ok(RetryConfig {
            mode: Some(mode),
            max_attempts: None,
            total_max_attempts,
        })
    }

    /// `AWS_MAX_ATTEMPTS` or the profile's `max_attempts`: total attempts, at least 1.
    fn configured_max_attempts(&self) -> Result<Option<u32>, ConfigError> {
        let Some((v, src)) = self.lookup(&MAX_ATTEMPTS) else {
            return Ok(None);
        };
        match v.trim().parse::<u32>() {
            Ok(n) if n >= 1 => Ok(Some(n)),
            _ => Err(invalid(
                MAX_ATTEMPTS.name,
                src,
                v,
                "an integer >= 1 (total attempts)",
            )),
        }
    }
}

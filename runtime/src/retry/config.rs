//! The retry settings: botocore's retry mode and its `retries` dict (`config.py`'s
//! `Config(retries={...})`, normalized as `args.py`'s `_compute_retry_config` does).
//!
//! These are the only retry setting types: [`crate::config`] resolves the environment and
//! profile into them (it owns *where* a value comes from), and [`super::RetryStrategy`]
//! reads them (it owns what they *mean*). Nothing here knows about profiles.

use std::fmt;
use std::str::FromStr;

/// botocore's retry mode (`retries.mode`, `AWS_RETRY_MODE`, profile `retry_mode`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum RetryMode {
    /// The pre-2020 behaviour driven by `_retry.json` (5 attempts).
    Legacy,
    /// The cross-SDK standard behaviour (3 attempts); botocore 1.44's default when nothing is
    /// configured.
    #[default]
    Standard,
    /// Standard plus client-side rate limiting.
    Adaptive,
}

impl RetryMode {
    /// Every mode, in botocore's order (`legacy`, `standard`, `adaptive`).
    pub const ALL: [RetryMode; 3] = [RetryMode::Legacy, RetryMode::Standard, RetryMode::Adaptive];

    /// The configuration spelling: `legacy`, `standard` or `adaptive`.
    pub fn as_str(self) -> &'static str {
        match self {
            RetryMode::Legacy => "legacy",
            RetryMode::Standard => "standard",
            RetryMode::Adaptive => "adaptive",
        }
    }
}

impl fmt::Display for RetryMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for RetryMode {
    type Err = RetryConfigError;

    /// Exact, case-sensitive match, like botocore's `Config` validation
    /// (`_validate_retry_configuration`), which every source goes through: an explicit
    /// `retries.mode`, `AWS_RETRY_MODE` and the profile's `retry_mode` alike.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        RetryMode::ALL
            .into_iter()
            .find(|m| m.as_str() == s)
            .ok_or_else(|| RetryConfigError::InvalidMode {
                provided: s.to_owned(),
            })
    }
}

/// An invalid retry configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum RetryConfigError {
    /// The mode is not `legacy`, `standard` or `adaptive`.
    InvalidMode {
        /// What was given.
        provided: String,
    },
    /// `total_max_attempts` was below 1.
    InvalidTotalMaxAttempts {
        /// What was given.
        provided: u32,
    },
    /// The legacy retry data (`_retry.json`) could not be understood.
    InvalidRetryData {
        /// What is wrong.
        message: String,
    },
}

impl fmt::Display for RetryConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RetryConfigError::InvalidMode { provided } => write!(
                f,
                "invalid retry mode {provided:?}: expected one of \"legacy\", \"standard\", \"adaptive\""
            ),
            RetryConfigError::InvalidTotalMaxAttempts { provided } => {
                write!(f, "invalid total_max_attempts {provided}: must be at least 1")
            }
            RetryConfigError::InvalidRetryData { message } => {
                write!(f, "invalid legacy retry data: {message}")
            }
        }
    }
}

impl std::error::Error for RetryConfigError {}

/// botocore's `retries` dict: what a user sets (`Config::retries`), what the configuration
/// resolves to ([`crate::config::ClientConfig::retry`]) and what [`super::RetryStrategy`]
/// reads. Unset fields mean "the default".
///
/// Resolved, it looks like botocore's `client.meta.config.retries` after `args.py`: `mode`
/// is always set, `max_attempts` is folded into `total_max_attempts`, and
/// `total_max_attempts` is set only when something configured it (otherwise the strategy
/// applies the mode's and service's default).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RetryConfig {
    /// The retry mode; unset means the configured or default mode (`standard`).
    pub mode: Option<RetryMode>,
    /// Maximum number of *retries* (boto3's legacy `max_attempts` key): total attempts are
    /// this plus one, so 0 means no retries.
    pub max_attempts: Option<u32>,
    /// Maximum number of attempts in all, the first one included; wins over `max_attempts`.
    /// `AWS_MAX_ATTEMPTS` and the profile's `max_attempts` have this meaning.
    pub total_max_attempts: Option<u32>,
}

impl RetryConfig {
    /// This mode with default attempts.
    pub fn new(mode: RetryMode) -> Self {
        RetryConfig {
            mode: Some(mode),
            ..RetryConfig::default()
        }
    }

    /// The mode, or `standard` when unset.
    pub fn mode_or_default(&self) -> RetryMode {
        self.mode.unwrap_or_default()
    }

    /// Attempts in all, the first included, if configured: `total_max_attempts`, else
    /// `max_attempts + 1`. `None` means the mode's and service's default: legacy 5
    /// (DynamoDB 10, from `_retry.json`), standard/adaptive 3 (DynamoDB and DynamoDB
    /// Streams 4). A `total_max_attempts` of 0 is an error, as in botocore.
    pub fn total_attempts(&self) -> Result<Option<u32>, RetryConfigError> {
        match (self.total_max_attempts, self.max_attempts) {
            (Some(0), _) => Err(RetryConfigError::InvalidTotalMaxAttempts { provided: 0 }),
            (Some(t), _) => Ok(Some(t)),
            (None, Some(m)) => Ok(Some(m.saturating_add(1))),
            (None, None) => Ok(None),
        }
    }
}

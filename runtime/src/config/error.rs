//! [`ConfigError`]: a bad value naming its setting and source (botocore's
//! `InvalidConfigError` family: `InvalidRetryModeError`, `InvalidMaxRetryAttemptsError`,
//! …), a file that does not parse, or a missing profile / services section.

use std::fmt;

use super::profile::ProfileFileError;
use super::settings::ConfigSource;

/// A configuration error: a bad value (naming its source and key), a file that does not
/// parse, or a missing profile / services section.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConfigError {
    /// A value that does not parse or is out of range.
    InvalidValue {
        /// The setting (`max_attempts`, `retry_mode`, …).
        key: &'static str,
        /// Where it came from.
        source: ConfigSource,
        /// The offending value.
        value: String,
        /// What was expected.
        expected: String,
    },
    /// A config or credentials file that does not parse.
    ProfileFile(ProfileFileError),
    /// The selected profile (not `default`) does not exist (botocore's `ProfileNotFound`).
    ProfileNotFound(String),
    /// The profile names a `services` section that does not exist.
    ServicesSectionNotFound(String),
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::InvalidValue { key, source, value, expected } => {
                write!(f, "invalid value {value:?} for {key} from {source}: expected {expected}")
            }
            ConfigError::ProfileFile(e) => e.fmt(f),
            ConfigError::ProfileNotFound(p) => write!(f, "the config profile ({p}) could not be found"),
            ConfigError::ServicesSectionNotFound(s) => write!(
                f,
                "the profile is configured to use the services section but the \"{s}\" services configuration does not exist"
            ),
        }
    }
}

impl std::error::Error for ConfigError {}

impl From<ProfileFileError> for ConfigError {
    fn from(e: ProfileFileError) -> Self {
        ConfigError::ProfileFile(e)
    }
}

/// A [`ConfigError::InvalidValue`].
pub(super) fn invalid(
    key: &'static str,
    source: ConfigSource,
    value: impl ToString,
    expected: &str,
) -> ConfigError {
    ConfigError::InvalidValue {
        key,
        source,
        value: value.to_string(),
        expected: expected.to_string(),
    }
}

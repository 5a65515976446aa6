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
    /// A setting botocore accepts that Kumo cannot honour yet: refused at client
    /// construction rather than ignored. Names the setting and the capability it waits for.
    Unsupported {
        /// The setting (`signature_version`, `sigv4a_signing_region_set`, …).
        key: &'static str,
        /// Where it came from.
        source: ConfigSource,
        /// The value that cannot be honoured.
        value: String,
        /// The capability Kumo lacks for it.
        waits_for: &'static str,
    },
    /// A region that is not a valid host label (botocore's `InvalidRegionError`, from
    /// `validate_region_name`): it would end up in the request's host name.
    InvalidRegion {
        /// The region as configured.
        region: String,
        /// Where it came from.
        source: ConfigSource,
    },
    /// No region is configured for a service that needs one (botocore's `NoRegionError`).
    NoRegion {
        /// The service's endpoint prefix.
        service: &'static str,
    },
    /// A `client_context_params` entry the service's endpoint rule set does not declare,
    /// or whose value has the wrong type.
    ClientContextParam {
        /// The key as given.
        key: String,
        /// What is wrong.
        problem: String,
    },
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
            ConfigError::Unsupported { key, source, value, waits_for } => write!(
                f,
                "{key} = {value:?} (from {source}) is not supported by Kumo yet: it needs {waits_for}"
            ),
            ConfigError::InvalidRegion { region, source } => write!(
                f,
                "provided region_name {region:?} (from {source}) doesn't match a supported format (a host label: letters, digits and '-')"
            ),
            ConfigError::NoRegion { service } => write!(
                f,
                "you must specify a region: {service} has no global endpoint (region_name, AWS_DEFAULT_REGION or the profile's region)"
            ),
            ConfigError::ClientContextParam { key, problem } => {
                write!(f, "client_context_params[{key:?}]: {problem}")
            }
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

/// A [`ConfigError::Unsupported`].
pub(super) fn unsupported(
    key: &'static str,
    source: ConfigSource,
    value: impl ToString,
    waits_for: &'static str,
) -> ConfigError {
    ConfigError::Unsupported {
        key,
        source,
        value: value.to_string(),
        waits_for,
    }
}

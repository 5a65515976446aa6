//! The settings table: which environment variable and profile key feed each setting
//! (botocore's `configprovider.BOTOCORE_DEFAUT_SESSION_VARIABLES`), where a value came
//! from ([`ConfigSource`]), and the lookups that apply botocore's precedence:
//!
//! **explicit [`Config`](super::Config) field > environment variable > profile key >
//! default.**
//!
//! Each constant below names one setting's environment variable(s), profile key and
//! nested profile key, in lookup order; its doc says which `Config` field overrides it and
//! what the default is. The explicit value and the default are applied by the setting's
//! resolver in `resolve/`; this module deals only in raw strings and their sources.

use std::fmt;
use std::path::PathBuf;

use super::error::{invalid, ConfigError};
use super::loader::SharedConfig;
use super::profile::Origin;
use super::values::Choice;

/// Where a configuration value came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConfigSource {
    /// The explicit [`Config`](super::Config).
    Explicit,
    /// An environment variable.
    Env(String),
    /// A profile of the shared config or credentials file.
    Profile {
        /// The file.
        file: PathBuf,
        /// The profile.
        profile: String,
        /// The line.
        line: usize,
    },
    /// A built-in default.
    Default,
}

impl fmt::Display for ConfigSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigSource::Explicit => write!(f, "the client configuration"),
            ConfigSource::Env(v) => write!(f, "environment variable {v}"),
            ConfigSource::Profile {
                file,
                profile,
                line,
            } => {
                write!(
                    f,
                    "profile \"{profile}\" in {} (line {line})",
                    file.display()
                )
            }
            ConfigSource::Default => write!(f, "the default"),
        }
    }
}

/// Where one setting is read from, besides the explicit `Config`.
#[derive(Clone, Copy, Debug)]
pub(super) struct Setting {
    /// botocore's name for the setting; errors name it.
    pub(super) name: &'static str,
    /// Environment variables, first match wins.
    pub(super) env: &'static [&'static str],
    /// The key in the active profile.
    pub(super) profile: Option<&'static str>,
    /// A `section.key` inside the active profile (`s3 =` / `proxies_config =` blocks),
    /// consulted after `profile`.
    pub(super) nested: Option<(&'static str, &'static str)>,
}

impl Setting {
    /// A setting read from `env`, then the profile key of the same name.
    const fn new(name: &'static str, env: &'static [&'static str]) -> Setting {
        Setting {
            name,
            env,
            profile: Some(name),
            nested: None,
        }
    }
    /// A setting with a profile key other than its name.
    const fn profile_key(mut self, key: &'static str) -> Setting {
        self.profile = Some(key);
        self
    }
    /// A setting with no profile key.
    const fn no_profile(mut self) -> Setting {
        self.profile = None;
        self
    }
    /// A setting also read from `section.key` in the profile.
    const fn nested(mut self, section: &'static str, key: &'static str) -> Setting {
        self.nested = Some((section, key));
        self
    }
}

// --- Profile and files (`ConfigLoader`) -------------------------------------------

/// The profile: `Config::profile_name`, then these variables; default `default`.
pub(super) const PROFILE: Setting =
    Setting::new("profile", &["AWS_DEFAULT_PROFILE", "AWS_PROFILE"]).no_profile();
/// `Config::config_file`, then `AWS_CONFIG_FILE`; default `~/.aws/config`.
pub(super) const CONFIG_FILE: Setting =
    Setting::new("config_file", &["AWS_CONFIG_FILE"]).no_profile();
/// `Config::credentials_file`, then `AWS_SHARED_CREDENTIALS_FILE`; default
/// `~/.aws/credentials`.
pub(super) const CREDENTIALS_FILE: Setting =
    Setting::new("credentials_file", &["AWS_SHARED_CREDENTIALS_FILE"]).no_profile();

// --- Region and endpoint ----------------------------------------------------------

/// `Config::region_name`; no default. (`AWS_REGION` is not a region source in botocore.)
pub(super) const REGION: Setting = Setting::new("region", &["AWS_DEFAULT_REGION"]);
/// `Config::defaults_mode`; default `legacy`.
pub(super) const DEFAULTS_MODE: Setting = Setting::new("defaults_mode", &["AWS_DEFAULTS_MODE"]);
/// `Config::ignore_configured_endpoint_urls`; default false.
pub(super) const IGNORE_CONFIGURED_ENDPOINT_URLS: Setting = Setting::new(
    "ignore_configured_endpoint_urls",
    &["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"],
);
/// `Config::endpoint_url`; after `AWS_ENDPOINT_URL_<SERVICE_ID>` and before the
/// profile's `services` section (see `configured_endpoint_url`).
pub(super) const ENDPOINT_URL: Setting = Setting::new("endpoint_url", &["AWS_ENDPOINT_URL"]);
/// The profile's `services = <name>` reference to a `[services <name>]` section.
pub(super) const SERVICES: Setting = Setting::new("services", &[]);
/// `Config::use_fips_endpoint`; default false.
pub(super) const USE_FIPS_ENDPOINT: Setting =
    Setting::new("use_fips_endpoint", &["AWS_USE_FIPS_ENDPOINT"]);
/// `Config::use_dualstack_endpoint`; default false.
pub(super) const USE_DUALSTACK_ENDPOINT: Setting =
    Setting::new("use_dualstack_endpoint", &["AWS_USE_DUALSTACK_ENDPOINT"]);
/// `Config::sts_regional_endpoints`; default the defaults mode's, else `regional`.
pub(super) const STS_REGIONAL_ENDPOINTS: Setting =
    Setting::new("sts_regional_endpoints", &["AWS_STS_REGIONAL_ENDPOINTS"]);
/// `Config::account_id_endpoint_mode`; default `preferred`.
pub(super) const ACCOUNT_ID_ENDPOINT_MODE: Setting = Setting::new(
    "account_id_endpoint_mode",
    &["AWS_ACCOUNT_ID_ENDPOINT_MODE"],
);
/// `Config::endpoint_discovery_enabled`; default `auto`.
pub(super) const ENDPOINT_DISCOVERY_ENABLED: Setting = Setting::new(
    "endpoint_discovery_enabled",
    &["AWS_ENDPOINT_DISCOVERY_ENABLED"],
);
/// The inverse of `Config::inject_host_prefix`; default false (prefixes injected).
pub(super) const DISABLE_HOST_PREFIX_INJECTION: Setting = Setting::new(
    "disable_host_prefix_injection",
    &["AWS_DISABLE_HOST_PREFIX_INJECTION"],
);

// --- Retries ----------------------------------------------------------------------

/// `Config::retries.mode`; default the defaults mode's, else `standard`.
pub(super) const RETRY_MODE: Setting = Setting::new("retry_mode", &["AWS_RETRY_MODE"]);
/// Total attempts; `Config::retries.total_max_attempts` / `max_attempts + 1` win; default
/// the mode's and service's (applied by the retry strategy).
pub(super) const MAX_ATTEMPTS: Setting = Setting::new("max_attempts", &["AWS_MAX_ATTEMPTS"]);

// --- HTTP -------------------------------------------------------------------------

/// `Config::ca_bundle` (botocore's `verify=<path>`); no default (the bundled roots).
pub(super) const CA_BUNDLE: Setting = Setting::new("ca_bundle", &["AWS_CA_BUNDLE"]);
/// `Config::tcp_keepalive`; default false.
pub(super) const TCP_KEEPALIVE: Setting =
    Setting::new("tcp_keepalive", &["BOTOCORE_TCP_KEEPALIVE"]);
/// `Config::proxy_ca_bundle` (`proxies_config`); no default.
pub(super) const PROXY_CA_BUNDLE: Setting = Setting::new("proxy_ca_bundle", &[])
    .no_profile()
    .nested("proxies_config", "proxy_ca_bundle");
/// `Config::proxy_client_cert` (`proxies_config`); no default.
pub(super) const PROXY_CLIENT_CERT: Setting = Setting::new("proxy_client_cert", &[])
    .no_profile()
    .nested("proxies_config", "proxy_client_cert");
/// `Config::proxy_use_forwarding_for_https` (`proxies_config`); default false.
pub(super) const PROXY_USE_FORWARDING_FOR_HTTPS: Setting =
    Setting::new("proxy_use_forwarding_for_https", &[])
        .no_profile()
        .nested("proxies_config", "proxy_use_forwarding_for_https");
// `proxies` itself: `Config::proxies`, else `HTTP_PROXY` / `HTTPS_PROXY` / `NO_PROXY`
// through `crate::http::Proxies::from_vars` (no profile key).

// --- Request bodies ---------------------------------------------------------------

/// `Config::parameter_validation`; profile only; default true.
pub(super) const PARAMETER_VALIDATION: Setting = Setting::new("parameter_validation", &[]);
/// `Config::disable_request_compression`; default false.
pub(super) const DISABLE_REQUEST_COMPRESSION: Setting = Setting::new(
    "disable_request_compression",
    &["AWS_DISABLE_REQUEST_COMPRESSION"],
);
/// `Config::request_min_compression_size_bytes`; default 10240, valid 1..=1048576.
pub(super) const REQUEST_MIN_COMPRESSION_SIZE_BYTES: Setting = Setting::new(
    "request_min_compression_size_bytes",
    &["AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES"],
);
/// `Config::request_checksum_calculation`; default `when_supported`.
pub(super) const REQUEST_CHECKSUM_CALCULATION: Setting = Setting::new(
    "request_checksum_calculation",
    &["AWS_REQUEST_CHECKSUM_CALCULATION"],
);
/// `Config::response_checksum_validation`; default `when_supported`.
pub(super) const RESPONSE_CHECKSUM_VALIDATION: Setting = Setting::new(
    "response_checksum_validation",
    &["AWS_RESPONSE_CHECKSUM_VALIDATION"],
);

// --- User agent -------------------------------------------------------------------

/// `Config::user_agent_appid`; no default. (`user_agent` and `user_agent_extra` are
/// explicit only.)
pub(super) const USER_AGENT_APPID: Setting =
    Setting::new("user_agent_appid", &["AWS_SDK_UA_APP_ID"]).profile_key("sdk_ua_app_id");

// --- Signing ----------------------------------------------------------------------

/// `Config::sigv4a_signing_region_set`; no default.
pub(super) const SIGV4A_SIGNING_REGION_SET: Setting = Setting::new(
    "sigv4a_signing_region_set",
    &["AWS_SIGV4A_SIGNING_REGION_SET"],
);
/// `Config::auth_scheme_preference`; no default.
pub(super) const AUTH_SCHEME_PREFERENCE: Setting =
    Setting::new("auth_scheme_preference", &["AWS_AUTH_SCHEME_PREFERENCE"]);
/// `Config::s3_disable_express_session_auth`; strictly `true`/`false`; default false.
pub(super) const S3_DISABLE_EXPRESS_SESSION_AUTH: Setting = Setting::new(
    "s3_disable_express_session_auth",
    &["AWS_S3_DISABLE_EXPRESS_SESSION_AUTH"],
);

// --- S3 (`Config::s3` keys win one by one) -----------------------------------------

/// `s3.addressing_style`; profile block only; no default.
pub(super) const S3_ADDRESSING_STYLE: Setting = Setting::new("s3.addressing_style", &[])
    .no_profile()
    .nested("s3", "addressing_style");
/// `s3.use_accelerate_endpoint`; profile block only.
pub(super) const S3_USE_ACCELERATE_ENDPOINT: Setting =
    Setting::new("s3.use_accelerate_endpoint", &[])
        .no_profile()
        .nested("s3", "use_accelerate_endpoint");
/// `s3.use_dualstack_endpoint`; profile block only.
pub(super) const S3_USE_DUALSTACK_ENDPOINT: Setting =
    Setting::new("s3.use_dualstack_endpoint", &[])
        .no_profile()
        .nested("s3", "use_dualstack_endpoint");
/// `s3.payload_signing_enabled`; profile block only.
pub(super) const S3_PAYLOAD_SIGNING_ENABLED: Setting =
    Setting::new("s3.payload_signing_enabled", &[])
        .no_profile()
        .nested("s3", "payload_signing_enabled");
/// `s3.use_arn_region`.
pub(super) const S3_USE_ARN_REGION: Setting =
    Setting::new("s3.use_arn_region", &["AWS_S3_USE_ARN_REGION"])
        .profile_key("s3_use_arn_region")
        .nested("s3", "use_arn_region");
/// `s3.us_east_1_regional_endpoint`; default the defaults mode's.
pub(super) const S3_US_EAST_1_REGIONAL_ENDPOINT: Setting = Setting::new(
    "s3.us_east_1_regional_endpoint",
    &["AWS_S3_US_EAST_1_REGIONAL_ENDPOINT"],
)
.profile_key("s3_us_east_1_regional_endpoint")
.nested("s3", "us_east_1_regional_endpoint");
/// `s3.s3_disable_multiregion_access_points`.
pub(super) const S3_DISABLE_MULTIREGION_ACCESS_POINTS: Setting = Setting::new(
    "s3.s3_disable_multiregion_access_points",
    &["AWS_S3_DISABLE_MULTIREGION_ACCESS_POINTS"],
)
.no_profile()
.nested("s3", "s3_disable_multiregion_access_points");

// --- IMDS (no explicit fields) ----------------------------------------------------

/// Seconds; default 1.
pub(super) const METADATA_SERVICE_TIMEOUT: Setting = Setting::new(
    "metadata_service_timeout",
    &["AWS_METADATA_SERVICE_TIMEOUT"],
);
/// Default 1.
pub(super) const METADATA_SERVICE_NUM_ATTEMPTS: Setting = Setting::new(
    "metadata_service_num_attempts",
    &["AWS_METADATA_SERVICE_NUM_ATTEMPTS"],
);
/// Default `ipv4`, or `ipv6` when `imds_use_ipv6` is true.
pub(super) const EC2_METADATA_SERVICE_ENDPOINT_MODE: Setting = Setting::new(
    "ec2_metadata_service_endpoint_mode",
    &["AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE"],
);
/// The older switch for IPv6; default false.
pub(super) const IMDS_USE_IPV6: Setting = Setting::new("imds_use_ipv6", &["AWS_IMDS_USE_IPV6"]);
/// No default (the mode's address).
pub(super) const EC2_METADATA_SERVICE_ENDPOINT: Setting = Setting::new(
    "ec2_metadata_service_endpoint",
    &["AWS_EC2_METADATA_SERVICE_ENDPOINT"],
);
/// Default false.
pub(super) const EC2_METADATA_V1_DISABLED: Setting = Setting::new(
    "ec2_metadata_v1_disabled",
    &["AWS_EC2_METADATA_V1_DISABLED"],
);
/// Environment only; default false.
pub(super) const EC2_METADATA_DISABLED: Setting =
    Setting::new("ec2_metadata_disabled", &["AWS_EC2_METADATA_DISABLED"]).no_profile();

// --- Lookups ----------------------------------------------------------------------

/// A raw value with its source.
pub(super) type Sourced = (String, ConfigSource);

impl SharedConfig {
    fn env_value(&self, names: &[&str]) -> Option<Sourced> {
        names.iter().find_map(|n| {
            self.env
                .var(n)
                .map(|v| (v, ConfigSource::Env((*n).to_string())))
        })
    }

    fn profile_source(&self, origin: &Origin) -> ConfigSource {
        ConfigSource::Profile {
            file: origin.file.as_ref().clone(),
            profile: self.profile_name.clone(),
            line: origin.line,
        }
    }

    /// A plain key of the active profile.
    pub(super) fn profile_value(&self, key: &str) -> Option<Sourced> {
        let prop = self.profile()?.property(key)?;
        let v = prop.value.as_str()?;
        Some((v.to_string(), self.profile_source(&prop.origin)))
    }

    pub(super) fn profile_nested(&self, section: &str, key: &str) -> Option<Sourced> {
        let prop = self.profile()?.property(section)?;
        let v = prop.value.as_nested()?.get(key)?;
        Some((v.clone(), self.profile_source(&prop.origin)))
    }

    /// The setting's raw value from the environment, else the profile key, else the
    /// nested profile key.
    pub(super) fn lookup(&self, s: &Setting) -> Option<Sourced> {
        self.env_value(s.env)
            .or_else(|| s.profile.and_then(|k| self.profile_value(k)))
            .or_else(|| s.nested.and_then(|(sec, k)| self.profile_nested(sec, k)))
    }

    /// A boolean setting read with [`ensure_boolean`]: explicit, else environment or
    /// profile, else `false`.
    pub(super) fn flag(&self, explicit: Option<bool>, s: &Setting) -> bool {
        explicit.unwrap_or_else(|| self.lookup_flag(s).unwrap_or(false))
    }

    /// The setting's environment or profile value read with [`ensure_boolean`].
    pub(super) fn lookup_flag(&self, s: &Setting) -> Option<bool> {
        self.lookup(s).map(|(v, _)| ensure_boolean(&v))
    }

    /// A string setting: explicit, else environment or profile; no default.
    pub(super) fn string(&self, explicit: &Option<String>, s: &Setting) -> Option<String> {
        explicit.clone().or_else(|| self.lookup(s).map(|(v, _)| v))
    }

    /// An enumerated setting: explicit, else environment or profile (an unknown spelling
    /// is an error naming the setting and its source), else `default`.
    pub(super) fn choice<T: Choice>(
        &self,
        explicit: Option<T>,
        s: &Setting,
        default: T,
    ) -> Result<T, ConfigError> {
        if let Some(v) = explicit {
            return Ok(v);
        }
        match self.lookup(s) {
            Some((v, src)) => parse_choice(&v, src, s.name),
            None => Ok(default),
        }
    }

    /// The raw value of a setting from the environment or the active profile, as
    /// botocore's config chain sees it (no explicit settings, no defaults).
    pub fn raw(&self, env_var: Option<&str>, profile_key: &str) -> Option<String> {
        let envs: Vec<&str> = env_var.into_iter().collect();
        self.env_value(&envs)
            .or_else(|| self.profile_value(profile_key))
            .map(|(v, _)| v)
    }
}

/// Parses an enumerated value, or says which setting and source it came from.
pub(super) fn parse_choice<T: Choice>(
    v: &str,
    src: ConfigSource,
    key: &'static str,
) -> Result<T, ConfigError> {
    T::parse_setting(v).ok_or_else(|| invalid(key, src, v, &format!("one of {}", T::expected())))
}

/// botocore's `ensure_boolean` for strings: `true` (any case) is true, anything else false.
pub fn ensure_boolean(v: &str) -> bool {
    v.trim().eq_ignore_ascii_case("true")
}

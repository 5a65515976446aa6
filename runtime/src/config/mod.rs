//! Client configuration: environment, profiles and defaults (botocore's `config.py`,
//! `configprovider.py`, `args.py`).
//!
//! Every setting resolves in botocore's order: an explicit value in [`Config`] wins,
//! then the environment, then the active profile of the shared config file (merged
//! with the credentials file, as botocore's `Session.full_config`), then the default.
//! The environment is read through the [`Env`] trait so tests never touch the process
//! environment.
//!
//! ```no_run
//! use std::sync::Arc;
//! use kumo_runtime::config::{Config, ConfigLoader, ProcessEnv};
//! let shared = ConfigLoader::new(Arc::new(ProcessEnv))
//!     .config(Config::new().region_name("eu-west-1"))
//!     .load()?;
//! let client_config = shared.client_config("DynamoDB")?;
//! # Ok::<(), kumo_runtime::config::ConfigError>(())
//! ```

pub mod profile;

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use profile::{ProfileFileError, ProfileSet, Section};

// ---------------------------------------------------------------------------------
// Environment
// ---------------------------------------------------------------------------------

/// Where configuration reads environment variables and the home directory.
pub trait Env: Send + Sync + fmt::Debug {
    /// The variable's value; `None` when unset (or not valid UTF-8).
    fn var(&self, name: &str) -> Option<String>;
    /// The user's home directory (for `~` in paths and `~/.aws/...`).
    fn home_dir(&self) -> Option<PathBuf>;
}

/// The real process environment.
#[derive(Clone, Copy, Debug, Default)]
pub struct ProcessEnv;

impl Env for ProcessEnv {
    fn var(&self, name: &str) -> Option<String> {
        std::env::var(name).ok()
    }
    fn home_dir(&self) -> Option<PathBuf> {
        std::env::var_os("HOME")
            .or_else(|| std::env::var_os("USERPROFILE"))
            .filter(|h| !h.is_empty())
            .map(PathBuf::from)
    }
}

/// An environment held in a map, for tests and embedding. `Debug` shows the variable
/// names only (values may be secrets).
#[derive(Clone, Default)]
pub struct MapEnv {
    vars: HashMap<String, String>,
    home: Option<PathBuf>,
}

impl MapEnv {
    /// An empty environment with no home directory.
    pub fn new() -> MapEnv {
        MapEnv::default()
    }
    /// Sets a variable.
    pub fn with(mut self, name: impl Into<String>, value: impl Into<String>) -> MapEnv {
        self.vars.insert(name.into(), value.into());
        self
    }
    /// Sets the home directory.
    pub fn with_home(mut self, home: impl Into<PathBuf>) -> MapEnv {
        self.home = Some(home.into());
        self
    }
}

impl fmt::Debug for MapEnv {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut keys: Vec<_> = self.vars.keys().collect();
        keys.sort();
        f.debug_struct("MapEnv")
            .field("vars", &keys)
            .field("home", &self.home)
            .finish()
    }
}

impl Env for MapEnv {
    fn var(&self, name: &str) -> Option<String> {
        self.vars.get(name).cloned()
    }
    fn home_dir(&self) -> Option<PathBuf> {
        self.home.clone()
    }
}

/// Expands `$VAR`/`${VAR}` (unknown variables stay as written, like Python's
/// `os.path.expandvars`) and then a leading `~` (like `os.path.expanduser`).
pub fn expand_path(path: &str, env: &dyn Env) -> PathBuf {
    let mut out = String::with_capacity(path.len());
    let mut rest = path;
    while let Some(pos) = rest.find('$') {
        out.push_str(&rest[..pos]);
        let after = &rest[pos + 1..];
        let (name, consumed) = if let Some(inner) = after.strip_prefix('{') {
            match inner.find('}') {
                Some(end) => (&inner[..end], end + 2),
                None => ("", 0),
            }
        } else {
            let end = after
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(after.len());
            (&after[..end], end)
        };
        match (name.is_empty(), env.var(name)) {
            (false, Some(v)) => out.push_str(&v),
            _ => out.push_str(&rest[pos..pos + 1 + consumed]),
        }
        rest = &after[consumed..];
    }
    out.push_str(rest);
    if out == "~" || out.starts_with("~/") || out.starts_with("~\\") {
        if let Some(home) = env.home_dir() {
            let tail = out.get(2..).unwrap_or("");
            return if tail.is_empty() {
                home
            } else {
                home.join(tail)
            };
        }
    }
    PathBuf::from(out)
}

// ---------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------

/// Where a configuration value came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConfigSource {
    /// The explicit [`Config`].
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

/// A configuration error: a bad value (naming its source and key), a file that does
/// not parse, or a missing profile / services section.
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

// ---------------------------------------------------------------------------------
// Enumerated settings
// ---------------------------------------------------------------------------------

macro_rules! str_enum {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $var:ident = $s:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name { $($(#[$vm])* $var),+ }
        impl $name {
            /// botocore's spelling.
            pub fn as_str(self) -> &'static str { match self { $($name::$var => $s),+ } }
            /// Parses botocore's spelling (case-insensitive).
            pub fn parse(s: &str) -> Option<$name> {
                let s = s.trim().to_ascii_lowercase();
                $(if s == $s { return Some($name::$var); })+
                None
            }
            fn expected() -> String { [$($s),+].join(", ") }
        }
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.write_str(self.as_str()) }
        }
    };
}

str_enum!(
    /// The retry strategy (`retries.mode`, `AWS_RETRY_MODE`, `retry_mode`).
    RetryMode {
        /// botocore's original retry handler (5 attempts).
        Legacy = "legacy",
        /// The standard mode shared by the SDKs (3 attempts); botocore 1.44's default.
        Standard = "standard",
        /// Standard plus client-side rate limiting.
        Adaptive = "adaptive",
    }
);

str_enum!(
    /// The defaults mode (`AWS_DEFAULTS_MODE`, `defaults_mode`).
    DefaultsMode {
        /// botocore's historical defaults (the default).
        Legacy = "legacy",
        /// Standard SDK defaults.
        Standard = "standard",
        /// For clients calling services in their own region.
        InRegion = "in-region",
        /// For clients calling services in other regions.
        CrossRegion = "cross-region",
        /// For mobile applications.
        Mobile = "mobile",
        /// Pick one of the above from the environment.
        Auto = "auto",
    }
);

str_enum!(
    /// S3 addressing style (`s3.addressing_style`).
    AddressingStyle {
        /// Let the endpoint rules decide (virtual when possible).
        Auto = "auto",
        /// `bucket.s3.amazonaws.com`.
        Virtual = "virtual",
        /// `s3.amazonaws.com/bucket`.
        Path = "path",
    }
);

str_enum!(
    /// When to compute request checksums / validate response checksums.
    ChecksumMode {
        /// Whenever the operation supports it (the default).
        WhenSupported = "when_supported",
        /// Only when the operation requires it.
        WhenRequired = "when_required",
    }
);

str_enum!(
    /// Whether account-ID based endpoints are used (`account_id_endpoint_mode`).
    AccountIdEndpointMode {
        /// Use them when an account id is available (the default).
        Preferred = "preferred",
        /// Never use them.
        Disabled = "disabled",
        /// Require an account id.
        Required = "required",
    }
);

str_enum!(
    /// STS endpoint selection (`sts_regional_endpoints`).
    StsRegionalEndpoints {
        /// The global endpoint for the legacy regions.
        Legacy = "legacy",
        /// Always the regional endpoint (the default).
        Regional = "regional",
    }
);

str_enum!(
    /// IMDS address family (`ec2_metadata_service_endpoint_mode`).
    ImdsEndpointMode {
        /// `http://169.254.169.254/`.
        Ipv4 = "ipv4",
        /// `http://[fd00:ec2::254]/`.
        Ipv6 = "ipv6",
    }
);

str_enum!(
    /// Endpoint discovery (`endpoint_discovery_enabled`, `AWS_ENDPOINT_DISCOVERY_ENABLED`).
    EndpointDiscovery {
        /// Only for operations that require it (the default).
        Auto = "auto",
        /// Always, when the service supports it.
        Enabled = "true",
        /// Never.
        Disabled = "false",
    }
);

/// Explicit retry settings (boto3's `Config(retries={...})`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RetryConfig {
    /// The retry mode.
    pub mode: Option<RetryMode>,
    /// Maximum number of RETRIES (boto3's legacy `max_attempts` key): total attempts
    /// are this plus one.
    pub max_attempts: Option<u32>,
    /// Maximum number of attempts in all, the first one included. Wins over `max_attempts`.
    pub total_max_attempts: Option<u32>,
}

/// A client certificate for mutual TLS (`client_cert`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClientCert {
    /// The certificate (PEM) file.
    pub cert: PathBuf,
    /// The private key file, when not inside `cert`.
    pub key: Option<PathBuf>,
}

/// Proxy settings (botocore's `proxies` and `proxies_config`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Proxies {
    /// Proxy URL per scheme (`http`, `https`) or per `scheme://host`: the explicit
    /// `proxies` map, else `HTTP_PROXY` / `HTTPS_PROXY` (lower-case names win, like
    /// Python's `urllib`).
    pub proxies: BTreeMap<String, String>,
    /// `NO_PROXY` / `no_proxy`: comma-separated hosts not to proxy (environment only).
    pub no_proxy: Option<String>,
    /// `proxies_config.proxy_ca_bundle`.
    pub proxy_ca_bundle: Option<PathBuf>,
    /// `proxies_config.proxy_client_cert`.
    pub proxy_client_cert: Option<PathBuf>,
    /// `proxies_config.proxy_use_forwarding_for_https`.
    pub proxy_use_forwarding_for_https: bool,
}

/// S3 settings (boto3's `Config(s3={...})` and the profile's nested `s3` block).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct S3Config {
    /// `addressing_style`.
    pub addressing_style: Option<AddressingStyle>,
    /// `use_accelerate_endpoint`.
    pub use_accelerate_endpoint: Option<bool>,
    /// `use_dualstack_endpoint` (S3's own switch).
    pub use_dualstack_endpoint: Option<bool>,
    /// `payload_signing_enabled`.
    pub payload_signing_enabled: Option<bool>,
    /// `use_arn_region` (`AWS_S3_USE_ARN_REGION`, `s3_use_arn_region`).
    pub use_arn_region: Option<bool>,
    /// `us_east_1_regional_endpoint` (`legacy` or `regional`).
    pub us_east_1_regional_endpoint: Option<String>,
    /// `s3_disable_multiregion_access_points`.
    pub s3_disable_multiregion_access_points: Option<bool>,
}

// ---------------------------------------------------------------------------------
// Explicit configuration (boto3's `Config` + session arguments)
// ---------------------------------------------------------------------------------

/// Explicit client settings, boto3-style: everything here wins over the environment
/// and the profile. Unset fields fall through.
#[derive(Clone, Debug, Default)]
pub struct Config {
    /// `region_name`.
    pub region_name: Option<String>,
    /// The profile (boto3's `Session(profile_name=...)`); when set, credentials from
    /// environment variables are skipped as in botocore.
    pub profile_name: Option<String>,
    /// The config file path (instead of `AWS_CONFIG_FILE` / `~/.aws/config`).
    pub config_file: Option<PathBuf>,
    /// The credentials file path (instead of `AWS_SHARED_CREDENTIALS_FILE`).
    pub credentials_file: Option<PathBuf>,
    /// `endpoint_url`.
    pub endpoint_url: Option<String>,
    /// `ignore_configured_endpoint_urls`.
    pub ignore_configured_endpoint_urls: Option<bool>,
    /// `retries`.
    pub retries: Option<RetryConfig>,
    /// `connect_timeout`.
    pub connect_timeout: Option<Duration>,
    /// `read_timeout`.
    pub read_timeout: Option<Duration>,
    /// `max_pool_connections`.
    pub max_pool_connections: Option<usize>,
    /// `proxies`.
    pub proxies: Option<BTreeMap<String, String>>,
    /// `proxies_config.proxy_ca_bundle`.
    pub proxy_ca_bundle: Option<PathBuf>,
    /// `proxies_config.proxy_client_cert`.
    pub proxy_client_cert: Option<PathBuf>,
    /// `proxies_config.proxy_use_forwarding_for_https`.
    pub proxy_use_forwarding_for_https: Option<bool>,
    /// `use_fips_endpoint`.
    pub use_fips_endpoint: Option<bool>,
    /// `use_dualstack_endpoint`.
    pub use_dualstack_endpoint: Option<bool>,
    /// `s3`.
    pub s3: Option<S3Config>,
    /// `user_agent` (replaces the whole user agent).
    pub user_agent: Option<String>,
    /// `user_agent_extra`.
    pub user_agent_extra: Option<String>,
    /// `user_agent_appid`.
    pub user_agent_appid: Option<String>,
    /// `parameter_validation`.
    pub parameter_validation: Option<bool>,
    /// `disable_request_compression`.
    pub disable_request_compression: Option<bool>,
    /// `request_min_compression_size_bytes`.
    pub request_min_compression_size_bytes: Option<u64>,
    /// `request_checksum_calculation`.
    pub request_checksum_calculation: Option<ChecksumMode>,
    /// `response_checksum_validation`.
    pub response_checksum_validation: Option<ChecksumMode>,
    /// `defaults_mode`.
    pub defaults_mode: Option<DefaultsMode>,
    /// `sts_regional_endpoints`.
    pub sts_regional_endpoints: Option<StsRegionalEndpoints>,
    /// `account_id_endpoint_mode`.
    pub account_id_endpoint_mode: Option<AccountIdEndpointMode>,
    /// `verify`: `Some(false)` disables TLS certificate verification.
    pub verify: Option<bool>,
    /// `verify=<path>` / `AWS_CA_BUNDLE` / `ca_bundle`.
    pub ca_bundle: Option<PathBuf>,
    /// `client_cert`.
    pub client_cert: Option<ClientCert>,
    /// `tcp_keepalive`.
    pub tcp_keepalive: Option<bool>,
    /// `inject_host_prefix`.
    pub inject_host_prefix: Option<bool>,
    /// `sigv4a_signing_region_set`.
    pub sigv4a_signing_region_set: Option<String>,
    /// `auth_scheme_preference`.
    pub auth_scheme_preference: Option<String>,
    /// `endpoint_discovery_enabled`.
    pub endpoint_discovery_enabled: Option<EndpointDiscovery>,
    /// `s3_disable_express_session_auth`.
    pub s3_disable_express_session_auth: Option<bool>,
}

macro_rules! setters {
    ($($(#[$m:meta])* $name:ident : $ty:ty),+ $(,)?) => {
        impl Config {
            $(
                $(#[$m])*
                pub fn $name(mut self, v: impl Into<$ty>) -> Config {
                    self.$name = Some(v.into());
                    self
                }
            )+
        }
    };
}

impl Config {
    /// An empty configuration (everything from the environment, profile or defaults).
    pub fn new() -> Config {
        Config::default()
    }
    /// Sets `retries`.
    pub fn retries(mut self, r: RetryConfig) -> Config {
        self.retries = Some(r);
        self
    }
    /// Sets `s3`.
    pub fn s3(mut self, s3: S3Config) -> Config {
        self.s3 = Some(s3);
        self
    }
    /// Sets `client_cert`.
    pub fn client_cert(mut self, c: ClientCert) -> Config {
        self.client_cert = Some(c);
        self
    }
    /// Sets `proxies`.
    pub fn proxies(mut self, p: BTreeMap<String, String>) -> Config {
        self.proxies = Some(p);
        self
    }
}

setters!(
    /// Sets `region_name`.
    region_name: String,
    /// Sets the profile.
    profile_name: String,
    /// Sets the config file path.
    config_file: PathBuf,
    /// Sets the credentials file path.
    credentials_file: PathBuf,
    /// Sets `endpoint_url`.
    endpoint_url: String,
    /// Sets `ignore_configured_endpoint_urls`.
    ignore_configured_endpoint_urls: bool,
    /// Sets `connect_timeout`.
    connect_timeout: Duration,
    /// Sets `read_timeout`.
    read_timeout: Duration,
    /// Sets `max_pool_connections`.
    max_pool_connections: usize,
    /// Sets `use_fips_endpoint`.
    use_fips_endpoint: bool,
    /// Sets `use_dualstack_endpoint`.
    use_dualstack_endpoint: bool,
    /// Sets `user_agent`.
    user_agent: String,
    /// Sets `user_agent_extra`.
    user_agent_extra: String,
    /// Sets `user_agent_appid`.
    user_agent_appid: String,
    /// Sets `parameter_validation`.
    parameter_validation: bool,
    /// Sets `disable_request_compression`.
    disable_request_compression: bool,
    /// Sets `request_min_compression_size_bytes`.
    request_min_compression_size_bytes: u64,
    /// Sets `request_checksum_calculation`.
    request_checksum_calculation: ChecksumMode,
    /// Sets `response_checksum_validation`.
    response_checksum_validation: ChecksumMode,
    /// Sets `defaults_mode`.
    defaults_mode: DefaultsMode,
    /// Sets `sts_regional_endpoints`.
    sts_regional_endpoints: StsRegionalEndpoints,
    /// Sets `account_id_endpoint_mode`.
    account_id_endpoint_mode: AccountIdEndpointMode,
    /// Sets `verify`.
    verify: bool,
    /// Sets the CA bundle.
    ca_bundle: PathBuf,
    /// Sets `tcp_keepalive`.
    tcp_keepalive: bool,
    /// Sets `inject_host_prefix`.
    inject_host_prefix: bool,
    /// Sets `sigv4a_signing_region_set`.
    sigv4a_signing_region_set: String,
    /// Sets `auth_scheme_preference`.
    auth_scheme_preference: String,
    /// Sets `endpoint_discovery_enabled`.
    endpoint_discovery_enabled: EndpointDiscovery,
    /// Sets `s3_disable_express_session_auth`.
    s3_disable_express_session_auth: bool,
    /// Sets `proxy_ca_bundle`.
    proxy_ca_bundle: PathBuf,
    /// Sets `proxy_client_cert`.
    proxy_client_cert: PathBuf,
    /// Sets `proxy_use_forwarding_for_https`.
    proxy_use_forwarding_for_https: bool,
);

// ---------------------------------------------------------------------------------
// Resolved configuration
// ---------------------------------------------------------------------------------

/// Resolved retry settings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ResolvedRetry {
    /// The mode (default `standard`, or the defaults mode's `retryMode`).
    pub mode: RetryMode,
    /// Attempts in all, the first included: explicit `total_max_attempts`, explicit
    /// `max_attempts + 1`, `AWS_MAX_ATTEMPTS`, profile `max_attempts`, else the mode's
    /// default (legacy 5, standard and adaptive 3).
    pub total_max_attempts: u32,
    /// Whether the attempts were configured (explicitly, by environment or profile) rather
    /// than defaulted; the retry strategy then applies per-service defaults (DynamoDB's).
    pub configured: bool,
}

/// IMDS settings used by the instance-metadata credentials provider.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImdsConfig {
    /// `metadata_service_timeout` (default 1 s).
    pub timeout: Duration,
    /// `metadata_service_num_attempts` (default 1).
    pub num_attempts: u32,
    /// `ec2_metadata_service_endpoint` (`AWS_EC2_METADATA_SERVICE_ENDPOINT`).
    pub endpoint: Option<String>,
    /// `ec2_metadata_service_endpoint_mode`, or ipv6 when `imds_use_ipv6` is true.
    pub endpoint_mode: ImdsEndpointMode,
    /// `ec2_metadata_v1_disabled`.
    pub v1_disabled: bool,
    /// `AWS_EC2_METADATA_DISABLED=true`.
    pub disabled: bool,
}

/// Every client setting, resolved: what the request pipeline consumes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClientConfig {
    /// The active profile name (`default` unless set).
    pub profile: String,
    /// The region; `None` when configured nowhere (`AWS_DEFAULT_REGION`, profile `region`).
    pub region: Option<String>,
    /// The endpoint URL: explicit, else (unless ignored) `AWS_ENDPOINT_URL_<SERVICE>`,
    /// `AWS_ENDPOINT_URL`, the profile's services section, the profile's `endpoint_url`.
    pub endpoint_url: Option<String>,
    /// Retry settings.
    pub retry: ResolvedRetry,
    /// TCP connect timeout (60 s, or the defaults mode's `connectTimeoutInMillis`).
    pub connect_timeout: Duration,
    /// Read timeout (60 s).
    pub read_timeout: Duration,
    /// Connection pool size (10).
    pub max_pool_connections: usize,
    /// Proxies.
    pub proxies: Proxies,
    /// `use_fips_endpoint` (false).
    pub use_fips_endpoint: bool,
    /// `use_dualstack_endpoint` (false; S3 also honours `s3.use_dualstack_endpoint`).
    pub use_dualstack_endpoint: bool,
    /// S3 settings: explicit keys over environment over the profile's `s3` block.
    pub s3: S3Config,
    /// `user_agent` replacement.
    pub user_agent: Option<String>,
    /// `user_agent_extra`.
    pub user_agent_extra: Option<String>,
    /// `user_agent_appid` (`AWS_SDK_UA_APP_ID`, profile `sdk_ua_app_id`).
    pub user_agent_appid: Option<String>,
    /// `parameter_validation` (true).
    pub parameter_validation: bool,
    /// `disable_request_compression` (false).
    pub disable_request_compression: bool,
    /// `request_min_compression_size_bytes` (10240, must be 1..=1048576).
    pub request_min_compression_size_bytes: u64,
    /// `request_checksum_calculation` (when_supported).
    pub request_checksum_calculation: ChecksumMode,
    /// `response_checksum_validation` (when_supported).
    pub response_checksum_validation: ChecksumMode,
    /// The defaults mode in effect (`auto` already resolved).
    pub defaults_mode: DefaultsMode,
    /// `sts_regional_endpoints` (regional).
    pub sts_regional_endpoints: StsRegionalEndpoints,
    /// `account_id_endpoint_mode` (preferred).
    pub account_id_endpoint_mode: AccountIdEndpointMode,
    /// Whether TLS certificates are verified (true unless `verify=false`).
    pub verify_tls: bool,
    /// CA bundle (explicit, `AWS_CA_BUNDLE`, profile `ca_bundle`).
    pub ca_bundle: Option<PathBuf>,
    /// Client certificate.
    pub client_cert: Option<ClientCert>,
    /// `tcp_keepalive` (`BOTOCORE_TCP_KEEPALIVE`, profile; false).
    pub tcp_keepalive: bool,
    /// Whether host prefixes are injected (true unless `inject_host_prefix=false` or
    /// `disable_host_prefix_injection`).
    pub inject_host_prefix: bool,
    /// `sigv4a_signing_region_set`.
    pub sigv4a_signing_region_set: Option<String>,
    /// `auth_scheme_preference`.
    pub auth_scheme_preference: Option<String>,
    /// `endpoint_discovery_enabled` (auto).
    pub endpoint_discovery_enabled: EndpointDiscovery,
    /// `s3_disable_express_session_auth` (`AWS_S3_DISABLE_EXPRESS_SESSION_AUTH`; false).
    pub s3_disable_express_session_auth: bool,
    /// IMDS settings.
    pub imds: ImdsConfig,
    /// The config file in use.
    pub config_file: PathBuf,
    /// The credentials file in use.
    pub credentials_file: PathBuf,
}

// ---------------------------------------------------------------------------------
// sdk-default-configuration.json
// ---------------------------------------------------------------------------------

const SDK_DEFAULT_CONFIGURATION: &str =
    include_str!("../../../models/data/sdk-default-configuration.json");

/// The values a defaults mode contributes (botocore's `DefaultConfigResolver`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ModeDefaults {
    /// `retryMode`.
    pub retry_mode: Option<RetryMode>,
    /// `stsRegionalEndpoints`.
    pub sts_regional_endpoints: Option<StsRegionalEndpoints>,
    /// `s3UsEast1RegionalEndpoints`.
    pub s3_us_east_1_regional_endpoint: Option<String>,
    /// `connectTimeoutInMillis`.
    pub connect_timeout: Option<Duration>,
}

/// The defaults of `mode` from the embedded `sdk-default-configuration.json`: the
/// `base` values with the mode's `multiply` / `add` / `override` modifications.
/// `None` for `legacy` and `auto` (which has to be resolved first).
pub fn mode_defaults(mode: DefaultsMode) -> Option<ModeDefaults> {
    if matches!(mode, DefaultsMode::Legacy | DefaultsMode::Auto) {
        return None;
    }
    let doc: serde_json::Value = serde_json::from_str(SDK_DEFAULT_CONFIGURATION).ok()?;
    let mut values = doc.get("base")?.as_object()?.clone();
    if let Some(mods) = doc
        .get("modes")
        .and_then(|m| m.get(mode.as_str()))
        .and_then(|m| m.as_object())
    {
        for (var, modification) in mods {
            let Some((op, arg)) = modification.as_object().and_then(|m| m.iter().next()) else {
                continue;
            };
            let current = values.get(var).cloned();
            let new = match (
                op.as_str(),
                current.as_ref().and_then(|c| c.as_f64()),
                arg.as_f64(),
            ) {
                ("multiply", Some(c), Some(a)) => serde_json::json!(c * a),
                ("add", Some(c), Some(a)) => serde_json::json!(c + a),
                ("override", _, _) => arg.clone(),
                _ => continue,
            };
            values.insert(var.clone(), new);
        }
    }
    let s = |k: &str| values.get(k).and_then(|v| v.as_str());
    Some(ModeDefaults {
        retry_mode: s("retryMode").and_then(RetryMode::parse),
        sts_regional_endpoints: s("stsRegionalEndpoints").and_then(StsRegionalEndpoints::parse),
        s3_us_east_1_regional_endpoint: s("s3UsEast1RegionalEndpoints").map(str::to_string),
        connect_timeout: values
            .get("connectTimeoutInMillis")
            .and_then(|v| v.as_f64())
            .filter(|v| v.is_finite() && *v >= 0.0)
            .map(|ms| Duration::from_secs_f64(ms / 1000.0)),
    })
}

// ---------------------------------------------------------------------------------
// Loading
// ---------------------------------------------------------------------------------

/// Loads the shared files once; [`SharedConfig::client_config`] then resolves the
/// settings of a client.
#[derive(Debug)]
pub struct ConfigLoader {
    env: Arc<dyn Env>,
    config: Config,
}

impl ConfigLoader {
    /// A loader reading `env`.
    pub fn new(env: Arc<dyn Env>) -> ConfigLoader {
        ConfigLoader {
            env,
            config: Config::default(),
        }
    }

    /// Sets the explicit configuration.
    pub fn config(mut self, config: Config) -> ConfigLoader {
        self.config = config;
        self
    }

    /// Resolves the profile name and file paths and reads both files (missing files are
    /// skipped). Errors: a file that does not parse, or a named profile that exists in
    /// neither file.
    pub fn load(self) -> Result<SharedConfig, ConfigError> {
        let env = self.env;
        let explicit_profile = self.config.profile_name.clone();
        let profile = explicit_profile
            .clone()
            .or_else(|| nonempty(env.var("AWS_DEFAULT_PROFILE")))
            .or_else(|| nonempty(env.var("AWS_PROFILE")))
            .unwrap_or_else(|| "default".to_string());
        let config_file = match &self.config.config_file {
            Some(p) => expand_path(&p.to_string_lossy(), env.as_ref()),
            None => expand_path(
                &env.var("AWS_CONFIG_FILE")
                    .unwrap_or_else(|| "~/.aws/config".into()),
                env.as_ref(),
            ),
        };
        let credentials_file = match &self.config.credentials_file {
            Some(p) => expand_path(&p.to_string_lossy(), env.as_ref()),
            None => expand_path(
                &env.var("AWS_SHARED_CREDENTIALS_FILE")
                    .unwrap_or_else(|| "~/.aws/credentials".into()),
                env.as_ref(),
            ),
        };
        let mut profiles = profile::load_config(&config_file)?.unwrap_or_default();
        if let Some(creds) = profile::raw_config_parse(&credentials_file, true)? {
            profiles.merge_credentials_file(&creds);
        }
        if profile != "default" && !profiles.profiles.contains_key(&profile) {
            return Err(ConfigError::ProfileNotFound(profile));
        }
        Ok(SharedConfig {
            env,
            config: self.config,
            profile_name: profile,
            profile_explicit: explicit_profile.is_some(),
            profiles: Arc::new(profiles),
            config_file,
            credentials_file,
        })
    }
}

fn nonempty(v: Option<String>) -> Option<String> {
    v.filter(|s| !s.is_empty())
}

/// The loaded shared configuration: explicit settings, environment, and the merged
/// profiles of the config and credentials files.
#[derive(Clone, Debug)]
pub struct SharedConfig {
    env: Arc<dyn Env>,
    config: Config,
    profile_name: String,
    profile_explicit: bool,
    profiles: Arc<ProfileSet>,
    config_file: PathBuf,
    credentials_file: PathBuf,
}

/// A raw value with its source.
type Sourced = (String, ConfigSource);

impl SharedConfig {
    /// The environment.
    pub fn env(&self) -> &Arc<dyn Env> {
        &self.env
    }
    /// The explicit configuration.
    pub fn explicit(&self) -> &Config {
        &self.config
    }
    /// The active profile name.
    pub fn profile_name(&self) -> &str {
        &self.profile_name
    }
    /// Whether the profile was set explicitly (then env-var credentials are skipped).
    pub fn profile_explicit(&self) -> bool {
        self.profile_explicit
    }
    /// All profiles (config file merged with credentials file), sso-sessions, services.
    pub fn profiles(&self) -> &Arc<ProfileSet> {
        &self.profiles
    }
    /// The active profile's section, if it exists.
    pub fn profile(&self) -> Option<&Section> {
        self.profiles.profile(&self.profile_name)
    }
    /// The config file path.
    pub fn config_file(&self) -> &Path {
        &self.config_file
    }
    /// The credentials file path.
    pub fn credentials_file(&self) -> &Path {
        &self.credentials_file
    }

    fn env_var(&self, names: &[&str]) -> Option<Sourced> {
        names.iter().find_map(|n| {
            self.env
                .var(n)
                .map(|v| (v, ConfigSource::Env((*n).to_string())))
        })
    }

    fn prof(&self, key: &str) -> Option<Sourced> {
        let prop = self.profile()?.property(key)?;
        let v = prop.value.as_str()?;
        Some((v.to_string(), self.prof_source(&prop.origin)))
    }

    fn prof_source(&self, origin: &profile::Origin) -> ConfigSource {
        ConfigSource::Profile {
            file: origin.file.as_ref().clone(),
            profile: self.profile_name.clone(),
            line: origin.line,
        }
    }

    fn prof_nested(&self, section: &str, key: &str) -> Option<Sourced> {
        let prop = self.profile()?.property(section)?;
        let v = prop.value.as_nested()?.get(key)?;
        Some((v.clone(), self.prof_source(&prop.origin)))
    }

    /// The environment's value, else the profile's.
    fn lookup(&self, env: &[&str], key: &str) -> Option<Sourced> {
        self.env_var(env).or_else(|| self.prof(key))
    }

    /// The raw value of a setting from the environment or the active profile, as
    /// botocore's config chain sees it (no explicit settings, no defaults).
    pub fn raw(&self, env_var: Option<&str>, profile_key: &str) -> Option<String> {
        let envs: Vec<&str> = env_var.into_iter().collect();
        self.lookup(&envs, profile_key).map(|(v, _)| v)
    }

    /// Resolves every setting for a client of the service whose model `serviceId` is
    /// `service_id` (`"DynamoDB"`, `"Elastic Beanstalk"`, `"s3"`, …; it is only used
    /// for per-service endpoint URLs).
    pub fn client_config(&self, service_id: &str) -> Result<ClientConfig, ConfigError> {
        let c = &self.config;
        let region = c
            .region_name
            .clone()
            .or_else(|| {
                self.lookup(&["AWS_DEFAULT_REGION"], "region")
                    .map(|(v, _)| v)
            })
            .filter(|r| !r.is_empty());

        // Defaults mode and the defaults it brings.
        let defaults_mode = match c.defaults_mode {
            Some(m) => m,
            None => match self.lookup(&["AWS_DEFAULTS_MODE"], "defaults_mode") {
                Some((v, src)) => parse_enum::<DefaultsMode>(
                    &v,
                    src,
                    "defaults_mode",
                    DefaultsMode::parse,
                    DefaultsMode::expected,
                )?,
                None => DefaultsMode::Legacy,
            },
        };
        let defaults_mode = if defaults_mode == DefaultsMode::Auto {
            self.resolve_auto_mode(region.as_deref())
        } else {
            defaults_mode
        };
        let md = mode_defaults(defaults_mode).unwrap_or_default();

        // Retries.
        let mode = match c.retries.and_then(|r| r.mode) {
            Some(m) => m,
            None => match self.lookup(&["AWS_RETRY_MODE"], "retry_mode") {
                Some((v, src)) => {
                    parse_enum(&v, src, "retry_mode", RetryMode::parse, RetryMode::expected)?
                }
                None => md.retry_mode.unwrap_or(RetryMode::Standard),
            },
        };
        let explicit_total = match c.retries {
            Some(RetryConfig {
                total_max_attempts: Some(t),
                ..
            }) => {
                if t < 1 {
                    return Err(invalid(
                        "total_max_attempts",
                        ConfigSource::Explicit,
                        t,
                        "an integer >= 1",
                    ));
                }
                Some(t)
            }
            Some(RetryConfig {
                max_attempts: Some(m),
                ..
            }) => Some(m.saturating_add(1)),
            _ => None,
        };
        let mut configured = true;
        let total_max_attempts = match explicit_total {
            Some(t) => t,
            None => match self.lookup(&["AWS_MAX_ATTEMPTS"], "max_attempts") {
                Some((v, src)) => match v.trim().parse::<u32>() {
                    Ok(n) if n >= 1 => n,
                    _ => {
                        return Err(invalid(
                            "max_attempts",
                            src,
                            v,
                            "an integer >= 1 (total attempts)",
                        ))
                    }
                },
                None => {
                    configured = false;
                    match mode {
                        RetryMode::Legacy => 5,
                        RetryMode::Standard | RetryMode::Adaptive => 3,
                    }
                }
            },
        };

        // Timeouts and pool.
        let connect_timeout = c
            .connect_timeout
            .or(md.connect_timeout)
            .unwrap_or(Duration::from_secs(60));
        let read_timeout = c.read_timeout.unwrap_or(Duration::from_secs(60));
        let max_pool_connections = c.max_pool_connections.unwrap_or(10);

        // Endpoint URL.
        let ignore_configured = match c.ignore_configured_endpoint_urls {
            Some(b) => b,
            None => self
                .lookup(
                    &["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"],
                    "ignore_configured_endpoint_urls",
                )
                .map(|(v, _)| ensure_boolean(&v))
                .unwrap_or(false),
        };
        let endpoint_url = match &c.endpoint_url {
            Some(u) => Some(u.clone()),
            None if ignore_configured => None,
            None => self.configured_endpoint_url(service_id)?,
        };

        let bool_setting = |explicit: Option<bool>, env: &[&str], key: &str| -> bool {
            explicit.unwrap_or_else(|| {
                self.lookup(env, key)
                    .map(|(v, _)| ensure_boolean(&v))
                    .unwrap_or(false)
            })
        };
        let string_setting =
            |explicit: &Option<String>, env: &[&str], key: &str| -> Option<String> {
                explicit
                    .clone()
                    .or_else(|| self.lookup(env, key).map(|(v, _)| v))
            };

        let use_fips_endpoint = bool_setting(
            c.use_fips_endpoint,
            &["AWS_USE_FIPS_ENDPOINT"],
            "use_fips_endpoint",
        );
        let use_dualstack_endpoint = bool_setting(
            c.use_dualstack_endpoint,
            &["AWS_USE_DUALSTACK_ENDPOINT"],
            "use_dualstack_endpoint",
        );

        let s3 = self.resolve_s3(md.s3_us_east_1_regional_endpoint.clone())?;

        let user_agent_appid =
            string_setting(&c.user_agent_appid, &["AWS_SDK_UA_APP_ID"], "sdk_ua_app_id");
        let parameter_validation = c.parameter_validation.unwrap_or_else(|| {
            self.prof("parameter_validation")
                .map(|(v, _)| ensure_boolean(&v))
                .unwrap_or(true)
        });

        let disable_request_compression = bool_setting(
            c.disable_request_compression,
            &["AWS_DISABLE_REQUEST_COMPRESSION"],
            "disable_request_compression",
        );
        let request_min_compression_size_bytes = {
            let (raw, src) = match c.request_min_compression_size_bytes {
                Some(n) => (n.to_string(), ConfigSource::Explicit),
                None => self
                    .lookup(
                        &["AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES"],
                        "request_min_compression_size_bytes",
                    )
                    .unwrap_or_else(|| ("10240".into(), ConfigSource::Default)),
            };
            match raw.trim().parse::<u64>() {
                Ok(n) if (1..=1_048_576).contains(&n) => n,
                _ => {
                    return Err(invalid(
                        "request_min_compression_size_bytes",
                        src,
                        raw,
                        "an integer between 1 and 1048576",
                    ))
                }
            }
        };

        let request_checksum_calculation = self.enum_setting(
            c.request_checksum_calculation,
            &["AWS_REQUEST_CHECKSUM_CALCULATION"],
            "request_checksum_calculation",
            ChecksumMode::WhenSupported,
            ChecksumMode::parse,
            ChecksumMode::expected,
        )?;
        let response_checksum_validation = self.enum_setting(
            c.response_checksum_validation,
            &["AWS_RESPONSE_CHECKSUM_VALIDATION"],
            "response_checksum_validation",
            ChecksumMode::WhenSupported,
            ChecksumMode::parse,
            ChecksumMode::expected,
        )?;
        let sts_regional_endpoints = self.enum_setting(
            c.sts_regional_endpoints,
            &["AWS_STS_REGIONAL_ENDPOINTS"],
            "sts_regional_endpoints",
            md.sts_regional_endpoints
                .unwrap_or(StsRegionalEndpoints::Regional),
            StsRegionalEndpoints::parse,
            StsRegionalEndpoints::expected,
        )?;
        let account_id_endpoint_mode = self.enum_setting(
            c.account_id_endpoint_mode,
            &["AWS_ACCOUNT_ID_ENDPOINT_MODE"],
            "account_id_endpoint_mode",
            AccountIdEndpointMode::Preferred,
            AccountIdEndpointMode::parse,
            AccountIdEndpointMode::expected,
        )?;

        let ca_bundle = match &c.ca_bundle {
            Some(p) => Some(p.clone()),
            None => self
                .lookup(&["AWS_CA_BUNDLE"], "ca_bundle")
                .map(|(v, _)| expand_path(&v, self.env.as_ref())),
        };
        let tcp_keepalive = bool_setting(
            c.tcp_keepalive,
            &["BOTOCORE_TCP_KEEPALIVE"],
            "tcp_keepalive",
        );
        let inject_host_prefix = match c.inject_host_prefix {
            Some(b) => b,
            None => !self
                .lookup(
                    &["AWS_DISABLE_HOST_PREFIX_INJECTION"],
                    "disable_host_prefix_injection",
                )
                .map(|(v, _)| ensure_boolean(&v))
                .unwrap_or(false),
        };

        Ok(ClientConfig {
            profile: self.profile_name.clone(),
            region,
            endpoint_url,
            retry: ResolvedRetry {
                mode,
                total_max_attempts,
                configured,
            },
            connect_timeout,
            read_timeout,
            max_pool_connections,
            proxies: self.resolve_proxies(),
            use_fips_endpoint,
            use_dualstack_endpoint,
            s3,
            user_agent: c.user_agent.clone(),
            user_agent_extra: c.user_agent_extra.clone(),
            user_agent_appid,
            parameter_validation,
            disable_request_compression,
            request_min_compression_size_bytes,
            request_checksum_calculation,
            response_checksum_validation,
            defaults_mode,
            sts_regional_endpoints,
            account_id_endpoint_mode,
            verify_tls: c.verify.unwrap_or(true),
            ca_bundle,
            client_cert: c.client_cert.clone(),
            tcp_keepalive,
            inject_host_prefix,
            sigv4a_signing_region_set: string_setting(
                &c.sigv4a_signing_region_set,
                &["AWS_SIGV4A_SIGNING_REGION_SET"],
                "sigv4a_signing_region_set",
            ),
            auth_scheme_preference: string_setting(
                &c.auth_scheme_preference,
                &["AWS_AUTH_SCHEME_PREFERENCE"],
                "auth_scheme_preference",
            ),
            endpoint_discovery_enabled: self.enum_setting(
                c.endpoint_discovery_enabled,
                &["AWS_ENDPOINT_DISCOVERY_ENABLED"],
                "endpoint_discovery_enabled",
                EndpointDiscovery::Auto,
                EndpointDiscovery::parse,
                EndpointDiscovery::expected,
            )?,
            s3_disable_express_session_auth: match c.s3_disable_express_session_auth {
                Some(b) => b,
                None => match self.lookup(
                    &["AWS_S3_DISABLE_EXPRESS_SESSION_AUTH"],
                    "s3_disable_express_session_auth",
                ) {
                    Some((v, src)) => match v.trim().to_ascii_lowercase().as_str() {
                        "true" => true,
                        "false" => false,
                        _ => {
                            return Err(invalid(
                                "s3_disable_express_session_auth",
                                src,
                                v,
                                "true or false",
                            ))
                        }
                    },
                    None => false,
                },
            },
            imds: self.imds_config()?,
            config_file: self.config_file.clone(),
            credentials_file: self.credentials_file.clone(),
        })
    }

    fn enum_setting<T: Copy>(
        &self,
        explicit: Option<T>,
        env: &[&str],
        key: &'static str,
        default: T,
        parse: fn(&str) -> Option<T>,
        expected: fn() -> String,
    ) -> Result<T, ConfigError> {
        if let Some(v) = explicit {
            return Ok(v);
        }
        match self.lookup(env, key) {
            Some((v, src)) => parse_enum(&v, src, key, parse, expected),
            None => Ok(default),
        }
    }

    /// botocore's `resolve_auto_mode` without the IMDS region lookup: in an AWS
    /// execution environment (`AWS_EXECUTION_ENV`), `in-region` when the client's region
    /// equals `AWS_REGION` (or `AWS_DEFAULT_REGION`), else `cross-region`; otherwise
    /// `standard`.
    fn resolve_auto_mode(&self, region: Option<&str>) -> DefaultsMode {
        if self.env.var("AWS_EXECUTION_ENV").is_some() {
            let current = nonempty(self.env.var("AWS_REGION"))
                .or_else(|| nonempty(self.env.var("AWS_DEFAULT_REGION")));
            if let Some(current) = current {
                return if region == Some(current.as_str()) {
                    DefaultsMode::InRegion
                } else {
                    DefaultsMode::CrossRegion
                };
            }
        }
        DefaultsMode::Standard
    }

    /// botocore's `ConfiguredEndpointProvider`: `AWS_ENDPOINT_URL_<SERVICE_ID>`,
    /// `AWS_ENDPOINT_URL`, the profile's `services` section entry for the service, the
    /// profile's `endpoint_url`.
    pub fn configured_endpoint_url(&self, service_id: &str) -> Result<Option<String>, ConfigError> {
        let snake = service_id_snake(service_id);
        let service_env = format!("AWS_ENDPOINT_URL_{}", snake.to_ascii_uppercase());
        if let Some(v) = nonempty(self.env.var(&service_env)) {
            return Ok(Some(v));
        }
        if let Some(v) = nonempty(self.env.var("AWS_ENDPOINT_URL")) {
            return Ok(Some(v));
        }
        if let Some((services_name, _)) = self.prof("services") {
            let Some(section) = self.profiles.services.get(&services_name) else {
                return Err(ConfigError::ServicesSectionNotFound(services_name));
            };
            if let Some(url) = section
                .get_nested(&snake)
                .and_then(|m| m.get("endpoint_url"))
            {
                if !url.is_empty() {
                    return Ok(Some(url.clone()));
                }
            }
        }
        Ok(self
            .prof("endpoint_url")
            .map(|(v, _)| v)
            .filter(|v| !v.is_empty()))
    }

    fn resolve_s3(&self, us_east_1_default: Option<String>) -> Result<S3Config, ConfigError> {
        let nested_bool = |key: &str| self.prof_nested("s3", key).map(|(v, _)| ensure_boolean(&v));
        let addressing_style = match self.prof_nested("s3", "addressing_style") {
            Some((v, src)) => Some(parse_enum(
                &v,
                src,
                "s3.addressing_style",
                AddressingStyle::parse,
                AddressingStyle::expected,
            )?),
            None => None,
        };
        let use_arn_region = self
            .env_var(&["AWS_S3_USE_ARN_REGION"])
            .or_else(|| self.prof("s3_use_arn_region"))
            .or_else(|| self.prof_nested("s3", "use_arn_region"))
            .map(|(v, _)| ensure_boolean(&v));
        let us_east_1_regional_endpoint = self
            .env_var(&["AWS_S3_US_EAST_1_REGIONAL_ENDPOINT"])
            .or_else(|| self.prof("s3_us_east_1_regional_endpoint"))
            .or_else(|| self.prof_nested("s3", "us_east_1_regional_endpoint"))
            .map(|(v, _)| v)
            .or(us_east_1_default);
        let disable_mrap = self
            .env_var(&["AWS_S3_DISABLE_MULTIREGION_ACCESS_POINTS"])
            .or_else(|| self.prof_nested("s3", "s3_disable_multiregion_access_points"))
            .map(|(v, _)| ensure_boolean(&v));
        let mut s3 = S3Config {
            addressing_style,
            use_accelerate_endpoint: nested_bool("use_accelerate_endpoint"),
            use_dualstack_endpoint: nested_bool("use_dualstack_endpoint"),
            payload_signing_enabled: nested_bool("payload_signing_enabled"),
            use_arn_region,
            us_east_1_regional_endpoint,
            s3_disable_multiregion_access_points: disable_mrap,
        };
        if let Some(e) = &self.config.s3 {
            macro_rules! over {
                ($($f:ident),+) => { $(if e.$f.is_some() { s3.$f = e.$f.clone(); })+ };
            }
            over!(
                addressing_style,
                use_accelerate_endpoint,
                use_dualstack_endpoint,
                payload_signing_enabled,
                use_arn_region,
                us_east_1_regional_endpoint,
                s3_disable_multiregion_access_points
            );
        }
        Ok(s3)
    }

    fn resolve_proxies(&self) -> Proxies {
        let c = &self.config;
        // Python's urllib: the lower-case variable wins over the upper-case one.
        let env_either = |name: &str| {
            nonempty(self.env.var(&name.to_ascii_lowercase()))
                .or_else(|| nonempty(self.env.var(&name.to_ascii_uppercase())))
        };
        let proxies = match &c.proxies {
            Some(p) => p.clone(),
            None => {
                let mut m = BTreeMap::new();
                if let Some(v) = env_either("http_proxy") {
                    m.insert("http".to_string(), v);
                }
                if let Some(v) = env_either("https_proxy") {
                    m.insert("https".to_string(), v);
                }
                m
            }
        };
        let nested = |key: &str| self.prof_nested("proxies_config", key).map(|(v, _)| v);
        Proxies {
            proxies,
            no_proxy: env_either("no_proxy"),
            proxy_ca_bundle: c
                .proxy_ca_bundle
                .clone()
                .or_else(|| nested("proxy_ca_bundle").map(PathBuf::from)),
            proxy_client_cert: c
                .proxy_client_cert
                .clone()
                .or_else(|| nested("proxy_client_cert").map(PathBuf::from)),
            proxy_use_forwarding_for_https: c
                .proxy_use_forwarding_for_https
                .or_else(|| nested("proxy_use_forwarding_for_https").map(|v| ensure_boolean(&v)))
                .unwrap_or(false),
        }
    }

    /// The IMDS settings (used by the instance-metadata credentials provider).
    pub fn imds_config(&self) -> Result<ImdsConfig, ConfigError> {
        let timeout = match self.lookup(
            &["AWS_METADATA_SERVICE_TIMEOUT"],
            "metadata_service_timeout",
        ) {
            Some((v, src)) => match v.trim().parse::<u64>() {
                Ok(n) => Duration::from_secs(n),
                Err(_) => {
                    return Err(invalid(
                        "metadata_service_timeout",
                        src,
                        v,
                        "an integer (seconds)",
                    ))
                }
            },
            None => Duration::from_secs(1),
        };
        let num_attempts = match self.lookup(
            &["AWS_METADATA_SERVICE_NUM_ATTEMPTS"],
            "metadata_service_num_attempts",
        ) {
            Some((v, src)) => match v.trim().parse::<u32>() {
                Ok(n) => n,
                Err(_) => {
                    return Err(invalid(
                        "metadata_service_num_attempts",
                        src,
                        v,
                        "an integer",
                    ))
                }
            },
            None => 1,
        };
        let endpoint_mode = match self.lookup(
            &["AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE"],
            "ec2_metadata_service_endpoint_mode",
        ) {
            Some((v, src)) => parse_enum(
                &v,
                src,
                "ec2_metadata_service_endpoint_mode",
                ImdsEndpointMode::parse,
                ImdsEndpointMode::expected,
            )?,
            None => {
                if self
                    .lookup(&["AWS_IMDS_USE_IPV6"], "imds_use_ipv6")
                    .map(|(v, _)| ensure_boolean(&v))
                    .unwrap_or(false)
                {
                    ImdsEndpointMode::Ipv6
                } else {
                    ImdsEndpointMode::Ipv4
                }
            }
        };
        Ok(ImdsConfig {
            timeout,
            num_attempts,
            endpoint: self
                .lookup(
                    &["AWS_EC2_METADATA_SERVICE_ENDPOINT"],
                    "ec2_metadata_service_endpoint",
                )
                .map(|(v, _)| v),
            endpoint_mode,
            v1_disabled: self
                .lookup(
                    &["AWS_EC2_METADATA_V1_DISABLED"],
                    "ec2_metadata_v1_disabled",
                )
                .map(|(v, _)| ensure_boolean(&v))
                .unwrap_or(false),
            disabled: self
                .env
                .var("AWS_EC2_METADATA_DISABLED")
                .map(|v| v.eq_ignore_ascii_case("true"))
                .unwrap_or(false),
        })
    }
}

/// botocore's `ensure_boolean` for strings: `true` (any case) is true, anything else false.
pub fn ensure_boolean(v: &str) -> bool {
    v.trim().eq_ignore_ascii_case("true")
}

/// A model `serviceId` as used in `AWS_ENDPOINT_URL_<ID>` and `services` sections:
/// lower-case, spaces and hyphens as underscores (`"Elastic Beanstalk"` → `elastic_beanstalk`).
pub fn service_id_snake(service_id: &str) -> String {
    service_id
        .trim()
        .to_ascii_lowercase()
        .replace([' ', '-'], "_")
}

fn invalid(
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

fn parse_enum<T>(
    v: &str,
    src: ConfigSource,
    key: &'static str,
    parse: fn(&str) -> Option<T>,
    expected: fn() -> String,
) -> Result<T, ConfigError> {
    parse(v).ok_or_else(|| invalid(key, src, v, &format!("one of {}", expected())))
}

#[cfg(test)]
pub(crate) mod tests;

//! The explicit configuration: botocore's `Config` object plus the `boto3.client(...)` /
//! `Session(...)` arguments (`region_name`, `endpoint_url`, `profile_name`, `verify`, …).
//! Every field set here wins over the environment and the profile; unset fields fall
//! through. [`S3Config`] and [`ProxyMap`] are `Config`'s nested arguments; the
//! `retries` dict is [`RetryConfig`], owned by the retry module, and `client_cert` is
//! [`ClientCert`], owned by the HTTP module.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Duration;

use super::values::{
    AccountIdEndpointMode, AddressingStyle, ChecksumMode, DefaultsMode, EndpointDiscovery,
    SignatureVersion, StsRegionalEndpoints,
};
use crate::endpoint::Value;
use crate::http::ClientCert;
use crate::retry::RetryConfig;

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
    /// `proxies`: proxy URL by target scheme. Like botocore, only the `http` and `https`
    /// keys are consulted; when set, `HTTP_PROXY` / `HTTPS_PROXY` are not.
    pub proxies: Option<ProxyMap>,
    /// `proxies_config.proxy_ca_bundle`.
    pub proxy_ca_bundle: Option<PathBuf>,
    /// `proxies_config.proxy_client_cert`.
    pub proxy_client_cert: Option<ClientCert>,
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
    /// `signature_version`: [`UNSIGNED`](super::UNSIGNED) for anonymous requests, `v4` or
    /// `s3v4`; other names are refused when the client is built.
    pub signature_version: Option<SignatureVersion>,
    /// `client_context_params`: values for the service's endpoint rule-set client context
    /// parameters, keyed as botocore keys them (the parameter's snake_case name, e.g.
    /// `force_path_style` for S3's `ForcePathStyle`; the parameter's own name is accepted
    /// too). A key the service does not declare, or a value of the wrong type, is refused
    /// when the client is built.
    pub client_context_params: Option<BTreeMap<String, Value>>,
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
    /// Sets `client_cert`: a path (certificate and key in one PEM file) or a
    /// `(cert, key)` pair, as botocore takes it.
    pub fn client_cert(mut self, c: impl Into<ClientCert>) -> Config {
        self.client_cert = Some(c.into());
        self
    }
    /// Sets `proxies` (`{"http": url, "https": url}`).
    pub fn proxies(mut self, p: BTreeMap<String, String>) -> Config {
        self.proxies = Some(ProxyMap(p));
        self
    }
    /// Sets one entry of `client_context_params` (`"force_path_style"`, `true`).
    pub fn client_context_param(
        mut self,
        key: impl Into<String>,
        value: impl Into<Value>,
    ) -> Config {
        self.client_context_params
            .get_or_insert_with(BTreeMap::new)
            .insert(key.into(), value.into());
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
    /// Sets `signature_version` (`UNSIGNED`, `"v4"`, `"s3v4"`).
    signature_version: SignatureVersion,
    /// Sets `proxy_ca_bundle`.
    proxy_ca_bundle: PathBuf,
    /// Sets `proxy_client_cert`: a path or a `(cert, key)` pair, as botocore takes it.
    proxy_client_cert: ClientCert,
    /// Sets `proxy_use_forwarding_for_https`.
    proxy_use_forwarding_for_https: bool,
);

/// botocore's `proxies` dict: proxy URL by key (only `http` and `https` are consulted).
/// `Debug` hides the user info of the URLs (proxy passwords).
#[derive(Clone, Default, PartialEq, Eq)]
pub struct ProxyMap(pub BTreeMap<String, String>);

impl std::ops::Deref for ProxyMap {
    type Target = BTreeMap<String, String>;
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl std::fmt::Debug for ProxyMap {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_map()
            .entries(
                self.0
                    .iter()
                    .map(|(k, v)| (k, crate::http::redact_userinfo(v))),
            )
            .finish()
    }
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

//! The resolved configuration: [`ClientConfig`], every setting of one client with its
//! value decided (what botocore's `ClientArgsCreator` hands to the client, and what
//! `client.meta.config` shows), plus its part [`ImdsConfig`]. These
//! are plain values; the request pipeline reads them and never looks at the environment.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Duration;

use super::explicit::S3Config;
use super::values::{
    AccountIdEndpointMode, ChecksumMode, DefaultsMode, EndpointDiscovery, ImdsEndpointMode,
    SignatureVersion, StsRegionalEndpoints,
};
use crate::endpoint::Value;
use crate::http::{ClientCert, Proxies, ProxiesConfig};
use crate::retry::RetryConfig;

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
    /// Retry settings, as botocore's `client.meta.config.retries`: the mode is always set
    /// (explicit, `AWS_RETRY_MODE`, profile `retry_mode`, the defaults mode's, else
    /// `standard`); `total_max_attempts` is set when configured (explicit
    /// `total_max_attempts`, explicit `max_attempts + 1`, `AWS_MAX_ATTEMPTS`, profile
    /// `max_attempts`) and otherwise left to the mode's and service's default;
    /// `max_attempts` is never set.
    pub retry: RetryConfig,
    /// TCP connect timeout (60 s, or the defaults mode's `connectTimeoutInMillis`).
    pub connect_timeout: Duration,
    /// Read timeout (60 s).
    pub read_timeout: Duration,
    /// Connection pool size (10).
    pub max_pool_connections: usize,
    /// Proxies: explicit `proxies` (its `http` / `https` keys), else `HTTP_PROXY` /
    /// `HTTPS_PROXY`; `NO_PROXY` from the environment.
    pub proxies: Proxies,
    /// `proxies_config`.
    pub proxies_config: ProxiesConfig,
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
    /// S3 hands it to its endpoint rule set (`DisableS3ExpressSessionAuth`): true signs
    /// S3 Express buckets with plain SigV4; otherwise a request to one is refused, since
    /// S3 Express session auth (`CreateSession`) is not built.
    pub s3_disable_express_session_auth: bool,
    /// `signature_version`: `None` signs as the service's model says; `Unsigned` sends
    /// nothing signed and looks up no credentials; `V4` / `S3v4` choose the SigV4 variant.
    /// (Never `Other`: other names are refused.) Read from the explicit `Config`, else
    /// the profile's `<service name> = signature_version = …` block (botocore's
    /// `_get_configured_signature_version`).
    pub signature_version: Option<SignatureVersion>,
    /// `client_context_params`, keyed by the endpoint rule-set parameter they set
    /// (`ForcePathStyle`); checked against the service's declared parameters when the
    /// client is built for a service.
    pub client_context_params: BTreeMap<String, Value>,
    /// IMDS settings.
    pub imds: ImdsConfig,
    /// The config file in use.
    pub config_file: PathBuf,
    /// The credentials file in use.
    pub credentials_file: PathBuf,
}

//! Resolution: [`SharedConfig::client_config`] asks one resolver per area for its settings
//! and assembles the [`ClientConfig`] (botocore's `ClientArgsCreator.compute_client_args`
//! over the `ConfigValueStore` chains). Each area is one file:
//!
//! - `endpoint.rs` — region, endpoint URL (`ConfiguredEndpointProvider`), FIPS and
//!   dual-stack, STS regional endpoints, account-id endpoints, endpoint discovery, host
//!   prefixes;
//! - `retry.rs` — retry mode and attempts (`args.py`'s `_compute_retry_config`);
//! - `http.rs` — timeouts, pool size, proxies, TLS verification, client certificate,
//!   keep-alive (what `EndpointCreator.create_endpoint` receives);
//! - `s3.rs` — the `s3` dict (`compute_s3_config`);
//! - `request.rs` — parameter validation, request compression and checksums;
//! - `user_agent.rs` — `user_agent`, `user_agent_extra`, `user_agent_appid`;
//! - `auth.rs` — signing preferences (SigV4a region set, auth scheme preference, S3
//!   Express session auth);
//! - `client_context.rs` — `client_context_params`, checked against the service's
//!   rule-set parameters;
//! - `imds.rs` — the instance metadata service settings the IMDS credentials provider
//!   reads.

mod auth;
mod client_context;
mod endpoint;
mod http;
mod imds;
mod request;
mod retry;
mod s3;
mod user_agent;

pub use endpoint::service_id_snake;

use super::defaults_mode::mode_defaults;
use super::error::ConfigError;
use super::loader::SharedConfig;
use super::resolved::ClientConfig;
use super::values::{AccountIdEndpointMode, SignatureVersion};
use crate::operation::Service;

impl SharedConfig {
    /// Resolves every setting for a client of the service whose model `serviceId` is
    /// `service_id` (`"DynamoDB"`, `"Elastic Beanstalk"`, `"s3"`, …; it is only used
    /// for per-service endpoint URLs).
    ///
    /// Without the service, `signature_version` is read from the explicit `Config` only
    /// (the profile keys it by service name) and `client_context_params` keys are not
    /// checked; [`SharedConfig::client_config_for`] does both.
    pub fn client_config(&self, service_id: &str) -> Result<ClientConfig, ConfigError> {
        self.resolve(service_id, None)
    }

    /// Resolves every setting for a client of `service`, including the ones keyed by
    /// the service (the profile's `<service> = signature_version = …`, the
    /// `client_context_params` its rule set declares). What [`crate::client::Builder`]
    /// uses.
    pub fn client_config_for(&self, service: &Service) -> Result<ClientConfig, ConfigError> {
        self.resolve(service.service_id, Some(service))
    }

    fn resolve(
        &self,
        service_id: &str,
        service: Option<&Service>,
    ) -> Result<ClientConfig, ConfigError> {
        let region = self.region()?;
        let defaults_mode = self.defaults_mode(region.as_deref())?;
        let md = mode_defaults(defaults_mode).unwrap_or_default();
        let retry = self.retry_config(&md)?;
        let endpoint = self.endpoint_settings(service_id, &md)?;
        let s3 = self.s3_config(md.s3_us_east_1_regional_endpoint.clone())?;
        let http = self.http_settings(&md);
        let request = self.request_settings()?;
        let user_agent = self.user_agent_settings();
        let auth = self.auth_settings()?;
        let signature_version = self.signature_version(service.map(|s| s.name))?;
        let client_context_params = self.client_context_params(service)?;
        // botocore disables account-id endpoints for unsigned clients: there are no
        // credentials to take the account from.
        let account_id_endpoint_mode = if signature_version == Some(SignatureVersion::Unsigned) {
            AccountIdEndpointMode::Disabled
        } else {
            endpoint.account_id_endpoint_mode
        };
        Ok(ClientConfig {
            profile: self.profile_name.clone(),
            region,
            endpoint_url: endpoint.endpoint_url,
            retry,
            connect_timeout: http.connect_timeout,
            read_timeout: http.read_timeout,
            max_pool_connections: http.max_pool_connections,
            proxies: http.proxies,
            proxies_config: http.proxies_config,
            use_fips_endpoint: endpoint.use_fips_endpoint,
            use_dualstack_endpoint: endpoint.use_dualstack_endpoint,
            s3,
            user_agent: user_agent.user_agent,
            user_agent_extra: user_agent.user_agent_extra,
            user_agent_appid: user_agent.user_agent_appid,
            parameter_validation: request.parameter_validation,
            disable_request_compression: request.disable_request_compression,
            request_min_compression_size_bytes: request.request_min_compression_size_bytes,
            request_checksum_calculation: request.request_checksum_calculation,
            response_checksum_validation: request.response_checksum_validation,
            defaults_mode,
            sts_regional_endpoints: endpoint.sts_regional_endpoints,
            account_id_endpoint_mode,
            verify_tls: http.verify_tls,
            ca_bundle: http.ca_bundle,
            client_cert: http.client_cert,
            tcp_keepalive: http.tcp_keepalive,
            inject_host_prefix: endpoint.inject_host_prefix,
            sigv4a_signing_region_set: auth.sigv4a_signing_region_set,
            auth_scheme_preference: auth.auth_scheme_preference,
            endpoint_discovery_enabled: endpoint.endpoint_discovery_enabled,
            s3_disable_express_session_auth: auth.s3_disable_express_session_auth,
            signature_version,
            client_context_params,
            imds: self.imds_config()?,
            config_file: self.config_file.clone(),
            credentials_file: self.credentials_file.clone(),
        })
    }
}

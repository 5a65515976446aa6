//! Region and endpoint settings: the region, the configured endpoint URL (botocore's
//! `ConfiguredEndpointProvider`: `AWS_ENDPOINT_URL_<SERVICE>`, `AWS_ENDPOINT_URL`, the
//! profile's `services` section, the profile's `endpoint_url`), and the switches the
//! endpoint rules read: FIPS, dual-stack, STS regional endpoints, account-id endpoints,
//! endpoint discovery and host-prefix injection.

use crate::config::defaults_mode::ModeDefaults;
use crate::config::env::nonempty;
use crate::config::error::{unsupported, ConfigError};
use crate::config::loader::SharedConfig;
use crate::config::settings::{
    parse_choice, ConfigSource, ACCOUNT_ID_ENDPOINT_MODE, DISABLE_HOST_PREFIX_INJECTION,
    ENDPOINT_DISCOVERY_ENABLED, ENDPOINT_URL, IGNORE_CONFIGURED_ENDPOINT_URLS, REGION, SERVICES,
    STS_REGIONAL_ENDPOINTS, USE_DUALSTACK_ENDPOINT, USE_FIPS_ENDPOINT,
};
use crate::config::values::{AccountIdEndpointMode, EndpointDiscovery, StsRegionalEndpoints};

/// The endpoint part of a [`ClientConfig`](crate::config::ClientConfig).
pub(super) struct EndpointSettings {
    pub(super) endpoint_url: Option<String>,
    pub(super) use_fips_endpoint: bool,
    pub(super) use_dualstack_endpoint: bool,
    pub(super) sts_regional_endpoints: StsRegionalEndpoints,
    pub(super) account_id_endpoint_mode: AccountIdEndpointMode,
    pub(super) endpoint_discovery_enabled: EndpointDiscovery,
    pub(super) inject_host_prefix: bool,
}

impl SharedConfig {
    /// `region_name`, `AWS_DEFAULT_REGION`, profile `region`; empty counts as unset.
    /// Validated like botocore's `validate_region_name`: a region goes into host names,
    /// so anything but a host label is refused before anything is sent.
    pub(super) fn region(&self) -> Result<Option<String>, ConfigError> {
        let (region, source) = match &self.config.region_name {
            Some(r) => (r.clone(), ConfigSource::Explicit),
            None => match self.lookup(&REGION) {
                Some(found) => found,
                None => return Ok(None),
            },
        };
        if region.is_empty() {
            return Ok(None);
        }
        if !valid_region_name(&region) {
            return Err(ConfigError::InvalidRegion { region, source });
        }
        Ok(Some(region))
    }

    pub(super) fn endpoint_settings(
        &self,
        service_id: &str,
        md: &ModeDefaults,
    ) -> Result<EndpointSettings, ConfigError> {
        let c = &self.config;
        Ok(EndpointSettings {
            endpoint_url: self.endpoint_url(service_id)?,
            use_fips_endpoint: self.flag(c.use_fips_endpoint, &USE_FIPS_ENDPOINT),
            use_dualstack_endpoint: self.flag(c.use_dualstack_endpoint, &USE_DUALSTACK_ENDPOINT),
            sts_regional_endpoints: self.choice(
                c.sts_regional_endpoints,
                &STS_REGIONAL_ENDPOINTS,
                md.sts_regional_endpoints
                    .unwrap_or(StsRegionalEndpoints::Regional),
            )?,
            account_id_endpoint_mode: self.choice(
                c.account_id_endpoint_mode,
                &ACCOUNT_ID_ENDPOINT_MODE,
                AccountIdEndpointMode::Preferred,
            )?,
            endpoint_discovery_enabled: self.endpoint_discovery()?,
            inject_host_prefix: match c.inject_host_prefix {
                Some(b) => b,
                None => !self
                    .lookup_flag(&DISABLE_HOST_PREFIX_INJECTION)
                    .unwrap_or(false),
            },
        })
    }

    /// `endpoint_discovery_enabled`. `true` asks botocore to discover endpoints for every
    /// operation of a service that supports it; Kumo has no discovery, so it is refused.
    /// `auto` (the default) and `false` take effect: an operation that *requires*
    /// discovery is refused when it is called without an `endpoint_url`.
    fn endpoint_discovery(&self) -> Result<EndpointDiscovery, ConfigError> {
        let (mode, src) = match self.config.endpoint_discovery_enabled {
            Some(m) => (m, ConfigSource::Explicit),
            None => match self.lookup(&ENDPOINT_DISCOVERY_ENABLED) {
                Some((v, src)) => (
                    parse_choice(&v, src.clone(), ENDPOINT_DISCOVERY_ENABLED.name)?,
                    src,
                ),
                None => return Ok(EndpointDiscovery::Auto),
            },
        };
        if mode == EndpointDiscovery::Enabled {
            return Err(unsupported(
                ENDPOINT_DISCOVERY_ENABLED.name,
                src,
                mode,
                "endpoint discovery (the DescribeEndpoints call and its cache; not built yet)",
            ));
        }
        Ok(mode)
    }

    /// The explicit `endpoint_url`, else (unless `ignore_configured_endpoint_urls`) the
    /// configured one.
    fn endpoint_url(&self, service_id: &str) -> Result<Option<String>, ConfigError> {
        let c = &self.config;
        if let Some(u) = &c.endpoint_url {
            return Ok(Some(u.clone()));
        }
        if self.flag(
            c.ignore_configured_endpoint_urls,
            &IGNORE_CONFIGURED_ENDPOINT_URLS,
        ) {
            return Ok(None);
        }
        self.configured_endpoint_url(service_id)
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
        if let Some(v) = ENDPOINT_URL
            .env
            .iter()
            .find_map(|name| nonempty(self.env.var(name)))
        {
            return Ok(Some(v));
        }
        if let Some(url) = self.services_endpoint_url(&snake)? {
            return Ok(Some(url));
        }
        Ok(ENDPOINT_URL
            .profile
            .and_then(|k| self.profile_value(k))
            .map(|(v, _)| v)
            .filter(|v| !v.is_empty()))
    }

    /// The service's `endpoint_url` in the `[services <name>]` section the profile's
    /// `services` key names; an error when that section does not exist.
    fn services_endpoint_url(&self, snake: &str) -> Result<Option<String>, ConfigError> {
        let Some((services_name, _)) = SERVICES.profile.and_then(|k| self.profile_value(k)) else {
            return Ok(None);
        };
        let Some(section) = self.profiles.services.get(&services_name) else {
            return Err(ConfigError::ServicesSectionNotFound(services_name));
        };
        Ok(section
            .get_nested(snake)
            .and_then(|m| m.get("endpoint_url"))
            .filter(|url| !url.is_empty())
            .cloned())
    }
}

/// botocore's `validate_region_name`: `^(?![0-9]+$)(?!-)[a-zA-Z0-9-]{,63}(?<!-)$`.
pub(crate) fn valid_region_name(region: &str) -> bool {
    region.len() <= 63
        && region
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && !region.starts_with('-')
        && !region.ends_with('-')
        && (region.is_empty() || !region.bytes().all(|b| b.is_ascii_digit()))
}

/// A model `serviceId` as used in `AWS_ENDPOINT_URL_<ID>` and `services` sections:
/// lower-case, spaces and hyphens as underscores (`"Elastic Beanstalk"` → `elastic_beanstalk`).
pub fn service_id_snake(service_id: &str) -> String {
    service_id
        .trim()
        .to_ascii_lowercase()
        .replace([' ', '-'], "_")
}

//! Instance metadata service settings (botocore's `IMDSFetcher` configuration): timeout,
//! attempts, endpoint and address family, IMDSv1 fallback, and the
//! `AWS_EC2_METADATA_DISABLED` switch. The IMDS credentials provider reads them through
//! [`SharedConfig::imds_config`]; they have no explicit `Config` fields.

use std::time::Duration;

use crate::config::error::{invalid, ConfigError};
use crate::config::loader::SharedConfig;
use crate::config::resolved::ImdsConfig;
use crate::config::settings::{
    parse_choice, EC2_METADATA_DISABLED, EC2_METADATA_SERVICE_ENDPOINT,
    EC2_METADATA_SERVICE_ENDPOINT_MODE, EC2_METADATA_V1_DISABLED, IMDS_USE_IPV6,
    METADATA_SERVICE_NUM_ATTEMPTS, METADATA_SERVICE_TIMEOUT,
};
use crate::config::values::ImdsEndpointMode;

impl SharedConfig {
    /// The IMDS settings (used by the instance-metadata credentials provider).
    pub fn imds_config(&self) -> Result<ImdsConfig, ConfigError> {
        Ok(ImdsConfig {
            timeout: self.imds_timeout()?,
            num_attempts: self.imds_num_attempts()?,
            endpoint: self.lookup(&EC2_METADATA_SERVICE_ENDPOINT).map(|(v, _)| v),
            endpoint_mode: self.imds_endpoint_mode()?,
            v1_disabled: self.lookup_flag(&EC2_METADATA_V1_DISABLED).unwrap_or(false),
            // Exactly `true` in any case, untrimmed, as botocore compares it.
            disabled: self
                .lookup(&EC2_METADATA_DISABLED)
                .map(|(v, _)| v.eq_ignore_ascii_case("true"))
                .unwrap_or(false),
        })
    }

    /// Whole seconds; default 1.
    fn imds_timeout(&self) -> Result<Duration, ConfigError> {
        match self.lookup(&METADATA_SERVICE_TIMEOUT) {
            Some((v, src)) => match v.trim().parse::<u64>() {
                Ok(n) => Ok(Duration::from_secs(n)),
                Err(_) => Err(invalid(
                    METADATA_SERVICE_TIMEOUT.name,
                    src,
                    v,
                    "an integer (seconds)",
                )),
            },
            None => Ok(Duration::from_secs(1)),
        }
    }

    /// Default 1.
    fn imds_num_attempts(&self) -> Result<u32, ConfigError> {
        match self.lookup(&METADATA_SERVICE_NUM_ATTEMPTS) {
            Some((v, src)) => match v.trim().parse::<u32>() {
                Ok(n) => Ok(n),
                Err(_) => Err(invalid(
                    METADATA_SERVICE_NUM_ATTEMPTS.name,
                    src,
                    v,
                    "an integer",
                )),
            },
            None => Ok(1),
        }
    }

    /// `ec2_metadata_service_endpoint_mode`, else IPv6 when `imds_use_ipv6` is true, else
    /// IPv4.
    fn imds_endpoint_mode(&self) -> Result<ImdsEndpointMode, ConfigError> {
        match self.lookup(&EC2_METADATA_SERVICE_ENDPOINT_MODE) {
            Some((v, src)) => parse_choice(&v, src, EC2_METADATA_SERVICE_ENDPOINT_MODE.name),
            None if self.lookup_flag(&IMDS_USE_IPV6).unwrap_or(false) => Ok(ImdsEndpointMode::Ipv6),
            None => Ok(ImdsEndpointMode::Ipv4),
        }
    }
}

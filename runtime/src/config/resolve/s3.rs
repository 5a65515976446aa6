//! S3 settings: botocore's `compute_s3_config` — the profile's nested `s3` block and the
//! S3 environment variables / top-level profile keys, with the explicit `Config::s3` keys
//! winning one by one.

use crate::config::error::ConfigError;
use crate::config::explicit::S3Config;
use crate::config::loader::SharedConfig;
use crate::config::settings::{
    parse_choice, S3_ADDRESSING_STYLE, S3_DISABLE_MULTIREGION_ACCESS_POINTS,
    S3_PAYLOAD_SIGNING_ENABLED, S3_USE_ACCELERATE_ENDPOINT, S3_USE_ARN_REGION,
    S3_USE_DUALSTACK_ENDPOINT, S3_US_EAST_1_REGIONAL_ENDPOINT,
};

impl SharedConfig {
    /// `us_east_1_default` is the defaults mode's `s3UsEast1RegionalEndpoints`.
    pub(super) fn s3_config(
        &self,
        us_east_1_default: Option<String>,
    ) -> Result<S3Config, ConfigError> {
        let addressing_style = match self.lookup(&S3_ADDRESSING_STYLE) {
            Some((v, src)) => Some(parse_choice(&v, src, S3_ADDRESSING_STYLE.name)?),
            None => None,
        };
        let mut s3 = S3Config {
            addressing_style,
            use_accelerate_endpoint: self.lookup_flag(&S3_USE_ACCELERATE_ENDPOINT),
            use_dualstack_endpoint: self.lookup_flag(&S3_USE_DUALSTACK_ENDPOINT),
            payload_signing_enabled: self.lookup_flag(&S3_PAYLOAD_SIGNING_ENABLED),
            use_arn_region: self.lookup_flag(&S3_USE_ARN_REGION),
            us_east_1_regional_endpoint: self
                .lookup(&S3_US_EAST_1_REGIONAL_ENDPOINT)
                .map(|(v, _)| v)
                .or(us_east_1_default),
            s3_disable_multiregion_access_points: self
                .lookup_flag(&S3_DISABLE_MULTIREGION_ACCESS_POINTS),
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
}

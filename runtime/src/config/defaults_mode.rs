//! Defaults modes: the `defaults_mode` setting (with `auto` resolved from the execution
//! environment) and the defaults each mode brings from the vendored
//! `sdk-default-configuration.json` (botocore's `DefaultConfigResolver` and
//! `SmartDefaultsConfigStoreFactory`). Mode defaults sit just above the built-in defaults:
//! explicit, environment and profile values still win.

use std::time::Duration;

use super::env::nonempty;
use super::error::ConfigError;
use super::loader::SharedConfig;
use super::settings::DEFAULTS_MODE;
use super::values::{DefaultsMode, StsRegionalEndpoints};
use crate::retry::RetryMode;

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
        retry_mode: s("retryMode").and_then(|m| m.parse().ok()),
        sts_regional_endpoints: s("stsRegionalEndpoints").and_then(StsRegionalEndpoints::parse),
        s3_us_east_1_regional_endpoint: s("s3UsEast1RegionalEndpoints").map(str::to_string),
        connect_timeout: values
            .get("connectTimeoutInMillis")
            .and_then(|v| v.as_f64())
            .filter(|v| v.is_finite() && *v >= 0.0)
            .map(|ms| Duration::from_secs_f64(ms / 1000.0)),
    })
}

impl SharedConfig {
    /// The defaults mode in effect for a client in `region`: explicit, `AWS_DEFAULTS_MODE`,
    /// profile `defaults_mode`, else `legacy`; `auto` is resolved.
    pub(super) fn defaults_mode(&self, region: Option<&str>) -> Result<DefaultsMode, ConfigError> {
        let mode = self.choice(
            self.config.defaults_mode,
            &DEFAULTS_MODE,
            DefaultsMode::Legacy,
        )?;
        Ok(if mode == DefaultsMode::Auto {
            self.resolve_auto_mode(region)
        } else {
            mode
        })
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
}

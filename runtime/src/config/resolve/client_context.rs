//! `client_context_params`: botocore passes this `Config` dict to the endpoint rule set,
//! where each of the service's `clientContextParams` reads the entry keyed by its
//! snake_case name (`ForcePathStyle` ← `force_path_style`). Kumo checks the keys and value
//! types against the service's declared parameters when the client is built: a key the
//! service does not declare would otherwise be silently ignored.

use std::collections::BTreeMap;

use crate::config::error::ConfigError;
use crate::config::loader::SharedConfig;
use crate::endpoint::Value;
use crate::operation::{ParamType, Service};

impl SharedConfig {
    /// The explicit `client_context_params`, keyed by rule-set parameter name. Without a
    /// service the keys are kept as given.
    pub(super) fn client_context_params(
        &self,
        service: Option<&Service>,
    ) -> Result<BTreeMap<String, Value>, ConfigError> {
        let Some(given) = &self.config.client_context_params else {
            return Ok(BTreeMap::new());
        };
        let Some(service) = service else {
            return Ok(given.clone());
        };
        let mut out = BTreeMap::new();
        for (key, value) in given {
            let wanted = squash(key);
            let Some((name, ty)) = service
                .client_context_params
                .iter()
                .find(|(name, _)| squash(name) == wanted)
            else {
                let declared: Vec<&str> = service
                    .client_context_params
                    .iter()
                    .map(|(n, _)| *n)
                    .collect();
                return Err(ConfigError::ClientContextParam {
                    key: key.clone(),
                    problem: if declared.is_empty() {
                        format!("{} declares no client context parameters", service.name)
                    } else {
                        format!("{} declares only {}", service.name, declared.join(", "))
                    },
                });
            };
            let ok = matches!(
                (ty, value),
                (ParamType::Bool, Value::Bool(_)) | (ParamType::Str, Value::String(_))
            );
            if !ok {
                return Err(ConfigError::ClientContextParam {
                    key: key.clone(),
                    problem: format!(
                        "{name} takes a {}, not {value:?}",
                        match ty {
                            ParamType::Bool => "boolean",
                            ParamType::Str => "string",
                        }
                    ),
                });
            }
            out.insert((*name).to_string(), value.clone());
        }
        Ok(out)
    }
}

/// A parameter name or botocore's snake_case form of it, compared without case or
/// underscores (`force_path_style` and `ForcePathStyle` are the same key).
fn squash(name: &str) -> String {
    name.chars()
        .filter(|c| *c != '_')
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

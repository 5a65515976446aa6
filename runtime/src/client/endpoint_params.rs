//! The endpoint of a call: the rule set's parameters from the client's configuration
//! (built-ins, `client_context_params`), the operation (`staticContextParams`,
//! `operationContextParams`) and the input (`contextParam` members), resolved by
//! [`crate::endpoint`]. An operation that requires endpoint discovery is refused here when
//! no `endpoint_url` is configured (discovery is not built). A service without a
//! rule set gets `https://{endpointPrefix}.{region}.amazonaws.com` (or the configured URL).

use super::{sdk, Handle};
use crate::customizations;
use crate::data::{Struct, View};
use crate::endpoint::{self, builtins, Params, Value};
use crate::error::{SdkError, SdkErrorKind};
use crate::jmespath;
use crate::operation::{op_flags, Operation, ParamValue};

impl Handle {
    /// The credentials' account id, when the rule set takes `AWS::Auth::AccountId`
    /// (credentials are then loaded before the endpoint is resolved).
    pub(super) async fn account_id_for_endpoint(&self) -> Result<Option<String>, SdkError> {
        let inner = &*self.inner;
        let wanted = inner.rules.as_ref().is_some_and(|r| {
            r.parameters()
                .iter()
                .any(|p| p.built_in.as_deref() == Some(builtins::ACCOUNT_ID))
        });
        if !wanted
            || inner.config.account_id_endpoint_mode
                == crate::config::AccountIdEndpointMode::Disabled
        {
            return Ok(None);
        }
        Ok(self.credentials().await?.account_id)
    }

    /// Endpoint parameters from config, the operation and the input, resolved by the rule set.
    pub(super) fn resolve_endpoint(
        &self,
        op: &Operation,
        input: &dyn Struct,
        account_id: Option<&str>,
    ) -> Result<endpoint::Endpoint, SdkError> {
        let inner = &*self.inner;
        let c = &inner.config;
        if op.has(op_flags::ENDPOINT_DISCOVERY) && c.endpoint_url.is_none() {
            // botocore discovers the endpoint (auto / true) or raises
            // EndpointDiscoveryRequired (false); Kumo has no discovery yet.
            return Err(sdk(
                SdkErrorKind::Unsupported,
                format!(
                    "{} requires endpoint discovery (the endpointdiscovery trait, \
                     endpoint_discovery_enabled = {}), which Kumo does not implement yet; \
                     set endpoint_url to the discovered endpoint to call it",
                    op.name, c.endpoint_discovery_enabled
                ),
            ));
        }
        let Some(rules) = &inner.rules else {
            let region = c
                .region
                .clone()
                .ok_or_else(|| sdk(SdkErrorKind::Config, "no region is configured"))?;
            let url = c.endpoint_url.clone().unwrap_or_else(|| {
                format!(
                    "https://{}.{}.amazonaws.com",
                    inner.service.endpoint_prefix, region
                )
            });
            return Ok(endpoint::Endpoint {
                url,
                headers: Vec::new(),
                properties: Vec::new(),
            });
        };
        let mut params = Params::new();
        for p in rules.parameters() {
            let Some(b) = p.built_in.as_deref() else {
                continue;
            };
            if let Some(given) = &inner.endpoint_builtins {
                if let Some(v) = given.get(b) {
                    params.insert(p.name.clone(), v.clone());
                }
                continue;
            }
            // FIPS and dual-stack cannot be combined with a configured endpoint URL:
            // botocore gives the rule set `false` then.
            let custom_url = c.endpoint_url.is_some();
            let v = match customizations::endpoint_builtin(b, inner.service, op, input, c) {
                Some(v) => Some(v),
                None => match b {
                    builtins::REGION => c.region.clone().map(Value::String),
                    builtins::USE_FIPS => Some(Value::Bool(c.use_fips_endpoint && !custom_url)),
                    builtins::USE_DUAL_STACK => {
                        Some(Value::Bool(c.use_dualstack_endpoint && !custom_url))
                    }
                    builtins::ENDPOINT => c.endpoint_url.clone().map(Value::String),
                    builtins::ACCOUNT_ID => account_id.map(|a| Value::String(a.to_string())),
                    builtins::ACCOUNT_ID_ENDPOINT_MODE => Some(Value::String(
                        c.account_id_endpoint_mode.as_str().to_string(),
                    )),
                    _ => None,
                },
            };
            if let Some(v) = v {
                params.insert(p.name.clone(), v);
            }
        }
        // Client context parameters win over built-ins and lose to the operation's own
        // (botocore's order: static, context member, operation context, client context,
        // built-in).
        if let Some((name, v)) = customizations::derived_client_context(inner.service, c) {
            params.insert(name.to_string(), v);
        }
        for (name, v) in &c.client_context_params {
            params.insert(name.clone(), v.clone());
        }
        for (name, v) in op.static_context_params {
            let v = match v {
                ParamValue::Bool(b) => Value::Bool(*b),
                ParamValue::Str(s) => Value::String((*s).to_string()),
                ParamValue::StrList(l) => {
                    Value::StringArray(l.iter().map(|s| (*s).to_string()).collect())
                }
            };
            params.insert((*name).to_string(), v);
        }
        for (name, path) in op.operation_context_params {
            let value = jmespath::Expr::parse(path)
                .and_then(|e| e.search(input))
                .map_err(|e| {
                    sdk(
                        SdkErrorKind::Endpoint,
                        format!("operationContextParams {name}: {e}"),
                    )
                })?;
            let v = match value {
                jmespath::Value::String(s) => Value::String(s),
                jmespath::Value::Bool(b) => Value::Bool(b),
                jmespath::Value::List(items) => Value::StringArray(
                    items
                        .into_iter()
                        .filter_map(|i| match i {
                            jmespath::Value::String(s) => Some(s),
                            _ => None,
                        })
                        .collect(),
                ),
                _ => continue,
            };
            params.insert((*name).to_string(), v);
        }
        let schema = input.schema();
        for (i, m) in schema.members.iter().enumerate() {
            let (Some(p), Some(field)) = (m.context_param, input.field(i)) else {
                continue;
            };
            let v = match field.view() {
                View::Str(s) => Value::String(s.to_string()),
                View::Bool(b) => Value::Bool(b),
                View::List(l) => Value::StringArray(
                    (0..l.len())
                        .filter_map(|j| match l.at(j).map(|d| d.view()) {
                            Some(View::Str(s)) => Some(s.to_string()),
                            _ => None,
                        })
                        .collect(),
                ),
                _ => continue,
            };
            params.insert(p.to_string(), v);
        }
        rules.resolve(&params).map_err(SdkError::from)
    }
}

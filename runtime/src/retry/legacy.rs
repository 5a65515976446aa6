//! Legacy mode: the per-service policies of botocore's `data/_retry.json`
//! (`retryhandler.py`, `translate.py`).
//!
//! The vendored `_retry.json` is embedded and parsed once. A service's policy is the global
//! `__default__` section with the service's own `__default__` section (keyed by the service's
//! *endpoint prefix*) merged on top, exactly like botocore's `build_retry_config`; a policy in
//! the service section with the same name as a global one replaces it (e.g. Organizations'
//! `too_many_requests`).

use std::sync::OnceLock;

use serde_json::{Map, Value};

use super::{AttemptOutcome, RetryConfigError, TransportErrorKind};

const RETRY_JSON: &str = include_str!("../../../models/data/_retry.json");

fn embedded() -> Result<&'static Value, RetryConfigError> {
    static PARSED: OnceLock<Result<Value, String>> = OnceLock::new();
    PARSED
        .get_or_init(|| serde_json::from_str(RETRY_JSON).map_err(|e| e.to_string()))
        .as_ref()
        .map_err(|e| RetryConfigError::InvalidRetryData {
            message: format!("_retry.json: {e}"),
        })
}

/// The base of the legacy exponential delay.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum LegacyBase {
    /// `"rand"`: a fresh random number in `[0, 1)` for every delay.
    Rand,
    /// A fixed positive number of seconds.
    Fixed(f64),
}

/// The legacy delay function: `base * growth_factor ^ (attempt - 1)` seconds, uncapped.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LegacyDelay {
    /// The base (seconds).
    pub base: LegacyBase,
    /// The growth factor.
    pub growth_factor: f64,
}

impl LegacyDelay {
    /// The delay in seconds after failed attempt `attempt` (1-based); `random` supplies the
    /// base when it is [`LegacyBase::Rand`].
    pub fn seconds(&self, attempt: u32, random: impl FnOnce() -> f64) -> f64 {
        let base = match self.base {
            LegacyBase::Rand => random(),
            LegacyBase::Fixed(b) => b,
        };
        let exp = i32::try_from(attempt.saturating_sub(1)).unwrap_or(i32::MAX);
        base * self.growth_factor.powi(exp)
    }
}

/// One `applies_when` condition of a legacy policy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LegacyCondition {
    /// The response has this HTTP status.
    HttpStatus(u16),
    /// The response has this HTTP status and this error code.
    ServiceError {
        /// Required HTTP status.
        status: u16,
        /// Required error code.
        code: String,
    },
    /// The body's CRC32 does not match the named header
    /// ([`AttemptOutcome::crc32_mismatch`]).
    Crc32Body {
        /// The header carrying the expected CRC32 (always `x-amz-crc32` in the data).
        header: String,
    },
    /// A `GENERAL_CONNECTION_ERROR` socket error: botocore's `ConnectionError`,
    /// `ConnectionClosedError`, `ReadTimeoutError`, `EndpointConnectionError` (and subclasses:
    /// connect timeouts, SSL and proxy errors).
    GeneralConnectionError,
}

impl LegacyCondition {
    fn matches(&self, outcome: &AttemptOutcome) -> bool {
        match (self, &outcome.transport) {
            (LegacyCondition::GeneralConnectionError, Some(t)) => matches!(
                t.kind,
                TransportErrorKind::Connect
                    | TransportErrorKind::ConnectTimeout
                    | TransportErrorKind::Tls
                    | TransportErrorKind::Proxy
                    | TransportErrorKind::ReadTimeout
                    | TransportErrorKind::ConnectionClosed
            ),
            (_, Some(_)) | (LegacyCondition::GeneralConnectionError, None) => false,
            (LegacyCondition::HttpStatus(s), None) => outcome.status == Some(*s),
            (LegacyCondition::ServiceError { status, code }, None) => {
                outcome.status == Some(*status) && outcome.error_code.as_deref() == Some(code)
            }
            (LegacyCondition::Crc32Body { .. }, None) => outcome.crc32_mismatch,
        }
    }
}

/// The resolved legacy retry policy of one service.
#[derive(Debug, Clone, PartialEq)]
pub struct LegacyPolicy {
    /// Total attempts (including the first) from the data; the client config may override it.
    pub max_attempts: u32,
    /// The delay function.
    pub delay: LegacyDelay,
    /// Named conditions, in botocore's order; any match means "retry".
    pub conditions: Vec<(String, LegacyCondition)>,
}

impl LegacyPolicy {
    /// The policy for the service with this endpoint prefix, from the vendored `_retry.json`.
    pub fn for_endpoint_prefix(endpoint_prefix: &str) -> Result<Self, RetryConfigError> {
        Self::from_retry_json(embedded()?, endpoint_prefix)
    }

    /// The policy for `endpoint_prefix` from a document shaped like `_retry.json`
    /// (`{"definitions": {...}, "retry": {...}}`).
    pub fn from_retry_json(doc: &Value, endpoint_prefix: &str) -> Result<Self, RetryConfigError> {
        let empty = Map::new();
        let retry = doc
            .get("retry")
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        let definitions = doc
            .get("definitions")
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        let mut service = retry
            .get(endpoint_prefix)
            .cloned()
            .unwrap_or(Value::Object(Map::new()));
        resolve_references(&mut service, definitions)?;
        let mut merged = Map::new();
        let mut default = retry
            .get("__default__")
            .cloned()
            .unwrap_or(Value::Object(Map::new()));
        resolve_references(&mut default, definitions)?;
        merged.insert("__default__".to_owned(), default);
        let mut merged = Value::Object(merged);
        merge_dicts(&mut merged, &service);
        Self::from_config(&merged, endpoint_prefix)
    }

    /// Builds the checker from a merged config (botocore's `create_checker_from_retry_config`
    /// and `create_retry_action_from_config`; botocore passes the endpoint prefix as the
    /// "operation name", so a top-level key equal to it contributes extra policies).
    fn from_config(config: &Value, operation_name: &str) -> Result<Self, RetryConfigError> {
        let err = |m: String| RetryConfigError::InvalidRetryData { message: m };
        let default = config
            .get("__default__")
            .ok_or_else(|| err("missing __default__ section".into()))?;
        let max_attempts = default
            .get("max_attempts")
            .and_then(Value::as_u64)
            .and_then(|n| u32::try_from(n).ok())
            .ok_or_else(|| err("__default__.max_attempts missing or not a small integer".into()))?;
        let delay_cfg = default
            .get("delay")
            .ok_or_else(|| err("__default__.delay missing".into()))?;
        if delay_cfg.get("type").and_then(Value::as_str) != Some("exponential") {
            return Err(err("__default__.delay.type must be \"exponential\"".into()));
        }
        let base = match delay_cfg.get("base") {
            Some(Value::String(s)) if s == "rand" => LegacyBase::Rand,
            Some(v) => match v.as_f64() {
                Some(b) if b > 0.0 => LegacyBase::Fixed(b),
                _ => return Err(err(format!("delay base must be \"rand\" or > 0, got {v}"))),
            },
            None => return Err(err("delay.base missing".into())),
        };
        let growth_factor = delay_cfg
            .get("growth_factor")
            .and_then(Value::as_f64)
            .ok_or_else(|| err("delay.growth_factor missing or not a number".into()))?;
        let mut conditions = Vec::new();
        let sections = [Some(default), config.get(operation_name)];
        for section in sections.into_iter().flatten() {
            let Some(policies) = section.get("policies").and_then(Value::as_object) else {
                continue;
            };
            for (name, policy) in policies {
                conditions.push((name.clone(), parse_condition(name, policy)?));
            }
        }
        Ok(LegacyPolicy {
            max_attempts,
            delay: LegacyDelay {
                base,
                growth_factor,
            },
            conditions,
        })
    }

    /// Whether any condition asks for a retry of this outcome (ignoring max attempts).
    pub fn is_retryable(&self, outcome: &AttemptOutcome) -> bool {
        self.conditions.iter().any(|(_, c)| c.matches(outcome))
    }
}

fn parse_condition(name: &str, policy: &Value) -> Result<LegacyCondition, RetryConfigError> {
    let err = |m: &str| RetryConfigError::InvalidRetryData {
        message: format!("policy {name}: {m}"),
    };
    let applies = policy
        .get("applies_when")
        .ok_or_else(|| err("missing applies_when"))?;
    let status = |r: &Value| {
        r.get("http_status_code")
            .and_then(Value::as_u64)
            .and_then(|n| u16::try_from(n).ok())
            .ok_or_else(|| err("http_status_code missing or invalid"))
    };
    if let Some(resp) = applies.get("response") {
        if let Some(code) = resp.get("service_error_code") {
            let code = code
                .as_str()
                .ok_or_else(|| err("service_error_code not a string"))?;
            Ok(LegacyCondition::ServiceError {
                status: status(resp)?,
                code: code.to_owned(),
            })
        } else if resp.get("http_status_code").is_some() {
            Ok(LegacyCondition::HttpStatus(status(resp)?))
        } else if let Some(h) = resp.get("crc32body") {
            let header = h.as_str().ok_or_else(|| err("crc32body not a string"))?;
            Ok(LegacyCondition::Crc32Body {
                header: header.to_owned(),
            })
        } else {
            Err(err("unknown response policy"))
        }
    } else if let Some(names) = applies.get("socket_errors") {
        let names = names
            .as_array()
            .ok_or_else(|| err("socket_errors not a list"))?;
        for n in names {
            if n.as_str() != Some("GENERAL_CONNECTION_ERROR") {
                return Err(err(&format!("unknown socket error class {n}")));
            }
        }
        Ok(LegacyCondition::GeneralConnectionError)
    } else {
        Err(err("applies_when has neither response nor socket_errors"))
    }
}

/// botocore's `resolve_references`: a one-key object `{"$ref": name}` is replaced by the named
/// definition; other objects are searched recursively.
fn resolve_references(v: &mut Value, defs: &Map<String, Value>) -> Result<(), RetryConfigError> {
    let Value::Object(map) = v else { return Ok(()) };
    for (_, child) in map.iter_mut() {
        let Value::Object(inner) = child else {
            continue;
        };
        if inner.len() == 1 {
            if let Some(r) = inner.get("$ref") {
                let name = r.as_str().unwrap_or_default();
                let def = defs
                    .get(name)
                    .ok_or_else(|| RetryConfigError::InvalidRetryData {
                        message: format!("unknown $ref {r}"),
                    })?;
                *child = def.clone();
                continue;
            }
        }
        resolve_references(child, defs)?;
    }
    Ok(())
}

/// botocore's `utils.merge_dicts` (without list appending): objects merge recursively, anything
/// else in `b` replaces the value in `a`.
fn merge_dicts(a: &mut Value, b: &Value) {
    let (Value::Object(am), Value::Object(bm)) = (a, b) else {
        return;
    };
    for (k, bv) in bm {
        match (am.get_mut(k), bv) {
            (Some(av @ Value::Object(_)), Value::Object(_)) => merge_dicts(av, bv),
            _ => {
                am.insert(k.clone(), bv.clone());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::retry::{AttemptOutcome, TransportErrorKind};
    use serde_json::json;

    fn status(s: u16) -> AttemptOutcome {
        AttemptOutcome::response(s)
    }
    fn code(s: u16, c: &str) -> AttemptOutcome {
        AttemptOutcome::response(s).with_error_code(c)
    }

    #[test]
    fn embedded_data_parses_for_every_service_key() {
        let doc = embedded().unwrap();
        for key in doc["retry"].as_object().unwrap().keys() {
            LegacyPolicy::for_endpoint_prefix(key).unwrap();
        }
        // An unknown service gets the global defaults.
        let p = LegacyPolicy::for_endpoint_prefix("no-such-service").unwrap();
        assert_eq!(p.max_attempts, 5);
        assert_eq!(
            p.delay,
            LegacyDelay {
                base: LegacyBase::Rand,
                growth_factor: 2.0
            }
        );
        assert_eq!(p.conditions.len(), 12);
    }

    #[test]
    fn default_policies_from_retry_json() {
        let p = LegacyPolicy::for_endpoint_prefix("lambda").unwrap();
        for s in [500, 502, 503, 504, 509, 429] {
            assert!(p.is_retryable(&status(s)), "{s}");
        }
        for s in [200, 400, 403, 404, 501] {
            assert!(!p.is_retryable(&status(s)), "{s}");
        }
        for c in [
            "Throttling",
            "ThrottlingException",
            "ThrottledException",
            "RequestThrottledException",
            "ProvisionedThroughputExceededException",
        ] {
            assert!(p.is_retryable(&code(400, c)), "{c}");
            // Conditions pair the code with status 400.
            assert!(!p.is_retryable(&code(403, c)), "{c} on 403");
        }
        assert!(!p.is_retryable(&code(400, "TooManyRequestsException")));
        assert!(!p.is_retryable(&code(400, "ValidationException")));
        // No crc32 policy outside DynamoDB.
        assert!(!p.is_retryable(&AttemptOutcome {
            crc32_mismatch: true,
            ..status(200)
        }));
    }

    #[test]
    fn socket_errors() {
        let p = LegacyPolicy::for_endpoint_prefix("sqs").unwrap();
        use TransportErrorKind::*;
        for k in [
            Connect,
            ConnectTimeout,
            Tls,
            Proxy,
            ReadTimeout,
            ConnectionClosed,
        ] {
            assert!(p.is_retryable(&AttemptOutcome::transport(k)), "{k:?}");
        }
        // Generic HTTPClientError subclasses outside GENERAL_CONNECTION_ERROR propagate.
        for k in [ResponseStreaming, Other] {
            assert!(!p.is_retryable(&AttemptOutcome::transport(k)), "{k:?}");
        }
    }

    #[test]
    fn dynamodb_policy() {
        let p = LegacyPolicy::for_endpoint_prefix("dynamodb").unwrap();
        assert_eq!(p.max_attempts, 10);
        assert_eq!(
            p.delay,
            LegacyDelay {
                base: LegacyBase::Fixed(0.05),
                growth_factor: 2.0
            }
        );
        assert!(p.is_retryable(&code(409, "ReplicatedWriteConflictException")));
        assert!(p.is_retryable(&code(400, "TransactionInProgressException")));
        assert!(p.is_retryable(&AttemptOutcome {
            crc32_mismatch: true,
            ..status(200)
        }));
        assert!(!p.is_retryable(&status(200)));
        // Global policies still apply.
        assert!(p.is_retryable(&code(400, "ProvisionedThroughputExceededException")));
        assert!(p.is_retryable(&status(500)));
        // 0.05 * 2^(n-1)
        let d: Vec<f64> = (1..=4)
            .map(|n| p.delay.seconds(n, || unreachable!()))
            .collect();
        assert_eq!(d, vec![0.05, 0.1, 0.2, 0.4]);
    }

    #[test]
    fn service_specific_policies() {
        let cases: &[(&str, u16, &str)] = &[
            ("ec2", 503, "RequestLimitExceeded"),
            ("ec2", 503, "EC2ThrottledException"),
            ("cloudsearch", 509, "BandwidthLimitExceeded"),
            ("kinesis", 400, "LimitExceededException"),
            ("sqs", 403, "RequestThrottled"),
            ("s3", 400, "RequestTimeout"),
            ("s3", 400, "BadDigest"),
            ("glacier", 408, "RequestTimeoutException"),
            ("route53", 400, "Throttling"),
            ("route53", 400, "PriorRequestNotComplete"),
            ("sts", 400, "IDPCommunicationError"),
            ("organizations", 400, "TooManyRequestsException"),
        ];
        for (svc, s, c) in cases {
            let p = LegacyPolicy::for_endpoint_prefix(svc).unwrap();
            assert!(p.is_retryable(&code(*s, c)), "{svc} {s} {c}");
            let other = LegacyPolicy::for_endpoint_prefix("lambda").unwrap();
            // Only the service's own policy retries it (unless the status alone is retryable).
            if *c != "Throttling" && ![503, 509].contains(s) {
                assert!(!other.is_retryable(&code(*s, c)), "lambda {s} {c}");
            }
        }
    }

    #[test]
    fn organizations_overrides_global_too_many_requests() {
        // The service's `too_many_requests` policy replaces the global 429 policy of the same
        // name (merge_dicts), so a bare 429 is not retried for Organizations.
        let p = LegacyPolicy::for_endpoint_prefix("organizations").unwrap();
        assert!(!p.is_retryable(&status(429)));
        assert_eq!(p.conditions.len(), 12);
    }

    /// tests/unit/test_retryhandler.py's TestCreateRetryConfiguration data.
    fn handler_test_config() -> Value {
        json!({
            "__default__": {
                "max_attempts": 5,
                "delay": {"type": "exponential", "base": 1, "growth_factor": 2},
                "policies": {"throttling": {"applies_when": {"response": {
                    "service_error_code": "Throttling", "http_status_code": 400}}}}
            },
            "OperationFoo": {"policies": {"crc32check": {"applies_when": {"response": {
                "crc32body": "x-amz-crc32"}}}}},
            "OperationBar": {"policies": {"socket_errors": {"applies_when": {
                "socket_errors": ["GENERAL_CONNECTION_ERROR"]}}}}
        })
    }

    #[test]
    fn retryhandler_config_single_checker() {
        let p = LegacyPolicy::from_config(&handler_test_config(), "NoOp").unwrap();
        assert_eq!(p.max_attempts, 5);
        assert_eq!(
            p.conditions,
            vec![(
                "throttling".to_owned(),
                LegacyCondition::ServiceError {
                    status: 400,
                    code: "Throttling".into()
                }
            )]
        );
    }

    #[test]
    fn retryhandler_config_for_operation() {
        let p = LegacyPolicy::from_config(&handler_test_config(), "OperationBar").unwrap();
        assert_eq!(p.conditions.len(), 2);
        assert_eq!(p.conditions[1].1, LegacyCondition::GeneralConnectionError);
        assert!(p.is_retryable(&AttemptOutcome::transport(TransportErrorKind::Connect)));
        assert!(p.is_retryable(&AttemptOutcome::transport(TransportErrorKind::ReadTimeout)));
        let p = LegacyPolicy::from_config(&handler_test_config(), "OperationFoo").unwrap();
        assert!(p.is_retryable(&AttemptOutcome {
            crc32_mismatch: true,
            ..status(200)
        }));
        // delay: base 1, growth 2
        assert_eq!(p.delay.seconds(1, || unreachable!()), 1.0);
        assert_eq!(p.delay.seconds(2, || unreachable!()), 2.0);
        assert_eq!(p.delay.seconds(3, || unreachable!()), 4.0);
        assert_eq!(p.delay.seconds(4, || unreachable!()), 8.0);
    }

    #[test]
    fn delay_exponential() {
        let d = LegacyDelay {
            base: LegacyBase::Fixed(3.0),
            growth_factor: 2.0,
        };
        assert_eq!(d.seconds(3, || 0.0), 12.0);
        let d = LegacyDelay {
            base: LegacyBase::Rand,
            growth_factor: 2.0,
        };
        assert_eq!(d.seconds(3, || 1.0), 4.0);
        assert_eq!(d.seconds(3, || 0.0), 0.0);
        for _ in 0..100 {
            let v = d.seconds(3, fastrand::f64);
            assert!((0.0..=4.0).contains(&v));
        }
    }

    #[test]
    fn invalid_data_is_a_typed_error() {
        let mut c = handler_test_config();
        c["__default__"]["delay"]["base"] = json!(-1);
        assert!(matches!(
            LegacyPolicy::from_config(&c, "x"),
            Err(RetryConfigError::InvalidRetryData { .. })
        ));
        let mut c = handler_test_config();
        c["__default__"]["policies"]["bad"] = json!({"applies_when": {"response": {}}});
        assert!(matches!(
            LegacyPolicy::from_config(&c, "x"),
            Err(RetryConfigError::InvalidRetryData { .. })
        ));
        let doc = json!({"retry": {"__default__": {"policies": {"a": {"$ref": "missing"}}}}});
        match LegacyPolicy::from_retry_json(&doc, "x") {
            Err(RetryConfigError::InvalidRetryData { message }) => {
                assert!(message.contains("missing"), "{message}")
            }
            other => panic!("{other:?}"),
        }
    }
}

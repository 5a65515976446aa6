//! Endpoint resolution: the rules engine over `endpoint-rule-set-1.json` (botocore's `endpoint_provider.py`).
//!
//! A [`RuleSet`] is parsed once from its JSON text into a compact typed tree: every parameter
//! and every variable a condition `assign`s gets a numbered slot, every template string is
//! split into literal and variable parts, every function name becomes an enum. Resolving then
//! walks that tree with a small array of slot values and borrows parameter strings instead of
//! copying them.
//!
//! ```
//! use kumo_runtime::endpoint::{Params, RuleSet, Value};
//! let rules = RuleSet::parse(r#"{"version":"1.0","parameters":{"Region":{"type":"string","builtIn":"AWS::Region","required":true}},
//!   "rules":[{"type":"endpoint","conditions":[],"endpoint":{"url":"https://svc.{Region}.amazonaws.com"}}]}"#).unwrap();
//! let mut params = Params::new();
//! params.insert("Region".to_string(), Value::String("us-west-2".to_string()));
//! assert_eq!(rules.resolve(&params).unwrap().url, "https://svc.us-west-2.amazonaws.com");
//! ```

mod eval;
mod funcs;
mod json;
mod parse;
mod partition;

use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;

pub use parse::{ParamType, Parameter};

/// Names of the `builtIn`s that rule-set parameters bind to (see [`Parameter::built_in`]).
pub mod builtins {
    /// The client's region.
    pub const REGION: &str = "AWS::Region";
    /// Use FIPS endpoints.
    pub const USE_FIPS: &str = "AWS::UseFIPS";
    /// Use dual-stack endpoints.
    pub const USE_DUAL_STACK: &str = "AWS::UseDualStack";
    /// A custom endpoint URL (`endpoint_url`).
    pub const ENDPOINT: &str = "SDK::Endpoint";
    /// S3 transfer acceleration.
    pub const S3_ACCELERATE: &str = "AWS::S3::Accelerate";
    /// S3 path-style addressing.
    pub const S3_FORCE_PATH_STYLE: &str = "AWS::S3::ForcePathStyle";
    /// S3: use the region of an ARN bucket.
    pub const S3_USE_ARN_REGION: &str = "AWS::S3::UseArnRegion";
    /// S3: the global endpoint for us-east-1.
    pub const S3_USE_GLOBAL_ENDPOINT: &str = "AWS::S3::UseGlobalEndpoint";
    /// S3: disable multi-region access points.
    pub const S3_DISABLE_MULTI_REGION_ACCESS_POINTS: &str =
        "AWS::S3::DisableMultiRegionAccessPoints";
    /// S3 Control: use the region of an ARN.
    pub const S3_CONTROL_USE_ARN_REGION: &str = "AWS::S3Control::UseArnRegion";
    /// STS: the global endpoint.
    pub const STS_USE_GLOBAL_ENDPOINT: &str = "AWS::STS::UseGlobalEndpoint";
    /// The account id from the credentials.
    pub const ACCOUNT_ID: &str = "AWS::Auth::AccountId";
    /// `preferred`, `required` or `disabled`.
    pub const ACCOUNT_ID_ENDPOINT_MODE: &str = "AWS::Auth::AccountIdEndpointMode";
}

/// A parameter value given to [`RuleSet::resolve`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    /// A `string` parameter.
    String(String),
    /// A `boolean` parameter.
    Bool(bool),
    /// A `stringArray` parameter.
    StringArray(Vec<String>),
}

impl Value {
    /// The parameter type this value has.
    pub fn param_type(&self) -> ParamType {
        match self {
            Value::String(_) => ParamType::String,
            Value::Bool(_) => ParamType::Boolean,
            Value::StringArray(_) => ParamType::StringArray,
        }
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::String(s.to_string())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::String(s)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<Vec<String>> for Value {
    fn from(v: Vec<String>) -> Value {
        Value::StringArray(v)
    }
}

/// Parameter values by parameter name (e.g. `"Region"`, `"Bucket"`, `"UseFIPS"`).
/// Names the rule set does not declare are ignored.
pub type Params = HashMap<String, Value>;

/// A resolved endpoint.
#[derive(Clone, Debug, PartialEq)]
pub struct Endpoint {
    /// The endpoint URL, e.g. `https://bucket.s3.us-west-2.amazonaws.com`.
    pub url: String,
    /// Headers to add to the request, in rule-set order, each with its values.
    pub headers: Vec<(String, Vec<String>)>,
    /// The endpoint's properties (e.g. `authSchemes`), in rule-set order.
    pub properties: Vec<(Arc<str>, Property)>,
}

/// An endpoint property value: JSON, with strings shared with the rule set where they are
/// literal (so building an endpoint allocates little).
#[derive(Clone, Debug, PartialEq)]
pub enum Property {
    /// `null`
    Null,
    /// A boolean.
    Bool(bool),
    /// A number.
    Number(serde_json::Number),
    /// A string.
    String(Arc<str>),
    /// An array.
    Array(Vec<Property>),
    /// An object, fields in rule-set order.
    Object(Vec<(Arc<str>, Property)>),
}

impl Property {
    /// The field `key` of an object.
    pub fn get(&self, key: &str) -> Option<&Property> {
        match self {
            Property::Object(fields) => fields.iter().find(|(k, _)| &**k == key).map(|(_, v)| v),
            _ => None,
        }
    }
    /// The string, if this is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Property::String(s) => Some(s),
            _ => None,
        }
    }
    /// The boolean, if this is one.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Property::Bool(b) => Some(*b),
            _ => None,
        }
    }
    /// The items, if this is an array.
    pub fn as_array(&self) -> Option<&[Property]> {
        match self {
            Property::Array(a) => Some(a),
            _ => None,
        }
    }
    /// This value as `serde_json` JSON.
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::Value as J;
        match self {
            Property::Null => J::Null,
            Property::Bool(b) => J::Bool(*b),
            Property::Number(n) => J::Number(n.clone()),
            Property::String(s) => J::String(s.to_string()),
            Property::Array(a) => J::Array(a.iter().map(Property::to_json).collect()),
            Property::Object(fields) => J::Object(
                fields
                    .iter()
                    .map(|(k, v)| (k.to_string(), v.to_json()))
                    .collect(),
            ),
        }
    }
}

impl Endpoint {
    /// The property `name` (e.g. `authSchemes`), if the endpoint sets it.
    pub fn property(&self, name: &str) -> Option<&Property> {
        self.properties
            .iter()
            .find(|(k, _)| &**k == name)
            .map(|(_, v)| v)
    }
    /// All properties as a JSON object.
    pub fn properties_json(&self) -> serde_json::Map<String, serde_json::Value> {
        self.properties
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_json()))
            .collect()
    }
    /// The values of header `name` (compared case-insensitively), if the endpoint sets it.
    pub fn header(&self, name: &str) -> Option<&[String]> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_slice())
    }
}

/// One entry of an endpoint's `authSchemes` property, read by [`auth_schemes`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AuthSchemeProps {
    /// Scheme name as the rule set spells it: `sigv4`, `sigv4a`, `sigv4-s3express`, …
    pub name: String,
    /// `signingName`, e.g. `s3`.
    pub signing_name: Option<String>,
    /// `signingRegion` (SigV4).
    pub signing_region: Option<String>,
    /// `signingRegionSet` (SigV4a), e.g. `["*"]`.
    pub signing_region_set: Option<Vec<String>>,
    /// `disableDoubleEncoding` (`false` when absent).
    pub disable_double_encoding: bool,
    /// `disableNormalizePath` (`false` when absent).
    pub disable_normalize_path: bool,
}

/// The `authSchemes` of an endpoint, in preference order (empty when the property is absent).
/// Entries that are not objects or have no string `name` are left out.
pub fn auth_schemes(endpoint: &Endpoint) -> Vec<AuthSchemeProps> {
    let Some(list) = endpoint
        .property("authSchemes")
        .and_then(Property::as_array)
    else {
        return Vec::new();
    };
    let string = |o: &Property, k: &str| o.get(k).and_then(Property::as_str).map(str::to_string);
    let flag = |o: &Property, k: &str| o.get(k).and_then(Property::as_bool).unwrap_or(false);
    list.iter()
        .filter_map(|o| {
            Some(AuthSchemeProps {
                name: string(o, "name")?,
                signing_name: string(o, "signingName"),
                signing_region: string(o, "signingRegion"),
                signing_region_set: o.get("signingRegionSet").and_then(Property::as_array).map(
                    |a| {
                        a.iter()
                            .filter_map(|s| s.as_str().map(str::to_string))
                            .collect()
                    },
                ),
                disable_double_encoding: flag(o, "disableDoubleEncoding"),
                disable_normalize_path: flag(o, "disableNormalizePath"),
            })
        })
        .collect()
}

/// Why a rule set could not be parsed or resolved.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum EndpointError {
    /// The rule set JSON is malformed; `path` is a JSON path such as `$.rules[3].conditions[0].fn`.
    Parse {
        /// Where in the document.
        path: String,
        /// What is wrong.
        message: String,
    },
    /// A parameter value is missing (and required) or has the wrong type.
    InvalidParam {
        /// Parameter name.
        name: String,
        /// What is wrong.
        message: String,
    },
    /// An `error` rule matched; this is its message, exactly.
    Rule(String),
    /// No rule matched the parameters.
    NoMatch,
    /// A function was applied to values of the wrong type while evaluating the rules.
    Eval(String),
}

impl EndpointError {
    pub(crate) fn parse(path: &str, message: impl Into<String>) -> EndpointError {
        EndpointError::Parse {
            path: path.to_string(),
            message: message.into(),
        }
    }
}

impl fmt::Display for EndpointError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EndpointError::Parse { path, message } => {
                write!(f, "invalid endpoint rule set at {path}: {message}")
            }
            EndpointError::InvalidParam { message, .. } => f.write_str(message),
            EndpointError::Rule(message) => f.write_str(message),
            EndpointError::NoMatch => f.write_str("No endpoint found for the given parameters"),
            EndpointError::Eval(message) => {
                write!(f, "endpoint rules evaluation failed: {message}")
            }
        }
    }
}

impl std::error::Error for EndpointError {}

impl From<EndpointError> for crate::error::SdkError {
    fn from(e: EndpointError) -> crate::error::SdkError {
        crate::error::SdkError::new(crate::error::SdkErrorKind::Endpoint, e.to_string())
    }
}

/// A parsed endpoint rule set (`endpoint-rule-set-1.json`), ready to resolve endpoints.
#[derive(Debug)]
pub struct RuleSet {
    inner: parse::Compiled,
}

impl RuleSet {
    /// Parses and checks a rule set. Every reference and template variable must name a parameter
    /// or a variable assigned earlier on the path to it; every function must be known.
    pub fn parse(json: &str) -> Result<RuleSet, EndpointError> {
        Ok(RuleSet {
            inner: parse::compile(json)?,
        })
    }

    /// The rule set's `version`.
    pub fn version(&self) -> &str {
        &self.inner.version
    }

    /// The declared parameters, in document order.
    pub fn parameters(&self) -> &[Parameter] {
        &self.inner.params
    }

    /// The parameter with `name`, if declared.
    pub fn parameter(&self, name: &str) -> Option<&Parameter> {
        self.inner
            .param_slot(name)
            .and_then(|i| self.inner.params.get(i))
    }

    /// Resolves the endpoint for `params`: applies defaults, checks required parameters and
    /// types, and evaluates the rules in order. An `error` rule yields [`EndpointError::Rule`].
    pub fn resolve(&self, params: &Params) -> Result<Endpoint, EndpointError> {
        eval::resolve(&self.inner, params.iter().map(|(k, v)| (k.as_str(), v)))
    }

    /// Like [`RuleSet::resolve`], for parameters held as `(name, value)` pairs in any container.
    /// A name given twice takes its last value.
    pub fn resolve_pairs<'a, I>(&'a self, params: I) -> Result<Endpoint, EndpointError>
    where
        I: IntoIterator<Item = (&'a str, &'a Value)>,
    {
        eval::resolve(&self.inner, params)
    }
}

/// A rule set embedded as JSON text in a `static`, parsed on first use and then shared.
///
/// Generated crates carry their `endpoint-rule-set-1.json` minified:
/// `static RULES: StaticRuleSet = StaticRuleSet::new("{...}");` and call [`StaticRuleSet::get`]
/// when a client is built.
pub struct StaticRuleSet {
    json: &'static str,
    parsed: std::sync::OnceLock<Result<RuleSet, EndpointError>>,
}

impl StaticRuleSet {
    /// A rule set that will be parsed from `json` on first use.
    pub const fn new(json: &'static str) -> StaticRuleSet {
        StaticRuleSet {
            json,
            parsed: std::sync::OnceLock::new(),
        }
    }

    /// The parsed rule set (parsed once; a parse error is kept and returned every time).
    pub fn get(&self) -> Result<&RuleSet, EndpointError> {
        self.parsed
            .get_or_init(|| RuleSet::parse(self.json))
            .as_ref()
            .map_err(Clone::clone)
    }

    /// The JSON text.
    pub fn json(&self) -> &'static str {
        self.json
    }
}

impl fmt::Debug for StaticRuleSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StaticRuleSet")
            .field("bytes", &self.json.len())
            .field("parsed", &self.parsed.get().map(|r| r.is_ok()))
            .finish()
    }
}

#[cfg(test)]
mod tests;

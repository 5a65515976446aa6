//! Typed botocore models: `service-2.json`, `paginators-1.json`, `waiters-2.json`.
//!
//! Every field the vendored models use has a typed home here. Loading goes through
//! `serde_path_to_error`, so a malformed file is reported with its path and the JSON
//! path of the bad value; [`ServiceModel::check`] then verifies the cross references
//! (shape targets, members named by `required`/`payload`) the same way.

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;
use std::path::{Path, PathBuf};

use serde::de::{Deserializer, MapAccess, Visitor};
use serde::Deserialize;

/// A model that could not be loaded: the file, the JSON path and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelError {
    /// The file.
    pub file: PathBuf,
    /// The JSON path of the offending value (`shapes.Foo.members.Bar.shape`).
    pub path: String,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: at {}: {}",
            self.file.display(),
            self.path,
            self.message
        )
    }
}

impl std::error::Error for ModelError {}

/// A JSON object whose key order is kept (member order matters on the wire).
#[derive(Debug, Clone, PartialEq)]
pub struct Ordered<T>(pub Vec<(String, T)>);

impl<T> Default for Ordered<T> {
    fn default() -> Self {
        Ordered(Vec::new())
    }
}

impl<T> Ordered<T> {
    /// Looks a key up.
    pub fn get(&self, k: &str) -> Option<&T> {
        self.0.iter().find(|(n, _)| n == k).map(|(_, v)| v)
    }
    /// Iterates in file order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &T)> {
        self.0.iter().map(|(k, v)| (k, v))
    }
    /// Number of entries.
    pub fn len(&self) -> usize {
        self.0.len()
    }
    /// Whether there are no entries.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Ordered<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for V<T> {
            type Value = Ordered<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<Self::Value, A::Error> {
                let mut v = Vec::new();
                while let Some((k, val)) = m.next_entry::<String, T>()? {
                    v.push((k, val));
                }
                Ok(Ordered(v))
            }
        }
        d.deserialize_map(V(PhantomData))
    }
}

/// `service-2.json`.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ServiceModel {
    /// Model format version.
    pub version: Option<String>,
    /// Service metadata.
    pub metadata: Metadata,
    /// Operations by name.
    pub operations: BTreeMap<String, OperationModel>,
    /// Shapes by name.
    pub shapes: BTreeMap<String, ShapeModel>,
    /// Service documentation (HTML).
    pub documentation: Option<String>,
    /// Endpoint rule-set parameters a client may set.
    #[serde(default)]
    pub client_context_params: BTreeMap<String, ClientContextParam>,
    /// The whole service is deprecated.
    #[serde(default)]
    pub deprecated: bool,
    /// Why it is deprecated.
    pub deprecated_message: Option<String>,
    /// Examples (unused).
    pub examples: Option<serde_json::Value>,
}

/// A `clientContextParams` entry.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ClientContextParam {
    /// `string` or `boolean`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Documentation.
    pub documentation: Option<String>,
}

/// `metadata`.
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct Metadata {
    /// API version.
    pub api_version: String,
    /// Endpoint prefix.
    pub endpoint_prefix: Option<String>,
    /// JSON version for `json`.
    pub json_version: Option<String>,
    /// The legacy single protocol.
    pub protocol: String,
    /// Supported protocols, in preference order.
    pub protocols: Option<Vec<String>>,
    /// Abbreviation.
    pub service_abbreviation: Option<String>,
    /// Full name.
    pub service_full_name: Option<String>,
    /// Service id.
    pub service_id: Option<String>,
    /// Signature version (`v4`, `s3v4`, `bearer`, …).
    pub signature_version: Option<String>,
    /// Signing name.
    pub signing_name: Option<String>,
    /// Unique id.
    pub uid: Option<String>,
    /// Supported auth schemes in preference order.
    pub auth: Option<Vec<String>>,
    /// `X-Amz-Target` prefix.
    pub target_prefix: Option<String>,
    /// Response namespace.
    pub xml_namespace: Option<String>,
    /// Protocol settings (e.g. `h2`).
    pub protocol_settings: Option<serde_json::Value>,
    /// Checksum format.
    pub checksum_format: Option<String>,
    /// Query-compatible JSON service marker.
    pub aws_query_compatible: Option<serde_json::Value>,
    /// Internal name.
    pub rip_service_name: Option<String>,
    /// Global endpoint host.
    pub global_endpoint: Option<String>,
}

/// `http` of an operation.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Http {
    /// Method.
    pub method: String,
    /// URI template.
    pub request_uri: String,
    /// Success status.
    pub response_code: Option<u16>,
}

/// A reference to a shape from an operation's input or output.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct IoRef {
    /// Target shape.
    pub shape: String,
    /// Query protocol result wrapper element.
    pub result_wrapper: Option<String>,
    /// rest-xml root element name.
    pub location_name: Option<String>,
    /// rest-xml root namespace.
    pub xml_namespace: Option<XmlNs>,
    /// Legacy models: the payload member, given on the reference.
    pub payload: Option<String>,
    /// Documentation.
    pub documentation: Option<String>,
}

/// An XML namespace: a bare URI or `{prefix, uri}`.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(untagged)]
pub enum XmlNs {
    /// Just the URI.
    Uri(String),
    /// With prefix.
    Full {
        /// Prefix.
        prefix: Option<String>,
        /// URI.
        uri: String,
    },
}

/// `httpChecksum`.
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct HttpChecksumModel {
    /// Algorithm member.
    pub request_algorithm_member: Option<String>,
    /// Checksum required.
    #[serde(default)]
    pub request_checksum_required: bool,
    /// Validation mode member.
    pub request_validation_mode_member: Option<String>,
    /// Response algorithms.
    #[serde(default)]
    pub response_algorithms: Vec<String>,
}

/// An operation.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OperationModel {
    /// Name.
    pub name: String,
    /// HTTP binding.
    pub http: Http,
    /// Input.
    pub input: Option<IoRef>,
    /// Output.
    pub output: Option<IoRef>,
    /// Errors.
    #[serde(default)]
    pub errors: Vec<IoRef>,
    /// Documentation.
    pub documentation: Option<String>,
    /// Documentation URL.
    pub documentation_url: Option<String>,
    /// Idempotent.
    #[serde(default)]
    pub idempotent: bool,
    /// Read-only.
    #[serde(default)]
    pub readonly: bool,
    /// Host prefix.
    pub endpoint: Option<EndpointTrait>,
    /// Content-MD5 required.
    #[serde(default)]
    pub http_checksum_required: bool,
    /// Flexible checksums.
    pub http_checksum: Option<HttpChecksumModel>,
    /// Static endpoint parameters.
    #[serde(default)]
    pub static_context_params: Ordered<StaticContextParam>,
    /// Endpoint parameters from input paths.
    #[serde(default)]
    pub operation_context_params: Ordered<OperationContextParam>,
    /// Deprecated.
    #[serde(default)]
    pub deprecated: bool,
    /// Deprecation message.
    pub deprecated_message: Option<String>,
    /// Deprecated since.
    pub deprecated_since: Option<String>,
    /// Endpoint discovery.
    pub endpointdiscovery: Option<serde_json::Value>,
    /// Is the endpoint discovery operation.
    #[serde(default)]
    pub endpointoperation: bool,
    /// Legacy auth type.
    pub authtype: Option<String>,
    /// Auth schemes.
    pub auth: Option<Vec<String>>,
    /// Unsigned payload.
    #[serde(default)]
    pub unsigned_payload: bool,
    /// Request compression.
    pub requestcompression: Option<RequestCompression>,
    /// Alias (unused).
    pub alias: Option<String>,
}

/// `endpoint` of an operation.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EndpointTrait {
    /// Host prefix template.
    pub host_prefix: String,
}

/// A `staticContextParams` value.
#[derive(Debug, Clone, Deserialize)]
pub struct StaticContextParam {
    /// The value.
    pub value: serde_json::Value,
}

/// An `operationContextParams` entry.
#[derive(Debug, Clone, Deserialize)]
pub struct OperationContextParam {
    /// JMESPath-like path into the input.
    pub path: String,
}

/// `requestcompression`.
#[derive(Debug, Clone, Deserialize)]
pub struct RequestCompression {
    /// Encodings.
    pub encodings: Vec<String>,
}

/// `error` of an exception shape.
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct ErrorTrait {
    /// Code.
    pub code: Option<String>,
    /// HTTP status.
    pub http_status_code: Option<u16>,
    /// Sender fault.
    #[serde(default)]
    pub sender_fault: bool,
}

/// `retryable`.
#[derive(Debug, Clone, Deserialize, Default)]
pub struct Retryable {
    /// Throttling error.
    #[serde(default)]
    pub throttling: bool,
}

/// A member reference (structure member, list member, map key/value).
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct MemberModel {
    /// Target shape.
    pub shape: String,
    /// Documentation.
    pub documentation: Option<String>,
    /// Location.
    pub location: Option<String>,
    /// Wire name.
    pub location_name: Option<String>,
    /// EC2 query name.
    pub query_name: Option<String>,
    /// Namespace.
    pub xml_namespace: Option<XmlNs>,
    /// XML attribute.
    #[serde(default)]
    pub xml_attribute: bool,
    /// Flattened.
    #[serde(default)]
    pub flattened: bool,
    /// Timestamp format.
    pub timestamp_format: Option<String>,
    /// Idempotency token.
    #[serde(default)]
    pub idempotency_token: bool,
    /// Host label.
    #[serde(default)]
    pub host_label: bool,
    /// JSON value header.
    #[serde(default)]
    pub jsonvalue: bool,
    /// Streaming.
    #[serde(default)]
    pub streaming: bool,
    /// Event payload.
    #[serde(default)]
    pub eventpayload: bool,
    /// Event header.
    #[serde(default)]
    pub eventheader: bool,
    /// Endpoint parameter binding.
    pub context_param: Option<ContextParam>,
    /// Boxed (unused: optional-ness comes from `required`).
    #[serde(rename = "box", default)]
    pub boxed: bool,
    /// Deprecated.
    #[serde(default)]
    pub deprecated: bool,
    /// Deprecation message.
    pub deprecated_message: Option<String>,
    /// Deprecated since.
    pub deprecated_since: Option<String>,
    /// Sensitive.
    #[serde(default)]
    pub sensitive: bool,
    /// Inline enum (rare; ignored).
    #[serde(rename = "enum")]
    pub enum_values: Option<Vec<String>>,
}

/// `contextParam`.
#[derive(Debug, Clone, Deserialize)]
pub struct ContextParam {
    /// Parameter name.
    pub name: String,
}

/// A shape.
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct ShapeModel {
    /// Type.
    #[serde(rename = "type")]
    pub kind: String,
    /// Structure/union members, in order.
    #[serde(default)]
    pub members: Ordered<MemberModel>,
    /// Required members.
    #[serde(default)]
    pub required: Vec<String>,
    /// List element.
    pub member: Option<MemberModel>,
    /// Map key.
    pub key: Option<MemberModel>,
    /// Map value.
    pub value: Option<MemberModel>,
    /// String enum values.
    #[serde(rename = "enum")]
    pub enum_values: Option<Vec<String>>,
    /// Min length / value.
    pub min: Option<f64>,
    /// Max length / value.
    pub max: Option<f64>,
    /// Pattern.
    pub pattern: Option<String>,
    /// Documentation.
    pub documentation: Option<String>,
    /// Error trait.
    pub error: Option<ErrorTrait>,
    /// Exception.
    #[serde(default)]
    pub exception: bool,
    /// Server fault.
    #[serde(default)]
    pub fault: bool,
    /// Union.
    #[serde(default)]
    pub union: bool,
    /// Timestamp format.
    pub timestamp_format: Option<String>,
    /// Sensitive.
    #[serde(default)]
    pub sensitive: bool,
    /// Boxed.
    #[serde(rename = "box", default)]
    pub boxed: bool,
    /// Retryable.
    pub retryable: Option<Retryable>,
    /// Document.
    #[serde(default)]
    pub document: bool,
    /// Synthetic.
    #[serde(default)]
    pub synthetic: bool,
    /// Wrapper.
    #[serde(default)]
    pub wrapper: bool,
    /// Payload member.
    pub payload: Option<String>,
    /// XML name (or, in legacy models, the wire name of members targeting this shape).
    pub location_name: Option<String>,
    /// Legacy models: a location for members targeting this shape.
    pub location: Option<String>,
    /// XML namespace.
    pub xml_namespace: Option<XmlNs>,
    /// Flattened.
    #[serde(default)]
    pub flattened: bool,
    /// Event.
    #[serde(default)]
    pub event: bool,
    /// Streaming blob.
    #[serde(default)]
    pub streaming: bool,
    /// Event stream.
    #[serde(default)]
    pub eventstream: bool,
    /// Sparse list/map.
    #[serde(default)]
    pub sparse: bool,
    /// XML member order.
    pub xml_order: Option<Vec<String>>,
    /// Requires length.
    #[serde(default)]
    pub requires_length: bool,
    /// Deprecated.
    #[serde(default)]
    pub deprecated: bool,
    /// Deprecation message.
    pub deprecated_message: Option<String>,
    /// Deprecated since.
    pub deprecated_since: Option<String>,
    /// Default value (protocol tests).
    pub default: Option<serde_json::Value>,
}

/// `paginators-1.json`.
#[derive(Debug, Clone, Deserialize, Default)]
pub struct PaginatorsFile {
    /// Paginators by operation name.
    #[serde(default)]
    pub pagination: BTreeMap<String, Paginator>,
}

/// One of a string or a list of strings.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(untagged)]
pub enum OneOrMany {
    /// One.
    One(String),
    /// Many.
    Many(Vec<String>),
}

impl OneOrMany {
    /// As a list.
    pub fn to_vec(&self) -> Vec<String> {
        match self {
            OneOrMany::One(s) => vec![s.clone()],
            OneOrMany::Many(v) => v.clone(),
        }
    }
}

/// A paginator.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "snake_case")]
pub struct Paginator {
    /// Input token member(s).
    pub input_token: OneOrMany,
    /// Output token path(s).
    pub output_token: OneOrMany,
    /// Page size member.
    pub limit_key: Option<String>,
    /// Result path(s).
    pub result_key: Option<OneOrMany>,
    /// More-results flag path.
    pub more_results: Option<String>,
    /// Keys not aggregated.
    pub non_aggregate_keys: Option<Vec<String>>,
}

/// `waiters-2.json`.
#[derive(Debug, Clone, Deserialize, Default)]
pub struct WaitersFile {
    /// Version.
    pub version: Option<u32>,
    /// Waiters by name.
    #[serde(default)]
    pub waiters: BTreeMap<String, Waiter>,
}

/// A waiter.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Waiter {
    /// Seconds between attempts.
    pub delay: u32,
    /// Operation polled.
    pub operation: String,
    /// Attempts.
    pub max_attempts: u32,
    /// Description.
    pub description: Option<String>,
    /// Acceptors.
    pub acceptors: Vec<Acceptor>,
}

/// A waiter acceptor.
#[derive(Debug, Clone, Deserialize)]
pub struct Acceptor {
    /// `success`, `failure`, `retry`.
    pub state: String,
    /// `path`, `pathAll`, `pathAny`, `status`, `error`.
    pub matcher: String,
    /// Path expression.
    pub argument: Option<String>,
    /// Expected value.
    pub expected: serde_json::Value,
}

/// Reads and parses a JSON file into `T`, with the JSON path of any error.
pub fn load_json<T: for<'de> Deserialize<'de>>(file: &Path) -> Result<T, ModelError> {
    let text = std::fs::read_to_string(file).map_err(|e| ModelError {
        file: file.to_path_buf(),
        path: "$".into(),
        message: e.to_string(),
    })?;
    parse_json(file, &text)
}

/// Parses JSON text into `T`, naming `file` and the JSON path in errors.
pub fn parse_json<T: for<'de> Deserialize<'de>>(file: &Path, text: &str) -> Result<T, ModelError> {
    let de = &mut serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(de).map_err(|e| ModelError {
        file: file.to_path_buf(),
        path: e.path().to_string(),
        message: e.inner().to_string(),
    })
}

const KINDS: [&str; 17] = [
    "character",
    "structure",
    "list",
    "map",
    "string",
    "integer",
    "long",
    "short",
    "byte",
    "float",
    "double",
    "boolean",
    "blob",
    "timestamp",
    "bigInteger",
    "bigDecimal",
    "document",
];

impl ServiceModel {
    /// Checks cross references: every member targets a shape that exists, `required` and
    /// `payload` name real members, lists and maps have their members, kinds are known.
    pub fn check(&self, file: &Path) -> Result<(), ModelError> {
        let err = |path: String, message: String| ModelError {
            file: file.to_path_buf(),
            path,
            message,
        };
        let target = |path: String, m: &MemberModel| {
            if self.shapes.contains_key(&m.shape) {
                Ok(())
            } else {
                Err(err(path, format!("shape {:?} does not exist", m.shape)))
            }
        };
        for (name, s) in &self.shapes {
            let at = format!("shapes.{name}");
            if !KINDS.contains(&s.kind.as_str()) {
                return Err(err(
                    format!("{at}.type"),
                    format!("unknown shape type {:?}", s.kind),
                ));
            }
            for (mname, m) in s.members.iter() {
                target(format!("{at}.members.{mname}.shape"), m)?;
            }
            for (i, r) in s.required.iter().enumerate() {
                if s.members.get(r).is_none() {
                    return Err(err(
                        format!("{at}.required[{i}]"),
                        format!("no member named {r:?}"),
                    ));
                }
            }
            if let Some(p) = &s.payload {
                if s.members.get(p).is_none() {
                    return Err(err(
                        format!("{at}.payload"),
                        format!("no member named {p:?}"),
                    ));
                }
            }
            match s.kind.as_str() {
                "list" => match &s.member {
                    Some(m) => target(format!("{at}.member.shape"), m)?,
                    None => {
                        return Err(err(format!("{at}.member"), "a list needs a member".into()))
                    }
                },
                "map" => match (&s.key, &s.value) {
                    (Some(k), Some(v)) => {
                        target(format!("{at}.key.shape"), k)?;
                        target(format!("{at}.value.shape"), v)?;
                    }
                    _ => return Err(err(at, "a map needs a key and a value".into())),
                },
                _ => {}
            }
        }
        for (name, op) in &self.operations {
            let at = format!("operations.{name}");
            for (what, r) in [("input", &op.input), ("output", &op.output)] {
                if let Some(r) = r {
                    match self.shapes.get(&r.shape) {
                        Some(s) if s.kind == "structure" => {}
                        Some(_) => {
                            return Err(err(
                                format!("{at}.{what}.shape"),
                                "must be a structure".into(),
                            ))
                        }
                        None => {
                            return Err(err(
                                format!("{at}.{what}.shape"),
                                format!("shape {:?} does not exist", r.shape),
                            ))
                        }
                    }
                }
            }
            for (i, e) in op.errors.iter().enumerate() {
                match self.shapes.get(&e.shape) {
                    Some(s) if s.kind == "structure" => {}
                    Some(_) => {
                        return Err(err(
                            format!("{at}.errors[{i}].shape"),
                            "must be a structure".into(),
                        ))
                    }
                    None => {
                        return Err(err(
                            format!("{at}.errors[{i}].shape"),
                            format!("shape {:?} does not exist", e.shape),
                        ))
                    }
                }
            }
        }
        Ok(())
    }
}

/// A service's model files, loaded and checked.
#[derive(Debug, Clone)]
pub struct ServiceFiles {
    /// botocore's service name (the directory name).
    pub name: String,
    /// `service-2.json`.
    pub service: ServiceModel,
    /// `paginators-1.json`, if present.
    pub paginators: PaginatorsFile,
    /// `waiters-2.json`, if present.
    pub waiters: WaitersFile,
    /// `endpoint-rule-set-1.json` as minified JSON text, if present.
    pub rule_set: Option<String>,
}

/// Loads `<models>/data/<name>/…`.
pub fn load_service(models: &Path, name: &str) -> Result<ServiceFiles, ModelError> {
    let dir = models.join("data").join(name);
    let service_file = dir.join("service-2.json");
    let service: ServiceModel = load_json(&service_file)?;
    service.check(&service_file)?;
    let opt = |f: &str| {
        let p = dir.join(f);
        p.exists().then_some(p)
    };
    let paginators = match opt("paginators-1.json") {
        Some(p) => load_json(&p)?,
        None => PaginatorsFile::default(),
    };
    let waiters = match opt("waiters-2.json") {
        Some(p) => load_json(&p)?,
        None => WaitersFile::default(),
    };
    let rule_set = match opt("endpoint-rule-set-1.json") {
        Some(p) => {
            let v: serde_json::Value = load_json(&p)?;
            Some(v.to_string())
        }
        None => None,
    };
    Ok(ServiceFiles {
        name: name.to_string(),
        service,
        paginators,
        waiters,
        rule_set,
    })
}

/// Every service directory under `<models>/data`, sorted.
pub fn list_services(models: &Path) -> Result<Vec<String>, ModelError> {
    let dir = models.join("data");
    let rd = std::fs::read_dir(&dir).map_err(|e| ModelError {
        file: dir.clone(),
        path: "$".into(),
        message: e.to_string(),
    })?;
    let mut v: Vec<String> = rd
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("service-2.json").exists())
        .filter_map(|e| e.file_name().into_string().ok())
        .collect();
    v.sort();
    Ok(v)
}

//! Static service and operation metadata (botocore's `ServiceModel` / `OperationModel`).
//!
//! A generated crate has one `static SERVICE: Service` and one `static Operation` per
//! operation; a `Client` method is a one-line call into [`crate::client::Handle::invoke`]
//! with that static.

use crate::schema::{Schema, XmlNamespace};

/// A wire protocol (botocore's `metadata.protocol`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Protocol {
    /// `query`: form-encoded requests, XML responses.
    Query,
    /// `ec2`: query with EC2's naming and response rules.
    Ec2,
    /// `json`: JSON over POST with `X-Amz-Target`.
    Json,
    /// `rest-json`: HTTP bindings with a JSON body.
    RestJson,
    /// `rest-xml`: HTTP bindings with an XML body.
    RestXml,
    /// `smithy-rpc-v2-cbor`: CBOR over POST to `/service/S/operation/O`.
    SmithyRpcV2Cbor,
}

impl Protocol {
    /// The protocol's name in the model.
    pub fn as_str(&self) -> &'static str {
        match self {
            Protocol::Query => "query",
            Protocol::Ec2 => "ec2",
            Protocol::Json => "json",
            Protocol::RestJson => "rest-json",
            Protocol::RestXml => "rest-xml",
            Protocol::SmithyRpcV2Cbor => "smithy-rpc-v2-cbor",
        }
    }
    /// Chooses among a model's `metadata.protocols` the way botocore does: the first
    /// in botocore's priority order that Kumo supports.
    pub fn select(protocols: &[&str]) -> Option<Protocol> {
        const PRIORITY: [Protocol; 6] = [
            Protocol::Json,
            Protocol::RestJson,
            Protocol::RestXml,
            Protocol::SmithyRpcV2Cbor,
            Protocol::Query,
            Protocol::Ec2,
        ];
        PRIORITY
            .into_iter()
            .find(|p| protocols.contains(&p.as_str()))
    }
}

/// How a request is authenticated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AuthScheme {
    /// SigV4 (`v4`, `s3v4`, `aws.auth#sigv4`).
    SigV4,
    /// SigV4 with an unsigned payload (`v4-unsigned-body`).
    SigV4UnsignedBody,
    /// SigV4a (multi-region), when the rule set asks for it.
    SigV4a,
    /// A bearer token (`bearer`, `smithy.api#httpBearerAuth`).
    Bearer,
    /// No authentication (`none`, `smithy.api#noAuth`).
    None,
}

/// Operation-level flags.
pub mod op_flags {
    /// `httpChecksumRequired`, or `httpChecksum.requestChecksumRequired`.
    pub const CHECKSUM_REQUIRED: u32 = 1;
    /// `idempotent`.
    pub const IDEMPOTENT: u32 = 1 << 1;
    /// `unsignedPayload`.
    pub const UNSIGNED_PAYLOAD: u32 = 1 << 2;
    /// The input has a streaming payload.
    pub const STREAMING_INPUT: u32 = 1 << 3;
    /// The output has a streaming payload.
    pub const STREAMING_OUTPUT: u32 = 1 << 4;
    /// The request may use an event stream.
    pub const EVENT_STREAM: u32 = 1 << 5;
    /// `endpointdiscovery.required`.
    pub const ENDPOINT_DISCOVERY: u32 = 1 << 6;
    /// The operation is deprecated.
    pub const DEPRECATED: u32 = 1 << 7;
}

/// A value bound to an endpoint rule-set parameter (`staticContextParams`, `clientContextParams`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamValue {
    /// A boolean.
    Bool(bool),
    /// A string.
    Str(&'static str),
    /// A list of strings.
    StrList(&'static [&'static str]),
}

/// An operation's `httpChecksum` trait.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HttpChecksum {
    /// The input member naming the request checksum algorithm.
    pub request_algorithm_member: Option<&'static str>,
    /// The input member that enables response validation.
    pub request_validation_mode_member: Option<&'static str>,
    /// Algorithms the response may be validated with.
    pub response_algorithms: &'static [&'static str],
}

/// One operation.
#[derive(Debug)]
pub struct Operation {
    /// The operation name in the model (`GetObject`).
    pub name: &'static str,
    /// HTTP method.
    pub method: &'static str,
    /// The request URI template (`/{Bucket}/{Key+}?x-id=GetObject`).
    pub request_uri: &'static str,
    /// The success status (`http.responseCode`), 200 when unset.
    pub response_code: u16,
    /// The input shape ([`crate::schema::prelude::UNIT`] when none).
    pub input: &'static Schema,
    /// The output shape ([`crate::schema::prelude::UNIT`] when none).
    pub output: &'static Schema,
    /// The modelled errors, in the order of the error enum's variants.
    pub errors: &'static [&'static Schema],
    /// Authentication, after the operation's `auth`/`authtype` override.
    pub auth: AuthScheme,
    /// `endpoint.hostPrefix`, with `{label}` placeholders.
    pub host_prefix: Option<&'static str>,
    /// Flags from [`op_flags`].
    pub flags: u32,
    /// `requestcompression.encodings`.
    pub request_compression: &'static [&'static str],
    /// `staticContextParams`.
    pub static_context_params: &'static [(&'static str, ParamValue)],
    /// `httpChecksum`.
    pub http_checksum: Option<HttpChecksum>,
    /// The query protocol's `resultWrapper` element of the output.
    pub result_wrapper: Option<&'static str>,
    /// The rest-xml root element name of the input (`input.locationName`).
    pub input_xml_name: Option<&'static str>,
    /// The rest-xml root element namespace of the input (`input.xmlNamespace`).
    pub input_xml_namespace: Option<XmlNamespace>,
    /// `operationContextParams`: rule-set parameter name and the JMESPath into the input.
    pub operation_context_params: &'static [(&'static str, &'static str)],
}

impl Operation {
    /// Whether a flag from [`op_flags`] is set.
    pub const fn has(&self, f: u32) -> bool {
        self.flags & f != 0
    }
}

/// The type of a client context parameter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamType {
    /// A boolean.
    Bool,
    /// A string.
    Str,
}

/// One service.
#[derive(Debug)]
pub struct Service {
    /// botocore's service name (the data directory): `s3`, `rds-data`.
    pub name: &'static str,
    /// `metadata.serviceId`: `S3`, `RDS Data`.
    pub service_id: &'static str,
    /// `metadata.apiVersion`.
    pub api_version: &'static str,
    /// `metadata.endpointPrefix`.
    pub endpoint_prefix: &'static str,
    /// `metadata.signingName`, else the endpoint prefix.
    pub signing_name: &'static str,
    /// The protocol chosen from `metadata.protocols`.
    pub protocol: Protocol,
    /// `metadata.jsonVersion` (`1.0`, `1.1`), for the JSON protocols.
    pub json_version: Option<&'static str>,
    /// `metadata.targetPrefix`, for the JSON and CBOR protocols.
    pub target_prefix: Option<&'static str>,
    /// `metadata.xmlNamespace` (query/rest-xml responses).
    pub xml_namespace: Option<&'static str>,
    /// `metadata.awsQueryCompatible` is present.
    pub aws_query_compatible: bool,
    /// The default auth scheme of the service's operations.
    pub auth: AuthScheme,
    /// `clientContextParams` of the rule set: name and type.
    pub client_context_params: &'static [(&'static str, ParamType)],
    /// The endpoint rule set, as compact JSON (`endpoint-rule-set-1.json`).
    pub rule_set: &'static str,
}

impl Service {
    /// A service with only a name, API version and protocol: the other names empty, no
    /// JSON or XML metadata, SigV4, no client context parameters, no rule set. Generated
    /// statics set what their model has and take the rest from here
    /// (`Service { service_id: "SQS", ..Service::new("sqs", "2012-11-05", Protocol::Json) }`).
    pub const fn new(name: &'static str, api_version: &'static str, protocol: Protocol) -> Service {
        Service {
            name,
            service_id: "",
            api_version,
            endpoint_prefix: "",
            signing_name: "",
            protocol,
            json_version: None,
            target_prefix: None,
            xml_namespace: None,
            aws_query_compatible: false,
            auth: AuthScheme::SigV4,
            client_context_params: &[],
            rule_set: "",
        }
    }
}

impl Operation {
    /// An operation with no errors, SigV4 auth and no other traits.
    pub const fn new(
        name: &'static str,
        method: &'static str,
        request_uri: &'static str,
        input: &'static Schema,
        output: &'static Schema,
    ) -> Operation {
        Operation {
            name,
            method,
            request_uri,
            response_code: 200,
            input,
            output,
            errors: &[],
            auth: AuthScheme::SigV4,
            host_prefix: None,
            flags: 0,
            request_compression: &[],
            static_context_params: &[],
            http_checksum: None,
            result_wrapper: None,
            input_xml_name: None,
            input_xml_namespace: None,
            operation_context_params: &[],
        }
    }
    /// Sets the `operationContextParams`.
    pub const fn operation_context_params(
        self,
        p: &'static [(&'static str, &'static str)],
    ) -> Operation {
        Operation {
            operation_context_params: p,
            ..self
        }
    }
    /// Sets the modelled errors.
    pub const fn errors(self, errors: &'static [&'static Schema]) -> Operation {
        Operation { errors, ..self }
    }
    /// Sets the success status.
    pub const fn response_code(self, response_code: u16) -> Operation {
        Operation {
            response_code,
            ..self
        }
    }
    /// Sets the auth scheme.
    pub const fn auth(self, auth: AuthScheme) -> Operation {
        Operation { auth, ..self }
    }
    /// Sets the host prefix.
    pub const fn host_prefix(self, p: &'static str) -> Operation {
        Operation {
            host_prefix: Some(p),
            ..self
        }
    }
    /// Adds flags from [`op_flags`].
    pub const fn with(self, f: u32) -> Operation {
        Operation {
            flags: self.flags | f,
            ..self
        }
    }
    /// Sets the request compression encodings.
    pub const fn request_compression(self, e: &'static [&'static str]) -> Operation {
        Operation {
            request_compression: e,
            ..self
        }
    }
    /// Sets the static context parameters.
    pub const fn static_context_params(
        self,
        p: &'static [(&'static str, ParamValue)],
    ) -> Operation {
        Operation {
            static_context_params: p,
            ..self
        }
    }
    /// Sets the `httpChecksum` trait.
    pub const fn http_checksum(self, c: HttpChecksum) -> Operation {
        Operation {
            http_checksum: Some(c),
            ..self
        }
    }
    /// Sets the query protocol's result wrapper element.
    pub const fn result_wrapper(self, w: &'static str) -> Operation {
        Operation {
            result_wrapper: Some(w),
            ..self
        }
    }
    /// Sets the rest-xml root element of the input.
    pub const fn input_xml(self, name: &'static str, ns: Option<XmlNamespace>) -> Operation {
        Operation {
            input_xml_name: Some(name),
            input_xml_namespace: ns,
            ..self
        }
    }
}

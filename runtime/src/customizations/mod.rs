//! Behaviour botocore applies to particular services, in one place.
//!
//! Everything else in the runtime is driven by the schemas and the vendored data; this
//! module is where the runtime names a specific service (the layering test,
//! `runtime/tests/layering.rs`, holds it to that). Each function is one behaviour,
//! named after the botocore handler or class that implements it, and is called from
//! the pipeline ([`crate::client`]) at the step where botocore applies it.
//!
//! The retry tables keyed by service (standard mode's DynamoDB defaults, long-polling
//! operations, `retries/special.py`) stay with the retry strategy in [`crate::retry`],
//! as botocore keeps them in `botocore.retries`.

mod ec2;
mod route53;
mod s3;
#[cfg(test)]
mod tests;

pub use s3::{copy_source, quote_copy_source, sse_md5, unquote};

use crate::body::Body;
use crate::config::{ClientConfig, StsRegionalEndpoints};
use crate::data::{Scalar, Struct, View};
use crate::endpoint::{builtins, Value};
use crate::error::{SdkError, SdkErrorKind};
use crate::operation::{Operation, Protocol, Service};

/// What a call's customizations remember between the request and the response
/// (botocore's request `context`).
#[derive(Clone, Debug, Default)]
pub struct CallContext {
    /// `set_list_objects_encoding_type_url` set `EncodingType=url` (the caller did not),
    /// so the listed keys are decoded.
    pub encoding_type_auto_set: bool,
}

/// botocore's `before-parameter-build` handlers: changes to the input before it is
/// validated and serialized (S3 SSE-C keys, `CopySource` quoting, `EncodingType`;
/// Route 53 ids; EC2 / Auto Scaling `UserData`).
pub fn before_parameter_build(
    service: &Service,
    op: &Operation,
    input: &mut dyn Struct,
) -> Result<CallContext, SdkError> {
    let mut ctx = CallContext::default();
    match (service.name, op.name) {
        ("s3", _) => s3::before_parameter_build(op, input, &mut ctx)?,
        ("route53", _) => route53::fix_route53_ids(op, input)?,
        ("ec2", "RunInstances") | ("autoscaling", "CreateLaunchConfiguration") => {
            ec2::base64_encode_user_data(input)?
        }
        _ => {}
    }
    Ok(ctx)
}

/// botocore's `before-call` handlers that change the serialized request, before checksums
/// and signing: S3's `escape_xml_payload` and `add_expect_header`, API Gateway's
/// `add_accept_header`.
pub fn before_call(
    service: &Service,
    op: &Operation,
    input: &dyn Struct,
    req: &mut http::Request<Body>,
) -> Result<(), SdkError> {
    match service.name {
        "s3" => s3::before_call(op, input, req)?,
        "apigateway" => add_accept_header(req),
        _ => {}
    }
    Ok(())
}

/// botocore's `after-call` handlers that change the parsed output: S3's
/// `decode_list_object*`.
pub fn after_call(service: &Service, op: &Operation, ctx: &CallContext, out: &mut dyn Struct) {
    if service.name == "s3" {
        s3::after_call(op, ctx, out);
    }
}

/// botocore's `add_accept_header` (API Gateway): `Accept: application/json` unless set.
fn add_accept_header(req: &mut http::Request<Body>) {
    if !req.headers().contains_key(http::header::ACCEPT) {
        req.headers_mut().insert(
            http::header::ACCEPT,
            http::HeaderValue::from_static("application/json"),
        );
    }
}

/// Whether an S3 request is signed with its payload hash (botocore's
/// `S3SigV4Auth._should_sha256_sign_payload`): `Some(false)` for `UNSIGNED-PAYLOAD`,
/// `Some(true)` to sign, `None` to keep the operation's default. Not S3: `None`.
pub fn s3_sign_payload(
    service: &Service,
    c: &ClientConfig,
    op: &Operation,
    req: &http::Request<Body>,
) -> Option<bool> {
    if !s3_sigv4_auth(service) {
        return None;
    }
    s3::sign_payload(c, op, req)
}

/// The value of the string member `name` of `s`, when it is set and not empty (an unset
/// required string is an empty `String`).
fn str_member<'a>(s: &'a dyn Struct, name: &str) -> Option<&'a str> {
    let i = s.schema().member_index(name)?;
    match s.field(i)?.view() {
        View::Str(v) if !v.is_empty() => Some(v),
        _ => None,
    }
}

/// Sets the string member `name` of `s`.
fn set_str_member(s: &mut dyn Struct, name: &str, value: String) -> Result<(), SdkError> {
    let shape = s.schema().name;
    let i = s.schema().member_index(name).ok_or_else(|| {
        SdkError::new(
            SdkErrorKind::Serialization,
            format!("{shape} has no member {name}"),
        )
    })?;
    let field = s.field_mut(i).ok_or_else(|| {
        SdkError::new(
            SdkErrorKind::Serialization,
            format!("{shape}.{name} cannot be set"),
        )
    })?;
    field.assign(Scalar::Str(value)).map_err(|m| {
        SdkError::new(
            SdkErrorKind::Serialization,
            format!("{shape}.{name}: {m:?}"),
        )
    })
}

/// DynamoDB's response checksum (botocore's `retryhandler.CRC32Checker` and
/// `retries.special.RetryDDBChecksumError`): whether a DynamoDB or DynamoDB Streams
/// response's `x-amz-crc32` header disagrees with its body. A mismatch is retried and,
/// when the attempts run out, fails the call.
pub fn crc32_checker(service: &Service, headers: &http::HeaderMap, body: &[u8]) -> bool {
    if !matches!(service.name, "dynamodb" | "dynamodbstreams") {
        return false;
    }
    match headers.get("x-amz-crc32").and_then(|v| v.to_str().ok()) {
        Some(crc) => crate::retry::crc32_mismatch(Some(crc), body),
        None => false,
    }
}

/// S3's errors in a 200 response (botocore's `handlers._handle_200_error`): S3 and S3
/// Control can answer `CopyObject`, `CompleteMultipartUpload` and others with 200 and an
/// `<Error>` body. The pipeline then treats the response as a 500 (which is retried).
pub fn handle_200_error(service: &Service, op: &Operation, body: &[u8]) -> bool {
    service.protocol == Protocol::RestXml
        && matches!(service.name, "s3" | "s3control")
        && crate::protocol::rest_xml_error_in_200(op, body)
}

/// Whether the service signs the S3 way (botocore's `S3SigV4Auth`, signature version
/// `s3v4`): no double URI encoding, no path normalization, `x-amz-content-sha256` on
/// every request, an unsigned payload for streams and presigned URLs.
pub fn s3_sigv4_auth(service: &Service) -> bool {
    matches!(
        service.signing_name,
        "s3" | "s3-outposts" | "s3-object-lambda"
    ) || service.name == "s3control"
}

/// The value of an endpoint built-in from the client's configuration, where botocore's
/// `ClientArgsCreator.compute_endpoint_resolver_builtin_defaults` makes it depend on the
/// service (S3, S3 Control, STS) — and, per call, `customize_endpoint_resolver_builtins`
/// (S3's `GetBucketLocation` and ARN buckets). `None` for a built-in that is not one of
/// them, or that the configuration leaves unset.
pub fn endpoint_builtin(
    builtin: &str,
    service: &Service,
    op: &Operation,
    input: &dyn Struct,
    c: &ClientConfig,
) -> Option<Value> {
    match builtin {
        builtins::S3_FORCE_PATH_STYLE => {
            let client = s3::force_path_style(c);
            Some(Value::Bool(if service.name == "s3" {
                s3::customize_force_path_style(op, input, client)
            } else {
                client
            }))
        }
        builtins::USE_DUAL_STACK if service.name == "s3" => Some(Value::Bool(
            c.endpoint_url.is_none() && s3::use_dualstack(c),
        )),
        builtins::S3_ACCELERATE => Some(Value::Bool(c.s3.use_accelerate_endpoint.unwrap_or(false))),
        builtins::S3_USE_ARN_REGION => Some(Value::Bool(c.s3.use_arn_region.unwrap_or(true))),
        builtins::S3_CONTROL_USE_ARN_REGION => {
            Some(Value::Bool(c.s3.use_arn_region.unwrap_or(false)))
        }
        builtins::S3_USE_GLOBAL_ENDPOINT => Some(s3::use_global_endpoint(c)),
        builtins::S3_DISABLE_MULTI_REGION_ACCESS_POINTS => Some(Value::Bool(
            c.s3.s3_disable_multiregion_access_points.unwrap_or(false),
        )),
        builtins::STS_USE_GLOBAL_ENDPOINT => Some(Value::Bool(
            c.sts_regional_endpoints == StsRegionalEndpoints::Legacy,
        )),
        _ => None,
    }
}

/// Services botocore resolves without a region: those with a `partitionEndpoint` in the
/// `aws` partition of `endpoints.json` (IAM, STS, Route 53, …; S3 falls back to
/// `us-east-1`). For any other service, a client without a region is botocore's
/// `NoRegionError` at construction, with or without an `endpoint_url`. Keyed by endpoint
/// prefix, as `endpoints.json` is; `runtime/tests/data` checks the list against it.
pub const GLOBAL_ENDPOINT_PREFIXES: &[&str] = &[
    "account",
    "billingconductor",
    "budgets",
    "ce",
    "chime",
    "cloudfront",
    "codecatalyst",
    "health",
    "iam",
    "importexport",
    "networkmanager",
    "notifications-contacts",
    "organizations",
    "route53",
    "s3",
    "savingsplans",
    "shield",
    "sts",
    "support",
    "tax",
    "waf",
];

/// Whether a client of `service` may be built without a region (botocore's
/// `ClientEndpointBridge.resolve` finds a partition endpoint): see
/// [`GLOBAL_ENDPOINT_PREFIXES`].
pub fn resolves_without_region(service: &Service) -> bool {
    GLOBAL_ENDPOINT_PREFIXES.contains(&service.endpoint_prefix)
}

/// Client context parameters botocore derives from other settings for particular
/// services (`ClientArgsCreator._build_endpoint_resolver`): S3 receives
/// `s3_disable_express_session_auth` as `DisableS3ExpressSessionAuth` when it is set.
pub fn derived_client_context(
    service: &Service,
    c: &ClientConfig,
) -> Option<(&'static str, Value)> {
    (service.name == "s3" && c.s3_disable_express_session_auth)
        .then_some(("DisableS3ExpressSessionAuth", Value::Bool(true)))
}

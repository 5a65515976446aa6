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

use crate::config::{AddressingStyle, ClientConfig, StsRegionalEndpoints};
use crate::endpoint::{builtins, Value};
use crate::operation::{Operation, Protocol, Service};

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

/// The value of a service-specific endpoint built-in from the client's configuration:
/// the S3, S3 Control and STS part of botocore's
/// `ClientArgsCreator.compute_endpoint_resolver_builtin_defaults`. `None` for a built-in
/// that is not one of them, or that the configuration leaves unset.
pub fn endpoint_builtin(builtin: &str, c: &ClientConfig) -> Option<Value> {
    match builtin {
        builtins::S3_FORCE_PATH_STYLE => Some(Value::Bool(
            c.s3.addressing_style == Some(AddressingStyle::Path),
        )),
        builtins::S3_ACCELERATE => c.s3.use_accelerate_endpoint.map(Value::Bool),
        builtins::S3_USE_ARN_REGION | builtins::S3_CONTROL_USE_ARN_REGION => {
            c.s3.use_arn_region.map(Value::Bool)
        }
        builtins::S3_USE_GLOBAL_ENDPOINT => Some(Value::Bool(
            c.s3.us_east_1_regional_endpoint.as_deref() == Some("legacy"),
        )),
        builtins::S3_DISABLE_MULTI_REGION_ACCESS_POINTS => {
            c.s3.s3_disable_multiregion_access_points.map(Value::Bool)
        }
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

//! S3's customizations (botocore `handlers.py` entries registered for `s3`, and the S3
//! part of `args.py`'s endpoint built-ins).

use base64::Engine;

use super::{set_str_member, str_member, CallContext};
use crate::body::Body;
use crate::config::{AddressingStyle, ClientConfig};
use crate::data::{Struct, View};
use crate::endpoint::Value;
use crate::error::SdkError;
use crate::operation::Operation;

/// Operations botocore registers `sse_md5` for (prefix `SSECustomer`).
const SSE_MD5_OPS: &[&str] = &[
    "HeadObject",
    "GetObject",
    "PutObject",
    "CopyObject",
    "CreateMultipartUpload",
    "UploadPart",
    "UploadPartCopy",
    "CompleteMultipartUpload",
    "SelectObjectContent",
];

/// Operations botocore registers `copy_source_sse_md5` and `handle_copy_source_param` for.
const COPY_SOURCE_OPS: &[&str] = &["CopyObject", "UploadPartCopy"];

/// Operations botocore registers `set_list_objects_encoding_type_url` for.
const LIST_OBJECTS_OPS: &[&str] = &["ListObjects", "ListObjectsV2", "ListObjectVersions"];

/// Operations botocore registers `escape_xml_payload` for.
const ESCAPE_XML_OPS: &[&str] = &["DeleteObjects", "PutBucketLifecycleConfiguration"];

/// Operations whose `Body` botocore turns into a file object
/// (`convert_body_to_file_like_object`), which is what makes `add_expect_header` add
/// `Expect: 100-continue`.
const FILE_BODY_OPS: &[&str] = &["PutObject", "UploadPart"];

/// S3's parameter customizations, in botocore's registration order.
pub(super) fn before_parameter_build(
    op: &Operation,
    input: &mut dyn Struct,
    ctx: &mut CallContext,
) -> Result<(), SdkError> {
    if LIST_OBJECTS_OPS.contains(&op.name) {
        ctx.encoding_type_auto_set = set_list_objects_encoding_type_url(input)?;
    }
    if COPY_SOURCE_OPS.contains(&op.name) {
        handle_copy_source_param(input)?;
    }
    if SSE_MD5_OPS.contains(&op.name) {
        sse_md5(input, "SSECustomer")?;
    }
    if COPY_SOURCE_OPS.contains(&op.name) {
        sse_md5(input, "CopySourceSSECustomer")?;
    }
    Ok(())
}

/// botocore's `sse_md5` / `copy_source_sse_md5`: when `<prefix>Key` is given and
/// `<prefix>KeyMD5` is not, the key is sent base64-encoded (its UTF-8 bytes) with the
/// base64 MD5 of those bytes. A caller who gives the MD5 sends both as given.
pub fn sse_md5(input: &mut dyn Struct, prefix: &str) -> Result<(), SdkError> {
    let key_member = format!("{prefix}Key");
    let md5_member = format!("{prefix}KeyMD5");
    let Some(key) = str_member(input, &key_member) else {
        return Ok(());
    };
    if str_member(input, &md5_member).is_some() {
        return Ok(());
    }
    let raw = key.as_bytes();
    let b64 = base64::engine::general_purpose::STANDARD;
    let digest = {
        use md5::Digest;
        md5::Md5::digest(raw)
    };
    let encoded_key = b64.encode(raw);
    let encoded_md5 = b64.encode(digest);
    set_str_member(input, &key_member, encoded_key)?;
    set_str_member(input, &md5_member, encoded_md5)
}

/// The characters `percent_encode` keeps besides ASCII letters and digits in a copy source.
fn copy_source_safe(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/')
}

/// RFC 3986 percent-encoding of the UTF-8 bytes of `s`, keeping what `safe` keeps.
fn percent_encode(s: &str, safe: fn(u8) -> bool) -> String {
    let mut out = String::with_capacity(s.len());
    for &b in s.as_bytes() {
        if safe(b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// botocore's `handle_copy_source_param` for a string `CopySource` (`_quote_source_header`):
/// percent-encoded, keeping `-._~/`; a trailing `?versionId=<non-blank>` is kept as given.
pub fn quote_copy_source(source: &str) -> String {
    if let Some(pos) = source.rfind("?versionId=") {
        let version = &source[pos + "?versionId=".len()..];
        if !version.is_empty() && !version.chars().any(char::is_whitespace) {
            return format!(
                "{}{}",
                percent_encode(&source[..pos], copy_source_safe),
                &source[pos..]
            );
        }
    }
    percent_encode(source, copy_source_safe)
}

/// The `CopySource` of a bucket, key and optional version id (botocore's dictionary form,
/// `{Bucket, Key, VersionId}`): `bucket/key` (`bucket/object/key` for an access-point or
/// outpost ARN) and `?versionId=<id>`, not yet encoded — the call percent-encodes it as
/// botocore encodes the dictionary form. (A key that itself ends in `?versionId=…` cannot
/// be told from a version suffix in the string form; botocore's dictionary can.)
pub fn copy_source(bucket: &str, key: &str, version_id: Option<&str>) -> String {
    let arn = regex_lite::Regex::new(
        r"^arn:(aws).*:(s3|s3-object-lambda):[a-z\-0-9]*:[0-9]{12}:(accesspoint|outpost)[/:][a-zA-Z0-9\-]{1,63}",
    )
    .expect("a valid regex");
    let mut out = if arn.is_match(bucket) {
        format!("{bucket}/object/{key}")
    } else {
        format!("{bucket}/{key}")
    };
    if let Some(v) = version_id {
        out.push_str("?versionId=");
        out.push_str(v);
    }
    out
}

/// botocore's `handle_copy_source_param`: the `CopySource` string is percent-encoded.
fn handle_copy_source_param(input: &mut dyn Struct) -> Result<(), SdkError> {
    let Some(source) = str_member(input, "CopySource") else {
        return Ok(());
    };
    let quoted = quote_copy_source(source);
    set_str_member(input, "CopySource", quoted)
}

/// botocore's `set_list_objects_encoding_type_url`: `EncodingType=url` when the caller
/// set none; returns whether it was set here (the response is then decoded).
fn set_list_objects_encoding_type_url(input: &mut dyn Struct) -> Result<bool, SdkError> {
    if str_member(input, "EncodingType").is_some() {
        return Ok(false);
    }
    if input.schema().member_index("EncodingType").is_none() {
        return Ok(false);
    }
    set_str_member(input, "EncodingType", "url".to_string())?;
    Ok(true)
}

/// botocore's `decode_list_object`, `decode_list_object_v2` and `decode_list_object_versions`:
/// when this call set `EncodingType=url` and the response says `url`, the keys, prefixes
/// and markers it lists are percent-decoded (`+` stays `+`).
pub(super) fn after_call(op: &Operation, ctx: &CallContext, out: &mut dyn Struct) {
    if !ctx.encoding_type_auto_set || str_member(out, "EncodingType") != Some("url") {
        return;
    }
    let (top, nested): (&[&str], &[(&str, &str)]) = match op.name {
        "ListObjects" => (
            &["Delimiter", "Marker", "NextMarker"],
            &[("Contents", "Key"), ("CommonPrefixes", "Prefix")],
        ),
        "ListObjectsV2" => (
            &["Delimiter", "Prefix", "StartAfter"],
            &[("Contents", "Key"), ("CommonPrefixes", "Prefix")],
        ),
        "ListObjectVersions" => (
            &["KeyMarker", "NextKeyMarker", "Prefix", "Delimiter"],
            &[
                ("Versions", "Key"),
                ("DeleteMarkers", "Key"),
                ("CommonPrefixes", "Prefix"),
            ],
        ),
        _ => return,
    };
    for name in top {
        decode_member(out, name);
    }
    for (list, child) in nested {
        let Some(i) = out.schema().member_index(list) else {
            continue;
        };
        let present = out
            .field(i)
            .is_some_and(|f| matches!(f.view(), View::List(_)));
        if !present {
            continue;
        }
        let Some(items) = out.field_mut(i).and_then(|f| f.as_list()) else {
            continue;
        };
        let mut j = 0;
        while let Some(item) = items.at_mut(j) {
            if let Some(s) = item.as_struct() {
                decode_member(s, child);
            }
            j += 1;
        }
    }
}

/// Percent-decodes the string member `name` of `s` in place, when it is set.
fn decode_member(s: &mut dyn Struct, name: &str) {
    let Some(v) = str_member(s, name) else {
        return;
    };
    let decoded = unquote(v);
    if decoded != v {
        // A string member takes a string: this cannot fail.
        let _ = set_str_member(s, name, decoded);
    }
}

/// Python's `urllib.parse.unquote`: `%XY` sequences become bytes, read as UTF-8 with
/// U+FFFD for invalid sequences; a `%` not followed by two hex digits stays.
pub fn unquote(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            let hex = |c: u8| (c as char).to_digit(16);
            if let (Some(h), Some(l)) = (hex(b[i + 1]), hex(b[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// S3's request customizations after serialization (`before-call`): `escape_xml_payload`
/// and `add_expect_header`.
pub(super) fn before_call(
    op: &Operation,
    input: &dyn Struct,
    req: &mut http::Request<Body>,
) -> Result<(), SdkError> {
    if ESCAPE_XML_OPS.contains(&op.name) {
        escape_xml_payload(req);
    }
    add_expect_header(op, input, req);
    Ok(())
}

/// botocore's `escape_xml_payload`: every `\r` and `\n` byte of the XML body becomes
/// `&#xD;` / `&#xA;` (Kumo's XML writer emits no line breaks of its own, so these come
/// from the caller's text), so that the server's XML parser cannot normalize them.
fn escape_xml_payload(req: &mut http::Request<Body>) {
    let Some(bytes) = req.body().bytes() else {
        return;
    };
    if !bytes.iter().any(|b| matches!(b, b'\r' | b'\n')) {
        return;
    }
    let mut out = Vec::with_capacity(bytes.len() + 16);
    for &b in bytes {
        match b {
            b'\r' => out.extend_from_slice(b"&#xD;"),
            b'\n' => out.extend_from_slice(b"&#xA;"),
            _ => out.push(b),
        }
    }
    if req.headers().contains_key(http::header::CONTENT_LENGTH) {
        req.headers_mut()
            .insert(http::header::CONTENT_LENGTH, out.len().into());
    }
    *req.body_mut() = Body::from(out);
}

/// botocore's `add_expect_header` (with `convert_body_to_file_like_object`): a PUT or POST
/// whose body is a file object gets `Expect: 100-continue`. botocore makes `PutObject` and
/// `UploadPart` bodies file objects whenever `Body` is given; Kumo cannot tell an absent
/// `Body` from an empty one, so an empty body counts as absent (the common case: a "folder"
/// marker put without a body). A streamed body is a file object for any operation.
fn add_expect_header(op: &Operation, input: &dyn Struct, req: &mut http::Request<Body>) {
    if !matches!(*req.method(), http::Method::PUT | http::Method::POST) {
        return;
    }
    let streamed = req.body().bytes().is_none();
    let file_body = FILE_BODY_OPS.contains(&op.name)
        && input
            .schema()
            .member_index("Body")
            .and_then(|i| input.field(i))
            .is_some_and(|f| match f.view() {
                View::Stream(b) => b.bytes().is_none_or(|b| !b.is_empty()),
                View::Blob(b) => !b.is_empty(),
                _ => false,
            });
    if streamed || file_body {
        req.headers_mut().insert(
            http::header::EXPECT,
            http::HeaderValue::from_static("100-continue"),
        );
    }
}

/// Whether `url` is an S3 Transfer Acceleration endpoint (botocore's `is_s3_accelerate_url`).
fn is_s3_accelerate_url(url: &str) -> bool {
    let Ok(uri) = url.parse::<http::Uri>() else {
        return false;
    };
    if !matches!(uri.scheme_str(), Some("http" | "https")) {
        return false;
    }
    let Some(host) = uri.authority().map(|a| a.as_str()) else {
        return false;
    };
    if !host.ends_with("amazonaws.com") {
        return false;
    }
    let parts: Vec<&str> = host.split('.').collect();
    if parts.first() != Some(&"s3-accelerate") || parts.len() < 3 {
        return false;
    }
    let features = &parts[1..parts.len() - 2];
    let mut seen = std::collections::HashSet::new();
    features
        .iter()
        .all(|p| *p == "dualstack" && seen.insert(*p))
}

/// `AWS::S3::ForcePathStyle` for the client (botocore's
/// `compute_endpoint_resolver_builtin_defaults`): false with Transfer Acceleration; with a
/// custom `endpoint_url` (not an accelerate one) path style unless
/// `addressing_style = virtual`; otherwise only `addressing_style = path`.
pub(super) fn force_path_style(c: &ClientConfig) -> bool {
    if c.s3.use_accelerate_endpoint == Some(true) {
        return false;
    }
    match &c.endpoint_url {
        Some(url) if !is_s3_accelerate_url(url) => {
            c.s3.addressing_style != Some(AddressingStyle::Virtual)
        }
        _ => c.s3.addressing_style == Some(AddressingStyle::Path),
    }
}

/// botocore's `customize_endpoint_resolver_builtins` (per call): `GetBucketLocation` is
/// always path style; a `Bucket` that is an ARN never is.
pub(super) fn customize_force_path_style(
    op: &Operation,
    input: &dyn Struct,
    client_value: bool,
) -> bool {
    if op.name == "GetBucketLocation" {
        return true;
    }
    if str_member(input, "Bucket").is_some_and(is_arn) {
        return false;
    }
    client_value
}

/// botocore's `ArnParser.is_arn`: `arn:` and at least six `:`-separated parts.
fn is_arn(s: &str) -> bool {
    s.starts_with("arn:") && s.splitn(6, ':').count() == 6
}

/// `AWS::UseDualStack` for S3: `s3.use_dualstack_endpoint` when set (botocore's
/// `_is_s3_dualstack_mode`), else the general setting.
pub(super) fn use_dualstack(c: &ClientConfig) -> bool {
    c.s3.use_dualstack_endpoint
        .unwrap_or(c.use_dualstack_endpoint)
}

/// `AWS::S3::UseGlobalEndpoint` (botocore's `_should_force_s3_global`): in `us-east-1`
/// (or with no region) unless `s3.us_east_1_regional_endpoint` is `regional`.
pub(super) fn use_global_endpoint(c: &ClientConfig) -> Value {
    let legacy =
        c.s3.us_east_1_regional_endpoint
            .as_deref()
            .is_none_or(|v| v == "legacy");
    let global_region = c.region.as_deref().is_none_or(|r| r == "us-east-1");
    Value::Bool(legacy && global_region)
}

/// Whether an S3 request signs its payload hash (botocore's
/// `S3SigV4Auth._should_sha256_sign_payload`); `None` keeps the operation's default.
/// `s3.payload_signing_enabled` wins when set; else plain HTTP always signs; else an
/// HTTPS request of an operation with a streaming input that carries a checksum header
/// (`Content-MD5` or `x-amz-checksum-*`) is sent with `UNSIGNED-PAYLOAD`.
pub(super) fn sign_payload(
    c: &ClientConfig,
    op: &Operation,
    req: &http::Request<Body>,
) -> Option<bool> {
    if let Some(explicit) = c.s3.payload_signing_enabled {
        return Some(explicit);
    }
    if req.uri().scheme_str() != Some("https") {
        return Some(true);
    }
    let checksum = req
        .headers()
        .keys()
        .any(|k| k == "content-md5" || k.as_str().starts_with("x-amz-checksum-"));
    if checksum && op.has(crate::operation::op_flags::STREAMING_INPUT) {
        return Some(false);
    }
    None
}

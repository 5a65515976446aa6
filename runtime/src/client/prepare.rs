//! Preparing the serialized request for its attempts: the absolute URI (endpoint URL,
//! host prefix, botocore's path join), endpoint headers, `User-Agent`, `Content-Length`;
//! then, for a request to be sent (not presigned), botocore's flexible checksums and
//! request compression. Per-attempt headers and
//! the signature come later (`attempts.rs`, `signing.rs`).

use http::header::{HeaderName, HeaderValue};

use super::{sdk, Handle};
use crate::body::Body;
use crate::data::{Struct, View};
use crate::endpoint;
use crate::error::{SdkError, SdkErrorKind};
use crate::operation::{op_flags, Operation};

impl Handle {
    /// The request with its absolute URI, host prefix, endpoint headers and fixed headers.
    pub(super) fn prepare(
        &self,
        op: &Operation,
        input: &dyn Struct,
        request: http::Request<Body>,
        endpoint: &endpoint::Endpoint,
    ) -> Result<http::Request<Body>, SdkError> {
        let (mut parts, body) = request.into_parts();
        let base: http::Uri = endpoint.url.parse().map_err(|e| {
            sdk(
                SdkErrorKind::Endpoint,
                format!("invalid endpoint URL {:?}", endpoint.url),
            )
            .with_source(e)
        })?;
        let scheme = base.scheme_str().unwrap_or("https");
        let mut host = base
            .authority()
            .map(|a| a.as_str().to_string())
            .unwrap_or_default();
        if self.inner.config.inject_host_prefix {
            if let Some(prefix) = crate::protocol::host_prefix(op, input)? {
                host = format!("{prefix}{host}");
            }
        }
        // botocore's `_urljoin`: a bare "/" keeps the endpoint's own path (S3 path-style
        // endpoints already end in the bucket); otherwise the paths are joined.
        let base_path = base.path();
        let rel_path = parts.uri.path();
        let query = parts
            .uri
            .query()
            .map(|q| format!("?{q}"))
            .unwrap_or_default();
        let path = if rel_path.is_empty() || rel_path == "/" {
            if base_path.is_empty() {
                "/".to_string()
            } else {
                base_path.to_string()
            }
        } else if let Some(stripped) = base_path.strip_suffix('/') {
            format!("{stripped}{rel_path}")
        } else {
            format!("{base_path}{rel_path}")
        };
        let uri = format!("{scheme}://{host}{path}{query}");
        parts.uri = uri.parse().map_err(|e| {
            sdk(
                SdkErrorKind::Serialization,
                format!("invalid request URI {uri:?}"),
            )
            .with_source(e)
        })?;
        // Endpoint headers replace any the serializer set under the same name (botocore's
        // `_apply_endpoint_headers`), then carry every value.
        for (name, values) in &endpoint.headers {
            for (i, v) in values.iter().enumerate() {
                let n = HeaderName::try_from(name.as_str()).map_err(|e| {
                    sdk(
                        SdkErrorKind::Endpoint,
                        format!("invalid endpoint header {name:?}"),
                    )
                    .with_source(e)
                })?;
                let v = HeaderValue::try_from(v.as_str()).map_err(|e| {
                    sdk(
                        SdkErrorKind::Endpoint,
                        format!("invalid value of endpoint header {name:?}"),
                    )
                    .with_source(e)
                })?;
                if i == 0 {
                    parts.headers.insert(n, v);
                } else {
                    parts.headers.append(n, v);
                }
            }
        }
        let ua = HeaderValue::try_from(self.inner.user_agent.as_str())
            .map_err(|e| sdk(SdkErrorKind::Config, "invalid user agent").with_source(e))?;
        parts.headers.insert(http::header::USER_AGENT, ua.clone());
        parts.headers.insert("x-amz-user-agent", ua);
        if let Some(len) = body.content_length() {
            if len > 0 || !matches!(parts.method, http::Method::GET | http::Method::HEAD) {
                parts
                    .headers
                    .insert(http::header::CONTENT_LENGTH, HeaderValue::from(len));
            }
        }
        Ok(http::Request::from_parts(parts, body))
    }

    /// What a request to be sent gets on top of [`Handle::prepare`]: botocore's flexible
    /// checksum and request compression. Both run only in botocore's `_make_api_call`, never
    /// for a presigned URL (`httpchecksum.py`: "Don't use a default checksum for presigned
    /// requests"), whose body is not known when it is signed.
    pub(super) fn prepare_body(
        &self,
        op: &Operation,
        input: &dyn Struct,
        req: &mut http::Request<Body>,
    ) -> Result<(), SdkError> {
        self.add_checksum(op, input, req)?;
        self.compress(op, req)
    }

    /// botocore's flexible checksums: CRC32 of an in-memory body when the operation
    /// requires a checksum, or supports one and `request_checksum_calculation` is `when_supported`.
    fn add_checksum(
        &self,
        op: &Operation,
        input: &dyn Struct,
        req: &mut http::Request<Body>,
    ) -> Result<(), SdkError> {
        let supported = op
            .http_checksum
            .and_then(|c| c.request_algorithm_member)
            .is_some();
        let required = op.has(op_flags::CHECKSUM_REQUIRED);
        let when_supported = self.inner.config.request_checksum_calculation
            == crate::config::ChecksumMode::WhenSupported;
        if !(required || (supported && when_supported)) {
            return Ok(());
        }
        if req
            .headers()
            .keys()
            .any(|k| k.as_str().starts_with("x-amz-checksum-") || k == "content-md5")
        {
            return Ok(());
        }
        // An algorithm the caller chose (other than CRC32) cannot be computed here: leave it to the service.
        let chosen = op
            .http_checksum
            .and_then(|c| c.request_algorithm_member)
            .and_then(|name| {
                let i = input.schema().member_index(name)?;
                match input.field(i)?.view() {
                    View::Str(s) => Some(s.to_ascii_uppercase()),
                    _ => None,
                }
            });
        if chosen.as_deref().is_some_and(|a| a != "CRC32") {
            return Ok(());
        }
        let Some(bytes) = req.body().bytes() else {
            return Ok(());
        };
        let crc = crate::retry::crc32(bytes);
        let value = base64::Engine::encode(
            &base64::engine::general_purpose::STANDARD,
            crc.to_be_bytes(),
        );
        set_header(req, "x-amz-checksum-crc32", &value)?;
        if supported {
            set_header(req, "x-amz-sdk-checksum-algorithm", "CRC32")?;
        }
        Ok(())
    }

    /// `requestcompression`: gzip bodies at or above the configured size (botocore's
    /// `request_min_compression_size_bytes`, default 10,240), unless disabled.
    fn compress(&self, op: &Operation, req: &mut http::Request<Body>) -> Result<(), SdkError> {
        let c = &self.inner.config;
        if c.disable_request_compression || !op.request_compression.contains(&"gzip") {
            return Ok(());
        }
        let Some(bytes) = req.body().bytes() else {
            return Ok(());
        };
        if (bytes.len() as u64) < c.request_min_compression_size_bytes {
            return Ok(());
        }
        let gz = crate::compress::gzip(bytes);
        let existing = req
            .headers()
            .get(http::header::CONTENT_ENCODING)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let enc = match existing {
            Some(e) if !e.is_empty() => format!("{e},gzip"),
            _ => "gzip".to_string(),
        };
        set_header(req, "content-encoding", &enc)?;
        req.headers_mut()
            .insert(http::header::CONTENT_LENGTH, HeaderValue::from(gz.len()));
        *req.body_mut() = Body::from(gz);
        Ok(())
    }
}

/// Sets header `name` to `value`; a value that is not a valid header is a serialization error.
pub(super) fn set_header(
    req: &mut http::Request<Body>,
    name: &'static str,
    value: &str,
) -> Result<(), SdkError> {
    let v = HeaderValue::try_from(value).map_err(|e| {
        sdk(
            SdkErrorKind::Serialization,
            format!("invalid {name} header value"),
        )
        .with_source(e)
    })?;
    req.headers_mut().insert(name, v);
    Ok(())
}

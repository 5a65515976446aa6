//! AWS Signature Version 4, as botocore's `SigV4Auth`, `S3SigV4Auth`, `SigV4QueryAuth` and
//! `S3SigV4QueryAuth` compute it.
//!
//! # Using it
//!
//! ```
//! use kumo_runtime::auth::sigv4::{sign, SigningParams, SigningSettings};
//! use kumo_runtime::credentials::Credentials;
//! use kumo_runtime::{Body, DateTime};
//!
//! let creds = Credentials::new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", None);
//! let mut req = http::Request::get("https://example.amazonaws.com/").body(Body::empty()).unwrap();
//! let params = SigningParams {
//!     credentials: &creds,
//!     region: "us-east-1",
//!     service: "service",
//!     time: DateTime::from_secs(1_440_938_160),
//!     settings: SigningSettings::standard(),
//! };
//! sign(&mut req, &params).unwrap();
//! assert!(req.headers().contains_key("authorization"));
//! ```
//!
//! # What is signed (botocore's rules)
//!
//! - **Path**: with [`SigningSettings::normalize_path`] dot segments and empty segments are removed
//!   (`/a//b/../c` → `/a/c`); with [`SigningSettings::uri_double_encode`] the path *as sent* (already
//!   percent-encoded once) is percent-encoded again, keeping `/` and `~` (so `%20` becomes `%2520`).
//!   S3 does neither ([`SigningSettings::s3`]): the path is signed exactly as sent.
//! - **Query**: every `key=value` pair is percent-decoded (`+` as a space, as `parse_qsl` does), encoded
//!   again keeping only `A-Za-z0-9-_.~`, sorted by key then value; a key without `=` gets an empty value.
//! - **Headers**: every header except botocore's `SIGNED_HEADERS_BLACKLIST` (`user-agent`,
//!   `x-amzn-trace-id`, `expect`, `transfer-encoding`, …), lower-cased, values trimmed with runs of
//!   white space folded to one space, repeated headers joined with `,` in order; `host` from the URI
//!   authority (default port omitted) when there is no `Host` header. Values must be UTF-8.
//! - **Payload**: see [`PayloadHash`].
//!
//! [`sign`] first removes `Authorization`, sets `X-Amz-Date` (or, when the request carries a `Date`
//! header, rewrites `Date` and drops `X-Amz-Date`, as botocore does), sets `X-Amz-Security-Token` for
//! temporary credentials and `X-Amz-Content-SHA256` when asked, then signs.
//!
//! The signing key (four HMACs) is cached per secret key, date, region and service in a small
//! process-wide table, so signing a request costs two SHA-256 passes and one HMAC.

use std::borrow::Cow;
use std::fmt;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Mutex;
use std::time::Duration;

use http::header::{HeaderMap, HeaderName, HeaderValue, AUTHORIZATION, DATE, HOST};
use ring::{digest, hmac};

use super::SigningError;
use crate::body::Body;
use crate::credentials::Credentials;
use crate::types::DateTime;

/// The SHA-256 of the empty string, the payload hash of a request without a body.
pub const EMPTY_SHA256_HASH: &str =
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
/// The payload hash that tells the service the body is not signed.
pub const UNSIGNED_PAYLOAD: &str = "UNSIGNED-PAYLOAD";
/// The payload hash of an unsigned `aws-chunked` body whose checksum travels in a trailer.
pub const STREAMING_UNSIGNED_PAYLOAD_TRAILER: &str = "STREAMING-UNSIGNED-PAYLOAD-TRAILER";
/// The signing algorithm's name.
pub const ALGORITHM: &str = "AWS4-HMAC-SHA256";

/// Headers never signed: proxies and HTTP clients change or drop them (botocore's `SIGNED_HEADERS_BLACKLIST`).
pub const SIGNED_HEADERS_BLACKLIST: [&str; 14] = [
    "baggage",
    "connection",
    "expect",
    "keep-alive",
    "proxy-authenticate",
    "proxy-authorization",
    "te",
    "traceparent",
    "tracestate",
    "trailer",
    "transfer-encoding",
    "upgrade",
    "user-agent",
    "x-amzn-trace-id",
];

const X_AMZ_DATE: HeaderName = HeaderName::from_static("x-amz-date");
const X_AMZ_SECURITY_TOKEN: HeaderName = HeaderName::from_static("x-amz-security-token");
const X_AMZ_CONTENT_SHA256: HeaderName = HeaderName::from_static("x-amz-content-sha256");

/// Whether botocore never signs header `name` (lower case).
fn is_blacklisted(name: &str) -> bool {
    matches!(
        name,
        "baggage"
            | "connection"
            | "expect"
            | "keep-alive"
            | "proxy-authenticate"
            | "proxy-authorization"
            | "te"
            | "traceparent"
            | "tracestate"
            | "trailer"
            | "transfer-encoding"
            | "upgrade"
            | "user-agent"
            | "x-amzn-trace-id"
    )
}
/// The `Content-Type` botocore sets on query-protocol requests; presigning drops it.
const FORM_CONTENT_TYPE: &str = "application/x-www-form-urlencoded; charset=utf-8";

/// How the payload enters the signature (the last line of the canonical request).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum PayloadHash {
    /// Hash the body. For a streamed body (which cannot be read twice) this is an error, except with
    /// [`SigningSettings::content_sha256_header`] (S3) over HTTPS, where the payload goes unsigned.
    /// (botocore's `S3SigV4Auth` leaves streaming uploads over HTTPS unsigned when a checksum header
    /// protects them and otherwise re-reads the seekable file; a one-shot stream cannot be re-read,
    /// so Kumo always leaves it unsigned over HTTPS.) Without
    /// `content_sha256_header`, an `X-Amz-Content-SHA256` header already on the request is used as the
    /// hash (botocore's `SigV4Auth`).
    #[default]
    Compute,
    /// `UNSIGNED-PAYLOAD`; [`sign`] also sets `X-Amz-Content-SHA256: UNSIGNED-PAYLOAD`
    /// (botocore's `payload_signing_enabled = False`).
    Unsigned,
    /// A hash the caller computed, or a `STREAMING-…` marker for `aws-chunked` bodies.
    Precomputed(String),
}

/// The per-service variations of SigV4.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SigningSettings {
    /// Percent-encode the (already encoded) path again. `true` for every service except S3.
    pub uri_double_encode: bool,
    /// Remove `.`/`..`/empty path segments before signing. `true` for every service except S3.
    pub normalize_path: bool,
    /// How the payload is hashed.
    pub payload: PayloadHash,
    /// Add `X-Amz-Content-SHA256` with the payload hash (S3 requires it).
    pub content_sha256_header: bool,
}

impl SigningSettings {
    /// Every service but S3 (botocore's `SigV4Auth` / `SigV4QueryAuth`).
    pub fn standard() -> SigningSettings {
        SigningSettings {
            uri_double_encode: true,
            normalize_path: true,
            payload: PayloadHash::Compute,
            content_sha256_header: false,
        }
    }
    /// S3 and S3-like services, signing in headers (botocore's `S3SigV4Auth`).
    pub fn s3() -> SigningSettings {
        SigningSettings {
            uri_double_encode: false,
            normalize_path: false,
            payload: PayloadHash::Compute,
            content_sha256_header: true,
        }
    }
    /// S3 presigned URLs (botocore's `S3SigV4QueryAuth`): the payload is `UNSIGNED-PAYLOAD`.
    pub fn s3_presign() -> SigningSettings {
        SigningSettings {
            payload: PayloadHash::Unsigned,
            content_sha256_header: false,
            ..SigningSettings::s3()
        }
    }
}

impl Default for SigningSettings {
    fn default() -> SigningSettings {
        SigningSettings::standard()
    }
}

/// Who signs, for which region and service, when, and how.
#[derive(Clone, Debug)]
pub struct SigningParams<'a> {
    /// The credentials (their `Debug` is redacted).
    pub credentials: &'a Credentials,
    /// The signing region (`us-east-1`).
    pub region: &'a str,
    /// The signing name of the service (`s3`, `dynamodb`, `execute-api`).
    pub service: &'a str,
    /// The signing time; pass [`ClockSkew::now`] to correct a skewed local clock.
    pub time: DateTime,
    /// The per-service variations.
    pub settings: SigningSettings,
}

/// What a signature was computed from, for debugging and conformance tests.
///
/// `canonical_request` contains header values, including `X-Amz-Security-Token`, so `Debug` shows only
/// its length; do not log it.
#[derive(Clone, PartialEq, Eq)]
pub struct SigningOutput {
    /// The canonical request (botocore's `canonical_request()`).
    pub canonical_request: String,
    /// The string to sign (botocore's `string_to_sign()`).
    pub string_to_sign: String,
    /// The signed header names, `;`-separated.
    pub signed_headers: String,
    /// The signature, 64 lower-case hex digits.
    pub signature: String,
}

impl fmt::Debug for SigningOutput {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SigningOutput")
            .field(
                "canonical_request",
                &format_args!("<{} bytes>", self.canonical_request.len()),
            )
            .field("string_to_sign", &self.string_to_sign)
            .field("signed_headers", &self.signed_headers)
            .field("signature", &self.signature)
            .finish()
    }
}

/// A request in the parts SigV4 reads, for signing something that is not an `http::Request`
/// (or not yet one). [`sign`] and [`presign`] build one from the request.
#[derive(Clone, Debug)]
pub struct SignableRequest<'a> {
    /// The method (`GET`); upper-cased when signed.
    pub method: &'a str,
    /// The path as sent on the wire (percent-encoded once), e.g. `/my%20key`.
    pub path: &'a str,
    /// The query string as sent, without the `?`.
    pub query: Option<&'a str>,
    /// The headers, `X-Amz-Date` and any security token included.
    pub headers: &'a HeaderMap,
    /// The `host` value to sign when `headers` has no `Host` header.
    pub default_host: Option<Cow<'a, str>>,
    /// The payload hash (see [`payload_hash`]).
    pub payload_hash: &'a str,
}

/// Signs `req` in place: sets `X-Amz-Date` (or rewrites `Date`), `X-Amz-Security-Token`,
/// `X-Amz-Content-SHA256` (S3 / unsigned payloads) and `Authorization`.
///
/// Signing again (a retry) replaces all of them. The request needs a `Host` header or an absolute
/// URI. Returns the intermediate strings; they are already applied. On error the headers may be
/// partly rewritten: do not send the request.
pub fn sign(
    req: &mut http::Request<Body>,
    params: &SigningParams<'_>,
) -> Result<SigningOutput, SigningError> {
    let https = is_https(req.uri());
    let amz_date = AmzDate::new(params.time);
    let settings = &params.settings;

    // Decide the payload hash first: it may read the header we are about to replace.
    let payload: Cow<'_, str> = match &settings.payload {
        PayloadHash::Precomputed(s) => Cow::Owned(s.clone()),
        PayloadHash::Unsigned => Cow::Borrowed(UNSIGNED_PAYLOAD),
        PayloadHash::Compute => {
            let existing = if settings.content_sha256_header {
                None
            } else {
                req.headers().get(X_AMZ_CONTENT_SHA256)
            };
            match existing {
                Some(v) => Cow::Owned(header_str(X_AMZ_CONTENT_SHA256.as_str(), v)?.to_string()),
                None => match req.body().bytes() {
                    Some([]) => Cow::Borrowed(EMPTY_SHA256_HASH),
                    Some(b) => Cow::Owned(sha256_hex(b)),
                    None if settings.content_sha256_header && https => {
                        Cow::Borrowed(UNSIGNED_PAYLOAD)
                    }
                    None => return Err(SigningError::StreamingBody),
                },
            }
        }
    };

    let headers = req.headers_mut();
    headers.remove(AUTHORIZATION);
    if headers.contains_key(DATE) {
        headers.insert(DATE, header_value("date", &params.time.fmt_http_date())?);
        headers.remove(X_AMZ_DATE);
    } else {
        headers.insert(
            X_AMZ_DATE,
            header_value(X_AMZ_DATE.as_str(), amz_date.as_str())?,
        );
    }
    headers.remove(X_AMZ_SECURITY_TOKEN);
    if let Some(token) = &params.credentials.session_token {
        let mut v = header_value(X_AMZ_SECURITY_TOKEN.as_str(), token)?;
        v.set_sensitive(true);
        headers.insert(X_AMZ_SECURITY_TOKEN, v);
    }
    if settings.content_sha256_header || settings.payload == PayloadHash::Unsigned {
        headers.insert(
            X_AMZ_CONTENT_SHA256,
            header_value(X_AMZ_CONTENT_SHA256.as_str(), &payload)?,
        );
    }

    let uri = req.uri();
    let signable = SignableRequest {
        method: req.method().as_str(),
        path: uri.path(),
        query: uri.query(),
        headers: req.headers(),
        default_host: host_from_uri(uri),
        payload_hash: &payload,
    };
    let out = signature_parts(&signable, params)?;
    let auth = authorization_header(params, &amz_date, &out)?;
    req.headers_mut().insert(AUTHORIZATION, auth);
    Ok(out)
}

/// Computes the canonical request, string to sign and signature of `req` without changing anything.
///
/// The caller must already have put `X-Amz-Date` (or `Date`) and any `X-Amz-Security-Token` in the
/// headers; [`sign`] does that and then calls this.
pub fn signature_parts(
    req: &SignableRequest<'_>,
    params: &SigningParams<'_>,
) -> Result<SigningOutput, SigningError> {
    let settings = &params.settings;
    let amz_date = AmzDate::new(params.time);

    let mut creq = String::with_capacity(256);
    if req.method.bytes().any(|b| b.is_ascii_lowercase()) {
        creq.push_str(&req.method.to_ascii_uppercase());
    } else {
        creq.push_str(req.method);
    }
    creq.push('\n');
    canonical_path(req.path, settings, &mut creq);
    creq.push('\n');
    if let Some(q) = req.query {
        canonical_query(q, &mut creq);
    }
    creq.push('\n');
    let signed_headers = canonical_headers(req.headers, req.default_host.as_deref(), &mut creq)?;
    creq.push('\n');
    creq.push_str(&signed_headers);
    creq.push('\n');
    creq.push_str(req.payload_hash);

    let mut sts = String::with_capacity(
        ALGORITHM.len() + 16 + 64 + 64 + params.region.len() + params.service.len(),
    );
    sts.push_str(ALGORITHM);
    sts.push('\n');
    sts.push_str(amz_date.as_str());
    sts.push('\n');
    push_scope(&mut sts, &amz_date, params);
    sts.push('\n');
    push_hex(
        &mut sts,
        digest::digest(&digest::SHA256, creq.as_bytes()).as_ref(),
    );

    let key = signing_key(
        &params.credentials.secret_access_key,
        amz_date.date(),
        params.region,
        params.service,
    );
    let mut signature = String::with_capacity(64);
    push_hex(&mut signature, hmac::sign(&key, sts.as_bytes()).as_ref());

    Ok(SigningOutput {
        canonical_request: creq,
        string_to_sign: sts,
        signed_headers,
        signature,
    })
}

/// The payload hash [`sign`] would use for `body` (not looking at any `X-Amz-Content-SHA256`
/// header): the hex SHA-256 of an in-memory body, or the marker `settings` asks for. `https`
/// matters only for S3's unsigned streaming uploads.
pub fn payload_hash(
    body: &Body,
    settings: &SigningSettings,
    https: bool,
) -> Result<String, SigningError> {
    match &settings.payload {
        PayloadHash::Precomputed(s) => Ok(s.clone()),
        PayloadHash::Unsigned => Ok(UNSIGNED_PAYLOAD.to_string()),
        PayloadHash::Compute => match body.bytes() {
            Some(b) => Ok(sha256_hex(b)),
            None if settings.content_sha256_header && https => Ok(UNSIGNED_PAYLOAD.to_string()),
            None => Err(SigningError::StreamingBody),
        },
    }
}

/// Builds a presigned URL for `req` valid for `expires_in` (botocore's `SigV4QueryAuth`; use
/// [`SigningSettings::s3_presign`] for S3's `S3SigV4QueryAuth`).
///
/// The query becomes `<the request's parameters>&X-Amz-Algorithm=…&X-Amz-Credential=…&X-Amz-Date=…&
/// X-Amz-Expires=…&X-Amz-SignedHeaders=…[&X-Amz-Security-Token=…]&X-Amz-Signature=…`, in that order.
/// The request's own parameters are re-encoded (a repeated key keeps its first value, as botocore's
/// `parse_qs` does), form parameters in an `application/x-www-form-urlencoded` body join them, and the
/// `Content-Type` botocore sets for query-protocol bodies is not signed. A relative URI is completed
/// as `https://<Host header>`. `expires_in` is rounded down to whole seconds.
pub fn presign(
    req: &http::Request<Body>,
    params: &SigningParams<'_>,
    expires_in: Duration,
) -> Result<String, SigningError> {
    presign_with_body_params(req, params, expires_in, None)
}

/// [`presign`], with the parameters of a body that is not a form already decoded by the
/// caller (botocore's `_get_body_as_dict` reads a JSON body the same way): `body_params`
/// join the query as form parameters would, and the body itself is not read.
pub fn presign_with_body_params(
    req: &http::Request<Body>,
    params: &SigningParams<'_>,
    expires_in: Duration,
    body_params: Option<&[(String, String)]>,
) -> Result<String, SigningError> {
    let amz_date = AmzDate::new(params.time);
    let uri = req.uri();

    let mut headers = req.headers().clone();
    headers.remove(AUTHORIZATION);
    let is_form_ct = |h: &HeaderMap| -> bool {
        h.get(http::header::CONTENT_TYPE)
            .and_then(|v| std::str::from_utf8(v.as_bytes()).ok())
            .is_some_and(|v| {
                v.trim_start()
                    .to_ascii_lowercase()
                    .starts_with("application/x-www-form-urlencoded")
            })
    };
    let body_is_form = is_form_ct(&headers);
    if headers
        .get(http::header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes() == FORM_CONTENT_TYPE.as_bytes())
    {
        headers.remove(http::header::CONTENT_TYPE);
    }

    // The request's own parameters: query first, then form body parameters (dict semantics).
    let mut op_params: Vec<(Vec<u8>, Vec<u8>)> = Vec::new();
    let mut add_params = |text: &str, overwrite: bool| {
        for (k, v) in split_query(text) {
            let (k, v) = (percent_decode(k), percent_decode(v));
            match op_params.iter_mut().find(|(ek, _)| *ek == k) {
                Some(existing) => {
                    if overwrite {
                        existing.1 = v;
                    }
                }
                None => op_params.push((k, v)),
            }
        }
    };
    if let Some(q) = uri.query() {
        add_params(q, false);
    }
    if let Some(pairs) = body_params {
        for (k, v) in pairs {
            let (k, v) = (k.as_bytes().to_vec(), v.as_bytes().to_vec());
            match op_params.iter_mut().find(|(ek, _)| *ek == k) {
                Some(existing) => existing.1 = v,
                None => op_params.push((k, v)),
            }
        }
    } else {
        match req.body().bytes() {
            None => return Err(SigningError::StreamingBody),
            Some([]) => {}
            Some(b) => {
                if !body_is_form {
                    return Err(SigningError::PresignBody);
                }
                let text = std::str::from_utf8(b).map_err(|_| SigningError::PresignBody)?;
                add_params(text, true);
            }
        }
    }

    let default_host = host_from_uri(uri);
    let mut names = signed_header_names(&headers, default_host.is_some())?;
    names.sort_unstable();
    let signed_headers = names.join(";");

    let mut query = String::with_capacity(256);
    for (k, v) in &op_params {
        percent_encode_into(&mut query, k, false);
        query.push('=');
        percent_encode_into(&mut query, v, false);
        query.push('&');
    }
    query.push_str("X-Amz-Algorithm=");
    query.push_str(ALGORITHM);
    query.push_str("&X-Amz-Credential=");
    let mut credential = String::with_capacity(64);
    credential.push_str(&params.credentials.access_key_id);
    credential.push('/');
    push_scope(&mut credential, &amz_date, params);
    percent_encode_into(&mut query, credential.as_bytes(), false);
    query.push_str("&X-Amz-Date=");
    query.push_str(amz_date.as_str());
    query.push_str("&X-Amz-Expires=");
    query.push_str(&expires_in.as_secs().to_string());
    query.push_str("&X-Amz-SignedHeaders=");
    percent_encode_into(&mut query, signed_headers.as_bytes(), false);
    if let Some(token) = &params.credentials.session_token {
        query.push_str("&X-Amz-Security-Token=");
        percent_encode_into(&mut query, token.as_bytes(), false);
    }

    let payload: Cow<'_, str> = match &params.settings.payload {
        PayloadHash::Precomputed(s) => Cow::Borrowed(s),
        PayloadHash::Unsigned => Cow::Borrowed(UNSIGNED_PAYLOAD),
        PayloadHash::Compute => match headers.get(X_AMZ_CONTENT_SHA256) {
            Some(v) => Cow::Owned(header_str(X_AMZ_CONTENT_SHA256.as_str(), v)?.to_string()),
            // The body's parameters moved into the query, so the payload is empty.
            None => Cow::Borrowed(EMPTY_SHA256_HASH),
        },
    };

    let signable = SignableRequest {
        method: req.method().as_str(),
        path: uri.path(),
        query: Some(&query),
        headers: &headers,
        default_host: default_host.clone(),
        payload_hash: &payload,
    };
    let out = signature_parts(&signable, params)?;

    let mut url = String::with_capacity(query.len() + 128);
    match (uri.scheme_str(), uri.authority()) {
        (Some(scheme), Some(authority)) => {
            url.push_str(scheme);
            url.push_str("://");
            url.push_str(authority.as_str());
        }
        _ => {
            let host = headers.get(HOST).ok_or(SigningError::MissingHost)?;
            url.push_str("https://");
            url.push_str(header_str("host", host)?);
        }
    }
    url.push_str(uri.path());
    url.push('?');
    url.push_str(&query);
    url.push_str("&X-Amz-Signature=");
    url.push_str(&out.signature);
    Ok(url)
}

fn authorization_header(
    params: &SigningParams<'_>,
    amz_date: &AmzDate,
    out: &SigningOutput,
) -> Result<HeaderValue, SigningError> {
    let mut auth = String::with_capacity(
        ALGORITHM.len()
            + 64
            + params.credentials.access_key_id.len()
            + out.signed_headers.len()
            + 96,
    );
    auth.push_str(ALGORITHM);
    auth.push_str(" Credential=");
    auth.push_str(&params.credentials.access_key_id);
    auth.push('/');
    push_scope(&mut auth, amz_date, params);
    auth.push_str(", SignedHeaders=");
    auth.push_str(&out.signed_headers);
    auth.push_str(", Signature=");
    auth.push_str(&out.signature);
    let mut v = HeaderValue::try_from(auth)
        .map_err(|_| SigningError::InvalidInput("access key id or credential scope"))?;
    v.set_sensitive(true);
    Ok(v)
}

/// `<yyyymmdd>/<region>/<service>/aws4_request`
fn push_scope(out: &mut String, amz_date: &AmzDate, params: &SigningParams<'_>) {
    out.push_str(amz_date.date());
    out.push('/');
    out.push_str(params.region);
    out.push('/');
    out.push_str(params.service);
    out.push_str("/aws4_request");
}

fn is_https(uri: &http::Uri) -> bool {
    uri.scheme_str()
        .is_some_and(|s| s.eq_ignore_ascii_case("https"))
}

/// The `host` botocore derives from a URL: lower case, no user info, no default port.
fn host_from_uri(uri: &http::Uri) -> Option<Cow<'_, str>> {
    let authority = uri.authority()?;
    let host = authority.host();
    let host: Cow<'_, str> = if host.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(host.to_ascii_lowercase())
    } else {
        Cow::Borrowed(host)
    };
    let default_port = match uri.scheme_str() {
        Some(s) if s.eq_ignore_ascii_case("http") => Some(80),
        Some(s) if s.eq_ignore_ascii_case("https") => Some(443),
        _ => None,
    };
    match authority.port_u16() {
        Some(p) if Some(p) != default_port => Some(Cow::Owned(format!("{host}:{p}"))),
        _ => Some(host),
    }
}

fn header_str<'h>(name: &str, v: &'h HeaderValue) -> Result<&'h str, SigningError> {
    std::str::from_utf8(v.as_bytes()).map_err(|_| SigningError::InvalidHeaderValue {
        name: name.to_string(),
    })
}

fn header_value(name: &str, v: &str) -> Result<HeaderValue, SigningError> {
    HeaderValue::from_str(v).map_err(|_| SigningError::InvalidHeaderValue {
        name: name.to_string(),
    })
}

/// The names of the headers to sign, unsorted; `host` is added when absent and `add_host`.
fn signed_header_names(headers: &HeaderMap, add_host: bool) -> Result<Vec<&str>, SigningError> {
    let mut names: Vec<&str> = Vec::with_capacity(headers.keys_len() + 1);
    names.extend(
        headers
            .keys()
            .map(HeaderName::as_str)
            .filter(|n| !is_blacklisted(n)),
    );
    if !headers.contains_key(HOST) {
        if !add_host {
            return Err(SigningError::MissingHost);
        }
        names.push("host");
    }
    Ok(names)
}

/// Appends the canonical headers (each line ending in `\n`) and returns the signed header list.
fn canonical_headers(
    headers: &HeaderMap,
    default_host: Option<&str>,
    out: &mut String,
) -> Result<String, SigningError> {
    // `HeaderMap::iter` yields each name's values together and in order; a stable sort by name keeps
    // that order, which is the order repeated values are joined in.
    let mut entries: Vec<(&str, Option<&HeaderValue>)> = Vec::with_capacity(headers.len() + 1);
    let mut has_host = false;
    for (name, value) in headers {
        let name = name.as_str();
        if is_blacklisted(name) {
            continue;
        }
        has_host |= name == "host";
        entries.push((name, Some(value)));
    }
    if !has_host {
        if default_host.is_none() {
            return Err(SigningError::MissingHost);
        }
        // Only `host` is signed without being present.
        entries.push(("host", None));
    }
    entries.sort_by(|a, b| a.0.cmp(b.0));
    let mut signed = String::with_capacity(entries.iter().map(|e| e.0.len() + 1).sum());
    let mut prev: Option<&str> = None;
    for &(name, value) in &entries {
        if prev == Some(name) {
            out.push(',');
        } else {
            if prev.is_some() {
                out.push('\n');
                signed.push(';');
            }
            signed.push_str(name);
            out.push_str(name);
            out.push(':');
            prev = Some(name);
        }
        match value {
            Some(v) => push_trimmed(out, header_str(name, v)?),
            None => out.push_str(default_host.unwrap_or_default()),
        }
    }
    if prev.is_some() {
        out.push('\n');
    }
    Ok(signed)
}

/// Trims the value and folds runs of white space into one space (Python's `' '.join(v.split())`).
fn push_trimmed(out: &mut String, value: &str) {
    let b = value.as_bytes();
    let plain = b.first().is_none_or(|&c| c != b' ')
        && b.last().is_none_or(|&c| c != b' ')
        && b.iter().all(|&c| c.is_ascii() && c != b'\t')
        && !value.contains("  ");
    if plain {
        out.push_str(value);
        return;
    }
    let mut first = true;
    for word in value.split_whitespace() {
        if !first {
            out.push(' ');
        }
        first = false;
        out.push_str(word);
    }
}

/// The canonical path, per `settings`.
fn canonical_path(path: &str, settings: &SigningSettings, out: &mut String) {
    let normalized: Cow<'_, str> = if settings.normalize_path {
        remove_dot_segments(path)
    } else {
        Cow::Borrowed(path)
    };
    if settings.uri_double_encode {
        if normalized.bytes().all(|b| is_unreserved(b) || b == b'/') {
            out.push_str(&normalized);
        } else {
            percent_encode_into(out, normalized.as_bytes(), true);
        }
    } else {
        out.push_str(&normalized);
    }
}

/// RFC 3986 §5.2.4 plus dropping empty segments, as botocore's `normalize_url_path`; `""` → `/`.
fn remove_dot_segments(path: &str) -> Cow<'_, str> {
    if path.is_empty() {
        return Cow::Borrowed("/");
    }
    let clean = path.starts_with('/') && !has_dot_or_empty_segment(path);
    if clean {
        return Cow::Borrowed(path);
    }
    let mut segments: Vec<&str> = Vec::new();
    for s in path.split('/') {
        match s {
            "" | "." => {}
            ".." => {
                segments.pop();
            }
            s => segments.push(s),
        }
    }
    let mut out = String::with_capacity(path.len());
    if path.starts_with('/') {
        out.push('/');
    }
    out.push_str(&segments.join("/"));
    if path.ends_with('/') && !segments.is_empty() {
        out.push('/');
    }
    Cow::Owned(out)
}

/// Whether a path starting with `/` has an empty, `.` or `..` segment after the first `/`.
fn has_dot_or_empty_segment(path: &str) -> bool {
    let b = path.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'/' {
            let rest = &b[i + 1..];
            let seg_len = rest.iter().position(|&c| c == b'/').unwrap_or(rest.len());
            let seg = &rest[..seg_len];
            let is_last = seg_len == rest.len();
            // An empty final segment is the trailing slash, which is kept.
            if (seg.is_empty() && !is_last) || seg == b"." || seg == b".." {
                return true;
            }
            i += 1 + seg_len;
        } else {
            i += 1;
        }
    }
    false
}

/// Splits a query into `(key, value)` pairs, skipping empty pairs; a pair without `=` has value `""`.
fn split_query(q: &str) -> impl Iterator<Item = (&str, &str)> {
    q.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| p.split_once('=').unwrap_or((p, "")))
}

/// Appends the canonical query string of `q`.
fn canonical_query(q: &str, out: &mut String) {
    let mut pairs: Vec<(Cow<'_, str>, Cow<'_, str>)> = split_query(q)
        .map(|(k, v)| (canonical_component(k), canonical_component(v)))
        .collect();
    pairs.sort_unstable();
    for (i, (k, v)) in pairs.iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        out.push_str(k);
        out.push('=');
        out.push_str(v);
    }
}

/// A query key or value decoded and encoded again; unchanged when it has only unreserved characters.
fn canonical_component(s: &str) -> Cow<'_, str> {
    if s.bytes().all(is_unreserved) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    percent_encode_into(&mut out, &percent_decode(s), false);
    Cow::Owned(out)
}

fn is_unreserved(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~')
}

fn hex_val(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Decodes `%XY` escapes and `+` (as a space); malformed escapes stay as they are (Python's `unquote_plus`).
fn percent_decode(s: &str) -> Vec<u8> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'%' => {
                let hi = b.get(i + 1).copied().and_then(hex_val);
                let lo = b.get(i + 2).copied().and_then(hex_val);
                if let (Some(hi), Some(lo)) = (hi, lo) {
                    out.push(hi << 4 | lo);
                    i += 3;
                    continue;
                }
                out.push(b'%');
            }
            b'+' => out.push(b' '),
            c => out.push(c),
        }
        i += 1;
    }
    out
}

const HEX_UPPER: &[u8; 16] = b"0123456789ABCDEF";
const HEX_LOWER: &[u8; 16] = b"0123456789abcdef";

/// Percent-encodes everything but `A-Za-z0-9-_.~` (and `/` when `keep_slash`), upper-case hex.
fn percent_encode_into(out: &mut String, bytes: &[u8], keep_slash: bool) {
    for &b in bytes {
        if is_unreserved(b) || (keep_slash && b == b'/') {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX_UPPER[usize::from(b >> 4)]));
            out.push(char::from(HEX_UPPER[usize::from(b & 0xf)]));
        }
    }
}

fn push_hex(out: &mut String, bytes: &[u8]) {
    let mut buf = [0u8; 128];
    for chunk in bytes.chunks(64) {
        let mut n = 0;
        for (&b, pair) in chunk.iter().zip(buf.chunks_exact_mut(2)) {
            pair[0] = HEX_LOWER[usize::from(b >> 4)];
            pair[1] = HEX_LOWER[usize::from(b & 0xf)];
            n += 2;
        }
        // Only ASCII hex digits were written.
        out.push_str(std::str::from_utf8(buf.get(..n).unwrap_or_default()).unwrap_or_default());
    }
}

/// Lower-case hex SHA-256 of `data`.
pub fn sha256_hex(data: &[u8]) -> String {
    let mut s = String::with_capacity(64);
    push_hex(&mut s, digest::digest(&digest::SHA256, data).as_ref());
    s
}

/// `20150830T123600Z`, formatted without allocating.
struct AmzDate([u8; 16]);

impl AmzDate {
    fn new(t: DateTime) -> AmzDate {
        let c = t.civil();
        let mut b = [b'0'; 16];
        // Years outside 0..=9999 cannot be signed meaningfully; clamp instead of panicking.
        let year = c.year.clamp(0, 9999) as u32;
        let put = |b: &mut [u8; 16], at: usize, width: usize, mut v: u32| {
            for i in (0..width).rev() {
                if let Some(slot) = b.get_mut(at + i) {
                    *slot = b'0' + (v % 10) as u8;
                }
                v /= 10;
            }
        };
        put(&mut b, 0, 4, year);
        put(&mut b, 4, 2, c.month);
        put(&mut b, 6, 2, c.day);
        b[8] = b'T';
        put(&mut b, 9, 2, c.hour);
        put(&mut b, 11, 2, c.minute);
        put(&mut b, 13, 2, c.second);
        b[15] = b'Z';
        AmzDate(b)
    }
    fn as_str(&self) -> &str {
        // Only ASCII digits, 'T' and 'Z' are ever written.
        std::str::from_utf8(&self.0).unwrap_or("00000000T000000Z")
    }
    fn date(&self) -> &str {
        self.as_str().get(..8).unwrap_or("00000000")
    }
}

struct CachedKey {
    secret: String,
    date: [u8; 8],
    region: String,
    service: String,
    key: hmac::Key,
}

/// Recently derived signing keys; a handful of (credentials, region, service) combinations is typical.
static KEY_CACHE: Mutex<Vec<CachedKey>> = Mutex::new(Vec::new());
const KEY_CACHE_SIZE: usize = 16;

/// `HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request")`, cached.
fn signing_key(secret: &str, date: &str, region: &str, service: &str) -> hmac::Key {
    let mut date8 = [0u8; 8];
    for (d, s) in date8.iter_mut().zip(date.bytes()) {
        *d = s;
    }
    let matches = |c: &CachedKey| {
        c.date == date8 && c.secret == secret && c.region == region && c.service == service
    };
    if let Ok(cache) = KEY_CACHE.lock() {
        if let Some(c) = cache.iter().find(|c| matches(c)) {
            return c.key.clone();
        }
    }
    let key = derive_signing_key(secret, date, region, service);
    // A poisoned lock only means another thread panicked mid-update; the cache is then skipped.
    if let Ok(mut cache) = KEY_CACHE.lock() {
        if !cache.iter().any(matches) {
            if cache.len() >= KEY_CACHE_SIZE {
                cache.remove(0);
            }
            cache.push(CachedKey {
                secret: secret.to_string(),
                date: date8,
                region: region.to_string(),
                service: service.to_string(),
                key: key.clone(),
            });
        }
    }
    key
}

fn derive_signing_key(secret: &str, date: &str, region: &str, service: &str) -> hmac::Key {
    let mut k = Vec::with_capacity(4 + secret.len());
    k.extend_from_slice(b"AWS4");
    k.extend_from_slice(secret.as_bytes());
    let k_date = hmac::sign(&hmac::Key::new(hmac::HMAC_SHA256, &k), date.as_bytes());
    let k_region = hmac::sign(
        &hmac::Key::new(hmac::HMAC_SHA256, k_date.as_ref()),
        region.as_bytes(),
    );
    let k_service = hmac::sign(
        &hmac::Key::new(hmac::HMAC_SHA256, k_region.as_ref()),
        service.as_bytes(),
    );
    let k_signing = hmac::sign(
        &hmac::Key::new(hmac::HMAC_SHA256, k_service.as_ref()),
        b"aws4_request",
    );
    hmac::Key::new(hmac::HMAC_SHA256, k_signing.as_ref())
}

/// The difference between the service's clock and ours, applied to signing times.
///
/// When a call fails with a clock-skew error ([`ClockSkew::is_skew_error`]), the pipeline records the
/// server's time from the response's `Date` (or `x-amz-date`) header with
/// [`ClockSkew::record_from_headers`] and retries; later signatures use [`ClockSkew::now`].
#[derive(Debug, Default)]
pub struct ClockSkew {
    /// Server time minus local time, in milliseconds.
    offset_ms: AtomicI64,
}

impl ClockSkew {
    /// How far the clocks may drift apart before [`ClockSkew::update_from_error`] corrects them
    /// (AWS rejects signatures more than 5 minutes off).
    pub const THRESHOLD: Duration = Duration::from_secs(4 * 60);

    /// No correction yet.
    pub const fn new() -> ClockSkew {
        ClockSkew {
            offset_ms: AtomicI64::new(0),
        }
    }

    /// The current correction (server minus local), in milliseconds.
    pub fn offset_millis(&self) -> i64 {
        self.offset_ms.load(Ordering::Relaxed)
    }

    /// The local time corrected by the recorded offset.
    pub fn now(&self) -> DateTime {
        self.apply(DateTime::now())
    }

    /// `local` corrected by the recorded offset.
    pub fn apply(&self, local: DateTime) -> DateTime {
        let offset = self.offset_millis();
        let secs = local.secs().saturating_add(offset.div_euclid(1000));
        let nanos = local.subsec_nanos() + (offset.rem_euclid(1000) as u32) * 1_000_000;
        DateTime::from_secs_nanos(secs, nanos)
    }

    /// Records the server's time as seen when the local clock read `local`.
    pub fn record(&self, server: DateTime, local: DateTime) {
        let diff_secs = i128::from(server.secs()) - i128::from(local.secs());
        let diff_ms = diff_secs * 1000
            + (i128::from(server.subsec_nanos()) - i128::from(local.subsec_nanos())) / 1_000_000;
        let clamped = diff_ms.clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64;
        self.offset_ms.store(clamped, Ordering::Relaxed);
    }

    /// Forgets the correction.
    pub fn reset(&self) {
        self.offset_ms.store(0, Ordering::Relaxed);
    }

    /// Records the server time from a response's `x-amz-date` (`20150830T123600Z`) or `Date`
    /// (`Sun, 30 Aug 2015 12:36:00 GMT`) header. Returns `false`, changing nothing, when neither parses.
    pub fn record_from_headers(&self, headers: &HeaderMap, local: DateTime) -> bool {
        match server_time(headers) {
            Some(server) => {
                self.record(server, local);
                true
            }
            None => false,
        }
    }

    /// Handles an error response received when the local clock read `local`: when `code` is a
    /// clock-skew code ([`ClockSkew::is_skew_error`]) and the response's time differs from the corrected
    /// local time by more than [`ClockSkew::THRESHOLD`], records the new offset and returns `true`, so
    /// the caller signs again and retries. Otherwise changes nothing and returns `false`.
    pub fn update_from_error(&self, code: &str, headers: &HeaderMap, local: DateTime) -> bool {
        if !ClockSkew::is_skew_error(code) {
            return false;
        }
        let Some(server) = server_time(headers) else {
            return false;
        };
        let corrected = self.apply(local);
        let diff = (i128::from(server.secs()) - i128::from(corrected.secs())).unsigned_abs();
        if diff <= u128::from(ClockSkew::THRESHOLD.as_secs()) {
            return false;
        }
        self.record(server, local);
        true
    }

    /// Whether an error code means the request's signing time was too far from the service's clock
    /// (`RequestTimeTooSkewed`, `RequestExpired`, `RequestInTheFuture`, `InvalidSignatureException`,
    /// `SignatureDoesNotMatch`, `AuthFailure`). The signature-mismatch codes also have other causes, so
    /// callers should correct the clock only when the server's time differs from ours by minutes.
    pub fn is_skew_error(code: &str) -> bool {
        matches!(
            code,
            "RequestTimeTooSkewed"
                | "RequestExpired"
                | "RequestInTheFuture"
                | "InvalidSignatureException"
                | "SignatureDoesNotMatch"
                | "AuthFailure"
        )
    }
}

/// The server's time from `x-amz-date` or, failing that, `Date`.
fn server_time(headers: &HeaderMap) -> Option<DateTime> {
    headers
        .get(X_AMZ_DATE)
        .and_then(|v| std::str::from_utf8(v.as_bytes()).ok())
        .and_then(parse_amz_date)
        .or_else(|| {
            headers
                .get(DATE)
                .and_then(|v| std::str::from_utf8(v.as_bytes()).ok())
                .and_then(|s| DateTime::parse_http_date(s).ok())
        })
}

/// Parses SigV4's basic format, `20150830T123600Z`.
pub fn parse_amz_date(s: &str) -> Option<DateTime> {
    let b = s.trim().as_bytes();
    if b.len() != 16 || b.get(8) != Some(&b'T') || b.get(15) != Some(&b'Z') {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = b.get(r)?;
        part.iter().try_fold(0u32, |acc, &c| {
            c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
        })
    };
    DateTime::from_civil(crate::types::Civil {
        year: i64::from(num(0..4)?),
        month: num(4..6)?,
        day: num(6..8)?,
        hour: num(9..11)?,
        minute: num(11..13)?,
        second: num(13..15)?,
        nanos: 0,
    })
}

#[cfg(test)]
mod tests;

pub mod event;

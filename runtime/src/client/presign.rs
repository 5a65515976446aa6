//! Presigned URLs (boto3's `generate_presigned_url`): the call's request is built as for
//! sending — validate, serialize, resolve the endpoint, prepare — and signed into its query
//! string instead of sent. As in botocore, no flexible checksum, compression, `User-Agent` or
//! `Content-Length` is added: the URL's user sends a body nobody knew when it was signed.
//!
//! A body moves into the query string the way botocore's `SigV4QueryAuth` moves it: form
//! parameters (query, ec2) and the top-level members of a JSON object body (json, rest-json;
//! botocore's `_get_body_as_dict`) become query parameters. Anything else cannot be presigned
//! and is an [`SdkErrorKind::Presign`] error saying why: an XML, CBOR or raw payload body (botocore's
//! `json.loads` of it raises), a streamed body, and in a JSON body an object, a float or a
//! `null` (botocore would send Python's `repr` of it, which no service reads as the value).

use std::time::Duration;

use super::prepare::set_header;
use super::signing::SigningTarget;
use super::{sdk, Handle};
use crate::auth::sigv4::{self, SigningParams};
use crate::body::Body;
use crate::config::SignatureVersion;
use crate::data::Struct;
use crate::endpoint;
use crate::error::{SdkError, SdkErrorKind};
use crate::operation::{Operation, Protocol};

impl Handle {
    /// [`Handle::presign`] for the operation named `name` (model name or snake_case) among `ops`.
    pub async fn presign_by_name(
        &self,
        ops: &'static [&'static Operation],
        name: &str,
        mut input: impl Struct,
        expires_in: Duration,
    ) -> Result<String, SdkError> {
        let wanted: String = name.chars().filter(|c| *c != '_').collect();
        let op = ops
            .iter()
            .find(|o| o.name.eq_ignore_ascii_case(&wanted))
            .ok_or_else(|| {
                sdk(
                    SdkErrorKind::ParamValidation,
                    format!("unknown operation {name:?}"),
                )
            })?;
        if !std::ptr::eq(input.schema(), op.input) {
            return Err(sdk(
                SdkErrorKind::ParamValidation,
                format!(
                    "the input is a {}, but {} takes a {}",
                    input.schema().name,
                    op.name,
                    op.input.name
                ),
            ));
        }
        self.presign(op, &mut input, expires_in).await
    }

    /// A presigned URL for `op` with `input`, valid for `expires_in` (boto3's `generate_presigned_url`).
    pub async fn presign(
        &self,
        op: &'static Operation,
        input: &mut dyn Struct,
        expires_in: Duration,
    ) -> Result<String, SdkError> {
        let inner = &*self.inner;
        // botocore validates while it serializes (`serialize_to_request`), presigning too.
        crate::protocol::fill_idempotency_tokens(input);
        crate::customizations::before_parameter_build(inner.service, op, input)?;
        if inner.config.parameter_validation {
            crate::validate::validate(input)?;
        }
        let request = crate::protocol::serialize(inner.service, op, input)?;
        let account_id = self.account_id_for_endpoint().await?;
        let endpoint = self.resolve_endpoint(op, input, account_id.as_deref())?;
        let mut req = self.prepare(op, input, request, &endpoint)?;
        req.headers_mut().remove(http::header::USER_AGENT);
        req.headers_mut().remove("x-amz-user-agent");
        req.headers_mut().remove(http::header::CONTENT_LENGTH);
        if let Some(host) = req.uri().authority().map(|a| a.as_str().to_string()) {
            set_header(&mut req, "host", &host)?;
        }
        if inner.config.signature_version == Some(SignatureVersion::Unsigned) {
            // botocore's `generate_presigned_url` with UNSIGNED: the plain URL, no
            // credentials looked up.
            return Ok(req.uri().to_string());
        }
        let schemes = endpoint::auth_schemes(&endpoint);
        let SigningTarget {
            region,
            name,
            settings,
            ..
        } = self.signing_target(&schemes, true)?;
        let creds = self.credentials().await?;
        let params = SigningParams {
            credentials: &creds,
            region: &region,
            service: &name,
            time: inner.skew.now(),
            settings,
        };
        let body_params = json_body_params(inner.service.protocol, op, &req)?;
        sigv4::presign_with_body_params(&req, &params, expires_in, body_params.as_deref())
            .map_err(SdkError::from)
    }
}

/// The query parameters a JSON object body becomes when presigned (botocore's
/// `_get_body_as_dict` + `percent_encode_sequence`): each top-level member, a string as it is,
/// an integer in decimal, a boolean as Python's `True`/`False`, a list as the key repeated per
/// element. `None` when the body is not JSON (form bodies are the signer's; other bodies fail there).
fn json_body_params(
    protocol: Protocol,
    op: &Operation,
    req: &http::Request<Body>,
) -> Result<Option<Vec<(String, String)>>, SdkError> {
    if !matches!(protocol, Protocol::Json | Protocol::RestJson) {
        return match req.body().bytes() {
            None => Err(cannot(op, "its body is a stream")),
            Some([]) => Ok(None),
            Some(_) if matches!(protocol, Protocol::Query | Protocol::Ec2) => Ok(None),
            Some(_) => Err(cannot(
                op,
                match protocol {
                    Protocol::RestXml => "its body is XML or a raw payload, which botocore cannot move into the query string either",
                    _ => "its body is CBOR, which botocore cannot move into the query string either",
                },
            )),
        };
    }
    let bytes = match req.body().bytes() {
        None => return Err(cannot(op, "its body is a stream")),
        Some([]) => return Ok(None),
        Some(b) => b,
    };
    let map: serde_json::Map<String, serde_json::Value> =
        serde_json::from_slice(bytes).map_err(|_| {
            cannot(
                op,
                "its body is a raw payload, not a JSON object botocore could move into the query string",
            )
        })?;
    let mut out = Vec::with_capacity(map.len());
    for (key, value) in map {
        match value {
            serde_json::Value::Array(items) => {
                for item in items {
                    out.push((key.clone(), json_scalar(op, &key, item)?));
                }
            }
            v => {
                let text = json_scalar(op, &key, v)?;
                out.push((key, text));
            }
        }
    }
    Ok(Some(out))
}

/// A JSON scalar as Python's `str()` writes it, or why it has no faithful text.
fn json_scalar(op: &Operation, key: &str, v: serde_json::Value) -> Result<String, SdkError> {
    use serde_json::Value;
    let why = match v {
        Value::String(s) => return Ok(s),
        Value::Bool(true) => return Ok("True".into()),
        Value::Bool(false) => return Ok("False".into()),
        Value::Number(n) if n.is_i64() || n.is_u64() => return Ok(n.to_string()),
        Value::Number(_) => "a floating-point number",
        Value::Null => "null",
        Value::Array(_) => "a nested list",
        Value::Object(_) => "a structure or map",
    };
    Err(cannot(
        op,
        &format!("member {key:?} of its JSON body is {why}, which has no query-string form"),
    ))
}

fn cannot(op: &Operation, why: &str) -> SdkError {
    sdk(
        SdkErrorKind::Presign,
        format!("{} cannot be presigned: {why}", op.name),
    )
}

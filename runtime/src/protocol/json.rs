//! The `json` protocol, versions 1.0 and 1.1 (botocore's `JSONSerializer` and
//! `JSONParser`): `POST /` with `X-Amz-Target: <targetPrefix>.<Operation>`, the whole
//! input as a JSON object, and `awsQueryCompatible` error codes.

use crate::body::Body;
use crate::data::Struct;
use crate::error::{ErrorMeta, SdkError};
use crate::operation::{Operation, Service};

use super::json_value::{read_body, write_struct, Members};
use super::{error_index, ser_error};

pub(crate) fn serialize(
    service: &Service,
    op: &Operation,
    input: &mut dyn Struct,
) -> Result<http::Request<Body>, SdkError> {
    super::fill_idempotency_tokens(input);
    let mut body = String::with_capacity(64);
    write_struct(&mut body, input, Members::All)?;
    let mut builder = http::Request::builder()
        .method(op.method)
        .uri(if op.request_uri.is_empty() {
            "/"
        } else {
            op.request_uri
        })
        .header(
            "X-Amz-Target",
            format!("{}.{}", service.target_prefix.unwrap_or(""), op.name),
        )
        .header(
            "Content-Type",
            format!(
                "application/x-amz-json-{}",
                service.json_version.unwrap_or("")
            ),
        );
    if service.aws_query_compatible {
        builder = builder.header("x-amzn-query-mode", "true");
    }
    builder
        .body(Body::from(body))
        .map_err(|e| ser_error(format!("cannot build the request: {e}")))
}

pub(crate) fn parse_output(
    _service: &Service,
    _op: &Operation,
    _head: &http::response::Parts,
    body: &[u8],
    out: &mut dyn Struct,
) -> Result<(), SdkError> {
    read_body(body, out, Members::All)
}

pub(crate) fn parse_error(
    _service: &Service,
    op: &Operation,
    head: &http::response::Parts,
    body: &[u8],
) -> Result<(ErrorMeta, Option<usize>), SdkError> {
    let meta = error_meta(head, body, false);
    let index = error_index(op, &meta.code);
    Ok((meta, index))
}

pub(crate) fn parse_error_members(
    _service: &Service,
    _op: &Operation,
    _head: &http::response::Parts,
    body: &[u8],
    target: &mut dyn Struct,
) -> Result<(), SdkError> {
    read_body(body, target, Members::All)
}

/// Strips a JSON error code to its shape name: `ns#Name:http://uri` → `Name`.
pub(crate) fn sanitize_code(code: &str) -> &str {
    let code = code.split(':').next().unwrap_or(code);
    code.rsplit('#').next().unwrap_or(code).trim()
}

/// Code, message and request id of a JSON (json or rest-json) error response.
///
/// The code comes from the `x-amzn-ErrorType` header, else the body's `code` (or, for
/// rest-json, `Code`), else its `__type`, else the HTTP status; `x-amzn-query-error: Code;Type` overrides it for
/// `awsQueryCompatible` services. An unparsable body becomes the message, as in botocore.
pub(crate) fn error_meta(head: &http::response::Parts, body: &[u8], rest: bool) -> ErrorMeta {
    let parsed: serde_json::Value = if body.iter().all(u8::is_ascii_whitespace) {
        serde_json::Value::Object(Default::default())
    } else {
        serde_json::from_slice(body)
            .unwrap_or_else(|_| serde_json::json!({ "message": String::from_utf8_lossy(body) }))
    };
    let header = |n: &str| head.headers.get(n).and_then(|v| v.to_str().ok());
    let field = |n: &str| parsed.get(n).and_then(|v| v.as_str());
    let message = field("message")
        .or_else(|| field("Message"))
        .or_else(|| field("errorMessage"))
        .map(str::to_string);
    let raw_code = header("x-amzn-errortype")
        .filter(|s| !s.is_empty())
        .or_else(|| field("code"))
        .or_else(|| if rest { field("Code") } else { None })
        .or_else(|| field("__type"));
    let mut code = match raw_code {
        Some(c) => sanitize_code(c).to_string(),
        None => head.status.as_u16().to_string(),
    };
    let mut error_type = None;
    if let Some(q) = header("x-amzn-query-error") {
        let mut parts = q.split(';');
        if let (Some(c), Some(t), None) = (parts.next(), parts.next(), parts.next()) {
            if !c.is_empty() {
                code = c.to_string();
                error_type = Some(t.to_string());
            }
        }
    }
    ErrorMeta {
        code,
        message,
        error_type,
        request_id: header("x-amzn-requestid").map(str::to_string),
        status: head.status.as_u16(),
        ..ErrorMeta::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn head(headers: &[(&str, &str)], status: u16) -> http::response::Parts {
        let mut b = http::Response::builder().status(status);
        for (k, v) in headers {
            b = b.header(*k, *v);
        }
        b.body(())
            .map(|r| r.into_parts().0)
            .unwrap_or_else(|_| http::Response::new(()).into_parts().0)
    }

    #[test]
    fn error_codes_are_sanitized() {
        // The forms listed in the Smithy awsJson1_x error specification.
        assert_eq!(sanitize_code("FooError"), "FooError");
        assert_eq!(
            sanitize_code("aws.protocoltests.restjson#FooError"),
            "FooError"
        );
        assert_eq!(
            sanitize_code("aws.protocoltests.restjson#FooError:http://internal.amazon.com/"),
            "FooError"
        );
        assert_eq!(
            sanitize_code("FooError:http://internal.amazon.com/"),
            "FooError"
        );
    }

    #[test]
    fn error_meta_sources() {
        let m = error_meta(
            &head(&[], 400),
            br#"{"__type":"ns#Boom","message":"bad"}"#,
            false,
        );
        assert_eq!(
            (m.code.as_str(), m.message.as_deref()),
            ("Boom", Some("bad"))
        );
        let m = error_meta(&head(&[("x-amzn-errortype", "Hdr:uri")], 400), b"{}", false);
        assert_eq!(m.code, "Hdr");
        let m = error_meta(
            &head(&[("x-amzn-query-error", "Custom;Sender")], 400),
            br#"{"__type":"X"}"#,
            false,
        );
        assert_eq!(m.code, "Custom");
        let m = error_meta(
            &head(&[("x-amzn-requestid", "r1")], 503),
            b"not json",
            false,
        );
        assert_eq!(m.code, "503");
        assert_eq!(m.message.as_deref(), Some("not json"));
        assert_eq!(m.request_id.as_deref(), Some("r1"));
    }

    #[test]
    fn uuid_v4_shape() {
        let u = super::super::uuid_v4();
        assert_eq!(u.len(), 36);
        assert_eq!(&u[14..15], "4");
        assert!(matches!(&u[19..20], "8" | "9" | "a" | "b"));
    }
}

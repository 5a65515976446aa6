//! Reading one response: a streamed output moves into the output's payload member;
//! otherwise the body is read, classified (success, an S3 error hidden in a 200, a
//! DynamoDB checksum mismatch, a service error) and parsed, and the retry strategy is
//! told what happened ([`AttemptOutcome`]).

use super::{sdk, Handle, RawError, ServiceFailure};
use crate::body::Body;
use crate::customizations;
use crate::data::Struct;
use crate::error::SdkErrorKind;
use crate::http::{HttpError, HttpErrorKind};
use crate::meta::ErrorMeta;
use crate::meta::ResponseMeta;
use crate::operation::{op_flags, Operation};
use crate::retry::{AttemptOutcome, ModeledError, TransportError, TransportErrorKind};

impl Handle {
    /// Reads one response: the output on success, the error (not yet typed) otherwise.
    pub(super) async fn read_response(
        &self,
        op: &'static Operation,
        resp: http::Response<Body>,
        out: &mut dyn Struct,
        attempt: u32,
    ) -> (AttemptOutcome, Result<ResponseMeta, RawError>) {
        let service = self.inner.service;
        let (head, body) = resp.into_parts();
        let status = head.status.as_u16();
        let success = (200..300).contains(&status);
        if success && op.has(op_flags::EVENT_STREAM) {
            if let Some(i) = crate::events::stream_member(out.schema()) {
                return self
                    .read_event_stream(op, head, body, out, i, attempt)
                    .await;
            }
        }
        if success && op.has(op_flags::STREAMING_OUTPUT) {
            // The body stays a stream: it goes into the output's payload member as it is.
            if let Err(e) = crate::protocol::parse_output(service, op, &head, &[], out) {
                return (
                    AttemptOutcome::response(status),
                    Err(RawError::Sdk(e.with_attempts(attempt))),
                );
            }
            if let Some((i, _)) = out.schema().payload_member() {
                if let Some(field) = out.field_mut(i) {
                    if field.set_stream(body).is_err() {
                        return (
                            AttemptOutcome::response(status),
                            Err(RawError::Sdk(sdk(
                                SdkErrorKind::ResponseParse,
                                "the payload member cannot hold a stream",
                            ))),
                        );
                    }
                }
            }
            return (
                AttemptOutcome::response(status),
                Ok(response_meta(&head, attempt)),
            );
        }
        let limit = self.inner.max_response_body;
        let announced = head
            .headers
            .get(http::header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok())
            .filter(|n| *n > limit);
        let read = match announced {
            // Fail fast: never wait for (or allocate) a body announced too large.
            Some(n) => Err(Box::new(crate::body::BodyTooLarge {
                limit,
                announced: Some(n),
            }) as crate::body::BoxError),
            None => body.collect_limited(limit).await,
        };
        let bytes = match read {
            Ok(b) => b,
            Err(e) if e.is::<crate::body::BodyTooLarge>() => {
                // Not a transport failure and not retried: the next answer would be as large.
                let err = sdk(
                    SdkErrorKind::ResponseTooLarge,
                    format!("the {status} response body is too large to read into memory"),
                )
                .with_source(e)
                .with_attempts(attempt);
                return (AttemptOutcome::default(), Err(RawError::Sdk(err)));
            }
            Err(e) => {
                let kind = HttpError::find_in(e.as_ref()).map(HttpError::kind);
                let outcome = AttemptOutcome {
                    transport: Some(TransportError {
                        kind: if kind == Some(HttpErrorKind::ReadTimeout) {
                            TransportErrorKind::ReadTimeout
                        } else {
                            TransportErrorKind::ResponseStreaming
                        },
                        request_sent: true,
                    }),
                    ..AttemptOutcome::default()
                };
                let sk = if kind == Some(HttpErrorKind::ReadTimeout) {
                    SdkErrorKind::ReadTimeout
                } else {
                    SdkErrorKind::Io
                };
                let err = sdk(sk, format!("reading the {status} response body failed"))
                    .with_source(e)
                    .with_attempts(attempt);
                return (outcome, Err(RawError::Sdk(err)));
            }
        };
        let mut outcome = AttemptOutcome::response(status);
        outcome.retry_after = head
            .headers
            .get("x-amz-retry-after")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        outcome.crc32_mismatch = customizations::crc32_checker(service, &head.headers, &bytes);
        let status = if success && customizations::handle_200_error(service, op, &bytes) {
            outcome.status = Some(500);
            500
        } else {
            status
        };
        let success = (200..300).contains(&status);
        if success && !outcome.crc32_mismatch {
            return match crate::protocol::parse_output(service, op, &head, &bytes, out) {
                Ok(()) => {
                    let mut meta = response_meta(&head, attempt);
                    if meta.request_id.is_none() {
                        meta.request_id = crate::protocol::response_request_id(service, &bytes);
                    }
                    (outcome, Ok(meta))
                }
                Err(e) => (outcome, Err(RawError::Sdk(e.with_attempts(attempt)))),
            };
        }
        if success {
            let err = sdk(
                SdkErrorKind::ResponseParse,
                "the response body does not match its x-amz-crc32 checksum",
            );
            return (outcome, Err(RawError::Sdk(err.with_attempts(attempt))));
        }
        match crate::protocol::parse_error(service, op, &head, &bytes) {
            Ok((mut meta, index)) => {
                meta.attempts = attempt;
                meta.status = status;
                meta.headers = head.headers.clone();
                outcome.error_code = Some(meta.code.clone());
                outcome.modeled_error = match index.and_then(|i| op.errors.get(i)) {
                    Some(e) if e.has(crate::schema::flags::THROTTLING) => {
                        ModeledError::RetryableThrottling
                    }
                    Some(e) if e.has(crate::schema::flags::RETRYABLE) => ModeledError::Retryable,
                    Some(_) => ModeledError::NonRetryable,
                    None => ModeledError::NotModeled,
                };
                (
                    outcome,
                    Err(RawError::Service(Box::new(ServiceFailure {
                        meta,
                        index,
                        head,
                        body: bytes,
                    }))),
                )
            }
            Err(e) => {
                // The error body is unreadable: keep what the status says.
                outcome.error_code = Some(status.to_string());
                let meta = ErrorMeta {
                    code: status.to_string(),
                    message: Some(format!("unparseable error response: {e}")),
                    request_id: request_id(&head.headers),
                    extended_request_id: header(&head.headers, "x-amz-id-2"),
                    status,
                    attempts: attempt,
                    headers: head.headers.clone(),
                    ..ErrorMeta::default()
                };
                (
                    outcome,
                    Err(RawError::Service(Box::new(ServiceFailure {
                        meta,
                        index: None,
                        head,
                        body: bytes,
                    }))),
                )
            }
        }
    }
}

fn request_id(h: &http::HeaderMap) -> Option<String> {
    ["x-amzn-requestid", "x-amz-request-id", "x-amzn-request-id"]
        .iter()
        .find_map(|n| h.get(*n))
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
}

fn header(h: &http::HeaderMap, name: &str) -> Option<String> {
    h.get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
}

pub(super) fn response_meta(head: &http::response::Parts, attempts: u32) -> ResponseMeta {
    ResponseMeta {
        request_id: request_id(&head.headers),
        extended_request_id: header(&head.headers, "x-amz-id-2"),
        status: head.status.as_u16(),
        attempts,
        headers: head.headers.clone(),
    }
}

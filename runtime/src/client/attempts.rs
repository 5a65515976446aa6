//! One call from input to answer: validate, serialize, resolve the endpoint, prepare
//! the request, then the attempt loop — sign, send, read, and let the retry strategy
//! decide (with botocore's clock-skew correction, and no replay of a streamed body).

use std::sync::atomic::{AtomicU32, Ordering};

use super::event_stream;
use super::prepare::set_header;
use super::{Handle, RawError};
use crate::customizations;
use crate::data::Struct;
use crate::endpoint;
use crate::error::SdkError;
use crate::http::{HttpError, HttpErrorKind};
use crate::meta::ResponseMeta;
use crate::operation::Operation;
use crate::retry::{AttemptOutcome, RetryDecision, TransportError, TransportErrorKind};
use crate::types::DateTime;

impl Handle {
    /// Everything of one call but the operation timeout: `started` counts the attempts
    /// sent so far.
    pub(super) async fn call_attempts(
        &self,
        op: &'static Operation,
        input: &mut dyn Struct,
        out: &mut dyn Struct,
        started: &AtomicU32,
    ) -> Result<ResponseMeta, RawError> {
        let inner = &*self.inner;
        let service = inner.service;
        // botocore fills idempotency tokens before it validates (`before-parameter-build`).
        crate::protocol::fill_idempotency_tokens(input);
        let ctx = customizations::before_parameter_build(service, op, input)?;
        if inner.config.parameter_validation {
            crate::validate::validate(input)?;
        }
        let input_events = event_stream::take_input_events(op, service.protocol, input)?;
        let mut request = crate::protocol::serialize(service, op, input)?;
        customizations::before_call(service, op, input, &mut request)?;
        let account_id = self.account_id_for_endpoint().await?;
        let endpoint = self.resolve_endpoint(op, input, account_id.as_deref())?;
        let mut request = self.prepare(op, input, request, &endpoint)?;
        self.prepare_body(op, input, &mut request)?;
        if let Some(stream) = input_events {
            event_stream::attach_input_events(&mut request, stream);
        }
        let schemes = endpoint::auth_schemes(&endpoint);
        let streaming_body = request.body().bytes().is_none();
        let mut call = inner.retry.begin_call(op.name);
        let max_attempts = inner.retry.max_attempts();
        let invocation_id = invocation_id();
        let mut skew_retried = false;
        loop {
            let attempt = call.attempt();
            inner.retry.before_attempt(&call).await;
            let body = if streaming_body {
                // Only one attempt can send a stream (see below).
                std::mem::take(request.body_mut())
            } else {
                request.body().try_clone().unwrap_or_default()
            };
            let mut req = http::Request::new(body);
            *req.method_mut() = request.method().clone();
            *req.uri_mut() = request.uri().clone();
            *req.headers_mut() = request.headers().clone();
            *req.version_mut() = request.version();
            *req.extensions_mut() = request.extensions().clone();
            set_header(&mut req, "amz-sdk-invocation-id", &invocation_id)?;
            set_header(
                &mut req,
                "amz-sdk-request",
                &format!("attempt={attempt}; max={max_attempts}"),
            )?;
            self.sign(op, &schemes, &mut req)
                .await
                .map_err(|e| RawError::Sdk(e.with_attempts(attempt - 1)))?;
            tracing::debug!(attempt, uri = %req.uri().path(), "sending");
            started.store(attempt, Ordering::Relaxed);
            let outcome = inner.http.send(req).await;
            let (decision_outcome, result) = match outcome {
                // A request the client cannot send at all will not do better next time.
                Err(e)
                    if matches!(
                        e.kind(),
                        HttpErrorKind::InvalidRequest | HttpErrorKind::Config
                    ) =>
                {
                    return Err(RawError::Sdk(SdkError::from(e).with_attempts(attempt)));
                }
                Err(e) => (
                    transport_outcome(&e),
                    Err(RawError::Sdk(SdkError::from(e).with_attempts(attempt))),
                ),
                Ok(resp) => self.read_response(op, resp, out, attempt).await,
            };
            if result.is_ok() {
                customizations::after_call(service, op, &ctx, out);
            }
            // A clock-skew error: correct the clock from the server's Date and try once more.
            if let Err(RawError::Service(f)) = &result {
                let (meta, head) = (&f.meta, &f.head);
                if !skew_retried
                    && attempt < max_attempts
                    && inner
                        .skew
                        .update_from_error(&meta.code, &head.headers, DateTime::now())
                    && !streaming_body
                {
                    skew_retried = true;
                    tracing::debug!(code = %meta.code, "clock skew corrected; retrying");
                    // The skew error itself is usually not retryable: count the attempt anyway.
                    if !matches!(
                        inner.retry.after_attempt(&mut call, &decision_outcome),
                        RetryDecision::RetryAfter(_)
                    ) {
                        call.advance();
                    }
                    continue;
                }
            }
            let decision = inner.retry.after_attempt(&mut call, &decision_outcome);
            if streaming_body && result.is_err() {
                // The stream was consumed by this attempt: it cannot be replayed, so the
                // failure stands (botocore re-reads seekable files; a stream is not one).
                if matches!(decision, RetryDecision::RetryAfter(_)) {
                    tracing::debug!(attempt, "not retrying: the request body was a stream");
                }
                return result;
            }
            match decision {
                RetryDecision::RetryAfter(delay) if result.is_err() => {
                    tracing::debug!(attempt, ?delay, "retrying");
                    tokio::time::sleep(delay).await;
                }
                RetryDecision::GiveUp {
                    wait_before_failing: Some(d),
                    ..
                } => {
                    tokio::time::sleep(d).await;
                    return result;
                }
                _ => return result,
            }
        }
    }
}

/// What the retry strategy is told about a request that got no response.
fn transport_outcome(e: &HttpError) -> AttemptOutcome {
    let kind = match e.kind() {
        HttpErrorKind::Connect => TransportErrorKind::Connect,
        HttpErrorKind::ConnectTimeout => TransportErrorKind::ConnectTimeout,
        HttpErrorKind::ReadTimeout => TransportErrorKind::ReadTimeout,
        HttpErrorKind::Tls => TransportErrorKind::Tls,
        HttpErrorKind::Proxy => TransportErrorKind::Proxy,
        HttpErrorKind::Io => TransportErrorKind::ConnectionClosed,
        _ => TransportErrorKind::Other,
    };
    AttemptOutcome {
        transport: Some(TransportError {
            kind,
            request_sent: e.may_have_been_sent(),
        }),
        ..AttemptOutcome::default()
    }
}

/// A random UUID v4 for `amz-sdk-invocation-id`.
fn invocation_id() -> String {
    let a = fastrand::u64(..);
    let b = fastrand::u64(..);
    let a = (a & 0xffff_ffff_ffff_0fff) | 0x4000;
    let b = (b & 0x3fff_ffff_ffff_ffff) | 0x8000_0000_0000_0000;
    format!(
        "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
        a >> 32,
        (a >> 16) & 0xffff,
        a & 0xffff,
        b >> 48,
        b & 0xffff_ffff_ffff
    )
}

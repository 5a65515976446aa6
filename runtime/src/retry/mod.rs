//! Retries: legacy, standard and adaptive modes (botocore's `retries/` and `retryhandler.py`).
//!
//! This module only *decides*; it does no I/O besides the adaptive rate limiter's waiting. The
//! pipeline drives it like this (one [`RetryStrategy`] per client, shared across calls):
//!
//! ```no_run
//! # use kumo_runtime::retry::*;
//! # async fn send() -> AttemptOutcome { AttemptOutcome::response(200) }
//! # async fn sleep(_: std::time::Duration) {}
//! # async fn demo(strategy: &RetryStrategy) {
//! let mut call = strategy.begin_call("GetItem");
//! loop {
//!     strategy.before_attempt(&call).await; // adaptive: wait for a send token
//!     let outcome = send().await; // fill an AttemptOutcome from the response / error
//!     match strategy.after_attempt(&mut call, &outcome) {
//!         RetryDecision::RetryAfter(delay) => sleep(delay).await,
//!         RetryDecision::Done => break,             // success
//!         RetryDecision::GiveUp { wait_before_failing, .. } => {
//!             if let Some(d) = wait_before_failing { sleep(d).await }
//!             break;                                // return the attempt's error
//!         }
//!     }
//! }
//! # }
//! ```
//!
//! What the three modes do (all mirroring botocore 1.44.5):
//! - **legacy**: the policies of `_retry.json` for the service's endpoint prefix; delay
//!   `base * 2^(attempt-1)` (base random in `[0,1)` unless the service fixes it; uncapped);
//!   default 5 attempts (DynamoDB 10).
//! - **standard**: transient errors, throttling codes, unmodeled 429s, modeled `retryable`
//!   errors, plus STS `IDPCommunicationError` and DynamoDB CRC32 mismatches; delay
//!   `rand * min(scale * 2^(attempt-1), 20 s)` with scale 1 s for throttling and 50 ms otherwise
//!   (25 ms for DynamoDB/DynamoDB Streams), raised towards `x-amz-retry-after` by at most 5 s;
//!   a client-wide retry quota (500; a retry costs 14, or 5 for throttling; a successful call
//!   gives back what its last retry cost, or 1 if it had no retry); default 3 attempts
//!   (DynamoDB and DynamoDB Streams 4).
//! - **adaptive**: standard plus a client-side rate limiter ([`ClientRateLimiter`]).
//!
//! Clock-skew errors (`RequestTimeTooSkewed`, `SignatureDoesNotMatch`, ...) are *not* retried in
//! any mode, because botocore 1.44.5 does not retry them either (it has no clock-skew
//! correction); they fall under the generic rules (only retried if, say, the status is 5xx).

mod adaptive;
mod config;
mod legacy;
mod standard;

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

pub use config::{RetryConfig, RetryConfigError, RetryMode};

pub use adaptive::{
    ClientRateLimiter, Clock, CubicCalculator, CubicParams, RateClocker, SleepFuture, TokenBucket,
    TokioClock,
};
pub use legacy::{LegacyBase, LegacyCondition, LegacyDelay, LegacyPolicy};
pub use standard::{
    backoff_seconds, crc32, crc32_mismatch, is_modeled_retryable,
    is_retryable as is_standard_retryable, is_special_retryable, is_throttling_error,
    is_throttling_error_code, is_throttling_status, is_transient_error, parse_retry_after,
    RetryQuota, MAX_BACKOFF_SECS, THROTTLING_ERROR_CODES, TRANSIENT_ERROR_CODES,
    TRANSIENT_STATUS_CODES,
};

use adaptive::secs_to_duration;

/// The three names botocore uses for a service, each for a different retry rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ServiceIds<'a> {
    /// The service name (`dynamodb`, `sts`, `dynamodbstreams`): special cases.
    pub service_name: &'a str,
    /// `metadata.endpointPrefix` (`dynamodb`, `streams.dynamodb`): the `_retry.json` key.
    pub endpoint_prefix: &'a str,
    /// `metadata.serviceId` (`DynamoDB`, `Route 53`): hyphenized and lowercased, it keys the
    /// standard mode's DynamoDB defaults and long-polling operations.
    pub service_id: &'a str,
}

impl<'a> From<&'a str> for ServiceIds<'a> {
    /// Uses the same string for all three names (right for most services, e.g. `dynamodb`,
    /// `sts`, `s3`, `sqs`, `ec2`).
    fn from(s: &'a str) -> Self {
        ServiceIds {
            service_name: s,
            endpoint_prefix: s,
            service_id: s,
        }
    }
}

/// What kind of transport failure ended an attempt without a complete HTTP response.
/// The botocore exception each maps to decides legacy mode; standard mode retries all of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TransportErrorKind {
    /// Could not connect (`EndpointConnectionError`).
    Connect,
    /// Connecting timed out (`ConnectTimeoutError`).
    ConnectTimeout,
    /// TLS handshake or validation failed (`SSLError`).
    Tls,
    /// The proxy could not be reached (`ProxyConnectionError`).
    Proxy,
    /// No response within the read timeout (`ReadTimeoutError`).
    ReadTimeout,
    /// The connection closed before a full response (`ConnectionClosedError`).
    ConnectionClosed,
    /// Reading the response body failed (`ResponseStreamingError`; not retried in legacy mode).
    ResponseStreaming,
    /// Any other HTTP client failure (`HTTPClientError`; not retried in legacy mode).
    Other,
}

/// A transport failure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TransportError {
    /// The kind.
    pub kind: TransportErrorKind,
    /// Whether any of the request may have reached the server. Informational: botocore retries
    /// regardless (its operations are treated as retry-safe).
    pub request_sent: bool,
}

impl From<TransportErrorKind> for TransportError {
    fn from(kind: TransportErrorKind) -> Self {
        TransportError {
            kind,
            request_sent: true,
        }
    }
}

/// How the operation's model describes the returned error code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ModeledError {
    /// The code matches none of the operation's error shapes (by `error.code`, else shape
    /// name).
    #[default]
    NotModeled,
    /// It matches an error shape without the `retryable` trait.
    NonRetryable,
    /// It matches a shape with `retryable` (not throttling).
    Retryable,
    /// It matches a shape with `retryable: {throttling: true}`.
    RetryableThrottling,
}

/// Everything the retry decision needs to know about one attempt.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AttemptOutcome {
    /// The HTTP status, if a response arrived.
    pub status: Option<u16>,
    /// The parsed error code (`Error.Code`), if the response is an error with one. botocore uses
    /// the status as the code when the body has none (e.g. `"429"`).
    pub error_code: Option<String>,
    /// Set when no complete response arrived; `status` and `error_code` are then ignored.
    pub transport: Option<TransportError>,
    /// The model's view of `error_code`.
    pub modeled_error: ModeledError,
    /// The raw `x-amz-retry-after` header (milliseconds), standard/adaptive modes.
    pub retry_after: Option<String>,
    /// The body failed the `x-amz-crc32` check (see [`crc32_mismatch`]); only DynamoDB retries
    /// on it.
    pub crc32_mismatch: bool,
}

impl AttemptOutcome {
    /// A response with this status.
    pub fn response(status: u16) -> Self {
        AttemptOutcome {
            status: Some(status),
            ..Default::default()
        }
    }

    /// A transport failure.
    pub fn transport(kind: TransportErrorKind) -> Self {
        AttemptOutcome {
            transport: Some(kind.into()),
            ..Default::default()
        }
    }

    /// Sets the error code.
    pub fn with_error_code(mut self, code: impl Into<String>) -> Self {
        self.error_code = Some(code.into());
        self
    }

    /// Sets the modeled classification.
    pub fn with_modeled_error(mut self, m: ModeledError) -> Self {
        self.modeled_error = m;
        self
    }

    /// Sets the `x-amz-retry-after` header value.
    pub fn with_retry_after(mut self, v: impl Into<String>) -> Self {
        self.retry_after = Some(v.into());
        self
    }

    /// A successful response: no transport failure, no error code, status below 300.
    pub fn is_success(&self) -> bool {
        self.transport.is_none()
            && self.error_code.is_none()
            && self.status.is_some_and(|s| s < 300)
    }

    fn is_2xx(&self) -> bool {
        self.transport.is_none() && self.status.is_some_and(|s| (200..300).contains(&s))
    }
}

/// Why the call stops with the last attempt's error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GiveUpReason {
    /// The outcome is not retryable.
    NotRetryable,
    /// It is retryable but the attempts are used up.
    MaxAttempts,
    /// It is retryable but the client's retry quota is empty (standard/adaptive).
    QuotaExhausted,
}

/// What to do after an attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RetryDecision {
    /// The attempt succeeded; return its response.
    Done,
    /// Sleep this long, then send the next attempt.
    RetryAfter(Duration),
    /// Return the attempt's error.
    GiveUp {
        /// Why.
        reason: GiveUpReason,
        /// Sleep this long before returning the error. Set only for long-polling operations
        /// (SQS `ReceiveMessage`, ...) when the quota is exhausted, so pollers do not spin.
        wait_before_failing: Option<Duration>,
    },
}

impl RetryDecision {
    fn give_up(reason: GiveUpReason) -> Self {
        RetryDecision::GiveUp {
            reason,
            wait_before_failing: None,
        }
    }
}

/// A source of uniform random numbers in `[0, 1)` for backoff jitter.
pub trait Jitter: Send + Sync {
    /// The next number.
    fn next_f64(&self) -> f64;
}

impl<F: Fn() -> f64 + Send + Sync> Jitter for F {
    fn next_f64(&self) -> f64 {
        self()
    }
}

/// The default jitter: `fastrand`.
#[derive(Debug, Clone, Copy, Default)]
pub struct FastrandJitter;

impl Jitter for FastrandJitter {
    fn next_f64(&self) -> f64 {
        fastrand::f64()
    }
}

/// Per-call retry state; create with [`RetryStrategy::begin_call`], keep it for all attempts of
/// that call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallState {
    attempt: u32,
    quota_acquired: Option<u32>,
    operation: String,
}

impl CallState {
    /// The 1-based number of the attempt about to be (or just) sent; for the
    /// `amz-sdk-request: attempt=N; max=M` header.
    pub fn attempt(&self) -> u32 {
        self.attempt
    }

    /// Moves on to the next attempt without a retry decision, for a retry the pipeline makes
    /// on its own (after correcting a clock-skew error), so the attempt count stays true.
    pub fn advance(&mut self) {
        self.attempt = self.attempt.saturating_add(1);
    }
}

/// Operations botocore treats as long-polling, by hyphenized service id.
const LONG_POLLING: &[(&str, &str)] = &[
    ("sqs", "ReceiveMessage"),
    ("sfn", "GetActivityTask"),
    ("swf", "PollForActivityTask"),
    ("swf", "PollForDecisionTask"),
    ("kinesis", "ReceiveQueueRecords"),
    ("kinesis", "ReceiveDeadLetterQueueRecords"),
];

enum Policy {
    Legacy(LegacyPolicy),
    Standard {
        quota: RetryQuota,
        limiter: Option<ClientRateLimiter>,
    },
}

/// A client's retry logic; `Send + Sync`, share it (e.g. in an `Arc`) across concurrent calls.
pub struct RetryStrategy {
    mode: RetryMode,
    max_attempts: u32,
    service_name: String,
    service_event_name: String,
    policy: Policy,
    jitter: Arc<dyn Jitter>,
}

impl fmt::Debug for RetryStrategy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_struct("RetryStrategy");
        d.field("mode", &self.mode)
            .field("max_attempts", &self.max_attempts)
            .field("service_name", &self.service_name);
        match &self.policy {
            Policy::Legacy(p) => d.field("legacy", p),
            Policy::Standard { quota, limiter } => d
                .field("quota", &quota.available())
                .field("limiter", limiter),
        };
        d.finish_non_exhaustive()
    }
}

impl RetryStrategy {
    /// The strategy for a client of `service` (a single name, or all three [`ServiceIds`]),
    /// with `fastrand` jitter and, in adaptive mode, a [`TokioClock`]. Unset fields of
    /// `config` take their defaults (see [`RetryConfig::total_attempts`]).
    pub fn new<'a>(
        config: RetryConfig,
        service: impl Into<ServiceIds<'a>>,
    ) -> Result<Self, RetryConfigError> {
        Self::with_clock(config, service, Arc::new(TokioClock::new()))
    }

    /// Like [`new`](Self::new) with the adaptive rate limiter's clock given.
    pub fn with_clock<'a>(
        config: RetryConfig,
        service: impl Into<ServiceIds<'a>>,
        clock: Arc<dyn Clock>,
    ) -> Result<Self, RetryConfigError> {
        let ids = service.into();
        let mode = config.mode_or_default();
        let configured_attempts = config.total_attempts()?;
        let service_event_name = ids.service_id.replace(' ', "-").to_lowercase();
        let (policy, default_attempts) = match mode {
            RetryMode::Legacy => {
                let p = LegacyPolicy::for_endpoint_prefix(ids.endpoint_prefix)?;
                let n = p.max_attempts;
                (Policy::Legacy(p), n)
            }
            RetryMode::Standard | RetryMode::Adaptive => {
                let limiter = (mode == RetryMode::Adaptive).then(|| ClientRateLimiter::new(clock));
                let n = match service_event_name.as_str() {
                    "dynamodb" | "dynamodb-streams" => 4,
                    _ => 3,
                };
                (
                    Policy::Standard {
                        quota: RetryQuota::default(),
                        limiter,
                    },
                    n,
                )
            }
        };
        Ok(RetryStrategy {
            mode,
            max_attempts: configured_attempts.unwrap_or(default_attempts),
            service_name: ids.service_name.to_owned(),
            service_event_name,
            policy,
            jitter: Arc::new(FastrandJitter),
        })
    }

    /// Replaces the jitter source (tests use a constant).
    pub fn with_jitter(mut self, jitter: Arc<dyn Jitter>) -> Self {
        self.jitter = jitter;
        self
    }

    /// The mode.
    pub fn mode(&self) -> RetryMode {
        self.mode
    }

    /// Total attempts per call, including the first.
    pub fn max_attempts(&self) -> u32 {
        self.max_attempts
    }

    /// The retry quota's remaining capacity (standard/adaptive).
    pub fn quota_available(&self) -> Option<u32> {
        match &self.policy {
            Policy::Standard { quota, .. } => Some(quota.available()),
            Policy::Legacy(_) => None,
        }
    }

    /// The adaptive rate limiter, if any.
    pub fn rate_limiter(&self) -> Option<&ClientRateLimiter> {
        match &self.policy {
            Policy::Standard { limiter, .. } => limiter.as_ref(),
            Policy::Legacy(_) => None,
        }
    }

    /// The legacy policy, if in legacy mode.
    pub fn legacy_policy(&self) -> Option<&LegacyPolicy> {
        match &self.policy {
            Policy::Legacy(p) => Some(p),
            Policy::Standard { .. } => None,
        }
    }

    /// Starts a call of `operation` (the model's operation name, e.g. `ReceiveMessage`).
    pub fn begin_call(&self, operation: &str) -> CallState {
        CallState {
            attempt: 1,
            quota_acquired: None,
            operation: operation.to_owned(),
        }
    }

    /// Call before sending each attempt: in adaptive mode waits for a send token once the
    /// client has been throttled; otherwise returns at once.
    pub async fn before_attempt(&self, _call: &CallState) {
        if let Some(l) = self.rate_limiter() {
            l.acquire().await;
        }
    }

    /// Call after each attempt with its outcome. Updates the quota / rate limiter and, when it
    /// returns [`RetryDecision::RetryAfter`], advances `call` to the next attempt.
    pub fn after_attempt(&self, call: &mut CallState, outcome: &AttemptOutcome) -> RetryDecision {
        let decision = match &self.policy {
            Policy::Legacy(p) => self.decide_legacy(p, call, outcome),
            Policy::Standard { quota, limiter } => {
                if let Some(l) = limiter {
                    l.on_response(is_throttling_error(outcome));
                }
                let d = self.decide_standard(quota, call, outcome);
                if !matches!(d, RetryDecision::RetryAfter(_)) && outcome.is_2xx() {
                    // botocore's `after-call` release: what the last retry cost, or 1.
                    quota.release(
                        call.quota_acquired
                            .unwrap_or(RetryQuota::NO_RETRY_INCREMENT),
                    );
                }
                d
            }
        };
        if matches!(decision, RetryDecision::RetryAfter(_)) {
            call.attempt = call.attempt.saturating_add(1);
        }
        decision
    }

    fn final_decision(outcome: &AttemptOutcome) -> RetryDecision {
        if outcome.is_success() {
            RetryDecision::Done
        } else {
            RetryDecision::give_up(GiveUpReason::NotRetryable)
        }
    }

    fn decide_legacy(
        &self,
        p: &LegacyPolicy,
        call: &CallState,
        outcome: &AttemptOutcome,
    ) -> RetryDecision {
        if !p.is_retryable(outcome) {
            return Self::final_decision(outcome);
        }
        if call.attempt >= self.max_attempts {
            return RetryDecision::give_up(GiveUpReason::MaxAttempts);
        }
        let secs = p.delay.seconds(call.attempt, || self.jitter.next_f64());
        RetryDecision::RetryAfter(secs_to_duration(secs))
    }

    fn decide_standard(
        &self,
        quota: &RetryQuota,
        call: &mut CallState,
        outcome: &AttemptOutcome,
    ) -> RetryDecision {
        if !standard::is_retryable(outcome, &self.service_name) {
            return Self::final_decision(outcome);
        }
        if call.attempt >= self.max_attempts {
            return RetryDecision::give_up(GiveUpReason::MaxAttempts);
        }
        let throttling = is_throttling_error(outcome);
        let cost = if throttling {
            RetryQuota::THROTTLING_RETRY_COST
        } else {
            RetryQuota::RETRY_COST
        };
        let delay = || {
            let scale = if throttling {
                standard::THROTTLING_BASE_SCALE
            } else {
                standard::non_throttling_base_scale(&self.service_event_name)
            };
            let retry_after = if outcome.transport.is_none() {
                outcome.retry_after.as_deref().and_then(parse_retry_after)
            } else {
                None
            };
            secs_to_duration(backoff_seconds(
                call.attempt,
                scale,
                self.jitter.next_f64(),
                retry_after,
            ))
        };
        if !quota.acquire(cost) {
            let long_poll = LONG_POLLING
                .iter()
                .any(|(s, op)| *s == self.service_event_name && *op == call.operation);
            return RetryDecision::GiveUp {
                reason: GiveUpReason::QuotaExhausted,
                wait_before_failing: long_poll.then(delay),
            };
        }
        let d = delay();
        call.quota_acquired = Some(cost);
        RetryDecision::RetryAfter(d)
    }
}

#[cfg(test)]
mod tests;

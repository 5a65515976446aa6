//! Strategy-level tests: botocore's handler-level cases (test_standard.py's
//! TestServiceSpecificRetries / TestRetryQuotaChecker / TestRetryAfterHeaderInRetries,
//! test_retryhandler.py's handler cases) and config semantics (args.py / config.py).

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::adaptive::tests::block_on;
use super::*;

fn one() -> Arc<dyn Jitter> {
    Arc::new(|| 1.0)
}

fn strategy(mode: RetryMode, total: Option<u32>, service: &str) -> RetryStrategy {
    RetryStrategy::new(
        RetryConfig {
            mode,
            total_max_attempts: total,
        },
        service,
    )
    .unwrap()
    .with_jitter(one())
}

fn secs(d: RetryDecision) -> f64 {
    match d {
        RetryDecision::RetryAfter(d) => d.as_secs_f64(),
        other => panic!("expected a retry, got {other:?}"),
    }
}

fn give_up(reason: GiveUpReason) -> RetryDecision {
    RetryDecision::GiveUp {
        reason,
        wait_before_failing: None,
    }
}

fn approx(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn strategy_is_send_sync() {
    fn check<T: Send + Sync>() {}
    check::<RetryStrategy>();
    check::<CallState>();
}

#[test]
fn mode_parsing() {
    assert_eq!("legacy".parse::<RetryMode>(), Ok(RetryMode::Legacy));
    assert_eq!("standard".parse::<RetryMode>(), Ok(RetryMode::Standard));
    assert_eq!("adaptive".parse::<RetryMode>(), Ok(RetryMode::Adaptive));
    for bad in ["Standard", "", "foo", " legacy"] {
        assert_eq!(
            bad.parse::<RetryMode>(),
            Err(RetryConfigError::InvalidMode {
                provided: bad.to_owned()
            })
        );
    }
    assert_eq!(RetryMode::default(), RetryMode::Standard);
    assert_eq!(RetryMode::Adaptive.to_string(), "adaptive");
}

#[test]
fn from_botocore_semantics() {
    let f =
        |m, t| RetryConfig::from_botocore(RetryMode::Standard, m, t).map(|c| c.total_max_attempts);
    assert_eq!(f(None, None), Ok(None));
    // max_attempts counts retries.
    assert_eq!(f(Some(0), None), Ok(Some(1)));
    assert_eq!(f(Some(2), None), Ok(Some(3)));
    // total_max_attempts counts everything and wins.
    assert_eq!(f(None, Some(4)), Ok(Some(4)));
    assert_eq!(f(Some(9), Some(2)), Ok(Some(2)));
    assert_eq!(
        f(None, Some(0)),
        Err(RetryConfigError::InvalidTotalMaxAttempts { provided: 0 })
    );
    assert_eq!(f(Some(u32::MAX), None), Ok(Some(u32::MAX)));
}

#[test]
fn default_max_attempts_per_mode_and_service() {
    assert_eq!(
        strategy(RetryMode::Legacy, None, "lambda").max_attempts(),
        5
    );
    assert_eq!(
        strategy(RetryMode::Legacy, None, "dynamodb").max_attempts(),
        10
    );
    assert_eq!(
        strategy(RetryMode::Standard, None, "lambda").max_attempts(),
        3
    );
    assert_eq!(
        strategy(RetryMode::Adaptive, None, "lambda").max_attempts(),
        3
    );
    assert_eq!(
        strategy(RetryMode::Standard, None, "dynamodb").max_attempts(),
        4
    );
    let streams = ServiceIds {
        service_name: "dynamodbstreams",
        endpoint_prefix: "streams.dynamodb",
        service_id: "DynamoDB Streams",
    };
    let s = RetryStrategy::new(RetryConfig::new(RetryMode::Standard), streams).unwrap();
    assert_eq!(s.max_attempts(), 4);
    // An explicit total wins, in every mode (legacy: over _retry.json's 10).
    assert_eq!(
        strategy(RetryMode::Legacy, Some(2), "dynamodb").max_attempts(),
        2
    );
    assert_eq!(
        strategy(RetryMode::Standard, Some(7), "dynamodb").max_attempts(),
        7
    );
    assert_eq!(
        RetryStrategy::new(
            RetryConfig {
                mode: RetryMode::Standard,
                total_max_attempts: Some(0)
            },
            "s3"
        )
        .unwrap_err(),
        RetryConfigError::InvalidTotalMaxAttempts { provided: 0 }
    );
}

#[test]
fn max_attempts_zero_retries_means_no_retries() {
    for mode in [RetryMode::Legacy, RetryMode::Standard, RetryMode::Adaptive] {
        let cfg = RetryConfig::from_botocore(mode, Some(0), None).unwrap();
        let s = RetryStrategy::new(cfg, "lambda").unwrap();
        let mut call = s.begin_call("Invoke");
        assert_eq!(
            s.after_attempt(&mut call, &AttemptOutcome::response(500)),
            give_up(GiveUpReason::MaxAttempts),
            "{mode}"
        );
        assert_eq!(call.attempt(), 1);
    }
}

#[test]
fn standard_call_flow() {
    let s = strategy(RetryMode::Standard, None, "lambda");
    let mut call = s.begin_call("Invoke");
    let err = AttemptOutcome::response(500);
    assert!(approx(secs(s.after_attempt(&mut call, &err)), 0.05));
    assert_eq!(call.attempt(), 2);
    assert!(approx(secs(s.after_attempt(&mut call, &err)), 0.1));
    assert_eq!(
        s.after_attempt(&mut call, &err),
        give_up(GiveUpReason::MaxAttempts)
    );
    assert_eq!(call.attempt(), 3);
    // Two retries at 14 each, nothing given back after failing.
    assert_eq!(s.quota_available(), Some(472));

    // Success and non-retryable errors.
    let mut call = s.begin_call("Invoke");
    assert_eq!(
        s.after_attempt(&mut call, &AttemptOutcome::response(200)),
        RetryDecision::Done
    );
    assert_eq!(
        s.quota_available(),
        Some(473),
        "a call without retries gives back 1"
    );
    let mut call = s.begin_call("Invoke");
    let v = AttemptOutcome::response(400).with_error_code("ValidationException");
    assert_eq!(
        s.after_attempt(&mut call, &v),
        give_up(GiveUpReason::NotRetryable)
    );
    let denied = AttemptOutcome::response(403).with_error_code("AccessDenied");
    assert_eq!(
        s.after_attempt(&mut call, &denied),
        give_up(GiveUpReason::NotRetryable)
    );
    assert_eq!(s.quota_available(), Some(473));
}

#[test]
fn clock_skew_errors_are_not_retried_like_botocore() {
    let s = strategy(RetryMode::Standard, None, "s3");
    for code in [
        "RequestTimeTooSkewed",
        "RequestExpired",
        "InvalidSignatureException",
        "SignatureDoesNotMatch",
        "AuthFailure",
        "RequestInTheFuture",
    ] {
        let mut call = s.begin_call("GetObject");
        let o = AttemptOutcome::response(403).with_error_code(code);
        assert_eq!(
            s.after_attempt(&mut call, &o),
            give_up(GiveUpReason::NotRetryable),
            "{code}"
        );
    }
}

#[test]
fn dynamodb_base_backoff_and_increased_retries() {
    let s = strategy(RetryMode::Standard, None, "dynamodb");
    let mut call = s.begin_call("GetItem");
    let err = AttemptOutcome::response(500);
    for (quota, delay) in [(486, 0.025), (472, 0.05), (458, 0.1)] {
        assert_eq!(secs(s.after_attempt(&mut call, &err)), delay);
        assert_eq!(s.quota_available(), Some(quota));
    }
    assert_eq!(
        s.after_attempt(&mut call, &err),
        give_up(GiveUpReason::MaxAttempts)
    );
    assert_eq!(s.quota_available(), Some(458));
}

#[test]
fn dynamodb_crc32_mismatch_is_retried_in_standard_mode() {
    let s = strategy(RetryMode::Standard, None, "dynamodb");
    let mut call = s.begin_call("GetItem");
    let bad = AttemptOutcome {
        crc32_mismatch: crc32_mismatch(Some("2356372768"), b"foo"),
        ..AttemptOutcome::response(200)
    };
    assert!(approx(secs(s.after_attempt(&mut call, &bad)), 0.025));
    assert_eq!(
        s.after_attempt(&mut call, &AttemptOutcome::response(200)),
        RetryDecision::Done
    );
    assert_eq!(s.quota_available(), Some(500));
}

#[test]
fn quota_release_after_retried_success() {
    // test_can_release_quota_based_on_context_value_on_success and
    // ..._when_succeed_after_throttling_error
    let s = strategy(RetryMode::Standard, None, "lambda");
    let mut call = s.begin_call("Invoke");
    s.after_attempt(&mut call, &AttemptOutcome::response(500));
    assert_eq!(s.quota_available(), Some(486));
    s.after_attempt(&mut call, &AttemptOutcome::response(200));
    assert_eq!(s.quota_available(), Some(500));

    let mut call = s.begin_call("Invoke");
    let thr = AttemptOutcome::response(400).with_error_code("Throttling");
    assert!(
        approx(secs(s.after_attempt(&mut call, &thr)), 1.0),
        "throttling scale is 1 s"
    );
    assert_eq!(s.quota_available(), Some(495));
    s.after_attempt(&mut call, &AttemptOutcome::response(200));
    assert_eq!(s.quota_available(), Some(500));
}

#[test]
fn quota_costs_by_error_kind() {
    let cases = [
        (AttemptOutcome::response(429), 5, 1.0),
        (
            AttemptOutcome::response(400).with_error_code("ThrottlingException"),
            5,
            1.0,
        ),
        (
            AttemptOutcome::response(400)
                .with_error_code("MyThrottle")
                .with_modeled_error(ModeledError::RetryableThrottling),
            5,
            1.0,
        ),
        (
            AttemptOutcome::response(400)
                .with_error_code("MyRetryable")
                .with_modeled_error(ModeledError::Retryable),
            14,
            0.05,
        ),
        (AttemptOutcome::response(503), 14, 0.05),
        (
            AttemptOutcome::transport(TransportErrorKind::ReadTimeout),
            14,
            0.05,
        ),
        (
            AttemptOutcome::transport(TransportErrorKind::Connect),
            14,
            0.05,
        ),
    ];
    for (o, cost, delay) in cases {
        let s = strategy(RetryMode::Standard, None, "lambda");
        let mut call = s.begin_call("Invoke");
        assert!(approx(secs(s.after_attempt(&mut call, &o)), delay), "{o:?}");
        assert_eq!(s.quota_available(), Some(500 - cost), "{o:?}");
    }
}

#[test]
fn quota_exhaustion_stops_retries() {
    let s = strategy(RetryMode::Standard, None, "lambda");
    // 35 retries of 14 leave 10.
    for _ in 0..35 {
        let mut call = s.begin_call("Invoke");
        secs(s.after_attempt(&mut call, &AttemptOutcome::response(500)));
    }
    assert_eq!(s.quota_available(), Some(10));
    let mut call = s.begin_call("Invoke");
    assert_eq!(
        s.after_attempt(&mut call, &AttemptOutcome::response(500)),
        give_up(GiveUpReason::QuotaExhausted)
    );
    assert_eq!(s.quota_available(), Some(10));
    // A throttling retry costs only 5.
    let thr = AttemptOutcome::response(400).with_error_code("Throttling");
    secs(s.after_attempt(&mut call, &thr));
    assert_eq!(s.quota_available(), Some(5));
    // A failed final attempt gives nothing back; a non-2xx never does.
    assert_eq!(
        s.after_attempt(&mut call, &AttemptOutcome::response(400)),
        give_up(GiveUpReason::NotRetryable)
    );
    assert_eq!(s.quota_available(), Some(5));
    // Quota exhausted on a 2xx-with-crc-mismatch: the call ends with a 2xx, so botocore's
    // after-call still releases the default increment.
    let d = strategy(RetryMode::Standard, None, "dynamodb");
    for _ in 0..35 {
        let mut c = d.begin_call("GetItem");
        secs(d.after_attempt(&mut c, &AttemptOutcome::response(500)));
    }
    let mut c = d.begin_call("GetItem");
    let bad = AttemptOutcome {
        crc32_mismatch: true,
        ..AttemptOutcome::response(200)
    };
    assert_eq!(
        d.after_attempt(&mut c, &bad),
        give_up(GiveUpReason::QuotaExhausted)
    );
    assert_eq!(d.quota_available(), Some(11));
}

fn drain(s: &RetryStrategy, op: &str) {
    while s.quota_available().unwrap_or(0) >= RetryQuota::RETRY_COST {
        let mut call = s.begin_call(op);
        secs(s.after_attempt(&mut call, &AttemptOutcome::response(500)));
    }
}

#[test]
fn long_polling_operations_wait_when_quota_exhausted() {
    for (svc, op) in [
        ("sqs", "ReceiveMessage"),
        ("sfn", "GetActivityTask"),
        ("swf", "PollForActivityTask"),
        ("swf", "PollForDecisionTask"),
        ("kinesis", "ReceiveQueueRecords"),
        ("kinesis", "ReceiveDeadLetterQueueRecords"),
    ] {
        let s = strategy(RetryMode::Standard, None, svc);
        drain(&s, op);
        let mut call = s.begin_call(op);
        assert_eq!(
            s.after_attempt(&mut call, &AttemptOutcome::response(500)),
            RetryDecision::GiveUp {
                reason: GiveUpReason::QuotaExhausted,
                wait_before_failing: Some(Duration::from_secs_f64(0.05)),
            },
            "{svc} {op}"
        );
    }
    let s = strategy(RetryMode::Standard, None, "sqs");
    drain(&s, "SendMessage");
    let mut call = s.begin_call("SendMessage");
    assert_eq!(
        s.after_attempt(&mut call, &AttemptOutcome::response(500)),
        give_up(GiveUpReason::QuotaExhausted)
    );
}

#[test]
fn retry_after_header_is_honored() {
    for (h, want) in [
        ("1500", 1.5),
        ("0", 0.05),
        ("10000", 5.05),
        ("invalid", 0.05),
        ("-100", 0.05),
    ] {
        let s = strategy(RetryMode::Standard, None, "lambda");
        let mut call = s.begin_call("Invoke");
        let o = AttemptOutcome::response(500).with_retry_after(h);
        assert!(approx(secs(s.after_attempt(&mut call, &o)), want), "{h}");
        assert_eq!(s.quota_available(), Some(486));
        s.after_attempt(&mut call, &AttemptOutcome::response(200));
        assert_eq!(s.quota_available(), Some(500));
    }
}

#[test]
fn jitter_is_applied_and_bounded() {
    let s = RetryStrategy::new(RetryConfig::new(RetryMode::Standard), "lambda").unwrap();
    for _ in 0..200 {
        let mut call = s.begin_call("Invoke");
        let d = secs(s.after_attempt(
            &mut call,
            &AttemptOutcome::response(400).with_error_code("Throttling"),
        ));
        assert!((0.0..=1.0).contains(&d));
        s.after_attempt(&mut call, &AttemptOutcome::response(200));
    }
    let half = RetryStrategy::new(RetryConfig::new(RetryMode::Standard), "lambda")
        .unwrap()
        .with_jitter(Arc::new(|| 0.5));
    let mut call = half.begin_call("Invoke");
    assert!(approx(
        secs(half.after_attempt(&mut call, &AttemptOutcome::response(503))),
        0.025
    ));
}

#[test]
fn legacy_call_flow() {
    let s = strategy(RetryMode::Legacy, None, "lambda");
    let mut call = s.begin_call("Invoke");
    let err = AttemptOutcome::response(500);
    // base "rand" (1 here) * 2^(attempt-1), uncapped, 5 attempts.
    for want in [1.0, 2.0, 4.0, 8.0] {
        assert_eq!(secs(s.after_attempt(&mut call, &err)), want);
    }
    assert_eq!(
        s.after_attempt(&mut call, &err),
        give_up(GiveUpReason::MaxAttempts)
    );
    assert_eq!(s.quota_available(), None);

    let mut call = s.begin_call("Invoke");
    assert_eq!(
        s.after_attempt(&mut call, &AttemptOutcome::response(200)),
        RetryDecision::Done
    );
    // Legacy ignores standard-only rules: TooManyRequestsException on 400, bare transient codes.
    for o in [
        AttemptOutcome::response(400).with_error_code("TooManyRequestsException"),
        AttemptOutcome::response(400).with_error_code("RequestTimeoutException"),
        AttemptOutcome::response(400)
            .with_error_code("Modeled")
            .with_modeled_error(ModeledError::Retryable),
        AttemptOutcome::transport(TransportErrorKind::ResponseStreaming),
    ] {
        let mut call = s.begin_call("Invoke");
        assert_eq!(
            s.after_attempt(&mut call, &o),
            give_up(GiveUpReason::NotRetryable),
            "{o:?}"
        );
    }
}

#[test]
fn legacy_dynamodb_flow() {
    let s = strategy(RetryMode::Legacy, None, "dynamodb");
    let mut call = s.begin_call("GetItem");
    let err =
        AttemptOutcome::response(400).with_error_code("ProvisionedThroughputExceededException");
    let mut delays = vec![];
    for _ in 0..9 {
        delays.push(secs(s.after_attempt(&mut call, &err)));
    }
    assert_eq!(delays, vec![0.05, 0.1, 0.2, 0.4, 0.8, 1.6, 3.2, 6.4, 12.8]);
    assert_eq!(
        s.after_attempt(&mut call, &err),
        give_up(GiveUpReason::MaxAttempts)
    );
    // The crc32 policy: retried until max attempts, then the checksum error surfaces.
    let s = strategy(RetryMode::Legacy, Some(2), "dynamodb");
    let mut call = s.begin_call("GetItem");
    let bad = AttemptOutcome {
        crc32_mismatch: true,
        ..AttemptOutcome::response(200)
    };
    assert_eq!(secs(s.after_attempt(&mut call, &bad)), 0.05);
    assert_eq!(
        s.after_attempt(&mut call, &bad),
        give_up(GiveUpReason::MaxAttempts)
    );
}

#[test]
fn legacy_socket_errors() {
    // test_create_retry_handler_with_socket_errors: retried below max attempts, propagated at it.
    let s = strategy(RetryMode::Legacy, None, "lambda");
    let conn = AttemptOutcome::transport(TransportErrorKind::Connect);
    let mut call = s.begin_call("Invoke");
    assert_eq!(secs(s.after_attempt(&mut call, &conn)), 1.0);
    let timeout = AttemptOutcome::transport(TransportErrorKind::ReadTimeout);
    assert_eq!(secs(s.after_attempt(&mut call, &timeout)), 2.0);
    for _ in 0..2 {
        secs(s.after_attempt(&mut call, &conn));
    }
    assert_eq!(
        s.after_attempt(&mut call, &conn),
        give_up(GiveUpReason::MaxAttempts)
    );
    // A transport error hides any stale status.
    let mut call = s.begin_call("Invoke");
    let o = AttemptOutcome {
        status: Some(500),
        ..AttemptOutcome::transport(TransportErrorKind::Other)
    };
    assert_eq!(
        s.after_attempt(&mut call, &o),
        give_up(GiveUpReason::NotRetryable)
    );
}

#[test]
fn legacy_service_specific_policies_via_strategy() {
    let s = strategy(RetryMode::Legacy, None, "ec2");
    let mut call = s.begin_call("RunInstances");
    let o = AttemptOutcome::response(503).with_error_code("RequestLimitExceeded");
    assert_eq!(secs(s.after_attempt(&mut call, &o)), 1.0);
    // Route 53's endpoint prefix differs from its hyphenized service id.
    let ids = ServiceIds {
        service_name: "route53",
        endpoint_prefix: "route53",
        service_id: "Route 53",
    };
    let s = RetryStrategy::new(RetryConfig::new(RetryMode::Legacy), ids).unwrap();
    let mut call = s.begin_call("ChangeResourceRecordSets");
    let o = AttemptOutcome::response(400).with_error_code("PriorRequestNotComplete");
    assert!(matches!(
        s.after_attempt(&mut call, &o),
        RetryDecision::RetryAfter(_)
    ));
}

/// A manual clock: `now` is settable; `sleep` advances it and records the amount.
struct ManualClock {
    now_micros: AtomicU64,
    sleeps: Mutex<Vec<Duration>>,
}

impl ManualClock {
    fn new() -> Arc<Self> {
        Arc::new(ManualClock {
            now_micros: AtomicU64::new(0),
            sleeps: Mutex::new(vec![]),
        })
    }
    fn advance(&self, secs: f64) {
        self.now_micros
            .fetch_add((secs * 1e6) as u64, Ordering::SeqCst);
    }
    fn sleeps(&self) -> Vec<Duration> {
        self.sleeps.lock().unwrap().clone()
    }
}

impl Clock for ManualClock {
    fn now(&self) -> f64 {
        self.now_micros.load(Ordering::SeqCst) as f64 / 1e6
    }
    fn sleep(&self, d: Duration) -> SleepFuture {
        self.sleeps.lock().unwrap().push(d);
        self.now_micros
            .fetch_add(d.as_micros() as u64 + 1, Ordering::SeqCst);
        Box::pin(async {})
    }
}

#[test]
fn adaptive_mode_rate_limits_after_throttling() {
    let clock = ManualClock::new();
    let s = RetryStrategy::with_clock(
        RetryConfig::new(RetryMode::Adaptive),
        "lambda",
        clock.clone(),
    )
    .unwrap()
    .with_jitter(one());
    let limiter = s.rate_limiter().unwrap();
    // Unthrottled traffic never waits.
    for _ in 0..5 {
        let mut call = s.begin_call("Invoke");
        block_on(s.before_attempt(&call));
        clock.advance(0.25);
        assert_eq!(
            s.after_attempt(&mut call, &AttemptOutcome::response(200)),
            RetryDecision::Done
        );
    }
    assert!(!limiter.is_enabled());
    assert!(clock.sleeps().is_empty());
    let measured = limiter.measured_rate();
    assert!(measured > 0.0);

    // A throttle enables the bucket at beta * measured rate, and the standard rules still
    // decide the retry itself (throttling scale 1 s, quota cost 5).
    let mut call = s.begin_call("Invoke");
    block_on(s.before_attempt(&call));
    let thr = AttemptOutcome::response(400).with_error_code("ThrottlingException");
    assert_eq!(secs(s.after_attempt(&mut call, &thr)), 1.0);
    assert!(limiter.is_enabled());
    assert_eq!(s.quota_available(), Some(495));
    let rate = limiter.token_bucket().max_rate();
    assert!(approx(
        limiter.cubic_params().w_max,
        limiter.measured_rate()
    ));
    assert!(approx(rate, (limiter.measured_rate() * 0.7).max(0.5)));

    // Sending as fast as possible now waits for tokens: n attempts take about n / rate seconds.
    let start = clock.now();
    for _ in 0..5 {
        block_on(s.before_attempt(&call));
    }
    let elapsed = clock.now() - start;
    assert!(!clock.sleeps().is_empty());
    assert!(
        elapsed >= 4.0 / rate - 0.01,
        "elapsed {elapsed}, rate {rate}"
    );
}

#[test]
fn legacy_and_standard_have_no_limiter() {
    assert!(strategy(RetryMode::Legacy, None, "s3")
        .rate_limiter()
        .is_none());
    assert!(strategy(RetryMode::Standard, None, "s3")
        .rate_limiter()
        .is_none());
    assert!(strategy(RetryMode::Legacy, None, "s3")
        .legacy_policy()
        .is_some());
    let s = strategy(RetryMode::Standard, None, "s3");
    let call = s.begin_call("GetObject");
    block_on(s.before_attempt(&call));
}

//! Standard mode: classification, backoff and the retry quota (botocore `retries/standard.py`,
//! `retries/quota.py`, `retries/special.py`).

use std::sync::Mutex;

use super::{AttemptOutcome, ModeledError};

/// Error codes that are transient (botocore `TransientRetryableChecker`).
pub const TRANSIENT_ERROR_CODES: &[&str] = &[
    "RequestTimeout",
    "RequestTimeoutException",
    "PriorRequestNotComplete",
];

/// HTTP statuses that are transient (botocore `TransientRetryableChecker`).
pub const TRANSIENT_STATUS_CODES: &[u16] = &[500, 502, 503, 504];

/// Error codes that mean "throttled" (botocore `ThrottledRetryableChecker`).
pub const THROTTLING_ERROR_CODES: &[&str] = &[
    "Throttling",
    "ThrottlingException",
    "ThrottledException",
    "RequestThrottledException",
    "TooManyRequestsException",
    "ProvisionedThroughputExceededException",
    "TransactionInProgressException",
    "RequestLimitExceeded",
    "BandwidthLimitExceeded",
    "LimitExceededException",
    "RequestThrottled",
    "SlowDown",
    "PriorRequestNotComplete",
    "EC2ThrottledException",
];

/// The status that means "throttled" when the error is not modeled
/// (botocore `ThrottlingStatusCodeChecker`).
pub const THROTTLING_STATUS_CODE: u16 = 429;

/// The per-request view of an outcome that botocore's `RetryContext` gives checkers: a
/// transport failure hides any status or code.
struct View<'a> {
    status: Option<u16>,
    code: Option<&'a str>,
    transport: bool,
}

fn view(o: &AttemptOutcome) -> View<'_> {
    if o.transport.is_some() {
        View {
            status: None,
            code: None,
            transport: true,
        }
    } else {
        View {
            status: o.status,
            code: o.error_code.as_deref(),
            transport: false,
        }
    }
}

/// The modeled classification, only meaningful when there is an error code
/// (botocore `ModeledRetryErrorDetector`).
fn modeled(o: &AttemptOutcome) -> ModeledError {
    if view(o).code.is_some() {
        o.modeled_error
    } else {
        ModeledError::NotModeled
    }
}

/// Transient: a transient error code, a 500/502/503/504, or any transport failure.
pub fn is_transient_error(o: &AttemptOutcome) -> bool {
    let v = view(o);
    v.code.is_some_and(|c| TRANSIENT_ERROR_CODES.contains(&c))
        || v.status
            .is_some_and(|s| TRANSIENT_STATUS_CODES.contains(&s))
        || v.transport
}

/// Throttled by error code (the fixed list; status does not matter).
pub fn is_throttling_error_code(o: &AttemptOutcome) -> bool {
    view(o)
        .code
        .is_some_and(|c| THROTTLING_ERROR_CODES.contains(&c))
}

/// A 429 whose error code matches none of the operation's modeled errors.
pub fn is_throttling_status(o: &AttemptOutcome) -> bool {
    view(o).status == Some(THROTTLING_STATUS_CODE) && modeled(o) == ModeledError::NotModeled
}

/// The error shape carries the `retryable` trait.
pub fn is_modeled_retryable(o: &AttemptOutcome) -> bool {
    matches!(
        modeled(o),
        ModeledError::Retryable | ModeledError::RetryableThrottling
    )
}

/// botocore's `ThrottlingErrorDetector`: a throttling code; else the model's verdict if the
/// error is modeled as retryable; else a 429 on an unmodeled error. Used for the quota cost, the
/// backoff scale and adaptive mode's rate limiter.
pub fn is_throttling_error(o: &AttemptOutcome) -> bool {
    if is_throttling_error_code(o) {
        return true;
    }
    match modeled(o) {
        ModeledError::RetryableThrottling => true,
        ModeledError::Retryable => false,
        ModeledError::NotModeled | ModeledError::NonRetryable => is_throttling_status(o),
    }
}

/// The special cases of `retries/special.py`: STS `IDPCommunicationError`, and a DynamoDB CRC32
/// mismatch. `service_name` is botocore's service name (`sts`, `dynamodb`).
pub fn is_special_retryable(o: &AttemptOutcome, service_name: &str) -> bool {
    let v = view(o);
    match service_name {
        "sts" => v.code == Some("IDPCommunicationError"),
        "dynamodb" => !v.transport && o.crc32_mismatch,
        _ => false,
    }
}

/// botocore's `StandardRetryConditions` without the max-attempts check.
pub fn is_retryable(o: &AttemptOutcome, service_name: &str) -> bool {
    is_transient_error(o)
        || is_throttling_error_code(o)
        || is_throttling_status(o)
        || is_modeled_retryable(o)
        || is_special_retryable(o, service_name)
}

/// Standard backoff constants (botocore `ExponentialBackoff`).
pub const MAX_BACKOFF_SECS: f64 = 20.0;
/// Base scale for throttling errors (seconds).
pub const THROTTLING_BASE_SCALE: f64 = 1.0;
/// Base scale for other errors (seconds).
pub const NON_THROTTLING_BASE_SCALE: f64 = 0.05;
/// Base scale for other errors of DynamoDB and DynamoDB Streams (seconds).
pub const DYNAMODB_NON_THROTTLING_BASE_SCALE: f64 = 0.025;
/// `x-amz-retry-after` may lengthen the delay by at most this many seconds.
pub const RETRY_AFTER_MAX_ADDITIONAL_SECS: f64 = 5.0;

/// The non-throttling base scale for a service (by hyphenized service id).
pub fn non_throttling_base_scale(service_event_name: &str) -> f64 {
    match service_event_name {
        "dynamodb" | "dynamodb-streams" => DYNAMODB_NON_THROTTLING_BASE_SCALE,
        _ => NON_THROTTLING_BASE_SCALE,
    }
}

/// Parses an `x-amz-retry-after` value (integer milliseconds) to seconds the way botocore does
/// (`int(value) / 1000.0`, ignored when invalid, negative or too large for a float).
/// Accepts what Python's `int()` accepts: surrounding whitespace, a sign, `_` between digits.
pub fn parse_retry_after(value: &str) -> Option<f64> {
    let s = value.trim();
    let (neg, digits) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return None;
    }
    let mut ms = 0f64;
    for ch in digits.chars() {
        match ch {
            '_' => {}
            '0'..='9' => ms = ms * 10.0 + f64::from(u32::from(ch) - u32::from('0')),
            _ => return None,
        }
    }
    if !ms.is_finite() {
        return None;
    }
    let secs = ms / 1000.0;
    if neg && secs > 0.0 {
        return None;
    }
    Some(secs)
}

/// The standard delay in seconds after failed attempt `attempt` (1-based):
/// `t = random * min(base_scale * 2^(attempt-1), 20)`, raised towards `x-amz-retry-after` but
/// never beyond `t + 5`.
pub fn backoff_seconds(
    attempt: u32,
    base_scale: f64,
    random: f64,
    retry_after: Option<f64>,
) -> f64 {
    let exp = i32::try_from(attempt.saturating_sub(1)).unwrap_or(i32::MAX);
    let t = random * (base_scale * 2f64.powi(exp)).min(MAX_BACKOFF_SECS);
    match retry_after {
        Some(ra) => t.max(ra.min(RETRY_AFTER_MAX_ADDITIONAL_SECS + t)),
        None => t,
    }
}

/// The retry quota (botocore `quota.RetryQuota`): a bucket of capacity shared by all calls of
/// a client; retries spend from it, successes give back.
#[derive(Debug)]
pub struct RetryQuota {
    max: u32,
    available: Mutex<u32>,
}

impl RetryQuota {
    /// botocore's `INITIAL_CAPACITY`.
    pub const INITIAL_CAPACITY: u32 = 500;
    /// Cost of retrying a non-throttling error (botocore `RetryQuotaChecker._RETRY_COST`).
    pub const RETRY_COST: u32 = 14;
    /// Cost of retrying a throttling error (`_THROTTLING_RETRY_COST`).
    pub const THROTTLING_RETRY_COST: u32 = 5;
    /// Given back when a call succeeds without retries (`_NO_RETRY_INCREMENT`).
    pub const NO_RETRY_INCREMENT: u32 = 1;

    /// A full quota of `capacity`.
    pub fn new(capacity: u32) -> Self {
        RetryQuota {
            max: capacity,
            available: Mutex::new(capacity),
        }
    }

    /// Takes `amount` if available.
    pub fn acquire(&self, amount: u32) -> bool {
        let mut a = self
            .available
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if amount > *a {
            return false;
        }
        *a -= amount;
        true
    }

    /// Gives back `amount`, never exceeding the initial capacity.
    pub fn release(&self, amount: u32) {
        let mut a = self
            .available
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        *a = (*a).saturating_add(amount).min(self.max);
    }

    /// The capacity left.
    pub fn available(&self) -> u32 {
        *self
            .available
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

impl Default for RetryQuota {
    fn default() -> Self {
        Self::new(Self::INITIAL_CAPACITY)
    }
}

/// The CRC32 (IEEE) of `body`.
pub fn crc32(body: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in body {
        crc ^= u32::from(b);
        for _ in 0..8 {
            let mask = (crc & 1).wrapping_neg();
            crc = (crc >> 1) ^ (0xEDB8_8320 & mask);
        }
    }
    !crc
}

/// Whether a response fails DynamoDB's `x-amz-crc32` check: the header is present and is not
/// the CRC32 of the body. A header that is not an integer also counts as a mismatch (botocore
/// would raise `ValueError` there). Fill [`AttemptOutcome::crc32_mismatch`] with this.
pub fn crc32_mismatch(header: Option<&str>, body: &[u8]) -> bool {
    match header {
        None => false,
        Some(h) => h.trim().parse::<u64>().ok() != Some(u64::from(crc32(body))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::retry::TransportErrorKind;

    /// botocore's `_verify_retryable` inputs: (status, error) where the error is an error code
    /// or a transport exception (then there is no HTTP response).
    #[derive(Clone, Copy)]
    enum E {
        None,
        Code(&'static str),
        Conn,
        Client,
    }
    use E::*;

    fn ctx(status: Option<u16>, e: E, model: fn(&str) -> ModeledError) -> AttemptOutcome {
        let mut o = AttemptOutcome {
            status,
            ..AttemptOutcome::default()
        };
        match e {
            E::None => {}
            Code(c) => {
                o.error_code = Some(c.to_owned());
                o.modeled_error = model(c);
            }
            Conn => o.transport = Some(TransportErrorKind::Connect.into()),
            Client => o.transport = Some(TransportErrorKind::Other.into()),
        }
        o
    }

    fn no_model(_: &str) -> ModeledError {
        ModeledError::NotModeled
    }

    /// SERVICE_DESCRIPTION_WITH_RETRIES from test_standard.py, matched by code (shape name or
    /// `error.code`).
    fn test_model(code: &str) -> ModeledError {
        match code {
            "ModeledThrottlingError" => ModeledError::RetryableThrottling,
            "ModeledRetryableError" => ModeledError::Retryable,
            "ErrorCodeRetryable" => ModeledError::RetryableThrottling,
            "NonRetryableError" => ModeledError::NonRetryable,
            _ => ModeledError::NotModeled,
        }
    }

    const THROTTLED: &[(Option<u16>, E, bool)] = &[
        (Some(400), Code("Throttling"), true),
        (Some(400), Code("ThrottlingException"), true),
        (Some(400), Code("ThrottledException"), true),
        (Some(400), Code("RequestThrottledException"), true),
        (Some(400), Code("TooManyRequestsException"), true),
        (
            Some(400),
            Code("ProvisionedThroughputExceededException"),
            true,
        ),
        (Some(400), Code("TransactionInProgressException"), true),
        (Some(503), Code("RequestLimitExceeded"), true),
        (Some(509), Code("BandwidthLimitExceeded"), true),
        (Some(400), Code("LimitExceededException"), true),
        (Some(403), Code("RequestThrottled"), true),
        (Some(503), Code("SlowDown"), true),
        (Some(400), Code("PriorRequestNotComplete"), true),
        (Some(502), Code("EC2ThrottledException"), true),
        (Some(400), Code("NotAThrottlingError"), false),
        (Some(500), Code("InternalServerError"), false),
        (Some(400), None, false),
        (Some(500), None, false),
        (Some(200), None, false),
        (Some(429), None, false),
        (Some(429), Code("NotAThrottlingError"), false),
    ];

    const THROTTLING_STATUS: &[(Option<u16>, E, bool)] = &[
        (Some(429), Code("429"), true),
        (Some(429), None, true),
        (Some(429), Code("NotAThrottlingError"), true),
        (Some(429), Code("ThrottlingException"), true),
        (Some(400), Code("Throttling"), false),
        (Some(400), None, false),
        (Some(500), None, false),
        (Some(503), Code("SlowDown"), false),
        (Option::None, Conn, false),
    ];

    const TRANSIENT: &[(Option<u16>, E, bool)] = &[
        (Some(400), Code("RequestTimeout"), true),
        (Some(400), Code("RequestTimeoutException"), true),
        (Some(400), Code("PriorRequestNotComplete"), true),
        (Some(500), None, true),
        (Some(502), None, true),
        (Some(503), None, true),
        (Some(504), None, true),
        (Some(500), Code("InternalServiceError"), true),
        (Some(502), Code("BadError"), true),
        (Option::None, Conn, true),
        (Option::None, Client, true),
        (Some(200), None, false),
        (Some(400), Code("Throttling"), false),
        (Some(400), None, false),
    ];

    const MODELED: &[(Option<u16>, E, bool)] = &[
        (Some(400), Code("ModeledThrottlingError"), true),
        (Some(400), Code("ModeledRetryableError"), true),
        (Some(400), Code("ErrorCodeRetryable"), true),
        (Some(400), Code("NonRetryableError"), false),
        (Option::None, Conn, false),
    ];

    fn run(
        cases: &[(Option<u16>, E, bool)],
        model: fn(&str) -> ModeledError,
        check: impl Fn(&AttemptOutcome) -> bool,
    ) -> usize {
        for (i, (s, e, want)) in cases.iter().enumerate() {
            assert_eq!(check(&ctx(*s, *e, model)), *want, "case {i}: {s:?}");
        }
        cases.len()
    }

    #[test]
    fn transient_errors_table() {
        assert_eq!(run(TRANSIENT, no_model, is_transient_error), 14);
    }

    #[test]
    fn throttled_errors_table() {
        assert_eq!(run(THROTTLED, no_model, is_throttling_error_code), 21);
    }

    #[test]
    fn throttling_status_codes_table() {
        assert_eq!(run(THROTTLING_STATUS, no_model, is_throttling_status), 9);
    }

    #[test]
    fn throttling_status_checker_skips_modeled_errors() {
        let cases: &[(Option<u16>, E, bool)] = &[
            (Some(429), Code("NonRetryableError"), false),
            (Some(429), Code("ModeledRetryableError"), false),
            (Some(429), Code("ModeledThrottlingError"), false),
            (Some(429), Code("ErrorCodeRetryable"), false),
            (Some(429), Code("NotAModeledError"), true),
            (Some(429), Code("429"), true),
            (Some(429), None, true),
        ];
        run(cases, test_model, is_throttling_status);
    }

    #[test]
    fn modeled_retryable_table() {
        run(MODELED, test_model, is_modeled_retryable);
    }

    #[test]
    fn standard_retry_conditions_all_true_cases() {
        let mut n = 0;
        for table in [TRANSIENT, THROTTLED, THROTTLING_STATUS, MODELED] {
            let yes: Vec<_> = table.iter().copied().filter(|c| c.2).collect();
            n += run(&yes, test_model, |o| is_retryable(o, "my-service"));
        }
        assert_eq!(n, 11 + 14 + 4 + 3);
    }

    #[test]
    fn standard_retry_conditions_with_model_on_429() {
        let cases: &[(Option<u16>, E, bool)] = &[
            (Some(429), Code("NonRetryableError"), false),
            (Some(429), Code("ModeledRetryableError"), true),
            (Some(429), Code("NotAModeledError"), true),
        ];
        run(cases, test_model, |o| is_retryable(o, "my-service"));
    }

    #[test]
    fn throttling_detector() {
        let o =
            |s: Option<u16>, e: E, m: fn(&str) -> ModeledError| is_throttling_error(&ctx(s, e, m));
        assert!(o(Option::None, Code("ThrottledException"), no_model));
        assert!(!o(Option::None, Code("RandomError"), no_model));
        assert!(o(Option::None, Code("ModeledThrottlingError"), test_model));
        assert!(o(Some(429), None, no_model));
        assert!(o(Some(429), Code("RandomError"), no_model));
        assert!(o(Some(429), Code("RandomError"), test_model));
        assert!(!o(Some(429), Code("NonRetryableError"), test_model));
        assert!(!o(Some(429), Code("ModeledRetryableError"), test_model));
        assert!(o(Some(429), Code("ModeledThrottlingError"), test_model));
    }

    #[test]
    fn special_cases() {
        let idp = AttemptOutcome::response(400).with_error_code("IDPCommunicationError");
        assert!(is_special_retryable(&idp, "sts"));
        assert!(!is_special_retryable(&idp, "s3"));
        let other = AttemptOutcome::response(400).with_error_code("NotIDPCommunicationError");
        assert!(!is_special_retryable(&other, "sts"));
        // crc32 of b"foo" is 2356372769 (test_special.py / test_retryhandler.py).
        assert_eq!(crc32(b"foo"), 2356372769);
        assert!(!crc32_mismatch(Option::None, b"foo"));
        assert!(!crc32_mismatch(Some("2356372769"), b"foo"));
        assert!(crc32_mismatch(Some("2356372768"), b"foo"));
        let bad = AttemptOutcome {
            crc32_mismatch: true,
            ..AttemptOutcome::response(200)
        };
        assert!(is_special_retryable(&bad, "dynamodb"));
        assert!(!is_special_retryable(&bad, "s3"));
        assert!(is_retryable(&bad, "dynamodb"));
        assert!(!is_retryable(&AttemptOutcome::response(200), "dynamodb"));
    }

    #[test]
    fn exponential_backoff_range() {
        let got: Vec<f64> = (1..12)
            .map(|i| backoff_seconds(i, NON_THROTTLING_BASE_SCALE, 1.0, Option::None))
            .collect();
        assert_eq!(
            got,
            vec![0.05, 0.1, 0.2, 0.4, 0.8, 1.6, 3.2, 6.4, 12.8, 20.0, 20.0]
        );
        // Absurd attempt numbers stay capped.
        assert_eq!(backoff_seconds(u32::MAX, 1.0, 1.0, Option::None), 20.0);
    }

    #[test]
    fn exponential_backoff_with_jitter_bounds() {
        for _ in 0..1000 {
            let v = backoff_seconds(3, NON_THROTTLING_BASE_SCALE, fastrand::f64(), Option::None);
            assert!((0.0..=0.2).contains(&v));
        }
    }

    #[test]
    fn uniform_rand_distribution_at_cap() {
        // test_uniform_rand_dist_on_max_attempts: attempt 10 spans [0, 20) uniformly.
        let mut hist = [0u32; 20];
        let n = 10_000;
        for _ in 0..n {
            let v = backoff_seconds(10, NON_THROTTLING_BASE_SCALE, fastrand::f64(), Option::None);
            hist[(v as usize).min(19)] += 1;
        }
        let expected = f64::from(n) / 20.0;
        for h in hist {
            assert!(
                (expected * 0.8..=expected * 1.2).contains(&f64::from(h)),
                "{hist:?}"
            );
        }
    }

    #[test]
    fn retry_after_header() {
        // (header, expected delay with random = 1 at attempt 1, non-throttling)
        for (h, want) in [
            ("1500", 1.5),
            ("0", 0.05),
            ("10000", 5.05),
            ("invalid", 0.05),
            ("-100", 0.05),
        ] {
            let d = backoff_seconds(1, NON_THROTTLING_BASE_SCALE, 1.0, parse_retry_after(h));
            assert_eq!(d, want, "{h}");
        }
        assert_eq!(parse_retry_after(" 1_000 "), Some(1.0));
        assert_eq!(parse_retry_after("+2"), Some(0.002));
        assert_eq!(parse_retry_after("-0"), Some(0.0));
        assert_eq!(parse_retry_after(""), Option::None);
        assert_eq!(parse_retry_after("1__0"), Option::None);
        assert_eq!(parse_retry_after("1.5"), Option::None);
        assert_eq!(parse_retry_after(&"9".repeat(400)), Option::None);
    }

    #[test]
    fn quota() {
        // test_quota.py
        let q = RetryQuota::new(50);
        assert!(q.acquire(5));
        assert_eq!(q.available(), 45);
        q.release(5);
        assert_eq!(q.available(), 50);
        assert!(q.acquire(5));
        q.release(10);
        assert_eq!(q.available(), 50);
        q.release(10);
        assert_eq!(q.available(), 50);
        assert!(q.acquire(49));
        assert_eq!(q.available(), 1);
        assert!(!q.acquire(10));
        assert_eq!(q.available(), 1);
    }
}

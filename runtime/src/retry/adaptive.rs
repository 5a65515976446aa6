//! Adaptive mode's client-side rate limiter (botocore `retries/adaptive.py`, `bucket.py`,
//! `throttling.py`).
//!
//! Three parts, shared by every call of one client:
//! - [`TokenBucket`]: one token per attempt, refilled at `max_rate` tokens per second;
//! - [`CubicCalculator`]: the CUBIC congestion-control curve that proposes a new rate after each
//!   response (multiplicative decrease on throttling, cubic growth back otherwise);
//! - [`RateClocker`]: a smoothed measurement of the rate at which the client actually sends.
//!
//! [`ClientRateLimiter`] ties them together exactly like botocore's `ClientRateLimiter`: the bucket
//! is only consulted after the first throttling response, and the bucket's rate never exceeds
//! twice the measured sending rate.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::task::Poll;
use std::time::{Duration, Instant};

use tokio::sync::Notify;

/// A boxed, sendable future returned by [`Clock::sleep`].
pub type SleepFuture = Pin<Box<dyn Future<Output = ()> + Send + 'static>>;

/// The time source of the rate limiter (botocore's `bucket.Clock`).
///
/// Injectable so tests can drive the limiter with a fixed sequence of timestamps.
pub trait Clock: Send + Sync {
    /// The current time in seconds. Only differences (and, for the [`RateClocker`], half-second
    /// buckets) matter, so any fixed origin works.
    fn now(&self) -> f64;
    /// A future that completes after `duration`.
    fn sleep(&self, duration: Duration) -> SleepFuture;
}

/// The default [`Clock`]: monotonic time since the clock was created, sleeping with
/// `tokio::time::sleep` (so it needs a tokio runtime with the time driver enabled).
#[derive(Debug, Clone, Copy)]
pub struct TokioClock {
    origin: Instant,
}

impl TokioClock {
    /// A clock whose zero is now.
    pub fn new() -> Self {
        TokioClock {
            origin: Instant::now(),
        }
    }
}

impl Default for TokioClock {
    fn default() -> Self {
        Self::new()
    }
}

impl Clock for TokioClock {
    fn now(&self) -> f64 {
        self.origin.elapsed().as_secs_f64()
    }

    fn sleep(&self, duration: Duration) -> SleepFuture {
        Box::pin(tokio::time::sleep(duration))
    }
}

/// Seconds (possibly fractional, possibly not finite) to a [`Duration`] without panicking:
/// negative and NaN become zero, too large becomes [`Duration::MAX`].
pub(crate) fn secs_to_duration(secs: f64) -> Duration {
    if secs.is_nan() || secs <= 0.0 {
        return Duration::ZERO;
    }
    Duration::try_from_secs_f64(secs).unwrap_or(Duration::MAX)
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // The guarded state is plain numbers that are always left consistent, so a panic in another
    // thread while holding the lock cannot leave it half-updated in a way that matters.
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

#[derive(Debug)]
struct BucketState {
    fill_rate: f64,
    max_capacity: f64,
    current_capacity: f64,
    last_timestamp: Option<f64>,
    min_rate: f64,
}

impl BucketState {
    fn refill(&mut self, now: f64) {
        let Some(last) = self.last_timestamp else {
            self.last_timestamp = Some(now);
            return;
        };
        let fill_amount = (now - last) * self.fill_rate;
        self.current_capacity = self.max_capacity.min(self.current_capacity + fill_amount);
        self.last_timestamp = Some(now);
    }

    fn set_max_rate(&mut self, now: f64, value: f64) {
        // Tokens earned since the last refill accrue at the old rate.
        self.refill(now);
        self.fill_rate = value.max(self.min_rate);
        self.max_capacity = if value >= 1.0 { value } else { 1.0 };
        self.current_capacity = self.current_capacity.min(self.max_capacity);
    }
}

/// A token bucket that refills continuously at `max_rate` tokens per second (botocore's
/// `bucket.TokenBucket`). Capacity is `max(max_rate, 1)`; the fill rate never drops below the
/// minimum rate (0.5 by default).
pub struct TokenBucket {
    clock: Arc<dyn Clock>,
    state: Mutex<BucketState>,
    rate_changed: Notify,
}

impl fmt::Debug for TokenBucket {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TokenBucket")
            .field("state", &*lock(&self.state))
            .finish()
    }
}

impl TokenBucket {
    /// botocore's `TokenBucket._MIN_RATE`.
    pub const DEFAULT_MIN_RATE: f64 = 0.5;

    /// A bucket starting empty at `max_rate`, with the default minimum rate.
    pub fn new(max_rate: f64, clock: Arc<dyn Clock>) -> Self {
        Self::with_min_rate(max_rate, clock, Self::DEFAULT_MIN_RATE)
    }

    /// A bucket starting empty at `max_rate` whose fill rate never goes below `min_rate`.
    pub fn with_min_rate(max_rate: f64, clock: Arc<dyn Clock>, min_rate: f64) -> Self {
        let bucket = TokenBucket {
            clock,
            state: Mutex::new(BucketState {
                fill_rate: min_rate,
                max_capacity: 1.0,
                current_capacity: 0.0,
                last_timestamp: None,
                min_rate,
            }),
            rate_changed: Notify::new(),
        };
        bucket.set_max_rate(max_rate);
        bucket
    }

    /// The current fill rate (tokens per second).
    pub fn max_rate(&self) -> f64 {
        lock(&self.state).fill_rate
    }

    /// Changes the fill rate (after crediting the tokens earned at the old rate) and wakes
    /// waiters so they recompute how long to wait.
    pub fn set_max_rate(&self, value: f64) {
        let now = self.clock.now();
        lock(&self.state).set_max_rate(now, value);
        self.rate_changed.notify_waiters();
    }

    /// The most tokens the bucket holds.
    pub fn max_capacity(&self) -> f64 {
        lock(&self.state).max_capacity
    }

    /// Tokens currently available (as of the last refill).
    pub fn available_capacity(&self) -> f64 {
        lock(&self.state).current_capacity
    }

    /// Takes `amount` tokens if they are available now; `false` otherwise (botocore raises
    /// `CapacityNotAvailableError` in its non-blocking mode).
    pub fn try_acquire(&self, amount: f64) -> bool {
        let now = self.clock.now();
        let mut st = lock(&self.state);
        st.refill(now);
        if amount <= st.current_capacity {
            st.current_capacity -= amount;
            true
        } else {
            false
        }
    }

    /// Waits until `amount` tokens are available, then takes them. Waiting is re-evaluated
    /// whenever the rate changes.
    pub async fn acquire(&self, amount: f64) {
        loop {
            let (wait, mut notified) = {
                let now = self.clock.now();
                let mut st = lock(&self.state);
                st.refill(now);
                if amount <= st.current_capacity {
                    st.current_capacity -= amount;
                    return;
                }
                let wait = (amount - st.current_capacity) / st.fill_rate;
                // Register for rate-change notifications while still holding the lock, so a
                // change between here and the sleep is not missed.
                let mut notified = Box::pin(self.rate_changed.notified());
                notified.as_mut().enable();
                (wait, notified)
            };
            let mut sleep = self.clock.sleep(secs_to_duration(wait));
            std::future::poll_fn(|cx| {
                if sleep.as_mut().poll(cx).is_ready() || notified.as_mut().poll(cx).is_ready() {
                    Poll::Ready(())
                } else {
                    Poll::Pending
                }
            })
            .await;
        }
    }
}

/// A read-only snapshot of the [`CubicCalculator`]'s parameters (botocore's `CubicParams`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CubicParams {
    /// The rate at the last throttling event.
    pub w_max: f64,
    /// Seconds after the last throttle at which the curve returns to `w_max`.
    pub k: f64,
    /// Time of the last throttling event.
    pub last_fail: f64,
}

/// The CUBIC rate calculator (botocore's `throttling.CubicCalculator`).
#[derive(Debug, Clone)]
pub struct CubicCalculator {
    w_max: f64,
    scale_constant: f64,
    beta: f64,
    k: f64,
    last_fail: f64,
}

impl CubicCalculator {
    /// botocore's `_SCALE_CONSTANT`.
    pub const DEFAULT_SCALE_CONSTANT: f64 = 0.4;
    /// botocore's `_BETA` (multiplicative decrease factor).
    pub const DEFAULT_BETA: f64 = 0.7;

    /// A calculator with botocore's constants.
    pub fn new(starting_max_rate: f64, start_time: f64) -> Self {
        Self::with_params(
            starting_max_rate,
            start_time,
            Self::DEFAULT_SCALE_CONSTANT,
            Self::DEFAULT_BETA,
        )
    }

    /// A calculator with explicit constants.
    pub fn with_params(
        starting_max_rate: f64,
        start_time: f64,
        scale_constant: f64,
        beta: f64,
    ) -> Self {
        let mut c = CubicCalculator {
            w_max: starting_max_rate,
            scale_constant,
            beta,
            k: 0.0,
            last_fail: start_time,
        };
        c.k = c.zero_point();
        c
    }

    fn zero_point(&self) -> f64 {
        let scaled = (self.w_max * (1.0 - self.beta)) / self.scale_constant;
        scaled.powf(1.0 / 3.0)
    }

    /// The rate proposed after a non-throttled response at `timestamp`.
    pub fn success_received(&self, timestamp: f64) -> f64 {
        let dt = timestamp - self.last_fail;
        self.scale_constant * (dt - self.k).powf(3.0) + self.w_max
    }

    /// Records a throttle while sending at `current_rate`; returns the reduced rate.
    pub fn error_received(&mut self, current_rate: f64, timestamp: f64) -> f64 {
        self.w_max = current_rate;
        self.k = self.zero_point();
        self.last_fail = timestamp;
        current_rate * self.beta
    }

    /// The current parameters, for debugging and tests.
    pub fn params(&self) -> CubicParams {
        CubicParams {
            w_max: self.w_max,
            k: self.k,
            last_fail: self.last_fail,
        }
    }
}

/// Measures the client's sending rate in half-second buckets with exponential smoothing
/// (botocore's `adaptive.RateClocker`).
pub struct RateClocker {
    clock: Arc<dyn Clock>,
    state: Mutex<RateState>,
}

#[derive(Debug)]
struct RateState {
    measured_rate: f64,
    last_bucket: f64,
    count: f64,
}

impl fmt::Debug for RateClocker {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RateClocker")
            .field("state", &*lock(&self.state))
            .finish()
    }
}

impl RateClocker {
    const SMOOTHING: f64 = 0.8;
    const TIME_BUCKET_SCALE: f64 = 2.0; // 1 / 0.5 s buckets

    /// A clocker starting at rate 0 at the clock's current (whole) second.
    pub fn new(clock: Arc<dyn Clock>) -> Self {
        let last_bucket = clock.now().floor();
        RateClocker {
            clock,
            state: Mutex::new(RateState {
                measured_rate: 0.0,
                last_bucket,
                count: 0.0,
            }),
        }
    }

    /// Records one request; returns the (possibly updated) measured rate.
    pub fn record(&self) -> f64 {
        let t = self.clock.now();
        let mut st = lock(&self.state);
        let bucket = (t * Self::TIME_BUCKET_SCALE).floor() / Self::TIME_BUCKET_SCALE;
        st.count += 1.0;
        if bucket > st.last_bucket {
            let current_rate = st.count / (bucket - st.last_bucket);
            st.measured_rate =
                current_rate * Self::SMOOTHING + st.measured_rate * (1.0 - Self::SMOOTHING);
            st.count = 0.0;
            st.last_bucket = bucket;
        }
        st.measured_rate
    }

    /// The last measured rate.
    pub fn measured_rate(&self) -> f64 {
        lock(&self.state).measured_rate
    }
}

/// The adaptive-mode client rate limiter (botocore's `adaptive.ClientRateLimiter`).
///
/// Call [`acquire`](Self::acquire) before sending every attempt and
/// [`on_response`](Self::on_response) after every attempt (success, error or transport failure).
pub struct ClientRateLimiter {
    clock: Arc<dyn Clock>,
    bucket: TokenBucket,
    clocker: RateClocker,
    cubic: Mutex<CubicCalculator>,
    enabled: AtomicBool,
}

impl fmt::Debug for ClientRateLimiter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientRateLimiter")
            .field("enabled", &self.enabled.load(Ordering::Relaxed))
            .field("bucket", &self.bucket)
            .field("clocker", &self.clocker)
            .field("cubic", &*lock(&self.cubic))
            .finish()
    }
}

impl ClientRateLimiter {
    /// botocore's `_MAX_RATE_ADJUST_SCALE`: the rate never exceeds twice the measured rate.
    pub const MAX_RATE_ADJUST_SCALE: f64 = 2.0;

    /// A limiter as botocore registers it: CUBIC starting at rate 0, bucket at 1 token/s,
    /// disabled until the first throttling response.
    pub fn new(clock: Arc<dyn Clock>) -> Self {
        let cubic = CubicCalculator::new(0.0, clock.now());
        let bucket = TokenBucket::new(1.0, clock.clone());
        let clocker = RateClocker::new(clock.clone());
        ClientRateLimiter {
            clock,
            bucket,
            clocker,
            cubic: Mutex::new(cubic),
            enabled: AtomicBool::new(false),
        }
    }

    /// Whether a throttling response has been seen (only then does [`acquire`](Self::acquire)
    /// wait).
    pub fn is_enabled(&self) -> bool {
        self.enabled.load(Ordering::Acquire)
    }

    /// The token bucket (for inspection).
    pub fn token_bucket(&self) -> &TokenBucket {
        &self.bucket
    }

    /// The CUBIC parameters (for inspection).
    pub fn cubic_params(&self) -> CubicParams {
        lock(&self.cubic).params()
    }

    /// The measured sending rate (for inspection).
    pub fn measured_rate(&self) -> f64 {
        self.clocker.measured_rate()
    }

    /// Waits for a send token once the limiter is enabled; returns at once otherwise.
    pub async fn acquire(&self) {
        if self.is_enabled() {
            self.bucket.acquire(1.0).await;
        }
    }

    /// Updates the rates after an attempt; `throttled` is the throttling classification of the
    /// attempt (see [`is_throttling_error`](super::is_throttling_error)).
    pub fn on_response(&self, throttled: bool) {
        let measured_rate = self.clocker.record();
        let timestamp = self.clock.now();
        let mut cubic = lock(&self.cubic);
        let new_rate = if !throttled {
            cubic.success_received(timestamp)
        } else {
            let rate_to_use = if self.is_enabled() {
                measured_rate.min(self.bucket.max_rate())
            } else {
                measured_rate
            };
            let r = cubic.error_received(rate_to_use, timestamp);
            self.enabled.store(true, Ordering::Release);
            r
        };
        self.bucket
            .set_max_rate(new_rate.min(Self::MAX_RATE_ADJUST_SCALE * measured_rate));
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::collections::VecDeque;
    use std::task::{Context, Waker};

    /// botocore's test `FakeClock`: every `now()` pops the next timestamp; `sleep` records the
    /// amount and completes at once.
    pub(crate) struct SeqClock {
        times: Mutex<VecDeque<f64>>,
        pub(crate) sleeps: Mutex<Vec<Duration>>,
    }

    impl SeqClock {
        pub(crate) fn new(times: &[f64]) -> Arc<Self> {
            Arc::new(SeqClock {
                times: Mutex::new(times.iter().copied().collect()),
                sleeps: Mutex::new(Vec::new()),
            })
        }
        pub(crate) fn push(&self, times: &[f64]) {
            lock(&self.times).extend(times.iter().copied());
        }
        pub(crate) fn remaining(&self) -> usize {
            lock(&self.times).len()
        }
    }

    impl Clock for SeqClock {
        fn now(&self) -> f64 {
            lock(&self.times)
                .pop_front()
                .expect("test clock ran out of timestamps")
        }
        fn sleep(&self, d: Duration) -> SleepFuture {
            lock(&self.sleeps).push(d);
            Box::pin(async {})
        }
    }

    /// Polls a future that must complete without a real reactor.
    pub(crate) fn block_on<F: Future>(f: F) -> F::Output {
        let mut f = std::pin::pin!(f);
        let mut cx = Context::from_waker(Waker::noop());
        for _ in 0..10_000 {
            if let Poll::Ready(v) = f.as_mut().poll(&mut cx) {
                return v;
            }
        }
        panic!("future did not complete");
    }

    fn approx(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-7
    }

    // ---- test_bucket.py ----

    fn bucket(clock: &Arc<SeqClock>, max_rate: f64, min_rate: f64) -> TokenBucket {
        TokenBucket::with_min_rate(max_rate, clock.clone(), min_rate)
    }

    #[test]
    fn bucket_can_acquire_amount() {
        let clock = SeqClock::new(&[0.0, 1.0, 2.0, 3.0, 4.0, 5.0]);
        let b = bucket(&clock, 10.0, 0.1);
        for _ in 0..5 {
            assert!(b.try_acquire(1.0));
        }
    }

    #[test]
    fn bucket_can_change_max_capacity_lower() {
        let clock = SeqClock::new(&[0.0, 1.0, 2.0, 3.0, 4.0, 5.0]);
        let b = bucket(&clock, 10.0, 0.1);
        for _ in 0..5 {
            assert!(b.try_acquire(1.0));
        }
        clock.push(&[5.0]);
        b.set_max_rate(1.0);
        clock.push(&[6.0, 7.0, 8.0, 9.0, 10.0]);
        for _ in 0..5 {
            assert!(b.try_acquire(1.0));
        }
    }

    #[test]
    fn bucket_max_capacity_is_at_least_one() {
        let clock = SeqClock::new(&[0.0, 1.0]);
        let b = bucket(&clock, 10.0, 0.1);
        b.set_max_rate(0.5);
        assert_eq!(b.max_rate(), 0.5);
        assert_eq!(b.max_capacity(), 1.0);
    }

    #[test]
    fn bucket_acquire_fails_in_non_block_mode() {
        let clock = SeqClock::new(&[0.0, 0.0, 1.0]);
        let b = bucket(&clock, 10.0, 0.1);
        assert!(!b.try_acquire(100.0));
    }

    #[test]
    fn bucket_can_retrieve_at_max_send_rate() {
        let clock = SeqClock::new(&[0.0]);
        let times: Vec<f64> = (0..20).map(|i| 1.0 + 0.1 * f64::from(i)).collect();
        clock.push(&times);
        let b = bucket(&clock, 10.0, 0.1);
        for _ in 0..20 {
            assert!(b.try_acquire(1.0));
        }
    }

    #[test]
    fn bucket_acquiring_blocks_when_capacity_reached() {
        let clock = SeqClock::new(&[0.0]);
        let b = bucket(&clock, 10.0, 0.1);
        clock.push(&[0.1, 0.15, 0.2, 0.300001]);
        assert!(b.try_acquire(1.0));
        assert_eq!(b.available_capacity(), 0.0);
        block_on(b.acquire(1.0));
        assert_eq!(b.available_capacity(), 0.0);
        // It slept for the 0.5 token it lacked at 10 tokens/s.
        let sleeps = lock(&clock.sleeps).clone();
        assert_eq!(sleeps.len(), 1);
        assert!((sleeps[0].as_secs_f64() - 0.05).abs() < 1e-9);
        assert!(b.try_acquire(1.0));
        assert_eq!(clock.remaining(), 0);
    }

    #[test]
    fn bucket_rate_cant_go_below_min() {
        let clock = SeqClock::new(&[0.0, 1.0]);
        let b = bucket(&clock, 1.0, 0.2);
        b.set_max_rate(0.1);
        assert_eq!(b.max_rate(), 0.2);
        assert_eq!(b.max_capacity(), 1.0);
    }

    #[test]
    fn bucket_rate_change_wakes_waiter() {
        // A waiter blocked at a very low rate is woken by a rate increase and re-evaluates.
        let clock: Arc<dyn Clock> = Arc::new(TokioClock::new());
        let b = Arc::new(TokenBucket::with_min_rate(0.001, clock, 0.001));
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .unwrap();
        rt.block_on(async {
            let b2 = b.clone();
            let waiter = tokio::task::spawn(async move { b2.acquire(1.0).await });
            tokio::time::sleep(Duration::from_millis(20)).await;
            b.set_max_rate(1000.0);
            tokio::time::timeout(Duration::from_secs(5), waiter)
                .await
                .unwrap()
                .unwrap();
        });
    }

    // ---- test_throttling.py ----

    fn cubic(starting_max_rate: f64, beta: f64) -> CubicCalculator {
        CubicCalculator::with_params(starting_max_rate, 0.0, 0.4, beta)
    }

    #[test]
    fn cubic_starting_params() {
        assert!(approx(cubic(10.0, 0.7).params().k, 1.9574338205844317));
    }

    #[test]
    fn cubic_success_responses_until_max_hit() {
        let c = cubic(10.0, 0.7);
        let CubicParams { k, w_max, .. } = c.params();
        assert!(c.success_received(k / 3.0) <= w_max);
        assert!(c.success_received(k / 2.0) <= w_max);
        assert!(c.success_received(k / 1.1) <= w_max);
        assert!(approx(c.success_received(k), 10.0));
        assert!(c.success_received(k * 1.1) >= w_max);
        assert!(c.success_received(k * 2.0) >= w_max);
    }

    #[test]
    fn cubic_error_response_decreases_rate_by_beta() {
        let mut c = cubic(10.0, 0.7);
        let new_rate = c.error_received(8.0, 1.0);
        assert!(approx(new_rate, 8.0 * 0.7));
        let p = c.params();
        assert_eq!(p.w_max, 8.0);
        assert!(approx(p.k, 1.8171205928321397));
        assert_eq!(p.last_fail, 1.0);
    }

    #[test]
    fn cubic_t_0_should_match_beta_decrease() {
        let mut c = cubic(10.0, 0.6);
        assert_eq!(c.error_received(10.0, 1.0), 6.0);
        assert!(approx(c.success_received(1.0), 6.0));
    }

    // ---- test_adaptive.py: RateClocker ----

    #[test]
    fn rate_clocker_initial_rate_is_0() {
        let clock = SeqClock::new(&[0.0]);
        assert_eq!(RateClocker::new(clock).measured_rate(), 0.0);
    }

    #[test]
    fn rate_clocker_time_updates_if_after_bucket_range() {
        let clock = SeqClock::new(&[0.0, 1.0]);
        assert_eq!(RateClocker::new(clock).record(), 0.8);
    }

    #[test]
    fn rate_clocker_can_measure_constant_rate() {
        let clock = SeqClock::new(&[0.0]);
        let times: Vec<f64> = (1..21).map(f64::from).collect();
        clock.push(&times);
        let r = RateClocker::new(clock);
        for _ in 0..20 {
            r.record();
        }
        assert!(approx(r.measured_rate(), 1.0));
    }

    #[test]
    fn rate_clocker_uses_smoothing_to_favor_recent_weights() {
        let clock = SeqClock::new(&[0.0, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 14.0]);
        let r = RateClocker::new(clock);
        for _ in 0..7 {
            r.record();
        }
        assert!(r.measured_rate() >= 1.99 && r.measured_rate() <= 2.0);
        r.record();
        assert!(r.measured_rate() >= 0.1 && r.measured_rate() <= 2.0);
    }

    #[test]
    fn rate_clocker_noop_when_delta_t_is_0() {
        let clock = SeqClock::new(&[0.0, 1.0, 1.0, 1.0, 2.0, 3.0]);
        let r = RateClocker::new(clock);
        for _ in 0..5 {
            r.record();
        }
        assert!(r.measured_rate() >= 1.0);
    }

    #[test]
    fn rate_clocker_times_are_grouped_per_time_bucket() {
        let clock = SeqClock::new(&[0.0, 0.1, 0.2, 0.3, 0.4, 0.49]);
        let r = RateClocker::new(clock.clone());
        // Construction consumed 0.0; the five remaining timestamps share the 0..0.5 bucket.
        for _ in 0..5 {
            r.record();
        }
        assert_eq!(r.measured_rate(), 0.0);
        clock.push(&[0.5]);
        r.record();
        // 6 requests over a 0.5 s bucket = 12 TPS, smoothed: 12 * 0.8 + 0 * 0.2.
        assert_eq!(r.measured_rate(), 12.0 * 0.8);
    }

    // ---- test_adaptive.py: ClientRateLimiter (real parts instead of mocks) ----

    #[test]
    fn limiter_does_not_acquire_until_enabled() {
        // Construction reads the clock 3 times (cubic start, bucket, clocker).
        let clock = SeqClock::new(&[0.0, 0.0, 0.0]);
        let l = ClientRateLimiter::new(clock.clone());
        block_on(l.acquire());
        assert_eq!(
            clock.remaining(),
            0,
            "acquire must not touch the bucket while disabled"
        );
        assert!(!l.is_enabled());
    }

    #[test]
    fn limiter_enabled_on_throttling_error() {
        let clock = SeqClock::new(&[0.0, 0.0, 0.0]);
        let l = ClientRateLimiter::new(clock.clone());
        // record(), timestamp, bucket refill
        clock.push(&[1.0, 1.0, 1.0]);
        l.on_response(true);
        assert!(l.is_enabled());
        // measured rate 0.8 (one request in the first second); cubic: 0.8 * 0.7 = 0.56;
        // capped at 2 * 0.8 -> 0.56.
        assert!(approx(l.token_bucket().max_rate(), 0.56));
        assert_eq!(l.cubic_params().w_max, 0.8);
        // Now acquire consults the bucket. The refill at t=1 (at the old 1 token/s) left one
        // token, so the first acquire is immediate; the second finds it empty and waits
        // 1 / 0.56 s for the next token.
        clock.push(&[1.0]);
        block_on(l.acquire());
        assert!(lock(&clock.sleeps).is_empty());
        clock.push(&[1.0, 3.0]);
        block_on(l.acquire());
        let sleeps = lock(&clock.sleeps).clone();
        assert_eq!(sleeps.len(), 1);
        assert!((sleeps[0].as_secs_f64() - 1.0 / 0.56).abs() < 1e-9);
        assert_eq!(clock.remaining(), 0);
    }

    #[test]
    fn limiter_max_rate_cant_exceed_twice_measured_rate() {
        let clock = SeqClock::new(&[0.0, 0.0, 0.0]);
        let l = ClientRateLimiter::new(clock.clone());
        // A success long after start: cubic proposes 0.4 * (100 - 0)^3 = 400000, but the
        // measured rate is 0.8 (one request in the first second after bucket 0), so 1.6.
        clock.push(&[1.0, 100.0, 100.0]);
        l.on_response(false);
        assert!(approx(l.token_bucket().max_rate(), 1.6));
        assert!(!l.is_enabled());
    }
}

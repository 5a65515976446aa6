//! Helpers for the fault-injection tests: clients pointed at a [`kumo_testkit::FaultServer`]
//! with a fixed backoff jitter (so every retry delay is known exactly), and a script wrapper
//! that timestamps each request's arrival on the server side.

#![allow(dead_code)]

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use kumo_runtime::config::{Config, MapEnv, RetryConfig, RetryMode};
use kumo_runtime::credentials::Credentials;
use kumo_runtime::retry::Jitter;
use kumo_testkit::{Behavior, Script};

/// The random factor of every backoff delay in the fault tests. Fixed, so each delay is
/// exact: half of its cap (standard mode: 25 ms, 50 ms, … after a 5xx — 12.5 ms, 25 ms, …
/// for DynamoDB — and 500 ms after throttling; legacy mode's random base: 500 ms).
pub const JITTER: f64 = 0.5;

/// [`JITTER`] as the builder takes it.
pub fn jitter() -> Arc<dyn Jitter> {
    Arc::new(|| JITTER)
}

/// Dummy credentials.
pub fn creds() -> Credentials {
    Credentials::new(
        "AKIDEXAMPLE",
        "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        None,
    )
}

/// An environment with nothing in it (no files or variables from this machine).
pub fn env() -> Arc<MapEnv> {
    Arc::new(empty_env())
}

/// The empty environment, to add variables to.
pub fn empty_env() -> MapEnv {
    MapEnv::new()
        .with("AWS_CONFIG_FILE", "/nonexistent/config")
        .with("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/credentials")
}

/// A configuration pointing at `url`, with short timeouts so a broken test fails fast.
pub fn config(url: &str) -> Config {
    Config::new()
        .region_name("us-east-1")
        .endpoint_url(url.to_string())
        .connect_timeout(Duration::from_secs(2))
        .read_timeout(Duration::from_secs(5))
}

/// `retries` with `total_max_attempts` (all attempts, the first included).
pub fn total(n: u32) -> RetryConfig {
    RetryConfig {
        total_max_attempts: Some(n),
        ..RetryConfig::default()
    }
}

/// `retries` with a mode and `total_max_attempts`.
pub fn mode_total(mode: RetryMode, n: u32) -> RetryConfig {
    RetryConfig {
        mode: Some(mode),
        total_max_attempts: Some(n),
        ..RetryConfig::default()
    }
}

/// Builds a generated client of type `$client` with `$config` (and optionally `$env`), dummy
/// credentials and the fixed [`JITTER`].
#[macro_export]
macro_rules! fault_client {
    ($client:path, $config:expr) => {
        $crate::fault_client!($client, $config, $crate::fault_support::env())
    };
    ($client:path, $config:expr, $env:expr) => {{
        <$client>::builder()
            .env($env)
            .config($config)
            .credentials($crate::fault_support::creds())
            .retry_jitter($crate::fault_support::jitter())
            .build()
            .expect("client")
    }};
}

/// Server-side arrival times of requests (taken when each request's first byte arrives,
/// before the server answers it). The gap between two arrivals is therefore at least the
/// client's backoff between them: the client saw the first answer before it slept, and sent
/// the next request after. Gaps are never an upper bound (a loaded machine stretches them).
#[derive(Clone, Default)]
pub struct Arrivals(Arc<Mutex<Vec<Instant>>>);

impl Arrivals {
    /// The arrival times so far.
    pub fn times(&self) -> Vec<Instant> {
        self.0.lock().map(|g| g.clone()).unwrap_or_default()
    }

    /// The gaps between consecutive arrivals.
    pub fn gaps(&self) -> Vec<Duration> {
        self.times().windows(2).map(|w| w[1] - w[0]).collect()
    }
}

/// A script that gives request `i` the behaviour `f(i)` and records when it arrived.
pub fn timed(f: impl Fn(usize) -> Behavior + Send + Sync + 'static) -> (Script, Arrivals) {
    let arrivals = Arrivals::default();
    let a = arrivals.clone();
    let script = Script::func(move |i| {
        if let Ok(mut g) = a.0.lock() {
            g.push(Instant::now());
        }
        f(i)
    });
    (script, arrivals)
}

/// A timed script from a fixed sequence (the last element repeats).
pub fn timed_seq(seq: Vec<Behavior>) -> (Script, Arrivals) {
    timed(move |i| {
        seq.get(i)
            .or_else(|| seq.last())
            .cloned()
            .unwrap_or_else(|| Behavior::respond(200, ""))
    })
}

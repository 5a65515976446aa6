//! Conformance suites: botocore's own test data, vendored under `models/tests/`, run
//! against Kumo. Each suite returns a [`SuiteResult`]; `cargo xtask conformance` prints
//! them all and writes `target/conformance.json`, and the tests in `tests/` fail when
//! a case that is not listed as skipped fails.

use std::path::PathBuf;

pub mod cbor;
pub mod endpoints;
pub mod params;
pub mod protocols;
pub mod sigv4;

/// The outcome of one suite.
#[derive(Debug, Default)]
pub struct SuiteResult {
    /// Suite name, e.g. `sigv4`, `protocols-input`.
    pub name: String,
    /// Cases that passed.
    pub passed: usize,
    /// Failed cases: id and what differed.
    pub failures: Vec<(String, String)>,
    /// Skipped cases: id and why.
    pub skipped: Vec<(String, String)>,
}

impl SuiteResult {
    /// An empty result for suite `name`.
    pub fn new(name: &str) -> SuiteResult {
        SuiteResult {
            name: name.to_string(),
            ..Default::default()
        }
    }
    /// Records one case: `Ok` passes, `Err` fails with a reason.
    pub fn record(&mut self, id: impl Into<String>, outcome: Result<(), String>) {
        match outcome {
            Ok(()) => self.passed += 1,
            Err(why) => self.failures.push((id.into(), why)),
        }
    }
    /// Records a skipped case with its reason.
    pub fn skip(&mut self, id: impl Into<String>, why: impl Into<String>) {
        self.skipped.push((id.into(), why.into()));
    }
}

/// The repository's `models/` directory.
pub fn models_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../models")
}

/// A suite's entry point.
pub type SuiteFn = fn() -> SuiteResult;

/// Every suite, by name, in the order they are reported.
pub fn suites() -> Vec<(&'static str, SuiteFn)> {
    vec![
        ("protocols-input", protocols::input),
        ("protocols-output", protocols::output),
        ("protocols-legacy-input", protocols::legacy_input),
        ("protocols-legacy-output", protocols::legacy_output),
        ("cbor-decode", cbor::run),
        ("sigv4", sigv4::run),
        ("endpoints", endpoints::endpoints),
        ("endpoints-unit", endpoints::endpoints_unit),
    ]
}

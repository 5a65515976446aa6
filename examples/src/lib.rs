//! Runnable programs for what boto3 users do first, one binary each under `src/bin/`.
//!
//! Each reads its configuration the way `boto3.client(...)` does — `AWS_ENDPOINT_URL`,
//! `AWS_DEFAULT_REGION`, the access key variables, the shared profile files — and exits
//! non-zero when something fails. `tests/run_examples.rs` runs every one against moto:
//!
//! ```text
//! AWS_ENDPOINT_URL=http://127.0.0.1:5000 AWS_DEFAULT_REGION=us-east-1 \
//! AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing \
//!     cargo run -p kumo-examples --bin list_buckets
//! ```

/// The error type the examples' `main` functions return: any error, printed on exit.
pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

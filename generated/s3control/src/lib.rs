//! Kumo client for AWS S3 Control (`kumo-s3control`).
//!
//! Amazon Web Services S3 Control provides access to Amazon S3 control plane actions.
#[rustfmt::skip]
mod client;
#[rustfmt::skip]
pub mod error;
#[doc(hidden)]
#[rustfmt::skip]
pub mod schemas;
#[rustfmt::skip]
pub mod types;
pub use client::Client;
pub use kumo_runtime::Error;

//! Kumo client for AWS S3 Control (`kumo-s3control`).
//!
//! Amazon Web Services S3 Control provides access to Amazon S3 control plane actions.
//!
//! # Example
//!
//! ```no_run
//! # async fn example() -> Result<(), Box<dyn std::error::Error>> {
//! let client = kumo_s3control::Client::new()?;
//! let input = kumo_s3control::types::GetPublicAccessBlockInput {
//!     account_id: "example".into(),
//! };
//! match client.get_public_access_block(input).await {
//!     Ok(output) => println!("{output:?}"),
//!     Err(e) if e.code() == Some("NoSuchPublicAccessBlockConfiguration") => {
//!         println!("NoSuchPublicAccessBlockConfiguration: {}", e.message().unwrap_or_default())
//!     }
//!     Err(e) => return Err(e.into()),
//! }
//! # Ok(())
//! # }
//! ```
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

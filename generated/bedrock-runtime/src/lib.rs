//! Kumo client for Amazon Bedrock Runtime (`kumo-bedrock-runtime`).
//!
//! Describes the API operations for running inference using Amazon Bedrock models.
//!
//! # Example
//!
//! ```no_run
//! # async fn example() -> Result<(), Box<dyn std::error::Error>> {
//! let client = kumo_bedrock_runtime::Client::new()?;
//! let input = kumo_bedrock_runtime::types::ConverseInput {
//!     model_id: "example".into(),
//!     ..Default::default()
//! };
//! match client.converse(input).await {
//!     Ok(output) => println!("{output:?}"),
//!     Err(e) if e.code() == Some("ResourceNotFoundException") => {
//!         println!("ResourceNotFoundException: {}", e.message().unwrap_or_default())
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

//! Kumo client for Amazon EventBridgeV2 (`kumo-eventbridgev2`).
//!
//! Amazon EventBridge event bus API. An event bus receives events published by your applications and AWS services, stores them for a configurable retention period, and delivers them to subscribers. A subscriber filters events, optionally transforms them, and invokes a target such as Lambda, SQS, SNS, Kinesis, Step Functions, or an HTTP endpoint. The API manages event buses, subscribers, event sources, resource policies, and tags, and publishes events through PutEvents and PutRawEvents.
//!
//! # Example
//!
//! ```no_run
//! # async fn example() -> Result<(), Box<dyn std::error::Error>> {
//! let client = kumo_eventbridgev2::Client::new()?;
//! let input = kumo_eventbridgev2::types::ListEventSourcesInput::default();
//! match client.list_event_sources(input).await {
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

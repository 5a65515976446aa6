//! Kumo client for AWS RDS DataService (`kumo-rds-data`).
//!
//! RDS Data API
//!
//! Amazon RDS provides an HTTP endpoint to run SQL statements on an Amazon Aurora DB cluster. To run these statements, you use the RDS Data API (Data API).
//!
//! Data API is available with the following types of Aurora databases:
//!
//! - Aurora PostgreSQL - Serverless and provisioned
//!
//! - Aurora MySQL - Serverless and provisioned
//!
//! For more information about the Data API, see [Using RDS Data API](https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/data-api.html) in the *Amazon Aurora User Guide*.
//!
//! # Example
//!
//! ```no_run
//! # async fn example() -> Result<(), Box<dyn std::error::Error>> {
//! let client = kumo_rds_data::Client::new()?;
//! let input = kumo_rds_data::types::BeginTransactionInput {
//!     resource_arn: "example".into(),
//!     secret_arn: "example".into(),
//!     ..Default::default()
//! };
//! match client.begin_transaction(input).await {
//!     Ok(output) => println!("{output:?}"),
//!     Err(e) if e.code() == Some("TransactionNotFoundException") => {
//!         println!("TransactionNotFoundException: {}", e.message().unwrap_or_default())
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

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

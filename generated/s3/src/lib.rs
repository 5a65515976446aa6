//! Kumo client for Amazon Simple Storage Service (`kumo-s3`).
//!
//! For information about using the Amazon S3 API—including authentication, signing requests, code examples, and error handling—see the [Amazon S3 Developer Guide](https://docs.aws.amazon.com/AmazonS3/latest/developerguide/Welcome.html).
//!
//! Welcome to the *Amazon S3 API Reference*. This guide explains the Amazon Simple Storage Service (Amazon S3) application programming interface (API).
//!
//! Welcome to the *Amazon S3 API Reference*. This guide explains the Amazon Simple Storage Service (Amazon S3) application programming interface (API).
//!
//! You can use any toolkit that supports HTTP to use the REST API. You can even use a browser to fetch objects, as long as they are anonymously readable.
//!
//! The REST API uses the standard HTTP headers and status codes, so that standard browsers and toolkits work as expected. In some areas, we have added functionality to HTTP (for example, we added headers to support access control). In these cases, we have done our best to add the new functionality in a way that matched the style of standard HTTP usage.
//!
//! The current version of the Amazon S3 API is `2006-03-01`.
//!
//! Amazon S3 supports the REST API.
//!
//! As announced on May 5, 2025, SOAP API support is discontinued. Requests that use the SOAP API return an HTTP `400 Bad Request` error. Use this REST API or the Amazon Web Services SDKs instead.
//!
//! # Example
//!
//! ```no_run
//! # async fn example() -> Result<(), Box<dyn std::error::Error>> {
//! let client = kumo_s3::Client::new()?;
//! let input = kumo_s3::types::HeadBucketInput {
//!     bucket: "example".into(),
//!     ..Default::default()
//! };
//! match client.head_bucket(input).await {
//!     Ok(output) => println!("{output:?}"),
//!     Err(e) if e.code() == Some("NoSuchBucket") => {
//!         println!("NoSuchBucket: {}", e.message().unwrap_or_default())
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

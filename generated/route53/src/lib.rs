//! Kumo client for Amazon Route 53 (`kumo-route53`).
//!
//! Amazon Route 53 is a highly available and scalable Domain Name System (DNS) web service.
//!
//! You can use Route 53 to:
//!
//! - Register domain names.
//!
//! For more information, see [How domain registration works](https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/welcome-domain-registration.html).
//!
//! - Route internet traffic to the resources for your domain
//!
//! For more information, see [How internet traffic is routed to your website or web application](https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/welcome-dns-service.html).
//!
//! - Check the health of your resources.
//!
//! For more information, see [How Route 53 checks the health of your resources](https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/welcome-health-checks.html).
//!
//! # Example
//!
//! ```no_run
//! # async fn example() -> Result<(), Box<dyn std::error::Error>> {
//! let client = kumo_route53::Client::new()?;
//! let input = kumo_route53::types::GetGeoLocationInput::default();
//! match client.get_geo_location(input).await {
//!     Ok(output) => println!("{output:?}"),
//!     Err(e) if e.code() == Some("NoSuchGeoLocation") => {
//!         println!("NoSuchGeoLocation: {}", e.message().unwrap_or_default())
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

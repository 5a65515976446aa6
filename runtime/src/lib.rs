//! `kumo-runtime`: everything a generated Kumo client needs that is not specific to one service.
//!
//! Generated crates hold only types and static [`schema`]s; the engines here walk them.
//! A call flows through these modules, in order (see `ARCHITECTURE.md`):
//! [`client`] (the pipeline: start with its module docs) → [`validate`] →
//! [`protocol`] (serialize) → [`endpoint`] (resolve) → [`auth`] (sign, with
//! [`credentials`]) → [`http`] (send) → [`retry`] (decide) → [`protocol`] (parse).
//! What botocore does for particular services lives in [`customizations`].
//!
//! # A call, end to end
//!
//! What a generated crate holds — a schema per shape, an [`operation::Operation`] per
//! operation, one [`operation::Service`] — and a call through the pipeline, with a
//! [`DynStruct`](dynamic::DynStruct) as input and a
//! [`CaptureClient`](http::test_util::CaptureClient) instead of the network:
//!
//! ```
//! use std::sync::Arc;
//!
//! use kumo_runtime::client::Handle;
//! use kumo_runtime::config::{Config, MapEnv};
//! use kumo_runtime::credentials::Credentials;
//! use kumo_runtime::data::{Reflect, Scalar, Struct, View};
//! use kumo_runtime::dynamic::DynStruct;
//! use kumo_runtime::http::test_util::{CannedResponse, CaptureClient};
//! use kumo_runtime::operation::{AuthScheme, Operation, Protocol, Service};
//! use kumo_runtime::schema::{prelude, Member, Schema};
//!
//! // A generated crate's statics (a JSON 1.0 service with one operation).
//! static INPUT: Schema = Schema::structure(
//!     "GetItemInput",
//!     &[Member::new("TableName", &prelude::STRING).required()],
//! );
//! static OUTPUT: Schema =
//!     Schema::structure("GetItemOutput", &[Member::new("Count", &prelude::INTEGER)]);
//! static GET_ITEM: Operation = Operation::new("GetItem", "POST", "/", &INPUT, &OUTPUT);
//! static SERVICE: Service = Service {
//!     service_id: "Example",
//!     endpoint_prefix: "example",
//!     signing_name: "example",
//!     json_version: Some("1.0"),
//!     target_prefix: Some("Example_20240101"),
//!     // no rule set: https://{endpointPrefix}.{region}.amazonaws.com
//!     ..Service::new("example", "2024-01-01", Protocol::Json)
//! };
//!
//! # tokio::runtime::Builder::new_current_thread().enable_all().build()?.block_on(async {
//! let http = Arc::new(CaptureClient::new([CannedResponse::ok(r#"{"Count": 3}"#)]));
//! let handle = Handle::builder(&SERVICE)
//!     .env(Arc::new(MapEnv::new())) // no environment variables, no profile files
//!     .config(Config::new().region_name("eu-west-1"))
//!     .credentials(Credentials::new("AKIDEXAMPLE", "example-secret", None))
//!     .http_client(http.clone())
//!     .build()?;
//!
//! let mut input = DynStruct::new(&INPUT);
//! input.field_mut(0).ok_or("no member 0")?.assign(Scalar::Str("books".into()))?;
//! let output = handle.invoke_dynamic(&GET_ITEM, &mut input).await?;
//! assert!(matches!(output.member("Count").map(|c| c.view()), Some(View::Int(3))));
//!
//! // What went on the wire: JSON 1.0 headers and body, signed with SigV4.
//! let sent = &http.requests()[0];
//! assert_eq!(sent.uri, "https://example.eu-west-1.amazonaws.com/");
//! assert_eq!(sent.header("x-amz-target"), Some("Example_20240101.GetItem"));
//! assert_eq!(sent.body_str(), r#"{"TableName":"books"}"#);
//! let auth = sent.header("authorization").ok_or("unsigned")?;
//! assert!(auth.starts_with("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/"));
//! assert!(auth.contains("/eu-west-1/example/aws4_request"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! # })?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

#![warn(missing_docs)]

pub mod auth;
pub mod body;
pub mod client;
pub mod compress;
pub mod config;
pub mod credentials;
pub mod customizations;
pub mod data;
pub mod debug;
pub mod dynamic;
pub mod endpoint;
pub mod error;
pub mod events;
pub mod eventstream;
pub mod http;
pub mod jmespath;
mod macros;
pub mod meta;
pub mod operation;
pub mod paginate;
pub mod protocol;
pub mod retry;
pub mod schema;
pub mod types;
pub mod validate;
pub mod waiter;

pub use body::Body;
pub use error::{Error, SdkError, SdkErrorKind, ServiceError};
pub use events::EventStream;
/// The map type of generated shapes: keeps insertion order, like a Python dict.
pub use indexmap::IndexMap;
pub use meta::{ErrorMeta, NoOutput, ResponseMeta};
pub use types::{DateTime, Document, Unit};

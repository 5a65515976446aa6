//! `kumo-runtime`: everything a generated Kumo client needs that is not specific to one service.
//!
//! A call flows through these modules, in order (see `ARCHITECTURE.md`):
//! [`client`] (the pipeline) → [`protocol`] (serialize) → [`endpoint`] (resolve) →
//! [`auth`] (sign) → [`http`] (send) → [`retry`] (decide) → [`protocol`] (parse).
//! Generated crates hold only types and static [`schema`]s; the engines here walk them.

#![warn(missing_docs)]

pub mod auth;
pub mod body;
pub mod client;
pub mod compress;
pub mod config;
pub mod credentials;
pub mod data;
pub mod debug;
pub mod dynamic;
pub mod endpoint;
pub mod error;
pub mod eventstream;
pub mod http;
mod macros;
pub mod operation;
pub mod paginate;
pub mod path;
pub mod protocol;
pub mod retry;
pub mod schema;
pub mod types;
pub mod validate;
pub mod waiter;

pub use body::Body;
pub use error::{Error, ErrorMeta, SdkError, SdkErrorKind, ServiceError};
/// The map type of generated shapes: keeps insertion order, like a Python dict.
pub use indexmap::IndexMap;
pub use types::{DateTime, Document, Unit};

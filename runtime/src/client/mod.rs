//! The request pipeline: validate → serialize → resolve endpoint → per attempt (sign →
//! send → read) → retry decision → parse the output or the typed error.
//!
//! A generated `Client` holds a [`Handle`]; each operation method is one call to
//! [`Handle::invoke`] with the operation's static metadata. Everything here is written
//! once, for every service; it calls the lower modules ([`crate::validate`],
//! [`crate::protocol`], [`crate::endpoint`], [`crate::auth`], [`crate::http`],
//! [`crate::retry`]) and the [`crate::customizations`] that botocore applies to
//! particular services.
//!
//! # Reading order
//!
//! Follow a call through the files in this order:
//!
//! 1. `builder.rs` — [`Builder`]: configuration, HTTP client, credential chain, retry
//!    strategy and rule set wired into a [`Handle`] (or a service's `Client`, see
//!    [`FromHandle`]).
//! 2. `invoke.rs` — the public entry points ([`Handle::invoke`],
//!    [`Handle::invoke_with_meta`], [`Handle::invoke_dynamic`]), the operation timeout,
//!    and turning a raw failure into the typed [`Error`](crate::Error).
//! 3. `attempts.rs` — one call: validate, serialize, resolve the endpoint, prepare the
//!    request, then the attempt loop (retries, clock-skew correction, streamed bodies).
//! 4. `endpoint_params.rs` — the rule set's parameters from config, the operation and
//!    the input, and the resolution.
//! 5. `prepare.rs` — the request's absolute URI, host prefix, endpoint and fixed
//!    headers, flexible checksums and request compression.
//! 6. `signing.rs` — SigV4 / bearer / no auth per attempt, the signing target, credentials.
//! 7. `response.rs` — reading one response: stream or bytes, success or error,
//!    what the retry strategy is told about it; `event_stream.rs` — a successful
//!    response whose output is an event stream (initial response, then the body handed
//!    to the output's `EventStream`).
//! 8. `presign.rs` — presigned URLs (the same steps, signed into the query instead).
//!
//! `credential_calls.rs` is the pipeline's side of the credential providers: the STS
//! and SSO calls they make, as [`Handle`] calls ([`ClientCallers`]).

mod attempts;
mod builder;
mod credential_calls;
mod endpoint_params;
mod event_stream;
mod invoke;
mod prepare;
mod presign;
mod response;
mod signing;
#[cfg(test)]
mod tests;

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;

use crate::auth::sigv4::ClockSkew;
use crate::config::{ClientConfig, SharedConfig};
use crate::credentials::ProvideCredentials;
use crate::endpoint::RuleSet;
use crate::error::{SdkError, SdkErrorKind};
use crate::http::HttpClient;
use crate::meta::ErrorMeta;
use crate::operation::Service;
use crate::retry::RetryStrategy;

/// Lives in [`crate::meta`]; generated code still names it here.
pub use builder::{Builder, FromHandle, DEFAULT_MAX_RESPONSE_BODY_SIZE};
pub use credential_calls::{default_chain_with_clients, ClientCallers};

/// The shared state of a client: its service, configuration, credentials and connections.
/// Cloning is cheap (one `Arc`).
#[derive(Clone)]
pub struct Handle {
    inner: Arc<Inner>,
}

struct Inner {
    service: &'static Service,
    shared: SharedConfig,
    config: ClientConfig,
    http: Arc<dyn HttpClient>,
    credentials: Arc<dyn ProvideCredentials>,
    retry: RetryStrategy,
    rules: Option<RuleSet>,
    skew: ClockSkew,
    user_agent: String,
    operation_timeout: Option<Duration>,
    token: Option<crate::auth::bearer::Token>,
    /// [`Builder::max_response_body_size`].
    max_response_body: u64,
    /// Built-in endpoint parameters that replace the computed ones (`Builder::endpoint_builtins`).
    endpoint_builtins: Option<crate::endpoint::Params>,
}

impl fmt::Debug for Handle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Handle")
            .field("service", &self.inner.service.name)
            .field("region", &self.inner.config.region)
            .field("endpoint_url", &self.inner.config.endpoint_url)
            .finish_non_exhaustive()
    }
}

impl Handle {
    /// The service this handle calls.
    pub fn service(&self) -> &'static Service {
        self.inner.service
    }

    /// The resolved configuration.
    pub fn config(&self) -> &ClientConfig {
        &self.inner.config
    }

    /// The loaded configuration files and environment.
    pub fn shared_config(&self) -> &SharedConfig {
        &self.inner.shared
    }
}

/// A service error response, before it is typed.
struct ServiceFailure {
    meta: ErrorMeta,
    index: Option<usize>,
    head: http::response::Parts,
    body: Bytes,
}

/// A failed call before typing: a service error response or a local failure.
enum RawError {
    Service(Box<ServiceFailure>),
    Sdk(SdkError),
}

impl From<SdkError> for RawError {
    fn from(e: SdkError) -> Self {
        RawError::Sdk(e)
    }
}

fn sdk(kind: SdkErrorKind, msg: impl Into<String>) -> SdkError {
    SdkError::new(kind, msg)
}

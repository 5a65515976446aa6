//! The HTTP seam: the client trait, the hyper/rustls client and request/response types.
//!
//! Everything above this module talks to an [`HttpClient`]: a signed [`HttpRequest`] goes
//! in, an [`HttpResponse`] with a (possibly streamed) [`Body`] comes out, or an
//! [`HttpError`] saying what failed and whether the request may have reached the server.
//! [`HyperClient`] is the real implementation; [`test_util::CaptureClient`] is the
//! canned one for tests.

mod client;
mod connector;
mod error;
mod settings;
pub mod test_util;
mod tls;

#[cfg(test)]
mod tests;

use std::future::Future;
use std::pin::Pin;

use crate::body::Body;

pub use client::HyperClient;
pub use error::{HttpError, HttpErrorKind};
pub(crate) use settings::redact_userinfo;
pub use settings::{ClientCert, HttpSettings, Proxies, ProxiesConfig};

/// A request as the HTTP client sends it: absolute URI (`https://host/path?query`), signed headers, body.
pub type HttpRequest = http::Request<Body>;

/// A response as the HTTP client returns it; the body may still be streaming.
pub type HttpResponse = http::Response<Body>;

/// A boxed, sendable future (what [`HttpClient::send`] returns).
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Sends HTTP requests. Implementations must not buffer streamed bodies, and must
/// return the response as soon as its headers arrive.
pub trait HttpClient: Send + Sync + std::fmt::Debug {
    /// Sends `req` and returns the response once its headers are in. A status of 4xx or
    /// 5xx is a response, not an error; errors are failures to get any response.
    fn send(&self, req: HttpRequest) -> BoxFuture<'_, Result<HttpResponse, HttpError>>;
}

impl<T: HttpClient + ?Sized> HttpClient for std::sync::Arc<T> {
    fn send(&self, req: HttpRequest) -> BoxFuture<'_, Result<HttpResponse, HttpError>> {
        (**self).send(req)
    }
}

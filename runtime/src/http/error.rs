//! [`HttpError`]: why an HTTP exchange failed, and whether the request may have reached the server.

use std::fmt;
use std::sync::Arc;

use crate::error::{SdkError, SdkErrorKind};

/// The class of an [`HttpError`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HttpErrorKind {
    /// The TCP connection could not be opened (refused, unreachable, DNS failure).
    Connect,
    /// Opening the connection (TCP, proxy tunnel and TLS handshake) took longer than `connect_timeout`.
    ConnectTimeout,
    /// No response headers, or no next body chunk, arrived within `read_timeout`.
    ReadTimeout,
    /// The connection broke or the peer violated HTTP after the request started to go out.
    Io,
    /// The TLS handshake failed (certificate not trusted, wrong host name, protocol error).
    Tls,
    /// The proxy could not be used (it refused the `CONNECT` tunnel, or answered garbage).
    Proxy,
    /// The request cannot be sent as it is (no scheme or host, unsupported scheme).
    InvalidRequest,
    /// The HTTP settings are unusable (unreadable CA bundle or client certificate, bad proxy URL).
    Config,
}

impl HttpErrorKind {
    /// Whether a request that failed this way may have been (partly) received by the server.
    ///
    /// `false` means the failure happened before any request byte was written, so
    /// resending is safe even for non-idempotent operations.
    pub fn may_have_been_sent(self) -> bool {
        matches!(self, HttpErrorKind::ReadTimeout | HttpErrorKind::Io)
    }
}

/// An HTTP exchange failed.
///
/// `Display` gives the context ("connecting to example.com:443") followed by the cause;
/// [`std::error::Error::source`] gives the cause itself. Messages hold host and port only,
/// never a query string, header or proxy password.
///
/// A response body error from [`super::HyperClient`] is a boxed `HttpError`:
/// `err.downcast_ref::<HttpError>()` recovers it (for example to see a
/// [`HttpErrorKind::ReadTimeout`]).
#[derive(Clone)]
pub struct HttpError {
    kind: HttpErrorKind,
    message: String,
    source: Option<Arc<dyn std::error::Error + Send + Sync>>,
    sent: bool,
}

impl HttpError {
    /// A new error; whether the request may have been sent defaults to
    /// [`HttpErrorKind::may_have_been_sent`].
    pub fn new(kind: HttpErrorKind, message: impl Into<String>) -> HttpError {
        HttpError {
            kind,
            message: message.into(),
            source: None,
            sent: kind.may_have_been_sent(),
        }
    }

    /// Attaches the underlying cause.
    pub fn with_source(
        mut self,
        source: impl Into<Box<dyn std::error::Error + Send + Sync>>,
    ) -> HttpError {
        self.source = Some(Arc::from(source.into()));
        self
    }

    /// Overrides whether the request may have been sent.
    pub fn with_sent(mut self, sent: bool) -> HttpError {
        self.sent = sent;
        self
    }

    /// The class of failure.
    pub fn kind(&self) -> HttpErrorKind {
        self.kind
    }

    /// The context message, without the cause.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// Whether the server may have received (part of) the request. When `false`, a
    /// retry cannot duplicate a side effect.
    pub fn may_have_been_sent(&self) -> bool {
        self.sent
    }

    /// Whether this is a timeout (connect or read).
    pub fn is_timeout(&self) -> bool {
        matches!(
            self.kind,
            HttpErrorKind::ConnectTimeout | HttpErrorKind::ReadTimeout
        )
    }

    /// Finds an `HttpError` in an error's source chain (the error itself included).
    pub fn find_in<'a>(err: &'a (dyn std::error::Error + 'static)) -> Option<&'a HttpError> {
        let mut cur: Option<&'a (dyn std::error::Error + 'static)> = Some(err);
        while let Some(e) = cur {
            if let Some(h) = e.downcast_ref::<HttpError>() {
                return Some(h);
            }
            cur = e.source();
        }
        None
    }
}

impl fmt::Debug for HttpError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_struct("HttpError");
        d.field("kind", &self.kind).field("message", &self.message);
        if let Some(s) = &self.source {
            d.field("source", &format_args!("{s}"));
        }
        d.field("may_have_been_sent", &self.sent).finish()
    }
}

impl fmt::Display for HttpError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)?;
        if let Some(s) = &self.source {
            write!(f, ": {s}")?;
        }
        Ok(())
    }
}

impl std::error::Error for HttpError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}

impl From<HttpError> for SdkError {
    /// Maps to the [`SdkErrorKind`] botocore would raise: `EndpointConnectionError`,
    /// `ConnectTimeoutError`, `ReadTimeoutError`, `ConnectionClosedError`, … The
    /// `HttpError` stays reachable as the source.
    fn from(e: HttpError) -> SdkError {
        let (kind, message) = match e.kind {
            HttpErrorKind::Connect => (SdkErrorKind::Connect, "could not connect to the endpoint"),
            HttpErrorKind::Tls => (SdkErrorKind::Connect, "TLS handshake failed"),
            HttpErrorKind::Proxy => (SdkErrorKind::Connect, "could not connect through the proxy"),
            HttpErrorKind::ConnectTimeout => (SdkErrorKind::ConnectTimeout, "connect timeout"),
            HttpErrorKind::ReadTimeout => (SdkErrorKind::ReadTimeout, "read timeout"),
            HttpErrorKind::Io => (SdkErrorKind::Io, "the HTTP exchange failed"),
            HttpErrorKind::InvalidRequest => {
                (SdkErrorKind::Serialization, "the request cannot be sent")
            }
            HttpErrorKind::Config => (SdkErrorKind::Config, "invalid HTTP settings"),
        };
        SdkError::new(kind, message).with_source(e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_source_and_conversion() {
        let io = std::io::Error::new(std::io::ErrorKind::ConnectionRefused, "refused");
        let e = HttpError::new(HttpErrorKind::Connect, "connecting to localhost:1").with_source(io);
        assert_eq!(e.to_string(), "connecting to localhost:1: refused");
        assert!(!e.may_have_been_sent());
        assert!(std::error::Error::source(&e).is_some());
        let sdk: SdkError = e.clone().into();
        assert_eq!(sdk.kind(), SdkErrorKind::Connect);
        let found = HttpError::find_in(&sdk).map(HttpError::kind);
        assert_eq!(found, Some(HttpErrorKind::Connect));
        let rt: SdkError = HttpError::new(HttpErrorKind::ReadTimeout, "x").into();
        assert_eq!(rt.kind(), SdkErrorKind::ReadTimeout);
        assert!(HttpError::new(HttpErrorKind::Io, "x").may_have_been_sent());
        assert!(!HttpError::new(HttpErrorKind::Io, "x")
            .with_sent(false)
            .may_have_been_sent());
    }
}

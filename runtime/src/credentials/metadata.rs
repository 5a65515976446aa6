//! One request to a metadata service (container credentials, IMDS) through the
//! [`HttpClient`] seam: `http://` URLs only, one request per connection
//! (`Connection: close`), the whole call — connecting, sending, reading the body —
//! within a timeout, bodies capped at 1 MiB. Anything malformed is a typed error.
//!
//! The client is [`ProviderContext::http`](super::ProviderContext::http): the default
//! chain's own small client (not the pool of the client that needs the credentials), or
//! whatever a test plugs in (a capture client, a fault server's client).

use std::sync::{Arc, OnceLock};
use std::time::Duration;

use http::header::{HeaderName, HeaderValue};

use crate::body::Body;
use crate::http::{
    BoxFuture, HttpClient, HttpError, HttpErrorKind, HttpRequest, HttpResponse, HttpSettings,
    HyperClient,
};

const MAX_RESPONSE: usize = 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum FetchError {
    /// The URL is not `http://host[:port]/path`, or a header value is not valid.
    InvalidUrl(String),
    /// The connection failed, or the client could not send the request.
    Connect(String),
    /// The whole call took longer than the timeout.
    Timeout,
    /// The response is too large or its body could not be read.
    Malformed(&'static str),
}

impl std::fmt::Display for FetchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FetchError::InvalidUrl(u) => {
                write!(f, "unsupported URL {u:?} (only http://host[:port]/path)")
            }
            FetchError::Connect(e) => write!(f, "connection failed: {e}"),
            FetchError::Timeout => write!(f, "timed out"),
            FetchError::Malformed(what) => write!(f, "malformed HTTP response: {what}"),
        }
    }
}

/// A metadata response: status and the whole body.
#[derive(Debug)]
pub(crate) struct MetadataResponse {
    pub status: u16,
    pub body: Vec<u8>,
}

/// `http://host[:port]/path` → (host for connecting, port, Host header, path).
pub(crate) fn split_url(url: &str) -> Result<(String, u16, String, String), FetchError> {
    let bad = || FetchError::InvalidUrl(url.to_string());
    let rest = url.strip_prefix("http://").ok_or_else(bad)?;
    let (authority, path) = match rest.find(['/', '?']) {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, "/"),
    };
    let path = if path.starts_with('?') {
        format!("/{path}")
    } else {
        path.to_string()
    };
    if authority.is_empty() || authority.contains('@') {
        return Err(bad());
    }
    let (host, port) = if let Some(v6) = authority.strip_prefix('[') {
        let end = v6.find(']').ok_or_else(bad)?;
        let host = &v6[..end];
        let port = match &v6[end + 1..] {
            "" => 80,
            p => p
                .strip_prefix(':')
                .and_then(|p| p.parse().ok())
                .ok_or_else(bad)?,
        };
        (host.to_string(), port)
    } else {
        match authority.rsplit_once(':') {
            Some((h, p)) => (h.to_string(), p.parse().map_err(|_| bad())?),
            None => (authority.to_string(), 80),
        }
    };
    if host.is_empty() || path.contains(['\r', '\n', ' ']) {
        return Err(bad());
    }
    Ok((host, port, authority.to_string(), path))
}

/// Sends one request with an empty body through `http` and reads the whole response,
/// all within `timeout`.
pub(crate) async fn send(
    http: &dyn HttpClient,
    method: &str,
    url: &str,
    headers: &[(&str, &str)],
    timeout: Duration,
) -> Result<MetadataResponse, FetchError> {
    let (_, _, authority, path) = split_url(url)?;
    let invalid = |what: &str| FetchError::InvalidUrl(what.to_string());
    let uri: http::Uri = format!("http://{authority}{path}")
        .parse()
        .map_err(|_| invalid(url))?;
    let method = http::Method::from_bytes(method.as_bytes()).map_err(|_| invalid(method))?;
    let mut req = http::Request::new(Body::empty());
    *req.uri_mut() = uri;
    let h = req.headers_mut();
    h.insert(http::header::CONNECTION, HeaderValue::from_static("close"));
    if method != http::Method::GET {
        h.insert(http::header::CONTENT_LENGTH, HeaderValue::from(0));
    }
    for (k, v) in headers {
        let name = HeaderName::try_from(*k).map_err(|_| invalid("header name is not valid"))?;
        let value =
            HeaderValue::try_from(*v).map_err(|_| invalid("header contains a line break"))?;
        h.insert(name, value);
    }
    *req.method_mut() = method;
    let call = async {
        let resp = http.send(req).await.map_err(|e| match e.kind() {
            HttpErrorKind::ConnectTimeout | HttpErrorKind::ReadTimeout => FetchError::Timeout,
            _ => FetchError::Connect(e.to_string()),
        })?;
        let status = resp.status().as_u16();
        let mut body = resp.into_body();
        let mut buf = Vec::new();
        while let Some(chunk) = body.next_chunk().await {
            let chunk =
                chunk.map_err(
                    |e| match HttpError::find_in(e.as_ref()).map(HttpError::kind) {
                        Some(HttpErrorKind::ReadTimeout) => FetchError::Timeout,
                        _ => FetchError::Malformed("the body could not be read"),
                    },
                )?;
            if buf.len() + chunk.len() > MAX_RESPONSE {
                return Err(FetchError::Malformed("response larger than 1 MiB"));
            }
            buf.extend_from_slice(&chunk);
        }
        Ok(MetadataResponse { status, body: buf })
    };
    tokio::time::timeout(timeout, call)
        .await
        .map_err(|_| FetchError::Timeout)?
}

/// The HTTP client of a [`ProviderContext`](super::ProviderContext) nobody gave one: a
/// small [`HyperClient`] with default settings, built on first use (so building a
/// context costs nothing and cannot fail).
#[derive(Debug, Default)]
pub(crate) struct OnDemandClient {
    client: OnceLock<Result<HyperClient, HttpError>>,
}

impl OnDemandClient {
    pub(crate) fn shared() -> Arc<dyn HttpClient> {
        Arc::new(OnDemandClient::default())
    }
}

impl HttpClient for OnDemandClient {
    fn send(&self, req: HttpRequest) -> BoxFuture<'_, Result<HttpResponse, HttpError>> {
        let client = self.client.get_or_init(|| {
            HyperClient::new(&HttpSettings {
                max_pool_connections: 2,
                ..HttpSettings::default()
            })
        });
        match client {
            Ok(c) => c.send(req),
            Err(e) => {
                let e = e.clone();
                Box::pin(async move { Err(e) })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::http::test_util::{CannedResponse, CaptureClient};

    #[test]
    fn urls() {
        assert_eq!(
            split_url("http://169.254.170.2/v2/creds?id=1").unwrap(),
            (
                "169.254.170.2".into(),
                80,
                "169.254.170.2".into(),
                "/v2/creds?id=1".into()
            )
        );
        assert_eq!(
            split_url("http://[fd00:ec2::254]/latest").unwrap(),
            (
                "fd00:ec2::254".into(),
                80,
                "[fd00:ec2::254]".into(),
                "/latest".into()
            )
        );
        assert_eq!(split_url("http://127.0.0.1:8080").unwrap().1, 8080);
        for bad in ["https://x/", "http://x:notaport/", "http:///path"] {
            assert!(
                matches!(split_url(bad), Err(FetchError::InvalidUrl(u)) if u == bad),
                "{bad}"
            );
        }
    }

    #[tokio::test]
    async fn one_request_through_the_seam() {
        let http = CaptureClient::new([CannedResponse::ok("hello")]);
        let r = send(
            &http,
            "PUT",
            "http://[fd00:ec2::254]/latest/api/token",
            &[("x-aws-ec2-metadata-token-ttl-seconds", "21600")],
            Duration::from_secs(1),
        )
        .await
        .unwrap();
        assert_eq!((r.status, r.body.as_slice()), (200, &b"hello"[..]));
        let seen = &http.requests()[0];
        assert_eq!(seen.method, http::Method::PUT);
        assert_eq!(seen.uri, "http://[fd00:ec2::254]/latest/api/token");
        assert_eq!(seen.header("connection"), Some("close"));
        assert_eq!(seen.header("content-length"), Some("0"));
        assert_eq!(
            seen.header("x-aws-ec2-metadata-token-ttl-seconds"),
            Some("21600")
        );
    }

    #[tokio::test]
    async fn errors_are_typed() {
        let timeout = Duration::from_secs(1);
        let http = CaptureClient::new([
            CannedResponse::error(HttpErrorKind::ReadTimeout),
            CannedResponse::error(HttpErrorKind::ConnectTimeout),
            CannedResponse::error(HttpErrorKind::Connect),
            CannedResponse::ok(vec![b'x'; MAX_RESPONSE + 1]),
        ]);
        let get = || send(&http, "GET", "http://127.0.0.1/x", &[], timeout);
        assert_eq!(get().await.unwrap_err(), FetchError::Timeout);
        assert_eq!(get().await.unwrap_err(), FetchError::Timeout);
        assert!(matches!(get().await.unwrap_err(), FetchError::Connect(_)));
        assert_eq!(
            get().await.unwrap_err(),
            FetchError::Malformed("response larger than 1 MiB")
        );
        // A header value with a line break never reaches the client.
        let e = send(
            &http,
            "GET",
            "http://127.0.0.1/x",
            &[("a", "b\r\nc")],
            timeout,
        )
        .await
        .unwrap_err();
        assert_eq!(
            e,
            FetchError::InvalidUrl("header contains a line break".into())
        );
        assert_eq!(http.request_count(), 4);
    }
}

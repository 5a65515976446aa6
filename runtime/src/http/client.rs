//! [`HyperClient`]: the real HTTP client (hyper 1, hyper-util's pool, rustls with ring).

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use http::header::{HeaderValue, PROXY_AUTHORIZATION};
use http_body::{Frame, SizeHint};
use hyper_util::client::legacy::connect::capture_connection;
use hyper_util::client::legacy::Client;
use hyper_util::rt::{TokioExecutor, TokioTimer};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tokio::time::{Instant, Sleep};

use super::connector::{host_port, target, Connector};
use super::error::{HttpError, HttpErrorKind};
use super::settings::{HttpSettings, ParsedProxies, Route};
use super::{BoxFuture, HttpClient, HttpRequest, HttpResponse};
use crate::body::{Body, BoxError};

/// The HTTP client Kumo uses by default: HTTP/1.1 over hyper 1 with hyper-util's
/// connection pool, TLS by rustls (ring provider, TLS 1.2 and 1.3, Mozilla's roots from
/// `webpki-roots` unless [`HttpSettings::ca_bundle`] replaces them).
///
/// # HTTP/2
/// A request whose version is `http::Version::HTTP_2` goes over HTTP/2 instead, on a
/// separate pool (input event streams need it; everything else stays on HTTP/1.1). Over
/// TLS the client offers ALPN `h2` and fails with [`HttpErrorKind::Tls`] if the server does
/// not pick it; over `http://` it speaks HTTP/2 with prior knowledge (h2c, for local
/// servers). HTTP/2 through a plain-HTTP proxy is not possible (`https://` targets tunnel
/// through `CONNECT` as usual). The exchange is full duplex: the response is returned when
/// its headers arrive, while a streamed request body may still be sending. Timeouts, the
/// connection limits and proxies apply as below; streams of one HTTP/2 connection share
/// its per-host permit.
///
/// It must be used inside a tokio runtime (connections are driven by spawned tasks).
/// Cloning is cheap and shares the pool.
///
/// # Timeouts (as botocore/urllib3)
/// - `connect_timeout` bounds opening a connection: TCP connect, proxy `CONNECT` and the
///   TLS handshake → [`HttpErrorKind::ConnectTimeout`].
/// - `read_timeout` bounds the wait for the response headers, counted from the moment the
///   request has a connection and restarted each time a request body chunk is handed to
///   the connection (so a slow upload does not trip it), and the stall between two
///   response body chunks. It is not a limit on the whole body. Headers late →
///   `send` fails with [`HttpErrorKind::ReadTimeout`]; a body stall → the body yields an
///   error that is a boxed [`HttpError`] of kind `ReadTimeout`.
///
/// # Connection limit
/// hyper-util's pool has no hard cap, so `max_pool_connections` is enforced twice:
/// a per-client semaphore with that many permits is held by each request from before it
/// is sent until its response body is fully read, fails or is dropped (bounding requests
/// in flight), and a per-host semaphore is held by each open connection until it closes
/// (bounding sockets per host, even while a finished connection is on its way back to the
/// pool). Requests beyond the limit wait; up to `max_pool_connections` idle connections
/// per host are kept for 90 s.
///
/// # Proxies (as botocore's urllib3 session)
/// `http://` targets go to the proxy in absolute form with `Proxy-Authorization` from the
/// proxy URL's user info; `https://` targets go through a `CONNECT` tunnel (the tunnel
/// carries the credentials, the target never sees them). An `https://` proxy is reached
/// over TLS, verified with the endpoint roots plus `proxy_ca_bundle`, presenting
/// `proxy_client_cert` if set; through it, `proxy_use_forwarding_for_https` forwards
/// `https://` requests in absolute form instead of tunnelling them. `no_proxy` is honoured
/// per request.
#[derive(Clone)]
pub struct HyperClient {
    client: Client<Connector, ProgressBody>,
    h2: Client<Connector, ProgressBody>,
    connector: Connector,
    h2_connector: Connector,
    in_flight: Arc<Semaphore>,
    max_in_flight: usize,
    read_timeout: Option<Duration>,
    proxies: ParsedProxies,
}

impl fmt::Debug for HyperClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HyperClient")
            .field("max_pool_connections", &self.max_in_flight)
            .field("read_timeout", &self.read_timeout)
            .field("proxies", &self.proxies)
            .finish_non_exhaustive()
    }
}

impl HyperClient {
    /// A client for `settings`. Fails with [`HttpErrorKind::Config`] when a CA bundle,
    /// client certificate or proxy URL cannot be used.
    pub fn new(settings: &HttpSettings) -> Result<HyperClient, HttpError> {
        let proxies = proxies_of(settings)?;
        let connector = Connector::new(settings, proxies.clone(), false)?;
        let h2_connector = Connector::new(settings, proxies.clone(), true)?;
        Ok(HyperClient::with_connectors(
            settings,
            connector,
            h2_connector,
            proxies,
        ))
    }

    /// A client for `settings` with pools and limits of its own, but this client's TLS
    /// configuration (roots, client certificate, verification): the settings' `verify`,
    /// `ca_bundle` and `client_cert` are not read again. Fails like [`HyperClient::new`]
    /// when a proxy URL cannot be used.
    pub fn sibling(&self, settings: &HttpSettings) -> Result<HyperClient, HttpError> {
        let proxies = proxies_of(settings)?;
        let connector = self.connector.sibling(settings, proxies.clone());
        let h2_connector = self.h2_connector.sibling(settings, proxies.clone());
        Ok(HyperClient::with_connectors(
            settings,
            connector,
            h2_connector,
            proxies,
        ))
    }

    /// The HTTP/1.1 pool on `connector` and the h2-only pool on `h2_connector`.
    fn with_connectors(
        settings: &HttpSettings,
        connector: Connector,
        h2_connector: Connector,
        proxies: ParsedProxies,
    ) -> HyperClient {
        let max = settings.max_pool_connections.max(1);
        let build = |connector: &Connector, h2: bool| -> Client<Connector, ProgressBody> {
            Client::builder(TokioExecutor::new())
                .pool_timer(TokioTimer::new())
                .timer(TokioTimer::new())
                .pool_idle_timeout(Duration::from_secs(90))
                .pool_max_idle_per_host(max)
                .http2_only(h2)
                .build(connector.clone())
        };
        HyperClient {
            client: build(&connector, false),
            h2: build(&h2_connector, true),
            connector,
            h2_connector,
            in_flight: Arc::new(Semaphore::new(max)),
            max_in_flight: max,
            read_timeout: settings.read_timeout,
            proxies,
        }
    }

    /// Sends a request; see [`HttpClient::send`].
    pub async fn send_request(&self, req: HttpRequest) -> Result<HttpResponse, HttpError> {
        let (https, host, port) = target(req.uri())?;
        let h2 = match req.version() {
            http::Version::HTTP_2 => true,
            http::Version::HTTP_3 => {
                return Err(HttpError::new(
                    HttpErrorKind::InvalidRequest,
                    "HyperClient speaks HTTP/1.1 and HTTP/2, not HTTP/3",
                )
                .with_sent(false))
            }
            _ => false,
        };
        let route = self.proxies.route(https, &host, port);
        if h2 && matches!(route, Route::Forward(_)) {
            return Err(HttpError::new(
                HttpErrorKind::InvalidRequest,
                "an HTTP/2 request cannot be forwarded by a proxy (an http:// endpoint, or \
                 proxy_use_forwarding_for_https)",
            )
            .with_sent(false));
        }
        let hp = host_port(&host, port);
        let permit = self.in_flight.clone().acquire_owned().await.map_err(|e| {
            HttpError::new(HttpErrorKind::Io, "the client is closed").with_source(e)
        })?;
        let (mut parts, body) = req.into_parts();
        // A forwarded request carries the proxy credentials; a tunnelled one does not (its
        // CONNECT did).
        if let Route::Forward(proxy) = route {
            if let Some(auth) = &proxy.authorization {
                let value = HeaderValue::from_str(auth).map_err(|e| {
                    HttpError::new(
                        HttpErrorKind::Config,
                        "the proxy credentials are not a valid header value",
                    )
                    .with_source(e)
                })?;
                parts.headers.insert(PROXY_AUTHORIZATION, value);
            }
        }
        let progress = Arc::new(Mutex::new(None::<Instant>));
        let mut req = http::Request::from_parts(
            parts,
            ProgressBody {
                inner: body,
                progress: progress.clone(),
            },
        );
        let capture = capture_connection(&mut req);
        let client = if h2 { &self.h2 } else { &self.client };
        let mut fut = std::pin::pin!(client.request(req));

        let result = match self.read_timeout {
            None => fut.await,
            Some(timeout) => {
                // Armed once the request has a connection; re-armed after request body progress.
                let mut timer: Option<(Pin<Box<Sleep>>, Instant)> = None;
                let waited = std::future::poll_fn(|cx| {
                    if let Poll::Ready(r) = fut.as_mut().poll(cx) {
                        return Poll::Ready(Some(r));
                    }
                    loop {
                        match &mut timer {
                            None => {
                                if capture.connection_metadata().is_none() {
                                    return Poll::Pending;
                                }
                                let now = Instant::now();
                                timer =
                                    Some((Box::pin(tokio::time::sleep_until(now + timeout)), now));
                            }
                            Some((sleep, armed_at)) => {
                                if sleep.as_mut().poll(cx).is_pending() {
                                    return Poll::Pending;
                                }
                                let last = progress.lock().map(|g| *g).unwrap_or(None);
                                match last {
                                    Some(t) if t > *armed_at => {
                                        *armed_at = t;
                                        sleep.as_mut().reset(t + timeout);
                                    }
                                    _ => return Poll::Ready(None),
                                }
                            }
                        }
                    }
                })
                .await;
                match waited {
                    Some(r) => r,
                    None => {
                        return Err(HttpError::new(
                            HttpErrorKind::ReadTimeout,
                            format!("no response from {hp} within the read timeout of {timeout:?}"),
                        ))
                    }
                }
            }
        };

        let response = result.map_err(|e| map_client_error(e, &hp))?;
        let (parts, incoming) = response.into_parts();
        let body = if hyper::body::Body::is_end_stream(&incoming) {
            drop(permit);
            Body::empty()
        } else {
            Body::from_stream(ResponseBody {
                inner: incoming,
                stall: self.read_timeout,
                sleep: None,
                permit: Some(permit),
                host_port: hp,
            })
        };
        Ok(http::Response::from_parts(parts, body))
    }
}

/// The settings' proxies, parsed once.
fn proxies_of(settings: &HttpSettings) -> Result<ParsedProxies, HttpError> {
    settings
        .proxies
        .parsed(settings.proxies_config.proxy_use_forwarding_for_https)
}

impl HttpClient for HyperClient {
    fn send(&self, req: HttpRequest) -> BoxFuture<'_, Result<HttpResponse, HttpError>> {
        Box::pin(self.send_request(req))
    }
}

fn map_client_error(e: hyper_util::client::legacy::Error, hp: &str) -> HttpError {
    if let Some(h) = HttpError::find_in(&e) {
        return h.clone();
    }
    if e.is_connect() {
        return HttpError::new(HttpErrorKind::Connect, format!("connecting to {hp}"))
            .with_source(e);
    }
    // Was the request body stream the cause? Or TLS after the handshake (TLS 1.3 servers
    // reject a missing or bad client certificate with an alert while the request goes out)?
    let mut cur: Option<&(dyn std::error::Error + 'static)> = Some(&e);
    while let Some(err) = cur {
        if let Some(io) = err.downcast_ref::<std::io::Error>() {
            // rustls errors come wrapped in io::Error(InvalidData), as in the connector.
            if io
                .get_ref()
                .is_some_and(|inner| inner.is::<rustls::Error>())
            {
                return HttpError::new(HttpErrorKind::Tls, format!("TLS with {hp} failed"))
                    .with_source(e);
            }
        }
        if let Some(h) = err.downcast_ref::<hyper::Error>() {
            if h.is_user() {
                return HttpError::new(
                    HttpErrorKind::Io,
                    format!("sending the request to {hp} failed"),
                )
                .with_source(e);
            }
        }
        cur = err.source();
    }
    HttpError::new(
        HttpErrorKind::Io,
        format!("the HTTP exchange with {hp} failed"),
    )
    .with_source(e)
}

/// The request body, noting when each chunk is taken (for the headers read timeout).
pub(crate) struct ProgressBody {
    inner: Body,
    progress: Arc<Mutex<Option<Instant>>>,
}

impl http_body::Body for ProgressBody {
    type Data = Bytes;
    type Error = BoxError;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, BoxError>>> {
        let r = Pin::new(&mut self.inner).poll_frame(cx);
        if let Poll::Ready(Some(Ok(_))) = &r {
            if let Ok(mut g) = self.progress.lock() {
                *g = Some(Instant::now());
            }
        }
        r
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

/// The response body: applies the stall timeout per frame, turns errors into
/// [`HttpError`]s and releases the in-flight permit at the end.
struct ResponseBody {
    inner: hyper::body::Incoming,
    stall: Option<Duration>,
    sleep: Option<Pin<Box<Sleep>>>,
    permit: Option<OwnedSemaphorePermit>,
    host_port: String,
}

impl http_body::Body for ResponseBody {
    type Data = Bytes;
    type Error = HttpError;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, HttpError>>> {
        let this = &mut *self;
        match Pin::new(&mut this.inner).poll_frame(cx) {
            Poll::Ready(None) => {
                this.permit = None;
                this.sleep = None;
                Poll::Ready(None)
            }
            Poll::Ready(Some(Ok(frame))) => {
                this.sleep = None;
                if this.inner.is_end_stream() {
                    this.permit = None;
                }
                Poll::Ready(Some(Ok(frame)))
            }
            Poll::Ready(Some(Err(e))) => {
                this.permit = None;
                this.sleep = None;
                let msg = format!("reading the response body from {} failed", this.host_port);
                Poll::Ready(Some(Err(
                    HttpError::new(HttpErrorKind::Io, msg).with_source(e)
                )))
            }
            Poll::Pending => {
                let Some(stall) = this.stall else {
                    return Poll::Pending;
                };
                let sleep = this
                    .sleep
                    .get_or_insert_with(|| Box::pin(tokio::time::sleep(stall)));
                if sleep.as_mut().poll(cx).is_pending() {
                    return Poll::Pending;
                }
                this.sleep = None;
                this.permit = None;
                let msg = format!(
                    "no response body data from {} within the read timeout of {stall:?}",
                    this.host_port
                );
                Poll::Ready(Some(Err(HttpError::new(HttpErrorKind::ReadTimeout, msg))))
            }
        }
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

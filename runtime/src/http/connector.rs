//! The connector hyper-util's pool calls to open a connection: TCP (direct or to a proxy),
//! TLS to an `https://` proxy, an optional `CONNECT` tunnel, TLS with the target, all under
//! `connect_timeout`, and at most `max_pool_connections` open connections per host.
//!
//! One connector per protocol: the HTTP/1.1 one offers ALPN `http/1.1`; the HTTP/2 one
//! offers `h2` and refuses a TLS connection on which the server did not choose it
//! (cleartext `http://` is HTTP/2 with prior knowledge).

use std::collections::HashMap;
use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use http::Uri;
use hyper_util::client::legacy::connect::{Connected, Connection, HttpConnector};
use hyper_util::rt::TokioIo;
use rustls::pki_types::ServerName;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, ReadBuf};
use tokio::net::TcpStream;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tokio_rustls::client::TlsStream;
use tokio_rustls::TlsConnector;

use super::error::{HttpError, HttpErrorKind};
use super::settings::{HttpSettings, ParsedProxies, ProxyUrl, Route};

/// Target host, port and scheme of a URI. The host has no brackets.
pub(crate) fn target(uri: &Uri) -> Result<(bool, String, u16), HttpError> {
    let https = match uri.scheme_str() {
        Some(s) if s.eq_ignore_ascii_case("https") => true,
        Some(s) if s.eq_ignore_ascii_case("http") => false,
        Some(s) => {
            return Err(HttpError::new(
                HttpErrorKind::InvalidRequest,
                format!("unsupported URI scheme {s:?}"),
            ))
        }
        None => {
            return Err(HttpError::new(
                HttpErrorKind::InvalidRequest,
                "the request URI has no scheme",
            ))
        }
    };
    let host = uri.host().filter(|h| !h.is_empty()).ok_or_else(|| {
        HttpError::new(HttpErrorKind::InvalidRequest, "the request URI has no host")
    })?;
    let host = host
        .trim_start_matches('[')
        .trim_end_matches(']')
        .to_string();
    let port = uri.port_u16().unwrap_or(if https { 443 } else { 80 });
    Ok((https, host, port))
}

/// `host:port`, bracketing IPv6 addresses.
pub(crate) fn host_port(host: &str, port: u16) -> String {
    if host.contains(':') {
        format!("[{host}]:{port}")
    } else {
        format!("{host}:{port}")
    }
}

#[derive(Clone)]
pub(crate) struct Connector {
    inner: Arc<Inner>,
}

struct Inner {
    tcp: HttpConnector,
    tls: TlsConnector,
    /// TLS to `https://` proxies (`proxies_config`); built when one is configured.
    proxy_tls: Option<TlsConnector>,
    h2: bool,
    proxies: ParsedProxies,
    connect_timeout: Option<Duration>,
    max_per_host: usize,
    per_host: Mutex<HashMap<String, Arc<Semaphore>>>,
}

impl Connector {
    /// A connector for HTTP/1.1, or for HTTP/2 when `h2`.
    pub(crate) fn new(
        settings: &HttpSettings,
        proxies: ParsedProxies,
        h2: bool,
    ) -> Result<Connector, HttpError> {
        let alpn: &[u8] = if h2 { b"h2" } else { b"http/1.1" };
        let tls = TlsConnector::from(super::tls::client_config(settings, alpn)?);
        let pc = &settings.proxies_config;
        // Built (and its files read) whenever it could be used or was asked for, so an
        // unreadable `proxy_ca_bundle` / `proxy_client_cert` fails here, not mid-call.
        let proxy_tls = if proxies.any_tls()
            || pc.proxy_ca_bundle.is_some()
            || pc.proxy_client_cert.is_some()
        {
            Some(TlsConnector::from(super::tls::proxy_config(settings)?))
        } else {
            None
        };
        Ok(Connector::with_tls(settings, proxies, tls, proxy_tls, h2))
    }

    /// A connector for `settings` with this connector's TLS configurations (and protocol).
    pub(crate) fn sibling(&self, settings: &HttpSettings, proxies: ParsedProxies) -> Connector {
        Connector::with_tls(
            settings,
            proxies,
            self.inner.tls.clone(),
            self.inner.proxy_tls.clone(),
            self.inner.h2,
        )
    }

    fn with_tls(
        settings: &HttpSettings,
        proxies: ParsedProxies,
        tls: TlsConnector,
        proxy_tls: Option<TlsConnector>,
        h2: bool,
    ) -> Connector {
        let mut tcp = HttpConnector::new();
        tcp.enforce_http(false);
        tcp.set_nodelay(true);
        if settings.tcp_keepalive {
            tcp.set_keepalive(Some(Duration::from_secs(60)));
        }
        Connector {
            inner: Arc::new(Inner {
                tcp,
                tls,
                proxy_tls,
                h2,
                proxies,
                connect_timeout: settings.connect_timeout,
                max_per_host: settings.max_pool_connections.max(1),
                per_host: Mutex::new(HashMap::new()),
            }),
        }
    }
}

impl tower_service::Service<Uri> for Connector {
    type Response = TokioIo<Conn>;
    type Error = HttpError;
    type Future = Pin<Box<dyn Future<Output = Result<TokioIo<Conn>, HttpError>> + Send>>;

    fn poll_ready(&mut self, _cx: &mut Context<'_>) -> Poll<Result<(), HttpError>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, uri: Uri) -> Self::Future {
        let inner = self.inner.clone();
        Box::pin(async move { inner.connect(uri).await.map(TokioIo::new) })
    }
}

impl Inner {
    fn host_semaphore(&self, key: String) -> Arc<Semaphore> {
        let mut map = match self.per_host.lock() {
            Ok(m) => m,
            Err(poisoned) => poisoned.into_inner(),
        };
        map.entry(key)
            .or_insert_with(|| Arc::new(Semaphore::new(self.max_per_host)))
            .clone()
    }

    async fn connect(&self, uri: Uri) -> Result<Conn, HttpError> {
        let (https, host, port) = target(&uri)?;
        let key = format!(
            "{}://{}",
            if https { "https" } else { "http" },
            host_port(&host, port)
        );
        // Held by the connection until it closes: bounds open connections per host.
        let permit = self
            .host_semaphore(key)
            .acquire_owned()
            .await
            .map_err(|e| {
                HttpError::new(HttpErrorKind::Connect, "the connection pool is closed")
                    .with_source(e)
            })?;
        let work = self.open(https, &host, port);
        let (io, proxied) = match self.connect_timeout {
            Some(t) => tokio::time::timeout(t, work).await.map_err(|_| {
                HttpError::new(
                    HttpErrorKind::ConnectTimeout,
                    format!(
                        "connecting to {} timed out after {:?}",
                        host_port(&host, port),
                        t
                    ),
                )
            })??,
            None => work.await?,
        };
        Ok(Conn {
            io,
            proxied,
            h2: self.h2,
            _permit: permit,
        })
    }

    async fn tcp(&self, host: &str, port: u16, via: &str) -> Result<TcpStream, HttpError> {
        let hp = host_port(host, port);
        let uri: Uri = format!("http://{hp}")
            .parse()
            .map_err(|e: http::uri::InvalidUri| {
                HttpError::new(
                    HttpErrorKind::InvalidRequest,
                    format!("invalid host {hp:?}"),
                )
                .with_source(e)
            })?;
        let mut tcp = self.tcp.clone();
        let io = tower_service::Service::call(&mut tcp, uri)
            .await
            .map_err(|e| {
                HttpError::new(HttpErrorKind::Connect, format!("connecting to {via}{hp}"))
                    .with_source(e)
            })?;
        Ok(io.into_inner())
    }

    async fn open(&self, https: bool, host: &str, port: u16) -> Result<(Io, bool), HttpError> {
        match self.proxies.route(https, host, port) {
            Route::Direct => {
                let tcp = Stream::Tcp(self.tcp(host, port, "").await?);
                if https {
                    let tls = self.handshake(tcp, host, port).await?;
                    Ok((Io::Tls(Box::new(tls)), false))
                } else {
                    Ok((Io::Plain(tcp), false))
                }
            }
            Route::Forward(proxy) => Ok((Io::Plain(self.to_proxy(proxy).await?), true)),
            Route::Tunnel(proxy) => {
                let mut stream = self.to_proxy(proxy).await?;
                tunnel(&mut stream, proxy, host, port).await?;
                let tls = self.handshake(stream, host, port).await?;
                Ok((Io::Tls(Box::new(tls)), false))
            }
        }
    }

    /// A connection to the proxy: TCP, then TLS for an `https://` proxy.
    async fn to_proxy(&self, proxy: &ProxyUrl) -> Result<Stream, HttpError> {
        let tcp = self.tcp(&proxy.host, proxy.port, "the proxy ").await?;
        if !proxy.tls {
            return Ok(Stream::Tcp(tcp));
        }
        let proxy_hp = host_port(&proxy.host, proxy.port);
        let tls = self.proxy_tls.as_ref().ok_or_else(|| {
            HttpError::new(
                HttpErrorKind::Config,
                format!("no TLS configuration for the proxy {proxy_hp}"),
            )
        })?;
        let name = ServerName::try_from(proxy.host.clone()).map_err(|e| {
            HttpError::new(
                HttpErrorKind::Config,
                format!("{:?} is not a valid TLS server name", proxy.host),
            )
            .with_source(e)
        })?;
        // urllib3 reports any failure before the proxy connection is up as a proxy error.
        let stream = tls.connect(name, tcp).await.map_err(|e| {
            HttpError::new(
                HttpErrorKind::Proxy,
                format!("TLS handshake with the proxy {proxy_hp} failed"),
            )
            .with_source(e)
        })?;
        Ok(Stream::Tls(Box::new(stream)))
    }

    async fn handshake(
        &self,
        tcp: Stream,
        host: &str,
        port: u16,
    ) -> Result<TlsStream<Stream>, HttpError> {
        let hp = host_port(host, port);
        let name = ServerName::try_from(host.to_string()).map_err(|e| {
            HttpError::new(
                HttpErrorKind::InvalidRequest,
                format!("{host:?} is not a valid TLS server name"),
            )
            .with_source(e)
        })?;
        let tls = self.tls.connect(name, tcp).await.map_err(|e| {
            // rustls errors come wrapped in io::Error(InvalidData); plain I/O errors mean the peer went away.
            let kind = if e.get_ref().is_some_and(|inner| inner.is::<rustls::Error>()) {
                HttpErrorKind::Tls
            } else {
                HttpErrorKind::Connect
            };
            HttpError::new(kind, format!("TLS handshake with {hp} failed")).with_source(e)
        })?;
        if self.h2 && tls.get_ref().1.alpn_protocol() != Some(b"h2".as_slice()) {
            return Err(HttpError::new(
                HttpErrorKind::Tls,
                format!("{hp} did not agree to HTTP/2 (ALPN h2), which this request needs"),
            ));
        }
        Ok(tls)
    }
}

/// Opens a `CONNECT` tunnel through an HTTP proxy.
async fn tunnel(
    tcp: &mut Stream,
    proxy: &ProxyUrl,
    host: &str,
    port: u16,
) -> Result<(), HttpError> {
    let hp = host_port(host, port);
    let proxy_hp = host_port(&proxy.host, proxy.port);
    let io_err = |e: io::Error| {
        HttpError::new(
            HttpErrorKind::Proxy,
            format!("CONNECT to {hp} through the proxy {proxy_hp} failed"),
        )
        .with_source(e)
    };
    let mut head = format!("CONNECT {hp} HTTP/1.1\r\nHost: {hp}\r\n");
    if let Some(auth) = &proxy.authorization {
        head.push_str("Proxy-Authorization: ");
        head.push_str(auth);
        head.push_str("\r\n");
    }
    head.push_str("\r\n");
    tcp.write_all(head.as_bytes()).await.map_err(io_err)?;
    let mut buf = Vec::with_capacity(256);
    let mut chunk = [0u8; 1024];
    let end = loop {
        let n = tcp.read(&mut chunk).await.map_err(io_err)?;
        if n == 0 {
            return Err(HttpError::new(
                HttpErrorKind::Proxy,
                format!("the proxy {proxy_hp} closed the connection during CONNECT to {hp}"),
            ));
        }
        buf.extend_from_slice(chunk.get(..n).unwrap_or_default());
        if let Some(pos) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break pos + 4;
        }
        if buf.len() > 64 * 1024 {
            return Err(HttpError::new(
                HttpErrorKind::Proxy,
                format!("the proxy {proxy_hp} sent an oversized CONNECT response"),
            ));
        }
    };
    let status_line = buf.split(|b| *b == b'\n').next().unwrap_or_default();
    let status_line = String::from_utf8_lossy(status_line);
    let status = status_line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse::<u16>().ok())
        .filter(|_| status_line.starts_with("HTTP/1."));
    match status {
        Some(200..=299) => {}
        Some(s) => {
            return Err(HttpError::new(
                HttpErrorKind::Proxy,
                format!("the proxy {proxy_hp} refused CONNECT to {hp} with status {s}"),
            ))
        }
        None => {
            return Err(HttpError::new(
                HttpErrorKind::Proxy,
                format!("the proxy {proxy_hp} sent an invalid CONNECT response"),
            ))
        }
    }
    if buf.len() > end {
        return Err(HttpError::new(
            HttpErrorKind::Proxy,
            format!("the proxy {proxy_hp} sent data after its CONNECT response"),
        ));
    }
    Ok(())
}

/// A connection to a target or a proxy: plain TCP, or TLS with an `https://` proxy.
pub(crate) enum Stream {
    Tcp(TcpStream),
    Tls(Box<TlsStream<TcpStream>>),
}

enum Io {
    Plain(Stream),
    Tls(Box<TlsStream<Stream>>),
}

/// `AsyncRead` + `AsyncWrite` for an enum whose variants all implement them.
macro_rules! delegate_io {
    ($ty:ty, $($variant:ident),+) => {
        impl AsyncRead for $ty {
            fn poll_read(
                mut self: Pin<&mut Self>,
                cx: &mut Context<'_>,
                buf: &mut ReadBuf<'_>,
            ) -> Poll<io::Result<()>> {
                match &mut *self {
                    $(Self::$variant(s) => Pin::new(s).poll_read(cx, buf),)+
                }
            }
        }

        impl AsyncWrite for $ty {
            fn poll_write(
                mut self: Pin<&mut Self>,
                cx: &mut Context<'_>,
                buf: &[u8],
            ) -> Poll<io::Result<usize>> {
                match &mut *self {
                    $(Self::$variant(s) => Pin::new(s).poll_write(cx, buf),)+
                }
            }

            fn poll_write_vectored(
                mut self: Pin<&mut Self>,
                cx: &mut Context<'_>,
                bufs: &[io::IoSlice<'_>],
            ) -> Poll<io::Result<usize>> {
                match &mut *self {
                    $(Self::$variant(s) => Pin::new(s).poll_write_vectored(cx, bufs),)+
                }
            }

            fn is_write_vectored(&self) -> bool {
                match self {
                    $(Self::$variant(s) => s.is_write_vectored(),)+
                }
            }

            fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
                match &mut *self {
                    $(Self::$variant(s) => Pin::new(s).poll_flush(cx),)+
                }
            }

            fn poll_shutdown(
                mut self: Pin<&mut Self>,
                cx: &mut Context<'_>,
            ) -> Poll<io::Result<()>> {
                match &mut *self {
                    $(Self::$variant(s) => Pin::new(s).poll_shutdown(cx),)+
                }
            }
        }
    };
}

delegate_io!(Stream, Tcp, Tls);
delegate_io!(Io, Plain, Tls);

/// An open connection; holds its per-host permit until dropped.
pub(crate) struct Conn {
    io: Io,
    proxied: bool,
    h2: bool,
    _permit: OwnedSemaphorePermit,
}

impl Connection for Conn {
    fn connected(&self) -> Connected {
        let c = Connected::new().proxy(self.proxied);
        if self.h2 {
            c.negotiated_h2()
        } else {
            c
        }
    }
}

impl AsyncRead for Conn {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.io).poll_read(cx, buf)
    }
}

impl AsyncWrite for Conn {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.io).poll_write(cx, buf)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.io).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.io.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.io).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.io).poll_shutdown(cx)
    }
}

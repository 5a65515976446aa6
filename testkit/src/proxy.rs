//! [`TestProxy`]: an HTTP/1.1 forward proxy on 127.0.0.1 that records every request it
//! gets, for tests that proxies are really used.
//!
//! - `CONNECT host:port` is recorded, answered `200` (or the scripted refusal) and tunnelled
//!   byte for byte to `host:port`.
//! - An absolute-form request (`GET http://host:port/path`, or `https://…` when the client
//!   forwards HTTPS) is recorded as it arrived, `Proxy-Authorization` included, then sent
//!   on to its target in origin form without that header (over TLS trusting the test CA for
//!   `https://` targets), and the target's response comes back.
//!
//! The proxy itself may speak TLS ([`ProxyOptions::tls`], the test certificate of
//! [`crate::tls`]) and may demand a client certificate ([`ProxyOptions::client_auth`]).

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{Either, Full};
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;
use tokio::net::{TcpListener, TcpStream};
use tokio::task::{JoinHandle, JoinSet};

/// How a [`TestProxy`] behaves.
#[derive(Clone, Copy, Debug, Default)]
pub struct ProxyOptions {
    /// Speak TLS to clients (an `https://` proxy URL), with the test certificate.
    pub tls: bool,
    /// With `tls`: demand a client certificate signed by the test CA.
    pub client_auth: bool,
    /// Answer every `CONNECT` with this status instead of opening the tunnel.
    pub refuse_connect: Option<u16>,
}

/// What the proxy received: one request head, as it arrived.
#[derive(Clone, Debug)]
pub struct ProxiedRequest {
    /// The method (`CONNECT` for a tunnel).
    pub method: http::Method,
    /// The request target: `host:port` for `CONNECT`, the absolute URI otherwise.
    pub target: String,
    /// The headers the client sent to the proxy.
    pub headers: http::HeaderMap,
}

impl ProxiedRequest {
    /// A header's value as text.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

#[derive(Default)]
struct Shared {
    log: Mutex<Vec<ProxiedRequest>>,
    connections: AtomicUsize,
    tls_failures: AtomicUsize,
}

/// A recording forward proxy on 127.0.0.1 (see the [module docs](self)).
#[derive(Debug)]
pub struct TestProxy;

type ProxyBody = Either<Incoming, Full<Bytes>>;

fn reply(status: u16, text: &str) -> http::Response<ProxyBody> {
    let mut r = http::Response::new(Either::Right(Full::new(Bytes::from(text.to_string()))));
    *r.status_mut() = http::StatusCode::from_u16(status).unwrap_or(http::StatusCode::BAD_GATEWAY);
    r
}

impl TestProxy {
    /// Starts a proxy. Panics if it cannot listen on 127.0.0.1.
    pub async fn start(options: ProxyOptions) -> ProxyHandle {
        let listener = match TcpListener::bind("127.0.0.1:0").await {
            Ok(l) => l,
            Err(e) => panic!("TestProxy: cannot listen on 127.0.0.1: {e}"),
        };
        let addr = match listener.local_addr() {
            Ok(a) => a,
            Err(e) => panic!("TestProxy: no local address: {e}"),
        };
        let shared = Arc::new(Shared::default());
        let acceptor = options
            .tls
            .then(|| crate::tls::acceptor(options.client_auth));
        let sh = shared.clone();
        let task = tokio::spawn(async move {
            let mut conns = JoinSet::new();
            loop {
                let Ok((tcp, _)) = listener.accept().await else {
                    tokio::time::sleep(Duration::from_millis(10)).await;
                    continue;
                };
                sh.connections.fetch_add(1, Ordering::SeqCst);
                let (sh, acceptor) = (sh.clone(), acceptor.clone());
                conns.spawn(async move {
                    match acceptor {
                        None => serve(TokioIo::new(tcp), sh, options).await,
                        Some(a) => match a.accept(tcp).await {
                            Ok(tls) => serve(TokioIo::new(tls), sh, options).await,
                            Err(_) => {
                                sh.tls_failures.fetch_add(1, Ordering::SeqCst);
                            }
                        },
                    }
                });
                while conns.try_join_next().is_some() {}
            }
        });
        ProxyHandle {
            addr,
            tls: options.tls,
            shared,
            task,
        }
    }
}

async fn serve<I>(io: I, shared: Arc<Shared>, options: ProxyOptions)
where
    I: hyper::rt::Read + hyper::rt::Write + Unpin + Send + 'static,
{
    let svc = hyper::service::service_fn(move |req: http::Request<Incoming>| {
        let shared = shared.clone();
        async move { Ok::<_, Infallible>(handle(req, shared, options).await) }
    });
    let _ = hyper::server::conn::http1::Builder::new()
        .serve_connection(io, svc)
        .with_upgrades()
        .await;
}

async fn handle(
    req: http::Request<Incoming>,
    shared: Arc<Shared>,
    options: ProxyOptions,
) -> http::Response<ProxyBody> {
    let target = req.uri().to_string();
    if let Ok(mut log) = shared.log.lock() {
        log.push(ProxiedRequest {
            method: req.method().clone(),
            target: target.clone(),
            headers: req.headers().clone(),
        });
    }
    if req.method() == http::Method::CONNECT {
        if let Some(status) = options.refuse_connect {
            return reply(status, "refused by the test proxy");
        }
        let Some(authority) = req.uri().authority().map(|a| a.to_string()) else {
            return reply(400, "CONNECT needs host:port");
        };
        let Ok(mut upstream) = TcpStream::connect(authority.as_str()).await else {
            return reply(502, "cannot reach the CONNECT target");
        };
        tokio::spawn(async move {
            if let Ok(upgraded) = hyper::upgrade::on(req).await {
                let mut client = TokioIo::new(upgraded);
                let _ = tokio::io::copy_bidirectional(&mut client, &mut upstream).await;
            }
        });
        return reply(200, "");
    }
    forward(req).await
}

async fn forward(req: http::Request<Incoming>) -> http::Response<ProxyBody> {
    let uri = req.uri().clone();
    let https = uri.scheme_str() == Some("https");
    let (Some(host), Some(_)) = (uri.host(), uri.scheme()) else {
        return reply(400, "a proxy needs an absolute-form request target");
    };
    let host = host
        .trim_start_matches('[')
        .trim_end_matches(']')
        .to_string();
    let port = uri.port_u16().unwrap_or(if https { 443 } else { 80 });
    let Ok(tcp) = TcpStream::connect((host.as_str(), port)).await else {
        return reply(502, "cannot reach the target");
    };
    let (mut parts, body) = req.into_parts();
    parts.headers.remove(http::header::PROXY_AUTHORIZATION);
    parts.uri = match uri.path_and_query() {
        Some(pq) => pq.as_str().parse().unwrap_or_default(),
        None => http::Uri::from_static("/"),
    };
    let req = http::Request::from_parts(parts, body);
    let result = if https {
        let Some(name) = crate::tls::server_name(&host) else {
            return reply(502, "bad TLS server name");
        };
        match crate::tls::connector().connect(name, tcp).await {
            Ok(tls) => send(TokioIo::new(tls), req).await,
            Err(_) => return reply(502, "TLS with the target failed"),
        }
    } else {
        send(TokioIo::new(tcp), req).await
    };
    match result {
        Some(resp) => resp.map(Either::Left),
        None => reply(502, "the target did not answer"),
    }
}

async fn send<I>(io: I, req: http::Request<Incoming>) -> Option<http::Response<Incoming>>
where
    I: hyper::rt::Read + hyper::rt::Write + Unpin + Send + 'static,
{
    let (mut sender, conn) = hyper::client::conn::http1::handshake(io).await.ok()?;
    tokio::spawn(conn);
    sender.send_request(req).await.ok()
}

/// A running [`TestProxy`]; dropping it stops the listener.
pub struct ProxyHandle {
    addr: SocketAddr,
    tls: bool,
    shared: Arc<Shared>,
    task: JoinHandle<()>,
}

impl ProxyHandle {
    /// The proxy URL: `http://127.0.0.1:PORT` (`https://` for a TLS proxy).
    pub fn url(&self) -> String {
        let scheme = if self.tls { "https" } else { "http" };
        format!("{scheme}://{}", self.addr)
    }

    /// The proxy URL with `user:password@` (percent-encode them yourself if needed).
    pub fn url_with_credentials(&self, user: &str, password: &str) -> String {
        let scheme = if self.tls { "https" } else { "http" };
        format!("{scheme}://{user}:{password}@{}", self.addr)
    }

    /// The proxy's address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The requests received so far, in arrival order.
    pub fn requests(&self) -> Vec<ProxiedRequest> {
        self.shared
            .log
            .lock()
            .map(|l| l.clone())
            .unwrap_or_default()
    }

    /// Connections accepted so far.
    pub fn connections(&self) -> usize {
        self.shared.connections.load(Ordering::SeqCst)
    }

    /// TLS handshakes with clients that failed (a TLS proxy).
    pub fn tls_failures(&self) -> usize {
        self.shared.tls_failures.load(Ordering::SeqCst)
    }
}

impl Drop for ProxyHandle {
    fn drop(&mut self) {
        self.task.abort();
    }
}

//! [`StreamServer`]: a hyper server on 127.0.0.1, HTTP/1.1 or cleartext HTTP/2 (prior
//! knowledge), for tests of streamed bodies in both directions — event streams above all.
//!
//! The test supplies the handler; [`StreamBody`] gives it response bodies that stream:
//! scripted chunks with delays and waits ([`StreamBody::script`]), chunks the test pushes
//! ([`StreamBody::channel`]), the request body echoed back chunk by chunk as it arrives
//! ([`StreamBody::echo`], full duplex over HTTP/2), or one chunk repeated many times,
//! generated on the fly ([`StreamBody::repeat`], for gigabyte streams in constant memory).
//!
//! ```no_run
//! # async fn demo() {
//! use kumo_testkit::stream::{Protocol, Step, StreamBody, StreamServer};
//!
//! let (addr, server) = StreamServer::start(Protocol::Http2, |req| async move {
//!     http::Response::new(StreamBody::echo(req.into_body()))
//! })
//! .await;
//! // ... send an HTTP/2 request with a streamed body to format!("http://{addr}/") ...
//! # }
//! ```

use std::collections::VecDeque;
use std::convert::Infallible;
use std::fmt;
use std::future::Future;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use http_body::Frame;
use hyper::body::Incoming;
use hyper_util::rt::{TokioExecutor, TokioIo};
use tokio::net::TcpListener;
use tokio::sync::{mpsc, Notify};
use tokio::task::{JoinHandle, JoinSet};

/// The protocol a [`StreamServer`] speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Protocol {
    /// HTTP/1.1 (chunked response bodies).
    Http1,
    /// HTTP/2 over cleartext, prior knowledge (no upgrade, no TLS).
    Http2,
}

/// An error a [`StreamBody`] yields to make the server abort the response (HTTP/1.1: the
/// connection is closed mid-body; HTTP/2: the stream is reset).
#[derive(Debug)]
pub struct Abort;

impl fmt::Display for Abort {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("response aborted by the test script")
    }
}

impl std::error::Error for Abort {}

/// One step of a scripted response body.
#[derive(Clone, Debug)]
pub enum Step {
    /// Send these bytes as one chunk.
    Send(Bytes),
    /// Pause.
    Delay(Duration),
    /// Wait until the test calls `notify_one`/`notify_waiters` on this.
    WaitFor(Arc<Notify>),
    /// Abort the response here.
    Abort,
}

type BoxFut = Pin<Box<dyn Future<Output = ()> + Send>>;

enum Inner {
    Script {
        steps: VecDeque<Step>,
        wait: Option<BoxFut>,
    },
    Channel(mpsc::Receiver<Result<Bytes, Abort>>),
    Echo(Incoming),
    Repeat {
        chunk: Bytes,
        left: u64,
    },
}

/// A streamed response body for [`StreamServer`] handlers.
pub struct StreamBody(Inner);

impl fmt::Debug for StreamBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match &self.0 {
            Inner::Script { .. } => "script",
            Inner::Channel(_) => "channel",
            Inner::Echo(_) => "echo",
            Inner::Repeat { .. } => "repeat",
        };
        write!(f, "StreamBody({kind})")
    }
}

/// Pushes chunks into a [`StreamBody::channel`] body. Dropping it ends the body.
#[derive(Clone, Debug)]
pub struct BodyWriter(mpsc::Sender<Result<Bytes, Abort>>);

impl BodyWriter {
    /// Sends one chunk; `false` when the response is gone (the client went away).
    pub async fn send(&self, chunk: impl Into<Bytes>) -> bool {
        self.0.send(Ok(chunk.into())).await.is_ok()
    }

    /// Aborts the response.
    pub async fn abort(&self) {
        let _ = self.0.send(Err(Abort)).await;
    }

    /// Resolves when the response body has been dropped (the client went away, or the
    /// connection closed).
    pub async fn closed(&self) {
        self.0.closed().await
    }
}

impl StreamBody {
    /// A body that runs `steps` in order, then ends.
    pub fn script(steps: impl IntoIterator<Item = Step>) -> StreamBody {
        StreamBody(Inner::Script {
            steps: steps.into_iter().collect(),
            wait: None,
        })
    }

    /// A body fed by the returned writer, chunk by chunk (at most 4 chunks wait).
    pub fn channel() -> (BodyWriter, StreamBody) {
        let (tx, rx) = mpsc::channel(4);
        (BodyWriter(tx), StreamBody(Inner::Channel(rx)))
    }

    /// The request body, sent back chunk by chunk as it arrives; ends when it ends.
    pub fn echo(request: Incoming) -> StreamBody {
        StreamBody(Inner::Echo(request))
    }

    /// `chunk`, `times` times over (the same memory each time).
    pub fn repeat(chunk: Bytes, times: u64) -> StreamBody {
        StreamBody(Inner::Repeat { chunk, left: times })
    }
}

impl http_body::Body for StreamBody {
    type Data = Bytes;
    type Error = Box<dyn std::error::Error + Send + Sync>;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        match &mut self.0 {
            Inner::Script { steps, wait } => loop {
                if let Some(w) = wait {
                    if w.as_mut().poll(cx).is_pending() {
                        return Poll::Pending;
                    }
                    *wait = None;
                }
                match steps.pop_front() {
                    None => return Poll::Ready(None),
                    Some(Step::Send(b)) => return Poll::Ready(Some(Ok(Frame::data(b)))),
                    Some(Step::Abort) => return Poll::Ready(Some(Err(Box::new(Abort)))),
                    Some(Step::Delay(d)) => *wait = Some(Box::pin(tokio::time::sleep(d))),
                    Some(Step::WaitFor(n)) => {
                        *wait = Some(Box::pin(async move { n.notified().await }))
                    }
                }
            },
            Inner::Channel(rx) => rx.poll_recv(cx).map(|o| {
                o.map(|r| match r {
                    Ok(b) => Ok(Frame::data(b)),
                    Err(a) => Err(Box::new(a) as Self::Error),
                })
            }),
            Inner::Echo(incoming) => loop {
                match Pin::new(&mut *incoming).poll_frame(cx) {
                    Poll::Ready(Some(Ok(f))) => {
                        // Request trailers are not echoed.
                        if let Ok(data) = f.into_data() {
                            return Poll::Ready(Some(Ok(Frame::data(data))));
                        }
                    }
                    Poll::Ready(Some(Err(e))) => return Poll::Ready(Some(Err(Box::new(e)))),
                    Poll::Ready(None) => return Poll::Ready(None),
                    Poll::Pending => return Poll::Pending,
                }
            },
            Inner::Repeat { chunk, left } => {
                if *left == 0 {
                    return Poll::Ready(None);
                }
                *left -= 1;
                Poll::Ready(Some(Ok(Frame::data(chunk.clone()))))
            }
        }
    }
}

/// What a [`StreamServer`] saw of one request (the head; the body belongs to the handler).
#[derive(Clone, Debug)]
pub struct RequestHead {
    /// The method.
    pub method: http::Method,
    /// The request target.
    pub uri: http::Uri,
    /// The protocol version the request came in on.
    pub version: http::Version,
    /// The headers.
    pub headers: http::HeaderMap,
}

#[derive(Default)]
struct Shared {
    heads: Mutex<Vec<RequestHead>>,
    open: AtomicUsize,
    total: AtomicUsize,
    tls_failures: AtomicUsize,
}

struct OpenGuard(Arc<Shared>);

impl Drop for OpenGuard {
    fn drop(&mut self) {
        self.0.open.fetch_sub(1, Ordering::SeqCst);
    }
}

/// A streaming HTTP server on 127.0.0.1 (see the [module docs](self)).
#[derive(Debug)]
pub struct StreamServer;

impl StreamServer {
    /// Starts a server that answers every request with `handler`. Panics if it cannot
    /// listen on 127.0.0.1.
    pub async fn start<F, Fut>(protocol: Protocol, handler: F) -> (SocketAddr, StreamServerHandle)
    where
        F: Fn(http::Request<Incoming>) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = http::Response<StreamBody>> + Send + 'static,
    {
        StreamServer::serve(protocol, None, handler).await
    }

    /// Like [`StreamServer::start`] with HTTP/1.1 over TLS, with the test certificate of
    /// [`crate::tls::server_config`] (trusted by [`crate::tls::ca_pem`]); with
    /// `client_auth`, connections without a client certificate signed by the test CA fail
    /// the handshake (counted by [`StreamServerHandle::tls_failures`]).
    pub async fn start_tls<F, Fut>(
        client_auth: bool,
        handler: F,
    ) -> (SocketAddr, StreamServerHandle)
    where
        F: Fn(http::Request<Incoming>) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = http::Response<StreamBody>> + Send + 'static,
    {
        let acceptor = crate::tls::acceptor(client_auth);
        StreamServer::serve(Protocol::Http1, Some(acceptor), handler).await
    }

    async fn serve<F, Fut>(
        protocol: Protocol,
        tls: Option<tokio_rustls::TlsAcceptor>,
        handler: F,
    ) -> (SocketAddr, StreamServerHandle)
    where
        F: Fn(http::Request<Incoming>) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = http::Response<StreamBody>> + Send + 'static,
    {
        let listener = match TcpListener::bind("127.0.0.1:0").await {
            Ok(l) => l,
            Err(e) => panic!("StreamServer: cannot listen on 127.0.0.1: {e}"),
        };
        let addr = match listener.local_addr() {
            Ok(a) => a,
            Err(e) => panic!("StreamServer: no local address: {e}"),
        };
        let shared = Arc::new(Shared::default());
        let handler = Arc::new(handler);
        let sh = shared.clone();
        let task = tokio::spawn(async move {
            let mut conns = JoinSet::new();
            loop {
                let Ok((tcp, _)) = listener.accept().await else {
                    tokio::time::sleep(Duration::from_millis(10)).await;
                    continue;
                };
                sh.open.fetch_add(1, Ordering::SeqCst);
                sh.total.fetch_add(1, Ordering::SeqCst);
                let guard = OpenGuard(sh.clone());
                let (handler, sh) = (handler.clone(), sh.clone());
                let tls = tls.clone();
                let svc_sh = sh.clone();
                let svc = hyper::service::service_fn(move |req: http::Request<Incoming>| {
                    let head = RequestHead {
                        method: req.method().clone(),
                        uri: req.uri().clone(),
                        version: req.version(),
                        headers: req.headers().clone(),
                    };
                    if let Ok(mut h) = svc_sh.heads.lock() {
                        h.push(head);
                    }
                    let fut = handler(req);
                    async move { Ok::<_, Infallible>(fut.await) }
                });
                conns.spawn(async move {
                    let _guard = guard;
                    match tls {
                        None => serve_conn(protocol, TokioIo::new(tcp), svc).await,
                        Some(acceptor) => match acceptor.accept(tcp).await {
                            Ok(stream) => serve_conn(protocol, TokioIo::new(stream), svc).await,
                            Err(_) => {
                                sh.tls_failures.fetch_add(1, Ordering::SeqCst);
                            }
                        },
                    }
                });
                // Reap finished connections so the set does not grow without bound.
                while conns.try_join_next().is_some() {}
            }
        });
        (addr, StreamServerHandle { addr, shared, task })
    }
}

async fn serve_conn<I, S>(protocol: Protocol, io: I, svc: S)
where
    I: hyper::rt::Read + hyper::rt::Write + Unpin + Send + 'static,
    S: hyper::service::Service<
            http::Request<Incoming>,
            Response = http::Response<StreamBody>,
            Error = Infallible,
        > + Send
        + 'static,
    S::Future: Send + 'static,
{
    let _ = match protocol {
        Protocol::Http1 => {
            hyper::server::conn::http1::Builder::new()
                .serve_connection(io, svc)
                .await
        }
        Protocol::Http2 => {
            hyper::server::conn::http2::Builder::new(TokioExecutor::new())
                .serve_connection(io, svc)
                .await
        }
    };
}

/// A running [`StreamServer`]; dropping it stops the server and drops every connection.
pub struct StreamServerHandle {
    addr: SocketAddr,
    shared: Arc<Shared>,
    task: JoinHandle<()>,
}

impl StreamServerHandle {
    /// `http://127.0.0.1:PORT` followed by `path`.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    /// `https://127.0.0.1:PORT` followed by `path` (a server from
    /// [`StreamServer::start_tls`]).
    pub fn https_url(&self, path: &str) -> String {
        format!("https://{}{}", self.addr, path)
    }

    /// `127.0.0.1:PORT`.
    pub fn addr_string(&self) -> String {
        self.addr.to_string()
    }

    /// TLS handshakes that failed (a [`StreamServer::start_tls`] server).
    pub fn tls_failures(&self) -> usize {
        self.shared.tls_failures.load(Ordering::SeqCst)
    }

    /// The heads of the requests received so far, in arrival order.
    pub fn requests(&self) -> Vec<RequestHead> {
        self.shared
            .heads
            .lock()
            .map(|h| h.clone())
            .unwrap_or_default()
    }

    /// Connections open right now.
    pub fn open_connections(&self) -> usize {
        self.shared.open.load(Ordering::SeqCst)
    }

    /// Connections accepted so far.
    pub fn total_connections(&self) -> usize {
        self.shared.total.load(Ordering::SeqCst)
    }
}

impl Drop for StreamServerHandle {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl fmt::Debug for StreamServerHandle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StreamServerHandle")
            .field("addr", &self.addr)
            .field("open_connections", &self.open_connections())
            .finish()
    }
}

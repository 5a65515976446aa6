//! `kumo-testkit`: test-only helpers for Kumo: a fault-injecting server (this module)
//! and a moto server for end-to-end tests ([`moto`]).
//!
//! [`stream::StreamServer`] is a hyper server (HTTP/1.1 or cleartext HTTP/2) whose
//! responses stream: scripted chunks, chunks the test pushes, the request echoed back as it
//! arrives (full duplex), or gigabytes generated on the fly.
//!
//! [`stream::StreamServer::start_tls`] serves HTTP/1.1 over TLS with the test certificate of
//! [`tls`] (optionally demanding a client certificate), and [`proxy::TestProxy`] is a
//! recording forward proxy (`CONNECT` tunnels and absolute-form forwarding, optionally over
//! TLS), for tests that proxies and certificates take effect.
//!
//! [`FaultServer`] is an HTTP/1.1 server on 127.0.0.1 that misbehaves on purpose, for
//! testing retries, timeouts and error classification against real sockets. A
//! [`Script`] says what to do with each request — answer, reset the connection, send a
//! truncated body, stall, never answer — and the [`FaultServerHandle`] records what
//! arrived and how many connections were open.
//!
//! ```no_run
//! # async fn demo() {
//! use std::time::Duration;
//! use kumo_testkit::{Behavior, FaultServer, Script};
//!
//! let (addr, server) = FaultServer::start(Script::seq([
//!     Behavior::ResetMidHeaders,
//!     Behavior::respond(503, "<Error><Code>SlowDown</Code></Error>"),
//!     Behavior::respond(200, "{}").header("x-amzn-requestid", "r-1"),
//! ]))
//! .await;
//! // ... point a client at format!("http://{addr}/") ...
//! assert_eq!(server.requests().len(), 3);
//! # }
//! ```
//!
//! # How requests are numbered
//! Each request gets the next index (0, 1, 2, …, across all connections) when its first
//! byte arrives, so the script is deterministic for a client that sends one request at a
//! time, whatever connections it uses. [`Behavior::Refuse`] acts at that moment, before
//! the request is read; every other behaviour reads the whole request first (replying
//! `100 Continue` to `Expect: 100-continue`), records it, then acts.
//!
//! # Parsing
//! Hand-written and minimal: request line, headers, `Content-Length` or `chunked` bodies,
//! keep-alive (a connection serves requests until the client closes it, a request says
//! `Connection: close`, a response header says `connection: close`, or a behaviour breaks
//! it). Requests that cannot be parsed get `400` and the connection is closed. Nothing
//! here panics on what a client sends.
//!
//! # Shutdown
//! Dropping the handle (or [`FaultServerHandle::shutdown`]) stops the listener and drops
//! every connection.

#![warn(missing_docs)]

pub mod proxy;
pub mod stream;
pub mod tls;

use std::fmt;
use std::io;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::{JoinHandle, JoinSet};

pub mod moto;

/// What the server does with one request.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum Behavior {
    /// Answer normally. A `Content-Length` header is added unless `headers` has one; a
    /// `connection: close` header makes the server close the connection afterwards.
    Respond {
        /// The status code.
        status: u16,
        /// Header names and values, in order.
        headers: Vec<(String, String)>,
        /// The body.
        body: Bytes,
    },
    /// Reset the connection (TCP RST) as soon as the request's first byte arrives,
    /// without reading it. The client sees a connection reset (`HttpErrorKind::Io`).
    Refuse,
    /// Read the request, send the first bytes of a response head, then reset.
    ResetMidHeaders,
    /// Read the request, send headers declaring `declared_len` body bytes, send
    /// `after_bytes` of them, then reset.
    ResetMidBody {
        /// The `Content-Length` sent.
        declared_len: usize,
        /// How many body bytes go out before the reset.
        after_bytes: usize,
    },
    /// Read the request, declare `declared_len` body bytes, send `sent` of them, then
    /// close the connection cleanly (FIN): a truncated body.
    TruncatedBody {
        /// The `Content-Length` sent.
        declared_len: usize,
        /// How many body bytes go out before the close.
        sent: usize,
    },
    /// Read the request and never answer (the connection stays open until shutdown).
    NeverRespond,
    /// Answer 200 with a `total_len`-byte body, pausing for `stall` after `after_bytes`.
    StallBody {
        /// Body length.
        total_len: usize,
        /// Bytes sent before the pause.
        after_bytes: usize,
        /// Length of the pause.
        stall: Duration,
    },
    /// Read the request, wait `delay`, then do `then`.
    Delay {
        /// How long to wait.
        delay: Duration,
        /// What to do afterwards.
        then: Box<Behavior>,
    },
    /// Read the request, wait until at least `open` connections are open at the same time
    /// (this one included), then do `then`. Makes concurrency an event a test can rely on
    /// instead of a matter of timing: a client that never opens `open` connections at once
    /// gets no answer (so give the test a deadline).
    AwaitConnections {
        /// How many connections must be open at once.
        open: usize,
        /// What to do afterwards.
        then: Box<Behavior>,
    },
}

impl Behavior {
    /// `Respond` with `status` and `body`, no extra headers.
    pub fn respond(status: u16, body: impl Into<Bytes>) -> Behavior {
        Behavior::Respond {
            status,
            headers: Vec::new(),
            body: body.into(),
        }
    }

    /// Adds a response header (only on `Respond`; other behaviours are returned unchanged).
    pub fn header(mut self, name: &str, value: &str) -> Behavior {
        if let Behavior::Respond { headers, .. } = &mut self {
            headers.push((name.to_string(), value.to_string()));
        }
        self
    }

    /// `Delay` by `delay`, then `self`.
    pub fn delayed(self, delay: Duration) -> Behavior {
        Behavior::Delay {
            delay,
            then: Box::new(self),
        }
    }

    /// [`Behavior::AwaitConnections`]: wait for `open` connections at once, then `self`.
    pub fn after_connections(self, open: usize) -> Behavior {
        Behavior::AwaitConnections {
            open,
            then: Box::new(self),
        }
    }
}

/// The body bytes the server sends for the generated bodies (`ResetMidBody`,
/// `TruncatedBody`, `StallBody`): byte `i` is `i % 251`.
pub fn filler(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i % 251) as u8).collect()
}

type ScriptFn = dyn Fn(usize) -> Behavior + Send + Sync;

/// Which behaviour each request gets.
#[derive(Clone)]
pub enum Script {
    /// Request `i` gets element `i`; past the end, the last element repeats (an empty
    /// sequence answers `200` with an empty body).
    Seq(Arc<Vec<Behavior>>),
    /// Request `i` gets `f(i)`.
    Fn(Arc<ScriptFn>),
}

impl Script {
    /// A fixed sequence.
    pub fn seq(behaviors: impl IntoIterator<Item = Behavior>) -> Script {
        Script::Seq(Arc::new(behaviors.into_iter().collect()))
    }

    /// A function of the request index.
    pub fn func(f: impl Fn(usize) -> Behavior + Send + Sync + 'static) -> Script {
        Script::Fn(Arc::new(f))
    }

    /// The same behaviour for every request.
    pub fn always(b: Behavior) -> Script {
        Script::seq([b])
    }

    fn get(&self, index: usize) -> Behavior {
        match self {
            Script::Seq(v) => v
                .get(index)
                .or_else(|| v.last())
                .cloned()
                .unwrap_or_else(|| Behavior::respond(200, Bytes::new())),
            Script::Fn(f) => f(index),
        }
    }
}

impl fmt::Debug for Script {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Script::Seq(v) => f.debug_tuple("Seq").field(v).finish(),
            Script::Fn(_) => f.write_str("Fn(..)"),
        }
    }
}

impl From<Vec<Behavior>> for Script {
    fn from(v: Vec<Behavior>) -> Script {
        Script::seq(v)
    }
}

impl From<Behavior> for Script {
    fn from(b: Behavior) -> Script {
        Script::always(b)
    }
}

/// A request as the server read it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordedRequest {
    /// The request's index in the script.
    pub index: usize,
    /// Which connection carried it (0 for the first accepted connection, …).
    pub connection: usize,
    /// The method.
    pub method: String,
    /// The request target as sent (`/path?query`, or absolute form).
    pub target: String,
    /// Header names (as sent) and values, in order.
    pub headers: Vec<(String, String)>,
    /// The body, de-chunked.
    pub body: Bytes,
}

impl RecordedRequest {
    /// The first value of a header (name compared case-insensitively).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

#[derive(Default)]
struct Shared {
    requests: Mutex<Vec<RecordedRequest>>,
    next_index: AtomicUsize,
    accepted: AtomicUsize,
    open: AtomicUsize,
    max_open: AtomicUsize,
    /// Signalled whenever a connection opens.
    opened: tokio::sync::Notify,
}

impl Shared {
    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<RecordedRequest>> {
        match self.requests.lock() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        }
    }
}

/// Starts fault-injecting servers; see the crate docs.
#[derive(Debug)]
pub struct FaultServer;

impl FaultServer {
    /// Binds 127.0.0.1 on a free port and serves `script` until the handle is dropped.
    /// Must be called inside a tokio runtime.
    ///
    /// # Panics
    /// When no loopback port can be bound (the test environment is broken).
    pub async fn start(script: impl Into<Script>) -> (SocketAddr, FaultServerHandle) {
        match FaultServer::try_start(script).await {
            Ok(r) => r,
            Err(e) => panic!("FaultServer: cannot listen on 127.0.0.1: {e}"),
        }
    }

    /// Like [`FaultServer::start`], returning the bind error instead of panicking.
    pub async fn try_start(
        script: impl Into<Script>,
    ) -> io::Result<(SocketAddr, FaultServerHandle)> {
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let addr = listener.local_addr()?;
        let shared = Arc::new(Shared::default());
        let script = script.into();
        let sh = shared.clone();
        let task = tokio::spawn(async move {
            let mut conns = JoinSet::new();
            loop {
                tokio::select! {
                    accepted = listener.accept() => {
                        let Ok((tcp, _)) = accepted else {
                            // Out of file descriptors or similar: back off instead of spinning.
                            tokio::time::sleep(Duration::from_millis(10)).await;
                            continue;
                        };
                        let id = sh.accepted.fetch_add(1, Ordering::SeqCst);
                        let now = sh.open.fetch_add(1, Ordering::SeqCst) + 1;
                        sh.max_open.fetch_max(now, Ordering::SeqCst);
                        sh.opened.notify_waiters();
                        let (sh, script) = (sh.clone(), script.clone());
                        conns.spawn(async move {
                            let _guard = OpenGuard(sh.clone());
                            let _ = serve(tcp, id, &sh, &script).await;
                        });
                    }
                    Some(_) = conns.join_next(), if !conns.is_empty() => {}
                }
            }
        });
        Ok((addr, FaultServerHandle { addr, shared, task }))
    }
}

struct OpenGuard(Arc<Shared>);

impl Drop for OpenGuard {
    fn drop(&mut self) {
        self.0.open.fetch_sub(1, Ordering::SeqCst);
    }
}

/// A running [`FaultServer`]: what it saw, and its off switch (dropping it stops the server).
pub struct FaultServerHandle {
    addr: SocketAddr,
    shared: Arc<Shared>,
    task: JoinHandle<()>,
}

impl FaultServerHandle {
    /// The listening address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://127.0.0.1:PORT` followed by `path`.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    /// The requests read so far, in arrival order (`Refuse`d ones are not read, so not here).
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.shared.lock().clone()
    }

    /// How many requests started (were given a script index), refused ones included.
    pub fn request_count(&self) -> usize {
        self.shared.next_index.load(Ordering::SeqCst)
    }

    /// How many connections were accepted in total.
    pub fn connections(&self) -> usize {
        self.shared.accepted.load(Ordering::SeqCst)
    }

    /// How many connections are open now.
    pub fn open_connections(&self) -> usize {
        self.shared.open.load(Ordering::SeqCst)
    }

    /// The most connections that were open at once.
    pub fn max_concurrent_connections(&self) -> usize {
        self.shared.max_open.load(Ordering::SeqCst)
    }

    /// Stops the server and closes every connection (same as dropping the handle).
    pub fn shutdown(self) {}
}

impl Drop for FaultServerHandle {
    fn drop(&mut self) {
        // Aborting the accept task drops its JoinSet, which aborts every connection task.
        self.task.abort();
    }
}

impl fmt::Debug for FaultServerHandle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FaultServerHandle")
            .field("addr", &self.addr)
            .field("requests", &self.request_count())
            .field("connections", &self.connections())
            .finish()
    }
}

const MAX_HEAD: usize = 64 * 1024;
const MAX_BODY: usize = 256 * 1024 * 1024;

/// A connection with a read buffer.
struct Conn {
    tcp: TcpStream,
    buf: Vec<u8>,
}

enum ReadError {
    /// The client closed or broke the connection.
    Gone,
    /// The request is malformed; answer 400 and close.
    Bad(&'static str),
}

impl From<io::Error> for ReadError {
    fn from(_: io::Error) -> ReadError {
        ReadError::Gone
    }
}

impl Conn {
    /// Reads more bytes into the buffer; `Gone` at EOF.
    async fn fill(&mut self) -> Result<(), ReadError> {
        let mut chunk = [0u8; 16 * 1024];
        let n = self.tcp.read(&mut chunk).await?;
        if n == 0 {
            return Err(ReadError::Gone);
        }
        self.buf
            .extend_from_slice(chunk.get(..n).unwrap_or_default());
        Ok(())
    }

    /// Takes bytes up to and including the first `delim`, reading as needed.
    async fn take_until(&mut self, delim: &[u8], limit: usize) -> Result<Vec<u8>, ReadError> {
        loop {
            if let Some(pos) = self.buf.windows(delim.len()).position(|w| w == delim) {
                let rest = self.buf.split_off(pos + delim.len());
                return Ok(std::mem::replace(&mut self.buf, rest));
            }
            if self.buf.len() > limit {
                return Err(ReadError::Bad("request head or chunk line too long"));
            }
            self.fill().await?;
        }
    }

    async fn take_exact(&mut self, n: usize) -> Result<Vec<u8>, ReadError> {
        while self.buf.len() < n {
            self.fill().await?;
        }
        let rest = self.buf.split_off(n);
        Ok(std::mem::replace(&mut self.buf, rest))
    }

    /// Resets the connection (RST).
    fn reset(self) {
        let _ = self.tcp.set_zero_linger();
        drop(self.tcp);
    }
}

struct Head {
    method: String,
    target: String,
    headers: Vec<(String, String)>,
}

fn parse_head(raw: &[u8]) -> Result<Head, ReadError> {
    let text = std::str::from_utf8(raw).map_err(|_| ReadError::Bad("request head is not UTF-8"))?;
    let mut lines = text.split("\r\n");
    let request_line = lines.next().unwrap_or_default();
    let mut parts = request_line.split(' ');
    let (Some(method), Some(target), Some(version), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(ReadError::Bad("bad request line"));
    };
    if method.is_empty() || target.is_empty() || !version.starts_with("HTTP/1.") {
        return Err(ReadError::Bad("bad request line"));
    }
    let mut headers = Vec::new();
    for line in lines.filter(|l| !l.is_empty()) {
        let (name, value) = line
            .split_once(':')
            .ok_or(ReadError::Bad("bad header line"))?;
        if name.is_empty() || name.contains(' ') {
            return Err(ReadError::Bad("bad header name"));
        }
        headers.push((name.to_string(), value.trim().to_string()));
    }
    Ok(Head {
        method: method.to_string(),
        target: target.to_string(),
        headers,
    })
}

fn find<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

async fn read_body(conn: &mut Conn, headers: &[(String, String)]) -> Result<Vec<u8>, ReadError> {
    let chunked = find(headers, "transfer-encoding")
        .is_some_and(|v| v.to_ascii_lowercase().contains("chunked"));
    if chunked {
        let mut body = Vec::new();
        loop {
            let line = conn.take_until(b"\r\n", 4096).await?;
            let line = std::str::from_utf8(&line).map_err(|_| ReadError::Bad("bad chunk size"))?;
            let size = line.trim_end().split(';').next().unwrap_or_default().trim();
            let size =
                usize::from_str_radix(size, 16).map_err(|_| ReadError::Bad("bad chunk size"))?;
            if size == 0 {
                // Trailers, up to the empty line.
                loop {
                    let t = conn.take_until(b"\r\n", MAX_HEAD).await?;
                    if t == b"\r\n" {
                        return Ok(body);
                    }
                }
            }
            if body.len().saturating_add(size) > MAX_BODY {
                return Err(ReadError::Bad("body too large"));
            }
            body.extend(conn.take_exact(size).await?);
            if conn.take_exact(2).await? != b"\r\n" {
                return Err(ReadError::Bad("chunk not followed by CRLF"));
            }
        }
    }
    match find(headers, "content-length") {
        Some(v) => {
            let n: usize = v
                .trim()
                .parse()
                .map_err(|_| ReadError::Bad("bad content-length"))?;
            if n > MAX_BODY {
                return Err(ReadError::Bad("body too large"));
            }
            conn.take_exact(n).await
        }
        None => Ok(Vec::new()),
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        100 => "Continue",
        200 => "OK",
        201 => "Created",
        204 => "No Content",
        206 => "Partial Content",
        301 => "Moved Permanently",
        304 => "Not Modified",
        307 => "Temporary Redirect",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        409 => "Conflict",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "Status",
    }
}

fn response_head(status: u16, headers: &[(String, String)], content_length: usize) -> Vec<u8> {
    let mut head = format!("HTTP/1.1 {status} {}\r\n", reason(status));
    for (n, v) in headers {
        head.push_str(&format!("{n}: {v}\r\n"));
    }
    if find(headers, "content-length").is_none() && find(headers, "transfer-encoding").is_none() {
        head.push_str(&format!("Content-Length: {content_length}\r\n"));
    }
    head.push_str("\r\n");
    head.into_bytes()
}

/// Serves one connection until it closes or a behaviour ends it.
async fn serve(tcp: TcpStream, conn_id: usize, shared: &Shared, script: &Script) -> io::Result<()> {
    let _ = tcp.set_nodelay(true);
    let mut conn = Conn {
        tcp,
        buf: Vec::new(),
    };
    loop {
        // Wait for the request's first byte before numbering it.
        if conn.buf.is_empty() && conn.fill().await.is_err() {
            return Ok(());
        }
        let index = shared.next_index.fetch_add(1, Ordering::SeqCst);
        let mut behavior = script.get(index);
        if let Behavior::Refuse = behavior {
            conn.reset();
            return Ok(());
        }
        let head = match conn
            .take_until(b"\r\n\r\n", MAX_HEAD)
            .await
            .and_then(|raw| parse_head(&raw))
        {
            Ok(h) => h,
            Err(ReadError::Gone) => return Ok(()),
            Err(ReadError::Bad(why)) => return bad_request(conn, why).await,
        };
        if find(&head.headers, "expect").is_some_and(|v| v.eq_ignore_ascii_case("100-continue")) {
            conn.tcp.write_all(b"HTTP/1.1 100 Continue\r\n\r\n").await?;
        }
        let body = match read_body(&mut conn, &head.headers).await {
            Ok(b) => b,
            Err(ReadError::Gone) => return Ok(()),
            Err(ReadError::Bad(why)) => return bad_request(conn, why).await,
        };
        let client_close =
            find(&head.headers, "connection").is_some_and(|v| v.eq_ignore_ascii_case("close"));
        shared.lock().push(RecordedRequest {
            index,
            connection: conn_id,
            method: head.method,
            target: head.target,
            headers: head.headers,
            body: Bytes::from(body),
        });

        loop {
            match behavior {
                Behavior::Delay { delay, then } => {
                    tokio::time::sleep(delay).await;
                    behavior = *then;
                }
                Behavior::AwaitConnections { open, then } => {
                    loop {
                        // Registered before the check, so an opening in between is not missed.
                        let opened = shared.opened.notified();
                        if shared.open.load(Ordering::SeqCst) >= open {
                            break;
                        }
                        opened.await;
                    }
                    behavior = *then;
                }
                other => {
                    behavior = other;
                    break;
                }
            }
        }
        match behavior {
            Behavior::Respond {
                status,
                headers,
                body,
            } => {
                let mut out = response_head(status, &headers, body.len());
                out.extend_from_slice(&body);
                conn.tcp.write_all(&out).await?;
                let server_close =
                    find(&headers, "connection").is_some_and(|v| v.eq_ignore_ascii_case("close"));
                if client_close || server_close {
                    let _ = conn.tcp.shutdown().await;
                    return Ok(());
                }
            }
            Behavior::Refuse => {
                conn.reset();
                return Ok(());
            }
            Behavior::ResetMidHeaders => {
                conn.tcp.write_all(b"HTTP/1.1 200 OK\r\nContent-Ty").await?;
                conn.tcp.flush().await?;
                tokio::time::sleep(Duration::from_millis(20)).await;
                conn.reset();
                return Ok(());
            }
            Behavior::ResetMidBody {
                declared_len,
                after_bytes,
            } => {
                let mut out = response_head(200, &[], declared_len);
                out.extend(filler(after_bytes.min(declared_len)));
                conn.tcp.write_all(&out).await?;
                conn.tcp.flush().await?;
                tokio::time::sleep(Duration::from_millis(20)).await;
                conn.reset();
                return Ok(());
            }
            Behavior::TruncatedBody { declared_len, sent } => {
                let mut out = response_head(200, &[], declared_len);
                out.extend(filler(sent.min(declared_len)));
                conn.tcp.write_all(&out).await?;
                conn.tcp.shutdown().await?;
                return Ok(());
            }
            Behavior::NeverRespond => {
                // Keep the socket open (and drain it) until the client leaves or shutdown.
                while conn.fill().await.is_ok() {
                    conn.buf.clear();
                }
                return Ok(());
            }
            Behavior::StallBody {
                total_len,
                after_bytes,
                stall,
            } => {
                let body = filler(total_len);
                let split = after_bytes.min(total_len);
                let (first, rest) = body.split_at(split);
                let mut out = response_head(200, &[], total_len);
                out.extend_from_slice(first);
                conn.tcp.write_all(&out).await?;
                conn.tcp.flush().await?;
                tokio::time::sleep(stall).await;
                conn.tcp.write_all(rest).await?;
                if client_close {
                    let _ = conn.tcp.shutdown().await;
                    return Ok(());
                }
            }
            Behavior::Delay { .. } | Behavior::AwaitConnections { .. } => {}
        }
    }
}

async fn bad_request(mut conn: Conn, why: &str) -> io::Result<()> {
    let out = format!(
        "HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: {}\r\n\r\n{why}",
        why.len()
    );
    conn.tcp.write_all(out.as_bytes()).await?;
    conn.tcp.shutdown().await
}

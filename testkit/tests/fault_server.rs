//! Every `FaultServer` behaviour against kumo-runtime's `HyperClient`: the right
//! `HttpErrorKind`, never a panic.
//!
//! Timing: a timeout that must fire waits for a server that stays silent far longer (a
//! minute); one that must not fire is far longer than what it guards (30 s); elapsed time is
//! only ever a lower bound, measured on the client; anything the server does concurrently is
//! awaited as an event ([`until`]), never given a fixed sleep.

use std::time::{Duration, Instant};

use kumo_runtime::http::{HttpClient, HttpError, HttpErrorKind, HttpSettings, HyperClient};
use kumo_runtime::Body;
use kumo_testkit::{filler, Behavior, FaultServer, Script};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

fn client(read_timeout_ms: u64) -> HyperClient {
    HyperClient::new(&HttpSettings {
        connect_timeout: Some(Duration::from_secs(5)),
        read_timeout: Some(Duration::from_millis(read_timeout_ms)),
        ..HttpSettings::default()
    })
    .unwrap()
}

/// Polls `cond` every few milliseconds until it holds; panics with `what` after 30 s.
async fn until(what: &str, cond: impl Fn() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while !cond() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}

/// Long enough that a stalled server never gets its bytes out before a short timeout fires,
/// whatever the machine's load (the server is dropped with the test, ending the stall).
const STALL: Duration = Duration::from_secs(60);

/// A read timeout that must not fire.
const PATIENT_MS: u64 = 30_000;

fn get(url: String) -> http::Request<Body> {
    http::Request::get(url).body(Body::empty()).unwrap()
}

/// Reads a body to the end; the error, if any, as an `HttpError`.
async fn read_all(body: Body) -> Result<Vec<u8>, HttpError> {
    match body.collect().await {
        Ok(b) => Ok(b.to_vec()),
        Err(e) => Err(e
            .downcast_ref::<HttpError>()
            .expect("body errors are HttpErrors")
            .clone()),
    }
}

#[tokio::test]
async fn responds_records_and_keeps_alive() {
    let (_addr, server) = FaultServer::start(Script::seq([
        Behavior::respond(201, "first").header("x-amzn-requestid", "r1"),
        Behavior::respond(404, "second"),
    ]))
    .await;
    let c = client(PATIENT_MS);
    let req = http::Request::put(server.url("/k?x=1"))
        .header("x-a", "b")
        .body(Body::from("payload"))
        .unwrap();
    let resp = c.send(req).await.unwrap();
    assert_eq!(resp.status(), 201);
    assert_eq!(resp.headers()["x-amzn-requestid"], "r1");
    assert_eq!(read_all(resp.into_body()).await.unwrap(), b"first");
    let resp = c.send(get(server.url("/two"))).await.unwrap();
    assert_eq!(resp.status(), 404);
    assert_eq!(read_all(resp.into_body()).await.unwrap(), b"second");

    let reqs = server.requests();
    assert_eq!(reqs.len(), 2);
    assert_eq!(
        (
            reqs[0].index,
            reqs[0].method.as_str(),
            reqs[0].target.as_str()
        ),
        (0, "PUT", "/k?x=1")
    );
    assert_eq!(reqs[0].header("X-A"), Some("b"));
    assert_eq!(&reqs[0].body[..], b"payload");
    assert_eq!(
        (
            reqs[1].index,
            reqs[1].method.as_str(),
            reqs[1].target.as_str()
        ),
        (1, "GET", "/two")
    );
    // Past the end of the sequence, the last behaviour repeats.
    assert_eq!(c.send(get(server.url("/3"))).await.unwrap().status(), 404);

    // Keep-alive: two requests, one after the other's answer, on one raw connection. (The
    // client's pool returns a connection from a background task, so whether it reuses one
    // is a race; a raw socket is not.)
    let (addr, server) = FaultServer::start(Script::seq([
        Behavior::respond(200, "one"),
        Behavior::respond(200, "two").header("connection", "close"),
    ]))
    .await;
    let mut tcp = tokio::net::TcpStream::connect(addr).await.unwrap();
    tcp.write_all(b"GET /1 HTTP/1.1\r\nHost: a\r\n\r\n")
        .await
        .unwrap();
    let first = b"HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\none";
    let mut buf = vec![0u8; first.len()];
    tcp.read_exact(&mut buf).await.unwrap();
    assert_eq!(&buf[..], &first[..]);
    tcp.write_all(b"GET /2 HTTP/1.1\r\nHost: a\r\n\r\n")
        .await
        .unwrap();
    let mut out = String::new();
    tcp.read_to_string(&mut out).await.unwrap();
    assert!(out.ends_with("\r\n\r\ntwo"), "{out}");
    assert_eq!(server.connections(), 1);
    let reqs = server.requests();
    assert_eq!(
        reqs.iter()
            .map(|r| (r.connection, r.target.as_str()))
            .collect::<Vec<_>>(),
        [(0, "/1"), (0, "/2")]
    );
}

#[tokio::test]
async fn reads_chunked_request_bodies() {
    let (_addr, server) = FaultServer::start(Behavior::respond(200, "")).await;
    let (tx, rx) = tokio::sync::mpsc::channel::<bytes::Bytes>(4);
    struct Chan(tokio::sync::mpsc::Receiver<bytes::Bytes>);
    impl http_body::Body for Chan {
        type Data = bytes::Bytes;
        type Error = std::convert::Infallible;
        fn poll_frame(
            mut self: std::pin::Pin<&mut Self>,
            cx: &mut std::task::Context<'_>,
        ) -> std::task::Poll<Option<Result<http_body::Frame<bytes::Bytes>, Self::Error>>> {
            self.0
                .poll_recv(cx)
                .map(|o| o.map(|b| Ok(http_body::Frame::data(b))))
        }
    }
    tokio::spawn(async move {
        for part in ["ab", "cde", "f"] {
            tx.send(bytes::Bytes::from(part)).await.unwrap();
        }
    });
    let req = http::Request::post(server.url("/"))
        .body(Body::from_stream(Chan(rx)))
        .unwrap();
    assert_eq!(client(PATIENT_MS).send(req).await.unwrap().status(), 200);
    let r = &server.requests()[0];
    assert_eq!(r.header("transfer-encoding"), Some("chunked"));
    assert_eq!(&r.body[..], b"abcdef");
}

#[tokio::test]
async fn refuse_is_an_io_error_then_the_script_goes_on() {
    let (_addr, server) = FaultServer::start(Script::seq([
        Behavior::Refuse,
        Behavior::respond(200, "ok"),
    ]))
    .await;
    let c = client(PATIENT_MS);
    let e = c.send(get(server.url("/"))).await.unwrap_err();
    assert_eq!(e.kind(), HttpErrorKind::Io, "{e}");
    let resp = c.send(get(server.url("/"))).await.unwrap();
    assert_eq!(read_all(resp.into_body()).await.unwrap(), b"ok");
    assert_eq!(server.request_count(), 2);
    assert_eq!(server.requests().len(), 1, "refused requests are not read");
    assert_eq!(server.connections(), 2);
}

#[tokio::test]
async fn reset_mid_headers_is_an_io_error() {
    let (_addr, server) = FaultServer::start(Behavior::ResetMidHeaders).await;
    let e = client(PATIENT_MS)
        .send(get(server.url("/")))
        .await
        .unwrap_err();
    assert_eq!(e.kind(), HttpErrorKind::Io, "{e}");
    assert!(e.may_have_been_sent());
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn reset_mid_body_is_a_body_io_error() {
    let (_addr, server) = FaultServer::start(Behavior::ResetMidBody {
        declared_len: 100_000,
        after_bytes: 1000,
    })
    .await;
    let resp = client(PATIENT_MS).send(get(server.url("/"))).await.unwrap();
    assert_eq!(resp.status(), 200);
    let e = read_all(resp.into_body()).await.unwrap_err();
    assert_eq!(e.kind(), HttpErrorKind::Io, "{e}");
}

#[tokio::test]
async fn truncated_body_is_a_body_io_error() {
    let (_addr, server) = FaultServer::start(Behavior::TruncatedBody {
        declared_len: 500,
        sent: 200,
    })
    .await;
    let resp = client(PATIENT_MS).send(get(server.url("/"))).await.unwrap();
    let e = read_all(resp.into_body()).await.unwrap_err();
    assert_eq!(e.kind(), HttpErrorKind::Io, "{e}");
}

#[tokio::test]
async fn never_respond_is_a_read_timeout() {
    let (_addr, server) = FaultServer::start(Behavior::NeverRespond).await;
    let start = Instant::now();
    let e = client(300).send(get(server.url("/"))).await.unwrap_err();
    assert_eq!(e.kind(), HttpErrorKind::ReadTimeout, "{e}");
    assert!(start.elapsed() >= Duration::from_millis(300));
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn stalled_body_times_out_or_completes() {
    let (_addr, server) = FaultServer::start(Script::seq([
        Behavior::StallBody {
            total_len: 5000,
            after_bytes: 1000,
            stall: STALL,
        },
        Behavior::StallBody {
            total_len: 5000,
            after_bytes: 1000,
            stall: Duration::from_millis(300),
        },
    ]))
    .await;
    let start = Instant::now();
    let resp = client(200).send(get(server.url("/"))).await.unwrap();
    let e = read_all(resp.into_body()).await.unwrap_err();
    assert_eq!(e.kind(), HttpErrorKind::ReadTimeout, "{e}");
    assert!(start.elapsed() >= Duration::from_millis(200));
    // A read timeout longer than the stall gets the whole body, after the stall.
    let start = Instant::now();
    let resp = client(PATIENT_MS).send(get(server.url("/"))).await.unwrap();
    assert_eq!(read_all(resp.into_body()).await.unwrap(), filler(5000));
    assert!(start.elapsed() >= Duration::from_millis(300));
}

#[tokio::test]
async fn delay_then_respond() {
    let (_addr, server) = FaultServer::start(Script::seq([
        Behavior::respond(200, "late").delayed(Duration::from_millis(300)),
        Behavior::respond(200, "too late").delayed(STALL),
    ]))
    .await;
    let start = Instant::now();
    let resp = client(PATIENT_MS).send(get(server.url("/"))).await.unwrap();
    // The server waited 300 ms after reading the request, which the client sent after `start`.
    assert!(start.elapsed() >= Duration::from_millis(300));
    assert_eq!(read_all(resp.into_body()).await.unwrap(), b"late");
    let e = client(100).send(get(server.url("/"))).await.unwrap_err();
    assert_eq!(e.kind(), HttpErrorKind::ReadTimeout, "{e}");
}

#[tokio::test]
async fn function_scripts() {
    let (_addr, server) = FaultServer::start(Script::func(|i| {
        Behavior::respond(if i < 2 { 503 } else { 200 }, i.to_string())
    }))
    .await;
    let c = client(PATIENT_MS);
    for (want_status, want_body) in [(503, "0"), (503, "1"), (200, "2"), (200, "3")] {
        let resp = c.send(get(server.url("/"))).await.unwrap();
        assert_eq!(resp.status(), want_status);
        assert_eq!(
            read_all(resp.into_body()).await.unwrap(),
            want_body.as_bytes()
        );
    }
    assert_eq!(server.request_count(), 4);
}

/// Five requests at once: the server holds each answer until all five connections are open
/// (`after_connections`), so the count of concurrent connections is exact, not a race.
#[tokio::test]
async fn connection_counts_and_await_connections() {
    let (_addr, server) = FaultServer::start(Script::func(|i| {
        if i < 5 {
            Behavior::respond(503, i.to_string()).after_connections(5)
        } else {
            Behavior::respond(200, i.to_string())
        }
    }))
    .await;
    let c = client(PATIENT_MS);
    let mut tasks = Vec::new();
    for _ in 0..5 {
        let (c, url) = (c.clone(), server.url("/"));
        tasks.push(tokio::spawn(async move {
            c.send(get(url)).await.unwrap().status().as_u16()
        }));
    }
    for t in tasks {
        let status = tokio::time::timeout(Duration::from_secs(30), t)
            .await
            .expect("five connections at once")
            .unwrap();
        assert_eq!(status, 503);
    }
    assert_eq!(server.max_concurrent_connections(), 5);
    assert_eq!(server.connections(), 5);
    let resp = c.send(get(server.url("/"))).await.unwrap();
    assert_eq!(resp.status(), 200);
    assert_eq!(read_all(resp.into_body()).await.unwrap(), b"5");
}

#[tokio::test]
async fn bad_requests_get_400_and_expect_continue_works() {
    let (addr, server) = FaultServer::start(Behavior::respond(200, "fine")).await;
    let mut tcp = tokio::net::TcpStream::connect(addr).await.unwrap();
    tcp.write_all(b"GARBAGE\r\n\r\n").await.unwrap();
    let mut out = String::new();
    tcp.read_to_string(&mut out).await.unwrap();
    assert!(out.starts_with("HTTP/1.1 400 "), "{out}");

    let mut tcp = tokio::net::TcpStream::connect(addr).await.unwrap();
    tcp.write_all(
        b"POST /x HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n",
    )
    .await
    .unwrap();
    let mut buf = [0u8; 25];
    tcp.read_exact(&mut buf).await.unwrap();
    assert_eq!(&buf, b"HTTP/1.1 100 Continue\r\n\r\n");
    tcp.write_all(b"abcGET /y HTTP/1.1\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    let mut out = String::new();
    tcp.read_to_string(&mut out).await.unwrap();
    assert_eq!(out.matches("HTTP/1.1 200 OK").count(), 2, "{out}");
    let reqs = server.requests();
    assert_eq!(&reqs.last().unwrap().target, "/y");
    assert_eq!(&reqs[reqs.len() - 2].body[..], b"abc");
}

#[tokio::test]
async fn stops_when_dropped() {
    let (addr, server) = FaultServer::start(Behavior::NeverRespond).await;
    let pending = {
        let c = client(PATIENT_MS);
        let url = server.url("/");
        tokio::spawn(async move { c.send(get(url)).await })
    };
    // The request has been read (NeverRespond records it before going silent).
    until("the request to arrive", || server.requests().len() == 1).await;
    assert_eq!(server.open_connections(), 1);
    drop(server);
    // The open connection is closed...
    let e = tokio::time::timeout(Duration::from_secs(30), pending)
        .await
        .expect("the connection was not closed")
        .unwrap()
        .unwrap_err();
    assert_eq!(e.kind(), HttpErrorKind::Io, "{e}");
    // ...and new connections are refused: the connection closed because the server task's
    // state was dropped, the listener with it.
    let e = client(PATIENT_MS)
        .send(get(format!("http://{addr}/")))
        .await
        .unwrap_err();
    assert_eq!(e.kind(), HttpErrorKind::Connect, "{e}");
}

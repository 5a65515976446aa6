//! Every `FaultServer` behaviour against kumo-runtime's `HyperClient`: the right
//! `HttpErrorKind`, never a panic.

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
    let c = client(5000);
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
    assert_eq!(
        server.connections(),
        1,
        "the second request reuses the connection"
    );
    assert_eq!(reqs[1].connection, 0);
    // Past the end of the sequence, the last behaviour repeats.
    assert_eq!(c.send(get(server.url("/3"))).await.unwrap().status(), 404);
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
    assert_eq!(client(5000).send(req).await.unwrap().status(), 200);
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
    let c = client(5000);
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
    let e = client(5000).send(get(server.url("/"))).await.unwrap_err();
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
    let resp = client(5000).send(get(server.url("/"))).await.unwrap();
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
    let resp = client(5000).send(get(server.url("/"))).await.unwrap();
    let e = read_all(resp.into_body()).await.unwrap_err();
    assert_eq!(e.kind(), HttpErrorKind::Io, "{e}");
}

#[tokio::test]
async fn never_respond_is_a_read_timeout() {
    let (_addr, server) = FaultServer::start(Behavior::NeverRespond).await;
    let start = Instant::now();
    let e = client(300).send(get(server.url("/"))).await.unwrap_err();
    assert_eq!(e.kind(), HttpErrorKind::ReadTimeout, "{e}");
    assert!(start.elapsed() < Duration::from_secs(3));
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn stalled_body_times_out_or_completes() {
    let stall = Behavior::StallBody {
        total_len: 5000,
        after_bytes: 1000,
        stall: Duration::from_millis(600),
    };
    let (_addr, server) = FaultServer::start(stall).await;
    let resp = client(200).send(get(server.url("/"))).await.unwrap();
    let e = read_all(resp.into_body()).await.unwrap_err();
    assert_eq!(e.kind(), HttpErrorKind::ReadTimeout, "{e}");
    // A read timeout longer than the stall gets the whole body.
    let resp = client(3000).send(get(server.url("/"))).await.unwrap();
    assert_eq!(read_all(resp.into_body()).await.unwrap(), filler(5000));
}

#[tokio::test]
async fn delay_then_respond() {
    let (_addr, server) =
        FaultServer::start(Behavior::respond(200, "late").delayed(Duration::from_millis(300)))
            .await;
    let start = Instant::now();
    let resp = client(3000).send(get(server.url("/"))).await.unwrap();
    assert!(start.elapsed() >= Duration::from_millis(290));
    assert_eq!(read_all(resp.into_body()).await.unwrap(), b"late");
    let e = client(100).send(get(server.url("/"))).await.unwrap_err();
    assert_eq!(e.kind(), HttpErrorKind::ReadTimeout, "{e}");
}

#[tokio::test]
async fn function_scripts_and_connection_counts() {
    let (_addr, server) = FaultServer::start(Script::func(|i| {
        Behavior::respond(if i < 5 { 503 } else { 200 }, i.to_string())
            .delayed(Duration::from_millis(100))
    }))
    .await;
    let c = client(5000);
    let mut tasks = Vec::new();
    for _ in 0..5 {
        let (c, url) = (c.clone(), server.url("/"));
        tasks.push(tokio::spawn(async move {
            c.send(get(url)).await.unwrap().status().as_u16()
        }));
    }
    for t in tasks {
        assert_eq!(t.await.unwrap(), 503);
    }
    assert_eq!(server.max_concurrent_connections(), 5);
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
        let c = client(10_000);
        let url = server.url("/");
        tokio::spawn(async move { c.send(get(url)).await })
    };
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(server.open_connections(), 1);
    drop(server);
    // The open connection is closed and new connections are refused.
    let e = tokio::time::timeout(Duration::from_secs(5), pending)
        .await
        .unwrap()
        .unwrap()
        .unwrap_err();
    assert_eq!(e.kind(), HttpErrorKind::Io, "{e}");
    tokio::time::sleep(Duration::from_millis(50)).await;
    let e = client(1000)
        .send(get(format!("http://{addr}/")))
        .await
        .unwrap_err();
    assert_eq!(e.kind(), HttpErrorKind::Connect, "{e}");
}

//! Event streams over real sockets: `HyperClient` against `kumo_testkit`'s streaming
//! server. Output streams over HTTP/1.1 and HTTP/2 (messages arrive while the body is still
//! open; body failures keep their kind), input streams over HTTP/2 full duplex (the client
//! keeps writing signed frames while the echoed ones come back), and the connection is
//! released when a stream is dropped.
//!
//! Every test is bounded by a generous deadline and waits on events, not on time.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use kumo_runtime::auth::sigv4::event::EventSigner;
use kumo_runtime::credentials::Credentials;
use kumo_runtime::eventstream::{
    channel, DecodeErrorKind, HeaderValue, Message, MessageStream, StreamError,
};
use kumo_runtime::http::{HttpClient, HttpError, HttpErrorKind, HttpSettings, HyperClient};
use kumo_runtime::Body;
use kumo_testkit::stream::{Protocol, Step, StreamBody, StreamServer};
use tokio::sync::Notify;

const DEADLINE: Duration = Duration::from_secs(60);

async fn bounded<T>(f: impl Future<Output = T>) -> T {
    tokio::time::timeout(DEADLINE, f)
        .await
        .expect("the test did not finish before its deadline")
}

fn event(i: usize) -> Message {
    Message::new(format!("event {i}"))
        .with_header(":message-type", "event")
        .with_header(":event-type", "Chunk")
}

fn encoded(i: usize) -> Bytes {
    event(i).encode().unwrap()
}

fn client(read_timeout: Duration) -> HyperClient {
    HyperClient::new(&HttpSettings {
        connect_timeout: Some(Duration::from_secs(10)),
        read_timeout: Some(read_timeout),
        max_pool_connections: 1,
        ..HttpSettings::default()
    })
    .unwrap()
}

fn request(url: &str, protocol: Protocol, body: Body) -> http::Request<Body> {
    let mut req = http::Request::post(url)
        .header("content-type", "application/vnd.amazon.eventstream")
        .body(body)
        .unwrap();
    if protocol == Protocol::Http2 {
        *req.version_mut() = http::Version::HTTP_2;
    }
    req
}

async fn open(client: &HyperClient, url: &str, protocol: Protocol) -> MessageStream {
    let resp = client
        .send(request(url, protocol, Body::empty()))
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    MessageStream::new(resp.into_body())
}

fn payload(m: &Message) -> String {
    String::from_utf8(m.payload().to_vec()).unwrap()
}

/// Serves `steps` (one script per request, in order) over `protocol`.
async fn scripted(
    protocol: Protocol,
    scripts: Vec<Vec<Step>>,
) -> (String, kumo_testkit::stream::StreamServerHandle) {
    let scripts = Arc::new(std::sync::Mutex::new(scripts.into_iter()));
    let (_, server) = StreamServer::start(protocol, move |_req| {
        let steps = scripts.lock().unwrap().next().unwrap_or_default();
        async move { http::Response::new(StreamBody::script(steps)) }
    })
    .await;
    (server.url("/"), server)
}

#[tokio::test]
async fn messages_arrive_before_the_body_ends() {
    for protocol in [Protocol::Http1, Protocol::Http2] {
        let gate = Arc::new(Notify::new());
        let (url, server) = scripted(
            protocol,
            vec![vec![
                Step::Send(encoded(0)),
                Step::WaitFor(gate.clone()),
                Step::Delay(Duration::from_millis(20)),
                Step::Send(encoded(1)),
            ]],
        )
        .await;
        bounded(async {
            let c = client(Duration::from_secs(30));
            let mut s = open(&c, &url, protocol).await;
            // The server holds the rest of the body until the gate opens: this message can
            // only have come while the body was still open.
            let first = s.recv().await.unwrap().unwrap();
            assert_eq!(payload(&first), "event 0");
            gate.notify_one();
            let second = s.recv().await.unwrap().unwrap();
            assert_eq!(payload(&second), "event 1");
            assert!(s.recv().await.is_none());
        })
        .await;
        let want = match protocol {
            Protocol::Http1 => http::Version::HTTP_11,
            Protocol::Http2 => http::Version::HTTP_2,
        };
        assert_eq!(server.requests()[0].version, want);
    }
}

#[tokio::test]
async fn frames_split_and_merged_across_network_chunks() {
    let all: Vec<u8> = (0..6).flat_map(|i| encoded(i).to_vec()).collect();
    let first = encoded(0).len();
    let mut steps: Vec<Step> = all[..first]
        .iter()
        .map(|b| Step::Send(Bytes::copy_from_slice(&[*b])))
        .collect();
    let cut = first + (all.len() - first) / 2 + 3;
    steps.push(Step::Send(Bytes::copy_from_slice(&all[first..cut])));
    steps.push(Step::Send(Bytes::copy_from_slice(&all[cut..])));
    let (url, _server) = scripted(Protocol::Http1, vec![steps]).await;
    bounded(async {
        let mut s = open(&client(Duration::from_secs(30)), &url, Protocol::Http1).await;
        let mut got = Vec::new();
        while let Some(m) = s.recv().await {
            got.push(payload(&m.unwrap()));
        }
        assert_eq!(
            got,
            (0..6).map(|i| format!("event {i}")).collect::<Vec<_>>()
        );
    })
    .await;
}

#[tokio::test]
async fn a_body_ending_inside_a_frame_is_truncated() {
    let second = encoded(1);
    let (url, _server) = scripted(
        Protocol::Http1,
        vec![vec![
            Step::Send(encoded(0)),
            Step::Send(second.slice(..second.len() / 2)),
        ]],
    )
    .await;
    bounded(async {
        let mut s = open(&client(Duration::from_secs(30)), &url, Protocol::Http1).await;
        assert!(s.recv().await.unwrap().is_ok());
        let e = s.recv().await.unwrap().unwrap_err();
        let d = e.decode_error().expect("a decode error");
        assert_eq!(d.kind(), DecodeErrorKind::Truncated);
        assert_eq!(d.frame_offset(), encoded(0).len() as u64);
        assert!(s.recv().await.is_none());
    })
    .await;
}

fn http_error(e: &StreamError) -> HttpErrorKind {
    match e {
        StreamError::Body(b) => HttpError::find_in(&**b)
            .unwrap_or_else(|| panic!("not an HttpError: {b}"))
            .kind(),
        other => panic!("expected a body error, got {other}"),
    }
}

#[tokio::test]
async fn an_aborted_body_is_an_io_error() {
    for protocol in [Protocol::Http1, Protocol::Http2] {
        // The abort waits for the first message to be read: an HTTP/2 reset that overtakes
        // the response headers fails `send` instead (the stream never started).
        let gate = Arc::new(Notify::new());
        let (url, _server) = scripted(
            protocol,
            vec![vec![
                Step::Send(encoded(0)),
                Step::WaitFor(gate.clone()),
                Step::Abort,
            ]],
        )
        .await;
        bounded(async {
            let mut s = open(&client(Duration::from_secs(30)), &url, protocol).await;
            assert!(s.recv().await.unwrap().is_ok());
            gate.notify_one();
            let e = s.recv().await.unwrap().unwrap_err();
            assert_eq!(http_error(&e), HttpErrorKind::Io, "{protocol:?}: {e}");
            assert!(s.recv().await.is_none());
        })
        .await;
    }
}

#[tokio::test]
async fn a_stalled_stream_is_a_read_timeout() {
    let never = Arc::new(Notify::new());
    let (url, _server) = scripted(
        Protocol::Http1,
        vec![vec![Step::Send(encoded(0)), Step::WaitFor(never)]],
    )
    .await;
    bounded(async {
        let mut s = open(&client(Duration::from_millis(300)), &url, Protocol::Http1).await;
        assert!(s.recv().await.unwrap().is_ok());
        let e = s.recv().await.unwrap().unwrap_err();
        assert_eq!(http_error(&e), HttpErrorKind::ReadTimeout, "{e}");
    })
    .await;
}

#[tokio::test]
async fn dropping_the_stream_releases_the_connection() {
    let never = Arc::new(Notify::new());
    let (url, server) = scripted(
        Protocol::Http1,
        vec![
            vec![Step::Send(encoded(0)), Step::WaitFor(never)],
            vec![Step::Send(encoded(7))],
        ],
    )
    .await;
    bounded(async {
        // One connection allowed: the second request can only go out once the first
        // stream has let go of it.
        let c = client(Duration::from_secs(30));
        let mut s = open(&c, &url, Protocol::Http1).await;
        assert!(s.recv().await.unwrap().is_ok());
        drop(s);
        let mut s = open(&c, &url, Protocol::Http1).await;
        assert_eq!(payload(&s.recv().await.unwrap().unwrap()), "event 7");
        assert!(s.recv().await.is_none());
        // The unfinished response's connection was closed, not reused.
        assert_eq!(server.total_connections(), 2);
        while server.open_connections() > 1 {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    })
    .await;
}

#[tokio::test]
async fn input_stream_over_http2_is_full_duplex() {
    let (_, server) = StreamServer::start(Protocol::Http2, |req| async move {
        http::Response::new(StreamBody::echo(req.into_body()))
    })
    .await;
    bounded(async {
        let c = client(Duration::from_secs(30));
        let (tx, input) = channel(2);
        let slot = input.signer_slot();
        let req = request(&server.url("/"), Protocol::Http2, input.into_body());
        // What the pipeline will do right after signing the request.
        let creds = Credentials::new(
            "AKIDEXAMPLE",
            "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            None,
        );
        slot.install(EventSigner::new(
            creds,
            "us-east-1",
            "transcribe",
            "0".repeat(64),
        ));
        let resp = c.send(req).await.unwrap();
        assert_eq!(resp.version(), http::Version::HTTP_2);
        let mut echoed = MessageStream::new(resp.into_body());
        let mut signatures = Vec::new();
        for i in 0..5 {
            tx.send(event(i)).await.unwrap();
            // The echo of message i arrives while the request body is still open (message
            // i + 1 is not written yet).
            let env = echoed.recv().await.unwrap().unwrap();
            let sig = env
                .header(":chunk-signature")
                .and_then(HeaderValue::as_bytes)
                .unwrap();
            assert_eq!(sig.len(), 32);
            signatures.push(sig.clone());
            assert!(matches!(
                env.header(":date"),
                Some(HeaderValue::Timestamp(_))
            ));
            let (inner, _) = Message::decode(env.payload()).unwrap();
            assert_eq!(inner, event(i));
        }
        drop(tx);
        // The final frame: signed, empty.
        let last = echoed.recv().await.unwrap().unwrap();
        assert!(last.payload().is_empty());
        assert!(last.header(":chunk-signature").is_some());
        assert!(echoed.recv().await.is_none());
        signatures.dedup();
        assert_eq!(
            signatures.len(),
            5,
            "every signature differs (the chain moves)"
        );
    })
    .await;
    let head = &server.requests()[0];
    assert_eq!(head.version, http::Version::HTTP_2);
    assert_eq!(
        head.headers.get("content-type").map(|v| v.as_bytes()),
        Some(&b"application/vnd.amazon.eventstream"[..])
    );
}

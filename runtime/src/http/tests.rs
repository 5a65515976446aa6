//! `HyperClient` against local servers on 127.0.0.1 (hyper servers, raw sockets, a TLS
//! server with the test certificates in `testdata/`, and tiny proxies).
//!
//! Timing: a timeout that must fire faces a server that stays silent for far longer; one
//! that must not fire is far longer than the pauses it must tolerate (30 s by default, and
//! 1 s against 100 ms pauses); elapsed time is only asserted as a lower bound on the client's
//! clock, which a loaded machine cannot break.

use std::convert::Infallible;
use std::future::Future;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body::Frame;
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;

use super::*;
use crate::body::BoxError;

type Handler =
    Arc<dyn Fn(http::Request<Incoming>) -> BoxFuture<'static, http::Response<Body>> + Send + Sync>;

fn handler<F, Fut>(f: F) -> Handler
where
    F: Fn(http::Request<Incoming>) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = http::Response<Body>> + Send + 'static,
{
    Arc::new(move |req| Box::pin(f(req)))
}

#[derive(Default, Debug)]
struct ConnStats {
    open: AtomicUsize,
    max_open: AtomicUsize,
    total: AtomicUsize,
}

impl ConnStats {
    fn opened(&self) {
        self.total.fetch_add(1, Ordering::SeqCst);
        let now = self.open.fetch_add(1, Ordering::SeqCst) + 1;
        self.max_open.fetch_max(now, Ordering::SeqCst);
    }
}

async fn serve_conn<I>(io: I, h: Handler)
where
    I: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
{
    let svc = hyper::service::service_fn(move |req| {
        let h = h.clone();
        async move { Ok::<_, Infallible>(h(req).await) }
    });
    let _ = hyper::server::conn::http1::Builder::new()
        .serve_connection(TokioIo::new(io), svc)
        .await;
}

/// A plain HTTP/1.1 server; returns its address and connection statistics.
async fn server(h: Handler) -> (SocketAddr, Arc<ConnStats>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let stats = Arc::new(ConnStats::default());
    let st = stats.clone();
    tokio::spawn(async move {
        while let Ok((tcp, _)) = listener.accept().await {
            st.opened();
            let (h, st) = (h.clone(), st.clone());
            tokio::spawn(async move {
                serve_conn(tcp, h).await;
                st.open.fetch_sub(1, Ordering::SeqCst);
            });
        }
    });
    (addr, stats)
}

fn testdata(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("src/http/testdata")
        .join(name)
}

/// A TLS server with `testdata/server.pem`; with `client_auth`, it demands a client
/// certificate signed by `testdata/ca.pem`.
async fn tls_server(h: Handler, client_auth: bool) -> SocketAddr {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let certs: Vec<_> = CertificateDer::pem_file_iter(testdata("server.pem"))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let key = PrivateKeyDer::from_pem_file(testdata("server.key")).unwrap();
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = rustls::ServerConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .unwrap();
    let builder = if client_auth {
        let mut roots = rustls::RootCertStore::empty();
        for c in CertificateDer::pem_file_iter(testdata("ca.pem")).unwrap() {
            roots.add(c.unwrap()).unwrap();
        }
        let verifier =
            rustls::server::WebPkiClientVerifier::builder_with_provider(Arc::new(roots), provider)
                .build()
                .unwrap();
        builder.with_client_cert_verifier(verifier)
    } else {
        builder.with_no_client_auth()
    };
    let config = builder.with_single_cert(certs, key).unwrap();
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((tcp, _)) = listener.accept().await {
            let (acceptor, h) = (acceptor.clone(), h.clone());
            tokio::spawn(async move {
                if let Ok(tls) = acceptor.accept(tcp).await {
                    serve_conn(tls, h).await;
                }
            });
        }
    });
    addr
}

fn hello() -> Handler {
    handler(|_req| async { http::Response::new(Body::from("hello")) })
}

/// Timeouts that must not fire in tests that are not about them.
fn settings() -> HttpSettings {
    HttpSettings {
        connect_timeout: Some(Duration::from_secs(30)),
        read_timeout: Some(Duration::from_secs(30)),
        ..HttpSettings::default()
    }
}

fn get(url: &str) -> HttpRequest {
    http::Request::get(url).body(Body::empty()).unwrap()
}

/// A request or response body fed through a channel, chunk by chunk.
struct ChannelBody(mpsc::Receiver<Bytes>);

impl http_body::Body for ChannelBody {
    type Data = Bytes;
    type Error = BoxError;
    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, BoxError>>> {
        self.0.poll_recv(cx).map(|o| o.map(|b| Ok(Frame::data(b))))
    }
}

const MB: usize = 1024 * 1024;

#[tokio::test]
async fn round_trip() {
    let (addr, _) = server(handler(|req: http::Request<Incoming>| async move {
        let method = req.method().to_string();
        let path = req.uri().to_string();
        let h = req
            .headers()
            .get("x-test")
            .map(|v| v.to_str().unwrap().to_string())
            .unwrap_or_default();
        let cl = req
            .headers()
            .get("content-length")
            .map(|v| v.to_str().unwrap().to_string())
            .unwrap_or_default();
        let body = Body::from_stream(req.into_body()).collect().await.unwrap();
        let text = format!(
            "{method} {path} x-test={h} content-length={cl} body={}",
            String::from_utf8_lossy(&body)
        );
        http::Response::builder()
            .status(201)
            .header("x-answer", "42")
            .body(Body::from(text))
            .unwrap()
    }))
    .await;
    let client = HyperClient::new(&settings()).unwrap();
    for _ in 0..3 {
        let req = http::Request::put(format!("http://{addr}/a/b?c=d"))
            .header("x-test", "yes")
            .body(Body::from("payload"))
            .unwrap();
        let resp = client.send(req).await.unwrap();
        assert_eq!(resp.status(), 201);
        assert_eq!(resp.headers()["x-answer"], "42");
        let body = resp.into_body().collect().await.unwrap();
        assert_eq!(
            &body[..],
            b"PUT /a/b?c=d x-test=yes content-length=7 body=payload"
        );
    }
}

#[tokio::test]
async fn invalid_requests_and_settings() {
    let client = HyperClient::new(&settings()).unwrap();
    let e = client.send(get("/no/scheme")).await.unwrap_err();
    assert_eq!(e.kind(), HttpErrorKind::InvalidRequest);
    let mut h3 = get("http://127.0.0.1:1/");
    *h3.version_mut() = http::Version::HTTP_3;
    assert_eq!(
        client.send(h3).await.unwrap_err().kind(),
        HttpErrorKind::InvalidRequest
    );
    let e = client.send(get("ftp://127.0.0.1/")).await.unwrap_err();
    assert_eq!(e.kind(), HttpErrorKind::InvalidRequest);
    let bad = HttpSettings {
        ca_bundle: Some(testdata("missing.pem")),
        ..settings()
    };
    assert_eq!(
        HyperClient::new(&bad).unwrap_err().kind(),
        HttpErrorKind::Config
    );
    let bad = HttpSettings {
        ca_bundle: Some(testdata("README.md")),
        ..settings()
    };
    assert_eq!(
        HyperClient::new(&bad).unwrap_err().kind(),
        HttpErrorKind::Config
    );
    let bad = HttpSettings {
        proxies: Proxies {
            https: Some("socks5://127.0.0.1:1".into()),
            ..Proxies::default()
        },
        ..settings()
    };
    assert_eq!(
        HyperClient::new(&bad).unwrap_err().kind(),
        HttpErrorKind::Config
    );
}

/// The upload is produced in two halves; the second is only produced after the server
/// has received 1 MB. A client that buffered the body before sending would deadlock.
#[tokio::test]
async fn streams_a_large_upload_without_buffering() {
    let (got_first_mb_tx, got_first_mb_rx) = tokio::sync::oneshot::channel::<()>();
    let got_first_mb_tx = Arc::new(std::sync::Mutex::new(Some(got_first_mb_tx)));
    let (addr, _) = server(handler(move |req: http::Request<Incoming>| {
        let signal = got_first_mb_tx.clone();
        async move {
            let mut body = Body::from_stream(req.into_body());
            let mut n = 0usize;
            while let Some(chunk) = body.next_chunk().await {
                n += chunk.unwrap().len();
                if n >= MB {
                    if let Some(tx) = signal.lock().unwrap().take() {
                        let _ = tx.send(());
                    }
                }
            }
            http::Response::new(Body::from(n.to_string()))
        }
    }))
    .await;
    let (tx, rx) = mpsc::channel::<Bytes>(1);
    tokio::spawn(async move {
        let chunk = Bytes::from(vec![7u8; 64 * 1024]);
        for _ in 0..160 {
            tx.send(chunk.clone()).await.unwrap(); // 10 MB
        }
        got_first_mb_rx.await.unwrap();
        for _ in 0..160 {
            tx.send(chunk.clone()).await.unwrap(); // 10 MB more
        }
    });
    let client = HyperClient::new(&settings()).unwrap();
    let req = http::Request::post(format!("http://{addr}/upload"))
        .body(Body::from_stream(ChannelBody(rx)))
        .unwrap();
    let resp = tokio::time::timeout(Duration::from_secs(60), client.send(req))
        .await
        .expect("deadlock: upload buffered?")
        .unwrap();
    assert_eq!(
        resp.into_body().collect().await.unwrap(),
        (20 * MB).to_string()
    );
}

/// The server sends 10 MB, waits until the client has seen the first bytes, then sends
/// 10 MB more: `send` must return at the headers and the body must stream.
#[tokio::test]
async fn streams_a_large_download_without_buffering() {
    let (seen_tx, seen_rx) = tokio::sync::oneshot::channel::<()>();
    let seen_rx = Arc::new(std::sync::Mutex::new(Some(seen_rx)));
    let (addr, _) = server(handler(move |_req| {
        let seen_rx = seen_rx.lock().unwrap().take();
        async move {
            let (tx, rx) = mpsc::channel::<Bytes>(1);
            tokio::spawn(async move {
                let chunk = Bytes::from(vec![9u8; 64 * 1024]);
                for _ in 0..160 {
                    tx.send(chunk.clone()).await.unwrap();
                }
                if let Some(rx) = seen_rx {
                    rx.await.unwrap();
                }
                for _ in 0..160 {
                    tx.send(chunk.clone()).await.unwrap();
                }
            });
            http::Response::new(Body::from_stream(ChannelBody(rx)))
        }
    }))
    .await;
    let client = HyperClient::new(&settings()).unwrap();
    let resp = tokio::time::timeout(
        Duration::from_secs(60),
        client.send(get(&format!("http://{addr}/big"))),
    )
    .await
    .expect("send waited for the whole body")
    .unwrap();
    let mut body = resp.into_body();
    assert!(body.bytes().is_none(), "the response body must be a stream");
    let mut seen_tx = Some(seen_tx);
    let mut n = 0usize;
    let read = async {
        while let Some(chunk) = body.next_chunk().await {
            let chunk = chunk.unwrap();
            assert!(chunk.iter().all(|b| *b == 9));
            n += chunk.len();
            if let Some(tx) = seen_tx.take() {
                tx.send(()).unwrap();
            }
        }
    };
    tokio::time::timeout(Duration::from_secs(60), read)
        .await
        .expect("deadlock: download buffered?");
    assert_eq!(n, 20 * MB);
}

#[tokio::test]
async fn connection_refused_is_a_connect_error() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    drop(listener);
    let client = HyperClient::new(&settings()).unwrap();
    let e = client
        .send(get(&format!("http://{addr}/")))
        .await
        .unwrap_err();
    assert_eq!(e.kind(), HttpErrorKind::Connect, "{e}");
    assert!(!e.may_have_been_sent());
    assert!(e.to_string().contains(&addr.to_string()), "{e}");
}

/// A listener whose accept queue is full (backlog 1, never accepting): Linux drops
/// further SYNs, so connecting hangs until `connect_timeout`.
#[tokio::test]
async fn connect_timeout_on_a_full_backlog() {
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.bind("127.0.0.1:0".parse().unwrap()).unwrap();
    let listener = socket.listen(1).unwrap();
    let addr = listener.local_addr().unwrap();
    let mut fillers = Vec::new();
    for _ in 0..8 {
        if let Ok(Ok(s)) =
            tokio::time::timeout(Duration::from_millis(200), TcpStream::connect(addr)).await
        {
            fillers.push(s);
        }
    }
    let client = HyperClient::new(&HttpSettings {
        connect_timeout: Some(Duration::from_millis(300)),
        ..settings()
    })
    .unwrap();
    let start = Instant::now();
    let e = client
        .send(get(&format!("http://{addr}/")))
        .await
        .unwrap_err();
    assert_eq!(e.kind(), HttpErrorKind::ConnectTimeout, "{e}");
    assert!(!e.may_have_been_sent());
    assert!(start.elapsed() >= Duration::from_millis(300));
    drop(listener);
}

/// A server that accepts, reads, and never answers.
async fn silent_server() -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((mut tcp, _)) = listener.accept().await {
            tokio::spawn(async move {
                let mut buf = [0u8; 4096];
                while let Ok(n) = tcp.read(&mut buf).await {
                    if n == 0 {
                        break;
                    }
                }
            });
        }
    });
    addr
}

#[tokio::test]
async fn read_timeout_waiting_for_headers() {
    let addr = silent_server().await;
    let client = HyperClient::new(&HttpSettings {
        read_timeout: Some(Duration::from_millis(300)),
        ..settings()
    })
    .unwrap();
    let start = Instant::now();
    let e = client
        .send(get(&format!("http://{addr}/")))
        .await
        .unwrap_err();
    assert_eq!(e.kind(), HttpErrorKind::ReadTimeout, "{e}");
    assert!(e.may_have_been_sent());
    assert!(start.elapsed() >= Duration::from_millis(300));
    let sdk: crate::error::SdkError = e.into();
    assert_eq!(sdk.kind(), crate::error::SdkErrorKind::ReadTimeout);
}

/// Raw server: headers promising 10 bytes, 5 bytes, then `gap`, then 5 more.
async fn stalling_server(gap: Duration) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((mut tcp, _)) = listener.accept().await {
            tokio::spawn(async move {
                let mut buf = [0u8; 4096];
                let _ = tcp.read(&mut buf).await;
                let _ = tcp
                    .write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhello")
                    .await;
                tokio::time::sleep(gap).await;
                let _ = tcp.write_all(b"world").await;
                tokio::time::sleep(Duration::from_secs(5)).await;
            });
        }
    });
    addr
}

#[tokio::test]
async fn read_timeout_on_a_stalled_body() {
    let addr = stalling_server(Duration::from_secs(60)).await;
    let client = HyperClient::new(&HttpSettings {
        read_timeout: Some(Duration::from_millis(300)),
        ..settings()
    })
    .unwrap();
    let resp = client.send(get(&format!("http://{addr}/"))).await.unwrap();
    let mut body = resp.into_body();
    assert_eq!(&body.next_chunk().await.unwrap().unwrap()[..], b"hello");
    let err = body.next_chunk().await.unwrap().unwrap_err();
    let http_err = err
        .downcast_ref::<HttpError>()
        .expect("body errors are HttpErrors");
    assert_eq!(http_err.kind(), HttpErrorKind::ReadTimeout, "{http_err}");
}

/// read_timeout limits each stall, not the whole body: 12 chunks 100 ms apart take at least
/// 1.2 s (measured), more than the 1 s timeout, and pass; each pause is 10× under it.
#[tokio::test]
async fn read_timeout_is_not_a_whole_body_limit() {
    let (addr, _) = server(handler(|_req| async {
        let (tx, rx) = mpsc::channel::<Bytes>(1);
        tokio::spawn(async move {
            for i in 0..12 {
                tokio::time::sleep(Duration::from_millis(100)).await;
                tx.send(Bytes::from(format!("{i},"))).await.unwrap();
            }
        });
        http::Response::new(Body::from_stream(ChannelBody(rx)))
    }))
    .await;
    let client = HyperClient::new(&HttpSettings {
        read_timeout: Some(Duration::from_secs(1)),
        ..settings()
    })
    .unwrap();
    let start = Instant::now();
    let resp = client.send(get(&format!("http://{addr}/"))).await.unwrap();
    assert_eq!(
        resp.into_body().collect().await.unwrap(),
        "0,1,2,3,4,5,6,7,8,9,10,11,"
    );
    assert!(start.elapsed() >= Duration::from_millis(1200));
    // And a gap under the timeout on the raw server passes too.
    let addr = stalling_server(Duration::from_millis(100)).await;
    let resp = client.send(get(&format!("http://{addr}/"))).await.unwrap();
    assert_eq!(resp.into_body().collect().await.unwrap(), "helloworld");
}

/// A slow upload (12 chunks 100 ms apart: at least 1.2 s, measured) does not trip a 1 s read
/// timeout: the headers timer restarts with each request body chunk.
#[tokio::test]
async fn slow_upload_does_not_trip_the_read_timeout() {
    let (addr, _) = server(handler(|req: http::Request<Incoming>| async move {
        let body = Body::from_stream(req.into_body()).collect().await.unwrap();
        http::Response::new(Body::from(body))
    }))
    .await;
    let (tx, rx) = mpsc::channel::<Bytes>(1);
    let start = Instant::now();
    tokio::spawn(async move {
        for i in 0..12 {
            tokio::time::sleep(Duration::from_millis(100)).await;
            tx.send(Bytes::from(format!("{i},"))).await.unwrap();
        }
    });
    let client = HyperClient::new(&HttpSettings {
        read_timeout: Some(Duration::from_secs(1)),
        ..settings()
    })
    .unwrap();
    let req = http::Request::post(format!("http://{addr}/"))
        .body(Body::from_stream(ChannelBody(rx)))
        .unwrap();
    let resp = client.send(req).await.unwrap();
    assert_eq!(
        resp.into_body().collect().await.unwrap(),
        "0,1,2,3,4,5,6,7,8,9,10,11,"
    );
    assert!(start.elapsed() >= Duration::from_millis(1200));
}

#[tokio::test]
async fn pool_is_bounded_under_200_concurrent_requests() {
    let in_handler = Arc::new(AtomicUsize::new(0));
    let max_in_handler = Arc::new(AtomicUsize::new(0));
    let (ih, mih) = (in_handler.clone(), max_in_handler.clone());
    let (addr, stats) = server(handler(move |_req| {
        let (ih, mih) = (ih.clone(), mih.clone());
        async move {
            let now = ih.fetch_add(1, Ordering::SeqCst) + 1;
            mih.fetch_max(now, Ordering::SeqCst);
            tokio::time::sleep(Duration::from_millis(5)).await;
            ih.fetch_sub(1, Ordering::SeqCst);
            http::Response::new(Body::from(vec![1u8; 1000]))
        }
    }))
    .await;
    let client = HyperClient::new(&HttpSettings {
        max_pool_connections: 10,
        ..settings()
    })
    .unwrap();
    let mut tasks = Vec::new();
    for i in 0..200 {
        let client = client.clone();
        tasks.push(tokio::spawn(async move {
            let resp = client
                .send(get(&format!("http://{addr}/{i}")))
                .await
                .unwrap();
            assert_eq!(resp.into_body().collect().await.unwrap().len(), 1000);
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    let max_open = stats.max_open.load(Ordering::SeqCst);
    eprintln!(
        "max_open={max_open} total={}",
        stats.total.load(Ordering::SeqCst)
    );
    assert!(
        max_open <= 10,
        "server saw {max_open} concurrent connections"
    );
    assert!(max_in_handler.load(Ordering::SeqCst) <= 10);
    assert!(stats.total.load(Ordering::SeqCst) >= 1);
}

#[tokio::test]
async fn tls_with_a_ca_bundle() {
    let addr = tls_server(hello(), false).await;
    let client = HyperClient::new(&HttpSettings {
        ca_bundle: Some(testdata("ca.pem")),
        ..settings()
    })
    .unwrap();
    for host in ["localhost", "127.0.0.1"] {
        let resp = client
            .send(get(&format!("https://{host}:{}/", addr.port())))
            .await
            .unwrap();
        assert_eq!(resp.into_body().collect().await.unwrap(), "hello");
    }
}

#[tokio::test]
async fn tls_verification_fails_without_the_ca() {
    let addr = tls_server(hello(), false).await;
    let client = HyperClient::new(&settings()).unwrap();
    let e = client
        .send(get(&format!("https://localhost:{}/", addr.port())))
        .await
        .unwrap_err();
    assert_eq!(e.kind(), HttpErrorKind::Tls, "{e}");
    assert!(!e.may_have_been_sent());
    // verify = false accepts it (botocore's verify=False).
    let client = HyperClient::new(&HttpSettings {
        verify: false,
        ..settings()
    })
    .unwrap();
    let resp = client
        .send(get(&format!("https://localhost:{}/", addr.port())))
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
}

#[tokio::test]
async fn tls_with_a_client_certificate() {
    let addr = tls_server(hello(), true).await;
    let url = format!("https://localhost:{}/", addr.port());
    let with = HttpSettings {
        ca_bundle: Some(testdata("ca.pem")),
        client_cert: Some(ClientCert::with_key(
            testdata("client.pem"),
            testdata("client.key"),
        )),
        ..settings()
    };
    let resp = HyperClient::new(&with)
        .unwrap()
        .send(get(&url))
        .await
        .unwrap();
    assert_eq!(resp.into_body().collect().await.unwrap(), "hello");
    let without = HttpSettings {
        ca_bundle: Some(testdata("ca.pem")),
        ..settings()
    };
    let e = HyperClient::new(&without)
        .unwrap()
        .send(get(&url))
        .await
        .unwrap_err();
    // TLS 1.3: the server's rejection (a `certificate_required` alert) arrives after the
    // client has finished its side of the handshake, while the request goes out.
    assert_eq!(e.kind(), HttpErrorKind::Tls, "{e}");
    assert!(
        std::error::Error::source(&e)
            .is_some_and(|s| format!("{s:?}").contains("CertificateRequired")),
        "{e:?}"
    );
}

/// A server speaking HTTP/2 (with `tls`: over TLS offering ALPN `h2` and `http/1.1`, and
/// serving whichever the client picks; without: cleartext h2 with prior knowledge). Every
/// response body is the request's HTTP version, `HTTP/2.0` or `HTTP/1.1`.
async fn h2_server(tls: bool) -> SocketAddr {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let svc = hyper::service::service_fn(|req: http::Request<Incoming>| async move {
        let v = format!("{:?}", req.version());
        Ok::<_, Infallible>(http::Response::new(Body::from(v)))
    });
    let acceptor = tls.then(|| {
        let certs: Vec<_> = CertificateDer::pem_file_iter(testdata("server.pem"))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        let key = PrivateKeyDer::from_pem_file(testdata("server.key")).unwrap();
        let mut config = rustls::ServerConfig::builder_with_provider(Arc::new(
            rustls::crypto::ring::default_provider(),
        ))
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .unwrap();
        config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
        tokio_rustls::TlsAcceptor::from(Arc::new(config))
    });
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((tcp, _)) = listener.accept().await {
            let acceptor = acceptor.clone();
            tokio::spawn(async move {
                let h2 =
                    hyper::server::conn::http2::Builder::new(hyper_util::rt::TokioExecutor::new());
                let Some(acceptor) = acceptor else {
                    let _ = h2.serve_connection(TokioIo::new(tcp), svc).await;
                    return;
                };
                let Ok(tls) = acceptor.accept(tcp).await else {
                    return;
                };
                if tls.get_ref().1.alpn_protocol() == Some(b"h2".as_slice()) {
                    let _ = h2.serve_connection(TokioIo::new(tls), svc).await;
                } else {
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(TokioIo::new(tls), svc)
                        .await;
                }
            });
        }
    });
    addr
}

fn with_version(mut req: HttpRequest, v: http::Version) -> HttpRequest {
    *req.version_mut() = v;
    req
}

#[tokio::test]
async fn http2_over_tls_by_alpn_only_when_asked() {
    let addr = h2_server(true).await;
    let client = HyperClient::new(&HttpSettings {
        ca_bundle: Some(testdata("ca.pem")),
        ..settings()
    })
    .unwrap();
    let url = format!("https://localhost:{}/", addr.port());
    for _ in 0..2 {
        let resp = client
            .send(with_version(get(&url), http::Version::HTTP_2))
            .await
            .unwrap();
        assert_eq!(resp.version(), http::Version::HTTP_2);
        assert_eq!(resp.into_body().collect().await.unwrap(), "HTTP/2.0");
        // The same server offers h2, but a plain request stays on HTTP/1.1.
        let resp = client.send(get(&url)).await.unwrap();
        assert_eq!(resp.version(), http::Version::HTTP_11);
        assert_eq!(resp.into_body().collect().await.unwrap(), "HTTP/1.1");
    }
}

#[tokio::test]
async fn http2_needs_the_server_to_agree_by_alpn() {
    // `tls_server` offers no ALPN protocol at all.
    let addr = tls_server(hello(), false).await;
    let client = HyperClient::new(&HttpSettings {
        ca_bundle: Some(testdata("ca.pem")),
        ..settings()
    })
    .unwrap();
    let url = format!("https://localhost:{}/", addr.port());
    let e = client
        .send(with_version(get(&url), http::Version::HTTP_2))
        .await
        .unwrap_err();
    assert_eq!(e.kind(), HttpErrorKind::Tls, "{e}");
    assert!(e.to_string().contains("ALPN h2"), "{e}");
    assert!(!e.may_have_been_sent());
    // HTTP/1.1 to the same server still works.
    let resp = client.send(get(&url)).await.unwrap();
    assert_eq!(resp.into_body().collect().await.unwrap(), "hello");
}

#[tokio::test]
async fn http2_cleartext_with_prior_knowledge() {
    let addr = h2_server(false).await;
    let client = HyperClient::new(&settings()).unwrap();
    let resp = client
        .send(with_version(
            get(&format!("http://{addr}/")),
            http::Version::HTTP_2,
        ))
        .await
        .unwrap();
    assert_eq!(resp.into_body().collect().await.unwrap(), "HTTP/2.0");
    // h2c cannot go through a forward proxy.
    let proxied = HyperClient::new(&HttpSettings {
        proxies: Proxies {
            http: Some("http://127.0.0.1:1".into()),
            ..Proxies::default()
        },
        ..settings()
    })
    .unwrap();
    let e = proxied
        .send(with_version(
            get(&format!("http://{addr}/")),
            http::Version::HTTP_2,
        ))
        .await
        .unwrap_err();
    assert_eq!(e.kind(), HttpErrorKind::InvalidRequest, "{e}");
}

/// What a test proxy saw.
#[derive(Default, Debug)]
struct ProxyLog {
    heads: std::sync::Mutex<Vec<String>>,
}

/// A tiny proxy: answers absolute-form requests itself (echoing the request head), and
/// tunnels `CONNECT` to the named 127.0.0.1 port (or answers `connect_status` if not 200).
async fn test_proxy(connect_status: u16) -> (SocketAddr, Arc<ProxyLog>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let log = Arc::new(ProxyLog::default());
    let lg = log.clone();
    tokio::spawn(async move {
        while let Ok((mut tcp, _)) = listener.accept().await {
            let lg = lg.clone();
            tokio::spawn(async move {
                let mut head = Vec::new();
                let mut byte = [0u8; 1];
                while !head.ends_with(b"\r\n\r\n") {
                    if tcp.read(&mut byte).await.unwrap_or(0) == 0 {
                        return;
                    }
                    head.push(byte[0]);
                }
                let head = String::from_utf8(head).unwrap();
                lg.heads.lock().unwrap().push(head.clone());
                if let Some(rest) = head.strip_prefix("CONNECT ") {
                    if connect_status != 200 {
                        let _ = tcp
                            .write_all(
                                format!(
                                    "HTTP/1.1 {connect_status} Nope\r\nContent-Length: 0\r\n\r\n"
                                )
                                .as_bytes(),
                            )
                            .await;
                        return;
                    }
                    let target = rest.split(' ').next().unwrap();
                    let port: u16 = target.rsplit(':').next().unwrap().parse().unwrap();
                    let mut upstream = TcpStream::connect(("127.0.0.1", port)).await.unwrap();
                    tcp.write_all(b"HTTP/1.1 200 Connection established\r\n\r\n")
                        .await
                        .unwrap();
                    let _ = tokio::io::copy_bidirectional(&mut tcp, &mut upstream).await;
                } else {
                    let body = head.replace("\r\n", "|");
                    let resp = format!(
                        "HTTP/1.1 200 OK\r\nContent-Length: {}\r\n\r\n{body}",
                        body.len()
                    );
                    let _ = tcp.write_all(resp.as_bytes()).await;
                }
            });
        }
    });
    (addr, log)
}

#[tokio::test]
async fn http_proxy_gets_absolute_form_and_basic_auth() {
    let (proxy, log) = test_proxy(200).await;
    let client = HyperClient::new(&HttpSettings {
        proxies: Proxies {
            http: Some(format!("http://user:p%40ss@{proxy}")),
            ..Proxies::default()
        },
        ..settings()
    })
    .unwrap();
    // Nothing listens on 127.0.0.1:1: only the proxy can answer.
    let resp = client
        .send(get("http://127.0.0.1:1/path?q=1"))
        .await
        .unwrap();
    let echoed = String::from_utf8(resp.into_body().collect().await.unwrap().to_vec()).unwrap();
    assert!(
        echoed.starts_with("GET http://127.0.0.1:1/path?q=1 HTTP/1.1|"),
        "{echoed}"
    );
    // base64("user:p@ss")
    assert!(
        echoed.contains("|proxy-authorization: Basic dXNlcjpwQHNz|"),
        "{echoed}"
    );
    assert_eq!(log.heads.lock().unwrap().len(), 1);
}

#[tokio::test]
async fn https_through_a_connect_tunnel() {
    let tls = tls_server(hello(), false).await;
    let (proxy, log) = test_proxy(200).await;
    let client = HyperClient::new(&HttpSettings {
        ca_bundle: Some(testdata("ca.pem")),
        proxies: Proxies {
            https: Some(format!("user:pw@{proxy}")),
            ..Proxies::default()
        },
        ..settings()
    })
    .unwrap();
    let resp = client
        .send(get(&format!("https://localhost:{}/", tls.port())))
        .await
        .unwrap();
    assert_eq!(resp.into_body().collect().await.unwrap(), "hello");
    let heads = log.heads.lock().unwrap();
    assert_eq!(heads.len(), 1);
    let expected = format!(
        "CONNECT localhost:{0} HTTP/1.1\r\nHost: localhost:{0}\r\n",
        tls.port()
    );
    assert!(heads[0].starts_with(&expected), "{:?}", heads[0]);
    // base64("user:pw")
    assert!(
        heads[0].contains("Proxy-Authorization: Basic dXNlcjpwdw==\r\n"),
        "{:?}",
        heads[0]
    );
}

#[tokio::test]
async fn connect_refused_by_the_proxy_is_a_proxy_error() {
    let (proxy, _) = test_proxy(407).await;
    let client = HyperClient::new(&HttpSettings {
        proxies: Proxies {
            https: Some(format!("http://{proxy}")),
            ..Proxies::default()
        },
        ..settings()
    })
    .unwrap();
    let e = client.send(get("https://localhost:1/")).await.unwrap_err();
    assert_eq!(e.kind(), HttpErrorKind::Proxy, "{e}");
    assert!(e.to_string().contains("407"), "{e}");
    assert!(!e.may_have_been_sent());
}

#[tokio::test]
async fn no_proxy_goes_direct() {
    let (addr, _) = server(hello()).await;
    let (proxy, log) = test_proxy(200).await;
    let client = HyperClient::new(&HttpSettings {
        proxies: Proxies {
            http: Some(format!("http://{proxy}")),
            https: Some(format!("http://{proxy}")),
            no_proxy: vec!["localhost".into(), "127.0.0.0/8".into()],
        },
        ..settings()
    })
    .unwrap();
    let resp = client
        .send(get(&format!("http://127.0.0.1:{}/", addr.port())))
        .await
        .unwrap();
    assert_eq!(resp.into_body().collect().await.unwrap(), "hello");
    let resp = client
        .send(get(&format!("http://localhost:{}/", addr.port())))
        .await
        .unwrap();
    assert_eq!(resp.into_body().collect().await.unwrap(), "hello");
    assert!(log.heads.lock().unwrap().is_empty());
}

#[tokio::test]
async fn capture_client_records_and_replays() {
    use test_util::{CannedResponse, CaptureClient};
    let client = CaptureClient::new([
        CannedResponse::error(HttpErrorKind::ConnectTimeout),
        CannedResponse::status(500)
            .body("oops")
            .header("x-amzn-requestid", "r1"),
    ]);
    let (tx, rx) = mpsc::channel::<Bytes>(2);
    tx.send(Bytes::from_static(b"ab")).await.unwrap();
    tx.send(Bytes::from_static(b"cd")).await.unwrap();
    drop(tx);
    let req = http::Request::post("https://svc.example/x")
        .header("h", "v")
        .body(Body::from_stream(ChannelBody(rx)))
        .unwrap();
    let e = client.send(req).await.unwrap_err();
    assert_eq!(e.kind(), HttpErrorKind::ConnectTimeout);
    assert!(!e.may_have_been_sent());
    let first = client.requests().remove(0);
    assert_eq!(
        (first.method.as_str(), first.header("h"), &first.body[..]),
        ("POST", Some("v"), &b"abcd"[..])
    );
    let resp = client.send(first.to_request()).await.unwrap();
    assert_eq!(resp.status(), 500);
    assert_eq!(resp.headers()["x-amzn-requestid"], "r1");
    assert_eq!(resp.into_body().collect().await.unwrap(), "oops");
    assert_eq!(client.requests()[1].body_str(), "abcd");
    let e = client.send(get("https://svc.example/")).await.unwrap_err();
    assert_eq!(e.kind(), HttpErrorKind::InvalidRequest);
    let rep = CaptureClient::repeating(CannedResponse::ok("same"));
    for _ in 0..3 {
        assert_eq!(
            rep.send(get("https://svc.example/"))
                .await
                .unwrap()
                .into_body()
                .collect()
                .await
                .unwrap(),
            "same"
        );
    }
    assert_eq!(rep.request_count(), 3);
}

#[test]
fn debug_output_hides_proxy_credentials() {
    let s = HttpSettings {
        proxies: Proxies {
            http: Some("http://alice:s3cret@127.0.0.1:3128".into()),
            https: Some("http://alice:s3cret@127.0.0.1:3128".into()),
            no_proxy: vec![],
        },
        ..HttpSettings::default()
    };
    let client = HyperClient::new(&s).unwrap();
    for text in [format!("{s:?}"), format!("{client:?}")] {
        assert!(
            !text.contains("s3cret") && !text.contains("YWxpY2U6czNjcmV0"),
            "{text}"
        );
    }
}

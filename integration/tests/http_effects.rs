//! HTTP settings observed on the wire, through generated clients: proxies (`proxies`,
//! `proxies_config`, `HTTP_PROXY` / `HTTPS_PROXY` / `NO_PROXY` and their lower-case forms,
//! the profile's `proxies_config` block), client certificates (`client_cert`), pool
//! permits of dropped streaming bodies, and the cap on buffered response bodies.
//!
//! Every test points a client at a local server on 127.0.0.1 — a
//! [`kumo_testkit::stream::StreamServer`] (plain or TLS, optionally demanding a client
//! certificate, with the runtime's test CA) and a recording
//! [`kumo_testkit::proxy::TestProxy`] — and asserts what the servers saw, not what the
//! configuration resolved to. Expected behaviour is botocore 1.44.5's
//! (`botocore/httpsession.py`, `endpoint.py`: an explicit `proxies` dict replaces the
//! environment's proxies and `NO_PROXY`; urllib3 tunnels `https://` targets with `CONNECT`
//! unless an `https://` proxy has `proxy_use_forwarding_for_https`).

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use kumo_runtime::config::{Config, MapEnv, RetryConfig};
use kumo_runtime::credentials::Credentials;
use kumo_runtime::http::{HttpError, HttpErrorKind};
use kumo_runtime::SdkErrorKind;
use kumo_testkit::proxy::{ProxyOptions, TestProxy};
use kumo_testkit::stream::{Protocol, Step, StreamBody, StreamServer, StreamServerHandle};
use kumo_testkit::tls;

const IDENTITY: &str = r#"<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <GetCallerIdentityResult>
    <Arn>arn:aws:iam::123456789012:user/Alice</Arn>
    <UserId>AIDAEXAMPLE</UserId>
    <Account>123456789012</Account>
  </GetCallerIdentityResult>
  <ResponseMetadata><RequestId>rid-1</RequestId></ResponseMetadata>
</GetCallerIdentityResponse>"#;

fn identity() -> http::Response<StreamBody> {
    let mut r = http::Response::new(StreamBody::script([Step::Send(Bytes::from(IDENTITY))]));
    r.headers_mut()
        .insert("content-type", http::HeaderValue::from_static("text/xml"));
    r
}

/// An STS endpoint on 127.0.0.1 over plain HTTP.
async fn sts_http() -> StreamServerHandle {
    StreamServer::start(Protocol::Http1, |_req| async { identity() })
        .await
        .1
}

/// An STS endpoint on 127.0.0.1 over TLS (test certificate); with `client_auth` it
/// demands a client certificate signed by the test CA.
async fn sts_https(client_auth: bool) -> StreamServerHandle {
    StreamServer::start_tls(client_auth, |_req| async { identity() })
        .await
        .1
}

fn empty_env() -> MapEnv {
    MapEnv::new()
        .with("AWS_CONFIG_FILE", "/nonexistent/config")
        .with("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/credentials")
}

fn creds() -> Credentials {
    Credentials::new(
        "AKIDEXAMPLE",
        "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        None,
    )
}

/// One attempt, short timeouts: a broken setting fails fast and once.
fn config(url: &str) -> Config {
    Config::new()
        .region_name("us-east-1")
        .endpoint_url(url.to_string())
        .connect_timeout(Duration::from_secs(5))
        .read_timeout(Duration::from_secs(10))
        .retries(RetryConfig {
            total_max_attempts: Some(1),
            ..RetryConfig::default()
        })
}

fn sts(config: Config, env: MapEnv) -> kumo_sts::Client {
    kumo_sts::Client::builder()
        .env(Arc::new(env))
        .config(config)
        .credentials(creds())
        .build()
        .expect("client")
}

fn proxies(http: Option<String>, https: Option<String>) -> BTreeMap<String, String> {
    let mut m = BTreeMap::new();
    if let Some(h) = http {
        m.insert("http".to_string(), h);
    }
    if let Some(h) = https {
        m.insert("https".to_string(), h);
    }
    m
}

/// The HTTP error under a failed call, if any.
fn http_error<E: std::fmt::Debug>(err: &kumo_runtime::Error<E>) -> HttpError {
    let sdk = err
        .sdk_error()
        .unwrap_or_else(|| panic!("not an SDK error: {err:?}"));
    HttpError::find_in(sdk)
        .unwrap_or_else(|| panic!("no HttpError under {sdk:?}"))
        .clone()
}

/// A fresh directory under the system temp dir.
fn temp_dir(tag: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "kumo-http-effects-{}-{tag}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    ));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// `base64("user:p@ss")`.
const USER_PASS_B64: &str = "dXNlcjpwQHNz";

// ---------------------------------------------------------------------------------------
// Proxies
// ---------------------------------------------------------------------------------------

/// `Config(proxies={"http": ...})`: an `http://` endpoint is reached through the proxy in
/// absolute form, with `Proxy-Authorization` from the URL's user info; the endpoint never
/// sees the credentials, and neither `Debug` of the config nor of the client shows them.
#[tokio::test]
async fn explicit_http_proxy_forwards_absolute_form_with_credentials() {
    let server = sts_http().await;
    let proxy = TestProxy::start(ProxyOptions::default()).await;
    let url = proxy.url_with_credentials("user", "p%40ss");
    let cfg = config(&server.url("/")).proxies(proxies(Some(url), None));
    let debug_config = format!("{cfg:?}");
    let client = sts(cfg, empty_env());
    let out = client
        .get_caller_identity(Default::default())
        .await
        .expect("call through the proxy");
    assert_eq!(out.account.as_deref(), Some("123456789012"));

    let seen = proxy.requests();
    assert_eq!(seen.len(), 1, "{seen:?}");
    assert_eq!(seen[0].method, http::Method::POST);
    assert_eq!(seen[0].target, server.url("/"));
    assert_eq!(
        seen[0].header("proxy-authorization"),
        Some(format!("Basic {USER_PASS_B64}").as_str())
    );
    let at_server = server.requests();
    assert_eq!(at_server.len(), 1);
    assert!(at_server[0].headers.get("proxy-authorization").is_none());

    for debug in [debug_config, format!("{:?}", client.handle().config())] {
        assert!(
            !debug.contains("p%40ss") && !debug.contains("p@ss") && !debug.contains(USER_PASS_B64),
            "{debug}"
        );
    }
}

/// `HTTPS_PROXY` (upper case) from the environment: an `https://` endpoint is reached
/// through a `CONNECT` tunnel that carries the credentials, then TLS with the endpoint
/// (trusted through `ca_bundle`) inside it.
#[tokio::test]
async fn env_https_proxy_tunnels_with_connect() {
    let server = sts_https(false).await;
    let proxy = TestProxy::start(ProxyOptions::default()).await;
    let env = empty_env().with("HTTPS_PROXY", proxy.url_with_credentials("user", "p%40ss"));
    let client = sts(config(&server.https_url("/")).ca_bundle(tls::ca_pem()), env);
    client
        .get_caller_identity(Default::default())
        .await
        .expect("call through the tunnel");
    let seen = proxy.requests();
    assert_eq!(seen.len(), 1, "{seen:?}");
    assert_eq!(seen[0].method, http::Method::CONNECT);
    assert_eq!(seen[0].target, server.addr_string());
    assert_eq!(
        seen[0].header("proxy-authorization"),
        Some(format!("Basic {USER_PASS_B64}").as_str())
    );
    let at_server = server.requests();
    assert_eq!(at_server.len(), 1);
    assert!(at_server[0].headers.get("proxy-authorization").is_none());
}

/// Lower-case `http_proxy` wins over `HTTP_PROXY` (Python's `urllib`), and `NO_PROXY`
/// sends matching hosts direct.
#[tokio::test]
async fn env_lowercase_proxy_and_no_proxy() {
    let server = sts_http().await;
    let proxy = TestProxy::start(ProxyOptions::default()).await;
    // HTTP_PROXY points nowhere: using it would fail the call.
    let env = empty_env()
        .with("HTTP_PROXY", "http://127.0.0.1:1")
        .with("http_proxy", proxy.url());
    let client = sts(config(&server.url("/")), env.clone());
    client
        .get_caller_identity(Default::default())
        .await
        .expect("through the lower-case proxy");
    assert_eq!(proxy.requests().len(), 1);

    for no_proxy in ["127.0.0.1", "127.0.0.0/8", "*"] {
        let client = sts(
            config(&server.url("/")),
            env.clone().with("no_proxy", no_proxy),
        );
        client
            .get_caller_identity(Default::default())
            .await
            .expect("direct");
        assert_eq!(
            proxy.requests().len(),
            1,
            "NO_PROXY={no_proxy} went through the proxy"
        );
    }
    assert_eq!(server.requests().len(), 4);
}

/// An explicit `proxies` dict replaces the environment's proxies and its `NO_PROXY`, as
/// botocore's `EndpointCreator` (it reads the environment only when `proxies` is None).
#[tokio::test]
async fn explicit_proxies_ignore_the_environment() {
    let server = sts_http().await;
    let proxy = TestProxy::start(ProxyOptions::default()).await;
    let env = empty_env()
        .with("HTTP_PROXY", "http://127.0.0.1:1")
        .with("NO_PROXY", "127.0.0.1");
    let client = sts(
        config(&server.url("/")).proxies(proxies(Some(proxy.url()), None)),
        env.clone(),
    );
    client
        .get_caller_identity(Default::default())
        .await
        .expect("through the explicit proxy");
    assert_eq!(proxy.requests().len(), 1);
    // An explicit dict without an `http` key: no proxy at all for http:// endpoints.
    let client = sts(
        config(&server.url("/")).proxies(proxies(None, Some("http://127.0.0.1:1".into()))),
        env,
    );
    client
        .get_caller_identity(Default::default())
        .await
        .expect("direct");
    assert_eq!(proxy.requests().len(), 1);
    assert_eq!(server.requests().len(), 2);
}

/// A refused `CONNECT` is a proxy error (botocore's `ProxyConnectionError`), and its
/// message does not carry the proxy password.
#[tokio::test]
async fn refused_connect_is_a_proxy_error_without_the_password() {
    let server = sts_https(false).await;
    let proxy = TestProxy::start(ProxyOptions {
        refuse_connect: Some(407),
        ..ProxyOptions::default()
    })
    .await;
    let url = proxy.url_with_credentials("user", "hunter2");
    let client = sts(
        config(&server.https_url("/"))
            .ca_bundle(tls::ca_pem())
            .proxies(proxies(None, Some(url))),
        empty_env(),
    );
    let err = client
        .get_caller_identity(Default::default())
        .await
        .expect_err("refused");
    assert_eq!(
        err.sdk_error().map(|e| e.kind()),
        Some(SdkErrorKind::Connect)
    );
    let h = http_error(&err);
    assert_eq!(h.kind(), HttpErrorKind::Proxy, "{h}");
    assert!(h.to_string().contains("407"), "{h}");
    for text in [format!("{err}"), format!("{err:?}"), format!("{h:?}")] {
        assert!(!text.contains("hunter2"), "{text}");
    }
    assert_eq!(server.requests().len(), 0);
}

/// An `https://` proxy (TLS to the proxy), tunnelling to an `https://` endpoint: TLS inside
/// TLS. The proxy's certificate is verified with the endpoint roots (`ca_bundle`).
#[tokio::test]
async fn tls_proxy_tunnels_tls() {
    let server = sts_https(false).await;
    let proxy = TestProxy::start(ProxyOptions {
        tls: true,
        ..ProxyOptions::default()
    })
    .await;
    let client = sts(
        config(&server.https_url("/"))
            .ca_bundle(tls::ca_pem())
            .proxies(proxies(None, Some(proxy.url()))),
        empty_env(),
    );
    client
        .get_caller_identity(Default::default())
        .await
        .expect("TLS in TLS");
    let seen = proxy.requests();
    assert_eq!(seen.len(), 1, "{seen:?}");
    assert_eq!(seen[0].method, http::Method::CONNECT);
    assert_eq!(server.requests().len(), 1);
}

/// The profile's `proxies_config` block: `proxy_ca_bundle` trusts the TLS proxy and
/// `proxy_use_forwarding_for_https` sends the `https://` request to it in absolute form
/// (no `CONNECT`; the proxy makes the TLS connection to the endpoint, so the client needs
/// no `ca_bundle`). Without `proxy_ca_bundle` the proxy's certificate is not trusted: a
/// proxy error, nothing reaches the endpoint.
#[tokio::test]
async fn profile_proxies_config_forwarding_and_proxy_ca_bundle() {
    let server = sts_https(false).await;
    let proxy = TestProxy::start(ProxyOptions {
        tls: true,
        ..ProxyOptions::default()
    })
    .await;
    let dir = temp_dir("profile");
    let config_file = dir.join("config");
    std::fs::write(
        &config_file,
        format!(
            "[default]\nproxies_config =\n  proxy_ca_bundle = {}\n  proxy_use_forwarding_for_https = true\n",
            tls::ca_pem().display()
        ),
    )
    .expect("write config");
    let env = empty_env()
        .with("AWS_CONFIG_FILE", config_file.display().to_string())
        .with("HTTPS_PROXY", proxy.url_with_credentials("user", "p%40ss"));
    let client = sts(config(&server.https_url("/")), env);
    client
        .get_caller_identity(Default::default())
        .await
        .expect("forwarded through the TLS proxy");
    let seen = proxy.requests();
    assert_eq!(seen.len(), 1, "{seen:?}");
    assert_eq!(seen[0].method, http::Method::POST);
    assert_eq!(seen[0].target, server.https_url("/"));
    assert_eq!(
        seen[0].header("proxy-authorization"),
        Some(format!("Basic {USER_PASS_B64}").as_str())
    );
    assert_eq!(server.requests().len(), 1);

    // The same through `Config`, minus the proxy CA: the proxy is not trusted.
    let client = sts(
        config(&server.https_url("/"))
            .proxies(proxies(None, Some(proxy.url())))
            .proxy_use_forwarding_for_https(true),
        empty_env(),
    );
    let err = client
        .get_caller_identity(Default::default())
        .await
        .expect_err("untrusted proxy");
    assert_eq!(http_error(&err).kind(), HttpErrorKind::Proxy);
    assert_eq!(server.requests().len(), 1);
    let _ = std::fs::remove_dir_all(dir);
}

/// `proxies_config.proxy_client_cert` is presented to a TLS proxy that demands one (and
/// only to the proxy: the endpoint asks for none); without it the proxy handshake fails.
#[tokio::test]
async fn proxy_client_cert_reaches_the_proxy() {
    let server = sts_https(false).await;
    let proxy = TestProxy::start(ProxyOptions {
        tls: true,
        client_auth: true,
        ..ProxyOptions::default()
    })
    .await;
    let base = || {
        config(&server.https_url("/"))
            .ca_bundle(tls::ca_pem())
            .proxies(proxies(None, Some(proxy.url())))
    };
    let err = sts(base(), empty_env())
        .get_caller_identity(Default::default())
        .await
        .expect_err("no client certificate for the proxy");
    assert_eq!(http_error(&err).kind(), HttpErrorKind::Proxy, "{err}");
    assert_eq!(server.requests().len(), 0);

    let client = sts(
        base().proxy_client_cert((tls::client_pem(), tls::client_key())),
        empty_env(),
    );
    client
        .get_caller_identity(Default::default())
        .await
        .expect("the proxy accepts the certificate");
    assert_eq!(proxy.requests().len(), 1);
    assert_eq!(server.requests().len(), 1);
}

/// Unreadable proxy TLS files fail at client construction, naming the setting.
#[tokio::test]
async fn unreadable_proxy_files_fail_at_construction() {
    for cfg in [
        config("https://127.0.0.1:1/")
            .proxies(proxies(None, Some("https://127.0.0.1:2".into())))
            .proxy_ca_bundle("/nonexistent/proxy-ca.pem"),
        config("https://127.0.0.1:1/").proxy_client_cert("/nonexistent/proxy-client.pem"),
    ] {
        let err = kumo_sts::Client::builder()
            .env(Arc::new(empty_env()))
            .config(cfg)
            .credentials(creds())
            .build()
            .expect_err("unreadable file");
        assert_eq!(err.kind(), SdkErrorKind::Config);
        let h = HttpError::find_in(&err).expect("HttpError");
        assert_eq!(h.kind(), HttpErrorKind::Config);
        let text = h.to_string();
        assert!(text.contains("proxy"), "{text}");
    }
}

// ---------------------------------------------------------------------------------------
// Client certificates (mutual TLS)
// ---------------------------------------------------------------------------------------

/// `client_cert` as a `(cert, key)` pair and as one PEM file holding both: an endpoint
/// that demands a client certificate accepts the call; without `client_cert` the call
/// fails with a TLS error and the endpoint serves nothing.
#[tokio::test]
async fn client_cert_reaches_a_mutual_tls_endpoint() {
    let server = sts_https(true).await;
    let base = || config(&server.https_url("/")).ca_bundle(tls::ca_pem());

    let err = sts(base(), empty_env())
        .get_caller_identity(Default::default())
        .await
        .expect_err("no client certificate");
    assert_eq!(
        err.sdk_error().map(|e| e.kind()),
        Some(SdkErrorKind::Connect),
        "{err}"
    );
    assert_eq!(http_error(&err).kind(), HttpErrorKind::Tls, "{err}");
    assert_eq!(server.requests().len(), 0);

    sts(
        base().client_cert((tls::client_pem(), tls::client_key())),
        empty_env(),
    )
    .get_caller_identity(Default::default())
    .await
    .expect("with (cert, key)");
    assert_eq!(server.requests().len(), 1);

    let dir = temp_dir("combined");
    let combined = dir.join("client-combined.pem");
    let mut pem = std::fs::read(tls::client_pem()).expect("cert");
    pem.extend(std::fs::read(tls::client_key()).expect("key"));
    std::fs::write(&combined, pem).expect("write");
    sts(base().client_cert(combined), empty_env())
        .get_caller_identity(Default::default())
        .await
        .expect("with one combined PEM file");
    assert_eq!(server.requests().len(), 2);
    let _ = std::fs::remove_dir_all(dir);
}

// ---------------------------------------------------------------------------------------
// Pool permits of streaming bodies
// ---------------------------------------------------------------------------------------

/// An S3 endpoint whose `GetObject` bodies send one chunk and then stay open until the
/// test ends (the `Notify` is never notified), like a large object nobody reads.
async fn endless_objects() -> (StreamServerHandle, Arc<tokio::sync::Notify>) {
    let hold = Arc::new(tokio::sync::Notify::new());
    let h = hold.clone();
    let (_, server) = StreamServer::start(Protocol::Http1, move |_req| {
        let hold = h.clone();
        async move {
            http::Response::new(StreamBody::script([
                Step::Send(Bytes::from_static(b"first chunk")),
                Step::WaitFor(hold),
            ]))
        }
    })
    .await;
    (server, hold)
}

fn s3_config(url: &str, pool: usize) -> Config {
    config(url)
        .max_pool_connections(pool)
        .s3(kumo_runtime::config::S3Config {
            addressing_style: Some(kumo_runtime::config::AddressingStyle::Path),
            ..Default::default()
        })
}

fn get(key: &str) -> kumo_s3::types::GetObjectInput {
    kumo_s3::types::GetObjectInput {
        bucket: "b".into(),
        key: key.into(),
        ..Default::default()
    }
}

/// Polls `cond` until it holds or 30 s pass (a generous deadline: only a hang reaches it).
async fn eventually(what: &str, cond: impl Fn() -> bool) {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    while !cond() {
        assert!(
            tokio::time::Instant::now() < deadline,
            "never happened: {what}"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// With `max_pool_connections = 2`, two unread `GetObject` bodies hold both permits (a
/// third call waits), and dropping them gives the permits back: the third call completes.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dropped_streaming_bodies_release_pool_permits() {
    let (server, _hold) = endless_objects().await;
    let client = kumo_s3::Client::builder()
        .env(Arc::new(empty_env()))
        .config(s3_config(&server.url(""), 2))
        .credentials(creds())
        .build()
        .expect("client");
    let a = client.get_object(get("a")).await.expect("a");
    let b = client.get_object(get("b")).await.expect("b");
    let c2 = client.clone();
    let mut third = tokio::spawn(async move { c2.get_object(get("c")).await.map(|_| ()) });
    // The pool is really bounded: with both bodies held, the third request is not sent.
    // (Waiting longer on a loaded machine only makes this more certain.)
    assert!(tokio::time::timeout(Duration::from_millis(300), &mut third)
        .await
        .is_err());
    assert_eq!(server.requests().len(), 2);
    drop(a);
    drop(b);
    tokio::time::timeout(Duration::from_secs(30), third)
        .await
        .expect("the third call completes once the bodies are dropped")
        .expect("task")
        .expect("third call");
    assert_eq!(server.requests().len(), 3);
}

/// Credential refreshes never wait on the client's pool: with both connections of the
/// pool held by unread bodies, a call whose container credentials must be refreshed (they
/// expire in 5 minutes: botocore's mandatory refresh window is 10) fetches them from the
/// container endpoint at once, then waits for a connection of its own pool.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn credential_refresh_does_not_wait_on_an_exhausted_pool() {
    let expires =
        kumo_runtime::types::DateTime::from_secs(kumo_runtime::types::DateTime::now().secs() + 300)
            .fmt_iso8601();
    let (_, meta) = kumo_testkit::FaultServer::start(
        kumo_testkit::Behavior::respond(
            200,
            format!(
                r#"{{"AccessKeyId":"ASIACONTAINER","SecretAccessKey":"s","Token":"t","Expiration":"{expires}"}}"#
            ),
        )
        .header("content-type", "application/json"),
    )
    .await;
    let (server, _hold) = endless_objects().await;
    let env = empty_env().with("AWS_CONTAINER_CREDENTIALS_FULL_URI", meta.url("/creds"));
    let client = kumo_s3::Client::builder()
        .env(Arc::new(env))
        .config(s3_config(&server.url(""), 2))
        .build()
        .expect("client");
    let a = client.get_object(get("a")).await.expect("a");
    let b = client.get_object(get("b")).await.expect("b");
    assert_eq!(meta.request_count(), 2, "one refresh per call");
    let c2 = client.clone();
    let third = tokio::spawn(async move { c2.get_object(get("c")).await.map(|_| ()) });
    eventually("the credential refresh of the third call", || {
        meta.request_count() == 3
    })
    .await;
    assert!(!third.is_finished(), "the third call waits for the pool");
    assert_eq!(server.requests().len(), 2);
    drop((a, b));
    tokio::time::timeout(Duration::from_secs(30), third)
        .await
        .expect("completes")
        .expect("task")
        .expect("third call");
    let auth = server.requests()[2]
        .headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
        .unwrap_or_default();
    assert!(auth.contains("Credential=ASIACONTAINER/"), "{auth}");
}

// ---------------------------------------------------------------------------------------
// The cap on response bodies read into memory
// ---------------------------------------------------------------------------------------

fn sts_limited(url: &str, limit: Option<u64>) -> kumo_sts::Client {
    let mut b = kumo_sts::Client::builder()
        .env(Arc::new(empty_env()))
        .config(config(url).retries(RetryConfig::default()))
        .credentials(creds());
    if let Some(l) = limit {
        b = b.max_response_body_size(l);
    }
    b.build().expect("client")
}

fn too_large<E: std::fmt::Debug>(err: &kumo_runtime::Error<E>) -> kumo_runtime::body::BodyTooLarge {
    let sdk = err
        .sdk_error()
        .unwrap_or_else(|| panic!("not an SDK error: {err:?}"));
    assert_eq!(sdk.kind(), SdkErrorKind::ResponseTooLarge, "{err}");
    let mut cur: Option<&(dyn std::error::Error + 'static)> = Some(sdk);
    while let Some(e) = cur {
        if let Some(t) = e.downcast_ref::<kumo_runtime::body::BodyTooLarge>() {
            return t.clone();
        }
        cur = e.source();
    }
    panic!("no BodyTooLarge under {sdk:?}")
}

/// A body of exactly the limit is read; one byte more fails with `ResponseTooLarge`
/// naming the limit (the body is chunked: no length is announced, the bytes decide).
#[tokio::test]
async fn body_cap_boundary_on_a_chunked_body() {
    let server = sts_http().await;
    let n = IDENTITY.len() as u64;
    sts_limited(&server.url("/"), Some(n))
        .get_caller_identity(Default::default())
        .await
        .expect("exactly the limit");
    let err = sts_limited(&server.url("/"), Some(n - 1))
        .get_caller_identity(Default::default())
        .await
        .expect_err("one byte over");
    assert_eq!(
        too_large(&err),
        kumo_runtime::body::BodyTooLarge {
            limit: n - 1,
            announced: None
        }
    );
    let text = too_large(&err).to_string();
    assert!(
        text.contains(&format!("limit of {} bytes", n - 1)),
        "{text}"
    );
    assert_eq!(err.attempts(), 1);
}

/// An endless error body (a 500, which is otherwise retried) stops at the limit and is
/// not retried: the server streams 10 MiB, the client gives up after 64 KiB.
#[tokio::test]
async fn oversized_error_body_is_capped_and_not_retried() {
    let (_, server) = StreamServer::start(Protocol::Http1, |_req| async {
        let mut r =
            http::Response::new(StreamBody::repeat(Bytes::from(vec![b'x'; 1024]), 10 * 1024));
        *r.status_mut() = http::StatusCode::INTERNAL_SERVER_ERROR;
        r
    })
    .await;
    let err = sts_limited(&server.url("/"), Some(64 * 1024))
        .get_caller_identity(Default::default())
        .await
        .expect_err("too large");
    assert_eq!(too_large(&err).limit, 64 * 1024);
    assert_eq!(err.attempts(), 1);
    assert_eq!(server.requests().len(), 1);
}

/// A `Content-Length` beyond the default limit (100 MiB) fails at once, without reading:
/// the server announces 1 TiB and sends nothing, so reading would end in a read timeout,
/// not in `ResponseTooLarge`.
#[tokio::test]
async fn oversized_content_length_fails_before_reading() {
    assert_eq!(
        kumo_runtime::client::DEFAULT_MAX_RESPONSE_BODY_SIZE,
        100 * 1024 * 1024
    );
    let (_, server) = kumo_testkit::FaultServer::start(
        kumo_testkit::Behavior::respond(200, "").header("content-length", "1099511627776"),
    )
    .await;
    let err = sts_limited(&server.url("/"), None)
        .get_caller_identity(Default::default())
        .await
        .expect_err("announced too large");
    assert_eq!(
        too_large(&err),
        kumo_runtime::body::BodyTooLarge {
            limit: 100 * 1024 * 1024,
            announced: Some(1_099_511_627_776)
        }
    );
    assert_eq!(err.attempts(), 1);
}

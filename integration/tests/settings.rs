//! Settings observed on the wire (issue #11): `signature_version` (botocore's `UNSIGNED`,
//! `v4`, `s3v4`, and the refused ones), `client_context_params`,
//! `s3_disable_express_session_auth`, `request_checksum_calculation`, region validation
//! and `NoRegionError`, endpoint discovery — each through a generated client, asserting
//! the request sent (or that nothing was sent and the error names the setting).
//! `settings_matrix.rs` lists every setting and points here.

use std::error::Error as _;
use std::sync::Arc;
use std::time::Duration;

use kumo_runtime::config::{ChecksumMode, Config, ConfigError, MapEnv, UNSIGNED};
use kumo_runtime::credentials::Credentials;
use kumo_runtime::http::test_util::{CannedResponse, CaptureClient, RecordedRequest};
use kumo_runtime::{SdkError, SdkErrorKind};

fn creds() -> Credentials {
    Credentials::new(
        "AKIDEXAMPLE",
        "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        None,
    )
}

/// No files, no variables (and so no credentials anywhere but what a test gives).
fn bare() -> MapEnv {
    MapEnv::new()
        .with("AWS_CONFIG_FILE", "/nonexistent/kumo/config")
        .with(
            "AWS_SHARED_CREDENTIALS_FILE",
            "/nonexistent/kumo/credentials",
        )
}

fn s3_with(config: Config, http: &Arc<CaptureClient>) -> Result<kumo_s3::Client, SdkError> {
    kumo_s3::Client::builder()
        .env(Arc::new(bare()))
        .config(config.region_name("us-east-1"))
        .credentials(creds())
        .http_client(http.clone())
        .build()
}

fn ok_empty() -> CannedResponse {
    CannedResponse::ok("").header("content-type", "application/xml")
}

fn only(http: &CaptureClient) -> RecordedRequest {
    let reqs = http.requests();
    assert_eq!(reqs.len(), 1, "{reqs:?}");
    reqs.into_iter().next().unwrap()
}

/// The `ConfigError` a builder error carries.
fn config_error(e: &SdkError) -> &ConfigError {
    e.source()
        .and_then(|s| s.downcast_ref::<ConfigError>())
        .unwrap_or_else(|| panic!("no ConfigError in {e:?}"))
}

fn get(bucket: &str) -> kumo_s3::types::GetObjectInput {
    kumo_s3::types::GetObjectInput {
        bucket: bucket.into(),
        key: "k".into(),
        ..Default::default()
    }
}

// --- signature_version -----------------------------------------------------------------

/// botocore's `Config(signature_version=UNSIGNED)`: an anonymous GET — no `Authorization`,
/// no `X-Amz-Date`, and no credential lookup at all (the default chain, given an HTTP
/// client of its own, never sends its IMDS requests). Presigned URLs are plain URLs.
#[tokio::test]
async fn unsigned_sends_no_authorization_and_looks_up_no_credentials() {
    let http = Arc::new(CaptureClient::new([
        CannedResponse::ok("data").header("content-type", "binary/octet-stream")
    ]));
    let credential_http = Arc::new(CaptureClient::new([]));
    let s3 = kumo_s3::Client::builder()
        .env(Arc::new(bare()))
        .config(
            Config::new()
                .region_name("us-east-1")
                .signature_version(UNSIGNED),
        )
        .http_client(http.clone())
        .credentials_http_client(credential_http.clone())
        .build()
        .expect("client");
    let out = s3
        .get_object(get("public-bucket"))
        .await
        .expect("anonymous GET");
    assert_eq!(&out.body.collect().await.expect("body")[..], b"data");
    let r = only(&http);
    assert_eq!(
        r.uri.to_string(),
        "https://public-bucket.s3.amazonaws.com/k"
    );
    for h in [
        "authorization",
        "x-amz-date",
        "x-amz-security-token",
        "x-amz-content-sha256",
    ] {
        assert_eq!(r.header(h), None, "{h}");
    }
    assert!(
        credential_http.requests().is_empty(),
        "credentials were looked up"
    );

    let url = s3
        .generate_presigned_url("get_object", get("public-bucket"), Duration::from_secs(60))
        .await
        .expect("presign");
    assert_eq!(url, "https://public-bucket.s3.amazonaws.com/k");
    assert!(credential_http.requests().is_empty());
}

/// `v4` signs S3 with botocore's plain `SigV4Auth` (no `x-amz-content-sha256`); `s3v4`
/// signs any service the S3 way (`x-amz-content-sha256` on an STS call). The defaults
/// (S3: s3v4, STS: v4) are the controls.
#[tokio::test]
async fn v4_and_s3v4_choose_the_sigv4_variant() {
    let sha = |r: &RecordedRequest| r.header("x-amz-content-sha256").map(str::to_string);
    let http = Arc::new(CaptureClient::repeating(ok_empty()));
    s3_with(Config::new(), &http)
        .unwrap()
        .get_object(get("b"))
        .await
        .unwrap();
    s3_with(Config::new().signature_version("v4"), &http)
        .unwrap()
        .get_object(get("b"))
        .await
        .unwrap();
    let reqs = http.requests();
    assert!(sha(&reqs[0]).is_some(), "default s3v4");
    assert_eq!(sha(&reqs[1]), None, "v4");
    assert!(reqs[1]
        .header("authorization")
        .unwrap()
        .contains("/s3/aws4_request"));

    let identity = r#"<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Account>1</Account></GetCallerIdentityResult></GetCallerIdentityResponse>"#;
    let http = Arc::new(CaptureClient::repeating(
        CannedResponse::ok(identity).header("content-type", "text/xml"),
    ));
    for sv in [None, Some("s3v4")] {
        let mut c = Config::new().region_name("eu-west-1");
        if let Some(sv) = sv {
            c = c.signature_version(sv);
        }
        kumo_sts::Client::builder()
            .env(Arc::new(bare()))
            .config(c)
            .credentials(creds())
            .http_client(http.clone())
            .build()
            .unwrap()
            .get_caller_identity(Default::default())
            .await
            .unwrap();
    }
    let reqs = http.requests();
    assert_eq!(sha(&reqs[0]), None, "default v4");
    assert_eq!(
        sha(&reqs[1]).as_deref(),
        Some("ab821ae955788b0e33ebd34c208442ccfc2d406e2edc5e7a39bd6458fbb4f843"),
        "s3v4 hashes the body"
    );
}

/// Signers Kumo lacks are refused when the client is built, naming the setting — from
/// the explicit config and from the profile's service block.
#[tokio::test]
async fn unsupported_signature_versions_are_refused_at_construction() {
    let http = Arc::new(CaptureClient::new([]));
    for name in ["s3", "v4a"] {
        let e = s3_with(Config::new().signature_version(name), &http).unwrap_err();
        assert_eq!(e.kind(), SdkErrorKind::Unsupported, "{e}");
        assert!(
            matches!(config_error(&e), ConfigError::Unsupported { key: "signature_version", value, .. } if value == name),
            "{e}"
        );
    }
    let dir = std::env::temp_dir().join(format!("kumo-sigv-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let config = dir.join("config");
    std::fs::write(&config, "[default]\ns3 =\n  signature_version = s3\n").unwrap();
    let e = kumo_s3::Client::builder()
        .env(Arc::new(
            bare().with("AWS_CONFIG_FILE", config.to_str().unwrap()),
        ))
        .config(Config::new().region_name("us-east-1"))
        .http_client(http.clone())
        .build()
        .unwrap_err();
    assert!(
        matches!(
            config_error(&e),
            ConfigError::Unsupported {
                key: "signature_version",
                ..
            }
        ),
        "{e}"
    );
    assert!(http.requests().is_empty());
}

// --- client_context_params and S3 Express -----------------------------------------------

/// `client_context_params={"force_path_style": True}` reaches S3's rule set
/// (`ForcePathStyle`): the bucket moves from the host into the path.
#[tokio::test]
async fn client_context_params_reach_the_endpoint_rule_set() {
    let http = Arc::new(CaptureClient::repeating(ok_empty()));
    s3_with(Config::new(), &http)
        .unwrap()
        .get_object(get("bkt"))
        .await
        .unwrap();
    s3_with(
        Config::new().client_context_param("force_path_style", true),
        &http,
    )
    .unwrap()
    .get_object(get("bkt"))
    .await
    .unwrap();
    let reqs = http.requests();
    assert_eq!(reqs[0].uri.to_string(), "https://bkt.s3.amazonaws.com/k");
    assert_eq!(reqs[1].uri.to_string(), "https://s3.amazonaws.com/bkt/k");
    // A key S3 does not declare would be ignored by botocore; Kumo refuses it.
    let e = s3_with(
        Config::new().client_context_param("force_path", true),
        &http,
    )
    .unwrap_err();
    assert_eq!(e.kind(), SdkErrorKind::Config);
    assert!(
        matches!(config_error(&e), ConfigError::ClientContextParam { key, .. } if key == "force_path")
    );
}

const EXPRESS: &str = "mybucket--use1-az4--x-s3";

/// S3 Express buckets need session auth (CreateSession), which Kumo lacks: by default a
/// request to one is refused before anything is sent; `s3_disable_express_session_auth`
/// (botocore hands it to the rule set as `DisableS3ExpressSessionAuth`) makes the rule set
/// choose plain SigV4 for `s3express`, and the request goes out signed that way.
#[tokio::test]
async fn s3_express_needs_session_auth_unless_disabled() {
    let http = Arc::new(CaptureClient::repeating(ok_empty()));
    let e = s3_with(Config::new(), &http)
        .unwrap()
        .get_object(get(EXPRESS))
        .await
        .unwrap_err();
    let e = e.sdk_error().expect("sdk error");
    assert_eq!(e.kind(), SdkErrorKind::Unsupported, "{e}");
    assert!(
        e.to_string().contains("s3_disable_express_session_auth"),
        "{e}"
    );
    assert!(http.requests().is_empty());

    for env in [None, Some("AWS_S3_DISABLE_EXPRESS_SESSION_AUTH")] {
        let mut builder = kumo_s3::Client::builder()
            .config(Config::new().region_name("us-east-1"))
            .credentials(creds())
            .http_client(http.clone());
        builder = match env {
            Some(var) => builder.env(Arc::new(bare().with(var, "true"))),
            None => builder.env(Arc::new(bare())).config(
                Config::new()
                    .region_name("us-east-1")
                    .s3_disable_express_session_auth(true),
            ),
        };
        builder
            .build()
            .unwrap()
            .get_object(get(EXPRESS))
            .await
            .unwrap();
    }
    for r in http.requests() {
        assert_eq!(
            r.uri.to_string(),
            format!("https://{EXPRESS}.s3express-use1-az4.us-east-1.amazonaws.com/k")
        );
        let auth = r.header("authorization").unwrap();
        assert!(auth.contains("/us-east-1/s3express/aws4_request"), "{auth}");
        assert_eq!(r.header("x-amz-s3session-token"), None);
    }
}

// --- request_checksum_calculation ------------------------------------------------------

/// `when_supported` (the default) adds a CRC32 to an operation that supports a checksum
/// (PutObject); `when_required` adds one only where the model requires it (DeleteObjects).
#[tokio::test]
async fn request_checksum_calculation_when_required_vs_when_supported() {
    let http = Arc::new(CaptureClient::repeating(ok_empty()));
    let put = || kumo_s3::types::PutObjectInput {
        bucket: "b".into(),
        key: "k".into(),
        body: "hello".into(),
        ..Default::default()
    };
    let delete = || kumo_s3::types::DeleteObjectsInput {
        bucket: "b".into(),
        delete: kumo_s3::types::Delete {
            objects: vec![kumo_s3::types::ObjectIdentifier {
                key: "k".into(),
                ..Default::default()
            }],
            ..Default::default()
        },
        ..Default::default()
    };
    for mode in [None, Some(ChecksumMode::WhenRequired)] {
        let mut c = Config::new();
        if let Some(m) = mode {
            c = c.request_checksum_calculation(m);
        }
        let s3 = s3_with(c, &http).unwrap();
        s3.put_object(put()).await.unwrap();
        let _ = s3.delete_objects(delete()).await;
    }
    let reqs = http.requests();
    let crc = |r: &RecordedRequest| r.header("x-amz-checksum-crc32").map(str::to_string);
    assert_eq!(
        crc(&reqs[0]).as_deref(),
        Some("NhCmhg=="),
        "PutObject, when_supported"
    );
    assert!(crc(&reqs[1]).is_some(), "DeleteObjects, when_supported");
    assert_eq!(crc(&reqs[2]), None, "PutObject, when_required");
    assert!(crc(&reqs[3]).is_some(), "DeleteObjects requires one");
}

// --- region ----------------------------------------------------------------------------

/// botocore's `validate_region_name`: a region that is not a host label is refused when
/// the client is built, from any source; nothing is sent.
#[tokio::test]
async fn invalid_regions_are_refused_before_anything_is_sent() {
    let http = Arc::new(CaptureClient::repeating(ok_empty()));
    for region in ["us-east-1.evil.example", "eu west/1"] {
        for explicit in [true, false] {
            let (env, config) = if explicit {
                (bare(), Config::new().region_name(region))
            } else {
                (bare().with("AWS_DEFAULT_REGION", region), Config::new())
            };
            let e = kumo_s3::Client::builder()
                .env(Arc::new(env))
                .config(config)
                .credentials(creds())
                .http_client(http.clone())
                .build()
                .unwrap_err();
            assert_eq!(e.kind(), SdkErrorKind::Config, "{e}");
            assert!(
                matches!(config_error(&e), ConfigError::InvalidRegion { region: r, .. } if r == region),
                "{e}"
            );
        }
    }
    assert!(http.requests().is_empty());
}

/// With an `endpoint_url` and no region, botocore raises `NoRegionError` for a service
/// without a global endpoint (DynamoDB) — Kumo too, instead of signing for `us-east-1`;
/// a global service (IAM) is built and signs for its partition's region, as botocore.
#[tokio::test]
async fn no_region_with_endpoint_url() {
    let http = Arc::new(CaptureClient::repeating(
        CannedResponse::ok(
            r#"<ListUsersResponse><ListUsersResult><Users/></ListUsersResult></ListUsersResponse>"#,
        )
        .header("content-type", "text/xml"),
    ));
    let e = kumo_dynamodb::Client::builder()
        .env(Arc::new(bare()))
        .config(Config::new().endpoint_url("http://127.0.0.1:9"))
        .credentials(creds())
        .http_client(http.clone())
        .build()
        .unwrap_err();
    assert_eq!(e.kind(), SdkErrorKind::Config);
    assert!(
        matches!(
            config_error(&e),
            ConfigError::NoRegion {
                service: "dynamodb"
            }
        ),
        "{e}"
    );

    let iam = kumo_iam::Client::builder()
        .env(Arc::new(bare()))
        .config(Config::new().endpoint_url("http://127.0.0.1:9"))
        .credentials(creds())
        .http_client(http.clone())
        .build()
        .expect("IAM has a global endpoint");
    iam.list_users(Default::default())
        .await
        .expect("list users");
    let r = only(&http);
    assert_eq!(r.uri.to_string(), "http://127.0.0.1:9/");
    assert!(r
        .header("authorization")
        .unwrap()
        .contains("/us-east-1/iam/aws4_request"));
}

// --- Generic knobs, each observed on the request -----------------------------------------

fn sts_ok() -> CannedResponse {
    CannedResponse::ok(
        r#"<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Account>1</Account></GetCallerIdentityResult></GetCallerIdentityResponse>"#,
    )
    .header("content-type", "text/xml")
}

/// One STS GetCallerIdentity with `config` and `env`; the request sent.
async fn sts_call(config: Config, env: MapEnv) -> RecordedRequest {
    let http = Arc::new(CaptureClient::new([sts_ok()]));
    kumo_sts::Client::builder()
        .env(Arc::new(env))
        .config(config)
        .credentials(creds())
        .http_client(http.clone())
        .build()
        .expect("client")
        .get_caller_identity(Default::default())
        .await
        .expect("call");
    only(&http)
}

fn us_east_1() -> Config {
    Config::new().region_name("us-east-1")
}

/// `user_agent` replaces the header, `user_agent_extra` appends, `user_agent_appid` (and
/// `AWS_SDK_UA_APP_ID`) adds `app/<id>`.
#[tokio::test]
async fn user_agent_settings() {
    let ua = |r: &RecordedRequest| r.header("user-agent").unwrap().to_string();
    let r = sts_call(us_east_1().user_agent("mine/1.0"), bare()).await;
    assert_eq!(ua(&r), "mine/1.0");
    let r = sts_call(us_east_1().user_agent_extra("extra/2"), bare()).await;
    assert!(
        ua(&r).starts_with("kumo/") && ua(&r).ends_with(" extra/2"),
        "{}",
        ua(&r)
    );
    let r = sts_call(us_east_1().user_agent_appid("myapp"), bare()).await;
    assert!(ua(&r).contains(" app/myapp"), "{}", ua(&r));
    let r = sts_call(us_east_1(), bare().with("AWS_SDK_UA_APP_ID", "envapp")).await;
    assert!(ua(&r).contains(" app/envapp"), "{}", ua(&r));
}

/// `use_fips_endpoint`, `use_dualstack_endpoint` (the generic switch; S3's own is the
/// customizations' lane), `sts_regional_endpoints = legacy`, each from `Config` or the
/// environment: the host the rule set picks.
#[tokio::test]
async fn endpoint_variant_switches() {
    let host = |r: &RecordedRequest| r.uri.host().unwrap().to_string();
    let r = sts_call(us_east_1().use_fips_endpoint(true), bare()).await;
    assert_eq!(host(&r), "sts-fips.us-east-1.amazonaws.com");
    let r = sts_call(us_east_1(), bare().with("AWS_USE_FIPS_ENDPOINT", "true")).await;
    assert_eq!(host(&r), "sts-fips.us-east-1.amazonaws.com");
    let r = sts_call(us_east_1().use_dualstack_endpoint(true), bare()).await;
    assert_eq!(host(&r), "sts.us-east-1.api.aws");
    let r = sts_call(
        us_east_1(),
        bare().with("AWS_USE_DUALSTACK_ENDPOINT", "true"),
    )
    .await;
    assert_eq!(host(&r), "sts.us-east-1.api.aws");
    let r = sts_call(us_east_1(), bare()).await;
    assert_eq!(host(&r), "sts.us-east-1.amazonaws.com");
    let r = sts_call(
        us_east_1(),
        bare().with("AWS_STS_REGIONAL_ENDPOINTS", "legacy"),
    )
    .await;
    assert_eq!(host(&r), "sts.amazonaws.com");
}

/// `AWS_ENDPOINT_URL` is used unless `ignore_configured_endpoint_urls` (Config or
/// `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS`).
#[tokio::test]
async fn ignore_configured_endpoint_urls() {
    let env = || bare().with("AWS_ENDPOINT_URL", "http://127.0.0.1:9");
    let r = sts_call(us_east_1(), env()).await;
    assert_eq!(r.uri.to_string(), "http://127.0.0.1:9/");
    let r = sts_call(us_east_1().ignore_configured_endpoint_urls(true), env()).await;
    assert_eq!(r.uri.to_string(), "https://sts.us-east-1.amazonaws.com/");
    let r = sts_call(
        us_east_1(),
        env().with("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true"),
    )
    .await;
    assert_eq!(r.uri.to_string(), "https://sts.us-east-1.amazonaws.com/");
}

/// `account_id_endpoint_mode`: DynamoDB goes to `<account>.ddb.<region>` when the
/// credentials carry an account id (`preferred`), not when `disabled`, and not for an
/// UNSIGNED client (botocore disables it: no credentials).
#[tokio::test]
async fn account_id_endpoint_mode() {
    let host = |config: Config| async move {
        let http = Arc::new(CaptureClient::new([
            CannedResponse::ok("{}").header("content-type", "application/x-amz-json-1.0")
        ]));
        kumo_dynamodb::Client::builder()
            .env(Arc::new(bare()))
            .config(config.region_name("us-east-1"))
            .credentials(creds().with_account_id("111122223333"))
            .http_client(http.clone())
            .build()
            .unwrap()
            .list_tables(Default::default())
            .await
            .unwrap();
        only(&http).uri.host().unwrap().to_string()
    };
    use kumo_runtime::config::AccountIdEndpointMode as M;
    assert_eq!(
        host(Config::new()).await,
        "111122223333.ddb.us-east-1.amazonaws.com"
    );
    assert_eq!(
        host(Config::new().account_id_endpoint_mode(M::Disabled)).await,
        "dynamodb.us-east-1.amazonaws.com"
    );
    assert_eq!(
        host(Config::new().signature_version(UNSIGNED)).await,
        "dynamodb.us-east-1.amazonaws.com"
    );
}

/// `parameter_validation = false` sends an input botocore's validator would reject
/// (a missing required member); the default refuses it before sending.
#[tokio::test]
async fn parameter_validation_off_sends_invalid_input() {
    let http = Arc::new(CaptureClient::repeating(ok_empty()));
    let input = || kumo_s3::types::GetObjectInput::default();
    let e = s3_with(Config::new(), &http)
        .unwrap()
        .get_object(input())
        .await
        .unwrap_err();
    assert_eq!(
        e.sdk_error().map(|e| e.kind()),
        Some(SdkErrorKind::ParamValidation)
    );
    assert!(http.requests().is_empty());
    let _ = s3_with(Config::new().parameter_validation(false), &http)
        .unwrap()
        .get_object(input())
        .await;
    assert_eq!(http.requests().len(), 1, "sent without validation");
}

/// `requestcompression` (CloudWatch PutMetricData): gzip at or above
/// `request_min_compression_size_bytes`, nothing when `disable_request_compression`.
#[tokio::test]
async fn request_compression_settings() {
    let send = |config: Config, env: MapEnv| async move {
        let http = Arc::new(CaptureClient::new([
            CannedResponse::ok("{}").header("content-type", "application/x-amz-json-1.0")
        ]));
        let _ = kumo_cloudwatch::Client::builder()
            .env(Arc::new(env))
            .config(config.region_name("us-east-1"))
            .credentials(creds())
            .http_client(http.clone())
            .build()
            .unwrap()
            .put_metric_data(kumo_cloudwatch::types::PutMetricDataInput {
                namespace: "ns".into(),
                metric_data: Some(vec![kumo_cloudwatch::types::MetricDatum {
                    metric_name: "m".into(),
                    ..Default::default()
                }]),
                ..Default::default()
            })
            .await;
        only(&http).header("content-encoding").map(str::to_string)
    };
    assert_eq!(
        send(Config::new(), bare()).await,
        None,
        "below the 10240-byte default"
    );
    let small = || Config::new().request_min_compression_size_bytes(1u64);
    assert_eq!(send(small(), bare()).await.as_deref(), Some("gzip"));
    assert_eq!(
        send(
            Config::new(),
            bare().with("AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES", "1")
        )
        .await
        .as_deref(),
        Some("gzip")
    );
    assert_eq!(
        send(small().disable_request_compression(true), bare()).await,
        None
    );
    assert_eq!(
        send(
            small(),
            bare().with("AWS_DISABLE_REQUEST_COMPRESSION", "true")
        )
        .await,
        None
    );
}

/// `inject_host_prefix = False` (or `AWS_DISABLE_HOST_PREFIX_INJECTION`) leaves the
/// operation's `hostPrefix` off the host (CloudWatch Logs GetLogObject: `stream-`).
#[tokio::test]
async fn inject_host_prefix_settings() {
    let host = |config: Config, env: MapEnv| async move {
        let http = Arc::new(CaptureClient::new([
            CannedResponse::ok("{}").header("content-type", "application/x-amz-json-1.1")
        ]));
        let _ = kumo_logs::Client::builder()
            .env(Arc::new(env))
            .config(config.region_name("us-east-1"))
            .credentials(creds())
            .http_client(http.clone())
            .build()
            .unwrap()
            .get_log_object(kumo_logs::types::GetLogObjectInput {
                log_object_pointer: "p".into(),
                ..Default::default()
            })
            .await;
        only(&http).uri.host().unwrap().to_string()
    };
    assert_eq!(
        host(Config::new(), bare()).await,
        "stream-logs.us-east-1.amazonaws.com"
    );
    assert_eq!(
        host(Config::new().inject_host_prefix(false), bare()).await,
        "logs.us-east-1.amazonaws.com"
    );
    assert_eq!(
        host(
            Config::new(),
            bare().with("AWS_DISABLE_HOST_PREFIX_INJECTION", "true")
        )
        .await,
        "logs.us-east-1.amazonaws.com"
    );
}

/// Profile keys take the same path as their variables: each, set only in the config
/// file's `[default]`, changes the request.
#[tokio::test]
async fn profile_keys_reach_the_request() {
    let dir = std::env::temp_dir().join(format!("kumo-profile-keys-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    type Check<'a> = &'a dyn Fn(&RecordedRequest) -> bool;
    let cases: [(&str, Check); 6] = [
        ("use_fips_endpoint = true", &|r| {
            r.uri.host() == Some("sts-fips.us-east-1.amazonaws.com")
        }),
        ("use_dualstack_endpoint = true", &|r| {
            r.uri.host() == Some("sts.us-east-1.api.aws")
        }),
        ("sts_regional_endpoints = legacy", &|r| {
            r.uri.host() == Some("sts.amazonaws.com")
        }),
        ("endpoint_url = http://127.0.0.1:9", &|r| {
            r.uri == "http://127.0.0.1:9/"
        }),
        (
            "endpoint_url = http://127.0.0.1:9\nignore_configured_endpoint_urls = true",
            &|r| r.uri.host() == Some("sts.us-east-1.amazonaws.com"),
        ),
        ("sdk_ua_app_id = profileapp", &|r| {
            r.header("user-agent")
                .is_some_and(|u| u.contains(" app/profileapp"))
        }),
    ];
    for (i, (key, check)) in cases.iter().enumerate() {
        let path = dir.join(format!("config{i}"));
        std::fs::write(&path, format!("[default]\nregion = us-east-1\n{key}\n")).unwrap();
        let r = sts_call(
            Config::new(),
            bare().with("AWS_CONFIG_FILE", path.to_str().unwrap()),
        )
        .await;
        assert!(check(&r), "{key}: {} {:?}", r.uri, r.headers);
    }
}

/// The environment's spellings of settings tested above through `Config`.
#[tokio::test]
async fn environment_variables_reach_the_request() {
    // AWS_ACCOUNT_ID_ENDPOINT_MODE=disabled: no account in the host.
    let http = Arc::new(CaptureClient::new([
        CannedResponse::ok("{}").header("content-type", "application/x-amz-json-1.0")
    ]));
    kumo_dynamodb::Client::builder()
        .env(Arc::new(
            bare().with("AWS_ACCOUNT_ID_ENDPOINT_MODE", "disabled"),
        ))
        .config(us_east_1())
        .credentials(creds().with_account_id("111122223333"))
        .http_client(http.clone())
        .build()
        .unwrap()
        .list_tables(Default::default())
        .await
        .unwrap();
    assert_eq!(
        only(&http).uri.host(),
        Some("dynamodb.us-east-1.amazonaws.com")
    );

    // AWS_REQUEST_CHECKSUM_CALCULATION=when_required: no CRC32 on PutObject.
    let http = Arc::new(CaptureClient::new([ok_empty()]));
    kumo_s3::Client::builder()
        .env(Arc::new(
            bare().with("AWS_REQUEST_CHECKSUM_CALCULATION", "WHEN_REQUIRED"),
        ))
        .config(us_east_1())
        .credentials(creds())
        .http_client(http.clone())
        .build()
        .unwrap()
        .put_object(kumo_s3::types::PutObjectInput {
            bucket: "b".into(),
            key: "k".into(),
            body: "hello".into(),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(only(&http).header("x-amz-checksum-crc32"), None);

    // Refused settings, from the environment: the builder names them.
    for (var, value, key) in [
        (
            "AWS_AUTH_SCHEME_PREFERENCE",
            "sigv4",
            "auth_scheme_preference",
        ),
        (
            "AWS_SIGV4A_SIGNING_REGION_SET",
            "*",
            "sigv4a_signing_region_set",
        ),
        (
            "AWS_RESPONSE_CHECKSUM_VALIDATION",
            "when_supported",
            "response_checksum_validation",
        ),
        (
            "AWS_ENDPOINT_DISCOVERY_ENABLED",
            "true",
            "endpoint_discovery_enabled",
        ),
    ] {
        let e = kumo_s3::Client::builder()
            .env(Arc::new(bare().with(var, value)))
            .config(us_east_1())
            .credentials(creds())
            .http_client(http.clone())
            .build()
            .unwrap_err();
        assert_eq!(e.kind(), SdkErrorKind::Unsupported, "{var}: {e}");
        assert!(
            matches!(config_error(&e), ConfigError::Unsupported { key: k, .. } if *k == key),
            "{var}: {e}"
        );
    }
}

/// botocore still reads the old `aws_security_token` profile key as the session token.
#[tokio::test]
async fn profile_aws_security_token_is_the_session_token() {
    let dir = std::env::temp_dir().join(format!("kumo-security-token-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("credentials");
    std::fs::write(
        &path,
        "[default]\naws_access_key_id = AKIDPROFILE\naws_secret_access_key = s\naws_security_token = old-style-token\n",
    )
    .unwrap();
    let http = Arc::new(CaptureClient::new([sts_ok()]));
    kumo_sts::Client::builder()
        .env(Arc::new(
            bare().with("AWS_SHARED_CREDENTIALS_FILE", path.to_str().unwrap()),
        ))
        .config(us_east_1())
        .http_client(http.clone())
        .credentials_http_client(Arc::new(CaptureClient::new([])))
        .build()
        .unwrap()
        .get_caller_identity(Default::default())
        .await
        .unwrap();
    let r = only(&http);
    assert_eq!(r.header("x-amz-security-token"), Some("old-style-token"));
    assert!(r
        .header("authorization")
        .unwrap()
        .contains("Credential=AKIDPROFILE/"));
}

//! Tests of configuration resolution. Expected values come from botocore 1.44.5's
//! `configprovider.py` / `args.py` / `config.py` rules and the vendored
//! `sdk-default-configuration.json`.

use super::*;
use std::sync::atomic::{AtomicUsize, Ordering};

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// A fresh temp dir with the given files.
pub(crate) fn temp_dir(files: &[(&str, &str)]) -> PathBuf {
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    let dir = std::env::temp_dir().join(format!("kumo-config-test-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for (name, text) in files {
        let p = dir.join(name);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(p, text).unwrap();
    }
    dir
}

fn load(env: MapEnv, config: Config) -> Result<SharedConfig, ConfigError> {
    ConfigLoader::new(Arc::new(env)).config(config).load()
}

/// An env whose config file is `config` and credentials file `creds` (in a temp home).
fn env_with(config: &str, creds: &str) -> MapEnv {
    let home = temp_dir(&[(".aws/config", config), (".aws/credentials", creds)]);
    MapEnv::new().with_home(home)
}

fn cc(env: MapEnv, config: Config) -> Result<ClientConfig, ConfigError> {
    load(env, config)?.client_config("DynamoDB")
}

#[test]
fn defaults() {
    let c = cc(MapEnv::new().with_home(temp_dir(&[])), Config::new()).unwrap();
    assert_eq!(c.profile, "default");
    assert_eq!(c.region, None);
    assert_eq!(c.endpoint_url, None);
    assert_eq!(
        c.retry,
        ResolvedRetry {
            mode: RetryMode::Standard,
            total_max_attempts: 3,
            configured: false,
        }
    );
    assert_eq!(c.connect_timeout, Duration::from_secs(60));
    assert_eq!(c.read_timeout, Duration::from_secs(60));
    assert_eq!(c.max_pool_connections, 10);
    assert_eq!(c.request_min_compression_size_bytes, 10240);
    assert!(!c.disable_request_compression);
    assert_eq!(c.request_checksum_calculation, ChecksumMode::WhenSupported);
    assert_eq!(c.response_checksum_validation, ChecksumMode::WhenSupported);
    assert_eq!(c.sts_regional_endpoints, StsRegionalEndpoints::Regional);
    assert_eq!(c.account_id_endpoint_mode, AccountIdEndpointMode::Preferred);
    assert_eq!(c.defaults_mode, DefaultsMode::Legacy);
    assert!(c.parameter_validation && c.inject_host_prefix && c.verify_tls);
    assert!(!c.use_fips_endpoint && !c.use_dualstack_endpoint && !c.tcp_keepalive);
    assert_eq!(c.imds.timeout, Duration::from_secs(1));
    assert_eq!(c.imds.num_attempts, 1);
    assert_eq!(c.imds.endpoint_mode, ImdsEndpointMode::Ipv4);
    assert_eq!(c.s3, S3Config::default());
    assert!(c.config_file.ends_with(".aws/config"));
    assert!(c.credentials_file.ends_with(".aws/credentials"));
}

#[test]
fn region_precedence() {
    let cfg = "[default]\nregion = from-profile\n";
    let c = cc(env_with(cfg, ""), Config::new()).unwrap();
    assert_eq!(c.region.as_deref(), Some("from-profile"));
    // botocore reads AWS_DEFAULT_REGION only; AWS_REGION is not a region source.
    let c = cc(
        env_with(cfg, "").with("AWS_REGION", "ignored"),
        Config::new(),
    )
    .unwrap();
    assert_eq!(c.region.as_deref(), Some("from-profile"));
    let c = cc(
        env_with(cfg, "").with("AWS_DEFAULT_REGION", "from-env"),
        Config::new(),
    )
    .unwrap();
    assert_eq!(c.region.as_deref(), Some("from-env"));
    let c = cc(
        env_with(cfg, "").with("AWS_DEFAULT_REGION", "from-env"),
        Config::new().region_name("explicit"),
    )
    .unwrap();
    assert_eq!(c.region.as_deref(), Some("explicit"));
    // A region in the credentials file counts too (botocore merges the files).
    let c = cc(
        env_with("", "[default]\nregion = from-creds\n"),
        Config::new(),
    )
    .unwrap();
    assert_eq!(c.region.as_deref(), Some("from-creds"));
}

#[test]
fn profile_selection_and_paths() {
    let cfg = "[default]\nregion = d\n[profile a]\nregion = ra\n[profile b]\nregion = rb\n";
    let env = env_with(cfg, "");
    // AWS_DEFAULT_PROFILE comes before AWS_PROFILE in botocore's chain.
    let s = load(
        env.clone()
            .with("AWS_PROFILE", "a")
            .with("AWS_DEFAULT_PROFILE", "b"),
        Config::new(),
    )
    .unwrap();
    assert_eq!(s.profile_name(), "b");
    assert!(!s.profile_explicit());
    let s = load(env.clone().with("AWS_PROFILE", "a"), Config::new()).unwrap();
    assert_eq!(s.client_config("x").unwrap().region.as_deref(), Some("ra"));
    let s = load(
        env.clone().with("AWS_PROFILE", "a"),
        Config::new().profile_name("b"),
    )
    .unwrap();
    assert_eq!(s.profile_name(), "b");
    assert!(s.profile_explicit());
    assert_eq!(
        load(env.clone().with("AWS_PROFILE", "nope"), Config::new()).unwrap_err(),
        ConfigError::ProfileNotFound("nope".into())
    );

    // AWS_CONFIG_FILE with `~` and `$VAR`, AWS_SHARED_CREDENTIALS_FILE.
    let home = temp_dir(&[
        ("elsewhere/cfg", "[default]\nregion = moved\n"),
        ("c/creds", "[default]\naws_access_key_id = x\n"),
    ]);
    let env = MapEnv::new()
        .with_home(&home)
        .with("AWS_CONFIG_FILE", "~/elsewhere/cfg")
        .with("SUB", "c")
        .with(
            "AWS_SHARED_CREDENTIALS_FILE",
            format!("{}/$SUB/creds", home.display()),
        );
    let s = load(env, Config::new()).unwrap();
    assert_eq!(s.config_file(), home.join("elsewhere/cfg"));
    assert_eq!(s.credentials_file(), home.join("c/creds"));
    assert_eq!(s.profile().unwrap().get_str("region"), Some("moved"));
    assert_eq!(s.profile().unwrap().get_str("aws_access_key_id"), Some("x"));
}

#[test]
fn bad_file_is_an_error_naming_the_file() {
    let env = env_with("region = x\n", "");
    match load(env, Config::new()).unwrap_err() {
        ConfigError::ProfileFile(e) => {
            assert!(e.file.ends_with(".aws/config"));
            assert_eq!(e.line, Some(1));
        }
        other => panic!("unexpected {other:?}"),
    }
}

const SERVICES_CFG: &str = "[default]\nendpoint_url = https://global-profile/\nservices = my-services\n\n[services my-services]\ns3 =\n  endpoint_url = https://localhost:5678/\ndynamodb =\n  endpoint_url = https://localhost:8888/\nelastic_beanstalk =\n  endpoint_url = https://eb/\n";

#[test]
fn configured_endpoint_urls() {
    let env = env_with(SERVICES_CFG, "");
    let s = load(env.clone(), Config::new()).unwrap();
    assert_eq!(
        s.configured_endpoint_url("DynamoDB").unwrap().as_deref(),
        Some("https://localhost:8888/")
    );
    assert_eq!(
        s.configured_endpoint_url("S3").unwrap().as_deref(),
        Some("https://localhost:5678/")
    );
    assert_eq!(
        s.configured_endpoint_url("Elastic Beanstalk")
            .unwrap()
            .as_deref(),
        Some("https://eb/")
    );
    // Not in the services section: the profile's global endpoint_url.
    assert_eq!(
        s.configured_endpoint_url("SQS").unwrap().as_deref(),
        Some("https://global-profile/")
    );
    // The global env var beats the config file; the service env var beats both.
    let s = load(
        env.clone().with("AWS_ENDPOINT_URL", "https://global-env/"),
        Config::new(),
    )
    .unwrap();
    assert_eq!(
        s.configured_endpoint_url("DynamoDB").unwrap().as_deref(),
        Some("https://global-env/")
    );
    let s = load(
        env.clone()
            .with("AWS_ENDPOINT_URL", "https://global-env/")
            .with("AWS_ENDPOINT_URL_ELASTIC_BEANSTALK", "https://eb-env/"),
        Config::new(),
    )
    .unwrap();
    assert_eq!(
        s.configured_endpoint_url("Elastic Beanstalk")
            .unwrap()
            .as_deref(),
        Some("https://eb-env/")
    );
    assert_eq!(
        s.client_config("DynamoDB").unwrap().endpoint_url.as_deref(),
        Some("https://global-env/")
    );
    // Ignoring configured endpoints: env var or profile, but the explicit URL still wins.
    let c = cc(
        env.clone()
            .with("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true"),
        Config::new(),
    )
    .unwrap();
    assert_eq!(c.endpoint_url, None);
    let c = cc(
        env.clone(),
        Config::new()
            .ignore_configured_endpoint_urls(true)
            .endpoint_url("http://x"),
    )
    .unwrap();
    assert_eq!(c.endpoint_url.as_deref(), Some("http://x"));
    let c = cc(
        env_with(&format!("{SERVICES_CFG}\n"), "")
            .with("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "false"),
        Config::new(),
    )
    .unwrap();
    assert_eq!(c.endpoint_url.as_deref(), Some("https://localhost:8888/"));
    // A services reference to a missing section is an error.
    let s = load(env_with("[default]\nservices = nope\n", ""), Config::new()).unwrap();
    assert_eq!(
        s.client_config("S3").unwrap_err(),
        ConfigError::ServicesSectionNotFound("nope".into())
    );
}

#[test]
fn retries() {
    let env = MapEnv::new().with_home(temp_dir(&[]));
    // Explicit max_attempts counts retries.
    let c = cc(
        env.clone(),
        Config::new().retries(RetryConfig {
            max_attempts: Some(4),
            ..Default::default()
        }),
    )
    .unwrap();
    assert_eq!(c.retry.total_max_attempts, 5);
    // total_max_attempts wins over max_attempts.
    let r = RetryConfig {
        max_attempts: Some(4),
        total_max_attempts: Some(2),
        mode: Some(RetryMode::Adaptive),
    };
    let c = cc(
        env.clone().with("AWS_MAX_ATTEMPTS", "9"),
        Config::new().retries(r),
    )
    .unwrap();
    assert_eq!(
        c.retry,
        ResolvedRetry {
            mode: RetryMode::Adaptive,
            total_max_attempts: 2,
            configured: true
        }
    );
    // AWS_MAX_ATTEMPTS counts all attempts and beats the profile.
    let env2 = env_with("[default]\nmax_attempts = 6\nretry_mode = legacy\n", "");
    let c = cc(env2.clone().with("AWS_MAX_ATTEMPTS", "7"), Config::new()).unwrap();
    assert_eq!(
        c.retry,
        ResolvedRetry {
            mode: RetryMode::Legacy,
            total_max_attempts: 7,
            configured: true
        }
    );
    let c = cc(env2.clone(), Config::new()).unwrap();
    assert_eq!(c.retry.total_max_attempts, 6);
    // Legacy's default is 5 attempts.
    let c = cc(env.clone().with("AWS_RETRY_MODE", "legacy"), Config::new()).unwrap();
    assert_eq!(
        c.retry,
        ResolvedRetry {
            mode: RetryMode::Legacy,
            total_max_attempts: 5,
            configured: false
        }
    );
    // Explicit mode beats the env var.
    let r = RetryConfig {
        mode: Some(RetryMode::Standard),
        ..Default::default()
    };
    let c = cc(
        env.clone().with("AWS_RETRY_MODE", "adaptive"),
        Config::new().retries(r),
    )
    .unwrap();
    assert_eq!(c.retry.mode, RetryMode::Standard);
}

#[test]
fn invalid_values_name_their_source() {
    let env = MapEnv::new().with_home(temp_dir(&[]));
    match cc(env.clone().with("AWS_MAX_ATTEMPTS", "abc"), Config::new()).unwrap_err() {
        ConfigError::InvalidValue {
            key, source, value, ..
        } => {
            assert_eq!(key, "max_attempts");
            assert_eq!(source, ConfigSource::Env("AWS_MAX_ATTEMPTS".into()));
            assert_eq!(value, "abc");
        }
        e => panic!("{e:?}"),
    }
    let env2 = env_with("[default]\nregion = x\nretry_mode = fast\n", "");
    let e = cc(env2, Config::new()).unwrap_err();
    match &e {
        ConfigError::InvalidValue {
            key,
            source:
                ConfigSource::Profile {
                    file,
                    profile,
                    line,
                },
            value,
            ..
        } => {
            assert_eq!(*key, "retry_mode");
            assert!(file.ends_with(".aws/config"));
            assert_eq!(profile, "default");
            assert_eq!(*line, 3);
            assert_eq!(value, "fast");
        }
        e => panic!("{e:?}"),
    }
    assert!(e.to_string().contains("retry_mode") && e.to_string().contains("config"));
    let e = cc(
        env.clone().with("AWS_DEFAULTS_MODE", "turbo"),
        Config::new(),
    )
    .unwrap_err();
    assert!(matches!(e, ConfigError::InvalidValue { key, .. } if key == "defaults_mode"));
    let e = cc(
        env.clone().with("AWS_STS_REGIONAL_ENDPOINTS", "global"),
        Config::new(),
    )
    .unwrap_err();
    assert!(matches!(e, ConfigError::InvalidValue { key, .. } if key == "sts_regional_endpoints"));
    let e = cc(
        env.clone().with("AWS_ACCOUNT_ID_ENDPOINT_MODE", "maybe"),
        Config::new(),
    )
    .unwrap_err();
    assert!(
        matches!(e, ConfigError::InvalidValue { key, .. } if key == "account_id_endpoint_mode")
    );
    let e = cc(
        env.clone().with("AWS_METADATA_SERVICE_TIMEOUT", "1.5x"),
        Config::new(),
    )
    .unwrap_err();
    assert!(
        matches!(e, ConfigError::InvalidValue { key, .. } if key == "metadata_service_timeout")
    );
    let e = cc(env.clone().with("AWS_MAX_ATTEMPTS", "0"), Config::new()).unwrap_err();
    assert!(matches!(e, ConfigError::InvalidValue { key, .. } if key == "max_attempts"));
    let r = RetryConfig {
        total_max_attempts: Some(0),
        ..Default::default()
    };
    let e = cc(env.clone(), Config::new().retries(r)).unwrap_err();
    assert!(
        matches!(e, ConfigError::InvalidValue { key, .. } if key == "total_max_attempts"),
        "{e}"
    );
}

#[test]
fn defaults_modes_from_sdk_default_configuration() {
    // base connectTimeoutInMillis 1100; standard/cross-region override 3100; mobile 30000.
    let env = MapEnv::new().with_home(temp_dir(&[]));
    let ct = |mode: &str| {
        cc(env.clone().with("AWS_DEFAULTS_MODE", mode), Config::new())
            .unwrap()
            .connect_timeout
    };
    assert_eq!(ct("standard"), Duration::from_millis(3100));
    assert_eq!(ct("in-region"), Duration::from_millis(1100));
    assert_eq!(ct("cross-region"), Duration::from_millis(3100));
    assert_eq!(ct("mobile"), Duration::from_millis(30000));
    assert_eq!(ct("legacy"), Duration::from_secs(60));
    // The base values: retryMode standard, stsRegionalEndpoints regional, s3 regional.
    let c = cc(
        env.clone().with("AWS_DEFAULTS_MODE", "mobile"),
        Config::new(),
    )
    .unwrap();
    assert_eq!(c.retry.mode, RetryMode::Standard);
    assert_eq!(c.sts_regional_endpoints, StsRegionalEndpoints::Regional);
    assert_eq!(
        c.s3.us_east_1_regional_endpoint.as_deref(),
        Some("regional")
    );
    // Mode defaults are only defaults: explicit and env values win.
    let c = cc(
        env.clone()
            .with("AWS_DEFAULTS_MODE", "standard")
            .with("AWS_RETRY_MODE", "legacy"),
        Config::new().connect_timeout(Duration::from_secs(5)),
    )
    .unwrap();
    assert_eq!(
        (c.connect_timeout, c.retry.mode),
        (Duration::from_secs(5), RetryMode::Legacy)
    );
    // auto: standard outside an AWS execution environment, in/cross-region inside one.
    let c = cc(
        env.clone().with("AWS_DEFAULTS_MODE", "auto"),
        Config::new().region_name("us-east-1"),
    )
    .unwrap();
    assert_eq!(c.defaults_mode, DefaultsMode::Standard);
    let lambda = env
        .clone()
        .with("AWS_DEFAULTS_MODE", "auto")
        .with("AWS_EXECUTION_ENV", "AWS_Lambda_python3.12")
        .with("AWS_REGION", "us-east-1");
    let c = cc(lambda.clone(), Config::new().region_name("us-east-1")).unwrap();
    assert_eq!(
        (c.defaults_mode, c.connect_timeout),
        (DefaultsMode::InRegion, Duration::from_millis(1100))
    );
    let c = cc(lambda, Config::new().region_name("eu-west-1")).unwrap();
    assert_eq!(c.defaults_mode, DefaultsMode::CrossRegion);
    // Case-insensitive, as botocore lower-cases it.
    assert_eq!(
        cc(env.with("AWS_DEFAULTS_MODE", "Standard"), Config::new())
            .unwrap()
            .defaults_mode,
        DefaultsMode::Standard
    );
}

#[test]
fn s3_and_flags() {
    let cfg = "[default]\ns3 =\n  addressing_style = path\n  use_accelerate_endpoint = true\n  use_arn_region = false\ns3_us_east_1_regional_endpoint = legacy\nuse_fips_endpoint = true\nuse_dualstack_endpoint = TRUE\ntcp_keepalive = true\nsdk_ua_app_id = app1\nparameter_validation = false\n";
    let env = env_with(cfg, "");
    let c = cc(env.clone(), Config::new()).unwrap();
    assert_eq!(c.s3.addressing_style, Some(AddressingStyle::Path));
    assert_eq!(c.s3.use_accelerate_endpoint, Some(true));
    assert_eq!(c.s3.use_arn_region, Some(false));
    assert_eq!(c.s3.us_east_1_regional_endpoint.as_deref(), Some("legacy"));
    assert!(c.use_fips_endpoint && c.use_dualstack_endpoint && c.tcp_keepalive);
    assert_eq!(c.user_agent_appid.as_deref(), Some("app1"));
    assert!(!c.parameter_validation);
    // Env beats profile; explicit s3 keys beat both, key by key.
    let c = cc(
        env.clone()
            .with("AWS_S3_USE_ARN_REGION", "true")
            .with("AWS_USE_FIPS_ENDPOINT", "false")
            .with("AWS_SDK_UA_APP_ID", "app2"),
        Config::new().s3(S3Config {
            addressing_style: Some(AddressingStyle::Virtual),
            ..Default::default()
        }),
    )
    .unwrap();
    assert_eq!(c.s3.addressing_style, Some(AddressingStyle::Virtual));
    assert_eq!(c.s3.use_accelerate_endpoint, Some(true));
    assert_eq!(c.s3.use_arn_region, Some(true));
    assert!(!c.use_fips_endpoint);
    assert_eq!(c.user_agent_appid.as_deref(), Some("app2"));
    let c = cc(
        env,
        Config::new()
            .use_fips_endpoint(false)
            .user_agent_appid("app3"),
    )
    .unwrap();
    assert!(!c.use_fips_endpoint);
    assert_eq!(c.user_agent_appid.as_deref(), Some("app3"));
    // A bad addressing style names the profile.
    let e = cc(
        env_with("[default]\ns3 =\n  addressing_style = sideways\n", ""),
        Config::new(),
    )
    .unwrap_err();
    assert!(
        matches!(e, ConfigError::InvalidValue { key, source: ConfigSource::Profile { .. }, .. } if key == "s3.addressing_style")
    );
}

#[test]
fn compression_checksums_and_misc() {
    let env = MapEnv::new().with_home(temp_dir(&[]));
    let c = cc(
        env.clone()
            .with("AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES", "1048576")
            .with("AWS_DISABLE_REQUEST_COMPRESSION", "True"),
        Config::new(),
    )
    .unwrap();
    assert_eq!(c.request_min_compression_size_bytes, 1_048_576);
    assert!(c.disable_request_compression);
    for bad in ["0", "1048577", "ten"] {
        let e = cc(
            env.clone()
                .with("AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES", bad),
            Config::new(),
        )
        .unwrap_err();
        assert!(
            matches!(e, ConfigError::InvalidValue { key, .. } if key == "request_min_compression_size_bytes"),
            "{bad}"
        );
    }
    let e = cc(
        env.clone(),
        Config::new().request_min_compression_size_bytes(0u64),
    )
    .unwrap_err();
    assert!(
        matches!(e, ConfigError::InvalidValue { key, .. } if key == "request_min_compression_size_bytes"),
        "{e}"
    );
    let c = cc(
        env.clone()
            .with("AWS_REQUEST_CHECKSUM_CALCULATION", "WHEN_REQUIRED")
            .with("AWS_RESPONSE_CHECKSUM_VALIDATION", "when_required"),
        Config::new(),
    )
    .unwrap();
    assert_eq!(c.request_checksum_calculation, ChecksumMode::WhenRequired);
    assert_eq!(c.response_checksum_validation, ChecksumMode::WhenRequired);
    let e = cc(
        env.clone()
            .with("AWS_REQUEST_CHECKSUM_CALCULATION", "sometimes"),
        Config::new(),
    )
    .unwrap_err();
    assert!(
        matches!(e, ConfigError::InvalidValue { key, .. } if key == "request_checksum_calculation"),
        "{e}"
    );
    let c = cc(
        env.clone()
            .with("AWS_CA_BUNDLE", "~/ca.pem")
            .with("AWS_DISABLE_HOST_PREFIX_INJECTION", "true")
            .with("AWS_STS_REGIONAL_ENDPOINTS", "legacy")
            .with("AWS_ACCOUNT_ID_ENDPOINT_MODE", "required")
            .with("AWS_EC2_METADATA_SERVICE_ENDPOINT", "http://127.0.0.1:1/")
            .with("AWS_IMDS_USE_IPV6", "true")
            .with("AWS_METADATA_SERVICE_NUM_ATTEMPTS", "3")
            .with("AWS_EC2_METADATA_DISABLED", "TRUE"),
        Config::new().verify(false),
    )
    .unwrap();
    assert!(c.ca_bundle.unwrap().ends_with("ca.pem"));
    assert!(!c.inject_host_prefix && !c.verify_tls);
    assert_eq!(c.sts_regional_endpoints, StsRegionalEndpoints::Legacy);
    assert_eq!(c.account_id_endpoint_mode, AccountIdEndpointMode::Required);
    assert_eq!(c.imds.endpoint.as_deref(), Some("http://127.0.0.1:1/"));
    assert_eq!(
        (c.imds.endpoint_mode, c.imds.num_attempts, c.imds.disabled),
        (ImdsEndpointMode::Ipv6, 3, true)
    );
    let c = cc(
        env.clone()
            .with("AWS_DISABLE_HOST_PREFIX_INJECTION", "true"),
        Config::new().inject_host_prefix(true),
    )
    .unwrap();
    assert!(c.inject_host_prefix);
}

#[test]
fn endpoint_discovery_and_express() {
    let env = MapEnv::new().with_home(temp_dir(&[]));
    let c = cc(env.clone(), Config::new()).unwrap();
    assert_eq!(
        (
            c.endpoint_discovery_enabled,
            c.s3_disable_express_session_auth
        ),
        (EndpointDiscovery::Auto, false)
    );
    let c = cc(
        env.clone()
            .with("AWS_ENDPOINT_DISCOVERY_ENABLED", " TRUE ")
            .with("AWS_S3_DISABLE_EXPRESS_SESSION_AUTH", "True"),
        Config::new(),
    )
    .unwrap();
    assert_eq!(
        (
            c.endpoint_discovery_enabled,
            c.s3_disable_express_session_auth
        ),
        (EndpointDiscovery::Enabled, true)
    );
    let e = cc(
        env.clone()
            .with("AWS_ENDPOINT_DISCOVERY_ENABLED", "sometimes"),
        Config::new(),
    )
    .unwrap_err();
    assert!(
        matches!(e, ConfigError::InvalidValue { key, .. } if key == "endpoint_discovery_enabled"),
        "{e}"
    );
    let e = cc(
        env_with("[default]\ns3_disable_express_session_auth = yes\n", ""),
        Config::new(),
    )
    .unwrap_err();
    assert!(matches!(
        e,
        ConfigError::InvalidValue {
            key: "s3_disable_express_session_auth",
            ..
        }
    ));
}

#[test]
fn proxies() {
    let env = MapEnv::new()
        .with_home(temp_dir(&[]))
        .with("HTTP_PROXY", "http://upper:1")
        .with("http_proxy", "http://lower:1")
        .with("HTTPS_PROXY", "http://secure:2")
        .with("NO_PROXY", "169.254.169.254,localhost");
    let c = cc(env.clone(), Config::new()).unwrap();
    assert_eq!(
        c.proxies.proxies.get("http").map(String::as_str),
        Some("http://lower:1")
    );
    assert_eq!(
        c.proxies.proxies.get("https").map(String::as_str),
        Some("http://secure:2")
    );
    assert_eq!(
        c.proxies.no_proxy.as_deref(),
        Some("169.254.169.254,localhost")
    );
    let mut explicit = BTreeMap::new();
    explicit.insert("https".to_string(), "http://mine:3".to_string());
    let c = cc(
        env,
        Config::new()
            .proxies(explicit.clone())
            .proxy_use_forwarding_for_https(true),
    )
    .unwrap();
    assert_eq!(c.proxies.proxies, explicit);
    assert!(c.proxies.proxy_use_forwarding_for_https);
}

#[test]
fn map_env_debug_hides_values() {
    let env = MapEnv::new().with("AWS_SECRET_ACCESS_KEY", "supersecret");
    assert!(!format!("{env:?}").contains("supersecret"));
}

/// botocore's `tests/unit/test_config_provider.py::create_cases` for
/// `ConfiguredEndpointProvider`, with botocore's client names translated to the model
/// `serviceId`s (`batch` → `Batch`, `runtime.sagemaker` → `SageMaker Runtime`,
/// `apigateway` → `API Gateway`).
#[test]
fn configured_endpoint_provider_botocore_cases() {
    let services = "[services my-services]\nbatch =\n  endpoint_url = service-from-config\n";
    type Case = (
        &'static str,
        Vec<(&'static str, &'static str)>,
        String,
        Option<&'static str>,
    );
    let cases: Vec<Case> = vec![
        ("Batch", vec![], String::new(), None),
        ("Batch", vec![("AWS_ENDPOINT_URL", "global-from-env")], String::new(), Some("global-from-env")),
        (
            "Batch",
            vec![("AWS_ENDPOINT_URL_BATCH", "service-from-env"), ("AWS_ENDPOINT_URL", "global-from-env")],
            String::new(),
            Some("service-from-env"),
        ),
        (
            "Batch",
            vec![("AWS_ENDPOINT_URL", "global-from-env"), ("AWS_ENDPOINT_URL_S3", "s3-endpoint-url")],
            String::new(),
            Some("global-from-env"),
        ),
        ("Batch", vec![], "[default]\nendpoint_url = global-from-config\n".into(), Some("global-from-config")),
        ("Batch", vec![], format!("[default]\nservices = my-services\n{services}"), Some("service-from-config")),
        (
            "Batch",
            vec![],
            format!("[default]\nservices = my-services\nendpoint_url = global-from-config\n{services}"),
            Some("service-from-config"),
        ),
        (
            "Batch",
            vec![("AWS_ENDPOINT_URL", "global-from-env")],
            "[default]\nendpoint_url = global-from-config\n".into(),
            Some("global-from-env"),
        ),
        (
            "Batch",
            vec![("AWS_ENDPOINT_URL_BATCH", "service-from-env")],
            "[default]\nendpoint_url = global-from-config\n".into(),
            Some("service-from-env"),
        ),
        (
            "S3",
            vec![],
            format!("[default]\nservices = my-services\nendpoint_url = global-from-config\n{services}"),
            Some("global-from-config"),
        ),
        (
            "SageMaker Runtime",
            vec![],
            "[default]\nservices = my-services\n[services my-services]\nsagemaker_runtime =\n  endpoint_url = service-from-config\n".into(),
            Some("service-from-config"),
        ),
        (
            "API Gateway",
            vec![],
            "[default]\nservices = my-services\n[services my-services]\napi_gateway =\n  endpoint_url = service-from-config\n".into(),
            Some("service-from-config"),
        ),
    ];
    for (i, (service, vars, config, expected)) in cases.into_iter().enumerate() {
        let mut env = env_with(&config, "");
        for (k, v) in vars {
            env = env.with(k, v);
        }
        let s = load(env, Config::new()).unwrap();
        assert_eq!(
            s.configured_endpoint_url(service).unwrap().as_deref(),
            expected,
            "case {i}"
        );
    }
}

//! Tests of configuration resolution. Expected values come from botocore 1.44.5's
//! `configprovider.py` / `args.py` / `config.py` rules and the vendored
//! `sdk-default-configuration.json`.

mod defaults_mode;
mod endpoint;
mod http;
mod loader;
mod request;
mod retry;
mod s3;
mod signing;

use super::*;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

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
    // Unconfigured attempts stay unset: the retry strategy applies the mode's and
    // service's default (botocore's `client.meta.config.retries` is `{'mode': 'standard'}`).
    assert_eq!(c.retry, RetryConfig::new(RetryMode::Standard));
    assert_eq!(c.connect_timeout, Duration::from_secs(60));
    assert_eq!(c.read_timeout, Duration::from_secs(60));
    assert_eq!(c.max_pool_connections, 10);
    assert_eq!(c.request_min_compression_size_bytes, 10240);
    assert!(!c.disable_request_compression);
    assert_eq!(c.request_checksum_calculation, ChecksumMode::WhenSupported);
    // botocore's default is when_supported, which validates response checksums; Kumo
    // validates none yet, so it reports what it does (when_required) and refuses
    // a configured when_supported (tests/signing.rs).
    assert_eq!(c.response_checksum_validation, ChecksumMode::WhenRequired);
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
    assert_eq!(
        cc(env.clone(), Config::new().retries(r)).unwrap_err(),
        ConfigError::InvalidValue {
            key: "total_max_attempts",
            source: ConfigSource::Explicit,
            value: "0".into(),
            expected: "an integer >= 1".into(),
        }
    );
}

#[test]
fn map_env_debug_hides_values() {
    let env = MapEnv::new().with("AWS_SECRET_ACCESS_KEY", "supersecret");
    assert!(!format!("{env:?}").contains("supersecret"));
}

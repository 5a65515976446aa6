//! Settings Kumo refuses until a capability exists, `signature_version`, region
//! validation and `client_context_params` keys: what is refused, naming what and where.
//! (Their effects on requests are tested through generated clients in
//! `integration/tests/settings.rs`.)

use super::*;
use crate::config::values::SignatureVersion;
use crate::endpoint::Value;
use crate::operation::{ParamType, Protocol, Service};

fn bare() -> MapEnv {
    MapEnv::new().with_home(temp_dir(&[]))
}

fn unsupported_key(e: &ConfigError) -> Option<&'static str> {
    match e {
        ConfigError::Unsupported { key, .. } => Some(key),
        _ => None,
    }
}

#[test]
fn signature_version_names() {
    for (given, expected) in [
        (SignatureVersion::Unsigned, SignatureVersion::Unsigned),
        ("v4".into(), SignatureVersion::V4),
        ("s3v4".into(), SignatureVersion::S3v4),
    ] {
        let c = cc(bare(), Config::new().signature_version(given)).unwrap();
        assert_eq!(c.signature_version, Some(expected));
    }
    // Unsigned clients take no account id from credentials (botocore disables it).
    let c = cc(bare(), Config::new().signature_version(UNSIGNED)).unwrap();
    assert_eq!(c.account_id_endpoint_mode, AccountIdEndpointMode::Disabled);
    // botocore's signers Kumo lacks are refused, naming the setting.
    for name in ["s3", "v2", "v4a", "v4-s3express", "s3v4-query", "bearer"] {
        let e = cc(bare(), Config::new().signature_version(name)).unwrap_err();
        assert_eq!(
            unsupported_key(&e),
            Some("signature_version"),
            "{name}: {e}"
        );
        assert!(e.to_string().contains(name), "{e}");
    }
    // An unknown name (botocore's names are case-sensitive) is invalid.
    let e = cc(bare(), Config::new().signature_version("V4")).unwrap_err();
    assert!(
        matches!(
            e,
            ConfigError::InvalidValue {
                key: "signature_version",
                ..
            }
        ),
        "{e}"
    );
}

static SVC: Service = Service {
    client_context_params: &[
        ("ForcePathStyle", ParamType::Bool),
        ("Mode", ParamType::Str),
    ],
    ..Service::new("demo", "2020-01-01", Protocol::RestJson)
};

#[test]
fn signature_version_from_the_profile_s_service_block() {
    let env = env_with(
        "[default]\ndemo =\n  signature_version = s3\nother =\n  signature_version = v4\n",
        "",
    );
    let shared = load(env.clone(), Config::new()).unwrap();
    let e = shared.client_config_for(&SVC).unwrap_err();
    assert!(
        matches!(
            &e,
            ConfigError::Unsupported {
                key: "signature_version",
                source: ConfigSource::Profile { .. },
                ..
            }
        ),
        "{e}"
    );
    // The explicit value wins over the profile.
    let shared = load(env, Config::new().signature_version("v4")).unwrap();
    assert_eq!(
        shared.client_config_for(&SVC).unwrap().signature_version,
        Some(SignatureVersion::V4)
    );
}

#[test]
fn refused_until_built() {
    let e = cc(bare(), Config::new().sigv4a_signing_region_set("*")).unwrap_err();
    assert_eq!(
        unsupported_key(&e),
        Some("sigv4a_signing_region_set"),
        "{e}"
    );
    let e = cc(
        bare().with("AWS_SIGV4A_SIGNING_REGION_SET", "us-*"),
        Config::new(),
    )
    .unwrap_err();
    assert_eq!(
        unsupported_key(&e),
        Some("sigv4a_signing_region_set"),
        "{e}"
    );
    let e = cc(
        env_with("[default]\nauth_scheme_preference = sigv4a, sigv4\n", ""),
        Config::new(),
    )
    .unwrap_err();
    assert!(
        matches!(&e, ConfigError::Unsupported { key: "auth_scheme_preference", value, .. } if value == "sigv4a,sigv4"),
        "{e}"
    );
    // An empty list is no preference.
    cc(
        bare().with("AWS_AUTH_SCHEME_PREFERENCE", " , "),
        Config::new(),
    )
    .unwrap();
    for (env, config) in [
        (
            bare(),
            Config::new().response_checksum_validation(ChecksumMode::WhenSupported),
        ),
        (
            bare().with("AWS_RESPONSE_CHECKSUM_VALIDATION", "WHEN_SUPPORTED"),
            Config::new(),
        ),
    ] {
        let e = cc(env, config).unwrap_err();
        assert_eq!(
            unsupported_key(&e),
            Some("response_checksum_validation"),
            "{e}"
        );
    }
    let c = cc(
        bare().with("AWS_RESPONSE_CHECKSUM_VALIDATION", "when_required"),
        Config::new(),
    )
    .unwrap();
    assert_eq!(c.response_checksum_validation, ChecksumMode::WhenRequired);
}

#[test]
fn region_names_are_host_labels() {
    for bad in [
        "us-east-1.evil.example",
        "eu west/1",
        "-us",
        "us-",
        "123",
        &"a".repeat(64),
    ] {
        let e = cc(bare(), Config::new().region_name(bad)).unwrap_err();
        assert!(
            matches!(&e, ConfigError::InvalidRegion { region, source: ConfigSource::Explicit } if region == bad),
            "{bad}: {e}"
        );
    }
    let e = cc(
        bare().with("AWS_DEFAULT_REGION", "eu west/1"),
        Config::new(),
    )
    .unwrap_err();
    assert!(
        matches!(
            &e,
            ConfigError::InvalidRegion {
                source: ConfigSource::Env(_),
                ..
            }
        ),
        "{e}"
    );
    for good in [
        "us-east-1",
        "aws-global",
        "us-gov-west-1",
        "1a",
        &"a".repeat(63),
    ] {
        let c = cc(bare(), Config::new().region_name(good)).unwrap();
        assert_eq!(c.region.as_deref(), Some(good));
    }
}

#[test]
fn client_context_params_keys_and_types() {
    let shared = load(
        bare(),
        Config::new()
            .client_context_param("force_path_style", true)
            .client_context_param("Mode", "x"),
    )
    .unwrap();
    let c = shared.client_config_for(&SVC).unwrap();
    assert_eq!(
        c.client_context_params.into_iter().collect::<Vec<_>>(),
        vec![
            ("ForcePathStyle".to_string(), Value::Bool(true)),
            ("Mode".to_string(), Value::String("x".into()))
        ]
    );
    for config in [
        Config::new().client_context_param("not_a_param", true),
        Config::new().client_context_param("force_path_style", "yes"),
    ] {
        let e = load(bare(), config)
            .unwrap()
            .client_config_for(&SVC)
            .unwrap_err();
        assert!(matches!(e, ConfigError::ClientContextParam { .. }), "{e}");
    }
}

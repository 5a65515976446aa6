//! Request compression and checksums, plus the TLS, host-prefix, STS, account-id and IMDS
//! variables resolved in the same environment.

use super::*;

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

/// The same settings from the profile (`[default]` keys), and the IMDS address family from
/// `AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE`.
#[test]
fn request_and_imds_profile_keys() {
    let c = cc(
        env_with(
            "[default]\nparameter_validation = false\ndisable_request_compression = true\n\
             request_min_compression_size_bytes = 5\nrequest_checksum_calculation = when_required\n\
             account_id_endpoint_mode = disabled\ndisable_host_prefix_injection = true\n\
             s3_disable_express_session_auth = true\nmetadata_service_timeout = 7\n\
             metadata_service_num_attempts = 3\nec2_metadata_service_endpoint_mode = ipv6\n\
             ec2_metadata_service_endpoint = http://imds.example/\nec2_metadata_v1_disabled = true\n",
            "",
        ),
        Config::new(),
    )
    .unwrap();
    assert!(!c.parameter_validation);
    assert!(c.disable_request_compression);
    assert_eq!(c.request_min_compression_size_bytes, 5);
    assert_eq!(c.request_checksum_calculation, ChecksumMode::WhenRequired);
    assert_eq!(c.account_id_endpoint_mode, AccountIdEndpointMode::Disabled);
    assert!(!c.inject_host_prefix);
    assert!(c.s3_disable_express_session_auth);
    assert_eq!(c.imds.timeout, Duration::from_secs(7));
    assert_eq!(c.imds.num_attempts, 3);
    assert_eq!(c.imds.endpoint_mode, ImdsEndpointMode::Ipv6);
    assert_eq!(c.imds.endpoint.as_deref(), Some("http://imds.example/"));
    assert!(c.imds.v1_disabled);
    let c = cc(
        env_with("[default]\nimds_use_ipv6 = true\n", ""),
        Config::new(),
    )
    .unwrap();
    assert_eq!(c.imds.endpoint_mode, ImdsEndpointMode::Ipv6);
    let env = MapEnv::new()
        .with_home(temp_dir(&[]))
        .with("AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE", "IPv6");
    assert_eq!(
        cc(env, Config::new()).unwrap().imds.endpoint_mode,
        ImdsEndpointMode::Ipv6
    );
}

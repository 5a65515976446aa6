//! The `s3` dict and the S3 / endpoint flags from the profile and environment.

use super::*;

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

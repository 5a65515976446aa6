//! Defaults modes and `sdk-default-configuration.json`.

use super::*;

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
    assert_eq!(c.retry.mode, Some(RetryMode::Standard));
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
        (Duration::from_secs(5), Some(RetryMode::Legacy))
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

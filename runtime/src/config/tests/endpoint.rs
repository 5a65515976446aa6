//! Region and endpoint settings, and `ConfiguredEndpointProvider`'s cases.

use super::*;

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
            .with("AWS_ENDPOINT_DISCOVERY_ENABLED", " FALSE ")
            .with("AWS_S3_DISABLE_EXPRESS_SESSION_AUTH", "True"),
        Config::new(),
    )
    .unwrap();
    assert_eq!(
        (
            c.endpoint_discovery_enabled,
            c.s3_disable_express_session_auth
        ),
        (EndpointDiscovery::Disabled, true)
    );
    // `true` asks for discovery on every operation that supports it: not built, so refused,
    // naming the setting and where it came from.
    let e = cc(
        env.clone().with("AWS_ENDPOINT_DISCOVERY_ENABLED", " TRUE "),
        Config::new(),
    )
    .unwrap_err();
    assert!(
        matches!(
            &e,
            ConfigError::Unsupported { key: "endpoint_discovery_enabled", source: ConfigSource::Env(v), .. }
                if v == "AWS_ENDPOINT_DISCOVERY_ENABLED"
        ),
        "{e}"
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

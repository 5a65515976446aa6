//! Proxies from the environment, the explicit `proxies` dict and `proxies_config`.

use super::*;
use std::collections::BTreeMap;

#[test]
fn proxies() {
    let env = MapEnv::new()
        .with_home(temp_dir(&[]))
        .with("HTTP_PROXY", "http://upper:1")
        .with("http_proxy", "http://lower:1")
        .with("HTTPS_PROXY", "http://secure:2")
        .with("NO_PROXY", "169.254.169.254,localhost");
    let c = cc(env.clone(), Config::new()).unwrap();
    assert_eq!(c.proxies.http.as_deref(), Some("http://lower:1"));
    assert_eq!(c.proxies.https.as_deref(), Some("http://secure:2"));
    assert_eq!(c.proxies.no_proxy, ["169.254.169.254", "localhost"]);
    // An explicit dict replaces the environment's proxies (botocore then skips
    // `HTTP_PROXY`); like botocore's `ProxyConfiguration`, only scheme keys count.
    let mut explicit = BTreeMap::new();
    explicit.insert("https".to_string(), "http://mine:3".to_string());
    explicit.insert(
        "http://one-host".to_string(),
        "http://ignored:4".to_string(),
    );
    let c = cc(
        env,
        Config::new()
            .proxies(explicit)
            .proxy_use_forwarding_for_https(true),
    )
    .unwrap();
    assert_eq!(
        (c.proxies.http.as_deref(), c.proxies.https.as_deref()),
        (None, Some("http://mine:3"))
    );
    // ... and `NO_PROXY` with them: botocore's `EndpointCreator` calls
    // `get_environ_proxies` (the only reader of `NO_PROXY`) only when `proxies` is None.
    assert!(c.proxies.no_proxy.is_empty(), "{:?}", c.proxies);
    assert!(c.proxies_config.proxy_use_forwarding_for_https);
}

#[test]
fn proxies_config_from_the_profile_and_blank_variables() {
    let cfg = "[default]\nproxies_config =\n  proxy_ca_bundle = /ca.pem\n  proxy_use_forwarding_for_https = true\n";
    let env = env_with(cfg, "")
        .with("https_proxy", "  ")
        .with("HTTPS_PROXY", "http://upper:2");
    let c = cc(env.clone(), Config::new()).unwrap();
    assert_eq!(
        c.proxies_config,
        ProxiesConfig {
            proxy_ca_bundle: Some("/ca.pem".into()),
            proxy_client_cert: None,
            proxy_use_forwarding_for_https: true,
        }
    );
    // A blank lower-case variable counts as unset, so the upper-case one applies.
    assert_eq!(c.proxies.https.as_deref(), Some("http://upper:2"));
    // Explicit values win over the profile's block.
    let c = cc(
        env,
        Config::new()
            .proxy_ca_bundle("/mine.pem")
            .proxy_use_forwarding_for_https(false),
    )
    .unwrap();
    assert_eq!(c.proxies_config.proxy_ca_bundle, Some("/mine.pem".into()));
    assert!(!c.proxies_config.proxy_use_forwarding_for_https);
}

#[test]
fn proxy_passwords_stay_out_of_debug() {
    let env = MapEnv::new()
        .with_home(temp_dir(&[]))
        .with("HTTPS_PROXY", "http://user:hunter2@proxy:3128");
    let c = cc(env, Config::new()).unwrap();
    assert_eq!(
        c.proxies.https.as_deref(),
        Some("http://user:hunter2@proxy:3128")
    );
    let debug = format!("{c:?}");
    assert!(
        !debug.contains("hunter2") && debug.contains("***@proxy:3128"),
        "{debug}"
    );
}

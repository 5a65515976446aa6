//! Retry settings: the `retries` dict, `AWS_RETRY_MODE` / `AWS_MAX_ATTEMPTS` and the profile.

use super::*;
use crate::retry::RetryStrategy;

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
    assert_eq!(c.retry.total_max_attempts, Some(5));
    // Normalized as botocore's args.py does: max_attempts folded into the total.
    assert_eq!(c.retry.max_attempts, None);
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
        RetryConfig {
            mode: Some(RetryMode::Adaptive),
            max_attempts: None,
            total_max_attempts: Some(2),
        }
    );
    // AWS_MAX_ATTEMPTS counts all attempts and beats the profile.
    let env2 = env_with("[default]\nmax_attempts = 6\nretry_mode = legacy\n", "");
    let c = cc(env2.clone().with("AWS_MAX_ATTEMPTS", "7"), Config::new()).unwrap();
    assert_eq!(
        c.retry,
        RetryConfig {
            mode: Some(RetryMode::Legacy),
            max_attempts: None,
            total_max_attempts: Some(7),
        }
    );
    let c = cc(env2.clone(), Config::new()).unwrap();
    assert_eq!(c.retry.total_max_attempts, Some(6));
    // Unconfigured attempts are left to the strategy: legacy's default is 5 attempts.
    let c = cc(env.clone().with("AWS_RETRY_MODE", "legacy"), Config::new()).unwrap();
    assert_eq!(c.retry, RetryConfig::new(RetryMode::Legacy));
    let strategy = RetryStrategy::new(c.retry, "lambda").unwrap();
    assert_eq!(
        (strategy.mode(), strategy.max_attempts()),
        (RetryMode::Legacy, 5)
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
    assert_eq!(c.retry.mode, Some(RetryMode::Standard));
}

/// botocore validates the mode exactly (`Config._validate_retry_configuration`), whatever
/// its source: `legacy`, `standard`, `adaptive`, and nothing else — not even another case.
#[test]
fn retry_mode_spellings_are_botocore_s() {
    let env = MapEnv::new().with_home(temp_dir(&[]));
    for mode in RetryMode::ALL {
        let from_env = cc(
            env.clone().with("AWS_RETRY_MODE", mode.as_str()),
            Config::new(),
        );
        assert_eq!(from_env.unwrap().retry.mode, Some(mode));
        let cfg = format!("[default]\nretry_mode = {mode}\n");
        assert_eq!(
            cc(env_with(&cfg, ""), Config::new()).unwrap().retry.mode,
            Some(mode)
        );
    }
    for bad in ["Standard", "ADAPTIVE", " legacy", "standard ", "", "fast"] {
        assert_eq!(
            cc(env.clone().with("AWS_RETRY_MODE", bad), Config::new()).unwrap_err(),
            ConfigError::InvalidValue {
                key: "retry_mode",
                source: ConfigSource::Env("AWS_RETRY_MODE".into()),
                value: bad.into(),
                expected: "one of legacy, standard, adaptive".into(),
            },
            "{bad:?}"
        );
    }
    let e = cc(
        env_with("[default]\nretry_mode = Legacy\n", ""),
        Config::new(),
    )
    .unwrap_err();
    assert!(
        matches!(&e, ConfigError::InvalidValue { key: "retry_mode", source: ConfigSource::Profile { line: 2, .. }, value, .. } if value == "Legacy"),
        "{e:?}"
    );
}

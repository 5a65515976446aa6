//! Loading: profile selection, file paths and file errors.

use super::*;

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

//! Tests of the credential providers. Expected behaviour follows botocore 1.44.5's
//! `credentials.py` / `utils.py` (provider order, error cases, IMDS fallback rules).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

use super::*;
use crate::config::{Config, ConfigLoader, MapEnv};

const NOW: i64 = 1_700_000_000;

fn temp_dir(files: &[(&str, &str)]) -> PathBuf {
    crate::config::tests::temp_dir(files)
}

fn ctx_with(
    env: MapEnv,
    config: Config,
    sts: Option<Arc<FakeSts>>,
    sso: Option<Arc<FakeSso>>,
) -> Arc<ProviderContext> {
    let shared = ConfigLoader::new(Arc::new(env))
        .config(config)
        .load()
        .unwrap();
    let mut ctx = ProviderContext::new(shared);
    ctx.sts = sts.map(|s| s as Arc<dyn StsCaller>);
    ctx.sso = sso.map(|s| s as Arc<dyn SsoCaller>);
    ctx.clock = Arc::new(|| DateTime::from_secs(NOW));
    ctx.container_retry_pause = Duration::from_millis(0);
    // No test here wants the container timeout to fire: far above any local exchange.
    ctx.container_timeout = Duration::from_secs(30);
    Arc::new(ctx)
}

/// A home with `.aws/config` and `.aws/credentials`; IMDS disabled so chains end.
fn home_env(config: &str, creds: &str) -> MapEnv {
    let home = temp_dir(&[(".aws/config", config), (".aws/credentials", creds)]);
    MapEnv::new()
        .with_home(home)
        .with("AWS_EC2_METADATA_DISABLED", "true")
}

async fn chain(ctx: Arc<ProviderContext>) -> Result<Credentials, CredentialsError> {
    ChainProvider::new(default_providers(ctx, None))
        .provide()
        .await
}

fn expiring(ak: &str) -> Credentials {
    Credentials::new(ak, "SECRET-assumed", Some("TOKEN-assumed".into()))
        .with_expiry(Some(DateTime::from_secs(NOW + 3600)))
}

#[derive(Debug, Default)]
struct FakeSts {
    assume: Mutex<Vec<(String, AssumeRoleRequest)>>,
    web: Mutex<Vec<WebIdentityRequest>>,
}

impl StsCaller for FakeSts {
    fn assume_role(
        &self,
        source: Credentials,
        req: AssumeRoleRequest,
    ) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        let out = expiring(&format!("ASIA-{}", req.role_arn));
        self.assume
            .lock()
            .unwrap()
            .push((source.access_key_id, req));
        Box::pin(async move { Ok(out) })
    }
    fn assume_role_with_web_identity(
        &self,
        req: WebIdentityRequest,
    ) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        let out = expiring(&format!("ASIA-web-{}", req.role_arn));
        self.web.lock().unwrap().push(req);
        Box::pin(async move { Ok(out) })
    }
}

#[derive(Debug, Default)]
struct FakeSso {
    calls: Mutex<Vec<(String, String, String, String)>>,
}

impl SsoCaller for FakeSso {
    fn get_role_credentials(
        &self,
        region: String,
        access_token: String,
        account_id: String,
        role_name: String,
    ) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        self.calls
            .lock()
            .unwrap()
            .push((region, access_token, account_id, role_name));
        Box::pin(async { Ok(expiring("ASIA-sso")) })
    }
}

// ---------------------------------------------------------------------------------
// Environment, files, chain order
// ---------------------------------------------------------------------------------

#[tokio::test]
async fn env_provider() {
    let env = |pairs: &[(&str, &str)]| {
        let mut e = MapEnv::new();
        for (k, v) in pairs {
            e = e.with(*k, *v);
        }
        EnvProvider::new(Arc::new(e))
    };
    let c = env(&[
        ("AWS_ACCESS_KEY_ID", "AK"),
        ("AWS_SECRET_ACCESS_KEY", "SK"),
        ("AWS_SESSION_TOKEN", "ST"),
    ])
    .provide()
    .await
    .unwrap();
    assert_eq!(
        (
            c.access_key_id.as_str(),
            c.secret_access_key.as_str(),
            c.session_token.as_deref(),
            c.provider
        ),
        ("AK", "SK", Some("ST"), "env")
    );
    // AWS_SECURITY_TOKEN is checked first (botocore's TOKENS order).
    let c = env(&[
        ("AWS_ACCESS_KEY_ID", "AK"),
        ("AWS_SECRET_ACCESS_KEY", "SK"),
        ("AWS_SESSION_TOKEN", "ST"),
        ("AWS_SECURITY_TOKEN", "OLD"),
    ])
    .provide()
    .await
    .unwrap();
    assert_eq!(c.session_token.as_deref(), Some("OLD"));
    let c = env(&[
        ("AWS_ACCESS_KEY_ID", "AK"),
        ("AWS_SECRET_ACCESS_KEY", "SK"),
        ("AWS_CREDENTIAL_EXPIRATION", "2023-11-14T22:13:20Z"),
    ])
    .provide()
    .await
    .unwrap();
    assert_eq!(c.expiry, Some(DateTime::from_secs(NOW)));
    assert_eq!(
        env(&[("AWS_ACCESS_KEY_ID", "AK")])
            .provide()
            .await
            .unwrap_err()
            .kind,
        CredentialsErrorKind::Partial
    );
    assert!(env(&[]).provide().await.unwrap_err().is_not_loaded());
    assert!(
        env(&[("AWS_ACCESS_KEY_ID", ""), ("AWS_SECRET_ACCESS_KEY", "SK")])
            .provide()
            .await
            .unwrap_err()
            .is_not_loaded()
    );
    let e = env(&[
        ("AWS_ACCESS_KEY_ID", "AK"),
        ("AWS_SECRET_ACCESS_KEY", "SK"),
        ("AWS_CREDENTIAL_EXPIRATION", "soon"),
    ])
    .provide()
    .await
    .unwrap_err();
    assert_eq!(e.kind, CredentialsErrorKind::Malformed);
}

#[tokio::test]
async fn chain_order_env_files_process() {
    let creds = "[default]\naws_access_key_id = file-ak\naws_secret_access_key = file-sk\naws_session_token = file-st\n[dev]\naws_access_key_id = dev-ak\naws_secret_access_key = dev-sk\n";
    let config = "[default]\naws_access_key_id = cfg-ak\naws_secret_access_key = cfg-sk\n[profile onlycfg]\naws_access_key_id = cfg2-ak\naws_secret_access_key = cfg2-sk\n";
    let env = home_env(config, creds);
    let with_env = env
        .clone()
        .with("AWS_ACCESS_KEY_ID", "env-ak")
        .with("AWS_SECRET_ACCESS_KEY", "env-sk");

    // Environment first.
    let c = chain(ctx_with(with_env.clone(), Config::new(), None, None))
        .await
        .unwrap();
    assert_eq!((c.access_key_id.as_str(), c.provider), ("env-ak", "env"));
    // An explicitly chosen profile skips the environment provider.
    let c = chain(ctx_with(
        with_env.clone(),
        Config::new().profile_name("dev"),
        None,
        None,
    ))
    .await
    .unwrap();
    assert_eq!(
        (c.access_key_id.as_str(), c.provider),
        ("dev-ak", "shared-credentials-file")
    );
    // ...but AWS_PROFILE does not.
    let c = chain(ctx_with(
        with_env.with("AWS_PROFILE", "dev"),
        Config::new(),
        None,
        None,
    ))
    .await
    .unwrap();
    assert_eq!(c.access_key_id, "env-ak");
    // Credentials file before config file.
    let c = chain(ctx_with(env.clone(), Config::new(), None, None))
        .await
        .unwrap();
    assert_eq!(
        (
            c.access_key_id.as_str(),
            c.session_token.as_deref(),
            c.provider
        ),
        ("file-ak", Some("file-st"), "shared-credentials-file")
    );
    let c = chain(ctx_with(
        env.clone(),
        Config::new().profile_name("onlycfg"),
        None,
        None,
    ))
    .await
    .unwrap();
    assert_eq!(
        (c.access_key_id.as_str(), c.provider),
        ("cfg2-ak", "config-file")
    );
    // Nothing anywhere: NotLoaded.
    let e = chain(ctx_with(home_env("", ""), Config::new(), None, None))
        .await
        .unwrap_err();
    assert!(e.is_not_loaded());
    // Partial keys in the credentials file are an error.
    let e = chain(ctx_with(
        home_env("", "[default]\naws_access_key_id = x\n"),
        Config::new(),
        None,
        None,
    ))
    .await
    .unwrap_err();
    assert_eq!(e.kind, CredentialsErrorKind::Partial);
    // Explicit credentials come first of all.
    let ctx = ctx_with(env.clone(), Config::new(), None, None);
    let c = ChainProvider::new(default_providers(
        ctx,
        Some(Credentials::new("explicit-ak", "sk", None)),
    ))
    .provide()
    .await
    .unwrap();
    assert_eq!(c.access_key_id, "explicit-ak");
}

#[cfg(unix)]
fn script(dir: &Path, name: &str, body: &str) -> String {
    use std::os::unix::fs::PermissionsExt;
    let p = dir.join(name);
    std::fs::write(&p, format!("#!/bin/sh\n{body}\n")).unwrap();
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o755)).unwrap();
    p.display().to_string()
}

#[cfg(unix)]
#[tokio::test]
async fn credential_process() {
    let dir = temp_dir(&[]);
    let ok = script(
        &dir,
        "ok.sh",
        r#"echo '{"Version": 1, "AccessKeyId": "proc-ak", "SecretAccessKey": "proc-sk", "SessionToken": "proc-st", "Expiration": "2023-11-14T23:13:20Z"}'"#,
    );
    let args = script(
        &dir,
        "args.sh",
        r#"echo "{\"Version\": 1, \"AccessKeyId\": \"$1\", \"SecretAccessKey\": \"sk\"}""#,
    );
    let fail = script(
        &dir,
        "fail.sh",
        "echo 'token expired, run login' >&2; exit 3",
    );
    let v2 = script(
        &dir,
        "v2.sh",
        r#"echo '{"Version": 2, "AccessKeyId": "a", "SecretAccessKey": "b"}'"#,
    );
    let nokey = script(
        &dir,
        "nokey.sh",
        r#"echo '{"Version": 1, "AccessKeyId": "a"}'"#,
    );
    let notjson = script(&dir, "notjson.sh", "echo hello");
    // Killed when the provider gives up on it (`kill_on_drop`).
    let slow = script(&dir, "slow.sh", "sleep 60");
    // The config file also has keys: the process comes before the config file.
    let config = format!(
        "[default]\ncredential_process = {ok}\naws_access_key_id = cfg-ak\naws_secret_access_key = cfg-sk\n[profile args]\ncredential_process = {args} 'arg one'\n[profile fail]\ncredential_process = {fail}\n[profile v2]\ncredential_process = {v2}\n[profile nokey]\ncredential_process = {nokey}\n[profile notjson]\ncredential_process = {notjson}\n[profile slow]\ncredential_process = {slow}\n"
    );
    let env = home_env(&config, "");
    let c = chain(ctx_with(env.clone(), Config::new(), None, None))
        .await
        .unwrap();
    assert_eq!(
        (
            c.access_key_id.as_str(),
            c.secret_access_key.as_str(),
            c.session_token.as_deref()
        ),
        ("proc-ak", "proc-sk", Some("proc-st"))
    );
    assert_eq!(
        (c.expiry, c.provider),
        (Some(DateTime::from_secs(NOW + 3600)), "custom-process")
    );
    // A process timeout that must not fire (starting a shell on a loaded machine can take a
    // while), and one that must, against `sleep 60`.
    let run_within = |profile: &'static str, timeout: Duration| {
        let env = env.clone();
        async move {
            let mut ctx = (*ctx_with(env, Config::new().profile_name(profile), None, None)).clone();
            ctx.process_timeout = timeout;
            ProcessProvider::new(Arc::new(ctx), profile).provide().await
        }
    };
    let run = |profile: &'static str| run_within(profile, Duration::from_secs(30));
    assert_eq!(run("args").await.unwrap().access_key_id, "arg one");
    let e = run("fail").await.unwrap_err();
    assert_eq!(e.kind, CredentialsErrorKind::Retrieval);
    assert!(e.message.contains("token expired, run login"), "{e}");
    let e = run("v2").await.unwrap_err();
    assert!(e.message.contains("unsupported version '2'"), "{e}");
    let e = run("nokey").await.unwrap_err();
    assert!(e.message.contains("SecretAccessKey"), "{e}");
    assert_eq!(
        run("notjson").await.unwrap_err().kind,
        CredentialsErrorKind::Malformed
    );
    let start = std::time::Instant::now();
    assert_eq!(
        run_within("slow", Duration::from_millis(300))
            .await
            .unwrap_err()
            .kind,
        CredentialsErrorKind::Timeout
    );
    assert!(start.elapsed() >= Duration::from_millis(300));
}

// ---------------------------------------------------------------------------------
// Assume role
// ---------------------------------------------------------------------------------

const ROLE_CONFIG: &str = "\
[profile base]
aws_access_key_id = base-ak
aws_secret_access_key = base-sk

[profile A]
role_arn = arn:aws:iam::123456789012:role/A
source_profile = base
role_session_name = my-session
external_id = ext-1
duration_seconds = 1800

[profile chained]
role_arn = arn:aws:iam::123456789012:role/Outer
source_profile = A

[profile loop1]
role_arn = arn:aws:iam::123456789012:role/L1
source_profile = loop2

[profile loop2]
role_arn = arn:aws:iam::123456789012:role/L2
source_profile = loop1

[profile selfref]
role_arn = arn:aws:iam::123456789012:role/Self
source_profile = selfref
aws_access_key_id = self-ak
aws_secret_access_key = self-sk

[profile both]
role_arn = arn:aws:iam::123456789012:role/B
source_profile = base
credential_source = Environment

[profile neither]
role_arn = arn:aws:iam::123456789012:role/N

[profile missing]
role_arn = arn:aws:iam::123456789012:role/M
source_profile = nowhere

[profile fromenv]
role_arn = arn:aws:iam::123456789012:role/E
credential_source = Environment

[profile bogus]
role_arn = arn:aws:iam::123456789012:role/X
credential_source = Bogus

[profile nocreds]
region = us-west-2

[profile srcnocreds]
role_arn = arn:aws:iam::123456789012:role/Y
source_profile = nocreds
";

async fn assume(
    profile: &str,
    env: MapEnv,
    sts: &Arc<FakeSts>,
) -> Result<Credentials, CredentialsError> {
    let ctx = ctx_with(
        env,
        Config::new().profile_name(profile).region_name("eu-west-1"),
        Some(sts.clone()),
        None,
    );
    chain(ctx).await
}

#[tokio::test]
async fn assume_role_source_profile() {
    let sts = Arc::new(FakeSts::default());
    let env = home_env(ROLE_CONFIG, "");
    let c = assume("A", env.clone(), &sts).await.unwrap();
    assert_eq!(
        (c.access_key_id.as_str(), c.provider),
        ("ASIA-arn:aws:iam::123456789012:role/A", "assume-role")
    );
    {
        let calls = sts.assume.lock().unwrap();
        let (source, req) = &calls[0];
        assert_eq!(source, "base-ak");
        assert_eq!(
            req,
            &AssumeRoleRequest {
                role_arn: "arn:aws:iam::123456789012:role/A".into(),
                role_session_name: "my-session".into(),
                external_id: Some("ext-1".into()),
                duration_seconds: Some(1800),
                region: Some("eu-west-1".into()),
            }
        );
    }
    // Chained roles: the inner role's credentials sign the outer AssumeRole; the
    // default session name is generated.
    let sts = Arc::new(FakeSts::default());
    let c = assume("chained", env.clone(), &sts).await.unwrap();
    assert_eq!(c.access_key_id, "ASIA-arn:aws:iam::123456789012:role/Outer");
    let calls = sts.assume.lock().unwrap();
    assert_eq!(calls.len(), 2);
    assert_eq!(calls[0].0, "base-ak");
    assert_eq!(calls[1].0, "ASIA-arn:aws:iam::123456789012:role/A");
    assert_eq!(calls[1].1.role_session_name, format!("kumo-session-{NOW}"));
    assert_eq!(calls[1].1.external_id, None);
}

#[tokio::test]
async fn assume_role_errors_and_sources() {
    let env = home_env(ROLE_CONFIG, "");
    let sts = Arc::new(FakeSts::default());
    let e = assume("loop1", env.clone(), &sts).await.unwrap_err();
    assert_eq!(e.kind, CredentialsErrorKind::InfiniteLoop);
    assert!(e.message.contains("loop1 -> loop2 -> loop1"), "{e}");
    // A profile that is its own source with static keys is fine.
    let c = assume("selfref", env.clone(), &sts).await.unwrap();
    assert_eq!(c.access_key_id, "ASIA-arn:aws:iam::123456789012:role/Self");
    assert_eq!(sts.assume.lock().unwrap().last().unwrap().0, "self-ak");
    assert_eq!(
        assume("both", env.clone(), &sts).await.unwrap_err().kind,
        CredentialsErrorKind::InvalidConfig
    );
    assert_eq!(
        assume("neither", env.clone(), &sts).await.unwrap_err().kind,
        CredentialsErrorKind::Partial
    );
    let e = assume("missing", env.clone(), &sts).await.unwrap_err();
    assert!(
        e.message.contains("\"nowhere\"") && e.kind == CredentialsErrorKind::InvalidConfig,
        "{e}"
    );
    assert_eq!(
        assume("bogus", env.clone(), &sts).await.unwrap_err().kind,
        CredentialsErrorKind::InvalidConfig
    );
    let e = assume("srcnocreds", env.clone(), &sts).await.unwrap_err();
    assert!(e.message.contains("must have credentials"), "{e}");
    // credential_source = Environment (works even though the profile is explicit).
    let e = assume("fromenv", env.clone(), &sts).await.unwrap_err();
    assert_eq!(e.kind, CredentialsErrorKind::Retrieval);
    let c = assume(
        "fromenv",
        env.clone()
            .with("AWS_ACCESS_KEY_ID", "env-ak")
            .with("AWS_SECRET_ACCESS_KEY", "env-sk"),
        &sts,
    )
    .await
    .unwrap();
    assert_eq!(c.access_key_id, "ASIA-arn:aws:iam::123456789012:role/E");
    assert_eq!(sts.assume.lock().unwrap().last().unwrap().0, "env-ak");
    // Without an STS caller the configured profile fails clearly.
    let ctx = ctx_with(env, Config::new().profile_name("A"), None, None);
    let e = chain(ctx).await.unwrap_err();
    assert!(
        e.kind == CredentialsErrorKind::InvalidConfig && e.message.contains("no STS client"),
        "{e}"
    );
}

#[tokio::test]
async fn web_identity() {
    let dir = temp_dir(&[("token", "eyJ-web-token")]);
    let token_path = dir.join("token").display().to_string();
    let sts = Arc::new(FakeSts::default());
    let env = home_env("", "")
        .with("AWS_WEB_IDENTITY_TOKEN_FILE", token_path.clone())
        .with("AWS_ROLE_ARN", "arn:aws:iam::1:role/Web")
        .with("AWS_ROLE_SESSION_NAME", "pod-1");
    let c = chain(ctx_with(
        env.clone(),
        Config::new().region_name("us-east-2"),
        Some(sts.clone()),
        None,
    ))
    .await
    .unwrap();
    assert_eq!(
        (c.access_key_id.as_str(), c.provider),
        (
            "ASIA-web-arn:aws:iam::1:role/Web",
            "assume-role-with-web-identity"
        )
    );
    {
        let reqs = sts.web.lock().unwrap();
        assert_eq!(reqs[0].role_arn, "arn:aws:iam::1:role/Web");
        assert_eq!(reqs[0].role_session_name, "pod-1");
        assert_eq!(reqs[0].web_identity_token, "eyJ-web-token");
        assert_eq!(reqs[0].region.as_deref(), Some("us-east-2"));
        assert!(!format!("{:?}", reqs[0]).contains("eyJ-web-token"));
    }
    // From the profile; the explicit profile disables the env vars.
    let config = format!("[profile w]\nweb_identity_token_file = {token_path}\nrole_arn = arn:aws:iam::1:role/FromProfile\n");
    let env2 = home_env(&config, "").with("AWS_ROLE_ARN", "arn:aws:iam::1:role/Env");
    let sts = Arc::new(FakeSts::default());
    let c = chain(ctx_with(
        env2,
        Config::new().profile_name("w"),
        Some(sts.clone()),
        None,
    ))
    .await
    .unwrap();
    assert_eq!(c.access_key_id, "ASIA-web-arn:aws:iam::1:role/FromProfile");
    assert_eq!(
        sts.web.lock().unwrap()[0].role_session_name,
        format!("kumo-session-{NOW}")
    );
    // A token file without a role ARN is a configuration error.
    let env3 = home_env("", "").with("AWS_WEB_IDENTITY_TOKEN_FILE", token_path);
    let e = chain(ctx_with(env3, Config::new(), Some(sts), None))
        .await
        .unwrap_err();
    assert_eq!(e.kind, CredentialsErrorKind::InvalidConfig);
}

// ---------------------------------------------------------------------------------
// SSO
// ---------------------------------------------------------------------------------

const SSO_CONFIG: &str = "\
[profile legacy]
sso_start_url = https://d-123.awsapps.com/start
sso_region = us-east-1
sso_account_id = 111122223333
sso_role_name = Admin

[profile modern]
sso_session = my-sso
sso_account_id = 444455556666
sso_role_name = ReadOnly

[sso-session my-sso]
sso_start_url = https://d-456.awsapps.com/start
sso_region = eu-central-1

[profile incomplete]
sso_account_id = 1

[profile conflict]
sso_session = my-sso
sso_region = us-west-2
sso_account_id = 1
sso_role_name = R

[profile nosession]
sso_session = ghost
sso_account_id = 1
sso_role_name = R
";

fn sso_cache(entries: &[(&str, &str, i64)]) -> MapEnv {
    let mut files: Vec<(String, String)> = Vec::new();
    for (key, token, expires) in entries {
        let name = format!(".aws/sso/cache/{}.json", profile::sha1_hex(key.as_bytes()));
        let body = format!(
            r#"{{"startUrl": "x", "region": "y", "accessToken": "{token}", "expiresAt": "{}"}}"#,
            DateTime::from_secs(*expires).fmt_iso8601()
        );
        files.push((name, body));
    }
    files.push((".aws/config".into(), SSO_CONFIG.into()));
    let refs: Vec<(&str, &str)> = files
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    MapEnv::new()
        .with_home(temp_dir(&refs))
        .with("AWS_EC2_METADATA_DISABLED", "true")
}

#[tokio::test]
async fn sso_providers() {
    let env = sso_cache(&[
        ("https://d-123.awsapps.com/start", "legacy-token", NOW + 600),
        ("my-sso", "session-token", NOW + 600),
    ]);
    let sso = Arc::new(FakeSso::default());
    let c = chain(ctx_with(
        env.clone(),
        Config::new().profile_name("legacy"),
        None,
        Some(sso.clone()),
    ))
    .await
    .unwrap();
    assert_eq!((c.access_key_id.as_str(), c.provider), ("ASIA-sso", "sso"));
    let c2 = chain(ctx_with(
        env.clone(),
        Config::new().profile_name("modern"),
        None,
        Some(sso.clone()),
    ))
    .await
    .unwrap();
    assert_eq!(c2.provider, "sso");
    let calls = sso.calls.lock().unwrap().clone();
    assert_eq!(
        calls[0],
        (
            "us-east-1".into(),
            "legacy-token".into(),
            "111122223333".into(),
            "Admin".into()
        )
    );
    assert_eq!(
        calls[1],
        (
            "eu-central-1".into(),
            "session-token".into(),
            "444455556666".into(),
            "ReadOnly".into()
        )
    );

    let run = |env: MapEnv, profile: &'static str, sso: Arc<FakeSso>| async move {
        chain(ctx_with(
            env,
            Config::new().profile_name(profile),
            None,
            Some(sso),
        ))
        .await
    };
    // Expired or missing tokens.
    let expired = sso_cache(&[("https://d-123.awsapps.com/start", "t", NOW - 1)]);
    let e = run(expired, "legacy", sso.clone()).await.unwrap_err();
    assert!(
        e.kind == CredentialsErrorKind::SsoToken && e.message.contains("sso login"),
        "{e}"
    );
    let e = run(sso_cache(&[]), "modern", sso.clone())
        .await
        .unwrap_err();
    assert_eq!(e.kind, CredentialsErrorKind::SsoToken);
    // Configuration errors.
    let e = run(env.clone(), "incomplete", sso.clone())
        .await
        .unwrap_err();
    assert!(
        e.kind == CredentialsErrorKind::InvalidConfig
            && e.message
                .contains("sso_role_name, sso_start_url, sso_region"),
        "{e}"
    );
    let e = run(env.clone(), "conflict", sso.clone()).await.unwrap_err();
    assert!(e.message.contains("inconsistent"), "{e}");
    let e = run(env.clone(), "nosession", sso.clone())
        .await
        .unwrap_err();
    assert!(e.message.contains("ghost"), "{e}");
    // The token never appears in errors or Debug output.
    assert!(!format!("{e:?}{e}").contains("legacy-token"));
}

// ---------------------------------------------------------------------------------
// Container and IMDS, against tiny local servers
// ---------------------------------------------------------------------------------

#[derive(Clone, Debug)]
struct SeenRequest {
    method: String,
    path: String,
    headers: HashMap<String, String>,
}

type Handler = Arc<dyn Fn(&SeenRequest) -> (u16, String) + Send + Sync>;

/// A loopback HTTP server answering with `handler`; records every request.
async fn server(handler: Handler) -> (String, Arc<Mutex<Vec<SeenRequest>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let seen2 = seen.clone();
    tokio::spawn(async move {
        for _ in 0..64 {
            let Ok((mut sock, _)) = listener.accept().await else {
                return;
            };
            let mut buf = Vec::new();
            let mut chunk = [0u8; 1024];
            while !buf.windows(4).any(|w| w == b"\r\n\r\n") {
                match sock.read(&mut chunk).await {
                    Ok(0) | Err(_) => break,
                    Ok(n) => buf.extend_from_slice(&chunk[..n]),
                }
            }
            let text = String::from_utf8_lossy(&buf).to_string();
            let mut lines = text.split("\r\n");
            let mut first = lines.next().unwrap_or_default().split(' ');
            let method = first.next().unwrap_or_default().to_string();
            let path = first.next().unwrap_or_default().to_string();
            let headers = lines
                .filter_map(|l| l.split_once(':'))
                .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
                .collect();
            let req = SeenRequest {
                method,
                path,
                headers,
            };
            let (status, body) = handler(&req);
            seen2.lock().unwrap().push(req);
            let resp = format!(
                "HTTP/1.1 {status} X\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = sock.write_all(resp.as_bytes()).await;
            let _ = sock.shutdown().await;
        }
    });
    (format!("http://{addr}"), seen)
}

const CREDS_JSON: &str = r#"{"AccessKeyId": "ASIA-meta", "SecretAccessKey": "meta-sk", "Token": "meta-token", "Expiration": "2023-11-14T23:13:20Z", "Code": "Success"}"#;

#[tokio::test]
async fn container_relative_and_full_uri() {
    let (base, seen) = server(Arc::new(|_| (200, CREDS_JSON.to_string()))).await;
    let env = home_env("", "")
        .with(
            "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
            "/v2/credentials/abc",
        )
        .with("AWS_CONTAINER_AUTHORIZATION_TOKEN", "auth-xyz");
    let mut ctx = (*ctx_with(env, Config::new(), None, None)).clone();
    ctx.container_base_url = base.clone();
    let c = chain(Arc::new(ctx)).await.unwrap();
    assert_eq!(
        (
            c.access_key_id.as_str(),
            c.session_token.as_deref(),
            c.provider
        ),
        ("ASIA-meta", Some("meta-token"), "container-role")
    );
    assert_eq!(c.expiry, Some(DateTime::from_secs(NOW + 3600)));
    {
        let seen = seen.lock().unwrap();
        assert_eq!(
            (seen[0].method.as_str(), seen[0].path.as_str()),
            ("GET", "/v2/credentials/abc")
        );
        assert_eq!(
            seen[0].headers.get("authorization").map(String::as_str),
            Some("auth-xyz")
        );
        assert_eq!(
            seen[0].headers.get("accept").map(String::as_str),
            Some("application/json")
        );
    }
    // Full URI on loopback, token from a file (which wins over the env var).
    let dir = temp_dir(&[("tok", "file-token")]);
    let env = home_env("", "")
        .with("AWS_CONTAINER_CREDENTIALS_FULL_URI", format!("{base}/full"))
        .with("AWS_CONTAINER_AUTHORIZATION_TOKEN", "env-token")
        .with(
            "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE",
            dir.join("tok").display().to_string(),
        );
    let c = chain(ctx_with(env, Config::new(), None, None))
        .await
        .unwrap();
    assert_eq!(c.access_key_id, "ASIA-meta");
    let last = seen.lock().unwrap().last().cloned().unwrap();
    assert_eq!(
        (
            last.path.as_str(),
            last.headers.get("authorization").map(String::as_str)
        ),
        ("/full", Some("file-token"))
    );
    // A host outside the allowed list is refused.
    let env = home_env("", "").with(
        "AWS_CONTAINER_CREDENTIALS_FULL_URI",
        "http://169.254.169.254/creds",
    );
    assert_eq!(
        chain(ctx_with(env, Config::new(), None, None))
            .await
            .unwrap_err()
            .kind,
        CredentialsErrorKind::InvalidConfig
    );
    // A token with a line break is refused.
    let env = home_env("", "")
        .with("AWS_CONTAINER_CREDENTIALS_FULL_URI", format!("{base}/full"))
        .with("AWS_CONTAINER_AUTHORIZATION_TOKEN", "a\r\nb");
    assert_eq!(
        chain(ctx_with(env, Config::new(), None, None))
            .await
            .unwrap_err()
            .kind,
        CredentialsErrorKind::InvalidConfig
    );
}

#[tokio::test]
async fn container_errors_are_retried_then_typed() {
    let (base, seen) = server(Arc::new(|_| (500, "{\"Message\": \"boom\"}".to_string()))).await;
    let env = home_env("", "").with("AWS_CONTAINER_CREDENTIALS_FULL_URI", format!("{base}/c"));
    let e = chain(ctx_with(env, Config::new(), None, None))
        .await
        .unwrap_err();
    assert!(
        e.kind == CredentialsErrorKind::Retrieval && e.message.contains("500"),
        "{e}"
    );
    assert_eq!(seen.lock().unwrap().len(), 3, "botocore makes 3 attempts");
    let (base, _) = server(Arc::new(|_| (200, "not json".to_string()))).await;
    let env = home_env("", "").with("AWS_CONTAINER_CREDENTIALS_FULL_URI", format!("{base}/c"));
    assert_eq!(
        chain(ctx_with(env, Config::new(), None, None))
            .await
            .unwrap_err()
            .kind,
        CredentialsErrorKind::Malformed
    );
    let (base, _) = server(Arc::new(|_| {
        (
            200,
            r#"{"AccessKeyId": "a", "SecretAccessKey": "b", "Expiration": "2023-11-14T23:13:20Z"}"#
                .to_string(),
        )
    }))
    .await;
    let env = home_env("", "").with("AWS_CONTAINER_CREDENTIALS_FULL_URI", format!("{base}/c"));
    let e = chain(ctx_with(env, Config::new(), None, None))
        .await
        .unwrap_err();
    assert!(e.message.contains("Token"), "{e}");
}

fn imds_handler(token_status: u16) -> Handler {
    Arc::new(
        move |r: &SeenRequest| match (r.method.as_str(), r.path.as_str()) {
            ("PUT", "/latest/api/token") => (
                token_status,
                if token_status == 200 {
                    "imds-token".into()
                } else {
                    String::new()
                },
            ),
            ("GET", "/latest/meta-data/iam/security-credentials/") => (200, "my-role\n".into()),
            ("GET", "/latest/meta-data/iam/security-credentials/my-role") => {
                (200, CREDS_JSON.into())
            }
            _ => (404, String::new()),
        },
    )
}

fn imds_env(base: &str) -> MapEnv {
    let home = temp_dir(&[]);
    MapEnv::new()
        .with_home(home)
        .with("AWS_EC2_METADATA_SERVICE_ENDPOINT", base)
}

#[tokio::test]
async fn imds_v2() {
    let (base, seen) = server(imds_handler(200)).await;
    let c = chain(ctx_with(imds_env(&base), Config::new(), None, None))
        .await
        .unwrap();
    assert_eq!(
        (c.access_key_id.as_str(), c.provider),
        ("ASIA-meta", "iam-role")
    );
    assert_eq!(c.expiry, Some(DateTime::from_secs(NOW + 3600)));
    let seen = seen.lock().unwrap();
    assert_eq!(seen.len(), 3);
    assert_eq!(seen[0].method, "PUT");
    assert_eq!(
        seen[0]
            .headers
            .get("x-aws-ec2-metadata-token-ttl-seconds")
            .map(String::as_str),
        Some("21600")
    );
    for r in &seen[1..] {
        assert_eq!(
            r.headers
                .get("x-aws-ec2-metadata-token")
                .map(String::as_str),
            Some("imds-token")
        );
    }
}

#[tokio::test]
async fn imds_v1_fallback_rules() {
    // 403/404/405 on the token: IMDSv1 without the token header.
    for status in [403, 404, 405] {
        let (base, seen) = server(imds_handler(status)).await;
        let c = chain(ctx_with(imds_env(&base), Config::new(), None, None))
            .await
            .unwrap();
        assert_eq!(c.access_key_id, "ASIA-meta");
        assert!(seen.lock().unwrap()[1..]
            .iter()
            .all(|r| !r.headers.contains_key("x-aws-ec2-metadata-token")));
    }
    // ...unless IMDSv1 is disabled.
    let (base, _) = server(imds_handler(403)).await;
    let e = chain(ctx_with(
        imds_env(&base).with("AWS_EC2_METADATA_V1_DISABLED", "true"),
        Config::new(),
        None,
        None,
    ))
    .await
    .unwrap_err();
    assert_eq!(e.kind, CredentialsErrorKind::Retrieval);
    // 400 on the token: not loaded.
    let (base, _) = server(imds_handler(400)).await;
    assert!(chain(ctx_with(imds_env(&base), Config::new(), None, None))
        .await
        .unwrap_err()
        .is_not_loaded());
    // Role lookup failing (404), with retries per metadata_service_num_attempts: not loaded.
    let (base, seen) = server(Arc::new(|r: &SeenRequest| {
        if r.method == "PUT" {
            (200, "t".into())
        } else {
            (404, String::new())
        }
    }))
    .await;
    let e = chain(ctx_with(
        imds_env(&base).with("AWS_METADATA_SERVICE_NUM_ATTEMPTS", "2"),
        Config::new(),
        None,
        None,
    ))
    .await
    .unwrap_err();
    assert!(e.is_not_loaded());
    assert_eq!(seen.lock().unwrap().len(), 3);
    // Credentials JSON missing fields: not loaded.
    let (base, _) = server(Arc::new(|r: &SeenRequest| match r.path.as_str() {
        "/latest/api/token" => (200, "t".into()),
        "/latest/meta-data/iam/security-credentials/" => (200, "role".into()),
        _ => (
            200,
            r#"{"Code": "AssumeRoleUnauthorizedAccess", "Message": "no"}"#.into(),
        ),
    }))
    .await;
    assert!(chain(ctx_with(imds_env(&base), Config::new(), None, None))
        .await
        .unwrap_err()
        .is_not_loaded());
    // Disabled: nothing is contacted.
    let (base, seen) = server(imds_handler(200)).await;
    let e = chain(ctx_with(
        imds_env(&base).with("AWS_EC2_METADATA_DISABLED", "True"),
        Config::new(),
        None,
        None,
    ))
    .await
    .unwrap_err();
    assert!(e.is_not_loaded());
    assert!(seen.lock().unwrap().is_empty());
}

/// An [`HttpClient`] that records each request as it is handed over (method, URI, whether
/// it carries the IMDS token, when) and passes it on.
#[derive(Debug)]
struct RecordingClient {
    inner: Arc<dyn HttpClient>,
    sent: Mutex<Vec<(String, bool, std::time::Instant)>>,
}

impl HttpClient for RecordingClient {
    fn send(
        &self,
        req: crate::http::HttpRequest,
    ) -> crate::http::BoxFuture<'_, Result<crate::http::HttpResponse, crate::http::HttpError>> {
        self.sent.lock().unwrap().push((
            format!("{} {}", req.method(), req.uri()),
            req.headers().contains_key("x-aws-ec2-metadata-token"),
            std::time::Instant::now(),
        ));
        self.inner.send(req)
    }
}

#[tokio::test]
async fn imds_timeout_falls_back_and_ends_not_loaded() {
    // A server that reads each request and never answers. The events: the token PUT is
    // sent and reaches the server; after its timeout (botocore's default
    // `metadata_service_timeout`, 1 s, one attempt) the role GET is sent without a token
    // (the IMDSv1 fallback) and reaches the server; after its timeout the provider is not
    // loaded, and nothing else was sent. Times are lower bounds on the client's clock; the
    // deadlines only turn a hang into a failure.
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (arrived, mut arrivals) = tokio::sync::mpsc::unbounded_channel::<String>();
    tokio::spawn(async move {
        let mut held = Vec::new();
        for _ in 0..8 {
            let Ok((mut sock, _)) = listener.accept().await else {
                return;
            };
            let mut head = Vec::new();
            let mut chunk = [0u8; 1024];
            while !head.windows(4).any(|w| w == b"\r\n\r\n") {
                match sock.read(&mut chunk).await {
                    Ok(0) | Err(_) => break,
                    Ok(n) => head.extend_from_slice(&chunk[..n]),
                }
            }
            let line = String::from_utf8_lossy(&head)
                .lines()
                .next()
                .unwrap_or_default()
                .to_string();
            let _ = arrived.send(line);
            held.push(sock);
        }
    });
    let http = Arc::new(RecordingClient {
        inner: Arc::new(crate::http::HyperClient::new(&Default::default()).unwrap()),
        sent: Mutex::new(Vec::new()),
    });
    let mut ctx = (*ctx_with(
        imds_env(&format!("http://{addr}/")),
        Config::new(),
        None,
        None,
    ))
    .clone();
    ctx.http = http.clone();
    let start = std::time::Instant::now();
    let e = tokio::time::timeout(Duration::from_secs(60), chain(Arc::new(ctx)))
        .await
        .expect("the IMDS provider gave up on its own")
        .unwrap_err();
    let end = std::time::Instant::now();
    assert!(e.is_not_loaded(), "{e}");
    let sent = http.sent.lock().unwrap().clone();
    let base = format!("http://{addr}");
    assert_eq!(
        sent.iter()
            .map(|(r, token, _)| (r.as_str(), *token))
            .collect::<Vec<_>>(),
        [
            (format!("PUT {base}/latest/api/token").as_str(), false),
            (
                format!("GET {base}/latest/meta-data/iam/security-credentials/").as_str(),
                false
            ),
        ]
    );
    // The GET waited for the PUT's timeout; the provider gave up after the GET's too.
    let get_sent = sent[1].2.duration_since(start);
    assert!(get_sent >= Duration::from_secs(1), "{get_sent:?}");
    let gave_up = end.duration_since(start);
    assert!(gave_up >= Duration::from_secs(2), "{gave_up:?}");
    // Both requests reached the server: the timeouts fired on live connections.
    for want in [
        "PUT /latest/api/token HTTP/1.1",
        "GET /latest/meta-data/iam/security-credentials/ HTTP/1.1",
    ] {
        let line = tokio::time::timeout(Duration::from_secs(60), arrivals.recv())
            .await
            .expect("the request reached the server")
            .unwrap();
        assert_eq!(line, want);
    }
}

#[tokio::test]
async fn default_chain_caches_and_reports_not_found() {
    let env = home_env(
        "",
        "[default]\naws_access_key_id = ak\naws_secret_access_key = sk\n",
    );
    let shared = ConfigLoader::new(Arc::new(env)).load().unwrap();
    let p = default_chain(&shared, None, None);
    assert_eq!(p.provide().await.unwrap().access_key_id, "ak");
    let shared = ConfigLoader::new(Arc::new(home_env("", "")))
        .load()
        .unwrap();
    let e = default_chain(&shared, None, None)
        .provide()
        .await
        .unwrap_err();
    assert!(e.is_not_loaded());
    assert!(e.to_string().contains("unable to locate credentials"));
}

#[test]
fn secrets_never_in_debug() {
    let env = home_env(
        "",
        "[default]\naws_access_key_id = ak\naws_secret_access_key = file-secret-123\n",
    )
    .with("AWS_SECRET_ACCESS_KEY", "env-secret-456");
    let ctx = ctx_with(env, Config::new(), None, None);
    let d = format!("{ctx:?}{:?}", default_providers(ctx.clone(), None));
    assert!(
        !d.contains("file-secret-123") && !d.contains("env-secret-456"),
        "{d}"
    );
    let c = Credentials::new("AKID", "very-secret", Some("session-tok".into()));
    let d = format!("{c:?}");
    assert!(!d.contains("very-secret") && !d.contains("session-tok") && d.contains("AKID"));
}

#[test]
fn expiry_formats() {
    assert_eq!(
        parse_expiry("2023-11-14T22:13:20Z"),
        Some(DateTime::from_secs(NOW))
    );
    assert_eq!(
        parse_expiry("2023-11-14T22:13:20UTC"),
        Some(DateTime::from_secs(NOW))
    );
    assert_eq!(
        parse_expiry("2023-11-14T22:13:20+00:00"),
        Some(DateTime::from_secs(NOW))
    );
    assert_eq!(parse_expiry("nope"), None);
}

#[tokio::test]
async fn imds_requests_go_through_the_context_http_client() {
    use crate::http::test_util::{CannedResponse, CaptureClient};
    use crate::http::HttpErrorKind;
    // The token PUT times out: IMDSv1, so the GETs carry no token header.
    let http = Arc::new(CaptureClient::new([
        CannedResponse::error(HttpErrorKind::ReadTimeout),
        CannedResponse::ok("my-role\n"),
        CannedResponse::ok(CREDS_JSON),
    ]));
    let mut ctx = (*ctx_with(
        imds_env("http://[fd00:ec2::254]/"),
        Config::new(),
        None,
        None,
    ))
    .clone();
    ctx.http = http.clone();
    let c = chain(Arc::new(ctx)).await.unwrap();
    assert_eq!(
        (c.access_key_id.as_str(), c.provider),
        ("ASIA-meta", "iam-role")
    );
    let seen: Vec<String> = http
        .requests()
        .iter()
        .map(|r| format!("{} {}", r.method, r.uri))
        .collect();
    assert_eq!(
        seen,
        [
            "PUT http://[fd00:ec2::254]/latest/api/token",
            "GET http://[fd00:ec2::254]/latest/meta-data/iam/security-credentials/",
            "GET http://[fd00:ec2::254]/latest/meta-data/iam/security-credentials/my-role",
        ]
    );
    assert!(http.requests()[1..]
        .iter()
        .all(|r| r.header("x-aws-ec2-metadata-token").is_none()));
}

//! Configuration the way a user sets it — environment variables, a profile in the
//! shared files, a `services` section — then a real call to moto. Credentials, region
//! and endpoint each leave a visible trace: the caller's ARN names the IAM user whose
//! access key signed the request, and SNS topic ARNs carry the signing region.

use std::path::PathBuf;
use std::sync::Arc;

use kumo_runtime::config::{Config, MapEnv};
use kumo_testkit::moto::{client, Moto};

/// A fresh directory under the system temp dir, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> TempDir {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0);
        let dir =
            std::env::temp_dir().join(format!("kumo-config-{tag}-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        TempDir(dir)
    }

    fn write(&self, name: &str, text: &str) -> String {
        let path = self.0.join(name);
        std::fs::write(&path, text).expect("write file");
        path.to_string_lossy().into_owned()
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// An IAM user with an access key in moto: (user ARN, access key id, secret).
async fn iam_user_with_key(moto: &Moto, name: &str) -> (String, String, String) {
    let iam = client!(kumo_iam::Client, moto);
    let user = iam
        .create_user(kumo_iam::types::CreateUserInput {
            user_name: name.into(),
            ..Default::default()
        })
        .await
        .expect("create user")
        .user
        .expect("user");
    let key = iam
        .create_access_key(kumo_iam::types::CreateAccessKeyInput {
            user_name: Some(name.into()),
        })
        .await
        .expect("create access key")
        .access_key;
    (user.arn, key.access_key_id, key.secret_access_key)
}

/// The region an SNS client signs for, read back from the ARN moto gives a new topic.
async fn topic_region(sns: &kumo_sns::Client) -> String {
    let arn = sns
        .create_topic(kumo_sns::types::CreateTopicInput {
            name: "where-am-i".into(),
            ..Default::default()
        })
        .await
        .expect("create topic")
        .topic_arn
        .expect("topic arn");
    // arn:aws:sns:<region>:<account>:<name>
    arn.split(':').nth(3).unwrap_or_default().to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn environment_variables_only() {
    let moto = Moto::start();
    let (user_arn, key_id, secret) = iam_user_with_key(&moto, "env-user").await;
    let env = Arc::new(
        MapEnv::new()
            .with("AWS_ENDPOINT_URL", moto.url.clone())
            .with("AWS_DEFAULT_REGION", "eu-west-2")
            .with("AWS_ACCESS_KEY_ID", key_id)
            .with("AWS_SECRET_ACCESS_KEY", secret)
            .with("AWS_CONFIG_FILE", "/nonexistent/config")
            .with("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/credentials"),
    );
    let sts = kumo_sts::Client::builder()
        .env(env.clone())
        .build()
        .expect("sts client");
    assert_eq!(sts.handle().config().region.as_deref(), Some("eu-west-2"));
    let me = sts
        .get_caller_identity(Default::default())
        .await
        .expect("get caller identity");
    assert_eq!(me.account.as_deref(), Some("123456789012"));
    assert_eq!(me.arn.as_deref(), Some(user_arn.as_str()));

    let sns = kumo_sns::Client::builder()
        .env(env.clone())
        .build()
        .expect("sns client");
    assert_eq!(topic_region(&sns).await, "eu-west-2");

    // Explicit configuration wins over the environment, as in boto3.
    let sns = kumo_sns::Client::builder()
        .env(env)
        .config(Config::new().region_name("ca-central-1"))
        .build()
        .expect("sns client");
    assert_eq!(topic_region(&sns).await, "ca-central-1");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn named_profile_from_shared_files() {
    let moto = Moto::start();
    let (user_arn, key_id, secret) = iam_user_with_key(&moto, "profile-user").await;
    let dir = TempDir::new("profile");
    let config = dir.write(
        "config",
        &format!(
            "[default]\nregion = us-west-1\n\n\
             [profile custom]\nregion = ap-southeast-2\nendpoint_url = {}\n\
             retry_mode = standard\nmax_attempts = 2\n",
            moto.url
        ),
    );
    let credentials = dir.write(
        "credentials",
        &format!(
            "[default]\naws_access_key_id = testing\naws_secret_access_key = testing\n\n\
             [custom]\naws_access_key_id = {key_id}\naws_secret_access_key = {secret}\n"
        ),
    );
    let env = Arc::new(
        MapEnv::new()
            .with("AWS_CONFIG_FILE", config)
            .with("AWS_SHARED_CREDENTIALS_FILE", credentials)
            .with("AWS_PROFILE", "custom"),
    );
    let sts = kumo_sts::Client::builder()
        .env(env.clone())
        .build()
        .expect("sts client");
    let cfg = sts.handle().config();
    assert_eq!(cfg.region.as_deref(), Some("ap-southeast-2"));
    assert_eq!(cfg.retry.total_max_attempts, Some(2));
    let me = sts
        .get_caller_identity(Default::default())
        .await
        .expect("get caller identity");
    assert_eq!(me.account.as_deref(), Some("123456789012"));
    assert_eq!(me.arn.as_deref(), Some(user_arn.as_str()));

    let sns = kumo_sns::Client::builder()
        .env(env.clone())
        .build()
        .expect("sns client");
    assert_eq!(topic_region(&sns).await, "ap-southeast-2");

    // boto3.Session(profile_name="default") on the same files: the default profile has
    // no endpoint, so point it at moto explicitly; its region and keys still apply.
    let sts = kumo_sts::Client::builder()
        .env(env)
        .config(
            Config::new()
                .profile_name("default")
                .endpoint_url(moto.url.clone()),
        )
        .build()
        .expect("sts client");
    assert_eq!(sts.handle().config().region.as_deref(), Some("us-west-1"));
    let me = sts
        .get_caller_identity(Default::default())
        .await
        .expect("get caller identity");
    assert_eq!(
        me.arn.as_deref(),
        Some("arn:aws:sts::123456789012:user/moto")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn services_section_endpoints_per_service() {
    let moto = Moto::start();
    let (user_arn, key_id, secret) = iam_user_with_key(&moto, "svc-user").await;
    let dir = TempDir::new("services");
    // Credentials in the config file itself, endpoints per service in `services`.
    let config = dir.write(
        "config",
        &format!(
            "[profile custom]\nregion = eu-central-1\nservices = local-moto\n\
             aws_access_key_id = {key_id}\naws_secret_access_key = {secret}\n\n\
             [services local-moto]\nsts =\n  endpoint_url = {url}\nsns =\n  endpoint_url = {url}\n",
            url = moto.url
        ),
    );
    let env = Arc::new(
        MapEnv::new()
            .with("AWS_CONFIG_FILE", config)
            .with("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/credentials")
            .with("AWS_PROFILE", "custom"),
    );
    let sts = kumo_sts::Client::builder()
        .env(env.clone())
        .build()
        .expect("sts client");
    let me = sts
        .get_caller_identity(Default::default())
        .await
        .expect("get caller identity");
    assert_eq!(me.arn.as_deref(), Some(user_arn.as_str()));
    let sns = kumo_sns::Client::builder()
        .env(env.clone())
        .build()
        .expect("sns client");
    assert_eq!(topic_region(&sns).await, "eu-central-1");

    // A service-specific variable wins over the services section: a dead port fails.
    let dead = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("port");
    let env_override = Arc::new(
        MapEnv::new()
            .with("AWS_CONFIG_FILE", dir.0.join("config").to_string_lossy())
            .with("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/credentials")
            .with("AWS_PROFILE", "custom")
            .with("AWS_ENDPOINT_URL_STS", format!("http://127.0.0.1:{dead}"))
            .with("AWS_MAX_ATTEMPTS", "1"),
    );
    let sts = kumo_sts::Client::builder()
        .env(env_override)
        .build()
        .expect("sts client");
    let err = sts
        .get_caller_identity(Default::default())
        .await
        .expect_err("nothing listens on the overriding endpoint");
    // Refused at the overriding endpoint: a connection error that names it, not a reply from
    // moto and not some other local failure.
    let sdk = err.sdk_error().expect("a local failure");
    assert_eq!(sdk.kind(), kumo_runtime::SdkErrorKind::Connect, "{err:?}");
    let mut chain = sdk.to_string();
    let mut cur = std::error::Error::source(sdk);
    while let Some(e) = cur {
        chain.push_str(&format!(": {e}"));
        cur = e.source();
    }
    assert!(chain.contains(&format!("127.0.0.1:{dead}")), "{chain}");
}

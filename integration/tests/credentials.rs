//! Every credential source and the main config paths, through generated clients
//! against local servers on 127.0.0.1: what each source makes the client send
//! (the access key in `Authorization`'s `Credential=`, `X-Amz-Security-Token`), and
//! what the STS / SSO / container / IMDS calls of the providers look like on the wire.
//! Every endpoint points at 127.0.0.1; nothing here contacts AWS.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use kumo_runtime::config::MapEnv;
use kumo_runtime::credentials::Credentials;
use kumo_testkit::{Behavior, FaultServer, FaultServerHandle, RecordedRequest, Script};

// ---------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------

/// A scratch directory, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "kumo-creds-{name}-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::SeqCst)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("scratch dir");
        Scratch(dir)
    }
    fn write(&self, rel: &str, contents: &str) -> String {
        let p = self.0.join(rel);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(&p, contents).expect("write");
        p.to_string_lossy().into_owned()
    }
    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// No files, no IMDS, a region: nothing from the machine leaks into a test.
fn base_env() -> MapEnv {
    MapEnv::new()
        .with("AWS_CONFIG_FILE", "/nonexistent/kumo/config")
        .with(
            "AWS_SHARED_CREDENTIALS_FILE",
            "/nonexistent/kumo/credentials",
        )
        .with("AWS_EC2_METADATA_DISABLED", "true")
        .with("AWS_DEFAULT_REGION", "eu-west-1")
}

/// A local SQS (JSON protocol) that answers every request with an empty `ListQueues`.
async fn sqs_server() -> FaultServerHandle {
    FaultServer::start(
        Behavior::respond(200, "{}").header("content-type", "application/x-amz-json-1.0"),
    )
    .await
    .1
}

fn sqs_client(env: MapEnv) -> kumo_sqs::Client {
    kumo_sqs::Client::builder()
        .env(Arc::new(env))
        .build()
        .expect("client")
}

async fn list_queues(
    c: &kumo_sqs::Client,
) -> Result<kumo_sqs::types::ListQueuesOutput, kumo_sqs::Error<kumo_sqs::error::ListQueuesError>> {
    c.list_queues(kumo_sqs::types::ListQueuesInput::default())
        .await
}

/// The access key of a SigV4 `Authorization` header, and its scope's region and service.
fn credential_of(r: &RecordedRequest) -> (String, String, String) {
    let auth = r.header("authorization").expect("signed request");
    let cred = auth
        .split("Credential=")
        .nth(1)
        .and_then(|s| s.split(',').next())
        .expect("Credential=");
    let parts: Vec<&str> = cred.split('/').collect();
    assert_eq!(parts.len(), 5, "{cred}");
    (
        parts[0].to_string(),
        parts[2].to_string(),
        parts[3].to_string(),
    )
}

/// Asserts the one request `server` saw was signed with `key` (and `token`).
fn assert_signed_with(server: &FaultServerHandle, key: &str, token: Option<&str>) {
    let reqs = server.requests();
    assert_eq!(reqs.len(), 1, "{reqs:?}");
    let (k, region, service) = credential_of(&reqs[0]);
    assert_eq!(k, key);
    assert_eq!(region, "eu-west-1");
    assert_eq!(service, "sqs");
    assert_eq!(reqs[0].header("x-amz-security-token"), token);
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'%' if i + 2 < b.len() => {
                let hex = std::str::from_utf8(&b[i + 1..i + 3]).expect("hex");
                out.push(u8::from_str_radix(hex, 16).expect("hex"));
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8(out).expect("utf-8")
}

/// A form-encoded body as (name, value) pairs.
fn form(body: &[u8]) -> Vec<(String, String)> {
    std::str::from_utf8(body)
        .expect("utf-8 body")
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (percent_decode(k), percent_decode(v))
        })
        .collect()
}

fn form_get<'a>(f: &'a [(String, String)], k: &str) -> Option<&'a str> {
    f.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str())
}

const STS_NS: &str = "https://sts.amazonaws.com/doc/2011-06-15/";

fn sts_response(op: &str, key: &str, token: &str) -> String {
    format!(
        r#"<{op}Response xmlns="{STS_NS}">
  <{op}Result>
    <Credentials>
      <AccessKeyId>{key}</AccessKeyId>
      <SecretAccessKey>temporary-secret</SecretAccessKey>
      <SessionToken>{token}</SessionToken>
      <Expiration>2099-01-01T00:00:00Z</Expiration>
    </Credentials>
    <AssumedRoleUser>
      <AssumedRoleId>AROAEXAMPLE:session</AssumedRoleId>
      <Arn>arn:aws:sts::123456789012:assumed-role/Admin/session</Arn>
    </AssumedRoleUser>
  </{op}Result>
  <ResponseMetadata><RequestId>11111111-2222-3333-4444-555555555555</RequestId></ResponseMetadata>
</{op}Response>"#
    )
}

async fn sts_server(op: &str, key: &str, token: &str) -> FaultServerHandle {
    FaultServer::start(
        Behavior::respond(200, sts_response(op, key, token)).header("content-type", "text/xml"),
    )
    .await
    .1
}

// ---------------------------------------------------------------------------------
// Credential sources
// ---------------------------------------------------------------------------------

#[tokio::test]
async fn explicit_credentials() {
    let sqs = sqs_server().await;
    let env = base_env()
        .with("AWS_ENDPOINT_URL", sqs.url(""))
        // Explicit credentials win over the environment's.
        .with("AWS_ACCESS_KEY_ID", "AKIDFROMENV")
        .with("AWS_SECRET_ACCESS_KEY", "env-secret");
    let h = kumo_sqs::Client::builder()
        .env(Arc::new(env))
        .credentials(Credentials::new(
            "AKIDEXPLICIT",
            "explicit-secret",
            Some("explicit-token".into()),
        ))
        .build()
        .expect("client");
    list_queues(&h).await.expect("call");
    assert_signed_with(&sqs, "AKIDEXPLICIT", Some("explicit-token"));
}

#[tokio::test]
async fn environment_variables() {
    let sqs = sqs_server().await;
    let env = base_env()
        .with("AWS_ENDPOINT_URL", sqs.url(""))
        .with("AWS_ACCESS_KEY_ID", "AKIDFROMENV")
        .with("AWS_SECRET_ACCESS_KEY", "env-secret")
        .with("AWS_SESSION_TOKEN", "env-token");
    list_queues(&sqs_client(env)).await.expect("call");
    assert_signed_with(&sqs, "AKIDFROMENV", Some("env-token"));
}

#[tokio::test]
async fn shared_credentials_file_with_aws_profile() {
    let sqs = sqs_server().await;
    let dir = Scratch::new("shared");
    let creds = dir.write(
        "credentials",
        "[default]\naws_access_key_id = AKIDDEFAULT\naws_secret_access_key = d\n\n\
         [work]\naws_access_key_id = AKIDWORK\naws_secret_access_key = w\naws_session_token = work-token\n",
    );
    let env = base_env()
        .with("AWS_ENDPOINT_URL", sqs.url(""))
        .with("AWS_SHARED_CREDENTIALS_FILE", creds)
        .with("AWS_PROFILE", "work");
    list_queues(&sqs_client(env)).await.expect("call");
    assert_signed_with(&sqs, "AKIDWORK", Some("work-token"));
}

#[tokio::test]
async fn config_file_credentials() {
    let sqs = sqs_server().await;
    let dir = Scratch::new("config");
    let config = dir.write(
        "config",
        "[profile dev]\naws_access_key_id = AKIDCONFIG\naws_secret_access_key = c\n",
    );
    let env = base_env()
        .with("AWS_ENDPOINT_URL", sqs.url(""))
        .with("AWS_CONFIG_FILE", config)
        .with("AWS_PROFILE", "dev");
    list_queues(&sqs_client(env)).await.expect("call");
    assert_signed_with(&sqs, "AKIDCONFIG", None);
}

#[cfg(unix)]
#[tokio::test]
async fn credential_process() {
    use std::os::unix::fs::PermissionsExt;
    let sqs = sqs_server().await;
    let dir = Scratch::new("process");
    let script = dir.write(
        "creds.sh",
        "#!/bin/sh\necho '{\"Version\": 1, \"AccessKeyId\": \"AKIDPROCESS\", \"SecretAccessKey\": \"p\", \"SessionToken\": \"process-token\", \"Expiration\": \"2099-01-01T00:00:00Z\"}'\n",
    );
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let config = dir.write(
        "config",
        &format!("[default]\ncredential_process = {script}\n"),
    );
    let env = base_env()
        .with("AWS_ENDPOINT_URL", sqs.url(""))
        .with("AWS_CONFIG_FILE", config);
    list_queues(&sqs_client(env)).await.expect("call");
    assert_signed_with(&sqs, "AKIDPROCESS", Some("process-token"));
}

/// A profile with `role_arn` + `source_profile`, STS at `AWS_ENDPOINT_URL_STS`, SQS at
/// `AWS_ENDPOINT_URL_SQS`.
fn assume_role_env(dir: &Scratch, sts: &FaultServerHandle, sqs: &FaultServerHandle) -> MapEnv {
    let config = dir.write(
        "config",
        "[profile admin]\nrole_arn = arn:aws:iam::123456789012:role/Admin\nsource_profile = base\n\
         external_id = ext-123\nduration_seconds = 1800\nrole_session_name = kumo-test\n",
    );
    let creds = dir.write(
        "credentials",
        "[base]\naws_access_key_id = AKIDSOURCE\naws_secret_access_key = source-secret\n",
    );
    base_env()
        .with("AWS_CONFIG_FILE", config)
        .with("AWS_SHARED_CREDENTIALS_FILE", creds)
        .with("AWS_PROFILE", "admin")
        .with("AWS_ENDPOINT_URL_STS", sts.url(""))
        .with("AWS_ENDPOINT_URL_SQS", sqs.url(""))
}

#[tokio::test]
async fn assume_role_from_profile() {
    let sts = sts_server("AssumeRole", "ASIAASSUMED", "assumed-token").await;
    let sqs = sqs_server().await;
    let dir = Scratch::new("assume");
    list_queues(&sqs_client(assume_role_env(&dir, &sts, &sqs)))
        .await
        .expect("call");

    let reqs = sts.requests();
    assert_eq!(reqs.len(), 1, "{reqs:?}");
    let r = &reqs[0];
    assert_eq!(r.method, "POST");
    let f = form(&r.body);
    assert_eq!(form_get(&f, "Action"), Some("AssumeRole"));
    assert_eq!(form_get(&f, "Version"), Some("2011-06-15"));
    assert_eq!(
        form_get(&f, "RoleArn"),
        Some("arn:aws:iam::123456789012:role/Admin")
    );
    assert_eq!(form_get(&f, "RoleSessionName"), Some("kumo-test"));
    assert_eq!(form_get(&f, "ExternalId"), Some("ext-123"));
    assert_eq!(form_get(&f, "DurationSeconds"), Some("1800"));
    // AssumeRole itself is signed with the source profile's keys, for STS in the region.
    let (key, region, service) = credential_of(r);
    assert_eq!(
        (key.as_str(), region.as_str(), service.as_str()),
        ("AKIDSOURCE", "eu-west-1", "sts")
    );
    assert_eq!(r.header("x-amz-security-token"), None);
    // The real call is signed with the temporary credentials.
    assert_signed_with(&sqs, "ASIAASSUMED", Some("assumed-token"));
}

#[tokio::test]
async fn concurrent_calls_share_one_assume_role() {
    // STS answers slowly so both calls wait on the same refresh.
    let (_, sts) = FaultServer::start(
        Behavior::respond(
            200,
            sts_response("AssumeRole", "ASIAASSUMED", "assumed-token"),
        )
        .header("content-type", "text/xml")
        .delayed(Duration::from_millis(200)),
    )
    .await;
    let sqs = sqs_server().await;
    let dir = Scratch::new("concurrent");
    let client = sqs_client(assume_role_env(&dir, &sts, &sqs));
    let (a, b) = tokio::join!(list_queues(&client), list_queues(&client));
    a.expect("first call");
    b.expect("second call");
    // And a third call later reuses the cached credentials.
    list_queues(&client).await.expect("third call");
    assert_eq!(sts.request_count(), 1, "{:?}", sts.requests());
    let reqs = sqs.requests();
    assert_eq!(reqs.len(), 3);
    for r in &reqs {
        assert_eq!(credential_of(r).0, "ASIAASSUMED");
        assert_eq!(r.header("x-amz-security-token"), Some("assumed-token"));
    }
}

#[tokio::test]
async fn web_identity_from_environment() {
    let sts = sts_server("AssumeRoleWithWebIdentity", "ASIAWEBID", "web-token").await;
    let sqs = sqs_server().await;
    let dir = Scratch::new("webid");
    let token_file = dir.write("token", "eyJ.web.identity\n");
    let env = base_env()
        .with("AWS_WEB_IDENTITY_TOKEN_FILE", token_file)
        .with("AWS_ROLE_ARN", "arn:aws:iam::123456789012:role/WebRole")
        .with("AWS_ROLE_SESSION_NAME", "web-session")
        .with("AWS_ENDPOINT_URL_STS", sts.url(""))
        .with("AWS_ENDPOINT_URL_SQS", sqs.url(""));
    list_queues(&sqs_client(env)).await.expect("call");

    let reqs = sts.requests();
    assert_eq!(reqs.len(), 1, "{reqs:?}");
    let r = &reqs[0];
    let f = form(&r.body);
    assert_eq!(form_get(&f, "Action"), Some("AssumeRoleWithWebIdentity"));
    assert_eq!(
        form_get(&f, "RoleArn"),
        Some("arn:aws:iam::123456789012:role/WebRole")
    );
    assert_eq!(form_get(&f, "RoleSessionName"), Some("web-session"));
    // botocore's FileWebIdentityTokenLoader sends the file's contents as they are.
    assert_eq!(form_get(&f, "WebIdentityToken"), Some("eyJ.web.identity\n"));
    // The operation is unsigned (smithy.api#noAuth).
    assert_eq!(r.header("authorization"), None);
    assert_signed_with(&sqs, "ASIAWEBID", Some("web-token"));
}

fn sha1_hex(s: &str) -> String {
    let d = ring::digest::digest(&ring::digest::SHA1_FOR_LEGACY_USE_ONLY, s.as_bytes());
    d.as_ref().iter().map(|b| format!("{b:02x}")).collect()
}

#[tokio::test]
async fn sso_from_cached_token() {
    let (_, sso) = FaultServer::start(
        Behavior::respond(
            200,
            r#"{"roleCredentials":{"accessKeyId":"ASIASSO","secretAccessKey":"sso-secret","sessionToken":"sso-token","expiration":4070908800000}}"#,
        )
        .header("content-type", "application/json"),
    )
    .await;
    let sqs = sqs_server().await;
    let home = Scratch::new("sso");
    let config = home.write(
        ".aws/config",
        "[profile dev]\nsso_session = my-sso\nsso_account_id = 123456789012\nsso_role_name = ReadOnly\n\n\
         [sso-session my-sso]\nsso_region = us-east-1\nsso_start_url = https://example.awsapps.com/start\n",
    );
    // The AWS CLI's token cache: ~/.aws/sso/cache/<sha1 of the session name>.json.
    home.write(
        &format!(".aws/sso/cache/{}.json", sha1_hex("my-sso")),
        r#"{"startUrl":"https://example.awsapps.com/start","region":"us-east-1","accessToken":"cached-access-token","expiresAt":"2099-01-01T00:00:00Z"}"#,
    );
    let env = base_env()
        .with_home(home.path())
        .with("AWS_CONFIG_FILE", config)
        .with("AWS_PROFILE", "dev")
        .with("AWS_ENDPOINT_URL_SSO", sso.url(""))
        .with("AWS_ENDPOINT_URL_SQS", sqs.url(""));
    list_queues(&sqs_client(env)).await.expect("call");

    let reqs = sso.requests();
    assert_eq!(reqs.len(), 1, "{reqs:?}");
    let r = &reqs[0];
    assert_eq!(r.method, "GET");
    let (path, query) = r.target.split_once('?').expect("query");
    assert_eq!(path, "/federation/credentials");
    let mut q: Vec<&str> = query.split('&').collect();
    q.sort();
    assert_eq!(q, ["account_id=123456789012", "role_name=ReadOnly"]);
    assert_eq!(
        r.header("x-amz-sso_bearer_token"),
        Some("cached-access-token")
    );
    assert_eq!(r.header("authorization"), None);
    assert_signed_with(&sqs, "ASIASSO", Some("sso-token"));
}

#[tokio::test]
async fn container_full_uri_with_token() {
    let (_, meta) = FaultServer::start(
        Behavior::respond(
            200,
            r#"{"AccessKeyId":"ASIACONTAINER","SecretAccessKey":"container-secret","Token":"container-token","Expiration":"2099-01-01T00:00:00Z"}"#,
        )
        .header("content-type", "application/json"),
    )
    .await;
    let sqs = sqs_server().await;
    let env = base_env()
        .with("AWS_ENDPOINT_URL", sqs.url(""))
        .with(
            "AWS_CONTAINER_CREDENTIALS_FULL_URI",
            meta.url("/v2/credentials/abc"),
        )
        .with("AWS_CONTAINER_AUTHORIZATION_TOKEN", "Basic container-auth");
    list_queues(&sqs_client(env)).await.expect("call");
    let reqs = meta.requests();
    assert_eq!(reqs.len(), 1, "{reqs:?}");
    assert_eq!(reqs[0].method, "GET");
    assert_eq!(reqs[0].target, "/v2/credentials/abc");
    assert_eq!(
        reqs[0].header("authorization"),
        Some("Basic container-auth")
    );
    assert_signed_with(&sqs, "ASIACONTAINER", Some("container-token"));
}

#[tokio::test]
async fn imds_v2() {
    let (_, imds) = FaultServer::start(Script::seq([
        Behavior::respond(200, "imds-session-token"),
        Behavior::respond(200, "my-instance-role"),
        Behavior::respond(
            200,
            r#"{"Code":"Success","Type":"AWS-HMAC","AccessKeyId":"ASIAIMDS","SecretAccessKey":"imds-secret","Token":"imds-token","Expiration":"2099-01-01T00:00:00Z"}"#,
        ),
    ]))
    .await;
    let sqs = sqs_server().await;
    let env = MapEnv::new()
        .with("AWS_CONFIG_FILE", "/nonexistent/kumo/config")
        .with(
            "AWS_SHARED_CREDENTIALS_FILE",
            "/nonexistent/kumo/credentials",
        )
        .with("AWS_DEFAULT_REGION", "eu-west-1")
        .with("AWS_ENDPOINT_URL", sqs.url(""))
        .with("AWS_EC2_METADATA_SERVICE_ENDPOINT", imds.url("/"));
    list_queues(&sqs_client(env)).await.expect("call");
    let reqs = imds.requests();
    assert_eq!(reqs.len(), 3, "{reqs:?}");
    assert_eq!(
        (reqs[0].method.as_str(), reqs[0].target.as_str()),
        ("PUT", "/latest/api/token")
    );
    assert_eq!(
        reqs[0].header("x-aws-ec2-metadata-token-ttl-seconds"),
        Some("21600")
    );
    assert_eq!(
        (reqs[1].method.as_str(), reqs[1].target.as_str()),
        ("GET", "/latest/meta-data/iam/security-credentials/")
    );
    assert_eq!(
        (reqs[2].method.as_str(), reqs[2].target.as_str()),
        (
            "GET",
            "/latest/meta-data/iam/security-credentials/my-instance-role"
        )
    );
    for r in &reqs[1..] {
        assert_eq!(
            r.header("x-aws-ec2-metadata-token"),
            Some("imds-session-token")
        );
    }
    assert_signed_with(&sqs, "ASIAIMDS", Some("imds-token"));
}

// ---------------------------------------------------------------------------------
// Config paths
// ---------------------------------------------------------------------------------

fn static_env() -> MapEnv {
    base_env()
        .with("AWS_ACCESS_KEY_ID", "AKIDSTATIC")
        .with("AWS_SECRET_ACCESS_KEY", "static-secret")
}

#[tokio::test]
async fn region_from_aws_default_region() {
    let sqs = sqs_server().await;
    let env = static_env()
        .with("AWS_DEFAULT_REGION", "ca-central-1")
        .with("AWS_ENDPOINT_URL", sqs.url(""));
    list_queues(&sqs_client(env)).await.expect("call");
    let (_, region, _) = credential_of(&sqs.requests()[0]);
    assert_eq!(region, "ca-central-1");
}

#[tokio::test]
async fn region_from_profile() {
    let sqs = sqs_server().await;
    let dir = Scratch::new("region");
    let config = dir.write("config", "[profile p]\nregion = ap-southeast-2\n");
    // No AWS_DEFAULT_REGION: the profile's region is used.
    let env = MapEnv::new()
        .with(
            "AWS_SHARED_CREDENTIALS_FILE",
            "/nonexistent/kumo/credentials",
        )
        .with("AWS_EC2_METADATA_DISABLED", "true")
        .with("AWS_ACCESS_KEY_ID", "AKIDSTATIC")
        .with("AWS_SECRET_ACCESS_KEY", "static-secret")
        .with("AWS_CONFIG_FILE", config)
        .with("AWS_PROFILE", "p")
        .with("AWS_ENDPOINT_URL", sqs.url(""));
    // AWS_PROFILE (not an explicit profile) keeps the environment provider on.
    list_queues(&sqs_client(env)).await.expect("call");
    let (key, region, _) = credential_of(&sqs.requests()[0]);
    assert_eq!(key, "AKIDSTATIC");
    assert_eq!(region, "ap-southeast-2");
}

#[tokio::test]
async fn endpoint_url_service_specific_wins_over_global() {
    let right = sqs_server().await;
    let wrong = sqs_server().await;
    let env = static_env()
        .with("AWS_ENDPOINT_URL", wrong.url(""))
        .with("AWS_ENDPOINT_URL_SQS", right.url(""));
    list_queues(&sqs_client(env)).await.expect("call");
    assert_eq!(right.request_count(), 1);
    assert_eq!(wrong.request_count(), 0);
}

#[tokio::test]
async fn endpoint_url_global() {
    let sqs = sqs_server().await;
    let env = static_env().with("AWS_ENDPOINT_URL", sqs.url(""));
    list_queues(&sqs_client(env)).await.expect("call");
    assert_eq!(sqs.request_count(), 1);
    let r = &sqs.requests()[0];
    assert_eq!(r.method, "POST");
    assert_eq!(r.header("x-amz-target"), Some("AmazonSQS.ListQueues"));
}

#[tokio::test]
async fn endpoint_url_from_profile_services_section() {
    let sqs = sqs_server().await;
    let dir = Scratch::new("services");
    let config = dir.write(
        "config",
        &format!(
            "[profile p]\nservices = local\n\n[services local]\nsqs =\n  endpoint_url = {}\n",
            sqs.url("")
        ),
    );
    let env = static_env()
        .with("AWS_CONFIG_FILE", config)
        .with("AWS_PROFILE", "p");
    list_queues(&sqs_client(env)).await.expect("call");
    assert_eq!(sqs.request_count(), 1);
}

async fn failing_server() -> FaultServerHandle {
    FaultServer::start(
        Behavior::respond(500, r#"{"__type":"InternalError","message":"boom"}"#)
            .header("content-type", "application/x-amz-json-1.0"),
    )
    .await
    .1
}

#[tokio::test]
async fn max_attempts_from_environment() {
    let sqs = failing_server().await;
    let env = static_env()
        .with("AWS_ENDPOINT_URL", sqs.url(""))
        .with("AWS_RETRY_MODE", "standard")
        .with("AWS_MAX_ATTEMPTS", "2");
    let e = list_queues(&sqs_client(env)).await.expect_err("500s");
    assert!(matches!(e, kumo_sqs::Error::Service(_)), "{e:?}");
    assert_eq!(sqs.request_count(), 2);
    let reqs = sqs.requests();
    assert_eq!(reqs[0].header("amz-sdk-request"), Some("attempt=1; max=2"));
    assert_eq!(reqs[1].header("amz-sdk-request"), Some("attempt=2; max=2"));
}

#[tokio::test]
async fn retry_mode_and_max_attempts_from_profile() {
    let sqs = failing_server().await;
    let dir = Scratch::new("retry");
    let config = dir.write(
        "config",
        "[profile p]\nretry_mode = standard\nmax_attempts = 3\n",
    );
    let env = static_env()
        .with("AWS_ENDPOINT_URL", sqs.url(""))
        .with("AWS_CONFIG_FILE", config)
        .with("AWS_PROFILE", "p");
    let e = list_queues(&sqs_client(env)).await.expect_err("500s");
    assert!(matches!(e, kumo_sqs::Error::Service(_)), "{e:?}");
    assert_eq!(sqs.request_count(), 3);
    assert_eq!(
        sqs.requests()[2].header("amz-sdk-request"),
        Some("attempt=3; max=3")
    );
}

#[tokio::test]
async fn legacy_retry_mode_from_profile_max_attempts_one() {
    let sqs = failing_server().await;
    let dir = Scratch::new("retry1");
    let config = dir.write(
        "config",
        "[profile p]\nretry_mode = legacy\nmax_attempts = 1\n",
    );
    let env = static_env()
        .with("AWS_ENDPOINT_URL", sqs.url(""))
        .with("AWS_CONFIG_FILE", config)
        .with("AWS_PROFILE", "p");
    list_queues(&sqs_client(env)).await.expect_err("500");
    assert_eq!(sqs.request_count(), 1);
}

#[tokio::test]
async fn assume_role_failure_is_a_credentials_error_without_secrets() {
    let (_, sts) = FaultServer::start(
        Behavior::respond(
            403,
            format!(
                r#"<ErrorResponse xmlns="{STS_NS}"><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>not allowed</Message></Error><RequestId>r</RequestId></ErrorResponse>"#
            ),
        )
        .header("content-type", "text/xml"),
    )
    .await;
    let sqs = sqs_server().await;
    let dir = Scratch::new("assume-fail");
    let e = list_queues(&sqs_client(assume_role_env(&dir, &sts, &sqs)))
        .await
        .expect_err("AccessDenied");
    let kumo_sqs::Error::Sdk(sdk) = &e else {
        panic!("expected a credentials error, got {e:?}");
    };
    assert_eq!(sdk.kind(), kumo_runtime::SdkErrorKind::Credentials);
    let chain = format!("{e} {:?}", std::error::Error::source(sdk));
    assert!(chain.contains("AccessDenied"), "{chain}");
    assert!(!chain.contains("source-secret"), "{chain}");
    assert_eq!(sqs.request_count(), 0);
}

//! Tests of the pipeline's wiring: what the builder builds, and which HTTP client the
//! default credential chain's requests go through (observed on capture clients).

use std::sync::Arc;

use super::{Builder, FromHandle, Handle};
use crate::config::MapEnv;
use crate::credentials::generated::sts;
use crate::http::test_util::{CannedResponse, CaptureClient, RecordedRequest};

const STS_NS: &str = "https://sts.amazonaws.com/doc/2011-06-15/";

fn assume_role_response(key: &str) -> CannedResponse {
    CannedResponse::ok(format!(
        r#"<AssumeRoleResponse xmlns="{STS_NS}"><AssumeRoleResult><Credentials>
<AccessKeyId>{key}</AccessKeyId><SecretAccessKey>s</SecretAccessKey>
<SessionToken>t</SessionToken><Expiration>2099-01-01T00:00:00Z</Expiration>
</Credentials></AssumeRoleResult></AssumeRoleResponse>"#
    ))
    .header("content-type", "text/xml")
}

/// No environment, no files: only what a test sets.
fn bare_env() -> MapEnv {
    MapEnv::new()
        .with("AWS_CONFIG_FILE", "/nonexistent/kumo/config")
        .with(
            "AWS_SHARED_CREDENTIALS_FILE",
            "/nonexistent/kumo/credentials",
        )
        .with("AWS_DEFAULT_REGION", "eu-west-1")
}

async fn assume_role(h: &Handle) {
    let input = sts::types::AssumeRoleInput {
        role_arn: "arn:aws:iam::123456789012:role/Target".into(),
        role_session_name: "s".into(),
        ..Default::default()
    };
    h.invoke::<_, sts::types::AssumeRoleOutput, sts::error::AssumeRoleError>(
        &sts::schemas::ops::ASSUME_ROLE,
        input,
    )
    .await
    .expect("AssumeRole");
}

/// The access key in a SigV4 `Authorization` header.
fn signed_by(r: &RecordedRequest) -> &str {
    r.header("authorization")
        .and_then(|a| a.split("Credential=").nth(1))
        .and_then(|c| c.split('/').next())
        .expect("a SigV4 Authorization header")
}

#[derive(Debug)]
struct StsClient(Handle);

impl FromHandle for StsClient {
    fn from_handle(handle: Handle) -> Self {
        StsClient(handle)
    }
}

#[test]
fn the_builder_returns_the_client_type_it_is_for() {
    let c: StsClient = Builder::<StsClient>::new(&sts::schemas::SERVICE)
        .env(Arc::new(bare_env()))
        .build()
        .expect("client");
    assert_eq!(c.0.service().name, "sts");
    assert_eq!(c.0.config().region.as_deref(), Some("eu-west-1"));
}

#[tokio::test]
async fn instance_metadata_goes_through_the_credential_client() {
    let http = Arc::new(CaptureClient::new([assume_role_response("ASIAOUT")]));
    let creds_http = Arc::new(CaptureClient::new([
        CannedResponse::ok("imds-token"),
        CannedResponse::ok("my-role"),
        CannedResponse::ok(
            r#"{"AccessKeyId":"ASIAIMDS","SecretAccessKey":"k","Token":"t","Expiration":"2099-01-01T00:00:00Z"}"#,
        ),
    ]));
    let h = Handle::builder(&sts::schemas::SERVICE)
        .env(Arc::new(bare_env()))
        .http_client(http.clone())
        .credentials_http_client(creds_http.clone())
        .build()
        .expect("client");
    assume_role(&h).await;
    let meta: Vec<String> = creds_http
        .requests()
        .iter()
        .map(|r| format!("{} {}", r.method, r.uri))
        .collect();
    assert_eq!(
        meta,
        [
            "PUT http://169.254.169.254/latest/api/token",
            "GET http://169.254.169.254/latest/meta-data/iam/security-credentials/",
            "GET http://169.254.169.254/latest/meta-data/iam/security-credentials/my-role",
        ]
    );
    let sent = http.requests();
    assert_eq!(
        sent.len(),
        1,
        "only the call itself uses the client's HTTP client"
    );
    assert_eq!(signed_by(&sent[0]), "ASIAIMDS");
}

#[tokio::test]
async fn assume_role_profiles_call_sts_through_the_credential_client() {
    let dir = crate::config::tests::temp_dir(&[(
        "config",
        "[default]\nrole_arn = arn:aws:iam::123456789012:role/Admin\nsource_profile = src\n\n\
         [profile src]\naws_access_key_id = AKIDSOURCE\naws_secret_access_key = source-secret\n",
    )]);
    let env = bare_env().with(
        "AWS_CONFIG_FILE",
        dir.join("config").to_string_lossy().into_owned(),
    );
    let http = Arc::new(CaptureClient::new([assume_role_response("ASIAOUT")]));
    let creds_http = Arc::new(CaptureClient::new([assume_role_response("ASIAASSUMED")]));
    let h = Handle::builder(&sts::schemas::SERVICE)
        .env(Arc::new(env))
        .http_client(http.clone())
        .credentials_http_client(creds_http.clone())
        .build()
        .expect("client");
    assume_role(&h).await;
    let sts_calls = creds_http.requests();
    assert_eq!(sts_calls.len(), 1);
    assert!(sts_calls[0].body_str().contains("Action=AssumeRole"));
    assert!(sts_calls[0]
        .body_str()
        .contains("RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2FAdmin"));
    assert_eq!(signed_by(&sts_calls[0]), "AKIDSOURCE");
    let sent = http.requests();
    assert_eq!(sent.len(), 1);
    assert_eq!(signed_by(&sent[0]), "ASIAASSUMED");
}

/// An operation that requires endpoint discovery (`endpointdiscovery: {required: true}`,
/// as Timestream's): Kumo has no discovery, so without an `endpoint_url` the call is
/// refused before anything is sent; with one, botocore skips discovery and so does Kumo.
mod endpoint_discovery {
    use super::*;
    use crate::dynamic::DynStruct;
    use crate::error::SdkErrorKind;
    use crate::operation::{op_flags, Operation, Protocol, Service};
    use crate::schema::Schema;

    static IN: Schema = Schema::structure("QueryRequest", &[]);
    static OUT: Schema = Schema::structure("QueryResponse", &[]);
    static QUERY: Operation =
        Operation::new("Query", "POST", "/", &IN, &OUT).with(op_flags::ENDPOINT_DISCOVERY);
    static SERVICE: Service = Service {
        service_id: "Timestream Query",
        endpoint_prefix: "query.timestream",
        signing_name: "timestream",
        json_version: Some("1.0"),
        target_prefix: Some("Timestream_20181101"),
        ..Service::new("timestream-query", "2018-11-01", Protocol::Json)
    };

    fn handle(config: crate::config::Config, http: &Arc<CaptureClient>) -> Handle {
        Handle::builder(&SERVICE)
            .env(Arc::new(bare_env()))
            .config(config)
            .credentials(crate::credentials::Credentials::new("AKID", "secret", None))
            .http_client(http.clone())
            .build()
            .expect("client")
    }

    #[tokio::test]
    async fn required_discovery_is_refused_without_an_endpoint_url() {
        let http = Arc::new(CaptureClient::repeating(
            CannedResponse::ok("{}").header("content-type", "application/x-amz-json-1.0"),
        ));
        for discovery in [None, Some(crate::config::EndpointDiscovery::Disabled)] {
            let mut c = crate::config::Config::new();
            if let Some(d) = discovery {
                c = c.endpoint_discovery_enabled(d);
            }
            let e = handle(c, &http)
                .invoke_dynamic(&QUERY, &mut DynStruct::new(&IN))
                .await
                .unwrap_err();
            let e = e.sdk_error().expect("sdk error");
            assert_eq!(e.kind(), SdkErrorKind::Unsupported, "{e}");
            assert!(e.to_string().contains("endpoint discovery"), "{e}");
        }
        assert!(http.requests().is_empty());
        handle(
            crate::config::Config::new().endpoint_url("https://discovered.example"),
            &http,
        )
        .invoke_dynamic(&QUERY, &mut DynStruct::new(&IN))
        .await
        .expect("sent to the configured endpoint");
        let sent = http.requests();
        assert_eq!(sent.len(), 1);
        assert_eq!(sent[0].uri.to_string(), "https://discovered.example/");
        assert_eq!(
            sent[0].header("x-amz-target"),
            Some("Timestream_20181101.Query")
        );
    }
}

/// `customizations::GLOBAL_ENDPOINT_PREFIXES` is exactly the `aws` partition's services
/// with a `partitionEndpoint` in the vendored `endpoints.json` (botocore resolves those
/// without a region; every other service is `NoRegionError`).
#[test]
fn global_endpoint_services_match_endpoints_json() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../models/data/endpoints.json");
    let data: serde_json::Value =
        serde_json::from_slice(&std::fs::read(path).expect("endpoints.json")).expect("json");
    let aws = data["partitions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["partition"] == "aws")
        .expect("aws partition");
    let mut from_data: Vec<&str> = aws["services"]
        .as_object()
        .unwrap()
        .iter()
        .filter(|(_, v)| v.get("partitionEndpoint").is_some())
        .map(|(k, _)| k.as_str())
        .collect();
    from_data.sort_unstable();
    assert_eq!(from_data, crate::customizations::GLOBAL_ENDPOINT_PREFIXES);
}

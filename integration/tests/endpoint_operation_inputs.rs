//! botocore's endpoint test cases that come with `operationInputs`, run through the
//! generated clients' operations and the whole pipeline: config built-ins become client
//! configuration, `operationParams` become the operation's input (bound to the rule set by
//! `contextParam` and `staticContextParams`), and the request that would go out must be
//! addressed to the expected endpoint — or the call must fail with the expected error.

use std::sync::Arc;

use kumo_runtime::client::Handle;
use kumo_runtime::config::{
    AccountIdEndpointMode, AddressingStyle, Config, MapEnv, S3Config, StsRegionalEndpoints,
};
use kumo_runtime::credentials::Credentials;
use kumo_runtime::dynamic::DynStruct;
use kumo_runtime::http::test_util::{CannedResponse, CaptureClient};
use kumo_runtime::operation::{Operation, Service};
use serde_json::Value;

fn config_from(builtins: &serde_json::Map<String, Value>) -> (Config, Option<String>) {
    let mut c = Config::new();
    let mut s3 = S3Config::default();
    let mut account = None;
    for (k, v) in builtins {
        let b = v.as_bool();
        let st = v.as_str().map(str::to_string);
        match k.as_str() {
            "AWS::Region" => c.region_name = st,
            "AWS::UseFIPS" => c.use_fips_endpoint = b,
            "AWS::UseDualStack" => c.use_dualstack_endpoint = b,
            "SDK::Endpoint" => c.endpoint_url = st,
            "AWS::Auth::AccountId" => account = st,
            "AWS::Auth::AccountIdEndpointMode" => {
                c.account_id_endpoint_mode = st.as_deref().and_then(AccountIdEndpointMode::parse)
            }
            "AWS::S3::ForcePathStyle" => {
                if b == Some(true) {
                    s3.addressing_style = Some(AddressingStyle::Path)
                }
            }
            "AWS::S3::Accelerate" => s3.use_accelerate_endpoint = b,
            "AWS::S3::UseArnRegion" | "AWS::S3Control::UseArnRegion" => s3.use_arn_region = b,
            "AWS::S3::UseGlobalEndpoint" => {
                s3.us_east_1_regional_endpoint = Some(
                    if b == Some(true) {
                        "legacy"
                    } else {
                        "regional"
                    }
                    .into(),
                )
            }
            "AWS::S3::DisableMultiRegionAccessPoints" => {
                s3.s3_disable_multiregion_access_points = b
            }
            "AWS::STS::UseGlobalEndpoint" => {
                c.sts_regional_endpoints = Some(if b == Some(true) {
                    StsRegionalEndpoints::Legacy
                } else {
                    StsRegionalEndpoints::Regional
                })
            }
            other => panic!("builtIn {other} is not mapped to configuration"),
        }
    }
    (c.s3(s3), account)
}

/// The host prefix botocore puts in front of the endpoint's host for `operation`, computed from
/// the test data alone: the model's `endpoint.hostPrefix` with each `{Label}` replaced by that
/// member of the case's `operationParams`. S3 Control's `{AccountId}.` is dropped, as botocore's
/// `remove_accid_host_prefix_from_model` handler drops it (that rule set puts the account id in
/// the host itself).
fn expected_host_prefix(
    svc: &str,
    model: &Value,
    operation: &str,
    params: Option<&Value>,
) -> Result<Option<String>, String> {
    let Some(template) = model["operations"][operation]["endpoint"]["hostPrefix"].as_str() else {
        return Ok(None);
    };
    if svc == "s3control" && template == "{AccountId}." {
        return Ok(None);
    }
    let mut out = String::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let close = rest[open..]
            .find('}')
            .map(|i| open + i)
            .ok_or(format!("unclosed label in {template:?}"))?;
        let label = &rest[open + 1..close];
        let value = params.and_then(|p| p[label].as_str()).ok_or(format!(
            "{operation}: no operationParams.{label} for {template:?}"
        ))?;
        out.push_str(&rest[..open]);
        out.push_str(value);
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    Ok(Some(out))
}

async fn run_case(
    svc: &str,
    model: &Value,
    service: &'static Service,
    ops: &'static [&'static Operation],
    case: &Value,
) -> Result<usize, String> {
    let expect = &case["expect"];
    let mut ran = 0;
    for oi in case["operationInputs"].as_array().into_iter().flatten() {
        let empty = serde_json::Map::new();
        let (config, account) = config_from(oi["builtInParams"].as_object().unwrap_or(&empty));
        let mut creds = Credentials::new("AKIDEXAMPLE", "SECRET", None);
        if let Some(a) = account {
            creds = creds.with_account_id(a);
        }
        let http = Arc::new(CaptureClient::repeating(CannedResponse::ok("")));
        let env = Arc::new(
            MapEnv::new()
                .with("AWS_CONFIG_FILE", "/nonexistent")
                .with("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent"),
        );
        // As botocore's own test does: the case's built-ins replace the computed ones
        // (the configuration still gives the client its region and credentials).
        let given: kumo_runtime::endpoint::Params = oi["builtInParams"]
            .as_object()
            .unwrap_or(&empty)
            .iter()
            .filter_map(|(k, v)| {
                let v = match v {
                    Value::Bool(b) => kumo_runtime::endpoint::Value::Bool(*b),
                    Value::String(s) => kumo_runtime::endpoint::Value::String(s.clone()),
                    _ => return None,
                };
                Some((k.clone(), v))
            })
            .collect();
        let handle = Handle::builder(service)
            .env(env)
            .config(config)
            .endpoint_builtins(given)
            .credentials(creds)
            .http_client(http.clone())
            .build()
            .map_err(|e| format!("client: {e}"))?;
        let name = oi["operationName"].as_str().unwrap_or("");
        let op = ops
            .iter()
            .find(|o| o.name == name)
            .ok_or(format!("no operation {name}"))?;
        let mut input = DynStruct::new(op.input);
        if let Some(p) = oi.get("operationParams") {
            kumo_conformance::params::fill(&mut input, p).map_err(|e| format!("params: {e}"))?;
        }
        let result = handle.invoke_dynamic(op, &mut input).await;
        ran += 1;
        if let Some(want) = expect["error"].as_str() {
            match result {
                Err(e) if e.message().is_some_and(|m| m.contains(want)) => continue,
                Err(e) => return Err(format!("{name}: error {e} does not say {want:?}")),
                Ok(_) => return Err(format!("{name}: succeeded, expected error {want:?}")),
            }
        }
        // S3 Express session auth is not built: a request whose endpoint asks for it is
        // refused before anything is sent (`s3_disable_express_session_auth = true` signs
        // with plain SigV4 instead; integration/tests/settings.rs).
        if expect["endpoint"]["properties"]["authSchemes"][0]["name"] == "sigv4-s3express" {
            match &result {
                Err(e)
                    if e.sdk_error().map(|s| s.kind())
                        == Some(kumo_runtime::SdkErrorKind::Unsupported)
                        && http.requests().is_empty() =>
                {
                    continue
                }
                _ => return Err(format!("{name}: S3 Express session auth not refused")),
            }
        }
        let mut want = expect["endpoint"]["url"]
            .as_str()
            .ok_or("no expected url")?
            .to_string();
        // The expected endpoint is the rule set's; the request's host also carries the
        // operation's host prefix (`{RequestRoute}.`), applied on top as botocore does.
        if let Some(prefix) = expected_host_prefix(svc, model, name, oi.get("operationParams"))? {
            want = want.replacen("://", &format!("://{prefix}"), 1);
        }
        let want = want.as_str();
        let reqs = http.requests();
        let Some(req) = reqs.first() else {
            return Err(format!("{name}: nothing sent: {:?}", result.err()));
        };
        let got = req.uri.to_string();
        if !(got == want
            || got.starts_with(&format!("{}/", want.trim_end_matches('/')))
            || got.starts_with(&format!("{want}?")))
        {
            return Err(format!("{name}: sent to {got}, expected {want}"));
        }
        for (h, values) in expect["endpoint"]["headers"]
            .as_object()
            .into_iter()
            .flatten()
        {
            let want_v: Vec<&str> = values
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect();
            let got_v: Vec<&str> = req
                .headers
                .get_all(h.as_str())
                .iter()
                .filter_map(|v| v.to_str().ok())
                .collect();
            if want_v != got_v {
                return Err(format!("{name}: header {h} {got_v:?} != {want_v:?}"));
            }
        }
    }
    Ok(ran)
}

async fn suite(
    svc: &str,
    service: &'static Service,
    ops: &'static [&'static Operation],
) -> (usize, usize, Vec<String>) {
    let path = format!(
        "{}/../models/tests/endpoint-rules/{svc}/endpoint-tests-1.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).expect("test file");
    let tests: Value = serde_json::from_str(&text).expect("json");
    let model_path = format!(
        "{}/../models/data/{svc}/service-2.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let model: Value =
        serde_json::from_str(&std::fs::read_to_string(&model_path).expect("model file"))
            .expect("model json");
    let mut passed = 0;
    let mut failures = Vec::new();
    let total = tests["testCases"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|c| c["operationInputs"].as_array())
        .map(Vec::len)
        .sum();
    for case in tests["testCases"].as_array().into_iter().flatten() {
        if case.get("operationInputs").is_none() {
            continue;
        }
        let doc = case["documentation"].as_str().unwrap_or("");
        match run_case(svc, &model, service, ops, case).await {
            Ok(n) => passed += n,
            Err(e) => failures.push(format!("{svc}: {doc}: {e}")),
        }
    }
    (passed, total, failures)
}

macro_rules! service_test {
    ($test:ident, $svc:literal, $krate:ident) => {
        #[tokio::test]
        async fn $test() {
            let (passed, total, failures) =
                suite($svc, &$krate::schemas::SERVICE, $krate::schemas::ops::ALL).await;
            assert!(
                failures.is_empty(),
                "{} passed, {} failed:\n{}",
                passed,
                failures.len(),
                failures.join("\n")
            );
            assert!(total > 0);
            assert_eq!(passed, total, "every operation input ran");
        }
    };
}

service_test!(s3, "s3", kumo_s3);
service_test!(s3control, "s3control", kumo_s3control);
service_test!(dynamodb, "dynamodb", kumo_dynamodb);
service_test!(kinesis, "kinesis", kumo_kinesis);
service_test!(sts, "sts", kumo_sts);

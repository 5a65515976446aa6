//! Same input, same request as botocore 1.44.5: each case of
//! `tests/botocore/*.jsonl` (the oracle's input format) is sent through Kumo's generated
//! clients against a capture client, and the request (method, URL, headers, body) and,
//! for cases with a canned response, the parsed output are compared with what botocore
//! itself produced for the same case (`*.botocore.jsonl`, written by running
//! `tests/botocore/botocore_serialize.py` with botocore 1.44.5 — never by Kumo).
//!
//! Every difference must be listed in `tests/botocore/differences.json` with its reason,
//! and every listed difference must still occur: the list is the documentation of where
//! Kumo differs from botocore, and it cannot go stale.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use base64::Engine;
use kumo_runtime::client::Handle;
use kumo_runtime::config::{AddressingStyle, ChecksumMode, Config, MapEnv, S3Config};
use kumo_runtime::credentials::Credentials;
use kumo_runtime::dynamic::DynStruct;
use kumo_runtime::http::test_util::{CannedResponse, CaptureClient, RecordedRequest};
use kumo_runtime::operation::{Operation, Service};
use kumo_runtime::SdkErrorKind;
use serde_json::Value;

/// Headers whose values are per-request or per-build (not compared): signature, date,
/// user agent (Kumo also sends `x-amz-user-agent`), invocation id, session token.
const VOLATILE: &[&str] = &[
    "authorization",
    "x-amz-date",
    "user-agent",
    "x-amz-user-agent",
    "amz-sdk-invocation-id",
    "x-amz-security-token",
];

fn service(name: &str) -> Option<(&'static Service, &'static [&'static Operation])> {
    Some(match name {
        "s3" => (&kumo_s3::schemas::SERVICE, kumo_s3::schemas::ops::ALL),
        "route53" => (
            &kumo_route53::schemas::SERVICE,
            kumo_route53::schemas::ops::ALL,
        ),
        "ec2" => (&kumo_ec2::schemas::SERVICE, kumo_ec2::schemas::ops::ALL),
        "sts" => (&kumo_sts::schemas::SERVICE, kumo_sts::schemas::ops::ALL),
        "iam" => (&kumo_iam::schemas::SERVICE, kumo_iam::schemas::ops::ALL),
        "sns" => (&kumo_sns::schemas::SERVICE, kumo_sns::schemas::ops::ALL),
        "dynamodb" => (
            &kumo_dynamodb::schemas::SERVICE,
            kumo_dynamodb::schemas::ops::ALL,
        ),
        "sqs" => (&kumo_sqs::schemas::SERVICE, kumo_sqs::schemas::ops::ALL),
        "kinesis" => (
            &kumo_kinesis::schemas::SERVICE,
            kumo_kinesis::schemas::ops::ALL,
        ),
        "kms" => (&kumo_kms::schemas::SERVICE, kumo_kms::schemas::ops::ALL),
        "logs" => (&kumo_logs::schemas::SERVICE, kumo_logs::schemas::ops::ALL),
        "secretsmanager" => (
            &kumo_secretsmanager::schemas::SERVICE,
            kumo_secretsmanager::schemas::ops::ALL,
        ),
        "lambda" => (
            &kumo_lambda::schemas::SERVICE,
            kumo_lambda::schemas::ops::ALL,
        ),
        "eventbridgev2" => (
            &kumo_eventbridgev2::schemas::SERVICE,
            kumo_eventbridgev2::schemas::ops::ALL,
        ),
        _ => return None,
    })
}

fn dir() -> String {
    format!("{}/tests/botocore", env!("CARGO_MANIFEST_DIR"))
}

fn read_jsonl(path: &str) -> Vec<Value> {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{path}: {e}: {l}")))
        .collect()
}

/// The client configuration a case asks for; `Err` names a setting this harness does not map.
fn config(case: &Value) -> Result<Config, String> {
    let mut c = Config::new().region_name(case["region"].as_str().unwrap_or("us-east-1"));
    if let Some(u) = case["endpoint_url"].as_str() {
        c = c.endpoint_url(u);
    }
    let empty = serde_json::Map::new();
    for (k, v) in case["config"].as_object().unwrap_or(&empty) {
        match (k.as_str(), v) {
            ("use_fips_endpoint", Value::Bool(b)) => c = c.use_fips_endpoint(*b),
            ("use_dualstack_endpoint", Value::Bool(b)) => c = c.use_dualstack_endpoint(*b),
            ("request_checksum_calculation", Value::String(m)) => {
                c = c.request_checksum_calculation(match m.as_str() {
                    "when_supported" => ChecksumMode::WhenSupported,
                    "when_required" => ChecksumMode::WhenRequired,
                    other => return Err(format!("request_checksum_calculation {other}")),
                })
            }
            ("s3", Value::Object(s3)) => {
                let mut s = S3Config::default();
                for (k, v) in s3 {
                    match (k.as_str(), v) {
                        ("addressing_style", Value::String(a)) => {
                            s.addressing_style = Some(match a.as_str() {
                                "path" => AddressingStyle::Path,
                                "virtual" => AddressingStyle::Virtual,
                                "auto" => AddressingStyle::Auto,
                                other => return Err(format!("addressing_style {other}")),
                            })
                        }
                        ("use_dualstack_endpoint", Value::Bool(b)) => {
                            s.use_dualstack_endpoint = Some(*b)
                        }
                        ("use_accelerate_endpoint", Value::Bool(b)) => {
                            s.use_accelerate_endpoint = Some(*b)
                        }
                        ("payload_signing_enabled", Value::Bool(b)) => {
                            s.payload_signing_enabled = Some(*b)
                        }
                        ("us_east_1_regional_endpoint", Value::String(r)) => {
                            s.us_east_1_regional_endpoint = Some(r.clone())
                        }
                        _ => return Err(format!("config s3.{k}")),
                    }
                }
                c = c.s3(s);
            }
            _ => return Err(format!("config {k}")),
        }
    }
    Ok(c)
}

/// The case's parameters as Kumo takes them: botocore's dictionary form of `CopySource`
/// becomes the string `customizations::copy_source` builds; bytes cannot go into a string
/// member (`Err`).
fn params(case: &Value) -> Result<Value, String> {
    let mut p = case["params"].clone();
    if let Some(src) = p.get("CopySource").and_then(Value::as_object).cloned() {
        let (Some(b), Some(k)) = (
            src["Bucket"].as_str(),
            src.get("Key").and_then(Value::as_str),
        ) else {
            return Err("CopySource dictionary without Bucket or Key".into());
        };
        let v = src.get("VersionId").and_then(Value::as_str);
        p["CopySource"] = Value::String(kumo_runtime::customizations::copy_source(b, k, v));
    }
    if p.to_string().contains("$bytes_b64") {
        return Err("bytes in a string member".into());
    }
    unwrap_datetimes(&mut p);
    Ok(p)
}

/// `{"$datetime": "<ISO 8601>"}` (the oracle's timestamp) becomes the string itself.
fn unwrap_datetimes(v: &mut Value) {
    match v {
        Value::Object(o) => {
            if let Some(Value::String(t)) = o.get("$datetime") {
                *v = Value::String(t.clone());
                return;
            }
            o.values_mut().for_each(unwrap_datetimes);
        }
        Value::Array(a) => a.iter_mut().for_each(unwrap_datetimes),
        _ => {}
    }
}

fn canned(case: &Value) -> CaptureClient {
    let Some(r) = case.get("response") else {
        return CaptureClient::repeating(CannedResponse::ok(""));
    };
    let mut c = CannedResponse::status(r["status"].as_u64().unwrap_or(200) as u16)
        .body(r["body"].as_str().unwrap_or("").to_string());
    for (k, v) in r["headers"].as_object().into_iter().flatten() {
        c = c.header(k, v.as_str().unwrap_or(""));
    }
    CaptureClient::repeating(c)
}

/// The differences between Kumo's request (and parsed output) and botocore's, by field.
fn compare(
    req: &RecordedRequest,
    want: &Value,
    parsed: Option<&Value>,
    detail: &mut Vec<String>,
) -> BTreeSet<String> {
    let mut diffs = BTreeSet::new();
    if req.method.as_str() != want["method"].as_str().unwrap_or("") {
        diffs.insert("method".into());
    }
    if !same_url(&req.uri.to_string(), want["url"].as_str().unwrap_or("")) {
        diffs.insert("url".into());
        detail.push(format!("url: kumo {} botocore {}", req.uri, want["url"]));
    }
    let mut got: BTreeMap<String, String> = BTreeMap::new();
    for (k, v) in &req.headers {
        let v = String::from_utf8_lossy(v.as_bytes()).into_owned();
        got.entry(k.as_str().to_string())
            .and_modify(|e| {
                e.push(',');
                e.push_str(&v);
            })
            .or_insert(v);
    }
    let empty = serde_json::Map::new();
    let theirs = want["headers"].as_object().unwrap_or(&empty);
    let names: BTreeSet<&str> = got
        .keys()
        .map(String::as_str)
        .chain(theirs.keys().map(String::as_str))
        .filter(|n| !VOLATILE.contains(n))
        .collect();
    for n in names {
        if got.get(n).map(String::as_str) != theirs.get(n).and_then(Value::as_str) {
            diffs.insert(format!("header:{n}"));
            detail.push(format!(
                "header {n}: kumo {:?} botocore {:?}",
                got.get(n),
                theirs.get(n)
            ));
        }
    }
    let body = base64::engine::general_purpose::STANDARD
        .decode(want["body_b64"].as_str().unwrap_or(""))
        .unwrap_or_default();
    let form = req.headers.get("content-type").is_some_and(|v| {
        v.as_bytes()
            .starts_with(b"application/x-www-form-urlencoded")
    });
    if req.body.as_ref() != body.as_slice() {
        let as_json = |b: &[u8]| serde_json::from_slice::<Value>(b).ok();
        // Equal as data: the lengths then differ only by how the data is written
        // (botocore's `json.dumps` puts a space after `:` and `,`; its form encoder
        // writes a space as `+`, Kumo as `%20`).
        let same_data = match (as_json(&req.body), as_json(&body)) {
            (Some(a), Some(b)) => kumo_conformance::params::json_equal(&a, &b),
            _ => form && form_pairs(&req.body) == form_pairs(&body),
        };
        if same_data {
            diffs.remove("header:content-length");
        } else {
            diffs.insert("body".into());
            detail.push(format!(
                "body: kumo {:?} botocore {:?}",
                String::from_utf8_lossy(&req.body),
                String::from_utf8_lossy(&body)
            ));
        }
    }
    if let (Some(p), Some(w)) = (parsed, want.get("parsed")) {
        let mut w = w.clone();
        if let Some(o) = w.as_object_mut() {
            o.remove("ResponseMetadata");
        }
        if !kumo_conformance::params::json_equal(p, &w) {
            diffs.insert("parsed".into());
            detail.push(format!("parsed: kumo {p} botocore {w}"));
        }
    }
    diffs
}

/// The `&`-separated pairs of a query string or form body, sorted: botocore writes them in
/// the order of the caller's keyword arguments (a Python dict), Kumo in the model's order;
/// the order carries no meaning on the wire.
fn sorted_pairs(q: &str) -> Vec<&str> {
    let mut v: Vec<&str> = q.split('&').filter(|p| !p.is_empty()).collect();
    v.sort_unstable();
    v
}

/// The decoded name/value pairs of a form body (`+` is a space), sorted.
fn form_pairs(b: &[u8]) -> Vec<(String, String)> {
    let dec = |s: &str| kumo_runtime::customizations::unquote(&s.replace('+', " "));
    let mut v: Vec<(String, String)> = String::from_utf8_lossy(b)
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (dec(k), dec(v))
        })
        .collect();
    v.sort();
    v
}

/// Same scheme, host and path, and the same query pairs in any order.
fn same_url(a: &str, b: &str) -> bool {
    let split = |u: &str| -> (String, Vec<String>) {
        match u.split_once('?') {
            Some((base, q)) => (
                base.to_string(),
                sorted_pairs(q).into_iter().map(str::to_string).collect(),
            ),
            None => (u.to_string(), Vec::new()),
        }
    };
    split(a) == split(b)
}

/// Runs one case; the set of fields in which Kumo differs from botocore.
async fn run(case: &Value, want: &Value, detail: &mut Vec<String>) -> BTreeSet<String> {
    let one = |s: String| BTreeSet::from([s]);
    let Some((svc, ops)) = service(case["service"].as_str().unwrap_or("")) else {
        return one("service:not-generated".into());
    };
    let config = match config(case) {
        Ok(c) => c,
        Err(e) => return one(format!("config:unmapped ({e})")),
    };
    let name = case["operation"].as_str().unwrap_or("");
    let Some(op) = ops.iter().find(|o| o.name == name) else {
        return one("operation:unknown".into());
    };
    let p = match params(case) {
        Ok(p) => p,
        Err(e) => return one(format!("input:unrepresentable ({e})")),
    };
    let mut input = DynStruct::new(op.input);
    if let Err(e) = kumo_conformance::params::fill(&mut input, &p) {
        return one(format!("input:unrepresentable ({e})"));
    }
    let http = Arc::new(canned(case));
    let env = Arc::new(
        MapEnv::new()
            .with("AWS_CONFIG_FILE", "/nonexistent/config")
            .with("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/creds"),
    );
    let handle = Handle::builder(svc)
        .env(env)
        .config(config)
        .credentials(Credentials::new(
            "AKIDEXAMPLE",
            "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            None,
        ))
        .http_client(http.clone())
        .build()
        .expect("client");
    let result = handle.invoke_dynamic(op, &mut input).await;
    if let Some(err) = want.get("error").and_then(Value::as_str) {
        let kind = if err.starts_with("ParamValidationError") {
            Some(SdkErrorKind::ParamValidation)
        } else if err.starts_with("EndpointResolutionError") {
            Some(SdkErrorKind::Endpoint)
        } else {
            None
        };
        return match result {
            Err(e) if kind.is_none() || e.sdk_error().map(|s| s.kind()) == kind => BTreeSet::new(),
            Err(e) => one(format!("error:other-kind ({e})")),
            Ok(_) => one("error:not-raised".into()),
        };
    }
    let reqs = http.requests();
    let Some(req) = reqs.first() else {
        return one(format!(
            "request:not-sent ({:?})",
            result.err().map(|e| e.to_string())
        ));
    };
    let parsed = match (&result, case.get("response")) {
        (Ok(out), Some(_)) => Some(kumo_conformance::params::to_json(out)),
        _ => None,
    };
    compare(req, want, parsed.as_ref(), detail)
}

#[tokio::test]
async fn requests_match_botocore() {
    let d = dir();
    let exceptions: Value = serde_json::from_str(
        &std::fs::read_to_string(format!("{d}/differences.json")).expect("differences.json"),
    )
    .expect("differences.json is JSON");
    let mut failures = Vec::new();
    let (mut total, mut identical) = (0, 0);
    let mut per_service: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for corpus in ["customizations", "random"] {
        let cases = read_jsonl(&format!("{d}/{corpus}.jsonl"));
        let wants = read_jsonl(&format!("{d}/{corpus}.botocore.jsonl"));
        assert_eq!(
            cases.len(),
            wants.len(),
            "{corpus}: one botocore line per case"
        );
        for (case, want) in cases.iter().zip(&wants) {
            let id = case["id"].as_str().expect("id");
            assert_eq!(
                want["id"].as_str(),
                Some(id),
                "botocore lines in case order"
            );
            let mut detail = Vec::new();
            let diffs = run(case, want, &mut detail).await;
            total += 1;
            let entry = per_service
                .entry(case["service"].as_str().unwrap_or("").to_string())
                .or_default();
            entry.1 += 1;
            if diffs.is_empty() {
                identical += 1;
                entry.0 += 1;
            }
            let listed: BTreeSet<String> = exceptions[id]["fields"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect();
            if diffs != listed {
                failures.push(format!(
                    "{id}: differs from botocore in {diffs:?}, differences.json lists {listed:?}\n    {}",
                    detail.join("\n    ")
                ));
            }
        }
    }
    eprintln!("identical to botocore: {identical}/{total} {per_service:?}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

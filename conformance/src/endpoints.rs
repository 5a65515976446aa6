//! Endpoint rules conformance: botocore's endpoint test data run against
//! [`kumo_runtime::endpoint::RuleSet`].
//!
//! * `endpoints`: every case of `models/tests/endpoint-rules/<service>/endpoint-tests-1.json`
//!   against `models/data/<service>/endpoint-rule-set-1.json`, compared as botocore's
//!   `tests/functional/test_endpoint_rulesets.py` does: the URL exactly, properties and
//!   headers structurally (order of object keys does not matter), error messages exactly.
//!   Like botocore's provider tests, a case resolves with its `params` (an absent `params`
//!   means none); its `operationInputs` (end-to-end through a client) are not needed for that.
//! * `endpoints-unit`: the rule sets in `models/tests/endpoints/valid-rules/` with their
//!   `test-cases/` (botocore's `tests/unit/test_endpoint_provider.py`).

use std::collections::BTreeMap;
use std::path::Path;

use kumo_runtime::endpoint::{EndpointError, Params, RuleSet, Value};
use serde_json::Value as Json;

use crate::{models_dir, SuiteResult};

fn read_json(path: &Path) -> Result<Json, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("invalid JSON in {}: {e}", path.display()))
}

fn to_params(v: Option<&Json>) -> Result<Params, String> {
    let mut out = Params::new();
    let Some(v) = v else { return Ok(out) };
    let obj = v.as_object().ok_or("`params` is not an object")?;
    for (k, v) in obj {
        let value = match v {
            Json::Null => continue,
            Json::String(s) => Value::String(s.clone()),
            Json::Bool(b) => Value::Bool(*b),
            Json::Array(a) => Value::StringArray(
                a.iter()
                    .map(|s| {
                        s.as_str()
                            .map(str::to_string)
                            .ok_or(format!("param {k}: non-string array item"))
                    })
                    .collect::<Result<_, _>>()?,
            ),
            other => return Err(format!("param {k}: unsupported value {other}")),
        };
        out.insert(k.clone(), value);
    }
    Ok(out)
}

/// Runs one test case; `Ok` when the outcome matches `expect`.
fn check(rules: &RuleSet, case: &Json) -> Result<(), String> {
    let params = to_params(case.get("params"))?;
    let expect = case.get("expect").ok_or("case has no `expect`")?;
    let got = rules.resolve(&params);
    if let Some(want) = expect.get("error") {
        let want = want.as_str().ok_or("`expect.error` is not a string")?;
        return match got {
            Err(EndpointError::Rule(msg)) if msg == want => Ok(()),
            Err(e) => Err(format!(
                "expected error {want:?}, got error {:?}",
                e.to_string()
            )),
            Ok(e) => Err(format!("expected error {want:?}, got endpoint {}", e.url)),
        };
    }
    let want = expect
        .get("endpoint")
        .ok_or("`expect` has neither `endpoint` nor `error`")?;
    let got = got.map_err(|e| format!("expected an endpoint, got error {:?}", e.to_string()))?;
    let want_url = want
        .get("url")
        .and_then(Json::as_str)
        .ok_or("`expect.endpoint.url` missing")?;
    if got.url != want_url {
        return Err(format!("url: expected {want_url:?}, got {:?}", got.url));
    }
    let empty = Json::Object(serde_json::Map::new());
    let want_props = want.get("properties").unwrap_or(&empty);
    let got_props = Json::Object(got.properties_json());
    // serde_json maps compare as maps: key order does not matter.
    if &got_props != want_props {
        return Err(format!(
            "properties: expected {want_props}, got {got_props}"
        ));
    }
    let want_headers: BTreeMap<String, Vec<String>> = match want.get("headers") {
        None => BTreeMap::new(),
        Some(h) => serde_json::from_value(h.clone())
            .map_err(|e| format!("`expect.endpoint.headers`: {e}"))?,
    };
    let got_headers: BTreeMap<String, Vec<String>> = got.headers.into_iter().collect();
    if got_headers != want_headers {
        return Err(format!(
            "headers: expected {want_headers:?}, got {got_headers:?}"
        ));
    }
    Ok(())
}

fn run_file(result: &mut SuiteResult, id: &str, rules: &RuleSet, tests: &Json) {
    let Some(cases) = tests.get("testCases").and_then(Json::as_array) else {
        result.record(id, Err("no `testCases` array".to_string()));
        return;
    };
    for (i, case) in cases.iter().enumerate() {
        let doc = case
            .get("documentation")
            .and_then(Json::as_str)
            .unwrap_or("");
        result.record(format!("{id}#{i} {doc}"), check(rules, case));
    }
}

fn load_rules(path: &Path) -> Result<RuleSet, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    RuleSet::parse(&text).map_err(|e| e.to_string())
}

/// Suite `endpoints`: all services' endpoint rule tests.
pub fn endpoints() -> SuiteResult {
    let mut result = SuiteResult::new("endpoints");
    let dir = models_dir().join("tests/endpoint-rules");
    let mut services: Vec<String> = match std::fs::read_dir(&dir) {
        Ok(d) => d
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect(),
        Err(e) => {
            result.record(
                "endpoint-rules",
                Err(format!("cannot list {}: {e}", dir.display())),
            );
            return result;
        }
    };
    services.sort();
    for service in services {
        let rules = match load_rules(
            &models_dir()
                .join("data")
                .join(&service)
                .join("endpoint-rule-set-1.json"),
        ) {
            Ok(r) => r,
            Err(e) => {
                result.record(service.as_str(), Err(format!("rule set: {e}")));
                continue;
            }
        };
        match read_json(&dir.join(&service).join("endpoint-tests-1.json")) {
            Ok(tests) => run_file(&mut result, &service, &rules, &tests),
            Err(e) => result.record(service.as_str(), Err(e)),
        }
    }
    result
}

/// Suite `endpoints-unit`: the engine's own rule sets and cases (`models/tests/endpoints`).
pub fn endpoints_unit() -> SuiteResult {
    let mut result = SuiteResult::new("endpoints-unit");
    let base = models_dir().join("tests/endpoints");
    let mut names: Vec<String> = match std::fs::read_dir(base.join("test-cases")) {
        Ok(d) => d
            .filter_map(|e| e.ok())
            .filter_map(|e| {
                e.file_name()
                    .to_string_lossy()
                    .strip_suffix(".json")
                    .map(str::to_string)
            })
            .collect(),
        Err(e) => {
            result.record("test-cases", Err(format!("cannot list: {e}")));
            return result;
        }
    };
    names.sort();
    for name in &names {
        let rules = match load_rules(&base.join("valid-rules").join(format!("{name}.json"))) {
            Ok(r) => r,
            Err(e) => {
                result.record(name.as_str(), Err(format!("rule set: {e}")));
                continue;
            }
        };
        match read_json(&base.join("test-cases").join(format!("{name}.json"))) {
            Ok(tests) => run_file(&mut result, name, &rules, &tests),
            Err(e) => result.record(name.as_str(), Err(e)),
        }
    }
    // Rule sets without test cases must still parse.
    if let Ok(d) = std::fs::read_dir(base.join("valid-rules")) {
        let mut extra: Vec<String> = d
            .filter_map(|e| e.ok())
            .filter_map(|e| {
                e.file_name()
                    .to_string_lossy()
                    .strip_suffix(".json")
                    .map(str::to_string)
            })
            .filter(|n| !names.contains(n))
            .collect();
        extra.sort();
        for name in extra {
            let outcome =
                load_rules(&base.join("valid-rules").join(format!("{name}.json"))).map(|_| ());
            result.record(format!("{name} (parses)"), outcome);
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    const RULES: &str = r#"{"version":"1.0","parameters":{"Region":{"type":"string","required":true}},"rules":[
        {"type":"error","conditions":[{"fn":"stringEquals","argv":[{"ref":"Region"},"bad"]}],"error":"bad region"},
        {"type":"endpoint","conditions":[],"endpoint":{"url":"https://{Region}.example.com",
          "properties":{"authSchemes":[{"name":"sigv4","signingRegion":"{Region}"}]},"headers":{"x":["y"]}}}]}"#;

    fn case(json: &str) -> Result<(), String> {
        let rules = RuleSet::parse(RULES).map_err(|e| e.to_string())?;
        check(
            &rules,
            &serde_json::from_str(json).map_err(|e| e.to_string())?,
        )
    }

    #[test]
    fn the_comparison_notices_differences() {
        let ok = r#"{"params":{"Region":"r"},"expect":{"endpoint":{"url":"https://r.example.com",
            "properties":{"authSchemes":[{"signingRegion":"r","name":"sigv4"}]},"headers":{"x":["y"]}}}}"#;
        assert_eq!(case(ok), Ok(()));
        let bad_prop = ok.replace(r#""signingRegion":"r""#, r#""signingRegion":"q""#);
        let starts = |r: Result<(), String>, prefix: &str| {
            assert!(r.as_ref().is_err_and(|e| e.starts_with(prefix)), "{r:?}")
        };
        starts(case(&bad_prop), "properties: ");
        let bad_header = ok.replace(r#"["y"]"#, r#"["z"]"#);
        starts(case(&bad_header), "headers: ");
        let no_headers = ok.replace(r#","headers":{"x":["y"]}"#, "");
        starts(case(&no_headers), "headers: ");
        assert_eq!(
            case(r#"{"params":{"Region":"bad"},"expect":{"error":"bad region"}}"#),
            Ok(())
        );
        assert_eq!(
            case(r#"{"params":{"Region":"bad"},"expect":{"error":"other"}}"#),
            Err(r#"expected error "other", got error "bad region""#.to_string())
        );
    }
}

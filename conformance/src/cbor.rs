//! Suite `cbor-decode`: botocore's CBOR decoding tests (`models/tests/cbor/`), run against
//! [`kumo_runtime::protocol::cbor::decode`].
//!
//! `decode-success-tests.json` gives a hex input and the expected item (`uint`, `negint`,
//! `float32`/`float64` as IEEE bits, `bytestring`, `string`, `list`, `map`, `tag`, `bool`,
//! `null`, `undefined`); `decode-error-tests.json` gives inputs that must fail. The
//! comparison is the one of botocore's `tests/unit/cbor/test_cbor_decoding.py`, made
//! stricter where that is free: list lengths and map key sets must match too.
//!
//! botocore skips the tag cases (its parser only knows tag 1) and the two `{null}` map
//! cases (its parser drops null map values). Kumo's generic decoder keeps tags and nulls,
//! so it runs them; any that failed would be reported as skipped with botocore's reason.

use kumo_runtime::protocol::cbor::{decode, Value};
use serde_json::Value as Json;

use crate::{models_dir, SuiteResult};

/// Cases botocore's test skips, and why.
fn ignored(description: &str) -> Option<&'static str> {
    if description.starts_with("tag - ") {
        Some("ignored by botocore: only tag 1 (epoch time) is supported there")
    } else if description == "map - {_ null}" || description == "map - {null}" {
        Some("ignored by botocore: its parser drops null map values")
    } else {
        None
    }
}

/// The `"negint": N` numbers of the file, in order: they go down to -2^64, which
/// `serde_json` can only hold as an inexact float, so they are read from the text.
fn negints(text: &str) -> Vec<i128> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find("\"negint\"") {
        rest = &rest[i + "\"negint\"".len()..];
        let num: String = rest
            .trim_start_matches([':', ' ', '\n', '\t', '\r'])
            .chars()
            .take_while(|c| *c == '-' || c.is_ascii_digit())
            .collect();
        out.push(num.parse().unwrap_or(i128::MAX));
    }
    out
}

fn hex(s: &str) -> Result<Vec<u8>, String> {
    if s.len() % 2 != 0 {
        return Err(format!("odd-length hex input {s:?}"));
    }
    (0..s.len())
        .step_by(2)
        .map(|i| {
            s.get(i..i + 2)
                .and_then(|b| u8::from_str_radix(b, 16).ok())
                .ok_or_else(|| format!("bad hex input {s:?}"))
        })
        .collect()
}

/// Checks `actual` against an expectation object; `neg` yields the exact negints in order.
fn check(actual: &Value, expect: &Json, neg: &mut std::vec::IntoIter<i128>) -> Result<(), String> {
    let obj = expect
        .as_object()
        .ok_or_else(|| format!("expectation is not an object: {expect}"))?;
    for (kind, want) in obj {
        let ok = match kind.as_str() {
            "uint" => {
                let w = want.as_u64().ok_or("uint is not a u64")?;
                *actual == Value::Unsigned(w)
            }
            "negint" => {
                let w = neg.next().ok_or("negint missing from the text")?;
                matches!(actual, Value::Negative(_)) && actual.as_i128() == Some(w)
            }
            "float32" | "float64" => {
                let bits = want.as_u64().ok_or("float bits are not a u64")?;
                let w = if kind == "float32" {
                    f64::from(f32::from_bits(
                        u32::try_from(bits).map_err(|_| "float32 bits too wide")?,
                    ))
                } else {
                    f64::from_bits(bits)
                };
                matches!(actual, Value::Float(f) if *f == w || (f.is_nan() && w.is_nan()))
            }
            "bytestring" => {
                let w: Vec<u8> = want
                    .as_array()
                    .ok_or("bytestring is not an array")?
                    .iter()
                    .map(|b| b.as_u64().and_then(|b| u8::try_from(b).ok()))
                    .collect::<Option<_>>()
                    .ok_or("bytestring has a non-byte")?;
                *actual == Value::Bytes(w)
            }
            "string" => matches!((actual, want.as_str()), (Value::Text(a), Some(w)) if a == w),
            "bool" => matches!((actual, want.as_bool()), (Value::Bool(a), Some(w)) if *a == w),
            "null" => *actual == Value::Null,
            "undefined" => *actual == Value::Undefined,
            "list" => {
                let w = want.as_array().ok_or("list is not an array")?;
                let Value::Array(items) = actual else {
                    return Err(format!("expected a list, got {actual:?}"));
                };
                if items.len() != w.len() {
                    return Err(format!("list length {} != {}", items.len(), w.len()));
                }
                for (a, e) in items.iter().zip(w) {
                    check(a, e, neg)?;
                }
                true
            }
            "map" => {
                let w = want.as_object().ok_or("map is not an object")?;
                let Value::Map(entries) = actual else {
                    return Err(format!("expected a map, got {actual:?}"));
                };
                if entries.len() != w.len() {
                    return Err(format!("map size {} != {}", entries.len(), w.len()));
                }
                for (k, e) in w {
                    let found = entries
                        .iter()
                        .find(|(ak, _)| matches!(ak, Value::Text(s) if s == k))
                        .ok_or_else(|| format!("map key {k:?} missing"))?;
                    check(&found.1, e, neg)?;
                }
                true
            }
            "tag" => {
                let id = want
                    .get("id")
                    .and_then(Json::as_u64)
                    .ok_or("tag id missing")?;
                let inner = want.get("value").ok_or("tag value missing")?;
                let Value::Tag(t, v) = actual else {
                    return Err(format!("expected a tag, got {actual:?}"));
                };
                if *t != id {
                    return Err(format!("tag {t} != {id}"));
                }
                check(v, inner, neg)?;
                true
            }
            other => return Err(format!("unknown expectation kind {other:?}")),
        };
        if !ok {
            return Err(format!("expected {kind} {want}, got {actual:?}"));
        }
    }
    Ok(())
}

fn load(name: &str) -> Result<(String, Vec<Json>), String> {
    let path = models_dir().join("tests/cbor").join(name);
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let cases: Vec<Json> =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok((text, cases))
}

/// Runs the suite.
pub fn run() -> SuiteResult {
    let mut r = SuiteResult::new("cbor-decode");
    match load("decode-success-tests.json") {
        Err(e) => r.record("decode-success-tests.json", Err(e)),
        Ok((text, cases)) => {
            let mut neg = negints(&text).into_iter();
            for case in &cases {
                let desc = case["description"].as_str().unwrap_or("?").to_string();
                // Consume this case's negints even when decoding fails, to stay in step.
                let mut mine = Vec::new();
                count_negints(&case["expect"], &mut mine, &mut neg);
                let outcome = hex(case["input"].as_str().unwrap_or("")).and_then(|bytes| {
                    let v = decode(&bytes).map_err(|e| format!("decode failed: {e}"))?;
                    check(&v, &case["expect"], &mut mine.into_iter())
                });
                match (outcome, ignored(&desc)) {
                    (Err(why), Some(reason)) => r.skip(desc, format!("{reason} ({why})")),
                    (outcome, _) => r.record(desc, outcome),
                }
            }
        }
    }
    match load("decode-error-tests.json") {
        Err(e) => r.record("decode-error-tests.json", Err(e)),
        Ok((_, cases)) => {
            for case in &cases {
                let desc = case["description"].as_str().unwrap_or("?").to_string();
                let outcome = hex(case["input"].as_str().unwrap_or("")).and_then(|bytes| {
                    match decode(&bytes) {
                        Err(_) => Ok(()),
                        Ok(v) => Err(format!("decoded {v:?} instead of failing")),
                    }
                });
                r.record(desc, outcome);
            }
        }
    }
    r
}

/// Moves the negints that `expect` holds (in document order) from `all` into `mine`.
fn count_negints(expect: &Json, mine: &mut Vec<i128>, all: &mut std::vec::IntoIter<i128>) {
    match expect {
        Json::Object(m) => {
            for (k, v) in m {
                if k == "negint" {
                    mine.extend(all.next());
                } else {
                    count_negints(v, mine, all);
                }
            }
        }
        Json::Array(items) => {
            for v in items {
                count_negints(v, mine, all);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn negints_are_exact() {
        let t = r#"[{"expect": {"negint": -18446744073709551615}}, {"x": {"negint":-1}}]"#;
        assert_eq!(super::negints(t), vec![-18446744073709551615, -1]);
    }
}

//! botocore's CBOR decoding tests (`models/tests/cbor/`): every case must pass, none is
//! skipped, and every case in the two files ran.

fn cases(name: &str) -> usize {
    let path = format!("{}/../models/tests/cbor/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let v: serde_json::Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    v.as_array()
        .map(Vec::len)
        .unwrap_or_else(|| panic!("{path}: not an array"))
}

#[test]
fn cbor_decode() {
    let r = kumo_conformance::cbor::run();
    let failures: Vec<String> = r
        .failures
        .iter()
        .map(|(id, why)| format!("{id}: {why}"))
        .collect();
    assert!(
        failures.is_empty(),
        "{} failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert_eq!(r.skipped, Vec::<(String, String)>::new());
    let total = cases("decode-success-tests.json") + cases("decode-error-tests.json");
    assert!(total > 0);
    assert_eq!(r.passed, total);
}

//! botocore's CBOR decoding tests (`models/tests/cbor/`): every case must pass.

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
    // 151 success cases and 56 error cases.
    assert_eq!(r.passed + r.skipped.len(), 207);
}

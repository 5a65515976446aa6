//! botocore's protocol conformance suites: every case that is not on botocore's ignore
//! list must pass.

fn check(result: kumo_conformance::SuiteResult) {
    let failures: Vec<String> = result
        .failures
        .iter()
        .map(|(id, why)| format!("{id}: {why}"))
        .collect();
    assert!(
        failures.is_empty(),
        "{}: {} passed, {} failed:\n{}",
        result.name,
        result.passed,
        failures.len(),
        failures.join("\n")
    );
    assert!(result.passed > 0, "{}: no case ran", result.name);
}

#[test]
fn protocols_input() {
    check(kumo_conformance::protocols::input());
}

#[test]
fn protocols_output() {
    check(kumo_conformance::protocols::output());
}

#[test]
fn protocols_legacy_input() {
    check(kumo_conformance::protocols::legacy_input());
}

#[test]
fn protocols_legacy_output() {
    check(kumo_conformance::protocols::legacy_output());
}

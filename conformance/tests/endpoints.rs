//! Endpoint rules conformance must have zero failures.

fn assert_clean(r: kumo_conformance::SuiteResult) {
    let shown: Vec<String> = r
        .failures
        .iter()
        .take(20)
        .map(|(id, why)| format!("{id}: {why}"))
        .collect();
    assert!(
        r.failures.is_empty(),
        "{}: {} failures (first 20):\n{}",
        r.name,
        r.failures.len(),
        shown.join("\n")
    );
    assert!(r.passed > 0, "{}: no case ran", r.name);
}

#[test]
fn endpoints_suite_passes() {
    let r = kumo_conformance::endpoints::endpoints();
    assert!(
        r.passed >= 14_589,
        "expected every one of the 14,589 cases to run, {} passed",
        r.passed
    );
    assert_clean(r);
}

#[test]
fn endpoints_unit_suite_passes() {
    assert_clean(kumo_conformance::endpoints::endpoints_unit());
}

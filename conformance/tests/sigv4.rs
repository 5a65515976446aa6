//! AWS's SigV4 test suite (as vendored by botocore) must pass completely.

#[test]
fn sigv4_suite_passes() {
    let r = kumo_conformance::sigv4::run();
    for (id, why) in &r.failures {
        eprintln!("FAIL {id}: {why}");
    }
    for (id, why) in &r.skipped {
        eprintln!("SKIP {id}: {why}");
        assert!(!why.trim().is_empty(), "skip of {id} has no reason");
    }
    eprintln!(
        "sigv4: {} passed, {} failed, {} skipped",
        r.passed,
        r.failures.len(),
        r.skipped.len()
    );
    assert!(
        r.failures.is_empty(),
        "{} sigv4 cases failed",
        r.failures.len()
    );
    // 34 cases are vendored; botocore itself skips 4 of them, Kumo none.
    assert_eq!(r.passed, 34);
}

//! botocore's protocol conformance suites: every case that is not on botocore's ignore
//! list must pass, and the cases that are skipped are exactly the ones listed below, each with
//! its reason: the entry of botocore's `protocol-tests-ignore-list.json` that covers it (a
//! suite description or a case id, checked against that file and the case's own data here),
//! or `None` for one of Kumo's documented known gaps (`KNOWN_GAPS` in `src/protocols.rs`).
//! A case that starts failing and happens to be ignorable is a new skip, and fails here; so
//! does a listed case that starts passing (drop it from the list).

use std::collections::BTreeSet;
use std::path::PathBuf;

use serde_json::Value;

/// (file under `models/tests/protocols/`, suite index, case index, botocore ignore entry).
type Skip = (&'static str, usize, usize, Option<&'static str>);

fn protocols_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../models/tests/protocols")
}

fn load(path: PathBuf) -> Value {
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path:?}: {e}"))
}

/// Whether botocore's ignore list has `entry` for this case: as its suite's description in a
/// `suites` list, or as its id in a `cases` list, generally or for its protocol.
fn ignore_list_covers(ignore: &Value, file: &str, suite: usize, case: usize, entry: &str) -> bool {
    let data = load(protocols_dir().join(file));
    let description = data[suite]["description"].as_str();
    let id = data[suite]["cases"][case]["id"].as_str();
    let test_type = if file.contains("input/") {
        "input"
    } else {
        "output"
    };
    let stem = file
        .rsplit('/')
        .next()
        .unwrap_or("")
        .trim_end_matches(".json");
    let listed = |scope: &Value, list: &str| {
        scope[test_type][list]
            .as_array()
            .is_some_and(|a| a.iter().any(|x| x.as_str() == Some(entry)))
    };
    [&ignore["general"], &ignore["protocols"][stem]]
        .iter()
        .any(|scope| {
            (description == Some(entry) && listed(scope, "suites"))
                || (id == Some(entry) && listed(scope, "cases"))
        })
}

fn check(result: kumo_conformance::SuiteResult, expected_skips: &[Skip]) {
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

    // Skipped ids read `<file> <suite>:<case> <name>`.
    let key = |id: &str| id.splitn(3, ' ').take(2).collect::<Vec<_>>().join(" ");
    let got: BTreeSet<String> = result.skipped.iter().map(|(id, _)| key(id)).collect();
    let want: BTreeSet<String> = expected_skips
        .iter()
        .map(|(f, s, c, _)| format!("{f} {s}:{c}"))
        .collect();
    assert_eq!(
        got.len(),
        result.skipped.len(),
        "{}: a case skipped twice",
        result.name
    );
    assert_eq!(
        got.difference(&want).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "{}: skipped but not listed",
        result.name
    );
    assert_eq!(
        want.difference(&got).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "{}: listed but not skipped (passing now?)",
        result.name
    );
    let ignore = load(protocols_dir().join("protocol-tests-ignore-list.json"));
    for (id, why) in &result.skipped {
        let k = key(id);
        let &(file, suite, case, entry) = expected_skips
            .iter()
            .find(|(f, s, c, _)| format!("{f} {s}:{c}") == k)
            .expect("listed");
        match entry {
            Some(entry) => {
                assert!(why.starts_with("ignored by botocore: "), "{id}: {why}");
                assert!(
                    ignore_list_covers(&ignore, file, suite, case, entry),
                    "{id}: botocore's ignore list has no {entry:?} for it"
                );
            }
            None => assert!(why.starts_with("known gap: "), "{id}: {why}"),
        }
    }
}

#[test]
fn protocols_input() {
    check(kumo_conformance::protocols::input(), INPUT_SKIPS);
}

#[test]
fn protocols_output() {
    check(kumo_conformance::protocols::output(), OUTPUT_SKIPS);
}

#[test]
fn protocols_legacy_input() {
    check(
        kumo_conformance::protocols::legacy_input(),
        LEGACY_INPUT_SKIPS,
    );
}

#[test]
fn protocols_legacy_output() {
    check(
        kumo_conformance::protocols::legacy_output(),
        LEGACY_OUTPUT_SKIPS,
    );
}

const INPUT_SKIPS: &[Skip] = &[
    (
        "input/ec2.json",
        3,
        0,
        Some("Test cases for HostWithPathOperation operation"),
    ),
    (
        "input/ec2.json",
        6,
        0,
        Some("Test cases for PutWithContentEncoding operation"),
    ),
    (
        "input/ec2.json",
        6,
        1,
        Some("Test cases for PutWithContentEncoding operation"),
    ),
    (
        "input/ec2.json",
        7,
        0,
        Some("Test cases for QueryIdempotencyTokenAutoFill operation"),
    ),
    (
        "input/json.json",
        3,
        0,
        Some("Test cases for HostWithPathOperation operation"),
    ),
    (
        "input/json.json",
        11,
        0,
        Some("Test cases for PutWithContentEncoding operation"),
    ),
    (
        "input/json.json",
        11,
        1,
        Some("Test cases for PutWithContentEncoding operation"),
    ),
    (
        "input/json_1_0.json",
        3,
        0,
        Some("Test cases for HostWithPathOperation operation"),
    ),
    (
        "input/json_1_0.json",
        7,
        0,
        Some("Test cases for PutWithContentEncoding operation"),
    ),
    (
        "input/json_1_0.json",
        7,
        1,
        Some("Test cases for PutWithContentEncoding operation"),
    ),
    (
        "input/query.json",
        3,
        0,
        Some("Test cases for HostWithPathOperation operation"),
    ),
    (
        "input/query.json",
        7,
        0,
        Some("Test cases for PutWithContentEncoding operation"),
    ),
    (
        "input/query.json",
        7,
        1,
        Some("Test cases for PutWithContentEncoding operation"),
    ),
    (
        "input/query.json",
        8,
        0,
        Some("Test cases for QueryIdempotencyTokenAutoFill operation"),
    ),
    (
        "input/rest-json.json",
        9,
        0,
        Some("Test cases for HostWithPathOperation operation"),
    ),
    (
        "input/rest-json.json",
        10,
        0,
        Some("RestJsonHttpChecksumRequired"),
    ),
    (
        "input/rest-json.json",
        33,
        0,
        Some("RestJsonNullAndEmptyHeaders"),
    ),
    (
        "input/rest-json.json",
        37,
        0,
        Some("Test cases for PutWithContentEncoding operation"),
    ),
    (
        "input/rest-json.json",
        37,
        1,
        Some("Test cases for PutWithContentEncoding operation"),
    ),
    (
        "input/rest-json.json",
        38,
        0,
        Some("Test cases for QueryIdempotencyTokenAutoFill operation"),
    ),
    (
        "input/rest-xml.json",
        14,
        0,
        Some("RestXmlHttpPayloadWithUnion"),
    ),
    ("input/rest-xml.json", 15, 0, Some("HttpPayloadWithXmlName")),
    (
        "input/rest-xml.json",
        16,
        0,
        Some("HttpPayloadWithXmlNamespace"),
    ),
    (
        "input/rest-xml.json",
        17,
        0,
        Some("HttpPayloadWithXmlNamespaceAndPrefix"),
    ),
    ("input/rest-xml.json", 29, 0, Some("NullAndEmptyHeaders")),
    (
        "input/rest-xml.json",
        31,
        0,
        Some("Test cases for PutWithContentEncoding operation"),
    ),
    (
        "input/rest-xml.json",
        31,
        1,
        Some("Test cases for PutWithContentEncoding operation"),
    ),
    (
        "input/rest-xml.json",
        32,
        0,
        Some("Test cases for QueryIdempotencyTokenAutoFill operation"),
    ),
    ("input/rest-xml.json", 39, 0, Some("XmlAttributesOnPayload")),
];

const OUTPUT_SKIPS: &[Skip] = &[
    ("output/ec2.json", 5, 0, Some("Ec2ComplexError")),
    (
        "output/rest-json.json",
        24,
        3,
        Some("RestJsonDeserializesDenseSetMapAndSkipsNull"),
    ),
    (
        "output/rest-json.json",
        27,
        0,
        Some("MediaTypeHeaderOutputBase64"),
    ),
    ("output/rest-xml.json", 9, 0, Some("ComplexError")),
];

const LEGACY_INPUT_SKIPS: &[Skip] = &[
    (
        "legacy/input/ec2.json",
        8,
        1,
        Some("Idempotency token auto fill"),
    ),
    (
        "legacy/input/json.json",
        6,
        1,
        Some("Idempotency token auto fill"),
    ),
    (
        "legacy/input/query.json",
        12,
        1,
        Some("Idempotency token auto fill"),
    ),
    (
        "legacy/input/rest-json.json",
        19,
        1,
        Some("Idempotency token auto fill"),
    ),
    (
        "legacy/input/rest-xml.json",
        23,
        1,
        Some("Idempotency token auto fill"),
    ),
];

const LEGACY_OUTPUT_SKIPS: &[Skip] = &[
    ("legacy/output/json.json", 3, 1, None),
    ("legacy/output/rest-json.json", 9, 0, None),
];

//! Unit tests of the service customizations. Expected values come from botocore 1.44.5
//! (the research oracle's output for the same inputs), not from Kumo.

use super::*;

#[test]
fn copy_source_is_quoted_as_botocore_quotes_it() {
    assert_eq!(
        quote_copy_source("src/a b/ü+&=?.txt"),
        "src/a%20b/%C3%BC%2B%26%3D%3F.txt"
    );
    // A version id with a space is not a version suffix: everything is encoded.
    assert_eq!(
        quote_copy_source("src/a b.txt?versionId=v 1"),
        "src/a%20b.txt%3FversionId%3Dv%201"
    );
    // A real version suffix is kept as given.
    assert_eq!(
        quote_copy_source("src/a b+c.txt?versionId=abc+1"),
        "src/a%20b%2Bc.txt?versionId=abc+1"
    );
    // The dictionary form, then quoted by the call.
    assert_eq!(
        quote_copy_source(&copy_source("src", "a b/ü~.txt", None)),
        "src/a%20b/%C3%BC~.txt"
    );
    assert_eq!(
        quote_copy_source(&copy_source(
            "arn:aws:s3:us-east-1:123456789012:accesspoint/myap",
            "a b",
            None
        )),
        "arn%3Aaws%3As3%3Aus-east-1%3A123456789012%3Aaccesspoint/myap/object/a%20b"
    );
    assert_eq!(
        quote_copy_source(&copy_source("src", "a/b", Some("v+1"))),
        "src/a/b?versionId=v+1"
    );
}

#[test]
fn unquote_decodes_percent_sequences_only() {
    assert_eq!(unquote("a%2Fb%20c%2Bd.txt"), "a/b c+d.txt");
    assert_eq!(unquote("s%2B1"), "s+1");
    assert_eq!(unquote("a+b"), "a+b");
    assert_eq!(unquote("100%"), "100%");
    assert_eq!(unquote("%zz%4"), "%zz%4");
    assert_eq!(unquote("%C3%BC"), "ü");
    assert_eq!(unquote("%FF"), "\u{fffd}");
}

#[test]
fn route53_id_members_are_those_botocore_selects_in_the_model() {
    // botocore's fix_route53_ids: top-level input members whose shape is ResourceId,
    // DelegationSetId or ChangeId. Recomputed from the vendored model.
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../models/data/route53/service-2.json"
    );
    let model: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("model")).expect("json");
    let shapes = &model["shapes"];
    let mut want = Vec::new();
    for (op, o) in model["operations"].as_object().expect("operations") {
        let Some(input) = o["input"]["shape"].as_str() else {
            continue;
        };
        for (name, m) in shapes[input]["members"].as_object().expect("members") {
            if matches!(
                m["shape"].as_str(),
                Some("ResourceId" | "DelegationSetId" | "ChangeId")
            ) {
                want.push((op.clone(), name.clone()));
            }
        }
    }
    want.sort();
    let mut got: Vec<(String, String)> = route53::ID_MEMBERS
        .iter()
        .map(|(o, m)| (o.to_string(), m.to_string()))
        .collect();
    got.sort();
    assert_eq!(got, want);
}

//! Unit tests: expectations from botocore's `tests/unit/test_endpoint_provider.py` and the
//! Smithy rules-engine specification.

use super::funcs::{self, parse_arn, parse_url};
use super::parse::parse_attr_path;
use super::*;

fn rules(json: &str) -> RuleSet {
    match RuleSet::parse(json) {
        Ok(r) => r,
        Err(e) => panic!("rule set did not parse: {e}"),
    }
}

fn params(pairs: &[(&str, Value)]) -> Params {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect()
}

fn arn_fields(arn: &str) -> Option<(String, String, String, String, Vec<String>)> {
    let a = parse_arn(arn)?;
    let f = |r: std::ops::Range<usize>| arn[r].to_string();
    Some((
        f(a.partition),
        f(a.service),
        f(a.region),
        f(a.account_id),
        a.resource_id.into_iter().map(f).collect(),
    ))
}

#[test]
fn parse_arn_delimiters() {
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    assert_eq!(
        arn_fields("arn:aws:s3:::myBucket/key"),
        Some((
            "aws".into(),
            "s3".into(),
            "".into(),
            "".into(),
            s(&["myBucket", "key"])
        ))
    );
    assert_eq!(
        arn_fields("arn:aws:kinesis:us-east-1:1234567890:stream/mystream:foo"),
        Some((
            "aws".into(),
            "kinesis".into(),
            "us-east-1".into(),
            "1234567890".into(),
            s(&["stream", "mystream", "foo"])
        ))
    );
    assert_eq!(
        arn_fields("arn:aws:s3:::myBucket"),
        Some((
            "aws".into(),
            "s3".into(),
            "".into(),
            "".into(),
            s(&["myBucket"])
        ))
    );
    assert!(parse_arn("arn:aws:this-is-not-an-arn:foo").is_none());
    assert!(parse_arn("not-an-arn").is_none());
    assert!(parse_arn("arn::s3:::x").is_none());
}

#[test]
fn virtual_hostable_bucket_with_subdomains() {
    for (bucket, want) in [
        ("mybucket", true),
        ("ab", false),
        ("a.b", true),
        ("my.great.bucket.aws.com", true),
        ("mY.GREAT.bucket.aws.com", false),
        ("192.168.1.1", false),
    ] {
        assert_eq!(
            funcs::is_virtual_hostable_s3_bucket(bucket, true),
            want,
            "{bucket}"
        );
    }
    assert!(!funcs::is_virtual_hostable_s3_bucket("a.b", false));
}

#[test]
fn host_labels() {
    assert!(funcs::is_valid_host_label("us-east-1", false));
    assert!(!funcs::is_valid_host_label("-a", false));
    assert!(!funcs::is_valid_host_label("a-", false));
    assert!(!funcs::is_valid_host_label("a.b", false));
    assert!(funcs::is_valid_host_label("a.b", true));
    assert!(!funcs::is_valid_host_label("a..b", true));
    assert!(!funcs::is_valid_host_label(&"a".repeat(64), false));
    assert!(!funcs::is_valid_host_label("", false));
}

#[test]
fn get_attr_paths() {
    // botocore's test_get_attr cases, through a rule set: named index, out-of-range index,
    // plain key, bare index on a list.
    let r = rules(
        r#"{"version":"1.0","parameters":{"Arn":{"type":"string","required":true},"L":{"type":"stringArray","required":true}},
        "rules":[{"type":"tree","conditions":[{"fn":"aws.parseArn","argv":[{"ref":"Arn"}],"assign":"a"}],"rules":[
          {"type":"endpoint","conditions":[{"fn":"getAttr","argv":[{"ref":"a"},"resourceId[3]"],"assign":"missing"}],
           "endpoint":{"url":"unreachable"}},
          {"type":"endpoint","conditions":[{"fn":"getAttr","argv":[{"ref":"L"},"[0]"],"assign":"first"}],
           "endpoint":{"url":"https://{a#resourceId[1]}.{a#region}.{first}"}}]}]}"#,
    );
    let p = params(&[
        (
            "Arn",
            "arn:aws:s3:us-west-2:123:outpost/op-1/accesspoint".into(),
        ),
        ("L", Value::StringArray(vec!["foo".into()])),
    ]);
    assert_eq!(r.resolve(&p).unwrap().url, "https://op-1.us-west-2.foo");
    assert!(parse_attr_path("a[x]").is_none());
    let path = parse_attr_path("foo.bar[0].ignored").unwrap();
    assert_eq!((path.keys.len(), path.index), (2, Some(0)));
}

#[test]
fn url_parsing() {
    let url = "https://example.com:8443/a/./b/../c//d";
    let u = parse_url(url).unwrap();
    assert_eq!(
        (u.scheme, &url[u.authority], &url[u.path]),
        ("https", "example.com:8443", "/a/./b/../c//d")
    );
    assert_eq!(u.normalized_path, "/a/c/d/");
    assert!(!u.is_ip);
    assert_eq!(parse_url("http://h").unwrap().normalized_path, "/");
    let u = parse_url("HTTP:relative").unwrap();
    assert_eq!((u.scheme, u.authority.len()), ("http", 0));
    assert!(parse_url("http://[::1]:80/x").unwrap().is_ip);
    assert!(parse_url("http://10.0.0.1/x").unwrap().is_ip);
    assert!(parse_url("ftp://h").is_none());
    assert!(parse_url("http://h:port").is_none());
    assert!(parse_url("http://h:70000").is_none());
    assert!(parse_url("http://h/?q=1").is_none());
    assert!(parse_url("http://[::1/x").is_none());
}

#[test]
fn uri_encode_and_substring_and_split() {
    assert_eq!(funcs::uri_encode("a b/c~é"), "a%20b%2Fc~%C3%A9");
    assert_eq!(funcs::substring("abcdef", 0, 4, false), Some("abcd"));
    assert_eq!(funcs::substring("abcdef", 0, 4, true), Some("cdef"));
    assert_eq!(funcs::substring("abc", 0, 4, false), None);
    assert_eq!(funcs::substring("abcdé", 0, 2, false), None);
    assert_eq!(funcs::split("a--b--c", "--", 0), Some(vec!["a", "b", "c"]));
    assert_eq!(funcs::split("a--b--c", "--", 2), Some(vec!["a", "b--c"]));
    assert_eq!(funcs::split("a--b--c", "--", 1), Some(vec!["a--b--c"]));
    assert_eq!(funcs::split("", "-", 0), Some(vec![""]));
}

#[test]
fn partitions() {
    let p = super::partition::lookup(Some("us-west-2")).unwrap();
    assert_eq!(p.id, "aws");
    assert_eq!(
        super::partition::lookup(Some("cn-north-9")).unwrap().id,
        "aws-cn"
    );
    assert_eq!(
        super::partition::lookup(Some("us-gov-west-1")).unwrap().id,
        "aws-us-gov"
    );
    assert_eq!(super::partition::lookup(Some("mars-1")).unwrap().id, "aws");
    assert_eq!(super::partition::lookup(None).unwrap().id, "aws");
}

const TEMPLATE_RULES: &str = r#"{"version":"1.3","parameters":{
  "Region":{"type":"string","builtIn":"AWS::Region","required":true,"default":"us-east-1"},
  "UseFIPS":{"type":"boolean","builtIn":"AWS::UseFIPS","required":true,"default":false},
  "Names":{"type":"stringArray","default":["a","b"]},
  "Id":{"type":"string"}},
 "rules":[
  {"type":"error","conditions":[{"fn":"booleanEquals","argv":[{"ref":"UseFIPS"},true]}],"error":"FIPS {Region} unsupported"},
  {"type":"tree","conditions":[{"fn":"aws.partition","argv":[{"ref":"Region"}],"assign":"p"}],"rules":[
    {"type":"endpoint","conditions":[{"fn":"isSet","argv":[{"ref":"Id"}]},
       {"fn":"getAttr","argv":[{"ref":"Names"},"[1]"],"assign":"second"}],
     "endpoint":{"url":"https://{Id}.{second}.{Region}.{p#dnsSuffix}",
       "headers":{"x-id":["{Id}",{"ref":"Region"},"lit{{}}","{{Id}}={Id}"]},
       "properties":{"authSchemes":[{"name":"sigv4","signingName":"svc","signingRegion":"{Region}","disableDoubleEncoding":true}]}}},
    {"type":"endpoint","conditions":[],"endpoint":{"url":"https://svc.{Region}.{p#dnsSuffix}"}}]}]}"#;

#[test]
fn resolves_templates_headers_properties_and_errors() {
    let r = rules(TEMPLATE_RULES);
    assert_eq!(r.version(), "1.3");
    assert_eq!(
        r.parameter("Region").unwrap().built_in.as_deref(),
        Some("AWS::Region")
    );
    let e = r
        .resolve(&params(&[
            ("Region", "cn-north-1".into()),
            ("Id", "x".into()),
        ]))
        .unwrap();
    assert_eq!(e.url, "https://x.b.cn-north-1.amazonaws.com.cn");
    assert_eq!(
        e.header("X-Id").unwrap(),
        ["x", "cn-north-1", "lit{{}}", "{Id}=x"]
    );
    let schemes = auth_schemes(&e);
    assert_eq!(schemes.len(), 1);
    assert_eq!(schemes[0].name, "sigv4");
    assert_eq!(schemes[0].signing_region.as_deref(), Some("cn-north-1"));
    assert!(schemes[0].disable_double_encoding);
    // Defaults apply.
    assert_eq!(
        r.resolve(&Params::new()).unwrap().url,
        "https://svc.us-east-1.amazonaws.com"
    );
    // Error rules carry their message exactly.
    let err = r.resolve(&params(&[("UseFIPS", true.into())])).unwrap_err();
    assert_eq!(
        err,
        EndpointError::Rule("FIPS us-east-1 unsupported".to_string())
    );
    assert_eq!(err.to_string(), "FIPS us-east-1 unsupported");
    // Wrong parameter types are typed errors.
    let err = r
        .resolve(&params(&[("UseFIPS", "yes".into())]))
        .unwrap_err();
    assert!(
        matches!(err, EndpointError::InvalidParam { ref name, .. } if name == "UseFIPS"),
        "{err:?}"
    );
}

#[test]
fn required_parameter_without_default() {
    let r = rules(
        r#"{"version":"1.0","parameters":{"R":{"type":"String","required":true}},
        "rules":[{"type":"endpoint","conditions":[],"endpoint":{"url":"https://{R}"}}]}"#,
    );
    assert!(matches!(
        r.resolve(&Params::new()),
        Err(EndpointError::InvalidParam { .. })
    ));
}

#[test]
fn newer_functions_coalesce_ite_split() {
    let r = rules(
        r#"{"version":"1.1","parameters":{"A":{"type":"string"},"B":{"type":"string","required":true,"default":"b"},
          "F":{"type":"boolean","default":false,"required":true}},
        "rules":[{"type":"endpoint","conditions":[
            {"fn":"coalesce","argv":[{"ref":"A"},{"ref":"B"}],"assign":"first"},
            {"fn":"ite","argv":[{"ref":"F"},"-fips",""],"assign":"suffix"},
            {"fn":"split","argv":["x.y.z",".",0],"assign":"parts"},
            {"fn":"getAttr","argv":[{"ref":"parts"},"[2]"],"assign":"last"}],
          "endpoint":{"url":"https://{first}{suffix}.{last}"}}]}"#,
    );
    assert_eq!(r.resolve(&Params::new()).unwrap().url, "https://b.z");
    let p = params(&[("A", "a".into()), ("F", true.into())]);
    assert_eq!(r.resolve(&p).unwrap().url, "https://a-fips.z");
}

#[test]
fn malformed_rule_sets_name_the_json_path() {
    let cases: &[(&str, &str)] = &[
        ("not json", "$"),
        (
            r#"{"version":"1","parameters":{},"rules":[{"type":"bogus","conditions":[]}]}"#,
            "$.rules[0].type",
        ),
        (
            r#"{"version":"1","parameters":{},"rules":[{"type":"endpoint","conditions":[{"fn":"nope","argv":[]}],"endpoint":{"url":"x"}}]}"#,
            "$.rules[0].conditions[0].fn",
        ),
        (
            r#"{"version":"1","parameters":{},"rules":[{"type":"endpoint","conditions":[],"endpoint":{"url":"https://{Missing}"}}]}"#,
            "$.rules[0].endpoint.url",
        ),
        (
            r#"{"version":"1","parameters":{"R":{"type":"list"}},"rules":[]}"#,
            "$.parameters.R.type",
        ),
        (
            r#"{"version":"1","parameters":{},"rules":[{"type":"error","conditions":[{"fn":"isSet","argv":[1,2]}],"error":"e"}]}"#,
            "$.rules[0].conditions[0].argv",
        ),
        (
            r#"{"version":"1","parameters":{"R":{"type":"string"}},"rules":[{"type":"tree","conditions":[{"fn":"isSet","argv":[{"ref":"R"}],"assign":"R"}],"rules":[]}]}"#,
            "$.rules[0].conditions[0].assign",
        ),
    ];
    for (json, want) in cases {
        match RuleSet::parse(json) {
            Err(EndpointError::Parse { path, .. }) => assert_eq!(&path, want, "{json}"),
            other => panic!("{json}: expected a parse error, got {other:?}"),
        }
    }
}

#[test]
fn variables_do_not_leak_between_sibling_rules() {
    // The second rule may not read `x`, which only the first rule assigns.
    let bad = r#"{"version":"1","parameters":{"R":{"type":"string"}},"rules":[
        {"type":"endpoint","conditions":[{"fn":"isSet","argv":[{"ref":"R"}],"assign":"x"},{"fn":"not","argv":[true]}],"endpoint":{"url":"a"}},
        {"type":"endpoint","conditions":[],"endpoint":{"url":"{x}"}}]}"#;
    match RuleSet::parse(bad) {
        Err(EndpointError::Parse { path, .. }) => assert!(path.starts_with("$.rules[1]"), "{path}"),
        other => panic!("expected a parse error in the second rule, got {other:?}"),
    }
}
#[test]
fn odd_inputs_never_panic() {
    let sets = [
        include_str!("../../../models/data/s3/endpoint-rule-set-1.json"),
        include_str!("../../../models/data/s3control/endpoint-rule-set-1.json"),
        include_str!("../../../models/data/kinesis/endpoint-rule-set-1.json"),
        include_str!("../../../models/data/dynamodb/endpoint-rule-set-1.json"),
    ];
    let strings = [
        "",
        "a",
        "us-west-2",
        "a b",
        "é",
        "🙂🙂🙂",
        "arn:",
        "arn:aws:s3:::",
        "arn:aws:s3:us-west-2:123:accesspoint/x",
        "arn:aws:s3-outposts:us-west-2:123:outpost/op-1/accesspoint/ap",
        "arn:aws:kinesis:us-east-1:1:stream/s",
        "http://",
        "https://[::1",
        "https://[::1]:99999",
        "https://h:1/p/../..//x",
        "https://u@h:0/?",
        "--x--.y",
        "bucket--x-s3",
        "mybucket--usw2-az1--x-s3",
        "192.168.0.1",
        "a..b",
        "http://[fe80::1%25eth0]/",
    ];
    for json in sets {
        let r = rules(json);
        for (i, a) in strings.iter().enumerate() {
            for b in &strings {
                let mut p = Params::new();
                for def in r.parameters() {
                    let v = match def.ty {
                        ParamType::String => {
                            Value::String(if def.name == "Region" { a } else { b }.to_string())
                        }
                        ParamType::Boolean => Value::Bool((i + def.name.len()) % 3 == 0),
                        ParamType::StringArray => {
                            Value::StringArray(vec![a.to_string(), b.to_string()])
                        }
                    };
                    p.insert(def.name.clone(), v);
                }
                // These rule sets end in catch-all error rules and every parameter has its
                // declared type, so a failure is always an `error` rule's message; a success is
                // an http(s) URL, or the custom `Endpoint` passed through unvalidated (the
                // non-S3 rule sets do that; botocore then fails to send).
                match r.resolve(&p) {
                    Ok(e) => assert!(
                        e.url.starts_with("https://")
                            || e.url.starts_with("http://")
                            || p.get("Endpoint") == Some(&Value::String(e.url.clone())),
                        "{a:?} {b:?}: {}",
                        e.url
                    ),
                    Err(EndpointError::Rule(_)) => {}
                    Err(e) => panic!("{a:?} {b:?}: {e:?}"),
                }
            }
        }
    }
}

#[test]
fn static_rule_sets_parse_once_and_types_are_thread_safe() {
    fn send_sync<T: Send + Sync>() {}
    send_sync::<RuleSet>();
    send_sync::<Endpoint>();
    send_sync::<EndpointError>();
    send_sync::<StaticRuleSet>();
    static RULES: StaticRuleSet = StaticRuleSet::new(TEMPLATE_RULES);
    let a = RULES.get().unwrap() as *const RuleSet;
    let b = RULES.get().unwrap() as *const RuleSet;
    assert_eq!(a, b);
    static BAD: StaticRuleSet = StaticRuleSet::new("{");
    assert!(matches!(BAD.get(), Err(EndpointError::Parse { .. })));
}

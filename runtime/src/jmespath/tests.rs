use super::*;

fn json(s: &str) -> Value {
    Value::from_json(&serde_json::from_str(s).expect("test json"))
}

fn search(expr: &str, data: &str) -> Value {
    Expr::parse(expr)
        .unwrap_or_else(|e| panic!("{e}"))
        .search_data(&json(data))
        .unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn fields_indexes_and_or() {
    let d = r#"{"NextToken":"t1","Contents":[{"Key":"a"},{"Key":"b"}],"Table":{"TableStatus":"ACTIVE"}}"#;
    assert_eq!(search("NextToken", d), json(r#""t1""#));
    assert_eq!(search("Contents[-1].Key", d), json(r#""b""#));
    assert_eq!(search("Contents[0].Key", d), json(r#""a""#));
    assert_eq!(search("Contents[5].Key", d), Value::Null);
    assert_eq!(search("NextMarker || Contents[-1].Key", d), json(r#""b""#));
    assert_eq!(search("NextToken || Contents[-1].Key", d), json(r#""t1""#));
    assert_eq!(search("Table.TableStatus", d), json(r#""ACTIVE""#));
    assert_eq!(search("Missing.Deeper", d), Value::Null);
    assert_eq!(search("\"NextToken\"", d), json(r#""t1""#));
}

#[test]
fn projections_and_flatten() {
    let d = r#"{"Reservations":[
        {"Instances":[{"State":{"Name":"running"}},{"State":{"Name":"pending"}}]},
        {"Instances":[{"State":{"Name":"running"}},{"NoState":1}]}]}"#;
    assert_eq!(
        search("Reservations[].Instances[].State.Name", d),
        json(r#"["running","pending","running"]"#)
    );
    assert_eq!(search("length(Reservations[]) > `0`", d), Value::Bool(true));
    assert_eq!(
        search("length(Reservations[]) == `0`", d),
        Value::Bool(false)
    );
    assert_eq!(
        search("Reservations[*].Instances[0].State.Name", d),
        json(r#"["running","running"]"#)
    );
    assert_eq!(search("length(Reservations[].Instances[][])", d), json("4"));
    assert_eq!(
        search("Reservations[0].Instances[].State.Name | [1]", d),
        json(r#""pending""#)
    );
    let v = r#"{"VerificationAttributes":{"a.com":{"VerificationStatus":"Success"},"b.com":{"VerificationStatus":"Pending"}}}"#;
    assert_eq!(
        search("VerificationAttributes.*.VerificationStatus", v),
        json(r#"["Success","Pending"]"#)
    );
    assert_eq!(search("[0:2]", "[1,2,3]"), json("[1,2]"));
    assert_eq!(search("[::-1]", "[1,2,3]"), json("[3,2,1]"));
    assert_eq!(search("[a, b]", r#"{"a":1,"b":2}"#), json("[1,2]"));
    assert_eq!(search("{x: a}", r#"{"a":1}"#), json(r#"{"x":1}"#));
    assert_eq!(search("a | [0]", r#"{"a":[7]}"#), json("7"));
}

#[test]
fn filters_functions_and_logic() {
    let d = r#"{"services":[
        {"deployments":[1],"runningCount":2,"desiredCount":2},
        {"deployments":[1,2],"runningCount":1,"desiredCount":2}]}"#;
    assert_eq!(
        search("length(services[?!(length(deployments) == `1` && runningCount == desiredCount)]) == `0`", d),
        Value::Bool(false)
    );
    assert_eq!(
        search("services[?runningCount == desiredCount].runningCount", d),
        json("[2]")
    );
    let k = r#"{"K":[{"DestinationStatus":"DISABLED"},{"DestinationStatus":"ENABLE_FAILED"}]}"#;
    assert_eq!(
        search("length(K) > `0`  && length(K[?DestinationStatus == 'DISABLED' || DestinationStatus == 'ENABLE_FAILED']) ==  length(K)", k),
        Value::Bool(true)
    );
    assert_eq!(
        search("status != 'DELETING'", r#"{"status":"ACTIVE"}"#),
        Value::Bool(true)
    );
    assert_eq!(
        search("contains(a, 'x')", r#"{"a":["x","y"]}"#),
        Value::Bool(true)
    );
    assert_eq!(
        search("contains(a, 'xy')", r#"{"a":"wxyz"}"#),
        Value::Bool(true)
    );
    assert_eq!(
        search("starts_with(a, 'wx')", r#"{"a":"wxyz"}"#),
        Value::Bool(true)
    );
    assert_eq!(search("a < `3`", r#"{"a":2}"#), Value::Bool(true));
    assert_eq!(search("a < 'x'", r#"{"a":2}"#), Value::Null);
    assert_eq!(search("`true`", "{}"), Value::Bool(true));
    assert_eq!(search("not_null(a, b)", r#"{"b":1}"#), json("1"));
    assert_eq!(search("a && b", r#"{"a":"","b":1}"#), json(r#""""#));
}

#[test]
fn errors_are_typed() {
    for bad in [
        "",
        "a.",
        "[",
        "a[?b",
        "length(",
        "'open",
        "`{`",
        "a ==",
        "foo[1:2:0]",
        "a.b)",
    ] {
        assert!(
            matches!(Expr::parse(bad), Err(PathError::Syntax { .. })),
            "{bad:?} should be a syntax error"
        );
    }
    assert!(matches!(
        Expr::parse("sort_by(a, &b)"),
        Err(PathError::Unsupported { .. })
    ));
    assert!(matches!(
        Expr::parse("length(a, b)"),
        Err(PathError::Syntax { .. })
    ));
    let e = Expr::parse("length(a)").expect("parse");
    assert!(matches!(
        e.search_data(&json(r#"{"a":1}"#)),
        Err(PathError::InvalidType {
            function: "length",
            ..
        })
    ));
    // Deep nesting is refused, not a stack overflow.
    let deep = "(".repeat(10_000) + "a" + &")".repeat(10_000);
    assert!(
        matches!(Expr::parse(&deep), Err(PathError::Syntax { .. })),
        "refused"
    );
}

/// Every expression in every vendored paginators-1.json and waiters-2.json parses, and
/// evaluates without error against an empty response.
#[test]
fn every_vendored_expression_parses() {
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../models/data");
    let mut total = 0usize;
    let mut failures = Vec::new();
    let mut files = 0usize;
    let mut dirs: Vec<_> = std::fs::read_dir(&data)
        .expect("models/data")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    let mut check = |file: &std::path::Path, e: &str| {
        total += 1;
        match Expr::parse(e) {
            Ok(x) => {
                // `length(null)` is a type error in JMESPath; anything else is a bug.
                match x.search_data(&Value::Object(BTreeMap::new())) {
                    Ok(_) | Err(PathError::InvalidType { .. }) => {}
                    Err(err) => failures.push(format!("{}: {e:?}: {err}", file.display())),
                }
            }
            Err(err) => failures.push(format!("{}: {e:?}: {err}", file.display())),
        }
    };
    for dir in &dirs {
        let p = dir.join("paginators-1.json");
        if let Ok(text) = std::fs::read_to_string(&p) {
            files += 1;
            let j: serde_json::Value = serde_json::from_str(&text).expect("paginators json");
            for pag in j["pagination"]
                .as_object()
                .into_iter()
                .flat_map(|o| o.values())
            {
                for key in ["output_token", "result_key", "more_results"] {
                    match &pag[key] {
                        serde_json::Value::String(s) => check(&p, s),
                        serde_json::Value::Array(a) => {
                            for s in a.iter().filter_map(|v| v.as_str()) {
                                check(&p, s)
                            }
                        }
                        _ => {}
                    }
                }
            }
        }
        let w = dir.join("waiters-2.json");
        if let Ok(text) = std::fs::read_to_string(&w) {
            files += 1;
            let j: serde_json::Value = serde_json::from_str(&text).expect("waiters json");
            for waiter in j["waiters"]
                .as_object()
                .into_iter()
                .flat_map(|o| o.values())
            {
                for a in waiter["acceptors"].as_array().into_iter().flatten() {
                    if let Some(arg) = a["argument"].as_str() {
                        check(&w, arg);
                    }
                }
            }
        }
    }
    eprintln!(
        "{} of {total} expressions in {files} files over {} services supported",
        total - failures.len(),
        dirs.len()
    );
    assert!(total > 5000, "found only {total} expressions");
    assert!(failures.is_empty(), "unsupported:\n{}", failures.join("\n"));
}

/// Results of the reference implementation (python `jmespath`, which botocore uses) for
/// the features paginators and waiters need; regenerate with `make_cases.py`.
#[test]
fn matches_reference_implementation() {
    let text = include_str!("jmespath_cases.json");
    let j: serde_json::Value = serde_json::from_str(text).expect("cases");
    let mut failures = Vec::new();
    let mut n = 0;
    for case in j["cases"].as_array().expect("cases") {
        let (Some(doc), Some(expr)) = (case["doc"].as_str(), case["expr"].as_str()) else {
            panic!("bad case {case}");
        };
        let data = Value::from_json(&j["docs"][doc]);
        let got = Expr::parse(expr).and_then(|e| e.search_data(&data));
        n += 1;
        match (&got, case.get("result")) {
            (Ok(v), Some(want)) if *v == Value::from_json(want) => {}
            _ => failures.push(format!(
                "{doc}: {expr}: got {got:?}, want {}",
                case["result"]
            )),
        }
    }
    assert!(n > 100);
    assert!(
        failures.is_empty(),
        "{} of {n} differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

use std::collections::HashMap;

use super::*;
use crate::schema::prelude::{INTEGER, STRING};
use crate::schema::{Member, Schema};

// A DynamoDB-like shape: a map of structures as the token.
static ATTR: Schema = Schema::structure(
    "Attr",
    &[Member::new("S", &STRING), Member::new("N", &STRING)],
);
static KEY: Schema = Schema::map(
    "Key",
    &[Member::new("key", &STRING), Member::new("value", &ATTR)],
);
static ATTRS: Schema = Schema::list("Attrs", &[Member::new("member", &ATTR)]);
static INPUT: Schema = Schema::structure(
    "ScanInput",
    &[
        Member::new("TableName", &STRING),
        Member::new("ExclusiveStartKey", &KEY),
        Member::new("Limit", &INTEGER),
        Member::new("Marker", &STRING),
    ],
);
static OUTPUT: Schema = Schema::structure(
    "ScanOutput",
    &[
        Member::new("Items", &ATTRS),
        Member::new("LastEvaluatedKey", &KEY),
        Member::new("NextMarker", &STRING),
        Member::new("IsTruncated", &crate::schema::prelude::BOOLEAN),
    ],
);
static OP: Operation = Operation::new("Scan", "POST", "/", &INPUT, &OUTPUT);

#[derive(Clone, Debug, Default, PartialEq)]
struct Attr {
    s: Option<String>,
    n: Option<String>,
}
impl Struct for Attr {
    fn schema(&self) -> &'static Schema {
        &ATTR
    }
    fn field(&self, i: usize) -> Option<&dyn Reflect> {
        match i {
            0 => Some(&self.s),
            1 => Some(&self.n),
            _ => None,
        }
    }
    fn field_mut(&mut self, i: usize) -> Option<&mut dyn Reflect> {
        match i {
            0 => Some(&mut self.s),
            1 => Some(&mut self.n),
            _ => None,
        }
    }
}
crate::struct_data!(Attr);

#[derive(Clone, Debug, Default, PartialEq)]
struct Input {
    table: Option<String>,
    start: Option<HashMap<String, Attr>>,
    limit: Option<i32>,
    marker: Option<String>,
}
impl Struct for Input {
    fn schema(&self) -> &'static Schema {
        &INPUT
    }
    fn field(&self, i: usize) -> Option<&dyn Reflect> {
        match i {
            0 => Some(&self.table),
            1 => Some(&self.start),
            2 => Some(&self.limit),
            3 => Some(&self.marker),
            _ => None,
        }
    }
    fn field_mut(&mut self, i: usize) -> Option<&mut dyn Reflect> {
        match i {
            0 => Some(&mut self.table),
            1 => Some(&mut self.start),
            2 => Some(&mut self.limit),
            3 => Some(&mut self.marker),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
struct Output {
    items: Option<Vec<Attr>>,
    last: Option<HashMap<String, Attr>>,
    next_marker: Option<String>,
    truncated: Option<bool>,
}
impl Struct for Output {
    fn schema(&self) -> &'static Schema {
        &OUTPUT
    }
    fn field(&self, i: usize) -> Option<&dyn Reflect> {
        match i {
            0 => Some(&self.items),
            1 => Some(&self.last),
            2 => Some(&self.next_marker),
            3 => Some(&self.truncated),
            _ => None,
        }
    }
    fn field_mut(&mut self, i: usize) -> Option<&mut dyn Reflect> {
        match i {
            0 => Some(&mut self.items),
            1 => Some(&mut self.last),
            2 => Some(&mut self.next_marker),
            3 => Some(&mut self.truncated),
            _ => None,
        }
    }
}

static SCAN: PaginatorSpec = PaginatorSpec {
    operation: &OP,
    input_token: &["ExclusiveStartKey"],
    output_token: &["LastEvaluatedKey"],
    limit_key: Some("Limit"),
    more_results: None,
    result_key: &["Items"],
};

static LIST: PaginatorSpec = PaginatorSpec {
    operation: &OP,
    input_token: &["Marker"],
    output_token: &["NextMarker || Items[-1].S"],
    limit_key: None,
    more_results: Some("IsTruncated"),
    result_key: &["Items"],
};

fn attr(s: &str) -> Attr {
    Attr {
        s: Some(s.into()),
        n: None,
    }
}

fn key(pk: &str, sk: &str) -> HashMap<String, Attr> {
    HashMap::from([
        ("pk".to_string(), attr(pk)),
        (
            "sk".to_string(),
            Attr {
                s: None,
                n: Some(sk.into()),
            },
        ),
    ])
}

fn setup(spec: &'static PaginatorSpec, input: &Input) -> (Engine, Input) {
    let engine = Engine::new(spec, input).expect("engine");
    let mut base = Input::default();
    engine.strip_tokens(input, &mut base).expect("strip");
    (engine, base)
}

#[test]
fn map_token_is_copied_deeply_and_other_members_kept() {
    let input = Input {
        table: Some("t".into()),
        start: Some(key("user-start", "0")),
        limit: Some(5),
        marker: None,
    };
    let (mut engine, base) = setup(&SCAN, &input);
    // The caller's starting token is not part of the template.
    assert_eq!(base.start, None);
    assert_eq!(base.table.as_deref(), Some("t"));
    assert_eq!(base.limit, Some(5));

    let page = Output {
        last: Some(key("a", "1")),
        ..Output::default()
    };
    let mut next = base.clone();
    assert!(engine.advance(&page, &mut next).expect("advance"));
    assert_eq!(next.start, Some(key("a", "1")));
    assert_eq!(next.table.as_deref(), Some("t"));

    // A different token continues; the last page has none.
    let mut next = base.clone();
    let page2 = Output {
        last: Some(key("b", "2")),
        ..Output::default()
    };
    assert!(engine.advance(&page2, &mut next).expect("advance"));
    let mut next = base.clone();
    assert!(!engine
        .advance(&Output::default(), &mut next)
        .expect("advance"));
    // An empty map is no token either (botocore: `if token:`).
    let empty = Output {
        last: Some(HashMap::new()),
        ..Output::default()
    };
    assert!(!engine.advance(&empty, &mut base.clone()).expect("advance"));
}

#[test]
fn repeated_token_is_an_error() {
    let (mut engine, base) = setup(&SCAN, &Input::default());
    let page = Output {
        last: Some(key("a", "1")),
        ..Output::default()
    };
    assert!(engine.advance(&page, &mut base.clone()).expect("first"));
    let e = engine
        .advance(&page, &mut base.clone())
        .expect_err("repeat");
    assert_eq!(e.kind(), SdkErrorKind::Pagination);
    assert!(e.message().contains("twice"), "{e}");
}

#[test]
fn or_expression_token_and_more_results() {
    let (mut engine, base) = setup(&LIST, &Input::default());
    // No NextMarker: the last key is the marker (S3 ListObjects v1).
    let page = Output {
        items: Some(vec![attr("a"), attr("b")]),
        truncated: Some(true),
        ..Output::default()
    };
    let mut next = base.clone();
    assert!(engine.advance(&page, &mut next).expect("advance"));
    assert_eq!(next.marker.as_deref(), Some("b"));
    // NextMarker wins when present.
    let page = Output {
        items: Some(vec![attr("c")]),
        next_marker: Some("m".into()),
        truncated: Some(true),
        ..Output::default()
    };
    let mut next = base.clone();
    assert!(engine.advance(&page, &mut next).expect("advance"));
    assert_eq!(next.marker.as_deref(), Some("m"));
    // Not truncated: stop even though a token could be computed.
    let page = Output {
        items: Some(vec![attr("d")]),
        truncated: Some(false),
        ..Output::default()
    };
    assert!(!engine.advance(&page, &mut base.clone()).expect("advance"));
}

#[test]
fn results_and_bad_specs() {
    let page = Output {
        items: Some(vec![attr("a")]),
        ..Output::default()
    };
    let r = SCAN.results(&page).expect("results");
    assert_eq!(r.len(), 1);
    assert!(matches!(&r[0], Value::List(l) if l.len() == 1));

    static BAD: PaginatorSpec = PaginatorSpec {
        operation: &OP,
        input_token: &["NoSuchMember"],
        output_token: &["NextMarker"],
        limit_key: None,
        more_results: None,
        result_key: &[],
    };
    let Err(e) = Engine::new(&BAD, &Input::default()) else {
        panic!("no such member")
    };
    assert_eq!(e.kind(), SdkErrorKind::Pagination, "{e}");
    assert!(e.to_string().contains("NoSuchMember"), "{e}");
    static BAD_EXPR: PaginatorSpec = PaginatorSpec {
        operation: &OP,
        input_token: &["Marker"],
        output_token: &["Items[-1"],
        limit_key: None,
        more_results: None,
        result_key: &[],
    };
    let Err(e) = Engine::new(&BAD_EXPR, &Input::default()) else {
        panic!("bad expression")
    };
    assert_eq!(e.kind(), SdkErrorKind::Pagination, "{e}");
    assert!(e.to_string().contains("Items[-1"), "{e}");
}

#[test]
fn copy_data_through_values() {
    // A computed value (JSON-like object) goes into a map of structures.
    let v = Value::Object(
        [(
            "pk".to_string(),
            Value::Object([("S".to_string(), Value::String("x".into()))].into()),
        )]
        .into(),
    );
    let mut dst: Option<HashMap<String, Attr>> = None;
    copy_data(&v, &mut dst).expect("copy");
    assert_eq!(dst, Some(HashMap::from([("pk".to_string(), attr("x"))])));
    let mut n: Option<i32> = None;
    copy_data(&Value::Number(7.0), &mut n).expect("int");
    assert_eq!(n, Some(7));
    let mut s: Option<String> = None;
    copy_data(&Value::Number(7.0), &mut s).expect("int as text");
    assert_eq!(s.as_deref(), Some("7"));
}

#[test]
fn a_token_that_disappears_is_not_resent() {
    // Like S3 ListObjectVersions (KeyMarker + VersionIdMarker): botocore deletes an
    // input token whose output token is absent while another one is present.
    static TWO: PaginatorSpec = PaginatorSpec {
        operation: &OP,
        input_token: &["Marker", "ExclusiveStartKey"],
        output_token: &["NextMarker", "LastEvaluatedKey"],
        limit_key: None,
        more_results: None,
        result_key: &[],
    };
    let input = Input {
        table: Some("t".into()),
        marker: Some("user-marker".into()),
        start: Some(key("user", "0")),
        limit: None,
    };
    let (mut engine, base) = setup(&TWO, &input);
    let page = Output {
        next_marker: Some("m1".into()),
        last: Some(key("a", "1")),
        ..Output::default()
    };
    let mut next = base.clone();
    assert!(engine.advance(&page, &mut next).expect("advance"));
    assert_eq!(
        (next.marker.as_deref(), next.start.clone()),
        (Some("m1"), Some(key("a", "1")))
    );
    let page = Output {
        next_marker: Some("m2".into()),
        ..Output::default()
    };
    let mut next = base.clone();
    assert!(engine.advance(&page, &mut next).expect("advance"));
    assert_eq!(next.marker.as_deref(), Some("m2"));
    assert_eq!(next.start, None);
    assert_eq!(next.table.as_deref(), Some("t"));
}

use super::*;
use crate::schema::prelude::STRING;
use crate::schema::{Member, Schema};

static TABLE: Schema = Schema::structure("Table", &[Member::new("TableStatus", &STRING)]);
static OUT: Schema = Schema::structure("DescribeTableOutput", &[Member::new("Table", &TABLE)]);
static OP: Operation = Operation::new("DescribeTable", "POST", "/", &OUT, &OUT);

#[derive(Clone, Debug, Default)]
struct Table {
    status: Option<String>,
}
impl Struct for Table {
    fn schema(&self) -> &'static crate::schema::Schema {
        &TABLE
    }
    fn field(&self, i: usize) -> Option<&dyn crate::data::Reflect> {
        (i == 0).then_some(&self.status as &dyn crate::data::Reflect)
    }
    fn field_mut(&mut self, i: usize) -> Option<&mut dyn crate::data::Reflect> {
        (i == 0).then_some(&mut self.status as &mut dyn crate::data::Reflect)
    }
}
crate::struct_data!(Table);

#[derive(Clone, Debug, Default)]
struct Out {
    table: Option<Table>,
}
impl Struct for Out {
    fn schema(&self) -> &'static crate::schema::Schema {
        &OUT
    }
    fn field(&self, i: usize) -> Option<&dyn crate::data::Reflect> {
        (i == 0).then_some(&self.table as &dyn crate::data::Reflect)
    }
    fn field_mut(&mut self, i: usize) -> Option<&mut dyn crate::data::Reflect> {
        (i == 0).then_some(&mut self.table as &mut dyn crate::data::Reflect)
    }
}

fn out(status: &str) -> Out {
    Out {
        table: Some(Table {
            status: Some(status.into()),
        }),
    }
}

fn err(code: &str, status: u16) -> ErrorMeta {
    ErrorMeta {
        code: code.into(),
        status,
        ..ErrorMeta::default()
    }
}

// DynamoDB's TableExists and TableNotExists, as in waiters-2.json.
static TABLE_EXISTS: WaiterSpec = WaiterSpec {
    name: "TableExists",
    operation: &OP,
    delay: 20,
    max_attempts: 3,
    acceptors: &[
        Acceptor {
            state: State::Success,
            matcher: Matcher::Path,
            argument: "Table.TableStatus",
            expected: Expected::Str("ACTIVE"),
        },
        Acceptor {
            state: State::Retry,
            matcher: Matcher::Error,
            argument: "",
            expected: Expected::Str("ResourceNotFoundException"),
        },
    ],
};

static TABLE_NOT_EXISTS: WaiterSpec = WaiterSpec {
    name: "TableNotExists",
    operation: &OP,
    delay: 20,
    max_attempts: 25,
    acceptors: &[Acceptor {
        state: State::Success,
        matcher: Matcher::Error,
        argument: "",
        expected: Expected::Str("ResourceNotFoundException"),
    }],
};

static ANY_ALL: WaiterSpec = WaiterSpec {
    name: "Lists",
    operation: &OP,
    delay: 1,
    max_attempts: 10,
    acceptors: &[
        Acceptor {
            state: State::Failure,
            matcher: Matcher::PathAny,
            argument: "Table.TableStatus | [@]",
            expected: Expected::Str("FAILED"),
        },
        Acceptor {
            state: State::Success,
            matcher: Matcher::PathAll,
            argument: "Table.TableStatus | [@]",
            expected: Expected::Str("ACTIVE"),
        },
        Acceptor {
            state: State::Success,
            matcher: Matcher::Status,
            argument: "",
            expected: Expected::Int(404),
        },
        Acceptor {
            state: State::Failure,
            matcher: Matcher::Error,
            argument: "",
            expected: Expected::Bool(true),
        },
    ],
};

#[test]
fn path_success_retry_and_max_attempts() {
    let mut w = WaitState::new(&TABLE_EXISTS, WaiterConfig::default()).expect("state");
    // CREATING matches nothing on a successful response: retry after the delay.
    assert!(
        matches!(w.step(Response::Output(&out("CREATING"), 200)), Step::Retry(d) if d == Duration::from_secs(20))
    );
    assert!(matches!(
        w.step(Response::Output(&out("ACTIVE"), 200)),
        Step::Success
    ));

    let mut w = WaitState::new(
        &TABLE_EXISTS,
        WaiterConfig::default().delay(Duration::from_millis(5)),
    )
    .expect("state");
    let nf = err("ResourceNotFoundException", 400);
    assert!(
        matches!(w.step(Response::Error(&nf)), Step::Retry(d) if d == Duration::from_millis(5))
    );
    assert!(matches!(w.step(Response::Error(&nf)), Step::Retry(_)));
    // The third attempt is the last (max_attempts 3).
    match w.step(Response::Error(&nf)) {
        Step::Fail(e) => {
            assert_eq!(e.kind(), SdkErrorKind::Waiter);
            assert!(e.message().contains("max attempts"), "{e}");
        }
        s => panic!("{s:?}"),
    }
    // An error no acceptor knows ends the wait with that error.
    let mut w = WaitState::new(&TABLE_EXISTS, WaiterConfig::default()).expect("state");
    assert!(matches!(
        w.step(Response::Error(&err("AccessDenied", 403))),
        Step::Unmatched
    ));
    // max_attempts override.
    let mut w =
        WaitState::new(&TABLE_EXISTS, WaiterConfig::default().max_attempts(1)).expect("state");
    assert!(matches!(
        w.step(Response::Output(&out("CREATING"), 200)),
        Step::Fail(_)
    ));
}

#[test]
fn error_matcher_success_and_path_never_on_errors() {
    let mut w = WaitState::new(&TABLE_NOT_EXISTS, WaiterConfig::default()).expect("state");
    assert!(matches!(
        w.step(Response::Output(&out("DELETING"), 200)),
        Step::Retry(_)
    ));
    assert!(matches!(
        w.step(Response::Error(&err("ResourceNotFoundException", 400))),
        Step::Success
    ));
}

#[test]
fn path_any_all_status_and_error_true() {
    let mut w = WaitState::new(&ANY_ALL, WaiterConfig::default()).expect("state");
    match w.step(Response::Output(&out("FAILED"), 200)) {
        Step::Fail(e) => assert!(e.message().contains("terminal failure"), "{e}"),
        s => panic!("{s:?}"),
    }
    assert!(matches!(
        w.step(Response::Output(&out("ACTIVE"), 200)),
        Step::Success
    ));
    // pathAll on an empty list does not match.
    assert!(matches!(
        w.step(Response::Output(&Out::default(), 200)),
        Step::Retry(_)
    ));
    assert!(matches!(
        w.step(Response::Error(&err("NotFound", 404))),
        Step::Success
    ));
    assert!(matches!(
        w.step(Response::Error(&err("Boom", 500))),
        Step::Fail(_)
    ));
}

#[test]
fn bad_argument_is_a_typed_error() {
    static BAD: WaiterSpec = WaiterSpec {
        name: "Bad",
        operation: &OP,
        delay: 1,
        max_attempts: 1,
        acceptors: &[Acceptor {
            state: State::Success,
            matcher: Matcher::Path,
            argument: "Table[",
            expected: Expected::Bool(true),
        }],
    };
    let e = WaitState::new(&BAD, WaiterConfig::default()).expect_err("bad");
    assert_eq!(e.kind(), SdkErrorKind::Waiter);
}

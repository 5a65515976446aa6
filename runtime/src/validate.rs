//! Input validation before anything is sent (botocore's `ParamValidator`).
//!
//! Rust's types already rule out what most of botocore's checks catch (wrong types,
//! unknown parameters, two members of a union at once). What remains, and what
//! [`validate`] checks by walking the input's schema:
//!
//! - a `required` member that is unset: an `Option` that is `None` (a required member the
//!   generator could not make a plain field, e.g. a recursive one), or a required string left
//!   empty, which is how a plain `String` field that was never set looks:
//!   `Missing required parameter in input: "Bucket"`;
//! - a member bound to a URI label or to the host prefix (`hostLabel`) that is an empty
//!   string — required plain fields default to `""`, and an empty label would change the
//!   request's path or host: `Invalid length for parameter Bucket, value: 0, valid min
//!   length: 1`;
//! - a union with no member set (only its `Unknown` variant):
//!   `Must set one of the following keys for tagged union structure Filter: A, B.`
//!
//! Parameter names are paths as botocore writes them: `input` for the top level,
//! `Outer.Inner`, `List[2]`, `Map.key`. Every problem is reported, one per line, under
//! `Parameter validation failed:`. Length and range limits (`min`, `max`) are not in
//! Kumo's schemas and are left to the service.

use crate::data::{Reflect, Struct, View};
use crate::error::{SdkError, SdkErrorKind};
use crate::schema::{flags, Kind, Location, Member};

/// Deeper nesting than this is reported instead of walked.
const MAX_DEPTH: usize = 256;

/// Validates an operation's input; the error is [`SdkErrorKind::ParamValidation`] and its
/// message lists every problem found.
pub fn validate(input: &dyn Struct) -> Result<(), SdkError> {
    let mut errors = Vec::new();
    check_struct(input, "", &mut errors, 0);
    if errors.is_empty() {
        Ok(())
    } else {
        Err(SdkError::new(
            SdkErrorKind::ParamValidation,
            format!("Parameter validation failed:\n{}", errors.join("\n")),
        ))
    }
}

/// botocore's `_get_name`: the top level is `input`.
fn display(path: &str) -> &str {
    if path.is_empty() {
        "input"
    } else {
        path
    }
}

fn join(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_string()
    } else {
        format!("{path}.{name}")
    }
}

fn check_struct(s: &dyn Struct, path: &str, errors: &mut Vec<String>, depth: usize) {
    if depth > MAX_DEPTH {
        errors.push(format!(
            "Invalid parameter {}: nests more than {MAX_DEPTH} levels deep",
            display(path)
        ));
        return;
    }
    let schema = s.schema();
    if schema.kind == Kind::Union {
        let set = (0..schema.members.len()).any(|i| s.field(i).is_some());
        if !set {
            let names: Vec<&str> = schema.members.iter().map(|m| m.name).collect();
            errors.push(format!(
                "Must set one of the following keys for tagged union structure {}: {}.",
                display(path),
                names.join(", ")
            ));
        }
    }
    for (i, m) in schema.members.iter().enumerate() {
        let value = s.field(i);
        // A required string is a plain `String` field: empty is what an unset one holds.
        let absent = value.is_none_or(|v| match v.view() {
            View::Absent => true,
            View::Str("") => m.has(flags::REQUIRED) && schema.kind != Kind::Union,
            _ => false,
        });
        if absent {
            if m.has(flags::REQUIRED) && schema.kind != Kind::Union {
                errors.push(format!(
                    "Missing required parameter in {}: \"{}\"",
                    display(path),
                    m.name
                ));
            }
            continue;
        }
        if let Some(v) = value {
            let name = join(path, m.name);
            if (m.location == Location::Uri || m.has(flags::HOST_LABEL))
                && matches!(v.view(), View::Str(""))
            {
                errors.push(format!(
                    "Invalid length for parameter {name}, value: 0, valid min length: 1"
                ));
            }
            check_value(v, m, &name, errors, depth + 1);
        }
    }
}

fn check_value(v: &dyn Reflect, m: &Member, path: &str, errors: &mut Vec<String>, depth: usize) {
    match v.view() {
        View::Struct(s) => check_struct(s, path, errors, depth),
        View::List(l) => {
            let Some(elem) = m.target.members.first() else {
                return;
            };
            for i in 0..l.len() {
                if let Some(e) = l.at(i) {
                    check_value(e, elem, &format!("{path}[{i}]"), errors, depth + 1);
                }
            }
        }
        View::Map(map) => {
            let Some(value) = m.target.members.get(1) else {
                return;
            };
            for (k, e) in map.entries() {
                check_value(e, value, &join(path, k), errors, depth + 1);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::{prelude as p, Schema};
    use std::collections::HashMap;

    static INNER: Schema = Schema::structure(
        "Inner",
        &[
            Member::new("Name", &p::STRING).required(),
            Member::new("Note", &p::STRING),
        ],
    );
    static CHOICE: Schema = Schema::union(
        "Choice",
        &[Member::new("A", &p::STRING), Member::new("B", &p::INTEGER)],
    );
    static INNER_LIST: Schema = Schema::list("InnerList", &[Member::new("member", &INNER)]);
    static INNER_MAP: Schema = Schema::map(
        "InnerMap",
        &[Member::new("key", &p::STRING), Member::new("value", &INNER)],
    );
    static INPUT: Schema = Schema::structure(
        "Input",
        &[
            Member::new("Bucket", &p::STRING)
                .at(Location::Uri, "Bucket")
                .required(),
            Member::new("Token", &p::STRING).required(),
            Member::new("Nested", &INNER),
            Member::new("Items", &INNER_LIST),
            Member::new("ByName", &INNER_MAP),
            Member::new("Choice", &CHOICE),
            Member::new("Account", &p::STRING).with(flags::HOST_LABEL),
        ],
    );

    #[derive(Default)]
    struct Inner {
        name: Option<String>,
        note: Option<String>,
    }
    crate::structure!(Inner, INNER, [name, note]);

    #[allow(dead_code)] // `Unknown`'s name is only written by the union glue
    enum Choice {
        A(String),
        B(i32),
        Unknown(String),
    }
    crate::union!(Choice, CHOICE, [A, B]);

    #[derive(Default)]
    struct Input {
        bucket: String,
        token: Option<String>,
        nested: Option<Inner>,
        items: Option<Vec<Inner>>,
        by_name: Option<HashMap<String, Inner>>,
        choice: Option<Choice>,
        account: Option<String>,
    }
    crate::structure!(
        Input,
        INPUT,
        [bucket, token, nested, items, by_name, choice, account]
    );

    fn valid() -> Input {
        Input {
            bucket: "b".into(),
            token: Some("t".into()),
            ..Input::default()
        }
    }

    fn message(input: &Input) -> String {
        let e = validate(input).unwrap_err();
        assert_eq!(e.kind(), SdkErrorKind::ParamValidation);
        e.message().to_string()
    }

    #[test]
    fn valid_input_passes() {
        let mut input = valid();
        input.nested = Some(Inner {
            name: Some("n".into()),
            note: None,
        });
        input.choice = Some(Choice::B(3));
        assert_eq!(validate(&input).map_err(|e| e.to_string()), Ok(()));
        input.choice = Some(Choice::A(String::new()));
        assert_eq!(validate(&input).map_err(|e| e.to_string()), Ok(()));
    }

    #[test]
    fn missing_required_top_level() {
        let input = Input {
            bucket: "b".into(),
            ..Input::default()
        };
        assert_eq!(
            message(&input),
            "Parameter validation failed:\nMissing required parameter in input: \"Token\""
        );
    }

    #[test]
    fn empty_uri_label_and_host_label() {
        let mut input = valid();
        input.bucket.clear();
        input.account = Some(String::new());
        assert_eq!(
            message(&input),
            "Parameter validation failed:\n\
             Missing required parameter in input: \"Bucket\"\n\
             Invalid length for parameter Account, value: 0, valid min length: 1"
        );
    }

    #[test]
    fn nested_paths_name_the_parameter() {
        let mut input = valid();
        input.nested = Some(Inner::default());
        input.items = Some(vec![
            Inner {
                name: Some("ok".into()),
                note: None,
            },
            Inner::default(),
        ]);
        input.by_name = Some(HashMap::from([("k".to_string(), Inner::default())]));
        let msg = message(&input);
        assert!(
            msg.contains("Missing required parameter in Nested: \"Name\""),
            "{msg}"
        );
        assert!(
            msg.contains("Missing required parameter in Items[1]: \"Name\""),
            "{msg}"
        );
        assert!(!msg.contains("Items[0]"), "{msg}");
        assert!(
            msg.contains("Missing required parameter in ByName.k: \"Name\""),
            "{msg}"
        );
    }

    #[test]
    fn empty_union() {
        let mut input = valid();
        input.choice = Some(Choice::Unknown(String::new()));
        assert_eq!(
            message(&input),
            "Parameter validation failed:\n\
             Must set one of the following keys for tagged union structure Choice: A, B."
        );
    }
}

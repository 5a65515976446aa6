//! `Debug` for generated shapes, driven by the schema so that `sensitive` members are
//! redacted in one place (botocore never logs them either).

use std::fmt;

use crate::data::{Reflect, Struct, View};
use crate::schema::{Kind, Member};

/// What a redacted value prints as.
pub const REDACTED: &str = "*** Sensitive Data Redacted ***";

/// Member names that hold AWS credentials. Some models do not mark them `sensitive` (STS's
/// `Credentials.SessionToken` is a plain string shape), so they are redacted by name as well.
const CREDENTIAL_MEMBERS: [&str; 3] = ["SecretAccessKey", "SessionToken", "SecretKey"];

fn redacted(m: &Member) -> bool {
    m.sensitive() || CREDENTIAL_MEMBERS.contains(&m.name)
}

struct Value<'a>(&'a dyn Reflect, Option<&'a Member>);

impl fmt::Debug for Value<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.1.is_some_and(redacted) {
            return f.write_str(REDACTED);
        }
        let element = self.1.and_then(|m| m.target.members.first());
        let value = self.1.and_then(|m| m.target.members.get(1));
        match self.0.view() {
            View::Absent => f.write_str("None"),
            View::Bool(b) => write!(f, "{b:?}"),
            View::Int(i) => write!(f, "{i:?}"),
            View::Float(x) => write!(f, "{x:?}"),
            View::Str(s) => write!(f, "{s:?}"),
            View::Blob(b) => write!(f, "<{} bytes>", b.len()),
            View::Time(t) => write!(f, "{t:?}"),
            View::Doc(d) => write!(f, "{d:?}"),
            View::Stream(b) => write!(f, "{b:?}"),
            View::Struct(s) => fmt_struct(s, f),
            View::List(l) => {
                let mut d = f.debug_list();
                for i in 0..l.len() {
                    if let Some(v) = l.at(i) {
                        d.entry(&Value(v, element));
                    }
                }
                d.finish()
            }
            View::Map(m) => {
                let mut d = f.debug_map();
                for (k, v) in m.entries() {
                    d.entry(&k, &Value(v, value));
                }
                d.finish()
            }
        }
    }
}

/// Formats a generated structure or union, redacting sensitive members and unset ones.
pub fn fmt_struct(s: &dyn Struct, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    let schema = s.schema();
    if schema.has(crate::schema::flags::SENSITIVE) {
        return f.write_str(REDACTED);
    }
    let mut d = f.debug_struct(schema.name);
    for (i, m) in schema.members.iter().enumerate() {
        if let Some(v) = s.field(i) {
            if schema.kind == Kind::Union || !matches!(v.view(), View::Absent) {
                d.field(m.name, &Value(v, Some(m)));
            }
        }
    }
    d.finish()
}

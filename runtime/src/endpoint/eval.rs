//! The interpreter: walks the compiled tree over an array of slot values.
//!
//! Values are `Copy`: strings borrow from the parameters, the rule set or the partition table,
//! and anything computed (encoded strings, parsed URLs and ARNs, lists) lives in per-resolution
//! arenas that values refer to by index. Nothing is reference-counted or dropped one by one.

use std::ops::Range;
use std::sync::Arc;

use super::funcs;
use super::parse::{
    AttrPath, Call, Compiled, EndpointT, Expr, Func, Part, Prop, Rule, RuleKind, Template,
};
use super::partition::{self, Partition, PartitionValue};
use super::{Endpoint, EndpointError, Property, Value};

/// A string during evaluation: borrowed, or a byte range of an arena string.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Str<'a> {
    B(&'a str),
    A {
        idx: usize,
        start: usize,
        end: usize,
    },
}

/// A value during evaluation.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Val<'a> {
    None,
    Bool(bool),
    Int(i64),
    Str(Str<'a>),
    /// Index into the list arena.
    List(usize),
    Partition(&'static Partition),
    /// Index into the URL arena.
    Url(usize),
    /// Index into the ARN arena.
    Arn(usize),
}

impl Val<'_> {
    /// Python's type name, for botocore-compatible error messages.
    fn type_name(&self) -> &'static str {
        match self {
            Val::None => "<class 'NoneType'>",
            Val::Bool(_) => "<class 'bool'>",
            Val::Int(_) => "<class 'int'>",
            Val::Str(_) => "<class 'str'>",
            Val::List(_) => "<class 'list'>",
            Val::Partition(_) | Val::Url(_) | Val::Arn(_) => "<class 'dict'>",
        }
    }
}

struct Url<'a> {
    scheme: &'static str,
    authority: Str<'a>,
    path: Str<'a>,
    normalized_path: Str<'a>,
    is_ip: bool,
}

struct Arn<'a> {
    partition: Str<'a>,
    service: Str<'a>,
    region: Str<'a>,
    account_id: Str<'a>,
    /// Index into the list arena.
    resource_id: usize,
}

struct Eval<'a> {
    slots: Vec<Val<'a>>,
    strings: Vec<String>,
    lists: Vec<Vec<Val<'a>>>,
    urls: Vec<Url<'a>>,
    arns: Vec<Arn<'a>>,
}

type R<T> = Result<T, EndpointError>;

pub(crate) fn resolve<'a, I>(c: &'a Compiled, params: I) -> R<Endpoint>
where
    I: IntoIterator<Item = (&'a str, &'a Value)>,
{
    let mut ev = Eval {
        slots: vec![Val::None; c.slots],
        strings: Vec::new(),
        lists: Vec::new(),
        urls: Vec::new(),
        arns: Vec::new(),
    };
    for (name, value) in params {
        let Some(slot) = c.param_slot(name) else {
            continue;
        };
        let Some(def) = c.params.get(slot) else {
            continue;
        };
        if value.param_type() != def.ty {
            return Err(EndpointError::InvalidParam {
                name: def.name.clone(),
                message: format!(
                    "Value ({}) is the wrong type. Must be {}.",
                    def.name,
                    def.ty.name()
                ),
            });
        }
        ev.slots[slot] = ev.load(value);
    }
    for (i, def) in c.params.iter().enumerate() {
        if matches!(ev.slots[i], Val::None) {
            if let Some(d) = &def.default {
                ev.slots[i] = ev.load(d);
            } else if def.required {
                return Err(EndpointError::InvalidParam {
                    name: def.name.clone(),
                    message: format!("Cannot find value for required parameter {}", def.name),
                });
            }
        }
    }
    match ev.rules(&c.rules)? {
        Some(e) => Ok(e),
        None => Err(EndpointError::NoMatch),
    }
}

fn truthy(v: &Val<'_>) -> bool {
    !matches!(v, Val::None | Val::Bool(false))
}

impl<'a> Eval<'a> {
    fn load(&mut self, v: &'a Value) -> Val<'a> {
        match v {
            Value::String(s) => Val::Str(Str::B(s)),
            Value::Bool(b) => Val::Bool(*b),
            Value::StringArray(a) => self.list(a.iter().map(|s| Val::Str(Str::B(s))).collect()),
        }
    }

    fn text(&self, s: Str<'a>) -> &str {
        match s {
            Str::B(b) => b,
            Str::A { idx, start, end } => self
                .strings
                .get(idx)
                .and_then(|o| o.get(start..end))
                .unwrap_or(""),
        }
    }

    fn own(&mut self, s: String) -> Str<'a> {
        let end = s.len();
        self.strings.push(s);
        Str::A {
            idx: self.strings.len() - 1,
            start: 0,
            end,
        }
    }

    /// The byte range `r` of `s`.
    fn sub(&self, s: Str<'a>, r: Range<usize>) -> Str<'a> {
        match s {
            Str::B(b) => Str::B(b.get(r).unwrap_or("")),
            Str::A { idx, start, end } => {
                let (from, to) = (start + r.start, start + r.end);
                if to <= end {
                    Str::A {
                        idx,
                        start: from,
                        end: to,
                    }
                } else {
                    Str::B("")
                }
            }
        }
    }

    fn list(&mut self, items: Vec<Val<'a>>) -> Val<'a> {
        self.lists.push(items);
        Val::List(self.lists.len() - 1)
    }

    fn rules(&mut self, rules: &'a [Rule]) -> R<Option<Endpoint>> {
        for rule in rules {
            if let Some(e) = self.rule(rule)? {
                return Ok(Some(e));
            }
        }
        Ok(None)
    }

    fn rule(&mut self, rule: &'a Rule) -> R<Option<Endpoint>> {
        for cond in &rule.conditions {
            if !self.condition(cond)? {
                return Ok(None);
            }
        }
        match &rule.kind {
            RuleKind::Tree(rules) => self.rules(rules),
            RuleKind::Error(e) => Err(EndpointError::Rule(self.string(e, "error message")?)),
            RuleKind::Endpoint(e) => self.endpoint(e).map(Some),
        }
    }

    /// Evaluates a condition: false when the result is none or `false`.
    fn condition(&mut self, c: &'a Call) -> R<bool> {
        if c.assign.is_none() {
            match &c.func {
                Func::IsSetRef(slot) => return Ok(!matches!(self.slot(*slot), Val::None)),
                Func::BoolRefEq {
                    slot,
                    value,
                    ref_first,
                } => return self.bool_ref_eq(*slot, *value, *ref_first),
                _ => {}
            }
        }
        let v = self.call(c)?;
        Ok(truthy(&v))
    }

    fn bool_ref_eq(&self, slot: u16, value: bool, ref_first: bool) -> R<bool> {
        match self.slot(slot) {
            Val::Bool(b) => Ok(b == value),
            other => {
                let (a, b) = if ref_first {
                    (other.type_name(), "<class 'bool'>")
                } else {
                    ("<class 'bool'>", other.type_name())
                };
                Err(EndpointError::Eval(format!(
                    "Both arguments must be bools, not {a} and {b}."
                )))
            }
        }
    }

    fn endpoint(&mut self, e: &'a EndpointT) -> R<Endpoint> {
        let url = self.string(&e.url, "url")?;
        let mut headers = Vec::with_capacity(e.headers.len());
        for (name, values) in &e.headers {
            let mut out = Vec::with_capacity(values.len());
            for v in values {
                out.push(self.string(v, "header value")?);
            }
            headers.push((name.to_string(), out));
        }
        let mut properties = Vec::with_capacity(e.properties.len());
        for (k, p) in &e.properties {
            properties.push((k.clone(), self.prop(p)?));
        }
        Ok(Endpoint {
            url,
            headers,
            properties,
        })
    }

    /// Evaluates `e` to an owned string (url, header value, error message).
    fn string(&mut self, e: &'a Expr, what: &str) -> R<String> {
        if let Expr::Template(t) = e {
            let mut out = String::with_capacity(t.size_hint);
            self.render(t, &mut out)?;
            return Ok(out);
        }
        match self.expr(e)? {
            Val::Str(s) => Ok(self.text(s).to_string()),
            other => Err(EndpointError::Eval(format!(
                "{what} is a {}, not a string",
                other.type_name()
            ))),
        }
    }

    fn prop(&self, p: &'a Prop) -> R<Property> {
        Ok(match p {
            Prop::Str(s) => Property::String(s.clone()),
            Prop::Template(t) => {
                let mut out = String::with_capacity(t.size_hint);
                self.render(t, &mut out)?;
                Property::String(Arc::from(out))
            }
            Prop::Bool(b) => Property::Bool(*b),
            Prop::Number(n) => Property::Number(n.clone()),
            Prop::Null => Property::Null,
            Prop::Array(items) => {
                Property::Array(items.iter().map(|i| self.prop(i)).collect::<R<_>>()?)
            }
            Prop::Object(fields) => {
                let mut m = Vec::with_capacity(fields.len());
                for (k, v) in fields {
                    m.push((k.clone(), self.prop(v)?));
                }
                Property::Object(m)
            }
        })
    }

    fn render(&self, t: &Template, out: &mut String) -> R<()> {
        for part in &t.parts {
            match part {
                Part::Lit(s) => out.push_str(s),
                Part::Var(slot, path) => match self.get_attr(self.slot(*slot), path) {
                    Val::Str(s) => out.push_str(self.text(s)),
                    // botocore formats values with Python's str().
                    Val::Bool(true) => out.push_str("True"),
                    Val::Bool(false) => out.push_str("False"),
                    Val::Int(i) => out.push_str(&i.to_string()),
                    Val::None => out.push_str("None"),
                    other => {
                        return Err(EndpointError::Eval(format!(
                            "template variable is a {}, not a string",
                            other.type_name()
                        )))
                    }
                },
            }
        }
        Ok(())
    }

    fn slot(&self, slot: u16) -> Val<'a> {
        self.slots
            .get(usize::from(slot))
            .copied()
            .unwrap_or(Val::None)
    }

    fn expr(&mut self, e: &'a Expr) -> R<Val<'a>> {
        Ok(match e {
            Expr::Str(s) => Val::Str(Str::B(s)),
            Expr::Bool(b) => Val::Bool(*b),
            Expr::Int(i) => Val::Int(*i),
            Expr::Ref(slot) => self.slot(*slot),
            Expr::Call(c) => self.call(c)?,
            Expr::Template(t) => {
                // A template that is exactly one plain variable keeps the value's string as is.
                if let [Part::Var(slot, path)] = t.parts.as_slice() {
                    if path.keys.is_empty() && path.index.is_none() {
                        if let v @ Val::Str(_) = self.slot(*slot) {
                            return Ok(v);
                        }
                    }
                }
                let mut out = String::with_capacity(t.size_hint);
                self.render(t, &mut out)?;
                Val::Str(self.own(out))
            }
            Expr::Array(items) => {
                let mut out = Vec::with_capacity(items.len());
                for i in items {
                    out.push(self.expr(i)?);
                }
                self.list(out)
            }
        })
    }

    fn arg(&mut self, c: &'a Call, i: usize) -> R<Val<'a>> {
        match c.args.get(i) {
            Some(e) => self.expr(e),
            None => Ok(Val::None),
        }
    }

    fn call(&mut self, c: &'a Call) -> R<Val<'a>> {
        let v = self.apply(c)?;
        if let Some(slot) = c.assign {
            if let Some(s) = self.slots.get_mut(usize::from(slot)) {
                *s = v;
            }
        }
        Ok(v)
    }

    fn apply(&mut self, c: &'a Call) -> R<Val<'a>> {
        Ok(match &c.func {
            Func::IsSetRef(slot) => Val::Bool(!matches!(self.slot(*slot), Val::None)),
            Func::BoolRefEq {
                slot,
                value,
                ref_first,
            } => Val::Bool(self.bool_ref_eq(*slot, *value, *ref_first)?),
            Func::IsSet => Val::Bool(!matches!(self.arg(c, 0)?, Val::None)),
            Func::Not => {
                let v = self.arg(c, 0)?;
                Val::Bool(!self.python_truthy(v))
            }
            Func::GetAttr(path) => {
                let v = self.arg(c, 0)?;
                self.get_attr(v, path)
            }
            Func::StringEquals => {
                let (a, b) = (self.arg(c, 0)?, self.arg(c, 1)?);
                match (a, b) {
                    (Val::Str(x), Val::Str(y)) => Val::Bool(self.text(x) == self.text(y)),
                    _ => {
                        return Err(EndpointError::Eval(format!(
                            "Both values must be strings, not {} and {}.",
                            a.type_name(),
                            b.type_name()
                        )))
                    }
                }
            }
            Func::BooleanEquals => {
                let (a, b) = (self.arg(c, 0)?, self.arg(c, 1)?);
                match (a, b) {
                    (Val::Bool(x), Val::Bool(y)) => Val::Bool(x == y),
                    _ => {
                        return Err(EndpointError::Eval(format!(
                            "Both arguments must be bools, not {} and {}.",
                            a.type_name(),
                            b.type_name()
                        )))
                    }
                }
            }
            Func::Substring => {
                let s = self.arg(c, 0)?;
                let (start, stop, rev) = (self.arg(c, 1)?, self.arg(c, 2)?, self.arg(c, 3)?);
                let Val::Str(s) = s else {
                    return Err(EndpointError::Eval(format!(
                        "Input must be a string, not {}.",
                        s.type_name()
                    )));
                };
                let (Val::Int(start), Val::Int(stop)) = (start, stop) else {
                    return Err(EndpointError::Eval(
                        "substring indexes must be integers".to_string(),
                    ));
                };
                let rev = matches!(rev, Val::Bool(true));
                let (Ok(start), Ok(stop)) = (usize::try_from(start), usize::try_from(stop)) else {
                    return Ok(Val::None);
                };
                let text = self.text(s);
                match funcs::substring(text, start, stop, rev) {
                    Some(part) => {
                        let r = range_of(text, part);
                        Val::Str(self.sub(s, r))
                    }
                    None => Val::None,
                }
            }
            Func::UriEncode => match self.arg(c, 0)? {
                Val::Str(s) => {
                    let encoded = funcs::uri_encode(self.text(s));
                    Val::Str(self.own(encoded))
                }
                _ => Val::None,
            },
            Func::ParseUrl => match self.arg(c, 0)? {
                Val::Str(s) => match funcs::parse_url(self.text(s)) {
                    Some(u) => {
                        let normalized_path = self.own(u.normalized_path);
                        let url = Url {
                            scheme: u.scheme,
                            authority: self.sub(s, u.authority),
                            path: self.sub(s, u.path),
                            normalized_path,
                            is_ip: u.is_ip,
                        };
                        self.urls.push(url);
                        Val::Url(self.urls.len() - 1)
                    }
                    None => Val::None,
                },
                _ => Val::None,
            },
            Func::IsValidHostLabel => {
                let (v, sub) = (self.arg(c, 0)?, self.arg(c, 1)?);
                match v {
                    Val::Str(s) => Val::Bool(funcs::is_valid_host_label(
                        self.text(s),
                        matches!(sub, Val::Bool(true)),
                    )),
                    _ => Val::Bool(false),
                }
            }
            Func::IsVirtualHostableS3Bucket => {
                let (v, sub) = (self.arg(c, 0)?, self.arg(c, 1)?);
                match v {
                    Val::Str(s) => Val::Bool(funcs::is_virtual_hostable_s3_bucket(
                        self.text(s),
                        matches!(sub, Val::Bool(true)),
                    )),
                    _ => Val::Bool(false),
                }
            }
            Func::Partition => {
                let region = match self.arg(c, 0)? {
                    Val::Str(s) => Some(self.text(s)),
                    _ => None,
                };
                Val::Partition(partition::lookup(region)?)
            }
            Func::ParseArn => match self.arg(c, 0)? {
                Val::Str(s) => match funcs::parse_arn(self.text(s)) {
                    Some(a) => {
                        let ids = a
                            .resource_id
                            .into_iter()
                            .map(|r| Val::Str(self.sub(s, r)))
                            .collect();
                        let resource_id = match self.list(ids) {
                            Val::List(i) => i,
                            _ => 0,
                        };
                        let arn = Arn {
                            partition: self.sub(s, a.partition),
                            service: self.sub(s, a.service),
                            region: self.sub(s, a.region),
                            account_id: self.sub(s, a.account_id),
                            resource_id,
                        };
                        self.arns.push(arn);
                        Val::Arn(self.arns.len() - 1)
                    }
                    None => Val::None,
                },
                _ => Val::None,
            },
            Func::Coalesce => {
                for i in 0..c.args.len() {
                    let v = self.arg(c, i)?;
                    if !matches!(v, Val::None) {
                        return Ok(v);
                    }
                }
                Val::None
            }
            Func::Ite => match self.arg(c, 0)? {
                Val::Bool(true) => self.arg(c, 1)?,
                Val::Bool(false) => self.arg(c, 2)?,
                other => {
                    return Err(EndpointError::Eval(format!(
                        "ite condition must be a bool, not {}",
                        other.type_name()
                    )))
                }
            },
            Func::Split => {
                let (s, d, l) = (self.arg(c, 0)?, self.arg(c, 1)?, self.arg(c, 2)?);
                match (s, d, l) {
                    (Val::Str(s), Val::Str(d), Val::Int(l)) => {
                        let text = self.text(s);
                        let ranges: Vec<Range<usize>> = funcs::split(text, self.text(d), l)
                            .ok_or_else(|| {
                                EndpointError::Eval("split delimiter must not be empty".to_string())
                            })?
                            .into_iter()
                            .map(|p| range_of(text, p))
                            .collect();
                        let items = ranges
                            .into_iter()
                            .map(|r| Val::Str(self.sub(s, r)))
                            .collect();
                        self.list(items)
                    }
                    _ => {
                        return Err(EndpointError::Eval(
                            "split takes a string, a string and an integer".to_string(),
                        ))
                    }
                }
            }
        })
    }

    /// Python truthiness, which botocore's `not` uses.
    fn python_truthy(&self, v: Val<'a>) -> bool {
        match v {
            Val::None => false,
            Val::Bool(b) => b,
            Val::Int(i) => i != 0,
            Val::Str(s) => !self.text(s).is_empty(),
            Val::List(l) => self.lists.get(l).is_some_and(|l| !l.is_empty()),
            Val::Partition(_) | Val::Url(_) | Val::Arn(_) => true,
        }
    }

    fn field(&self, v: Val<'a>, key: &str) -> Val<'a> {
        match v {
            Val::Partition(p) => {
                if key == "name" {
                    return Val::Str(Str::B(&p.id));
                }
                match p.outputs.iter().find(|(k, _)| k == key) {
                    Some((_, PartitionValue::Str(s))) => Val::Str(Str::B(s)),
                    Some((_, PartitionValue::Bool(b))) => Val::Bool(*b),
                    None => Val::None,
                }
            }
            Val::Url(i) => match (self.urls.get(i), key) {
                (Some(u), "scheme") => Val::Str(Str::B(u.scheme)),
                (Some(u), "authority") => Val::Str(u.authority),
                (Some(u), "path") => Val::Str(u.path),
                (Some(u), "normalizedPath") => Val::Str(u.normalized_path),
                (Some(u), "isIp") => Val::Bool(u.is_ip),
                _ => Val::None,
            },
            Val::Arn(i) => match (self.arns.get(i), key) {
                (Some(a), "partition") => Val::Str(a.partition),
                (Some(a), "service") => Val::Str(a.service),
                (Some(a), "region") => Val::Str(a.region),
                (Some(a), "accountId") => Val::Str(a.account_id),
                (Some(a), "resourceId") => Val::List(a.resource_id),
                _ => Val::None,
            },
            _ => Val::None,
        }
    }

    /// botocore's `getAttr`: walk the keys; an index ends the path (out of range → none).
    fn get_attr(&self, v: Val<'a>, path: &AttrPath) -> Val<'a> {
        let mut cur = v;
        for k in &path.keys {
            cur = self.field(cur, k);
        }
        match path.index {
            None => cur,
            Some(i) => match cur {
                Val::List(l) => self
                    .lists
                    .get(l)
                    .and_then(|l| l.get(i))
                    .copied()
                    .unwrap_or(Val::None),
                _ => Val::None,
            },
        }
    }
}

/// The byte range of `part` within `whole` (`part` is a sub-slice of `whole`).
fn range_of(whole: &str, part: &str) -> Range<usize> {
    let start = (part.as_ptr() as usize).wrapping_sub(whole.as_ptr() as usize);
    if start > whole.len() || whole.len() - start < part.len() {
        return 0..0;
    }
    start..start + part.len()
}

//! The interpreter: walks the compiled tree over an array of slot values.

use std::rc::Rc;

use super::funcs::{self, ArnParts, UrlParts};
use super::parse::{
    AttrPath, Call, Compiled, EndpointT, Expr, Func, Part, Prop, Rule, RuleKind, Template,
};
use super::partition::{self, Partition, PartitionValue};
use super::{Endpoint, EndpointError, Property, Value};
use std::sync::Arc;

/// A string during evaluation: borrowed from the parameters, the rule set or the partition
/// table, or computed.
#[derive(Clone, Debug)]
pub(crate) enum Str<'a> {
    B(&'a str),
    O(Rc<str>),
}

impl Str<'_> {
    fn as_str(&self) -> &str {
        match self {
            Str::B(s) => s,
            Str::O(s) => s,
        }
    }
}

/// A value during evaluation.
#[derive(Clone, Debug)]
pub(crate) enum Val<'a> {
    None,
    Bool(bool),
    Int(i64),
    Str(Str<'a>),
    List(Rc<Vec<Val<'a>>>),
    Partition(&'static Partition),
    Url(Rc<UrlParts>),
    Arn(Rc<ArnParts>),
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

fn rc(s: &str) -> Val<'static> {
    Val::Str(Str::O(Rc::from(s)))
}

struct Eval<'a> {
    slots: Vec<Val<'a>>,
}

type R<T> = Result<T, EndpointError>;

pub(crate) fn resolve<'a, I>(c: &'a Compiled, params: I) -> R<Endpoint>
where
    I: IntoIterator<Item = (&'a str, &'a Value)>,
{
    let mut ev = Eval {
        slots: vec![Val::None; c.slots],
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
        ev.slots[slot] = load(value);
    }
    for (i, def) in c.params.iter().enumerate() {
        if matches!(ev.slots[i], Val::None) {
            if let Some(d) = &def.default {
                ev.slots[i] = load(d);
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

fn load(v: &Value) -> Val<'_> {
    match v {
        Value::String(s) => Val::Str(Str::B(s)),
        Value::Bool(b) => Val::Bool(*b),
        Value::StringArray(a) => {
            Val::List(Rc::new(a.iter().map(|s| Val::Str(Str::B(s))).collect()))
        }
    }
}

fn truthy(v: &Val<'_>) -> bool {
    !matches!(v, Val::None | Val::Bool(false))
}

impl<'a> Eval<'a> {
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
            RuleKind::Error(e) => {
                let msg = match self.expr(e)? {
                    Val::Str(s) => s.as_str().to_string(),
                    other => {
                        return Err(EndpointError::Eval(format!(
                            "error message is a {}",
                            other.type_name()
                        )))
                    }
                };
                Err(EndpointError::Rule(msg))
            }
            RuleKind::Endpoint(e) => self.endpoint(e).map(Some),
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

    fn string(&mut self, e: &'a Expr, what: &str) -> R<String> {
        if let Expr::Template(t) = e {
            let mut out = String::with_capacity(t.size_hint);
            self.render(t, &mut out)?;
            return Ok(out);
        }
        match self.expr(e)? {
            Val::Str(s) => Ok(s.as_str().to_string()),
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
                Part::Var(slot, path) => {
                    let base = self.slot(*slot);
                    let v = if path.keys.is_empty() && path.index.is_none() {
                        base.clone()
                    } else {
                        get_attr(base, path)
                    };
                    match v {
                        Val::Str(s) => out.push_str(s.as_str()),
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
                    }
                }
            }
        }
        Ok(())
    }

    fn slot(&self, slot: u16) -> &Val<'a> {
        self.slots.get(usize::from(slot)).unwrap_or(&Val::None)
    }

    fn expr(&mut self, e: &'a Expr) -> R<Val<'a>> {
        Ok(match e {
            Expr::Str(s) => Val::Str(Str::B(s)),
            Expr::Bool(b) => Val::Bool(*b),
            Expr::Int(i) => Val::Int(*i),
            Expr::Ref(slot) => self.slot(*slot).clone(),
            Expr::Call(c) => self.call(c)?,
            Expr::Template(t) => {
                // A template that is exactly one plain variable keeps the value's string as is.
                if let [Part::Var(slot, path)] = t.parts.as_slice() {
                    if path.keys.is_empty() && path.index.is_none() {
                        if let v @ Val::Str(_) = self.slot(*slot) {
                            return Ok(v.clone());
                        }
                    }
                }
                let mut out = String::with_capacity(t.size_hint);
                self.render(t, &mut out)?;
                Val::Str(Str::O(Rc::from(out)))
            }
            Expr::Array(items) => {
                let mut out = Vec::with_capacity(items.len());
                for i in items {
                    out.push(self.expr(i)?);
                }
                Val::List(Rc::new(out))
            }
        })
    }

    fn arg(&mut self, c: &'a Call, i: usize) -> R<Val<'a>> {
        match c.args.get(i) {
            Some(e) => self.expr(e),
            None => Ok(Val::None),
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
            Val::Bool(b) => Ok(*b == value),
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

    fn call(&mut self, c: &'a Call) -> R<Val<'a>> {
        let v = self.apply(c)?;
        if let Some(slot) = c.assign {
            if let Some(s) = self.slots.get_mut(usize::from(slot)) {
                *s = v.clone();
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
            Func::Not => Val::Bool(!python_truthy(&self.arg(c, 0)?)),
            Func::GetAttr(path) => {
                // Fast path: getAttr on a reference does not clone the referenced value.
                if let Some(Expr::Ref(slot)) = c.args.first() {
                    get_attr(self.slot(*slot), path)
                } else {
                    let v = self.arg(c, 0)?;
                    get_attr(&v, path)
                }
            }
            Func::StringEquals => {
                let (a, b) = (self.arg(c, 0)?, self.arg(c, 1)?);
                match (&a, &b) {
                    (Val::Str(x), Val::Str(y)) => Val::Bool(x.as_str() == y.as_str()),
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
                match (&a, &b) {
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
                match s {
                    Str::B(b) => funcs::substring(b, start, stop, rev)
                        .map_or(Val::None, |x| Val::Str(Str::B(x))),
                    Str::O(o) => funcs::substring(&o, start, stop, rev).map_or(Val::None, rc),
                }
            }
            Func::UriEncode => match self.arg(c, 0)? {
                Val::Str(s) => Val::Str(Str::O(Rc::from(funcs::uri_encode(s.as_str())))),
                _ => Val::None,
            },
            Func::ParseUrl => match self.arg(c, 0)? {
                Val::Str(s) => {
                    funcs::parse_url(s.as_str()).map_or(Val::None, |u| Val::Url(Rc::new(u)))
                }
                _ => Val::None,
            },
            Func::IsValidHostLabel => {
                let (v, sub) = (self.arg(c, 0)?, self.arg(c, 1)?);
                match v {
                    Val::Str(s) => Val::Bool(funcs::is_valid_host_label(
                        s.as_str(),
                        matches!(sub, Val::Bool(true)),
                    )),
                    _ => Val::Bool(false),
                }
            }
            Func::IsVirtualHostableS3Bucket => {
                let (v, sub) = (self.arg(c, 0)?, self.arg(c, 1)?);
                match v {
                    Val::Str(s) => Val::Bool(funcs::is_virtual_hostable_s3_bucket(
                        s.as_str(),
                        matches!(sub, Val::Bool(true)),
                    )),
                    _ => Val::Bool(false),
                }
            }
            Func::Partition => {
                let v = self.arg(c, 0)?;
                let region = match &v {
                    Val::Str(s) => Some(s.as_str()),
                    _ => None,
                };
                Val::Partition(partition::lookup(region)?)
            }
            Func::ParseArn => match self.arg(c, 0)? {
                Val::Str(s) => {
                    funcs::parse_arn(s.as_str()).map_or(Val::None, |a| Val::Arn(Rc::new(a)))
                }
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
                        let parts = funcs::split(s.as_str(), d.as_str(), l).ok_or_else(|| {
                            EndpointError::Eval("split delimiter must not be empty".to_string())
                        })?;
                        Val::List(Rc::new(parts.into_iter().map(rc).collect()))
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
}

/// Python truthiness, which botocore's `not` uses.
fn python_truthy(v: &Val<'_>) -> bool {
    match v {
        Val::None => false,
        Val::Bool(b) => *b,
        Val::Int(i) => *i != 0,
        Val::Str(s) => !s.as_str().is_empty(),
        Val::List(l) => !l.is_empty(),
        Val::Partition(_) | Val::Url(_) | Val::Arn(_) => true,
    }
}

fn field<'a>(v: &Val<'a>, key: &str) -> Val<'a> {
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
        Val::Url(u) => match key {
            "scheme" => Val::Str(Str::O(u.scheme.clone())),
            "authority" => Val::Str(Str::O(u.authority.clone())),
            "path" => Val::Str(Str::O(u.path.clone())),
            "normalizedPath" => Val::Str(Str::O(u.normalized_path.clone())),
            "isIp" => Val::Bool(u.is_ip),
            _ => Val::None,
        },
        Val::Arn(a) => match key {
            "partition" => Val::Str(Str::O(a.partition.clone())),
            "service" => Val::Str(Str::O(a.service.clone())),
            "region" => Val::Str(Str::O(a.region.clone())),
            "accountId" => Val::Str(Str::O(a.account_id.clone())),
            "resourceId" => Val::List(Rc::new(
                a.resource_id
                    .iter()
                    .map(|s| Val::Str(Str::O(s.clone())))
                    .collect(),
            )),
            _ => Val::None,
        },
        _ => Val::None,
    }
}

/// botocore's `getAttr`: walk the keys; an index ends the path (out of range → none).
pub(crate) fn get_attr<'a>(v: &Val<'a>, path: &AttrPath) -> Val<'a> {
    let mut keys = path.keys.iter();
    let mut cur = match keys.next() {
        None => v.clone(),
        Some(k) => {
            // Index straight into an ARN's resource id without materializing the list.
            if let (Val::Arn(a), Some(i), true) = (
                v,
                path.index,
                k.as_ref() == "resourceId" && path.keys.len() == 1,
            ) {
                return a
                    .resource_id
                    .get(i)
                    .map_or(Val::None, |s| Val::Str(Str::O(s.clone())));
            }
            field(v, k)
        }
    };
    for k in keys {
        cur = field(&cur, k);
    }
    match path.index {
        None => cur,
        Some(i) => match cur {
            Val::List(l) => l.get(i).cloned().unwrap_or(Val::None),
            _ => Val::None,
        },
    }
}

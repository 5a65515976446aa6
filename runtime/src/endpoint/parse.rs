//! Rule set JSON → compact typed tree, with names resolved to slots.

use std::collections::HashMap;
use std::sync::Arc;

use serde_json::Value as Json;

use super::{EndpointError, Value};

/// A slot index: parameters first (in document order), then assigned variables.
pub(crate) type Slot = u16;

/// The type of a rule-set parameter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamType {
    /// `string`
    String,
    /// `boolean`
    Boolean,
    /// `stringArray`
    StringArray,
}

impl ParamType {
    pub(crate) fn name(self) -> &'static str {
        match self {
            ParamType::String => "string",
            ParamType::Boolean => "boolean",
            ParamType::StringArray => "stringArray",
        }
    }
}

/// A parameter a rule set declares.
#[derive(Clone, Debug, PartialEq)]
pub struct Parameter {
    /// Parameter name, e.g. `Region`.
    pub name: String,
    /// Its type.
    pub ty: ParamType,
    /// The built-in it is bound to (`AWS::Region`, `AWS::UseFIPS`, `SDK::Endpoint`, …), if any.
    pub built_in: Option<String>,
    /// The default value, if any.
    pub default: Option<Value>,
    /// Whether resolution fails when the parameter has no value (and no default).
    pub required: bool,
    /// The parameter's documentation.
    pub documentation: Option<String>,
    /// Whether the parameter is marked deprecated.
    pub deprecated: bool,
}

/// The compiled rule set.
#[derive(Debug)]
pub(crate) struct Compiled {
    pub version: String,
    pub params: Vec<Parameter>,
    /// Parameter names sorted, with their slot, for lookup by name.
    pub param_index: Vec<(Box<str>, Slot)>,
    /// Total number of slots (parameters + distinct assigned variable names).
    pub slots: usize,
    pub rules: Vec<Rule>,
}

impl Compiled {
    pub fn param_slot(&self, name: &str) -> Option<usize> {
        self.param_index
            .binary_search_by(|(n, _)| by_len_then_bytes(n, name))
            .ok()
            .and_then(|i| self.param_index.get(i))
            .map(|(_, s)| usize::from(*s))
    }
}

/// Orders names by length first, so that most comparisons during lookup need no `memcmp`.
fn by_len_then_bytes(a: &str, b: &str) -> std::cmp::Ordering {
    a.len().cmp(&b.len()).then_with(|| a.cmp(b))
}

#[derive(Debug)]
pub(crate) struct Rule {
    pub conditions: Vec<Call>,
    pub kind: RuleKind,
}

#[derive(Debug)]
pub(crate) enum RuleKind {
    Endpoint(Box<EndpointT>),
    Error(Expr),
    Tree(Vec<Rule>),
}

#[derive(Debug)]
pub(crate) struct EndpointT {
    pub url: Expr,
    pub headers: Vec<(Box<str>, Vec<Expr>)>,
    pub properties: Vec<(Arc<str>, Prop)>,
}

/// A property value: JSON whose strings may be templates.
#[derive(Debug)]
pub(crate) enum Prop {
    Str(Arc<str>),
    Template(Template),
    Bool(bool),
    Number(serde_json::Number),
    Null,
    Array(Vec<Prop>),
    Object(Vec<(Arc<str>, Prop)>),
}

#[derive(Debug)]
pub(crate) enum Expr {
    Str(Box<str>),
    Bool(bool),
    Int(i64),
    Array(Vec<Expr>),
    Template(Template),
    Ref(Slot),
    Call(Box<Call>),
}

#[derive(Debug)]
pub(crate) struct Call {
    pub func: Func,
    pub args: Vec<Expr>,
    pub assign: Option<Slot>,
}

#[derive(Debug)]
pub(crate) enum Func {
    IsSet,
    Not,
    GetAttr(AttrPath),
    StringEquals,
    BooleanEquals,
    Substring,
    UriEncode,
    ParseUrl,
    IsValidHostLabel,
    Partition,
    ParseArn,
    IsVirtualHostableS3Bucket,
    Coalesce,
    Ite,
    Split,
    /// `isSet({"ref": slot})`, the most common condition, without building values.
    IsSetRef(Slot),
    /// `booleanEquals({"ref": slot}, value)` (or the arguments swapped: `ref_first` false).
    BoolRefEq {
        slot: Slot,
        value: bool,
        ref_first: bool,
    },
}

/// A `getAttr` path: keys, ending at the first index (as botocore does).
#[derive(Debug, Default)]
pub(crate) struct AttrPath {
    pub keys: Vec<Box<str>>,
    pub index: Option<usize>,
}

#[derive(Debug)]
pub(crate) struct Template {
    pub parts: Vec<Part>,
    /// A capacity guess for the rendered string.
    pub size_hint: usize,
}

#[derive(Debug)]
pub(crate) enum Part {
    Lit(Box<str>),
    Var(Slot, AttrPath),
}

/// Parses a `getAttr` path such as `resourceId[2]`, `a.b`, `[0]`. Like botocore, the first
/// part carrying an index ends the path.
pub(crate) fn parse_attr_path(path: &str) -> Option<AttrPath> {
    let mut out = AttrPath::default();
    for part in path.split('.') {
        if let Some(open) = part.find('[') {
            let name = &part[..open];
            let rest = &part[open + 1..];
            let close = rest.find(']')?;
            let index = rest[..close].parse::<usize>().ok()?;
            if !rest[..close].bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            if !name.is_empty() {
                out.keys.push(name.into());
            }
            out.index = Some(index);
            return Some(out);
        }
        if part.is_empty() {
            return None;
        }
        out.keys.push(part.into());
    }
    Some(out)
}

/// Whether botocore treats `s` as a template: it contains `{` + one or more of `[a-zA-Z#]` + `}`.
fn is_template(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'{' {
            let mut j = i + 1;
            while j < b.len() && (b[j].is_ascii_alphabetic() || b[j] == b'#') {
                j += 1;
            }
            if j > i + 1 && j < b.len() && b[j] == b'}' {
                return true;
            }
        }
        i += 1;
    }
    false
}

struct Compiler {
    /// name → slot, for every name ever seen (params + assigned variables).
    slots: HashMap<String, Slot>,
    /// Names in scope at the current point (a stack; truncated when leaving a rule).
    scope: Vec<Slot>,
}

fn obj<'j>(v: &'j Json, path: &str) -> Result<&'j serde_json::Map<String, Json>, EndpointError> {
    v.as_object()
        .ok_or_else(|| EndpointError::parse(path, "expected an object"))
}

fn arr<'j>(v: &'j Json, path: &str) -> Result<&'j Vec<Json>, EndpointError> {
    v.as_array()
        .ok_or_else(|| EndpointError::parse(path, "expected an array"))
}

fn string<'j>(v: &'j Json, path: &str) -> Result<&'j str, EndpointError> {
    v.as_str()
        .ok_or_else(|| EndpointError::parse(path, "expected a string"))
}

fn key_path(base: &str, key: &str) -> String {
    if key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
        format!("{base}.{key}")
    } else {
        format!("{base}[{key:?}]")
    }
}

impl Compiler {
    fn in_scope(&self, name: &str) -> Option<Slot> {
        let slot = *self.slots.get(name)?;
        self.scope.contains(&slot).then_some(slot)
    }

    fn lookup(&self, name: &str, path: &str) -> Result<Slot, EndpointError> {
        self.in_scope(name).ok_or_else(|| {
            EndpointError::parse(
                path,
                format!(
                    "`{name}` is neither a parameter nor a variable assigned before this point"
                ),
            )
        })
    }

    fn assign(&mut self, name: &str, path: &str) -> Result<Slot, EndpointError> {
        if self.in_scope(name).is_some() {
            return Err(EndpointError::parse(
                path,
                format!("`{name}` is already in scope and cannot be assigned again"),
            ));
        }
        let next = self.slots.len();
        let slot = match self.slots.get(name) {
            Some(s) => *s,
            None => {
                let s = Slot::try_from(next)
                    .map_err(|_| EndpointError::parse(path, "too many variables"))?;
                self.slots.insert(name.to_string(), s);
                s
            }
        };
        self.scope.push(slot);
        Ok(slot)
    }

    fn template(&self, s: &str, path: &str) -> Result<Template, EndpointError> {
        let mut parts = Vec::new();
        let mut lit = String::new();
        let mut chars = s.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            match c {
                '{' if chars.peek().map(|p| p.1) == Some('{') => {
                    chars.next();
                    lit.push('{');
                }
                '}' if chars.peek().map(|p| p.1) == Some('}') => {
                    chars.next();
                    lit.push('}');
                }
                '}' => {
                    return Err(EndpointError::parse(
                        path,
                        format!("single `}}` in template {s:?}"),
                    ))
                }
                '{' => {
                    let rest = &s[i + 1..];
                    let end = rest.find('}').ok_or_else(|| {
                        EndpointError::parse(path, format!("unclosed `{{` in template {s:?}"))
                    })?;
                    let field = &rest[..end];
                    for _ in 0..field.chars().count() + 1 {
                        chars.next();
                    }
                    let mut pieces = field.split('#');
                    let name = pieces.next().unwrap_or_default();
                    let slot = self.lookup(name, path)?;
                    let attr: Vec<&str> = pieces.collect();
                    let attr = if attr.is_empty() {
                        AttrPath::default()
                    } else {
                        parse_attr_path(&attr.join(".")).ok_or_else(|| {
                            EndpointError::parse(
                                path,
                                format!("invalid attribute in template field {{{field}}}"),
                            )
                        })?
                    };
                    if !lit.is_empty() {
                        parts.push(Part::Lit(std::mem::take(&mut lit).into()));
                    }
                    parts.push(Part::Var(slot, attr));
                }
                c => lit.push(c),
            }
        }
        if !lit.is_empty() {
            parts.push(Part::Lit(lit.into()));
        }
        let size_hint = parts
            .iter()
            .map(|p| if let Part::Lit(l) = p { l.len() } else { 16 })
            .sum();
        Ok(Template { parts, size_hint })
    }

    fn string_expr(&self, s: &str, path: &str) -> Result<Expr, EndpointError> {
        if is_template(s) {
            Ok(Expr::Template(self.template(s, path)?))
        } else {
            Ok(Expr::Str(s.into()))
        }
    }

    fn expr(&mut self, v: &Json, path: &str) -> Result<Expr, EndpointError> {
        match v {
            Json::String(s) => self.string_expr(s, path),
            Json::Bool(b) => Ok(Expr::Bool(*b)),
            Json::Number(n) => n
                .as_i64()
                .map(Expr::Int)
                .ok_or_else(|| EndpointError::parse(path, "only integer numbers are supported")),
            Json::Array(items) => {
                let mut out = Vec::with_capacity(items.len());
                for (i, item) in items.iter().enumerate() {
                    out.push(self.expr(item, &format!("{path}[{i}]"))?);
                }
                Ok(Expr::Array(out))
            }
            Json::Object(o) => {
                if o.contains_key("fn") {
                    Ok(Expr::Call(Box::new(self.call(v, path)?)))
                } else if let Some(r) = o.get("ref") {
                    let p = format!("{path}.ref");
                    let name = string(r, &p)?;
                    Ok(Expr::Ref(self.lookup(name, &p)?))
                } else {
                    Err(EndpointError::parse(
                        path,
                        "expected a function call (`fn`) or a reference (`ref`)",
                    ))
                }
            }
            Json::Null => Err(EndpointError::parse(path, "null is not a valid expression")),
        }
    }

    fn call(&mut self, v: &Json, path: &str) -> Result<Call, EndpointError> {
        let o = obj(v, path)?;
        let fn_path = format!("{path}.fn");
        let name = string(
            o.get("fn")
                .ok_or_else(|| EndpointError::parse(path, "missing `fn`"))?,
            &fn_path,
        )?;
        let argv_path = format!("{path}.argv");
        let argv = arr(
            o.get("argv")
                .ok_or_else(|| EndpointError::parse(path, "missing `argv`"))?,
            &argv_path,
        )?;
        let (func, arity): (Func, Option<usize>) = match name {
            "isSet" => (Func::IsSet, Some(1)),
            "not" => (Func::Not, Some(1)),
            "getAttr" => {
                let p = format!("{argv_path}[1]");
                let attr = argv
                    .get(1)
                    .ok_or_else(|| EndpointError::parse(&argv_path, "getAttr takes 2 arguments"))?;
                let attr = string(attr, &p)?;
                let parsed = parse_attr_path(attr).ok_or_else(|| {
                    EndpointError::parse(&p, format!("invalid getAttr path {attr:?}"))
                })?;
                (Func::GetAttr(parsed), Some(2))
            }
            "stringEquals" => (Func::StringEquals, Some(2)),
            "booleanEquals" => (Func::BooleanEquals, Some(2)),
            "substring" => (Func::Substring, Some(4)),
            "uriEncode" => (Func::UriEncode, Some(1)),
            "parseURL" => (Func::ParseUrl, Some(1)),
            "isValidHostLabel" => (Func::IsValidHostLabel, Some(2)),
            "aws.partition" => (Func::Partition, Some(1)),
            "aws.parseArn" => (Func::ParseArn, Some(1)),
            "aws.isVirtualHostableS3Bucket" => (Func::IsVirtualHostableS3Bucket, Some(2)),
            "coalesce" => (Func::Coalesce, None),
            "ite" => (Func::Ite, Some(3)),
            "split" => (Func::Split, Some(3)),
            other => {
                return Err(EndpointError::parse(
                    &fn_path,
                    format!("unknown function {other:?}"),
                ))
            }
        };
        match arity {
            Some(n) if argv.len() != n => {
                return Err(EndpointError::parse(
                    &argv_path,
                    format!("{name} takes {n} arguments, got {}", argv.len()),
                ))
            }
            None if argv.is_empty() => {
                return Err(EndpointError::parse(
                    &argv_path,
                    format!("{name} takes arguments"),
                ))
            }
            _ => {}
        }
        let mut args = Vec::with_capacity(argv.len());
        for (i, a) in argv.iter().enumerate() {
            if matches!(func, Func::GetAttr(_)) && i == 1 {
                continue;
            }
            args.push(self.expr(a, &format!("{argv_path}[{i}]"))?);
        }
        let assign = match o.get("assign") {
            None => None,
            Some(a) => {
                let p = format!("{path}.assign");
                Some(self.assign(string(a, &p)?, &p)?)
            }
        };
        Ok(specialize(Call { func, args, assign }))
    }

    fn prop(&self, v: &Json, path: &str) -> Result<Prop, EndpointError> {
        Ok(match v {
            Json::String(s) if is_template(s) => Prop::Template(self.template(s, path)?),
            Json::String(s) => Prop::Str(s.as_str().into()),
            Json::Bool(b) => Prop::Bool(*b),
            Json::Number(n) => Prop::Number(n.clone()),
            Json::Null => Prop::Null,
            Json::Array(a) => {
                let mut out = Vec::with_capacity(a.len());
                for (i, item) in a.iter().enumerate() {
                    out.push(self.prop(item, &format!("{path}[{i}]"))?);
                }
                Prop::Array(out)
            }
            Json::Object(o) => {
                let mut out = Vec::with_capacity(o.len());
                for (k, item) in o {
                    out.push((k.as_str().into(), self.prop(item, &key_path(path, k))?));
                }
                Prop::Object(out)
            }
        })
    }

    fn rules(&mut self, v: &Json, path: &str) -> Result<Vec<Rule>, EndpointError> {
        let list = arr(v, path)?;
        let mut out = Vec::with_capacity(list.len());
        for (i, r) in list.iter().enumerate() {
            let depth = self.scope.len();
            let rule = self.rule(r, &format!("{path}[{i}]"));
            self.scope.truncate(depth);
            out.push(rule?);
        }
        Ok(out)
    }

    fn rule(&mut self, v: &Json, path: &str) -> Result<Rule, EndpointError> {
        let o = obj(v, path)?;
        let cpath = format!("{path}.conditions");
        let mut conditions = Vec::new();
        if let Some(c) = o.get("conditions") {
            for (i, cond) in arr(c, &cpath)?.iter().enumerate() {
                conditions.push(self.call(cond, &format!("{cpath}[{i}]"))?);
            }
        }
        let tpath = format!("{path}.type");
        let ty = string(
            o.get("type")
                .ok_or_else(|| EndpointError::parse(path, "missing `type`"))?,
            &tpath,
        )?;
        let kind = match ty {
            "endpoint" => {
                let epath = format!("{path}.endpoint");
                let e = obj(
                    o.get("endpoint")
                        .ok_or_else(|| EndpointError::parse(path, "missing `endpoint`"))?,
                    &epath,
                )?;
                let upath = format!("{epath}.url");
                let url = self.expr(
                    e.get("url")
                        .ok_or_else(|| EndpointError::parse(&epath, "missing `url`"))?,
                    &upath,
                )?;
                let mut headers = Vec::new();
                if let Some(h) = e.get("headers") {
                    let hpath = format!("{epath}.headers");
                    for (name, values) in obj(h, &hpath)? {
                        let vpath = key_path(&hpath, name);
                        let mut exprs = Vec::new();
                        for (i, item) in arr(values, &vpath)?.iter().enumerate() {
                            exprs.push(self.expr(item, &format!("{vpath}[{i}]"))?);
                        }
                        headers.push((name.as_str().into(), exprs));
                    }
                }
                let mut properties = Vec::new();
                if let Some(p) = e.get("properties") {
                    let ppath = format!("{epath}.properties");
                    for (k, item) in obj(p, &ppath)? {
                        properties
                            .push((k.as_str().into(), self.prop(item, &key_path(&ppath, k))?));
                    }
                }
                RuleKind::Endpoint(Box::new(EndpointT {
                    url,
                    headers,
                    properties,
                }))
            }
            "error" => {
                let e = o
                    .get("error")
                    .ok_or_else(|| EndpointError::parse(path, "missing `error`"))?;
                RuleKind::Error(self.expr(e, &format!("{path}.error"))?)
            }
            "tree" => {
                let rpath = format!("{path}.rules");
                let r = o
                    .get("rules")
                    .ok_or_else(|| EndpointError::parse(path, "missing `rules`"))?;
                RuleKind::Tree(self.rules(r, &rpath)?)
            }
            other => {
                return Err(EndpointError::parse(
                    &tpath,
                    format!(
                    "unknown rule type {other:?}; a rule must be of type tree, endpoint or error"
                ),
                ))
            }
        };
        Ok(Rule { conditions, kind })
    }
}

/// Rewrites the most frequent call shapes into dedicated variants.
fn specialize(c: Call) -> Call {
    let func = match (&c.func, c.args.as_slice()) {
        (Func::IsSet, [Expr::Ref(slot)]) => Func::IsSetRef(*slot),
        (Func::BooleanEquals, [Expr::Ref(slot), Expr::Bool(value)]) => Func::BoolRefEq {
            slot: *slot,
            value: *value,
            ref_first: true,
        },
        (Func::BooleanEquals, [Expr::Bool(value), Expr::Ref(slot)]) => Func::BoolRefEq {
            slot: *slot,
            value: *value,
            ref_first: false,
        },
        _ => return c,
    };
    Call {
        func,
        args: Vec::new(),
        assign: c.assign,
    }
}

fn param_value(ty: ParamType, v: &Json, path: &str) -> Result<Value, EndpointError> {
    match (ty, v) {
        (ParamType::String, Json::String(s)) => Ok(Value::String(s.clone())),
        (ParamType::Boolean, Json::Bool(b)) => Ok(Value::Bool(*b)),
        (ParamType::StringArray, Json::Array(a)) => {
            let mut out = Vec::with_capacity(a.len());
            for (i, s) in a.iter().enumerate() {
                out.push(string(s, &format!("{path}[{i}]"))?.to_string());
            }
            Ok(Value::StringArray(out))
        }
        _ => Err(EndpointError::parse(
            path,
            format!("default does not have the parameter's type {}", ty.name()),
        )),
    }
}

pub(crate) fn compile(json: &str) -> Result<Compiled, EndpointError> {
    let doc: Json = serde_json::from_str(json)
        .map_err(|e| EndpointError::parse("$", format!("invalid JSON: {e}")))?;
    let root = obj(&doc, "$")?;
    let version = match root.get("version") {
        Some(v) => string(v, "$.version")?.to_string(),
        None => return Err(EndpointError::parse("$", "missing `version`")),
    };
    let mut c = Compiler {
        slots: HashMap::new(),
        scope: Vec::new(),
    };
    let mut params = Vec::new();
    if let Some(p) = root.get("parameters") {
        for (name, spec) in obj(p, "$.parameters")? {
            let path = key_path("$.parameters", name);
            let s = obj(spec, &path)?;
            let tpath = format!("{path}.type");
            let ty = string(
                s.get("type")
                    .ok_or_else(|| EndpointError::parse(&path, "missing `type`"))?,
                &tpath,
            )?;
            let ty = match ty.to_ascii_lowercase().as_str() {
                "string" => ParamType::String,
                "boolean" => ParamType::Boolean,
                "stringarray" => ParamType::StringArray,
                _ => {
                    return Err(EndpointError::parse(
                        &tpath,
                        format!(
                            "unknown parameter type {ty:?}; must be string, boolean or stringArray"
                        ),
                    ))
                }
            };
            let opt_str = |k: &str| -> Result<Option<String>, EndpointError> {
                match s.get(k) {
                    None | Some(Json::Null) => Ok(None),
                    Some(v) => Ok(Some(string(v, &format!("{path}.{k}"))?.to_string())),
                }
            };
            let default = match s.get("default") {
                None | Some(Json::Null) => None,
                Some(v) => Some(param_value(ty, v, &format!("{path}.default"))?),
            };
            let required = match s.get("required") {
                None | Some(Json::Null) => false,
                Some(v) => v.as_bool().ok_or_else(|| {
                    EndpointError::parse(&format!("{path}.required"), "expected a boolean")
                })?,
            };
            let built_in = opt_str("builtIn")?;
            let documentation = opt_str("documentation")?;
            let deprecated = s.get("deprecated").is_some_and(|d| !d.is_null());
            c.assign(name, &path)?;
            params.push(Parameter {
                name: name.clone(),
                ty,
                built_in,
                default,
                required,
                documentation,
                deprecated,
            });
        }
    }
    let rules = match root.get("rules") {
        Some(r) => c.rules(r, "$.rules")?,
        None => return Err(EndpointError::parse("$", "missing `rules`")),
    };
    let mut param_index: Vec<(Box<str>, Slot)> = params
        .iter()
        .enumerate()
        .map(|(i, p)| (p.name.as_str().into(), i as Slot))
        .collect();
    param_index.sort_by(|a, b| by_len_then_bytes(&a.0, &b.0));
    Ok(Compiled {
        version,
        params,
        param_index,
        slots: c.slots.len(),
        rules,
    })
}

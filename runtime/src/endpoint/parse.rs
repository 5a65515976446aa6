//! Rule set JSON → compact typed tree, with names resolved to slots.

use std::collections::HashMap;
use std::sync::Arc;

use super::json::{Path, J};
use super::{EndpointError, Value};
use std::borrow::Cow;

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

type Res<T> = Result<T, EndpointError>;

fn err(path: Path<'_>, message: impl Into<String>) -> EndpointError {
    EndpointError::Parse {
        path: path.to_string(),
        message: message.into(),
    }
}

type Fields<'s> = [(Cow<'s, str>, J<'s>)];

fn obj<'j, 's>(v: &'j J<'s>, path: Path<'_>) -> Res<&'j Fields<'s>> {
    match v {
        J::Obj(fields) => Ok(fields),
        _ => Err(err(path, "expected an object")),
    }
}

fn arr<'j, 's>(v: &'j J<'s>, path: Path<'_>) -> Res<&'j [J<'s>]> {
    match v {
        J::Arr(items) => Ok(items),
        _ => Err(err(path, "expected an array")),
    }
}

fn string<'j>(v: &'j J<'_>, path: Path<'_>) -> Res<&'j str> {
    match v {
        J::Str(s) => Ok(s),
        _ => Err(err(path, "expected a string")),
    }
}

fn field<'j, 's>(fields: &'j Fields<'s>, key: &str) -> Option<&'j J<'s>> {
    fields.iter().find(|(k, _)| k == key).map(|(_, v)| v)
}

fn required<'j, 's>(fields: &'j Fields<'s>, key: &str, path: Path<'_>) -> Res<&'j J<'s>> {
    field(fields, key).ok_or_else(|| err(path, format!("missing `{key}`")))
}

impl Compiler {
    fn in_scope(&self, name: &str) -> Option<Slot> {
        let slot = *self.slots.get(name)?;
        self.scope.contains(&slot).then_some(slot)
    }

    fn lookup(&self, name: &str, path: Path<'_>) -> Res<Slot> {
        self.in_scope(name).ok_or_else(|| {
            err(
                path,
                format!(
                    "`{name}` is neither a parameter nor a variable assigned before this point"
                ),
            )
        })
    }

    fn assign(&mut self, name: &str, path: Path<'_>) -> Res<Slot> {
        if self.in_scope(name).is_some() {
            return Err(err(
                path,
                format!("`{name}` is already in scope and cannot be assigned again"),
            ));
        }
        let next = self.slots.len();
        let slot = match self.slots.get(name) {
            Some(s) => *s,
            None => {
                let s = Slot::try_from(next).map_err(|_| err(path, "too many variables"))?;
                self.slots.insert(name.to_string(), s);
                s
            }
        };
        self.scope.push(slot);
        Ok(slot)
    }

    fn template(&self, s: &str, path: Path<'_>) -> Res<Template> {
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
                '}' => return Err(err(path, format!("single `}}` in template {s:?}"))),
                '{' => {
                    let rest = &s[i + 1..];
                    let end = rest
                        .find('}')
                        .ok_or_else(|| err(path, format!("unclosed `{{` in template {s:?}")))?;
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
                            err(
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

    fn string_expr(&self, s: &str, path: Path<'_>) -> Res<Expr> {
        if is_template(s) {
            Ok(Expr::Template(self.template(s, path)?))
        } else {
            Ok(Expr::Str(s.into()))
        }
    }

    fn expr(&mut self, v: &J<'_>, path: Path<'_>) -> Res<Expr> {
        match v {
            J::Str(s) => self.string_expr(s, path),
            J::Bool(b) => Ok(Expr::Bool(*b)),
            J::Num(n) => n
                .as_i64()
                .map(Expr::Int)
                .ok_or_else(|| err(path, "only integer numbers are supported")),
            J::Arr(items) => {
                let mut out = Vec::with_capacity(items.len());
                for (i, item) in items.iter().enumerate() {
                    out.push(self.expr(item, path.index(i))?);
                }
                Ok(Expr::Array(out))
            }
            J::Obj(fields) => {
                if field(fields, "fn").is_some() {
                    Ok(Expr::Call(Box::new(self.call(v, path)?)))
                } else if let Some(r) = field(fields, "ref") {
                    let p = path.key("ref");
                    let name = string(r, p)?;
                    Ok(Expr::Ref(self.lookup(name, p)?))
                } else {
                    Err(err(
                        path,
                        "expected a function call (`fn`) or a reference (`ref`)",
                    ))
                }
            }
            J::Null => Err(err(path, "null is not a valid expression")),
        }
    }

    fn call(&mut self, v: &J<'_>, path: Path<'_>) -> Res<Call> {
        let o = obj(v, path)?;
        let fn_path = path.key("fn");
        let name = string(required(o, "fn", path)?, fn_path)?;
        let argv_path = path.key("argv");
        let argv = arr(required(o, "argv", path)?, argv_path)?;
        let (func, arity): (Func, Option<usize>) = match name {
            "isSet" => (Func::IsSet, Some(1)),
            "not" => (Func::Not, Some(1)),
            "getAttr" => {
                let p = argv_path.index(1);
                let attr = argv
                    .get(1)
                    .ok_or_else(|| err(argv_path, "getAttr takes 2 arguments"))?;
                let attr = string(attr, p)?;
                let parsed = parse_attr_path(attr)
                    .ok_or_else(|| err(p, format!("invalid getAttr path {attr:?}")))?;
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
            other => return Err(err(fn_path, format!("unknown function {other:?}"))),
        };
        match arity {
            Some(n) if argv.len() != n => {
                return Err(err(
                    argv_path,
                    format!("{name} takes {n} arguments, got {}", argv.len()),
                ))
            }
            None if argv.is_empty() => {
                return Err(err(argv_path, format!("{name} takes arguments")))
            }
            _ => {}
        }
        let mut args = Vec::with_capacity(argv.len());
        for (i, a) in argv.iter().enumerate() {
            if matches!(func, Func::GetAttr(_)) && i == 1 {
                continue;
            }
            args.push(self.expr(a, argv_path.index(i))?);
        }
        let assign = match field(o, "assign") {
            None => None,
            Some(a) => {
                let p = path.key("assign");
                Some(self.assign(string(a, p)?, p)?)
            }
        };
        Ok(specialize(Call { func, args, assign }))
    }

    fn prop(&self, v: &J<'_>, path: Path<'_>) -> Res<Prop> {
        Ok(match v {
            J::Str(s) if is_template(s) => Prop::Template(self.template(s, path)?),
            J::Str(s) => Prop::Str(Arc::from(&**s)),
            J::Bool(b) => Prop::Bool(*b),
            J::Num(n) => Prop::Number(n.clone()),
            J::Null => Prop::Null,
            J::Arr(a) => {
                let mut out = Vec::with_capacity(a.len());
                for (i, item) in a.iter().enumerate() {
                    out.push(self.prop(item, path.index(i))?);
                }
                Prop::Array(out)
            }
            J::Obj(o) => {
                let mut out = Vec::with_capacity(o.len());
                for (k, item) in o {
                    out.push((Arc::from(&**k), self.prop(item, path.key(k))?));
                }
                Prop::Object(out)
            }
        })
    }

    fn rules(&mut self, v: &J<'_>, path: Path<'_>) -> Res<Vec<Rule>> {
        let list = arr(v, path)?;
        let mut out = Vec::with_capacity(list.len());
        for (i, r) in list.iter().enumerate() {
            let depth = self.scope.len();
            let rule = self.rule(r, path.index(i));
            self.scope.truncate(depth);
            out.push(rule?);
        }
        Ok(out)
    }

    fn rule(&mut self, v: &J<'_>, path: Path<'_>) -> Res<Rule> {
        let o = obj(v, path)?;
        let cpath = path.key("conditions");
        let mut conditions = Vec::new();
        if let Some(c) = field(o, "conditions") {
            for (i, cond) in arr(c, cpath)?.iter().enumerate() {
                conditions.push(self.call(cond, cpath.index(i))?);
            }
        }
        let tpath = path.key("type");
        let ty = string(required(o, "type", path)?, tpath)?;
        let kind = match ty {
            "endpoint" => {
                let epath = path.key("endpoint");
                let e = obj(required(o, "endpoint", path)?, epath)?;
                let url = self.expr(required(e, "url", epath)?, epath.key("url"))?;
                let mut headers = Vec::new();
                if let Some(h) = field(e, "headers") {
                    let hpath = epath.key("headers");
                    for (name, values) in obj(h, hpath)? {
                        let vpath = hpath.key(name);
                        let mut exprs = Vec::new();
                        for (i, item) in arr(values, vpath)?.iter().enumerate() {
                            exprs.push(self.expr(item, vpath.index(i))?);
                        }
                        headers.push((Box::from(&**name), exprs));
                    }
                }
                let mut properties = Vec::new();
                if let Some(p) = field(e, "properties") {
                    let ppath = epath.key("properties");
                    for (k, item) in obj(p, ppath)? {
                        properties.push((Arc::from(&**k), self.prop(item, ppath.key(k))?));
                    }
                }
                RuleKind::Endpoint(Box::new(EndpointT {
                    url,
                    headers,
                    properties,
                }))
            }
            "error" => RuleKind::Error(self.expr(required(o, "error", path)?, path.key("error"))?),
            "tree" => RuleKind::Tree(self.rules(required(o, "rules", path)?, path.key("rules"))?),
            other => {
                return Err(err(
                    tpath,
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

fn param_value(ty: ParamType, v: &J<'_>, path: Path<'_>) -> Res<Value> {
    match (ty, v) {
        (ParamType::String, J::Str(s)) => Ok(Value::String(s.to_string())),
        (ParamType::Boolean, J::Bool(b)) => Ok(Value::Bool(*b)),
        (ParamType::StringArray, J::Arr(a)) => {
            let mut out = Vec::with_capacity(a.len());
            for (i, s) in a.iter().enumerate() {
                out.push(string(s, path.index(i))?.to_string());
            }
            Ok(Value::StringArray(out))
        }
        _ => Err(err(
            path,
            format!("default does not have the parameter's type {}", ty.name()),
        )),
    }
}

pub(crate) fn compile(json: &str) -> Result<Compiled, EndpointError> {
    let root_path = Path::Root;
    let doc: J<'_> =
        serde_json::from_str(json).map_err(|e| err(root_path, format!("invalid JSON: {e}")))?;
    let root = obj(&doc, root_path)?;
    let version = string(
        required(root, "version", root_path)?,
        root_path.key("version"),
    )?
    .to_string();
    let mut c = Compiler {
        slots: HashMap::new(),
        scope: Vec::new(),
    };
    let mut params = Vec::new();
    if let Some(p) = field(root, "parameters") {
        let params_path = root_path.key("parameters");
        for (name, spec) in obj(p, params_path)? {
            let path = params_path.key(name);
            let s = obj(spec, path)?;
            let tpath = path.key("type");
            let ty = string(required(s, "type", path)?, tpath)?;
            let ty = match ty.to_ascii_lowercase().as_str() {
                "string" => ParamType::String,
                "boolean" => ParamType::Boolean,
                "stringarray" => ParamType::StringArray,
                _ => {
                    return Err(err(
                        tpath,
                        format!(
                            "unknown parameter type {ty:?}; must be string, boolean or stringArray"
                        ),
                    ))
                }
            };
            let opt_str = |k: &str| -> Res<Option<String>> {
                match field(s, k) {
                    None | Some(J::Null) => Ok(None),
                    Some(v) => Ok(Some(string(v, path.key(k))?.to_string())),
                }
            };
            let default = match field(s, "default") {
                None | Some(J::Null) => None,
                Some(v) => Some(param_value(ty, v, path.key("default"))?),
            };
            let required = match field(s, "required") {
                None | Some(J::Null) => false,
                Some(J::Bool(b)) => *b,
                Some(_) => return Err(err(path.key("required"), "expected a boolean")),
            };
            let built_in = opt_str("builtIn")?;
            let documentation = opt_str("documentation")?;
            let deprecated = field(s, "deprecated").is_some_and(|d| !matches!(d, J::Null));
            c.assign(name, path)?;
            params.push(Parameter {
                name: name.to_string(),
                ty,
                built_in,
                default,
                required,
                documentation,
                deprecated,
            });
        }
    }
    let rules = c.rules(required(root, "rules", root_path)?, root_path.key("rules"))?;
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

//! A JMESPath evaluator over the [`crate::data`] view, for paginators and waiters.
//!
//! botocore evaluates the `output_token`, `more_results` and `result_key` of
//! `paginators-1.json` and the `argument` of `waiters-2.json` acceptors with JMESPath
//! against the parsed response. This module parses those expressions ([`Expr::parse`])
//! and evaluates them ([`Expr::search`]) against a generated value seen through
//! [`Reflect`] / [`Struct`], where member names are the model's member names
//! ([`Member::name`](crate::schema::Member::name)), or against an owned [`Value`].
//!
//! Supported: identifiers (bare and quoted), sub-expressions, indexes (negative too),
//! slices, list (`[*]`), object (`*`), flatten (`[]`) and filter (`[?…]`) projections,
//! `|`, `||`, `&&`, `!`, comparisons, parentheses, `@`, raw strings, JSON literals,
//! multi-select lists and hashes, and the functions `length`, `contains`,
//! `starts_with`, `ends_with`, `not_null`, `type`, `keys`, `values`, `to_string`,
//! `to_number` and `abs`. Expression references (`&`) and the sorting/aggregating
//! functions are not supported and are reported as [`PathError::Unsupported`].
//!
//! Like python `jmespath` (botocore's), strings can be ordered with `<`, `>`, …; other
//! non-number comparisons give `null`. Map entries and object keys are visited in key
//! order, structure members in model order. `tests.rs` checks 113 results of the
//! reference implementation and parses every expression of the vendored models.

use std::collections::BTreeMap;
use std::fmt;

use crate::data::{Map, Reflect, Struct, View};
use crate::types::Document;

/// An owned JSON-like value: the result of an evaluation.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Value {
    /// `null` (also an absent member).
    #[default]
    Null,
    /// A boolean.
    Bool(bool),
    /// A number.
    Number(f64),
    /// A string (also a timestamp, as ISO 8601, and a blob, as lossy UTF-8).
    String(String),
    /// A list.
    List(Vec<Value>),
    /// An object (a structure by member name, or a map).
    Object(BTreeMap<String, Value>),
}

impl Value {
    /// JMESPath truthiness: `false`, `null`, `""`, `[]` and `{}` are false.
    pub fn is_truthy(&self) -> bool {
        match self {
            Value::Null => false,
            Value::Bool(b) => *b,
            Value::Number(_) => true,
            Value::String(s) => !s.is_empty(),
            Value::List(l) => !l.is_empty(),
            Value::Object(o) => !o.is_empty(),
        }
    }

    /// Builds a value from JSON.
    pub fn from_json(j: &serde_json::Value) -> Value {
        match j {
            serde_json::Value::Null => Value::Null,
            serde_json::Value::Bool(b) => Value::Bool(*b),
            serde_json::Value::Number(n) => Value::Number(n.as_f64().unwrap_or(0.0)),
            serde_json::Value::String(s) => Value::String(s.clone()),
            serde_json::Value::Array(a) => Value::List(a.iter().map(Value::from_json).collect()),
            serde_json::Value::Object(o) => Value::Object(
                o.iter()
                    .map(|(k, v)| (k.clone(), Value::from_json(v)))
                    .collect(),
            ),
        }
    }

    /// Converts a value seen through the data view.
    pub fn from_data(d: &dyn Reflect) -> Value {
        node_value(Node::Ref(d))
    }

    fn type_name(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::Number(_) => "number",
            Value::String(_) => "string",
            Value::List(_) => "array",
            Value::Object(_) => "object",
        }
    }
}

fn doc_value(d: &Document) -> Value {
    match d {
        Document::Null => Value::Null,
        Document::Bool(b) => Value::Bool(*b),
        Document::Int(i) => Value::Number(*i as f64),
        Document::Float(f) => Value::Number(*f),
        Document::String(s) => Value::String(s.clone()),
        Document::Array(a) => Value::List(a.iter().map(doc_value).collect()),
        Document::Object(o) => {
            Value::Object(o.iter().map(|(k, v)| (k.clone(), doc_value(v))).collect())
        }
    }
}

/// A value seen as [`Reflect`], so a JSON-backed value can stand in for a generated one
/// (and tokens that were computed rather than referenced can be copied into an input).
impl Reflect for Value {
    fn view(&self) -> View<'_> {
        match self {
            Value::Null => View::Absent,
            Value::Bool(b) => View::Bool(*b),
            Value::Number(n) => {
                if n.fract() == 0.0 && n.abs() < 9.007_199_254_740_992e15 {
                    View::Int(*n as i64)
                } else {
                    View::Float(*n)
                }
            }
            Value::String(s) => View::Str(s),
            Value::List(l) => View::List(l),
            Value::Object(o) => View::Map(o),
        }
    }
}

impl Map for BTreeMap<String, Value> {
    fn len(&self) -> usize {
        BTreeMap::len(self)
    }
    fn entries(&self) -> Vec<(&str, &dyn Reflect)> {
        self.iter()
            .map(|(k, v)| (k.as_str(), v as &dyn Reflect))
            .collect()
    }
}

/// A bad expression, or a function applied to the wrong types.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PathError {
    /// The expression does not parse.
    Syntax {
        /// The expression.
        expr: String,
        /// Byte offset of the problem.
        pos: usize,
        /// What is wrong.
        message: String,
    },
    /// Valid JMESPath this evaluator does not implement.
    Unsupported {
        /// The expression.
        expr: String,
        /// The feature.
        feature: String,
    },
    /// A function got an argument of the wrong type or the wrong number of arguments.
    InvalidType {
        /// The function.
        function: &'static str,
        /// What is wrong.
        message: String,
    },
}

impl fmt::Display for PathError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PathError::Syntax { expr, pos, message } => {
                write!(f, "invalid expression {expr:?} at {pos}: {message}")
            }
            PathError::Unsupported { expr, feature } => {
                write!(
                    f,
                    "expression {expr:?} uses {feature}, which is not supported"
                )
            }
            PathError::InvalidType { function, message } => write!(f, "{function}(): {message}"),
        }
    }
}

impl std::error::Error for PathError {}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cmp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Func {
    Length,
    Contains,
    StartsWith,
    EndsWith,
    NotNull,
    Type,
    Keys,
    Values,
    ToString,
    ToNumber,
    Abs,
}

impl Func {
    fn lookup(name: &str) -> Option<(Func, usize)> {
        Some(match name {
            "length" => (Func::Length, 1),
            "contains" => (Func::Contains, 2),
            "starts_with" => (Func::StartsWith, 2),
            "ends_with" => (Func::EndsWith, 2),
            "not_null" => (Func::NotNull, 0),
            "type" => (Func::Type, 1),
            "keys" => (Func::Keys, 1),
            "values" => (Func::Values, 1),
            "to_string" => (Func::ToString, 1),
            "to_number" => (Func::ToNumber, 1),
            "abs" => (Func::Abs, 1),
            _ => return None,
        })
    }
    fn name(self) -> &'static str {
        match self {
            Func::Length => "length",
            Func::Contains => "contains",
            Func::StartsWith => "starts_with",
            Func::EndsWith => "ends_with",
            Func::NotNull => "not_null",
            Func::Type => "type",
            Func::Keys => "keys",
            Func::Values => "values",
            Func::ToString => "to_string",
            Func::ToNumber => "to_number",
            Func::Abs => "abs",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
enum Ast {
    Identity,
    Field(String),
    Index(i64),
    Slice(Option<i64>, Option<i64>, Option<i64>),
    Sub(Box<Ast>, Box<Ast>),
    /// A list projection: `lhs` evaluated to a list, `rhs` applied to each element.
    Project(Box<Ast>, Box<Ast>),
    /// An object projection: `rhs` applied to each value of the object `lhs`.
    ProjectValues(Box<Ast>, Box<Ast>),
    Flatten(Box<Ast>),
    /// lhs, condition, rhs.
    Filter(Box<Ast>, Box<Ast>, Box<Ast>),
    Pipe(Box<Ast>, Box<Ast>),
    Or(Box<Ast>, Box<Ast>),
    And(Box<Ast>, Box<Ast>),
    Not(Box<Ast>),
    Compare(Cmp, Box<Ast>, Box<Ast>),
    Literal(Value),
    MultiList(Vec<Ast>),
    MultiHash(Vec<(String, Ast)>),
    Call(Func, Vec<Ast>),
}

/// A parsed expression.
#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    text: String,
    ast: Ast,
}

impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl Expr {
    /// Parses a JMESPath expression.
    pub fn parse(text: &str) -> Result<Expr, PathError> {
        let tokens = lex(text)?;
        let mut p = Parser {
            text,
            tokens,
            pos: 0,
            depth: 0,
        };
        let ast = p.expr(0)?;
        match p.peek() {
            Tok::Eof => Ok(Expr {
                text: text.to_string(),
                ast,
            }),
            t => Err(p.err(format!("unexpected {t:?}"))),
        }
    }

    /// The expression's text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Evaluates against a generated structure (an operation's output).
    pub fn search(&self, root: &dyn Struct) -> Result<Value, PathError> {
        Ok(node_value(self.search_node(root)?))
    }

    /// Evaluates against any value seen through the data view (or a [`Value`]).
    pub fn search_data(&self, root: &dyn Reflect) -> Result<Value, PathError> {
        Ok(node_value(eval(&self.ast, Node::Ref(root))?))
    }

    /// Evaluates, keeping references into `root` where the result is part of it, so
    /// that a paginator can copy a token losslessly.
    pub(crate) fn search_node<'a>(&self, root: &'a dyn Struct) -> Result<Node<'a>, PathError> {
        eval(&self.ast, Node::Obj(root))
    }
}

// ---------------------------------------------------------------------------------------
// Lexer

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Ident(String),
    Quoted(String),
    Literal(Value),
    Number(i64),
    Dot,
    Star,
    Flatten,
    Filter,
    LBracket,
    RBracket,
    LBrace,
    RBrace,
    LParen,
    RParen,
    Comma,
    Colon,
    Pipe,
    Or,
    And,
    Not,
    Cmp(Cmp),
    At,
    Ampersand,
    Eof,
}

fn lex(text: &str) -> Result<Vec<(usize, Tok)>, PathError> {
    let err = |pos: usize, m: &str| PathError::Syntax {
        expr: text.to_string(),
        pos,
        message: m.to_string(),
    };
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let start = i;
        let two = |n: u8| b.get(i + 1) == Some(&n);
        let tok = match c {
            b' ' | b'\t' | b'\n' | b'\r' => {
                i += 1;
                continue;
            }
            b'a'..=b'z' | b'A'..=b'Z' | b'_' => {
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                    i += 1;
                }
                out.push((start, Tok::Ident(text[start..i].to_string())));
                continue;
            }
            b'-' | b'0'..=b'9' => {
                i += 1;
                while i < b.len() && b[i].is_ascii_digit() {
                    i += 1;
                }
                let n: i64 = text[start..i]
                    .parse()
                    .map_err(|_| err(start, "invalid number"))?;
                out.push((start, Tok::Number(n)));
                continue;
            }
            b'"' => {
                let end = scan_quoted(b, i, b'"')
                    .ok_or_else(|| err(start, "unterminated quoted identifier"))?;
                let s: String = serde_json::from_str(&text[start..=end])
                    .map_err(|e| err(start, &format!("invalid quoted identifier: {e}")))?;
                i = end + 1;
                out.push((start, Tok::Quoted(s)));
                continue;
            }
            b'\'' => {
                let end = scan_quoted(b, i, b'\'')
                    .ok_or_else(|| err(start, "unterminated raw string"))?;
                let s = text[start + 1..end].replace("\\'", "'");
                i = end + 1;
                out.push((start, Tok::Literal(Value::String(s))));
                continue;
            }
            b'`' => {
                let end =
                    scan_quoted(b, i, b'`').ok_or_else(|| err(start, "unterminated literal"))?;
                let raw = text[start + 1..end].replace("\\`", "`");
                let j: serde_json::Value = serde_json::from_str(raw.trim())
                    .map_err(|e| err(start, &format!("invalid JSON literal: {e}")))?;
                i = end + 1;
                out.push((start, Tok::Literal(Value::from_json(&j))));
                continue;
            }
            b'.' => Tok::Dot,
            b'*' => Tok::Star,
            b'[' if two(b']') => {
                i += 1;
                Tok::Flatten
            }
            b'[' if two(b'?') => {
                i += 1;
                Tok::Filter
            }
            b'[' => Tok::LBracket,
            b']' => Tok::RBracket,
            b'{' => Tok::LBrace,
            b'}' => Tok::RBrace,
            b'(' => Tok::LParen,
            b')' => Tok::RParen,
            b',' => Tok::Comma,
            b':' => Tok::Colon,
            b'@' => Tok::At,
            b'|' if two(b'|') => {
                i += 1;
                Tok::Or
            }
            b'|' => Tok::Pipe,
            b'&' if two(b'&') => {
                i += 1;
                Tok::And
            }
            b'&' => Tok::Ampersand,
            b'!' if two(b'=') => {
                i += 1;
                Tok::Cmp(Cmp::Ne)
            }
            b'!' => Tok::Not,
            b'=' if two(b'=') => {
                i += 1;
                Tok::Cmp(Cmp::Eq)
            }
            b'<' if two(b'=') => {
                i += 1;
                Tok::Cmp(Cmp::Le)
            }
            b'<' => Tok::Cmp(Cmp::Lt),
            b'>' if two(b'=') => {
                i += 1;
                Tok::Cmp(Cmp::Ge)
            }
            b'>' => Tok::Cmp(Cmp::Gt),
            _ => return Err(err(i, "unexpected character")),
        };
        i += 1;
        out.push((start, tok));
    }
    out.push((text.len(), Tok::Eof));
    Ok(out)
}

/// The index of the closing `quote` of a token opened at `open`, skipping `\`-escapes.
fn scan_quoted(b: &[u8], open: usize, quote: u8) -> Option<usize> {
    let mut i = open + 1;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            c if c == quote => return Some(i),
            _ => i += 1,
        }
    }
    None
}

// ---------------------------------------------------------------------------------------
// Parser (top-down operator precedence, with JMESPath's binding powers)

const MAX_DEPTH: usize = 64;

struct Parser<'t> {
    text: &'t str,
    tokens: Vec<(usize, Tok)>,
    pos: usize,
    depth: usize,
}

fn bp(t: &Tok) -> u8 {
    match t {
        Tok::Pipe => 1,
        Tok::Or => 2,
        Tok::And => 3,
        Tok::Cmp(_) => 5,
        Tok::Flatten => 9,
        Tok::Star => 20,
        Tok::Filter => 21,
        Tok::Dot => 40,
        Tok::Not => 45,
        Tok::LBrace => 50,
        Tok::LBracket => 55,
        Tok::LParen => 60,
        _ => 0,
    }
}

impl Parser<'_> {
    fn peek(&self) -> &Tok {
        self.tokens.get(self.pos).map_or(&Tok::Eof, |t| &t.1)
    }
    fn peek2(&self) -> &Tok {
        self.tokens.get(self.pos + 1).map_or(&Tok::Eof, |t| &t.1)
    }
    fn next(&mut self) -> Tok {
        let t = self.peek().clone();
        if self.pos < self.tokens.len() {
            self.pos += 1;
        }
        t
    }
    fn err(&self, message: String) -> PathError {
        PathError::Syntax {
            expr: self.text.to_string(),
            pos: self.tokens.get(self.pos).map_or(self.text.len(), |t| t.0),
            message,
        }
    }
    fn expect(&mut self, t: Tok) -> Result<(), PathError> {
        if *self.peek() == t {
            self.next();
            Ok(())
        } else {
            Err(self.err(format!("expected {t:?}, found {:?}", self.peek())))
        }
    }

    fn expr(&mut self, rbp: u8) -> Result<Ast, PathError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.err("expression nests too deeply".into()));
        }
        let tok = self.next();
        let mut left = self.nud(tok)?;
        while rbp < bp(self.peek()) {
            let tok = self.next();
            left = self.led(tok, left)?;
        }
        self.depth -= 1;
        Ok(left)
    }

    fn nud(&mut self, tok: Tok) -> Result<Ast, PathError> {
        Ok(match tok {
            Tok::Ident(s) | Tok::Quoted(s) => Ast::Field(s),
            Tok::Literal(v) => Ast::Literal(v),
            Tok::At => Ast::Identity,
            Tok::Star => {
                let rhs = self.projection_rhs(bp(&Tok::Star))?;
                Ast::ProjectValues(Box::new(Ast::Identity), Box::new(rhs))
            }
            Tok::Flatten => {
                let rhs = self.projection_rhs(bp(&Tok::Flatten))?;
                Ast::Project(
                    Box::new(Ast::Flatten(Box::new(Ast::Identity))),
                    Box::new(rhs),
                )
            }
            Tok::Filter => self.filter(Ast::Identity)?,
            Tok::LBracket => match self.peek() {
                Tok::Number(_) | Tok::Colon => self.index_or_slice(Ast::Identity)?,
                Tok::Star if *self.peek2() == Tok::RBracket => {
                    self.next();
                    self.next();
                    let rhs = self.projection_rhs(bp(&Tok::Star))?;
                    Ast::Project(Box::new(Ast::Identity), Box::new(rhs))
                }
                _ => self.multi_list()?,
            },
            Tok::LBrace => self.multi_hash()?,
            Tok::LParen => {
                let e = self.expr(0)?;
                self.expect(Tok::RParen)?;
                e
            }
            Tok::Not => Ast::Not(Box::new(self.expr(bp(&Tok::Not))?)),
            Tok::Ampersand => {
                return Err(PathError::Unsupported {
                    expr: self.text.to_string(),
                    feature: "expression references (&)".into(),
                })
            }
            t => return Err(self.err(format!("unexpected {t:?}"))),
        })
    }

    fn led(&mut self, tok: Tok, left: Ast) -> Result<Ast, PathError> {
        let b = |a: Ast| Box::new(a);
        Ok(match tok {
            Tok::Dot => {
                if *self.peek() == Tok::Star {
                    self.next();
                    let rhs = self.projection_rhs(bp(&Tok::Star))?;
                    Ast::ProjectValues(b(left), b(rhs))
                } else {
                    let rhs = self.dot_rhs()?;
                    Ast::Sub(b(left), b(rhs))
                }
            }
            Tok::Pipe => Ast::Pipe(b(left), b(self.expr(bp(&Tok::Pipe))?)),
            Tok::Or => Ast::Or(b(left), b(self.expr(bp(&Tok::Or))?)),
            Tok::And => Ast::And(b(left), b(self.expr(bp(&Tok::And))?)),
            Tok::Cmp(c) => Ast::Compare(c, b(left), b(self.expr(bp(&Tok::Cmp(c)))?)),
            Tok::Flatten => {
                let rhs = self.projection_rhs(bp(&Tok::Flatten))?;
                Ast::Project(b(Ast::Flatten(b(left))), b(rhs))
            }
            Tok::Filter => self.filter(left)?,
            Tok::LBracket => match self.peek() {
                Tok::Number(_) | Tok::Colon => self.index_or_slice(left)?,
                Tok::Star if *self.peek2() == Tok::RBracket => {
                    self.next();
                    self.next();
                    let rhs = self.projection_rhs(bp(&Tok::Star))?;
                    Ast::Project(b(left), b(rhs))
                }
                t => return Err(self.err(format!("unexpected {t:?} after '['"))),
            },
            Tok::LParen => {
                let Ast::Field(name) = left else {
                    return Err(self.err("only a name can be called".into()));
                };
                let Some((f, arity)) = Func::lookup(&name) else {
                    return Err(PathError::Unsupported {
                        expr: self.text.to_string(),
                        feature: format!("function {name}()"),
                    });
                };
                let mut args = Vec::new();
                while *self.peek() != Tok::RParen {
                    args.push(self.expr(0)?);
                    if *self.peek() == Tok::Comma {
                        self.next();
                    } else {
                        break;
                    }
                }
                self.expect(Tok::RParen)?;
                // `not_null` is variadic (at least one argument).
                let ok = if f == Func::NotNull {
                    !args.is_empty()
                } else {
                    args.len() == arity
                };
                if !ok {
                    return Err(self.err(format!("{name}() given {} arguments", args.len())));
                }
                Ast::Call(f, args)
            }
            t => return Err(self.err(format!("unexpected {t:?}"))),
        })
    }

    fn dot_rhs(&mut self) -> Result<Ast, PathError> {
        match self.next() {
            Tok::Ident(s) | Tok::Quoted(s) => Ok(Ast::Field(s)),
            Tok::LBracket => self.multi_list(),
            Tok::LBrace => self.multi_hash(),
            t => Err(self.err(format!("unexpected {t:?} after '.'"))),
        }
    }

    fn projection_rhs(&mut self, rbp: u8) -> Result<Ast, PathError> {
        let t = self.peek().clone();
        if bp(&t) < 10 {
            return Ok(Ast::Identity);
        }
        match t {
            Tok::LBracket | Tok::Filter | Tok::Flatten => self.expr(rbp),
            Tok::Dot => {
                self.next();
                self.dot_rhs_in_projection(rbp)
            }
            t => Err(self.err(format!("unexpected {t:?} after a projection"))),
        }
    }

    /// After `.` inside a projection: the field and whatever binds tighter than the projection.
    fn dot_rhs_in_projection(&mut self, rbp: u8) -> Result<Ast, PathError> {
        match self.peek() {
            Tok::Ident(_) | Tok::Quoted(_) | Tok::Star => self.expr(rbp),
            _ => self.dot_rhs(),
        }
    }

    fn filter(&mut self, left: Ast) -> Result<Ast, PathError> {
        let cond = self.expr(0)?;
        self.expect(Tok::RBracket)?;
        let rhs = self.projection_rhs(bp(&Tok::Filter))?;
        Ok(Ast::Filter(Box::new(left), Box::new(cond), Box::new(rhs)))
    }

    /// After `[` when a number or `:` follows.
    fn index_or_slice(&mut self, left: Ast) -> Result<Ast, PathError> {
        let mut parts: [Option<i64>; 3] = [None, None, None];
        let mut n = 0;
        loop {
            match self.next() {
                Tok::Number(v) => {
                    if parts[n].is_some() {
                        return Err(self.err("two numbers in a row".into()));
                    }
                    parts[n] = Some(v);
                }
                Tok::Colon => {
                    n += 1;
                    if n > 2 {
                        return Err(self.err("too many ':' in a slice".into()));
                    }
                }
                Tok::RBracket => break,
                t => return Err(self.err(format!("unexpected {t:?} in an index"))),
            }
        }
        if n == 0 {
            let Some(i) = parts[0] else {
                return Err(self.err("empty index".into()));
            };
            return Ok(sub(left, Ast::Index(i)));
        }
        if parts[2] == Some(0) {
            return Err(self.err("slice step cannot be 0".into()));
        }
        let slice = sub(left, Ast::Slice(parts[0], parts[1], parts[2]));
        let rhs = self.projection_rhs(bp(&Tok::Star))?;
        Ok(Ast::Project(Box::new(slice), Box::new(rhs)))
    }

    fn multi_list(&mut self) -> Result<Ast, PathError> {
        let mut items = Vec::new();
        loop {
            items.push(self.expr(0)?);
            match self.next() {
                Tok::Comma => continue,
                Tok::RBracket => break,
                t => return Err(self.err(format!("unexpected {t:?} in a multi-select list"))),
            }
        }
        Ok(Ast::MultiList(items))
    }

    fn multi_hash(&mut self) -> Result<Ast, PathError> {
        let mut items = Vec::new();
        loop {
            let key = match self.next() {
                Tok::Ident(s) | Tok::Quoted(s) => s,
                t => return Err(self.err(format!("expected a key, found {t:?}"))),
            };
            self.expect(Tok::Colon)?;
            items.push((key, self.expr(0)?));
            match self.next() {
                Tok::Comma => continue,
                Tok::RBrace => break,
                t => return Err(self.err(format!("unexpected {t:?} in a multi-select hash"))),
            }
        }
        Ok(Ast::MultiHash(items))
    }
}

fn sub(left: Ast, right: Ast) -> Ast {
    if left == Ast::Identity {
        right
    } else {
        Ast::Sub(Box::new(left), Box::new(right))
    }
}

// ---------------------------------------------------------------------------------------
// Evaluation

/// An intermediate result: a reference into the searched value where possible.
pub(crate) enum Node<'a> {
    /// A value of the searched data.
    Ref(&'a dyn Reflect),
    /// A structure of the searched data.
    Obj(&'a dyn Struct),
    /// A computed list.
    Items(Vec<Node<'a>>),
    /// A computed value.
    Val(Value),
}

impl<'a> Node<'a> {
    /// Resolves a `Ref` to what it holds, so matches see one shape per kind.
    fn norm(self) -> Node<'a> {
        match self {
            Node::Ref(d) => match d.view() {
                View::Struct(s) => Node::Obj(s),
                View::List(l) => Node::Items(
                    (0..l.len())
                        .filter_map(|i| l.at(i))
                        .map(Node::Ref)
                        .collect(),
                ),
                View::Doc(doc) => Node::Val(doc_value(doc)),
                View::Absent | View::Stream(_) => Node::Val(Value::Null),
                _ => Node::Ref(d),
            },
            n => n,
        }
    }

    fn is_null(&self) -> bool {
        match self {
            Node::Ref(d) => matches!(
                d.view(),
                View::Absent | View::Stream(_) | View::Doc(Document::Null)
            ),
            Node::Val(v) => *v == Value::Null,
            Node::Obj(_) | Node::Items(_) => false,
        }
    }

    fn field(self, name: &str) -> Node<'a> {
        match self.norm() {
            Node::Obj(s) => match s.schema().member_index(name).and_then(|i| s.field(i)) {
                Some(f) => Node::Ref(f),
                None => Node::Val(Value::Null),
            },
            Node::Ref(d) => match d.view() {
                View::Map(m) => m
                    .entries()
                    .into_iter()
                    .find(|(k, _)| *k == name)
                    .map_or(Node::Val(Value::Null), |(_, v)| Node::Ref(v)),
                _ => Node::Val(Value::Null),
            },
            Node::Val(Value::Object(mut o)) => Node::Val(o.remove(name).unwrap_or_default()),
            _ => Node::Val(Value::Null),
        }
    }

    /// The elements, when this is a list.
    fn items(self) -> Option<Vec<Node<'a>>> {
        match self.norm() {
            Node::Items(v) => Some(v),
            Node::Val(Value::List(l)) => Some(l.into_iter().map(Node::Val).collect()),
            _ => None,
        }
    }

    /// The values, when this is an object.
    fn values(self) -> Option<Vec<Node<'a>>> {
        match self.norm() {
            Node::Obj(s) => Some(
                (0..s.schema().members.len())
                    .filter_map(|i| s.field(i))
                    .map(Node::Ref)
                    .filter(|n| !n.is_null())
                    .collect(),
            ),
            Node::Ref(d) => match d.view() {
                View::Map(m) => Some(m.entries().into_iter().map(|(_, v)| Node::Ref(v)).collect()),
                _ => None,
            },
            Node::Val(Value::Object(o)) => Some(o.into_values().map(Node::Val).collect()),
            _ => None,
        }
    }

    fn truthy(self) -> bool {
        node_value(self).is_truthy()
    }
}

/// The owned value of a node.
pub(crate) fn node_value(n: Node<'_>) -> Value {
    match n {
        Node::Val(v) => v,
        Node::Items(items) => Value::List(items.into_iter().map(node_value).collect()),
        Node::Obj(s) => {
            let mut o = BTreeMap::new();
            for (i, m) in s.schema().members.iter().enumerate() {
                if let Some(f) = s.field(i) {
                    let v = node_value(Node::Ref(f));
                    if v != Value::Null {
                        o.insert(m.name.to_string(), v);
                    }
                }
            }
            Value::Object(o)
        }
        Node::Ref(d) => match d.view() {
            View::Absent | View::Stream(_) => Value::Null,
            View::Bool(b) => Value::Bool(b),
            View::Int(i) => Value::Number(i as f64),
            View::Float(f) => Value::Number(f),
            View::Str(s) => Value::String(s.to_string()),
            View::Blob(b) => Value::String(String::from_utf8_lossy(b).into_owned()),
            View::Time(t) => Value::String(t.fmt_iso8601()),
            View::Doc(doc) => doc_value(doc),
            View::Struct(s) => node_value(Node::Obj(s)),
            View::List(l) => Value::List(
                (0..l.len())
                    .filter_map(|i| l.at(i))
                    .map(Value::from_data)
                    .collect(),
            ),
            View::Map(m) => Value::Object(
                m.entries()
                    .into_iter()
                    .map(|(k, v)| (k.to_string(), Value::from_data(v)))
                    .collect(),
            ),
        },
    }
}

fn clone_node<'a>(n: &Node<'a>) -> Node<'a> {
    match n {
        Node::Ref(d) => Node::Ref(*d),
        Node::Obj(s) => Node::Obj(*s),
        Node::Items(v) => Node::Items(v.iter().map(clone_node).collect()),
        Node::Val(v) => Node::Val(v.clone()),
    }
}

fn project<'a>(items: Vec<Node<'a>>, rhs: &Ast) -> Result<Node<'a>, PathError> {
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        let r = eval(rhs, item)?;
        if !r.is_null() {
            out.push(r);
        }
    }
    Ok(Node::Items(out))
}

fn eval<'a>(ast: &Ast, cur: Node<'a>) -> Result<Node<'a>, PathError> {
    Ok(match ast {
        Ast::Identity => cur,
        Ast::Field(name) => cur.field(name),
        Ast::Index(i) => match cur.items() {
            Some(mut v) => {
                let len = v.len() as i64;
                let idx = if *i < 0 { len + i } else { *i };
                if idx < 0 || idx >= len {
                    Node::Val(Value::Null)
                } else {
                    v.swap_remove(idx as usize)
                }
            }
            None => Node::Val(Value::Null),
        },
        Ast::Slice(start, stop, step) => match cur.items() {
            Some(v) => Node::Items(slice(v, *start, *stop, step.unwrap_or(1))),
            None => Node::Val(Value::Null),
        },
        Ast::Sub(l, r) => {
            let left = eval(l, cur)?;
            eval(r, left)?
        }
        Ast::Pipe(l, r) => {
            let left = eval(l, cur)?;
            eval(r, left)?
        }
        Ast::Project(l, r) => match eval(l, cur)?.items() {
            Some(items) => project(items, r)?,
            None => Node::Val(Value::Null),
        },
        Ast::ProjectValues(l, r) => match eval(l, cur)?.values() {
            Some(items) => project(items, r)?,
            None => Node::Val(Value::Null),
        },
        Ast::Flatten(inner) => match eval(inner, cur)?.items() {
            Some(items) => {
                let mut out = Vec::new();
                for it in items {
                    let it = it.norm();
                    if matches!(it, Node::Items(_) | Node::Val(Value::List(_))) {
                        out.extend(it.items().unwrap_or_default());
                    } else {
                        out.push(it);
                    }
                }
                Node::Items(out)
            }
            None => Node::Val(Value::Null),
        },
        Ast::Filter(l, cond, r) => match eval(l, cur)?.items() {
            Some(items) => {
                let mut kept = Vec::new();
                for it in items {
                    if eval(cond, clone_node(&it))?.truthy() {
                        kept.push(it);
                    }
                }
                project(kept, r)?
            }
            None => Node::Val(Value::Null),
        },
        Ast::Or(l, r) => {
            let left = eval(l, clone_node(&cur))?;
            let lv = node_value(clone_node(&left));
            if lv.is_truthy() {
                left
            } else {
                eval(r, cur)?
            }
        }
        Ast::And(l, r) => {
            let left = eval(l, clone_node(&cur))?;
            if node_value(clone_node(&left)).is_truthy() {
                eval(r, cur)?
            } else {
                left
            }
        }
        Ast::Not(e) => Node::Val(Value::Bool(!eval(e, cur)?.truthy())),
        Ast::Compare(c, l, r) => {
            let a = node_value(eval(l, clone_node(&cur))?);
            let b = node_value(eval(r, cur)?);
            Node::Val(compare(*c, &a, &b))
        }
        Ast::Literal(v) => Node::Val(v.clone()),
        Ast::MultiList(items) => {
            if cur.is_null() {
                return Ok(Node::Val(Value::Null));
            }
            let mut out = Vec::with_capacity(items.len());
            for e in items {
                out.push(eval(e, clone_node(&cur))?);
            }
            Node::Items(out)
        }
        Ast::MultiHash(items) => {
            if cur.is_null() {
                return Ok(Node::Val(Value::Null));
            }
            let mut out = BTreeMap::new();
            for (k, e) in items {
                out.insert(k.clone(), node_value(eval(e, clone_node(&cur))?));
            }
            Node::Val(Value::Object(out))
        }
        Ast::Call(f, args) => {
            let mut vals = Vec::with_capacity(args.len());
            for a in args {
                vals.push(node_value(eval(a, clone_node(&cur))?));
            }
            Node::Val(call(*f, vals)?)
        }
    })
}

fn slice<T>(v: Vec<T>, start: Option<i64>, stop: Option<i64>, step: i64) -> Vec<T> {
    let len = v.len() as i64;
    let clamp = |x: i64, lo: i64, hi: i64| x.max(lo).min(hi);
    let norm = |x: i64| if x < 0 { x + len } else { x };
    let mut slots: Vec<Option<T>> = v.into_iter().map(Some).collect();
    let mut out = Vec::new();
    if step > 0 {
        let s = clamp(start.map_or(0, norm), 0, len);
        let e = clamp(stop.map_or(len, norm), 0, len);
        let mut i = s;
        while i < e {
            if let Some(x) = slots.get_mut(i as usize).and_then(Option::take) {
                out.push(x);
            }
            i += step;
        }
    } else {
        let s = clamp(start.map_or(len - 1, norm), -1, len - 1);
        let e = clamp(stop.map_or(-1, norm), -1, len - 1);
        let mut i = s;
        while i > e {
            if let Some(x) = slots.get_mut(i as usize).and_then(Option::take) {
                out.push(x);
            }
            i += step;
        }
    }
    out
}

fn compare(c: Cmp, a: &Value, b: &Value) -> Value {
    match c {
        Cmp::Eq => Value::Bool(a == b),
        Cmp::Ne => Value::Bool(a != b),
        _ => match (a, b) {
            (Value::Number(x), Value::Number(y)) => Value::Bool(match c {
                Cmp::Lt => x < y,
                Cmp::Le => x <= y,
                Cmp::Gt => x > y,
                _ => x >= y,
            }),
            // python jmespath (botocore's) orders strings too, by code point.
            (Value::String(x), Value::String(y)) => Value::Bool(match c {
                Cmp::Lt => x < y,
                Cmp::Le => x <= y,
                Cmp::Gt => x > y,
                _ => x >= y,
            }),
            _ => Value::Null,
        },
    }
}

fn call(f: Func, args: Vec<Value>) -> Result<Value, PathError> {
    let bad = |m: String| PathError::InvalidType {
        function: f.name(),
        message: m,
    };
    let mut it = args.into_iter();
    let a = it.next().unwrap_or_default();
    let b = it.next().unwrap_or_default();
    Ok(match f {
        Func::Length => match a {
            Value::String(s) => Value::Number(s.chars().count() as f64),
            Value::List(l) => Value::Number(l.len() as f64),
            Value::Object(o) => Value::Number(o.len() as f64),
            other => {
                return Err(bad(format!(
                    "expected string, array or object, got {}",
                    other.type_name()
                )))
            }
        },
        Func::Contains => match (a, b) {
            (Value::List(l), needle) => Value::Bool(l.contains(&needle)),
            (Value::String(s), Value::String(n)) => Value::Bool(s.contains(n.as_str())),
            (Value::String(_), _) => Value::Bool(false),
            (other, _) => {
                return Err(bad(format!(
                    "expected array or string, got {}",
                    other.type_name()
                )))
            }
        },
        Func::StartsWith | Func::EndsWith => match (a, b) {
            (Value::String(s), Value::String(p)) => Value::Bool(if f == Func::StartsWith {
                s.starts_with(p.as_str())
            } else {
                s.ends_with(p.as_str())
            }),
            (x, y) => {
                return Err(bad(format!(
                    "expected strings, got {} and {}",
                    x.type_name(),
                    y.type_name()
                )))
            }
        },
        Func::NotNull => std::iter::once(a)
            .chain(std::iter::once(b))
            .chain(it)
            .find(|v| *v != Value::Null)
            .unwrap_or_default(),
        Func::Type => Value::String(a.type_name().to_string()),
        Func::Keys | Func::Values => match a {
            Value::Object(o) => Value::List(if f == Func::Keys {
                o.into_keys().map(Value::String).collect()
            } else {
                o.into_values().collect()
            }),
            other => return Err(bad(format!("expected object, got {}", other.type_name()))),
        },
        Func::ToString => match a {
            Value::String(s) => Value::String(s),
            other => Value::String(to_json(&other)),
        },
        Func::ToNumber => match a {
            Value::Number(n) => Value::Number(n),
            Value::String(s) => s.trim().parse::<f64>().map_or(Value::Null, Value::Number),
            _ => Value::Null,
        },
        Func::Abs => match a {
            Value::Number(n) => Value::Number(n.abs()),
            other => return Err(bad(format!("expected number, got {}", other.type_name()))),
        },
    })
}

fn to_json(v: &Value) -> String {
    fn conv(v: &Value) -> serde_json::Value {
        match v {
            Value::Null => serde_json::Value::Null,
            Value::Bool(b) => serde_json::Value::Bool(*b),
            Value::Number(n) => {
                if n.fract() == 0.0 && n.abs() < 9.007_199_254_740_992e15 {
                    serde_json::Value::from(*n as i64)
                } else {
                    serde_json::Number::from_f64(*n)
                        .map_or(serde_json::Value::Null, serde_json::Value::Number)
                }
            }
            Value::String(s) => serde_json::Value::String(s.clone()),
            Value::List(l) => serde_json::Value::Array(l.iter().map(conv).collect()),
            Value::Object(o) => {
                serde_json::Value::Object(o.iter().map(|(k, v)| (k.clone(), conv(v))).collect())
            }
        }
    }
    conv(v).to_string()
}

#[cfg(test)]
mod tests;

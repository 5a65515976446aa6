//! Paginators: one generic engine driven by `paginators-1.json` as data.
//!
//! A generated crate holds a `static` [`PaginatorSpec`] per paginated operation and a
//! thin `Client::<op>_pages` method that calls [`Handle::paginate`]. [`Pages::next`]
//! sends one request per page: the first is the caller's input; each later one is that
//! input with every input token replaced by the matching output token of the previous
//! page (copied through the [`crate::data`] view, so a map token such as DynamoDB's
//! `LastEvaluatedKey` → `ExclusiveStartKey` is copied whole). Like botocore's
//! `PageIterator`, paging stops when every output token is empty or absent or when
//! `more_results` is false, and a token received twice in a row is an error
//! ([`SdkErrorKind::Pagination`]) rather than an endless loop.

use std::marker::PhantomData;

use crate::client::Handle;
use crate::data::{Reflect, Scalar, Struct, View};
use crate::error::{Error, OperationError, SdkError, SdkErrorKind};
use crate::jmespath::{node_value, Expr, Node, Value};
use crate::operation::Operation;

/// One paginator of `paginators-1.json`.
#[derive(Debug)]
pub struct PaginatorSpec {
    /// The paginated operation.
    pub operation: &'static Operation,
    /// Input members that carry the tokens (model member names).
    pub input_token: &'static [&'static str],
    /// Expressions on the output giving each token, in the order of `input_token`.
    pub output_token: &'static [&'static str],
    /// The input member that sets the page size.
    pub limit_key: Option<&'static str>,
    /// An expression on the output that is false on the last page.
    pub more_results: Option<&'static str>,
    /// Expressions on the output naming the paged results.
    pub result_key: &'static [&'static str],
}

impl PaginatorSpec {
    /// The values of the result keys of one page, in `result_key` order.
    pub fn results(&self, page: &dyn Struct) -> Result<Vec<Value>, SdkError> {
        self.result_key
            .iter()
            .map(|k| {
                Expr::parse(k)
                    .and_then(|e| e.search(page))
                    .map_err(|e| pag_err(self, e.to_string()))
            })
            .collect()
    }
}

fn pag_err(spec: &PaginatorSpec, msg: String) -> SdkError {
    SdkError::new(
        SdkErrorKind::Pagination,
        format!("{} paginator: {msg}", spec.operation.name),
    )
}

/// The non-generic state of a paginator: parsed expressions and the previous token.
struct Engine {
    spec: &'static PaginatorSpec,
    output: Vec<Expr>,
    more: Option<Expr>,
    /// Input member index of each input token.
    input: Vec<usize>,
    previous: Option<Vec<Value>>,
    pending: Option<SdkError>,
}

impl Engine {
    fn new(spec: &'static PaginatorSpec, input: &dyn Struct) -> Result<Engine, SdkError> {
        if spec.input_token.len() != spec.output_token.len() {
            return Err(pag_err(
                spec,
                "input and output tokens differ in number".into(),
            ));
        }
        let parse = |s: &str| Expr::parse(s).map_err(|e| pag_err(spec, e.to_string()));
        let output = spec
            .output_token
            .iter()
            .map(|s| parse(s))
            .collect::<Result<_, _>>()?;
        let more = spec.more_results.map(parse).transpose()?;
        let schema = input.schema();
        let input = spec
            .input_token
            .iter()
            .map(|name| {
                schema
                    .member_index(name)
                    .ok_or_else(|| pag_err(spec, format!("input has no member {name}")))
            })
            .collect::<Result<_, _>>()?;
        Ok(Engine {
            spec,
            output,
            more,
            input,
            previous: None,
            pending: None,
        })
    }

    /// Fills `base` with everything in `input` except the token members.
    fn strip_tokens(&self, input: &dyn Struct, base: &mut dyn Struct) -> Result<(), SdkError> {
        for i in 0..input.schema().members.len() {
            if self.input.contains(&i) {
                continue;
            }
            if let (Some(src), Some(dst)) = (input.field(i), base.field_mut(i)) {
                copy_data(src, dst).map_err(|m| pag_err(self.spec, m))?;
            }
        }
        Ok(())
    }

    /// Reads the tokens of `page` into `next` (a copy of the base input); returns
    /// whether there is another page.
    fn advance(&mut self, page: &dyn Struct, next: &mut dyn Struct) -> Result<bool, SdkError> {
        if let Some(more) = &self.more {
            let v = more
                .search(page)
                .map_err(|e| pag_err(self.spec, e.to_string()))?;
            if !py_truthy(&v) {
                return Ok(false);
            }
        }
        let mut tokens = Vec::with_capacity(self.output.len());
        let mut any = false;
        for (expr, &member) in self.output.iter().zip(&self.input) {
            let node = expr
                .search_node(page)
                .map_err(|e| pag_err(self.spec, e.to_string()))?;
            // A token that is part of the page is copied from it as is (a map stays a
            // map, a blob a blob); a computed one from its value.
            let (v, reference) = match node {
                Node::Ref(d) => (Value::from_data(d), Some(d)),
                other => (node_value(other), None),
            };
            // Only a token that is present and not empty is sent (botocore: `if token:`).
            if py_truthy(&v) {
                any = true;
                let dst = next
                    .field_mut(member)
                    .ok_or_else(|| pag_err(self.spec, "token member is missing".into()))?;
                let copied = match reference {
                    Some(d) => copy_data(d, dst),
                    None => copy_data(&v, dst),
                };
                copied.map_err(|m| pag_err(self.spec, format!("cannot copy token {expr}: {m}")))?;
            }
            tokens.push(v);
        }
        if !any {
            return Ok(false);
        }
        if self.previous.as_ref() == Some(&tokens) {
            return Err(pag_err(
                self.spec,
                "the same next token was received twice".into(),
            ));
        }
        self.previous = Some(tokens);
        Ok(true)
    }
}

/// Python truthiness, which botocore applies to tokens and `more_results`.
fn py_truthy(v: &Value) -> bool {
    match v {
        Value::Number(n) => *n != 0.0,
        other => other.is_truthy(),
    }
}

/// Copies `src` into `dst` through the data view, matching structure members by name.
pub fn copy_data(src: &dyn Reflect, dst: &mut dyn Reflect) -> Result<(), String> {
    fn scalar(dst: &mut dyn Reflect, v: Scalar) -> Result<(), String> {
        dst.assign(v).map_err(|m| m.to_string())
    }
    match src.view() {
        View::Absent => Ok(()),
        View::Bool(b) => scalar(dst, Scalar::Bool(b)),
        View::Int(i) => match dst.assign(Scalar::Int(i)) {
            Ok(()) => Ok(()),
            // An integer token read into a string member (or the reverse) keeps its text.
            Err(_) => scalar(dst, Scalar::Str(i.to_string())),
        },
        View::Float(f) => scalar(dst, Scalar::Float(f)),
        View::Str(s) => scalar(dst, Scalar::Str(s.to_string())),
        View::Blob(b) => scalar(dst, Scalar::Blob(b.to_vec())),
        View::Time(t) => scalar(dst, Scalar::Time(t)),
        View::Doc(d) => scalar(dst, Scalar::Doc(d.clone())),
        View::Stream(_) => Err("a stream cannot be copied".into()),
        View::Struct(s) => {
            let Some(out) = dst.as_struct() else {
                return Err("expected a structure".into());
            };
            let schema = out.schema();
            for (i, m) in s.schema().members.iter().enumerate() {
                let (Some(f), Some(j)) = (s.field(i), schema.member_index(m.name)) else {
                    continue;
                };
                if let Some(d) = out.field_mut(j) {
                    copy_data(f, d)?;
                }
            }
            Ok(())
        }
        View::List(l) => {
            let Some(out) = dst.as_list() else {
                return Err("expected a list".into());
            };
            for i in 0..l.len() {
                if let Some(item) = l.at(i) {
                    copy_data(item, out.push())?;
                }
            }
            Ok(())
        }
        View::Map(m) => {
            // A map or JSON object goes into a map, or into a structure by member name.
            if let Some(out) = dst.as_struct() {
                let schema = out.schema();
                for (k, v) in m.entries() {
                    if let Some(d) = schema.member_index(k).and_then(|j| out.field_mut(j)) {
                        copy_data(v, d)?;
                    }
                }
                return Ok(());
            }
            let Some(out) = dst.as_map() else {
                return Err("expected a map".into());
            };
            for (k, v) in m.entries() {
                copy_data(v, out.entry(k.to_string()))?;
            }
            Ok(())
        }
    }
}

/// The pages of a paginated operation; call [`Pages::next`] until it returns `None`.
pub struct Pages<I, O, E> {
    handle: Handle,
    spec: &'static PaginatorSpec,
    /// The request for the next page, or `None` when done.
    next: Option<I>,
    /// The caller's input without tokens: the template of every later request.
    base: I,
    engine: Result<Engine, Option<SdkError>>,
    _out: PhantomData<fn() -> (O, E)>,
}

impl<I, O, E> std::fmt::Debug for Pages<I, O, E> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pages")
            .field("operation", &self.spec.operation.name)
            .field("done", &self.next.is_none())
            .finish_non_exhaustive()
    }
}

impl<I, O, E> Pages<I, O, E>
where
    I: Struct + Clone + Default,
    O: Struct + Default,
    E: OperationError,
{
    /// Sets the page size (the paginator's `limit_key`, boto3's `PageSize`).
    pub fn page_size(mut self, size: i64) -> Self {
        let Some(key) = self.spec.limit_key else {
            self.fail(pag_err(self.spec, "this operation has no page size".into()));
            return self;
        };
        let set = |input: &mut I| -> Result<(), SdkError> {
            let i = input
                .schema()
                .member_index(key)
                .ok_or_else(|| pag_err(self.spec, format!("input has no member {key}")))?;
            let f = input
                .field_mut(i)
                .ok_or_else(|| pag_err(self.spec, format!("input has no member {key}")))?;
            copy_data(&Value::Number(size as f64), f).map_err(|m| pag_err(self.spec, m))
        };
        let r = set(&mut self.base).and_then(|()| match &mut self.next {
            Some(n) => set(n),
            None => Ok(()),
        });
        if let Err(e) = r {
            self.fail(e);
        }
        self
    }

    fn fail(&mut self, e: SdkError) {
        self.engine = Err(Some(e));
    }

    /// The next page, `None` after the last one (or after an error was returned).
    pub async fn next(&mut self) -> Option<Result<O, Error<E>>> {
        let engine = match &mut self.engine {
            Ok(e) => e,
            Err(e) => {
                self.next = None;
                return e.take().map(|e| Err(Error::Sdk(e)));
            }
        };
        if let Some(e) = engine.pending.take() {
            self.next = None;
            return Some(Err(Error::Sdk(e)));
        }
        let input = self.next.take()?;
        let out: O = match self.handle.invoke(self.spec.operation, input).await {
            Ok(o) => o,
            Err(e) => return Some(Err(e)),
        };
        let mut req = self.base.clone();
        match engine.advance(&out, &mut req) {
            Ok(true) => self.next = Some(req),
            Ok(false) => {}
            // botocore yields the page, then raises.
            Err(e) => engine.pending = Some(e),
        }
        Some(Ok(out))
    }

    /// Fetches every remaining page.
    pub async fn collect(mut self) -> Result<Vec<O>, Error<E>> {
        let mut pages = Vec::new();
        while let Some(p) = self.next().await {
            pages.push(p?);
        }
        Ok(pages)
    }
}

impl Handle {
    /// Pages through `spec.operation` starting from `input` (see [`Pages`]).
    pub fn paginate<I, O, E>(&self, spec: &'static PaginatorSpec, input: I) -> Pages<I, O, E>
    where
        I: Struct + Clone + Default,
    {
        let mut base = I::default();
        let engine = Engine::new(spec, &input)
            .and_then(|e| e.strip_tokens(&input, &mut base).map(|()| e))
            .map_err(Some);
        Pages {
            handle: self.clone(),
            spec,
            next: Some(input),
            base,
            engine,
            _out: PhantomData,
        }
    }
}

#[cfg(test)]
mod tests;

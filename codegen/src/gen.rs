//! The generator: a loaded service model → the files of one `kumo-<service>` crate.
//!
//! Output per crate: `Cargo.toml`, `src/lib.rs` (the `Client`), `src/types.rs` (shapes),
//! `src/error.rs` (per-operation error enums), `src/schemas.rs` (static schemas and
//! operation metadata) and `src/endpoint-rule-set.json` (the minified rule set).
//! Everything is built as tokens with `quote!` and printed with `prettyplease`; the
//! output is a pure function of the model, so generating twice gives the same bytes.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use crate::docs::to_markdown;
use crate::model::{
    MemberModel, ModelError, OperationModel, ServiceFiles, ServiceModel, ShapeModel, XmlNs,
};
use crate::names::{self, dedupe, ident, screaming, snake, type_name, variant};

#[path = "gen_extras.rs"]
mod extras;

/// Options that are not in the model.
#[derive(Debug, Clone)]
pub struct Options {
    /// The crate's package name (`kumo-s3`).
    pub crate_name: String,
    /// Path from the crate directory to the runtime crate, for `Cargo.toml`.
    pub runtime_path: String,
    /// Emit documentation from the model.
    pub docs: bool,
}

/// One generated file: a path relative to the crate directory and its contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct File {
    /// Relative path.
    pub path: String,
    /// Contents.
    pub contents: String,
}

/// The protocol botocore would use for this model: the first of botocore's
/// `PRIORITY_ORDERED_SUPPORTED_PROTOCOLS` the model lists (so CloudWatch, which lists
/// `smithy-rpc-v2-cbor`, `json`, `query`, speaks `json` as in boto3).
pub fn select_protocol(m: &ServiceModel) -> Option<&'static str> {
    const PRIORITY: [&str; 6] = [
        "json",
        "rest-json",
        "rest-xml",
        "smithy-rpc-v2-cbor",
        "query",
        "ec2",
    ];
    let listed: Vec<&str> = match &m.metadata.protocols {
        Some(p) if !p.is_empty() => p.iter().map(String::as_str).collect(),
        _ => vec![m.metadata.protocol.as_str()],
    };
    PRIORITY.into_iter().find(|p| listed.contains(p))
}

struct Ctx<'a> {
    m: &'a ServiceModel,
    file: &'a str,
    docs: bool,
    /// Shapes reachable from operations, in name order.
    reachable: BTreeSet<&'a str>,
    /// Rust type names of structure, union and enum shapes.
    types: BTreeMap<&'a str, String>,
    /// Static names of shapes that have their own schema.
    statics: BTreeMap<&'a str, String>,
    /// (shape, member) pairs that must be boxed to break recursion.
    boxed: BTreeSet<(&'a str, &'a str)>,
    /// The path of the module that holds `types`, `schemas` and `error` (`crate`).
    root: TokenStream,
    /// Legacy models name an input's payload member on the operation's reference.
    ref_payload: BTreeMap<&'a str, &'a str>,
    /// Shapes that are some operation's output.
    outputs: BTreeSet<&'a str>,
}

fn err(file: &str, path: String, message: impl Into<String>) -> ModelError {
    ModelError {
        file: file.into(),
        path,
        message: message.into(),
    }
}

fn lit(s: &str) -> Literal {
    Literal::string(s)
}

fn doc_attrs(text: Option<&str>) -> TokenStream {
    doc_lines(text, false)
}

fn doc_lines(text: Option<&str>, inner: bool) -> TokenStream {
    let Some(text) = text else { return quote!() };
    let md = to_markdown(text);
    if md.is_empty() {
        return quote!();
    }
    let lines = md.lines().map(|l| {
        let l = if l.is_empty() {
            String::new()
        } else {
            format!(" {l}")
        };
        if inner {
            quote!(#![doc = #l])
        } else {
            quote!(#[doc = #l])
        }
    });
    quote!(#(#lines)*)
}

impl<'a> Ctx<'a> {
    fn shape(&self, name: &str) -> &'a ShapeModel {
        // `ServiceModel::check` guarantees every referenced shape exists.
        self.m
            .shapes
            .get(name)
            .unwrap_or_else(|| unreachable!("checked model references {name}"))
    }

    fn doc(&self, text: Option<&str>) -> TokenStream {
        if self.docs {
            doc_attrs(text)
        } else {
            quote!()
        }
    }

    fn children(s: &'a ShapeModel) -> Vec<(&'a str, &'a MemberModel)> {
        let mut v: Vec<(&str, &MemberModel)> =
            s.members.iter().map(|(n, m)| (n.as_str(), m)).collect();
        for (n, m) in [("member", &s.member), ("key", &s.key), ("value", &s.value)] {
            if let Some(m) = m {
                v.push((n, m));
            }
        }
        v
    }

    fn is_event_stream(&self, name: &str) -> bool {
        let s = self.shape(name);
        s.kind == "structure" && s.eventstream
    }

    /// A structure marked `document: true` holds an untyped document, not members.
    fn is_document(s: &ShapeModel) -> bool {
        s.document || s.kind == "document"
    }

    fn is_union(s: &ShapeModel) -> bool {
        s.kind == "structure" && s.union
    }

    fn new(
        m: &'a ServiceModel,
        file: &'a str,
        docs: bool,
        all_errors: bool,
    ) -> Result<Ctx<'a>, ModelError> {
        let mut cx = Ctx {
            m,
            file,
            docs,
            reachable: BTreeSet::new(),
            types: BTreeMap::new(),
            statics: BTreeMap::new(),
            boxed: BTreeSet::new(),
            root: quote!(crate),
            ref_payload: BTreeMap::new(),
            outputs: m
                .operations
                .values()
                .filter_map(|o| o.output.as_ref())
                .map(|r| r.shape.as_str())
                .collect(),
        };
        for op in m.operations.values() {
            for r in [&op.input, &op.output].into_iter().flatten() {
                if let Some(p) = &r.payload {
                    cx.ref_payload.insert(&r.shape, p);
                }
            }
        }
        // Reachability from operations; event streams are opaque (their events are not generated).
        let mut stack: Vec<&str> = Vec::new();
        for op in m.operations.values() {
            for r in [&op.input, &op.output].into_iter().flatten() {
                stack.push(&r.shape);
            }
            stack.extend(op.errors.iter().map(|e| e.shape.as_str()));
        }
        if all_errors {
            // botocore matches an error response against every exception shape of the model.
            stack.extend(
                m.shapes
                    .iter()
                    .filter(|(_, s)| s.exception || s.error.is_some())
                    .map(|(n, _)| n.as_str()),
            );
        }
        while let Some(n) = stack.pop() {
            if !cx.reachable.insert(n) || cx.is_event_stream(n) || Ctx::is_document(cx.shape(n)) {
                continue;
            }
            for (_, mm) in Ctx::children(cx.shape(n)) {
                stack.push(&mm.shape);
            }
        }
        cx.assign_type_names();
        cx.assign_statics();
        cx.find_boxes();
        Ok(cx)
    }

    /// Structure, union and enum shapes get types. Single-use operation inputs and outputs
    /// are named `<Operation>Input` / `<Operation>Output`, as users of other SDKs expect.
    fn assign_type_names(&mut self) {
        let mut uses: BTreeMap<&str, usize> = BTreeMap::new();
        for n in &self.reachable {
            for (_, mm) in Ctx::children(self.shape(n)) {
                *uses.entry(&mm.shape).or_default() += 1;
            }
        }
        let mut io_name: BTreeMap<&str, String> = BTreeMap::new();
        let mut io_uses: BTreeMap<&str, usize> = BTreeMap::new();
        for op in self.m.operations.values() {
            for r in [&op.input, &op.output].into_iter().flatten() {
                *io_uses.entry(&r.shape).or_default() += 1;
            }
            for e in &op.errors {
                *io_uses.entry(&e.shape).or_default() += 1;
            }
        }
        for (opname, op) in &self.m.operations {
            for (r, suffix) in [(&op.input, "Input"), (&op.output, "Output")] {
                if let Some(r) = r {
                    if io_uses.get(r.shape.as_str()) == Some(&1)
                        && !uses.contains_key(r.shape.as_str())
                    {
                        io_name.insert(&r.shape, format!("{}{suffix}", type_name(opname)));
                    }
                }
            }
        }
        let mut wanted: Vec<(&str, String)> = Vec::new();
        for n in &self.reachable {
            let s = self.shape(n);
            let typed = (s.kind == "structure" && !s.eventstream)
                || (s.kind == "string" && s.enum_values.is_some());
            if typed {
                wanted.push((n, io_name.get(n).cloned().unwrap_or_else(|| type_name(n))));
            }
        }
        // Renamed inputs/outputs first, so that an original name keeps its spelling when free.
        wanted.sort_by_key(|(n, _)| (!io_name.contains_key(n), *n));
        let names = dedupe(wanted.iter().map(|(_, t)| t.clone()).collect());
        for ((n, _), t) in wanted.into_iter().zip(names) {
            self.types.insert(n, t);
        }
    }

    fn needs_static(s: &ShapeModel) -> bool {
        match s.kind.as_str() {
            "structure" | "list" | "map" => true,
            _ => {
                s.sensitive
                    || s.timestamp_format.is_some()
                    || s.streaming
                    || s.requires_length
                    || s.location_name.is_some()
                    || s.xml_namespace.is_some()
                    || s.document
            }
        }
    }

    fn assign_statics(&mut self) {
        let wanted: Vec<&str> = self
            .reachable
            .iter()
            .copied()
            .filter(|n| Ctx::needs_static(self.shape(n)))
            .collect();
        // `SERVICE` is the service static: a shape named `Service` must not take it.
        let mut all: Vec<String> = vec!["SERVICE".into()];
        all.extend(
            wanted
                .iter()
                .map(|n| screaming(self.types.get(n).map(String::as_str).unwrap_or(n))),
        );
        let names: Vec<String> = dedupe(all).into_iter().skip(1).collect();
        for (n, s) in wanted.into_iter().zip(names) {
            self.statics.insert(n, s);
        }
    }

    /// A member is boxed when its (structure or union) target can reach its owner again
    /// through structure and union members alone; lists and maps already allocate.
    fn find_boxes(&mut self) {
        let direct = |n: &str| -> Vec<&'a str> {
            let s = self.shape(n);
            if s.kind != "structure" || s.eventstream || Ctx::is_document(s) {
                return vec![];
            }
            s.members
                .iter()
                .map(|(_, m)| m.shape.as_str())
                .filter(|t| {
                    let ts = self.shape(t);
                    ts.kind == "structure" && !ts.eventstream && !Ctx::is_document(ts)
                })
                .collect()
        };
        let reaches = |from: &'a str, to: &str| -> bool {
            let mut seen = BTreeSet::new();
            let mut stack = vec![from];
            while let Some(n) = stack.pop() {
                if n == to {
                    return true;
                }
                if seen.insert(n) {
                    stack.extend(direct(n));
                }
            }
            false
        };
        let mut boxed = BTreeSet::new();
        for n in &self.reachable {
            let s = self.shape(n);
            if s.kind != "structure" {
                continue;
            }
            for (mname, mm) in s.members.iter() {
                let ts = self.shape(&mm.shape);
                if ts.kind == "structure"
                    && !ts.eventstream
                    && !Ctx::is_document(ts)
                    && reaches(&mm.shape, n)
                {
                    boxed.insert((*n, mname.as_str()));
                }
            }
        }
        self.boxed = boxed;
    }

    /// The Rust type of a value of shape `name` (inside `types.rs`).
    fn rust_type(&self, name: &str) -> TokenStream {
        let s = self.shape(name);
        match s.kind.as_str() {
            _ if Ctx::is_document(s) => quote!(rt::Document),
            "structure" if s.eventstream => quote!(rt::Body),
            "structure" => {
                let t = format_ident!("{}", self.types[name]);
                quote!(#t)
            }
            "string" if s.enum_values.is_some() => {
                let t = format_ident!("{}", self.types[name]);
                quote!(#t)
            }
            "string" | "character" | "bigInteger" | "bigDecimal" => quote!(String),
            "integer" => quote!(i32),
            "long" => quote!(i64),
            "short" => quote!(i16),
            "byte" => quote!(i8),
            "float" => quote!(f32),
            "double" => quote!(f64),
            "boolean" => quote!(bool),
            "blob" if s.streaming => quote!(rt::Body),
            "blob" => quote!(Vec<u8>),
            "timestamp" => quote!(rt::DateTime),
            "document" => quote!(rt::Document),
            "list" => {
                let inner = self.rust_type(
                    s.member
                        .as_ref()
                        .map(|m| m.shape.as_str())
                        .unwrap_or_default(),
                );
                quote!(Vec<#inner>)
            }
            "map" => {
                let inner = self.rust_type(
                    s.value
                        .as_ref()
                        .map(|m| m.shape.as_str())
                        .unwrap_or_default(),
                );
                quote!(rt::IndexMap<String, #inner>)
            }
            _ => quote!(rt::Document),
        }
    }

    /// Whether a member holds a stream: a streaming blob (the trait may sit on the member or
    /// on its target) or an event stream.
    fn member_is_stream(&self, m: &MemberModel) -> bool {
        let t = self.shape(&m.shape);
        (t.kind == "blob" && (t.streaming || m.streaming))
            || (t.kind == "structure" && t.eventstream)
    }

    /// The Rust type of a member: its target's, or `Body` for a streaming blob.
    fn member_type(&self, m: &MemberModel) -> TokenStream {
        if self.member_is_stream(m) {
            quote!(rt::Body)
        } else {
            self.rust_type(&m.shape)
        }
    }

    /// Whether values of this shape hold a stream (so the type cannot be cloned or compared).
    fn has_stream(&self, s: &ShapeModel) -> bool {
        s.members.iter().any(|(_, m)| self.member_is_stream(m))
    }

    /// [`Ctx::schema_ref`] as seen from the `ops` module.
    fn schema_ref_from_ops(&self, name: &str) -> TokenStream {
        match self.statics.get(name) {
            Some(st) => {
                let st = format_ident!("{}", st);
                quote!(&super::#st)
            }
            None => self.schema_ref(name),
        }
    }

    fn schema_ref(&self, name: &str) -> TokenStream {
        if let Some(st) = self.statics.get(name) {
            let st = format_ident!("{}", st);
            return quote!(&#st);
        }
        let s = self.shape(name);
        let p = match s.kind.as_str() {
            "string" | "character" => "STRING",
            "integer" => "INTEGER",
            "long" => "LONG",
            "short" => "SHORT",
            "byte" => "BYTE",
            "float" => "FLOAT",
            "double" => "DOUBLE",
            "boolean" => "BOOLEAN",
            "blob" => "BLOB",
            "timestamp" => "TIMESTAMP",
            "bigInteger" => "BIG_INTEGER",
            "bigDecimal" => "BIG_DECIMAL",
            _ => "DOCUMENT",
        };
        let p = format_ident!("{}", p);
        quote!(&p::#p)
    }

    fn ts_format(&self, path: String, f: &str) -> Result<TokenStream, ModelError> {
        Ok(match f {
            "iso8601" => quote!(TimestampFormat::Iso8601),
            "rfc822" => quote!(TimestampFormat::Rfc822),
            "unixTimestamp" => quote!(TimestampFormat::UnixTimestamp),
            other => {
                return Err(err(
                    self.file,
                    path,
                    format!("unknown timestampFormat {other:?}"),
                ))
            }
        })
    }

    fn xml_ns(ns: &XmlNs) -> (TokenStream, Literal) {
        match ns {
            XmlNs::Uri(u) => (quote!(None), lit(u)),
            XmlNs::Full {
                prefix: Some(p),
                uri,
            } => {
                let p = lit(p);
                (quote!(Some(#p)), lit(uri))
            }
            XmlNs::Full { prefix: None, uri } => (quote!(None), lit(uri)),
        }
    }

    fn member(
        &self,
        path: &str,
        name: &str,
        mm: &MemberModel,
        extra_flags: &[&str],
    ) -> Result<TokenStream, ModelError> {
        let target = self.schema_ref(&mm.shape);
        let n = lit(name);
        let mut t = quote!(Member::new(#n, #target));
        // Legacy models may put `location`/`locationName` on the target shape.
        let ts = self.shape(&mm.shape);
        let location = mm.location.as_deref().or(ts.location.as_deref());
        let location_name = mm
            .location_name
            .as_deref()
            .or(ts.location.as_ref().and(ts.location_name.as_deref()));
        let wire = lit(location_name.unwrap_or(name));
        match location {
            None => {
                if let Some(ln) = location_name {
                    let ln = lit(ln);
                    t = quote!(#t.name(#ln));
                }
            }
            Some(loc) => {
                let l = match loc {
                    "header" => quote!(Header),
                    "headers" => quote!(Headers),
                    "uri" => quote!(Uri),
                    "querystring" => quote!(QueryString),
                    "statusCode" => quote!(StatusCode),
                    other => {
                        return Err(err(
                            self.file,
                            format!("{path}.location"),
                            format!("unknown location {other:?}"),
                        ))
                    }
                };
                t = quote!(#t.at(#l, #wire));
            }
        }
        if let Some(q) = &mm.query_name {
            let q = lit(q);
            t = quote!(#t.query_name(#q));
        }
        if let Some(ns) = &mm.xml_namespace {
            let (p, u) = Ctx::xml_ns(ns);
            t = quote!(#t.xml_namespace(#p, #u));
        }
        if let Some(f) = &mm.timestamp_format {
            let f = self.ts_format(format!("{path}.timestampFormat"), f)?;
            t = quote!(#t.timestamp_format(#f));
        }
        if let Some(c) = &mm.context_param {
            let c = lit(&c.name);
            t = quote!(#t.context_param(#c));
        }
        let mut flags: Vec<&str> = extra_flags.to_vec();
        for (on, f) in [
            (mm.flattened, "FLATTENED"),
            (mm.xml_attribute, "XML_ATTRIBUTE"),
            (mm.idempotency_token, "IDEMPOTENCY_TOKEN"),
            (mm.host_label, "HOST_LABEL"),
            (mm.jsonvalue, "JSON_VALUE"),
            (mm.sensitive, "SENSITIVE"),
            (mm.streaming, "STREAMING"),
            (mm.eventpayload, "EVENT_PAYLOAD"),
            (mm.eventheader, "EVENT_HEADER"),
            (self.is_event_stream(&mm.shape), "EVENT_STREAM"),
        ] {
            if on {
                flags.push(f);
            }
        }
        if !flags.is_empty() {
            let fs = flags.iter().map(|f| format_ident!("{}", f));
            t = quote!(#t.with(#(f::#fs)|*));
        }
        Ok(t)
    }

    fn schema_static(&self, name: &str) -> Result<TokenStream, ModelError> {
        let s = self.shape(name);
        let st = format_ident!("{}", self.statics[name]);
        let path = format!("shapes.{name}");
        let n = lit(name);
        let mut t = match s.kind.as_str() {
            _ if Ctx::is_document(s) => quote!(Schema::scalar(#n, Kind::Document)),
            "structure" if s.eventstream => quote!(Schema::scalar(#n, Kind::Blob)),
            "structure" => {
                let mut members = Vec::new();
                for (mname, mm) in s.members.iter() {
                    let mut extra = Vec::new();
                    if s.required.iter().any(|r| r == mname) {
                        extra.push("REQUIRED");
                    }
                    let payload = s
                        .payload
                        .as_deref()
                        .or_else(|| self.ref_payload.get(name).copied());
                    if payload == Some(mname.as_str()) {
                        extra.push("PAYLOAD");
                    }
                    members.push(self.member(
                        &format!("{path}.members.{mname}"),
                        mname,
                        mm,
                        &extra,
                    )?);
                }
                if Ctx::is_union(s) {
                    quote!(Schema::union(#n, &[#(#members),*]))
                } else {
                    quote!(Schema::structure(#n, &[#(#members),*]))
                }
            }
            "list" => {
                let mm = s
                    .member
                    .as_ref()
                    .ok_or_else(|| err(self.file, format!("{path}.member"), "missing"))?;
                let m = self.member(&format!("{path}.member"), "member", mm, &[])?;
                quote!(Schema::list(#n, &[#m]))
            }
            "map" => {
                let k = s
                    .key
                    .as_ref()
                    .ok_or_else(|| err(self.file, format!("{path}.key"), "missing"))?;
                let v = s
                    .value
                    .as_ref()
                    .ok_or_else(|| err(self.file, format!("{path}.value"), "missing"))?;
                let k = self.member(&format!("{path}.key"), "key", k, &[])?;
                let v = self.member(&format!("{path}.value"), "value", v, &[])?;
                quote!(Schema::map(#n, &[#k, #v]))
            }
            kind => {
                let k = match kind {
                    "string" | "character" => quote!(String),
                    "integer" => quote!(Integer),
                    "long" => quote!(Long),
                    "short" => quote!(Short),
                    "byte" => quote!(Byte),
                    "float" => quote!(Float),
                    "double" => quote!(Double),
                    "boolean" => quote!(Boolean),
                    "blob" => quote!(Blob),
                    "timestamp" => quote!(Timestamp),
                    "bigInteger" => quote!(BigInteger),
                    "bigDecimal" => quote!(BigDecimal),
                    _ => quote!(Document),
                };
                quote!(Schema::scalar(#n, Kind::#k))
            }
        };
        let mut flags = Vec::new();
        for (on, f) in [
            (s.flattened, "FLATTENED"),
            (s.sensitive, "SENSITIVE"),
            (s.streaming, "STREAMING"),
            (s.eventstream, "STREAMING"),
            (s.eventstream, "EVENT_STREAM"),
            (s.requires_length, "REQUIRES_LENGTH"),
            (s.document, "DOCUMENT"),
            (
                s.error.as_ref().is_some_and(|e| e.sender_fault),
                "SENDER_FAULT",
            ),
            (s.retryable.is_some(), "RETRYABLE"),
            (
                s.retryable.as_ref().is_some_and(|r| r.throttling),
                "THROTTLING",
            ),
        ] {
            if on && !flags.contains(&f) {
                flags.push(f);
            }
        }
        if !flags.is_empty() {
            let fs = flags.iter().map(|f| format_ident!("{}", f));
            t = quote!(#t.with(#(f::#fs)|*));
        }
        if let Some(ln) = &s.location_name {
            let ln = lit(ln);
            t = quote!(#t.xml_name(#ln));
        }
        if let Some(ns) = &s.xml_namespace {
            let (p, u) = Ctx::xml_ns(ns);
            t = quote!(#t.xml_namespace(#p, #u));
        }
        if let Some(f) = &s.timestamp_format {
            let f = self.ts_format(format!("{path}.timestampFormat"), f)?;
            t = quote!(#t.timestamp_format(#f));
        }
        if s.exception || s.error.is_some() {
            let code = s
                .error
                .as_ref()
                .and_then(|e| e.code.clone())
                .unwrap_or_else(|| name.to_string());
            let status = s
                .error
                .as_ref()
                .and_then(|e| e.http_status_code)
                .unwrap_or(if s.fault { 500 } else { 400 });
            let code = lit(&code);
            t = quote!(#t.error(#code, #status));
        }
        Ok(quote!(pub static #st: Schema = #t;))
    }

    fn struct_item(&self, name: &str) -> TokenStream {
        let root = &self.root;
        let s = self.shape(name);
        let t = format_ident!("{}", self.types[name]);
        let st = format_ident!("{}", self.statics[name]);
        let doc = self.doc(s.documentation.as_deref());
        let fields = dedupe(s.members.iter().map(|(n, _)| snake(n)).collect());
        if Ctx::is_union(s) {
            let variants = dedupe(s.members.iter().map(|(n, _)| type_name(n)).collect());
            let mut vs = Vec::new();
            let mut idx = Vec::new();
            for (i, ((mname, mm), v)) in s.members.iter().zip(&variants).enumerate() {
                let v = format_ident!("{}", v);
                let mut ty = self.member_type(mm);
                if self.boxed.contains(&(name, mname.as_str())) {
                    ty = quote!(Box<#ty>);
                }
                let d = self.doc(mm.documentation.as_deref());
                vs.push(quote!(#d #v(#ty)));
                let i = Literal::usize_unsuffixed(i);
                idx.push(quote!(#i => #v));
            }
            let derives = if self.has_stream(s) {
                quote!()
            } else {
                quote!(#[derive(Clone, PartialEq)])
            };
            return quote! {
                #doc
                #derives
                #[non_exhaustive]
                pub enum #t {
                    #(#vs,)*
                    /// A member this version of the client does not know, by name.
                    Unknown(String),
                }
                rt::union!(#t, #root::schemas::#st, { #(#idx),* });
            };
        }
        let mut fs = Vec::new();
        let mut idx = Vec::new();
        for (i, ((mname, mm), f)) in s.members.iter().zip(&fields).enumerate() {
            let f = ident(f);
            let mut ty = self.member_type(mm);
            let boxed = self.boxed.contains(&(name, mname.as_str()));
            if boxed {
                ty = quote!(Box<#ty>);
            }
            let required = s.required.iter().any(|r| r == mname);
            let target = self.shape(&mm.shape);
            let is_stream = self.member_is_stream(mm);
            if boxed || (!required && !is_stream) {
                ty = quote!(Option<#ty>);
            }
            let d = self.doc(
                mm.documentation
                    .as_deref()
                    .or(target.documentation.as_deref())
                    .filter(|_| self.docs),
            );
            fs.push(quote!(#d pub #f: #ty));
            let i = Literal::usize_unsuffixed(i);
            idx.push(quote!(#i => #f));
        }
        let derives = if self.has_stream(s) {
            quote!(#[derive(Default)])
        } else {
            quote!(#[derive(Clone, Default, PartialEq)])
        };
        if !self.outputs.contains(name) {
            return quote! {
                #doc
                #derives
                pub struct #t { #(#fs,)* }
                rt::structure!(#t, #root::schemas::#st, { #(#idx),* });
            };
        }
        // An operation output also carries botocore's `ResponseMetadata`.
        let meta = names::dedupe_against("response_metadata", &fields);
        let meta = ident(&meta);
        quote! {
            #doc
            #derives
            pub struct #t {
                #(#fs,)*
                /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
                pub #meta: rt::client::ResponseMeta,
            }
            rt::structure!(#t, #root::schemas::#st, { #(#idx),* }, meta = #meta);
        }
    }

    fn enum_item(&self, name: &str) -> TokenStream {
        let s = self.shape(name);
        let t = format_ident!("{}", self.types[name]);
        let doc = self.doc(s.documentation.as_deref());
        let values = s.enum_values.clone().unwrap_or_default();
        let names = dedupe(values.iter().map(|v| variant(v)).collect());
        let vs: Vec<_> = names.iter().map(|v| format_ident!("{}", v)).collect();
        let docs = values.iter().map(|v| {
            let d = format!(" `{v}`");
            quote!(#[doc = #d])
        });
        let ls = values.iter().map(|v| lit(v));
        quote! {
            #doc
            #[derive(Clone, Debug, PartialEq, Eq, Hash)]
            #[non_exhaustive]
            pub enum #t {
                #(#docs #vs,)*
                /// A value this version of the client does not know.
                Unknown(String),
            }
            rt::string_enum!(#t, { #(#vs => #ls),* });
        }
    }

    fn types_file(&self) -> TokenStream {
        let mut items = Vec::new();
        for n in self.types.keys() {
            let s = self.shape(n);
            if s.kind == "string" {
                items.push(self.enum_item(n));
            } else {
                items.push(self.struct_item(n));
            }
        }
        quote! {
            //! The service's shapes: structures, unions and enums.
            #![allow(unused_imports, clippy::large_enum_variant, clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
            use kumo_runtime as rt;
            #(#items)*
        }
    }

    fn auth(&self, op: &OperationModel) -> TokenStream {
        let pick = |list: &Vec<String>| -> Option<TokenStream> {
            list.iter().find_map(|a| match a.as_str() {
                "aws.auth#sigv4" => Some(quote!(SigV4)),
                "smithy.api#httpBearerAuth" => Some(quote!(Bearer)),
                "smithy.api#noAuth" => Some(quote!(None)),
                _ => None,
            })
        };
        if let Some(a) = op.auth.as_ref().and_then(pick) {
            return a;
        }
        match op.authtype.as_deref() {
            Some("none") => return quote!(None),
            Some("v4-unsigned-body") => return quote!(SigV4UnsignedBody),
            Some("bearer") => return quote!(Bearer),
            Some(_) => return quote!(SigV4),
            None => {}
        }
        self.service_auth()
    }

    fn service_auth(&self) -> TokenStream {
        let md = &self.m.metadata;
        let from_list = md.auth.as_ref().and_then(|list| {
            list.iter().find_map(|a| match a.as_str() {
                "aws.auth#sigv4" => Some(quote!(SigV4)),
                "smithy.api#httpBearerAuth" => Some(quote!(Bearer)),
                "smithy.api#noAuth" => Some(quote!(None)),
                _ => None,
            })
        });
        from_list.unwrap_or_else(|| match md.signature_version.as_deref() {
            Some("bearer") => quote!(Bearer),
            _ => quote!(SigV4),
        })
    }

    fn operation_static(
        &self,
        service_name: &str,
        opname: &str,
        op: &OperationModel,
    ) -> Result<TokenStream, ModelError> {
        let path = format!("operations.{opname}");
        let st = format_ident!("{}", screaming(opname));
        let n = lit(opname);
        let method = lit(&op.http.method);
        // botocore's model customisations for rule-set endpoints: S3's endpoint already holds
        // the bucket (virtual-hosted or path style), so `/{Bucket}` leaves the request URI
        // (`remove_bucket_from_url_paths_from_model`); S3 Control's rule set puts the account
        // id in the host, so its `{AccountId}.` host prefix goes (`remove_accid_host_prefix_from_model`).
        let request_uri = if service_name == "s3" {
            let u = op.http.request_uri.replacen("/{Bucket}", "", 1);
            if u.is_empty() || u.starts_with('?') {
                format!("/{u}")
            } else {
                u
            }
        } else {
            op.http.request_uri.clone()
        };
        let uri = lit(&request_uri);
        // Shapes are named through `super::` so an operation static of the same name
        // (in `ops`) never shadows them.
        let io = |r: &Option<crate::model::IoRef>| match r {
            Some(r) => self.schema_ref_from_ops(&r.shape),
            None => quote!(&p::UNIT),
        };
        let (input, output) = (io(&op.input), io(&op.output));
        let mut t = quote!(Operation::new(#n, #method, #uri, #input, #output));
        if let Some(c) = op.http.response_code.filter(|c| *c != 200) {
            t = quote!(#t.response_code(#c));
        }
        if !op.errors.is_empty() {
            let es = op.errors.iter().map(|e| self.schema_ref_from_ops(&e.shape));
            t = quote!(#t.errors(&[#(#es),*]));
        }
        let auth = self.auth(op);
        if auth.to_string() != "SigV4" {
            t = quote!(#t.auth(AuthScheme::#auth));
        }
        if let Some(e) = &op.endpoint {
            let prefix = if service_name == "s3control" {
                e.host_prefix.replacen("{AccountId}.", "", 1)
            } else {
                e.host_prefix.clone()
            };
            if !prefix.is_empty() {
                let h = lit(&prefix);
                t = quote!(#t.host_prefix(#h));
            }
        }
        let mut flags = Vec::new();
        let checksum_required = op.http_checksum_required
            || op
                .http_checksum
                .as_ref()
                .is_some_and(|c| c.request_checksum_required);
        let streams = |r: &Option<crate::model::IoRef>| {
            r.as_ref().is_some_and(|r| {
                self.shape(&r.shape)
                    .members
                    .iter()
                    .any(|(_, m)| self.member_is_stream(m) && !self.is_event_stream(&m.shape))
            })
        };
        let events = [&op.input, &op.output].into_iter().flatten().any(|r| {
            self.shape(&r.shape)
                .members
                .iter()
                .any(|(_, m)| self.is_event_stream(&m.shape))
        });
        for (on, f) in [
            (checksum_required, "CHECKSUM_REQUIRED"),
            (op.idempotent, "IDEMPOTENT"),
            (op.unsigned_payload, "UNSIGNED_PAYLOAD"),
            (streams(&op.input), "STREAMING_INPUT"),
            (streams(&op.output), "STREAMING_OUTPUT"),
            (events, "EVENT_STREAM"),
            (
                op.endpointdiscovery
                    .as_ref()
                    .and_then(|v| v.get("required"))
                    .and_then(|v| v.as_bool())
                    == Some(true),
                "ENDPOINT_DISCOVERY",
            ),
            (op.deprecated, "DEPRECATED"),
        ] {
            if on {
                flags.push(format_ident!("{}", f));
            }
        }
        if !flags.is_empty() {
            t = quote!(#t.with(#(op_flags::#flags)|*));
        }
        if let Some(rc) = &op.requestcompression {
            let es = rc.encodings.iter().map(|e| lit(e));
            t = quote!(#t.request_compression(&[#(#es),*]));
        }
        if !op.static_context_params.is_empty() {
            let mut ps = Vec::new();
            for (k, v) in op.static_context_params.iter() {
                let kl = lit(k);
                let v = match &v.value {
                    serde_json::Value::Bool(b) => quote!(ParamValue::Bool(#b)),
                    serde_json::Value::String(s) => {
                        let s = lit(s);
                        quote!(ParamValue::Str(#s))
                    }
                    serde_json::Value::Array(a) => {
                        let items: Option<Vec<Literal>> =
                            a.iter().map(|x| x.as_str().map(lit)).collect();
                        let items = items.ok_or_else(|| {
                            err(
                                self.file,
                                format!("{path}.staticContextParams.{k}.value"),
                                "a list must hold strings",
                            )
                        })?;
                        quote!(ParamValue::StrList(&[#(#items),*]))
                    }
                    _ => {
                        return Err(err(
                            self.file,
                            format!("{path}.staticContextParams.{k}.value"),
                            "expected a boolean, string or list of strings",
                        ))
                    }
                };
                ps.push(quote!((#kl, #v)));
            }
            t = quote!(#t.static_context_params(&[#(#ps),*]));
        }
        if !op.operation_context_params.is_empty() {
            let ps = op.operation_context_params.iter().map(|(k, v)| {
                let (k, p) = (lit(k), lit(&v.path));
                quote!((#k, #p))
            });
            t = quote!(#t.operation_context_params(&[#(#ps),*]));
        }
        if let Some(c) = &op.http_checksum {
            let opt = |v: &Option<String>| match v {
                Some(s) => {
                    let s = lit(s);
                    quote!(Some(#s))
                }
                None => quote!(None),
            };
            let a = opt(&c.request_algorithm_member);
            let v = opt(&c.request_validation_mode_member);
            let r = c.response_algorithms.iter().map(|x| lit(x));
            t = quote!(#t.http_checksum(HttpChecksum {
                request_algorithm_member: #a,
                request_validation_mode_member: #v,
                response_algorithms: &[#(#r),*],
            }));
        }
        if let Some(w) = op.output.as_ref().and_then(|o| o.result_wrapper.as_ref()) {
            let w = lit(w);
            t = quote!(#t.result_wrapper(#w));
        }
        if let Some(i) = &op.input {
            if let Some(ln) = &i.location_name {
                let ln = lit(ln);
                let ns = match &i.xml_namespace {
                    Some(ns) => {
                        let (p, u) = Ctx::xml_ns(ns);
                        quote!(Some(XmlNamespace { prefix: #p, uri: #u }))
                    }
                    None => quote!(None),
                };
                t = quote!(#t.input_xml(#ln, #ns));
            }
        }
        Ok(quote!(pub static #st: Operation = #t;))
    }

    /// `rules_file`: the rule-set JSON file next to the generated file, for `include_str!`.
    fn schemas_file(
        &self,
        service_name: &str,
        rules_file: Option<&str>,
    ) -> Result<TokenStream, ModelError> {
        let mut shapes = Vec::new();
        for n in self.statics.keys() {
            shapes.push(self.schema_static(n)?);
        }
        let mut ops = Vec::new();
        for (name, op) in &self.m.operations {
            ops.push(self.operation_static(service_name, name, op)?);
        }
        let op_names: Vec<_> = self
            .m
            .operations
            .keys()
            .map(|k| format_ident!("{}", screaming(k)))
            .collect();
        let md = &self.m.metadata;
        let protocol = match select_protocol(self.m) {
            Some("smithy-rpc-v2-cbor") => quote!(SmithyRpcV2Cbor),
            Some("json") => quote!(Json),
            Some("rest-json") => quote!(RestJson),
            Some("rest-xml") => quote!(RestXml),
            Some("query") => quote!(Query),
            Some("ec2") => quote!(Ec2),
            _ => {
                return Err(err(
                    self.file,
                    "metadata.protocols".into(),
                    format!("no supported protocol in {:?}", md.protocols),
                ))
            }
        };
        let s = |v: &Option<String>| lit(v.as_deref().unwrap_or(""));
        let name = lit(service_name);
        let service_id = s(&md.service_id);
        let api_version = lit(&md.api_version);
        let endpoint_prefix = s(&md.endpoint_prefix);
        let signing_name = lit(md
            .signing_name
            .as_deref()
            .or(md.endpoint_prefix.as_deref())
            .unwrap_or(""));
        let json_version = s(&md.json_version);
        let target_prefix = s(&md.target_prefix);
        let xml_namespace = s(&md.xml_namespace);
        let query_compat = md.aws_query_compatible.is_some();
        let auth = self.service_auth();
        let ccp = self.m.client_context_params.iter().map(|(k, v)| {
            let k = lit(k);
            let t = if v.kind == "boolean" {
                quote!(Bool)
            } else {
                quote!(Str)
            };
            quote!((#k, ParamType::#t))
        });
        let rules = match rules_file {
            Some(f) => quote!(include_str!(#f)),
            None => quote!(""),
        };
        Ok(quote! {
            //! Static schemas of the service's shapes and operations, walked by the runtime.
            #![allow(unused_imports, clippy::all)]
            use kumo_runtime::operation::{AuthScheme, HttpChecksum, Operation, ParamType, ParamValue, Protocol, Service, op_flags};
            use kumo_runtime::schema::{Kind, Location::*, Member, Schema, TimestampFormat, XmlNamespace, flags as f, prelude as p};

            pub static SERVICE: Service = Service {
                name: #name,
                service_id: #service_id,
                api_version: #api_version,
                endpoint_prefix: #endpoint_prefix,
                signing_name: #signing_name,
                protocol: Protocol::#protocol,
                json_version: #json_version,
                target_prefix: #target_prefix,
                xml_namespace: #xml_namespace,
                aws_query_compatible: #query_compat,
                auth: AuthScheme::#auth,
                client_context_params: &[#(#ccp),*],
                rule_set: #rules,
            };

            #(#shapes)*

            /// Operation metadata.
            pub mod ops {
                use super::*;
                #(#ops)*

                /// Every operation, by model name order.
                pub static ALL: &[&Operation] = &[#(&#op_names),*];
            }
        })
    }

    fn error_enum_name(opname: &str) -> String {
        format!("{}Error", type_name(opname))
    }

    fn errors_file(&self) -> TokenStream {
        let root = &self.root;
        let mut items = Vec::new();
        for (opname, op) in &self.m.operations {
            let t = format_ident!("{}", Ctx::error_enum_name(opname));
            let doc = format!(" The errors `{opname}` may return.");
            let variants: Vec<String> = op
                .errors
                .iter()
                .map(|e| self.types[e.shape.as_str()].clone())
                .collect();
            let variants = dedupe(
                variants
                    .into_iter()
                    .map(|v| {
                        if v == "Unmodelled" {
                            "UnmodelledValue".into()
                        } else {
                            v
                        }
                    })
                    .collect(),
            );
            let mut vs = Vec::new();
            let mut idx = Vec::new();
            for (i, (e, v)) in op.errors.iter().zip(&variants).enumerate() {
                let v = format_ident!("{}", v);
                let ty = format_ident!("{}", self.types[e.shape.as_str()]);
                let d = self.doc(self.shape(&e.shape).documentation.as_deref());
                vs.push(quote!(#d #v(#root::types::#ty)));
                let i = Literal::usize_unsuffixed(i);
                idx.push(quote!(#i => #v));
            }
            items.push(quote! {
                #[doc = #doc]
                #[derive(Debug)]
                #[non_exhaustive]
                pub enum #t {
                    #(#vs,)*
                    /// An error the model does not list; its code and message are on the outer error.
                    Unmodelled,
                }
                kumo_runtime::operation_error!(#t, { #(#idx),* });
            });
        }
        quote! {
            //! Per-operation error enums: one variant per modelled error plus `Unmodelled`.
            //! Code, message, request id and status are on [`kumo_runtime::Error`].
            #![allow(clippy::large_enum_variant, clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
            #(#items)*
        }
    }

    fn lib_and_client(&self, crate_name: &str) -> (TokenStream, TokenStream) {
        let md = &self.m.metadata;
        let full = md.service_full_name.clone().unwrap_or_default();
        let mut methods = Vec::new();
        for (opname, op) in &self.m.operations {
            let f = ident(&snake(opname));
            let st = format_ident!("{}", screaming(opname));
            let e = format_ident!("{}", Ctx::error_enum_name(opname));
            let mut doc = self.doc(op.documentation.as_deref());
            if op.deprecated {
                doc = quote!(#doc #[deprecated]);
            }
            let out = match &op.output {
                Some(o) => {
                    let t = format_ident!("{}", self.types[o.shape.as_str()]);
                    quote!(types::#t)
                }
                None => quote!(kumo_runtime::Unit),
            };
            match &op.input {
                Some(i) => {
                    let t = format_ident!("{}", self.types[i.shape.as_str()]);
                    methods.push(quote! {
                        #doc
                        pub async fn #f(&self, input: types::#t) -> Result<#out, Error<error::#e>> {
                            self.handle.invoke(&schemas::ops::#st, input).await
                        }
                    });
                }
                None => methods.push(quote! {
                    #doc
                    pub async fn #f(&self) -> Result<#out, Error<error::#e>> {
                        self.handle.invoke(&schemas::ops::#st, kumo_runtime::Unit).await
                    }
                }),
            }
        }
        let title = format!(" Kumo client for {full} (`{crate_name}`).");
        let sdoc = if self.docs {
            doc_lines(self.m.documentation.as_deref(), true)
        } else {
            quote!()
        };
        let lib = quote! {
            #![doc = #title]
            #![doc = ""]
            #sdoc

            #[rustfmt::skip]
            mod client;
            #[rustfmt::skip]
            pub mod error;
            #[doc(hidden)]
            #[rustfmt::skip]
            pub mod schemas;
            #[rustfmt::skip]
            pub mod types;

            pub use client::Client;
            pub use kumo_runtime::Error;
        };
        let client = quote! {
            //! The service client: one async method per operation.
            #![allow(deprecated, clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
            use kumo_runtime::Error;
            use crate::{error, schemas, types};

            /// A client for the service: one async method per operation.
            #[derive(Clone, Debug)]
            pub struct Client {
                handle: kumo_runtime::client::Handle,
            }

            impl Client {
                /// A client configured like `boto3.client(...)` with no arguments: region,
                /// credentials, endpoint and retries from the environment and the profile.
                pub fn new() -> Result<Client, kumo_runtime::SdkError> {
                    Client::builder().build().map(Client::from_handle)
                }

                /// A client with explicit configuration, which wins over the environment and profile.
                pub fn from_config(config: kumo_runtime::config::Config) -> Result<Client, kumo_runtime::SdkError> {
                    Client::builder().config(config).build().map(Client::from_handle)
                }

                /// A builder for a handle with explicit credentials, HTTP client or timeouts;
                /// finish with `Client::from_handle(builder.build()?)`.
                pub fn builder() -> kumo_runtime::client::Builder {
                    kumo_runtime::client::Builder::new(&schemas::SERVICE)
                }

                /// A client on a handle built by [`Client::builder`].
                pub fn from_handle(handle: kumo_runtime::client::Handle) -> Client {
                    Client { handle }
                }

                /// The runtime handle (configuration, presigning).
                pub fn handle(&self) -> &kumo_runtime::client::Handle {
                    &self.handle
                }

                /// A presigned URL for an operation (boto3's `generate_presigned_url`):
                /// `operation` is its model or snake_case name (`"GetObject"`, `"get_object"`),
                /// `input` that operation's input.
                pub async fn generate_presigned_url(
                    &self,
                    operation: &str,
                    input: impl kumo_runtime::data::Struct,
                    expires_in: std::time::Duration,
                ) -> Result<String, kumo_runtime::SdkError> {
                    self.handle.presign_by_name(schemas::ops::ALL, operation, input, expires_in).await
                }

                #(#methods)*
            }
        };
        (lib, client)
    }
}

fn pretty(tokens: TokenStream, what: &str) -> Result<String, ModelError> {
    let file: syn::File = syn::parse2(tokens).map_err(|e| ModelError {
        file: what.into(),
        path: "$".into(),
        message: format!("generated code does not parse: {e}"),
    })?;
    Ok(prettyplease::unparse(&file))
}

/// Generates the files of one service crate.
pub fn generate(svc: &ServiceFiles, opts: &Options) -> Result<Vec<File>, ModelError> {
    let file = format!("models/data/{}/service-2.json", svc.name);
    let cx = Ctx::new(&svc.service, &file, opts.docs, false)?;
    let mut files = Vec::new();
    let cargo = format!(
        "# Generated by `cargo xtask codegen` from botocore's model: do not edit.\n[package]\nname = \"{}\"\ndescription = \"Kumo client for {}\"\nversion = \"0.1.0\"\nedition = \"2021\"\nlicense = \"Apache-2.0\"\npublish = false\n\n[dependencies]\nkumo-runtime = {{ path = \"{}\" }}\n",
        opts.crate_name,
        svc.service.metadata.service_full_name.as_deref().unwrap_or(&svc.name).replace('"', "'"),
        opts.runtime_path
    );
    files.push(File {
        path: "Cargo.toml".into(),
        contents: cargo,
    });
    let (lib, client) = cx.lib_and_client(&opts.crate_name);
    let extras::Extras {
        schemas: extra_schemas,
        client: extra_client,
        ..
    } = cx.extras(svc);
    let client = quote!(#client #extra_client);
    files.push(File {
        path: "src/lib.rs".into(),
        contents: pretty(lib, &file)?,
    });
    files.push(File {
        path: "src/client.rs".into(),
        contents: pretty(client, &file)?,
    });
    files.push(File {
        path: "src/types.rs".into(),
        contents: pretty(cx.types_file(), &file)?,
    });
    files.push(File {
        path: "src/error.rs".into(),
        contents: pretty(cx.errors_file(), &file)?,
    });
    files.push(File {
        path: "src/schemas.rs".into(),
        contents: pretty(
            {
                let s = cx.schemas_file(
                    &svc.name,
                    svc.rule_set.as_ref().map(|_| "endpoint-rule-set.json"),
                )?;
                quote!(#s #extra_schemas)
            },
            &file,
        )?,
    });
    if let Some(rules) = &svc.rule_set {
        files.push(File {
            path: "src/endpoint-rule-set.json".into(),
            contents: rules.clone(),
        });
    }
    Ok(files)
}

/// The pieces of a service as tokens, for embedding in another crate as modules
/// (the protocol conformance suites do this).
pub struct Modules {
    /// `types` module contents.
    pub types: TokenStream,
    /// `schemas` module contents.
    pub schemas: TokenStream,
    /// `error` module contents.
    pub error: TokenStream,
    /// Rust type names of shapes, by shape name.
    pub type_names: BTreeMap<String, String>,
    /// Static names of operations, by operation name.
    pub op_statics: BTreeMap<String, String>,
    /// Exception shapes: (shape name, error code, Rust type name).
    pub exceptions: Vec<(String, String, String)>,
}

/// Generates `types`, `schemas` and `error` as module bodies rooted at `root`
/// (a path such as `crate::suites::s0`), without documentation and without a rule set.
pub fn generate_modules(
    m: &ServiceModel,
    file: &str,
    service_name: &str,
    root: TokenStream,
) -> Result<Modules, ModelError> {
    generate_modules_with_rules(m, file, service_name, root, None)
}

/// Like [`generate_modules`]; the `Service` static's `rule_set` is
/// `include_str!(rules_file)` (a path relative to the file the modules end up in).
pub fn generate_modules_with_rules(
    m: &ServiceModel,
    file: &str,
    service_name: &str,
    root: TokenStream,
    rules_file: Option<&str>,
) -> Result<Modules, ModelError> {
    m.check(std::path::Path::new(file))?;
    let mut cx = Ctx::new(m, file, false, true)?;
    cx.root = root;
    Ok(Modules {
        types: cx.types_file(),
        schemas: cx.schemas_file(service_name, rules_file)?,
        error: cx.errors_file(),
        type_names: cx
            .types
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect(),
        exceptions: m
            .shapes
            .iter()
            .filter(|(n, s)| {
                (s.exception || s.error.is_some()) && cx.types.contains_key(n.as_str())
            })
            .map(|(n, s)| {
                let code = s
                    .error
                    .as_ref()
                    .and_then(|e| e.code.clone())
                    .unwrap_or_else(|| n.clone());
                (n.clone(), code, cx.types[n.as_str()].clone())
            })
            .collect(),
        op_statics: m
            .operations
            .keys()
            .map(|k| (k.clone(), screaming(k)))
            .collect(),
    })
}

/// Formats tokens as a Rust file.
pub fn format_file(tokens: TokenStream, what: &str) -> Result<String, ModelError> {
    pretty(tokens, what)
}

//! What a service needs before anything is emitted: the shapes its operations reach,
//! the Rust name of every type (single-use operation inputs and outputs renamed
//! `<Operation>Input` / `<Operation>Output`, deduplicated), the static name of every
//! schema, and the members that must be boxed to break recursion.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::TokenStream;
use quote::quote;

use super::{doc_attrs, err};
use crate::model::{MemberModel, ModelError, ServiceModel, ShapeModel};
use crate::names::{dedupe, screaming, type_name};

/// The most members a structure or union, and errors an operation, may have: the size of
/// the runtime's table of positions (`kumo_runtime::__positions!`).
pub(super) const MAX_MEMBERS: usize = 1024;

/// One service, analysed: the model plus the names every emitter agrees on.
pub(super) struct Ctx<'a> {
    pub(super) m: &'a ServiceModel,
    pub(super) file: &'a str,
    pub(super) docs: bool,
    /// Shapes reachable from operations, in name order.
    pub(super) reachable: BTreeSet<&'a str>,
    /// Rust type names of structure, union and enum shapes.
    pub(super) types: BTreeMap<&'a str, String>,
    /// Static names of shapes that have their own schema.
    pub(super) statics: BTreeMap<&'a str, String>,
    /// (shape, member) pairs that must be boxed to break recursion.
    pub(super) boxed: BTreeSet<(&'a str, &'a str)>,
    /// Legacy models name an input's payload member on the operation's reference.
    pub(super) ref_payload: BTreeMap<&'a str, &'a str>,
    /// Shapes that are some operation's output.
    pub(super) outputs: BTreeSet<&'a str>,
    /// Event streams that are members of an operation's input.
    pub(super) input_events: BTreeSet<&'a str>,
}

impl<'a> Ctx<'a> {
    pub(super) fn shape(&self, name: &str) -> &'a ShapeModel {
        // `ServiceModel::check` guarantees every referenced shape exists.
        self.m
            .shapes
            .get(name)
            .unwrap_or_else(|| unreachable!("checked model references {name}"))
    }

    pub(super) fn doc(&self, text: Option<&str>) -> TokenStream {
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

    pub(super) fn is_event_stream(&self, name: &str) -> bool {
        let s = self.shape(name);
        s.kind == "structure" && s.eventstream
    }

    /// A structure marked `document: true` holds an untyped document, not members.
    pub(super) fn is_document(s: &ShapeModel) -> bool {
        s.document || s.kind == "document"
    }

    /// Unions, and event streams (a union of events, with the `eventstream` trait).
    pub(super) fn is_union(s: &ShapeModel) -> bool {
        s.kind == "structure" && (s.union || s.eventstream)
    }

    pub(super) fn new(
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
            ref_payload: BTreeMap::new(),
            outputs: m
                .operations
                .values()
                .filter_map(|o| o.output.as_ref())
                .map(|r| r.shape.as_str())
                .collect(),
            input_events: BTreeSet::new(),
        };
        for op in m.operations.values() {
            for r in [&op.input, &op.output].into_iter().flatten() {
                if let Some(p) = &r.payload {
                    cx.ref_payload.insert(&r.shape, p);
                }
            }
            if let Some(i) = &op.input {
                for (_, mm) in cx.shape(&i.shape).members.iter() {
                    if cx.is_event_stream(&mm.shape) {
                        cx.input_events.insert(&mm.shape);
                    }
                }
            }
        }
        // Reachability from operations (an event stream reaches its events).
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
            if !cx.reachable.insert(n) || Ctx::is_document(cx.shape(n)) {
                continue;
            }
            for (_, mm) in Ctx::children(cx.shape(n)) {
                stack.push(&mm.shape);
            }
        }
        // The glue macros pair fields and error variants with positions from a table of
        // `MAX_MEMBERS` literals (`kumo_runtime::__positions!`).
        let too_many = |path: String, n: usize| {
            let message = format!("{n} members: the runtime's glue takes at most {MAX_MEMBERS}");
            (n > MAX_MEMBERS).then(|| err(file, path, message))
        };
        for n in &cx.reachable {
            if let Some(e) = too_many(format!("shapes.{n}.members"), cx.shape(n).members.len()) {
                return Err(e);
            }
        }
        for (name, op) in &m.operations {
            if let Some(e) = too_many(format!("operations.{name}.errors"), op.errors.len()) {
                return Err(e);
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
            let typed = s.kind == "structure" || (s.kind == "string" && s.enum_values.is_some());
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

    /// Whether a member holds a stream: a streaming blob (the trait may sit on the member or
    /// on its target) or an event stream.
    pub(super) fn member_is_stream(&self, m: &MemberModel) -> bool {
        let t = self.shape(&m.shape);
        (t.kind == "blob" && (t.streaming || m.streaming))
            || (t.kind == "structure" && t.eventstream)
    }

    /// Whether values of this shape hold a stream (so the type cannot be cloned or compared).
    pub(super) fn has_stream(&self, s: &ShapeModel) -> bool {
        s.members.iter().any(|(_, m)| self.member_is_stream(m))
    }

    /// The name of an operation's error enum (`<Operation>Error`).
    pub(super) fn error_enum_name(opname: &str) -> String {
        format!("{}Error", type_name(opname))
    }
}

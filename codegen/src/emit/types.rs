//! `src/types.rs`: one Rust type per structure, union and string enum, each with one
//! line of glue (`structure!`, `union!`, `string_enum!` from `kumo_runtime`) that ties it
//! to its schema. Required members are plain fields, optional ones `Option`, members
//! that would make a type infinitely sized `Option<Box<_>>`; an operation output also
//! carries botocore's `ResponseMetadata`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::analysis::Ctx;
use super::lit;
use crate::names::{self, dedupe, ident, snake, type_name, variant};

impl Ctx<'_> {
    fn struct_item(&self, name: &str) -> TokenStream {
        let s = self.shape(name);
        let t = format_ident!("{}", self.types[name]);
        let st = format_ident!("{}", self.statics[name]);
        let doc = self.doc(s.documentation.as_deref());
        let fields = dedupe(s.members.iter().map(|(n, _)| snake(n)).collect());
        if Ctx::is_union(s) {
            let variants = dedupe(s.members.iter().map(|(n, _)| type_name(n)).collect());
            let mut vs = Vec::new();
            let mut order = Vec::new();
            for ((mname, mm), v) in s.members.iter().zip(&variants) {
                let v = format_ident!("{}", v);
                let mut ty = self.member_type(mm);
                if self.boxed.contains(&(name, mname.as_str())) {
                    ty = quote!(Box<#ty>);
                }
                let d = self.doc(mm.documentation.as_deref());
                vs.push(quote!(#d #v(#ty)));
                order.push(v);
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
                rt::union!(#t, #st, [#(#order),*]);
            };
        }
        let mut fs = Vec::new();
        let mut order = Vec::new();
        for ((mname, mm), f) in s.members.iter().zip(&fields) {
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
            order.push(f);
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
                rt::structure!(#t, #st, [#(#order),*]);
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
                pub #meta: rt::meta::ResponseMeta,
            }
            rt::structure!(#t, #st, [#(#order),*], meta = #meta);
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

    pub(super) fn types_file(&self) -> TokenStream {
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
            use super::schemas::*;
            #(#items)*
        }
    }
}

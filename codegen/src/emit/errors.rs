//! `src/error.rs`: one enum per operation with a variant per modelled error plus
//! `Unmodelled`, and the `operation_error!` glue that maps an error shape's index in the
//! operation's `errors` list to its variant.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use super::analysis::Ctx;
use crate::names::dedupe;

impl Ctx<'_> {
    pub(super) fn errors_file(&self) -> TokenStream {
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
}

//! `src/error.rs`: one enum per operation with a variant per modelled error plus
//! `Unmodelled`, and the `operation_error!` glue that maps an error shape's index in the
//! operation's `errors` list to its variant.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::analysis::Ctx;
use crate::model::OperationModel;
use crate::names::dedupe;

impl Ctx<'_> {
    /// The variant names of an operation's error enum, in the order of its `errors`.
    fn error_variants(&self, op: &OperationModel) -> Vec<String> {
        let variants = op
            .errors
            .iter()
            .map(|e| match self.types[e.shape.as_str()].as_str() {
                "Unmodelled" => "UnmodelledValue".to_string(),
                t => t.to_string(),
            })
            .collect();
        dedupe(variants)
    }

    /// The error enum and the variant of error `shape` of operation `op`.
    pub(super) fn error_variant(
        &self,
        opname: &str,
        op: &OperationModel,
        shape: &str,
    ) -> (String, String) {
        let variants = self.error_variants(op);
        let i = op.errors.iter().position(|e| e.shape == shape);
        let variant = i.and_then(|i| variants.get(i)).cloned().unwrap_or_default();
        (Ctx::error_enum_name(opname), variant)
    }

    pub(super) fn errors_file(&self) -> TokenStream {
        let mut items = Vec::new();
        for (opname, op) in &self.m.operations {
            let t = format_ident!("{}", Ctx::error_enum_name(opname));
            let doc = format!(" The errors `{opname}` may return.");
            let variants = self.error_variants(op);
            let mut vs = Vec::new();
            let mut order = Vec::new();
            for (e, v) in op.errors.iter().zip(&variants) {
                let v = format_ident!("{}", v);
                let ty = format_ident!("{}", self.types[e.shape.as_str()]);
                let d = self.doc(self.shape(&e.shape).documentation.as_deref());
                vs.push(quote!(#d #v(super::types::#ty)));
                order.push(v);
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
                kumo_runtime::operation_error!(#t, [#(#order),*]);
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

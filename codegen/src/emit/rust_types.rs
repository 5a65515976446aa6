//! Type mapping: a model shape → the Rust type of its values in `types.rs`.
//!
//! Structures, unions and string enums are the generated types; other scalars map to
//! Rust primitives, `String`, `Vec<u8>` or the runtime's `DateTime` / `Document`; lists
//! to `Vec`, maps to `IndexMap<String, _>`, streaming blobs to `Body`,
//! output event streams to `EventStream<Union>` (the union of their events), input ones
//! to `EventInput<Union>`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::analysis::Ctx;
use crate::model::MemberModel;

impl Ctx<'_> {
    /// The Rust type of a value of shape `name` (inside `types.rs`).
    pub(super) fn rust_type(&self, name: &str) -> TokenStream {
        let s = self.shape(name);
        match s.kind.as_str() {
            _ if Ctx::is_document(s) => quote!(rt::Document),
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

    /// The Rust type of a member: its target's, `Body` for a streaming blob,
    /// `EventStream<Union>` for an output's event stream and `EventInput<Union>` for an
    /// input's.
    pub(super) fn member_type(&self, m: &MemberModel) -> TokenStream {
        if self.is_event_stream(&m.shape) {
            let t = self.rust_type(&m.shape);
            if self.input_events.contains(m.shape.as_str()) {
                quote!(rt::events::EventInput<#t>)
            } else {
                quote!(rt::EventStream<#t>)
            }
        } else if self.member_is_stream(m) {
            quote!(rt::Body)
        } else {
            self.rust_type(&m.shape)
        }
    }
}

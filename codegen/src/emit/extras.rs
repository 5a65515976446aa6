//! Paginators and waiters: `paginators-1.json` and `waiters-2.json` as data.
//!
//! Each paginator becomes a `static PaginatorSpec` in `schemas::paginators` and a
//! `Client::<op>_pages` method; each waiter a `static WaiterSpec` in `schemas::waiters`
//! and a `Client::wait_until_<name>` method. The methods are one-line calls into the
//! runtime's generic engines (`kumo_runtime::paginate`, `kumo_runtime::waiter`);
//! no algorithm is generated. Paginators and waiters whose operation, input member or
//! matcher is unknown are left out.

use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::Ctx;
use crate::model::{OperationModel, ServiceFiles};
use crate::names::{ident, screaming, snake};

/// What a service's paginators and waiters add to `schemas.rs` and `client.rs`.
pub(super) struct Extras {
    /// `pub mod paginators` and `pub mod waiters`, appended to `schemas.rs`.
    pub schemas: TokenStream,
    /// A second `impl Client` block, appended to `client.rs`.
    pub client: TokenStream,
    /// How many paginators were emitted (read by the coverage test).
    #[allow(dead_code)]
    pub paginators: usize,
    /// How many waiters were emitted (read by the coverage test).
    #[allow(dead_code)]
    pub waiters: usize,
}

impl Ctx<'_> {
    fn io_types<'o>(&self, op: &'o OperationModel) -> (TokenStream, TokenStream, Option<&'o str>) {
        let input = match &op.input {
            Some(i) => {
                let t = format_ident!("{}", self.types[i.shape.as_str()]);
                (quote!(types::#t), Some(i.shape.as_str()))
            }
            None => (quote!(kumo_runtime::Unit), None),
        };
        let out = match &op.output {
            Some(o) => {
                let t = format_ident!("{}", self.types[o.shape.as_str()]);
                quote!(types::#t)
            }
            None => quote!(kumo_runtime::NoOutput),
        };
        (input.0, out, input.1)
    }

    fn has_member(&self, shape: Option<&str>, name: &str) -> bool {
        shape.is_some_and(|s| self.shape(s).members.iter().any(|(m, _)| m == name))
    }

    pub(super) fn extras(&self, svc: &ServiceFiles) -> Extras {
        let taken: BTreeSet<String> = self.m.operations.keys().map(|k| snake(k)).collect();
        let mut pag_statics = Vec::new();
        let mut methods = Vec::new();
        for (opname, p) in &svc.paginators.pagination {
            let Some(op) = self.m.operations.get(opname) else {
                continue;
            };
            let (input, out, in_shape) = self.io_types(op);
            let inputs = p.input_token.to_vec();
            let outputs = p.output_token.to_vec();
            if inputs.len() != outputs.len() || !inputs.iter().all(|t| self.has_member(in_shape, t))
            {
                continue;
            }
            let method = format!("{}_pages", snake(opname));
            if taken.contains(&method) {
                continue;
            }
            let f = ident(&method);
            let st = format_ident!("{}", screaming(opname));
            let e = format_ident!("{}", Ctx::error_enum_name(opname));
            let limit = match &p.limit_key {
                Some(k) if self.has_member(in_shape, k) => quote!(Some(#k)),
                _ => quote!(None),
            };
            let more = match &p.more_results {
                Some(m) => quote!(Some(#m)),
                None => quote!(None),
            };
            let results = p
                .result_key
                .as_ref()
                .map(|r| r.to_vec())
                .unwrap_or_default();
            pag_statics.push(quote! {
                pub static #st: PaginatorSpec = PaginatorSpec {
                    operation: &super::ops::#st,
                    input_token: &[#(#inputs),*],
                    output_token: &[#(#outputs),*],
                    limit_key: #limit,
                    more_results: #more,
                    result_key: &[#(#results),*],
                };
            });
            let op_fn = snake(opname);
            let doc = format!(
                " The pages of [`Client::{op_fn}`], one request each (paginator `{opname}`)."
            );
            let (param, arg) = if in_shape.is_some() {
                (quote!(input: #input), quote!(input))
            } else {
                (quote!(), quote!(kumo_runtime::Unit))
            };
            methods.push(quote! {
                #[doc = #doc]
                pub fn #f(&self, #param) -> kumo_runtime::paginate::Pages<#input, #out, error::#e> {
                    self.handle.paginate(&schemas::paginators::#st, #arg)
                }
            });
        }
        let mut wait_statics = Vec::new();
        'waiters: for (wname, w) in &svc.waiters.waiters {
            let Some(op) = self.m.operations.get(&w.operation) else {
                continue;
            };
            let mut acceptors = Vec::new();
            for a in &w.acceptors {
                let state = match a.state.as_str() {
                    "success" => quote!(Success),
                    "failure" => quote!(Failure),
                    "retry" => quote!(Retry),
                    _ => continue 'waiters,
                };
                let matcher = match a.matcher.as_str() {
                    "path" => quote!(Path),
                    "pathAll" => quote!(PathAll),
                    "pathAny" => quote!(PathAny),
                    "status" => quote!(Status),
                    "error" => quote!(Error),
                    _ => continue 'waiters,
                };
                let expected = match &a.expected {
                    serde_json::Value::String(s) => quote!(Str(#s)),
                    serde_json::Value::Bool(b) => quote!(Bool(#b)),
                    serde_json::Value::Number(n) => match (n.as_i64(), n.as_f64()) {
                        (Some(i), _) => quote!(Int(#i)),
                        (None, Some(f)) => quote!(Float(#f)),
                        _ => continue 'waiters,
                    },
                    _ => continue 'waiters,
                };
                let arg = a.argument.as_deref().unwrap_or("");
                acceptors.push(quote! {
                    Acceptor { state: State::#state, matcher: Matcher::#matcher, argument: #arg, expected: Expected::#expected }
                });
            }
            let name = snake(wname);
            let st = format_ident!("{}", screaming(wname));
            let ost = format_ident!("{}", screaming(&w.operation));
            let (delay, attempts) = (w.delay, w.max_attempts);
            wait_statics.push(quote! {
                pub static #st: WaiterSpec = WaiterSpec {
                    name: #wname,
                    operation: &super::ops::#ost,
                    delay: #delay,
                    max_attempts: #attempts,
                    acceptors: &[#(#acceptors),*],
                };
            });
            let (input, out, in_shape) = self.io_types(op);
            let e = format_ident!("{}", Ctx::error_enum_name(&w.operation));
            let f = ident(&format!("wait_until_{name}"));
            let op_fn = snake(&w.operation);
            let doc = format!(
                " Polls [`Client::{op_fn}`] every {delay} s (at most {attempts} times) until waiter `{wname}` succeeds; `config` overrides the timing."
            );
            let (param, arg) = if in_shape.is_some() {
                (quote!(input: #input,), quote!(input))
            } else {
                (quote!(), quote!(kumo_runtime::Unit))
            };
            methods.push(quote! {
                #[doc = #doc]
                pub async fn #f(&self, #param config: kumo_runtime::waiter::WaiterConfig) -> Result<Option<#out>, Error<error::#e>> {
                    self.handle.wait(&schemas::waiters::#st, #arg, config).await
                }
            });
        }
        let (paginators, waiters) = (pag_statics.len(), wait_statics.len());
        let mut schemas = TokenStream::new();
        if !pag_statics.is_empty() {
            schemas.extend(quote! {
                /// The service's paginators (`paginators-1.json`).
                pub mod paginators {
                    use kumo_runtime::paginate::PaginatorSpec;
                    #(#pag_statics)*
                }
            });
        }
        if !wait_statics.is_empty() {
            schemas.extend(quote! {
                /// The service's waiters (`waiters-2.json`).
                pub mod waiters {
                    use kumo_runtime::waiter::{Acceptor, Expected, Matcher, State, WaiterSpec};
                    #(#wait_statics)*
                }
            });
        }
        let client = if methods.is_empty() {
            quote!()
        } else {
            quote! {
                /// Paginators and waiters.
                impl Client {
                    #(#methods)*
                }
            }
        };
        Extras {
            schemas,
            client,
            paginators,
            waiters,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every vendored service: count what is emitted, and check the output parses.
    #[test]
    fn all_services_emit_parseable_extras() {
        let models = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../models");
        let services = crate::model::list_services(&models).expect("services");
        let (mut pag_total, mut pag_emitted, mut wait_total, mut wait_emitted) = (0, 0, 0, 0);
        for name in &services {
            let svc = crate::model::load_service(&models, name).expect("load");
            let file = format!("models/data/{name}/service-2.json");
            let cx = Ctx::new(&svc.service, &file, false, false).expect("ctx");
            let x = cx.extras(&svc);
            pag_total += svc.paginators.pagination.len();
            wait_total += svc.waiters.waiters.len();
            pag_emitted += x.paginators;
            wait_emitted += x.waiters;
            let (schemas, client) = (x.schemas, x.client);
            syn::parse2::<syn::File>(quote!(#schemas #client))
                .unwrap_or_else(|e| panic!("{name}: generated code does not parse: {e}"));
        }
        eprintln!(
            "{} services: {pag_emitted} of {pag_total} paginators, {wait_emitted} of {wait_total} waiters emitted",
            services.len()
        );
        assert!(pag_total > 2000 && wait_total > 200);
        // Only paginators/waiters of operations missing from the model may be left out.
        assert!(
            pag_emitted * 100 >= pag_total * 99,
            "{pag_emitted} of {pag_total}"
        );
        assert!(
            wait_emitted * 100 >= wait_total * 99,
            "{wait_emitted} of {wait_total}"
        );
    }
}

//! `src/client.rs`: the `Client`, with one async method per operation that calls
//! `kumo_runtime::client::Handle::invoke` with the operation's static.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::analysis::Ctx;
use crate::names::{ident, screaming, snake};

impl Ctx<'_> {
    /// The client file; paginator and waiter methods are appended by [`super::extras`].
    pub(super) fn client_file(&self) -> TokenStream {
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
                None => quote!(kumo_runtime::NoOutput),
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
        quote! {
            //! The service client: one async method per operation.
            #![allow(deprecated, clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
            use kumo_runtime::Error;
            use crate::{error, schemas, types};

            /// A client for the service: one async method per operation.
            #[derive(Clone, Debug)]
            pub struct Client {
                handle: kumo_runtime::client::Handle,
            }

            impl kumo_runtime::client::FromHandle for Client {
                fn from_handle(handle: kumo_runtime::client::Handle) -> Client {
                    Client { handle }
                }
            }

            impl Client {
                /// A client configured like `boto3.client(...)` with no arguments: region,
                /// credentials, endpoint and retries from the environment and the profile.
                pub fn new() -> Result<Client, kumo_runtime::SdkError> {
                    Client::builder().build()
                }

                /// A client with explicit configuration, which wins over the environment and profile.
                pub fn from_config(config: kumo_runtime::config::Config) -> Result<Client, kumo_runtime::SdkError> {
                    Client::builder().config(config).build()
                }

                /// A builder for a client with explicit credentials, HTTP client or timeouts.
                pub fn builder() -> kumo_runtime::client::Builder<Client> {
                    kumo_runtime::client::Builder::new(&schemas::SERVICE)
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
        }
    }
}

//! The emitter: a loaded service model → the files of one `kumo-<service>` crate.
//!
//! `analysis.rs` works out what the service needs (reachable shapes, type and static
//! names, recursion boxing); `rust_types.rs` maps shapes to Rust types; then one module
//! per output file:
//!
//! | file                         | module          | holds                                          |
//! |------------------------------|-----------------|------------------------------------------------|
//! | `Cargo.toml`, `src/lib.rs`   | `crate_root.rs` | package, crate docs and example, module list   |
//! | `src/client.rs`              | `client.rs`     | `Client`, one async method per operation       |
//! | `src/types.rs`               | `types.rs`      | structs, unions, string enums and their glue   |
//! | `src/error.rs`               | `errors.rs`     | per-operation error enums                      |
//! | `src/schemas.rs`             | `schemas.rs`    | static `Schema`s, `Operation`s, the `Service`  |
//! | (client and schemas)         | `extras.rs`     | paginators and waiters, as statics and methods |
//!
//! plus `src/endpoint-rule-set.json` (the minified rule set, copied). Everything is
//! built as tokens with `quote!` and printed with `prettyplease`; the output is a pure
//! function of the model, so generating twice gives the same bytes.

use std::collections::BTreeMap;

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::docs::to_markdown;
use crate::model::{ModelError, ServiceFiles, ServiceModel};
use crate::names::screaming;

mod analysis;
mod client;
mod crate_root;
mod errors;
mod extras;
mod rust_types;
mod schemas;
mod types;

use analysis::Ctx;

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
    let extras = cx.extras(svc);
    let client = cx.client_file();
    let (extra_client, extra_schemas) = (extras.client, extras.schemas);
    let rules = svc.rule_set.as_ref().map(|_| "endpoint-rule-set.json");
    let schemas = cx.schemas_file(&svc.name, rules)?;
    let mut files = vec![
        File {
            path: "Cargo.toml".into(),
            contents: cx.cargo_toml(&opts.crate_name, &svc.name, &opts.runtime_path),
        },
        File {
            path: "src/lib.rs".into(),
            contents: pretty(cx.lib_file(&opts.crate_name), &file)?,
        },
        File {
            path: "src/client.rs".into(),
            contents: pretty(quote!(#client #extra_client), &file)?,
        },
        File {
            path: "src/types.rs".into(),
            contents: pretty(cx.types_file(), &file)?,
        },
        File {
            path: "src/error.rs".into(),
            contents: pretty(cx.errors_file(), &file)?,
        },
        File {
            path: "src/schemas.rs".into(),
            contents: pretty(quote!(#schemas #extra_schemas), &file)?,
        },
    ];
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

/// Generates `types`, `schemas` and `error` as the bodies of three sibling modules (they
/// name each other as `super::types` and `super::schemas`), without documentation and
/// without a rule set.
pub fn generate_modules(
    m: &ServiceModel,
    file: &str,
    service_name: &str,
) -> Result<Modules, ModelError> {
    generate_modules_with_rules(m, file, service_name, None)
}

/// Like [`generate_modules`]; the `Service` static's `rule_set` is
/// `include_str!(rules_file)` (a path relative to the file the modules end up in).
pub fn generate_modules_with_rules(
    m: &ServiceModel,
    file: &str,
    service_name: &str,
    rules_file: Option<&str>,
) -> Result<Modules, ModelError> {
    m.check(std::path::Path::new(file))?;
    let cx = Ctx::new(m, file, false, true)?;
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

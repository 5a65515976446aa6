//! botocore's protocol test suites → the generated crate `kumo-protocol-tests`
//! (`generated/protocol-tests/`), which `kumo-conformance` runs.
//!
//! Each suite in `models/tests/protocols/{input,output}/*.json` (and `legacy/`) is a
//! small service model: its `metadata`, its `shapes`, and one operation per case
//! (`given`). Every suite goes through the same loader and generator as a real
//! service and becomes a module `sN` with `types`, `schemas` and `error`, in one module
//! per suite file; a `CASES` table maps each case (by suite and case index) to its
//! operation and to constructors of its input, output and error values. The
//! conformance runner reads the JSON cases at run time and drives the runtime with these.

use std::collections::BTreeMap;
use std::path::Path;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::{json, Map, Value};

use crate::emit::{format_file, generate_modules};
use crate::model::{parse_json, ModelError, ServiceModel};

/// Where the crate goes, relative to the repository root.
pub const CRATE_DIR: &str = "generated/protocol-tests";

/// The suite files, relative to `models/tests/protocols`, and the module each becomes.
pub fn suite_files(models: &Path) -> Vec<(String, String)> {
    let mut v = Vec::new();
    for dir in ["input", "output", "legacy/input", "legacy/output"] {
        let Ok(rd) = std::fs::read_dir(models.join("tests/protocols").join(dir)) else {
            continue;
        };
        let mut names: Vec<String> = rd
            .flatten()
            .filter_map(|e| e.file_name().into_string().ok())
            .collect();
        names.sort();
        for n in names.into_iter().filter(|n| n.ends_with(".json")) {
            let module = format!("{}_{}", dir.replace('/', "_"), n.trim_end_matches(".json"))
                .replace(['-', '.'], "_");
            v.push((format!("{dir}/{n}"), module));
        }
    }
    v
}

fn model_err(file: &str, path: String, message: &str) -> ModelError {
    ModelError {
        file: file.into(),
        path,
        message: message.into(),
    }
}

/// Builds the service model of one suite, giving each distinct `given` its own operation.
/// Returns the model and, per case, the operation name it uses.
fn suite_model(
    file: &str,
    i: usize,
    suite: &Value,
) -> Result<(ServiceModel, Vec<String>), ModelError> {
    let at = |p: &str| format!("[{i}].{p}");
    let cases = suite
        .get("cases")
        .and_then(Value::as_array)
        .ok_or_else(|| model_err(file, at("cases"), "missing"))?;
    let mut ops = Map::new();
    let mut seen: BTreeMap<String, Vec<(Value, String)>> = BTreeMap::new();
    let mut case_ops = Vec::new();
    for (j, c) in cases.iter().enumerate() {
        let given = c
            .get("given")
            .ok_or_else(|| model_err(file, at(&format!("cases[{j}].given")), "missing"))?;
        let name = given
            .get("name")
            .and_then(Value::as_str)
            .unwrap_or("Operation")
            .to_string();
        let variants = seen.entry(name.clone()).or_default();
        let key = match variants.iter().find(|(g, _)| g == given) {
            Some((_, k)) => k.clone(),
            None => {
                let k = if variants.is_empty() {
                    name.clone()
                } else {
                    format!("{name}{}", variants.len() + 1)
                };
                variants.push((given.clone(), k.clone()));
                let mut g = given.clone();
                if let Some(o) = g.as_object_mut() {
                    o.insert("name".into(), Value::String(name.clone()));
                    // Legacy suites leave `http` out for RPC protocols: botocore defaults it.
                    let http = o.entry("http").or_insert(json!({}));
                    if let Some(h) = http.as_object_mut() {
                        h.entry("method").or_insert(json!("POST"));
                        h.entry("requestUri").or_insert(json!("/"));
                    }
                }
                ops.insert(k.clone(), g);
                k
            }
        };
        case_ops.push(key);
    }
    let mut metadata = suite.get("metadata").cloned().unwrap_or_else(|| json!({}));
    if let Some(m) = metadata.as_object_mut() {
        m.entry("apiVersion").or_insert(json!("2020-01-01"));
        m.entry("protocol").or_insert(json!("json"));
    }
    let model = json!({
        "metadata": metadata,
        "operations": ops,
        "shapes": suite.get("shapes").cloned().unwrap_or_else(|| json!({})),
    });
    let text = model.to_string();
    let m: ServiceModel = parse_json(Path::new(&format!("{file}[{i}]")), &text)?;
    Ok((m, case_ops))
}

/// Generates the module file for one suite file: returns the Rust source.
pub fn generate_suite_file(models: &Path, rel: &str) -> Result<String, ModelError> {
    let path = models.join("tests/protocols").join(rel);
    let file = format!("models/tests/protocols/{rel}");
    let text =
        std::fs::read_to_string(&path).map_err(|e| model_err(&file, "$".into(), &e.to_string()))?;
    let suites: Vec<Value> = parse_json(Path::new(&file), &text)?;
    let mut mods = Vec::new();
    let mut cases = Vec::new();
    for (i, suite) in suites.iter().enumerate() {
        let (m, case_ops) = suite_model(&file, i, suite)?;
        let s = format_ident!("s{}", i);
        let root = quote!(#s);
        let g = generate_modules(&m, &format!("{file}[{i}]"), "suite")?;
        let (types, schemas, error) = (g.types, g.schemas, g.error);
        mods.push(quote! {
            pub mod #s {
                pub mod types { #types }
                pub mod schemas { #schemas }
                pub mod error { #error }
            }
        });
        for (j, opname) in case_ops.iter().enumerate() {
            let op = &m.operations[opname];
            let st = format_ident!("{}", g.op_statics[opname]);
            let ctor = |r: &Option<crate::model::IoRef>| -> TokenStream {
                match r {
                    Some(r) => {
                        let t = format_ident!("{}", g.type_names[&r.shape]);
                        quote!(|| Box::new(#root::types::#t::default()))
                    }
                    None => quote!(|| Box::new(kumo_runtime::Unit)),
                }
            };
            let input = ctor(&op.input);
            let output = ctor(&op.output);
            let arms = op.errors.iter().enumerate().map(|(k, e)| {
                let t = format_ident!("{}", g.type_names[&e.shape]);
                quote!(#k => Some(Box::new(#root::types::#t::default())))
            });
            let error = if op.errors.is_empty() {
                quote!(|_| None)
            } else {
                quote!(|i| match i { #(#arms,)* _ => None })
            };
            let any_arms = g.exceptions.iter().map(|(shape, code, ty)| {
                let t = format_ident!("{}", ty);
                if shape == code {
                    quote!(#shape => Some(Box::new(#root::types::#t::default())))
                } else {
                    quote!(#shape | #code => Some(Box::new(#root::types::#t::default())))
                }
            });
            let any_error = if g.exceptions.is_empty() {
                quote!(|_| None)
            } else {
                quote!(|code| match code { #(#any_arms,)* _ => None })
            };
            cases.push(quote! {
                Case {
                    suite: #i,
                    case: #j,
                    service: &#root::schemas::SERVICE,
                    op: &#root::schemas::ops::#st,
                    input: #input,
                    output: #output,
                    error: #error,
                    any_error: #any_error,
                }
            });
        }
    }
    let tokens = quote! {
        //! Generated by `cargo xtask codegen` from botocore's protocol test suites: do not edit.
        #![allow(unused_imports)]
        use crate::Case;

        #(#mods)*

        /// Every case of the file, in file order.
        pub static CASES: &[Case] = &[#(#cases),*];
    };
    format_file(tokens, &file)
}

/// Generates the crate: `Cargo.toml`, `src/lib.rs` (module list), `src/files.rs` (the
/// `Case` type and the list of suite files) and one `src/<module>.rs` per suite file,
/// as (relative path, contents).
/// `runtime_path` is the runtime's directory relative to the crate's.
pub fn generate_all(
    models: &Path,
    runtime_path: &str,
) -> Result<Vec<(String, String)>, ModelError> {
    let files = suite_files(models);
    let mut out = vec![(
        "Cargo.toml".to_string(),
        format!(
            "# Generated by `cargo xtask codegen` from botocore's protocol test suites: do not edit.\n[package]\nname = \"kumo-protocol-tests\"\ndescription = \"botocore's protocol test suites as Kumo schemas and types, for kumo-conformance\"\nversion = \"0.1.0\"\nedition = \"2021\"\nlicense = \"Apache-2.0\"\npublish = false\n\n[dependencies]\nkumo-runtime = {{ path = \"{runtime_path}\" }}\n"
        ),
    )];
    let mut entries = Vec::new();
    for (rel, module) in &files {
        out.push((
            format!("src/{module}.rs"),
            generate_suite_file(models, rel)?,
        ));
        let m = format_ident!("{}", module);
        entries.push(quote!((#rel, #m::CASES)));
    }
    let mods = files.iter().map(|(_, m)| {
        let m = format_ident!("{}", m);
        quote!(#[rustfmt::skip] pub mod #m;)
    });
    // `lib.rs` is a crate root, which rustfmt would reformat: everything long lives in
    // modules it skips.
    let lib = quote! {
        //! botocore's protocol test suites (`models/tests/protocols/`) as Kumo schemas and
        //! types, one module per suite file, for `kumo-conformance`.
        //!
        //! Generated by `cargo xtask codegen` from botocore's protocol test suites: do not edit.
        #[rustfmt::skip]
        mod files;
        #(#mods)*

        pub use files::{Case, FILES};
    };
    let files = quote! {
        //! The list of suite files and the type of their cases.
        use super::*;

        /// One case: where it is in its file, its operation, and constructors for its values.
        pub struct Case {
            /// Index of the suite in the file.
            pub suite: usize,
            /// Index of the case in the suite.
            pub case: usize,
            /// The suite's service.
            pub service: &'static kumo_runtime::operation::Service,
            /// The case's operation.
            pub op: &'static kumo_runtime::operation::Operation,
            /// A default input value.
            pub input: fn() -> Box<dyn kumo_runtime::data::Struct>,
            /// A default output value.
            pub output: fn() -> Box<dyn kumo_runtime::data::Struct>,
            /// A default value of the operation's modelled error `i`.
            pub error: fn(usize) -> Option<Box<dyn kumo_runtime::data::Struct>>,
            /// A default value of any exception shape of the suite, by shape name or error code.
            pub any_error: fn(&str) -> Option<Box<dyn kumo_runtime::data::Struct>>,
        }

        /// Every suite file (relative to `models/tests/protocols`) with its cases.
        pub static FILES: &[(&str, &[Case])] = &[#(#entries),*];
    };
    out.push((
        "src/lib.rs".into(),
        format_file(lib, "protocol-tests/src/lib.rs")?,
    ));
    out.push((
        "src/files.rs".into(),
        format_file(files, "protocol-tests/src/files.rs")?,
    ));
    Ok(out)
}

//! Rust names for model names: types, fields, enum variants, statics and methods.

use heck::{ToShoutySnakeCase, ToSnakeCase, ToUpperCamelCase};
use proc_macro2::{Ident, Span};

const KEYWORDS: [&str; 51] = [
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub",
    "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
    "unsafe", "use", "where", "while", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try",
];

/// Type names that would shadow what generated code refers to.
const RESERVED_TYPES: [&str; 16] = [
    "Option",
    "Result",
    "Vec",
    "String",
    "Box",
    "Some",
    "None",
    "Ok",
    "Err",
    "Default",
    "HashMap",
    "Client",
    "Self",
    "Debug",
    "Clone",
    "PartialEq",
];

/// Makes `s` a valid identifier: non-alphanumerics become `_`, a leading digit gets `prefix`.
fn sanitize(s: &str, prefix: &str) -> String {
    let mut out: String = s
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if out.is_empty() || out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert_str(0, prefix);
    }
    out
}

/// An identifier, raw (`r#type`) for keywords that allow it, `self_` for those that don't.
pub fn ident(name: &str) -> Ident {
    if KEYWORDS.contains(&name) {
        if matches!(name, "self" | "Self" | "super" | "crate") {
            Ident::new(&format!("{name}_"), Span::call_site())
        } else {
            Ident::new_raw(name, Span::call_site())
        }
    } else {
        Ident::new(name, Span::call_site())
    }
}

/// The Rust type name of a shape: UpperCamelCase, never a reserved name.
pub fn type_name(shape: &str) -> String {
    let n = sanitize(&shape.to_upper_camel_case(), "T");
    if RESERVED_TYPES.contains(&n.as_str()) || KEYWORDS.contains(&n.as_str()) {
        format!("{n}Value")
    } else {
        n
    }
}

/// The field or method name of a member or operation: snake_case.
pub fn snake(name: &str) -> String {
    sanitize(&name.to_snake_case(), "n")
}

/// An enum variant for a wire value: UpperCamelCase.
pub fn variant(value: &str) -> String {
    let camel = value.to_upper_camel_case();
    let n = sanitize(&camel, "V");
    if n == "Unknown" || n == "Self" {
        format!("{n}Value")
    } else {
        n
    }
}

/// A static's name: SCREAMING_SNAKE_CASE.
pub fn screaming(name: &str) -> String {
    sanitize(&name.to_shouty_snake_case(), "S")
}

/// Deduplicates names in order: the second `x` becomes `x2`, the third `x3`.
pub fn dedupe(names: Vec<String>) -> Vec<String> {
    let mut seen = std::collections::BTreeSet::new();
    names
        .into_iter()
        .map(|n| {
            let mut candidate = n.clone();
            let mut i = 2;
            while !seen.insert(candidate.clone()) {
                candidate = format!("{n}{i}");
                i += 1;
            }
            candidate
        })
        .collect()
}

/// `name`, or `name_2`, `name_3`… if `taken` already has it.
pub fn dedupe_against(name: &str, taken: &[String]) -> String {
    let mut candidate = name.to_string();
    let mut i = 2;
    while taken.contains(&candidate) {
        candidate = format!("{name}_{i}");
        i += 1;
    }
    candidate
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(type_name("GetObjectRequest"), "GetObjectRequest");
        assert_eq!(type_name("Result"), "ResultValue");
        assert_eq!(snake("VersionId"), "version_id");
        assert_eq!(ident("type").to_string(), "r#type");
        assert_eq!(ident("self").to_string(), "self_");
        assert_eq!(variant("t2.micro"), "T2Micro");
        assert_eq!(variant("1"), "V1");
        assert_eq!(variant("public-read"), "PublicRead");
        assert_eq!(variant(""), "V");
        assert_eq!(
            dedupe(vec!["a".into(), "a".into(), "b".into()]),
            vec!["a", "a2", "b"]
        );
    }
}

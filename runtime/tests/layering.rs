//! The runtime's module layering and its one home for service-specific code, checked
//! by reading the sources.
//!
//! Each module of `runtime/src` belongs to a layer ([`LAYERS`], lowest first). A module
//! may name (`crate::…`, `$crate::…`, `super::…` up to the crate root, and in generated
//! code `kumo_runtime::…` / `rt::…`) only modules of *lower* layers; [`ALLOWED_EDGES`]
//! lists the exceptions, each with its reason. Test code (`#[cfg(test)]` items and the
//! files of test modules) and comments are not read.
//!
//! [`FORBIDDEN`] holds per-module invariants that are not about layers ("protocol
//! engines do no I/O"); [`service_names_live_in_customizations`] checks that only
//! `customizations/` names specific services (string literals equal to a botocore
//! service name from `models/data/`, and comparisons of a service's names), with
//! [`SERVICE_NAME_ALLOWED`] as the exceptions.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The runtime's layers, lowest first. Modules in one layer may not name each other.
/// `credentials::generated` is the STS / SSO subset the generator writes into the runtime.
const LAYERS: &[(&str, &[&str])] = &[
    (
        "plain values",
        &["meta", "body", "types", "schema", "compress"],
    ),
    ("the data view and static metadata", &["data", "operation"]),
    (
        "errors and readers over the data view",
        &["error", "debug", "jmespath", "dynamic"],
    ),
    (
        "engines and transport (no configuration, no credentials)",
        &[
            "validate",
            "macros",
            "protocol",
            "endpoint",
            "http",
            "retry",
            "eventstream",
        ],
    ),
    (
        "typed event streams (the codec read with the protocol engines)",
        &["events"],
    ),
    ("configuration", &["config"]),
    ("credentials", &["credentials"]),
    ("signing", &["auth"]),
    (
        "the generated STS / SSO subset",
        &["credentials::generated"],
    ),
    ("service customizations", &["customizations"]),
    ("the pipeline", &["client"]),
    ("on top of the pipeline", &["paginate", "waiter"]),
];

/// Back-edges that are allowed: (from, to, why).
const ALLOWED_EDGES: &[(&str, &str, &str)] = &[];

/// Per-module invariants: (module, text its non-test code must not contain, invariant).
const FORBIDDEN: &[(&str, &str, &str)] = &[
    (
        "credentials",
        "crate::client",
        "credentials knows nothing of the pipeline",
    ),
    ("protocol", "tokio::", "protocol engines do no I/O"),
    ("protocol", "std::fs", "protocol engines do no I/O"),
    ("protocol", "std::process", "protocol engines do no I/O"),
    ("protocol", "TcpStream", "protocol engines do no I/O"),
    ("protocol", "crate::http", "protocol engines do no I/O"),
    ("endpoint", "tokio::", "endpoint resolution does no I/O"),
    ("endpoint", "std::fs", "endpoint resolution does no I/O"),
    ("endpoint", "TcpStream", "endpoint resolution does no I/O"),
    ("endpoint", "crate::http", "endpoint resolution does no I/O"),
    ("auth", "crate::endpoint", "auth knows nothing of endpoints"),
    (
        "auth",
        "crate::http::",
        "auth signs requests, it does not send them",
    ),
    ("schema", "crate::", "schemas are plain statics"),
    ("meta", "crate::", "response metadata is plain data"),
];

/// String literals naming a service outside `customizations/` that are allowed:
/// (path prefix under `runtime/src`, literal or `*` for any, why).
const SERVICE_NAME_ALLOWED: &[(&str, &str, &str)] = &[
    (
        "credentials/generated/",
        "*",
        "the generated STS and SSO statics name their own service",
    ),
    (
        "config/",
        "s3",
        "the profile's `s3` section and `Config(s3=…)` are botocore configuration names",
    ),
    ("operation.rs", "ec2", "the `ec2` protocol, not the service"),
    (
        "credentials/",
        "sso",
        "the SSO provider's name and the `~/.aws/sso/cache` directory",
    ),
    (
        "credentials/mod.rs",
        "sts",
        "a field name in ProviderContext's Debug output",
    ),
    (
        "eventstream/input.rs",
        "signer",
        "a field name in InputStream's Debug output (not AWS Signer)",
    ),
    (
        "client/credential_calls.rs",
        "sso",
        "the SSO provider's name (botocore's `SSOProvider.METHOD`)",
    ),
    (
        "retry/",
        "sts",
        "botocore's retry rules keyed by service (retries/special.py)",
    ),
    (
        "retry/",
        "dynamodb",
        "botocore's retry rules keyed by service (retries/standard.py, special.py)",
    ),
    (
        "retry/",
        "sqs",
        "botocore's long-polling operations (retries/standard.py)",
    ),
    (
        "retry/",
        "swf",
        "botocore's long-polling operations (retries/standard.py)",
    ),
    (
        "retry/",
        "kinesis",
        "botocore's long-polling operations (retries/standard.py)",
    ),
];

// ---------------------------------------------------------------------------------------
// Reading sources
// ---------------------------------------------------------------------------------------

/// A source file with comments removed and string literal contents blanked (line
/// structure kept), and its string literals with their lines.
struct Scanned {
    code: String,
    strings: Vec<(usize, String)>,
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn scan(src: &str) -> Scanned {
    let s: Vec<char> = src.chars().collect();
    let mut code = String::with_capacity(src.len());
    let mut strings = Vec::new();
    let mut line = 1;
    let mut i = 0;
    // Blanks a literal's contents, keeping newlines.
    let blank = |c: char, code: &mut String| code.push(if c == '\n' { '\n' } else { ' ' });
    while i < s.len() {
        let c = s[i];
        let next = s.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < s.len() && s[i] != '\n' {
                i += 1;
            }
            continue;
        }
        if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < s.len() {
                if s[i] == '/' && s.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if s[i] == '*' && s.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    if s[i] == '\n' {
                        line += 1;
                        code.push('\n');
                    }
                    i += 1;
                }
            }
            continue;
        }
        let prev_ident = i > 0 && is_ident(s[i - 1]);
        // Raw strings: r"…", r#"…"#, br"…".
        let raw_start = if !prev_ident && c == 'r' {
            Some(i + 1)
        } else if !prev_ident && c == 'b' && next == Some('r') {
            Some(i + 2)
        } else {
            None
        };
        if let Some(mut j) = raw_start {
            let mut hashes = 0;
            while s.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if s.get(j) == Some(&'"') {
                code.extend(&s[i..=j]);
                let start_line = line;
                let mut text = String::new();
                j += 1;
                while j < s.len() {
                    if s[j] == '"' && (0..hashes).all(|h| s.get(j + 1 + h) == Some(&'#')) {
                        break;
                    }
                    if s[j] == '\n' {
                        line += 1;
                    }
                    text.push(s[j]);
                    blank(s[j], &mut code);
                    j += 1;
                }
                code.push('"');
                code.extend(std::iter::repeat_n('#', hashes));
                strings.push((start_line, text));
                i = j + 1 + hashes;
                continue;
            }
        }
        if c == '"' {
            code.push('"');
            let start_line = line;
            let mut text = String::new();
            let mut j = i + 1;
            while j < s.len() && s[j] != '"' {
                if s[j] == '\\' && j + 1 < s.len() {
                    text.push(s[j]);
                    text.push(s[j + 1]);
                    blank(s[j], &mut code);
                    blank(s[j + 1], &mut code);
                    if s[j + 1] == '\n' {
                        line += 1;
                    }
                    j += 2;
                    continue;
                }
                if s[j] == '\n' {
                    line += 1;
                }
                text.push(s[j]);
                blank(s[j], &mut code);
                j += 1;
            }
            code.push('"');
            strings.push((start_line, text));
            i = j + 1;
            continue;
        }
        if c == '\'' {
            // A char literal ('x', '\n', '\u{..}'), else a lifetime or label.
            let end = if next == Some('\\') {
                (i + 2..s.len()).find(|&k| s[k] == '\'')
            } else if s.get(i + 2) == Some(&'\'') {
                Some(i + 2)
            } else {
                None
            };
            if let Some(end) = end {
                code.push_str("' '");
                i = end + 1;
                continue;
            }
        }
        if c == '\n' {
            line += 1;
        }
        code.push(c);
        i += 1;
    }
    Scanned { code, strings }
}

/// Removes `#[cfg(test)]` items from scanned code; returns the names of test modules
/// declared as files (`#[cfg(test)] mod tests;`) and the lines removed (first, last).
fn strip_test_items(code: &mut String) -> (Vec<String>, Vec<(usize, usize)>) {
    let mut test_files = Vec::new();
    let mut removed = Vec::new();
    while let Some(at) = code.find("#[cfg(test)]") {
        let b = code.as_bytes();
        let mut i = at + "#[cfg(test)]".len();
        let mut depth = 0i32;
        let mut end = code.len();
        while i < b.len() {
            match b[i] {
                b'(' | b'[' => depth += 1,
                b')' | b']' => depth -= 1,
                b';' if depth == 0 => {
                    end = i + 1;
                    let item = &code[at..end];
                    if let Some(name) = item.split_whitespace().skip_while(|w| *w != "mod").nth(1) {
                        test_files.push(name.trim_end_matches(';').to_string());
                    }
                    break;
                }
                b'{' if depth == 0 => {
                    let mut braces = 0i32;
                    while i < b.len() {
                        match b[i] {
                            b'{' => braces += 1,
                            b'}' => {
                                braces -= 1;
                                if braces == 0 {
                                    break;
                                }
                            }
                            _ => {}
                        }
                        i += 1;
                    }
                    end = (i + 1).min(code.len());
                    break;
                }
                _ => {}
            }
            i += 1;
        }
        // Keep the line count: replace the item by its newlines.
        let first = code[..at].matches('\n').count() + 1;
        let newlines = code[at..end].matches('\n').count();
        removed.push((first, first + newlines));
        code.replace_range(at..end, &"\n".repeat(newlines));
    }
    (test_files, removed)
}

struct SourceFile {
    /// Path under `runtime/src`, with `/`.
    rel: String,
    /// The module it belongs to, as named in [`LAYERS`].
    module: String,
    /// The module path of the file itself (`["client", "builder"]`).
    path: Vec<String>,
    code: String,
    strings: Vec<(usize, String)>,
}

fn src_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rs_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("runtime/src is readable") {
        let p = entry.expect("directory entry").path();
        if p.is_dir() {
            rs_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// Every non-test source file of the runtime except `lib.rs`.
fn sources() -> Vec<SourceFile> {
    let root = src_dir();
    let mut paths = Vec::new();
    rs_files(&root, &mut paths);
    paths.sort();
    let mut files = Vec::new();
    let mut test_modules: BTreeSet<Vec<String>> = BTreeSet::new();
    for p in &paths {
        let rel = p
            .strip_prefix(&root)
            .expect("under src")
            .to_string_lossy()
            .replace('\\', "/");
        let text = std::fs::read_to_string(p).expect("source is UTF-8");
        let Scanned { mut code, strings } = scan(&text);
        let mut path: Vec<String> = rel
            .trim_end_matches(".rs")
            .split('/')
            .map(str::to_string)
            .collect();
        if path.last().is_some_and(|l| l == "mod" || l == "lib") {
            path.pop();
        }
        let (test_files, removed) = strip_test_items(&mut code);
        for name in test_files {
            let mut m = path.clone();
            m.push(name);
            test_modules.insert(m);
        }
        let strings = strings
            .into_iter()
            .filter(|(line, _)| !removed.iter().any(|(a, b)| (a..=b).contains(&line)))
            .collect();
        if rel == "lib.rs" {
            continue;
        }
        let module = if rel.starts_with("credentials/generated/") {
            "credentials::generated".to_string()
        } else {
            path[0].clone()
        };
        files.push(SourceFile {
            rel,
            module,
            path,
            code,
            strings,
        });
    }
    // Drop the files of test modules (and anything below them).
    files.retain(|f| !test_modules.iter().any(|t| f.path.starts_with(t)));
    files
}

// ---------------------------------------------------------------------------------------
// Resolving references
// ---------------------------------------------------------------------------------------

/// Root items re-exported by `lib.rs` and `#[macro_export]` macros → their module.
fn root_items(files: &[SourceFile]) -> BTreeMap<String, String> {
    let mut items = BTreeMap::new();
    let lib = scan(&std::fs::read_to_string(src_dir().join("lib.rs")).expect("lib.rs")).code;
    for stmt in lib.split(';') {
        let stmt = stmt.trim();
        let Some(rest) = stmt.strip_prefix("pub use ") else {
            continue;
        };
        let Some((module, names)) = rest.split_once("::") else {
            continue;
        };
        for name in names
            .trim_matches(|c| c == '{' || c == '}')
            .split(',')
            .map(|n| n.split(" as ").last().unwrap_or(n).trim())
            .filter(|n| !n.is_empty())
        {
            items.insert(name.to_string(), module.trim().to_string());
        }
    }
    for f in files {
        for part in f.code.split("macro_rules!").skip(1) {
            let name: String = part
                .trim_start()
                .chars()
                .take_while(|c| is_ident(*c))
                .collect();
            items.insert(name, f.module.clone());
        }
    }
    items
}

/// The first segments of every path a file names from the crate root, with the line:
/// `crate::a::b` → `["a", "b"]`.
fn crate_paths(f: &SourceFile) -> Vec<(usize, Vec<String>)> {
    let code = &f.code;
    let mut roots = vec!["crate::", "$crate::"];
    let generated_alias = code.contains("use crate as kumo_runtime");
    if generated_alias {
        roots.push("kumo_runtime::");
    }
    if generated_alias && code.contains("use kumo_runtime as rt") {
        roots.push("rt::");
    }
    let mut out = Vec::new();
    let line_of = |at: usize| code[..at].matches('\n').count() + 1;
    let segments = |s: &str| -> Vec<String> {
        let path: String = s
            .chars()
            .take_while(|c| is_ident(*c) || *c == ':')
            .collect();
        path.split("::")
            .map(|seg| seg.chars().take_while(|c| is_ident(*c)).collect::<String>())
            .take_while(|seg| !seg.is_empty())
            .collect()
    };
    for root in &roots {
        let mut from = 0;
        while let Some(pos) = code[from..].find(root) {
            let at = from + pos;
            from = at + root.len();
            let before = code[..at].chars().next_back();
            if before.is_some_and(|c| is_ident(c) || (c == '$' && !root.starts_with('$'))) {
                continue;
            }
            if root == &"crate::" && before == Some('$') {
                continue;
            }
            let rest = &code[from..];
            if let Some(group) = rest.strip_prefix('{') {
                // `use crate::{a, b::c, d::{e, f}}`: the top-level names of the group.
                let mut depth = 0;
                let mut item = String::new();
                for c in group.chars() {
                    match c {
                        '{' => depth += 1,
                        '}' if depth == 0 => break,
                        '}' => depth -= 1,
                        ',' if depth == 0 => {
                            out.push((line_of(at), segments(item.trim())));
                            item.clear();
                            continue;
                        }
                        _ => {}
                    }
                    item.push(c);
                }
                if !item.trim().is_empty() {
                    out.push((line_of(at), segments(item.trim())));
                }
            } else {
                out.push((line_of(at), segments(rest)));
            }
        }
    }
    // `super::…` that climbs to the crate root.
    let mut from = 0;
    while let Some(pos) = code[from..].find("super::") {
        let at = from + pos;
        from = at + "super::".len();
        if code[..at].chars().next_back().is_some_and(is_ident) {
            continue;
        }
        let mut ups = 1;
        let mut rest = &code[from..];
        while let Some(r) = rest.strip_prefix("super::") {
            ups += 1;
            rest = r;
        }
        if ups >= f.path.len() {
            out.push((line_of(at), segments(rest)));
        }
    }
    out
}

/// The module a crate path lands in.
fn target_module(segs: &[String], root_items: &BTreeMap<String, String>) -> Option<String> {
    let first = segs.first()?;
    if first == "credentials" && segs.get(1).is_some_and(|s| s == "generated") {
        return Some("credentials::generated".to_string());
    }
    if let Some(m) = root_items.get(first) {
        return Some(m.clone());
    }
    Some(first.clone())
}

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|(_, ms)| ms.contains(&module))
}

// ---------------------------------------------------------------------------------------
// The checks
// ---------------------------------------------------------------------------------------

#[test]
fn every_module_has_a_layer() {
    let files = sources();
    assert!(files.len() > 50, "found only {} source files", files.len());
    let mut missing: Vec<String> = files
        .iter()
        .filter(|f| layer_of(&f.module).is_none())
        .map(|f| format!("{} (module `{}`)", f.rel, f.module))
        .collect();
    missing.dedup();
    assert!(
        missing.is_empty(),
        "add these modules to LAYERS in runtime/tests/layering.rs: {missing:#?}"
    );
}

#[test]
fn lower_layers_never_name_higher_ones() {
    let files = sources();
    let items = root_items(&files);
    let mut violations = Vec::new();
    let mut edges = 0;
    for f in &files {
        let Some(from) = layer_of(&f.module) else {
            continue;
        };
        for (line, segs) in crate_paths(f) {
            let Some(to_module) = target_module(&segs, &items) else {
                continue;
            };
            if to_module == f.module {
                continue;
            }
            edges += 1;
            let Some(to) = layer_of(&to_module) else {
                violations.push(format!(
                    "{}:{line}: `{}` is in no layer",
                    f.rel,
                    segs.join("::")
                ));
                continue;
            };
            let allowed = ALLOWED_EDGES
                .iter()
                .any(|(a, b, _)| *a == f.module && *b == to_module);
            if to >= from && !allowed {
                violations.push(format!(
                    "{}:{line}: `{}` (layer {from}, {}) names `crate::{}` (`{}`, layer {to}, {}), \
                     which is not below it",
                    f.rel,
                    f.module,
                    LAYERS[from].0,
                    segs.join("::"),
                    to_module,
                    LAYERS[to].0
                ));
            }
        }
    }
    // The scan must see the runtime's real edges, or it proves nothing.
    assert!(edges > 200, "only {edges} cross-module references found");
    assert!(
        violations.is_empty(),
        "layering violations:\n{}",
        violations.join("\n")
    );
}

#[test]
fn module_invariants_hold() {
    let files = sources();
    let mut violations = Vec::new();
    for f in &files {
        for (module, text, invariant) in FORBIDDEN {
            if f.module != *module {
                continue;
            }
            for (n, line) in f.code.lines().enumerate() {
                if line.contains(text) {
                    violations.push(format!(
                        "{}:{}: `{text}` breaks \"{invariant}\"",
                        f.rel,
                        n + 1
                    ));
                }
            }
        }
    }
    assert!(violations.is_empty(), "{}", violations.join("\n"));
}

/// botocore's service names: the directories of `models/data/`.
fn service_names() -> BTreeSet<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../models/data");
    let names: BTreeSet<String> = std::fs::read_dir(&dir)
        .expect("models/data is readable")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        names.len() > 400,
        "only {} services under {dir:?}",
        names.len()
    );
    names
}

#[test]
fn service_names_live_in_customizations() {
    let names = service_names();
    let files = sources();
    let mut violations = Vec::new();
    let mut seen_in_customizations = BTreeSet::new();
    for f in &files {
        if f.module == "customizations" {
            for (_, s) in &f.strings {
                if names.contains(s) {
                    seen_in_customizations.insert(s.clone());
                }
            }
            continue;
        }
        for (line, s) in &f.strings {
            if !names.contains(s) {
                continue;
            }
            let allowed = SERVICE_NAME_ALLOWED
                .iter()
                .any(|(prefix, lit, _)| f.rel.starts_with(prefix) && (*lit == "*" || lit == s));
            if !allowed {
                violations.push(format!("{}:{line}: names the service {s:?}", f.rel));
            }
        }
        if f.rel.starts_with("credentials/generated/") {
            continue;
        }
        for (n, line) in f.code.lines().enumerate() {
            if compares_service_names(line) {
                violations.push(format!(
                    "{}:{}: compares a service's name: {}",
                    f.rel,
                    n + 1,
                    line.trim()
                ));
            }
        }
    }
    assert!(
        violations.is_empty(),
        "service-specific code belongs in runtime/src/customizations/:\n{}",
        violations.join("\n")
    );
    // The check reads the literals it should: customizations names these.
    for s in ["s3", "s3control", "dynamodb", "dynamodbstreams"] {
        assert!(seen_in_customizations.contains(s), "{s} not seen");
    }
}

/// `service.name == …`, `svc.signing_name != …`, `matches!(service.name, …)`.
fn compares_service_names(line: &str) -> bool {
    const FIELDS: [&str; 4] = ["name", "signing_name", "service_id", "endpoint_prefix"];
    let compact: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    FIELDS.iter().any(|field| {
        let dotted = format!(".{field}");
        compact.match_indices(&dotted).any(|(at, _)| {
            let receiver: String = compact[..at]
                .chars()
                .rev()
                .take_while(|c| is_ident(*c) || *c == '.')
                .collect();
            let after = &compact[at + dotted.len()..];
            let is_service = receiver
                .chars()
                .rev()
                .collect::<String>()
                .contains("service");
            let compared = after.starts_with("==") || after.starts_with("!=");
            let matched = after.starts_with(',')
                && compact[..at]
                    .rsplit_once("matches!(")
                    .is_some_and(|(_, arg)| !arg.contains(','));
            is_service && !after.starts_with(|c: char| is_ident(c)) && (compared || matched)
        })
    })
}

#[test]
fn the_scanner_reads_rust() {
    let s = scan(
        "let a = \"x // y\"; // comment \"s3\"\nlet b = r#\"q\"#; /* \"dynamodb\" */ let c = '\"';\nlet l: &'a str = \"s3\";",
    );
    let lits: Vec<&str> = s.strings.iter().map(|(_, t)| t.as_str()).collect();
    assert_eq!(lits, ["x // y", "q", "s3"]);
    assert_eq!(s.strings[2].0, 3);
    assert!(!s.code.contains("comment") && !s.code.contains("dynamodb"));
    let mut code = "use crate::a;\n#[cfg(test)]\nmod tests {\n use crate::client;\n}\n#[cfg(test)]\nmod more;\nfn f() {}".to_string();
    assert_eq!(
        strip_test_items(&mut code),
        (vec!["more".to_string()], vec![(2, 5), (6, 7)])
    );
    assert!(!code.contains("client") && code.contains("fn f"));
    assert_eq!(code.lines().count(), 8);
    assert!(compares_service_names("if service.name == \"\" {"));
    assert!(compares_service_names(
        "matches!(inner.service.signing_name, \"\" | \"\")"
    ));
    assert!(!compares_service_names("s.name == \"sigv4\""));
    assert!(!compares_service_names(
        "service = self.inner.service.name,"
    ));
}

//! `kumo-codegen`: botocore service models → Rust client crates.
//!
//! [`model`] loads and checks the JSON models with typed errors, [`emit`] turns one
//! service into the files of its crate, [`names`] and [`docs`] map model names and
//! HTML documentation to Rust. [`write_crate`] writes (or, with `check`, compares)
//! a crate directory; `cargo xtask codegen` drives it for the committed set.

pub mod docs;
pub mod emit;
pub mod model;
pub mod names;
pub mod protocol_tests;
pub mod subset;

use std::path::{Path, PathBuf};

pub use emit::{generate, File, Options};
pub use model::{list_services, load_service, ModelError};

/// The crate name for a botocore service name: `kumo-<service>`.
pub fn crate_name(service: &str) -> String {
    format!("kumo-{service}")
}

/// A path from `from` (a directory) to `to`, relative when both are absolute and share a root.
pub fn relative_path(from: &Path, to: &Path) -> PathBuf {
    let from: Vec<_> = from.components().collect();
    let to_c: Vec<_> = to.components().collect();
    let common = from.iter().zip(&to_c).take_while(|(a, b)| a == b).count();
    if common == 0 {
        return to.to_path_buf();
    }
    let mut p = PathBuf::new();
    for _ in common..from.len() {
        p.push("..");
    }
    for c in &to_c[common..] {
        p.push(c.as_os_str());
    }
    p
}

/// Generates `service` from `models` into `out/<service>/`. With `check`, writes nothing
/// and returns the files that differ from what is on disk (missing ones included).
pub fn write_crate(
    models: &Path,
    service: &str,
    out: &Path,
    runtime: &Path,
    check: bool,
) -> Result<Vec<PathBuf>, String> {
    let svc = load_service(models, service).map_err(|e| e.to_string())?;
    let dir = out.join(service);
    let runtime_path = relative_path(&dir, runtime);
    let opts = Options {
        crate_name: crate_name(service),
        runtime_path: runtime_path.to_string_lossy().replace('\\', "/"),
        docs: true,
    };
    let files = generate(&svc, &opts).map_err(|e| e.to_string())?;
    let files: Vec<(String, String)> = files.into_iter().map(|f| (f.path, f.contents)).collect();
    write_files(&dir, &files, check)
}

/// Writes `(relative path, contents)` pairs under `dir`; with `check`, writes nothing and
/// returns the paths that differ, including files under `dir` that would not be written.
pub fn write_files(
    dir: &Path,
    files: &[(String, String)],
    check: bool,
) -> Result<Vec<PathBuf>, String> {
    let mut differ = Vec::new();
    for (rel, contents) in files {
        let path = dir.join(rel);
        if check {
            if std::fs::read_to_string(&path).ok().as_deref() != Some(contents.as_str()) {
                differ.push(path);
            }
        } else {
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)
                    .map_err(|e| format!("{}: {e}", parent.display()))?;
            }
            std::fs::write(&path, contents).map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    if check {
        // Files the generator would no longer write are drift too.
        let wanted: Vec<PathBuf> = files.iter().map(|(rel, _)| dir.join(rel)).collect();
        let mut stack = vec![dir.to_path_buf()];
        while let Some(d) = stack.pop() {
            let Ok(rd) = std::fs::read_dir(&d) else {
                continue;
            };
            for e in rd.flatten() {
                let p = e.path();
                if p.is_dir() {
                    if p.file_name().is_some_and(|n| n != "target") {
                        stack.push(p);
                    }
                } else if !wanted.contains(&p) {
                    differ.push(p);
                }
            }
        }
    }
    Ok(differ)
}

//! `cargo xtask`: the project's developer commands.
//!
//! - `codegen`: regenerate client crates from `models/` (the committed set by default).
//! - `update-models`: refresh `models/` from an unpacked botocore source distribution.
//! - `check-services`: `cargo check` generated crates and count how many compile.
//! - `conformance`: run every conformance suite and write `target/conformance.json`.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Instant;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "xtask", about = "Kumo developer commands")]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Regenerate client crates (default: the committed set in generated/services.txt).
    Codegen {
        /// A service to generate (repeatable).
        #[arg(long = "service")]
        services: Vec<String>,
        /// Generate every service in the models directory.
        #[arg(long)]
        all: bool,
        /// The models directory.
        #[arg(long, default_value = "models")]
        models: PathBuf,
        /// Where crates are written (one directory per service).
        #[arg(long, default_value = "generated")]
        out: PathBuf,
        /// Write nothing; fail and list the files that differ from what would be generated.
        #[arg(long)]
        check: bool,
    },
    /// Refresh models/ from an unpacked botocore source distribution.
    UpdateModels {
        /// The unpacked `botocore-<version>` directory.
        #[arg(long)]
        from: PathBuf,
        /// The models directory to replace.
        #[arg(long, default_value = "models")]
        models: PathBuf,
    },
    /// Generate crates into a scratch workspace and `cargo check` them.
    CheckServices {
        /// Check all services, not just the committed set.
        #[arg(long)]
        all: bool,
        /// A service to check (repeatable).
        #[arg(long = "service")]
        services: Vec<String>,
        /// The scratch workspace directory.
        #[arg(long, default_value = "target/check-services")]
        dir: PathBuf,
    },
    /// Run the whole test suite: installs moto (the AWS emulator the end-to-end tests
    /// start on 127.0.0.1) when missing, checks the differential test's botocore
    /// expectations with botocore 1.44.5 (a virtualenv under `target/`, from PyPI), then
    /// `cargo test --workspace`.
    Test {
        /// Extra arguments for `cargo test` (after `--`, e.g. a test name filter).
        #[arg(trailing_var_arg = true)]
        args: Vec<String>,
    },
    /// Run every conformance suite; writes target/conformance.json.
    Conformance {
        /// Only these suites.
        suites: Vec<String>,
    },
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .canonicalize()
        .unwrap_or_else(|_| PathBuf::from("."))
}

fn committed_set(root: &Path) -> Result<Vec<String>, String> {
    let p = root.join("generated/services.txt");
    let text = std::fs::read_to_string(&p).map_err(|e| format!("{}: {e}", p.display()))?;
    Ok(text
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect())
}

fn absolute(root: &Path, p: &Path) -> PathBuf {
    if p.is_absolute() {
        p.to_path_buf()
    } else {
        root.join(p)
    }
}

/// Runs `f` over `items` on two threads, printing progress; returns the errors.
fn for_each_parallel(
    items: &[String],
    label: &str,
    f: impl Fn(&str) -> Result<(), String> + Sync,
) -> Vec<String> {
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let errors = Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
        .min(8);
    let verbose = items.len() > 4;
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(item) = items.get(i) else { break };
                if let Err(e) = f(item) {
                    if let Ok(mut v) = errors.lock() {
                        v.push(format!("{item}: {e}"));
                    }
                }
                let n = done.fetch_add(1, Ordering::SeqCst) + 1;
                if verbose && (n % 25 == 0 || n == items.len()) {
                    eprintln!("{label} {n}/{}", items.len());
                }
            });
        }
    });
    errors.into_inner().unwrap_or_default()
}

fn codegen(
    services: Vec<String>,
    all: bool,
    models: &Path,
    out: &Path,
    check: bool,
) -> Result<(), String> {
    let root = root();
    let models = absolute(&root, models);
    let out = absolute(&root, out);
    let default_set = !all && services.is_empty();
    let services = if all {
        kumo_codegen::list_services(&models).map_err(|e| e.to_string())?
    } else if services.is_empty() {
        committed_set(&root)?
    } else {
        services
    };
    let runtime = root.join("runtime");
    let start = Instant::now();
    let differ = Mutex::new(Vec::new());
    if default_set {
        // The protocol conformance suites are a generated crate too (not a service).
        let dir = root.join(kumo_codegen::protocol_tests::CRATE_DIR);
        let runtime_path = kumo_codegen::relative_path(&dir, &runtime);
        let files = kumo_codegen::protocol_tests::generate_all(
            &models,
            &runtime_path.to_string_lossy().replace('\\', "/"),
        )
        .map_err(|e| e.to_string())?;
        let d = kumo_codegen::write_files(&dir, &files, check)?;
        if let Ok(mut v) = differ.lock() {
            v.extend(d);
        }
        // So are the STS / SSO operations the runtime's credential providers call.
        let dir = root.join(kumo_codegen::subset::RUNTIME_DIR);
        let files =
            kumo_codegen::subset::generate_runtime_subsets(&models).map_err(|e| e.to_string())?;
        let d = kumo_codegen::write_files(&dir, &files, check)?;
        if let Ok(mut v) = differ.lock() {
            v.extend(d);
        }
    }
    let errors = for_each_parallel(&services, "generated", |s| {
        let d = kumo_codegen::write_crate(&models, s, &out, &runtime, check)?;
        if let Ok(mut v) = differ.lock() {
            v.extend(d);
        }
        Ok(())
    });
    if !errors.is_empty() {
        return Err(format!(
            "{} service(s) failed:\n{}",
            errors.len(),
            errors.join("\n")
        ));
    }
    let mut differ = differ.into_inner().unwrap_or_default();
    differ.sort();
    if check {
        if !differ.is_empty() {
            for d in &differ {
                eprintln!("differs: {}", d.strip_prefix(&root).unwrap_or(d).display());
            }
            return Err(format!(
                "{} generated file(s) are stale: re-run `cargo xtask codegen`",
                differ.len()
            ));
        }
        let also = if default_set {
            ", the protocol tests and the runtime's STS/SSO subsets"
        } else {
            ""
        };
        eprintln!("{} service crate(s){also} are up to date", services.len());
    } else {
        eprintln!(
            "generated {} service crate(s) in {:.1} s",
            services.len(),
            start.elapsed().as_secs_f64()
        );
    }
    Ok(())
}

fn copy_dir(from: &Path, to: &Path) -> Result<(), String> {
    std::fs::create_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    let rd = std::fs::read_dir(from).map_err(|e| format!("{}: {e}", from.display()))?;
    for e in rd.flatten() {
        let p = e.path();
        let dest = to.join(e.file_name());
        if p.is_dir() {
            copy_dir(&p, &dest)?;
        } else if p.extension().is_none_or(|x| x != "py" && x != "pyc") {
            std::fs::copy(&p, &dest).map_err(|e| format!("{}: {e}", p.display()))?;
        }
    }
    Ok(())
}

fn update_models(from: &Path, models: &Path) -> Result<(), String> {
    let root = root();
    let models = absolute(&root, models);
    let data = from.join("botocore/data");
    if !data.is_dir() {
        return Err(format!(
            "{} has no botocore/data: pass an unpacked botocore source distribution",
            from.display()
        ));
    }
    let version = std::fs::read_to_string(from.join("PKG-INFO"))
        .ok()
        .and_then(|t| {
            t.lines()
                .find_map(|l| l.strip_prefix("Version: ").map(str::to_string))
        })
        .ok_or("PKG-INFO has no Version line")?;
    let _ = std::fs::remove_dir_all(models.join("data"));
    let _ = std::fs::remove_dir_all(models.join("tests"));
    std::fs::create_dir_all(models.join("data")).map_err(|e| e.to_string())?;
    for f in [
        "_retry.json",
        "partitions.json",
        "endpoints.json",
        "sdk-default-configuration.json",
    ] {
        std::fs::copy(data.join(f), models.join("data").join(f))
            .map_err(|e| format!("{f}: {e}"))?;
    }
    let mut count = 0;
    let mut dirs: Vec<_> = std::fs::read_dir(&data)
        .map_err(|e| e.to_string())?
        .flatten()
        .map(|e| e.path())
        .collect();
    dirs.sort();
    for svc in dirs.into_iter().filter(|p| p.is_dir()) {
        let mut versions: Vec<_> = std::fs::read_dir(&svc)
            .map_err(|e| e.to_string())?
            .flatten()
            .map(|e| e.path())
            .collect();
        versions.sort();
        let Some(latest) = versions
            .into_iter()
            .rev()
            .find(|v| v.join("service-2.json").exists())
        else {
            continue;
        };
        let name = svc.file_name().ok_or("bad service dir")?;
        let dest = models.join("data").join(name);
        std::fs::create_dir_all(&dest).map_err(|e| e.to_string())?;
        for f in [
            "service-2.json",
            "service-2.sdk-extras.json",
            "paginators-1.json",
            "paginators-1.sdk-extras.json",
            "waiters-2.json",
            "endpoint-rule-set-1.json",
        ] {
            if latest.join(f).exists() {
                std::fs::copy(latest.join(f), dest.join(f)).map_err(|e| format!("{f}: {e}"))?;
            }
        }
        count += 1;
    }
    let tests = from.join("tests");
    let t = models.join("tests");
    for (src, dst) in [
        ("unit/protocols", "protocols"),
        ("unit/auth/aws4_testsuite", "aws4_testsuite"),
        ("unit/data/endpoints", "endpoints"),
        ("unit/cfg", "cfg"),
        ("unit/cbor", "cbor"),
    ] {
        copy_dir(&tests.join(src), &t.join(dst))?;
    }
    let rules = tests.join("functional/endpoint-rules");
    for e in std::fs::read_dir(&rules)
        .map_err(|e| e.to_string())?
        .flatten()
    {
        let f = e.path().join("endpoint-tests-1.json");
        if f.exists() {
            let dest = t.join("endpoint-rules").join(e.file_name());
            std::fs::create_dir_all(&dest).map_err(|e| e.to_string())?;
            std::fs::copy(&f, dest.join("endpoint-tests-1.json")).map_err(|e| e.to_string())?;
        }
    }
    for f in ["LICENSE.txt", "NOTICE"] {
        std::fs::copy(from.join(f), models.join(f)).map_err(|e| format!("{f}: {e}"))?;
    }
    std::fs::write(models.join("VERSION"), format!("botocore {version}\n"))
        .map_err(|e| e.to_string())?;
    eprintln!("models/ now holds botocore {version}: {count} services");
    Ok(())
}

fn check_services(all: bool, services: Vec<String>, dir: &Path) -> Result<(), String> {
    let root = root();
    let models = root.join("models");
    let dir = absolute(&root, dir);
    let services = if all {
        kumo_codegen::list_services(&models).map_err(|e| e.to_string())?
    } else if services.is_empty() {
        committed_set(&root)?
    } else {
        services
    };
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let start = Instant::now();
    let runtime = root.join("runtime");
    let errors = for_each_parallel(&services, "generated", |s| {
        kumo_codegen::write_crate(&models, s, &dir, &runtime, false).map(|_| ())
    });
    let generated: Vec<&String> = services
        .iter()
        .filter(|s| !errors.iter().any(|e| e.starts_with(&format!("{s}:"))))
        .collect();
    let members: Vec<String> = generated.iter().map(|s| format!("\"{s}\"")).collect();
    std::fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[workspace]\nresolver = \"2\"\nmembers = [{}]\n\n[profile.dev]\ndebug = false\n",
            members.join(", ")
        ),
    )
    .map_err(|e| e.to_string())?;
    let gen_secs = start.elapsed().as_secs_f64();
    let status = Command::new(env!("CARGO"))
        .args([
            "check",
            "--workspace",
            "--keep-going",
            "--message-format",
            "short",
        ])
        .current_dir(&dir)
        .env("CARGO_TARGET_DIR", dir.join("target"))
        .stderr(std::process::Stdio::piped())
        .output()
        .map_err(|e| e.to_string())?;
    let log = String::from_utf8_lossy(&status.stderr);
    std::fs::write(dir.join("check.log"), log.as_bytes()).map_err(|e| e.to_string())?;
    let failed: Vec<&&String> = generated
        .iter()
        .filter(|s| log.contains(&format!("could not compile `kumo-{s}`")))
        .collect();
    println!(
        "{} of {} services compile ({} failed to generate, {} failed to compile); generate {:.1} s, total {:.1} s",
        generated.len() - failed.len(),
        services.len(),
        errors.len(),
        failed.len(),
        gen_secs,
        start.elapsed().as_secs_f64()
    );
    for e in &errors {
        println!("generate failed: {e}");
    }
    for f in &failed {
        println!(
            "compile failed: {f} (see {})",
            dir.join("check.log").display()
        );
    }
    if errors.is_empty() && failed.is_empty() {
        Ok(())
    } else {
        Err("some services do not compile".into())
    }
}

fn conformance(suites: Vec<String>) -> Result<(), String> {
    let root = root();
    let json = root.join("target/conformance.json");
    let status = Command::new(env!("CARGO"))
        .args(["run", "--quiet", "-p", "kumo-conformance", "--", "--json"])
        .arg(&json)
        .args(&suites)
        .current_dir(&root)
        .status()
        .map_err(|e| e.to_string())?;
    if status.success() {
        Ok(())
    } else {
        Err("conformance failures (see above)".into())
    }
}

/// The Python that runs moto: `KUMO_PYTHON`, else `python3`.
fn python() -> String {
    std::env::var("KUMO_PYTHON").unwrap_or_else(|_| "python3".into())
}

fn ensure_moto() -> Result<(), String> {
    let py = python();
    let have = Command::new(&py)
        .args(["-c", "import moto.server, flask, werkzeug"])
        .stderr(std::process::Stdio::null())
        .status()
        .map(|s| s.success())
        .unwrap_or(false);
    if have {
        return Ok(());
    }
    eprintln!("installing moto[server] for the end-to-end tests ({py} -m pip install)");
    let ok = Command::new(&py)
        .args(["-m", "pip", "install", "--quiet", "moto[server]==5.2.5"])
        .status()
        .map_err(|e| format!("cannot run {py}: {e}"))?
        .success();
    if ok {
        Ok(())
    } else {
        Err("pip install moto[server] failed".into())
    }
}

/// The botocore the differential test compares with (`integration/tests/botocore_diff.rs`).
const BOTOCORE: &str = "botocore==1.44.5";

/// A virtualenv under `target/` with botocore 1.44.5 from PyPI (made once); its Python.
fn ensure_botocore() -> Result<PathBuf, String> {
    let venv = root().join("target").join("botocore-1.44.5-venv");
    let py = venv.join("bin").join("python");
    let have = Command::new(&py)
        .args([
            "-c",
            "import botocore, sys; sys.exit(botocore.__version__ != '1.44.5')",
        ])
        .stderr(std::process::Stdio::null())
        .status()
        .map(|s| s.success())
        .unwrap_or(false);
    if have {
        return Ok(py);
    }
    eprintln!(
        "installing {BOTOCORE} into {} for the differential test",
        venv.display()
    );
    let ok = Command::new(python())
        .args(["-m", "venv"])
        .arg(&venv)
        .status()
        .map_err(|e| format!("cannot run {}: {e}", python()))?
        .success()
        && Command::new(&py)
            .args(["-m", "pip", "install", "--quiet", BOTOCORE])
            .status()
            .map_err(|e| format!("cannot run {}: {e}", py.display()))?
            .success();
    if ok {
        Ok(py)
    } else {
        Err(format!("pip install {BOTOCORE} failed"))
    }
}

/// Runs botocore 1.44.5 on the differential test's inputs (regenerating the random ones)
/// and checks that what it sends is what the committed expectations say: the test then
/// compares Kumo with botocore itself, not with a stale copy.
fn check_botocore_expectations() -> Result<(), String> {
    let py = ensure_botocore()?;
    let dir = root().join("integration/tests/botocore");
    let run = |script: &str, args: &[&str], input: Option<&Path>| -> Result<Vec<u8>, String> {
        let mut c = Command::new(&py);
        c.arg(dir.join(script)).args(args).current_dir(&dir);
        if let Some(i) = input {
            c.stdin(std::fs::File::open(i).map_err(|e| format!("{}: {e}", i.display()))?);
        }
        let out = c.output().map_err(|e| format!("{script}: {e}"))?;
        if !out.status.success() {
            return Err(format!(
                "{script} failed: {}",
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        Ok(out.stdout)
    };
    let random = run("random_inputs.py", &[], None)?;
    let committed = std::fs::read(dir.join("random.jsonl")).map_err(|e| e.to_string())?;
    if random != committed {
        return Err("integration/tests/botocore/random.jsonl is not what random_inputs.py writes with botocore 1.44.5".into());
    }
    for corpus in ["customizations", "random"] {
        let out = run(
            "botocore_serialize.py",
            &[],
            Some(&dir.join(format!("{corpus}.jsonl"))),
        )?;
        let file = dir.join(format!("{corpus}.botocore.jsonl"));
        let committed = std::fs::read(&file).map_err(|e| e.to_string())?;
        if out != committed {
            return Err(format!(
                "{} is not what botocore 1.44.5 sends for {corpus}.jsonl",
                file.display()
            ));
        }
    }
    Ok(())
}

fn test(args: Vec<String>) -> Result<(), String> {
    ensure_moto()?;
    check_botocore_expectations()?;
    let status = Command::new(env!("CARGO"))
        .args(["test", "--workspace", "--all-targets", "--no-fail-fast"])
        .args(&args)
        .env("KUMO_PYTHON", python())
        .current_dir(root())
        .status()
        .map_err(|e| e.to_string())?;
    if !status.success() {
        return Err("tests failed".into());
    }
    let status = Command::new(env!("CARGO"))
        .args(["test", "--workspace", "--doc"])
        .current_dir(root())
        .status()
        .map_err(|e| e.to_string())?;
    if status.success() {
        Ok(())
    } else {
        Err("doc tests failed".into())
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let r = match cli.cmd {
        Cmd::Codegen {
            services,
            all,
            models,
            out,
            check,
        } => codegen(services, all, &models, &out, check),
        Cmd::UpdateModels { from, models } => update_models(&from, &models),
        Cmd::CheckServices { all, services, dir } => check_services(all, services, &dir),
        Cmd::Test { args } => test(args),
        Cmd::Conformance { suites } => conformance(suites),
    };
    match r {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

//! The generator against the vendored models: no drift, determinism, and typed errors
//! for broken models.

use std::path::{Path, PathBuf};

use kumo_codegen::{generate, load_service, Options};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn committed() -> Vec<String> {
    let text =
        std::fs::read_to_string(root().join("generated/services.txt")).expect("services.txt");
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

/// The committed `generated/` crates are exactly what the generator writes.
#[test]
fn committed_crates_do_not_drift() {
    let root = root();
    let mut stale = Vec::new();
    for s in committed() {
        let d = kumo_codegen::write_crate(
            &root.join("models"),
            &s,
            &root.join("generated"),
            &root.join("runtime"),
            true,
        )
        .expect("generate");
        stale.extend(d);
    }
    let suites = kumo_codegen::protocol_tests::generate_all(&root.join("models"), "../../runtime")
        .expect("suites");
    stale.extend(
        kumo_codegen::write_files(
            &root.join(kumo_codegen::protocol_tests::CRATE_DIR),
            &suites,
            true,
        )
        .expect("compare"),
    );
    let subsets =
        kumo_codegen::subset::generate_runtime_subsets(&root.join("models")).expect("subsets");
    stale.extend(
        kumo_codegen::write_files(
            &root.join(kumo_codegen::subset::RUNTIME_DIR),
            &subsets,
            true,
        )
        .expect("compare"),
    );
    assert!(
        stale.is_empty(),
        "generated code is stale, re-run `cargo xtask codegen`: {stale:?}"
    );
}

/// Generating twice gives identical bytes.
#[test]
fn deterministic() {
    let svc = load_service(&root().join("models"), "dynamodb").expect("load");
    let opts = Options {
        crate_name: "kumo-dynamodb".into(),
        runtime_path: "../../runtime".into(),
        docs: true,
    };
    let a = generate(&svc, &opts).expect("first");
    let b = generate(&svc, &opts).expect("second");
    assert_eq!(a, b);
}

fn broken(dir: &Path, service_json: &str) -> kumo_codegen::ModelError {
    let svc = dir.join("data/broken");
    std::fs::create_dir_all(&svc).expect("mkdir");
    std::fs::write(svc.join("service-2.json"), service_json).expect("write");
    load_service(dir, "broken").expect_err("a broken model must not load")
}

fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("kumo-codegen-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    d
}

const META: &str = r#""metadata":{"apiVersion":"2020-01-01","protocol":"json","serviceId":"B"}"#;

#[test]
fn broken_models_name_file_and_path() {
    let d = scratch("refs");
    let e = broken(
        &d,
        &format!(
            r#"{{{META},"operations":{{}},"shapes":{{"A":{{"type":"structure","members":{{"x":{{"shape":"Missing"}}}}}}}}}}"#
        ),
    );
    assert!(e.file.ends_with("data/broken/service-2.json"), "{e}");
    assert_eq!(e.path, "shapes.A.members.x.shape");
    assert!(e.message.contains("Missing"), "{e}");

    let e = broken(
        &d,
        &format!(
            r#"{{{META},"operations":{{}},"shapes":{{"A":{{"type":"structure","required":["y"],"members":{{}}}}}}}}"#
        ),
    );
    assert_eq!(e.path, "shapes.A.required[0]");

    let e = broken(
        &d,
        &format!(r#"{{{META},"operations":{{}},"shapes":{{"A":{{"type":"quaternion"}}}}}}"#),
    );
    assert_eq!(e.path, "shapes.A.type");

    let e = broken(
        &d,
        &format!(
            r#"{{{META},"operations":{{}},"shapes":{{"A":{{"type":"structure","required":"y"}}}}}}"#
        ),
    );
    assert_eq!(e.path, "shapes.A.required", "{e}");

    let e = broken(
        &d,
        &format!(
            r#"{{{META},"operations":{{"Op":{{"name":"Op","http":{{"method":"POST","requestUri":"/"}},"input":{{"shape":"S"}}}}}},"shapes":{{"S":{{"type":"string"}}}}}}"#
        ),
    );
    assert_eq!(e.path, "operations.Op.input.shape");

    let e = broken(
        &d,
        &format!(r#"{{{META},"operations":{{}},"shapes":{{"L":{{"type":"list"}}}}}}"#),
    );
    assert_eq!(e.path, "shapes.L.member");

    let e = broken(&d, r#"{"metadata": {"apiVersion": 3}}"#);
    assert_eq!(e.path, "metadata.apiVersion", "{e}");

    let e = broken(&d, "{ not json");
    assert!(!e.message.is_empty());

    let e = load_service(&d, "absent").expect_err("missing service");
    assert!(e.file.ends_with("data/absent/service-2.json"));
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn unsupported_protocol_is_an_error() {
    let d = scratch("proto");
    let svc = d.join("data/broken");
    std::fs::create_dir_all(&svc).expect("mkdir");
    std::fs::write(
        svc.join("service-2.json"),
        r#"{"metadata":{"apiVersion":"1","protocol":"smoke-signals"},"operations":{},"shapes":{}}"#,
    )
    .expect("write");
    let s = load_service(&d, "broken").expect("loads");
    let opts = Options {
        crate_name: "kumo-broken".into(),
        runtime_path: "../../runtime".into(),
        docs: false,
    };
    let e = generate(&s, &opts).expect_err("no supported protocol");
    assert_eq!(e.path, "metadata.protocols");
    let _ = std::fs::remove_dir_all(&d);
}

/// The runtime's glue pairs members with positions from a table of 1024; a larger shape
/// is a typed error naming it, not a macro error in the generated crate.
#[test]
fn a_structure_with_too_many_members_is_an_error() {
    let d = scratch("wide");
    let svc = d.join("data/wide");
    std::fs::create_dir_all(&svc).expect("mkdir");
    let wide = |n: usize| {
        let members: Vec<String> = (0..n)
            .map(|i| format!(r#""M{i}":{{"shape":"S"}}"#))
            .collect();
        format!(
            r#"{{{META},"operations":{{"Op":{{"name":"Op","http":{{"method":"POST","requestUri":"/"}},"input":{{"shape":"Wide"}}}}}},"shapes":{{"S":{{"type":"string"}},"Wide":{{"type":"structure","members":{{{}}}}}}}}}"#,
            members.join(",")
        )
    };
    let opts = Options {
        crate_name: "kumo-wide".into(),
        runtime_path: "../../runtime".into(),
        docs: false,
    };
    std::fs::write(svc.join("service-2.json"), wide(1024)).expect("write");
    let s = load_service(&d, "wide").expect("loads");
    generate(&s, &opts).expect("1024 members fit");
    std::fs::write(svc.join("service-2.json"), wide(1025)).expect("write");
    let s = load_service(&d, "wide").expect("loads");
    let e = generate(&s, &opts).expect_err("1025 members do not");
    assert_eq!(e.path, "shapes.Wide.members");
    assert!(e.message.contains("1025 members"), "{e}");
    let _ = std::fs::remove_dir_all(&d);
}

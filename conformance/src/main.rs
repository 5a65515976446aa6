//! `kumo-conformance [--json PATH] [SUITE…]`: runs the conformance suites and prints a table.

use std::fmt::Write as _;

fn main() {
    let mut args = std::env::args().skip(1);
    let mut json_path = None;
    let mut only = Vec::new();
    while let Some(a) = args.next() {
        if a == "--json" {
            json_path = args.next();
        } else {
            only.push(a);
        }
    }
    let mut results = Vec::new();
    for (name, run) in kumo_conformance::suites() {
        if only.is_empty() || only.iter().any(|o| o == name) {
            results.push(run());
        }
    }
    println!("{:<28} {:>8} {:>8} {:>8}", "suite", "passed", "failed", "skipped");
    let mut json = serde_json::Map::new();
    let mut failed_any = false;
    for r in &results {
        println!("{:<28} {:>8} {:>8} {:>8}", r.name, r.passed, r.failures.len(), r.skipped.len());
        failed_any |= !r.failures.is_empty();
        json.insert(
            r.name.clone(),
            serde_json::json!({"passed": r.passed, "failed": r.failures.len(), "skipped": r.skipped.len()}),
        );
    }
    let mut details = String::new();
    for r in &results {
        for (id, why) in &r.failures {
            let _ = writeln!(details, "FAIL {} {id}: {why}", r.name);
        }
        for (id, why) in &r.skipped {
            let _ = writeln!(details, "SKIP {} {id}: {why}", r.name);
        }
    }
    if !details.is_empty() {
        println!("\n{details}");
    }
    if let Some(p) = json_path {
        let text = serde_json::to_string_pretty(&serde_json::Value::Object(json)).unwrap_or_default();
        if let Err(e) = std::fs::write(&p, text + "\n") {
            eprintln!("cannot write {p}: {e}");
            std::process::exit(2);
        }
    }
    if failed_any {
        std::process::exit(1);
    }
}

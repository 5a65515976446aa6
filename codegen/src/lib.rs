//! kumo-codegen: botocore models → Rust crates.

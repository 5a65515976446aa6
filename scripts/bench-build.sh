#!/usr/bin/env bash
# Cold release-build wall time of a small binary using one generated client.
# Usage: scripts/bench-build.sh SERVICE [OPERATION_CALL]
# Builds in a fresh target directory (dependencies included), so the figure is a cold build.
set -euo pipefail
svc="${1:?service, e.g. s3}"
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
crate="kumo_${svc//-/_}"
mkdir -p "$dir/src"
cat > "$dir/Cargo.toml" <<TOML
[package]
name = "bench-build-$svc"
version = "0.1.0"
edition = "2021"
publish = false

[dependencies]
kumo-$svc = { path = "$root/generated/$svc" }
kumo-runtime = { path = "$root/runtime" }
tokio = { version = "1", features = ["rt", "macros"] }

[workspace]
TOML
case "$svc" in
  s3) call='let out = c.list_buckets(Default::default()).await; println!("{:?}", out.is_ok());' ;;
  ec2) call='let out = c.describe_instances(Default::default()).await; println!("{:?}", out.is_ok());' ;;
  *) call='println!("{:?}", c);' ;;
esac
cat > "$dir/src/main.rs" <<RS
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let c = $crate::Client::new().expect("client");
    $call
}
RS
cp "$root/Cargo.lock" "$dir/Cargo.lock" 2>/dev/null || true
cd "$dir"
start=$(date +%s.%N)
CARGO_TARGET_DIR="$dir/target" cargo build --release --quiet
end=$(date +%s.%N)
printf '%s: cold release build %.1f s; binary %s bytes\n' "$svc" "$(echo "$end - $start" | bc)" "$(stat -c %s "$dir/target/release/bench-build-$svc")"

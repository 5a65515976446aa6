//! Runs every example binary against a moto server, configured only through the
//! child's environment, as a user would run it.

use std::process::{Command, Output};

use kumo_testkit::moto::{client, Moto};

/// Runs the example binary at `exe` with `args`, moto's URL in `AWS_ENDPOINT_URL`,
/// `region` in `AWS_DEFAULT_REGION`, dummy keys, and nothing else from this machine.
fn run(moto: &Moto, exe: &str, region: &str, args: &[&str]) -> String {
    let out: Output = Command::new(exe)
        .args(args)
        .env_clear()
        .env("AWS_ENDPOINT_URL", &moto.url)
        .env("AWS_DEFAULT_REGION", region)
        .env("AWS_ACCESS_KEY_ID", "testing")
        .env("AWS_SECRET_ACCESS_KEY", "testing")
        .env("AWS_CONFIG_FILE", "/nonexistent/config")
        .env("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/credentials")
        .env("AWS_EC2_METADATA_DISABLED", "true")
        .output()
        .unwrap_or_else(|e| panic!("cannot run {exe}: {e}"));
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "{exe} failed ({}):\n{stdout}\n{stderr}",
        out.status
    );
    stdout
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn list_buckets() {
    let moto = Moto::start();
    let s3 = client!(kumo_s3::Client, moto);
    for name in ["alpha-bucket", "beta-bucket"] {
        s3.create_bucket(kumo_s3::types::CreateBucketInput {
            bucket: name.into(),
            ..Default::default()
        })
        .await
        .expect("create bucket");
    }
    let out = run(&moto, env!("CARGO_BIN_EXE_list_buckets"), "us-east-1", &[]);
    let mut lines = out.lines();
    assert_eq!(lines.next(), Some("2 bucket(s)"), "{out}");
    let names: Vec<&str> = lines.filter_map(|l| l.split('\t').next()).collect();
    assert_eq!(names, ["alpha-bucket", "beta-bucket"], "{out}");
}

#[test]
fn caller_identity() {
    let moto = Moto::start();
    let out = run(
        &moto,
        env!("CARGO_BIN_EXE_caller_identity"),
        "us-east-1",
        &[],
    );
    assert!(out.contains("account: 123456789012\n"), "{out}");
    assert!(
        out.contains("arn: arn:aws:sts::123456789012:user/moto\n"),
        "{out}"
    );
}

#[test]
fn error_codes_outside_us_east_1() {
    let moto = Moto::start();
    let out = run(
        &moto,
        env!("CARGO_BIN_EXE_error_codes"),
        "eu-west-1",
        &["kumo-errors"],
    );
    assert!(out.contains("created kumo-errors\n"), "{out}");
    assert!(
        out.contains("BucketAlreadyOwnedByYou: kumo-errors"),
        "{out}"
    );
    assert!(out.contains("NoSuchKey (HTTP 404): "), "{out}");
}

#[test]
fn error_codes_in_us_east_1() {
    let moto = Moto::start();
    let out = run(&moto, env!("CARGO_BIN_EXE_error_codes"), "us-east-1", &[]);
    assert!(out.contains("created again: us-east-1"), "{out}");
    assert!(out.contains("NoSuchKey (HTTP 404): "), "{out}");
}

#[test]
fn custom_config() {
    let moto = Moto::start();
    let out = run(&moto, env!("CARGO_BIN_EXE_custom_config"), "us-east-1", &[]);
    assert!(
        out.contains("retry mode standard, 5 attempts, connect timeout 2s, read timeout 10s\n"),
        "{out}"
    );
    assert!(out.contains("retry mode adaptive, 3 attempts\n"), "{out}");
    assert!(out.contains("account: 123456789012\n"), "{out}");
}

#[test]
fn s3_objects() {
    let moto = Moto::start();
    let out = run(
        &moto,
        env!("CARGO_BIN_EXE_s3_objects"),
        "eu-central-1",
        &["kumo-objects"],
    );
    assert!(
        out.contains(
            "5 keys in 3 pages: reports/0.txt, reports/1.txt, reports/2.txt, \
             reports/3.txt, reports/4.txt\n"
        ),
        "{out}"
    );
    assert!(out.contains("report number 3\n"), "{out}");
    let url = out
        .lines()
        .find_map(|l| l.strip_prefix("presigned: "))
        .expect("a presigned URL");
    assert!(
        url.starts_with(&format!("{}/kumo-objects/reports/0.txt?", moto.url)),
        "{url}"
    );
    assert!(url.contains("X-Amz-Expires=3600"), "{url}");
    assert!(url.contains("%2Feu-central-1%2Fs3%2Faws4_request"), "{url}");
}

/// Queues canned results in moto for the next `execute_statement` (moto runs no SQL).
fn queue_rds_data_results(moto: &Moto, json: &str) {
    use std::io::{Read, Write};
    let authority = moto.url.trim_start_matches("http://").to_string();
    let mut s = std::net::TcpStream::connect(&authority).expect("connect");
    write!(
        s,
        "POST /moto-api/static/rds-data/statement-results HTTP/1.1\r\nHost: {authority}\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{json}",
        json.len()
    )
    .expect("write");
    let mut resp = String::new();
    s.read_to_string(&mut resp).expect("read");
    assert!(resp.starts_with("HTTP/1.1 201"), "{resp}");
}

#[test]
fn rds_data() {
    let moto = Moto::start();
    queue_rds_data_results(
        &moto,
        r#"{"results": [{
            "records": [[{"longValue": 1}, {"stringValue": "alice"}],
                        [{"longValue": 2}, {"isNull": true}]],
            "columnMetadata": [{"name": "id"}, {"name": "name"}],
            "numberOfRecordsUpdated": 0
        }]}"#,
    );
    let out = run(&moto, env!("CARGO_BIN_EXE_rds_data"), "us-east-1", &[]);
    assert_eq!(
        out, "columns: id | name\n1 | alice\n2 | NULL\n2 row(s)\n",
        "{out}"
    );
}

#[test]
fn client_setup() {
    let moto = Moto::start();
    let out = run(&moto, env!("CARGO_BIN_EXE_client_setup"), "us-east-2", &[]);
    assert!(
        out.contains("new: region us-east-2, account 123456789012\n"),
        "{out}"
    );
    assert!(
        out.contains("from_config: region eu-west-1, account 123456789012\n"),
        "{out}"
    );
    assert!(
        out.contains("builder: region us-east-2, account 123456789012\n"),
        "{out}"
    );
    assert!(out.contains("profile dev: "), "{out}");
    assert!(
        !out.contains("profile dev: region"),
        "no such profile: {out}"
    );
}

/// The guide says clients can be shared across tasks and threads.
#[test]
fn clients_are_send_sync_and_clone() {
    fn shareable<T: Send + Sync + Clone + 'static>() {}
    shareable::<kumo_s3::Client>();
    shareable::<kumo_sts::Client>();
    shareable::<kumo_rds_data::Client>();
}

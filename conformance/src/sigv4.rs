//! The `sigv4` suite: every case of AWS's SigV4 test suite as botocore vendors it
//! (`models/tests/aws4_testsuite`), run the way botocore's `tests/unit/auth/test_sigv4.py` runs it.
//!
//! Each case directory holds `<name>.req` (the raw HTTP request), `.creq` (canonical request),
//! `.sts` (string to sign), `.authz` (the `Authorization` header) and `.sreq` (the signed request).
//! The request is signed with `AKIDEXAMPLE` / `wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY`, region
//! `us-east-1`, service `service`, at 2015-08-30T12:36:00Z; a session token is used when the
//! expected canonical request signs `x-amz-security-token` (botocore's rule). The canonical request,
//! string to sign and `Authorization` header must all match — stricter than botocore, which compares
//! the intermediate strings only when the header differs.
//!
//! Unlike botocore, no case is skipped: duplicate query keys are kept and sorted by value, and
//! `normalize-path/get-space`, whose path has a literal space that no `http::Uri` can hold, goes
//! through `sigv4::signature_parts` with the same headers `sign` would add.

use std::path::{Path, PathBuf};

use http::header::{HeaderMap, HeaderName, HeaderValue};
use kumo_runtime::auth::sigv4::{self, SignableRequest, SigningParams, SigningSettings};
use kumo_runtime::credentials::Credentials;
use kumo_runtime::{Body, DateTime};

use crate::{models_dir, SuiteResult};

const ACCESS_KEY: &str = "AKIDEXAMPLE";
const SECRET_KEY: &str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
const REGION: &str = "us-east-1";
const SERVICE: &str = "service";
const DATE: &str = "2015-08-30T12:36:00Z";

/// Runs every case; see the module docs.
pub fn run() -> SuiteResult {
    let mut result = SuiteResult::new("sigv4");
    let root = models_dir().join("tests/aws4_testsuite");
    let mut cases = Vec::new();
    collect_cases(&root, &mut cases);
    cases.sort();
    if cases.is_empty() {
        result.record(
            "aws4_testsuite",
            Err(format!("no cases found under {}", root.display())),
        );
    }
    for dir in cases {
        let id = dir
            .strip_prefix(&root)
            .unwrap_or(&dir)
            .to_string_lossy()
            .replace('\\', "/");
        result.record(id, run_case(&dir));
    }
    result
}

/// Directories that hold a `.req` file, recursively.
fn collect_cases(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut has_req = false;
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect_cases(&p, out);
        } else if p.extension().is_some_and(|x| x == "req") {
            has_req = true;
        }
    }
    if has_req {
        out.push(dir.to_path_buf());
    }
}

fn read(dir: &Path, ext: &str) -> Result<String, String> {
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let path = dir.join(format!("{name}.{ext}"));
    std::fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// A request parsed from a `.req` file.
struct RawRequest {
    method: String,
    target: String,
    headers: HeaderMap,
    body: Vec<u8>,
}

/// Parses `METHOD target HTTP/1.1`, header lines (a line starting with white space continues the
/// previous value, as obs-fold does), a blank line and the body.
fn parse_request(text: &str) -> Result<RawRequest, String> {
    let text = text.replace("\r\n", "\n");
    let (head, body) = match text.split_once("\n\n") {
        Some((h, b)) => (h, b),
        None => (text.as_str(), ""),
    };
    let mut lines = head.split('\n');
    let request_line = lines.next().ok_or("empty request")?;
    let (method, rest) = request_line
        .split_once(' ')
        .ok_or("no method in request line")?;
    let target = match rest.rfind(" HTTP/") {
        Some(i) => &rest[..i],
        None => rest,
    };
    let mut fields: Vec<(String, String)> = Vec::new();
    for line in lines {
        if line.is_empty() {
            continue;
        }
        if line.starts_with([' ', '\t']) {
            let last = fields
                .last_mut()
                .ok_or("continuation line before any header")?;
            last.1.push(' ');
            last.1.push_str(line.trim());
            continue;
        }
        let (name, value) = line
            .split_once(':')
            .ok_or_else(|| format!("bad header line {line:?}"))?;
        fields.push((name.trim().to_string(), value.trim().to_string()));
    }
    let mut headers = HeaderMap::new();
    for (name, value) in fields {
        let name = HeaderName::from_bytes(name.as_bytes())
            .map_err(|e| format!("header name {name:?}: {e}"))?;
        let value =
            HeaderValue::from_str(&value).map_err(|e| format!("header value {value:?}: {e}"))?;
        headers.append(name, value);
    }
    Ok(RawRequest {
        method: method.to_string(),
        target: target.to_string(),
        headers,
        body: body.as_bytes().to_vec(),
    })
}

fn compare(part: &str, actual: &str, expected: &str) -> Result<(), String> {
    if actual == expected {
        Ok(())
    } else {
        Err(format!(
            "{part} differs:\n  actual:   {actual:?}\n  expected: {expected:?}"
        ))
    }
}

fn run_case(dir: &Path) -> Result<(), String> {
    let raw = read(dir, "req")?;
    let creq = read(dir, "creq")?.replace('\r', "");
    let sts = read(dir, "sts")?.replace('\r', "");
    let authz = read(dir, "authz")?.replace('\r', "");

    // botocore: the token is whatever the expected canonical request signs as x-amz-security-token.
    let token = creq
        .lines()
        .find_map(|l| l.strip_prefix("x-amz-security-token:"))
        .map(str::to_string);
    let credentials = Credentials::new(ACCESS_KEY, SECRET_KEY, token);
    let time = DateTime::parse_iso8601(DATE).map_err(|e| e.to_string())?;
    let params = SigningParams {
        credentials: &credentials,
        region: REGION,
        service: SERVICE,
        time,
        settings: SigningSettings::standard(),
    };

    let parsed = parse_request(&raw)?;
    let (output, auth_header) = match parsed.target.parse::<http::Uri>() {
        Ok(uri) => {
            let mut req = http::Request::new(Body::from(parsed.body));
            *req.method_mut() = http::Method::from_bytes(parsed.method.as_bytes())
                .map_err(|e| format!("method: {e}"))?;
            *req.uri_mut() = uri;
            *req.headers_mut() = parsed.headers;
            let out = sigv4::sign(&mut req, &params).map_err(|e| format!("sign failed: {e}"))?;
            let auth = req
                .headers()
                .get(http::header::AUTHORIZATION)
                .and_then(|v| v.to_str().ok())
                .ok_or("no Authorization header after signing")?
                .to_string();
            (out, auth)
        }
        Err(_) => {
            // The path cannot be an http::Uri (a literal space): sign its parts directly, after
            // adding what `sign` adds.
            let mut headers = parsed.headers;
            let amz_date = time.fmt_amz_date();
            headers.insert(
                "x-amz-date",
                HeaderValue::from_str(&amz_date).map_err(|e| e.to_string())?,
            );
            if let Some(t) = &credentials.session_token {
                headers.insert(
                    "x-amz-security-token",
                    HeaderValue::from_str(t).map_err(|e| e.to_string())?,
                );
            }
            let (path, query) = match parsed.target.split_once('?') {
                Some((p, q)) => (p, Some(q)),
                None => (parsed.target.as_str(), None),
            };
            let payload = sigv4::sha256_hex(&parsed.body);
            let signable = SignableRequest {
                method: &parsed.method,
                path,
                query,
                headers: &headers,
                default_host: None,
                payload_hash: &payload,
            };
            let out = sigv4::signature_parts(&signable, &params)
                .map_err(|e| format!("signing failed: {e}"))?;
            let scope = format!(
                "{}/{}/{REGION}/{SERVICE}/aws4_request",
                ACCESS_KEY,
                &amz_date[..8]
            );
            let auth = format!(
                "AWS4-HMAC-SHA256 Credential={scope}, SignedHeaders={}, Signature={}",
                out.signed_headers, out.signature
            );
            (out, auth)
        }
    };
    compare("canonical request", &output.canonical_request, &creq)?;
    compare("string to sign", &output.string_to_sign, &sts)?;
    compare("Authorization header", &auth_header, &authz)
}

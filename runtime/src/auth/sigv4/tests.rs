//! Unit tests. Expected values come from AWS's published examples (keys `AKIAIOSFODNN7EXAMPLE` /
//! `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`), not from our own output.

use super::*;
use http::Request;

const S3_AKID: &str = "AKIAIOSFODNN7EXAMPLE";
const S3_SECRET: &str = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

fn s3_time() -> DateTime {
    // 20130524T000000Z
    parse_amz_date("20130524T000000Z").unwrap()
}

fn params<'a>(
    creds: &'a Credentials,
    region: &'a str,
    service: &'a str,
    time: DateTime,
    settings: SigningSettings,
) -> SigningParams<'a> {
    SigningParams {
        credentials: creds,
        region,
        service,
        time,
        settings,
    }
}

fn auth(req: &Request<Body>) -> &str {
    req.headers().get(AUTHORIZATION).unwrap().to_str().unwrap()
}

/// AWS docs, "Signature Calculations for the Authorization Header: Transferring Payload in a Single
/// Chunk", example "GET Object".
#[test]
fn s3_get_object_example() {
    let creds = Credentials::new(S3_AKID, S3_SECRET, None);
    let mut req = Request::get("https://examplebucket.s3.amazonaws.com/test.txt")
        .header("Range", "bytes=0-9")
        .body(Body::empty())
        .unwrap();
    let out = sign(
        &mut req,
        &params(&creds, "us-east-1", "s3", s3_time(), SigningSettings::s3()),
    )
    .unwrap();
    assert_eq!(
        out.canonical_request,
        "GET\n/test.txt\n\nhost:examplebucket.s3.amazonaws.com\nrange:bytes=0-9\n\
         x-amz-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n\
         x-amz-date:20130524T000000Z\n\nhost;range;x-amz-content-sha256;x-amz-date\n\
         e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    );
    assert_eq!(
        auth(&req),
        "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, \
         SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, \
         Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"
    );
    assert_eq!(
        req.headers().get("x-amz-content-sha256").unwrap(),
        EMPTY_SHA256_HASH
    );
    assert_eq!(req.headers().get("x-amz-date").unwrap(), "20130524T000000Z");
}

/// Same document, example "GET Bucket Lifecycle": a query key without a value.
#[test]
fn s3_get_bucket_lifecycle_example() {
    let creds = Credentials::new(S3_AKID, S3_SECRET, None);
    let mut req = Request::get("https://examplebucket.s3.amazonaws.com/?lifecycle")
        .body(Body::empty())
        .unwrap();
    let out = sign(
        &mut req,
        &params(&creds, "us-east-1", "s3", s3_time(), SigningSettings::s3()),
    )
    .unwrap();
    assert!(
        out.canonical_request
            .starts_with("GET\n/\nlifecycle=\nhost:"),
        "{}",
        out.canonical_request
    );
    assert_eq!(
        out.signature,
        "fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543"
    );
}

/// Same document, example "Get Bucket (List Objects)": query parameters sorted.
#[test]
fn s3_list_objects_example() {
    let creds = Credentials::new(S3_AKID, S3_SECRET, None);
    let mut req = Request::get("https://examplebucket.s3.amazonaws.com/?max-keys=2&prefix=J")
        .body(Body::empty())
        .unwrap();
    let out = sign(
        &mut req,
        &params(&creds, "us-east-1", "s3", s3_time(), SigningSettings::s3()),
    )
    .unwrap();
    assert_eq!(
        out.signature,
        "34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7"
    );
}

/// Same document, example "PUT Object". It signs both `Date` and `x-amz-date`, which botocore never
/// sends together, so it goes through [`signature_parts`] with the documented headers.
#[test]
fn s3_put_object_example() {
    let creds = Credentials::new(S3_AKID, S3_SECRET, None);
    let body = b"Welcome to Amazon S3.";
    let hash = sha256_hex(body);
    assert_eq!(
        hash,
        "44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072"
    );
    let mut headers = HeaderMap::new();
    headers.insert(
        "host",
        HeaderValue::from_static("examplebucket.s3.amazonaws.com"),
    );
    headers.insert(
        "date",
        HeaderValue::from_static("Fri, 24 May 2013 00:00:00 GMT"),
    );
    headers.insert("x-amz-date", HeaderValue::from_static("20130524T000000Z"));
    headers.insert(
        "x-amz-storage-class",
        HeaderValue::from_static("REDUCED_REDUNDANCY"),
    );
    headers.insert(
        "x-amz-content-sha256",
        HeaderValue::from_str(&hash).unwrap(),
    );
    let req = SignableRequest {
        method: "PUT",
        path: "/test%24file.text",
        query: None,
        headers: &headers,
        default_host: None,
        payload_hash: &hash,
    };
    let out = signature_parts(
        &req,
        &params(&creds, "us-east-1", "s3", s3_time(), SigningSettings::s3()),
    )
    .unwrap();
    assert_eq!(
        out.signed_headers,
        "date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class"
    );
    assert!(out
        .canonical_request
        .starts_with("PUT\n/test%24file.text\n\n"));
    assert_eq!(
        out.signature,
        "98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd"
    );
}

/// AWS docs, "Authenticating Requests: Using Query Parameters (AWS Signature Version 4)", example
/// presigned URL for `GET /test.txt`, valid 86400 s.
#[test]
fn s3_presign_example() {
    let creds = Credentials::new(S3_AKID, S3_SECRET, None);
    let req = Request::get("https://examplebucket.s3.amazonaws.com/test.txt")
        .body(Body::empty())
        .unwrap();
    let url = presign(
        &req,
        &params(
            &creds,
            "us-east-1",
            "s3",
            s3_time(),
            SigningSettings::s3_presign(),
        ),
        Duration::from_secs(86400),
    )
    .unwrap();
    assert_eq!(
        url,
        "https://examplebucket.s3.amazonaws.com/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256\
         &X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request\
         &X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host\
         &X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404"
    );
    // The request itself is untouched.
    assert!(req.headers().is_empty());
}

/// AWS docs, "Create a signed AWS API request" (IAM `ListUsers`), a non-S3 service.
#[test]
fn iam_list_users_example() {
    let creds = Credentials::new(
        "AKIDEXAMPLE",
        "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        None,
    );
    let mut req = Request::get("https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08")
        .header(
            "content-type",
            "application/x-www-form-urlencoded; charset=utf-8",
        )
        .body(Body::empty())
        .unwrap();
    let t = parse_amz_date("20150830T123600Z").unwrap();
    sign(
        &mut req,
        &params(&creds, "us-east-1", "iam", t, SigningSettings::standard()),
    )
    .unwrap();
    assert_eq!(
        auth(&req),
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, \
         SignedHeaders=content-type;host;x-amz-date, \
         Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7"
    );
}

fn sample_creds() -> Credentials {
    Credentials::new(
        "AKIDEXAMPLE",
        "secret",
        Some("token/with+chars".to_string()),
    )
}

fn sample_params(creds: &Credentials, settings: SigningSettings) -> SigningParams<'_> {
    params(
        creds,
        "us-east-1",
        "service",
        DateTime::from_secs(1_440_938_160),
        settings,
    )
}

#[test]
fn paths_double_encoded_and_normalized_except_s3() {
    let creds = sample_creds();
    let mut req = Request::get("https://h.example/a//b/./c/../my%20key")
        .body(Body::empty())
        .unwrap();
    let out = sign(
        &mut req,
        &sample_params(&creds, SigningSettings::standard()),
    )
    .unwrap();
    assert!(
        out.canonical_request.starts_with("GET\n/a/b/my%2520key\n"),
        "{}",
        out.canonical_request
    );
    let mut req = Request::get("https://h.example/a//b/./c/../my%20key")
        .body(Body::empty())
        .unwrap();
    let out = sign(&mut req, &sample_params(&creds, SigningSettings::s3())).unwrap();
    assert!(
        out.canonical_request
            .starts_with("GET\n/a//b/./c/../my%20key\n"),
        "{}",
        out.canonical_request
    );
}

#[test]
fn query_is_decoded_reencoded_and_sorted() {
    let creds = sample_creds();
    let mut req = Request::get("https://h.example/?b=2&a=x+y&a=%41%2f&flag&&c=%zz")
        .body(Body::empty())
        .unwrap();
    let out = sign(
        &mut req,
        &sample_params(&creds, SigningSettings::standard()),
    )
    .unwrap();
    let line = out.canonical_request.lines().nth(2).unwrap();
    assert_eq!(line, "a=A%2F&a=x%20y&b=2&c=%25zz&flag=");
}

#[test]
fn session_token_date_and_resigning() {
    let creds = sample_creds();
    let p = sample_params(&creds, SigningSettings::standard());
    let mut req = Request::post("http://h.example:8080/")
        .header("user-agent", "kumo")
        .header("x-amz-security-token", "stale")
        .body(Body::from("{}"))
        .unwrap();
    sign(&mut req, &p).unwrap();
    let first = auth(&req).to_string();
    // A retry signs again: every header is replaced, not duplicated.
    let out = sign(&mut req, &p).unwrap();
    assert_eq!(auth(&req), first);
    assert_eq!(req.headers().get_all(AUTHORIZATION).iter().count(), 1);
    assert_eq!(
        req.headers().get_all("x-amz-security-token").iter().count(),
        1
    );
    assert_eq!(
        req.headers().get("x-amz-security-token").unwrap(),
        "token/with+chars"
    );
    assert!(req
        .headers()
        .get("x-amz-security-token")
        .unwrap()
        .is_sensitive());
    // Host from the URI keeps a non-default port; user-agent is not signed.
    assert_eq!(out.signed_headers, "host;x-amz-date;x-amz-security-token");
    assert!(out.canonical_request.contains("\nhost:h.example:8080\n"));
    assert!(out.canonical_request.ends_with(&sha256_hex(b"{}")));
    assert!(!req.headers().contains_key("x-amz-content-sha256"));
    // The session token never shows in Debug output.
    assert!(!format!("{out:?}").contains("token/with"));
}

#[test]
fn default_ports_are_dropped_and_host_lowercased() {
    let creds = sample_creds();
    for (uri, host) in [
        ("https://H.Example:443/", "h.example"),
        ("http://h.example:80/", "h.example"),
        ("https://h.example:80/", "h.example:80"),
        ("http://user:pw@[::1]:8000/", "[::1]:8000"),
    ] {
        let mut req = Request::get(uri).body(Body::empty()).unwrap();
        let out = sign(
            &mut req,
            &sample_params(&creds, SigningSettings::standard()),
        )
        .unwrap();
        assert!(
            out.canonical_request.contains(&format!("\nhost:{host}\n")),
            "{uri}: {}",
            out.canonical_request
        );
    }
}

#[test]
fn date_header_replaces_x_amz_date() {
    let creds = sample_creds();
    let mut req = Request::get("https://h.example/")
        .header("date", "Mon, 01 Jan 2001 00:00:00 GMT")
        .header("x-amz-date", "20010101T000000Z")
        .body(Body::empty())
        .unwrap();
    let out = sign(
        &mut req,
        &sample_params(&creds, SigningSettings::standard()),
    )
    .unwrap();
    assert_eq!(
        req.headers().get("date").unwrap(),
        "Sun, 30 Aug 2015 12:36:00 GMT"
    );
    assert!(!req.headers().contains_key("x-amz-date"));
    assert_eq!(out.signed_headers, "date;host;x-amz-security-token");
}

#[test]
fn missing_host_and_bad_values_are_errors() {
    let creds = sample_creds();
    let p = sample_params(&creds, SigningSettings::standard());
    let mut req = Request::get("/relative/only").body(Body::empty()).unwrap();
    assert_eq!(sign(&mut req, &p).unwrap_err(), SigningError::MissingHost);
    // A Host header is enough.
    let mut req = Request::get("/relative/only")
        .header("host", "h.example")
        .body(Body::empty())
        .unwrap();
    let out = sign(&mut req, &p).expect("signed");
    assert_eq!(out.signed_headers, "host;x-amz-date;x-amz-security-token");

    let mut req = Request::get("https://h.example/")
        .header("x-bad", HeaderValue::from_bytes(b"caf\xe9").unwrap())
        .body(Body::empty())
        .unwrap();
    assert_eq!(
        sign(&mut req, &p).unwrap_err(),
        SigningError::InvalidHeaderValue {
            name: "x-bad".into()
        }
    );
    // UTF-8 (obs-text) values are fine.
    let mut req = Request::get("https://h.example/")
        .header(
            "x-meta",
            HeaderValue::from_bytes("caf\u{e9}".as_bytes()).unwrap(),
        )
        .body(Body::empty())
        .unwrap();
    let out = sign(&mut req, &p).expect("signed");
    // Every header is signed (botocore leaves out only expect, user-agent, x-amzn-trace-id).
    assert_eq!(
        out.signed_headers,
        "host;x-amz-date;x-amz-security-token;x-meta"
    );

    let bad_region = params(
        &creds,
        "us-east-1\n",
        "svc",
        DateTime::from_secs(0),
        SigningSettings::standard(),
    );
    let mut req = Request::get("https://h.example/")
        .body(Body::empty())
        .unwrap();
    assert!(matches!(
        sign(&mut req, &bad_region),
        Err(SigningError::InvalidInput(_))
    ));
}

fn stream_body() -> Body {
    Body::from_stream(http_body_util::Full::new(bytes::Bytes::from_static(b"abc")))
}

#[test]
fn streaming_bodies() {
    let creds = sample_creds();
    // Standard services need the payload hash: a stream cannot be signed.
    let mut req = Request::put("https://h.example/")
        .body(stream_body())
        .unwrap();
    assert_eq!(
        sign(
            &mut req,
            &sample_params(&creds, SigningSettings::standard())
        )
        .unwrap_err(),
        SigningError::StreamingBody
    );
    // S3 over HTTPS signs the stream as UNSIGNED-PAYLOAD …
    let mut req = Request::put("https://b.s3.amazonaws.com/k")
        .body(stream_body())
        .unwrap();
    let out = sign(&mut req, &sample_params(&creds, SigningSettings::s3())).unwrap();
    assert!(out.canonical_request.ends_with("\nUNSIGNED-PAYLOAD"));
    assert_eq!(
        req.headers().get("x-amz-content-sha256").unwrap(),
        UNSIGNED_PAYLOAD
    );
    // … but not over plain HTTP.
    let mut req = Request::put("http://b.s3.amazonaws.com/k")
        .body(stream_body())
        .unwrap();
    assert_eq!(
        sign(&mut req, &sample_params(&creds, SigningSettings::s3())).unwrap_err(),
        SigningError::StreamingBody
    );
    // Explicitly unsigned payloads work anywhere and set the header (botocore's payload_signing_enabled=False).
    let settings = SigningSettings {
        payload: PayloadHash::Unsigned,
        ..SigningSettings::standard()
    };
    let mut req = Request::put("http://h.example/")
        .body(stream_body())
        .unwrap();
    let out = sign(&mut req, &sample_params(&creds, settings)).unwrap();
    assert!(out.signed_headers.contains("x-amz-content-sha256"));
    assert!(out.canonical_request.ends_with("\nUNSIGNED-PAYLOAD"));
    // Precomputed markers pass through.
    let settings = SigningSettings {
        payload: PayloadHash::Precomputed(STREAMING_UNSIGNED_PAYLOAD_TRAILER.into()),
        ..SigningSettings::s3()
    };
    let mut req = Request::put("https://b.s3.amazonaws.com/k")
        .body(stream_body())
        .unwrap();
    let out = sign(&mut req, &sample_params(&creds, settings)).unwrap();
    assert!(out
        .canonical_request
        .ends_with(STREAMING_UNSIGNED_PAYLOAD_TRAILER));
}

#[test]
fn existing_content_sha256_header_is_the_payload_hash_for_standard_services() {
    let creds = sample_creds();
    let mut req = Request::put("https://h.example/")
        .header("x-amz-content-sha256", "STREAMING-AWS4-HMAC-SHA256-PAYLOAD")
        .body(stream_body())
        .unwrap();
    let out = sign(
        &mut req,
        &sample_params(&creds, SigningSettings::standard()),
    )
    .unwrap();
    assert!(out
        .canonical_request
        .ends_with("\nSTREAMING-AWS4-HMAC-SHA256-PAYLOAD"));
}

#[test]
fn presign_query_order_token_and_form_body() {
    let creds = sample_creds();
    let req = Request::post("https://rds.example/?Action=Connect&Action=Ignored&DBUser=a%20b")
        .header("content-type", FORM_CONTENT_TYPE)
        .body(Body::from("Version=2014-10-31&DBUser=c"))
        .unwrap();
    let url = presign(
        &req,
        &sample_params(&creds, SigningSettings::standard()),
        Duration::from_millis(900_999),
    )
    .unwrap();
    let (base, query) = url.split_once('?').unwrap();
    assert_eq!(base, "https://rds.example/");
    let names: Vec<&str> = query
        .split('&')
        .map(|p| p.split_once('=').unwrap().0)
        .collect();
    assert_eq!(
        names,
        [
            "Action",
            "DBUser",
            "Version",
            "X-Amz-Algorithm",
            "X-Amz-Credential",
            "X-Amz-Date",
            "X-Amz-Expires",
            "X-Amz-SignedHeaders",
            "X-Amz-Security-Token",
            "X-Amz-Signature"
        ]
    );
    assert!(query.starts_with("Action=Connect&DBUser=c&Version=2014-10-31&"));
    assert!(query.contains("&X-Amz-Expires=900&"));
    // The botocore form content type is not signed.
    assert!(query.contains("&X-Amz-SignedHeaders=host&"));
    assert!(query.contains("&X-Amz-Security-Token=token%2Fwith%2Bchars&"));

    // Bodies that are not forms, and streams, cannot be presigned.
    let req = Request::put("https://h.example/")
        .body(Body::from("{}"))
        .unwrap();
    assert_eq!(
        presign(
            &req,
            &sample_params(&creds, SigningSettings::standard()),
            Duration::from_secs(1)
        )
        .unwrap_err(),
        SigningError::PresignBody
    );
    let req = Request::put("https://h.example/")
        .body(stream_body())
        .unwrap();
    assert_eq!(
        presign(
            &req,
            &sample_params(&creds, SigningSettings::standard()),
            Duration::from_secs(1)
        )
        .unwrap_err(),
        SigningError::StreamingBody
    );
    // A relative URI with a Host header becomes an https URL.
    let req = Request::get("/k")
        .header("host", "b.example")
        .body(Body::empty())
        .unwrap();
    let url = presign(
        &req,
        &sample_params(&creds, SigningSettings::s3_presign()),
        Duration::from_secs(1),
    )
    .unwrap();
    assert!(url.starts_with("https://b.example/k?X-Amz-Algorithm="));
}

#[test]
fn odd_inputs_do_not_panic() {
    let creds = sample_creds();
    for uri in [
        "https://h/%",
        "https://h/%%%?%=%&=&&",
        "https://h/..",
        "https://h/../../a/",
        "https://h/?\u{e9}",
        "*",
    ] {
        if let Ok(u) = uri.parse::<http::Uri>() {
            let mut req = Request::new(Body::empty());
            *req.uri_mut() = u;
            let signed = sign(
                &mut req,
                &sample_params(&creds, SigningSettings::standard()),
            );
            let url = presign(
                &req,
                &sample_params(&creds, SigningSettings::standard()),
                Duration::from_secs(1),
            );
            if uri == "*" {
                // No host to sign for.
                assert!(
                    matches!(signed, Err(SigningError::MissingHost)),
                    "{signed:?}"
                );
                assert!(matches!(url, Err(SigningError::MissingHost)), "{url:?}");
                continue;
            }
            // Any path with a host can be signed; the path is sent as given.
            let auth = req.headers()["authorization"].to_str().unwrap();
            assert!(signed.is_ok_and(|_| auth.starts_with("AWS4-HMAC-SHA256 Credential=")));
            let url = url.unwrap_or_else(|e| panic!("{uri}: {e:?}"));
            let path = uri.split('?').next().unwrap_or_default();
            assert!(url.starts_with(&format!("{path}?")), "{url}");
            let sig = url.rsplit_once("&X-Amz-Signature=").map(|(_, s)| s);
            assert!(
                sig.is_some_and(|s| s.len() == 64 && s.bytes().all(|b| b.is_ascii_hexdigit())),
                "{url}"
            );
        }
    }
    for year in [-5000, 0, 99_999] {
        let t = DateTime::from_civil(crate::types::Civil {
            year,
            month: 1,
            day: 1,
            hour: 0,
            minute: 0,
            second: 0,
            nanos: 0,
        });
        if let Some(t) = t {
            let p = params(&creds, "r", "s", t, SigningSettings::standard());
            let mut req = Request::get("https://h/").body(Body::empty()).unwrap();
            // Years SigV4's four digits cannot write still give a well-formed X-Amz-Date whose
            // date is the credential scope's.
            sign(&mut req, &p).unwrap_or_else(|e| panic!("{year}: {e:?}"));
            let date = req.headers()["x-amz-date"].to_str().unwrap();
            let b = date.as_bytes();
            assert!(
                b.len() == 16
                    && b[8] == b'T'
                    && b[15] == b'Z'
                    && b[..8].iter().chain(&b[9..15]).all(u8::is_ascii_digit),
                "{year}: {date}"
            );
            let auth = req.headers()["authorization"].to_str().unwrap();
            assert!(
                auth.contains(&format!("/{}/r/s/aws4_request", &date[..8])),
                "{auth}"
            );
        }
    }
    assert_eq!(remove_dot_segments("/../a/./b/../../c//"), "/c/");
    assert_eq!(remove_dot_segments(""), "/");
    assert_eq!(remove_dot_segments("a/b"), "a/b");
    assert_eq!(remove_dot_segments("/.."), "/");
}

#[test]
fn signing_key_cache_matches_derivation() {
    // The key must depend on every input even when cached.
    let a = signing_key("s1", "20150830", "us-east-1", "svc");
    let b = signing_key("s2", "20150830", "us-east-1", "svc");
    let c = signing_key("s1", "20150830", "us-east-1", "svc");
    let tag = |k: &hmac::Key| hmac::sign(k, b"x").as_ref().to_vec();
    assert_ne!(tag(&a), tag(&b));
    assert_eq!(tag(&a), tag(&c));
    assert_eq!(
        tag(&a),
        tag(&derive_signing_key("s1", "20150830", "us-east-1", "svc"))
    );
}

#[test]
fn clock_skew() {
    let skew = ClockSkew::new();
    let local = DateTime::from_secs(1_000_000);
    assert_eq!(skew.apply(local), local);
    let mut headers = HeaderMap::new();
    headers.insert(
        "date",
        HeaderValue::from_static("Thu, 01 Jan 1970 11:53:20 GMT"),
    ); // 42800 s
    assert!(skew.record_from_headers(&headers, local));
    assert_eq!(skew.offset_millis(), (42_800 - 1_000_000) * 1000);
    assert_eq!(
        skew.apply(DateTime::from_secs(1_000_010)),
        DateTime::from_secs(42_810)
    );
    headers.insert("x-amz-date", HeaderValue::from_static("19700112T135640Z")); // 1_000_000 + 600
    assert!(skew.record_from_headers(&headers, local));
    assert_eq!(skew.offset_millis(), 600_000);
    assert!(!skew.record_from_headers(&HeaderMap::new(), local));
    assert_eq!(skew.offset_millis(), 600_000);
    skew.record(
        DateTime::from_secs_nanos(10, 0),
        DateTime::from_secs_nanos(10, 500_000_000),
    );
    assert_eq!(skew.offset_millis(), -500);
    assert_eq!(
        skew.apply(DateTime::from_secs(10)),
        DateTime::from_secs_nanos(9, 500_000_000)
    );
    skew.reset();
    assert_eq!(skew.offset_millis(), 0);
    assert!(ClockSkew::is_skew_error("RequestTimeTooSkewed"));
    assert!(!ClockSkew::is_skew_error("NoSuchKey"));
    assert_eq!(
        parse_amz_date("20150830T123600Z"),
        Some(DateTime::from_secs(1_440_938_160))
    );
    assert_eq!(parse_amz_date("2015-08-30T12:36:00Z"), None);
    assert_eq!(parse_amz_date("20151330T123600Z"), None);
}

#[test]
fn blacklist_function_matches_the_list() {
    for name in SIGNED_HEADERS_BLACKLIST {
        assert!(is_blacklisted(name), "{name}");
    }
    for name in [
        "host",
        "x-amz-date",
        "content-type",
        "authorization",
        "te2",
        "user-agents",
    ] {
        assert!(!is_blacklisted(name), "{name}");
    }
}

#[test]
fn repeated_headers_keep_their_order_among_other_headers() {
    let creds = sample_creds();
    let mut req = Request::get("https://h.example/")
        .header("zz", "1")
        .header("my-header", " b ")
        .header("aa", "x")
        .header("my-header", "a")
        .body(Body::empty())
        .unwrap();
    let out = sign(
        &mut req,
        &sample_params(&creds, SigningSettings::standard()),
    )
    .unwrap();
    assert!(
        out.canonical_request
            .contains("\naa:x\nhost:h.example\nmy-header:b,a\nx-amz-date:"),
        "{}",
        out.canonical_request
    );
}

#[test]
fn dot_segment_detection() {
    for p in ["/", "/a", "/a/", "/a/b.c/..d/.e", "/a/b/"] {
        assert!(!has_dot_or_empty_segment(p), "{p}");
        assert_eq!(remove_dot_segments(p), p);
    }
    for p in ["//", "/a//b", "/./a", "/a/.", "/a/..", "/a/../b", "//a"] {
        assert!(has_dot_or_empty_segment(p), "{p}");
    }
    let mut s = String::new();
    push_hex(&mut s, &[0x00, 0xab, 0xff]);
    assert_eq!(s, "00abff");
    let mut s = String::new();
    push_hex(&mut s, &[0x5a; 100]);
    assert_eq!(s, "5a".repeat(100));
}

#[test]
fn clock_skew_from_error_responses() {
    let skew = ClockSkew::new();
    let local = DateTime::from_secs(1_000_000);
    let mut headers = HeaderMap::new();
    headers.insert(
        "date",
        HeaderValue::from_static("Mon, 12 Jan 1970 13:56:40 GMT"),
    ); // local + 600 s
    assert!(!skew.update_from_error("NoSuchKey", &headers, local));
    assert!(!skew.update_from_error("RequestTimeTooSkewed", &HeaderMap::new(), local));
    assert_eq!(skew.offset_millis(), 0);
    assert!(skew.update_from_error("RequestTimeTooSkewed", &headers, local));
    assert_eq!(skew.offset_millis(), 600_000);
    // Already corrected: a second skew error with the same server time changes nothing.
    assert!(!skew.update_from_error("RequestTimeTooSkewed", &headers, local));
    // Small differences (under 4 minutes) are not treated as skew.
    let fresh = ClockSkew::new();
    assert!(!fresh.update_from_error(
        "SignatureDoesNotMatch",
        &headers,
        DateTime::from_secs(1_000_400)
    ));
    assert_eq!(fresh.offset_millis(), 0);
}

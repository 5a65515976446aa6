//! End to end against moto: S3 (rest-xml), including streaming and presigning.

use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::Bytes;
use kumo_s3::error::{CreateBucketError, GetObjectError, HeadObjectError};
use kumo_s3::types::*;
use kumo_testkit::moto::{client, Moto};

async fn bucket(s3: &kumo_s3::Client, name: &str) {
    s3.create_bucket(CreateBucketInput {
        bucket: name.into(),
        ..Default::default()
    })
    .await
    .expect("create bucket");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn objects_put_get_head_copy_delete_and_typed_errors() {
    let moto = Moto::start();
    let s3 = client!(kumo_s3::Client, moto);
    bucket(&s3, "kumo-basics").await;

    let put = s3
        .put_object(PutObjectInput {
            bucket: "kumo-basics".into(),
            key: "dir/hello world.txt".into(),
            body: kumo_runtime::Body::from("hello, kumo"),
            content_type: Some("text/plain".into()),
            metadata: Some(
                [("owner".to_string(), "alice".to_string())]
                    .into_iter()
                    .collect(),
            ),
            ..Default::default()
        })
        .await
        .expect("put");
    assert!(put.e_tag.is_some());

    let got = s3
        .get_object(GetObjectInput {
            bucket: "kumo-basics".into(),
            key: "dir/hello world.txt".into(),
            ..Default::default()
        })
        .await
        .expect("get");
    assert_eq!(got.content_type.as_deref(), Some("text/plain"));
    assert_eq!(got.content_length, Some(11));
    assert_eq!(
        got.metadata
            .as_ref()
            .and_then(|m| m.get("owner"))
            .map(String::as_str),
        Some("alice")
    );
    assert_eq!(
        got.body.collect().await.expect("body").as_ref(),
        b"hello, kumo"
    );

    let head = s3
        .head_object(HeadObjectInput {
            bucket: "kumo-basics".into(),
            key: "dir/hello world.txt".into(),
            ..Default::default()
        })
        .await
        .expect("head");
    assert_eq!(head.content_length, Some(11));

    s3.copy_object(CopyObjectInput {
        bucket: "kumo-basics".into(),
        key: "copy.txt".into(),
        copy_source: "kumo-basics/dir/hello world.txt".into(),
        ..Default::default()
    })
    .await
    .expect("copy");
    let copied = s3
        .get_object(GetObjectInput {
            bucket: "kumo-basics".into(),
            key: "copy.txt".into(),
            ..Default::default()
        })
        .await
        .expect("get copy");
    assert_eq!(
        copied.body.collect().await.expect("body").as_ref(),
        b"hello, kumo"
    );

    s3.delete_object(DeleteObjectInput {
        bucket: "kumo-basics".into(),
        key: "copy.txt".into(),
        ..Default::default()
    })
    .await
    .expect("delete");

    // A missing key is the modelled NoSuchKey, with code, message and request id.
    let err = s3
        .get_object(GetObjectInput {
            bucket: "kumo-basics".into(),
            key: "copy.txt".into(),
            ..Default::default()
        })
        .await
        .expect_err("deleted");
    assert_eq!(err.code(), Some("NoSuchKey"));
    assert_eq!(err.status(), Some(404));
    assert!(
        matches!(err.service_error(), Some(GetObjectError::NoSuchKey(_))),
        "{err:?}"
    );
    assert!(err.message().is_some());

    // HEAD has no body: the error is known by its status only, as in botocore.
    let err = s3
        .head_object(HeadObjectInput {
            bucket: "kumo-basics".into(),
            key: "nope".into(),
            ..Default::default()
        })
        .await
        .expect_err("missing");
    assert_eq!(err.status(), Some(404));
    assert_eq!(
        err.code(),
        Some("404"),
        "botocore's code for a bodiless 404: {err:?}"
    );
    assert!(
        matches!(err.service_error(), Some(HeadObjectError::Unmodelled)),
        "{err:?}"
    );

    // Creating a bucket we already own is the modelled BucketAlreadyOwnedByYou (outside
    // us-east-1, where S3 answers 200 for historical reasons).
    let h = kumo_s3::Client::builder()
        .env(moto.env())
        .config(moto.config().region_name("eu-west-1"))
        .build()
        .expect("client");
    let eu = h;
    let create = || {
        eu.create_bucket(CreateBucketInput {
            bucket: "kumo-eu".into(),
            create_bucket_configuration: Some(CreateBucketConfiguration {
                location_constraint: Some(BucketLocationConstraint::EuWest1),
                ..Default::default()
            }),
            ..Default::default()
        })
    };
    create().await.expect("first create");
    let err = create().await.expect_err("exists");
    assert_eq!(err.code(), Some("BucketAlreadyOwnedByYou"), "{err:?}");
    assert!(
        matches!(
            err.service_error(),
            Some(CreateBucketError::BucketAlreadyOwnedByYou(_))
        ),
        "{err:?}"
    );
    assert_eq!(err.status(), Some(409));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn list_2500_keys_across_pages() {
    let moto = Moto::start();
    let s3 = client!(kumo_s3::Client, moto);
    bucket(&s3, "kumo-list").await;
    // 2,500 small objects, 8 at a time.
    let keys: Vec<String> = (0..2500).map(|i| format!("k/{i:05}")).collect();
    for chunk in keys.chunks(50) {
        let mut tasks = Vec::new();
        for k in chunk {
            let s3 = s3.clone();
            let k = k.clone();
            tasks.push(tokio::spawn(async move {
                s3.put_object(PutObjectInput {
                    bucket: "kumo-list".into(),
                    key: k,
                    body: kumo_runtime::Body::from("x"),
                    ..Default::default()
                })
                .await
            }));
        }
        for t in tasks {
            t.await.expect("task").expect("put");
        }
    }
    let mut listed = Vec::new();
    let mut token = None;
    let mut pages = 0;
    loop {
        let page = s3
            .list_objects_v2(ListObjectsV2Input {
                bucket: "kumo-list".into(),
                continuation_token: token.take(),
                ..Default::default()
            })
            .await
            .expect("list");
        pages += 1;
        listed.extend(
            page.contents
                .unwrap_or_default()
                .into_iter()
                .filter_map(|o| o.key),
        );
        match page.next_continuation_token {
            Some(t) if page.is_truncated == Some(true) => token = Some(t),
            _ => break,
        }
    }
    assert_eq!(pages, 3, "1,000 keys a page");
    assert_eq!(listed, keys);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn multipart_upload() {
    let moto = Moto::start();
    let s3 = client!(kumo_s3::Client, moto);
    bucket(&s3, "kumo-mpu").await;
    let up = s3
        .create_multipart_upload(CreateMultipartUploadInput {
            bucket: "kumo-mpu".into(),
            key: "big".into(),
            ..Default::default()
        })
        .await
        .expect("create");
    let upload_id = up.upload_id.expect("upload id");
    let part1 = vec![b'a'; 5 * 1024 * 1024];
    let part2 = b"tail".to_vec();
    let mut parts = Vec::new();
    for (n, data) in [(1, part1.clone()), (2, part2.clone())] {
        let p = s3
            .upload_part(UploadPartInput {
                bucket: "kumo-mpu".into(),
                key: "big".into(),
                upload_id: upload_id.clone(),
                part_number: n,
                body: kumo_runtime::Body::from(data),
                ..Default::default()
            })
            .await
            .expect("part");
        parts.push(CompletedPart {
            e_tag: p.e_tag,
            part_number: Some(n),
            ..Default::default()
        });
    }
    s3.complete_multipart_upload(CompleteMultipartUploadInput {
        bucket: "kumo-mpu".into(),
        key: "big".into(),
        upload_id,
        multipart_upload: Some(CompletedMultipartUpload { parts: Some(parts) }),
        ..Default::default()
    })
    .await
    .expect("complete");
    let got = s3
        .get_object(GetObjectInput {
            bucket: "kumo-mpu".into(),
            key: "big".into(),
            ..Default::default()
        })
        .await
        .expect("get");
    let body = got.body.collect().await.expect("body");
    assert_eq!(body.len(), part1.len() + part2.len());
    assert!(body.ends_with(b"tail"));
}

/// A body of `len` deterministic bytes, produced 64 KiB at a time (never all in memory).
struct Generated {
    sent: u64,
    len: u64,
}

fn byte_at(i: u64) -> u8 {
    (i % 251) as u8
}

impl http_body::Body for Generated {
    type Data = Bytes;
    type Error = std::convert::Infallible;
    fn poll_frame(
        mut self: Pin<&mut Self>,
        _: &mut Context<'_>,
    ) -> Poll<Option<Result<http_body::Frame<Bytes>, Self::Error>>> {
        if self.sent >= self.len {
            return Poll::Ready(None);
        }
        let n = (self.len - self.sent).min(64 * 1024);
        let chunk: Vec<u8> = (self.sent..self.sent + n).map(byte_at).collect();
        self.sent += n;
        Poll::Ready(Some(Ok(http_body::Frame::data(Bytes::from(chunk)))))
    }
    fn size_hint(&self) -> http_body::SizeHint {
        http_body::SizeHint::with_exact(self.len - self.sent)
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fifty_megabytes_streamed_both_ways() {
    const LEN: u64 = 50 * 1024 * 1024;
    let moto = Moto::start();
    let s3 = client!(kumo_s3::Client, moto);
    bucket(&s3, "kumo-stream").await;
    s3.put_object(PutObjectInput {
        bucket: "kumo-stream".into(),
        key: "fifty".into(),
        body: kumo_runtime::Body::from_stream(Generated { sent: 0, len: LEN }),
        content_length: Some(LEN as i64),
        ..Default::default()
    })
    .await
    .expect("streamed put");
    let mut got = s3
        .get_object(GetObjectInput {
            bucket: "kumo-stream".into(),
            key: "fifty".into(),
            ..Default::default()
        })
        .await
        .expect("get");
    assert_eq!(got.content_length, Some(LEN as i64));
    // Read chunk by chunk, checking every byte, without holding the object in memory.
    let mut offset = 0u64;
    let mut largest_chunk = 0;
    while let Some(chunk) = got.body.next_chunk().await {
        let chunk = chunk.expect("chunk");
        largest_chunk = largest_chunk.max(chunk.len());
        for (i, b) in chunk.iter().enumerate() {
            assert_eq!(*b, byte_at(offset + i as u64), "byte {}", offset + i as u64);
        }
        offset += chunk.len() as u64;
    }
    assert_eq!(offset, LEN);
    assert!(
        largest_chunk < 16 * 1024 * 1024,
        "the body arrived in pieces, not whole"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn presigned_get_works_with_a_plain_http_client() {
    let moto = Moto::start();
    let s3 = client!(kumo_s3::Client, moto);
    bucket(&s3, "kumo-presign").await;
    s3.put_object(PutObjectInput {
        bucket: "kumo-presign".into(),
        key: "shared.txt".into(),
        body: kumo_runtime::Body::from("presigned!"),
        ..Default::default()
    })
    .await
    .expect("put");
    let url = s3
        .generate_presigned_url(
            "get_object",
            GetObjectInput {
                bucket: "kumo-presign".into(),
                key: "shared.txt".into(),
                ..Default::default()
            },
            std::time::Duration::from_secs(300),
        )
        .await
        .expect("presign");
    assert!(url.contains("X-Amz-Signature="), "{url}");
    assert!(url.contains("X-Amz-Expires=300"), "{url}");
    // A plain HTTP/1.1 GET over a TCP socket: no SDK involved.
    let uri: http::Uri = url.parse().expect("url");
    let authority = uri.authority().expect("authority").to_string();
    let path = uri.path_and_query().expect("path").to_string();
    let body = tokio::task::spawn_blocking(move || {
        use std::io::{Read, Write};
        let mut s = std::net::TcpStream::connect(&authority).expect("connect");
        write!(
            s,
            "GET {path} HTTP/1.1\r\nHost: {authority}\r\nConnection: close\r\n\r\n"
        )
        .expect("write");
        let mut resp = String::new();
        s.read_to_string(&mut resp).expect("read");
        resp
    })
    .await
    .expect("task");
    assert!(body.starts_with("HTTP/1.1 200"), "{body}");
    assert!(body.ends_with("presigned!"), "{body}");
    // The wrong input type for the operation is refused.
    let err = s3
        .generate_presigned_url(
            "get_object",
            PutObjectInput::default(),
            std::time::Duration::from_secs(1),
        )
        .await
        .expect_err("wrong input");
    assert_eq!(err.kind(), kumo_runtime::SdkErrorKind::ParamValidation);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn presigned_put_then_presigned_get_with_a_plain_http_client() {
    use kumo_runtime::http::{HttpClient, HttpSettings, HyperClient};
    let moto = Moto::start();
    let s3 = client!(kumo_s3::Client, moto);
    bucket(&s3, "kumo-presign-put").await;
    let expires = std::time::Duration::from_secs(300);
    let put_url = s3
        .generate_presigned_url(
            "put_object",
            PutObjectInput {
                bucket: "kumo-presign-put".into(),
                key: "from-a-url.bin".into(),
                ..Default::default()
            },
            expires,
        )
        .await
        .expect("presign put");
    assert!(put_url.contains("X-Amz-SignedHeaders=host&"), "{put_url}");
    // Not the SDK: the runtime's bare HTTP client, sending only what a user of the URL would.
    let http = HyperClient::new(&HttpSettings::default()).expect("http client");
    let data: Vec<u8> = (0..70_000u32).map(|i| (i % 251) as u8).collect();
    let mut put = http::Request::new(kumo_runtime::Body::from(data.clone()));
    *put.method_mut() = http::Method::PUT;
    *put.uri_mut() = put_url.parse().expect("url");
    put.headers_mut()
        .insert(http::header::CONTENT_LENGTH, data.len().into());
    let resp = http.send(put).await.expect("PUT");
    let status = resp.status();
    let text = resp.into_body().collect().await.expect("body");
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&text));

    let get_url = s3
        .generate_presigned_url(
            "get_object",
            GetObjectInput {
                bucket: "kumo-presign-put".into(),
                key: "from-a-url.bin".into(),
                ..Default::default()
            },
            expires,
        )
        .await
        .expect("presign get");
    let mut get = http::Request::new(kumo_runtime::Body::empty());
    *get.uri_mut() = get_url.parse().expect("url");
    let resp = http.send(get).await.expect("GET");
    assert_eq!(resp.status(), 200);
    let got = resp.into_body().collect().await.expect("body");
    assert_eq!(got.len(), data.len());
    assert!(got[..] == data[..], "the object read back differs");
}

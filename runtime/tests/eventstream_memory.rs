//! A 1 GiB event stream is decoded in constant memory: the server generates the frames on
//! the fly (one pre-encoded 1 MiB chunk of 256 frames, sent 1024 times), the client decodes
//! every message through `HyperClient` and `MessageStream`, and the process's resident
//! memory (`VmRSS`) grows by less than 32 MiB. Its own test binary, so no other test shares
//! the process while it measures.

use std::time::Duration;

use bytes::Bytes;
use kumo_runtime::eventstream::{Message, MessageStream};
use kumo_runtime::http::{HttpClient, HttpSettings, HyperClient};
use kumo_runtime::Body;
use kumo_testkit::stream::{Protocol, StreamBody, StreamServer};

const FRAMES_PER_CHUNK: usize = 256;
/// 4 KiB frames: 16 bytes of prelude and CRC, 44 of headers.
const PAYLOAD: usize = 4096 - 60;
const CHUNKS: u64 = 1024;

fn vm_rss_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status");
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("a VmRSS line")
}

fn chunk() -> Bytes {
    let mut out = Vec::new();
    for i in 0..FRAMES_PER_CHUNK {
        Message::new(vec![(i % 251) as u8; PAYLOAD])
            .with_header(":message-type", "event")
            .with_header(":event-type", "Records")
            .encode_into(&mut out)
            .unwrap();
    }
    Bytes::from(out)
}

async fn stream_once(client: &HyperClient, url: &str, chunks: u64) -> (u64, u64, u64) {
    let mut req = http::Request::post(url).body(Body::empty()).unwrap();
    *req.version_mut() = http::Version::HTTP_11;
    let resp = client.send(req).await.unwrap();
    let mut s = MessageStream::new(resp.into_body());
    let (mut messages, mut bytes, mut peak) = (0u64, 0u64, 0u64);
    while let Some(m) = s.recv().await {
        let m = m.unwrap();
        assert_eq!(m.payload().len(), PAYLOAD);
        assert_eq!(
            m.payload()[0],
            (messages as usize % FRAMES_PER_CHUNK % 251) as u8
        );
        messages += 1;
        bytes += m.payload().len() as u64;
        if messages % 4096 == 0 {
            peak = peak.max(vm_rss_kib());
        }
    }
    assert_eq!(messages, chunks * FRAMES_PER_CHUNK as u64);
    assert_eq!(s.bytes_decoded(), chunks * chunk().len() as u64);
    (messages, bytes, peak)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_gigabyte_stream_in_constant_memory() {
    let chunk = chunk();
    assert_eq!(chunk.len(), 1024 * 1024);
    let (_, server) = StreamServer::start(Protocol::Http1, move |req| {
        let chunks = req
            .uri()
            .query()
            .and_then(|q| q.strip_prefix("chunks="))
            .and_then(|n| n.parse().ok())
            .unwrap_or(0);
        let body = StreamBody::repeat(chunk.clone(), chunks);
        async move { http::Response::new(body) }
    })
    .await;
    let client = HyperClient::new(&HttpSettings {
        read_timeout: Some(Duration::from_secs(60)),
        ..HttpSettings::default()
    })
    .unwrap();
    // Warm up (allocator arenas, connection, buffers), then measure.
    stream_once(&client, &server.url("/?chunks=16"), 16).await;
    let before = vm_rss_kib();
    let started = std::time::Instant::now();
    let (messages, bytes, peak) =
        stream_once(&client, &server.url(&format!("/?chunks={CHUNKS}")), CHUNKS).await;
    let after = vm_rss_kib();
    let growth = peak.max(after).saturating_sub(before);
    eprintln!(
        "{messages} messages, {} MiB of payload in {:.1?}; VmRSS {before} KiB before, peak {peak} KiB, after {after} KiB",
        bytes >> 20,
        started.elapsed()
    );
    assert!(growth < 32 * 1024, "VmRSS grew by {growth} KiB");
}

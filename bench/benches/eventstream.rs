//! Event-stream decoding throughput: `kumo_runtime::eventstream::Decoder` fed the way a
//! response body feeds it (16 KiB network chunks, so frames straddle chunks), plus encoding.
//!
//! Run with `cargo bench -p kumo-bench --bench eventstream`; criterion prints MiB/s for
//! large frames and messages/s (elements) for small ones.

use bytes::Bytes;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;

use kumo_runtime::eventstream::{Decoder, Message};

/// A Bedrock `ConverseStream`-like delta event: three string headers, a ~100-byte JSON payload.
fn delta(i: usize) -> Message {
    Message::new(format!(
        "{{\"contentBlockIndex\":0,\"delta\":{{\"text\":\"token {i:06} of the streamed answer\"}},\"p\":\"abcdefghijklmnopqrstu\"}}"
    ))
    .with_header(":message-type", "event")
    .with_header(":event-type", "contentBlockDelta")
    .with_header(":content-type", "application/json")
}

fn stream(messages: impl Iterator<Item = Message>) -> Bytes {
    let mut out = Vec::new();
    for m in messages {
        m.encode_into(&mut out).expect("encodes");
    }
    Bytes::from(out)
}

/// Decodes all of `data`, delivered in `chunk`-byte pieces; returns the message count.
fn decode_all(data: &Bytes, chunk: usize) -> usize {
    let mut d = Decoder::new();
    let mut n = 0;
    let mut at = 0;
    while at < data.len() {
        let end = (at + chunk).min(data.len());
        let mut input = data.slice(at..end);
        at = end;
        while let Some(m) = d.decode(&mut input).expect("valid stream") {
            black_box(m.payload().len());
            n += 1;
        }
    }
    d.finish().expect("complete");
    n
}

fn decode(c: &mut Criterion) {
    let mut g = c.benchmark_group("eventstream_decode");

    let small = stream((0..10_000).map(delta));
    g.throughput(Throughput::Elements(10_000));
    g.bench_function("10k_delta_events_16k_chunks", |b| {
        b.iter(|| decode_all(black_box(&small), 16 * 1024))
    });

    let large = stream((0..64).map(|i| Message::new(vec![i as u8; 64 * 1024])));
    g.throughput(Throughput::Bytes(large.len() as u64));
    g.bench_function("64_frames_of_64k_16k_chunks", |b| {
        b.iter(|| decode_all(black_box(&large), 16 * 1024))
    });
    g.bench_function("64_frames_of_64k_one_buffer", |b| {
        b.iter(|| decode_all(black_box(&large), large.len()))
    });
    g.finish();

    let mut g = c.benchmark_group("eventstream_encode");
    let m = delta(1);
    g.throughput(Throughput::Elements(1));
    g.bench_function("delta_event", |b| {
        let mut out = Vec::with_capacity(256);
        b.iter(|| {
            out.clear();
            black_box(&m).encode_into(&mut out).expect("encodes")
        })
    });
    g.finish();
}

criterion_group!(benches, decode);
criterion_main!(benches);

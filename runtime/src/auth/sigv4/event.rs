//! SigV4 signing of input event streams: each message is wrapped in an envelope frame whose
//! signature chains to the previous one, starting from the request's own signature.
//!
//! For a message encoded as `m`, at time `t` (whole seconds), with the previous signature
//! `prior` (hex; the request's `Authorization` signature for the first message):
//!
//! ```text
//! string to sign = "AWS4-HMAC-SHA256-PAYLOAD" \n
//!                  <t as 20240102T030405Z>    \n
//!                  <yyyymmdd>/<region>/<service>/aws4_request \n
//!                  prior                      \n
//!                  hex(sha256(<the :date header, encoded>)) \n
//!                  hex(sha256(m))
//! signature      = HMAC-SHA256(signing key of the request's scope, string to sign)
//! envelope       = frame { :date = t (timestamp), :chunk-signature = signature (32 bytes) ;
//!                          payload = m }
//! ```
//!
//! The stream ends with the same envelope around an empty payload. The request itself is
//! signed with the payload hash `STREAMING-AWS4-HMAC-SHA256-EVENTS`
//! ([`STREAMING_EVENTS_PAYLOAD`]) in `X-Amz-Content-SHA256`.
//!
//! ```
//! use kumo_runtime::auth::sigv4::event::EventSigner;
//! use kumo_runtime::credentials::Credentials;
//! use kumo_runtime::eventstream::{channel, Message};
//!
//! # async fn demo(request_signature: &str) {
//! let creds = Credentials::new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", None);
//! let (sender, body) = channel(8);
//! // After signing the request (its signature seeds the chain):
//! body.signer_slot().install(EventSigner::new(creds, "us-east-1", "transcribe", request_signature));
//! let body = body.into_body(); // the request body
//! sender.send(Message::new(&b"audio"[..])).await.unwrap();
//! # }
//! ```

use std::fmt;

use bytes::Bytes;
use ring::hmac;

use super::{sha256_hex, signing_key, AmzDate};
use crate::credentials::Credentials;
use crate::eventstream::{
    encode_headers_into, EncodeError, FrameSigner, Header, HeaderValue, Message,
};
use crate::types::DateTime;

/// The payload hash of a request whose body is a signed event stream.
pub const STREAMING_EVENTS_PAYLOAD: &str = "STREAMING-AWS4-HMAC-SHA256-EVENTS";

/// The algorithm line of an event's string to sign.
pub const EVENT_ALGORITHM: &str = "AWS4-HMAC-SHA256-PAYLOAD";

type Clock = Box<dyn Fn() -> DateTime + Send + Sync>;

/// Signs the messages of one input event stream, in order (a [`FrameSigner`]).
///
/// `Debug` shows the scope and the chain position, never the credentials.
pub struct EventSigner {
    credentials: Credentials,
    region: String,
    service: String,
    prior: String,
    clock: Clock,
}

impl EventSigner {
    /// A signer for a request signed for `region` and `service` whose signature (64 hex
    /// digits, [`super::SigningOutput::signature`]) was `seed_signature`. Messages are
    /// stamped with the current time; see [`EventSigner::with_clock`].
    pub fn new(
        credentials: Credentials,
        region: impl Into<String>,
        service: impl Into<String>,
        seed_signature: impl Into<String>,
    ) -> EventSigner {
        EventSigner {
            credentials,
            region: region.into(),
            service: service.into(),
            prior: seed_signature.into(),
            clock: Box::new(DateTime::now),
        }
    }

    /// Stamps messages with `clock()` instead of the local time (pass the pipeline's
    /// clock-skew-corrected time).
    pub fn with_clock(mut self, clock: impl Fn() -> DateTime + Send + Sync + 'static) -> Self {
        self.clock = Box::new(clock);
        self
    }

    /// The signature the next message chains to (hex).
    pub fn prior_signature(&self) -> &str {
        &self.prior
    }

    /// The string to sign for `payload` at `time` (sub-seconds dropped), chained to the
    /// current prior signature. Changes nothing.
    pub fn string_to_sign(&self, payload: &[u8], time: DateTime) -> String {
        let time = DateTime::from_secs(time.secs());
        let amz = AmzDate::new(time);
        let mut date_header = Vec::with_capacity(15);
        // Fails only for a time beyond ±292 million years (milliseconds overflow `i64`); the
        // envelope then fails to encode with `TimestampOutOfRange`, so nothing is sent.
        let _ = encode_headers_into(&[date_header_of(time)], &mut date_header);
        let mut s = String::with_capacity(EVENT_ALGORITHM.len() + 16 + 64 * 3 + 80);
        s.push_str(EVENT_ALGORITHM);
        s.push('\n');
        s.push_str(amz.as_str());
        s.push('\n');
        s.push_str(amz.date());
        s.push('/');
        s.push_str(&self.region);
        s.push('/');
        s.push_str(&self.service);
        s.push_str("/aws4_request\n");
        s.push_str(&self.prior);
        s.push('\n');
        s.push_str(&sha256_hex(&date_header));
        s.push('\n');
        s.push_str(&sha256_hex(payload));
        s
    }

    /// Wraps `payload` (an encoded message, or empty for the final frame) in its signed
    /// envelope at `time`, and advances the chain.
    pub fn sign_payload(&mut self, payload: Bytes, time: DateTime) -> Message {
        let time = DateTime::from_secs(time.secs());
        let sts = self.string_to_sign(&payload, time);
        let amz = AmzDate::new(time);
        let key = signing_key(
            &self.credentials.secret_access_key,
            amz.date(),
            &self.region,
            &self.service,
        );
        let tag = hmac::sign(&key, sts.as_bytes());
        let mut hex = String::with_capacity(64);
        super::push_hex(&mut hex, tag.as_ref());
        self.prior = hex;
        Message::new(payload)
            .with_header(":date", time)
            .with_header(":chunk-signature", tag.as_ref().to_vec())
    }
}

fn date_header_of(time: DateTime) -> Header {
    Header::new(":date", HeaderValue::Timestamp(time))
}

impl FrameSigner for EventSigner {
    fn sign(&mut self, encoded: Bytes) -> Result<Bytes, EncodeError> {
        let now = (self.clock)();
        self.sign_payload(encoded, now).encode()
    }

    fn finish(&mut self) -> Result<Option<Bytes>, EncodeError> {
        let now = (self.clock)();
        self.sign_payload(Bytes::new(), now).encode().map(Some)
    }
}

impl fmt::Debug for EventSigner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EventSigner")
            .field("region", &self.region)
            .field("service", &self.service)
            .field("prior_signature", &self.prior)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    //! Expected values are computed here from the published string to sign and the spec,
    //! with `ring` step by step — not with the signer's own helpers.

    use ring::{digest, hmac};

    use super::*;
    use crate::eventstream::{channel, MessageStream};

    const VECTORS: &str = include_str!("../../../tests/data/eventstream/signing-vectors.json");
    const SECRET: &str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

    fn hex(b: &[u8]) -> String {
        b.iter().map(|x| format!("{x:02x}")).collect()
    }

    fn sha(b: &[u8]) -> String {
        hex(digest::digest(&digest::SHA256, b).as_ref())
    }

    /// The SigV4 signing key, derived by hand.
    fn key(date: &str, region: &str, service: &str) -> hmac::Key {
        let mac = |k: &[u8], m: &[u8]| hmac::sign(&hmac::Key::new(hmac::HMAC_SHA256, k), m);
        let k = mac(format!("AWS4{SECRET}").as_bytes(), date.as_bytes());
        let k = mac(k.as_ref(), region.as_bytes());
        let k = mac(k.as_ref(), service.as_bytes());
        let k = mac(k.as_ref(), b"aws4_request");
        hmac::Key::new(hmac::HMAC_SHA256, k.as_ref())
    }

    fn creds() -> Credentials {
        Credentials::new("AKIDEXAMPLE", SECRET, None)
    }

    /// `:date` header bytes, by hand: name length, name, type 8, big-endian milliseconds.
    fn date_header_bytes(secs: i64) -> Vec<u8> {
        let mut b = vec![5u8];
        b.extend_from_slice(b":date");
        b.push(8);
        b.extend_from_slice(&(secs * 1000).to_be_bytes());
        b
    }

    #[test]
    fn published_string_to_sign_and_its_signature() {
        let doc: serde_json::Value = serde_json::from_str(VECTORS).unwrap();
        let v = &doc["vectors"][0];
        let region = v["region"].as_str().unwrap();
        let service = v["service"].as_str().unwrap();
        let time = DateTime::from_secs_nanos(
            v["time_secs"].as_i64().unwrap(),
            v["time_nanos"].as_u64().unwrap() as u32,
        );
        let prior = sha(v["prior_signature_is_sha256_hex_of"]
            .as_str()
            .unwrap()
            .as_bytes());
        let h = &v["message"]["headers"][0];
        let message = Message::new(v["message"]["payload_utf8"].as_str().unwrap().to_string())
            .with_header(h["name"].as_str().unwrap(), h["value"].as_str().unwrap());
        assert_eq!(h["type"], "string");
        let expected: Vec<&str> = v["string_to_sign"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l.as_str().unwrap())
            .collect();
        let expected = expected.join("\n");

        let encoded = message.encode().unwrap();
        let mut signer = EventSigner::new(creds(), region, service, prior.clone());
        assert_eq!(signer.string_to_sign(&encoded, time), expected);

        // The :date line is the hash of the header as the spec lays it out.
        assert!(expected.contains(&sha(&date_header_bytes(123_456_789))));

        let envelope = signer.sign_payload(encoded.clone(), time);
        let want = hmac::sign(&key("19731129", region, service), expected.as_bytes());
        assert_eq!(
            envelope.header(":chunk-signature"),
            Some(&HeaderValue::ByteArray(Bytes::copy_from_slice(
                want.as_ref()
            )))
        );
        // Sub-seconds are dropped from the :date header too.
        assert_eq!(
            envelope.header(":date"),
            Some(&HeaderValue::Timestamp(DateTime::from_secs(123_456_789)))
        );
        assert_eq!(envelope.payload(), &encoded);
        assert_eq!(signer.prior_signature(), hex(want.as_ref()));
        assert_ne!(signer.prior_signature(), prior);
    }

    #[test]
    fn the_chain_and_the_final_empty_frame() {
        let seed = sha(b"request signature");
        let times = [1_700_000_000i64, 1_700_000_001, 1_700_086_400];
        let mut it = times.into_iter();
        let mut signer = EventSigner::new(creds(), "us-west-2", "transcribe", seed.clone());
        let m1 = Message::new(&b"one"[..]).encode().unwrap();
        let m2 = Message::new(&b"two"[..])
            .with_header(":event-type", "AudioEvent")
            .encode()
            .unwrap();
        let mut frames = Vec::new();
        for payload in [m1.clone(), m2.clone()] {
            let t = DateTime::from_secs(it.next().unwrap());
            frames.push(signer.sign_payload(payload, t).encode().unwrap());
        }
        let t = DateTime::from_secs(it.next().unwrap());
        frames.push(signer.sign_payload(Bytes::new(), t).encode().unwrap());

        // Recompute every signature by hand, chaining from the seed.
        let mut prior = seed;
        let dates = ["20231114T221320Z", "20231114T221321Z", "20231115T221320Z"];
        for (i, (frame, payload)) in frames.iter().zip([&m1[..], &m2[..], &[][..]]).enumerate() {
            let (env, _) = Message::decode(frame).unwrap();
            let day = &dates[i][..8];
            let sts = format!(
                "AWS4-HMAC-SHA256-PAYLOAD\n{}\n{day}/us-west-2/transcribe/aws4_request\n{prior}\n{}\n{}",
                dates[i],
                sha(&date_header_bytes(times[i])),
                sha(payload),
            );
            let want = hmac::sign(&key(day, "us-west-2", "transcribe"), sts.as_bytes());
            let got = env
                .header(":chunk-signature")
                .and_then(HeaderValue::as_bytes)
                .unwrap();
            assert_eq!(&got[..], want.as_ref(), "frame {i}");
            assert_eq!(&env.payload()[..], payload, "frame {i}");
            prior = hex(want.as_ref());
        }
        // The last frame signs the empty payload: its hash is SHA-256 of nothing.
        assert!(sha(b"").starts_with("e3b0c442"));
    }

    #[test]
    fn as_the_frame_signer_of_an_input_stream() {
        let rt = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        rt.block_on(async {
            let seed = sha(b"seed");
            let (tx, input) = channel(4);
            input.signer_slot().install(
                EventSigner::new(creds(), "us-east-1", "lex", seed.clone())
                    .with_clock(|| DateTime::from_secs_nanos(1_600_000_000, 999_000_000)),
            );
            let mut frames = MessageStream::new(input.into_body());
            tokio::spawn(async move {
                for i in 0..3 {
                    tx.send(Message::new(format!("e{i}"))).await.unwrap();
                }
            });
            let mut prior = seed;
            let mut payloads = Vec::new();
            while let Some(env) = frames.recv().await {
                let env = env.unwrap();
                let sts = format!(
                    "AWS4-HMAC-SHA256-PAYLOAD\n20200913T122640Z\n20200913/us-east-1/lex/aws4_request\n{prior}\n{}\n{}",
                    sha(&date_header_bytes(1_600_000_000)),
                    sha(env.payload()),
                );
                let want = hmac::sign(&key("20200913", "us-east-1", "lex"), sts.as_bytes());
                let got = env.header(":chunk-signature").and_then(HeaderValue::as_bytes).unwrap();
                assert_eq!(&got[..], want.as_ref());
                prior = hex(want.as_ref());
                payloads.push(if env.payload().is_empty() {
                    "<end>".to_string()
                } else {
                    let (inner, _) = Message::decode(env.payload()).unwrap();
                    String::from_utf8(inner.payload().to_vec()).unwrap()
                });
            }
            assert_eq!(payloads, ["e0", "e1", "e2", "<end>"]);
        });
    }

    #[test]
    fn an_impossible_clock_fails_instead_of_sending() {
        use crate::eventstream::EncodeErrorKind;
        let mut s = EventSigner::new(creds(), "r", "s", "0".repeat(64))
            .with_clock(|| DateTime::from_secs(i64::MAX));
        let e = FrameSigner::sign(&mut s, Bytes::from_static(b"x")).unwrap_err();
        assert_eq!(e.kind(), EncodeErrorKind::TimestampOutOfRange);
    }

    #[test]
    fn debug_hides_the_credentials() {
        let s = format!("{:?}", EventSigner::new(creds(), "r", "s", "abc"));
        assert!(!s.contains(SECRET) && !s.contains("AKIDEXAMPLE"), "{s}");
    }
}

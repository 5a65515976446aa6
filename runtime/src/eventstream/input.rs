//! Request (input) event streams: the user writes [`Message`]s into an [`EventSender`] while
//! the request body, an [`InputStream`], sends them — each wrapped by a [`FrameSigner`].
//!
//! ```text
//!   user ── EventSender::send(msg) ──▶ bounded queue of encoded messages
//!                                            │ polled by the HTTP client
//!   InputStream ── FrameSigner::sign(encoded) ──▶ wire frame ──▶ request body
//!              └─ at the end: FrameSigner::finish() (SigV4: the empty signed frame)
//! ```
//!
//! The signer is not known when the body is built: SigV4 seeds the chain with the request's
//! own signature. So the body carries a [`SignerSlot`] (also reachable from the request's
//! extensions, see [`InputStream::signer_slot`]) that the pipeline fills right after it
//! signs the request; the body takes the signer when it is first polled, and fails if the
//! slot is still empty then.

use std::fmt;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};

use bytes::Bytes;
use http_body::{Frame, SizeHint};
use tokio::sync::mpsc;

use super::error::{EncodeError, EncodeErrorKind, SendError};
use super::frame::{Message, MAX_FRAME_LEN};
use crate::body::{Body, BoxError};

/// Room left in a frame for the envelope a signer wraps around a message: a message sent on
/// an input stream may be at most [`MAX_FRAME_LEN`] minus this. (SigV4's envelope takes 83
/// bytes: prelude, CRC, `:date` and `:chunk-signature`.)
pub const ENVELOPE_ROOM: usize = 1024;

/// Turns each encoded message into the bytes sent on the wire.
pub trait FrameSigner: Send + Sync {
    /// The wire bytes carrying `encoded` (one frame, already encoded and within limits).
    fn sign(&mut self, encoded: Bytes) -> Result<Bytes, EncodeError>;
    /// The bytes that end the stream, if any (SigV4: the empty signed frame).
    fn finish(&mut self) -> Result<Option<Bytes>, EncodeError>;
}

/// Sends messages as they are, with nothing at the end (no signing: tests, anonymous
/// requests).
#[derive(Clone, Copy, Debug, Default)]
pub struct Unsigned;

impl FrameSigner for Unsigned {
    fn sign(&mut self, encoded: Bytes) -> Result<Bytes, EncodeError> {
        Ok(encoded)
    }
    fn finish(&mut self) -> Result<Option<Bytes>, EncodeError> {
        Ok(None)
    }
}

type Slot = Arc<Mutex<Option<Box<dyn FrameSigner>>>>;

/// Where the pipeline puts the signer of an [`InputStream`] once the request is signed.
/// Cheap to clone; all clones are the same slot. Suitable as a request extension.
#[derive(Clone, Default)]
pub struct SignerSlot(Slot);

impl SignerSlot {
    /// Puts `signer` in the slot (replacing one not yet taken).
    pub fn install(&self, signer: impl FrameSigner + 'static) {
        let mut g = self.0.lock().unwrap_or_else(|p| p.into_inner());
        *g = Some(Box::new(signer));
    }

    fn take(&self) -> Option<Box<dyn FrameSigner>> {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).take()
    }
}

impl fmt::Debug for SignerSlot {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let filled = self.0.lock().map(|g| g.is_some()).unwrap_or(false);
        f.debug_struct("SignerSlot")
            .field("filled", &filled)
            .finish()
    }
}

/// Writes messages to an input event stream. Cloning gives another writer to the same
/// stream; the stream ends (and its final frame is sent) when every writer is dropped.
#[derive(Clone, Debug)]
pub struct EventSender {
    tx: mpsc::Sender<Bytes>,
}

impl EventSender {
    /// Encodes `message` and queues it, waiting while the queue is full (the connection
    /// sets the pace). Fails at once, queuing nothing, if the message breaks a limit; fails
    /// with [`SendError::Closed`] once the request body is gone.
    pub async fn send(&self, message: Message) -> Result<(), SendError> {
        let encoded = encode_for_input(&message)?;
        self.tx.send(encoded).await.map_err(|_| SendError::Closed)
    }

    /// Whether the request body is gone (nothing sent from now on arrives).
    pub fn is_closed(&self) -> bool {
        self.tx.is_closed()
    }
}

fn encode_for_input(message: &Message) -> Result<Bytes, EncodeError> {
    let len = message.encoded_len()?;
    let limit = MAX_FRAME_LEN - ENVELOPE_ROOM;
    if len > limit {
        return Err(EncodeError::new(
            EncodeErrorKind::FrameTooLong,
            format!(
                "the message takes {len} bytes; an input stream message may take {limit} \
                 (room is left for the signature envelope)"
            ),
        ));
    }
    message.encode()
}

/// A request body that sends what an [`EventSender`] writes, signed frame by frame.
///
/// Turn it into a [`Body`] with [`InputStream::into_body`]. It cannot be replayed, so a
/// request carrying it is never retried after it starts to go out.
pub struct InputStream {
    rx: mpsc::Receiver<Bytes>,
    slot: SignerSlot,
    signer: Option<Box<dyn FrameSigner>>,
    state: State,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    Open,
    Finished,
    Failed,
}

/// A new input stream: the writer and the request body. At most `capacity` (at least 1)
/// encoded messages wait in between; each is at most [`MAX_FRAME_LEN`].
pub fn channel(capacity: usize) -> (EventSender, InputStream) {
    let (tx, rx) = mpsc::channel(capacity.max(1));
    (
        EventSender { tx },
        InputStream {
            rx,
            slot: SignerSlot::default(),
            signer: None,
            state: State::Open,
        },
    )
}

impl InputStream {
    /// The slot the signer goes into. Put it in the request's extensions (or keep it) so the
    /// pipeline can fill it after signing the request.
    pub fn signer_slot(&self) -> SignerSlot {
        self.slot.clone()
    }

    /// The body to put on the request.
    pub fn into_body(self) -> Body {
        Body::from_stream(self)
    }

    fn fail(&mut self, e: impl Into<BoxError>) -> Poll<Option<Result<Frame<Bytes>, BoxError>>> {
        self.state = State::Failed;
        self.rx.close();
        Poll::Ready(Some(Err(e.into())))
    }
}

impl fmt::Debug for InputStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("InputStream")
            .field("state", &self.state)
            .field("signer", &self.signer.is_some())
            .finish_non_exhaustive()
    }
}

/// The body was polled before the pipeline installed a signer.
#[derive(Debug)]
struct NoSigner;

impl fmt::Display for NoSigner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(
            "the event stream request body was sent before a signer was installed in its \
             SignerSlot (install `Unsigned` to send messages unsigned)",
        )
    }
}

impl std::error::Error for NoSigner {}

impl http_body::Body for InputStream {
    type Data = Bytes;
    type Error = BoxError;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, BoxError>>> {
        let this = &mut *self;
        if this.state != State::Open {
            return Poll::Ready(None);
        }
        if this.signer.is_none() {
            match this.slot.take() {
                Some(s) => this.signer = Some(s),
                None => return this.fail(NoSigner),
            }
        }
        let Some(signer) = this.signer.as_mut() else {
            return this.fail(NoSigner);
        };
        match this.rx.poll_recv(cx) {
            Poll::Pending => Poll::Pending,
            Poll::Ready(Some(encoded)) => match signer.sign(encoded) {
                Ok(wire) => Poll::Ready(Some(Ok(Frame::data(wire)))),
                Err(e) => this.fail(e),
            },
            Poll::Ready(None) => match signer.finish() {
                Ok(last) => {
                    this.state = State::Finished;
                    Poll::Ready(last.map(|b| Ok(Frame::data(b))))
                }
                Err(e) => this.fail(e),
            },
        }
    }

    fn is_end_stream(&self) -> bool {
        self.state != State::Open
    }

    fn size_hint(&self) -> SizeHint {
        SizeHint::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eventstream::{MessageStream, SendError};

    /// Wraps each message in a frame with a sequence header; ends with an empty frame.
    struct Numbering(i32);

    impl FrameSigner for Numbering {
        fn sign(&mut self, encoded: Bytes) -> Result<Bytes, EncodeError> {
            self.0 += 1;
            Message::new(encoded).with_header(":seq", self.0).encode()
        }
        fn finish(&mut self) -> Result<Option<Bytes>, EncodeError> {
            Message::new(Bytes::new())
                .with_header(":end", true)
                .encode()
                .map(Some)
        }
    }

    fn rt() -> tokio::runtime::Runtime {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap()
    }

    #[test]
    fn messages_are_wrapped_in_order_and_the_end_frame_follows() {
        rt().block_on(async {
            let (tx, input) = channel(2);
            input.signer_slot().install(Numbering(0));
            let body = input.into_body();
            let writer = tokio::spawn(async move {
                for i in 0..5 {
                    tx.send(Message::new(format!("m{i}"))).await.unwrap();
                }
            });
            let mut frames = MessageStream::new(body);
            let mut seen = Vec::new();
            while let Some(m) = frames.recv().await {
                let m = m.unwrap();
                if m.header(":end").is_some() {
                    seen.push("end".to_string());
                    continue;
                }
                let seq = m.header(":seq").and_then(|v| v.as_i64()).unwrap();
                let (inner, _) = Message::decode(m.payload()).unwrap();
                seen.push(format!(
                    "{seq}:{}",
                    String::from_utf8_lossy(inner.payload())
                ));
            }
            writer.await.unwrap();
            assert_eq!(seen, ["1:m0", "2:m1", "3:m2", "4:m3", "5:m4", "end"]);
        });
    }

    #[test]
    fn unsigned_sends_messages_as_they_are() {
        rt().block_on(async {
            let (tx, input) = channel(1);
            input.signer_slot().install(Unsigned);
            let mut frames = MessageStream::new(input.into_body());
            tokio::spawn(async move { tx.send(Message::new(&b"x"[..])).await });
            let m = frames.recv().await.unwrap().unwrap();
            assert_eq!(&m.payload()[..], b"x");
            assert!(frames.recv().await.is_none());
        });
    }

    #[test]
    fn polling_without_a_signer_fails_and_closes_the_writer() {
        rt().block_on(async {
            let (tx, input) = channel(1);
            let mut body = input.into_body();
            let e = body.next_chunk().await.unwrap().unwrap_err();
            assert!(e.to_string().contains("SignerSlot"), "{e}");
            assert!(body.next_chunk().await.is_none());
            assert!(matches!(
                tx.send(Message::new(Bytes::new())).await,
                Err(SendError::Closed)
            ));
        });
    }

    #[test]
    fn oversized_messages_are_refused_before_queuing() {
        rt().block_on(async {
            let (tx, _input) = channel(1);
            let big = Message::new(vec![0u8; MAX_FRAME_LEN - ENVELOPE_ROOM]);
            match tx.send(big).await {
                Err(SendError::Encode(e)) => assert_eq!(e.kind(), EncodeErrorKind::FrameTooLong),
                other => panic!("{other:?}"),
            }
            let fits = Message::new(vec![0u8; MAX_FRAME_LEN - ENVELOPE_ROOM - 16]);
            tx.send(fits).await.unwrap();
        });
    }

    #[test]
    fn dropping_the_body_closes_the_writer() {
        rt().block_on(async {
            let (tx, input) = channel(1);
            assert!(!tx.is_closed());
            drop(input);
            assert!(tx.is_closed());
            assert!(matches!(
                tx.send(Message::new(Bytes::new())).await,
                Err(SendError::Closed)
            ));
        });
    }
}

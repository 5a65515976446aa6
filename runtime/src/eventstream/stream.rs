//! [`MessageStream`]: the messages of an event-stream response body, as they arrive.

use std::pin::Pin;
use std::task::{ready, Context, Poll};

use bytes::Bytes;

use super::error::StreamError;
use super::frame::{Decoder, Message};
use crate::body::Body;

/// Decodes a response [`Body`] into [`Message`]s while it downloads: a message is yielded as
/// soon as its last byte arrives, long before the body ends.
///
/// A `futures::Stream` of `Result<Message, StreamError>`; without a stream combinator
/// library, [`MessageStream::recv`] does the same. The stream ends with `None` when the
/// body ends cleanly; a body that ends inside a frame yields one
/// [`DecodeErrorKind::Truncated`](super::DecodeErrorKind::Truncated) error. After the first
/// error the stream ends and the body is dropped.
///
/// Memory is bounded by one frame (see [`Decoder`]) plus the chunk the body last
/// delivered. Dropping the stream drops the body, which releases the connection (with
/// [`HyperClient`](crate::http::HyperClient), an unfinished HTTP/1.1 response closes it;
/// an HTTP/2 stream is reset).
#[derive(Debug)]
pub struct MessageStream {
    body: Body,
    decoder: Decoder,
    pending: Bytes,
    done: bool,
}

impl MessageStream {
    /// Messages from `body`.
    pub fn new(body: Body) -> MessageStream {
        MessageStream {
            body,
            decoder: Decoder::new(),
            pending: Bytes::new(),
            done: false,
        }
    }

    /// The next message, `None` at the end.
    pub async fn recv(&mut self) -> Option<Result<Message, StreamError>> {
        std::future::poll_fn(|cx| self.poll_message(cx)).await
    }

    /// Bytes of the body consumed by complete messages so far.
    pub fn bytes_decoded(&self) -> u64 {
        self.decoder.offset()
    }

    fn end(&mut self) {
        self.done = true;
        self.pending = Bytes::new();
        self.body = Body::empty();
    }

    /// Polls for the next message (what `Stream::poll_next` does).
    pub fn poll_message(
        &mut self,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Message, StreamError>>> {
        loop {
            if self.done {
                return Poll::Ready(None);
            }
            if !self.pending.is_empty() {
                match self.decoder.decode(&mut self.pending) {
                    Ok(Some(m)) => return Poll::Ready(Some(Ok(m))),
                    Ok(None) => {}
                    Err(e) => {
                        self.end();
                        return Poll::Ready(Some(Err(e.into())));
                    }
                }
            }
            match ready!(http_body::Body::poll_frame(Pin::new(&mut self.body), cx)) {
                Some(Ok(frame)) => {
                    // Trailers carry no messages.
                    if let Ok(data) = frame.into_data() {
                        self.pending = data;
                    }
                }
                Some(Err(e)) => {
                    self.end();
                    return Poll::Ready(Some(Err(StreamError::Body(e))));
                }
                None => {
                    let r = self.decoder.finish();
                    self.end();
                    return Poll::Ready(r.err().map(|e| Err(e.into())));
                }
            }
        }
    }
}

impl futures_core::Stream for MessageStream {
    type Item = Result<Message, StreamError>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.get_mut().poll_message(cx)
    }
}

impl futures_core::FusedStream for MessageStream {
    fn is_terminated(&self) -> bool {
        self.done
    }
}

#[cfg(test)]
mod tests {
    use std::collections::VecDeque;

    use super::*;
    use crate::body::BoxError;
    use crate::eventstream::DecodeErrorKind;

    /// A body that yields the given chunks, then optionally an error.
    struct Chunks(VecDeque<Result<Bytes, &'static str>>);

    impl http_body::Body for Chunks {
        type Data = Bytes;
        type Error = BoxError;
        fn poll_frame(
            mut self: Pin<&mut Self>,
            _cx: &mut Context<'_>,
        ) -> Poll<Option<Result<http_body::Frame<Bytes>, BoxError>>> {
            Poll::Ready(self.0.pop_front().map(|r| match r {
                Ok(b) => Ok(http_body::Frame::data(b)),
                Err(e) => Err(e.into()),
            }))
        }
    }

    fn body(chunks: Vec<Result<Bytes, &'static str>>) -> Body {
        Body::from_stream(Chunks(chunks.into()))
    }

    fn frames(n: usize) -> Bytes {
        let mut out = Vec::new();
        for i in 0..n {
            Message::new(format!("event {i}"))
                .with_header(":event-type", "E")
                .encode_into(&mut out)
                .unwrap();
        }
        Bytes::from(out)
    }

    fn block_on<F: std::future::Future>(f: F) -> F::Output {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap()
            .block_on(f)
    }

    #[test]
    fn byte_by_byte_and_many_per_chunk() {
        let all = frames(5);
        for chunks in [
            all.iter()
                .map(|b| Ok(Bytes::copy_from_slice(&[*b])))
                .collect(),
            vec![Ok(all.clone())],
            vec![Ok(all.slice(..7)), Ok(Bytes::new()), Ok(all.slice(7..))],
        ] {
            let mut s = MessageStream::new(body(chunks));
            let got: Vec<String> = block_on(async {
                let mut v = Vec::new();
                while let Some(m) = s.recv().await {
                    v.push(String::from_utf8(m.unwrap().payload().to_vec()).unwrap());
                }
                v
            });
            assert_eq!(
                got,
                (0..5).map(|i| format!("event {i}")).collect::<Vec<_>>()
            );
            assert_eq!(s.bytes_decoded(), all.len() as u64);
        }
    }

    #[test]
    fn truncated_body_is_an_error_then_the_end() {
        let all = frames(2);
        let mut s = MessageStream::new(body(vec![Ok(all.slice(..all.len() - 3))]));
        block_on(async {
            assert!(s.recv().await.unwrap().is_ok());
            let e = s.recv().await.unwrap().unwrap_err();
            assert_eq!(
                e.decode_error().map(|d| d.kind()),
                Some(DecodeErrorKind::Truncated)
            );
            assert!(s.recv().await.is_none());
        });
    }

    #[test]
    fn body_errors_pass_through_unchanged() {
        let all = frames(1);
        let mut s = MessageStream::new(body(vec![Ok(all), Err("connection reset")]));
        block_on(async {
            assert!(s.recv().await.unwrap().is_ok());
            match s.recv().await.unwrap().unwrap_err() {
                StreamError::Body(e) => assert_eq!(e.to_string(), "connection reset"),
                other => panic!("{other:?}"),
            }
            assert!(s.recv().await.is_none());
        });
    }

    #[test]
    fn empty_body_is_an_empty_stream() {
        let mut s = MessageStream::new(Body::empty());
        assert!(block_on(s.recv()).is_none());
    }
}

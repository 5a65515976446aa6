//! HTTP bodies: in memory (replayable, so retries can resend them) or streamed.
//!
//! [`Body`] is both the request body Kumo sends and the response body it receives.
//! Streaming blobs in generated shapes (S3's `GetObjectOutput::body`, `PutObjectInput::body`)
//! are `Body` values, so a 50 MB object never has to sit in memory.

use std::fmt;
use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::Bytes;
use http_body::{Frame, SizeHint};

/// A boxed error from a body stream.
pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

type BoxBody = Pin<Box<dyn http_body::Body<Data = Bytes, Error = BoxError> + Send + Sync>>;

/// A response body was larger than the limit on bodies read into memory (see
/// [`Body::collect_limited`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BodyTooLarge {
    /// The limit, in bytes.
    pub limit: u64,
    /// The length the response announced (`Content-Length`), when that is what exceeded
    /// the limit; `None` when the bytes received did.
    pub announced: Option<u64>,
}

impl fmt::Display for BodyTooLarge {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.announced {
            Some(n) => write!(
                f,
                "the response body announces {n} bytes, more than the limit of {} bytes",
                self.limit
            ),
            None => write!(
                f,
                "the response body is larger than the limit of {} bytes",
                self.limit
            ),
        }
    }
}

impl std::error::Error for BodyTooLarge {}

/// A request or response body.
#[derive(Default)]
pub struct Body {
    inner: Inner,
}

#[derive(Default)]
enum Inner {
    #[default]
    Empty,
    Bytes(Bytes),
    Stream(BoxBody),
}

impl Body {
    /// An empty body.
    pub fn empty() -> Body {
        Body::default()
    }

    /// A body streamed from any `http_body::Body` (a file, a channel, a hyper response).
    pub fn from_stream<B>(body: B) -> Body
    where
        B: http_body::Body<Data = Bytes> + Send + Sync + 'static,
        B::Error: Into<BoxError>,
    {
        use http_body_util::BodyExt;
        Body {
            inner: Inner::Stream(Box::pin(body.map_err(Into::into))),
        }
    }

    /// The bytes, when the body is held in memory.
    pub fn bytes(&self) -> Option<&[u8]> {
        match &self.inner {
            Inner::Empty => Some(&[]),
            Inner::Bytes(b) => Some(b),
            Inner::Stream(_) => None,
        }
    }

    /// A copy for a retry; `None` for a stream, which cannot be replayed.
    pub fn try_clone(&self) -> Option<Body> {
        match &self.inner {
            Inner::Empty => Some(Body::empty()),
            Inner::Bytes(b) => Some(Body {
                inner: Inner::Bytes(b.clone()),
            }),
            Inner::Stream(_) => None,
        }
    }

    /// The exact length, when known.
    pub fn content_length(&self) -> Option<u64> {
        http_body::Body::size_hint(self).exact()
    }

    /// Reads the whole body into memory.
    pub async fn collect(self) -> Result<Bytes, BoxError> {
        match self.inner {
            Inner::Empty => Ok(Bytes::new()),
            Inner::Bytes(b) => Ok(b),
            Inner::Stream(s) => {
                use http_body_util::BodyExt;
                Ok(s.collect().await?.to_bytes())
            }
        }
    }

    /// Reads the whole body into memory, failing with [`BodyTooLarge`] as soon as it is
    /// known to exceed `limit` bytes: at once when its announced length (`Content-Length`,
    /// through the size hint) is larger, without reading it; otherwise when the bytes read
    /// so far pass the limit. Never holds more than `limit` bytes plus one chunk.
    pub async fn collect_limited(mut self, limit: u64) -> Result<Bytes, BoxError> {
        let too_large =
            |announced: Option<u64>| -> BoxError { Box::new(BodyTooLarge { limit, announced }) };
        let hint = http_body::Body::size_hint(&self);
        if hint.lower() > limit {
            return Err(too_large(Some(hint.lower())));
        }
        if let Inner::Bytes(b) = &self.inner {
            return Ok(b.clone());
        }
        let mut buf = bytes::BytesMut::new();
        while let Some(chunk) = self.next_chunk().await {
            let chunk = chunk?;
            if (buf.len() as u64).saturating_add(chunk.len() as u64) > limit {
                return Err(too_large(None));
            }
            buf.extend_from_slice(&chunk);
        }
        Ok(buf.freeze())
    }

    /// The next chunk of data, or `None` at the end.
    pub async fn next_chunk(&mut self) -> Option<Result<Bytes, BoxError>> {
        loop {
            let frame =
                std::future::poll_fn(|cx| http_body::Body::poll_frame(Pin::new(&mut *self), cx))
                    .await?;
            match frame {
                Ok(f) => {
                    if let Ok(data) = f.into_data() {
                        return Some(Ok(data));
                    }
                }
                Err(e) => return Some(Err(e)),
            }
        }
    }
}

impl http_body::Body for Body {
    type Data = Bytes;
    type Error = BoxError;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, BoxError>>> {
        match &mut self.inner {
            Inner::Empty => Poll::Ready(None),
            Inner::Bytes(b) => {
                let data = std::mem::take(b);
                self.inner = Inner::Empty;
                if data.is_empty() {
                    Poll::Ready(None)
                } else {
                    Poll::Ready(Some(Ok(Frame::data(data))))
                }
            }
            Inner::Stream(s) => s.as_mut().poll_frame(cx),
        }
    }

    fn is_end_stream(&self) -> bool {
        match &self.inner {
            Inner::Empty => true,
            Inner::Bytes(b) => b.is_empty(),
            Inner::Stream(s) => s.is_end_stream(),
        }
    }

    fn size_hint(&self) -> SizeHint {
        match &self.inner {
            Inner::Empty => SizeHint::with_exact(0),
            Inner::Bytes(b) => SizeHint::with_exact(b.len() as u64),
            Inner::Stream(s) => s.size_hint(),
        }
    }
}

impl fmt::Debug for Body {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.inner {
            Inner::Empty => f.write_str("Body(empty)"),
            Inner::Bytes(b) => write!(f, "Body({} bytes)", b.len()),
            Inner::Stream(_) => f.write_str("Body(stream)"),
        }
    }
}

impl From<Bytes> for Body {
    fn from(b: Bytes) -> Body {
        Body {
            inner: Inner::Bytes(b),
        }
    }
}
impl From<Vec<u8>> for Body {
    fn from(b: Vec<u8>) -> Body {
        Body::from(Bytes::from(b))
    }
}
impl From<String> for Body {
    fn from(s: String) -> Body {
        Body::from(Bytes::from(s))
    }
}
impl From<&'static str> for Body {
    fn from(s: &'static str) -> Body {
        Body::from(Bytes::from_static(s.as_bytes()))
    }
}
impl From<&'static [u8]> for Body {
    fn from(s: &'static [u8]) -> Body {
        Body::from(Bytes::from_static(s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A chunked stream with no announced length.
    struct Chunks(std::collections::VecDeque<&'static [u8]>);

    impl http_body::Body for Chunks {
        type Data = Bytes;
        type Error = BoxError;
        fn poll_frame(
            mut self: Pin<&mut Self>,
            _cx: &mut Context<'_>,
        ) -> Poll<Option<Result<Frame<Bytes>, BoxError>>> {
            Poll::Ready(
                self.0
                    .pop_front()
                    .map(|c| Ok(Frame::data(Bytes::from_static(c)))),
            )
        }
    }

    fn chunks(parts: &[&'static [u8]]) -> Body {
        Body::from_stream(Chunks(parts.iter().copied().collect()))
    }

    #[tokio::test]
    async fn collect_limited_boundaries() {
        let ok = chunks(&[b"abc", b"def"]).collect_limited(6).await.unwrap();
        assert_eq!(ok.as_ref(), b"abcdef");
        let e = chunks(&[b"abc", b"def"])
            .collect_limited(5)
            .await
            .unwrap_err();
        assert_eq!(
            e.downcast_ref::<BodyTooLarge>(),
            Some(&BodyTooLarge {
                limit: 5,
                announced: None
            })
        );
        // In-memory bodies announce their length: refused without reading.
        let e = Body::from("abcdef").collect_limited(5).await.unwrap_err();
        assert_eq!(
            e.downcast_ref::<BodyTooLarge>(),
            Some(&BodyTooLarge {
                limit: 5,
                announced: Some(6)
            })
        );
        assert_eq!(
            Body::from("abcdef")
                .collect_limited(6)
                .await
                .unwrap()
                .as_ref(),
            b"abcdef"
        );
        assert!(Body::empty().collect_limited(0).await.unwrap().is_empty());
    }
}

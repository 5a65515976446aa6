//! Test doubles for the HTTP seam, usable from any crate's tests.
//!
//! [`CaptureClient`] records every request it is given (method, URI, headers and the
//! whole body, streamed bodies included) and answers with canned responses in order:
//!
//! ```
//! # async fn demo() {
//! use kumo_runtime::http::test_util::{CannedResponse, CaptureClient};
//! use kumo_runtime::http::{HttpClient, HttpErrorKind};
//!
//! let client = CaptureClient::new([
//!     CannedResponse::error(HttpErrorKind::ReadTimeout),
//!     CannedResponse::status(503).body("<Error><Code>SlowDown</Code></Error>"),
//!     CannedResponse::ok("{}").header("x-amzn-requestid", "abc"),
//! ]);
//! let req = || http::Request::post("https://example.com/").body("hi".into()).unwrap();
//! assert_eq!(client.send(req()).await.unwrap_err().kind(), HttpErrorKind::ReadTimeout);
//! assert_eq!(client.send(req()).await.unwrap().status(), 503);
//! assert_eq!(client.send(req()).await.unwrap().status(), 200);
//! assert_eq!(client.requests().len(), 3);
//! assert_eq!(&client.requests()[0].body[..], b"hi");
//! # }
//! ```

use std::collections::VecDeque;
use std::fmt;
use std::sync::Mutex;

use bytes::Bytes;
use http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode, Uri};

use super::{BoxFuture, HttpClient, HttpError, HttpErrorKind, HttpRequest, HttpResponse};
use crate::body::Body;

/// A request as [`CaptureClient`] saw it, its body read to the end.
#[derive(Clone, Debug)]
pub struct RecordedRequest {
    /// The method.
    pub method: Method,
    /// The full URI.
    pub uri: Uri,
    /// The headers.
    pub headers: HeaderMap,
    /// The whole body.
    pub body: Bytes,
}

impl RecordedRequest {
    /// A header's value as text, when present and valid UTF-8.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The body as text (lossy).
    pub fn body_str(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// The request rebuilt with an in-memory body, to replay it against another client.
    pub fn to_request(&self) -> HttpRequest {
        let mut req = http::Request::new(Body::from(self.body.clone()));
        *req.method_mut() = self.method.clone();
        *req.uri_mut() = self.uri.clone();
        *req.headers_mut() = self.headers.clone();
        req
    }
}

/// One canned answer: a response (replayable: each use builds a fresh body) or an error.
#[derive(Clone, Debug)]
pub enum CannedResponse {
    /// Answer with this status, headers and body.
    Response {
        /// The status code.
        status: u16,
        /// Header names and values, in order.
        headers: Vec<(String, String)>,
        /// The body.
        body: Bytes,
    },
    /// Fail with this error.
    Error(HttpError),
}

impl CannedResponse {
    /// A 200 response with `body`.
    pub fn ok(body: impl Into<Bytes>) -> CannedResponse {
        CannedResponse::Response {
            status: 200,
            headers: Vec::new(),
            body: body.into(),
        }
    }

    /// An empty response with `status`; chain [`CannedResponse::body`] to add a body.
    pub fn status(status: u16) -> CannedResponse {
        CannedResponse::Response {
            status,
            headers: Vec::new(),
            body: Bytes::new(),
        }
    }

    /// An error of `kind` (with the kind's default "may have been sent").
    pub fn error(kind: HttpErrorKind) -> CannedResponse {
        CannedResponse::Error(HttpError::new(kind, format!("canned {kind:?} error")))
    }

    /// Adds a header (no-op on an error).
    pub fn header(mut self, name: &str, value: &str) -> CannedResponse {
        if let CannedResponse::Response { headers, .. } = &mut self {
            headers.push((name.to_string(), value.to_string()));
        }
        self
    }

    /// Sets the body (no-op on an error).
    pub fn body(mut self, new_body: impl Into<Bytes>) -> CannedResponse {
        if let CannedResponse::Response { body, .. } = &mut self {
            *body = new_body.into();
        }
        self
    }

    fn build(&self) -> Result<HttpResponse, HttpError> {
        match self {
            CannedResponse::Error(e) => Err(e.clone()),
            CannedResponse::Response {
                status,
                headers,
                body,
            } => {
                let invalid = |what: &str| {
                    HttpError::new(
                        HttpErrorKind::InvalidRequest,
                        format!("canned response: {what}"),
                    )
                };
                let mut resp = http::Response::new(Body::from(body.clone()));
                *resp.status_mut() =
                    StatusCode::from_u16(*status).map_err(|_| invalid("bad status"))?;
                for (name, value) in headers {
                    let name = HeaderName::from_bytes(name.as_bytes())
                        .map_err(|_| invalid("bad header name"))?;
                    let value =
                        HeaderValue::from_str(value).map_err(|_| invalid("bad header value"))?;
                    resp.headers_mut().append(name, value);
                }
                Ok(resp)
            }
        }
    }
}

/// An [`HttpClient`] that records requests and replies with canned responses in order.
///
/// When the queue is empty it repeats the last response if built with
/// [`CaptureClient::repeating`], else fails with [`HttpErrorKind::InvalidRequest`]
/// ("no canned response left"). A request body stream that fails is reported as
/// [`HttpErrorKind::Io`] and still recorded (with the bytes read so far).
pub struct CaptureClient {
    state: Mutex<State>,
}

struct State {
    queue: VecDeque<CannedResponse>,
    repeat: Option<CannedResponse>,
    requests: Vec<RecordedRequest>,
}

impl CaptureClient {
    /// A client answering with `responses`, in order, once each.
    pub fn new(responses: impl IntoIterator<Item = CannedResponse>) -> CaptureClient {
        CaptureClient {
            state: Mutex::new(State {
                queue: responses.into_iter().collect(),
                repeat: None,
                requests: Vec::new(),
            }),
        }
    }

    /// A client answering every request with `response`.
    pub fn repeating(response: CannedResponse) -> CaptureClient {
        CaptureClient {
            state: Mutex::new(State {
                queue: VecDeque::new(),
                repeat: Some(response),
                requests: Vec::new(),
            }),
        }
    }

    /// Queues one more response.
    pub fn push(&self, response: CannedResponse) {
        self.lock().queue.push_back(response);
    }

    /// The requests received so far, in order.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.lock().requests.clone()
    }

    /// How many requests were received.
    pub fn request_count(&self) -> usize {
        self.lock().requests.len()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        match self.state.lock() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        }
    }

    async fn handle(&self, req: HttpRequest) -> Result<HttpResponse, HttpError> {
        let (parts, mut body) = req.into_parts();
        let mut buf = Vec::new();
        let mut failure = None;
        while let Some(chunk) = body.next_chunk().await {
            match chunk {
                Ok(c) => buf.extend_from_slice(&c),
                Err(e) => {
                    failure = Some(
                        HttpError::new(HttpErrorKind::Io, "the request body stream failed")
                            .with_source(e),
                    );
                    break;
                }
            }
        }
        let recorded = RecordedRequest {
            method: parts.method,
            uri: parts.uri,
            headers: parts.headers,
            body: Bytes::from(buf),
        };
        let canned = {
            let mut state = self.lock();
            state.requests.push(recorded);
            let n = state.requests.len();
            if let Some(f) = failure {
                return Err(f);
            }
            match state.queue.pop_front().or_else(|| state.repeat.clone()) {
                Some(c) => c,
                None => {
                    return Err(HttpError::new(
                        HttpErrorKind::InvalidRequest,
                        format!("CaptureClient: no canned response left for request #{n}"),
                    )
                    .with_sent(false))
                }
            }
        };
        canned.build()
    }
}

impl fmt::Debug for CaptureClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = self.lock();
        f.debug_struct("CaptureClient")
            .field("queued", &state.queue.len())
            .field("requests", &state.requests.len())
            .finish()
    }
}

impl HttpClient for CaptureClient {
    fn send(&self, req: HttpRequest) -> BoxFuture<'_, Result<HttpResponse, HttpError>> {
        Box::pin(self.handle(req))
    }
}

//! What every response carries besides its output or error: request id, status, attempts,
//! headers.
//!
//! [`ResponseMeta`] rides on every generated operation output (botocore's
//! `response["ResponseMetadata"]`); [`ErrorMeta`] on every service error (botocore's
//! `response["Error"]` and `response["ResponseMetadata"]`). Both are plain data at the
//! bottom of the runtime, so the data view ([`crate::data::Struct::set_response_meta`])
//! and the errors can name them without knowing the pipeline that fills them.

/// What a successful call returns besides its output (botocore's `ResponseMetadata`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ResponseMeta {
    /// The request id (`RequestId`).
    pub request_id: Option<String>,
    /// S3's extended request id, the `x-amz-id-2` header (botocore's `HostId`).
    pub extended_request_id: Option<String>,
    /// The HTTP status (`HTTPStatusCode`).
    pub status: u16,
    /// Attempts made, the first included (`RetryAttempts` + 1).
    pub attempts: u32,
    /// The response headers (`HTTPHeaders`; names are lower case).
    pub headers: http::HeaderMap,
}

/// The result of an operation that has no output (botocore still returns its
/// `ResponseMetadata`): the call's metadata and nothing else.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NoOutput {
    /// Request id, HTTP status, attempts and headers of the call.
    pub response_metadata: ResponseMeta,
}

/// What every service error response carries (botocore's `response["Error"]` and
/// `response["ResponseMetadata"]`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ErrorMeta {
    /// The error code (`NoSuchKey`, `ThrottlingException`, …).
    pub code: String,
    /// The error message, when the service sent one.
    pub message: Option<String>,
    /// Who is at fault, when the body says (`<Type>Sender</Type>` / `Receiver` of query and
    /// rest-xml error bodies; botocore's `Error.Type`).
    pub error_type: Option<String>,
    /// The error element's other members, in order, as botocore's `Error` dict has them:
    /// S3's `BucketName`, `Resource`, `Key`, `Condition`, … (at most 64, text only).
    pub extra: Vec<(String, String)>,
    /// The response headers (`ResponseMetadata.HTTPHeaders`; names are lower case).
    pub headers: http::HeaderMap,
    /// The request id (`x-amzn-RequestId`, `x-amz-request-id` or the body's `RequestId`).
    pub request_id: Option<String>,
    /// S3's extended request id (`x-amz-id-2`, or the body's `HostId`).
    pub extended_request_id: Option<String>,
    /// The HTTP status code.
    pub status: u16,
    /// How many attempts were made, retries included.
    pub attempts: u32,
}

impl ErrorMeta {
    /// The value of the error element's member `name` (`BucketName`, `Resource`, …), from
    /// [`ErrorMeta::extra`].
    pub fn extra(&self, name: &str) -> Option<&str> {
        self.extra
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

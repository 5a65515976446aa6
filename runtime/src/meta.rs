//! What every response carries besides its output or error: request id, status, attempts.
//!
//! [`ResponseMeta`] rides on every generated operation output (botocore's
//! `response["ResponseMetadata"]`); [`ErrorMeta`] on every service error (botocore's
//! `response["Error"]` and `response["ResponseMetadata"]`). Both are plain data at the
//! bottom of the runtime, so the data view ([`crate::data::Struct::set_response_meta`])
//! and the errors can name them without knowing the pipeline that fills them.

/// What a successful call returns besides its output (botocore's `ResponseMetadata`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ResponseMeta {
    /// The request id.
    pub request_id: Option<String>,
    /// The HTTP status.
    pub status: u16,
    /// Attempts made, the first included.
    pub attempts: u32,
}

/// What every service error response carries (botocore's `response["Error"]` and
/// `response["ResponseMetadata"]`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ErrorMeta {
    /// The error code (`NoSuchKey`, `ThrottlingException`, …).
    pub code: String,
    /// The error message, when the service sent one.
    pub message: Option<String>,
    /// The request id (`x-amzn-RequestId`, `x-amz-request-id` or the body's `RequestId`).
    pub request_id: Option<String>,
    /// S3's extended request id (`x-amz-id-2`).
    pub extended_request_id: Option<String>,
    /// The HTTP status code.
    pub status: u16,
    /// How many attempts were made, retries included.
    pub attempts: u32,
}

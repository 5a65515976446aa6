//! Errors: what a call returns when it fails.
//!
//! [`Error<E>`] is either a [`ServiceError<E>`] — the service answered with an error,
//! botocore's `ClientError` — or an [`SdkError`] raised before or without a service
//! answer (botocore's `ParamValidationError`, `NoCredentialsError`,
//! `EndpointConnectionError`, `ReadTimeoutError`, …). `E` is the per-operation error
//! enum a generated crate defines: one variant per modelled error plus `Unmodelled`.
//! Whatever `E` is, [`Error::code`], [`Error::message`], [`Error::request_id`] and
//! [`Error::status`] give what botocore puts in `ClientError.response`.

use std::fmt;

use crate::body::BoxError;
use crate::data::Struct;
pub use crate::meta::ErrorMeta;

/// A per-operation error enum (generated): a variant per modelled error plus `Unmodelled`.
pub trait OperationError: Sized + Send + Sync + fmt::Debug + 'static {
    /// The variant for the modelled error at `index` in the operation's error list,
    /// or the unmodelled variant for `None`.
    fn from_index(index: Option<usize>) -> Self;
    /// The modelled error's structure, so the protocol can fill its members.
    fn as_struct_mut(&mut self) -> Option<&mut dyn Struct>;
}

/// The error type of code that is not tied to an operation (waiters, raw calls).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Unmodelled;

impl OperationError for Unmodelled {
    fn from_index(_: Option<usize>) -> Self {
        Unmodelled
    }
    fn as_struct_mut(&mut self) -> Option<&mut dyn Struct> {
        None
    }
}

/// The service answered with an error.
#[derive(Debug)]
pub struct ServiceError<E> {
    /// The typed error: a modelled variant with its members, or `Unmodelled`.
    pub kind: E,
    /// Code, message, request id, status, headers, … (boxed: it is large, and an `Error`
    /// travels in every `Result`).
    pub meta: Box<ErrorMeta>,
}

/// The class of an [`SdkError`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum SdkErrorKind {
    /// The input failed validation before anything was sent (botocore's `ParamValidationError`).
    ParamValidation,
    /// The configuration is invalid or incomplete (no region, bad profile, …).
    Config,
    /// No credentials could be found or loaded.
    Credentials,
    /// The endpoint could not be resolved.
    Endpoint,
    /// The request could not be built.
    Serialization,
    /// The connection could not be opened or broke.
    Connect,
    /// Opening the connection took longer than `connect_timeout`.
    ConnectTimeout,
    /// No data arrived within `read_timeout`.
    ReadTimeout,
    /// The whole operation took longer than its total timeout.
    OperationTimeout,
    /// The HTTP exchange failed after the connection was made.
    Io,
    /// The response could not be parsed.
    ResponseParse,
    /// A response body to be read into memory (every non-streaming output, every error)
    /// exceeds `Builder::max_response_body_size`; the source is a
    /// [`crate::body::BodyTooLarge`] naming the limit. Not retried.
    ResponseTooLarge,
    /// The request body is a stream that was consumed and cannot be resent.
    NotReplayable,
    /// A waiter reached a failure state or gave up.
    Waiter,
    /// The call cannot be made into a presigned URL (boto3's `generate_presigned_url`): its
    /// body cannot move into the query string (botocore fails or loses it too); the message
    /// says why.
    Presign,
    /// A paginator cannot continue (botocore's `PaginationError`: a repeated token, a bad path).
    Pagination,
    /// Something botocore does that Kumo cannot do yet, refused rather than ignored: a
    /// setting (at client construction; the source is a
    /// [`ConfigError::Unsupported`](crate::config::ConfigError::Unsupported) naming it) or
    /// a call that needs a capability not built (endpoint discovery, S3 Express session
    /// auth). The message names the setting or trait and the capability.
    Unsupported,
}

/// A failure that is not a service error response.
pub struct SdkError {
    kind: SdkErrorKind,
    message: String,
    source: Option<BoxError>,
    attempts: u32,
    /// Where in the response a parse error is: member path and byte offset.
    path: String,
    offset: Option<usize>,
}

impl SdkError {
    /// A new error of `kind` with a message.
    pub fn new(kind: SdkErrorKind, message: impl Into<String>) -> SdkError {
        SdkError {
            kind,
            message: message.into(),
            source: None,
            attempts: 0,
            path: String::new(),
            offset: None,
        }
    }
    /// Attaches the underlying cause.
    pub fn with_source(mut self, source: impl Into<BoxError>) -> SdkError {
        self.source = Some(source.into());
        self
    }
    /// Records how many attempts were made.
    pub fn with_attempts(mut self, attempts: u32) -> SdkError {
        self.attempts = attempts;
        self
    }
    /// The class of failure.
    pub fn kind(&self) -> SdkErrorKind {
        self.kind
    }
    /// The message.
    pub fn message(&self) -> &str {
        &self.message
    }
    /// How many attempts were made (0 when nothing was sent).
    pub fn attempts(&self) -> u32 {
        self.attempts
    }
    /// For a response that could not be parsed: the path of the member whose value failed,
    /// as botocore names parameters (`Reservations[0].Instances[3].LaunchTime`, a map
    /// value under its key: `Tags.owner`).
    pub fn member_path(&self) -> Option<&str> {
        (!self.path.is_empty()).then_some(self.path.as_str())
    }
    /// For a response that could not be parsed: the byte offset in the body where the
    /// reader stopped, when the reader knows it.
    pub fn byte_offset(&self) -> Option<usize> {
        self.offset
    }
    /// Prepends a step (a member name, `[i]`, a map key) to the member path; readers call
    /// it as the error travels out of nested values.
    pub(crate) fn within(mut self, step: &str) -> SdkError {
        prepend_step(&mut self.path, step);
        self
    }
    /// Records the byte offset of the failure, unless an inner reader already did.
    pub(crate) fn at_byte(mut self, offset: usize) -> SdkError {
        self.offset.get_or_insert(offset);
        self
    }
}

impl fmt::Debug for SdkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_struct("SdkError");
        d.field("kind", &self.kind).field("message", &self.message);
        if let Some(s) = &self.source {
            d.field("source", &format_args!("{s}"));
        }
        if !self.path.is_empty() {
            d.field("member_path", &self.path);
        }
        if let Some(o) = self.offset {
            d.field("byte_offset", &o);
        }
        d.field("attempts", &self.attempts).finish()
    }
}

impl fmt::Display for SdkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}: {}", self.kind, self.message)?;
        if !self.path.is_empty() {
            write!(f, " (member {}", self.path)?;
            match self.offset {
                Some(o) => write!(f, ", byte {o})")?,
                None => f.write_str(")")?,
            }
        }
        if let Some(s) = &self.source {
            write!(f, ": {s}")?;
        }
        Ok(())
    }
}

impl std::error::Error for SdkError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}

/// The error of a call: a service error response or a local failure.
#[derive(Debug)]
pub enum Error<E> {
    /// The service answered with an error (botocore's `ClientError`).
    Service(ServiceError<E>),
    /// The call failed without a service error response.
    Sdk(SdkError),
}

impl<E> Error<E> {
    /// The service error code (`NoSuchKey`), or `None` for a local failure.
    pub fn code(&self) -> Option<&str> {
        match self {
            Error::Service(s) => Some(&s.meta.code),
            Error::Sdk(_) => None,
        }
    }
    /// The message: the service's, or the local failure's.
    pub fn message(&self) -> Option<&str> {
        match self {
            Error::Service(s) => s.meta.message.as_deref(),
            Error::Sdk(e) => Some(e.message()),
        }
    }
    /// The request id of the failed call, when the service sent one.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::Service(s) => s.meta.request_id.as_deref(),
            Error::Sdk(_) => None,
        }
    }
    /// The HTTP status of the error response.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Service(s) => Some(s.meta.status),
            Error::Sdk(_) => None,
        }
    }
    /// The typed service error, when the service answered with one.
    pub fn service_error(&self) -> Option<&E> {
        match self {
            Error::Service(s) => Some(&s.kind),
            Error::Sdk(_) => None,
        }
    }
    /// The error metadata, when the service answered with an error.
    pub fn meta(&self) -> Option<&ErrorMeta> {
        match self {
            Error::Service(s) => Some(&s.meta),
            Error::Sdk(_) => None,
        }
    }
    /// The local failure, when there was no service answer.
    pub fn sdk_error(&self) -> Option<&SdkError> {
        match self {
            Error::Service(_) => None,
            Error::Sdk(e) => Some(e),
        }
    }
    /// How many attempts were made.
    pub fn attempts(&self) -> u32 {
        match self {
            Error::Service(s) => s.meta.attempts,
            Error::Sdk(e) => e.attempts(),
        }
    }
    /// Converts the typed part, keeping everything else.
    pub fn map_service<F>(self, f: impl FnOnce(E) -> F) -> Error<F> {
        match self {
            Error::Service(s) => Error::Service(ServiceError {
                kind: f(s.kind),
                meta: s.meta,
            }),
            Error::Sdk(e) => Error::Sdk(e),
        }
    }
}

impl<E> From<SdkError> for Error<E> {
    fn from(e: SdkError) -> Self {
        Error::Sdk(e)
    }
}

impl<E: fmt::Debug> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Service(s) => {
                write!(f, "{}", s.meta.code)?;
                if let Some(m) = &s.meta.message {
                    write!(f, ": {m}")?;
                }
                Ok(())
            }
            Error::Sdk(e) => fmt::Display::fmt(e, f),
        }
    }
}

impl<E: fmt::Debug + 'static> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Service(_) => None,
            Error::Sdk(e) => Some(e),
        }
    }
}

/// Prepends `step` (a member name, `[i]`, a map key) to a member `path` as an error travels
/// out of nested values: `Instances[3].LaunchTime` becomes `Reservations[0].Instances[3]…`.
pub(crate) fn prepend_step(path: &mut String, step: &str) {
    if path.is_empty() {
        *path = step.to_string();
    } else if path.starts_with('[') {
        *path = format!("{step}{path}");
    } else {
        *path = format!("{step}.{path}");
    }
}

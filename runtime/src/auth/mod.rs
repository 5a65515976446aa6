//! Request authentication: SigV4 signing and presigning (botocore's `botocore.auth`), bearer tokens.
//!
//! - [`sigv4`]: AWS Signature Version 4 in headers ([`sigv4::sign`], botocore's `SigV4Auth` and
//!   `S3SigV4Auth`) and in the query string ([`sigv4::presign`], botocore's `SigV4QueryAuth` and
//!   `S3SigV4QueryAuth`), plus [`sigv4::ClockSkew`] to correct the signing time after the service
//!   reports a skewed clock; [`sigv4::event`] signs the messages of input event streams, each
//!   chained to the previous signature (`AWS4-HMAC-SHA256-PAYLOAD`).
//! - [`bearer`]: `Authorization: Bearer …` (botocore's `BearerAuth`).
//!
//! Both report failures as [`SigningError`], which never carries a secret.

use std::fmt;

use crate::error::{SdkError, SdkErrorKind};

pub mod bearer;
pub mod sigv4;

pub use bearer::{sign_bearer, Token};
pub use sigv4::{
    presign, presign_with_body_params, sign, ClockSkew, PayloadHash, SigningOutput, SigningParams,
    SigningSettings,
};

/// Why a request could not be signed. Never contains a credential or a header value.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum SigningError {
    /// The request has neither a `Host` header nor an absolute URI to take the host from.
    MissingHost,
    /// A header value is not UTF-8 (or cannot be written as a header value); names the header.
    InvalidHeaderValue {
        /// The header's name, lower case.
        name: String,
    },
    /// The payload must be hashed but the body is a stream, which cannot be read twice.
    StreamingBody,
    /// Presigning moves form parameters from the body into the query; this body is not a form.
    PresignBody,
    /// The credential scope or a query part is not usable (e.g. a region with a line break).
    InvalidInput(&'static str),
    /// The token may only be sent over HTTPS (botocore's `Bearer authorization requires an HTTPS endpoint.`).
    HttpsRequired,
}

impl fmt::Display for SigningError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SigningError::MissingHost => {
                f.write_str("cannot sign: the request has no Host header and no absolute URI")
            }
            SigningError::InvalidHeaderValue { name } => {
                write!(
                    f,
                    "cannot sign: the value of header {name:?} is not valid UTF-8 header text"
                )
            }
            SigningError::StreamingBody => f.write_str(
                "cannot sign: the payload must be hashed but the body is a stream; buffer it, \
                 or use an unsigned payload over HTTPS",
            ),
            SigningError::PresignBody => f.write_str(
                "cannot presign: the request body is not application/x-www-form-urlencoded, \
                 so it cannot be moved into the query string",
            ),
            SigningError::InvalidInput(what) => write!(f, "cannot sign: invalid {what}"),
            SigningError::HttpsRequired => {
                f.write_str("Bearer authorization requires an HTTPS endpoint.")
            }
        }
    }
}

impl std::error::Error for SigningError {}

impl From<SigningError> for SdkError {
    fn from(e: SigningError) -> SdkError {
        let kind = match e {
            SigningError::HttpsRequired => SdkErrorKind::Config,
            SigningError::PresignBody => SdkErrorKind::Presign,
            _ => SdkErrorKind::Serialization,
        };
        SdkError::new(kind, e.to_string())
    }
}

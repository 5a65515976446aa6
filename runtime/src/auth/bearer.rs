//! Bearer-token authorization (botocore's `BearerAuth`, RFC 6750 §2.1), used by services whose
//! model lists `smithy.api#httpBearerAuth` (CodeCatalyst, SSO OIDC-issued tokens).

use std::fmt;

use http::header::{HeaderValue, AUTHORIZATION};

use super::SigningError;
use crate::body::Body;
use crate::types::DateTime;

/// A bearer token and when it expires. `Debug` never shows the token.
#[derive(Clone, PartialEq, Eq)]
pub struct Token {
    token: String,
    expiry: Option<DateTime>,
}

impl Token {
    /// A token, with its expiry when known.
    pub fn new(token: impl Into<String>, expiry: Option<DateTime>) -> Token {
        Token {
            token: token.into(),
            expiry,
        }
    }
    /// The token text. Do not log it.
    pub fn token(&self) -> &str {
        &self.token
    }
    /// When the token expires, if known.
    pub fn expiry(&self) -> Option<DateTime> {
        self.expiry
    }
    /// Whether the token has expired at `now` (a token without expiry never does).
    pub fn is_expired(&self, now: DateTime) -> bool {
        self.expiry.is_some_and(|e| e <= now)
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Token")
            .field("token", &"** redacted **")
            .field("expiry", &self.expiry)
            .finish()
    }
}

/// Sets `Authorization: Bearer <token>`, replacing any previous `Authorization`.
///
/// As botocore's `BearerAuth`, refuses anything but an `https` URI: the token travels in plain text.
pub fn sign_bearer(req: &mut http::Request<Body>, token: &Token) -> Result<(), SigningError> {
    let https = req
        .uri()
        .scheme_str()
        .is_some_and(|s| s.eq_ignore_ascii_case("https"));
    if !https {
        return Err(SigningError::HttpsRequired);
    }
    let mut value = HeaderValue::try_from(format!("Bearer {}", token.token)).map_err(|_| {
        SigningError::InvalidHeaderValue {
            name: "authorization".to_string(),
        }
    })?;
    value.set_sensitive(true);
    req.headers_mut().insert(AUTHORIZATION, value);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn req(uri: &str) -> http::Request<Body> {
        let mut r = http::Request::new(Body::empty());
        *r.uri_mut() = uri.parse().unwrap();
        r
    }

    #[test]
    fn sets_header_over_https() {
        let mut r = req("https://codecatalyst.global.api.aws/v1/userinfo");
        r.headers_mut()
            .insert(AUTHORIZATION, HeaderValue::from_static("old"));
        sign_bearer(&mut r, &Token::new("abc.def", None)).unwrap();
        let values: Vec<_> = r.headers().get_all(AUTHORIZATION).iter().collect();
        assert_eq!(values, vec![&HeaderValue::from_static("Bearer abc.def")]);
        assert!(values[0].is_sensitive());
    }

    #[test]
    fn refuses_plain_http_and_relative_uris() {
        let t = Token::new("abc", None);
        assert_eq!(
            sign_bearer(&mut req("http://localhost:8080/"), &t),
            Err(SigningError::HttpsRequired)
        );
        assert_eq!(
            sign_bearer(&mut req("/relative"), &t),
            Err(SigningError::HttpsRequired)
        );
    }

    #[test]
    fn bad_token_is_an_error_not_a_panic() {
        let t = Token::new("abc\ndef", None);
        let e = sign_bearer(&mut req("https://example.com/"), &t).unwrap_err();
        assert!(matches!(e, SigningError::InvalidHeaderValue { .. }));
        assert!(!e.to_string().contains("abc"));
    }

    #[test]
    fn debug_is_redacted_and_expiry_works() {
        let t = Token::new("s3cr3t", Some(DateTime::from_secs(100)));
        assert!(!format!("{t:?}").contains("s3cr3t"));
        assert!(t.is_expired(DateTime::from_secs(100)));
        assert!(!t.is_expired(DateTime::from_secs(99)));
        assert!(!Token::new("x", None).is_expired(DateTime::from_secs(i64::MAX)));
    }
}

//! Authenticating an attempt: nothing for `signature_version = UNSIGNED` (no credentials
//! looked up either), no auth, a bearer token, or SigV4 with fresh credentials
//! (from the provider, cached there) and the clock-skew-corrected time. The signing
//! target — region, name and SigV4 settings — comes from the endpoint's auth scheme,
//! else the client's region and the service's signing name.

use super::{sdk, Handle};
use crate::auth::sigv4::event::EventSigner;
use crate::auth::sigv4::{self, PayloadHash, SigningParams, SigningSettings};
use crate::body::Body;
use crate::config::SignatureVersion;
use crate::credentials::Credentials;
use crate::customizations;
use crate::endpoint;
use crate::error::{SdkError, SdkErrorKind};
use crate::operation::{op_flags, AuthScheme, Operation};

/// The payload hash of a request whose body is an input event stream.
const EVENTS_PAYLOAD: &str = "STREAMING-AWS4-HMAC-SHA256-EVENTS";

/// Where a request is signed for: region, signing name and SigV4 settings.
pub(super) struct SigningTarget {
    pub(super) region: String,
    pub(super) name: String,
    pub(super) settings: SigningSettings,
    /// The service signs the S3 way (botocore's `S3SigV4Auth`).
    pub(super) s3_like: bool,
}

impl Handle {
    /// Signs one attempt of `op` (after its per-attempt headers are set).
    pub(super) async fn sign(
        &self,
        op: &Operation,
        schemes: &[endpoint::AuthSchemeProps],
        req: &mut http::Request<Body>,
    ) -> Result<(), SdkError> {
        let inner = &*self.inner;
        let events = super::event_stream::signer_slot(req);
        if inner.config.signature_version == Some(SignatureVersion::Unsigned) {
            // botocore.UNSIGNED: nothing signed, no credentials looked up.
            if let Some(slot) = events {
                slot.install(crate::eventstream::Unsigned);
            }
            return Ok(());
        }
        match op.auth {
            AuthScheme::None => {
                if let Some(slot) = events {
                    slot.install(crate::eventstream::Unsigned);
                }
                return Ok(());
            }
            AuthScheme::Bearer => {
                let token = inner.token.as_ref().ok_or_else(|| {
                    sdk(
                        SdkErrorKind::Credentials,
                        format!(
                            "{} uses bearer-token auth: give the client a token (Builder::token)",
                            op.name
                        ),
                    )
                })?;
                if let Some(slot) = events {
                    slot.install(crate::eventstream::Unsigned);
                }
                return crate::auth::bearer::sign_bearer(req, token).map_err(SdkError::from);
            }
            AuthScheme::SigV4 | AuthScheme::SigV4UnsignedBody | AuthScheme::SigV4a => {}
        }
        let SigningTarget {
            region,
            name,
            mut settings,
            s3_like,
        } = self.signing_target(schemes, false)?;
        let creds = self.credentials().await?;
        // A stream cannot be hashed before it is sent: S3 takes it as an unsigned payload.
        let stream = req.body().bytes().is_none();
        let mut unsigned = op.auth == AuthScheme::SigV4UnsignedBody
            || op.has(op_flags::UNSIGNED_PAYLOAD)
            || (s3_like && stream);
        // S3's payload signing (`s3.payload_signing_enabled`, checksummed HTTPS uploads);
        // a stream stays unsigned: it cannot be hashed before it is sent.
        if !stream {
            if let Some(sign) =
                customizations::s3_sign_payload(inner.service, &inner.config, op, req)
            {
                unsigned = !sign;
            }
        }
        if unsigned {
            settings.payload = PayloadHash::Unsigned;
        }
        if events.is_some() {
            // An input event stream: each message is signed on its own, chained from
            // this request's signature.
            settings.payload = PayloadHash::Precomputed(EVENTS_PAYLOAD.to_string());
            settings.content_sha256_header = true;
        }
        let params = SigningParams {
            credentials: &creds,
            region: &region,
            service: &name,
            time: inner.skew.now(),
            settings,
        };
        let signed = sigv4::sign(req, &params).map_err(SdkError::from)?;
        if let Some(slot) = events {
            slot.install(EventSigner::new(creds, region, name, signed.signature));
        }
        Ok(())
    }

    /// The client's credentials, from the provider (cached there).
    pub(super) async fn credentials(&self) -> Result<Credentials, SdkError> {
        self.inner.credentials.provide().await.map_err(|e| {
            sdk(SdkErrorKind::Credentials, "no credentials could be loaded").with_source(e)
        })
    }

    /// Signing region, signing name and SigV4 settings: the endpoint's `sigv4` auth scheme
    /// wins over the client's region and the service's signing name. Also whether the service
    /// signs the S3 way (for presigning, S3 uses an unsigned payload).
    ///
    /// `signature_version` `v4` / `s3v4` choose plain or S3-style SigV4 whatever the
    /// service. An endpoint that asks for S3 Express session auth is refused (it needs
    /// session credentials from `CreateSession`, not built), unless
    /// `s3_disable_express_session_auth` made the rule set return plain SigV4.
    pub(super) fn signing_target(
        &self,
        schemes: &[endpoint::AuthSchemeProps],
        presign: bool,
    ) -> Result<SigningTarget, SdkError> {
        let inner = &*self.inner;
        if schemes.first().is_some_and(|s| s.name == "sigv4-s3express") {
            return Err(sdk(
                SdkErrorKind::Unsupported,
                "this S3 Express bucket needs S3 Express session auth (CreateSession), which \
                 Kumo does not implement yet; set s3_disable_express_session_auth = true to \
                 sign its requests with plain SigV4",
            ));
        }
        let scheme = schemes.iter().find(|s| s.name == "sigv4");
        let region = scheme
            .and_then(|s| s.signing_region.clone())
            .or_else(|| {
                scheme
                    .and_then(|s| s.signing_region_set.as_ref())
                    .and_then(|v| v.first().cloned())
            })
            .or_else(|| inner.config.region.clone())
            .unwrap_or_else(|| "us-east-1".to_string());
        let name = scheme
            .and_then(|s| s.signing_name.clone())
            .unwrap_or_else(|| inner.service.signing_name.to_string());
        let s3_like = match inner.config.signature_version {
            Some(SignatureVersion::V4) => false,
            Some(SignatureVersion::S3v4) => true,
            _ => customizations::s3_sigv4_auth(inner.service),
        };
        let mut settings = match (s3_like, presign) {
            (true, true) => SigningSettings::s3_presign(),
            (true, false) => SigningSettings::s3(),
            (false, _) => SigningSettings::standard(),
        };
        if let Some(s) = scheme {
            if s.disable_double_encoding {
                settings.uri_double_encode = false;
            }
            if s.disable_normalize_path {
                settings.normalize_path = false;
            }
        }
        Ok(SigningTarget {
            region,
            name,
            settings,
            s3_like,
        })
    }
}

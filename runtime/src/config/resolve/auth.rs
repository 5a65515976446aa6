//! Signing and authentication preferences: the SigV4a signing region set, the
//! auth-scheme preference list, and whether S3 Express session auth is disabled.
//! (Credentials themselves are resolved by [`crate::credentials`] from the same
//! [`SharedConfig`]; the IMDS settings it reads are in `imds.rs`.)

use crate::config::error::{invalid, ConfigError};
use crate::config::loader::SharedConfig;
use crate::config::settings::{
    AUTH_SCHEME_PREFERENCE, S3_DISABLE_EXPRESS_SESSION_AUTH, SIGV4A_SIGNING_REGION_SET,
};

/// The signing part of a [`ClientConfig`](crate::config::ClientConfig).
pub(super) struct AuthSettings {
    pub(super) sigv4a_signing_region_set: Option<String>,
    pub(super) auth_scheme_preference: Option<String>,
    pub(super) s3_disable_express_session_auth: bool,
}

impl SharedConfig {
    pub(super) fn auth_settings(&self) -> Result<AuthSettings, ConfigError> {
        let c = &self.config;
        Ok(AuthSettings {
            sigv4a_signing_region_set: self
                .string(&c.sigv4a_signing_region_set, &SIGV4A_SIGNING_REGION_SET),
            auth_scheme_preference: self.string(&c.auth_scheme_preference, &AUTH_SCHEME_PREFERENCE),
            s3_disable_express_session_auth: match c.s3_disable_express_session_auth {
                Some(b) => b,
                None => self.s3_disable_express_session_auth()?,
            },
        })
    }

    /// Strictly `true` or `false` (any case), unlike the lenient `ensure_boolean`.
    fn s3_disable_express_session_auth(&self) -> Result<bool, ConfigError> {
        let Some((v, src)) = self.lookup(&S3_DISABLE_EXPRESS_SESSION_AUTH) else {
            return Ok(false);
        };
        match v.trim().to_ascii_lowercase().as_str() {
            "true" => Ok(true),
            "false" => Ok(false),
            _ => Err(invalid(
                S3_DISABLE_EXPRESS_SESSION_AUTH.name,
                src,
                v,
                "true or false",
            )),
        }
    }
}

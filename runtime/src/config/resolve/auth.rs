//! Signing and authentication preferences: `signature_version` (botocore's `UNSIGNED`,
//! `v4`, `s3v4`), the SigV4a signing region set, the auth-scheme preference list, and
//! whether S3 Express session auth is disabled. Settings that need a signer Kumo does not
//! have are refused here, naming the capability they wait for. (Credentials themselves
//! are resolved by [`crate::credentials`] from the same [`SharedConfig`]; the IMDS
//! settings it reads are in `imds.rs`.)

use crate::config::error::{invalid, unsupported, ConfigError};
use crate::config::loader::SharedConfig;
use crate::config::settings::{
    ConfigSource, AUTH_SCHEME_PREFERENCE, S3_DISABLE_EXPRESS_SESSION_AUTH,
    SIGV4A_SIGNING_REGION_SET,
};
use crate::config::values::SignatureVersion;

/// What `sigv4a_signing_region_set` and SigV4a signature versions wait for.
pub(crate) const SIGV4A: &str = "SigV4a signing (not built yet)";

/// The signing part of a [`ClientConfig`](crate::config::ClientConfig).
pub(super) struct AuthSettings {
    pub(super) sigv4a_signing_region_set: Option<String>,
    pub(super) auth_scheme_preference: Option<String>,
    pub(super) s3_disable_express_session_auth: bool,
}

impl SharedConfig {
    pub(super) fn auth_settings(&self) -> Result<AuthSettings, ConfigError> {
        let c = &self.config;
        let region_set = self.sourced(&c.sigv4a_signing_region_set, &SIGV4A_SIGNING_REGION_SET);
        if let Some((v, src)) = region_set.filter(|(v, _)| !v.trim().is_empty()) {
            // Only SigV4a reads it; Kumo has no SigV4a signer, so it could only be ignored.
            return Err(unsupported(SIGV4A_SIGNING_REGION_SET.name, src, v, SIGV4A));
        }
        let preference = self.sourced(&c.auth_scheme_preference, &AUTH_SCHEME_PREFERENCE);
        if let Some((v, src)) = preference {
            // botocore's normalization: comma-separated, blanks and tabs removed.
            let list: Vec<String> = v
                .split(',')
                .filter(|i| !i.trim().is_empty())
                .map(|i| i.replace([' ', '\t'], ""))
                .collect();
            if !list.is_empty() {
                // botocore reorders each operation's modelled auth options by this list;
                // Kumo's schemas keep only the one scheme it signs with per operation.
                return Err(unsupported(
                    AUTH_SCHEME_PREFERENCE.name,
                    src,
                    list.join(","),
                    "every modelled auth option per operation in the generated schemas, and SigV4a",
                ));
            }
        }
        Ok(AuthSettings {
            sigv4a_signing_region_set: None,
            auth_scheme_preference: None,
            s3_disable_express_session_auth: match c.s3_disable_express_session_auth {
                Some(b) => b,
                None => self.s3_disable_express_session_auth()?,
            },
        })
    }

    /// An explicit string or the setting's environment / profile value, with its source.
    fn sourced(
        &self,
        explicit: &Option<String>,
        s: &crate::config::settings::Setting,
    ) -> Option<(String, ConfigSource)> {
        match explicit {
            Some(v) => Some((v.clone(), ConfigSource::Explicit)),
            None => self.lookup(s),
        }
    }

    /// `signature_version`: the explicit one, else the profile's
    /// `<service_name> = \n signature_version = …` block (botocore has no environment
    /// variable for it). `UNSIGNED`, `v4` and `s3v4` take effect; botocore's other
    /// signers are refused, and an unknown name is invalid.
    pub(super) fn signature_version(
        &self,
        service_name: Option<&str>,
    ) -> Result<Option<SignatureVersion>, ConfigError> {
        let (v, src) = match &self.config.signature_version {
            Some(v) => (v.clone(), ConfigSource::Explicit),
            None => match service_name.and_then(|n| self.profile_nested(n, "signature_version")) {
                Some((v, src)) if !v.is_empty() => (SignatureVersion::from(v), src),
                _ => return Ok(None),
            },
        };
        let name = match &v {
            SignatureVersion::Unsigned | SignatureVersion::V4 | SignatureVersion::S3v4 => {
                return Ok(Some(v))
            }
            SignatureVersion::Other(name) => name.as_str(),
        };
        let waits_for = match name {
            "v4a" | "s3v4a" | "v4a-query" | "s3v4a-query" => SIGV4A,
            "v4-s3express" | "v4-s3express-query" | "v4-s3express-presign-post" => {
                "S3 Express session auth (CreateSession; not built yet)"
            }
            "s3" | "s3-query" | "s3-presign-post" | "v2" | "v3" | "v3https" => {
                "botocore's legacy signers (SigV2, SigV3, S3 HMAC-v1), which Kumo does not implement"
            }
            "v4-query" | "s3v4-query" | "s3v4-presign-post" => {
                "query / presigned-POST signers as a client-wide setting (presigned URLs use them already)"
            }
            "bearer" => "bearer auth as a signature_version (Kumo uses it where the model says)",
            _ => {
                return Err(invalid(
                    "signature_version",
                    src,
                    name,
                    "UNSIGNED, v4 or s3v4 (botocore's other signers are refused)",
                ))
            }
        };
        Err(unsupported("signature_version", src, name, waits_for))
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

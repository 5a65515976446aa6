//! Credentials from environment variables (botocore's `EnvProvider`).

use std::sync::Arc;

use super::{
    parse_expiry, BoxFuture, Credentials, CredentialsError, CredentialsErrorKind,
    ProvideCredentials,
};
use crate::config::Env;

/// `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_SECURITY_TOKEN` (checked first, as
/// botocore does) or `AWS_SESSION_TOKEN`, `AWS_CREDENTIAL_EXPIRATION`.
#[derive(Debug, Clone)]
pub struct EnvProvider {
    env: Arc<dyn Env>,
}

impl EnvProvider {
    /// Reads `env`.
    pub fn new(env: Arc<dyn Env>) -> EnvProvider {
        EnvProvider { env }
    }

    fn load(&self) -> Result<Credentials, CredentialsError> {
        const P: &str = "env";
        let get = |k: &str| self.env.var(k).filter(|v| !v.is_empty());
        let Some(access_key) = get("AWS_ACCESS_KEY_ID") else {
            return Err(CredentialsError::not_loaded(
                P,
                "AWS_ACCESS_KEY_ID is not set",
            ));
        };
        let Some(secret) = get("AWS_SECRET_ACCESS_KEY") else {
            return Err(CredentialsError::new(
                CredentialsErrorKind::Partial,
                P,
                "AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not",
            ));
        };
        let token = get("AWS_SECURITY_TOKEN").or_else(|| get("AWS_SESSION_TOKEN"));
        let expiry = match get("AWS_CREDENTIAL_EXPIRATION") {
            Some(e) => Some(parse_expiry(&e).ok_or_else(|| {
                CredentialsError::new(
                    CredentialsErrorKind::Malformed,
                    P,
                    "AWS_CREDENTIAL_EXPIRATION is not a valid timestamp",
                )
            })?),
            None => None,
        };
        Ok(Credentials::new(access_key, secret, token)
            .with_expiry(expiry)
            .with_provider(P))
    }
}

impl ProvideCredentials for EnvProvider {
    fn provide(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        let r = self.load();
        Box::pin(async move { r })
    }
}

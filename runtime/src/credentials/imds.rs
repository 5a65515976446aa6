//! EC2 instance metadata credentials (botocore's `InstanceMetadataProvider` /
//! `InstanceMetadataFetcher`), IMDSv2 first with botocore's fallback to IMDSv1.
//!
//! 1. `PUT latest/api/token` with `x-aws-ec2-metadata-token-ttl-seconds: 21600`:
//!    200 → token; 403/404/405 or a timeout → no token (IMDSv1); 400 → not loaded;
//!    connection errors are retried up to `metadata_service_num_attempts`, then no token.
//! 2. Without a token and `ec2_metadata_v1_disabled`: an error.
//! 3. `GET latest/meta-data/iam/security-credentials/` → role name, then
//!    `GET …/<role>` → JSON; non-200, empty or (for the credentials) non-JSON responses
//!    are retried; when the attempts run out the provider is "not loaded".
//! 4. The JSON must have `AccessKeyId`, `SecretAccessKey`, `Token`, `Expiration`.
//!
//! `AWS_EC2_METADATA_DISABLED=true` turns the provider off.

use std::sync::Arc;

use super::metadata::{self, FetchError};
use super::{
    parse_expiry, BoxFuture, Credentials, CredentialsError, CredentialsErrorKind,
    ProvideCredentials, ProviderContext,
};
use crate::config::{ImdsConfig, ImdsEndpointMode};
use crate::types::DateTime;

const P: &str = "iam-role";
const CREDS_PATH: &str = "latest/meta-data/iam/security-credentials/";

/// The instance-metadata provider (see the module docs).
#[derive(Debug, Clone)]
pub struct ImdsProvider {
    ctx: Arc<ProviderContext>,
}

enum Fetch {
    Ok(String),
    Exhausted,
}

impl ImdsProvider {
    /// A provider for `ctx` (settings from its `ImdsConfig`).
    pub fn new(ctx: Arc<ProviderContext>) -> ImdsProvider {
        ImdsProvider { ctx }
    }

    fn base_url(cfg: &ImdsConfig) -> String {
        match (&cfg.endpoint, cfg.endpoint_mode) {
            (Some(e), _) => e.clone(),
            (None, ImdsEndpointMode::Ipv6) => "http://[fd00:ec2::254]/".into(),
            (None, ImdsEndpointMode::Ipv4) => "http://169.254.169.254/".into(),
        }
    }

    fn url(base: &str, path: &str) -> String {
        if base.ends_with('/') {
            format!("{base}{path}")
        } else {
            format!("{base}/{path}")
        }
    }

    async fn token(
        &self,
        cfg: &ImdsConfig,
        base: &str,
    ) -> Result<Option<String>, CredentialsError> {
        let url = Self::url(base, "latest/api/token");
        for _ in 0..cfg.num_attempts.max(1) {
            match metadata::send(
                self.ctx.http.as_ref(),
                "PUT",
                &url,
                &[("x-aws-ec2-metadata-token-ttl-seconds", "21600")],
                cfg.timeout,
            )
            .await
            {
                Ok(r) if r.status == 200 => {
                    return Ok(String::from_utf8(r.body)
                        .ok()
                        .map(|t| t.trim().to_string())
                        .filter(|t| !t.is_empty()));
                }
                Ok(r) if matches!(r.status, 403..=405) => return Ok(None),
                Ok(r) if r.status == 400 => {
                    return Err(CredentialsError::not_loaded(
                        P,
                        "bad IMDS token request (400)",
                    ));
                }
                Ok(_) => {}
                Err(FetchError::Timeout) => return Ok(None),
                Err(FetchError::InvalidUrl(u)) => {
                    return Err(CredentialsError::new(
                        CredentialsErrorKind::InvalidConfig,
                        P,
                        format!("invalid IMDS endpoint {u:?}"),
                    ));
                }
                Err(_) => {}
            }
        }
        Ok(None)
    }

    async fn get(&self, cfg: &ImdsConfig, url: &str, token: Option<&str>, json: bool) -> Fetch {
        let headers: Vec<(&str, &str)> = token
            .map(|t| vec![("x-aws-ec2-metadata-token", t)])
            .unwrap_or_default();
        for _ in 0..cfg.num_attempts.max(1) {
            if let Ok(r) =
                metadata::send(self.ctx.http.as_ref(), "GET", url, &headers, cfg.timeout).await
            {
                if r.status != 200 || r.body.is_empty() {
                    continue;
                }
                let Ok(text) = String::from_utf8(r.body) else {
                    continue;
                };
                if json && serde_json::from_str::<serde_json::Value>(&text).is_err() {
                    continue;
                }
                return Fetch::Ok(text);
            }
        }
        Fetch::Exhausted
    }

    async fn load(&self) -> Result<Credentials, CredentialsError> {
        let cfg = self.ctx.shared.imds_config().map_err(|e| {
            CredentialsError::new(CredentialsErrorKind::InvalidConfig, P, e.to_string())
        })?;
        if cfg.disabled {
            return Err(CredentialsError::not_loaded(
                P,
                "access to EC2 metadata has been disabled",
            ));
        }
        let base = Self::base_url(&cfg);
        let token = self.token(&cfg, &base).await?;
        if token.is_none() && cfg.v1_disabled {
            return Err(CredentialsError::new(
                CredentialsErrorKind::Retrieval,
                P,
                "unable to retrieve token for use in IMDSv2 call and IMDSv1 has been disabled",
            ));
        }
        let exhausted = || {
            CredentialsError::not_loaded(
                P,
                "max number of attempts exceeded when retrieving data from the metadata service",
            )
        };
        let Fetch::Ok(role) = self
            .get(&cfg, &Self::url(&base, CREDS_PATH), token.as_deref(), false)
            .await
        else {
            return Err(exhausted());
        };
        let role = role.lines().next().unwrap_or_default().trim().to_string();
        if role.is_empty() || role.contains(['/', '?', '#', ' ']) {
            return Err(CredentialsError::new(
                CredentialsErrorKind::Malformed,
                P,
                "the metadata service returned an invalid role name",
            ));
        }
        let url = Self::url(&base, &format!("{CREDS_PATH}{role}"));
        let Fetch::Ok(body) = self.get(&cfg, &url, token.as_deref(), true).await else {
            return Err(exhausted());
        };
        let v: serde_json::Value = serde_json::from_str(&body).unwrap_or_default();
        let field = |k: &str| v.get(k).and_then(|x| x.as_str()).map(str::to_string);
        let (Some(ak), Some(sk), Some(tok), Some(exp)) = (
            field("AccessKeyId"),
            field("SecretAccessKey"),
            field("Token"),
            field("Expiration"),
        ) else {
            return Err(CredentialsError::not_loaded(
                P,
                "the metadata service response is missing credential fields",
            ));
        };
        let expiry = parse_expiry(&exp).ok_or_else(|| {
            CredentialsError::new(
                CredentialsErrorKind::Malformed,
                P,
                "Expiration is not a timestamp",
            )
        })?;
        let expiry = extend_stale_expiry(expiry, (self.ctx.clock)());
        Ok(Credentials::new(ak, sk, Some(tok))
            .with_expiry(Some(expiry))
            .with_provider(P))
    }
}

/// botocore's `_evaluate_expiration` (static stability): when the instance serves
/// credentials that expire within the refresh window (15 min plus 2–10 min of jitter),
/// their expiry is pushed to now + that offset so they keep being used and a refresh is
/// tried again later, instead of failing while IMDS cannot vend new ones.
fn extend_stale_expiry(expiry: DateTime, now: DateTime) -> DateTime {
    let jitter = 120
        + i64::from(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.subsec_nanos())
                .unwrap_or(0)
                % 481,
        );
    let offset = 15 * 60 + jitter;
    if now.secs() >= expiry.secs() - offset {
        DateTime::from_secs(now.secs() + offset)
    } else {
        expiry
    }
}

impl ProvideCredentials for ImdsProvider {
    fn provide(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        Box::pin(self.load())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stale_expiry_is_extended() {
        let now = DateTime::from_secs(1_000_000);
        // An hour left: unchanged.
        assert_eq!(
            extend_stale_expiry(DateTime::from_secs(1_003_600), now),
            DateTime::from_secs(1_003_600)
        );
        // Already expired or about to: now + 17..=25 minutes.
        for exp in [999_000, 1_000_100] {
            let e = extend_stale_expiry(DateTime::from_secs(exp), now).secs() - now.secs();
            assert!((17 * 60..=25 * 60).contains(&e), "{e}");
        }
    }
}

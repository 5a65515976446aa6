//! Container credentials (botocore's `ContainerProvider` / `ContainerMetadataFetcher`):
//! ECS task roles and EKS Pod Identity.

use std::net::IpAddr;
use std::sync::Arc;

use super::metadata::{self, FetchError};
use super::{
    parse_expiry, BoxFuture, Credentials, CredentialsError, CredentialsErrorKind,
    ProvideCredentials, ProviderContext,
};

const P: &str = "container-role";
const ALLOWED_HOSTS: [&str; 4] = [
    "169.254.170.2",
    "169.254.170.23",
    "fd00:ec2::23",
    "localhost",
];

/// `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI` (against `http://169.254.170.2`, overridable
/// through [`ProviderContext::container_base_url`]) or `AWS_CONTAINER_CREDENTIALS_FULL_URI`
/// (loopback or an allowed host; `https://` URLs are allowed by botocore but refused
/// here: the metadata fetcher speaks plain `http://`), with `Authorization` from
/// `AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE` or `AWS_CONTAINER_AUTHORIZATION_TOKEN`.
/// Up to 3 attempts of 2 s each, 1 s apart, like botocore.
#[derive(Debug, Clone)]
pub struct ContainerProvider {
    ctx: Arc<ProviderContext>,
}

fn err(kind: CredentialsErrorKind, msg: impl Into<String>) -> CredentialsError {
    CredentialsError::new(kind, P, msg)
}

/// botocore's `_validate_allowed_url` (for `http`; `https` is refused here because the
/// metadata fetcher speaks plain HTTP only).
fn validate_full_uri(uri: &str) -> Result<(), CredentialsError> {
    if uri.starts_with("https://") {
        return Err(err(
            CredentialsErrorKind::InvalidConfig,
            "https container credential URIs are not supported by the built-in metadata client",
        ));
    }
    let (host, ..) = metadata::split_url(uri)
        .map_err(|e| err(CredentialsErrorKind::InvalidConfig, e.to_string()))?;
    let loopback = host
        .parse::<IpAddr>()
        .map(|ip| ip.is_loopback())
        .unwrap_or(false);
    if loopback || ALLOWED_HOSTS.contains(&host.as_str()) {
        Ok(())
    } else {
        Err(err(
            CredentialsErrorKind::InvalidConfig,
            format!(
                "unsupported host '{host}'; can only retrieve metadata from a loopback address or one of these hosts: {}",
                ALLOWED_HOSTS.join(", ")
            ),
        ))
    }
}

impl ContainerProvider {
    /// A provider for `ctx`.
    pub fn new(ctx: Arc<ProviderContext>) -> ContainerProvider {
        ContainerProvider { ctx }
    }

    fn auth_token(&self) -> Result<Option<String>, CredentialsError> {
        let env = self.ctx.shared.env();
        let token = if let Some(path) = env.var("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE") {
            Some(std::fs::read_to_string(&path).map_err(|e| {
                err(
                    CredentialsErrorKind::InvalidConfig,
                    format!(
                        "cannot read AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE {path}: {}",
                        e.kind()
                    ),
                )
            })?)
        } else {
            env.var("AWS_CONTAINER_AUTHORIZATION_TOKEN")
        };
        if let Some(t) = &token {
            if t.contains(['\r', '\n']) {
                return Err(err(
                    CredentialsErrorKind::InvalidConfig,
                    "auth token value is not a legal header value",
                ));
            }
        }
        Ok(token)
    }

    async fn load(&self) -> Result<Credentials, CredentialsError> {
        let env = self.ctx.shared.env();
        let url = if let Some(rel) = env.var("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI") {
            format!(
                "{}{}",
                self.ctx.container_base_url.trim_end_matches('/'),
                rel
            )
        } else if let Some(full) = env.var("AWS_CONTAINER_CREDENTIALS_FULL_URI") {
            validate_full_uri(&full)?;
            full
        } else {
            return Err(CredentialsError::not_loaded(
                P,
                "no container credentials URI in the environment",
            ));
        };
        let mut last = err(CredentialsErrorKind::Retrieval, "no attempt made");
        let attempts = self.ctx.container_attempts.max(1);
        for attempt in 0..attempts {
            // The token file is re-read on every attempt (it may be rotated).
            let token = self.auth_token()?;
            let mut headers = vec![("Accept", "application/json")];
            if let Some(t) = token.as_deref() {
                headers.push(("Authorization", t));
            }
            match metadata::send(
                self.ctx.http.as_ref(),
                "GET",
                &url,
                &headers,
                self.ctx.container_timeout,
            )
            .await
            {
                Ok(r) if r.status == 200 => match parse_container_json(&r.body) {
                    Ok(c) => return Ok(c),
                    Err(e) => last = e,
                },
                Ok(r) => {
                    last = err(
                        CredentialsErrorKind::Retrieval,
                        format!(
                            "received non 200 response {} from container metadata",
                            r.status
                        ),
                    )
                }
                Err(FetchError::Timeout) => {
                    last = err(
                        CredentialsErrorKind::Timeout,
                        "container metadata request timed out",
                    )
                }
                Err(e) => {
                    last = err(
                        CredentialsErrorKind::Retrieval,
                        format!("container metadata request failed: {e}"),
                    )
                }
            }
            if attempt + 1 < attempts {
                tokio::time::sleep(self.ctx.container_retry_pause).await;
            }
        }
        Err(last)
    }
}

fn parse_container_json(body: &[u8]) -> Result<Credentials, CredentialsError> {
    let v: serde_json::Value = serde_json::from_slice(body).map_err(|_| {
        err(
            CredentialsErrorKind::Malformed,
            "unable to parse JSON returned from container metadata services",
        )
    })?;
    let field = |k: &str| {
        v.get(k)
            .and_then(|x| x.as_str())
            .map(str::to_string)
            .ok_or_else(|| {
                err(
                    CredentialsErrorKind::Malformed,
                    format!("container metadata response is missing {k}"),
                )
            })
    };
    let expiry_text = field("Expiration")?;
    let expiry = parse_expiry(&expiry_text).ok_or_else(|| {
        err(
            CredentialsErrorKind::Malformed,
            "container metadata Expiration is not a timestamp",
        )
    })?;
    Ok(Credentials::new(
        field("AccessKeyId")?,
        field("SecretAccessKey")?,
        Some(field("Token")?),
    )
    .with_expiry(Some(expiry))
    .with_provider(P))
}

impl ProvideCredentials for ContainerProvider {
    fn provide(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        Box::pin(self.load())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allowed_hosts() {
        for ok in [
            "http://127.0.0.1:80/x",
            "http://127.1.2.3/x",
            "http://[::1]:8080/x",
            "http://localhost/x",
            "http://169.254.170.23/v1/credentials",
            "http://[fd00:ec2::23]/x",
        ] {
            assert_eq!(
                validate_full_uri(ok).map_err(|e| e.to_string()),
                Ok(()),
                "{ok}"
            );
        }
        for bad in [
            "http://169.254.169.254/x",
            "http://example.com/x",
            "http://10.0.0.1/x",
            "https://example.com/x",
        ] {
            assert_eq!(
                validate_full_uri(bad).unwrap_err().kind,
                CredentialsErrorKind::InvalidConfig,
                "{bad}"
            );
        }
    }
}

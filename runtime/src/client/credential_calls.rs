//! The STS and SSO calls of the credential providers, made through the client pipeline.
//!
//! The credential providers know nothing of the pipeline: they call STS and SSO through
//! the [`StsCaller`] and [`SsoCaller`] seams. [`ClientCallers`] implements them here, with
//! the operations generated into `credentials/generated/` (a subset of botocore's `sts`
//! and `sso` models) and a [`Handle`] per call, so these calls resolve endpoints from the
//! services' rule sets, honour `AWS_ENDPOINT_URL_STS` / `AWS_ENDPOINT_URL_SSO` / the profile's
//! `services` section, retry, and sign exactly like a generated client.
//! `AssumeRole` is signed with the source credentials; `AssumeRoleWithWebIdentity` and
//! `GetRoleCredentials` are unsigned in the models (`smithy.api#noAuth`).

use std::fmt;
use std::sync::Arc;

use super::Handle;
use crate::config::{Config, SharedConfig};
use crate::credentials::generated::{sso, sts};
use crate::credentials::{
    cached_chain, AssumeRoleRequest, BoxFuture, Credentials, CredentialsError,
    CredentialsErrorKind, ProvideCredentials, ProviderContext, SsoCaller, StaticProvider,
    StsCaller, WebIdentityRequest,
};
use crate::error::Error;
use crate::http::HttpClient;
use crate::operation::Service;
use crate::types::DateTime;

/// STS and SSO calls through [`Handle`]s built from the same environment, profile and
/// files as the client that needs the credentials (botocore builds its STS / SSO
/// clients from the session the same way).
#[derive(Clone)]
pub struct ClientCallers {
    shared: SharedConfig,
    http: Arc<dyn HttpClient>,
}

impl fmt::Debug for ClientCallers {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientCallers")
            .field("profile", &self.shared.profile_name())
            .field("http", &self.http)
            .finish()
    }
}

/// A provider for unsigned operations: it never has credentials.
#[derive(Debug)]
struct NoCredentials;

impl ProvideCredentials for NoCredentials {
    fn provide(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        Box::pin(async {
            Err(CredentialsError::not_loaded(
                "none",
                "this call is unsigned and has no credentials",
            ))
        })
    }
}

impl ClientCallers {
    /// Callers for clients configured like `shared`, sending through `http`.
    pub fn new(shared: SharedConfig, http: Arc<dyn HttpClient>) -> ClientCallers {
        ClientCallers { shared, http }
    }

    /// A handle for `service` in `region`: the session's environment, profile and files,
    /// but none of the calling client's explicit settings (endpoint URL, retries…).
    fn handle(
        &self,
        service: &'static Service,
        provider: &'static str,
        region: String,
        credentials: Option<Credentials>,
    ) -> Result<Handle, CredentialsError> {
        let explicit = self.shared.explicit();
        let config = Config {
            region_name: Some(region),
            profile_name: explicit.profile_name.clone(),
            config_file: explicit.config_file.clone(),
            credentials_file: explicit.credentials_file.clone(),
            ..Config::default()
        };
        let mut b = Handle::builder(service)
            .env(self.shared.env().clone())
            .config(config);
        b = match credentials {
            Some(c) => b.credentials_provider(Arc::new(StaticProvider(c))),
            None => b.credentials_provider(Arc::new(NoCredentials)),
        };
        b = b.http_client(self.http.clone());
        b.build().map_err(|e| {
            CredentialsError::new(
                CredentialsErrorKind::InvalidConfig,
                provider,
                format!("cannot configure the {} client: {e}", service.name),
            )
        })
    }
}

/// A failed STS / SSO call as a credentials error: the error code and message, never
/// the request (which carries tokens) or the response body.
fn call_err<E: fmt::Debug>(
    provider: &'static str,
    op: &str,
    e: Error<E>,
    kind_for_service: CredentialsErrorKind,
) -> CredentialsError {
    let kind = match &e {
        Error::Service(_) => kind_for_service,
        Error::Sdk(s) if s.kind() == crate::SdkErrorKind::OperationTimeout => {
            CredentialsErrorKind::Timeout
        }
        Error::Sdk(_) => CredentialsErrorKind::Retrieval,
    };
    CredentialsError::new(kind, provider, format!("{op} failed: {e}"))
}

fn sts_credentials(
    provider: &'static str,
    op: &str,
    c: Option<sts::types::Credentials>,
) -> Result<Credentials, CredentialsError> {
    let c = c.ok_or_else(|| {
        CredentialsError::new(
            CredentialsErrorKind::Malformed,
            provider,
            format!("the {op} response has no Credentials"),
        )
    })?;
    if c.access_key_id.is_empty() || c.secret_access_key.is_empty() {
        return Err(CredentialsError::new(
            CredentialsErrorKind::Malformed,
            provider,
            format!("the {op} response has no access key"),
        ));
    }
    let token = (!c.session_token.is_empty()).then_some(c.session_token);
    Ok(
        Credentials::new(c.access_key_id, c.secret_access_key, token)
            .with_expiry(Some(c.expiration))
            .with_provider(provider),
    )
}

/// STS without a region: botocore's `aws-global` (`sts.amazonaws.com`).
fn sts_region(region: Option<String>) -> String {
    region
        .filter(|r| !r.is_empty())
        .unwrap_or_else(|| "aws-global".to_string())
}

impl StsCaller for ClientCallers {
    fn assume_role(
        &self,
        source: Credentials,
        req: AssumeRoleRequest,
    ) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        const P: &str = "assume-role";
        Box::pin(async move {
            let h = self.handle(
                &sts::schemas::SERVICE,
                P,
                sts_region(req.region),
                Some(source),
            )?;
            let input = sts::types::AssumeRoleInput {
                role_arn: req.role_arn,
                role_session_name: req.role_session_name,
                external_id: req.external_id,
                duration_seconds: req.duration_seconds,
                ..Default::default()
            };
            let out: sts::types::AssumeRoleOutput = h
                .invoke::<_, _, sts::error::AssumeRoleError>(&sts::schemas::ops::ASSUME_ROLE, input)
                .await
                .map_err(|e| call_err(P, "AssumeRole", e, CredentialsErrorKind::Retrieval))?;
            sts_credentials(P, "AssumeRole", out.credentials)
        })
    }

    fn assume_role_with_web_identity(
        &self,
        req: WebIdentityRequest,
    ) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        const P: &str = "assume-role-with-web-identity";
        Box::pin(async move {
            let h = self.handle(&sts::schemas::SERVICE, P, sts_region(req.region), None)?;
            let input = sts::types::AssumeRoleWithWebIdentityInput {
                role_arn: req.role_arn,
                role_session_name: req.role_session_name,
                web_identity_token: req.web_identity_token,
                ..Default::default()
            };
            let out: sts::types::AssumeRoleWithWebIdentityOutput = h
                .invoke::<_, _, sts::error::AssumeRoleWithWebIdentityError>(
                    &sts::schemas::ops::ASSUME_ROLE_WITH_WEB_IDENTITY,
                    input,
                )
                .await
                .map_err(|e| {
                    call_err(
                        P,
                        "AssumeRoleWithWebIdentity",
                        e,
                        CredentialsErrorKind::Retrieval,
                    )
                })?;
            sts_credentials(P, "AssumeRoleWithWebIdentity", out.credentials)
        })
    }
}

impl SsoCaller for ClientCallers {
    fn get_role_credentials(
        &self,
        region: String,
        access_token: String,
        account_id: String,
        role_name: String,
    ) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        const P: &str = "sso";
        Box::pin(async move {
            let h = self.handle(&sso::schemas::SERVICE, P, region, None)?;
            let input = sso::types::GetRoleCredentialsInput {
                role_name,
                account_id,
                access_token,
            };
            let out: sso::types::GetRoleCredentialsOutput = h
                .invoke::<_, _, sso::error::GetRoleCredentialsError>(
                    &sso::schemas::ops::GET_ROLE_CREDENTIALS,
                    input,
                )
                .await
                .map_err(|e| {
                    // A rejected token is botocore's UnauthorizedSSOTokenError.
                    let kind = match &e {
                        Error::Service(s) if s.meta.code == "UnauthorizedException" => {
                            CredentialsErrorKind::SsoToken
                        }
                        _ => CredentialsErrorKind::Retrieval,
                    };
                    call_err(P, "GetRoleCredentials", e, kind)
                })?;
            let malformed = |what: &str| {
                CredentialsError::new(
                    CredentialsErrorKind::Malformed,
                    P,
                    format!("the GetRoleCredentials response has no {what}"),
                )
            };
            let c = out
                .role_credentials
                .ok_or_else(|| malformed("roleCredentials"))?;
            let (Some(ak), Some(sk)) = (c.access_key_id, c.secret_access_key) else {
                return Err(malformed("access key"));
            };
            // `expiration` is epoch milliseconds.
            let expiry = c.expiration.map(|ms| {
                DateTime::from_secs_nanos(
                    ms.div_euclid(1000),
                    (ms.rem_euclid(1000) * 1_000_000) as u32,
                )
            });
            Ok(Credentials::new(ak, sk, c.session_token)
                .with_expiry(expiry)
                .with_provider(P))
        })
    }
}

/// botocore's default chain for a client configured like `shared`: every request of its
/// providers (STS and SSO through [`ClientCallers`], container and instance metadata)
/// goes through `http`.
pub fn default_chain_with_clients(
    shared: &SharedConfig,
    http: Arc<dyn HttpClient>,
) -> Arc<dyn ProvideCredentials> {
    let callers = Arc::new(ClientCallers::new(shared.clone(), http.clone()));
    let mut ctx = ProviderContext::new(shared.clone());
    ctx.sts = Some(callers.clone());
    ctx.sso = Some(callers);
    ctx.http = http;
    cached_chain(ctx)
}

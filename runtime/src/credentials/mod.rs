//! Credentials and the provider chain (botocore's `credentials.py`).
//!
//! [`default_chain`] builds botocore's default chain, in botocore's order:
//! explicit → environment → assume-role (profile `role_arn`) → web identity → SSO →
//! shared credentials file → `credential_process` → config file → container → IMDS,
//! wrapped in a [`CachingProvider`] that refreshes temporary credentials ahead of expiry.
//!
//! A provider that is not configured answers [`CredentialsErrorKind::NotLoaded`] and the
//! chain moves on; any other error stops the chain (as botocore raises).
//!
//! This module knows nothing of the request pipeline. STS and SSO calls go through the
//! [`StsCaller`] / [`SsoCaller`] seams, which the pipeline implements
//! ([`crate::client::ClientCallers`], over the operations generated into
//! `credentials/generated/`) and injects ([`crate::client::default_chain_with_clients`]
//! is the chain a client builds by default). Container and instance-metadata requests go
//! through the [`HttpClient`] in [`ProviderContext::http`].

mod cache;
mod container;
mod env;
/// The STS and SSO operations the pipeline's callers use (generated; see `kumo_codegen::subset`).
#[rustfmt::skip]
pub(crate) mod generated;
mod imds;
mod metadata;
mod process;
mod profile;
#[cfg(test)]
mod tests;

use std::fmt;
use std::future::Future;
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use crate::config::SharedConfig;
use crate::http::HttpClient;
use crate::types::DateTime;

pub use cache::{CachingProvider, Clock};
pub use container::ContainerProvider;
pub use env::EnvProvider;
pub use imds::ImdsProvider;
pub use process::ProcessProvider;
pub use profile::{
    AssumeRoleProvider, ConfigFileProvider, SharedCredentialsProvider, SsoProvider,
    WebIdentityProvider,
};

/// AWS credentials: an access key pair, an optional session token and expiry.
///
/// `Debug` never prints the secret key or the token.
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    /// The access key id (`AKIA…`/`ASIA…`).
    pub access_key_id: String,
    /// The secret access key.
    pub secret_access_key: String,
    /// The session token of temporary credentials.
    pub session_token: Option<String>,
    /// When temporary credentials expire.
    pub expiry: Option<DateTime>,
    /// Which provider found them (`env`, `shared-credentials-file`, `assume-role`, …).
    pub provider: &'static str,
    /// The account the credentials belong to, when the provider knows it (for account-based
    /// endpoints, `AWS::Auth::AccountId`).
    pub account_id: Option<String>,
}

impl Credentials {
    /// Static credentials.
    pub fn new(
        access_key_id: impl Into<String>,
        secret_access_key: impl Into<String>,
        session_token: Option<String>,
    ) -> Credentials {
        Credentials {
            access_key_id: access_key_id.into(),
            secret_access_key: secret_access_key.into(),
            session_token,
            expiry: None,
            provider: "explicit",
            account_id: None,
        }
    }

    /// The same credentials, with the account they belong to.
    pub fn with_account_id(mut self, account_id: impl Into<String>) -> Credentials {
        self.account_id = Some(account_id.into());
        self
    }
    /// Sets when the credentials expire.
    pub fn with_expiry(mut self, expiry: Option<DateTime>) -> Credentials {
        self.expiry = expiry;
        self
    }

    /// The same credentials, marked as found by `provider`.
    pub fn with_provider(mut self, provider: &'static str) -> Credentials {
        self.provider = provider;
        self
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("access_key_id", &self.access_key_id)
            .field("secret_access_key", &"** redacted **")
            .field(
                "session_token",
                &self.session_token.as_ref().map(|_| "** redacted **"),
            )
            .field("expiry", &self.expiry)
            .field("provider", &self.provider)
            .finish()
    }
}

/// A boxed, `Send` future.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Something that can produce credentials.
pub trait ProvideCredentials: Send + Sync + fmt::Debug {
    /// Produces credentials, or [`CredentialsErrorKind::NotLoaded`] when this provider
    /// is not configured, or another error when it is but fails.
    fn provide(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>>;
}

/// What kind of credentials failure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CredentialsErrorKind {
    /// This provider is not configured (the chain tries the next one); from the whole
    /// chain: botocore's `NoCredentialsError` ("Unable to locate credentials").
    NotLoaded,
    /// Part of the credentials is missing (botocore's `PartialCredentialsError`).
    Partial,
    /// The configuration is invalid (botocore's `InvalidConfigError`).
    InvalidConfig,
    /// `source_profile` references loop (botocore's `InfiniteLoopConfigError`).
    InfiniteLoop,
    /// The provider failed to retrieve credentials (botocore's `CredentialRetrievalError`).
    Retrieval,
    /// The SSO token is missing, expired or rejected (`UnauthorizedSSOTokenError`,
    /// `SSOTokenLoadError`).
    SsoToken,
    /// A request or process timed out.
    Timeout,
    /// A response (HTTP body, process output, token cache) is malformed.
    Malformed,
}

/// A credentials error. Never contains secrets: messages name providers, files,
/// profiles and keys, never values of keys, tokens or response bodies with secrets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CredentialsError {
    /// The kind.
    pub kind: CredentialsErrorKind,
    /// The provider (`env`, `assume-role`, `sso`, `container-role`, `iam-role`, …).
    pub provider: &'static str,
    /// What happened.
    pub message: String,
}

impl CredentialsError {
    /// A new error.
    pub fn new(
        kind: CredentialsErrorKind,
        provider: &'static str,
        message: impl Into<String>,
    ) -> CredentialsError {
        CredentialsError {
            kind,
            provider,
            message: message.into(),
        }
    }

    /// "Not configured here".
    pub fn not_loaded(provider: &'static str, message: impl Into<String>) -> CredentialsError {
        CredentialsError::new(CredentialsErrorKind::NotLoaded, provider, message)
    }

    /// Whether the chain should try the next provider.
    pub fn is_not_loaded(&self) -> bool {
        self.kind == CredentialsErrorKind::NotLoaded
    }
}

impl fmt::Display for CredentialsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} ({}): {}",
            kind_text(self.kind),
            self.provider,
            self.message
        )
    }
}

fn kind_text(k: CredentialsErrorKind) -> &'static str {
    match k {
        CredentialsErrorKind::NotLoaded => "unable to locate credentials",
        CredentialsErrorKind::Partial => "partial credentials found",
        CredentialsErrorKind::InvalidConfig => "invalid credentials configuration",
        CredentialsErrorKind::InfiniteLoop => "infinite loop in credential configuration",
        CredentialsErrorKind::Retrieval => "error retrieving credentials",
        CredentialsErrorKind::SsoToken => "SSO token error",
        CredentialsErrorKind::Timeout => "timed out retrieving credentials",
        CredentialsErrorKind::Malformed => "malformed credentials response",
    }
}

impl std::error::Error for CredentialsError {}

/// Fixed credentials.
#[derive(Clone, Debug)]
pub struct StaticProvider(pub Credentials);

impl ProvideCredentials for StaticProvider {
    fn provide(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        let c = self.0.clone();
        Box::pin(async move { Ok(c) })
    }
}

/// Tries providers in order: the first that loads wins; `NotLoaded` moves on; any other
/// error stops (botocore's `CredentialResolver`).
#[derive(Debug, Clone)]
pub struct ChainProvider {
    providers: Vec<Arc<dyn ProvideCredentials>>,
}

impl ChainProvider {
    /// A chain of `providers`.
    pub fn new(providers: Vec<Arc<dyn ProvideCredentials>>) -> ChainProvider {
        ChainProvider { providers }
    }
}

impl ProvideCredentials for ChainProvider {
    fn provide(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        Box::pin(async move {
            for p in &self.providers {
                match p.provide().await {
                    Ok(c) => return Ok(c),
                    Err(e) if e.is_not_loaded() => continue,
                    Err(e) => return Err(e),
                }
            }
            Err(CredentialsError::not_loaded(
                "chain",
                "no provider in the chain found credentials",
            ))
        })
    }
}

// ---------------------------------------------------------------------------------
// STS / SSO seams
// ---------------------------------------------------------------------------------

/// The parameters of STS `AssumeRole`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AssumeRoleRequest {
    /// `RoleArn`.
    pub role_arn: String,
    /// `RoleSessionName` (the profile's `role_session_name`, else `kumo-session-<epoch>`).
    pub role_session_name: String,
    /// `ExternalId`.
    pub external_id: Option<String>,
    /// `DurationSeconds`.
    pub duration_seconds: Option<i32>,
    /// The region of the STS client (the client's region, when known).
    pub region: Option<String>,
}

/// The parameters of STS `AssumeRoleWithWebIdentity` (an unsigned call).
#[derive(Clone, PartialEq, Eq)]
pub struct WebIdentityRequest {
    /// `RoleArn`.
    pub role_arn: String,
    /// `RoleSessionName`.
    pub role_session_name: String,
    /// `WebIdentityToken` (redacted in `Debug`).
    pub web_identity_token: String,
    /// The region of the STS client.
    pub region: Option<String>,
}

impl fmt::Debug for WebIdentityRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WebIdentityRequest")
            .field("role_arn", &self.role_arn)
            .field("role_session_name", &self.role_session_name)
            .field("web_identity_token", &"** redacted **")
            .field("region", &self.region)
            .finish()
    }
}

/// Makes STS calls for the credential providers (the pipeline implements it:
/// [`crate::client::ClientCallers`]). Returned credentials should carry the response's
/// `Expiration`.
pub trait StsCaller: Send + Sync + fmt::Debug {
    /// `AssumeRole`, signed with `source`.
    fn assume_role(
        &self,
        source: Credentials,
        req: AssumeRoleRequest,
    ) -> BoxFuture<'_, Result<Credentials, CredentialsError>>;
    /// `AssumeRoleWithWebIdentity` (unsigned).
    fn assume_role_with_web_identity(
        &self,
        req: WebIdentityRequest,
    ) -> BoxFuture<'_, Result<Credentials, CredentialsError>>;
}

/// Makes the SSO `GetRoleCredentials` call (unsigned; bearer `access_token`); the
/// pipeline implements it ([`crate::client::ClientCallers`]).
pub trait SsoCaller: Send + Sync + fmt::Debug {
    /// `GetRoleCredentials` in `region` for `account_id` / `role_name`. Returned
    /// credentials should carry the response's expiration.
    fn get_role_credentials(
        &self,
        region: String,
        access_token: String,
        account_id: String,
        role_name: String,
    ) -> BoxFuture<'_, Result<Credentials, CredentialsError>>;
}

// ---------------------------------------------------------------------------------
// The default chain
// ---------------------------------------------------------------------------------

/// Everything the profile-, container- and IMDS-based providers need.
#[derive(Clone)]
pub struct ProviderContext {
    /// The loaded configuration (environment, profiles, explicit settings).
    pub shared: SharedConfig,
    /// The HTTP client of the container and instance-metadata requests (by default a
    /// small client of its own, built on first use).
    pub http: Arc<dyn HttpClient>,
    /// STS calls (assume role, web identity); without it those providers fail when configured.
    pub sts: Option<Arc<dyn StsCaller>>,
    /// SSO calls; without it the SSO provider fails when configured.
    pub sso: Option<Arc<dyn SsoCaller>>,
    /// Base URL for `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI` (`http://169.254.170.2`).
    pub container_base_url: String,
    /// Container metadata: per-attempt timeout (2 s), attempts (3), pause between (1 s).
    pub container_timeout: Duration,
    /// See `container_timeout`.
    pub container_attempts: u32,
    /// See `container_timeout`.
    pub container_retry_pause: Duration,
    /// How long `credential_process` may run (60 s).
    pub process_timeout: Duration,
    /// The SSO token cache directory (`~/.aws/sso/cache`).
    pub sso_cache_dir: Option<PathBuf>,
    /// The clock (for SSO token expiry and default session names).
    pub clock: Clock,
}

impl fmt::Debug for ProviderContext {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ProviderContext")
            .field("shared", &self.shared)
            .field("http", &self.http)
            .field("sts", &self.sts)
            .field("sso", &self.sso)
            .field("container_base_url", &self.container_base_url)
            .field("process_timeout", &self.process_timeout)
            .finish_non_exhaustive()
    }
}

impl ProviderContext {
    /// botocore's defaults for `shared`.
    pub fn new(shared: SharedConfig) -> ProviderContext {
        let sso_cache_dir = shared
            .env()
            .home_dir()
            .map(|h| h.join(".aws").join("sso").join("cache"));
        ProviderContext {
            shared,
            http: metadata::OnDemandClient::shared(),
            sts: None,
            sso: None,
            container_base_url: "http://169.254.170.2".to_string(),
            container_timeout: Duration::from_secs(2),
            container_attempts: 3,
            container_retry_pause: Duration::from_secs(1),
            process_timeout: Duration::from_secs(60),
            sso_cache_dir,
            clock: cache::system_clock(),
        }
    }

    fn region(&self) -> Option<String> {
        self.shared
            .explicit()
            .region_name
            .clone()
            .or_else(|| self.shared.raw(Some("AWS_DEFAULT_REGION"), "region"))
            .filter(|r| !r.is_empty())
    }
}

/// The providers of botocore's default chain for `ctx`, in order (without caching).
/// `explicit` credentials, when given, come first.
pub fn default_providers(
    ctx: Arc<ProviderContext>,
    explicit: Option<Credentials>,
) -> Vec<Arc<dyn ProvideCredentials>> {
    let profile = ctx.shared.profile_name().to_string();
    let mut v: Vec<Arc<dyn ProvideCredentials>> = Vec::new();
    if let Some(c) = explicit {
        v.push(Arc::new(StaticProvider(c)));
    }
    // An explicitly chosen profile disables the environment provider (botocore).
    if !ctx.shared.profile_explicit() {
        v.push(Arc::new(EnvProvider::new(ctx.shared.env().clone())));
    }
    v.push(Arc::new(AssumeRoleProvider::new(
        ctx.clone(),
        profile.clone(),
    )));
    v.extend(profile::profile_providers(
        &ctx,
        &profile,
        ctx.shared.profile_explicit(),
    ));
    v.push(Arc::new(ContainerProvider::new(ctx.clone())));
    v.push(Arc::new(ImdsProvider::new(ctx.clone())));
    v
}

/// botocore's default credential chain for `shared`, cached ([`CachingProvider`]).
///
/// `sts` and `sso` make the STS / SSO calls (the pipeline's
/// [`crate::client::ClientCallers`]); when `None`, a profile that needs them fails with a
/// clear error instead of being skipped. For more control (explicit credentials, test
/// endpoints, another HTTP client), build a [`ProviderContext`] and use [`cached_chain`],
/// or [`default_providers`] with [`ChainProvider`] and [`CachingProvider`].
pub fn default_chain(
    shared: &SharedConfig,
    sts: Option<Arc<dyn StsCaller>>,
    sso: Option<Arc<dyn SsoCaller>>,
) -> Arc<dyn ProvideCredentials> {
    let mut ctx = ProviderContext::new(shared.clone());
    ctx.sts = sts;
    ctx.sso = sso;
    cached_chain(ctx)
}

/// botocore's default chain for `ctx` ([`default_providers`]), cached with `ctx`'s clock.
pub fn cached_chain(ctx: ProviderContext) -> Arc<dyn ProvideCredentials> {
    let clock = ctx.clock.clone();
    let chain = ChainProvider::new(default_providers(Arc::new(ctx), None));
    Arc::new(CachingProvider::with_clock(Arc::new(chain), clock))
}

/// Parses a credentials expiry: ISO 8601, also with a `UTC` suffix (older AWS CLI SSO
/// caches), or epoch seconds.
pub(crate) fn parse_expiry(s: &str) -> Option<DateTime> {
    let t = s.trim();
    let t2;
    let t = if let Some(base) = t.strip_suffix("UTC") {
        t2 = format!("{}Z", base.trim_end());
        t2.as_str()
    } else {
        t
    };
    DateTime::parse_iso8601(t)
        .or_else(|_| DateTime::parse_epoch(t))
        .ok()
}

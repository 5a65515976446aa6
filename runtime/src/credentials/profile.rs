//! Profile-based providers: shared credentials file, config file, assume role, web
//! identity and SSO (botocore's `SharedCredentialProvider`, `ConfigProvider`,
//! `AssumeRoleProvider`, `AssumeRoleWithWebIdentityProvider`, `SSOProvider`).

use std::sync::Arc;

use super::{
    parse_expiry, AssumeRoleRequest, BoxFuture, ChainProvider, ContainerProvider, Credentials,
    CredentialsError, CredentialsErrorKind, EnvProvider, ImdsProvider, ProcessProvider,
    ProvideCredentials, ProviderContext, WebIdentityRequest,
};
use crate::config::profile::{self as pf, Section};

/// botocore's `ProfileProviderBuilder.providers`: web identity, SSO, shared credentials
/// file, process, config file — for `profile`.
pub(crate) fn profile_providers(
    ctx: &Arc<ProviderContext>,
    profile: &str,
    disable_env: bool,
) -> Vec<Arc<dyn ProvideCredentials>> {
    vec![
        Arc::new(WebIdentityProvider::new(ctx.clone(), profile, disable_env)),
        Arc::new(SsoProvider::new(ctx.clone(), profile)),
        Arc::new(SharedCredentialsProvider::new(ctx.clone(), profile)),
        Arc::new(ProcessProvider::new(ctx.clone(), profile)),
        Arc::new(ConfigFileProvider::new(ctx.clone(), profile)),
    ]
}

fn static_from_section(
    section: &Section,
    provider: &'static str,
) -> Result<Option<Credentials>, CredentialsError> {
    let Some(ak) = section.get_str("aws_access_key_id") else {
        return Ok(None);
    };
    let Some(sk) = section.get_str("aws_secret_access_key") else {
        return Err(CredentialsError::new(
            CredentialsErrorKind::Partial,
            provider,
            "aws_access_key_id is set but aws_secret_access_key is not",
        ));
    };
    let token = section
        .get_str("aws_security_token")
        .or_else(|| section.get_str("aws_session_token"))
        .map(str::to_string);
    Ok(Some(
        Credentials::new(ak, sk, token).with_provider(provider),
    ))
}

fn file_error(provider: &'static str, e: pf::ProfileFileError) -> CredentialsError {
    CredentialsError::new(CredentialsErrorKind::InvalidConfig, provider, e.to_string())
}

fn ready<T: Send + 'static>(v: T) -> BoxFuture<'static, T> {
    Box::pin(async move { v })
}

/// Static keys of a profile in the credentials file (`aws_access_key_id`,
/// `aws_secret_access_key`, `aws_security_token` or `aws_session_token`).
#[derive(Debug, Clone)]
pub struct SharedCredentialsProvider {
    ctx: Arc<ProviderContext>,
    profile: String,
}

impl SharedCredentialsProvider {
    /// The provider for `profile`.
    pub fn new(ctx: Arc<ProviderContext>, profile: impl Into<String>) -> SharedCredentialsProvider {
        SharedCredentialsProvider {
            ctx,
            profile: profile.into(),
        }
    }

    fn load(&self) -> Result<Credentials, CredentialsError> {
        const P: &str = "shared-credentials-file";
        let raw = pf::raw_config_parse(self.ctx.shared.credentials_file(), true)
            .map_err(|e| file_error(P, e))?;
        let section = raw.as_ref().and_then(|r| r.section(&self.profile));
        match section
            .map(|s| static_from_section(s, P))
            .transpose()?
            .flatten()
        {
            Some(c) => Ok(c),
            None => Err(CredentialsError::not_loaded(
                P,
                "no keys for the profile in the credentials file",
            )),
        }
    }
}

impl ProvideCredentials for SharedCredentialsProvider {
    fn provide(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        ready(self.load())
    }
}

/// Static keys of a profile in the config file.
#[derive(Debug, Clone)]
pub struct ConfigFileProvider {
    ctx: Arc<ProviderContext>,
    profile: String,
}

impl ConfigFileProvider {
    /// The provider for `profile`.
    pub fn new(ctx: Arc<ProviderContext>, profile: impl Into<String>) -> ConfigFileProvider {
        ConfigFileProvider {
            ctx,
            profile: profile.into(),
        }
    }

    fn load(&self) -> Result<Credentials, CredentialsError> {
        const P: &str = "config-file";
        let set = pf::load_config(self.ctx.shared.config_file()).map_err(|e| file_error(P, e))?;
        let section = set.as_ref().and_then(|s| s.profile(&self.profile));
        match section
            .map(|s| static_from_section(s, P))
            .transpose()?
            .flatten()
        {
            Some(c) => Ok(c),
            None => Err(CredentialsError::not_loaded(
                P,
                "no keys for the profile in the config file",
            )),
        }
    }
}

impl ProvideCredentials for ConfigFileProvider {
    fn provide(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        ready(self.load())
    }
}

fn default_session_name(ctx: &ProviderContext) -> String {
    format!("kumo-session-{}", (ctx.clock)().secs())
}

// ---------------------------------------------------------------------------------
// Web identity
// ---------------------------------------------------------------------------------

/// `AssumeRoleWithWebIdentity` from `AWS_WEB_IDENTITY_TOKEN_FILE` / `AWS_ROLE_ARN` /
/// `AWS_ROLE_SESSION_NAME` (skipped when env vars are disabled) or the profile's
/// `web_identity_token_file` / `role_arn` / `role_session_name`.
#[derive(Debug, Clone)]
pub struct WebIdentityProvider {
    ctx: Arc<ProviderContext>,
    profile: String,
    disable_env: bool,
}

impl WebIdentityProvider {
    /// The provider for `profile`; `disable_env` ignores the environment variables.
    pub fn new(
        ctx: Arc<ProviderContext>,
        profile: impl Into<String>,
        disable_env: bool,
    ) -> WebIdentityProvider {
        WebIdentityProvider {
            ctx,
            profile: profile.into(),
            disable_env,
        }
    }

    fn get(&self, env_var: &str, key: &str) -> Option<String> {
        if !self.disable_env {
            if let Some(v) = self.ctx.shared.env().var(env_var) {
                return Some(v);
            }
        }
        self.ctx
            .shared
            .profiles()
            .profile(&self.profile)
            .and_then(|p| p.get_str(key))
            .map(str::to_string)
    }

    async fn load(&self) -> Result<Credentials, CredentialsError> {
        const P: &str = "assume-role-with-web-identity";
        let Some(token_file) = self
            .get("AWS_WEB_IDENTITY_TOKEN_FILE", "web_identity_token_file")
            .filter(|t| !t.is_empty())
        else {
            return Err(CredentialsError::not_loaded(
                P,
                "no web identity token file configured",
            ));
        };
        let Some(role_arn) = self
            .get("AWS_ROLE_ARN", "role_arn")
            .filter(|r| !r.is_empty())
        else {
            return Err(CredentialsError::new(
                CredentialsErrorKind::InvalidConfig,
                P,
                "the profile or environment is configured to assume role with web identity but has no role ARN configured; set role_arn in the profile or AWS_ROLE_ARN",
            ));
        };
        let role_session_name = self
            .get("AWS_ROLE_SESSION_NAME", "role_session_name")
            .unwrap_or_else(|| default_session_name(&self.ctx));
        let Some(sts) = self.ctx.sts.clone() else {
            return Err(CredentialsError::new(
                CredentialsErrorKind::InvalidConfig,
                P,
                "web identity is configured but no STS client is available",
            ));
        };
        let token = std::fs::read_to_string(&token_file).map_err(|e| {
            CredentialsError::new(
                CredentialsErrorKind::Retrieval,
                P,
                format!(
                    "cannot read web identity token file {token_file}: {}",
                    e.kind()
                ),
            )
        })?;
        let req = WebIdentityRequest {
            role_arn,
            role_session_name,
            web_identity_token: token,
            region: self.ctx.region(),
        };
        Ok(sts
            .assume_role_with_web_identity(req)
            .await?
            .with_provider(P))
    }
}

impl ProvideCredentials for WebIdentityProvider {
    fn provide(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        Box::pin(self.load())
    }
}

// ---------------------------------------------------------------------------------
// Assume role
// ---------------------------------------------------------------------------------

const AR: &str = "assume-role";

/// `AssumeRole` for a profile with `role_arn` (and no `web_identity_token_file`),
/// sourcing credentials from `source_profile` (recursively, with loop detection) or
/// `credential_source` (`Environment`, `EcsContainer`, `Ec2InstanceMetadata`), passing
/// `role_session_name`, `external_id` and `duration_seconds`.
#[derive(Debug, Clone)]
pub struct AssumeRoleProvider {
    ctx: Arc<ProviderContext>,
    profile: String,
}

fn has_static(p: &Section) -> bool {
    p.contains("aws_secret_access_key") || p.contains("aws_access_key_id")
}

fn has_assume_role_vars(p: &Section) -> bool {
    p.contains("role_arn") && !p.contains("web_identity_token_file")
}

fn invalid(msg: impl Into<String>) -> CredentialsError {
    CredentialsError::new(CredentialsErrorKind::InvalidConfig, AR, msg)
}

impl AssumeRoleProvider {
    /// The provider for `profile`.
    pub fn new(ctx: Arc<ProviderContext>, profile: impl Into<String>) -> AssumeRoleProvider {
        AssumeRoleProvider {
            ctx,
            profile: profile.into(),
        }
    }

    fn assume(
        &self,
        name: String,
        mut visited: Vec<String>,
    ) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        Box::pin(async move {
            let profiles = self.ctx.shared.profiles().clone();
            let p = profiles
                .profile(&name)
                .ok_or_else(|| invalid(format!("the profile \"{name}\" does not exist")))?;
            let role_arn = p.get_str("role_arn").unwrap_or_default().to_string();
            let source_profile = p.get_str("source_profile").map(str::to_string);
            let credential_source = p.get_str("credential_source").map(str::to_string);
            let source = match (source_profile, credential_source) {
                (Some(_), Some(_)) => return Err(invalid(format!("the profile \"{name}\" contains both source_profile and credential_source"))),
                (None, None) => {
                    return Err(CredentialsError::new(
                        CredentialsErrorKind::Partial,
                        AR,
                        format!("the profile \"{name}\" has role_arn but neither source_profile nor credential_source"),
                    ))
                }
                (None, Some(cs)) => self.source_credentials(&cs, &name).await?,
                (Some(sp), None) => {
                    let Some(src) = profiles.profile(&sp) else {
                        return Err(invalid(format!("the source_profile \"{sp}\" referenced in the profile \"{name}\" does not exist")));
                    };
                    if visited.contains(&sp) && (sp != name || !has_static(src)) {
                        visited.push(sp);
                        return Err(CredentialsError::new(
                            CredentialsErrorKind::InfiniteLoop,
                            AR,
                            format!("infinite loop in credential configuration detected: {}", visited.join(" -> ")),
                        ));
                    }
                    visited.push(sp.clone());
                    self.profile_credentials(sp, visited).await?
                }
            };
            let Some(sts) = self.ctx.sts.clone() else {
                return Err(invalid(format!(
                    "the profile \"{name}\" assumes a role but no STS client is available"
                )));
            };
            let req = AssumeRoleRequest {
                role_arn,
                role_session_name: p
                    .get_str("role_session_name")
                    .map(str::to_string)
                    .unwrap_or_else(|| default_session_name(&self.ctx)),
                external_id: p.get_str("external_id").map(str::to_string),
                duration_seconds: p
                    .get_str("duration_seconds")
                    .and_then(|d| d.trim().parse().ok()),
                region: self.ctx.region(),
            };
            Ok(sts.assume_role(source, req).await?.with_provider(AR))
        })
    }

    async fn source_credentials(
        &self,
        source: &str,
        profile: &str,
    ) -> Result<Credentials, CredentialsError> {
        let provider: Arc<dyn ProvideCredentials> = match source {
            "Environment" => Arc::new(EnvProvider::new(self.ctx.shared.env().clone())),
            "EcsContainer" => Arc::new(ContainerProvider::new(self.ctx.clone())),
            "Ec2InstanceMetadata" => Arc::new(ImdsProvider::new(self.ctx.clone())),
            other => return Err(invalid(format!("the credential source \"{other}\" referenced in profile \"{profile}\" is not valid"))),
        };
        match provider.provide().await {
            Err(e) if e.is_not_loaded() => Err(CredentialsError::new(
                CredentialsErrorKind::Retrieval,
                AR,
                format!("no credentials found in credential_source {source} referenced in profile {profile}"),
            )),
            other => other,
        }
    }

    async fn profile_credentials(
        &self,
        name: String,
        visited: Vec<String>,
    ) -> Result<Credentials, CredentialsError> {
        let profiles = self.ctx.shared.profiles().clone();
        let p = profiles
            .profile(&name)
            .ok_or_else(|| invalid(format!("the profile \"{name}\" does not exist")))?;
        if has_static(p) || !has_assume_role_vars(p) {
            let chain = ChainProvider::new(profile_providers(&self.ctx, &name, true));
            return match chain.provide().await {
                Err(e) if e.is_not_loaded() => Err(invalid(format!(
                    "the source profile \"{name}\" must have credentials"
                ))),
                other => other,
            };
        }
        self.assume(name, visited).await
    }
}

impl ProvideCredentials for AssumeRoleProvider {
    fn provide(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        Box::pin(async move {
            let configured = self
                .ctx
                .shared
                .profiles()
                .profile(&self.profile)
                .map(has_assume_role_vars)
                .unwrap_or(false);
            if !configured {
                return Err(CredentialsError::not_loaded(
                    AR,
                    "the profile has no role_arn",
                ));
            }
            self.assume(self.profile.clone(), vec![self.profile.clone()])
                .await
        })
    }
}

// ---------------------------------------------------------------------------------
// SSO
// ---------------------------------------------------------------------------------

const SSO: &str = "sso";

/// IAM Identity Center: a profile with `sso_account_id` / `sso_role_name` and either
/// legacy `sso_start_url` / `sso_region` or an `sso_session` naming an
/// `[sso-session NAME]` section. The access token comes from the AWS CLI's cache
/// (`~/.aws/sso/cache/<sha1 of session name or start URL>.json`); an expired token is
/// an error asking for `aws sso login` (token refresh through SSO-OIDC is not done).
#[derive(Debug, Clone)]
pub struct SsoProvider {
    ctx: Arc<ProviderContext>,
    profile: String,
}

struct SsoSettings {
    start_url: String,
    region: String,
    account_id: String,
    role_name: String,
    session: Option<String>,
}

fn sso_err(kind: CredentialsErrorKind, msg: impl Into<String>) -> CredentialsError {
    CredentialsError::new(kind, SSO, msg)
}

impl SsoProvider {
    /// The provider for `profile`.
    pub fn new(ctx: Arc<ProviderContext>, profile: impl Into<String>) -> SsoProvider {
        SsoProvider {
            ctx,
            profile: profile.into(),
        }
    }

    /// The resolved SSO settings.
    fn settings(&self) -> Result<Option<SsoSettings>, CredentialsError> {
        let profiles = self.ctx.shared.profiles();
        let Some(p) = profiles.profile(&self.profile) else {
            return Ok(None);
        };
        if !p.contains("sso_role_name") && !p.contains("sso_account_id") {
            return Ok(None);
        }
        let mut merged: std::collections::BTreeMap<String, String> = p
            .iter()
            .filter_map(|(k, v)| v.value.as_str().map(|s| (k.to_string(), s.to_string())))
            .collect();
        let session = p.get_str("sso_session").map(str::to_string);
        if let Some(name) = &session {
            let Some(sess) = profiles.sso_sessions.get(name) else {
                return Err(sso_err(
                    CredentialsErrorKind::InvalidConfig,
                    format!("the specified sso-session does not exist: \"{name}\""),
                ));
            };
            for (k, prop) in sess.iter() {
                let Some(v) = prop.value.as_str() else {
                    continue;
                };
                if let Some(existing) = merged.get(k) {
                    if existing != v {
                        return Err(sso_err(
                            CredentialsErrorKind::InvalidConfig,
                            format!("the value for {k} is inconsistent between profile ({existing}) and sso-session ({v})"),
                        ));
                    }
                }
                merged.insert(k.to_string(), v.to_string());
            }
        }
        let required = [
            "sso_role_name",
            "sso_account_id",
            "sso_start_url",
            "sso_region",
        ];
        let missing: Vec<&str> = required
            .iter()
            .copied()
            .filter(|k| !merged.contains_key(*k))
            .collect();
        if !missing.is_empty() {
            return Err(sso_err(
                CredentialsErrorKind::InvalidConfig,
                format!("the profile \"{}\" is configured to use SSO but is missing required configuration: {}", self.profile, missing.join(", ")),
            ));
        }
        let g = |k: &str| merged.get(k).cloned().unwrap_or_default();
        Ok(Some(SsoSettings {
            start_url: g("sso_start_url"),
            region: g("sso_region"),
            account_id: g("sso_account_id"),
            role_name: g("sso_role_name"),
            session,
        }))
    }

    fn access_token(&self, cache_key: &str) -> Result<String, CredentialsError> {
        let missing = || {
            sso_err(
                CredentialsErrorKind::SsoToken,
                format!("error loading SSO token: token for {cache_key} does not exist"),
            )
        };
        let dir = self.ctx.sso_cache_dir.clone().ok_or_else(missing)?;
        let path = dir.join(format!("{}.json", sha1_hex(cache_key.as_bytes())));
        let bytes = std::fs::read(&path).map_err(|_| missing())?;
        let v: serde_json::Value = serde_json::from_slice(&bytes).map_err(|_| {
            sso_err(
                CredentialsErrorKind::Malformed,
                format!(
                    "the SSO token cache file {} is not valid JSON",
                    path.display()
                ),
            )
        })?;
        let (Some(token), Some(expires)) = (
            v.get("accessToken").and_then(|t| t.as_str()),
            v.get("expiresAt").and_then(|t| t.as_str()),
        ) else {
            return Err(sso_err(
                CredentialsErrorKind::Malformed,
                format!(
                    "the SSO token cache file {} lacks accessToken or expiresAt",
                    path.display()
                ),
            ));
        };
        let expiry = parse_expiry(expires).ok_or_else(|| {
            sso_err(
                CredentialsErrorKind::Malformed,
                "the cached SSO token's expiresAt is not a timestamp",
            )
        })?;
        if expiry.as_secs_f64() <= (self.ctx.clock)().as_secs_f64() {
            return Err(sso_err(
                CredentialsErrorKind::SsoToken,
                "the SSO session associated with this profile has expired or is otherwise invalid; to refresh this SSO session run `aws sso login` with the corresponding profile",
            ));
        }
        Ok(token.to_string())
    }

    async fn load(&self) -> Result<Credentials, CredentialsError> {
        let Some(SsoSettings {
            start_url,
            region,
            account_id,
            role_name,
            session,
        }) = self.settings()?
        else {
            return Err(CredentialsError::not_loaded(
                SSO,
                "the profile is not configured for SSO",
            ));
        };
        let key = session.as_deref().unwrap_or(&start_url);
        let token = self.access_token(key)?;
        let Some(sso) = self.ctx.sso.clone() else {
            return Err(sso_err(
                CredentialsErrorKind::InvalidConfig,
                "the profile uses SSO but no SSO client is available",
            ));
        };
        Ok(sso
            .get_role_credentials(region, token, account_id, role_name)
            .await?
            .with_provider(SSO))
    }
}

impl ProvideCredentials for SsoProvider {
    fn provide(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        Box::pin(self.load())
    }
}

/// The lowercase hex SHA-1 of `data` (the SSO token cache's file names).
pub(crate) fn sha1_hex(data: &[u8]) -> String {
    let digest = ring::digest::digest(&ring::digest::SHA1_FOR_LEGACY_USE_ONLY, data);
    digest.as_ref().iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::sha1_hex;

    /// FIPS 180 test vectors: the cache file names are ring's SHA-1 in lowercase hex.
    #[test]
    fn sha1_hex_fips_vectors() {
        assert_eq!(sha1_hex(b""), "da39a3ee5e6b4b0d3255bfef95601890afd80709");
        assert_eq!(sha1_hex(b"abc"), "a9993e364706816aba3e25717850c26c9cd0d89d");
        assert_eq!(
            sha1_hex(b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "84983e441c3bd26ebaae4aa1f95129e5e54670f1"
        );
    }
}

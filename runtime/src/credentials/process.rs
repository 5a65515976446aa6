//! `credential_process` (botocore's `ProcessProvider`): runs the profile's command
//! (split like `shlex.split`, no shell) and reads Version 1 JSON from its stdout.

use std::process::Stdio;
use std::sync::Arc;

use super::{
    parse_expiry, BoxFuture, Credentials, CredentialsError, CredentialsErrorKind,
    ProvideCredentials, ProviderContext,
};
use crate::config::profile::shlex_split;

const P: &str = "custom-process";

/// Runs the `credential_process` of a profile (not loaded when the profile has none).
/// A non-zero exit, unparsable output, a `Version` other than 1, a missing key or a
/// run longer than [`ProviderContext::process_timeout`] are errors.
#[derive(Debug, Clone)]
pub struct ProcessProvider {
    ctx: Arc<ProviderContext>,
    profile: String,
}

fn err(kind: CredentialsErrorKind, msg: impl Into<String>) -> CredentialsError {
    CredentialsError::new(kind, P, msg)
}

impl ProcessProvider {
    /// The provider for `profile`.
    pub fn new(ctx: Arc<ProviderContext>, profile: impl Into<String>) -> ProcessProvider {
        ProcessProvider {
            ctx,
            profile: profile.into(),
        }
    }

    async fn load(&self) -> Result<Credentials, CredentialsError> {
        let Some(command) = self
            .ctx
            .shared
            .profiles()
            .profile(&self.profile)
            .and_then(|p| p.get_str("credential_process"))
            .map(str::to_string)
        else {
            return Err(CredentialsError::not_loaded(
                P,
                "no credential_process in the profile",
            ));
        };
        let argv = shlex_split(&command).ok_or_else(|| {
            err(
                CredentialsErrorKind::InvalidConfig,
                "credential_process has unbalanced quotes",
            )
        })?;
        let Some((program, args)) = argv.split_first() else {
            return Err(err(
                CredentialsErrorKind::InvalidConfig,
                "credential_process is empty",
            ));
        };
        let child = tokio::process::Command::new(program)
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .map_err(|e| {
                err(
                    CredentialsErrorKind::Retrieval,
                    format!("cannot run credential_process {program:?}: {}", e.kind()),
                )
            })?;
        let out = tokio::time::timeout(self.ctx.process_timeout, child.wait_with_output())
            .await
            .map_err(|_| {
                err(
                    CredentialsErrorKind::Timeout,
                    format!(
                        "credential_process did not finish within {:?}",
                        self.ctx.process_timeout
                    ),
                )
            })?
            .map_err(|e| {
                err(
                    CredentialsErrorKind::Retrieval,
                    format!("credential_process failed: {}", e.kind()),
                )
            })?;
        if !out.status.success() {
            let stderr = String::from_utf8_lossy(&out.stderr);
            let stderr: String = stderr.trim().chars().take(1000).collect();
            return Err(err(
                CredentialsErrorKind::Retrieval,
                format!("credential_process exited with {}: {stderr}", out.status),
            ));
        }
        parse_process_output(&out.stdout)
    }
}

pub(crate) fn parse_process_output(stdout: &[u8]) -> Result<Credentials, CredentialsError> {
    let v: serde_json::Value = serde_json::from_slice(stdout).map_err(|_| {
        err(
            CredentialsErrorKind::Malformed,
            "credential_process output is not valid JSON",
        )
    })?;
    match v.get("Version") {
        Some(ver) if ver.as_i64() == Some(1) => {}
        Some(ver) => {
            return Err(err(
                CredentialsErrorKind::Retrieval,
                format!("unsupported version '{ver}' for credential process provider, supported versions: 1"),
            ))
        }
        None => {
            return Err(err(
                CredentialsErrorKind::Retrieval,
                "unsupported version '<Version key not provided>' for credential process provider, supported versions: 1",
            ))
        }
    }
    let req = |k: &str| {
        v.get(k)
            .and_then(|x| x.as_str())
            .map(str::to_string)
            .ok_or_else(|| {
                err(
                    CredentialsErrorKind::Retrieval,
                    format!("missing required key in response: '{k}'"),
                )
            })
    };
    let opt = |k: &str| v.get(k).and_then(|x| x.as_str()).map(str::to_string);
    let expiry = match opt("Expiration") {
        Some(e) => Some(parse_expiry(&e).ok_or_else(|| {
            err(
                CredentialsErrorKind::Malformed,
                "credential_process Expiration is not a timestamp",
            )
        })?),
        None => None,
    };
    Ok(Credentials::new(
        req("AccessKeyId")?,
        req("SecretAccessKey")?,
        opt("SessionToken"),
    )
    .with_expiry(expiry)
    .with_provider(P))
}

impl ProvideCredentials for ProcessProvider {
    fn provide(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        Box::pin(self.load())
    }
}

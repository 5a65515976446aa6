//! Loading: [`ConfigLoader`] picks the profile and the file paths and reads the shared
//! config and credentials files once, merged as botocore's `Session.full_config` does;
//! the result, [`SharedConfig`], is what every client's settings are resolved from
//! (botocore's `Session` with its `ConfigValueStore`).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::env::{expand_path, nonempty, Env};
use super::error::ConfigError;
use super::explicit::Config;
use super::profile::{self, ProfileSet, Section};
use super::settings::{Setting, CONFIG_FILE, CREDENTIALS_FILE, PROFILE};

/// Loads the shared files once; [`SharedConfig::client_config`] then resolves the
/// settings of a client.
#[derive(Debug)]
pub struct ConfigLoader {
    env: Arc<dyn Env>,
    config: Config,
}

impl ConfigLoader {
    /// A loader reading `env`.
    pub fn new(env: Arc<dyn Env>) -> ConfigLoader {
        ConfigLoader {
            env,
            config: Config::default(),
        }
    }

    /// Sets the explicit configuration.
    pub fn config(mut self, config: Config) -> ConfigLoader {
        self.config = config;
        self
    }

    /// Resolves the profile name and file paths and reads both files (missing files are
    /// skipped). Errors: a file that does not parse, or a named profile that exists in
    /// neither file.
    pub fn load(self) -> Result<SharedConfig, ConfigError> {
        let env = self.env;
        let explicit_profile = self.config.profile_name.clone();
        let profile = explicit_profile
            .clone()
            .or_else(|| PROFILE.env.iter().find_map(|v| nonempty(env.var(v))))
            .unwrap_or_else(|| "default".to_string());
        let path = |explicit: &Option<PathBuf>, setting: &Setting, default: &str| {
            let raw = match explicit {
                Some(p) => p.to_string_lossy().into_owned(),
                None => env
                    .var(setting.env[0])
                    .unwrap_or_else(|| default.to_string()),
            };
            expand_path(&raw, env.as_ref())
        };
        let config_file = path(&self.config.config_file, &CONFIG_FILE, "~/.aws/config");
        let credentials_file = path(
            &self.config.credentials_file,
            &CREDENTIALS_FILE,
            "~/.aws/credentials",
        );
        let mut profiles = profile::load_config(&config_file)?.unwrap_or_default();
        if let Some(creds) = profile::raw_config_parse(&credentials_file, true)? {
            profiles.merge_credentials_file(&creds);
        }
        if profile != "default" && !profiles.profiles.contains_key(&profile) {
            return Err(ConfigError::ProfileNotFound(profile));
        }
        Ok(SharedConfig {
            env,
            config: self.config,
            profile_name: profile,
            profile_explicit: explicit_profile.is_some(),
            profiles: Arc::new(profiles),
            config_file,
            credentials_file,
        })
    }
}

/// The loaded shared configuration: explicit settings, environment, and the merged
/// profiles of the config and credentials files.
#[derive(Clone, Debug)]
pub struct SharedConfig {
    pub(super) env: Arc<dyn Env>,
    pub(super) config: Config,
    pub(super) profile_name: String,
    profile_explicit: bool,
    pub(super) profiles: Arc<ProfileSet>,
    pub(super) config_file: PathBuf,
    pub(super) credentials_file: PathBuf,
}

impl SharedConfig {
    /// The environment.
    pub fn env(&self) -> &Arc<dyn Env> {
        &self.env
    }
    /// The explicit configuration.
    pub fn explicit(&self) -> &Config {
        &self.config
    }
    /// The active profile name.
    pub fn profile_name(&self) -> &str {
        &self.profile_name
    }
    /// Whether the profile was set explicitly (then env-var credentials are skipped).
    pub fn profile_explicit(&self) -> bool {
        self.profile_explicit
    }
    /// All profiles (config file merged with credentials file), sso-sessions, services.
    pub fn profiles(&self) -> &Arc<ProfileSet> {
        &self.profiles
    }
    /// The active profile's section, if it exists.
    pub fn profile(&self) -> Option<&Section> {
        self.profiles.profile(&self.profile_name)
    }
    /// The config file path.
    pub fn config_file(&self) -> &Path {
        &self.config_file
    }
    /// The credentials file path.
    pub fn credentials_file(&self) -> &Path {
        &self.credentials_file
    }
}

//! Client configuration: environment, profiles and defaults (botocore's `config.py`,
//! `configprovider.py`, `args.py`).
//!
//! Every setting resolves in botocore's order: an explicit value in [`Config`] wins,
//! then the environment, then the active profile of the shared config file (merged
//! with the credentials file, as botocore's `Session.full_config`), then the default.
//! The environment is read through the [`Env`] trait so tests never touch the process
//! environment.
//!
//! ```no_run
//! use std::sync::Arc;
//! use kumo_runtime::config::{Config, ConfigLoader, ProcessEnv};
//! let shared = ConfigLoader::new(Arc::new(ProcessEnv))
//!     .config(Config::new().region_name("eu-west-1"))
//!     .load()?;
//! let client_config = shared.client_config("DynamoDB")?;
//! # Ok::<(), kumo_runtime::config::ConfigError>(())
//! ```
//!
//! The parts, each in its own file (all public items are re-exported here):
//! - `env.rs` — [`Env`], [`ProcessEnv`], [`MapEnv`], [`expand_path`];
//! - [`profile`] — the INI files: parsing, profiles, `sso-session` and `services`
//!   sections;
//! - `settings.rs` — the settings table (environment variable and profile key of every
//!   setting), [`ConfigSource`], the precedence lookups;
//! - `values.rs` — the enumerated values ([`DefaultsMode`], [`ChecksumMode`], …);
//! - `explicit.rs` — [`Config`] (botocore's `Config` + `boto3.client` arguments),
//!   [`S3Config`], [`ProxyMap`];
//! - `resolved.rs` — [`ClientConfig`], [`ImdsConfig`];
//! - `defaults_mode.rs` — `defaults_mode` and `sdk-default-configuration.json`
//!   ([`mode_defaults`]);
//! - `loader.rs` — [`ConfigLoader`] and [`SharedConfig`];
//! - `resolve/` — one resolver per area (region and endpoint, retries, HTTP, S3,
//!   request bodies, user agent, signing, IMDS) and [`SharedConfig::client_config`],
//!   which assembles them;
//! - `error.rs` — [`ConfigError`].
//!
//! Types owned by lower layers are resolved into, not copied: the retry settings are
//! [`crate::retry::RetryMode`] / [`crate::retry::RetryConfig`], the proxies are
//! [`crate::http::Proxies`] and [`crate::http::ProxiesConfig`], the client certificate
//! [`crate::http::ClientCert`] (re-exported here as [`RetryMode`], [`RetryConfig`],
//! [`Proxies`], [`ProxiesConfig`], [`ClientCert`]).

mod defaults_mode;
mod env;
mod error;
mod explicit;
mod loader;
pub mod profile;
mod resolve;
mod resolved;
mod settings;
mod values;

pub use defaults_mode::{mode_defaults, ModeDefaults};
pub use env::{expand_path, Env, MapEnv, ProcessEnv};
pub use error::ConfigError;
pub use explicit::{Config, ProxyMap, S3Config};
pub use loader::{ConfigLoader, SharedConfig};
pub use resolve::service_id_snake;
pub use resolved::{ClientConfig, ImdsConfig};
pub use settings::{ensure_boolean, ConfigSource};
pub use values::{
    AccountIdEndpointMode, AddressingStyle, ChecksumMode, DefaultsMode, EndpointDiscovery,
    ImdsEndpointMode, SignatureVersion, StsRegionalEndpoints, UNSIGNED,
};

pub use crate::http::{ClientCert, Proxies, ProxiesConfig};
pub use crate::retry::{RetryConfig, RetryMode};

#[cfg(test)]
pub(crate) mod tests;

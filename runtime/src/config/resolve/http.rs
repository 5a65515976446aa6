//! HTTP settings: what botocore's `EndpointCreator.create_endpoint` receives — connect and
//! read timeouts, the pool size, proxies (`proxies` and `proxies_config`), TLS
//! verification and CA bundle, the client certificate, and TCP keep-alive.

use std::path::PathBuf;
use std::time::Duration;

use crate::config::defaults_mode::ModeDefaults;
use crate::config::env::expand_path;
use crate::config::loader::SharedConfig;
use crate::config::settings::{
    CA_BUNDLE, PROXY_CA_BUNDLE, PROXY_CLIENT_CERT, PROXY_USE_FORWARDING_FOR_HTTPS, TCP_KEEPALIVE,
};
use crate::http::{ClientCert, Proxies, ProxiesConfig};

/// botocore's `DEFAULT_TIMEOUT` for both connect and read.
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);
/// botocore's `MAX_POOL_CONNECTIONS`.
const MAX_POOL_CONNECTIONS: usize = 10;

/// The HTTP part of a [`ClientConfig`](crate::config::ClientConfig).
pub(super) struct HttpSettings {
    pub(super) connect_timeout: Duration,
    pub(super) read_timeout: Duration,
    pub(super) max_pool_connections: usize,
    pub(super) proxies: Proxies,
    pub(super) proxies_config: ProxiesConfig,
    pub(super) verify_tls: bool,
    pub(super) ca_bundle: Option<PathBuf>,
    pub(super) client_cert: Option<ClientCert>,
    pub(super) tcp_keepalive: bool,
}

impl SharedConfig {
    pub(super) fn http_settings(&self, md: &ModeDefaults) -> HttpSettings {
        let c = &self.config;
        HttpSettings {
            connect_timeout: c
                .connect_timeout
                .or(md.connect_timeout)
                .unwrap_or(DEFAULT_TIMEOUT),
            read_timeout: c.read_timeout.unwrap_or(DEFAULT_TIMEOUT),
            max_pool_connections: c.max_pool_connections.unwrap_or(MAX_POOL_CONNECTIONS),
            proxies: self.proxies(),
            proxies_config: self.proxies_config(),
            verify_tls: c.verify.unwrap_or(true),
            ca_bundle: self.ca_bundle(),
            client_cert: c.client_cert.clone(),
            tcp_keepalive: self.flag(c.tcp_keepalive, &TCP_KEEPALIVE),
        }
    }

    /// The explicit CA bundle, else `AWS_CA_BUNDLE` / profile `ca_bundle` with `~` and
    /// `$VAR` expanded.
    fn ca_bundle(&self) -> Option<PathBuf> {
        match &self.config.ca_bundle {
            Some(p) => Some(p.clone()),
            None => self
                .lookup(&CA_BUNDLE)
                .map(|(v, _)| expand_path(&v, self.env.as_ref())),
        }
    }

    /// An explicit `proxies` dict (its `http` / `https` keys, no `NO_PROXY`: botocore's
    /// `EndpointCreator` then skips `get_environ_proxies` altogether), else the
    /// environment's proxies (through [`Proxies::from_vars`], lower-case names first as in
    /// Python's `urllib`).
    fn proxies(&self) -> Proxies {
        match &self.config.proxies {
            Some(explicit) => Proxies {
                http: explicit.get("http").cloned(),
                https: explicit.get("https").cloned(),
                no_proxy: Vec::new(),
            },
            None => Proxies::from_vars(|name| self.env.var(name)),
        }
    }

    fn proxies_config(&self) -> ProxiesConfig {
        let c = &self.config;
        let path = |explicit: &Option<PathBuf>, setting| {
            explicit
                .clone()
                .or_else(|| self.lookup(setting).map(|(v, _)| PathBuf::from(v)))
        };
        ProxiesConfig {
            proxy_ca_bundle: path(&c.proxy_ca_bundle, &PROXY_CA_BUNDLE),
            proxy_client_cert: c.proxy_client_cert.clone().or_else(|| {
                self.lookup(&PROXY_CLIENT_CERT)
                    .map(|(v, _)| ClientCert::combined(v))
            }),
            proxy_use_forwarding_for_https: c
                .proxy_use_forwarding_for_https
                .or_else(|| self.lookup_flag(&PROXY_USE_FORWARDING_FOR_HTTPS))
                .unwrap_or(false),
        }
    }
}

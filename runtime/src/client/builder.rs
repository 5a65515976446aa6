//! [`Builder`]: configuration, HTTP client, credentials, retry strategy and endpoint
//! rule set, wired into a [`Handle`] (or a service's `Client`, through [`FromHandle`]).
//!
//! Configuration is resolved here once per client (explicit > environment > profile >
//! defaults, [`crate::config`]); credentials are looked up on the first call, not here.
//! The default credential chain gets an HTTP client of its own: credential fetches
//! never wait for a connection of the client's pool (whose connections may all be held
//! by streamed response bodies while credentials need refreshing).

use std::fmt;
use std::marker::PhantomData;
use std::sync::Arc;
use std::time::Duration;

use super::{default_chain_with_clients, Handle, Inner};
use crate::auth::sigv4::ClockSkew;
use crate::config::{ClientConfig, Config, ConfigError, ConfigLoader, Env, ProcessEnv};
use crate::credentials::{Credentials, ProvideCredentials, StaticProvider};
use crate::customizations;
use crate::endpoint::RuleSet;
use crate::error::{SdkError, SdkErrorKind};
use crate::http::{HttpClient, HttpSettings, HyperClient, Proxies};
use crate::operation::Service;
use crate::retry::{Jitter, RetryStrategy, ServiceIds};

const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Connections of the HTTP client the default credential chain uses (STS, SSO,
/// container and instance metadata calls): they run one at a time per chain.
const CREDENTIAL_POOL_CONNECTIONS: usize = 2;

/// The default of [`Builder::max_response_body_size`]: 100 MiB.
pub const DEFAULT_MAX_RESPONSE_BODY_SIZE: u64 = 100 * 1024 * 1024;

/// What a [`Builder`] builds: a [`Handle`], or a service's `Client` wrapping one.
pub trait FromHandle {
    /// Wraps a built handle.
    fn from_handle(handle: Handle) -> Self;
}

impl FromHandle for Handle {
    fn from_handle(handle: Handle) -> Self {
        handle
    }
}

/// Builds a [`Handle`] (or, with `C`, a service's `Client`): configuration, and
/// optionally credentials and an HTTP client.
pub struct Builder<C = Handle> {
    service: &'static Service,
    config: Config,
    env: Option<Arc<dyn Env>>,
    http: Option<Arc<dyn HttpClient>>,
    credentials_http: Option<Arc<dyn HttpClient>>,
    credentials: Option<Arc<dyn ProvideCredentials>>,
    operation_timeout: Option<Duration>,
    token: Option<crate::auth::bearer::Token>,
    retry_jitter: Option<Arc<dyn Jitter>>,
    max_response_body: u64,
    endpoint_builtins: Option<crate::endpoint::Params>,
    client: PhantomData<fn() -> C>,
}

impl<C> fmt::Debug for Builder<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Builder")
            .field("service", &self.service.name)
            .finish_non_exhaustive()
    }
}

impl<C: FromHandle> Builder<C> {
    /// A builder for `service` with configuration from the environment and profile.
    pub fn new(service: &'static Service) -> Builder<C> {
        Builder {
            service,
            config: Config::new(),
            env: None,
            http: None,
            credentials_http: None,
            credentials: None,
            operation_timeout: None,
            token: None,
            retry_jitter: None,
            max_response_body: DEFAULT_MAX_RESPONSE_BODY_SIZE,
            endpoint_builtins: None,
            client: PhantomData,
        }
    }
    /// Explicit configuration (botocore's `Config` plus `boto3.client` arguments); it wins
    /// over environment variables and the profile.
    pub fn config(mut self, config: Config) -> Builder<C> {
        self.config = config;
        self
    }
    /// Reads the environment through `env` instead of the process environment.
    pub fn env(mut self, env: Arc<dyn Env>) -> Builder<C> {
        self.env = Some(env);
        self
    }
    /// Sends requests through `http` (a test client, or a shared one). The default
    /// credential chain does not use it (see [`Builder::credentials_http_client`]).
    pub fn http_client(mut self, http: Arc<dyn HttpClient>) -> Builder<C> {
        self.http = Some(http);
        self
    }
    /// Sends the default credential chain's requests (STS, SSO, container and instance
    /// metadata) through `http`. Without it the chain gets a small client of its own,
    /// configured like the client's (timeouts, TLS), so credential fetches never wait for
    /// a connection of the client's pool.
    pub fn credentials_http_client(mut self, http: Arc<dyn HttpClient>) -> Builder<C> {
        self.credentials_http = Some(http);
        self
    }
    /// Uses these credentials instead of the provider chain.
    pub fn credentials(mut self, credentials: Credentials) -> Builder<C> {
        self.credentials = Some(Arc::new(StaticProvider(credentials)));
        self
    }
    /// Uses this credentials provider instead of the default chain.
    pub fn credentials_provider(mut self, provider: Arc<dyn ProvideCredentials>) -> Builder<C> {
        self.credentials = Some(provider);
        self
    }
    /// The bearer token for services that authenticate with one (`smithy.api#httpBearerAuth`).
    pub fn token(mut self, token: crate::auth::bearer::Token) -> Builder<C> {
        self.token = Some(token);
        self
    }
    /// A limit on a whole call, all attempts and backoff included (botocore has none).
    pub fn operation_timeout(mut self, timeout: Duration) -> Builder<C> {
        self.operation_timeout = Some(timeout);
        self
    }
    /// The largest response body read into memory, in bytes: every non-streaming output
    /// and every error response (streaming outputs such as S3 `GetObject`'s body are never
    /// buffered and have no limit). Default [`DEFAULT_MAX_RESPONSE_BODY_SIZE`] (100 MiB).
    /// A larger body fails the call with [`SdkErrorKind::ResponseTooLarge`], at once when
    /// its `Content-Length` says so (nothing is read), and is not retried. A Kumo
    /// extension: botocore reads any size.
    pub fn max_response_body_size(mut self, bytes: u64) -> Builder<C> {
        self.max_response_body = bytes;
        self
    }
    /// The source of the random factor in retry backoff delays (default: `fastrand`, as
    /// botocore uses `random.random()`). Meant for tests that need exact delays: a constant
    /// `Arc::new(|| 0.5)` makes every standard-mode backoff half of its cap (25 ms, 50 ms, …
    /// for a 5xx; 500 ms for throttling). The source should return numbers in `[0, 1)`.
    pub fn retry_jitter(mut self, jitter: Arc<dyn Jitter>) -> Builder<C> {
        self.retry_jitter = Some(jitter);
        self
    }

    /// The endpoint rule set's built-in parameters exactly as given, keyed by built-in name
    /// (`AWS::Region`, `SDK::Endpoint`, `AWS::S3::ForcePathStyle`, …): they replace every
    /// value the configuration and botocore's customizations would give the built-ins; a
    /// built-in not in the map is unset. This is what botocore's endpoint tests do with a
    /// last `before-endpoint-resolution` handler; meant for tests of the rule sets.
    pub fn endpoint_builtins(mut self, builtins: crate::endpoint::Params) -> Builder<C> {
        self.endpoint_builtins = Some(builtins);
        self
    }

    /// Resolves the configuration and builds the client. Credentials are looked up on
    /// the first call, not here.
    pub fn build(self) -> Result<C, SdkError> {
        let env = self.env.unwrap_or_else(|| Arc::new(ProcessEnv));
        let shared = ConfigLoader::new(env.clone())
            .config(self.config)
            .load()
            .map_err(config_err)?;
        let mut config = shared.client_config_for(self.service).map_err(config_err)?;
        if config.region.is_none() && !customizations::resolves_without_region(self.service) {
            return Err(config_err(ConfigError::NoRegion {
                service: self.service.endpoint_prefix,
            }));
        }
        let settings = http_settings(&config);
        let (http, own): (Arc<dyn HttpClient>, Option<HyperClient>) = match self.http {
            Some(h) => (h, None),
            None => {
                let hyper = HyperClient::new(&settings).map_err(SdkError::from)?;
                (Arc::new(hyper.clone()), Some(hyper))
            }
        };
        let credentials = match self.credentials {
            Some(c) => c,
            None => {
                let cred_http = match self.credentials_http {
                    Some(h) => h,
                    None => {
                        let proxies = Proxies::from_vars(|name| env.var(name));
                        credential_http(&settings, proxies, own.as_ref())?
                    }
                };
                default_chain_with_clients(&shared, cred_http)
            }
        };
        let ids = ServiceIds {
            service_name: self.service.name,
            endpoint_prefix: self.service.endpoint_prefix,
            service_id: self.service.service_id,
        };
        let mut retry = RetryStrategy::new(config.retry, ids)
            .map_err(|e| SdkError::new(SdkErrorKind::Config, e.to_string()))?;
        if let Some(jitter) = self.retry_jitter {
            retry = retry.with_jitter(jitter);
        }
        // What the client reports is what it does: the attempts the strategy makes, its
        // mode's and the service's default applied (DynamoDB: 4 in standard mode, 10 in
        // legacy), where botocore's `meta.config.retries` leaves them out.
        config.retry.total_max_attempts = Some(retry.max_attempts());
        let rules = if self.service.rule_set.is_empty() {
            None
        } else {
            Some(RuleSet::parse(self.service.rule_set).map_err(SdkError::from)?)
        };
        let user_agent = user_agent(self.service, &config);
        let handle = Handle {
            inner: Arc::new(Inner {
                service: self.service,
                shared,
                config,
                http,
                credentials,
                retry,
                rules,
                skew: ClockSkew::default(),
                user_agent,
                operation_timeout: self.operation_timeout,
                token: self.token,
                max_response_body: self.max_response_body,
                endpoint_builtins: self.endpoint_builtins,
            }),
        };
        Ok(C::from_handle(handle))
    }
}

/// A configuration error as the builder reports it: a refused setting is
/// [`SdkErrorKind::Unsupported`], anything else [`SdkErrorKind::Config`]; the
/// [`ConfigError`] is the source, for callers that want the setting's name.
fn config_err(e: ConfigError) -> SdkError {
    let kind = match e {
        ConfigError::Unsupported { .. } => SdkErrorKind::Unsupported,
        _ => SdkErrorKind::Config,
    };
    SdkError::new(kind, e.to_string()).with_source(e)
}

/// The HTTP settings of the client's own [`HyperClient`] (botocore's `Config` HTTP
/// options): every field is set from the resolved configuration, none defaulted.
fn http_settings(config: &ClientConfig) -> HttpSettings {
    HttpSettings {
        connect_timeout: Some(config.connect_timeout),
        read_timeout: Some(config.read_timeout),
        max_pool_connections: config.max_pool_connections,
        proxies: config.proxies.clone(),
        proxies_config: config.proxies_config.clone(),
        ca_bundle: config.ca_bundle.clone(),
        client_cert: config.client_cert.clone(),
        verify: config.verify_tls,
        tcp_keepalive: config.tcp_keepalive,
    }
}

/// The default credential chain's own HTTP client: the client's settings with a pool of
/// [`CREDENTIAL_POOL_CONNECTIONS`], sharing the client's TLS configuration when the client
/// built its own [`HyperClient`]. Its proxies are the environment's (`HTTP_PROXY`,
/// `HTTPS_PROXY`, `NO_PROXY`), not the client's `proxies` / `proxies_config`: botocore's
/// IMDS fetcher uses `get_environ_proxies`, and the STS / SSO clients of its providers
/// are made without the caller's `Config`.
fn credential_http(
    settings: &HttpSettings,
    proxies: Proxies,
    own: Option<&HyperClient>,
) -> Result<Arc<dyn HttpClient>, SdkError> {
    let settings = HttpSettings {
        max_pool_connections: CREDENTIAL_POOL_CONNECTIONS,
        proxies,
        proxies_config: Default::default(),
        ..settings.clone()
    };
    let client = match own {
        Some(c) => c.sibling(&settings),
        None => HyperClient::new(&settings),
    };
    Ok(Arc::new(client.map_err(SdkError::from)?))
}

fn user_agent(service: &Service, config: &ClientConfig) -> String {
    if let Some(ua) = &config.user_agent {
        return ua.clone();
    }
    let api = service.service_id.replace(' ', "_").to_ascii_lowercase();
    let mut ua = format!(
        "kumo/{VERSION} ua/2.1 os/{} lang/rust api/{api}#{VERSION}",
        std::env::consts::OS
    );
    if let Some(app) = &config.user_agent_appid {
        ua.push_str(" app/");
        ua.push_str(app);
    }
    if let Some(extra) = &config.user_agent_extra {
        ua.push(' ');
        ua.push_str(extra);
    }
    ua
}

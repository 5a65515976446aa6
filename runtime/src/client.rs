//! The request pipeline: serialize → resolve endpoint → sign → send → retry → parse.
//!
//! A generated `Client` holds a [`Handle`]; each operation method is one call to
//! [`Handle::invoke`] with the operation's static metadata. Everything below is
//! written once, for every service:
//!
//! 1. [`crate::validate`] checks required members (botocore's `ParamValidationError`);
//! 2. [`crate::protocol::serialize`] builds the request path, query, headers and body;
//! 3. [`crate::endpoint`] resolves the endpoint from the service's rule set, with
//!    parameters from config, `staticContextParams` and `contextParam` input members;
//! 4. per attempt: [`crate::auth`] signs (SigV4 / bearer / none) with fresh
//!    credentials, [`crate::http`] sends, and [`crate::retry`] decides what happens next;
//! 5. [`crate::protocol::parse_output`] or [`crate::protocol::parse_error`] reads the answer.

use std::fmt;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http::header::{HeaderName, HeaderValue};

use crate::auth::sigv4::{self, ClockSkew, PayloadHash, SigningParams, SigningSettings};
use crate::body::Body;
use crate::config::{ClientConfig, Config, ConfigLoader, Env, ProcessEnv, SharedConfig};
use crate::credentials::{
    default_chain_with_clients, Credentials, ProvideCredentials, StaticProvider,
};
use crate::data::{Get, Struct};
use crate::endpoint::{self, builtins, Params, RuleSet, Value};
use crate::error::{Error, ErrorMeta, OperationError, SdkError, SdkErrorKind, ServiceError};
use crate::http::{HttpClient, HttpError, HttpErrorKind, HttpSettings, HyperClient};
use crate::operation::{op_flags, AuthScheme, Operation, ParamValue, Service};
use crate::retry::{
    AttemptOutcome, Jitter, ModeledError, RetryConfig, RetryDecision, RetryMode as StrategyMode,
    RetryStrategy, ServiceIds, TransportError, TransportErrorKind,
};
use crate::types::DateTime;

const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Builds a [`Handle`]: configuration, and optionally credentials and an HTTP client.
pub struct Builder {
    service: &'static Service,
    config: Config,
    env: Option<Arc<dyn Env>>,
    http: Option<Arc<dyn HttpClient>>,
    credentials: Option<Arc<dyn ProvideCredentials>>,
    operation_timeout: Option<Duration>,
    token: Option<crate::auth::bearer::Token>,
    retry_jitter: Option<Arc<dyn Jitter>>,
}

impl fmt::Debug for Builder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Builder")
            .field("service", &self.service.name)
            .finish_non_exhaustive()
    }
}

impl Builder {
    /// A builder for `service` with configuration from the environment and profile.
    pub fn new(service: &'static Service) -> Builder {
        Builder {
            service,
            config: Config::new(),
            env: None,
            http: None,
            credentials: None,
            operation_timeout: None,
            token: None,
            retry_jitter: None,
        }
    }
    /// Explicit configuration (botocore's `Config` plus `boto3.client` arguments); it wins
    /// over environment variables and the profile.
    pub fn config(mut self, config: Config) -> Builder {
        self.config = config;
        self
    }
    /// Reads the environment through `env` instead of the process environment.
    pub fn env(mut self, env: Arc<dyn Env>) -> Builder {
        self.env = Some(env);
        self
    }
    /// Sends requests through `http` (a test client, or a shared one).
    pub fn http_client(mut self, http: Arc<dyn HttpClient>) -> Builder {
        self.http = Some(http);
        self
    }
    /// Uses these credentials instead of the provider chain.
    pub fn credentials(mut self, credentials: Credentials) -> Builder {
        self.credentials = Some(Arc::new(StaticProvider(credentials)));
        self
    }
    /// Uses this credentials provider instead of the default chain.
    pub fn credentials_provider(mut self, provider: Arc<dyn ProvideCredentials>) -> Builder {
        self.credentials = Some(provider);
        self
    }
    /// The bearer token for services that authenticate with one (`smithy.api#httpBearerAuth`).
    pub fn token(mut self, token: crate::auth::bearer::Token) -> Builder {
        self.token = Some(token);
        self
    }
    /// A limit on a whole call, all attempts and backoff included (botocore has none).
    pub fn operation_timeout(mut self, timeout: Duration) -> Builder {
        self.operation_timeout = Some(timeout);
        self
    }
    /// The source of the random factor in retry backoff delays (default: `fastrand`, as
    /// botocore uses `random.random()`). Meant for tests that need exact delays: a constant
    /// `Arc::new(|| 0.5)` makes every standard-mode backoff half of its cap (25 ms, 50 ms, …
    /// for a 5xx; 500 ms for throttling). The source should return numbers in `[0, 1)`.
    pub fn retry_jitter(mut self, jitter: Arc<dyn Jitter>) -> Builder {
        self.retry_jitter = Some(jitter);
        self
    }

    /// Resolves the configuration and builds the handle. Credentials are looked up on
    /// the first call, not here.
    pub fn build(self) -> Result<Handle, SdkError> {
        let env = self.env.unwrap_or_else(|| Arc::new(ProcessEnv));
        let config_err =
            |e: crate::config::ConfigError| SdkError::new(SdkErrorKind::Config, e.to_string());
        let shared = ConfigLoader::new(env)
            .config(self.config)
            .load()
            .map_err(config_err)?;
        let config = shared
            .client_config(self.service.service_id)
            .map_err(config_err)?;
        let http: Arc<dyn HttpClient> = match self.http {
            Some(h) => h,
            None => {
                let settings = HttpSettings {
                    connect_timeout: Some(config.connect_timeout),
                    read_timeout: Some(config.read_timeout),
                    max_pool_connections: config.max_pool_connections,
                    verify: config.verify_tls,
                    ca_bundle: config.ca_bundle.clone(),
                    tcp_keepalive: config.tcp_keepalive,
                    ..HttpSettings::default()
                };
                Arc::new(HyperClient::new(&settings).map_err(SdkError::from)?)
            }
        };
        let credentials = match self.credentials {
            Some(c) => c,
            None => default_chain_with_clients(&shared, Some(http.clone())),
        };
        let retry = RetryConfig {
            mode: match config.retry.mode {
                crate::config::RetryMode::Legacy => StrategyMode::Legacy,
                crate::config::RetryMode::Standard => StrategyMode::Standard,
                crate::config::RetryMode::Adaptive => StrategyMode::Adaptive,
            },
            total_max_attempts: config
                .retry
                .configured
                .then_some(config.retry.total_max_attempts),
        };
        let ids = ServiceIds {
            service_name: self.service.name,
            endpoint_prefix: self.service.endpoint_prefix,
            service_id: self.service.service_id,
        };
        let mut retry = RetryStrategy::new(retry, ids)
            .map_err(|e| SdkError::new(SdkErrorKind::Config, e.to_string()))?;
        if let Some(jitter) = self.retry_jitter {
            retry = retry.with_jitter(jitter);
        }
        let rules = if self.service.rule_set.is_empty() {
            None
        } else {
            Some(RuleSet::parse(self.service.rule_set).map_err(SdkError::from)?)
        };
        let user_agent = user_agent(self.service, &config);
        Ok(Handle {
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
            }),
        })
    }
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

/// The shared state of a client: its service, configuration, credentials and connections.
#[derive(Clone)]
pub struct Handle {
    inner: Arc<Inner>,
}

struct Inner {
    service: &'static Service,
    shared: SharedConfig,
    config: ClientConfig,
    http: Arc<dyn HttpClient>,
    credentials: Arc<dyn ProvideCredentials>,
    retry: RetryStrategy,
    rules: Option<RuleSet>,
    skew: ClockSkew,
    user_agent: String,
    operation_timeout: Option<Duration>,
    token: Option<crate::auth::bearer::Token>,
}

impl fmt::Debug for Handle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Handle")
            .field("service", &self.inner.service.name)
            .field("region", &self.inner.config.region)
            .field("endpoint_url", &self.inner.config.endpoint_url)
            .finish_non_exhaustive()
    }
}

/// What a successful call returns besides its output (botocore's `ResponseMetadata`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ResponseMeta {
    /// The request id.
    pub request_id: Option<String>,
    /// The HTTP status.
    pub status: u16,
    /// Attempts made, the first included.
    pub attempts: u32,
}

/// A service error response, before it is typed.
struct ServiceFailure {
    meta: ErrorMeta,
    index: Option<usize>,
    head: http::response::Parts,
    body: Bytes,
}

/// A failed call before typing: a service error response or a local failure.
enum RawError {
    Service(Box<ServiceFailure>),
    Sdk(SdkError),
}

impl From<SdkError> for RawError {
    fn from(e: SdkError) -> Self {
        RawError::Sdk(e)
    }
}

fn sdk(kind: SdkErrorKind, msg: impl Into<String>) -> SdkError {
    SdkError::new(kind, msg)
}

impl Handle {
    /// A handle for `service` configured from the environment and profile.
    pub fn new(service: &'static Service) -> Result<Handle, SdkError> {
        Builder::new(service).build()
    }

    /// A builder for `service`.
    pub fn builder(service: &'static Service) -> Builder {
        Builder::new(service)
    }

    /// The service this handle calls.
    pub fn service(&self) -> &'static Service {
        self.inner.service
    }

    /// The resolved configuration.
    pub fn config(&self) -> &ClientConfig {
        &self.inner.config
    }

    /// The loaded configuration files and environment.
    pub fn shared_config(&self) -> &SharedConfig {
        &self.inner.shared
    }

    /// Calls `op` with a schema-shaped dynamic input (no generated type needed) and returns
    /// the output the same way; service errors keep code, message and request id.
    pub async fn invoke_dynamic(
        &self,
        op: &'static Operation,
        input: &mut crate::dynamic::DynStruct,
    ) -> Result<crate::dynamic::DynStruct, Error<crate::error::Unmodelled>> {
        let mut out = crate::dynamic::DynStruct::new(op.output);
        match self.call(op, input, &mut out).await {
            Ok(_) => Ok(out),
            Err(RawError::Sdk(e)) => Err(Error::Sdk(e)),
            Err(RawError::Service(f)) => Err(Error::Service(ServiceError {
                kind: crate::error::Unmodelled,
                meta: f.meta,
            })),
        }
    }

    /// Calls `op` with `input` and parses the output or the typed error.
    pub async fn invoke<I, O, E>(&self, op: &'static Operation, input: I) -> Result<O, Error<E>>
    where
        I: Struct,
        O: Struct + Default,
        E: OperationError,
    {
        self.invoke_with_meta(op, input).await.map(|(o, _)| o)
    }

    /// Like [`Handle::invoke`], also returning the response metadata.
    pub async fn invoke_with_meta<I, O, E>(
        &self,
        op: &'static Operation,
        mut input: I,
    ) -> Result<(O, ResponseMeta), Error<E>>
    where
        I: Struct,
        O: Struct + Default,
        E: OperationError,
    {
        let mut out = O::default();
        match self.call(op, &mut input, &mut out).await {
            Ok(meta) => {
                out.set_response_meta(meta.clone());
                Ok((out, meta))
            }
            Err(RawError::Sdk(e)) => Err(Error::Sdk(e)),
            Err(RawError::Service(f)) => {
                let ServiceFailure {
                    meta,
                    index,
                    head,
                    body,
                } = *f;
                let mut kind = E::from_index(index);
                if let Some(target) = kind.as_struct_mut() {
                    // A modelled error whose members cannot be read keeps its code and message.
                    if let Err(e) = crate::protocol::parse_error_members(
                        self.inner.service,
                        op,
                        &head,
                        &body,
                        target,
                    ) {
                        tracing::debug!(error = %e, "could not read the modelled error's members");
                    }
                }
                Err(Error::Service(ServiceError { kind, meta }))
            }
        }
    }

    async fn call(
        &self,
        op: &'static Operation,
        input: &mut dyn Struct,
        out: &mut dyn Struct,
    ) -> Result<ResponseMeta, RawError> {
        use tracing::Instrument;
        let span = tracing::debug_span!(
            "kumo.call",
            service = self.inner.service.name,
            operation = op.name
        );
        // Attempts started so far, so a timed-out call still reports them.
        let started = AtomicU32::new(0);
        let call = self.call_inner(op, input, out, &started).instrument(span);
        match self.inner.operation_timeout {
            Some(limit) => match tokio::time::timeout(limit, call).await {
                Ok(r) => r,
                Err(_) => Err(RawError::Sdk(
                    sdk(
                        SdkErrorKind::OperationTimeout,
                        format!("{} did not finish within {limit:?}", op.name),
                    )
                    .with_attempts(started.load(Ordering::Relaxed)),
                )),
            },
            None => call.await,
        }
    }

    async fn call_inner(
        &self,
        op: &'static Operation,
        input: &mut dyn Struct,
        out: &mut dyn Struct,
        started: &AtomicU32,
    ) -> Result<ResponseMeta, RawError> {
        let inner = &*self.inner;
        let service = inner.service;
        if inner.config.parameter_validation {
            crate::validate::validate(input)?;
        }
        let request = crate::protocol::serialize(service, op, input)?;
        let account_id = self.account_id_for_endpoint().await?;
        let endpoint = self.resolve_endpoint(op, input, account_id.as_deref())?;
        let mut request = self.prepare(op, input, request, &endpoint)?;
        let schemes = endpoint::auth_schemes(&endpoint);
        let streaming_body = request.body().bytes().is_none();
        let mut call = inner.retry.begin_call(op.name);
        let max_attempts = inner.retry.max_attempts();
        let invocation_id = invocation_id();
        let mut skew_retried = false;
        loop {
            let attempt = call.attempt();
            inner.retry.before_attempt(&call).await;
            let body = if streaming_body {
                // Only one attempt can send a stream (see below).
                std::mem::take(request.body_mut())
            } else {
                request.body().try_clone().unwrap_or_default()
            };
            let mut req = http::Request::new(body);
            *req.method_mut() = request.method().clone();
            *req.uri_mut() = request.uri().clone();
            *req.headers_mut() = request.headers().clone();
            set_header(&mut req, "amz-sdk-invocation-id", &invocation_id)?;
            set_header(
                &mut req,
                "amz-sdk-request",
                &format!("attempt={attempt}; max={max_attempts}"),
            )?;
            self.sign(op, &schemes, &mut req)
                .await
                .map_err(|e| RawError::Sdk(e.with_attempts(attempt - 1)))?;
            tracing::debug!(attempt, uri = %req.uri().path(), "sending");
            started.store(attempt, Ordering::Relaxed);
            let outcome = inner.http.send(req).await;
            let (decision_outcome, result) = match outcome {
                // A request the client cannot send at all will not do better next time.
                Err(e)
                    if matches!(
                        e.kind(),
                        HttpErrorKind::InvalidRequest | HttpErrorKind::Config
                    ) =>
                {
                    return Err(RawError::Sdk(SdkError::from(e).with_attempts(attempt)));
                }
                Err(e) => (
                    transport_outcome(&e),
                    Err(RawError::Sdk(SdkError::from(e).with_attempts(attempt))),
                ),
                Ok(resp) => self.read_response(op, resp, out, attempt).await,
            };
            // A clock-skew error: correct the clock from the server's Date and try once more.
            if let Err(RawError::Service(f)) = &result {
                let (meta, head) = (&f.meta, &f.head);
                if !skew_retried
                    && attempt < max_attempts
                    && inner
                        .skew
                        .update_from_error(&meta.code, &head.headers, DateTime::now())
                    && !streaming_body
                {
                    skew_retried = true;
                    tracing::debug!(code = %meta.code, "clock skew corrected; retrying");
                    // The skew error itself is usually not retryable: count the attempt anyway.
                    if !matches!(
                        inner.retry.after_attempt(&mut call, &decision_outcome),
                        RetryDecision::RetryAfter(_)
                    ) {
                        call.advance();
                    }
                    continue;
                }
            }
            let decision = inner.retry.after_attempt(&mut call, &decision_outcome);
            if streaming_body && result.is_err() {
                // The stream was consumed by this attempt: it cannot be replayed, so the
                // failure stands (botocore re-reads seekable files; a stream is not one).
                if matches!(decision, RetryDecision::RetryAfter(_)) {
                    tracing::debug!(attempt, "not retrying: the request body was a stream");
                }
                return result;
            }
            match decision {
                RetryDecision::RetryAfter(delay) if result.is_err() => {
                    tracing::debug!(attempt, ?delay, "retrying");
                    tokio::time::sleep(delay).await;
                }
                RetryDecision::GiveUp {
                    wait_before_failing: Some(d),
                    ..
                } => {
                    tokio::time::sleep(d).await;
                    return result;
                }
                _ => return result,
            }
        }
    }

    /// Reads one response: the output on success, the error (not yet typed) otherwise.
    async fn read_response(
        &self,
        op: &'static Operation,
        resp: http::Response<Body>,
        out: &mut dyn Struct,
        attempt: u32,
    ) -> (AttemptOutcome, Result<ResponseMeta, RawError>) {
        let service = self.inner.service;
        let (head, body) = resp.into_parts();
        let status = head.status.as_u16();
        let success = (200..300).contains(&status);
        if success && op.has(op_flags::STREAMING_OUTPUT) {
            // The body stays a stream: it goes into the output's payload member as it is.
            if let Err(e) = crate::protocol::parse_output(service, op, &head, &[], out) {
                return (
                    AttemptOutcome::response(status),
                    Err(RawError::Sdk(e.with_attempts(attempt))),
                );
            }
            if let Some((i, _)) = out.schema().payload_member() {
                if let Some(field) = out.field_mut(i) {
                    if field.set_stream(body).is_err() {
                        return (
                            AttemptOutcome::response(status),
                            Err(RawError::Sdk(sdk(
                                SdkErrorKind::ResponseParse,
                                "the payload member cannot hold a stream",
                            ))),
                        );
                    }
                }
            }
            return (
                AttemptOutcome::response(status),
                Ok(response_meta(&head, attempt)),
            );
        }
        let bytes = match body.collect().await {
            Ok(b) => b,
            Err(e) => {
                let kind = HttpError::find_in(e.as_ref()).map(HttpError::kind);
                let outcome = AttemptOutcome {
                    transport: Some(TransportError {
                        kind: if kind == Some(HttpErrorKind::ReadTimeout) {
                            TransportErrorKind::ReadTimeout
                        } else {
                            TransportErrorKind::ResponseStreaming
                        },
                        request_sent: true,
                    }),
                    ..AttemptOutcome::default()
                };
                let sk = if kind == Some(HttpErrorKind::ReadTimeout) {
                    SdkErrorKind::ReadTimeout
                } else {
                    SdkErrorKind::Io
                };
                let err = sdk(sk, format!("reading the {status} response body failed"))
                    .with_source(e)
                    .with_attempts(attempt);
                return (outcome, Err(RawError::Sdk(err)));
            }
        };
        let mut outcome = AttemptOutcome::response(status);
        outcome.retry_after = head
            .headers
            .get("x-amz-retry-after")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        if service.name == "dynamodb" || service.name == "dynamodbstreams" {
            if let Some(crc) = head
                .headers
                .get("x-amz-crc32")
                .and_then(|v| v.to_str().ok())
            {
                outcome.crc32_mismatch = crate::retry::crc32_mismatch(Some(crc), &bytes);
            }
        }
        let status = if success && crate::protocol::error_in_200(service, op, &bytes) {
            outcome.status = Some(500);
            500
        } else {
            status
        };
        let success = (200..300).contains(&status);
        if success && !outcome.crc32_mismatch {
            return match crate::protocol::parse_output(service, op, &head, &bytes, out) {
                Ok(()) => {
                    let mut meta = response_meta(&head, attempt);
                    if meta.request_id.is_none()
                        && matches!(
                            service.protocol,
                            crate::operation::Protocol::Query | crate::operation::Protocol::Ec2
                        )
                    {
                        meta.request_id = body_request_id(&bytes);
                    }
                    (outcome, Ok(meta))
                }
                Err(e) => (outcome, Err(RawError::Sdk(e.with_attempts(attempt)))),
            };
        }
        if success {
            let err = sdk(
                SdkErrorKind::ResponseParse,
                "the response body does not match its x-amz-crc32 checksum",
            );
            return (outcome, Err(RawError::Sdk(err.with_attempts(attempt))));
        }
        match crate::protocol::parse_error(service, op, &head, &bytes) {
            Ok((mut meta, index)) => {
                meta.attempts = attempt;
                meta.status = status;
                outcome.error_code = Some(meta.code.clone());
                outcome.modeled_error = match index.and_then(|i| op.errors.get(i)) {
                    Some(e) if e.has(crate::schema::flags::THROTTLING) => {
                        ModeledError::RetryableThrottling
                    }
                    Some(e) if e.has(crate::schema::flags::RETRYABLE) => ModeledError::Retryable,
                    Some(_) => ModeledError::NonRetryable,
                    None => ModeledError::NotModeled,
                };
                (
                    outcome,
                    Err(RawError::Service(Box::new(ServiceFailure {
                        meta,
                        index,
                        head,
                        body: bytes,
                    }))),
                )
            }
            Err(e) => {
                // The error body is unreadable: keep what the status says.
                outcome.error_code = Some(status.to_string());
                let meta = ErrorMeta {
                    code: status.to_string(),
                    message: Some(format!("unparseable error response: {e}")),
                    request_id: request_id(&head.headers),
                    extended_request_id: None,
                    status,
                    attempts: attempt,
                };
                (
                    outcome,
                    Err(RawError::Service(Box::new(ServiceFailure {
                        meta,
                        index: None,
                        head,
                        body: bytes,
                    }))),
                )
            }
        }
    }

    /// The credentials' account id, when the rule set takes `AWS::Auth::AccountId`
    /// (credentials are then loaded before the endpoint is resolved).
    async fn account_id_for_endpoint(&self) -> Result<Option<String>, SdkError> {
        let inner = &*self.inner;
        let wanted = inner.rules.as_ref().is_some_and(|r| {
            r.parameters()
                .iter()
                .any(|p| p.built_in.as_deref() == Some(builtins::ACCOUNT_ID))
        });
        if !wanted
            || inner.config.account_id_endpoint_mode
                == crate::config::AccountIdEndpointMode::Disabled
        {
            return Ok(None);
        }
        Ok(self.credentials().await?.account_id)
    }

    /// Endpoint parameters from config, the operation and the input, resolved by the rule set.
    fn resolve_endpoint(
        &self,
        op: &Operation,
        input: &dyn Struct,
        account_id: Option<&str>,
    ) -> Result<endpoint::Endpoint, SdkError> {
        let inner = &*self.inner;
        let c = &inner.config;
        let Some(rules) = &inner.rules else {
            let region = c
                .region
                .clone()
                .ok_or_else(|| sdk(SdkErrorKind::Config, "no region is configured"))?;
            let url = c.endpoint_url.clone().unwrap_or_else(|| {
                format!(
                    "https://{}.{}.amazonaws.com",
                    inner.service.endpoint_prefix, region
                )
            });
            return Ok(endpoint::Endpoint {
                url,
                headers: Vec::new(),
                properties: Vec::new(),
            });
        };
        let mut params = Params::new();
        for p in rules.parameters() {
            let v = match p.built_in.as_deref() {
                Some(builtins::REGION) => c.region.clone().map(Value::String),
                Some(builtins::USE_FIPS) => Some(Value::Bool(c.use_fips_endpoint)),
                Some(builtins::USE_DUAL_STACK) => Some(Value::Bool(c.use_dualstack_endpoint)),
                Some(builtins::ENDPOINT) => c.endpoint_url.clone().map(Value::String),
                Some(builtins::S3_FORCE_PATH_STYLE) => Some(Value::Bool(
                    c.s3.addressing_style == Some(crate::config::AddressingStyle::Path),
                )),
                Some(builtins::S3_ACCELERATE) => c.s3.use_accelerate_endpoint.map(Value::Bool),
                Some(builtins::S3_USE_ARN_REGION) | Some(builtins::S3_CONTROL_USE_ARN_REGION) => {
                    c.s3.use_arn_region.map(Value::Bool)
                }
                Some(builtins::S3_USE_GLOBAL_ENDPOINT) => Some(Value::Bool(
                    c.s3.us_east_1_regional_endpoint.as_deref() == Some("legacy"),
                )),
                Some(builtins::S3_DISABLE_MULTI_REGION_ACCESS_POINTS) => {
                    c.s3.s3_disable_multiregion_access_points.map(Value::Bool)
                }
                Some(builtins::STS_USE_GLOBAL_ENDPOINT) => Some(Value::Bool(
                    c.sts_regional_endpoints == crate::config::StsRegionalEndpoints::Legacy,
                )),
                Some(builtins::ACCOUNT_ID) => account_id.map(|a| Value::String(a.to_string())),
                Some(builtins::ACCOUNT_ID_ENDPOINT_MODE) => Some(Value::String(
                    c.account_id_endpoint_mode.as_str().to_string(),
                )),
                _ => None,
            };
            if let Some(v) = v {
                params.insert(p.name.clone(), v);
            }
        }
        for (name, v) in op.static_context_params {
            let v = match v {
                ParamValue::Bool(b) => Value::Bool(*b),
                ParamValue::Str(s) => Value::String((*s).to_string()),
                ParamValue::StrList(l) => {
                    Value::StringArray(l.iter().map(|s| (*s).to_string()).collect())
                }
            };
            params.insert((*name).to_string(), v);
        }
        for (name, path) in op.operation_context_params {
            let value = crate::path::Expr::parse(path)
                .and_then(|e| e.search(input))
                .map_err(|e| {
                    sdk(
                        SdkErrorKind::Endpoint,
                        format!("operationContextParams {name}: {e}"),
                    )
                })?;
            let v = match value {
                crate::path::Value::String(s) => Value::String(s),
                crate::path::Value::Bool(b) => Value::Bool(b),
                crate::path::Value::List(items) => Value::StringArray(
                    items
                        .into_iter()
                        .filter_map(|i| match i {
                            crate::path::Value::String(s) => Some(s),
                            _ => None,
                        })
                        .collect(),
                ),
                _ => continue,
            };
            params.insert((*name).to_string(), v);
        }
        let schema = input.schema();
        for (i, m) in schema.members.iter().enumerate() {
            let (Some(p), Some(field)) = (m.context_param, input.field(i)) else {
                continue;
            };
            let v = match field.get() {
                Get::Str(s) => Value::String(s.to_string()),
                Get::Bool(b) => Value::Bool(b),
                Get::List(l) => Value::StringArray(
                    (0..l.len())
                        .filter_map(|j| match l.at(j).map(|d| d.get()) {
                            Some(Get::Str(s)) => Some(s.to_string()),
                            _ => None,
                        })
                        .collect(),
                ),
                _ => continue,
            };
            params.insert(p.to_string(), v);
        }
        rules.resolve(&params).map_err(SdkError::from)
    }

    /// The request with its absolute URI, host prefix, endpoint headers and fixed headers.
    fn prepare(
        &self,
        op: &Operation,
        input: &dyn Struct,
        request: http::Request<Body>,
        endpoint: &endpoint::Endpoint,
    ) -> Result<http::Request<Body>, SdkError> {
        let (mut parts, body) = request.into_parts();
        let base: http::Uri = endpoint.url.parse().map_err(|e| {
            sdk(
                SdkErrorKind::Endpoint,
                format!("invalid endpoint URL {:?}", endpoint.url),
            )
            .with_source(e)
        })?;
        let scheme = base.scheme_str().unwrap_or("https");
        let mut host = base
            .authority()
            .map(|a| a.as_str().to_string())
            .unwrap_or_default();
        if self.inner.config.inject_host_prefix {
            if let Some(prefix) = crate::protocol::host_prefix(op, input)? {
                host = format!("{prefix}{host}");
            }
        }
        // botocore's `_urljoin`: a bare "/" keeps the endpoint's own path (S3 path-style
        // endpoints already end in the bucket); otherwise the paths are joined.
        let base_path = base.path();
        let rel_path = parts.uri.path();
        let query = parts
            .uri
            .query()
            .map(|q| format!("?{q}"))
            .unwrap_or_default();
        let path = if rel_path.is_empty() || rel_path == "/" {
            if base_path.is_empty() {
                "/".to_string()
            } else {
                base_path.to_string()
            }
        } else if let Some(stripped) = base_path.strip_suffix('/') {
            format!("{stripped}{rel_path}")
        } else {
            format!("{base_path}{rel_path}")
        };
        let uri = format!("{scheme}://{host}{path}{query}");
        parts.uri = uri.parse().map_err(|e| {
            sdk(
                SdkErrorKind::Serialization,
                format!("invalid request URI {uri:?}"),
            )
            .with_source(e)
        })?;
        // Endpoint headers replace any the serializer set under the same name (botocore's
        // `_apply_endpoint_headers`), then carry every value.
        for (name, values) in &endpoint.headers {
            for (i, v) in values.iter().enumerate() {
                let n = HeaderName::try_from(name.as_str()).map_err(|e| {
                    sdk(
                        SdkErrorKind::Endpoint,
                        format!("invalid endpoint header {name:?}"),
                    )
                    .with_source(e)
                })?;
                let v = HeaderValue::try_from(v.as_str()).map_err(|e| {
                    sdk(
                        SdkErrorKind::Endpoint,
                        format!("invalid value of endpoint header {name:?}"),
                    )
                    .with_source(e)
                })?;
                if i == 0 {
                    parts.headers.insert(n, v);
                } else {
                    parts.headers.append(n, v);
                }
            }
        }
        let ua = HeaderValue::try_from(self.inner.user_agent.as_str())
            .map_err(|e| sdk(SdkErrorKind::Config, "invalid user agent").with_source(e))?;
        parts.headers.insert(http::header::USER_AGENT, ua.clone());
        parts.headers.insert("x-amz-user-agent", ua);
        if let Some(len) = body.content_length() {
            if len > 0 || !matches!(parts.method, http::Method::GET | http::Method::HEAD) {
                parts
                    .headers
                    .insert(http::header::CONTENT_LENGTH, HeaderValue::from(len));
            }
        }
        let mut req = http::Request::from_parts(parts, body);
        self.add_checksum(op, input, &mut req)?;
        self.compress(op, &mut req)?;
        Ok(req)
    }

    /// botocore's flexible checksums: CRC32 of an in-memory body when the operation
    /// requires a checksum, or supports one and `request_checksum_calculation` is `when_supported`.
    fn add_checksum(
        &self,
        op: &Operation,
        input: &dyn Struct,
        req: &mut http::Request<Body>,
    ) -> Result<(), SdkError> {
        let supported = op
            .http_checksum
            .and_then(|c| c.request_algorithm_member)
            .is_some();
        let required = op.has(op_flags::CHECKSUM_REQUIRED);
        let when_supported = self.inner.config.request_checksum_calculation
            == crate::config::ChecksumMode::WhenSupported;
        if !(required || (supported && when_supported)) {
            return Ok(());
        }
        if req
            .headers()
            .keys()
            .any(|k| k.as_str().starts_with("x-amz-checksum-") || k == "content-md5")
        {
            return Ok(());
        }
        // An algorithm the caller chose (other than CRC32) cannot be computed here: leave it to the service.
        let chosen = op
            .http_checksum
            .and_then(|c| c.request_algorithm_member)
            .and_then(|name| {
                let i = input.schema().member_index(name)?;
                match input.field(i)?.get() {
                    Get::Str(s) => Some(s.to_ascii_uppercase()),
                    _ => None,
                }
            });
        if chosen.as_deref().is_some_and(|a| a != "CRC32") {
            return Ok(());
        }
        let Some(bytes) = req.body().bytes() else {
            return Ok(());
        };
        let crc = crate::retry::crc32(bytes);
        let value = base64::Engine::encode(
            &base64::engine::general_purpose::STANDARD,
            crc.to_be_bytes(),
        );
        set_header(req, "x-amz-checksum-crc32", &value)?;
        if supported {
            set_header(req, "x-amz-sdk-checksum-algorithm", "CRC32")?;
        }
        Ok(())
    }

    /// `requestcompression`: gzip bodies at or above the configured size (botocore's
    /// `request_min_compression_size_bytes`, default 10,240), unless disabled.
    fn compress(&self, op: &Operation, req: &mut http::Request<Body>) -> Result<(), SdkError> {
        let c = &self.inner.config;
        if c.disable_request_compression || !op.request_compression.contains(&"gzip") {
            return Ok(());
        }
        let Some(bytes) = req.body().bytes() else {
            return Ok(());
        };
        if (bytes.len() as u64) < c.request_min_compression_size_bytes {
            return Ok(());
        }
        let gz = crate::compress::gzip(bytes);
        let existing = req
            .headers()
            .get(http::header::CONTENT_ENCODING)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let enc = match existing {
            Some(e) if !e.is_empty() => format!("{e},gzip"),
            _ => "gzip".to_string(),
        };
        set_header(req, "content-encoding", &enc)?;
        req.headers_mut()
            .insert(http::header::CONTENT_LENGTH, HeaderValue::from(gz.len()));
        *req.body_mut() = Body::from(gz);
        Ok(())
    }

    async fn sign(
        &self,
        op: &Operation,
        schemes: &[endpoint::AuthSchemeProps],
        req: &mut http::Request<Body>,
    ) -> Result<(), SdkError> {
        let inner = &*self.inner;
        match op.auth {
            AuthScheme::None => return Ok(()),
            AuthScheme::Bearer => {
                let token = inner.token.as_ref().ok_or_else(|| {
                    sdk(
                        SdkErrorKind::Credentials,
                        format!(
                            "{} uses bearer-token auth: give the client a token (Builder::token)",
                            op.name
                        ),
                    )
                })?;
                return crate::auth::bearer::sign_bearer(req, token).map_err(SdkError::from);
            }
            AuthScheme::SigV4 | AuthScheme::SigV4UnsignedBody | AuthScheme::SigV4a => {}
        }
        let creds = self.credentials().await?;
        let (region, name, mut settings, s3_like) = self.signing_target(schemes, false);
        // A stream cannot be hashed before it is sent: S3 takes it as an unsigned payload.
        let stream = req.body().bytes().is_none();
        if op.auth == AuthScheme::SigV4UnsignedBody
            || op.has(op_flags::UNSIGNED_PAYLOAD)
            || (s3_like && stream)
        {
            settings.payload = PayloadHash::Unsigned;
        }
        let params = SigningParams {
            credentials: &creds,
            region: &region,
            service: &name,
            time: inner.skew.now(),
            settings,
        };
        sigv4::sign(req, &params)
            .map(|_| ())
            .map_err(SdkError::from)
    }

    /// The client's credentials, from the provider (cached there).
    async fn credentials(&self) -> Result<Credentials, SdkError> {
        self.inner.credentials.provide().await.map_err(|e| {
            sdk(SdkErrorKind::Credentials, "no credentials could be loaded").with_source(e)
        })
    }

    /// Signing region, signing name and SigV4 settings: the endpoint's `sigv4` auth scheme
    /// wins over the client's region and the service's signing name. Also whether the service
    /// signs the S3 way (for presigning, S3 uses an unsigned payload).
    fn signing_target(
        &self,
        schemes: &[endpoint::AuthSchemeProps],
        presign: bool,
    ) -> (String, String, SigningSettings, bool) {
        let inner = &*self.inner;
        let scheme = schemes
            .iter()
            .find(|s| s.name == "sigv4" || s.name == "sigv4-s3express");
        let region = scheme
            .and_then(|s| s.signing_region.clone())
            .or_else(|| {
                scheme
                    .and_then(|s| s.signing_region_set.as_ref())
                    .and_then(|v| v.first().cloned())
            })
            .or_else(|| inner.config.region.clone())
            .unwrap_or_else(|| "us-east-1".to_string());
        let name = scheme
            .and_then(|s| s.signing_name.clone())
            .unwrap_or_else(|| inner.service.signing_name.to_string());
        let s3_like = matches!(
            inner.service.signing_name,
            "s3" | "s3-outposts" | "s3-object-lambda"
        ) || inner.service.name == "s3control";
        let mut settings = match (s3_like, presign) {
            (true, true) => SigningSettings::s3_presign(),
            (true, false) => SigningSettings::s3(),
            (false, _) => SigningSettings::standard(),
        };
        if let Some(s) = scheme {
            if s.disable_double_encoding {
                settings.uri_double_encode = false;
            }
            if s.disable_normalize_path {
                settings.normalize_path = false;
            }
        }
        (region, name, settings, s3_like)
    }

    /// [`Handle::presign`] for the operation named `name` (model name or snake_case) among `ops`.
    pub async fn presign_by_name(
        &self,
        ops: &'static [&'static Operation],
        name: &str,
        mut input: impl Struct,
        expires_in: Duration,
    ) -> Result<String, SdkError> {
        let wanted: String = name.chars().filter(|c| *c != '_').collect();
        let op = ops
            .iter()
            .find(|o| o.name.eq_ignore_ascii_case(&wanted))
            .ok_or_else(|| {
                sdk(
                    SdkErrorKind::ParamValidation,
                    format!("unknown operation {name:?}"),
                )
            })?;
        if !std::ptr::eq(input.schema(), op.input) {
            return Err(sdk(
                SdkErrorKind::ParamValidation,
                format!(
                    "the input is a {}, but {} takes a {}",
                    input.schema().name,
                    op.name,
                    op.input.name
                ),
            ));
        }
        self.presign(op, &mut input, expires_in).await
    }

    /// A presigned URL for `op` with `input`, valid for `expires_in` (boto3's `generate_presigned_url`).
    pub async fn presign(
        &self,
        op: &'static Operation,
        input: &mut dyn Struct,
        expires_in: Duration,
    ) -> Result<String, SdkError> {
        let inner = &*self.inner;
        let request = crate::protocol::serialize(inner.service, op, input)?;
        let account_id = self.account_id_for_endpoint().await?;
        let endpoint = self.resolve_endpoint(op, input, account_id.as_deref())?;
        let mut req = self.prepare(op, input, request, &endpoint)?;
        req.headers_mut().remove(http::header::USER_AGENT);
        req.headers_mut().remove("x-amz-user-agent");
        req.headers_mut().remove(http::header::CONTENT_LENGTH);
        if let Some(host) = req.uri().authority().map(|a| a.as_str().to_string()) {
            set_header(&mut req, "host", &host)?;
        }
        let creds = self.credentials().await?;
        let schemes = endpoint::auth_schemes(&endpoint);
        let (region, name, settings, _) = self.signing_target(&schemes, true);
        let params = SigningParams {
            credentials: &creds,
            region: &region,
            service: &name,
            time: inner.skew.now(),
            settings,
        };
        sigv4::presign(&req, &params, expires_in).map_err(SdkError::from)
    }
}

fn set_header(
    req: &mut http::Request<Body>,
    name: &'static str,
    value: &str,
) -> Result<(), SdkError> {
    let v = HeaderValue::try_from(value).map_err(|e| {
        sdk(
            SdkErrorKind::Serialization,
            format!("invalid {name} header value"),
        )
        .with_source(e)
    })?;
    req.headers_mut().insert(name, v);
    Ok(())
}

fn request_id(h: &http::HeaderMap) -> Option<String> {
    ["x-amzn-requestid", "x-amz-request-id", "x-amzn-request-id"]
        .iter()
        .find_map(|n| h.get(*n))
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
}

/// The request id query and ec2 responses carry in their body
/// (`<ResponseMetadata><RequestId>` / `<requestId>`).
fn body_request_id(body: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(body).ok()?;
    for tag in ["RequestId", "requestId"] {
        let open = format!("<{tag}>");
        if let Some(start) = text.find(&open) {
            let rest = &text[start + open.len()..];
            let end = rest.find('<')?;
            let id = rest[..end].trim();
            if !id.is_empty() {
                return Some(id.to_string());
            }
        }
    }
    None
}

fn response_meta(head: &http::response::Parts, attempts: u32) -> ResponseMeta {
    ResponseMeta {
        request_id: request_id(&head.headers),
        status: head.status.as_u16(),
        attempts,
    }
}

fn transport_outcome(e: &HttpError) -> AttemptOutcome {
    let kind = match e.kind() {
        HttpErrorKind::Connect => TransportErrorKind::Connect,
        HttpErrorKind::ConnectTimeout => TransportErrorKind::ConnectTimeout,
        HttpErrorKind::ReadTimeout => TransportErrorKind::ReadTimeout,
        HttpErrorKind::Tls => TransportErrorKind::Tls,
        HttpErrorKind::Proxy => TransportErrorKind::Proxy,
        HttpErrorKind::Io => TransportErrorKind::ConnectionClosed,
        _ => TransportErrorKind::Other,
    };
    AttemptOutcome {
        transport: Some(TransportError {
            kind,
            request_sent: e.may_have_been_sent(),
        }),
        ..AttemptOutcome::default()
    }
}

/// A random UUID v4 for `amz-sdk-invocation-id`.
fn invocation_id() -> String {
    let a = fastrand::u64(..);
    let b = fastrand::u64(..);
    let a = (a & 0xffff_ffff_ffff_0fff) | 0x4000;
    let b = (b & 0x3fff_ffff_ffff_ffff) | 0x8000_0000_0000_0000;
    format!(
        "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
        a >> 32,
        (a >> 16) & 0xffff,
        a & 0xffff,
        b >> 48,
        b & 0xffff_ffff_ffff
    )
}

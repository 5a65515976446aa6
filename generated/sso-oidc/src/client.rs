//! The service client: one async method per operation.
#![allow(deprecated, clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
use kumo_runtime::Error;
use crate::{error, schemas, types};
/// A client for the service: one async method per operation.
#[derive(Clone, Debug)]
pub struct Client {
    handle: kumo_runtime::client::Handle,
}
impl kumo_runtime::client::FromHandle for Client {
    fn from_handle(handle: kumo_runtime::client::Handle) -> Client {
        Client { handle }
    }
}
impl Client {
    /// A client configured like `boto3.client(...)` with no arguments: region,
    /// credentials, endpoint and retries from the environment and the profile.
    pub fn new() -> Result<Client, kumo_runtime::SdkError> {
        Client::builder().build()
    }
    /// A client with explicit configuration, which wins over the environment and profile.
    pub fn from_config(
        config: kumo_runtime::config::Config,
    ) -> Result<Client, kumo_runtime::SdkError> {
        Client::builder().config(config).build()
    }
    /// A builder for a client with explicit credentials, HTTP client or timeouts.
    pub fn builder() -> kumo_runtime::client::Builder<Client> {
        kumo_runtime::client::Builder::new(&schemas::SERVICE)
    }
    /// The runtime handle (configuration, presigning).
    pub fn handle(&self) -> &kumo_runtime::client::Handle {
        &self.handle
    }
    /// A presigned URL for an operation (boto3's `generate_presigned_url`):
    /// `operation` is its model or snake_case name (`"GetObject"`, `"get_object"`),
    /// `input` that operation's input.
    pub async fn generate_presigned_url(
        &self,
        operation: &str,
        input: impl kumo_runtime::data::Struct,
        expires_in: std::time::Duration,
    ) -> Result<String, kumo_runtime::SdkError> {
        self.handle
            .presign_by_name(schemas::ops::ALL, operation, input, expires_in)
            .await
    }
    /// Creates and returns access and refresh tokens for clients that are authenticated using client secrets. The access token can be used to fetch short-lived credentials for the assigned AWS accounts or to access application APIs using `bearer` authentication.
    pub async fn create_token(
        &self,
        input: types::CreateTokenInput,
    ) -> Result<types::CreateTokenOutput, Error<error::CreateTokenError>> {
        self.handle.invoke(&schemas::ops::CREATE_TOKEN, input).await
    }
    /// Creates and returns access and refresh tokens for authorized client applications that are authenticated using any IAM entity, such as a service role or user. These tokens might contain defined scopes that specify permissions such as `read:profile` or `write:data`. Through downscoping, you can use the scopes parameter to request tokens with reduced permissions compared to the original client application's permissions or, if applicable, the refresh token's scopes. The access token can be used to fetch short-lived credentials for the assigned Amazon Web Services accounts or to access application APIs using `bearer` authentication.
    ///
    /// This API is used with Signature Version 4. For more information, see [Amazon Web Services Signature Version 4 for API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv.html).
    pub async fn create_token_with_iam(
        &self,
        input: types::CreateTokenWithIamInput,
    ) -> Result<types::CreateTokenWithIamOutput, Error<error::CreateTokenWithIamError>> {
        self.handle.invoke(&schemas::ops::CREATE_TOKEN_WITH_IAM, input).await
    }
    /// Registers a public client with IAM Identity Center. This allows clients to perform authorization using the authorization code grant with Proof Key for Code Exchange (PKCE) or the device code grant.
    pub async fn register_client(
        &self,
        input: types::RegisterClientInput,
    ) -> Result<types::RegisterClientOutput, Error<error::RegisterClientError>> {
        self.handle.invoke(&schemas::ops::REGISTER_CLIENT, input).await
    }
    /// Initiates device authorization by requesting a pair of verification codes from the authorization service.
    pub async fn start_device_authorization(
        &self,
        input: types::StartDeviceAuthorizationInput,
    ) -> Result<
        types::StartDeviceAuthorizationOutput,
        Error<error::StartDeviceAuthorizationError>,
    > {
        self.handle.invoke(&schemas::ops::START_DEVICE_AUTHORIZATION, input).await
    }
}

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
    /// Returns the STS short-term credentials for a given role name that is assigned to the user.
    pub async fn get_role_credentials(
        &self,
        input: types::GetRoleCredentialsInput,
    ) -> Result<types::GetRoleCredentialsOutput, Error<error::GetRoleCredentialsError>> {
        self.handle.invoke(&schemas::ops::GET_ROLE_CREDENTIALS, input).await
    }
    /// Lists all roles that are assigned to the user for a given AWS account.
    pub async fn list_account_roles(
        &self,
        input: types::ListAccountRolesInput,
    ) -> Result<types::ListAccountRolesOutput, Error<error::ListAccountRolesError>> {
        self.handle.invoke(&schemas::ops::LIST_ACCOUNT_ROLES, input).await
    }
    /// Lists all AWS accounts assigned to the user. These AWS accounts are assigned by the administrator of the account. For more information, see [Assign User Access](https://docs.aws.amazon.com/singlesignon/latest/userguide/useraccess.html#assignusers) in the *IAM Identity Center User Guide*. This operation returns a paginated response.
    pub async fn list_accounts(
        &self,
        input: types::ListAccountsInput,
    ) -> Result<types::ListAccountsOutput, Error<error::ListAccountsError>> {
        self.handle.invoke(&schemas::ops::LIST_ACCOUNTS, input).await
    }
    /// Removes the locally stored SSO tokens from the client-side cache and sends an API call to the IAM Identity Center service to invalidate the corresponding server-side IAM Identity Center sign in session.
    ///
    /// If a user uses IAM Identity Center to access the AWS CLI, the user’s IAM Identity Center sign in session is used to obtain an IAM session, as specified in the corresponding IAM Identity Center permission set. More specifically, IAM Identity Center assumes an IAM role in the target account on behalf of the user, and the corresponding temporary AWS credentials are returned to the client.
    ///
    /// After user logout, any existing IAM role sessions that were created by using IAM Identity Center permission sets continue based on the duration configured in the permission set. For more information, see [User authentications](https://docs.aws.amazon.com/singlesignon/latest/userguide/authconcept.html) in the *IAM Identity Center User Guide*.
    pub async fn logout(
        &self,
        input: types::LogoutInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::LogoutError>> {
        self.handle.invoke(&schemas::ops::LOGOUT, input).await
    }
}
/// Paginators and waiters.
impl Client {
    /// The pages of [`Client::list_account_roles`], one request each (paginator `ListAccountRoles`).
    pub fn list_account_roles_pages(
        &self,
        input: types::ListAccountRolesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListAccountRolesInput,
        types::ListAccountRolesOutput,
        error::ListAccountRolesError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_ACCOUNT_ROLES, input)
    }
    /// The pages of [`Client::list_accounts`], one request each (paginator `ListAccounts`).
    pub fn list_accounts_pages(
        &self,
        input: types::ListAccountsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListAccountsInput,
        types::ListAccountsOutput,
        error::ListAccountsError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_ACCOUNTS, input)
    }
}

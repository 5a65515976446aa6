//! The service's shapes: structures, unions and enums.
#![allow(
    unused_imports,
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items
)]
use kumo_runtime as rt;
use super::schemas::*;
/// Provides information about your AWS account.
#[derive(Clone, Default, PartialEq)]
pub struct AccountInfo {
    /// The identifier of the AWS account that is assigned to the user.
    pub account_id: Option<String>,
    /// The display name of the AWS account that is assigned to the user.
    pub account_name: Option<String>,
    /// The email address of the AWS account that is assigned to the user.
    pub email_address: Option<String>,
}
rt::structure!(AccountInfo, ACCOUNT_INFO, [account_id, account_name, email_address]);
#[derive(Clone, Default, PartialEq)]
pub struct GetRoleCredentialsInput {
    /// The friendly name of the role that is assigned to the user.
    pub role_name: String,
    /// The identifier for the AWS account that is assigned to the user.
    pub account_id: String,
    /// The token issued by the `CreateToken` API call. For more information, see [CreateToken](https://docs.aws.amazon.com/singlesignon/latest/OIDCAPIReference/API_CreateToken.html) in the *IAM Identity Center OIDC API Reference Guide*.
    pub access_token: String,
}
rt::structure!(
    GetRoleCredentialsInput, GET_ROLE_CREDENTIALS_INPUT, [role_name, account_id,
    access_token]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetRoleCredentialsOutput {
    /// The credentials for the role that is assigned to the user.
    pub role_credentials: Option<RoleCredentials>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetRoleCredentialsOutput, GET_ROLE_CREDENTIALS_OUTPUT, [role_credentials], meta =
    response_metadata
);
/// Indicates that a problem occurred with the input to the request. For example, a required parameter might be missing or out of range.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidRequestException {
    pub message: Option<String>,
}
rt::structure!(InvalidRequestException, INVALID_REQUEST_EXCEPTION, [message]);
#[derive(Clone, Default, PartialEq)]
pub struct ListAccountRolesInput {
    /// The page token from the previous response output when you request subsequent pages.
    pub next_token: Option<String>,
    /// The number of items that clients can request per page.
    pub max_results: Option<i32>,
    /// The token issued by the `CreateToken` API call. For more information, see [CreateToken](https://docs.aws.amazon.com/singlesignon/latest/OIDCAPIReference/API_CreateToken.html) in the *IAM Identity Center OIDC API Reference Guide*.
    pub access_token: String,
    /// The identifier for the AWS account that is assigned to the user.
    pub account_id: String,
}
rt::structure!(
    ListAccountRolesInput, LIST_ACCOUNT_ROLES_INPUT, [next_token, max_results,
    access_token, account_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListAccountRolesOutput {
    /// The page token client that is used to retrieve the list of accounts.
    pub next_token: Option<String>,
    /// A paginated response with the list of roles and the next token if more results are available.
    pub role_list: Option<Vec<RoleInfo>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListAccountRolesOutput, LIST_ACCOUNT_ROLES_OUTPUT, [next_token, role_list], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListAccountsInput {
    /// (Optional) When requesting subsequent pages, this is the page token from the previous response output.
    pub next_token: Option<String>,
    /// This is the number of items clients can request per page.
    pub max_results: Option<i32>,
    /// The token issued by the `CreateToken` API call. For more information, see [CreateToken](https://docs.aws.amazon.com/singlesignon/latest/OIDCAPIReference/API_CreateToken.html) in the *IAM Identity Center OIDC API Reference Guide*.
    pub access_token: String,
}
rt::structure!(
    ListAccountsInput, LIST_ACCOUNTS_INPUT, [next_token, max_results, access_token]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListAccountsOutput {
    /// The page token client that is used to retrieve the list of accounts.
    pub next_token: Option<String>,
    /// A paginated response with the list of account information and the next token if more results are available.
    pub account_list: Option<Vec<AccountInfo>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListAccountsOutput, LIST_ACCOUNTS_OUTPUT, [next_token, account_list], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct LogoutInput {
    /// The token issued by the `CreateToken` API call. For more information, see [CreateToken](https://docs.aws.amazon.com/singlesignon/latest/OIDCAPIReference/API_CreateToken.html) in the *IAM Identity Center OIDC API Reference Guide*.
    pub access_token: String,
}
rt::structure!(LogoutInput, LOGOUT_INPUT, [access_token]);
/// The specified resource doesn't exist.
#[derive(Clone, Default, PartialEq)]
pub struct ResourceNotFoundException {
    pub message: Option<String>,
}
rt::structure!(ResourceNotFoundException, RESOURCE_NOT_FOUND_EXCEPTION, [message]);
/// Provides information about the role credentials that are assigned to the user.
#[derive(Clone, Default, PartialEq)]
pub struct RoleCredentials {
    /// The identifier used for the temporary security credentials. For more information, see [Using Temporary Security Credentials to Request Access to AWS Resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html) in the *AWS IAM User Guide*.
    pub access_key_id: Option<String>,
    /// The key that is used to sign the request. For more information, see [Using Temporary Security Credentials to Request Access to AWS Resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html) in the *AWS IAM User Guide*.
    pub secret_access_key: Option<String>,
    /// The token used for temporary credentials. For more information, see [Using Temporary Security Credentials to Request Access to AWS Resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html) in the *AWS IAM User Guide*.
    pub session_token: Option<String>,
    /// The date on which temporary security credentials expire.
    pub expiration: Option<i64>,
}
rt::structure!(
    RoleCredentials, ROLE_CREDENTIALS, [access_key_id, secret_access_key, session_token,
    expiration]
);
/// Provides information about the role that is assigned to the user.
#[derive(Clone, Default, PartialEq)]
pub struct RoleInfo {
    /// The friendly name of the role that is assigned to the user.
    pub role_name: Option<String>,
    /// The identifier of the AWS account assigned to the user.
    pub account_id: Option<String>,
}
rt::structure!(RoleInfo, ROLE_INFO, [role_name, account_id]);
/// Indicates that the request is being made too frequently and is more than what the server can handle.
#[derive(Clone, Default, PartialEq)]
pub struct TooManyRequestsException {
    pub message: Option<String>,
}
rt::structure!(TooManyRequestsException, TOO_MANY_REQUESTS_EXCEPTION, [message]);
/// Indicates that the request is not authorized. This can happen due to an invalid access token in the request.
#[derive(Clone, Default, PartialEq)]
pub struct UnauthorizedException {
    pub message: Option<String>,
}
rt::structure!(UnauthorizedException, UNAUTHORIZED_EXCEPTION, [message]);

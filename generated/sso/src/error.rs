//! Per-operation error enums: one variant per modelled error plus `Unmodelled`.
//! Code, message, request id and status are on [`kumo_runtime::Error`].
#![allow(
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items
)]
/// The errors `GetRoleCredentials` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetRoleCredentialsError {
    /// Indicates that a problem occurred with the input to the request. For example, a required parameter might be missing or out of range.
    InvalidRequestException(super::types::InvalidRequestException),
    /// Indicates that the request is not authorized. This can happen due to an invalid access token in the request.
    UnauthorizedException(super::types::UnauthorizedException),
    /// Indicates that the request is being made too frequently and is more than what the server can handle.
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The specified resource doesn't exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetRoleCredentialsError, [InvalidRequestException, UnauthorizedException,
    TooManyRequestsException, ResourceNotFoundException]
);
/// The errors `ListAccountRoles` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListAccountRolesError {
    /// Indicates that a problem occurred with the input to the request. For example, a required parameter might be missing or out of range.
    InvalidRequestException(super::types::InvalidRequestException),
    /// Indicates that the request is not authorized. This can happen due to an invalid access token in the request.
    UnauthorizedException(super::types::UnauthorizedException),
    /// Indicates that the request is being made too frequently and is more than what the server can handle.
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The specified resource doesn't exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListAccountRolesError, [InvalidRequestException, UnauthorizedException,
    TooManyRequestsException, ResourceNotFoundException]
);
/// The errors `ListAccounts` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListAccountsError {
    /// Indicates that a problem occurred with the input to the request. For example, a required parameter might be missing or out of range.
    InvalidRequestException(super::types::InvalidRequestException),
    /// Indicates that the request is not authorized. This can happen due to an invalid access token in the request.
    UnauthorizedException(super::types::UnauthorizedException),
    /// Indicates that the request is being made too frequently and is more than what the server can handle.
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The specified resource doesn't exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListAccountsError, [InvalidRequestException, UnauthorizedException,
    TooManyRequestsException, ResourceNotFoundException]
);
/// The errors `Logout` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum LogoutError {
    /// Indicates that a problem occurred with the input to the request. For example, a required parameter might be missing or out of range.
    InvalidRequestException(super::types::InvalidRequestException),
    /// Indicates that the request is not authorized. This can happen due to an invalid access token in the request.
    UnauthorizedException(super::types::UnauthorizedException),
    /// Indicates that the request is being made too frequently and is more than what the server can handle.
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    LogoutError, [InvalidRequestException, UnauthorizedException,
    TooManyRequestsException]
);

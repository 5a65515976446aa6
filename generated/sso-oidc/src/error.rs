//! Per-operation error enums: one variant per modelled error plus `Unmodelled`.
//! Code, message, request id and status are on [`kumo_runtime::Error`].
#![allow(
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items
)]
/// The errors `CreateToken` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateTokenError {
    /// Indicates that something is wrong with the input to the request. For example, a required parameter might be missing or out of range.
    InvalidRequestException(super::types::InvalidRequestException),
    /// Indicates that the `clientId` or `clientSecret` in the request is invalid. For example, this can occur when a client sends an incorrect `clientId` or an expired `clientSecret`.
    InvalidClientException(super::types::InvalidClientException),
    /// Indicates that a request contains an invalid grant. This can occur if a client makes a CreateToken request with an invalid grant type.
    InvalidGrantException(super::types::InvalidGrantException),
    /// Indicates that the client is not currently authorized to make the request. This can happen when a `clientId` is not issued for a public client.
    UnauthorizedClientException(super::types::UnauthorizedClientException),
    /// Indicates that the grant type in the request is not supported by the service.
    UnsupportedGrantTypeException(super::types::UnsupportedGrantTypeException),
    /// Indicates that the scope provided in the request is invalid.
    InvalidScopeException(super::types::InvalidScopeException),
    /// Indicates that a request to authorize a client with an access user session token is pending.
    AuthorizationPendingException(super::types::AuthorizationPendingException),
    /// Indicates that the client is making the request too frequently and is more than the service can handle.
    SlowDownException(super::types::SlowDownException),
    /// You do not have sufficient access to perform this action.
    AccessDeniedException(super::types::AccessDeniedException),
    /// Indicates that the token issued by the service is expired and is no longer valid.
    ExpiredTokenException(super::types::ExpiredTokenException),
    /// Indicates that an error from the service occurred while trying to process a request.
    InternalServerException(super::types::InternalServerException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateTokenError, [InvalidRequestException, InvalidClientException,
    InvalidGrantException, UnauthorizedClientException, UnsupportedGrantTypeException,
    InvalidScopeException, AuthorizationPendingException, SlowDownException,
    AccessDeniedException, ExpiredTokenException, InternalServerException]
);
/// The errors `CreateTokenWithIAM` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateTokenWithIamError {
    /// Indicates that something is wrong with the input to the request. For example, a required parameter might be missing or out of range.
    InvalidRequestException(super::types::InvalidRequestException),
    /// Indicates that the `clientId` or `clientSecret` in the request is invalid. For example, this can occur when a client sends an incorrect `clientId` or an expired `clientSecret`.
    InvalidClientException(super::types::InvalidClientException),
    /// Indicates that a request contains an invalid grant. This can occur if a client makes a CreateToken request with an invalid grant type.
    InvalidGrantException(super::types::InvalidGrantException),
    /// Indicates that the client is not currently authorized to make the request. This can happen when a `clientId` is not issued for a public client.
    UnauthorizedClientException(super::types::UnauthorizedClientException),
    /// Indicates that the grant type in the request is not supported by the service.
    UnsupportedGrantTypeException(super::types::UnsupportedGrantTypeException),
    /// Indicates that the scope provided in the request is invalid.
    InvalidScopeException(super::types::InvalidScopeException),
    /// Indicates that a request to authorize a client with an access user session token is pending.
    AuthorizationPendingException(super::types::AuthorizationPendingException),
    /// Indicates that the client is making the request too frequently and is more than the service can handle.
    SlowDownException(super::types::SlowDownException),
    /// You do not have sufficient access to perform this action.
    AccessDeniedException(super::types::AccessDeniedException),
    /// Indicates that the token issued by the service is expired and is no longer valid.
    ExpiredTokenException(super::types::ExpiredTokenException),
    /// Indicates that an error from the service occurred while trying to process a request.
    InternalServerException(super::types::InternalServerException),
    /// Indicates that a token provided as input to the request was issued by and is only usable by calling IAM Identity Center endpoints in another region.
    InvalidRequestRegionException(super::types::InvalidRequestRegionException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateTokenWithIamError, [InvalidRequestException, InvalidClientException,
    InvalidGrantException, UnauthorizedClientException, UnsupportedGrantTypeException,
    InvalidScopeException, AuthorizationPendingException, SlowDownException,
    AccessDeniedException, ExpiredTokenException, InternalServerException,
    InvalidRequestRegionException]
);
/// The errors `RegisterClient` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RegisterClientError {
    /// Indicates that something is wrong with the input to the request. For example, a required parameter might be missing or out of range.
    InvalidRequestException(super::types::InvalidRequestException),
    /// Indicates that the scope provided in the request is invalid.
    InvalidScopeException(super::types::InvalidScopeException),
    /// Indicates that the client information sent in the request during registration is invalid.
    InvalidClientMetadataException(super::types::InvalidClientMetadataException),
    /// Indicates that an error from the service occurred while trying to process a request.
    InternalServerException(super::types::InternalServerException),
    /// Indicates that one or more redirect URI in the request is not supported for this operation.
    InvalidRedirectUriException(super::types::InvalidRedirectUriException),
    /// Indicates that the grant type in the request is not supported by the service.
    UnsupportedGrantTypeException(super::types::UnsupportedGrantTypeException),
    /// Indicates that the client is making the request too frequently and is more than the service can handle.
    SlowDownException(super::types::SlowDownException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    RegisterClientError, [InvalidRequestException, InvalidScopeException,
    InvalidClientMetadataException, InternalServerException, InvalidRedirectUriException,
    UnsupportedGrantTypeException, SlowDownException]
);
/// The errors `StartDeviceAuthorization` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum StartDeviceAuthorizationError {
    /// Indicates that something is wrong with the input to the request. For example, a required parameter might be missing or out of range.
    InvalidRequestException(super::types::InvalidRequestException),
    /// Indicates that the `clientId` or `clientSecret` in the request is invalid. For example, this can occur when a client sends an incorrect `clientId` or an expired `clientSecret`.
    InvalidClientException(super::types::InvalidClientException),
    /// Indicates that the client is not currently authorized to make the request. This can happen when a `clientId` is not issued for a public client.
    UnauthorizedClientException(super::types::UnauthorizedClientException),
    /// Indicates that the client is making the request too frequently and is more than the service can handle.
    SlowDownException(super::types::SlowDownException),
    /// Indicates that an error from the service occurred while trying to process a request.
    InternalServerException(super::types::InternalServerException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    StartDeviceAuthorizationError, [InvalidRequestException, InvalidClientException,
    UnauthorizedClientException, SlowDownException, InternalServerException]
);

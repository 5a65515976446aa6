//! Per-operation error enums: one variant per modelled error plus `Unmodelled`.
//! Code, message, request id and status are on [`kumo_runtime::Error`].
#![allow(
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items
)]
/// The errors `AssumeRole` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AssumeRoleError {
    /// The request was rejected because the policy document was malformed. The error message describes the specific error.
    MalformedPolicyDocumentException(super::types::MalformedPolicyDocumentException),
    /// The request was rejected because the total packed size of the session policies and session tags combined was too large. An Amazon Web Services conversion compresses the session policy document, session policy ARNs, and session tags into a packed binary format that has a separate limit. The error message indicates by percentage how close the policies and tags are to the upper size limit. For more information, see [Passing Session Tags in STS](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html) in the *IAM User Guide*.
    ///
    /// You could receive this error even though you meet other defined session policy and session tag limits. For more information, see [IAM and STS Entity Character Limits](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-limits-entity-length) in the *IAM User Guide*.
    PackedPolicyTooLargeException(super::types::PackedPolicyTooLargeException),
    /// STS is not activated in the requested region for the account that is being asked to generate credentials. The account administrator must use the IAM console to activate STS in that region. For more information, see [Activating and Deactivating STS in an Amazon Web Services Region](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_enable-regions.html#sts-regions-activate-deactivate) in the *IAM User Guide*.
    RegionDisabledException(super::types::RegionDisabledException),
    /// The web identity token that was passed is expired or is not valid. Get a new identity token from the identity provider and then retry the request.
    ExpiredTokenException(super::types::ExpiredTokenException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    AssumeRoleError, [MalformedPolicyDocumentException, PackedPolicyTooLargeException,
    RegionDisabledException, ExpiredTokenException]
);
/// The errors `AssumeRoleWithSAML` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AssumeRoleWithSamlError {
    /// The request was rejected because the policy document was malformed. The error message describes the specific error.
    MalformedPolicyDocumentException(super::types::MalformedPolicyDocumentException),
    /// The request was rejected because the total packed size of the session policies and session tags combined was too large. An Amazon Web Services conversion compresses the session policy document, session policy ARNs, and session tags into a packed binary format that has a separate limit. The error message indicates by percentage how close the policies and tags are to the upper size limit. For more information, see [Passing Session Tags in STS](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html) in the *IAM User Guide*.
    ///
    /// You could receive this error even though you meet other defined session policy and session tag limits. For more information, see [IAM and STS Entity Character Limits](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-limits-entity-length) in the *IAM User Guide*.
    PackedPolicyTooLargeException(super::types::PackedPolicyTooLargeException),
    /// The identity provider (IdP) reported that authentication failed. This might be because the claim is invalid.
    ///
    /// If this error is returned for the `AssumeRoleWithWebIdentity` operation, it can also mean that the claim has expired or has been explicitly revoked.
    IdpRejectedClaimException(super::types::IdpRejectedClaimException),
    /// The web identity token that was passed could not be validated by Amazon Web Services. Get a new identity token from the identity provider and then retry the request.
    InvalidIdentityTokenException(super::types::InvalidIdentityTokenException),
    /// The web identity token that was passed is expired or is not valid. Get a new identity token from the identity provider and then retry the request.
    ExpiredTokenException(super::types::ExpiredTokenException),
    /// STS is not activated in the requested region for the account that is being asked to generate credentials. The account administrator must use the IAM console to activate STS in that region. For more information, see [Activating and Deactivating STS in an Amazon Web Services Region](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_enable-regions.html#sts-regions-activate-deactivate) in the *IAM User Guide*.
    RegionDisabledException(super::types::RegionDisabledException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    AssumeRoleWithSamlError, [MalformedPolicyDocumentException,
    PackedPolicyTooLargeException, IdpRejectedClaimException,
    InvalidIdentityTokenException, ExpiredTokenException, RegionDisabledException]
);
/// The errors `AssumeRoleWithWebIdentity` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AssumeRoleWithWebIdentityError {
    /// The request was rejected because the policy document was malformed. The error message describes the specific error.
    MalformedPolicyDocumentException(super::types::MalformedPolicyDocumentException),
    /// The request was rejected because the total packed size of the session policies and session tags combined was too large. An Amazon Web Services conversion compresses the session policy document, session policy ARNs, and session tags into a packed binary format that has a separate limit. The error message indicates by percentage how close the policies and tags are to the upper size limit. For more information, see [Passing Session Tags in STS](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html) in the *IAM User Guide*.
    ///
    /// You could receive this error even though you meet other defined session policy and session tag limits. For more information, see [IAM and STS Entity Character Limits](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-limits-entity-length) in the *IAM User Guide*.
    PackedPolicyTooLargeException(super::types::PackedPolicyTooLargeException),
    /// The identity provider (IdP) reported that authentication failed. This might be because the claim is invalid.
    ///
    /// If this error is returned for the `AssumeRoleWithWebIdentity` operation, it can also mean that the claim has expired or has been explicitly revoked.
    IdpRejectedClaimException(super::types::IdpRejectedClaimException),
    /// The request could not be fulfilled because the identity provider (IDP) that was asked to verify the incoming identity token could not be reached. This is often a transient error caused by network conditions. Retry the request a limited number of times so that you don't exceed the request rate. If the error persists, the identity provider might be down or not responding.
    IdpCommunicationErrorException(super::types::IdpCommunicationErrorException),
    /// The web identity token that was passed could not be validated by Amazon Web Services. Get a new identity token from the identity provider and then retry the request.
    InvalidIdentityTokenException(super::types::InvalidIdentityTokenException),
    /// The web identity token that was passed is expired or is not valid. Get a new identity token from the identity provider and then retry the request.
    ExpiredTokenException(super::types::ExpiredTokenException),
    /// STS is not activated in the requested region for the account that is being asked to generate credentials. The account administrator must use the IAM console to activate STS in that region. For more information, see [Activating and Deactivating STS in an Amazon Web Services Region](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_enable-regions.html#sts-regions-activate-deactivate) in the *IAM User Guide*.
    RegionDisabledException(super::types::RegionDisabledException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    AssumeRoleWithWebIdentityError, [MalformedPolicyDocumentException,
    PackedPolicyTooLargeException, IdpRejectedClaimException,
    IdpCommunicationErrorException, InvalidIdentityTokenException, ExpiredTokenException,
    RegionDisabledException]
);
/// The errors `AssumeRoot` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AssumeRootError {
    /// STS is not activated in the requested region for the account that is being asked to generate credentials. The account administrator must use the IAM console to activate STS in that region. For more information, see [Activating and Deactivating STS in an Amazon Web Services Region](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_enable-regions.html#sts-regions-activate-deactivate) in the *IAM User Guide*.
    RegionDisabledException(super::types::RegionDisabledException),
    /// The web identity token that was passed is expired or is not valid. Get a new identity token from the identity provider and then retry the request.
    ExpiredTokenException(super::types::ExpiredTokenException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    AssumeRootError, [RegionDisabledException, ExpiredTokenException]
);
/// The errors `DecodeAuthorizationMessage` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DecodeAuthorizationMessageError {
    /// The error returned if the message passed to `DecodeAuthorizationMessage` was invalid. This can happen if the token contains invalid characters, such as line breaks, or if the message has expired.
    InvalidAuthorizationMessageException(
        super::types::InvalidAuthorizationMessageException,
    ),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DecodeAuthorizationMessageError, [InvalidAuthorizationMessageException]
);
/// The errors `GetAccessKeyInfo` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetAccessKeyInfoError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetAccessKeyInfoError, []);
/// The errors `GetCallerIdentity` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetCallerIdentityError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetCallerIdentityError, []);
/// The errors `GetDelegatedAccessToken` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetDelegatedAccessTokenError {
    /// The trade-in token provided in the request has expired and can no longer be exchanged for credentials. Request a new token and retry the operation.
    ExpiredTradeInTokenException(super::types::ExpiredTradeInTokenException),
    /// STS is not activated in the requested region for the account that is being asked to generate credentials. The account administrator must use the IAM console to activate STS in that region. For more information, see [Activating and Deactivating STS in an Amazon Web Services Region](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_enable-regions.html#sts-regions-activate-deactivate) in the *IAM User Guide*.
    RegionDisabledException(super::types::RegionDisabledException),
    /// The request was rejected because the total packed size of the session policies and session tags combined was too large. An Amazon Web Services conversion compresses the session policy document, session policy ARNs, and session tags into a packed binary format that has a separate limit. The error message indicates by percentage how close the policies and tags are to the upper size limit. For more information, see [Passing Session Tags in STS](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html) in the *IAM User Guide*.
    ///
    /// You could receive this error even though you meet other defined session policy and session tag limits. For more information, see [IAM and STS Entity Character Limits](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-limits-entity-length) in the *IAM User Guide*.
    PackedPolicyTooLargeException(super::types::PackedPolicyTooLargeException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetDelegatedAccessTokenError, [ExpiredTradeInTokenException, RegionDisabledException,
    PackedPolicyTooLargeException]
);
/// The errors `GetFederationToken` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetFederationTokenError {
    /// The request was rejected because the policy document was malformed. The error message describes the specific error.
    MalformedPolicyDocumentException(super::types::MalformedPolicyDocumentException),
    /// The request was rejected because the total packed size of the session policies and session tags combined was too large. An Amazon Web Services conversion compresses the session policy document, session policy ARNs, and session tags into a packed binary format that has a separate limit. The error message indicates by percentage how close the policies and tags are to the upper size limit. For more information, see [Passing Session Tags in STS](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html) in the *IAM User Guide*.
    ///
    /// You could receive this error even though you meet other defined session policy and session tag limits. For more information, see [IAM and STS Entity Character Limits](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-limits-entity-length) in the *IAM User Guide*.
    PackedPolicyTooLargeException(super::types::PackedPolicyTooLargeException),
    /// STS is not activated in the requested region for the account that is being asked to generate credentials. The account administrator must use the IAM console to activate STS in that region. For more information, see [Activating and Deactivating STS in an Amazon Web Services Region](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_enable-regions.html#sts-regions-activate-deactivate) in the *IAM User Guide*.
    RegionDisabledException(super::types::RegionDisabledException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetFederationTokenError, [MalformedPolicyDocumentException,
    PackedPolicyTooLargeException, RegionDisabledException]
);
/// The errors `GetSessionToken` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetSessionTokenError {
    /// STS is not activated in the requested region for the account that is being asked to generate credentials. The account administrator must use the IAM console to activate STS in that region. For more information, see [Activating and Deactivating STS in an Amazon Web Services Region](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_enable-regions.html#sts-regions-activate-deactivate) in the *IAM User Guide*.
    RegionDisabledException(super::types::RegionDisabledException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetSessionTokenError, [RegionDisabledException]);
/// The errors `GetWebIdentityToken` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetWebIdentityTokenError {
    /// The requested token duration would extend the session beyond its original expiration time. You cannot use this operation to extend the lifetime of a session beyond what was granted when the session was originally created.
    SessionDurationEscalationException(super::types::SessionDurationEscalationException),
    /// The outbound web identity federation feature is not enabled for this account. To use this feature, you must first enable it through the Amazon Web Services Management Console or API.
    OutboundWebIdentityFederationDisabledException(
        super::types::OutboundWebIdentityFederationDisabledException,
    ),
    /// The requested token payload size exceeds the maximum allowed size. Reduce the number of request tags included in the `GetWebIdentityToken` API call to reduce the token payload size.
    JwtPayloadSizeExceededException(super::types::JwtPayloadSizeExceededException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetWebIdentityTokenError, [SessionDurationEscalationException,
    OutboundWebIdentityFederationDisabledException, JwtPayloadSizeExceededException]
);

//! Per-operation error enums: one variant per modelled error plus `Unmodelled`.
//! Code, message, request id and status are on [`kumo_runtime::Error`].
#![allow(
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items
)]
/// The errors `AcceptDelegationRequest` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AcceptDelegationRequestError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    AcceptDelegationRequestError, [NoSuchEntityException, ServiceFailureException,
    ConcurrentModificationException]
);
/// The errors `AcquireRole` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AcquireRoleError {
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request was rejected because it attempted to create a resource that already exists.
    EntityAlreadyExistsException(super::types::EntityAlreadyExistsException),
    /// The request was rejected because someone modified the role template while the service was creating the role. Wait a few minutes and try the request again.
    RoleModifiedException(super::types::RoleModifiedException),
    /// The request was rejected because the resulting role name conflicts with an existing role in the account.
    NameConflictException(super::types::NameConflictException),
    /// The request was rejected because the policy document was malformed. The error message describes the specific error.
    MalformedPolicyDocumentException(super::types::MalformedPolicyDocumentException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because the specified role template is disabled. A disabled role template cannot be used to create new roles. Contact your administrator to enable the role template, or use a different role template.
    RoleTemplateDisabledException(super::types::RoleTemplateDisabledException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    AcquireRoleError, [LimitExceededException, InvalidInputException,
    EntityAlreadyExistsException, RoleModifiedException, NameConflictException,
    MalformedPolicyDocumentException, ConcurrentModificationException,
    ServiceFailureException, NoSuchEntityException, RoleTemplateDisabledException]
);
/// The errors `AddClientIDToOpenIDConnectProvider` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AddClientIdToOpenIdConnectProviderError {
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    AddClientIdToOpenIdConnectProviderError, [ConcurrentModificationException,
    InvalidInputException, NoSuchEntityException, LimitExceededException,
    ServiceFailureException]
);
/// The errors `AddRoleToInstanceProfile` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AddRoleToInstanceProfileError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create a resource that already exists.
    EntityAlreadyExistsException(super::types::EntityAlreadyExistsException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because service-linked roles are protected Amazon Web Services resources. Only the service that depends on the service-linked role can modify or delete the role on your behalf. The error message includes the name of the service that depends on this service-linked role. You must request the change through that service.
    UnmodifiableEntityException(super::types::UnmodifiableEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    AddRoleToInstanceProfileError, [NoSuchEntityException, EntityAlreadyExistsException,
    LimitExceededException, UnmodifiableEntityException, ServiceFailureException]
);
/// The errors `AddUserToGroup` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AddUserToGroupError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    AddUserToGroupError, [NoSuchEntityException, LimitExceededException,
    ServiceFailureException]
);
/// The errors `AssociateDelegationRequest` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AssociateDelegationRequestError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    AssociateDelegationRequestError, [NoSuchEntityException, ServiceFailureException,
    ConcurrentModificationException, InvalidInputException]
);
/// The errors `AttachGroupPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AttachGroupPolicyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request failed because Amazon Web Services service role policies can only be attached to the service-linked role for that service.
    PolicyNotAttachableException(super::types::PolicyNotAttachableException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    AttachGroupPolicyError, [NoSuchEntityException, LimitExceededException,
    InvalidInputException, PolicyNotAttachableException, ServiceFailureException]
);
/// The errors `AttachRolePolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AttachRolePolicyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request was rejected because service-linked roles are protected Amazon Web Services resources. Only the service that depends on the service-linked role can modify or delete the role on your behalf. The error message includes the name of the service that depends on this service-linked role. You must request the change through that service.
    UnmodifiableEntityException(super::types::UnmodifiableEntityException),
    /// The request failed because Amazon Web Services service role policies can only be attached to the service-linked role for that service.
    PolicyNotAttachableException(super::types::PolicyNotAttachableException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    AttachRolePolicyError, [NoSuchEntityException, LimitExceededException,
    InvalidInputException, UnmodifiableEntityException, PolicyNotAttachableException,
    ServiceFailureException]
);
/// The errors `AttachUserPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AttachUserPolicyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request failed because Amazon Web Services service role policies can only be attached to the service-linked role for that service.
    PolicyNotAttachableException(super::types::PolicyNotAttachableException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    AttachUserPolicyError, [NoSuchEntityException, LimitExceededException,
    InvalidInputException, PolicyNotAttachableException, ServiceFailureException]
);
/// The errors `ChangePassword` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ChangePasswordError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because the type of user for the transaction was incorrect.
    InvalidUserTypeException(super::types::InvalidUserTypeException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because it referenced an entity that is temporarily unmodifiable, such as a user name that was deleted and then recreated. The error indicates that the request is likely to succeed if you try again after waiting several minutes. The error message describes the entity.
    EntityTemporarilyUnmodifiableException(
        super::types::EntityTemporarilyUnmodifiableException,
    ),
    /// The request was rejected because the provided password did not meet the requirements imposed by the account password policy.
    PasswordPolicyViolationException(super::types::PasswordPolicyViolationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ChangePasswordError, [NoSuchEntityException, InvalidUserTypeException,
    LimitExceededException, EntityTemporarilyUnmodifiableException,
    PasswordPolicyViolationException, ServiceFailureException]
);
/// The errors `CreateAccessKey` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateAccessKeyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateAccessKeyError, [NoSuchEntityException, LimitExceededException,
    ServiceFailureException]
);
/// The errors `CreateAccountAlias` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateAccountAliasError {
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// The request was rejected because it attempted to create a resource that already exists.
    EntityAlreadyExistsException(super::types::EntityAlreadyExistsException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateAccountAliasError, [ConcurrentModificationException,
    EntityAlreadyExistsException, LimitExceededException, ServiceFailureException]
);
/// The errors `CreateDelegationRequest` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateDelegationRequestError {
    /// The request was rejected because it attempted to create a resource that already exists.
    EntityAlreadyExistsException(super::types::EntityAlreadyExistsException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateDelegationRequestError, [EntityAlreadyExistsException, ServiceFailureException,
    InvalidInputException, LimitExceededException, ConcurrentModificationException]
);
/// The errors `CreateGroup` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateGroupError {
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because it attempted to create a resource that already exists.
    EntityAlreadyExistsException(super::types::EntityAlreadyExistsException),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateGroupError, [LimitExceededException, EntityAlreadyExistsException,
    NoSuchEntityException, ServiceFailureException]
);
/// The errors `CreateInstanceProfile` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateInstanceProfileError {
    /// The request was rejected because it attempted to create a resource that already exists.
    EntityAlreadyExistsException(super::types::EntityAlreadyExistsException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateInstanceProfileError, [EntityAlreadyExistsException, InvalidInputException,
    LimitExceededException, ConcurrentModificationException, ServiceFailureException]
);
/// The errors `CreateLoginProfile` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateLoginProfileError {
    /// The request was rejected because it attempted to create a resource that already exists.
    EntityAlreadyExistsException(super::types::EntityAlreadyExistsException),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because the provided password did not meet the requirements imposed by the account password policy.
    PasswordPolicyViolationException(super::types::PasswordPolicyViolationException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateLoginProfileError, [EntityAlreadyExistsException, NoSuchEntityException,
    PasswordPolicyViolationException, LimitExceededException, ServiceFailureException]
);
/// The errors `CreateOpenIDConnectProvider` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateOpenIdConnectProviderError {
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request was rejected because it attempted to create a resource that already exists.
    EntityAlreadyExistsException(super::types::EntityAlreadyExistsException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// The request failed because IAM cannot connect to the OpenID Connect identity provider URL.
    OpenIdIdpCommunicationErrorException(
        super::types::OpenIdIdpCommunicationErrorException,
    ),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateOpenIdConnectProviderError, [InvalidInputException,
    EntityAlreadyExistsException, LimitExceededException,
    ConcurrentModificationException, ServiceFailureException,
    OpenIdIdpCommunicationErrorException]
);
/// The errors `CreatePolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreatePolicyError {
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because it attempted to create a resource that already exists.
    EntityAlreadyExistsException(super::types::EntityAlreadyExistsException),
    /// The request was rejected because the policy document was malformed. The error message describes the specific error.
    MalformedPolicyDocumentException(super::types::MalformedPolicyDocumentException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreatePolicyError, [InvalidInputException, LimitExceededException,
    EntityAlreadyExistsException, MalformedPolicyDocumentException,
    ConcurrentModificationException, ServiceFailureException]
);
/// The errors `CreatePolicyVersion` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreatePolicyVersionError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because the policy document was malformed. The error message describes the specific error.
    MalformedPolicyDocumentException(super::types::MalformedPolicyDocumentException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreatePolicyVersionError, [NoSuchEntityException, MalformedPolicyDocumentException,
    InvalidInputException, LimitExceededException, ServiceFailureException]
);
/// The errors `CreateRole` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateRoleError {
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request was rejected because it attempted to create a resource that already exists.
    EntityAlreadyExistsException(super::types::EntityAlreadyExistsException),
    /// The request was rejected because the policy document was malformed. The error message describes the specific error.
    MalformedPolicyDocumentException(super::types::MalformedPolicyDocumentException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateRoleError, [LimitExceededException, InvalidInputException,
    EntityAlreadyExistsException, MalformedPolicyDocumentException,
    ConcurrentModificationException, ServiceFailureException]
);
/// The errors `CreateSAMLProvider` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateSamlProviderError {
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request was rejected because it attempted to create a resource that already exists.
    EntityAlreadyExistsException(super::types::EntityAlreadyExistsException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateSamlProviderError, [InvalidInputException, EntityAlreadyExistsException,
    LimitExceededException, ConcurrentModificationException, ServiceFailureException]
);
/// The errors `CreateServiceLinkedRole` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateServiceLinkedRoleError {
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateServiceLinkedRoleError, [InvalidInputException, LimitExceededException,
    NoSuchEntityException, ServiceFailureException]
);
/// The errors `CreateServiceSpecificCredential` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateServiceSpecificCredentialError {
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The specified service does not support service-specific credentials.
    ServiceNotSupportedException(super::types::ServiceNotSupportedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateServiceSpecificCredentialError, [LimitExceededException, NoSuchEntityException,
    ServiceNotSupportedException]
);
/// The errors `CreateUser` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateUserError {
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because it attempted to create a resource that already exists.
    EntityAlreadyExistsException(super::types::EntityAlreadyExistsException),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateUserError, [LimitExceededException, EntityAlreadyExistsException,
    NoSuchEntityException, InvalidInputException, ConcurrentModificationException,
    ServiceFailureException]
);
/// The errors `CreateVirtualMFADevice` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateVirtualMfaDeviceError {
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request was rejected because it attempted to create a resource that already exists.
    EntityAlreadyExistsException(super::types::EntityAlreadyExistsException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateVirtualMfaDeviceError, [LimitExceededException, InvalidInputException,
    EntityAlreadyExistsException, ConcurrentModificationException,
    ServiceFailureException]
);
/// The errors `DeactivateMFADevice` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeactivateMfaDeviceError {
    /// The request was rejected because it referenced an entity that is temporarily unmodifiable, such as a user name that was deleted and then recreated. The error indicates that the request is likely to succeed if you try again after waiting several minutes. The error message describes the entity.
    EntityTemporarilyUnmodifiableException(
        super::types::EntityTemporarilyUnmodifiableException,
    ),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeactivateMfaDeviceError, [EntityTemporarilyUnmodifiableException,
    NoSuchEntityException, LimitExceededException, ServiceFailureException,
    ConcurrentModificationException]
);
/// The errors `DeleteAccessKey` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteAccessKeyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteAccessKeyError, [NoSuchEntityException, LimitExceededException,
    ServiceFailureException]
);
/// The errors `DeleteAccountAlias` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteAccountAliasError {
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteAccountAliasError, [ConcurrentModificationException, NoSuchEntityException,
    LimitExceededException, ServiceFailureException]
);
/// The errors `DeleteAccountPasswordPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteAccountPasswordPolicyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteAccountPasswordPolicyError, [NoSuchEntityException, LimitExceededException,
    ServiceFailureException]
);
/// The errors `DeleteGroup` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteGroupError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because it attempted to delete a resource that has attached subordinate entities. The error message describes these entities.
    DeleteConflictException(super::types::DeleteConflictException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteGroupError, [NoSuchEntityException, DeleteConflictException,
    LimitExceededException, ServiceFailureException]
);
/// The errors `DeleteGroupPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteGroupPolicyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteGroupPolicyError, [NoSuchEntityException, LimitExceededException,
    ServiceFailureException]
);
/// The errors `DeleteInstanceProfile` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteInstanceProfileError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because it attempted to delete a resource that has attached subordinate entities. The error message describes these entities.
    DeleteConflictException(super::types::DeleteConflictException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteInstanceProfileError, [NoSuchEntityException, DeleteConflictException,
    LimitExceededException, ServiceFailureException]
);
/// The errors `DeleteLoginProfile` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteLoginProfileError {
    /// The request was rejected because it referenced an entity that is temporarily unmodifiable, such as a user name that was deleted and then recreated. The error indicates that the request is likely to succeed if you try again after waiting several minutes. The error message describes the entity.
    EntityTemporarilyUnmodifiableException(
        super::types::EntityTemporarilyUnmodifiableException,
    ),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteLoginProfileError, [EntityTemporarilyUnmodifiableException,
    NoSuchEntityException, LimitExceededException, ServiceFailureException]
);
/// The errors `DeleteOpenIDConnectProvider` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteOpenIdConnectProviderError {
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteOpenIdConnectProviderError, [InvalidInputException, NoSuchEntityException,
    ServiceFailureException]
);
/// The errors `DeletePolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeletePolicyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request was rejected because it attempted to delete a resource that has attached subordinate entities. The error message describes these entities.
    DeleteConflictException(super::types::DeleteConflictException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeletePolicyError, [NoSuchEntityException, LimitExceededException,
    InvalidInputException, DeleteConflictException, ServiceFailureException]
);
/// The errors `DeletePolicyVersion` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeletePolicyVersionError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request was rejected because it attempted to delete a resource that has attached subordinate entities. The error message describes these entities.
    DeleteConflictException(super::types::DeleteConflictException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeletePolicyVersionError, [NoSuchEntityException, LimitExceededException,
    InvalidInputException, DeleteConflictException, ServiceFailureException]
);
/// The errors `DeleteRole` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteRoleError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because it attempted to delete a resource that has attached subordinate entities. The error message describes these entities.
    DeleteConflictException(super::types::DeleteConflictException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because service-linked roles are protected Amazon Web Services resources. Only the service that depends on the service-linked role can modify or delete the role on your behalf. The error message includes the name of the service that depends on this service-linked role. You must request the change through that service.
    UnmodifiableEntityException(super::types::UnmodifiableEntityException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteRoleError, [NoSuchEntityException, DeleteConflictException,
    LimitExceededException, UnmodifiableEntityException, ConcurrentModificationException,
    ServiceFailureException]
);
/// The errors `DeleteRolePermissionsBoundary` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteRolePermissionsBoundaryError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because service-linked roles are protected Amazon Web Services resources. Only the service that depends on the service-linked role can modify or delete the role on your behalf. The error message includes the name of the service that depends on this service-linked role. You must request the change through that service.
    UnmodifiableEntityException(super::types::UnmodifiableEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteRolePermissionsBoundaryError, [NoSuchEntityException,
    UnmodifiableEntityException, ServiceFailureException]
);
/// The errors `DeleteRolePolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteRolePolicyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because service-linked roles are protected Amazon Web Services resources. Only the service that depends on the service-linked role can modify or delete the role on your behalf. The error message includes the name of the service that depends on this service-linked role. You must request the change through that service.
    UnmodifiableEntityException(super::types::UnmodifiableEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteRolePolicyError, [NoSuchEntityException, LimitExceededException,
    UnmodifiableEntityException, ServiceFailureException]
);
/// The errors `DeleteSAMLProvider` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteSamlProviderError {
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteSamlProviderError, [InvalidInputException, LimitExceededException,
    NoSuchEntityException, ServiceFailureException]
);
/// The errors `DeleteSSHPublicKey` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteSshPublicKeyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteSshPublicKeyError, [NoSuchEntityException]);
/// The errors `DeleteServerCertificate` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteServerCertificateError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because it attempted to delete a resource that has attached subordinate entities. The error message describes these entities.
    DeleteConflictException(super::types::DeleteConflictException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteServerCertificateError, [NoSuchEntityException, DeleteConflictException,
    LimitExceededException, ServiceFailureException]
);
/// The errors `DeleteServiceLinkedRole` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteServiceLinkedRoleError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteServiceLinkedRoleError, [NoSuchEntityException, LimitExceededException,
    ServiceFailureException]
);
/// The errors `DeleteServiceSpecificCredential` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteServiceSpecificCredentialError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteServiceSpecificCredentialError, [NoSuchEntityException]
);
/// The errors `DeleteSigningCertificate` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteSigningCertificateError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteSigningCertificateError, [NoSuchEntityException, LimitExceededException,
    ConcurrentModificationException, ServiceFailureException]
);
/// The errors `DeleteUser` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteUserError {
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because it attempted to delete a resource that has attached subordinate entities. The error message describes these entities.
    DeleteConflictException(super::types::DeleteConflictException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteUserError, [LimitExceededException, NoSuchEntityException,
    DeleteConflictException, ConcurrentModificationException, ServiceFailureException]
);
/// The errors `DeleteUserPermissionsBoundary` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteUserPermissionsBoundaryError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteUserPermissionsBoundaryError, [NoSuchEntityException, ServiceFailureException]
);
/// The errors `DeleteUserPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteUserPolicyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteUserPolicyError, [NoSuchEntityException, LimitExceededException,
    ServiceFailureException]
);
/// The errors `DeleteVirtualMFADevice` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteVirtualMfaDeviceError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because it attempted to delete a resource that has attached subordinate entities. The error message describes these entities.
    DeleteConflictException(super::types::DeleteConflictException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteVirtualMfaDeviceError, [NoSuchEntityException, DeleteConflictException,
    LimitExceededException, ServiceFailureException, ConcurrentModificationException]
);
/// The errors `DetachGroupPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DetachGroupPolicyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DetachGroupPolicyError, [NoSuchEntityException, LimitExceededException,
    InvalidInputException, ServiceFailureException]
);
/// The errors `DetachRolePolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DetachRolePolicyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request was rejected because service-linked roles are protected Amazon Web Services resources. Only the service that depends on the service-linked role can modify or delete the role on your behalf. The error message includes the name of the service that depends on this service-linked role. You must request the change through that service.
    UnmodifiableEntityException(super::types::UnmodifiableEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DetachRolePolicyError, [NoSuchEntityException, LimitExceededException,
    InvalidInputException, UnmodifiableEntityException, ServiceFailureException]
);
/// The errors `DetachUserPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DetachUserPolicyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DetachUserPolicyError, [NoSuchEntityException, LimitExceededException,
    InvalidInputException, ServiceFailureException]
);
/// The errors `DisableOrganizationsRootCredentialsManagement` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisableOrganizationsRootCredentialsManagementError {
    /// The request was rejected because trusted access is not enabled for IAM in Organizations. For details, see IAM and Organizations in the *Organizations User Guide*.
    ServiceAccessNotEnabledException(super::types::ServiceAccessNotEnabledException),
    /// The request was rejected because the account making the request is not the management account or delegated administrator account for [centralized root access](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html#id_root-user-access-management).
    AccountNotManagementOrDelegatedAdministratorException(
        super::types::AccountNotManagementOrDelegatedAdministratorException,
    ),
    /// The request was rejected because no organization is associated with your account.
    OrganizationNotFoundException(super::types::OrganizationNotFoundException),
    /// The request was rejected because your organization does not have All features enabled. For more information, see [Available feature sets](https://docs.aws.amazon.com/organizations/latest/userguide/orgs_getting-started_concepts.html#feature-set) in the *Organizations User Guide*.
    OrganizationNotInAllFeaturesModeException(
        super::types::OrganizationNotInAllFeaturesModeException,
    ),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DisableOrganizationsRootCredentialsManagementError,
    [ServiceAccessNotEnabledException,
    AccountNotManagementOrDelegatedAdministratorException, OrganizationNotFoundException,
    OrganizationNotInAllFeaturesModeException]
);
/// The errors `DisableOrganizationsRootSessions` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisableOrganizationsRootSessionsError {
    /// The request was rejected because trusted access is not enabled for IAM in Organizations. For details, see IAM and Organizations in the *Organizations User Guide*.
    ServiceAccessNotEnabledException(super::types::ServiceAccessNotEnabledException),
    /// The request was rejected because the account making the request is not the management account or delegated administrator account for [centralized root access](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html#id_root-user-access-management).
    AccountNotManagementOrDelegatedAdministratorException(
        super::types::AccountNotManagementOrDelegatedAdministratorException,
    ),
    /// The request was rejected because no organization is associated with your account.
    OrganizationNotFoundException(super::types::OrganizationNotFoundException),
    /// The request was rejected because your organization does not have All features enabled. For more information, see [Available feature sets](https://docs.aws.amazon.com/organizations/latest/userguide/orgs_getting-started_concepts.html#feature-set) in the *Organizations User Guide*.
    OrganizationNotInAllFeaturesModeException(
        super::types::OrganizationNotInAllFeaturesModeException,
    ),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DisableOrganizationsRootSessionsError, [ServiceAccessNotEnabledException,
    AccountNotManagementOrDelegatedAdministratorException, OrganizationNotFoundException,
    OrganizationNotInAllFeaturesModeException]
);
/// The errors `DisableOutboundWebIdentityFederation` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisableOutboundWebIdentityFederationError {
    /// The request failed because outbound identity federation is already disabled for your Amazon Web Services account. You cannot disable the feature multiple times
    FeatureDisabledException(super::types::FeatureDisabledException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DisableOutboundWebIdentityFederationError, [FeatureDisabledException]
);
/// The errors `EnableMFADevice` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum EnableMfaDeviceError {
    /// The request was rejected because it attempted to create a resource that already exists.
    EntityAlreadyExistsException(super::types::EntityAlreadyExistsException),
    /// The request was rejected because it referenced an entity that is temporarily unmodifiable, such as a user name that was deleted and then recreated. The error indicates that the request is likely to succeed if you try again after waiting several minutes. The error message describes the entity.
    EntityTemporarilyUnmodifiableException(
        super::types::EntityTemporarilyUnmodifiableException,
    ),
    /// The request was rejected because the authentication code was not recognized. The error message describes the specific error.
    InvalidAuthenticationCodeException(super::types::InvalidAuthenticationCodeException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    EnableMfaDeviceError, [EntityAlreadyExistsException,
    EntityTemporarilyUnmodifiableException, InvalidAuthenticationCodeException,
    LimitExceededException, NoSuchEntityException, ServiceFailureException,
    ConcurrentModificationException]
);
/// The errors `EnableOrganizationsRootCredentialsManagement` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum EnableOrganizationsRootCredentialsManagementError {
    /// The request was rejected because trusted access is not enabled for IAM in Organizations. For details, see IAM and Organizations in the *Organizations User Guide*.
    ServiceAccessNotEnabledException(super::types::ServiceAccessNotEnabledException),
    /// The request was rejected because the account making the request is not the management account or delegated administrator account for [centralized root access](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html#id_root-user-access-management).
    AccountNotManagementOrDelegatedAdministratorException(
        super::types::AccountNotManagementOrDelegatedAdministratorException,
    ),
    /// The request was rejected because no organization is associated with your account.
    OrganizationNotFoundException(super::types::OrganizationNotFoundException),
    /// The request was rejected because your organization does not have All features enabled. For more information, see [Available feature sets](https://docs.aws.amazon.com/organizations/latest/userguide/orgs_getting-started_concepts.html#feature-set) in the *Organizations User Guide*.
    OrganizationNotInAllFeaturesModeException(
        super::types::OrganizationNotInAllFeaturesModeException,
    ),
    /// The request was rejected because the account making the request is not the management account for the organization.
    CallerIsNotManagementAccountException(
        super::types::CallerIsNotManagementAccountException,
    ),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    EnableOrganizationsRootCredentialsManagementError, [ServiceAccessNotEnabledException,
    AccountNotManagementOrDelegatedAdministratorException, OrganizationNotFoundException,
    OrganizationNotInAllFeaturesModeException, CallerIsNotManagementAccountException]
);
/// The errors `EnableOrganizationsRootSessions` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum EnableOrganizationsRootSessionsError {
    /// The request was rejected because trusted access is not enabled for IAM in Organizations. For details, see IAM and Organizations in the *Organizations User Guide*.
    ServiceAccessNotEnabledException(super::types::ServiceAccessNotEnabledException),
    /// The request was rejected because the account making the request is not the management account or delegated administrator account for [centralized root access](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html#id_root-user-access-management).
    AccountNotManagementOrDelegatedAdministratorException(
        super::types::AccountNotManagementOrDelegatedAdministratorException,
    ),
    /// The request was rejected because no organization is associated with your account.
    OrganizationNotFoundException(super::types::OrganizationNotFoundException),
    /// The request was rejected because your organization does not have All features enabled. For more information, see [Available feature sets](https://docs.aws.amazon.com/organizations/latest/userguide/orgs_getting-started_concepts.html#feature-set) in the *Organizations User Guide*.
    OrganizationNotInAllFeaturesModeException(
        super::types::OrganizationNotInAllFeaturesModeException,
    ),
    /// The request was rejected because the account making the request is not the management account for the organization.
    CallerIsNotManagementAccountException(
        super::types::CallerIsNotManagementAccountException,
    ),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    EnableOrganizationsRootSessionsError, [ServiceAccessNotEnabledException,
    AccountNotManagementOrDelegatedAdministratorException, OrganizationNotFoundException,
    OrganizationNotInAllFeaturesModeException, CallerIsNotManagementAccountException]
);
/// The errors `EnableOutboundWebIdentityFederation` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum EnableOutboundWebIdentityFederationError {
    /// The request failed because outbound identity federation is already enabled for your Amazon Web Services account. You cannot enable the feature multiple times. To fetch the current configuration (including the unique issuer URL), use the `GetOutboundWebIdentityFederationInfo` operation.
    FeatureEnabledException(super::types::FeatureEnabledException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    EnableOutboundWebIdentityFederationError, [FeatureEnabledException]
);
/// The errors `GenerateCredentialReport` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GenerateCredentialReportError {
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GenerateCredentialReportError, [LimitExceededException, ServiceFailureException]
);
/// The errors `GenerateOrganizationsAccessReport` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GenerateOrganizationsAccessReportError {
    /// The request failed because the maximum number of concurrent requests for this account are already running.
    ReportGenerationLimitExceededException(
        super::types::ReportGenerationLimitExceededException,
    ),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GenerateOrganizationsAccessReportError, [ReportGenerationLimitExceededException]
);
/// The errors `GenerateServiceLastAccessedDetails` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GenerateServiceLastAccessedDetailsError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GenerateServiceLastAccessedDetailsError, [NoSuchEntityException,
    InvalidInputException]
);
/// The errors `GetAccessKeyLastUsed` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetAccessKeyLastUsedError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetAccessKeyLastUsedError, []);
/// The errors `GetAccountAuthorizationDetails` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetAccountAuthorizationDetailsError {
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetAccountAuthorizationDetailsError, [ServiceFailureException]
);
/// The errors `GetAccountPasswordPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetAccountPasswordPolicyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetAccountPasswordPolicyError, [NoSuchEntityException, ServiceFailureException]
);
/// The errors `GetAccountProperties` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetAccountPropertiesError {
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetAccountPropertiesError, [InvalidInputException, ServiceFailureException]
);
/// The errors `GetAccountSummary` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetAccountSummaryError {
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetAccountSummaryError, [ServiceFailureException]);
/// The errors `GetContextKeysForCustomPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetContextKeysForCustomPolicyError {
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetContextKeysForCustomPolicyError, [InvalidInputException]
);
/// The errors `GetContextKeysForPrincipalPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetContextKeysForPrincipalPolicyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetContextKeysForPrincipalPolicyError, [NoSuchEntityException, InvalidInputException]
);
/// The errors `GetCredentialReport` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetCredentialReportError {
    /// The request was rejected because the credential report does not exist. To generate a credential report, use [GenerateCredentialReport](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GenerateCredentialReport.html).
    CredentialReportNotPresentException(
        super::types::CredentialReportNotPresentException,
    ),
    /// The request was rejected because the most recent credential report has expired. To generate a new credential report, use [GenerateCredentialReport](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GenerateCredentialReport.html). For more information about credential report expiration, see [Getting credential reports](https://docs.aws.amazon.com/IAM/latest/UserGuide/credential-reports.html) in the *IAM User Guide*.
    CredentialReportExpiredException(super::types::CredentialReportExpiredException),
    /// The request was rejected because the credential report is still being generated.
    CredentialReportNotReadyException(super::types::CredentialReportNotReadyException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetCredentialReportError, [CredentialReportNotPresentException,
    CredentialReportExpiredException, CredentialReportNotReadyException,
    ServiceFailureException]
);
/// The errors `GetDelegationRequest` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetDelegationRequestError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetDelegationRequestError, [NoSuchEntityException, ServiceFailureException]
);
/// The errors `GetGroup` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetGroupError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetGroupError, [NoSuchEntityException, ServiceFailureException]
);
/// The errors `GetGroupPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetGroupPolicyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetGroupPolicyError, [NoSuchEntityException, ServiceFailureException]
);
/// The errors `GetHumanReadableSummary` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetHumanReadableSummaryError {
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetHumanReadableSummaryError, [InvalidInputException, NoSuchEntityException,
    ServiceFailureException]
);
/// The errors `GetInstanceProfile` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetInstanceProfileError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetInstanceProfileError, [NoSuchEntityException, ServiceFailureException]
);
/// The errors `GetLoginProfile` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetLoginProfileError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetLoginProfileError, [NoSuchEntityException, ServiceFailureException]
);
/// The errors `GetMFADevice` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetMfaDeviceError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetMfaDeviceError, [NoSuchEntityException, ServiceFailureException]
);
/// The errors `GetOpenIDConnectProvider` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetOpenIdConnectProviderError {
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetOpenIdConnectProviderError, [InvalidInputException, NoSuchEntityException,
    ServiceFailureException]
);
/// The errors `GetOrganizationsAccessReport` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetOrganizationsAccessReportError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetOrganizationsAccessReportError, [NoSuchEntityException]
);
/// The errors `GetOutboundWebIdentityFederationInfo` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetOutboundWebIdentityFederationInfoError {
    /// The request failed because outbound identity federation is already disabled for your Amazon Web Services account. You cannot disable the feature multiple times
    FeatureDisabledException(super::types::FeatureDisabledException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetOutboundWebIdentityFederationInfoError, [FeatureDisabledException]
);
/// The errors `GetPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetPolicyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetPolicyError, [NoSuchEntityException, InvalidInputException,
    ServiceFailureException]
);
/// The errors `GetPolicyVersion` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetPolicyVersionError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetPolicyVersionError, [NoSuchEntityException, InvalidInputException,
    ServiceFailureException]
);
/// The errors `GetRole` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetRoleError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetRoleError, [NoSuchEntityException, ServiceFailureException]
);
/// The errors `GetRolePolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetRolePolicyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetRolePolicyError, [NoSuchEntityException, ServiceFailureException]
);
/// The errors `GetRoleTemplateVersion` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetRoleTemplateVersionError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetRoleTemplateVersionError, [NoSuchEntityException, InvalidInputException,
    ServiceFailureException]
);
/// The errors `GetSAMLProvider` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetSamlProviderError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetSamlProviderError, [NoSuchEntityException, InvalidInputException,
    ServiceFailureException]
);
/// The errors `GetSSHPublicKey` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetSshPublicKeyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because the public key encoding format is unsupported or unrecognized.
    UnrecognizedPublicKeyEncodingException(
        super::types::UnrecognizedPublicKeyEncodingException,
    ),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetSshPublicKeyError, [NoSuchEntityException, UnrecognizedPublicKeyEncodingException]
);
/// The errors `GetServerCertificate` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetServerCertificateError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetServerCertificateError, [NoSuchEntityException, ServiceFailureException]
);
/// The errors `GetServiceLastAccessedDetails` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetServiceLastAccessedDetailsError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetServiceLastAccessedDetailsError, [NoSuchEntityException, InvalidInputException]
);
/// The errors `GetServiceLastAccessedDetailsWithEntities` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetServiceLastAccessedDetailsWithEntitiesError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetServiceLastAccessedDetailsWithEntitiesError, [NoSuchEntityException,
    InvalidInputException]
);
/// The errors `GetServiceLinkedRoleDeletionStatus` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetServiceLinkedRoleDeletionStatusError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetServiceLinkedRoleDeletionStatusError, [NoSuchEntityException,
    InvalidInputException, ServiceFailureException]
);
/// The errors `GetUser` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetUserError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetUserError, [NoSuchEntityException, ServiceFailureException]
);
/// The errors `GetUserPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetUserPolicyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetUserPolicyError, [NoSuchEntityException, ServiceFailureException]
);
/// The errors `ListAccessKeys` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListAccessKeysError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListAccessKeysError, [NoSuchEntityException, ServiceFailureException]
);
/// The errors `ListAccountAliases` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListAccountAliasesError {
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListAccountAliasesError, [ServiceFailureException]);
/// The errors `ListAttachedGroupPolicies` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListAttachedGroupPoliciesError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListAttachedGroupPoliciesError, [NoSuchEntityException, InvalidInputException,
    ServiceFailureException]
);
/// The errors `ListAttachedRolePolicies` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListAttachedRolePoliciesError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListAttachedRolePoliciesError, [NoSuchEntityException, InvalidInputException,
    ServiceFailureException]
);
/// The errors `ListAttachedUserPolicies` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListAttachedUserPoliciesError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListAttachedUserPoliciesError, [NoSuchEntityException, InvalidInputException,
    ServiceFailureException]
);
/// The errors `ListDelegationRequests` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListDelegationRequestsError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListDelegationRequestsError, [NoSuchEntityException, ServiceFailureException,
    InvalidInputException]
);
/// The errors `ListEntitiesForPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListEntitiesForPolicyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListEntitiesForPolicyError, [NoSuchEntityException, InvalidInputException,
    ServiceFailureException]
);
/// The errors `ListGroupPolicies` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListGroupPoliciesError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListGroupPoliciesError, [NoSuchEntityException, ServiceFailureException]
);
/// The errors `ListGroups` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListGroupsError {
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListGroupsError, [ServiceFailureException]);
/// The errors `ListGroupsForUser` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListGroupsForUserError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListGroupsForUserError, [NoSuchEntityException, ServiceFailureException]
);
/// The errors `ListInstanceProfileTags` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListInstanceProfileTagsError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListInstanceProfileTagsError, [NoSuchEntityException, ServiceFailureException]
);
/// The errors `ListInstanceProfiles` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListInstanceProfilesError {
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListInstanceProfilesError, [ServiceFailureException]);
/// The errors `ListInstanceProfilesForRole` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListInstanceProfilesForRoleError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListInstanceProfilesForRoleError, [NoSuchEntityException, ServiceFailureException]
);
/// The errors `ListMFADeviceTags` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListMfaDeviceTagsError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListMfaDeviceTagsError, [NoSuchEntityException, InvalidInputException,
    ServiceFailureException]
);
/// The errors `ListMFADevices` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListMfaDevicesError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListMfaDevicesError, [NoSuchEntityException, ServiceFailureException]
);
/// The errors `ListOpenIDConnectProviderTags` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListOpenIdConnectProviderTagsError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListOpenIdConnectProviderTagsError, [NoSuchEntityException, ServiceFailureException,
    InvalidInputException]
);
/// The errors `ListOpenIDConnectProviders` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListOpenIdConnectProvidersError {
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListOpenIdConnectProvidersError, [ServiceFailureException]
);
/// The errors `ListOrganizationsFeatures` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListOrganizationsFeaturesError {
    /// The request was rejected because trusted access is not enabled for IAM in Organizations. For details, see IAM and Organizations in the *Organizations User Guide*.
    ServiceAccessNotEnabledException(super::types::ServiceAccessNotEnabledException),
    /// The request was rejected because the account making the request is not the management account or delegated administrator account for [centralized root access](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html#id_root-user-access-management).
    AccountNotManagementOrDelegatedAdministratorException(
        super::types::AccountNotManagementOrDelegatedAdministratorException,
    ),
    /// The request was rejected because no organization is associated with your account.
    OrganizationNotFoundException(super::types::OrganizationNotFoundException),
    /// The request was rejected because your organization does not have All features enabled. For more information, see [Available feature sets](https://docs.aws.amazon.com/organizations/latest/userguide/orgs_getting-started_concepts.html#feature-set) in the *Organizations User Guide*.
    OrganizationNotInAllFeaturesModeException(
        super::types::OrganizationNotInAllFeaturesModeException,
    ),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListOrganizationsFeaturesError, [ServiceAccessNotEnabledException,
    AccountNotManagementOrDelegatedAdministratorException, OrganizationNotFoundException,
    OrganizationNotInAllFeaturesModeException]
);
/// The errors `ListPolicies` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListPoliciesError {
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListPoliciesError, [ServiceFailureException]);
/// The errors `ListPoliciesGrantingServiceAccess` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListPoliciesGrantingServiceAccessError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListPoliciesGrantingServiceAccessError, [NoSuchEntityException,
    InvalidInputException]
);
/// The errors `ListPolicyTags` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListPolicyTagsError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListPolicyTagsError, [NoSuchEntityException, ServiceFailureException,
    InvalidInputException]
);
/// The errors `ListPolicyVersions` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListPolicyVersionsError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListPolicyVersionsError, [NoSuchEntityException, InvalidInputException,
    ServiceFailureException]
);
/// The errors `ListRolePolicies` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListRolePoliciesError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListRolePoliciesError, [NoSuchEntityException, ServiceFailureException]
);
/// The errors `ListRoleTags` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListRoleTagsError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListRoleTagsError, [NoSuchEntityException, ServiceFailureException]
);
/// The errors `ListRoles` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListRolesError {
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListRolesError, [ServiceFailureException]);
/// The errors `ListSAMLProviderTags` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListSamlProviderTagsError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListSamlProviderTagsError, [NoSuchEntityException, ServiceFailureException,
    InvalidInputException]
);
/// The errors `ListSAMLProviders` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListSamlProvidersError {
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListSamlProvidersError, [ServiceFailureException]);
/// The errors `ListSSHPublicKeys` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListSshPublicKeysError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListSshPublicKeysError, [NoSuchEntityException]);
/// The errors `ListServerCertificateTags` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListServerCertificateTagsError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListServerCertificateTagsError, [NoSuchEntityException, ServiceFailureException]
);
/// The errors `ListServerCertificates` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListServerCertificatesError {
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListServerCertificatesError, [ServiceFailureException]);
/// The errors `ListServiceSpecificCredentials` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListServiceSpecificCredentialsError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The specified service does not support service-specific credentials.
    ServiceNotSupportedException(super::types::ServiceNotSupportedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListServiceSpecificCredentialsError, [NoSuchEntityException,
    ServiceNotSupportedException]
);
/// The errors `ListSigningCertificates` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListSigningCertificatesError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListSigningCertificatesError, [NoSuchEntityException, ServiceFailureException]
);
/// The errors `ListUserPolicies` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListUserPoliciesError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListUserPoliciesError, [NoSuchEntityException, ServiceFailureException]
);
/// The errors `ListUserTags` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListUserTagsError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListUserTagsError, [NoSuchEntityException, ServiceFailureException]
);
/// The errors `ListUsers` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListUsersError {
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListUsersError, [ServiceFailureException]);
/// The errors `ListVirtualMFADevices` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListVirtualMfaDevicesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListVirtualMfaDevicesError, []);
/// The errors `PutAccountProperties` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutAccountPropertiesError {
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutAccountPropertiesError, [InvalidInputException, ConcurrentModificationException,
    ServiceFailureException]
);
/// The errors `PutGroupPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutGroupPolicyError {
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because the policy document was malformed. The error message describes the specific error.
    MalformedPolicyDocumentException(super::types::MalformedPolicyDocumentException),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutGroupPolicyError, [LimitExceededException, MalformedPolicyDocumentException,
    NoSuchEntityException, ServiceFailureException]
);
/// The errors `PutRolePermissionsBoundary` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutRolePermissionsBoundaryError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request was rejected because service-linked roles are protected Amazon Web Services resources. Only the service that depends on the service-linked role can modify or delete the role on your behalf. The error message includes the name of the service that depends on this service-linked role. You must request the change through that service.
    UnmodifiableEntityException(super::types::UnmodifiableEntityException),
    /// The request failed because Amazon Web Services service role policies can only be attached to the service-linked role for that service.
    PolicyNotAttachableException(super::types::PolicyNotAttachableException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutRolePermissionsBoundaryError, [NoSuchEntityException, InvalidInputException,
    UnmodifiableEntityException, PolicyNotAttachableException, ServiceFailureException]
);
/// The errors `PutRolePolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutRolePolicyError {
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because the policy document was malformed. The error message describes the specific error.
    MalformedPolicyDocumentException(super::types::MalformedPolicyDocumentException),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because service-linked roles are protected Amazon Web Services resources. Only the service that depends on the service-linked role can modify or delete the role on your behalf. The error message includes the name of the service that depends on this service-linked role. You must request the change through that service.
    UnmodifiableEntityException(super::types::UnmodifiableEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutRolePolicyError, [LimitExceededException, MalformedPolicyDocumentException,
    NoSuchEntityException, UnmodifiableEntityException, ServiceFailureException]
);
/// The errors `PutUserPermissionsBoundary` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutUserPermissionsBoundaryError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request failed because Amazon Web Services service role policies can only be attached to the service-linked role for that service.
    PolicyNotAttachableException(super::types::PolicyNotAttachableException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutUserPermissionsBoundaryError, [NoSuchEntityException, InvalidInputException,
    PolicyNotAttachableException, ServiceFailureException]
);
/// The errors `PutUserPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutUserPolicyError {
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because the policy document was malformed. The error message describes the specific error.
    MalformedPolicyDocumentException(super::types::MalformedPolicyDocumentException),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutUserPolicyError, [LimitExceededException, MalformedPolicyDocumentException,
    NoSuchEntityException, ServiceFailureException]
);
/// The errors `RejectDelegationRequest` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RejectDelegationRequestError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    RejectDelegationRequestError, [NoSuchEntityException, ServiceFailureException,
    ConcurrentModificationException, InvalidInputException]
);
/// The errors `RemoveClientIDFromOpenIDConnectProvider` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RemoveClientIdFromOpenIdConnectProviderError {
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    RemoveClientIdFromOpenIdConnectProviderError, [ConcurrentModificationException,
    InvalidInputException, NoSuchEntityException, ServiceFailureException]
);
/// The errors `RemoveRoleFromInstanceProfile` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RemoveRoleFromInstanceProfileError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because service-linked roles are protected Amazon Web Services resources. Only the service that depends on the service-linked role can modify or delete the role on your behalf. The error message includes the name of the service that depends on this service-linked role. You must request the change through that service.
    UnmodifiableEntityException(super::types::UnmodifiableEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    RemoveRoleFromInstanceProfileError, [NoSuchEntityException, LimitExceededException,
    UnmodifiableEntityException, ServiceFailureException]
);
/// The errors `RemoveUserFromGroup` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RemoveUserFromGroupError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    RemoveUserFromGroupError, [NoSuchEntityException, LimitExceededException,
    ServiceFailureException]
);
/// The errors `ResetServiceSpecificCredential` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ResetServiceSpecificCredentialError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ResetServiceSpecificCredentialError, [NoSuchEntityException]
);
/// The errors `ResyncMFADevice` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ResyncMfaDeviceError {
    /// The request was rejected because the authentication code was not recognized. The error message describes the specific error.
    InvalidAuthenticationCodeException(super::types::InvalidAuthenticationCodeException),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ResyncMfaDeviceError, [InvalidAuthenticationCodeException, NoSuchEntityException,
    LimitExceededException, ServiceFailureException, ConcurrentModificationException]
);
/// The errors `SendDelegationToken` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum SendDelegationTokenError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    SendDelegationTokenError, [NoSuchEntityException, ServiceFailureException,
    ConcurrentModificationException, InvalidInputException]
);
/// The errors `SetDefaultPolicyVersion` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum SetDefaultPolicyVersionError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    SetDefaultPolicyVersionError, [NoSuchEntityException, InvalidInputException,
    LimitExceededException, ServiceFailureException]
);
/// The errors `SetSecurityTokenServicePreferences` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum SetSecurityTokenServicePreferencesError {
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    SetSecurityTokenServicePreferencesError, [ServiceFailureException]
);
/// The errors `SimulateCustomPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum SimulateCustomPolicyError {
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request failed because a provided policy could not be successfully evaluated. An additional detailed message indicates the source of the failure.
    PolicyEvaluationException(super::types::PolicyEvaluationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    SimulateCustomPolicyError, [InvalidInputException, PolicyEvaluationException]
);
/// The errors `SimulatePrincipalPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum SimulatePrincipalPolicyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request failed because a provided policy could not be successfully evaluated. An additional detailed message indicates the source of the failure.
    PolicyEvaluationException(super::types::PolicyEvaluationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    SimulatePrincipalPolicyError, [NoSuchEntityException, InvalidInputException,
    PolicyEvaluationException]
);
/// The errors `TagInstanceProfile` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum TagInstanceProfileError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    TagInstanceProfileError, [NoSuchEntityException, InvalidInputException,
    LimitExceededException, ConcurrentModificationException, ServiceFailureException]
);
/// The errors `TagMFADevice` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum TagMfaDeviceError {
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    TagMfaDeviceError, [InvalidInputException, NoSuchEntityException,
    LimitExceededException, ConcurrentModificationException, ServiceFailureException]
);
/// The errors `TagOpenIDConnectProvider` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum TagOpenIdConnectProviderError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    TagOpenIdConnectProviderError, [NoSuchEntityException, LimitExceededException,
    InvalidInputException, ConcurrentModificationException, ServiceFailureException]
);
/// The errors `TagPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum TagPolicyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    TagPolicyError, [NoSuchEntityException, LimitExceededException,
    InvalidInputException, ConcurrentModificationException, ServiceFailureException]
);
/// The errors `TagRole` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum TagRoleError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    TagRoleError, [NoSuchEntityException, LimitExceededException, InvalidInputException,
    ConcurrentModificationException, ServiceFailureException]
);
/// The errors `TagSAMLProvider` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum TagSamlProviderError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    TagSamlProviderError, [NoSuchEntityException, LimitExceededException,
    InvalidInputException, ConcurrentModificationException, ServiceFailureException]
);
/// The errors `TagServerCertificate` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum TagServerCertificateError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    TagServerCertificateError, [NoSuchEntityException, InvalidInputException,
    LimitExceededException, ConcurrentModificationException, ServiceFailureException]
);
/// The errors `TagUser` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum TagUserError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    TagUserError, [NoSuchEntityException, LimitExceededException, InvalidInputException,
    ConcurrentModificationException, ServiceFailureException]
);
/// The errors `UntagInstanceProfile` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UntagInstanceProfileError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UntagInstanceProfileError, [NoSuchEntityException, InvalidInputException,
    ConcurrentModificationException, ServiceFailureException]
);
/// The errors `UntagMFADevice` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UntagMfaDeviceError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UntagMfaDeviceError, [NoSuchEntityException, InvalidInputException,
    ConcurrentModificationException, ServiceFailureException]
);
/// The errors `UntagOpenIDConnectProvider` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UntagOpenIdConnectProviderError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UntagOpenIdConnectProviderError, [NoSuchEntityException, InvalidInputException,
    ConcurrentModificationException, ServiceFailureException]
);
/// The errors `UntagPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UntagPolicyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UntagPolicyError, [NoSuchEntityException, InvalidInputException,
    ConcurrentModificationException, ServiceFailureException]
);
/// The errors `UntagRole` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UntagRoleError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UntagRoleError, [NoSuchEntityException, ConcurrentModificationException,
    ServiceFailureException]
);
/// The errors `UntagSAMLProvider` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UntagSamlProviderError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UntagSamlProviderError, [NoSuchEntityException, InvalidInputException,
    ConcurrentModificationException, ServiceFailureException]
);
/// The errors `UntagServerCertificate` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UntagServerCertificateError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UntagServerCertificateError, [NoSuchEntityException, InvalidInputException,
    ConcurrentModificationException, ServiceFailureException]
);
/// The errors `UntagUser` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UntagUserError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UntagUserError, [NoSuchEntityException, ConcurrentModificationException,
    ServiceFailureException]
);
/// The errors `UpdateAccessKey` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateAccessKeyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateAccessKeyError, [NoSuchEntityException, LimitExceededException,
    ServiceFailureException, InvalidInputException]
);
/// The errors `UpdateAccountPasswordPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateAccountPasswordPolicyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because the policy document was malformed. The error message describes the specific error.
    MalformedPolicyDocumentException(super::types::MalformedPolicyDocumentException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateAccountPasswordPolicyError, [NoSuchEntityException,
    MalformedPolicyDocumentException, LimitExceededException, ServiceFailureException]
);
/// The errors `UpdateAssumeRolePolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateAssumeRolePolicyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because the policy document was malformed. The error message describes the specific error.
    MalformedPolicyDocumentException(super::types::MalformedPolicyDocumentException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because service-linked roles are protected Amazon Web Services resources. Only the service that depends on the service-linked role can modify or delete the role on your behalf. The error message includes the name of the service that depends on this service-linked role. You must request the change through that service.
    UnmodifiableEntityException(super::types::UnmodifiableEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateAssumeRolePolicyError, [NoSuchEntityException,
    MalformedPolicyDocumentException, LimitExceededException,
    UnmodifiableEntityException, ServiceFailureException]
);
/// The errors `UpdateDelegationRequest` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateDelegationRequestError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateDelegationRequestError, [NoSuchEntityException, ServiceFailureException,
    ConcurrentModificationException, InvalidInputException]
);
/// The errors `UpdateGroup` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateGroupError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create a resource that already exists.
    EntityAlreadyExistsException(super::types::EntityAlreadyExistsException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateGroupError, [NoSuchEntityException, EntityAlreadyExistsException,
    LimitExceededException, ServiceFailureException]
);
/// The errors `UpdateLoginProfile` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateLoginProfileError {
    /// The request was rejected because it referenced an entity that is temporarily unmodifiable, such as a user name that was deleted and then recreated. The error indicates that the request is likely to succeed if you try again after waiting several minutes. The error message describes the entity.
    EntityTemporarilyUnmodifiableException(
        super::types::EntityTemporarilyUnmodifiableException,
    ),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because the provided password did not meet the requirements imposed by the account password policy.
    PasswordPolicyViolationException(super::types::PasswordPolicyViolationException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateLoginProfileError, [EntityTemporarilyUnmodifiableException,
    NoSuchEntityException, PasswordPolicyViolationException, LimitExceededException,
    ServiceFailureException]
);
/// The errors `UpdateOpenIDConnectProviderThumbprint` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateOpenIdConnectProviderThumbprintError {
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateOpenIdConnectProviderThumbprintError, [ConcurrentModificationException,
    InvalidInputException, NoSuchEntityException, ServiceFailureException]
);
/// The errors `UpdateRole` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateRoleError {
    /// The request was rejected because service-linked roles are protected Amazon Web Services resources. Only the service that depends on the service-linked role can modify or delete the role on your behalf. The error message includes the name of the service that depends on this service-linked role. You must request the change through that service.
    UnmodifiableEntityException(super::types::UnmodifiableEntityException),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateRoleError, [UnmodifiableEntityException, NoSuchEntityException,
    ServiceFailureException]
);
/// The errors `UpdateRoleDescription` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateRoleDescriptionError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because service-linked roles are protected Amazon Web Services resources. Only the service that depends on the service-linked role can modify or delete the role on your behalf. The error message includes the name of the service that depends on this service-linked role. You must request the change through that service.
    UnmodifiableEntityException(super::types::UnmodifiableEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateRoleDescriptionError, [NoSuchEntityException, UnmodifiableEntityException,
    ServiceFailureException]
);
/// The errors `UpdateSAMLProvider` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateSamlProviderError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateSamlProviderError, [NoSuchEntityException, InvalidInputException,
    LimitExceededException, ServiceFailureException, ConcurrentModificationException]
);
/// The errors `UpdateSSHPublicKey` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateSshPublicKeyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateSshPublicKeyError, [NoSuchEntityException, InvalidInputException]
);
/// The errors `UpdateServerCertificate` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateServerCertificateError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create a resource that already exists.
    EntityAlreadyExistsException(super::types::EntityAlreadyExistsException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateServerCertificateError, [NoSuchEntityException, EntityAlreadyExistsException,
    LimitExceededException, ServiceFailureException]
);
/// The errors `UpdateServiceSpecificCredential` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateServiceSpecificCredentialError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateServiceSpecificCredentialError, [NoSuchEntityException]
);
/// The errors `UpdateSigningCertificate` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateSigningCertificateError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateSigningCertificateError, [NoSuchEntityException, LimitExceededException,
    ServiceFailureException, InvalidInputException]
);
/// The errors `UpdateUser` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateUserError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because it attempted to create a resource that already exists.
    EntityAlreadyExistsException(super::types::EntityAlreadyExistsException),
    /// The request was rejected because it referenced an entity that is temporarily unmodifiable, such as a user name that was deleted and then recreated. The error indicates that the request is likely to succeed if you try again after waiting several minutes. The error message describes the entity.
    EntityTemporarilyUnmodifiableException(
        super::types::EntityTemporarilyUnmodifiableException,
    ),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateUserError, [NoSuchEntityException, LimitExceededException,
    EntityAlreadyExistsException, EntityTemporarilyUnmodifiableException,
    ConcurrentModificationException, ServiceFailureException]
);
/// The errors `UploadSSHPublicKey` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UploadSshPublicKeyError {
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because the public key is malformed or otherwise invalid.
    InvalidPublicKeyException(super::types::InvalidPublicKeyException),
    /// The request was rejected because the SSH public key is already associated with the specified IAM user.
    DuplicateSshPublicKeyException(super::types::DuplicateSshPublicKeyException),
    /// The request was rejected because the public key encoding format is unsupported or unrecognized.
    UnrecognizedPublicKeyEncodingException(
        super::types::UnrecognizedPublicKeyEncodingException,
    ),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UploadSshPublicKeyError, [LimitExceededException, NoSuchEntityException,
    InvalidPublicKeyException, DuplicateSshPublicKeyException,
    UnrecognizedPublicKeyEncodingException]
);
/// The errors `UploadServerCertificate` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UploadServerCertificateError {
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(super::types::InvalidInputException),
    /// The request was rejected because it attempted to create a resource that already exists.
    EntityAlreadyExistsException(super::types::EntityAlreadyExistsException),
    /// The request was rejected because the certificate was malformed or expired. The error message describes the specific error.
    MalformedCertificateException(super::types::MalformedCertificateException),
    /// The request was rejected because the public key certificate and the private key do not match.
    KeyPairMismatchException(super::types::KeyPairMismatchException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UploadServerCertificateError, [LimitExceededException, InvalidInputException,
    EntityAlreadyExistsException, MalformedCertificateException,
    KeyPairMismatchException, ConcurrentModificationException, ServiceFailureException]
);
/// The errors `UploadSigningCertificate` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UploadSigningCertificateError {
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because it attempted to create a resource that already exists.
    EntityAlreadyExistsException(super::types::EntityAlreadyExistsException),
    /// The request was rejected because the certificate was malformed or expired. The error message describes the specific error.
    MalformedCertificateException(super::types::MalformedCertificateException),
    /// The request was rejected because the certificate is invalid.
    InvalidCertificateException(super::types::InvalidCertificateException),
    /// The request was rejected because the same certificate is associated with an IAM user in the account.
    DuplicateCertificateException(super::types::DuplicateCertificateException),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(super::types::NoSuchEntityException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(super::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UploadSigningCertificateError, [LimitExceededException, EntityAlreadyExistsException,
    MalformedCertificateException, InvalidCertificateException,
    DuplicateCertificateException, NoSuchEntityException,
    ConcurrentModificationException, ServiceFailureException]
);

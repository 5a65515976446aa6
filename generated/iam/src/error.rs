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
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(crate::types::ConcurrentModificationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    AcceptDelegationRequestError, { 0 => NoSuchEntityException, 1 =>
    ServiceFailureException, 2 => ConcurrentModificationException }
);
/// The errors `AcquireRole` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AcquireRoleError {
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request was rejected because it attempted to create a resource that already exists.
    EntityAlreadyExistsException(crate::types::EntityAlreadyExistsException),
    /// The request was rejected because someone modified the role template while the service was creating the role. Wait a few minutes and try the request again.
    RoleModifiedException(crate::types::RoleModifiedException),
    /// The request was rejected because the resulting role name conflicts with an existing role in the account.
    NameConflictException(crate::types::NameConflictException),
    /// The request was rejected because the policy document was malformed. The error message describes the specific error.
    MalformedPolicyDocumentException(crate::types::MalformedPolicyDocumentException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(crate::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because the specified role template is disabled. A disabled role template cannot be used to create new roles. Contact your administrator to enable the role template, or use a different role template.
    RoleTemplateDisabledException(crate::types::RoleTemplateDisabledException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    AcquireRoleError, { 0 => LimitExceededException, 1 => InvalidInputException, 2 =>
    EntityAlreadyExistsException, 3 => RoleModifiedException, 4 => NameConflictException,
    5 => MalformedPolicyDocumentException, 6 => ConcurrentModificationException, 7 =>
    ServiceFailureException, 8 => NoSuchEntityException, 9 =>
    RoleTemplateDisabledException }
);
/// The errors `AddClientIDToOpenIDConnectProvider` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AddClientIdToOpenIdConnectProviderError {
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(crate::types::ConcurrentModificationException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    AddClientIdToOpenIdConnectProviderError, { 0 => ConcurrentModificationException, 1 =>
    InvalidInputException, 2 => NoSuchEntityException, 3 => LimitExceededException, 4 =>
    ServiceFailureException }
);
/// The errors `AddRoleToInstanceProfile` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AddRoleToInstanceProfileError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create a resource that already exists.
    EntityAlreadyExistsException(crate::types::EntityAlreadyExistsException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request was rejected because service-linked roles are protected Amazon Web Services resources. Only the service that depends on the service-linked role can modify or delete the role on your behalf. The error message includes the name of the service that depends on this service-linked role. You must request the change through that service.
    UnmodifiableEntityException(crate::types::UnmodifiableEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    AddRoleToInstanceProfileError, { 0 => NoSuchEntityException, 1 =>
    EntityAlreadyExistsException, 2 => LimitExceededException, 3 =>
    UnmodifiableEntityException, 4 => ServiceFailureException }
);
/// The errors `AddUserToGroup` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AddUserToGroupError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    AddUserToGroupError, { 0 => NoSuchEntityException, 1 => LimitExceededException, 2 =>
    ServiceFailureException }
);
/// The errors `AssociateDelegationRequest` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AssociateDelegationRequestError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(crate::types::ConcurrentModificationException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    AssociateDelegationRequestError, { 0 => NoSuchEntityException, 1 =>
    ServiceFailureException, 2 => ConcurrentModificationException, 3 =>
    InvalidInputException }
);
/// The errors `AttachGroupPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AttachGroupPolicyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request failed because Amazon Web Services service role policies can only be attached to the service-linked role for that service.
    PolicyNotAttachableException(crate::types::PolicyNotAttachableException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    AttachGroupPolicyError, { 0 => NoSuchEntityException, 1 => LimitExceededException, 2
    => InvalidInputException, 3 => PolicyNotAttachableException, 4 =>
    ServiceFailureException }
);
/// The errors `AttachRolePolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AttachRolePolicyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request was rejected because service-linked roles are protected Amazon Web Services resources. Only the service that depends on the service-linked role can modify or delete the role on your behalf. The error message includes the name of the service that depends on this service-linked role. You must request the change through that service.
    UnmodifiableEntityException(crate::types::UnmodifiableEntityException),
    /// The request failed because Amazon Web Services service role policies can only be attached to the service-linked role for that service.
    PolicyNotAttachableException(crate::types::PolicyNotAttachableException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    AttachRolePolicyError, { 0 => NoSuchEntityException, 1 => LimitExceededException, 2
    => InvalidInputException, 3 => UnmodifiableEntityException, 4 =>
    PolicyNotAttachableException, 5 => ServiceFailureException }
);
/// The errors `AttachUserPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AttachUserPolicyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request failed because Amazon Web Services service role policies can only be attached to the service-linked role for that service.
    PolicyNotAttachableException(crate::types::PolicyNotAttachableException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    AttachUserPolicyError, { 0 => NoSuchEntityException, 1 => LimitExceededException, 2
    => InvalidInputException, 3 => PolicyNotAttachableException, 4 =>
    ServiceFailureException }
);
/// The errors `ChangePassword` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ChangePasswordError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because the type of user for the transaction was incorrect.
    InvalidUserTypeException(crate::types::InvalidUserTypeException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request was rejected because it referenced an entity that is temporarily unmodifiable, such as a user name that was deleted and then recreated. The error indicates that the request is likely to succeed if you try again after waiting several minutes. The error message describes the entity.
    EntityTemporarilyUnmodifiableException(
        crate::types::EntityTemporarilyUnmodifiableException,
    ),
    /// The request was rejected because the provided password did not meet the requirements imposed by the account password policy.
    PasswordPolicyViolationException(crate::types::PasswordPolicyViolationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ChangePasswordError, { 0 => NoSuchEntityException, 1 => InvalidUserTypeException, 2
    => LimitExceededException, 3 => EntityTemporarilyUnmodifiableException, 4 =>
    PasswordPolicyViolationException, 5 => ServiceFailureException }
);
/// The errors `CreateAccessKey` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateAccessKeyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateAccessKeyError, { 0 => NoSuchEntityException, 1 => LimitExceededException, 2 =>
    ServiceFailureException }
);
/// The errors `CreateAccountAlias` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateAccountAliasError {
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(crate::types::ConcurrentModificationException),
    /// The request was rejected because it attempted to create a resource that already exists.
    EntityAlreadyExistsException(crate::types::EntityAlreadyExistsException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateAccountAliasError, { 0 => ConcurrentModificationException, 1 =>
    EntityAlreadyExistsException, 2 => LimitExceededException, 3 =>
    ServiceFailureException }
);
/// The errors `CreateDelegationRequest` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateDelegationRequestError {
    /// The request was rejected because it attempted to create a resource that already exists.
    EntityAlreadyExistsException(crate::types::EntityAlreadyExistsException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(crate::types::ConcurrentModificationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateDelegationRequestError, { 0 => EntityAlreadyExistsException, 1 =>
    ServiceFailureException, 2 => InvalidInputException, 3 => LimitExceededException, 4
    => ConcurrentModificationException }
);
/// The errors `CreateGroup` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateGroupError {
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request was rejected because it attempted to create a resource that already exists.
    EntityAlreadyExistsException(crate::types::EntityAlreadyExistsException),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateGroupError, { 0 => LimitExceededException, 1 => EntityAlreadyExistsException, 2
    => NoSuchEntityException, 3 => ServiceFailureException }
);
/// The errors `CreateInstanceProfile` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateInstanceProfileError {
    /// The request was rejected because it attempted to create a resource that already exists.
    EntityAlreadyExistsException(crate::types::EntityAlreadyExistsException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(crate::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateInstanceProfileError, { 0 => EntityAlreadyExistsException, 1 =>
    InvalidInputException, 2 => LimitExceededException, 3 =>
    ConcurrentModificationException, 4 => ServiceFailureException }
);
/// The errors `CreateLoginProfile` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateLoginProfileError {
    /// The request was rejected because it attempted to create a resource that already exists.
    EntityAlreadyExistsException(crate::types::EntityAlreadyExistsException),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because the provided password did not meet the requirements imposed by the account password policy.
    PasswordPolicyViolationException(crate::types::PasswordPolicyViolationException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateLoginProfileError, { 0 => EntityAlreadyExistsException, 1 =>
    NoSuchEntityException, 2 => PasswordPolicyViolationException, 3 =>
    LimitExceededException, 4 => ServiceFailureException }
);
/// The errors `CreateOpenIDConnectProvider` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateOpenIdConnectProviderError {
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request was rejected because it attempted to create a resource that already exists.
    EntityAlreadyExistsException(crate::types::EntityAlreadyExistsException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(crate::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// The request failed because IAM cannot connect to the OpenID Connect identity provider URL.
    OpenIdIdpCommunicationErrorException(
        crate::types::OpenIdIdpCommunicationErrorException,
    ),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateOpenIdConnectProviderError, { 0 => InvalidInputException, 1 =>
    EntityAlreadyExistsException, 2 => LimitExceededException, 3 =>
    ConcurrentModificationException, 4 => ServiceFailureException, 5 =>
    OpenIdIdpCommunicationErrorException }
);
/// The errors `CreatePolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreatePolicyError {
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request was rejected because it attempted to create a resource that already exists.
    EntityAlreadyExistsException(crate::types::EntityAlreadyExistsException),
    /// The request was rejected because the policy document was malformed. The error message describes the specific error.
    MalformedPolicyDocumentException(crate::types::MalformedPolicyDocumentException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(crate::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreatePolicyError, { 0 => InvalidInputException, 1 => LimitExceededException, 2 =>
    EntityAlreadyExistsException, 3 => MalformedPolicyDocumentException, 4 =>
    ConcurrentModificationException, 5 => ServiceFailureException }
);
/// The errors `CreatePolicyVersion` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreatePolicyVersionError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because the policy document was malformed. The error message describes the specific error.
    MalformedPolicyDocumentException(crate::types::MalformedPolicyDocumentException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreatePolicyVersionError, { 0 => NoSuchEntityException, 1 =>
    MalformedPolicyDocumentException, 2 => InvalidInputException, 3 =>
    LimitExceededException, 4 => ServiceFailureException }
);
/// The errors `CreateRole` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateRoleError {
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request was rejected because it attempted to create a resource that already exists.
    EntityAlreadyExistsException(crate::types::EntityAlreadyExistsException),
    /// The request was rejected because the policy document was malformed. The error message describes the specific error.
    MalformedPolicyDocumentException(crate::types::MalformedPolicyDocumentException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(crate::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateRoleError, { 0 => LimitExceededException, 1 => InvalidInputException, 2 =>
    EntityAlreadyExistsException, 3 => MalformedPolicyDocumentException, 4 =>
    ConcurrentModificationException, 5 => ServiceFailureException }
);
/// The errors `CreateSAMLProvider` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateSamlProviderError {
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request was rejected because it attempted to create a resource that already exists.
    EntityAlreadyExistsException(crate::types::EntityAlreadyExistsException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(crate::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateSamlProviderError, { 0 => InvalidInputException, 1 =>
    EntityAlreadyExistsException, 2 => LimitExceededException, 3 =>
    ConcurrentModificationException, 4 => ServiceFailureException }
);
/// The errors `CreateServiceLinkedRole` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateServiceLinkedRoleError {
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateServiceLinkedRoleError, { 0 => InvalidInputException, 1 =>
    LimitExceededException, 2 => NoSuchEntityException, 3 => ServiceFailureException }
);
/// The errors `CreateServiceSpecificCredential` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateServiceSpecificCredentialError {
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The specified service does not support service-specific credentials.
    ServiceNotSupportedException(crate::types::ServiceNotSupportedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateServiceSpecificCredentialError, { 0 => LimitExceededException, 1 =>
    NoSuchEntityException, 2 => ServiceNotSupportedException }
);
/// The errors `CreateUser` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateUserError {
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request was rejected because it attempted to create a resource that already exists.
    EntityAlreadyExistsException(crate::types::EntityAlreadyExistsException),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(crate::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateUserError, { 0 => LimitExceededException, 1 => EntityAlreadyExistsException, 2
    => NoSuchEntityException, 3 => InvalidInputException, 4 =>
    ConcurrentModificationException, 5 => ServiceFailureException }
);
/// The errors `CreateVirtualMFADevice` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateVirtualMfaDeviceError {
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request was rejected because it attempted to create a resource that already exists.
    EntityAlreadyExistsException(crate::types::EntityAlreadyExistsException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(crate::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateVirtualMfaDeviceError, { 0 => LimitExceededException, 1 =>
    InvalidInputException, 2 => EntityAlreadyExistsException, 3 =>
    ConcurrentModificationException, 4 => ServiceFailureException }
);
/// The errors `DeactivateMFADevice` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeactivateMfaDeviceError {
    /// The request was rejected because it referenced an entity that is temporarily unmodifiable, such as a user name that was deleted and then recreated. The error indicates that the request is likely to succeed if you try again after waiting several minutes. The error message describes the entity.
    EntityTemporarilyUnmodifiableException(
        crate::types::EntityTemporarilyUnmodifiableException,
    ),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(crate::types::ConcurrentModificationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeactivateMfaDeviceError, { 0 => EntityTemporarilyUnmodifiableException, 1 =>
    NoSuchEntityException, 2 => LimitExceededException, 3 => ServiceFailureException, 4
    => ConcurrentModificationException }
);
/// The errors `DeleteAccessKey` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteAccessKeyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteAccessKeyError, { 0 => NoSuchEntityException, 1 => LimitExceededException, 2 =>
    ServiceFailureException }
);
/// The errors `DeleteAccountAlias` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteAccountAliasError {
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(crate::types::ConcurrentModificationException),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteAccountAliasError, { 0 => ConcurrentModificationException, 1 =>
    NoSuchEntityException, 2 => LimitExceededException, 3 => ServiceFailureException }
);
/// The errors `DeleteAccountPasswordPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteAccountPasswordPolicyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteAccountPasswordPolicyError, { 0 => NoSuchEntityException, 1 =>
    LimitExceededException, 2 => ServiceFailureException }
);
/// The errors `DeleteGroup` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteGroupError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because it attempted to delete a resource that has attached subordinate entities. The error message describes these entities.
    DeleteConflictException(crate::types::DeleteConflictException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteGroupError, { 0 => NoSuchEntityException, 1 => DeleteConflictException, 2 =>
    LimitExceededException, 3 => ServiceFailureException }
);
/// The errors `DeleteGroupPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteGroupPolicyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteGroupPolicyError, { 0 => NoSuchEntityException, 1 => LimitExceededException, 2
    => ServiceFailureException }
);
/// The errors `DeleteInstanceProfile` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteInstanceProfileError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because it attempted to delete a resource that has attached subordinate entities. The error message describes these entities.
    DeleteConflictException(crate::types::DeleteConflictException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteInstanceProfileError, { 0 => NoSuchEntityException, 1 =>
    DeleteConflictException, 2 => LimitExceededException, 3 => ServiceFailureException }
);
/// The errors `DeleteLoginProfile` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteLoginProfileError {
    /// The request was rejected because it referenced an entity that is temporarily unmodifiable, such as a user name that was deleted and then recreated. The error indicates that the request is likely to succeed if you try again after waiting several minutes. The error message describes the entity.
    EntityTemporarilyUnmodifiableException(
        crate::types::EntityTemporarilyUnmodifiableException,
    ),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteLoginProfileError, { 0 => EntityTemporarilyUnmodifiableException, 1 =>
    NoSuchEntityException, 2 => LimitExceededException, 3 => ServiceFailureException }
);
/// The errors `DeleteOpenIDConnectProvider` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteOpenIdConnectProviderError {
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteOpenIdConnectProviderError, { 0 => InvalidInputException, 1 =>
    NoSuchEntityException, 2 => ServiceFailureException }
);
/// The errors `DeletePolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeletePolicyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request was rejected because it attempted to delete a resource that has attached subordinate entities. The error message describes these entities.
    DeleteConflictException(crate::types::DeleteConflictException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeletePolicyError, { 0 => NoSuchEntityException, 1 => LimitExceededException, 2 =>
    InvalidInputException, 3 => DeleteConflictException, 4 => ServiceFailureException }
);
/// The errors `DeletePolicyVersion` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeletePolicyVersionError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request was rejected because it attempted to delete a resource that has attached subordinate entities. The error message describes these entities.
    DeleteConflictException(crate::types::DeleteConflictException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeletePolicyVersionError, { 0 => NoSuchEntityException, 1 => LimitExceededException,
    2 => InvalidInputException, 3 => DeleteConflictException, 4 =>
    ServiceFailureException }
);
/// The errors `DeleteRole` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteRoleError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because it attempted to delete a resource that has attached subordinate entities. The error message describes these entities.
    DeleteConflictException(crate::types::DeleteConflictException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request was rejected because service-linked roles are protected Amazon Web Services resources. Only the service that depends on the service-linked role can modify or delete the role on your behalf. The error message includes the name of the service that depends on this service-linked role. You must request the change through that service.
    UnmodifiableEntityException(crate::types::UnmodifiableEntityException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(crate::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteRoleError, { 0 => NoSuchEntityException, 1 => DeleteConflictException, 2 =>
    LimitExceededException, 3 => UnmodifiableEntityException, 4 =>
    ConcurrentModificationException, 5 => ServiceFailureException }
);
/// The errors `DeleteRolePermissionsBoundary` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteRolePermissionsBoundaryError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because service-linked roles are protected Amazon Web Services resources. Only the service that depends on the service-linked role can modify or delete the role on your behalf. The error message includes the name of the service that depends on this service-linked role. You must request the change through that service.
    UnmodifiableEntityException(crate::types::UnmodifiableEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteRolePermissionsBoundaryError, { 0 => NoSuchEntityException, 1 =>
    UnmodifiableEntityException, 2 => ServiceFailureException }
);
/// The errors `DeleteRolePolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteRolePolicyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request was rejected because service-linked roles are protected Amazon Web Services resources. Only the service that depends on the service-linked role can modify or delete the role on your behalf. The error message includes the name of the service that depends on this service-linked role. You must request the change through that service.
    UnmodifiableEntityException(crate::types::UnmodifiableEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteRolePolicyError, { 0 => NoSuchEntityException, 1 => LimitExceededException, 2
    => UnmodifiableEntityException, 3 => ServiceFailureException }
);
/// The errors `DeleteSAMLProvider` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteSamlProviderError {
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteSamlProviderError, { 0 => InvalidInputException, 1 => LimitExceededException, 2
    => NoSuchEntityException, 3 => ServiceFailureException }
);
/// The errors `DeleteSSHPublicKey` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteSshPublicKeyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteSshPublicKeyError, { 0 => NoSuchEntityException });
/// The errors `DeleteServerCertificate` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteServerCertificateError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because it attempted to delete a resource that has attached subordinate entities. The error message describes these entities.
    DeleteConflictException(crate::types::DeleteConflictException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteServerCertificateError, { 0 => NoSuchEntityException, 1 =>
    DeleteConflictException, 2 => LimitExceededException, 3 => ServiceFailureException }
);
/// The errors `DeleteServiceLinkedRole` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteServiceLinkedRoleError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteServiceLinkedRoleError, { 0 => NoSuchEntityException, 1 =>
    LimitExceededException, 2 => ServiceFailureException }
);
/// The errors `DeleteServiceSpecificCredential` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteServiceSpecificCredentialError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteServiceSpecificCredentialError, { 0 => NoSuchEntityException }
);
/// The errors `DeleteSigningCertificate` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteSigningCertificateError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(crate::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteSigningCertificateError, { 0 => NoSuchEntityException, 1 =>
    LimitExceededException, 2 => ConcurrentModificationException, 3 =>
    ServiceFailureException }
);
/// The errors `DeleteUser` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteUserError {
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because it attempted to delete a resource that has attached subordinate entities. The error message describes these entities.
    DeleteConflictException(crate::types::DeleteConflictException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(crate::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteUserError, { 0 => LimitExceededException, 1 => NoSuchEntityException, 2 =>
    DeleteConflictException, 3 => ConcurrentModificationException, 4 =>
    ServiceFailureException }
);
/// The errors `DeleteUserPermissionsBoundary` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteUserPermissionsBoundaryError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteUserPermissionsBoundaryError, { 0 => NoSuchEntityException, 1 =>
    ServiceFailureException }
);
/// The errors `DeleteUserPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteUserPolicyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteUserPolicyError, { 0 => NoSuchEntityException, 1 => LimitExceededException, 2
    => ServiceFailureException }
);
/// The errors `DeleteVirtualMFADevice` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteVirtualMfaDeviceError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because it attempted to delete a resource that has attached subordinate entities. The error message describes these entities.
    DeleteConflictException(crate::types::DeleteConflictException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(crate::types::ConcurrentModificationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteVirtualMfaDeviceError, { 0 => NoSuchEntityException, 1 =>
    DeleteConflictException, 2 => LimitExceededException, 3 => ServiceFailureException, 4
    => ConcurrentModificationException }
);
/// The errors `DetachGroupPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DetachGroupPolicyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DetachGroupPolicyError, { 0 => NoSuchEntityException, 1 => LimitExceededException, 2
    => InvalidInputException, 3 => ServiceFailureException }
);
/// The errors `DetachRolePolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DetachRolePolicyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request was rejected because service-linked roles are protected Amazon Web Services resources. Only the service that depends on the service-linked role can modify or delete the role on your behalf. The error message includes the name of the service that depends on this service-linked role. You must request the change through that service.
    UnmodifiableEntityException(crate::types::UnmodifiableEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DetachRolePolicyError, { 0 => NoSuchEntityException, 1 => LimitExceededException, 2
    => InvalidInputException, 3 => UnmodifiableEntityException, 4 =>
    ServiceFailureException }
);
/// The errors `DetachUserPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DetachUserPolicyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DetachUserPolicyError, { 0 => NoSuchEntityException, 1 => LimitExceededException, 2
    => InvalidInputException, 3 => ServiceFailureException }
);
/// The errors `DisableOrganizationsRootCredentialsManagement` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisableOrganizationsRootCredentialsManagementError {
    /// The request was rejected because trusted access is not enabled for IAM in Organizations. For details, see IAM and Organizations in the *Organizations User Guide*.
    ServiceAccessNotEnabledException(crate::types::ServiceAccessNotEnabledException),
    /// The request was rejected because the account making the request is not the management account or delegated administrator account for [centralized root access](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html#id_root-user-access-management).
    AccountNotManagementOrDelegatedAdministratorException(
        crate::types::AccountNotManagementOrDelegatedAdministratorException,
    ),
    /// The request was rejected because no organization is associated with your account.
    OrganizationNotFoundException(crate::types::OrganizationNotFoundException),
    /// The request was rejected because your organization does not have All features enabled. For more information, see [Available feature sets](https://docs.aws.amazon.com/organizations/latest/userguide/orgs_getting-started_concepts.html#feature-set) in the *Organizations User Guide*.
    OrganizationNotInAllFeaturesModeException(
        crate::types::OrganizationNotInAllFeaturesModeException,
    ),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DisableOrganizationsRootCredentialsManagementError, { 0 =>
    ServiceAccessNotEnabledException, 1 =>
    AccountNotManagementOrDelegatedAdministratorException, 2 =>
    OrganizationNotFoundException, 3 => OrganizationNotInAllFeaturesModeException }
);
/// The errors `DisableOrganizationsRootSessions` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisableOrganizationsRootSessionsError {
    /// The request was rejected because trusted access is not enabled for IAM in Organizations. For details, see IAM and Organizations in the *Organizations User Guide*.
    ServiceAccessNotEnabledException(crate::types::ServiceAccessNotEnabledException),
    /// The request was rejected because the account making the request is not the management account or delegated administrator account for [centralized root access](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html#id_root-user-access-management).
    AccountNotManagementOrDelegatedAdministratorException(
        crate::types::AccountNotManagementOrDelegatedAdministratorException,
    ),
    /// The request was rejected because no organization is associated with your account.
    OrganizationNotFoundException(crate::types::OrganizationNotFoundException),
    /// The request was rejected because your organization does not have All features enabled. For more information, see [Available feature sets](https://docs.aws.amazon.com/organizations/latest/userguide/orgs_getting-started_concepts.html#feature-set) in the *Organizations User Guide*.
    OrganizationNotInAllFeaturesModeException(
        crate::types::OrganizationNotInAllFeaturesModeException,
    ),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DisableOrganizationsRootSessionsError, { 0 => ServiceAccessNotEnabledException, 1 =>
    AccountNotManagementOrDelegatedAdministratorException, 2 =>
    OrganizationNotFoundException, 3 => OrganizationNotInAllFeaturesModeException }
);
/// The errors `DisableOutboundWebIdentityFederation` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisableOutboundWebIdentityFederationError {
    /// The request failed because outbound identity federation is already disabled for your Amazon Web Services account. You cannot disable the feature multiple times
    FeatureDisabledException(crate::types::FeatureDisabledException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DisableOutboundWebIdentityFederationError, { 0 => FeatureDisabledException }
);
/// The errors `EnableMFADevice` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum EnableMfaDeviceError {
    /// The request was rejected because it attempted to create a resource that already exists.
    EntityAlreadyExistsException(crate::types::EntityAlreadyExistsException),
    /// The request was rejected because it referenced an entity that is temporarily unmodifiable, such as a user name that was deleted and then recreated. The error indicates that the request is likely to succeed if you try again after waiting several minutes. The error message describes the entity.
    EntityTemporarilyUnmodifiableException(
        crate::types::EntityTemporarilyUnmodifiableException,
    ),
    /// The request was rejected because the authentication code was not recognized. The error message describes the specific error.
    InvalidAuthenticationCodeException(crate::types::InvalidAuthenticationCodeException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(crate::types::ConcurrentModificationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    EnableMfaDeviceError, { 0 => EntityAlreadyExistsException, 1 =>
    EntityTemporarilyUnmodifiableException, 2 => InvalidAuthenticationCodeException, 3 =>
    LimitExceededException, 4 => NoSuchEntityException, 5 => ServiceFailureException, 6
    => ConcurrentModificationException }
);
/// The errors `EnableOrganizationsRootCredentialsManagement` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum EnableOrganizationsRootCredentialsManagementError {
    /// The request was rejected because trusted access is not enabled for IAM in Organizations. For details, see IAM and Organizations in the *Organizations User Guide*.
    ServiceAccessNotEnabledException(crate::types::ServiceAccessNotEnabledException),
    /// The request was rejected because the account making the request is not the management account or delegated administrator account for [centralized root access](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html#id_root-user-access-management).
    AccountNotManagementOrDelegatedAdministratorException(
        crate::types::AccountNotManagementOrDelegatedAdministratorException,
    ),
    /// The request was rejected because no organization is associated with your account.
    OrganizationNotFoundException(crate::types::OrganizationNotFoundException),
    /// The request was rejected because your organization does not have All features enabled. For more information, see [Available feature sets](https://docs.aws.amazon.com/organizations/latest/userguide/orgs_getting-started_concepts.html#feature-set) in the *Organizations User Guide*.
    OrganizationNotInAllFeaturesModeException(
        crate::types::OrganizationNotInAllFeaturesModeException,
    ),
    /// The request was rejected because the account making the request is not the management account for the organization.
    CallerIsNotManagementAccountException(
        crate::types::CallerIsNotManagementAccountException,
    ),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    EnableOrganizationsRootCredentialsManagementError, { 0 =>
    ServiceAccessNotEnabledException, 1 =>
    AccountNotManagementOrDelegatedAdministratorException, 2 =>
    OrganizationNotFoundException, 3 => OrganizationNotInAllFeaturesModeException, 4 =>
    CallerIsNotManagementAccountException }
);
/// The errors `EnableOrganizationsRootSessions` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum EnableOrganizationsRootSessionsError {
    /// The request was rejected because trusted access is not enabled for IAM in Organizations. For details, see IAM and Organizations in the *Organizations User Guide*.
    ServiceAccessNotEnabledException(crate::types::ServiceAccessNotEnabledException),
    /// The request was rejected because the account making the request is not the management account or delegated administrator account for [centralized root access](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html#id_root-user-access-management).
    AccountNotManagementOrDelegatedAdministratorException(
        crate::types::AccountNotManagementOrDelegatedAdministratorException,
    ),
    /// The request was rejected because no organization is associated with your account.
    OrganizationNotFoundException(crate::types::OrganizationNotFoundException),
    /// The request was rejected because your organization does not have All features enabled. For more information, see [Available feature sets](https://docs.aws.amazon.com/organizations/latest/userguide/orgs_getting-started_concepts.html#feature-set) in the *Organizations User Guide*.
    OrganizationNotInAllFeaturesModeException(
        crate::types::OrganizationNotInAllFeaturesModeException,
    ),
    /// The request was rejected because the account making the request is not the management account for the organization.
    CallerIsNotManagementAccountException(
        crate::types::CallerIsNotManagementAccountException,
    ),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    EnableOrganizationsRootSessionsError, { 0 => ServiceAccessNotEnabledException, 1 =>
    AccountNotManagementOrDelegatedAdministratorException, 2 =>
    OrganizationNotFoundException, 3 => OrganizationNotInAllFeaturesModeException, 4 =>
    CallerIsNotManagementAccountException }
);
/// The errors `EnableOutboundWebIdentityFederation` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum EnableOutboundWebIdentityFederationError {
    /// The request failed because outbound identity federation is already enabled for your Amazon Web Services account. You cannot enable the feature multiple times. To fetch the current configuration (including the unique issuer URL), use the `GetOutboundWebIdentityFederationInfo` operation.
    FeatureEnabledException(crate::types::FeatureEnabledException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    EnableOutboundWebIdentityFederationError, { 0 => FeatureEnabledException }
);
/// The errors `GenerateCredentialReport` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GenerateCredentialReportError {
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GenerateCredentialReportError, { 0 => LimitExceededException, 1 =>
    ServiceFailureException }
);
/// The errors `GenerateOrganizationsAccessReport` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GenerateOrganizationsAccessReportError {
    /// The request failed because the maximum number of concurrent requests for this account are already running.
    ReportGenerationLimitExceededException(
        crate::types::ReportGenerationLimitExceededException,
    ),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GenerateOrganizationsAccessReportError, { 0 => ReportGenerationLimitExceededException
    }
);
/// The errors `GenerateServiceLastAccessedDetails` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GenerateServiceLastAccessedDetailsError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GenerateServiceLastAccessedDetailsError, { 0 => NoSuchEntityException, 1 =>
    InvalidInputException }
);
/// The errors `GetAccessKeyLastUsed` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetAccessKeyLastUsedError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetAccessKeyLastUsedError, {});
/// The errors `GetAccountAuthorizationDetails` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetAccountAuthorizationDetailsError {
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetAccountAuthorizationDetailsError, { 0 => ServiceFailureException }
);
/// The errors `GetAccountPasswordPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetAccountPasswordPolicyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetAccountPasswordPolicyError, { 0 => NoSuchEntityException, 1 =>
    ServiceFailureException }
);
/// The errors `GetAccountProperties` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetAccountPropertiesError {
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetAccountPropertiesError, { 0 => InvalidInputException, 1 => ServiceFailureException
    }
);
/// The errors `GetAccountSummary` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetAccountSummaryError {
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetAccountSummaryError, { 0 => ServiceFailureException });
/// The errors `GetContextKeysForCustomPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetContextKeysForCustomPolicyError {
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetContextKeysForCustomPolicyError, { 0 => InvalidInputException }
);
/// The errors `GetContextKeysForPrincipalPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetContextKeysForPrincipalPolicyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetContextKeysForPrincipalPolicyError, { 0 => NoSuchEntityException, 1 =>
    InvalidInputException }
);
/// The errors `GetCredentialReport` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetCredentialReportError {
    /// The request was rejected because the credential report does not exist. To generate a credential report, use [GenerateCredentialReport](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GenerateCredentialReport.html).
    CredentialReportNotPresentException(
        crate::types::CredentialReportNotPresentException,
    ),
    /// The request was rejected because the most recent credential report has expired. To generate a new credential report, use [GenerateCredentialReport](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GenerateCredentialReport.html). For more information about credential report expiration, see [Getting credential reports](https://docs.aws.amazon.com/IAM/latest/UserGuide/credential-reports.html) in the *IAM User Guide*.
    CredentialReportExpiredException(crate::types::CredentialReportExpiredException),
    /// The request was rejected because the credential report is still being generated.
    CredentialReportNotReadyException(crate::types::CredentialReportNotReadyException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetCredentialReportError, { 0 => CredentialReportNotPresentException, 1 =>
    CredentialReportExpiredException, 2 => CredentialReportNotReadyException, 3 =>
    ServiceFailureException }
);
/// The errors `GetDelegationRequest` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetDelegationRequestError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetDelegationRequestError, { 0 => NoSuchEntityException, 1 => ServiceFailureException
    }
);
/// The errors `GetGroup` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetGroupError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetGroupError, { 0 => NoSuchEntityException, 1 => ServiceFailureException }
);
/// The errors `GetGroupPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetGroupPolicyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetGroupPolicyError, { 0 => NoSuchEntityException, 1 => ServiceFailureException }
);
/// The errors `GetHumanReadableSummary` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetHumanReadableSummaryError {
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetHumanReadableSummaryError, { 0 => InvalidInputException, 1 =>
    NoSuchEntityException, 2 => ServiceFailureException }
);
/// The errors `GetInstanceProfile` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetInstanceProfileError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetInstanceProfileError, { 0 => NoSuchEntityException, 1 => ServiceFailureException }
);
/// The errors `GetLoginProfile` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetLoginProfileError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetLoginProfileError, { 0 => NoSuchEntityException, 1 => ServiceFailureException }
);
/// The errors `GetMFADevice` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetMfaDeviceError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetMfaDeviceError, { 0 => NoSuchEntityException, 1 => ServiceFailureException }
);
/// The errors `GetOpenIDConnectProvider` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetOpenIdConnectProviderError {
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetOpenIdConnectProviderError, { 0 => InvalidInputException, 1 =>
    NoSuchEntityException, 2 => ServiceFailureException }
);
/// The errors `GetOrganizationsAccessReport` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetOrganizationsAccessReportError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetOrganizationsAccessReportError, { 0 => NoSuchEntityException }
);
/// The errors `GetOutboundWebIdentityFederationInfo` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetOutboundWebIdentityFederationInfoError {
    /// The request failed because outbound identity federation is already disabled for your Amazon Web Services account. You cannot disable the feature multiple times
    FeatureDisabledException(crate::types::FeatureDisabledException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetOutboundWebIdentityFederationInfoError, { 0 => FeatureDisabledException }
);
/// The errors `GetPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetPolicyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetPolicyError, { 0 => NoSuchEntityException, 1 => InvalidInputException, 2 =>
    ServiceFailureException }
);
/// The errors `GetPolicyVersion` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetPolicyVersionError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetPolicyVersionError, { 0 => NoSuchEntityException, 1 => InvalidInputException, 2 =>
    ServiceFailureException }
);
/// The errors `GetRole` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetRoleError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetRoleError, { 0 => NoSuchEntityException, 1 => ServiceFailureException }
);
/// The errors `GetRolePolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetRolePolicyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetRolePolicyError, { 0 => NoSuchEntityException, 1 => ServiceFailureException }
);
/// The errors `GetRoleTemplateVersion` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetRoleTemplateVersionError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetRoleTemplateVersionError, { 0 => NoSuchEntityException, 1 =>
    InvalidInputException, 2 => ServiceFailureException }
);
/// The errors `GetSAMLProvider` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetSamlProviderError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetSamlProviderError, { 0 => NoSuchEntityException, 1 => InvalidInputException, 2 =>
    ServiceFailureException }
);
/// The errors `GetSSHPublicKey` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetSshPublicKeyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because the public key encoding format is unsupported or unrecognized.
    UnrecognizedPublicKeyEncodingException(
        crate::types::UnrecognizedPublicKeyEncodingException,
    ),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetSshPublicKeyError, { 0 => NoSuchEntityException, 1 =>
    UnrecognizedPublicKeyEncodingException }
);
/// The errors `GetServerCertificate` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetServerCertificateError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetServerCertificateError, { 0 => NoSuchEntityException, 1 => ServiceFailureException
    }
);
/// The errors `GetServiceLastAccessedDetails` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetServiceLastAccessedDetailsError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetServiceLastAccessedDetailsError, { 0 => NoSuchEntityException, 1 =>
    InvalidInputException }
);
/// The errors `GetServiceLastAccessedDetailsWithEntities` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetServiceLastAccessedDetailsWithEntitiesError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetServiceLastAccessedDetailsWithEntitiesError, { 0 => NoSuchEntityException, 1 =>
    InvalidInputException }
);
/// The errors `GetServiceLinkedRoleDeletionStatus` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetServiceLinkedRoleDeletionStatusError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetServiceLinkedRoleDeletionStatusError, { 0 => NoSuchEntityException, 1 =>
    InvalidInputException, 2 => ServiceFailureException }
);
/// The errors `GetUser` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetUserError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetUserError, { 0 => NoSuchEntityException, 1 => ServiceFailureException }
);
/// The errors `GetUserPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetUserPolicyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetUserPolicyError, { 0 => NoSuchEntityException, 1 => ServiceFailureException }
);
/// The errors `ListAccessKeys` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListAccessKeysError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListAccessKeysError, { 0 => NoSuchEntityException, 1 => ServiceFailureException }
);
/// The errors `ListAccountAliases` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListAccountAliasesError {
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListAccountAliasesError, { 0 => ServiceFailureException }
);
/// The errors `ListAttachedGroupPolicies` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListAttachedGroupPoliciesError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListAttachedGroupPoliciesError, { 0 => NoSuchEntityException, 1 =>
    InvalidInputException, 2 => ServiceFailureException }
);
/// The errors `ListAttachedRolePolicies` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListAttachedRolePoliciesError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListAttachedRolePoliciesError, { 0 => NoSuchEntityException, 1 =>
    InvalidInputException, 2 => ServiceFailureException }
);
/// The errors `ListAttachedUserPolicies` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListAttachedUserPoliciesError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListAttachedUserPoliciesError, { 0 => NoSuchEntityException, 1 =>
    InvalidInputException, 2 => ServiceFailureException }
);
/// The errors `ListDelegationRequests` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListDelegationRequestsError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListDelegationRequestsError, { 0 => NoSuchEntityException, 1 =>
    ServiceFailureException, 2 => InvalidInputException }
);
/// The errors `ListEntitiesForPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListEntitiesForPolicyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListEntitiesForPolicyError, { 0 => NoSuchEntityException, 1 => InvalidInputException,
    2 => ServiceFailureException }
);
/// The errors `ListGroupPolicies` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListGroupPoliciesError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListGroupPoliciesError, { 0 => NoSuchEntityException, 1 => ServiceFailureException }
);
/// The errors `ListGroups` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListGroupsError {
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListGroupsError, { 0 => ServiceFailureException });
/// The errors `ListGroupsForUser` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListGroupsForUserError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListGroupsForUserError, { 0 => NoSuchEntityException, 1 => ServiceFailureException }
);
/// The errors `ListInstanceProfileTags` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListInstanceProfileTagsError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListInstanceProfileTagsError, { 0 => NoSuchEntityException, 1 =>
    ServiceFailureException }
);
/// The errors `ListInstanceProfiles` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListInstanceProfilesError {
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListInstanceProfilesError, { 0 => ServiceFailureException }
);
/// The errors `ListInstanceProfilesForRole` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListInstanceProfilesForRoleError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListInstanceProfilesForRoleError, { 0 => NoSuchEntityException, 1 =>
    ServiceFailureException }
);
/// The errors `ListMFADeviceTags` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListMfaDeviceTagsError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListMfaDeviceTagsError, { 0 => NoSuchEntityException, 1 => InvalidInputException, 2
    => ServiceFailureException }
);
/// The errors `ListMFADevices` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListMfaDevicesError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListMfaDevicesError, { 0 => NoSuchEntityException, 1 => ServiceFailureException }
);
/// The errors `ListOpenIDConnectProviderTags` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListOpenIdConnectProviderTagsError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListOpenIdConnectProviderTagsError, { 0 => NoSuchEntityException, 1 =>
    ServiceFailureException, 2 => InvalidInputException }
);
/// The errors `ListOpenIDConnectProviders` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListOpenIdConnectProvidersError {
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListOpenIdConnectProvidersError, { 0 => ServiceFailureException }
);
/// The errors `ListOrganizationsFeatures` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListOrganizationsFeaturesError {
    /// The request was rejected because trusted access is not enabled for IAM in Organizations. For details, see IAM and Organizations in the *Organizations User Guide*.
    ServiceAccessNotEnabledException(crate::types::ServiceAccessNotEnabledException),
    /// The request was rejected because the account making the request is not the management account or delegated administrator account for [centralized root access](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html#id_root-user-access-management).
    AccountNotManagementOrDelegatedAdministratorException(
        crate::types::AccountNotManagementOrDelegatedAdministratorException,
    ),
    /// The request was rejected because no organization is associated with your account.
    OrganizationNotFoundException(crate::types::OrganizationNotFoundException),
    /// The request was rejected because your organization does not have All features enabled. For more information, see [Available feature sets](https://docs.aws.amazon.com/organizations/latest/userguide/orgs_getting-started_concepts.html#feature-set) in the *Organizations User Guide*.
    OrganizationNotInAllFeaturesModeException(
        crate::types::OrganizationNotInAllFeaturesModeException,
    ),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListOrganizationsFeaturesError, { 0 => ServiceAccessNotEnabledException, 1 =>
    AccountNotManagementOrDelegatedAdministratorException, 2 =>
    OrganizationNotFoundException, 3 => OrganizationNotInAllFeaturesModeException }
);
/// The errors `ListPolicies` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListPoliciesError {
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListPoliciesError, { 0 => ServiceFailureException });
/// The errors `ListPoliciesGrantingServiceAccess` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListPoliciesGrantingServiceAccessError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListPoliciesGrantingServiceAccessError, { 0 => NoSuchEntityException, 1 =>
    InvalidInputException }
);
/// The errors `ListPolicyTags` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListPolicyTagsError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListPolicyTagsError, { 0 => NoSuchEntityException, 1 => ServiceFailureException, 2 =>
    InvalidInputException }
);
/// The errors `ListPolicyVersions` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListPolicyVersionsError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListPolicyVersionsError, { 0 => NoSuchEntityException, 1 => InvalidInputException, 2
    => ServiceFailureException }
);
/// The errors `ListRolePolicies` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListRolePoliciesError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListRolePoliciesError, { 0 => NoSuchEntityException, 1 => ServiceFailureException }
);
/// The errors `ListRoleTags` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListRoleTagsError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListRoleTagsError, { 0 => NoSuchEntityException, 1 => ServiceFailureException }
);
/// The errors `ListRoles` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListRolesError {
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListRolesError, { 0 => ServiceFailureException });
/// The errors `ListSAMLProviderTags` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListSamlProviderTagsError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListSamlProviderTagsError, { 0 => NoSuchEntityException, 1 =>
    ServiceFailureException, 2 => InvalidInputException }
);
/// The errors `ListSAMLProviders` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListSamlProvidersError {
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListSamlProvidersError, { 0 => ServiceFailureException });
/// The errors `ListSSHPublicKeys` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListSshPublicKeysError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListSshPublicKeysError, { 0 => NoSuchEntityException });
/// The errors `ListServerCertificateTags` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListServerCertificateTagsError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListServerCertificateTagsError, { 0 => NoSuchEntityException, 1 =>
    ServiceFailureException }
);
/// The errors `ListServerCertificates` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListServerCertificatesError {
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListServerCertificatesError, { 0 => ServiceFailureException }
);
/// The errors `ListServiceSpecificCredentials` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListServiceSpecificCredentialsError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The specified service does not support service-specific credentials.
    ServiceNotSupportedException(crate::types::ServiceNotSupportedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListServiceSpecificCredentialsError, { 0 => NoSuchEntityException, 1 =>
    ServiceNotSupportedException }
);
/// The errors `ListSigningCertificates` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListSigningCertificatesError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListSigningCertificatesError, { 0 => NoSuchEntityException, 1 =>
    ServiceFailureException }
);
/// The errors `ListUserPolicies` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListUserPoliciesError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListUserPoliciesError, { 0 => NoSuchEntityException, 1 => ServiceFailureException }
);
/// The errors `ListUserTags` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListUserTagsError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListUserTagsError, { 0 => NoSuchEntityException, 1 => ServiceFailureException }
);
/// The errors `ListUsers` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListUsersError {
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListUsersError, { 0 => ServiceFailureException });
/// The errors `ListVirtualMFADevices` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListVirtualMfaDevicesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListVirtualMfaDevicesError, {});
/// The errors `PutAccountProperties` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutAccountPropertiesError {
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(crate::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutAccountPropertiesError, { 0 => InvalidInputException, 1 =>
    ConcurrentModificationException, 2 => ServiceFailureException }
);
/// The errors `PutGroupPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutGroupPolicyError {
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request was rejected because the policy document was malformed. The error message describes the specific error.
    MalformedPolicyDocumentException(crate::types::MalformedPolicyDocumentException),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutGroupPolicyError, { 0 => LimitExceededException, 1 =>
    MalformedPolicyDocumentException, 2 => NoSuchEntityException, 3 =>
    ServiceFailureException }
);
/// The errors `PutRolePermissionsBoundary` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutRolePermissionsBoundaryError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request was rejected because service-linked roles are protected Amazon Web Services resources. Only the service that depends on the service-linked role can modify or delete the role on your behalf. The error message includes the name of the service that depends on this service-linked role. You must request the change through that service.
    UnmodifiableEntityException(crate::types::UnmodifiableEntityException),
    /// The request failed because Amazon Web Services service role policies can only be attached to the service-linked role for that service.
    PolicyNotAttachableException(crate::types::PolicyNotAttachableException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutRolePermissionsBoundaryError, { 0 => NoSuchEntityException, 1 =>
    InvalidInputException, 2 => UnmodifiableEntityException, 3 =>
    PolicyNotAttachableException, 4 => ServiceFailureException }
);
/// The errors `PutRolePolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutRolePolicyError {
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request was rejected because the policy document was malformed. The error message describes the specific error.
    MalformedPolicyDocumentException(crate::types::MalformedPolicyDocumentException),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because service-linked roles are protected Amazon Web Services resources. Only the service that depends on the service-linked role can modify or delete the role on your behalf. The error message includes the name of the service that depends on this service-linked role. You must request the change through that service.
    UnmodifiableEntityException(crate::types::UnmodifiableEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutRolePolicyError, { 0 => LimitExceededException, 1 =>
    MalformedPolicyDocumentException, 2 => NoSuchEntityException, 3 =>
    UnmodifiableEntityException, 4 => ServiceFailureException }
);
/// The errors `PutUserPermissionsBoundary` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutUserPermissionsBoundaryError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request failed because Amazon Web Services service role policies can only be attached to the service-linked role for that service.
    PolicyNotAttachableException(crate::types::PolicyNotAttachableException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutUserPermissionsBoundaryError, { 0 => NoSuchEntityException, 1 =>
    InvalidInputException, 2 => PolicyNotAttachableException, 3 =>
    ServiceFailureException }
);
/// The errors `PutUserPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutUserPolicyError {
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request was rejected because the policy document was malformed. The error message describes the specific error.
    MalformedPolicyDocumentException(crate::types::MalformedPolicyDocumentException),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutUserPolicyError, { 0 => LimitExceededException, 1 =>
    MalformedPolicyDocumentException, 2 => NoSuchEntityException, 3 =>
    ServiceFailureException }
);
/// The errors `RejectDelegationRequest` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RejectDelegationRequestError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(crate::types::ConcurrentModificationException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    RejectDelegationRequestError, { 0 => NoSuchEntityException, 1 =>
    ServiceFailureException, 2 => ConcurrentModificationException, 3 =>
    InvalidInputException }
);
/// The errors `RemoveClientIDFromOpenIDConnectProvider` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RemoveClientIdFromOpenIdConnectProviderError {
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(crate::types::ConcurrentModificationException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    RemoveClientIdFromOpenIdConnectProviderError, { 0 => ConcurrentModificationException,
    1 => InvalidInputException, 2 => NoSuchEntityException, 3 => ServiceFailureException
    }
);
/// The errors `RemoveRoleFromInstanceProfile` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RemoveRoleFromInstanceProfileError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request was rejected because service-linked roles are protected Amazon Web Services resources. Only the service that depends on the service-linked role can modify or delete the role on your behalf. The error message includes the name of the service that depends on this service-linked role. You must request the change through that service.
    UnmodifiableEntityException(crate::types::UnmodifiableEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    RemoveRoleFromInstanceProfileError, { 0 => NoSuchEntityException, 1 =>
    LimitExceededException, 2 => UnmodifiableEntityException, 3 =>
    ServiceFailureException }
);
/// The errors `RemoveUserFromGroup` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RemoveUserFromGroupError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    RemoveUserFromGroupError, { 0 => NoSuchEntityException, 1 => LimitExceededException,
    2 => ServiceFailureException }
);
/// The errors `ResetServiceSpecificCredential` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ResetServiceSpecificCredentialError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ResetServiceSpecificCredentialError, { 0 => NoSuchEntityException }
);
/// The errors `ResyncMFADevice` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ResyncMfaDeviceError {
    /// The request was rejected because the authentication code was not recognized. The error message describes the specific error.
    InvalidAuthenticationCodeException(crate::types::InvalidAuthenticationCodeException),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(crate::types::ConcurrentModificationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ResyncMfaDeviceError, { 0 => InvalidAuthenticationCodeException, 1 =>
    NoSuchEntityException, 2 => LimitExceededException, 3 => ServiceFailureException, 4
    => ConcurrentModificationException }
);
/// The errors `SendDelegationToken` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum SendDelegationTokenError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(crate::types::ConcurrentModificationException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    SendDelegationTokenError, { 0 => NoSuchEntityException, 1 => ServiceFailureException,
    2 => ConcurrentModificationException, 3 => InvalidInputException }
);
/// The errors `SetDefaultPolicyVersion` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum SetDefaultPolicyVersionError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    SetDefaultPolicyVersionError, { 0 => NoSuchEntityException, 1 =>
    InvalidInputException, 2 => LimitExceededException, 3 => ServiceFailureException }
);
/// The errors `SetSecurityTokenServicePreferences` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum SetSecurityTokenServicePreferencesError {
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    SetSecurityTokenServicePreferencesError, { 0 => ServiceFailureException }
);
/// The errors `SimulateCustomPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum SimulateCustomPolicyError {
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request failed because a provided policy could not be successfully evaluated. An additional detailed message indicates the source of the failure.
    PolicyEvaluationException(crate::types::PolicyEvaluationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    SimulateCustomPolicyError, { 0 => InvalidInputException, 1 =>
    PolicyEvaluationException }
);
/// The errors `SimulatePrincipalPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum SimulatePrincipalPolicyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request failed because a provided policy could not be successfully evaluated. An additional detailed message indicates the source of the failure.
    PolicyEvaluationException(crate::types::PolicyEvaluationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    SimulatePrincipalPolicyError, { 0 => NoSuchEntityException, 1 =>
    InvalidInputException, 2 => PolicyEvaluationException }
);
/// The errors `TagInstanceProfile` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum TagInstanceProfileError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(crate::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    TagInstanceProfileError, { 0 => NoSuchEntityException, 1 => InvalidInputException, 2
    => LimitExceededException, 3 => ConcurrentModificationException, 4 =>
    ServiceFailureException }
);
/// The errors `TagMFADevice` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum TagMfaDeviceError {
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(crate::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    TagMfaDeviceError, { 0 => InvalidInputException, 1 => NoSuchEntityException, 2 =>
    LimitExceededException, 3 => ConcurrentModificationException, 4 =>
    ServiceFailureException }
);
/// The errors `TagOpenIDConnectProvider` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum TagOpenIdConnectProviderError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(crate::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    TagOpenIdConnectProviderError, { 0 => NoSuchEntityException, 1 =>
    LimitExceededException, 2 => InvalidInputException, 3 =>
    ConcurrentModificationException, 4 => ServiceFailureException }
);
/// The errors `TagPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum TagPolicyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(crate::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    TagPolicyError, { 0 => NoSuchEntityException, 1 => LimitExceededException, 2 =>
    InvalidInputException, 3 => ConcurrentModificationException, 4 =>
    ServiceFailureException }
);
/// The errors `TagRole` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum TagRoleError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(crate::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    TagRoleError, { 0 => NoSuchEntityException, 1 => LimitExceededException, 2 =>
    InvalidInputException, 3 => ConcurrentModificationException, 4 =>
    ServiceFailureException }
);
/// The errors `TagSAMLProvider` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum TagSamlProviderError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(crate::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    TagSamlProviderError, { 0 => NoSuchEntityException, 1 => LimitExceededException, 2 =>
    InvalidInputException, 3 => ConcurrentModificationException, 4 =>
    ServiceFailureException }
);
/// The errors `TagServerCertificate` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum TagServerCertificateError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(crate::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    TagServerCertificateError, { 0 => NoSuchEntityException, 1 => InvalidInputException,
    2 => LimitExceededException, 3 => ConcurrentModificationException, 4 =>
    ServiceFailureException }
);
/// The errors `TagUser` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum TagUserError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(crate::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    TagUserError, { 0 => NoSuchEntityException, 1 => LimitExceededException, 2 =>
    InvalidInputException, 3 => ConcurrentModificationException, 4 =>
    ServiceFailureException }
);
/// The errors `UntagInstanceProfile` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UntagInstanceProfileError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(crate::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UntagInstanceProfileError, { 0 => NoSuchEntityException, 1 => InvalidInputException,
    2 => ConcurrentModificationException, 3 => ServiceFailureException }
);
/// The errors `UntagMFADevice` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UntagMfaDeviceError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(crate::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UntagMfaDeviceError, { 0 => NoSuchEntityException, 1 => InvalidInputException, 2 =>
    ConcurrentModificationException, 3 => ServiceFailureException }
);
/// The errors `UntagOpenIDConnectProvider` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UntagOpenIdConnectProviderError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(crate::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UntagOpenIdConnectProviderError, { 0 => NoSuchEntityException, 1 =>
    InvalidInputException, 2 => ConcurrentModificationException, 3 =>
    ServiceFailureException }
);
/// The errors `UntagPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UntagPolicyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(crate::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UntagPolicyError, { 0 => NoSuchEntityException, 1 => InvalidInputException, 2 =>
    ConcurrentModificationException, 3 => ServiceFailureException }
);
/// The errors `UntagRole` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UntagRoleError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(crate::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UntagRoleError, { 0 => NoSuchEntityException, 1 => ConcurrentModificationException, 2
    => ServiceFailureException }
);
/// The errors `UntagSAMLProvider` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UntagSamlProviderError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(crate::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UntagSamlProviderError, { 0 => NoSuchEntityException, 1 => InvalidInputException, 2
    => ConcurrentModificationException, 3 => ServiceFailureException }
);
/// The errors `UntagServerCertificate` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UntagServerCertificateError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(crate::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UntagServerCertificateError, { 0 => NoSuchEntityException, 1 =>
    InvalidInputException, 2 => ConcurrentModificationException, 3 =>
    ServiceFailureException }
);
/// The errors `UntagUser` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UntagUserError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(crate::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UntagUserError, { 0 => NoSuchEntityException, 1 => ConcurrentModificationException, 2
    => ServiceFailureException }
);
/// The errors `UpdateAccessKey` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateAccessKeyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateAccessKeyError, { 0 => NoSuchEntityException, 1 => LimitExceededException, 2 =>
    ServiceFailureException, 3 => InvalidInputException }
);
/// The errors `UpdateAccountPasswordPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateAccountPasswordPolicyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because the policy document was malformed. The error message describes the specific error.
    MalformedPolicyDocumentException(crate::types::MalformedPolicyDocumentException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateAccountPasswordPolicyError, { 0 => NoSuchEntityException, 1 =>
    MalformedPolicyDocumentException, 2 => LimitExceededException, 3 =>
    ServiceFailureException }
);
/// The errors `UpdateAssumeRolePolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateAssumeRolePolicyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because the policy document was malformed. The error message describes the specific error.
    MalformedPolicyDocumentException(crate::types::MalformedPolicyDocumentException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request was rejected because service-linked roles are protected Amazon Web Services resources. Only the service that depends on the service-linked role can modify or delete the role on your behalf. The error message includes the name of the service that depends on this service-linked role. You must request the change through that service.
    UnmodifiableEntityException(crate::types::UnmodifiableEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateAssumeRolePolicyError, { 0 => NoSuchEntityException, 1 =>
    MalformedPolicyDocumentException, 2 => LimitExceededException, 3 =>
    UnmodifiableEntityException, 4 => ServiceFailureException }
);
/// The errors `UpdateDelegationRequest` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateDelegationRequestError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(crate::types::ConcurrentModificationException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateDelegationRequestError, { 0 => NoSuchEntityException, 1 =>
    ServiceFailureException, 2 => ConcurrentModificationException, 3 =>
    InvalidInputException }
);
/// The errors `UpdateGroup` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateGroupError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create a resource that already exists.
    EntityAlreadyExistsException(crate::types::EntityAlreadyExistsException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateGroupError, { 0 => NoSuchEntityException, 1 => EntityAlreadyExistsException, 2
    => LimitExceededException, 3 => ServiceFailureException }
);
/// The errors `UpdateLoginProfile` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateLoginProfileError {
    /// The request was rejected because it referenced an entity that is temporarily unmodifiable, such as a user name that was deleted and then recreated. The error indicates that the request is likely to succeed if you try again after waiting several minutes. The error message describes the entity.
    EntityTemporarilyUnmodifiableException(
        crate::types::EntityTemporarilyUnmodifiableException,
    ),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because the provided password did not meet the requirements imposed by the account password policy.
    PasswordPolicyViolationException(crate::types::PasswordPolicyViolationException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateLoginProfileError, { 0 => EntityTemporarilyUnmodifiableException, 1 =>
    NoSuchEntityException, 2 => PasswordPolicyViolationException, 3 =>
    LimitExceededException, 4 => ServiceFailureException }
);
/// The errors `UpdateOpenIDConnectProviderThumbprint` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateOpenIdConnectProviderThumbprintError {
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(crate::types::ConcurrentModificationException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateOpenIdConnectProviderThumbprintError, { 0 => ConcurrentModificationException, 1
    => InvalidInputException, 2 => NoSuchEntityException, 3 => ServiceFailureException }
);
/// The errors `UpdateRole` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateRoleError {
    /// The request was rejected because service-linked roles are protected Amazon Web Services resources. Only the service that depends on the service-linked role can modify or delete the role on your behalf. The error message includes the name of the service that depends on this service-linked role. You must request the change through that service.
    UnmodifiableEntityException(crate::types::UnmodifiableEntityException),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateRoleError, { 0 => UnmodifiableEntityException, 1 => NoSuchEntityException, 2 =>
    ServiceFailureException }
);
/// The errors `UpdateRoleDescription` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateRoleDescriptionError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because service-linked roles are protected Amazon Web Services resources. Only the service that depends on the service-linked role can modify or delete the role on your behalf. The error message includes the name of the service that depends on this service-linked role. You must request the change through that service.
    UnmodifiableEntityException(crate::types::UnmodifiableEntityException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateRoleDescriptionError, { 0 => NoSuchEntityException, 1 =>
    UnmodifiableEntityException, 2 => ServiceFailureException }
);
/// The errors `UpdateSAMLProvider` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateSamlProviderError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(crate::types::ConcurrentModificationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateSamlProviderError, { 0 => NoSuchEntityException, 1 => InvalidInputException, 2
    => LimitExceededException, 3 => ServiceFailureException, 4 =>
    ConcurrentModificationException }
);
/// The errors `UpdateSSHPublicKey` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateSshPublicKeyError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateSshPublicKeyError, { 0 => NoSuchEntityException, 1 => InvalidInputException }
);
/// The errors `UpdateServerCertificate` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateServerCertificateError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create a resource that already exists.
    EntityAlreadyExistsException(crate::types::EntityAlreadyExistsException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateServerCertificateError, { 0 => NoSuchEntityException, 1 =>
    EntityAlreadyExistsException, 2 => LimitExceededException, 3 =>
    ServiceFailureException }
);
/// The errors `UpdateServiceSpecificCredential` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateServiceSpecificCredentialError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateServiceSpecificCredentialError, { 0 => NoSuchEntityException }
);
/// The errors `UpdateSigningCertificate` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateSigningCertificateError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateSigningCertificateError, { 0 => NoSuchEntityException, 1 =>
    LimitExceededException, 2 => ServiceFailureException, 3 => InvalidInputException }
);
/// The errors `UpdateUser` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateUserError {
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request was rejected because it attempted to create a resource that already exists.
    EntityAlreadyExistsException(crate::types::EntityAlreadyExistsException),
    /// The request was rejected because it referenced an entity that is temporarily unmodifiable, such as a user name that was deleted and then recreated. The error indicates that the request is likely to succeed if you try again after waiting several minutes. The error message describes the entity.
    EntityTemporarilyUnmodifiableException(
        crate::types::EntityTemporarilyUnmodifiableException,
    ),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(crate::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateUserError, { 0 => NoSuchEntityException, 1 => LimitExceededException, 2 =>
    EntityAlreadyExistsException, 3 => EntityTemporarilyUnmodifiableException, 4 =>
    ConcurrentModificationException, 5 => ServiceFailureException }
);
/// The errors `UploadSSHPublicKey` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UploadSshPublicKeyError {
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because the public key is malformed or otherwise invalid.
    InvalidPublicKeyException(crate::types::InvalidPublicKeyException),
    /// The request was rejected because the SSH public key is already associated with the specified IAM user.
    DuplicateSshPublicKeyException(crate::types::DuplicateSshPublicKeyException),
    /// The request was rejected because the public key encoding format is unsupported or unrecognized.
    UnrecognizedPublicKeyEncodingException(
        crate::types::UnrecognizedPublicKeyEncodingException,
    ),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UploadSshPublicKeyError, { 0 => LimitExceededException, 1 => NoSuchEntityException, 2
    => InvalidPublicKeyException, 3 => DuplicateSshPublicKeyException, 4 =>
    UnrecognizedPublicKeyEncodingException }
);
/// The errors `UploadServerCertificate` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UploadServerCertificateError {
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
    InvalidInputException(crate::types::InvalidInputException),
    /// The request was rejected because it attempted to create a resource that already exists.
    EntityAlreadyExistsException(crate::types::EntityAlreadyExistsException),
    /// The request was rejected because the certificate was malformed or expired. The error message describes the specific error.
    MalformedCertificateException(crate::types::MalformedCertificateException),
    /// The request was rejected because the public key certificate and the private key do not match.
    KeyPairMismatchException(crate::types::KeyPairMismatchException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(crate::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UploadServerCertificateError, { 0 => LimitExceededException, 1 =>
    InvalidInputException, 2 => EntityAlreadyExistsException, 3 =>
    MalformedCertificateException, 4 => KeyPairMismatchException, 5 =>
    ConcurrentModificationException, 6 => ServiceFailureException }
);
/// The errors `UploadSigningCertificate` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UploadSigningCertificateError {
    /// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request was rejected because it attempted to create a resource that already exists.
    EntityAlreadyExistsException(crate::types::EntityAlreadyExistsException),
    /// The request was rejected because the certificate was malformed or expired. The error message describes the specific error.
    MalformedCertificateException(crate::types::MalformedCertificateException),
    /// The request was rejected because the certificate is invalid.
    InvalidCertificateException(crate::types::InvalidCertificateException),
    /// The request was rejected because the same certificate is associated with an IAM user in the account.
    DuplicateCertificateException(crate::types::DuplicateCertificateException),
    /// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
    NoSuchEntityException(crate::types::NoSuchEntityException),
    /// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
    ConcurrentModificationException(crate::types::ConcurrentModificationException),
    /// The request processing has failed because of an unknown error, exception or failure.
    ServiceFailureException(crate::types::ServiceFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UploadSigningCertificateError, { 0 => LimitExceededException, 1 =>
    EntityAlreadyExistsException, 2 => MalformedCertificateException, 3 =>
    InvalidCertificateException, 4 => DuplicateCertificateException, 5 =>
    NoSuchEntityException, 6 => ConcurrentModificationException, 7 =>
    ServiceFailureException }
);

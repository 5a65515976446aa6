//! Per-operation error enums: one variant per modelled error plus `Unmodelled`.
//! Code, message, request id and status are on [`kumo_runtime::Error`].
#![allow(
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items
)]
/// The errors `AddPermission` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AddPermissionError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(super::types::InvalidParameterException),
    /// Indicates an internal service error.
    InternalErrorException(super::types::InternalErrorException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(super::types::AuthorizationErrorException),
    /// Indicates that the requested resource does not exist.
    NotFoundException(super::types::NotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    AddPermissionError, [InvalidParameterException, InternalErrorException,
    AuthorizationErrorException, NotFoundException]
);
/// The errors `CheckIfPhoneNumberIsOptedOut` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CheckIfPhoneNumberIsOptedOutError {
    /// Indicates that the rate at which requests have been submitted for this action exceeds the limit for your Amazon Web Services account.
    ThrottledException(super::types::ThrottledException),
    /// Indicates an internal service error.
    InternalErrorException(super::types::InternalErrorException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(super::types::AuthorizationErrorException),
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(super::types::InvalidParameterException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CheckIfPhoneNumberIsOptedOutError, [ThrottledException, InternalErrorException,
    AuthorizationErrorException, InvalidParameterException]
);
/// The errors `ConfirmSubscription` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ConfirmSubscriptionError {
    /// Indicates that the customer already owns the maximum allowed number of subscriptions.
    SubscriptionLimitExceededException(super::types::SubscriptionLimitExceededException),
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(super::types::InvalidParameterException),
    /// Indicates that the requested resource does not exist.
    NotFoundException(super::types::NotFoundException),
    /// Indicates an internal service error.
    InternalErrorException(super::types::InternalErrorException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(super::types::AuthorizationErrorException),
    /// Indicates that the number of filter polices in your Amazon Web Services account exceeds the limit. To add more filter polices, submit an Amazon SNS Limit Increase case in the Amazon Web Services Support Center.
    FilterPolicyLimitExceededException(super::types::FilterPolicyLimitExceededException),
    /// Indicates that the request parameter has exceeded the maximum number of concurrent message replays.
    ReplayLimitExceededException(super::types::ReplayLimitExceededException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ConfirmSubscriptionError, [SubscriptionLimitExceededException,
    InvalidParameterException, NotFoundException, InternalErrorException,
    AuthorizationErrorException, FilterPolicyLimitExceededException,
    ReplayLimitExceededException]
);
/// The errors `CreatePlatformApplication` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreatePlatformApplicationError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(super::types::InvalidParameterException),
    /// Indicates an internal service error.
    InternalErrorException(super::types::InternalErrorException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(super::types::AuthorizationErrorException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreatePlatformApplicationError, [InvalidParameterException, InternalErrorException,
    AuthorizationErrorException]
);
/// The errors `CreatePlatformEndpoint` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreatePlatformEndpointError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(super::types::InvalidParameterException),
    /// Indicates an internal service error.
    InternalErrorException(super::types::InternalErrorException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(super::types::AuthorizationErrorException),
    /// Indicates that the requested resource does not exist.
    NotFoundException(super::types::NotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreatePlatformEndpointError, [InvalidParameterException, InternalErrorException,
    AuthorizationErrorException, NotFoundException]
);
/// The errors `CreateSMSSandboxPhoneNumber` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateSmsSandboxPhoneNumberError {
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(super::types::AuthorizationErrorException),
    /// Indicates an internal service error.
    InternalErrorException(super::types::InternalErrorException),
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(super::types::InvalidParameterException),
    /// Indicates that the specified phone number opted out of receiving SMS messages from your Amazon Web Services account. You can't send SMS messages to phone numbers that opt out.
    OptedOutException(super::types::OptedOutException),
    /// Indicates that a request parameter does not comply with the associated constraints.
    UserErrorException(super::types::UserErrorException),
    /// Indicates that the rate at which requests have been submitted for this action exceeds the limit for your Amazon Web Services account.
    ThrottledException(super::types::ThrottledException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateSmsSandboxPhoneNumberError, [AuthorizationErrorException,
    InternalErrorException, InvalidParameterException, OptedOutException,
    UserErrorException, ThrottledException]
);
/// The errors `CreateTopic` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateTopicError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(super::types::InvalidParameterException),
    /// Indicates that the customer already owns the maximum allowed number of topics.
    TopicLimitExceededException(super::types::TopicLimitExceededException),
    /// Indicates an internal service error.
    InternalErrorException(super::types::InternalErrorException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(super::types::AuthorizationErrorException),
    /// The credential signature isn't valid. You must use an HTTPS endpoint and sign your request using Signature Version 4.
    InvalidSecurityException(super::types::InvalidSecurityException),
    /// Can't add more than 50 tags to a topic.
    TagLimitExceededException(super::types::TagLimitExceededException),
    /// A tag has been added to a resource with the same ARN as a deleted resource. Wait a short while and then retry the operation.
    StaleTagException(super::types::StaleTagException),
    /// The request doesn't comply with the IAM tag policy. Correct your request and then retry it.
    TagPolicyException(super::types::TagPolicyException),
    /// Can't perform multiple operations on a tag simultaneously. Perform the operations sequentially.
    ConcurrentAccessException(super::types::ConcurrentAccessException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateTopicError, [InvalidParameterException, TopicLimitExceededException,
    InternalErrorException, AuthorizationErrorException, InvalidSecurityException,
    TagLimitExceededException, StaleTagException, TagPolicyException,
    ConcurrentAccessException]
);
/// The errors `DeleteEndpoint` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteEndpointError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(super::types::InvalidParameterException),
    /// Indicates an internal service error.
    InternalErrorException(super::types::InternalErrorException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(super::types::AuthorizationErrorException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteEndpointError, [InvalidParameterException, InternalErrorException,
    AuthorizationErrorException]
);
/// The errors `DeletePlatformApplication` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeletePlatformApplicationError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(super::types::InvalidParameterException),
    /// Indicates an internal service error.
    InternalErrorException(super::types::InternalErrorException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(super::types::AuthorizationErrorException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeletePlatformApplicationError, [InvalidParameterException, InternalErrorException,
    AuthorizationErrorException]
);
/// The errors `DeleteSMSSandboxPhoneNumber` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteSmsSandboxPhoneNumberError {
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(super::types::AuthorizationErrorException),
    /// Indicates an internal service error.
    InternalErrorException(super::types::InternalErrorException),
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(super::types::InvalidParameterException),
    /// Can’t perform the action on the specified resource. Make sure that the resource exists.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// Indicates that a request parameter does not comply with the associated constraints.
    UserErrorException(super::types::UserErrorException),
    /// Indicates that the rate at which requests have been submitted for this action exceeds the limit for your Amazon Web Services account.
    ThrottledException(super::types::ThrottledException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteSmsSandboxPhoneNumberError, [AuthorizationErrorException,
    InternalErrorException, InvalidParameterException, ResourceNotFoundException,
    UserErrorException, ThrottledException]
);
/// The errors `DeleteTopic` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteTopicError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(super::types::InvalidParameterException),
    /// Indicates that the specified state is not a valid state for an event source.
    InvalidStateException(super::types::InvalidStateException),
    /// Indicates an internal service error.
    InternalErrorException(super::types::InternalErrorException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(super::types::AuthorizationErrorException),
    /// Indicates that the requested resource does not exist.
    NotFoundException(super::types::NotFoundException),
    /// A tag has been added to a resource with the same ARN as a deleted resource. Wait a short while and then retry the operation.
    StaleTagException(super::types::StaleTagException),
    /// The request doesn't comply with the IAM tag policy. Correct your request and then retry it.
    TagPolicyException(super::types::TagPolicyException),
    /// Can't perform multiple operations on a tag simultaneously. Perform the operations sequentially.
    ConcurrentAccessException(super::types::ConcurrentAccessException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteTopicError, [InvalidParameterException, InvalidStateException,
    InternalErrorException, AuthorizationErrorException, NotFoundException,
    StaleTagException, TagPolicyException, ConcurrentAccessException]
);
/// The errors `GetDataProtectionPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetDataProtectionPolicyError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(super::types::InvalidParameterException),
    /// Indicates an internal service error.
    InternalErrorException(super::types::InternalErrorException),
    /// Indicates that the requested resource does not exist.
    NotFoundException(super::types::NotFoundException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(super::types::AuthorizationErrorException),
    /// The credential signature isn't valid. You must use an HTTPS endpoint and sign your request using Signature Version 4.
    InvalidSecurityException(super::types::InvalidSecurityException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetDataProtectionPolicyError, [InvalidParameterException, InternalErrorException,
    NotFoundException, AuthorizationErrorException, InvalidSecurityException]
);
/// The errors `GetEndpointAttributes` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetEndpointAttributesError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(super::types::InvalidParameterException),
    /// Indicates an internal service error.
    InternalErrorException(super::types::InternalErrorException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(super::types::AuthorizationErrorException),
    /// Indicates that the requested resource does not exist.
    NotFoundException(super::types::NotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetEndpointAttributesError, [InvalidParameterException, InternalErrorException,
    AuthorizationErrorException, NotFoundException]
);
/// The errors `GetPlatformApplicationAttributes` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetPlatformApplicationAttributesError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(super::types::InvalidParameterException),
    /// Indicates an internal service error.
    InternalErrorException(super::types::InternalErrorException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(super::types::AuthorizationErrorException),
    /// Indicates that the requested resource does not exist.
    NotFoundException(super::types::NotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetPlatformApplicationAttributesError, [InvalidParameterException,
    InternalErrorException, AuthorizationErrorException, NotFoundException]
);
/// The errors `GetSMSAttributes` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetSmsAttributesError {
    /// Indicates that the rate at which requests have been submitted for this action exceeds the limit for your Amazon Web Services account.
    ThrottledException(super::types::ThrottledException),
    /// Indicates an internal service error.
    InternalErrorException(super::types::InternalErrorException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(super::types::AuthorizationErrorException),
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(super::types::InvalidParameterException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetSmsAttributesError, [ThrottledException, InternalErrorException,
    AuthorizationErrorException, InvalidParameterException]
);
/// The errors `GetSMSSandboxAccountStatus` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetSmsSandboxAccountStatusError {
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(super::types::AuthorizationErrorException),
    /// Indicates an internal service error.
    InternalErrorException(super::types::InternalErrorException),
    /// Indicates that the rate at which requests have been submitted for this action exceeds the limit for your Amazon Web Services account.
    ThrottledException(super::types::ThrottledException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetSmsSandboxAccountStatusError, [AuthorizationErrorException,
    InternalErrorException, ThrottledException]
);
/// The errors `GetSubscriptionAttributes` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetSubscriptionAttributesError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(super::types::InvalidParameterException),
    /// Indicates an internal service error.
    InternalErrorException(super::types::InternalErrorException),
    /// Indicates that the requested resource does not exist.
    NotFoundException(super::types::NotFoundException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(super::types::AuthorizationErrorException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetSubscriptionAttributesError, [InvalidParameterException, InternalErrorException,
    NotFoundException, AuthorizationErrorException]
);
/// The errors `GetTopicAttributes` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetTopicAttributesError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(super::types::InvalidParameterException),
    /// Indicates an internal service error.
    InternalErrorException(super::types::InternalErrorException),
    /// Indicates that the requested resource does not exist.
    NotFoundException(super::types::NotFoundException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(super::types::AuthorizationErrorException),
    /// The credential signature isn't valid. You must use an HTTPS endpoint and sign your request using Signature Version 4.
    InvalidSecurityException(super::types::InvalidSecurityException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetTopicAttributesError, [InvalidParameterException, InternalErrorException,
    NotFoundException, AuthorizationErrorException, InvalidSecurityException]
);
/// The errors `ListEndpointsByPlatformApplication` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListEndpointsByPlatformApplicationError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(super::types::InvalidParameterException),
    /// Indicates an internal service error.
    InternalErrorException(super::types::InternalErrorException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(super::types::AuthorizationErrorException),
    /// Indicates that the requested resource does not exist.
    NotFoundException(super::types::NotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListEndpointsByPlatformApplicationError, [InvalidParameterException,
    InternalErrorException, AuthorizationErrorException, NotFoundException]
);
/// The errors `ListOriginationNumbers` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListOriginationNumbersError {
    /// Indicates an internal service error.
    InternalErrorException(super::types::InternalErrorException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(super::types::AuthorizationErrorException),
    /// Indicates that the rate at which requests have been submitted for this action exceeds the limit for your Amazon Web Services account.
    ThrottledException(super::types::ThrottledException),
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(super::types::InvalidParameterException),
    /// Indicates that a parameter in the request is invalid.
    ValidationException(super::types::ValidationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListOriginationNumbersError, [InternalErrorException, AuthorizationErrorException,
    ThrottledException, InvalidParameterException, ValidationException]
);
/// The errors `ListPhoneNumbersOptedOut` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListPhoneNumbersOptedOutError {
    /// Indicates that the rate at which requests have been submitted for this action exceeds the limit for your Amazon Web Services account.
    ThrottledException(super::types::ThrottledException),
    /// Indicates an internal service error.
    InternalErrorException(super::types::InternalErrorException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(super::types::AuthorizationErrorException),
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(super::types::InvalidParameterException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListPhoneNumbersOptedOutError, [ThrottledException, InternalErrorException,
    AuthorizationErrorException, InvalidParameterException]
);
/// The errors `ListPlatformApplications` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListPlatformApplicationsError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(super::types::InvalidParameterException),
    /// Indicates an internal service error.
    InternalErrorException(super::types::InternalErrorException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(super::types::AuthorizationErrorException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListPlatformApplicationsError, [InvalidParameterException, InternalErrorException,
    AuthorizationErrorException]
);
/// The errors `ListSMSSandboxPhoneNumbers` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListSmsSandboxPhoneNumbersError {
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(super::types::AuthorizationErrorException),
    /// Indicates an internal service error.
    InternalErrorException(super::types::InternalErrorException),
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(super::types::InvalidParameterException),
    /// Can’t perform the action on the specified resource. Make sure that the resource exists.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// Indicates that the rate at which requests have been submitted for this action exceeds the limit for your Amazon Web Services account.
    ThrottledException(super::types::ThrottledException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListSmsSandboxPhoneNumbersError, [AuthorizationErrorException,
    InternalErrorException, InvalidParameterException, ResourceNotFoundException,
    ThrottledException]
);
/// The errors `ListSubscriptions` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListSubscriptionsError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(super::types::InvalidParameterException),
    /// Indicates an internal service error.
    InternalErrorException(super::types::InternalErrorException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(super::types::AuthorizationErrorException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListSubscriptionsError, [InvalidParameterException, InternalErrorException,
    AuthorizationErrorException]
);
/// The errors `ListSubscriptionsByTopic` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListSubscriptionsByTopicError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(super::types::InvalidParameterException),
    /// Indicates an internal service error.
    InternalErrorException(super::types::InternalErrorException),
    /// Indicates that the requested resource does not exist.
    NotFoundException(super::types::NotFoundException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(super::types::AuthorizationErrorException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListSubscriptionsByTopicError, [InvalidParameterException, InternalErrorException,
    NotFoundException, AuthorizationErrorException]
);
/// The errors `ListTagsForResource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListTagsForResourceError {
    /// Can’t perform the action on the specified resource. Make sure that the resource exists.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request doesn't comply with the IAM tag policy. Correct your request and then retry it.
    TagPolicyException(super::types::TagPolicyException),
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(super::types::InvalidParameterException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(super::types::AuthorizationErrorException),
    /// Can't perform multiple operations on a tag simultaneously. Perform the operations sequentially.
    ConcurrentAccessException(super::types::ConcurrentAccessException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListTagsForResourceError, [ResourceNotFoundException, TagPolicyException,
    InvalidParameterException, AuthorizationErrorException, ConcurrentAccessException]
);
/// The errors `ListTopics` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListTopicsError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(super::types::InvalidParameterException),
    /// Indicates an internal service error.
    InternalErrorException(super::types::InternalErrorException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(super::types::AuthorizationErrorException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListTopicsError, [InvalidParameterException, InternalErrorException,
    AuthorizationErrorException]
);
/// The errors `OptInPhoneNumber` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum OptInPhoneNumberError {
    /// Indicates that the rate at which requests have been submitted for this action exceeds the limit for your Amazon Web Services account.
    ThrottledException(super::types::ThrottledException),
    /// Indicates an internal service error.
    InternalErrorException(super::types::InternalErrorException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(super::types::AuthorizationErrorException),
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(super::types::InvalidParameterException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    OptInPhoneNumberError, [ThrottledException, InternalErrorException,
    AuthorizationErrorException, InvalidParameterException]
);
/// The errors `Publish` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PublishError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(super::types::InvalidParameterException),
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// Indicates an internal service error.
    InternalErrorException(super::types::InternalErrorException),
    /// Indicates that the requested resource does not exist.
    NotFoundException(super::types::NotFoundException),
    /// Exception error indicating endpoint disabled.
    EndpointDisabledException(super::types::EndpointDisabledException),
    /// Exception error indicating platform application disabled.
    PlatformApplicationDisabledException(
        super::types::PlatformApplicationDisabledException,
    ),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(super::types::AuthorizationErrorException),
    /// The request was rejected because the specified Amazon Web Services KMS key isn't enabled.
    KmsDisabledException(super::types::KmsDisabledException),
    /// The request was rejected because the state of the specified resource isn't valid for this request. For more information, see [Key states of Amazon Web Services KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Key Management Service Developer Guide*.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// The request was rejected because the specified entity or resource can't be found.
    KmsNotFoundException(super::types::KmsNotFoundException),
    /// The Amazon Web Services access key ID needs a subscription for the service.
    KmsOptInRequired(super::types::KmsOptInRequired),
    /// The request was denied due to request throttling. For more information about throttling, see [Limits](https://docs.aws.amazon.com/kms/latest/developerguide/limits.html#requests-per-second) in the *Key Management Service Developer Guide.*
    KmsThrottlingException(super::types::KmsThrottlingException),
    /// The ciphertext references a key that doesn't exist or that you don't have access to.
    KmsAccessDeniedException(super::types::KmsAccessDeniedException),
    /// The credential signature isn't valid. You must use an HTTPS endpoint and sign your request using Signature Version 4.
    InvalidSecurityException(super::types::InvalidSecurityException),
    /// Indicates that a parameter in the request is invalid.
    ValidationException(super::types::ValidationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PublishError, [InvalidParameterException, InvalidParameterValueException,
    InternalErrorException, NotFoundException, EndpointDisabledException,
    PlatformApplicationDisabledException, AuthorizationErrorException,
    KmsDisabledException, KmsInvalidStateException, KmsNotFoundException,
    KmsOptInRequired, KmsThrottlingException, KmsAccessDeniedException,
    InvalidSecurityException, ValidationException]
);
/// The errors `PublishBatch` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PublishBatchError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(super::types::InvalidParameterException),
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// Indicates an internal service error.
    InternalErrorException(super::types::InternalErrorException),
    /// Indicates that the requested resource does not exist.
    NotFoundException(super::types::NotFoundException),
    /// Exception error indicating endpoint disabled.
    EndpointDisabledException(super::types::EndpointDisabledException),
    /// Exception error indicating platform application disabled.
    PlatformApplicationDisabledException(
        super::types::PlatformApplicationDisabledException,
    ),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(super::types::AuthorizationErrorException),
    /// Two or more batch entries in the request have the same `Id`.
    BatchEntryIdsNotDistinctException(super::types::BatchEntryIdsNotDistinctException),
    /// The length of all the batch messages put together is more than the limit.
    BatchRequestTooLongException(super::types::BatchRequestTooLongException),
    /// The batch request doesn't contain any entries.
    EmptyBatchRequestException(super::types::EmptyBatchRequestException),
    /// The `Id` of a batch entry in a batch request doesn't abide by the specification.
    InvalidBatchEntryIdException(super::types::InvalidBatchEntryIdException),
    /// The batch request contains more entries than permissible (more than 10).
    TooManyEntriesInBatchRequestException(
        super::types::TooManyEntriesInBatchRequestException,
    ),
    /// The request was rejected because the specified Amazon Web Services KMS key isn't enabled.
    KmsDisabledException(super::types::KmsDisabledException),
    /// The request was rejected because the state of the specified resource isn't valid for this request. For more information, see [Key states of Amazon Web Services KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Key Management Service Developer Guide*.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// The request was rejected because the specified entity or resource can't be found.
    KmsNotFoundException(super::types::KmsNotFoundException),
    /// The Amazon Web Services access key ID needs a subscription for the service.
    KmsOptInRequired(super::types::KmsOptInRequired),
    /// The request was denied due to request throttling. For more information about throttling, see [Limits](https://docs.aws.amazon.com/kms/latest/developerguide/limits.html#requests-per-second) in the *Key Management Service Developer Guide.*
    KmsThrottlingException(super::types::KmsThrottlingException),
    /// The ciphertext references a key that doesn't exist or that you don't have access to.
    KmsAccessDeniedException(super::types::KmsAccessDeniedException),
    /// The credential signature isn't valid. You must use an HTTPS endpoint and sign your request using Signature Version 4.
    InvalidSecurityException(super::types::InvalidSecurityException),
    /// Indicates that a parameter in the request is invalid.
    ValidationException(super::types::ValidationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PublishBatchError, [InvalidParameterException, InvalidParameterValueException,
    InternalErrorException, NotFoundException, EndpointDisabledException,
    PlatformApplicationDisabledException, AuthorizationErrorException,
    BatchEntryIdsNotDistinctException, BatchRequestTooLongException,
    EmptyBatchRequestException, InvalidBatchEntryIdException,
    TooManyEntriesInBatchRequestException, KmsDisabledException,
    KmsInvalidStateException, KmsNotFoundException, KmsOptInRequired,
    KmsThrottlingException, KmsAccessDeniedException, InvalidSecurityException,
    ValidationException]
);
/// The errors `PutDataProtectionPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutDataProtectionPolicyError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(super::types::InvalidParameterException),
    /// Indicates an internal service error.
    InternalErrorException(super::types::InternalErrorException),
    /// Indicates that the requested resource does not exist.
    NotFoundException(super::types::NotFoundException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(super::types::AuthorizationErrorException),
    /// The credential signature isn't valid. You must use an HTTPS endpoint and sign your request using Signature Version 4.
    InvalidSecurityException(super::types::InvalidSecurityException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutDataProtectionPolicyError, [InvalidParameterException, InternalErrorException,
    NotFoundException, AuthorizationErrorException, InvalidSecurityException]
);
/// The errors `RemovePermission` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RemovePermissionError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(super::types::InvalidParameterException),
    /// Indicates an internal service error.
    InternalErrorException(super::types::InternalErrorException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(super::types::AuthorizationErrorException),
    /// Indicates that the requested resource does not exist.
    NotFoundException(super::types::NotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    RemovePermissionError, [InvalidParameterException, InternalErrorException,
    AuthorizationErrorException, NotFoundException]
);
/// The errors `SetEndpointAttributes` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum SetEndpointAttributesError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(super::types::InvalidParameterException),
    /// Indicates an internal service error.
    InternalErrorException(super::types::InternalErrorException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(super::types::AuthorizationErrorException),
    /// Indicates that the requested resource does not exist.
    NotFoundException(super::types::NotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    SetEndpointAttributesError, [InvalidParameterException, InternalErrorException,
    AuthorizationErrorException, NotFoundException]
);
/// The errors `SetPlatformApplicationAttributes` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum SetPlatformApplicationAttributesError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(super::types::InvalidParameterException),
    /// Indicates an internal service error.
    InternalErrorException(super::types::InternalErrorException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(super::types::AuthorizationErrorException),
    /// Indicates that the requested resource does not exist.
    NotFoundException(super::types::NotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    SetPlatformApplicationAttributesError, [InvalidParameterException,
    InternalErrorException, AuthorizationErrorException, NotFoundException]
);
/// The errors `SetSMSAttributes` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum SetSmsAttributesError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(super::types::InvalidParameterException),
    /// Indicates that the rate at which requests have been submitted for this action exceeds the limit for your Amazon Web Services account.
    ThrottledException(super::types::ThrottledException),
    /// Indicates an internal service error.
    InternalErrorException(super::types::InternalErrorException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(super::types::AuthorizationErrorException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    SetSmsAttributesError, [InvalidParameterException, ThrottledException,
    InternalErrorException, AuthorizationErrorException]
);
/// The errors `SetSubscriptionAttributes` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum SetSubscriptionAttributesError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(super::types::InvalidParameterException),
    /// Indicates that the number of filter polices in your Amazon Web Services account exceeds the limit. To add more filter polices, submit an Amazon SNS Limit Increase case in the Amazon Web Services Support Center.
    FilterPolicyLimitExceededException(super::types::FilterPolicyLimitExceededException),
    /// Indicates that the request parameter has exceeded the maximum number of concurrent message replays.
    ReplayLimitExceededException(super::types::ReplayLimitExceededException),
    /// Indicates an internal service error.
    InternalErrorException(super::types::InternalErrorException),
    /// Indicates that the requested resource does not exist.
    NotFoundException(super::types::NotFoundException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(super::types::AuthorizationErrorException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    SetSubscriptionAttributesError, [InvalidParameterException,
    FilterPolicyLimitExceededException, ReplayLimitExceededException,
    InternalErrorException, NotFoundException, AuthorizationErrorException]
);
/// The errors `SetTopicAttributes` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum SetTopicAttributesError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(super::types::InvalidParameterException),
    /// Indicates an internal service error.
    InternalErrorException(super::types::InternalErrorException),
    /// Indicates that the requested resource does not exist.
    NotFoundException(super::types::NotFoundException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(super::types::AuthorizationErrorException),
    /// The credential signature isn't valid. You must use an HTTPS endpoint and sign your request using Signature Version 4.
    InvalidSecurityException(super::types::InvalidSecurityException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    SetTopicAttributesError, [InvalidParameterException, InternalErrorException,
    NotFoundException, AuthorizationErrorException, InvalidSecurityException]
);
/// The errors `Subscribe` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum SubscribeError {
    /// Indicates that the customer already owns the maximum allowed number of subscriptions.
    SubscriptionLimitExceededException(super::types::SubscriptionLimitExceededException),
    /// Indicates that the number of filter polices in your Amazon Web Services account exceeds the limit. To add more filter polices, submit an Amazon SNS Limit Increase case in the Amazon Web Services Support Center.
    FilterPolicyLimitExceededException(super::types::FilterPolicyLimitExceededException),
    /// Indicates that the request parameter has exceeded the maximum number of concurrent message replays.
    ReplayLimitExceededException(super::types::ReplayLimitExceededException),
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(super::types::InvalidParameterException),
    /// Indicates an internal service error.
    InternalErrorException(super::types::InternalErrorException),
    /// Indicates that the requested resource does not exist.
    NotFoundException(super::types::NotFoundException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(super::types::AuthorizationErrorException),
    /// The credential signature isn't valid. You must use an HTTPS endpoint and sign your request using Signature Version 4.
    InvalidSecurityException(super::types::InvalidSecurityException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    SubscribeError, [SubscriptionLimitExceededException,
    FilterPolicyLimitExceededException, ReplayLimitExceededException,
    InvalidParameterException, InternalErrorException, NotFoundException,
    AuthorizationErrorException, InvalidSecurityException]
);
/// The errors `TagResource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum TagResourceError {
    /// Can’t perform the action on the specified resource. Make sure that the resource exists.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// Can't add more than 50 tags to a topic.
    TagLimitExceededException(super::types::TagLimitExceededException),
    /// A tag has been added to a resource with the same ARN as a deleted resource. Wait a short while and then retry the operation.
    StaleTagException(super::types::StaleTagException),
    /// The request doesn't comply with the IAM tag policy. Correct your request and then retry it.
    TagPolicyException(super::types::TagPolicyException),
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(super::types::InvalidParameterException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(super::types::AuthorizationErrorException),
    /// Can't perform multiple operations on a tag simultaneously. Perform the operations sequentially.
    ConcurrentAccessException(super::types::ConcurrentAccessException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    TagResourceError, [ResourceNotFoundException, TagLimitExceededException,
    StaleTagException, TagPolicyException, InvalidParameterException,
    AuthorizationErrorException, ConcurrentAccessException]
);
/// The errors `Unsubscribe` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UnsubscribeError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(super::types::InvalidParameterException),
    /// Indicates an internal service error.
    InternalErrorException(super::types::InternalErrorException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(super::types::AuthorizationErrorException),
    /// Indicates that the requested resource does not exist.
    NotFoundException(super::types::NotFoundException),
    /// The credential signature isn't valid. You must use an HTTPS endpoint and sign your request using Signature Version 4.
    InvalidSecurityException(super::types::InvalidSecurityException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UnsubscribeError, [InvalidParameterException, InternalErrorException,
    AuthorizationErrorException, NotFoundException, InvalidSecurityException]
);
/// The errors `UntagResource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UntagResourceError {
    /// Can’t perform the action on the specified resource. Make sure that the resource exists.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// Can't add more than 50 tags to a topic.
    TagLimitExceededException(super::types::TagLimitExceededException),
    /// A tag has been added to a resource with the same ARN as a deleted resource. Wait a short while and then retry the operation.
    StaleTagException(super::types::StaleTagException),
    /// The request doesn't comply with the IAM tag policy. Correct your request and then retry it.
    TagPolicyException(super::types::TagPolicyException),
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(super::types::InvalidParameterException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(super::types::AuthorizationErrorException),
    /// Can't perform multiple operations on a tag simultaneously. Perform the operations sequentially.
    ConcurrentAccessException(super::types::ConcurrentAccessException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UntagResourceError, [ResourceNotFoundException, TagLimitExceededException,
    StaleTagException, TagPolicyException, InvalidParameterException,
    AuthorizationErrorException, ConcurrentAccessException]
);
/// The errors `VerifySMSSandboxPhoneNumber` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum VerifySmsSandboxPhoneNumberError {
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(super::types::AuthorizationErrorException),
    /// Indicates an internal service error.
    InternalErrorException(super::types::InternalErrorException),
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(super::types::InvalidParameterException),
    /// Can’t perform the action on the specified resource. Make sure that the resource exists.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// Indicates that the one-time password (OTP) used for verification is invalid.
    VerificationException(super::types::VerificationException),
    /// Indicates that the rate at which requests have been submitted for this action exceeds the limit for your Amazon Web Services account.
    ThrottledException(super::types::ThrottledException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    VerifySmsSandboxPhoneNumberError, [AuthorizationErrorException,
    InternalErrorException, InvalidParameterException, ResourceNotFoundException,
    VerificationException, ThrottledException]
);

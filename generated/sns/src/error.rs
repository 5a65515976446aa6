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
    InvalidParameterException(crate::types::InvalidParameterException),
    /// Indicates an internal service error.
    InternalErrorException(crate::types::InternalErrorException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(crate::types::AuthorizationErrorException),
    /// Indicates that the requested resource does not exist.
    NotFoundException(crate::types::NotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    AddPermissionError, { 0 => InvalidParameterException, 1 => InternalErrorException, 2
    => AuthorizationErrorException, 3 => NotFoundException }
);
/// The errors `CheckIfPhoneNumberIsOptedOut` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CheckIfPhoneNumberIsOptedOutError {
    /// Indicates that the rate at which requests have been submitted for this action exceeds the limit for your Amazon Web Services account.
    ThrottledException(crate::types::ThrottledException),
    /// Indicates an internal service error.
    InternalErrorException(crate::types::InternalErrorException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(crate::types::AuthorizationErrorException),
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CheckIfPhoneNumberIsOptedOutError, { 0 => ThrottledException, 1 =>
    InternalErrorException, 2 => AuthorizationErrorException, 3 =>
    InvalidParameterException }
);
/// The errors `ConfirmSubscription` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ConfirmSubscriptionError {
    /// Indicates that the customer already owns the maximum allowed number of subscriptions.
    SubscriptionLimitExceededException(crate::types::SubscriptionLimitExceededException),
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// Indicates that the requested resource does not exist.
    NotFoundException(crate::types::NotFoundException),
    /// Indicates an internal service error.
    InternalErrorException(crate::types::InternalErrorException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(crate::types::AuthorizationErrorException),
    /// Indicates that the number of filter polices in your Amazon Web Services account exceeds the limit. To add more filter polices, submit an Amazon SNS Limit Increase case in the Amazon Web Services Support Center.
    FilterPolicyLimitExceededException(crate::types::FilterPolicyLimitExceededException),
    /// Indicates that the request parameter has exceeded the maximum number of concurrent message replays.
    ReplayLimitExceededException(crate::types::ReplayLimitExceededException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ConfirmSubscriptionError, { 0 => SubscriptionLimitExceededException, 1 =>
    InvalidParameterException, 2 => NotFoundException, 3 => InternalErrorException, 4 =>
    AuthorizationErrorException, 5 => FilterPolicyLimitExceededException, 6 =>
    ReplayLimitExceededException }
);
/// The errors `CreatePlatformApplication` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreatePlatformApplicationError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// Indicates an internal service error.
    InternalErrorException(crate::types::InternalErrorException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(crate::types::AuthorizationErrorException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreatePlatformApplicationError, { 0 => InvalidParameterException, 1 =>
    InternalErrorException, 2 => AuthorizationErrorException }
);
/// The errors `CreatePlatformEndpoint` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreatePlatformEndpointError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// Indicates an internal service error.
    InternalErrorException(crate::types::InternalErrorException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(crate::types::AuthorizationErrorException),
    /// Indicates that the requested resource does not exist.
    NotFoundException(crate::types::NotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreatePlatformEndpointError, { 0 => InvalidParameterException, 1 =>
    InternalErrorException, 2 => AuthorizationErrorException, 3 => NotFoundException }
);
/// The errors `CreateSMSSandboxPhoneNumber` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateSmsSandboxPhoneNumberError {
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(crate::types::AuthorizationErrorException),
    /// Indicates an internal service error.
    InternalErrorException(crate::types::InternalErrorException),
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// Indicates that the specified phone number opted out of receiving SMS messages from your Amazon Web Services account. You can't send SMS messages to phone numbers that opt out.
    OptedOutException(crate::types::OptedOutException),
    /// Indicates that a request parameter does not comply with the associated constraints.
    UserErrorException(crate::types::UserErrorException),
    /// Indicates that the rate at which requests have been submitted for this action exceeds the limit for your Amazon Web Services account.
    ThrottledException(crate::types::ThrottledException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateSmsSandboxPhoneNumberError, { 0 => AuthorizationErrorException, 1 =>
    InternalErrorException, 2 => InvalidParameterException, 3 => OptedOutException, 4 =>
    UserErrorException, 5 => ThrottledException }
);
/// The errors `CreateTopic` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateTopicError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// Indicates that the customer already owns the maximum allowed number of topics.
    TopicLimitExceededException(crate::types::TopicLimitExceededException),
    /// Indicates an internal service error.
    InternalErrorException(crate::types::InternalErrorException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(crate::types::AuthorizationErrorException),
    /// The credential signature isn't valid. You must use an HTTPS endpoint and sign your request using Signature Version 4.
    InvalidSecurityException(crate::types::InvalidSecurityException),
    /// Can't add more than 50 tags to a topic.
    TagLimitExceededException(crate::types::TagLimitExceededException),
    /// A tag has been added to a resource with the same ARN as a deleted resource. Wait a short while and then retry the operation.
    StaleTagException(crate::types::StaleTagException),
    /// The request doesn't comply with the IAM tag policy. Correct your request and then retry it.
    TagPolicyException(crate::types::TagPolicyException),
    /// Can't perform multiple operations on a tag simultaneously. Perform the operations sequentially.
    ConcurrentAccessException(crate::types::ConcurrentAccessException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateTopicError, { 0 => InvalidParameterException, 1 => TopicLimitExceededException,
    2 => InternalErrorException, 3 => AuthorizationErrorException, 4 =>
    InvalidSecurityException, 5 => TagLimitExceededException, 6 => StaleTagException, 7
    => TagPolicyException, 8 => ConcurrentAccessException }
);
/// The errors `DeleteEndpoint` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteEndpointError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// Indicates an internal service error.
    InternalErrorException(crate::types::InternalErrorException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(crate::types::AuthorizationErrorException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteEndpointError, { 0 => InvalidParameterException, 1 => InternalErrorException, 2
    => AuthorizationErrorException }
);
/// The errors `DeletePlatformApplication` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeletePlatformApplicationError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// Indicates an internal service error.
    InternalErrorException(crate::types::InternalErrorException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(crate::types::AuthorizationErrorException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeletePlatformApplicationError, { 0 => InvalidParameterException, 1 =>
    InternalErrorException, 2 => AuthorizationErrorException }
);
/// The errors `DeleteSMSSandboxPhoneNumber` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteSmsSandboxPhoneNumberError {
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(crate::types::AuthorizationErrorException),
    /// Indicates an internal service error.
    InternalErrorException(crate::types::InternalErrorException),
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// Can’t perform the action on the specified resource. Make sure that the resource exists.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// Indicates that a request parameter does not comply with the associated constraints.
    UserErrorException(crate::types::UserErrorException),
    /// Indicates that the rate at which requests have been submitted for this action exceeds the limit for your Amazon Web Services account.
    ThrottledException(crate::types::ThrottledException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteSmsSandboxPhoneNumberError, { 0 => AuthorizationErrorException, 1 =>
    InternalErrorException, 2 => InvalidParameterException, 3 =>
    ResourceNotFoundException, 4 => UserErrorException, 5 => ThrottledException }
);
/// The errors `DeleteTopic` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteTopicError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// Indicates that the specified state is not a valid state for an event source.
    InvalidStateException(crate::types::InvalidStateException),
    /// Indicates an internal service error.
    InternalErrorException(crate::types::InternalErrorException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(crate::types::AuthorizationErrorException),
    /// Indicates that the requested resource does not exist.
    NotFoundException(crate::types::NotFoundException),
    /// A tag has been added to a resource with the same ARN as a deleted resource. Wait a short while and then retry the operation.
    StaleTagException(crate::types::StaleTagException),
    /// The request doesn't comply with the IAM tag policy. Correct your request and then retry it.
    TagPolicyException(crate::types::TagPolicyException),
    /// Can't perform multiple operations on a tag simultaneously. Perform the operations sequentially.
    ConcurrentAccessException(crate::types::ConcurrentAccessException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteTopicError, { 0 => InvalidParameterException, 1 => InvalidStateException, 2 =>
    InternalErrorException, 3 => AuthorizationErrorException, 4 => NotFoundException, 5
    => StaleTagException, 6 => TagPolicyException, 7 => ConcurrentAccessException }
);
/// The errors `GetDataProtectionPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetDataProtectionPolicyError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// Indicates an internal service error.
    InternalErrorException(crate::types::InternalErrorException),
    /// Indicates that the requested resource does not exist.
    NotFoundException(crate::types::NotFoundException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(crate::types::AuthorizationErrorException),
    /// The credential signature isn't valid. You must use an HTTPS endpoint and sign your request using Signature Version 4.
    InvalidSecurityException(crate::types::InvalidSecurityException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetDataProtectionPolicyError, { 0 => InvalidParameterException, 1 =>
    InternalErrorException, 2 => NotFoundException, 3 => AuthorizationErrorException, 4
    => InvalidSecurityException }
);
/// The errors `GetEndpointAttributes` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetEndpointAttributesError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// Indicates an internal service error.
    InternalErrorException(crate::types::InternalErrorException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(crate::types::AuthorizationErrorException),
    /// Indicates that the requested resource does not exist.
    NotFoundException(crate::types::NotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetEndpointAttributesError, { 0 => InvalidParameterException, 1 =>
    InternalErrorException, 2 => AuthorizationErrorException, 3 => NotFoundException }
);
/// The errors `GetPlatformApplicationAttributes` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetPlatformApplicationAttributesError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// Indicates an internal service error.
    InternalErrorException(crate::types::InternalErrorException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(crate::types::AuthorizationErrorException),
    /// Indicates that the requested resource does not exist.
    NotFoundException(crate::types::NotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetPlatformApplicationAttributesError, { 0 => InvalidParameterException, 1 =>
    InternalErrorException, 2 => AuthorizationErrorException, 3 => NotFoundException }
);
/// The errors `GetSMSAttributes` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetSmsAttributesError {
    /// Indicates that the rate at which requests have been submitted for this action exceeds the limit for your Amazon Web Services account.
    ThrottledException(crate::types::ThrottledException),
    /// Indicates an internal service error.
    InternalErrorException(crate::types::InternalErrorException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(crate::types::AuthorizationErrorException),
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetSmsAttributesError, { 0 => ThrottledException, 1 => InternalErrorException, 2 =>
    AuthorizationErrorException, 3 => InvalidParameterException }
);
/// The errors `GetSMSSandboxAccountStatus` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetSmsSandboxAccountStatusError {
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(crate::types::AuthorizationErrorException),
    /// Indicates an internal service error.
    InternalErrorException(crate::types::InternalErrorException),
    /// Indicates that the rate at which requests have been submitted for this action exceeds the limit for your Amazon Web Services account.
    ThrottledException(crate::types::ThrottledException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetSmsSandboxAccountStatusError, { 0 => AuthorizationErrorException, 1 =>
    InternalErrorException, 2 => ThrottledException }
);
/// The errors `GetSubscriptionAttributes` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetSubscriptionAttributesError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// Indicates an internal service error.
    InternalErrorException(crate::types::InternalErrorException),
    /// Indicates that the requested resource does not exist.
    NotFoundException(crate::types::NotFoundException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(crate::types::AuthorizationErrorException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetSubscriptionAttributesError, { 0 => InvalidParameterException, 1 =>
    InternalErrorException, 2 => NotFoundException, 3 => AuthorizationErrorException }
);
/// The errors `GetTopicAttributes` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetTopicAttributesError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// Indicates an internal service error.
    InternalErrorException(crate::types::InternalErrorException),
    /// Indicates that the requested resource does not exist.
    NotFoundException(crate::types::NotFoundException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(crate::types::AuthorizationErrorException),
    /// The credential signature isn't valid. You must use an HTTPS endpoint and sign your request using Signature Version 4.
    InvalidSecurityException(crate::types::InvalidSecurityException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetTopicAttributesError, { 0 => InvalidParameterException, 1 =>
    InternalErrorException, 2 => NotFoundException, 3 => AuthorizationErrorException, 4
    => InvalidSecurityException }
);
/// The errors `ListEndpointsByPlatformApplication` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListEndpointsByPlatformApplicationError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// Indicates an internal service error.
    InternalErrorException(crate::types::InternalErrorException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(crate::types::AuthorizationErrorException),
    /// Indicates that the requested resource does not exist.
    NotFoundException(crate::types::NotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListEndpointsByPlatformApplicationError, { 0 => InvalidParameterException, 1 =>
    InternalErrorException, 2 => AuthorizationErrorException, 3 => NotFoundException }
);
/// The errors `ListOriginationNumbers` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListOriginationNumbersError {
    /// Indicates an internal service error.
    InternalErrorException(crate::types::InternalErrorException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(crate::types::AuthorizationErrorException),
    /// Indicates that the rate at which requests have been submitted for this action exceeds the limit for your Amazon Web Services account.
    ThrottledException(crate::types::ThrottledException),
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// Indicates that a parameter in the request is invalid.
    ValidationException(crate::types::ValidationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListOriginationNumbersError, { 0 => InternalErrorException, 1 =>
    AuthorizationErrorException, 2 => ThrottledException, 3 => InvalidParameterException,
    4 => ValidationException }
);
/// The errors `ListPhoneNumbersOptedOut` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListPhoneNumbersOptedOutError {
    /// Indicates that the rate at which requests have been submitted for this action exceeds the limit for your Amazon Web Services account.
    ThrottledException(crate::types::ThrottledException),
    /// Indicates an internal service error.
    InternalErrorException(crate::types::InternalErrorException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(crate::types::AuthorizationErrorException),
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListPhoneNumbersOptedOutError, { 0 => ThrottledException, 1 =>
    InternalErrorException, 2 => AuthorizationErrorException, 3 =>
    InvalidParameterException }
);
/// The errors `ListPlatformApplications` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListPlatformApplicationsError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// Indicates an internal service error.
    InternalErrorException(crate::types::InternalErrorException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(crate::types::AuthorizationErrorException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListPlatformApplicationsError, { 0 => InvalidParameterException, 1 =>
    InternalErrorException, 2 => AuthorizationErrorException }
);
/// The errors `ListSMSSandboxPhoneNumbers` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListSmsSandboxPhoneNumbersError {
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(crate::types::AuthorizationErrorException),
    /// Indicates an internal service error.
    InternalErrorException(crate::types::InternalErrorException),
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// Can’t perform the action on the specified resource. Make sure that the resource exists.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// Indicates that the rate at which requests have been submitted for this action exceeds the limit for your Amazon Web Services account.
    ThrottledException(crate::types::ThrottledException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListSmsSandboxPhoneNumbersError, { 0 => AuthorizationErrorException, 1 =>
    InternalErrorException, 2 => InvalidParameterException, 3 =>
    ResourceNotFoundException, 4 => ThrottledException }
);
/// The errors `ListSubscriptions` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListSubscriptionsError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// Indicates an internal service error.
    InternalErrorException(crate::types::InternalErrorException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(crate::types::AuthorizationErrorException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListSubscriptionsError, { 0 => InvalidParameterException, 1 =>
    InternalErrorException, 2 => AuthorizationErrorException }
);
/// The errors `ListSubscriptionsByTopic` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListSubscriptionsByTopicError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// Indicates an internal service error.
    InternalErrorException(crate::types::InternalErrorException),
    /// Indicates that the requested resource does not exist.
    NotFoundException(crate::types::NotFoundException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(crate::types::AuthorizationErrorException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListSubscriptionsByTopicError, { 0 => InvalidParameterException, 1 =>
    InternalErrorException, 2 => NotFoundException, 3 => AuthorizationErrorException }
);
/// The errors `ListTagsForResource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListTagsForResourceError {
    /// Can’t perform the action on the specified resource. Make sure that the resource exists.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The request doesn't comply with the IAM tag policy. Correct your request and then retry it.
    TagPolicyException(crate::types::TagPolicyException),
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(crate::types::AuthorizationErrorException),
    /// Can't perform multiple operations on a tag simultaneously. Perform the operations sequentially.
    ConcurrentAccessException(crate::types::ConcurrentAccessException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListTagsForResourceError, { 0 => ResourceNotFoundException, 1 => TagPolicyException,
    2 => InvalidParameterException, 3 => AuthorizationErrorException, 4 =>
    ConcurrentAccessException }
);
/// The errors `ListTopics` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListTopicsError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// Indicates an internal service error.
    InternalErrorException(crate::types::InternalErrorException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(crate::types::AuthorizationErrorException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListTopicsError, { 0 => InvalidParameterException, 1 => InternalErrorException, 2 =>
    AuthorizationErrorException }
);
/// The errors `OptInPhoneNumber` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum OptInPhoneNumberError {
    /// Indicates that the rate at which requests have been submitted for this action exceeds the limit for your Amazon Web Services account.
    ThrottledException(crate::types::ThrottledException),
    /// Indicates an internal service error.
    InternalErrorException(crate::types::InternalErrorException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(crate::types::AuthorizationErrorException),
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    OptInPhoneNumberError, { 0 => ThrottledException, 1 => InternalErrorException, 2 =>
    AuthorizationErrorException, 3 => InvalidParameterException }
);
/// The errors `Publish` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PublishError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// Indicates an internal service error.
    InternalErrorException(crate::types::InternalErrorException),
    /// Indicates that the requested resource does not exist.
    NotFoundException(crate::types::NotFoundException),
    /// Exception error indicating endpoint disabled.
    EndpointDisabledException(crate::types::EndpointDisabledException),
    /// Exception error indicating platform application disabled.
    PlatformApplicationDisabledException(
        crate::types::PlatformApplicationDisabledException,
    ),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(crate::types::AuthorizationErrorException),
    /// The request was rejected because the specified Amazon Web Services KMS key isn't enabled.
    KmsDisabledException(crate::types::KmsDisabledException),
    /// The request was rejected because the state of the specified resource isn't valid for this request. For more information, see [Key states of Amazon Web Services KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Key Management Service Developer Guide*.
    KmsInvalidStateException(crate::types::KmsInvalidStateException),
    /// The request was rejected because the specified entity or resource can't be found.
    KmsNotFoundException(crate::types::KmsNotFoundException),
    /// The Amazon Web Services access key ID needs a subscription for the service.
    KmsOptInRequired(crate::types::KmsOptInRequired),
    /// The request was denied due to request throttling. For more information about throttling, see [Limits](https://docs.aws.amazon.com/kms/latest/developerguide/limits.html#requests-per-second) in the *Key Management Service Developer Guide.*
    KmsThrottlingException(crate::types::KmsThrottlingException),
    /// The ciphertext references a key that doesn't exist or that you don't have access to.
    KmsAccessDeniedException(crate::types::KmsAccessDeniedException),
    /// The credential signature isn't valid. You must use an HTTPS endpoint and sign your request using Signature Version 4.
    InvalidSecurityException(crate::types::InvalidSecurityException),
    /// Indicates that a parameter in the request is invalid.
    ValidationException(crate::types::ValidationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PublishError, { 0 => InvalidParameterException, 1 => InvalidParameterValueException,
    2 => InternalErrorException, 3 => NotFoundException, 4 => EndpointDisabledException,
    5 => PlatformApplicationDisabledException, 6 => AuthorizationErrorException, 7 =>
    KmsDisabledException, 8 => KmsInvalidStateException, 9 => KmsNotFoundException, 10 =>
    KmsOptInRequired, 11 => KmsThrottlingException, 12 => KmsAccessDeniedException, 13 =>
    InvalidSecurityException, 14 => ValidationException }
);
/// The errors `PublishBatch` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PublishBatchError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// Indicates an internal service error.
    InternalErrorException(crate::types::InternalErrorException),
    /// Indicates that the requested resource does not exist.
    NotFoundException(crate::types::NotFoundException),
    /// Exception error indicating endpoint disabled.
    EndpointDisabledException(crate::types::EndpointDisabledException),
    /// Exception error indicating platform application disabled.
    PlatformApplicationDisabledException(
        crate::types::PlatformApplicationDisabledException,
    ),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(crate::types::AuthorizationErrorException),
    /// Two or more batch entries in the request have the same `Id`.
    BatchEntryIdsNotDistinctException(crate::types::BatchEntryIdsNotDistinctException),
    /// The length of all the batch messages put together is more than the limit.
    BatchRequestTooLongException(crate::types::BatchRequestTooLongException),
    /// The batch request doesn't contain any entries.
    EmptyBatchRequestException(crate::types::EmptyBatchRequestException),
    /// The `Id` of a batch entry in a batch request doesn't abide by the specification.
    InvalidBatchEntryIdException(crate::types::InvalidBatchEntryIdException),
    /// The batch request contains more entries than permissible (more than 10).
    TooManyEntriesInBatchRequestException(
        crate::types::TooManyEntriesInBatchRequestException,
    ),
    /// The request was rejected because the specified Amazon Web Services KMS key isn't enabled.
    KmsDisabledException(crate::types::KmsDisabledException),
    /// The request was rejected because the state of the specified resource isn't valid for this request. For more information, see [Key states of Amazon Web Services KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Key Management Service Developer Guide*.
    KmsInvalidStateException(crate::types::KmsInvalidStateException),
    /// The request was rejected because the specified entity or resource can't be found.
    KmsNotFoundException(crate::types::KmsNotFoundException),
    /// The Amazon Web Services access key ID needs a subscription for the service.
    KmsOptInRequired(crate::types::KmsOptInRequired),
    /// The request was denied due to request throttling. For more information about throttling, see [Limits](https://docs.aws.amazon.com/kms/latest/developerguide/limits.html#requests-per-second) in the *Key Management Service Developer Guide.*
    KmsThrottlingException(crate::types::KmsThrottlingException),
    /// The ciphertext references a key that doesn't exist or that you don't have access to.
    KmsAccessDeniedException(crate::types::KmsAccessDeniedException),
    /// The credential signature isn't valid. You must use an HTTPS endpoint and sign your request using Signature Version 4.
    InvalidSecurityException(crate::types::InvalidSecurityException),
    /// Indicates that a parameter in the request is invalid.
    ValidationException(crate::types::ValidationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PublishBatchError, { 0 => InvalidParameterException, 1 =>
    InvalidParameterValueException, 2 => InternalErrorException, 3 => NotFoundException,
    4 => EndpointDisabledException, 5 => PlatformApplicationDisabledException, 6 =>
    AuthorizationErrorException, 7 => BatchEntryIdsNotDistinctException, 8 =>
    BatchRequestTooLongException, 9 => EmptyBatchRequestException, 10 =>
    InvalidBatchEntryIdException, 11 => TooManyEntriesInBatchRequestException, 12 =>
    KmsDisabledException, 13 => KmsInvalidStateException, 14 => KmsNotFoundException, 15
    => KmsOptInRequired, 16 => KmsThrottlingException, 17 => KmsAccessDeniedException, 18
    => InvalidSecurityException, 19 => ValidationException }
);
/// The errors `PutDataProtectionPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutDataProtectionPolicyError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// Indicates an internal service error.
    InternalErrorException(crate::types::InternalErrorException),
    /// Indicates that the requested resource does not exist.
    NotFoundException(crate::types::NotFoundException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(crate::types::AuthorizationErrorException),
    /// The credential signature isn't valid. You must use an HTTPS endpoint and sign your request using Signature Version 4.
    InvalidSecurityException(crate::types::InvalidSecurityException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutDataProtectionPolicyError, { 0 => InvalidParameterException, 1 =>
    InternalErrorException, 2 => NotFoundException, 3 => AuthorizationErrorException, 4
    => InvalidSecurityException }
);
/// The errors `RemovePermission` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RemovePermissionError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// Indicates an internal service error.
    InternalErrorException(crate::types::InternalErrorException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(crate::types::AuthorizationErrorException),
    /// Indicates that the requested resource does not exist.
    NotFoundException(crate::types::NotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    RemovePermissionError, { 0 => InvalidParameterException, 1 => InternalErrorException,
    2 => AuthorizationErrorException, 3 => NotFoundException }
);
/// The errors `SetEndpointAttributes` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum SetEndpointAttributesError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// Indicates an internal service error.
    InternalErrorException(crate::types::InternalErrorException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(crate::types::AuthorizationErrorException),
    /// Indicates that the requested resource does not exist.
    NotFoundException(crate::types::NotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    SetEndpointAttributesError, { 0 => InvalidParameterException, 1 =>
    InternalErrorException, 2 => AuthorizationErrorException, 3 => NotFoundException }
);
/// The errors `SetPlatformApplicationAttributes` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum SetPlatformApplicationAttributesError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// Indicates an internal service error.
    InternalErrorException(crate::types::InternalErrorException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(crate::types::AuthorizationErrorException),
    /// Indicates that the requested resource does not exist.
    NotFoundException(crate::types::NotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    SetPlatformApplicationAttributesError, { 0 => InvalidParameterException, 1 =>
    InternalErrorException, 2 => AuthorizationErrorException, 3 => NotFoundException }
);
/// The errors `SetSMSAttributes` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum SetSmsAttributesError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// Indicates that the rate at which requests have been submitted for this action exceeds the limit for your Amazon Web Services account.
    ThrottledException(crate::types::ThrottledException),
    /// Indicates an internal service error.
    InternalErrorException(crate::types::InternalErrorException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(crate::types::AuthorizationErrorException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    SetSmsAttributesError, { 0 => InvalidParameterException, 1 => ThrottledException, 2
    => InternalErrorException, 3 => AuthorizationErrorException }
);
/// The errors `SetSubscriptionAttributes` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum SetSubscriptionAttributesError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// Indicates that the number of filter polices in your Amazon Web Services account exceeds the limit. To add more filter polices, submit an Amazon SNS Limit Increase case in the Amazon Web Services Support Center.
    FilterPolicyLimitExceededException(crate::types::FilterPolicyLimitExceededException),
    /// Indicates that the request parameter has exceeded the maximum number of concurrent message replays.
    ReplayLimitExceededException(crate::types::ReplayLimitExceededException),
    /// Indicates an internal service error.
    InternalErrorException(crate::types::InternalErrorException),
    /// Indicates that the requested resource does not exist.
    NotFoundException(crate::types::NotFoundException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(crate::types::AuthorizationErrorException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    SetSubscriptionAttributesError, { 0 => InvalidParameterException, 1 =>
    FilterPolicyLimitExceededException, 2 => ReplayLimitExceededException, 3 =>
    InternalErrorException, 4 => NotFoundException, 5 => AuthorizationErrorException }
);
/// The errors `SetTopicAttributes` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum SetTopicAttributesError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// Indicates an internal service error.
    InternalErrorException(crate::types::InternalErrorException),
    /// Indicates that the requested resource does not exist.
    NotFoundException(crate::types::NotFoundException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(crate::types::AuthorizationErrorException),
    /// The credential signature isn't valid. You must use an HTTPS endpoint and sign your request using Signature Version 4.
    InvalidSecurityException(crate::types::InvalidSecurityException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    SetTopicAttributesError, { 0 => InvalidParameterException, 1 =>
    InternalErrorException, 2 => NotFoundException, 3 => AuthorizationErrorException, 4
    => InvalidSecurityException }
);
/// The errors `Subscribe` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum SubscribeError {
    /// Indicates that the customer already owns the maximum allowed number of subscriptions.
    SubscriptionLimitExceededException(crate::types::SubscriptionLimitExceededException),
    /// Indicates that the number of filter polices in your Amazon Web Services account exceeds the limit. To add more filter polices, submit an Amazon SNS Limit Increase case in the Amazon Web Services Support Center.
    FilterPolicyLimitExceededException(crate::types::FilterPolicyLimitExceededException),
    /// Indicates that the request parameter has exceeded the maximum number of concurrent message replays.
    ReplayLimitExceededException(crate::types::ReplayLimitExceededException),
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// Indicates an internal service error.
    InternalErrorException(crate::types::InternalErrorException),
    /// Indicates that the requested resource does not exist.
    NotFoundException(crate::types::NotFoundException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(crate::types::AuthorizationErrorException),
    /// The credential signature isn't valid. You must use an HTTPS endpoint and sign your request using Signature Version 4.
    InvalidSecurityException(crate::types::InvalidSecurityException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    SubscribeError, { 0 => SubscriptionLimitExceededException, 1 =>
    FilterPolicyLimitExceededException, 2 => ReplayLimitExceededException, 3 =>
    InvalidParameterException, 4 => InternalErrorException, 5 => NotFoundException, 6 =>
    AuthorizationErrorException, 7 => InvalidSecurityException }
);
/// The errors `TagResource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum TagResourceError {
    /// Can’t perform the action on the specified resource. Make sure that the resource exists.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// Can't add more than 50 tags to a topic.
    TagLimitExceededException(crate::types::TagLimitExceededException),
    /// A tag has been added to a resource with the same ARN as a deleted resource. Wait a short while and then retry the operation.
    StaleTagException(crate::types::StaleTagException),
    /// The request doesn't comply with the IAM tag policy. Correct your request and then retry it.
    TagPolicyException(crate::types::TagPolicyException),
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(crate::types::AuthorizationErrorException),
    /// Can't perform multiple operations on a tag simultaneously. Perform the operations sequentially.
    ConcurrentAccessException(crate::types::ConcurrentAccessException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    TagResourceError, { 0 => ResourceNotFoundException, 1 => TagLimitExceededException, 2
    => StaleTagException, 3 => TagPolicyException, 4 => InvalidParameterException, 5 =>
    AuthorizationErrorException, 6 => ConcurrentAccessException }
);
/// The errors `Unsubscribe` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UnsubscribeError {
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// Indicates an internal service error.
    InternalErrorException(crate::types::InternalErrorException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(crate::types::AuthorizationErrorException),
    /// Indicates that the requested resource does not exist.
    NotFoundException(crate::types::NotFoundException),
    /// The credential signature isn't valid. You must use an HTTPS endpoint and sign your request using Signature Version 4.
    InvalidSecurityException(crate::types::InvalidSecurityException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UnsubscribeError, { 0 => InvalidParameterException, 1 => InternalErrorException, 2 =>
    AuthorizationErrorException, 3 => NotFoundException, 4 => InvalidSecurityException }
);
/// The errors `UntagResource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UntagResourceError {
    /// Can’t perform the action on the specified resource. Make sure that the resource exists.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// Can't add more than 50 tags to a topic.
    TagLimitExceededException(crate::types::TagLimitExceededException),
    /// A tag has been added to a resource with the same ARN as a deleted resource. Wait a short while and then retry the operation.
    StaleTagException(crate::types::StaleTagException),
    /// The request doesn't comply with the IAM tag policy. Correct your request and then retry it.
    TagPolicyException(crate::types::TagPolicyException),
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(crate::types::AuthorizationErrorException),
    /// Can't perform multiple operations on a tag simultaneously. Perform the operations sequentially.
    ConcurrentAccessException(crate::types::ConcurrentAccessException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UntagResourceError, { 0 => ResourceNotFoundException, 1 => TagLimitExceededException,
    2 => StaleTagException, 3 => TagPolicyException, 4 => InvalidParameterException, 5 =>
    AuthorizationErrorException, 6 => ConcurrentAccessException }
);
/// The errors `VerifySMSSandboxPhoneNumber` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum VerifySmsSandboxPhoneNumberError {
    /// Indicates that the user has been denied access to the requested resource.
    AuthorizationErrorException(crate::types::AuthorizationErrorException),
    /// Indicates an internal service error.
    InternalErrorException(crate::types::InternalErrorException),
    /// Indicates that a request parameter does not comply with the associated constraints.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// Can’t perform the action on the specified resource. Make sure that the resource exists.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// Indicates that the one-time password (OTP) used for verification is invalid.
    VerificationException(crate::types::VerificationException),
    /// Indicates that the rate at which requests have been submitted for this action exceeds the limit for your Amazon Web Services account.
    ThrottledException(crate::types::ThrottledException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    VerifySmsSandboxPhoneNumberError, { 0 => AuthorizationErrorException, 1 =>
    InternalErrorException, 2 => InvalidParameterException, 3 =>
    ResourceNotFoundException, 4 => VerificationException, 5 => ThrottledException }
);

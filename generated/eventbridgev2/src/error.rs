//! Per-operation error enums: one variant per modelled error plus `Unmodelled`.
//! Code, message, request id and status are on [`kumo_runtime::Error`].
#![allow(
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items
)]
/// The errors `CreateEventBus` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateEventBusError {
    /// The request would exceed a service quota for the account.
    LimitExceededException(super::types::LimitExceededException),
    /// The caller does not have the permissions required to perform the operation. This error is also returned when the operation cannot use the AWS KMS key for the event bus.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The request reuses the client token of an earlier request with different parameters. Use a new client token, or resend the earlier request unchanged.
    IdempotentParameterMismatchException(
        super::types::IdempotentParameterMismatchException,
    ),
    /// The request was throttled because it exceeds a request rate limit. Retry the request with backoff.
    ThrottlingException(super::types::ThrottlingException),
    /// A request parameter is missing or not valid.
    InvalidInputException(super::types::InvalidInputException),
    /// A resource with the same name already exists.
    ResourceAlreadyExistsException(super::types::ResourceAlreadyExistsException),
    /// The request failed because of an internal service error. Retry the request.
    InternalException(super::types::InternalException),
    /// Another change to the resource is already in progress. Retry the request.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// The resource is not in a state that allows the operation. For example, an event bus that is still being created cannot accept events.
    InvalidStateException(super::types::InvalidStateException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateEventBusError, [LimitExceededException, AccessDeniedException,
    IdempotentParameterMismatchException, ThrottlingException, InvalidInputException,
    ResourceAlreadyExistsException, InternalException, ConcurrentModificationException,
    InvalidStateException]
);
/// The errors `CreateEventSource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateEventSourceError {
    /// The request would exceed a service quota for the account.
    LimitExceededException(super::types::LimitExceededException),
    /// The caller does not have the permissions required to perform the operation. This error is also returned when the operation cannot use the AWS KMS key for the event bus.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The request reuses the client token of an earlier request with different parameters. Use a new client token, or resend the earlier request unchanged.
    IdempotentParameterMismatchException(
        super::types::IdempotentParameterMismatchException,
    ),
    /// The resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request was throttled because it exceeds a request rate limit. Retry the request with backoff.
    ThrottlingException(super::types::ThrottlingException),
    /// A request parameter is missing or not valid.
    InvalidInputException(super::types::InvalidInputException),
    /// A resource with the same name already exists.
    ResourceAlreadyExistsException(super::types::ResourceAlreadyExistsException),
    /// The request failed because of an internal service error. Retry the request.
    InternalException(super::types::InternalException),
    /// Another change to the resource is already in progress. Retry the request.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// The resource is not in a state that allows the operation. For example, an event bus that is still being created cannot accept events.
    InvalidStateException(super::types::InvalidStateException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateEventSourceError, [LimitExceededException, AccessDeniedException,
    IdempotentParameterMismatchException, ResourceNotFoundException, ThrottlingException,
    InvalidInputException, ResourceAlreadyExistsException, InternalException,
    ConcurrentModificationException, InvalidStateException]
);
/// The errors `CreateSubscriber` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateSubscriberError {
    /// The request would exceed a service quota for the account.
    LimitExceededException(super::types::LimitExceededException),
    /// The caller does not have the permissions required to perform the operation. This error is also returned when the operation cannot use the AWS KMS key for the event bus.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The request reuses the client token of an earlier request with different parameters. Use a new client token, or resend the earlier request unchanged.
    IdempotentParameterMismatchException(
        super::types::IdempotentParameterMismatchException,
    ),
    /// The resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request was throttled because it exceeds a request rate limit. Retry the request with backoff.
    ThrottlingException(super::types::ThrottlingException),
    /// A request parameter is missing or not valid.
    InvalidInputException(super::types::InvalidInputException),
    /// A resource with the same name already exists.
    ResourceAlreadyExistsException(super::types::ResourceAlreadyExistsException),
    /// The request failed because of an internal service error. Retry the request.
    InternalException(super::types::InternalException),
    /// Another change to the resource is already in progress. Retry the request.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// The resource is not in a state that allows the operation. For example, an event bus that is still being created cannot accept events.
    InvalidStateException(super::types::InvalidStateException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateSubscriberError, [LimitExceededException, AccessDeniedException,
    IdempotentParameterMismatchException, ResourceNotFoundException, ThrottlingException,
    InvalidInputException, ResourceAlreadyExistsException, InternalException,
    ConcurrentModificationException, InvalidStateException]
);
/// The errors `DeleteEventBus` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteEventBusError {
    /// The caller does not have the permissions required to perform the operation. This error is also returned when the operation cannot use the AWS KMS key for the event bus.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request was throttled because it exceeds a request rate limit. Retry the request with backoff.
    ThrottlingException(super::types::ThrottlingException),
    /// A request parameter is missing or not valid.
    InvalidInputException(super::types::InvalidInputException),
    /// The request failed because of an internal service error. Retry the request.
    InternalException(super::types::InternalException),
    /// Another change to the resource is already in progress. Retry the request.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// The resource is not in a state that allows the operation. For example, an event bus that is still being created cannot accept events.
    InvalidStateException(super::types::InvalidStateException),
    /// The resource is in use and cannot be deleted. For example, an event bus with subscribers or event sources cannot be deleted until they are deleted.
    ResourceInUseException(super::types::ResourceInUseException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteEventBusError, [AccessDeniedException, ResourceNotFoundException,
    ThrottlingException, InvalidInputException, InternalException,
    ConcurrentModificationException, InvalidStateException, ResourceInUseException]
);
/// The errors `DeleteEventSource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteEventSourceError {
    /// The caller does not have the permissions required to perform the operation. This error is also returned when the operation cannot use the AWS KMS key for the event bus.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request was throttled because it exceeds a request rate limit. Retry the request with backoff.
    ThrottlingException(super::types::ThrottlingException),
    /// A request parameter is missing or not valid.
    InvalidInputException(super::types::InvalidInputException),
    /// The request failed because of an internal service error. Retry the request.
    InternalException(super::types::InternalException),
    /// Another change to the resource is already in progress. Retry the request.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// The resource is not in a state that allows the operation. For example, an event bus that is still being created cannot accept events.
    InvalidStateException(super::types::InvalidStateException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteEventSourceError, [AccessDeniedException, ResourceNotFoundException,
    ThrottlingException, InvalidInputException, InternalException,
    ConcurrentModificationException, InvalidStateException]
);
/// The errors `DeleteResourcePolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteResourcePolicyError {
    /// The caller does not have the permissions required to perform the operation. This error is also returned when the operation cannot use the AWS KMS key for the event bus.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request was throttled because it exceeds a request rate limit. Retry the request with backoff.
    ThrottlingException(super::types::ThrottlingException),
    /// A client-supplied precondition (e.g. ExpectedRevisionId on a resource-policy write) did not match the current state of the resource. Retrying the same request will fail again; re-read the resource and re-evaluate before retrying.
    ///
    /// A conditional request is not retry-safe on its own. If an earlier attempt committed but its response never reached the caller, retrying fails with this error, which is indistinguishable from another writer having won. Compare the resource's current contents with what the request intended: a successful attempt stores a revision ID the caller never saw, so the revision alone cannot tell the two apart, but matching contents mean the change took effect.
    ConflictException(super::types::ConflictException),
    /// A request parameter is missing or not valid.
    InvalidInputException(super::types::InvalidInputException),
    /// The request failed because of an internal service error. Retry the request.
    InternalException(super::types::InternalException),
    /// Another change to the resource is already in progress. Retry the request.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteResourcePolicyError, [AccessDeniedException, ResourceNotFoundException,
    ThrottlingException, ConflictException, InvalidInputException, InternalException,
    ConcurrentModificationException]
);
/// The errors `DeleteSubscriber` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteSubscriberError {
    /// The caller does not have the permissions required to perform the operation. This error is also returned when the operation cannot use the AWS KMS key for the event bus.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request was throttled because it exceeds a request rate limit. Retry the request with backoff.
    ThrottlingException(super::types::ThrottlingException),
    /// A request parameter is missing or not valid.
    InvalidInputException(super::types::InvalidInputException),
    /// The request failed because of an internal service error. Retry the request.
    InternalException(super::types::InternalException),
    /// Another change to the resource is already in progress. Retry the request.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteSubscriberError, [AccessDeniedException, ResourceNotFoundException,
    ThrottlingException, InvalidInputException, InternalException,
    ConcurrentModificationException]
);
/// The errors `DescribeEventBus` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeEventBusError {
    /// The caller does not have the permissions required to perform the operation. This error is also returned when the operation cannot use the AWS KMS key for the event bus.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request was throttled because it exceeds a request rate limit. Retry the request with backoff.
    ThrottlingException(super::types::ThrottlingException),
    /// A request parameter is missing or not valid.
    InvalidInputException(super::types::InvalidInputException),
    /// The request failed because of an internal service error. Retry the request.
    InternalException(super::types::InternalException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeEventBusError, [AccessDeniedException, ResourceNotFoundException,
    ThrottlingException, InvalidInputException, InternalException]
);
/// The errors `DescribeEventSource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeEventSourceError {
    /// The caller does not have the permissions required to perform the operation. This error is also returned when the operation cannot use the AWS KMS key for the event bus.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request was throttled because it exceeds a request rate limit. Retry the request with backoff.
    ThrottlingException(super::types::ThrottlingException),
    /// A request parameter is missing or not valid.
    InvalidInputException(super::types::InvalidInputException),
    /// The request failed because of an internal service error. Retry the request.
    InternalException(super::types::InternalException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeEventSourceError, [AccessDeniedException, ResourceNotFoundException,
    ThrottlingException, InvalidInputException, InternalException]
);
/// The errors `DescribeSubscriber` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeSubscriberError {
    /// The caller does not have the permissions required to perform the operation. This error is also returned when the operation cannot use the AWS KMS key for the event bus.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request was throttled because it exceeds a request rate limit. Retry the request with backoff.
    ThrottlingException(super::types::ThrottlingException),
    /// A request parameter is missing or not valid.
    InvalidInputException(super::types::InvalidInputException),
    /// The request failed because of an internal service error. Retry the request.
    InternalException(super::types::InternalException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeSubscriberError, [AccessDeniedException, ResourceNotFoundException,
    ThrottlingException, InvalidInputException, InternalException]
);
/// The errors `GetResourcePolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetResourcePolicyError {
    /// The caller does not have the permissions required to perform the operation. This error is also returned when the operation cannot use the AWS KMS key for the event bus.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request was throttled because it exceeds a request rate limit. Retry the request with backoff.
    ThrottlingException(super::types::ThrottlingException),
    /// A request parameter is missing or not valid.
    InvalidInputException(super::types::InvalidInputException),
    /// The request failed because of an internal service error. Retry the request.
    InternalException(super::types::InternalException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetResourcePolicyError, [AccessDeniedException, ResourceNotFoundException,
    ThrottlingException, InvalidInputException, InternalException]
);
/// The errors `ListEventBuses` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListEventBusesError {
    /// The caller does not have the permissions required to perform the operation. This error is also returned when the operation cannot use the AWS KMS key for the event bus.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The request was throttled because it exceeds a request rate limit. Retry the request with backoff.
    ThrottlingException(super::types::ThrottlingException),
    /// A request parameter is missing or not valid.
    InvalidInputException(super::types::InvalidInputException),
    /// The request failed because of an internal service error. Retry the request.
    InternalException(super::types::InternalException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListEventBusesError, [AccessDeniedException, ThrottlingException,
    InvalidInputException, InternalException]
);
/// The errors `ListEventSources` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListEventSourcesError {
    /// The caller does not have the permissions required to perform the operation. This error is also returned when the operation cannot use the AWS KMS key for the event bus.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request was throttled because it exceeds a request rate limit. Retry the request with backoff.
    ThrottlingException(super::types::ThrottlingException),
    /// A request parameter is missing or not valid.
    InvalidInputException(super::types::InvalidInputException),
    /// The request failed because of an internal service error. Retry the request.
    InternalException(super::types::InternalException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListEventSourcesError, [AccessDeniedException, ResourceNotFoundException,
    ThrottlingException, InvalidInputException, InternalException]
);
/// The errors `ListResourcePolicies` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListResourcePoliciesError {
    /// The caller does not have the permissions required to perform the operation. This error is also returned when the operation cannot use the AWS KMS key for the event bus.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request was throttled because it exceeds a request rate limit. Retry the request with backoff.
    ThrottlingException(super::types::ThrottlingException),
    /// A request parameter is missing or not valid.
    InvalidInputException(super::types::InvalidInputException),
    /// The request failed because of an internal service error. Retry the request.
    InternalException(super::types::InternalException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListResourcePoliciesError, [AccessDeniedException, ResourceNotFoundException,
    ThrottlingException, InvalidInputException, InternalException]
);
/// The errors `ListSubscribers` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListSubscribersError {
    /// The caller does not have the permissions required to perform the operation. This error is also returned when the operation cannot use the AWS KMS key for the event bus.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request was throttled because it exceeds a request rate limit. Retry the request with backoff.
    ThrottlingException(super::types::ThrottlingException),
    /// A request parameter is missing or not valid.
    InvalidInputException(super::types::InvalidInputException),
    /// The request failed because of an internal service error. Retry the request.
    InternalException(super::types::InternalException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListSubscribersError, [AccessDeniedException, ResourceNotFoundException,
    ThrottlingException, InvalidInputException, InternalException]
);
/// The errors `ListTagsForResource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListTagsForResourceError {
    /// The caller does not have the permissions required to perform the operation. This error is also returned when the operation cannot use the AWS KMS key for the event bus.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request was throttled because it exceeds a request rate limit. Retry the request with backoff.
    ThrottlingException(super::types::ThrottlingException),
    /// A request parameter is missing or not valid.
    InvalidInputException(super::types::InvalidInputException),
    /// The request failed because of an internal service error. Retry the request.
    InternalException(super::types::InternalException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListTagsForResourceError, [AccessDeniedException, ResourceNotFoundException,
    ThrottlingException, InvalidInputException, InternalException]
);
/// The errors `PutEvents` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutEventsError {
    /// The caller does not have the permissions required to perform the operation. This error is also returned when the operation cannot use the AWS KMS key for the event bus.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request was throttled because it exceeds a request rate limit. Retry the request with backoff.
    ThrottlingException(super::types::ThrottlingException),
    /// A request parameter is missing or not valid.
    InvalidInputException(super::types::InvalidInputException),
    /// The request failed because of an internal service error. Retry the request.
    InternalException(super::types::InternalException),
    /// The resource is not in a state that allows the operation. For example, an event bus that is still being created cannot accept events.
    InvalidStateException(super::types::InvalidStateException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutEventsError, [AccessDeniedException, ResourceNotFoundException,
    ThrottlingException, InvalidInputException, InternalException, InvalidStateException]
);
/// The errors `PutRawEvents` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutRawEventsError {
    /// The caller does not have the permissions required to perform the operation. This error is also returned when the operation cannot use the AWS KMS key for the event bus.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request was throttled because it exceeds a request rate limit. Retry the request with backoff.
    ThrottlingException(super::types::ThrottlingException),
    /// A request parameter is missing or not valid.
    InvalidInputException(super::types::InvalidInputException),
    /// The configured schema registry could not be reached. Retry the request.
    SchemaRegistryUnavailableException(super::types::SchemaRegistryUnavailableException),
    /// The request failed because of an internal service error. Retry the request.
    InternalException(super::types::InternalException),
    /// The resource is not in a state that allows the operation. For example, an event bus that is still being created cannot accept events.
    InvalidStateException(super::types::InvalidStateException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutRawEventsError, [AccessDeniedException, ResourceNotFoundException,
    ThrottlingException, InvalidInputException, SchemaRegistryUnavailableException,
    InternalException, InvalidStateException]
);
/// The errors `PutResourcePolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutResourcePolicyError {
    /// The policy document is larger than the account's resource policy size quota, or larger than the service maximum.
    PolicyLengthExceededException(super::types::PolicyLengthExceededException),
    /// The caller does not have the permissions required to perform the operation. This error is also returned when the operation cannot use the AWS KMS key for the event bus.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request was throttled because it exceeds a request rate limit. Retry the request with backoff.
    ThrottlingException(super::types::ThrottlingException),
    /// A client-supplied precondition (e.g. ExpectedRevisionId on a resource-policy write) did not match the current state of the resource. Retrying the same request will fail again; re-read the resource and re-evaluate before retrying.
    ///
    /// A conditional request is not retry-safe on its own. If an earlier attempt committed but its response never reached the caller, retrying fails with this error, which is indistinguishable from another writer having won. Compare the resource's current contents with what the request intended: a successful attempt stores a revision ID the caller never saw, so the revision alone cannot tell the two apart, but matching contents mean the change took effect.
    ConflictException(super::types::ConflictException),
    /// A request parameter is missing or not valid.
    InvalidInputException(super::types::InvalidInputException),
    /// The request failed because of an internal service error. Retry the request.
    InternalException(super::types::InternalException),
    /// Another change to the resource is already in progress. Retry the request.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// The policy was rejected because it would grant public access to the event bus. A statement grants public access when its principal is a wildcard and no condition limits the callers to specific AWS accounts or principals. To fix it, replace the wildcard principal with specific principals, or add a condition that limits the callers to specific AWS accounts. Conditions on event content (events:source, events:detail-type, events:Metadata/\*) do not identify the caller and do not make a wildcard principal non-public. Returned only for the "default" policy; the "AWS\_RAM" policy is composed by AWS Resource Access Manager and never grants public access.
    PublicPolicyException(super::types::PublicPolicyException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutResourcePolicyError, [PolicyLengthExceededException, AccessDeniedException,
    ResourceNotFoundException, ThrottlingException, ConflictException,
    InvalidInputException, InternalException, ConcurrentModificationException,
    PublicPolicyException]
);
/// The errors `RevokeResource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RevokeResourceError {
    /// The caller does not have the permissions required to perform the operation. This error is also returned when the operation cannot use the AWS KMS key for the event bus.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request was throttled because it exceeds a request rate limit. Retry the request with backoff.
    ThrottlingException(super::types::ThrottlingException),
    /// A request parameter is missing or not valid.
    InvalidInputException(super::types::InvalidInputException),
    /// The request failed because of an internal service error. Retry the request.
    InternalException(super::types::InternalException),
    /// Another change to the resource is already in progress. Retry the request.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// The resource is not in a state that allows the operation. For example, an event bus that is still being created cannot accept events.
    InvalidStateException(super::types::InvalidStateException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    RevokeResourceError, [AccessDeniedException, ResourceNotFoundException,
    ThrottlingException, InvalidInputException, InternalException,
    ConcurrentModificationException, InvalidStateException]
);
/// The errors `TagResource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum TagResourceError {
    /// The request would exceed a service quota for the account.
    LimitExceededException(super::types::LimitExceededException),
    /// The caller does not have the permissions required to perform the operation. This error is also returned when the operation cannot use the AWS KMS key for the event bus.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request was throttled because it exceeds a request rate limit. Retry the request with backoff.
    ThrottlingException(super::types::ThrottlingException),
    /// A request parameter is missing or not valid.
    InvalidInputException(super::types::InvalidInputException),
    /// The request failed because of an internal service error. Retry the request.
    InternalException(super::types::InternalException),
    /// Another change to the resource is already in progress. Retry the request.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// The resource is not in a state that allows the operation. For example, an event bus that is still being created cannot accept events.
    InvalidStateException(super::types::InvalidStateException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    TagResourceError, [LimitExceededException, AccessDeniedException,
    ResourceNotFoundException, ThrottlingException, InvalidInputException,
    InternalException, ConcurrentModificationException, InvalidStateException]
);
/// The errors `UntagResource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UntagResourceError {
    /// The caller does not have the permissions required to perform the operation. This error is also returned when the operation cannot use the AWS KMS key for the event bus.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request was throttled because it exceeds a request rate limit. Retry the request with backoff.
    ThrottlingException(super::types::ThrottlingException),
    /// A request parameter is missing or not valid.
    InvalidInputException(super::types::InvalidInputException),
    /// The request failed because of an internal service error. Retry the request.
    InternalException(super::types::InternalException),
    /// Another change to the resource is already in progress. Retry the request.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// The resource is not in a state that allows the operation. For example, an event bus that is still being created cannot accept events.
    InvalidStateException(super::types::InvalidStateException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UntagResourceError, [AccessDeniedException, ResourceNotFoundException,
    ThrottlingException, InvalidInputException, InternalException,
    ConcurrentModificationException, InvalidStateException]
);
/// The errors `UpdateEventBus` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateEventBusError {
    /// The caller does not have the permissions required to perform the operation. This error is also returned when the operation cannot use the AWS KMS key for the event bus.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request was throttled because it exceeds a request rate limit. Retry the request with backoff.
    ThrottlingException(super::types::ThrottlingException),
    /// A request parameter is missing or not valid.
    InvalidInputException(super::types::InvalidInputException),
    /// The request failed because of an internal service error. Retry the request.
    InternalException(super::types::InternalException),
    /// Another change to the resource is already in progress. Retry the request.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// The resource is not in a state that allows the operation. For example, an event bus that is still being created cannot accept events.
    InvalidStateException(super::types::InvalidStateException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateEventBusError, [AccessDeniedException, ResourceNotFoundException,
    ThrottlingException, InvalidInputException, InternalException,
    ConcurrentModificationException, InvalidStateException]
);
/// The errors `UpdateEventSource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateEventSourceError {
    /// The caller does not have the permissions required to perform the operation. This error is also returned when the operation cannot use the AWS KMS key for the event bus.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request was throttled because it exceeds a request rate limit. Retry the request with backoff.
    ThrottlingException(super::types::ThrottlingException),
    /// A request parameter is missing or not valid.
    InvalidInputException(super::types::InvalidInputException),
    /// The request failed because of an internal service error. Retry the request.
    InternalException(super::types::InternalException),
    /// Another change to the resource is already in progress. Retry the request.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// The resource is not in a state that allows the operation. For example, an event bus that is still being created cannot accept events.
    InvalidStateException(super::types::InvalidStateException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateEventSourceError, [AccessDeniedException, ResourceNotFoundException,
    ThrottlingException, InvalidInputException, InternalException,
    ConcurrentModificationException, InvalidStateException]
);
/// The errors `UpdateSubscriber` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateSubscriberError {
    /// The request would exceed a service quota for the account.
    LimitExceededException(super::types::LimitExceededException),
    /// The caller does not have the permissions required to perform the operation. This error is also returned when the operation cannot use the AWS KMS key for the event bus.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request was throttled because it exceeds a request rate limit. Retry the request with backoff.
    ThrottlingException(super::types::ThrottlingException),
    /// A request parameter is missing or not valid.
    InvalidInputException(super::types::InvalidInputException),
    /// The request failed because of an internal service error. Retry the request.
    InternalException(super::types::InternalException),
    /// Another change to the resource is already in progress. Retry the request.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// The resource is not in a state that allows the operation. For example, an event bus that is still being created cannot accept events.
    InvalidStateException(super::types::InvalidStateException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateSubscriberError, [LimitExceededException, AccessDeniedException,
    ResourceNotFoundException, ThrottlingException, InvalidInputException,
    InternalException, ConcurrentModificationException, InvalidStateException]
);

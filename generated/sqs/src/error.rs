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
    /// The specified action violates a limit. For example, `ReceiveMessage` returns this error if the maximum number of in flight messages is reached and `AddPermission` returns this error if the maximum number of permissions for the queue is reached.
    OverLimit(super::types::OverLimit),
    /// The request was denied due to request throttling.
    ///
    /// - Exceeds the permitted request rate for the queue or for the recipient of the request.
    ///
    /// - Ensure that the request rate is within the Amazon SQS limits for sending messages. For more information, see [Amazon SQS quotas](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-quotas.html#quotas-requests) in the *Amazon SQS Developer Guide*.
    RequestThrottled(super::types::RequestThrottled),
    /// Ensure that the `QueueUrl` is correct and that the queue has not been deleted.
    QueueDoesNotExist(super::types::QueueDoesNotExist),
    /// The specified ID is invalid.
    InvalidAddress(super::types::InvalidAddress),
    /// The request was not made over HTTPS or did not use SigV4 for signing.
    InvalidSecurity(super::types::InvalidSecurity),
    /// Error code 400. Unsupported operation.
    UnsupportedOperation(super::types::UnsupportedOperation),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    AddPermissionError, [OverLimit, RequestThrottled, QueueDoesNotExist, InvalidAddress,
    InvalidSecurity, UnsupportedOperation]
);
/// The errors `CancelMessageMoveTask` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CancelMessageMoveTaskError {
    /// One or more specified resources don't exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request was denied due to request throttling.
    ///
    /// - Exceeds the permitted request rate for the queue or for the recipient of the request.
    ///
    /// - Ensure that the request rate is within the Amazon SQS limits for sending messages. For more information, see [Amazon SQS quotas](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-quotas.html#quotas-requests) in the *Amazon SQS Developer Guide*.
    RequestThrottled(super::types::RequestThrottled),
    /// The specified ID is invalid.
    InvalidAddress(super::types::InvalidAddress),
    /// The request was not made over HTTPS or did not use SigV4 for signing.
    InvalidSecurity(super::types::InvalidSecurity),
    /// Error code 400. Unsupported operation.
    UnsupportedOperation(super::types::UnsupportedOperation),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CancelMessageMoveTaskError, [ResourceNotFoundException, RequestThrottled,
    InvalidAddress, InvalidSecurity, UnsupportedOperation]
);
/// The errors `ChangeMessageVisibility` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ChangeMessageVisibilityError {
    /// The specified message isn't in flight.
    MessageNotInflight(super::types::MessageNotInflight),
    /// The specified receipt handle isn't valid.
    ReceiptHandleIsInvalid(super::types::ReceiptHandleIsInvalid),
    /// The request was denied due to request throttling.
    ///
    /// - Exceeds the permitted request rate for the queue or for the recipient of the request.
    ///
    /// - Ensure that the request rate is within the Amazon SQS limits for sending messages. For more information, see [Amazon SQS quotas](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-quotas.html#quotas-requests) in the *Amazon SQS Developer Guide*.
    RequestThrottled(super::types::RequestThrottled),
    /// Ensure that the `QueueUrl` is correct and that the queue has not been deleted.
    QueueDoesNotExist(super::types::QueueDoesNotExist),
    /// Error code 400. Unsupported operation.
    UnsupportedOperation(super::types::UnsupportedOperation),
    /// The specified ID is invalid.
    InvalidAddress(super::types::InvalidAddress),
    /// The request was not made over HTTPS or did not use SigV4 for signing.
    InvalidSecurity(super::types::InvalidSecurity),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ChangeMessageVisibilityError, [MessageNotInflight, ReceiptHandleIsInvalid,
    RequestThrottled, QueueDoesNotExist, UnsupportedOperation, InvalidAddress,
    InvalidSecurity]
);
/// The errors `ChangeMessageVisibilityBatch` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ChangeMessageVisibilityBatchError {
    /// The batch request contains more entries than permissible. For Amazon SQS, the maximum number of entries you can include in a single [SendMessageBatch](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessageBatch.html), [DeleteMessageBatch](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_DeleteMessageBatch.html), or [ChangeMessageVisibilityBatch](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ChangeMessageVisibilityBatch.html) request is 10.
    TooManyEntriesInBatchRequest(super::types::TooManyEntriesInBatchRequest),
    /// The batch request doesn't contain any entries.
    EmptyBatchRequest(super::types::EmptyBatchRequest),
    /// Two or more batch entries in the request have the same `Id`.
    BatchEntryIdsNotDistinct(super::types::BatchEntryIdsNotDistinct),
    /// The `Id` of a batch entry in a batch request doesn't abide by the specification.
    InvalidBatchEntryId(super::types::InvalidBatchEntryId),
    /// The request was denied due to request throttling.
    ///
    /// - Exceeds the permitted request rate for the queue or for the recipient of the request.
    ///
    /// - Ensure that the request rate is within the Amazon SQS limits for sending messages. For more information, see [Amazon SQS quotas](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-quotas.html#quotas-requests) in the *Amazon SQS Developer Guide*.
    RequestThrottled(super::types::RequestThrottled),
    /// Ensure that the `QueueUrl` is correct and that the queue has not been deleted.
    QueueDoesNotExist(super::types::QueueDoesNotExist),
    /// Error code 400. Unsupported operation.
    UnsupportedOperation(super::types::UnsupportedOperation),
    /// The specified ID is invalid.
    InvalidAddress(super::types::InvalidAddress),
    /// The request was not made over HTTPS or did not use SigV4 for signing.
    InvalidSecurity(super::types::InvalidSecurity),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ChangeMessageVisibilityBatchError, [TooManyEntriesInBatchRequest, EmptyBatchRequest,
    BatchEntryIdsNotDistinct, InvalidBatchEntryId, RequestThrottled, QueueDoesNotExist,
    UnsupportedOperation, InvalidAddress, InvalidSecurity]
);
/// The errors `CreateQueue` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateQueueError {
    /// You must wait 60 seconds after deleting a queue before you can create another queue with the same name.
    QueueDeletedRecently(super::types::QueueDeletedRecently),
    /// A queue with this name already exists. Amazon SQS returns this error only if the request includes attributes whose values differ from those of the existing queue.
    QueueNameExists(super::types::QueueNameExists),
    /// The request was denied due to request throttling.
    ///
    /// - Exceeds the permitted request rate for the queue or for the recipient of the request.
    ///
    /// - Ensure that the request rate is within the Amazon SQS limits for sending messages. For more information, see [Amazon SQS quotas](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-quotas.html#quotas-requests) in the *Amazon SQS Developer Guide*.
    RequestThrottled(super::types::RequestThrottled),
    /// The specified ID is invalid.
    InvalidAddress(super::types::InvalidAddress),
    /// The specified attribute doesn't exist.
    InvalidAttributeName(super::types::InvalidAttributeName),
    /// A queue attribute value is invalid.
    InvalidAttributeValue(super::types::InvalidAttributeValue),
    /// Error code 400. Unsupported operation.
    UnsupportedOperation(super::types::UnsupportedOperation),
    /// The request was not made over HTTPS or did not use SigV4 for signing.
    InvalidSecurity(super::types::InvalidSecurity),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateQueueError, [QueueDeletedRecently, QueueNameExists, RequestThrottled,
    InvalidAddress, InvalidAttributeName, InvalidAttributeValue, UnsupportedOperation,
    InvalidSecurity]
);
/// The errors `DeleteMessage` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteMessageError {
    /// The specified receipt handle isn't valid for the current version.
    InvalidIdFormat(super::types::InvalidIdFormat),
    /// The specified receipt handle isn't valid.
    ReceiptHandleIsInvalid(super::types::ReceiptHandleIsInvalid),
    /// The request was denied due to request throttling.
    ///
    /// - Exceeds the permitted request rate for the queue or for the recipient of the request.
    ///
    /// - Ensure that the request rate is within the Amazon SQS limits for sending messages. For more information, see [Amazon SQS quotas](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-quotas.html#quotas-requests) in the *Amazon SQS Developer Guide*.
    RequestThrottled(super::types::RequestThrottled),
    /// Ensure that the `QueueUrl` is correct and that the queue has not been deleted.
    QueueDoesNotExist(super::types::QueueDoesNotExist),
    /// Error code 400. Unsupported operation.
    UnsupportedOperation(super::types::UnsupportedOperation),
    /// The request was not made over HTTPS or did not use SigV4 for signing.
    InvalidSecurity(super::types::InvalidSecurity),
    /// The specified ID is invalid.
    InvalidAddress(super::types::InvalidAddress),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteMessageError, [InvalidIdFormat, ReceiptHandleIsInvalid, RequestThrottled,
    QueueDoesNotExist, UnsupportedOperation, InvalidSecurity, InvalidAddress]
);
/// The errors `DeleteMessageBatch` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteMessageBatchError {
    /// The batch request contains more entries than permissible. For Amazon SQS, the maximum number of entries you can include in a single [SendMessageBatch](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessageBatch.html), [DeleteMessageBatch](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_DeleteMessageBatch.html), or [ChangeMessageVisibilityBatch](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ChangeMessageVisibilityBatch.html) request is 10.
    TooManyEntriesInBatchRequest(super::types::TooManyEntriesInBatchRequest),
    /// The batch request doesn't contain any entries.
    EmptyBatchRequest(super::types::EmptyBatchRequest),
    /// Two or more batch entries in the request have the same `Id`.
    BatchEntryIdsNotDistinct(super::types::BatchEntryIdsNotDistinct),
    /// The `Id` of a batch entry in a batch request doesn't abide by the specification.
    InvalidBatchEntryId(super::types::InvalidBatchEntryId),
    /// The request was denied due to request throttling.
    ///
    /// - Exceeds the permitted request rate for the queue or for the recipient of the request.
    ///
    /// - Ensure that the request rate is within the Amazon SQS limits for sending messages. For more information, see [Amazon SQS quotas](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-quotas.html#quotas-requests) in the *Amazon SQS Developer Guide*.
    RequestThrottled(super::types::RequestThrottled),
    /// Ensure that the `QueueUrl` is correct and that the queue has not been deleted.
    QueueDoesNotExist(super::types::QueueDoesNotExist),
    /// Error code 400. Unsupported operation.
    UnsupportedOperation(super::types::UnsupportedOperation),
    /// The specified ID is invalid.
    InvalidAddress(super::types::InvalidAddress),
    /// The request was not made over HTTPS or did not use SigV4 for signing.
    InvalidSecurity(super::types::InvalidSecurity),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteMessageBatchError, [TooManyEntriesInBatchRequest, EmptyBatchRequest,
    BatchEntryIdsNotDistinct, InvalidBatchEntryId, RequestThrottled, QueueDoesNotExist,
    UnsupportedOperation, InvalidAddress, InvalidSecurity]
);
/// The errors `DeleteQueue` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteQueueError {
    /// The request was denied due to request throttling.
    ///
    /// - Exceeds the permitted request rate for the queue or for the recipient of the request.
    ///
    /// - Ensure that the request rate is within the Amazon SQS limits for sending messages. For more information, see [Amazon SQS quotas](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-quotas.html#quotas-requests) in the *Amazon SQS Developer Guide*.
    RequestThrottled(super::types::RequestThrottled),
    /// Ensure that the `QueueUrl` is correct and that the queue has not been deleted.
    QueueDoesNotExist(super::types::QueueDoesNotExist),
    /// The specified ID is invalid.
    InvalidAddress(super::types::InvalidAddress),
    /// Error code 400. Unsupported operation.
    UnsupportedOperation(super::types::UnsupportedOperation),
    /// The request was not made over HTTPS or did not use SigV4 for signing.
    InvalidSecurity(super::types::InvalidSecurity),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteQueueError, [RequestThrottled, QueueDoesNotExist, InvalidAddress,
    UnsupportedOperation, InvalidSecurity]
);
/// The errors `GetQueueAttributes` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetQueueAttributesError {
    /// The specified attribute doesn't exist.
    InvalidAttributeName(super::types::InvalidAttributeName),
    /// The request was denied due to request throttling.
    ///
    /// - Exceeds the permitted request rate for the queue or for the recipient of the request.
    ///
    /// - Ensure that the request rate is within the Amazon SQS limits for sending messages. For more information, see [Amazon SQS quotas](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-quotas.html#quotas-requests) in the *Amazon SQS Developer Guide*.
    RequestThrottled(super::types::RequestThrottled),
    /// Ensure that the `QueueUrl` is correct and that the queue has not been deleted.
    QueueDoesNotExist(super::types::QueueDoesNotExist),
    /// Error code 400. Unsupported operation.
    UnsupportedOperation(super::types::UnsupportedOperation),
    /// The request was not made over HTTPS or did not use SigV4 for signing.
    InvalidSecurity(super::types::InvalidSecurity),
    /// The specified ID is invalid.
    InvalidAddress(super::types::InvalidAddress),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetQueueAttributesError, [InvalidAttributeName, RequestThrottled, QueueDoesNotExist,
    UnsupportedOperation, InvalidSecurity, InvalidAddress]
);
/// The errors `GetQueueUrl` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetQueueUrlError {
    /// The request was denied due to request throttling.
    ///
    /// - Exceeds the permitted request rate for the queue or for the recipient of the request.
    ///
    /// - Ensure that the request rate is within the Amazon SQS limits for sending messages. For more information, see [Amazon SQS quotas](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-quotas.html#quotas-requests) in the *Amazon SQS Developer Guide*.
    RequestThrottled(super::types::RequestThrottled),
    /// Ensure that the `QueueUrl` is correct and that the queue has not been deleted.
    QueueDoesNotExist(super::types::QueueDoesNotExist),
    /// The specified ID is invalid.
    InvalidAddress(super::types::InvalidAddress),
    /// The request was not made over HTTPS or did not use SigV4 for signing.
    InvalidSecurity(super::types::InvalidSecurity),
    /// Error code 400. Unsupported operation.
    UnsupportedOperation(super::types::UnsupportedOperation),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetQueueUrlError, [RequestThrottled, QueueDoesNotExist, InvalidAddress,
    InvalidSecurity, UnsupportedOperation]
);
/// The errors `ListDeadLetterSourceQueues` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListDeadLetterSourceQueuesError {
    /// Ensure that the `QueueUrl` is correct and that the queue has not been deleted.
    QueueDoesNotExist(super::types::QueueDoesNotExist),
    /// The request was denied due to request throttling.
    ///
    /// - Exceeds the permitted request rate for the queue or for the recipient of the request.
    ///
    /// - Ensure that the request rate is within the Amazon SQS limits for sending messages. For more information, see [Amazon SQS quotas](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-quotas.html#quotas-requests) in the *Amazon SQS Developer Guide*.
    RequestThrottled(super::types::RequestThrottled),
    /// The request was not made over HTTPS or did not use SigV4 for signing.
    InvalidSecurity(super::types::InvalidSecurity),
    /// The specified ID is invalid.
    InvalidAddress(super::types::InvalidAddress),
    /// Error code 400. Unsupported operation.
    UnsupportedOperation(super::types::UnsupportedOperation),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListDeadLetterSourceQueuesError, [QueueDoesNotExist, RequestThrottled,
    InvalidSecurity, InvalidAddress, UnsupportedOperation]
);
/// The errors `ListMessageMoveTasks` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListMessageMoveTasksError {
    /// One or more specified resources don't exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request was denied due to request throttling.
    ///
    /// - Exceeds the permitted request rate for the queue or for the recipient of the request.
    ///
    /// - Ensure that the request rate is within the Amazon SQS limits for sending messages. For more information, see [Amazon SQS quotas](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-quotas.html#quotas-requests) in the *Amazon SQS Developer Guide*.
    RequestThrottled(super::types::RequestThrottled),
    /// The specified ID is invalid.
    InvalidAddress(super::types::InvalidAddress),
    /// The request was not made over HTTPS or did not use SigV4 for signing.
    InvalidSecurity(super::types::InvalidSecurity),
    /// Error code 400. Unsupported operation.
    UnsupportedOperation(super::types::UnsupportedOperation),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListMessageMoveTasksError, [ResourceNotFoundException, RequestThrottled,
    InvalidAddress, InvalidSecurity, UnsupportedOperation]
);
/// The errors `ListQueueTags` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListQueueTagsError {
    /// The request was denied due to request throttling.
    ///
    /// - Exceeds the permitted request rate for the queue or for the recipient of the request.
    ///
    /// - Ensure that the request rate is within the Amazon SQS limits for sending messages. For more information, see [Amazon SQS quotas](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-quotas.html#quotas-requests) in the *Amazon SQS Developer Guide*.
    RequestThrottled(super::types::RequestThrottled),
    /// Ensure that the `QueueUrl` is correct and that the queue has not been deleted.
    QueueDoesNotExist(super::types::QueueDoesNotExist),
    /// Error code 400. Unsupported operation.
    UnsupportedOperation(super::types::UnsupportedOperation),
    /// The specified ID is invalid.
    InvalidAddress(super::types::InvalidAddress),
    /// The request was not made over HTTPS or did not use SigV4 for signing.
    InvalidSecurity(super::types::InvalidSecurity),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListQueueTagsError, [RequestThrottled, QueueDoesNotExist, UnsupportedOperation,
    InvalidAddress, InvalidSecurity]
);
/// The errors `ListQueues` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListQueuesError {
    /// The request was denied due to request throttling.
    ///
    /// - Exceeds the permitted request rate for the queue or for the recipient of the request.
    ///
    /// - Ensure that the request rate is within the Amazon SQS limits for sending messages. For more information, see [Amazon SQS quotas](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-quotas.html#quotas-requests) in the *Amazon SQS Developer Guide*.
    RequestThrottled(super::types::RequestThrottled),
    /// The request was not made over HTTPS or did not use SigV4 for signing.
    InvalidSecurity(super::types::InvalidSecurity),
    /// The specified ID is invalid.
    InvalidAddress(super::types::InvalidAddress),
    /// Error code 400. Unsupported operation.
    UnsupportedOperation(super::types::UnsupportedOperation),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListQueuesError, [RequestThrottled, InvalidSecurity, InvalidAddress,
    UnsupportedOperation]
);
/// The errors `PurgeQueue` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PurgeQueueError {
    /// Ensure that the `QueueUrl` is correct and that the queue has not been deleted.
    QueueDoesNotExist(super::types::QueueDoesNotExist),
    /// Indicates that the specified queue previously received a `PurgeQueue` request within the last 60 seconds (the time it can take to delete the messages in the queue).
    PurgeQueueInProgress(super::types::PurgeQueueInProgress),
    /// The request was denied due to request throttling.
    ///
    /// - Exceeds the permitted request rate for the queue or for the recipient of the request.
    ///
    /// - Ensure that the request rate is within the Amazon SQS limits for sending messages. For more information, see [Amazon SQS quotas](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-quotas.html#quotas-requests) in the *Amazon SQS Developer Guide*.
    RequestThrottled(super::types::RequestThrottled),
    /// The specified ID is invalid.
    InvalidAddress(super::types::InvalidAddress),
    /// The request was not made over HTTPS or did not use SigV4 for signing.
    InvalidSecurity(super::types::InvalidSecurity),
    /// Error code 400. Unsupported operation.
    UnsupportedOperation(super::types::UnsupportedOperation),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PurgeQueueError, [QueueDoesNotExist, PurgeQueueInProgress, RequestThrottled,
    InvalidAddress, InvalidSecurity, UnsupportedOperation]
);
/// The errors `ReceiveMessage` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ReceiveMessageError {
    /// Error code 400. Unsupported operation.
    UnsupportedOperation(super::types::UnsupportedOperation),
    /// The specified action violates a limit. For example, `ReceiveMessage` returns this error if the maximum number of in flight messages is reached and `AddPermission` returns this error if the maximum number of permissions for the queue is reached.
    OverLimit(super::types::OverLimit),
    /// The request was denied due to request throttling.
    ///
    /// - Exceeds the permitted request rate for the queue or for the recipient of the request.
    ///
    /// - Ensure that the request rate is within the Amazon SQS limits for sending messages. For more information, see [Amazon SQS quotas](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-quotas.html#quotas-requests) in the *Amazon SQS Developer Guide*.
    RequestThrottled(super::types::RequestThrottled),
    /// Ensure that the `QueueUrl` is correct and that the queue has not been deleted.
    QueueDoesNotExist(super::types::QueueDoesNotExist),
    /// The request was not made over HTTPS or did not use SigV4 for signing.
    InvalidSecurity(super::types::InvalidSecurity),
    /// The request was denied due to request throttling.
    KmsDisabled(super::types::KmsDisabled),
    /// The request was rejected because the state of the specified resource is not valid for this request.
    KmsInvalidState(super::types::KmsInvalidState),
    /// The request was rejected because the specified entity or resource could not be found.
    KmsNotFound(super::types::KmsNotFound),
    /// The request was rejected because the specified key policy isn't syntactically or semantically correct.
    KmsOptInRequired(super::types::KmsOptInRequired),
    /// Amazon Web Services KMS throttles requests for the following conditions.
    KmsThrottled(super::types::KmsThrottled),
    /// The caller doesn't have the required KMS access.
    KmsAccessDenied(super::types::KmsAccessDenied),
    /// The request was rejected for one of the following reasons:
    ///
    /// - The KeyUsage value of the KMS key is incompatible with the API operation.
    ///
    /// - The encryption algorithm or signing algorithm specified for the operation is incompatible with the type of key material in the KMS key (KeySpec).
    KmsInvalidKeyUsage(super::types::KmsInvalidKeyUsage),
    /// The specified ID is invalid.
    InvalidAddress(super::types::InvalidAddress),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ReceiveMessageError, [UnsupportedOperation, OverLimit, RequestThrottled,
    QueueDoesNotExist, InvalidSecurity, KmsDisabled, KmsInvalidState, KmsNotFound,
    KmsOptInRequired, KmsThrottled, KmsAccessDenied, KmsInvalidKeyUsage, InvalidAddress]
);
/// The errors `RemovePermission` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RemovePermissionError {
    /// The specified ID is invalid.
    InvalidAddress(super::types::InvalidAddress),
    /// The request was denied due to request throttling.
    ///
    /// - Exceeds the permitted request rate for the queue or for the recipient of the request.
    ///
    /// - Ensure that the request rate is within the Amazon SQS limits for sending messages. For more information, see [Amazon SQS quotas](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-quotas.html#quotas-requests) in the *Amazon SQS Developer Guide*.
    RequestThrottled(super::types::RequestThrottled),
    /// Ensure that the `QueueUrl` is correct and that the queue has not been deleted.
    QueueDoesNotExist(super::types::QueueDoesNotExist),
    /// The request was not made over HTTPS or did not use SigV4 for signing.
    InvalidSecurity(super::types::InvalidSecurity),
    /// Error code 400. Unsupported operation.
    UnsupportedOperation(super::types::UnsupportedOperation),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    RemovePermissionError, [InvalidAddress, RequestThrottled, QueueDoesNotExist,
    InvalidSecurity, UnsupportedOperation]
);
/// The errors `SendMessage` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum SendMessageError {
    /// The message contains characters outside the allowed set.
    InvalidMessageContents(super::types::InvalidMessageContents),
    /// Error code 400. Unsupported operation.
    UnsupportedOperation(super::types::UnsupportedOperation),
    /// The request was denied due to request throttling.
    ///
    /// - Exceeds the permitted request rate for the queue or for the recipient of the request.
    ///
    /// - Ensure that the request rate is within the Amazon SQS limits for sending messages. For more information, see [Amazon SQS quotas](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-quotas.html#quotas-requests) in the *Amazon SQS Developer Guide*.
    RequestThrottled(super::types::RequestThrottled),
    /// Ensure that the `QueueUrl` is correct and that the queue has not been deleted.
    QueueDoesNotExist(super::types::QueueDoesNotExist),
    /// The request was not made over HTTPS or did not use SigV4 for signing.
    InvalidSecurity(super::types::InvalidSecurity),
    /// The request was denied due to request throttling.
    KmsDisabled(super::types::KmsDisabled),
    /// The request was rejected because the state of the specified resource is not valid for this request.
    KmsInvalidState(super::types::KmsInvalidState),
    /// The request was rejected because the specified entity or resource could not be found.
    KmsNotFound(super::types::KmsNotFound),
    /// The request was rejected because the specified key policy isn't syntactically or semantically correct.
    KmsOptInRequired(super::types::KmsOptInRequired),
    /// Amazon Web Services KMS throttles requests for the following conditions.
    KmsThrottled(super::types::KmsThrottled),
    /// The caller doesn't have the required KMS access.
    KmsAccessDenied(super::types::KmsAccessDenied),
    /// The request was rejected for one of the following reasons:
    ///
    /// - The KeyUsage value of the KMS key is incompatible with the API operation.
    ///
    /// - The encryption algorithm or signing algorithm specified for the operation is incompatible with the type of key material in the KMS key (KeySpec).
    KmsInvalidKeyUsage(super::types::KmsInvalidKeyUsage),
    /// The specified ID is invalid.
    InvalidAddress(super::types::InvalidAddress),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    SendMessageError, [InvalidMessageContents, UnsupportedOperation, RequestThrottled,
    QueueDoesNotExist, InvalidSecurity, KmsDisabled, KmsInvalidState, KmsNotFound,
    KmsOptInRequired, KmsThrottled, KmsAccessDenied, KmsInvalidKeyUsage, InvalidAddress]
);
/// The errors `SendMessageBatch` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum SendMessageBatchError {
    /// The batch request contains more entries than permissible. For Amazon SQS, the maximum number of entries you can include in a single [SendMessageBatch](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessageBatch.html), [DeleteMessageBatch](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_DeleteMessageBatch.html), or [ChangeMessageVisibilityBatch](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ChangeMessageVisibilityBatch.html) request is 10.
    TooManyEntriesInBatchRequest(super::types::TooManyEntriesInBatchRequest),
    /// The batch request doesn't contain any entries.
    EmptyBatchRequest(super::types::EmptyBatchRequest),
    /// Two or more batch entries in the request have the same `Id`.
    BatchEntryIdsNotDistinct(super::types::BatchEntryIdsNotDistinct),
    /// The length of all the messages put together is more than the limit.
    BatchRequestTooLong(super::types::BatchRequestTooLong),
    /// The `Id` of a batch entry in a batch request doesn't abide by the specification.
    InvalidBatchEntryId(super::types::InvalidBatchEntryId),
    /// Error code 400. Unsupported operation.
    UnsupportedOperation(super::types::UnsupportedOperation),
    /// The request was denied due to request throttling.
    ///
    /// - Exceeds the permitted request rate for the queue or for the recipient of the request.
    ///
    /// - Ensure that the request rate is within the Amazon SQS limits for sending messages. For more information, see [Amazon SQS quotas](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-quotas.html#quotas-requests) in the *Amazon SQS Developer Guide*.
    RequestThrottled(super::types::RequestThrottled),
    /// Ensure that the `QueueUrl` is correct and that the queue has not been deleted.
    QueueDoesNotExist(super::types::QueueDoesNotExist),
    /// The request was not made over HTTPS or did not use SigV4 for signing.
    InvalidSecurity(super::types::InvalidSecurity),
    /// The request was denied due to request throttling.
    KmsDisabled(super::types::KmsDisabled),
    /// The request was rejected because the state of the specified resource is not valid for this request.
    KmsInvalidState(super::types::KmsInvalidState),
    /// The request was rejected because the specified entity or resource could not be found.
    KmsNotFound(super::types::KmsNotFound),
    /// The request was rejected because the specified key policy isn't syntactically or semantically correct.
    KmsOptInRequired(super::types::KmsOptInRequired),
    /// Amazon Web Services KMS throttles requests for the following conditions.
    KmsThrottled(super::types::KmsThrottled),
    /// The caller doesn't have the required KMS access.
    KmsAccessDenied(super::types::KmsAccessDenied),
    /// The request was rejected for one of the following reasons:
    ///
    /// - The KeyUsage value of the KMS key is incompatible with the API operation.
    ///
    /// - The encryption algorithm or signing algorithm specified for the operation is incompatible with the type of key material in the KMS key (KeySpec).
    KmsInvalidKeyUsage(super::types::KmsInvalidKeyUsage),
    /// The specified ID is invalid.
    InvalidAddress(super::types::InvalidAddress),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    SendMessageBatchError, [TooManyEntriesInBatchRequest, EmptyBatchRequest,
    BatchEntryIdsNotDistinct, BatchRequestTooLong, InvalidBatchEntryId,
    UnsupportedOperation, RequestThrottled, QueueDoesNotExist, InvalidSecurity,
    KmsDisabled, KmsInvalidState, KmsNotFound, KmsOptInRequired, KmsThrottled,
    KmsAccessDenied, KmsInvalidKeyUsage, InvalidAddress]
);
/// The errors `SetQueueAttributes` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum SetQueueAttributesError {
    /// The specified attribute doesn't exist.
    InvalidAttributeName(super::types::InvalidAttributeName),
    /// A queue attribute value is invalid.
    InvalidAttributeValue(super::types::InvalidAttributeValue),
    /// The request was denied due to request throttling.
    ///
    /// - Exceeds the permitted request rate for the queue or for the recipient of the request.
    ///
    /// - Ensure that the request rate is within the Amazon SQS limits for sending messages. For more information, see [Amazon SQS quotas](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-quotas.html#quotas-requests) in the *Amazon SQS Developer Guide*.
    RequestThrottled(super::types::RequestThrottled),
    /// Ensure that the `QueueUrl` is correct and that the queue has not been deleted.
    QueueDoesNotExist(super::types::QueueDoesNotExist),
    /// Error code 400. Unsupported operation.
    UnsupportedOperation(super::types::UnsupportedOperation),
    /// The specified action violates a limit. For example, `ReceiveMessage` returns this error if the maximum number of in flight messages is reached and `AddPermission` returns this error if the maximum number of permissions for the queue is reached.
    OverLimit(super::types::OverLimit),
    /// The specified ID is invalid.
    InvalidAddress(super::types::InvalidAddress),
    /// The request was not made over HTTPS or did not use SigV4 for signing.
    InvalidSecurity(super::types::InvalidSecurity),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    SetQueueAttributesError, [InvalidAttributeName, InvalidAttributeValue,
    RequestThrottled, QueueDoesNotExist, UnsupportedOperation, OverLimit, InvalidAddress,
    InvalidSecurity]
);
/// The errors `StartMessageMoveTask` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum StartMessageMoveTaskError {
    /// One or more specified resources don't exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request was denied due to request throttling.
    ///
    /// - Exceeds the permitted request rate for the queue or for the recipient of the request.
    ///
    /// - Ensure that the request rate is within the Amazon SQS limits for sending messages. For more information, see [Amazon SQS quotas](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-quotas.html#quotas-requests) in the *Amazon SQS Developer Guide*.
    RequestThrottled(super::types::RequestThrottled),
    /// The specified ID is invalid.
    InvalidAddress(super::types::InvalidAddress),
    /// The request was not made over HTTPS or did not use SigV4 for signing.
    InvalidSecurity(super::types::InvalidSecurity),
    /// Error code 400. Unsupported operation.
    UnsupportedOperation(super::types::UnsupportedOperation),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    StartMessageMoveTaskError, [ResourceNotFoundException, RequestThrottled,
    InvalidAddress, InvalidSecurity, UnsupportedOperation]
);
/// The errors `TagQueue` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum TagQueueError {
    /// The specified ID is invalid.
    InvalidAddress(super::types::InvalidAddress),
    /// The request was denied due to request throttling.
    ///
    /// - Exceeds the permitted request rate for the queue or for the recipient of the request.
    ///
    /// - Ensure that the request rate is within the Amazon SQS limits for sending messages. For more information, see [Amazon SQS quotas](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-quotas.html#quotas-requests) in the *Amazon SQS Developer Guide*.
    RequestThrottled(super::types::RequestThrottled),
    /// Ensure that the `QueueUrl` is correct and that the queue has not been deleted.
    QueueDoesNotExist(super::types::QueueDoesNotExist),
    /// The request was not made over HTTPS or did not use SigV4 for signing.
    InvalidSecurity(super::types::InvalidSecurity),
    /// Error code 400. Unsupported operation.
    UnsupportedOperation(super::types::UnsupportedOperation),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    TagQueueError, [InvalidAddress, RequestThrottled, QueueDoesNotExist, InvalidSecurity,
    UnsupportedOperation]
);
/// The errors `UntagQueue` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UntagQueueError {
    /// The specified ID is invalid.
    InvalidAddress(super::types::InvalidAddress),
    /// The request was denied due to request throttling.
    ///
    /// - Exceeds the permitted request rate for the queue or for the recipient of the request.
    ///
    /// - Ensure that the request rate is within the Amazon SQS limits for sending messages. For more information, see [Amazon SQS quotas](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-quotas.html#quotas-requests) in the *Amazon SQS Developer Guide*.
    RequestThrottled(super::types::RequestThrottled),
    /// Ensure that the `QueueUrl` is correct and that the queue has not been deleted.
    QueueDoesNotExist(super::types::QueueDoesNotExist),
    /// The request was not made over HTTPS or did not use SigV4 for signing.
    InvalidSecurity(super::types::InvalidSecurity),
    /// Error code 400. Unsupported operation.
    UnsupportedOperation(super::types::UnsupportedOperation),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UntagQueueError, [InvalidAddress, RequestThrottled, QueueDoesNotExist,
    InvalidSecurity, UnsupportedOperation]
);

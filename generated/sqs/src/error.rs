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
    OverLimit(crate::types::OverLimit),
    /// The request was denied due to request throttling.
    ///
    /// - Exceeds the permitted request rate for the queue or for the recipient of the request.
    ///
    /// - Ensure that the request rate is within the Amazon SQS limits for sending messages. For more information, see [Amazon SQS quotas](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-quotas.html#quotas-requests) in the *Amazon SQS Developer Guide*.
    RequestThrottled(crate::types::RequestThrottled),
    /// Ensure that the `QueueUrl` is correct and that the queue has not been deleted.
    QueueDoesNotExist(crate::types::QueueDoesNotExist),
    /// The specified ID is invalid.
    InvalidAddress(crate::types::InvalidAddress),
    /// The request was not made over HTTPS or did not use SigV4 for signing.
    InvalidSecurity(crate::types::InvalidSecurity),
    /// Error code 400. Unsupported operation.
    UnsupportedOperation(crate::types::UnsupportedOperation),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    AddPermissionError, { 0 => OverLimit, 1 => RequestThrottled, 2 => QueueDoesNotExist,
    3 => InvalidAddress, 4 => InvalidSecurity, 5 => UnsupportedOperation }
);
/// The errors `CancelMessageMoveTask` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CancelMessageMoveTaskError {
    /// One or more specified resources don't exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The request was denied due to request throttling.
    ///
    /// - Exceeds the permitted request rate for the queue or for the recipient of the request.
    ///
    /// - Ensure that the request rate is within the Amazon SQS limits for sending messages. For more information, see [Amazon SQS quotas](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-quotas.html#quotas-requests) in the *Amazon SQS Developer Guide*.
    RequestThrottled(crate::types::RequestThrottled),
    /// The specified ID is invalid.
    InvalidAddress(crate::types::InvalidAddress),
    /// The request was not made over HTTPS or did not use SigV4 for signing.
    InvalidSecurity(crate::types::InvalidSecurity),
    /// Error code 400. Unsupported operation.
    UnsupportedOperation(crate::types::UnsupportedOperation),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CancelMessageMoveTaskError, { 0 => ResourceNotFoundException, 1 => RequestThrottled,
    2 => InvalidAddress, 3 => InvalidSecurity, 4 => UnsupportedOperation }
);
/// The errors `ChangeMessageVisibility` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ChangeMessageVisibilityError {
    /// The specified message isn't in flight.
    MessageNotInflight(crate::types::MessageNotInflight),
    /// The specified receipt handle isn't valid.
    ReceiptHandleIsInvalid(crate::types::ReceiptHandleIsInvalid),
    /// The request was denied due to request throttling.
    ///
    /// - Exceeds the permitted request rate for the queue or for the recipient of the request.
    ///
    /// - Ensure that the request rate is within the Amazon SQS limits for sending messages. For more information, see [Amazon SQS quotas](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-quotas.html#quotas-requests) in the *Amazon SQS Developer Guide*.
    RequestThrottled(crate::types::RequestThrottled),
    /// Ensure that the `QueueUrl` is correct and that the queue has not been deleted.
    QueueDoesNotExist(crate::types::QueueDoesNotExist),
    /// Error code 400. Unsupported operation.
    UnsupportedOperation(crate::types::UnsupportedOperation),
    /// The specified ID is invalid.
    InvalidAddress(crate::types::InvalidAddress),
    /// The request was not made over HTTPS or did not use SigV4 for signing.
    InvalidSecurity(crate::types::InvalidSecurity),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ChangeMessageVisibilityError, { 0 => MessageNotInflight, 1 => ReceiptHandleIsInvalid,
    2 => RequestThrottled, 3 => QueueDoesNotExist, 4 => UnsupportedOperation, 5 =>
    InvalidAddress, 6 => InvalidSecurity }
);
/// The errors `ChangeMessageVisibilityBatch` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ChangeMessageVisibilityBatchError {
    /// The batch request contains more entries than permissible. For Amazon SQS, the maximum number of entries you can include in a single [SendMessageBatch](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessageBatch.html), [DeleteMessageBatch](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_DeleteMessageBatch.html), or [ChangeMessageVisibilityBatch](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ChangeMessageVisibilityBatch.html) request is 10.
    TooManyEntriesInBatchRequest(crate::types::TooManyEntriesInBatchRequest),
    /// The batch request doesn't contain any entries.
    EmptyBatchRequest(crate::types::EmptyBatchRequest),
    /// Two or more batch entries in the request have the same `Id`.
    BatchEntryIdsNotDistinct(crate::types::BatchEntryIdsNotDistinct),
    /// The `Id` of a batch entry in a batch request doesn't abide by the specification.
    InvalidBatchEntryId(crate::types::InvalidBatchEntryId),
    /// The request was denied due to request throttling.
    ///
    /// - Exceeds the permitted request rate for the queue or for the recipient of the request.
    ///
    /// - Ensure that the request rate is within the Amazon SQS limits for sending messages. For more information, see [Amazon SQS quotas](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-quotas.html#quotas-requests) in the *Amazon SQS Developer Guide*.
    RequestThrottled(crate::types::RequestThrottled),
    /// Ensure that the `QueueUrl` is correct and that the queue has not been deleted.
    QueueDoesNotExist(crate::types::QueueDoesNotExist),
    /// Error code 400. Unsupported operation.
    UnsupportedOperation(crate::types::UnsupportedOperation),
    /// The specified ID is invalid.
    InvalidAddress(crate::types::InvalidAddress),
    /// The request was not made over HTTPS or did not use SigV4 for signing.
    InvalidSecurity(crate::types::InvalidSecurity),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ChangeMessageVisibilityBatchError, { 0 => TooManyEntriesInBatchRequest, 1 =>
    EmptyBatchRequest, 2 => BatchEntryIdsNotDistinct, 3 => InvalidBatchEntryId, 4 =>
    RequestThrottled, 5 => QueueDoesNotExist, 6 => UnsupportedOperation, 7 =>
    InvalidAddress, 8 => InvalidSecurity }
);
/// The errors `CreateQueue` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateQueueError {
    /// You must wait 60 seconds after deleting a queue before you can create another queue with the same name.
    QueueDeletedRecently(crate::types::QueueDeletedRecently),
    /// A queue with this name already exists. Amazon SQS returns this error only if the request includes attributes whose values differ from those of the existing queue.
    QueueNameExists(crate::types::QueueNameExists),
    /// The request was denied due to request throttling.
    ///
    /// - Exceeds the permitted request rate for the queue or for the recipient of the request.
    ///
    /// - Ensure that the request rate is within the Amazon SQS limits for sending messages. For more information, see [Amazon SQS quotas](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-quotas.html#quotas-requests) in the *Amazon SQS Developer Guide*.
    RequestThrottled(crate::types::RequestThrottled),
    /// The specified ID is invalid.
    InvalidAddress(crate::types::InvalidAddress),
    /// The specified attribute doesn't exist.
    InvalidAttributeName(crate::types::InvalidAttributeName),
    /// A queue attribute value is invalid.
    InvalidAttributeValue(crate::types::InvalidAttributeValue),
    /// Error code 400. Unsupported operation.
    UnsupportedOperation(crate::types::UnsupportedOperation),
    /// The request was not made over HTTPS or did not use SigV4 for signing.
    InvalidSecurity(crate::types::InvalidSecurity),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateQueueError, { 0 => QueueDeletedRecently, 1 => QueueNameExists, 2 =>
    RequestThrottled, 3 => InvalidAddress, 4 => InvalidAttributeName, 5 =>
    InvalidAttributeValue, 6 => UnsupportedOperation, 7 => InvalidSecurity }
);
/// The errors `DeleteMessage` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteMessageError {
    /// The specified receipt handle isn't valid for the current version.
    InvalidIdFormat(crate::types::InvalidIdFormat),
    /// The specified receipt handle isn't valid.
    ReceiptHandleIsInvalid(crate::types::ReceiptHandleIsInvalid),
    /// The request was denied due to request throttling.
    ///
    /// - Exceeds the permitted request rate for the queue or for the recipient of the request.
    ///
    /// - Ensure that the request rate is within the Amazon SQS limits for sending messages. For more information, see [Amazon SQS quotas](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-quotas.html#quotas-requests) in the *Amazon SQS Developer Guide*.
    RequestThrottled(crate::types::RequestThrottled),
    /// Ensure that the `QueueUrl` is correct and that the queue has not been deleted.
    QueueDoesNotExist(crate::types::QueueDoesNotExist),
    /// Error code 400. Unsupported operation.
    UnsupportedOperation(crate::types::UnsupportedOperation),
    /// The request was not made over HTTPS or did not use SigV4 for signing.
    InvalidSecurity(crate::types::InvalidSecurity),
    /// The specified ID is invalid.
    InvalidAddress(crate::types::InvalidAddress),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteMessageError, { 0 => InvalidIdFormat, 1 => ReceiptHandleIsInvalid, 2 =>
    RequestThrottled, 3 => QueueDoesNotExist, 4 => UnsupportedOperation, 5 =>
    InvalidSecurity, 6 => InvalidAddress }
);
/// The errors `DeleteMessageBatch` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteMessageBatchError {
    /// The batch request contains more entries than permissible. For Amazon SQS, the maximum number of entries you can include in a single [SendMessageBatch](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessageBatch.html), [DeleteMessageBatch](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_DeleteMessageBatch.html), or [ChangeMessageVisibilityBatch](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ChangeMessageVisibilityBatch.html) request is 10.
    TooManyEntriesInBatchRequest(crate::types::TooManyEntriesInBatchRequest),
    /// The batch request doesn't contain any entries.
    EmptyBatchRequest(crate::types::EmptyBatchRequest),
    /// Two or more batch entries in the request have the same `Id`.
    BatchEntryIdsNotDistinct(crate::types::BatchEntryIdsNotDistinct),
    /// The `Id` of a batch entry in a batch request doesn't abide by the specification.
    InvalidBatchEntryId(crate::types::InvalidBatchEntryId),
    /// The request was denied due to request throttling.
    ///
    /// - Exceeds the permitted request rate for the queue or for the recipient of the request.
    ///
    /// - Ensure that the request rate is within the Amazon SQS limits for sending messages. For more information, see [Amazon SQS quotas](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-quotas.html#quotas-requests) in the *Amazon SQS Developer Guide*.
    RequestThrottled(crate::types::RequestThrottled),
    /// Ensure that the `QueueUrl` is correct and that the queue has not been deleted.
    QueueDoesNotExist(crate::types::QueueDoesNotExist),
    /// Error code 400. Unsupported operation.
    UnsupportedOperation(crate::types::UnsupportedOperation),
    /// The specified ID is invalid.
    InvalidAddress(crate::types::InvalidAddress),
    /// The request was not made over HTTPS or did not use SigV4 for signing.
    InvalidSecurity(crate::types::InvalidSecurity),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteMessageBatchError, { 0 => TooManyEntriesInBatchRequest, 1 => EmptyBatchRequest,
    2 => BatchEntryIdsNotDistinct, 3 => InvalidBatchEntryId, 4 => RequestThrottled, 5 =>
    QueueDoesNotExist, 6 => UnsupportedOperation, 7 => InvalidAddress, 8 =>
    InvalidSecurity }
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
    RequestThrottled(crate::types::RequestThrottled),
    /// Ensure that the `QueueUrl` is correct and that the queue has not been deleted.
    QueueDoesNotExist(crate::types::QueueDoesNotExist),
    /// The specified ID is invalid.
    InvalidAddress(crate::types::InvalidAddress),
    /// Error code 400. Unsupported operation.
    UnsupportedOperation(crate::types::UnsupportedOperation),
    /// The request was not made over HTTPS or did not use SigV4 for signing.
    InvalidSecurity(crate::types::InvalidSecurity),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteQueueError, { 0 => RequestThrottled, 1 => QueueDoesNotExist, 2 =>
    InvalidAddress, 3 => UnsupportedOperation, 4 => InvalidSecurity }
);
/// The errors `GetQueueAttributes` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetQueueAttributesError {
    /// The specified attribute doesn't exist.
    InvalidAttributeName(crate::types::InvalidAttributeName),
    /// The request was denied due to request throttling.
    ///
    /// - Exceeds the permitted request rate for the queue or for the recipient of the request.
    ///
    /// - Ensure that the request rate is within the Amazon SQS limits for sending messages. For more information, see [Amazon SQS quotas](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-quotas.html#quotas-requests) in the *Amazon SQS Developer Guide*.
    RequestThrottled(crate::types::RequestThrottled),
    /// Ensure that the `QueueUrl` is correct and that the queue has not been deleted.
    QueueDoesNotExist(crate::types::QueueDoesNotExist),
    /// Error code 400. Unsupported operation.
    UnsupportedOperation(crate::types::UnsupportedOperation),
    /// The request was not made over HTTPS or did not use SigV4 for signing.
    InvalidSecurity(crate::types::InvalidSecurity),
    /// The specified ID is invalid.
    InvalidAddress(crate::types::InvalidAddress),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetQueueAttributesError, { 0 => InvalidAttributeName, 1 => RequestThrottled, 2 =>
    QueueDoesNotExist, 3 => UnsupportedOperation, 4 => InvalidSecurity, 5 =>
    InvalidAddress }
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
    RequestThrottled(crate::types::RequestThrottled),
    /// Ensure that the `QueueUrl` is correct and that the queue has not been deleted.
    QueueDoesNotExist(crate::types::QueueDoesNotExist),
    /// The specified ID is invalid.
    InvalidAddress(crate::types::InvalidAddress),
    /// The request was not made over HTTPS or did not use SigV4 for signing.
    InvalidSecurity(crate::types::InvalidSecurity),
    /// Error code 400. Unsupported operation.
    UnsupportedOperation(crate::types::UnsupportedOperation),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetQueueUrlError, { 0 => RequestThrottled, 1 => QueueDoesNotExist, 2 =>
    InvalidAddress, 3 => InvalidSecurity, 4 => UnsupportedOperation }
);
/// The errors `ListDeadLetterSourceQueues` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListDeadLetterSourceQueuesError {
    /// Ensure that the `QueueUrl` is correct and that the queue has not been deleted.
    QueueDoesNotExist(crate::types::QueueDoesNotExist),
    /// The request was denied due to request throttling.
    ///
    /// - Exceeds the permitted request rate for the queue or for the recipient of the request.
    ///
    /// - Ensure that the request rate is within the Amazon SQS limits for sending messages. For more information, see [Amazon SQS quotas](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-quotas.html#quotas-requests) in the *Amazon SQS Developer Guide*.
    RequestThrottled(crate::types::RequestThrottled),
    /// The request was not made over HTTPS or did not use SigV4 for signing.
    InvalidSecurity(crate::types::InvalidSecurity),
    /// The specified ID is invalid.
    InvalidAddress(crate::types::InvalidAddress),
    /// Error code 400. Unsupported operation.
    UnsupportedOperation(crate::types::UnsupportedOperation),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListDeadLetterSourceQueuesError, { 0 => QueueDoesNotExist, 1 => RequestThrottled, 2
    => InvalidSecurity, 3 => InvalidAddress, 4 => UnsupportedOperation }
);
/// The errors `ListMessageMoveTasks` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListMessageMoveTasksError {
    /// One or more specified resources don't exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The request was denied due to request throttling.
    ///
    /// - Exceeds the permitted request rate for the queue or for the recipient of the request.
    ///
    /// - Ensure that the request rate is within the Amazon SQS limits for sending messages. For more information, see [Amazon SQS quotas](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-quotas.html#quotas-requests) in the *Amazon SQS Developer Guide*.
    RequestThrottled(crate::types::RequestThrottled),
    /// The specified ID is invalid.
    InvalidAddress(crate::types::InvalidAddress),
    /// The request was not made over HTTPS or did not use SigV4 for signing.
    InvalidSecurity(crate::types::InvalidSecurity),
    /// Error code 400. Unsupported operation.
    UnsupportedOperation(crate::types::UnsupportedOperation),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListMessageMoveTasksError, { 0 => ResourceNotFoundException, 1 => RequestThrottled, 2
    => InvalidAddress, 3 => InvalidSecurity, 4 => UnsupportedOperation }
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
    RequestThrottled(crate::types::RequestThrottled),
    /// Ensure that the `QueueUrl` is correct and that the queue has not been deleted.
    QueueDoesNotExist(crate::types::QueueDoesNotExist),
    /// Error code 400. Unsupported operation.
    UnsupportedOperation(crate::types::UnsupportedOperation),
    /// The specified ID is invalid.
    InvalidAddress(crate::types::InvalidAddress),
    /// The request was not made over HTTPS or did not use SigV4 for signing.
    InvalidSecurity(crate::types::InvalidSecurity),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListQueueTagsError, { 0 => RequestThrottled, 1 => QueueDoesNotExist, 2 =>
    UnsupportedOperation, 3 => InvalidAddress, 4 => InvalidSecurity }
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
    RequestThrottled(crate::types::RequestThrottled),
    /// The request was not made over HTTPS or did not use SigV4 for signing.
    InvalidSecurity(crate::types::InvalidSecurity),
    /// The specified ID is invalid.
    InvalidAddress(crate::types::InvalidAddress),
    /// Error code 400. Unsupported operation.
    UnsupportedOperation(crate::types::UnsupportedOperation),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListQueuesError, { 0 => RequestThrottled, 1 => InvalidSecurity, 2 => InvalidAddress,
    3 => UnsupportedOperation }
);
/// The errors `PurgeQueue` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PurgeQueueError {
    /// Ensure that the `QueueUrl` is correct and that the queue has not been deleted.
    QueueDoesNotExist(crate::types::QueueDoesNotExist),
    /// Indicates that the specified queue previously received a `PurgeQueue` request within the last 60 seconds (the time it can take to delete the messages in the queue).
    PurgeQueueInProgress(crate::types::PurgeQueueInProgress),
    /// The request was denied due to request throttling.
    ///
    /// - Exceeds the permitted request rate for the queue or for the recipient of the request.
    ///
    /// - Ensure that the request rate is within the Amazon SQS limits for sending messages. For more information, see [Amazon SQS quotas](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-quotas.html#quotas-requests) in the *Amazon SQS Developer Guide*.
    RequestThrottled(crate::types::RequestThrottled),
    /// The specified ID is invalid.
    InvalidAddress(crate::types::InvalidAddress),
    /// The request was not made over HTTPS or did not use SigV4 for signing.
    InvalidSecurity(crate::types::InvalidSecurity),
    /// Error code 400. Unsupported operation.
    UnsupportedOperation(crate::types::UnsupportedOperation),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PurgeQueueError, { 0 => QueueDoesNotExist, 1 => PurgeQueueInProgress, 2 =>
    RequestThrottled, 3 => InvalidAddress, 4 => InvalidSecurity, 5 =>
    UnsupportedOperation }
);
/// The errors `ReceiveMessage` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ReceiveMessageError {
    /// Error code 400. Unsupported operation.
    UnsupportedOperation(crate::types::UnsupportedOperation),
    /// The specified action violates a limit. For example, `ReceiveMessage` returns this error if the maximum number of in flight messages is reached and `AddPermission` returns this error if the maximum number of permissions for the queue is reached.
    OverLimit(crate::types::OverLimit),
    /// The request was denied due to request throttling.
    ///
    /// - Exceeds the permitted request rate for the queue or for the recipient of the request.
    ///
    /// - Ensure that the request rate is within the Amazon SQS limits for sending messages. For more information, see [Amazon SQS quotas](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-quotas.html#quotas-requests) in the *Amazon SQS Developer Guide*.
    RequestThrottled(crate::types::RequestThrottled),
    /// Ensure that the `QueueUrl` is correct and that the queue has not been deleted.
    QueueDoesNotExist(crate::types::QueueDoesNotExist),
    /// The request was not made over HTTPS or did not use SigV4 for signing.
    InvalidSecurity(crate::types::InvalidSecurity),
    /// The request was denied due to request throttling.
    KmsDisabled(crate::types::KmsDisabled),
    /// The request was rejected because the state of the specified resource is not valid for this request.
    KmsInvalidState(crate::types::KmsInvalidState),
    /// The request was rejected because the specified entity or resource could not be found.
    KmsNotFound(crate::types::KmsNotFound),
    /// The request was rejected because the specified key policy isn't syntactically or semantically correct.
    KmsOptInRequired(crate::types::KmsOptInRequired),
    /// Amazon Web Services KMS throttles requests for the following conditions.
    KmsThrottled(crate::types::KmsThrottled),
    /// The caller doesn't have the required KMS access.
    KmsAccessDenied(crate::types::KmsAccessDenied),
    /// The request was rejected for one of the following reasons:
    ///
    /// - The KeyUsage value of the KMS key is incompatible with the API operation.
    ///
    /// - The encryption algorithm or signing algorithm specified for the operation is incompatible with the type of key material in the KMS key (KeySpec).
    KmsInvalidKeyUsage(crate::types::KmsInvalidKeyUsage),
    /// The specified ID is invalid.
    InvalidAddress(crate::types::InvalidAddress),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ReceiveMessageError, { 0 => UnsupportedOperation, 1 => OverLimit, 2 =>
    RequestThrottled, 3 => QueueDoesNotExist, 4 => InvalidSecurity, 5 => KmsDisabled, 6
    => KmsInvalidState, 7 => KmsNotFound, 8 => KmsOptInRequired, 9 => KmsThrottled, 10 =>
    KmsAccessDenied, 11 => KmsInvalidKeyUsage, 12 => InvalidAddress }
);
/// The errors `RemovePermission` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RemovePermissionError {
    /// The specified ID is invalid.
    InvalidAddress(crate::types::InvalidAddress),
    /// The request was denied due to request throttling.
    ///
    /// - Exceeds the permitted request rate for the queue or for the recipient of the request.
    ///
    /// - Ensure that the request rate is within the Amazon SQS limits for sending messages. For more information, see [Amazon SQS quotas](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-quotas.html#quotas-requests) in the *Amazon SQS Developer Guide*.
    RequestThrottled(crate::types::RequestThrottled),
    /// Ensure that the `QueueUrl` is correct and that the queue has not been deleted.
    QueueDoesNotExist(crate::types::QueueDoesNotExist),
    /// The request was not made over HTTPS or did not use SigV4 for signing.
    InvalidSecurity(crate::types::InvalidSecurity),
    /// Error code 400. Unsupported operation.
    UnsupportedOperation(crate::types::UnsupportedOperation),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    RemovePermissionError, { 0 => InvalidAddress, 1 => RequestThrottled, 2 =>
    QueueDoesNotExist, 3 => InvalidSecurity, 4 => UnsupportedOperation }
);
/// The errors `SendMessage` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum SendMessageError {
    /// The message contains characters outside the allowed set.
    InvalidMessageContents(crate::types::InvalidMessageContents),
    /// Error code 400. Unsupported operation.
    UnsupportedOperation(crate::types::UnsupportedOperation),
    /// The request was denied due to request throttling.
    ///
    /// - Exceeds the permitted request rate for the queue or for the recipient of the request.
    ///
    /// - Ensure that the request rate is within the Amazon SQS limits for sending messages. For more information, see [Amazon SQS quotas](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-quotas.html#quotas-requests) in the *Amazon SQS Developer Guide*.
    RequestThrottled(crate::types::RequestThrottled),
    /// Ensure that the `QueueUrl` is correct and that the queue has not been deleted.
    QueueDoesNotExist(crate::types::QueueDoesNotExist),
    /// The request was not made over HTTPS or did not use SigV4 for signing.
    InvalidSecurity(crate::types::InvalidSecurity),
    /// The request was denied due to request throttling.
    KmsDisabled(crate::types::KmsDisabled),
    /// The request was rejected because the state of the specified resource is not valid for this request.
    KmsInvalidState(crate::types::KmsInvalidState),
    /// The request was rejected because the specified entity or resource could not be found.
    KmsNotFound(crate::types::KmsNotFound),
    /// The request was rejected because the specified key policy isn't syntactically or semantically correct.
    KmsOptInRequired(crate::types::KmsOptInRequired),
    /// Amazon Web Services KMS throttles requests for the following conditions.
    KmsThrottled(crate::types::KmsThrottled),
    /// The caller doesn't have the required KMS access.
    KmsAccessDenied(crate::types::KmsAccessDenied),
    /// The request was rejected for one of the following reasons:
    ///
    /// - The KeyUsage value of the KMS key is incompatible with the API operation.
    ///
    /// - The encryption algorithm or signing algorithm specified for the operation is incompatible with the type of key material in the KMS key (KeySpec).
    KmsInvalidKeyUsage(crate::types::KmsInvalidKeyUsage),
    /// The specified ID is invalid.
    InvalidAddress(crate::types::InvalidAddress),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    SendMessageError, { 0 => InvalidMessageContents, 1 => UnsupportedOperation, 2 =>
    RequestThrottled, 3 => QueueDoesNotExist, 4 => InvalidSecurity, 5 => KmsDisabled, 6
    => KmsInvalidState, 7 => KmsNotFound, 8 => KmsOptInRequired, 9 => KmsThrottled, 10 =>
    KmsAccessDenied, 11 => KmsInvalidKeyUsage, 12 => InvalidAddress }
);
/// The errors `SendMessageBatch` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum SendMessageBatchError {
    /// The batch request contains more entries than permissible. For Amazon SQS, the maximum number of entries you can include in a single [SendMessageBatch](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessageBatch.html), [DeleteMessageBatch](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_DeleteMessageBatch.html), or [ChangeMessageVisibilityBatch](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ChangeMessageVisibilityBatch.html) request is 10.
    TooManyEntriesInBatchRequest(crate::types::TooManyEntriesInBatchRequest),
    /// The batch request doesn't contain any entries.
    EmptyBatchRequest(crate::types::EmptyBatchRequest),
    /// Two or more batch entries in the request have the same `Id`.
    BatchEntryIdsNotDistinct(crate::types::BatchEntryIdsNotDistinct),
    /// The length of all the messages put together is more than the limit.
    BatchRequestTooLong(crate::types::BatchRequestTooLong),
    /// The `Id` of a batch entry in a batch request doesn't abide by the specification.
    InvalidBatchEntryId(crate::types::InvalidBatchEntryId),
    /// Error code 400. Unsupported operation.
    UnsupportedOperation(crate::types::UnsupportedOperation),
    /// The request was denied due to request throttling.
    ///
    /// - Exceeds the permitted request rate for the queue or for the recipient of the request.
    ///
    /// - Ensure that the request rate is within the Amazon SQS limits for sending messages. For more information, see [Amazon SQS quotas](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-quotas.html#quotas-requests) in the *Amazon SQS Developer Guide*.
    RequestThrottled(crate::types::RequestThrottled),
    /// Ensure that the `QueueUrl` is correct and that the queue has not been deleted.
    QueueDoesNotExist(crate::types::QueueDoesNotExist),
    /// The request was not made over HTTPS or did not use SigV4 for signing.
    InvalidSecurity(crate::types::InvalidSecurity),
    /// The request was denied due to request throttling.
    KmsDisabled(crate::types::KmsDisabled),
    /// The request was rejected because the state of the specified resource is not valid for this request.
    KmsInvalidState(crate::types::KmsInvalidState),
    /// The request was rejected because the specified entity or resource could not be found.
    KmsNotFound(crate::types::KmsNotFound),
    /// The request was rejected because the specified key policy isn't syntactically or semantically correct.
    KmsOptInRequired(crate::types::KmsOptInRequired),
    /// Amazon Web Services KMS throttles requests for the following conditions.
    KmsThrottled(crate::types::KmsThrottled),
    /// The caller doesn't have the required KMS access.
    KmsAccessDenied(crate::types::KmsAccessDenied),
    /// The request was rejected for one of the following reasons:
    ///
    /// - The KeyUsage value of the KMS key is incompatible with the API operation.
    ///
    /// - The encryption algorithm or signing algorithm specified for the operation is incompatible with the type of key material in the KMS key (KeySpec).
    KmsInvalidKeyUsage(crate::types::KmsInvalidKeyUsage),
    /// The specified ID is invalid.
    InvalidAddress(crate::types::InvalidAddress),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    SendMessageBatchError, { 0 => TooManyEntriesInBatchRequest, 1 => EmptyBatchRequest, 2
    => BatchEntryIdsNotDistinct, 3 => BatchRequestTooLong, 4 => InvalidBatchEntryId, 5 =>
    UnsupportedOperation, 6 => RequestThrottled, 7 => QueueDoesNotExist, 8 =>
    InvalidSecurity, 9 => KmsDisabled, 10 => KmsInvalidState, 11 => KmsNotFound, 12 =>
    KmsOptInRequired, 13 => KmsThrottled, 14 => KmsAccessDenied, 15 =>
    KmsInvalidKeyUsage, 16 => InvalidAddress }
);
/// The errors `SetQueueAttributes` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum SetQueueAttributesError {
    /// The specified attribute doesn't exist.
    InvalidAttributeName(crate::types::InvalidAttributeName),
    /// A queue attribute value is invalid.
    InvalidAttributeValue(crate::types::InvalidAttributeValue),
    /// The request was denied due to request throttling.
    ///
    /// - Exceeds the permitted request rate for the queue or for the recipient of the request.
    ///
    /// - Ensure that the request rate is within the Amazon SQS limits for sending messages. For more information, see [Amazon SQS quotas](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-quotas.html#quotas-requests) in the *Amazon SQS Developer Guide*.
    RequestThrottled(crate::types::RequestThrottled),
    /// Ensure that the `QueueUrl` is correct and that the queue has not been deleted.
    QueueDoesNotExist(crate::types::QueueDoesNotExist),
    /// Error code 400. Unsupported operation.
    UnsupportedOperation(crate::types::UnsupportedOperation),
    /// The specified action violates a limit. For example, `ReceiveMessage` returns this error if the maximum number of in flight messages is reached and `AddPermission` returns this error if the maximum number of permissions for the queue is reached.
    OverLimit(crate::types::OverLimit),
    /// The specified ID is invalid.
    InvalidAddress(crate::types::InvalidAddress),
    /// The request was not made over HTTPS or did not use SigV4 for signing.
    InvalidSecurity(crate::types::InvalidSecurity),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    SetQueueAttributesError, { 0 => InvalidAttributeName, 1 => InvalidAttributeValue, 2
    => RequestThrottled, 3 => QueueDoesNotExist, 4 => UnsupportedOperation, 5 =>
    OverLimit, 6 => InvalidAddress, 7 => InvalidSecurity }
);
/// The errors `StartMessageMoveTask` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum StartMessageMoveTaskError {
    /// One or more specified resources don't exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The request was denied due to request throttling.
    ///
    /// - Exceeds the permitted request rate for the queue or for the recipient of the request.
    ///
    /// - Ensure that the request rate is within the Amazon SQS limits for sending messages. For more information, see [Amazon SQS quotas](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-quotas.html#quotas-requests) in the *Amazon SQS Developer Guide*.
    RequestThrottled(crate::types::RequestThrottled),
    /// The specified ID is invalid.
    InvalidAddress(crate::types::InvalidAddress),
    /// The request was not made over HTTPS or did not use SigV4 for signing.
    InvalidSecurity(crate::types::InvalidSecurity),
    /// Error code 400. Unsupported operation.
    UnsupportedOperation(crate::types::UnsupportedOperation),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    StartMessageMoveTaskError, { 0 => ResourceNotFoundException, 1 => RequestThrottled, 2
    => InvalidAddress, 3 => InvalidSecurity, 4 => UnsupportedOperation }
);
/// The errors `TagQueue` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum TagQueueError {
    /// The specified ID is invalid.
    InvalidAddress(crate::types::InvalidAddress),
    /// The request was denied due to request throttling.
    ///
    /// - Exceeds the permitted request rate for the queue or for the recipient of the request.
    ///
    /// - Ensure that the request rate is within the Amazon SQS limits for sending messages. For more information, see [Amazon SQS quotas](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-quotas.html#quotas-requests) in the *Amazon SQS Developer Guide*.
    RequestThrottled(crate::types::RequestThrottled),
    /// Ensure that the `QueueUrl` is correct and that the queue has not been deleted.
    QueueDoesNotExist(crate::types::QueueDoesNotExist),
    /// The request was not made over HTTPS or did not use SigV4 for signing.
    InvalidSecurity(crate::types::InvalidSecurity),
    /// Error code 400. Unsupported operation.
    UnsupportedOperation(crate::types::UnsupportedOperation),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    TagQueueError, { 0 => InvalidAddress, 1 => RequestThrottled, 2 => QueueDoesNotExist,
    3 => InvalidSecurity, 4 => UnsupportedOperation }
);
/// The errors `UntagQueue` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UntagQueueError {
    /// The specified ID is invalid.
    InvalidAddress(crate::types::InvalidAddress),
    /// The request was denied due to request throttling.
    ///
    /// - Exceeds the permitted request rate for the queue or for the recipient of the request.
    ///
    /// - Ensure that the request rate is within the Amazon SQS limits for sending messages. For more information, see [Amazon SQS quotas](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-quotas.html#quotas-requests) in the *Amazon SQS Developer Guide*.
    RequestThrottled(crate::types::RequestThrottled),
    /// Ensure that the `QueueUrl` is correct and that the queue has not been deleted.
    QueueDoesNotExist(crate::types::QueueDoesNotExist),
    /// The request was not made over HTTPS or did not use SigV4 for signing.
    InvalidSecurity(crate::types::InvalidSecurity),
    /// Error code 400. Unsupported operation.
    UnsupportedOperation(crate::types::UnsupportedOperation),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UntagQueueError, { 0 => InvalidAddress, 1 => RequestThrottled, 2 =>
    QueueDoesNotExist, 3 => InvalidSecurity, 4 => UnsupportedOperation }
);

//! The service's shapes: structures, unions and enums.
#![allow(
    unused_imports,
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items
)]
use kumo_runtime as rt;
use super::schemas::*;
#[derive(Clone, Default, PartialEq)]
pub struct AddPermissionInput {
    /// The URL of the Amazon SQS queue to which permissions are added.
    ///
    /// Queue URLs and names are case-sensitive.
    pub queue_url: String,
    /// The unique identification of the permission you're setting (for example, `AliceSendMessage`). Maximum 80 characters. Allowed characters include alphanumeric characters, hyphens (`-`), and underscores (`\_`).
    pub label: String,
    /// The Amazon Web Services account numbers of the [principals](https://docs.aws.amazon.com/general/latest/gr/glos-chap.html#P) who are to receive permission. For information about locating the Amazon Web Services account identification, see [Your Amazon Web Services Identifiers](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-making-api-requests.html#sqs-api-request-authentication) in the *Amazon SQS Developer Guide*.
    pub aws_account_ids: Vec<String>,
    /// The action the client wants to allow for the specified principal. Valid values: the name of any action or `\*`.
    ///
    /// For more information about these actions, see [Overview of Managing Access Permissions to Your Amazon Simple Queue Service Resource](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-overview-of-managing-access.html) in the *Amazon SQS Developer Guide*.
    ///
    /// Specifying `SendMessage`, `DeleteMessage`, or `ChangeMessageVisibility` for `ActionName.n` also grants permissions for the corresponding batch versions of those actions: `SendMessageBatch`, `DeleteMessageBatch`, and `ChangeMessageVisibilityBatch`.
    pub actions: Vec<String>,
}
rt::structure!(
    AddPermissionInput, ADD_PERMISSION_INPUT, [queue_url, label, aws_account_ids,
    actions]
);
/// Two or more batch entries in the request have the same `Id`.
#[derive(Clone, Default, PartialEq)]
pub struct BatchEntryIdsNotDistinct {
    pub message: Option<String>,
}
rt::structure!(BatchEntryIdsNotDistinct, BATCH_ENTRY_IDS_NOT_DISTINCT, [message]);
/// The length of all the messages put together is more than the limit.
#[derive(Clone, Default, PartialEq)]
pub struct BatchRequestTooLong {
    pub message: Option<String>,
}
rt::structure!(BatchRequestTooLong, BATCH_REQUEST_TOO_LONG, [message]);
/// Gives a detailed description of the result of an action on each entry in the request.
#[derive(Clone, Default, PartialEq)]
pub struct BatchResultErrorEntry {
    /// The `Id` of an entry in a batch request.
    pub id: String,
    /// Specifies whether the error happened due to the caller of the batch API action.
    pub sender_fault: bool,
    /// An error code representing why the action failed on this entry.
    pub code: String,
    /// A message explaining why the action failed on this entry.
    pub message: Option<String>,
}
rt::structure!(
    BatchResultErrorEntry, BATCH_RESULT_ERROR_ENTRY, [id, sender_fault, code, message]
);
#[derive(Clone, Default, PartialEq)]
pub struct CancelMessageMoveTaskInput {
    /// An identifier associated with a message movement task.
    pub task_handle: String,
}
rt::structure!(
    CancelMessageMoveTaskInput, CANCEL_MESSAGE_MOVE_TASK_INPUT, [task_handle]
);
#[derive(Clone, Default, PartialEq)]
pub struct CancelMessageMoveTaskOutput {
    /// The approximate number of messages already moved to the destination queue.
    pub approximate_number_of_messages_moved: Option<i64>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CancelMessageMoveTaskOutput, CANCEL_MESSAGE_MOVE_TASK_OUTPUT,
    [approximate_number_of_messages_moved], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ChangeMessageVisibilityBatchInput {
    /// The URL of the Amazon SQS queue whose messages' visibility is changed.
    ///
    /// Queue URLs and names are case-sensitive.
    pub queue_url: String,
    /// Lists the receipt handles of the messages for which the visibility timeout must be changed.
    pub entries: Vec<ChangeMessageVisibilityBatchRequestEntry>,
}
rt::structure!(
    ChangeMessageVisibilityBatchInput, CHANGE_MESSAGE_VISIBILITY_BATCH_INPUT, [queue_url,
    entries]
);
/// Encloses a receipt handle and an entry ID for each message in ` ChangeMessageVisibilityBatch.`
#[derive(Clone, Default, PartialEq)]
pub struct ChangeMessageVisibilityBatchRequestEntry {
    /// An identifier for this particular receipt handle used to communicate the result.
    ///
    /// The `Id`s of a batch request need to be unique within a request.
    ///
    /// This identifier can have up to 80 characters. The following characters are accepted: alphanumeric characters, hyphens(-), and underscores (\_).
    pub id: String,
    /// A receipt handle.
    pub receipt_handle: String,
    /// The new value (in seconds) for the message's visibility timeout.
    pub visibility_timeout: Option<i32>,
}
rt::structure!(
    ChangeMessageVisibilityBatchRequestEntry,
    CHANGE_MESSAGE_VISIBILITY_BATCH_REQUEST_ENTRY, [id, receipt_handle,
    visibility_timeout]
);
/// For each message in the batch, the response contains a ` ChangeMessageVisibilityBatchResultEntry ` tag if the message succeeds or a ` BatchResultErrorEntry ` tag if the message fails.
#[derive(Clone, Default, PartialEq)]
pub struct ChangeMessageVisibilityBatchOutput {
    /// A list of ` ChangeMessageVisibilityBatchResultEntry ` items.
    pub successful: Vec<ChangeMessageVisibilityBatchResultEntry>,
    /// A list of ` BatchResultErrorEntry ` items.
    pub failed: Vec<BatchResultErrorEntry>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ChangeMessageVisibilityBatchOutput, CHANGE_MESSAGE_VISIBILITY_BATCH_OUTPUT,
    [successful, failed], meta = response_metadata
);
/// Encloses the `Id` of an entry in ` ChangeMessageVisibilityBatch.`
#[derive(Clone, Default, PartialEq)]
pub struct ChangeMessageVisibilityBatchResultEntry {
    /// Represents a message whose visibility timeout has been changed successfully.
    pub id: String,
}
rt::structure!(
    ChangeMessageVisibilityBatchResultEntry,
    CHANGE_MESSAGE_VISIBILITY_BATCH_RESULT_ENTRY, [id]
);
#[derive(Clone, Default, PartialEq)]
pub struct ChangeMessageVisibilityInput {
    /// The URL of the Amazon SQS queue whose message's visibility is changed.
    ///
    /// Queue URLs and names are case-sensitive.
    pub queue_url: String,
    /// The receipt handle associated with the message, whose visibility timeout is changed. This parameter is returned by the ` ReceiveMessage ` action.
    pub receipt_handle: String,
    /// The new value for the message's visibility timeout (in seconds). Values range: `0` to `43200`. Maximum: 12 hours.
    pub visibility_timeout: i32,
}
rt::structure!(
    ChangeMessageVisibilityInput, CHANGE_MESSAGE_VISIBILITY_INPUT, [queue_url,
    receipt_handle, visibility_timeout]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateQueueInput {
    /// The name of the new queue. The following limits apply to this name:
    ///
    /// - A queue name can have up to 80 characters.
    ///
    /// - Valid values: alphanumeric characters, hyphens (`-`), and underscores (`\_`).
    ///
    /// - A FIFO queue name must end with the `.fifo` suffix.
    ///
    /// Queue URLs and names are case-sensitive.
    pub queue_name: String,
    /// A map of attributes with their corresponding values.
    ///
    /// The following lists the names, descriptions, and values of the special request parameters that the `CreateQueue` action uses:
    ///
    /// - `DelaySeconds` – The length of time, in seconds, for which the delivery of all messages in the queue is delayed. Valid values: An integer from 0 to 900 seconds (15 minutes). Default: 0.
    ///
    /// - `MaximumMessageSize` – The limit of how many bytes a message can contain before Amazon SQS rejects it. Valid values: An integer from 1,024 bytes (1 KiB) to 1,048,576 bytes (1 MiB). Default: 1,048,576 bytes (1 MiB).
    ///
    /// - `MessageRetentionPeriod` – The length of time, in seconds, for which Amazon SQS retains a message. Valid values: An integer from 60 seconds (1 minute) to 1,209,600 seconds (14 days). Default: 345,600 (4 days). When you change a queue's attributes, the change can take up to 60 seconds for most of the attributes to propagate throughout the Amazon SQS system. Changes made to the `MessageRetentionPeriod` attribute can take up to 15 minutes and will impact existing messages in the queue potentially causing them to be expired and deleted if the `MessageRetentionPeriod` is reduced below the age of existing messages.
    ///
    /// - `Policy` – The queue's policy. A valid Amazon Web Services policy. For more information about policy structure, see [Overview of Amazon Web Services IAM Policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/PoliciesOverview.html) in the *IAM User Guide*.
    ///
    /// - `ReceiveMessageWaitTimeSeconds` – The length of time, in seconds, for which a ` ReceiveMessage ` action waits for a message to arrive. Valid values: An integer from 0 to 20 (seconds). Default: 0.
    ///
    /// - `VisibilityTimeout` – The visibility timeout for the queue, in seconds. Valid values: An integer from 0 to 43,200 (12 hours). Default: 30. For more information about the visibility timeout, see [Visibility Timeout](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-visibility-timeout.html) in the *Amazon SQS Developer Guide*.
    ///
    /// The following attributes apply only to [dead-letter queues:](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html)
    ///
    /// - `RedrivePolicy` – The string that includes the parameters for the dead-letter queue functionality of the source queue as a JSON object. The parameters are as follows:
    ///
    ///   - `deadLetterTargetArn` – The Amazon Resource Name (ARN) of the dead-letter queue to which Amazon SQS moves messages after the value of `maxReceiveCount` is exceeded.
    ///
    ///   - `maxReceiveCount` – The number of times a message is delivered to the source queue before being moved to the dead-letter queue. Default: 10. When the `ReceiveCount` for a message exceeds the `maxReceiveCount` for a queue, Amazon SQS moves the message to the dead-letter-queue.
    ///
    /// - `RedriveAllowPolicy` – The string that includes the parameters for the permissions for the dead-letter queue redrive permission and which source queues can specify dead-letter queues as a JSON object. The parameters are as follows:
    ///
    ///   - `redrivePermission` – The permission type that defines which source queues can specify the current queue as the dead-letter queue. Valid values are:
    ///
    ///   - `allowAll` – (Default) Any source queues in this Amazon Web Services account in the same Region can specify this queue as the dead-letter queue.
    ///
    ///   - `denyAll` – No source queues can specify this queue as the dead-letter queue.
    ///
    ///   - `byQueue` – Only queues specified by the `sourceQueueArns` parameter can specify this queue as the dead-letter queue.
    ///
    ///   - `sourceQueueArns` – The Amazon Resource Names (ARN)s of the source queues that can specify this queue as the dead-letter queue and redrive messages. You can specify this parameter only when the `redrivePermission` parameter is set to `byQueue`. You can specify up to 10 source queue ARNs. To allow more than 10 source queues to specify dead-letter queues, set the `redrivePermission` parameter to `allowAll`.
    ///
    /// The dead-letter queue of a FIFO queue must also be a FIFO queue. Similarly, the dead-letter queue of a standard queue must also be a standard queue.
    ///
    /// The following attributes apply only to [server-side-encryption](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html):
    ///
    /// - `KmsMasterKeyId` – The ID of an Amazon Web Services managed customer master key (CMK) for Amazon SQS or a custom CMK. For more information, see [Key Terms](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html#sqs-sse-key-terms). While the alias of the Amazon Web Services managed CMK for Amazon SQS is always `alias/aws/sqs`, the alias of a custom CMK can, for example, be `alias/*MyAlias* `. For more examples, see [KeyId](https://docs.aws.amazon.com/kms/latest/APIReference/API_DescribeKey.html#API_DescribeKey_RequestParameters) in the *Key Management Service API Reference*.
    ///
    /// - `KmsDataKeyReusePeriodSeconds` – The length of time, in seconds, for which Amazon SQS can reuse a [data key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#data-keys) to encrypt or decrypt messages before calling KMS again. An integer representing seconds, between 60 seconds (1 minute) and 86,400 seconds (24 hours). Default: 300 (5 minutes). A shorter time period provides better security but results in more calls to KMS which might incur charges after Free Tier. For more information, see [How Does the Data Key Reuse Period Work?](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html#sqs-how-does-the-data-key-reuse-period-work)
    ///
    /// - `SqsManagedSseEnabled` – Enables server-side queue encryption using SQS owned encryption keys. Only one server-side encryption option is supported per queue (for example, [SSE-KMS](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-configure-sse-existing-queue.html) or [SSE-SQS](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-configure-sqs-sse-queue.html)).
    ///
    /// The following attributes apply only to [FIFO (first-in-first-out) queues](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/FIFO-queues.html):
    ///
    /// - `FifoQueue` – Designates a queue as FIFO. Valid values are `true` and `false`. If you don't specify the `FifoQueue` attribute, Amazon SQS creates a standard queue. You can provide this attribute only during queue creation. You can't change it for an existing queue. When you set this attribute, you must also provide the `MessageGroupId` for your messages explicitly.
    ///
    /// For more information, see [FIFO queue logic](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/FIFO-queues-understanding-logic.html) in the *Amazon SQS Developer Guide*.
    ///
    /// - `ContentBasedDeduplication` – Enables content-based deduplication. Valid values are `true` and `false`. For more information, see [Exactly-once processing](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/FIFO-queues-exactly-once-processing.html) in the *Amazon SQS Developer Guide*. Note the following:
    ///
    ///   - Every message must have a unique `MessageDeduplicationId`.
    ///
    ///   - You may provide a `MessageDeduplicationId` explicitly.
    ///
    ///   - If you aren't able to provide a `MessageDeduplicationId` and you enable `ContentBasedDeduplication` for your queue, Amazon SQS uses a SHA-256 hash to generate the `MessageDeduplicationId` using the body of the message (but not the attributes of the message).
    ///
    ///   - If you don't provide a `MessageDeduplicationId` and the queue doesn't have `ContentBasedDeduplication` set, the action fails with an error.
    ///
    ///   - If the queue has `ContentBasedDeduplication` set, your `MessageDeduplicationId` overrides the generated one.
    ///
    ///   - When `ContentBasedDeduplication` is in effect, messages with identical content sent within the deduplication interval are treated as duplicates and only one copy of the message is delivered.
    ///
    ///   - If you send one message with `ContentBasedDeduplication` enabled and then another message with a `MessageDeduplicationId` that is the same as the one generated for the first `MessageDeduplicationId`, the two messages are treated as duplicates and only one copy of the message is delivered.
    ///
    /// The following attributes apply only to [high throughput for FIFO queues](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/high-throughput-fifo.html):
    ///
    /// - `DeduplicationScope` – Specifies whether message deduplication occurs at the message group or queue level. Valid values are `messageGroup` and `queue`.
    ///
    /// - `FifoThroughputLimit` – Specifies whether the FIFO queue throughput quota applies to the entire queue or per message group. Valid values are `perQueue` and `perMessageGroupId`. The `perMessageGroupId` value is allowed only when the value for `DeduplicationScope` is `messageGroup`.
    ///
    /// To enable high throughput for FIFO queues, do the following:
    ///
    /// - Set `DeduplicationScope` to `messageGroup`.
    ///
    /// - Set `FifoThroughputLimit` to `perMessageGroupId`.
    ///
    /// If you set these attributes to anything other than the values shown for enabling high throughput, normal throughput is in effect and deduplication occurs as specified.
    ///
    /// For information on throughput quotas, see [Quotas related to messages](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html) in the *Amazon SQS Developer Guide*.
    pub attributes: Option<rt::IndexMap<String, String>>,
    /// Add cost allocation tags to the specified Amazon SQS queue. For an overview, see [Tagging Your Amazon SQS Queues](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-queue-tags.html) in the *Amazon SQS Developer Guide*.
    ///
    /// When you use queue tags, keep the following guidelines in mind:
    ///
    /// - Adding more than 50 tags to a queue isn't recommended.
    ///
    /// - Tags don't have any semantic meaning. Amazon SQS interprets tags as character strings.
    ///
    /// - Tags are case-sensitive.
    ///
    /// - A new tag with a key identical to that of an existing tag overwrites the existing tag.
    ///
    /// For a full list of tag restrictions, see [Quotas related to queues](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-limits.html#limits-queues) in the *Amazon SQS Developer Guide*.
    ///
    /// To be able to tag a queue on creation, you must have the `sqs:CreateQueue` and `sqs:TagQueue` permissions.
    ///
    /// Cross-account permissions don't apply to this action. For more information, see [Grant cross-account permissions to a role and a username](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-customer-managed-policy-examples.html#grant-cross-account-permissions-to-role-and-user-name) in the *Amazon SQS Developer Guide*.
    pub tags: Option<rt::IndexMap<String, String>>,
}
rt::structure!(CreateQueueInput, CREATE_QUEUE_INPUT, [queue_name, attributes, tags]);
/// Returns the `QueueUrl` attribute of the created queue.
#[derive(Clone, Default, PartialEq)]
pub struct CreateQueueOutput {
    /// The URL of the created Amazon SQS queue.
    pub queue_url: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateQueueOutput, CREATE_QUEUE_OUTPUT, [queue_url], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteMessageBatchInput {
    /// The URL of the Amazon SQS queue from which messages are deleted.
    ///
    /// Queue URLs and names are case-sensitive.
    pub queue_url: String,
    /// Lists the receipt handles for the messages to be deleted.
    pub entries: Vec<DeleteMessageBatchRequestEntry>,
}
rt::structure!(
    DeleteMessageBatchInput, DELETE_MESSAGE_BATCH_INPUT, [queue_url, entries]
);
/// Encloses a receipt handle and an identifier for it.
#[derive(Clone, Default, PartialEq)]
pub struct DeleteMessageBatchRequestEntry {
    /// The identifier for this particular receipt handle. This is used to communicate the result.
    ///
    /// The `Id`s of a batch request need to be unique within a request.
    ///
    /// This identifier can have up to 80 characters. The following characters are accepted: alphanumeric characters, hyphens(-), and underscores (\_).
    pub id: String,
    /// A receipt handle.
    pub receipt_handle: String,
}
rt::structure!(
    DeleteMessageBatchRequestEntry, DELETE_MESSAGE_BATCH_REQUEST_ENTRY, [id,
    receipt_handle]
);
/// For each message in the batch, the response contains a ` DeleteMessageBatchResultEntry ` tag if the message is deleted or a ` BatchResultErrorEntry ` tag if the message can't be deleted.
#[derive(Clone, Default, PartialEq)]
pub struct DeleteMessageBatchOutput {
    /// A list of ` DeleteMessageBatchResultEntry ` items.
    pub successful: Vec<DeleteMessageBatchResultEntry>,
    /// A list of ` BatchResultErrorEntry ` items.
    pub failed: Vec<BatchResultErrorEntry>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DeleteMessageBatchOutput, DELETE_MESSAGE_BATCH_OUTPUT, [successful, failed], meta =
    response_metadata
);
/// Encloses the `Id` of an entry in ` DeleteMessageBatch.`
#[derive(Clone, Default, PartialEq)]
pub struct DeleteMessageBatchResultEntry {
    /// Represents a successfully deleted message.
    pub id: String,
}
rt::structure!(DeleteMessageBatchResultEntry, DELETE_MESSAGE_BATCH_RESULT_ENTRY, [id]);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteMessageInput {
    /// The URL of the Amazon SQS queue from which messages are deleted.
    ///
    /// Queue URLs and names are case-sensitive.
    pub queue_url: String,
    /// The receipt handle associated with the message to delete.
    pub receipt_handle: String,
}
rt::structure!(DeleteMessageInput, DELETE_MESSAGE_INPUT, [queue_url, receipt_handle]);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteQueueInput {
    /// The URL of the Amazon SQS queue to delete.
    ///
    /// Queue URLs and names are case-sensitive.
    pub queue_url: String,
}
rt::structure!(DeleteQueueInput, DELETE_QUEUE_INPUT, [queue_url]);
/// The batch request doesn't contain any entries.
#[derive(Clone, Default, PartialEq)]
pub struct EmptyBatchRequest {
    pub message: Option<String>,
}
rt::structure!(EmptyBatchRequest, EMPTY_BATCH_REQUEST, [message]);
#[derive(Clone, Default, PartialEq)]
pub struct GetQueueAttributesInput {
    /// The URL of the Amazon SQS queue whose attribute information is retrieved.
    ///
    /// Queue URLs and names are case-sensitive.
    pub queue_url: String,
    /// A list of attributes for which to retrieve information.
    ///
    /// The `AttributeNames` parameter is optional, but if you don't specify values for this parameter, the request returns empty results.
    ///
    /// In the future, new attributes might be added. If you write code that calls this action, we recommend that you structure your code so that it can handle new attributes gracefully.
    ///
    /// The following attributes are supported:
    ///
    /// The `ApproximateNumberOfMessagesDelayed`, `ApproximateNumberOfMessagesNotVisible`, and `ApproximateNumberOfMessages` metrics may not achieve consistency until at least 1 minute after the producers stop sending messages. This period is required for the queue metadata to reach eventual consistency.
    ///
    /// - `All` – Returns all values.
    ///
    /// - `ApproximateNumberOfMessages` – Returns the approximate number of messages available for retrieval from the queue.
    ///
    /// - `ApproximateNumberOfMessagesDelayed` – Returns the approximate number of messages in the queue that are delayed and not available for reading immediately. This can happen when the queue is configured as a delay queue or when a message has been sent with a delay parameter.
    ///
    /// - `ApproximateNumberOfMessagesNotVisible` – Returns the approximate number of messages that are in flight. Messages are considered to be *in flight* if they have been sent to a client but have not yet been deleted or have not yet reached the end of their visibility window.
    ///
    /// - `CreatedTimestamp` – Returns the time when the queue was created in seconds ([epoch time](http://en.wikipedia.org/wiki/Unix_time)).
    ///
    /// - `DelaySeconds` – Returns the default delay on the queue in seconds.
    ///
    /// - `LastModifiedTimestamp` – Returns the time when the queue was last changed in seconds ([epoch time](http://en.wikipedia.org/wiki/Unix_time)).
    ///
    /// - `MaximumMessageSize` – Returns the limit of how many bytes a message can contain before Amazon SQS rejects it.
    ///
    /// - `MessageRetentionPeriod` – Returns the length of time, in seconds, for which Amazon SQS retains a message. When you change a queue's attributes, the change can take up to 60 seconds for most of the attributes to propagate throughout the Amazon SQS system. Changes made to the `MessageRetentionPeriod` attribute can take up to 15 minutes and will impact existing messages in the queue potentially causing them to be expired and deleted if the `MessageRetentionPeriod` is reduced below the age of existing messages.
    ///
    /// - `Policy` – Returns the policy of the queue.
    ///
    /// - `QueueArn` – Returns the Amazon resource name (ARN) of the queue.
    ///
    /// - `ReceiveMessageWaitTimeSeconds` – Returns the length of time, in seconds, for which the `ReceiveMessage` action waits for a message to arrive.
    ///
    /// - `VisibilityTimeout` – Returns the visibility timeout for the queue. For more information about the visibility timeout, see [Visibility Timeout](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-visibility-timeout.html) in the *Amazon SQS Developer Guide*.
    ///
    /// The following attributes apply only to [dead-letter queues:](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html)
    ///
    /// - `RedrivePolicy` – The string that includes the parameters for the dead-letter queue functionality of the source queue as a JSON object. The parameters are as follows:
    ///
    ///   - `deadLetterTargetArn` – The Amazon Resource Name (ARN) of the dead-letter queue to which Amazon SQS moves messages after the value of `maxReceiveCount` is exceeded.
    ///
    ///   - `maxReceiveCount` – The number of times a message is delivered to the source queue before being moved to the dead-letter queue. Default: 10. When the `ReceiveCount` for a message exceeds the `maxReceiveCount` for a queue, Amazon SQS moves the message to the dead-letter-queue.
    ///
    /// - `RedriveAllowPolicy` – The string that includes the parameters for the permissions for the dead-letter queue redrive permission and which source queues can specify dead-letter queues as a JSON object. The parameters are as follows:
    ///
    ///   - `redrivePermission` – The permission type that defines which source queues can specify the current queue as the dead-letter queue. Valid values are:
    ///
    ///   - `allowAll` – (Default) Any source queues in this Amazon Web Services account in the same Region can specify this queue as the dead-letter queue.
    ///
    ///   - `denyAll` – No source queues can specify this queue as the dead-letter queue.
    ///
    ///   - `byQueue` – Only queues specified by the `sourceQueueArns` parameter can specify this queue as the dead-letter queue.
    ///
    ///   - `sourceQueueArns` – The Amazon Resource Names (ARN)s of the source queues that can specify this queue as the dead-letter queue and redrive messages. You can specify this parameter only when the `redrivePermission` parameter is set to `byQueue`. You can specify up to 10 source queue ARNs. To allow more than 10 source queues to specify dead-letter queues, set the `redrivePermission` parameter to `allowAll`.
    ///
    /// The dead-letter queue of a FIFO queue must also be a FIFO queue. Similarly, the dead-letter queue of a standard queue must also be a standard queue.
    ///
    /// The following attributes apply only to [server-side-encryption](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html):
    ///
    /// - `KmsMasterKeyId` – Returns the ID of an Amazon Web Services managed customer master key (CMK) for Amazon SQS or a custom CMK. For more information, see [Key Terms](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html#sqs-sse-key-terms).
    ///
    /// - `KmsDataKeyReusePeriodSeconds` – Returns the length of time, in seconds, for which Amazon SQS can reuse a data key to encrypt or decrypt messages before calling KMS again. For more information, see [How Does the Data Key Reuse Period Work?](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html#sqs-how-does-the-data-key-reuse-period-work).
    ///
    /// - `SqsManagedSseEnabled` – Returns information about whether the queue is using SSE-SQS encryption using SQS owned encryption keys. Only one server-side encryption option is supported per queue (for example, [SSE-KMS](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-configure-sse-existing-queue.html) or [SSE-SQS](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-configure-sqs-sse-queue.html)).
    ///
    /// The following attributes apply only to [FIFO (first-in-first-out) queues](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/FIFO-queues.html):
    ///
    /// - `FifoQueue` – Returns information about whether the queue is FIFO. For more information, see [FIFO queue logic](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/FIFO-queues-understanding-logic.html) in the *Amazon SQS Developer Guide*.
    ///
    /// To determine whether a queue is [FIFO](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/FIFO-queues.html), you can check whether `QueueName` ends with the `.fifo` suffix.
    ///
    /// - `ContentBasedDeduplication` – Returns whether content-based deduplication is enabled for the queue. For more information, see [Exactly-once processing](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/FIFO-queues-exactly-once-processing.html) in the *Amazon SQS Developer Guide*.
    ///
    /// The following attributes apply only to [high throughput for FIFO queues](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/high-throughput-fifo.html):
    ///
    /// - `DeduplicationScope` – Specifies whether message deduplication occurs at the message group or queue level. Valid values are `messageGroup` and `queue`.
    ///
    /// - `FifoThroughputLimit` – Specifies whether the FIFO queue throughput quota applies to the entire queue or per message group. Valid values are `perQueue` and `perMessageGroupId`. The `perMessageGroupId` value is allowed only when the value for `DeduplicationScope` is `messageGroup`.
    ///
    /// To enable high throughput for FIFO queues, do the following:
    ///
    /// - Set `DeduplicationScope` to `messageGroup`.
    ///
    /// - Set `FifoThroughputLimit` to `perMessageGroupId`.
    ///
    /// If you set these attributes to anything other than the values shown for enabling high throughput, normal throughput is in effect and deduplication occurs as specified.
    ///
    /// For information on throughput quotas, see [Quotas related to messages](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html) in the *Amazon SQS Developer Guide*.
    pub attribute_names: Option<Vec<QueueAttributeName>>,
}
rt::structure!(
    GetQueueAttributesInput, GET_QUEUE_ATTRIBUTES_INPUT, [queue_url, attribute_names]
);
/// A list of returned queue attributes.
#[derive(Clone, Default, PartialEq)]
pub struct GetQueueAttributesOutput {
    /// A map of attributes to their respective values.
    pub attributes: Option<rt::IndexMap<String, String>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetQueueAttributesOutput, GET_QUEUE_ATTRIBUTES_OUTPUT, [attributes], meta =
    response_metadata
);
/// Retrieves the URL of an existing queue based on its name and, optionally, the Amazon Web Services account ID.
#[derive(Clone, Default, PartialEq)]
pub struct GetQueueUrlInput {
    /// (Required) The name of the queue for which you want to fetch the URL. The name can be up to 80 characters long and can include alphanumeric characters, hyphens (-), and underscores (\_). Queue URLs and names are case-sensitive.
    pub queue_name: String,
    /// (Optional) The Amazon Web Services account ID of the account that created the queue. This is only required when you are attempting to access a queue owned by another Amazon Web Services account.
    pub queue_owner_aws_account_id: Option<String>,
}
rt::structure!(
    GetQueueUrlInput, GET_QUEUE_URL_INPUT, [queue_name, queue_owner_aws_account_id]
);
/// For more information, see [Interpreting Responses](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-api-responses.html) in the *Amazon SQS Developer Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct GetQueueUrlOutput {
    /// The URL of the queue.
    pub queue_url: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetQueueUrlOutput, GET_QUEUE_URL_OUTPUT, [queue_url], meta = response_metadata
);
/// The specified ID is invalid.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidAddress {
    pub message: Option<String>,
}
rt::structure!(InvalidAddress, INVALID_ADDRESS, [message]);
/// The specified attribute doesn't exist.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidAttributeName {
    pub message: Option<String>,
}
rt::structure!(InvalidAttributeName, INVALID_ATTRIBUTE_NAME, [message]);
/// A queue attribute value is invalid.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidAttributeValue {
    pub message: Option<String>,
}
rt::structure!(InvalidAttributeValue, INVALID_ATTRIBUTE_VALUE, [message]);
/// The `Id` of a batch entry in a batch request doesn't abide by the specification.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidBatchEntryId {
    pub message: Option<String>,
}
rt::structure!(InvalidBatchEntryId, INVALID_BATCH_ENTRY_ID, [message]);
/// The specified receipt handle isn't valid for the current version.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidIdFormat {}
rt::structure!(InvalidIdFormat, INVALID_ID_FORMAT, []);
/// The message contains characters outside the allowed set.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidMessageContents {
    pub message: Option<String>,
}
rt::structure!(InvalidMessageContents, INVALID_MESSAGE_CONTENTS, [message]);
/// The request was not made over HTTPS or did not use SigV4 for signing.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidSecurity {
    pub message: Option<String>,
}
rt::structure!(InvalidSecurity, INVALID_SECURITY, [message]);
/// The caller doesn't have the required KMS access.
#[derive(Clone, Default, PartialEq)]
pub struct KmsAccessDenied {
    pub message: Option<String>,
}
rt::structure!(KmsAccessDenied, KMS_ACCESS_DENIED, [message]);
/// The request was denied due to request throttling.
#[derive(Clone, Default, PartialEq)]
pub struct KmsDisabled {
    pub message: Option<String>,
}
rt::structure!(KmsDisabled, KMS_DISABLED, [message]);
/// The request was rejected for one of the following reasons:
///
/// - The KeyUsage value of the KMS key is incompatible with the API operation.
///
/// - The encryption algorithm or signing algorithm specified for the operation is incompatible with the type of key material in the KMS key (KeySpec).
#[derive(Clone, Default, PartialEq)]
pub struct KmsInvalidKeyUsage {
    pub message: Option<String>,
}
rt::structure!(KmsInvalidKeyUsage, KMS_INVALID_KEY_USAGE, [message]);
/// The request was rejected because the state of the specified resource is not valid for this request.
#[derive(Clone, Default, PartialEq)]
pub struct KmsInvalidState {
    pub message: Option<String>,
}
rt::structure!(KmsInvalidState, KMS_INVALID_STATE, [message]);
/// The request was rejected because the specified entity or resource could not be found.
#[derive(Clone, Default, PartialEq)]
pub struct KmsNotFound {
    pub message: Option<String>,
}
rt::structure!(KmsNotFound, KMS_NOT_FOUND, [message]);
/// The request was rejected because the specified key policy isn't syntactically or semantically correct.
#[derive(Clone, Default, PartialEq)]
pub struct KmsOptInRequired {
    pub message: Option<String>,
}
rt::structure!(KmsOptInRequired, KMS_OPT_IN_REQUIRED, [message]);
/// Amazon Web Services KMS throttles requests for the following conditions.
#[derive(Clone, Default, PartialEq)]
pub struct KmsThrottled {
    pub message: Option<String>,
}
rt::structure!(KmsThrottled, KMS_THROTTLED, [message]);
#[derive(Clone, Default, PartialEq)]
pub struct ListDeadLetterSourceQueuesInput {
    /// The URL of a dead-letter queue.
    ///
    /// Queue URLs and names are case-sensitive.
    pub queue_url: String,
    /// Pagination token to request the next set of results.
    pub next_token: Option<String>,
    /// Maximum number of results to include in the response. Value range is 1 to 1000. You must set `MaxResults` to receive a value for `NextToken` in the response.
    pub max_results: Option<i32>,
}
rt::structure!(
    ListDeadLetterSourceQueuesInput, LIST_DEAD_LETTER_SOURCE_QUEUES_INPUT, [queue_url,
    next_token, max_results]
);
/// A list of your dead letter source queues.
#[derive(Clone, Default, PartialEq)]
pub struct ListDeadLetterSourceQueuesOutput {
    /// A list of source queue URLs that have the `RedrivePolicy` queue attribute configured with a dead-letter queue.
    pub queue_urls: Vec<String>,
    /// Pagination token to include in the next request. Token value is `null` if there are no additional results to request, or if you did not set `MaxResults` in the request.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListDeadLetterSourceQueuesOutput, LIST_DEAD_LETTER_SOURCE_QUEUES_OUTPUT, [queue_urls,
    next_token], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListMessageMoveTasksInput {
    /// The ARN of the queue whose message movement tasks are to be listed.
    pub source_arn: String,
    /// The maximum number of results to include in the response. The default is 1, which provides the most recent message movement task. The upper limit is 10.
    pub max_results: Option<i32>,
}
rt::structure!(
    ListMessageMoveTasksInput, LIST_MESSAGE_MOVE_TASKS_INPUT, [source_arn, max_results]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListMessageMoveTasksOutput {
    /// A list of message movement tasks and their attributes.
    pub results: Option<Vec<ListMessageMoveTasksResultEntry>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListMessageMoveTasksOutput, LIST_MESSAGE_MOVE_TASKS_OUTPUT, [results], meta =
    response_metadata
);
/// Contains the details of a message movement task.
#[derive(Clone, Default, PartialEq)]
pub struct ListMessageMoveTasksResultEntry {
    /// An identifier associated with a message movement task. When this field is returned in the response of the `ListMessageMoveTasks` action, it is only populated for tasks that are in RUNNING status.
    pub task_handle: Option<String>,
    /// The status of the message movement task. Possible values are: RUNNING, COMPLETED, CANCELLING, CANCELLED, and FAILED.
    pub status: Option<String>,
    /// The ARN of the queue that contains the messages to be moved to another queue.
    pub source_arn: Option<String>,
    /// The ARN of the destination queue if it has been specified in the `StartMessageMoveTask` request. If a `DestinationArn` has not been specified in the `StartMessageMoveTask` request, this field value will be NULL.
    pub destination_arn: Option<String>,
    /// The number of messages to be moved per second (the message movement rate), if it has been specified in the `StartMessageMoveTask` request. If a `MaxNumberOfMessagesPerSecond` has not been specified in the `StartMessageMoveTask` request, this field value will be NULL.
    pub max_number_of_messages_per_second: Option<i32>,
    /// The approximate number of messages already moved to the destination queue.
    pub approximate_number_of_messages_moved: Option<i64>,
    /// The number of messages to be moved from the source queue. This number is obtained at the time of starting the message movement task and is only included after the message movement task is selected to start.
    pub approximate_number_of_messages_to_move: Option<i64>,
    /// The task failure reason (only included if the task status is FAILED).
    pub failure_reason: Option<String>,
    /// The timestamp of starting the message movement task.
    pub started_timestamp: Option<i64>,
}
rt::structure!(
    ListMessageMoveTasksResultEntry, LIST_MESSAGE_MOVE_TASKS_RESULT_ENTRY, [task_handle,
    status, source_arn, destination_arn, max_number_of_messages_per_second,
    approximate_number_of_messages_moved, approximate_number_of_messages_to_move,
    failure_reason, started_timestamp]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListQueueTagsInput {
    /// The URL of the queue.
    pub queue_url: String,
}
rt::structure!(ListQueueTagsInput, LIST_QUEUE_TAGS_INPUT, [queue_url]);
#[derive(Clone, Default, PartialEq)]
pub struct ListQueueTagsOutput {
    /// The list of all tags added to the specified queue.
    pub tags: Option<rt::IndexMap<String, String>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListQueueTagsOutput, LIST_QUEUE_TAGS_OUTPUT, [tags], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListQueuesInput {
    /// A string to use for filtering the list results. Only those queues whose name begins with the specified string are returned.
    ///
    /// Queue URLs and names are case-sensitive.
    pub queue_name_prefix: Option<String>,
    /// Pagination token to request the next set of results.
    pub next_token: Option<String>,
    /// Maximum number of results to include in the response. Value range is 1 to 1000. You must set `MaxResults` to receive a value for `NextToken` in the response.
    pub max_results: Option<i32>,
}
rt::structure!(
    ListQueuesInput, LIST_QUEUES_INPUT, [queue_name_prefix, next_token, max_results]
);
/// A list of your queues.
#[derive(Clone, Default, PartialEq)]
pub struct ListQueuesOutput {
    /// A list of queue URLs, up to 1,000 entries, or the value of `MaxResults` that you sent in the request.
    pub queue_urls: Option<Vec<String>>,
    /// Pagination token to include in the next request. Token value is `null` if there are no additional results to request, or if you did not set `MaxResults` in the request.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListQueuesOutput, LIST_QUEUES_OUTPUT, [queue_urls, next_token], meta =
    response_metadata
);
/// An Amazon SQS message.
#[derive(Clone, Default, PartialEq)]
pub struct Message {
    /// A unique identifier for the message. A `MessageId`is considered unique across all Amazon Web Services accounts for an extended period of time.
    pub message_id: Option<String>,
    /// An identifier associated with the act of receiving the message. A new receipt handle is returned every time you receive a message. When deleting a message, you provide the last received receipt handle to delete the message.
    pub receipt_handle: Option<String>,
    /// An MD5 digest of the non-URL-encoded message body string.
    pub md5_of_body: Option<String>,
    /// The message's contents (not URL-encoded).
    pub body: Option<String>,
    /// A map of the attributes requested in ` ReceiveMessage ` to their respective values. Supported attributes:
    ///
    /// - `ApproximateReceiveCount`
    ///
    /// - `ApproximateFirstReceiveTimestamp`
    ///
    /// - `MessageDeduplicationId`
    ///
    /// - `MessageGroupId`
    ///
    /// - `SenderId`
    ///
    /// - `SentTimestamp`
    ///
    /// - `SequenceNumber`
    ///
    /// `ApproximateFirstReceiveTimestamp` and `SentTimestamp` are each returned as an integer representing the [epoch time](http://en.wikipedia.org/wiki/Unix_time) in milliseconds.
    pub attributes: Option<rt::IndexMap<String, String>>,
    /// An MD5 digest of the non-URL-encoded message attribute string. You can use this attribute to verify that Amazon SQS received the message correctly. Amazon SQS URL-decodes the message before creating the MD5 digest. For information about MD5, see [RFC1321](https://www.ietf.org/rfc/rfc1321.txt).
    pub md5_of_message_attributes: Option<String>,
    /// Each message attribute consists of a `Name`, `Type`, and `Value`. For more information, see [Amazon SQS message attributes](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-message-metadata.html#sqs-message-attributes) in the *Amazon SQS Developer Guide*.
    pub message_attributes: Option<rt::IndexMap<String, MessageAttributeValue>>,
}
rt::structure!(
    Message, MESSAGE, [message_id, receipt_handle, md5_of_body, body, attributes,
    md5_of_message_attributes, message_attributes]
);
/// The user-specified message attribute value. For string data types, the `Value` attribute has the same restrictions on the content as the message body. For more information, see ` SendMessage.`
///
/// `Name`, `type`, `value` and the message body must not be empty or null. All parts of the message attribute, including `Name`, `Type`, and `Value`, are part of the message size restriction (1 MiB or 1,048,576 bytes).
#[derive(Clone, Default, PartialEq)]
pub struct MessageAttributeValue {
    /// Strings are Unicode with UTF-8 binary encoding. For a list of code values, see [ASCII Printable Characters](http://en.wikipedia.org/wiki/ASCII#ASCII_printable_characters).
    pub string_value: Option<String>,
    /// Binary type attributes can store any binary data, such as compressed data, encrypted data, or images.
    pub binary_value: Option<Vec<u8>>,
    /// Not implemented. Reserved for future use.
    pub string_list_values: Option<Vec<String>>,
    /// Not implemented. Reserved for future use.
    pub binary_list_values: Option<Vec<Vec<u8>>>,
    /// Amazon SQS supports the following logical data types: `String`, `Number`, and `Binary`. For the `Number` data type, you must use `StringValue`.
    ///
    /// You can also append custom labels. For more information, see [Amazon SQS Message Attributes](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-message-metadata.html#sqs-message-attributes) in the *Amazon SQS Developer Guide*.
    pub data_type: String,
}
rt::structure!(
    MessageAttributeValue, MESSAGE_ATTRIBUTE_VALUE, [string_value, binary_value,
    string_list_values, binary_list_values, data_type]
);
/// The specified message isn't in flight.
#[derive(Clone, Default, PartialEq)]
pub struct MessageNotInflight {}
rt::structure!(MessageNotInflight, MESSAGE_NOT_INFLIGHT, []);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MessageSystemAttributeName {
    /// `All`
    All,
    /// `SenderId`
    SenderId,
    /// `SentTimestamp`
    SentTimestamp,
    /// `ApproximateReceiveCount`
    ApproximateReceiveCount,
    /// `ApproximateFirstReceiveTimestamp`
    ApproximateFirstReceiveTimestamp,
    /// `SequenceNumber`
    SequenceNumber,
    /// `MessageDeduplicationId`
    MessageDeduplicationId,
    /// `MessageGroupId`
    MessageGroupId,
    /// `AWSTraceHeader`
    AwsTraceHeader,
    /// `DeadLetterQueueSourceArn`
    DeadLetterQueueSourceArn,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    MessageSystemAttributeName, { All => "All", SenderId => "SenderId", SentTimestamp =>
    "SentTimestamp", ApproximateReceiveCount => "ApproximateReceiveCount",
    ApproximateFirstReceiveTimestamp => "ApproximateFirstReceiveTimestamp",
    SequenceNumber => "SequenceNumber", MessageDeduplicationId =>
    "MessageDeduplicationId", MessageGroupId => "MessageGroupId", AwsTraceHeader =>
    "AWSTraceHeader", DeadLetterQueueSourceArn => "DeadLetterQueueSourceArn" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MessageSystemAttributeNameForSends {
    /// `AWSTraceHeader`
    AwsTraceHeader,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    MessageSystemAttributeNameForSends, { AwsTraceHeader => "AWSTraceHeader" }
);
/// The user-specified message system attribute value. For string data types, the `Value` attribute has the same restrictions on the content as the message body. For more information, see ` SendMessage.`
///
/// `Name`, `type`, `value` and the message body must not be empty or null.
#[derive(Clone, Default, PartialEq)]
pub struct MessageSystemAttributeValue {
    /// Strings are Unicode with UTF-8 binary encoding. For a list of code values, see [ASCII Printable Characters](http://en.wikipedia.org/wiki/ASCII#ASCII_printable_characters).
    pub string_value: Option<String>,
    /// Binary type attributes can store any binary data, such as compressed data, encrypted data, or images.
    pub binary_value: Option<Vec<u8>>,
    /// Not implemented. Reserved for future use.
    pub string_list_values: Option<Vec<String>>,
    /// Not implemented. Reserved for future use.
    pub binary_list_values: Option<Vec<Vec<u8>>>,
    /// Amazon SQS supports the following logical data types: `String`, `Number`, and `Binary`. For the `Number` data type, you must use `StringValue`.
    ///
    /// You can also append custom labels. For more information, see [Amazon SQS Message Attributes](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-message-metadata.html#sqs-message-attributes) in the *Amazon SQS Developer Guide*.
    pub data_type: String,
}
rt::structure!(
    MessageSystemAttributeValue, MESSAGE_SYSTEM_ATTRIBUTE_VALUE, [string_value,
    binary_value, string_list_values, binary_list_values, data_type]
);
/// The specified action violates a limit. For example, `ReceiveMessage` returns this error if the maximum number of in flight messages is reached and `AddPermission` returns this error if the maximum number of permissions for the queue is reached.
#[derive(Clone, Default, PartialEq)]
pub struct OverLimit {
    pub message: Option<String>,
}
rt::structure!(OverLimit, OVER_LIMIT, [message]);
/// Indicates that the specified queue previously received a `PurgeQueue` request within the last 60 seconds (the time it can take to delete the messages in the queue).
#[derive(Clone, Default, PartialEq)]
pub struct PurgeQueueInProgress {
    pub message: Option<String>,
}
rt::structure!(PurgeQueueInProgress, PURGE_QUEUE_IN_PROGRESS, [message]);
#[derive(Clone, Default, PartialEq)]
pub struct PurgeQueueInput {
    /// The URL of the queue from which the `PurgeQueue` action deletes messages.
    ///
    /// Queue URLs and names are case-sensitive.
    pub queue_url: String,
}
rt::structure!(PurgeQueueInput, PURGE_QUEUE_INPUT, [queue_url]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum QueueAttributeName {
    /// `All`
    All,
    /// `Policy`
    Policy,
    /// `VisibilityTimeout`
    VisibilityTimeout,
    /// `MaximumMessageSize`
    MaximumMessageSize,
    /// `MessageRetentionPeriod`
    MessageRetentionPeriod,
    /// `ApproximateNumberOfMessages`
    ApproximateNumberOfMessages,
    /// `ApproximateNumberOfMessagesNotVisible`
    ApproximateNumberOfMessagesNotVisible,
    /// `CreatedTimestamp`
    CreatedTimestamp,
    /// `LastModifiedTimestamp`
    LastModifiedTimestamp,
    /// `QueueArn`
    QueueArn,
    /// `ApproximateNumberOfMessagesDelayed`
    ApproximateNumberOfMessagesDelayed,
    /// `DelaySeconds`
    DelaySeconds,
    /// `ReceiveMessageWaitTimeSeconds`
    ReceiveMessageWaitTimeSeconds,
    /// `RedrivePolicy`
    RedrivePolicy,
    /// `FifoQueue`
    FifoQueue,
    /// `ContentBasedDeduplication`
    ContentBasedDeduplication,
    /// `KmsMasterKeyId`
    KmsMasterKeyId,
    /// `KmsDataKeyReusePeriodSeconds`
    KmsDataKeyReusePeriodSeconds,
    /// `DeduplicationScope`
    DeduplicationScope,
    /// `FifoThroughputLimit`
    FifoThroughputLimit,
    /// `RedriveAllowPolicy`
    RedriveAllowPolicy,
    /// `SqsManagedSseEnabled`
    SqsManagedSseEnabled,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    QueueAttributeName, { All => "All", Policy => "Policy", VisibilityTimeout =>
    "VisibilityTimeout", MaximumMessageSize => "MaximumMessageSize",
    MessageRetentionPeriod => "MessageRetentionPeriod", ApproximateNumberOfMessages =>
    "ApproximateNumberOfMessages", ApproximateNumberOfMessagesNotVisible =>
    "ApproximateNumberOfMessagesNotVisible", CreatedTimestamp => "CreatedTimestamp",
    LastModifiedTimestamp => "LastModifiedTimestamp", QueueArn => "QueueArn",
    ApproximateNumberOfMessagesDelayed => "ApproximateNumberOfMessagesDelayed",
    DelaySeconds => "DelaySeconds", ReceiveMessageWaitTimeSeconds =>
    "ReceiveMessageWaitTimeSeconds", RedrivePolicy => "RedrivePolicy", FifoQueue =>
    "FifoQueue", ContentBasedDeduplication => "ContentBasedDeduplication", KmsMasterKeyId
    => "KmsMasterKeyId", KmsDataKeyReusePeriodSeconds => "KmsDataKeyReusePeriodSeconds",
    DeduplicationScope => "DeduplicationScope", FifoThroughputLimit =>
    "FifoThroughputLimit", RedriveAllowPolicy => "RedriveAllowPolicy",
    SqsManagedSseEnabled => "SqsManagedSseEnabled" }
);
/// You must wait 60 seconds after deleting a queue before you can create another queue with the same name.
#[derive(Clone, Default, PartialEq)]
pub struct QueueDeletedRecently {
    pub message: Option<String>,
}
rt::structure!(QueueDeletedRecently, QUEUE_DELETED_RECENTLY, [message]);
/// Ensure that the `QueueUrl` is correct and that the queue has not been deleted.
#[derive(Clone, Default, PartialEq)]
pub struct QueueDoesNotExist {
    pub message: Option<String>,
}
rt::structure!(QueueDoesNotExist, QUEUE_DOES_NOT_EXIST, [message]);
/// A queue with this name already exists. Amazon SQS returns this error only if the request includes attributes whose values differ from those of the existing queue.
#[derive(Clone, Default, PartialEq)]
pub struct QueueNameExists {
    pub message: Option<String>,
}
rt::structure!(QueueNameExists, QUEUE_NAME_EXISTS, [message]);
/// The specified receipt handle isn't valid.
#[derive(Clone, Default, PartialEq)]
pub struct ReceiptHandleIsInvalid {
    pub message: Option<String>,
}
rt::structure!(ReceiptHandleIsInvalid, RECEIPT_HANDLE_IS_INVALID, [message]);
/// Retrieves one or more messages from a specified queue.
#[derive(Clone, Default, PartialEq)]
pub struct ReceiveMessageInput {
    /// The URL of the Amazon SQS queue from which messages are received.
    ///
    /// Queue URLs and names are case-sensitive.
    pub queue_url: String,
    /// This parameter has been discontinued but will be supported for backward compatibility. To provide attribute names, you are encouraged to use `MessageSystemAttributeNames`.
    ///
    /// A list of attributes that need to be returned along with each message. These attributes include:
    ///
    /// - `All` – Returns all values.
    ///
    /// - `ApproximateFirstReceiveTimestamp` – Returns the time the message was first received from the queue ([epoch time](http://en.wikipedia.org/wiki/Unix_time) in milliseconds).
    ///
    /// - `ApproximateReceiveCount` – Returns the number of times a message has been received across all queues but not deleted.
    ///
    /// - `AWSTraceHeader` – Returns the X-Ray trace header string.
    ///
    /// - `SenderId`
    ///
    ///   - For a user, returns the user ID, for example `ABCDEFGHI1JKLMNOPQ23R`.
    ///
    ///   - For an IAM role, returns the IAM role ID, for example `ABCDE1F2GH3I4JK5LMNOP:i-a123b456`.
    ///
    /// - `SentTimestamp` – Returns the time the message was sent to the queue ([epoch time](http://en.wikipedia.org/wiki/Unix_time) in milliseconds).
    ///
    /// - `SqsManagedSseEnabled` – Enables server-side queue encryption using SQS owned encryption keys. Only one server-side encryption option is supported per queue (for example, [SSE-KMS](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-configure-sse-existing-queue.html) or [SSE-SQS](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-configure-sqs-sse-queue.html)).
    ///
    /// - `MessageDeduplicationId` – Returns the value provided by the producer that calls the ` SendMessage ` action.
    ///
    /// - `MessageGroupId` – Returns the value provided by the producer that calls the ` SendMessage ` action.
    ///
    /// - `SequenceNumber` – Returns the value provided by Amazon SQS.
    pub attribute_names: Option<Vec<QueueAttributeName>>,
    /// A list of attributes that need to be returned along with each message. These attributes include:
    ///
    /// - `All` – Returns all values.
    ///
    /// - `ApproximateFirstReceiveTimestamp` – Returns the time the message was first received from the queue ([epoch time](http://en.wikipedia.org/wiki/Unix_time) in milliseconds).
    ///
    /// - `ApproximateReceiveCount` – Returns the number of times a message has been received across all queues but not deleted.
    ///
    /// - `AWSTraceHeader` – Returns the X-Ray trace header string.
    ///
    /// - `SenderId`
    ///
    ///   - For a user, returns the user ID, for example `ABCDEFGHI1JKLMNOPQ23R`.
    ///
    ///   - For an IAM role, returns the IAM role ID, for example `ABCDE1F2GH3I4JK5LMNOP:i-a123b456`.
    ///
    /// - `SentTimestamp` – Returns the time the message was sent to the queue ([epoch time](http://en.wikipedia.org/wiki/Unix_time) in milliseconds).
    ///
    /// - `SqsManagedSseEnabled` – Enables server-side queue encryption using SQS owned encryption keys. Only one server-side encryption option is supported per queue (for example, [SSE-KMS](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-configure-sse-existing-queue.html) or [SSE-SQS](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-configure-sqs-sse-queue.html)).
    ///
    /// - `MessageDeduplicationId` – Returns the value provided by the producer that calls the ` SendMessage ` action.
    ///
    /// - `MessageGroupId` – Returns the value provided by the producer that calls the ` SendMessage ` action.
    ///
    /// - `SequenceNumber` – Returns the value provided by Amazon SQS.
    pub message_system_attribute_names: Option<Vec<MessageSystemAttributeName>>,
    /// The name of the message attribute, where *N* is the index.
    ///
    /// - The name can contain alphanumeric characters and the underscore (`\_`), hyphen (`-`), and period (`.`).
    ///
    /// - The name is case-sensitive and must be unique among all attribute names for the message.
    ///
    /// - The name must not start with AWS-reserved prefixes such as `AWS.` or `Amazon.` (or any casing variants).
    ///
    /// - The name must not start or end with a period (`.`), and it should not have periods in succession (`..`).
    ///
    /// - The name can be up to 256 characters long.
    ///
    /// When using `ReceiveMessage`, you can send a list of attribute names to receive, or you can return all of the attributes by specifying `All` or `.\*` in your request. You can also use all message attributes starting with a prefix, for example `bar.\*`.
    pub message_attribute_names: Option<Vec<String>>,
    /// The maximum number of messages to return. Amazon SQS never returns more messages than this value (however, fewer messages might be returned). Valid values: 1 to 10. Default: 1.
    pub max_number_of_messages: Option<i32>,
    /// The duration (in seconds) that the received messages are hidden from subsequent retrieve requests after being retrieved by a `ReceiveMessage` request. If not specified, the default visibility timeout for the queue is used, which is 30 seconds.
    ///
    /// Understanding `VisibilityTimeout`:
    ///
    /// - When a message is received from a queue, it becomes temporarily invisible to other consumers for the duration of the visibility timeout. This prevents multiple consumers from processing the same message simultaneously. If the message is not deleted or its visibility timeout is not extended before the timeout expires, it becomes visible again and can be retrieved by other consumers.
    ///
    /// - Setting an appropriate visibility timeout is crucial. If it's too short, the message might become visible again before processing is complete, leading to duplicate processing. If it's too long, it delays the reprocessing of messages if the initial processing fails.
    ///
    /// - You can adjust the visibility timeout using the `--visibility-timeout` parameter in the `receive-message` command to match the processing time required by your application.
    ///
    /// - A message that isn't deleted or a message whose visibility isn't extended before the visibility timeout expires counts as a failed receive. Depending on the configuration of the queue, the message might be sent to the dead-letter queue.
    ///
    /// For more information, see [Visibility Timeout](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-visibility-timeout.html) in the *Amazon SQS Developer Guide*.
    pub visibility_timeout: Option<i32>,
    /// The duration (in seconds) for which the call waits for a message to arrive in the queue before returning. If a message is available, the call returns sooner than `WaitTimeSeconds`. If no messages are available and the wait time expires, the call does not return a message list. If you are using the Java SDK, it returns a `ReceiveMessageResponse` object, which has a empty list instead of a Null object.
    ///
    /// To avoid HTTP errors, ensure that the HTTP response timeout for `ReceiveMessage` requests is longer than the `WaitTimeSeconds` parameter. For example, with the Java SDK, you can set HTTP transport settings using the [ NettyNioAsyncHttpClient](https://sdk.amazonaws.com/java/api/latest/software/amazon/awssdk/http/nio/netty/NettyNioAsyncHttpClient.html) for asynchronous clients, or the [ ApacheHttpClient](https://sdk.amazonaws.com/java/api/latest/software/amazon/awssdk/http/apache/ApacheHttpClient.html) for synchronous clients.
    pub wait_time_seconds: Option<i32>,
    /// This parameter applies only to FIFO (first-in-first-out) queues.
    ///
    /// The token used for deduplication of `ReceiveMessage` calls. If a networking issue occurs after a `ReceiveMessage` action, and instead of a response you receive a generic error, it is possible to retry the same action with an identical `ReceiveRequestAttemptId` to retrieve the same set of messages, even if their visibility timeout has not yet expired.
    ///
    /// - You can use `ReceiveRequestAttemptId` only for 5 minutes after a `ReceiveMessage` action.
    ///
    /// - When you set `FifoQueue`, a caller of the `ReceiveMessage` action can provide a `ReceiveRequestAttemptId` explicitly.
    ///
    /// - It is possible to retry the `ReceiveMessage` action with the same `ReceiveRequestAttemptId` if none of the messages have been modified (deleted or had their visibility changes).
    ///
    /// - During a visibility timeout, subsequent calls with the same `ReceiveRequestAttemptId` return the same messages and receipt handles. If a retry occurs within the deduplication interval, it resets the visibility timeout. For more information, see [Visibility Timeout](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-visibility-timeout.html) in the *Amazon SQS Developer Guide*.
    ///
    /// If a caller of the `ReceiveMessage` action still processes messages when the visibility timeout expires and messages become visible, another worker consuming from the same queue can receive the same messages and therefore process duplicates. Also, if a consumer whose message processing time is longer than the visibility timeout tries to delete the processed messages, the action fails with an error.
    ///
    /// To mitigate this effect, ensure that your application observes a safe threshold before the visibility timeout expires and extend the visibility timeout as necessary.
    ///
    /// - While messages with a particular `MessageGroupId` are invisible, no more messages belonging to the same `MessageGroupId` are returned until the visibility timeout expires. You can still receive messages with another `MessageGroupId` from your FIFO queue as long as they are visible.
    ///
    /// - If a caller of `ReceiveMessage` can't track the `ReceiveRequestAttemptId`, no retries work until the original visibility timeout expires. As a result, delays might occur but the messages in the queue remain in a strict order.
    ///
    /// The maximum length of `ReceiveRequestAttemptId` is 128 characters. `ReceiveRequestAttemptId` can contain alphanumeric characters (`a-z`, `A-Z`, `0-9`) and punctuation (`!"\#$%&'()\*+,-./:;\<=\>?@\[\\]^\_\`{\|}~`).
    ///
    /// For best practices of using `ReceiveRequestAttemptId`, see [Using the ReceiveRequestAttemptId Request Parameter](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/using-receiverequestattemptid-request-parameter.html) in the *Amazon SQS Developer Guide*.
    pub receive_request_attempt_id: Option<String>,
}
rt::structure!(
    ReceiveMessageInput, RECEIVE_MESSAGE_INPUT, [queue_url, attribute_names,
    message_system_attribute_names, message_attribute_names, max_number_of_messages,
    visibility_timeout, wait_time_seconds, receive_request_attempt_id]
);
/// A list of received messages.
#[derive(Clone, Default, PartialEq)]
pub struct ReceiveMessageOutput {
    /// A list of messages.
    pub messages: Option<Vec<Message>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ReceiveMessageOutput, RECEIVE_MESSAGE_OUTPUT, [messages], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct RemovePermissionInput {
    /// The URL of the Amazon SQS queue from which permissions are removed.
    ///
    /// Queue URLs and names are case-sensitive.
    pub queue_url: String,
    /// The identification of the permission to remove. This is the label added using the ` AddPermission ` action.
    pub label: String,
}
rt::structure!(RemovePermissionInput, REMOVE_PERMISSION_INPUT, [queue_url, label]);
/// The request was denied due to request throttling.
///
/// - Exceeds the permitted request rate for the queue or for the recipient of the request.
///
/// - Ensure that the request rate is within the Amazon SQS limits for sending messages. For more information, see [Amazon SQS quotas](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-quotas.html#quotas-requests) in the *Amazon SQS Developer Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct RequestThrottled {
    pub message: Option<String>,
}
rt::structure!(RequestThrottled, REQUEST_THROTTLED, [message]);
/// One or more specified resources don't exist.
#[derive(Clone, Default, PartialEq)]
pub struct ResourceNotFoundException {
    pub message: Option<String>,
}
rt::structure!(ResourceNotFoundException, RESOURCE_NOT_FOUND_EXCEPTION, [message]);
#[derive(Clone, Default, PartialEq)]
pub struct SendMessageBatchInput {
    /// The URL of the Amazon SQS queue to which batched messages are sent.
    ///
    /// Queue URLs and names are case-sensitive.
    pub queue_url: String,
    /// A list of ` SendMessageBatchRequestEntry ` items.
    pub entries: Vec<SendMessageBatchRequestEntry>,
}
rt::structure!(SendMessageBatchInput, SEND_MESSAGE_BATCH_INPUT, [queue_url, entries]);
/// Contains the details of a single Amazon SQS message along with an `Id`.
#[derive(Clone, Default, PartialEq)]
pub struct SendMessageBatchRequestEntry {
    /// An identifier for a message in this batch used to communicate the result.
    ///
    /// The `Id`s of a batch request need to be unique within a request.
    ///
    /// This identifier can have up to 80 characters. The following characters are accepted: alphanumeric characters, hyphens(-), and underscores (\_).
    pub id: String,
    /// The body of the message.
    pub message_body: String,
    /// The length of time, in seconds, for which a specific message is delayed. Valid values: 0 to 900. Maximum: 15 minutes. Messages with a positive `DelaySeconds` value become available for processing after the delay period is finished. If you don't specify a value, the default value for the queue is applied.
    ///
    /// When you set `FifoQueue`, you can't set `DelaySeconds` per message. You can set this parameter only on a queue level.
    pub delay_seconds: Option<i32>,
    /// Each message attribute consists of a `Name`, `Type`, and `Value`. For more information, see [Amazon SQS message attributes](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-message-metadata.html#sqs-message-attributes) in the *Amazon SQS Developer Guide*.
    pub message_attributes: Option<rt::IndexMap<String, MessageAttributeValue>>,
    /// The message system attribute to send Each message system attribute consists of a `Name`, `Type`, and `Value`.
    ///
    /// - Currently, the only supported message system attribute is `AWSTraceHeader`. Its type must be `String` and its value must be a correctly formatted X-Ray trace header string.
    ///
    /// - The size of a message system attribute doesn't count towards the total size of a message.
    pub message_system_attributes: Option<
        rt::IndexMap<String, MessageSystemAttributeValue>,
    >,
    /// This parameter applies only to FIFO (first-in-first-out) queues.
    ///
    /// The token used for deduplication of messages within a 5-minute minimum deduplication interval. If a message with a particular `MessageDeduplicationId` is sent successfully, subsequent messages with the same `MessageDeduplicationId` are accepted successfully but aren't delivered. For more information, see [ Exactly-once processing](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/FIFO-queues-exactly-once-processing.html) in the *Amazon SQS Developer Guide*.
    ///
    /// - Every message must have a unique `MessageDeduplicationId`,
    ///
    ///   - You may provide a `MessageDeduplicationId` explicitly.
    ///
    ///   - If you aren't able to provide a `MessageDeduplicationId` and you enable `ContentBasedDeduplication` for your queue, Amazon SQS uses a SHA-256 hash to generate the `MessageDeduplicationId` using the body of the message (but not the attributes of the message).
    ///
    ///   - If you don't provide a `MessageDeduplicationId` and the queue doesn't have `ContentBasedDeduplication` set, the action fails with an error.
    ///
    ///   - If the queue has `ContentBasedDeduplication` set, your `MessageDeduplicationId` overrides the generated one.
    ///
    /// - When `ContentBasedDeduplication` is in effect, messages with identical content sent within the deduplication interval are treated as duplicates and only one copy of the message is delivered.
    ///
    /// - If you send one message with `ContentBasedDeduplication` enabled and then another message with a `MessageDeduplicationId` that is the same as the one generated for the first `MessageDeduplicationId`, the two messages are treated as duplicates and only one copy of the message is delivered.
    ///
    /// The `MessageDeduplicationId` is available to the consumer of the message (this can be useful for troubleshooting delivery issues).
    ///
    /// If a message is sent successfully but the acknowledgement is lost and the message is resent with the same `MessageDeduplicationId` after the deduplication interval, Amazon SQS can't detect duplicate messages.
    ///
    /// Amazon SQS continues to keep track of the message deduplication ID even after the message is received and deleted.
    ///
    /// The length of `MessageDeduplicationId` is 128 characters. `MessageDeduplicationId` can contain alphanumeric characters (`a-z`, `A-Z`, `0-9`) and punctuation (`!"\#$%&'()\*+,-./:;\<=\>?@\[\\]^\_\`{\|}~`).
    ///
    /// For best practices of using `MessageDeduplicationId`, see [Using the MessageDeduplicationId Property](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/using-messagededuplicationid-property.html) in the *Amazon SQS Developer Guide*.
    pub message_deduplication_id: Option<String>,
    /// `MessageGroupId` is an attribute used in Amazon SQS FIFO (First-In-First-Out) and standard queues. In FIFO queues, `MessageGroupId` organizes messages into distinct groups. Messages within the same message group are always processed one at a time, in strict order, ensuring that no two messages from the same group are processed simultaneously. In standard queues, using `MessageGroupId` enables fair queues. It is used to identify the tenant a message belongs to, helping maintain consistent message dwell time across all tenants during noisy neighbor events. Unlike FIFO queues, messages with the same `MessageGroupId` can be processed in parallel, maintaining the high throughput of standard queues.
    ///
    /// - **FIFO queues:** `MessageGroupId` acts as the tag that specifies that a message belongs to a specific message group. Messages that belong to the same message group are processed in a FIFO manner (however, messages in different message groups might be processed out of order). To interleave multiple ordered streams within a single queue, use `MessageGroupId` values (for example, session data for multiple users). In this scenario, multiple consumers can process the queue, but the session data of each user is processed in a FIFO fashion.
    ///
    /// If you do not provide a `MessageGroupId` when sending a message to a FIFO queue, the action fails.
    ///
    /// `ReceiveMessage` might return messages with multiple `MessageGroupId` values. For each `MessageGroupId`, the messages are sorted by time sent.
    ///
    /// - **Standard queues:**Use `MessageGroupId` in standard queues to enable fair queues. The `MessageGroupId` identifies the tenant a message belongs to. A tenant can be any entity that shares a queue with others, such as your customer, a client application, or a request type. When one tenant sends a disproportionately large volume of messages or has messages that require longer processing time, fair queues ensure other tenants' messages maintain low dwell time. This preserves quality of service for all tenants while maintaining the scalability and throughput of standard queues. We recommend that you include a `MessageGroupId` in all messages when using fair queues.
    ///
    /// The length of `MessageGroupId` is 128 characters. Valid values: alphanumeric characters and punctuation `(!"\#$%&'()\*+,-./:;\<=\>?@\[\\]^\_\`{\|}~)`.
    ///
    /// For best practices of using `MessageGroupId`, see [Using the MessageGroupId Property](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/using-messagegroupid-property.html) in the *Amazon SQS Developer Guide*.
    pub message_group_id: Option<String>,
}
rt::structure!(
    SendMessageBatchRequestEntry, SEND_MESSAGE_BATCH_REQUEST_ENTRY, [id, message_body,
    delay_seconds, message_attributes, message_system_attributes,
    message_deduplication_id, message_group_id]
);
/// For each message in the batch, the response contains a ` SendMessageBatchResultEntry ` tag if the message succeeds or a ` BatchResultErrorEntry ` tag if the message fails.
#[derive(Clone, Default, PartialEq)]
pub struct SendMessageBatchOutput {
    /// A list of ` SendMessageBatchResultEntry ` items.
    pub successful: Vec<SendMessageBatchResultEntry>,
    /// A list of ` BatchResultErrorEntry ` items with error details about each message that can't be enqueued.
    pub failed: Vec<BatchResultErrorEntry>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    SendMessageBatchOutput, SEND_MESSAGE_BATCH_OUTPUT, [successful, failed], meta =
    response_metadata
);
/// Encloses a `MessageId` for a successfully-enqueued message in a ` SendMessageBatch.`
#[derive(Clone, Default, PartialEq)]
pub struct SendMessageBatchResultEntry {
    /// An identifier for the message in this batch.
    pub id: String,
    /// An identifier for the message.
    pub message_id: String,
    /// An MD5 digest of the non-URL-encoded message body string. You can use this attribute to verify that Amazon SQS received the message correctly. Amazon SQS URL-decodes the message before creating the MD5 digest. For information about MD5, see [RFC1321](https://www.ietf.org/rfc/rfc1321.txt).
    pub md5_of_message_body: String,
    /// An MD5 digest of the non-URL-encoded message attribute string. You can use this attribute to verify that Amazon SQS received the message correctly. Amazon SQS URL-decodes the message before creating the MD5 digest. For information about MD5, see [RFC1321](https://www.ietf.org/rfc/rfc1321.txt).
    pub md5_of_message_attributes: Option<String>,
    /// An MD5 digest of the non-URL-encoded message system attribute string. You can use this attribute to verify that Amazon SQS received the message correctly. Amazon SQS URL-decodes the message before creating the MD5 digest. For information about MD5, see [RFC1321](https://www.ietf.org/rfc/rfc1321.txt).
    pub md5_of_message_system_attributes: Option<String>,
    /// This parameter applies only to FIFO (first-in-first-out) queues.
    ///
    /// The large, non-consecutive number that Amazon SQS assigns to each message.
    ///
    /// The length of `SequenceNumber` is 128 bits. As `SequenceNumber` continues to increase for a particular `MessageGroupId`.
    pub sequence_number: Option<String>,
}
rt::structure!(
    SendMessageBatchResultEntry, SEND_MESSAGE_BATCH_RESULT_ENTRY, [id, message_id,
    md5_of_message_body, md5_of_message_attributes, md5_of_message_system_attributes,
    sequence_number]
);
#[derive(Clone, Default, PartialEq)]
pub struct SendMessageInput {
    /// The URL of the Amazon SQS queue to which a message is sent.
    ///
    /// Queue URLs and names are case-sensitive.
    pub queue_url: String,
    /// The message to send. The minimum size is one character. The maximum size is 1 MiB or 1,048,576 bytes
    ///
    /// A message can include only XML, JSON, and unformatted text. The following Unicode characters are allowed. For more information, see the [W3C specification for characters](http://www.w3.org/TR/REC-xml/#charsets).
    ///
    /// `\#x9` \| `\#xA` \| `\#xD` \| `\#x20` to `\#xD7FF` \| `\#xE000` to `\#xFFFD` \| `\#x10000` to `\#x10FFFF`
    ///
    /// If a message contains characters outside the allowed set, Amazon SQS rejects the message and returns an InvalidMessageContents error. Ensure that your message body includes only valid characters to avoid this exception.
    pub message_body: String,
    /// The length of time, in seconds, for which to delay a specific message. Valid values: 0 to 900. Maximum: 15 minutes. Messages with a positive `DelaySeconds` value become available for processing after the delay period is finished. If you don't specify a value, the default value for the queue applies.
    ///
    /// When you set `FifoQueue`, you can't set `DelaySeconds` per message. You can set this parameter only on a queue level.
    pub delay_seconds: Option<i32>,
    /// Each message attribute consists of a `Name`, `Type`, and `Value`. For more information, see [Amazon SQS message attributes](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-message-metadata.html#sqs-message-attributes) in the *Amazon SQS Developer Guide*.
    pub message_attributes: Option<rt::IndexMap<String, MessageAttributeValue>>,
    /// The message system attribute to send. Each message system attribute consists of a `Name`, `Type`, and `Value`.
    ///
    /// - Currently, the only supported message system attribute is `AWSTraceHeader`. Its type must be `String` and its value must be a correctly formatted X-Ray trace header string.
    ///
    /// - The size of a message system attribute doesn't count towards the total size of a message.
    pub message_system_attributes: Option<
        rt::IndexMap<String, MessageSystemAttributeValue>,
    >,
    /// This parameter applies only to FIFO (first-in-first-out) queues.
    ///
    /// The token used for deduplication of sent messages. If a message with a particular `MessageDeduplicationId` is sent successfully, any messages sent with the same `MessageDeduplicationId` are accepted successfully but aren't delivered during the 5-minute deduplication interval. For more information, see [ Exactly-once processing](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/FIFO-queues-exactly-once-processing.html) in the *Amazon SQS Developer Guide*.
    ///
    /// - Every message must have a unique `MessageDeduplicationId`,
    ///
    ///   - You may provide a `MessageDeduplicationId` explicitly.
    ///
    ///   - If you aren't able to provide a `MessageDeduplicationId` and you enable `ContentBasedDeduplication` for your queue, Amazon SQS uses a SHA-256 hash to generate the `MessageDeduplicationId` using the body of the message (but not the attributes of the message).
    ///
    ///   - If you don't provide a `MessageDeduplicationId` and the queue doesn't have `ContentBasedDeduplication` set, the action fails with an error.
    ///
    ///   - If the queue has `ContentBasedDeduplication` set, your `MessageDeduplicationId` overrides the generated one.
    ///
    /// - When `ContentBasedDeduplication` is in effect, messages with identical content sent within the deduplication interval are treated as duplicates and only one copy of the message is delivered.
    ///
    /// - If you send one message with `ContentBasedDeduplication` enabled and then another message with a `MessageDeduplicationId` that is the same as the one generated for the first `MessageDeduplicationId`, the two messages are treated as duplicates and only one copy of the message is delivered.
    ///
    /// The `MessageDeduplicationId` is available to the consumer of the message (this can be useful for troubleshooting delivery issues).
    ///
    /// If a message is sent successfully but the acknowledgement is lost and the message is resent with the same `MessageDeduplicationId` after the deduplication interval, Amazon SQS can't detect duplicate messages.
    ///
    /// Amazon SQS continues to keep track of the message deduplication ID even after the message is received and deleted.
    ///
    /// The maximum length of `MessageDeduplicationId` is 128 characters. `MessageDeduplicationId` can contain alphanumeric characters (`a-z`, `A-Z`, `0-9`) and punctuation (`!"\#$%&'()\*+,-./:;\<=\>?@\[\\]^\_\`{\|}~`).
    ///
    /// For best practices of using `MessageDeduplicationId`, see [Using the MessageDeduplicationId Property](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/using-messagededuplicationid-property.html) in the *Amazon SQS Developer Guide*.
    pub message_deduplication_id: Option<String>,
    /// `MessageGroupId` is an attribute used in Amazon SQS FIFO (First-In-First-Out) and standard queues. In FIFO queues, `MessageGroupId` organizes messages into distinct groups. Messages within the same message group are always processed one at a time, in strict order, ensuring that no two messages from the same group are processed simultaneously. In standard queues, using `MessageGroupId` enables fair queues. It is used to identify the tenant a message belongs to, helping maintain consistent message dwell time across all tenants during noisy neighbor events. Unlike FIFO queues, messages with the same `MessageGroupId` can be processed in parallel, maintaining the high throughput of standard queues.
    ///
    /// - **FIFO queues:** `MessageGroupId` acts as the tag that specifies that a message belongs to a specific message group. Messages that belong to the same message group are processed in a FIFO manner (however, messages in different message groups might be processed out of order). To interleave multiple ordered streams within a single queue, use `MessageGroupId` values (for example, session data for multiple users). In this scenario, multiple consumers can process the queue, but the session data of each user is processed in a FIFO fashion.
    ///
    /// If you do not provide a `MessageGroupId` when sending a message to a FIFO queue, the action fails.
    ///
    /// `ReceiveMessage` might return messages with multiple `MessageGroupId` values. For each `MessageGroupId`, the messages are sorted by time sent.
    ///
    /// - **Standard queues:**Use `MessageGroupId` in standard queues to enable fair queues. The `MessageGroupId` identifies the tenant a message belongs to. A tenant can be any entity that shares a queue with others, such as your customer, a client application, or a request type. When one tenant sends a disproportionately large volume of messages or has messages that require longer processing time, fair queues ensure other tenants' messages maintain low dwell time. This preserves quality of service for all tenants while maintaining the scalability and throughput of standard queues. We recommend that you include a `MessageGroupId` in all messages when using fair queues.
    ///
    /// The length of `MessageGroupId` is 128 characters. Valid values: alphanumeric characters and punctuation `(!"\#$%&'()\*+,-./:;\<=\>?@\[\\]^\_\`{\|}~)`.
    ///
    /// For best practices of using `MessageGroupId`, see [Using the MessageGroupId Property](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/using-messagegroupid-property.html) in the *Amazon SQS Developer Guide*.
    pub message_group_id: Option<String>,
}
rt::structure!(
    SendMessageInput, SEND_MESSAGE_INPUT, [queue_url, message_body, delay_seconds,
    message_attributes, message_system_attributes, message_deduplication_id,
    message_group_id]
);
/// The `MD5OfMessageBody` and `MessageId` elements.
#[derive(Clone, Default, PartialEq)]
pub struct SendMessageOutput {
    /// An MD5 digest of the non-URL-encoded message body string. You can use this attribute to verify that Amazon SQS received the message correctly. Amazon SQS URL-decodes the message before creating the MD5 digest. For information about MD5, see [RFC1321](https://www.ietf.org/rfc/rfc1321.txt).
    pub md5_of_message_body: Option<String>,
    /// An MD5 digest of the non-URL-encoded message attribute string. You can use this attribute to verify that Amazon SQS received the message correctly. Amazon SQS URL-decodes the message before creating the MD5 digest. For information about MD5, see [RFC1321](https://www.ietf.org/rfc/rfc1321.txt).
    pub md5_of_message_attributes: Option<String>,
    /// An MD5 digest of the non-URL-encoded message system attribute string. You can use this attribute to verify that Amazon SQS received the message correctly. Amazon SQS URL-decodes the message before creating the MD5 digest.
    pub md5_of_message_system_attributes: Option<String>,
    /// An attribute containing the `MessageId` of the message sent to the queue. For more information, see [Queue and Message Identifiers](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-queue-message-identifiers.html) in the *Amazon SQS Developer Guide*.
    pub message_id: Option<String>,
    /// This parameter applies only to FIFO (first-in-first-out) queues.
    ///
    /// The large, non-consecutive number that Amazon SQS assigns to each message.
    ///
    /// The length of `SequenceNumber` is 128 bits. `SequenceNumber` continues to increase for a particular `MessageGroupId`.
    pub sequence_number: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    SendMessageOutput, SEND_MESSAGE_OUTPUT, [md5_of_message_body,
    md5_of_message_attributes, md5_of_message_system_attributes, message_id,
    sequence_number], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct SetQueueAttributesInput {
    /// The URL of the Amazon SQS queue whose attributes are set.
    ///
    /// Queue URLs and names are case-sensitive.
    pub queue_url: String,
    /// A map of attributes to set.
    ///
    /// The following lists the names, descriptions, and values of the special request parameters that the `SetQueueAttributes` action uses:
    ///
    /// - `DelaySeconds` – The length of time, in seconds, for which the delivery of all messages in the queue is delayed. Valid values: An integer from 0 to 900 (15 minutes). Default: 0.
    ///
    /// - `MaximumMessageSize` – The limit of how many bytes a message can contain before Amazon SQS rejects it. Valid values: An integer from 1,024 bytes (1 KiB) up to 1,048,576 bytes (1 MiB). Default: 1,048,576 bytes (1 MiB).
    ///
    /// - `MessageRetentionPeriod` – The length of time, in seconds, for which Amazon SQS retains a message. Valid values: An integer representing seconds, from 60 (1 minute) to 1,209,600 (14 days). Default: 345,600 (4 days). When you change a queue's attributes, the change can take up to 60 seconds for most of the attributes to propagate throughout the Amazon SQS system. Changes made to the `MessageRetentionPeriod` attribute can take up to 15 minutes and will impact existing messages in the queue potentially causing them to be expired and deleted if the `MessageRetentionPeriod` is reduced below the age of existing messages.
    ///
    /// - `Policy` – The queue's policy. A valid Amazon Web Services policy. For more information about policy structure, see [Overview of Amazon Web Services IAM Policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/PoliciesOverview.html) in the *Identity and Access Management User Guide*.
    ///
    /// - `ReceiveMessageWaitTimeSeconds` – The length of time, in seconds, for which a ` ReceiveMessage ` action waits for a message to arrive. Valid values: An integer from 0 to 20 (seconds). Default: 0.
    ///
    /// - `VisibilityTimeout` – The visibility timeout for the queue, in seconds. Valid values: An integer from 0 to 43,200 (12 hours). Default: 30. For more information about the visibility timeout, see [Visibility Timeout](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-visibility-timeout.html) in the *Amazon SQS Developer Guide*.
    ///
    /// The following attributes apply only to [dead-letter queues:](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html)
    ///
    /// - `RedrivePolicy` – The string that includes the parameters for the dead-letter queue functionality of the source queue as a JSON object. The parameters are as follows:
    ///
    ///   - `deadLetterTargetArn` – The Amazon Resource Name (ARN) of the dead-letter queue to which Amazon SQS moves messages after the value of `maxReceiveCount` is exceeded.
    ///
    ///   - `maxReceiveCount` – The number of times a message is delivered to the source queue before being moved to the dead-letter queue. Default: 10. When the `ReceiveCount` for a message exceeds the `maxReceiveCount` for a queue, Amazon SQS moves the message to the dead-letter-queue.
    ///
    /// - `RedriveAllowPolicy` – The string that includes the parameters for the permissions for the dead-letter queue redrive permission and which source queues can specify dead-letter queues as a JSON object. The parameters are as follows:
    ///
    ///   - `redrivePermission` – The permission type that defines which source queues can specify the current queue as the dead-letter queue. Valid values are:
    ///
    ///   - `allowAll` – (Default) Any source queues in this Amazon Web Services account in the same Region can specify this queue as the dead-letter queue.
    ///
    ///   - `denyAll` – No source queues can specify this queue as the dead-letter queue.
    ///
    ///   - `byQueue` – Only queues specified by the `sourceQueueArns` parameter can specify this queue as the dead-letter queue.
    ///
    ///   - `sourceQueueArns` – The Amazon Resource Names (ARN)s of the source queues that can specify this queue as the dead-letter queue and redrive messages. You can specify this parameter only when the `redrivePermission` parameter is set to `byQueue`. You can specify up to 10 source queue ARNs. To allow more than 10 source queues to specify dead-letter queues, set the `redrivePermission` parameter to `allowAll`.
    ///
    /// The dead-letter queue of a FIFO queue must also be a FIFO queue. Similarly, the dead-letter queue of a standard queue must also be a standard queue.
    ///
    /// The following attributes apply only to [server-side-encryption](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html):
    ///
    /// - `KmsMasterKeyId` – The ID of an Amazon Web Services managed customer master key (CMK) for Amazon SQS or a custom CMK. For more information, see [Key Terms](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html#sqs-sse-key-terms). While the alias of the AWS-managed CMK for Amazon SQS is always `alias/aws/sqs`, the alias of a custom CMK can, for example, be `alias/*MyAlias* `. For more examples, see [KeyId](https://docs.aws.amazon.com/kms/latest/APIReference/API_DescribeKey.html#API_DescribeKey_RequestParameters) in the *Key Management Service API Reference*.
    ///
    /// - `KmsDataKeyReusePeriodSeconds` – The length of time, in seconds, for which Amazon SQS can reuse a [data key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#data-keys) to encrypt or decrypt messages before calling KMS again. An integer representing seconds, between 60 seconds (1 minute) and 86,400 seconds (24 hours). Default: 300 (5 minutes). A shorter time period provides better security but results in more calls to KMS which might incur charges after Free Tier. For more information, see [How Does the Data Key Reuse Period Work?](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html#sqs-how-does-the-data-key-reuse-period-work).
    ///
    /// - `SqsManagedSseEnabled` – Enables server-side queue encryption using SQS owned encryption keys. Only one server-side encryption option is supported per queue (for example, [SSE-KMS](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-configure-sse-existing-queue.html) or [SSE-SQS](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-configure-sqs-sse-queue.html)).
    ///
    /// The following attribute applies only to [FIFO (first-in-first-out) queues](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/FIFO-queues.html):
    ///
    /// - `ContentBasedDeduplication` – Enables content-based deduplication. For more information, see [Exactly-once processing](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/FIFO-queues-exactly-once-processing.html) in the *Amazon SQS Developer Guide*. Note the following:
    ///
    ///   - Every message must have a unique `MessageDeduplicationId`.
    ///
    ///   - You may provide a `MessageDeduplicationId` explicitly.
    ///
    ///   - If you aren't able to provide a `MessageDeduplicationId` and you enable `ContentBasedDeduplication` for your queue, Amazon SQS uses a SHA-256 hash to generate the `MessageDeduplicationId` using the body of the message (but not the attributes of the message).
    ///
    ///   - If you don't provide a `MessageDeduplicationId` and the queue doesn't have `ContentBasedDeduplication` set, the action fails with an error.
    ///
    ///   - If the queue has `ContentBasedDeduplication` set, your `MessageDeduplicationId` overrides the generated one.
    ///
    ///   - When `ContentBasedDeduplication` is in effect, messages with identical content sent within the deduplication interval are treated as duplicates and only one copy of the message is delivered.
    ///
    ///   - If you send one message with `ContentBasedDeduplication` enabled and then another message with a `MessageDeduplicationId` that is the same as the one generated for the first `MessageDeduplicationId`, the two messages are treated as duplicates and only one copy of the message is delivered.
    ///
    /// The following attributes apply only to [high throughput for FIFO queues](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/high-throughput-fifo.html):
    ///
    /// - `DeduplicationScope` – Specifies whether message deduplication occurs at the message group or queue level. Valid values are `messageGroup` and `queue`.
    ///
    /// - `FifoThroughputLimit` – Specifies whether the FIFO queue throughput quota applies to the entire queue or per message group. Valid values are `perQueue` and `perMessageGroupId`. The `perMessageGroupId` value is allowed only when the value for `DeduplicationScope` is `messageGroup`.
    ///
    /// To enable high throughput for FIFO queues, do the following:
    ///
    /// - Set `DeduplicationScope` to `messageGroup`.
    ///
    /// - Set `FifoThroughputLimit` to `perMessageGroupId`.
    ///
    /// If you set these attributes to anything other than the values shown for enabling high throughput, normal throughput is in effect and deduplication occurs as specified.
    ///
    /// For information on throughput quotas, see [Quotas related to messages](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html) in the *Amazon SQS Developer Guide*.
    pub attributes: rt::IndexMap<String, String>,
}
rt::structure!(
    SetQueueAttributesInput, SET_QUEUE_ATTRIBUTES_INPUT, [queue_url, attributes]
);
#[derive(Clone, Default, PartialEq)]
pub struct StartMessageMoveTaskInput {
    /// The ARN of the queue that contains the messages to be moved to another queue. Currently, only ARNs of dead-letter queues (DLQs) whose sources are other Amazon SQS queues are accepted. DLQs whose sources are non-SQS queues, such as Lambda or Amazon SNS topics, are not currently supported.
    pub source_arn: String,
    /// The ARN of the queue that receives the moved messages. You can use this field to specify the destination queue where you would like to redrive messages. If this field is left blank, the messages will be redriven back to their respective original source queues.
    pub destination_arn: Option<String>,
    /// The number of messages to be moved per second (the message movement rate). You can use this field to define a fixed message movement rate. The maximum value for messages per second is 500. If this field is left blank, the system will optimize the rate based on the queue message backlog size, which may vary throughout the duration of the message movement task.
    pub max_number_of_messages_per_second: Option<i32>,
}
rt::structure!(
    StartMessageMoveTaskInput, START_MESSAGE_MOVE_TASK_INPUT, [source_arn,
    destination_arn, max_number_of_messages_per_second]
);
#[derive(Clone, Default, PartialEq)]
pub struct StartMessageMoveTaskOutput {
    /// An identifier associated with a message movement task. You can use this identifier to cancel a specified message movement task using the `CancelMessageMoveTask` action.
    pub task_handle: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    StartMessageMoveTaskOutput, START_MESSAGE_MOVE_TASK_OUTPUT, [task_handle], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct TagQueueInput {
    /// The URL of the queue.
    pub queue_url: String,
    /// The list of tags to be added to the specified queue.
    pub tags: rt::IndexMap<String, String>,
}
rt::structure!(TagQueueInput, TAG_QUEUE_INPUT, [queue_url, tags]);
/// The batch request contains more entries than permissible. For Amazon SQS, the maximum number of entries you can include in a single [SendMessageBatch](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessageBatch.html), [DeleteMessageBatch](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_DeleteMessageBatch.html), or [ChangeMessageVisibilityBatch](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ChangeMessageVisibilityBatch.html) request is 10.
#[derive(Clone, Default, PartialEq)]
pub struct TooManyEntriesInBatchRequest {
    pub message: Option<String>,
}
rt::structure!(
    TooManyEntriesInBatchRequest, TOO_MANY_ENTRIES_IN_BATCH_REQUEST, [message]
);
/// Error code 400. Unsupported operation.
#[derive(Clone, Default, PartialEq)]
pub struct UnsupportedOperation {
    pub message: Option<String>,
}
rt::structure!(UnsupportedOperation, UNSUPPORTED_OPERATION, [message]);
#[derive(Clone, Default, PartialEq)]
pub struct UntagQueueInput {
    /// The URL of the queue.
    pub queue_url: String,
    /// The list of tags to be removed from the specified queue.
    pub tag_keys: Vec<String>,
}
rt::structure!(UntagQueueInput, UNTAG_QUEUE_INPUT, [queue_url, tag_keys]);

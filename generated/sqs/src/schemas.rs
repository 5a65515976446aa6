//! Static schemas of the service's shapes and operations, walked by the runtime.
#![allow(unused_imports)]
use kumo_runtime::operation::{
    AuthScheme, HttpChecksum, Operation, ParamType, ParamValue, Protocol, Service,
    op_flags,
};
use kumo_runtime::schema::{
    Kind, Location::*, Member, Schema, TimestampFormat, XmlNamespace, flags as f,
    prelude as p,
};
pub static SERVICE: Service = Service {
    service_id: "SQS",
    endpoint_prefix: "sqs",
    signing_name: "sqs",
    json_version: Some("1.0"),
    target_prefix: Some("AmazonSQS"),
    aws_query_compatible: true,
    rule_set: include_str!("endpoint-rule-set.json"),
    ..Service::new("sqs", "2012-11-05", Protocol::Json)
};
pub static AWS_ACCOUNT_ID_LIST: Schema = Schema::list(
        "AWSAccountIdList",
        &[Member::new("member", &p::STRING)],
    )
    .with(f::FLATTENED);
pub static ACTION_NAME_LIST: Schema = Schema::list(
        "ActionNameList",
        &[Member::new("member", &p::STRING)],
    )
    .with(f::FLATTENED);
pub static ADD_PERMISSION_INPUT: Schema = Schema::structure(
    "AddPermissionRequest",
    &[
        Member::new("QueueUrl", &p::STRING).with(f::REQUIRED),
        Member::new("Label", &p::STRING).with(f::REQUIRED),
        Member::new("AWSAccountIds", &AWS_ACCOUNT_ID_LIST).with(f::REQUIRED),
        Member::new("Actions", &ACTION_NAME_LIST).with(f::REQUIRED),
    ],
);
pub static ATTRIBUTE_NAME_LIST: Schema = Schema::list(
        "AttributeNameList",
        &[Member::new("member", &p::STRING)],
    )
    .with(f::FLATTENED);
pub static BATCH_ENTRY_IDS_NOT_DISTINCT: Schema = Schema::structure(
        "BatchEntryIdsNotDistinct",
        &[Member::new("message", &p::STRING)],
    )
    .error("BatchEntryIdsNotDistinct", 400u16);
pub static BATCH_REQUEST_TOO_LONG: Schema = Schema::structure(
        "BatchRequestTooLong",
        &[Member::new("message", &p::STRING)],
    )
    .error("BatchRequestTooLong", 400u16);
pub static BATCH_RESULT_ERROR_ENTRY: Schema = Schema::structure(
    "BatchResultErrorEntry",
    &[
        Member::new("Id", &p::STRING).with(f::REQUIRED),
        Member::new("SenderFault", &p::BOOLEAN).with(f::REQUIRED),
        Member::new("Code", &p::STRING).with(f::REQUIRED),
        Member::new("Message", &p::STRING),
    ],
);
pub static BATCH_RESULT_ERROR_ENTRY_LIST: Schema = Schema::list(
        "BatchResultErrorEntryList",
        &[Member::new("member", &BATCH_RESULT_ERROR_ENTRY)],
    )
    .with(f::FLATTENED);
pub static BINARY_LIST: Schema = Schema::list(
    "BinaryList",
    &[Member::new("member", &p::BLOB)],
);
pub static CANCEL_MESSAGE_MOVE_TASK_INPUT: Schema = Schema::structure(
    "CancelMessageMoveTaskRequest",
    &[Member::new("TaskHandle", &p::STRING).with(f::REQUIRED)],
);
pub static CANCEL_MESSAGE_MOVE_TASK_OUTPUT: Schema = Schema::structure(
    "CancelMessageMoveTaskResult",
    &[Member::new("ApproximateNumberOfMessagesMoved", &p::LONG)],
);
pub static CHANGE_MESSAGE_VISIBILITY_BATCH_INPUT: Schema = Schema::structure(
    "ChangeMessageVisibilityBatchRequest",
    &[
        Member::new("QueueUrl", &p::STRING).with(f::REQUIRED),
        Member::new("Entries", &CHANGE_MESSAGE_VISIBILITY_BATCH_REQUEST_ENTRY_LIST)
            .with(f::REQUIRED),
    ],
);
pub static CHANGE_MESSAGE_VISIBILITY_BATCH_REQUEST_ENTRY: Schema = Schema::structure(
    "ChangeMessageVisibilityBatchRequestEntry",
    &[
        Member::new("Id", &p::STRING).with(f::REQUIRED),
        Member::new("ReceiptHandle", &p::STRING).with(f::REQUIRED),
        Member::new("VisibilityTimeout", &p::INTEGER),
    ],
);
pub static CHANGE_MESSAGE_VISIBILITY_BATCH_REQUEST_ENTRY_LIST: Schema = Schema::list(
        "ChangeMessageVisibilityBatchRequestEntryList",
        &[Member::new("member", &CHANGE_MESSAGE_VISIBILITY_BATCH_REQUEST_ENTRY)],
    )
    .with(f::FLATTENED);
pub static CHANGE_MESSAGE_VISIBILITY_BATCH_OUTPUT: Schema = Schema::structure(
    "ChangeMessageVisibilityBatchResult",
    &[
        Member::new("Successful", &CHANGE_MESSAGE_VISIBILITY_BATCH_RESULT_ENTRY_LIST)
            .with(f::REQUIRED),
        Member::new("Failed", &BATCH_RESULT_ERROR_ENTRY_LIST).with(f::REQUIRED),
    ],
);
pub static CHANGE_MESSAGE_VISIBILITY_BATCH_RESULT_ENTRY: Schema = Schema::structure(
    "ChangeMessageVisibilityBatchResultEntry",
    &[Member::new("Id", &p::STRING).with(f::REQUIRED)],
);
pub static CHANGE_MESSAGE_VISIBILITY_BATCH_RESULT_ENTRY_LIST: Schema = Schema::list(
        "ChangeMessageVisibilityBatchResultEntryList",
        &[Member::new("member", &CHANGE_MESSAGE_VISIBILITY_BATCH_RESULT_ENTRY)],
    )
    .with(f::FLATTENED);
pub static CHANGE_MESSAGE_VISIBILITY_INPUT: Schema = Schema::structure(
    "ChangeMessageVisibilityRequest",
    &[
        Member::new("QueueUrl", &p::STRING).with(f::REQUIRED),
        Member::new("ReceiptHandle", &p::STRING).with(f::REQUIRED),
        Member::new("VisibilityTimeout", &p::INTEGER).with(f::REQUIRED),
    ],
);
pub static CREATE_QUEUE_INPUT: Schema = Schema::structure(
    "CreateQueueRequest",
    &[
        Member::new("QueueName", &p::STRING).with(f::REQUIRED),
        Member::new("Attributes", &QUEUE_ATTRIBUTE_MAP),
        Member::new("tags", &TAG_MAP),
    ],
);
pub static CREATE_QUEUE_OUTPUT: Schema = Schema::structure(
    "CreateQueueResult",
    &[Member::new("QueueUrl", &p::STRING)],
);
pub static DELETE_MESSAGE_BATCH_INPUT: Schema = Schema::structure(
    "DeleteMessageBatchRequest",
    &[
        Member::new("QueueUrl", &p::STRING).with(f::REQUIRED),
        Member::new("Entries", &DELETE_MESSAGE_BATCH_REQUEST_ENTRY_LIST)
            .with(f::REQUIRED),
    ],
);
pub static DELETE_MESSAGE_BATCH_REQUEST_ENTRY: Schema = Schema::structure(
    "DeleteMessageBatchRequestEntry",
    &[
        Member::new("Id", &p::STRING).with(f::REQUIRED),
        Member::new("ReceiptHandle", &p::STRING).with(f::REQUIRED),
    ],
);
pub static DELETE_MESSAGE_BATCH_REQUEST_ENTRY_LIST: Schema = Schema::list(
        "DeleteMessageBatchRequestEntryList",
        &[Member::new("member", &DELETE_MESSAGE_BATCH_REQUEST_ENTRY)],
    )
    .with(f::FLATTENED);
pub static DELETE_MESSAGE_BATCH_OUTPUT: Schema = Schema::structure(
    "DeleteMessageBatchResult",
    &[
        Member::new("Successful", &DELETE_MESSAGE_BATCH_RESULT_ENTRY_LIST)
            .with(f::REQUIRED),
        Member::new("Failed", &BATCH_RESULT_ERROR_ENTRY_LIST).with(f::REQUIRED),
    ],
);
pub static DELETE_MESSAGE_BATCH_RESULT_ENTRY: Schema = Schema::structure(
    "DeleteMessageBatchResultEntry",
    &[Member::new("Id", &p::STRING).with(f::REQUIRED)],
);
pub static DELETE_MESSAGE_BATCH_RESULT_ENTRY_LIST: Schema = Schema::list(
        "DeleteMessageBatchResultEntryList",
        &[Member::new("member", &DELETE_MESSAGE_BATCH_RESULT_ENTRY)],
    )
    .with(f::FLATTENED);
pub static DELETE_MESSAGE_INPUT: Schema = Schema::structure(
    "DeleteMessageRequest",
    &[
        Member::new("QueueUrl", &p::STRING).with(f::REQUIRED),
        Member::new("ReceiptHandle", &p::STRING).with(f::REQUIRED),
    ],
);
pub static DELETE_QUEUE_INPUT: Schema = Schema::structure(
    "DeleteQueueRequest",
    &[Member::new("QueueUrl", &p::STRING).with(f::REQUIRED)],
);
pub static EMPTY_BATCH_REQUEST: Schema = Schema::structure(
        "EmptyBatchRequest",
        &[Member::new("message", &p::STRING)],
    )
    .error("EmptyBatchRequest", 400u16);
pub static GET_QUEUE_ATTRIBUTES_INPUT: Schema = Schema::structure(
    "GetQueueAttributesRequest",
    &[
        Member::new("QueueUrl", &p::STRING).with(f::REQUIRED),
        Member::new("AttributeNames", &ATTRIBUTE_NAME_LIST),
    ],
);
pub static GET_QUEUE_ATTRIBUTES_OUTPUT: Schema = Schema::structure(
    "GetQueueAttributesResult",
    &[Member::new("Attributes", &QUEUE_ATTRIBUTE_MAP)],
);
pub static GET_QUEUE_URL_INPUT: Schema = Schema::structure(
    "GetQueueUrlRequest",
    &[
        Member::new("QueueName", &p::STRING).with(f::REQUIRED),
        Member::new("QueueOwnerAWSAccountId", &p::STRING),
    ],
);
pub static GET_QUEUE_URL_OUTPUT: Schema = Schema::structure(
    "GetQueueUrlResult",
    &[Member::new("QueueUrl", &p::STRING)],
);
pub static INVALID_ADDRESS: Schema = Schema::structure(
        "InvalidAddress",
        &[Member::new("message", &p::STRING)],
    )
    .error("InvalidAddress", 400u16);
pub static INVALID_ATTRIBUTE_NAME: Schema = Schema::structure(
        "InvalidAttributeName",
        &[Member::new("message", &p::STRING)],
    )
    .error("InvalidAttributeName", 400u16);
pub static INVALID_ATTRIBUTE_VALUE: Schema = Schema::structure(
        "InvalidAttributeValue",
        &[Member::new("message", &p::STRING)],
    )
    .error("InvalidAttributeValue", 400u16);
pub static INVALID_BATCH_ENTRY_ID: Schema = Schema::structure(
        "InvalidBatchEntryId",
        &[Member::new("message", &p::STRING)],
    )
    .error("InvalidBatchEntryId", 400u16);
pub static INVALID_ID_FORMAT: Schema = Schema::structure("InvalidIdFormat", &[])
    .error("InvalidIdFormat", 400u16);
pub static INVALID_MESSAGE_CONTENTS: Schema = Schema::structure(
        "InvalidMessageContents",
        &[Member::new("message", &p::STRING)],
    )
    .error("InvalidMessageContents", 400u16);
pub static INVALID_SECURITY: Schema = Schema::structure(
        "InvalidSecurity",
        &[Member::new("message", &p::STRING)],
    )
    .error("InvalidSecurity", 400u16);
pub static KMS_ACCESS_DENIED: Schema = Schema::structure(
        "KmsAccessDenied",
        &[Member::new("message", &p::STRING)],
    )
    .error("KmsAccessDenied", 400u16);
pub static KMS_DISABLED: Schema = Schema::structure(
        "KmsDisabled",
        &[Member::new("message", &p::STRING)],
    )
    .error("KmsDisabled", 400u16);
pub static KMS_INVALID_KEY_USAGE: Schema = Schema::structure(
        "KmsInvalidKeyUsage",
        &[Member::new("message", &p::STRING)],
    )
    .error("KmsInvalidKeyUsage", 400u16);
pub static KMS_INVALID_STATE: Schema = Schema::structure(
        "KmsInvalidState",
        &[Member::new("message", &p::STRING)],
    )
    .error("KmsInvalidState", 400u16);
pub static KMS_NOT_FOUND: Schema = Schema::structure(
        "KmsNotFound",
        &[Member::new("message", &p::STRING)],
    )
    .error("KmsNotFound", 400u16);
pub static KMS_OPT_IN_REQUIRED: Schema = Schema::structure(
        "KmsOptInRequired",
        &[Member::new("message", &p::STRING)],
    )
    .error("KmsOptInRequired", 400u16);
pub static KMS_THROTTLED: Schema = Schema::structure(
        "KmsThrottled",
        &[Member::new("message", &p::STRING)],
    )
    .error("KmsThrottled", 400u16);
pub static LIST_DEAD_LETTER_SOURCE_QUEUES_INPUT: Schema = Schema::structure(
    "ListDeadLetterSourceQueuesRequest",
    &[
        Member::new("QueueUrl", &p::STRING).with(f::REQUIRED),
        Member::new("NextToken", &p::STRING),
        Member::new("MaxResults", &p::INTEGER),
    ],
);
pub static LIST_DEAD_LETTER_SOURCE_QUEUES_OUTPUT: Schema = Schema::structure(
    "ListDeadLetterSourceQueuesResult",
    &[
        Member::new("queueUrls", &QUEUE_URL_LIST).with(f::REQUIRED),
        Member::new("NextToken", &p::STRING),
    ],
);
pub static LIST_MESSAGE_MOVE_TASKS_INPUT: Schema = Schema::structure(
    "ListMessageMoveTasksRequest",
    &[
        Member::new("SourceArn", &p::STRING).with(f::REQUIRED),
        Member::new("MaxResults", &p::INTEGER),
    ],
);
pub static LIST_MESSAGE_MOVE_TASKS_OUTPUT: Schema = Schema::structure(
    "ListMessageMoveTasksResult",
    &[
        Member::new("Results", &LIST_MESSAGE_MOVE_TASKS_RESULT_ENTRY_LIST)
            .with(f::FLATTENED),
    ],
);
pub static LIST_MESSAGE_MOVE_TASKS_RESULT_ENTRY: Schema = Schema::structure(
    "ListMessageMoveTasksResultEntry",
    &[
        Member::new("TaskHandle", &p::STRING),
        Member::new("Status", &p::STRING),
        Member::new("SourceArn", &p::STRING),
        Member::new("DestinationArn", &p::STRING),
        Member::new("MaxNumberOfMessagesPerSecond", &p::INTEGER),
        Member::new("ApproximateNumberOfMessagesMoved", &p::LONG),
        Member::new("ApproximateNumberOfMessagesToMove", &p::LONG),
        Member::new("FailureReason", &p::STRING),
        Member::new("StartedTimestamp", &p::LONG),
    ],
);
pub static LIST_MESSAGE_MOVE_TASKS_RESULT_ENTRY_LIST: Schema = Schema::list(
        "ListMessageMoveTasksResultEntryList",
        &[Member::new("member", &LIST_MESSAGE_MOVE_TASKS_RESULT_ENTRY)],
    )
    .with(f::FLATTENED);
pub static LIST_QUEUE_TAGS_INPUT: Schema = Schema::structure(
    "ListQueueTagsRequest",
    &[Member::new("QueueUrl", &p::STRING).with(f::REQUIRED)],
);
pub static LIST_QUEUE_TAGS_OUTPUT: Schema = Schema::structure(
    "ListQueueTagsResult",
    &[Member::new("Tags", &TAG_MAP)],
);
pub static LIST_QUEUES_INPUT: Schema = Schema::structure(
    "ListQueuesRequest",
    &[
        Member::new("QueueNamePrefix", &p::STRING),
        Member::new("NextToken", &p::STRING),
        Member::new("MaxResults", &p::INTEGER),
    ],
);
pub static LIST_QUEUES_OUTPUT: Schema = Schema::structure(
    "ListQueuesResult",
    &[Member::new("QueueUrls", &QUEUE_URL_LIST), Member::new("NextToken", &p::STRING)],
);
pub static MESSAGE: Schema = Schema::structure(
    "Message",
    &[
        Member::new("MessageId", &p::STRING),
        Member::new("ReceiptHandle", &p::STRING),
        Member::new("MD5OfBody", &p::STRING),
        Member::new("Body", &p::STRING),
        Member::new("Attributes", &MESSAGE_SYSTEM_ATTRIBUTE_MAP),
        Member::new("MD5OfMessageAttributes", &p::STRING),
        Member::new("MessageAttributes", &MESSAGE_BODY_ATTRIBUTE_MAP),
    ],
);
pub static MESSAGE_ATTRIBUTE_NAME_LIST: Schema = Schema::list(
        "MessageAttributeNameList",
        &[Member::new("member", &p::STRING)],
    )
    .with(f::FLATTENED);
pub static MESSAGE_ATTRIBUTE_VALUE: Schema = Schema::structure(
    "MessageAttributeValue",
    &[
        Member::new("StringValue", &p::STRING),
        Member::new("BinaryValue", &p::BLOB),
        Member::new("StringListValues", &STRING_LIST).with(f::FLATTENED),
        Member::new("BinaryListValues", &BINARY_LIST).with(f::FLATTENED),
        Member::new("DataType", &p::STRING).with(f::REQUIRED),
    ],
);
pub static MESSAGE_BODY_ATTRIBUTE_MAP: Schema = Schema::map(
        "MessageBodyAttributeMap",
        &[Member::new("key", &p::STRING), Member::new("value", &MESSAGE_ATTRIBUTE_VALUE)],
    )
    .with(f::FLATTENED);
pub static MESSAGE_BODY_SYSTEM_ATTRIBUTE_MAP: Schema = Schema::map(
        "MessageBodySystemAttributeMap",
        &[
            Member::new("key", &p::STRING),
            Member::new("value", &MESSAGE_SYSTEM_ATTRIBUTE_VALUE),
        ],
    )
    .with(f::FLATTENED);
pub static MESSAGE_LIST: Schema = Schema::list(
        "MessageList",
        &[Member::new("member", &MESSAGE)],
    )
    .with(f::FLATTENED);
pub static MESSAGE_NOT_INFLIGHT: Schema = Schema::structure("MessageNotInflight", &[])
    .error("MessageNotInflight", 400u16);
pub static MESSAGE_SYSTEM_ATTRIBUTE_LIST: Schema = Schema::list(
        "MessageSystemAttributeList",
        &[Member::new("member", &p::STRING)],
    )
    .with(f::FLATTENED);
pub static MESSAGE_SYSTEM_ATTRIBUTE_MAP: Schema = Schema::map(
        "MessageSystemAttributeMap",
        &[Member::new("key", &p::STRING), Member::new("value", &p::STRING)],
    )
    .with(f::FLATTENED);
pub static MESSAGE_SYSTEM_ATTRIBUTE_VALUE: Schema = Schema::structure(
    "MessageSystemAttributeValue",
    &[
        Member::new("StringValue", &p::STRING),
        Member::new("BinaryValue", &p::BLOB),
        Member::new("StringListValues", &STRING_LIST).with(f::FLATTENED),
        Member::new("BinaryListValues", &BINARY_LIST).with(f::FLATTENED),
        Member::new("DataType", &p::STRING).with(f::REQUIRED),
    ],
);
pub static OVER_LIMIT: Schema = Schema::structure(
        "OverLimit",
        &[Member::new("message", &p::STRING)],
    )
    .error("OverLimit", 400u16);
pub static PURGE_QUEUE_IN_PROGRESS: Schema = Schema::structure(
        "PurgeQueueInProgress",
        &[Member::new("message", &p::STRING)],
    )
    .error("PurgeQueueInProgress", 400u16);
pub static PURGE_QUEUE_INPUT: Schema = Schema::structure(
    "PurgeQueueRequest",
    &[Member::new("QueueUrl", &p::STRING).with(f::REQUIRED)],
);
pub static QUEUE_ATTRIBUTE_MAP: Schema = Schema::map(
        "QueueAttributeMap",
        &[Member::new("key", &p::STRING), Member::new("value", &p::STRING)],
    )
    .with(f::FLATTENED);
pub static QUEUE_DELETED_RECENTLY: Schema = Schema::structure(
        "QueueDeletedRecently",
        &[Member::new("message", &p::STRING)],
    )
    .error("QueueDeletedRecently", 400u16);
pub static QUEUE_DOES_NOT_EXIST: Schema = Schema::structure(
        "QueueDoesNotExist",
        &[Member::new("message", &p::STRING)],
    )
    .error("QueueDoesNotExist", 400u16);
pub static QUEUE_NAME_EXISTS: Schema = Schema::structure(
        "QueueNameExists",
        &[Member::new("message", &p::STRING)],
    )
    .error("QueueNameExists", 400u16);
pub static QUEUE_URL_LIST: Schema = Schema::list(
        "QueueUrlList",
        &[Member::new("member", &p::STRING)],
    )
    .with(f::FLATTENED);
pub static RECEIPT_HANDLE_IS_INVALID: Schema = Schema::structure(
        "ReceiptHandleIsInvalid",
        &[Member::new("message", &p::STRING)],
    )
    .error("ReceiptHandleIsInvalid", 400u16);
pub static RECEIVE_MESSAGE_INPUT: Schema = Schema::structure(
    "ReceiveMessageRequest",
    &[
        Member::new("QueueUrl", &p::STRING).with(f::REQUIRED),
        Member::new("AttributeNames", &ATTRIBUTE_NAME_LIST),
        Member::new("MessageSystemAttributeNames", &MESSAGE_SYSTEM_ATTRIBUTE_LIST),
        Member::new("MessageAttributeNames", &MESSAGE_ATTRIBUTE_NAME_LIST),
        Member::new("MaxNumberOfMessages", &p::INTEGER),
        Member::new("VisibilityTimeout", &p::INTEGER),
        Member::new("WaitTimeSeconds", &p::INTEGER),
        Member::new("ReceiveRequestAttemptId", &p::STRING),
    ],
);
pub static RECEIVE_MESSAGE_OUTPUT: Schema = Schema::structure(
    "ReceiveMessageResult",
    &[Member::new("Messages", &MESSAGE_LIST)],
);
pub static REMOVE_PERMISSION_INPUT: Schema = Schema::structure(
    "RemovePermissionRequest",
    &[
        Member::new("QueueUrl", &p::STRING).with(f::REQUIRED),
        Member::new("Label", &p::STRING).with(f::REQUIRED),
    ],
);
pub static REQUEST_THROTTLED: Schema = Schema::structure(
        "RequestThrottled",
        &[Member::new("message", &p::STRING)],
    )
    .error("RequestThrottled", 400u16);
pub static RESOURCE_NOT_FOUND_EXCEPTION: Schema = Schema::structure(
        "ResourceNotFoundException",
        &[Member::new("message", &p::STRING)],
    )
    .error("ResourceNotFoundException", 400u16);
pub static SEND_MESSAGE_BATCH_INPUT: Schema = Schema::structure(
    "SendMessageBatchRequest",
    &[
        Member::new("QueueUrl", &p::STRING).with(f::REQUIRED),
        Member::new("Entries", &SEND_MESSAGE_BATCH_REQUEST_ENTRY_LIST).with(f::REQUIRED),
    ],
);
pub static SEND_MESSAGE_BATCH_REQUEST_ENTRY: Schema = Schema::structure(
    "SendMessageBatchRequestEntry",
    &[
        Member::new("Id", &p::STRING).with(f::REQUIRED),
        Member::new("MessageBody", &p::STRING).with(f::REQUIRED),
        Member::new("DelaySeconds", &p::INTEGER),
        Member::new("MessageAttributes", &MESSAGE_BODY_ATTRIBUTE_MAP),
        Member::new("MessageSystemAttributes", &MESSAGE_BODY_SYSTEM_ATTRIBUTE_MAP),
        Member::new("MessageDeduplicationId", &p::STRING),
        Member::new("MessageGroupId", &p::STRING),
    ],
);
pub static SEND_MESSAGE_BATCH_REQUEST_ENTRY_LIST: Schema = Schema::list(
        "SendMessageBatchRequestEntryList",
        &[Member::new("member", &SEND_MESSAGE_BATCH_REQUEST_ENTRY)],
    )
    .with(f::FLATTENED);
pub static SEND_MESSAGE_BATCH_OUTPUT: Schema = Schema::structure(
    "SendMessageBatchResult",
    &[
        Member::new("Successful", &SEND_MESSAGE_BATCH_RESULT_ENTRY_LIST)
            .with(f::REQUIRED),
        Member::new("Failed", &BATCH_RESULT_ERROR_ENTRY_LIST).with(f::REQUIRED),
    ],
);
pub static SEND_MESSAGE_BATCH_RESULT_ENTRY: Schema = Schema::structure(
    "SendMessageBatchResultEntry",
    &[
        Member::new("Id", &p::STRING).with(f::REQUIRED),
        Member::new("MessageId", &p::STRING).with(f::REQUIRED),
        Member::new("MD5OfMessageBody", &p::STRING).with(f::REQUIRED),
        Member::new("MD5OfMessageAttributes", &p::STRING),
        Member::new("MD5OfMessageSystemAttributes", &p::STRING),
        Member::new("SequenceNumber", &p::STRING),
    ],
);
pub static SEND_MESSAGE_BATCH_RESULT_ENTRY_LIST: Schema = Schema::list(
        "SendMessageBatchResultEntryList",
        &[Member::new("member", &SEND_MESSAGE_BATCH_RESULT_ENTRY)],
    )
    .with(f::FLATTENED);
pub static SEND_MESSAGE_INPUT: Schema = Schema::structure(
    "SendMessageRequest",
    &[
        Member::new("QueueUrl", &p::STRING).with(f::REQUIRED),
        Member::new("MessageBody", &p::STRING).with(f::REQUIRED),
        Member::new("DelaySeconds", &p::INTEGER),
        Member::new("MessageAttributes", &MESSAGE_BODY_ATTRIBUTE_MAP),
        Member::new("MessageSystemAttributes", &MESSAGE_BODY_SYSTEM_ATTRIBUTE_MAP),
        Member::new("MessageDeduplicationId", &p::STRING),
        Member::new("MessageGroupId", &p::STRING),
    ],
);
pub static SEND_MESSAGE_OUTPUT: Schema = Schema::structure(
    "SendMessageResult",
    &[
        Member::new("MD5OfMessageBody", &p::STRING),
        Member::new("MD5OfMessageAttributes", &p::STRING),
        Member::new("MD5OfMessageSystemAttributes", &p::STRING),
        Member::new("MessageId", &p::STRING),
        Member::new("SequenceNumber", &p::STRING),
    ],
);
pub static SET_QUEUE_ATTRIBUTES_INPUT: Schema = Schema::structure(
    "SetQueueAttributesRequest",
    &[
        Member::new("QueueUrl", &p::STRING).with(f::REQUIRED),
        Member::new("Attributes", &QUEUE_ATTRIBUTE_MAP).with(f::REQUIRED),
    ],
);
pub static START_MESSAGE_MOVE_TASK_INPUT: Schema = Schema::structure(
    "StartMessageMoveTaskRequest",
    &[
        Member::new("SourceArn", &p::STRING).with(f::REQUIRED),
        Member::new("DestinationArn", &p::STRING),
        Member::new("MaxNumberOfMessagesPerSecond", &p::INTEGER),
    ],
);
pub static START_MESSAGE_MOVE_TASK_OUTPUT: Schema = Schema::structure(
    "StartMessageMoveTaskResult",
    &[Member::new("TaskHandle", &p::STRING)],
);
pub static STRING_LIST: Schema = Schema::list(
    "StringList",
    &[Member::new("member", &p::STRING)],
);
pub static TAG_KEY_LIST: Schema = Schema::list(
        "TagKeyList",
        &[Member::new("member", &p::STRING)],
    )
    .with(f::FLATTENED);
pub static TAG_MAP: Schema = Schema::map(
        "TagMap",
        &[Member::new("key", &p::STRING), Member::new("value", &p::STRING)],
    )
    .with(f::FLATTENED);
pub static TAG_QUEUE_INPUT: Schema = Schema::structure(
    "TagQueueRequest",
    &[
        Member::new("QueueUrl", &p::STRING).with(f::REQUIRED),
        Member::new("Tags", &TAG_MAP).with(f::REQUIRED),
    ],
);
pub static TOO_MANY_ENTRIES_IN_BATCH_REQUEST: Schema = Schema::structure(
        "TooManyEntriesInBatchRequest",
        &[Member::new("message", &p::STRING)],
    )
    .error("TooManyEntriesInBatchRequest", 400u16);
pub static UNSUPPORTED_OPERATION: Schema = Schema::structure(
        "UnsupportedOperation",
        &[Member::new("message", &p::STRING)],
    )
    .error("UnsupportedOperation", 400u16);
pub static UNTAG_QUEUE_INPUT: Schema = Schema::structure(
    "UntagQueueRequest",
    &[
        Member::new("QueueUrl", &p::STRING).with(f::REQUIRED),
        Member::new("TagKeys", &TAG_KEY_LIST).with(f::REQUIRED),
    ],
);
/// Operation metadata.
pub mod ops {
    use super::*;
    pub static ADD_PERMISSION: Operation = Operation::new(
            "AddPermission",
            "POST",
            "/",
            &super::ADD_PERMISSION_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::OVER_LIMIT,
                &super::REQUEST_THROTTLED,
                &super::QUEUE_DOES_NOT_EXIST,
                &super::INVALID_ADDRESS,
                &super::INVALID_SECURITY,
                &super::UNSUPPORTED_OPERATION,
            ],
        );
    pub static CANCEL_MESSAGE_MOVE_TASK: Operation = Operation::new(
            "CancelMessageMoveTask",
            "POST",
            "/",
            &super::CANCEL_MESSAGE_MOVE_TASK_INPUT,
            &super::CANCEL_MESSAGE_MOVE_TASK_OUTPUT,
        )
        .errors(
            &[
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::REQUEST_THROTTLED,
                &super::INVALID_ADDRESS,
                &super::INVALID_SECURITY,
                &super::UNSUPPORTED_OPERATION,
            ],
        );
    pub static CHANGE_MESSAGE_VISIBILITY: Operation = Operation::new(
            "ChangeMessageVisibility",
            "POST",
            "/",
            &super::CHANGE_MESSAGE_VISIBILITY_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::MESSAGE_NOT_INFLIGHT,
                &super::RECEIPT_HANDLE_IS_INVALID,
                &super::REQUEST_THROTTLED,
                &super::QUEUE_DOES_NOT_EXIST,
                &super::UNSUPPORTED_OPERATION,
                &super::INVALID_ADDRESS,
                &super::INVALID_SECURITY,
            ],
        );
    pub static CHANGE_MESSAGE_VISIBILITY_BATCH: Operation = Operation::new(
            "ChangeMessageVisibilityBatch",
            "POST",
            "/",
            &super::CHANGE_MESSAGE_VISIBILITY_BATCH_INPUT,
            &super::CHANGE_MESSAGE_VISIBILITY_BATCH_OUTPUT,
        )
        .errors(
            &[
                &super::TOO_MANY_ENTRIES_IN_BATCH_REQUEST,
                &super::EMPTY_BATCH_REQUEST,
                &super::BATCH_ENTRY_IDS_NOT_DISTINCT,
                &super::INVALID_BATCH_ENTRY_ID,
                &super::REQUEST_THROTTLED,
                &super::QUEUE_DOES_NOT_EXIST,
                &super::UNSUPPORTED_OPERATION,
                &super::INVALID_ADDRESS,
                &super::INVALID_SECURITY,
            ],
        );
    pub static CREATE_QUEUE: Operation = Operation::new(
            "CreateQueue",
            "POST",
            "/",
            &super::CREATE_QUEUE_INPUT,
            &super::CREATE_QUEUE_OUTPUT,
        )
        .errors(
            &[
                &super::QUEUE_DELETED_RECENTLY,
                &super::QUEUE_NAME_EXISTS,
                &super::REQUEST_THROTTLED,
                &super::INVALID_ADDRESS,
                &super::INVALID_ATTRIBUTE_NAME,
                &super::INVALID_ATTRIBUTE_VALUE,
                &super::UNSUPPORTED_OPERATION,
                &super::INVALID_SECURITY,
            ],
        );
    pub static DELETE_MESSAGE: Operation = Operation::new(
            "DeleteMessage",
            "POST",
            "/",
            &super::DELETE_MESSAGE_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::INVALID_ID_FORMAT,
                &super::RECEIPT_HANDLE_IS_INVALID,
                &super::REQUEST_THROTTLED,
                &super::QUEUE_DOES_NOT_EXIST,
                &super::UNSUPPORTED_OPERATION,
                &super::INVALID_SECURITY,
                &super::INVALID_ADDRESS,
            ],
        );
    pub static DELETE_MESSAGE_BATCH: Operation = Operation::new(
            "DeleteMessageBatch",
            "POST",
            "/",
            &super::DELETE_MESSAGE_BATCH_INPUT,
            &super::DELETE_MESSAGE_BATCH_OUTPUT,
        )
        .errors(
            &[
                &super::TOO_MANY_ENTRIES_IN_BATCH_REQUEST,
                &super::EMPTY_BATCH_REQUEST,
                &super::BATCH_ENTRY_IDS_NOT_DISTINCT,
                &super::INVALID_BATCH_ENTRY_ID,
                &super::REQUEST_THROTTLED,
                &super::QUEUE_DOES_NOT_EXIST,
                &super::UNSUPPORTED_OPERATION,
                &super::INVALID_ADDRESS,
                &super::INVALID_SECURITY,
            ],
        );
    pub static DELETE_QUEUE: Operation = Operation::new(
            "DeleteQueue",
            "POST",
            "/",
            &super::DELETE_QUEUE_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::REQUEST_THROTTLED,
                &super::QUEUE_DOES_NOT_EXIST,
                &super::INVALID_ADDRESS,
                &super::UNSUPPORTED_OPERATION,
                &super::INVALID_SECURITY,
            ],
        );
    pub static GET_QUEUE_ATTRIBUTES: Operation = Operation::new(
            "GetQueueAttributes",
            "POST",
            "/",
            &super::GET_QUEUE_ATTRIBUTES_INPUT,
            &super::GET_QUEUE_ATTRIBUTES_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_ATTRIBUTE_NAME,
                &super::REQUEST_THROTTLED,
                &super::QUEUE_DOES_NOT_EXIST,
                &super::UNSUPPORTED_OPERATION,
                &super::INVALID_SECURITY,
                &super::INVALID_ADDRESS,
            ],
        );
    pub static GET_QUEUE_URL: Operation = Operation::new(
            "GetQueueUrl",
            "POST",
            "/",
            &super::GET_QUEUE_URL_INPUT,
            &super::GET_QUEUE_URL_OUTPUT,
        )
        .errors(
            &[
                &super::REQUEST_THROTTLED,
                &super::QUEUE_DOES_NOT_EXIST,
                &super::INVALID_ADDRESS,
                &super::INVALID_SECURITY,
                &super::UNSUPPORTED_OPERATION,
            ],
        );
    pub static LIST_DEAD_LETTER_SOURCE_QUEUES: Operation = Operation::new(
            "ListDeadLetterSourceQueues",
            "POST",
            "/",
            &super::LIST_DEAD_LETTER_SOURCE_QUEUES_INPUT,
            &super::LIST_DEAD_LETTER_SOURCE_QUEUES_OUTPUT,
        )
        .errors(
            &[
                &super::QUEUE_DOES_NOT_EXIST,
                &super::REQUEST_THROTTLED,
                &super::INVALID_SECURITY,
                &super::INVALID_ADDRESS,
                &super::UNSUPPORTED_OPERATION,
            ],
        );
    pub static LIST_MESSAGE_MOVE_TASKS: Operation = Operation::new(
            "ListMessageMoveTasks",
            "POST",
            "/",
            &super::LIST_MESSAGE_MOVE_TASKS_INPUT,
            &super::LIST_MESSAGE_MOVE_TASKS_OUTPUT,
        )
        .errors(
            &[
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::REQUEST_THROTTLED,
                &super::INVALID_ADDRESS,
                &super::INVALID_SECURITY,
                &super::UNSUPPORTED_OPERATION,
            ],
        );
    pub static LIST_QUEUE_TAGS: Operation = Operation::new(
            "ListQueueTags",
            "POST",
            "/",
            &super::LIST_QUEUE_TAGS_INPUT,
            &super::LIST_QUEUE_TAGS_OUTPUT,
        )
        .errors(
            &[
                &super::REQUEST_THROTTLED,
                &super::QUEUE_DOES_NOT_EXIST,
                &super::UNSUPPORTED_OPERATION,
                &super::INVALID_ADDRESS,
                &super::INVALID_SECURITY,
            ],
        );
    pub static LIST_QUEUES: Operation = Operation::new(
            "ListQueues",
            "POST",
            "/",
            &super::LIST_QUEUES_INPUT,
            &super::LIST_QUEUES_OUTPUT,
        )
        .errors(
            &[
                &super::REQUEST_THROTTLED,
                &super::INVALID_SECURITY,
                &super::INVALID_ADDRESS,
                &super::UNSUPPORTED_OPERATION,
            ],
        );
    pub static PURGE_QUEUE: Operation = Operation::new(
            "PurgeQueue",
            "POST",
            "/",
            &super::PURGE_QUEUE_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::QUEUE_DOES_NOT_EXIST,
                &super::PURGE_QUEUE_IN_PROGRESS,
                &super::REQUEST_THROTTLED,
                &super::INVALID_ADDRESS,
                &super::INVALID_SECURITY,
                &super::UNSUPPORTED_OPERATION,
            ],
        );
    pub static RECEIVE_MESSAGE: Operation = Operation::new(
            "ReceiveMessage",
            "POST",
            "/",
            &super::RECEIVE_MESSAGE_INPUT,
            &super::RECEIVE_MESSAGE_OUTPUT,
        )
        .errors(
            &[
                &super::UNSUPPORTED_OPERATION,
                &super::OVER_LIMIT,
                &super::REQUEST_THROTTLED,
                &super::QUEUE_DOES_NOT_EXIST,
                &super::INVALID_SECURITY,
                &super::KMS_DISABLED,
                &super::KMS_INVALID_STATE,
                &super::KMS_NOT_FOUND,
                &super::KMS_OPT_IN_REQUIRED,
                &super::KMS_THROTTLED,
                &super::KMS_ACCESS_DENIED,
                &super::KMS_INVALID_KEY_USAGE,
                &super::INVALID_ADDRESS,
            ],
        );
    pub static REMOVE_PERMISSION: Operation = Operation::new(
            "RemovePermission",
            "POST",
            "/",
            &super::REMOVE_PERMISSION_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::INVALID_ADDRESS,
                &super::REQUEST_THROTTLED,
                &super::QUEUE_DOES_NOT_EXIST,
                &super::INVALID_SECURITY,
                &super::UNSUPPORTED_OPERATION,
            ],
        );
    pub static SEND_MESSAGE: Operation = Operation::new(
            "SendMessage",
            "POST",
            "/",
            &super::SEND_MESSAGE_INPUT,
            &super::SEND_MESSAGE_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_MESSAGE_CONTENTS,
                &super::UNSUPPORTED_OPERATION,
                &super::REQUEST_THROTTLED,
                &super::QUEUE_DOES_NOT_EXIST,
                &super::INVALID_SECURITY,
                &super::KMS_DISABLED,
                &super::KMS_INVALID_STATE,
                &super::KMS_NOT_FOUND,
                &super::KMS_OPT_IN_REQUIRED,
                &super::KMS_THROTTLED,
                &super::KMS_ACCESS_DENIED,
                &super::KMS_INVALID_KEY_USAGE,
                &super::INVALID_ADDRESS,
            ],
        );
    pub static SEND_MESSAGE_BATCH: Operation = Operation::new(
            "SendMessageBatch",
            "POST",
            "/",
            &super::SEND_MESSAGE_BATCH_INPUT,
            &super::SEND_MESSAGE_BATCH_OUTPUT,
        )
        .errors(
            &[
                &super::TOO_MANY_ENTRIES_IN_BATCH_REQUEST,
                &super::EMPTY_BATCH_REQUEST,
                &super::BATCH_ENTRY_IDS_NOT_DISTINCT,
                &super::BATCH_REQUEST_TOO_LONG,
                &super::INVALID_BATCH_ENTRY_ID,
                &super::UNSUPPORTED_OPERATION,
                &super::REQUEST_THROTTLED,
                &super::QUEUE_DOES_NOT_EXIST,
                &super::INVALID_SECURITY,
                &super::KMS_DISABLED,
                &super::KMS_INVALID_STATE,
                &super::KMS_NOT_FOUND,
                &super::KMS_OPT_IN_REQUIRED,
                &super::KMS_THROTTLED,
                &super::KMS_ACCESS_DENIED,
                &super::KMS_INVALID_KEY_USAGE,
                &super::INVALID_ADDRESS,
            ],
        );
    pub static SET_QUEUE_ATTRIBUTES: Operation = Operation::new(
            "SetQueueAttributes",
            "POST",
            "/",
            &super::SET_QUEUE_ATTRIBUTES_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::INVALID_ATTRIBUTE_NAME,
                &super::INVALID_ATTRIBUTE_VALUE,
                &super::REQUEST_THROTTLED,
                &super::QUEUE_DOES_NOT_EXIST,
                &super::UNSUPPORTED_OPERATION,
                &super::OVER_LIMIT,
                &super::INVALID_ADDRESS,
                &super::INVALID_SECURITY,
            ],
        );
    pub static START_MESSAGE_MOVE_TASK: Operation = Operation::new(
            "StartMessageMoveTask",
            "POST",
            "/",
            &super::START_MESSAGE_MOVE_TASK_INPUT,
            &super::START_MESSAGE_MOVE_TASK_OUTPUT,
        )
        .errors(
            &[
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::REQUEST_THROTTLED,
                &super::INVALID_ADDRESS,
                &super::INVALID_SECURITY,
                &super::UNSUPPORTED_OPERATION,
            ],
        );
    pub static TAG_QUEUE: Operation = Operation::new(
            "TagQueue",
            "POST",
            "/",
            &super::TAG_QUEUE_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::INVALID_ADDRESS,
                &super::REQUEST_THROTTLED,
                &super::QUEUE_DOES_NOT_EXIST,
                &super::INVALID_SECURITY,
                &super::UNSUPPORTED_OPERATION,
            ],
        );
    pub static UNTAG_QUEUE: Operation = Operation::new(
            "UntagQueue",
            "POST",
            "/",
            &super::UNTAG_QUEUE_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::INVALID_ADDRESS,
                &super::REQUEST_THROTTLED,
                &super::QUEUE_DOES_NOT_EXIST,
                &super::INVALID_SECURITY,
                &super::UNSUPPORTED_OPERATION,
            ],
        );
    /// Every operation, by model name order.
    pub static ALL: &[&Operation] = &[
        &ADD_PERMISSION,
        &CANCEL_MESSAGE_MOVE_TASK,
        &CHANGE_MESSAGE_VISIBILITY,
        &CHANGE_MESSAGE_VISIBILITY_BATCH,
        &CREATE_QUEUE,
        &DELETE_MESSAGE,
        &DELETE_MESSAGE_BATCH,
        &DELETE_QUEUE,
        &GET_QUEUE_ATTRIBUTES,
        &GET_QUEUE_URL,
        &LIST_DEAD_LETTER_SOURCE_QUEUES,
        &LIST_MESSAGE_MOVE_TASKS,
        &LIST_QUEUE_TAGS,
        &LIST_QUEUES,
        &PURGE_QUEUE,
        &RECEIVE_MESSAGE,
        &REMOVE_PERMISSION,
        &SEND_MESSAGE,
        &SEND_MESSAGE_BATCH,
        &SET_QUEUE_ATTRIBUTES,
        &START_MESSAGE_MOVE_TASK,
        &TAG_QUEUE,
        &UNTAG_QUEUE,
    ];
}
/// The service's paginators (`paginators-1.json`).
pub mod paginators {
    use kumo_runtime::paginate::PaginatorSpec;
    pub static LIST_DEAD_LETTER_SOURCE_QUEUES: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_DEAD_LETTER_SOURCE_QUEUES,
        input_token: &["NextToken"],
        output_token: &["NextToken"],
        limit_key: Some("MaxResults"),
        more_results: None,
        result_key: &["queueUrls"],
    };
    pub static LIST_QUEUES: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_QUEUES,
        input_token: &["NextToken"],
        output_token: &["NextToken"],
        limit_key: Some("MaxResults"),
        more_results: None,
        result_key: &["QueueUrls"],
    };
}

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
    service_id: "EventBridgeV2",
    endpoint_prefix: "eventsv2",
    signing_name: "events",
    target_prefix: Some("AWSEventsV2"),
    rule_set: include_str!("endpoint-rule-set.json"),
    ..Service::new("eventbridgev2", "2025-05-15", Protocol::SmithyRpcV2Cbor)
};
pub static ACCESS_DENIED_EXCEPTION: Schema = Schema::structure(
        "AccessDeniedException",
        &[Member::new("Message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("AccessDeniedException", 403u16);
pub static AWS_SERVICE_EVENTS_SOURCE_CONFIGURATION: Schema = Schema::structure(
    "AwsServiceEventsSourceConfiguration",
    &[
        Member::new("AwsService", &p::STRING).with(f::REQUIRED),
        Member::new("Pattern", &AWS_SERVICE_EVENTS_SOURCE_CONFIGURATION_PATTERN_STRING),
        Member::new("OnFailureConfiguration", &ON_FAILURE_CONFIGURATION),
    ],
);
pub static AWS_SERVICE_EVENTS_SOURCE_CONFIGURATION_PATTERN_STRING: Schema = Schema::scalar(
        "AwsServiceEventsSourceConfigurationPatternString",
        Kind::String,
    )
    .with(f::SENSITIVE);
pub static BATCH_CONFIGURATION: Schema = Schema::structure(
    "BatchConfiguration",
    &[
        Member::new("MaxBatchSize", &p::INTEGER),
        Member::new("MaxBatchWindowInSeconds", &p::INTEGER),
    ],
);
pub static CONCURRENT_MODIFICATION_EXCEPTION: Schema = Schema::structure(
        "ConcurrentModificationException",
        &[Member::new("Message", &p::STRING)],
    )
    .with(f::SENDER_FAULT | f::RETRYABLE)
    .error("ConcurrentModificationException", 409u16);
pub static CONFLICT_EXCEPTION: Schema = Schema::structure(
        "ConflictException",
        &[Member::new("Message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("ConflictException", 409u16);
pub static CONFLUENT_PUBLIC_REGISTRY_CONFIGURATION: Schema = Schema::structure(
    "ConfluentPublicRegistryConfiguration",
    &[Member::new("ConnectionArn", &p::STRING).with(f::REQUIRED)],
);
pub static CREATE_EVENT_BUS_INPUT: Schema = Schema::structure(
    "CreateEventBusRequest",
    &[
        Member::new("Name", &p::STRING).with(f::REQUIRED),
        Member::new("Description", &p::STRING),
        Member::new("EncryptionConfiguration", &ENCRYPTION_CONFIGURATION),
        Member::new("StorageConfiguration", &STORAGE_CONFIGURATION),
        Member::new("Tags", &TAG_MAP),
        Member::new("ClientToken", &p::STRING).with(f::IDEMPOTENCY_TOKEN),
    ],
);
pub static CREATE_EVENT_BUS_OUTPUT: Schema = Schema::structure(
    "CreateEventBusResponse",
    &[
        Member::new("EventBusArn", &p::STRING),
        Member::new("Name", &p::STRING),
        Member::new("Description", &p::STRING),
        Member::new("EncryptionConfiguration", &ENCRYPTION_CONFIGURATION),
        Member::new("StorageConfiguration", &STORAGE_CONFIGURATION_OUTPUT),
        Member::new("State", &p::STRING),
        Member::new("StateReason", &p::STRING),
        Member::new("CreationTime", &p::TIMESTAMP),
    ],
);
pub static CREATE_EVENT_SOURCE_INPUT: Schema = Schema::structure(
    "CreateEventSourceRequest",
    &[
        Member::new("Name", &p::STRING).with(f::REQUIRED),
        Member::new("EventBusArn", &p::STRING)
            .context_param("EventBusArn")
            .with(f::REQUIRED),
        Member::new("Configuration", &EVENT_SOURCE_CONFIGURATION).with(f::REQUIRED),
        Member::new("Description", &p::STRING),
        Member::new("Tags", &TAG_MAP),
        Member::new("ClientToken", &p::STRING).with(f::IDEMPOTENCY_TOKEN),
    ],
);
pub static CREATE_EVENT_SOURCE_OUTPUT: Schema = Schema::structure(
    "CreateEventSourceResponse",
    &[
        Member::new("EventSourceArn", &p::STRING),
        Member::new("Name", &p::STRING),
        Member::new("EventBusArn", &p::STRING),
        Member::new("State", &p::STRING),
        Member::new("CreationTime", &p::TIMESTAMP),
    ],
);
pub static CREATE_SUBSCRIBER_INPUT: Schema = Schema::structure(
    "CreateSubscriberRequest",
    &[
        Member::new("Name", &p::STRING).with(f::REQUIRED),
        Member::new("EventBusArn", &p::STRING)
            .context_param("EventBusArn")
            .with(f::REQUIRED),
        Member::new("InvokeConfiguration", &INVOKE_CONFIGURATION).with(f::REQUIRED),
        Member::new("Description", &p::STRING),
        Member::new("FilterConfiguration", &FILTER_CONFIGURATION),
        Member::new("Type", &p::STRING),
        Member::new("StartingPosition", &p::STRING),
        Member::new("PointInTimeConfiguration", &POINT_IN_TIME_CONFIGURATION),
        Member::new("BatchConfiguration", &BATCH_CONFIGURATION),
        Member::new("Transformer", &TRANSFORMER),
        Member::new("RetryPolicy", &RETRY_POLICY),
        Member::new("OnFailureConfiguration", &ON_FAILURE_CONFIGURATION),
        Member::new("LogConfiguration", &LOG_CONFIGURATION),
        Member::new("State", &p::STRING),
        Member::new("Tags", &TAG_MAP),
        Member::new("ClientToken", &p::STRING).with(f::IDEMPOTENCY_TOKEN),
    ],
);
pub static CREATE_SUBSCRIBER_OUTPUT: Schema = Schema::structure(
    "CreateSubscriberResponse",
    &[
        Member::new("SubscriberArn", &p::STRING),
        Member::new("Name", &p::STRING),
        Member::new("EventBusArn", &p::STRING),
        Member::new("Type", &p::STRING),
        Member::new("StartingPosition", &p::STRING),
        Member::new("PointInTimeConfiguration", &POINT_IN_TIME_CONFIGURATION),
        Member::new("State", &p::STRING),
        Member::new("CreationTime", &p::TIMESTAMP),
    ],
);
pub static DEDUPLICATION_CONFIGURATION: Schema = Schema::structure(
    "DeduplicationConfiguration",
    &[Member::new("DeduplicationType", &p::STRING).with(f::REQUIRED)],
);
pub static DELETE_EVENT_BUS_INPUT: Schema = Schema::structure(
    "DeleteEventBusRequest",
    &[
        Member::new("EventBusArn", &p::STRING)
            .context_param("EventBusArn")
            .with(f::REQUIRED),
    ],
);
pub static DELETE_EVENT_BUS_OUTPUT: Schema = Schema::structure(
    "DeleteEventBusResponse",
    &[],
);
pub static DELETE_EVENT_SOURCE_INPUT: Schema = Schema::structure(
    "DeleteEventSourceRequest",
    &[Member::new("EventSourceArn", &p::STRING).with(f::REQUIRED)],
);
pub static DELETE_EVENT_SOURCE_OUTPUT: Schema = Schema::structure(
    "DeleteEventSourceResponse",
    &[],
);
pub static DELETE_RESOURCE_POLICY_INPUT: Schema = Schema::structure(
    "DeleteResourcePolicyRequest",
    &[
        Member::new("ResourceArn", &p::STRING)
            .context_param("EventBusArn")
            .with(f::REQUIRED),
        Member::new("PolicyName", &p::STRING),
        Member::new("ExpectedRevisionId", &p::STRING),
    ],
);
pub static DELETE_RESOURCE_POLICY_OUTPUT: Schema = Schema::structure(
    "DeleteResourcePolicyResponse",
    &[Member::new("RevisionId", &p::STRING)],
);
pub static DELETE_SUBSCRIBER_INPUT: Schema = Schema::structure(
    "DeleteSubscriberRequest",
    &[Member::new("SubscriberArn", &p::STRING).with(f::REQUIRED)],
);
pub static DELETE_SUBSCRIBER_OUTPUT: Schema = Schema::structure(
    "DeleteSubscriberResponse",
    &[],
);
pub static DESCRIBE_EVENT_BUS_INPUT: Schema = Schema::structure(
    "DescribeEventBusRequest",
    &[
        Member::new("EventBusArn", &p::STRING)
            .context_param("EventBusArn")
            .with(f::REQUIRED),
    ],
);
pub static DESCRIBE_EVENT_BUS_OUTPUT: Schema = Schema::structure(
    "DescribeEventBusResponse",
    &[
        Member::new("EventBusArn", &p::STRING),
        Member::new("Name", &p::STRING),
        Member::new("Description", &p::STRING),
        Member::new("EncryptionConfiguration", &ENCRYPTION_CONFIGURATION),
        Member::new("StorageConfiguration", &STORAGE_CONFIGURATION_OUTPUT),
        Member::new("CreationTime", &p::TIMESTAMP),
        Member::new("LastModifiedTime", &p::TIMESTAMP),
        Member::new("State", &p::STRING),
        Member::new("StateReason", &p::STRING),
    ],
);
pub static DESCRIBE_EVENT_SOURCE_INPUT: Schema = Schema::structure(
    "DescribeEventSourceRequest",
    &[Member::new("EventSourceArn", &p::STRING).with(f::REQUIRED)],
);
pub static DESCRIBE_EVENT_SOURCE_OUTPUT: Schema = Schema::structure(
    "DescribeEventSourceResponse",
    &[
        Member::new("EventSourceArn", &p::STRING),
        Member::new("Name", &p::STRING),
        Member::new("EventBusArn", &p::STRING),
        Member::new("Configuration", &EVENT_SOURCE_CONFIGURATION),
        Member::new("Description", &p::STRING),
        Member::new("State", &p::STRING),
        Member::new("Revoked", &p::BOOLEAN),
        Member::new("CreationTime", &p::TIMESTAMP),
        Member::new("LastModifiedTime", &p::TIMESTAMP),
    ],
);
pub static DESCRIBE_SUBSCRIBER_INPUT: Schema = Schema::structure(
    "DescribeSubscriberRequest",
    &[Member::new("SubscriberArn", &p::STRING).with(f::REQUIRED)],
);
pub static DESCRIBE_SUBSCRIBER_OUTPUT: Schema = Schema::structure(
    "DescribeSubscriberResponse",
    &[
        Member::new("SubscriberArn", &p::STRING),
        Member::new("Name", &p::STRING),
        Member::new("EventBusArn", &p::STRING),
        Member::new("InvokeConfiguration", &INVOKE_CONFIGURATION),
        Member::new("Description", &p::STRING),
        Member::new("FilterConfiguration", &FILTER_CONFIGURATION),
        Member::new("Type", &p::STRING),
        Member::new("StartingPosition", &p::STRING),
        Member::new("PointInTimeConfiguration", &POINT_IN_TIME_CONFIGURATION),
        Member::new("BatchConfiguration", &BATCH_CONFIGURATION),
        Member::new("Transformer", &TRANSFORMER),
        Member::new("RetryPolicy", &RETRY_POLICY),
        Member::new("OnFailureConfiguration", &ON_FAILURE_CONFIGURATION),
        Member::new("LogConfiguration", &LOG_CONFIGURATION),
        Member::new("State", &p::STRING),
        Member::new("Revoked", &p::BOOLEAN),
        Member::new("CreationTime", &p::TIMESTAMP),
        Member::new("LastModifiedTime", &p::TIMESTAMP),
    ],
);
pub static ENCRYPTION_CONFIGURATION: Schema = Schema::structure(
    "EncryptionConfiguration",
    &[Member::new("KmsKeyIdentifier", &p::STRING)],
);
pub static EVENT_BUS_SUMMARY: Schema = Schema::structure(
    "EventBusSummary",
    &[
        Member::new("Name", &p::STRING),
        Member::new("EventBusArn", &p::STRING),
        Member::new("Description", &p::STRING),
        Member::new("CreationTime", &p::TIMESTAMP),
        Member::new("LastModifiedTime", &p::TIMESTAMP),
        Member::new("State", &p::STRING),
        Member::new("StateReason", &p::STRING),
        Member::new("EventBusAccountId", &p::STRING),
    ],
);
pub static EVENT_BUS_SUMMARY_LIST: Schema = Schema::list(
    "EventBusSummaryList",
    &[Member::new("member", &EVENT_BUS_SUMMARY)],
);
pub static EVENT_BUS_V2_METADATA_MAP: Schema = Schema::map(
    "EventBusV2MetadataMap",
    &[Member::new("key", &p::STRING), Member::new("value", &p::STRING)],
);
pub static EVENT_BUS_V2_PARAMETERS: Schema = Schema::structure(
        "EventBusV2Parameters",
        &[
            Member::new("Metadata", &EVENT_BUS_V2_METADATA_MAP),
            Member::new("SystemMetadata", &EVENT_BUS_V2_SYSTEM_METADATA),
            Member::new("DeduplicationConfiguration", &DEDUPLICATION_CONFIGURATION),
        ],
    )
    .with(f::SENSITIVE);
pub static EVENT_BUS_V2_SYSTEM_METADATA: Schema = Schema::structure(
    "EventBusV2SystemMetadata",
    &[
        Member::new("EventGroupId", &p::STRING),
        Member::new("DeduplicationId", &p::STRING),
    ],
);
pub static EVENT_DATA: Schema = Schema::scalar("EventData", Kind::Blob)
    .with(f::SENSITIVE);
pub static EVENT_DETAIL: Schema = Schema::scalar("EventDetail", Kind::String)
    .with(f::SENSITIVE);
pub static EVENT_METADATA_MAP: Schema = Schema::map(
    "EventMetadataMap",
    &[Member::new("key", &p::STRING), Member::new("value", &EVENT_METADATA_VALUE)],
);
pub static EVENT_METADATA_VALUE: Schema = Schema::scalar(
        "EventMetadataValue",
        Kind::String,
    )
    .with(f::SENSITIVE);
pub static EVENT_PATTERN: Schema = Schema::scalar("EventPattern", Kind::String)
    .with(f::SENSITIVE);
pub static EVENT_SOURCE_CONFIGURATION: Schema = Schema::union(
    "EventSourceConfiguration",
    &[
        Member::new(
            "AwsServiceEventsConfiguration",
            &AWS_SERVICE_EVENTS_SOURCE_CONFIGURATION,
        ),
        Member::new("PartnerEventsConfiguration", &PARTNER_EVENTS_SOURCE_CONFIGURATION),
    ],
);
pub static EVENT_SOURCE_SUMMARY: Schema = Schema::structure(
    "EventSourceSummary",
    &[
        Member::new("EventSourceArn", &p::STRING),
        Member::new("Name", &p::STRING),
        Member::new("EventBusArn", &p::STRING),
        Member::new("Type", &p::STRING),
        Member::new("State", &p::STRING),
        Member::new("Revoked", &p::BOOLEAN),
        Member::new("CreationTime", &p::TIMESTAMP),
        Member::new("LastModifiedTime", &p::TIMESTAMP),
        Member::new("EventSourceAccountId", &p::STRING),
    ],
);
pub static EVENT_SOURCE_SUMMARY_LIST: Schema = Schema::list(
    "EventSourceSummaryList",
    &[Member::new("member", &EVENT_SOURCE_SUMMARY)],
);
pub static FILTER: Schema = Schema::structure(
    "Filter",
    &[
        Member::new("Pattern", &EVENT_PATTERN).with(f::REQUIRED),
        Member::new("Scope", &p::STRING).with(f::REQUIRED),
    ],
);
pub static FILTER_CONFIGURATION: Schema = Schema::structure(
    "FilterConfiguration",
    &[Member::new("Language", &p::STRING), Member::new("Filters", &FILTER_LIST)],
);
pub static FILTER_LIST: Schema = Schema::list(
    "FilterList",
    &[Member::new("member", &FILTER)],
);
pub static GET_RESOURCE_POLICY_INPUT: Schema = Schema::structure(
    "GetResourcePolicyRequest",
    &[
        Member::new("ResourceArn", &p::STRING)
            .context_param("EventBusArn")
            .with(f::REQUIRED),
        Member::new("PolicyName", &p::STRING),
    ],
);
pub static GET_RESOURCE_POLICY_OUTPUT: Schema = Schema::structure(
    "GetResourcePolicyResponse",
    &[
        Member::new("ResourceArn", &p::STRING).with(f::REQUIRED),
        Member::new("PolicyDocument", &p::STRING).with(f::REQUIRED),
        Member::new("PolicyName", &p::STRING).with(f::REQUIRED),
        Member::new("RevisionId", &p::STRING).with(f::REQUIRED),
    ],
);
pub static HEADER_PARAMETERS_MAP: Schema = Schema::map(
    "HeaderParametersMap",
    &[Member::new("key", &p::STRING), Member::new("value", &p::STRING)],
);
pub static HTTP_PARAMETERS: Schema = Schema::structure(
        "HttpParameters",
        &[
            Member::new("PathParameterValues", &PATH_PARAMETER_LIST),
            Member::new("HeaderParameters", &HEADER_PARAMETERS_MAP),
            Member::new("QueryStringParameters", &QUERY_STRING_PARAMETERS_MAP),
            Member::new("InvocationTimeoutSeconds", &p::STRING),
        ],
    )
    .with(f::SENSITIVE);
pub static IDEMPOTENT_PARAMETER_MISMATCH_EXCEPTION: Schema = Schema::structure(
        "IdempotentParameterMismatchException",
        &[Member::new("Message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("IdempotentParameterMismatchException", 409u16);
pub static INTERNAL_EXCEPTION: Schema = Schema::structure(
        "InternalException",
        &[Member::new("Message", &p::STRING)],
    )
    .with(f::RETRYABLE)
    .error("InternalException", 500u16);
pub static INVALID_INPUT_EXCEPTION: Schema = Schema::structure(
        "InvalidInputException",
        &[Member::new("Message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("InvalidInputException", 400u16);
pub static INVALID_STATE_EXCEPTION: Schema = Schema::structure(
        "InvalidStateException",
        &[Member::new("Message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("InvalidStateException", 409u16);
pub static INVOKE_CONFIGURATION: Schema = Schema::structure(
    "InvokeConfiguration",
    &[
        Member::new("RoleArn", &p::STRING).with(f::REQUIRED),
        Member::new("LambdaParameters", &LAMBDA_PARAMETERS),
        Member::new("SqsParameters", &SQS_PARAMETERS),
        Member::new("SnsParameters", &SNS_PARAMETERS),
        Member::new("KinesisParameters", &KINESIS_PARAMETERS),
        Member::new("StepFunctionsParameters", &STEP_FUNCTIONS_PARAMETERS),
        Member::new("HttpParameters", &HTTP_PARAMETERS),
        Member::new("UniversalTargetParameters", &UNIVERSAL_TARGET_PARAMETERS),
        Member::new("EventBusV2Parameters", &EVENT_BUS_V2_PARAMETERS),
        Member::new("TargetArn", &p::STRING).with(f::REQUIRED),
    ],
);
pub static JSONATA_CONFIGURATION: Schema = Schema::structure(
        "JsonataConfiguration",
        &[Member::new("Expression", &p::STRING).with(f::REQUIRED)],
    )
    .with(f::SENSITIVE);
pub static KINESIS_PARAMETERS: Schema = Schema::structure(
        "KinesisParameters",
        &[
            Member::new("PartitionKey", &p::STRING),
            Member::new("ExplicitHashKey", &p::STRING),
        ],
    )
    .with(f::SENSITIVE);
pub static LAMBDA_PARAMETERS: Schema = Schema::structure(
        "LambdaParameters",
        &[
            Member::new("InvocationType", &p::STRING),
            Member::new("Qualifier", &p::STRING),
            Member::new("DurableExecutionName", &p::STRING),
            Member::new("TenantId", &p::STRING),
            Member::new("InvocationTimeoutSeconds", &p::STRING),
        ],
    )
    .with(f::SENSITIVE);
pub static LIMIT_EXCEEDED_EXCEPTION: Schema = Schema::structure(
        "LimitExceededException",
        &[Member::new("Message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("LimitExceededException", 400u16);
pub static LIST_EVENT_BUSES_INPUT: Schema = Schema::structure(
    "ListEventBusesRequest",
    &[
        Member::new("NamePrefix", &p::STRING),
        Member::new("EventBusAccountId", &p::STRING),
        Member::new("NextToken", &p::STRING),
        Member::new("MaxResults", &p::INTEGER),
    ],
);
pub static LIST_EVENT_BUSES_OUTPUT: Schema = Schema::structure(
    "ListEventBusesResponse",
    &[
        Member::new("EventBuses", &EVENT_BUS_SUMMARY_LIST),
        Member::new("NextToken", &p::STRING),
    ],
);
pub static LIST_EVENT_SOURCES_INPUT: Schema = Schema::structure(
    "ListEventSourcesRequest",
    &[
        Member::new("EventBusArn", &p::STRING).context_param("EventBusArn"),
        Member::new("NamePrefix", &p::STRING),
        Member::new("NextToken", &p::STRING),
        Member::new("MaxResults", &p::INTEGER),
    ],
);
pub static LIST_EVENT_SOURCES_OUTPUT: Schema = Schema::structure(
    "ListEventSourcesResponse",
    &[
        Member::new("EventSources", &EVENT_SOURCE_SUMMARY_LIST),
        Member::new("NextToken", &p::STRING),
    ],
);
pub static LIST_RESOURCE_POLICIES_INPUT: Schema = Schema::structure(
    "ListResourcePoliciesRequest",
    &[
        Member::new("ResourceArn", &p::STRING)
            .context_param("EventBusArn")
            .with(f::REQUIRED),
        Member::new("NextToken", &p::STRING),
        Member::new("MaxResults", &p::INTEGER),
    ],
);
pub static LIST_RESOURCE_POLICIES_OUTPUT: Schema = Schema::structure(
    "ListResourcePoliciesResponse",
    &[
        Member::new("PolicySummaries", &RESOURCE_POLICY_SUMMARY_LIST),
        Member::new("NextToken", &p::STRING),
    ],
);
pub static LIST_SUBSCRIBERS_INPUT: Schema = Schema::structure(
    "ListSubscribersRequest",
    &[
        Member::new("EventBusArn", &p::STRING).context_param("EventBusArn"),
        Member::new("NamePrefix", &p::STRING),
        Member::new("NextToken", &p::STRING),
        Member::new("MaxResults", &p::INTEGER),
    ],
);
pub static LIST_SUBSCRIBERS_OUTPUT: Schema = Schema::structure(
    "ListSubscribersResponse",
    &[
        Member::new("Subscribers", &SUBSCRIBER_SUMMARY_LIST),
        Member::new("NextToken", &p::STRING),
    ],
);
pub static LIST_TAGS_FOR_RESOURCE_INPUT: Schema = Schema::structure(
    "ListTagsForResourceRequest",
    &[Member::new("ResourceArn", &p::STRING).with(f::REQUIRED)],
);
pub static LIST_TAGS_FOR_RESOURCE_OUTPUT: Schema = Schema::structure(
    "ListTagsForResourceResponse",
    &[Member::new("Tags", &TAG_MAP)],
);
pub static LOG_CONFIGURATION: Schema = Schema::structure(
    "LogConfiguration",
    &[Member::new("Level", &p::STRING), Member::new("IncludePayload", &p::STRING)],
);
pub static ON_FAILURE_CONFIGURATION: Schema = Schema::structure(
    "OnFailureConfiguration",
    &[Member::new("Arn", &p::STRING)],
);
pub static PARTNER_EVENTS_SOURCE_CONFIGURATION: Schema = Schema::structure(
    "PartnerEventsSourceConfiguration",
    &[
        Member::new("PartnerEventSourceArn", &p::STRING).with(f::REQUIRED),
        Member::new("Pattern", &PARTNER_EVENTS_SOURCE_CONFIGURATION_PATTERN_STRING),
        Member::new("PartnerBusKmsKeyIdentifier", &p::STRING),
        Member::new("OnFailureConfiguration", &ON_FAILURE_CONFIGURATION),
    ],
);
pub static PARTNER_EVENTS_SOURCE_CONFIGURATION_PATTERN_STRING: Schema = Schema::scalar(
        "PartnerEventsSourceConfigurationPatternString",
        Kind::String,
    )
    .with(f::SENSITIVE);
pub static PATH_PARAMETER_LIST: Schema = Schema::list(
    "PathParameterList",
    &[Member::new("member", &p::STRING)],
);
pub static POINT_IN_TIME_CONFIGURATION: Schema = Schema::structure(
    "PointInTimeConfiguration",
    &[
        Member::new("PointType", &p::STRING).with(f::REQUIRED),
        Member::new("StartingPoint", &p::TIMESTAMP),
        Member::new("EndPoint", &p::TIMESTAMP),
    ],
);
pub static POLICY_LENGTH_EXCEEDED_EXCEPTION: Schema = Schema::structure(
        "PolicyLengthExceededException",
        &[Member::new("Message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("PolicyLengthExceededException", 400u16);
pub static PUBLIC_POLICY_EXCEPTION: Schema = Schema::structure(
        "PublicPolicyException",
        &[Member::new("Message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("PublicPolicyException", 400u16);
pub static PUT_EVENTS_INPUT: Schema = Schema::structure(
    "PutEventsRequest",
    &[
        Member::new("EventBusArn", &p::STRING)
            .context_param("EventBusArn")
            .with(f::REQUIRED),
        Member::new("Entries", &PUT_EVENTS_REQUEST_ENTRY_LIST).with(f::REQUIRED),
        Member::new("DeduplicationConfiguration", &DEDUPLICATION_CONFIGURATION),
    ],
);
pub static PUT_EVENTS_REQUEST_ENTRY: Schema = Schema::structure(
    "PutEventsRequestEntry",
    &[
        Member::new("Source", &p::STRING).with(f::REQUIRED),
        Member::new("DetailType", &p::STRING).with(f::REQUIRED),
        Member::new("Detail", &EVENT_DETAIL),
        Member::new("Resources", &PUT_EVENTS_RESOURCE_LIST),
        Member::new("Time", &p::TIMESTAMP),
        Member::new("SystemMetadata", &PUT_EVENTS_SYSTEM_METADATA),
    ],
);
pub static PUT_EVENTS_REQUEST_ENTRY_LIST: Schema = Schema::list(
    "PutEventsRequestEntryList",
    &[Member::new("member", &PUT_EVENTS_REQUEST_ENTRY)],
);
pub static PUT_EVENTS_RESOURCE_LIST: Schema = Schema::list(
    "PutEventsResourceList",
    &[Member::new("member", &p::STRING)],
);
pub static PUT_EVENTS_OUTPUT: Schema = Schema::structure(
    "PutEventsResponse",
    &[
        Member::new("FailedEntryCount", &p::INTEGER),
        Member::new("Entries", &PUT_EVENTS_RESULT_ENTRY_LIST),
    ],
);
pub static PUT_EVENTS_RESULT_ENTRY: Schema = Schema::structure(
    "PutEventsResultEntry",
    &[
        Member::new("EventId", &p::STRING),
        Member::new("SequenceNumber", &p::STRING),
        Member::new("SuccessCode", &p::STRING),
        Member::new("ErrorCode", &p::STRING),
        Member::new("ErrorMessage", &p::STRING),
    ],
);
pub static PUT_EVENTS_RESULT_ENTRY_LIST: Schema = Schema::list(
    "PutEventsResultEntryList",
    &[Member::new("member", &PUT_EVENTS_RESULT_ENTRY)],
);
pub static PUT_EVENTS_SYSTEM_METADATA: Schema = Schema::structure(
    "PutEventsSystemMetadata",
    &[
        Member::new("EventGroupId", &p::STRING),
        Member::new("DeduplicationId", &p::STRING),
    ],
);
pub static PUT_RAW_EVENTS_INPUT: Schema = Schema::structure(
    "PutRawEventsRequest",
    &[
        Member::new("EventBusArn", &p::STRING)
            .context_param("EventBusArn")
            .with(f::REQUIRED),
        Member::new("Entries", &PUT_RAW_EVENTS_REQUEST_ENTRY_LIST).with(f::REQUIRED),
        Member::new("SchemaRegistryConfiguration", &SCHEMA_REGISTRY_CONFIGURATION),
        Member::new("DeduplicationConfiguration", &DEDUPLICATION_CONFIGURATION),
    ],
);
pub static PUT_RAW_EVENTS_REQUEST_ENTRY: Schema = Schema::structure(
    "PutRawEventsRequestEntry",
    &[
        Member::new("Data", &EVENT_DATA).with(f::REQUIRED),
        Member::new("Metadata", &EVENT_METADATA_MAP),
        Member::new("SystemMetadata", &PUT_RAW_EVENTS_SYSTEM_METADATA).with(f::REQUIRED),
    ],
);
pub static PUT_RAW_EVENTS_REQUEST_ENTRY_LIST: Schema = Schema::list(
    "PutRawEventsRequestEntryList",
    &[Member::new("member", &PUT_RAW_EVENTS_REQUEST_ENTRY)],
);
pub static PUT_RAW_EVENTS_OUTPUT: Schema = Schema::structure(
    "PutRawEventsResponse",
    &[
        Member::new("FailedEntryCount", &p::INTEGER),
        Member::new("Entries", &PUT_RAW_EVENTS_RESULT_ENTRY_LIST),
    ],
);
pub static PUT_RAW_EVENTS_RESULT_ENTRY: Schema = Schema::structure(
    "PutRawEventsResultEntry",
    &[
        Member::new("EventId", &p::STRING),
        Member::new("SequenceNumber", &p::STRING),
        Member::new("SuccessCode", &p::STRING),
        Member::new("ErrorCode", &p::STRING),
        Member::new("ErrorMessage", &p::STRING),
    ],
);
pub static PUT_RAW_EVENTS_RESULT_ENTRY_LIST: Schema = Schema::list(
    "PutRawEventsResultEntryList",
    &[Member::new("member", &PUT_RAW_EVENTS_RESULT_ENTRY)],
);
pub static PUT_RAW_EVENTS_SYSTEM_METADATA: Schema = Schema::structure(
    "PutRawEventsSystemMetadata",
    &[
        Member::new("ContentType", &p::STRING).with(f::REQUIRED),
        Member::new("DeduplicationId", &p::STRING),
        Member::new("EventGroupId", &p::STRING),
    ],
);
pub static PUT_RESOURCE_POLICY_INPUT: Schema = Schema::structure(
    "PutResourcePolicyRequest",
    &[
        Member::new("ResourceArn", &p::STRING)
            .context_param("EventBusArn")
            .with(f::REQUIRED),
        Member::new("PolicyDocument", &p::STRING).with(f::REQUIRED),
        Member::new("PolicyName", &p::STRING),
        Member::new("ExpectedRevisionId", &p::STRING),
    ],
);
pub static PUT_RESOURCE_POLICY_OUTPUT: Schema = Schema::structure(
    "PutResourcePolicyResponse",
    &[
        Member::new("ResourceArn", &p::STRING).with(f::REQUIRED),
        Member::new("PolicyName", &p::STRING).with(f::REQUIRED),
        Member::new("RevisionId", &p::STRING),
    ],
);
pub static QUERY_STRING_PARAMETERS_MAP: Schema = Schema::map(
    "QueryStringParametersMap",
    &[Member::new("key", &p::STRING), Member::new("value", &p::STRING)],
);
pub static RESOURCE_ALREADY_EXISTS_EXCEPTION: Schema = Schema::structure(
        "ResourceAlreadyExistsException",
        &[Member::new("Message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("ResourceAlreadyExistsException", 409u16);
pub static RESOURCE_IN_USE_EXCEPTION: Schema = Schema::structure(
        "ResourceInUseException",
        &[Member::new("Message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("ResourceInUseException", 409u16);
pub static RESOURCE_NOT_FOUND_EXCEPTION: Schema = Schema::structure(
        "ResourceNotFoundException",
        &[Member::new("Message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("ResourceNotFoundException", 404u16);
pub static RESOURCE_POLICY_SUMMARY: Schema = Schema::structure(
    "ResourcePolicySummary",
    &[
        Member::new("PolicyName", &p::STRING).with(f::REQUIRED),
        Member::new("RevisionId", &p::STRING).with(f::REQUIRED),
    ],
);
pub static RESOURCE_POLICY_SUMMARY_LIST: Schema = Schema::list(
    "ResourcePolicySummaryList",
    &[Member::new("member", &RESOURCE_POLICY_SUMMARY)],
);
pub static RETRY_POLICY: Schema = Schema::structure(
    "RetryPolicy",
    &[
        Member::new("MaxRetryAttempts", &p::INTEGER),
        Member::new("MaxEventAgeInSeconds", &p::INTEGER),
        Member::new("RetryStrategy", &p::STRING),
    ],
);
pub static REVOKE_RESOURCE_INPUT: Schema = Schema::structure(
    "RevokeResourceRequest",
    &[Member::new("Arn", &p::STRING).with(f::REQUIRED)],
);
pub static REVOKE_RESOURCE_OUTPUT: Schema = Schema::structure(
    "RevokeResourceResponse",
    &[Member::new("Arn", &p::STRING)],
);
pub static SCHEMA_REGISTRY_CONFIGURATION: Schema = Schema::structure(
    "SchemaRegistryConfiguration",
    &[
        Member::new("RegistryUri", &p::STRING).with(f::REQUIRED),
        Member::new(
            "ConfluentPublicRegistryConfiguration",
            &CONFLUENT_PUBLIC_REGISTRY_CONFIGURATION,
        ),
    ],
);
pub static SCHEMA_REGISTRY_UNAVAILABLE_EXCEPTION: Schema = Schema::structure(
        "SchemaRegistryUnavailableException",
        &[Member::new("Message", &p::STRING)],
    )
    .with(f::SENDER_FAULT | f::RETRYABLE)
    .error("SchemaRegistryUnavailableException", 400u16);
pub static SNS_MESSAGE_ATTRIBUTE_MAP: Schema = Schema::map(
    "SnsMessageAttributeMap",
    &[Member::new("key", &p::STRING), Member::new("value", &SNS_MESSAGE_ATTRIBUTE_VALUE)],
);
pub static SNS_MESSAGE_ATTRIBUTE_VALUE: Schema = Schema::structure(
    "SnsMessageAttributeValue",
    &[
        Member::new("DataType", &p::STRING),
        Member::new("StringValue", &p::STRING),
        Member::new("BinaryValue", &p::STRING),
    ],
);
pub static SNS_PARAMETERS: Schema = Schema::structure(
        "SnsParameters",
        &[
            Member::new("MessageGroupId", &p::STRING),
            Member::new("MessageDeduplicationId", &p::STRING),
            Member::new("Subject", &p::STRING),
            Member::new("MessageStructure", &p::STRING),
            Member::new("MessageAttributes", &SNS_MESSAGE_ATTRIBUTE_MAP),
        ],
    )
    .with(f::SENSITIVE);
pub static SQS_MESSAGE_ATTRIBUTE_MAP: Schema = Schema::map(
    "SqsMessageAttributeMap",
    &[Member::new("key", &p::STRING), Member::new("value", &SQS_MESSAGE_ATTRIBUTE_VALUE)],
);
pub static SQS_MESSAGE_ATTRIBUTE_VALUE: Schema = Schema::structure(
    "SqsMessageAttributeValue",
    &[
        Member::new("DataType", &p::STRING),
        Member::new("StringValue", &p::STRING),
        Member::new("BinaryValue", &p::STRING),
    ],
);
pub static SQS_PARAMETERS: Schema = Schema::structure(
        "SqsParameters",
        &[
            Member::new("MessageGroupId", &p::STRING),
            Member::new("MessageDeduplicationId", &p::STRING),
            Member::new("DelaySeconds", &p::STRING),
            Member::new("MessageAttributes", &SQS_MESSAGE_ATTRIBUTE_MAP),
            Member::new("MessageSystemAttributes", &SQS_MESSAGE_ATTRIBUTE_MAP),
        ],
    )
    .with(f::SENSITIVE);
pub static STEP_FUNCTIONS_PARAMETERS: Schema = Schema::structure(
        "StepFunctionsParameters",
        &[
            Member::new("InvocationType", &p::STRING),
            Member::new("Name", &p::STRING),
            Member::new("TraceHeader", &p::STRING),
            Member::new("InvocationTimeoutSeconds", &p::STRING),
        ],
    )
    .with(f::SENSITIVE);
pub static STORAGE_CONFIGURATION: Schema = Schema::structure(
    "StorageConfiguration",
    &[Member::new("RetentionPeriodInDays", &p::INTEGER)],
);
pub static STORAGE_CONFIGURATION_OUTPUT: Schema = Schema::structure(
    "StorageConfigurationOutput",
    &[
        Member::new("RetentionPeriodInDays", &p::INTEGER),
        Member::new("RetentionWindowStartTime", &p::TIMESTAMP),
    ],
);
pub static SUBSCRIBER_SUMMARY: Schema = Schema::structure(
    "SubscriberSummary",
    &[
        Member::new("SubscriberArn", &p::STRING),
        Member::new("Name", &p::STRING),
        Member::new("EventBusArn", &p::STRING),
        Member::new("TargetArn", &p::STRING),
        Member::new("Type", &p::STRING),
        Member::new("Revoked", &p::BOOLEAN),
        Member::new("State", &p::STRING),
        Member::new("CreationTime", &p::TIMESTAMP),
        Member::new("LastModifiedTime", &p::TIMESTAMP),
        Member::new("SubscriberAccountId", &p::STRING),
    ],
);
pub static SUBSCRIBER_SUMMARY_LIST: Schema = Schema::list(
    "SubscriberSummaryList",
    &[Member::new("member", &SUBSCRIBER_SUMMARY)],
);
pub static TAG_MAP: Schema = Schema::map(
    "TagMap",
    &[Member::new("key", &p::STRING), Member::new("value", &p::STRING)],
);
pub static TAG_RESOURCE_INPUT: Schema = Schema::structure(
    "TagResourceRequest",
    &[
        Member::new("ResourceArn", &p::STRING).with(f::REQUIRED),
        Member::new("Tags", &TAG_RESOURCE_REQUEST_TAGS_MAP).with(f::REQUIRED),
    ],
);
pub static TAG_RESOURCE_REQUEST_TAGS_MAP: Schema = Schema::map(
    "TagResourceRequestTagsMap",
    &[Member::new("key", &p::STRING), Member::new("value", &p::STRING)],
);
pub static TAG_RESOURCE_OUTPUT: Schema = Schema::structure("TagResourceResponse", &[]);
pub static THROTTLING_EXCEPTION: Schema = Schema::structure(
        "ThrottlingException",
        &[Member::new("Message", &p::STRING)],
    )
    .with(f::SENDER_FAULT | f::RETRYABLE | f::THROTTLING)
    .error("ThrottlingException", 429u16);
pub static TRANSFORMER: Schema = Schema::structure(
    "Transformer",
    &[
        Member::new("Type", &p::STRING),
        Member::new("JsonataConfiguration", &JSONATA_CONFIGURATION),
    ],
);
pub static UNIVERSAL_TARGET_PARAMETERS: Schema = Schema::structure(
        "UniversalTargetParameters",
        &[
            Member::new("Input", &p::STRING).with(f::REQUIRED),
            Member::new("InvocationTimeoutSeconds", &p::STRING),
        ],
    )
    .with(f::SENSITIVE);
pub static UNTAG_RESOURCE_INPUT: Schema = Schema::structure(
    "UntagResourceRequest",
    &[
        Member::new("ResourceArn", &p::STRING).with(f::REQUIRED),
        Member::new("TagKeys", &UNTAG_RESOURCE_REQUEST_TAG_KEYS_LIST).with(f::REQUIRED),
    ],
);
pub static UNTAG_RESOURCE_REQUEST_TAG_KEYS_LIST: Schema = Schema::list(
    "UntagResourceRequestTagKeysList",
    &[Member::new("member", &p::STRING)],
);
pub static UNTAG_RESOURCE_OUTPUT: Schema = Schema::structure(
    "UntagResourceResponse",
    &[],
);
pub static UPDATE_EVENT_BUS_INPUT: Schema = Schema::structure(
    "UpdateEventBusRequest",
    &[
        Member::new("EventBusArn", &p::STRING)
            .context_param("EventBusArn")
            .with(f::REQUIRED),
        Member::new("Description", &p::STRING),
        Member::new("EncryptionConfiguration", &ENCRYPTION_CONFIGURATION),
        Member::new("StorageConfiguration", &STORAGE_CONFIGURATION),
    ],
);
pub static UPDATE_EVENT_BUS_OUTPUT: Schema = Schema::structure(
    "UpdateEventBusResponse",
    &[
        Member::new("EventBusArn", &p::STRING),
        Member::new("Name", &p::STRING),
        Member::new("Description", &p::STRING),
        Member::new("EncryptionConfiguration", &ENCRYPTION_CONFIGURATION),
        Member::new("StorageConfiguration", &STORAGE_CONFIGURATION_OUTPUT),
        Member::new("State", &p::STRING),
        Member::new("StateReason", &p::STRING),
        Member::new("LastModifiedTime", &p::TIMESTAMP),
    ],
);
pub static UPDATE_EVENT_SOURCE_INPUT: Schema = Schema::structure(
    "UpdateEventSourceRequest",
    &[
        Member::new("EventSourceArn", &p::STRING).with(f::REQUIRED),
        Member::new("Configuration", &EVENT_SOURCE_CONFIGURATION),
        Member::new("Description", &p::STRING),
    ],
);
pub static UPDATE_EVENT_SOURCE_OUTPUT: Schema = Schema::structure(
    "UpdateEventSourceResponse",
    &[
        Member::new("EventSourceArn", &p::STRING),
        Member::new("Name", &p::STRING),
        Member::new("EventBusArn", &p::STRING),
        Member::new("State", &p::STRING),
        Member::new("LastModifiedTime", &p::TIMESTAMP),
    ],
);
pub static UPDATE_INVOKE_CONFIGURATION: Schema = Schema::structure(
    "UpdateInvokeConfiguration",
    &[
        Member::new("RoleArn", &p::STRING).with(f::REQUIRED),
        Member::new("LambdaParameters", &LAMBDA_PARAMETERS),
        Member::new("SqsParameters", &SQS_PARAMETERS),
        Member::new("SnsParameters", &SNS_PARAMETERS),
        Member::new("KinesisParameters", &KINESIS_PARAMETERS),
        Member::new("StepFunctionsParameters", &STEP_FUNCTIONS_PARAMETERS),
        Member::new("HttpParameters", &HTTP_PARAMETERS),
        Member::new("UniversalTargetParameters", &UNIVERSAL_TARGET_PARAMETERS),
        Member::new("EventBusV2Parameters", &EVENT_BUS_V2_PARAMETERS),
    ],
);
pub static UPDATE_SUBSCRIBER_INPUT: Schema = Schema::structure(
    "UpdateSubscriberRequest",
    &[
        Member::new("SubscriberArn", &p::STRING).with(f::REQUIRED),
        Member::new("Description", &p::STRING),
        Member::new("State", &p::STRING),
        Member::new("ResumePosition", &p::STRING),
        Member::new("InvokeConfiguration", &UPDATE_INVOKE_CONFIGURATION),
        Member::new("FilterConfiguration", &FILTER_CONFIGURATION),
        Member::new("BatchConfiguration", &BATCH_CONFIGURATION),
        Member::new("Transformer", &TRANSFORMER),
        Member::new("RetryPolicy", &RETRY_POLICY),
        Member::new("OnFailureConfiguration", &ON_FAILURE_CONFIGURATION),
        Member::new("LogConfiguration", &LOG_CONFIGURATION),
    ],
);
pub static UPDATE_SUBSCRIBER_OUTPUT: Schema = Schema::structure(
    "UpdateSubscriberResponse",
    &[
        Member::new("SubscriberArn", &p::STRING),
        Member::new("Name", &p::STRING),
        Member::new("EventBusArn", &p::STRING),
        Member::new("Type", &p::STRING),
        Member::new("StartingPosition", &p::STRING),
        Member::new("PointInTimeConfiguration", &POINT_IN_TIME_CONFIGURATION),
        Member::new("State", &p::STRING),
        Member::new("LastModifiedTime", &p::TIMESTAMP),
    ],
);
/// Operation metadata.
pub mod ops {
    use super::*;
    pub static CREATE_EVENT_BUS: Operation = Operation::new(
            "CreateEventBus",
            "POST",
            "/",
            &super::CREATE_EVENT_BUS_INPUT,
            &super::CREATE_EVENT_BUS_OUTPUT,
        )
        .errors(
            &[
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
                &super::IDEMPOTENT_PARAMETER_MISMATCH_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::RESOURCE_ALREADY_EXISTS_EXCEPTION,
                &super::INTERNAL_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::INVALID_STATE_EXCEPTION,
            ],
        );
    pub static CREATE_EVENT_SOURCE: Operation = Operation::new(
            "CreateEventSource",
            "POST",
            "/",
            &super::CREATE_EVENT_SOURCE_INPUT,
            &super::CREATE_EVENT_SOURCE_OUTPUT,
        )
        .errors(
            &[
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
                &super::IDEMPOTENT_PARAMETER_MISMATCH_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::RESOURCE_ALREADY_EXISTS_EXCEPTION,
                &super::INTERNAL_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::INVALID_STATE_EXCEPTION,
            ],
        );
    pub static CREATE_SUBSCRIBER: Operation = Operation::new(
            "CreateSubscriber",
            "POST",
            "/",
            &super::CREATE_SUBSCRIBER_INPUT,
            &super::CREATE_SUBSCRIBER_OUTPUT,
        )
        .errors(
            &[
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
                &super::IDEMPOTENT_PARAMETER_MISMATCH_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::RESOURCE_ALREADY_EXISTS_EXCEPTION,
                &super::INTERNAL_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::INVALID_STATE_EXCEPTION,
            ],
        );
    pub static DELETE_EVENT_BUS: Operation = Operation::new(
            "DeleteEventBus",
            "POST",
            "/",
            &super::DELETE_EVENT_BUS_INPUT,
            &super::DELETE_EVENT_BUS_OUTPUT,
        )
        .errors(
            &[
                &super::ACCESS_DENIED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::INTERNAL_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::INVALID_STATE_EXCEPTION,
                &super::RESOURCE_IN_USE_EXCEPTION,
            ],
        )
        .with(op_flags::IDEMPOTENT);
    pub static DELETE_EVENT_SOURCE: Operation = Operation::new(
            "DeleteEventSource",
            "POST",
            "/",
            &super::DELETE_EVENT_SOURCE_INPUT,
            &super::DELETE_EVENT_SOURCE_OUTPUT,
        )
        .errors(
            &[
                &super::ACCESS_DENIED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::INTERNAL_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::INVALID_STATE_EXCEPTION,
            ],
        )
        .with(op_flags::IDEMPOTENT);
    pub static DELETE_RESOURCE_POLICY: Operation = Operation::new(
            "DeleteResourcePolicy",
            "POST",
            "/",
            &super::DELETE_RESOURCE_POLICY_INPUT,
            &super::DELETE_RESOURCE_POLICY_OUTPUT,
        )
        .errors(
            &[
                &super::ACCESS_DENIED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::CONFLICT_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::INTERNAL_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
            ],
        )
        .with(op_flags::IDEMPOTENT);
    pub static DELETE_SUBSCRIBER: Operation = Operation::new(
            "DeleteSubscriber",
            "POST",
            "/",
            &super::DELETE_SUBSCRIBER_INPUT,
            &super::DELETE_SUBSCRIBER_OUTPUT,
        )
        .errors(
            &[
                &super::ACCESS_DENIED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::INTERNAL_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
            ],
        )
        .with(op_flags::IDEMPOTENT);
    pub static DESCRIBE_EVENT_BUS: Operation = Operation::new(
            "DescribeEventBus",
            "POST",
            "/",
            &super::DESCRIBE_EVENT_BUS_INPUT,
            &super::DESCRIBE_EVENT_BUS_OUTPUT,
        )
        .errors(
            &[
                &super::ACCESS_DENIED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::INTERNAL_EXCEPTION,
            ],
        );
    pub static DESCRIBE_EVENT_SOURCE: Operation = Operation::new(
            "DescribeEventSource",
            "POST",
            "/",
            &super::DESCRIBE_EVENT_SOURCE_INPUT,
            &super::DESCRIBE_EVENT_SOURCE_OUTPUT,
        )
        .errors(
            &[
                &super::ACCESS_DENIED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::INTERNAL_EXCEPTION,
            ],
        );
    pub static DESCRIBE_SUBSCRIBER: Operation = Operation::new(
            "DescribeSubscriber",
            "POST",
            "/",
            &super::DESCRIBE_SUBSCRIBER_INPUT,
            &super::DESCRIBE_SUBSCRIBER_OUTPUT,
        )
        .errors(
            &[
                &super::ACCESS_DENIED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::INTERNAL_EXCEPTION,
            ],
        );
    pub static GET_RESOURCE_POLICY: Operation = Operation::new(
            "GetResourcePolicy",
            "POST",
            "/",
            &super::GET_RESOURCE_POLICY_INPUT,
            &super::GET_RESOURCE_POLICY_OUTPUT,
        )
        .errors(
            &[
                &super::ACCESS_DENIED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::INTERNAL_EXCEPTION,
            ],
        );
    pub static LIST_EVENT_BUSES: Operation = Operation::new(
            "ListEventBuses",
            "POST",
            "/",
            &super::LIST_EVENT_BUSES_INPUT,
            &super::LIST_EVENT_BUSES_OUTPUT,
        )
        .errors(
            &[
                &super::ACCESS_DENIED_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::INTERNAL_EXCEPTION,
            ],
        );
    pub static LIST_EVENT_SOURCES: Operation = Operation::new(
            "ListEventSources",
            "POST",
            "/",
            &super::LIST_EVENT_SOURCES_INPUT,
            &super::LIST_EVENT_SOURCES_OUTPUT,
        )
        .errors(
            &[
                &super::ACCESS_DENIED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::INTERNAL_EXCEPTION,
            ],
        );
    pub static LIST_RESOURCE_POLICIES: Operation = Operation::new(
            "ListResourcePolicies",
            "POST",
            "/",
            &super::LIST_RESOURCE_POLICIES_INPUT,
            &super::LIST_RESOURCE_POLICIES_OUTPUT,
        )
        .errors(
            &[
                &super::ACCESS_DENIED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::INTERNAL_EXCEPTION,
            ],
        );
    pub static LIST_SUBSCRIBERS: Operation = Operation::new(
            "ListSubscribers",
            "POST",
            "/",
            &super::LIST_SUBSCRIBERS_INPUT,
            &super::LIST_SUBSCRIBERS_OUTPUT,
        )
        .errors(
            &[
                &super::ACCESS_DENIED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::INTERNAL_EXCEPTION,
            ],
        );
    pub static LIST_TAGS_FOR_RESOURCE: Operation = Operation::new(
            "ListTagsForResource",
            "POST",
            "/",
            &super::LIST_TAGS_FOR_RESOURCE_INPUT,
            &super::LIST_TAGS_FOR_RESOURCE_OUTPUT,
        )
        .errors(
            &[
                &super::ACCESS_DENIED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::INTERNAL_EXCEPTION,
            ],
        );
    pub static PUT_EVENTS: Operation = Operation::new(
            "PutEvents",
            "POST",
            "/",
            &super::PUT_EVENTS_INPUT,
            &super::PUT_EVENTS_OUTPUT,
        )
        .errors(
            &[
                &super::ACCESS_DENIED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::INTERNAL_EXCEPTION,
                &super::INVALID_STATE_EXCEPTION,
            ],
        );
    pub static PUT_RAW_EVENTS: Operation = Operation::new(
            "PutRawEvents",
            "POST",
            "/",
            &super::PUT_RAW_EVENTS_INPUT,
            &super::PUT_RAW_EVENTS_OUTPUT,
        )
        .errors(
            &[
                &super::ACCESS_DENIED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::SCHEMA_REGISTRY_UNAVAILABLE_EXCEPTION,
                &super::INTERNAL_EXCEPTION,
                &super::INVALID_STATE_EXCEPTION,
            ],
        );
    pub static PUT_RESOURCE_POLICY: Operation = Operation::new(
            "PutResourcePolicy",
            "POST",
            "/",
            &super::PUT_RESOURCE_POLICY_INPUT,
            &super::PUT_RESOURCE_POLICY_OUTPUT,
        )
        .errors(
            &[
                &super::POLICY_LENGTH_EXCEEDED_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::CONFLICT_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::INTERNAL_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::PUBLIC_POLICY_EXCEPTION,
            ],
        )
        .with(op_flags::IDEMPOTENT);
    pub static REVOKE_RESOURCE: Operation = Operation::new(
            "RevokeResource",
            "POST",
            "/",
            &super::REVOKE_RESOURCE_INPUT,
            &super::REVOKE_RESOURCE_OUTPUT,
        )
        .errors(
            &[
                &super::ACCESS_DENIED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::INTERNAL_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::INVALID_STATE_EXCEPTION,
            ],
        )
        .with(op_flags::IDEMPOTENT);
    pub static TAG_RESOURCE: Operation = Operation::new(
            "TagResource",
            "POST",
            "/",
            &super::TAG_RESOURCE_INPUT,
            &super::TAG_RESOURCE_OUTPUT,
        )
        .errors(
            &[
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::INTERNAL_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::INVALID_STATE_EXCEPTION,
            ],
        )
        .with(op_flags::IDEMPOTENT);
    pub static UNTAG_RESOURCE: Operation = Operation::new(
            "UntagResource",
            "POST",
            "/",
            &super::UNTAG_RESOURCE_INPUT,
            &super::UNTAG_RESOURCE_OUTPUT,
        )
        .errors(
            &[
                &super::ACCESS_DENIED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::INTERNAL_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::INVALID_STATE_EXCEPTION,
            ],
        )
        .with(op_flags::IDEMPOTENT);
    pub static UPDATE_EVENT_BUS: Operation = Operation::new(
            "UpdateEventBus",
            "POST",
            "/",
            &super::UPDATE_EVENT_BUS_INPUT,
            &super::UPDATE_EVENT_BUS_OUTPUT,
        )
        .errors(
            &[
                &super::ACCESS_DENIED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::INTERNAL_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::INVALID_STATE_EXCEPTION,
            ],
        )
        .with(op_flags::IDEMPOTENT);
    pub static UPDATE_EVENT_SOURCE: Operation = Operation::new(
            "UpdateEventSource",
            "POST",
            "/",
            &super::UPDATE_EVENT_SOURCE_INPUT,
            &super::UPDATE_EVENT_SOURCE_OUTPUT,
        )
        .errors(
            &[
                &super::ACCESS_DENIED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::INTERNAL_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::INVALID_STATE_EXCEPTION,
            ],
        )
        .with(op_flags::IDEMPOTENT);
    pub static UPDATE_SUBSCRIBER: Operation = Operation::new(
            "UpdateSubscriber",
            "POST",
            "/",
            &super::UPDATE_SUBSCRIBER_INPUT,
            &super::UPDATE_SUBSCRIBER_OUTPUT,
        )
        .errors(
            &[
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::INTERNAL_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::INVALID_STATE_EXCEPTION,
            ],
        )
        .with(op_flags::IDEMPOTENT);
    /// Every operation, by model name order.
    pub static ALL: &[&Operation] = &[
        &CREATE_EVENT_BUS,
        &CREATE_EVENT_SOURCE,
        &CREATE_SUBSCRIBER,
        &DELETE_EVENT_BUS,
        &DELETE_EVENT_SOURCE,
        &DELETE_RESOURCE_POLICY,
        &DELETE_SUBSCRIBER,
        &DESCRIBE_EVENT_BUS,
        &DESCRIBE_EVENT_SOURCE,
        &DESCRIBE_SUBSCRIBER,
        &GET_RESOURCE_POLICY,
        &LIST_EVENT_BUSES,
        &LIST_EVENT_SOURCES,
        &LIST_RESOURCE_POLICIES,
        &LIST_SUBSCRIBERS,
        &LIST_TAGS_FOR_RESOURCE,
        &PUT_EVENTS,
        &PUT_RAW_EVENTS,
        &PUT_RESOURCE_POLICY,
        &REVOKE_RESOURCE,
        &TAG_RESOURCE,
        &UNTAG_RESOURCE,
        &UPDATE_EVENT_BUS,
        &UPDATE_EVENT_SOURCE,
        &UPDATE_SUBSCRIBER,
    ];
}
/// The service's paginators (`paginators-1.json`).
pub mod paginators {
    use kumo_runtime::paginate::PaginatorSpec;
    pub static LIST_EVENT_BUSES: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_EVENT_BUSES,
        input_token: &["NextToken"],
        output_token: &["NextToken"],
        limit_key: Some("MaxResults"),
        more_results: None,
        result_key: &["EventBuses"],
    };
    pub static LIST_EVENT_SOURCES: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_EVENT_SOURCES,
        input_token: &["NextToken"],
        output_token: &["NextToken"],
        limit_key: Some("MaxResults"),
        more_results: None,
        result_key: &["EventSources"],
    };
    pub static LIST_RESOURCE_POLICIES: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_RESOURCE_POLICIES,
        input_token: &["NextToken"],
        output_token: &["NextToken"],
        limit_key: Some("MaxResults"),
        more_results: None,
        result_key: &["PolicySummaries"],
    };
    pub static LIST_SUBSCRIBERS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_SUBSCRIBERS,
        input_token: &["NextToken"],
        output_token: &["NextToken"],
        limit_key: Some("MaxResults"),
        more_results: None,
        result_key: &["Subscribers"],
    };
}
/// The service's waiters (`waiters-2.json`).
pub mod waiters {
    use kumo_runtime::waiter::{Acceptor, Expected, Matcher, State, WaiterSpec};
    pub static EVENT_BUS_ACTIVE: WaiterSpec = WaiterSpec {
        name: "EventBusActive",
        operation: &super::ops::DESCRIBE_EVENT_BUS,
        delay: 2u32,
        max_attempts: 60u32,
        acceptors: &[
            Acceptor {
                state: State::Failure,
                matcher: Matcher::Path,
                argument: "State",
                expected: Expected::Str("CREATE_FAILED"),
            },
            Acceptor {
                state: State::Failure,
                matcher: Matcher::Path,
                argument: "State",
                expected: Expected::Str("UPDATE_FAILED"),
            },
            Acceptor {
                state: State::Failure,
                matcher: Matcher::Path,
                argument: "State",
                expected: Expected::Str("DELETE_FAILED"),
            },
            Acceptor {
                state: State::Success,
                matcher: Matcher::Path,
                argument: "State",
                expected: Expected::Str("ACTIVE"),
            },
        ],
    };
    pub static EVENT_BUS_DELETED: WaiterSpec = WaiterSpec {
        name: "EventBusDeleted",
        operation: &super::ops::DESCRIBE_EVENT_BUS,
        delay: 2u32,
        max_attempts: 60u32,
        acceptors: &[
            Acceptor {
                state: State::Failure,
                matcher: Matcher::Path,
                argument: "State",
                expected: Expected::Str("DELETE_FAILED"),
            },
            Acceptor {
                state: State::Success,
                matcher: Matcher::Error,
                argument: "",
                expected: Expected::Str("ResourceNotFoundException"),
            },
        ],
    };
}

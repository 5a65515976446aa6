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
    service_id: "Kinesis",
    endpoint_prefix: "kinesis",
    signing_name: "kinesis",
    json_version: Some("1.1"),
    target_prefix: Some("Kinesis_20131202"),
    rule_set: include_str!("endpoint-rule-set.json"),
    ..Service::new("kinesis", "2013-12-02", Protocol::Json)
};
pub static ACCESS_DENIED_EXCEPTION: Schema = Schema::structure(
        "AccessDeniedException",
        &[Member::new("message", &p::STRING)],
    )
    .error("AccessDeniedException", 400u16);
pub static ACKNOWLEDGE_DEAD_LETTER_QUEUE_RECORDS_ERROR_ENTRY: Schema = Schema::structure(
    "AcknowledgeDeadLetterQueueRecordsErrorEntry",
    &[
        Member::new("ReceiptHandle", &p::STRING).with(f::REQUIRED),
        Member::new("ErrorCode", &p::STRING).with(f::REQUIRED),
        Member::new("ErrorMessage", &p::STRING),
    ],
);
pub static ACKNOWLEDGE_DEAD_LETTER_QUEUE_RECORDS_ERROR_ENTRY_LIST: Schema = Schema::list(
    "AcknowledgeDeadLetterQueueRecordsErrorEntryList",
    &[Member::new("member", &ACKNOWLEDGE_DEAD_LETTER_QUEUE_RECORDS_ERROR_ENTRY)],
);
pub static ACKNOWLEDGE_DEAD_LETTER_QUEUE_RECORDS_INPUT: Schema = Schema::structure(
    "AcknowledgeDeadLetterQueueRecordsInput",
    &[
        Member::new("QueueARN", &p::STRING).context_param("QueueARN").with(f::REQUIRED),
        Member::new("Entries", &ACKNOWLEDGE_DEAD_LETTER_QUEUE_RECORDS_REQUEST_ENTRY_LIST)
            .with(f::REQUIRED),
    ],
);
pub static ACKNOWLEDGE_DEAD_LETTER_QUEUE_RECORDS_OUTPUT: Schema = Schema::structure(
    "AcknowledgeDeadLetterQueueRecordsOutput",
    &[
        Member::new(
                "Successful",
                &ACKNOWLEDGE_DEAD_LETTER_QUEUE_RECORDS_RESULT_ENTRY_LIST,
            )
            .with(f::REQUIRED),
        Member::new("Failed", &ACKNOWLEDGE_DEAD_LETTER_QUEUE_RECORDS_ERROR_ENTRY_LIST)
            .with(f::REQUIRED),
    ],
);
pub static ACKNOWLEDGE_DEAD_LETTER_QUEUE_RECORDS_REQUEST_ENTRY: Schema = Schema::structure(
    "AcknowledgeDeadLetterQueueRecordsRequestEntry",
    &[Member::new("ReceiptHandle", &p::STRING).with(f::REQUIRED)],
);
pub static ACKNOWLEDGE_DEAD_LETTER_QUEUE_RECORDS_REQUEST_ENTRY_LIST: Schema = Schema::list(
    "AcknowledgeDeadLetterQueueRecordsRequestEntryList",
    &[Member::new("member", &ACKNOWLEDGE_DEAD_LETTER_QUEUE_RECORDS_REQUEST_ENTRY)],
);
pub static ACKNOWLEDGE_DEAD_LETTER_QUEUE_RECORDS_RESULT_ENTRY: Schema = Schema::structure(
    "AcknowledgeDeadLetterQueueRecordsResultEntry",
    &[Member::new("ReceiptHandle", &p::STRING).with(f::REQUIRED)],
);
pub static ACKNOWLEDGE_DEAD_LETTER_QUEUE_RECORDS_RESULT_ENTRY_LIST: Schema = Schema::list(
    "AcknowledgeDeadLetterQueueRecordsResultEntryList",
    &[Member::new("member", &ACKNOWLEDGE_DEAD_LETTER_QUEUE_RECORDS_RESULT_ENTRY)],
);
pub static ACKNOWLEDGE_QUEUE_RECORDS_ERROR_ENTRY: Schema = Schema::structure(
    "AcknowledgeQueueRecordsErrorEntry",
    &[
        Member::new("ReceiptHandle", &p::STRING).with(f::REQUIRED),
        Member::new("ErrorCode", &p::STRING).with(f::REQUIRED),
        Member::new("ErrorMessage", &p::STRING),
    ],
);
pub static ACKNOWLEDGE_QUEUE_RECORDS_ERROR_ENTRY_LIST: Schema = Schema::list(
    "AcknowledgeQueueRecordsErrorEntryList",
    &[Member::new("member", &ACKNOWLEDGE_QUEUE_RECORDS_ERROR_ENTRY)],
);
pub static ACKNOWLEDGE_QUEUE_RECORDS_INPUT: Schema = Schema::structure(
    "AcknowledgeQueueRecordsInput",
    &[
        Member::new("QueueARN", &p::STRING).context_param("QueueARN").with(f::REQUIRED),
        Member::new("Entries", &ACKNOWLEDGE_QUEUE_RECORDS_REQUEST_ENTRY_LIST)
            .with(f::REQUIRED),
    ],
);
pub static ACKNOWLEDGE_QUEUE_RECORDS_OUTPUT: Schema = Schema::structure(
    "AcknowledgeQueueRecordsOutput",
    &[
        Member::new("Successful", &ACKNOWLEDGE_QUEUE_RECORDS_RESULT_ENTRY_LIST)
            .with(f::REQUIRED),
        Member::new("Failed", &ACKNOWLEDGE_QUEUE_RECORDS_ERROR_ENTRY_LIST)
            .with(f::REQUIRED),
    ],
);
pub static ACKNOWLEDGE_QUEUE_RECORDS_REQUEST_ENTRY: Schema = Schema::structure(
    "AcknowledgeQueueRecordsRequestEntry",
    &[Member::new("ReceiptHandle", &p::STRING).with(f::REQUIRED)],
);
pub static ACKNOWLEDGE_QUEUE_RECORDS_REQUEST_ENTRY_LIST: Schema = Schema::list(
    "AcknowledgeQueueRecordsRequestEntryList",
    &[Member::new("member", &ACKNOWLEDGE_QUEUE_RECORDS_REQUEST_ENTRY)],
);
pub static ACKNOWLEDGE_QUEUE_RECORDS_RESULT_ENTRY: Schema = Schema::structure(
    "AcknowledgeQueueRecordsResultEntry",
    &[Member::new("ReceiptHandle", &p::STRING).with(f::REQUIRED)],
);
pub static ACKNOWLEDGE_QUEUE_RECORDS_RESULT_ENTRY_LIST: Schema = Schema::list(
    "AcknowledgeQueueRecordsResultEntryList",
    &[Member::new("member", &ACKNOWLEDGE_QUEUE_RECORDS_RESULT_ENTRY)],
);
pub static ADD_TAGS_TO_STREAM_INPUT: Schema = Schema::structure(
    "AddTagsToStreamInput",
    &[
        Member::new("StreamName", &p::STRING),
        Member::new("Tags", &TAG_MAP).with(f::REQUIRED),
        Member::new("StreamARN", &p::STRING).context_param("StreamARN"),
        Member::new("StreamId", &p::STRING).context_param("StreamId"),
    ],
);
pub static CHANNEL_DESCRIPTION: Schema = Schema::structure(
    "ChannelDescription",
    &[
        Member::new("ChannelName", &p::STRING).with(f::REQUIRED),
        Member::new("ChannelARN", &p::STRING).with(f::REQUIRED),
        Member::new("ChannelId", &p::STRING).with(f::REQUIRED),
        Member::new("ChannelStatus", &p::STRING).with(f::REQUIRED),
        Member::new("ChannelStatusReason", &p::STRING),
        Member::new("ChannelCreationTimestamp", &p::TIMESTAMP).with(f::REQUIRED),
        Member::new("ServiceExecutionRoleARN", &p::STRING).with(f::REQUIRED),
        Member::new("StreamConfigurationList", &CHANNEL_STREAM_DESCRIPTION_LIST)
            .with(f::REQUIRED),
        Member::new("S3DestinationConfiguration", &S3_DESTINATION_DESCRIPTION),
        Member::new(
            "S3TablesDestinationConfiguration",
            &S3_TABLES_DESTINATION_DESCRIPTION,
        ),
        Member::new("EncryptionConfiguration", &CHANNEL_ENCRYPTION_CONFIGURATION),
        Member::new("LoggingConfiguration", &CHANNEL_LOGGING_CONFIGURATION)
            .with(f::REQUIRED),
    ],
);
pub static CHANNEL_ENCRYPTION_CONFIGURATION: Schema = Schema::structure(
    "ChannelEncryptionConfiguration",
    &[
        Member::new("EncryptionType", &p::STRING).with(f::REQUIRED),
        Member::new("KeyId", &p::STRING).with(f::REQUIRED),
    ],
);
pub static CHANNEL_LOGGING_CONFIGURATION: Schema = Schema::structure(
    "ChannelLoggingConfiguration",
    &[Member::new("CloudWatchLogs", &CLOUD_WATCH_LOGS).with(f::REQUIRED)],
);
pub static CHANNEL_LOGGING_UPDATE_INPUT: Schema = Schema::structure(
    "ChannelLoggingUpdateInput",
    &[Member::new("CloudWatchLogs", &CLOUD_WATCH_LOGS_UPDATE_INPUT).with(f::REQUIRED)],
);
pub static CHANNEL_STREAM_CONFIGURATION: Schema = Schema::structure(
    "ChannelStreamConfiguration",
    &[
        Member::new("StreamARN", &p::STRING).with(f::REQUIRED),
        Member::new("RecordConfiguration", &RECORD_CONFIGURATION).with(f::REQUIRED),
    ],
);
pub static CHANNEL_STREAM_CONFIGURATION_LIST: Schema = Schema::list(
    "ChannelStreamConfigurationList",
    &[Member::new("member", &CHANNEL_STREAM_CONFIGURATION)],
);
pub static CHANNEL_STREAM_DESCRIPTION: Schema = Schema::structure(
    "ChannelStreamDescription",
    &[
        Member::new("StreamARN", &p::STRING).with(f::REQUIRED),
        Member::new("StreamCreationTimestamp", &p::TIMESTAMP).with(f::REQUIRED),
        Member::new("RecordConfiguration", &RECORD_CONFIGURATION).with(f::REQUIRED),
    ],
);
pub static CHANNEL_STREAM_DESCRIPTION_LIST: Schema = Schema::list(
    "ChannelStreamDescriptionList",
    &[Member::new("member", &CHANNEL_STREAM_DESCRIPTION)],
);
pub static CHANNEL_STREAM_IDENTIFIER: Schema = Schema::structure(
    "ChannelStreamIdentifier",
    &[
        Member::new("StreamARN", &p::STRING).with(f::REQUIRED),
        Member::new("StreamCreationTimestamp", &p::TIMESTAMP).with(f::REQUIRED),
    ],
);
pub static CHANNEL_STREAM_IDENTIFIER_LIST: Schema = Schema::list(
    "ChannelStreamIdentifierList",
    &[Member::new("member", &CHANNEL_STREAM_IDENTIFIER)],
);
pub static CHANNEL_SUMMARY: Schema = Schema::structure(
    "ChannelSummary",
    &[
        Member::new("ChannelName", &p::STRING).with(f::REQUIRED),
        Member::new("ChannelARN", &p::STRING).with(f::REQUIRED),
        Member::new("ChannelId", &p::STRING).with(f::REQUIRED),
        Member::new("ChannelStatus", &p::STRING).with(f::REQUIRED),
        Member::new("ChannelStatusReason", &p::STRING),
        Member::new("ChannelCreationTimestamp", &p::TIMESTAMP).with(f::REQUIRED),
        Member::new("ChannelDestinationType", &p::STRING).with(f::REQUIRED),
        Member::new("Streams", &CHANNEL_STREAM_IDENTIFIER_LIST).with(f::REQUIRED),
    ],
);
pub static CHANNEL_SUMMARY_LIST: Schema = Schema::list(
    "ChannelSummaryList",
    &[Member::new("member", &CHANNEL_SUMMARY)],
);
pub static CHILD_SHARD: Schema = Schema::structure(
    "ChildShard",
    &[
        Member::new("ShardId", &p::STRING).with(f::REQUIRED),
        Member::new("ParentShards", &SHARD_ID_LIST).with(f::REQUIRED),
        Member::new("HashKeyRange", &HASH_KEY_RANGE).with(f::REQUIRED),
    ],
);
pub static CHILD_SHARD_LIST: Schema = Schema::list(
    "ChildShardList",
    &[Member::new("member", &CHILD_SHARD)],
);
pub static CLOUD_WATCH_LOGS: Schema = Schema::structure(
    "CloudWatchLogs",
    &[
        Member::new("Enabled", &p::BOOLEAN).with(f::REQUIRED),
        Member::new("LogGroupName", &p::STRING),
        Member::new("LogStreamName", &p::STRING),
    ],
);
pub static CLOUD_WATCH_LOGS_UPDATE_INPUT: Schema = Schema::structure(
    "CloudWatchLogsUpdateInput",
    &[
        Member::new("Enabled", &p::BOOLEAN).with(f::REQUIRED),
        Member::new("LogGroupName", &p::STRING),
        Member::new("LogStreamName", &p::STRING),
    ],
);
pub static CONSUMER: Schema = Schema::structure(
    "Consumer",
    &[
        Member::new("ConsumerName", &p::STRING).with(f::REQUIRED),
        Member::new("ConsumerARN", &p::STRING).with(f::REQUIRED),
        Member::new("ConsumerStatus", &p::STRING).with(f::REQUIRED),
        Member::new("ConsumerCreationTimestamp", &p::TIMESTAMP).with(f::REQUIRED),
    ],
);
pub static CONSUMER_DESCRIPTION: Schema = Schema::structure(
    "ConsumerDescription",
    &[
        Member::new("ConsumerName", &p::STRING).with(f::REQUIRED),
        Member::new("ConsumerARN", &p::STRING).with(f::REQUIRED),
        Member::new("ConsumerStatus", &p::STRING).with(f::REQUIRED),
        Member::new("ConsumerCreationTimestamp", &p::TIMESTAMP).with(f::REQUIRED),
        Member::new("StreamARN", &p::STRING).with(f::REQUIRED),
    ],
);
pub static CONSUMER_LIST: Schema = Schema::list(
    "ConsumerList",
    &[Member::new("member", &CONSUMER)],
);
pub static CREATE_CHANNEL_INPUT: Schema = Schema::structure(
    "CreateChannelInput",
    &[
        Member::new("ChannelName", &p::STRING).with(f::REQUIRED),
        Member::new("ServiceExecutionRoleARN", &p::STRING).with(f::REQUIRED),
        Member::new("StreamConfigurationList", &CHANNEL_STREAM_CONFIGURATION_LIST)
            .with(f::REQUIRED),
        Member::new("S3DestinationConfiguration", &S3_DESTINATION_CONFIGURATION),
        Member::new(
            "S3TablesDestinationConfiguration",
            &S3_TABLES_DESTINATION_CONFIGURATION,
        ),
        Member::new("EncryptionConfiguration", &CHANNEL_ENCRYPTION_CONFIGURATION),
        Member::new("Tags", &TAG_MAP),
        Member::new("LoggingConfiguration", &CHANNEL_LOGGING_CONFIGURATION),
    ],
);
pub static CREATE_CHANNEL_OUTPUT: Schema = Schema::structure(
    "CreateChannelOutput",
    &[Member::new("ChannelDescription", &CHANNEL_DESCRIPTION).with(f::REQUIRED)],
);
pub static CREATE_QUEUE_INPUT: Schema = Schema::structure(
    "CreateQueueInput",
    &[
        Member::new("QueueName", &p::STRING).with(f::REQUIRED),
        Member::new("StreamConfigurationList", &QUEUE_STREAM_CONFIGURATION_LIST)
            .with(f::REQUIRED),
        Member::new("QueueAttributes", &QUEUE_ATTRIBUTES),
        Member::new("Tags", &TAG_MAP),
    ],
);
pub static CREATE_QUEUE_OUTPUT: Schema = Schema::structure(
    "CreateQueueOutput",
    &[Member::new("QueueDescription", &QUEUE_DESCRIPTION).with(f::REQUIRED)],
);
pub static CREATE_STREAM_INPUT: Schema = Schema::structure(
    "CreateStreamInput",
    &[
        Member::new("StreamName", &p::STRING).with(f::REQUIRED),
        Member::new("ShardCount", &p::INTEGER),
        Member::new("StreamModeDetails", &STREAM_MODE_DETAILS),
        Member::new("Tags", &TAG_MAP),
        Member::new("WarmThroughputMiBps", &p::INTEGER),
        Member::new("MaxRecordSizeInKiB", &p::INTEGER),
        Member::new("RecordDistributionStrategy", &p::STRING),
    ],
);
pub static DEAD_LETTER_CONFIGURATION: Schema = Schema::structure(
    "DeadLetterConfiguration",
    &[
        Member::new("TargetType", &p::STRING).with(f::REQUIRED),
        Member::new("MaxReceiveCount", &p::INTEGER),
    ],
);
pub static DEAD_LETTER_QUEUE_S3_CONFIGURATION: Schema = Schema::structure(
    "DeadLetterQueueS3Configuration",
    &[
        Member::new("BucketARN", &p::STRING).with(f::REQUIRED),
        Member::new("ExpectedBucketOwner", &p::STRING).with(f::REQUIRED),
        Member::new("ErrorOutputPrefix", &p::STRING),
    ],
);
pub static DECREASE_STREAM_RETENTION_PERIOD_INPUT: Schema = Schema::structure(
    "DecreaseStreamRetentionPeriodInput",
    &[
        Member::new("StreamName", &p::STRING),
        Member::new("RetentionPeriodHours", &p::INTEGER).with(f::REQUIRED),
        Member::new("StreamARN", &p::STRING).context_param("StreamARN"),
        Member::new("StreamId", &p::STRING).context_param("StreamId"),
    ],
);
pub static DELETE_CHANNEL_INPUT: Schema = Schema::structure(
    "DeleteChannelInput",
    &[
        Member::new("ChannelARN", &p::STRING)
            .context_param("ChannelARN")
            .with(f::REQUIRED),
    ],
);
pub static DELETE_QUEUE_INPUT: Schema = Schema::structure(
    "DeleteQueueInput",
    &[Member::new("QueueARN", &p::STRING).context_param("QueueARN").with(f::REQUIRED)],
);
pub static DELETE_RESOURCE_POLICY_INPUT: Schema = Schema::structure(
    "DeleteResourcePolicyInput",
    &[
        Member::new("ResourceARN", &p::STRING)
            .context_param("ResourceARN")
            .with(f::REQUIRED),
        Member::new("StreamId", &p::STRING).context_param("StreamId"),
    ],
);
pub static DELETE_STREAM_INPUT: Schema = Schema::structure(
    "DeleteStreamInput",
    &[
        Member::new("StreamName", &p::STRING),
        Member::new("EnforceConsumerDeletion", &p::BOOLEAN),
        Member::new("StreamARN", &p::STRING).context_param("StreamARN"),
        Member::new("StreamId", &p::STRING).context_param("StreamId"),
    ],
);
pub static DEREGISTER_STREAM_CONSUMER_INPUT: Schema = Schema::structure(
    "DeregisterStreamConsumerInput",
    &[
        Member::new("StreamARN", &p::STRING).context_param("StreamARN"),
        Member::new("ConsumerName", &p::STRING),
        Member::new("ConsumerARN", &p::STRING).context_param("ConsumerARN"),
        Member::new("StreamId", &p::STRING).context_param("StreamId"),
    ],
);
pub static DESCRIBE_ACCOUNT_SETTINGS_INPUT: Schema = Schema::structure(
    "DescribeAccountSettingsInput",
    &[],
);
pub static DESCRIBE_ACCOUNT_SETTINGS_OUTPUT: Schema = Schema::structure(
    "DescribeAccountSettingsOutput",
    &[
        Member::new(
            "MinimumThroughputBillingCommitment",
            &MINIMUM_THROUGHPUT_BILLING_COMMITMENT_OUTPUT,
        ),
    ],
);
pub static DESCRIBE_CHANNEL_INPUT: Schema = Schema::structure(
    "DescribeChannelInput",
    &[
        Member::new("ChannelARN", &p::STRING)
            .context_param("ChannelARN")
            .with(f::REQUIRED),
    ],
);
pub static DESCRIBE_CHANNEL_OUTPUT: Schema = Schema::structure(
    "DescribeChannelOutput",
    &[Member::new("ChannelDescription", &CHANNEL_DESCRIPTION).with(f::REQUIRED)],
);
pub static DESCRIBE_LIMITS_INPUT: Schema = Schema::structure("DescribeLimitsInput", &[]);
pub static DESCRIBE_LIMITS_OUTPUT: Schema = Schema::structure(
    "DescribeLimitsOutput",
    &[
        Member::new("ShardLimit", &p::INTEGER).with(f::REQUIRED),
        Member::new("OpenShardCount", &p::INTEGER).with(f::REQUIRED),
        Member::new("OnDemandStreamCount", &p::INTEGER).with(f::REQUIRED),
        Member::new("OnDemandStreamCountLimit", &p::INTEGER).with(f::REQUIRED),
        Member::new("ChannelCount", &p::INTEGER),
        Member::new("ChannelCountLimit", &p::INTEGER),
    ],
);
pub static DESCRIBE_QUEUE_INPUT: Schema = Schema::structure(
    "DescribeQueueInput",
    &[Member::new("QueueARN", &p::STRING).context_param("QueueARN").with(f::REQUIRED)],
);
pub static DESCRIBE_QUEUE_OUTPUT: Schema = Schema::structure(
    "DescribeQueueOutput",
    &[Member::new("QueueDescription", &QUEUE_DESCRIPTION).with(f::REQUIRED)],
);
pub static DESCRIBE_STREAM_CONSUMER_INPUT: Schema = Schema::structure(
    "DescribeStreamConsumerInput",
    &[
        Member::new("StreamARN", &p::STRING).context_param("StreamARN"),
        Member::new("ConsumerName", &p::STRING),
        Member::new("ConsumerARN", &p::STRING).context_param("ConsumerARN"),
        Member::new("StreamId", &p::STRING).context_param("StreamId"),
    ],
);
pub static DESCRIBE_STREAM_CONSUMER_OUTPUT: Schema = Schema::structure(
    "DescribeStreamConsumerOutput",
    &[Member::new("ConsumerDescription", &CONSUMER_DESCRIPTION).with(f::REQUIRED)],
);
pub static DESCRIBE_STREAM_INPUT: Schema = Schema::structure(
    "DescribeStreamInput",
    &[
        Member::new("StreamName", &p::STRING),
        Member::new("Limit", &p::INTEGER),
        Member::new("ExclusiveStartShardId", &p::STRING),
        Member::new("StreamARN", &p::STRING).context_param("StreamARN"),
        Member::new("StreamId", &p::STRING).context_param("StreamId"),
    ],
);
pub static DESCRIBE_STREAM_OUTPUT: Schema = Schema::structure(
    "DescribeStreamOutput",
    &[Member::new("StreamDescription", &STREAM_DESCRIPTION).with(f::REQUIRED)],
);
pub static DESCRIBE_STREAM_SUMMARY_INPUT: Schema = Schema::structure(
    "DescribeStreamSummaryInput",
    &[
        Member::new("StreamName", &p::STRING),
        Member::new("StreamARN", &p::STRING).context_param("StreamARN"),
        Member::new("StreamId", &p::STRING).context_param("StreamId"),
    ],
);
pub static DESCRIBE_STREAM_SUMMARY_OUTPUT: Schema = Schema::structure(
    "DescribeStreamSummaryOutput",
    &[
        Member::new("StreamDescriptionSummary", &STREAM_DESCRIPTION_SUMMARY)
            .with(f::REQUIRED),
    ],
);
pub static DISABLE_ENHANCED_MONITORING_INPUT: Schema = Schema::structure(
    "DisableEnhancedMonitoringInput",
    &[
        Member::new("StreamName", &p::STRING),
        Member::new("ShardLevelMetrics", &METRICS_NAME_LIST).with(f::REQUIRED),
        Member::new("StreamARN", &p::STRING).context_param("StreamARN"),
        Member::new("StreamId", &p::STRING).context_param("StreamId"),
    ],
);
pub static DRY_RUN_OPERATION_EXCEPTION: Schema = Schema::structure(
        "DryRunOperationException",
        &[Member::new("message", &p::STRING)],
    )
    .error("DryRunOperationException", 400u16);
pub static ENABLE_ENHANCED_MONITORING_INPUT: Schema = Schema::structure(
    "EnableEnhancedMonitoringInput",
    &[
        Member::new("StreamName", &p::STRING),
        Member::new("ShardLevelMetrics", &METRICS_NAME_LIST).with(f::REQUIRED),
        Member::new("StreamARN", &p::STRING).context_param("StreamARN"),
        Member::new("StreamId", &p::STRING).context_param("StreamId"),
    ],
);
pub static ENHANCED_METRICS: Schema = Schema::structure(
    "EnhancedMetrics",
    &[Member::new("ShardLevelMetrics", &METRICS_NAME_LIST)],
);
pub static ENHANCED_MONITORING_LIST: Schema = Schema::list(
    "EnhancedMonitoringList",
    &[Member::new("member", &ENHANCED_METRICS)],
);
pub static ENHANCED_MONITORING_OUTPUT: Schema = Schema::structure(
    "EnhancedMonitoringOutput",
    &[
        Member::new("StreamName", &p::STRING),
        Member::new("CurrentShardLevelMetrics", &METRICS_NAME_LIST),
        Member::new("DesiredShardLevelMetrics", &METRICS_NAME_LIST),
        Member::new("StreamARN", &p::STRING),
    ],
);
pub static EXPIRED_ITERATOR_EXCEPTION: Schema = Schema::structure(
        "ExpiredIteratorException",
        &[Member::new("message", &p::STRING)],
    )
    .error("ExpiredIteratorException", 400u16);
pub static EXPIRED_NEXT_TOKEN_EXCEPTION: Schema = Schema::structure(
        "ExpiredNextTokenException",
        &[Member::new("message", &p::STRING)],
    )
    .error("ExpiredNextTokenException", 400u16);
pub static GET_RECORDS_INPUT: Schema = Schema::structure(
    "GetRecordsInput",
    &[
        Member::new("ShardIterator", &p::STRING).with(f::REQUIRED),
        Member::new("Limit", &p::INTEGER),
        Member::new("StreamARN", &p::STRING).context_param("StreamARN"),
        Member::new("StreamId", &p::STRING).context_param("StreamId"),
        Member::new("DryRun", &p::BOOLEAN),
    ],
);
pub static GET_RECORDS_OUTPUT: Schema = Schema::structure(
    "GetRecordsOutput",
    &[
        Member::new("Records", &RECORD_LIST).with(f::REQUIRED),
        Member::new("NextShardIterator", &p::STRING),
        Member::new("MillisBehindLatest", &p::LONG),
        Member::new("ChildShards", &CHILD_SHARD_LIST),
    ],
);
pub static GET_RESOURCE_POLICY_INPUT: Schema = Schema::structure(
    "GetResourcePolicyInput",
    &[
        Member::new("ResourceARN", &p::STRING)
            .context_param("ResourceARN")
            .with(f::REQUIRED),
        Member::new("StreamId", &p::STRING).context_param("StreamId"),
    ],
);
pub static GET_RESOURCE_POLICY_OUTPUT: Schema = Schema::structure(
    "GetResourcePolicyOutput",
    &[Member::new("Policy", &p::STRING).with(f::REQUIRED)],
);
pub static GET_SHARD_ITERATOR_INPUT: Schema = Schema::structure(
    "GetShardIteratorInput",
    &[
        Member::new("StreamName", &p::STRING),
        Member::new("ShardId", &p::STRING).with(f::REQUIRED),
        Member::new("ShardIteratorType", &p::STRING).with(f::REQUIRED),
        Member::new("StartingSequenceNumber", &p::STRING),
        Member::new("Timestamp", &p::TIMESTAMP),
        Member::new("StreamARN", &p::STRING).context_param("StreamARN"),
        Member::new("StreamId", &p::STRING).context_param("StreamId"),
        Member::new("DryRun", &p::BOOLEAN),
    ],
);
pub static GET_SHARD_ITERATOR_OUTPUT: Schema = Schema::structure(
    "GetShardIteratorOutput",
    &[Member::new("ShardIterator", &p::STRING)],
);
pub static HASH_KEY_RANGE: Schema = Schema::structure(
    "HashKeyRange",
    &[
        Member::new("StartingHashKey", &p::STRING).with(f::REQUIRED),
        Member::new("EndingHashKey", &p::STRING).with(f::REQUIRED),
    ],
);
pub static INCREASE_STREAM_RETENTION_PERIOD_INPUT: Schema = Schema::structure(
    "IncreaseStreamRetentionPeriodInput",
    &[
        Member::new("StreamName", &p::STRING),
        Member::new("RetentionPeriodHours", &p::INTEGER).with(f::REQUIRED),
        Member::new("StreamARN", &p::STRING).context_param("StreamARN"),
        Member::new("StreamId", &p::STRING).context_param("StreamId"),
    ],
);
pub static INTERNAL_FAILURE_EXCEPTION: Schema = Schema::structure(
        "InternalFailureException",
        &[Member::new("message", &p::STRING)],
    )
    .error("InternalFailureException", 500u16);
pub static INVALID_ARGUMENT_EXCEPTION: Schema = Schema::structure(
        "InvalidArgumentException",
        &[Member::new("message", &p::STRING)],
    )
    .error("InvalidArgumentException", 400u16);
pub static KMS_ACCESS_DENIED_EXCEPTION: Schema = Schema::structure(
        "KMSAccessDeniedException",
        &[Member::new("message", &p::STRING)],
    )
    .error("KMSAccessDeniedException", 400u16);
pub static KMS_DISABLED_EXCEPTION: Schema = Schema::structure(
        "KMSDisabledException",
        &[Member::new("message", &p::STRING)],
    )
    .error("KMSDisabledException", 400u16);
pub static KMS_INVALID_STATE_EXCEPTION: Schema = Schema::structure(
        "KMSInvalidStateException",
        &[Member::new("message", &p::STRING)],
    )
    .error("KMSInvalidStateException", 400u16);
pub static KMS_NOT_FOUND_EXCEPTION: Schema = Schema::structure(
        "KMSNotFoundException",
        &[Member::new("message", &p::STRING)],
    )
    .error("KMSNotFoundException", 400u16);
pub static KMS_OPT_IN_REQUIRED: Schema = Schema::structure(
        "KMSOptInRequired",
        &[Member::new("message", &p::STRING)],
    )
    .error("KMSOptInRequired", 400u16);
pub static KMS_THROTTLING_EXCEPTION: Schema = Schema::structure(
        "KMSThrottlingException",
        &[Member::new("message", &p::STRING)],
    )
    .error("KMSThrottlingException", 400u16);
pub static LIMIT_EXCEEDED_EXCEPTION: Schema = Schema::structure(
        "LimitExceededException",
        &[Member::new("message", &p::STRING)],
    )
    .error("LimitExceededException", 400u16);
pub static LIST_CHANNELS_INPUT: Schema = Schema::structure(
    "ListChannelsInput",
    &[
        Member::new("StreamFilter", &STREAM_FILTER_LIST),
        Member::new("MaxResults", &p::INTEGER),
        Member::new("NextToken", &p::STRING),
    ],
);
pub static LIST_CHANNELS_OUTPUT: Schema = Schema::structure(
    "ListChannelsOutput",
    &[
        Member::new("ChannelSummaries", &CHANNEL_SUMMARY_LIST).with(f::REQUIRED),
        Member::new("NextToken", &p::STRING),
    ],
);
pub static LIST_QUEUES_INPUT: Schema = Schema::structure(
    "ListQueuesInput",
    &[
        Member::new("MaxResults", &p::INTEGER),
        Member::new("NextToken", &p::STRING),
        Member::new("StreamFilter", &QUEUE_STREAM_FILTER_LIST),
    ],
);
pub static LIST_QUEUES_OUTPUT: Schema = Schema::structure(
    "ListQueuesOutput",
    &[
        Member::new("QueueSummaries", &QUEUE_SUMMARY_LIST).with(f::REQUIRED),
        Member::new("NextToken", &p::STRING),
    ],
);
pub static LIST_SHARDS_INPUT: Schema = Schema::structure(
    "ListShardsInput",
    &[
        Member::new("StreamName", &p::STRING),
        Member::new("NextToken", &p::STRING),
        Member::new("ExclusiveStartShardId", &p::STRING),
        Member::new("MaxResults", &p::INTEGER),
        Member::new("StreamCreationTimestamp", &p::TIMESTAMP),
        Member::new("ShardFilter", &SHARD_FILTER),
        Member::new("StreamARN", &p::STRING).context_param("StreamARN"),
        Member::new("StreamId", &p::STRING).context_param("StreamId"),
    ],
);
pub static LIST_SHARDS_OUTPUT: Schema = Schema::structure(
    "ListShardsOutput",
    &[Member::new("Shards", &SHARD_LIST), Member::new("NextToken", &p::STRING)],
);
pub static LIST_STREAM_CONSUMERS_INPUT: Schema = Schema::structure(
    "ListStreamConsumersInput",
    &[
        Member::new("StreamARN", &p::STRING)
            .context_param("StreamARN")
            .with(f::REQUIRED),
        Member::new("NextToken", &p::STRING),
        Member::new("MaxResults", &p::INTEGER),
        Member::new("StreamCreationTimestamp", &p::TIMESTAMP),
        Member::new("StreamId", &p::STRING).context_param("StreamId"),
    ],
);
pub static LIST_STREAM_CONSUMERS_OUTPUT: Schema = Schema::structure(
    "ListStreamConsumersOutput",
    &[Member::new("Consumers", &CONSUMER_LIST), Member::new("NextToken", &p::STRING)],
);
pub static LIST_STREAMS_INPUT: Schema = Schema::structure(
    "ListStreamsInput",
    &[
        Member::new("Limit", &p::INTEGER),
        Member::new("ExclusiveStartStreamName", &p::STRING),
        Member::new("NextToken", &p::STRING),
    ],
);
pub static LIST_STREAMS_OUTPUT: Schema = Schema::structure(
    "ListStreamsOutput",
    &[
        Member::new("StreamNames", &STREAM_NAME_LIST).with(f::REQUIRED),
        Member::new("HasMoreStreams", &p::BOOLEAN).with(f::REQUIRED),
        Member::new("NextToken", &p::STRING),
        Member::new("StreamSummaries", &STREAM_SUMMARY_LIST),
    ],
);
pub static LIST_TAGS_FOR_RESOURCE_INPUT: Schema = Schema::structure(
    "ListTagsForResourceInput",
    &[
        Member::new("ResourceARN", &p::STRING)
            .context_param("ResourceARN")
            .with(f::REQUIRED),
        Member::new("StreamId", &p::STRING).context_param("StreamId"),
    ],
);
pub static LIST_TAGS_FOR_RESOURCE_OUTPUT: Schema = Schema::structure(
    "ListTagsForResourceOutput",
    &[Member::new("Tags", &TAG_LIST)],
);
pub static LIST_TAGS_FOR_STREAM_INPUT: Schema = Schema::structure(
    "ListTagsForStreamInput",
    &[
        Member::new("StreamName", &p::STRING),
        Member::new("ExclusiveStartTagKey", &p::STRING),
        Member::new("Limit", &p::INTEGER),
        Member::new("StreamARN", &p::STRING).context_param("StreamARN"),
        Member::new("StreamId", &p::STRING).context_param("StreamId"),
    ],
);
pub static LIST_TAGS_FOR_STREAM_OUTPUT: Schema = Schema::structure(
    "ListTagsForStreamOutput",
    &[
        Member::new("Tags", &TAG_LIST).with(f::REQUIRED),
        Member::new("HasMoreTags", &p::BOOLEAN).with(f::REQUIRED),
    ],
);
pub static MERGE_SHARDS_INPUT: Schema = Schema::structure(
    "MergeShardsInput",
    &[
        Member::new("StreamName", &p::STRING),
        Member::new("ShardToMerge", &p::STRING).with(f::REQUIRED),
        Member::new("AdjacentShardToMerge", &p::STRING).with(f::REQUIRED),
        Member::new("StreamARN", &p::STRING).context_param("StreamARN"),
        Member::new("StreamId", &p::STRING).context_param("StreamId"),
    ],
);
pub static METRICS_NAME_LIST: Schema = Schema::list(
    "MetricsNameList",
    &[Member::new("member", &p::STRING)],
);
pub static MINIMUM_THROUGHPUT_BILLING_COMMITMENT_INPUT: Schema = Schema::structure(
    "MinimumThroughputBillingCommitmentInput",
    &[Member::new("Status", &p::STRING).with(f::REQUIRED)],
);
pub static MINIMUM_THROUGHPUT_BILLING_COMMITMENT_OUTPUT: Schema = Schema::structure(
    "MinimumThroughputBillingCommitmentOutput",
    &[
        Member::new("Status", &p::STRING).with(f::REQUIRED),
        Member::new("StartedAt", &p::TIMESTAMP),
        Member::new("EndedAt", &p::TIMESTAMP),
        Member::new("EarliestAllowedEndAt", &p::TIMESTAMP),
    ],
);
pub static PARTITION_FIELD: Schema = Schema::structure(
    "PartitionField",
    &[
        Member::new("Transform", &p::STRING).with(f::REQUIRED),
        Member::new("SourceName", &p::STRING).with(f::REQUIRED),
    ],
);
pub static PARTITION_FIELD_LIST: Schema = Schema::list(
    "PartitionFieldList",
    &[Member::new("member", &PARTITION_FIELD)],
);
pub static PARTITION_SPEC: Schema = Schema::structure(
    "PartitionSpec",
    &[Member::new("PartitionFields", &PARTITION_FIELD_LIST).with(f::REQUIRED)],
);
pub static PROVISIONED_THROUGHPUT_EXCEEDED_EXCEPTION: Schema = Schema::structure(
        "ProvisionedThroughputExceededException",
        &[Member::new("message", &p::STRING)],
    )
    .error("ProvisionedThroughputExceededException", 400u16);
pub static PUT_RECORD_INPUT: Schema = Schema::structure(
    "PutRecordInput",
    &[
        Member::new("StreamName", &p::STRING),
        Member::new("Data", &p::BLOB).with(f::REQUIRED),
        Member::new("PartitionKey", &p::STRING),
        Member::new("ExplicitHashKey", &p::STRING),
        Member::new("SequenceNumberForOrdering", &p::STRING),
        Member::new("StreamARN", &p::STRING).context_param("StreamARN"),
        Member::new("StreamId", &p::STRING).context_param("StreamId"),
        Member::new("DryRun", &p::BOOLEAN),
    ],
);
pub static PUT_RECORD_OUTPUT: Schema = Schema::structure(
    "PutRecordOutput",
    &[
        Member::new("ShardId", &p::STRING).with(f::REQUIRED),
        Member::new("SequenceNumber", &p::STRING).with(f::REQUIRED),
        Member::new("EncryptionType", &p::STRING),
    ],
);
pub static PUT_RECORDS_INPUT: Schema = Schema::structure(
    "PutRecordsInput",
    &[
        Member::new("Records", &PUT_RECORDS_REQUEST_ENTRY_LIST).with(f::REQUIRED),
        Member::new("StreamName", &p::STRING),
        Member::new("StreamARN", &p::STRING).context_param("StreamARN"),
        Member::new("StreamId", &p::STRING).context_param("StreamId"),
        Member::new("DryRun", &p::BOOLEAN),
    ],
);
pub static PUT_RECORDS_OUTPUT: Schema = Schema::structure(
    "PutRecordsOutput",
    &[
        Member::new("FailedRecordCount", &p::INTEGER),
        Member::new("Records", &PUT_RECORDS_RESULT_ENTRY_LIST).with(f::REQUIRED),
        Member::new("EncryptionType", &p::STRING),
    ],
);
pub static PUT_RECORDS_REQUEST_ENTRY: Schema = Schema::structure(
    "PutRecordsRequestEntry",
    &[
        Member::new("Data", &p::BLOB).with(f::REQUIRED),
        Member::new("ExplicitHashKey", &p::STRING),
        Member::new("PartitionKey", &p::STRING),
    ],
);
pub static PUT_RECORDS_REQUEST_ENTRY_LIST: Schema = Schema::list(
    "PutRecordsRequestEntryList",
    &[Member::new("member", &PUT_RECORDS_REQUEST_ENTRY)],
);
pub static PUT_RECORDS_RESULT_ENTRY: Schema = Schema::structure(
    "PutRecordsResultEntry",
    &[
        Member::new("SequenceNumber", &p::STRING),
        Member::new("ShardId", &p::STRING),
        Member::new("ErrorCode", &p::STRING),
        Member::new("ErrorMessage", &p::STRING),
    ],
);
pub static PUT_RECORDS_RESULT_ENTRY_LIST: Schema = Schema::list(
    "PutRecordsResultEntryList",
    &[Member::new("member", &PUT_RECORDS_RESULT_ENTRY)],
);
pub static PUT_RESOURCE_POLICY_INPUT: Schema = Schema::structure(
    "PutResourcePolicyInput",
    &[
        Member::new("ResourceARN", &p::STRING)
            .context_param("ResourceARN")
            .with(f::REQUIRED),
        Member::new("StreamId", &p::STRING).context_param("StreamId"),
        Member::new("Policy", &p::STRING).with(f::REQUIRED),
    ],
);
pub static QUEUE_ATTRIBUTES: Schema = Schema::structure(
    "QueueAttributes",
    &[
        Member::new("VisibilityTimeoutSeconds", &p::INTEGER),
        Member::new("DeadLetterConfiguration", &DEAD_LETTER_CONFIGURATION),
    ],
);
pub static QUEUE_DESCRIPTION: Schema = Schema::structure(
    "QueueDescription",
    &[
        Member::new("QueueName", &p::STRING).with(f::REQUIRED),
        Member::new("QueueARN", &p::STRING).with(f::REQUIRED),
        Member::new("QueueStatus", &p::STRING).with(f::REQUIRED),
        Member::new("QueueCreationTimestamp", &p::TIMESTAMP).with(f::REQUIRED),
        Member::new("StreamConfigurationList", &QUEUE_STREAM_CONFIGURATION_LIST)
            .with(f::REQUIRED),
        Member::new("QueueAttributes", &QUEUE_ATTRIBUTES),
    ],
);
pub static QUEUE_RECORD: Schema = Schema::structure(
    "QueueRecord",
    &[
        Member::new("ReceiptHandle", &p::STRING).with(f::REQUIRED),
        Member::new("RecordId", &p::STRING).with(f::REQUIRED),
        Member::new("PartitionKey", &p::STRING),
        Member::new("Data", &p::BLOB).with(f::REQUIRED),
        Member::new("ApproximateArrivalTimestamp", &p::TIMESTAMP).with(f::REQUIRED),
        Member::new("FirstReceiveTimestamp", &p::TIMESTAMP).with(f::REQUIRED),
        Member::new("ReceiveCount", &p::INTEGER).with(f::REQUIRED),
    ],
);
pub static QUEUE_RECORD_LIST: Schema = Schema::list(
    "QueueRecordList",
    &[Member::new("member", &QUEUE_RECORD)],
);
pub static QUEUE_STARTING_POSITION: Schema = Schema::structure(
    "QueueStartingPosition",
    &[
        Member::new("Type", &p::STRING).with(f::REQUIRED),
        Member::new("Timestamp", &p::TIMESTAMP),
    ],
);
pub static QUEUE_STREAM_CONFIGURATION: Schema = Schema::structure(
    "QueueStreamConfiguration",
    &[
        Member::new("StreamARN", &p::STRING).with(f::REQUIRED),
        Member::new("StartingPosition", &QUEUE_STARTING_POSITION),
    ],
);
pub static QUEUE_STREAM_CONFIGURATION_LIST: Schema = Schema::list(
    "QueueStreamConfigurationList",
    &[Member::new("member", &QUEUE_STREAM_CONFIGURATION)],
);
pub static QUEUE_STREAM_FILTER: Schema = Schema::structure(
    "QueueStreamFilter",
    &[
        Member::new("StreamARN", &p::STRING).with(f::REQUIRED),
        Member::new("StreamCreationTimestamp", &p::TIMESTAMP),
    ],
);
pub static QUEUE_STREAM_FILTER_LIST: Schema = Schema::list(
    "QueueStreamFilterList",
    &[Member::new("member", &QUEUE_STREAM_FILTER)],
);
pub static QUEUE_STREAM_IDENTIFIER: Schema = Schema::structure(
    "QueueStreamIdentifier",
    &[
        Member::new("StreamARN", &p::STRING).with(f::REQUIRED),
        Member::new("StreamCreationTimestamp", &p::TIMESTAMP).with(f::REQUIRED),
    ],
);
pub static QUEUE_STREAM_IDENTIFIER_LIST: Schema = Schema::list(
    "QueueStreamIdentifierList",
    &[Member::new("member", &QUEUE_STREAM_IDENTIFIER)],
);
pub static QUEUE_SUMMARY: Schema = Schema::structure(
    "QueueSummary",
    &[
        Member::new("QueueName", &p::STRING).with(f::REQUIRED),
        Member::new("QueueARN", &p::STRING).with(f::REQUIRED),
        Member::new("QueueStatus", &p::STRING).with(f::REQUIRED),
        Member::new("QueueCreationTimestamp", &p::TIMESTAMP).with(f::REQUIRED),
        Member::new("Streams", &QUEUE_STREAM_IDENTIFIER_LIST).with(f::REQUIRED),
    ],
);
pub static QUEUE_SUMMARY_LIST: Schema = Schema::list(
    "QueueSummaryList",
    &[Member::new("member", &QUEUE_SUMMARY)],
);
pub static RECEIVE_DEAD_LETTER_QUEUE_RECORDS_INPUT: Schema = Schema::structure(
    "ReceiveDeadLetterQueueRecordsInput",
    &[
        Member::new("QueueARN", &p::STRING).context_param("QueueARN").with(f::REQUIRED),
        Member::new("Limit", &p::INTEGER),
        Member::new("WaitTimeSeconds", &p::INTEGER),
        Member::new("VisibilityTimeoutSeconds", &p::INTEGER),
    ],
);
pub static RECEIVE_DEAD_LETTER_QUEUE_RECORDS_OUTPUT: Schema = Schema::structure(
    "ReceiveDeadLetterQueueRecordsOutput",
    &[Member::new("QueueRecords", &QUEUE_RECORD_LIST).with(f::REQUIRED)],
);
pub static RECEIVE_QUEUE_RECORDS_INPUT: Schema = Schema::structure(
    "ReceiveQueueRecordsInput",
    &[
        Member::new("QueueARN", &p::STRING).context_param("QueueARN").with(f::REQUIRED),
        Member::new("Limit", &p::INTEGER),
        Member::new("WaitTimeSeconds", &p::INTEGER),
        Member::new("VisibilityTimeoutSeconds", &p::INTEGER),
    ],
);
pub static RECEIVE_QUEUE_RECORDS_OUTPUT: Schema = Schema::structure(
    "ReceiveQueueRecordsOutput",
    &[Member::new("QueueRecords", &QUEUE_RECORD_LIST).with(f::REQUIRED)],
);
pub static RECORD: Schema = Schema::structure(
    "Record",
    &[
        Member::new("SequenceNumber", &p::STRING).with(f::REQUIRED),
        Member::new("ApproximateArrivalTimestamp", &p::TIMESTAMP),
        Member::new("Data", &p::BLOB).with(f::REQUIRED),
        Member::new("PartitionKey", &p::STRING),
        Member::new("EncryptionType", &p::STRING),
    ],
);
pub static RECORD_CONFIGURATION: Schema = Schema::structure(
    "RecordConfiguration",
    &[
        Member::new("RecordFormatType", &p::STRING).with(f::REQUIRED),
        Member::new("GSRSchemaARN", &p::STRING),
    ],
);
pub static RECORD_LIST: Schema = Schema::list(
    "RecordList",
    &[Member::new("member", &RECORD)],
);
pub static REGISTER_STREAM_CONSUMER_INPUT: Schema = Schema::structure(
    "RegisterStreamConsumerInput",
    &[
        Member::new("StreamARN", &p::STRING)
            .context_param("StreamARN")
            .with(f::REQUIRED),
        Member::new("ConsumerName", &p::STRING).with(f::REQUIRED),
        Member::new("StreamId", &p::STRING).context_param("StreamId"),
        Member::new("Tags", &TAG_MAP),
    ],
);
pub static REGISTER_STREAM_CONSUMER_OUTPUT: Schema = Schema::structure(
    "RegisterStreamConsumerOutput",
    &[Member::new("Consumer", &CONSUMER).with(f::REQUIRED)],
);
pub static REMOVE_TAGS_FROM_STREAM_INPUT: Schema = Schema::structure(
    "RemoveTagsFromStreamInput",
    &[
        Member::new("StreamName", &p::STRING),
        Member::new("TagKeys", &TAG_KEY_LIST).with(f::REQUIRED),
        Member::new("StreamARN", &p::STRING).context_param("StreamARN"),
        Member::new("StreamId", &p::STRING).context_param("StreamId"),
    ],
);
pub static RESOURCE_IN_USE_EXCEPTION: Schema = Schema::structure(
        "ResourceInUseException",
        &[Member::new("message", &p::STRING)],
    )
    .error("ResourceInUseException", 400u16);
pub static RESOURCE_NOT_FOUND_EXCEPTION: Schema = Schema::structure(
        "ResourceNotFoundException",
        &[Member::new("message", &p::STRING)],
    )
    .error("ResourceNotFoundException", 400u16);
pub static RESTORE_DEAD_LETTER_QUEUE_RECORDS_ERROR_ENTRY: Schema = Schema::structure(
    "RestoreDeadLetterQueueRecordsErrorEntry",
    &[
        Member::new("ReceiptHandle", &p::STRING).with(f::REQUIRED),
        Member::new("ErrorCode", &p::STRING).with(f::REQUIRED),
        Member::new("ErrorMessage", &p::STRING),
    ],
);
pub static RESTORE_DEAD_LETTER_QUEUE_RECORDS_ERROR_ENTRY_LIST: Schema = Schema::list(
    "RestoreDeadLetterQueueRecordsErrorEntryList",
    &[Member::new("member", &RESTORE_DEAD_LETTER_QUEUE_RECORDS_ERROR_ENTRY)],
);
pub static RESTORE_DEAD_LETTER_QUEUE_RECORDS_INPUT: Schema = Schema::structure(
    "RestoreDeadLetterQueueRecordsInput",
    &[
        Member::new("QueueARN", &p::STRING).context_param("QueueARN").with(f::REQUIRED),
        Member::new("Entries", &RESTORE_DEAD_LETTER_QUEUE_RECORDS_REQUEST_ENTRY_LIST)
            .with(f::REQUIRED),
    ],
);
pub static RESTORE_DEAD_LETTER_QUEUE_RECORDS_OUTPUT: Schema = Schema::structure(
    "RestoreDeadLetterQueueRecordsOutput",
    &[
        Member::new("Successful", &RESTORE_DEAD_LETTER_QUEUE_RECORDS_RESULT_ENTRY_LIST)
            .with(f::REQUIRED),
        Member::new("Failed", &RESTORE_DEAD_LETTER_QUEUE_RECORDS_ERROR_ENTRY_LIST)
            .with(f::REQUIRED),
    ],
);
pub static RESTORE_DEAD_LETTER_QUEUE_RECORDS_REQUEST_ENTRY: Schema = Schema::structure(
    "RestoreDeadLetterQueueRecordsRequestEntry",
    &[Member::new("ReceiptHandle", &p::STRING).with(f::REQUIRED)],
);
pub static RESTORE_DEAD_LETTER_QUEUE_RECORDS_REQUEST_ENTRY_LIST: Schema = Schema::list(
    "RestoreDeadLetterQueueRecordsRequestEntryList",
    &[Member::new("member", &RESTORE_DEAD_LETTER_QUEUE_RECORDS_REQUEST_ENTRY)],
);
pub static RESTORE_DEAD_LETTER_QUEUE_RECORDS_RESULT_ENTRY: Schema = Schema::structure(
    "RestoreDeadLetterQueueRecordsResultEntry",
    &[Member::new("ReceiptHandle", &p::STRING).with(f::REQUIRED)],
);
pub static RESTORE_DEAD_LETTER_QUEUE_RECORDS_RESULT_ENTRY_LIST: Schema = Schema::list(
    "RestoreDeadLetterQueueRecordsResultEntryList",
    &[Member::new("member", &RESTORE_DEAD_LETTER_QUEUE_RECORDS_RESULT_ENTRY)],
);
pub static S3_DESTINATION_CONFIGURATION: Schema = Schema::structure(
    "S3DestinationConfiguration",
    &[
        Member::new("DataFreshnessInSeconds", &p::INTEGER),
        Member::new(
            "DeadLetterQueueS3Configuration",
            &DEAD_LETTER_QUEUE_S3_CONFIGURATION,
        ),
        Member::new("StorageConfiguration", &S3_STORAGE_CONFIGURATION).with(f::REQUIRED),
    ],
);
pub static S3_DESTINATION_DESCRIPTION: Schema = Schema::structure(
    "S3DestinationDescription",
    &[
        Member::new("DataFreshnessInSeconds", &p::INTEGER).with(f::REQUIRED),
        Member::new(
                "DeadLetterQueueS3Configuration",
                &DEAD_LETTER_QUEUE_S3_CONFIGURATION,
            )
            .with(f::REQUIRED),
        Member::new("StorageConfiguration", &S3_STORAGE_CONFIGURATION).with(f::REQUIRED),
    ],
);
pub static S3_DESTINATION_UPDATE_INPUT: Schema = Schema::structure(
    "S3DestinationUpdateInput",
    &[Member::new("DataFreshnessInSeconds", &p::INTEGER).with(f::REQUIRED)],
);
pub static S3_STORAGE_CONFIGURATION: Schema = Schema::structure(
    "S3StorageConfiguration",
    &[
        Member::new("BucketARN", &p::STRING).with(f::REQUIRED),
        Member::new("ExpectedBucketOwner", &p::STRING).with(f::REQUIRED),
        Member::new("OutputKeyTemplate", &p::STRING),
        Member::new("StorageClass", &p::STRING),
        Member::new("CompressionType", &p::STRING).with(f::REQUIRED),
    ],
);
pub static S3_TABLES_CONFIGURATION: Schema = Schema::structure(
    "S3TablesConfiguration",
    &[
        Member::new("TableBucketARN", &p::STRING).with(f::REQUIRED),
        Member::new("Namespace", &p::STRING).with(f::REQUIRED),
        Member::new("TableName", &p::STRING).with(f::REQUIRED),
        Member::new("CompressionType", &p::STRING).with(f::REQUIRED),
        Member::new("PartitionSpec", &PARTITION_SPEC),
    ],
);
pub static S3_TABLES_CONFIGURATION_LIST: Schema = Schema::list(
    "S3TablesConfigurationList",
    &[Member::new("member", &S3_TABLES_CONFIGURATION)],
);
pub static S3_TABLES_DESTINATION_CONFIGURATION: Schema = Schema::structure(
    "S3TablesDestinationConfiguration",
    &[
        Member::new("DataFreshnessInSeconds", &p::INTEGER),
        Member::new(
                "DeadLetterQueueS3Configuration",
                &DEAD_LETTER_QUEUE_S3_CONFIGURATION,
            )
            .with(f::REQUIRED),
        Member::new("S3TablesConfigurationList", &S3_TABLES_CONFIGURATION_LIST)
            .with(f::REQUIRED),
    ],
);
pub static S3_TABLES_DESTINATION_DESCRIPTION: Schema = Schema::structure(
    "S3TablesDestinationDescription",
    &[
        Member::new("DataFreshnessInSeconds", &p::INTEGER).with(f::REQUIRED),
        Member::new(
                "DeadLetterQueueS3Configuration",
                &DEAD_LETTER_QUEUE_S3_CONFIGURATION,
            )
            .with(f::REQUIRED),
        Member::new("S3TablesConfigurationList", &S3_TABLES_CONFIGURATION_LIST)
            .with(f::REQUIRED),
    ],
);
pub static S3_TABLES_DESTINATION_UPDATE_INPUT: Schema = Schema::structure(
    "S3TablesDestinationUpdateInput",
    &[Member::new("DataFreshnessInSeconds", &p::INTEGER).with(f::REQUIRED)],
);
pub static SEQUENCE_NUMBER_RANGE: Schema = Schema::structure(
    "SequenceNumberRange",
    &[
        Member::new("StartingSequenceNumber", &p::STRING).with(f::REQUIRED),
        Member::new("EndingSequenceNumber", &p::STRING),
    ],
);
pub static SHARD: Schema = Schema::structure(
    "Shard",
    &[
        Member::new("ShardId", &p::STRING).with(f::REQUIRED),
        Member::new("ParentShardId", &p::STRING),
        Member::new("AdjacentParentShardId", &p::STRING),
        Member::new("HashKeyRange", &HASH_KEY_RANGE).with(f::REQUIRED),
        Member::new("SequenceNumberRange", &SEQUENCE_NUMBER_RANGE).with(f::REQUIRED),
    ],
);
pub static SHARD_FILTER: Schema = Schema::structure(
    "ShardFilter",
    &[
        Member::new("Type", &p::STRING).with(f::REQUIRED),
        Member::new("ShardId", &p::STRING),
        Member::new("Timestamp", &p::TIMESTAMP),
    ],
);
pub static SHARD_ID_LIST: Schema = Schema::list(
    "ShardIdList",
    &[Member::new("member", &p::STRING)],
);
pub static SHARD_LIST: Schema = Schema::list(
    "ShardList",
    &[Member::new("member", &SHARD)],
);
pub static SPLIT_SHARD_INPUT: Schema = Schema::structure(
    "SplitShardInput",
    &[
        Member::new("StreamName", &p::STRING),
        Member::new("ShardToSplit", &p::STRING).with(f::REQUIRED),
        Member::new("NewStartingHashKey", &p::STRING).with(f::REQUIRED),
        Member::new("StreamARN", &p::STRING).context_param("StreamARN"),
        Member::new("StreamId", &p::STRING).context_param("StreamId"),
    ],
);
pub static START_STREAM_ENCRYPTION_INPUT: Schema = Schema::structure(
    "StartStreamEncryptionInput",
    &[
        Member::new("StreamName", &p::STRING),
        Member::new("EncryptionType", &p::STRING).with(f::REQUIRED),
        Member::new("KeyId", &p::STRING).with(f::REQUIRED),
        Member::new("StreamARN", &p::STRING).context_param("StreamARN"),
        Member::new("StreamId", &p::STRING).context_param("StreamId"),
    ],
);
pub static STARTING_POSITION: Schema = Schema::structure(
    "StartingPosition",
    &[
        Member::new("Type", &p::STRING).with(f::REQUIRED),
        Member::new("SequenceNumber", &p::STRING),
        Member::new("Timestamp", &p::TIMESTAMP),
    ],
);
pub static STOP_STREAM_ENCRYPTION_INPUT: Schema = Schema::structure(
    "StopStreamEncryptionInput",
    &[
        Member::new("StreamName", &p::STRING),
        Member::new("EncryptionType", &p::STRING).with(f::REQUIRED),
        Member::new("KeyId", &p::STRING).with(f::REQUIRED),
        Member::new("StreamARN", &p::STRING).context_param("StreamARN"),
        Member::new("StreamId", &p::STRING).context_param("StreamId"),
    ],
);
pub static STREAM_DESCRIPTION: Schema = Schema::structure(
    "StreamDescription",
    &[
        Member::new("StreamName", &p::STRING).with(f::REQUIRED),
        Member::new("StreamARN", &p::STRING).with(f::REQUIRED),
        Member::new("StreamStatus", &p::STRING).with(f::REQUIRED),
        Member::new("StreamModeDetails", &STREAM_MODE_DETAILS),
        Member::new("Shards", &SHARD_LIST).with(f::REQUIRED),
        Member::new("HasMoreShards", &p::BOOLEAN).with(f::REQUIRED),
        Member::new("RetentionPeriodHours", &p::INTEGER).with(f::REQUIRED),
        Member::new("StreamCreationTimestamp", &p::TIMESTAMP).with(f::REQUIRED),
        Member::new("EnhancedMonitoring", &ENHANCED_MONITORING_LIST).with(f::REQUIRED),
        Member::new("EncryptionType", &p::STRING),
        Member::new("KeyId", &p::STRING),
    ],
);
pub static STREAM_DESCRIPTION_SUMMARY: Schema = Schema::structure(
    "StreamDescriptionSummary",
    &[
        Member::new("StreamName", &p::STRING).with(f::REQUIRED),
        Member::new("StreamARN", &p::STRING).with(f::REQUIRED),
        Member::new("StreamId", &p::STRING),
        Member::new("StreamStatus", &p::STRING).with(f::REQUIRED),
        Member::new("StreamModeDetails", &STREAM_MODE_DETAILS),
        Member::new("RetentionPeriodHours", &p::INTEGER).with(f::REQUIRED),
        Member::new("StreamCreationTimestamp", &p::TIMESTAMP).with(f::REQUIRED),
        Member::new("EnhancedMonitoring", &ENHANCED_MONITORING_LIST).with(f::REQUIRED),
        Member::new("EncryptionType", &p::STRING),
        Member::new("KeyId", &p::STRING),
        Member::new("OpenShardCount", &p::INTEGER).with(f::REQUIRED),
        Member::new("ConsumerCount", &p::INTEGER),
        Member::new("WarmThroughput", &WARM_THROUGHPUT_OBJECT),
        Member::new("MaxRecordSizeInKiB", &p::INTEGER),
        Member::new("ChannelCount", &p::INTEGER),
        Member::new("RecordDistributionStrategy", &p::STRING),
        Member::new("QueueCount", &p::INTEGER),
    ],
);
pub static STREAM_FILTER: Schema = Schema::structure(
    "StreamFilter",
    &[
        Member::new("StreamARN", &p::STRING).with(f::REQUIRED),
        Member::new("StreamCreationTimestamp", &p::TIMESTAMP),
    ],
);
pub static STREAM_FILTER_LIST: Schema = Schema::list(
    "StreamFilterList",
    &[Member::new("member", &STREAM_FILTER)],
);
pub static STREAM_MODE_DETAILS: Schema = Schema::structure(
    "StreamModeDetails",
    &[Member::new("StreamMode", &p::STRING).with(f::REQUIRED)],
);
pub static STREAM_NAME_LIST: Schema = Schema::list(
    "StreamNameList",
    &[Member::new("member", &p::STRING)],
);
pub static STREAM_SUMMARY: Schema = Schema::structure(
    "StreamSummary",
    &[
        Member::new("StreamName", &p::STRING).with(f::REQUIRED),
        Member::new("StreamARN", &p::STRING).with(f::REQUIRED),
        Member::new("StreamStatus", &p::STRING).with(f::REQUIRED),
        Member::new("StreamModeDetails", &STREAM_MODE_DETAILS),
        Member::new("StreamCreationTimestamp", &p::TIMESTAMP),
    ],
);
pub static STREAM_SUMMARY_LIST: Schema = Schema::list(
    "StreamSummaryList",
    &[Member::new("member", &STREAM_SUMMARY)],
);
pub static SUBSCRIBE_TO_SHARD_EVENT: Schema = Schema::structure(
    "SubscribeToShardEvent",
    &[
        Member::new("Records", &RECORD_LIST).with(f::REQUIRED),
        Member::new("ContinuationSequenceNumber", &p::STRING).with(f::REQUIRED),
        Member::new("MillisBehindLatest", &p::LONG).with(f::REQUIRED),
        Member::new("ChildShards", &CHILD_SHARD_LIST),
    ],
);
pub static SUBSCRIBE_TO_SHARD_EVENT_STREAM: Schema = Schema::union(
        "SubscribeToShardEventStream",
        &[
            Member::new("SubscribeToShardEvent", &SUBSCRIBE_TO_SHARD_EVENT)
                .with(f::REQUIRED),
            Member::new("ResourceNotFoundException", &RESOURCE_NOT_FOUND_EXCEPTION),
            Member::new("ResourceInUseException", &RESOURCE_IN_USE_EXCEPTION),
            Member::new("KMSDisabledException", &KMS_DISABLED_EXCEPTION),
            Member::new("KMSInvalidStateException", &KMS_INVALID_STATE_EXCEPTION),
            Member::new("KMSAccessDeniedException", &KMS_ACCESS_DENIED_EXCEPTION),
            Member::new("KMSNotFoundException", &KMS_NOT_FOUND_EXCEPTION),
            Member::new("KMSOptInRequired", &KMS_OPT_IN_REQUIRED),
            Member::new("KMSThrottlingException", &KMS_THROTTLING_EXCEPTION),
            Member::new("InternalFailureException", &INTERNAL_FAILURE_EXCEPTION),
        ],
    )
    .with(f::EVENT_STREAM);
pub static SUBSCRIBE_TO_SHARD_INPUT: Schema = Schema::structure(
    "SubscribeToShardInput",
    &[
        Member::new("ConsumerARN", &p::STRING)
            .context_param("ConsumerARN")
            .with(f::REQUIRED),
        Member::new("StreamId", &p::STRING).context_param("StreamId"),
        Member::new("ShardId", &p::STRING).with(f::REQUIRED),
        Member::new("StartingPosition", &STARTING_POSITION).with(f::REQUIRED),
        Member::new("DryRun", &p::BOOLEAN),
    ],
);
pub static SUBSCRIBE_TO_SHARD_OUTPUT: Schema = Schema::structure(
    "SubscribeToShardOutput",
    &[
        Member::new("EventStream", &SUBSCRIBE_TO_SHARD_EVENT_STREAM)
            .with(f::REQUIRED | f::EVENT_STREAM),
    ],
);
pub static TAG: Schema = Schema::structure(
    "Tag",
    &[Member::new("Key", &p::STRING).with(f::REQUIRED), Member::new("Value", &p::STRING)],
);
pub static TAG_KEY_LIST: Schema = Schema::list(
    "TagKeyList",
    &[Member::new("member", &p::STRING)],
);
pub static TAG_LIST: Schema = Schema::list("TagList", &[Member::new("member", &TAG)]);
pub static TAG_MAP: Schema = Schema::map(
    "TagMap",
    &[Member::new("key", &p::STRING), Member::new("value", &p::STRING)],
);
pub static TAG_RESOURCE_INPUT: Schema = Schema::structure(
    "TagResourceInput",
    &[
        Member::new("Tags", &TAG_MAP).with(f::REQUIRED),
        Member::new("ResourceARN", &p::STRING)
            .context_param("ResourceARN")
            .with(f::REQUIRED),
        Member::new("StreamId", &p::STRING).context_param("StreamId"),
    ],
);
pub static THROTTLING_EXCEPTION: Schema = Schema::structure(
        "ThrottlingException",
        &[Member::new("message", &p::STRING)],
    )
    .error("ThrottlingException", 400u16);
pub static UNTAG_RESOURCE_INPUT: Schema = Schema::structure(
    "UntagResourceInput",
    &[
        Member::new("TagKeys", &TAG_KEY_LIST).with(f::REQUIRED),
        Member::new("ResourceARN", &p::STRING)
            .context_param("ResourceARN")
            .with(f::REQUIRED),
        Member::new("StreamId", &p::STRING).context_param("StreamId"),
    ],
);
pub static UPDATE_ACCOUNT_SETTINGS_INPUT: Schema = Schema::structure(
    "UpdateAccountSettingsInput",
    &[
        Member::new(
                "MinimumThroughputBillingCommitment",
                &MINIMUM_THROUGHPUT_BILLING_COMMITMENT_INPUT,
            )
            .with(f::REQUIRED),
    ],
);
pub static UPDATE_ACCOUNT_SETTINGS_OUTPUT: Schema = Schema::structure(
    "UpdateAccountSettingsOutput",
    &[
        Member::new(
            "MinimumThroughputBillingCommitment",
            &MINIMUM_THROUGHPUT_BILLING_COMMITMENT_OUTPUT,
        ),
    ],
);
pub static UPDATE_CHANNEL_INPUT: Schema = Schema::structure(
    "UpdateChannelInput",
    &[
        Member::new("ChannelARN", &p::STRING)
            .context_param("ChannelARN")
            .with(f::REQUIRED),
        Member::new("S3DestinationConfiguration", &S3_DESTINATION_UPDATE_INPUT),
        Member::new(
            "S3TablesDestinationConfiguration",
            &S3_TABLES_DESTINATION_UPDATE_INPUT,
        ),
        Member::new("LoggingConfiguration", &CHANNEL_LOGGING_UPDATE_INPUT),
    ],
);
pub static UPDATE_CHANNEL_OUTPUT: Schema = Schema::structure(
    "UpdateChannelOutput",
    &[Member::new("ChannelDescription", &CHANNEL_DESCRIPTION).with(f::REQUIRED)],
);
pub static UPDATE_DEAD_LETTER_QUEUE_RECORDS_VISIBILITY_ERROR_ENTRY: Schema = Schema::structure(
    "UpdateDeadLetterQueueRecordsVisibilityErrorEntry",
    &[
        Member::new("ReceiptHandle", &p::STRING).with(f::REQUIRED),
        Member::new("ErrorCode", &p::STRING).with(f::REQUIRED),
        Member::new("ErrorMessage", &p::STRING),
    ],
);
pub static UPDATE_DEAD_LETTER_QUEUE_RECORDS_VISIBILITY_ERROR_ENTRY_LIST: Schema = Schema::list(
    "UpdateDeadLetterQueueRecordsVisibilityErrorEntryList",
    &[Member::new("member", &UPDATE_DEAD_LETTER_QUEUE_RECORDS_VISIBILITY_ERROR_ENTRY)],
);
pub static UPDATE_DEAD_LETTER_QUEUE_RECORDS_VISIBILITY_INPUT: Schema = Schema::structure(
    "UpdateDeadLetterQueueRecordsVisibilityInput",
    &[
        Member::new("QueueARN", &p::STRING).context_param("QueueARN").with(f::REQUIRED),
        Member::new(
                "Entries",
                &UPDATE_DEAD_LETTER_QUEUE_RECORDS_VISIBILITY_REQUEST_ENTRY_LIST,
            )
            .with(f::REQUIRED),
    ],
);
pub static UPDATE_DEAD_LETTER_QUEUE_RECORDS_VISIBILITY_OUTPUT: Schema = Schema::structure(
    "UpdateDeadLetterQueueRecordsVisibilityOutput",
    &[
        Member::new(
                "Successful",
                &UPDATE_DEAD_LETTER_QUEUE_RECORDS_VISIBILITY_RESULT_ENTRY_LIST,
            )
            .with(f::REQUIRED),
        Member::new(
                "Failed",
                &UPDATE_DEAD_LETTER_QUEUE_RECORDS_VISIBILITY_ERROR_ENTRY_LIST,
            )
            .with(f::REQUIRED),
    ],
);
pub static UPDATE_DEAD_LETTER_QUEUE_RECORDS_VISIBILITY_REQUEST_ENTRY: Schema = Schema::structure(
    "UpdateDeadLetterQueueRecordsVisibilityRequestEntry",
    &[
        Member::new("ReceiptHandle", &p::STRING).with(f::REQUIRED),
        Member::new("VisibilityTimeoutSeconds", &p::INTEGER).with(f::REQUIRED),
    ],
);
pub static UPDATE_DEAD_LETTER_QUEUE_RECORDS_VISIBILITY_REQUEST_ENTRY_LIST: Schema = Schema::list(
    "UpdateDeadLetterQueueRecordsVisibilityRequestEntryList",
    &[Member::new("member", &UPDATE_DEAD_LETTER_QUEUE_RECORDS_VISIBILITY_REQUEST_ENTRY)],
);
pub static UPDATE_DEAD_LETTER_QUEUE_RECORDS_VISIBILITY_RESULT_ENTRY: Schema = Schema::structure(
    "UpdateDeadLetterQueueRecordsVisibilityResultEntry",
    &[Member::new("ReceiptHandle", &p::STRING).with(f::REQUIRED)],
);
pub static UPDATE_DEAD_LETTER_QUEUE_RECORDS_VISIBILITY_RESULT_ENTRY_LIST: Schema = Schema::list(
    "UpdateDeadLetterQueueRecordsVisibilityResultEntryList",
    &[Member::new("member", &UPDATE_DEAD_LETTER_QUEUE_RECORDS_VISIBILITY_RESULT_ENTRY)],
);
pub static UPDATE_MAX_RECORD_SIZE_INPUT: Schema = Schema::structure(
    "UpdateMaxRecordSizeInput",
    &[
        Member::new("StreamARN", &p::STRING).context_param("StreamARN"),
        Member::new("StreamId", &p::STRING).context_param("StreamId"),
        Member::new("MaxRecordSizeInKiB", &p::INTEGER).with(f::REQUIRED),
    ],
);
pub static UPDATE_QUEUE_INPUT: Schema = Schema::structure(
    "UpdateQueueInput",
    &[
        Member::new("QueueARN", &p::STRING).context_param("QueueARN").with(f::REQUIRED),
        Member::new("QueueAttributes", &QUEUE_ATTRIBUTES).with(f::REQUIRED),
    ],
);
pub static UPDATE_QUEUE_OUTPUT: Schema = Schema::structure(
    "UpdateQueueOutput",
    &[Member::new("QueueDescription", &QUEUE_DESCRIPTION).with(f::REQUIRED)],
);
pub static UPDATE_QUEUE_RECORDS_VISIBILITY_ERROR_ENTRY: Schema = Schema::structure(
    "UpdateQueueRecordsVisibilityErrorEntry",
    &[
        Member::new("ReceiptHandle", &p::STRING).with(f::REQUIRED),
        Member::new("ErrorCode", &p::STRING).with(f::REQUIRED),
        Member::new("ErrorMessage", &p::STRING),
    ],
);
pub static UPDATE_QUEUE_RECORDS_VISIBILITY_ERROR_ENTRY_LIST: Schema = Schema::list(
    "UpdateQueueRecordsVisibilityErrorEntryList",
    &[Member::new("member", &UPDATE_QUEUE_RECORDS_VISIBILITY_ERROR_ENTRY)],
);
pub static UPDATE_QUEUE_RECORDS_VISIBILITY_INPUT: Schema = Schema::structure(
    "UpdateQueueRecordsVisibilityInput",
    &[
        Member::new("QueueARN", &p::STRING).context_param("QueueARN").with(f::REQUIRED),
        Member::new("Entries", &UPDATE_QUEUE_RECORDS_VISIBILITY_REQUEST_ENTRY_LIST)
            .with(f::REQUIRED),
    ],
);
pub static UPDATE_QUEUE_RECORDS_VISIBILITY_OUTPUT: Schema = Schema::structure(
    "UpdateQueueRecordsVisibilityOutput",
    &[
        Member::new("Successful", &UPDATE_QUEUE_RECORDS_VISIBILITY_RESULT_ENTRY_LIST)
            .with(f::REQUIRED),
        Member::new("Failed", &UPDATE_QUEUE_RECORDS_VISIBILITY_ERROR_ENTRY_LIST)
            .with(f::REQUIRED),
    ],
);
pub static UPDATE_QUEUE_RECORDS_VISIBILITY_REQUEST_ENTRY: Schema = Schema::structure(
    "UpdateQueueRecordsVisibilityRequestEntry",
    &[
        Member::new("ReceiptHandle", &p::STRING).with(f::REQUIRED),
        Member::new("VisibilityTimeoutSeconds", &p::INTEGER).with(f::REQUIRED),
    ],
);
pub static UPDATE_QUEUE_RECORDS_VISIBILITY_REQUEST_ENTRY_LIST: Schema = Schema::list(
    "UpdateQueueRecordsVisibilityRequestEntryList",
    &[Member::new("member", &UPDATE_QUEUE_RECORDS_VISIBILITY_REQUEST_ENTRY)],
);
pub static UPDATE_QUEUE_RECORDS_VISIBILITY_RESULT_ENTRY: Schema = Schema::structure(
    "UpdateQueueRecordsVisibilityResultEntry",
    &[Member::new("ReceiptHandle", &p::STRING).with(f::REQUIRED)],
);
pub static UPDATE_QUEUE_RECORDS_VISIBILITY_RESULT_ENTRY_LIST: Schema = Schema::list(
    "UpdateQueueRecordsVisibilityResultEntryList",
    &[Member::new("member", &UPDATE_QUEUE_RECORDS_VISIBILITY_RESULT_ENTRY)],
);
pub static UPDATE_SHARD_COUNT_INPUT: Schema = Schema::structure(
    "UpdateShardCountInput",
    &[
        Member::new("StreamName", &p::STRING),
        Member::new("TargetShardCount", &p::INTEGER).with(f::REQUIRED),
        Member::new("ScalingType", &p::STRING).with(f::REQUIRED),
        Member::new("StreamARN", &p::STRING).context_param("StreamARN"),
        Member::new("StreamId", &p::STRING).context_param("StreamId"),
    ],
);
pub static UPDATE_SHARD_COUNT_OUTPUT: Schema = Schema::structure(
    "UpdateShardCountOutput",
    &[
        Member::new("StreamName", &p::STRING),
        Member::new("CurrentShardCount", &p::INTEGER),
        Member::new("TargetShardCount", &p::INTEGER),
        Member::new("StreamARN", &p::STRING),
    ],
);
pub static UPDATE_STREAM_MODE_INPUT: Schema = Schema::structure(
    "UpdateStreamModeInput",
    &[
        Member::new("StreamARN", &p::STRING)
            .context_param("StreamARN")
            .with(f::REQUIRED),
        Member::new("StreamId", &p::STRING).context_param("StreamId"),
        Member::new("StreamModeDetails", &STREAM_MODE_DETAILS).with(f::REQUIRED),
        Member::new("WarmThroughputMiBps", &p::INTEGER),
    ],
);
pub static UPDATE_STREAM_RECORD_DISTRIBUTION_STRATEGY_INPUT: Schema = Schema::structure(
    "UpdateStreamRecordDistributionStrategyInput",
    &[
        Member::new("StreamARN", &p::STRING)
            .context_param("StreamARN")
            .with(f::REQUIRED),
        Member::new("StreamId", &p::STRING).context_param("StreamId"),
        Member::new("RecordDistributionStrategy", &p::STRING).with(f::REQUIRED),
    ],
);
pub static UPDATE_STREAM_WARM_THROUGHPUT_INPUT: Schema = Schema::structure(
    "UpdateStreamWarmThroughputInput",
    &[
        Member::new("StreamARN", &p::STRING).context_param("StreamARN"),
        Member::new("StreamName", &p::STRING),
        Member::new("StreamId", &p::STRING).context_param("StreamId"),
        Member::new("WarmThroughputMiBps", &p::INTEGER).with(f::REQUIRED),
    ],
);
pub static UPDATE_STREAM_WARM_THROUGHPUT_OUTPUT: Schema = Schema::structure(
    "UpdateStreamWarmThroughputOutput",
    &[
        Member::new("StreamARN", &p::STRING),
        Member::new("StreamName", &p::STRING),
        Member::new("WarmThroughput", &WARM_THROUGHPUT_OBJECT),
    ],
);
pub static VALIDATION_EXCEPTION: Schema = Schema::structure(
        "ValidationException",
        &[Member::new("message", &p::STRING)],
    )
    .error("ValidationException", 400u16);
pub static WARM_THROUGHPUT_OBJECT: Schema = Schema::structure(
    "WarmThroughputObject",
    &[Member::new("TargetMiBps", &p::INTEGER), Member::new("CurrentMiBps", &p::INTEGER)],
);
/// Operation metadata.
pub mod ops {
    use super::*;
    pub static ACKNOWLEDGE_DEAD_LETTER_QUEUE_RECORDS: Operation = Operation::new(
            "AcknowledgeDeadLetterQueueRecords",
            "POST",
            "/",
            &super::ACKNOWLEDGE_DEAD_LETTER_QUEUE_RECORDS_INPUT,
            &super::ACKNOWLEDGE_DEAD_LETTER_QUEUE_RECORDS_OUTPUT,
        )
        .errors(
            &[
                &super::ACCESS_DENIED_EXCEPTION,
                &super::INTERNAL_FAILURE_EXCEPTION,
                &super::INVALID_ARGUMENT_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
            ],
        )
        .static_context_params(
            &[
                ("OperationType", ParamValue::Str("data")),
                ("ResourceType", ParamValue::Str("queue")),
            ],
        );
    pub static ACKNOWLEDGE_QUEUE_RECORDS: Operation = Operation::new(
            "AcknowledgeQueueRecords",
            "POST",
            "/",
            &super::ACKNOWLEDGE_QUEUE_RECORDS_INPUT,
            &super::ACKNOWLEDGE_QUEUE_RECORDS_OUTPUT,
        )
        .errors(
            &[
                &super::ACCESS_DENIED_EXCEPTION,
                &super::INTERNAL_FAILURE_EXCEPTION,
                &super::INVALID_ARGUMENT_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
            ],
        )
        .static_context_params(
            &[
                ("OperationType", ParamValue::Str("data")),
                ("ResourceType", ParamValue::Str("queue")),
            ],
        );
    pub static ADD_TAGS_TO_STREAM: Operation = Operation::new(
            "AddTagsToStream",
            "POST",
            "/",
            &super::ADD_TAGS_TO_STREAM_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::RESOURCE_IN_USE_EXCEPTION,
                &super::INVALID_ARGUMENT_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
            ],
        )
        .static_context_params(&[("OperationType", ParamValue::Str("control"))]);
    pub static CREATE_CHANNEL: Operation = Operation::new(
            "CreateChannel",
            "POST",
            "/",
            &super::CREATE_CHANNEL_INPUT,
            &super::CREATE_CHANNEL_OUTPUT,
        )
        .errors(
            &[
                &super::VALIDATION_EXCEPTION,
                &super::RESOURCE_IN_USE_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INVALID_ARGUMENT_EXCEPTION,
                &super::KMS_DISABLED_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
                &super::KMS_ACCESS_DENIED_EXCEPTION,
                &super::KMS_NOT_FOUND_EXCEPTION,
                &super::KMS_OPT_IN_REQUIRED,
                &super::KMS_THROTTLING_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
            ],
        )
        .static_context_params(&[("OperationType", ParamValue::Str("control"))]);
    pub static CREATE_QUEUE: Operation = Operation::new(
            "CreateQueue",
            "POST",
            "/",
            &super::CREATE_QUEUE_INPUT,
            &super::CREATE_QUEUE_OUTPUT,
        )
        .errors(
            &[
                &super::VALIDATION_EXCEPTION,
                &super::RESOURCE_IN_USE_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INVALID_ARGUMENT_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
                &super::INTERNAL_FAILURE_EXCEPTION,
            ],
        )
        .static_context_params(
            &[
                ("OperationType", ParamValue::Str("control")),
                ("ResourceType", ParamValue::Str("queue")),
            ],
        );
    pub static CREATE_STREAM: Operation = Operation::new(
            "CreateStream",
            "POST",
            "/",
            &super::CREATE_STREAM_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::RESOURCE_IN_USE_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INVALID_ARGUMENT_EXCEPTION,
                &super::VALIDATION_EXCEPTION,
            ],
        )
        .static_context_params(&[("OperationType", ParamValue::Str("control"))]);
    pub static DECREASE_STREAM_RETENTION_PERIOD: Operation = Operation::new(
            "DecreaseStreamRetentionPeriod",
            "POST",
            "/",
            &super::DECREASE_STREAM_RETENTION_PERIOD_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::RESOURCE_IN_USE_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INVALID_ARGUMENT_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
            ],
        )
        .static_context_params(&[("OperationType", ParamValue::Str("control"))]);
    pub static DELETE_CHANNEL: Operation = Operation::new(
            "DeleteChannel",
            "POST",
            "/",
            &super::DELETE_CHANNEL_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::VALIDATION_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INVALID_ARGUMENT_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
            ],
        )
        .static_context_params(&[("OperationType", ParamValue::Str("control"))]);
    pub static DELETE_QUEUE: Operation = Operation::new(
            "DeleteQueue",
            "POST",
            "/",
            &super::DELETE_QUEUE_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::VALIDATION_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INVALID_ARGUMENT_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
                &super::INTERNAL_FAILURE_EXCEPTION,
            ],
        )
        .static_context_params(
            &[
                ("OperationType", ParamValue::Str("control")),
                ("ResourceType", ParamValue::Str("queue")),
            ],
        );
    pub static DELETE_RESOURCE_POLICY: Operation = Operation::new(
            "DeleteResourcePolicy",
            "POST",
            "/",
            &super::DELETE_RESOURCE_POLICY_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::VALIDATION_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INVALID_ARGUMENT_EXCEPTION,
                &super::RESOURCE_IN_USE_EXCEPTION,
                &super::INTERNAL_FAILURE_EXCEPTION,
            ],
        )
        .static_context_params(&[("OperationType", ParamValue::Str("control"))]);
    pub static DELETE_STREAM: Operation = Operation::new(
            "DeleteStream",
            "POST",
            "/",
            &super::DELETE_STREAM_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::RESOURCE_IN_USE_EXCEPTION,
                &super::INVALID_ARGUMENT_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
            ],
        )
        .static_context_params(&[("OperationType", ParamValue::Str("control"))]);
    pub static DEREGISTER_STREAM_CONSUMER: Operation = Operation::new(
            "DeregisterStreamConsumer",
            "POST",
            "/",
            &super::DEREGISTER_STREAM_CONSUMER_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::INVALID_ARGUMENT_EXCEPTION,
            ],
        )
        .static_context_params(&[("OperationType", ParamValue::Str("control"))]);
    pub static DESCRIBE_ACCOUNT_SETTINGS: Operation = Operation::new(
            "DescribeAccountSettings",
            "POST",
            "/",
            &super::DESCRIBE_ACCOUNT_SETTINGS_INPUT,
            &super::DESCRIBE_ACCOUNT_SETTINGS_OUTPUT,
        )
        .errors(&[&super::LIMIT_EXCEEDED_EXCEPTION])
        .static_context_params(&[("OperationType", ParamValue::Str("control"))]);
    pub static DESCRIBE_CHANNEL: Operation = Operation::new(
            "DescribeChannel",
            "POST",
            "/",
            &super::DESCRIBE_CHANNEL_INPUT,
            &super::DESCRIBE_CHANNEL_OUTPUT,
        )
        .errors(
            &[
                &super::VALIDATION_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INVALID_ARGUMENT_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
            ],
        )
        .static_context_params(&[("OperationType", ParamValue::Str("control"))]);
    pub static DESCRIBE_LIMITS: Operation = Operation::new(
            "DescribeLimits",
            "POST",
            "/",
            &super::DESCRIBE_LIMITS_INPUT,
            &super::DESCRIBE_LIMITS_OUTPUT,
        )
        .errors(&[&super::LIMIT_EXCEEDED_EXCEPTION])
        .static_context_params(&[("OperationType", ParamValue::Str("control"))]);
    pub static DESCRIBE_QUEUE: Operation = Operation::new(
            "DescribeQueue",
            "POST",
            "/",
            &super::DESCRIBE_QUEUE_INPUT,
            &super::DESCRIBE_QUEUE_OUTPUT,
        )
        .errors(
            &[
                &super::VALIDATION_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INVALID_ARGUMENT_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
                &super::INTERNAL_FAILURE_EXCEPTION,
            ],
        )
        .static_context_params(
            &[
                ("OperationType", ParamValue::Str("control")),
                ("ResourceType", ParamValue::Str("queue")),
            ],
        );
    pub static DESCRIBE_STREAM: Operation = Operation::new(
            "DescribeStream",
            "POST",
            "/",
            &super::DESCRIBE_STREAM_INPUT,
            &super::DESCRIBE_STREAM_OUTPUT,
        )
        .errors(
            &[
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INVALID_ARGUMENT_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
            ],
        )
        .static_context_params(&[("OperationType", ParamValue::Str("control"))]);
    pub static DESCRIBE_STREAM_CONSUMER: Operation = Operation::new(
            "DescribeStreamConsumer",
            "POST",
            "/",
            &super::DESCRIBE_STREAM_CONSUMER_INPUT,
            &super::DESCRIBE_STREAM_CONSUMER_OUTPUT,
        )
        .errors(
            &[
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::INVALID_ARGUMENT_EXCEPTION,
            ],
        )
        .static_context_params(&[("OperationType", ParamValue::Str("control"))]);
    pub static DESCRIBE_STREAM_SUMMARY: Operation = Operation::new(
            "DescribeStreamSummary",
            "POST",
            "/",
            &super::DESCRIBE_STREAM_SUMMARY_INPUT,
            &super::DESCRIBE_STREAM_SUMMARY_OUTPUT,
        )
        .errors(
            &[
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INVALID_ARGUMENT_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
            ],
        )
        .static_context_params(&[("OperationType", ParamValue::Str("control"))]);
    pub static DISABLE_ENHANCED_MONITORING: Operation = Operation::new(
            "DisableEnhancedMonitoring",
            "POST",
            "/",
            &super::DISABLE_ENHANCED_MONITORING_INPUT,
            &super::ENHANCED_MONITORING_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_ARGUMENT_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::RESOURCE_IN_USE_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
            ],
        )
        .static_context_params(&[("OperationType", ParamValue::Str("control"))]);
    pub static ENABLE_ENHANCED_MONITORING: Operation = Operation::new(
            "EnableEnhancedMonitoring",
            "POST",
            "/",
            &super::ENABLE_ENHANCED_MONITORING_INPUT,
            &super::ENHANCED_MONITORING_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_ARGUMENT_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::RESOURCE_IN_USE_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
            ],
        )
        .static_context_params(&[("OperationType", ParamValue::Str("control"))]);
    pub static GET_RECORDS: Operation = Operation::new(
            "GetRecords",
            "POST",
            "/",
            &super::GET_RECORDS_INPUT,
            &super::GET_RECORDS_OUTPUT,
        )
        .errors(
            &[
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::INVALID_ARGUMENT_EXCEPTION,
                &super::PROVISIONED_THROUGHPUT_EXCEEDED_EXCEPTION,
                &super::EXPIRED_ITERATOR_EXCEPTION,
                &super::KMS_DISABLED_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
                &super::KMS_ACCESS_DENIED_EXCEPTION,
                &super::KMS_NOT_FOUND_EXCEPTION,
                &super::KMS_OPT_IN_REQUIRED,
                &super::KMS_THROTTLING_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
                &super::INTERNAL_FAILURE_EXCEPTION,
                &super::DRY_RUN_OPERATION_EXCEPTION,
            ],
        )
        .static_context_params(&[("OperationType", ParamValue::Str("data"))]);
    pub static GET_RESOURCE_POLICY: Operation = Operation::new(
            "GetResourcePolicy",
            "POST",
            "/",
            &super::GET_RESOURCE_POLICY_INPUT,
            &super::GET_RESOURCE_POLICY_OUTPUT,
        )
        .errors(
            &[
                &super::VALIDATION_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INVALID_ARGUMENT_EXCEPTION,
                &super::RESOURCE_IN_USE_EXCEPTION,
                &super::INTERNAL_FAILURE_EXCEPTION,
            ],
        )
        .static_context_params(&[("OperationType", ParamValue::Str("control"))]);
    pub static GET_SHARD_ITERATOR: Operation = Operation::new(
            "GetShardIterator",
            "POST",
            "/",
            &super::GET_SHARD_ITERATOR_INPUT,
            &super::GET_SHARD_ITERATOR_OUTPUT,
        )
        .errors(
            &[
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::INVALID_ARGUMENT_EXCEPTION,
                &super::PROVISIONED_THROUGHPUT_EXCEEDED_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
                &super::INTERNAL_FAILURE_EXCEPTION,
                &super::DRY_RUN_OPERATION_EXCEPTION,
            ],
        )
        .static_context_params(&[("OperationType", ParamValue::Str("data"))]);
    pub static INCREASE_STREAM_RETENTION_PERIOD: Operation = Operation::new(
            "IncreaseStreamRetentionPeriod",
            "POST",
            "/",
            &super::INCREASE_STREAM_RETENTION_PERIOD_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::RESOURCE_IN_USE_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INVALID_ARGUMENT_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
            ],
        )
        .static_context_params(&[("OperationType", ParamValue::Str("control"))]);
    pub static LIST_CHANNELS: Operation = Operation::new(
            "ListChannels",
            "POST",
            "/",
            &super::LIST_CHANNELS_INPUT,
            &super::LIST_CHANNELS_OUTPUT,
        )
        .errors(
            &[
                &super::VALIDATION_EXCEPTION,
                &super::EXPIRED_NEXT_TOKEN_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INVALID_ARGUMENT_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
            ],
        )
        .static_context_params(&[("OperationType", ParamValue::Str("control"))]);
    pub static LIST_QUEUES: Operation = Operation::new(
            "ListQueues",
            "POST",
            "/",
            &super::LIST_QUEUES_INPUT,
            &super::LIST_QUEUES_OUTPUT,
        )
        .errors(
            &[
                &super::VALIDATION_EXCEPTION,
                &super::EXPIRED_NEXT_TOKEN_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INVALID_ARGUMENT_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
                &super::INTERNAL_FAILURE_EXCEPTION,
            ],
        )
        .static_context_params(
            &[
                ("OperationType", ParamValue::Str("control")),
                ("ResourceType", ParamValue::Str("queue")),
            ],
        );
    pub static LIST_SHARDS: Operation = Operation::new(
            "ListShards",
            "POST",
            "/",
            &super::LIST_SHARDS_INPUT,
            &super::LIST_SHARDS_OUTPUT,
        )
        .errors(
            &[
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::INVALID_ARGUMENT_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::EXPIRED_NEXT_TOKEN_EXCEPTION,
                &super::RESOURCE_IN_USE_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
            ],
        )
        .static_context_params(&[("OperationType", ParamValue::Str("control"))]);
    pub static LIST_STREAM_CONSUMERS: Operation = Operation::new(
            "ListStreamConsumers",
            "POST",
            "/",
            &super::LIST_STREAM_CONSUMERS_INPUT,
            &super::LIST_STREAM_CONSUMERS_OUTPUT,
        )
        .errors(
            &[
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::INVALID_ARGUMENT_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::EXPIRED_NEXT_TOKEN_EXCEPTION,
                &super::RESOURCE_IN_USE_EXCEPTION,
            ],
        )
        .static_context_params(&[("OperationType", ParamValue::Str("control"))]);
    pub static LIST_STREAMS: Operation = Operation::new(
            "ListStreams",
            "POST",
            "/",
            &super::LIST_STREAMS_INPUT,
            &super::LIST_STREAMS_OUTPUT,
        )
        .errors(
            &[
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::EXPIRED_NEXT_TOKEN_EXCEPTION,
                &super::INVALID_ARGUMENT_EXCEPTION,
            ],
        )
        .static_context_params(&[("OperationType", ParamValue::Str("control"))]);
    pub static LIST_TAGS_FOR_RESOURCE: Operation = Operation::new(
            "ListTagsForResource",
            "POST",
            "/",
            &super::LIST_TAGS_FOR_RESOURCE_INPUT,
            &super::LIST_TAGS_FOR_RESOURCE_OUTPUT,
        )
        .errors(
            &[
                &super::VALIDATION_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::RESOURCE_IN_USE_EXCEPTION,
                &super::INVALID_ARGUMENT_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
                &super::INTERNAL_FAILURE_EXCEPTION,
            ],
        )
        .static_context_params(&[("OperationType", ParamValue::Str("control"))]);
    pub static LIST_TAGS_FOR_STREAM: Operation = Operation::new(
            "ListTagsForStream",
            "POST",
            "/",
            &super::LIST_TAGS_FOR_STREAM_INPUT,
            &super::LIST_TAGS_FOR_STREAM_OUTPUT,
        )
        .errors(
            &[
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::INVALID_ARGUMENT_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
            ],
        )
        .static_context_params(&[("OperationType", ParamValue::Str("control"))]);
    pub static MERGE_SHARDS: Operation = Operation::new(
            "MergeShards",
            "POST",
            "/",
            &super::MERGE_SHARDS_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::RESOURCE_IN_USE_EXCEPTION,
                &super::INVALID_ARGUMENT_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::VALIDATION_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
            ],
        )
        .static_context_params(&[("OperationType", ParamValue::Str("control"))]);
    pub static PUT_RECORD: Operation = Operation::new(
            "PutRecord",
            "POST",
            "/",
            &super::PUT_RECORD_INPUT,
            &super::PUT_RECORD_OUTPUT,
        )
        .errors(
            &[
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::INVALID_ARGUMENT_EXCEPTION,
                &super::PROVISIONED_THROUGHPUT_EXCEEDED_EXCEPTION,
                &super::KMS_DISABLED_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
                &super::KMS_ACCESS_DENIED_EXCEPTION,
                &super::KMS_NOT_FOUND_EXCEPTION,
                &super::KMS_OPT_IN_REQUIRED,
                &super::KMS_THROTTLING_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
                &super::INTERNAL_FAILURE_EXCEPTION,
                &super::DRY_RUN_OPERATION_EXCEPTION,
            ],
        )
        .static_context_params(&[("OperationType", ParamValue::Str("data"))]);
    pub static PUT_RECORDS: Operation = Operation::new(
            "PutRecords",
            "POST",
            "/",
            &super::PUT_RECORDS_INPUT,
            &super::PUT_RECORDS_OUTPUT,
        )
        .errors(
            &[
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::INVALID_ARGUMENT_EXCEPTION,
                &super::PROVISIONED_THROUGHPUT_EXCEEDED_EXCEPTION,
                &super::KMS_DISABLED_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
                &super::KMS_ACCESS_DENIED_EXCEPTION,
                &super::KMS_NOT_FOUND_EXCEPTION,
                &super::KMS_OPT_IN_REQUIRED,
                &super::KMS_THROTTLING_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
                &super::INTERNAL_FAILURE_EXCEPTION,
                &super::DRY_RUN_OPERATION_EXCEPTION,
            ],
        )
        .static_context_params(&[("OperationType", ParamValue::Str("data"))]);
    pub static PUT_RESOURCE_POLICY: Operation = Operation::new(
            "PutResourcePolicy",
            "POST",
            "/",
            &super::PUT_RESOURCE_POLICY_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::VALIDATION_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INVALID_ARGUMENT_EXCEPTION,
                &super::RESOURCE_IN_USE_EXCEPTION,
                &super::INTERNAL_FAILURE_EXCEPTION,
            ],
        )
        .static_context_params(&[("OperationType", ParamValue::Str("control"))]);
    pub static RECEIVE_DEAD_LETTER_QUEUE_RECORDS: Operation = Operation::new(
            "ReceiveDeadLetterQueueRecords",
            "POST",
            "/",
            &super::RECEIVE_DEAD_LETTER_QUEUE_RECORDS_INPUT,
            &super::RECEIVE_DEAD_LETTER_QUEUE_RECORDS_OUTPUT,
        )
        .errors(
            &[
                &super::ACCESS_DENIED_EXCEPTION,
                &super::INTERNAL_FAILURE_EXCEPTION,
                &super::INVALID_ARGUMENT_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::KMS_ACCESS_DENIED_EXCEPTION,
                &super::KMS_DISABLED_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
                &super::KMS_NOT_FOUND_EXCEPTION,
                &super::KMS_OPT_IN_REQUIRED,
                &super::KMS_THROTTLING_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
            ],
        )
        .static_context_params(
            &[
                ("OperationType", ParamValue::Str("data")),
                ("ResourceType", ParamValue::Str("queue")),
            ],
        );
    pub static RECEIVE_QUEUE_RECORDS: Operation = Operation::new(
            "ReceiveQueueRecords",
            "POST",
            "/",
            &super::RECEIVE_QUEUE_RECORDS_INPUT,
            &super::RECEIVE_QUEUE_RECORDS_OUTPUT,
        )
        .errors(
            &[
                &super::ACCESS_DENIED_EXCEPTION,
                &super::INTERNAL_FAILURE_EXCEPTION,
                &super::INVALID_ARGUMENT_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::KMS_ACCESS_DENIED_EXCEPTION,
                &super::KMS_DISABLED_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
                &super::KMS_NOT_FOUND_EXCEPTION,
                &super::KMS_OPT_IN_REQUIRED,
                &super::KMS_THROTTLING_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
            ],
        )
        .static_context_params(
            &[
                ("OperationType", ParamValue::Str("data")),
                ("ResourceType", ParamValue::Str("queue")),
            ],
        );
    pub static REGISTER_STREAM_CONSUMER: Operation = Operation::new(
            "RegisterStreamConsumer",
            "POST",
            "/",
            &super::REGISTER_STREAM_CONSUMER_INPUT,
            &super::REGISTER_STREAM_CONSUMER_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_ARGUMENT_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::RESOURCE_IN_USE_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        )
        .static_context_params(&[("OperationType", ParamValue::Str("control"))]);
    pub static REMOVE_TAGS_FROM_STREAM: Operation = Operation::new(
            "RemoveTagsFromStream",
            "POST",
            "/",
            &super::REMOVE_TAGS_FROM_STREAM_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::RESOURCE_IN_USE_EXCEPTION,
                &super::INVALID_ARGUMENT_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
            ],
        )
        .static_context_params(&[("OperationType", ParamValue::Str("control"))]);
    pub static RESTORE_DEAD_LETTER_QUEUE_RECORDS: Operation = Operation::new(
            "RestoreDeadLetterQueueRecords",
            "POST",
            "/",
            &super::RESTORE_DEAD_LETTER_QUEUE_RECORDS_INPUT,
            &super::RESTORE_DEAD_LETTER_QUEUE_RECORDS_OUTPUT,
        )
        .errors(
            &[
                &super::ACCESS_DENIED_EXCEPTION,
                &super::INTERNAL_FAILURE_EXCEPTION,
                &super::INVALID_ARGUMENT_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
            ],
        )
        .static_context_params(
            &[
                ("OperationType", ParamValue::Str("data")),
                ("ResourceType", ParamValue::Str("queue")),
            ],
        );
    pub static SPLIT_SHARD: Operation = Operation::new(
            "SplitShard",
            "POST",
            "/",
            &super::SPLIT_SHARD_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::RESOURCE_IN_USE_EXCEPTION,
                &super::INVALID_ARGUMENT_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::VALIDATION_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
            ],
        )
        .static_context_params(&[("OperationType", ParamValue::Str("control"))]);
    pub static START_STREAM_ENCRYPTION: Operation = Operation::new(
            "StartStreamEncryption",
            "POST",
            "/",
            &super::START_STREAM_ENCRYPTION_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::INVALID_ARGUMENT_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::RESOURCE_IN_USE_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::KMS_DISABLED_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
                &super::KMS_ACCESS_DENIED_EXCEPTION,
                &super::KMS_NOT_FOUND_EXCEPTION,
                &super::KMS_OPT_IN_REQUIRED,
                &super::KMS_THROTTLING_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
            ],
        )
        .static_context_params(&[("OperationType", ParamValue::Str("control"))]);
    pub static STOP_STREAM_ENCRYPTION: Operation = Operation::new(
            "StopStreamEncryption",
            "POST",
            "/",
            &super::STOP_STREAM_ENCRYPTION_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::INVALID_ARGUMENT_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::RESOURCE_IN_USE_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
            ],
        )
        .static_context_params(&[("OperationType", ParamValue::Str("control"))]);
    pub static SUBSCRIBE_TO_SHARD: Operation = Operation::new(
            "SubscribeToShard",
            "POST",
            "/",
            &super::SUBSCRIBE_TO_SHARD_INPUT,
            &super::SUBSCRIBE_TO_SHARD_OUTPUT,
        )
        .errors(
            &[
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::INVALID_ARGUMENT_EXCEPTION,
                &super::RESOURCE_IN_USE_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
                &super::DRY_RUN_OPERATION_EXCEPTION,
            ],
        )
        .with(op_flags::EVENT_STREAM)
        .static_context_params(&[("OperationType", ParamValue::Str("data"))]);
    pub static TAG_RESOURCE: Operation = Operation::new(
            "TagResource",
            "POST",
            "/",
            &super::TAG_RESOURCE_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::VALIDATION_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::RESOURCE_IN_USE_EXCEPTION,
                &super::INVALID_ARGUMENT_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
                &super::INTERNAL_FAILURE_EXCEPTION,
            ],
        )
        .static_context_params(&[("OperationType", ParamValue::Str("control"))]);
    pub static UNTAG_RESOURCE: Operation = Operation::new(
            "UntagResource",
            "POST",
            "/",
            &super::UNTAG_RESOURCE_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::VALIDATION_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::RESOURCE_IN_USE_EXCEPTION,
                &super::INVALID_ARGUMENT_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
                &super::INTERNAL_FAILURE_EXCEPTION,
            ],
        )
        .static_context_params(&[("OperationType", ParamValue::Str("control"))]);
    pub static UPDATE_ACCOUNT_SETTINGS: Operation = Operation::new(
            "UpdateAccountSettings",
            "POST",
            "/",
            &super::UPDATE_ACCOUNT_SETTINGS_INPUT,
            &super::UPDATE_ACCOUNT_SETTINGS_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_ARGUMENT_EXCEPTION,
                &super::VALIDATION_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
            ],
        )
        .static_context_params(&[("OperationType", ParamValue::Str("control"))]);
    pub static UPDATE_CHANNEL: Operation = Operation::new(
            "UpdateChannel",
            "POST",
            "/",
            &super::UPDATE_CHANNEL_INPUT,
            &super::UPDATE_CHANNEL_OUTPUT,
        )
        .errors(
            &[
                &super::VALIDATION_EXCEPTION,
                &super::RESOURCE_IN_USE_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INVALID_ARGUMENT_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
            ],
        )
        .static_context_params(&[("OperationType", ParamValue::Str("control"))]);
    pub static UPDATE_DEAD_LETTER_QUEUE_RECORDS_VISIBILITY: Operation = Operation::new(
            "UpdateDeadLetterQueueRecordsVisibility",
            "POST",
            "/",
            &super::UPDATE_DEAD_LETTER_QUEUE_RECORDS_VISIBILITY_INPUT,
            &super::UPDATE_DEAD_LETTER_QUEUE_RECORDS_VISIBILITY_OUTPUT,
        )
        .errors(
            &[
                &super::ACCESS_DENIED_EXCEPTION,
                &super::INTERNAL_FAILURE_EXCEPTION,
                &super::INVALID_ARGUMENT_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
            ],
        )
        .static_context_params(
            &[
                ("OperationType", ParamValue::Str("data")),
                ("ResourceType", ParamValue::Str("queue")),
            ],
        );
    pub static UPDATE_MAX_RECORD_SIZE: Operation = Operation::new(
            "UpdateMaxRecordSize",
            "POST",
            "/",
            &super::UPDATE_MAX_RECORD_SIZE_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::RESOURCE_IN_USE_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INVALID_ARGUMENT_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
                &super::VALIDATION_EXCEPTION,
            ],
        )
        .static_context_params(&[("OperationType", ParamValue::Str("control"))]);
    pub static UPDATE_QUEUE: Operation = Operation::new(
            "UpdateQueue",
            "POST",
            "/",
            &super::UPDATE_QUEUE_INPUT,
            &super::UPDATE_QUEUE_OUTPUT,
        )
        .errors(
            &[
                &super::VALIDATION_EXCEPTION,
                &super::RESOURCE_IN_USE_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INVALID_ARGUMENT_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
                &super::INTERNAL_FAILURE_EXCEPTION,
            ],
        )
        .static_context_params(
            &[
                ("OperationType", ParamValue::Str("control")),
                ("ResourceType", ParamValue::Str("queue")),
            ],
        );
    pub static UPDATE_QUEUE_RECORDS_VISIBILITY: Operation = Operation::new(
            "UpdateQueueRecordsVisibility",
            "POST",
            "/",
            &super::UPDATE_QUEUE_RECORDS_VISIBILITY_INPUT,
            &super::UPDATE_QUEUE_RECORDS_VISIBILITY_OUTPUT,
        )
        .errors(
            &[
                &super::ACCESS_DENIED_EXCEPTION,
                &super::INTERNAL_FAILURE_EXCEPTION,
                &super::INVALID_ARGUMENT_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
            ],
        )
        .static_context_params(
            &[
                ("OperationType", ParamValue::Str("data")),
                ("ResourceType", ParamValue::Str("queue")),
            ],
        );
    pub static UPDATE_SHARD_COUNT: Operation = Operation::new(
            "UpdateShardCount",
            "POST",
            "/",
            &super::UPDATE_SHARD_COUNT_INPUT,
            &super::UPDATE_SHARD_COUNT_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_ARGUMENT_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::RESOURCE_IN_USE_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::VALIDATION_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
            ],
        )
        .static_context_params(&[("OperationType", ParamValue::Str("control"))]);
    pub static UPDATE_STREAM_MODE: Operation = Operation::new(
            "UpdateStreamMode",
            "POST",
            "/",
            &super::UPDATE_STREAM_MODE_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::INVALID_ARGUMENT_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::RESOURCE_IN_USE_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::VALIDATION_EXCEPTION,
            ],
        )
        .static_context_params(&[("OperationType", ParamValue::Str("control"))]);
    pub static UPDATE_STREAM_RECORD_DISTRIBUTION_STRATEGY: Operation = Operation::new(
            "UpdateStreamRecordDistributionStrategy",
            "POST",
            "/",
            &super::UPDATE_STREAM_RECORD_DISTRIBUTION_STRATEGY_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::INVALID_ARGUMENT_EXCEPTION,
                &super::RESOURCE_IN_USE_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
                &super::VALIDATION_EXCEPTION,
            ],
        )
        .static_context_params(&[("OperationType", ParamValue::Str("control"))]);
    pub static UPDATE_STREAM_WARM_THROUGHPUT: Operation = Operation::new(
            "UpdateStreamWarmThroughput",
            "POST",
            "/",
            &super::UPDATE_STREAM_WARM_THROUGHPUT_INPUT,
            &super::UPDATE_STREAM_WARM_THROUGHPUT_OUTPUT,
        )
        .errors(
            &[
                &super::ACCESS_DENIED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INVALID_ARGUMENT_EXCEPTION,
                &super::RESOURCE_IN_USE_EXCEPTION,
                &super::VALIDATION_EXCEPTION,
            ],
        )
        .static_context_params(&[("OperationType", ParamValue::Str("control"))]);
    /// Every operation, by model name order.
    pub static ALL: &[&Operation] = &[
        &ACKNOWLEDGE_DEAD_LETTER_QUEUE_RECORDS,
        &ACKNOWLEDGE_QUEUE_RECORDS,
        &ADD_TAGS_TO_STREAM,
        &CREATE_CHANNEL,
        &CREATE_QUEUE,
        &CREATE_STREAM,
        &DECREASE_STREAM_RETENTION_PERIOD,
        &DELETE_CHANNEL,
        &DELETE_QUEUE,
        &DELETE_RESOURCE_POLICY,
        &DELETE_STREAM,
        &DEREGISTER_STREAM_CONSUMER,
        &DESCRIBE_ACCOUNT_SETTINGS,
        &DESCRIBE_CHANNEL,
        &DESCRIBE_LIMITS,
        &DESCRIBE_QUEUE,
        &DESCRIBE_STREAM,
        &DESCRIBE_STREAM_CONSUMER,
        &DESCRIBE_STREAM_SUMMARY,
        &DISABLE_ENHANCED_MONITORING,
        &ENABLE_ENHANCED_MONITORING,
        &GET_RECORDS,
        &GET_RESOURCE_POLICY,
        &GET_SHARD_ITERATOR,
        &INCREASE_STREAM_RETENTION_PERIOD,
        &LIST_CHANNELS,
        &LIST_QUEUES,
        &LIST_SHARDS,
        &LIST_STREAM_CONSUMERS,
        &LIST_STREAMS,
        &LIST_TAGS_FOR_RESOURCE,
        &LIST_TAGS_FOR_STREAM,
        &MERGE_SHARDS,
        &PUT_RECORD,
        &PUT_RECORDS,
        &PUT_RESOURCE_POLICY,
        &RECEIVE_DEAD_LETTER_QUEUE_RECORDS,
        &RECEIVE_QUEUE_RECORDS,
        &REGISTER_STREAM_CONSUMER,
        &REMOVE_TAGS_FROM_STREAM,
        &RESTORE_DEAD_LETTER_QUEUE_RECORDS,
        &SPLIT_SHARD,
        &START_STREAM_ENCRYPTION,
        &STOP_STREAM_ENCRYPTION,
        &SUBSCRIBE_TO_SHARD,
        &TAG_RESOURCE,
        &UNTAG_RESOURCE,
        &UPDATE_ACCOUNT_SETTINGS,
        &UPDATE_CHANNEL,
        &UPDATE_DEAD_LETTER_QUEUE_RECORDS_VISIBILITY,
        &UPDATE_MAX_RECORD_SIZE,
        &UPDATE_QUEUE,
        &UPDATE_QUEUE_RECORDS_VISIBILITY,
        &UPDATE_SHARD_COUNT,
        &UPDATE_STREAM_MODE,
        &UPDATE_STREAM_RECORD_DISTRIBUTION_STRATEGY,
        &UPDATE_STREAM_WARM_THROUGHPUT,
    ];
}
/// The service's paginators (`paginators-1.json`).
pub mod paginators {
    use kumo_runtime::paginate::PaginatorSpec;
    pub static DESCRIBE_STREAM: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::DESCRIBE_STREAM,
        input_token: &["ExclusiveStartShardId"],
        output_token: &["StreamDescription.Shards[-1].ShardId"],
        limit_key: Some("Limit"),
        more_results: Some("StreamDescription.HasMoreShards"),
        result_key: &["StreamDescription.Shards"],
    };
    pub static LIST_CHANNELS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_CHANNELS,
        input_token: &["NextToken"],
        output_token: &["NextToken"],
        limit_key: Some("MaxResults"),
        more_results: None,
        result_key: &["ChannelSummaries"],
    };
    pub static LIST_QUEUES: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_QUEUES,
        input_token: &["NextToken"],
        output_token: &["NextToken"],
        limit_key: Some("MaxResults"),
        more_results: None,
        result_key: &["QueueSummaries"],
    };
    pub static LIST_SHARDS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_SHARDS,
        input_token: &["NextToken"],
        output_token: &["NextToken"],
        limit_key: Some("MaxResults"),
        more_results: None,
        result_key: &["Shards"],
    };
    pub static LIST_STREAM_CONSUMERS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_STREAM_CONSUMERS,
        input_token: &["NextToken"],
        output_token: &["NextToken"],
        limit_key: Some("MaxResults"),
        more_results: None,
        result_key: &["Consumers"],
    };
    pub static LIST_STREAMS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_STREAMS,
        input_token: &["NextToken"],
        output_token: &["NextToken"],
        limit_key: Some("Limit"),
        more_results: Some("HasMoreStreams"),
        result_key: &["StreamNames", "StreamSummaries"],
    };
}
/// The service's waiters (`waiters-2.json`).
pub mod waiters {
    use kumo_runtime::waiter::{Acceptor, Expected, Matcher, State, WaiterSpec};
    pub static CHANNEL_ACTIVE: WaiterSpec = WaiterSpec {
        name: "ChannelActive",
        operation: &super::ops::DESCRIBE_CHANNEL,
        delay: 10u32,
        max_attempts: 18u32,
        acceptors: &[
            Acceptor {
                state: State::Success,
                matcher: Matcher::Path,
                argument: "ChannelDescription.ChannelStatus",
                expected: Expected::Str("ACTIVE"),
            },
            Acceptor {
                state: State::Retry,
                matcher: Matcher::Path,
                argument: "ChannelDescription.ChannelStatus",
                expected: Expected::Str("CREATING"),
            },
            Acceptor {
                state: State::Retry,
                matcher: Matcher::Path,
                argument: "ChannelDescription.ChannelStatus",
                expected: Expected::Str("UPDATING"),
            },
            Acceptor {
                state: State::Failure,
                matcher: Matcher::Path,
                argument: "ChannelDescription.ChannelStatus",
                expected: Expected::Str("DELETING"),
            },
            Acceptor {
                state: State::Failure,
                matcher: Matcher::Path,
                argument: "ChannelDescription.ChannelStatus",
                expected: Expected::Str("FAILED"),
            },
        ],
    };
    pub static STREAM_EXISTS: WaiterSpec = WaiterSpec {
        name: "StreamExists",
        operation: &super::ops::DESCRIBE_STREAM,
        delay: 10u32,
        max_attempts: 18u32,
        acceptors: &[
            Acceptor {
                state: State::Success,
                matcher: Matcher::Path,
                argument: "StreamDescription.StreamStatus",
                expected: Expected::Str("ACTIVE"),
            },
        ],
    };
    pub static STREAM_NOT_EXISTS: WaiterSpec = WaiterSpec {
        name: "StreamNotExists",
        operation: &super::ops::DESCRIBE_STREAM,
        delay: 10u32,
        max_attempts: 18u32,
        acceptors: &[
            Acceptor {
                state: State::Success,
                matcher: Matcher::Error,
                argument: "",
                expected: Expected::Str("ResourceNotFoundException"),
            },
        ],
    };
}

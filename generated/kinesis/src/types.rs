//! The service's shapes: structures, unions and enums.
#![allow(
    unused_imports,
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items
)]
use kumo_runtime as rt;
use super::schemas::*;
/// Specifies that you do not have the permissions required to perform this operation.
#[derive(Clone, Default, PartialEq)]
pub struct AccessDeniedException {
    pub message: Option<String>,
}
rt::structure!(AccessDeniedException, ACCESS_DENIED_EXCEPTION, [message]);
/// A dead-letter record that was not acknowledged, and why.
#[derive(Clone, Default, PartialEq)]
pub struct AcknowledgeDeadLetterQueueRecordsErrorEntry {
    /// The receipt handle of the record that was not acknowledged.
    pub receipt_handle: String,
    /// A code identifying the type of failure. One of `ResourceNotFoundException`, `InvalidArgumentException`, `ThrottlingException`, or `InternalFailureException`.
    pub error_code: String,
    /// A description of the cause of the failure.
    pub error_message: Option<String>,
}
rt::structure!(
    AcknowledgeDeadLetterQueueRecordsErrorEntry,
    ACKNOWLEDGE_DEAD_LETTER_QUEUE_RECORDS_ERROR_ENTRY, [receipt_handle, error_code,
    error_message]
);
#[derive(Clone, Default, PartialEq)]
pub struct AcknowledgeDeadLetterQueueRecordsInput {
    /// The ARN of the queue whose dead-letter records are acknowledged.
    pub queue_arn: String,
    /// The dead-letter records to acknowledge, identified by their receipt handles.
    pub entries: Vec<AcknowledgeDeadLetterQueueRecordsRequestEntry>,
}
rt::structure!(
    AcknowledgeDeadLetterQueueRecordsInput, ACKNOWLEDGE_DEAD_LETTER_QUEUE_RECORDS_INPUT,
    [queue_arn, entries]
);
#[derive(Clone, Default, PartialEq)]
pub struct AcknowledgeDeadLetterQueueRecordsOutput {
    /// The records that were acknowledged.
    pub successful: Vec<AcknowledgeDeadLetterQueueRecordsResultEntry>,
    /// The records that were not acknowledged, each with the reason the entry failed.
    pub failed: Vec<AcknowledgeDeadLetterQueueRecordsErrorEntry>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    AcknowledgeDeadLetterQueueRecordsOutput,
    ACKNOWLEDGE_DEAD_LETTER_QUEUE_RECORDS_OUTPUT, [successful, failed], meta =
    response_metadata
);
/// A dead-letter record to acknowledge, identified by its receipt handle.
#[derive(Clone, Default, PartialEq)]
pub struct AcknowledgeDeadLetterQueueRecordsRequestEntry {
    /// The receipt handle of the record to acknowledge, as returned by ReceiveDeadLetterQueueRecords.
    pub receipt_handle: String,
}
rt::structure!(
    AcknowledgeDeadLetterQueueRecordsRequestEntry,
    ACKNOWLEDGE_DEAD_LETTER_QUEUE_RECORDS_REQUEST_ENTRY, [receipt_handle]
);
/// A dead-letter record that was acknowledged.
#[derive(Clone, Default, PartialEq)]
pub struct AcknowledgeDeadLetterQueueRecordsResultEntry {
    /// The receipt handle of the record that was acknowledged.
    pub receipt_handle: String,
}
rt::structure!(
    AcknowledgeDeadLetterQueueRecordsResultEntry,
    ACKNOWLEDGE_DEAD_LETTER_QUEUE_RECORDS_RESULT_ENTRY, [receipt_handle]
);
/// A record that was not acknowledged, and why.
#[derive(Clone, Default, PartialEq)]
pub struct AcknowledgeQueueRecordsErrorEntry {
    /// The receipt handle of the record that was not acknowledged.
    pub receipt_handle: String,
    /// A code identifying the type of failure. One of `ResourceNotFoundException`, `InvalidArgumentException`, `ThrottlingException`, or `InternalFailureException`.
    pub error_code: String,
    /// A description of the cause of the failure.
    pub error_message: Option<String>,
}
rt::structure!(
    AcknowledgeQueueRecordsErrorEntry, ACKNOWLEDGE_QUEUE_RECORDS_ERROR_ENTRY,
    [receipt_handle, error_code, error_message]
);
#[derive(Clone, Default, PartialEq)]
pub struct AcknowledgeQueueRecordsInput {
    /// The ARN of the queue the records were received from.
    pub queue_arn: String,
    /// The records to acknowledge, identified by their receipt handles.
    pub entries: Vec<AcknowledgeQueueRecordsRequestEntry>,
}
rt::structure!(
    AcknowledgeQueueRecordsInput, ACKNOWLEDGE_QUEUE_RECORDS_INPUT, [queue_arn, entries]
);
#[derive(Clone, Default, PartialEq)]
pub struct AcknowledgeQueueRecordsOutput {
    /// The records that were acknowledged.
    pub successful: Vec<AcknowledgeQueueRecordsResultEntry>,
    /// The records that were not acknowledged, each with the reason the entry failed.
    pub failed: Vec<AcknowledgeQueueRecordsErrorEntry>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    AcknowledgeQueueRecordsOutput, ACKNOWLEDGE_QUEUE_RECORDS_OUTPUT, [successful,
    failed], meta = response_metadata
);
/// A record to acknowledge, identified by its receipt handle.
#[derive(Clone, Default, PartialEq)]
pub struct AcknowledgeQueueRecordsRequestEntry {
    /// The receipt handle of the record to acknowledge, as returned by ReceiveQueueRecords.
    pub receipt_handle: String,
}
rt::structure!(
    AcknowledgeQueueRecordsRequestEntry, ACKNOWLEDGE_QUEUE_RECORDS_REQUEST_ENTRY,
    [receipt_handle]
);
/// A record that was acknowledged.
#[derive(Clone, Default, PartialEq)]
pub struct AcknowledgeQueueRecordsResultEntry {
    /// The receipt handle of the record that was acknowledged.
    pub receipt_handle: String,
}
rt::structure!(
    AcknowledgeQueueRecordsResultEntry, ACKNOWLEDGE_QUEUE_RECORDS_RESULT_ENTRY,
    [receipt_handle]
);
/// Represents the input for `AddTagsToStream`.
#[derive(Clone, Default, PartialEq)]
pub struct AddTagsToStreamInput {
    /// The name of the stream.
    pub stream_name: Option<String>,
    /// A set of up to 50 key-value pairs to use to create the tags. A tag consists of a required key and an optional value. You can add up to 50 tags per resource.
    pub tags: rt::IndexMap<String, String>,
    /// The ARN of the stream.
    pub stream_arn: Option<String>,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
}
rt::structure!(
    AddTagsToStreamInput, ADD_TAGS_TO_STREAM_INPUT, [stream_name, tags, stream_arn,
    stream_id]
);
/// Describes the configuration and current status of a channel.
#[derive(Clone, Default, PartialEq)]
pub struct ChannelDescription {
    /// The name of the channel.
    pub channel_name: String,
    /// The Amazon Resource Name (ARN) of the channel.
    pub channel_arn: String,
    /// The unique identifier of the channel.
    pub channel_id: String,
    /// The current status of the channel. Valid values:
    ///
    /// - `CREATING` - The channel is being created.
    ///
    /// - `ACTIVE` - The channel is ready to deliver records.
    ///
    /// - `UPDATING` - The channel configuration is being updated.
    ///
    /// - `DELETING` - The channel is being deleted.
    ///
    /// - `FAILED` - See `ChannelStatusReason` for the failure cause.
    pub channel_status: ChannelStatus,
    /// A message describing the reason for a `FAILED` status.
    pub channel_status_reason: Option<String>,
    /// The time at which the channel was created.
    pub channel_creation_timestamp: rt::DateTime,
    /// The Amazon Resource Name (ARN) of the IAM role that Amazon Kinesis Data Streams assumes to write records to the destination.
    pub service_execution_role_arn: String,
    /// The source stream configuration for the channel.
    pub stream_configuration_list: Vec<ChannelStreamDescription>,
    /// The configuration for delivery to a general purpose Amazon S3 bucket. Present only when the channel destination is a general purpose Amazon S3 bucket.
    pub s3_destination_configuration: Option<S3DestinationDescription>,
    /// The configuration for delivery to streaming tables on Apache Iceberg in Amazon S3 Tables. Present only when the channel destination is a streaming table.
    pub s3_tables_destination_configuration: Option<S3TablesDestinationDescription>,
    /// The Amazon Web Services KMS key configuration that Amazon Kinesis Data Streams uses to encrypt data delivered to the channel's destination.
    pub encryption_configuration: Option<ChannelEncryptionConfiguration>,
    /// The Amazon CloudWatch Logs configuration for the channel.
    pub logging_configuration: ChannelLoggingConfiguration,
}
rt::structure!(
    ChannelDescription, CHANNEL_DESCRIPTION, [channel_name, channel_arn, channel_id,
    channel_status, channel_status_reason, channel_creation_timestamp,
    service_execution_role_arn, stream_configuration_list, s3_destination_configuration,
    s3_tables_destination_configuration, encryption_configuration, logging_configuration]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ChannelDestinationType {
    /// `S3`
    S3,
    /// `S3_TABLES`
    S3Tables,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(ChannelDestinationType, { S3 => "S3", S3Tables => "S3_TABLES" });
/// Specifies the Amazon Web Services KMS key that Amazon Kinesis Data Streams uses to encrypt data delivered to the channel's destination.
#[derive(Clone, Default, PartialEq)]
pub struct ChannelEncryptionConfiguration {
    /// The encryption type. The only valid value is `KMS`.
    pub encryption_type: ChannelEncryptionType,
    /// The identifier of the customer managed Amazon Web Services KMS key. You cannot use the Amazon Kinesis Data Streams service key (`aws/kinesis`).
    pub key_id: String,
}
rt::structure!(
    ChannelEncryptionConfiguration, CHANNEL_ENCRYPTION_CONFIGURATION, [encryption_type,
    key_id]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ChannelEncryptionType {
    /// `KMS`
    Kms,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(ChannelEncryptionType, { Kms => "KMS" });
/// The Amazon CloudWatch Logs configuration for a channel.
#[derive(Clone, Default, PartialEq)]
pub struct ChannelLoggingConfiguration {
    /// The Amazon CloudWatch Logs settings for the channel.
    pub cloud_watch_logs: CloudWatchLogs,
}
rt::structure!(
    ChannelLoggingConfiguration, CHANNEL_LOGGING_CONFIGURATION, [cloud_watch_logs]
);
/// The updated Amazon CloudWatch Logs configuration for a channel. Used in UpdateChannel.
#[derive(Clone, Default, PartialEq)]
pub struct ChannelLoggingUpdateInput {
    /// The updated Amazon CloudWatch Logs settings, including whether logging is enabled and the target log group and log stream.
    pub cloud_watch_logs: CloudWatchLogsUpdateInput,
}
rt::structure!(
    ChannelLoggingUpdateInput, CHANNEL_LOGGING_UPDATE_INPUT, [cloud_watch_logs]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ChannelStatus {
    /// `CREATING`
    Creating,
    /// `ACTIVE`
    Active,
    /// `UPDATING`
    Updating,
    /// `DELETING`
    Deleting,
    /// `FAILED`
    Failed,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ChannelStatus, { Creating => "CREATING", Active => "ACTIVE", Updating => "UPDATING",
    Deleting => "DELETING", Failed => "FAILED" }
);
/// Specifies the source stream and record configuration when creating a channel.
#[derive(Clone, Default, PartialEq)]
pub struct ChannelStreamConfiguration {
    /// The Amazon Resource Name (ARN) of the source Kinesis data stream.
    pub stream_arn: String,
    /// The record format configuration for the source stream.
    pub record_configuration: RecordConfiguration,
}
rt::structure!(
    ChannelStreamConfiguration, CHANNEL_STREAM_CONFIGURATION, [stream_arn,
    record_configuration]
);
/// Describes the source stream of a channel.
#[derive(Clone, Default, PartialEq)]
pub struct ChannelStreamDescription {
    /// The Amazon Resource Name (ARN) of the source Kinesis data stream.
    pub stream_arn: String,
    /// The time at which the source stream was created.
    pub stream_creation_timestamp: rt::DateTime,
    /// The record format configuration for the source stream.
    pub record_configuration: RecordConfiguration,
}
rt::structure!(
    ChannelStreamDescription, CHANNEL_STREAM_DESCRIPTION, [stream_arn,
    stream_creation_timestamp, record_configuration]
);
/// Identifies a source stream associated with a channel.
#[derive(Clone, Default, PartialEq)]
pub struct ChannelStreamIdentifier {
    /// The Amazon Resource Name (ARN) of the source Kinesis data stream.
    pub stream_arn: String,
    /// The time at which the source stream was created.
    pub stream_creation_timestamp: rt::DateTime,
}
rt::structure!(
    ChannelStreamIdentifier, CHANNEL_STREAM_IDENTIFIER, [stream_arn,
    stream_creation_timestamp]
);
/// A summary of a channel, returned by ListChannels.
#[derive(Clone, Default, PartialEq)]
pub struct ChannelSummary {
    /// The name of the channel.
    pub channel_name: String,
    /// The Amazon Resource Name (ARN) of the channel.
    pub channel_arn: String,
    /// The unique identifier of the channel.
    pub channel_id: String,
    /// The current status of the channel. Valid values:
    ///
    /// - `CREATING` - The channel is being created.
    ///
    /// - `ACTIVE` - The channel is ready to deliver records.
    ///
    /// - `UPDATING` - The channel configuration is being updated.
    ///
    /// - `DELETING` - The channel is being deleted.
    ///
    /// - `FAILED` - See `ChannelStatusReason` for the failure cause.
    pub channel_status: ChannelStatus,
    /// A message describing the reason for a `FAILED` status.
    pub channel_status_reason: Option<String>,
    /// The time at which the channel was created.
    pub channel_creation_timestamp: rt::DateTime,
    /// The destination type of the channel. Valid values:
    ///
    /// - `S3` - Delivery to a general purpose Amazon S3 bucket.
    ///
    /// - `S3\_TABLES` - Delivery to streaming tables on Apache Iceberg.
    pub channel_destination_type: ChannelDestinationType,
    /// The source streams associated with the channel.
    pub streams: Vec<ChannelStreamIdentifier>,
}
rt::structure!(
    ChannelSummary, CHANNEL_SUMMARY, [channel_name, channel_arn, channel_id,
    channel_status, channel_status_reason, channel_creation_timestamp,
    channel_destination_type, streams]
);
/// Output parameter of the GetRecords API. The existing child shard of the current shard.
#[derive(Clone, Default, PartialEq)]
pub struct ChildShard {
    /// The shard ID of the existing child shard of the current shard.
    pub shard_id: String,
    /// The current shard that is the parent of the existing child shard.
    pub parent_shards: Vec<String>,
    /// The range of possible hash key values for the shard, which is a set of ordered contiguous positive integers.
    pub hash_key_range: HashKeyRange,
}
rt::structure!(ChildShard, CHILD_SHARD, [shard_id, parent_shards, hash_key_range]);
/// The Amazon CloudWatch Logs settings for channel logging.
#[derive(Clone, Default, PartialEq)]
pub struct CloudWatchLogs {
    /// Specifies whether logging to Amazon CloudWatch Logs is enabled.
    pub enabled: bool,
    /// The name of the Amazon CloudWatch Logs log group. Defaults to `/aws/kinesis/{channelName}/{channelId}`.
    pub log_group_name: Option<String>,
    /// The name of the Amazon CloudWatch Logs log stream. Defaults to `DestinationDelivery`.
    pub log_stream_name: Option<String>,
}
rt::structure!(
    CloudWatchLogs, CLOUD_WATCH_LOGS, [enabled, log_group_name, log_stream_name]
);
/// The updated Amazon CloudWatch Logs settings for a channel.
#[derive(Clone, Default, PartialEq)]
pub struct CloudWatchLogsUpdateInput {
    /// Specifies whether logging to Amazon CloudWatch Logs is enabled.
    pub enabled: bool,
    /// The name of the Amazon CloudWatch Logs log group.
    pub log_group_name: Option<String>,
    /// The name of the Amazon CloudWatch Logs log stream.
    pub log_stream_name: Option<String>,
}
rt::structure!(
    CloudWatchLogsUpdateInput, CLOUD_WATCH_LOGS_UPDATE_INPUT, [enabled, log_group_name,
    log_stream_name]
);
/// An object that represents the details of the consumer you registered. This type of object is returned by RegisterStreamConsumer.
#[derive(Clone, Default, PartialEq)]
pub struct Consumer {
    /// The name of the consumer is something you choose when you register the consumer.
    pub consumer_name: String,
    /// When you register a consumer, Kinesis Data Streams generates an ARN for it. You need this ARN to be able to call SubscribeToShard.
    ///
    /// If you delete a consumer and then create a new one with the same name, it won't have the same ARN. That's because consumer ARNs contain the creation timestamp. This is important to keep in mind if you have IAM policies that reference consumer ARNs.
    pub consumer_arn: String,
    /// A consumer can't read data while in the `CREATING` or `DELETING` states.
    pub consumer_status: ConsumerStatus,
    pub consumer_creation_timestamp: rt::DateTime,
}
rt::structure!(
    Consumer, CONSUMER, [consumer_name, consumer_arn, consumer_status,
    consumer_creation_timestamp]
);
/// An object that represents the details of a registered consumer. This type of object is returned by DescribeStreamConsumer.
#[derive(Clone, Default, PartialEq)]
pub struct ConsumerDescription {
    /// The name of the consumer is something you choose when you register the consumer.
    pub consumer_name: String,
    /// When you register a consumer, Kinesis Data Streams generates an ARN for it. You need this ARN to be able to call SubscribeToShard.
    ///
    /// If you delete a consumer and then create a new one with the same name, it won't have the same ARN. That's because consumer ARNs contain the creation timestamp. This is important to keep in mind if you have IAM policies that reference consumer ARNs.
    pub consumer_arn: String,
    /// A consumer can't read data while in the `CREATING` or `DELETING` states.
    pub consumer_status: ConsumerStatus,
    pub consumer_creation_timestamp: rt::DateTime,
    /// The ARN of the stream with which you registered the consumer.
    pub stream_arn: String,
}
rt::structure!(
    ConsumerDescription, CONSUMER_DESCRIPTION, [consumer_name, consumer_arn,
    consumer_status, consumer_creation_timestamp, stream_arn]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConsumerStatus {
    /// `CREATING`
    Creating,
    /// `DELETING`
    Deleting,
    /// `ACTIVE`
    Active,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ConsumerStatus, { Creating => "CREATING", Deleting => "DELETING", Active => "ACTIVE"
    }
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateChannelInput {
    /// The name of the channel. The name is unique within your Amazon Web Services account and Amazon Web Services Region.
    pub channel_name: String,
    /// The Amazon Resource Name (ARN) of the IAM role that Amazon Kinesis Data Streams assumes to write records to the destination.
    pub service_execution_role_arn: String,
    /// The source stream configuration for the channel. Currently, one stream is supported per channel.
    pub stream_configuration_list: Vec<ChannelStreamConfiguration>,
    /// The configuration for delivery to a general purpose Amazon S3 bucket. Specify this parameter when `S3TablesDestinationConfiguration` is not specified.
    pub s3_destination_configuration: Option<S3DestinationConfiguration>,
    /// The configuration for delivery to streaming tables on Apache Iceberg in Amazon S3 Tables. Specify this parameter when `S3DestinationConfiguration` is not specified.
    pub s3_tables_destination_configuration: Option<S3TablesDestinationConfiguration>,
    /// The server-side encryption configuration that uses an Amazon Web Services KMS key to encrypt data delivered to the destination.
    pub encryption_configuration: Option<ChannelEncryptionConfiguration>,
    /// A set of key-value pairs to assign to the channel. A tag consists of a required key and an optional value.
    pub tags: Option<rt::IndexMap<String, String>>,
    /// The Amazon CloudWatch Logs configuration for the channel.
    pub logging_configuration: Option<ChannelLoggingConfiguration>,
}
rt::structure!(
    CreateChannelInput, CREATE_CHANNEL_INPUT, [channel_name, service_execution_role_arn,
    stream_configuration_list, s3_destination_configuration,
    s3_tables_destination_configuration, encryption_configuration, tags,
    logging_configuration]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateChannelOutput {
    /// The configuration and current status of the channel, including its ARN, destination configuration, and lifecycle state. Immediately after creation, the state is `CREATING`.
    pub channel_description: ChannelDescription,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateChannelOutput, CREATE_CHANNEL_OUTPUT, [channel_description], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateQueueInput {
    /// A name for the queue. The name is scoped to the Amazon Web Services account and Region used by the request, so two queues in different accounts, or in the same account and different Regions, can have the same name.
    pub queue_name: String,
    /// The data stream the queue delivers records from, and the position in that stream where delivery begins. The list must contain exactly one entry, because a queue delivers records from a single data stream.
    pub stream_configuration_list: Vec<QueueStreamConfiguration>,
    /// The configuration attributes for the queue, including its visibility timeout and its dead-letter handling configuration.
    pub queue_attributes: Option<QueueAttributes>,
    /// A set of up to 50 key-value pairs to apply to the queue. You can also add, change, and remove tags after the queue is created with TagResource and UntagResource.
    pub tags: Option<rt::IndexMap<String, String>>,
}
rt::structure!(
    CreateQueueInput, CREATE_QUEUE_INPUT, [queue_name, stream_configuration_list,
    queue_attributes, tags]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateQueueOutput {
    /// A description of the queue that was created.
    pub queue_description: QueueDescription,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateQueueOutput, CREATE_QUEUE_OUTPUT, [queue_description], meta = response_metadata
);
/// Represents the input for `CreateStream`.
#[derive(Clone, Default, PartialEq)]
pub struct CreateStreamInput {
    /// A name to identify the stream. The stream name is scoped to the Amazon Web Services account used by the application that creates the stream. It is also scoped by Amazon Web Services Region. That is, two streams in two different Amazon Web Services accounts can have the same name. Two streams in the same Amazon Web Services account but in two different Regions can also have the same name.
    pub stream_name: String,
    /// The number of shards that the stream will use. The throughput of the stream is a function of the number of shards; more shards are required for greater provisioned throughput.
    pub shard_count: Option<i32>,
    /// Indicates the capacity mode of the data stream. Currently, in Kinesis Data Streams, you can choose between an **on-demand** capacity mode and a **provisioned** capacity mode for your data streams.
    pub stream_mode_details: Option<StreamModeDetails>,
    /// A set of up to 50 key-value pairs to use to create the tags. A tag consists of a required key and an optional value.
    pub tags: Option<rt::IndexMap<String, String>>,
    /// The target warm throughput in MB/s that the stream should be scaled to handle. This represents the throughput capacity that will be immediately available for write operations.
    pub warm_throughput_mi_bps: Option<i32>,
    /// The maximum record size of a single record in kibibyte (KiB) that you can write to, and read from a stream.
    pub max_record_size_in_ki_b: Option<i32>,
    /// The record distribution strategy for the stream, which determines how Amazon Kinesis Data Streams distributes records across shards. Specify one of the following values:
    ///
    /// - `AUTO` – Amazon Kinesis Data Streams distributes records evenly across shards and ignores any partition key and `ExplicitHashKey` that producers supply. Use this value for stateless workloads that do not require partition-key ordering.
    ///
    /// - `USER\_PARTITION\_KEY` – Producers must supply a partition key, which Amazon Kinesis Data Streams uses to determine shard placement. This is the default.
    ///
    /// The record distribution strategy is only supported for streams that use the on-demand capacity mode. If you do not specify this parameter, the stream uses `USER\_PARTITION\_KEY`.
    pub record_distribution_strategy: Option<RecordDistributionStrategy>,
}
rt::structure!(
    CreateStreamInput, CREATE_STREAM_INPUT, [stream_name, shard_count,
    stream_mode_details, tags, warm_throughput_mi_bps, max_record_size_in_ki_b,
    record_distribution_strategy]
);
/// The dead-letter handling configuration for a queue. Each queue has built-in dead-letter handling. When a record has been received `MaxReceiveCount` times without being acknowledged, it becomes a dead-letter record, and ReceiveQueueRecords no longer returns it. The dead-letter record stays in the same queue, and you work with it through ReceiveDeadLetterQueueRecords, AcknowledgeDeadLetterQueueRecords, UpdateDeadLetterQueueRecordsVisibility, and RestoreDeadLetterQueueRecords, which use the same queue ARN.
///
/// Dead-letter handling is enabled by default, with a `MaxReceiveCount` of 6. To use a different value, or to turn dead-letter handling off, specify this configuration in `QueueAttributes`.
#[derive(Clone, Default, PartialEq)]
pub struct DeadLetterConfiguration {
    /// Whether dead-letter handling is enabled for the queue. `BUILT\_IN` enables it: when a record has been received `MaxReceiveCount` times without being acknowledged, it becomes a dead-letter record and ReceiveQueueRecords no longer returns it. `NONE` disables it, and an unacknowledged record continues to be redelivered until it is acknowledged or its retention period ends.
    pub target_type: TargetType,
    /// The number of times a record can be received without being acknowledged before it becomes a dead-letter record. Required when `TargetType` is `BUILT\_IN`. A queue that you create without `DeadLetterConfiguration` gets a `MaxReceiveCount` of 6.
    pub max_receive_count: Option<i32>,
}
rt::structure!(
    DeadLetterConfiguration, DEAD_LETTER_CONFIGURATION, [target_type, max_receive_count]
);
/// The Amazon S3 dead-letter queue configuration for records that cannot be delivered.
#[derive(Clone, Default, PartialEq)]
pub struct DeadLetterQueueS3Configuration {
    /// The Amazon Resource Name (ARN) of the dead-letter queue Amazon S3 bucket.
    pub bucket_arn: String,
    /// The Amazon Web Services account ID of the expected owner of the dead-letter queue bucket.
    pub expected_bucket_owner: String,
    /// The Amazon S3 key prefix for error records.
    pub error_output_prefix: Option<String>,
}
rt::structure!(
    DeadLetterQueueS3Configuration, DEAD_LETTER_QUEUE_S3_CONFIGURATION, [bucket_arn,
    expected_bucket_owner, error_output_prefix]
);
/// Represents the input for DecreaseStreamRetentionPeriod.
#[derive(Clone, Default, PartialEq)]
pub struct DecreaseStreamRetentionPeriodInput {
    /// The name of the stream to modify.
    pub stream_name: Option<String>,
    /// The new retention period of the stream, in hours. Must be less than the current retention period.
    pub retention_period_hours: i32,
    /// The ARN of the stream.
    pub stream_arn: Option<String>,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
}
rt::structure!(
    DecreaseStreamRetentionPeriodInput, DECREASE_STREAM_RETENTION_PERIOD_INPUT,
    [stream_name, retention_period_hours, stream_arn, stream_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteChannelInput {
    /// The Amazon Resource Name (ARN) of the channel to delete.
    pub channel_arn: String,
}
rt::structure!(DeleteChannelInput, DELETE_CHANNEL_INPUT, [channel_arn]);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteQueueInput {
    /// The ARN of the queue to delete.
    pub queue_arn: String,
}
rt::structure!(DeleteQueueInput, DELETE_QUEUE_INPUT, [queue_arn]);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteResourcePolicyInput {
    /// The Amazon Resource Name (ARN) of a data stream, a queue, or an enhanced fan-out consumer.
    pub resource_arn: String,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
}
rt::structure!(
    DeleteResourcePolicyInput, DELETE_RESOURCE_POLICY_INPUT, [resource_arn, stream_id]
);
/// Represents the input for DeleteStream.
#[derive(Clone, Default, PartialEq)]
pub struct DeleteStreamInput {
    /// The name of the stream to delete.
    pub stream_name: Option<String>,
    /// If this parameter is unset (`null`) or if you set it to `false`, and the stream has registered enhanced fan-out consumers, the call to `DeleteStream` fails with a `ResourceInUseException`.
    ///
    /// If you set it to `true`, `DeleteStream` deletes the stream and every consumer registered with it.
    ///
    /// This parameter does not apply to queues. A stream that has queues cannot be deleted until every queue on it is deleted with DeleteQueue, whatever this parameter is set to.
    pub enforce_consumer_deletion: Option<bool>,
    /// The ARN of the stream.
    pub stream_arn: Option<String>,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
}
rt::structure!(
    DeleteStreamInput, DELETE_STREAM_INPUT, [stream_name, enforce_consumer_deletion,
    stream_arn, stream_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeregisterStreamConsumerInput {
    /// The ARN of the Kinesis data stream that the consumer is registered with. For more information, see [Amazon Resource Names (ARNs) and Amazon Web Services Service Namespaces](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html#arn-syntax-kinesis-streams).
    pub stream_arn: Option<String>,
    /// The name that you gave to the consumer.
    pub consumer_name: Option<String>,
    /// The ARN returned by Kinesis Data Streams when you registered the consumer. If you don't know the ARN of the consumer that you want to deregister, you can use the ListStreamConsumers operation to get a list of the descriptions of all the consumers that are currently registered with a given data stream. The description of a consumer contains its ARN.
    pub consumer_arn: Option<String>,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
}
rt::structure!(
    DeregisterStreamConsumerInput, DEREGISTER_STREAM_CONSUMER_INPUT, [stream_arn,
    consumer_name, consumer_arn, stream_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeAccountSettingsInput {}
rt::structure!(DescribeAccountSettingsInput, DESCRIBE_ACCOUNT_SETTINGS_INPUT, []);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeAccountSettingsOutput {
    /// The current configuration of the minimum throughput billing commitment for your Amazon Web Services account.
    pub minimum_throughput_billing_commitment: Option<
        MinimumThroughputBillingCommitmentOutput,
    >,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeAccountSettingsOutput, DESCRIBE_ACCOUNT_SETTINGS_OUTPUT,
    [minimum_throughput_billing_commitment], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeChannelInput {
    /// The Amazon Resource Name (ARN) of the channel to describe.
    pub channel_arn: String,
}
rt::structure!(DescribeChannelInput, DESCRIBE_CHANNEL_INPUT, [channel_arn]);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeChannelOutput {
    /// The configuration and current status of the channel, including its ARN, source stream, destination configuration, and lifecycle state.
    pub channel_description: ChannelDescription,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeChannelOutput, DESCRIBE_CHANNEL_OUTPUT, [channel_description], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeLimitsInput {}
rt::structure!(DescribeLimitsInput, DESCRIBE_LIMITS_INPUT, []);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeLimitsOutput {
    /// The maximum number of shards.
    pub shard_limit: i32,
    /// The number of open shards.
    pub open_shard_count: i32,
    /// Indicates the number of data streams with the on-demand capacity mode.
    pub on_demand_stream_count: i32,
    /// The maximum number of data streams with the on-demand capacity mode.
    pub on_demand_stream_count_limit: i32,
    /// The number of channels in the account.
    pub channel_count: Option<i32>,
    /// The maximum number of channels allowed in the account.
    pub channel_count_limit: Option<i32>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeLimitsOutput, DESCRIBE_LIMITS_OUTPUT, [shard_limit, open_shard_count,
    on_demand_stream_count, on_demand_stream_count_limit, channel_count,
    channel_count_limit], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeQueueInput {
    /// The ARN of the queue to describe.
    pub queue_arn: String,
}
rt::structure!(DescribeQueueInput, DESCRIBE_QUEUE_INPUT, [queue_arn]);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeQueueOutput {
    /// A description of the queue.
    pub queue_description: QueueDescription,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeQueueOutput, DESCRIBE_QUEUE_OUTPUT, [queue_description], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeStreamConsumerInput {
    /// The ARN of the Kinesis data stream that the consumer is registered with. For more information, see [Amazon Resource Names (ARNs) and Amazon Web Services Service Namespaces](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html#arn-syntax-kinesis-streams).
    pub stream_arn: Option<String>,
    /// The name that you gave to the consumer.
    pub consumer_name: Option<String>,
    /// The ARN returned by Kinesis Data Streams when you registered the consumer.
    pub consumer_arn: Option<String>,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
}
rt::structure!(
    DescribeStreamConsumerInput, DESCRIBE_STREAM_CONSUMER_INPUT, [stream_arn,
    consumer_name, consumer_arn, stream_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeStreamConsumerOutput {
    /// An object that represents the details of the consumer.
    pub consumer_description: ConsumerDescription,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeStreamConsumerOutput, DESCRIBE_STREAM_CONSUMER_OUTPUT,
    [consumer_description], meta = response_metadata
);
/// Represents the input for `DescribeStream`.
#[derive(Clone, Default, PartialEq)]
pub struct DescribeStreamInput {
    /// The name of the stream to describe.
    pub stream_name: Option<String>,
    /// The maximum number of shards to return in a single call. The default value is 100. If you specify a value greater than 100, at most 100 results are returned.
    pub limit: Option<i32>,
    /// The shard ID of the shard to start with.
    ///
    /// Specify this parameter to indicate that you want to describe the stream starting with the shard whose ID immediately follows `ExclusiveStartShardId`.
    ///
    /// If you don't specify this parameter, the default behavior for `DescribeStream` is to describe the stream starting with the first shard in the stream.
    pub exclusive_start_shard_id: Option<String>,
    /// The ARN of the stream.
    pub stream_arn: Option<String>,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
}
rt::structure!(
    DescribeStreamInput, DESCRIBE_STREAM_INPUT, [stream_name, limit,
    exclusive_start_shard_id, stream_arn, stream_id]
);
/// Represents the output for `DescribeStream`.
#[derive(Clone, Default, PartialEq)]
pub struct DescribeStreamOutput {
    /// The current status of the stream, the stream Amazon Resource Name (ARN), an array of shard objects that comprise the stream, and whether there are more shards available.
    pub stream_description: StreamDescription,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeStreamOutput, DESCRIBE_STREAM_OUTPUT, [stream_description], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeStreamSummaryInput {
    /// The name of the stream to describe.
    pub stream_name: Option<String>,
    /// The ARN of the stream.
    pub stream_arn: Option<String>,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
}
rt::structure!(
    DescribeStreamSummaryInput, DESCRIBE_STREAM_SUMMARY_INPUT, [stream_name, stream_arn,
    stream_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeStreamSummaryOutput {
    /// A StreamDescriptionSummary containing information about the stream.
    pub stream_description_summary: StreamDescriptionSummary,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeStreamSummaryOutput, DESCRIBE_STREAM_SUMMARY_OUTPUT,
    [stream_description_summary], meta = response_metadata
);
/// Represents the input for DisableEnhancedMonitoring.
#[derive(Clone, Default, PartialEq)]
pub struct DisableEnhancedMonitoringInput {
    /// The name of the Kinesis data stream for which to disable enhanced monitoring.
    pub stream_name: Option<String>,
    /// List of shard-level metrics to disable.
    ///
    /// The following are the valid shard-level metrics. The value "`ALL`" disables every metric.
    ///
    /// - `IncomingBytes`
    ///
    /// - `IncomingRecords`
    ///
    /// - `OutgoingBytes`
    ///
    /// - `OutgoingRecords`
    ///
    /// - `WriteProvisionedThroughputExceeded`
    ///
    /// - `ReadProvisionedThroughputExceeded`
    ///
    /// - `IteratorAgeMilliseconds`
    ///
    /// - `ALL`
    ///
    /// For more information, see [Monitoring the Amazon Kinesis Data Streams Service with Amazon CloudWatch](https://docs.aws.amazon.com/kinesis/latest/dev/monitoring-with-cloudwatch.html) in the *Amazon Kinesis Data Streams Developer Guide*.
    pub shard_level_metrics: Vec<MetricsName>,
    /// The ARN of the stream.
    pub stream_arn: Option<String>,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
}
rt::structure!(
    DisableEnhancedMonitoringInput, DISABLE_ENHANCED_MONITORING_INPUT, [stream_name,
    shard_level_metrics, stream_arn, stream_id]
);
/// The request was rejected because the DryRun parameter was specified.
#[derive(Clone, Default, PartialEq)]
pub struct DryRunOperationException {
    pub message: Option<String>,
}
rt::structure!(DryRunOperationException, DRY_RUN_OPERATION_EXCEPTION, [message]);
/// Represents the input for EnableEnhancedMonitoring.
#[derive(Clone, Default, PartialEq)]
pub struct EnableEnhancedMonitoringInput {
    /// The name of the stream for which to enable enhanced monitoring.
    pub stream_name: Option<String>,
    /// List of shard-level metrics to enable.
    ///
    /// The following are the valid shard-level metrics. The value "`ALL`" enables every metric.
    ///
    /// - `IncomingBytes`
    ///
    /// - `IncomingRecords`
    ///
    /// - `OutgoingBytes`
    ///
    /// - `OutgoingRecords`
    ///
    /// - `WriteProvisionedThroughputExceeded`
    ///
    /// - `ReadProvisionedThroughputExceeded`
    ///
    /// - `IteratorAgeMilliseconds`
    ///
    /// - `ALL`
    ///
    /// For more information, see [Monitoring the Amazon Kinesis Data Streams Service with Amazon CloudWatch](https://docs.aws.amazon.com/kinesis/latest/dev/monitoring-with-cloudwatch.html) in the *Amazon Kinesis Data Streams Developer Guide*.
    pub shard_level_metrics: Vec<MetricsName>,
    /// The ARN of the stream.
    pub stream_arn: Option<String>,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
}
rt::structure!(
    EnableEnhancedMonitoringInput, ENABLE_ENHANCED_MONITORING_INPUT, [stream_name,
    shard_level_metrics, stream_arn, stream_id]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EncryptionType {
    /// `NONE`
    None,
    /// `KMS`
    Kms,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(EncryptionType, { None => "NONE", Kms => "KMS" });
/// Represents enhanced metrics types.
#[derive(Clone, Default, PartialEq)]
pub struct EnhancedMetrics {
    /// List of shard-level metrics.
    ///
    /// The following are the valid shard-level metrics. The value "`ALL`" enhances every metric.
    ///
    /// - `IncomingBytes`
    ///
    /// - `IncomingRecords`
    ///
    /// - `OutgoingBytes`
    ///
    /// - `OutgoingRecords`
    ///
    /// - `WriteProvisionedThroughputExceeded`
    ///
    /// - `ReadProvisionedThroughputExceeded`
    ///
    /// - `IteratorAgeMilliseconds`
    ///
    /// - `ALL`
    ///
    /// For more information, see [Monitoring the Amazon Kinesis Data Streams Service with Amazon CloudWatch](https://docs.aws.amazon.com/kinesis/latest/dev/monitoring-with-cloudwatch.html) in the *Amazon Kinesis Data Streams Developer Guide*.
    pub shard_level_metrics: Option<Vec<MetricsName>>,
}
rt::structure!(EnhancedMetrics, ENHANCED_METRICS, [shard_level_metrics]);
/// Represents the output for EnableEnhancedMonitoring and DisableEnhancedMonitoring.
#[derive(Clone, Default, PartialEq)]
pub struct EnhancedMonitoringOutput {
    /// The name of the Kinesis data stream.
    pub stream_name: Option<String>,
    /// Represents the current state of the metrics that are in the enhanced state before the operation.
    pub current_shard_level_metrics: Option<Vec<MetricsName>>,
    /// Represents the list of all the metrics that would be in the enhanced state after the operation.
    pub desired_shard_level_metrics: Option<Vec<MetricsName>>,
    /// The ARN of the stream.
    pub stream_arn: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    EnhancedMonitoringOutput, ENHANCED_MONITORING_OUTPUT, [stream_name,
    current_shard_level_metrics, desired_shard_level_metrics, stream_arn], meta =
    response_metadata
);
/// The provided iterator exceeds the maximum age allowed.
#[derive(Clone, Default, PartialEq)]
pub struct ExpiredIteratorException {
    /// A message that provides information about the error.
    pub message: Option<String>,
}
rt::structure!(ExpiredIteratorException, EXPIRED_ITERATOR_EXCEPTION, [message]);
/// The pagination token passed to the operation is expired.
#[derive(Clone, Default, PartialEq)]
pub struct ExpiredNextTokenException {
    pub message: Option<String>,
}
rt::structure!(ExpiredNextTokenException, EXPIRED_NEXT_TOKEN_EXCEPTION, [message]);
/// Represents the input for GetRecords.
#[derive(Clone, Default, PartialEq)]
pub struct GetRecordsInput {
    /// The position in the shard from which you want to start sequentially reading data records. A shard iterator specifies this position using the sequence number of a data record in the shard.
    pub shard_iterator: String,
    /// The maximum number of records to return. Specify a value of up to 10,000. If you specify a value that is greater than 10,000, GetRecords throws `InvalidArgumentException`. The default value is 10,000.
    pub limit: Option<i32>,
    /// The ARN of the stream.
    pub stream_arn: Option<String>,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    pub dry_run: Option<bool>,
}
rt::structure!(
    GetRecordsInput, GET_RECORDS_INPUT, [shard_iterator, limit, stream_arn, stream_id,
    dry_run]
);
/// Represents the output for GetRecords.
#[derive(Clone, Default, PartialEq)]
pub struct GetRecordsOutput {
    /// The data records retrieved from the shard.
    pub records: Vec<Record>,
    /// The next position in the shard from which to start sequentially reading data records. If set to `null`, the shard has been closed and the requested iterator does not return any more data.
    pub next_shard_iterator: Option<String>,
    /// The number of milliseconds the GetRecords response is from the tip of the stream, indicating how far behind current time the consumer is. A value of zero indicates that record processing is caught up, and there are no new records to process at this moment.
    pub millis_behind_latest: Option<i64>,
    /// The list of the current shard's child shards, returned in the `GetRecords` API's response only when the end of the current shard is reached.
    pub child_shards: Option<Vec<ChildShard>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetRecordsOutput, GET_RECORDS_OUTPUT, [records, next_shard_iterator,
    millis_behind_latest, child_shards], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetResourcePolicyInput {
    /// The Amazon Resource Name (ARN) of a data stream, a queue, or an enhanced fan-out consumer.
    pub resource_arn: String,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
}
rt::structure!(
    GetResourcePolicyInput, GET_RESOURCE_POLICY_INPUT, [resource_arn, stream_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetResourcePolicyOutput {
    /// Details of the resource policy. This is formatted as a JSON string.
    pub policy: String,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetResourcePolicyOutput, GET_RESOURCE_POLICY_OUTPUT, [policy], meta =
    response_metadata
);
/// Represents the input for `GetShardIterator`.
#[derive(Clone, Default, PartialEq)]
pub struct GetShardIteratorInput {
    /// The name of the Amazon Kinesis data stream.
    pub stream_name: Option<String>,
    /// The shard ID of the Kinesis Data Streams shard to get the iterator for.
    pub shard_id: String,
    /// Determines how the shard iterator is used to start reading data records from the shard.
    ///
    /// The following are the valid Amazon Kinesis shard iterator types:
    ///
    /// - AT\_SEQUENCE\_NUMBER - Start reading from the position denoted by a specific sequence number, provided in the value `StartingSequenceNumber`.
    ///
    /// - AFTER\_SEQUENCE\_NUMBER - Start reading right after the position denoted by a specific sequence number, provided in the value `StartingSequenceNumber`.
    ///
    /// - AT\_TIMESTAMP - Start reading from the position denoted by a specific time stamp, provided in the value `Timestamp`.
    ///
    /// - TRIM\_HORIZON - Start reading at the last untrimmed record in the shard in the system, which is the oldest data record in the shard.
    ///
    /// - LATEST - Start reading just after the most recent record in the shard, so that you always read the most recent data in the shard.
    pub shard_iterator_type: ShardIteratorType,
    /// The sequence number of the data record in the shard from which to start reading. Used with shard iterator type AT\_SEQUENCE\_NUMBER and AFTER\_SEQUENCE\_NUMBER.
    pub starting_sequence_number: Option<String>,
    /// The time stamp of the data record from which to start reading. Used with shard iterator type AT\_TIMESTAMP. A time stamp is the Unix epoch date with precision in milliseconds. For example, `2016-04-04T19:58:46.480-00:00` or `1459799926.480`. If a record with this exact time stamp does not exist, the iterator returned is for the next (later) record. If the time stamp is older than the current trim horizon, the iterator returned is for the oldest untrimmed data record (TRIM\_HORIZON).
    pub timestamp: Option<rt::DateTime>,
    /// The ARN of the stream.
    pub stream_arn: Option<String>,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    pub dry_run: Option<bool>,
}
rt::structure!(
    GetShardIteratorInput, GET_SHARD_ITERATOR_INPUT, [stream_name, shard_id,
    shard_iterator_type, starting_sequence_number, timestamp, stream_arn, stream_id,
    dry_run]
);
/// Represents the output for `GetShardIterator`.
#[derive(Clone, Default, PartialEq)]
pub struct GetShardIteratorOutput {
    /// The position in the shard from which to start reading data records sequentially. A shard iterator specifies this position using the sequence number of a data record in a shard.
    pub shard_iterator: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetShardIteratorOutput, GET_SHARD_ITERATOR_OUTPUT, [shard_iterator], meta =
    response_metadata
);
/// The range of possible hash key values for the shard, which is a set of ordered contiguous positive integers.
#[derive(Clone, Default, PartialEq)]
pub struct HashKeyRange {
    /// The starting hash key of the hash key range.
    pub starting_hash_key: String,
    /// The ending hash key of the hash key range.
    pub ending_hash_key: String,
}
rt::structure!(HashKeyRange, HASH_KEY_RANGE, [starting_hash_key, ending_hash_key]);
/// Represents the input for IncreaseStreamRetentionPeriod.
#[derive(Clone, Default, PartialEq)]
pub struct IncreaseStreamRetentionPeriodInput {
    /// The name of the stream to modify.
    pub stream_name: Option<String>,
    /// The new retention period of the stream, in hours. Must be more than the current retention period.
    pub retention_period_hours: i32,
    /// The ARN of the stream.
    pub stream_arn: Option<String>,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
}
rt::structure!(
    IncreaseStreamRetentionPeriodInput, INCREASE_STREAM_RETENTION_PERIOD_INPUT,
    [stream_name, retention_period_hours, stream_arn, stream_id]
);
/// The processing of the request failed because of an unknown error, exception, or failure.
#[derive(Clone, Default, PartialEq)]
pub struct InternalFailureException {
    pub message: Option<String>,
}
rt::structure!(InternalFailureException, INTERNAL_FAILURE_EXCEPTION, [message]);
/// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidArgumentException {
    /// A message that provides information about the error.
    pub message: Option<String>,
}
rt::structure!(InvalidArgumentException, INVALID_ARGUMENT_EXCEPTION, [message]);
/// The ciphertext references a key that doesn't exist or that you don't have access to.
#[derive(Clone, Default, PartialEq)]
pub struct KmsAccessDeniedException {
    /// A message that provides information about the error.
    pub message: Option<String>,
}
rt::structure!(KmsAccessDeniedException, KMS_ACCESS_DENIED_EXCEPTION, [message]);
/// The request was rejected because the specified KMS key isn't enabled.
#[derive(Clone, Default, PartialEq)]
pub struct KmsDisabledException {
    /// A message that provides information about the error.
    pub message: Option<String>,
}
rt::structure!(KmsDisabledException, KMS_DISABLED_EXCEPTION, [message]);
/// The request was rejected because the state of the specified resource isn't valid for this request. For more information, see [How Key State Affects Use of a Customer Master Key](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Amazon Web Services Key Management Service Developer Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct KmsInvalidStateException {
    /// A message that provides information about the error.
    pub message: Option<String>,
}
rt::structure!(KmsInvalidStateException, KMS_INVALID_STATE_EXCEPTION, [message]);
/// The request was rejected because the specified entity or resource can't be found.
#[derive(Clone, Default, PartialEq)]
pub struct KmsNotFoundException {
    /// A message that provides information about the error.
    pub message: Option<String>,
}
rt::structure!(KmsNotFoundException, KMS_NOT_FOUND_EXCEPTION, [message]);
/// The Amazon Web Services access key ID needs a subscription for the service.
#[derive(Clone, Default, PartialEq)]
pub struct KmsOptInRequired {
    /// A message that provides information about the error.
    pub message: Option<String>,
}
rt::structure!(KmsOptInRequired, KMS_OPT_IN_REQUIRED, [message]);
/// The request was denied due to request throttling. For more information about throttling, see [Limits](https://docs.aws.amazon.com/kms/latest/developerguide/limits.html#requests-per-second) in the *Amazon Web Services Key Management Service Developer Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct KmsThrottlingException {
    /// A message that provides information about the error.
    pub message: Option<String>,
}
rt::structure!(KmsThrottlingException, KMS_THROTTLING_EXCEPTION, [message]);
/// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
#[derive(Clone, Default, PartialEq)]
pub struct LimitExceededException {
    /// A message that provides information about the error.
    pub message: Option<String>,
}
rt::structure!(LimitExceededException, LIMIT_EXCEEDED_EXCEPTION, [message]);
#[derive(Clone, Default, PartialEq)]
pub struct ListChannelsInput {
    /// Filters the results to channels associated with the specified streams.
    pub stream_filter: Option<Vec<StreamFilter>>,
    /// The maximum number of channels to return in a single call. The default value is 100. If you specify a value greater than 100, at most 100 results are returned.
    pub max_results: Option<i32>,
    /// The pagination token returned by a previous call. Specify this token to retrieve the next page of results.
    pub next_token: Option<String>,
}
rt::structure!(
    ListChannelsInput, LIST_CHANNELS_INPUT, [stream_filter, max_results, next_token]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListChannelsOutput {
    /// A list of channel summaries.
    pub channel_summaries: Vec<ChannelSummary>,
    /// The pagination token to use in a subsequent call to retrieve the next page of results. This value is `null` when there are no more results to return.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListChannelsOutput, LIST_CHANNELS_OUTPUT, [channel_summaries, next_token], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListQueuesInput {
    /// The maximum number of queue summaries to return in one response. The response might contain fewer summaries than this value, and might contain a `NextToken` even when it contains fewer.
    pub max_results: Option<i32>,
    /// The `NextToken` returned by a previous `ListQueues` request. Use it to retrieve the next page of queue summaries.
    pub next_token: Option<String>,
    /// Lists only the queues created on the specified data stream.
    pub stream_filter: Option<Vec<QueueStreamFilter>>,
}
rt::structure!(
    ListQueuesInput, LIST_QUEUES_INPUT, [max_results, next_token, stream_filter]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListQueuesOutput {
    /// A summary of each queue that matched the request.
    pub queue_summaries: Vec<QueueSummary>,
    /// The token to pass to the next `ListQueues` request to retrieve the next page of queue summaries. This member is absent when no more queues are available.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListQueuesOutput, LIST_QUEUES_OUTPUT, [queue_summaries, next_token], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListShardsInput {
    /// The name of the data stream whose shards you want to list.
    ///
    /// You cannot specify this parameter if you specify the `NextToken` parameter.
    pub stream_name: Option<String>,
    /// When the number of shards in the data stream is greater than the default value for the `MaxResults` parameter, or if you explicitly specify a value for `MaxResults` that is less than the number of shards in the data stream, the response includes a pagination token named `NextToken`. You can specify this `NextToken` value in a subsequent call to `ListShards` to list the next set of shards.
    ///
    /// Don't specify `StreamName` or `StreamCreationTimestamp` if you specify `NextToken` because the latter unambiguously identifies the stream.
    ///
    /// You can optionally specify a value for the `MaxResults` parameter when you specify `NextToken`. If you specify a `MaxResults` value that is less than the number of shards that the operation returns if you don't specify `MaxResults`, the response will contain a new `NextToken` value. You can use the new `NextToken` value in a subsequent call to the `ListShards` operation.
    ///
    /// Tokens expire after 300 seconds. When you obtain a value for `NextToken` in the response to a call to `ListShards`, you have 300 seconds to use that value. If you specify an expired token in a call to `ListShards`, you get `ExpiredNextTokenException`.
    pub next_token: Option<String>,
    /// Specify this parameter to indicate that you want to list the shards starting with the shard whose ID immediately follows `ExclusiveStartShardId`.
    ///
    /// If you don't specify this parameter, the default behavior is for `ListShards` to list the shards starting with the first one in the stream.
    ///
    /// You cannot specify this parameter if you specify `NextToken`.
    pub exclusive_start_shard_id: Option<String>,
    /// The maximum number of shards to return in a single call to `ListShards`. The maximum number of shards to return in a single call. The default value is 1000. If you specify a value greater than 1000, at most 1000 results are returned.
    ///
    /// When the number of shards to be listed is greater than the value of `MaxResults`, the response contains a `NextToken` value that you can use in a subsequent call to `ListShards` to list the next set of shards.
    pub max_results: Option<i32>,
    /// Specify this input parameter to distinguish data streams that have the same name. For example, if you create a data stream and then delete it, and you later create another data stream with the same name, you can use this input parameter to specify which of the two streams you want to list the shards for.
    ///
    /// You cannot specify this parameter if you specify the `NextToken` parameter.
    pub stream_creation_timestamp: Option<rt::DateTime>,
    /// Enables you to filter out the response of the `ListShards` API. You can only specify one filter at a time.
    ///
    /// If you use the `ShardFilter` parameter when invoking the ListShards API, the `Type` is the required property and must be specified. If you specify the `AT\_TRIM\_HORIZON`, `FROM\_TRIM\_HORIZON`, or `AT\_LATEST` types, you do not need to specify either the `ShardId` or the `Timestamp` optional properties.
    ///
    /// If you specify the `AFTER\_SHARD\_ID` type, you must also provide the value for the optional `ShardId` property. The `ShardId` property is identical in fuctionality to the `ExclusiveStartShardId` parameter of the `ListShards` API. When `ShardId` property is specified, the response includes the shards starting with the shard whose ID immediately follows the `ShardId` that you provided.
    ///
    /// If you specify the `AT\_TIMESTAMP` or `FROM\_TIMESTAMP\_ID` type, you must also provide the value for the optional `Timestamp` property. If you specify the AT\_TIMESTAMP type, then all shards that were open at the provided timestamp are returned. If you specify the FROM\_TIMESTAMP type, then all shards starting from the provided timestamp to TIP are returned.
    pub shard_filter: Option<ShardFilter>,
    /// The ARN of the stream.
    pub stream_arn: Option<String>,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
}
rt::structure!(
    ListShardsInput, LIST_SHARDS_INPUT, [stream_name, next_token,
    exclusive_start_shard_id, max_results, stream_creation_timestamp, shard_filter,
    stream_arn, stream_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListShardsOutput {
    /// An array of JSON objects. Each object represents one shard and specifies the IDs of the shard, the shard's parent, and the shard that's adjacent to the shard's parent. Each object also contains the starting and ending hash keys and the starting and ending sequence numbers for the shard.
    pub shards: Option<Vec<Shard>>,
    /// When the number of shards in the data stream is greater than the default value for the `MaxResults` parameter, or if you explicitly specify a value for `MaxResults` that is less than the number of shards in the data stream, the response includes a pagination token named `NextToken`. You can specify this `NextToken` value in a subsequent call to `ListShards` to list the next set of shards. For more information about the use of this pagination token when calling the `ListShards` operation, see ListShardsInput$NextToken.
    ///
    /// Tokens expire after 300 seconds. When you obtain a value for `NextToken` in the response to a call to `ListShards`, you have 300 seconds to use that value. If you specify an expired token in a call to `ListShards`, you get `ExpiredNextTokenException`.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListShardsOutput, LIST_SHARDS_OUTPUT, [shards, next_token], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListStreamConsumersInput {
    /// The ARN of the Kinesis data stream for which you want to list the registered consumers. For more information, see [Amazon Resource Names (ARNs) and Amazon Web Services Service Namespaces](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html#arn-syntax-kinesis-streams).
    pub stream_arn: String,
    /// When the number of consumers that are registered with the data stream is greater than the default value for the `MaxResults` parameter, or if you explicitly specify a value for `MaxResults` that is less than the number of consumers that are registered with the data stream, the response includes a pagination token named `NextToken`. You can specify this `NextToken` value in a subsequent call to `ListStreamConsumers` to list the next set of registered consumers.
    ///
    /// Don't specify `StreamName` or `StreamCreationTimestamp` if you specify `NextToken` because the latter unambiguously identifies the stream.
    ///
    /// You can optionally specify a value for the `MaxResults` parameter when you specify `NextToken`. If you specify a `MaxResults` value that is less than the number of consumers that the operation returns if you don't specify `MaxResults`, the response will contain a new `NextToken` value. You can use the new `NextToken` value in a subsequent call to the `ListStreamConsumers` operation to list the next set of consumers.
    ///
    /// Tokens expire after 300 seconds. When you obtain a value for `NextToken` in the response to a call to `ListStreamConsumers`, you have 300 seconds to use that value. If you specify an expired token in a call to `ListStreamConsumers`, you get `ExpiredNextTokenException`.
    pub next_token: Option<String>,
    /// The maximum number of consumers that you want a single call of `ListStreamConsumers` to return. The default value is 100. If you specify a value greater than 100, at most 100 results are returned.
    pub max_results: Option<i32>,
    /// Specify this input parameter to distinguish data streams that have the same name. For example, if you create a data stream and then delete it, and you later create another data stream with the same name, you can use this input parameter to specify which of the two streams you want to list the consumers for.
    ///
    /// You can't specify this parameter if you specify the NextToken parameter.
    pub stream_creation_timestamp: Option<rt::DateTime>,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
}
rt::structure!(
    ListStreamConsumersInput, LIST_STREAM_CONSUMERS_INPUT, [stream_arn, next_token,
    max_results, stream_creation_timestamp, stream_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListStreamConsumersOutput {
    /// An array of JSON objects. Each object represents one registered consumer.
    pub consumers: Option<Vec<Consumer>>,
    /// When the number of consumers that are registered with the data stream is greater than the default value for the `MaxResults` parameter, or if you explicitly specify a value for `MaxResults` that is less than the number of registered consumers, the response includes a pagination token named `NextToken`. You can specify this `NextToken` value in a subsequent call to `ListStreamConsumers` to list the next set of registered consumers. For more information about the use of this pagination token when calling the `ListStreamConsumers` operation, see ListStreamConsumersInput$NextToken.
    ///
    /// Tokens expire after 300 seconds. When you obtain a value for `NextToken` in the response to a call to `ListStreamConsumers`, you have 300 seconds to use that value. If you specify an expired token in a call to `ListStreamConsumers`, you get `ExpiredNextTokenException`.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListStreamConsumersOutput, LIST_STREAM_CONSUMERS_OUTPUT, [consumers, next_token],
    meta = response_metadata
);
/// Represents the input for `ListStreams`.
#[derive(Clone, Default, PartialEq)]
pub struct ListStreamsInput {
    /// The maximum number of streams to list. The default value is 100. If you specify a value greater than 100, at most 100 results are returned.
    pub limit: Option<i32>,
    /// The name of the stream to start the list with.
    pub exclusive_start_stream_name: Option<String>,
    pub next_token: Option<String>,
}
rt::structure!(
    ListStreamsInput, LIST_STREAMS_INPUT, [limit, exclusive_start_stream_name,
    next_token]
);
/// Represents the output for `ListStreams`.
#[derive(Clone, Default, PartialEq)]
pub struct ListStreamsOutput {
    /// The names of the streams that are associated with the Amazon Web Services account making the `ListStreams` request.
    pub stream_names: Vec<String>,
    /// If set to `true`, there are more streams available to list.
    pub has_more_streams: bool,
    pub next_token: Option<String>,
    pub stream_summaries: Option<Vec<StreamSummary>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListStreamsOutput, LIST_STREAMS_OUTPUT, [stream_names, has_more_streams, next_token,
    stream_summaries], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListTagsForResourceInput {
    /// The Amazon Resource Name (ARN) of the Kinesis resource for which to list tags.
    pub resource_arn: String,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
}
rt::structure!(
    ListTagsForResourceInput, LIST_TAGS_FOR_RESOURCE_INPUT, [resource_arn, stream_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListTagsForResourceOutput {
    /// An array of tags associated with the specified Kinesis resource.
    pub tags: Option<Vec<Tag>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListTagsForResourceOutput, LIST_TAGS_FOR_RESOURCE_OUTPUT, [tags], meta =
    response_metadata
);
/// Represents the input for `ListTagsForStream`.
#[derive(Clone, Default, PartialEq)]
pub struct ListTagsForStreamInput {
    /// The name of the stream.
    pub stream_name: Option<String>,
    /// The key to use as the starting point for the list of tags. If this parameter is set, `ListTagsForStream` gets all tags that occur after `ExclusiveStartTagKey`.
    pub exclusive_start_tag_key: Option<String>,
    /// The number of tags to return. If this number is less than the total number of tags associated with the stream, `HasMoreTags` is set to `true`. To list additional tags, set `ExclusiveStartTagKey` to the last key in the response.
    pub limit: Option<i32>,
    /// The ARN of the stream.
    pub stream_arn: Option<String>,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
}
rt::structure!(
    ListTagsForStreamInput, LIST_TAGS_FOR_STREAM_INPUT, [stream_name,
    exclusive_start_tag_key, limit, stream_arn, stream_id]
);
/// Represents the output for `ListTagsForStream`.
#[derive(Clone, Default, PartialEq)]
pub struct ListTagsForStreamOutput {
    /// A list of tags associated with `StreamName`, starting with the first tag after `ExclusiveStartTagKey` and up to the specified `Limit`.
    pub tags: Vec<Tag>,
    /// If set to `true`, more tags are available. To request additional tags, set `ExclusiveStartTagKey` to the key of the last tag returned.
    pub has_more_tags: bool,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListTagsForStreamOutput, LIST_TAGS_FOR_STREAM_OUTPUT, [tags, has_more_tags], meta =
    response_metadata
);
/// Represents the input for `MergeShards`.
#[derive(Clone, Default, PartialEq)]
pub struct MergeShardsInput {
    /// The name of the stream for the merge.
    pub stream_name: Option<String>,
    /// The shard ID of the shard to combine with the adjacent shard for the merge.
    pub shard_to_merge: String,
    /// The shard ID of the adjacent shard for the merge.
    pub adjacent_shard_to_merge: String,
    /// The ARN of the stream.
    pub stream_arn: Option<String>,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
}
rt::structure!(
    MergeShardsInput, MERGE_SHARDS_INPUT, [stream_name, shard_to_merge,
    adjacent_shard_to_merge, stream_arn, stream_id]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MetricsName {
    /// `IncomingBytes`
    IncomingBytes,
    /// `IncomingRecords`
    IncomingRecords,
    /// `OutgoingBytes`
    OutgoingBytes,
    /// `OutgoingRecords`
    OutgoingRecords,
    /// `WriteProvisionedThroughputExceeded`
    WriteProvisionedThroughputExceeded,
    /// `ReadProvisionedThroughputExceeded`
    ReadProvisionedThroughputExceeded,
    /// `IteratorAgeMilliseconds`
    IteratorAgeMilliseconds,
    /// `ALL`
    All,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    MetricsName, { IncomingBytes => "IncomingBytes", IncomingRecords =>
    "IncomingRecords", OutgoingBytes => "OutgoingBytes", OutgoingRecords =>
    "OutgoingRecords", WriteProvisionedThroughputExceeded =>
    "WriteProvisionedThroughputExceeded", ReadProvisionedThroughputExceeded =>
    "ReadProvisionedThroughputExceeded", IteratorAgeMilliseconds =>
    "IteratorAgeMilliseconds", All => "ALL" }
);
/// Represents the request parameters for configuring minimum throughput billing commitment.
///
/// - Minimum throughput billing commitments provide cost savings on on-demand data streams in exchange for committing to a minimum level of throughput usage.
///
/// - Commitments have a minimum duration of 24 hours that must be honored before they can be disabled.
///
/// - If you attempt to disable a commitment before the minimum commitment period ends, the commitment will be scheduled for automatic disable at the earliest allowed end time.
///
/// - You can cancel a pending disable by enabling the commitment again before the earliest allowed end time.
#[derive(Clone, Default, PartialEq)]
pub struct MinimumThroughputBillingCommitmentInput {
    /// The desired status of the minimum throughput billing commitment.
    pub status: MinimumThroughputBillingCommitmentInputStatus,
}
rt::structure!(
    MinimumThroughputBillingCommitmentInput, MINIMUM_THROUGHPUT_BILLING_COMMITMENT_INPUT,
    [status]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MinimumThroughputBillingCommitmentInputStatus {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    MinimumThroughputBillingCommitmentInputStatus, { Enabled => "ENABLED", Disabled =>
    "DISABLED" }
);
/// Represents the current status of minimum throughput billing commitment for an account.
#[derive(Clone, Default, PartialEq)]
pub struct MinimumThroughputBillingCommitmentOutput {
    /// The current status of the minimum throughput billing commitment.
    pub status: MinimumThroughputBillingCommitmentOutputStatus,
    /// The timestamp when the commitment was started.
    pub started_at: Option<rt::DateTime>,
    /// The timestamp when the commitment was ended.
    pub ended_at: Option<rt::DateTime>,
    /// The earliest timestamp when the commitment can be ended.
    pub earliest_allowed_end_at: Option<rt::DateTime>,
}
rt::structure!(
    MinimumThroughputBillingCommitmentOutput,
    MINIMUM_THROUGHPUT_BILLING_COMMITMENT_OUTPUT, [status, started_at, ended_at,
    earliest_allowed_end_at]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MinimumThroughputBillingCommitmentOutputStatus {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// `ENABLED_UNTIL_EARLIEST_ALLOWED_END`
    EnabledUntilEarliestAllowedEnd,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    MinimumThroughputBillingCommitmentOutputStatus, { Enabled => "ENABLED", Disabled =>
    "DISABLED", EnabledUntilEarliestAllowedEnd => "ENABLED_UNTIL_EARLIEST_ALLOWED_END" }
);
/// Specifies a single partition field.
#[derive(Clone, Default, PartialEq)]
pub struct PartitionField {
    /// The partition transform to apply. The only valid value is `TIME\_HOUR`.
    pub transform: PartitionTransform,
    /// The name of the source column used for partitioning. This column must be of the `timestamptz` type.
    pub source_name: String,
}
rt::structure!(PartitionField, PARTITION_FIELD, [transform, source_name]);
/// Specifies how the destination table is partitioned.
#[derive(Clone, Default, PartialEq)]
pub struct PartitionSpec {
    /// The list of partition fields.
    pub partition_fields: Vec<PartitionField>,
}
rt::structure!(PartitionSpec, PARTITION_SPEC, [partition_fields]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PartitionTransform {
    /// `TIME_HOUR`
    TimeHour,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(PartitionTransform, { TimeHour => "TIME_HOUR" });
/// The request rate for the stream is too high, or the requested data is too large for the available throughput. Reduce the frequency or size of your requests. For more information, see [Streams Limits](https://docs.aws.amazon.com/kinesis/latest/dev/service-sizes-and-limits.html) in the *Amazon Kinesis Data Streams Developer Guide*, and [Error Retries and Exponential Backoff in Amazon Web Services](https://docs.aws.amazon.com/general/latest/gr/api-retries.html) in the *Amazon Web Services General Reference*.
#[derive(Clone, Default, PartialEq)]
pub struct ProvisionedThroughputExceededException {
    /// A message that provides information about the error.
    pub message: Option<String>,
}
rt::structure!(
    ProvisionedThroughputExceededException, PROVISIONED_THROUGHPUT_EXCEEDED_EXCEPTION,
    [message]
);
/// Represents the input for `PutRecord`.
#[derive(Clone, Default, PartialEq)]
pub struct PutRecordInput {
    /// The name of the stream to put the data record into.
    pub stream_name: Option<String>,
    /// The data blob to put into the record, which is base64-encoded when the blob is serialized. When the data blob (the payload before base64-encoding) is added to the partition key size, the total size must not exceed the maximum record size (10 MiB).
    pub data: Vec<u8>,
    /// Determines which shard in the stream the data record is assigned to. Partition keys are Unicode strings with a maximum length limit of 256 characters for each key. Amazon Kinesis Data Streams uses the partition key as input to a hash function that maps the partition key and associated data to a specific shard. Specifically, an MD5 hash function is used to map partition keys to 128-bit integer values and to map associated data records to shards. As a result of this hashing mechanism, all data records with the same partition key map to the same shard within the stream.
    ///
    /// If the stream uses the `USER\_PARTITION\_KEY` record distribution strategy (the default), a partition key is required. If the stream uses the `AUTO` record distribution strategy, the partition key is optional and any value you provide is ignored, along with any `ExplicitHashKey` you provide. In that case, Amazon Kinesis Data Streams distributes the record across shards using service-managed algorithms. For more information, see `UpdateStreamRecordDistributionStrategy`.
    pub partition_key: Option<String>,
    /// The hash value used to explicitly determine the shard the data record is assigned to by overriding the partition key hash.
    pub explicit_hash_key: Option<String>,
    /// Guarantees strictly increasing sequence numbers, for puts from the same client and to the same partition key. Usage: set the `SequenceNumberForOrdering` of record *n* to the sequence number of record *n-1* (as returned in the result when putting record *n-1*). If this parameter is not set, records are coarsely ordered based on arrival time.
    pub sequence_number_for_ordering: Option<String>,
    /// The ARN of the stream.
    pub stream_arn: Option<String>,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    pub dry_run: Option<bool>,
}
rt::structure!(
    PutRecordInput, PUT_RECORD_INPUT, [stream_name, data, partition_key,
    explicit_hash_key, sequence_number_for_ordering, stream_arn, stream_id, dry_run]
);
/// Represents the output for `PutRecord`.
#[derive(Clone, Default, PartialEq)]
pub struct PutRecordOutput {
    /// The shard ID of the shard where the data record was placed.
    pub shard_id: String,
    /// The sequence number identifier that was assigned to the put data record. The sequence number for the record is unique across all records in the stream. A sequence number is the identifier associated with every record put into the stream.
    pub sequence_number: String,
    /// The encryption type to use on the record. This parameter can be one of the following values:
    ///
    /// - `NONE`: Do not encrypt the records in the stream.
    ///
    /// - `KMS`: Use server-side encryption on the records in the stream using a customer-managed Amazon Web Services KMS key.
    pub encryption_type: Option<EncryptionType>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    PutRecordOutput, PUT_RECORD_OUTPUT, [shard_id, sequence_number, encryption_type],
    meta = response_metadata
);
/// A `PutRecords` request.
#[derive(Clone, Default, PartialEq)]
pub struct PutRecordsInput {
    /// The records associated with the request.
    pub records: Vec<PutRecordsRequestEntry>,
    /// The stream name associated with the request.
    pub stream_name: Option<String>,
    /// The ARN of the stream.
    pub stream_arn: Option<String>,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    pub dry_run: Option<bool>,
}
rt::structure!(
    PutRecordsInput, PUT_RECORDS_INPUT, [records, stream_name, stream_arn, stream_id,
    dry_run]
);
/// `PutRecords` results.
#[derive(Clone, Default, PartialEq)]
pub struct PutRecordsOutput {
    /// The number of unsuccessfully processed records in a `PutRecords` request.
    pub failed_record_count: Option<i32>,
    /// An array of successfully and unsuccessfully processed record results. A record that is successfully added to a stream includes `SequenceNumber` and `ShardId` in the result. A record that fails to be added to a stream includes `ErrorCode` and `ErrorMessage` in the result.
    pub records: Vec<PutRecordsResultEntry>,
    /// The encryption type used on the records. This parameter can be one of the following values:
    ///
    /// - `NONE`: Do not encrypt the records.
    ///
    /// - `KMS`: Use server-side encryption on the records using a customer-managed Amazon Web Services KMS key.
    pub encryption_type: Option<EncryptionType>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    PutRecordsOutput, PUT_RECORDS_OUTPUT, [failed_record_count, records,
    encryption_type], meta = response_metadata
);
/// Represents the output for `PutRecords`.
#[derive(Clone, Default, PartialEq)]
pub struct PutRecordsRequestEntry {
    /// The data blob to put into the record, which is base64-encoded when the blob is serialized. When the data blob (the payload before base64-encoding) is added to the partition key size, the total size must not exceed the maximum record size (10 MiB).
    pub data: Vec<u8>,
    /// The hash value used to determine explicitly the shard that the data record is assigned to by overriding the partition key hash.
    pub explicit_hash_key: Option<String>,
    /// Determines which shard in the stream the data record is assigned to. Partition keys are Unicode strings with a maximum length limit of 256 characters for each key. Amazon Kinesis Data Streams uses the partition key as input to a hash function that maps the partition key and associated data to a specific shard. Specifically, an MD5 hash function is used to map partition keys to 128-bit integer values and to map associated data records to shards. As a result of this hashing mechanism, all data records with the same partition key map to the same shard within the stream.
    ///
    /// If the stream uses the `USER\_PARTITION\_KEY` record distribution strategy (the default), a partition key is required for each record. If the stream uses the `AUTO` record distribution strategy, the partition key is optional and any value you provide is ignored, along with any `ExplicitHashKey` you provide. In that case, Amazon Kinesis Data Streams distributes records across shards using service-managed algorithms. For more information, see `UpdateStreamRecordDistributionStrategy`.
    pub partition_key: Option<String>,
}
rt::structure!(
    PutRecordsRequestEntry, PUT_RECORDS_REQUEST_ENTRY, [data, explicit_hash_key,
    partition_key]
);
/// Represents the result of an individual record from a `PutRecords` request. A record that is successfully added to a stream includes `SequenceNumber` and `ShardId` in the result. A record that fails to be added to the stream includes `ErrorCode` and `ErrorMessage` in the result.
#[derive(Clone, Default, PartialEq)]
pub struct PutRecordsResultEntry {
    /// The sequence number for an individual record result.
    pub sequence_number: Option<String>,
    /// The shard ID for an individual record result.
    pub shard_id: Option<String>,
    /// The error code for an individual record result. `ErrorCodes` can be either `ProvisionedThroughputExceededException` or `InternalFailure`.
    pub error_code: Option<String>,
    /// The error message for an individual record result. An `ErrorCode` value of `ProvisionedThroughputExceededException` has an error message that includes the account ID, stream name, and shard ID. An `ErrorCode` value of `InternalFailure` has the error message `"Internal Service Failure"`.
    pub error_message: Option<String>,
}
rt::structure!(
    PutRecordsResultEntry, PUT_RECORDS_RESULT_ENTRY, [sequence_number, shard_id,
    error_code, error_message]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutResourcePolicyInput {
    /// The Amazon Resource Name (ARN) of a data stream, a queue, or an enhanced fan-out consumer.
    pub resource_arn: String,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
    /// Details of the resource policy. It must include the identity of the principal and the actions allowed on this resource. This is formatted as a JSON string.
    pub policy: String,
}
rt::structure!(
    PutResourcePolicyInput, PUT_RESOURCE_POLICY_INPUT, [resource_arn, stream_id, policy]
);
/// The configuration attributes for a queue.
#[derive(Clone, Default, PartialEq)]
pub struct QueueAttributes {
    /// The duration, in seconds, that a record is in flight and not visible to any consumer instance after it is received. A record that is not acknowledged before this duration elapses becomes visible in the queue again and can be received by any consumer instance. If you omit this attribute when you create a queue, the queue uses 30 seconds.
    pub visibility_timeout_seconds: Option<i32>,
    /// The dead-letter handling configuration for the queue. If you omit this attribute, dead-letter handling is enabled with a `MaxReceiveCount` of 6. If you specify it with a `TargetType` of `BUILT\_IN`, you must also specify `MaxReceiveCount`.
    pub dead_letter_configuration: Option<DeadLetterConfiguration>,
}
rt::structure!(
    QueueAttributes, QUEUE_ATTRIBUTES, [visibility_timeout_seconds,
    dead_letter_configuration]
);
/// A description of a queue. Returned by CreateQueue, UpdateQueue, and DescribeQueue.
#[derive(Clone, Default, PartialEq)]
pub struct QueueDescription {
    /// The name of the queue.
    pub queue_name: String,
    /// The ARN of the queue. The resource identifier in the ARN is generated when the queue is created and is not derived from `QueueName`. Use the returned `QueueARN` to identify the queue in subsequent requests.
    pub queue_arn: String,
    /// The current status of the queue.
    pub queue_status: QueueStatus,
    /// The time the queue was created.
    pub queue_creation_timestamp: rt::DateTime,
    /// The data stream the queue delivers records from, and the position in that stream where delivery begins. The list contains exactly one entry, because a queue delivers records from a single data stream.
    pub stream_configuration_list: Vec<QueueStreamConfiguration>,
    /// The configuration attributes of the queue.
    pub queue_attributes: Option<QueueAttributes>,
}
rt::structure!(
    QueueDescription, QUEUE_DESCRIPTION, [queue_name, queue_arn, queue_status,
    queue_creation_timestamp, stream_configuration_list, queue_attributes]
);
/// A data stream record, as delivered through a queue.
#[derive(Clone, Default, PartialEq)]
pub struct QueueRecord {
    /// The identifier you use to acknowledge this record, change its visibility, or restore it after it becomes a dead-letter record. A new receipt handle is issued each time the record is received.
    pub receipt_handle: String,
    /// The unique identifier of the record. This value stays the same across every delivery of the record, and it is the same in every queue on the stream that delivers the record. To identify a single delivery, use `ReceiptHandle` instead.
    pub record_id: String,
    /// The partition key the record was written to the data stream with.
    pub partition_key: Option<String>,
    /// The data blob of the record. Amazon Kinesis Data Streams does not inspect, interpret, or change the data.
    pub data: Vec<u8>,
    /// The approximate time the record arrived in the data stream. The difference between this value and the current time is how long the record took to reach your queue consumer.
    pub approximate_arrival_timestamp: rt::DateTime,
    /// The approximate time the record was first received from the queue.
    pub first_receive_timestamp: rt::DateTime,
    /// The number of times this record has been received without being acknowledged.
    pub receive_count: i32,
}
rt::structure!(
    QueueRecord, QUEUE_RECORD, [receipt_handle, record_id, partition_key, data,
    approximate_arrival_timestamp, first_receive_timestamp, receive_count]
);
/// The position in a data stream from which a queue begins delivering records.
#[derive(Clone, Default, PartialEq)]
pub struct QueueStartingPosition {
    /// You can set the starting position to one of the following values:
    ///
    /// `LATEST`: Delivers records that arrive after you create the queue. This is the default.
    ///
    /// `TRIM\_HORIZON`: Start delivering at the last untrimmed record in the stream, which is the oldest record the stream still retains.
    ///
    /// `AT\_TIMESTAMP`: Delivers records that arrive at or after a time stamp that you provide.
    pub r#type: QueueStartingPositionType,
    /// The approximate time from which the queue begins delivering records. Records that arrive at approximately this time or later are delivered.
    ///
    /// In a request, specify this value only when `Type` is `AT\_TIMESTAMP`. It is required in that case, and specifying it for any other type returns a `ValidationException`.
    ///
    /// In a response, this value is approximate and reflects the queue's effective starting position. While the queue is `CREATING`, the response echoes what you configured: for `AT\_TIMESTAMP`, the timestamp you provided, and for `TRIM\_HORIZON` and `LATEST`, this member is absent because the effective position is not yet determined. Once the queue is `ACTIVE`, the response always includes this member. For `AT\_TIMESTAMP`, it is the timestamp you provided or the earliest time the stream can be read from, whichever is later.
    pub timestamp: Option<rt::DateTime>,
}
rt::structure!(QueueStartingPosition, QUEUE_STARTING_POSITION, [r#type, timestamp]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum QueueStartingPositionType {
    /// `TRIM_HORIZON`
    TrimHorizon,
    /// `LATEST`
    Latest,
    /// `AT_TIMESTAMP`
    AtTimestamp,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    QueueStartingPositionType, { TrimHorizon => "TRIM_HORIZON", Latest => "LATEST",
    AtTimestamp => "AT_TIMESTAMP" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum QueueStatus {
    /// `CREATING`
    Creating,
    /// `ACTIVE`
    Active,
    /// `UPDATING`
    Updating,
    /// `DELETING`
    Deleting,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    QueueStatus, { Creating => "CREATING", Active => "ACTIVE", Updating => "UPDATING",
    Deleting => "DELETING" }
);
/// The data stream a queue delivers records from, and the position in that stream where delivery begins.
#[derive(Clone, Default, PartialEq)]
pub struct QueueStreamConfiguration {
    /// The ARN of the data stream.
    pub stream_arn: String,
    /// The position in the stream from which the queue begins delivering records. The default is `LATEST`.
    pub starting_position: Option<QueueStartingPosition>,
}
rt::structure!(
    QueueStreamConfiguration, QUEUE_STREAM_CONFIGURATION, [stream_arn, starting_position]
);
/// Filters the queues returned by ListQueues to those created on a particular data stream.
#[derive(Clone, Default, PartialEq)]
pub struct QueueStreamFilter {
    /// The ARN of the data stream to filter on.
    pub stream_arn: String,
    /// The time the data stream was created. Specify this value to distinguish between a deleted stream and a stream that was recreated with the same name.
    pub stream_creation_timestamp: Option<rt::DateTime>,
}
rt::structure!(
    QueueStreamFilter, QUEUE_STREAM_FILTER, [stream_arn, stream_creation_timestamp]
);
/// Identifies a data stream associated with a queue.
#[derive(Clone, Default, PartialEq)]
pub struct QueueStreamIdentifier {
    /// The ARN of the data stream.
    pub stream_arn: String,
    /// The time the data stream was created.
    pub stream_creation_timestamp: rt::DateTime,
}
rt::structure!(
    QueueStreamIdentifier, QUEUE_STREAM_IDENTIFIER, [stream_arn,
    stream_creation_timestamp]
);
/// A summary of a queue. Returned by ListQueues. To retrieve a queue's configuration attributes, use DescribeQueue.
#[derive(Clone, Default, PartialEq)]
pub struct QueueSummary {
    /// The name of the queue.
    pub queue_name: String,
    /// The ARN of the queue.
    pub queue_arn: String,
    /// The current status of the queue.
    pub queue_status: QueueStatus,
    /// The time the queue was created.
    pub queue_creation_timestamp: rt::DateTime,
    /// The data stream the queue delivers records from.
    pub streams: Vec<QueueStreamIdentifier>,
}
rt::structure!(
    QueueSummary, QUEUE_SUMMARY, [queue_name, queue_arn, queue_status,
    queue_creation_timestamp, streams]
);
#[derive(Clone, Default, PartialEq)]
pub struct ReceiveDeadLetterQueueRecordsInput {
    /// The ARN of the queue whose dead-letter records are received.
    pub queue_arn: String,
    /// The maximum number of records to return. The queue never returns more dead-letter records than this value, and might return fewer. The default is 10.
    pub limit: Option<i32>,
    /// The duration, in seconds, that the call waits for a record to become visible before returning. The default is 9.
    pub wait_time_seconds: Option<i32>,
    /// The duration, in seconds, that the records returned by this request are in flight and not visible to any consumer instance. If you do not specify this value, the queue's visibility timeout is used.
    pub visibility_timeout_seconds: Option<i32>,
}
rt::structure!(
    ReceiveDeadLetterQueueRecordsInput, RECEIVE_DEAD_LETTER_QUEUE_RECORDS_INPUT,
    [queue_arn, limit, wait_time_seconds, visibility_timeout_seconds]
);
#[derive(Clone, Default, PartialEq)]
pub struct ReceiveDeadLetterQueueRecordsOutput {
    /// The dead-letter records received from the queue. This list is empty when no dead-letter records are visible.
    pub queue_records: Vec<QueueRecord>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ReceiveDeadLetterQueueRecordsOutput, RECEIVE_DEAD_LETTER_QUEUE_RECORDS_OUTPUT,
    [queue_records], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ReceiveQueueRecordsInput {
    /// The ARN of the queue to receive records from.
    pub queue_arn: String,
    /// The maximum number of records to return. The queue never returns more records than this value, and might return fewer. The default is 10.
    pub limit: Option<i32>,
    /// The duration, in seconds, that the call waits for a record to become visible before returning. The default is 9.
    pub wait_time_seconds: Option<i32>,
    /// The duration, in seconds, that the records returned by this request are in flight and not visible to any consumer instance. If you do not specify this value, the queue's visibility timeout is used.
    pub visibility_timeout_seconds: Option<i32>,
}
rt::structure!(
    ReceiveQueueRecordsInput, RECEIVE_QUEUE_RECORDS_INPUT, [queue_arn, limit,
    wait_time_seconds, visibility_timeout_seconds]
);
#[derive(Clone, Default, PartialEq)]
pub struct ReceiveQueueRecordsOutput {
    /// The records received from the queue. This list is empty when no records are visible.
    pub queue_records: Vec<QueueRecord>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ReceiveQueueRecordsOutput, RECEIVE_QUEUE_RECORDS_OUTPUT, [queue_records], meta =
    response_metadata
);
/// The unit of data of the Kinesis data stream, which is composed of a sequence number, a partition key, and a data blob.
#[derive(Clone, Default, PartialEq)]
pub struct Record {
    /// The unique identifier of the record within its shard.
    pub sequence_number: String,
    /// The approximate time that the record was inserted into the stream.
    pub approximate_arrival_timestamp: Option<rt::DateTime>,
    /// The data blob. The data in the blob is both opaque and immutable to Kinesis Data Streams, which does not inspect, interpret, or change the data in the blob in any way. When the data blob (the payload before base64-encoding) is added to the partition key size, the total size must not exceed the maximum record size (10 MiB).
    pub data: Vec<u8>,
    /// Identifies which shard in the stream the data record is assigned to.
    ///
    /// For a stream that uses the `AUTO` record distribution strategy, this value is not returned if the producer did not provide a partition key when writing the record. If the producer provided a partition key, the original value is returned even though it was not used to determine shard placement.
    pub partition_key: Option<String>,
    /// The encryption type used on the record. This parameter can be one of the following values:
    ///
    /// - `NONE`: Do not encrypt the records in the stream.
    ///
    /// - `KMS`: Use server-side encryption on the records in the stream using a customer-managed Amazon Web Services KMS key.
    pub encryption_type: Option<EncryptionType>,
}
rt::structure!(
    Record, RECORD, [sequence_number, approximate_arrival_timestamp, data, partition_key,
    encryption_type]
);
/// Specifies the format of records read from the source stream.
#[derive(Clone, Default, PartialEq)]
pub struct RecordConfiguration {
    /// The format of records on the source stream. Valid values:
    ///
    /// - `GSR\_JSON` - Supported only for streaming table (Amazon S3 Tables) destinations.
    ///
    /// - `JSON` - Supported for both general purpose Amazon S3 and streaming table destinations.
    ///
    /// - `STRING` - Supported only for general purpose Amazon S3 destinations.
    ///
    /// - `BYTE\_ARRAY` - Supported only for general purpose Amazon S3 destinations.
    pub record_format_type: RecordFormatType,
    /// The Amazon Resource Name (ARN) of the Amazon Web Services Glue Schema Registry schema used to validate records. Required when the channel destination is a streaming table.
    pub gsr_schema_arn: Option<String>,
}
rt::structure!(
    RecordConfiguration, RECORD_CONFIGURATION, [record_format_type, gsr_schema_arn]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RecordDistributionStrategy {
    /// `AUTO`
    Auto,
    /// `USER_PARTITION_KEY`
    UserPartitionKey,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    RecordDistributionStrategy, { Auto => "AUTO", UserPartitionKey =>
    "USER_PARTITION_KEY" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RecordFormatType {
    /// `GSR_JSON`
    GsrJson,
    /// `JSON`
    Json,
    /// `STRING`
    String,
    /// `BYTE_ARRAY`
    ByteArray,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    RecordFormatType, { GsrJson => "GSR_JSON", Json => "JSON", String => "STRING",
    ByteArray => "BYTE_ARRAY" }
);
#[derive(Clone, Default, PartialEq)]
pub struct RegisterStreamConsumerInput {
    /// The ARN of the Kinesis data stream that you want to register the consumer with. For more info, see [Amazon Resource Names (ARNs) and Amazon Web Services Service Namespaces](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html#arn-syntax-kinesis-streams).
    pub stream_arn: String,
    /// For a given Kinesis data stream, each consumer must have a unique name. However, consumer names don't have to be unique across data streams.
    pub consumer_name: String,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
    /// A set of up to 50 key-value pairs. A tag consists of a required key and an optional value.
    pub tags: Option<rt::IndexMap<String, String>>,
}
rt::structure!(
    RegisterStreamConsumerInput, REGISTER_STREAM_CONSUMER_INPUT, [stream_arn,
    consumer_name, stream_id, tags]
);
#[derive(Clone, Default, PartialEq)]
pub struct RegisterStreamConsumerOutput {
    /// An object that represents the details of the consumer you registered. When you register a consumer, it gets an ARN that is generated by Kinesis Data Streams.
    pub consumer: Consumer,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    RegisterStreamConsumerOutput, REGISTER_STREAM_CONSUMER_OUTPUT, [consumer], meta =
    response_metadata
);
/// Represents the input for `RemoveTagsFromStream`.
#[derive(Clone, Default, PartialEq)]
pub struct RemoveTagsFromStreamInput {
    /// The name of the stream.
    pub stream_name: Option<String>,
    /// A list of tag keys. Each corresponding tag is removed from the stream.
    pub tag_keys: Vec<String>,
    /// The ARN of the stream.
    pub stream_arn: Option<String>,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
}
rt::structure!(
    RemoveTagsFromStreamInput, REMOVE_TAGS_FROM_STREAM_INPUT, [stream_name, tag_keys,
    stream_arn, stream_id]
);
/// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
#[derive(Clone, Default, PartialEq)]
pub struct ResourceInUseException {
    /// A message that provides information about the error.
    pub message: Option<String>,
}
rt::structure!(ResourceInUseException, RESOURCE_IN_USE_EXCEPTION, [message]);
/// The requested resource could not be found. The stream might not be specified correctly.
#[derive(Clone, Default, PartialEq)]
pub struct ResourceNotFoundException {
    /// A message that provides information about the error.
    pub message: Option<String>,
}
rt::structure!(ResourceNotFoundException, RESOURCE_NOT_FOUND_EXCEPTION, [message]);
/// A dead-letter record that was not restored, and why.
#[derive(Clone, Default, PartialEq)]
pub struct RestoreDeadLetterQueueRecordsErrorEntry {
    /// The receipt handle of the record that was not restored.
    pub receipt_handle: String,
    /// A code identifying the type of failure. One of `ResourceNotFoundException`, `InvalidArgumentException`, `ThrottlingException`, or `InternalFailureException`.
    pub error_code: String,
    /// A description of the cause of the failure.
    pub error_message: Option<String>,
}
rt::structure!(
    RestoreDeadLetterQueueRecordsErrorEntry,
    RESTORE_DEAD_LETTER_QUEUE_RECORDS_ERROR_ENTRY, [receipt_handle, error_code,
    error_message]
);
#[derive(Clone, Default, PartialEq)]
pub struct RestoreDeadLetterQueueRecordsInput {
    /// The ARN of the queue whose dead-letter records are restored.
    pub queue_arn: String,
    /// The dead-letter records to restore, identified by their receipt handles.
    pub entries: Vec<RestoreDeadLetterQueueRecordsRequestEntry>,
}
rt::structure!(
    RestoreDeadLetterQueueRecordsInput, RESTORE_DEAD_LETTER_QUEUE_RECORDS_INPUT,
    [queue_arn, entries]
);
#[derive(Clone, Default, PartialEq)]
pub struct RestoreDeadLetterQueueRecordsOutput {
    /// The records that were restored.
    pub successful: Vec<RestoreDeadLetterQueueRecordsResultEntry>,
    /// The records that were not restored, each with the reason the entry failed.
    pub failed: Vec<RestoreDeadLetterQueueRecordsErrorEntry>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    RestoreDeadLetterQueueRecordsOutput, RESTORE_DEAD_LETTER_QUEUE_RECORDS_OUTPUT,
    [successful, failed], meta = response_metadata
);
/// A dead-letter record to restore, identified by its receipt handle.
#[derive(Clone, Default, PartialEq)]
pub struct RestoreDeadLetterQueueRecordsRequestEntry {
    /// The receipt handle of the record to restore, as returned by ReceiveDeadLetterQueueRecords.
    pub receipt_handle: String,
}
rt::structure!(
    RestoreDeadLetterQueueRecordsRequestEntry,
    RESTORE_DEAD_LETTER_QUEUE_RECORDS_REQUEST_ENTRY, [receipt_handle]
);
/// A dead-letter record that was restored.
#[derive(Clone, Default, PartialEq)]
pub struct RestoreDeadLetterQueueRecordsResultEntry {
    /// The receipt handle of the record that was restored.
    pub receipt_handle: String,
}
rt::structure!(
    RestoreDeadLetterQueueRecordsResultEntry,
    RESTORE_DEAD_LETTER_QUEUE_RECORDS_RESULT_ENTRY, [receipt_handle]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum S3CompressionType {
    /// `NONE`
    None,
    /// `GZIP`
    Gzip,
    /// `ZSTD`
    Zstd,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(S3CompressionType, { None => "NONE", Gzip => "GZIP", Zstd => "ZSTD" });
/// The configuration for delivery to a general purpose Amazon S3 bucket. Used in CreateChannel.
#[derive(Clone, Default, PartialEq)]
pub struct S3DestinationConfiguration {
    /// The maximum age, in seconds, of undelivered data before the channel delivers it to the destination. The default value is 300 seconds.
    pub data_freshness_in_seconds: Option<i32>,
    /// The dead-letter queue configuration for records that cannot be delivered. Optional for general purpose Amazon S3 destinations. If not specified, it defaults to the destination bucket with an error prefix.
    pub dead_letter_queue_s3_configuration: Option<DeadLetterQueueS3Configuration>,
    /// The Amazon S3 storage configuration for the channel.
    pub storage_configuration: S3StorageConfiguration,
}
rt::structure!(
    S3DestinationConfiguration, S3_DESTINATION_CONFIGURATION, [data_freshness_in_seconds,
    dead_letter_queue_s3_configuration, storage_configuration]
);
/// The configuration for delivery to a general purpose Amazon S3 bucket. Returned in ChannelDescription.
#[derive(Clone, Default, PartialEq)]
pub struct S3DestinationDescription {
    /// The maximum age, in seconds, of undelivered data.
    pub data_freshness_in_seconds: i32,
    /// The dead-letter queue configuration for records that cannot be delivered.
    pub dead_letter_queue_s3_configuration: DeadLetterQueueS3Configuration,
    /// The Amazon S3 storage configuration for the channel.
    pub storage_configuration: S3StorageConfiguration,
}
rt::structure!(
    S3DestinationDescription, S3_DESTINATION_DESCRIPTION, [data_freshness_in_seconds,
    dead_letter_queue_s3_configuration, storage_configuration]
);
/// The updated configuration for a general purpose Amazon S3 destination. Used in UpdateChannel. Only `DataFreshnessInSeconds` can be updated.
#[derive(Clone, Default, PartialEq)]
pub struct S3DestinationUpdateInput {
    /// The maximum age, in seconds, of undelivered data before the channel delivers it to the destination.
    pub data_freshness_in_seconds: i32,
}
rt::structure!(
    S3DestinationUpdateInput, S3_DESTINATION_UPDATE_INPUT, [data_freshness_in_seconds]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum S3StorageClass {
    /// `STANDARD`
    Standard,
    /// `INTELLIGENT_TIERING`
    IntelligentTiering,
    /// `GLACIER_IR`
    GlacierIr,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    S3StorageClass, { Standard => "STANDARD", IntelligentTiering =>
    "INTELLIGENT_TIERING", GlacierIr => "GLACIER_IR" }
);
/// The Amazon S3 storage settings for a general purpose Amazon S3 destination.
#[derive(Clone, Default, PartialEq)]
pub struct S3StorageConfiguration {
    /// The Amazon Resource Name (ARN) of the destination Amazon S3 bucket.
    pub bucket_arn: String,
    /// The Amazon Web Services account ID of the expected owner of the destination bucket. This value helps prevent delivery to an unintended bucket if ownership changes.
    pub expected_bucket_owner: String,
    /// The template used to construct the Amazon S3 object key for delivered objects. If not specified, a default template is used.
    pub output_key_template: Option<String>,
    /// The Amazon S3 storage class for delivered objects. Valid values:
    ///
    /// - `STANDARD` - The default storage class, for frequently accessed data.
    ///
    /// - `INTELLIGENT\_TIERING` - Automatically moves objects to the most cost-effective access tier based on usage patterns.
    ///
    /// - `GLACIER\_IR` - Low-cost storage for rarely accessed data that requires millisecond retrieval.
    pub storage_class: Option<S3StorageClass>,
    /// The compression applied to delivered objects. Valid values:
    ///
    /// - `NONE` - No compression.
    ///
    /// - `GZIP` - gzip compression.
    ///
    /// - `ZSTD` - Zstandard compression.
    pub compression_type: S3CompressionType,
}
rt::structure!(
    S3StorageConfiguration, S3_STORAGE_CONFIGURATION, [bucket_arn, expected_bucket_owner,
    output_key_template, storage_class, compression_type]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum S3TablesCompressionType {
    /// `NONE`
    None,
    /// `ZSTD`
    Zstd,
    /// `SNAPPY`
    Snappy,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    S3TablesCompressionType, { None => "NONE", Zstd => "ZSTD", Snappy => "SNAPPY" }
);
/// Specifies a destination streaming table on Apache Iceberg.
#[derive(Clone, Default, PartialEq)]
pub struct S3TablesConfiguration {
    /// The Amazon Resource Name (ARN) of the Amazon S3 table bucket.
    pub table_bucket_arn: String,
    /// The namespace (database) of the destination table.
    pub namespace: String,
    /// The name of the destination table. Amazon Kinesis Data Streams creates this table in the specified table bucket.
    pub table_name: String,
    /// The compression applied to Parquet data files. Valid values:
    ///
    /// - `NONE` - No compression.
    ///
    /// - `ZSTD` - Zstandard compression.
    ///
    /// - `SNAPPY` - Snappy compression.
    pub compression_type: S3TablesCompressionType,
    /// The partitioning specification for the destination table.
    pub partition_spec: Option<PartitionSpec>,
}
rt::structure!(
    S3TablesConfiguration, S3_TABLES_CONFIGURATION, [table_bucket_arn, namespace,
    table_name, compression_type, partition_spec]
);
/// The configuration for delivery to streaming tables on Apache Iceberg. Used in CreateChannel.
#[derive(Clone, Default, PartialEq)]
pub struct S3TablesDestinationConfiguration {
    /// The maximum age, in seconds, of undelivered data before the channel delivers it to the destination. The default value is 300 seconds.
    pub data_freshness_in_seconds: Option<i32>,
    /// The dead-letter queue configuration for records that cannot be delivered. Required for streaming table destinations.
    pub dead_letter_queue_s3_configuration: DeadLetterQueueS3Configuration,
    /// The list of streaming table configurations. Currently, one table is supported per channel.
    pub s3_tables_configuration_list: Vec<S3TablesConfiguration>,
}
rt::structure!(
    S3TablesDestinationConfiguration, S3_TABLES_DESTINATION_CONFIGURATION,
    [data_freshness_in_seconds, dead_letter_queue_s3_configuration,
    s3_tables_configuration_list]
);
/// The configuration for delivery to streaming tables on Apache Iceberg. Returned in ChannelDescription.
#[derive(Clone, Default, PartialEq)]
pub struct S3TablesDestinationDescription {
    /// The maximum age, in seconds, of undelivered data.
    pub data_freshness_in_seconds: i32,
    /// The dead-letter queue configuration for records that cannot be delivered.
    pub dead_letter_queue_s3_configuration: DeadLetterQueueS3Configuration,
    /// The list of streaming table configurations.
    pub s3_tables_configuration_list: Vec<S3TablesConfiguration>,
}
rt::structure!(
    S3TablesDestinationDescription, S3_TABLES_DESTINATION_DESCRIPTION,
    [data_freshness_in_seconds, dead_letter_queue_s3_configuration,
    s3_tables_configuration_list]
);
/// The updated configuration for a streaming table destination. Used in UpdateChannel. Only `DataFreshnessInSeconds` can be updated.
#[derive(Clone, Default, PartialEq)]
pub struct S3TablesDestinationUpdateInput {
    /// The maximum age, in seconds, of undelivered data before the channel delivers it to the destination.
    pub data_freshness_in_seconds: i32,
}
rt::structure!(
    S3TablesDestinationUpdateInput, S3_TABLES_DESTINATION_UPDATE_INPUT,
    [data_freshness_in_seconds]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ScalingType {
    /// `UNIFORM_SCALING`
    UniformScaling,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(ScalingType, { UniformScaling => "UNIFORM_SCALING" });
/// The range of possible sequence numbers for the shard.
#[derive(Clone, Default, PartialEq)]
pub struct SequenceNumberRange {
    /// The starting sequence number for the range.
    pub starting_sequence_number: String,
    /// The ending sequence number for the range. Shards that are in the OPEN state have an ending sequence number of `null`.
    pub ending_sequence_number: Option<String>,
}
rt::structure!(
    SequenceNumberRange, SEQUENCE_NUMBER_RANGE, [starting_sequence_number,
    ending_sequence_number]
);
/// A uniquely identified group of data records in a Kinesis data stream.
#[derive(Clone, Default, PartialEq)]
pub struct Shard {
    /// The unique identifier of the shard within the stream.
    pub shard_id: String,
    /// The shard ID of the shard's parent.
    pub parent_shard_id: Option<String>,
    /// The shard ID of the shard adjacent to the shard's parent.
    pub adjacent_parent_shard_id: Option<String>,
    /// The range of possible hash key values for the shard, which is a set of ordered contiguous positive integers.
    pub hash_key_range: HashKeyRange,
    /// The range of possible sequence numbers for the shard.
    pub sequence_number_range: SequenceNumberRange,
}
rt::structure!(
    Shard, SHARD, [shard_id, parent_shard_id, adjacent_parent_shard_id, hash_key_range,
    sequence_number_range]
);
/// The request parameter used to filter out the response of the `ListShards` API.
#[derive(Clone, Default, PartialEq)]
pub struct ShardFilter {
    /// The shard type specified in the `ShardFilter` parameter. This is a required property of the `ShardFilter` parameter.
    ///
    /// You can specify the following valid values:
    ///
    /// - `AFTER\_SHARD\_ID` - the response includes all the shards, starting with the shard whose ID immediately follows the `ShardId` that you provided.
    ///
    /// - `AT\_TRIM\_HORIZON` - the response includes all the shards that were open at `TRIM\_HORIZON`.
    ///
    /// - `FROM\_TRIM\_HORIZON` - (default), the response includes all the shards within the retention period of the data stream (trim to tip).
    ///
    /// - `AT\_LATEST` - the response includes only the currently open shards of the data stream.
    ///
    /// - `AT\_TIMESTAMP` - the response includes all shards whose start timestamp is less than or equal to the given timestamp and end timestamp is greater than or equal to the given timestamp or still open.
    ///
    /// - `FROM\_TIMESTAMP` - the response incldues all closed shards whose end timestamp is greater than or equal to the given timestamp and also all open shards. Corrected to `TRIM\_HORIZON` of the data stream if `FROM\_TIMESTAMP` is less than the `TRIM\_HORIZON` value.
    pub r#type: ShardFilterType,
    /// The exclusive start `shardID` speified in the `ShardFilter` parameter. This property can only be used if the `AFTER\_SHARD\_ID` shard type is specified.
    pub shard_id: Option<String>,
    /// The timestamps specified in the `ShardFilter` parameter. A timestamp is a Unix epoch date with precision in milliseconds. For example, 2016-04-04T19:58:46.480-00:00 or 1459799926.480. This property can only be used if `FROM\_TIMESTAMP` or `AT\_TIMESTAMP` shard types are specified.
    pub timestamp: Option<rt::DateTime>,
}
rt::structure!(ShardFilter, SHARD_FILTER, [r#type, shard_id, timestamp]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ShardFilterType {
    /// `AFTER_SHARD_ID`
    AfterShardId,
    /// `AT_TRIM_HORIZON`
    AtTrimHorizon,
    /// `FROM_TRIM_HORIZON`
    FromTrimHorizon,
    /// `AT_LATEST`
    AtLatest,
    /// `AT_TIMESTAMP`
    AtTimestamp,
    /// `FROM_TIMESTAMP`
    FromTimestamp,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ShardFilterType, { AfterShardId => "AFTER_SHARD_ID", AtTrimHorizon =>
    "AT_TRIM_HORIZON", FromTrimHorizon => "FROM_TRIM_HORIZON", AtLatest => "AT_LATEST",
    AtTimestamp => "AT_TIMESTAMP", FromTimestamp => "FROM_TIMESTAMP" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ShardIteratorType {
    /// `AT_SEQUENCE_NUMBER`
    AtSequenceNumber,
    /// `AFTER_SEQUENCE_NUMBER`
    AfterSequenceNumber,
    /// `TRIM_HORIZON`
    TrimHorizon,
    /// `LATEST`
    Latest,
    /// `AT_TIMESTAMP`
    AtTimestamp,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ShardIteratorType, { AtSequenceNumber => "AT_SEQUENCE_NUMBER", AfterSequenceNumber =>
    "AFTER_SEQUENCE_NUMBER", TrimHorizon => "TRIM_HORIZON", Latest => "LATEST",
    AtTimestamp => "AT_TIMESTAMP" }
);
/// Represents the input for `SplitShard`.
#[derive(Clone, Default, PartialEq)]
pub struct SplitShardInput {
    /// The name of the stream for the shard split.
    pub stream_name: Option<String>,
    /// The shard ID of the shard to split.
    pub shard_to_split: String,
    /// A hash key value for the starting hash key of one of the child shards created by the split. The hash key range for a given shard constitutes a set of ordered contiguous positive integers. The value for `NewStartingHashKey` must be in the range of hash keys being mapped into the shard. The `NewStartingHashKey` hash key value and all higher hash key values in hash key range are distributed to one of the child shards. All the lower hash key values in the range are distributed to the other child shard.
    pub new_starting_hash_key: String,
    /// The ARN of the stream.
    pub stream_arn: Option<String>,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
}
rt::structure!(
    SplitShardInput, SPLIT_SHARD_INPUT, [stream_name, shard_to_split,
    new_starting_hash_key, stream_arn, stream_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct StartStreamEncryptionInput {
    /// The name of the stream for which to start encrypting records.
    pub stream_name: Option<String>,
    /// The encryption type to use. The only valid value is `KMS`.
    pub encryption_type: EncryptionType,
    /// The GUID for the customer-managed Amazon Web Services KMS key to use for encryption. This value can be a globally unique identifier, a fully specified Amazon Resource Name (ARN) to either an alias or a key, or an alias name prefixed by "alias/".You can also use a master key owned by Kinesis Data Streams by specifying the alias `aws/kinesis`.
    ///
    /// - Key ARN example: `arn:aws:kms:us-east-1:123456789012:key/12345678-1234-1234-1234-123456789012`
    ///
    /// - Alias ARN example: `arn:aws:kms:us-east-1:123456789012:alias/MyAliasName`
    ///
    /// - Globally unique key ID example: `12345678-1234-1234-1234-123456789012`
    ///
    /// - Alias name example: `alias/MyAliasName`
    ///
    /// - Master key owned by Kinesis Data Streams: `alias/aws/kinesis`
    pub key_id: String,
    /// The ARN of the stream.
    pub stream_arn: Option<String>,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
}
rt::structure!(
    StartStreamEncryptionInput, START_STREAM_ENCRYPTION_INPUT, [stream_name,
    encryption_type, key_id, stream_arn, stream_id]
);
/// The starting position in the data stream from which to start streaming.
#[derive(Clone, Default, PartialEq)]
pub struct StartingPosition {
    /// You can set the starting position to one of the following values:
    ///
    /// `AT\_SEQUENCE\_NUMBER`: Start streaming from the position denoted by the sequence number specified in the `SequenceNumber` field.
    ///
    /// `AFTER\_SEQUENCE\_NUMBER`: Start streaming right after the position denoted by the sequence number specified in the `SequenceNumber` field.
    ///
    /// `AT\_TIMESTAMP`: Start streaming from the position denoted by the time stamp specified in the `Timestamp` field.
    ///
    /// `TRIM\_HORIZON`: Start streaming at the last untrimmed record in the shard, which is the oldest data record in the shard.
    ///
    /// `LATEST`: Start streaming just after the most recent record in the shard, so that you always read the most recent data in the shard.
    pub r#type: ShardIteratorType,
    /// The sequence number of the data record in the shard from which to start streaming. To specify a sequence number, set `StartingPosition` to `AT\_SEQUENCE\_NUMBER` or `AFTER\_SEQUENCE\_NUMBER`.
    pub sequence_number: Option<String>,
    /// The time stamp of the data record from which to start reading. To specify a time stamp, set `StartingPosition` to `Type AT\_TIMESTAMP`. A time stamp is the Unix epoch date with precision in milliseconds. For example, `2016-04-04T19:58:46.480-00:00` or `1459799926.480`. If a record with this exact time stamp does not exist, records will be streamed from the next (later) record. If the time stamp is older than the current trim horizon, records will be streamed from the oldest untrimmed data record (`TRIM\_HORIZON`).
    pub timestamp: Option<rt::DateTime>,
}
rt::structure!(
    StartingPosition, STARTING_POSITION, [r#type, sequence_number, timestamp]
);
#[derive(Clone, Default, PartialEq)]
pub struct StopStreamEncryptionInput {
    /// The name of the stream on which to stop encrypting records.
    pub stream_name: Option<String>,
    /// The encryption type. The only valid value is `KMS`.
    pub encryption_type: EncryptionType,
    /// The GUID for the customer-managed Amazon Web Services KMS key to use for encryption. This value can be a globally unique identifier, a fully specified Amazon Resource Name (ARN) to either an alias or a key, or an alias name prefixed by "alias/".You can also use a master key owned by Kinesis Data Streams by specifying the alias `aws/kinesis`.
    ///
    /// - Key ARN example: `arn:aws:kms:us-east-1:123456789012:key/12345678-1234-1234-1234-123456789012`
    ///
    /// - Alias ARN example: `arn:aws:kms:us-east-1:123456789012:alias/MyAliasName`
    ///
    /// - Globally unique key ID example: `12345678-1234-1234-1234-123456789012`
    ///
    /// - Alias name example: `alias/MyAliasName`
    ///
    /// - Master key owned by Kinesis Data Streams: `alias/aws/kinesis`
    pub key_id: String,
    /// The ARN of the stream.
    pub stream_arn: Option<String>,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
}
rt::structure!(
    StopStreamEncryptionInput, STOP_STREAM_ENCRYPTION_INPUT, [stream_name,
    encryption_type, key_id, stream_arn, stream_id]
);
/// Represents the output for DescribeStream.
#[derive(Clone, Default, PartialEq)]
pub struct StreamDescription {
    /// The name of the stream being described.
    pub stream_name: String,
    /// The Amazon Resource Name (ARN) for the stream being described.
    pub stream_arn: String,
    /// The current status of the stream being described. The stream status is one of the following states:
    ///
    /// - `CREATING` - The stream is being created. Kinesis Data Streams immediately returns and sets `StreamStatus` to `CREATING`.
    ///
    /// - `DELETING` - The stream is being deleted. The specified stream is in the `DELETING` state until Kinesis Data Streams completes the deletion.
    ///
    /// - `ACTIVE` - The stream exists and is ready for read and write operations or deletion. You should perform read and write operations only on an `ACTIVE` stream.
    ///
    /// - `UPDATING` - Shards in the stream are being merged or split. Read and write operations continue to work while the stream is in the `UPDATING` state.
    pub stream_status: StreamStatus,
    /// Specifies the capacity mode to which you want to set your data stream. Currently, in Kinesis Data Streams, you can choose between an **on-demand** capacity mode and a **provisioned** capacity mode for your data streams.
    pub stream_mode_details: Option<StreamModeDetails>,
    /// The shards that comprise the stream.
    pub shards: Vec<Shard>,
    /// If set to `true`, more shards in the stream are available to describe.
    pub has_more_shards: bool,
    /// The current retention period, in hours. Minimum value of 24. Maximum value of 168.
    pub retention_period_hours: i32,
    /// The approximate time that the stream was created.
    pub stream_creation_timestamp: rt::DateTime,
    /// Represents the current enhanced monitoring settings of the stream.
    pub enhanced_monitoring: Vec<EnhancedMetrics>,
    /// The server-side encryption type used on the stream. This parameter can be one of the following values:
    ///
    /// - `NONE`: Do not encrypt the records in the stream.
    ///
    /// - `KMS`: Use server-side encryption on the records in the stream using a customer-managed Amazon Web Services KMS key.
    pub encryption_type: Option<EncryptionType>,
    /// The GUID for the customer-managed Amazon Web Services KMS key to use for encryption. This value can be a globally unique identifier, a fully specified ARN to either an alias or a key, or an alias name prefixed by "alias/".You can also use a master key owned by Kinesis Data Streams by specifying the alias `aws/kinesis`.
    ///
    /// - Key ARN example: `arn:aws:kms:us-east-1:123456789012:key/12345678-1234-1234-1234-123456789012`
    ///
    /// - Alias ARN example: `arn:aws:kms:us-east-1:123456789012:alias/MyAliasName`
    ///
    /// - Globally unique key ID example: `12345678-1234-1234-1234-123456789012`
    ///
    /// - Alias name example: `alias/MyAliasName`
    ///
    /// - Master key owned by Kinesis Data Streams: `alias/aws/kinesis`
    pub key_id: Option<String>,
}
rt::structure!(
    StreamDescription, STREAM_DESCRIPTION, [stream_name, stream_arn, stream_status,
    stream_mode_details, shards, has_more_shards, retention_period_hours,
    stream_creation_timestamp, enhanced_monitoring, encryption_type, key_id]
);
/// Represents the output for DescribeStreamSummary
#[derive(Clone, Default, PartialEq)]
pub struct StreamDescriptionSummary {
    /// The name of the stream being described.
    pub stream_name: String,
    /// The Amazon Resource Name (ARN) for the stream being described.
    pub stream_arn: String,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
    /// The current status of the stream being described. The stream status is one of the following states:
    ///
    /// - `CREATING` - The stream is being created. Kinesis Data Streams immediately returns and sets `StreamStatus` to `CREATING`.
    ///
    /// - `DELETING` - The stream is being deleted. The specified stream is in the `DELETING` state until Kinesis Data Streams completes the deletion.
    ///
    /// - `ACTIVE` - The stream exists and is ready for read and write operations or deletion. You should perform read and write operations only on an `ACTIVE` stream.
    ///
    /// - `UPDATING` - Shards in the stream are being merged or split. Read and write operations continue to work while the stream is in the `UPDATING` state.
    pub stream_status: StreamStatus,
    /// Specifies the capacity mode to which you want to set your data stream. Currently, in Kinesis Data Streams, you can choose between an **on-demand** capacity mode and a **provisioned** capacity mode for your data streams.
    pub stream_mode_details: Option<StreamModeDetails>,
    /// The current retention period, in hours.
    pub retention_period_hours: i32,
    /// The approximate time that the stream was created.
    pub stream_creation_timestamp: rt::DateTime,
    /// Represents the current enhanced monitoring settings of the stream.
    pub enhanced_monitoring: Vec<EnhancedMetrics>,
    /// The encryption type used. This value is one of the following:
    ///
    /// - `KMS`
    ///
    /// - `NONE`
    pub encryption_type: Option<EncryptionType>,
    /// The GUID for the customer-managed Amazon Web Services KMS key to use for encryption. This value can be a globally unique identifier, a fully specified ARN to either an alias or a key, or an alias name prefixed by "alias/".You can also use a master key owned by Kinesis Data Streams by specifying the alias `aws/kinesis`.
    ///
    /// - Key ARN example: `arn:aws:kms:us-east-1:123456789012:key/12345678-1234-1234-1234-123456789012`
    ///
    /// - Alias ARN example: ` arn:aws:kms:us-east-1:123456789012:alias/MyAliasName`
    ///
    /// - Globally unique key ID example: `12345678-1234-1234-1234-123456789012`
    ///
    /// - Alias name example: `alias/MyAliasName`
    ///
    /// - Master key owned by Kinesis Data Streams: `alias/aws/kinesis`
    pub key_id: Option<String>,
    /// The number of open shards in the stream.
    pub open_shard_count: i32,
    /// The number of enhanced fan-out consumers registered with the stream. Queues are not included in this count, even though they share the stream's registered consumer limit with enhanced fan-out consumers. `QueueCount` reports the number of queues.
    pub consumer_count: Option<i32>,
    /// The warm throughput in MB/s for the stream. This represents the throughput capacity that will be immediately available for write operations.
    pub warm_throughput: Option<WarmThroughputObject>,
    /// The maximum record size of a single record in kibibyte (KiB) that you can write to, and read from a stream.
    pub max_record_size_in_ki_b: Option<i32>,
    /// The number of channels associated with the stream.
    pub channel_count: Option<i32>,
    /// The record distribution strategy that the stream currently uses. A value of `AUTO` indicates that Amazon Kinesis Data Streams distributes records across shards using service-managed algorithms. A value of `USER\_PARTITION\_KEY` indicates that shard placement is determined by the partition key that producers supply. This field is only present for streams that use the on-demand capacity mode.
    pub record_distribution_strategy: Option<RecordDistributionStrategy>,
    /// The number of queues created on the data stream.
    pub queue_count: Option<i32>,
}
rt::structure!(
    StreamDescriptionSummary, STREAM_DESCRIPTION_SUMMARY, [stream_name, stream_arn,
    stream_id, stream_status, stream_mode_details, retention_period_hours,
    stream_creation_timestamp, enhanced_monitoring, encryption_type, key_id,
    open_shard_count, consumer_count, warm_throughput, max_record_size_in_ki_b,
    channel_count, record_distribution_strategy, queue_count]
);
/// Filters ListChannels results by source stream.
#[derive(Clone, Default, PartialEq)]
pub struct StreamFilter {
    /// The Amazon Resource Name (ARN) of the source stream to filter by.
    pub stream_arn: String,
    /// The creation timestamp of the source stream.
    pub stream_creation_timestamp: Option<rt::DateTime>,
}
rt::structure!(StreamFilter, STREAM_FILTER, [stream_arn, stream_creation_timestamp]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StreamMode {
    /// `PROVISIONED`
    Provisioned,
    /// `ON_DEMAND`
    OnDemand,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(StreamMode, { Provisioned => "PROVISIONED", OnDemand => "ON_DEMAND" });
/// Specifies the capacity mode to which you want to set your data stream. Currently, in Kinesis Data Streams, you can choose between an **on-demand** capacity mode and a **provisioned** capacity mode for your data streams.
#[derive(Clone, Default, PartialEq)]
pub struct StreamModeDetails {
    /// Specifies the capacity mode to which you want to set your data stream. Currently, in Kinesis Data Streams, you can choose between an **on-demand** capacity mode and a **provisioned** capacity mode for your data streams.
    pub stream_mode: StreamMode,
}
rt::structure!(StreamModeDetails, STREAM_MODE_DETAILS, [stream_mode]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StreamStatus {
    /// `CREATING`
    Creating,
    /// `DELETING`
    Deleting,
    /// `ACTIVE`
    Active,
    /// `UPDATING`
    Updating,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    StreamStatus, { Creating => "CREATING", Deleting => "DELETING", Active => "ACTIVE",
    Updating => "UPDATING" }
);
/// The summary of a stream.
#[derive(Clone, Default, PartialEq)]
pub struct StreamSummary {
    /// The name of a stream.
    pub stream_name: String,
    /// The ARN of the stream.
    pub stream_arn: String,
    /// The status of the stream.
    pub stream_status: StreamStatus,
    /// Specifies the capacity mode to which you want to set your data stream. Currently, in Kinesis Data Streams, you can choose between an **on-demand** capacity mode and a **provisioned** capacity mode for your data streams.
    pub stream_mode_details: Option<StreamModeDetails>,
    /// The timestamp at which the stream was created.
    pub stream_creation_timestamp: Option<rt::DateTime>,
}
rt::structure!(
    StreamSummary, STREAM_SUMMARY, [stream_name, stream_arn, stream_status,
    stream_mode_details, stream_creation_timestamp]
);
/// After you call SubscribeToShard, Kinesis Data Streams sends events of this type over an HTTP/2 connection to your consumer.
#[derive(Clone, Default, PartialEq)]
pub struct SubscribeToShardEvent {
    pub records: Vec<Record>,
    /// Use this as `SequenceNumber` in the next call to SubscribeToShard, with `StartingPosition` set to `AT\_SEQUENCE\_NUMBER` or `AFTER\_SEQUENCE\_NUMBER`. Use `ContinuationSequenceNumber` for checkpointing because it captures your shard progress even when no data is written to the shard.
    pub continuation_sequence_number: String,
    /// The number of milliseconds the read records are from the tip of the stream, indicating how far behind current time the consumer is. A value of zero indicates that record processing is caught up, and there are no new records to process at this moment.
    pub millis_behind_latest: i64,
    /// The list of the child shards of the current shard, returned only at the end of the current shard.
    pub child_shards: Option<Vec<ChildShard>>,
}
rt::structure!(
    SubscribeToShardEvent, SUBSCRIBE_TO_SHARD_EVENT, [records,
    continuation_sequence_number, millis_behind_latest, child_shards]
);
/// This is a tagged union for all of the types of events an enhanced fan-out consumer can receive over HTTP/2 after a call to SubscribeToShard.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum SubscribeToShardEventStream {
    /// After you call SubscribeToShard, Kinesis Data Streams sends events of this type to your consumer. For an example of how to handle these events, see [Develop enhanced fan-out consumers with the Amazon Web Services SDK for Java](/streams/latest/dev/building-enhanced-consumers-api.html).
    SubscribeToShardEvent(SubscribeToShardEvent),
    ResourceNotFoundException(ResourceNotFoundException),
    ResourceInUseException(ResourceInUseException),
    KmsDisabledException(KmsDisabledException),
    KmsInvalidStateException(KmsInvalidStateException),
    KmsAccessDeniedException(KmsAccessDeniedException),
    KmsNotFoundException(KmsNotFoundException),
    KmsOptInRequired(KmsOptInRequired),
    KmsThrottlingException(KmsThrottlingException),
    /// The processing of the request failed because of an unknown error, exception, or failure.
    InternalFailureException(InternalFailureException),
    /// A member this version of the client does not know, by name.
    Unknown(String),
}
rt::union!(
    SubscribeToShardEventStream, SUBSCRIBE_TO_SHARD_EVENT_STREAM, [SubscribeToShardEvent,
    ResourceNotFoundException, ResourceInUseException, KmsDisabledException,
    KmsInvalidStateException, KmsAccessDeniedException, KmsNotFoundException,
    KmsOptInRequired, KmsThrottlingException, InternalFailureException]
);
#[derive(Clone, Default, PartialEq)]
pub struct SubscribeToShardInput {
    /// For this parameter, use the value you obtained when you called RegisterStreamConsumer.
    pub consumer_arn: String,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
    /// The ID of the shard you want to subscribe to. To see a list of all the shards for a given stream, use ListShards.
    pub shard_id: String,
    /// The starting position in the data stream from which to start streaming.
    pub starting_position: StartingPosition,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    pub dry_run: Option<bool>,
}
rt::structure!(
    SubscribeToShardInput, SUBSCRIBE_TO_SHARD_INPUT, [consumer_arn, stream_id, shard_id,
    starting_position, dry_run]
);
#[derive(Default)]
pub struct SubscribeToShardOutput {
    /// The event stream that your consumer can use to read records from the shard.
    pub event_stream: rt::EventStream<SubscribeToShardEventStream>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    SubscribeToShardOutput, SUBSCRIBE_TO_SHARD_OUTPUT, [event_stream], meta =
    response_metadata
);
/// Metadata assigned to the stream or consumer, consisting of a key-value pair.
#[derive(Clone, Default, PartialEq)]
pub struct Tag {
    /// A unique identifier for the tag. Maximum length: 128 characters. Valid characters: Unicode letters, digits, white space, \_ . / = + - % @
    pub key: String,
    /// An optional string, typically used to describe or define the tag. Maximum length: 256 characters. Valid characters: Unicode letters, digits, white space, \_ . / = + - % @
    pub value: Option<String>,
}
rt::structure!(Tag, TAG, [key, value]);
#[derive(Clone, Default, PartialEq)]
pub struct TagResourceInput {
    /// An array of tags to be added to the Kinesis resource. A tag consists of a required key and an optional value. You can add up to 50 tags per resource.
    ///
    /// Tags may only contain Unicode letters, digits, white space, or these symbols: \_ . : / = + - @.
    pub tags: rt::IndexMap<String, String>,
    /// The Amazon Resource Name (ARN) of the Kinesis resource to which to add tags.
    pub resource_arn: String,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
}
rt::structure!(TagResourceInput, TAG_RESOURCE_INPUT, [tags, resource_arn, stream_id]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TargetType {
    /// `BUILT_IN`
    BuiltIn,
    /// `NONE`
    None,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(TargetType, { BuiltIn => "BUILT_IN", None => "NONE" });
/// The request was denied because the request rate is too high. Reduce the frequency of your requests, and retry them with exponential backoff.
#[derive(Clone, Default, PartialEq)]
pub struct ThrottlingException {
    /// A message that provides information about the error.
    pub message: Option<String>,
}
rt::structure!(ThrottlingException, THROTTLING_EXCEPTION, [message]);
#[derive(Clone, Default, PartialEq)]
pub struct UntagResourceInput {
    /// A list of tag key-value pairs. Existing tags of the resource whose keys are members of this list will be removed from the Kinesis resource.
    pub tag_keys: Vec<String>,
    /// The Amazon Resource Name (ARN) of the Kinesis resource from which to remove tags.
    pub resource_arn: String,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
}
rt::structure!(
    UntagResourceInput, UNTAG_RESOURCE_INPUT, [tag_keys, resource_arn, stream_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateAccountSettingsInput {
    /// Specifies the minimum throughput billing commitment configuration for your account.
    pub minimum_throughput_billing_commitment: MinimumThroughputBillingCommitmentInput,
}
rt::structure!(
    UpdateAccountSettingsInput, UPDATE_ACCOUNT_SETTINGS_INPUT,
    [minimum_throughput_billing_commitment]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateAccountSettingsOutput {
    /// The updated configuration of the minimum throughput billing commitment for your account.
    pub minimum_throughput_billing_commitment: Option<
        MinimumThroughputBillingCommitmentOutput,
    >,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    UpdateAccountSettingsOutput, UPDATE_ACCOUNT_SETTINGS_OUTPUT,
    [minimum_throughput_billing_commitment], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateChannelInput {
    /// The Amazon Resource Name (ARN) of the channel to update.
    pub channel_arn: String,
    /// The updated configuration for a general purpose Amazon S3 destination. Specify this parameter when the channel delivers to a general purpose Amazon S3 bucket. Only `DataFreshnessInSeconds` can be updated.
    pub s3_destination_configuration: Option<S3DestinationUpdateInput>,
    /// The updated configuration for a streaming table destination. Specify this parameter when the channel delivers to streaming tables on Apache Iceberg in Amazon S3 Tables. Only `DataFreshnessInSeconds` can be updated.
    pub s3_tables_destination_configuration: Option<S3TablesDestinationUpdateInput>,
    /// The updated Amazon CloudWatch Logs configuration for the channel.
    pub logging_configuration: Option<ChannelLoggingUpdateInput>,
}
rt::structure!(
    UpdateChannelInput, UPDATE_CHANNEL_INPUT, [channel_arn, s3_destination_configuration,
    s3_tables_destination_configuration, logging_configuration]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateChannelOutput {
    /// The configuration and current status of the channel after the update, including its ARN, destination configuration, and lifecycle state. Immediately after the request, the state is `UPDATING`.
    pub channel_description: ChannelDescription,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    UpdateChannelOutput, UPDATE_CHANNEL_OUTPUT, [channel_description], meta =
    response_metadata
);
/// A dead-letter record whose visibility timeout was not changed, and why.
#[derive(Clone, Default, PartialEq)]
pub struct UpdateDeadLetterQueueRecordsVisibilityErrorEntry {
    /// The receipt handle of the record whose visibility timeout was not changed.
    pub receipt_handle: String,
    /// A code identifying the type of failure. One of `ResourceNotFoundException`, `InvalidArgumentException`, `ThrottlingException`, or `InternalFailureException`.
    pub error_code: String,
    /// A description of the cause of the failure.
    pub error_message: Option<String>,
}
rt::structure!(
    UpdateDeadLetterQueueRecordsVisibilityErrorEntry,
    UPDATE_DEAD_LETTER_QUEUE_RECORDS_VISIBILITY_ERROR_ENTRY, [receipt_handle, error_code,
    error_message]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateDeadLetterQueueRecordsVisibilityInput {
    /// The ARN of the queue whose dead-letter records are updated.
    pub queue_arn: String,
    /// The dead-letter records whose visibility timeout is changed, identified by their receipt handles, and the new visibility timeout for each.
    pub entries: Vec<UpdateDeadLetterQueueRecordsVisibilityRequestEntry>,
}
rt::structure!(
    UpdateDeadLetterQueueRecordsVisibilityInput,
    UPDATE_DEAD_LETTER_QUEUE_RECORDS_VISIBILITY_INPUT, [queue_arn, entries]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateDeadLetterQueueRecordsVisibilityOutput {
    /// The records whose visibility timeout was changed.
    pub successful: Vec<UpdateDeadLetterQueueRecordsVisibilityResultEntry>,
    /// The records whose visibility timeout was not changed, each with the reason the entry failed.
    pub failed: Vec<UpdateDeadLetterQueueRecordsVisibilityErrorEntry>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    UpdateDeadLetterQueueRecordsVisibilityOutput,
    UPDATE_DEAD_LETTER_QUEUE_RECORDS_VISIBILITY_OUTPUT, [successful, failed], meta =
    response_metadata
);
/// A dead-letter record whose visibility timeout is changed, and the new visibility timeout.
#[derive(Clone, Default, PartialEq)]
pub struct UpdateDeadLetterQueueRecordsVisibilityRequestEntry {
    /// The receipt handle of the record, as returned by ReceiveDeadLetterQueueRecords.
    pub receipt_handle: String,
    /// The new duration, in seconds, that the record is in flight and not visible to any consumer instance, measured from when this request is processed. Specify `0` to make the record visible immediately.
    pub visibility_timeout_seconds: i32,
}
rt::structure!(
    UpdateDeadLetterQueueRecordsVisibilityRequestEntry,
    UPDATE_DEAD_LETTER_QUEUE_RECORDS_VISIBILITY_REQUEST_ENTRY, [receipt_handle,
    visibility_timeout_seconds]
);
/// A dead-letter record whose visibility timeout was changed.
#[derive(Clone, Default, PartialEq)]
pub struct UpdateDeadLetterQueueRecordsVisibilityResultEntry {
    /// The receipt handle of the record whose visibility timeout was changed.
    pub receipt_handle: String,
}
rt::structure!(
    UpdateDeadLetterQueueRecordsVisibilityResultEntry,
    UPDATE_DEAD_LETTER_QUEUE_RECORDS_VISIBILITY_RESULT_ENTRY, [receipt_handle]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateMaxRecordSizeInput {
    /// The Amazon Resource Name (ARN) of the stream for the `MaxRecordSize` update.
    pub stream_arn: Option<String>,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
    /// The maximum record size of a single record in KiB that you can write to, and read from a stream. Specify a value between 1024 and 10240 KiB (1 to 10 MiB). If you specify a value that is out of this range, `UpdateMaxRecordSize` sends back an `ValidationException` message.
    pub max_record_size_in_ki_b: i32,
}
rt::structure!(
    UpdateMaxRecordSizeInput, UPDATE_MAX_RECORD_SIZE_INPUT, [stream_arn, stream_id,
    max_record_size_in_ki_b]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateQueueInput {
    /// The ARN of the queue to update.
    pub queue_arn: String,
    /// The configuration attributes to apply to the queue. Attributes you do not specify are left unchanged.
    pub queue_attributes: QueueAttributes,
}
rt::structure!(UpdateQueueInput, UPDATE_QUEUE_INPUT, [queue_arn, queue_attributes]);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateQueueOutput {
    /// A description of the queue, including the updated attributes.
    pub queue_description: QueueDescription,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    UpdateQueueOutput, UPDATE_QUEUE_OUTPUT, [queue_description], meta = response_metadata
);
/// A record whose visibility timeout was not changed, and why.
#[derive(Clone, Default, PartialEq)]
pub struct UpdateQueueRecordsVisibilityErrorEntry {
    /// The receipt handle of the record whose visibility timeout was not changed.
    pub receipt_handle: String,
    /// A code identifying the type of failure. One of `ResourceNotFoundException`, `InvalidArgumentException`, `ThrottlingException`, or `InternalFailureException`.
    pub error_code: String,
    /// A description of the cause of the failure.
    pub error_message: Option<String>,
}
rt::structure!(
    UpdateQueueRecordsVisibilityErrorEntry, UPDATE_QUEUE_RECORDS_VISIBILITY_ERROR_ENTRY,
    [receipt_handle, error_code, error_message]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateQueueRecordsVisibilityInput {
    /// The ARN of the queue the records were received from.
    pub queue_arn: String,
    /// The records whose visibility timeout is changed, identified by their receipt handles, and the new visibility timeout for each.
    pub entries: Vec<UpdateQueueRecordsVisibilityRequestEntry>,
}
rt::structure!(
    UpdateQueueRecordsVisibilityInput, UPDATE_QUEUE_RECORDS_VISIBILITY_INPUT, [queue_arn,
    entries]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateQueueRecordsVisibilityOutput {
    /// The records whose visibility timeout was changed.
    pub successful: Vec<UpdateQueueRecordsVisibilityResultEntry>,
    /// The records whose visibility timeout was not changed, each with the reason the entry failed.
    pub failed: Vec<UpdateQueueRecordsVisibilityErrorEntry>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    UpdateQueueRecordsVisibilityOutput, UPDATE_QUEUE_RECORDS_VISIBILITY_OUTPUT,
    [successful, failed], meta = response_metadata
);
/// A record whose visibility timeout is changed, and the new visibility timeout.
#[derive(Clone, Default, PartialEq)]
pub struct UpdateQueueRecordsVisibilityRequestEntry {
    /// The receipt handle of the record, as returned by ReceiveQueueRecords.
    pub receipt_handle: String,
    /// The new duration, in seconds, that the record is in flight and not visible to any consumer instance, measured from when this request is processed. Specify `0` to make the record visible in the queue immediately.
    pub visibility_timeout_seconds: i32,
}
rt::structure!(
    UpdateQueueRecordsVisibilityRequestEntry,
    UPDATE_QUEUE_RECORDS_VISIBILITY_REQUEST_ENTRY, [receipt_handle,
    visibility_timeout_seconds]
);
/// A record whose visibility timeout was changed.
#[derive(Clone, Default, PartialEq)]
pub struct UpdateQueueRecordsVisibilityResultEntry {
    /// The receipt handle of the record whose visibility timeout was changed.
    pub receipt_handle: String,
}
rt::structure!(
    UpdateQueueRecordsVisibilityResultEntry,
    UPDATE_QUEUE_RECORDS_VISIBILITY_RESULT_ENTRY, [receipt_handle]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateShardCountInput {
    /// The name of the stream.
    pub stream_name: Option<String>,
    /// The new number of shards. This value has the following default limits. By default, you cannot do the following:
    ///
    /// - Set this value to more than double your current shard count for a stream.
    ///
    /// - Set this value below half your current shard count for a stream.
    ///
    /// - Set this value to more than 10000 shards in a stream (the default limit for shard count per stream is 10000 per account per region), unless you request a limit increase.
    ///
    /// - Scale a stream with more than 10000 shards down unless you set this value to less than 10000 shards.
    pub target_shard_count: i32,
    /// The scaling type. Uniform scaling creates shards of equal size.
    pub scaling_type: ScalingType,
    /// The ARN of the stream.
    pub stream_arn: Option<String>,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
}
rt::structure!(
    UpdateShardCountInput, UPDATE_SHARD_COUNT_INPUT, [stream_name, target_shard_count,
    scaling_type, stream_arn, stream_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateShardCountOutput {
    /// The name of the stream.
    pub stream_name: Option<String>,
    /// The current number of shards.
    pub current_shard_count: Option<i32>,
    /// The updated number of shards.
    pub target_shard_count: Option<i32>,
    /// The ARN of the stream.
    pub stream_arn: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    UpdateShardCountOutput, UPDATE_SHARD_COUNT_OUTPUT, [stream_name, current_shard_count,
    target_shard_count, stream_arn], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateStreamModeInput {
    /// Specifies the ARN of the data stream whose capacity mode you want to update.
    pub stream_arn: String,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
    /// Specifies the capacity mode to which you want to set your data stream. Currently, in Kinesis Data Streams, you can choose between an **on-demand** capacity mode and a **provisioned** capacity mode for your data streams.
    pub stream_mode_details: StreamModeDetails,
    /// The target warm throughput in MB/s that the stream should be scaled to handle. This represents the throughput capacity that will be immediately available for write operations. This field is only valid when the stream mode is being updated to on-demand.
    pub warm_throughput_mi_bps: Option<i32>,
}
rt::structure!(
    UpdateStreamModeInput, UPDATE_STREAM_MODE_INPUT, [stream_arn, stream_id,
    stream_mode_details, warm_throughput_mi_bps]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateStreamRecordDistributionStrategyInput {
    /// The Amazon Resource Name (ARN) of the stream to update.
    pub stream_arn: String,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
    /// The record distribution strategy to apply to the stream. Specify one of the following values:
    ///
    /// - `AUTO` – Amazon Kinesis Data Streams distributes records evenly across shards and ignores any partition key and `ExplicitHashKey` that producers supply.
    ///
    /// - `USER\_PARTITION\_KEY` – Producers must supply a partition key, which Amazon Kinesis Data Streams uses to determine shard placement. This is the default.
    pub record_distribution_strategy: RecordDistributionStrategy,
}
rt::structure!(
    UpdateStreamRecordDistributionStrategyInput,
    UPDATE_STREAM_RECORD_DISTRIBUTION_STRATEGY_INPUT, [stream_arn, stream_id,
    record_distribution_strategy]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateStreamWarmThroughputInput {
    /// The ARN of the stream to be updated.
    pub stream_arn: Option<String>,
    /// The name of the stream to be updated.
    pub stream_name: Option<String>,
    /// Not Implemented. Reserved for future use.
    pub stream_id: Option<String>,
    /// The target warm throughput in MB/s that the stream should be scaled to handle. This represents the throughput capacity that will be immediately available for write operations.
    pub warm_throughput_mi_bps: i32,
}
rt::structure!(
    UpdateStreamWarmThroughputInput, UPDATE_STREAM_WARM_THROUGHPUT_INPUT, [stream_arn,
    stream_name, stream_id, warm_throughput_mi_bps]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateStreamWarmThroughputOutput {
    /// The ARN of the stream that was updated.
    pub stream_arn: Option<String>,
    /// The name of the stream that was updated.
    pub stream_name: Option<String>,
    /// Specifies the updated warm throughput configuration for your data stream.
    pub warm_throughput: Option<WarmThroughputObject>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    UpdateStreamWarmThroughputOutput, UPDATE_STREAM_WARM_THROUGHPUT_OUTPUT, [stream_arn,
    stream_name, warm_throughput], meta = response_metadata
);
/// The request failed validation. For example, a parameter value is not valid, a combination of parameters is not supported, or the operation is not supported for the stream's capacity mode. The error message describes the specific reason.
#[derive(Clone, Default, PartialEq)]
pub struct ValidationException {
    pub message: Option<String>,
}
rt::structure!(ValidationException, VALIDATION_EXCEPTION, [message]);
/// Represents the warm throughput configuration on the stream. This is only present for On-Demand Kinesis Data Streams in accounts that have `MinimumThroughputBillingCommitment` enabled.
#[derive(Clone, Default, PartialEq)]
pub struct WarmThroughputObject {
    /// The target warm throughput value on the stream. This indicates that the stream is currently scaling towards this target value.
    pub target_mi_bps: Option<i32>,
    /// The current warm throughput value on the stream. This is the write throughput in MiBps that the stream is currently scaled to handle.
    pub current_mi_bps: Option<i32>,
}
rt::structure!(
    WarmThroughputObject, WARM_THROUGHPUT_OBJECT, [target_mi_bps, current_mi_bps]
);

//! The service client: one async method per operation.
#![allow(deprecated, clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
use kumo_runtime::Error;
use crate::{error, schemas, types};
/// A client for the service: one async method per operation.
#[derive(Clone, Debug)]
pub struct Client {
    handle: kumo_runtime::client::Handle,
}
impl kumo_runtime::client::FromHandle for Client {
    fn from_handle(handle: kumo_runtime::client::Handle) -> Client {
        Client { handle }
    }
}
impl Client {
    /// A client configured like `boto3.client(...)` with no arguments: region,
    /// credentials, endpoint and retries from the environment and the profile.
    pub fn new() -> Result<Client, kumo_runtime::SdkError> {
        Client::builder().build()
    }
    /// A client with explicit configuration, which wins over the environment and profile.
    pub fn from_config(
        config: kumo_runtime::config::Config,
    ) -> Result<Client, kumo_runtime::SdkError> {
        Client::builder().config(config).build()
    }
    /// A builder for a client with explicit credentials, HTTP client or timeouts.
    pub fn builder() -> kumo_runtime::client::Builder<Client> {
        kumo_runtime::client::Builder::new(&schemas::SERVICE)
    }
    /// The runtime handle (configuration, presigning).
    pub fn handle(&self) -> &kumo_runtime::client::Handle {
        &self.handle
    }
    /// A presigned URL for an operation (boto3's `generate_presigned_url`):
    /// `operation` is its model or snake_case name (`"GetObject"`, `"get_object"`),
    /// `input` that operation's input.
    pub async fn generate_presigned_url(
        &self,
        operation: &str,
        input: impl kumo_runtime::data::Struct,
        expires_in: std::time::Duration,
    ) -> Result<String, kumo_runtime::SdkError> {
        self.handle
            .presign_by_name(schemas::ops::ALL, operation, input, expires_in)
            .await
    }
    /// Acknowledges up to 10 dead-letter records in the specified queue, so the queue doesn't return them again. The result for each entry is reported individually in the response.
    ///
    /// Acknowledging a record does not affect the record in the data stream. That record remains available to stream consumers and to other queues on the same stream for the rest of its retention period.
    ///
    /// Because the request can result in a combination of successful and unsuccessful entries, check the `Failed` list even when the call returns an HTTP status code of `200`.
    pub async fn acknowledge_dead_letter_queue_records(
        &self,
        input: types::AcknowledgeDeadLetterQueueRecordsInput,
    ) -> Result<
        types::AcknowledgeDeadLetterQueueRecordsOutput,
        Error<error::AcknowledgeDeadLetterQueueRecordsError>,
    > {
        self.handle
            .invoke(&schemas::ops::ACKNOWLEDGE_DEAD_LETTER_QUEUE_RECORDS, input)
            .await
    }
    /// Acknowledges up to 10 records from the specified queue. After a record is acknowledged, the queue does not deliver it again. The result for each entry is reported individually in the response.
    ///
    /// Acknowledging a record does not affect the record in the data stream. That record remains available to stream consumers and to other queues on the same stream for the rest of its retention period.
    ///
    /// Because the request can result in a combination of successful and unsuccessful entries, check the `Failed` list even when the call returns an HTTP status code of `200`.
    ///
    /// On rare occasions, you can receive a record again after you acknowledge it. Design your queue consumer to be idempotent, so that processing the same record more than once is safe.
    pub async fn acknowledge_queue_records(
        &self,
        input: types::AcknowledgeQueueRecordsInput,
    ) -> Result<
        types::AcknowledgeQueueRecordsOutput,
        Error<error::AcknowledgeQueueRecordsError>,
    > {
        self.handle.invoke(&schemas::ops::ACKNOWLEDGE_QUEUE_RECORDS, input).await
    }
    /// Adds or updates tags for the specified Kinesis data stream. You can assign up to 50 tags to a data stream.
    ///
    /// When invoking this API, you must use either the `StreamARN` or the `StreamName` parameter, or both. It is recommended that you use the `StreamARN` input parameter when you invoke this API.
    ///
    /// If tags have already been assigned to the stream, `AddTagsToStream` overwrites any existing tags that correspond to the specified tag keys.
    ///
    /// AddTagsToStream has a limit of five transactions per second per account.
    pub async fn add_tags_to_stream(
        &self,
        input: types::AddTagsToStreamInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::AddTagsToStreamError>> {
        self.handle.invoke(&schemas::ops::ADD_TAGS_TO_STREAM, input).await
    }
    /// Creates a channel that delivers records from a Kinesis data stream to a destination. A channel reads records from the specified stream and writes them to streaming tables on Apache Iceberg (Amazon S3 Tables) or to a general purpose Amazon S3 bucket.
    ///
    /// You must specify either `S3DestinationConfiguration` or `S3TablesDestinationConfiguration`, but not both.
    ///
    /// To use this operation, you must have permission to pass the specified service execution IAM role to Amazon Kinesis Data Streams (the `iam:PassRole` permission on that role).
    ///
    /// Creating a channel is an asynchronous operation. Upon receiving the request, Amazon Kinesis Data Streams returns immediately with the channel in the `CREATING` state. After provisioning is complete, Amazon Kinesis Data Streams sets the state to `ACTIVE`. You can use DescribeChannel to check the current state.
    ///
    /// This operation is only supported for data streams with the on-demand capacity mode.
    ///
    /// This operation has a call limit of 5 transactions per second (TPS) for each Amazon Web Services account. Exceeding 5 TPS results in a `LimitExceededException`.
    pub async fn create_channel(
        &self,
        input: types::CreateChannelInput,
    ) -> Result<types::CreateChannelOutput, Error<error::CreateChannelError>> {
        self.handle.invoke(&schemas::ops::CREATE_CHANNEL, input).await
    }
    /// Creates a queue on the specified data stream. A queue delivers records from the stream to a queue consumer, tracks the delivery state of each record, and redelivers any record that is not acknowledged before its visibility timeout expires.
    ///
    /// A queue does not extend how long the stream keeps a record. When a record reaches the end of the data stream's retention period, the queue stops delivering it.
    ///
    /// Your queue consumer calls ReceiveQueueRecords to receive up to 10 records at a time. After it processes records, it calls AcknowledgeQueueRecords so the queue does not deliver them again.
    ///
    /// Queues are supported only on data streams in on-demand capacity mode.
    ///
    /// Creating a queue does not change how producers write to the stream, and it does not change how existing stream consumers read from it. A queue counts as a registered consumer on the stream and shares the stream's registered consumer limit with enhanced fan-out consumers: 20 on On-demand Standard and 50 on On-demand Advantage.
    ///
    /// Use `StartingPosition` to set the position in the stream where delivery begins. The default is `LATEST`.
    ///
    /// `CreateQueue` is an asynchronous operation. Upon receiving a `CreateQueue` request, Amazon Kinesis Data Streams immediately returns a queue description with a `QueueStatus` of `CREATING`. After the queue is created, Kinesis Data Streams sets the `QueueStatus` to `ACTIVE`. You can begin receiving records after the queue is `ACTIVE`. Use DescribeQueue to check the status of the queue.
    ///
    /// Each queue has built-in dead-letter handling. When a record has been received `MaxReceiveCount` times without being acknowledged, it becomes a dead-letter record, and ReceiveQueueRecords no longer returns it. You work with dead-letter records through a separate set of operations that use the same queue ARN: ReceiveDeadLetterQueueRecords, AcknowledgeDeadLetterQueueRecords, UpdateDeadLetterQueueRecordsVisibility, and RestoreDeadLetterQueueRecords.
    ///
    /// Dead-letter handling is enabled by default, with a `MaxReceiveCount` of 6. To use a different value, or to turn dead-letter handling off, specify `DeadLetterConfiguration` in `QueueAttributes`.
    pub async fn create_queue(
        &self,
        input: types::CreateQueueInput,
    ) -> Result<types::CreateQueueOutput, Error<error::CreateQueueError>> {
        self.handle.invoke(&schemas::ops::CREATE_QUEUE, input).await
    }
    /// Creates a Kinesis data stream. A stream captures and transports data records that are continuously emitted from different data sources or *producers*. Scale-out within a stream is explicitly supported by means of shards, which are uniquely identified groups of data records in a stream.
    ///
    /// You can create your data stream using either on-demand or provisioned capacity mode. Data streams with an on-demand mode require no capacity planning and automatically scale to handle gigabytes of write and read throughput per minute. With the on-demand mode, Kinesis Data Streams automatically manages the shards in order to provide the necessary throughput.
    ///
    /// If you'd still like to proactively scale your on-demand data stream’s capacity, you can unlock the warm throughput feature for on-demand data streams by enabling `MinimumThroughputBillingCommitment` for your account. Once your account has `MinimumThroughputBillingCommitment` enabled, you can specify the warm throughput in MiB per second that your stream can support in writes.
    ///
    /// For the data streams with a provisioned mode, you must specify the number of shards for the data stream. Each shard can support reads up to five transactions per second, up to a maximum data read total of 2 MiB per second. Each shard can support writes up to 1,000 records per second, up to a maximum data write total of 1 MiB per second. If the amount of data input increases or decreases, you can add or remove shards.
    ///
    /// The stream name identifies the stream. The name is scoped to the Amazon Web Services account used by the application. It is also scoped by Amazon Web Services Region. That is, two streams in two different accounts can have the same name, and two streams in the same account, but in two different Regions, can have the same name.
    ///
    /// `CreateStream` is an asynchronous operation. Upon receiving a `CreateStream` request, Kinesis Data Streams immediately returns and sets the stream status to `CREATING`. After the stream is created, Kinesis Data Streams sets the stream status to `ACTIVE`. You should perform read and write operations only on an `ACTIVE` stream.
    ///
    /// You receive a `LimitExceededException` when making a `CreateStream` request when you try to do one of the following:
    ///
    /// - Have more than five streams in the `CREATING` state at any point in time.
    ///
    /// - Create more shards than are authorized for your account.
    ///
    /// For the default shard or on-demand throughput limits for an Amazon Web Services account, see [Amazon Kinesis Data Streams Limits](https://docs.aws.amazon.com/kinesis/latest/dev/service-sizes-and-limits.html) in the *Amazon Kinesis Data Streams Developer Guide*. To increase this limit, [contact Amazon Web Services Support](https://docs.aws.amazon.com/general/latest/gr/aws_service_limits.html).
    ///
    /// You can use DescribeStreamSummary to check the stream status, which is returned in `StreamStatus`.
    ///
    /// CreateStream has a limit of five transactions per second per account.
    ///
    /// You can add tags to the stream when making a `CreateStream` request by setting the `Tags` parameter. If you pass the `Tags` parameter, in addition to having the `kinesis:CreateStream` permission, you must also have the `kinesis:AddTagsToStream` permission for the stream that will be created. The `kinesis:TagResource` permission won’t work to tag streams on creation. Tags will take effect from the `CREATING` status of the stream, but you can't make any updates to the tags until the stream is in `ACTIVE` state.
    pub async fn create_stream(
        &self,
        input: types::CreateStreamInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::CreateStreamError>> {
        self.handle.invoke(&schemas::ops::CREATE_STREAM, input).await
    }
    /// Decreases the Kinesis data stream's retention period, which is the length of time data records are accessible after they are added to the stream. The minimum value of a stream's retention period is 24 hours.
    ///
    /// When invoking this API, you must use either the `StreamARN` or the `StreamName` parameter, or both. It is recommended that you use the `StreamARN` input parameter when you invoke this API.
    ///
    /// This operation may result in lost data. For example, if the stream's retention period is 48 hours and is decreased to 24 hours, any data already in the stream that is older than 24 hours is inaccessible.
    pub async fn decrease_stream_retention_period(
        &self,
        input: types::DecreaseStreamRetentionPeriodInput,
    ) -> Result<
        kumo_runtime::NoOutput,
        Error<error::DecreaseStreamRetentionPeriodError>,
    > {
        self.handle.invoke(&schemas::ops::DECREASE_STREAM_RETENTION_PERIOD, input).await
    }
    /// Deletes the specified channel. Deleting a channel stops delivery from the source stream to the destination. Data already delivered to the destination is not deleted.
    ///
    /// A stream cannot be deleted while it has active channels. Use ListChannels with a stream filter to find the channels attached to a stream before deleting it.
    ///
    /// This operation has a call limit of 5 transactions per second (TPS) for each Amazon Web Services account. Exceeding 5 TPS results in a `LimitExceededException`.
    pub async fn delete_channel(
        &self,
        input: types::DeleteChannelInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DeleteChannelError>> {
        self.handle.invoke(&schemas::ops::DELETE_CHANNEL, input).await
    }
    /// Deletes the specified queue. Records that are in flight when you delete the queue are not delivered again, and receipt handles issued by the queue stop being valid.
    ///
    /// Deleting a queue does not delete the data stream the queue was created on, and does not delete any records in that stream. Those records remain available to stream consumers and to other queues on the same stream for the rest of their retention period.
    ///
    /// `DeleteQueue` is an asynchronous operation. Upon receiving a `DeleteQueue` request, Amazon Kinesis Data Streams sets the `QueueStatus` to `DELETING`. The queue is deleted when the operation completes. A queue in the `DELETING` state does not deliver records.
    ///
    /// You must delete every queue on a data stream before you can delete the stream, or switch it from on-demand to provisioned capacity mode.
    pub async fn delete_queue(
        &self,
        input: types::DeleteQueueInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DeleteQueueError>> {
        self.handle.invoke(&schemas::ops::DELETE_QUEUE, input).await
    }
    /// Delete a policy for the specified data stream, consumer, or queue. Request patterns can be one of the following:
    ///
    /// - Data stream pattern: `arn:aws.\*:kinesis:.\*:\d{12}:.\*stream/\S+`
    ///
    /// - Consumer pattern: `^(arn):aws.\*:kinesis:.\*:\d{12}:.\*stream\/\[a-zA-Z0-9\_.-\]+\/consumer\/\[a-zA-Z0-9\_.-\]+:\[0-9\]+`
    ///
    /// - Queue pattern: `arn:aws.\*:kinesis:.\*:\d{12}:queue/\S+`
    pub async fn delete_resource_policy(
        &self,
        input: types::DeleteResourcePolicyInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DeleteResourcePolicyError>> {
        self.handle.invoke(&schemas::ops::DELETE_RESOURCE_POLICY, input).await
    }
    /// Deletes a Kinesis data stream and all its shards and data. You must shut down any applications that are operating on the stream before you delete the stream. If an application attempts to operate on a deleted stream, it receives the exception `ResourceNotFoundException`.
    ///
    /// When invoking this API, you must use either the `StreamARN` or the `StreamName` parameter, or both. It is recommended that you use the `StreamARN` input parameter when you invoke this API.
    ///
    /// If the stream is in the `ACTIVE` state, you can delete it. After a `DeleteStream` request, the specified stream is in the `DELETING` state until Kinesis Data Streams completes the deletion.
    ///
    /// **Note:** Kinesis Data Streams might continue to accept data read and write operations, such as PutRecord, PutRecords, and GetRecords, on a stream in the `DELETING` state until the stream deletion is complete.
    ///
    /// When you delete a stream, any shards in that stream are also deleted, and any tags are dissociated from the stream.
    ///
    /// Before you can delete a data stream that has queues, you must delete every queue on the stream with DeleteQueue.
    ///
    /// You can use the DescribeStreamSummary operation to check the state of the stream, which is returned in `StreamStatus`.
    ///
    /// DeleteStream has a limit of five transactions per second per account.
    pub async fn delete_stream(
        &self,
        input: types::DeleteStreamInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DeleteStreamError>> {
        self.handle.invoke(&schemas::ops::DELETE_STREAM, input).await
    }
    /// To deregister a consumer, provide its ARN. Alternatively, you can provide the ARN of the data stream and the name you gave the consumer when you registered it. You may also provide all three parameters, as long as they don't conflict with each other. If you don't know the name or ARN of the consumer that you want to deregister, you can use the ListStreamConsumers operation to get a list of the descriptions of all the consumers that are currently registered with a given data stream. The description of a consumer contains its name and ARN.
    ///
    /// This operation has a limit of five transactions per second per stream.
    pub async fn deregister_stream_consumer(
        &self,
        input: types::DeregisterStreamConsumerInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DeregisterStreamConsumerError>> {
        self.handle.invoke(&schemas::ops::DEREGISTER_STREAM_CONSUMER, input).await
    }
    /// Describes the account-level settings for Amazon Kinesis Data Streams. This operation returns information about the minimum throughput billing commitments and other account-level configurations.
    ///
    /// This API has a call limit of 5 transactions per second (TPS) for each Amazon Web Services account. TPS over 5 will initiate the `LimitExceededException`.
    pub async fn describe_account_settings(
        &self,
        input: types::DescribeAccountSettingsInput,
    ) -> Result<
        types::DescribeAccountSettingsOutput,
        Error<error::DescribeAccountSettingsError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_ACCOUNT_SETTINGS, input).await
    }
    /// Describes the specified channel, including its configuration and current status.
    ///
    /// Use this operation to verify that a channel reached the `ACTIVE` state after creation, or to diagnose a channel in the `FAILED` state by reading the `ChannelStatusReason`.
    ///
    /// This operation has a call limit of 5 transactions per second (TPS) for each Amazon Web Services account. Exceeding 5 TPS results in a `LimitExceededException`.
    pub async fn describe_channel(
        &self,
        input: types::DescribeChannelInput,
    ) -> Result<types::DescribeChannelOutput, Error<error::DescribeChannelError>> {
        self.handle.invoke(&schemas::ops::DESCRIBE_CHANNEL, input).await
    }
    /// Describes the shard limits and usage for the account.
    ///
    /// If you update your account limits, the old limits might be returned for a few minutes.
    ///
    /// This operation has a limit of one transaction per second per account.
    pub async fn describe_limits(
        &self,
        input: types::DescribeLimitsInput,
    ) -> Result<types::DescribeLimitsOutput, Error<error::DescribeLimitsError>> {
        self.handle.invoke(&schemas::ops::DESCRIBE_LIMITS, input).await
    }
    /// Returns a description of the specified queue, including its status, the data stream it delivers records from, and its configuration attributes.
    pub async fn describe_queue(
        &self,
        input: types::DescribeQueueInput,
    ) -> Result<types::DescribeQueueOutput, Error<error::DescribeQueueError>> {
        self.handle.invoke(&schemas::ops::DESCRIBE_QUEUE, input).await
    }
    /// Describes the specified Kinesis data stream.
    ///
    /// This API has been revised. It's highly recommended that you use the DescribeStreamSummary API to get a summarized description of the specified Kinesis data stream and the ListShards API to list the shards in a specified data stream and obtain information about each shard.
    ///
    /// When invoking this API, you must use either the `StreamARN` or the `StreamName` parameter, or both. It is recommended that you use the `StreamARN` input parameter when you invoke this API.
    ///
    /// The information returned includes the stream name, Amazon Resource Name (ARN), creation time, enhanced metric configuration, and shard map. The shard map is an array of shard objects. For each shard object, there is the hash key and sequence number ranges that the shard spans, and the IDs of any earlier shards that played in a role in creating the shard. Every record ingested in the stream is identified by a sequence number, which is assigned when the record is put into the stream.
    ///
    /// You can limit the number of shards returned by each call. For more information, see [Retrieving Shards from a Stream](https://docs.aws.amazon.com/kinesis/latest/dev/kinesis-using-sdk-java-retrieve-shards.html) in the *Amazon Kinesis Data Streams Developer Guide*.
    ///
    /// There are no guarantees about the chronological order shards returned. To process shards in chronological order, use the ID of the parent shard to track the lineage to the oldest shard.
    ///
    /// This operation has a limit of 10 transactions per second per account.
    pub async fn describe_stream(
        &self,
        input: types::DescribeStreamInput,
    ) -> Result<types::DescribeStreamOutput, Error<error::DescribeStreamError>> {
        self.handle.invoke(&schemas::ops::DESCRIBE_STREAM, input).await
    }
    /// To get the description of a registered consumer, provide the ARN of the consumer. Alternatively, you can provide the ARN of the data stream and the name you gave the consumer when you registered it. You may also provide all three parameters, as long as they don't conflict with each other. If you don't know the name or ARN of the consumer that you want to describe, you can use the ListStreamConsumers operation to get a list of the descriptions of all the consumers that are currently registered with a given data stream.
    ///
    /// This operation has a limit of 20 transactions per second per stream.
    ///
    /// When making a cross-account call with `DescribeStreamConsumer`, make sure to provide the ARN of the consumer.
    pub async fn describe_stream_consumer(
        &self,
        input: types::DescribeStreamConsumerInput,
    ) -> Result<
        types::DescribeStreamConsumerOutput,
        Error<error::DescribeStreamConsumerError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_STREAM_CONSUMER, input).await
    }
    /// Provides a summarized description of the specified Kinesis data stream without the shard list.
    ///
    /// When invoking this API, you must use either the `StreamARN` or the `StreamName` parameter, or both. It is recommended that you use the `StreamARN` input parameter when you invoke this API.
    ///
    /// The information returned includes the stream name, Amazon Resource Name (ARN), status, record retention period, approximate creation time, monitoring, encryption details, and open shard count.
    ///
    /// DescribeStreamSummary has a limit of 20 transactions per second per account.
    pub async fn describe_stream_summary(
        &self,
        input: types::DescribeStreamSummaryInput,
    ) -> Result<
        types::DescribeStreamSummaryOutput,
        Error<error::DescribeStreamSummaryError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_STREAM_SUMMARY, input).await
    }
    /// Disables enhanced monitoring.
    ///
    /// When invoking this API, you must use either the `StreamARN` or the `StreamName` parameter, or both. It is recommended that you use the `StreamARN` input parameter when you invoke this API.
    pub async fn disable_enhanced_monitoring(
        &self,
        input: types::DisableEnhancedMonitoringInput,
    ) -> Result<
        types::EnhancedMonitoringOutput,
        Error<error::DisableEnhancedMonitoringError>,
    > {
        self.handle.invoke(&schemas::ops::DISABLE_ENHANCED_MONITORING, input).await
    }
    /// Enables enhanced Kinesis data stream monitoring for shard-level metrics.
    ///
    /// When invoking this API, you must use either the `StreamARN` or the `StreamName` parameter, or both. It is recommended that you use the `StreamARN` input parameter when you invoke this API.
    pub async fn enable_enhanced_monitoring(
        &self,
        input: types::EnableEnhancedMonitoringInput,
    ) -> Result<
        types::EnhancedMonitoringOutput,
        Error<error::EnableEnhancedMonitoringError>,
    > {
        self.handle.invoke(&schemas::ops::ENABLE_ENHANCED_MONITORING, input).await
    }
    /// Gets data records from a Kinesis data stream's shard.
    ///
    /// When invoking this API, you must use either the `StreamARN` or the `StreamName` parameter, or both. It is recommended that you use the `StreamARN` input parameter when you invoke this API.
    ///
    /// Specify a shard iterator using the `ShardIterator` parameter. The shard iterator specifies the position in the shard from which you want to start reading data records sequentially. If there are no records available in the portion of the shard that the iterator points to, GetRecords returns an empty list. It might take multiple calls to get to a portion of the shard that contains records.
    ///
    /// You can scale by provisioning multiple shards per stream while considering service limits (for more information, see [Amazon Kinesis Data Streams Limits](https://docs.aws.amazon.com/kinesis/latest/dev/service-sizes-and-limits.html) in the *Amazon Kinesis Data Streams Developer Guide*). Your application should have one thread per shard, each reading continuously from its stream. To read from a stream continually, call GetRecords in a loop. Use GetShardIterator to get the shard iterator to specify in the first GetRecords call. GetRecords returns a new shard iterator in `NextShardIterator`. Specify the shard iterator returned in `NextShardIterator` in subsequent calls to GetRecords. If the shard has been closed, the shard iterator can't return more data and GetRecords returns `null` in `NextShardIterator`. You can terminate the loop when the shard is closed, or when the shard iterator reaches the record with the sequence number or other attribute that marks it as the last record to process.
    ///
    /// Each data record can be up to 1 MiB in size by default. Amazon Kinesis Data Streams supports large records up to 10 MiB in size, but the average throughput for your stream cannot exceed 1 MiB per second. For more information about how large records are handled, see [Large records](https://docs.aws.amazon.com/streams/latest/dev/large-records.html). Each shard can read up to 2 MiB per second. You can ensure that your calls don't exceed the maximum supported size or throughput by using the `Limit` parameter to specify the maximum number of records that GetRecords can return. Consider your average record size when determining this limit. The maximum number of records that can be returned per call is 10,000.
    ///
    /// The size of the data returned by GetRecords varies depending on the utilization of the shard. It is recommended that consumer applications retrieve records via the `GetRecords` command using the 5 TPS limit to remain caught up. Retrieving records less frequently can lead to consumer applications falling behind. The maximum size of data that GetRecords can return is 10 MiB. If a call returns this amount of data, subsequent calls made within the next 5 seconds throw `ProvisionedThroughputExceededException`. If there is insufficient provisioned throughput on the stream, subsequent calls made within the next 1 second throw `ProvisionedThroughputExceededException`. GetRecords doesn't return any data when it throws an exception. For this reason, we recommend that you wait 1 second between calls to GetRecords. However, it's possible that the application will get exceptions for longer than 1 second.
    ///
    /// To detect whether the application is falling behind in processing, you can use the `MillisBehindLatest` response attribute. You can also monitor the stream using CloudWatch metrics and other mechanisms (see [Monitoring](https://docs.aws.amazon.com/kinesis/latest/dev/monitoring.html) in the *Amazon Kinesis Data Streams Developer Guide*).
    ///
    /// Each Amazon Kinesis record includes a value, `ApproximateArrivalTimestamp`, that is set when a stream successfully receives and stores a record. This is commonly referred to as a server-side time stamp, whereas a client-side time stamp is set when a data producer creates or sends the record to a stream (a data producer is any data source putting data records into a stream, for example with PutRecords). The time stamp has millisecond precision. There are no guarantees about the time stamp accuracy, or that the time stamp is always increasing. For example, records in a shard or across a stream might have time stamps that are out of order.
    ///
    /// This operation has a limit of five transactions per second per shard.
    pub async fn get_records(
        &self,
        input: types::GetRecordsInput,
    ) -> Result<types::GetRecordsOutput, Error<error::GetRecordsError>> {
        self.handle.invoke(&schemas::ops::GET_RECORDS, input).await
    }
    /// Returns a policy attached to the specified data stream, consumer, or queue. Request patterns can be one of the following:
    ///
    /// - Data stream pattern: `arn:aws.\*:kinesis:.\*:\d{12}:.\*stream/\S+`
    ///
    /// - Consumer pattern: `^(arn):aws.\*:kinesis:.\*:\d{12}:.\*stream\/\[a-zA-Z0-9\_.-\]+\/consumer\/\[a-zA-Z0-9\_.-\]+:\[0-9\]+`
    ///
    /// - Queue pattern: `arn:aws.\*:kinesis:.\*:\d{12}:queue/\S+`
    pub async fn get_resource_policy(
        &self,
        input: types::GetResourcePolicyInput,
    ) -> Result<types::GetResourcePolicyOutput, Error<error::GetResourcePolicyError>> {
        self.handle.invoke(&schemas::ops::GET_RESOURCE_POLICY, input).await
    }
    /// Gets an Amazon Kinesis shard iterator. A shard iterator expires 5 minutes after it is returned to the requester.
    ///
    /// When invoking this API, you must use either the `StreamARN` or the `StreamName` parameter, or both. It is recommended that you use the `StreamARN` input parameter when you invoke this API.
    ///
    /// A shard iterator specifies the shard position from which to start reading data records sequentially. The position is specified using the sequence number of a data record in a shard. A sequence number is the identifier associated with every record ingested in the stream, and is assigned when a record is put into the stream. Each stream has one or more shards.
    ///
    /// You must specify the shard iterator type. For example, you can set the `ShardIteratorType` parameter to read exactly from the position denoted by a specific sequence number by using the `AT\_SEQUENCE\_NUMBER` shard iterator type. Alternatively, the parameter can read right after the sequence number by using the `AFTER\_SEQUENCE\_NUMBER` shard iterator type, using sequence numbers returned by earlier calls to PutRecord, PutRecords, GetRecords, or DescribeStream. In the request, you can specify the shard iterator type `AT\_TIMESTAMP` to read records from an arbitrary point in time, `TRIM\_HORIZON` to cause `ShardIterator` to point to the last untrimmed record in the shard in the system (the oldest data record in the shard), or `LATEST` so that you always read the most recent data in the shard.
    ///
    /// When you read repeatedly from a stream, use a GetShardIterator request to get the first shard iterator for use in your first GetRecords request and for subsequent reads use the shard iterator returned by the GetRecords request in `NextShardIterator`. A new shard iterator is returned by every GetRecords request in `NextShardIterator`, which you use in the `ShardIterator` parameter of the next GetRecords request.
    ///
    /// If a GetShardIterator request is made too often, you receive a `ProvisionedThroughputExceededException`. For more information about throughput limits, see GetRecords, and [Streams Limits](https://docs.aws.amazon.com/kinesis/latest/dev/service-sizes-and-limits.html) in the *Amazon Kinesis Data Streams Developer Guide*.
    ///
    /// If the shard is closed, GetShardIterator returns a valid iterator for the last sequence number of the shard. A shard can be closed as a result of using SplitShard or MergeShards.
    ///
    /// GetShardIterator has a limit of five transactions per second per account per open shard.
    pub async fn get_shard_iterator(
        &self,
        input: types::GetShardIteratorInput,
    ) -> Result<types::GetShardIteratorOutput, Error<error::GetShardIteratorError>> {
        self.handle.invoke(&schemas::ops::GET_SHARD_ITERATOR, input).await
    }
    /// Increases the Kinesis data stream's retention period, which is the length of time data records are accessible after they are added to the stream. The maximum value of a stream's retention period is 8760 hours (365 days).
    ///
    /// When invoking this API, you must use either the `StreamARN` or the `StreamName` parameter, or both. It is recommended that you use the `StreamARN` input parameter when you invoke this API.
    ///
    /// If you choose a longer stream retention period, this operation increases the time period during which records that have not yet expired are accessible. However, it does not make previous, expired data (older than the stream's previous retention period) accessible after the operation has been called. For example, if a stream's retention period is set to 24 hours and is increased to 168 hours, any data that is older than 24 hours remains inaccessible to consumer applications.
    pub async fn increase_stream_retention_period(
        &self,
        input: types::IncreaseStreamRetentionPeriodInput,
    ) -> Result<
        kumo_runtime::NoOutput,
        Error<error::IncreaseStreamRetentionPeriodError>,
    > {
        self.handle.invoke(&schemas::ops::INCREASE_STREAM_RETENTION_PERIOD, input).await
    }
    /// Lists the channels in your account. You can filter the results by source stream. The results are paginated. Use the `NextToken` value returned in the response to retrieve additional results.
    ///
    /// Use this operation to find channels before deleting a stream, or to audit the channels configured in an Amazon Web Services Region.
    ///
    /// This operation has a call limit of 5 transactions per second (TPS) for each Amazon Web Services account. Exceeding 5 TPS results in a `LimitExceededException`.
    pub async fn list_channels(
        &self,
        input: types::ListChannelsInput,
    ) -> Result<types::ListChannelsOutput, Error<error::ListChannelsError>> {
        self.handle.invoke(&schemas::ops::LIST_CHANNELS, input).await
    }
    /// Returns a summary of each queue in the Amazon Web Services account and Region used by the request. Use `StreamFilter` to list only the queues on a particular data stream.
    ///
    /// If the response contains a `NextToken`, more queues are available. Call `ListQueues` again with that value to retrieve the next page.
    pub async fn list_queues(
        &self,
        input: types::ListQueuesInput,
    ) -> Result<types::ListQueuesOutput, Error<error::ListQueuesError>> {
        self.handle.invoke(&schemas::ops::LIST_QUEUES, input).await
    }
    /// Lists the shards in a stream and provides information about each shard. This operation has a limit of 1000 transactions per second per data stream.
    ///
    /// When invoking this API, you must use either the `StreamARN` or the `StreamName` parameter, or both. It is recommended that you use the `StreamARN` input parameter when you invoke this API.
    ///
    /// This action does not list expired shards. For information about expired shards, see [Data Routing, Data Persistence, and Shard State after a Reshard](https://docs.aws.amazon.com/streams/latest/dev/kinesis-using-sdk-java-after-resharding.html#kinesis-using-sdk-java-resharding-data-routing).
    ///
    /// This API is a new operation that is used by the Amazon Kinesis Client Library (KCL). If you have a fine-grained IAM policy that only allows specific operations, you must update your policy to allow calls to this API. For more information, see [Controlling Access to Amazon Kinesis Data Streams Resources Using IAM](https://docs.aws.amazon.com/streams/latest/dev/controlling-access.html).
    pub async fn list_shards(
        &self,
        input: types::ListShardsInput,
    ) -> Result<types::ListShardsOutput, Error<error::ListShardsError>> {
        self.handle.invoke(&schemas::ops::LIST_SHARDS, input).await
    }
    /// Lists the consumers registered to receive data from a stream using enhanced fan-out, and provides information about each consumer.
    ///
    /// This operation has a limit of 5 transactions per second per stream.
    pub async fn list_stream_consumers(
        &self,
        input: types::ListStreamConsumersInput,
    ) -> Result<
        types::ListStreamConsumersOutput,
        Error<error::ListStreamConsumersError>,
    > {
        self.handle.invoke(&schemas::ops::LIST_STREAM_CONSUMERS, input).await
    }
    /// Lists your Kinesis data streams.
    ///
    /// The number of streams may be too large to return from a single call to `ListStreams`. You can limit the number of returned streams using the `Limit` parameter. If you do not specify a value for the `Limit` parameter, Kinesis Data Streams uses the default limit, which is currently 100.
    ///
    /// You can detect if there are more streams available to list by using the `HasMoreStreams` flag from the returned output. If there are more streams available, you can request more streams by using the name of the last stream returned by the `ListStreams` request in the `ExclusiveStartStreamName` parameter in a subsequent request to `ListStreams`. The group of stream names returned by the subsequent request is then added to the list. You can continue this process until all the stream names have been collected in the list.
    ///
    /// ListStreams has a limit of five transactions per second per account.
    pub async fn list_streams(
        &self,
        input: types::ListStreamsInput,
    ) -> Result<types::ListStreamsOutput, Error<error::ListStreamsError>> {
        self.handle.invoke(&schemas::ops::LIST_STREAMS, input).await
    }
    /// List all tags added to the specified Kinesis resource. Each tag is a label consisting of a user-defined key and value. Tags can help you manage, identify, organize, search for, and filter resources.
    ///
    /// The Kinesis resource can be a data stream, a queue, or an enhanced fan-out consumer.
    ///
    /// For more information about tagging Kinesis resources, see [Tag your Amazon Kinesis Data Streams resources](https://docs.aws.amazon.com/streams/latest/dev/tagging.html).
    pub async fn list_tags_for_resource(
        &self,
        input: types::ListTagsForResourceInput,
    ) -> Result<
        types::ListTagsForResourceOutput,
        Error<error::ListTagsForResourceError>,
    > {
        self.handle.invoke(&schemas::ops::LIST_TAGS_FOR_RESOURCE, input).await
    }
    /// Lists the tags for the specified Kinesis data stream. This operation has a limit of five transactions per second per account.
    ///
    /// When invoking this API, you must use either the `StreamARN` or the `StreamName` parameter, or both. It is recommended that you use the `StreamARN` input parameter when you invoke this API.
    pub async fn list_tags_for_stream(
        &self,
        input: types::ListTagsForStreamInput,
    ) -> Result<types::ListTagsForStreamOutput, Error<error::ListTagsForStreamError>> {
        self.handle.invoke(&schemas::ops::LIST_TAGS_FOR_STREAM, input).await
    }
    /// Merges two adjacent shards in a Kinesis data stream and combines them into a single shard to reduce the stream's capacity to ingest and transport data. This API is only supported for the data streams with the provisioned capacity mode. Two shards are considered adjacent if the union of the hash key ranges for the two shards form a contiguous set with no gaps. For example, if you have two shards, one with a hash key range of 276...381 and the other with a hash key range of 382...454, then you could merge these two shards into a single shard that would have a hash key range of 276...454. After the merge, the single child shard receives data for all hash key values covered by the two parent shards.
    ///
    /// When invoking this API, you must use either the `StreamARN` or the `StreamName` parameter, or both. It is recommended that you use the `StreamARN` input parameter when you invoke this API.
    ///
    /// `MergeShards` is called when there is a need to reduce the overall capacity of a stream because of excess capacity that is not being used. You must specify the shard to be merged and the adjacent shard for a stream. For more information about merging shards, see [Merge Two Shards](https://docs.aws.amazon.com/kinesis/latest/dev/kinesis-using-sdk-java-resharding-merge.html) in the *Amazon Kinesis Data Streams Developer Guide*.
    ///
    /// If the stream is in the `ACTIVE` state, you can call `MergeShards`. If a stream is in the `CREATING`, `UPDATING`, or `DELETING` state, `MergeShards` returns a `ResourceInUseException`. If the specified stream does not exist, `MergeShards` returns a `ResourceNotFoundException`.
    ///
    /// You can use DescribeStreamSummary to check the state of the stream, which is returned in `StreamStatus`.
    ///
    /// `MergeShards` is an asynchronous operation. Upon receiving a `MergeShards` request, Amazon Kinesis Data Streams immediately returns a response and sets the `StreamStatus` to `UPDATING`. After the operation is completed, Kinesis Data Streams sets the `StreamStatus` to `ACTIVE`. Read and write operations continue to work while the stream is in the `UPDATING` state.
    ///
    /// You use DescribeStreamSummary and the ListShards APIs to determine the shard IDs that are specified in the `MergeShards` request.
    ///
    /// If you try to operate on too many streams in parallel using CreateStream, DeleteStream, `MergeShards`, or SplitShard, you receive a `LimitExceededException`.
    ///
    /// `MergeShards` has a limit of five transactions per second per account.
    pub async fn merge_shards(
        &self,
        input: types::MergeShardsInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::MergeShardsError>> {
        self.handle.invoke(&schemas::ops::MERGE_SHARDS, input).await
    }
    /// Writes a single data record into an Amazon Kinesis data stream. Call `PutRecord` to send data into the stream for real-time ingestion and subsequent processing, one record at a time. Each shard can support writes up to 1,000 records per second, up to a maximum data write total of 10 MiB per second.
    ///
    /// When invoking this API, you must use either the `StreamARN` or the `StreamName` parameter, or both. It is recommended that you use the `StreamARN` input parameter when you invoke this API.
    ///
    /// You must specify the name of the stream that captures, stores, and transports the data; a partition key; and the data blob itself.
    ///
    /// The data blob can be any type of data; for example, a segment from a log file, geographic/location data, website clickstream data, and so on.
    ///
    /// The partition key is used by Kinesis Data Streams to distribute data across shards. Kinesis Data Streams segregates the data records that belong to a stream into multiple shards, using the partition key associated with each data record to determine the shard to which a given data record belongs.
    ///
    /// Partition keys are Unicode strings, with a maximum length limit of 256 characters for each key. An MD5 hash function is used to map partition keys to 128-bit integer values and to map associated data records to shards using the hash key ranges of the shards. You can override hashing the partition key to determine the shard by explicitly specifying a hash value using the `ExplicitHashKey` parameter. For more information, see [Adding Data to a Stream](https://docs.aws.amazon.com/kinesis/latest/dev/developing-producers-with-sdk.html#kinesis-using-sdk-java-add-data-to-stream) in the *Amazon Kinesis Data Streams Developer Guide*.
    ///
    /// `PutRecord` returns the shard ID of where the data record was placed and the sequence number that was assigned to the data record.
    ///
    /// Sequence numbers increase over time and are specific to a shard within a stream, not across all shards within a stream. To guarantee strictly increasing ordering, write serially to a shard and use the `SequenceNumberForOrdering` parameter. For more information, see [Adding Data to a Stream](https://docs.aws.amazon.com/kinesis/latest/dev/developing-producers-with-sdk.html#kinesis-using-sdk-java-add-data-to-stream) in the *Amazon Kinesis Data Streams Developer Guide*.
    ///
    /// After you write a record to a stream, you cannot modify that record or its order within the stream.
    ///
    /// If a `PutRecord` request cannot be processed because of insufficient provisioned throughput on the shard involved in the request, `PutRecord` throws `ProvisionedThroughputExceededException`.
    ///
    /// By default, data records are accessible for 24 hours from the time that they are added to a stream. You can use IncreaseStreamRetentionPeriod or DecreaseStreamRetentionPeriod to modify this retention period.
    pub async fn put_record(
        &self,
        input: types::PutRecordInput,
    ) -> Result<types::PutRecordOutput, Error<error::PutRecordError>> {
        self.handle.invoke(&schemas::ops::PUT_RECORD, input).await
    }
    /// Writes multiple data records into a Kinesis data stream in a single call (also referred to as a `PutRecords` request). Use this operation to send data into the stream for data ingestion and processing.
    ///
    /// When invoking this API, you must use either the `StreamARN` or the `StreamName` parameter, or both. It is recommended that you use the `StreamARN` input parameter when you invoke this API.
    ///
    /// Each `PutRecords` request can support up to 500 records. Each record in the request can be as large as 10 MiB, up to a limit of 10 MiB for the entire request, including partition keys. Each shard can support writes up to 1,000 records per second, up to a maximum data write total of 1 MB per second.
    ///
    /// You must specify the name of the stream that captures, stores, and transports the data; and an array of request `Records`, with each record in the array requiring a partition key and data blob. The record size limit applies to the total size of the partition key and data blob.
    ///
    /// The data blob can be any type of data; for example, a segment from a log file, geographic/location data, website clickstream data, and so on.
    ///
    /// The partition key is used by Kinesis Data Streams as input to a hash function that maps the partition key and associated data to a specific shard. An MD5 hash function is used to map partition keys to 128-bit integer values and to map associated data records to shards. As a result of this hashing mechanism, all data records with the same partition key map to the same shard within the stream. For more information, see [Adding Data to a Stream](https://docs.aws.amazon.com/kinesis/latest/dev/developing-producers-with-sdk.html#kinesis-using-sdk-java-add-data-to-stream) in the *Amazon Kinesis Data Streams Developer Guide*.
    ///
    /// Each record in the `Records` array may include an optional parameter, `ExplicitHashKey`, which overrides the partition key to shard mapping. This parameter allows a data producer to determine explicitly the shard where the record is stored. For more information, see [Adding Multiple Records with PutRecords](https://docs.aws.amazon.com/kinesis/latest/dev/developing-producers-with-sdk.html#kinesis-using-sdk-java-putrecords) in the *Amazon Kinesis Data Streams Developer Guide*.
    ///
    /// The `PutRecords` response includes an array of response `Records`. Each record in the response array directly correlates with a record in the request array using natural ordering, from the top to the bottom of the request and response. The response `Records` array always includes the same number of records as the request array.
    ///
    /// The response `Records` array includes both successfully and unsuccessfully processed records. Kinesis Data Streams attempts to process all records in each `PutRecords` request. A single record failure does not stop the processing of subsequent records. As a result, PutRecords doesn't guarantee the ordering of records. If you need to read records in the same order they are written to the stream, use PutRecord instead of `PutRecords`, and write to the same shard.
    ///
    /// A successfully processed record includes `ShardId` and `SequenceNumber` values. The `ShardId` parameter identifies the shard in the stream where the record is stored. The `SequenceNumber` parameter is an identifier assigned to the put record, unique to all records in the stream.
    ///
    /// An unsuccessfully processed record includes `ErrorCode` and `ErrorMessage` values. `ErrorCode` reflects the type of error and can be one of the following values: `ProvisionedThroughputExceededException` or `InternalFailure`. `ErrorMessage` provides more detailed information about the `ProvisionedThroughputExceededException` exception including the account ID, stream name, and shard ID of the record that was throttled. For more information about partially successful responses, see [Adding Multiple Records with PutRecords](https://docs.aws.amazon.com/kinesis/latest/dev/kinesis-using-sdk-java-add-data-to-stream.html#kinesis-using-sdk-java-putrecords) in the *Amazon Kinesis Data Streams Developer Guide*.
    ///
    /// After you write a record to a stream, you cannot modify that record or its order within the stream.
    ///
    /// By default, data records are accessible for 24 hours from the time that they are added to a stream. You can use IncreaseStreamRetentionPeriod or DecreaseStreamRetentionPeriod to modify this retention period.
    pub async fn put_records(
        &self,
        input: types::PutRecordsInput,
    ) -> Result<types::PutRecordsOutput, Error<error::PutRecordsError>> {
        self.handle.invoke(&schemas::ops::PUT_RECORDS, input).await
    }
    /// Attaches a resource-based policy to a data stream, a queue, or an enhanced fan-out consumer. If you are using an identity other than the root user of the Amazon Web Services account that owns the resource, the calling identity must have the `PutResourcePolicy` permissions on the specified Kinesis Data Streams resource and belong to the owner's account in order to use this operation. If you don't have `PutResourcePolicy` permissions, Amazon Kinesis Data Streams returns a `403 Access Denied error`. If you receive a `ResourceNotFoundException`, check to see if you passed a valid stream or consumer resource.
    ///
    /// Request patterns can be one of the following:
    ///
    /// - Data stream pattern: `arn:aws.\*:kinesis:.\*:\d{12}:.\*stream/\S+`
    ///
    /// - Consumer pattern: `^(arn):aws.\*:kinesis:.\*:\d{12}:.\*stream\/\[a-zA-Z0-9\_.-\]+\/consumer\/\[a-zA-Z0-9\_.-\]+:\[0-9\]+`
    ///
    /// - Queue pattern: `arn:aws.\*:kinesis:.\*:\d{12}:queue/\S+`
    ///
    /// For more information, see [Controlling Access to Amazon Kinesis Data Streams Resources Using IAM](https://docs.aws.amazon.com/streams/latest/dev/controlling-access.html).
    pub async fn put_resource_policy(
        &self,
        input: types::PutResourcePolicyInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::PutResourcePolicyError>> {
        self.handle.invoke(&schemas::ops::PUT_RESOURCE_POLICY, input).await
    }
    /// Receives up to 10 dead-letter records from the specified queue. Each queue has built-in dead-letter handling: when a record has been received `MaxReceiveCount` times without being acknowledged, it becomes a dead-letter record, which usually means your queue consumer could not process it. The dead-letter record stays in the same queue, and ReceiveQueueRecords no longer returns it.
    ///
    /// Dead-letter records carry the same data and partition key as when they were first delivered, and are returned with a receipt handle. Use the receipt handle to acknowledge the record with AcknowledgeDeadLetterQueueRecords, which discards it, to change its visibility with UpdateDeadLetterQueueRecordsVisibility, or to restore it with RestoreDeadLetterQueueRecords, which returns it to the normal receive path so that ReceiveQueueRecords can return it again.
    ///
    /// Use this operation to inspect the records your queue consumer could not process, so you can correct the cause and then either acknowledge or restore them.
    ///
    /// A queue delivers dead-letter records while it is in the `ACTIVE` state.
    pub async fn receive_dead_letter_queue_records(
        &self,
        input: types::ReceiveDeadLetterQueueRecordsInput,
    ) -> Result<
        types::ReceiveDeadLetterQueueRecordsOutput,
        Error<error::ReceiveDeadLetterQueueRecordsError>,
    > {
        self.handle.invoke(&schemas::ops::RECEIVE_DEAD_LETTER_QUEUE_RECORDS, input).await
    }
    /// Receives up to 10 records from the specified queue. Each record is returned with a receipt handle, which is the identifier you use to acknowledge the record or change its visibility.
    ///
    /// A record returned by `ReceiveQueueRecords` becomes in flight: it is not visible to any consumer instance for the duration of its visibility timeout, so subsequent receive requests do not return it while your queue consumer processes it. Acknowledge the record with AcknowledgeQueueRecords when you finish processing it. A record that is not acknowledged before its visibility timeout expires becomes visible in the queue again and can be received by any consumer instance.
    ///
    /// Use `WaitTimeSeconds` to control how long the call waits for a record to become visible before returning. If a record becomes visible sooner, the call returns sooner. If the wait time expires and no records are visible, the call returns an empty list of records.
    ///
    /// Records are not necessarily received in the order they were written to the data stream.
    ///
    /// A queue delivers records while it is in the `ACTIVE` state.
    ///
    /// On rare occasions, a queue can deliver a record more than once. Design your queue consumer to be idempotent, so that processing the same record more than once is safe.
    pub async fn receive_queue_records(
        &self,
        input: types::ReceiveQueueRecordsInput,
    ) -> Result<
        types::ReceiveQueueRecordsOutput,
        Error<error::ReceiveQueueRecordsError>,
    > {
        self.handle.invoke(&schemas::ops::RECEIVE_QUEUE_RECORDS, input).await
    }
    /// Registers a consumer with a Kinesis data stream. When you use this operation, the consumer you register can then call SubscribeToShard to receive data from the stream using enhanced fan-out, at a rate of up to 2 MiB per second for every shard you subscribe to. This rate is unaffected by the total number of consumers that read from the same stream.
    ///
    /// You can add tags to the registered consumer when making a `RegisterStreamConsumer` request by setting the `Tags` parameter. If you pass the `Tags` parameter, in addition to having the `kinesis:RegisterStreamConsumer` permission, you must also have the `kinesis:TagResource` permission for the consumer that will be registered. Tags will take effect from the `CREATING` status of the consumer.
    ///
    /// With On-demand Advantage streams, you can register up to 50 consumers per stream to use enhanced fan-out. With On-demand Standard and Provisioned streams, you can register up to 20 consumers per stream to use enhanced fan-out. Queues share this limit with enhanced fan-out consumers: both count as registered consumers on the stream. A given consumer can only be registered with one stream at a time.
    ///
    /// For an example of how to use this operation, see [Develop enhanced fan-out consumers with the Amazon Web Services SDK for Java](https://docs.aws.amazon.com/streams/latest/dev/building-enhanced-consumers-api.html).
    ///
    /// The use of this operation has a limit of five transactions per second per account. Also, only 5 consumers can be created simultaneously. In other words, you cannot have more than 5 consumers in a `CREATING` status at the same time. Registering a 6th consumer while there are 5 in a `CREATING` status results in a `LimitExceededException`.
    pub async fn register_stream_consumer(
        &self,
        input: types::RegisterStreamConsumerInput,
    ) -> Result<
        types::RegisterStreamConsumerOutput,
        Error<error::RegisterStreamConsumerError>,
    > {
        self.handle.invoke(&schemas::ops::REGISTER_STREAM_CONSUMER, input).await
    }
    /// Removes tags from the specified Kinesis data stream. Removed tags are deleted and cannot be recovered after this operation successfully completes.
    ///
    /// When invoking this API, you must use either the `StreamARN` or the `StreamName` parameter, or both. It is recommended that you use the `StreamARN` input parameter when you invoke this API.
    ///
    /// If you specify a tag that does not exist, it is ignored.
    ///
    /// RemoveTagsFromStream has a limit of five transactions per second per account.
    pub async fn remove_tags_from_stream(
        &self,
        input: types::RemoveTagsFromStreamInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::RemoveTagsFromStreamError>> {
        self.handle.invoke(&schemas::ops::REMOVE_TAGS_FROM_STREAM, input).await
    }
    /// Restores up to 10 dead-letter records in the specified queue. Restoring a record clears its dead-letter state and resets its receive count, so ReceiveQueueRecords can return it again, up to `MaxReceiveCount` times before it becomes a dead-letter record again. The result for each entry is reported individually in the response.
    ///
    /// Restore records after you have corrected the condition that prevented your queue consumer from processing them.
    ///
    /// Because the request can result in a combination of successful and unsuccessful entries, check the `Failed` list even when the call returns an HTTP status code of `200`.
    pub async fn restore_dead_letter_queue_records(
        &self,
        input: types::RestoreDeadLetterQueueRecordsInput,
    ) -> Result<
        types::RestoreDeadLetterQueueRecordsOutput,
        Error<error::RestoreDeadLetterQueueRecordsError>,
    > {
        self.handle.invoke(&schemas::ops::RESTORE_DEAD_LETTER_QUEUE_RECORDS, input).await
    }
    /// Splits a shard into two new shards in the Kinesis data stream, to increase the stream's capacity to ingest and transport data. `SplitShard` is called when there is a need to increase the overall capacity of a stream because of an expected increase in the volume of data records being ingested. This API is only supported for the data streams with the provisioned capacity mode.
    ///
    /// When invoking this API, you must use either the `StreamARN` or the `StreamName` parameter, or both. It is recommended that you use the `StreamARN` input parameter when you invoke this API.
    ///
    /// You can also use `SplitShard` when a shard appears to be approaching its maximum utilization; for example, the producers sending data into the specific shard are suddenly sending more than previously anticipated. You can also call `SplitShard` to increase stream capacity, so that more Kinesis Data Streams applications can simultaneously read data from the stream for real-time processing.
    ///
    /// You must specify the shard to be split and the new hash key, which is the position in the shard where the shard gets split in two. In many cases, the new hash key might be the average of the beginning and ending hash key, but it can be any hash key value in the range being mapped into the shard. For more information, see [Split a Shard](https://docs.aws.amazon.com/kinesis/latest/dev/kinesis-using-sdk-java-resharding-split.html) in the *Amazon Kinesis Data Streams Developer Guide*.
    ///
    /// You can use DescribeStreamSummary and the ListShards APIs to determine the shard ID and hash key values for the `ShardToSplit` and `NewStartingHashKey` parameters that are specified in the `SplitShard` request.
    ///
    /// `SplitShard` is an asynchronous operation. Upon receiving a `SplitShard` request, Kinesis Data Streams immediately returns a response and sets the stream status to `UPDATING`. After the operation is completed, Kinesis Data Streams sets the stream status to `ACTIVE`. Read and write operations continue to work while the stream is in the `UPDATING` state.
    ///
    /// You can use DescribeStreamSummary to check the status of the stream, which is returned in `StreamStatus`. If the stream is in the `ACTIVE` state, you can call `SplitShard`.
    ///
    /// If the specified stream does not exist, DescribeStreamSummary returns a `ResourceNotFoundException`. If you try to create more shards than are authorized for your account, you receive a `LimitExceededException`.
    ///
    /// For the default shard limit for an Amazon Web Services account, see [Kinesis Data Streams Limits](https://docs.aws.amazon.com/kinesis/latest/dev/service-sizes-and-limits.html) in the *Amazon Kinesis Data Streams Developer Guide*. To increase this limit, [contact Amazon Web Services Support](https://docs.aws.amazon.com/general/latest/gr/aws_service_limits.html).
    ///
    /// If you try to operate on too many streams simultaneously using CreateStream, DeleteStream, MergeShards, and/or SplitShard, you receive a `LimitExceededException`.
    ///
    /// `SplitShard` has a limit of five transactions per second per account.
    pub async fn split_shard(
        &self,
        input: types::SplitShardInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::SplitShardError>> {
        self.handle.invoke(&schemas::ops::SPLIT_SHARD, input).await
    }
    /// Enables or updates server-side encryption using an Amazon Web Services KMS key for a specified stream.
    ///
    /// When invoking this API, you must use either the `StreamARN` or the `StreamName` parameter, or both. It is recommended that you use the `StreamARN` input parameter when you invoke this API.
    ///
    /// Starting encryption is an asynchronous operation. Upon receiving the request, Kinesis Data Streams returns immediately and sets the status of the stream to `UPDATING`. After the update is complete, Kinesis Data Streams sets the status of the stream back to `ACTIVE`. Updating or applying encryption normally takes a few seconds to complete, but it can take minutes. You can continue to read and write data to your stream while its status is `UPDATING`. Once the status of the stream is `ACTIVE`, encryption begins for records written to the stream.
    ///
    /// API Limits: You can successfully apply a new Amazon Web Services KMS key for server-side encryption 25 times in a rolling 24-hour period.
    ///
    /// Note: It can take up to 5 seconds after the stream is in an `ACTIVE` status before all records written to the stream are encrypted. After you enable encryption, you can verify that encryption is applied by inspecting the API response from `PutRecord` or `PutRecords`.
    pub async fn start_stream_encryption(
        &self,
        input: types::StartStreamEncryptionInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::StartStreamEncryptionError>> {
        self.handle.invoke(&schemas::ops::START_STREAM_ENCRYPTION, input).await
    }
    /// Disables server-side encryption for a specified stream.
    ///
    /// When invoking this API, you must use either the `StreamARN` or the `StreamName` parameter, or both. It is recommended that you use the `StreamARN` input parameter when you invoke this API.
    ///
    /// Stopping encryption is an asynchronous operation. Upon receiving the request, Kinesis Data Streams returns immediately and sets the status of the stream to `UPDATING`. After the update is complete, Kinesis Data Streams sets the status of the stream back to `ACTIVE`. Stopping encryption normally takes a few seconds to complete, but it can take minutes. You can continue to read and write data to your stream while its status is `UPDATING`. Once the status of the stream is `ACTIVE`, records written to the stream are no longer encrypted by Kinesis Data Streams.
    ///
    /// API Limits: You can successfully disable server-side encryption 25 times in a rolling 24-hour period.
    ///
    /// Note: It can take up to 5 seconds after the stream is in an `ACTIVE` status before all records written to the stream are no longer subject to encryption. After you disabled encryption, you can verify that encryption is not applied by inspecting the API response from `PutRecord` or `PutRecords`.
    pub async fn stop_stream_encryption(
        &self,
        input: types::StopStreamEncryptionInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::StopStreamEncryptionError>> {
        self.handle.invoke(&schemas::ops::STOP_STREAM_ENCRYPTION, input).await
    }
    /// This operation establishes an HTTP/2 connection between the consumer you specify in the `ConsumerARN` parameter and the shard you specify in the `ShardId` parameter. After the connection is successfully established, Kinesis Data Streams pushes records from the shard to the consumer over this connection. Before you call this operation, call RegisterStreamConsumer to register the consumer with Kinesis Data Streams.
    ///
    /// When the `SubscribeToShard` call succeeds, your consumer starts receiving events of type SubscribeToShardEvent over the HTTP/2 connection for up to 5 minutes, after which time you need to call `SubscribeToShard` again to renew the subscription if you want to continue to receive records.
    ///
    /// You can make one call to `SubscribeToShard` per second per registered consumer per shard. For example, if you have a 4000 shard stream and two registered stream consumers, you can make one `SubscribeToShard` request per second for each combination of shard and registered consumer, allowing you to subscribe both consumers to all 4000 shards in one second.
    ///
    /// If you call `SubscribeToShard` again with the same `ConsumerARN` and `ShardId` within 5 seconds of a successful call, you'll get a `ResourceInUseException`. If you call `SubscribeToShard` 5 seconds or more after a successful call, the second call takes over the subscription and the previous connection expires or fails with a `ResourceInUseException`.
    ///
    /// For an example of how to use this operation, see [Develop enhanced fan-out consumers with the Amazon Web Services SDK for Java](https://docs.aws.amazon.com/streams/latest/dev/building-enhanced-consumers-api.html).
    pub async fn subscribe_to_shard(
        &self,
        input: types::SubscribeToShardInput,
    ) -> Result<types::SubscribeToShardOutput, Error<error::SubscribeToShardError>> {
        self.handle.invoke(&schemas::ops::SUBSCRIBE_TO_SHARD, input).await
    }
    /// Adds or updates tags for the specified Kinesis resource. Each tag is a label consisting of a user-defined key and value. Tags can help you manage, identify, organize, search for, and filter resources. You can assign up to 50 tags to a Kinesis resource.
    ///
    /// The Kinesis resource can be a data stream, a queue, or an enhanced fan-out consumer.
    pub async fn tag_resource(
        &self,
        input: types::TagResourceInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::TagResourceError>> {
        self.handle.invoke(&schemas::ops::TAG_RESOURCE, input).await
    }
    /// Removes tags from the specified Kinesis resource. Removed tags are deleted and can't be recovered after this operation completes successfully.
    ///
    /// The Kinesis resource can be a data stream, a queue, or an enhanced fan-out consumer.
    pub async fn untag_resource(
        &self,
        input: types::UntagResourceInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::UntagResourceError>> {
        self.handle.invoke(&schemas::ops::UNTAG_RESOURCE, input).await
    }
    /// Updates the account-level settings for Amazon Kinesis Data Streams.
    ///
    /// Updating account settings is a synchronous operation. Upon receiving the request, Kinesis Data Streams will return immediately with your account’s updated settings.
    ///
    /// **API limits**
    ///
    /// - Certain account configurations have minimum commitment windows. Attempting to update your settings prior to the end of the minimum commitment window might have certain restrictions.
    ///
    /// - This API has a call limit of 5 transactions per second (TPS) for each Amazon Web Services account. TPS over 5 will initiate the `LimitExceededException`.
    pub async fn update_account_settings(
        &self,
        input: types::UpdateAccountSettingsInput,
    ) -> Result<
        types::UpdateAccountSettingsOutput,
        Error<error::UpdateAccountSettingsError>,
    > {
        self.handle.invoke(&schemas::ops::UPDATE_ACCOUNT_SETTINGS, input).await
    }
    /// Updates the data freshness interval or the Amazon CloudWatch Logs configuration of an existing channel. You cannot change the destination, source stream, record format, schema, encryption configuration, or service execution role of an existing channel. To change any other setting, delete the channel and create a new one.
    ///
    /// Updating a channel is an asynchronous operation. Upon receiving the request, Amazon Kinesis Data Streams sets the channel to the `UPDATING` state and returns immediately. After the change is applied, Amazon Kinesis Data Streams sets the channel back to the `ACTIVE` state.
    ///
    /// This operation has a call limit of 5 transactions per second (TPS) for each Amazon Web Services account. Exceeding 5 TPS results in a `LimitExceededException`.
    pub async fn update_channel(
        &self,
        input: types::UpdateChannelInput,
    ) -> Result<types::UpdateChannelOutput, Error<error::UpdateChannelError>> {
        self.handle.invoke(&schemas::ops::UPDATE_CHANNEL, input).await
    }
    /// Changes the visibility timeout of up to 10 dead-letter records that you have received from the specified queue but not yet acknowledged. The result for each entry is reported individually in the response.
    ///
    /// Because the request can result in a combination of successful and unsuccessful entries, check the `Failed` list even when the call returns an HTTP status code of `200`.
    pub async fn update_dead_letter_queue_records_visibility(
        &self,
        input: types::UpdateDeadLetterQueueRecordsVisibilityInput,
    ) -> Result<
        types::UpdateDeadLetterQueueRecordsVisibilityOutput,
        Error<error::UpdateDeadLetterQueueRecordsVisibilityError>,
    > {
        self.handle
            .invoke(&schemas::ops::UPDATE_DEAD_LETTER_QUEUE_RECORDS_VISIBILITY, input)
            .await
    }
    /// This allows you to update the `MaxRecordSize` of a single record that you can write to, and read from a stream. You can ingest and digest single records up to 10240 KiB.
    pub async fn update_max_record_size(
        &self,
        input: types::UpdateMaxRecordSizeInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::UpdateMaxRecordSizeError>> {
        self.handle.invoke(&schemas::ops::UPDATE_MAX_RECORD_SIZE, input).await
    }
    /// Updates the configuration attributes of the specified queue. You can change the queue's visibility timeout, its dead-letter handling configuration, or both.
    ///
    /// A new visibility timeout applies to records received after the update completes. Records that are already in flight keep the visibility timeout they were received with. To change the visibility timeout of a record that is already in flight, use UpdateQueueRecordsVisibility.
    ///
    /// `UpdateQueue` is an asynchronous operation. Upon receiving an `UpdateQueue` request, Amazon Kinesis Data Streams sets the `QueueStatus` to `UPDATING`, and sets it back to `ACTIVE` when the update is complete. You can continue to receive and acknowledge records while the queue is `UPDATING`.
    ///
    /// You can't change the data stream or the starting position of a queue after you create it. To read from a different stream or position, create a new queue.
    pub async fn update_queue(
        &self,
        input: types::UpdateQueueInput,
    ) -> Result<types::UpdateQueueOutput, Error<error::UpdateQueueError>> {
        self.handle.invoke(&schemas::ops::UPDATE_QUEUE, input).await
    }
    /// Changes the visibility timeout of up to 10 records that you have received from the specified queue but not yet acknowledged. The result for each entry is reported individually in the response.
    ///
    /// Extend the visibility timeout of a record when your queue consumer needs more time to finish processing it, so the record does not become visible and get redelivered while it is still being processed. Set the visibility timeout to `0` to make a record visible in the queue immediately, so that it can be received again without waiting for its current timeout to expire.
    ///
    /// Because the request can result in a combination of successful and unsuccessful entries, check the `Failed` list even when the call returns an HTTP status code of `200`.
    pub async fn update_queue_records_visibility(
        &self,
        input: types::UpdateQueueRecordsVisibilityInput,
    ) -> Result<
        types::UpdateQueueRecordsVisibilityOutput,
        Error<error::UpdateQueueRecordsVisibilityError>,
    > {
        self.handle.invoke(&schemas::ops::UPDATE_QUEUE_RECORDS_VISIBILITY, input).await
    }
    /// Updates the shard count of the specified stream to the specified number of shards. This API is only supported for the data streams with the provisioned capacity mode.
    ///
    /// When invoking this API, you must use either the `StreamARN` or the `StreamName` parameter, or both. It is recommended that you use the `StreamARN` input parameter when you invoke this API.
    ///
    /// Updating the shard count is an asynchronous operation. Upon receiving the request, Kinesis Data Streams returns immediately and sets the status of the stream to `UPDATING`. After the update is complete, Kinesis Data Streams sets the status of the stream back to `ACTIVE`. Depending on the size of the stream, the scaling action could take a few minutes to complete. You can continue to read and write data to your stream while its status is `UPDATING`.
    ///
    /// To update the shard count, Kinesis Data Streams performs splits or merges on individual shards. This can cause short-lived shards to be created, in addition to the final shards. These short-lived shards count towards your total shard limit for your account in the Region.
    ///
    /// When using this operation, we recommend that you specify a target shard count that is a multiple of 25% (25%, 50%, 75%, 100%). You can specify any target value within your shard limit. However, if you specify a target that isn't a multiple of 25%, the scaling action might take longer to complete.
    ///
    /// This operation has the following default limits. By default, you cannot do the following:
    ///
    /// - Scale more than ten times per rolling 24-hour period per stream
    ///
    /// - Scale up to more than double your current shard count for a stream
    ///
    /// - Scale down below half your current shard count for a stream
    ///
    /// - Scale up to more than 10000 shards in a stream
    ///
    /// - Scale a stream with more than 10000 shards down unless the result is less than 10000 shards
    ///
    /// - Scale up to more than the shard limit for your account
    ///
    /// - Make over 10 TPS. TPS over 10 will trigger the LimitExceededException
    ///
    /// For the default limits for an Amazon Web Services account, see [Streams Limits](https://docs.aws.amazon.com/kinesis/latest/dev/service-sizes-and-limits.html) in the *Amazon Kinesis Data Streams Developer Guide*. To request an increase in the call rate limit, the shard limit for this API, or your overall shard limit, use the [limits form](https://console.aws.amazon.com/support/v1#/case/create?issueType=service-limit-increase&limitType=service-code-kinesis).
    pub async fn update_shard_count(
        &self,
        input: types::UpdateShardCountInput,
    ) -> Result<types::UpdateShardCountOutput, Error<error::UpdateShardCountError>> {
        self.handle.invoke(&schemas::ops::UPDATE_SHARD_COUNT, input).await
    }
    /// Updates the capacity mode of the data stream. Currently, in Kinesis Data Streams, you can choose between an **on-demand** capacity mode and a **provisioned** capacity mode for your data stream.
    ///
    /// If you'd still like to proactively scale your on-demand data stream’s capacity, you can unlock the warm throughput feature for on-demand data streams by enabling `MinimumThroughputBillingCommitment` for your account. Once your account has `MinimumThroughputBillingCommitment` enabled, you can specify the warm throughput in MiB per second that your stream can support in writes.
    ///
    /// You can't switch a data stream from on-demand to provisioned capacity mode while the stream has one or more queues. Delete the queues with DeleteQueue before you change the capacity mode.
    pub async fn update_stream_mode(
        &self,
        input: types::UpdateStreamModeInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::UpdateStreamModeError>> {
        self.handle.invoke(&schemas::ops::UPDATE_STREAM_MODE, input).await
    }
    /// Updates the record distribution strategy for the specified Amazon Kinesis Data Streams on-demand data stream. The record distribution strategy determines how Amazon Kinesis Data Streams distributes records across the shards in a stream.
    ///
    /// You must specify the stream using the `StreamARN` parameter.
    ///
    /// The record distribution strategy is a stream-level setting. You can switch between the following strategies at any time, and the change takes effect immediately without downtime, data loss, or disruption to producer or consumer applications:
    ///
    /// - `AUTO` – Amazon Kinesis Data Streams distributes records evenly across shards using service-managed algorithms, and ignores any partition key and `ExplicitHashKey` that a producer provides. Use this strategy for stateless workloads that do not require partition-key ordering.
    ///
    /// - `USER\_PARTITION\_KEY` – Producers must provide a partition key, and Amazon Kinesis Data Streams uses the partition key to determine shard placement. Records that share a partition key are sent to the same shard. This is the default strategy.
    ///
    /// This operation is only supported for data streams that use the on-demand capacity mode. Provisioned capacity mode streams do not support the record distribution strategy setting. Attempting to set `AUTO` on a provisioned stream results in an `InvalidArgumentException`.
    ///
    /// New records that arrive after the change are distributed according to the new strategy. Records already in the stream keep their original shard assignments and are not redistributed.
    pub async fn update_stream_record_distribution_strategy(
        &self,
        input: types::UpdateStreamRecordDistributionStrategyInput,
    ) -> Result<
        kumo_runtime::NoOutput,
        Error<error::UpdateStreamRecordDistributionStrategyError>,
    > {
        self.handle
            .invoke(&schemas::ops::UPDATE_STREAM_RECORD_DISTRIBUTION_STRATEGY, input)
            .await
    }
    /// Updates the warm throughput configuration for the specified Amazon Kinesis Data Streams on-demand data stream. Updates the warm throughput configuration for the specified on-demand data stream. Use this operation to scale your stream to a specified throughput level before anticipated traffic spikes, or to release excess capacity after traffic has decreased.
    ///
    /// When invoking this API, you must use either the `StreamARN` or the `StreamName` parameter, or both. It is recommended that you use the `StreamARN` input parameter when you invoke this API.
    ///
    /// Updating the warm throughput is an asynchronous operation. Upon receiving the request, Kinesis Data Streams returns immediately and sets the status of the stream to `UPDATING`. After the update is complete, Kinesis Data Streams sets the status of the stream back to `ACTIVE`. Depending on the size of the stream, the scaling action could take a few minutes to complete. You can continue to read and write data to your stream while its status is `UPDATING`.
    ///
    /// This operation is only supported for data streams with the on-demand capacity mode in accounts that have `MinimumThroughputBillingCommitment` enabled. Provisioned capacity mode streams do not support warm throughput configuration.
    ///
    /// To release excess capacity, call the API again and set the warm throughput to the same or a lower value.
    ///
    /// This operation has the following default limits. By default, you cannot do the following:
    ///
    /// - Scale to more than 10 GiBps for an on-demand stream.
    ///
    /// - This API has a call limit of 5 transactions per second (TPS) for each Amazon Web Services account. TPS over 5 will initiate the `LimitExceededException`.
    ///
    /// For the default limits for an Amazon Web Services account, see [Streams Limits](https://docs.aws.amazon.com/kinesis/latest/dev/service-sizes-and-limits.html) in the *Amazon Kinesis Data Streams Developer Guide*. To request an increase in the call rate limit, the shard limit for this API, or your overall shard limit, use the [limits form](https://console.aws.amazon.com/support/v1#/case/create?issueType=service-limit-increase&limitType=service-code-kinesis).
    pub async fn update_stream_warm_throughput(
        &self,
        input: types::UpdateStreamWarmThroughputInput,
    ) -> Result<
        types::UpdateStreamWarmThroughputOutput,
        Error<error::UpdateStreamWarmThroughputError>,
    > {
        self.handle.invoke(&schemas::ops::UPDATE_STREAM_WARM_THROUGHPUT, input).await
    }
}
/// Paginators and waiters.
impl Client {
    /// The pages of [`Client::describe_stream`], one request each (paginator `DescribeStream`).
    pub fn describe_stream_pages(
        &self,
        input: types::DescribeStreamInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeStreamInput,
        types::DescribeStreamOutput,
        error::DescribeStreamError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_STREAM, input)
    }
    /// The pages of [`Client::list_channels`], one request each (paginator `ListChannels`).
    pub fn list_channels_pages(
        &self,
        input: types::ListChannelsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListChannelsInput,
        types::ListChannelsOutput,
        error::ListChannelsError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_CHANNELS, input)
    }
    /// The pages of [`Client::list_queues`], one request each (paginator `ListQueues`).
    pub fn list_queues_pages(
        &self,
        input: types::ListQueuesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListQueuesInput,
        types::ListQueuesOutput,
        error::ListQueuesError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_QUEUES, input)
    }
    /// The pages of [`Client::list_shards`], one request each (paginator `ListShards`).
    pub fn list_shards_pages(
        &self,
        input: types::ListShardsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListShardsInput,
        types::ListShardsOutput,
        error::ListShardsError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_SHARDS, input)
    }
    /// The pages of [`Client::list_stream_consumers`], one request each (paginator `ListStreamConsumers`).
    pub fn list_stream_consumers_pages(
        &self,
        input: types::ListStreamConsumersInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListStreamConsumersInput,
        types::ListStreamConsumersOutput,
        error::ListStreamConsumersError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_STREAM_CONSUMERS, input)
    }
    /// The pages of [`Client::list_streams`], one request each (paginator `ListStreams`).
    pub fn list_streams_pages(
        &self,
        input: types::ListStreamsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListStreamsInput,
        types::ListStreamsOutput,
        error::ListStreamsError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_STREAMS, input)
    }
    /// Polls [`Client::describe_channel`] every 10 s (at most 18 times) until waiter `ChannelActive` succeeds; `config` overrides the timing.
    pub async fn wait_until_channel_active(
        &self,
        input: types::DescribeChannelInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<
        Option<types::DescribeChannelOutput>,
        Error<error::DescribeChannelError>,
    > {
        self.handle.wait(&schemas::waiters::CHANNEL_ACTIVE, input, config).await
    }
    /// Polls [`Client::describe_stream`] every 10 s (at most 18 times) until waiter `StreamExists` succeeds; `config` overrides the timing.
    pub async fn wait_until_stream_exists(
        &self,
        input: types::DescribeStreamInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<Option<types::DescribeStreamOutput>, Error<error::DescribeStreamError>> {
        self.handle.wait(&schemas::waiters::STREAM_EXISTS, input, config).await
    }
    /// Polls [`Client::describe_stream`] every 10 s (at most 18 times) until waiter `StreamNotExists` succeeds; `config` overrides the timing.
    pub async fn wait_until_stream_not_exists(
        &self,
        input: types::DescribeStreamInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<Option<types::DescribeStreamOutput>, Error<error::DescribeStreamError>> {
        self.handle.wait(&schemas::waiters::STREAM_NOT_EXISTS, input, config).await
    }
}

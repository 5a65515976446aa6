//! The service's shapes: structures, unions and enums.
#![allow(
    unused_imports,
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items
)]
use kumo_runtime as rt;
use super::schemas::*;
/// You don't have sufficient permissions to perform this action.
#[derive(Clone, Default, PartialEq)]
pub struct AccessDeniedException {}
rt::structure!(AccessDeniedException, ACCESS_DENIED_EXCEPTION, []);
/// A structure that contains information about one CloudWatch Logs account policy.
#[derive(Clone, Default, PartialEq)]
pub struct AccountPolicy {
    /// The name of the account policy.
    pub policy_name: Option<String>,
    /// The policy document for this account policy.
    ///
    /// The JSON specified in `policyDocument` can be up to 30,720 characters.
    pub policy_document: Option<String>,
    /// The date and time that this policy was most recently updated.
    pub last_updated_time: Option<i64>,
    /// The type of policy for this account policy.
    pub policy_type: Option<PolicyType>,
    /// The scope of the account policy.
    pub scope: Option<Scope>,
    /// The log group selection criteria that is used for this policy.
    pub selection_criteria: Option<String>,
    /// The Amazon Web Services account ID that the policy applies to.
    pub account_id: Option<String>,
}
rt::structure!(
    AccountPolicy, ACCOUNT_POLICY, [policy_name, policy_document, last_updated_time,
    policy_type, scope, selection_criteria, account_id]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ActionStatus {
    /// `IN_PROGRESS`
    InProgress,
    /// `CLIENT_ERROR`
    ClientError,
    /// `FAILED`
    Failed,
    /// `COMPLETE`
    Complete,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ActionStatus, { InProgress => "IN_PROGRESS", ClientError => "CLIENT_ERROR", Failed =>
    "FAILED", Complete => "COMPLETE" }
);
/// This object defines one key that will be added with the [ addKeys](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-addKey) processor.
#[derive(Clone, Default, PartialEq)]
pub struct AddKeyEntry {
    /// The key of the new entry to be added to the log event
    pub key: String,
    /// The value of the new entry to be added to the log event
    pub value: String,
    /// Specifies whether to overwrite the value if the key already exists in the log event. If you omit this, the default is `false`.
    pub overwrite_if_exists: Option<bool>,
}
rt::structure!(AddKeyEntry, ADD_KEY_ENTRY, [key, value, overwrite_if_exists]);
/// This processor adds new key-value pairs to the log event.
///
/// For more information about this processor including examples, see [ addKeys](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-addKeys) in the *CloudWatch Logs User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct AddKeys {
    /// An array of objects, where each object contains the information about one key to add to the log event.
    pub entries: Vec<AddKeyEntry>,
}
rt::structure!(AddKeys, ADD_KEYS, [entries]);
/// Contains an aggregate summary of log groups grouped by data source characteristics, including the count of log groups and their grouping identifiers.
#[derive(Clone, Default, PartialEq)]
pub struct AggregateLogGroupSummary {
    /// The number of log groups in this aggregate summary group.
    pub log_group_count: Option<i32>,
    /// An array of key-value pairs that identify the data source characteristics used to group the log groups.
    ///
    /// The size and content of this array depends on the `groupBy` parameter specified in the request.
    pub grouping_identifiers: Option<Vec<GroupingIdentifier>>,
}
rt::structure!(
    AggregateLogGroupSummary, AGGREGATE_LOG_GROUP_SUMMARY, [log_group_count,
    grouping_identifiers]
);
/// This structure represents one anomaly that has been found by a logs anomaly detector.
///
/// For more information about patterns and anomalies, see [CreateLogAnomalyDetector](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateLogAnomalyDetector.html).
#[derive(Clone, Default, PartialEq)]
pub struct Anomaly {
    /// The unique ID that CloudWatch Logs assigned to this anomaly.
    pub anomaly_id: String,
    /// The ID of the pattern used to help identify this anomaly.
    pub pattern_id: String,
    /// The ARN of the anomaly detector that identified this anomaly.
    pub anomaly_detector_arn: String,
    /// The pattern used to help identify this anomaly, in string format.
    pub pattern_string: String,
    /// The pattern used to help identify this anomaly, in regular expression format.
    pub pattern_regex: Option<String>,
    /// The priority level of this anomaly, as determined by CloudWatch Logs. Priority is computed based on log severity labels such as `FATAL` and `ERROR` and the amount of deviation from the baseline. Possible values are `HIGH`, `MEDIUM`, and `LOW`.
    pub priority: Option<String>,
    /// The date and time when the anomaly detector first saw this anomaly. It is specified as epoch time, which is the number of seconds since `January 1, 1970, 00:00:00 UTC`.
    pub first_seen: i64,
    /// The date and time when the anomaly detector most recently saw this anomaly. It is specified as epoch time, which is the number of seconds since `January 1, 1970, 00:00:00 UTC`.
    pub last_seen: i64,
    /// A human-readable description of the anomaly. This description is generated by CloudWatch Logs.
    pub description: String,
    /// Specifies whether this anomaly is still ongoing.
    pub active: bool,
    /// Indicates the current state of this anomaly. If it is still being treated as an anomaly, the value is `Active`. If you have suppressed this anomaly by using the [UpdateAnomaly](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_UpdateAnomaly.html) operation, the value is `Suppressed`. If this behavior is now considered to be normal, the value is `Baseline`.
    pub state: State,
    /// A map showing times when the anomaly detector ran, and the number of occurrences of this anomaly that were detected at each of those runs. The times are specified in epoch time, which is the number of seconds since `January 1, 1970, 00:00:00 UTC`.
    pub histogram: rt::IndexMap<String, i64>,
    /// An array of sample log event messages that are considered to be part of this anomaly.
    pub log_samples: Vec<LogEvent>,
    /// An array of structures where each structure contains information about one token that makes up the pattern.
    pub pattern_tokens: Vec<PatternToken>,
    /// An array of ARNS of the log groups that contained log events considered to be part of this anomaly.
    pub log_group_arn_list: Vec<String>,
    /// Indicates whether this anomaly is currently suppressed. To suppress an anomaly, use [UpdateAnomaly](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_UpdateAnomaly.html).
    pub suppressed: Option<bool>,
    /// If the anomaly is suppressed, this indicates when it was suppressed.
    pub suppressed_date: Option<i64>,
    /// If the anomaly is suppressed, this indicates when the suppression will end. If this value is `0`, the anomaly was suppressed with no expiration, with the `INFINITE` value.
    pub suppressed_until: Option<i64>,
    /// If this anomaly is suppressed, this field is `true` if the suppression is because the pattern is suppressed. If `false`, then only this particular anomaly is suppressed.
    pub is_pattern_level_suppression: Option<bool>,
}
rt::structure!(
    Anomaly, ANOMALY, [anomaly_id, pattern_id, anomaly_detector_arn, pattern_string,
    pattern_regex, priority, first_seen, last_seen, description, active, state,
    histogram, log_samples, pattern_tokens, log_group_arn_list, suppressed,
    suppressed_date, suppressed_until, is_pattern_level_suppression]
);
/// Contains information about one anomaly detector in the account.
#[derive(Clone, Default, PartialEq)]
pub struct AnomalyDetector {
    /// The ARN of the anomaly detector.
    pub anomaly_detector_arn: Option<String>,
    /// The name of the anomaly detector.
    pub detector_name: Option<String>,
    /// A list of the ARNs of the log groups that this anomaly detector watches.
    pub log_group_arn_list: Option<Vec<String>>,
    /// Specifies how often the anomaly detector runs and look for anomalies.
    pub evaluation_frequency: Option<EvaluationFrequency>,
    /// A symbolic description of how CloudWatch Logs should interpret the data in each log event. For example, a log event can contain timestamps, IP addresses, strings, and so on. You use the filter pattern to specify what to look for in the log event message.
    pub filter_pattern: Option<String>,
    /// Specifies the current status of the anomaly detector. To pause an anomaly detector, use the `enabled` parameter in the [UpdateLogAnomalyDetector](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_UpdateLogAnomalyDetector.html) operation.
    pub anomaly_detector_status: Option<AnomalyDetectorStatus>,
    /// The ARN of the KMS key assigned to this anomaly detector, if any.
    pub kms_key_id: Option<String>,
    /// The date and time when this anomaly detector was created.
    pub creation_time_stamp: Option<i64>,
    /// The date and time when this anomaly detector was most recently modified.
    pub last_modified_time_stamp: Option<i64>,
    /// The number of days used as the life cycle of anomalies. After this time, anomalies are automatically baselined and the anomaly detector model will treat new occurrences of similar event as normal.
    pub anomaly_visibility_time: Option<i64>,
}
rt::structure!(
    AnomalyDetector, ANOMALY_DETECTOR, [anomaly_detector_arn, detector_name,
    log_group_arn_list, evaluation_frequency, filter_pattern, anomaly_detector_status,
    kms_key_id, creation_time_stamp, last_modified_time_stamp, anomaly_visibility_time]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AnomalyDetectorStatus {
    /// `INITIALIZING`
    Initializing,
    /// `TRAINING`
    Training,
    /// `ANALYZING`
    Analyzing,
    /// `FAILED`
    Failed,
    /// `DELETED`
    Deleted,
    /// `PAUSED`
    Paused,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    AnomalyDetectorStatus, { Initializing => "INITIALIZING", Training => "TRAINING",
    Analyzing => "ANALYZING", Failed => "FAILED", Deleted => "DELETED", Paused =>
    "PAUSED" }
);
#[derive(Clone, Default, PartialEq)]
pub struct AssociateKmsKeyInput {
    /// The name of the log group.
    ///
    /// In your `AssociateKmsKey` operation, you must specify either the `resourceIdentifier` parameter or the `logGroup` parameter, but you can't specify both.
    pub log_group_name: Option<String>,
    /// The Amazon Resource Name (ARN) of the KMS key to use when encrypting log data. This must be a symmetric KMS key. For more information, see [Amazon Resource Names](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html#arn-syntax-kms) and [Using Symmetric and Asymmetric Keys](https://docs.aws.amazon.com/kms/latest/developerguide/symmetric-asymmetric.html).
    pub kms_key_id: String,
    /// Specifies the target for this operation. You must specify one of the following:
    ///
    /// - Specify the following ARN to have future [GetQueryResults](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_GetQueryResults.html) operations in this account encrypt the results with the specified KMS key. Replace *REGION* and *ACCOUNT\_ID* with your Region and account ID.
    ///
    /// `arn:aws:logs:*REGION*:*ACCOUNT\_ID*:query-result:\*`
    ///
    /// - Specify the ARN of a log group to have CloudWatch Logs use the KMS key to encrypt log events that are ingested and stored by that log group. The log group ARN must be in the following format. Replace *REGION* and *ACCOUNT\_ID* with your Region and account ID.
    ///
    /// `arn:aws:logs:*REGION*:*ACCOUNT\_ID*:log-group:*LOG\_GROUP\_NAME* `
    ///
    /// In your `AssociateKmsKey` operation, you must specify either the `resourceIdentifier` parameter or the `logGroup` parameter, but you can't specify both.
    pub resource_identifier: Option<String>,
}
rt::structure!(
    AssociateKmsKeyInput, ASSOCIATE_KMS_KEY_INPUT, [log_group_name, kms_key_id,
    resource_identifier]
);
#[derive(Clone, Default, PartialEq)]
pub struct AssociateSourceToS3TableIntegrationInput {
    /// The Amazon Resource Name (ARN) of the S3 Table Integration to associate the data source with.
    pub integration_arn: String,
    /// The data source to associate with the S3 Table Integration. Contains the name and type of the data source.
    pub data_source: DataSource,
}
rt::structure!(
    AssociateSourceToS3TableIntegrationInput,
    ASSOCIATE_SOURCE_TO_S3_TABLE_INTEGRATION_INPUT, [integration_arn, data_source]
);
#[derive(Clone, Default, PartialEq)]
pub struct AssociateSourceToS3TableIntegrationOutput {
    /// The unique identifier for the association between the data source and S3 Table Integration.
    pub identifier: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    AssociateSourceToS3TableIntegrationOutput,
    ASSOCIATE_SOURCE_TO_S3_TABLE_INTEGRATION_OUTPUT, [identifier], meta =
    response_metadata
);
/// The `CSV` processor parses comma-separated values (CSV) from the log events into columns.
///
/// For more information about this processor including examples, see [ csv](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-csv) in the *CloudWatch Logs User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct Csv {
    /// The character used used as a text qualifier for a single column of data. If you omit this, the double quotation mark `"` character is used.
    pub quote_character: Option<String>,
    /// The character used to separate each column in the original comma-separated value log event. If you omit this, the processor looks for the comma `,` character as the delimiter.
    pub delimiter: Option<String>,
    /// An array of names to use for the columns in the transformed log event.
    ///
    /// If you omit this, default column names (`\[column\_1, column\_2 ...\]`) are used.
    pub columns: Option<Vec<String>>,
    /// The path to the field in the log event that has the comma separated values to be parsed. If you omit this value, the whole log message is processed.
    pub source: Option<String>,
    /// The path to the parent field to put transformed key value pairs under. If you omit this value, the key value pairs will be placed under the root node.
    pub destination: Option<String>,
}
rt::structure!(Csv, CSV, [quote_character, delimiter, columns, source, destination]);
#[derive(Clone, Default, PartialEq)]
pub struct CancelExportTaskInput {
    /// The ID of the export task.
    pub task_id: String,
}
rt::structure!(CancelExportTaskInput, CANCEL_EXPORT_TASK_INPUT, [task_id]);
#[derive(Clone, Default, PartialEq)]
pub struct CancelImportTaskInput {
    /// The ID of the import task to cancel.
    pub import_id: String,
}
rt::structure!(CancelImportTaskInput, CANCEL_IMPORT_TASK_INPUT, [import_id]);
#[derive(Clone, Default, PartialEq)]
pub struct CancelImportTaskOutput {
    /// The ID of the cancelled import task.
    pub import_id: Option<String>,
    /// Statistics about the import progress at the time of cancellation.
    pub import_statistics: Option<ImportStatistics>,
    /// The final status of the import task. This will be set to CANCELLED.
    pub import_status: Option<ImportStatus>,
    /// The timestamp when the import task was created, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
    pub creation_time: Option<i64>,
    /// The timestamp when the import task was cancelled, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
    pub last_updated_time: Option<i64>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CancelImportTaskOutput, CANCEL_IMPORT_TASK_OUTPUT, [import_id, import_statistics,
    import_status, creation_time, last_updated_time], meta = response_metadata
);
/// A structure containing information about the deafult settings and available settings that you can use to configure a [delivery](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_Delivery.html) or a [delivery destination](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DeliveryDestination.html).
#[derive(Clone, Default, PartialEq)]
pub struct ConfigurationTemplate {
    /// A string specifying which service this configuration template applies to. For more information about supported services see [Enable logging from Amazon Web Services services.](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/AWS-logs-and-resource-policy.html).
    pub service: Option<String>,
    /// A string specifying which log type this configuration template applies to.
    pub log_type: Option<String>,
    /// A string specifying which resource type this configuration template applies to.
    pub resource_type: Option<String>,
    /// A string specifying which destination type this configuration template applies to.
    pub delivery_destination_type: Option<DeliveryDestinationType>,
    /// A mapping that displays the default value of each property within a delivery's configuration, if it is not specified in the request.
    pub default_delivery_config_values: Option<
        ConfigurationTemplateDeliveryConfigValues,
    >,
    /// The allowed fields that a caller can use in the `recordFields` parameter of a [CreateDelivery](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateDelivery.html) or [UpdateDeliveryConfiguration](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_UpdateDeliveryConfiguration.html) operation.
    pub allowed_fields: Option<Vec<RecordField>>,
    /// The list of delivery destination output formats that are supported by this log source.
    pub allowed_output_formats: Option<Vec<OutputFormat>>,
    /// The action permissions that a caller needs to have to be able to successfully create a delivery source on the desired resource type when calling [PutDeliverySource](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutDeliverySource.html).
    pub allowed_action_for_allow_vended_logs_delivery_for_resource: Option<String>,
    /// The valid values that a caller can use as field delimiters when calling [CreateDelivery](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateDelivery.html) or [UpdateDeliveryConfiguration](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_UpdateDeliveryConfiguration.html) on a delivery that delivers in `Plain`, `W3C`, or `Raw` format.
    pub allowed_field_delimiters: Option<Vec<String>>,
    /// The list of variable fields that can be used in the suffix path of a delivery that delivers to an S3 bucket.
    pub allowed_suffix_path_fields: Option<Vec<String>>,
    /// The schema of the delivery source configuration that is available for this log type. Each element describes a configuration that can be set when calling [PutDeliverySource](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutDeliverySource.html), including the configuration name, type, and default value.
    pub delivery_source_configuration: Option<Vec<DeliverySourceConfigurationSchema>>,
    /// The S3 Tables integration configuration for this configuration template, including the datasource name and type.
    pub s3_tables_integration: Option<S3TablesIntegration>,
}
rt::structure!(
    ConfigurationTemplate, CONFIGURATION_TEMPLATE, [service, log_type, resource_type,
    delivery_destination_type, default_delivery_config_values, allowed_fields,
    allowed_output_formats, allowed_action_for_allow_vended_logs_delivery_for_resource,
    allowed_field_delimiters, allowed_suffix_path_fields, delivery_source_configuration,
    s3_tables_integration]
);
/// This structure contains the default values that are used for each configuration parameter when you use [CreateDelivery](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateDelivery.html) to create a deliver under the current service type, resource type, and log type.
#[derive(Clone, Default, PartialEq)]
pub struct ConfigurationTemplateDeliveryConfigValues {
    /// The default record fields that will be delivered when a list of record fields is not provided in a [CreateDelivery](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateDelivery.html) operation.
    pub record_fields: Option<Vec<String>>,
    /// The default field delimiter that is used in a [CreateDelivery](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateDelivery.html) operation when the field delimiter is not specified in that operation. The field delimiter is used only when the final output delivery is in `Plain`, `W3C`, or `Raw` format.
    pub field_delimiter: Option<String>,
    /// The delivery parameters that are used when you create a delivery to a delivery destination that is an S3 Bucket.
    pub s3_delivery_configuration: Option<S3DeliveryConfiguration>,
}
rt::structure!(
    ConfigurationTemplateDeliveryConfigValues,
    CONFIGURATION_TEMPLATE_DELIVERY_CONFIG_VALUES, [record_fields, field_delimiter,
    s3_delivery_configuration]
);
/// This operation attempted to create a resource that already exists.
#[derive(Clone, Default, PartialEq)]
pub struct ConflictException {}
rt::structure!(ConflictException, CONFLICT_EXCEPTION, []);
/// This processor copies values within a log event. You can also use this processor to add metadata to log events by copying the values of the following metadata keys into the log events: `@logGroupName`, `@logGroupStream`, `@accountId`, `@regionName`.
///
/// For more information about this processor including examples, see [ copyValue](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-copyValue) in the *CloudWatch Logs User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct CopyValue {
    /// An array of `CopyValueEntry` objects, where each object contains the information about one field value to copy.
    pub entries: Vec<CopyValueEntry>,
}
rt::structure!(CopyValue, COPY_VALUE, [entries]);
/// This object defines one value to be copied with the [ copyValue](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-copoyValue) processor.
#[derive(Clone, Default, PartialEq)]
pub struct CopyValueEntry {
    /// The key to copy.
    pub source: String,
    /// The key of the field to copy the value to.
    pub target: String,
    /// Specifies whether to overwrite the value if the destination key already exists. If you omit this, the default is `false`.
    pub overwrite_if_exists: Option<bool>,
}
rt::structure!(CopyValueEntry, COPY_VALUE_ENTRY, [source, target, overwrite_if_exists]);
#[derive(Clone, Default, PartialEq)]
pub struct CreateDeliveryInput {
    /// The name of the delivery source to use for this delivery.
    pub delivery_source_name: String,
    /// The ARN of the delivery destination to use for this delivery.
    pub delivery_destination_arn: String,
    /// The list of record fields to be delivered to the destination, in order. If the delivery's log source has mandatory fields, they must be included in this list.
    pub record_fields: Option<Vec<String>>,
    /// The field delimiter to use between record fields when the final output format of a delivery is in `Plain`, `W3C`, or `Raw` format.
    pub field_delimiter: Option<String>,
    /// This structure contains parameters that are valid only when the delivery's delivery destination is an S3 bucket.
    pub s3_delivery_configuration: Option<S3DeliveryConfiguration>,
    /// An optional list of key-value pairs to associate with the resource.
    ///
    /// For more information about tagging, see [Tagging Amazon Web Services resources](https://docs.aws.amazon.com/general/latest/gr/aws_tagging.html)
    pub tags: Option<rt::IndexMap<String, String>>,
}
rt::structure!(
    CreateDeliveryInput, CREATE_DELIVERY_INPUT, [delivery_source_name,
    delivery_destination_arn, record_fields, field_delimiter, s3_delivery_configuration,
    tags]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateDeliveryOutput {
    /// A structure that contains information about the delivery that you just created.
    pub delivery: Option<Delivery>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateDeliveryOutput, CREATE_DELIVERY_OUTPUT, [delivery], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateExportTaskInput {
    /// The name of the export task.
    pub task_name: Option<String>,
    /// The name of the log group.
    pub log_group_name: String,
    /// Export only log streams that match the provided prefix. If you don't specify a value, no prefix filter is applied.
    pub log_stream_name_prefix: Option<String>,
    /// The start time of the range for the request, expressed as the number of milliseconds after `Jan 1, 1970 00:00:00 UTC`. Events with a timestamp earlier than this time are not exported.
    pub from: i64,
    /// The end time of the range for the request, expressed as the number of milliseconds after `Jan 1, 1970 00:00:00 UTC`. Events with a timestamp later than this time are not exported.
    ///
    /// You must specify a time that is not earlier than when this log group was created.
    pub to: i64,
    /// The name of S3 bucket for the exported log data. The bucket must be in the same Amazon Web Services Region.
    pub destination: String,
    /// The prefix used as the start of the key for every object exported. If you don't specify a value, the default is `exportedlogs`.
    ///
    /// The length of this parameter must comply with the S3 object key name length limits. The object key name is a sequence of Unicode characters with UTF-8 encoding, and can be up to 1,024 bytes.
    pub destination_prefix: Option<String>,
}
rt::structure!(
    CreateExportTaskInput, CREATE_EXPORT_TASK_INPUT, [task_name, log_group_name,
    log_stream_name_prefix, from, to, destination, destination_prefix]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateExportTaskOutput {
    /// The ID of the export task.
    pub task_id: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateExportTaskOutput, CREATE_EXPORT_TASK_OUTPUT, [task_id], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateImportTaskInput {
    /// The ARN of the source to import from.
    pub import_source_arn: String,
    /// The ARN of the IAM role that grants CloudWatch Logs permission to import from the CloudTrail Lake Event Data Store.
    pub import_role_arn: String,
    /// Optional filters to constrain the import by CloudTrail event time. Times are specified in Unix timestamp milliseconds. The range of data being imported must be within the specified source's retention period.
    pub import_filter: Option<ImportFilter>,
}
rt::structure!(
    CreateImportTaskInput, CREATE_IMPORT_TASK_INPUT, [import_source_arn, import_role_arn,
    import_filter]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateImportTaskOutput {
    /// A unique identifier for the import task.
    pub import_id: Option<String>,
    /// The ARN of the CloudWatch Logs log group created as the destination for the imported events.
    pub import_destination_arn: Option<String>,
    /// The timestamp when the import task was created, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
    pub creation_time: Option<i64>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateImportTaskOutput, CREATE_IMPORT_TASK_OUTPUT, [import_id,
    import_destination_arn, creation_time], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateLogAnomalyDetectorInput {
    /// An array containing the ARN of the log group that this anomaly detector will watch. You can specify only one log group ARN.
    pub log_group_arn_list: Vec<String>,
    /// A name for this anomaly detector.
    pub detector_name: Option<String>,
    /// Specifies how often the anomaly detector is to run and look for anomalies. Set this value according to the frequency that the log group receives new logs. For example, if the log group receives new log events every 10 minutes, then 15 minutes might be a good setting for `evaluationFrequency` .
    pub evaluation_frequency: Option<EvaluationFrequency>,
    /// You can use this parameter to limit the anomaly detection model to examine only log events that match the pattern you specify here. For more information, see [Filter and Pattern Syntax](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html).
    pub filter_pattern: Option<String>,
    /// Optionally assigns a KMS key to secure this anomaly detector and its findings. If a key is assigned, the anomalies found and the model used by this detector are encrypted at rest with the key. If a key is assigned to an anomaly detector, a user must have permissions for both this key and for the anomaly detector to retrieve information about the anomalies that it finds.
    ///
    /// Make sure the value provided is a valid KMS key ARN. For more information about using a KMS key and to see the required IAM policy, see [Use a KMS key with an anomaly detector](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/LogsAnomalyDetection-KMS.html).
    pub kms_key_id: Option<String>,
    /// The number of days to have visibility on an anomaly. After this time period has elapsed for an anomaly, it will be automatically baselined and the anomaly detector will treat new occurrences of a similar anomaly as normal. Therefore, if you do not correct the cause of an anomaly during the time period specified in `anomalyVisibilityTime`, it will be considered normal going forward and will not be detected as an anomaly.
    pub anomaly_visibility_time: Option<i64>,
    /// An optional list of key-value pairs to associate with the resource.
    ///
    /// For more information about tagging, see [Tagging Amazon Web Services resources](https://docs.aws.amazon.com/general/latest/gr/aws_tagging.html)
    pub tags: Option<rt::IndexMap<String, String>>,
}
rt::structure!(
    CreateLogAnomalyDetectorInput, CREATE_LOG_ANOMALY_DETECTOR_INPUT,
    [log_group_arn_list, detector_name, evaluation_frequency, filter_pattern, kms_key_id,
    anomaly_visibility_time, tags]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateLogAnomalyDetectorOutput {
    /// The ARN of the log anomaly detector that you just created.
    pub anomaly_detector_arn: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateLogAnomalyDetectorOutput, CREATE_LOG_ANOMALY_DETECTOR_OUTPUT,
    [anomaly_detector_arn], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateLogGroupInput {
    /// A name for the log group.
    pub log_group_name: String,
    /// The Amazon Resource Name (ARN) of the KMS key to use when encrypting log data. For more information, see [Amazon Resource Names](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html#arn-syntax-kms).
    pub kms_key_id: Option<String>,
    /// The key-value pairs to use for the tags.
    ///
    /// You can grant users access to certain log groups while preventing them from accessing other log groups. To do so, tag your groups and use IAM policies that refer to those tags. To assign tags when you create a log group, you must have either the `logs:TagResource` or `logs:TagLogGroup` permission. For more information about tagging, see [Tagging Amazon Web Services resources](https://docs.aws.amazon.com/general/latest/gr/aws_tagging.html). For more information about using tags to control access, see [Controlling access to Amazon Web Services resources using tags](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_tags.html).
    pub tags: Option<rt::IndexMap<String, String>>,
    /// Use this parameter to specify the log group class for this log group. There are four classes:
    ///
    /// - The `Standard` log class supports all CloudWatch Logs features.
    ///
    /// - The `Infrequent Access` log class supports a subset of CloudWatch Logs features and incurs lower costs.
    ///
    /// - The `Essentials` log class supports a subset of CloudWatch Logs features and incurs lower costs.
    ///
    /// - Use the `Delivery` log class only for delivering Lambda logs to store in Amazon S3 or Amazon Data Firehose. Log events in log groups in the Delivery class are kept in CloudWatch Logs for only one day. This log class doesn't offer rich CloudWatch Logs capabilities such as CloudWatch Logs Insights queries.
    ///
    /// If you omit this parameter, the default of `STANDARD` is used.
    ///
    /// The value of `logGroupClass` can't be changed after a log group is created.
    ///
    /// For details about the features supported by each class, see [Log classes](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch_Logs_Log_Classes.html)
    pub log_group_class: Option<LogGroupClass>,
    /// Use this parameter to enable deletion protection for the new log group. When enabled on a log group, deletion protection blocks all deletion operations until it is explicitly disabled. By default log groups are created without deletion protection enabled.
    pub deletion_protection_enabled: Option<bool>,
}
rt::structure!(
    CreateLogGroupInput, CREATE_LOG_GROUP_INPUT, [log_group_name, kms_key_id, tags,
    log_group_class, deletion_protection_enabled]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateLogStreamInput {
    /// The name of the log group.
    pub log_group_name: String,
    /// The name of the log stream.
    pub log_stream_name: String,
}
rt::structure!(
    CreateLogStreamInput, CREATE_LOG_STREAM_INPUT, [log_group_name, log_stream_name]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateLookupTableInput {
    /// The name of the lookup table. The name must be unique within your account and Region. The name can contain only alphanumeric characters and underscores, and can be up to 256 characters long.
    pub lookup_table_name: String,
    /// A description of the lookup table. The description can be up to 1024 characters long.
    pub description: Option<String>,
    /// The CSV content of the lookup table. The first row must be a header row with column names. The content must use UTF-8 encoding and not exceed 10 MB.
    ///
    /// You must specify either `tableBody` or `queryId`, but not both.
    pub table_body: Option<String>,
    /// The ID of a completed or cancelled CloudWatch Logs query whose results populate the lookup table. A cancelled query populates the table with the partial results that were available when the query was stopped.
    ///
    /// You must specify either `tableBody` or `queryId`, but not both.
    pub query_id: Option<String>,
    /// The ARN of the KMS key to use to encrypt the lookup table data. If you don't specify a key, the data is encrypted with an Amazon Web Services-owned key.
    pub kms_key_id: Option<String>,
    /// A list of key-value pairs to associate with the lookup table. You can associate as many as 50 tags with a lookup table. Tags can help you organize and categorize your resources.
    pub tags: Option<rt::IndexMap<String, String>>,
}
rt::structure!(
    CreateLookupTableInput, CREATE_LOOKUP_TABLE_INPUT, [lookup_table_name, description,
    table_body, query_id, kms_key_id, tags]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateLookupTableOutput {
    /// The ARN of the lookup table that was created.
    pub lookup_table_arn: Option<String>,
    /// The time when the lookup table was created, expressed as the number of milliseconds after `Jan 1, 1970 00:00:00 UTC`.
    pub created_at: Option<i64>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateLookupTableOutput, CREATE_LOOKUP_TABLE_OUTPUT, [lookup_table_arn, created_at],
    meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateScheduledQueryInput {
    /// The name of the scheduled query. The name must be unique within your account and region. Length must be between 1 and 300 characters.
    pub name: String,
    /// An optional description for the scheduled query to help identify its purpose and functionality.
    pub description: Option<String>,
    /// The query language to use for the scheduled query. Valid values are `CWLI`, `PPL`, and `SQL`.
    pub query_language: QueryLanguage,
    /// The query string to execute. This is the same query syntax used in CloudWatch Logs Insights. Maximum length is 10,000 characters.
    pub query_string: String,
    /// An array of log group names or ARNs to query. You can specify between 1 and 50 log groups. Log groups can be identified by name or full ARN.
    pub log_group_identifiers: Option<Vec<String>>,
    /// A cron expression that defines when the scheduled query runs. The expression uses standard cron syntax and supports minute-level precision. Maximum length is 256 characters.
    pub schedule_expression: String,
    /// The timezone for evaluating the schedule expression. This determines when the scheduled query executes relative to the specified timezone.
    pub timezone: Option<String>,
    /// The time offset in seconds that defines the lookback period for the query. This determines how far back in time the query searches from the execution time.
    pub start_time_offset: Option<i64>,
    /// The time offset in seconds that defines the end of the lookback period for the query. Together with `startTimeOffset`, this determines the time window relative to the execution time over which the query runs.
    pub end_time_offset: Option<i64>,
    /// Configuration for where to deliver query results. Supports Amazon S3 destinations for storing query output and lookup table destinations for automatically refreshing lookup tables with query results. You can configure one or both destination types.
    pub destination_configuration: Option<DestinationConfiguration>,
    /// The start time for the scheduled query in Unix epoch format. The query will not execute before this time.
    pub schedule_start_time: Option<i64>,
    /// The end time for the scheduled query in Unix epoch format. The query will stop executing after this time.
    pub schedule_end_time: Option<i64>,
    /// The ARN of the IAM role that grants permissions to execute the query and deliver results to the specified destination. The role must have permissions to read from the specified log groups and write to the destination.
    pub execution_role_arn: String,
    /// The initial state of the scheduled query. Valid values are `ENABLED` and `DISABLED`. Default is `ENABLED`.
    pub state: Option<ScheduledQueryState>,
    /// Key-value pairs to associate with the scheduled query for resource management and cost allocation.
    pub tags: Option<rt::IndexMap<String, String>>,
}
rt::structure!(
    CreateScheduledQueryInput, CREATE_SCHEDULED_QUERY_INPUT, [name, description,
    query_language, query_string, log_group_identifiers, schedule_expression, timezone,
    start_time_offset, end_time_offset, destination_configuration, schedule_start_time,
    schedule_end_time, execution_role_arn, state, tags]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateScheduledQueryOutput {
    /// The ARN of the created scheduled query.
    pub scheduled_query_arn: Option<String>,
    /// The current state of the scheduled query.
    pub state: Option<ScheduledQueryState>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateScheduledQueryOutput, CREATE_SCHEDULED_QUERY_OUTPUT, [scheduled_query_arn,
    state], meta = response_metadata
);
/// The event was already logged.
///
/// `PutLogEvents` actions are now always accepted and never return `DataAlreadyAcceptedException` regardless of whether a given batch of log events has already been accepted.
#[derive(Clone, Default, PartialEq)]
pub struct DataAlreadyAcceptedException {
    pub expected_sequence_token: Option<String>,
}
rt::structure!(
    DataAlreadyAcceptedException, DATA_ALREADY_ACCEPTED_EXCEPTION,
    [expected_sequence_token]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DataProtectionStatus {
    /// `ACTIVATED`
    Activated,
    /// `DELETED`
    Deleted,
    /// `ARCHIVED`
    Archived,
    /// `DISABLED`
    Disabled,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    DataProtectionStatus, { Activated => "ACTIVATED", Deleted => "DELETED", Archived =>
    "ARCHIVED", Disabled => "DISABLED" }
);
/// Represents a data source that categorizes logs by originating service and log type, providing service-based organization complementing traditional log groups.
#[derive(Clone, Default, PartialEq)]
pub struct DataSource {
    /// The name of the data source.
    pub name: String,
    /// The type of the data source.
    pub r#type: Option<String>,
}
rt::structure!(DataSource, DATA_SOURCE, [name, r#type]);
/// Filter criteria for data sources, used to specify which data sources to include in operations based on name and type.
#[derive(Clone, Default, PartialEq)]
pub struct DataSourceFilter {
    /// The name pattern to filter data sources by.
    pub name: String,
    /// The type pattern to filter data sources by.
    pub r#type: Option<String>,
}
rt::structure!(DataSourceFilter, DATA_SOURCE_FILTER, [name, r#type]);
/// This processor converts a datetime string into a format that you specify.
///
/// For more information about this processor including examples, see [ datetimeConverter](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-datetimeConverter) in the *CloudWatch Logs User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct DateTimeConverter {
    /// The key to apply the date conversion to.
    pub source: String,
    /// The JSON field to store the result in.
    pub target: String,
    /// The datetime format to use for the converted data in the target field.
    ///
    /// If you omit this, the default of ` yyyy-MM-dd'T'HH:mm:ss.SSS'Z` is used.
    pub target_format: Option<String>,
    /// A list of patterns to match against the `source` field.
    pub match_patterns: Vec<String>,
    /// The time zone of the source field. If you omit this, the default used is the UTC zone.
    pub source_timezone: Option<String>,
    /// The time zone of the target field. If you omit this, the default used is the UTC zone.
    pub target_timezone: Option<String>,
    /// The locale of the source field. If you omit this, the default of `locale.ROOT` is used.
    pub locale: Option<String>,
}
rt::structure!(
    DateTimeConverter, DATE_TIME_CONVERTER, [source, target, target_format,
    match_patterns, source_timezone, target_timezone, locale]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteAccountPolicyInput {
    /// The name of the policy to delete.
    pub policy_name: String,
    /// The type of policy to delete.
    pub policy_type: PolicyType,
    /// Specifies whether to preview the impact of deleting the policy without deleting it. If you specify `true`, CloudWatch Logs does not delete the policy and returns the estimated impact in `dryRunResult`. The default is `false`.
    ///
    /// Specifying `dryRun` is valid only when you specify `RETENTION\_POLICY` for `policyType`. Only one dry run can be in progress for an account at a time.
    pub dry_run: Option<bool>,
}
rt::structure!(
    DeleteAccountPolicyInput, DELETE_ACCOUNT_POLICY_INPUT, [policy_name, policy_type,
    dry_run]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteAccountPolicyOutput {
    /// The estimated impact of deleting the policy. This field is returned only when the request specifies `dryRun` as `true`.
    pub dry_run_result: Option<DryRunResult>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DeleteAccountPolicyOutput, DELETE_ACCOUNT_POLICY_OUTPUT, [dry_run_result], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteDataProtectionPolicyInput {
    /// The name or ARN of the log group that you want to delete the data protection policy for.
    pub log_group_identifier: String,
}
rt::structure!(
    DeleteDataProtectionPolicyInput, DELETE_DATA_PROTECTION_POLICY_INPUT,
    [log_group_identifier]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteDeliveryDestinationPolicyInput {
    /// The name of the delivery destination that you want to delete the policy for.
    pub delivery_destination_name: String,
}
rt::structure!(
    DeleteDeliveryDestinationPolicyInput, DELETE_DELIVERY_DESTINATION_POLICY_INPUT,
    [delivery_destination_name]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteDeliveryDestinationInput {
    /// The name of the delivery destination that you want to delete. You can find a list of delivery destination names by using the [DescribeDeliveryDestinations](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeDeliveryDestinations.html) operation.
    pub name: String,
}
rt::structure!(
    DeleteDeliveryDestinationInput, DELETE_DELIVERY_DESTINATION_INPUT, [name]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteDeliveryInput {
    /// The unique ID of the delivery to delete. You can find the ID of a delivery with the [DescribeDeliveries](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeDeliveries.html) operation.
    pub id: String,
}
rt::structure!(DeleteDeliveryInput, DELETE_DELIVERY_INPUT, [id]);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteDeliverySourceInput {
    /// The name of the delivery source that you want to delete.
    pub name: String,
}
rt::structure!(DeleteDeliverySourceInput, DELETE_DELIVERY_SOURCE_INPUT, [name]);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteDestinationInput {
    /// The name of the destination.
    pub destination_name: String,
}
rt::structure!(DeleteDestinationInput, DELETE_DESTINATION_INPUT, [destination_name]);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteIndexPolicyInput {
    /// The log group to delete the index policy for. You can specify either the name or the ARN of the log group.
    pub log_group_identifier: String,
}
rt::structure!(
    DeleteIndexPolicyInput, DELETE_INDEX_POLICY_INPUT, [log_group_identifier]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteIndexPolicyOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DeleteIndexPolicyOutput, DELETE_INDEX_POLICY_OUTPUT, [], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteIntegrationInput {
    /// The name of the integration to delete. To find the name of your integration, use [ListIntegrations](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_ListIntegrations.html).
    pub integration_name: String,
    /// Specify `true` to force the deletion of the integration even if vended logs dashboards currently exist.
    ///
    /// The default is `false`.
    pub force: Option<bool>,
}
rt::structure!(
    DeleteIntegrationInput, DELETE_INTEGRATION_INPUT, [integration_name, force]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteIntegrationOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DeleteIntegrationOutput, DELETE_INTEGRATION_OUTPUT, [], meta = response_metadata
);
/// This processor deletes entries from a log event. These entries are key-value pairs.
///
/// For more information about this processor including examples, see [ deleteKeys](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-deleteKeys) in the *CloudWatch Logs User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct DeleteKeys {
    /// The list of keys to delete.
    pub with_keys: Vec<String>,
}
rt::structure!(DeleteKeys, DELETE_KEYS, [with_keys]);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteLogAnomalyDetectorInput {
    /// The ARN of the anomaly detector to delete. You can find the ARNs of log anomaly detectors in your account by using the [ListLogAnomalyDetectors](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_ListLogAnomalyDetectors.html) operation.
    pub anomaly_detector_arn: String,
}
rt::structure!(
    DeleteLogAnomalyDetectorInput, DELETE_LOG_ANOMALY_DETECTOR_INPUT,
    [anomaly_detector_arn]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteLogGroupInput {
    /// The name of the log group.
    pub log_group_name: String,
}
rt::structure!(DeleteLogGroupInput, DELETE_LOG_GROUP_INPUT, [log_group_name]);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteLogStreamInput {
    /// The name of the log group.
    pub log_group_name: String,
    /// The name of the log stream.
    pub log_stream_name: String,
}
rt::structure!(
    DeleteLogStreamInput, DELETE_LOG_STREAM_INPUT, [log_group_name, log_stream_name]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteLookupTableInput {
    /// The ARN of the lookup table to delete.
    pub lookup_table_arn: String,
}
rt::structure!(DeleteLookupTableInput, DELETE_LOOKUP_TABLE_INPUT, [lookup_table_arn]);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteMetricFilterInput {
    /// The name of the log group.
    pub log_group_name: String,
    /// The name of the metric filter.
    pub filter_name: String,
}
rt::structure!(
    DeleteMetricFilterInput, DELETE_METRIC_FILTER_INPUT, [log_group_name, filter_name]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteQueryDefinitionInput {
    /// The ID of the query definition that you want to delete. You can use [DescribeQueryDefinitions](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeQueryDefinitions.html) to retrieve the IDs of your saved query definitions.
    pub query_definition_id: String,
}
rt::structure!(
    DeleteQueryDefinitionInput, DELETE_QUERY_DEFINITION_INPUT, [query_definition_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteQueryDefinitionOutput {
    /// A value of TRUE indicates that the operation succeeded. FALSE indicates that the operation failed.
    pub success: Option<bool>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DeleteQueryDefinitionOutput, DELETE_QUERY_DEFINITION_OUTPUT, [success], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteResourcePolicyInput {
    /// The name of the policy to be revoked. This parameter is required.
    pub policy_name: Option<String>,
    /// The ARN of the CloudWatch Logs resource for which the resource policy needs to be deleted
    pub resource_arn: Option<String>,
    /// The expected revision ID of the resource policy. Required when deleting a resource-scoped policy to prevent concurrent modifications.
    pub expected_revision_id: Option<String>,
}
rt::structure!(
    DeleteResourcePolicyInput, DELETE_RESOURCE_POLICY_INPUT, [policy_name, resource_arn,
    expected_revision_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteRetentionPolicyInput {
    /// The name of the log group.
    pub log_group_name: String,
}
rt::structure!(
    DeleteRetentionPolicyInput, DELETE_RETENTION_POLICY_INPUT, [log_group_name]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteScheduledQueryInput {
    /// The ARN or name of the scheduled query to delete.
    pub identifier: String,
}
rt::structure!(DeleteScheduledQueryInput, DELETE_SCHEDULED_QUERY_INPUT, [identifier]);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteScheduledQueryOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DeleteScheduledQueryOutput, DELETE_SCHEDULED_QUERY_OUTPUT, [], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteSubscriptionFilterInput {
    /// The name of the log group.
    pub log_group_name: String,
    /// The name of the subscription filter.
    pub filter_name: String,
}
rt::structure!(
    DeleteSubscriptionFilterInput, DELETE_SUBSCRIPTION_FILTER_INPUT, [log_group_name,
    filter_name]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteSyslogConfigurationInput {
    /// The name or ARN of the log group to remove the syslog configuration from.
    pub log_group_identifier: String,
    /// The ID of the VPC endpoint associated with the syslog configuration to delete.
    pub vpc_endpoint_id: Option<String>,
}
rt::structure!(
    DeleteSyslogConfigurationInput, DELETE_SYSLOG_CONFIGURATION_INPUT,
    [log_group_identifier, vpc_endpoint_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteTransformerInput {
    /// Specify either the name or ARN of the log group to delete the transformer for. If the log group is in a source account and you are using a monitoring account, you must use the log group ARN.
    pub log_group_identifier: String,
}
rt::structure!(DeleteTransformerInput, DELETE_TRANSFORMER_INPUT, [log_group_identifier]);
/// This structure contains information about one *delivery* in your account.
///
/// A delivery is a connection between a logical *delivery source* and a logical *delivery destination*.
///
/// For more information, see [CreateDelivery](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateDelivery.html).
///
/// To update an existing delivery configuration, use [UpdateDeliveryConfiguration](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_UpdateDeliveryConfiguration.html).
#[derive(Clone, Default, PartialEq)]
pub struct Delivery {
    /// The unique ID that identifies this delivery in your account.
    pub id: Option<String>,
    /// The Amazon Resource Name (ARN) that uniquely identifies this delivery.
    pub arn: Option<String>,
    /// The name of the delivery source that is associated with this delivery.
    pub delivery_source_name: Option<String>,
    /// The ARN of the delivery destination that is associated with this delivery.
    pub delivery_destination_arn: Option<String>,
    /// Displays whether the delivery destination associated with this delivery is CloudWatch Logs, Amazon S3, Firehose, or X-Ray.
    pub delivery_destination_type: Option<DeliveryDestinationType>,
    /// The record fields used in this delivery.
    pub record_fields: Option<Vec<String>>,
    /// The field delimiter that is used between record fields when the final output format of a delivery is in `Plain`, `W3C`, or `Raw` format.
    pub field_delimiter: Option<String>,
    /// This structure contains delivery configurations that apply only when the delivery destination resource is an S3 bucket.
    pub s3_delivery_configuration: Option<S3DeliveryConfiguration>,
    /// The tags that have been assigned to this delivery.
    pub tags: Option<rt::IndexMap<String, String>>,
}
rt::structure!(
    Delivery, DELIVERY, [id, arn, delivery_source_name, delivery_destination_arn,
    delivery_destination_type, record_fields, field_delimiter, s3_delivery_configuration,
    tags]
);
/// This structure contains information about one *delivery destination* in your account. A delivery destination is an Amazon Web Services resource that represents an Amazon Web Services service that logs can be sent to. CloudWatch Logs, Amazon S3, Firehose, and X-Ray are supported as delivery destinations.
///
/// To configure logs delivery between a supported Amazon Web Services service and a destination, you must do the following:
///
/// - Create a delivery source, which is a logical object that represents the resource that is actually sending the logs. For more information, see [PutDeliverySource](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutDeliverySource.html).
///
/// - Create a *delivery destination*, which is a logical object that represents the actual delivery destination.
///
/// - If you are delivering logs cross-account, you must use [PutDeliveryDestinationPolicy](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutDeliveryDestinationPolicy.html) in the destination account to assign an IAM policy to the destination. This policy allows delivery to that destination.
///
/// - Create a *delivery* by pairing exactly one delivery source and one delivery destination. For more information, see [CreateDelivery](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateDelivery.html).
///
/// You can configure a single delivery source to send logs to multiple destinations by creating multiple deliveries. You can also create multiple deliveries to configure multiple delivery sources to send logs to the same delivery destination.
#[derive(Clone, Default, PartialEq)]
pub struct DeliveryDestination {
    /// The name of this delivery destination.
    pub name: Option<String>,
    /// The Amazon Resource Name (ARN) that uniquely identifies this delivery destination.
    pub arn: Option<String>,
    /// Displays whether this delivery destination is CloudWatch Logs, Amazon S3, Firehose, or X-Ray.
    pub delivery_destination_type: Option<DeliveryDestinationType>,
    /// The format of the logs that are sent to this delivery destination.
    pub output_format: Option<OutputFormat>,
    /// A structure that contains the ARN of the Amazon Web Services resource that will receive the logs.
    pub delivery_destination_configuration: Option<DeliveryDestinationConfiguration>,
    /// The ARN of the IAM role that CloudWatch Logs assumes to deliver to this delivery destination. This field is present only for X-Ray trace delivery destinations that were created with a role.
    pub role_arn: Option<String>,
    /// The tags that have been assigned to this delivery destination.
    pub tags: Option<rt::IndexMap<String, String>>,
}
rt::structure!(
    DeliveryDestination, DELIVERY_DESTINATION, [name, arn, delivery_destination_type,
    output_format, delivery_destination_configuration, role_arn, tags]
);
/// A structure that contains information about one logs delivery destination.
#[derive(Clone, Default, PartialEq)]
pub struct DeliveryDestinationConfiguration {
    /// The ARN of the Amazon Web Services destination that this delivery destination represents. That Amazon Web Services destination can be a log group in CloudWatch Logs, an Amazon S3 bucket, or a delivery stream in Firehose.
    pub destination_resource_arn: String,
}
rt::structure!(
    DeliveryDestinationConfiguration, DELIVERY_DESTINATION_CONFIGURATION,
    [destination_resource_arn]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeliveryDestinationType {
    /// `S3`
    S3,
    /// `CWL`
    Cwl,
    /// `FH`
    Fh,
    /// `XRAY`
    Xray,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    DeliveryDestinationType, { S3 => "S3", Cwl => "CWL", Fh => "FH", Xray => "XRAY" }
);
/// This structure contains information about one *delivery source* in your account. A delivery source is an Amazon Web Services resource that sends logs to an Amazon Web Services destination. The destination can be CloudWatch Logs, Amazon S3, or Firehose.
///
/// Only some Amazon Web Services services support being configured as a delivery source. These services are listed as **Supported \[V2 Permissions\]** in the table at [Enabling logging from Amazon Web Services services.](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/AWS-logs-and-resource-policy.html)
///
/// To configure logs delivery between a supported Amazon Web Services service and a destination, you must do the following:
///
/// - Create a delivery source, which is a logical object that represents the resource that is actually sending the logs. For more information, see [PutDeliverySource](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutDeliverySource.html).
///
/// - Create a *delivery destination*, which is a logical object that represents the actual delivery destination. For more information, see [PutDeliveryDestination](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutDeliveryDestination.html).
///
/// - If you are delivering logs cross-account, you must use [PutDeliveryDestinationPolicy](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutDeliveryDestinationPolicy.html) in the destination account to assign an IAM policy to the destination. This policy allows delivery to that destination.
///
/// - Create a *delivery* by pairing exactly one delivery source and one delivery destination. For more information, see [CreateDelivery](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateDelivery.html).
///
/// You can configure a single delivery source to send logs to multiple destinations by creating multiple deliveries. You can also create multiple deliveries to configure multiple delivery sources to send logs to the same delivery destination.
#[derive(Clone, Default, PartialEq)]
pub struct DeliverySource {
    /// The unique name of the delivery source.
    pub name: Option<String>,
    /// The Amazon Resource Name (ARN) that uniquely identifies this delivery source.
    pub arn: Option<String>,
    /// This array contains the ARN of the Amazon Web Services resource that sends logs and is represented by this delivery source. Currently, only one ARN can be in the array.
    pub resource_arns: Option<Vec<String>>,
    /// The Amazon Web Services service that is sending logs.
    pub service: Option<String>,
    /// The type of log that the source is sending. For valid values for this parameter, see the documentation for the source service.
    pub log_type: Option<String>,
    /// The tags that have been assigned to this delivery source.
    pub tags: Option<rt::IndexMap<String, String>>,
    /// The map of key-value pairs that configure the delivery source.
    pub delivery_source_configuration: Option<rt::IndexMap<String, String>>,
    /// The status of the delivery source. A delivery source can have the status `ACTIVE` or `INACTIVE`. Note: This value is defined for selective log types.
    pub status: Option<DeliverySourceStatus>,
    /// The reason for the status of the delivery source. A status reason of `RESOURCE\_DELETED` indicates that the resource associated with the delivery source has been deleted. Note: This value is defined for selective log types.
    pub status_reason: Option<DeliverySourceStatusReason>,
}
rt::structure!(
    DeliverySource, DELIVERY_SOURCE, [name, arn, resource_arns, service, log_type, tags,
    delivery_source_configuration, status, status_reason]
);
/// A structure that describes a single configuration for a log type, including its name, value type, default value, and the range of supported values.
#[derive(Clone, Default, PartialEq)]
pub struct DeliverySourceConfigurationSchema {
    /// The name of the configuration.
    pub key_name: String,
    /// The data type of the configuration value. Valid values are `string`, `boolean`, `int`, `double`, and `long`.
    pub value_type: DeliverySourceConfigurationSchemaValueType,
    /// The default value of the configuration that is used when a value is not specified in a [PutDeliverySource](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutDeliverySource.html) request.
    pub default_value: String,
    /// The list of allowed values for the configuration. Empty for free-form configuration.
    pub supported_values: Option<Vec<String>>,
    /// The minimum numeric value allowed for the configuration. This applies only when the `valueType` is a numeric type.
    pub min_value: Option<f64>,
    /// The maximum numeric value allowed for the configuration. This applies only when the `valueType` is a numeric type.
    pub max_value: Option<f64>,
}
rt::structure!(
    DeliverySourceConfigurationSchema, DELIVERY_SOURCE_CONFIGURATION_SCHEMA, [key_name,
    value_type, default_value, supported_values, min_value, max_value]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeliverySourceConfigurationSchemaValueType {
    /// `string`
    String,
    /// `boolean`
    Boolean,
    /// `int`
    Int,
    /// `double`
    Double,
    /// `long`
    Long,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    DeliverySourceConfigurationSchemaValueType, { String => "string", Boolean =>
    "boolean", Int => "int", Double => "double", Long => "long" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeliverySourceStatus {
    /// `ACTIVE`
    Active,
    /// `INACTIVE`
    Inactive,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(DeliverySourceStatus, { Active => "ACTIVE", Inactive => "INACTIVE" });
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeliverySourceStatusReason {
    /// `RESOURCE_DELETED`
    ResourceDeleted,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(DeliverySourceStatusReason, { ResourceDeleted => "RESOURCE_DELETED" });
#[derive(Clone, Default, PartialEq)]
pub struct DescribeAccountPoliciesInput {
    /// Use this parameter to limit the returned policies to only the policies that match the policy type that you specify.
    pub policy_type: PolicyType,
    /// Use this parameter to limit the returned policies to only the policy with the name that you specify.
    pub policy_name: Option<String>,
    /// If you are using an account that is set up as a monitoring account for CloudWatch unified cross-account observability, you can use this to specify the account ID of a source account. If you do, the operation returns the account policy for the specified account. Currently, you can specify only one account ID in this parameter.
    ///
    /// If you omit this parameter, only the policy in the current account is returned.
    pub account_identifiers: Option<Vec<String>>,
    /// The token for the next set of items to return. (You received this token from a previous call.)
    pub next_token: Option<String>,
}
rt::structure!(
    DescribeAccountPoliciesInput, DESCRIBE_ACCOUNT_POLICIES_INPUT, [policy_type,
    policy_name, account_identifiers, next_token]
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeAccountPoliciesOutput {
    /// An array of structures that contain information about the CloudWatch Logs account policies that match the specified filters.
    pub account_policies: Option<Vec<AccountPolicy>>,
    /// The token to use when requesting the next set of items. The token expires after 24 hours.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeAccountPoliciesOutput, DESCRIBE_ACCOUNT_POLICIES_OUTPUT, [account_policies,
    next_token], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeConfigurationTemplatesInput {
    /// Use this parameter to filter the response to include only the configuration templates that apply to the Amazon Web Services service that you specify here.
    pub service: Option<String>,
    /// Use this parameter to filter the response to include only the configuration templates that apply to the log types that you specify here.
    pub log_types: Option<Vec<String>>,
    /// Use this parameter to filter the response to include only the configuration templates that apply to the resource types that you specify here.
    pub resource_types: Option<Vec<String>>,
    /// Use this parameter to filter the response to include only the configuration templates that apply to the delivery destination types that you specify here.
    pub delivery_destination_types: Option<Vec<DeliveryDestinationType>>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    pub next_token: Option<String>,
    /// Use this parameter to limit the number of configuration templates that are returned in the response.
    pub limit: Option<i32>,
}
rt::structure!(
    DescribeConfigurationTemplatesInput, DESCRIBE_CONFIGURATION_TEMPLATES_INPUT,
    [service, log_types, resource_types, delivery_destination_types, next_token, limit]
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeConfigurationTemplatesOutput {
    /// An array of objects, where each object describes one configuration template that matches the filters that you specified in the request.
    pub configuration_templates: Option<Vec<ConfigurationTemplate>>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeConfigurationTemplatesOutput, DESCRIBE_CONFIGURATION_TEMPLATES_OUTPUT,
    [configuration_templates, next_token], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeDeliveriesInput {
    /// The token for the next set of items to return. The token expires after 24 hours.
    pub next_token: Option<String>,
    /// Optionally specify the maximum number of deliveries to return in the response.
    pub limit: Option<i32>,
    /// An array of delivery source names that filters the results to deliveries associated with any specified delivery source.
    pub delivery_source_names: Option<Vec<String>>,
}
rt::structure!(
    DescribeDeliveriesInput, DESCRIBE_DELIVERIES_INPUT, [next_token, limit,
    delivery_source_names]
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeDeliveriesOutput {
    /// An array of structures. Each structure contains information about one delivery in the account.
    pub deliveries: Option<Vec<Delivery>>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeDeliveriesOutput, DESCRIBE_DELIVERIES_OUTPUT, [deliveries, next_token], meta
    = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeDeliveryDestinationsInput {
    /// The token for the next set of items to return. The token expires after 24 hours.
    pub next_token: Option<String>,
    /// Optionally specify the maximum number of delivery destinations to return in the response.
    pub limit: Option<i32>,
    /// An array of delivery destination names that filters the results to delivery destinations with any specified name.
    pub names: Option<Vec<String>>,
}
rt::structure!(
    DescribeDeliveryDestinationsInput, DESCRIBE_DELIVERY_DESTINATIONS_INPUT, [next_token,
    limit, names]
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeDeliveryDestinationsOutput {
    /// An array of structures. Each structure contains information about one delivery destination in the account.
    pub delivery_destinations: Option<Vec<DeliveryDestination>>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeDeliveryDestinationsOutput, DESCRIBE_DELIVERY_DESTINATIONS_OUTPUT,
    [delivery_destinations, next_token], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeDeliverySourcesInput {
    /// The token for the next set of items to return. The token expires after 24 hours.
    pub next_token: Option<String>,
    /// Optionally specify the maximum number of delivery sources to return in the response.
    pub limit: Option<i32>,
    /// An array of Amazon Resource Names (ARNs) that filters the results to delivery sources associated with any specified ARN.
    pub resource_arns: Option<Vec<String>>,
}
rt::structure!(
    DescribeDeliverySourcesInput, DESCRIBE_DELIVERY_SOURCES_INPUT, [next_token, limit,
    resource_arns]
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeDeliverySourcesOutput {
    /// An array of structures. Each structure contains information about one delivery source in the account.
    pub delivery_sources: Option<Vec<DeliverySource>>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeDeliverySourcesOutput, DESCRIBE_DELIVERY_SOURCES_OUTPUT, [delivery_sources,
    next_token], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeDestinationsInput {
    /// The prefix to match. If you don't specify a value, no prefix filter is applied.
    pub destination_name_prefix: Option<String>,
    /// The token for the next set of items to return. (You received this token from a previous call.)
    pub next_token: Option<String>,
    /// The maximum number of items returned. If you don't specify a value, the default maximum value of 50 items is used.
    pub limit: Option<i32>,
}
rt::structure!(
    DescribeDestinationsInput, DESCRIBE_DESTINATIONS_INPUT, [destination_name_prefix,
    next_token, limit]
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeDestinationsOutput {
    /// The destinations.
    pub destinations: Option<Vec<Destination>>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeDestinationsOutput, DESCRIBE_DESTINATIONS_OUTPUT, [destinations, next_token],
    meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeExportTasksInput {
    /// The ID of the export task. Specifying a task ID filters the results to one or zero export tasks.
    pub task_id: Option<String>,
    /// The status code of the export task. Specifying a status code filters the results to zero or more export tasks.
    pub status_code: Option<ExportTaskStatusCode>,
    /// The token for the next set of items to return. (You received this token from a previous call.)
    pub next_token: Option<String>,
    /// The maximum number of items returned. If you don't specify a value, the default is up to 50 items.
    pub limit: Option<i32>,
}
rt::structure!(
    DescribeExportTasksInput, DESCRIBE_EXPORT_TASKS_INPUT, [task_id, status_code,
    next_token, limit]
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeExportTasksOutput {
    /// The export tasks.
    pub export_tasks: Option<Vec<ExportTask>>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeExportTasksOutput, DESCRIBE_EXPORT_TASKS_OUTPUT, [export_tasks, next_token],
    meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeFieldIndexesInput {
    /// An array containing the names or ARNs of the log groups that you want to retrieve field indexes for.
    pub log_group_identifiers: Vec<String>,
    /// The index categories to return. The following values are supported:
    ///
    /// - `DEFAULT`: Fields that CloudWatch Logs indexes by default. Examples include `@logStream` and `@data\_format`.
    ///
    /// - `CUSTOM`: Fields that you added manually to the field index policy. CloudWatch Logs always indexes these fields. These fields count toward the quota of 20 fields for each log group.
    ///
    /// - `AUTO`: Fields that CloudWatch Logs indexes automatically based on your query patterns and usage. These fields do not count toward the field index quota. CloudWatch Logs might update these fields based on changes in your query patterns. To keep a field indexed permanently, add it to an account-level or log-group level field index policy.
    ///
    /// - `INACTIVE`: Fields that CloudWatch Logs indexed before but does not index now. This happens if you remove a field from the field index policy or if CloudWatch Logs automatically selects a different field based on your queries.
    ///
    /// If you omit this parameter, the response includes the `DEFAULT`, `CUSTOM`, and `INACTIVE` categories.
    ///
    /// For more information about automatically indexed fields and using the `AUTO` category, see [Automatically indexed fields](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatchLogs-Field-Indexing-Automatic.html).
    pub index_categories: Option<Vec<IndexCategory>>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    pub next_token: Option<String>,
}
rt::structure!(
    DescribeFieldIndexesInput, DESCRIBE_FIELD_INDEXES_INPUT, [log_group_identifiers,
    index_categories, next_token]
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeFieldIndexesOutput {
    /// An array containing the field index information.
    pub field_indexes: Option<Vec<FieldIndex>>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeFieldIndexesOutput, DESCRIBE_FIELD_INDEXES_OUTPUT, [field_indexes,
    next_token], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeImportTaskBatchesInput {
    /// The ID of the import task to get batch information for.
    pub import_id: String,
    /// Optional filter to list import batches by their status. Accepts multiple status values: IN\_PROGRESS, CANCELLED, COMPLETED and FAILED.
    pub batch_import_status: Option<Vec<ImportStatus>>,
    /// The maximum number of import batches to return in the response. Default: 10
    pub limit: Option<i32>,
    /// The pagination token for the next set of results.
    pub next_token: Option<String>,
}
rt::structure!(
    DescribeImportTaskBatchesInput, DESCRIBE_IMPORT_TASK_BATCHES_INPUT, [import_id,
    batch_import_status, limit, next_token]
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeImportTaskBatchesOutput {
    /// The ARN of the source being imported from.
    pub import_source_arn: Option<String>,
    /// The ID of the import task.
    pub import_id: Option<String>,
    /// The list of import batches that match the request filters.
    pub import_batches: Option<Vec<ImportBatch>>,
    /// The token to use when requesting the next set of results. Not present if there are no additional results to retrieve.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeImportTaskBatchesOutput, DESCRIBE_IMPORT_TASK_BATCHES_OUTPUT,
    [import_source_arn, import_id, import_batches, next_token], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeImportTasksInput {
    /// Optional filter to describe a specific import task by its ID.
    pub import_id: Option<String>,
    /// Optional filter to list imports by their status. Valid values are IN\_PROGRESS, CANCELLED, COMPLETED and FAILED.
    pub import_status: Option<ImportStatus>,
    /// Optional filter to list imports from a specific source
    pub import_source_arn: Option<String>,
    /// The maximum number of import tasks to return in the response. Default: 50
    pub limit: Option<i32>,
    /// The pagination token for the next set of results.
    pub next_token: Option<String>,
}
rt::structure!(
    DescribeImportTasksInput, DESCRIBE_IMPORT_TASKS_INPUT, [import_id, import_status,
    import_source_arn, limit, next_token]
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeImportTasksOutput {
    /// The list of import tasks that match the request filters.
    pub imports: Option<Vec<Import>>,
    /// The token to use when requesting the next set of results. Not present if there are no additional results to retrieve.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeImportTasksOutput, DESCRIBE_IMPORT_TASKS_OUTPUT, [imports, next_token], meta
    = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeIndexPoliciesInput {
    /// An array containing the name or ARN of the log group that you want to retrieve field index policies for.
    pub log_group_identifiers: Vec<String>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    pub next_token: Option<String>,
}
rt::structure!(
    DescribeIndexPoliciesInput, DESCRIBE_INDEX_POLICIES_INPUT, [log_group_identifiers,
    next_token]
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeIndexPoliciesOutput {
    /// An array containing the field index policies.
    pub index_policies: Option<Vec<IndexPolicy>>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeIndexPoliciesOutput, DESCRIBE_INDEX_POLICIES_OUTPUT, [index_policies,
    next_token], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeLogGroupsInput {
    /// When `includeLinkedAccounts` is set to `true`, use this parameter to specify the list of accounts to search. You can specify as many as 20 account IDs in the array.
    pub account_identifiers: Option<Vec<String>>,
    /// The prefix to match.
    ///
    /// `logGroupNamePrefix` and `logGroupNamePattern` are mutually exclusive. Only one of these parameters can be passed.
    pub log_group_name_prefix: Option<String>,
    /// If you specify a string for this parameter, the operation returns only log groups that have names that match the string based on a case-sensitive substring search. For example, if you specify `DataLogs`, log groups named `DataLogs`, `aws/DataLogs`, and `GroupDataLogs` would match, but `datalogs`, `Data/log/s` and `Groupdata` would not match.
    ///
    /// If you specify `logGroupNamePattern` in your request, then only `arn`, `creationTime`, and `logGroupName` are included in the response.
    ///
    /// `logGroupNamePattern` and `logGroupNamePrefix` are mutually exclusive. Only one of these parameters can be passed.
    pub log_group_name_pattern: Option<String>,
    /// The token for the next set of items to return. (You received this token from a previous call.)
    pub next_token: Option<String>,
    /// The maximum number of items returned. If you don't specify a value, the default is up to 50 items.
    pub limit: Option<i32>,
    /// If you are using a monitoring account, set this to `true` to have the operation return log groups in the accounts listed in `accountIdentifiers`.
    ///
    /// If this parameter is set to `true` and `accountIdentifiers` contains a null value, the operation returns all log groups in the monitoring account and all log groups in all source accounts that are linked to the monitoring account.
    ///
    /// The default for this parameter is `false`.
    pub include_linked_accounts: Option<bool>,
    /// Use this parameter to limit the results to only those log groups in the specified log group class. If you omit this parameter, log groups of all classes can be returned.
    ///
    /// If you specify either `INFREQUENT\_ACCESS` or `ESSENTIALS`, the results include log groups in both the Infrequent Access and Essentials log classes.
    ///
    /// Specifies the log group class for this log group. There are four classes:
    ///
    /// - The `Standard` log class supports all CloudWatch Logs features.
    ///
    /// - The `Infrequent Access` log class supports a subset of CloudWatch Logs features and incurs lower costs.
    ///
    /// - The `Essentials` log class supports a subset of CloudWatch Logs features and incurs lower costs.
    ///
    /// - Use the `Delivery` log class only for delivering Lambda logs to store in Amazon S3 or Amazon Data Firehose. Log events in log groups in the Delivery class are kept in CloudWatch Logs for only one day. This log class doesn't offer rich CloudWatch Logs capabilities such as CloudWatch Logs Insights queries.
    ///
    /// For details about the features supported by each class, see [Log classes](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch_Logs_Log_Classes.html)
    pub log_group_class: Option<LogGroupClass>,
    /// Use this array to filter the list of log groups returned. If you specify this parameter, the only other filter that you can choose to specify is `includeLinkedAccounts`.
    ///
    /// If you are using this operation in a monitoring account, you can specify the ARNs of log groups in source accounts and in the monitoring account itself. If you are using this operation in an account that is not a cross-account monitoring account, you can specify only log group names in the same account as the operation.
    pub log_group_identifiers: Option<Vec<String>>,
}
rt::structure!(
    DescribeLogGroupsInput, DESCRIBE_LOG_GROUPS_INPUT, [account_identifiers,
    log_group_name_prefix, log_group_name_pattern, next_token, limit,
    include_linked_accounts, log_group_class, log_group_identifiers]
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeLogGroupsOutput {
    /// An array of structures, where each structure contains the information about one log group.
    pub log_groups: Option<Vec<LogGroup>>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeLogGroupsOutput, DESCRIBE_LOG_GROUPS_OUTPUT, [log_groups, next_token], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeLogStreamsInput {
    /// The name of the log group.
    ///
    /// You must include either `logGroupIdentifier` or `logGroupName`, but not both.
    pub log_group_name: Option<String>,
    /// Specify either the name or ARN of the log group to view. If the log group is in a source account and you are using a monitoring account, you must use the log group ARN.
    ///
    /// You must include either `logGroupIdentifier` or `logGroupName`, but not both.
    pub log_group_identifier: Option<String>,
    /// The prefix to match.
    ///
    /// If `orderBy` is `LastEventTime`, you cannot specify this parameter.
    pub log_stream_name_prefix: Option<String>,
    /// If the value is `LogStreamName`, the results are ordered by log stream name. If the value is `LastEventTime`, the results are ordered by the event time. The default value is `LogStreamName`.
    ///
    /// If you order the results by event time, you cannot specify the `logStreamNamePrefix` parameter.
    ///
    /// `lastEventTimestamp` represents the time of the most recent log event in the log stream in CloudWatch Logs. This number is expressed as the number of milliseconds after `Jan 1, 1970 00:00:00 UTC`. `lastEventTimestamp` updates on an eventual consistency basis. It typically updates in less than an hour from ingestion, but in rare situations might take longer.
    pub order_by: Option<OrderBy>,
    /// If the value is true, results are returned in descending order. If the value is to false, results are returned in ascending order. The default value is false.
    pub descending: Option<bool>,
    /// The token for the next set of items to return. (You received this token from a previous call.)
    pub next_token: Option<String>,
    /// The maximum number of items returned. If you don't specify a value, the default is up to 50 items.
    pub limit: Option<i32>,
}
rt::structure!(
    DescribeLogStreamsInput, DESCRIBE_LOG_STREAMS_INPUT, [log_group_name,
    log_group_identifier, log_stream_name_prefix, order_by, descending, next_token,
    limit]
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeLogStreamsOutput {
    /// The log streams.
    pub log_streams: Option<Vec<LogStream>>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeLogStreamsOutput, DESCRIBE_LOG_STREAMS_OUTPUT, [log_streams, next_token],
    meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeLookupTablesInput {
    /// A prefix to filter lookup tables by name. Only tables whose names start with this prefix are returned. If you don't specify a prefix, all tables in the account and Region are returned.
    pub lookup_table_name_prefix: Option<String>,
    /// The maximum number of lookup tables to return in the response. The default value is 50 and the maximum value is 100.
    pub max_results: Option<i32>,
    /// The token for the next set of items to return. (You received this token from a previous call.)
    pub next_token: Option<String>,
}
rt::structure!(
    DescribeLookupTablesInput, DESCRIBE_LOOKUP_TABLES_INPUT, [lookup_table_name_prefix,
    max_results, next_token]
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeLookupTablesOutput {
    /// An array of structures, where each structure contains metadata about one lookup table.
    pub lookup_tables: Option<Vec<LookupTable>>,
    /// The token to use when requesting the next set of items.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeLookupTablesOutput, DESCRIBE_LOOKUP_TABLES_OUTPUT, [lookup_tables,
    next_token], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeMetricFiltersInput {
    /// The name of the log group.
    pub log_group_name: Option<String>,
    /// The prefix to match. CloudWatch Logs uses the value that you set here only if you also include the `logGroupName` parameter in your request.
    pub filter_name_prefix: Option<String>,
    /// The token for the next set of items to return. (You received this token from a previous call.)
    pub next_token: Option<String>,
    /// The maximum number of items returned. If you don't specify a value, the default is up to 50 items.
    pub limit: Option<i32>,
    /// Filters results to include only those with the specified metric name. If you include this parameter in your request, you must also include the `metricNamespace` parameter.
    pub metric_name: Option<String>,
    /// Filters results to include only those in the specified namespace. If you include this parameter in your request, you must also include the `metricName` parameter.
    pub metric_namespace: Option<String>,
}
rt::structure!(
    DescribeMetricFiltersInput, DESCRIBE_METRIC_FILTERS_INPUT, [log_group_name,
    filter_name_prefix, next_token, limit, metric_name, metric_namespace]
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeMetricFiltersOutput {
    /// The metric filters.
    pub metric_filters: Option<Vec<MetricFilter>>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeMetricFiltersOutput, DESCRIBE_METRIC_FILTERS_OUTPUT, [metric_filters,
    next_token], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeQueriesInput {
    /// Limits the returned queries to only those for the specified log group.
    pub log_group_name: Option<String>,
    /// Limits the returned queries to only those that have the specified status. Valid values are `Cancelled`, `Complete`, `Failed`, `Running`, and `Scheduled`.
    pub status: Option<QueryStatus>,
    /// Limits the number of returned queries to the specified number.
    pub max_results: Option<i32>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    pub next_token: Option<String>,
    /// Limits the returned queries to only the queries that use the specified query language.
    pub query_language: Option<QueryLanguage>,
}
rt::structure!(
    DescribeQueriesInput, DESCRIBE_QUERIES_INPUT, [log_group_name, status, max_results,
    next_token, query_language]
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeQueriesOutput {
    /// The list of queries that match the request.
    pub queries: Option<Vec<QueryInfo>>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeQueriesOutput, DESCRIBE_QUERIES_OUTPUT, [queries, next_token], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeQueryDefinitionsInput {
    /// The query language used for this query. For more information about the query languages that CloudWatch Logs supports, see [Supported query languages](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_AnalyzeLogData_Languages.html).
    pub query_language: Option<QueryLanguage>,
    /// Use this parameter to filter your results to only the query definitions that have names that start with the prefix you specify.
    pub query_definition_name_prefix: Option<String>,
    /// Limits the number of returned query definitions to the specified number.
    pub max_results: Option<i32>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    pub next_token: Option<String>,
}
rt::structure!(
    DescribeQueryDefinitionsInput, DESCRIBE_QUERY_DEFINITIONS_INPUT, [query_language,
    query_definition_name_prefix, max_results, next_token]
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeQueryDefinitionsOutput {
    /// The list of query definitions that match your request.
    pub query_definitions: Option<Vec<QueryDefinition>>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeQueryDefinitionsOutput, DESCRIBE_QUERY_DEFINITIONS_OUTPUT,
    [query_definitions, next_token], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeResourcePoliciesInput {
    /// The token for the next set of items to return. The token expires after 24 hours.
    pub next_token: Option<String>,
    /// The maximum number of resource policies to be displayed with one call of this API.
    pub limit: Option<i32>,
    /// The ARN of the CloudWatch Logs resource for which to query the resource policy.
    pub resource_arn: Option<String>,
    /// Specifies the scope of the resource policy. Valid values are `ACCOUNT` or `RESOURCE`. When not specified, defaults to `ACCOUNT`.
    pub policy_scope: Option<PolicyScope>,
}
rt::structure!(
    DescribeResourcePoliciesInput, DESCRIBE_RESOURCE_POLICIES_INPUT, [next_token, limit,
    resource_arn, policy_scope]
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeResourcePoliciesOutput {
    /// The resource policies that exist in this account.
    pub resource_policies: Option<Vec<ResourcePolicy>>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeResourcePoliciesOutput, DESCRIBE_RESOURCE_POLICIES_OUTPUT,
    [resource_policies, next_token], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeSubscriptionFiltersInput {
    /// The name of the log group.
    pub log_group_name: String,
    /// The prefix to match. If you don't specify a value, no prefix filter is applied.
    pub filter_name_prefix: Option<String>,
    /// The token for the next set of items to return. (You received this token from a previous call.)
    pub next_token: Option<String>,
    /// The maximum number of items returned. If you don't specify a value, the default is up to 50 items.
    pub limit: Option<i32>,
}
rt::structure!(
    DescribeSubscriptionFiltersInput, DESCRIBE_SUBSCRIPTION_FILTERS_INPUT,
    [log_group_name, filter_name_prefix, next_token, limit]
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeSubscriptionFiltersOutput {
    /// The subscription filters.
    pub subscription_filters: Option<Vec<SubscriptionFilter>>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeSubscriptionFiltersOutput, DESCRIBE_SUBSCRIPTION_FILTERS_OUTPUT,
    [subscription_filters, next_token], meta = response_metadata
);
/// Represents a cross-account destination that receives subscription log events.
#[derive(Clone, Default, PartialEq)]
pub struct Destination {
    /// The name of the destination.
    pub destination_name: Option<String>,
    /// The Amazon Resource Name (ARN) of the physical target where the log events are delivered (for example, a Kinesis stream).
    pub target_arn: Option<String>,
    /// A role for impersonation, used when delivering log events to the target.
    pub role_arn: Option<String>,
    /// An IAM policy document that governs which Amazon Web Services accounts can create subscription filters against this destination.
    pub access_policy: Option<String>,
    /// The ARN of this destination.
    pub arn: Option<String>,
    /// The creation time of the destination, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
    pub creation_time: Option<i64>,
}
rt::structure!(
    Destination, DESTINATION, [destination_name, target_arn, role_arn, access_policy,
    arn, creation_time]
);
/// Configuration for where to deliver scheduled query results. Specifies the destination type and associated settings for result delivery.
#[derive(Clone, Default, PartialEq)]
pub struct DestinationConfiguration {
    /// Configuration for delivering query results to Amazon S3.
    pub s3_configuration: Option<S3Configuration>,
    /// Configuration for delivering query results to a lookup table. The query results automatically populate or refresh the specified lookup table on each scheduled execution.
    pub lookup_table_configuration: Option<LookupTableConfiguration>,
}
rt::structure!(
    DestinationConfiguration, DESTINATION_CONFIGURATION, [s3_configuration,
    lookup_table_configuration]
);
#[derive(Clone, Default, PartialEq)]
pub struct DisassociateKmsKeyInput {
    /// The name of the log group.
    ///
    /// In your `DisassociateKmsKey` operation, you must specify either the `resourceIdentifier` parameter or the `logGroup` parameter, but you can't specify both.
    pub log_group_name: Option<String>,
    /// Specifies the target for this operation. You must specify one of the following:
    ///
    /// - Specify the ARN of a log group to stop having CloudWatch Logs use the KMS key to encrypt log events that are ingested and stored by that log group. After you run this operation, CloudWatch Logs encrypts ingested log events with the default CloudWatch Logs method. The log group ARN must be in the following format. Replace *REGION* and *ACCOUNT\_ID* with your Region and account ID.
    ///
    /// `arn:aws:logs:*REGION*:*ACCOUNT\_ID*:log-group:*LOG\_GROUP\_NAME* `
    ///
    /// - Specify the following ARN to stop using this key to encrypt the results of future [StartQuery](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_StartQuery.html) operations in this account. Replace *REGION* and *ACCOUNT\_ID* with your Region and account ID.
    ///
    /// `arn:aws:logs:*REGION*:*ACCOUNT\_ID*:query-result:\*`
    ///
    /// In your `DisssociateKmsKey` operation, you must specify either the `resourceIdentifier` parameter or the `logGroup` parameter, but you can't specify both.
    pub resource_identifier: Option<String>,
}
rt::structure!(
    DisassociateKmsKeyInput, DISASSOCIATE_KMS_KEY_INPUT, [log_group_name,
    resource_identifier]
);
#[derive(Clone, Default, PartialEq)]
pub struct DisassociateSourceFromS3TableIntegrationInput {
    /// The unique identifier of the association to remove between the data source and S3 Table Integration.
    pub identifier: String,
}
rt::structure!(
    DisassociateSourceFromS3TableIntegrationInput,
    DISASSOCIATE_SOURCE_FROM_S3_TABLE_INTEGRATION_INPUT, [identifier]
);
#[derive(Clone, Default, PartialEq)]
pub struct DisassociateSourceFromS3TableIntegrationOutput {
    /// The unique identifier of the association that was removed.
    pub identifier: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DisassociateSourceFromS3TableIntegrationOutput,
    DISASSOCIATE_SOURCE_FROM_S3_TABLE_INTEGRATION_OUTPUT, [identifier], meta =
    response_metadata
);
/// The method used to distribute log data to the destination, which can be either random or grouped by log stream.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Distribution {
    /// `Random`
    Random,
    /// `ByLogStream`
    ByLogStream,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(Distribution, { Random => "Random", ByLogStream => "ByLogStream" });
/// Contains the estimated impact of creating, updating, or deleting an account-level retention policy. The analysis compares the effective retention period of each log group, which accounts for all account-level retention policies that apply to it, before and after the change. Log groups in the Delivery class are not included.
#[derive(Clone, Default, PartialEq)]
pub struct DryRunResult {
    /// The number of log groups in the scope of the policy that were analyzed. This value is the sum of `increasedRetentionLogGroupCount`, `decreasedRetentionLogGroupCount`, and `unchangedRetentionLogGroupCount`, and does not include log groups that could not be analyzed.
    pub total_matched_log_groups: Option<i32>,
    /// The number of log groups whose effective retention period would become longer.
    pub increased_retention_log_group_count: Option<i32>,
    /// The number of log groups whose effective retention period would become shorter.
    pub decreased_retention_log_group_count: Option<i32>,
    /// The number of log groups whose effective retention period would not change.
    pub unchanged_retention_log_group_count: Option<i32>,
    /// The number of log groups in the scope of the policy that could not be analyzed. These log groups are not included in `totalMatchedLogGroups`.
    pub failed_analysis_count: Option<i32>,
    /// Up to 20 log groups in the scope of the policy, sorted by stored bytes in descending order. This list can include log groups whose effective retention period would not change.
    pub top_log_groups_impacted: Option<Vec<LogGroupImpact>>,
}
rt::structure!(
    DryRunResult, DRY_RUN_RESULT, [total_matched_log_groups,
    increased_retention_log_group_count, decreased_retention_log_group_count,
    unchanged_retention_log_group_count, failed_analysis_count, top_log_groups_impacted]
);
/// The entity associated with the log events in a `PutLogEvents` call.
#[derive(Clone, Default, PartialEq)]
pub struct Entity {
    /// The attributes of the entity which identify the specific entity, as a list of key-value pairs. Entities with the same `keyAttributes` are considered to be the same entity.
    ///
    /// There are five allowed attributes (key names): `Type`, `ResourceType`, `Identifier` `Name`, and `Environment`.
    ///
    /// For details about how to use the key attributes, see [How to add related information to telemetry](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/adding-your-own-related-telemetry.html) in the *CloudWatch User Guide*.
    pub key_attributes: Option<rt::IndexMap<String, String>>,
    /// Additional attributes of the entity that are not used to specify the identity of the entity. A list of key-value pairs.
    ///
    /// For details about how to use the attributes, see [How to add related information to telemetry](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/adding-your-own-related-telemetry.html) in the *CloudWatch User Guide*.
    pub attributes: Option<rt::IndexMap<String, String>>,
}
rt::structure!(Entity, ENTITY, [key_attributes, attributes]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EntityRejectionErrorType {
    /// `InvalidEntity`
    InvalidEntity,
    /// `InvalidTypeValue`
    InvalidTypeValue,
    /// `InvalidKeyAttributes`
    InvalidKeyAttributes,
    /// `InvalidAttributes`
    InvalidAttributes,
    /// `EntitySizeTooLarge`
    EntitySizeTooLarge,
    /// `UnsupportedLogGroupType`
    UnsupportedLogGroupType,
    /// `MissingRequiredFields`
    MissingRequiredFields,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    EntityRejectionErrorType, { InvalidEntity => "InvalidEntity", InvalidTypeValue =>
    "InvalidTypeValue", InvalidKeyAttributes => "InvalidKeyAttributes", InvalidAttributes
    => "InvalidAttributes", EntitySizeTooLarge => "EntitySizeTooLarge",
    UnsupportedLogGroupType => "UnsupportedLogGroupType", MissingRequiredFields =>
    "MissingRequiredFields" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EvaluationFrequency {
    /// `ONE_MIN`
    OneMin,
    /// `FIVE_MIN`
    FiveMin,
    /// `TEN_MIN`
    TenMin,
    /// `FIFTEEN_MIN`
    FifteenMin,
    /// `THIRTY_MIN`
    ThirtyMin,
    /// `ONE_HOUR`
    OneHour,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    EvaluationFrequency, { OneMin => "ONE_MIN", FiveMin => "FIVE_MIN", TenMin =>
    "TEN_MIN", FifteenMin => "FIFTEEN_MIN", ThirtyMin => "THIRTY_MIN", OneHour =>
    "ONE_HOUR" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EventSource {
    /// `CloudTrail`
    CloudTrail,
    /// `Route53Resolver`
    Route53Resolver,
    /// `VPCFlow`
    VpcFlow,
    /// `EKSAudit`
    EksAudit,
    /// `AWSWAF`
    Awswaf,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    EventSource, { CloudTrail => "CloudTrail", Route53Resolver => "Route53Resolver",
    VpcFlow => "VPCFlow", EksAudit => "EKSAudit", Awswaf => "AWSWAF" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ExecutionStatus {
    /// `Running`
    Running,
    /// `InvalidQuery`
    InvalidQuery,
    /// `Complete`
    Complete,
    /// `Failed`
    Failed,
    /// `Timeout`
    Timeout,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ExecutionStatus, { Running => "Running", InvalidQuery => "InvalidQuery", Complete =>
    "Complete", Failed => "Failed", Timeout => "Timeout" }
);
/// Represents an export task.
#[derive(Clone, Default, PartialEq)]
pub struct ExportTask {
    /// The ID of the export task.
    pub task_id: Option<String>,
    /// The name of the export task.
    pub task_name: Option<String>,
    /// The name of the log group from which logs data was exported.
    pub log_group_name: Option<String>,
    /// The start time, expressed as the number of milliseconds after `Jan 1, 1970 00:00:00 UTC`. Events with a timestamp before this time are not exported.
    pub from: Option<i64>,
    /// The end time, expressed as the number of milliseconds after `Jan 1, 1970 00:00:00 UTC`. Events with a timestamp later than this time are not exported.
    pub to: Option<i64>,
    /// The name of the S3 bucket to which the log data was exported.
    pub destination: Option<String>,
    /// The prefix that was used as the start of Amazon S3 key for every object exported.
    pub destination_prefix: Option<String>,
    /// The status of the export task.
    pub status: Option<ExportTaskStatus>,
    /// Execution information about the export task.
    pub execution_info: Option<ExportTaskExecutionInfo>,
}
rt::structure!(
    ExportTask, EXPORT_TASK, [task_id, task_name, log_group_name, from, to, destination,
    destination_prefix, status, execution_info]
);
/// Represents the status of an export task.
#[derive(Clone, Default, PartialEq)]
pub struct ExportTaskExecutionInfo {
    /// The creation time of the export task, expressed as the number of milliseconds after `Jan 1, 1970 00:00:00 UTC`.
    pub creation_time: Option<i64>,
    /// The completion time of the export task, expressed as the number of milliseconds after `Jan 1, 1970 00:00:00 UTC`.
    pub completion_time: Option<i64>,
}
rt::structure!(
    ExportTaskExecutionInfo, EXPORT_TASK_EXECUTION_INFO, [creation_time, completion_time]
);
/// Represents the status of an export task.
#[derive(Clone, Default, PartialEq)]
pub struct ExportTaskStatus {
    /// The status code of the export task.
    pub code: Option<ExportTaskStatusCode>,
    /// The status message related to the status code.
    pub message: Option<String>,
}
rt::structure!(ExportTaskStatus, EXPORT_TASK_STATUS, [code, message]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ExportTaskStatusCode {
    /// `CANCELLED`
    Cancelled,
    /// `COMPLETED`
    Completed,
    /// `FAILED`
    Failed,
    /// `PENDING`
    Pending,
    /// `PENDING_CANCEL`
    PendingCancel,
    /// `RUNNING`
    Running,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ExportTaskStatusCode, { Cancelled => "CANCELLED", Completed => "COMPLETED", Failed =>
    "FAILED", Pending => "PENDING", PendingCancel => "PENDING_CANCEL", Running =>
    "RUNNING" }
);
/// This structure describes one log event field that is used as an index in at least one index policy in this account.
#[derive(Clone, Default, PartialEq)]
pub struct FieldIndex {
    /// If this field index appears in an index policy that applies only to a single log group, the ARN of that log group is displayed here.
    pub log_group_identifier: Option<String>,
    /// The string that this field index matches.
    pub field_index_name: Option<String>,
    /// The most recent time that CloudWatch Logs scanned ingested log events to search for this field index to improve the speed of future CloudWatch Logs Insights queries that search for this field index.
    pub last_scan_time: Option<i64>,
    /// The time and date of the earliest log event that matches this field index, after the index policy that contains it was created.
    pub first_event_time: Option<i64>,
    /// The time and date of the most recent log event that matches this field index.
    pub last_event_time: Option<i64>,
    /// The type of index. Specify `FACET` for facet-based indexing or `FIELD\_INDEX` for field-based indexing. This determines how the field is indexed and can be queried.
    pub r#type: Option<IndexType>,
    /// The category of the field index:
    ///
    /// - `DEFAULT`: Fields that CloudWatch Logs indexes by default. Examples include `@logStream` and `@data\_format`.
    ///
    /// - `CUSTOM`: Fields that you added manually to the field index policy. CloudWatch Logs always indexes these fields. These fields count toward the quota of 20 fields for each log group.
    ///
    /// - `AUTO`: Fields that CloudWatch Logs indexes automatically based on your query patterns and usage. These fields do not count toward the field index quota. CloudWatch Logs might update these fields based on changes in your query patterns. To keep a field indexed permanently, add it to an account-level or log-group level field index policy.
    ///
    /// - `INACTIVE`: Fields that CloudWatch Logs indexed before but does not index now. This happens if you remove a field from the field index policy or if CloudWatch Logs automatically selects a different field based on your queries.
    ///
    /// For more information about automatically indexed fields, see [Automatically indexed fields](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatchLogs-Field-Indexing-Automatic.html).
    pub index_category: Option<IndexCategory>,
}
rt::structure!(
    FieldIndex, FIELD_INDEX, [log_group_identifier, field_index_name, last_scan_time,
    first_event_time, last_event_time, r#type, index_category]
);
/// A structure containing the extracted fields from a log event. These fields are extracted based on the log format and can be used for structured querying and analysis.
#[derive(Clone, Default, PartialEq)]
pub struct FieldsData {
    /// The actual log data content returned in the streaming response. This contains the fields and values of the log event in a structured format that can be parsed and processed by the client.
    pub data: Option<Vec<u8>>,
}
rt::structure!(FieldsData, FIELDS_DATA, [data]);
#[derive(Clone, Default, PartialEq)]
pub struct FilterLogEventsInput {
    /// The name of the log group to search.
    ///
    /// You must include either `logGroupIdentifier` or `logGroupName`, but not both.
    pub log_group_name: Option<String>,
    /// Specify either the name or ARN of the log group to view log events from. If the log group is in a source account and you are using a monitoring account, you must use the log group ARN.
    ///
    /// You must include either `logGroupIdentifier` or `logGroupName`, but not both.
    pub log_group_identifier: Option<String>,
    /// Filters the results to only logs from the log streams in this list.
    ///
    /// If you specify a value for both `logStreamNames` and `logStreamNamePrefix`, the action returns an `InvalidParameterException` error.
    pub log_stream_names: Option<Vec<String>>,
    /// Filters the results to include only events from log streams that have names starting with this prefix.
    ///
    /// If you specify a value for both `logStreamNamePrefix` and `logStreamNames`, the action returns an `InvalidParameterException` error.
    pub log_stream_name_prefix: Option<String>,
    /// The start of the time range, expressed as the number of milliseconds after `Jan 1, 1970 00:00:00 UTC`. Events with a timestamp before this time are not returned.
    ///
    /// Set `startTime` explicitly to reduce the chances of empty pages in the response.
    pub start_time: Option<i64>,
    /// The end of the time range, expressed as the number of milliseconds after `Jan 1, 1970 00:00:00 UTC`. Events with a timestamp later than this time are not returned.
    pub end_time: Option<i64>,
    /// The filter pattern to use. For more information, see [Filter and Pattern Syntax](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html).
    ///
    /// If not provided, all the events are matched.
    pub filter_pattern: Option<String>,
    /// The token for the next set of events to return. (You received this token from a previous call.)
    pub next_token: Option<String>,
    /// The maximum number of events to return. The default is 10,000 events.
    pub limit: Option<i32>,
    /// If the value is true, the earliest log events are returned first. If the value is false, the latest log events are returned first. The default value is true.
    ///
    /// The `startFromHead` parameter sets the sort direction on the first request. On subsequent requests, the `nextToken` determines the sort direction. To continue paginating in the same direction, provide the returned `nextToken`. If you provide both `nextToken` and `startFromHead`, the direction of the `nextToken` is used.
    ///
    /// Setting `startFromHead` to `false` is supported only when `startTime` is on or after `Jan 1, 2024 00:00:00 UTC`. A request with `startFromHead` set to `false` and a `startTime` before this date returns an `InvalidParameterException`.
    pub start_from_head: Option<bool>,
    /// If the value is true, the operation attempts to provide responses that contain events from multiple log streams within the log group, interleaved in a single response. If the value is false, all the matched log events in the first log stream are searched first, then those in the next log stream, and so on.
    ///
    /// **Important** As of June 17, 2019, this parameter is ignored and the value is assumed to be true. The response from this operation always interleaves events from multiple log streams within a log group.
    pub interleaved: Option<bool>,
    /// Specify `true` to display the log event fields with all sensitive data unmasked and visible. The default is `false`.
    ///
    /// To use this operation with this parameter, you must be signed into an account with the `logs:Unmask` permission.
    pub unmask: Option<bool>,
}
rt::structure!(
    FilterLogEventsInput, FILTER_LOG_EVENTS_INPUT, [log_group_name, log_group_identifier,
    log_stream_names, log_stream_name_prefix, start_time, end_time, filter_pattern,
    next_token, limit, start_from_head, interleaved, unmask]
);
#[derive(Clone, Default, PartialEq)]
pub struct FilterLogEventsOutput {
    /// The matched events.
    pub events: Option<Vec<FilteredLogEvent>>,
    /// **Important** As of May 15, 2020, this parameter is no longer supported. This parameter returns an empty list.
    ///
    /// Indicates which log streams have been searched and whether each has been searched completely.
    pub searched_log_streams: Option<Vec<SearchedLogStream>>,
    /// The token for the next set of items in the sorting direction specified by the `startFromHead` parameter in the first request. The token expires after 24 hours.
    ///
    /// If the results don't include a `nextToken`, then pagination is finished.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    FilterLogEventsOutput, FILTER_LOG_EVENTS_OUTPUT, [events, searched_log_streams,
    next_token], meta = response_metadata
);
/// Represents a matched event.
#[derive(Clone, Default, PartialEq)]
pub struct FilteredLogEvent {
    /// The name of the log stream to which this event belongs.
    pub log_stream_name: Option<String>,
    /// The time the event occurred, expressed as the number of milliseconds after `Jan 1, 1970 00:00:00 UTC`.
    pub timestamp: Option<i64>,
    /// The data contained in the log event.
    pub message: Option<String>,
    /// The time the event was ingested, expressed as the number of milliseconds after `Jan 1, 1970 00:00:00 UTC`.
    pub ingestion_time: Option<i64>,
    /// The ID of the event.
    pub event_id: Option<String>,
}
rt::structure!(
    FilteredLogEvent, FILTERED_LOG_EVENT, [log_stream_name, timestamp, message,
    ingestion_time, event_id]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FlattenedElement {
    /// `first`
    First,
    /// `last`
    Last,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(FlattenedElement, { First => "first", Last => "last" });
#[derive(Clone, Default, PartialEq)]
pub struct GetDataProtectionPolicyInput {
    /// The name or ARN of the log group that contains the data protection policy that you want to see.
    pub log_group_identifier: String,
}
rt::structure!(
    GetDataProtectionPolicyInput, GET_DATA_PROTECTION_POLICY_INPUT,
    [log_group_identifier]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetDataProtectionPolicyOutput {
    /// The log group name or ARN that you specified in your request.
    pub log_group_identifier: Option<String>,
    /// The data protection policy document for this log group.
    pub policy_document: Option<String>,
    /// The date and time that this policy was most recently updated.
    pub last_updated_time: Option<i64>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetDataProtectionPolicyOutput, GET_DATA_PROTECTION_POLICY_OUTPUT,
    [log_group_identifier, policy_document, last_updated_time], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetDeliveryDestinationPolicyInput {
    /// The name of the delivery destination that you want to retrieve the policy of.
    pub delivery_destination_name: String,
}
rt::structure!(
    GetDeliveryDestinationPolicyInput, GET_DELIVERY_DESTINATION_POLICY_INPUT,
    [delivery_destination_name]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetDeliveryDestinationPolicyOutput {
    /// The IAM policy for this delivery destination.
    pub policy: Option<Policy>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetDeliveryDestinationPolicyOutput, GET_DELIVERY_DESTINATION_POLICY_OUTPUT, [policy],
    meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetDeliveryDestinationInput {
    /// The name of the delivery destination that you want to retrieve.
    pub name: String,
}
rt::structure!(GetDeliveryDestinationInput, GET_DELIVERY_DESTINATION_INPUT, [name]);
#[derive(Clone, Default, PartialEq)]
pub struct GetDeliveryDestinationOutput {
    /// A structure containing information about the delivery destination.
    pub delivery_destination: Option<DeliveryDestination>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetDeliveryDestinationOutput, GET_DELIVERY_DESTINATION_OUTPUT,
    [delivery_destination], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetDeliveryInput {
    /// The ID of the delivery that you want to retrieve.
    pub id: String,
}
rt::structure!(GetDeliveryInput, GET_DELIVERY_INPUT, [id]);
#[derive(Clone, Default, PartialEq)]
pub struct GetDeliveryOutput {
    /// A structure that contains information about the delivery.
    pub delivery: Option<Delivery>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetDeliveryOutput, GET_DELIVERY_OUTPUT, [delivery], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetDeliverySourceInput {
    /// The name of the delivery source that you want to retrieve.
    pub name: String,
}
rt::structure!(GetDeliverySourceInput, GET_DELIVERY_SOURCE_INPUT, [name]);
#[derive(Clone, Default, PartialEq)]
pub struct GetDeliverySourceOutput {
    /// A structure containing information about the delivery source.
    pub delivery_source: Option<DeliverySource>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetDeliverySourceOutput, GET_DELIVERY_SOURCE_OUTPUT, [delivery_source], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetIntegrationInput {
    /// The name of the integration that you want to find information about. To find the name of your integration, use [ListIntegrations](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_ListIntegrations.html)
    pub integration_name: String,
}
rt::structure!(GetIntegrationInput, GET_INTEGRATION_INPUT, [integration_name]);
#[derive(Clone, Default, PartialEq)]
pub struct GetIntegrationOutput {
    /// The name of the integration.
    pub integration_name: Option<String>,
    /// The type of integration. Integrations with OpenSearch Service have the type `OPENSEARCH`.
    pub integration_type: Option<IntegrationType>,
    /// The current status of this integration.
    pub integration_status: Option<IntegrationStatus>,
    /// A structure that contains information about the integration configuration. For an integration with OpenSearch Service, this includes information about OpenSearch Service resources such as the collection, the workspace, and policies.
    pub integration_details: Option<IntegrationDetails>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetIntegrationOutput, GET_INTEGRATION_OUTPUT, [integration_name, integration_type,
    integration_status, integration_details], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetLogAnomalyDetectorInput {
    /// The ARN of the anomaly detector to retrieve information about. You can find the ARNs of log anomaly detectors in your account by using the [ListLogAnomalyDetectors](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_ListLogAnomalyDetectors.html) operation.
    pub anomaly_detector_arn: String,
}
rt::structure!(
    GetLogAnomalyDetectorInput, GET_LOG_ANOMALY_DETECTOR_INPUT, [anomaly_detector_arn]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetLogAnomalyDetectorOutput {
    /// The name of the log anomaly detector
    pub detector_name: Option<String>,
    /// An array of structures, where each structure contains the ARN of a log group associated with this anomaly detector.
    pub log_group_arn_list: Option<Vec<String>>,
    /// Specifies how often the anomaly detector runs and look for anomalies. Set this value according to the frequency that the log group receives new logs. For example, if the log group receives new log events every 10 minutes, then setting `evaluationFrequency` to `FIFTEEN\_MIN` might be appropriate.
    pub evaluation_frequency: Option<EvaluationFrequency>,
    /// A symbolic description of how CloudWatch Logs should interpret the data in each log event. For example, a log event can contain timestamps, IP addresses, strings, and so on. You use the filter pattern to specify what to look for in the log event message.
    pub filter_pattern: Option<String>,
    /// Specifies whether the anomaly detector is currently active. To change its status, use the `enabled` parameter in the [UpdateLogAnomalyDetector](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_UpdateLogAnomalyDetector.html) operation.
    pub anomaly_detector_status: Option<AnomalyDetectorStatus>,
    /// The ARN of the KMS key assigned to this anomaly detector, if any.
    pub kms_key_id: Option<String>,
    /// The date and time when this anomaly detector was created.
    pub creation_time_stamp: Option<i64>,
    /// The date and time when this anomaly detector was most recently modified.
    pub last_modified_time_stamp: Option<i64>,
    /// The number of days used as the life cycle of anomalies. After this time, anomalies are automatically baselined and the anomaly detector model will treat new occurrences of similar event as normal.
    pub anomaly_visibility_time: Option<i64>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetLogAnomalyDetectorOutput, GET_LOG_ANOMALY_DETECTOR_OUTPUT, [detector_name,
    log_group_arn_list, evaluation_frequency, filter_pattern, anomaly_detector_status,
    kms_key_id, creation_time_stamp, last_modified_time_stamp, anomaly_visibility_time],
    meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetLogEventsInput {
    /// The name of the log group.
    ///
    /// You must include either `logGroupIdentifier` or `logGroupName`, but not both.
    pub log_group_name: Option<String>,
    /// Specify either the name or ARN of the log group to view events from. If the log group is in a source account and you are using a monitoring account, you must use the log group ARN.
    ///
    /// You must include either `logGroupIdentifier` or `logGroupName`, but not both.
    pub log_group_identifier: Option<String>,
    /// The name of the log stream.
    pub log_stream_name: String,
    /// The start of the time range, expressed as the number of milliseconds after `Jan 1, 1970 00:00:00 UTC`. Events with a timestamp equal to this time or later than this time are included. Events with a timestamp earlier than this time are not included.
    ///
    /// Set `startTime` explicitly to reduce the chances of empty pages in the response.
    pub start_time: Option<i64>,
    /// The end of the time range, expressed as the number of milliseconds after `Jan 1, 1970 00:00:00 UTC`. Events with a timestamp equal to or later than this time are not included.
    pub end_time: Option<i64>,
    /// The token for the next set of items to return. (You received this token from a previous call.)
    pub next_token: Option<String>,
    /// The maximum number of log events returned. If you don't specify a limit, the default is as many log events as can fit in a response size of 1 MB (up to 10,000 log events).
    pub limit: Option<i32>,
    /// If the value is true, the earliest log events are returned first. If the value is false, the latest log events are returned first. The default value is false.
    ///
    /// If you are using a previous `nextForwardToken` value as the `nextToken` in this operation, you must specify `true` for `startFromHead`.
    pub start_from_head: Option<bool>,
    /// Specify `true` to display the log event fields with all sensitive data unmasked and visible. The default is `false`.
    ///
    /// To use this operation with this parameter, you must be signed into an account with the `logs:Unmask` permission.
    pub unmask: Option<bool>,
}
rt::structure!(
    GetLogEventsInput, GET_LOG_EVENTS_INPUT, [log_group_name, log_group_identifier,
    log_stream_name, start_time, end_time, next_token, limit, start_from_head, unmask]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetLogEventsOutput {
    /// The events.
    pub events: Option<Vec<OutputLogEvent>>,
    /// The token for the next set of items in the forward direction. The token expires after 24 hours. If you have reached the end of the stream, it returns the same token you passed in.
    pub next_forward_token: Option<String>,
    /// The token for the next set of items in the backward direction. The token expires after 24 hours. This token is not null. If you have reached the end of the stream, it returns the same token you passed in.
    pub next_backward_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetLogEventsOutput, GET_LOG_EVENTS_OUTPUT, [events, next_forward_token,
    next_backward_token], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetLogFieldsInput {
    /// The name of the data source to retrieve log fields for.
    pub data_source_name: String,
    /// The type of the data source to retrieve log fields for.
    pub data_source_type: String,
}
rt::structure!(
    GetLogFieldsInput, GET_LOG_FIELDS_INPUT, [data_source_name, data_source_type]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetLogFieldsOutput {
    /// The list of log fields for the specified data source, including field names and their data types.
    pub log_fields: Option<Vec<LogFieldsListItem>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetLogFieldsOutput, GET_LOG_FIELDS_OUTPUT, [log_fields], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetLogGroupFieldsInput {
    /// The name of the log group to search.
    ///
    /// You must include either `logGroupIdentifier` or `logGroupName`, but not both.
    pub log_group_name: Option<String>,
    /// The time to set as the center of the query. If you specify `time`, the 8 minutes before and 8 minutes after this time are searched. If you omit `time`, the most recent 15 minutes up to the current time are searched.
    ///
    /// The `time` value is specified as epoch time, which is the number of seconds since `January 1, 1970, 00:00:00 UTC`.
    pub time: Option<i64>,
    /// Specify either the name or ARN of the log group to view. If the log group is in a source account and you are using a monitoring account, you must specify the ARN.
    ///
    /// You must include either `logGroupIdentifier` or `logGroupName`, but not both.
    pub log_group_identifier: Option<String>,
}
rt::structure!(
    GetLogGroupFieldsInput, GET_LOG_GROUP_FIELDS_INPUT, [log_group_name, time,
    log_group_identifier]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetLogGroupFieldsOutput {
    /// The array of fields found in the query. Each object in the array contains the name of the field, along with the percentage of time it appeared in the log events that were queried.
    pub log_group_fields: Option<Vec<LogGroupField>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetLogGroupFieldsOutput, GET_LOG_GROUP_FIELDS_OUTPUT, [log_group_fields], meta =
    response_metadata
);
/// The parameters for the GetLogObject operation.
#[derive(Clone, Default, PartialEq)]
pub struct GetLogObjectInput {
    /// A boolean flag that indicates whether to unmask sensitive log data. When set to true, any masked or redacted data in the log object will be displayed in its original form. Default is false.
    pub unmask: Option<bool>,
    /// A pointer to the specific log object to retrieve. This is a required parameter that uniquely identifies the log object within CloudWatch Logs. The pointer is typically obtained from a previous query or filter operation.
    pub log_object_pointer: String,
}
rt::structure!(GetLogObjectInput, GET_LOG_OBJECT_INPUT, [unmask, log_object_pointer]);
/// The response from the GetLogObject operation.
#[derive(Default)]
pub struct GetLogObjectOutput {
    /// A stream of structured log data returned by the GetLogObject operation. This stream contains log events with their associated metadata and extracted fields.
    pub field_stream: rt::EventStream<GetLogObjectResponseStream>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetLogObjectOutput, GET_LOG_OBJECT_OUTPUT, [field_stream], meta = response_metadata
);
/// A stream of structured log data returned by the GetLogObject operation. This stream contains log events with their associated metadata and extracted fields.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum GetLogObjectResponseStream {
    Fields(FieldsData),
    /// An internal error occurred during the streaming of log data. This exception is thrown when there's an issue with the internal streaming mechanism used by the GetLogObject operation.
    InternalStreamingException(InternalStreamingException),
    /// A member this version of the client does not know, by name.
    Unknown(String),
}
rt::union!(
    GetLogObjectResponseStream, GET_LOG_OBJECT_RESPONSE_STREAM, [Fields,
    InternalStreamingException]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetLogRecordInput {
    /// The pointer corresponding to the log event record you want to retrieve. You get this from the response of a `GetQueryResults` operation. In that response, the value of the `@ptr` field for a log event is the value to use as `logRecordPointer` to retrieve that complete log event record.
    pub log_record_pointer: String,
    /// Specify `true` to display the log event fields with all sensitive data unmasked and visible. The default is `false`.
    ///
    /// To use this operation with this parameter, you must be signed into an account with the `logs:Unmask` permission.
    pub unmask: Option<bool>,
}
rt::structure!(GetLogRecordInput, GET_LOG_RECORD_INPUT, [log_record_pointer, unmask]);
#[derive(Clone, Default, PartialEq)]
pub struct GetLogRecordOutput {
    /// The requested log event, as a JSON string.
    pub log_record: Option<rt::IndexMap<String, String>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetLogRecordOutput, GET_LOG_RECORD_OUTPUT, [log_record], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetLookupTableInput {
    /// The ARN of the lookup table to retrieve.
    pub lookup_table_arn: String,
}
rt::structure!(GetLookupTableInput, GET_LOOKUP_TABLE_INPUT, [lookup_table_arn]);
#[derive(Clone, Default, PartialEq)]
pub struct GetLookupTableOutput {
    /// The ARN of the lookup table.
    pub lookup_table_arn: Option<String>,
    /// The name of the lookup table.
    pub lookup_table_name: Option<String>,
    /// The description of the lookup table.
    pub description: Option<String>,
    /// The full CSV content of the lookup table.
    pub table_body: Option<String>,
    /// The size of the lookup table in bytes.
    pub size_bytes: Option<i64>,
    /// The time when the lookup table was last updated, expressed as the number of milliseconds after `Jan 1, 1970 00:00:00 UTC`.
    pub last_updated_time: Option<i64>,
    /// The ARN of the KMS key used to encrypt the lookup table data, if applicable.
    pub kms_key_id: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetLookupTableOutput, GET_LOOKUP_TABLE_OUTPUT, [lookup_table_arn, lookup_table_name,
    description, table_body, size_bytes, last_updated_time, kms_key_id], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetQueryResultsInput {
    /// The ID number of the query.
    pub query_id: String,
    /// The token for the next set of items to return. The token expires after 1 hour.
    pub next_token: Option<String>,
    /// The maximum number of log events to return in the response. The maximum is 10,000 log events per request. You can retrieve up to 100,000 log event results from a query by paginating with the `nextToken`.
    pub max_items: Option<i32>,
}
rt::structure!(
    GetQueryResultsInput, GET_QUERY_RESULTS_INPUT, [query_id, next_token, max_items]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetQueryResultsOutput {
    /// The query language used for this query. For more information about the query languages that CloudWatch Logs supports, see [Supported query languages](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_AnalyzeLogData_Languages.html).
    pub query_language: Option<QueryLanguage>,
    /// The log events that matched the query criteria during the most recent time it ran.
    ///
    /// The `results` value is an array of arrays. Each log event is one object in the top-level array. Each of these log event objects is an array of `field`/`value` pairs.
    pub results: Option<Vec<Vec<ResultField>>>,
    /// Includes the number of log events scanned by the query, the number of log events that matched the query criteria, and the total number of bytes in the scanned log events. These values reflect the full raw results of the query.
    pub statistics: Option<QueryStatistics>,
    /// The status of the most recent running of the query. Possible values are `Cancelled`, `Complete`, `Failed`, `Running`, `Scheduled`, `Timeout`, and `Unknown`.
    ///
    /// Queries time out after 60 minutes of runtime. To avoid having your queries time out, reduce the time range being searched or partition your query into a number of queries.
    pub status: Option<QueryStatus>,
    /// If you associated an KMS key with the CloudWatch Logs Insights query results in this account, this field displays the ARN of the key that's used to encrypt the query results when [StartQuery](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_StartQuery.html) stores them.
    pub encryption_key: Option<String>,
    /// If there are more log events remaining in the results, the response includes a `nextToken`. You can use this token in a subsequent `GetQueryResults` request to get the next set of results. You can retrieve up to 100,000 log event results from a query by paginating with this token. This is only supported for Logs Insights QL and is currently not supported for PPL and SQL query languages.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetQueryResultsOutput, GET_QUERY_RESULTS_OUTPUT, [query_language, results,
    statistics, status, encryption_key, next_token], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetScheduledQueryHistoryInput {
    /// The ARN or name of the scheduled query to retrieve history for.
    pub identifier: String,
    /// The start time for the history query in Unix epoch format.
    pub start_time: i64,
    /// The end time for the history query in Unix epoch format.
    pub end_time: i64,
    /// An array of execution statuses to filter the history results. Only executions with the specified statuses are returned.
    pub execution_statuses: Option<Vec<ExecutionStatus>>,
    /// The maximum number of history records to return. Valid range is 1 to 1000.
    pub max_results: Option<i32>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    pub next_token: Option<String>,
}
rt::structure!(
    GetScheduledQueryHistoryInput, GET_SCHEDULED_QUERY_HISTORY_INPUT, [identifier,
    start_time, end_time, execution_statuses, max_results, next_token]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetScheduledQueryHistoryOutput {
    /// The name of the scheduled query.
    pub name: Option<String>,
    /// The ARN of the scheduled query.
    pub scheduled_query_arn: Option<String>,
    /// An array of execution history records for the scheduled query.
    pub trigger_history: Option<Vec<TriggerHistoryRecord>>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetScheduledQueryHistoryOutput, GET_SCHEDULED_QUERY_HISTORY_OUTPUT, [name,
    scheduled_query_arn, trigger_history, next_token], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetScheduledQueryInput {
    /// The ARN or name of the scheduled query to retrieve.
    pub identifier: String,
}
rt::structure!(GetScheduledQueryInput, GET_SCHEDULED_QUERY_INPUT, [identifier]);
#[derive(Clone, Default, PartialEq)]
pub struct GetScheduledQueryOutput {
    /// The ARN of the scheduled query.
    pub scheduled_query_arn: Option<String>,
    /// The name of the scheduled query.
    pub name: Option<String>,
    /// The description of the scheduled query.
    pub description: Option<String>,
    /// The query language used by the scheduled query.
    pub query_language: Option<QueryLanguage>,
    /// The query string executed by the scheduled query.
    pub query_string: Option<String>,
    /// The log groups queried by the scheduled query.
    pub log_group_identifiers: Option<Vec<String>>,
    /// The cron expression that defines when the scheduled query runs.
    pub schedule_expression: Option<String>,
    /// The timezone used for evaluating the schedule expression.
    pub timezone: Option<String>,
    /// The time offset in seconds that defines the lookback period for the query.
    pub start_time_offset: Option<i64>,
    /// The time offset in seconds that defines the end of the lookback period for the query.
    pub end_time_offset: Option<i64>,
    /// Configuration for where query results are delivered.
    pub destination_configuration: Option<DestinationConfiguration>,
    /// The current state of the scheduled query.
    pub state: Option<ScheduledQueryState>,
    /// The schedule type of the scheduled query. Valid values are `CUSTOMER\_MANAGED` and `AWS\_MANAGED`.
    pub schedule_type: Option<ScheduleType>,
    /// The timestamp when the scheduled query was last executed.
    pub last_triggered_time: Option<i64>,
    /// The status of the most recent execution of the scheduled query.
    pub last_execution_status: Option<ExecutionStatus>,
    /// The start time for the scheduled query in Unix epoch format.
    pub schedule_start_time: Option<i64>,
    /// The end time for the scheduled query in Unix epoch format.
    pub schedule_end_time: Option<i64>,
    /// The ARN of the IAM role used to execute the query and deliver results.
    pub execution_role_arn: Option<String>,
    /// The timestamp when the scheduled query was created.
    pub creation_time: Option<i64>,
    /// The timestamp when the scheduled query was last updated.
    pub last_updated_time: Option<i64>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetScheduledQueryOutput, GET_SCHEDULED_QUERY_OUTPUT, [scheduled_query_arn, name,
    description, query_language, query_string, log_group_identifiers,
    schedule_expression, timezone, start_time_offset, end_time_offset,
    destination_configuration, state, schedule_type, last_triggered_time,
    last_execution_status, schedule_start_time, schedule_end_time, execution_role_arn,
    creation_time, last_updated_time], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetStorageTierPolicyInput {}
rt::structure!(GetStorageTierPolicyInput, GET_STORAGE_TIER_POLICY_INPUT, []);
#[derive(Clone, Default, PartialEq)]
pub struct GetStorageTierPolicyOutput {
    /// The current storage tier for the account.
    pub storage_tier: Option<StorageTier>,
    /// The time when the storage tier policy was last updated, expressed as the number of milliseconds after `January 1, 1970 00:00:00 UTC`.
    pub last_updated_time: Option<i64>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetStorageTierPolicyOutput, GET_STORAGE_TIER_POLICY_OUTPUT, [storage_tier,
    last_updated_time], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetTransformerInput {
    /// Specify either the name or ARN of the log group to return transformer information for. If the log group is in a source account and you are using a monitoring account, you must use the log group ARN.
    pub log_group_identifier: String,
}
rt::structure!(GetTransformerInput, GET_TRANSFORMER_INPUT, [log_group_identifier]);
#[derive(Clone, Default, PartialEq)]
pub struct GetTransformerOutput {
    /// The ARN of the log group that you specified in your request.
    pub log_group_identifier: Option<String>,
    /// The creation time of the transformer, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
    pub creation_time: Option<i64>,
    /// The date and time when this transformer was most recently modified, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
    pub last_modified_time: Option<i64>,
    /// This sructure contains the configuration of the requested transformer.
    pub transformer_config: Option<Vec<Processor>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetTransformerOutput, GET_TRANSFORMER_OUTPUT, [log_group_identifier, creation_time,
    last_modified_time, transformer_config], meta = response_metadata
);
/// This processor uses pattern matching to parse and structure unstructured data. This processor can also extract fields from log messages.
///
/// For more information about this processor including examples, see [grok](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Configurable.html#CloudWatch-Logs-Transformation-Grok) in the *CloudWatch Logs User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct Grok {
    /// The path to the field in the log event that you want to parse. If you omit this value, the whole log message is parsed.
    pub source: Option<String>,
    /// The grok pattern to match against the log event. For a list of supported grok patterns, see [Supported grok patterns](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Configurable.html#CloudWatch-Logs-Transformation-Grok).
    pub r#match: String,
}
rt::structure!(Grok, GROK, [source, r#match]);
/// A key-value pair that identifies how log groups are grouped in aggregate summaries.
#[derive(Clone, Default, PartialEq)]
pub struct GroupingIdentifier {
    /// The key that identifies the grouping characteristic. The format of the key uses dot notation. Examples are, `dataSource.Name`, `dataSource.Type`, and `dataSource.Format`.
    pub key: Option<String>,
    /// The value associated with the grouping characteristic. Examples are `amazon\_vpc`, `flow`, and `OCSF`.
    pub value: Option<String>,
}
rt::structure!(GroupingIdentifier, GROUPING_IDENTIFIER, [key, value]);
/// An import job to move data from CloudTrail Event Data Store to CloudWatch.
#[derive(Clone, Default, PartialEq)]
pub struct Import {
    /// The unique identifier of the import task.
    pub import_id: Option<String>,
    /// The ARN of the CloudTrail Lake Event Data Store being imported from.
    pub import_source_arn: Option<String>,
    /// The current status of the import task. Valid values are IN\_PROGRESS, CANCELLED, COMPLETED and FAILED.
    pub import_status: Option<ImportStatus>,
    /// The ARN of the managed CloudWatch Logs log group where the events are being imported to.
    pub import_destination_arn: Option<String>,
    /// Statistics about the import progress
    pub import_statistics: Option<ImportStatistics>,
    /// The filter criteria used for this import task.
    pub import_filter: Option<ImportFilter>,
    /// The timestamp when the import task was created, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
    pub creation_time: Option<i64>,
    /// The timestamp when the import task was last updated, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
    pub last_updated_time: Option<i64>,
    /// Error message related to any failed imports
    pub error_message: Option<String>,
}
rt::structure!(
    Import, IMPORT, [import_id, import_source_arn, import_status, import_destination_arn,
    import_statistics, import_filter, creation_time, last_updated_time, error_message]
);
/// A collection of events being imported to CloudWatch
#[derive(Clone, Default, PartialEq)]
pub struct ImportBatch {
    /// The unique identifier of the import batch.
    pub batch_id: String,
    /// The current status of the import batch. Valid values are IN\_PROGRESS, CANCELLED, COMPLETED and FAILED.
    pub status: ImportStatus,
    /// The error message if the batch failed to import. Only present when status is FAILED.
    pub error_message: Option<String>,
}
rt::structure!(ImportBatch, IMPORT_BATCH, [batch_id, status, error_message]);
/// The filter criteria used for import tasks
#[derive(Clone, Default, PartialEq)]
pub struct ImportFilter {
    /// The start of the time range for events to import, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
    pub start_event_time: Option<i64>,
    /// The end of the time range for events to import, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
    pub end_event_time: Option<i64>,
}
rt::structure!(ImportFilter, IMPORT_FILTER, [start_event_time, end_event_time]);
/// Statistics about the import progress
#[derive(Clone, Default, PartialEq)]
pub struct ImportStatistics {
    /// The total number of bytes that have been imported to the managed log group.
    pub bytes_imported: Option<i64>,
}
rt::structure!(ImportStatistics, IMPORT_STATISTICS, [bytes_imported]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ImportStatus {
    /// `IN_PROGRESS`
    InProgress,
    /// `CANCELLED`
    Cancelled,
    /// `COMPLETED`
    Completed,
    /// `FAILED`
    Failed,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ImportStatus, { InProgress => "IN_PROGRESS", Cancelled => "CANCELLED", Completed =>
    "COMPLETED", Failed => "FAILED" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IndexCategory {
    /// `DEFAULT`
    Default,
    /// `CUSTOM`
    Custom,
    /// `AUTO`
    Auto,
    /// `INACTIVE`
    Inactive,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    IndexCategory, { Default => "DEFAULT", Custom => "CUSTOM", Auto => "AUTO", Inactive
    => "INACTIVE" }
);
/// This structure contains information about one field index policy in this account.
#[derive(Clone, Default, PartialEq)]
pub struct IndexPolicy {
    /// The ARN of the log group that this index policy applies to.
    pub log_group_identifier: Option<String>,
    /// The date and time that this index policy was most recently updated.
    pub last_update_time: Option<i64>,
    /// The policy document for this index policy, in JSON format.
    pub policy_document: Option<String>,
    /// The name of this policy. Responses about log group-level field index policies don't have this field, because those policies don't have names.
    pub policy_name: Option<String>,
    /// This field indicates whether this is an account-level index policy or an index policy that applies only to a single log group.
    pub source: Option<IndexSource>,
}
rt::structure!(
    IndexPolicy, INDEX_POLICY, [log_group_identifier, last_update_time, policy_document,
    policy_name, source]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IndexSource {
    /// `ACCOUNT`
    Account,
    /// `LOG_GROUP`
    LogGroup,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(IndexSource, { Account => "ACCOUNT", LogGroup => "LOG_GROUP" });
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IndexType {
    /// `FACET`
    Facet,
    /// `FIELD_INDEX`
    FieldIndex,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(IndexType, { Facet => "FACET", FieldIndex => "FIELD_INDEX" });
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InheritedProperty {
    /// `ACCOUNT_DATA_PROTECTION`
    AccountDataProtection,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    InheritedProperty, { AccountDataProtection => "ACCOUNT_DATA_PROTECTION" }
);
/// Represents a log event, which is a record of activity that was recorded by the application or resource being monitored.
#[derive(Clone, Default, PartialEq)]
pub struct InputLogEvent {
    /// The time the event occurred, expressed as the number of milliseconds after `Jan 1, 1970 00:00:00 UTC`.
    pub timestamp: i64,
    /// The raw event message. Each log event can be no larger than 1 MB.
    pub message: String,
}
rt::structure!(InputLogEvent, INPUT_LOG_EVENT, [timestamp, message]);
/// This structure contains information about the integration configuration. For an integration with OpenSearch Service, this includes information about OpenSearch Service resources such as the collection, the workspace, and policies.
///
/// This structure is returned by a [GetIntegration](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_GetIntegration.html) operation.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum IntegrationDetails {
    /// This structure contains complete information about one integration between CloudWatch Logs and OpenSearch Service.
    OpenSearchIntegrationDetails(OpenSearchIntegrationDetails),
    /// A member this version of the client does not know, by name.
    Unknown(String),
}
rt::union!(IntegrationDetails, INTEGRATION_DETAILS, [OpenSearchIntegrationDetails]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IntegrationStatus {
    /// `PROVISIONING`
    Provisioning,
    /// `ACTIVE`
    Active,
    /// `FAILED`
    Failed,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    IntegrationStatus, { Provisioning => "PROVISIONING", Active => "ACTIVE", Failed =>
    "FAILED" }
);
/// This structure contains information about one CloudWatch Logs integration. This structure is returned by a [ListIntegrations](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_ListIntegrations.html) operation.
#[derive(Clone, Default, PartialEq)]
pub struct IntegrationSummary {
    /// The name of this integration.
    pub integration_name: Option<String>,
    /// The type of integration. Integrations with OpenSearch Service have the type `OPENSEARCH`.
    pub integration_type: Option<IntegrationType>,
    /// The current status of this integration.
    pub integration_status: Option<IntegrationStatus>,
}
rt::structure!(
    IntegrationSummary, INTEGRATION_SUMMARY, [integration_name, integration_type,
    integration_status]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IntegrationType {
    /// `OPENSEARCH`
    Opensearch,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(IntegrationType, { Opensearch => "OPENSEARCH" });
/// An internal server error occurred while processing the request. This exception is returned when the service encounters an unexpected condition that prevents it from fulfilling the request.
#[derive(Clone, Default, PartialEq)]
pub struct InternalServerException {}
rt::structure!(InternalServerException, INTERNAL_SERVER_EXCEPTION, []);
/// An internal error occurred during the streaming of log data. This exception is thrown when there's an issue with the internal streaming mechanism used by the GetLogObject operation.
#[derive(Clone, Default, PartialEq)]
pub struct InternalStreamingException {
    pub message: Option<String>,
}
rt::structure!(InternalStreamingException, INTERNAL_STREAMING_EXCEPTION, [message]);
/// The operation is not valid on the specified resource.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidOperationException {}
rt::structure!(InvalidOperationException, INVALID_OPERATION_EXCEPTION, []);
/// A parameter is specified incorrectly.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidParameterException {}
rt::structure!(InvalidParameterException, INVALID_PARAMETER_EXCEPTION, []);
/// The sequence token is not valid. You can get the correct sequence token in the `expectedSequenceToken` field in the `InvalidSequenceTokenException` message.
///
/// `PutLogEvents` actions are now always accepted and never return `InvalidSequenceTokenException` regardless of receiving an invalid sequence token.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidSequenceTokenException {
    pub expected_sequence_token: Option<String>,
}
rt::structure!(
    InvalidSequenceTokenException, INVALID_SEQUENCE_TOKEN_EXCEPTION,
    [expected_sequence_token]
);
/// You have reached the maximum number of resources that can be created.
#[derive(Clone, Default, PartialEq)]
pub struct LimitExceededException {}
rt::structure!(LimitExceededException, LIMIT_EXCEEDED_EXCEPTION, []);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ListAggregateLogGroupSummariesGroupBy {
    /// `DATA_SOURCE_NAME_TYPE_AND_FORMAT`
    DataSourceNameTypeAndFormat,
    /// `DATA_SOURCE_NAME_AND_TYPE`
    DataSourceNameAndType,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ListAggregateLogGroupSummariesGroupBy, { DataSourceNameTypeAndFormat =>
    "DATA_SOURCE_NAME_TYPE_AND_FORMAT", DataSourceNameAndType =>
    "DATA_SOURCE_NAME_AND_TYPE" }
);
#[derive(Clone, Default, PartialEq)]
pub struct ListAggregateLogGroupSummariesInput {
    /// When `includeLinkedAccounts` is set to `true`, use this parameter to specify the list of accounts to search. You can specify as many as 20 account IDs in the array.
    pub account_identifiers: Option<Vec<String>>,
    /// If you are using a monitoring account, set this to `true` to have the operation return log groups in the accounts listed in `accountIdentifiers`.
    ///
    /// If this parameter is set to `true` and `accountIdentifiers` contains a null value, the operation returns all log groups in the monitoring account and all log groups in all source accounts that are linked to the monitoring account.
    ///
    /// The default for this parameter is `false`.
    pub include_linked_accounts: Option<bool>,
    /// Filters the results by log group class to include only log groups of the specified class.
    pub log_group_class: Option<LogGroupClass>,
    /// Use this parameter to limit the returned log groups to only those with names that match the pattern that you specify. This parameter is a regular expression that can match prefixes and substrings, and supports wildcard matching and matching multiple patterns, as in the following examples.
    ///
    /// - Use `^` to match log group names by prefix.
    ///
    /// - For a substring match, specify the string to match. All matches are case sensitive
    ///
    /// - To match multiple patterns, separate them with a `\|` as in the example `^/aws/lambda\|discovery`
    ///
    /// You can specify as many as five different regular expression patterns in this field, each of which must be between 3 and 24 characters. You can include the `^` symbol as many as five times, and include the `\|` symbol as many as four times.
    pub log_group_name_pattern: Option<String>,
    /// Filters the results by data source characteristics to include only log groups associated with the specified data sources.
    pub data_sources: Option<Vec<DataSourceFilter>>,
    /// Specifies how to group the log groups in the summary.
    pub group_by: ListAggregateLogGroupSummariesGroupBy,
    /// The token for the next set of items to return. The token expires after 24 hours.
    pub next_token: Option<String>,
    /// The maximum number of aggregated summaries to return. If you omit this parameter, the default is up to 50 aggregated summaries.
    pub limit: Option<i32>,
}
rt::structure!(
    ListAggregateLogGroupSummariesInput, LIST_AGGREGATE_LOG_GROUP_SUMMARIES_INPUT,
    [account_identifiers, include_linked_accounts, log_group_class,
    log_group_name_pattern, data_sources, group_by, next_token, limit]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListAggregateLogGroupSummariesOutput {
    /// The list of aggregate log group summaries grouped by the specified data source characteristics.
    pub aggregate_log_group_summaries: Option<Vec<AggregateLogGroupSummary>>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListAggregateLogGroupSummariesOutput, LIST_AGGREGATE_LOG_GROUP_SUMMARIES_OUTPUT,
    [aggregate_log_group_summaries, next_token], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListAnomaliesInput {
    /// Use this to optionally limit the results to only the anomalies found by a certain anomaly detector.
    pub anomaly_detector_arn: Option<String>,
    /// You can specify this parameter if you want to the operation to return only anomalies that are currently either suppressed or unsuppressed.
    pub suppression_state: Option<SuppressionState>,
    /// The maximum number of items to return. If you don't specify a value, the default maximum value of 50 items is used.
    pub limit: Option<i32>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    pub next_token: Option<String>,
}
rt::structure!(
    ListAnomaliesInput, LIST_ANOMALIES_INPUT, [anomaly_detector_arn, suppression_state,
    limit, next_token]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListAnomaliesOutput {
    /// An array of structures, where each structure contains information about one anomaly that a log anomaly detector has found.
    pub anomalies: Option<Vec<Anomaly>>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListAnomaliesOutput, LIST_ANOMALIES_OUTPUT, [anomalies, next_token], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListIntegrationsInput {
    /// To limit the results to integrations that start with a certain name prefix, specify that name prefix here.
    pub integration_name_prefix: Option<String>,
    /// To limit the results to integrations of a certain type, specify that type here.
    pub integration_type: Option<IntegrationType>,
    /// To limit the results to integrations with a certain status, specify that status here.
    pub integration_status: Option<IntegrationStatus>,
}
rt::structure!(
    ListIntegrationsInput, LIST_INTEGRATIONS_INPUT, [integration_name_prefix,
    integration_type, integration_status]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListIntegrationsOutput {
    /// An array, where each object in the array contains information about one CloudWatch Logs integration in this account.
    pub integration_summaries: Option<Vec<IntegrationSummary>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListIntegrationsOutput, LIST_INTEGRATIONS_OUTPUT, [integration_summaries], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListLogAnomalyDetectorsInput {
    /// Use this to optionally filter the results to only include anomaly detectors that are associated with the specified log group.
    pub filter_log_group_arn: Option<String>,
    /// The maximum number of items to return. If you don't specify a value, the default maximum value of 50 items is used.
    pub limit: Option<i32>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    pub next_token: Option<String>,
}
rt::structure!(
    ListLogAnomalyDetectorsInput, LIST_LOG_ANOMALY_DETECTORS_INPUT,
    [filter_log_group_arn, limit, next_token]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListLogAnomalyDetectorsOutput {
    /// An array of structures, where each structure in the array contains information about one anomaly detector.
    pub anomaly_detectors: Option<Vec<AnomalyDetector>>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListLogAnomalyDetectorsOutput, LIST_LOG_ANOMALY_DETECTORS_OUTPUT, [anomaly_detectors,
    next_token], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListLogGroupsForQueryInput {
    /// The ID of the query to use. This query ID is from the response to your [StartQuery](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_StartQuery.html) operation.
    pub query_id: String,
    /// The token for the next set of items to return. The token expires after 24 hours.
    pub next_token: Option<String>,
    /// Limits the number of returned log groups to the specified number.
    pub max_results: Option<i32>,
}
rt::structure!(
    ListLogGroupsForQueryInput, LIST_LOG_GROUPS_FOR_QUERY_INPUT, [query_id, next_token,
    max_results]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListLogGroupsForQueryOutput {
    /// An array of the names and ARNs of the log groups that were processed in the query.
    pub log_group_identifiers: Option<Vec<String>>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListLogGroupsForQueryOutput, LIST_LOG_GROUPS_FOR_QUERY_OUTPUT,
    [log_group_identifiers, next_token], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListLogGroupsInput {
    /// Use this parameter to limit the returned log groups to only those with names that match the pattern that you specify. This parameter is a regular expression that can match prefixes and substrings, and supports wildcard matching and matching multiple patterns, as in the following examples.
    ///
    /// - Use `^` to match log group names by prefix.
    ///
    /// - For a substring match, specify the string to match. All matches are case sensitive
    ///
    /// - To match multiple patterns, separate them with a `\|` as in the example `^/aws/lambda\|discovery`
    ///
    /// You can specify as many as five different regular expression patterns in this field, each of which must be between 3 and 24 characters. You can include the `^` symbol as many as five times, and include the `\|` symbol as many as four times.
    pub log_group_name_pattern: Option<String>,
    /// Use this parameter to limit the results to only those log groups in the specified log group class. If you omit this parameter, log groups of all classes can be returned.
    pub log_group_class: Option<LogGroupClass>,
    /// If you are using a monitoring account, set this to `true` to have the operation return log groups in the accounts listed in `accountIdentifiers`.
    ///
    /// If this parameter is set to `true` and `accountIdentifiers` contains a null value, the operation returns all log groups in the monitoring account and all log groups in all source accounts that are linked to the monitoring account.
    ///
    /// The default for this parameter is `false`.
    pub include_linked_accounts: Option<bool>,
    /// When `includeLinkedAccounts` is set to `true`, use this parameter to specify the list of accounts to search. You can specify as many as 20 account IDs in the array.
    pub account_identifiers: Option<Vec<String>>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    pub next_token: Option<String>,
    /// The maximum number of log groups to return. If you omit this parameter, the default is up to 50 log groups.
    pub limit: Option<i32>,
    /// An array of data source filters to filter log groups by their associated data sources. You can filter by data source name, type, or both. Multiple filters within the same dimension are combined with OR logic, while filters across different dimensions are combined with AND logic.
    pub data_sources: Option<Vec<DataSourceFilter>>,
    /// An array of field index names to filter log groups that have specific field indexes. Only log groups containing all specified field indexes are returned. You can specify 1 to 20 field index names, each with 1 to 512 characters.
    pub field_index_names: Option<Vec<String>>,
    /// An array of tag filters to return only log groups that have specific tags. Multiple filters are combined with AND logic.
    pub log_group_tags: Option<Vec<TagFilter>>,
}
rt::structure!(
    ListLogGroupsInput, LIST_LOG_GROUPS_INPUT, [log_group_name_pattern, log_group_class,
    include_linked_accounts, account_identifiers, next_token, limit, data_sources,
    field_index_names, log_group_tags]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListLogGroupsOutput {
    /// An array of structures, where each structure contains the information about one log group.
    pub log_groups: Option<Vec<LogGroupSummary>>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListLogGroupsOutput, LIST_LOG_GROUPS_OUTPUT, [log_groups, next_token], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListScheduledQueriesInput {
    /// The maximum number of scheduled queries to return. Valid range is 1 to 1000.
    pub max_results: Option<i32>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    pub next_token: Option<String>,
    /// Filter scheduled queries by state. Valid values are `ENABLED` and `DISABLED`. If not specified, all scheduled queries are returned.
    pub state: Option<ScheduledQueryState>,
    /// Filter scheduled queries by schedule type. Valid values are `CUSTOMER\_MANAGED` and `AWS\_MANAGED`. If not specified, scheduled queries of all schedule types are returned.
    pub schedule_type: Option<ScheduleType>,
}
rt::structure!(
    ListScheduledQueriesInput, LIST_SCHEDULED_QUERIES_INPUT, [max_results, next_token,
    state, schedule_type]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListScheduledQueriesOutput {
    /// The token for the next set of items to return. The token expires after 24 hours.
    pub next_token: Option<String>,
    /// An array of scheduled query summary information.
    pub scheduled_queries: Option<Vec<ScheduledQuerySummary>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListScheduledQueriesOutput, LIST_SCHEDULED_QUERIES_OUTPUT, [next_token,
    scheduled_queries], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListSourcesForS3TableIntegrationInput {
    /// The Amazon Resource Name (ARN) of the S3 Table Integration to list associations for.
    pub integration_arn: String,
    /// The maximum number of associations to return in a single call. Valid range is 1 to 100.
    pub max_results: Option<i32>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    pub next_token: Option<String>,
}
rt::structure!(
    ListSourcesForS3TableIntegrationInput, LIST_SOURCES_FOR_S3_TABLE_INTEGRATION_INPUT,
    [integration_arn, max_results, next_token]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListSourcesForS3TableIntegrationOutput {
    /// The list of data source associations for the specified S3 Table Integration.
    pub sources: Option<Vec<S3TableIntegrationSource>>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListSourcesForS3TableIntegrationOutput, LIST_SOURCES_FOR_S3_TABLE_INTEGRATION_OUTPUT,
    [sources, next_token], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListSyslogConfigurationsInput {
    /// The name or ARN of the log group to filter syslog configurations for.
    pub log_group_identifier: Option<String>,
    /// The ID of the VPC endpoint to filter syslog configurations for.
    pub vpc_endpoint_id: Option<String>,
    /// The token for the next set of items to return. You received this token from a previous call.
    pub next_token: Option<String>,
    /// The maximum number of syslog configurations to return in the response.
    pub max_results: Option<i32>,
}
rt::structure!(
    ListSyslogConfigurationsInput, LIST_SYSLOG_CONFIGURATIONS_INPUT,
    [log_group_identifier, vpc_endpoint_id, next_token, max_results]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListSyslogConfigurationsOutput {
    /// The list of syslog configurations.
    pub syslog_configurations: Option<Vec<SyslogConfiguration>>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListSyslogConfigurationsOutput, LIST_SYSLOG_CONFIGURATIONS_OUTPUT,
    [syslog_configurations, next_token], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListTagsForResourceInput {
    /// The ARN of the resource that you want to view tags for.
    ///
    /// The ARN format of a log group is `arn:aws:logs:*Region*:*account-id*:log-group:*log-group-name* `
    ///
    /// The ARN format of a destination is `arn:aws:logs:*Region*:*account-id*:destination:*destination-name* `
    ///
    /// For more information about ARN format, see [CloudWatch Logs resources and operations](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/iam-access-control-overview-cwl.html).
    pub resource_arn: String,
}
rt::structure!(ListTagsForResourceInput, LIST_TAGS_FOR_RESOURCE_INPUT, [resource_arn]);
#[derive(Clone, Default, PartialEq)]
pub struct ListTagsForResourceOutput {
    /// The list of tags associated with the requested resource.\>
    pub tags: Option<rt::IndexMap<String, String>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListTagsForResourceOutput, LIST_TAGS_FOR_RESOURCE_OUTPUT, [tags], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListTagsLogGroupInput {
    /// The name of the log group.
    pub log_group_name: String,
}
rt::structure!(ListTagsLogGroupInput, LIST_TAGS_LOG_GROUP_INPUT, [log_group_name]);
#[derive(Clone, Default, PartialEq)]
pub struct ListTagsLogGroupOutput {
    /// The tags for the log group.
    pub tags: Option<rt::IndexMap<String, String>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListTagsLogGroupOutput, LIST_TAGS_LOG_GROUP_OUTPUT, [tags], meta = response_metadata
);
/// This processor takes a list of objects that contain key fields, and converts them into a map of target keys.
///
/// For more information about this processor including examples, see [ listToMap](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-listToMap) in the *CloudWatch Logs User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct ListToMap {
    /// The key in the log event that has a list of objects that will be converted to a map.
    pub source: String,
    /// The key of the field to be extracted as keys in the generated map
    pub key: String,
    /// If this is specified, the values that you specify in this parameter will be extracted from the `source` objects and put into the values of the generated map. Otherwise, original objects in the source list will be put into the values of the generated map.
    pub value_key: Option<String>,
    /// The key of the field that will hold the generated map
    pub target: Option<String>,
    /// A Boolean value to indicate whether the list will be flattened into single items. Specify `true` to flatten the list. The default is `false`
    pub flatten: Option<bool>,
    /// If you set `flatten` to `true`, use `flattenedElement` to specify which element, `first` or `last`, to keep.
    ///
    /// You must specify this parameter if `flatten` is `true`
    pub flattened_element: Option<FlattenedElement>,
}
rt::structure!(
    ListToMap, LIST_TO_MAP, [source, key, value_key, target, flatten, flattened_element]
);
/// This object contains the information for one log event returned in a Live Tail stream.
#[derive(Clone, Default, PartialEq)]
pub struct LiveTailSessionLogEvent {
    /// The name of the log stream that ingested this log event.
    pub log_stream_name: Option<String>,
    /// The name or ARN of the log group that ingested this log event.
    pub log_group_identifier: Option<String>,
    /// The log event message text.
    pub message: Option<String>,
    /// The timestamp specifying when this log event was created.
    pub timestamp: Option<i64>,
    /// The timestamp specifying when this log event was ingested into the log group.
    pub ingestion_time: Option<i64>,
}
rt::structure!(
    LiveTailSessionLogEvent, LIVE_TAIL_SESSION_LOG_EVENT, [log_stream_name,
    log_group_identifier, message, timestamp, ingestion_time]
);
/// This object contains the metadata for one `LiveTailSessionUpdate` structure. It indicates whether that update includes only a sample of 500 log events out of a larger number of ingested log events, or if it contains all of the matching log events ingested during that second of time.
#[derive(Clone, Default, PartialEq)]
pub struct LiveTailSessionMetadata {
    /// If this is `true`, then more than 500 log events matched the request for this update, and the `sessionResults` includes a sample of 500 of those events.
    ///
    /// If this is `false`, then 500 or fewer log events matched the request for this update, so no sampling was necessary. In this case, the `sessionResults` array includes all log events that matched your request during this time.
    pub sampled: Option<bool>,
}
rt::structure!(LiveTailSessionMetadata, LIVE_TAIL_SESSION_METADATA, [sampled]);
/// This object contains information about this Live Tail session, including the log groups included and the log stream filters, if any.
#[derive(Clone, Default, PartialEq)]
pub struct LiveTailSessionStart {
    /// The unique ID generated by CloudWatch Logs to identify this Live Tail session request.
    pub request_id: Option<String>,
    /// The unique ID generated by CloudWatch Logs to identify this Live Tail session.
    pub session_id: Option<String>,
    /// An array of the names and ARNs of the log groups included in this Live Tail session.
    pub log_group_identifiers: Option<Vec<String>>,
    /// If your StartLiveTail operation request included a `logStreamNames` parameter that filtered the session to only include certain log streams, these streams are listed here.
    pub log_stream_names: Option<Vec<String>>,
    /// If your StartLiveTail operation request included a `logStreamNamePrefixes` parameter that filtered the session to only include log streams that have names that start with certain prefixes, these prefixes are listed here.
    pub log_stream_name_prefixes: Option<Vec<String>>,
    /// An optional pattern to filter the results to include only log events that match the pattern. For example, a filter pattern of `error 404` displays only log events that include both `error` and `404`.
    ///
    /// For more information about filter pattern syntax, see [Filter and Pattern Syntax](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html).
    pub log_event_filter_pattern: Option<String>,
}
rt::structure!(
    LiveTailSessionStart, LIVE_TAIL_SESSION_START, [request_id, session_id,
    log_group_identifiers, log_stream_names, log_stream_name_prefixes,
    log_event_filter_pattern]
);
/// This object contains the log events and metadata for a Live Tail session.
#[derive(Clone, Default, PartialEq)]
pub struct LiveTailSessionUpdate {
    /// This object contains the session metadata for a Live Tail session.
    pub session_metadata: Option<LiveTailSessionMetadata>,
    /// An array, where each member of the array includes the information for one log event in the Live Tail session.
    ///
    /// A `sessionResults` array can include as many as 500 log events. If the number of log events matching the request exceeds 500 per second, the log events are sampled down to 500 log events to be included in each `sessionUpdate` structure.
    pub session_results: Option<Vec<LiveTailSessionLogEvent>>,
}
rt::structure!(
    LiveTailSessionUpdate, LIVE_TAIL_SESSION_UPDATE, [session_metadata, session_results]
);
/// This structure contains the information for one sample log event that is associated with an anomaly found by a log anomaly detector.
#[derive(Clone, Default, PartialEq)]
pub struct LogEvent {
    /// The time stamp of the log event.
    pub timestamp: Option<i64>,
    /// The message content of the log event.
    pub message: Option<String>,
}
rt::structure!(LogEvent, LOG_EVENT, [timestamp, message]);
/// Defines the data type structure for a log field, including the type, element information, and nested fields for complex types.
#[derive(Clone, Default, PartialEq)]
pub struct LogFieldType {
    /// The data type of the log field.
    pub r#type: Option<String>,
    /// For array or collection types, specifies the element type information.
    pub element: Option<Box<LogFieldType>>,
    /// For complex types, contains the nested field definitions.
    pub fields: Option<Vec<LogFieldsListItem>>,
}
rt::structure!(LogFieldType, LOG_FIELD_TYPE, [r#type, element, fields]);
/// Represents a log field with its name and data type information for a specific data source.
#[derive(Clone, Default, PartialEq)]
pub struct LogFieldsListItem {
    /// The name of the log field.
    pub log_field_name: Option<String>,
    /// The data type information for the log field.
    pub log_field_type: Option<LogFieldType>,
}
rt::structure!(
    LogFieldsListItem, LOG_FIELDS_LIST_ITEM, [log_field_name, log_field_type]
);
/// Represents a log group.
#[derive(Clone, Default, PartialEq)]
pub struct LogGroup {
    /// The name of the log group.
    pub log_group_name: Option<String>,
    /// The creation time of the log group, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
    pub creation_time: Option<i64>,
    /// The number of days to retain the log events in the specified log group. Possible values are: 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, and 3653.
    ///
    /// To set a log group so that its log events do not expire, use [DeleteRetentionPolicy](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DeleteRetentionPolicy.html).
    pub retention_in_days: Option<i32>,
    /// The number of metric filters.
    pub metric_filter_count: Option<i32>,
    /// The Amazon Resource Name (ARN) of the log group. This version of the ARN includes a trailing `:\*` after the log group name.
    ///
    /// Use this version to refer to the ARN in IAM policies when specifying permissions for most API actions. The exception is when specifying permissions for [TagResource](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_TagResource.html), [UntagResource](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_UntagResource.html), and [ListTagsForResource](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_ListTagsForResource.html). The permissions for those three actions require the ARN version that doesn't include a trailing `:\*`.
    pub arn: Option<String>,
    /// The number of bytes stored.
    pub stored_bytes: Option<i64>,
    /// The Amazon Resource Name (ARN) of the KMS key to use when encrypting log data.
    pub kms_key_id: Option<String>,
    /// Displays whether this log group has a protection policy, or whether it had one in the past. For more information, see [PutDataProtectionPolicy](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutDataProtectionPolicy.html).
    pub data_protection_status: Option<DataProtectionStatus>,
    /// Displays all the properties that this log group has inherited from account-level settings.
    pub inherited_properties: Option<Vec<InheritedProperty>>,
    /// This specifies the log group class for this log group. There are four classes:
    ///
    /// - The `Standard` log class supports all CloudWatch Logs features.
    ///
    /// - The `Infrequent Access` log class supports a subset of CloudWatch Logs features and incurs lower costs.
    ///
    /// - The `Essentials` log class supports a subset of CloudWatch Logs features and incurs lower costs.
    ///
    /// - Use the `Delivery` log class only for delivering Lambda logs to store in Amazon S3 or Amazon Data Firehose. Log events in log groups in the Delivery class are kept in CloudWatch Logs for only one day. This log class doesn't offer rich CloudWatch Logs capabilities such as CloudWatch Logs Insights queries.
    ///
    /// For details about the features supported by the Standard, Infrequent Access, and Essentials classes, see [Log classes](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch_Logs_Log_Classes.html)
    pub log_group_class: Option<LogGroupClass>,
    /// The Amazon Resource Name (ARN) of the log group. This version of the ARN doesn't include a trailing `:\*` after the log group name.
    ///
    /// Use this version to refer to the ARN in the following situations:
    ///
    /// - In the `logGroupIdentifier` input field in many CloudWatch Logs APIs.
    ///
    /// - In the `resourceArn` field in tagging APIs
    ///
    /// - In IAM policies, when specifying permissions for [TagResource](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_TagResource.html), [UntagResource](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_UntagResource.html), and [ListTagsForResource](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_ListTagsForResource.html).
    pub log_group_arn: Option<String>,
    /// Indicates whether deletion protection is enabled for this log group. When enabled, deletion protection blocks all deletion operations until it is explicitly disabled.
    pub deletion_protection_enabled: Option<bool>,
    /// Indicates whether bearer token authentication is enabled for this log group. When enabled, bearer token authentication is allowed on operations until it is explicitly disabled.
    pub bearer_token_authentication_enabled: Option<bool>,
    /// The name of the account-level retention policy that determines the retention period of this log group. This field is returned only when an account-level retention policy applies to the log group. When it is returned, `retentionInDays` shows the retention period from that policy instead of the retention period set on the log group. If the policy specifies that log events never expire, `retentionInDays` is not returned.
    pub retention_policy_name: Option<String>,
}
rt::structure!(
    LogGroup, LOG_GROUP, [log_group_name, creation_time, retention_in_days,
    metric_filter_count, arn, stored_bytes, kms_key_id, data_protection_status,
    inherited_properties, log_group_class, log_group_arn, deletion_protection_enabled,
    bearer_token_authentication_enabled, retention_policy_name]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LogGroupClass {
    /// `STANDARD`
    Standard,
    /// `INFREQUENT_ACCESS`
    InfrequentAccess,
    /// `DELIVERY`
    Delivery,
    /// `ESSENTIALS`
    Essentials,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    LogGroupClass, { Standard => "STANDARD", InfrequentAccess => "INFREQUENT_ACCESS",
    Delivery => "DELIVERY", Essentials => "ESSENTIALS" }
);
/// The fields contained in log events found by a `GetLogGroupFields` operation, along with the percentage of queried log events in which each field appears.
#[derive(Clone, Default, PartialEq)]
pub struct LogGroupField {
    /// The name of a log field.
    pub name: Option<String>,
    /// The percentage of log events queried that contained the field.
    pub percent: Option<i32>,
}
rt::structure!(LogGroupField, LOG_GROUP_FIELD, [name, percent]);
/// Describes the estimated effect of an account-level retention policy change on one log group.
#[derive(Clone, Default, PartialEq)]
pub struct LogGroupImpact {
    /// The name of the log group.
    pub log_group_name: Option<String>,
    /// The current effective retention period of the log group, in days. A value of `NEVER\_EXPIRE` indicates that log events in the log group never expire.
    pub current_retention: Option<String>,
    /// The effective retention period of the log group, in days, after the change. A value of `NEVER\_EXPIRE` indicates that log events in the log group would never expire.
    pub proposed_retention: Option<String>,
    /// The number of bytes stored in the log group.
    pub stored_bytes: Option<i64>,
}
rt::structure!(
    LogGroupImpact, LOG_GROUP_IMPACT, [log_group_name, current_retention,
    proposed_retention, stored_bytes]
);
/// This structure contains information about one log group in your account.
#[derive(Clone, Default, PartialEq)]
pub struct LogGroupSummary {
    /// The name of the log group.
    pub log_group_name: Option<String>,
    /// The Amazon Resource Name (ARN) of the log group.
    pub log_group_arn: Option<String>,
    /// The log group class for this log group. For details about the features supported by each log group class, see [Log classes](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch_Logs_Log_Classes.html)
    pub log_group_class: Option<LogGroupClass>,
}
rt::structure!(
    LogGroupSummary, LOG_GROUP_SUMMARY, [log_group_name, log_group_arn, log_group_class]
);
/// Represents a log stream, which is a sequence of log events from a single emitter of logs.
#[derive(Clone, Default, PartialEq)]
pub struct LogStream {
    /// The name of the log stream.
    pub log_stream_name: Option<String>,
    /// The creation time of the stream, expressed as the number of milliseconds after `Jan 1, 1970 00:00:00 UTC`.
    pub creation_time: Option<i64>,
    /// The time of the first event, expressed as the number of milliseconds after `Jan 1, 1970 00:00:00 UTC`.
    pub first_event_timestamp: Option<i64>,
    /// The time of the most recent log event in the log stream in CloudWatch Logs. This number is expressed as the number of milliseconds after `Jan 1, 1970 00:00:00 UTC`. The `lastEventTime` value updates on an eventual consistency basis. It typically updates in less than an hour from ingestion, but in rare situations might take longer.
    pub last_event_timestamp: Option<i64>,
    /// The ingestion time, expressed as the number of milliseconds after `Jan 1, 1970 00:00:00 UTC` The `lastIngestionTime` value updates on an eventual consistency basis. It typically updates in less than an hour after ingestion, but in rare situations might take longer.
    pub last_ingestion_time: Option<i64>,
    /// The sequence token.
    ///
    /// The sequence token is now ignored in `PutLogEvents` actions. `PutLogEvents` actions are always accepted regardless of receiving an invalid sequence token. You don't need to obtain `uploadSequenceToken` to use a `PutLogEvents` action.
    pub upload_sequence_token: Option<String>,
    /// The Amazon Resource Name (ARN) of the log stream.
    pub arn: Option<String>,
    /// The number of bytes stored.
    ///
    /// **Important:** As of June 17, 2019, this parameter is no longer supported for log streams, and is always reported as zero. This change applies only to log streams. The `storedBytes` parameter for log groups is not affected.
    pub stored_bytes: Option<i64>,
}
rt::structure!(
    LogStream, LOG_STREAM, [log_stream_name, creation_time, first_event_timestamp,
    last_event_timestamp, last_ingestion_time, upload_sequence_token, arn, stored_bytes]
);
/// Contains metadata about a lookup table returned by `DescribeLookupTables`.
#[derive(Clone, Default, PartialEq)]
pub struct LookupTable {
    /// The ARN of the lookup table.
    pub lookup_table_arn: Option<String>,
    /// The name of the lookup table.
    pub lookup_table_name: Option<String>,
    /// The description of the lookup table.
    pub description: Option<String>,
    /// The column headers from the first row of the CSV file.
    pub table_fields: Option<Vec<String>>,
    /// The number of data rows in the lookup table, excluding the header row.
    pub records_count: Option<i64>,
    /// The size of the lookup table in bytes.
    pub size_bytes: Option<i64>,
    /// The time when the lookup table was last updated, expressed as the number of milliseconds after `Jan 1, 1970 00:00:00 UTC`.
    pub last_updated_time: Option<i64>,
    /// The ARN of the KMS key used to encrypt the lookup table data, if applicable.
    pub kms_key_id: Option<String>,
}
rt::structure!(
    LookupTable, LOOKUP_TABLE, [lookup_table_arn, lookup_table_name, description,
    table_fields, records_count, size_bytes, last_updated_time, kms_key_id]
);
/// Configuration for a lookup table destination. Use it to automatically refresh a lookup table with query results on a schedule.
#[derive(Clone, Default, PartialEq)]
pub struct LookupTableConfiguration {
    /// The name of the lookup table to create or update with query results. The name can contain only alphanumeric characters and underscores.
    pub table_name: String,
    /// The ARN of the IAM role that grants permissions to create or update the lookup table with query results.
    pub role_arn: String,
    /// A description of the lookup table.
    pub description: Option<String>,
    /// The ARN of the KMS key to use to encrypt the lookup table data. If you don't specify a key, the data is encrypted with an Amazon Web Services-owned key.
    pub kms_key_id: Option<String>,
    /// Key-value pairs to associate with the lookup table for resource management and cost allocation. The service applies tags only during initial table creation.
    pub tags: Option<rt::IndexMap<String, String>>,
}
rt::structure!(
    LookupTableConfiguration, LOOKUP_TABLE_CONFIGURATION, [table_name, role_arn,
    description, kms_key_id, tags]
);
/// This processor converts a string to lowercase.
///
/// For more information about this processor including examples, see [ lowerCaseString](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-lowerCaseString) in the *CloudWatch Logs User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct LowerCaseString {
    /// The array caontaining the keys of the fields to convert to lowercase.
    pub with_keys: Vec<String>,
}
rt::structure!(LowerCaseString, LOWER_CASE_STRING, [with_keys]);
/// The query string is not valid. Details about this error are displayed in a `QueryCompileError` object. For more information, see [QueryCompileError](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_QueryCompileError.html).
///
/// For more information about valid query syntax, see [CloudWatch Logs Insights Query Syntax](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_QuerySyntax.html).
#[derive(Clone, Default, PartialEq)]
pub struct MalformedQueryException {
    /// Reserved.
    pub query_compile_error: Option<QueryCompileError>,
}
rt::structure!(
    MalformedQueryException, MALFORMED_QUERY_EXCEPTION, [query_compile_error]
);
/// Metric filters express how CloudWatch Logs would extract metric observations from ingested log events and transform them into metric data in a CloudWatch metric.
#[derive(Clone, Default, PartialEq)]
pub struct MetricFilter {
    /// The name of the metric filter.
    pub filter_name: Option<String>,
    /// A symbolic description of how CloudWatch Logs should interpret the data in each log event. For example, a log event can contain timestamps, IP addresses, strings, and so on. You use the filter pattern to specify what to look for in the log event message.
    pub filter_pattern: Option<String>,
    /// The metric transformations.
    pub metric_transformations: Option<Vec<MetricTransformation>>,
    /// The creation time of the metric filter, expressed as the number of milliseconds after `Jan 1, 1970 00:00:00 UTC`.
    pub creation_time: Option<i64>,
    /// The name of the log group.
    pub log_group_name: Option<String>,
    /// This parameter is valid only for log groups that have an active log transformer. For more information about log transformers, see [PutTransformer](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutTransformer.html).
    ///
    /// If this value is `true`, the metric filter is applied on the transformed version of the log events instead of the original ingested log events.
    pub apply_on_transformed_logs: Option<bool>,
    /// The filter expression that specifies which log events are processed by this metric filter based on system fields. Returns the `fieldSelectionCriteria` value if it was specified when the metric filter was created.
    pub field_selection_criteria: Option<String>,
    /// The list of system fields that are emitted as additional dimensions in the generated metrics. Returns the `emitSystemFieldDimensions` value if it was specified when the metric filter was created.
    pub emit_system_field_dimensions: Option<Vec<String>>,
}
rt::structure!(
    MetricFilter, METRIC_FILTER, [filter_name, filter_pattern, metric_transformations,
    creation_time, log_group_name, apply_on_transformed_logs, field_selection_criteria,
    emit_system_field_dimensions]
);
/// Represents a matched event.
#[derive(Clone, Default, PartialEq)]
pub struct MetricFilterMatchRecord {
    /// The event number.
    pub event_number: Option<i64>,
    /// The raw event data.
    pub event_message: Option<String>,
    /// The values extracted from the event data by the filter.
    pub extracted_values: Option<rt::IndexMap<String, String>>,
}
rt::structure!(
    MetricFilterMatchRecord, METRIC_FILTER_MATCH_RECORD, [event_number, event_message,
    extracted_values]
);
/// Indicates how to transform ingested log events to metric data in a CloudWatch metric.
#[derive(Clone, Default, PartialEq)]
pub struct MetricTransformation {
    /// The name of the CloudWatch metric.
    pub metric_name: String,
    /// A custom namespace to contain your metric in CloudWatch. Use namespaces to group together metrics that are similar. For more information, see [Namespaces](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_concepts.html#Namespace).
    pub metric_namespace: String,
    /// The value to publish to the CloudWatch metric when a filter pattern matches a log event.
    pub metric_value: String,
    /// (Optional) The value to emit when a filter pattern does not match a log event. This value can be null.
    pub default_value: Option<f64>,
    /// The fields to use as dimensions for the metric. One metric filter can include as many as three dimensions.
    ///
    /// Metrics extracted from log events are charged as custom metrics. To prevent unexpected high charges, do not specify high-cardinality fields such as `IPAddress` or `requestID` as dimensions. Each different value found for a dimension is treated as a separate metric and accrues charges as a separate custom metric.
    ///
    /// CloudWatch Logs disables a metric filter if it generates 1000 different name/value pairs for your specified dimensions within a certain amount of time. This helps to prevent accidental high charges.
    ///
    /// You can also set up a billing alarm to alert you if your charges are higher than expected. For more information, see [ Creating a Billing Alarm to Monitor Your Estimated Amazon Web Services Charges](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/monitor_estimated_charges_with_cloudwatch.html).
    pub dimensions: Option<rt::IndexMap<String, String>>,
    /// The unit to assign to the metric. If you omit this, the unit is set as `None`.
    pub unit: Option<StandardUnit>,
}
rt::structure!(
    MetricTransformation, METRIC_TRANSFORMATION, [metric_name, metric_namespace,
    metric_value, default_value, dimensions, unit]
);
/// This object defines one key that will be moved with the [ moveKey](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-moveKey) processor.
#[derive(Clone, Default, PartialEq)]
pub struct MoveKeyEntry {
    /// The key to move.
    pub source: String,
    /// The key to move to.
    pub target: String,
    /// Specifies whether to overwrite the value if the destination key already exists. If you omit this, the default is `false`.
    pub overwrite_if_exists: Option<bool>,
}
rt::structure!(MoveKeyEntry, MOVE_KEY_ENTRY, [source, target, overwrite_if_exists]);
/// This processor moves a key from one field to another. The original key is deleted.
///
/// For more information about this processor including examples, see [ moveKeys](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-moveKeys) in the *CloudWatch Logs User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct MoveKeys {
    /// An array of objects, where each object contains the information about one key to move.
    pub entries: Vec<MoveKeyEntry>,
}
rt::structure!(MoveKeys, MOVE_KEYS, [entries]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OcsfVersion {
    /// `V1.1`
    V11,
    /// `V1.5`
    V15,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(OcsfVersion, { V11 => "V1.1", V15 => "V1.5" });
/// This structure contains information about the OpenSearch Service application used for this integration. An OpenSearch Service application is the web application created by the integration with CloudWatch Logs. It hosts the vended logs dashboards.
#[derive(Clone, Default, PartialEq)]
pub struct OpenSearchApplication {
    /// The endpoint of the application.
    pub application_endpoint: Option<String>,
    /// The Amazon Resource Name (ARN) of the application.
    pub application_arn: Option<String>,
    /// The ID of the application.
    pub application_id: Option<String>,
    /// This structure contains information about the status of this OpenSearch Service resource.
    pub status: Option<OpenSearchResourceStatus>,
}
rt::structure!(
    OpenSearchApplication, OPEN_SEARCH_APPLICATION, [application_endpoint,
    application_arn, application_id, status]
);
/// This structure contains information about the OpenSearch Service collection used for this integration. An OpenSearch Service collection is a logical grouping of one or more indexes that represent an analytics workload. For more information, see [Creating and managing OpenSearch Service Serverless collections](https://docs.aws.amazon.com/opensearch-service/latest/developerguide/serverless-collections.html).
#[derive(Clone, Default, PartialEq)]
pub struct OpenSearchCollection {
    /// The endpoint of the collection.
    pub collection_endpoint: Option<String>,
    /// The ARN of the collection.
    pub collection_arn: Option<String>,
    /// This structure contains information about the status of this OpenSearch Service resource.
    pub status: Option<OpenSearchResourceStatus>,
}
rt::structure!(
    OpenSearchCollection, OPEN_SEARCH_COLLECTION, [collection_endpoint, collection_arn,
    status]
);
/// This structure contains information about the OpenSearch Service data access policy used for this integration. The access policy defines the access controls for the collection. This data access policy was automatically created as part of the integration setup. For more information about OpenSearch Service data access policies, see [Data access control for Amazon OpenSearch Serverless](https://docs.aws.amazon.com/opensearch-service/latest/developerguide/serverless-data-access.html) in the OpenSearch Service Developer Guide.
#[derive(Clone, Default, PartialEq)]
pub struct OpenSearchDataAccessPolicy {
    /// The name of the data access policy.
    pub policy_name: Option<String>,
    /// This structure contains information about the status of this OpenSearch Service resource.
    pub status: Option<OpenSearchResourceStatus>,
}
rt::structure!(
    OpenSearchDataAccessPolicy, OPEN_SEARCH_DATA_ACCESS_POLICY, [policy_name, status]
);
/// This structure contains information about the OpenSearch Service data source used for this integration. This data source was created as part of the integration setup. An OpenSearch Service data source defines the source and destination for OpenSearch Service queries. It includes the role required to execute queries and write to collections.
///
/// For more information about OpenSearch Service data sources , see [Creating OpenSearch Service data source integrations with Amazon S3.](https://docs.aws.amazon.com/opensearch-service/latest/developerguide/direct-query-s3-creating.html)
#[derive(Clone, Default, PartialEq)]
pub struct OpenSearchDataSource {
    /// The name of the OpenSearch Service data source.
    pub data_source_name: Option<String>,
    /// This structure contains information about the status of this OpenSearch Service resource.
    pub status: Option<OpenSearchResourceStatus>,
}
rt::structure!(
    OpenSearchDataSource, OPEN_SEARCH_DATA_SOURCE, [data_source_name, status]
);
/// This structure contains information about the OpenSearch Service encryption policy used for this integration. The encryption policy was created automatically when you created the integration. For more information, see [Encryption policies](https://docs.aws.amazon.com/opensearch-service/latest/developerguide/serverless-encryption.html#serverless-encryption-policies) in the OpenSearch Service Developer Guide.
#[derive(Clone, Default, PartialEq)]
pub struct OpenSearchEncryptionPolicy {
    /// The name of the encryption policy.
    pub policy_name: Option<String>,
    /// This structure contains information about the status of this OpenSearch Service resource.
    pub status: Option<OpenSearchResourceStatus>,
}
rt::structure!(
    OpenSearchEncryptionPolicy, OPEN_SEARCH_ENCRYPTION_POLICY, [policy_name, status]
);
/// This structure contains complete information about one CloudWatch Logs integration. This structure is returned by a [GetIntegration](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_GetIntegration.html) operation.
#[derive(Clone, Default, PartialEq)]
pub struct OpenSearchIntegrationDetails {
    /// This structure contains information about the OpenSearch Service data source used for this integration. This data source was created as part of the integration setup. An OpenSearch Service data source defines the source and destination for OpenSearch Service queries. It includes the role required to execute queries and write to collections.
    ///
    /// For more information about OpenSearch Service data sources , see [Creating OpenSearch Service data source integrations with Amazon S3.](https://docs.aws.amazon.com/opensearch-service/latest/developerguide/direct-query-s3-creating.html)
    pub data_source: Option<OpenSearchDataSource>,
    /// This structure contains information about the OpenSearch Service application used for this integration. An OpenSearch Service application is the web application that was created by the integration with CloudWatch Logs. It hosts the vended logs dashboards.
    pub application: Option<OpenSearchApplication>,
    /// This structure contains information about the OpenSearch Service collection used for this integration. This collection was created as part of the integration setup. An OpenSearch Service collection is a logical grouping of one or more indexes that represent an analytics workload. For more information, see [Creating and managing OpenSearch Service Serverless collections](https://docs.aws.amazon.com/opensearch-service/latest/developerguide/serverless-collections.html).
    pub collection: Option<OpenSearchCollection>,
    /// This structure contains information about the OpenSearch Service workspace used for this integration. An OpenSearch Service workspace is the collection of dashboards along with other OpenSearch Service tools. This workspace was created automatically as part of the integration setup. For more information, see [Centralized OpenSearch user interface (Dashboards) with OpenSearch Service](https://docs.aws.amazon.com/opensearch-service/latest/developerguide/application.html).
    pub workspace: Option<OpenSearchWorkspace>,
    /// This structure contains information about the OpenSearch Service encryption policy used for this integration. The encryption policy was created automatically when you created the integration. For more information, see [Encryption policies](https://docs.aws.amazon.com/opensearch-service/latest/developerguide/serverless-encryption.html#serverless-encryption-policies) in the OpenSearch Service Developer Guide.
    pub encryption_policy: Option<OpenSearchEncryptionPolicy>,
    /// This structure contains information about the OpenSearch Service network policy used for this integration. The network policy assigns network access settings to collections. For more information, see [Network policies](https://docs.aws.amazon.com/opensearch-service/latest/developerguide/serverless-network.html#serverless-network-policies) in the OpenSearch Service Developer Guide.
    pub network_policy: Option<OpenSearchNetworkPolicy>,
    /// This structure contains information about the OpenSearch Service data access policy used for this integration. The access policy defines the access controls for the collection. This data access policy was automatically created as part of the integration setup. For more information about OpenSearch Service data access policies, see [Data access control for Amazon OpenSearch Serverless](https://docs.aws.amazon.com/opensearch-service/latest/developerguide/serverless-data-access.html) in the OpenSearch Service Developer Guide.
    pub access_policy: Option<OpenSearchDataAccessPolicy>,
    /// This structure contains information about the OpenSearch Service data lifecycle policy used for this integration. The lifecycle policy determines the lifespan of the data in the collection. It was automatically created as part of the integration setup.
    ///
    /// For more information, see [Using data lifecycle policies with OpenSearch Service Serverless](https://docs.aws.amazon.com/opensearch-service/latest/developerguide/serverless-lifecycle.html) in the OpenSearch Service Developer Guide.
    pub lifecycle_policy: Option<OpenSearchLifecyclePolicy>,
}
rt::structure!(
    OpenSearchIntegrationDetails, OPEN_SEARCH_INTEGRATION_DETAILS, [data_source,
    application, collection, workspace, encryption_policy, network_policy, access_policy,
    lifecycle_policy]
);
/// This structure contains information about the OpenSearch Service data lifecycle policy used for this integration. The lifecycle policy determines the lifespan of the data in the collection. It was automatically created as part of the integration setup.
///
/// For more information, see [Using data lifecycle policies with OpenSearch Service Serverless](https://docs.aws.amazon.com/opensearch-service/latest/developerguide/serverless-lifecycle.html) in the OpenSearch Service Developer Guide.
#[derive(Clone, Default, PartialEq)]
pub struct OpenSearchLifecyclePolicy {
    /// The name of the lifecycle policy.
    pub policy_name: Option<String>,
    /// This structure contains information about the status of this OpenSearch Service resource.
    pub status: Option<OpenSearchResourceStatus>,
}
rt::structure!(
    OpenSearchLifecyclePolicy, OPEN_SEARCH_LIFECYCLE_POLICY, [policy_name, status]
);
/// This structure contains information about the OpenSearch Service network policy used for this integration. The network policy assigns network access settings to collections. For more information, see [Network policies](https://docs.aws.amazon.com/opensearch-service/latest/developerguide/serverless-network.html#serverless-network-policies) in the OpenSearch Service Developer Guide.
#[derive(Clone, Default, PartialEq)]
pub struct OpenSearchNetworkPolicy {
    /// The name of the network policy.
    pub policy_name: Option<String>,
    /// This structure contains information about the status of this OpenSearch Service resource.
    pub status: Option<OpenSearchResourceStatus>,
}
rt::structure!(
    OpenSearchNetworkPolicy, OPEN_SEARCH_NETWORK_POLICY, [policy_name, status]
);
/// This structure contains configuration details about an integration between CloudWatch Logs and OpenSearch Service.
#[derive(Clone, Default, PartialEq)]
pub struct OpenSearchResourceConfig {
    /// To have the vended dashboard data encrypted with KMS instead of the CloudWatch Logs default encryption method, specify the ARN of the KMS key that you want to use.
    pub kms_key_arn: Option<String>,
    /// Specify the ARN of an IAM role that CloudWatch Logs will use to create the integration. This role must have the permissions necessary to access the OpenSearch Service collection to be able to create the dashboards. For more information about the permissions needed, see [Permissions that the integration needs](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/OpenSearch-Dashboards-CreateRole.html) in the CloudWatch Logs User Guide.
    pub data_source_role_arn: String,
    /// Specify the ARNs of IAM roles and IAM users who you want to grant permission to for viewing the dashboards.
    ///
    /// In addition to specifying these users here, you must also grant them the **CloudWatchOpenSearchDashboardAccess** IAM policy. For more information, see [IAM policies for users](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/OpenSearch-Dashboards-UserRoles.html).
    pub dashboard_viewer_principals: Vec<String>,
    /// If you want to use an existing OpenSearch Service application for your integration with OpenSearch Service, specify it here. If you omit this, a new application will be created.
    pub application_arn: Option<String>,
    /// Specify how many days that you want the data derived by OpenSearch Service to be retained in the index that the dashboard refers to. This also sets the maximum time period that you can choose when viewing data in the dashboard. Choosing a longer time frame will incur additional costs.
    pub retention_days: i32,
}
rt::structure!(
    OpenSearchResourceConfig, OPEN_SEARCH_RESOURCE_CONFIG, [kms_key_arn,
    data_source_role_arn, dashboard_viewer_principals, application_arn, retention_days]
);
/// This structure contains information about the status of an OpenSearch Service resource.
#[derive(Clone, Default, PartialEq)]
pub struct OpenSearchResourceStatus {
    /// The current status of this resource.
    pub status: Option<OpenSearchResourceStatusType>,
    /// A message with additional information about the status of this resource.
    pub status_message: Option<String>,
}
rt::structure!(
    OpenSearchResourceStatus, OPEN_SEARCH_RESOURCE_STATUS, [status, status_message]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OpenSearchResourceStatusType {
    /// `ACTIVE`
    Active,
    /// `NOT_FOUND`
    NotFound,
    /// `ERROR`
    Error,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    OpenSearchResourceStatusType, { Active => "ACTIVE", NotFound => "NOT_FOUND", Error =>
    "ERROR" }
);
/// This structure contains information about the OpenSearch Service workspace used for this integration. An OpenSearch Service workspace is the collection of dashboards along with other OpenSearch Service tools. This workspace was created automatically as part of the integration setup. For more information, see [Centralized OpenSearch user interface (Dashboards) with OpenSearch Service](https://docs.aws.amazon.com/opensearch-service/latest/developerguide/application.html).
#[derive(Clone, Default, PartialEq)]
pub struct OpenSearchWorkspace {
    /// The ID of this workspace.
    pub workspace_id: Option<String>,
    /// This structure contains information about the status of an OpenSearch Service resource.
    pub status: Option<OpenSearchResourceStatus>,
}
rt::structure!(OpenSearchWorkspace, OPEN_SEARCH_WORKSPACE, [workspace_id, status]);
/// Multiple concurrent requests to update the same resource were in conflict.
#[derive(Clone, Default, PartialEq)]
pub struct OperationAbortedException {}
rt::structure!(OperationAbortedException, OPERATION_ABORTED_EXCEPTION, []);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OrderBy {
    /// `LogStreamName`
    LogStreamName,
    /// `LastEventTime`
    LastEventTime,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    OrderBy, { LogStreamName => "LogStreamName", LastEventTime => "LastEventTime" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OutputFormat {
    /// `json`
    Json,
    /// `plain`
    Plain,
    /// `w3c`
    W3c,
    /// `raw`
    Raw,
    /// `parquet`
    Parquet,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    OutputFormat, { Json => "json", Plain => "plain", W3c => "w3c", Raw => "raw", Parquet
    => "parquet" }
);
/// Represents a log event.
#[derive(Clone, Default, PartialEq)]
pub struct OutputLogEvent {
    /// The time the event occurred, expressed as the number of milliseconds after `Jan 1, 1970 00:00:00 UTC`.
    pub timestamp: Option<i64>,
    /// The data contained in the log event.
    pub message: Option<String>,
    /// The time the event was ingested, expressed as the number of milliseconds after `Jan 1, 1970 00:00:00 UTC`.
    pub ingestion_time: Option<i64>,
}
rt::structure!(OutputLogEvent, OUTPUT_LOG_EVENT, [timestamp, message, ingestion_time]);
/// This processor parses CloudFront vended logs, extract fields, and convert them into JSON format. Encoded field values are decoded. Values that are integers and doubles are treated as such. For more information about this processor including examples, see [ parseCloudfront](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-parseCloudfront)
///
/// For more information about CloudFront log format, see [ Configure and use standard logs (access logs)](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/AccessLogs.html).
///
/// If you use this processor, it must be the first processor in your transformer.
#[derive(Clone, Default, PartialEq)]
pub struct ParseCloudfront {
    /// Omit this parameter and the whole log message will be processed by this processor. No other value than `@message` is allowed for `source`.
    pub source: Option<String>,
}
rt::structure!(ParseCloudfront, PARSE_CLOUDFRONT, [source]);
/// This processor parses log events that are in JSON format. It can extract JSON key-value pairs and place them under a destination that you specify.
///
/// Additionally, because you must have at least one parse-type processor in a transformer, you can use `ParseJSON` as that processor for JSON-format logs, so that you can also apply other processors, such as mutate processors, to these logs.
///
/// For more information about this processor including examples, see [ parseJSON](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-parseJSON) in the *CloudWatch Logs User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct ParseJson {
    /// Path to the field in the log event that will be parsed. Use dot notation to access child fields. For example, `store.book`
    pub source: Option<String>,
    /// The location to put the parsed key value pair into. If you omit this parameter, it is placed under the root node.
    pub destination: Option<String>,
}
rt::structure!(ParseJson, PARSE_JSON, [source, destination]);
/// This processor parses a specified field in the original log event into key-value pairs.
///
/// For more information about this processor including examples, see [ parseKeyValue](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-parseKeyValue) in the *CloudWatch Logs User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct ParseKeyValue {
    /// Path to the field in the log event that will be parsed. Use dot notation to access child fields. For example, `store.book`
    pub source: Option<String>,
    /// The destination field to put the extracted key-value pairs into
    pub destination: Option<String>,
    /// The field delimiter string that is used between key-value pairs in the original log events. If you omit this, the ampersand `&` character is used.
    pub field_delimiter: Option<String>,
    /// The delimiter string to use between the key and value in each pair in the transformed log event.
    ///
    /// If you omit this, the equal `=` character is used.
    pub key_value_delimiter: Option<String>,
    /// If you want to add a prefix to all transformed keys, specify it here.
    pub key_prefix: Option<String>,
    /// A value to insert into the value field in the result, when a key-value pair is not successfully split.
    pub non_match_value: Option<String>,
    /// Specifies whether to overwrite the value if the destination key already exists. If you omit this, the default is `false`.
    pub overwrite_if_exists: Option<bool>,
}
rt::structure!(
    ParseKeyValue, PARSE_KEY_VALUE, [source, destination, field_delimiter,
    key_value_delimiter, key_prefix, non_match_value, overwrite_if_exists]
);
/// Use this processor to parse RDS for PostgreSQL vended logs, extract fields, and and convert them into a JSON format. This processor always processes the entire log event message. For more information about this processor including examples, see [ parsePostGres](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-parsePostGres).
///
/// For more information about RDS for PostgreSQL log format, see [ RDS for PostgreSQL database log filesTCP flag sequence](https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Concepts.PostgreSQL.html#USER_LogAccess.Concepts.PostgreSQL.Log_Format.log-line-prefix).
///
/// If you use this processor, it must be the first processor in your transformer.
#[derive(Clone, Default, PartialEq)]
pub struct ParsePostgres {
    /// Omit this parameter and the whole log message will be processed by this processor. No other value than `@message` is allowed for `source`.
    pub source: Option<String>,
}
rt::structure!(ParsePostgres, PARSE_POSTGRES, [source]);
/// Use this processor to parse Route 53 vended logs, extract fields, and and convert them into a JSON format. This processor always processes the entire log event message. For more information about this processor including examples, see [ parseRoute53](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-parseRoute53).
///
/// If you use this processor, it must be the first processor in your transformer.
#[derive(Clone, Default, PartialEq)]
pub struct ParseRoute53 {
    /// Omit this parameter and the whole log message will be processed by this processor. No other value than `@message` is allowed for `source`.
    pub source: Option<String>,
}
rt::structure!(ParseRoute53, PARSE_ROUTE53, [source]);
/// This processor converts logs into [Open Cybersecurity Schema Framework (OCSF)](https://ocsf.io) events.
///
/// For more information about this processor including examples, see [parseToOCSF](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-parseToOCSF) in the *CloudWatch Logs User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct ParseToOcsf {
    /// The path to the field in the log event that you want to parse. If you omit this value, the whole log message is parsed.
    pub source: Option<String>,
    /// Specify the service or process that produces the log events that will be converted with this processor.
    pub event_source: EventSource,
    /// Specify which version of the OCSF schema to use for the transformed log events.
    pub ocsf_version: OcsfVersion,
    /// The version of the OCSF mapping to use for parsing log data.
    pub mapping_version: Option<String>,
}
rt::structure!(
    ParseToOcsf, PARSE_TO_OCSF, [source, event_source, ocsf_version, mapping_version]
);
/// Use this processor to parse Amazon VPC vended logs, extract fields, and and convert them into a JSON format. This processor always processes the entire log event message.
///
/// This processor doesn't support custom log formats, such as NAT gateway logs. For more information about custom log formats in Amazon VPC, see [ parseVPC](https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs-records-examples.html#flow-log-example-tcp-flag) For more information about this processor including examples, see [ parseVPC](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-parseVPC).
///
/// If you use this processor, it must be the first processor in your transformer.
#[derive(Clone, Default, PartialEq)]
pub struct ParseVpc {
    /// Omit this parameter and the whole log message will be processed by this processor. No other value than `@message` is allowed for `source`.
    pub source: Option<String>,
}
rt::structure!(ParseVpc, PARSE_VPC, [source]);
/// Use this processor to parse WAF vended logs, extract fields, and and convert them into a JSON format. This processor always processes the entire log event message. For more information about this processor including examples, see [ parseWAF](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-parsePostGres).
///
/// For more information about WAF log format, see [ Log examples for web ACL traffic](https://docs.aws.amazon.com/waf/latest/developerguide/logging-examples.html).
///
/// If you use this processor, it must be the first processor in your transformer.
#[derive(Clone, Default, PartialEq)]
pub struct ParseWaf {
    /// Omit this parameter and the whole log message will be processed by this processor. No other value than `@message` is allowed for `source`.
    pub source: Option<String>,
}
rt::structure!(ParseWaf, PARSE_WAF, [source]);
/// A structure that contains information about one pattern token related to an anomaly.
///
/// For more information about patterns and tokens, see [CreateLogAnomalyDetector](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateLogAnomalyDetector.html).
#[derive(Clone, Default, PartialEq)]
pub struct PatternToken {
    /// For a dynamic token, this indicates where in the pattern that this token appears, related to other dynamic tokens. The dynamic token that appears first has a value of `1`, the one that appears second is `2`, and so on.
    pub dynamic_token_position: Option<i32>,
    /// Specifies whether this is a dynamic token.
    pub is_dynamic: Option<bool>,
    /// The string represented by this token. If this is a dynamic token, the value will be `\<\*\>`
    pub token_string: Option<String>,
    /// Contains the values found for a dynamic token, and the number of times each value was found.
    pub enumerations: Option<rt::IndexMap<String, i64>>,
    /// A name that CloudWatch Logs assigned to this dynamic token to make the pattern more readable. The string part of the `inferredTokenName` gives you a clearer idea of the content of this token. The number part of the `inferredTokenName` shows where in the pattern this token appears, compared to other dynamic tokens. CloudWatch Logs assigns the string part of the name based on analyzing the content of the log events that contain it.
    ///
    /// For example, an inferred token name of `IPAddress-3` means that the token represents an IP address, and this token is the third dynamic token in the pattern.
    pub inferred_token_name: Option<String>,
}
rt::structure!(
    PatternToken, PATTERN_TOKEN, [dynamic_token_position, is_dynamic, token_string,
    enumerations, inferred_token_name]
);
/// A structure that contains information about one delivery destination policy.
#[derive(Clone, Default, PartialEq)]
pub struct Policy {
    /// The contents of the delivery destination policy.
    pub delivery_destination_policy: Option<String>,
}
rt::structure!(Policy, POLICY, [delivery_destination_policy]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PolicyScope {
    /// `ACCOUNT`
    Account,
    /// `RESOURCE`
    Resource,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(PolicyScope, { Account => "ACCOUNT", Resource => "RESOURCE" });
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PolicyType {
    /// `DATA_PROTECTION_POLICY`
    DataProtectionPolicy,
    /// `SUBSCRIPTION_FILTER_POLICY`
    SubscriptionFilterPolicy,
    /// `FIELD_INDEX_POLICY`
    FieldIndexPolicy,
    /// `TRANSFORMER_POLICY`
    TransformerPolicy,
    /// `METRIC_EXTRACTION_POLICY`
    MetricExtractionPolicy,
    /// `RETENTION_POLICY`
    RetentionPolicy,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    PolicyType, { DataProtectionPolicy => "DATA_PROTECTION_POLICY",
    SubscriptionFilterPolicy => "SUBSCRIPTION_FILTER_POLICY", FieldIndexPolicy =>
    "FIELD_INDEX_POLICY", TransformerPolicy => "TRANSFORMER_POLICY",
    MetricExtractionPolicy => "METRIC_EXTRACTION_POLICY", RetentionPolicy =>
    "RETENTION_POLICY" }
);
/// This structure contains the information about one processor in a log transformer.
#[derive(Clone, Default, PartialEq)]
pub struct Processor {
    /// Use this parameter to include the [ addKeys](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-addKeys) processor in your transformer.
    pub add_keys: Option<AddKeys>,
    /// Use this parameter to include the [ copyValue](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-copyValue) processor in your transformer.
    pub copy_value: Option<CopyValue>,
    /// Use this parameter to include the [ CSV](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-CSV) processor in your transformer.
    pub csv: Option<Csv>,
    /// Use this parameter to include the [ datetimeConverter](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-datetimeConverter) processor in your transformer.
    pub date_time_converter: Option<DateTimeConverter>,
    /// Use this parameter to include the [ deleteKeys](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-deleteKeys) processor in your transformer.
    pub delete_keys: Option<DeleteKeys>,
    /// Use this parameter to include the [ grok](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-grok) processor in your transformer.
    pub grok: Option<Grok>,
    /// Use this parameter to include the [ listToMap](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-listToMap) processor in your transformer.
    pub list_to_map: Option<ListToMap>,
    /// Use this parameter to include the [ lowerCaseString](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-lowerCaseString) processor in your transformer.
    pub lower_case_string: Option<LowerCaseString>,
    /// Use this parameter to include the [ moveKeys](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-moveKeys) processor in your transformer.
    pub move_keys: Option<MoveKeys>,
    /// Use this parameter to include the [ parseCloudfront](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-parseCloudfront) processor in your transformer.
    ///
    /// If you use this processor, it must be the first processor in your transformer.
    pub parse_cloudfront: Option<ParseCloudfront>,
    /// Use this parameter to include the [ parseJSON](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-parseJSON) processor in your transformer.
    pub parse_json: Option<ParseJson>,
    /// Use this parameter to include the [ parseKeyValue](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-parseKeyValue) processor in your transformer.
    pub parse_key_value: Option<ParseKeyValue>,
    /// Use this parameter to include the [ parseRoute53](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-parseRoute53) processor in your transformer.
    ///
    /// If you use this processor, it must be the first processor in your transformer.
    pub parse_route53: Option<ParseRoute53>,
    /// Use this parameter to convert logs into Open Cybersecurity Schema (OCSF) format.
    pub parse_to_ocsf: Option<ParseToOcsf>,
    /// Use this parameter to include the [ parsePostGres](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-parsePostGres) processor in your transformer.
    ///
    /// If you use this processor, it must be the first processor in your transformer.
    pub parse_postgres: Option<ParsePostgres>,
    /// Use this parameter to include the [ parseVPC](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-parseVPC) processor in your transformer.
    ///
    /// If you use this processor, it must be the first processor in your transformer.
    pub parse_vpc: Option<ParseVpc>,
    /// Use this parameter to include the [ parseWAF](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-parseWAF) processor in your transformer.
    ///
    /// If you use this processor, it must be the first processor in your transformer.
    pub parse_waf: Option<ParseWaf>,
    /// Use this parameter to include the [ renameKeys](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-renameKeys) processor in your transformer.
    pub rename_keys: Option<RenameKeys>,
    /// Use this parameter to include the [ splitString](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-splitString) processor in your transformer.
    pub split_string: Option<SplitString>,
    /// Use this parameter to include the [ substituteString](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-substituteString) processor in your transformer.
    pub substitute_string: Option<SubstituteString>,
    /// Use this parameter to include the [ trimString](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-trimString) processor in your transformer.
    pub trim_string: Option<TrimString>,
    /// Use this parameter to include the [ typeConverter](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-typeConverter) processor in your transformer.
    pub type_converter: Option<TypeConverter>,
    /// Use this parameter to include the [ upperCaseString](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-upperCaseString) processor in your transformer.
    pub upper_case_string: Option<UpperCaseString>,
}
rt::structure!(
    Processor, PROCESSOR, [add_keys, copy_value, csv, date_time_converter, delete_keys,
    grok, list_to_map, lower_case_string, move_keys, parse_cloudfront, parse_json,
    parse_key_value, parse_route53, parse_to_ocsf, parse_postgres, parse_vpc, parse_waf,
    rename_keys, split_string, substitute_string, trim_string, type_converter,
    upper_case_string]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutAccountPolicyInput {
    /// A name for the policy. This must be unique within the account and cannot start with `aws/`.
    pub policy_name: String,
    /// Specify the policy, in JSON.
    ///
    /// **Data protection policy**
    ///
    /// A data protection policy must include two JSON blocks:
    ///
    /// - The first block must include both a `DataIdentifer` array and an `Operation` property with an `Audit` action. The `DataIdentifer` array lists the types of sensitive data that you want to mask. For more information about the available options, see [Types of data that you can mask](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/mask-sensitive-log-data-types.html).
    ///
    /// The `Operation` property with an `Audit` action is required to find the sensitive data terms. This `Audit` action must contain a `FindingsDestination` object. You can optionally use that `FindingsDestination` object to list one or more destinations to send audit findings to. If you specify destinations such as log groups, Firehose streams, and S3 buckets, they must already exist.
    ///
    /// - The second block must include both a `DataIdentifer` array and an `Operation` property with an `Deidentify` action. The `DataIdentifer` array must exactly match the `DataIdentifer` array in the first block of the policy.
    ///
    /// The `Operation` property with the `Deidentify` action is what actually masks the data, and it must contain the ` "MaskConfig": {}` object. The ` "MaskConfig": {}` object must be empty.
    ///
    /// For an example data protection policy, see the **Examples** section on this page.
    ///
    /// The contents of the two `DataIdentifer` arrays must match exactly.
    ///
    /// In addition to the two JSON blocks, the `policyDocument` can also include `Name`, `Description`, and `Version` fields. The `Name` is different than the operation's `policyName` parameter, and is used as a dimension when CloudWatch Logs reports audit findings metrics to CloudWatch.
    ///
    /// The JSON specified in `policyDocument` can be up to 30,720 characters long.
    ///
    /// **Subscription filter policy**
    ///
    /// A subscription filter policy can include the following attributes in a JSON block:
    ///
    /// - **DestinationArn** The ARN of the destination to deliver log events to. Supported destinations are:
    ///
    ///   - An Kinesis Data Streams data stream in the same account as the subscription policy, for same-account delivery.
    ///
    ///   - An Firehose data stream in the same account as the subscription policy, for same-account delivery.
    ///
    ///   - A Lambda function in the same account as the subscription policy, for same-account delivery.
    ///
    ///   - A logical destination in a different account created with [PutDestination](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutDestination.html), for cross-account delivery. Kinesis Data Streams and Firehose are supported as logical destinations.
    ///
    /// - **RoleArn** The ARN of an IAM role that grants CloudWatch Logs permissions to deliver ingested log events to the destination stream. You don't need to provide the ARN when you are working with a logical destination for cross-account delivery.
    ///
    /// - **FilterPattern** A filter pattern for subscribing to a filtered stream of log events.
    ///
    /// - **Distribution** The method used to distribute log data to the destination. By default, log data is grouped by log stream, but the grouping can be set to `Random` for a more even distribution. This property is only applicable when the destination is an Kinesis Data Streams data stream.
    ///
    /// **Transformer policy**
    ///
    /// A transformer policy must include one JSON block with the array of processors and their configurations. For more information about available processors, see [ Processors that you can use](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-Processors).
    ///
    /// **Field index policy**
    ///
    /// A field index filter policy can include the following attribute in a JSON block:
    ///
    /// - **Fields** The array of field indexes to create.
    ///
    /// - **FieldsV2** The object of field indexes to create along with it's type.
    ///
    /// It must contain at least one field index.
    ///
    /// The following is an example of an index policy document that creates indexes with different types.
    ///
    /// `"policyDocument": "{ \"Fields\": \[ \"TransactionId\" \], \"FieldsV2\": {\"RequestId\": {\"type\": \"FIELD\_INDEX\"}, \"APIName\": {\"type\": \"FACET\"}, \"StatusCode\": {\"type\": \"FACET\"}}}"`
    ///
    /// You can use `FieldsV2` to specify the type for each field. Supported types are `FIELD\_INDEX` and `FACET`. Field names within `Fields` and `FieldsV2` must be mutually exclusive.
    ///
    /// **Retention policy**
    ///
    /// A retention policy must include the following attributes in a JSON block:
    ///
    /// retentionInDays
    ///
    /// The number of days to retain log events. Valid values are 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, and 3653. To retain log events indefinitely, specify the string `NEVER\_EXPIRE`.
    ///
    /// enforcementMode
    ///
    /// Specifies which log groups the policy applies to. Valid values are `NEW\_ONLY` and `RETROACTIVE`.
    ///
    /// `RETROACTIVE` applies the policy to every log group that matches the selection criteria, including log groups that existed before you created the policy.
    ///
    /// `NEW\_ONLY` applies the policy only to log groups that are created after you create the policy. Log groups that already existed when you created the policy keep their own retention period.
    ///
    /// The following is an example of a retention policy document.
    ///
    /// `"policyDocument": "{\"retentionInDays\": 90, \"enforcementMode\": \"RETROACTIVE\"}"`
    pub policy_document: String,
    /// The type of policy that you're creating or updating.
    pub policy_type: PolicyType,
    /// Currently the only valid value for this parameter is `ALL`, which specifies that the data protection policy applies to all log groups in the account. If you omit this parameter, the default of `ALL` is used.
    pub scope: Option<Scope>,
    /// Use this parameter to apply the new policy to a subset of log groups in the account or a data source name and type combination.
    ///
    /// Specifying `selectionCriteria` is valid only when you specify `SUBSCRIPTION\_FILTER\_POLICY`, `FIELD\_INDEX\_POLICY`, `TRANSFORMER\_POLICY`, or `RETENTION\_POLICY` for `policyType`.
    ///
    /// - If `policyType` is `SUBSCRIPTION\_FILTER\_POLICY`, the only supported `selectionCriteria` filter is `LogGroupName NOT IN \[\]`
    ///
    /// - If `policyType` is `TRANSFORMER\_POLICY`, the only supported `selectionCriteria` filter is `LogGroupNamePrefix`
    ///
    /// - If `policyType` is `FIELD\_INDEX\_POLICY`, the supported `selectionCriteria` filters are:
    ///
    ///   - `LogGroupNamePrefix`
    ///
    ///   - `DataSourceName` AND `DataSourceType`
    ///
    /// When you specify `selectionCriteria` for a field index policy you can use either `LogGroupNamePrefix` by itself or `DataSourceName` and `DataSourceType` together.
    ///
    /// - If `policyType` is `RETENTION\_POLICY`, the only supported `selectionCriteria` filter is `LogGroupNamePrefix`. If you omit `selectionCriteria`, the retention policy applies to all log groups in the account.
    ///
    /// The `selectionCriteria` string can be up to 25KB in length. The length is determined by using its UTF-8 bytes.
    ///
    /// Using the `selectionCriteria` parameter with `SUBSCRIPTION\_FILTER\_POLICY` is useful to help prevent infinite loops. For more information, see [Log recursion prevention](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Subscriptions-recursion-prevention.html).
    pub selection_criteria: Option<String>,
    /// Specifies whether to preview the impact of the policy without creating or updating it. If you specify `true`, CloudWatch Logs validates the request, does not save the policy, and returns the estimated impact in `dryRunResult` instead of `accountPolicy`. The default is `false`.
    ///
    /// Specifying `dryRun` is valid only when you specify `RETENTION\_POLICY` for `policyType`. Only one dry run can be in progress for an account at a time.
    pub dry_run: Option<bool>,
}
rt::structure!(
    PutAccountPolicyInput, PUT_ACCOUNT_POLICY_INPUT, [policy_name, policy_document,
    policy_type, scope, selection_criteria, dry_run]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutAccountPolicyOutput {
    /// The account policy that you created.
    pub account_policy: Option<AccountPolicy>,
    /// The estimated impact of the policy on log groups in the account. This field is returned only when the request specifies `dryRun` as `true`.
    pub dry_run_result: Option<DryRunResult>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    PutAccountPolicyOutput, PUT_ACCOUNT_POLICY_OUTPUT, [account_policy, dry_run_result],
    meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct PutBearerTokenAuthenticationInput {
    /// The name or ARN of the log group.
    ///
    /// Type: String
    ///
    /// Length Constraints: Minimum length of 1. Maximum length of 512.
    ///
    /// Pattern: `\[\.\-\_/\#A-Za-z0-9\]+`
    ///
    /// Required: Yes
    pub log_group_identifier: String,
    /// Whether to enable bearer token authentication.
    ///
    /// Type: Boolean
    ///
    /// Required: Yes
    pub bearer_token_authentication_enabled: bool,
}
rt::structure!(
    PutBearerTokenAuthenticationInput, PUT_BEARER_TOKEN_AUTHENTICATION_INPUT,
    [log_group_identifier, bearer_token_authentication_enabled]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutDataProtectionPolicyInput {
    /// Specify either the log group name or log group ARN.
    pub log_group_identifier: String,
    /// Specify the data protection policy, in JSON.
    ///
    /// This policy must include two JSON blocks:
    ///
    /// - The first block must include both a `DataIdentifer` array and an `Operation` property with an `Audit` action. The `DataIdentifer` array lists the types of sensitive data that you want to mask. For more information about the available options, see [Types of data that you can mask](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/mask-sensitive-log-data-types.html).
    ///
    /// The `Operation` property with an `Audit` action is required to find the sensitive data terms. This `Audit` action must contain a `FindingsDestination` object. You can optionally use that `FindingsDestination` object to list one or more destinations to send audit findings to. If you specify destinations such as log groups, Firehose streams, and S3 buckets, they must already exist.
    ///
    /// - The second block must include both a `DataIdentifer` array and an `Operation` property with an `Deidentify` action. The `DataIdentifer` array must exactly match the `DataIdentifer` array in the first block of the policy.
    ///
    /// The `Operation` property with the `Deidentify` action is what actually masks the data, and it must contain the ` "MaskConfig": {}` object. The ` "MaskConfig": {}` object must be empty.
    ///
    /// For an example data protection policy, see the **Examples** section on this page.
    ///
    /// The contents of the two `DataIdentifer` arrays must match exactly.
    ///
    /// In addition to the two JSON blocks, the `policyDocument` can also include `Name`, `Description`, and `Version` fields. The `Name` is used as a dimension when CloudWatch Logs reports audit findings metrics to CloudWatch.
    ///
    /// The JSON specified in `policyDocument` can be up to 30,720 characters.
    pub policy_document: String,
}
rt::structure!(
    PutDataProtectionPolicyInput, PUT_DATA_PROTECTION_POLICY_INPUT,
    [log_group_identifier, policy_document]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutDataProtectionPolicyOutput {
    /// The log group name or ARN that you specified in your request.
    pub log_group_identifier: Option<String>,
    /// The data protection policy used for this log group.
    pub policy_document: Option<String>,
    /// The date and time that this policy was most recently updated.
    pub last_updated_time: Option<i64>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    PutDataProtectionPolicyOutput, PUT_DATA_PROTECTION_POLICY_OUTPUT,
    [log_group_identifier, policy_document, last_updated_time], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct PutDeliveryDestinationPolicyInput {
    /// The name of the delivery destination to assign this policy to.
    pub delivery_destination_name: String,
    /// The contents of the policy.
    pub delivery_destination_policy: String,
}
rt::structure!(
    PutDeliveryDestinationPolicyInput, PUT_DELIVERY_DESTINATION_POLICY_INPUT,
    [delivery_destination_name, delivery_destination_policy]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutDeliveryDestinationPolicyOutput {
    /// The contents of the policy that you just created.
    pub policy: Option<Policy>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    PutDeliveryDestinationPolicyOutput, PUT_DELIVERY_DESTINATION_POLICY_OUTPUT, [policy],
    meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct PutDeliveryDestinationInput {
    /// A name for this delivery destination. This name must be unique for all delivery destinations in your account.
    pub name: String,
    /// The format for the logs that this delivery destination will receive.
    pub output_format: Option<OutputFormat>,
    /// A structure that contains the ARN of the Amazon Web Services resource that will receive the logs.
    ///
    /// `deliveryDestinationConfiguration` is required for CloudWatch Logs, Amazon S3, Firehose log delivery destinations and not required for X-Ray trace delivery destinations. `deliveryDestinationType` is needed for X-Ray trace delivery destinations but not required for other logs delivery destinations.
    pub delivery_destination_configuration: Option<DeliveryDestinationConfiguration>,
    /// The type of delivery destination. This parameter specifies the target service where log data will be delivered. Valid values include:
    ///
    /// - `S3` - Amazon S3 for long-term storage and analytics
    ///
    /// - `CWL` - CloudWatch Logs for centralized log management
    ///
    /// - `FH` - Amazon Kinesis Data Firehose for real-time data streaming
    ///
    /// - `XRAY` - Amazon Web Services X-Ray for distributed tracing and application monitoring
    ///
    /// The delivery destination type determines the format and configuration options available for log delivery.
    pub delivery_destination_type: Option<DeliveryDestinationType>,
    /// The ARN of an IAM role in your account that CloudWatch Logs assumes to deliver to this delivery destination. The trust policy of the role must allow CloudWatch Logs to assume it. This parameter is supported only for X-Ray trace delivery destinations.
    pub role_arn: Option<String>,
    /// An optional list of key-value pairs to associate with the resource.
    ///
    /// For more information about tagging, see [Tagging Amazon Web Services resources](https://docs.aws.amazon.com/general/latest/gr/aws_tagging.html)
    pub tags: Option<rt::IndexMap<String, String>>,
}
rt::structure!(
    PutDeliveryDestinationInput, PUT_DELIVERY_DESTINATION_INPUT, [name, output_format,
    delivery_destination_configuration, delivery_destination_type, role_arn, tags]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutDeliveryDestinationOutput {
    /// A structure containing information about the delivery destination that you just created or updated.
    pub delivery_destination: Option<DeliveryDestination>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    PutDeliveryDestinationOutput, PUT_DELIVERY_DESTINATION_OUTPUT,
    [delivery_destination], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct PutDeliverySourceInput {
    /// A name for this delivery source. This name must be unique for all delivery sources in your account.
    pub name: String,
    /// The ARN of the Amazon Web Services resource that is generating and sending logs. For example, `arn:aws:workmail:us-east-1:123456789012:organization/m-1234EXAMPLEabcd1234abcd1234abcd1234`
    ///
    /// For the `SECURITY\_FINDING\_LOGS` logType, use a wildcard ARN for the hub resource. For Amazon Web Services Security Hub CSPM, use `arn:aws:securityhub:us-east-1:111122223333:hub/\*` and for Amazon Web Services Security Hub, use `arn:aws:securityhub:us-east-1:111122223333:hubv2/\*`
    ///
    /// For the `INSIGHTS\_QUERY\_LOGS` log type, use a wildcard log group ARN, such as `arn:aws:logs:us-east-1:111122223333:log-group:\*`. Amazon Web Services does not support a specific log group ARN for this log type.
    pub resource_arn: String,
    /// Defines the type of log that the source is sending.
    ///
    /// - For Amazon Web Services Amplify, the valid values are `ACCESS\_LOGS` and `WAF\_LOGS`.
    ///
    /// - For Application Load Balancer, the valid values are `ALB\_ACCESS\_LOGS`, `ALB\_CONNECTION\_LOGS`, and `ALB\_HEALTH\_CHECK\_LOGS`.
    ///
    /// - For Amazon Bedrock AgentCore Gateway, the valid values are `APPLICATION\_LOGS` and `TRACES`.
    ///
    /// - For Amazon Bedrock AgentCore Identity, the valid values are `APPLICATION\_LOGS` and `TRACES`.
    ///
    /// - For Amazon Bedrock AgentCore Memory, the valid values are `APPLICATION\_LOGS` and `TRACES`.
    ///
    /// - For Amazon Bedrock AgentCore Payments, the valid values are `APPLICATION\_LOGS` and `TRACES`.
    ///
    /// - For Amazon Bedrock AgentCore Runtime, the valid values are `APPLICATION\_LOGS`, `USAGE\_LOGS`, and `TRACES`.
    ///
    /// - For Amazon Bedrock AgentCore Tools, the valid values are `APPLICATION\_LOGS`, `USAGE\_LOGS`, and `TRACES`.
    ///
    /// - For Amazon Bedrock Agents, the valid values are `APPLICATION\_LOGS` and `EVENT\_LOGS`.
    ///
    /// - For Amazon Bedrock Knowledge Bases, the valid values are `APPLICATION\_LOGS` and `TRACES`.
    ///
    /// - For CloudFront, the valid value is `ACCESS\_LOGS`.
    ///
    /// - For query execution logs from CloudWatch Logs Insights, the valid value is `INSIGHTS\_QUERY\_LOGS`.
    ///
    /// - For Amazon CodeWhisperer, the valid value is `EVENT\_LOGS`.
    ///
    /// - For DevOps Agent, the valid value is `APPLICATION\_LOGS`.
    ///
    /// - For Amazon EKS Auto Mode, the valid values are `AUTO\_MODE\_BLOCK\_STORAGE\_LOGS`, `AUTO\_MODE\_COMPUTE\_LOGS`, `AUTO\_MODE\_IPAM\_LOGS`, and `AUTO\_MODE\_LOAD\_BALANCING\_LOGS`.
    ///
    /// - For Amazon EKS Capability Logs, the valid values are `EKS\_CAPABILITY\_ACK\_LOGS`, `EKS\_CAPABILITY\_ARGOCD\_APPLICATION\_LOGS`, `EKS\_CAPABILITY\_ARGOCD\_APPLICATIONSET\_LOGS`, `EKS\_CAPABILITY\_ARGOCD\_COMMITSERVER\_LOGS`, `EKS\_CAPABILITY\_ARGOCD\_REPOSERVER\_LOGS`, `EKS\_CAPABILITY\_ARGOCD\_SERVER\_LOGS`, and `EKS\_CAPABILITY\_KRO\_LOGS`.
    ///
    /// - For Amazon Web Services Elemental Inference, the valid value is `APPLICATION\_LOGS`.
    ///
    /// - For Elemental MediaPackage, the valid values are `EGRESS\_ACCESS\_LOGS` and `INGRESS\_ACCESS\_LOGS`.
    ///
    /// - For Elemental MediaTailor, the valid values are `AD\_DECISION\_SERVER\_LOGS`, `MANIFEST\_SERVICE\_LOGS`, and `TRANSCODE\_LOGS`.
    ///
    /// - For Amazon ECS, the valid value is `ACTION\_LOGS`.
    ///
    /// - For Entity Resolution, the valid value is `WORKFLOW\_LOGS`.
    ///
    /// - For Amazon EventBridge Event Bus (Custom), the valid values are `INFO\_LOGS` and `ERROR\_LOGS`.
    ///
    /// - For IAM Identity Center, the valid value is `ERROR\_LOGS`.
    ///
    /// - For Network Firewall Proxy, the valid values are `ALERT\_LOGS`, `ALLOW\_LOGS`, and `DENY\_LOGS`.
    ///
    /// - For Network Load Balancer, the valid value is `NLB\_ACCESS\_LOGS`.
    ///
    /// - For PCS, the valid values are `PCS\_SCHEDULER\_LOGS`, `PCS\_JOBCOMP\_LOGS`, `PCS\_SCHEDULER\_AUDIT\_LOGS`, and `PCS\_SCALING\_LOGS`.
    ///
    /// - For Amazon Q, the valid values are `EVENT\_LOGS` and `SYNC\_JOB\_LOGS`.
    ///
    /// - For Amazon Q in Connect AI agents, the valid value is `EVENT\_LOGS`.
    ///
    /// - For Quick, the valid values are `AGENT\_HOURS\_LOGS`, `AGENT\_METADATA\_LOGS`, `CHAT\_LOGS`, `DLP\_LOGS`, `FEEDBACK\_LOGS`, `INDEX\_USAGE\_LOGS`, and `KB\_FILE\_SYNC\_LOGS`.
    ///
    /// - For Route 53 Global Resolver, the valid value is `GLOBAL\_RESOLVER\_LOGS`.
    ///
    /// - For Amazon Web Services RTB Fabric, the valid value is `APPLICATION\_LOGS`.
    ///
    /// - For Amazon S3, the valid value is `S3\_SERVER\_ACCESS\_LOGS`.
    ///
    /// - For Amazon Web Services Security Hub, the valid value is `SECURITY\_FINDING\_LOGS`.
    ///
    /// - For Amazon Web Services Security Hub CSPM, the valid value is `SECURITY\_FINDING\_LOGS`.
    ///
    /// - For Amazon SES mail manager, the valid values are `APPLICATION\_LOGS` and `TRAFFIC\_POLICY\_DEBUG\_LOGS`.
    ///
    /// - For Amazon Web Services Shield Advanced, the valid value is `FLOW\_LOGS`.
    ///
    /// - For Amazon VPC Route Server, the valid value is `EVENT\_LOGS`.
    ///
    /// - For Amazon WorkMail, the valid values are `ACCESS\_CONTROL\_LOGS`, `AUTHENTICATION\_LOGS`, `WORKMAIL\_AVAILABILITY\_PROVIDER\_LOGS`, `WORKMAIL\_MAILBOX\_ACCESS\_LOGS`, and `WORKMAIL\_PERSONAL\_ACCESS\_TOKEN\_LOGS`.
    pub log_type: String,
    /// An optional list of key-value pairs to associate with the resource.
    ///
    /// For more information about tagging, see [Tagging Amazon Web Services resources](https://docs.aws.amazon.com/general/latest/gr/aws_tagging.html)
    pub tags: Option<rt::IndexMap<String, String>>,
    /// A map of key-value pairs to configure the delivery source. Both keys and values must be between 1 and 255 characters in length. For example, `{"samplingRate": "50"}`.
    pub delivery_source_configuration: Option<rt::IndexMap<String, String>>,
}
rt::structure!(
    PutDeliverySourceInput, PUT_DELIVERY_SOURCE_INPUT, [name, resource_arn, log_type,
    tags, delivery_source_configuration]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutDeliverySourceOutput {
    /// A structure containing information about the delivery source that was just created or updated.
    pub delivery_source: Option<DeliverySource>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    PutDeliverySourceOutput, PUT_DELIVERY_SOURCE_OUTPUT, [delivery_source], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct PutDestinationPolicyInput {
    /// A name for an existing destination.
    pub destination_name: String,
    /// An IAM policy document that authorizes cross-account users to deliver their log events to the associated destination. This can be up to 5120 bytes.
    pub access_policy: String,
    /// Specify true if you are updating an existing destination policy to grant permission to an organization ID instead of granting permission to individual Amazon Web Services accounts. Before you update a destination policy this way, you must first update the subscription filters in the accounts that send logs to this destination. If you do not, the subscription filters might stop working. By specifying `true` for `forceUpdate`, you are affirming that you have already updated the subscription filters. For more information, see [ Updating an existing cross-account subscription](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Cross-Account-Log_Subscription-Update.html)
    ///
    /// If you omit this parameter, the default of `false` is used.
    pub force_update: Option<bool>,
}
rt::structure!(
    PutDestinationPolicyInput, PUT_DESTINATION_POLICY_INPUT, [destination_name,
    access_policy, force_update]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutDestinationInput {
    /// A name for the destination.
    pub destination_name: String,
    /// The ARN of an Amazon Kinesis stream to which to deliver matching log events.
    pub target_arn: String,
    /// The ARN of an IAM role that grants CloudWatch Logs permissions to call the Amazon Kinesis `PutRecord` operation on the destination stream.
    pub role_arn: String,
    /// An optional list of key-value pairs to associate with the resource.
    ///
    /// For more information about tagging, see [Tagging Amazon Web Services resources](https://docs.aws.amazon.com/general/latest/gr/aws_tagging.html)
    pub tags: Option<rt::IndexMap<String, String>>,
}
rt::structure!(
    PutDestinationInput, PUT_DESTINATION_INPUT, [destination_name, target_arn, role_arn,
    tags]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutDestinationOutput {
    /// The destination.
    pub destination: Option<Destination>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    PutDestinationOutput, PUT_DESTINATION_OUTPUT, [destination], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct PutIndexPolicyInput {
    /// Specify either the log group name or log group ARN to apply this field index policy to. If you specify an ARN, use the format arn:aws:logs:*region*:*account-id*:log-group:*log\_group\_name* Don't include an \* at the end.
    pub log_group_identifier: String,
    /// The index policy document, in JSON format. The following is an example of an index policy document that creates indexes with different types.
    ///
    /// `"policyDocument": "{"Fields": \[ "TransactionId" \], "FieldsV2": {"RequestId": {"type": "FIELD\_INDEX"}, "APIName": {"type": "FACET"}, "StatusCode": {"type": "FACET"}}}"`
    ///
    /// You can use `FieldsV2` to specify the type for each field. Supported types are `FIELD\_INDEX` and `FACET`. Field names within `Fields` and `FieldsV2` must be mutually exclusive.
    ///
    /// The policy document must include at least one field index. For more information about the fields that can be included and other restrictions, see [Field index syntax and quotas](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatchLogs-Field-Indexing-Syntax.html).
    pub policy_document: String,
}
rt::structure!(
    PutIndexPolicyInput, PUT_INDEX_POLICY_INPUT, [log_group_identifier, policy_document]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutIndexPolicyOutput {
    /// The index policy that you just created or updated.
    pub index_policy: Option<IndexPolicy>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    PutIndexPolicyOutput, PUT_INDEX_POLICY_OUTPUT, [index_policy], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct PutIntegrationInput {
    /// A name for the integration.
    pub integration_name: String,
    /// A structure that contains configuration information for the integration that you are creating.
    pub resource_config: ResourceConfig,
    /// The type of integration. Currently, the only supported type is `OPENSEARCH`.
    pub integration_type: IntegrationType,
}
rt::structure!(
    PutIntegrationInput, PUT_INTEGRATION_INPUT, [integration_name, resource_config,
    integration_type]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutIntegrationOutput {
    /// The name of the integration that you just created.
    pub integration_name: Option<String>,
    /// The status of the integration that you just created.
    ///
    /// After you create an integration, it takes a few minutes to complete. During this time, you'll see the status as `PROVISIONING`.
    pub integration_status: Option<IntegrationStatus>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    PutIntegrationOutput, PUT_INTEGRATION_OUTPUT, [integration_name, integration_status],
    meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct PutLogEventsInput {
    /// The name of the log group.
    pub log_group_name: String,
    /// The name of the log stream.
    pub log_stream_name: String,
    /// The log events.
    pub log_events: Vec<InputLogEvent>,
    /// The sequence token obtained from the response of the previous `PutLogEvents` call.
    ///
    /// The `sequenceToken` parameter is now ignored in `PutLogEvents` actions. `PutLogEvents` actions are now accepted and never return `InvalidSequenceTokenException` or `DataAlreadyAcceptedException` even if the sequence token is not valid.
    pub sequence_token: Option<String>,
    /// The entity associated with the log events.
    pub entity: Option<Entity>,
}
rt::structure!(
    PutLogEventsInput, PUT_LOG_EVENTS_INPUT, [log_group_name, log_stream_name,
    log_events, sequence_token, entity]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutLogEventsOutput {
    /// The next sequence token.
    ///
    /// This field has been deprecated.
    ///
    /// The sequence token is now ignored in `PutLogEvents` actions. `PutLogEvents` actions are always accepted even if the sequence token is not valid. You can use parallel `PutLogEvents` actions on the same log stream and you do not need to wait for the response of a previous `PutLogEvents` action to obtain the `nextSequenceToken` value.
    pub next_sequence_token: Option<String>,
    /// The rejected events.
    pub rejected_log_events_info: Option<RejectedLogEventsInfo>,
    /// Information about why the entity is rejected when calling `PutLogEvents`. Only returned when the entity is rejected.
    ///
    /// When the entity is rejected, the events may still be accepted.
    pub rejected_entity_info: Option<RejectedEntityInfo>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    PutLogEventsOutput, PUT_LOG_EVENTS_OUTPUT, [next_sequence_token,
    rejected_log_events_info, rejected_entity_info], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct PutLogGroupDeletionProtectionInput {
    /// The name or ARN of the log group.
    ///
    /// Type: String
    ///
    /// Length Constraints: Minimum length of 1. Maximum length of 512.
    ///
    /// Pattern: `\[\.\-\_/\#A-Za-z0-9\]+`
    ///
    /// Required: Yes
    pub log_group_identifier: String,
    /// Whether to enable deletion protection.
    ///
    /// Type: Boolean
    ///
    /// Required: Yes
    pub deletion_protection_enabled: bool,
}
rt::structure!(
    PutLogGroupDeletionProtectionInput, PUT_LOG_GROUP_DELETION_PROTECTION_INPUT,
    [log_group_identifier, deletion_protection_enabled]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutMetricFilterInput {
    /// The name of the log group.
    pub log_group_name: String,
    /// A name for the metric filter.
    pub filter_name: String,
    /// A filter pattern for extracting metric data out of ingested log events.
    pub filter_pattern: String,
    /// A collection of information that defines how metric data gets emitted.
    pub metric_transformations: Vec<MetricTransformation>,
    /// This parameter is valid only for log groups that have an active log transformer. For more information about log transformers, see [PutTransformer](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutTransformer.html).
    ///
    /// If the log group uses either a log-group level or account-level transformer, and you specify `true`, the metric filter will be applied on the transformed version of the log events instead of the original ingested log events.
    pub apply_on_transformed_logs: Option<bool>,
    /// A filter expression that specifies which log events should be processed by this metric filter based on system fields such as source account and source region. Uses selection criteria syntax with operators like `=`, `!=`, `AND`, `OR`, `IN`, `NOT IN`. Example: `@aws.region = "us-east-1"` or `@aws.account IN \["123456789012", "987654321098"\]`. Maximum length: 2000 characters.
    pub field_selection_criteria: Option<String>,
    /// A list of system fields to emit as additional dimensions in the generated metrics. Valid values are `@aws.account` and `@aws.region`. These dimensions help identify the source of centralized log data and count toward the total dimension limit for metric filters.
    pub emit_system_field_dimensions: Option<Vec<String>>,
}
rt::structure!(
    PutMetricFilterInput, PUT_METRIC_FILTER_INPUT, [log_group_name, filter_name,
    filter_pattern, metric_transformations, apply_on_transformed_logs,
    field_selection_criteria, emit_system_field_dimensions]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutQueryDefinitionInput {
    /// Specify the query language to use for this query. The options are Logs Insights QL, OpenSearch PPL, and OpenSearch SQL. For more information about the query languages that CloudWatch Logs supports, see [Supported query languages](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_AnalyzeLogData_Languages.html).
    pub query_language: Option<QueryLanguage>,
    /// A name for the query definition. If you are saving numerous query definitions, we recommend that you name them. This way, you can find the ones you want by using the first part of the name as a filter in the `queryDefinitionNamePrefix` parameter of [DescribeQueryDefinitions](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeQueryDefinitions.html).
    pub name: String,
    /// If you are updating a query definition, use this parameter to specify the ID of the query definition that you want to update. You can use [DescribeQueryDefinitions](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeQueryDefinitions.html) to retrieve the IDs of your saved query definitions.
    ///
    /// If you are creating a query definition, do not specify this parameter. CloudWatch generates a unique ID for the new query definition and include it in the response to this operation.
    pub query_definition_id: Option<String>,
    /// Use this parameter to include specific log groups as part of your query definition. If your query uses the OpenSearch Service query language, you specify the log group names inside the `querystring` instead of here.
    ///
    /// If you are updating an existing query definition for the Logs Insights QL or OpenSearch Service PPL and you omit this parameter, then the updated definition will contain no log groups.
    pub log_group_names: Option<Vec<String>>,
    /// The query string to use for this definition. For more information, see [CloudWatch Logs Insights Query Syntax](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_QuerySyntax.html).
    pub query_string: String,
    /// Used as an idempotency token, to avoid returning an exception if the service receives the same request twice because of a network error.
    pub client_token: Option<String>,
    /// Use this parameter to include specific query parameters as part of your query definition. Query parameters are supported only for Logs Insights QL queries. Query parameters allow you to use placeholder variables in your query string that are substituted with values at execution time. Use the `{{parameterName}}` syntax in your query string to reference a parameter.
    pub parameters: Option<Vec<QueryParameter>>,
}
rt::structure!(
    PutQueryDefinitionInput, PUT_QUERY_DEFINITION_INPUT, [query_language, name,
    query_definition_id, log_group_names, query_string, client_token, parameters]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutQueryDefinitionOutput {
    /// The ID of the query definition.
    pub query_definition_id: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    PutQueryDefinitionOutput, PUT_QUERY_DEFINITION_OUTPUT, [query_definition_id], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct PutResourcePolicyInput {
    /// Name of the new policy. This parameter is required.
    pub policy_name: Option<String>,
    /// Details of the new policy, including the identity of the principal that is enabled to put logs to this account. This is formatted as a JSON string. This parameter is required.
    ///
    /// The following example creates a resource policy enabling the Route 53 service to put DNS query logs in to the specified log group. Replace `"logArn"` with the ARN of your CloudWatch Logs resource, such as a log group or log stream.
    ///
    /// CloudWatch Logs also supports [aws:SourceArn](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-sourcearn) and [aws:SourceAccount](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-sourceaccount) condition context keys.
    ///
    /// In the example resource policy, you would replace the value of `SourceArn` with the resource making the call from Route 53 to CloudWatch Logs. You would also replace the value of `SourceAccount` with the Amazon Web Services account ID making that call.
    ///
    /// `{ "Version": "2012-10-17", "Statement": \[ { "Sid": "Route53LogsToCloudWatchLogs", "Effect": "Allow", "Principal": { "Service": \[ "route53.amazonaws.com" \] }, "Action": "logs:PutLogEvents", "Resource": "logArn", "Condition": { "ArnLike": { "aws:SourceArn": "myRoute53ResourceArn" }, "StringEquals": { "aws:SourceAccount": "myAwsAccountId" } } } \] }`
    pub policy_document: Option<String>,
    /// The ARN of the CloudWatch Logs resource to which the resource policy needs to be added or attached. Currently only supports LogGroup ARN.
    pub resource_arn: Option<String>,
    /// The expected revision ID of the resource policy. Required when `resourceArn` is provided to prevent concurrent modifications. Use `null` when creating a resource policy for the first time.
    pub expected_revision_id: Option<String>,
}
rt::structure!(
    PutResourcePolicyInput, PUT_RESOURCE_POLICY_INPUT, [policy_name, policy_document,
    resource_arn, expected_revision_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutResourcePolicyOutput {
    /// The new policy.
    pub resource_policy: Option<ResourcePolicy>,
    /// The revision ID of the created or updated resource policy. Only returned for resource-scoped policies.
    pub revision_id: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    PutResourcePolicyOutput, PUT_RESOURCE_POLICY_OUTPUT, [resource_policy, revision_id],
    meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct PutRetentionPolicyInput {
    /// The name of the log group.
    pub log_group_name: String,
    /// The number of days to retain the log events in the specified log group. Possible values are: 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, and 3653.
    ///
    /// To set a log group so that its log events do not expire, use [DeleteRetentionPolicy](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DeleteRetentionPolicy.html).
    pub retention_in_days: i32,
}
rt::structure!(
    PutRetentionPolicyInput, PUT_RETENTION_POLICY_INPUT, [log_group_name,
    retention_in_days]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutStorageTierPolicyInput {
    /// The storage tier to set for the account. Use `INTELLIGENT\_TIERING` to automatically optimize storage costs by moving log data to the appropriate tier based on access frequency.
    pub storage_tier: StorageTier,
}
rt::structure!(PutStorageTierPolicyInput, PUT_STORAGE_TIER_POLICY_INPUT, [storage_tier]);
#[derive(Clone, Default, PartialEq)]
pub struct PutStorageTierPolicyOutput {
    /// The storage tier for the account.
    pub storage_tier: Option<StorageTier>,
    /// The time when the storage tier policy was last updated, expressed as the number of milliseconds after `January 1, 1970 00:00:00 UTC`.
    pub last_updated_time: Option<i64>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    PutStorageTierPolicyOutput, PUT_STORAGE_TIER_POLICY_OUTPUT, [storage_tier,
    last_updated_time], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct PutSubscriptionFilterInput {
    /// The name of the log group.
    pub log_group_name: String,
    /// A name for the subscription filter. If you are updating an existing filter, you must specify the correct name in `filterName`. To find the name of the filter currently associated with a log group, use [DescribeSubscriptionFilters](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeSubscriptionFilters.html).
    pub filter_name: String,
    /// A filter pattern for subscribing to a filtered stream of log events.
    pub filter_pattern: String,
    /// The ARN of the destination to deliver matching log events to. Currently, the supported destinations are:
    ///
    /// - An Amazon Kinesis stream belonging to the same account as the subscription filter, for same-account delivery.
    ///
    /// - A logical destination (specified using an ARN) belonging to a different account, for cross-account delivery.
    ///
    /// If you're setting up a cross-account subscription, the destination must have an IAM policy associated with it. The IAM policy must allow the sender to send logs to the destination. For more information, see [PutDestinationPolicy](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutDestinationPolicy.html).
    ///
    /// - A Kinesis Data Firehose delivery stream belonging to the same account as the subscription filter, for same-account delivery.
    ///
    /// - A Lambda function belonging to the same account as the subscription filter, for same-account delivery.
    pub destination_arn: String,
    /// The ARN of an IAM role that grants CloudWatch Logs permissions to deliver ingested log events to the destination stream. You don't need to provide the ARN when you are working with a logical destination for cross-account delivery.
    pub role_arn: Option<String>,
    /// The method used to distribute log data to the destination. By default, log data is grouped by log stream, but the grouping can be set to random for a more even distribution. This property is only applicable when the destination is an Amazon Kinesis data stream.
    pub distribution: Option<Distribution>,
    /// This parameter is valid only for log groups that have an active log transformer. For more information about log transformers, see [PutTransformer](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutTransformer.html).
    ///
    /// If the log group uses either a log-group level or account-level transformer, and you specify `true`, the subscription filter will be applied on the transformed version of the log events instead of the original ingested log events.
    pub apply_on_transformed_logs: Option<bool>,
    /// A filter expression that specifies which log events should be processed by this subscription filter based on system fields such as source account and source region. Uses selection criteria syntax with operators like `=`, `!=`, `AND`, `OR`, `IN`, `NOT IN`. Example: `@aws.region NOT IN \["cn-north-1"\]` or `@aws.account = "123456789012" AND @aws.region = "us-east-1"`. Maximum length: 2000 characters.
    pub field_selection_criteria: Option<String>,
    /// A list of system fields to include in the log events sent to the subscription destination. Valid values are `@aws.account`, `@aws.region`, and `@source.log`. These fields provide source information for centralized log data in the forwarded payload.
    pub emit_system_fields: Option<Vec<String>>,
}
rt::structure!(
    PutSubscriptionFilterInput, PUT_SUBSCRIPTION_FILTER_INPUT, [log_group_name,
    filter_name, filter_pattern, destination_arn, role_arn, distribution,
    apply_on_transformed_logs, field_selection_criteria, emit_system_fields]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutSyslogConfigurationInput {
    /// The name or ARN of the log group to associate with the syslog configuration.
    pub log_group_identifier: String,
    /// The ID of the VPC endpoint to use for syslog ingestion.
    pub vpc_endpoint_id: Option<String>,
}
rt::structure!(
    PutSyslogConfigurationInput, PUT_SYSLOG_CONFIGURATION_INPUT, [log_group_identifier,
    vpc_endpoint_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutTransformerInput {
    /// Specify either the name or ARN of the log group to create the transformer for.
    pub log_group_identifier: String,
    /// This structure contains the configuration of this log transformer. A log transformer is an array of processors, where each processor applies one type of transformation to the log events that are ingested.
    pub transformer_config: Vec<Processor>,
}
rt::structure!(
    PutTransformerInput, PUT_TRANSFORMER_INPUT, [log_group_identifier,
    transformer_config]
);
/// Reserved.
#[derive(Clone, Default, PartialEq)]
pub struct QueryCompileError {
    /// Reserved.
    pub location: Option<QueryCompileErrorLocation>,
    /// Reserved.
    pub message: Option<String>,
}
rt::structure!(QueryCompileError, QUERY_COMPILE_ERROR, [location, message]);
/// Reserved.
#[derive(Clone, Default, PartialEq)]
pub struct QueryCompileErrorLocation {
    /// Reserved.
    pub start_char_offset: Option<i32>,
    /// Reserved.
    pub end_char_offset: Option<i32>,
}
rt::structure!(
    QueryCompileErrorLocation, QUERY_COMPILE_ERROR_LOCATION, [start_char_offset,
    end_char_offset]
);
/// This structure contains details about a saved CloudWatch Logs Insights query definition.
#[derive(Clone, Default, PartialEq)]
pub struct QueryDefinition {
    /// The query language used for this query. For more information about the query languages that CloudWatch Logs supports, see [Supported query languages](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_AnalyzeLogData_Languages.html).
    pub query_language: Option<QueryLanguage>,
    /// The unique ID of the query definition.
    pub query_definition_id: Option<String>,
    /// The name of the query definition.
    pub name: Option<String>,
    /// The query string to use for this definition. For more information, see [CloudWatch Logs Insights Query Syntax](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_QuerySyntax.html).
    pub query_string: Option<String>,
    /// The date that the query definition was most recently modified.
    pub last_modified: Option<i64>,
    /// If this query definition contains a list of log groups that it is limited to, that list appears here.
    pub log_group_names: Option<Vec<String>>,
    /// If this query definition contains a list of query parameters that define placeholder variables for the query string, that list appears here.
    pub parameters: Option<Vec<QueryParameter>>,
}
rt::structure!(
    QueryDefinition, QUERY_DEFINITION, [query_language, query_definition_id, name,
    query_string, last_modified, log_group_names, parameters]
);
/// Information about one CloudWatch Logs Insights query that matches the request in a `DescribeQueries` operation.
#[derive(Clone, Default, PartialEq)]
pub struct QueryInfo {
    /// The query language used for this query. For more information about the query languages that CloudWatch Logs supports, see [Supported query languages](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_AnalyzeLogData_Languages.html).
    pub query_language: Option<QueryLanguage>,
    /// The unique ID number of this query.
    pub query_id: Option<String>,
    /// The query string used in this query.
    pub query_string: Option<String>,
    /// The status of this query. Possible values are `Cancelled`, `Complete`, `Failed`, `Running`, `Scheduled`, and `Unknown`.
    pub status: Option<QueryStatus>,
    /// The date and time that this query was created.
    pub create_time: Option<i64>,
    /// The name of the log group scanned by this query.
    pub log_group_name: Option<String>,
    /// The duration in milliseconds that the query took to execute.
    pub query_duration: Option<i64>,
    /// The total number of bytes scanned by the query. This indicates the cost associated with the query.
    pub bytes_scanned: Option<f64>,
    /// The ARN of the user who ran the query.
    pub user_identity: Option<String>,
}
rt::structure!(
    QueryInfo, QUERY_INFO, [query_language, query_id, query_string, status, create_time,
    log_group_name, query_duration, bytes_scanned, user_identity]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum QueryLanguage {
    /// `CWLI`
    Cwli,
    /// `SQL`
    Sql,
    /// `PPL`
    Ppl,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(QueryLanguage, { Cwli => "CWLI", Sql => "SQL", Ppl => "PPL" });
/// This structure defines a query parameter for a saved CloudWatch Logs Insights query definition. Query parameters are supported only for Logs Insights QL queries. They are placeholder variables that you can reference in a query string using the `{{parameterName}}` syntax. Each parameter can include a default value and a description.
#[derive(Clone, Default, PartialEq)]
pub struct QueryParameter {
    /// The name of the query parameter. A query parameter name must start with a letter or underscore, and contain only letters, digits, and underscores.
    pub name: String,
    /// The default value to use for this query parameter if no value is supplied at execution time.
    pub default_value: Option<String>,
    /// A description of the query parameter that explains its purpose or expected values.
    pub description: Option<String>,
}
rt::structure!(QueryParameter, QUERY_PARAMETER, [name, default_value, description]);
/// Contains the number of log events scanned by the query, the number of log events that matched the query criteria, and the total number of bytes in the log events that were scanned.
///
/// If the query involved log groups that have field index policies, the estimated number of skipped log events and the total bytes of those skipped log events are included. Using field indexes to skip log events in queries reduces scan volume and improves performance. For more information, see [Create field indexes to improve query performance and reduce scan volume](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatchLogs-Field-Indexing.html).
#[derive(Clone, Default, PartialEq)]
pub struct QueryStatistics {
    /// The number of log events that matched the query string.
    pub records_matched: Option<f64>,
    /// The total number of log events scanned during the query.
    pub records_scanned: Option<f64>,
    /// An estimate of the number of log events that were skipped when processing this query, because the query contained an indexed field. Skipping these entries lowers query costs and improves the query performance time. For more information about field indexes, see [PutIndexPolicy](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutIndexPolicy.html).
    pub estimated_records_skipped: Option<f64>,
    /// The total number of bytes in the log events scanned during the query.
    pub bytes_scanned: Option<f64>,
    /// An estimate of the number of bytes in the log events that were skipped when processing this query, because the query contained an indexed field. Skipping these entries lowers query costs and improves the query performance time. For more information about field indexes, see [PutIndexPolicy](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutIndexPolicy.html).
    pub estimated_bytes_skipped: Option<f64>,
    /// The number of log groups that were scanned by this query.
    pub log_groups_scanned: Option<f64>,
    /// The number of rows in the final query result set. This value represents the total number of output rows across all pages. For queries that include post-aggregation filters (such as `stats count(\*) by field \| filter count \> threshold`), this value might be less than `recordsMatched`. It reflects only the rows that survived all operations in the query.
    pub result_count: Option<f64>,
}
rt::structure!(
    QueryStatistics, QUERY_STATISTICS, [records_matched, records_scanned,
    estimated_records_skipped, bytes_scanned, estimated_bytes_skipped,
    log_groups_scanned, result_count]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum QueryStatus {
    /// `Scheduled`
    Scheduled,
    /// `Running`
    Running,
    /// `Complete`
    Complete,
    /// `Failed`
    Failed,
    /// `Cancelled`
    Cancelled,
    /// `Timeout`
    Timeout,
    /// `Unknown`
    UnknownValue,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    QueryStatus, { Scheduled => "Scheduled", Running => "Running", Complete =>
    "Complete", Failed => "Failed", Cancelled => "Cancelled", Timeout => "Timeout",
    UnknownValue => "Unknown" }
);
/// A structure that represents a valid record field header and whether it is mandatory.
#[derive(Clone, Default, PartialEq)]
pub struct RecordField {
    /// The name to use when specifying this record field in a [CreateDelivery](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateDelivery.html) or [UpdateDeliveryConfiguration](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_UpdateDeliveryConfiguration.html) operation.
    pub name: Option<String>,
    /// If this is `true`, the record field must be present in the `recordFields` parameter provided to a [CreateDelivery](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateDelivery.html) or [UpdateDeliveryConfiguration](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_UpdateDeliveryConfiguration.html) operation.
    pub mandatory: Option<bool>,
}
rt::structure!(RecordField, RECORD_FIELD, [name, mandatory]);
/// If an entity is rejected when a `PutLogEvents` request was made, this includes details about the reason for the rejection.
#[derive(Clone, Default, PartialEq)]
pub struct RejectedEntityInfo {
    /// The type of error that caused the rejection of the entity when calling `PutLogEvents`.
    pub error_type: EntityRejectionErrorType,
}
rt::structure!(RejectedEntityInfo, REJECTED_ENTITY_INFO, [error_type]);
/// Represents the rejected events.
#[derive(Clone, Default, PartialEq)]
pub struct RejectedLogEventsInfo {
    /// The index of the first log event that is too new. This field is inclusive.
    pub too_new_log_event_start_index: Option<i32>,
    /// The index of the last log event that is too old. This field is exclusive.
    pub too_old_log_event_end_index: Option<i32>,
    /// The expired log events.
    pub expired_log_event_end_index: Option<i32>,
}
rt::structure!(
    RejectedLogEventsInfo, REJECTED_LOG_EVENTS_INFO, [too_new_log_event_start_index,
    too_old_log_event_end_index, expired_log_event_end_index]
);
/// This object defines one key that will be renamed with the [ renameKey](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-renameKey) processor.
#[derive(Clone, Default, PartialEq)]
pub struct RenameKeyEntry {
    /// The key to rename
    pub key: String,
    /// The string to use for the new key name
    pub rename_to: String,
    /// Specifies whether to overwrite the existing value if the destination key already exists. The default is `false`
    pub overwrite_if_exists: Option<bool>,
}
rt::structure!(RenameKeyEntry, RENAME_KEY_ENTRY, [key, rename_to, overwrite_if_exists]);
/// Use this processor to rename keys in a log event.
///
/// For more information about this processor including examples, see [ renameKeys](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-renameKeys) in the *CloudWatch Logs User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct RenameKeys {
    /// An array of `RenameKeyEntry` objects, where each object contains the information about a single key to rename.
    pub entries: Vec<RenameKeyEntry>,
}
rt::structure!(RenameKeys, RENAME_KEYS, [entries]);
/// The specified resource already exists.
#[derive(Clone, Default, PartialEq)]
pub struct ResourceAlreadyExistsException {}
rt::structure!(ResourceAlreadyExistsException, RESOURCE_ALREADY_EXISTS_EXCEPTION, []);
/// This structure contains configuration details about an integration between CloudWatch Logs and another entity.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum ResourceConfig {
    /// This structure contains configuration details about an integration between CloudWatch Logs and OpenSearch Service.
    OpenSearchResourceConfig(OpenSearchResourceConfig),
    /// A member this version of the client does not know, by name.
    Unknown(String),
}
rt::union!(ResourceConfig, RESOURCE_CONFIG, [OpenSearchResourceConfig]);
/// The specified resource does not exist.
#[derive(Clone, Default, PartialEq)]
pub struct ResourceNotFoundException {}
rt::structure!(ResourceNotFoundException, RESOURCE_NOT_FOUND_EXCEPTION, []);
/// A policy enabling one or more entities to put logs to a log group in this account.
#[derive(Clone, Default, PartialEq)]
pub struct ResourcePolicy {
    /// The name of the resource policy.
    pub policy_name: Option<String>,
    /// The details of the policy.
    pub policy_document: Option<String>,
    /// Timestamp showing when this policy was last updated, expressed as the number of milliseconds after `Jan 1, 1970 00:00:00 UTC`.
    pub last_updated_time: Option<i64>,
    /// Specifies scope of the resource policy. Valid values are ACCOUNT or RESOURCE.
    pub policy_scope: Option<PolicyScope>,
    /// The ARN of the CloudWatch Logs resource to which the resource policy is attached. Only populated for resource-scoped policies.
    pub resource_arn: Option<String>,
    /// The revision ID of the resource policy. Only populated for resource-scoped policies.
    pub revision_id: Option<String>,
}
rt::structure!(
    ResourcePolicy, RESOURCE_POLICY, [policy_name, policy_document, last_updated_time,
    policy_scope, resource_arn, revision_id]
);
/// Contains one field from one log event returned by a CloudWatch Logs Insights query, along with the value of that field.
///
/// For more information about the fields that are generated by CloudWatch logs, see [Supported Logs and Discovered Fields](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_AnalyzeLogData-discoverable-fields.html).
#[derive(Clone, Default, PartialEq)]
pub struct ResultField {
    /// The log event field.
    pub field: Option<String>,
    /// The value of this field.
    pub value: Option<String>,
}
rt::structure!(ResultField, RESULT_FIELD, [field, value]);
/// Configuration for Amazon S3 destination where scheduled query results are delivered.
#[derive(Clone, Default, PartialEq)]
pub struct S3Configuration {
    /// The Amazon S3 URI where query results are delivered. Must be a valid S3 URI format.
    pub destination_identifier: String,
    /// The ARN of the IAM role that grants permissions to write query results to the specified Amazon S3 destination.
    pub role_arn: String,
    /// The Amazon Web Services accountId for the bucket owning account.
    pub owner_account_id: Option<String>,
    /// The Amazon Resource Name (ARN) of the KMS encryption key. Must belong to the same Amazon Web Services Region as the destination Amazon S3 bucket.
    pub kms_key_id: Option<String>,
}
rt::structure!(
    S3Configuration, S3_CONFIGURATION, [destination_identifier, role_arn,
    owner_account_id, kms_key_id]
);
/// This structure contains delivery configurations that apply only when the delivery destination resource is an S3 bucket.
#[derive(Clone, Default, PartialEq)]
pub struct S3DeliveryConfiguration {
    /// This string allows re-configuring the S3 object prefix to contain either static or variable sections. The valid variables to use in the suffix path vary by log type. To find the values supported for the suffix path for each log type, use the [DescribeConfigurationTemplates](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeConfigurationTemplates.html) operation and check the `allowedSuffixPathFields` field in the response. For more information about how the destination prefix, suffix path, and Hive-compatible setting determine the Amazon S3 object key, see [Amazon S3 object key for V2 deliveries](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/AWS-logs-infrastructure-V2-S3.html#AWS-logs-infrastructure-V2-S3-object-key).
    pub suffix_path: Option<String>,
    /// This parameter causes the S3 objects that contain delivered logs to use a prefix structure that allows for integration with Apache Hive.
    pub enable_hive_compatible_path: Option<bool>,
}
rt::structure!(
    S3DeliveryConfiguration, S3_DELIVERY_CONFIGURATION, [suffix_path,
    enable_hive_compatible_path]
);
/// Represents a data source association with an S3 Table Integration, including its status and metadata.
#[derive(Clone, Default, PartialEq)]
pub struct S3TableIntegrationSource {
    /// The unique identifier for this data source association.
    pub identifier: Option<String>,
    /// The data source associated with the S3 Table Integration.
    pub data_source: Option<DataSource>,
    /// The current status of the data source association.
    pub status: Option<S3TableIntegrationSourceStatus>,
    /// Additional information about the status of the data source association.
    pub status_reason: Option<String>,
    /// The timestamp when the data source association was created.
    pub created_time_stamp: Option<i64>,
    /// The identifier of the parent data source for this association.
    pub parent_source_identifier: Option<String>,
}
rt::structure!(
    S3TableIntegrationSource, S3_TABLE_INTEGRATION_SOURCE, [identifier, data_source,
    status, status_reason, created_time_stamp, parent_source_identifier]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum S3TableIntegrationSourceStatus {
    /// `ACTIVE`
    Active,
    /// `UNHEALTHY`
    Unhealthy,
    /// `FAILED`
    Failed,
    /// `DATA_SOURCE_DELETE_IN_PROGRESS`
    DataSourceDeleteInProgress,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    S3TableIntegrationSourceStatus, { Active => "ACTIVE", Unhealthy => "UNHEALTHY",
    Failed => "FAILED", DataSourceDeleteInProgress => "DATA_SOURCE_DELETE_IN_PROGRESS" }
);
/// Contains information about the S3 Tables integration configuration for a configuration template.
#[derive(Clone, Default, PartialEq)]
pub struct S3TablesIntegration {
    /// The name of the S3 Tables datasource.
    pub datasource_name: Option<String>,
    /// The type of the S3 Tables datasource.
    pub datasource_type: Option<String>,
}
rt::structure!(
    S3TablesIntegration, S3_TABLES_INTEGRATION, [datasource_name, datasource_type]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ScheduleType {
    /// `CUSTOMER_MANAGED`
    CustomerManaged,
    /// `AWS_MANAGED`
    AwsManaged,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ScheduleType, { CustomerManaged => "CUSTOMER_MANAGED", AwsManaged => "AWS_MANAGED" }
);
/// Information about a destination where scheduled query results are processed, including processing status and any error messages.
#[derive(Clone, Default, PartialEq)]
pub struct ScheduledQueryDestination {
    /// The type of destination for query results.
    pub destination_type: Option<ScheduledQueryDestinationType>,
    /// The identifier for the destination where results are delivered.
    pub destination_identifier: Option<String>,
    /// The processing status of the destination delivery.
    pub status: Option<ActionStatus>,
    /// The identifier of the processed result at the destination.
    pub processed_identifier: Option<String>,
    /// Error message if destination processing failed.
    pub error_message: Option<String>,
}
rt::structure!(
    ScheduledQueryDestination, SCHEDULED_QUERY_DESTINATION, [destination_type,
    destination_identifier, status, processed_identifier, error_message]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ScheduledQueryDestinationType {
    /// `S3`
    S3,
    /// `LOOKUP_TABLE`
    LookupTable,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ScheduledQueryDestinationType, { S3 => "S3", LookupTable => "LOOKUP_TABLE" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ScheduledQueryState {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(ScheduledQueryState, { Enabled => "ENABLED", Disabled => "DISABLED" });
/// Summary information about a scheduled query, including basic configuration and execution status.
#[derive(Clone, Default, PartialEq)]
pub struct ScheduledQuerySummary {
    /// The ARN of the scheduled query.
    pub scheduled_query_arn: Option<String>,
    /// The name of the scheduled query.
    pub name: Option<String>,
    /// The current state of the scheduled query.
    pub state: Option<ScheduledQueryState>,
    /// The schedule type of the scheduled query. Valid values are `CUSTOMER\_MANAGED` and `AWS\_MANAGED`.
    pub schedule_type: Option<ScheduleType>,
    /// The timestamp when the scheduled query was last executed.
    pub last_triggered_time: Option<i64>,
    /// The status of the most recent execution.
    pub last_execution_status: Option<ExecutionStatus>,
    /// The cron expression that defines when the scheduled query runs.
    pub schedule_expression: Option<String>,
    /// The timezone used for evaluating the schedule expression.
    pub timezone: Option<String>,
    /// Configuration for where query results are delivered.
    pub destination_configuration: Option<DestinationConfiguration>,
    /// The timestamp when the scheduled query was created.
    pub creation_time: Option<i64>,
    /// The timestamp when the scheduled query was last updated.
    pub last_updated_time: Option<i64>,
}
rt::structure!(
    ScheduledQuerySummary, SCHEDULED_QUERY_SUMMARY, [scheduled_query_arn, name, state,
    schedule_type, last_triggered_time, last_execution_status, schedule_expression,
    timezone, destination_configuration, creation_time, last_updated_time]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Scope {
    /// `ALL`
    All,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(Scope, { All => "ALL" });
/// Represents the search status of a log stream.
#[derive(Clone, Default, PartialEq)]
pub struct SearchedLogStream {
    /// The name of the log stream.
    pub log_stream_name: Option<String>,
    /// Indicates whether all the events in this log stream were searched.
    pub searched_completely: Option<bool>,
}
rt::structure!(
    SearchedLogStream, SEARCHED_LOG_STREAM, [log_stream_name, searched_completely]
);
/// This request exceeds a service quota.
#[derive(Clone, Default, PartialEq)]
pub struct ServiceQuotaExceededException {}
rt::structure!(ServiceQuotaExceededException, SERVICE_QUOTA_EXCEEDED_EXCEPTION, []);
/// The service cannot complete the request.
#[derive(Clone, Default, PartialEq)]
pub struct ServiceUnavailableException {}
rt::structure!(ServiceUnavailableException, SERVICE_UNAVAILABLE_EXCEPTION, []);
/// This exception is returned if an unknown error occurs during a Live Tail session.
#[derive(Clone, Default, PartialEq)]
pub struct SessionStreamingException {
    pub message: Option<String>,
}
rt::structure!(SessionStreamingException, SESSION_STREAMING_EXCEPTION, [message]);
/// This exception is returned in a Live Tail stream when the Live Tail session times out. Live Tail sessions time out after three hours.
#[derive(Clone, Default, PartialEq)]
pub struct SessionTimeoutException {
    pub message: Option<String>,
}
rt::structure!(SessionTimeoutException, SESSION_TIMEOUT_EXCEPTION, [message]);
/// Use this processor to split a field into an array of strings using a delimiting character.
///
/// For more information about this processor including examples, see [ splitString](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-splitString) in the *CloudWatch Logs User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct SplitString {
    /// An array of `SplitStringEntry` objects, where each object contains the information about one field to split.
    pub entries: Vec<SplitStringEntry>,
}
rt::structure!(SplitString, SPLIT_STRING, [entries]);
/// This object defines one log field that will be split with the [ splitString](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-splitString) processor.
#[derive(Clone, Default, PartialEq)]
pub struct SplitStringEntry {
    /// The key of the field to split.
    pub source: String,
    /// The separator characters to split the string entry on.
    pub delimiter: String,
}
rt::structure!(SplitStringEntry, SPLIT_STRING_ENTRY, [source, delimiter]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StandardUnit {
    /// `Seconds`
    Seconds,
    /// `Microseconds`
    Microseconds,
    /// `Milliseconds`
    Milliseconds,
    /// `Bytes`
    Bytes,
    /// `Kilobytes`
    Kilobytes,
    /// `Megabytes`
    Megabytes,
    /// `Gigabytes`
    Gigabytes,
    /// `Terabytes`
    Terabytes,
    /// `Bits`
    Bits,
    /// `Kilobits`
    Kilobits,
    /// `Megabits`
    Megabits,
    /// `Gigabits`
    Gigabits,
    /// `Terabits`
    Terabits,
    /// `Percent`
    Percent,
    /// `Count`
    Count,
    /// `Bytes/Second`
    BytesSecond,
    /// `Kilobytes/Second`
    KilobytesSecond,
    /// `Megabytes/Second`
    MegabytesSecond,
    /// `Gigabytes/Second`
    GigabytesSecond,
    /// `Terabytes/Second`
    TerabytesSecond,
    /// `Bits/Second`
    BitsSecond,
    /// `Kilobits/Second`
    KilobitsSecond,
    /// `Megabits/Second`
    MegabitsSecond,
    /// `Gigabits/Second`
    GigabitsSecond,
    /// `Terabits/Second`
    TerabitsSecond,
    /// `Count/Second`
    CountSecond,
    /// `None`
    None,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    StandardUnit, { Seconds => "Seconds", Microseconds => "Microseconds", Milliseconds =>
    "Milliseconds", Bytes => "Bytes", Kilobytes => "Kilobytes", Megabytes => "Megabytes",
    Gigabytes => "Gigabytes", Terabytes => "Terabytes", Bits => "Bits", Kilobits =>
    "Kilobits", Megabits => "Megabits", Gigabits => "Gigabits", Terabits => "Terabits",
    Percent => "Percent", Count => "Count", BytesSecond => "Bytes/Second",
    KilobytesSecond => "Kilobytes/Second", MegabytesSecond => "Megabytes/Second",
    GigabytesSecond => "Gigabytes/Second", TerabytesSecond => "Terabytes/Second",
    BitsSecond => "Bits/Second", KilobitsSecond => "Kilobits/Second", MegabitsSecond =>
    "Megabits/Second", GigabitsSecond => "Gigabits/Second", TerabitsSecond =>
    "Terabits/Second", CountSecond => "Count/Second", None => "None" }
);
#[derive(Clone, Default, PartialEq)]
pub struct StartLiveTailInput {
    /// An array where each item in the array is a log group to include in the Live Tail session.
    ///
    /// Specify each log group by its ARN.
    ///
    /// If you specify an ARN, the ARN can't end with an asterisk (\*).
    ///
    /// You can include up to 10 log groups.
    pub log_group_identifiers: Vec<String>,
    /// If you specify this parameter, then only log events in the log streams that you specify here are included in the Live Tail session.
    ///
    /// If you specify this field, you can't also specify the `logStreamNamePrefixes` field.
    ///
    /// You can specify this parameter only if you specify only one log group in `logGroupIdentifiers`.
    pub log_stream_names: Option<Vec<String>>,
    /// If you specify this parameter, then only log events in the log streams that have names that start with the prefixes that you specify here are included in the Live Tail session.
    ///
    /// If you specify this field, you can't also specify the `logStreamNames` field.
    ///
    /// You can specify this parameter only if you specify only one log group in `logGroupIdentifiers`.
    pub log_stream_name_prefixes: Option<Vec<String>>,
    /// An optional pattern to use to filter the results to include only log events that match the pattern. For example, a filter pattern of `error 404` causes only log events that include both `error` and `404` to be included in the Live Tail stream.
    ///
    /// Regular expression filter patterns are supported.
    ///
    /// For more information about filter pattern syntax, see [Filter and Pattern Syntax](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html).
    pub log_event_filter_pattern: Option<String>,
}
rt::structure!(
    StartLiveTailInput, START_LIVE_TAIL_INPUT, [log_group_identifiers, log_stream_names,
    log_stream_name_prefixes, log_event_filter_pattern]
);
#[derive(Default)]
pub struct StartLiveTailOutput {
    /// An object that includes the stream returned by your request. It can include both log events and exceptions.
    pub response_stream: rt::EventStream<StartLiveTailResponseStream>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    StartLiveTailOutput, START_LIVE_TAIL_OUTPUT, [response_stream], meta =
    response_metadata
);
/// This object includes the stream returned by your [StartLiveTail](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_StartLiveTail.html) request.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum StartLiveTailResponseStream {
    /// This object contains information about this Live Tail session, including the log groups included and the log stream filters, if any.
    SessionStart(LiveTailSessionStart),
    /// This object contains the log events and session metadata.
    SessionUpdate(LiveTailSessionUpdate),
    /// This exception is returned in the stream when the Live Tail session times out. Live Tail sessions time out after three hours.
    SessionTimeoutException(SessionTimeoutException),
    /// This exception is returned if an unknown error occurs.
    SessionStreamingException(SessionStreamingException),
    /// A member this version of the client does not know, by name.
    Unknown(String),
}
rt::union!(
    StartLiveTailResponseStream, START_LIVE_TAIL_RESPONSE_STREAM, [SessionStart,
    SessionUpdate, SessionTimeoutException, SessionStreamingException]
);
#[derive(Clone, Default, PartialEq)]
pub struct StartQueryInput {
    /// Specify the query language to use for this query. The options are Logs Insights QL, OpenSearch PPL, and OpenSearch SQL. For more information about the query languages that CloudWatch Logs supports, see [Supported query languages](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_AnalyzeLogData_Languages.html).
    pub query_language: Option<QueryLanguage>,
    /// The log group on which to perform the query.
    ///
    /// A `StartQuery` operation must include exactly one of the following parameters: `logGroupName`, `logGroupNames`, or `logGroupIdentifiers`. The exception is queries using the OpenSearch Service SQL query language, where you specify the log group names inside the `querystring` instead of here.
    pub log_group_name: Option<String>,
    /// The list of log groups to be queried. You can include up to 50 log groups.
    ///
    /// A `StartQuery` operation must include exactly one of the following parameters: `logGroupName`, `logGroupNames`, or `logGroupIdentifiers`. The exception is queries using the OpenSearch Service SQL query language, where you specify the log group names inside the `querystring` instead of here.
    pub log_group_names: Option<Vec<String>>,
    /// The list of log groups to query. You can include up to 50 log groups.
    ///
    /// You can specify them by the log group name or ARN. If a log group that you're querying is in a source account and you're using a monitoring account, you must specify the ARN of the log group here. The query definition must also be defined in the monitoring account.
    ///
    /// If you specify an ARN, use the format arn:aws:logs:*region*:*account-id*:log-group:*log\_group\_name* Don't include an \* at the end.
    ///
    /// A `StartQuery` operation must include exactly one of the following parameters: `logGroupName`, `logGroupNames`, or `logGroupIdentifiers`. The exception is queries using the OpenSearch Service SQL query language, where you specify the log group names inside the `querystring` instead of here.
    pub log_group_identifiers: Option<Vec<String>>,
    /// The beginning of the time range to query. The range is inclusive, so the specified start time is included in the query. Specified as epoch time, the number of seconds since `January 1, 1970, 00:00:00 UTC`.
    pub start_time: i64,
    /// The end of the time range to query. The range is inclusive, so the specified end time is included in the query. Specified as epoch time, the number of seconds since `January 1, 1970, 00:00:00 UTC`.
    pub end_time: i64,
    /// The query string to use. For more information, see [CloudWatch Logs Insights Query Syntax](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_QuerySyntax.html).
    pub query_string: String,
    /// The maximum number of log events to return from the query. The maximum limit is 100,000. The maximum events returned in a single GetQueryResults API call is 10,000 log events per request. You can retrieve up to 100,000 log event results from a query by paginating with the `nextToken`. 100,000 limit is only supported for Logs Insights QL and is currently not supported for PPL and SQL query languages.
    pub limit: Option<i32>,
}
rt::structure!(
    StartQueryInput, START_QUERY_INPUT, [query_language, log_group_name, log_group_names,
    log_group_identifiers, start_time, end_time, query_string, limit]
);
#[derive(Clone, Default, PartialEq)]
pub struct StartQueryOutput {
    /// The unique ID of the query.
    pub query_id: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    StartQueryOutput, START_QUERY_OUTPUT, [query_id], meta = response_metadata
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum State {
    /// `Active`
    Active,
    /// `Suppressed`
    Suppressed,
    /// `Baseline`
    Baseline,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    State, { Active => "Active", Suppressed => "Suppressed", Baseline => "Baseline" }
);
#[derive(Clone, Default, PartialEq)]
pub struct StopQueryInput {
    /// The ID number of the query to stop. To find this ID number, use `DescribeQueries`.
    pub query_id: String,
}
rt::structure!(StopQueryInput, STOP_QUERY_INPUT, [query_id]);
#[derive(Clone, Default, PartialEq)]
pub struct StopQueryOutput {
    /// This is true if the query was stopped by the `StopQuery` operation.
    pub success: Option<bool>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(StopQueryOutput, STOP_QUERY_OUTPUT, [success], meta = response_metadata);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StorageTier {
    /// `STANDARD`
    Standard,
    /// `INTELLIGENT_TIERING`
    IntelligentTiering,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    StorageTier, { Standard => "STANDARD", IntelligentTiering => "INTELLIGENT_TIERING" }
);
/// Represents a subscription filter.
#[derive(Clone, Default, PartialEq)]
pub struct SubscriptionFilter {
    /// The name of the subscription filter.
    pub filter_name: Option<String>,
    /// The name of the log group.
    pub log_group_name: Option<String>,
    /// A symbolic description of how CloudWatch Logs should interpret the data in each log event. For example, a log event can contain timestamps, IP addresses, strings, and so on. You use the filter pattern to specify what to look for in the log event message.
    pub filter_pattern: Option<String>,
    /// The Amazon Resource Name (ARN) of the destination.
    pub destination_arn: Option<String>,
    pub role_arn: Option<String>,
    /// The method used to distribute log data to the destination, which can be either random or grouped by log stream.
    pub distribution: Option<Distribution>,
    /// This parameter is valid only for log groups that have an active log transformer. For more information about log transformers, see [PutTransformer](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutTransformer.html).
    ///
    /// If this value is `true`, the subscription filter is applied on the transformed version of the log events instead of the original ingested log events.
    pub apply_on_transformed_logs: Option<bool>,
    /// The creation time of the subscription filter, expressed as the number of milliseconds after `Jan 1, 1970 00:00:00 UTC`.
    pub creation_time: Option<i64>,
    /// The filter expression that specifies which log events are processed by this subscription filter based on system fields. Returns the `fieldSelectionCriteria` value if it was specified when the subscription filter was created.
    pub field_selection_criteria: Option<String>,
    /// The list of system fields that are included in the log events sent to the subscription destination. Returns the `emitSystemFields` value if it was specified when the subscription filter was created.
    pub emit_system_fields: Option<Vec<String>>,
}
rt::structure!(
    SubscriptionFilter, SUBSCRIPTION_FILTER, [filter_name, log_group_name,
    filter_pattern, destination_arn, role_arn, distribution, apply_on_transformed_logs,
    creation_time, field_selection_criteria, emit_system_fields]
);
/// This processor matches a key’s value against a regular expression and replaces all matches with a replacement string.
///
/// For more information about this processor including examples, see [ substituteString](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-substituteString) in the *CloudWatch Logs User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct SubstituteString {
    /// An array of objects, where each object contains the information about one key to match and replace.
    pub entries: Vec<SubstituteStringEntry>,
}
rt::structure!(SubstituteString, SUBSTITUTE_STRING, [entries]);
/// This object defines one log field key that will be replaced using the [ substituteString](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-substituteString) processor.
#[derive(Clone, Default, PartialEq)]
pub struct SubstituteStringEntry {
    /// The key to modify
    pub source: String,
    /// The regular expression string to be replaced. Special regex characters such as \[ and \] must be escaped using \\ when using double quotes and with \ when using single quotes. For more information, see [ Class Pattern](https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/util/regex/Pattern.html) on the Oracle web site.
    pub from: String,
    /// The string to be substituted for each match of `from`
    pub to: String,
}
rt::structure!(SubstituteStringEntry, SUBSTITUTE_STRING_ENTRY, [source, from, to]);
/// If you are suppressing an anomaly temporariliy, this structure defines how long the suppression period is to be.
#[derive(Clone, Default, PartialEq)]
pub struct SuppressionPeriod {
    /// Specifies the number of seconds, minutes or hours to suppress this anomaly. There is no maximum.
    pub value: Option<i32>,
    /// Specifies whether the value of `value` is in seconds, minutes, or hours.
    pub suppression_unit: Option<SuppressionUnit>,
}
rt::structure!(SuppressionPeriod, SUPPRESSION_PERIOD, [value, suppression_unit]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SuppressionState {
    /// `SUPPRESSED`
    Suppressed,
    /// `UNSUPPRESSED`
    Unsuppressed,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    SuppressionState, { Suppressed => "SUPPRESSED", Unsuppressed => "UNSUPPRESSED" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SuppressionType {
    /// `LIMITED`
    Limited,
    /// `INFINITE`
    Infinite,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(SuppressionType, { Limited => "LIMITED", Infinite => "INFINITE" });
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SuppressionUnit {
    /// `SECONDS`
    Seconds,
    /// `MINUTES`
    Minutes,
    /// `HOURS`
    Hours,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    SuppressionUnit, { Seconds => "SECONDS", Minutes => "MINUTES", Hours => "HOURS" }
);
/// Contains information about a syslog configuration associated with a log group.
#[derive(Clone, Default, PartialEq)]
pub struct SyslogConfiguration {
    /// The ARN of the log group associated with this syslog configuration.
    pub log_group_arn: Option<String>,
    /// The source type for the syslog configuration.
    pub source_type: Option<SyslogSourceType>,
    /// The ID of the VPC endpoint used for syslog ingestion.
    pub vpc_endpoint_id: Option<String>,
    /// The time when the syslog configuration was created, expressed as the number of milliseconds after `Jan 1, 1970 00:00:00 UTC`.
    pub created_at: Option<i64>,
}
rt::structure!(
    SyslogConfiguration, SYSLOG_CONFIGURATION, [log_group_arn, source_type,
    vpc_endpoint_id, created_at]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SyslogSourceType {
    /// `VPCE`
    Vpce,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(SyslogSourceType, { Vpce => "VPCE" });
/// A tag filter that specifies a tag key and optional tag values for filtering log groups by tags.
#[derive(Clone, Default, PartialEq)]
pub struct TagFilter {
    /// The tag key to filter on.
    pub key: String,
    /// An optional list of tag values to filter on.
    ///
    /// - If you specify a filter that contains more than one value for a key, the response returns log groups that match any of the specified values for that key.
    ///
    /// - If you don't specify values, the response returns all log groups that are tagged with that key, with any or no value.
    ///
    /// - Use `\*` for wildcard matching. For example, `prod\*` matches values that start with `prod`.
    ///
    /// - Use `!` as a prefix for negation. For example, `!prod` matches values that are not `prod`.
    ///
    /// - Exact matching and negation are case-sensitive. Wildcard matching is case-insensitive.
    pub values: Option<Vec<String>>,
}
rt::structure!(TagFilter, TAG_FILTER, [key, values]);
#[derive(Clone, Default, PartialEq)]
pub struct TagLogGroupInput {
    /// The name of the log group.
    pub log_group_name: String,
    /// The key-value pairs to use for the tags.
    pub tags: rt::IndexMap<String, String>,
}
rt::structure!(TagLogGroupInput, TAG_LOG_GROUP_INPUT, [log_group_name, tags]);
#[derive(Clone, Default, PartialEq)]
pub struct TagResourceInput {
    /// The ARN of the resource that you're adding tags to.
    ///
    /// The ARN format of a log group is `arn:aws:logs:*Region*:*account-id*:log-group:*log-group-name* `
    ///
    /// The ARN format of a destination is `arn:aws:logs:*Region*:*account-id*:destination:*destination-name* `
    ///
    /// For more information about ARN format, see [CloudWatch Logs resources and operations](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/iam-access-control-overview-cwl.html).
    pub resource_arn: String,
    /// The list of key-value pairs to associate with the resource.
    pub tags: rt::IndexMap<String, String>,
}
rt::structure!(TagResourceInput, TAG_RESOURCE_INPUT, [resource_arn, tags]);
#[derive(Clone, Default, PartialEq)]
pub struct TestMetricFilterInput {
    /// A symbolic description of how CloudWatch Logs should interpret the data in each log event. For example, a log event can contain timestamps, IP addresses, strings, and so on. You use the filter pattern to specify what to look for in the log event message.
    pub filter_pattern: String,
    /// The log event messages to test.
    pub log_event_messages: Vec<String>,
}
rt::structure!(
    TestMetricFilterInput, TEST_METRIC_FILTER_INPUT, [filter_pattern, log_event_messages]
);
#[derive(Clone, Default, PartialEq)]
pub struct TestMetricFilterOutput {
    /// The matched events.
    pub matches: Option<Vec<MetricFilterMatchRecord>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    TestMetricFilterOutput, TEST_METRIC_FILTER_OUTPUT, [matches], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct TestTransformerInput {
    /// This structure contains the configuration of this log transformer that you want to test. A log transformer is an array of processors, where each processor applies one type of transformation to the log events that are ingested.
    pub transformer_config: Vec<Processor>,
    /// An array of the raw log events that you want to use to test this transformer.
    pub log_event_messages: Vec<String>,
}
rt::structure!(
    TestTransformerInput, TEST_TRANSFORMER_INPUT, [transformer_config,
    log_event_messages]
);
#[derive(Clone, Default, PartialEq)]
pub struct TestTransformerOutput {
    /// An array where each member of the array includes both the original version and the transformed version of one of the log events that you input.
    pub transformed_logs: Option<Vec<TransformedLogRecord>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    TestTransformerOutput, TEST_TRANSFORMER_OUTPUT, [transformed_logs], meta =
    response_metadata
);
/// The request was throttled because of quota limits.
#[derive(Clone, Default, PartialEq)]
pub struct ThrottlingException {}
rt::structure!(ThrottlingException, THROTTLING_EXCEPTION, []);
/// A resource can have no more than 50 tags.
#[derive(Clone, Default, PartialEq)]
pub struct TooManyTagsException {
    pub message: Option<String>,
    /// The name of the resource.
    pub resource_name: Option<String>,
}
rt::structure!(TooManyTagsException, TOO_MANY_TAGS_EXCEPTION, [message, resource_name]);
/// This structure contains information for one log event that has been processed by a log transformer.
#[derive(Clone, Default, PartialEq)]
pub struct TransformedLogRecord {
    /// The event number.
    pub event_number: Option<i64>,
    /// The original log event message before it was transformed.
    pub event_message: Option<String>,
    /// The log event message after being transformed.
    pub transformed_event_message: Option<String>,
}
rt::structure!(
    TransformedLogRecord, TRANSFORMED_LOG_RECORD, [event_number, event_message,
    transformed_event_message]
);
/// A record of a scheduled query execution, including execution status, timestamp, and destination processing results.
#[derive(Clone, Default, PartialEq)]
pub struct TriggerHistoryRecord {
    /// The unique identifier for this query execution.
    pub query_id: Option<String>,
    /// The execution status of the scheduled query run.
    pub execution_status: Option<ExecutionStatus>,
    /// The timestamp when the scheduled query execution was triggered.
    pub triggered_timestamp: Option<i64>,
    /// Error message if the query execution failed.
    pub error_message: Option<String>,
    /// Information about destination processing for this query execution.
    pub destinations: Option<Vec<ScheduledQueryDestination>>,
}
rt::structure!(
    TriggerHistoryRecord, TRIGGER_HISTORY_RECORD, [query_id, execution_status,
    triggered_timestamp, error_message, destinations]
);
/// Use this processor to remove leading and trailing whitespace.
///
/// For more information about this processor including examples, see [ trimString](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-trimString) in the *CloudWatch Logs User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct TrimString {
    /// The array containing the keys of the fields to trim.
    pub with_keys: Vec<String>,
}
rt::structure!(TrimString, TRIM_STRING, [with_keys]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `boolean`
    Boolean,
    /// `integer`
    Integer,
    /// `double`
    Double,
    /// `string`
    String,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    Type, { Boolean => "boolean", Integer => "integer", Double => "double", String =>
    "string" }
);
/// Use this processor to convert a value type associated with the specified key to the specified type. It's a casting processor that changes the types of the specified fields. Values can be converted into one of the following datatypes: `integer`, `double`, `string` and `boolean`.
///
/// For more information about this processor including examples, see [ trimString](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-trimString) in the *CloudWatch Logs User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct TypeConverter {
    /// An array of `TypeConverterEntry` objects, where each object contains the information about one field to change the type of.
    pub entries: Vec<TypeConverterEntry>,
}
rt::structure!(TypeConverter, TYPE_CONVERTER, [entries]);
/// This object defines one value type that will be converted using the [ typeConverter](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-typeConverter) processor.
#[derive(Clone, Default, PartialEq)]
pub struct TypeConverterEntry {
    /// The key with the value that is to be converted to a different type.
    pub key: String,
    /// The type to convert the field value to. Valid values are `integer`, `double`, `string` and `boolean`.
    pub r#type: Type,
}
rt::structure!(TypeConverterEntry, TYPE_CONVERTER_ENTRY, [key, r#type]);
/// The most likely cause is an Amazon Web Services access key ID or secret key that's not valid.
#[derive(Clone, Default, PartialEq)]
pub struct UnrecognizedClientException {}
rt::structure!(UnrecognizedClientException, UNRECOGNIZED_CLIENT_EXCEPTION, []);
#[derive(Clone, Default, PartialEq)]
pub struct UntagLogGroupInput {
    /// The name of the log group.
    pub log_group_name: String,
    /// The tag keys. The corresponding tags are removed from the log group.
    pub tags: Vec<String>,
}
rt::structure!(UntagLogGroupInput, UNTAG_LOG_GROUP_INPUT, [log_group_name, tags]);
#[derive(Clone, Default, PartialEq)]
pub struct UntagResourceInput {
    /// The ARN of the CloudWatch Logs resource that you're removing tags from.
    ///
    /// The ARN format of a log group is `arn:aws:logs:*Region*:*account-id*:log-group:*log-group-name* `
    ///
    /// The ARN format of a destination is `arn:aws:logs:*Region*:*account-id*:destination:*destination-name* `
    ///
    /// For more information about ARN format, see [CloudWatch Logs resources and operations](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/iam-access-control-overview-cwl.html).
    pub resource_arn: String,
    /// The list of tag keys to remove from the resource.
    pub tag_keys: Vec<String>,
}
rt::structure!(UntagResourceInput, UNTAG_RESOURCE_INPUT, [resource_arn, tag_keys]);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateAnomalyInput {
    /// If you are suppressing or unsuppressing an anomaly, specify its unique ID here. You can find anomaly IDs by using the [ListAnomalies](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_ListAnomalies.html) operation.
    pub anomaly_id: Option<String>,
    /// If you are suppressing or unsuppressing an pattern, specify its unique ID here. You can find pattern IDs by using the [ListAnomalies](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_ListAnomalies.html) operation.
    pub pattern_id: Option<String>,
    /// The ARN of the anomaly detector that this operation is to act on.
    pub anomaly_detector_arn: String,
    /// Use this to specify whether the suppression to be temporary or infinite. If you specify `LIMITED`, you must also specify a `suppressionPeriod`. If you specify `INFINITE`, any value for `suppressionPeriod` is ignored.
    pub suppression_type: Option<SuppressionType>,
    /// If you are temporarily suppressing an anomaly or pattern, use this structure to specify how long the suppression is to last.
    pub suppression_period: Option<SuppressionPeriod>,
    /// Set this to `true` to prevent CloudWatch Logs from displaying this behavior as an anomaly in the future. The behavior is then treated as baseline behavior. However, if similar but more severe occurrences of this behavior occur in the future, those will still be reported as anomalies.
    ///
    /// The default is `false`
    pub baseline: Option<bool>,
}
rt::structure!(
    UpdateAnomalyInput, UPDATE_ANOMALY_INPUT, [anomaly_id, pattern_id,
    anomaly_detector_arn, suppression_type, suppression_period, baseline]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateDeliveryConfigurationInput {
    /// The ID of the delivery to be updated by this request.
    pub id: String,
    /// The list of record fields to be delivered to the destination, in order. If the delivery's log source has mandatory fields, they must be included in this list.
    pub record_fields: Option<Vec<String>>,
    /// The field delimiter to use between record fields when the final output format of a delivery is in `Plain`, `W3C`, or `Raw` format.
    pub field_delimiter: Option<String>,
    /// This structure contains parameters that are valid only when the delivery's delivery destination is an S3 bucket.
    pub s3_delivery_configuration: Option<S3DeliveryConfiguration>,
}
rt::structure!(
    UpdateDeliveryConfigurationInput, UPDATE_DELIVERY_CONFIGURATION_INPUT, [id,
    record_fields, field_delimiter, s3_delivery_configuration]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateDeliveryConfigurationOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    UpdateDeliveryConfigurationOutput, UPDATE_DELIVERY_CONFIGURATION_OUTPUT, [], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateLogAnomalyDetectorInput {
    /// The ARN of the anomaly detector that you want to update.
    pub anomaly_detector_arn: String,
    /// Specifies how often the anomaly detector runs and look for anomalies. Set this value according to the frequency that the log group receives new logs. For example, if the log group receives new log events every 10 minutes, then setting `evaluationFrequency` to `FIFTEEN\_MIN` might be appropriate.
    pub evaluation_frequency: Option<EvaluationFrequency>,
    /// A symbolic description of how CloudWatch Logs should interpret the data in each log event. For example, a log event can contain timestamps, IP addresses, strings, and so on. You use the filter pattern to specify what to look for in the log event message.
    pub filter_pattern: Option<String>,
    /// The number of days to use as the life cycle of anomalies. After this time, anomalies are automatically baselined and the anomaly detector model will treat new occurrences of similar event as normal. Therefore, if you do not correct the cause of an anomaly during this time, it will be considered normal going forward and will not be detected.
    pub anomaly_visibility_time: Option<i64>,
    /// Use this parameter to pause or restart the anomaly detector.
    pub enabled: bool,
}
rt::structure!(
    UpdateLogAnomalyDetectorInput, UPDATE_LOG_ANOMALY_DETECTOR_INPUT,
    [anomaly_detector_arn, evaluation_frequency, filter_pattern, anomaly_visibility_time,
    enabled]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateLookupTableInput {
    /// The ARN of the lookup table to update.
    pub lookup_table_arn: String,
    /// An updated description of the lookup table.
    pub description: Option<String>,
    /// The new CSV content to replace the existing data. The first row must be a header row with column names. The content must use UTF-8 encoding and not exceed 10 MB.
    ///
    /// You must specify either `tableBody` or `queryId`, but not both.
    pub table_body: Option<String>,
    /// The ID of a completed or cancelled CloudWatch Logs query whose results replace the lookup table content. A cancelled query replaces the content with the partial results that were available when the query was stopped.
    ///
    /// You must specify either `tableBody` or `queryId`, but not both.
    pub query_id: Option<String>,
    /// The ARN of the KMS key to use to encrypt the lookup table data. You can use this parameter to add, update, or remove the KMS key. To remove the KMS key and use an Amazon Web Services-owned key instead, specify an empty string.
    pub kms_key_id: Option<String>,
}
rt::structure!(
    UpdateLookupTableInput, UPDATE_LOOKUP_TABLE_INPUT, [lookup_table_arn, description,
    table_body, query_id, kms_key_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateLookupTableOutput {
    /// The ARN of the lookup table that was updated.
    pub lookup_table_arn: Option<String>,
    /// The time when the lookup table was last updated, expressed as the number of milliseconds after `Jan 1, 1970 00:00:00 UTC`.
    pub last_updated_time: Option<i64>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    UpdateLookupTableOutput, UPDATE_LOOKUP_TABLE_OUTPUT, [lookup_table_arn,
    last_updated_time], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateScheduledQueryInput {
    /// The ARN or name of the scheduled query to update.
    pub identifier: String,
    /// An updated description for the scheduled query.
    pub description: Option<String>,
    /// The updated query language for the scheduled query.
    pub query_language: QueryLanguage,
    /// The updated query string to execute.
    pub query_string: String,
    /// The updated array of log group names or ARNs to query.
    pub log_group_identifiers: Option<Vec<String>>,
    /// The updated cron expression that defines when the scheduled query runs.
    pub schedule_expression: String,
    /// The updated timezone for evaluating the schedule expression.
    pub timezone: Option<String>,
    /// The updated time offset in seconds that defines the lookback period for the query.
    pub start_time_offset: Option<i64>,
    /// The updated time offset in seconds that defines the end of the lookback period for the query.
    pub end_time_offset: Option<i64>,
    /// The updated configuration for where to deliver query results.
    pub destination_configuration: Option<DestinationConfiguration>,
    /// The updated start time for the scheduled query in Unix epoch format.
    pub schedule_start_time: Option<i64>,
    /// The updated end time for the scheduled query in Unix epoch format.
    pub schedule_end_time: Option<i64>,
    /// The updated ARN of the IAM role that grants permissions to execute the query and deliver results.
    pub execution_role_arn: String,
    /// The updated state of the scheduled query.
    pub state: Option<ScheduledQueryState>,
}
rt::structure!(
    UpdateScheduledQueryInput, UPDATE_SCHEDULED_QUERY_INPUT, [identifier, description,
    query_language, query_string, log_group_identifiers, schedule_expression, timezone,
    start_time_offset, end_time_offset, destination_configuration, schedule_start_time,
    schedule_end_time, execution_role_arn, state]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateScheduledQueryOutput {
    /// The ARN of the updated scheduled query.
    pub scheduled_query_arn: Option<String>,
    /// The name of the updated scheduled query.
    pub name: Option<String>,
    /// The description of the updated scheduled query.
    pub description: Option<String>,
    /// The query language of the updated scheduled query.
    pub query_language: Option<QueryLanguage>,
    /// The query string of the updated scheduled query.
    pub query_string: Option<String>,
    /// The log groups queried by the updated scheduled query.
    pub log_group_identifiers: Option<Vec<String>>,
    /// The cron expression of the updated scheduled query.
    pub schedule_expression: Option<String>,
    /// The timezone of the updated scheduled query.
    pub timezone: Option<String>,
    /// The time offset of the updated scheduled query.
    pub start_time_offset: Option<i64>,
    /// The end time offset in seconds of the updated scheduled query.
    pub end_time_offset: Option<i64>,
    /// The destination configuration of the updated scheduled query.
    pub destination_configuration: Option<DestinationConfiguration>,
    /// The state of the updated scheduled query.
    pub state: Option<ScheduledQueryState>,
    /// The schedule type of the updated scheduled query.
    pub schedule_type: Option<ScheduleType>,
    /// The timestamp when the updated scheduled query was last executed.
    pub last_triggered_time: Option<i64>,
    /// The status of the most recent execution of the updated scheduled query.
    pub last_execution_status: Option<ExecutionStatus>,
    /// The start time of the updated scheduled query.
    pub schedule_start_time: Option<i64>,
    /// The end time of the updated scheduled query.
    pub schedule_end_time: Option<i64>,
    /// The execution role ARN of the updated scheduled query.
    pub execution_role_arn: Option<String>,
    /// The timestamp when the scheduled query was originally created.
    pub creation_time: Option<i64>,
    /// The timestamp when the scheduled query was last updated.
    pub last_updated_time: Option<i64>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    UpdateScheduledQueryOutput, UPDATE_SCHEDULED_QUERY_OUTPUT, [scheduled_query_arn,
    name, description, query_language, query_string, log_group_identifiers,
    schedule_expression, timezone, start_time_offset, end_time_offset,
    destination_configuration, state, schedule_type, last_triggered_time,
    last_execution_status, schedule_start_time, schedule_end_time, execution_role_arn,
    creation_time, last_updated_time], meta = response_metadata
);
/// This processor converts a string field to uppercase.
///
/// For more information about this processor including examples, see [ upperCaseString](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-upperCaseString) in the *CloudWatch Logs User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct UpperCaseString {
    /// The array of containing the keys of the field to convert to uppercase.
    pub with_keys: Vec<String>,
}
rt::structure!(UpperCaseString, UPPER_CASE_STRING, [with_keys]);
/// One of the parameters for the request is not valid.
#[derive(Clone, Default, PartialEq)]
pub struct ValidationException {}
rt::structure!(ValidationException, VALIDATION_EXCEPTION, []);

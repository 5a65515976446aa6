//! The service's shapes: structures, unions and enums.
#![allow(
    unused_imports,
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items
)]
use kumo_runtime as rt;
use super::schemas::*;
/// Settings that change the content of the notifications and events that an alarm sends when its state changes. These settings apply to the alarm's actions, whichever state triggers them.
#[derive(Clone, Default, PartialEq)]
pub struct ActionConfiguration {
    /// Settings for including the alarm's tags in its action notifications and state-change events.
    pub alarm_tags_propagation: Option<AlarmTagsPropagation>,
}
rt::structure!(ActionConfiguration, ACTION_CONFIGURATION, [alarm_tags_propagation]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ActionsSuppressedBy {
    /// `WaitPeriod`
    WaitPeriod,
    /// `ExtensionPeriod`
    ExtensionPeriod,
    /// `Alarm`
    Alarm,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ActionsSuppressedBy, { WaitPeriod => "WaitPeriod", ExtensionPeriod =>
    "ExtensionPeriod", Alarm => "Alarm" }
);
/// Represents an individual contributor to a multi-timeseries alarm, containing information about a specific time series and its contribution to the alarm's state.
#[derive(Clone, Default, PartialEq)]
pub struct AlarmContributor {
    /// The unique identifier for this alarm contributor.
    pub contributor_id: String,
    /// A map of attributes that describe the contributor, such as metric dimensions and other identifying characteristics.
    pub contributor_attributes: rt::IndexMap<String, String>,
    /// An explanation for the contributor's current state, providing context about why it is in its current condition.
    pub state_reason: String,
    /// The timestamp when the contributor last transitioned to its current state.
    pub state_transitioned_timestamp: Option<rt::DateTime>,
}
rt::structure!(
    AlarmContributor, ALARM_CONTRIBUTOR, [contributor_id, contributor_attributes,
    state_reason, state_transitioned_timestamp]
);
/// Represents the history of a specific alarm.
#[derive(Clone, Default, PartialEq)]
pub struct AlarmHistoryItem {
    /// The descriptive name for the alarm.
    pub alarm_name: Option<String>,
    /// The unique identifier of the alarm contributor associated with this history item, if applicable.
    pub alarm_contributor_id: Option<String>,
    /// The type of alarm, either metric alarm or composite alarm.
    pub alarm_type: Option<AlarmType>,
    /// The time stamp for the alarm history item.
    pub timestamp: Option<rt::DateTime>,
    /// The type of alarm history item.
    pub history_item_type: Option<HistoryItemType>,
    /// A summary of the alarm history, in text format.
    pub history_summary: Option<String>,
    /// Data about the alarm, in JSON format.
    pub history_data: Option<String>,
    /// A map of attributes that describe the alarm contributor associated with this history item, providing context about the contributor's characteristics at the time of the event.
    pub alarm_contributor_attributes: Option<rt::IndexMap<String, String>>,
}
rt::structure!(
    AlarmHistoryItem, ALARM_HISTORY_ITEM, [alarm_name, alarm_contributor_id, alarm_type,
    timestamp, history_item_type, history_summary, history_data,
    alarm_contributor_attributes]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AlarmMuteRuleStatus {
    /// `SCHEDULED`
    Scheduled,
    /// `ACTIVE`
    Active,
    /// `EXPIRED`
    Expired,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    AlarmMuteRuleStatus, { Scheduled => "SCHEDULED", Active => "ACTIVE", Expired =>
    "EXPIRED" }
);
/// Summary information about an alarm mute rule, including its name, status, and configuration details.
#[derive(Clone, Default, PartialEq)]
pub struct AlarmMuteRuleSummary {
    /// The Amazon Resource Name (ARN) of the alarm mute rule.
    pub alarm_mute_rule_arn: Option<String>,
    /// The date and time when the mute rule expires and is no longer evaluated. This field is only present if an expiration date was configured.
    pub expire_date: Option<rt::DateTime>,
    /// The current status of the alarm mute rule. Valid values are `SCHEDULED`, `ACTIVE`, or `EXPIRED`.
    pub status: Option<AlarmMuteRuleStatus>,
    /// Indicates whether the mute rule is one-time or recurring. Valid values are `ONE\_TIME` or `RECURRING`.
    pub mute_type: Option<String>,
    /// The date and time when the mute rule was last updated.
    pub last_updated_timestamp: Option<rt::DateTime>,
}
rt::structure!(
    AlarmMuteRuleSummary, ALARM_MUTE_RULE_SUMMARY, [alarm_mute_rule_arn, expire_date,
    status, mute_type, last_updated_timestamp]
);
/// Contains the configuration that determines how a PromQL alarm evaluates its contributors, including the query to run and the durations that define when contributors transition between states.
#[derive(Clone, Default, PartialEq)]
pub struct AlarmPromQlCriteria {
    /// The PromQL query that the alarm evaluates. The query must return a result of vector type. Each entry in the vector result represents an alarm contributor.
    pub query: String,
    /// The duration, in seconds, that a contributor must be continuously breaching before it transitions to the `ALARM` state.
    pub pending_period: Option<i32>,
    /// The duration, in seconds, that a contributor must continuously not be breaching before it transitions back to the `OK` state.
    pub recovery_period: Option<i32>,
}
rt::structure!(
    AlarmPromQlCriteria, ALARM_PROM_QL_CRITERIA, [query, pending_period, recovery_period]
);
/// Includes the alarm's tags in the notifications that the alarm sends to Amazon SNS topics and Lambda functions. The tags are also included in the alarm's state-change events in Amazon EventBridge. Other types of alarm actions don't receive the tags.
///
/// By default, the alarm's tags aren't included.
///
/// Use this to route or filter notifications and events by tag, such as by team or environment. You can also use it to read the alarm's tags without looking them up separately.
///
/// To limit which tags are included, specify either `IncludedTagKeys` or `ExcludedTagKeys`. You can't specify both. If you specify neither, all of the alarm's tags are included. This includes tags that you add to the alarm later.
#[derive(Clone, Default, PartialEq)]
pub struct AlarmTagsPropagation {
    /// Set to `true` to include the alarm's tags. Set to `false` to stop including them.
    ///
    /// When this is `true`, you must have the `cloudwatch:ListTagsForResource` permission on the alarm to create or update it.
    pub enabled: bool,
    /// The tag keys to include. Only the alarm's tags with these keys are included.
    ///
    /// You can specify 1 to 50 tag keys. Each tag key must be 1 to 128 characters long.
    ///
    /// You can't specify both `IncludedTagKeys` and `ExcludedTagKeys`.
    pub included_tag_keys: Option<Vec<String>>,
    /// The tag keys to exclude. All of the alarm's tags except those with these keys are included.
    ///
    /// You can specify 1 to 50 tag keys. Each tag key must be 1 to 128 characters long.
    ///
    /// You can't specify both `IncludedTagKeys` and `ExcludedTagKeys`.
    pub excluded_tag_keys: Option<Vec<String>>,
}
rt::structure!(
    AlarmTagsPropagation, ALARM_TAGS_PROPAGATION, [enabled, included_tag_keys,
    excluded_tag_keys]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AlarmType {
    /// `CompositeAlarm`
    CompositeAlarm,
    /// `MetricAlarm`
    MetricAlarm,
    /// `LogAlarm`
    LogAlarm,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    AlarmType, { CompositeAlarm => "CompositeAlarm", MetricAlarm => "MetricAlarm",
    LogAlarm => "LogAlarm" }
);
/// An anomaly detection model associated with a particular CloudWatch metric, statistic, or metric math expression. You can use the model to display a band of expected, normal values when the metric is graphed.
///
/// If you have enabled unified cross-account observability, and this account is a monitoring account, the metric can be in the same account or a source account.
#[derive(Clone, Default, PartialEq)]
pub struct AnomalyDetector {
    /// The unique identifier of the anomaly detector.
    ///
    /// The identifier does not restrict access to a specific anomaly detector in an IAM policy. Permissions for anomaly detector operations apply to all anomaly detectors in the account.
    pub anomaly_detector_id: Option<String>,
    /// The namespace of the metric associated with the anomaly detection model.
    pub namespace: Option<String>,
    /// The name of the metric associated with the anomaly detection model.
    pub metric_name: Option<String>,
    /// The metric dimensions associated with the anomaly detection model.
    pub dimensions: Option<Vec<Dimension>>,
    /// The statistic associated with the anomaly detection model.
    pub stat: Option<String>,
    /// The configuration specifies details about how the anomaly detection model is to be trained, including time ranges to exclude from use for training the model, and the time zone to use for the metric.
    pub configuration: Option<AnomalyDetectorConfiguration>,
    /// The current status of the anomaly detector's training.
    pub state_value: Option<AnomalyDetectorStateValue>,
    /// This object includes parameters that you can use to provide information about your metric to CloudWatch to help it build more accurate anomaly detection models. Currently, it includes the `PeriodicSpikes` parameter.
    pub metric_characteristics: Option<MetricCharacteristics>,
    /// The CloudWatch metric and statistic for this anomaly detector.
    pub single_metric_anomaly_detector: Option<SingleMetricAnomalyDetector>,
    /// The CloudWatch metric math expression for this anomaly detector.
    pub metric_math_anomaly_detector: Option<MetricMathAnomalyDetector>,
}
rt::structure!(
    AnomalyDetector, ANOMALY_DETECTOR, [anomaly_detector_id, namespace, metric_name,
    dimensions, stat, configuration, state_value, metric_characteristics,
    single_metric_anomaly_detector, metric_math_anomaly_detector]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AnomalyDetectorAdaptationSpeed {
    /// `FAST`
    Fast,
    /// `NORMAL`
    Normal,
    /// `SLOW`
    Slow,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    AnomalyDetectorAdaptationSpeed, { Fast => "FAST", Normal => "NORMAL", Slow => "SLOW"
    }
);
/// The configuration specifies details about how the anomaly detection model is to be trained, including time ranges to exclude from use for training the model and the time zone to use for the metric.
#[derive(Clone, Default, PartialEq)]
pub struct AnomalyDetectorConfiguration {
    /// An array of time ranges to exclude from use when the anomaly detection model is trained. Use this to make sure that events that could cause unusual values for the metric, such as deployments, aren't used when CloudWatch creates the model.
    pub excluded_time_ranges: Option<Vec<Range>>,
    /// The time zone to use for the metric. This is useful to enable the model to automatically account for daylight savings time changes if the metric is sensitive to such time changes.
    ///
    /// To specify a time zone, use the name of the time zone as specified in the standard tz database. For more information, see [tz database](https://en.wikipedia.org/wiki/Tz_database).
    pub metric_timezone: Option<String>,
    /// The speed at which the anomaly detection model adapts to sustained changes in the metric's baseline. Faster adaptation lets the model track shifting workloads sooner, but increases the chance that the model treats a real, lasting change as normal.
    ///
    /// Valid values:
    ///
    /// - `FAST` - The model adapts quickly to sustained changes in the baseline.
    ///
    /// - `NORMAL` - The model adapts at a moderate pace. This is the default value.
    ///
    /// - `SLOW` - The model adapts slowly, reducing the risk of treating a real change as normal.
    pub adaptation_speed: Option<AnomalyDetectorAdaptationSpeed>,
    /// The aggressiveness with which CloudWatch filters outliers from the metric data that the anomaly detection model uses. Stronger filtering excludes more extreme values, which can produce a tighter band of expected values but may also suppress legitimate spikes.
    ///
    /// Valid values:
    ///
    /// - `MINIMAL` - Excludes only the most extreme outliers.
    ///
    /// - `MODERATE` - Excludes a moderate range of outliers. This is the default value.
    ///
    /// - `STRICT` - Excludes a wider range of outliers, which can suppress legitimate spikes.
    pub outlier_filtering_strength: Option<AnomalyDetectorOutlierFilteringStrength>,
}
rt::structure!(
    AnomalyDetectorConfiguration, ANOMALY_DETECTOR_CONFIGURATION, [excluded_time_ranges,
    metric_timezone, adaptation_speed, outlier_filtering_strength]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AnomalyDetectorOutlierFilteringStrength {
    /// `MINIMAL`
    Minimal,
    /// `MODERATE`
    Moderate,
    /// `STRICT`
    Strict,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    AnomalyDetectorOutlierFilteringStrength, { Minimal => "MINIMAL", Moderate =>
    "MODERATE", Strict => "STRICT" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AnomalyDetectorStateValue {
    /// `PENDING_TRAINING`
    PendingTraining,
    /// `TRAINED_INSUFFICIENT_DATA`
    TrainedInsufficientData,
    /// `TRAINED`
    Trained,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    AnomalyDetectorStateValue, { PendingTraining => "PENDING_TRAINING",
    TrainedInsufficientData => "TRAINED_INSUFFICIENT_DATA", Trained => "TRAINED" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AnomalyDetectorType {
    /// `SINGLE_METRIC`
    SingleMetric,
    /// `METRIC_MATH`
    MetricMath,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    AnomalyDetectorType, { SingleMetric => "SINGLE_METRIC", MetricMath => "METRIC_MATH" }
);
#[derive(Clone, Default, PartialEq)]
pub struct AssociateDatasetKmsKeyInput {
    /// Specifies the identifier of the dataset that you want to associate the KMS key with. For the `default` dataset, you can specify either `default` or the full dataset Amazon Resource Name (ARN) in the format `arn:aws:cloudwatch:*Region*:*account-id*:dataset/default`.
    pub dataset_identifier: String,
    /// Specifies the Amazon Resource Name (ARN) of the customer managed KMS key to associate with the dataset. The key must be a symmetric encryption KMS key (`SYMMETRIC\_DEFAULT`) in the same Amazon Web Services Region as the dataset.
    ///
    /// The ARN must be in the format `arn:aws:kms:*Region*:*account-id*:key/*key-id* `. Key IDs, aliases, and alias ARNs are not accepted.
    ///
    /// For more information about KMS key ARNs, see [Key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN) in the *Amazon Web Services Key Management Service Developer Guide*.
    pub kms_key_arn: String,
}
rt::structure!(
    AssociateDatasetKmsKeyInput, ASSOCIATE_DATASET_KMS_KEY_INPUT, [dataset_identifier,
    kms_key_arn]
);
#[derive(Clone, Default, PartialEq)]
pub struct AssociateDatasetKmsKeyOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    AssociateDatasetKmsKeyOutput, ASSOCIATE_DATASET_KMS_KEY_OUTPUT, [], meta =
    response_metadata
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ComparisonOperator {
    /// `GreaterThanOrEqualToThreshold`
    GreaterThanOrEqualToThreshold,
    /// `GreaterThanThreshold`
    GreaterThanThreshold,
    /// `LessThanThreshold`
    LessThanThreshold,
    /// `LessThanOrEqualToThreshold`
    LessThanOrEqualToThreshold,
    /// `LessThanLowerOrGreaterThanUpperThreshold`
    LessThanLowerOrGreaterThanUpperThreshold,
    /// `LessThanLowerThreshold`
    LessThanLowerThreshold,
    /// `GreaterThanUpperThreshold`
    GreaterThanUpperThreshold,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ComparisonOperator, { GreaterThanOrEqualToThreshold =>
    "GreaterThanOrEqualToThreshold", GreaterThanThreshold => "GreaterThanThreshold",
    LessThanThreshold => "LessThanThreshold", LessThanOrEqualToThreshold =>
    "LessThanOrEqualToThreshold", LessThanLowerOrGreaterThanUpperThreshold =>
    "LessThanLowerOrGreaterThanUpperThreshold", LessThanLowerThreshold =>
    "LessThanLowerThreshold", GreaterThanUpperThreshold => "GreaterThanUpperThreshold" }
);
/// The details about a composite alarm.
#[derive(Clone, Default, PartialEq)]
pub struct CompositeAlarm {
    /// Indicates whether actions should be executed during any changes to the alarm state.
    pub actions_enabled: Option<bool>,
    /// The actions to execute when this alarm transitions to the ALARM state from any other state. Each action is specified as an Amazon Resource Name (ARN).
    pub alarm_actions: Option<Vec<String>>,
    /// The Amazon Resource Name (ARN) of the alarm.
    pub alarm_arn: Option<String>,
    /// The time stamp of the last update to the alarm configuration.
    pub alarm_configuration_updated_timestamp: Option<rt::DateTime>,
    /// The description of the alarm.
    pub alarm_description: Option<String>,
    /// The name of the alarm.
    pub alarm_name: Option<String>,
    /// The rule that this alarm uses to evaluate its alarm state.
    pub alarm_rule: Option<String>,
    /// The actions to execute when this alarm transitions to the INSUFFICIENT\_DATA state from any other state. Each action is specified as an Amazon Resource Name (ARN).
    pub insufficient_data_actions: Option<Vec<String>>,
    /// The actions to execute when this alarm transitions to the OK state from any other state. Each action is specified as an Amazon Resource Name (ARN).
    pub ok_actions: Option<Vec<String>>,
    /// An explanation for the alarm state, in text format.
    pub state_reason: Option<String>,
    /// An explanation for the alarm state, in JSON format.
    pub state_reason_data: Option<String>,
    /// Tracks the timestamp of any state update, even if `StateValue` doesn't change.
    pub state_updated_timestamp: Option<rt::DateTime>,
    /// The state value for the alarm.
    pub state_value: Option<StateValue>,
    /// The timestamp of the last change to the alarm's `StateValue`.
    pub state_transitioned_timestamp: Option<rt::DateTime>,
    /// When the value is `ALARM`, it means that the actions are suppressed because the suppressor alarm is in `ALARM` When the value is `WaitPeriod`, it means that the actions are suppressed because the composite alarm is waiting for the suppressor alarm to go into into the `ALARM` state. The maximum waiting time is as specified in `ActionsSuppressorWaitPeriod`. After this time, the composite alarm performs its actions. When the value is `ExtensionPeriod`, it means that the actions are suppressed because the composite alarm is waiting after the suppressor alarm went out of the `ALARM` state. The maximum waiting time is as specified in `ActionsSuppressorExtensionPeriod`. After this time, the composite alarm performs its actions.
    pub actions_suppressed_by: Option<ActionsSuppressedBy>,
    /// Captures the reason for action suppression.
    pub actions_suppressed_reason: Option<String>,
    /// Actions will be suppressed if the suppressor alarm is in the `ALARM` state. `ActionsSuppressor` can be an AlarmName or an Amazon Resource Name (ARN) from an existing alarm.
    pub actions_suppressor: Option<String>,
    /// The maximum time in seconds that the composite alarm waits for the suppressor alarm to go into the `ALARM` state. After this time, the composite alarm performs its actions.
    ///
    /// `WaitPeriod` is required only when `ActionsSuppressor` is specified.
    pub actions_suppressor_wait_period: Option<i32>,
    /// The maximum time in seconds that the composite alarm waits after suppressor alarm goes out of the `ALARM` state. After this time, the composite alarm performs its actions.
    ///
    /// `ExtensionPeriod` is required only when `ActionsSuppressor` is specified.
    pub actions_suppressor_extension_period: Option<i32>,
    /// Settings that change the content of the notifications and events that the alarm sends when its state changes. These settings apply to the alarm's actions, whichever state triggers them.
    pub action_configuration: Option<ActionConfiguration>,
}
rt::structure!(
    CompositeAlarm, COMPOSITE_ALARM, [actions_enabled, alarm_actions, alarm_arn,
    alarm_configuration_updated_timestamp, alarm_description, alarm_name, alarm_rule,
    insufficient_data_actions, ok_actions, state_reason, state_reason_data,
    state_updated_timestamp, state_value, state_transitioned_timestamp,
    actions_suppressed_by, actions_suppressed_reason, actions_suppressor,
    actions_suppressor_wait_period, actions_suppressor_extension_period,
    action_configuration]
);
/// More than one process tried to modify a resource at the same time.
#[derive(Clone, Default, PartialEq)]
pub struct ConcurrentModificationException {}
rt::structure!(ConcurrentModificationException, CONCURRENT_MODIFICATION_EXCEPTION, []);
/// This operation attempted to create a resource that already exists.
#[derive(Clone, Default, PartialEq)]
pub struct ConflictException {
    pub message: Option<String>,
}
rt::structure!(ConflictException, CONFLICT_EXCEPTION, [message]);
/// Specifies the resource ARN and optional metric selections for a `CreateResourceMetricsConfiguration` request.
#[derive(Clone, Default, PartialEq)]
pub struct CreateResourceMetricsConfigurationInput {
    /// The Amazon Resource Name (ARN) of the Amazon Web Services resource to enable detailed monitoring for.
    pub resource_arn: String,
    /// Specifies which metrics Amazon CloudWatch collects for the resource. If you omit this parameter, Amazon CloudWatch collects all available detailed metrics for the resource.
    pub metric_selections: Option<Vec<ResourceMetricSelection>>,
}
rt::structure!(
    CreateResourceMetricsConfigurationInput, CREATE_RESOURCE_METRICS_CONFIGURATION_INPUT,
    [resource_arn, metric_selections]
);
/// Returns the newly created resource metrics configuration.
#[derive(Clone, Default, PartialEq)]
pub struct CreateResourceMetricsConfigurationOutput {
    /// The resource metrics configuration that was created by this operation.
    pub resource_metrics_configuration: ResourceMetricsConfiguration,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateResourceMetricsConfigurationOutput,
    CREATE_RESOURCE_METRICS_CONFIGURATION_OUTPUT, [resource_metrics_configuration], meta
    = response_metadata
);
/// Represents a specific dashboard.
#[derive(Clone, Default, PartialEq)]
pub struct DashboardEntry {
    /// The name of the dashboard.
    pub dashboard_name: Option<String>,
    /// The Amazon Resource Name (ARN) of the dashboard.
    pub dashboard_arn: Option<String>,
    /// The time stamp of when the dashboard was last modified, either by an API call or through the console. This number is expressed as the number of milliseconds since Jan 1, 1970 00:00:00 UTC.
    pub last_modified: Option<rt::DateTime>,
    /// The size of the dashboard, in bytes.
    pub size: Option<i64>,
}
rt::structure!(
    DashboardEntry, DASHBOARD_ENTRY, [dashboard_name, dashboard_arn, last_modified, size]
);
/// Some part of the dashboard data is invalid.
#[derive(Clone, Default, PartialEq)]
pub struct DashboardInvalidInputError {
    pub message: Option<String>,
    pub dashboard_validation_messages: Option<Vec<DashboardValidationMessage>>,
}
rt::structure!(
    DashboardInvalidInputError, DASHBOARD_INVALID_INPUT_ERROR, [message,
    dashboard_validation_messages]
);
/// The specified dashboard does not exist.
#[derive(Clone, Default, PartialEq)]
pub struct DashboardNotFoundError {
    pub message: Option<String>,
}
rt::structure!(DashboardNotFoundError, DASHBOARD_NOT_FOUND_ERROR, [message]);
/// An error or warning for the operation.
#[derive(Clone, Default, PartialEq)]
pub struct DashboardValidationMessage {
    /// The data path related to the message.
    pub data_path: Option<String>,
    /// A message describing the error or warning.
    pub message: Option<String>,
}
rt::structure!(
    DashboardValidationMessage, DASHBOARD_VALIDATION_MESSAGE, [data_path, message]
);
/// Encapsulates the statistical data that CloudWatch computes from metric data.
#[derive(Clone, Default, PartialEq)]
pub struct Datapoint {
    /// The time stamp used for the data point.
    pub timestamp: Option<rt::DateTime>,
    /// The number of metric values that contributed to the aggregate value of this data point.
    pub sample_count: Option<f64>,
    /// The average of the metric values that correspond to the data point.
    pub average: Option<f64>,
    /// The sum of the metric values for the data point.
    pub sum: Option<f64>,
    /// The minimum metric value for the data point.
    pub minimum: Option<f64>,
    /// The maximum metric value for the data point.
    pub maximum: Option<f64>,
    /// The standard unit for the data point.
    pub unit: Option<StandardUnit>,
    /// The percentile statistic for the data point.
    pub extended_statistics: Option<rt::IndexMap<String, f64>>,
}
rt::structure!(
    Datapoint, DATAPOINT, [timestamp, sample_count, average, sum, minimum, maximum, unit,
    extended_statistics]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteAlarmMuteRuleInput {
    /// The name of the alarm mute rule to delete.
    pub alarm_mute_rule_name: String,
}
rt::structure!(
    DeleteAlarmMuteRuleInput, DELETE_ALARM_MUTE_RULE_INPUT, [alarm_mute_rule_name]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteAlarmsInput {
    /// The alarms to be deleted. Do not enclose the alarm names in quote marks.
    pub alarm_names: Vec<String>,
}
rt::structure!(DeleteAlarmsInput, DELETE_ALARMS_INPUT, [alarm_names]);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteAnomalyDetectorInput {
    /// Specifies the unique identifier of the anomaly detector to delete. If you specify this parameter, you do not need to specify a metric to identify the detector.
    pub anomaly_detector_id: Option<String>,
    /// The namespace associated with the anomaly detection model to delete.
    pub namespace: Option<String>,
    /// The metric name associated with the anomaly detection model to delete.
    pub metric_name: Option<String>,
    /// The metric dimensions associated with the anomaly detection model to delete.
    pub dimensions: Option<Vec<Dimension>>,
    /// The statistic associated with the anomaly detection model to delete.
    pub stat: Option<String>,
    /// A single metric anomaly detector to be deleted.
    ///
    /// When using `SingleMetricAnomalyDetector`, you cannot include the following parameters in the same operation:
    ///
    /// - `Dimensions`,
    ///
    /// - `MetricName`
    ///
    /// - `Namespace`
    ///
    /// - `Stat`
    ///
    /// - the `MetricMathAnomalyDetector` parameters of `DeleteAnomalyDetectorInput`
    ///
    /// Instead, specify the single metric anomaly detector attributes as part of the `SingleMetricAnomalyDetector` property.
    pub single_metric_anomaly_detector: Option<SingleMetricAnomalyDetector>,
    /// The metric math anomaly detector to be deleted.
    ///
    /// When using `MetricMathAnomalyDetector`, you cannot include following parameters in the same operation:
    ///
    /// - `Dimensions`,
    ///
    /// - `MetricName`
    ///
    /// - `Namespace`
    ///
    /// - `Stat`
    ///
    /// - the `SingleMetricAnomalyDetector` parameters of `DeleteAnomalyDetectorInput`
    ///
    /// Instead, specify the metric math anomaly detector attributes as part of the `MetricMathAnomalyDetector` property.
    pub metric_math_anomaly_detector: Option<MetricMathAnomalyDetector>,
}
rt::structure!(
    DeleteAnomalyDetectorInput, DELETE_ANOMALY_DETECTOR_INPUT, [anomaly_detector_id,
    namespace, metric_name, dimensions, stat, single_metric_anomaly_detector,
    metric_math_anomaly_detector]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteAnomalyDetectorOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DeleteAnomalyDetectorOutput, DELETE_ANOMALY_DETECTOR_OUTPUT, [], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteDashboardsInput {
    /// The dashboards to be deleted. This parameter is required.
    pub dashboard_names: Vec<String>,
}
rt::structure!(DeleteDashboardsInput, DELETE_DASHBOARDS_INPUT, [dashboard_names]);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteDashboardsOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DeleteDashboardsOutput, DELETE_DASHBOARDS_OUTPUT, [], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteInsightRulesInput {
    /// An array of the rule names to delete. If you need to find out the names of your rules, use [DescribeInsightRules](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_DescribeInsightRules.html).
    pub rule_names: Vec<String>,
}
rt::structure!(DeleteInsightRulesInput, DELETE_INSIGHT_RULES_INPUT, [rule_names]);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteInsightRulesOutput {
    /// An array listing the rules that could not be deleted. You cannot delete built-in rules.
    pub failures: Option<Vec<PartialFailure>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DeleteInsightRulesOutput, DELETE_INSIGHT_RULES_OUTPUT, [failures], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteMetricDataQueryDefinitionInput {
    /// The ID of the metric data query definition to delete.
    pub id: String,
}
rt::structure!(
    DeleteMetricDataQueryDefinitionInput, DELETE_METRIC_DATA_QUERY_DEFINITION_INPUT, [id]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteMetricDataQueryDefinitionOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DeleteMetricDataQueryDefinitionOutput, DELETE_METRIC_DATA_QUERY_DEFINITION_OUTPUT,
    [], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteMetricStreamInput {
    /// The name of the metric stream to delete.
    pub name: String,
}
rt::structure!(DeleteMetricStreamInput, DELETE_METRIC_STREAM_INPUT, [name]);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteMetricStreamOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DeleteMetricStreamOutput, DELETE_METRIC_STREAM_OUTPUT, [], meta = response_metadata
);
/// Specifies the resource ARN for a `DeleteResourceMetricsConfiguration` request.
#[derive(Clone, Default, PartialEq)]
pub struct DeleteResourceMetricsConfigurationInput {
    /// The Amazon Resource Name (ARN) of the Amazon Web Services resource to delete the resource metrics configuration for.
    pub resource_arn: String,
}
rt::structure!(
    DeleteResourceMetricsConfigurationInput, DELETE_RESOURCE_METRICS_CONFIGURATION_INPUT,
    [resource_arn]
);
/// No data is returned.
#[derive(Clone, Default, PartialEq)]
pub struct DeleteResourceMetricsConfigurationOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DeleteResourceMetricsConfigurationOutput,
    DELETE_RESOURCE_METRICS_CONFIGURATION_OUTPUT, [], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeAlarmContributorsInput {
    /// The name of the alarm for which to retrieve contributor information.
    pub alarm_name: String,
    /// The token returned by a previous call to indicate that there is more data available.
    pub next_token: Option<String>,
}
rt::structure!(
    DescribeAlarmContributorsInput, DESCRIBE_ALARM_CONTRIBUTORS_INPUT, [alarm_name,
    next_token]
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeAlarmContributorsOutput {
    /// A list of alarm contributors that provide details about the individual time series contributing to the alarm's state.
    pub alarm_contributors: Vec<AlarmContributor>,
    /// The token that marks the start of the next batch of returned results.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeAlarmContributorsOutput, DESCRIBE_ALARM_CONTRIBUTORS_OUTPUT,
    [alarm_contributors, next_token], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeAlarmHistoryInput {
    /// The name of the alarm.
    pub alarm_name: Option<String>,
    /// The unique identifier of a specific alarm contributor to filter the alarm history results.
    pub alarm_contributor_id: Option<String>,
    /// Use this parameter to specify whether you want the operation to return metric alarms, composite alarms, or log alarms. If you omit this parameter, only metric alarms are returned.
    pub alarm_types: Option<Vec<AlarmType>>,
    /// The type of alarm histories to retrieve.
    pub history_item_type: Option<HistoryItemType>,
    /// The starting date to retrieve alarm history.
    pub start_date: Option<rt::DateTime>,
    /// The ending date to retrieve alarm history.
    pub end_date: Option<rt::DateTime>,
    /// The maximum number of alarm history records to retrieve.
    pub max_records: Option<i32>,
    /// The token returned by a previous call to indicate that there is more data available.
    pub next_token: Option<String>,
    /// Specified whether to return the newest or oldest alarm history first. Specify `TimestampDescending` to have the newest event history returned first, and specify `TimestampAscending` to have the oldest history returned first.
    pub scan_by: Option<ScanBy>,
}
rt::structure!(
    DescribeAlarmHistoryInput, DESCRIBE_ALARM_HISTORY_INPUT, [alarm_name,
    alarm_contributor_id, alarm_types, history_item_type, start_date, end_date,
    max_records, next_token, scan_by]
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeAlarmHistoryOutput {
    /// The alarm histories, in JSON format.
    pub alarm_history_items: Option<Vec<AlarmHistoryItem>>,
    /// The token that marks the start of the next batch of returned results.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeAlarmHistoryOutput, DESCRIBE_ALARM_HISTORY_OUTPUT, [alarm_history_items,
    next_token], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeAlarmsForMetricInput {
    /// The name of the metric.
    pub metric_name: String,
    /// The namespace of the metric.
    pub namespace: String,
    /// The statistic for the metric, other than percentiles. For percentile statistics, use `ExtendedStatistics`.
    pub statistic: Option<Statistic>,
    /// The percentile statistic for the metric. Specify a value between p0.0 and p100.
    pub extended_statistic: Option<String>,
    /// The dimensions associated with the metric. If the metric has any associated dimensions, you must specify them in order for the call to succeed.
    pub dimensions: Option<Vec<Dimension>>,
    /// The period, in seconds, over which the statistic is applied.
    pub period: Option<i32>,
    /// The unit for the metric.
    pub unit: Option<StandardUnit>,
}
rt::structure!(
    DescribeAlarmsForMetricInput, DESCRIBE_ALARMS_FOR_METRIC_INPUT, [metric_name,
    namespace, statistic, extended_statistic, dimensions, period, unit]
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeAlarmsForMetricOutput {
    /// The information for each alarm with the specified metric.
    pub metric_alarms: Option<Vec<MetricAlarm>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeAlarmsForMetricOutput, DESCRIBE_ALARMS_FOR_METRIC_OUTPUT, [metric_alarms],
    meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeAlarmsInput {
    /// The names of the alarms to retrieve information about.
    pub alarm_names: Option<Vec<String>>,
    /// An alarm name prefix. If you specify this parameter, you receive information about all alarms that have names that start with this prefix.
    ///
    /// If this parameter is specified, you cannot specify `AlarmNames`.
    pub alarm_name_prefix: Option<String>,
    /// Use this parameter to specify whether you want the operation to return metric alarms, composite alarms, or log alarms. If you omit this parameter, only metric alarms are returned, even if composite alarms or log alarms exist in the account.
    ///
    /// For example, if you omit this parameter or specify `MetricAlarms`, the operation returns only a list of metric alarms. It does not return any composite alarms or log alarms, even if they exist in the account.
    ///
    /// If you specify `CompositeAlarms`, the operation returns only a list of composite alarms, and does not return any metric alarms or log alarms.
    ///
    /// If you specify `LogAlarms`, the operation returns only a list of log alarms, and does not return any metric alarms or composite alarms.
    pub alarm_types: Option<Vec<AlarmType>>,
    /// If you use this parameter and specify the name of a composite alarm, the operation returns information about the "children" alarms of the alarm you specify. These are the metric alarms and composite alarms referenced in the `AlarmRule` field of the composite alarm that you specify in `ChildrenOfAlarmName`. Information about the composite alarm that you name in `ChildrenOfAlarmName` is not returned.
    ///
    /// If you specify `ChildrenOfAlarmName`, you cannot specify any other parameters in the request except for `MaxRecords` and `NextToken`. If you do so, you receive a validation error.
    ///
    /// Only the `Alarm Name`, `ARN`, `StateValue` (OK/ALARM/INSUFFICIENT\_DATA), and `StateUpdatedTimestamp` information are returned by this operation when you use this parameter. To get complete information about these alarms, perform another `DescribeAlarms` operation and specify the parent alarm names in the `AlarmNames` parameter.
    pub children_of_alarm_name: Option<String>,
    /// If you use this parameter and specify the name of a metric or composite alarm, the operation returns information about the "parent" alarms of the alarm you specify. These are the composite alarms that have `AlarmRule` parameters that reference the alarm named in `ParentsOfAlarmName`. Information about the alarm that you specify in `ParentsOfAlarmName` is not returned.
    ///
    /// If you specify `ParentsOfAlarmName`, you cannot specify any other parameters in the request except for `MaxRecords` and `NextToken`. If you do so, you receive a validation error.
    ///
    /// Only the Alarm Name and ARN are returned by this operation when you use this parameter. To get complete information about these alarms, perform another `DescribeAlarms` operation and specify the parent alarm names in the `AlarmNames` parameter.
    pub parents_of_alarm_name: Option<String>,
    /// Specify this parameter to receive information only about alarms that are currently in the state that you specify.
    pub state_value: Option<StateValue>,
    /// Use this parameter to filter the results of the operation to only those alarms that use a certain alarm action. For example, you could specify the ARN of an SNS topic to find all alarms that send notifications to that topic.
    pub action_prefix: Option<String>,
    /// The maximum number of alarm descriptions to retrieve.
    pub max_records: Option<i32>,
    /// The token returned by a previous call to indicate that there is more data available.
    pub next_token: Option<String>,
}
rt::structure!(
    DescribeAlarmsInput, DESCRIBE_ALARMS_INPUT, [alarm_names, alarm_name_prefix,
    alarm_types, children_of_alarm_name, parents_of_alarm_name, state_value,
    action_prefix, max_records, next_token]
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeAlarmsOutput {
    /// The information about any composite alarms returned by the operation.
    pub composite_alarms: Option<Vec<CompositeAlarm>>,
    /// The information about any metric alarms returned by the operation.
    pub metric_alarms: Option<Vec<MetricAlarm>>,
    /// The information about any log alarms returned by the operation.
    pub log_alarms: Option<Vec<LogAlarm>>,
    /// The token that marks the start of the next batch of returned results.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeAlarmsOutput, DESCRIBE_ALARMS_OUTPUT, [composite_alarms, metric_alarms,
    log_alarms, next_token], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeAnomalyDetectorsInput {
    /// Specifies the unique identifiers of the anomaly detectors to describe. You can specify up to 50 identifiers. If you specify this parameter, you cannot also specify the `Namespace`, `MetricName`, `Dimensions`, or `AnomalyDetectorTypes` metric filters.
    pub anomaly_detector_ids: Option<Vec<String>>,
    /// Use the token returned by the previous operation to request the next page of results.
    pub next_token: Option<String>,
    /// The maximum number of results to return in one operation. The maximum value that you can specify is 100.
    ///
    /// To retrieve the remaining results, make another call with the returned `NextToken` value.
    pub max_results: Option<i32>,
    /// Limits the results to only the anomaly detection models that are associated with the specified namespace.
    pub namespace: Option<String>,
    /// Limits the results to only the anomaly detection models that are associated with the specified metric name. If there are multiple metrics with this name in different namespaces that have anomaly detection models, they're all returned.
    pub metric_name: Option<String>,
    /// Limits the results to only the anomaly detection models that are associated with the specified metric dimensions. If there are multiple metrics that have these dimensions and have anomaly detection models associated, they're all returned.
    pub dimensions: Option<Vec<Dimension>>,
    /// The anomaly detector types to request when using `DescribeAnomalyDetectorsInput`. If empty, defaults to `SINGLE\_METRIC`.
    pub anomaly_detector_types: Option<Vec<AnomalyDetectorType>>,
}
rt::structure!(
    DescribeAnomalyDetectorsInput, DESCRIBE_ANOMALY_DETECTORS_INPUT,
    [anomaly_detector_ids, next_token, max_results, namespace, metric_name, dimensions,
    anomaly_detector_types]
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeAnomalyDetectorsOutput {
    /// The list of anomaly detection models returned by the operation.
    pub anomaly_detectors: Option<Vec<AnomalyDetector>>,
    /// A token that you can use in a subsequent operation to retrieve the next set of results.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeAnomalyDetectorsOutput, DESCRIBE_ANOMALY_DETECTORS_OUTPUT,
    [anomaly_detectors, next_token], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeInsightRulesInput {
    /// Include this value, if it was returned by the previous operation, to get the next set of rules.
    pub next_token: Option<String>,
    /// The maximum number of results to return in one operation. If you omit this parameter, the default of 500 is used.
    pub max_results: Option<i32>,
}
rt::structure!(
    DescribeInsightRulesInput, DESCRIBE_INSIGHT_RULES_INPUT, [next_token, max_results]
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeInsightRulesOutput {
    /// If this parameter is present, it is a token that marks the start of the next batch of returned results.
    pub next_token: Option<String>,
    /// The rules returned by the operation.
    pub insight_rules: Option<Vec<InsightRule>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeInsightRulesOutput, DESCRIBE_INSIGHT_RULES_OUTPUT, [next_token,
    insight_rules], meta = response_metadata
);
/// A dimension is a name/value pair that is part of the identity of a metric. Because dimensions are part of the unique identifier for a metric, whenever you add a unique name/value pair to one of your metrics, you are creating a new variation of that metric. For example, many Amazon EC2 metrics publish `InstanceId` as a dimension name, and the actual instance ID as the value for that dimension.
///
/// You can assign up to 30 dimensions to a metric.
#[derive(Clone, Default, PartialEq)]
pub struct Dimension {
    /// The name of the dimension. Dimension names must contain only ASCII characters, must include at least one non-whitespace character, and cannot start with a colon (`:`). ASCII control characters are not supported as part of dimension names.
    pub name: String,
    /// The value of the dimension. Dimension values must contain only ASCII characters and must include at least one non-whitespace character. ASCII control characters are not supported as part of dimension values.
    pub value: String,
}
rt::structure!(Dimension, DIMENSION, [name, value]);
/// Represents filters for a dimension.
#[derive(Clone, Default, PartialEq)]
pub struct DimensionFilter {
    /// The dimension name to be matched.
    pub name: String,
    /// The value of the dimension to be matched.
    pub value: Option<String>,
}
rt::structure!(DimensionFilter, DIMENSION_FILTER, [name, value]);
#[derive(Clone, Default, PartialEq)]
pub struct DisableAlarmActionsInput {
    /// The names of the alarms.
    pub alarm_names: Vec<String>,
}
rt::structure!(DisableAlarmActionsInput, DISABLE_ALARM_ACTIONS_INPUT, [alarm_names]);
#[derive(Clone, Default, PartialEq)]
pub struct DisableInsightRulesInput {
    /// An array of the rule names to disable. If you need to find out the names of your rules, use [DescribeInsightRules](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_DescribeInsightRules.html).
    pub rule_names: Vec<String>,
}
rt::structure!(DisableInsightRulesInput, DISABLE_INSIGHT_RULES_INPUT, [rule_names]);
#[derive(Clone, Default, PartialEq)]
pub struct DisableInsightRulesOutput {
    /// An array listing the rules that could not be disabled. You cannot disable built-in rules.
    pub failures: Option<Vec<PartialFailure>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DisableInsightRulesOutput, DISABLE_INSIGHT_RULES_OUTPUT, [failures], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DisassociateDatasetKmsKeyInput {
    /// Specifies the identifier of the dataset from which to remove the KMS key association. For the `default` dataset, you can specify either `default` or the full dataset Amazon Resource Name (ARN) in the format `arn:aws:cloudwatch:*Region*:*account-id*:dataset/default`.
    pub dataset_identifier: String,
}
rt::structure!(
    DisassociateDatasetKmsKeyInput, DISASSOCIATE_DATASET_KMS_KEY_INPUT,
    [dataset_identifier]
);
#[derive(Clone, Default, PartialEq)]
pub struct DisassociateDatasetKmsKeyOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DisassociateDatasetKmsKeyOutput, DISASSOCIATE_DATASET_KMS_KEY_OUTPUT, [], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct EnableAlarmActionsInput {
    /// The names of the alarms.
    pub alarm_names: Vec<String>,
}
rt::structure!(EnableAlarmActionsInput, ENABLE_ALARM_ACTIONS_INPUT, [alarm_names]);
#[derive(Clone, Default, PartialEq)]
pub struct EnableInsightRulesInput {
    /// An array of the rule names to enable. If you need to find out the names of your rules, use [DescribeInsightRules](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_DescribeInsightRules.html).
    pub rule_names: Vec<String>,
}
rt::structure!(EnableInsightRulesInput, ENABLE_INSIGHT_RULES_INPUT, [rule_names]);
#[derive(Clone, Default, PartialEq)]
pub struct EnableInsightRulesOutput {
    /// An array listing the rules that could not be enabled. You cannot disable or enable built-in rules.
    pub failures: Option<Vec<PartialFailure>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    EnableInsightRulesOutput, ENABLE_INSIGHT_RULES_OUTPUT, [failures], meta =
    response_metadata
);
/// An entity associated with metrics, to allow for finding related telemetry. An entity is typically a resource or service within your system. For example, metrics from an Amazon EC2 instance could be associated with that instance as the entity. Similarly, metrics from a service that you own could be associated with that service as the entity.
#[derive(Clone, Default, PartialEq)]
pub struct Entity {
    /// The attributes of the entity which identify the specific entity, as a list of key-value pairs. Entities with the same `KeyAttributes` are considered to be the same entity. For an entity to be valid, the `KeyAttributes` must exist and be formatted correctly.
    ///
    /// There are five allowed attributes (key names): `Type`, `ResourceType`, `Identifier`, `Name`, and `Environment`.
    ///
    /// For details about how to use the key attributes to specify an entity, see [How to add related information to telemetry](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/adding-your-own-related-telemetry.html) in the *CloudWatch User Guide*.
    pub key_attributes: Option<rt::IndexMap<String, String>>,
    /// Additional attributes of the entity that are not used to specify the identity of the entity. A list of key-value pairs.
    ///
    /// For details about how to use the attributes, see [How to add related information to telemetry](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/adding-your-own-related-telemetry.html) in the *CloudWatch User Guide*.
    pub attributes: Option<rt::IndexMap<String, String>>,
}
rt::structure!(Entity, ENTITY, [key_attributes, attributes]);
/// A set of metrics that are associated with an entity, such as a specific service or resource. Contains the entity and the list of metric data associated with it.
#[derive(Clone, Default, PartialEq)]
pub struct EntityMetricData {
    /// The entity associated with the metrics.
    pub entity: Option<Entity>,
    /// The metric data.
    pub metric_data: Option<Vec<MetricDatum>>,
}
rt::structure!(EntityMetricData, ENTITY_METRIC_DATA, [entity, metric_data]);
/// The evaluation criteria for an alarm. This is a union type that currently supports `PromQLCriteria`.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum EvaluationCriteria {
    /// The PromQL criteria for the alarm evaluation.
    PromQlCriteria(AlarmPromQlCriteria),
    /// A member this version of the client does not know, by name.
    Unknown(String),
}
rt::union!(EvaluationCriteria, EVALUATION_CRITERIA, [PromQlCriteria]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EvaluationState {
    /// `PARTIAL_DATA`
    PartialData,
    /// `EVALUATION_FAILURE`
    EvaluationFailure,
    /// `EVALUATION_ERROR`
    EvaluationError,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    EvaluationState, { PartialData => "PARTIAL_DATA", EvaluationFailure =>
    "EVALUATION_FAILURE", EvaluationError => "EVALUATION_ERROR" }
);
/// The evaluation window that an alarm uses to select the range of metric data that it evaluates each time it runs. This is a union type. Set exactly one of its members, `SlidingWindow` or `WallClockWindow`. If you don't set `EvaluationWindow`, the alarm uses a `SlidingWindow` by default.
///
/// For more information, see [Alarm evaluation windows](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarm-evaluation-window.html) in the *CloudWatch User Guide*.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum EvaluationWindow {
    /// A wall clock window, which aligns the evaluated range to fixed clock boundaries that match the alarm's period, such as the top of the hour, midnight, or the start of the calendar week.
    WallClockWindow(WallClockWindow),
    /// A sliding window, which advances each time the alarm is evaluated, forming a rolling time window. This is the default evaluation window.
    SlidingWindow(SlidingWindow),
    /// A member this version of the client does not know, by name.
    Unknown(String),
}
rt::union!(EvaluationWindow, EVALUATION_WINDOW, [WallClockWindow, SlidingWindow]);
#[derive(Clone, Default, PartialEq)]
pub struct GetAlarmMuteRuleInput {
    /// The name of the alarm mute rule to retrieve.
    pub alarm_mute_rule_name: String,
}
rt::structure!(GetAlarmMuteRuleInput, GET_ALARM_MUTE_RULE_INPUT, [alarm_mute_rule_name]);
#[derive(Clone, Default, PartialEq)]
pub struct GetAlarmMuteRuleOutput {
    /// The name of the alarm mute rule.
    pub name: Option<String>,
    /// The Amazon Resource Name (ARN) of the alarm mute rule.
    pub alarm_mute_rule_arn: Option<String>,
    /// The description of the alarm mute rule.
    pub description: Option<String>,
    /// The configuration that defines when and how long alarms are muted.
    pub rule: Option<Rule>,
    /// Specifies which alarms this rule applies to.
    pub mute_targets: Option<MuteTargets>,
    /// The date and time when the mute rule becomes active. If not set, the rule is active immediately.
    pub start_date: Option<rt::DateTime>,
    /// The date and time when the mute rule expires and is no longer evaluated.
    pub expire_date: Option<rt::DateTime>,
    /// The current status of the alarm mute rule. Valid values are `SCHEDULED`, `ACTIVE`, or `EXPIRED`.
    pub status: Option<AlarmMuteRuleStatus>,
    /// The date and time when the mute rule was last updated.
    pub last_updated_timestamp: Option<rt::DateTime>,
    /// Indicates whether the mute rule is one-time or recurring. Valid values are `ONE\_TIME` or `RECURRING`.
    pub mute_type: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetAlarmMuteRuleOutput, GET_ALARM_MUTE_RULE_OUTPUT, [name, alarm_mute_rule_arn,
    description, rule, mute_targets, start_date, expire_date, status,
    last_updated_timestamp, mute_type], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetDashboardInput {
    /// The name of the dashboard to be described.
    pub dashboard_name: String,
}
rt::structure!(GetDashboardInput, GET_DASHBOARD_INPUT, [dashboard_name]);
#[derive(Clone, Default, PartialEq)]
pub struct GetDashboardOutput {
    /// The Amazon Resource Name (ARN) of the dashboard.
    pub dashboard_arn: Option<String>,
    /// The detailed information about the dashboard, including what widgets are included and their location on the dashboard. For more information about the `DashboardBody` syntax, see [Dashboard Body Structure and Syntax](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-Dashboard-Body-Structure.html).
    pub dashboard_body: Option<String>,
    /// The name of the dashboard.
    pub dashboard_name: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetDashboardOutput, GET_DASHBOARD_OUTPUT, [dashboard_arn, dashboard_body,
    dashboard_name], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetDatasetInput {
    /// Specifies the identifier of the dataset to retrieve. For the `default` dataset, you can specify either `default` or the full dataset Amazon Resource Name (ARN) in the format `arn:aws:cloudwatch:*Region*:*account-id*:dataset/default`.
    pub dataset_identifier: String,
}
rt::structure!(GetDatasetInput, GET_DATASET_INPUT, [dataset_identifier]);
#[derive(Clone, Default, PartialEq)]
pub struct GetDatasetOutput {
    /// Returns the identifier of the dataset.
    pub dataset_id: String,
    /// Returns the Amazon Resource Name (ARN) of the dataset, in the format `arn:aws:cloudwatch:*Region*:*account-id*:dataset/*dataset-id* `.
    pub arn: String,
    /// Returns the Amazon Resource Name (ARN) of the customer managed Amazon Web Services KMS key that is currently associated with the dataset, if any. If the dataset is not associated with a customer managed KMS key, this field is not included in the response and the dataset is encrypted at rest using an Amazon Web Services owned key.
    pub kms_key_arn: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetDatasetOutput, GET_DATASET_OUTPUT, [dataset_id, arn, kms_key_arn], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetInsightRuleReportInput {
    /// The name of the rule that you want to see data from.
    pub rule_name: String,
    /// The start time of the data to use in the report. When used in a raw HTTP Query API, it is formatted as `yyyy-MM-dd'T'HH:mm:ss`. For example, `2019-07-01T23:59:59`.
    pub start_time: rt::DateTime,
    /// The end time of the data to use in the report. When used in a raw HTTP Query API, it is formatted as `yyyy-MM-dd'T'HH:mm:ss`. For example, `2019-07-01T23:59:59`.
    pub end_time: rt::DateTime,
    /// The period, in seconds, to use for the statistics in the `InsightRuleMetricDatapoint` results.
    pub period: i32,
    /// The maximum number of contributors to include in the report. The range is 1 to 100. If you omit this, the default of 10 is used.
    pub max_contributor_count: Option<i32>,
    /// Specifies which metrics to use for aggregation of contributor values for the report. You can specify one or more of the following metrics:
    ///
    /// - `UniqueContributors` -- the number of unique contributors for each data point.
    ///
    /// - `MaxContributorValue` -- the value of the top contributor for each data point. The identity of the contributor might change for each data point in the graph.
    ///
    /// If this rule aggregates by COUNT, the top contributor for each data point is the contributor with the most occurrences in that period. If the rule aggregates by SUM, the top contributor is the contributor with the highest sum in the log field specified by the rule's `Value`, during that period.
    ///
    /// - `SampleCount` -- the number of data points matched by the rule.
    ///
    /// - `Sum` -- the sum of the values from all contributors during the time period represented by that data point.
    ///
    /// - `Minimum` -- the minimum value from a single observation during the time period represented by that data point.
    ///
    /// - `Maximum` -- the maximum value from a single observation during the time period represented by that data point.
    ///
    /// - `Average` -- the average value from all contributors during the time period represented by that data point.
    pub metrics: Option<Vec<String>>,
    /// Determines what statistic to use to rank the contributors. Valid values are `Sum` and `Maximum`.
    pub order_by: Option<String>,
}
rt::structure!(
    GetInsightRuleReportInput, GET_INSIGHT_RULE_REPORT_INPUT, [rule_name, start_time,
    end_time, period, max_contributor_count, metrics, order_by]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetInsightRuleReportOutput {
    /// An array of the strings used as the keys for this rule. The keys are the dimensions used to classify contributors. If the rule contains more than one key, then each unique combination of values for the keys is counted as a unique contributor.
    pub key_labels: Option<Vec<String>>,
    /// Specifies whether this rule aggregates contributor data by COUNT or SUM.
    pub aggregation_statistic: Option<String>,
    /// The sum of the values from all individual contributors that match the rule.
    pub aggregate_value: Option<f64>,
    /// An approximate count of the unique contributors found by this rule in this time period.
    pub approximate_unique_count: Option<i64>,
    /// An array of the unique contributors found by this rule in this time period. If the rule contains multiple keys, each combination of values for the keys counts as a unique contributor.
    pub contributors: Option<Vec<InsightRuleContributor>>,
    /// A time series of metric data points that matches the time period in the rule request.
    pub metric_datapoints: Option<Vec<InsightRuleMetricDatapoint>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetInsightRuleReportOutput, GET_INSIGHT_RULE_REPORT_OUTPUT, [key_labels,
    aggregation_statistic, aggregate_value, approximate_unique_count, contributors,
    metric_datapoints], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetMetricDataInput {
    /// The metric queries to be returned. A single `GetMetricData` call can include as many as 500 `MetricDataQuery` structures. Each of these structures can specify either a metric to retrieve, a Metrics Insights query, or a math expression to perform on retrieved data.
    pub metric_data_queries: Vec<MetricDataQuery>,
    /// The time stamp indicating the earliest data to be returned.
    ///
    /// The value specified is inclusive; results include data points with the specified time stamp.
    ///
    /// CloudWatch rounds the specified time stamp as follows:
    ///
    /// - Start time less than 15 days ago - Round down to the nearest whole minute. For example, 12:32:34 is rounded down to 12:32:00.
    ///
    /// - Start time between 15 and 63 days ago - Round down to the nearest 5-minute clock interval. For example, 12:32:34 is rounded down to 12:30:00.
    ///
    /// - Start time greater than 63 days ago - Round down to the nearest 1-hour clock interval. For example, 12:32:34 is rounded down to 12:00:00.
    ///
    /// If you set `Period` to 5, 10, 20, or 30, the start time of your request is rounded down to the nearest time that corresponds to even 5-, 10-, 20-, or 30-second divisions of a minute. For example, if you make a query at (HH:mm:ss) 01:05:23 for the previous 10-second period, the start time of your request is rounded down and you receive data from 01:05:10 to 01:05:20. If you make a query at 15:07:17 for the previous 5 minutes of data, using a period of 5 seconds, you receive data timestamped between 15:02:15 and 15:07:15.
    ///
    /// For better performance, specify `StartTime` and `EndTime` values that align with the value of the metric's `Period` and sync up with the beginning and end of an hour. For example, if the `Period` of a metric is 5 minutes, specifying 12:05 or 12:30 as `StartTime` can get a faster response from CloudWatch than setting 12:07 or 12:29 as the `StartTime`.
    pub start_time: rt::DateTime,
    /// The time stamp indicating the latest data to be returned.
    ///
    /// The value specified is exclusive; results include data points up to the specified time stamp.
    ///
    /// For better performance, specify `StartTime` and `EndTime` values that align with the value of the metric's `Period` and sync up with the beginning and end of an hour. For example, if the `Period` of a metric is 5 minutes, specifying 12:05 or 12:30 as `EndTime` can get a faster response from CloudWatch than setting 12:07 or 12:29 as the `EndTime`.
    pub end_time: rt::DateTime,
    /// Include this value, if it was returned by the previous `GetMetricData` operation, to get the next set of data points.
    pub next_token: Option<String>,
    /// The order in which data points should be returned. `TimestampDescending` returns the newest data first and paginates when the `MaxDatapoints` limit is reached. `TimestampAscending` returns the oldest data first and paginates when the `MaxDatapoints` limit is reached.
    ///
    /// If you omit this parameter, the default of `TimestampDescending` is used.
    pub scan_by: Option<ScanBy>,
    /// The maximum number of data points the request should return before paginating. If you omit this, the default of 100,800 is used.
    pub max_datapoints: Option<i32>,
    /// This structure includes the `Timezone` parameter, which you can use to specify your time zone so that the labels of returned data display the correct time for your time zone.
    pub label_options: Option<LabelOptions>,
}
rt::structure!(
    GetMetricDataInput, GET_METRIC_DATA_INPUT, [metric_data_queries, start_time,
    end_time, next_token, scan_by, max_datapoints, label_options]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetMetricDataOutput {
    /// The metrics that are returned, including the metric name, namespace, and dimensions.
    pub metric_data_results: Option<Vec<MetricDataResult>>,
    /// A token that marks the next batch of returned results.
    pub next_token: Option<String>,
    /// Contains a message about this `GetMetricData` operation, if the operation results in such a message. An example of a message that might be returned is `Maximum number of allowed metrics exceeded`. If there is a message, as much of the operation as possible is still executed.
    ///
    /// A message appears here only if it is related to the global `GetMetricData` operation. Any message about a specific metric returned by the operation appears in the `MetricDataResult` object returned for that metric.
    pub messages: Option<Vec<MessageData>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetMetricDataOutput, GET_METRIC_DATA_OUTPUT, [metric_data_results, next_token,
    messages], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetMetricDataQueryDefinitionInput {
    /// The ID of the metric data query definition to retrieve.
    pub id: String,
}
rt::structure!(
    GetMetricDataQueryDefinitionInput, GET_METRIC_DATA_QUERY_DEFINITION_INPUT, [id]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetMetricDataQueryDefinitionOutput {
    /// The ID of the metric data query definition.
    pub id: String,
    /// The Amazon Resource Name (ARN) of the metric data query definition.
    pub arn: String,
    /// The path of the metric data query definition.
    pub path: String,
    /// The query expression.
    pub expression: String,
    /// The language of the expression. Valid values are the following:
    ///
    /// - `PROMQL` – A PromQL query.
    ///
    /// - `SQL` – A CloudWatch Metrics Insights query.
    ///
    /// - `METRIC\_MATH` – A metric math expression.
    pub r#type: QueryType,
    /// The date and time when you created the metric data query definition.
    pub created_at: rt::DateTime,
    /// The date and time when you last updated the metric data query definition.
    pub updated_at: rt::DateTime,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetMetricDataQueryDefinitionOutput, GET_METRIC_DATA_QUERY_DEFINITION_OUTPUT, [id,
    arn, path, expression, r#type, created_at, updated_at], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetMetricStatisticsInput {
    /// The namespace of the metric, with or without spaces.
    pub namespace: String,
    /// The name of the metric, with or without spaces.
    pub metric_name: String,
    /// The dimensions. If the metric contains multiple dimensions, you must include a value for each dimension. CloudWatch treats each unique combination of dimensions as a separate metric. If a specific combination of dimensions was not published, you can't retrieve statistics for it. You must specify the same dimensions that were used when the metrics were created. For an example, see [Dimension Combinations](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_concepts.html#dimension-combinations) in the *Amazon CloudWatch User Guide*. For more information about specifying dimensions, see [Publishing Metrics](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/publishingMetrics.html) in the *Amazon CloudWatch User Guide*.
    pub dimensions: Option<Vec<Dimension>>,
    /// The time stamp that determines the first data point to return. Start times are evaluated relative to the time that CloudWatch receives the request.
    ///
    /// The value specified is inclusive; results include data points with the specified time stamp. In a raw HTTP query, the time stamp must be in ISO 8601 UTC format (for example, 2016-10-03T23:00:00Z).
    ///
    /// CloudWatch rounds the specified time stamp as follows:
    ///
    /// - Start time less than 15 days ago - Round down to the nearest whole minute. For example, 12:32:34 is rounded down to 12:32:00.
    ///
    /// - Start time between 15 and 63 days ago - Round down to the nearest 5-minute clock interval. For example, 12:32:34 is rounded down to 12:30:00.
    ///
    /// - Start time greater than 63 days ago - Round down to the nearest 1-hour clock interval. For example, 12:32:34 is rounded down to 12:00:00.
    ///
    /// If you set `Period` to 5, 10, 20, or 30, the start time of your request is rounded down to the nearest time that corresponds to even 5-, 10-, 20-, or 30-second divisions of a minute. For example, if you make a query at (HH:mm:ss) 01:05:23 for the previous 10-second period, the start time of your request is rounded down and you receive data from 01:05:10 to 01:05:20. If you make a query at 15:07:17 for the previous 5 minutes of data, using a period of 5 seconds, you receive data timestamped between 15:02:15 and 15:07:15.
    pub start_time: rt::DateTime,
    /// The time stamp that determines the last data point to return.
    ///
    /// The value specified is exclusive; results include data points up to the specified time stamp. In a raw HTTP query, the time stamp must be in ISO 8601 UTC format (for example, 2016-10-10T23:00:00Z).
    pub end_time: rt::DateTime,
    /// The granularity, in seconds, of the returned data points. For metrics with regular resolution, a period can be as short as one minute (60 seconds) and must be a multiple of 60. For high-resolution metrics that are collected at intervals of less than one minute, the period can be 1, 5, 10, 20, 30, 60, or any multiple of 60. High-resolution metrics are those metrics stored by a `PutMetricData` call that includes a `StorageResolution` of 1 second.
    ///
    /// If the `StartTime` parameter specifies a time stamp that is greater than 3 hours ago, you must specify the period as follows or no data points in that time range is returned:
    ///
    /// - Start time between 3 hours and 15 days ago - Use a multiple of 60 seconds (1 minute).
    ///
    /// - Start time between 15 and 63 days ago - Use a multiple of 300 seconds (5 minutes).
    ///
    /// - Start time greater than 63 days ago - Use a multiple of 3600 seconds (1 hour).
    pub period: i32,
    /// The metric statistics, other than percentile. For percentile statistics, use `ExtendedStatistics`. When calling `GetMetricStatistics`, you must specify either `Statistics` or `ExtendedStatistics`, but not both.
    pub statistics: Option<Vec<Statistic>>,
    /// The percentile statistics. Specify values between p0.0 and p100. When calling `GetMetricStatistics`, you must specify either `Statistics` or `ExtendedStatistics`, but not both. Percentile statistics are not available for metrics when any of the metric values are negative numbers.
    pub extended_statistics: Option<Vec<String>>,
    /// The unit for a given metric. If you omit `Unit`, all data that was collected with any unit is returned, along with the corresponding units that were specified when the data was reported to CloudWatch. If you specify a unit, the operation returns only data that was collected with that unit specified. If you specify a unit that does not match the data collected, the results of the operation are null. CloudWatch does not perform unit conversions.
    pub unit: Option<StandardUnit>,
}
rt::structure!(
    GetMetricStatisticsInput, GET_METRIC_STATISTICS_INPUT, [namespace, metric_name,
    dimensions, start_time, end_time, period, statistics, extended_statistics, unit]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetMetricStatisticsOutput {
    /// A label for the specified metric.
    pub label: Option<String>,
    /// The data points for the specified metric.
    pub datapoints: Option<Vec<Datapoint>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetMetricStatisticsOutput, GET_METRIC_STATISTICS_OUTPUT, [label, datapoints], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetMetricStreamInput {
    /// The name of the metric stream to retrieve information about.
    pub name: String,
}
rt::structure!(GetMetricStreamInput, GET_METRIC_STREAM_INPUT, [name]);
#[derive(Clone, Default, PartialEq)]
pub struct GetMetricStreamOutput {
    /// The ARN of the metric stream.
    pub arn: Option<String>,
    /// The name of the metric stream.
    pub name: Option<String>,
    /// If this array of metric namespaces is present, then these namespaces are the only metric namespaces that are streamed by this metric stream.
    pub include_filters: Option<Vec<MetricStreamFilter>>,
    /// If this array of metric namespaces is present, then these namespaces are the only metric namespaces that are not streamed by this metric stream. In this case, all other metric namespaces in the account are streamed by this metric stream.
    pub exclude_filters: Option<Vec<MetricStreamFilter>>,
    /// The ARN of the Amazon Kinesis Data Firehose delivery stream that is used by this metric stream.
    pub firehose_arn: Option<String>,
    /// The ARN of the IAM role that is used by this metric stream.
    pub role_arn: Option<String>,
    /// The state of the metric stream. The possible values are `running` and `stopped`.
    pub state: Option<String>,
    /// The date that the metric stream was created.
    pub creation_date: Option<rt::DateTime>,
    /// The date of the most recent update to the metric stream's configuration.
    pub last_update_date: Option<rt::DateTime>,
    /// The output format for the stream. Valid values are `json`, `opentelemetry1.0`, and `opentelemetry0.7`. For more information about metric stream output formats, see [Metric streams output formats](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-metric-streams-formats.html).
    pub output_format: Option<MetricStreamOutputFormat>,
    /// Each entry in this array displays information about one or more metrics that include additional statistics in the metric stream. For more information about the additional statistics, see [ CloudWatch statistics definitions](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Statistics-definitions.html).
    pub statistics_configurations: Option<Vec<MetricStreamStatisticsConfiguration>>,
    /// If this is `true` and this metric stream is in a monitoring account, then the stream includes metrics from source accounts that the monitoring account is linked to.
    pub include_linked_accounts_metrics: Option<bool>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetMetricStreamOutput, GET_METRIC_STREAM_OUTPUT, [arn, name, include_filters,
    exclude_filters, firehose_arn, role_arn, state, creation_date, last_update_date,
    output_format, statistics_configurations, include_linked_accounts_metrics], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetMetricWidgetImageInput {
    /// A JSON string that defines the bitmap graph to be retrieved. The string includes the metrics to include in the graph, statistics, annotations, title, axis limits, and so on. You can include only one `MetricWidget` parameter in each `GetMetricWidgetImage` call.
    ///
    /// For more information about the syntax of `MetricWidget` see [GetMetricWidgetImage: Metric Widget Structure and Syntax](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-Metric-Widget-Structure.html).
    ///
    /// If any metric on the graph could not load all the requested data points, an orange triangle with an exclamation point appears next to the graph legend.
    pub metric_widget: String,
    /// The format of the resulting image. Only PNG images are supported.
    ///
    /// The default is `png`. If you specify `png`, the API returns an HTTP response with the content-type set to `text/xml`. The image data is in a `MetricWidgetImage` field. For example:
    ///
    /// ` \<GetMetricWidgetImageResponse xmlns=\<URLstring\>\>`
    ///
    /// ` \<GetMetricWidgetImageResult\>`
    ///
    /// ` \<MetricWidgetImage\>`
    ///
    /// ` iVBORw0KGgoAAAANSUhEUgAAAlgAAAGQEAYAAAAip...`
    ///
    /// ` \</MetricWidgetImage\>`
    ///
    /// ` \</GetMetricWidgetImageResult\>`
    ///
    /// ` \<ResponseMetadata\>`
    ///
    /// ` \<RequestId\>6f0d4192-4d42-11e8-82c1-f539a07e0e3b\</RequestId\>`
    ///
    /// ` \</ResponseMetadata\>`
    ///
    /// `\</GetMetricWidgetImageResponse\>`
    ///
    /// The `image/png` setting is intended only for custom HTTP requests. For most use cases, and all actions using an Amazon Web Services SDK, you should use `png`. If you specify `image/png`, the HTTP response has a content-type set to `image/png`, and the body of the response is a PNG image.
    pub output_format: Option<String>,
}
rt::structure!(
    GetMetricWidgetImageInput, GET_METRIC_WIDGET_IMAGE_INPUT, [metric_widget,
    output_format]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetMetricWidgetImageOutput {
    /// The image of the graph, in the output format specified. The output is base64-encoded.
    pub metric_widget_image: Option<Vec<u8>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetMetricWidgetImageOutput, GET_METRIC_WIDGET_IMAGE_OUTPUT, [metric_widget_image],
    meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetOTelEnrichmentInput {}
rt::structure!(GetOTelEnrichmentInput, GET_O_TEL_ENRICHMENT_INPUT, []);
#[derive(Clone, Default, PartialEq)]
pub struct GetOTelEnrichmentOutput {
    /// The status of OTel enrichment for the account. Valid values are `Running` (enrichment is enabled) and `Stopped` (enrichment is disabled).
    pub status: OTelEnrichmentStatus,
    /// The metric namespaces, and the metric names, that are enriched. This parameter is omitted when enrichment is stopped, and when enrichment is running with no include filters, which means that every supported namespace is in scope.
    pub include_filters: Option<Vec<OTelEnrichmentMetricSelector>>,
    /// The metric namespaces, and the metric names, that are left unenriched. This parameter is omitted when enrichment is stopped, and when enrichment is running with no exclude filters, which means that nothing is excluded.
    pub exclude_filters: Option<Vec<OTelEnrichmentMetricSelector>>,
    /// The date and time that enrichment started for the account. This parameter is omitted when enrichment is stopped.
    pub created_at: Option<rt::DateTime>,
    /// The date and time that the enrichment configuration for the account was last stored.
    pub updated_at: Option<rt::DateTime>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetOTelEnrichmentOutput, GET_O_TEL_ENRICHMENT_OUTPUT, [status, include_filters,
    exclude_filters, created_at, updated_at], meta = response_metadata
);
/// Specifies the resource ARN for a `GetResourceMetricsConfiguration` request.
#[derive(Clone, Default, PartialEq)]
pub struct GetResourceMetricsConfigurationInput {
    /// The Amazon Resource Name (ARN) of the Amazon Web Services resource to retrieve the resource metrics configuration for.
    pub resource_arn: String,
}
rt::structure!(
    GetResourceMetricsConfigurationInput, GET_RESOURCE_METRICS_CONFIGURATION_INPUT,
    [resource_arn]
);
/// Returns the current resource metrics configuration for the specified resource.
#[derive(Clone, Default, PartialEq)]
pub struct GetResourceMetricsConfigurationOutput {
    /// The resource metrics configuration for the specified resource.
    pub resource_metrics_configuration: ResourceMetricsConfiguration,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetResourceMetricsConfigurationOutput, GET_RESOURCE_METRICS_CONFIGURATION_OUTPUT,
    [resource_metrics_configuration], meta = response_metadata
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HistoryItemType {
    /// `ConfigurationUpdate`
    ConfigurationUpdate,
    /// `StateUpdate`
    StateUpdate,
    /// `Action`
    Action,
    /// `AlarmContributorStateUpdate`
    AlarmContributorStateUpdate,
    /// `AlarmContributorAction`
    AlarmContributorAction,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    HistoryItemType, { ConfigurationUpdate => "ConfigurationUpdate", StateUpdate =>
    "StateUpdate", Action => "Action", AlarmContributorStateUpdate =>
    "AlarmContributorStateUpdate", AlarmContributorAction => "AlarmContributorAction" }
);
/// This structure contains the definition for a Contributor Insights rule. For more information about this rule, see[ Using Constributor Insights to analyze high-cardinality data](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ContributorInsights.html) in the *Amazon CloudWatch User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct InsightRule {
    /// The name of the rule.
    pub name: String,
    /// Indicates whether the rule is enabled or disabled.
    pub state: String,
    /// For rules that you create, this is always `{"Name": "CloudWatchLogRule", "Version": 1}`. For managed rules, this is `{"Name": "ServiceLogRule", "Version": 1}`
    pub schema: String,
    /// The definition of the rule, as a JSON object. The definition contains the keywords used to define contributors, the value to aggregate on if this rule returns a sum instead of a count, and the filters. For details on the valid syntax, see [Contributor Insights Rule Syntax](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ContributorInsights-RuleSyntax.html).
    pub definition: String,
    /// An optional built-in rule that Amazon Web Services manages.
    pub managed_rule: Option<bool>,
    /// Displays whether the rule is evaluated on the transformed versions of logs, for log groups that have [Log transformation](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html) enabled. If this is `false`, log events are evaluated before they are transformed.
    pub apply_on_transformed_logs: Option<bool>,
}
rt::structure!(
    InsightRule, INSIGHT_RULE, [name, state, schema, definition, managed_rule,
    apply_on_transformed_logs]
);
/// One of the unique contributors found by a Contributor Insights rule. If the rule contains multiple keys, then a unique contributor is a unique combination of values from all the keys in the rule.
///
/// If the rule contains a single key, then each unique contributor is each unique value for this key.
///
/// For more information, see [GetInsightRuleReport](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetInsightRuleReport.html).
#[derive(Clone, Default, PartialEq)]
pub struct InsightRuleContributor {
    /// One of the log entry field keywords that is used to define contributors for this rule.
    pub keys: Vec<String>,
    /// An approximation of the aggregate value that comes from this contributor.
    pub approximate_aggregate_value: f64,
    /// An array of the data points where this contributor is present. Only the data points when this contributor appeared are included in the array.
    pub datapoints: Vec<InsightRuleContributorDatapoint>,
}
rt::structure!(
    InsightRuleContributor, INSIGHT_RULE_CONTRIBUTOR, [keys, approximate_aggregate_value,
    datapoints]
);
/// One data point related to one contributor.
///
/// For more information, see [GetInsightRuleReport](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetInsightRuleReport.html) and [InsightRuleContributor](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_InsightRuleContributor.html).
#[derive(Clone, Default, PartialEq)]
pub struct InsightRuleContributorDatapoint {
    /// The timestamp of the data point.
    pub timestamp: rt::DateTime,
    /// The approximate value that this contributor added during this timestamp.
    pub approximate_value: f64,
}
rt::structure!(
    InsightRuleContributorDatapoint, INSIGHT_RULE_CONTRIBUTOR_DATAPOINT, [timestamp,
    approximate_value]
);
/// One data point from the metric time series returned in a Contributor Insights rule report.
///
/// For more information, see [GetInsightRuleReport](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetInsightRuleReport.html).
#[derive(Clone, Default, PartialEq)]
pub struct InsightRuleMetricDatapoint {
    /// The timestamp of the data point.
    pub timestamp: rt::DateTime,
    /// The number of unique contributors who published data during this timestamp.
    ///
    /// This statistic is returned only if you included it in the `Metrics` array in your request.
    pub unique_contributors: Option<f64>,
    /// The maximum value provided by one contributor during this timestamp. Each timestamp is evaluated separately, so the identity of the max contributor could be different for each timestamp.
    ///
    /// This statistic is returned only if you included it in the `Metrics` array in your request.
    pub max_contributor_value: Option<f64>,
    /// The number of occurrences that matched the rule during this data point.
    ///
    /// This statistic is returned only if you included it in the `Metrics` array in your request.
    pub sample_count: Option<f64>,
    /// The average value from all contributors during the time period represented by that data point.
    ///
    /// This statistic is returned only if you included it in the `Metrics` array in your request.
    pub average: Option<f64>,
    /// The sum of the values from all contributors during the time period represented by that data point.
    ///
    /// This statistic is returned only if you included it in the `Metrics` array in your request.
    pub sum: Option<f64>,
    /// The minimum value from a single contributor during the time period represented by that data point.
    ///
    /// This statistic is returned only if you included it in the `Metrics` array in your request.
    pub minimum: Option<f64>,
    /// The maximum value from a single occurence from a single contributor during the time period represented by that data point.
    ///
    /// This statistic is returned only if you included it in the `Metrics` array in your request.
    pub maximum: Option<f64>,
}
rt::structure!(
    InsightRuleMetricDatapoint, INSIGHT_RULE_METRIC_DATAPOINT, [timestamp,
    unique_contributors, max_contributor_value, sample_count, average, sum, minimum,
    maximum]
);
/// Request processing has failed due to some unknown error, exception, or failure.
#[derive(Clone, Default, PartialEq)]
pub struct InternalServiceFault {
    pub message: Option<String>,
}
rt::structure!(InternalServiceFault, INTERNAL_SERVICE_FAULT, [message]);
/// Data was not syntactically valid JSON.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidFormatFault {
    pub message: Option<String>,
}
rt::structure!(InvalidFormatFault, INVALID_FORMAT_FAULT, [message]);
/// The next token specified is invalid.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidNextToken {
    pub message: Option<String>,
}
rt::structure!(InvalidNextToken, INVALID_NEXT_TOKEN, [message]);
/// Parameters were used together that cannot be used together.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidParameterCombinationException {
    pub message: Option<String>,
}
rt::structure!(
    InvalidParameterCombinationException, INVALID_PARAMETER_COMBINATION_EXCEPTION,
    [message]
);
/// The value of an input parameter is bad or out-of-range.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidParameterValueException {
    pub message: Option<String>,
}
rt::structure!(
    InvalidParameterValueException, INVALID_PARAMETER_VALUE_EXCEPTION, [message]
);
/// The operation was denied because either the calling principal lacks the required Amazon Web Services Key Management Service (Amazon Web Services KMS) permission on the key, or the key policy does not grant Amazon CloudWatch the permissions it needs to use the key. Verify that the caller has `kms:Decrypt` permission on the key, and that the key policy grants the CloudWatch service principal the `kms:DescribeKey`, `kms:GenerateDataKey`, `kms:Encrypt`, `kms:Decrypt`, and `kms:ReEncrypt\*` permissions described in [AssociateDatasetKmsKey](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_AssociateDatasetKmsKey.html).
#[derive(Clone, Default, PartialEq)]
pub struct KmsAccessDeniedException {
    pub message: String,
}
rt::structure!(KmsAccessDeniedException, KMS_ACCESS_DENIED_EXCEPTION, [message]);
/// The specified Amazon Web Services Key Management Service (Amazon Web Services KMS) key is disabled or pending deletion. Re-enable the key (or restore it, if it is pending deletion) and retry the operation.
#[derive(Clone, Default, PartialEq)]
pub struct KmsKeyDisabledException {
    pub message: String,
}
rt::structure!(KmsKeyDisabledException, KMS_KEY_DISABLED_EXCEPTION, [message]);
/// The specified Amazon Web Services Key Management Service (Amazon Web Services KMS) key could not be found. Verify that the key Amazon Resource Name (ARN) is correct, that the key exists, and that it is in the same Amazon Web Services Region as the resource.
#[derive(Clone, Default, PartialEq)]
pub struct KmsKeyNotFoundException {
    pub message: String,
}
rt::structure!(KmsKeyNotFoundException, KMS_KEY_NOT_FOUND_EXCEPTION, [message]);
/// This structure includes the `Timezone` parameter, which you can use to specify your time zone so that the labels that are associated with returned metrics display the correct time for your time zone.
///
/// The `Timezone` value affects a label only if you have a time-based dynamic expression in the label. For more information about dynamic expressions in labels, see [Using Dynamic Labels](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/graph-dynamic-labels.html).
#[derive(Clone, Default, PartialEq)]
pub struct LabelOptions {
    /// The time zone to use for metric data return in this operation. The format is `+` or `-` followed by four digits. The first two digits indicate the number of hours ahead or behind of UTC, and the final two digits are the number of minutes. For example, +0130 indicates a time zone that is 1 hour and 30 minutes ahead of UTC. The default is +0000.
    pub timezone: Option<String>,
}
rt::structure!(LabelOptions, LABEL_OPTIONS, [timezone]);
/// The operation exceeded one or more limits.
#[derive(Clone, Default, PartialEq)]
pub struct LimitExceededException {}
rt::structure!(LimitExceededException, LIMIT_EXCEEDED_EXCEPTION, []);
/// The quota for alarms for this customer has already been reached.
#[derive(Clone, Default, PartialEq)]
pub struct LimitExceededFault {
    pub message: Option<String>,
}
rt::structure!(LimitExceededFault, LIMIT_EXCEEDED_FAULT, [message]);
#[derive(Clone, Default, PartialEq)]
pub struct ListAlarmMuteRulesInput {
    /// Filter results to show only mute rules that target the specified alarm name.
    pub alarm_name: Option<String>,
    /// Filter results to show only mute rules with the specified statuses. Valid values are `SCHEDULED`, `ACTIVE`, or `EXPIRED`.
    pub statuses: Option<Vec<AlarmMuteRuleStatus>>,
    /// The maximum number of mute rules to return in one call. The default is 50.
    pub max_records: Option<i32>,
    /// The token returned from a previous call to indicate where to continue retrieving results.
    pub next_token: Option<String>,
}
rt::structure!(
    ListAlarmMuteRulesInput, LIST_ALARM_MUTE_RULES_INPUT, [alarm_name, statuses,
    max_records, next_token]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListAlarmMuteRulesOutput {
    /// A list of alarm mute rule summaries.
    pub alarm_mute_rule_summaries: Option<Vec<AlarmMuteRuleSummary>>,
    /// The token to use when requesting the next set of results. If this field is absent, there are no more results to retrieve.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListAlarmMuteRulesOutput, LIST_ALARM_MUTE_RULES_OUTPUT, [alarm_mute_rule_summaries,
    next_token], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListDashboardsInput {
    /// If you specify this parameter, only the dashboards with names starting with the specified string are listed. The maximum length is 255, and valid characters are A-Z, a-z, 0-9, ".", "-", and "\_".
    pub dashboard_name_prefix: Option<String>,
    /// The token returned by a previous call to indicate that there is more data available.
    pub next_token: Option<String>,
}
rt::structure!(
    ListDashboardsInput, LIST_DASHBOARDS_INPUT, [dashboard_name_prefix, next_token]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListDashboardsOutput {
    /// The list of matching dashboards.
    pub dashboard_entries: Option<Vec<DashboardEntry>>,
    /// The token that marks the start of the next batch of returned results.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListDashboardsOutput, LIST_DASHBOARDS_OUTPUT, [dashboard_entries, next_token], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListManagedInsightRulesInput {
    /// The ARN of an Amazon Web Services resource that has managed Contributor Insights rules.
    pub resource_arn: String,
    /// Include this value to get the next set of rules if the value was returned by the previous operation.
    pub next_token: Option<String>,
    /// The maximum number of results to return in one operation. If you omit this parameter, the default number is used. The default number is `100`.
    pub max_results: Option<i32>,
}
rt::structure!(
    ListManagedInsightRulesInput, LIST_MANAGED_INSIGHT_RULES_INPUT, [resource_arn,
    next_token, max_results]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListManagedInsightRulesOutput {
    /// The managed rules that are available for the specified Amazon Web Services resource.
    pub managed_rules: Option<Vec<ManagedRuleDescription>>,
    /// Include this value to get the next set of rules if the value was returned by the previous operation.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListManagedInsightRulesOutput, LIST_MANAGED_INSIGHT_RULES_OUTPUT, [managed_rules,
    next_token], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListMetricDataQueryDefinitionsInput {
    /// The maximum number of metric data query definitions to return in one call. The default is 100.
    pub max_results: Option<i32>,
    /// The token returned by a previous call to indicate where to continue retrieving results.
    pub next_token: Option<String>,
}
rt::structure!(
    ListMetricDataQueryDefinitionsInput, LIST_METRIC_DATA_QUERY_DEFINITIONS_INPUT,
    [max_results, next_token]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListMetricDataQueryDefinitionsOutput {
    /// A list of metric data query definition summaries.
    pub items: Vec<MetricDataQueryDefinitionSummary>,
    /// The token to use when requesting the next set of results. If this field is absent, there are no more results to retrieve.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListMetricDataQueryDefinitionsOutput, LIST_METRIC_DATA_QUERY_DEFINITIONS_OUTPUT,
    [items, next_token], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListMetricStreamsInput {
    /// Include this value, if it was returned by the previous call, to get the next set of metric streams.
    pub next_token: Option<String>,
    /// The maximum number of results to return in one operation.
    pub max_results: Option<i32>,
}
rt::structure!(
    ListMetricStreamsInput, LIST_METRIC_STREAMS_INPUT, [next_token, max_results]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListMetricStreamsOutput {
    /// The token that marks the start of the next batch of returned results. You can use this token in a subsequent operation to get the next batch of results.
    pub next_token: Option<String>,
    /// The array of metric stream information.
    pub entries: Option<Vec<MetricStreamEntry>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListMetricStreamsOutput, LIST_METRIC_STREAMS_OUTPUT, [next_token, entries], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListMetricsInput {
    /// The metric namespace to filter against. Only the namespace that matches exactly will be returned.
    pub namespace: Option<String>,
    /// The name of the metric to filter against. Only the metrics with names that match exactly will be returned.
    pub metric_name: Option<String>,
    /// The dimensions to filter against. Only the dimension with names that match exactly will be returned. If you specify one dimension name and a metric has that dimension and also other dimensions, it will be returned.
    pub dimensions: Option<Vec<DimensionFilter>>,
    /// The token returned by a previous call to indicate that there is more data available.
    pub next_token: Option<String>,
    /// To filter the results to show only metrics that have had data points published in the past three hours, specify this parameter with a value of `PT3H`. This is the only valid value for this parameter.
    ///
    /// The results that are returned are an approximation of the value you specify. There is a low probability that the returned results include metrics with last published data as much as 50 minutes more than the specified time interval.
    pub recently_active: Option<RecentlyActive>,
    /// If you are using this operation in a monitoring account, specify `true` to include metrics from source accounts in the returned data.
    ///
    /// The default is `false`.
    pub include_linked_accounts: Option<bool>,
    /// When you use this operation in a monitoring account, use this field to return metrics only from one source account. To do so, specify that source account ID in this field, and also specify `true` for `IncludeLinkedAccounts`.
    pub owning_account: Option<String>,
}
rt::structure!(
    ListMetricsInput, LIST_METRICS_INPUT, [namespace, metric_name, dimensions,
    next_token, recently_active, include_linked_accounts, owning_account]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListMetricsOutput {
    /// The metrics that match your request.
    pub metrics: Option<Vec<Metric>>,
    /// The token that marks the start of the next batch of returned results.
    pub next_token: Option<String>,
    /// If you are using this operation in a monitoring account, this array contains the account IDs of the source accounts where the metrics in the returned data are from.
    ///
    /// This field is a 1:1 mapping between each metric that is returned and the ID of the owning account.
    pub owning_accounts: Option<Vec<String>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListMetricsOutput, LIST_METRICS_OUTPUT, [metrics, next_token, owning_accounts], meta
    = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListTagsForResourceInput {
    /// The ARN of the CloudWatch resource that you want to view tags for.
    ///
    /// The ARN format of an alarm is `arn:aws:cloudwatch:*Region*:*account-id*:alarm:*alarm-name* `
    ///
    /// The ARN format of a Contributor Insights rule is `arn:aws:cloudwatch:*Region*:*account-id*:insight-rule/*insight-rule-name* `
    ///
    /// The ARN format of a dashboard is `arn:aws:cloudwatch::*account-id*:dashboard/*dashboard-name* `
    ///
    /// The ARN format of a metric stream is `arn:aws:cloudwatch:*Region*:*account-id*:metric-stream/*metric-stream-name* `
    ///
    /// For more information about ARN format, see [ Resource Types Defined by Amazon CloudWatch](https://docs.aws.amazon.com/IAM/latest/UserGuide/list_amazoncloudwatch.html#amazoncloudwatch-resources-for-iam-policies) in the *Amazon Web Services General Reference*.
    pub resource_arn: String,
}
rt::structure!(ListTagsForResourceInput, LIST_TAGS_FOR_RESOURCE_INPUT, [resource_arn]);
#[derive(Clone, Default, PartialEq)]
pub struct ListTagsForResourceOutput {
    /// The list of tag keys and values associated with the resource you specified.
    pub tags: Option<Vec<Tag>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListTagsForResourceOutput, LIST_TAGS_FOR_RESOURCE_OUTPUT, [tags], meta =
    response_metadata
);
/// The details about a log alarm.
#[derive(Clone, Default, PartialEq)]
pub struct LogAlarm {
    /// The name of the alarm.
    pub alarm_name: Option<String>,
    /// The Amazon Resource Name (ARN) of the alarm.
    pub alarm_arn: Option<String>,
    /// The description of the alarm.
    pub alarm_description: Option<String>,
    /// The time stamp of the last update to the alarm configuration.
    pub alarm_configuration_updated_timestamp: Option<rt::DateTime>,
    /// Indicates whether actions should be executed during any changes to the alarm state.
    pub actions_enabled: Option<bool>,
    /// The actions to execute when this alarm transitions to the `OK` state from any other state. Each action is specified as an Amazon Resource Name (ARN).
    pub ok_actions: Option<Vec<String>>,
    /// The actions to execute when this alarm transitions to the `ALARM` state from any other state. Each action is specified as an Amazon Resource Name (ARN).
    pub alarm_actions: Option<Vec<String>>,
    /// The actions to execute when this alarm transitions to the `INSUFFICIENT\_DATA` state from any other state. Each action is specified as an Amazon Resource Name (ARN).
    pub insufficient_data_actions: Option<Vec<String>>,
    /// The state value for the alarm.
    pub state_value: Option<StateValue>,
    /// An explanation for the alarm state, in text format.
    pub state_reason: Option<String>,
    /// An explanation for the alarm state, in JSON format.
    pub state_reason_data: Option<String>,
    /// The time stamp of the last update to the value of either the `StateValue` or `EvaluationState` parameters.
    pub state_updated_timestamp: Option<rt::DateTime>,
    /// The configuration of the underlying CloudWatch Logs scheduled query, including the query string, log groups, schedule, aggregation expression, and the ARN of the managed scheduled query.
    pub scheduled_query_configuration: Option<ScheduledQueryConfiguration>,
    /// The number of most recent scheduled query results that the alarm evaluates against the threshold (the N in M-of-N evaluation).
    pub query_results_to_evaluate: Option<i32>,
    /// The number of query results, out of the most recent `QueryResultsToEvaluate` results, that must breach the threshold to trigger the alarm to transition to `ALARM` (the M in M-of-N evaluation).
    pub query_results_to_alarm: Option<i32>,
    /// The value to compare with the aggregated query result.
    pub threshold: Option<f64>,
    /// The arithmetic operation to use when comparing the aggregated query result and the threshold. The aggregated query result is used as the first operand.
    pub comparison_operator: Option<ComparisonOperator>,
    /// How this alarm handles missing data points. Valid values are `breaching`, `notBreaching`, `ignore`, and `missing`.
    pub treat_missing_data: Option<String>,
    /// The date and time that the alarm's `StateValue` most recently changed.
    pub state_transitioned_timestamp: Option<rt::DateTime>,
    /// If the value of this field is `EVALUATION\_ERROR`, it indicates configuration errors in the alarm setup that require review and correction. Refer to the `StateReason` field of the alarm for more details.
    ///
    /// If the value of this field is `EVALUATION\_FAILURE`, it indicates temporary CloudWatch issues. We recommend manual monitoring until the issue is resolved.
    ///
    /// If the value of this field is `PARTIAL\_DATA`, it indicates that the query returned the maximum 500 contributor groups but more matched. The alarm evaluates the available contributors, but results might be incomplete.
    pub evaluation_state: Option<EvaluationState>,
    /// The number of log lines from the most recent scheduled query execution that are included in alarm action notifications. Valid range is 0 through 50. A value of 0 means no log lines are included.
    pub action_log_line_count: Option<i32>,
    /// The Amazon Resource Name (ARN) of the IAM role that CloudWatch assumes to retrieve log events for inclusion in alarm action notifications. Set when `ActionLogLineCount` is greater than 0.
    pub action_log_line_role_arn: Option<String>,
    /// The warm-up configuration for the alarm. A warm-up period delays alarm evaluation after you create or update the alarm. During the warm-up period, the alarm stays in `INSUFFICIENT\_DATA` and does not perform alarm actions.
    ///
    /// For more information, see [Alarm warm-up periods](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarm-warm-up.html) in the *Amazon CloudWatch User Guide*.
    pub warm_up_configuration: Option<WarmUpConfiguration>,
    /// Settings that change the content of the notifications and events that the alarm sends when its state changes. These settings apply to the alarm's actions, whichever state triggers them.
    pub action_configuration: Option<ActionConfiguration>,
}
rt::structure!(
    LogAlarm, LOG_ALARM, [alarm_name, alarm_arn, alarm_description,
    alarm_configuration_updated_timestamp, actions_enabled, ok_actions, alarm_actions,
    insufficient_data_actions, state_value, state_reason, state_reason_data,
    state_updated_timestamp, scheduled_query_configuration, query_results_to_evaluate,
    query_results_to_alarm, threshold, comparison_operator, treat_missing_data,
    state_transitioned_timestamp, evaluation_state, action_log_line_count,
    action_log_line_role_arn, warm_up_configuration, action_configuration]
);
/// Contains the information that's required to enable a managed Contributor Insights rule for an Amazon Web Services resource.
#[derive(Clone, Default, PartialEq)]
pub struct ManagedRule {
    /// The template name for the managed Contributor Insights rule, as returned by `ListManagedInsightRules`.
    pub template_name: String,
    /// The ARN of an Amazon Web Services resource that has managed Contributor Insights rules.
    pub resource_arn: String,
    /// A list of key-value pairs that you can associate with a managed Contributor Insights rule. You can associate as many as 50 tags with a rule. Tags can help you organize and categorize your resources. You also can use them to scope user permissions by granting a user permission to access or change only the resources that have certain tag values. To associate tags with a rule, you must have the `cloudwatch:TagResource` permission in addition to the `cloudwatch:PutInsightRule` permission. If you are using this operation to update an existing Contributor Insights rule, any tags that you specify in this parameter are ignored. To change the tags of an existing rule, use `TagResource`.
    pub tags: Option<Vec<Tag>>,
}
rt::structure!(ManagedRule, MANAGED_RULE, [template_name, resource_arn, tags]);
/// Contains information about managed Contributor Insights rules, as returned by `ListManagedInsightRules`.
#[derive(Clone, Default, PartialEq)]
pub struct ManagedRuleDescription {
    /// The template name for the managed rule. Used to enable managed rules using `PutManagedInsightRules`.
    pub template_name: Option<String>,
    /// If a managed rule is enabled, this is the ARN for the related Amazon Web Services resource.
    pub resource_arn: Option<String>,
    /// Describes the state of a managed rule. If present, it contains information about the Contributor Insights rule that contains information about the related Amazon Web Services resource.
    pub rule_state: Option<ManagedRuleState>,
}
rt::structure!(
    ManagedRuleDescription, MANAGED_RULE_DESCRIPTION, [template_name, resource_arn,
    rule_state]
);
/// The status of a managed Contributor Insights rule.
#[derive(Clone, Default, PartialEq)]
pub struct ManagedRuleState {
    /// The name of the Contributor Insights rule that contains data for the specified Amazon Web Services resource.
    pub rule_name: String,
    /// Indicates whether the rule is enabled or disabled.
    pub state: String,
}
rt::structure!(ManagedRuleState, MANAGED_RULE_STATE, [rule_name, state]);
/// A message returned by the `GetMetricData`API, including a code and a description.
///
/// If a cross-Region `GetMetricData` operation fails with a code of `Forbidden` and a value of `Authentication too complex to retrieve cross region data`, you can correct the problem by running the `GetMetricData` operation in the same Region where the metric data is.
#[derive(Clone, Default, PartialEq)]
pub struct MessageData {
    /// The error code or status code associated with the message.
    pub code: Option<String>,
    /// The message text.
    pub value: Option<String>,
}
rt::structure!(MessageData, MESSAGE_DATA, [code, value]);
/// Represents a specific metric.
#[derive(Clone, Default, PartialEq)]
pub struct Metric {
    /// The namespace of the metric.
    pub namespace: Option<String>,
    /// The name of the metric. This is a required field.
    pub metric_name: Option<String>,
    /// The dimensions for the metric.
    pub dimensions: Option<Vec<Dimension>>,
}
rt::structure!(Metric, METRIC, [namespace, metric_name, dimensions]);
/// The details about a metric alarm.
#[derive(Clone, Default, PartialEq)]
pub struct MetricAlarm {
    /// The name of the alarm.
    pub alarm_name: Option<String>,
    /// The Amazon Resource Name (ARN) of the alarm.
    pub alarm_arn: Option<String>,
    /// The description of the alarm.
    pub alarm_description: Option<String>,
    /// The time stamp of the last update to the alarm configuration.
    pub alarm_configuration_updated_timestamp: Option<rt::DateTime>,
    /// Indicates whether actions should be executed during any changes to the alarm state.
    pub actions_enabled: Option<bool>,
    /// The actions to execute when this alarm transitions to the `OK` state from any other state. Each action is specified as an Amazon Resource Name (ARN).
    pub ok_actions: Option<Vec<String>>,
    /// The actions to execute when this alarm transitions to the `ALARM` state from any other state. Each action is specified as an Amazon Resource Name (ARN).
    pub alarm_actions: Option<Vec<String>>,
    /// The actions to execute when this alarm transitions to the `INSUFFICIENT\_DATA` state from any other state. Each action is specified as an Amazon Resource Name (ARN).
    pub insufficient_data_actions: Option<Vec<String>>,
    /// The state value for the alarm.
    pub state_value: Option<StateValue>,
    /// An explanation for the alarm state, in text format.
    pub state_reason: Option<String>,
    /// An explanation for the alarm state, in JSON format.
    pub state_reason_data: Option<String>,
    /// The time stamp of the last update to the value of either the `StateValue` or `EvaluationState` parameters.
    pub state_updated_timestamp: Option<rt::DateTime>,
    /// The name of the metric associated with the alarm, if this is an alarm based on a single metric.
    pub metric_name: Option<String>,
    /// The namespace of the metric associated with the alarm.
    pub namespace: Option<String>,
    /// The statistic for the metric associated with the alarm, other than percentile. For percentile statistics, use `ExtendedStatistic`.
    pub statistic: Option<Statistic>,
    /// The percentile statistic for the metric associated with the alarm. Specify a value between p0.0 and p100.
    pub extended_statistic: Option<String>,
    /// The dimensions for the metric associated with the alarm.
    pub dimensions: Option<Vec<Dimension>>,
    /// The period, in seconds, over which the statistic is applied.
    pub period: Option<i32>,
    /// The unit of the metric associated with the alarm.
    pub unit: Option<StandardUnit>,
    /// The number of periods over which data is compared to the specified threshold.
    pub evaluation_periods: Option<i32>,
    /// The number of data points that must be breaching to trigger the alarm.
    pub datapoints_to_alarm: Option<i32>,
    /// The value to compare with the specified statistic.
    pub threshold: Option<f64>,
    /// The arithmetic operation to use when comparing the specified statistic and threshold. The specified statistic value is used as the first operand.
    pub comparison_operator: Option<ComparisonOperator>,
    /// Sets how this alarm is to handle missing data points. The valid values are `breaching`, `notBreaching`, `ignore`, and `missing`. For more information, see [Configuring how CloudWatch alarms treat missing data](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html#alarms-and-missing-data).
    ///
    /// If this parameter is omitted, the default behavior of `missing` is used.
    ///
    /// This parameter is not applicable to PromQL alarms.
    pub treat_missing_data: Option<String>,
    /// Used only for alarms based on percentiles. If `ignore`, the alarm state does not change during periods with too few data points to be statistically significant. If `evaluate` or this parameter is not used, the alarm is always evaluated and possibly changes state no matter how many data points are available.
    pub evaluate_low_sample_count_percentile: Option<String>,
    /// An array of MetricDataQuery structures, used in an alarm based on a metric math expression. Each structure either retrieves a metric or performs a math expression. One item in the Metrics array is the math expression that the alarm watches. This expression by designated by having `ReturnData` set to true.
    pub metrics: Option<Vec<MetricDataQuery>>,
    /// In an alarm based on an anomaly detection model, this is the ID of the `ANOMALY\_DETECTION\_BAND` function used as the threshold for the alarm.
    pub threshold_metric_id: Option<String>,
    /// If the value of this field is `PARTIAL\_DATA`, it indicates that not all the available data was able to be retrieved due to quota limitations. For more information, see [Create alarms on Metrics Insights queries](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Create_Metrics_Insights_Alarm.html).
    ///
    /// If the value of this field is `EVALUATION\_ERROR`, it indicates configuration errors in alarm setup that require review and correction. Refer to StateReason field of the alarm for more details.
    ///
    /// If the value of this field is `EVALUATION\_FAILURE`, it indicates temporary CloudWatch issues. We recommend manual monitoring until the issue is resolved
    pub evaluation_state: Option<EvaluationState>,
    /// The date and time that the alarm's `StateValue` most recently changed.
    pub state_transitioned_timestamp: Option<rt::DateTime>,
    /// The evaluation window that the alarm uses to select the range of metric data that it evaluates. This is either a sliding window or a wall clock window. For more information, see [Alarm evaluation windows](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarm-evaluation-window.html) in the *CloudWatch User Guide*.
    pub evaluation_window: Option<EvaluationWindow>,
    /// The warm-up configuration for the alarm. A warm-up period delays alarm evaluation after you create or update the alarm. During the warm-up period, the alarm stays in `INSUFFICIENT\_DATA` and does not perform alarm actions.
    ///
    /// For more information, see [Alarm warm-up periods](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarm-warm-up.html) in the *Amazon CloudWatch User Guide*.
    pub warm_up_configuration: Option<WarmUpConfiguration>,
    /// The evaluation criteria for the alarm.
    pub evaluation_criteria: Option<EvaluationCriteria>,
    /// The frequency, in seconds, at which the alarm is evaluated.
    pub evaluation_interval: Option<i32>,
    /// Settings that change the content of the notifications and events that the alarm sends when its state changes. These settings apply to the alarm's actions, whichever state triggers them.
    pub action_configuration: Option<ActionConfiguration>,
}
rt::structure!(
    MetricAlarm, METRIC_ALARM, [alarm_name, alarm_arn, alarm_description,
    alarm_configuration_updated_timestamp, actions_enabled, ok_actions, alarm_actions,
    insufficient_data_actions, state_value, state_reason, state_reason_data,
    state_updated_timestamp, metric_name, namespace, statistic, extended_statistic,
    dimensions, period, unit, evaluation_periods, datapoints_to_alarm, threshold,
    comparison_operator, treat_missing_data, evaluate_low_sample_count_percentile,
    metrics, threshold_metric_id, evaluation_state, state_transitioned_timestamp,
    evaluation_window, warm_up_configuration, evaluation_criteria, evaluation_interval,
    action_configuration]
);
/// This object includes parameters that you can use to provide information to CloudWatch to help it build more accurate anomaly detection models.
#[derive(Clone, Default, PartialEq)]
pub struct MetricCharacteristics {
    /// Set this parameter to `true` if values for this metric consistently include spikes that should not be considered to be anomalies. With this set to `true`, CloudWatch will expect to see spikes that occurred consistently during the model training period, and won't flag future similar spikes as anomalies.
    pub periodic_spikes: Option<bool>,
}
rt::structure!(MetricCharacteristics, METRIC_CHARACTERISTICS, [periodic_spikes]);
/// This structure is used in both `GetMetricData` and `PutMetricAlarm`. The supported use of this structure is different for those two operations.
///
/// When used in `GetMetricData`, it indicates the metric data to return, and whether this call is just retrieving a batch set of data for one metric, or is performing a Metrics Insights query or a math expression. A single `GetMetricData` call can include up to 500 `MetricDataQuery` structures.
///
/// When used in `PutMetricAlarm`, it enables you to create an alarm based on a metric math expression. Each `MetricDataQuery` in the array specifies either a metric to retrieve, or a math expression to be performed on retrieved metrics. A single `PutMetricAlarm` call can include up to 20 `MetricDataQuery` structures in the array. The 20 structures can include as many as 10 structures that contain a `MetricStat` parameter to retrieve a metric, and as many as 10 structures that contain the `Expression` parameter to perform a math expression. Of those `Expression` structures, one must have `true` as the value for `ReturnData`. The result of this expression is the value the alarm watches.
///
/// Any expression used in a `PutMetricAlarm` operation must return a single time series. For more information, see [Metric Math Syntax and Functions](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/using-metric-math.html#metric-math-syntax) in the *Amazon CloudWatch User Guide*.
///
/// Some of the parameters of this structure also have different uses whether you are using this structure in a `GetMetricData` operation or a `PutMetricAlarm` operation. These differences are explained in the following parameter list.
#[derive(Clone, Default, PartialEq)]
pub struct MetricDataQuery {
    /// A short name used to tie this object to the results in the response. This name must be unique within a single call to `GetMetricData`. If you are performing math expressions on this set of data, this name represents that data and can serve as a variable in the mathematical expression. The valid characters are letters, numbers, and underscore. The first character must be a lowercase letter.
    pub id: String,
    /// The metric to be returned, along with statistics, period, and units. Use this parameter only if this object is retrieving a metric and not performing a math expression on returned data.
    ///
    /// Within one MetricDataQuery object, you must specify either `Expression` or `MetricStat` but not both.
    pub metric_stat: Option<MetricStat>,
    /// This field can contain either a Metrics Insights query, or a metric math expression to be performed on the returned data. For more information about Metrics Insights queries, see [Metrics Insights query components and syntax](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch-metrics-insights-querylanguage) in the *Amazon CloudWatch User Guide*.
    ///
    /// A math expression can use the `Id` of the other metrics or queries to refer to those metrics, and can also use the `Id` of other expressions to use the result of those expressions. For more information about metric math expressions, see [Metric Math Syntax and Functions](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/using-metric-math.html#metric-math-syntax) in the *Amazon CloudWatch User Guide*.
    ///
    /// Within each MetricDataQuery object, you must specify either `Expression` or `MetricStat` but not both.
    pub expression: Option<String>,
    /// A human-readable label for this metric or expression. This is especially useful if this is an expression, so that you know what the value represents. If the metric or expression is shown in a CloudWatch dashboard widget, the label is shown. If Label is omitted, CloudWatch generates a default.
    ///
    /// You can put dynamic expressions into a label, so that it is more descriptive. For more information, see [Using Dynamic Labels](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/graph-dynamic-labels.html).
    pub label: Option<String>,
    /// When used in `GetMetricData`, this option indicates whether to return the timestamps and raw data values of this metric. If you are performing this call just to do math expressions and do not also need the raw data returned, you can specify `false`. If you omit this, the default of `true` is used.
    ///
    /// When used in `PutMetricAlarm`, specify `true` for the one expression result to use as the alarm. For all other metrics and expressions in the same `PutMetricAlarm` operation, specify `ReturnData` as False.
    pub return_data: Option<bool>,
    /// The granularity, in seconds, of the returned data points. For metrics with regular resolution, a period can be as short as one minute (60 seconds) and must be a multiple of 60. For high-resolution metrics that are collected at intervals of less than one minute, the period can be 1, 5, 10, 20, 30, 60, or any multiple of 60. High-resolution metrics are those metrics stored by a `PutMetricData` operation that includes a `StorageResolution of 1 second`.
    pub period: Option<i32>,
    /// The ID of the account where the metrics are located.
    ///
    /// If you are performing a `GetMetricData` operation in a monitoring account, use this to specify which account to retrieve this metric from.
    ///
    /// If you are performing a `PutMetricAlarm` operation, use this to specify which account contains the metric that the alarm is watching.
    pub account_id: Option<String>,
}
rt::structure!(
    MetricDataQuery, METRIC_DATA_QUERY, [id, metric_stat, expression, label, return_data,
    period, account_id]
);
/// Summary information about a metric data query definition. To get the expression, call `GetMetricDataQueryDefinition`.
#[derive(Clone, Default, PartialEq)]
pub struct MetricDataQueryDefinitionSummary {
    /// The ID of the metric data query definition.
    pub id: String,
    /// The path of the metric data query definition.
    pub path: String,
    /// The language of the expression. Valid values are the following:
    ///
    /// - `PROMQL` – A PromQL query.
    ///
    /// - `SQL` – A CloudWatch Metrics Insights query.
    ///
    /// - `METRIC\_MATH` – A metric math expression.
    pub r#type: QueryType,
    /// The date and time when you last updated the metric data query definition.
    pub updated_at: Option<rt::DateTime>,
}
rt::structure!(
    MetricDataQueryDefinitionSummary, METRIC_DATA_QUERY_DEFINITION_SUMMARY, [id, path,
    r#type, updated_at]
);
/// A `GetMetricData` call returns an array of `MetricDataResult` structures. Each of these structures includes the data points for that metric, along with the timestamps of those data points and other identifying information.
#[derive(Clone, Default, PartialEq)]
pub struct MetricDataResult {
    /// The short name you specified to represent this metric.
    pub id: Option<String>,
    /// The human-readable label associated with the data.
    pub label: Option<String>,
    /// The timestamps for the data points, formatted in Unix timestamp format. The number of timestamps always matches the number of values and the value for Timestamps\[x\] is Values\[x\].
    pub timestamps: Option<Vec<rt::DateTime>>,
    /// The data points for the metric corresponding to `Timestamps`. The number of values always matches the number of timestamps and the timestamp for Values\[x\] is Timestamps\[x\].
    pub values: Option<Vec<f64>>,
    /// The status of the returned data. `Complete` indicates that all data points in the requested time range were returned. `PartialData` means that an incomplete set of data points were returned. You can use the `NextToken` value that was returned and repeat your request to get more data points. `NextToken` is not returned if you are performing a math expression. `InternalError` indicates that an error occurred. Retry your request using `NextToken`, if present.
    pub status_code: Option<StatusCode>,
    /// A list of messages with additional information about the data returned.
    pub messages: Option<Vec<MessageData>>,
}
rt::structure!(
    MetricDataResult, METRIC_DATA_RESULT, [id, label, timestamps, values, status_code,
    messages]
);
/// Encapsulates the information sent to either create a metric or add new values to be aggregated into an existing metric.
#[derive(Clone, Default, PartialEq)]
pub struct MetricDatum {
    /// The name of the metric.
    pub metric_name: String,
    /// The dimensions associated with the metric.
    pub dimensions: Option<Vec<Dimension>>,
    /// The time the metric data was received, expressed as the number of milliseconds since Jan 1, 1970 00:00:00 UTC.
    pub timestamp: Option<rt::DateTime>,
    /// The value for the metric.
    ///
    /// Although the parameter accepts numbers of type Double, CloudWatch rejects values that are either too small or too large. Values must be in the range of -2^360 to 2^360. In addition, special values (for example, NaN, +Infinity, -Infinity) are not supported.
    pub value: Option<f64>,
    /// The statistical values for the metric.
    pub statistic_values: Option<StatisticSet>,
    /// Array of numbers representing the values for the metric during the period. Each unique value is listed just once in this array, and the corresponding number in the `Counts` array specifies the number of times that value occurred during the period. You can include up to 150 unique values in each `PutMetricData` action that specifies a `Values` array.
    ///
    /// Although the `Values` array accepts numbers of type `Double`, CloudWatch rejects values that are either too small or too large. Values must be in the range of -2^360 to 2^360. In addition, special values (for example, NaN, +Infinity, -Infinity) are not supported.
    pub values: Option<Vec<f64>>,
    /// Array of numbers that is used along with the `Values` array. Each number in the `Count` array is the number of times the corresponding value in the `Values` array occurred during the period.
    ///
    /// If you omit the `Counts` array, the default of 1 is used as the value for each count. If you include a `Counts` array, it must include the same amount of values as the `Values` array.
    pub counts: Option<Vec<f64>>,
    /// When you are using a `Put` operation, this defines what unit you want to use when storing the metric.
    ///
    /// In a `Get` operation, this displays the unit that is used for the metric.
    pub unit: Option<StandardUnit>,
    /// Valid values are 1 and 60. Setting this to 1 specifies this metric as a high-resolution metric, so that CloudWatch stores the metric with sub-minute resolution down to one second. Setting this to 60 specifies this metric as a regular-resolution metric, which CloudWatch stores at 1-minute resolution. Currently, high resolution is available only for custom metrics. For more information about high-resolution metrics, see [High-Resolution Metrics](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/publishingMetrics.html#high-resolution-metrics) in the *Amazon CloudWatch User Guide*.
    ///
    /// This field is optional, if you do not specify it the default of 60 is used.
    pub storage_resolution: Option<i32>,
}
rt::structure!(
    MetricDatum, METRIC_DATUM, [metric_name, dimensions, timestamp, value,
    statistic_values, values, counts, unit, storage_resolution]
);
/// Indicates the CloudWatch math expression that provides the time series the anomaly detector uses as input. The designated math expression must return a single time series.
#[derive(Clone, Default, PartialEq)]
pub struct MetricMathAnomalyDetector {
    /// An array of metric data query structures that enables you to create an anomaly detector based on the result of a metric math expression. Each item in `MetricDataQueries` gets a metric or performs a math expression. One item in `MetricDataQueries` is the expression that provides the time series that the anomaly detector uses as input. Designate the expression by setting `ReturnData` to `true` for this object in the array. For all other expressions and metrics, set `ReturnData` to `false`. The designated expression must return a single time series.
    pub metric_data_queries: Option<Vec<MetricDataQuery>>,
}
rt::structure!(
    MetricMathAnomalyDetector, METRIC_MATH_ANOMALY_DETECTOR, [metric_data_queries]
);
/// This structure defines the metric to be returned, along with the statistics, period, and units.
#[derive(Clone, Default, PartialEq)]
pub struct MetricStat {
    /// The metric to return, including the metric name, namespace, and dimensions.
    pub metric: Metric,
    /// The granularity, in seconds, of the returned data points. For metrics with regular resolution, a period can be as short as one minute (60 seconds) and must be a multiple of 60. For high-resolution metrics that are collected at intervals of less than one minute, the period can be 1, 5, 10, 20, 30, 60, or any multiple of 60. High-resolution metrics are those metrics stored by a `PutMetricData` call that includes a `StorageResolution` of 1 second.
    ///
    /// If the `StartTime` parameter specifies a time stamp that is greater than 3 hours ago, you must specify the period as follows or no data points in that time range is returned:
    ///
    /// - Start time between 3 hours and 15 days ago - Use a multiple of 60 seconds (1 minute).
    ///
    /// - Start time between 15 and 63 days ago - Use a multiple of 300 seconds (5 minutes).
    ///
    /// - Start time greater than 63 days ago - Use a multiple of 3600 seconds (1 hour).
    pub period: i32,
    /// The statistic to return. It can include any CloudWatch statistic or extended statistic.
    pub stat: String,
    /// When you are using a `Put` operation, this defines what unit you want to use when storing the metric.
    ///
    /// In a `Get` operation, if you omit `Unit` then all data that was collected with any unit is returned, along with the corresponding units that were specified when the data was reported to CloudWatch. If you specify a unit, the operation returns only data that was collected with that unit specified. If you specify a unit that does not match the data collected, the results of the operation are null. CloudWatch does not perform unit conversions.
    pub unit: Option<StandardUnit>,
}
rt::structure!(MetricStat, METRIC_STAT, [metric, period, stat, unit]);
/// This structure contains the configuration information about one metric stream.
#[derive(Clone, Default, PartialEq)]
pub struct MetricStreamEntry {
    /// The ARN of the metric stream.
    pub arn: Option<String>,
    /// The date that the metric stream was originally created.
    pub creation_date: Option<rt::DateTime>,
    /// The date that the configuration of this metric stream was most recently updated.
    pub last_update_date: Option<rt::DateTime>,
    /// The name of the metric stream.
    pub name: Option<String>,
    /// The ARN of the Kinesis Firehose devlivery stream that is used for this metric stream.
    pub firehose_arn: Option<String>,
    /// The current state of this stream. Valid values are `running` and `stopped`.
    pub state: Option<String>,
    /// The output format of this metric stream. Valid values are `json`, `opentelemetry1.0`, and `opentelemetry0.7`.
    pub output_format: Option<MetricStreamOutputFormat>,
}
rt::structure!(
    MetricStreamEntry, METRIC_STREAM_ENTRY, [arn, creation_date, last_update_date, name,
    firehose_arn, state, output_format]
);
/// This structure contains a metric namespace and optionally, a list of metric names, to either include in a metric stream or exclude from a metric stream.
///
/// A metric stream's filters can include up to 1000 total names. This limit applies to the sum of namespace names and metric names in the filters. For example, this could include 10 metric namespace filters with 99 metrics each, or 20 namespace filters with 49 metrics specified in each filter.
#[derive(Clone, Default, PartialEq)]
pub struct MetricStreamFilter {
    /// The name of the metric namespace for this filter.
    ///
    /// The namespace can contain only ASCII printable characters (ASCII range 32 through 126). It must contain at least one non-whitespace character.
    pub namespace: Option<String>,
    /// The names of the metrics to either include or exclude from the metric stream.
    ///
    /// If you omit this parameter, all metrics in the namespace are included or excluded, depending on whether this filter is specified as an exclude filter or an include filter.
    ///
    /// Each metric name can contain only ASCII printable characters (ASCII range 32 through 126). Each metric name must contain at least one non-whitespace character.
    pub metric_names: Option<Vec<String>>,
}
rt::structure!(MetricStreamFilter, METRIC_STREAM_FILTER, [namespace, metric_names]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MetricStreamOutputFormat {
    /// `json`
    Json,
    /// `opentelemetry0.7`
    Opentelemetry07,
    /// `opentelemetry1.0`
    Opentelemetry10,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    MetricStreamOutputFormat, { Json => "json", Opentelemetry07 => "opentelemetry0.7",
    Opentelemetry10 => "opentelemetry1.0" }
);
/// By default, a metric stream always sends the `MAX`, `MIN`, `SUM`, and `SAMPLECOUNT` statistics for each metric that is streamed. This structure contains information for one metric that includes additional statistics in the stream. For more information about statistics, see CloudWatch, listed in [ CloudWatch statistics definitions](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Statistics-definitions.html).
#[derive(Clone, Default, PartialEq)]
pub struct MetricStreamStatisticsConfiguration {
    /// An array of metric name and namespace pairs that stream the additional statistics listed in the value of the `AdditionalStatistics` parameter. There can be as many as 100 pairs in the array.
    ///
    /// All metrics that match the combination of metric name and namespace will be streamed with the additional statistics, no matter their dimensions.
    pub include_metrics: Vec<MetricStreamStatisticsMetric>,
    /// The list of additional statistics that are to be streamed for the metrics listed in the `IncludeMetrics` array in this structure. This list can include as many as 20 statistics.
    ///
    /// If the `OutputFormat` for the stream is `opentelemetry1.0` or `opentelemetry0.7`, the only valid values are `p*??* ` percentile statistics such as `p90`, `p99` and so on.
    ///
    /// If the `OutputFormat` for the stream is `json`, the valid values include the abbreviations for all of the statistics listed in [ CloudWatch statistics definitions](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Statistics-definitions.html). For example, this includes `tm98, ` `wm90`, `PR(:300)`, and so on.
    pub additional_statistics: Vec<String>,
}
rt::structure!(
    MetricStreamStatisticsConfiguration, METRIC_STREAM_STATISTICS_CONFIGURATION,
    [include_metrics, additional_statistics]
);
/// This object contains the information for one metric that is to be streamed with additional statistics.
#[derive(Clone, Default, PartialEq)]
pub struct MetricStreamStatisticsMetric {
    /// The namespace of the metric.
    pub namespace: String,
    /// The name of the metric.
    pub metric_name: String,
}
rt::structure!(
    MetricStreamStatisticsMetric, METRIC_STREAM_STATISTICS_METRIC, [namespace,
    metric_name]
);
/// An input parameter that is required is missing.
#[derive(Clone, Default, PartialEq)]
pub struct MissingRequiredParameterException {
    pub message: Option<String>,
}
rt::structure!(
    MissingRequiredParameterException, MISSING_REQUIRED_PARAMETER_EXCEPTION, [message]
);
/// Specifies which alarms an alarm mute rule applies to.
///
/// You can target up to 100 specific alarms by name. When a mute rule is active, the targeted alarms continue to evaluate metrics and transition between states, but their configured actions are muted.
#[derive(Clone, Default, PartialEq)]
pub struct MuteTargets {
    /// The list of alarm names that this mute rule targets. You can specify up to 100 alarm names.
    ///
    /// Each alarm name must be between 1 and 255 characters in length. The alarm names must match existing alarms in your Amazon Web Services account and region.
    pub alarm_names: Vec<String>,
}
rt::structure!(MuteTargets, MUTE_TARGETS, [alarm_names]);
/// Selects the metrics in one namespace, for use in the `IncludeFilters` or `ExcludeFilters` parameter of [StartOTelEnrichment](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_StartOTelEnrichment.html) or [UpdateOTelEnrichment](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_UpdateOTelEnrichment.html).
///
/// A maximum of 100 selectors is allowed across `IncludeFilters` and `ExcludeFilters` combined.
#[derive(Clone, Default, PartialEq)]
pub struct OTelEnrichmentMetricSelector {
    /// The namespace of the metrics to select. Namespaces are matched exactly and are case-sensitive.
    pub namespace: String,
    /// The names of the metrics to select within the namespace. Metric names are matched exactly and are case-sensitive. If this parameter is omitted, every metric in the namespace is selected.
    ///
    /// A maximum of 100 metric names is allowed for each selector.
    pub metric_names: Option<Vec<String>>,
}
rt::structure!(
    OTelEnrichmentMetricSelector, O_TEL_ENRICHMENT_METRIC_SELECTOR, [namespace,
    metric_names]
);
/// The status of OTel enrichment for the account.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OTelEnrichmentStatus {
    /// `Running`
    Running,
    /// `Stopped`
    Stopped,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(OTelEnrichmentStatus, { Running => "Running", Stopped => "Stopped" });
/// This array is empty if the API operation was successful for all the rules specified in the request. If the operation could not process one of the rules, the following data is returned for each of those rules.
#[derive(Clone, Default, PartialEq)]
pub struct PartialFailure {
    /// The specified rule that could not be deleted.
    pub failure_resource: Option<String>,
    /// The type of error.
    pub exception_type: Option<String>,
    /// The code of the error.
    pub failure_code: Option<String>,
    /// A description of the error.
    pub failure_description: Option<String>,
}
rt::structure!(
    PartialFailure, PARTIAL_FAILURE, [failure_resource, exception_type, failure_code,
    failure_description]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutAlarmMuteRuleInput {
    /// The name of the alarm mute rule. This name must be unique within your Amazon Web Services account and region.
    pub name: String,
    /// A description of the alarm mute rule that helps you identify its purpose.
    pub description: Option<String>,
    /// The configuration that defines when and how long alarms should be muted.
    pub rule: Rule,
    /// Specifies which alarms this rule applies to.
    pub mute_targets: Option<MuteTargets>,
    /// A list of key-value pairs to associate with the alarm mute rule. You can use tags to categorize and manage your mute rules.
    pub tags: Option<Vec<Tag>>,
    /// The date and time after which the mute rule takes effect, specified as a timestamp in ISO 8601 format (for example, `2026-04-15T08:00:00Z`). If not specified, the mute rule takes effect immediately upon creation and the mutes are applied as per the schedule expression.
    pub start_date: Option<rt::DateTime>,
    /// The date and time when the mute rule expires and is no longer evaluated, specified as a timestamp in ISO 8601 format (for example, `2026-12-31T23:59:59Z`). After this time, the rule status becomes EXPIRED and will no longer mute the targeted alarms.
    pub expire_date: Option<rt::DateTime>,
}
rt::structure!(
    PutAlarmMuteRuleInput, PUT_ALARM_MUTE_RULE_INPUT, [name, description, rule,
    mute_targets, tags, start_date, expire_date]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutAnomalyDetectorInput {
    /// The namespace of the metric to create the anomaly detection model for.
    pub namespace: Option<String>,
    /// The name of the metric to create the anomaly detection model for.
    pub metric_name: Option<String>,
    /// The metric dimensions to create the anomaly detection model for.
    pub dimensions: Option<Vec<Dimension>>,
    /// The statistic to use for the metric and the anomaly detection model.
    pub stat: Option<String>,
    /// The configuration specifies details about how the anomaly detection model is to be trained, including time ranges to exclude when training and updating the model. You can specify as many as 10 time ranges.
    ///
    /// The configuration can also include the time zone to use for the metric.
    pub configuration: Option<AnomalyDetectorConfiguration>,
    /// Use this object to include parameters to provide information about your metric to CloudWatch to help it build more accurate anomaly detection models. Currently, it includes the `PeriodicSpikes` parameter.
    pub metric_characteristics: Option<MetricCharacteristics>,
    /// A single metric anomaly detector to be created.
    ///
    /// When using `SingleMetricAnomalyDetector`, you cannot include the following parameters in the same operation:
    ///
    /// - `Dimensions`
    ///
    /// - `MetricName`
    ///
    /// - `Namespace`
    ///
    /// - `Stat`
    ///
    /// - the `MetricMathAnomalyDetector` parameters of `PutAnomalyDetectorInput`
    ///
    /// Instead, specify the single metric anomaly detector attributes as part of the property `SingleMetricAnomalyDetector`.
    pub single_metric_anomaly_detector: Option<SingleMetricAnomalyDetector>,
    /// The metric math anomaly detector to be created.
    ///
    /// When using `MetricMathAnomalyDetector`, you cannot include the following parameters in the same operation:
    ///
    /// - `Dimensions`
    ///
    /// - `MetricName`
    ///
    /// - `Namespace`
    ///
    /// - `Stat`
    ///
    /// - the `SingleMetricAnomalyDetector` parameters of `PutAnomalyDetectorInput`
    ///
    /// Instead, specify the metric math anomaly detector attributes as part of the property `MetricMathAnomalyDetector`.
    pub metric_math_anomaly_detector: Option<MetricMathAnomalyDetector>,
}
rt::structure!(
    PutAnomalyDetectorInput, PUT_ANOMALY_DETECTOR_INPUT, [namespace, metric_name,
    dimensions, stat, configuration, metric_characteristics,
    single_metric_anomaly_detector, metric_math_anomaly_detector]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutAnomalyDetectorOutput {
    /// The unique identifier of the anomaly detector that you created or updated.
    pub anomaly_detector_id: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    PutAnomalyDetectorOutput, PUT_ANOMALY_DETECTOR_OUTPUT, [anomaly_detector_id], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct PutCompositeAlarmInput {
    /// Indicates whether actions should be executed during any changes to the alarm state of the composite alarm. The default is `TRUE`.
    pub actions_enabled: Option<bool>,
    /// The actions to execute when this alarm transitions to the `ALARM` state from any other state. Each action is specified as an Amazon Resource Name (ARN).
    ///
    /// Valid Values: \]
    ///
    /// **Amazon SNS actions:**
    ///
    /// `arn:aws:sns:*region*:*account-id*:*sns-topic-name* `
    ///
    /// **Lambda actions:**
    ///
    /// - Invoke the latest version of a Lambda function: `arn:aws:lambda:*region*:*account-id*:function:*function-name* `
    ///
    /// - Invoke a specific version of a Lambda function: `arn:aws:lambda:*region*:*account-id*:function:*function-name*:*version-number* `
    ///
    /// - Invoke a function by using an alias Lambda function: `arn:aws:lambda:*region*:*account-id*:function:*function-name*:*alias-name* `
    ///
    /// **Systems Manager actions:**
    ///
    /// `arn:aws:ssm:*region*:*account-id*:opsitem:*severity* `
    ///
    /// **Start a Amazon Q Developer operational investigation**
    ///
    /// `arn:aws:aiops:*region*:*account-id*:investigation-group:*investigation-group-id* `
    pub alarm_actions: Option<Vec<String>>,
    /// The description for the composite alarm.
    pub alarm_description: Option<String>,
    /// The name for the composite alarm. This name must be unique within the Region.
    pub alarm_name: String,
    /// An expression that specifies which other alarms are to be evaluated to determine this composite alarm's state. For each alarm that you reference, you designate a function that specifies whether that alarm needs to be in ALARM state, OK state, or INSUFFICIENT\_DATA state. You can use operators (AND, OR and NOT) to combine multiple functions in a single expression. You can use parenthesis to logically group the functions in your expression.
    ///
    /// You can use either alarm names or ARNs to reference the other alarms that are to be evaluated.
    ///
    /// Functions can include the following:
    ///
    /// - `ALARM("*alarm-name* or *alarm-ARN*")` is TRUE if the named alarm is in ALARM state.
    ///
    /// - `OK("*alarm-name* or *alarm-ARN*")` is TRUE if the named alarm is in OK state.
    ///
    /// - `INSUFFICIENT\_DATA("*alarm-name* or *alarm-ARN*")` is TRUE if the named alarm is in INSUFFICIENT\_DATA state.
    ///
    /// - `TRUE` always evaluates to TRUE.
    ///
    /// - `FALSE` always evaluates to FALSE.
    ///
    /// TRUE and FALSE are useful for testing a complex `AlarmRule` structure, and for testing your alarm actions.
    ///
    /// Alarm names specified in `AlarmRule` can be surrounded with double-quotes ("), but do not have to be.
    ///
    /// The following are some examples of `AlarmRule`:
    ///
    /// - `ALARM(CPUUtilizationTooHigh) AND ALARM(DiskReadOpsTooHigh)` specifies that the composite alarm goes into ALARM state only if both CPUUtilizationTooHigh and DiskReadOpsTooHigh alarms are in ALARM state.
    ///
    /// - `ALARM(CPUUtilizationTooHigh) AND NOT ALARM(DeploymentInProgress)` specifies that the alarm goes to ALARM state if CPUUtilizationTooHigh is in ALARM state and DeploymentInProgress is not in ALARM state. This example reduces alarm noise during a known deployment window.
    ///
    /// - `(ALARM(CPUUtilizationTooHigh) OR ALARM(DiskReadOpsTooHigh)) AND OK(NetworkOutTooHigh)` goes into ALARM state if CPUUtilizationTooHigh OR DiskReadOpsTooHigh is in ALARM state, and if NetworkOutTooHigh is in OK state. This provides another example of using a composite alarm to prevent noise. This rule ensures that you are not notified with an alarm action on high CPU or disk usage if a known network problem is also occurring.
    ///
    /// The `AlarmRule` can specify as many as 100 "children" alarms. The `AlarmRule` expression can have as many as 500 elements. Elements are child alarms, TRUE or FALSE statements, and parentheses.
    pub alarm_rule: String,
    /// The actions to execute when this alarm transitions to the `INSUFFICIENT\_DATA` state from any other state. Each action is specified as an Amazon Resource Name (ARN).
    ///
    /// Valid Values: \]
    ///
    /// **Amazon SNS actions:**
    ///
    /// `arn:aws:sns:*region*:*account-id*:*sns-topic-name* `
    ///
    /// **Lambda actions:**
    ///
    /// - Invoke the latest version of a Lambda function: `arn:aws:lambda:*region*:*account-id*:function:*function-name* `
    ///
    /// - Invoke a specific version of a Lambda function: `arn:aws:lambda:*region*:*account-id*:function:*function-name*:*version-number* `
    ///
    /// - Invoke a function by using an alias Lambda function: `arn:aws:lambda:*region*:*account-id*:function:*function-name*:*alias-name* `
    pub insufficient_data_actions: Option<Vec<String>>,
    /// The actions to execute when this alarm transitions to an `OK` state from any other state. Each action is specified as an Amazon Resource Name (ARN).
    ///
    /// Valid Values: \]
    ///
    /// **Amazon SNS actions:**
    ///
    /// `arn:aws:sns:*region*:*account-id*:*sns-topic-name* `
    ///
    /// **Lambda actions:**
    ///
    /// - Invoke the latest version of a Lambda function: `arn:aws:lambda:*region*:*account-id*:function:*function-name* `
    ///
    /// - Invoke a specific version of a Lambda function: `arn:aws:lambda:*region*:*account-id*:function:*function-name*:*version-number* `
    ///
    /// - Invoke a function by using an alias Lambda function: `arn:aws:lambda:*region*:*account-id*:function:*function-name*:*alias-name* `
    pub ok_actions: Option<Vec<String>>,
    /// A list of key-value pairs to associate with the alarm. You can associate as many as 50 tags with an alarm. To be able to associate tags with the alarm when you create the alarm, you must have the `cloudwatch:TagResource` permission.
    ///
    /// Tags can help you organize and categorize your resources. You can also use them to scope user permissions by granting a user permission to access or change only resources with certain tag values.
    ///
    /// If you are using this operation to update an existing alarm, any tags you specify in this parameter are ignored. To change the tags of an existing alarm, use [TagResource](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_TagResource.html) or [UntagResource](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_UntagResource.html).
    pub tags: Option<Vec<Tag>>,
    /// Actions will be suppressed if the suppressor alarm is in the `ALARM` state. `ActionsSuppressor` can be an AlarmName or an Amazon Resource Name (ARN) from an existing alarm.
    pub actions_suppressor: Option<String>,
    /// The maximum time in seconds that the composite alarm waits for the suppressor alarm to go into the `ALARM` state. After this time, the composite alarm performs its actions.
    ///
    /// `WaitPeriod` is required only when `ActionsSuppressor` is specified.
    pub actions_suppressor_wait_period: Option<i32>,
    /// The maximum time in seconds that the composite alarm waits after suppressor alarm goes out of the `ALARM` state. After this time, the composite alarm performs its actions.
    ///
    /// `ExtensionPeriod` is required only when `ActionsSuppressor` is specified.
    pub actions_suppressor_extension_period: Option<i32>,
    /// Settings that change the content of the notifications and events that the alarm sends when its state changes. These settings apply to the alarm's actions, whichever state triggers them.
    pub action_configuration: Option<ActionConfiguration>,
}
rt::structure!(
    PutCompositeAlarmInput, PUT_COMPOSITE_ALARM_INPUT, [actions_enabled, alarm_actions,
    alarm_description, alarm_name, alarm_rule, insufficient_data_actions, ok_actions,
    tags, actions_suppressor, actions_suppressor_wait_period,
    actions_suppressor_extension_period, action_configuration]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutDashboardInput {
    /// The name of the dashboard. If a dashboard with this name already exists, this call modifies that dashboard, replacing its current contents. Otherwise, a new dashboard is created. The maximum length is 255, and valid characters are A-Z, a-z, 0-9, "-", and "\_". This parameter is required.
    pub dashboard_name: String,
    /// The detailed information about the dashboard in JSON format, including the widgets to include and their location on the dashboard. This parameter is required.
    ///
    /// For more information about the syntax, see [Dashboard Body Structure and Syntax](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-Dashboard-Body-Structure.html).
    pub dashboard_body: String,
    /// A list of key-value pairs to associate with the dashboard. You can associate as many as 50 tags with a dashboard.
    ///
    /// Tags can help you organize and categorize your dashboards. You can also use them to scope user permissions by granting a user permission to access or change only dashboards with certain tag values.
    ///
    /// You can use this parameter only when creating a new dashboard. If you specify `Tags` when updating an existing dashboard, the tag updates are ignored. To add or update tags on an existing dashboard, use [TagResource](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_TagResource.html). To remove tags, use [UntagResource](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_UntagResource.html).
    pub tags: Option<Vec<Tag>>,
}
rt::structure!(
    PutDashboardInput, PUT_DASHBOARD_INPUT, [dashboard_name, dashboard_body, tags]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutDashboardOutput {
    /// If the input for `PutDashboard` was correct and the dashboard was successfully created or modified, this result is empty.
    ///
    /// If this result includes only warning messages, then the input was valid enough for the dashboard to be created or modified, but some elements of the dashboard might not render.
    ///
    /// If this result includes error messages, the input was not valid and the operation failed.
    pub dashboard_validation_messages: Option<Vec<DashboardValidationMessage>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    PutDashboardOutput, PUT_DASHBOARD_OUTPUT, [dashboard_validation_messages], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct PutInsightRuleInput {
    /// A unique name for the rule.
    pub rule_name: String,
    /// The state of the rule. Valid values are ENABLED and DISABLED.
    pub rule_state: Option<String>,
    /// The definition of the rule, as a JSON object. For details on the valid syntax, see [Contributor Insights Rule Syntax](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ContributorInsights-RuleSyntax.html).
    pub rule_definition: String,
    /// A list of key-value pairs to associate with the Contributor Insights rule. You can associate as many as 50 tags with a rule.
    ///
    /// Tags can help you organize and categorize your resources. You can also use them to scope user permissions, by granting a user permission to access or change only the resources that have certain tag values.
    ///
    /// To be able to associate tags with a rule, you must have the `cloudwatch:TagResource` permission in addition to the `cloudwatch:PutInsightRule` permission.
    ///
    /// If you are using this operation to update an existing Contributor Insights rule, any tags you specify in this parameter are ignored. To change the tags of an existing rule, use [TagResource](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_TagResource.html).
    pub tags: Option<Vec<Tag>>,
    /// Specify `true` to have this rule evaluate log events after they have been transformed by [Log transformation](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html). If you specify `true`, then the log events in log groups that have transformers will be evaluated by Contributor Insights after being transformed. Log groups that don't have transformers will still have their original log events evaluated by Contributor Insights.
    ///
    /// The default is `false`
    ///
    /// If a log group has a transformer, and transformation fails for some log events, those log events won't be evaluated by Contributor Insights. For information about investigating log transformation failures, see [Transformation metrics and errors](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Transformation-Errors-Metrics.html).
    pub apply_on_transformed_logs: Option<bool>,
}
rt::structure!(
    PutInsightRuleInput, PUT_INSIGHT_RULE_INPUT, [rule_name, rule_state, rule_definition,
    tags, apply_on_transformed_logs]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutInsightRuleOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    PutInsightRuleOutput, PUT_INSIGHT_RULE_OUTPUT, [], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct PutLogAlarmInput {
    /// The name for the alarm. This name must be unique within the Amazon Web Services account and Region.
    pub alarm_name: String,
    /// The description for the alarm.
    pub alarm_description: Option<String>,
    /// The configuration of the underlying CloudWatch Logs scheduled query that this alarm evaluates, including the query string, log groups, schedule, and aggregation expression.
    pub scheduled_query_configuration: ScheduledQueryConfiguration,
    /// The number of log lines from the most recent scheduled query execution to include in alarm action notifications. Valid range is 0 through 50. The default is 0, which means no log lines are included.
    pub action_log_line_count: Option<i32>,
    /// The Amazon Resource Name (ARN) of an IAM role that CloudWatch assumes to retrieve log events for inclusion in alarm action notifications. Required when `ActionLogLineCount` is greater than 0.
    pub action_log_line_role_arn: Option<String>,
    /// Indicates whether actions should be executed during any changes to the alarm state. The default is `true`.
    pub actions_enabled: Option<bool>,
    /// The actions to execute when this alarm transitions to the `OK` state from any other state. Each action is specified as an Amazon Resource Name (ARN).
    ///
    /// Valid Values:
    ///
    /// **Amazon SNS actions:**
    ///
    /// `arn:aws:sns:*region*:*account-id*:*sns-topic-name* `
    ///
    /// **Lambda actions:**
    ///
    /// - Invoke the latest version of a Lambda function: `arn:aws:lambda:*region*:*account-id*:function:*function-name* `
    ///
    /// - Invoke a specific version of a Lambda function: `arn:aws:lambda:*region*:*account-id*:function:*function-name*:*version-number* `
    ///
    /// - Invoke a function by using an alias Lambda function: `arn:aws:lambda:*region*:*account-id*:function:*function-name*:*alias-name* `
    pub ok_actions: Option<Vec<String>>,
    /// The actions to execute when this alarm transitions to the `ALARM` state from any other state. Each action is specified as an Amazon Resource Name (ARN).
    ///
    /// Valid Values:
    ///
    /// **Amazon SNS actions:**
    ///
    /// `arn:aws:sns:*region*:*account-id*:*sns-topic-name* `
    ///
    /// **Lambda actions:**
    ///
    /// - Invoke the latest version of a Lambda function: `arn:aws:lambda:*region*:*account-id*:function:*function-name* `
    ///
    /// - Invoke a specific version of a Lambda function: `arn:aws:lambda:*region*:*account-id*:function:*function-name*:*version-number* `
    ///
    /// - Invoke a function by using an alias Lambda function: `arn:aws:lambda:*region*:*account-id*:function:*function-name*:*alias-name* `
    ///
    /// **Systems Manager actions:**
    ///
    /// `arn:aws:ssm:*region*:*account-id*:opsitem:*severity* `
    pub alarm_actions: Option<Vec<String>>,
    /// The actions to execute when this alarm transitions to the `INSUFFICIENT\_DATA` state from any other state. Each action is specified as an Amazon Resource Name (ARN).
    ///
    /// Valid Values:
    ///
    /// **Amazon SNS actions:**
    ///
    /// `arn:aws:sns:*region*:*account-id*:*sns-topic-name* `
    ///
    /// **Lambda actions:**
    ///
    /// - Invoke the latest version of a Lambda function: `arn:aws:lambda:*region*:*account-id*:function:*function-name* `
    ///
    /// - Invoke a specific version of a Lambda function: `arn:aws:lambda:*region*:*account-id*:function:*function-name*:*version-number* `
    ///
    /// - Invoke a function by using an alias Lambda function: `arn:aws:lambda:*region*:*account-id*:function:*function-name*:*alias-name* `
    pub insufficient_data_actions: Option<Vec<String>>,
    /// The number of most recent scheduled query results to evaluate against the threshold (the N in M-of-N evaluation). Valid range is 1 through 100.
    pub query_results_to_evaluate: i32,
    /// The number of query results, out of the most recent `QueryResultsToEvaluate` results, that must breach the threshold to trigger the alarm to transition to `ALARM` (the M in M-of-N evaluation). Must be less than or equal to `QueryResultsToEvaluate`.
    pub query_results_to_alarm: i32,
    /// The value to compare with the aggregated query result.
    pub threshold: f64,
    /// The arithmetic operation to use when comparing the aggregated query result and the threshold. The aggregated query result is used as the first operand. Valid values are `GreaterThanThreshold`, `GreaterThanOrEqualToThreshold`, `LessThanThreshold`, and `LessThanOrEqualToThreshold`.
    pub comparison_operator: ComparisonOperator,
    /// Sets how this alarm is to handle missing data points. Valid values are `breaching`, `notBreaching`, `ignore`, and `missing`. If this parameter is omitted, the default behavior of `missing` is used.
    pub treat_missing_data: Option<String>,
    /// A list of key-value pairs to associate with the alarm. You can use tags to categorize and manage your alarms.
    pub tags: Option<Vec<Tag>>,
    /// The warm-up configuration for the alarm. A warm-up period delays alarm evaluation after you create or update the alarm. The warm-up period reduces alarm noise from missing data while a new resource or service starts publishing data.
    ///
    /// For more information, see [Alarm warm-up periods](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarm-warm-up.html) in the *Amazon CloudWatch User Guide*.
    pub warm_up_configuration: Option<WarmUpConfiguration>,
    /// Settings that change the content of the notifications and events that the alarm sends when its state changes. These settings apply to the alarm's actions, whichever state triggers them.
    pub action_configuration: Option<ActionConfiguration>,
}
rt::structure!(
    PutLogAlarmInput, PUT_LOG_ALARM_INPUT, [alarm_name, alarm_description,
    scheduled_query_configuration, action_log_line_count, action_log_line_role_arn,
    actions_enabled, ok_actions, alarm_actions, insufficient_data_actions,
    query_results_to_evaluate, query_results_to_alarm, threshold, comparison_operator,
    treat_missing_data, tags, warm_up_configuration, action_configuration]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutManagedInsightRulesInput {
    /// A list of `ManagedRules` to enable.
    pub managed_rules: Vec<ManagedRule>,
}
rt::structure!(
    PutManagedInsightRulesInput, PUT_MANAGED_INSIGHT_RULES_INPUT, [managed_rules]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutManagedInsightRulesOutput {
    /// An array that lists the rules that could not be enabled.
    pub failures: Option<Vec<PartialFailure>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    PutManagedInsightRulesOutput, PUT_MANAGED_INSIGHT_RULES_OUTPUT, [failures], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct PutMetricAlarmInput {
    /// The name for the alarm. This name must be unique within the Region.
    ///
    /// The name must contain only UTF-8 characters, and can't contain ASCII control characters
    pub alarm_name: String,
    /// The description for the alarm.
    pub alarm_description: Option<String>,
    /// Indicates whether actions should be executed during any changes to the alarm state. The default is `TRUE`.
    pub actions_enabled: Option<bool>,
    /// The actions to execute when this alarm transitions to an `OK` state from any other state. Each action is specified as an Amazon Resource Name (ARN). Valid values:
    ///
    /// **EC2 actions:**
    ///
    /// - `arn:aws:automate:*region*:ec2:stop`
    ///
    /// - `arn:aws:automate:*region*:ec2:terminate`
    ///
    /// - `arn:aws:automate:*region*:ec2:reboot`
    ///
    /// - `arn:aws:automate:*region*:ec2:recover`
    ///
    /// - `arn:aws:swf:*region*:*account-id*:action/actions/AWS\_EC2.InstanceId.Stop/1.0`
    ///
    /// - `arn:aws:swf:*region*:*account-id*:action/actions/AWS\_EC2.InstanceId.Terminate/1.0`
    ///
    /// - `arn:aws:swf:*region*:*account-id*:action/actions/AWS\_EC2.InstanceId.Reboot/1.0`
    ///
    /// - `arn:aws:swf:*region*:*account-id*:action/actions/AWS\_EC2.InstanceId.Recover/1.0`
    ///
    /// **Autoscaling action:**
    ///
    /// - `arn:aws:autoscaling:*region*:*account-id*:scalingPolicy:*policy-id*:autoScalingGroupName/*group-friendly-name*:policyName/*policy-friendly-name* `
    ///
    /// **Lambda actions:**
    ///
    /// - Invoke the latest version of a Lambda function: `arn:aws:lambda:*region*:*account-id*:function:*function-name* `
    ///
    /// - Invoke a specific version of a Lambda function: `arn:aws:lambda:*region*:*account-id*:function:*function-name*:*version-number* `
    ///
    /// - Invoke a function by using an alias Lambda function: `arn:aws:lambda:*region*:*account-id*:function:*function-name*:*alias-name* `
    ///
    /// **SNS notification action:**
    ///
    /// - `arn:aws:sns:*region*:*account-id*:*sns-topic-name* `
    ///
    /// **SSM integration actions:**
    ///
    /// - `arn:aws:ssm:*region*:*account-id*:opsitem:*severity*\#CATEGORY=*category-name* `
    ///
    /// - `arn:aws:ssm-incidents::*account-id*:responseplan/*response-plan-name* `
    pub ok_actions: Option<Vec<String>>,
    /// The actions to execute when this alarm transitions to the `ALARM` state from any other state. Each action is specified as an Amazon Resource Name (ARN). Valid values:
    ///
    /// **EC2 actions:**
    ///
    /// - `arn:aws:automate:*region*:ec2:stop`
    ///
    /// - `arn:aws:automate:*region*:ec2:terminate`
    ///
    /// - `arn:aws:automate:*region*:ec2:reboot`
    ///
    /// - `arn:aws:automate:*region*:ec2:recover`
    ///
    /// - `arn:aws:swf:*region*:*account-id*:action/actions/AWS\_EC2.InstanceId.Stop/1.0`
    ///
    /// - `arn:aws:swf:*region*:*account-id*:action/actions/AWS\_EC2.InstanceId.Terminate/1.0`
    ///
    /// - `arn:aws:swf:*region*:*account-id*:action/actions/AWS\_EC2.InstanceId.Reboot/1.0`
    ///
    /// - `arn:aws:swf:*region*:*account-id*:action/actions/AWS\_EC2.InstanceId.Recover/1.0`
    ///
    /// **Autoscaling action:**
    ///
    /// - `arn:aws:autoscaling:*region*:*account-id*:scalingPolicy:*policy-id*:autoScalingGroupName/*group-friendly-name*:policyName/*policy-friendly-name* `
    ///
    /// **Lambda actions:**
    ///
    /// - Invoke the latest version of a Lambda function: `arn:aws:lambda:*region*:*account-id*:function:*function-name* `
    ///
    /// - Invoke a specific version of a Lambda function: `arn:aws:lambda:*region*:*account-id*:function:*function-name*:*version-number* `
    ///
    /// - Invoke a function by using an alias Lambda function: `arn:aws:lambda:*region*:*account-id*:function:*function-name*:*alias-name* `
    ///
    /// **SNS notification action:**
    ///
    /// - `arn:aws:sns:*region*:*account-id*:*sns-topic-name* `
    ///
    /// **SSM integration actions:**
    ///
    /// - `arn:aws:ssm:*region*:*account-id*:opsitem:*severity*\#CATEGORY=*category-name* `
    ///
    /// - `arn:aws:ssm-incidents::*account-id*:responseplan/*response-plan-name* `
    ///
    /// **Start a Amazon Q Developer operational investigation**
    ///
    /// `arn:aws:aiops:*region*:*account-id*:investigation-group:*investigation-group-id* `
    pub alarm_actions: Option<Vec<String>>,
    /// The actions to execute when this alarm transitions to the `INSUFFICIENT\_DATA` state from any other state. Each action is specified as an Amazon Resource Name (ARN). Valid values:
    ///
    /// **EC2 actions:**
    ///
    /// - `arn:aws:automate:*region*:ec2:stop`
    ///
    /// - `arn:aws:automate:*region*:ec2:terminate`
    ///
    /// - `arn:aws:automate:*region*:ec2:reboot`
    ///
    /// - `arn:aws:automate:*region*:ec2:recover`
    ///
    /// - `arn:aws:swf:*region*:*account-id*:action/actions/AWS\_EC2.InstanceId.Stop/1.0`
    ///
    /// - `arn:aws:swf:*region*:*account-id*:action/actions/AWS\_EC2.InstanceId.Terminate/1.0`
    ///
    /// - `arn:aws:swf:*region*:*account-id*:action/actions/AWS\_EC2.InstanceId.Reboot/1.0`
    ///
    /// - `arn:aws:swf:*region*:*account-id*:action/actions/AWS\_EC2.InstanceId.Recover/1.0`
    ///
    /// **Autoscaling action:**
    ///
    /// - `arn:aws:autoscaling:*region*:*account-id*:scalingPolicy:*policy-id*:autoScalingGroupName/*group-friendly-name*:policyName/*policy-friendly-name* `
    ///
    /// **Lambda actions:**
    ///
    /// - Invoke the latest version of a Lambda function: `arn:aws:lambda:*region*:*account-id*:function:*function-name* `
    ///
    /// - Invoke a specific version of a Lambda function: `arn:aws:lambda:*region*:*account-id*:function:*function-name*:*version-number* `
    ///
    /// - Invoke a function by using an alias Lambda function: `arn:aws:lambda:*region*:*account-id*:function:*function-name*:*alias-name* `
    ///
    /// **SNS notification action:**
    ///
    /// - `arn:aws:sns:*region*:*account-id*:*sns-topic-name* `
    ///
    /// **SSM integration actions:**
    ///
    /// - `arn:aws:ssm:*region*:*account-id*:opsitem:*severity*\#CATEGORY=*category-name* `
    ///
    /// - `arn:aws:ssm-incidents::*account-id*:responseplan/*response-plan-name* `
    pub insufficient_data_actions: Option<Vec<String>>,
    /// The name for the metric associated with the alarm. For each `PutMetricAlarm` operation, you must specify either `MetricName`, a `Metrics` array, or an `EvaluationCriteria`.
    ///
    /// If you are creating an alarm based on a math expression, you cannot specify this parameter, or any of the `Namespace`, `Dimensions`, `Period`, `Unit`, `Statistic`, or `ExtendedStatistic` parameters. Instead, you specify all this information in the `Metrics` array.
    pub metric_name: Option<String>,
    /// The namespace for the metric associated specified in `MetricName`.
    pub namespace: Option<String>,
    /// The statistic for the metric specified in `MetricName`, other than percentile. For percentile statistics, use `ExtendedStatistic`. When you call `PutMetricAlarm` and specify a `MetricName`, you must specify either `Statistic` or `ExtendedStatistic,` but not both.
    pub statistic: Option<Statistic>,
    /// The extended statistic for the metric specified in `MetricName`. When you call `PutMetricAlarm` and specify a `MetricName`, you must specify either `Statistic` or `ExtendedStatistic` but not both.
    ///
    /// If you specify `ExtendedStatistic`, the following are valid values:
    ///
    /// - `p90`
    ///
    /// - `tm90`
    ///
    /// - `tc90`
    ///
    /// - `ts90`
    ///
    /// - `wm90`
    ///
    /// - `IQM`
    ///
    /// - `PR(*n*:*m*)` where n and m are values of the metric
    ///
    /// - `TC(*X*%:*X*%)` where X is between 10 and 90 inclusive.
    ///
    /// - `TM(*X*%:*X*%)` where X is between 10 and 90 inclusive.
    ///
    /// - `TS(*X*%:*X*%)` where X is between 10 and 90 inclusive.
    ///
    /// - `WM(*X*%:*X*%)` where X is between 10 and 90 inclusive.
    ///
    /// For more information about these extended statistics, see [CloudWatch statistics definitions](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Statistics-definitions.html).
    pub extended_statistic: Option<String>,
    /// The dimensions for the metric specified in `MetricName`.
    pub dimensions: Option<Vec<Dimension>>,
    /// The length, in seconds, used each time the metric specified in `MetricName` is evaluated. Valid values are 10, 20, 30, and any multiple of 60.
    ///
    /// `Period` is required for alarms based on static thresholds. If you are creating an alarm based on a metric math expression, you specify the period for each metric within the objects in the `Metrics` array.
    ///
    /// Be sure to specify 10, 20, or 30 only for metrics that are stored by a `PutMetricData` call with a `StorageResolution` of 1. If you specify a period of 10, 20, or 30 for a metric that does not have sub-minute resolution, the alarm still attempts to gather data at the period rate that you specify. In this case, it does not receive data for the attempts that do not correspond to a one-minute data resolution, and the alarm might often lapse into INSUFFICENT\_DATA status. Specifying 10, 20, or 30 also sets this alarm as a high-resolution alarm, which has a higher charge than other alarms. For more information about pricing, see [Amazon CloudWatch Pricing](https://aws.amazon.com/cloudwatch/pricing/).
    ///
    /// An alarm's total current evaluation period can be no longer than seven days, so `Period` multiplied by `EvaluationPeriods` can't be more than 604,800 seconds. For alarms with a period of less than one hour (3,600 seconds), the total evaluation period can't be longer than one day (86,400 seconds).
    pub period: Option<i32>,
    /// The unit of measure for the statistic. For example, the units for the Amazon EC2 NetworkIn metric are Bytes because NetworkIn tracks the number of bytes that an instance receives on all network interfaces. You can also specify a unit when you create a custom metric. Units help provide conceptual meaning to your data. Metric data points that specify a unit of measure, such as Percent, are aggregated separately. If you are creating an alarm based on a metric math expression, you can specify the unit for each metric (if needed) within the objects in the `Metrics` array.
    ///
    /// If you don't specify `Unit`, CloudWatch retrieves all unit types that have been published for the metric and attempts to evaluate the alarm. Usually, metrics are published with only one unit, so the alarm works as intended.
    ///
    /// However, if the metric is published with multiple types of units and you don't specify a unit, the alarm's behavior is not defined and it behaves unpredictably.
    ///
    /// We recommend omitting `Unit` so that you don't inadvertently specify an incorrect unit that is not published for this metric. Doing so causes the alarm to be stuck in the `INSUFFICIENT DATA` state.
    pub unit: Option<StandardUnit>,
    /// The number of periods over which data is compared to the specified threshold. If you are setting an alarm that requires that a number of consecutive data points be breaching to trigger the alarm, this value specifies that number. If you are setting an "M out of N" alarm, this value is the N.
    pub evaluation_periods: Option<i32>,
    /// The number of data points that must be breaching to trigger the alarm. This is used only if you are setting an "M out of N" alarm. In that case, this value is the M. For more information, see [Evaluating an Alarm](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html#alarm-evaluation) in the *Amazon CloudWatch User Guide*.
    pub datapoints_to_alarm: Option<i32>,
    /// The value against which the specified statistic is compared.
    ///
    /// This parameter is required for alarms based on static thresholds, but should not be used for alarms based on anomaly detection models.
    pub threshold: Option<f64>,
    /// The arithmetic operation to use when comparing the specified statistic and threshold. The specified statistic value is used as the first operand.
    ///
    /// The values `LessThanLowerOrGreaterThanUpperThreshold`, `LessThanLowerThreshold`, and `GreaterThanUpperThreshold` are used only for alarms based on anomaly detection models.
    pub comparison_operator: Option<ComparisonOperator>,
    /// Sets how this alarm is to handle missing data points. If `TreatMissingData` is omitted, the default behavior of `missing` is used. For more information, see [Configuring How CloudWatch Alarms Treats Missing Data](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html#alarms-and-missing-data).
    ///
    /// Valid Values: `breaching \| notBreaching \| ignore \| missing`
    ///
    /// Alarms that evaluate metrics in the `AWS/DynamoDB` namespace always `ignore` missing data even if you choose a different option for `TreatMissingData`. When an `AWS/DynamoDB` metric has missing data, alarms that evaluate that metric remain in their current state.
    ///
    /// This parameter is not applicable to PromQL alarms.
    pub treat_missing_data: Option<String>,
    /// Used only for alarms based on percentiles. If you specify `ignore`, the alarm state does not change during periods with too few data points to be statistically significant. If you specify `evaluate` or omit this parameter, the alarm is always evaluated and possibly changes state no matter how many data points are available. For more information, see [Percentile-Based CloudWatch Alarms and Low Data Samples](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html#percentiles-with-low-samples).
    ///
    /// Valid Values: `evaluate \| ignore`
    pub evaluate_low_sample_count_percentile: Option<String>,
    /// An array of `MetricDataQuery` structures that enable you to create an alarm based on the result of a metric math expression. For each `PutMetricAlarm` operation, you must specify either `MetricName`, a `Metrics` array, or an `EvaluationCriteria`.
    ///
    /// Each item in the `Metrics` array either retrieves a metric or performs a math expression.
    ///
    /// One item in the `Metrics` array is the expression that the alarm watches. You designate this expression by setting `ReturnData` to true for this object in the array. For more information, see [MetricDataQuery](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_MetricDataQuery.html).
    ///
    /// If you use the `Metrics` parameter, you cannot include the `Namespace`, `MetricName`, `Dimensions`, `Period`, `Unit`, `Statistic`, or `ExtendedStatistic` parameters of `PutMetricAlarm` in the same operation. Instead, you retrieve the metrics you are using in your math expression as part of the `Metrics` array.
    pub metrics: Option<Vec<MetricDataQuery>>,
    /// A list of key-value pairs to associate with the alarm. You can associate as many as 50 tags with an alarm. To be able to associate tags with the alarm when you create the alarm, you must have the `cloudwatch:TagResource` permission.
    ///
    /// Tags can help you organize and categorize your resources. You can also use them to scope user permissions by granting a user permission to access or change only resources with certain tag values.
    ///
    /// If you are using this operation to update an existing alarm, any tags you specify in this parameter are ignored. To change the tags of an existing alarm, use [TagResource](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_TagResource.html) or [UntagResource](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_UntagResource.html).
    ///
    /// To use this field to set tags for an alarm when you create it, you must be signed on with both the `cloudwatch:PutMetricAlarm` and `cloudwatch:TagResource` permissions.
    pub tags: Option<Vec<Tag>>,
    /// If this is an alarm based on an anomaly detection model, make this value match the ID of the `ANOMALY\_DETECTION\_BAND` function.
    ///
    /// For an example of how to use this parameter, see the **Anomaly Detection Model Alarm** example on this page.
    ///
    /// If your alarm uses this parameter, it cannot have Auto Scaling actions.
    pub threshold_metric_id: Option<String>,
    /// The evaluation window that the alarm uses to select the range of metric data that it evaluates. Specify either a sliding window or a wall clock window. If you omit this parameter, the alarm uses a sliding window.
    ///
    /// A sliding window advances each time the alarm is evaluated, forming a rolling time window. A wall clock window aligns the evaluated range to fixed clock boundaries, such as the top of the hour or the start of the day.
    ///
    /// You can use `EvaluationWindow` with any type of metric alarm except alarms that are based on a PromQL query.
    ///
    /// For more information, see [Alarm evaluation windows](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarm-evaluation-window.html) in the *CloudWatch User Guide*.
    pub evaluation_window: Option<EvaluationWindow>,
    /// The warm-up configuration for the alarm. A warm-up period delays alarm evaluation after you create or update the alarm. The warm-up period reduces alarm noise from missing data while a new resource or service starts publishing metrics.
    ///
    /// For more information, see [Alarm warm-up periods](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarm-warm-up.html) in the *Amazon CloudWatch User Guide*.
    pub warm_up_configuration: Option<WarmUpConfiguration>,
    /// The evaluation criteria for the alarm. For each `PutMetricAlarm` operation, you must specify either `MetricName`, a `Metrics` array, or an `EvaluationCriteria`.
    ///
    /// If you use the `EvaluationCriteria` parameter, you cannot include the `Namespace`, `MetricName`, `Dimensions`, `Period`, `Unit`, `Statistic`, `ExtendedStatistic`, `Metrics`, `Threshold`, `ComparisonOperator`, `ThresholdMetricId`, `EvaluationPeriods`, or `DatapointsToAlarm` parameters of `PutMetricAlarm` in the same operation. Instead, all evaluation parameters are defined within this structure.
    ///
    /// For an example of how to use this parameter, see the **PromQL alarm** example on this page.
    pub evaluation_criteria: Option<EvaluationCriteria>,
    /// The frequency, in seconds, at which the alarm is evaluated. Valid values are 10, 20, 30, and any multiple of 60.
    ///
    /// This parameter is required for alarms that use `EvaluationCriteria`, and cannot be specified for alarms configured with `MetricName` or `Metrics`.
    pub evaluation_interval: Option<i32>,
    /// Settings that change the content of the notifications and events that the alarm sends when its state changes. These settings apply to the alarm's actions, whichever state triggers them.
    pub action_configuration: Option<ActionConfiguration>,
}
rt::structure!(
    PutMetricAlarmInput, PUT_METRIC_ALARM_INPUT, [alarm_name, alarm_description,
    actions_enabled, ok_actions, alarm_actions, insufficient_data_actions, metric_name,
    namespace, statistic, extended_statistic, dimensions, period, unit,
    evaluation_periods, datapoints_to_alarm, threshold, comparison_operator,
    treat_missing_data, evaluate_low_sample_count_percentile, metrics, tags,
    threshold_metric_id, evaluation_window, warm_up_configuration, evaluation_criteria,
    evaluation_interval, action_configuration]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutMetricDataInput {
    /// The namespace for the metric data. You can use ASCII characters for the namespace, except for control characters which are not supported.
    ///
    /// To avoid conflicts with Amazon Web Services service namespaces, you should not specify a namespace that begins with `AWS/`
    pub namespace: String,
    /// The data for the metrics. Use this parameter if your metrics do not contain associated entities. The array can include no more than 1000 metrics per call.
    ///
    /// The limit of metrics allowed, 1000, is the sum of both `EntityMetricData` and `MetricData` metrics.
    pub metric_data: Option<Vec<MetricDatum>>,
    /// Data for metrics that contain associated entity information. You can include up to two `EntityMetricData` objects, each of which can contain a single `Entity` and associated metrics.
    ///
    /// The limit of metrics allowed, 1000, is the sum of both `EntityMetricData` and `MetricData` metrics.
    pub entity_metric_data: Option<Vec<EntityMetricData>>,
    /// Whether to accept valid metric data when an invalid entity is sent.
    ///
    /// - When set to `true`: Any validation error (for entity or metric data) will fail the entire request, and no data will be ingested. The failed operation will return a 400 result with the error.
    ///
    /// - When set to `false`: Validation errors in the entity will not associate the metric with the entity, but the metric data will still be accepted and ingested. Validation errors in the metric data will fail the entire request, and no data will be ingested.
    ///
    /// In the case of an invalid entity, the operation will return a `200` status, but an additional response header will contain information about the validation errors. The new header, `X-Amzn-Failure-Message` is an enumeration of the following values:
    ///
    ///   - `InvalidEntity` - The provided entity is invalid.
    ///
    ///   - `InvalidKeyAttributes` - The provided `KeyAttributes` of an entity is invalid.
    ///
    ///   - `InvalidAttributes` - The provided `Attributes` of an entity is invalid.
    ///
    ///   - `InvalidTypeValue` - The provided `Type` in the `KeyAttributes` of an entity is invalid.
    ///
    ///   - `EntitySizeTooLarge` - The number of `EntityMetricData` objects allowed is 2.
    ///
    ///   - `MissingRequiredFields` - There are missing required fields in the `KeyAttributes` for the provided `Type`.
    ///
    /// For details of the requirements for specifying an entity, see [How to add related information to telemetry](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/adding-your-own-related-telemetry.html) in the *CloudWatch User Guide*.
    ///
    /// This parameter is *required* when `EntityMetricData` is included.
    pub strict_entity_validation: Option<bool>,
}
rt::structure!(
    PutMetricDataInput, PUT_METRIC_DATA_INPUT, [namespace, metric_data,
    entity_metric_data, strict_entity_validation]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutMetricDataQueryDefinitionInput {
    /// The ID of the metric data query definition to update. Omit this parameter to create a definition. CloudWatch then generates the ID and returns it in the response.
    pub id: Option<String>,
    /// The name of the metric data query definition. Use slashes (`/`) to organize definitions into folders, for example `team/web/latency`. The path must meet the following requirements:
    ///
    /// - It must be unique in your account and Region.
    ///
    /// - It can't start or end with a slash.
    ///
    /// - It can't contain an empty folder name (`//`).
    ///
    /// - It can be at most 1,015 bytes when encoded as UTF-8.
    pub path: String,
    /// The query expression, in the language that `Type` specifies. CloudWatch doesn't validate or run the expression when you save it.
    pub expression: String,
    /// The language of the expression. Valid values are the following:
    ///
    /// - `PROMQL` – A PromQL query.
    ///
    /// - `SQL` – A CloudWatch Metrics Insights query.
    ///
    /// - `METRIC\_MATH` – A metric math expression.
    pub r#type: QueryType,
    /// A list of key-value pairs to associate with the metric data query definition. You can use tags to categorize definitions and to control access to them. Tags are applied only when the request creates a definition, that is, when you omit `Id`. To change the tags of an existing definition, use `TagResource` and `UntagResource`.
    pub tags: Option<Vec<Tag>>,
}
rt::structure!(
    PutMetricDataQueryDefinitionInput, PUT_METRIC_DATA_QUERY_DEFINITION_INPUT, [id, path,
    expression, r#type, tags]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutMetricDataQueryDefinitionOutput {
    /// The ID of the metric data query definition.
    pub id: String,
    /// The Amazon Resource Name (ARN) of the metric data query definition.
    pub arn: String,
    /// The path of the metric data query definition.
    pub path: String,
    /// The query expression.
    pub expression: String,
    /// The language of the expression.
    pub r#type: QueryType,
    /// The date and time when you created the metric data query definition.
    pub created_at: rt::DateTime,
    /// The date and time when you last updated the metric data query definition.
    pub updated_at: rt::DateTime,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    PutMetricDataQueryDefinitionOutput, PUT_METRIC_DATA_QUERY_DEFINITION_OUTPUT, [id,
    arn, path, expression, r#type, created_at, updated_at], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct PutMetricStreamInput {
    /// If you are creating a new metric stream, this is the name for the new stream. The name must be different than the names of other metric streams in this account and Region.
    ///
    /// If you are updating a metric stream, specify the name of that stream here.
    ///
    /// Valid characters are A-Z, a-z, 0-9, "-" and "\_".
    pub name: String,
    /// If you specify this parameter, the stream sends only the metrics from the metric namespaces that you specify here.
    ///
    /// You cannot include `IncludeFilters` and `ExcludeFilters` in the same operation.
    pub include_filters: Option<Vec<MetricStreamFilter>>,
    /// If you specify this parameter, the stream sends metrics from all metric namespaces except for the namespaces that you specify here.
    ///
    /// You cannot include `ExcludeFilters` and `IncludeFilters` in the same operation.
    pub exclude_filters: Option<Vec<MetricStreamFilter>>,
    /// The ARN of the Amazon Kinesis Data Firehose delivery stream to use for this metric stream. This Amazon Kinesis Data Firehose delivery stream must already exist and must be in the same account as the metric stream.
    pub firehose_arn: String,
    /// The ARN of an IAM role that this metric stream will use to access Amazon Kinesis Data Firehose resources. This IAM role must already exist and must be in the same account as the metric stream. This IAM role must include the following permissions:
    ///
    /// - firehose:PutRecord
    ///
    /// - firehose:PutRecordBatch
    pub role_arn: String,
    /// The output format for the stream. Valid values are `json`, `opentelemetry1.0`, and `opentelemetry0.7`. For more information about metric stream output formats, see [ Metric streams output formats](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-metric-streams-formats.html).
    pub output_format: MetricStreamOutputFormat,
    /// A list of key-value pairs to associate with the metric stream. You can associate as many as 50 tags with a metric stream.
    ///
    /// Tags can help you organize and categorize your resources. You can also use them to scope user permissions by granting a user permission to access or change only resources with certain tag values.
    ///
    /// You can use this parameter only when you are creating a new metric stream. If you are using this operation to update an existing metric stream, any tags you specify in this parameter are ignored. To change the tags of an existing metric stream, use [TagResource](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_TagResource.html) or [UntagResource](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_UntagResource.html).
    pub tags: Option<Vec<Tag>>,
    /// By default, a metric stream always sends the `MAX`, `MIN`, `SUM`, and `SAMPLECOUNT` statistics for each metric that is streamed. You can use this parameter to have the metric stream also send additional statistics in the stream. This array can have up to 100 members.
    ///
    /// For each entry in this array, you specify one or more metrics and the list of additional statistics to stream for those metrics. The additional statistics that you can stream depend on the stream's `OutputFormat`. If the `OutputFormat` is `json`, you can stream any additional statistic that is supported by CloudWatch, listed in [ CloudWatch statistics definitions](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Statistics-definitions.html). If the `OutputFormat` is `opentelemetry1.0` or `opentelemetry0.7`, you can stream percentile statistics such as p95, p99.9, and so on.
    pub statistics_configurations: Option<Vec<MetricStreamStatisticsConfiguration>>,
    /// If you are creating a metric stream in a monitoring account, specify `true` to include metrics from source accounts in the metric stream.
    pub include_linked_accounts_metrics: Option<bool>,
}
rt::structure!(
    PutMetricStreamInput, PUT_METRIC_STREAM_INPUT, [name, include_filters,
    exclude_filters, firehose_arn, role_arn, output_format, tags,
    statistics_configurations, include_linked_accounts_metrics]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutMetricStreamOutput {
    /// The ARN of the metric stream.
    pub arn: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    PutMetricStreamOutput, PUT_METRIC_STREAM_OUTPUT, [arn], meta = response_metadata
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum QueryType {
    /// `PROMQL`
    Promql,
    /// `SQL`
    Sql,
    /// `METRIC_MATH`
    MetricMath,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    QueryType, { Promql => "PROMQL", Sql => "SQL", MetricMath => "METRIC_MATH" }
);
/// Specifies one range of days or times to exclude from use for training an anomaly detection model.
#[derive(Clone, Default, PartialEq)]
pub struct Range {
    /// The start time of the range to exclude. The format is `yyyy-MM-dd'T'HH:mm:ss`. For example, `2019-07-01T23:59:59`.
    pub start_time: rt::DateTime,
    /// The end time of the range to exclude. The format is `yyyy-MM-dd'T'HH:mm:ss`. For example, `2019-07-01T23:59:59`.
    pub end_time: rt::DateTime,
}
rt::structure!(Range, RANGE, [start_time, end_time]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RecentlyActive {
    /// `PT3H`
    Pt3h,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(RecentlyActive, { Pt3h => "PT3H" });
/// The operation could not be completed because the request conflicts with the current state of the alarm or its underlying scheduled query resource.
#[derive(Clone, Default, PartialEq)]
pub struct ResourceConflict {
    pub message: Option<String>,
}
rt::structure!(ResourceConflict, RESOURCE_CONFLICT, [message]);
/// Specifies which metrics Amazon CloudWatch collects for a resource metrics configuration. Include this in a [CreateResourceMetricsConfiguration](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_CreateResourceMetricsConfiguration.html) or [UpdateResourceMetricsConfiguration](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_UpdateResourceMetricsConfiguration.html) request to limit collection to a specific set of metrics. If you omit metric selections, Amazon CloudWatch collects all available detailed metrics for the resource.
#[derive(Clone, Default, PartialEq)]
pub struct ResourceMetricSelection {
    /// The names of the metrics to collect for the resource. Amazon CloudWatch collects only the metrics that you list here.
    pub include_metrics: Vec<String>,
}
rt::structure!(ResourceMetricSelection, RESOURCE_METRIC_SELECTION, [include_metrics]);
/// Represents a resource metrics configuration for an Amazon Web Services resource. A resource metrics configuration enables detailed metric collection for the resource that is identified by its Amazon Resource Name (ARN). Each Amazon Web Services resource can have only one resource metrics configuration.
///
/// This structure is returned by the [CreateResourceMetricsConfiguration](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_CreateResourceMetricsConfiguration.html), [UpdateResourceMetricsConfiguration](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_UpdateResourceMetricsConfiguration.html), and [GetResourceMetricsConfiguration](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetResourceMetricsConfiguration.html) operations.
#[derive(Clone, Default, PartialEq)]
pub struct ResourceMetricsConfiguration {
    /// The Amazon Resource Name (ARN) of the Amazon Web Services resource that this configuration applies to.
    pub resource_arn: String,
    /// The date and time that the resource metrics configuration was created.
    pub created_at: rt::DateTime,
    /// The date and time that the resource metrics configuration was last updated. When the configuration is first created, this value is the same as `CreatedAt`.
    pub updated_at: rt::DateTime,
    /// The metrics that Amazon CloudWatch collects for the resource. If this field is not present, Amazon CloudWatch collects all available detailed metrics for the resource.
    pub metric_selections: Option<Vec<ResourceMetricSelection>>,
}
rt::structure!(
    ResourceMetricsConfiguration, RESOURCE_METRICS_CONFIGURATION, [resource_arn,
    created_at, updated_at, metric_selections]
);
/// The named resource does not exist.
#[derive(Clone, Default, PartialEq)]
pub struct ResourceNotFound {
    pub message: Option<String>,
}
rt::structure!(ResourceNotFound, RESOURCE_NOT_FOUND, [message]);
/// The named resource does not exist.
#[derive(Clone, Default, PartialEq)]
pub struct ResourceNotFoundException {
    pub resource_type: Option<String>,
    pub resource_id: Option<String>,
}
rt::structure!(
    ResourceNotFoundException, RESOURCE_NOT_FOUND_EXCEPTION, [resource_type, resource_id]
);
/// Defines the schedule configuration for an alarm mute rule.
///
/// The rule contains a schedule that specifies when and how long alarms should be muted. The schedule can be a recurring pattern using cron expressions or a one-time mute window using at expressions.
#[derive(Clone, Default, PartialEq)]
pub struct Rule {
    /// The schedule configuration that defines when the mute rule activates and how long it remains active.
    pub schedule: Schedule,
}
rt::structure!(Rule, RULE, [schedule]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ScanBy {
    /// `TimestampDescending`
    TimestampDescending,
    /// `TimestampAscending`
    TimestampAscending,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ScanBy, { TimestampDescending => "TimestampDescending", TimestampAscending =>
    "TimestampAscending" }
);
/// Specifies when and how long an alarm mute rule is active.
///
/// The schedule uses either a cron expression for recurring mute windows or an at expression for one-time mute windows. When the schedule activates, the mute rule mutes alarm actions for the specified duration.
#[derive(Clone, Default, PartialEq)]
pub struct Schedule {
    /// The schedule expression that defines when the mute rule activates. The expression must be between 1 and 256 characters in length.
    ///
    /// You can use one of two expression formats:
    ///
    /// - **Cron expressions** - For recurring mute windows. Format: `cron(Minutes Hours Day-of-month Month Day-of-week)`
    ///
    /// Examples:
    ///
    ///   - `cron(0 2 \* \* \*)` - Activates daily at 2:00 AM
    ///
    ///   - `cron(0 2 \* \* SUN)` - Activates every Sunday at 2:00 AM for weekly system maintenance
    ///
    ///   - `cron(0 1 1 \* \*)` - Activates on the first day of each month at 1:00 AM for monthly database maintenance
    ///
    ///   - `cron(0 18 \* \* FRI)` - Activates every Friday at 6:00 PM
    ///
    ///   - `cron(0 23 \* \* \*)` - Activates every day at 11:00 PM during nightly backup operations
    ///
    /// The characters `\*`, `-`, and `,` are supported in all fields. English names can be used for the month (JAN-DEC) and day of week (SUN-SAT) fields.
    ///
    /// - **At expressions** - For one-time mute windows. Format: `at(yyyy-MM-ddThh:mm)`
    ///
    /// Examples:
    ///
    ///   - `at(2024-05-10T14:00)` - Activates once on May 10, 2024 at 2:00 PM during an active incident response session
    ///
    ///   - `at(2024-12-23T00:00)` - Activates once on December 23, 2024 at midnight during annual company shutdown
    pub expression: String,
    /// The length of time that alarms remain muted when the schedule activates. The duration must be between 1 and 50 characters in length.
    ///
    /// Specify the duration using ISO 8601 duration format with a minimum of 1 minute (`PT1M`) and maximum of 15 days (`P15D`).
    ///
    /// Examples:
    ///
    /// - `PT4H` - 4 hours for weekly system maintenance
    ///
    /// - `P2DT12H` - 2 days and 12 hours for weekend muting from Friday 6:00 PM to Monday 6:00 AM
    ///
    /// - `PT6H` - 6 hours for monthly database maintenance
    ///
    /// - `PT2H` - 2 hours for nightly backup operations
    ///
    /// - `P7D` - 7 days for annual company shutdown
    ///
    /// The duration begins when the schedule expression time is reached. For recurring schedules, the duration applies to each occurrence.
    pub duration: String,
    /// The time zone to use when evaluating the schedule expression. The time zone must be between 1 and 50 characters in length.
    ///
    /// Specify the time zone using standard timezone identifiers (for example, `America/New\_York`, `Europe/London`, or `Asia/Tokyo`).
    ///
    /// If you don't specify a time zone, UTC is used by default. The time zone affects how cron and at expressions are interpreted, as well as start and expire dates you specify
    ///
    /// Examples:
    ///
    /// - `America/New\_York` - Eastern Time (US)
    ///
    /// - `America/Los\_Angeles` - Pacific Time (US)
    ///
    /// - `Europe/London` - British Time
    ///
    /// - `Asia/Tokyo` - Japan Standard Time
    ///
    /// - `UTC` - Coordinated Universal Time
    pub timezone: Option<String>,
}
rt::structure!(Schedule, SCHEDULE, [expression, duration, timezone]);
/// Contains the schedule expression and time-range offsets that define when a scheduled query runs and what time range each execution covers.
#[derive(Clone, Default, PartialEq)]
pub struct ScheduleConfiguration {
    /// The schedule expression that defines how often the underlying CloudWatch Logs scheduled query runs. Specify a `rate()` expression, for example `rate(5 minutes)`.
    pub schedule_expression: String,
    /// The offset, in seconds, before the scheduled execution time at which the query time range begins. For example, an offset of 360 (6 minutes) on a query running at 12:05:00 starts the query time range at 11:59:00.
    pub start_time_offset: i64,
    /// The offset, in seconds, before the scheduled execution time at which the query time range ends. Must be non-negative and less than `StartTimeOffset`. The default is 0.
    pub end_time_offset: Option<i64>,
}
rt::structure!(
    ScheduleConfiguration, SCHEDULE_CONFIGURATION, [schedule_expression,
    start_time_offset, end_time_offset]
);
/// The configuration of the CloudWatch Logs scheduled query that backs a log alarm.
#[derive(Clone, Default, PartialEq)]
pub struct ScheduledQueryConfiguration {
    /// The CloudWatch Logs query to execute on each scheduled run. Length constraints: maximum of 10,000 characters.
    pub query_string: String,
    /// The log groups to query. Each entry can be a log group name or ARN. Use the ARN form when querying log groups in a different account (for example, when running cross-account queries from a monitoring account). The list must contain between 1 and 50 entries.
    pub log_group_identifiers: Option<Vec<String>>,
    /// The Amazon Resource Name (ARN) of the CloudWatch Logs scheduled query that the alarm uses. This field is populated in `DescribeAlarms` responses.
    pub query_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the IAM role that CloudWatch assumes when executing the scheduled query against the configured log groups.
    pub scheduled_query_role_arn: String,
    /// The schedule and time-range offset configuration for the underlying scheduled query.
    pub schedule_configuration: ScheduleConfiguration,
    /// The expression that defines how to aggregate query results into one or more scalar values for alarm evaluation. For example, `count(\*)` or `avg(latency) by host \| sort desc`. Length constraints: minimum 1 character, maximum 2048 characters.
    pub aggregation_expression: String,
    /// A list of key-value pairs to associate with the underlying scheduled query resource.
    pub tags: Option<Vec<Tag>>,
}
rt::structure!(
    ScheduledQueryConfiguration, SCHEDULED_QUERY_CONFIGURATION, [query_string,
    log_group_identifiers, query_arn, scheduled_query_role_arn, schedule_configuration,
    aggregation_expression, tags]
);
#[derive(Clone, Default, PartialEq)]
pub struct SetAlarmStateInput {
    /// The name of the alarm.
    pub alarm_name: String,
    /// The value of the state.
    pub state_value: StateValue,
    /// The reason that this alarm is set to this specific state, in text format.
    pub state_reason: String,
    /// The reason that this alarm is set to this specific state, in JSON format.
    ///
    /// For SNS or EC2 alarm actions, this is just informational. But for EC2 Auto Scaling or application Auto Scaling alarm actions, the Auto Scaling policy uses the information in this field to take the correct action.
    pub state_reason_data: Option<String>,
}
rt::structure!(
    SetAlarmStateInput, SET_ALARM_STATE_INPUT, [alarm_name, state_value, state_reason,
    state_reason_data]
);
/// Designates the CloudWatch metric and statistic that provides the time series the anomaly detector uses as input. If you have enabled unified cross-account observability, and this account is a monitoring account, the metric can be in the same account or a source account.
#[derive(Clone, Default, PartialEq)]
pub struct SingleMetricAnomalyDetector {
    /// If the CloudWatch metric that provides the time series that the anomaly detector uses as input is in another account, specify that account ID here. If you omit this parameter, the current account is used.
    pub account_id: Option<String>,
    /// The namespace of the metric to create the anomaly detection model for.
    pub namespace: Option<String>,
    /// The name of the metric to create the anomaly detection model for.
    pub metric_name: Option<String>,
    /// The metric dimensions to create the anomaly detection model for.
    pub dimensions: Option<Vec<Dimension>>,
    /// The statistic to use for the metric and anomaly detection model.
    pub stat: Option<String>,
}
rt::structure!(
    SingleMetricAnomalyDetector, SINGLE_METRIC_ANOMALY_DETECTOR, [account_id, namespace,
    metric_name, dimensions, stat]
);
/// An evaluation window that advances each time the alarm is evaluated, forming a rolling time window. This is the default evaluation window. A sliding window has no additional configuration options.
///
/// Choose a sliding window when you need the fastest detection and the calendar boundaries of the data don't matter, such as for continuous performance, latency, or resource-exhaustion monitoring.
#[derive(Clone, Default, PartialEq)]
pub struct SlidingWindow {}
rt::structure!(SlidingWindow, SLIDING_WINDOW, []);
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
pub struct StartMetricStreamsInput {
    /// The array of the names of metric streams to start streaming.
    ///
    /// This is an "all or nothing" operation. If you do not have permission to access all of the metric streams that you list here, then none of the streams that you list in the operation will start streaming.
    pub names: Vec<String>,
}
rt::structure!(StartMetricStreamsInput, START_METRIC_STREAMS_INPUT, [names]);
#[derive(Clone, Default, PartialEq)]
pub struct StartMetricStreamsOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    StartMetricStreamsOutput, START_METRIC_STREAMS_OUTPUT, [], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct StartOTelEnrichmentInput {
    /// The metric namespaces, and the metric names, to enrich. If this parameter is omitted, every namespace that Amazon CloudWatch supports for enrichment is in scope.
    ///
    /// A maximum of 100 filters is allowed across `IncludeFilters` and `ExcludeFilters` combined.
    pub include_filters: Option<Vec<OTelEnrichmentMetricSelector>>,
    /// The metric namespaces, and the metric names, to leave unenriched. If this parameter is omitted, nothing is excluded.
    ///
    /// Amazon CloudWatch applies `ExcludeFilters` after `IncludeFilters`, so a metric that both parameters match is not enriched.
    ///
    /// A maximum of 100 filters is allowed across `IncludeFilters` and `ExcludeFilters` combined.
    pub exclude_filters: Option<Vec<OTelEnrichmentMetricSelector>>,
}
rt::structure!(
    StartOTelEnrichmentInput, START_O_TEL_ENRICHMENT_INPUT, [include_filters,
    exclude_filters]
);
#[derive(Clone, Default, PartialEq)]
pub struct StartOTelEnrichmentOutput {
    /// The include filters that are stored for the account.
    pub include_filters: Option<Vec<OTelEnrichmentMetricSelector>>,
    /// The exclude filters that are stored for the account.
    pub exclude_filters: Option<Vec<OTelEnrichmentMetricSelector>>,
    /// The date and time that enrichment started for the account.
    pub created_at: Option<rt::DateTime>,
    /// The date and time that the enrichment configuration for the account was last stored.
    pub updated_at: Option<rt::DateTime>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    StartOTelEnrichmentOutput, START_O_TEL_ENRICHMENT_OUTPUT, [include_filters,
    exclude_filters, created_at, updated_at], meta = response_metadata
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StateValue {
    /// `OK`
    Ok,
    /// `ALARM`
    Alarm,
    /// `INSUFFICIENT_DATA`
    InsufficientData,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    StateValue, { Ok => "OK", Alarm => "ALARM", InsufficientData => "INSUFFICIENT_DATA" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Statistic {
    /// `SampleCount`
    SampleCount,
    /// `Average`
    Average,
    /// `Sum`
    Sum,
    /// `Minimum`
    Minimum,
    /// `Maximum`
    Maximum,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    Statistic, { SampleCount => "SampleCount", Average => "Average", Sum => "Sum",
    Minimum => "Minimum", Maximum => "Maximum" }
);
/// Represents a set of statistics that describes a specific metric.
#[derive(Clone, Default, PartialEq)]
pub struct StatisticSet {
    /// The number of samples used for the statistic set.
    pub sample_count: f64,
    /// The sum of values for the sample set.
    pub sum: f64,
    /// The minimum value of the sample set.
    pub minimum: f64,
    /// The maximum value of the sample set.
    pub maximum: f64,
}
rt::structure!(StatisticSet, STATISTIC_SET, [sample_count, sum, minimum, maximum]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StatusCode {
    /// `Complete`
    Complete,
    /// `InternalError`
    InternalError,
    /// `PartialData`
    PartialData,
    /// `Forbidden`
    Forbidden,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    StatusCode, { Complete => "Complete", InternalError => "InternalError", PartialData
    => "PartialData", Forbidden => "Forbidden" }
);
#[derive(Clone, Default, PartialEq)]
pub struct StopMetricStreamsInput {
    /// The array of the names of metric streams to stop streaming.
    ///
    /// This is an "all or nothing" operation. If you do not have permission to access all of the metric streams that you list here, then none of the streams that you list in the operation will stop streaming.
    pub names: Vec<String>,
}
rt::structure!(StopMetricStreamsInput, STOP_METRIC_STREAMS_INPUT, [names]);
#[derive(Clone, Default, PartialEq)]
pub struct StopMetricStreamsOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    StopMetricStreamsOutput, STOP_METRIC_STREAMS_OUTPUT, [], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct StopOTelEnrichmentInput {}
rt::structure!(StopOTelEnrichmentInput, STOP_O_TEL_ENRICHMENT_INPUT, []);
#[derive(Clone, Default, PartialEq)]
pub struct StopOTelEnrichmentOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    StopOTelEnrichmentOutput, STOP_O_TEL_ENRICHMENT_OUTPUT, [], meta = response_metadata
);
/// A key-value pair associated with a CloudWatch resource.
#[derive(Clone, Default, PartialEq)]
pub struct Tag {
    /// A string that you can use to assign a value. The combination of tag keys and values can help you organize and categorize your resources.
    pub key: String,
    /// The value for the specified tag key.
    pub value: String,
}
rt::structure!(Tag, TAG, [key, value]);
#[derive(Clone, Default, PartialEq)]
pub struct TagResourceInput {
    /// The ARN of the CloudWatch resource that you're adding tags to.
    ///
    /// The ARN format of an alarm is `arn:aws:cloudwatch:*Region*:*account-id*:alarm:*alarm-name* `
    ///
    /// The ARN format of a Contributor Insights rule is `arn:aws:cloudwatch:*Region*:*account-id*:insight-rule/*insight-rule-name* `
    ///
    /// The ARN format of a dashboard is `arn:aws:cloudwatch::*account-id*:dashboard/*dashboard-name* `
    ///
    /// The ARN format of a metric stream is `arn:aws:cloudwatch:*Region*:*account-id*:metric-stream/*metric-stream-name* `
    ///
    /// For more information about ARN format, see [ Resource Types Defined by Amazon CloudWatch](https://docs.aws.amazon.com/IAM/latest/UserGuide/list_amazoncloudwatch.html#amazoncloudwatch-resources-for-iam-policies) in the *Amazon Web Services General Reference*.
    pub resource_arn: String,
    /// The list of key-value pairs to associate with the alarm.
    pub tags: Vec<Tag>,
}
rt::structure!(TagResourceInput, TAG_RESOURCE_INPUT, [resource_arn, tags]);
#[derive(Clone, Default, PartialEq)]
pub struct TagResourceOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(TagResourceOutput, TAG_RESOURCE_OUTPUT, [], meta = response_metadata);
#[derive(Clone, Default, PartialEq)]
pub struct UntagResourceInput {
    /// The ARN of the CloudWatch resource that you're removing tags from.
    ///
    /// The ARN format of an alarm is `arn:aws:cloudwatch:*Region*:*account-id*:alarm:*alarm-name* `
    ///
    /// The ARN format of a Contributor Insights rule is `arn:aws:cloudwatch:*Region*:*account-id*:insight-rule/*insight-rule-name* `
    ///
    /// The ARN format of a dashboard is `arn:aws:cloudwatch::*account-id*:dashboard/*dashboard-name* `
    ///
    /// The ARN format of a metric stream is `arn:aws:cloudwatch:*Region*:*account-id*:metric-stream/*metric-stream-name* `
    ///
    /// For more information about ARN format, see [ Resource Types Defined by Amazon CloudWatch](https://docs.aws.amazon.com/IAM/latest/UserGuide/list_amazoncloudwatch.html#amazoncloudwatch-resources-for-iam-policies) in the *Amazon Web Services General Reference*.
    pub resource_arn: String,
    /// The list of tag keys to remove from the resource.
    pub tag_keys: Vec<String>,
}
rt::structure!(UntagResourceInput, UNTAG_RESOURCE_INPUT, [resource_arn, tag_keys]);
#[derive(Clone, Default, PartialEq)]
pub struct UntagResourceOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(UntagResourceOutput, UNTAG_RESOURCE_OUTPUT, [], meta = response_metadata);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateOTelEnrichmentInput {
    /// The metric namespaces, and the metric names, to enrich. If this parameter is omitted, every namespace that Amazon CloudWatch supports for enrichment is in scope.
    ///
    /// A maximum of 100 filters is allowed across `IncludeFilters` and `ExcludeFilters` combined.
    pub include_filters: Option<Vec<OTelEnrichmentMetricSelector>>,
    /// The metric namespaces, and the metric names, to leave unenriched. If this parameter is omitted, nothing is excluded.
    ///
    /// Amazon CloudWatch applies `ExcludeFilters` after `IncludeFilters`, so a metric that both parameters match is not enriched.
    ///
    /// A maximum of 100 filters is allowed across `IncludeFilters` and `ExcludeFilters` combined.
    pub exclude_filters: Option<Vec<OTelEnrichmentMetricSelector>>,
}
rt::structure!(
    UpdateOTelEnrichmentInput, UPDATE_O_TEL_ENRICHMENT_INPUT, [include_filters,
    exclude_filters]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateOTelEnrichmentOutput {
    /// The include filters that are stored for the account after the replacement. This parameter is omitted when the request cleared the include filters, which means that every supported namespace is in scope.
    pub include_filters: Option<Vec<OTelEnrichmentMetricSelector>>,
    /// The exclude filters that are stored for the account after the replacement. This parameter is omitted when the request cleared the exclude filters, which means that nothing is excluded.
    pub exclude_filters: Option<Vec<OTelEnrichmentMetricSelector>>,
    /// The date and time that enrichment started for the account.
    pub created_at: Option<rt::DateTime>,
    /// The date and time that the enrichment configuration for the account was last stored.
    pub updated_at: Option<rt::DateTime>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    UpdateOTelEnrichmentOutput, UPDATE_O_TEL_ENRICHMENT_OUTPUT, [include_filters,
    exclude_filters, created_at, updated_at], meta = response_metadata
);
/// Specifies the resource ARN and optional replacement metric selections for an `UpdateResourceMetricsConfiguration` request.
#[derive(Clone, Default, PartialEq)]
pub struct UpdateResourceMetricsConfigurationInput {
    /// The Amazon Resource Name (ARN) of the Amazon Web Services resource to update the resource metrics configuration for.
    pub resource_arn: String,
    /// Specifies which metrics Amazon CloudWatch collects for the resource. The selections that you provide completely replace any existing metric selections.
    ///
    /// If you omit this parameter, Amazon CloudWatch removes any existing metric selection filter and collects all available detailed metrics for the resource.
    pub metric_selections: Option<Vec<ResourceMetricSelection>>,
}
rt::structure!(
    UpdateResourceMetricsConfigurationInput, UPDATE_RESOURCE_METRICS_CONFIGURATION_INPUT,
    [resource_arn, metric_selections]
);
/// Returns the updated resource metrics configuration.
#[derive(Clone, Default, PartialEq)]
pub struct UpdateResourceMetricsConfigurationOutput {
    /// The resource metrics configuration after the update was applied.
    pub resource_metrics_configuration: ResourceMetricsConfiguration,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    UpdateResourceMetricsConfigurationOutput,
    UPDATE_RESOURCE_METRICS_CONFIGURATION_OUTPUT, [resource_metrics_configuration], meta
    = response_metadata
);
/// The request failed validation. One or more input parameters do not satisfy the constraints that the operation requires.
#[derive(Clone, Default, PartialEq)]
pub struct ValidationException {
    pub message: Option<String>,
}
rt::structure!(ValidationException, VALIDATION_EXCEPTION, [message]);
/// An evaluation window that aligns the evaluated range to fixed clock boundaries that match the alarm's period, such as the top of the hour, midnight, or the start of the calendar week, optionally in a specific time zone.
///
/// When you use a wall clock window, the alarm's period must be 1 minute (60 seconds), 5 minutes (300 seconds), 1 hour (3,600 seconds), 1 day (86,400 seconds), or 1 week (604,800 seconds). Other period values aren't supported with a wall clock window.
///
/// Choose a wall clock window when your monitoring is tied to a business or calendar period, such as daily reports, batch jobs, or backups, or when you want alarm evaluations to match the periods shown on a metric dashboard.
#[derive(Clone, Default, PartialEq)]
pub struct WallClockWindow {
    /// The time zone to use when the alarm aligns the evaluation window to clock boundaries. You can specify an IANA time zone name (for example, `America/New\_York`), a fixed UTC offset (for example, `+05:30`), or an offset-prefixed identifier (for example, `UTC+05:30`). The offset must be aligned to a multiple of 5 minutes. If you don't specify a time zone, CloudWatch uses `UTC`.
    ///
    /// The time zone affects window alignment for all periods, including periods of one hour or shorter.
    pub timezone: Option<String>,
}
rt::structure!(WallClockWindow, WALL_CLOCK_WINDOW, [timezone]);
/// The configuration settings that define the warm-up behavior for an alarm. Use these settings to delay alarm evaluation after you create or update the alarm, which reduces alarm noise while a new resource or service starts publishing data.
///
/// During the warm-up period, the alarm stays in `INSUFFICIENT\_DATA` and does not perform alarm actions.
#[derive(Clone, Default, PartialEq)]
pub struct WarmUpConfiguration {
    /// The length of the warm-up period, in minutes. After you create or update the alarm, the alarm stays in `INSUFFICIENT\_DATA` for this duration. During this time, the alarm does not perform alarm actions.
    ///
    /// You can change this value at any time, including after the warm-up period ends. If you change it after the warm-up period ends, the new value does not restart the warm-up period.
    pub warm_up_period_duration_in_minutes: i32,
    /// Specifies whether the alarm waits for the full warm-up period before it starts to evaluate. The default is `false`. If `true`, the alarm waits the entire `WarmUpPeriodDurationInMinutes` before it starts to evaluate, even if metric data arrives earlier. If `false`, the alarm ends the warm-up period early. Evaluation begins as soon as the alarm has enough metric data to fill its evaluation window.
    pub only_start_evaluating_after_warm_up_period_ends: Option<bool>,
}
rt::structure!(
    WarmUpConfiguration, WARM_UP_CONFIGURATION, [warm_up_period_duration_in_minutes,
    only_start_evaluating_after_warm_up_period_ends]
);

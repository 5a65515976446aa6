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
    service_id: "CloudWatch",
    endpoint_prefix: "monitoring",
    signing_name: "monitoring",
    json_version: Some("1.0"),
    target_prefix: Some("GraniteServiceVersion20100801"),
    xml_namespace: Some("http://monitoring.amazonaws.com/doc/2010-08-01/"),
    aws_query_compatible: true,
    rule_set: include_str!("endpoint-rule-set.json"),
    ..Service::new("cloudwatch", "2010-08-01", Protocol::Json)
};
pub static ACTION_CONFIGURATION: Schema = Schema::structure(
    "ActionConfiguration",
    &[Member::new("AlarmTagsPropagation", &ALARM_TAGS_PROPAGATION)],
);
pub static ALARM_CONTRIBUTOR: Schema = Schema::structure(
    "AlarmContributor",
    &[
        Member::new("ContributorId", &p::STRING).with(f::REQUIRED),
        Member::new("ContributorAttributes", &CONTRIBUTOR_ATTRIBUTES).with(f::REQUIRED),
        Member::new("StateReason", &p::STRING).with(f::REQUIRED),
        Member::new("StateTransitionedTimestamp", &p::TIMESTAMP),
    ],
);
pub static ALARM_CONTRIBUTORS: Schema = Schema::list(
    "AlarmContributors",
    &[Member::new("member", &ALARM_CONTRIBUTOR)],
);
pub static ALARM_HISTORY_ITEM: Schema = Schema::structure(
    "AlarmHistoryItem",
    &[
        Member::new("AlarmName", &p::STRING),
        Member::new("AlarmContributorId", &p::STRING),
        Member::new("AlarmType", &p::STRING),
        Member::new("Timestamp", &p::TIMESTAMP),
        Member::new("HistoryItemType", &p::STRING),
        Member::new("HistorySummary", &p::STRING),
        Member::new("HistoryData", &p::STRING),
        Member::new("AlarmContributorAttributes", &CONTRIBUTOR_ATTRIBUTES),
    ],
);
pub static ALARM_HISTORY_ITEMS: Schema = Schema::list(
    "AlarmHistoryItems",
    &[Member::new("member", &ALARM_HISTORY_ITEM)],
);
pub static ALARM_MUTE_RULE_STATUSES: Schema = Schema::list(
    "AlarmMuteRuleStatuses",
    &[Member::new("member", &p::STRING)],
);
pub static ALARM_MUTE_RULE_SUMMARIES: Schema = Schema::list(
    "AlarmMuteRuleSummaries",
    &[Member::new("member", &ALARM_MUTE_RULE_SUMMARY)],
);
pub static ALARM_MUTE_RULE_SUMMARY: Schema = Schema::structure(
    "AlarmMuteRuleSummary",
    &[
        Member::new("AlarmMuteRuleArn", &p::STRING),
        Member::new("ExpireDate", &p::TIMESTAMP),
        Member::new("Status", &p::STRING),
        Member::new("MuteType", &p::STRING),
        Member::new("LastUpdatedTimestamp", &p::TIMESTAMP),
    ],
);
pub static ALARM_NAMES: Schema = Schema::list(
    "AlarmNames",
    &[Member::new("member", &p::STRING)],
);
pub static ALARM_PROM_QL_CRITERIA: Schema = Schema::structure(
    "AlarmPromQLCriteria",
    &[
        Member::new("Query", &p::STRING).with(f::REQUIRED),
        Member::new("PendingPeriod", &p::INTEGER),
        Member::new("RecoveryPeriod", &p::INTEGER),
    ],
);
pub static ALARM_TAGS_PROPAGATION: Schema = Schema::structure(
    "AlarmTagsPropagation",
    &[
        Member::new("Enabled", &p::BOOLEAN).with(f::REQUIRED),
        Member::new("IncludedTagKeys", &ALARM_TAGS_PROPAGATION_TAG_KEYS),
        Member::new("ExcludedTagKeys", &ALARM_TAGS_PROPAGATION_TAG_KEYS),
    ],
);
pub static ALARM_TAGS_PROPAGATION_TAG_KEYS: Schema = Schema::list(
    "AlarmTagsPropagationTagKeys",
    &[Member::new("member", &p::STRING)],
);
pub static ALARM_TYPES: Schema = Schema::list(
    "AlarmTypes",
    &[Member::new("member", &p::STRING)],
);
pub static ANOMALY_DETECTOR: Schema = Schema::structure(
    "AnomalyDetector",
    &[
        Member::new("AnomalyDetectorId", &p::STRING),
        Member::new("Namespace", &p::STRING),
        Member::new("MetricName", &p::STRING),
        Member::new("Dimensions", &DIMENSIONS),
        Member::new("Stat", &p::STRING),
        Member::new("Configuration", &ANOMALY_DETECTOR_CONFIGURATION),
        Member::new("StateValue", &p::STRING),
        Member::new("MetricCharacteristics", &METRIC_CHARACTERISTICS),
        Member::new("SingleMetricAnomalyDetector", &SINGLE_METRIC_ANOMALY_DETECTOR),
        Member::new("MetricMathAnomalyDetector", &METRIC_MATH_ANOMALY_DETECTOR),
    ],
);
pub static ANOMALY_DETECTOR_CONFIGURATION: Schema = Schema::structure(
    "AnomalyDetectorConfiguration",
    &[
        Member::new("ExcludedTimeRanges", &ANOMALY_DETECTOR_EXCLUDED_TIME_RANGES),
        Member::new("MetricTimezone", &p::STRING),
        Member::new("AdaptationSpeed", &p::STRING),
        Member::new("OutlierFilteringStrength", &p::STRING),
    ],
);
pub static ANOMALY_DETECTOR_EXCLUDED_TIME_RANGES: Schema = Schema::list(
    "AnomalyDetectorExcludedTimeRanges",
    &[Member::new("member", &RANGE)],
);
pub static ANOMALY_DETECTOR_IDS: Schema = Schema::list(
    "AnomalyDetectorIds",
    &[Member::new("member", &p::STRING)],
);
pub static ANOMALY_DETECTOR_TYPES: Schema = Schema::list(
    "AnomalyDetectorTypes",
    &[Member::new("member", &p::STRING)],
);
pub static ANOMALY_DETECTORS: Schema = Schema::list(
    "AnomalyDetectors",
    &[Member::new("member", &ANOMALY_DETECTOR)],
);
pub static ASSOCIATE_DATASET_KMS_KEY_INPUT: Schema = Schema::structure(
    "AssociateDatasetKmsKeyInput",
    &[
        Member::new("DatasetIdentifier", &p::STRING).with(f::REQUIRED),
        Member::new("KmsKeyArn", &p::STRING).with(f::REQUIRED),
    ],
);
pub static ASSOCIATE_DATASET_KMS_KEY_OUTPUT: Schema = Schema::structure(
    "AssociateDatasetKmsKeyOutput",
    &[],
);
pub static BATCH_FAILURES: Schema = Schema::list(
    "BatchFailures",
    &[Member::new("member", &PARTIAL_FAILURE)],
);
pub static COMPOSITE_ALARM: Schema = Schema::structure(
    "CompositeAlarm",
    &[
        Member::new("ActionsEnabled", &p::BOOLEAN),
        Member::new("AlarmActions", &RESOURCE_LIST),
        Member::new("AlarmArn", &p::STRING),
        Member::new("AlarmConfigurationUpdatedTimestamp", &p::TIMESTAMP),
        Member::new("AlarmDescription", &p::STRING),
        Member::new("AlarmName", &p::STRING),
        Member::new("AlarmRule", &p::STRING),
        Member::new("InsufficientDataActions", &RESOURCE_LIST),
        Member::new("OKActions", &RESOURCE_LIST),
        Member::new("StateReason", &p::STRING),
        Member::new("StateReasonData", &p::STRING),
        Member::new("StateUpdatedTimestamp", &p::TIMESTAMP),
        Member::new("StateValue", &p::STRING),
        Member::new("StateTransitionedTimestamp", &p::TIMESTAMP),
        Member::new("ActionsSuppressedBy", &p::STRING),
        Member::new("ActionsSuppressedReason", &p::STRING),
        Member::new("ActionsSuppressor", &p::STRING),
        Member::new("ActionsSuppressorWaitPeriod", &p::INTEGER),
        Member::new("ActionsSuppressorExtensionPeriod", &p::INTEGER),
        Member::new("ActionConfiguration", &ACTION_CONFIGURATION),
    ],
);
pub static COMPOSITE_ALARMS: Schema = Schema::list(
    "CompositeAlarms",
    &[Member::new("member", &COMPOSITE_ALARM)],
);
pub static CONCURRENT_MODIFICATION_EXCEPTION: Schema = Schema::structure(
        "ConcurrentModificationException",
        &[],
    )
    .with(f::SENDER_FAULT)
    .error("ConcurrentModificationException", 429u16);
pub static CONFLICT_EXCEPTION: Schema = Schema::structure(
        "ConflictException",
        &[Member::new("Message", &p::STRING)],
    )
    .error("ConflictException", 409u16);
pub static CONTRIBUTOR_ATTRIBUTES: Schema = Schema::map(
    "ContributorAttributes",
    &[Member::new("key", &p::STRING), Member::new("value", &p::STRING)],
);
pub static COUNTS: Schema = Schema::list("Counts", &[Member::new("member", &p::DOUBLE)]);
pub static CREATE_RESOURCE_METRICS_CONFIGURATION_INPUT: Schema = Schema::structure(
    "CreateResourceMetricsConfigurationInput",
    &[
        Member::new("ResourceArn", &p::STRING).with(f::REQUIRED),
        Member::new("MetricSelections", &RESOURCE_METRIC_SELECTION_LIST),
    ],
);
pub static CREATE_RESOURCE_METRICS_CONFIGURATION_OUTPUT: Schema = Schema::structure(
    "CreateResourceMetricsConfigurationOutput",
    &[
        Member::new("ResourceMetricsConfiguration", &RESOURCE_METRICS_CONFIGURATION)
            .with(f::REQUIRED),
    ],
);
pub static DASHBOARD_ENTRIES: Schema = Schema::list(
    "DashboardEntries",
    &[Member::new("member", &DASHBOARD_ENTRY)],
);
pub static DASHBOARD_ENTRY: Schema = Schema::structure(
    "DashboardEntry",
    &[
        Member::new("DashboardName", &p::STRING),
        Member::new("DashboardArn", &p::STRING),
        Member::new("LastModified", &p::TIMESTAMP),
        Member::new("Size", &p::LONG),
    ],
);
pub static DASHBOARD_INVALID_INPUT_ERROR: Schema = Schema::structure(
        "DashboardInvalidInputError",
        &[
            Member::new("message", &p::STRING),
            Member::new("dashboardValidationMessages", &DASHBOARD_VALIDATION_MESSAGES),
        ],
    )
    .with(f::SENDER_FAULT)
    .error("InvalidParameterInput", 400u16);
pub static DASHBOARD_NAMES: Schema = Schema::list(
    "DashboardNames",
    &[Member::new("member", &p::STRING)],
);
pub static DASHBOARD_NOT_FOUND_ERROR: Schema = Schema::structure(
        "DashboardNotFoundError",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("ResourceNotFound", 404u16);
pub static DASHBOARD_VALIDATION_MESSAGE: Schema = Schema::structure(
    "DashboardValidationMessage",
    &[Member::new("DataPath", &p::STRING), Member::new("Message", &p::STRING)],
);
pub static DASHBOARD_VALIDATION_MESSAGES: Schema = Schema::list(
    "DashboardValidationMessages",
    &[Member::new("member", &DASHBOARD_VALIDATION_MESSAGE)],
);
pub static DATAPOINT: Schema = Schema::structure(
    "Datapoint",
    &[
        Member::new("Timestamp", &p::TIMESTAMP),
        Member::new("SampleCount", &p::DOUBLE),
        Member::new("Average", &p::DOUBLE),
        Member::new("Sum", &p::DOUBLE),
        Member::new("Minimum", &p::DOUBLE),
        Member::new("Maximum", &p::DOUBLE),
        Member::new("Unit", &p::STRING),
        Member::new("ExtendedStatistics", &DATAPOINT_VALUE_MAP),
    ],
);
pub static DATAPOINT_VALUE_MAP: Schema = Schema::map(
    "DatapointValueMap",
    &[Member::new("key", &p::STRING), Member::new("value", &p::DOUBLE)],
);
pub static DATAPOINT_VALUES: Schema = Schema::list(
    "DatapointValues",
    &[Member::new("member", &p::DOUBLE)],
);
pub static DATAPOINTS: Schema = Schema::list(
    "Datapoints",
    &[Member::new("member", &DATAPOINT)],
);
pub static DELETE_ALARM_MUTE_RULE_INPUT: Schema = Schema::structure(
    "DeleteAlarmMuteRuleInput",
    &[Member::new("AlarmMuteRuleName", &p::STRING).with(f::REQUIRED)],
);
pub static DELETE_ALARMS_INPUT: Schema = Schema::structure(
    "DeleteAlarmsInput",
    &[Member::new("AlarmNames", &ALARM_NAMES).with(f::REQUIRED)],
);
pub static DELETE_ANOMALY_DETECTOR_INPUT: Schema = Schema::structure(
    "DeleteAnomalyDetectorInput",
    &[
        Member::new("AnomalyDetectorId", &p::STRING),
        Member::new("Namespace", &p::STRING),
        Member::new("MetricName", &p::STRING),
        Member::new("Dimensions", &DIMENSIONS),
        Member::new("Stat", &p::STRING),
        Member::new("SingleMetricAnomalyDetector", &SINGLE_METRIC_ANOMALY_DETECTOR),
        Member::new("MetricMathAnomalyDetector", &METRIC_MATH_ANOMALY_DETECTOR),
    ],
);
pub static DELETE_ANOMALY_DETECTOR_OUTPUT: Schema = Schema::structure(
    "DeleteAnomalyDetectorOutput",
    &[],
);
pub static DELETE_DASHBOARDS_INPUT: Schema = Schema::structure(
    "DeleteDashboardsInput",
    &[Member::new("DashboardNames", &DASHBOARD_NAMES).with(f::REQUIRED)],
);
pub static DELETE_DASHBOARDS_OUTPUT: Schema = Schema::structure(
    "DeleteDashboardsOutput",
    &[],
);
pub static DELETE_INSIGHT_RULES_INPUT: Schema = Schema::structure(
    "DeleteInsightRulesInput",
    &[Member::new("RuleNames", &INSIGHT_RULE_NAMES).with(f::REQUIRED)],
);
pub static DELETE_INSIGHT_RULES_OUTPUT: Schema = Schema::structure(
    "DeleteInsightRulesOutput",
    &[Member::new("Failures", &BATCH_FAILURES)],
);
pub static DELETE_METRIC_DATA_QUERY_DEFINITION_INPUT: Schema = Schema::structure(
    "DeleteMetricDataQueryDefinitionInput",
    &[Member::new("Id", &p::STRING).with(f::REQUIRED)],
);
pub static DELETE_METRIC_DATA_QUERY_DEFINITION_OUTPUT: Schema = Schema::structure(
    "DeleteMetricDataQueryDefinitionOutput",
    &[],
);
pub static DELETE_METRIC_STREAM_INPUT: Schema = Schema::structure(
    "DeleteMetricStreamInput",
    &[Member::new("Name", &p::STRING).with(f::REQUIRED)],
);
pub static DELETE_METRIC_STREAM_OUTPUT: Schema = Schema::structure(
    "DeleteMetricStreamOutput",
    &[],
);
pub static DELETE_RESOURCE_METRICS_CONFIGURATION_INPUT: Schema = Schema::structure(
    "DeleteResourceMetricsConfigurationInput",
    &[Member::new("ResourceArn", &p::STRING).with(f::REQUIRED)],
);
pub static DELETE_RESOURCE_METRICS_CONFIGURATION_OUTPUT: Schema = Schema::structure(
    "DeleteResourceMetricsConfigurationOutput",
    &[],
);
pub static DESCRIBE_ALARM_CONTRIBUTORS_INPUT: Schema = Schema::structure(
    "DescribeAlarmContributorsInput",
    &[
        Member::new("AlarmName", &p::STRING).with(f::REQUIRED),
        Member::new("NextToken", &p::STRING),
    ],
);
pub static DESCRIBE_ALARM_CONTRIBUTORS_OUTPUT: Schema = Schema::structure(
    "DescribeAlarmContributorsOutput",
    &[
        Member::new("AlarmContributors", &ALARM_CONTRIBUTORS).with(f::REQUIRED),
        Member::new("NextToken", &p::STRING),
    ],
);
pub static DESCRIBE_ALARM_HISTORY_INPUT: Schema = Schema::structure(
    "DescribeAlarmHistoryInput",
    &[
        Member::new("AlarmName", &p::STRING),
        Member::new("AlarmContributorId", &p::STRING),
        Member::new("AlarmTypes", &ALARM_TYPES),
        Member::new("HistoryItemType", &p::STRING),
        Member::new("StartDate", &p::TIMESTAMP),
        Member::new("EndDate", &p::TIMESTAMP),
        Member::new("MaxRecords", &p::INTEGER),
        Member::new("NextToken", &p::STRING),
        Member::new("ScanBy", &p::STRING),
    ],
);
pub static DESCRIBE_ALARM_HISTORY_OUTPUT: Schema = Schema::structure(
    "DescribeAlarmHistoryOutput",
    &[
        Member::new("AlarmHistoryItems", &ALARM_HISTORY_ITEMS),
        Member::new("NextToken", &p::STRING),
    ],
);
pub static DESCRIBE_ALARMS_FOR_METRIC_INPUT: Schema = Schema::structure(
    "DescribeAlarmsForMetricInput",
    &[
        Member::new("MetricName", &p::STRING).with(f::REQUIRED),
        Member::new("Namespace", &p::STRING).with(f::REQUIRED),
        Member::new("Statistic", &p::STRING),
        Member::new("ExtendedStatistic", &p::STRING),
        Member::new("Dimensions", &DIMENSIONS),
        Member::new("Period", &p::INTEGER),
        Member::new("Unit", &p::STRING),
    ],
);
pub static DESCRIBE_ALARMS_FOR_METRIC_OUTPUT: Schema = Schema::structure(
    "DescribeAlarmsForMetricOutput",
    &[Member::new("MetricAlarms", &METRIC_ALARMS)],
);
pub static DESCRIBE_ALARMS_INPUT: Schema = Schema::structure(
    "DescribeAlarmsInput",
    &[
        Member::new("AlarmNames", &ALARM_NAMES),
        Member::new("AlarmNamePrefix", &p::STRING),
        Member::new("AlarmTypes", &ALARM_TYPES),
        Member::new("ChildrenOfAlarmName", &p::STRING),
        Member::new("ParentsOfAlarmName", &p::STRING),
        Member::new("StateValue", &p::STRING),
        Member::new("ActionPrefix", &p::STRING),
        Member::new("MaxRecords", &p::INTEGER),
        Member::new("NextToken", &p::STRING),
    ],
);
pub static DESCRIBE_ALARMS_OUTPUT: Schema = Schema::structure(
    "DescribeAlarmsOutput",
    &[
        Member::new("CompositeAlarms", &COMPOSITE_ALARMS),
        Member::new("MetricAlarms", &METRIC_ALARMS),
        Member::new("LogAlarms", &LOG_ALARMS),
        Member::new("NextToken", &p::STRING),
    ],
);
pub static DESCRIBE_ANOMALY_DETECTORS_INPUT: Schema = Schema::structure(
    "DescribeAnomalyDetectorsInput",
    &[
        Member::new("AnomalyDetectorIds", &ANOMALY_DETECTOR_IDS),
        Member::new("NextToken", &p::STRING),
        Member::new("MaxResults", &p::INTEGER),
        Member::new("Namespace", &p::STRING),
        Member::new("MetricName", &p::STRING),
        Member::new("Dimensions", &DIMENSIONS),
        Member::new("AnomalyDetectorTypes", &ANOMALY_DETECTOR_TYPES),
    ],
);
pub static DESCRIBE_ANOMALY_DETECTORS_OUTPUT: Schema = Schema::structure(
    "DescribeAnomalyDetectorsOutput",
    &[
        Member::new("AnomalyDetectors", &ANOMALY_DETECTORS),
        Member::new("NextToken", &p::STRING),
    ],
);
pub static DESCRIBE_INSIGHT_RULES_INPUT: Schema = Schema::structure(
    "DescribeInsightRulesInput",
    &[Member::new("NextToken", &p::STRING), Member::new("MaxResults", &p::INTEGER)],
);
pub static DESCRIBE_INSIGHT_RULES_OUTPUT: Schema = Schema::structure(
    "DescribeInsightRulesOutput",
    &[Member::new("NextToken", &p::STRING), Member::new("InsightRules", &INSIGHT_RULES)],
);
pub static DIMENSION: Schema = Schema::structure(
    "Dimension",
    &[
        Member::new("Name", &p::STRING).with(f::REQUIRED),
        Member::new("Value", &p::STRING).with(f::REQUIRED),
    ],
);
pub static DIMENSION_FILTER: Schema = Schema::structure(
    "DimensionFilter",
    &[
        Member::new("Name", &p::STRING).with(f::REQUIRED),
        Member::new("Value", &p::STRING),
    ],
);
pub static DIMENSION_FILTERS: Schema = Schema::list(
    "DimensionFilters",
    &[Member::new("member", &DIMENSION_FILTER)],
);
pub static DIMENSIONS: Schema = Schema::list(
    "Dimensions",
    &[Member::new("member", &DIMENSION)],
);
pub static DISABLE_ALARM_ACTIONS_INPUT: Schema = Schema::structure(
    "DisableAlarmActionsInput",
    &[Member::new("AlarmNames", &ALARM_NAMES).with(f::REQUIRED)],
);
pub static DISABLE_INSIGHT_RULES_INPUT: Schema = Schema::structure(
    "DisableInsightRulesInput",
    &[Member::new("RuleNames", &INSIGHT_RULE_NAMES).with(f::REQUIRED)],
);
pub static DISABLE_INSIGHT_RULES_OUTPUT: Schema = Schema::structure(
    "DisableInsightRulesOutput",
    &[Member::new("Failures", &BATCH_FAILURES)],
);
pub static DISASSOCIATE_DATASET_KMS_KEY_INPUT: Schema = Schema::structure(
    "DisassociateDatasetKmsKeyInput",
    &[Member::new("DatasetIdentifier", &p::STRING).with(f::REQUIRED)],
);
pub static DISASSOCIATE_DATASET_KMS_KEY_OUTPUT: Schema = Schema::structure(
    "DisassociateDatasetKmsKeyOutput",
    &[],
);
pub static ENABLE_ALARM_ACTIONS_INPUT: Schema = Schema::structure(
    "EnableAlarmActionsInput",
    &[Member::new("AlarmNames", &ALARM_NAMES).with(f::REQUIRED)],
);
pub static ENABLE_INSIGHT_RULES_INPUT: Schema = Schema::structure(
    "EnableInsightRulesInput",
    &[Member::new("RuleNames", &INSIGHT_RULE_NAMES).with(f::REQUIRED)],
);
pub static ENABLE_INSIGHT_RULES_OUTPUT: Schema = Schema::structure(
    "EnableInsightRulesOutput",
    &[Member::new("Failures", &BATCH_FAILURES)],
);
pub static ENTITY: Schema = Schema::structure(
    "Entity",
    &[
        Member::new("KeyAttributes", &ENTITY_KEY_ATTRIBUTES_MAP),
        Member::new("Attributes", &ENTITY_ATTRIBUTES_MAP),
    ],
);
pub static ENTITY_ATTRIBUTES_MAP: Schema = Schema::map(
    "EntityAttributesMap",
    &[Member::new("key", &p::STRING), Member::new("value", &p::STRING)],
);
pub static ENTITY_KEY_ATTRIBUTES_MAP: Schema = Schema::map(
    "EntityKeyAttributesMap",
    &[Member::new("key", &p::STRING), Member::new("value", &p::STRING)],
);
pub static ENTITY_METRIC_DATA: Schema = Schema::structure(
    "EntityMetricData",
    &[Member::new("Entity", &ENTITY), Member::new("MetricData", &METRIC_DATA)],
);
pub static ENTITY_METRIC_DATA_LIST: Schema = Schema::list(
    "EntityMetricDataList",
    &[Member::new("member", &ENTITY_METRIC_DATA)],
);
pub static EVALUATION_CRITERIA: Schema = Schema::union(
    "EvaluationCriteria",
    &[Member::new("PromQLCriteria", &ALARM_PROM_QL_CRITERIA)],
);
pub static EVALUATION_WINDOW: Schema = Schema::union(
    "EvaluationWindow",
    &[
        Member::new("WallClockWindow", &WALL_CLOCK_WINDOW),
        Member::new("SlidingWindow", &SLIDING_WINDOW),
    ],
);
pub static EXTENDED_STATISTICS: Schema = Schema::list(
    "ExtendedStatistics",
    &[Member::new("member", &p::STRING)],
);
pub static GET_ALARM_MUTE_RULE_INPUT: Schema = Schema::structure(
    "GetAlarmMuteRuleInput",
    &[Member::new("AlarmMuteRuleName", &p::STRING).with(f::REQUIRED)],
);
pub static GET_ALARM_MUTE_RULE_OUTPUT: Schema = Schema::structure(
    "GetAlarmMuteRuleOutput",
    &[
        Member::new("Name", &p::STRING),
        Member::new("AlarmMuteRuleArn", &p::STRING),
        Member::new("Description", &p::STRING),
        Member::new("Rule", &RULE),
        Member::new("MuteTargets", &MUTE_TARGETS),
        Member::new("StartDate", &p::TIMESTAMP),
        Member::new("ExpireDate", &p::TIMESTAMP),
        Member::new("Status", &p::STRING),
        Member::new("LastUpdatedTimestamp", &p::TIMESTAMP),
        Member::new("MuteType", &p::STRING),
    ],
);
pub static GET_DASHBOARD_INPUT: Schema = Schema::structure(
    "GetDashboardInput",
    &[Member::new("DashboardName", &p::STRING).with(f::REQUIRED)],
);
pub static GET_DASHBOARD_OUTPUT: Schema = Schema::structure(
    "GetDashboardOutput",
    &[
        Member::new("DashboardArn", &p::STRING),
        Member::new("DashboardBody", &p::STRING),
        Member::new("DashboardName", &p::STRING),
    ],
);
pub static GET_DATASET_INPUT: Schema = Schema::structure(
    "GetDatasetInput",
    &[Member::new("DatasetIdentifier", &p::STRING).with(f::REQUIRED)],
);
pub static GET_DATASET_OUTPUT: Schema = Schema::structure(
    "GetDatasetOutput",
    &[
        Member::new("DatasetId", &p::STRING).with(f::REQUIRED),
        Member::new("Arn", &p::STRING).with(f::REQUIRED),
        Member::new("KmsKeyArn", &p::STRING),
    ],
);
pub static GET_INSIGHT_RULE_REPORT_INPUT: Schema = Schema::structure(
    "GetInsightRuleReportInput",
    &[
        Member::new("RuleName", &p::STRING).with(f::REQUIRED),
        Member::new("StartTime", &p::TIMESTAMP).with(f::REQUIRED),
        Member::new("EndTime", &p::TIMESTAMP).with(f::REQUIRED),
        Member::new("Period", &p::INTEGER).with(f::REQUIRED),
        Member::new("MaxContributorCount", &p::INTEGER),
        Member::new("Metrics", &INSIGHT_RULE_METRIC_LIST),
        Member::new("OrderBy", &p::STRING),
    ],
);
pub static GET_INSIGHT_RULE_REPORT_OUTPUT: Schema = Schema::structure(
    "GetInsightRuleReportOutput",
    &[
        Member::new("KeyLabels", &INSIGHT_RULE_CONTRIBUTOR_KEY_LABELS),
        Member::new("AggregationStatistic", &p::STRING),
        Member::new("AggregateValue", &p::DOUBLE),
        Member::new("ApproximateUniqueCount", &p::LONG),
        Member::new("Contributors", &INSIGHT_RULE_CONTRIBUTORS),
        Member::new("MetricDatapoints", &INSIGHT_RULE_METRIC_DATAPOINTS),
    ],
);
pub static GET_METRIC_DATA_INPUT: Schema = Schema::structure(
    "GetMetricDataInput",
    &[
        Member::new("MetricDataQueries", &METRIC_DATA_QUERIES).with(f::REQUIRED),
        Member::new("StartTime", &p::TIMESTAMP).with(f::REQUIRED),
        Member::new("EndTime", &p::TIMESTAMP).with(f::REQUIRED),
        Member::new("NextToken", &p::STRING),
        Member::new("ScanBy", &p::STRING),
        Member::new("MaxDatapoints", &p::INTEGER),
        Member::new("LabelOptions", &LABEL_OPTIONS),
    ],
);
pub static GET_METRIC_DATA_OUTPUT: Schema = Schema::structure(
    "GetMetricDataOutput",
    &[
        Member::new("MetricDataResults", &METRIC_DATA_RESULTS),
        Member::new("NextToken", &p::STRING),
        Member::new("Messages", &METRIC_DATA_RESULT_MESSAGES),
    ],
);
pub static GET_METRIC_DATA_QUERY_DEFINITION_INPUT: Schema = Schema::structure(
    "GetMetricDataQueryDefinitionInput",
    &[Member::new("Id", &p::STRING).with(f::REQUIRED)],
);
pub static GET_METRIC_DATA_QUERY_DEFINITION_OUTPUT: Schema = Schema::structure(
    "GetMetricDataQueryDefinitionOutput",
    &[
        Member::new("Id", &p::STRING).with(f::REQUIRED),
        Member::new("Arn", &p::STRING).with(f::REQUIRED),
        Member::new("Path", &p::STRING).with(f::REQUIRED),
        Member::new("Expression", &METRIC_EXPRESSION_STRING).with(f::REQUIRED),
        Member::new("Type", &p::STRING).with(f::REQUIRED),
        Member::new("CreatedAt", &p::TIMESTAMP).with(f::REQUIRED),
        Member::new("UpdatedAt", &p::TIMESTAMP).with(f::REQUIRED),
    ],
);
pub static GET_METRIC_STATISTICS_INPUT: Schema = Schema::structure(
    "GetMetricStatisticsInput",
    &[
        Member::new("Namespace", &p::STRING).with(f::REQUIRED),
        Member::new("MetricName", &p::STRING).with(f::REQUIRED),
        Member::new("Dimensions", &DIMENSIONS),
        Member::new("StartTime", &p::TIMESTAMP).with(f::REQUIRED),
        Member::new("EndTime", &p::TIMESTAMP).with(f::REQUIRED),
        Member::new("Period", &p::INTEGER).with(f::REQUIRED),
        Member::new("Statistics", &STATISTICS),
        Member::new("ExtendedStatistics", &EXTENDED_STATISTICS),
        Member::new("Unit", &p::STRING),
    ],
);
pub static GET_METRIC_STATISTICS_OUTPUT: Schema = Schema::structure(
    "GetMetricStatisticsOutput",
    &[Member::new("Label", &p::STRING), Member::new("Datapoints", &DATAPOINTS)],
);
pub static GET_METRIC_STREAM_INPUT: Schema = Schema::structure(
    "GetMetricStreamInput",
    &[Member::new("Name", &p::STRING).with(f::REQUIRED)],
);
pub static GET_METRIC_STREAM_OUTPUT: Schema = Schema::structure(
    "GetMetricStreamOutput",
    &[
        Member::new("Arn", &p::STRING),
        Member::new("Name", &p::STRING),
        Member::new("IncludeFilters", &METRIC_STREAM_FILTERS),
        Member::new("ExcludeFilters", &METRIC_STREAM_FILTERS),
        Member::new("FirehoseArn", &p::STRING),
        Member::new("RoleArn", &p::STRING),
        Member::new("State", &p::STRING),
        Member::new("CreationDate", &p::TIMESTAMP),
        Member::new("LastUpdateDate", &p::TIMESTAMP),
        Member::new("OutputFormat", &p::STRING),
        Member::new(
            "StatisticsConfigurations",
            &METRIC_STREAM_STATISTICS_CONFIGURATIONS,
        ),
        Member::new("IncludeLinkedAccountsMetrics", &p::BOOLEAN),
    ],
);
pub static GET_METRIC_WIDGET_IMAGE_INPUT: Schema = Schema::structure(
    "GetMetricWidgetImageInput",
    &[
        Member::new("MetricWidget", &p::STRING).with(f::REQUIRED),
        Member::new("OutputFormat", &p::STRING),
    ],
);
pub static GET_METRIC_WIDGET_IMAGE_OUTPUT: Schema = Schema::structure(
    "GetMetricWidgetImageOutput",
    &[Member::new("MetricWidgetImage", &p::BLOB)],
);
pub static GET_O_TEL_ENRICHMENT_INPUT: Schema = Schema::structure(
    "GetOTelEnrichmentInput",
    &[],
);
pub static GET_O_TEL_ENRICHMENT_OUTPUT: Schema = Schema::structure(
    "GetOTelEnrichmentOutput",
    &[
        Member::new("Status", &p::STRING).with(f::REQUIRED),
        Member::new("IncludeFilters", &O_TEL_ENRICHMENT_METRIC_SELECTOR_LIST),
        Member::new("ExcludeFilters", &O_TEL_ENRICHMENT_METRIC_SELECTOR_LIST),
        Member::new("CreatedAt", &p::TIMESTAMP),
        Member::new("UpdatedAt", &p::TIMESTAMP),
    ],
);
pub static GET_RESOURCE_METRICS_CONFIGURATION_INPUT: Schema = Schema::structure(
    "GetResourceMetricsConfigurationInput",
    &[Member::new("ResourceArn", &p::STRING).with(f::REQUIRED)],
);
pub static GET_RESOURCE_METRICS_CONFIGURATION_OUTPUT: Schema = Schema::structure(
    "GetResourceMetricsConfigurationOutput",
    &[
        Member::new("ResourceMetricsConfiguration", &RESOURCE_METRICS_CONFIGURATION)
            .with(f::REQUIRED),
    ],
);
pub static INSIGHT_RULE: Schema = Schema::structure(
    "InsightRule",
    &[
        Member::new("Name", &p::STRING).with(f::REQUIRED),
        Member::new("State", &p::STRING).with(f::REQUIRED),
        Member::new("Schema", &p::STRING).with(f::REQUIRED),
        Member::new("Definition", &p::STRING).with(f::REQUIRED),
        Member::new("ManagedRule", &p::BOOLEAN),
        Member::new("ApplyOnTransformedLogs", &p::BOOLEAN),
    ],
);
pub static INSIGHT_RULE_CONTRIBUTOR: Schema = Schema::structure(
    "InsightRuleContributor",
    &[
        Member::new("Keys", &INSIGHT_RULE_CONTRIBUTOR_KEYS).with(f::REQUIRED),
        Member::new("ApproximateAggregateValue", &p::DOUBLE).with(f::REQUIRED),
        Member::new("Datapoints", &INSIGHT_RULE_CONTRIBUTOR_DATAPOINTS).with(f::REQUIRED),
    ],
);
pub static INSIGHT_RULE_CONTRIBUTOR_DATAPOINT: Schema = Schema::structure(
    "InsightRuleContributorDatapoint",
    &[
        Member::new("Timestamp", &p::TIMESTAMP).with(f::REQUIRED),
        Member::new("ApproximateValue", &p::DOUBLE).with(f::REQUIRED),
    ],
);
pub static INSIGHT_RULE_CONTRIBUTOR_DATAPOINTS: Schema = Schema::list(
    "InsightRuleContributorDatapoints",
    &[Member::new("member", &INSIGHT_RULE_CONTRIBUTOR_DATAPOINT)],
);
pub static INSIGHT_RULE_CONTRIBUTOR_KEY_LABELS: Schema = Schema::list(
    "InsightRuleContributorKeyLabels",
    &[Member::new("member", &p::STRING)],
);
pub static INSIGHT_RULE_CONTRIBUTOR_KEYS: Schema = Schema::list(
    "InsightRuleContributorKeys",
    &[Member::new("member", &p::STRING)],
);
pub static INSIGHT_RULE_CONTRIBUTORS: Schema = Schema::list(
    "InsightRuleContributors",
    &[Member::new("member", &INSIGHT_RULE_CONTRIBUTOR)],
);
pub static INSIGHT_RULE_METRIC_DATAPOINT: Schema = Schema::structure(
    "InsightRuleMetricDatapoint",
    &[
        Member::new("Timestamp", &p::TIMESTAMP).with(f::REQUIRED),
        Member::new("UniqueContributors", &p::DOUBLE),
        Member::new("MaxContributorValue", &p::DOUBLE),
        Member::new("SampleCount", &p::DOUBLE),
        Member::new("Average", &p::DOUBLE),
        Member::new("Sum", &p::DOUBLE),
        Member::new("Minimum", &p::DOUBLE),
        Member::new("Maximum", &p::DOUBLE),
    ],
);
pub static INSIGHT_RULE_METRIC_DATAPOINTS: Schema = Schema::list(
    "InsightRuleMetricDatapoints",
    &[Member::new("member", &INSIGHT_RULE_METRIC_DATAPOINT)],
);
pub static INSIGHT_RULE_METRIC_LIST: Schema = Schema::list(
    "InsightRuleMetricList",
    &[Member::new("member", &p::STRING)],
);
pub static INSIGHT_RULE_NAMES: Schema = Schema::list(
    "InsightRuleNames",
    &[Member::new("member", &p::STRING)],
);
pub static INSIGHT_RULES: Schema = Schema::list(
    "InsightRules",
    &[Member::new("member", &INSIGHT_RULE)],
);
pub static INTERNAL_SERVICE_FAULT: Schema = Schema::structure(
        "InternalServiceFault",
        &[Member::new("Message", &p::STRING)],
    )
    .error("InternalServiceError", 500u16);
pub static INVALID_FORMAT_FAULT: Schema = Schema::structure(
        "InvalidFormatFault",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("InvalidFormat", 400u16);
pub static INVALID_NEXT_TOKEN: Schema = Schema::structure(
        "InvalidNextToken",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("InvalidNextToken", 400u16);
pub static INVALID_PARAMETER_COMBINATION_EXCEPTION: Schema = Schema::structure(
        "InvalidParameterCombinationException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("InvalidParameterCombination", 400u16);
pub static INVALID_PARAMETER_VALUE_EXCEPTION: Schema = Schema::structure(
        "InvalidParameterValueException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("InvalidParameterValue", 400u16);
pub static KMS_ACCESS_DENIED_EXCEPTION: Schema = Schema::structure(
        "KmsAccessDeniedException",
        &[Member::new("Message", &p::STRING).with(f::REQUIRED)],
    )
    .error("KmsAccessDeniedException", 400u16);
pub static KMS_KEY_DISABLED_EXCEPTION: Schema = Schema::structure(
        "KmsKeyDisabledException",
        &[Member::new("Message", &p::STRING).with(f::REQUIRED)],
    )
    .error("KmsKeyDisabledException", 400u16);
pub static KMS_KEY_NOT_FOUND_EXCEPTION: Schema = Schema::structure(
        "KmsKeyNotFoundException",
        &[Member::new("Message", &p::STRING).with(f::REQUIRED)],
    )
    .error("KmsKeyNotFoundException", 400u16);
pub static LABEL_OPTIONS: Schema = Schema::structure(
    "LabelOptions",
    &[Member::new("Timezone", &p::STRING)],
);
pub static LIMIT_EXCEEDED_EXCEPTION: Schema = Schema::structure(
        "LimitExceededException",
        &[],
    )
    .with(f::SENDER_FAULT)
    .error("LimitExceededException", 400u16);
pub static LIMIT_EXCEEDED_FAULT: Schema = Schema::structure(
        "LimitExceededFault",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("LimitExceeded", 400u16);
pub static LIST_ALARM_MUTE_RULES_INPUT: Schema = Schema::structure(
    "ListAlarmMuteRulesInput",
    &[
        Member::new("AlarmName", &p::STRING),
        Member::new("Statuses", &ALARM_MUTE_RULE_STATUSES),
        Member::new("MaxRecords", &p::INTEGER),
        Member::new("NextToken", &p::STRING),
    ],
);
pub static LIST_ALARM_MUTE_RULES_OUTPUT: Schema = Schema::structure(
    "ListAlarmMuteRulesOutput",
    &[
        Member::new("AlarmMuteRuleSummaries", &ALARM_MUTE_RULE_SUMMARIES),
        Member::new("NextToken", &p::STRING),
    ],
);
pub static LIST_DASHBOARDS_INPUT: Schema = Schema::structure(
    "ListDashboardsInput",
    &[
        Member::new("DashboardNamePrefix", &p::STRING),
        Member::new("NextToken", &p::STRING),
    ],
);
pub static LIST_DASHBOARDS_OUTPUT: Schema = Schema::structure(
    "ListDashboardsOutput",
    &[
        Member::new("DashboardEntries", &DASHBOARD_ENTRIES),
        Member::new("NextToken", &p::STRING),
    ],
);
pub static LIST_MANAGED_INSIGHT_RULES_INPUT: Schema = Schema::structure(
    "ListManagedInsightRulesInput",
    &[
        Member::new("ResourceARN", &p::STRING).with(f::REQUIRED),
        Member::new("NextToken", &p::STRING),
        Member::new("MaxResults", &p::INTEGER),
    ],
);
pub static LIST_MANAGED_INSIGHT_RULES_OUTPUT: Schema = Schema::structure(
    "ListManagedInsightRulesOutput",
    &[
        Member::new("ManagedRules", &MANAGED_RULE_DESCRIPTIONS),
        Member::new("NextToken", &p::STRING),
    ],
);
pub static LIST_METRIC_DATA_QUERY_DEFINITIONS_INPUT: Schema = Schema::structure(
    "ListMetricDataQueryDefinitionsInput",
    &[Member::new("MaxResults", &p::INTEGER), Member::new("NextToken", &p::STRING)],
);
pub static LIST_METRIC_DATA_QUERY_DEFINITIONS_OUTPUT: Schema = Schema::structure(
    "ListMetricDataQueryDefinitionsOutput",
    &[
        Member::new("Items", &METRIC_DATA_QUERY_DEFINITION_SUMMARIES).with(f::REQUIRED),
        Member::new("NextToken", &p::STRING),
    ],
);
pub static LIST_METRIC_STREAMS_INPUT: Schema = Schema::structure(
    "ListMetricStreamsInput",
    &[Member::new("NextToken", &p::STRING), Member::new("MaxResults", &p::INTEGER)],
);
pub static LIST_METRIC_STREAMS_OUTPUT: Schema = Schema::structure(
    "ListMetricStreamsOutput",
    &[
        Member::new("NextToken", &p::STRING),
        Member::new("Entries", &METRIC_STREAM_ENTRIES),
    ],
);
pub static LIST_METRICS_INPUT: Schema = Schema::structure(
    "ListMetricsInput",
    &[
        Member::new("Namespace", &p::STRING),
        Member::new("MetricName", &p::STRING),
        Member::new("Dimensions", &DIMENSION_FILTERS),
        Member::new("NextToken", &p::STRING),
        Member::new("RecentlyActive", &p::STRING),
        Member::new("IncludeLinkedAccounts", &p::BOOLEAN),
        Member::new("OwningAccount", &p::STRING),
    ],
);
pub static LIST_METRICS_OUTPUT: Schema = Schema::structure(
    "ListMetricsOutput",
    &[
        Member::new("Metrics", &METRICS),
        Member::new("NextToken", &p::STRING),
        Member::new("OwningAccounts", &OWNING_ACCOUNTS),
    ],
);
pub static LIST_TAGS_FOR_RESOURCE_INPUT: Schema = Schema::structure(
    "ListTagsForResourceInput",
    &[Member::new("ResourceARN", &p::STRING).with(f::REQUIRED)],
);
pub static LIST_TAGS_FOR_RESOURCE_OUTPUT: Schema = Schema::structure(
    "ListTagsForResourceOutput",
    &[Member::new("Tags", &TAG_LIST)],
);
pub static LOG_ALARM: Schema = Schema::structure(
    "LogAlarm",
    &[
        Member::new("AlarmName", &p::STRING),
        Member::new("AlarmArn", &p::STRING),
        Member::new("AlarmDescription", &p::STRING),
        Member::new("AlarmConfigurationUpdatedTimestamp", &p::TIMESTAMP),
        Member::new("ActionsEnabled", &p::BOOLEAN),
        Member::new("OKActions", &RESOURCE_LIST),
        Member::new("AlarmActions", &RESOURCE_LIST),
        Member::new("InsufficientDataActions", &RESOURCE_LIST),
        Member::new("StateValue", &p::STRING),
        Member::new("StateReason", &p::STRING),
        Member::new("StateReasonData", &p::STRING),
        Member::new("StateUpdatedTimestamp", &p::TIMESTAMP),
        Member::new("ScheduledQueryConfiguration", &SCHEDULED_QUERY_CONFIGURATION),
        Member::new("QueryResultsToEvaluate", &p::INTEGER),
        Member::new("QueryResultsToAlarm", &p::INTEGER),
        Member::new("Threshold", &p::DOUBLE),
        Member::new("ComparisonOperator", &p::STRING),
        Member::new("TreatMissingData", &p::STRING),
        Member::new("StateTransitionedTimestamp", &p::TIMESTAMP),
        Member::new("EvaluationState", &p::STRING),
        Member::new("ActionLogLineCount", &p::INTEGER),
        Member::new("ActionLogLineRoleArn", &p::STRING),
        Member::new("WarmUpConfiguration", &WARM_UP_CONFIGURATION),
        Member::new("ActionConfiguration", &ACTION_CONFIGURATION),
    ],
);
pub static LOG_ALARMS: Schema = Schema::list(
    "LogAlarms",
    &[Member::new("member", &LOG_ALARM)],
);
pub static LOG_GROUP_IDENTIFIERS: Schema = Schema::list(
    "LogGroupIdentifiers",
    &[Member::new("member", &p::STRING)],
);
pub static MANAGED_RULE: Schema = Schema::structure(
    "ManagedRule",
    &[
        Member::new("TemplateName", &p::STRING).with(f::REQUIRED),
        Member::new("ResourceARN", &p::STRING).with(f::REQUIRED),
        Member::new("Tags", &TAG_LIST),
    ],
);
pub static MANAGED_RULE_DESCRIPTION: Schema = Schema::structure(
    "ManagedRuleDescription",
    &[
        Member::new("TemplateName", &p::STRING),
        Member::new("ResourceARN", &p::STRING),
        Member::new("RuleState", &MANAGED_RULE_STATE),
    ],
);
pub static MANAGED_RULE_DESCRIPTIONS: Schema = Schema::list(
    "ManagedRuleDescriptions",
    &[Member::new("member", &MANAGED_RULE_DESCRIPTION)],
);
pub static MANAGED_RULE_STATE: Schema = Schema::structure(
    "ManagedRuleState",
    &[
        Member::new("RuleName", &p::STRING).with(f::REQUIRED),
        Member::new("State", &p::STRING).with(f::REQUIRED),
    ],
);
pub static MANAGED_RULES: Schema = Schema::list(
    "ManagedRules",
    &[Member::new("member", &MANAGED_RULE)],
);
pub static MESSAGE_DATA: Schema = Schema::structure(
    "MessageData",
    &[Member::new("Code", &p::STRING), Member::new("Value", &p::STRING)],
);
pub static METRIC: Schema = Schema::structure(
    "Metric",
    &[
        Member::new("Namespace", &p::STRING),
        Member::new("MetricName", &p::STRING),
        Member::new("Dimensions", &DIMENSIONS),
    ],
);
pub static METRIC_ALARM: Schema = Schema::structure(
    "MetricAlarm",
    &[
        Member::new("AlarmName", &p::STRING),
        Member::new("AlarmArn", &p::STRING),
        Member::new("AlarmDescription", &p::STRING),
        Member::new("AlarmConfigurationUpdatedTimestamp", &p::TIMESTAMP),
        Member::new("ActionsEnabled", &p::BOOLEAN),
        Member::new("OKActions", &RESOURCE_LIST),
        Member::new("AlarmActions", &RESOURCE_LIST),
        Member::new("InsufficientDataActions", &RESOURCE_LIST),
        Member::new("StateValue", &p::STRING),
        Member::new("StateReason", &p::STRING),
        Member::new("StateReasonData", &p::STRING),
        Member::new("StateUpdatedTimestamp", &p::TIMESTAMP),
        Member::new("MetricName", &p::STRING),
        Member::new("Namespace", &p::STRING),
        Member::new("Statistic", &p::STRING),
        Member::new("ExtendedStatistic", &p::STRING),
        Member::new("Dimensions", &DIMENSIONS),
        Member::new("Period", &p::INTEGER),
        Member::new("Unit", &p::STRING),
        Member::new("EvaluationPeriods", &p::INTEGER),
        Member::new("DatapointsToAlarm", &p::INTEGER),
        Member::new("Threshold", &p::DOUBLE),
        Member::new("ComparisonOperator", &p::STRING),
        Member::new("TreatMissingData", &p::STRING),
        Member::new("EvaluateLowSampleCountPercentile", &p::STRING),
        Member::new("Metrics", &METRIC_DATA_QUERIES),
        Member::new("ThresholdMetricId", &p::STRING),
        Member::new("EvaluationState", &p::STRING),
        Member::new("StateTransitionedTimestamp", &p::TIMESTAMP),
        Member::new("EvaluationWindow", &EVALUATION_WINDOW),
        Member::new("WarmUpConfiguration", &WARM_UP_CONFIGURATION),
        Member::new("EvaluationCriteria", &EVALUATION_CRITERIA),
        Member::new("EvaluationInterval", &p::INTEGER),
        Member::new("ActionConfiguration", &ACTION_CONFIGURATION),
    ],
);
pub static METRIC_ALARMS: Schema = Schema::list(
    "MetricAlarms",
    &[Member::new("member", &METRIC_ALARM)],
);
pub static METRIC_CHARACTERISTICS: Schema = Schema::structure(
    "MetricCharacteristics",
    &[Member::new("PeriodicSpikes", &p::BOOLEAN)],
);
pub static METRIC_DATA: Schema = Schema::list(
    "MetricData",
    &[Member::new("member", &METRIC_DATUM)],
);
pub static METRIC_DATA_QUERIES: Schema = Schema::list(
    "MetricDataQueries",
    &[Member::new("member", &METRIC_DATA_QUERY)],
);
pub static METRIC_DATA_QUERY: Schema = Schema::structure(
    "MetricDataQuery",
    &[
        Member::new("Id", &p::STRING).with(f::REQUIRED),
        Member::new("MetricStat", &METRIC_STAT),
        Member::new("Expression", &p::STRING),
        Member::new("Label", &p::STRING),
        Member::new("ReturnData", &p::BOOLEAN),
        Member::new("Period", &p::INTEGER),
        Member::new("AccountId", &p::STRING),
    ],
);
pub static METRIC_DATA_QUERY_DEFINITION_SUMMARIES: Schema = Schema::list(
    "MetricDataQueryDefinitionSummaries",
    &[Member::new("member", &METRIC_DATA_QUERY_DEFINITION_SUMMARY)],
);
pub static METRIC_DATA_QUERY_DEFINITION_SUMMARY: Schema = Schema::structure(
    "MetricDataQueryDefinitionSummary",
    &[
        Member::new("Id", &p::STRING).with(f::REQUIRED),
        Member::new("Path", &p::STRING).with(f::REQUIRED),
        Member::new("Type", &p::STRING).with(f::REQUIRED),
        Member::new("UpdatedAt", &p::TIMESTAMP),
    ],
);
pub static METRIC_DATA_RESULT: Schema = Schema::structure(
    "MetricDataResult",
    &[
        Member::new("Id", &p::STRING),
        Member::new("Label", &p::STRING),
        Member::new("Timestamps", &TIMESTAMPS),
        Member::new("Values", &DATAPOINT_VALUES),
        Member::new("StatusCode", &p::STRING),
        Member::new("Messages", &METRIC_DATA_RESULT_MESSAGES),
    ],
);
pub static METRIC_DATA_RESULT_MESSAGES: Schema = Schema::list(
    "MetricDataResultMessages",
    &[Member::new("member", &MESSAGE_DATA)],
);
pub static METRIC_DATA_RESULTS: Schema = Schema::list(
    "MetricDataResults",
    &[Member::new("member", &METRIC_DATA_RESULT)],
);
pub static METRIC_DATUM: Schema = Schema::structure(
    "MetricDatum",
    &[
        Member::new("MetricName", &p::STRING).with(f::REQUIRED),
        Member::new("Dimensions", &DIMENSIONS),
        Member::new("Timestamp", &p::TIMESTAMP),
        Member::new("Value", &p::DOUBLE),
        Member::new("StatisticValues", &STATISTIC_SET),
        Member::new("Values", &VALUES),
        Member::new("Counts", &COUNTS),
        Member::new("Unit", &p::STRING),
        Member::new("StorageResolution", &p::INTEGER),
    ],
);
pub static METRIC_EXPRESSION_STRING: Schema = Schema::scalar(
        "MetricExpressionString",
        Kind::String,
    )
    .with(f::SENSITIVE);
pub static METRIC_MATH_ANOMALY_DETECTOR: Schema = Schema::structure(
    "MetricMathAnomalyDetector",
    &[Member::new("MetricDataQueries", &METRIC_DATA_QUERIES)],
);
pub static METRIC_NAME_LIST: Schema = Schema::list(
    "MetricNameList",
    &[Member::new("member", &p::STRING)],
);
pub static METRIC_STAT: Schema = Schema::structure(
    "MetricStat",
    &[
        Member::new("Metric", &METRIC).with(f::REQUIRED),
        Member::new("Period", &p::INTEGER).with(f::REQUIRED),
        Member::new("Stat", &p::STRING).with(f::REQUIRED),
        Member::new("Unit", &p::STRING),
    ],
);
pub static METRIC_STREAM_ENTRIES: Schema = Schema::list(
    "MetricStreamEntries",
    &[Member::new("member", &METRIC_STREAM_ENTRY)],
);
pub static METRIC_STREAM_ENTRY: Schema = Schema::structure(
    "MetricStreamEntry",
    &[
        Member::new("Arn", &p::STRING),
        Member::new("CreationDate", &p::TIMESTAMP),
        Member::new("LastUpdateDate", &p::TIMESTAMP),
        Member::new("Name", &p::STRING),
        Member::new("FirehoseArn", &p::STRING),
        Member::new("State", &p::STRING),
        Member::new("OutputFormat", &p::STRING),
    ],
);
pub static METRIC_STREAM_FILTER: Schema = Schema::structure(
    "MetricStreamFilter",
    &[
        Member::new("Namespace", &p::STRING),
        Member::new("MetricNames", &METRIC_STREAM_FILTER_METRIC_NAMES),
    ],
);
pub static METRIC_STREAM_FILTER_METRIC_NAMES: Schema = Schema::list(
    "MetricStreamFilterMetricNames",
    &[Member::new("member", &p::STRING)],
);
pub static METRIC_STREAM_FILTERS: Schema = Schema::list(
    "MetricStreamFilters",
    &[Member::new("member", &METRIC_STREAM_FILTER)],
);
pub static METRIC_STREAM_NAMES: Schema = Schema::list(
    "MetricStreamNames",
    &[Member::new("member", &p::STRING)],
);
pub static METRIC_STREAM_STATISTICS_ADDITIONAL_STATISTICS: Schema = Schema::list(
    "MetricStreamStatisticsAdditionalStatistics",
    &[Member::new("member", &p::STRING)],
);
pub static METRIC_STREAM_STATISTICS_CONFIGURATION: Schema = Schema::structure(
    "MetricStreamStatisticsConfiguration",
    &[
        Member::new("IncludeMetrics", &METRIC_STREAM_STATISTICS_INCLUDE_METRICS)
            .with(f::REQUIRED),
        Member::new(
                "AdditionalStatistics",
                &METRIC_STREAM_STATISTICS_ADDITIONAL_STATISTICS,
            )
            .with(f::REQUIRED),
    ],
);
pub static METRIC_STREAM_STATISTICS_CONFIGURATIONS: Schema = Schema::list(
    "MetricStreamStatisticsConfigurations",
    &[Member::new("member", &METRIC_STREAM_STATISTICS_CONFIGURATION)],
);
pub static METRIC_STREAM_STATISTICS_INCLUDE_METRICS: Schema = Schema::list(
    "MetricStreamStatisticsIncludeMetrics",
    &[Member::new("member", &METRIC_STREAM_STATISTICS_METRIC)],
);
pub static METRIC_STREAM_STATISTICS_METRIC: Schema = Schema::structure(
    "MetricStreamStatisticsMetric",
    &[
        Member::new("Namespace", &p::STRING).with(f::REQUIRED),
        Member::new("MetricName", &p::STRING).with(f::REQUIRED),
    ],
);
pub static METRICS: Schema = Schema::list("Metrics", &[Member::new("member", &METRIC)]);
pub static MISSING_REQUIRED_PARAMETER_EXCEPTION: Schema = Schema::structure(
        "MissingRequiredParameterException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("MissingParameter", 400u16);
pub static MUTE_TARGET_ALARM_NAME_LIST: Schema = Schema::list(
    "MuteTargetAlarmNameList",
    &[Member::new("member", &p::STRING)],
);
pub static MUTE_TARGETS: Schema = Schema::structure(
    "MuteTargets",
    &[Member::new("AlarmNames", &MUTE_TARGET_ALARM_NAME_LIST).with(f::REQUIRED)],
);
pub static O_TEL_ENRICHMENT_METRIC_NAME_LIST: Schema = Schema::list(
    "OTelEnrichmentMetricNameList",
    &[Member::new("member", &p::STRING)],
);
pub static O_TEL_ENRICHMENT_METRIC_SELECTOR: Schema = Schema::structure(
    "OTelEnrichmentMetricSelector",
    &[
        Member::new("Namespace", &p::STRING).with(f::REQUIRED),
        Member::new("MetricNames", &O_TEL_ENRICHMENT_METRIC_NAME_LIST),
    ],
);
pub static O_TEL_ENRICHMENT_METRIC_SELECTOR_LIST: Schema = Schema::list(
    "OTelEnrichmentMetricSelectorList",
    &[Member::new("member", &O_TEL_ENRICHMENT_METRIC_SELECTOR)],
);
pub static OWNING_ACCOUNTS: Schema = Schema::list(
    "OwningAccounts",
    &[Member::new("member", &p::STRING)],
);
pub static PARTIAL_FAILURE: Schema = Schema::structure(
    "PartialFailure",
    &[
        Member::new("FailureResource", &p::STRING),
        Member::new("ExceptionType", &p::STRING),
        Member::new("FailureCode", &p::STRING),
        Member::new("FailureDescription", &p::STRING),
    ],
);
pub static PUT_ALARM_MUTE_RULE_INPUT: Schema = Schema::structure(
    "PutAlarmMuteRuleInput",
    &[
        Member::new("Name", &p::STRING).with(f::REQUIRED),
        Member::new("Description", &p::STRING),
        Member::new("Rule", &RULE).with(f::REQUIRED),
        Member::new("MuteTargets", &MUTE_TARGETS),
        Member::new("Tags", &TAG_LIST),
        Member::new("StartDate", &p::TIMESTAMP),
        Member::new("ExpireDate", &p::TIMESTAMP),
    ],
);
pub static PUT_ANOMALY_DETECTOR_INPUT: Schema = Schema::structure(
    "PutAnomalyDetectorInput",
    &[
        Member::new("Namespace", &p::STRING),
        Member::new("MetricName", &p::STRING),
        Member::new("Dimensions", &DIMENSIONS),
        Member::new("Stat", &p::STRING),
        Member::new("Configuration", &ANOMALY_DETECTOR_CONFIGURATION),
        Member::new("MetricCharacteristics", &METRIC_CHARACTERISTICS),
        Member::new("SingleMetricAnomalyDetector", &SINGLE_METRIC_ANOMALY_DETECTOR),
        Member::new("MetricMathAnomalyDetector", &METRIC_MATH_ANOMALY_DETECTOR),
    ],
);
pub static PUT_ANOMALY_DETECTOR_OUTPUT: Schema = Schema::structure(
    "PutAnomalyDetectorOutput",
    &[Member::new("AnomalyDetectorId", &p::STRING)],
);
pub static PUT_COMPOSITE_ALARM_INPUT: Schema = Schema::structure(
    "PutCompositeAlarmInput",
    &[
        Member::new("ActionsEnabled", &p::BOOLEAN),
        Member::new("AlarmActions", &RESOURCE_LIST),
        Member::new("AlarmDescription", &p::STRING),
        Member::new("AlarmName", &p::STRING).with(f::REQUIRED),
        Member::new("AlarmRule", &p::STRING).with(f::REQUIRED),
        Member::new("InsufficientDataActions", &RESOURCE_LIST),
        Member::new("OKActions", &RESOURCE_LIST),
        Member::new("Tags", &TAG_LIST),
        Member::new("ActionsSuppressor", &p::STRING),
        Member::new("ActionsSuppressorWaitPeriod", &p::INTEGER),
        Member::new("ActionsSuppressorExtensionPeriod", &p::INTEGER),
        Member::new("ActionConfiguration", &ACTION_CONFIGURATION),
    ],
);
pub static PUT_DASHBOARD_INPUT: Schema = Schema::structure(
    "PutDashboardInput",
    &[
        Member::new("DashboardName", &p::STRING).with(f::REQUIRED),
        Member::new("DashboardBody", &p::STRING).with(f::REQUIRED),
        Member::new("Tags", &TAG_LIST),
    ],
);
pub static PUT_DASHBOARD_OUTPUT: Schema = Schema::structure(
    "PutDashboardOutput",
    &[Member::new("DashboardValidationMessages", &DASHBOARD_VALIDATION_MESSAGES)],
);
pub static PUT_INSIGHT_RULE_INPUT: Schema = Schema::structure(
    "PutInsightRuleInput",
    &[
        Member::new("RuleName", &p::STRING).with(f::REQUIRED),
        Member::new("RuleState", &p::STRING),
        Member::new("RuleDefinition", &p::STRING).with(f::REQUIRED),
        Member::new("Tags", &TAG_LIST),
        Member::new("ApplyOnTransformedLogs", &p::BOOLEAN),
    ],
);
pub static PUT_INSIGHT_RULE_OUTPUT: Schema = Schema::structure(
    "PutInsightRuleOutput",
    &[],
);
pub static PUT_LOG_ALARM_INPUT: Schema = Schema::structure(
    "PutLogAlarmInput",
    &[
        Member::new("AlarmName", &p::STRING).with(f::REQUIRED),
        Member::new("AlarmDescription", &p::STRING),
        Member::new("ScheduledQueryConfiguration", &SCHEDULED_QUERY_CONFIGURATION)
            .with(f::REQUIRED),
        Member::new("ActionLogLineCount", &p::INTEGER),
        Member::new("ActionLogLineRoleArn", &p::STRING),
        Member::new("ActionsEnabled", &p::BOOLEAN),
        Member::new("OKActions", &RESOURCE_LIST),
        Member::new("AlarmActions", &RESOURCE_LIST),
        Member::new("InsufficientDataActions", &RESOURCE_LIST),
        Member::new("QueryResultsToEvaluate", &p::INTEGER).with(f::REQUIRED),
        Member::new("QueryResultsToAlarm", &p::INTEGER).with(f::REQUIRED),
        Member::new("Threshold", &p::DOUBLE).with(f::REQUIRED),
        Member::new("ComparisonOperator", &p::STRING).with(f::REQUIRED),
        Member::new("TreatMissingData", &p::STRING),
        Member::new("Tags", &TAG_LIST),
        Member::new("WarmUpConfiguration", &WARM_UP_CONFIGURATION),
        Member::new("ActionConfiguration", &ACTION_CONFIGURATION),
    ],
);
pub static PUT_MANAGED_INSIGHT_RULES_INPUT: Schema = Schema::structure(
    "PutManagedInsightRulesInput",
    &[Member::new("ManagedRules", &MANAGED_RULES).with(f::REQUIRED)],
);
pub static PUT_MANAGED_INSIGHT_RULES_OUTPUT: Schema = Schema::structure(
    "PutManagedInsightRulesOutput",
    &[Member::new("Failures", &BATCH_FAILURES)],
);
pub static PUT_METRIC_ALARM_INPUT: Schema = Schema::structure(
    "PutMetricAlarmInput",
    &[
        Member::new("AlarmName", &p::STRING).with(f::REQUIRED),
        Member::new("AlarmDescription", &p::STRING),
        Member::new("ActionsEnabled", &p::BOOLEAN),
        Member::new("OKActions", &RESOURCE_LIST),
        Member::new("AlarmActions", &RESOURCE_LIST),
        Member::new("InsufficientDataActions", &RESOURCE_LIST),
        Member::new("MetricName", &p::STRING),
        Member::new("Namespace", &p::STRING),
        Member::new("Statistic", &p::STRING),
        Member::new("ExtendedStatistic", &p::STRING),
        Member::new("Dimensions", &DIMENSIONS),
        Member::new("Period", &p::INTEGER),
        Member::new("Unit", &p::STRING),
        Member::new("EvaluationPeriods", &p::INTEGER),
        Member::new("DatapointsToAlarm", &p::INTEGER),
        Member::new("Threshold", &p::DOUBLE),
        Member::new("ComparisonOperator", &p::STRING),
        Member::new("TreatMissingData", &p::STRING),
        Member::new("EvaluateLowSampleCountPercentile", &p::STRING),
        Member::new("Metrics", &METRIC_DATA_QUERIES),
        Member::new("Tags", &TAG_LIST),
        Member::new("ThresholdMetricId", &p::STRING),
        Member::new("EvaluationWindow", &EVALUATION_WINDOW),
        Member::new("WarmUpConfiguration", &WARM_UP_CONFIGURATION),
        Member::new("EvaluationCriteria", &EVALUATION_CRITERIA),
        Member::new("EvaluationInterval", &p::INTEGER),
        Member::new("ActionConfiguration", &ACTION_CONFIGURATION),
    ],
);
pub static PUT_METRIC_DATA_INPUT: Schema = Schema::structure(
    "PutMetricDataInput",
    &[
        Member::new("Namespace", &p::STRING).with(f::REQUIRED),
        Member::new("MetricData", &METRIC_DATA),
        Member::new("EntityMetricData", &ENTITY_METRIC_DATA_LIST),
        Member::new("StrictEntityValidation", &p::BOOLEAN),
    ],
);
pub static PUT_METRIC_DATA_QUERY_DEFINITION_INPUT: Schema = Schema::structure(
    "PutMetricDataQueryDefinitionInput",
    &[
        Member::new("Id", &p::STRING),
        Member::new("Path", &p::STRING).with(f::REQUIRED),
        Member::new("Expression", &METRIC_EXPRESSION_STRING).with(f::REQUIRED),
        Member::new("Type", &p::STRING).with(f::REQUIRED),
        Member::new("Tags", &TAG_LIST),
    ],
);
pub static PUT_METRIC_DATA_QUERY_DEFINITION_OUTPUT: Schema = Schema::structure(
    "PutMetricDataQueryDefinitionOutput",
    &[
        Member::new("Id", &p::STRING).with(f::REQUIRED),
        Member::new("Arn", &p::STRING).with(f::REQUIRED),
        Member::new("Path", &p::STRING).with(f::REQUIRED),
        Member::new("Expression", &METRIC_EXPRESSION_STRING).with(f::REQUIRED),
        Member::new("Type", &p::STRING).with(f::REQUIRED),
        Member::new("CreatedAt", &p::TIMESTAMP).with(f::REQUIRED),
        Member::new("UpdatedAt", &p::TIMESTAMP).with(f::REQUIRED),
    ],
);
pub static PUT_METRIC_STREAM_INPUT: Schema = Schema::structure(
    "PutMetricStreamInput",
    &[
        Member::new("Name", &p::STRING).with(f::REQUIRED),
        Member::new("IncludeFilters", &METRIC_STREAM_FILTERS),
        Member::new("ExcludeFilters", &METRIC_STREAM_FILTERS),
        Member::new("FirehoseArn", &p::STRING).with(f::REQUIRED),
        Member::new("RoleArn", &p::STRING).with(f::REQUIRED),
        Member::new("OutputFormat", &p::STRING).with(f::REQUIRED),
        Member::new("Tags", &TAG_LIST),
        Member::new(
            "StatisticsConfigurations",
            &METRIC_STREAM_STATISTICS_CONFIGURATIONS,
        ),
        Member::new("IncludeLinkedAccountsMetrics", &p::BOOLEAN),
    ],
);
pub static PUT_METRIC_STREAM_OUTPUT: Schema = Schema::structure(
    "PutMetricStreamOutput",
    &[Member::new("Arn", &p::STRING)],
);
pub static RANGE: Schema = Schema::structure(
    "Range",
    &[
        Member::new("StartTime", &p::TIMESTAMP).with(f::REQUIRED),
        Member::new("EndTime", &p::TIMESTAMP).with(f::REQUIRED),
    ],
);
pub static RESOURCE_CONFLICT: Schema = Schema::structure(
        "ResourceConflict",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("ResourceConflict", 409u16);
pub static RESOURCE_LIST: Schema = Schema::list(
    "ResourceList",
    &[Member::new("member", &p::STRING)],
);
pub static RESOURCE_METRIC_SELECTION: Schema = Schema::structure(
    "ResourceMetricSelection",
    &[Member::new("IncludeMetrics", &METRIC_NAME_LIST).with(f::REQUIRED)],
);
pub static RESOURCE_METRIC_SELECTION_LIST: Schema = Schema::list(
    "ResourceMetricSelectionList",
    &[Member::new("member", &RESOURCE_METRIC_SELECTION)],
);
pub static RESOURCE_METRICS_CONFIGURATION: Schema = Schema::structure(
    "ResourceMetricsConfiguration",
    &[
        Member::new("ResourceArn", &p::STRING).with(f::REQUIRED),
        Member::new("CreatedAt", &p::TIMESTAMP).with(f::REQUIRED),
        Member::new("UpdatedAt", &p::TIMESTAMP).with(f::REQUIRED),
        Member::new("MetricSelections", &RESOURCE_METRIC_SELECTION_LIST),
    ],
);
pub static RESOURCE_NOT_FOUND: Schema = Schema::structure(
        "ResourceNotFound",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("ResourceNotFound", 404u16);
pub static RESOURCE_NOT_FOUND_EXCEPTION: Schema = Schema::structure(
        "ResourceNotFoundException",
        &[Member::new("ResourceType", &p::STRING), Member::new("ResourceId", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("ResourceNotFoundException", 404u16);
pub static RULE: Schema = Schema::structure(
    "Rule",
    &[Member::new("Schedule", &SCHEDULE).with(f::REQUIRED)],
);
pub static SCHEDULE: Schema = Schema::structure(
    "Schedule",
    &[
        Member::new("Expression", &p::STRING).with(f::REQUIRED),
        Member::new("Duration", &p::STRING).with(f::REQUIRED),
        Member::new("Timezone", &p::STRING),
    ],
);
pub static SCHEDULE_CONFIGURATION: Schema = Schema::structure(
    "ScheduleConfiguration",
    &[
        Member::new("ScheduleExpression", &p::STRING).with(f::REQUIRED),
        Member::new("StartTimeOffset", &p::LONG).with(f::REQUIRED),
        Member::new("EndTimeOffset", &p::LONG),
    ],
);
pub static SCHEDULED_QUERY_CONFIGURATION: Schema = Schema::structure(
    "ScheduledQueryConfiguration",
    &[
        Member::new("QueryString", &p::STRING).with(f::REQUIRED),
        Member::new("LogGroupIdentifiers", &LOG_GROUP_IDENTIFIERS),
        Member::new("QueryARN", &p::STRING),
        Member::new("ScheduledQueryRoleARN", &p::STRING).with(f::REQUIRED),
        Member::new("ScheduleConfiguration", &SCHEDULE_CONFIGURATION).with(f::REQUIRED),
        Member::new("AggregationExpression", &p::STRING).with(f::REQUIRED),
        Member::new("Tags", &TAG_LIST),
    ],
);
pub static SET_ALARM_STATE_INPUT: Schema = Schema::structure(
    "SetAlarmStateInput",
    &[
        Member::new("AlarmName", &p::STRING).with(f::REQUIRED),
        Member::new("StateValue", &p::STRING).with(f::REQUIRED),
        Member::new("StateReason", &p::STRING).with(f::REQUIRED),
        Member::new("StateReasonData", &p::STRING),
    ],
);
pub static SINGLE_METRIC_ANOMALY_DETECTOR: Schema = Schema::structure(
    "SingleMetricAnomalyDetector",
    &[
        Member::new("AccountId", &p::STRING),
        Member::new("Namespace", &p::STRING),
        Member::new("MetricName", &p::STRING),
        Member::new("Dimensions", &DIMENSIONS),
        Member::new("Stat", &p::STRING),
    ],
);
pub static SLIDING_WINDOW: Schema = Schema::structure("SlidingWindow", &[]);
pub static START_METRIC_STREAMS_INPUT: Schema = Schema::structure(
    "StartMetricStreamsInput",
    &[Member::new("Names", &METRIC_STREAM_NAMES).with(f::REQUIRED)],
);
pub static START_METRIC_STREAMS_OUTPUT: Schema = Schema::structure(
    "StartMetricStreamsOutput",
    &[],
);
pub static START_O_TEL_ENRICHMENT_INPUT: Schema = Schema::structure(
    "StartOTelEnrichmentInput",
    &[
        Member::new("IncludeFilters", &O_TEL_ENRICHMENT_METRIC_SELECTOR_LIST),
        Member::new("ExcludeFilters", &O_TEL_ENRICHMENT_METRIC_SELECTOR_LIST),
    ],
);
pub static START_O_TEL_ENRICHMENT_OUTPUT: Schema = Schema::structure(
    "StartOTelEnrichmentOutput",
    &[
        Member::new("IncludeFilters", &O_TEL_ENRICHMENT_METRIC_SELECTOR_LIST),
        Member::new("ExcludeFilters", &O_TEL_ENRICHMENT_METRIC_SELECTOR_LIST),
        Member::new("CreatedAt", &p::TIMESTAMP),
        Member::new("UpdatedAt", &p::TIMESTAMP),
    ],
);
pub static STATISTIC_SET: Schema = Schema::structure(
    "StatisticSet",
    &[
        Member::new("SampleCount", &p::DOUBLE).with(f::REQUIRED),
        Member::new("Sum", &p::DOUBLE).with(f::REQUIRED),
        Member::new("Minimum", &p::DOUBLE).with(f::REQUIRED),
        Member::new("Maximum", &p::DOUBLE).with(f::REQUIRED),
    ],
);
pub static STATISTICS: Schema = Schema::list(
    "Statistics",
    &[Member::new("member", &p::STRING)],
);
pub static STOP_METRIC_STREAMS_INPUT: Schema = Schema::structure(
    "StopMetricStreamsInput",
    &[Member::new("Names", &METRIC_STREAM_NAMES).with(f::REQUIRED)],
);
pub static STOP_METRIC_STREAMS_OUTPUT: Schema = Schema::structure(
    "StopMetricStreamsOutput",
    &[],
);
pub static STOP_O_TEL_ENRICHMENT_INPUT: Schema = Schema::structure(
    "StopOTelEnrichmentInput",
    &[],
);
pub static STOP_O_TEL_ENRICHMENT_OUTPUT: Schema = Schema::structure(
    "StopOTelEnrichmentOutput",
    &[],
);
pub static TAG: Schema = Schema::structure(
    "Tag",
    &[
        Member::new("Key", &p::STRING).with(f::REQUIRED),
        Member::new("Value", &p::STRING).with(f::REQUIRED),
    ],
);
pub static TAG_KEY_LIST: Schema = Schema::list(
    "TagKeyList",
    &[Member::new("member", &p::STRING)],
);
pub static TAG_LIST: Schema = Schema::list("TagList", &[Member::new("member", &TAG)]);
pub static TAG_RESOURCE_INPUT: Schema = Schema::structure(
    "TagResourceInput",
    &[
        Member::new("ResourceARN", &p::STRING).with(f::REQUIRED),
        Member::new("Tags", &TAG_LIST).with(f::REQUIRED),
    ],
);
pub static TAG_RESOURCE_OUTPUT: Schema = Schema::structure("TagResourceOutput", &[]);
pub static TIMESTAMPS: Schema = Schema::list(
    "Timestamps",
    &[Member::new("member", &p::TIMESTAMP)],
);
pub static UNTAG_RESOURCE_INPUT: Schema = Schema::structure(
    "UntagResourceInput",
    &[
        Member::new("ResourceARN", &p::STRING).with(f::REQUIRED),
        Member::new("TagKeys", &TAG_KEY_LIST).with(f::REQUIRED),
    ],
);
pub static UNTAG_RESOURCE_OUTPUT: Schema = Schema::structure("UntagResourceOutput", &[]);
pub static UPDATE_O_TEL_ENRICHMENT_INPUT: Schema = Schema::structure(
    "UpdateOTelEnrichmentInput",
    &[
        Member::new("IncludeFilters", &O_TEL_ENRICHMENT_METRIC_SELECTOR_LIST),
        Member::new("ExcludeFilters", &O_TEL_ENRICHMENT_METRIC_SELECTOR_LIST),
    ],
);
pub static UPDATE_O_TEL_ENRICHMENT_OUTPUT: Schema = Schema::structure(
    "UpdateOTelEnrichmentOutput",
    &[
        Member::new("IncludeFilters", &O_TEL_ENRICHMENT_METRIC_SELECTOR_LIST),
        Member::new("ExcludeFilters", &O_TEL_ENRICHMENT_METRIC_SELECTOR_LIST),
        Member::new("CreatedAt", &p::TIMESTAMP),
        Member::new("UpdatedAt", &p::TIMESTAMP),
    ],
);
pub static UPDATE_RESOURCE_METRICS_CONFIGURATION_INPUT: Schema = Schema::structure(
    "UpdateResourceMetricsConfigurationInput",
    &[
        Member::new("ResourceArn", &p::STRING).with(f::REQUIRED),
        Member::new("MetricSelections", &RESOURCE_METRIC_SELECTION_LIST),
    ],
);
pub static UPDATE_RESOURCE_METRICS_CONFIGURATION_OUTPUT: Schema = Schema::structure(
    "UpdateResourceMetricsConfigurationOutput",
    &[
        Member::new("ResourceMetricsConfiguration", &RESOURCE_METRICS_CONFIGURATION)
            .with(f::REQUIRED),
    ],
);
pub static VALIDATION_EXCEPTION: Schema = Schema::structure(
        "ValidationException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("ValidationError", 400u16);
pub static VALUES: Schema = Schema::list("Values", &[Member::new("member", &p::DOUBLE)]);
pub static WALL_CLOCK_WINDOW: Schema = Schema::structure(
    "WallClockWindow",
    &[Member::new("Timezone", &p::STRING)],
);
pub static WARM_UP_CONFIGURATION: Schema = Schema::structure(
    "WarmUpConfiguration",
    &[
        Member::new("WarmUpPeriodDurationInMinutes", &p::INTEGER).with(f::REQUIRED),
        Member::new("OnlyStartEvaluatingAfterWarmUpPeriodEnds", &p::BOOLEAN),
    ],
);
/// Operation metadata.
pub mod ops {
    use super::*;
    pub static ASSOCIATE_DATASET_KMS_KEY: Operation = Operation::new(
            "AssociateDatasetKmsKey",
            "POST",
            "/",
            &super::ASSOCIATE_DATASET_KMS_KEY_INPUT,
            &super::ASSOCIATE_DATASET_KMS_KEY_OUTPUT,
        )
        .errors(
            &[
                &super::KMS_ACCESS_DENIED_EXCEPTION,
                &super::KMS_KEY_NOT_FOUND_EXCEPTION,
                &super::CONFLICT_EXCEPTION,
                &super::KMS_KEY_DISABLED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        )
        .result_wrapper("AssociateDatasetKmsKeyResult");
    pub static CREATE_RESOURCE_METRICS_CONFIGURATION: Operation = Operation::new(
            "CreateResourceMetricsConfiguration",
            "POST",
            "/",
            &super::CREATE_RESOURCE_METRICS_CONFIGURATION_INPUT,
            &super::CREATE_RESOURCE_METRICS_CONFIGURATION_OUTPUT,
        )
        .errors(&[&super::CONFLICT_EXCEPTION, &super::RESOURCE_NOT_FOUND_EXCEPTION])
        .result_wrapper("CreateResourceMetricsConfigurationResult");
    pub static DELETE_ALARM_MUTE_RULE: Operation = Operation::new(
        "DeleteAlarmMuteRule",
        "POST",
        "/",
        &super::DELETE_ALARM_MUTE_RULE_INPUT,
        &p::UNIT,
    );
    pub static DELETE_ALARMS: Operation = Operation::new(
            "DeleteAlarms",
            "POST",
            "/",
            &super::DELETE_ALARMS_INPUT,
            &p::UNIT,
        )
        .errors(&[&super::RESOURCE_NOT_FOUND, &super::RESOURCE_CONFLICT]);
    pub static DELETE_ANOMALY_DETECTOR: Operation = Operation::new(
            "DeleteAnomalyDetector",
            "POST",
            "/",
            &super::DELETE_ANOMALY_DETECTOR_INPUT,
            &super::DELETE_ANOMALY_DETECTOR_OUTPUT,
        )
        .errors(
            &[
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::INTERNAL_SERVICE_FAULT,
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::MISSING_REQUIRED_PARAMETER_EXCEPTION,
                &super::INVALID_PARAMETER_COMBINATION_EXCEPTION,
            ],
        )
        .result_wrapper("DeleteAnomalyDetectorResult");
    pub static DELETE_DASHBOARDS: Operation = Operation::new(
            "DeleteDashboards",
            "POST",
            "/",
            &super::DELETE_DASHBOARDS_INPUT,
            &super::DELETE_DASHBOARDS_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::INTERNAL_SERVICE_FAULT,
                &super::CONFLICT_EXCEPTION,
            ],
        )
        .result_wrapper("DeleteDashboardsResult");
    pub static DELETE_INSIGHT_RULES: Operation = Operation::new(
            "DeleteInsightRules",
            "POST",
            "/",
            &super::DELETE_INSIGHT_RULES_INPUT,
            &super::DELETE_INSIGHT_RULES_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::MISSING_REQUIRED_PARAMETER_EXCEPTION,
            ],
        )
        .result_wrapper("DeleteInsightRulesResult");
    pub static DELETE_METRIC_DATA_QUERY_DEFINITION: Operation = Operation::new(
            "DeleteMetricDataQueryDefinition",
            "POST",
            "/",
            &super::DELETE_METRIC_DATA_QUERY_DEFINITION_INPUT,
            &super::DELETE_METRIC_DATA_QUERY_DEFINITION_OUTPUT,
        )
        .with(op_flags::IDEMPOTENT)
        .result_wrapper("DeleteMetricDataQueryDefinitionResult");
    pub static DELETE_METRIC_STREAM: Operation = Operation::new(
            "DeleteMetricStream",
            "POST",
            "/",
            &super::DELETE_METRIC_STREAM_INPUT,
            &super::DELETE_METRIC_STREAM_OUTPUT,
        )
        .errors(
            &[
                &super::INTERNAL_SERVICE_FAULT,
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::MISSING_REQUIRED_PARAMETER_EXCEPTION,
            ],
        )
        .result_wrapper("DeleteMetricStreamResult");
    pub static DELETE_RESOURCE_METRICS_CONFIGURATION: Operation = Operation::new(
            "DeleteResourceMetricsConfiguration",
            "POST",
            "/",
            &super::DELETE_RESOURCE_METRICS_CONFIGURATION_INPUT,
            &super::DELETE_RESOURCE_METRICS_CONFIGURATION_OUTPUT,
        )
        .errors(&[&super::RESOURCE_NOT_FOUND_EXCEPTION])
        .result_wrapper("DeleteResourceMetricsConfigurationResult");
    pub static DESCRIBE_ALARM_CONTRIBUTORS: Operation = Operation::new(
            "DescribeAlarmContributors",
            "POST",
            "/",
            &super::DESCRIBE_ALARM_CONTRIBUTORS_INPUT,
            &super::DESCRIBE_ALARM_CONTRIBUTORS_OUTPUT,
        )
        .errors(&[&super::INVALID_NEXT_TOKEN, &super::RESOURCE_NOT_FOUND_EXCEPTION])
        .result_wrapper("DescribeAlarmContributorsResult");
    pub static DESCRIBE_ALARM_HISTORY: Operation = Operation::new(
            "DescribeAlarmHistory",
            "POST",
            "/",
            &super::DESCRIBE_ALARM_HISTORY_INPUT,
            &super::DESCRIBE_ALARM_HISTORY_OUTPUT,
        )
        .errors(&[&super::INVALID_NEXT_TOKEN])
        .result_wrapper("DescribeAlarmHistoryResult");
    pub static DESCRIBE_ALARMS: Operation = Operation::new(
            "DescribeAlarms",
            "POST",
            "/",
            &super::DESCRIBE_ALARMS_INPUT,
            &super::DESCRIBE_ALARMS_OUTPUT,
        )
        .errors(&[&super::INVALID_NEXT_TOKEN])
        .result_wrapper("DescribeAlarmsResult");
    pub static DESCRIBE_ALARMS_FOR_METRIC: Operation = Operation::new(
            "DescribeAlarmsForMetric",
            "POST",
            "/",
            &super::DESCRIBE_ALARMS_FOR_METRIC_INPUT,
            &super::DESCRIBE_ALARMS_FOR_METRIC_OUTPUT,
        )
        .result_wrapper("DescribeAlarmsForMetricResult");
    pub static DESCRIBE_ANOMALY_DETECTORS: Operation = Operation::new(
            "DescribeAnomalyDetectors",
            "POST",
            "/",
            &super::DESCRIBE_ANOMALY_DETECTORS_INPUT,
            &super::DESCRIBE_ANOMALY_DETECTORS_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_NEXT_TOKEN,
                &super::INTERNAL_SERVICE_FAULT,
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::INVALID_PARAMETER_COMBINATION_EXCEPTION,
            ],
        )
        .result_wrapper("DescribeAnomalyDetectorsResult");
    pub static DESCRIBE_INSIGHT_RULES: Operation = Operation::new(
            "DescribeInsightRules",
            "POST",
            "/",
            &super::DESCRIBE_INSIGHT_RULES_INPUT,
            &super::DESCRIBE_INSIGHT_RULES_OUTPUT,
        )
        .errors(&[&super::INVALID_NEXT_TOKEN])
        .result_wrapper("DescribeInsightRulesResult");
    pub static DISABLE_ALARM_ACTIONS: Operation = Operation::new(
        "DisableAlarmActions",
        "POST",
        "/",
        &super::DISABLE_ALARM_ACTIONS_INPUT,
        &p::UNIT,
    );
    pub static DISABLE_INSIGHT_RULES: Operation = Operation::new(
            "DisableInsightRules",
            "POST",
            "/",
            &super::DISABLE_INSIGHT_RULES_INPUT,
            &super::DISABLE_INSIGHT_RULES_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::MISSING_REQUIRED_PARAMETER_EXCEPTION,
            ],
        )
        .result_wrapper("DisableInsightRulesResult");
    pub static DISASSOCIATE_DATASET_KMS_KEY: Operation = Operation::new(
            "DisassociateDatasetKmsKey",
            "POST",
            "/",
            &super::DISASSOCIATE_DATASET_KMS_KEY_INPUT,
            &super::DISASSOCIATE_DATASET_KMS_KEY_OUTPUT,
        )
        .errors(&[&super::CONFLICT_EXCEPTION, &super::RESOURCE_NOT_FOUND_EXCEPTION])
        .with(op_flags::IDEMPOTENT)
        .result_wrapper("DisassociateDatasetKmsKeyResult");
    pub static ENABLE_ALARM_ACTIONS: Operation = Operation::new(
        "EnableAlarmActions",
        "POST",
        "/",
        &super::ENABLE_ALARM_ACTIONS_INPUT,
        &p::UNIT,
    );
    pub static ENABLE_INSIGHT_RULES: Operation = Operation::new(
            "EnableInsightRules",
            "POST",
            "/",
            &super::ENABLE_INSIGHT_RULES_INPUT,
            &super::ENABLE_INSIGHT_RULES_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::MISSING_REQUIRED_PARAMETER_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
            ],
        )
        .result_wrapper("EnableInsightRulesResult");
    pub static GET_ALARM_MUTE_RULE: Operation = Operation::new(
            "GetAlarmMuteRule",
            "POST",
            "/",
            &super::GET_ALARM_MUTE_RULE_INPUT,
            &super::GET_ALARM_MUTE_RULE_OUTPUT,
        )
        .errors(&[&super::RESOURCE_NOT_FOUND_EXCEPTION])
        .result_wrapper("GetAlarmMuteRuleResult");
    pub static GET_DASHBOARD: Operation = Operation::new(
            "GetDashboard",
            "POST",
            "/",
            &super::GET_DASHBOARD_INPUT,
            &super::GET_DASHBOARD_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::DASHBOARD_NOT_FOUND_ERROR,
                &super::INTERNAL_SERVICE_FAULT,
            ],
        )
        .result_wrapper("GetDashboardResult");
    pub static GET_DATASET: Operation = Operation::new(
            "GetDataset",
            "POST",
            "/",
            &super::GET_DATASET_INPUT,
            &super::GET_DATASET_OUTPUT,
        )
        .errors(&[&super::RESOURCE_NOT_FOUND_EXCEPTION])
        .result_wrapper("GetDatasetResult");
    pub static GET_INSIGHT_RULE_REPORT: Operation = Operation::new(
            "GetInsightRuleReport",
            "POST",
            "/",
            &super::GET_INSIGHT_RULE_REPORT_INPUT,
            &super::GET_INSIGHT_RULE_REPORT_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::MISSING_REQUIRED_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        )
        .result_wrapper("GetInsightRuleReportResult");
    pub static GET_METRIC_DATA: Operation = Operation::new(
            "GetMetricData",
            "POST",
            "/",
            &super::GET_METRIC_DATA_INPUT,
            &super::GET_METRIC_DATA_OUTPUT,
        )
        .errors(&[&super::INVALID_NEXT_TOKEN])
        .result_wrapper("GetMetricDataResult");
    pub static GET_METRIC_DATA_QUERY_DEFINITION: Operation = Operation::new(
            "GetMetricDataQueryDefinition",
            "POST",
            "/",
            &super::GET_METRIC_DATA_QUERY_DEFINITION_INPUT,
            &super::GET_METRIC_DATA_QUERY_DEFINITION_OUTPUT,
        )
        .errors(&[&super::RESOURCE_NOT_FOUND_EXCEPTION])
        .result_wrapper("GetMetricDataQueryDefinitionResult");
    pub static GET_METRIC_STATISTICS: Operation = Operation::new(
            "GetMetricStatistics",
            "POST",
            "/",
            &super::GET_METRIC_STATISTICS_INPUT,
            &super::GET_METRIC_STATISTICS_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::MISSING_REQUIRED_PARAMETER_EXCEPTION,
                &super::INVALID_PARAMETER_COMBINATION_EXCEPTION,
                &super::INTERNAL_SERVICE_FAULT,
            ],
        )
        .result_wrapper("GetMetricStatisticsResult");
    pub static GET_METRIC_STREAM: Operation = Operation::new(
            "GetMetricStream",
            "POST",
            "/",
            &super::GET_METRIC_STREAM_INPUT,
            &super::GET_METRIC_STREAM_OUTPUT,
        )
        .errors(
            &[
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::INTERNAL_SERVICE_FAULT,
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::MISSING_REQUIRED_PARAMETER_EXCEPTION,
                &super::INVALID_PARAMETER_COMBINATION_EXCEPTION,
            ],
        )
        .result_wrapper("GetMetricStreamResult");
    pub static GET_METRIC_WIDGET_IMAGE: Operation = Operation::new(
            "GetMetricWidgetImage",
            "POST",
            "/",
            &super::GET_METRIC_WIDGET_IMAGE_INPUT,
            &super::GET_METRIC_WIDGET_IMAGE_OUTPUT,
        )
        .result_wrapper("GetMetricWidgetImageResult");
    pub static GET_O_TEL_ENRICHMENT: Operation = Operation::new(
            "GetOTelEnrichment",
            "POST",
            "/",
            &super::GET_O_TEL_ENRICHMENT_INPUT,
            &super::GET_O_TEL_ENRICHMENT_OUTPUT,
        )
        .result_wrapper("GetOTelEnrichmentResult");
    pub static GET_RESOURCE_METRICS_CONFIGURATION: Operation = Operation::new(
            "GetResourceMetricsConfiguration",
            "POST",
            "/",
            &super::GET_RESOURCE_METRICS_CONFIGURATION_INPUT,
            &super::GET_RESOURCE_METRICS_CONFIGURATION_OUTPUT,
        )
        .errors(&[&super::RESOURCE_NOT_FOUND_EXCEPTION])
        .result_wrapper("GetResourceMetricsConfigurationResult");
    pub static LIST_ALARM_MUTE_RULES: Operation = Operation::new(
            "ListAlarmMuteRules",
            "POST",
            "/",
            &super::LIST_ALARM_MUTE_RULES_INPUT,
            &super::LIST_ALARM_MUTE_RULES_OUTPUT,
        )
        .errors(&[&super::INVALID_NEXT_TOKEN, &super::RESOURCE_NOT_FOUND_EXCEPTION])
        .result_wrapper("ListAlarmMuteRulesResult");
    pub static LIST_DASHBOARDS: Operation = Operation::new(
            "ListDashboards",
            "POST",
            "/",
            &super::LIST_DASHBOARDS_INPUT,
            &super::LIST_DASHBOARDS_OUTPUT,
        )
        .errors(
            &[&super::INVALID_PARAMETER_VALUE_EXCEPTION, &super::INTERNAL_SERVICE_FAULT],
        )
        .result_wrapper("ListDashboardsResult");
    pub static LIST_MANAGED_INSIGHT_RULES: Operation = Operation::new(
            "ListManagedInsightRules",
            "POST",
            "/",
            &super::LIST_MANAGED_INSIGHT_RULES_INPUT,
            &super::LIST_MANAGED_INSIGHT_RULES_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::MISSING_REQUIRED_PARAMETER_EXCEPTION,
                &super::INVALID_NEXT_TOKEN,
            ],
        )
        .result_wrapper("ListManagedInsightRulesResult");
    pub static LIST_METRIC_DATA_QUERY_DEFINITIONS: Operation = Operation::new(
            "ListMetricDataQueryDefinitions",
            "POST",
            "/",
            &super::LIST_METRIC_DATA_QUERY_DEFINITIONS_INPUT,
            &super::LIST_METRIC_DATA_QUERY_DEFINITIONS_OUTPUT,
        )
        .result_wrapper("ListMetricDataQueryDefinitionsResult");
    pub static LIST_METRIC_STREAMS: Operation = Operation::new(
            "ListMetricStreams",
            "POST",
            "/",
            &super::LIST_METRIC_STREAMS_INPUT,
            &super::LIST_METRIC_STREAMS_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_NEXT_TOKEN,
                &super::INTERNAL_SERVICE_FAULT,
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::MISSING_REQUIRED_PARAMETER_EXCEPTION,
            ],
        )
        .result_wrapper("ListMetricStreamsResult");
    pub static LIST_METRICS: Operation = Operation::new(
            "ListMetrics",
            "POST",
            "/",
            &super::LIST_METRICS_INPUT,
            &super::LIST_METRICS_OUTPUT,
        )
        .errors(
            &[&super::INTERNAL_SERVICE_FAULT, &super::INVALID_PARAMETER_VALUE_EXCEPTION],
        )
        .result_wrapper("ListMetricsResult");
    pub static LIST_TAGS_FOR_RESOURCE: Operation = Operation::new(
            "ListTagsForResource",
            "POST",
            "/",
            &super::LIST_TAGS_FOR_RESOURCE_INPUT,
            &super::LIST_TAGS_FOR_RESOURCE_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::INTERNAL_SERVICE_FAULT,
            ],
        )
        .result_wrapper("ListTagsForResourceResult");
    pub static PUT_ALARM_MUTE_RULE: Operation = Operation::new(
            "PutAlarmMuteRule",
            "POST",
            "/",
            &super::PUT_ALARM_MUTE_RULE_INPUT,
            &p::UNIT,
        )
        .errors(&[&super::LIMIT_EXCEEDED_FAULT]);
    pub static PUT_ANOMALY_DETECTOR: Operation = Operation::new(
            "PutAnomalyDetector",
            "POST",
            "/",
            &super::PUT_ANOMALY_DETECTOR_INPUT,
            &super::PUT_ANOMALY_DETECTOR_OUTPUT,
        )
        .errors(
            &[
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INTERNAL_SERVICE_FAULT,
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::MISSING_REQUIRED_PARAMETER_EXCEPTION,
                &super::INVALID_PARAMETER_COMBINATION_EXCEPTION,
            ],
        )
        .result_wrapper("PutAnomalyDetectorResult");
    pub static PUT_COMPOSITE_ALARM: Operation = Operation::new(
            "PutCompositeAlarm",
            "POST",
            "/",
            &super::PUT_COMPOSITE_ALARM_INPUT,
            &p::UNIT,
        )
        .errors(&[&super::LIMIT_EXCEEDED_FAULT]);
    pub static PUT_DASHBOARD: Operation = Operation::new(
            "PutDashboard",
            "POST",
            "/",
            &super::PUT_DASHBOARD_INPUT,
            &super::PUT_DASHBOARD_OUTPUT,
        )
        .errors(
            &[
                &super::DASHBOARD_INVALID_INPUT_ERROR,
                &super::INTERNAL_SERVICE_FAULT,
                &super::CONFLICT_EXCEPTION,
            ],
        )
        .result_wrapper("PutDashboardResult");
    pub static PUT_INSIGHT_RULE: Operation = Operation::new(
            "PutInsightRule",
            "POST",
            "/",
            &super::PUT_INSIGHT_RULE_INPUT,
            &super::PUT_INSIGHT_RULE_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::MISSING_REQUIRED_PARAMETER_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
            ],
        )
        .result_wrapper("PutInsightRuleResult");
    pub static PUT_LOG_ALARM: Operation = Operation::new(
            "PutLogAlarm",
            "POST",
            "/",
            &super::PUT_LOG_ALARM_INPUT,
            &p::UNIT,
        )
        .errors(&[&super::LIMIT_EXCEEDED_FAULT, &super::RESOURCE_CONFLICT]);
    pub static PUT_MANAGED_INSIGHT_RULES: Operation = Operation::new(
            "PutManagedInsightRules",
            "POST",
            "/",
            &super::PUT_MANAGED_INSIGHT_RULES_INPUT,
            &super::PUT_MANAGED_INSIGHT_RULES_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::MISSING_REQUIRED_PARAMETER_EXCEPTION,
            ],
        )
        .result_wrapper("PutManagedInsightRulesResult");
    pub static PUT_METRIC_ALARM: Operation = Operation::new(
            "PutMetricAlarm",
            "POST",
            "/",
            &super::PUT_METRIC_ALARM_INPUT,
            &p::UNIT,
        )
        .errors(&[&super::LIMIT_EXCEEDED_FAULT]);
    pub static PUT_METRIC_DATA: Operation = Operation::new(
            "PutMetricData",
            "POST",
            "/",
            &super::PUT_METRIC_DATA_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::MISSING_REQUIRED_PARAMETER_EXCEPTION,
                &super::INVALID_PARAMETER_COMBINATION_EXCEPTION,
                &super::INTERNAL_SERVICE_FAULT,
            ],
        )
        .request_compression(&["gzip"]);
    pub static PUT_METRIC_DATA_QUERY_DEFINITION: Operation = Operation::new(
            "PutMetricDataQueryDefinition",
            "POST",
            "/",
            &super::PUT_METRIC_DATA_QUERY_DEFINITION_INPUT,
            &super::PUT_METRIC_DATA_QUERY_DEFINITION_OUTPUT,
        )
        .errors(
            &[
                &super::CONFLICT_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        )
        .with(op_flags::IDEMPOTENT)
        .result_wrapper("PutMetricDataQueryDefinitionResult");
    pub static PUT_METRIC_STREAM: Operation = Operation::new(
            "PutMetricStream",
            "POST",
            "/",
            &super::PUT_METRIC_STREAM_INPUT,
            &super::PUT_METRIC_STREAM_OUTPUT,
        )
        .errors(
            &[
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::INTERNAL_SERVICE_FAULT,
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::MISSING_REQUIRED_PARAMETER_EXCEPTION,
                &super::INVALID_PARAMETER_COMBINATION_EXCEPTION,
            ],
        )
        .result_wrapper("PutMetricStreamResult");
    pub static SET_ALARM_STATE: Operation = Operation::new(
            "SetAlarmState",
            "POST",
            "/",
            &super::SET_ALARM_STATE_INPUT,
            &p::UNIT,
        )
        .errors(&[&super::RESOURCE_NOT_FOUND, &super::INVALID_FORMAT_FAULT]);
    pub static START_METRIC_STREAMS: Operation = Operation::new(
            "StartMetricStreams",
            "POST",
            "/",
            &super::START_METRIC_STREAMS_INPUT,
            &super::START_METRIC_STREAMS_OUTPUT,
        )
        .errors(
            &[
                &super::INTERNAL_SERVICE_FAULT,
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::MISSING_REQUIRED_PARAMETER_EXCEPTION,
            ],
        )
        .result_wrapper("StartMetricStreamsResult");
    pub static START_O_TEL_ENRICHMENT: Operation = Operation::new(
            "StartOTelEnrichment",
            "POST",
            "/",
            &super::START_O_TEL_ENRICHMENT_INPUT,
            &super::START_O_TEL_ENRICHMENT_OUTPUT,
        )
        .errors(&[&super::VALIDATION_EXCEPTION])
        .result_wrapper("StartOTelEnrichmentResult");
    pub static STOP_METRIC_STREAMS: Operation = Operation::new(
            "StopMetricStreams",
            "POST",
            "/",
            &super::STOP_METRIC_STREAMS_INPUT,
            &super::STOP_METRIC_STREAMS_OUTPUT,
        )
        .errors(
            &[
                &super::INTERNAL_SERVICE_FAULT,
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::MISSING_REQUIRED_PARAMETER_EXCEPTION,
            ],
        )
        .result_wrapper("StopMetricStreamsResult");
    pub static STOP_O_TEL_ENRICHMENT: Operation = Operation::new(
            "StopOTelEnrichment",
            "POST",
            "/",
            &super::STOP_O_TEL_ENRICHMENT_INPUT,
            &super::STOP_O_TEL_ENRICHMENT_OUTPUT,
        )
        .result_wrapper("StopOTelEnrichmentResult");
    pub static TAG_RESOURCE: Operation = Operation::new(
            "TagResource",
            "POST",
            "/",
            &super::TAG_RESOURCE_INPUT,
            &super::TAG_RESOURCE_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::INTERNAL_SERVICE_FAULT,
                &super::CONFLICT_EXCEPTION,
            ],
        )
        .result_wrapper("TagResourceResult");
    pub static UNTAG_RESOURCE: Operation = Operation::new(
            "UntagResource",
            "POST",
            "/",
            &super::UNTAG_RESOURCE_INPUT,
            &super::UNTAG_RESOURCE_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::INTERNAL_SERVICE_FAULT,
                &super::CONFLICT_EXCEPTION,
            ],
        )
        .result_wrapper("UntagResourceResult");
    pub static UPDATE_O_TEL_ENRICHMENT: Operation = Operation::new(
            "UpdateOTelEnrichment",
            "POST",
            "/",
            &super::UPDATE_O_TEL_ENRICHMENT_INPUT,
            &super::UPDATE_O_TEL_ENRICHMENT_OUTPUT,
        )
        .errors(&[&super::VALIDATION_EXCEPTION, &super::RESOURCE_NOT_FOUND_EXCEPTION])
        .result_wrapper("UpdateOTelEnrichmentResult");
    pub static UPDATE_RESOURCE_METRICS_CONFIGURATION: Operation = Operation::new(
            "UpdateResourceMetricsConfiguration",
            "POST",
            "/",
            &super::UPDATE_RESOURCE_METRICS_CONFIGURATION_INPUT,
            &super::UPDATE_RESOURCE_METRICS_CONFIGURATION_OUTPUT,
        )
        .errors(&[&super::RESOURCE_NOT_FOUND_EXCEPTION])
        .result_wrapper("UpdateResourceMetricsConfigurationResult");
    /// Every operation, by model name order.
    pub static ALL: &[&Operation] = &[
        &ASSOCIATE_DATASET_KMS_KEY,
        &CREATE_RESOURCE_METRICS_CONFIGURATION,
        &DELETE_ALARM_MUTE_RULE,
        &DELETE_ALARMS,
        &DELETE_ANOMALY_DETECTOR,
        &DELETE_DASHBOARDS,
        &DELETE_INSIGHT_RULES,
        &DELETE_METRIC_DATA_QUERY_DEFINITION,
        &DELETE_METRIC_STREAM,
        &DELETE_RESOURCE_METRICS_CONFIGURATION,
        &DESCRIBE_ALARM_CONTRIBUTORS,
        &DESCRIBE_ALARM_HISTORY,
        &DESCRIBE_ALARMS,
        &DESCRIBE_ALARMS_FOR_METRIC,
        &DESCRIBE_ANOMALY_DETECTORS,
        &DESCRIBE_INSIGHT_RULES,
        &DISABLE_ALARM_ACTIONS,
        &DISABLE_INSIGHT_RULES,
        &DISASSOCIATE_DATASET_KMS_KEY,
        &ENABLE_ALARM_ACTIONS,
        &ENABLE_INSIGHT_RULES,
        &GET_ALARM_MUTE_RULE,
        &GET_DASHBOARD,
        &GET_DATASET,
        &GET_INSIGHT_RULE_REPORT,
        &GET_METRIC_DATA,
        &GET_METRIC_DATA_QUERY_DEFINITION,
        &GET_METRIC_STATISTICS,
        &GET_METRIC_STREAM,
        &GET_METRIC_WIDGET_IMAGE,
        &GET_O_TEL_ENRICHMENT,
        &GET_RESOURCE_METRICS_CONFIGURATION,
        &LIST_ALARM_MUTE_RULES,
        &LIST_DASHBOARDS,
        &LIST_MANAGED_INSIGHT_RULES,
        &LIST_METRIC_DATA_QUERY_DEFINITIONS,
        &LIST_METRIC_STREAMS,
        &LIST_METRICS,
        &LIST_TAGS_FOR_RESOURCE,
        &PUT_ALARM_MUTE_RULE,
        &PUT_ANOMALY_DETECTOR,
        &PUT_COMPOSITE_ALARM,
        &PUT_DASHBOARD,
        &PUT_INSIGHT_RULE,
        &PUT_LOG_ALARM,
        &PUT_MANAGED_INSIGHT_RULES,
        &PUT_METRIC_ALARM,
        &PUT_METRIC_DATA,
        &PUT_METRIC_DATA_QUERY_DEFINITION,
        &PUT_METRIC_STREAM,
        &SET_ALARM_STATE,
        &START_METRIC_STREAMS,
        &START_O_TEL_ENRICHMENT,
        &STOP_METRIC_STREAMS,
        &STOP_O_TEL_ENRICHMENT,
        &TAG_RESOURCE,
        &UNTAG_RESOURCE,
        &UPDATE_O_TEL_ENRICHMENT,
        &UPDATE_RESOURCE_METRICS_CONFIGURATION,
    ];
}
/// The service's paginators (`paginators-1.json`).
pub mod paginators {
    use kumo_runtime::paginate::PaginatorSpec;
    pub static DESCRIBE_ALARM_HISTORY: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::DESCRIBE_ALARM_HISTORY,
        input_token: &["NextToken"],
        output_token: &["NextToken"],
        limit_key: Some("MaxRecords"),
        more_results: None,
        result_key: &["AlarmHistoryItems"],
    };
    pub static DESCRIBE_ALARMS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::DESCRIBE_ALARMS,
        input_token: &["NextToken"],
        output_token: &["NextToken"],
        limit_key: Some("MaxRecords"),
        more_results: None,
        result_key: &["MetricAlarms", "CompositeAlarms", "LogAlarms"],
    };
    pub static DESCRIBE_ANOMALY_DETECTORS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::DESCRIBE_ANOMALY_DETECTORS,
        input_token: &["NextToken"],
        output_token: &["NextToken"],
        limit_key: Some("MaxResults"),
        more_results: None,
        result_key: &["AnomalyDetectors"],
    };
    pub static GET_METRIC_DATA: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::GET_METRIC_DATA,
        input_token: &["NextToken"],
        output_token: &["NextToken"],
        limit_key: Some("MaxDatapoints"),
        more_results: None,
        result_key: &["MetricDataResults", "Messages"],
    };
    pub static LIST_ALARM_MUTE_RULES: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_ALARM_MUTE_RULES,
        input_token: &["NextToken"],
        output_token: &["NextToken"],
        limit_key: Some("MaxRecords"),
        more_results: None,
        result_key: &["AlarmMuteRuleSummaries"],
    };
    pub static LIST_DASHBOARDS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_DASHBOARDS,
        input_token: &["NextToken"],
        output_token: &["NextToken"],
        limit_key: None,
        more_results: None,
        result_key: &["DashboardEntries"],
    };
    pub static LIST_METRIC_DATA_QUERY_DEFINITIONS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_METRIC_DATA_QUERY_DEFINITIONS,
        input_token: &["NextToken"],
        output_token: &["NextToken"],
        limit_key: Some("MaxResults"),
        more_results: None,
        result_key: &["Items"],
    };
    pub static LIST_METRICS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_METRICS,
        input_token: &["NextToken"],
        output_token: &["NextToken"],
        limit_key: None,
        more_results: None,
        result_key: &["Metrics", "OwningAccounts"],
    };
}
/// The service's waiters (`waiters-2.json`).
pub mod waiters {
    use kumo_runtime::waiter::{Acceptor, Expected, Matcher, State, WaiterSpec};
    pub static ALARM_EXISTS: WaiterSpec = WaiterSpec {
        name: "AlarmExists",
        operation: &super::ops::DESCRIBE_ALARMS,
        delay: 5u32,
        max_attempts: 40u32,
        acceptors: &[
            Acceptor {
                state: State::Success,
                matcher: Matcher::Path,
                argument: "length(MetricAlarms[]) > `0`",
                expected: Expected::Bool(true),
            },
        ],
    };
    pub static ALARM_MUTE_RULE_EXISTS: WaiterSpec = WaiterSpec {
        name: "AlarmMuteRuleExists",
        operation: &super::ops::GET_ALARM_MUTE_RULE,
        delay: 5u32,
        max_attempts: 40u32,
        acceptors: &[
            Acceptor {
                state: State::Success,
                matcher: Matcher::Status,
                argument: "",
                expected: Expected::Int(200i64),
            },
            Acceptor {
                state: State::Retry,
                matcher: Matcher::Status,
                argument: "",
                expected: Expected::Int(404i64),
            },
        ],
    };
    pub static COMPOSITE_ALARM_EXISTS: WaiterSpec = WaiterSpec {
        name: "CompositeAlarmExists",
        operation: &super::ops::DESCRIBE_ALARMS,
        delay: 5u32,
        max_attempts: 40u32,
        acceptors: &[
            Acceptor {
                state: State::Success,
                matcher: Matcher::Path,
                argument: "length(CompositeAlarms[]) > `0`",
                expected: Expected::Bool(true),
            },
        ],
    };
    pub static LOG_ALARM_EXISTS: WaiterSpec = WaiterSpec {
        name: "LogAlarmExists",
        operation: &super::ops::DESCRIBE_ALARMS,
        delay: 5u32,
        max_attempts: 40u32,
        acceptors: &[
            Acceptor {
                state: State::Success,
                matcher: Matcher::Path,
                argument: "length(LogAlarms[]) > `0`",
                expected: Expected::Bool(true),
            },
        ],
    };
}

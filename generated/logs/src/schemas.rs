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
    service_id: "CloudWatch Logs",
    endpoint_prefix: "logs",
    signing_name: "logs",
    json_version: Some("1.1"),
    target_prefix: Some("Logs_20140328"),
    rule_set: include_str!("endpoint-rule-set.json"),
    ..Service::new("logs", "2014-03-28", Protocol::Json)
};
pub static ACCESS_DENIED_EXCEPTION: Schema = Schema::structure(
        "AccessDeniedException",
        &[],
    )
    .error("AccessDeniedException", 400u16);
pub static ACCOUNT_IDS: Schema = Schema::list(
    "AccountIds",
    &[Member::new("member", &p::STRING)],
);
pub static ACCOUNT_POLICIES: Schema = Schema::list(
    "AccountPolicies",
    &[Member::new("member", &ACCOUNT_POLICY)],
);
pub static ACCOUNT_POLICY: Schema = Schema::structure(
    "AccountPolicy",
    &[
        Member::new("policyName", &p::STRING),
        Member::new("policyDocument", &p::STRING),
        Member::new("lastUpdatedTime", &p::LONG),
        Member::new("policyType", &p::STRING),
        Member::new("scope", &p::STRING),
        Member::new("selectionCriteria", &p::STRING),
        Member::new("accountId", &p::STRING),
    ],
);
pub static ADD_KEY_ENTRIES: Schema = Schema::list(
    "AddKeyEntries",
    &[Member::new("member", &ADD_KEY_ENTRY)],
);
pub static ADD_KEY_ENTRY: Schema = Schema::structure(
    "AddKeyEntry",
    &[
        Member::new("key", &p::STRING).with(f::REQUIRED),
        Member::new("value", &p::STRING).with(f::REQUIRED),
        Member::new("overwriteIfExists", &p::BOOLEAN),
    ],
);
pub static ADD_KEYS: Schema = Schema::structure(
    "AddKeys",
    &[Member::new("entries", &ADD_KEY_ENTRIES).with(f::REQUIRED)],
);
pub static AGGREGATE_LOG_GROUP_SUMMARIES: Schema = Schema::list(
    "AggregateLogGroupSummaries",
    &[Member::new("member", &AGGREGATE_LOG_GROUP_SUMMARY)],
);
pub static AGGREGATE_LOG_GROUP_SUMMARY: Schema = Schema::structure(
    "AggregateLogGroupSummary",
    &[
        Member::new("logGroupCount", &p::INTEGER),
        Member::new("groupingIdentifiers", &GROUPING_IDENTIFIERS),
    ],
);
pub static ALLOWED_FIELD_DELIMITERS: Schema = Schema::list(
    "AllowedFieldDelimiters",
    &[Member::new("member", &p::STRING)],
);
pub static ALLOWED_FIELDS: Schema = Schema::list(
    "AllowedFields",
    &[Member::new("member", &RECORD_FIELD)],
);
pub static ANOMALIES: Schema = Schema::list(
    "Anomalies",
    &[Member::new("member", &ANOMALY)],
);
pub static ANOMALY: Schema = Schema::structure(
    "Anomaly",
    &[
        Member::new("anomalyId", &p::STRING).with(f::REQUIRED),
        Member::new("patternId", &p::STRING).with(f::REQUIRED),
        Member::new("anomalyDetectorArn", &p::STRING).with(f::REQUIRED),
        Member::new("patternString", &p::STRING).with(f::REQUIRED),
        Member::new("patternRegex", &p::STRING),
        Member::new("priority", &p::STRING),
        Member::new("firstSeen", &p::LONG).with(f::REQUIRED),
        Member::new("lastSeen", &p::LONG).with(f::REQUIRED),
        Member::new("description", &p::STRING).with(f::REQUIRED),
        Member::new("active", &p::BOOLEAN).with(f::REQUIRED),
        Member::new("state", &p::STRING).with(f::REQUIRED),
        Member::new("histogram", &HISTOGRAM).with(f::REQUIRED),
        Member::new("logSamples", &LOG_SAMPLES).with(f::REQUIRED),
        Member::new("patternTokens", &PATTERN_TOKENS).with(f::REQUIRED),
        Member::new("logGroupArnList", &LOG_GROUP_ARN_LIST).with(f::REQUIRED),
        Member::new("suppressed", &p::BOOLEAN),
        Member::new("suppressedDate", &p::LONG),
        Member::new("suppressedUntil", &p::LONG),
        Member::new("isPatternLevelSuppression", &p::BOOLEAN),
    ],
);
pub static ANOMALY_DETECTOR: Schema = Schema::structure(
    "AnomalyDetector",
    &[
        Member::new("anomalyDetectorArn", &p::STRING),
        Member::new("detectorName", &p::STRING),
        Member::new("logGroupArnList", &LOG_GROUP_ARN_LIST),
        Member::new("evaluationFrequency", &p::STRING),
        Member::new("filterPattern", &p::STRING),
        Member::new("anomalyDetectorStatus", &p::STRING),
        Member::new("kmsKeyId", &p::STRING),
        Member::new("creationTimeStamp", &p::LONG),
        Member::new("lastModifiedTimeStamp", &p::LONG),
        Member::new("anomalyVisibilityTime", &p::LONG),
    ],
);
pub static ANOMALY_DETECTORS: Schema = Schema::list(
    "AnomalyDetectors",
    &[Member::new("member", &ANOMALY_DETECTOR)],
);
pub static ASSOCIATE_KMS_KEY_INPUT: Schema = Schema::structure(
    "AssociateKmsKeyRequest",
    &[
        Member::new("logGroupName", &p::STRING),
        Member::new("kmsKeyId", &p::STRING).with(f::REQUIRED),
        Member::new("resourceIdentifier", &p::STRING),
    ],
);
pub static ASSOCIATE_SOURCE_TO_S3_TABLE_INTEGRATION_INPUT: Schema = Schema::structure(
    "AssociateSourceToS3TableIntegrationRequest",
    &[
        Member::new("integrationArn", &p::STRING).with(f::REQUIRED),
        Member::new("dataSource", &DATA_SOURCE).with(f::REQUIRED),
    ],
);
pub static ASSOCIATE_SOURCE_TO_S3_TABLE_INTEGRATION_OUTPUT: Schema = Schema::structure(
    "AssociateSourceToS3TableIntegrationResponse",
    &[Member::new("identifier", &p::STRING)],
);
pub static CSV: Schema = Schema::structure(
    "CSV",
    &[
        Member::new("quoteCharacter", &p::STRING),
        Member::new("delimiter", &p::STRING),
        Member::new("columns", &COLUMNS),
        Member::new("source", &p::STRING),
        Member::new("destination", &p::STRING),
    ],
);
pub static CANCEL_EXPORT_TASK_INPUT: Schema = Schema::structure(
    "CancelExportTaskRequest",
    &[Member::new("taskId", &p::STRING).with(f::REQUIRED)],
);
pub static CANCEL_IMPORT_TASK_INPUT: Schema = Schema::structure(
    "CancelImportTaskRequest",
    &[Member::new("importId", &p::STRING).with(f::REQUIRED)],
);
pub static CANCEL_IMPORT_TASK_OUTPUT: Schema = Schema::structure(
    "CancelImportTaskResponse",
    &[
        Member::new("importId", &p::STRING),
        Member::new("importStatistics", &IMPORT_STATISTICS),
        Member::new("importStatus", &p::STRING),
        Member::new("creationTime", &p::LONG),
        Member::new("lastUpdatedTime", &p::LONG),
    ],
);
pub static COLUMNS: Schema = Schema::list(
    "Columns",
    &[Member::new("member", &p::STRING)],
);
pub static CONFIGURATION_TEMPLATE: Schema = Schema::structure(
    "ConfigurationTemplate",
    &[
        Member::new("service", &p::STRING),
        Member::new("logType", &p::STRING),
        Member::new("resourceType", &p::STRING),
        Member::new("deliveryDestinationType", &p::STRING),
        Member::new(
            "defaultDeliveryConfigValues",
            &CONFIGURATION_TEMPLATE_DELIVERY_CONFIG_VALUES,
        ),
        Member::new("allowedFields", &ALLOWED_FIELDS),
        Member::new("allowedOutputFormats", &OUTPUT_FORMATS),
        Member::new("allowedActionForAllowVendedLogsDeliveryForResource", &p::STRING),
        Member::new("allowedFieldDelimiters", &ALLOWED_FIELD_DELIMITERS),
        Member::new("allowedSuffixPathFields", &RECORD_FIELDS),
        Member::new(
            "deliverySourceConfiguration",
            &DELIVERY_SOURCE_CONFIGURATION_SCHEMAS,
        ),
        Member::new("s3TablesIntegration", &S3_TABLES_INTEGRATION),
    ],
);
pub static CONFIGURATION_TEMPLATE_DELIVERY_CONFIG_VALUES: Schema = Schema::structure(
    "ConfigurationTemplateDeliveryConfigValues",
    &[
        Member::new("recordFields", &RECORD_FIELDS),
        Member::new("fieldDelimiter", &p::STRING),
        Member::new("s3DeliveryConfiguration", &S3_DELIVERY_CONFIGURATION),
    ],
);
pub static CONFIGURATION_TEMPLATES: Schema = Schema::list(
    "ConfigurationTemplates",
    &[Member::new("member", &CONFIGURATION_TEMPLATE)],
);
pub static CONFLICT_EXCEPTION: Schema = Schema::structure("ConflictException", &[])
    .error("ConflictException", 400u16);
pub static COPY_VALUE: Schema = Schema::structure(
    "CopyValue",
    &[Member::new("entries", &COPY_VALUE_ENTRIES).with(f::REQUIRED)],
);
pub static COPY_VALUE_ENTRIES: Schema = Schema::list(
    "CopyValueEntries",
    &[Member::new("member", &COPY_VALUE_ENTRY)],
);
pub static COPY_VALUE_ENTRY: Schema = Schema::structure(
    "CopyValueEntry",
    &[
        Member::new("source", &p::STRING).with(f::REQUIRED),
        Member::new("target", &p::STRING).with(f::REQUIRED),
        Member::new("overwriteIfExists", &p::BOOLEAN),
    ],
);
pub static CREATE_DELIVERY_INPUT: Schema = Schema::structure(
    "CreateDeliveryRequest",
    &[
        Member::new("deliverySourceName", &p::STRING).with(f::REQUIRED),
        Member::new("deliveryDestinationArn", &p::STRING).with(f::REQUIRED),
        Member::new("recordFields", &RECORD_FIELDS),
        Member::new("fieldDelimiter", &p::STRING),
        Member::new("s3DeliveryConfiguration", &S3_DELIVERY_CONFIGURATION),
        Member::new("tags", &TAGS),
    ],
);
pub static CREATE_DELIVERY_OUTPUT: Schema = Schema::structure(
    "CreateDeliveryResponse",
    &[Member::new("delivery", &DELIVERY)],
);
pub static CREATE_EXPORT_TASK_INPUT: Schema = Schema::structure(
    "CreateExportTaskRequest",
    &[
        Member::new("taskName", &p::STRING),
        Member::new("logGroupName", &p::STRING).with(f::REQUIRED),
        Member::new("logStreamNamePrefix", &p::STRING),
        Member::new("from", &p::LONG).with(f::REQUIRED),
        Member::new("to", &p::LONG).with(f::REQUIRED),
        Member::new("destination", &p::STRING).with(f::REQUIRED),
        Member::new("destinationPrefix", &p::STRING),
    ],
);
pub static CREATE_EXPORT_TASK_OUTPUT: Schema = Schema::structure(
    "CreateExportTaskResponse",
    &[Member::new("taskId", &p::STRING)],
);
pub static CREATE_IMPORT_TASK_INPUT: Schema = Schema::structure(
    "CreateImportTaskRequest",
    &[
        Member::new("importSourceArn", &p::STRING).with(f::REQUIRED),
        Member::new("importRoleArn", &p::STRING).with(f::REQUIRED),
        Member::new("importFilter", &IMPORT_FILTER),
    ],
);
pub static CREATE_IMPORT_TASK_OUTPUT: Schema = Schema::structure(
    "CreateImportTaskResponse",
    &[
        Member::new("importId", &p::STRING),
        Member::new("importDestinationArn", &p::STRING),
        Member::new("creationTime", &p::LONG),
    ],
);
pub static CREATE_LOG_ANOMALY_DETECTOR_INPUT: Schema = Schema::structure(
    "CreateLogAnomalyDetectorRequest",
    &[
        Member::new("logGroupArnList", &LOG_GROUP_ARN_LIST).with(f::REQUIRED),
        Member::new("detectorName", &p::STRING),
        Member::new("evaluationFrequency", &p::STRING),
        Member::new("filterPattern", &p::STRING),
        Member::new("kmsKeyId", &p::STRING),
        Member::new("anomalyVisibilityTime", &p::LONG),
        Member::new("tags", &TAGS),
    ],
);
pub static CREATE_LOG_ANOMALY_DETECTOR_OUTPUT: Schema = Schema::structure(
    "CreateLogAnomalyDetectorResponse",
    &[Member::new("anomalyDetectorArn", &p::STRING)],
);
pub static CREATE_LOG_GROUP_INPUT: Schema = Schema::structure(
    "CreateLogGroupRequest",
    &[
        Member::new("logGroupName", &p::STRING).with(f::REQUIRED),
        Member::new("kmsKeyId", &p::STRING),
        Member::new("tags", &TAGS),
        Member::new("logGroupClass", &p::STRING),
        Member::new("deletionProtectionEnabled", &p::BOOLEAN),
    ],
);
pub static CREATE_LOG_STREAM_INPUT: Schema = Schema::structure(
    "CreateLogStreamRequest",
    &[
        Member::new("logGroupName", &p::STRING).with(f::REQUIRED),
        Member::new("logStreamName", &p::STRING).with(f::REQUIRED),
    ],
);
pub static CREATE_LOOKUP_TABLE_INPUT: Schema = Schema::structure(
    "CreateLookupTableRequest",
    &[
        Member::new("lookupTableName", &p::STRING).with(f::REQUIRED),
        Member::new("description", &p::STRING),
        Member::new("tableBody", &p::STRING),
        Member::new("queryId", &p::STRING),
        Member::new("kmsKeyId", &p::STRING),
        Member::new("tags", &TAGS),
    ],
);
pub static CREATE_LOOKUP_TABLE_OUTPUT: Schema = Schema::structure(
    "CreateLookupTableResponse",
    &[Member::new("lookupTableArn", &p::STRING), Member::new("createdAt", &p::LONG)],
);
pub static CREATE_SCHEDULED_QUERY_INPUT: Schema = Schema::structure(
    "CreateScheduledQueryRequest",
    &[
        Member::new("name", &p::STRING).with(f::REQUIRED),
        Member::new("description", &p::STRING),
        Member::new("queryLanguage", &p::STRING).with(f::REQUIRED),
        Member::new("queryString", &p::STRING).with(f::REQUIRED),
        Member::new("logGroupIdentifiers", &SCHEDULED_QUERY_LOG_GROUP_IDENTIFIERS),
        Member::new("scheduleExpression", &p::STRING).with(f::REQUIRED),
        Member::new("timezone", &p::STRING),
        Member::new("startTimeOffset", &p::LONG),
        Member::new("endTimeOffset", &p::LONG),
        Member::new("destinationConfiguration", &DESTINATION_CONFIGURATION),
        Member::new("scheduleStartTime", &p::LONG),
        Member::new("scheduleEndTime", &p::LONG),
        Member::new("executionRoleArn", &p::STRING).with(f::REQUIRED),
        Member::new("state", &p::STRING),
        Member::new("tags", &TAGS),
    ],
);
pub static CREATE_SCHEDULED_QUERY_OUTPUT: Schema = Schema::structure(
    "CreateScheduledQueryResponse",
    &[Member::new("scheduledQueryArn", &p::STRING), Member::new("state", &p::STRING)],
);
pub static DASHBOARD_VIEWER_PRINCIPALS: Schema = Schema::list(
    "DashboardViewerPrincipals",
    &[Member::new("member", &p::STRING)],
);
pub static DATA_ALREADY_ACCEPTED_EXCEPTION: Schema = Schema::structure(
        "DataAlreadyAcceptedException",
        &[Member::new("expectedSequenceToken", &p::STRING)],
    )
    .error("DataAlreadyAcceptedException", 400u16);
pub static DATA_SOURCE: Schema = Schema::structure(
    "DataSource",
    &[Member::new("name", &p::STRING).with(f::REQUIRED), Member::new("type", &p::STRING)],
);
pub static DATA_SOURCE_FILTER: Schema = Schema::structure(
    "DataSourceFilter",
    &[Member::new("name", &p::STRING).with(f::REQUIRED), Member::new("type", &p::STRING)],
);
pub static DATA_SOURCE_FILTERS: Schema = Schema::list(
    "DataSourceFilters",
    &[Member::new("member", &DATA_SOURCE_FILTER)],
);
pub static DATE_TIME_CONVERTER: Schema = Schema::structure(
    "DateTimeConverter",
    &[
        Member::new("source", &p::STRING).with(f::REQUIRED),
        Member::new("target", &p::STRING).with(f::REQUIRED),
        Member::new("targetFormat", &p::STRING),
        Member::new("matchPatterns", &MATCH_PATTERNS).with(f::REQUIRED),
        Member::new("sourceTimezone", &p::STRING),
        Member::new("targetTimezone", &p::STRING),
        Member::new("locale", &p::STRING),
    ],
);
pub static DELETE_ACCOUNT_POLICY_INPUT: Schema = Schema::structure(
    "DeleteAccountPolicyRequest",
    &[
        Member::new("policyName", &p::STRING).with(f::REQUIRED),
        Member::new("policyType", &p::STRING).with(f::REQUIRED),
        Member::new("dryRun", &p::BOOLEAN),
    ],
);
pub static DELETE_ACCOUNT_POLICY_OUTPUT: Schema = Schema::structure(
    "DeleteAccountPolicyResponse",
    &[Member::new("dryRunResult", &DRY_RUN_RESULT)],
);
pub static DELETE_DATA_PROTECTION_POLICY_INPUT: Schema = Schema::structure(
    "DeleteDataProtectionPolicyRequest",
    &[Member::new("logGroupIdentifier", &p::STRING).with(f::REQUIRED)],
);
pub static DELETE_DELIVERY_DESTINATION_POLICY_INPUT: Schema = Schema::structure(
    "DeleteDeliveryDestinationPolicyRequest",
    &[Member::new("deliveryDestinationName", &p::STRING).with(f::REQUIRED)],
);
pub static DELETE_DELIVERY_DESTINATION_INPUT: Schema = Schema::structure(
    "DeleteDeliveryDestinationRequest",
    &[Member::new("name", &p::STRING).with(f::REQUIRED)],
);
pub static DELETE_DELIVERY_INPUT: Schema = Schema::structure(
    "DeleteDeliveryRequest",
    &[Member::new("id", &p::STRING).with(f::REQUIRED)],
);
pub static DELETE_DELIVERY_SOURCE_INPUT: Schema = Schema::structure(
    "DeleteDeliverySourceRequest",
    &[Member::new("name", &p::STRING).with(f::REQUIRED)],
);
pub static DELETE_DESTINATION_INPUT: Schema = Schema::structure(
    "DeleteDestinationRequest",
    &[Member::new("destinationName", &p::STRING).with(f::REQUIRED)],
);
pub static DELETE_INDEX_POLICY_INPUT: Schema = Schema::structure(
    "DeleteIndexPolicyRequest",
    &[Member::new("logGroupIdentifier", &p::STRING).with(f::REQUIRED)],
);
pub static DELETE_INDEX_POLICY_OUTPUT: Schema = Schema::structure(
    "DeleteIndexPolicyResponse",
    &[],
);
pub static DELETE_INTEGRATION_INPUT: Schema = Schema::structure(
    "DeleteIntegrationRequest",
    &[
        Member::new("integrationName", &p::STRING).with(f::REQUIRED),
        Member::new("force", &p::BOOLEAN),
    ],
);
pub static DELETE_INTEGRATION_OUTPUT: Schema = Schema::structure(
    "DeleteIntegrationResponse",
    &[],
);
pub static DELETE_KEYS: Schema = Schema::structure(
    "DeleteKeys",
    &[Member::new("withKeys", &DELETE_WITH_KEYS).with(f::REQUIRED)],
);
pub static DELETE_LOG_ANOMALY_DETECTOR_INPUT: Schema = Schema::structure(
    "DeleteLogAnomalyDetectorRequest",
    &[Member::new("anomalyDetectorArn", &p::STRING).with(f::REQUIRED)],
);
pub static DELETE_LOG_GROUP_INPUT: Schema = Schema::structure(
    "DeleteLogGroupRequest",
    &[Member::new("logGroupName", &p::STRING).with(f::REQUIRED)],
);
pub static DELETE_LOG_STREAM_INPUT: Schema = Schema::structure(
    "DeleteLogStreamRequest",
    &[
        Member::new("logGroupName", &p::STRING).with(f::REQUIRED),
        Member::new("logStreamName", &p::STRING).with(f::REQUIRED),
    ],
);
pub static DELETE_LOOKUP_TABLE_INPUT: Schema = Schema::structure(
    "DeleteLookupTableRequest",
    &[Member::new("lookupTableArn", &p::STRING).with(f::REQUIRED)],
);
pub static DELETE_METRIC_FILTER_INPUT: Schema = Schema::structure(
    "DeleteMetricFilterRequest",
    &[
        Member::new("logGroupName", &p::STRING).with(f::REQUIRED),
        Member::new("filterName", &p::STRING).with(f::REQUIRED),
    ],
);
pub static DELETE_QUERY_DEFINITION_INPUT: Schema = Schema::structure(
    "DeleteQueryDefinitionRequest",
    &[Member::new("queryDefinitionId", &p::STRING).with(f::REQUIRED)],
);
pub static DELETE_QUERY_DEFINITION_OUTPUT: Schema = Schema::structure(
    "DeleteQueryDefinitionResponse",
    &[Member::new("success", &p::BOOLEAN)],
);
pub static DELETE_RESOURCE_POLICY_INPUT: Schema = Schema::structure(
    "DeleteResourcePolicyRequest",
    &[
        Member::new("policyName", &p::STRING),
        Member::new("resourceArn", &p::STRING),
        Member::new("expectedRevisionId", &p::STRING),
    ],
);
pub static DELETE_RETENTION_POLICY_INPUT: Schema = Schema::structure(
    "DeleteRetentionPolicyRequest",
    &[Member::new("logGroupName", &p::STRING).with(f::REQUIRED)],
);
pub static DELETE_SCHEDULED_QUERY_INPUT: Schema = Schema::structure(
    "DeleteScheduledQueryRequest",
    &[Member::new("identifier", &p::STRING).with(f::REQUIRED)],
);
pub static DELETE_SCHEDULED_QUERY_OUTPUT: Schema = Schema::structure(
    "DeleteScheduledQueryResponse",
    &[],
);
pub static DELETE_SUBSCRIPTION_FILTER_INPUT: Schema = Schema::structure(
    "DeleteSubscriptionFilterRequest",
    &[
        Member::new("logGroupName", &p::STRING).with(f::REQUIRED),
        Member::new("filterName", &p::STRING).with(f::REQUIRED),
    ],
);
pub static DELETE_SYSLOG_CONFIGURATION_INPUT: Schema = Schema::structure(
    "DeleteSyslogConfigurationRequest",
    &[
        Member::new("logGroupIdentifier", &p::STRING).with(f::REQUIRED),
        Member::new("vpcEndpointId", &p::STRING),
    ],
);
pub static DELETE_TRANSFORMER_INPUT: Schema = Schema::structure(
    "DeleteTransformerRequest",
    &[Member::new("logGroupIdentifier", &p::STRING).with(f::REQUIRED)],
);
pub static DELETE_WITH_KEYS: Schema = Schema::list(
    "DeleteWithKeys",
    &[Member::new("member", &p::STRING)],
);
pub static DELIVERIES: Schema = Schema::list(
    "Deliveries",
    &[Member::new("member", &DELIVERY)],
);
pub static DELIVERY: Schema = Schema::structure(
    "Delivery",
    &[
        Member::new("id", &p::STRING),
        Member::new("arn", &p::STRING),
        Member::new("deliverySourceName", &p::STRING),
        Member::new("deliveryDestinationArn", &p::STRING),
        Member::new("deliveryDestinationType", &p::STRING),
        Member::new("recordFields", &RECORD_FIELDS),
        Member::new("fieldDelimiter", &p::STRING),
        Member::new("s3DeliveryConfiguration", &S3_DELIVERY_CONFIGURATION),
        Member::new("tags", &TAGS),
    ],
);
pub static DELIVERY_DESTINATION: Schema = Schema::structure(
    "DeliveryDestination",
    &[
        Member::new("name", &p::STRING),
        Member::new("arn", &p::STRING),
        Member::new("deliveryDestinationType", &p::STRING),
        Member::new("outputFormat", &p::STRING),
        Member::new(
            "deliveryDestinationConfiguration",
            &DELIVERY_DESTINATION_CONFIGURATION,
        ),
        Member::new("roleArn", &p::STRING),
        Member::new("tags", &TAGS),
    ],
);
pub static DELIVERY_DESTINATION_CONFIGURATION: Schema = Schema::structure(
    "DeliveryDestinationConfiguration",
    &[Member::new("destinationResourceArn", &p::STRING).with(f::REQUIRED)],
);
pub static DELIVERY_DESTINATION_NAMES: Schema = Schema::list(
    "DeliveryDestinationNames",
    &[Member::new("member", &p::STRING)],
);
pub static DELIVERY_DESTINATION_TYPES: Schema = Schema::list(
    "DeliveryDestinationTypes",
    &[Member::new("member", &p::STRING)],
);
pub static DELIVERY_DESTINATIONS: Schema = Schema::list(
    "DeliveryDestinations",
    &[Member::new("member", &DELIVERY_DESTINATION)],
);
pub static DELIVERY_SOURCE: Schema = Schema::structure(
    "DeliverySource",
    &[
        Member::new("name", &p::STRING),
        Member::new("arn", &p::STRING),
        Member::new("resourceArns", &RESOURCE_ARNS),
        Member::new("service", &p::STRING),
        Member::new("logType", &p::STRING),
        Member::new("tags", &TAGS),
        Member::new("deliverySourceConfiguration", &DELIVERY_SOURCE_CONFIGURATION),
        Member::new("status", &p::STRING),
        Member::new("statusReason", &p::STRING),
    ],
);
pub static DELIVERY_SOURCE_CONFIGURATION: Schema = Schema::map(
    "DeliverySourceConfiguration",
    &[Member::new("key", &p::STRING), Member::new("value", &p::STRING)],
);
pub static DELIVERY_SOURCE_CONFIGURATION_SCHEMA: Schema = Schema::structure(
    "DeliverySourceConfigurationSchema",
    &[
        Member::new("keyName", &p::STRING).with(f::REQUIRED),
        Member::new("valueType", &p::STRING).with(f::REQUIRED),
        Member::new("defaultValue", &p::STRING).with(f::REQUIRED),
        Member::new("supportedValues", &DELIVERY_SOURCE_CONFIGURATION_SUPPORTED_VALUES),
        Member::new("minValue", &p::DOUBLE),
        Member::new("maxValue", &p::DOUBLE),
    ],
);
pub static DELIVERY_SOURCE_CONFIGURATION_SCHEMAS: Schema = Schema::list(
    "DeliverySourceConfigurationSchemas",
    &[Member::new("member", &DELIVERY_SOURCE_CONFIGURATION_SCHEMA)],
);
pub static DELIVERY_SOURCE_CONFIGURATION_SUPPORTED_VALUES: Schema = Schema::list(
    "DeliverySourceConfigurationSupportedValues",
    &[Member::new("member", &p::STRING)],
);
pub static DELIVERY_SOURCE_NAMES: Schema = Schema::list(
    "DeliverySourceNames",
    &[Member::new("member", &p::STRING)],
);
pub static DELIVERY_SOURCES: Schema = Schema::list(
    "DeliverySources",
    &[Member::new("member", &DELIVERY_SOURCE)],
);
pub static DESCRIBE_ACCOUNT_POLICIES_INPUT: Schema = Schema::structure(
    "DescribeAccountPoliciesRequest",
    &[
        Member::new("policyType", &p::STRING).with(f::REQUIRED),
        Member::new("policyName", &p::STRING),
        Member::new("accountIdentifiers", &ACCOUNT_IDS),
        Member::new("nextToken", &p::STRING),
    ],
);
pub static DESCRIBE_ACCOUNT_POLICIES_OUTPUT: Schema = Schema::structure(
    "DescribeAccountPoliciesResponse",
    &[
        Member::new("accountPolicies", &ACCOUNT_POLICIES),
        Member::new("nextToken", &p::STRING),
    ],
);
pub static DESCRIBE_CONFIGURATION_TEMPLATES_INPUT: Schema = Schema::structure(
    "DescribeConfigurationTemplatesRequest",
    &[
        Member::new("service", &p::STRING),
        Member::new("logTypes", &LOG_TYPES),
        Member::new("resourceTypes", &RESOURCE_TYPES),
        Member::new("deliveryDestinationTypes", &DELIVERY_DESTINATION_TYPES),
        Member::new("nextToken", &p::STRING),
        Member::new("limit", &p::INTEGER),
    ],
);
pub static DESCRIBE_CONFIGURATION_TEMPLATES_OUTPUT: Schema = Schema::structure(
    "DescribeConfigurationTemplatesResponse",
    &[
        Member::new("configurationTemplates", &CONFIGURATION_TEMPLATES),
        Member::new("nextToken", &p::STRING),
    ],
);
pub static DESCRIBE_DELIVERIES_INPUT: Schema = Schema::structure(
    "DescribeDeliveriesRequest",
    &[
        Member::new("nextToken", &p::STRING),
        Member::new("limit", &p::INTEGER),
        Member::new("deliverySourceNames", &DELIVERY_SOURCE_NAMES),
    ],
);
pub static DESCRIBE_DELIVERIES_OUTPUT: Schema = Schema::structure(
    "DescribeDeliveriesResponse",
    &[Member::new("deliveries", &DELIVERIES), Member::new("nextToken", &p::STRING)],
);
pub static DESCRIBE_DELIVERY_DESTINATIONS_INPUT: Schema = Schema::structure(
    "DescribeDeliveryDestinationsRequest",
    &[
        Member::new("nextToken", &p::STRING),
        Member::new("limit", &p::INTEGER),
        Member::new("names", &DELIVERY_DESTINATION_NAMES),
    ],
);
pub static DESCRIBE_DELIVERY_DESTINATIONS_OUTPUT: Schema = Schema::structure(
    "DescribeDeliveryDestinationsResponse",
    &[
        Member::new("deliveryDestinations", &DELIVERY_DESTINATIONS),
        Member::new("nextToken", &p::STRING),
    ],
);
pub static DESCRIBE_DELIVERY_SOURCES_INPUT: Schema = Schema::structure(
    "DescribeDeliverySourcesRequest",
    &[
        Member::new("nextToken", &p::STRING),
        Member::new("limit", &p::INTEGER),
        Member::new("resourceArns", &FILTER_RESOURCE_ARNS),
    ],
);
pub static DESCRIBE_DELIVERY_SOURCES_OUTPUT: Schema = Schema::structure(
    "DescribeDeliverySourcesResponse",
    &[
        Member::new("deliverySources", &DELIVERY_SOURCES),
        Member::new("nextToken", &p::STRING),
    ],
);
pub static DESCRIBE_DESTINATIONS_INPUT: Schema = Schema::structure(
    "DescribeDestinationsRequest",
    &[
        Member::new("DestinationNamePrefix", &p::STRING),
        Member::new("nextToken", &p::STRING),
        Member::new("limit", &p::INTEGER),
    ],
);
pub static DESCRIBE_DESTINATIONS_OUTPUT: Schema = Schema::structure(
    "DescribeDestinationsResponse",
    &[Member::new("destinations", &DESTINATIONS), Member::new("nextToken", &p::STRING)],
);
pub static DESCRIBE_EXPORT_TASKS_INPUT: Schema = Schema::structure(
    "DescribeExportTasksRequest",
    &[
        Member::new("taskId", &p::STRING),
        Member::new("statusCode", &p::STRING),
        Member::new("nextToken", &p::STRING),
        Member::new("limit", &p::INTEGER),
    ],
);
pub static DESCRIBE_EXPORT_TASKS_OUTPUT: Schema = Schema::structure(
    "DescribeExportTasksResponse",
    &[Member::new("exportTasks", &EXPORT_TASKS), Member::new("nextToken", &p::STRING)],
);
pub static DESCRIBE_FIELD_INDEXES_LOG_GROUP_IDENTIFIERS: Schema = Schema::list(
    "DescribeFieldIndexesLogGroupIdentifiers",
    &[Member::new("member", &p::STRING)],
);
pub static DESCRIBE_FIELD_INDEXES_INPUT: Schema = Schema::structure(
    "DescribeFieldIndexesRequest",
    &[
        Member::new("logGroupIdentifiers", &DESCRIBE_FIELD_INDEXES_LOG_GROUP_IDENTIFIERS)
            .with(f::REQUIRED),
        Member::new("indexCategories", &INDEX_CATEGORIES),
        Member::new("nextToken", &p::STRING),
    ],
);
pub static DESCRIBE_FIELD_INDEXES_OUTPUT: Schema = Schema::structure(
    "DescribeFieldIndexesResponse",
    &[Member::new("fieldIndexes", &FIELD_INDEXES), Member::new("nextToken", &p::STRING)],
);
pub static DESCRIBE_IMPORT_TASK_BATCHES_INPUT: Schema = Schema::structure(
    "DescribeImportTaskBatchesRequest",
    &[
        Member::new("importId", &p::STRING).with(f::REQUIRED),
        Member::new("batchImportStatus", &IMPORT_STATUS_LIST),
        Member::new("limit", &p::INTEGER),
        Member::new("nextToken", &p::STRING),
    ],
);
pub static DESCRIBE_IMPORT_TASK_BATCHES_OUTPUT: Schema = Schema::structure(
    "DescribeImportTaskBatchesResponse",
    &[
        Member::new("importSourceArn", &p::STRING),
        Member::new("importId", &p::STRING),
        Member::new("importBatches", &IMPORT_BATCH_LIST),
        Member::new("nextToken", &p::STRING),
    ],
);
pub static DESCRIBE_IMPORT_TASKS_INPUT: Schema = Schema::structure(
    "DescribeImportTasksRequest",
    &[
        Member::new("importId", &p::STRING),
        Member::new("importStatus", &p::STRING),
        Member::new("importSourceArn", &p::STRING),
        Member::new("limit", &p::INTEGER),
        Member::new("nextToken", &p::STRING),
    ],
);
pub static DESCRIBE_IMPORT_TASKS_OUTPUT: Schema = Schema::structure(
    "DescribeImportTasksResponse",
    &[Member::new("imports", &IMPORT_LIST), Member::new("nextToken", &p::STRING)],
);
pub static DESCRIBE_INDEX_POLICIES_LOG_GROUP_IDENTIFIERS: Schema = Schema::list(
    "DescribeIndexPoliciesLogGroupIdentifiers",
    &[Member::new("member", &p::STRING)],
);
pub static DESCRIBE_INDEX_POLICIES_INPUT: Schema = Schema::structure(
    "DescribeIndexPoliciesRequest",
    &[
        Member::new(
                "logGroupIdentifiers",
                &DESCRIBE_INDEX_POLICIES_LOG_GROUP_IDENTIFIERS,
            )
            .with(f::REQUIRED),
        Member::new("nextToken", &p::STRING),
    ],
);
pub static DESCRIBE_INDEX_POLICIES_OUTPUT: Schema = Schema::structure(
    "DescribeIndexPoliciesResponse",
    &[
        Member::new("indexPolicies", &INDEX_POLICIES),
        Member::new("nextToken", &p::STRING),
    ],
);
pub static DESCRIBE_LOG_GROUPS_LOG_GROUP_IDENTIFIERS: Schema = Schema::list(
    "DescribeLogGroupsLogGroupIdentifiers",
    &[Member::new("member", &p::STRING)],
);
pub static DESCRIBE_LOG_GROUPS_INPUT: Schema = Schema::structure(
    "DescribeLogGroupsRequest",
    &[
        Member::new("accountIdentifiers", &ACCOUNT_IDS),
        Member::new("logGroupNamePrefix", &p::STRING),
        Member::new("logGroupNamePattern", &p::STRING),
        Member::new("nextToken", &p::STRING),
        Member::new("limit", &p::INTEGER),
        Member::new("includeLinkedAccounts", &p::BOOLEAN),
        Member::new("logGroupClass", &p::STRING),
        Member::new("logGroupIdentifiers", &DESCRIBE_LOG_GROUPS_LOG_GROUP_IDENTIFIERS),
    ],
);
pub static DESCRIBE_LOG_GROUPS_OUTPUT: Schema = Schema::structure(
    "DescribeLogGroupsResponse",
    &[Member::new("logGroups", &LOG_GROUPS), Member::new("nextToken", &p::STRING)],
);
pub static DESCRIBE_LOG_STREAMS_INPUT: Schema = Schema::structure(
    "DescribeLogStreamsRequest",
    &[
        Member::new("logGroupName", &p::STRING),
        Member::new("logGroupIdentifier", &p::STRING),
        Member::new("logStreamNamePrefix", &p::STRING),
        Member::new("orderBy", &p::STRING),
        Member::new("descending", &p::BOOLEAN),
        Member::new("nextToken", &p::STRING),
        Member::new("limit", &p::INTEGER),
    ],
);
pub static DESCRIBE_LOG_STREAMS_OUTPUT: Schema = Schema::structure(
    "DescribeLogStreamsResponse",
    &[Member::new("logStreams", &LOG_STREAMS), Member::new("nextToken", &p::STRING)],
);
pub static DESCRIBE_LOOKUP_TABLES_INPUT: Schema = Schema::structure(
    "DescribeLookupTablesRequest",
    &[
        Member::new("lookupTableNamePrefix", &p::STRING),
        Member::new("maxResults", &p::INTEGER),
        Member::new("nextToken", &p::STRING),
    ],
);
pub static DESCRIBE_LOOKUP_TABLES_OUTPUT: Schema = Schema::structure(
    "DescribeLookupTablesResponse",
    &[Member::new("lookupTables", &LOOKUP_TABLES), Member::new("nextToken", &p::STRING)],
);
pub static DESCRIBE_METRIC_FILTERS_INPUT: Schema = Schema::structure(
    "DescribeMetricFiltersRequest",
    &[
        Member::new("logGroupName", &p::STRING),
        Member::new("filterNamePrefix", &p::STRING),
        Member::new("nextToken", &p::STRING),
        Member::new("limit", &p::INTEGER),
        Member::new("metricName", &p::STRING),
        Member::new("metricNamespace", &p::STRING),
    ],
);
pub static DESCRIBE_METRIC_FILTERS_OUTPUT: Schema = Schema::structure(
    "DescribeMetricFiltersResponse",
    &[
        Member::new("metricFilters", &METRIC_FILTERS),
        Member::new("nextToken", &p::STRING),
    ],
);
pub static DESCRIBE_QUERIES_INPUT: Schema = Schema::structure(
    "DescribeQueriesRequest",
    &[
        Member::new("logGroupName", &p::STRING),
        Member::new("status", &p::STRING),
        Member::new("maxResults", &p::INTEGER),
        Member::new("nextToken", &p::STRING),
        Member::new("queryLanguage", &p::STRING),
    ],
);
pub static DESCRIBE_QUERIES_OUTPUT: Schema = Schema::structure(
    "DescribeQueriesResponse",
    &[Member::new("queries", &QUERY_INFO_LIST), Member::new("nextToken", &p::STRING)],
);
pub static DESCRIBE_QUERY_DEFINITIONS_INPUT: Schema = Schema::structure(
    "DescribeQueryDefinitionsRequest",
    &[
        Member::new("queryLanguage", &p::STRING),
        Member::new("queryDefinitionNamePrefix", &p::STRING),
        Member::new("maxResults", &p::INTEGER),
        Member::new("nextToken", &p::STRING),
    ],
);
pub static DESCRIBE_QUERY_DEFINITIONS_OUTPUT: Schema = Schema::structure(
    "DescribeQueryDefinitionsResponse",
    &[
        Member::new("queryDefinitions", &QUERY_DEFINITION_LIST),
        Member::new("nextToken", &p::STRING),
    ],
);
pub static DESCRIBE_RESOURCE_POLICIES_INPUT: Schema = Schema::structure(
    "DescribeResourcePoliciesRequest",
    &[
        Member::new("nextToken", &p::STRING),
        Member::new("limit", &p::INTEGER),
        Member::new("resourceArn", &p::STRING),
        Member::new("policyScope", &p::STRING),
    ],
);
pub static DESCRIBE_RESOURCE_POLICIES_OUTPUT: Schema = Schema::structure(
    "DescribeResourcePoliciesResponse",
    &[
        Member::new("resourcePolicies", &RESOURCE_POLICIES),
        Member::new("nextToken", &p::STRING),
    ],
);
pub static DESCRIBE_SUBSCRIPTION_FILTERS_INPUT: Schema = Schema::structure(
    "DescribeSubscriptionFiltersRequest",
    &[
        Member::new("logGroupName", &p::STRING).with(f::REQUIRED),
        Member::new("filterNamePrefix", &p::STRING),
        Member::new("nextToken", &p::STRING),
        Member::new("limit", &p::INTEGER),
    ],
);
pub static DESCRIBE_SUBSCRIPTION_FILTERS_OUTPUT: Schema = Schema::structure(
    "DescribeSubscriptionFiltersResponse",
    &[
        Member::new("subscriptionFilters", &SUBSCRIPTION_FILTERS),
        Member::new("nextToken", &p::STRING),
    ],
);
pub static DESTINATION: Schema = Schema::structure(
    "Destination",
    &[
        Member::new("destinationName", &p::STRING),
        Member::new("targetArn", &p::STRING),
        Member::new("roleArn", &p::STRING),
        Member::new("accessPolicy", &p::STRING),
        Member::new("arn", &p::STRING),
        Member::new("creationTime", &p::LONG),
    ],
);
pub static DESTINATION_CONFIGURATION: Schema = Schema::structure(
    "DestinationConfiguration",
    &[
        Member::new("s3Configuration", &S3_CONFIGURATION),
        Member::new("lookupTableConfiguration", &LOOKUP_TABLE_CONFIGURATION),
    ],
);
pub static DESTINATIONS: Schema = Schema::list(
    "Destinations",
    &[Member::new("member", &DESTINATION)],
);
pub static DIMENSIONS: Schema = Schema::map(
    "Dimensions",
    &[Member::new("key", &p::STRING), Member::new("value", &p::STRING)],
);
pub static DISASSOCIATE_KMS_KEY_INPUT: Schema = Schema::structure(
    "DisassociateKmsKeyRequest",
    &[
        Member::new("logGroupName", &p::STRING),
        Member::new("resourceIdentifier", &p::STRING),
    ],
);
pub static DISASSOCIATE_SOURCE_FROM_S3_TABLE_INTEGRATION_INPUT: Schema = Schema::structure(
    "DisassociateSourceFromS3TableIntegrationRequest",
    &[Member::new("identifier", &p::STRING).with(f::REQUIRED)],
);
pub static DISASSOCIATE_SOURCE_FROM_S3_TABLE_INTEGRATION_OUTPUT: Schema = Schema::structure(
    "DisassociateSourceFromS3TableIntegrationResponse",
    &[Member::new("identifier", &p::STRING)],
);
pub static DRY_RUN_RESULT: Schema = Schema::structure(
    "DryRunResult",
    &[
        Member::new("totalMatchedLogGroups", &p::INTEGER),
        Member::new("increasedRetentionLogGroupCount", &p::INTEGER),
        Member::new("decreasedRetentionLogGroupCount", &p::INTEGER),
        Member::new("unchangedRetentionLogGroupCount", &p::INTEGER),
        Member::new("failedAnalysisCount", &p::INTEGER),
        Member::new("topLogGroupsImpacted", &LOG_GROUP_IMPACTS),
    ],
);
pub static EMIT_SYSTEM_FIELDS: Schema = Schema::list(
    "EmitSystemFields",
    &[Member::new("member", &p::STRING)],
);
pub static ENTITY: Schema = Schema::structure(
    "Entity",
    &[
        Member::new("keyAttributes", &ENTITY_KEY_ATTRIBUTES),
        Member::new("attributes", &ENTITY_ATTRIBUTES),
    ],
);
pub static ENTITY_ATTRIBUTES: Schema = Schema::map(
    "EntityAttributes",
    &[Member::new("key", &p::STRING), Member::new("value", &p::STRING)],
);
pub static ENTITY_KEY_ATTRIBUTES: Schema = Schema::map(
    "EntityKeyAttributes",
    &[Member::new("key", &p::STRING), Member::new("value", &p::STRING)],
);
pub static ENUMERATIONS: Schema = Schema::map(
    "Enumerations",
    &[Member::new("key", &p::STRING), Member::new("value", &p::LONG)],
);
pub static EXECUTION_STATUS_LIST: Schema = Schema::list(
    "ExecutionStatusList",
    &[Member::new("member", &p::STRING)],
);
pub static EXPORT_TASK: Schema = Schema::structure(
    "ExportTask",
    &[
        Member::new("taskId", &p::STRING),
        Member::new("taskName", &p::STRING),
        Member::new("logGroupName", &p::STRING),
        Member::new("from", &p::LONG),
        Member::new("to", &p::LONG),
        Member::new("destination", &p::STRING),
        Member::new("destinationPrefix", &p::STRING),
        Member::new("status", &EXPORT_TASK_STATUS),
        Member::new("executionInfo", &EXPORT_TASK_EXECUTION_INFO),
    ],
);
pub static EXPORT_TASK_EXECUTION_INFO: Schema = Schema::structure(
    "ExportTaskExecutionInfo",
    &[Member::new("creationTime", &p::LONG), Member::new("completionTime", &p::LONG)],
);
pub static EXPORT_TASK_STATUS: Schema = Schema::structure(
    "ExportTaskStatus",
    &[Member::new("code", &p::STRING), Member::new("message", &p::STRING)],
);
pub static EXPORT_TASKS: Schema = Schema::list(
    "ExportTasks",
    &[Member::new("member", &EXPORT_TASK)],
);
pub static EXTRACTED_VALUES: Schema = Schema::map(
    "ExtractedValues",
    &[Member::new("key", &p::STRING), Member::new("value", &p::STRING)],
);
pub static FIELD_INDEX: Schema = Schema::structure(
    "FieldIndex",
    &[
        Member::new("logGroupIdentifier", &p::STRING),
        Member::new("fieldIndexName", &p::STRING),
        Member::new("lastScanTime", &p::LONG),
        Member::new("firstEventTime", &p::LONG),
        Member::new("lastEventTime", &p::LONG),
        Member::new("type", &p::STRING),
        Member::new("indexCategory", &p::STRING),
    ],
);
pub static FIELD_INDEX_NAMES: Schema = Schema::list(
    "FieldIndexNames",
    &[Member::new("member", &p::STRING)],
);
pub static FIELD_INDEXES: Schema = Schema::list(
    "FieldIndexes",
    &[Member::new("member", &FIELD_INDEX)],
);
pub static FIELDS_DATA: Schema = Schema::structure(
    "FieldsData",
    &[Member::new("data", &p::BLOB)],
);
pub static FILTER_LOG_EVENTS_INPUT: Schema = Schema::structure(
    "FilterLogEventsRequest",
    &[
        Member::new("logGroupName", &p::STRING),
        Member::new("logGroupIdentifier", &p::STRING),
        Member::new("logStreamNames", &INPUT_LOG_STREAM_NAMES),
        Member::new("logStreamNamePrefix", &p::STRING),
        Member::new("startTime", &p::LONG),
        Member::new("endTime", &p::LONG),
        Member::new("filterPattern", &p::STRING),
        Member::new("nextToken", &p::STRING),
        Member::new("limit", &p::INTEGER),
        Member::new("startFromHead", &p::BOOLEAN),
        Member::new("interleaved", &p::BOOLEAN),
        Member::new("unmask", &p::BOOLEAN),
    ],
);
pub static FILTER_LOG_EVENTS_OUTPUT: Schema = Schema::structure(
    "FilterLogEventsResponse",
    &[
        Member::new("events", &FILTERED_LOG_EVENTS),
        Member::new("searchedLogStreams", &SEARCHED_LOG_STREAMS),
        Member::new("nextToken", &p::STRING),
    ],
);
pub static FILTER_RESOURCE_ARNS: Schema = Schema::list(
    "FilterResourceArns",
    &[Member::new("member", &p::STRING)],
);
pub static FILTERED_LOG_EVENT: Schema = Schema::structure(
    "FilteredLogEvent",
    &[
        Member::new("logStreamName", &p::STRING),
        Member::new("timestamp", &p::LONG),
        Member::new("message", &p::STRING),
        Member::new("ingestionTime", &p::LONG),
        Member::new("eventId", &p::STRING),
    ],
);
pub static FILTERED_LOG_EVENTS: Schema = Schema::list(
    "FilteredLogEvents",
    &[Member::new("member", &FILTERED_LOG_EVENT)],
);
pub static GET_DATA_PROTECTION_POLICY_INPUT: Schema = Schema::structure(
    "GetDataProtectionPolicyRequest",
    &[Member::new("logGroupIdentifier", &p::STRING).with(f::REQUIRED)],
);
pub static GET_DATA_PROTECTION_POLICY_OUTPUT: Schema = Schema::structure(
    "GetDataProtectionPolicyResponse",
    &[
        Member::new("logGroupIdentifier", &p::STRING),
        Member::new("policyDocument", &p::STRING),
        Member::new("lastUpdatedTime", &p::LONG),
    ],
);
pub static GET_DELIVERY_DESTINATION_POLICY_INPUT: Schema = Schema::structure(
    "GetDeliveryDestinationPolicyRequest",
    &[Member::new("deliveryDestinationName", &p::STRING).with(f::REQUIRED)],
);
pub static GET_DELIVERY_DESTINATION_POLICY_OUTPUT: Schema = Schema::structure(
    "GetDeliveryDestinationPolicyResponse",
    &[Member::new("policy", &POLICY)],
);
pub static GET_DELIVERY_DESTINATION_INPUT: Schema = Schema::structure(
    "GetDeliveryDestinationRequest",
    &[Member::new("name", &p::STRING).with(f::REQUIRED)],
);
pub static GET_DELIVERY_DESTINATION_OUTPUT: Schema = Schema::structure(
    "GetDeliveryDestinationResponse",
    &[Member::new("deliveryDestination", &DELIVERY_DESTINATION)],
);
pub static GET_DELIVERY_INPUT: Schema = Schema::structure(
    "GetDeliveryRequest",
    &[Member::new("id", &p::STRING).with(f::REQUIRED)],
);
pub static GET_DELIVERY_OUTPUT: Schema = Schema::structure(
    "GetDeliveryResponse",
    &[Member::new("delivery", &DELIVERY)],
);
pub static GET_DELIVERY_SOURCE_INPUT: Schema = Schema::structure(
    "GetDeliverySourceRequest",
    &[Member::new("name", &p::STRING).with(f::REQUIRED)],
);
pub static GET_DELIVERY_SOURCE_OUTPUT: Schema = Schema::structure(
    "GetDeliverySourceResponse",
    &[Member::new("deliverySource", &DELIVERY_SOURCE)],
);
pub static GET_INTEGRATION_INPUT: Schema = Schema::structure(
    "GetIntegrationRequest",
    &[Member::new("integrationName", &p::STRING).with(f::REQUIRED)],
);
pub static GET_INTEGRATION_OUTPUT: Schema = Schema::structure(
    "GetIntegrationResponse",
    &[
        Member::new("integrationName", &p::STRING),
        Member::new("integrationType", &p::STRING),
        Member::new("integrationStatus", &p::STRING),
        Member::new("integrationDetails", &INTEGRATION_DETAILS),
    ],
);
pub static GET_LOG_ANOMALY_DETECTOR_INPUT: Schema = Schema::structure(
    "GetLogAnomalyDetectorRequest",
    &[Member::new("anomalyDetectorArn", &p::STRING).with(f::REQUIRED)],
);
pub static GET_LOG_ANOMALY_DETECTOR_OUTPUT: Schema = Schema::structure(
    "GetLogAnomalyDetectorResponse",
    &[
        Member::new("detectorName", &p::STRING),
        Member::new("logGroupArnList", &LOG_GROUP_ARN_LIST),
        Member::new("evaluationFrequency", &p::STRING),
        Member::new("filterPattern", &p::STRING),
        Member::new("anomalyDetectorStatus", &p::STRING),
        Member::new("kmsKeyId", &p::STRING),
        Member::new("creationTimeStamp", &p::LONG),
        Member::new("lastModifiedTimeStamp", &p::LONG),
        Member::new("anomalyVisibilityTime", &p::LONG),
    ],
);
pub static GET_LOG_EVENTS_INPUT: Schema = Schema::structure(
    "GetLogEventsRequest",
    &[
        Member::new("logGroupName", &p::STRING),
        Member::new("logGroupIdentifier", &p::STRING),
        Member::new("logStreamName", &p::STRING).with(f::REQUIRED),
        Member::new("startTime", &p::LONG),
        Member::new("endTime", &p::LONG),
        Member::new("nextToken", &p::STRING),
        Member::new("limit", &p::INTEGER),
        Member::new("startFromHead", &p::BOOLEAN),
        Member::new("unmask", &p::BOOLEAN),
    ],
);
pub static GET_LOG_EVENTS_OUTPUT: Schema = Schema::structure(
    "GetLogEventsResponse",
    &[
        Member::new("events", &OUTPUT_LOG_EVENTS),
        Member::new("nextForwardToken", &p::STRING),
        Member::new("nextBackwardToken", &p::STRING),
    ],
);
pub static GET_LOG_FIELDS_INPUT: Schema = Schema::structure(
    "GetLogFieldsRequest",
    &[
        Member::new("dataSourceName", &p::STRING).with(f::REQUIRED),
        Member::new("dataSourceType", &p::STRING).with(f::REQUIRED),
    ],
);
pub static GET_LOG_FIELDS_OUTPUT: Schema = Schema::structure(
    "GetLogFieldsResponse",
    &[Member::new("logFields", &LOG_FIELDS_LIST)],
);
pub static GET_LOG_GROUP_FIELDS_INPUT: Schema = Schema::structure(
    "GetLogGroupFieldsRequest",
    &[
        Member::new("logGroupName", &p::STRING),
        Member::new("time", &p::LONG),
        Member::new("logGroupIdentifier", &p::STRING),
    ],
);
pub static GET_LOG_GROUP_FIELDS_OUTPUT: Schema = Schema::structure(
    "GetLogGroupFieldsResponse",
    &[Member::new("logGroupFields", &LOG_GROUP_FIELD_LIST)],
);
pub static GET_LOG_OBJECT_INPUT: Schema = Schema::structure(
    "GetLogObjectRequest",
    &[
        Member::new("unmask", &p::BOOLEAN),
        Member::new("logObjectPointer", &p::STRING).with(f::REQUIRED),
    ],
);
pub static GET_LOG_OBJECT_OUTPUT: Schema = Schema::structure(
    "GetLogObjectResponse",
    &[Member::new("fieldStream", &GET_LOG_OBJECT_RESPONSE_STREAM).with(f::EVENT_STREAM)],
);
pub static GET_LOG_OBJECT_RESPONSE_STREAM: Schema = Schema::union(
        "GetLogObjectResponseStream",
        &[
            Member::new("fields", &FIELDS_DATA),
            Member::new("InternalStreamingException", &INTERNAL_STREAMING_EXCEPTION),
        ],
    )
    .with(f::EVENT_STREAM);
pub static GET_LOG_RECORD_INPUT: Schema = Schema::structure(
    "GetLogRecordRequest",
    &[
        Member::new("logRecordPointer", &p::STRING).with(f::REQUIRED),
        Member::new("unmask", &p::BOOLEAN),
    ],
);
pub static GET_LOG_RECORD_OUTPUT: Schema = Schema::structure(
    "GetLogRecordResponse",
    &[Member::new("logRecord", &LOG_RECORD)],
);
pub static GET_LOOKUP_TABLE_INPUT: Schema = Schema::structure(
    "GetLookupTableRequest",
    &[Member::new("lookupTableArn", &p::STRING).with(f::REQUIRED)],
);
pub static GET_LOOKUP_TABLE_OUTPUT: Schema = Schema::structure(
    "GetLookupTableResponse",
    &[
        Member::new("lookupTableArn", &p::STRING),
        Member::new("lookupTableName", &p::STRING),
        Member::new("description", &p::STRING),
        Member::new("tableBody", &p::STRING),
        Member::new("sizeBytes", &p::LONG),
        Member::new("lastUpdatedTime", &p::LONG),
        Member::new("kmsKeyId", &p::STRING),
    ],
);
pub static GET_QUERY_RESULTS_INPUT: Schema = Schema::structure(
    "GetQueryResultsRequest",
    &[
        Member::new("queryId", &p::STRING).with(f::REQUIRED),
        Member::new("nextToken", &p::STRING),
        Member::new("maxItems", &p::INTEGER),
    ],
);
pub static GET_QUERY_RESULTS_OUTPUT: Schema = Schema::structure(
    "GetQueryResultsResponse",
    &[
        Member::new("queryLanguage", &p::STRING),
        Member::new("results", &QUERY_RESULTS),
        Member::new("statistics", &QUERY_STATISTICS),
        Member::new("status", &p::STRING),
        Member::new("encryptionKey", &p::STRING),
        Member::new("nextToken", &p::STRING),
    ],
);
pub static GET_SCHEDULED_QUERY_HISTORY_INPUT: Schema = Schema::structure(
    "GetScheduledQueryHistoryRequest",
    &[
        Member::new("identifier", &p::STRING).with(f::REQUIRED),
        Member::new("startTime", &p::LONG).with(f::REQUIRED),
        Member::new("endTime", &p::LONG).with(f::REQUIRED),
        Member::new("executionStatuses", &EXECUTION_STATUS_LIST),
        Member::new("maxResults", &p::INTEGER),
        Member::new("nextToken", &p::STRING),
    ],
);
pub static GET_SCHEDULED_QUERY_HISTORY_OUTPUT: Schema = Schema::structure(
    "GetScheduledQueryHistoryResponse",
    &[
        Member::new("name", &p::STRING),
        Member::new("scheduledQueryArn", &p::STRING),
        Member::new("triggerHistory", &TRIGGER_HISTORY_RECORD_LIST),
        Member::new("nextToken", &p::STRING),
    ],
);
pub static GET_SCHEDULED_QUERY_INPUT: Schema = Schema::structure(
    "GetScheduledQueryRequest",
    &[Member::new("identifier", &p::STRING).with(f::REQUIRED)],
);
pub static GET_SCHEDULED_QUERY_OUTPUT: Schema = Schema::structure(
    "GetScheduledQueryResponse",
    &[
        Member::new("scheduledQueryArn", &p::STRING),
        Member::new("name", &p::STRING),
        Member::new("description", &p::STRING),
        Member::new("queryLanguage", &p::STRING),
        Member::new("queryString", &p::STRING),
        Member::new("logGroupIdentifiers", &SCHEDULED_QUERY_LOG_GROUP_IDENTIFIERS),
        Member::new("scheduleExpression", &p::STRING),
        Member::new("timezone", &p::STRING),
        Member::new("startTimeOffset", &p::LONG),
        Member::new("endTimeOffset", &p::LONG),
        Member::new("destinationConfiguration", &DESTINATION_CONFIGURATION),
        Member::new("state", &p::STRING),
        Member::new("scheduleType", &p::STRING),
        Member::new("lastTriggeredTime", &p::LONG),
        Member::new("lastExecutionStatus", &p::STRING),
        Member::new("scheduleStartTime", &p::LONG),
        Member::new("scheduleEndTime", &p::LONG),
        Member::new("executionRoleArn", &p::STRING),
        Member::new("creationTime", &p::LONG),
        Member::new("lastUpdatedTime", &p::LONG),
    ],
);
pub static GET_STORAGE_TIER_POLICY_INPUT: Schema = Schema::structure(
    "GetStorageTierPolicyRequest",
    &[],
);
pub static GET_STORAGE_TIER_POLICY_OUTPUT: Schema = Schema::structure(
    "GetStorageTierPolicyResponse",
    &[Member::new("storageTier", &p::STRING), Member::new("lastUpdatedTime", &p::LONG)],
);
pub static GET_TRANSFORMER_INPUT: Schema = Schema::structure(
    "GetTransformerRequest",
    &[Member::new("logGroupIdentifier", &p::STRING).with(f::REQUIRED)],
);
pub static GET_TRANSFORMER_OUTPUT: Schema = Schema::structure(
    "GetTransformerResponse",
    &[
        Member::new("logGroupIdentifier", &p::STRING),
        Member::new("creationTime", &p::LONG),
        Member::new("lastModifiedTime", &p::LONG),
        Member::new("transformerConfig", &PROCESSORS),
    ],
);
pub static GROK: Schema = Schema::structure(
    "Grok",
    &[
        Member::new("source", &p::STRING),
        Member::new("match", &p::STRING).with(f::REQUIRED),
    ],
);
pub static GROUPING_IDENTIFIER: Schema = Schema::structure(
    "GroupingIdentifier",
    &[Member::new("key", &p::STRING), Member::new("value", &p::STRING)],
);
pub static GROUPING_IDENTIFIERS: Schema = Schema::list(
    "GroupingIdentifiers",
    &[Member::new("member", &GROUPING_IDENTIFIER)],
);
pub static HISTOGRAM: Schema = Schema::map(
    "Histogram",
    &[Member::new("key", &p::STRING), Member::new("value", &p::LONG)],
);
pub static IMPORT: Schema = Schema::structure(
    "Import",
    &[
        Member::new("importId", &p::STRING),
        Member::new("importSourceArn", &p::STRING),
        Member::new("importStatus", &p::STRING),
        Member::new("importDestinationArn", &p::STRING),
        Member::new("importStatistics", &IMPORT_STATISTICS),
        Member::new("importFilter", &IMPORT_FILTER),
        Member::new("creationTime", &p::LONG),
        Member::new("lastUpdatedTime", &p::LONG),
        Member::new("errorMessage", &p::STRING),
    ],
);
pub static IMPORT_BATCH: Schema = Schema::structure(
    "ImportBatch",
    &[
        Member::new("batchId", &p::STRING).with(f::REQUIRED),
        Member::new("status", &p::STRING).with(f::REQUIRED),
        Member::new("errorMessage", &p::STRING),
    ],
);
pub static IMPORT_BATCH_LIST: Schema = Schema::list(
    "ImportBatchList",
    &[Member::new("member", &IMPORT_BATCH)],
);
pub static IMPORT_FILTER: Schema = Schema::structure(
    "ImportFilter",
    &[Member::new("startEventTime", &p::LONG), Member::new("endEventTime", &p::LONG)],
);
pub static IMPORT_LIST: Schema = Schema::list(
    "ImportList",
    &[Member::new("member", &IMPORT)],
);
pub static IMPORT_STATISTICS: Schema = Schema::structure(
    "ImportStatistics",
    &[Member::new("bytesImported", &p::LONG)],
);
pub static IMPORT_STATUS_LIST: Schema = Schema::list(
    "ImportStatusList",
    &[Member::new("member", &p::STRING)],
);
pub static INDEX_CATEGORIES: Schema = Schema::list(
    "IndexCategories",
    &[Member::new("member", &p::STRING)],
);
pub static INDEX_POLICIES: Schema = Schema::list(
    "IndexPolicies",
    &[Member::new("member", &INDEX_POLICY)],
);
pub static INDEX_POLICY: Schema = Schema::structure(
    "IndexPolicy",
    &[
        Member::new("logGroupIdentifier", &p::STRING),
        Member::new("lastUpdateTime", &p::LONG),
        Member::new("policyDocument", &p::STRING),
        Member::new("policyName", &p::STRING),
        Member::new("source", &p::STRING),
    ],
);
pub static INHERITED_PROPERTIES: Schema = Schema::list(
    "InheritedProperties",
    &[Member::new("member", &p::STRING)],
);
pub static INPUT_LOG_EVENT: Schema = Schema::structure(
    "InputLogEvent",
    &[
        Member::new("timestamp", &p::LONG).with(f::REQUIRED),
        Member::new("message", &p::STRING).with(f::REQUIRED),
    ],
);
pub static INPUT_LOG_EVENTS: Schema = Schema::list(
    "InputLogEvents",
    &[Member::new("member", &INPUT_LOG_EVENT)],
);
pub static INPUT_LOG_STREAM_NAMES: Schema = Schema::list(
    "InputLogStreamNames",
    &[Member::new("member", &p::STRING)],
);
pub static INTEGRATION_DETAILS: Schema = Schema::union(
    "IntegrationDetails",
    &[Member::new("openSearchIntegrationDetails", &OPEN_SEARCH_INTEGRATION_DETAILS)],
);
pub static INTEGRATION_SUMMARIES: Schema = Schema::list(
    "IntegrationSummaries",
    &[Member::new("member", &INTEGRATION_SUMMARY)],
);
pub static INTEGRATION_SUMMARY: Schema = Schema::structure(
    "IntegrationSummary",
    &[
        Member::new("integrationName", &p::STRING),
        Member::new("integrationType", &p::STRING),
        Member::new("integrationStatus", &p::STRING),
    ],
);
pub static INTERNAL_SERVER_EXCEPTION: Schema = Schema::structure(
        "InternalServerException",
        &[],
    )
    .error("InternalServerException", 500u16);
pub static INTERNAL_STREAMING_EXCEPTION: Schema = Schema::structure(
        "InternalStreamingException",
        &[Member::new("message", &p::STRING)],
    )
    .error("InternalStreamingException", 400u16);
pub static INVALID_OPERATION_EXCEPTION: Schema = Schema::structure(
        "InvalidOperationException",
        &[],
    )
    .error("InvalidOperationException", 400u16);
pub static INVALID_PARAMETER_EXCEPTION: Schema = Schema::structure(
        "InvalidParameterException",
        &[],
    )
    .error("InvalidParameterException", 400u16);
pub static INVALID_SEQUENCE_TOKEN_EXCEPTION: Schema = Schema::structure(
        "InvalidSequenceTokenException",
        &[Member::new("expectedSequenceToken", &p::STRING)],
    )
    .error("InvalidSequenceTokenException", 400u16);
pub static LIMIT_EXCEEDED_EXCEPTION: Schema = Schema::structure(
        "LimitExceededException",
        &[],
    )
    .error("LimitExceededException", 400u16);
pub static LIST_AGGREGATE_LOG_GROUP_SUMMARIES_INPUT: Schema = Schema::structure(
    "ListAggregateLogGroupSummariesRequest",
    &[
        Member::new("accountIdentifiers", &ACCOUNT_IDS),
        Member::new("includeLinkedAccounts", &p::BOOLEAN),
        Member::new("logGroupClass", &p::STRING),
        Member::new("logGroupNamePattern", &p::STRING),
        Member::new("dataSources", &DATA_SOURCE_FILTERS),
        Member::new("groupBy", &p::STRING).with(f::REQUIRED),
        Member::new("nextToken", &p::STRING),
        Member::new("limit", &p::INTEGER),
    ],
);
pub static LIST_AGGREGATE_LOG_GROUP_SUMMARIES_OUTPUT: Schema = Schema::structure(
    "ListAggregateLogGroupSummariesResponse",
    &[
        Member::new("aggregateLogGroupSummaries", &AGGREGATE_LOG_GROUP_SUMMARIES),
        Member::new("nextToken", &p::STRING),
    ],
);
pub static LIST_ANOMALIES_INPUT: Schema = Schema::structure(
    "ListAnomaliesRequest",
    &[
        Member::new("anomalyDetectorArn", &p::STRING),
        Member::new("suppressionState", &p::STRING),
        Member::new("limit", &p::INTEGER),
        Member::new("nextToken", &p::STRING),
    ],
);
pub static LIST_ANOMALIES_OUTPUT: Schema = Schema::structure(
    "ListAnomaliesResponse",
    &[Member::new("anomalies", &ANOMALIES), Member::new("nextToken", &p::STRING)],
);
pub static LIST_INTEGRATIONS_INPUT: Schema = Schema::structure(
    "ListIntegrationsRequest",
    &[
        Member::new("integrationNamePrefix", &p::STRING),
        Member::new("integrationType", &p::STRING),
        Member::new("integrationStatus", &p::STRING),
    ],
);
pub static LIST_INTEGRATIONS_OUTPUT: Schema = Schema::structure(
    "ListIntegrationsResponse",
    &[Member::new("integrationSummaries", &INTEGRATION_SUMMARIES)],
);
pub static LIST_LOG_ANOMALY_DETECTORS_INPUT: Schema = Schema::structure(
    "ListLogAnomalyDetectorsRequest",
    &[
        Member::new("filterLogGroupArn", &p::STRING),
        Member::new("limit", &p::INTEGER),
        Member::new("nextToken", &p::STRING),
    ],
);
pub static LIST_LOG_ANOMALY_DETECTORS_OUTPUT: Schema = Schema::structure(
    "ListLogAnomalyDetectorsResponse",
    &[
        Member::new("anomalyDetectors", &ANOMALY_DETECTORS),
        Member::new("nextToken", &p::STRING),
    ],
);
pub static LIST_LOG_GROUPS_FOR_QUERY_INPUT: Schema = Schema::structure(
    "ListLogGroupsForQueryRequest",
    &[
        Member::new("queryId", &p::STRING).with(f::REQUIRED),
        Member::new("nextToken", &p::STRING),
        Member::new("maxResults", &p::INTEGER),
    ],
);
pub static LIST_LOG_GROUPS_FOR_QUERY_OUTPUT: Schema = Schema::structure(
    "ListLogGroupsForQueryResponse",
    &[
        Member::new("logGroupIdentifiers", &LOG_GROUP_IDENTIFIERS),
        Member::new("nextToken", &p::STRING),
    ],
);
pub static LIST_LOG_GROUPS_INPUT: Schema = Schema::structure(
    "ListLogGroupsRequest",
    &[
        Member::new("logGroupNamePattern", &p::STRING),
        Member::new("logGroupClass", &p::STRING),
        Member::new("includeLinkedAccounts", &p::BOOLEAN),
        Member::new("accountIdentifiers", &ACCOUNT_IDS),
        Member::new("nextToken", &p::STRING),
        Member::new("limit", &p::INTEGER),
        Member::new("dataSources", &DATA_SOURCE_FILTERS),
        Member::new("fieldIndexNames", &FIELD_INDEX_NAMES),
        Member::new("logGroupTags", &TAG_FILTERS),
    ],
);
pub static LIST_LOG_GROUPS_OUTPUT: Schema = Schema::structure(
    "ListLogGroupsResponse",
    &[
        Member::new("logGroups", &LOG_GROUP_SUMMARIES),
        Member::new("nextToken", &p::STRING),
    ],
);
pub static LIST_SCHEDULED_QUERIES_INPUT: Schema = Schema::structure(
    "ListScheduledQueriesRequest",
    &[
        Member::new("maxResults", &p::INTEGER),
        Member::new("nextToken", &p::STRING),
        Member::new("state", &p::STRING),
        Member::new("scheduleType", &p::STRING),
    ],
);
pub static LIST_SCHEDULED_QUERIES_OUTPUT: Schema = Schema::structure(
    "ListScheduledQueriesResponse",
    &[
        Member::new("nextToken", &p::STRING),
        Member::new("scheduledQueries", &SCHEDULED_QUERY_SUMMARY_LIST),
    ],
);
pub static LIST_SOURCES_FOR_S3_TABLE_INTEGRATION_INPUT: Schema = Schema::structure(
    "ListSourcesForS3TableIntegrationRequest",
    &[
        Member::new("integrationArn", &p::STRING).with(f::REQUIRED),
        Member::new("maxResults", &p::INTEGER),
        Member::new("nextToken", &p::STRING),
    ],
);
pub static LIST_SOURCES_FOR_S3_TABLE_INTEGRATION_OUTPUT: Schema = Schema::structure(
    "ListSourcesForS3TableIntegrationResponse",
    &[
        Member::new("sources", &S3_TABLE_INTEGRATION_SOURCES),
        Member::new("nextToken", &p::STRING),
    ],
);
pub static LIST_SYSLOG_CONFIGURATIONS_INPUT: Schema = Schema::structure(
    "ListSyslogConfigurationsRequest",
    &[
        Member::new("logGroupIdentifier", &p::STRING),
        Member::new("vpcEndpointId", &p::STRING),
        Member::new("nextToken", &p::STRING),
        Member::new("maxResults", &p::INTEGER),
    ],
);
pub static LIST_SYSLOG_CONFIGURATIONS_OUTPUT: Schema = Schema::structure(
    "ListSyslogConfigurationsResponse",
    &[
        Member::new("syslogConfigurations", &SYSLOG_CONFIGURATIONS),
        Member::new("nextToken", &p::STRING),
    ],
);
pub static LIST_TAGS_FOR_RESOURCE_INPUT: Schema = Schema::structure(
    "ListTagsForResourceRequest",
    &[Member::new("resourceArn", &p::STRING).with(f::REQUIRED)],
);
pub static LIST_TAGS_FOR_RESOURCE_OUTPUT: Schema = Schema::structure(
    "ListTagsForResourceResponse",
    &[Member::new("tags", &TAGS)],
);
pub static LIST_TAGS_LOG_GROUP_INPUT: Schema = Schema::structure(
    "ListTagsLogGroupRequest",
    &[Member::new("logGroupName", &p::STRING).with(f::REQUIRED)],
);
pub static LIST_TAGS_LOG_GROUP_OUTPUT: Schema = Schema::structure(
    "ListTagsLogGroupResponse",
    &[Member::new("tags", &TAGS)],
);
pub static LIST_TO_MAP: Schema = Schema::structure(
    "ListToMap",
    &[
        Member::new("source", &p::STRING).with(f::REQUIRED),
        Member::new("key", &p::STRING).with(f::REQUIRED),
        Member::new("valueKey", &p::STRING),
        Member::new("target", &p::STRING),
        Member::new("flatten", &p::BOOLEAN),
        Member::new("flattenedElement", &p::STRING),
    ],
);
pub static LIVE_TAIL_SESSION_LOG_EVENT: Schema = Schema::structure(
    "LiveTailSessionLogEvent",
    &[
        Member::new("logStreamName", &p::STRING),
        Member::new("logGroupIdentifier", &p::STRING),
        Member::new("message", &p::STRING),
        Member::new("timestamp", &p::LONG),
        Member::new("ingestionTime", &p::LONG),
    ],
);
pub static LIVE_TAIL_SESSION_METADATA: Schema = Schema::structure(
    "LiveTailSessionMetadata",
    &[Member::new("sampled", &p::BOOLEAN)],
);
pub static LIVE_TAIL_SESSION_RESULTS: Schema = Schema::list(
    "LiveTailSessionResults",
    &[Member::new("member", &LIVE_TAIL_SESSION_LOG_EVENT)],
);
pub static LIVE_TAIL_SESSION_START: Schema = Schema::structure(
    "LiveTailSessionStart",
    &[
        Member::new("requestId", &p::STRING),
        Member::new("sessionId", &p::STRING),
        Member::new("logGroupIdentifiers", &START_LIVE_TAIL_LOG_GROUP_IDENTIFIERS),
        Member::new("logStreamNames", &INPUT_LOG_STREAM_NAMES),
        Member::new("logStreamNamePrefixes", &INPUT_LOG_STREAM_NAMES),
        Member::new("logEventFilterPattern", &p::STRING),
    ],
);
pub static LIVE_TAIL_SESSION_UPDATE: Schema = Schema::structure(
    "LiveTailSessionUpdate",
    &[
        Member::new("sessionMetadata", &LIVE_TAIL_SESSION_METADATA),
        Member::new("sessionResults", &LIVE_TAIL_SESSION_RESULTS),
    ],
);
pub static LOG_EVENT: Schema = Schema::structure(
    "LogEvent",
    &[Member::new("timestamp", &p::LONG), Member::new("message", &p::STRING)],
);
pub static LOG_FIELD_TYPE: Schema = Schema::structure(
    "LogFieldType",
    &[
        Member::new("type", &p::STRING),
        Member::new("element", &LOG_FIELD_TYPE),
        Member::new("fields", &LOG_FIELDS_LIST),
    ],
);
pub static LOG_FIELDS_LIST: Schema = Schema::list(
    "LogFieldsList",
    &[Member::new("member", &LOG_FIELDS_LIST_ITEM)],
);
pub static LOG_FIELDS_LIST_ITEM: Schema = Schema::structure(
    "LogFieldsListItem",
    &[
        Member::new("logFieldName", &p::STRING),
        Member::new("logFieldType", &LOG_FIELD_TYPE),
    ],
);
pub static LOG_GROUP: Schema = Schema::structure(
    "LogGroup",
    &[
        Member::new("logGroupName", &p::STRING),
        Member::new("creationTime", &p::LONG),
        Member::new("retentionInDays", &p::INTEGER),
        Member::new("metricFilterCount", &p::INTEGER),
        Member::new("arn", &p::STRING),
        Member::new("storedBytes", &p::LONG),
        Member::new("kmsKeyId", &p::STRING),
        Member::new("dataProtectionStatus", &p::STRING),
        Member::new("inheritedProperties", &INHERITED_PROPERTIES),
        Member::new("logGroupClass", &p::STRING),
        Member::new("logGroupArn", &p::STRING),
        Member::new("deletionProtectionEnabled", &p::BOOLEAN),
        Member::new("bearerTokenAuthenticationEnabled", &p::BOOLEAN),
        Member::new("retentionPolicyName", &p::STRING),
    ],
);
pub static LOG_GROUP_ARN_LIST: Schema = Schema::list(
    "LogGroupArnList",
    &[Member::new("member", &p::STRING)],
);
pub static LOG_GROUP_FIELD: Schema = Schema::structure(
    "LogGroupField",
    &[Member::new("name", &p::STRING), Member::new("percent", &p::INTEGER)],
);
pub static LOG_GROUP_FIELD_LIST: Schema = Schema::list(
    "LogGroupFieldList",
    &[Member::new("member", &LOG_GROUP_FIELD)],
);
pub static LOG_GROUP_IDENTIFIERS: Schema = Schema::list(
    "LogGroupIdentifiers",
    &[Member::new("member", &p::STRING)],
);
pub static LOG_GROUP_IMPACT: Schema = Schema::structure(
    "LogGroupImpact",
    &[
        Member::new("logGroupName", &p::STRING),
        Member::new("currentRetention", &p::STRING),
        Member::new("proposedRetention", &p::STRING),
        Member::new("storedBytes", &p::LONG),
    ],
);
pub static LOG_GROUP_IMPACTS: Schema = Schema::list(
    "LogGroupImpacts",
    &[Member::new("member", &LOG_GROUP_IMPACT)],
);
pub static LOG_GROUP_NAMES: Schema = Schema::list(
    "LogGroupNames",
    &[Member::new("member", &p::STRING)],
);
pub static LOG_GROUP_SUMMARIES: Schema = Schema::list(
    "LogGroupSummaries",
    &[Member::new("member", &LOG_GROUP_SUMMARY)],
);
pub static LOG_GROUP_SUMMARY: Schema = Schema::structure(
    "LogGroupSummary",
    &[
        Member::new("logGroupName", &p::STRING),
        Member::new("logGroupArn", &p::STRING),
        Member::new("logGroupClass", &p::STRING),
    ],
);
pub static LOG_GROUPS: Schema = Schema::list(
    "LogGroups",
    &[Member::new("member", &LOG_GROUP)],
);
pub static LOG_RECORD: Schema = Schema::map(
    "LogRecord",
    &[Member::new("key", &p::STRING), Member::new("value", &p::STRING)],
);
pub static LOG_SAMPLES: Schema = Schema::list(
    "LogSamples",
    &[Member::new("member", &LOG_EVENT)],
);
pub static LOG_STREAM: Schema = Schema::structure(
    "LogStream",
    &[
        Member::new("logStreamName", &p::STRING),
        Member::new("creationTime", &p::LONG),
        Member::new("firstEventTimestamp", &p::LONG),
        Member::new("lastEventTimestamp", &p::LONG),
        Member::new("lastIngestionTime", &p::LONG),
        Member::new("uploadSequenceToken", &p::STRING),
        Member::new("arn", &p::STRING),
        Member::new("storedBytes", &p::LONG),
    ],
);
pub static LOG_STREAMS: Schema = Schema::list(
    "LogStreams",
    &[Member::new("member", &LOG_STREAM)],
);
pub static LOG_TYPES: Schema = Schema::list(
    "LogTypes",
    &[Member::new("member", &p::STRING)],
);
pub static LOOKUP_TABLE: Schema = Schema::structure(
    "LookupTable",
    &[
        Member::new("lookupTableArn", &p::STRING),
        Member::new("lookupTableName", &p::STRING),
        Member::new("description", &p::STRING),
        Member::new("tableFields", &TABLE_FIELDS),
        Member::new("recordsCount", &p::LONG),
        Member::new("sizeBytes", &p::LONG),
        Member::new("lastUpdatedTime", &p::LONG),
        Member::new("kmsKeyId", &p::STRING),
    ],
);
pub static LOOKUP_TABLE_CONFIGURATION: Schema = Schema::structure(
    "LookupTableConfiguration",
    &[
        Member::new("tableName", &p::STRING).with(f::REQUIRED),
        Member::new("roleArn", &p::STRING).with(f::REQUIRED),
        Member::new("description", &p::STRING),
        Member::new("kmsKeyId", &p::STRING),
        Member::new("tags", &TAGS),
    ],
);
pub static LOOKUP_TABLES: Schema = Schema::list(
    "LookupTables",
    &[Member::new("member", &LOOKUP_TABLE)],
);
pub static LOWER_CASE_STRING: Schema = Schema::structure(
    "LowerCaseString",
    &[Member::new("withKeys", &LOWER_CASE_STRING_WITH_KEYS).with(f::REQUIRED)],
);
pub static LOWER_CASE_STRING_WITH_KEYS: Schema = Schema::list(
    "LowerCaseStringWithKeys",
    &[Member::new("member", &p::STRING)],
);
pub static MALFORMED_QUERY_EXCEPTION: Schema = Schema::structure(
        "MalformedQueryException",
        &[Member::new("queryCompileError", &QUERY_COMPILE_ERROR)],
    )
    .error("MalformedQueryException", 400u16);
pub static MATCH_PATTERNS: Schema = Schema::list(
    "MatchPatterns",
    &[Member::new("member", &p::STRING)],
);
pub static METRIC_FILTER: Schema = Schema::structure(
    "MetricFilter",
    &[
        Member::new("filterName", &p::STRING),
        Member::new("filterPattern", &p::STRING),
        Member::new("metricTransformations", &METRIC_TRANSFORMATIONS),
        Member::new("creationTime", &p::LONG),
        Member::new("logGroupName", &p::STRING),
        Member::new("applyOnTransformedLogs", &p::BOOLEAN),
        Member::new("fieldSelectionCriteria", &p::STRING),
        Member::new("emitSystemFieldDimensions", &EMIT_SYSTEM_FIELDS),
    ],
);
pub static METRIC_FILTER_MATCH_RECORD: Schema = Schema::structure(
    "MetricFilterMatchRecord",
    &[
        Member::new("eventNumber", &p::LONG),
        Member::new("eventMessage", &p::STRING),
        Member::new("extractedValues", &EXTRACTED_VALUES),
    ],
);
pub static METRIC_FILTER_MATCHES: Schema = Schema::list(
    "MetricFilterMatches",
    &[Member::new("member", &METRIC_FILTER_MATCH_RECORD)],
);
pub static METRIC_FILTERS: Schema = Schema::list(
    "MetricFilters",
    &[Member::new("member", &METRIC_FILTER)],
);
pub static METRIC_TRANSFORMATION: Schema = Schema::structure(
    "MetricTransformation",
    &[
        Member::new("metricName", &p::STRING).with(f::REQUIRED),
        Member::new("metricNamespace", &p::STRING).with(f::REQUIRED),
        Member::new("metricValue", &p::STRING).with(f::REQUIRED),
        Member::new("defaultValue", &p::DOUBLE),
        Member::new("dimensions", &DIMENSIONS),
        Member::new("unit", &p::STRING),
    ],
);
pub static METRIC_TRANSFORMATIONS: Schema = Schema::list(
    "MetricTransformations",
    &[Member::new("member", &METRIC_TRANSFORMATION)],
);
pub static MOVE_KEY_ENTRIES: Schema = Schema::list(
    "MoveKeyEntries",
    &[Member::new("member", &MOVE_KEY_ENTRY)],
);
pub static MOVE_KEY_ENTRY: Schema = Schema::structure(
    "MoveKeyEntry",
    &[
        Member::new("source", &p::STRING).with(f::REQUIRED),
        Member::new("target", &p::STRING).with(f::REQUIRED),
        Member::new("overwriteIfExists", &p::BOOLEAN),
    ],
);
pub static MOVE_KEYS: Schema = Schema::structure(
    "MoveKeys",
    &[Member::new("entries", &MOVE_KEY_ENTRIES).with(f::REQUIRED)],
);
pub static OPEN_SEARCH_APPLICATION: Schema = Schema::structure(
    "OpenSearchApplication",
    &[
        Member::new("applicationEndpoint", &p::STRING),
        Member::new("applicationArn", &p::STRING),
        Member::new("applicationId", &p::STRING),
        Member::new("status", &OPEN_SEARCH_RESOURCE_STATUS),
    ],
);
pub static OPEN_SEARCH_COLLECTION: Schema = Schema::structure(
    "OpenSearchCollection",
    &[
        Member::new("collectionEndpoint", &p::STRING),
        Member::new("collectionArn", &p::STRING),
        Member::new("status", &OPEN_SEARCH_RESOURCE_STATUS),
    ],
);
pub static OPEN_SEARCH_DATA_ACCESS_POLICY: Schema = Schema::structure(
    "OpenSearchDataAccessPolicy",
    &[
        Member::new("policyName", &p::STRING),
        Member::new("status", &OPEN_SEARCH_RESOURCE_STATUS),
    ],
);
pub static OPEN_SEARCH_DATA_SOURCE: Schema = Schema::structure(
    "OpenSearchDataSource",
    &[
        Member::new("dataSourceName", &p::STRING),
        Member::new("status", &OPEN_SEARCH_RESOURCE_STATUS),
    ],
);
pub static OPEN_SEARCH_ENCRYPTION_POLICY: Schema = Schema::structure(
    "OpenSearchEncryptionPolicy",
    &[
        Member::new("policyName", &p::STRING),
        Member::new("status", &OPEN_SEARCH_RESOURCE_STATUS),
    ],
);
pub static OPEN_SEARCH_INTEGRATION_DETAILS: Schema = Schema::structure(
    "OpenSearchIntegrationDetails",
    &[
        Member::new("dataSource", &OPEN_SEARCH_DATA_SOURCE),
        Member::new("application", &OPEN_SEARCH_APPLICATION),
        Member::new("collection", &OPEN_SEARCH_COLLECTION),
        Member::new("workspace", &OPEN_SEARCH_WORKSPACE),
        Member::new("encryptionPolicy", &OPEN_SEARCH_ENCRYPTION_POLICY),
        Member::new("networkPolicy", &OPEN_SEARCH_NETWORK_POLICY),
        Member::new("accessPolicy", &OPEN_SEARCH_DATA_ACCESS_POLICY),
        Member::new("lifecyclePolicy", &OPEN_SEARCH_LIFECYCLE_POLICY),
    ],
);
pub static OPEN_SEARCH_LIFECYCLE_POLICY: Schema = Schema::structure(
    "OpenSearchLifecyclePolicy",
    &[
        Member::new("policyName", &p::STRING),
        Member::new("status", &OPEN_SEARCH_RESOURCE_STATUS),
    ],
);
pub static OPEN_SEARCH_NETWORK_POLICY: Schema = Schema::structure(
    "OpenSearchNetworkPolicy",
    &[
        Member::new("policyName", &p::STRING),
        Member::new("status", &OPEN_SEARCH_RESOURCE_STATUS),
    ],
);
pub static OPEN_SEARCH_RESOURCE_CONFIG: Schema = Schema::structure(
    "OpenSearchResourceConfig",
    &[
        Member::new("kmsKeyArn", &p::STRING),
        Member::new("dataSourceRoleArn", &p::STRING).with(f::REQUIRED),
        Member::new("dashboardViewerPrincipals", &DASHBOARD_VIEWER_PRINCIPALS)
            .with(f::REQUIRED),
        Member::new("applicationArn", &p::STRING),
        Member::new("retentionDays", &p::INTEGER).with(f::REQUIRED),
    ],
);
pub static OPEN_SEARCH_RESOURCE_STATUS: Schema = Schema::structure(
    "OpenSearchResourceStatus",
    &[Member::new("status", &p::STRING), Member::new("statusMessage", &p::STRING)],
);
pub static OPEN_SEARCH_WORKSPACE: Schema = Schema::structure(
    "OpenSearchWorkspace",
    &[
        Member::new("workspaceId", &p::STRING),
        Member::new("status", &OPEN_SEARCH_RESOURCE_STATUS),
    ],
);
pub static OPERATION_ABORTED_EXCEPTION: Schema = Schema::structure(
        "OperationAbortedException",
        &[],
    )
    .error("OperationAbortedException", 400u16);
pub static OUTPUT_FORMATS: Schema = Schema::list(
    "OutputFormats",
    &[Member::new("member", &p::STRING)],
);
pub static OUTPUT_LOG_EVENT: Schema = Schema::structure(
    "OutputLogEvent",
    &[
        Member::new("timestamp", &p::LONG),
        Member::new("message", &p::STRING),
        Member::new("ingestionTime", &p::LONG),
    ],
);
pub static OUTPUT_LOG_EVENTS: Schema = Schema::list(
    "OutputLogEvents",
    &[Member::new("member", &OUTPUT_LOG_EVENT)],
);
pub static PARSE_CLOUDFRONT: Schema = Schema::structure(
    "ParseCloudfront",
    &[Member::new("source", &p::STRING)],
);
pub static PARSE_JSON: Schema = Schema::structure(
    "ParseJSON",
    &[Member::new("source", &p::STRING), Member::new("destination", &p::STRING)],
);
pub static PARSE_KEY_VALUE: Schema = Schema::structure(
    "ParseKeyValue",
    &[
        Member::new("source", &p::STRING),
        Member::new("destination", &p::STRING),
        Member::new("fieldDelimiter", &p::STRING),
        Member::new("keyValueDelimiter", &p::STRING),
        Member::new("keyPrefix", &p::STRING),
        Member::new("nonMatchValue", &p::STRING),
        Member::new("overwriteIfExists", &p::BOOLEAN),
    ],
);
pub static PARSE_POSTGRES: Schema = Schema::structure(
    "ParsePostgres",
    &[Member::new("source", &p::STRING)],
);
pub static PARSE_ROUTE53: Schema = Schema::structure(
    "ParseRoute53",
    &[Member::new("source", &p::STRING)],
);
pub static PARSE_TO_OCSF: Schema = Schema::structure(
    "ParseToOCSF",
    &[
        Member::new("source", &p::STRING),
        Member::new("eventSource", &p::STRING).with(f::REQUIRED),
        Member::new("ocsfVersion", &p::STRING).with(f::REQUIRED),
        Member::new("mappingVersion", &p::STRING),
    ],
);
pub static PARSE_VPC: Schema = Schema::structure(
    "ParseVPC",
    &[Member::new("source", &p::STRING)],
);
pub static PARSE_WAF: Schema = Schema::structure(
    "ParseWAF",
    &[Member::new("source", &p::STRING)],
);
pub static PATTERN_TOKEN: Schema = Schema::structure(
    "PatternToken",
    &[
        Member::new("dynamicTokenPosition", &p::INTEGER),
        Member::new("isDynamic", &p::BOOLEAN),
        Member::new("tokenString", &p::STRING),
        Member::new("enumerations", &ENUMERATIONS),
        Member::new("inferredTokenName", &p::STRING),
    ],
);
pub static PATTERN_TOKENS: Schema = Schema::list(
    "PatternTokens",
    &[Member::new("member", &PATTERN_TOKEN)],
);
pub static POLICY: Schema = Schema::structure(
    "Policy",
    &[Member::new("deliveryDestinationPolicy", &p::STRING)],
);
pub static PROCESSOR: Schema = Schema::structure(
    "Processor",
    &[
        Member::new("addKeys", &ADD_KEYS),
        Member::new("copyValue", &COPY_VALUE),
        Member::new("csv", &CSV),
        Member::new("dateTimeConverter", &DATE_TIME_CONVERTER),
        Member::new("deleteKeys", &DELETE_KEYS),
        Member::new("grok", &GROK),
        Member::new("listToMap", &LIST_TO_MAP),
        Member::new("lowerCaseString", &LOWER_CASE_STRING),
        Member::new("moveKeys", &MOVE_KEYS),
        Member::new("parseCloudfront", &PARSE_CLOUDFRONT),
        Member::new("parseJSON", &PARSE_JSON),
        Member::new("parseKeyValue", &PARSE_KEY_VALUE),
        Member::new("parseRoute53", &PARSE_ROUTE53),
        Member::new("parseToOCSF", &PARSE_TO_OCSF),
        Member::new("parsePostgres", &PARSE_POSTGRES),
        Member::new("parseVPC", &PARSE_VPC),
        Member::new("parseWAF", &PARSE_WAF),
        Member::new("renameKeys", &RENAME_KEYS),
        Member::new("splitString", &SPLIT_STRING),
        Member::new("substituteString", &SUBSTITUTE_STRING),
        Member::new("trimString", &TRIM_STRING),
        Member::new("typeConverter", &TYPE_CONVERTER),
        Member::new("upperCaseString", &UPPER_CASE_STRING),
    ],
);
pub static PROCESSORS: Schema = Schema::list(
    "Processors",
    &[Member::new("member", &PROCESSOR)],
);
pub static PUT_ACCOUNT_POLICY_INPUT: Schema = Schema::structure(
    "PutAccountPolicyRequest",
    &[
        Member::new("policyName", &p::STRING).with(f::REQUIRED),
        Member::new("policyDocument", &p::STRING).with(f::REQUIRED),
        Member::new("policyType", &p::STRING).with(f::REQUIRED),
        Member::new("scope", &p::STRING),
        Member::new("selectionCriteria", &p::STRING),
        Member::new("dryRun", &p::BOOLEAN),
    ],
);
pub static PUT_ACCOUNT_POLICY_OUTPUT: Schema = Schema::structure(
    "PutAccountPolicyResponse",
    &[
        Member::new("accountPolicy", &ACCOUNT_POLICY),
        Member::new("dryRunResult", &DRY_RUN_RESULT),
    ],
);
pub static PUT_BEARER_TOKEN_AUTHENTICATION_INPUT: Schema = Schema::structure(
    "PutBearerTokenAuthenticationRequest",
    &[
        Member::new("logGroupIdentifier", &p::STRING).with(f::REQUIRED),
        Member::new("bearerTokenAuthenticationEnabled", &p::BOOLEAN).with(f::REQUIRED),
    ],
);
pub static PUT_DATA_PROTECTION_POLICY_INPUT: Schema = Schema::structure(
    "PutDataProtectionPolicyRequest",
    &[
        Member::new("logGroupIdentifier", &p::STRING).with(f::REQUIRED),
        Member::new("policyDocument", &p::STRING).with(f::REQUIRED),
    ],
);
pub static PUT_DATA_PROTECTION_POLICY_OUTPUT: Schema = Schema::structure(
    "PutDataProtectionPolicyResponse",
    &[
        Member::new("logGroupIdentifier", &p::STRING),
        Member::new("policyDocument", &p::STRING),
        Member::new("lastUpdatedTime", &p::LONG),
    ],
);
pub static PUT_DELIVERY_DESTINATION_POLICY_INPUT: Schema = Schema::structure(
    "PutDeliveryDestinationPolicyRequest",
    &[
        Member::new("deliveryDestinationName", &p::STRING).with(f::REQUIRED),
        Member::new("deliveryDestinationPolicy", &p::STRING).with(f::REQUIRED),
    ],
);
pub static PUT_DELIVERY_DESTINATION_POLICY_OUTPUT: Schema = Schema::structure(
    "PutDeliveryDestinationPolicyResponse",
    &[Member::new("policy", &POLICY)],
);
pub static PUT_DELIVERY_DESTINATION_INPUT: Schema = Schema::structure(
    "PutDeliveryDestinationRequest",
    &[
        Member::new("name", &p::STRING).with(f::REQUIRED),
        Member::new("outputFormat", &p::STRING),
        Member::new(
            "deliveryDestinationConfiguration",
            &DELIVERY_DESTINATION_CONFIGURATION,
        ),
        Member::new("deliveryDestinationType", &p::STRING),
        Member::new("roleArn", &p::STRING),
        Member::new("tags", &TAGS),
    ],
);
pub static PUT_DELIVERY_DESTINATION_OUTPUT: Schema = Schema::structure(
    "PutDeliveryDestinationResponse",
    &[Member::new("deliveryDestination", &DELIVERY_DESTINATION)],
);
pub static PUT_DELIVERY_SOURCE_INPUT: Schema = Schema::structure(
    "PutDeliverySourceRequest",
    &[
        Member::new("name", &p::STRING).with(f::REQUIRED),
        Member::new("resourceArn", &p::STRING).with(f::REQUIRED),
        Member::new("logType", &p::STRING).with(f::REQUIRED),
        Member::new("tags", &TAGS),
        Member::new("deliverySourceConfiguration", &DELIVERY_SOURCE_CONFIGURATION),
    ],
);
pub static PUT_DELIVERY_SOURCE_OUTPUT: Schema = Schema::structure(
    "PutDeliverySourceResponse",
    &[Member::new("deliverySource", &DELIVERY_SOURCE)],
);
pub static PUT_DESTINATION_POLICY_INPUT: Schema = Schema::structure(
    "PutDestinationPolicyRequest",
    &[
        Member::new("destinationName", &p::STRING).with(f::REQUIRED),
        Member::new("accessPolicy", &p::STRING).with(f::REQUIRED),
        Member::new("forceUpdate", &p::BOOLEAN),
    ],
);
pub static PUT_DESTINATION_INPUT: Schema = Schema::structure(
    "PutDestinationRequest",
    &[
        Member::new("destinationName", &p::STRING).with(f::REQUIRED),
        Member::new("targetArn", &p::STRING).with(f::REQUIRED),
        Member::new("roleArn", &p::STRING).with(f::REQUIRED),
        Member::new("tags", &TAGS),
    ],
);
pub static PUT_DESTINATION_OUTPUT: Schema = Schema::structure(
    "PutDestinationResponse",
    &[Member::new("destination", &DESTINATION)],
);
pub static PUT_INDEX_POLICY_INPUT: Schema = Schema::structure(
    "PutIndexPolicyRequest",
    &[
        Member::new("logGroupIdentifier", &p::STRING).with(f::REQUIRED),
        Member::new("policyDocument", &p::STRING).with(f::REQUIRED),
    ],
);
pub static PUT_INDEX_POLICY_OUTPUT: Schema = Schema::structure(
    "PutIndexPolicyResponse",
    &[Member::new("indexPolicy", &INDEX_POLICY)],
);
pub static PUT_INTEGRATION_INPUT: Schema = Schema::structure(
    "PutIntegrationRequest",
    &[
        Member::new("integrationName", &p::STRING).with(f::REQUIRED),
        Member::new("resourceConfig", &RESOURCE_CONFIG).with(f::REQUIRED),
        Member::new("integrationType", &p::STRING).with(f::REQUIRED),
    ],
);
pub static PUT_INTEGRATION_OUTPUT: Schema = Schema::structure(
    "PutIntegrationResponse",
    &[
        Member::new("integrationName", &p::STRING),
        Member::new("integrationStatus", &p::STRING),
    ],
);
pub static PUT_LOG_EVENTS_INPUT: Schema = Schema::structure(
    "PutLogEventsRequest",
    &[
        Member::new("logGroupName", &p::STRING).with(f::REQUIRED),
        Member::new("logStreamName", &p::STRING).with(f::REQUIRED),
        Member::new("logEvents", &INPUT_LOG_EVENTS).with(f::REQUIRED),
        Member::new("sequenceToken", &p::STRING),
        Member::new("entity", &ENTITY),
    ],
);
pub static PUT_LOG_EVENTS_OUTPUT: Schema = Schema::structure(
    "PutLogEventsResponse",
    &[
        Member::new("nextSequenceToken", &p::STRING),
        Member::new("rejectedLogEventsInfo", &REJECTED_LOG_EVENTS_INFO),
        Member::new("rejectedEntityInfo", &REJECTED_ENTITY_INFO),
    ],
);
pub static PUT_LOG_GROUP_DELETION_PROTECTION_INPUT: Schema = Schema::structure(
    "PutLogGroupDeletionProtectionRequest",
    &[
        Member::new("logGroupIdentifier", &p::STRING).with(f::REQUIRED),
        Member::new("deletionProtectionEnabled", &p::BOOLEAN).with(f::REQUIRED),
    ],
);
pub static PUT_METRIC_FILTER_INPUT: Schema = Schema::structure(
    "PutMetricFilterRequest",
    &[
        Member::new("logGroupName", &p::STRING).with(f::REQUIRED),
        Member::new("filterName", &p::STRING).with(f::REQUIRED),
        Member::new("filterPattern", &p::STRING).with(f::REQUIRED),
        Member::new("metricTransformations", &METRIC_TRANSFORMATIONS).with(f::REQUIRED),
        Member::new("applyOnTransformedLogs", &p::BOOLEAN),
        Member::new("fieldSelectionCriteria", &p::STRING),
        Member::new("emitSystemFieldDimensions", &EMIT_SYSTEM_FIELDS),
    ],
);
pub static PUT_QUERY_DEFINITION_INPUT: Schema = Schema::structure(
    "PutQueryDefinitionRequest",
    &[
        Member::new("queryLanguage", &p::STRING),
        Member::new("name", &p::STRING).with(f::REQUIRED),
        Member::new("queryDefinitionId", &p::STRING),
        Member::new("logGroupNames", &LOG_GROUP_NAMES),
        Member::new("queryString", &p::STRING).with(f::REQUIRED),
        Member::new("clientToken", &p::STRING).with(f::IDEMPOTENCY_TOKEN),
        Member::new("parameters", &QUERY_PARAMETER_LIST),
    ],
);
pub static PUT_QUERY_DEFINITION_OUTPUT: Schema = Schema::structure(
    "PutQueryDefinitionResponse",
    &[Member::new("queryDefinitionId", &p::STRING)],
);
pub static PUT_RESOURCE_POLICY_INPUT: Schema = Schema::structure(
    "PutResourcePolicyRequest",
    &[
        Member::new("policyName", &p::STRING),
        Member::new("policyDocument", &p::STRING),
        Member::new("resourceArn", &p::STRING),
        Member::new("expectedRevisionId", &p::STRING),
    ],
);
pub static PUT_RESOURCE_POLICY_OUTPUT: Schema = Schema::structure(
    "PutResourcePolicyResponse",
    &[
        Member::new("resourcePolicy", &RESOURCE_POLICY),
        Member::new("revisionId", &p::STRING),
    ],
);
pub static PUT_RETENTION_POLICY_INPUT: Schema = Schema::structure(
    "PutRetentionPolicyRequest",
    &[
        Member::new("logGroupName", &p::STRING).with(f::REQUIRED),
        Member::new("retentionInDays", &p::INTEGER).with(f::REQUIRED),
    ],
);
pub static PUT_STORAGE_TIER_POLICY_INPUT: Schema = Schema::structure(
    "PutStorageTierPolicyRequest",
    &[Member::new("storageTier", &p::STRING).with(f::REQUIRED)],
);
pub static PUT_STORAGE_TIER_POLICY_OUTPUT: Schema = Schema::structure(
    "PutStorageTierPolicyResponse",
    &[Member::new("storageTier", &p::STRING), Member::new("lastUpdatedTime", &p::LONG)],
);
pub static PUT_SUBSCRIPTION_FILTER_INPUT: Schema = Schema::structure(
    "PutSubscriptionFilterRequest",
    &[
        Member::new("logGroupName", &p::STRING).with(f::REQUIRED),
        Member::new("filterName", &p::STRING).with(f::REQUIRED),
        Member::new("filterPattern", &p::STRING).with(f::REQUIRED),
        Member::new("destinationArn", &p::STRING).with(f::REQUIRED),
        Member::new("roleArn", &p::STRING),
        Member::new("distribution", &p::STRING),
        Member::new("applyOnTransformedLogs", &p::BOOLEAN),
        Member::new("fieldSelectionCriteria", &p::STRING),
        Member::new("emitSystemFields", &EMIT_SYSTEM_FIELDS),
    ],
);
pub static PUT_SYSLOG_CONFIGURATION_INPUT: Schema = Schema::structure(
    "PutSyslogConfigurationRequest",
    &[
        Member::new("logGroupIdentifier", &p::STRING).with(f::REQUIRED),
        Member::new("vpcEndpointId", &p::STRING),
    ],
);
pub static PUT_TRANSFORMER_INPUT: Schema = Schema::structure(
    "PutTransformerRequest",
    &[
        Member::new("logGroupIdentifier", &p::STRING).with(f::REQUIRED),
        Member::new("transformerConfig", &PROCESSORS).with(f::REQUIRED),
    ],
);
pub static QUERY_COMPILE_ERROR: Schema = Schema::structure(
    "QueryCompileError",
    &[
        Member::new("location", &QUERY_COMPILE_ERROR_LOCATION),
        Member::new("message", &p::STRING),
    ],
);
pub static QUERY_COMPILE_ERROR_LOCATION: Schema = Schema::structure(
    "QueryCompileErrorLocation",
    &[
        Member::new("startCharOffset", &p::INTEGER),
        Member::new("endCharOffset", &p::INTEGER),
    ],
);
pub static QUERY_DEFINITION: Schema = Schema::structure(
    "QueryDefinition",
    &[
        Member::new("queryLanguage", &p::STRING),
        Member::new("queryDefinitionId", &p::STRING),
        Member::new("name", &p::STRING),
        Member::new("queryString", &p::STRING),
        Member::new("lastModified", &p::LONG),
        Member::new("logGroupNames", &LOG_GROUP_NAMES),
        Member::new("parameters", &QUERY_PARAMETER_LIST),
    ],
);
pub static QUERY_DEFINITION_LIST: Schema = Schema::list(
    "QueryDefinitionList",
    &[Member::new("member", &QUERY_DEFINITION)],
);
pub static QUERY_INFO: Schema = Schema::structure(
    "QueryInfo",
    &[
        Member::new("queryLanguage", &p::STRING),
        Member::new("queryId", &p::STRING),
        Member::new("queryString", &p::STRING),
        Member::new("status", &p::STRING),
        Member::new("createTime", &p::LONG),
        Member::new("logGroupName", &p::STRING),
        Member::new("queryDuration", &p::LONG),
        Member::new("bytesScanned", &p::DOUBLE),
        Member::new("userIdentity", &p::STRING),
    ],
);
pub static QUERY_INFO_LIST: Schema = Schema::list(
    "QueryInfoList",
    &[Member::new("member", &QUERY_INFO)],
);
pub static QUERY_PARAMETER: Schema = Schema::structure(
    "QueryParameter",
    &[
        Member::new("name", &p::STRING).with(f::REQUIRED),
        Member::new("defaultValue", &p::STRING),
        Member::new("description", &p::STRING),
    ],
);
pub static QUERY_PARAMETER_LIST: Schema = Schema::list(
    "QueryParameterList",
    &[Member::new("member", &QUERY_PARAMETER)],
);
pub static QUERY_RESULTS: Schema = Schema::list(
    "QueryResults",
    &[Member::new("member", &RESULT_ROWS)],
);
pub static QUERY_STATISTICS: Schema = Schema::structure(
    "QueryStatistics",
    &[
        Member::new("recordsMatched", &p::DOUBLE),
        Member::new("recordsScanned", &p::DOUBLE),
        Member::new("estimatedRecordsSkipped", &p::DOUBLE),
        Member::new("bytesScanned", &p::DOUBLE),
        Member::new("estimatedBytesSkipped", &p::DOUBLE),
        Member::new("logGroupsScanned", &p::DOUBLE),
        Member::new("resultCount", &p::DOUBLE),
    ],
);
pub static RECORD_FIELD: Schema = Schema::structure(
    "RecordField",
    &[Member::new("name", &p::STRING), Member::new("mandatory", &p::BOOLEAN)],
);
pub static RECORD_FIELDS: Schema = Schema::list(
    "RecordFields",
    &[Member::new("member", &p::STRING)],
);
pub static REJECTED_ENTITY_INFO: Schema = Schema::structure(
    "RejectedEntityInfo",
    &[Member::new("errorType", &p::STRING).with(f::REQUIRED)],
);
pub static REJECTED_LOG_EVENTS_INFO: Schema = Schema::structure(
    "RejectedLogEventsInfo",
    &[
        Member::new("tooNewLogEventStartIndex", &p::INTEGER),
        Member::new("tooOldLogEventEndIndex", &p::INTEGER),
        Member::new("expiredLogEventEndIndex", &p::INTEGER),
    ],
);
pub static RENAME_KEY_ENTRIES: Schema = Schema::list(
    "RenameKeyEntries",
    &[Member::new("member", &RENAME_KEY_ENTRY)],
);
pub static RENAME_KEY_ENTRY: Schema = Schema::structure(
    "RenameKeyEntry",
    &[
        Member::new("key", &p::STRING).with(f::REQUIRED),
        Member::new("renameTo", &p::STRING).with(f::REQUIRED),
        Member::new("overwriteIfExists", &p::BOOLEAN),
    ],
);
pub static RENAME_KEYS: Schema = Schema::structure(
    "RenameKeys",
    &[Member::new("entries", &RENAME_KEY_ENTRIES).with(f::REQUIRED)],
);
pub static RESOURCE_ALREADY_EXISTS_EXCEPTION: Schema = Schema::structure(
        "ResourceAlreadyExistsException",
        &[],
    )
    .error("ResourceAlreadyExistsException", 400u16);
pub static RESOURCE_ARNS: Schema = Schema::list(
    "ResourceArns",
    &[Member::new("member", &p::STRING)],
);
pub static RESOURCE_CONFIG: Schema = Schema::union(
    "ResourceConfig",
    &[Member::new("openSearchResourceConfig", &OPEN_SEARCH_RESOURCE_CONFIG)],
);
pub static RESOURCE_NOT_FOUND_EXCEPTION: Schema = Schema::structure(
        "ResourceNotFoundException",
        &[],
    )
    .error("ResourceNotFoundException", 400u16);
pub static RESOURCE_POLICIES: Schema = Schema::list(
    "ResourcePolicies",
    &[Member::new("member", &RESOURCE_POLICY)],
);
pub static RESOURCE_POLICY: Schema = Schema::structure(
    "ResourcePolicy",
    &[
        Member::new("policyName", &p::STRING),
        Member::new("policyDocument", &p::STRING),
        Member::new("lastUpdatedTime", &p::LONG),
        Member::new("policyScope", &p::STRING),
        Member::new("resourceArn", &p::STRING),
        Member::new("revisionId", &p::STRING),
    ],
);
pub static RESOURCE_TYPES: Schema = Schema::list(
    "ResourceTypes",
    &[Member::new("member", &p::STRING)],
);
pub static RESULT_FIELD: Schema = Schema::structure(
    "ResultField",
    &[Member::new("field", &p::STRING), Member::new("value", &p::STRING)],
);
pub static RESULT_ROWS: Schema = Schema::list(
    "ResultRows",
    &[Member::new("member", &RESULT_FIELD)],
);
pub static S3_CONFIGURATION: Schema = Schema::structure(
    "S3Configuration",
    &[
        Member::new("destinationIdentifier", &p::STRING).with(f::REQUIRED),
        Member::new("roleArn", &p::STRING).with(f::REQUIRED),
        Member::new("ownerAccountId", &p::STRING),
        Member::new("kmsKeyId", &p::STRING),
    ],
);
pub static S3_DELIVERY_CONFIGURATION: Schema = Schema::structure(
    "S3DeliveryConfiguration",
    &[
        Member::new("suffixPath", &p::STRING),
        Member::new("enableHiveCompatiblePath", &p::BOOLEAN),
    ],
);
pub static S3_TABLE_INTEGRATION_SOURCE: Schema = Schema::structure(
    "S3TableIntegrationSource",
    &[
        Member::new("identifier", &p::STRING),
        Member::new("dataSource", &DATA_SOURCE),
        Member::new("status", &p::STRING),
        Member::new("statusReason", &p::STRING),
        Member::new("createdTimeStamp", &p::LONG),
        Member::new("parentSourceIdentifier", &p::STRING),
    ],
);
pub static S3_TABLE_INTEGRATION_SOURCES: Schema = Schema::list(
    "S3TableIntegrationSources",
    &[Member::new("member", &S3_TABLE_INTEGRATION_SOURCE)],
);
pub static S3_TABLES_INTEGRATION: Schema = Schema::structure(
    "S3TablesIntegration",
    &[
        Member::new("datasourceName", &p::STRING),
        Member::new("datasourceType", &p::STRING),
    ],
);
pub static SCHEDULED_QUERY_DESTINATION: Schema = Schema::structure(
    "ScheduledQueryDestination",
    &[
        Member::new("destinationType", &p::STRING),
        Member::new("destinationIdentifier", &p::STRING),
        Member::new("status", &p::STRING),
        Member::new("processedIdentifier", &p::STRING),
        Member::new("errorMessage", &p::STRING),
    ],
);
pub static SCHEDULED_QUERY_DESTINATION_LIST: Schema = Schema::list(
    "ScheduledQueryDestinationList",
    &[Member::new("member", &SCHEDULED_QUERY_DESTINATION)],
);
pub static SCHEDULED_QUERY_LOG_GROUP_IDENTIFIERS: Schema = Schema::list(
    "ScheduledQueryLogGroupIdentifiers",
    &[Member::new("member", &p::STRING)],
);
pub static SCHEDULED_QUERY_SUMMARY: Schema = Schema::structure(
    "ScheduledQuerySummary",
    &[
        Member::new("scheduledQueryArn", &p::STRING),
        Member::new("name", &p::STRING),
        Member::new("state", &p::STRING),
        Member::new("scheduleType", &p::STRING),
        Member::new("lastTriggeredTime", &p::LONG),
        Member::new("lastExecutionStatus", &p::STRING),
        Member::new("scheduleExpression", &p::STRING),
        Member::new("timezone", &p::STRING),
        Member::new("destinationConfiguration", &DESTINATION_CONFIGURATION),
        Member::new("creationTime", &p::LONG),
        Member::new("lastUpdatedTime", &p::LONG),
    ],
);
pub static SCHEDULED_QUERY_SUMMARY_LIST: Schema = Schema::list(
    "ScheduledQuerySummaryList",
    &[Member::new("member", &SCHEDULED_QUERY_SUMMARY)],
);
pub static SEARCHED_LOG_STREAM: Schema = Schema::structure(
    "SearchedLogStream",
    &[
        Member::new("logStreamName", &p::STRING),
        Member::new("searchedCompletely", &p::BOOLEAN),
    ],
);
pub static SEARCHED_LOG_STREAMS: Schema = Schema::list(
    "SearchedLogStreams",
    &[Member::new("member", &SEARCHED_LOG_STREAM)],
);
pub static SERVICE_QUOTA_EXCEEDED_EXCEPTION: Schema = Schema::structure(
        "ServiceQuotaExceededException",
        &[],
    )
    .error("ServiceQuotaExceededException", 400u16);
pub static SERVICE_UNAVAILABLE_EXCEPTION: Schema = Schema::structure(
        "ServiceUnavailableException",
        &[],
    )
    .error("ServiceUnavailableException", 500u16);
pub static SESSION_STREAMING_EXCEPTION: Schema = Schema::structure(
        "SessionStreamingException",
        &[Member::new("message", &p::STRING)],
    )
    .error("SessionStreamingException", 400u16);
pub static SESSION_TIMEOUT_EXCEPTION: Schema = Schema::structure(
        "SessionTimeoutException",
        &[Member::new("message", &p::STRING)],
    )
    .error("SessionTimeoutException", 400u16);
pub static SPLIT_STRING: Schema = Schema::structure(
    "SplitString",
    &[Member::new("entries", &SPLIT_STRING_ENTRIES).with(f::REQUIRED)],
);
pub static SPLIT_STRING_ENTRIES: Schema = Schema::list(
    "SplitStringEntries",
    &[Member::new("member", &SPLIT_STRING_ENTRY)],
);
pub static SPLIT_STRING_ENTRY: Schema = Schema::structure(
    "SplitStringEntry",
    &[
        Member::new("source", &p::STRING).with(f::REQUIRED),
        Member::new("delimiter", &p::STRING).with(f::REQUIRED),
    ],
);
pub static START_LIVE_TAIL_LOG_GROUP_IDENTIFIERS: Schema = Schema::list(
    "StartLiveTailLogGroupIdentifiers",
    &[Member::new("member", &p::STRING)],
);
pub static START_LIVE_TAIL_INPUT: Schema = Schema::structure(
    "StartLiveTailRequest",
    &[
        Member::new("logGroupIdentifiers", &START_LIVE_TAIL_LOG_GROUP_IDENTIFIERS)
            .with(f::REQUIRED),
        Member::new("logStreamNames", &INPUT_LOG_STREAM_NAMES),
        Member::new("logStreamNamePrefixes", &INPUT_LOG_STREAM_NAMES),
        Member::new("logEventFilterPattern", &p::STRING),
    ],
);
pub static START_LIVE_TAIL_OUTPUT: Schema = Schema::structure(
    "StartLiveTailResponse",
    &[
        Member::new("responseStream", &START_LIVE_TAIL_RESPONSE_STREAM)
            .with(f::EVENT_STREAM),
    ],
);
pub static START_LIVE_TAIL_RESPONSE_STREAM: Schema = Schema::union(
        "StartLiveTailResponseStream",
        &[
            Member::new("sessionStart", &LIVE_TAIL_SESSION_START),
            Member::new("sessionUpdate", &LIVE_TAIL_SESSION_UPDATE),
            Member::new("SessionTimeoutException", &SESSION_TIMEOUT_EXCEPTION),
            Member::new("SessionStreamingException", &SESSION_STREAMING_EXCEPTION),
        ],
    )
    .with(f::EVENT_STREAM);
pub static START_QUERY_INPUT: Schema = Schema::structure(
    "StartQueryRequest",
    &[
        Member::new("queryLanguage", &p::STRING),
        Member::new("logGroupName", &p::STRING),
        Member::new("logGroupNames", &LOG_GROUP_NAMES),
        Member::new("logGroupIdentifiers", &LOG_GROUP_IDENTIFIERS),
        Member::new("startTime", &p::LONG).with(f::REQUIRED),
        Member::new("endTime", &p::LONG).with(f::REQUIRED),
        Member::new("queryString", &p::STRING).with(f::REQUIRED),
        Member::new("limit", &p::INTEGER),
    ],
);
pub static START_QUERY_OUTPUT: Schema = Schema::structure(
    "StartQueryResponse",
    &[Member::new("queryId", &p::STRING)],
);
pub static STOP_QUERY_INPUT: Schema = Schema::structure(
    "StopQueryRequest",
    &[Member::new("queryId", &p::STRING).with(f::REQUIRED)],
);
pub static STOP_QUERY_OUTPUT: Schema = Schema::structure(
    "StopQueryResponse",
    &[Member::new("success", &p::BOOLEAN)],
);
pub static SUBSCRIPTION_FILTER: Schema = Schema::structure(
    "SubscriptionFilter",
    &[
        Member::new("filterName", &p::STRING),
        Member::new("logGroupName", &p::STRING),
        Member::new("filterPattern", &p::STRING),
        Member::new("destinationArn", &p::STRING),
        Member::new("roleArn", &p::STRING),
        Member::new("distribution", &p::STRING),
        Member::new("applyOnTransformedLogs", &p::BOOLEAN),
        Member::new("creationTime", &p::LONG),
        Member::new("fieldSelectionCriteria", &p::STRING),
        Member::new("emitSystemFields", &EMIT_SYSTEM_FIELDS),
    ],
);
pub static SUBSCRIPTION_FILTERS: Schema = Schema::list(
    "SubscriptionFilters",
    &[Member::new("member", &SUBSCRIPTION_FILTER)],
);
pub static SUBSTITUTE_STRING: Schema = Schema::structure(
    "SubstituteString",
    &[Member::new("entries", &SUBSTITUTE_STRING_ENTRIES).with(f::REQUIRED)],
);
pub static SUBSTITUTE_STRING_ENTRIES: Schema = Schema::list(
    "SubstituteStringEntries",
    &[Member::new("member", &SUBSTITUTE_STRING_ENTRY)],
);
pub static SUBSTITUTE_STRING_ENTRY: Schema = Schema::structure(
    "SubstituteStringEntry",
    &[
        Member::new("source", &p::STRING).with(f::REQUIRED),
        Member::new("from", &p::STRING).with(f::REQUIRED),
        Member::new("to", &p::STRING).with(f::REQUIRED),
    ],
);
pub static SUPPRESSION_PERIOD: Schema = Schema::structure(
    "SuppressionPeriod",
    &[Member::new("value", &p::INTEGER), Member::new("suppressionUnit", &p::STRING)],
);
pub static SYSLOG_CONFIGURATION: Schema = Schema::structure(
    "SyslogConfiguration",
    &[
        Member::new("logGroupArn", &p::STRING),
        Member::new("sourceType", &p::STRING),
        Member::new("vpcEndpointId", &p::STRING),
        Member::new("createdAt", &p::LONG),
    ],
);
pub static SYSLOG_CONFIGURATIONS: Schema = Schema::list(
    "SyslogConfigurations",
    &[Member::new("member", &SYSLOG_CONFIGURATION)],
);
pub static TABLE_FIELDS: Schema = Schema::list(
    "TableFields",
    &[Member::new("member", &p::STRING)],
);
pub static TAG_FILTER: Schema = Schema::structure(
    "TagFilter",
    &[
        Member::new("key", &p::STRING).with(f::REQUIRED),
        Member::new("values", &TAG_FILTER_VALUES),
    ],
);
pub static TAG_FILTER_VALUES: Schema = Schema::list(
    "TagFilterValues",
    &[Member::new("member", &p::STRING)],
);
pub static TAG_FILTERS: Schema = Schema::list(
    "TagFilters",
    &[Member::new("member", &TAG_FILTER)],
);
pub static TAG_KEY_LIST: Schema = Schema::list(
    "TagKeyList",
    &[Member::new("member", &p::STRING)],
);
pub static TAG_LIST: Schema = Schema::list(
    "TagList",
    &[Member::new("member", &p::STRING)],
);
pub static TAG_LOG_GROUP_INPUT: Schema = Schema::structure(
    "TagLogGroupRequest",
    &[
        Member::new("logGroupName", &p::STRING).with(f::REQUIRED),
        Member::new("tags", &TAGS).with(f::REQUIRED),
    ],
);
pub static TAG_RESOURCE_INPUT: Schema = Schema::structure(
    "TagResourceRequest",
    &[
        Member::new("resourceArn", &p::STRING).with(f::REQUIRED),
        Member::new("tags", &TAGS).with(f::REQUIRED),
    ],
);
pub static TAGS: Schema = Schema::map(
    "Tags",
    &[Member::new("key", &p::STRING), Member::new("value", &p::STRING)],
);
pub static TEST_EVENT_MESSAGES: Schema = Schema::list(
    "TestEventMessages",
    &[Member::new("member", &p::STRING)],
);
pub static TEST_METRIC_FILTER_INPUT: Schema = Schema::structure(
    "TestMetricFilterRequest",
    &[
        Member::new("filterPattern", &p::STRING).with(f::REQUIRED),
        Member::new("logEventMessages", &TEST_EVENT_MESSAGES).with(f::REQUIRED),
    ],
);
pub static TEST_METRIC_FILTER_OUTPUT: Schema = Schema::structure(
    "TestMetricFilterResponse",
    &[Member::new("matches", &METRIC_FILTER_MATCHES)],
);
pub static TEST_TRANSFORMER_INPUT: Schema = Schema::structure(
    "TestTransformerRequest",
    &[
        Member::new("transformerConfig", &PROCESSORS).with(f::REQUIRED),
        Member::new("logEventMessages", &TEST_EVENT_MESSAGES).with(f::REQUIRED),
    ],
);
pub static TEST_TRANSFORMER_OUTPUT: Schema = Schema::structure(
    "TestTransformerResponse",
    &[Member::new("transformedLogs", &TRANSFORMED_LOGS)],
);
pub static THROTTLING_EXCEPTION: Schema = Schema::structure("ThrottlingException", &[])
    .error("ThrottlingException", 400u16);
pub static TOO_MANY_TAGS_EXCEPTION: Schema = Schema::structure(
        "TooManyTagsException",
        &[Member::new("message", &p::STRING), Member::new("resourceName", &p::STRING)],
    )
    .error("TooManyTagsException", 400u16);
pub static TRANSFORMED_LOG_RECORD: Schema = Schema::structure(
    "TransformedLogRecord",
    &[
        Member::new("eventNumber", &p::LONG),
        Member::new("eventMessage", &p::STRING),
        Member::new("transformedEventMessage", &p::STRING),
    ],
);
pub static TRANSFORMED_LOGS: Schema = Schema::list(
    "TransformedLogs",
    &[Member::new("member", &TRANSFORMED_LOG_RECORD)],
);
pub static TRIGGER_HISTORY_RECORD: Schema = Schema::structure(
    "TriggerHistoryRecord",
    &[
        Member::new("queryId", &p::STRING),
        Member::new("executionStatus", &p::STRING),
        Member::new("triggeredTimestamp", &p::LONG),
        Member::new("errorMessage", &p::STRING),
        Member::new("destinations", &SCHEDULED_QUERY_DESTINATION_LIST),
    ],
);
pub static TRIGGER_HISTORY_RECORD_LIST: Schema = Schema::list(
    "TriggerHistoryRecordList",
    &[Member::new("member", &TRIGGER_HISTORY_RECORD)],
);
pub static TRIM_STRING: Schema = Schema::structure(
    "TrimString",
    &[Member::new("withKeys", &TRIM_STRING_WITH_KEYS).with(f::REQUIRED)],
);
pub static TRIM_STRING_WITH_KEYS: Schema = Schema::list(
    "TrimStringWithKeys",
    &[Member::new("member", &p::STRING)],
);
pub static TYPE_CONVERTER: Schema = Schema::structure(
    "TypeConverter",
    &[Member::new("entries", &TYPE_CONVERTER_ENTRIES).with(f::REQUIRED)],
);
pub static TYPE_CONVERTER_ENTRIES: Schema = Schema::list(
    "TypeConverterEntries",
    &[Member::new("member", &TYPE_CONVERTER_ENTRY)],
);
pub static TYPE_CONVERTER_ENTRY: Schema = Schema::structure(
    "TypeConverterEntry",
    &[
        Member::new("key", &p::STRING).with(f::REQUIRED),
        Member::new("type", &p::STRING).with(f::REQUIRED),
    ],
);
pub static UNRECOGNIZED_CLIENT_EXCEPTION: Schema = Schema::structure(
        "UnrecognizedClientException",
        &[],
    )
    .error("UnrecognizedClientException", 400u16);
pub static UNTAG_LOG_GROUP_INPUT: Schema = Schema::structure(
    "UntagLogGroupRequest",
    &[
        Member::new("logGroupName", &p::STRING).with(f::REQUIRED),
        Member::new("tags", &TAG_LIST).with(f::REQUIRED),
    ],
);
pub static UNTAG_RESOURCE_INPUT: Schema = Schema::structure(
    "UntagResourceRequest",
    &[
        Member::new("resourceArn", &p::STRING).with(f::REQUIRED),
        Member::new("tagKeys", &TAG_KEY_LIST).with(f::REQUIRED),
    ],
);
pub static UPDATE_ANOMALY_INPUT: Schema = Schema::structure(
    "UpdateAnomalyRequest",
    &[
        Member::new("anomalyId", &p::STRING),
        Member::new("patternId", &p::STRING),
        Member::new("anomalyDetectorArn", &p::STRING).with(f::REQUIRED),
        Member::new("suppressionType", &p::STRING),
        Member::new("suppressionPeriod", &SUPPRESSION_PERIOD),
        Member::new("baseline", &p::BOOLEAN),
    ],
);
pub static UPDATE_DELIVERY_CONFIGURATION_INPUT: Schema = Schema::structure(
    "UpdateDeliveryConfigurationRequest",
    &[
        Member::new("id", &p::STRING).with(f::REQUIRED),
        Member::new("recordFields", &RECORD_FIELDS),
        Member::new("fieldDelimiter", &p::STRING),
        Member::new("s3DeliveryConfiguration", &S3_DELIVERY_CONFIGURATION),
    ],
);
pub static UPDATE_DELIVERY_CONFIGURATION_OUTPUT: Schema = Schema::structure(
    "UpdateDeliveryConfigurationResponse",
    &[],
);
pub static UPDATE_LOG_ANOMALY_DETECTOR_INPUT: Schema = Schema::structure(
    "UpdateLogAnomalyDetectorRequest",
    &[
        Member::new("anomalyDetectorArn", &p::STRING).with(f::REQUIRED),
        Member::new("evaluationFrequency", &p::STRING),
        Member::new("filterPattern", &p::STRING),
        Member::new("anomalyVisibilityTime", &p::LONG),
        Member::new("enabled", &p::BOOLEAN).with(f::REQUIRED),
    ],
);
pub static UPDATE_LOOKUP_TABLE_INPUT: Schema = Schema::structure(
    "UpdateLookupTableRequest",
    &[
        Member::new("lookupTableArn", &p::STRING).with(f::REQUIRED),
        Member::new("description", &p::STRING),
        Member::new("tableBody", &p::STRING),
        Member::new("queryId", &p::STRING),
        Member::new("kmsKeyId", &p::STRING),
    ],
);
pub static UPDATE_LOOKUP_TABLE_OUTPUT: Schema = Schema::structure(
    "UpdateLookupTableResponse",
    &[
        Member::new("lookupTableArn", &p::STRING),
        Member::new("lastUpdatedTime", &p::LONG),
    ],
);
pub static UPDATE_SCHEDULED_QUERY_INPUT: Schema = Schema::structure(
    "UpdateScheduledQueryRequest",
    &[
        Member::new("identifier", &p::STRING).with(f::REQUIRED),
        Member::new("description", &p::STRING),
        Member::new("queryLanguage", &p::STRING).with(f::REQUIRED),
        Member::new("queryString", &p::STRING).with(f::REQUIRED),
        Member::new("logGroupIdentifiers", &SCHEDULED_QUERY_LOG_GROUP_IDENTIFIERS),
        Member::new("scheduleExpression", &p::STRING).with(f::REQUIRED),
        Member::new("timezone", &p::STRING),
        Member::new("startTimeOffset", &p::LONG),
        Member::new("endTimeOffset", &p::LONG),
        Member::new("destinationConfiguration", &DESTINATION_CONFIGURATION),
        Member::new("scheduleStartTime", &p::LONG),
        Member::new("scheduleEndTime", &p::LONG),
        Member::new("executionRoleArn", &p::STRING).with(f::REQUIRED),
        Member::new("state", &p::STRING),
    ],
);
pub static UPDATE_SCHEDULED_QUERY_OUTPUT: Schema = Schema::structure(
    "UpdateScheduledQueryResponse",
    &[
        Member::new("scheduledQueryArn", &p::STRING),
        Member::new("name", &p::STRING),
        Member::new("description", &p::STRING),
        Member::new("queryLanguage", &p::STRING),
        Member::new("queryString", &p::STRING),
        Member::new("logGroupIdentifiers", &SCHEDULED_QUERY_LOG_GROUP_IDENTIFIERS),
        Member::new("scheduleExpression", &p::STRING),
        Member::new("timezone", &p::STRING),
        Member::new("startTimeOffset", &p::LONG),
        Member::new("endTimeOffset", &p::LONG),
        Member::new("destinationConfiguration", &DESTINATION_CONFIGURATION),
        Member::new("state", &p::STRING),
        Member::new("scheduleType", &p::STRING),
        Member::new("lastTriggeredTime", &p::LONG),
        Member::new("lastExecutionStatus", &p::STRING),
        Member::new("scheduleStartTime", &p::LONG),
        Member::new("scheduleEndTime", &p::LONG),
        Member::new("executionRoleArn", &p::STRING),
        Member::new("creationTime", &p::LONG),
        Member::new("lastUpdatedTime", &p::LONG),
    ],
);
pub static UPPER_CASE_STRING: Schema = Schema::structure(
    "UpperCaseString",
    &[Member::new("withKeys", &UPPER_CASE_STRING_WITH_KEYS).with(f::REQUIRED)],
);
pub static UPPER_CASE_STRING_WITH_KEYS: Schema = Schema::list(
    "UpperCaseStringWithKeys",
    &[Member::new("member", &p::STRING)],
);
pub static VALIDATION_EXCEPTION: Schema = Schema::structure("ValidationException", &[])
    .error("ValidationException", 400u16);
/// Operation metadata.
pub mod ops {
    use super::*;
    pub static ASSOCIATE_KMS_KEY: Operation = Operation::new(
            "AssociateKmsKey",
            "POST",
            "/",
            &super::ASSOCIATE_KMS_KEY_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::OPERATION_ABORTED_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
            ],
        );
    pub static ASSOCIATE_SOURCE_TO_S3_TABLE_INTEGRATION: Operation = Operation::new(
            "AssociateSourceToS3TableIntegration",
            "POST",
            "/",
            &super::ASSOCIATE_SOURCE_TO_S3_TABLE_INTEGRATION_INPUT,
            &super::ASSOCIATE_SOURCE_TO_S3_TABLE_INTEGRATION_OUTPUT,
        )
        .errors(
            &[
                &super::ACCESS_DENIED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::VALIDATION_EXCEPTION,
                &super::INTERNAL_SERVER_EXCEPTION,
            ],
        );
    pub static CANCEL_EXPORT_TASK: Operation = Operation::new(
            "CancelExportTask",
            "POST",
            "/",
            &super::CANCEL_EXPORT_TASK_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::INVALID_OPERATION_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
            ],
        );
    pub static CANCEL_IMPORT_TASK: Operation = Operation::new(
            "CancelImportTask",
            "POST",
            "/",
            &super::CANCEL_IMPORT_TASK_INPUT,
            &super::CANCEL_IMPORT_TASK_OUTPUT,
        )
        .errors(
            &[
                &super::ACCESS_DENIED_EXCEPTION,
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::INVALID_OPERATION_EXCEPTION,
            ],
        );
    pub static CREATE_DELIVERY: Operation = Operation::new(
            "CreateDelivery",
            "POST",
            "/",
            &super::CREATE_DELIVERY_INPUT,
            &super::CREATE_DELIVERY_OUTPUT,
        )
        .errors(
            &[
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::CONFLICT_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::VALIDATION_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
                &super::SERVICE_QUOTA_EXCEEDED_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
            ],
        );
    pub static CREATE_EXPORT_TASK: Operation = Operation::new(
            "CreateExportTask",
            "POST",
            "/",
            &super::CREATE_EXPORT_TASK_INPUT,
            &super::CREATE_EXPORT_TASK_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::OPERATION_ABORTED_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::RESOURCE_ALREADY_EXISTS_EXCEPTION,
            ],
        );
    pub static CREATE_IMPORT_TASK: Operation = Operation::new(
            "CreateImportTask",
            "POST",
            "/",
            &super::CREATE_IMPORT_TASK_INPUT,
            &super::CREATE_IMPORT_TASK_OUTPUT,
        )
        .errors(
            &[
                &super::ACCESS_DENIED_EXCEPTION,
                &super::CONFLICT_EXCEPTION,
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::VALIDATION_EXCEPTION,
                &super::INVALID_OPERATION_EXCEPTION,
            ],
        );
    pub static CREATE_LOG_ANOMALY_DETECTOR: Operation = Operation::new(
            "CreateLogAnomalyDetector",
            "POST",
            "/",
            &super::CREATE_LOG_ANOMALY_DETECTOR_INPUT,
            &super::CREATE_LOG_ANOMALY_DETECTOR_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::OPERATION_ABORTED_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
            ],
        );
    pub static CREATE_LOG_GROUP: Operation = Operation::new(
            "CreateLogGroup",
            "POST",
            "/",
            &super::CREATE_LOG_GROUP_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_ALREADY_EXISTS_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::OPERATION_ABORTED_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
            ],
        );
    pub static CREATE_LOG_STREAM: Operation = Operation::new(
            "CreateLogStream",
            "POST",
            "/",
            &super::CREATE_LOG_STREAM_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_ALREADY_EXISTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
            ],
        );
    pub static CREATE_LOOKUP_TABLE: Operation = Operation::new(
            "CreateLookupTable",
            "POST",
            "/",
            &super::CREATE_LOOKUP_TABLE_INPUT,
            &super::CREATE_LOOKUP_TABLE_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_ALREADY_EXISTS_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::VALIDATION_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
            ],
        );
    pub static CREATE_SCHEDULED_QUERY: Operation = Operation::new(
            "CreateScheduledQuery",
            "POST",
            "/",
            &super::CREATE_SCHEDULED_QUERY_INPUT,
            &super::CREATE_SCHEDULED_QUERY_OUTPUT,
        )
        .errors(
            &[
                &super::VALIDATION_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::CONFLICT_EXCEPTION,
                &super::SERVICE_QUOTA_EXCEEDED_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::INTERNAL_SERVER_EXCEPTION,
            ],
        );
    pub static DELETE_ACCOUNT_POLICY: Operation = Operation::new(
            "DeleteAccountPolicy",
            "POST",
            "/",
            &super::DELETE_ACCOUNT_POLICY_INPUT,
            &super::DELETE_ACCOUNT_POLICY_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::OPERATION_ABORTED_EXCEPTION,
            ],
        );
    pub static DELETE_DATA_PROTECTION_POLICY: Operation = Operation::new(
            "DeleteDataProtectionPolicy",
            "POST",
            "/",
            &super::DELETE_DATA_PROTECTION_POLICY_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::OPERATION_ABORTED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
            ],
        );
    pub static DELETE_DELIVERY: Operation = Operation::new(
            "DeleteDelivery",
            "POST",
            "/",
            &super::DELETE_DELIVERY_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::CONFLICT_EXCEPTION,
                &super::VALIDATION_EXCEPTION,
                &super::SERVICE_QUOTA_EXCEEDED_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
            ],
        );
    pub static DELETE_DELIVERY_DESTINATION: Operation = Operation::new(
            "DeleteDeliveryDestination",
            "POST",
            "/",
            &super::DELETE_DELIVERY_DESTINATION_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::CONFLICT_EXCEPTION,
                &super::VALIDATION_EXCEPTION,
                &super::SERVICE_QUOTA_EXCEEDED_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
            ],
        );
    pub static DELETE_DELIVERY_DESTINATION_POLICY: Operation = Operation::new(
            "DeleteDeliveryDestinationPolicy",
            "POST",
            "/",
            &super::DELETE_DELIVERY_DESTINATION_POLICY_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::VALIDATION_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::CONFLICT_EXCEPTION,
            ],
        );
    pub static DELETE_DELIVERY_SOURCE: Operation = Operation::new(
            "DeleteDeliverySource",
            "POST",
            "/",
            &super::DELETE_DELIVERY_SOURCE_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::CONFLICT_EXCEPTION,
                &super::VALIDATION_EXCEPTION,
                &super::SERVICE_QUOTA_EXCEEDED_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
            ],
        );
    pub static DELETE_DESTINATION: Operation = Operation::new(
            "DeleteDestination",
            "POST",
            "/",
            &super::DELETE_DESTINATION_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::OPERATION_ABORTED_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
            ],
        );
    pub static DELETE_INDEX_POLICY: Operation = Operation::new(
            "DeleteIndexPolicy",
            "POST",
            "/",
            &super::DELETE_INDEX_POLICY_INPUT,
            &super::DELETE_INDEX_POLICY_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::OPERATION_ABORTED_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
            ],
        );
    pub static DELETE_INTEGRATION: Operation = Operation::new(
            "DeleteIntegration",
            "POST",
            "/",
            &super::DELETE_INTEGRATION_INPUT,
            &super::DELETE_INTEGRATION_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::VALIDATION_EXCEPTION,
            ],
        );
    pub static DELETE_LOG_ANOMALY_DETECTOR: Operation = Operation::new(
            "DeleteLogAnomalyDetector",
            "POST",
            "/",
            &super::DELETE_LOG_ANOMALY_DETECTOR_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::OPERATION_ABORTED_EXCEPTION,
            ],
        );
    pub static DELETE_LOG_GROUP: Operation = Operation::new(
            "DeleteLogGroup",
            "POST",
            "/",
            &super::DELETE_LOG_GROUP_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::OPERATION_ABORTED_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::VALIDATION_EXCEPTION,
            ],
        );
    pub static DELETE_LOG_STREAM: Operation = Operation::new(
            "DeleteLogStream",
            "POST",
            "/",
            &super::DELETE_LOG_STREAM_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::OPERATION_ABORTED_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::VALIDATION_EXCEPTION,
            ],
        );
    pub static DELETE_LOOKUP_TABLE: Operation = Operation::new(
            "DeleteLookupTable",
            "POST",
            "/",
            &super::DELETE_LOOKUP_TABLE_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
            ],
        );
    pub static DELETE_METRIC_FILTER: Operation = Operation::new(
            "DeleteMetricFilter",
            "POST",
            "/",
            &super::DELETE_METRIC_FILTER_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::OPERATION_ABORTED_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
            ],
        );
    pub static DELETE_QUERY_DEFINITION: Operation = Operation::new(
            "DeleteQueryDefinition",
            "POST",
            "/",
            &super::DELETE_QUERY_DEFINITION_INPUT,
            &super::DELETE_QUERY_DEFINITION_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
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
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::OPERATION_ABORTED_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
            ],
        );
    pub static DELETE_RETENTION_POLICY: Operation = Operation::new(
            "DeleteRetentionPolicy",
            "POST",
            "/",
            &super::DELETE_RETENTION_POLICY_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::OPERATION_ABORTED_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
            ],
        );
    pub static DELETE_SCHEDULED_QUERY: Operation = Operation::new(
            "DeleteScheduledQuery",
            "POST",
            "/",
            &super::DELETE_SCHEDULED_QUERY_INPUT,
            &super::DELETE_SCHEDULED_QUERY_OUTPUT,
        )
        .errors(
            &[
                &super::VALIDATION_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::INTERNAL_SERVER_EXCEPTION,
            ],
        );
    pub static DELETE_SUBSCRIPTION_FILTER: Operation = Operation::new(
            "DeleteSubscriptionFilter",
            "POST",
            "/",
            &super::DELETE_SUBSCRIPTION_FILTER_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::OPERATION_ABORTED_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
            ],
        );
    pub static DELETE_SYSLOG_CONFIGURATION: Operation = Operation::new(
            "DeleteSyslogConfiguration",
            "POST",
            "/",
            &super::DELETE_SYSLOG_CONFIGURATION_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::ACCESS_DENIED_EXCEPTION,
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::INVALID_OPERATION_EXCEPTION,
                &super::OPERATION_ABORTED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
            ],
        );
    pub static DELETE_TRANSFORMER: Operation = Operation::new(
            "DeleteTransformer",
            "POST",
            "/",
            &super::DELETE_TRANSFORMER_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::OPERATION_ABORTED_EXCEPTION,
                &super::INVALID_OPERATION_EXCEPTION,
            ],
        );
    pub static DESCRIBE_ACCOUNT_POLICIES: Operation = Operation::new(
            "DescribeAccountPolicies",
            "POST",
            "/",
            &super::DESCRIBE_ACCOUNT_POLICIES_INPUT,
            &super::DESCRIBE_ACCOUNT_POLICIES_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::OPERATION_ABORTED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
            ],
        );
    pub static DESCRIBE_CONFIGURATION_TEMPLATES: Operation = Operation::new(
            "DescribeConfigurationTemplates",
            "POST",
            "/",
            &super::DESCRIBE_CONFIGURATION_TEMPLATES_INPUT,
            &super::DESCRIBE_CONFIGURATION_TEMPLATES_OUTPUT,
        )
        .errors(
            &[
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::VALIDATION_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
            ],
        );
    pub static DESCRIBE_DELIVERIES: Operation = Operation::new(
            "DescribeDeliveries",
            "POST",
            "/",
            &super::DESCRIBE_DELIVERIES_INPUT,
            &super::DESCRIBE_DELIVERIES_OUTPUT,
        )
        .errors(
            &[
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::SERVICE_QUOTA_EXCEEDED_EXCEPTION,
                &super::VALIDATION_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
            ],
        );
    pub static DESCRIBE_DELIVERY_DESTINATIONS: Operation = Operation::new(
            "DescribeDeliveryDestinations",
            "POST",
            "/",
            &super::DESCRIBE_DELIVERY_DESTINATIONS_INPUT,
            &super::DESCRIBE_DELIVERY_DESTINATIONS_OUTPUT,
        )
        .errors(
            &[
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::SERVICE_QUOTA_EXCEEDED_EXCEPTION,
                &super::VALIDATION_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
            ],
        );
    pub static DESCRIBE_DELIVERY_SOURCES: Operation = Operation::new(
            "DescribeDeliverySources",
            "POST",
            "/",
            &super::DESCRIBE_DELIVERY_SOURCES_INPUT,
            &super::DESCRIBE_DELIVERY_SOURCES_OUTPUT,
        )
        .errors(
            &[
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::SERVICE_QUOTA_EXCEEDED_EXCEPTION,
                &super::VALIDATION_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
            ],
        );
    pub static DESCRIBE_DESTINATIONS: Operation = Operation::new(
            "DescribeDestinations",
            "POST",
            "/",
            &super::DESCRIBE_DESTINATIONS_INPUT,
            &super::DESCRIBE_DESTINATIONS_OUTPUT,
        )
        .errors(
            &[&super::INVALID_PARAMETER_EXCEPTION, &super::SERVICE_UNAVAILABLE_EXCEPTION],
        );
    pub static DESCRIBE_EXPORT_TASKS: Operation = Operation::new(
            "DescribeExportTasks",
            "POST",
            "/",
            &super::DESCRIBE_EXPORT_TASKS_INPUT,
            &super::DESCRIBE_EXPORT_TASKS_OUTPUT,
        )
        .errors(
            &[&super::INVALID_PARAMETER_EXCEPTION, &super::SERVICE_UNAVAILABLE_EXCEPTION],
        );
    pub static DESCRIBE_FIELD_INDEXES: Operation = Operation::new(
            "DescribeFieldIndexes",
            "POST",
            "/",
            &super::DESCRIBE_FIELD_INDEXES_INPUT,
            &super::DESCRIBE_FIELD_INDEXES_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::OPERATION_ABORTED_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
            ],
        );
    pub static DESCRIBE_IMPORT_TASK_BATCHES: Operation = Operation::new(
            "DescribeImportTaskBatches",
            "POST",
            "/",
            &super::DESCRIBE_IMPORT_TASK_BATCHES_INPUT,
            &super::DESCRIBE_IMPORT_TASK_BATCHES_OUTPUT,
        )
        .errors(
            &[
                &super::ACCESS_DENIED_EXCEPTION,
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::INVALID_OPERATION_EXCEPTION,
            ],
        );
    pub static DESCRIBE_IMPORT_TASKS: Operation = Operation::new(
            "DescribeImportTasks",
            "POST",
            "/",
            &super::DESCRIBE_IMPORT_TASKS_INPUT,
            &super::DESCRIBE_IMPORT_TASKS_OUTPUT,
        )
        .errors(
            &[
                &super::ACCESS_DENIED_EXCEPTION,
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::INVALID_OPERATION_EXCEPTION,
            ],
        );
    pub static DESCRIBE_INDEX_POLICIES: Operation = Operation::new(
            "DescribeIndexPolicies",
            "POST",
            "/",
            &super::DESCRIBE_INDEX_POLICIES_INPUT,
            &super::DESCRIBE_INDEX_POLICIES_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::OPERATION_ABORTED_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
            ],
        );
    pub static DESCRIBE_LOG_GROUPS: Operation = Operation::new(
            "DescribeLogGroups",
            "POST",
            "/",
            &super::DESCRIBE_LOG_GROUPS_INPUT,
            &super::DESCRIBE_LOG_GROUPS_OUTPUT,
        )
        .errors(
            &[&super::INVALID_PARAMETER_EXCEPTION, &super::SERVICE_UNAVAILABLE_EXCEPTION],
        );
    pub static DESCRIBE_LOG_STREAMS: Operation = Operation::new(
            "DescribeLogStreams",
            "POST",
            "/",
            &super::DESCRIBE_LOG_STREAMS_INPUT,
            &super::DESCRIBE_LOG_STREAMS_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
            ],
        );
    pub static DESCRIBE_LOOKUP_TABLES: Operation = Operation::new(
            "DescribeLookupTables",
            "POST",
            "/",
            &super::DESCRIBE_LOOKUP_TABLES_INPUT,
            &super::DESCRIBE_LOOKUP_TABLES_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
            ],
        );
    pub static DESCRIBE_METRIC_FILTERS: Operation = Operation::new(
            "DescribeMetricFilters",
            "POST",
            "/",
            &super::DESCRIBE_METRIC_FILTERS_INPUT,
            &super::DESCRIBE_METRIC_FILTERS_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
            ],
        );
    pub static DESCRIBE_QUERIES: Operation = Operation::new(
            "DescribeQueries",
            "POST",
            "/",
            &super::DESCRIBE_QUERIES_INPUT,
            &super::DESCRIBE_QUERIES_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
            ],
        );
    pub static DESCRIBE_QUERY_DEFINITIONS: Operation = Operation::new(
            "DescribeQueryDefinitions",
            "POST",
            "/",
            &super::DESCRIBE_QUERY_DEFINITIONS_INPUT,
            &super::DESCRIBE_QUERY_DEFINITIONS_OUTPUT,
        )
        .errors(
            &[&super::INVALID_PARAMETER_EXCEPTION, &super::SERVICE_UNAVAILABLE_EXCEPTION],
        );
    pub static DESCRIBE_RESOURCE_POLICIES: Operation = Operation::new(
            "DescribeResourcePolicies",
            "POST",
            "/",
            &super::DESCRIBE_RESOURCE_POLICIES_INPUT,
            &super::DESCRIBE_RESOURCE_POLICIES_OUTPUT,
        )
        .errors(
            &[&super::INVALID_PARAMETER_EXCEPTION, &super::SERVICE_UNAVAILABLE_EXCEPTION],
        );
    pub static DESCRIBE_SUBSCRIPTION_FILTERS: Operation = Operation::new(
            "DescribeSubscriptionFilters",
            "POST",
            "/",
            &super::DESCRIBE_SUBSCRIPTION_FILTERS_INPUT,
            &super::DESCRIBE_SUBSCRIPTION_FILTERS_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
            ],
        );
    pub static DISASSOCIATE_KMS_KEY: Operation = Operation::new(
            "DisassociateKmsKey",
            "POST",
            "/",
            &super::DISASSOCIATE_KMS_KEY_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::OPERATION_ABORTED_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
            ],
        );
    pub static DISASSOCIATE_SOURCE_FROM_S3_TABLE_INTEGRATION: Operation = Operation::new(
            "DisassociateSourceFromS3TableIntegration",
            "POST",
            "/",
            &super::DISASSOCIATE_SOURCE_FROM_S3_TABLE_INTEGRATION_INPUT,
            &super::DISASSOCIATE_SOURCE_FROM_S3_TABLE_INTEGRATION_OUTPUT,
        )
        .errors(
            &[
                &super::ACCESS_DENIED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::VALIDATION_EXCEPTION,
                &super::INTERNAL_SERVER_EXCEPTION,
            ],
        );
    pub static FILTER_LOG_EVENTS: Operation = Operation::new(
            "FilterLogEvents",
            "POST",
            "/",
            &super::FILTER_LOG_EVENTS_INPUT,
            &super::FILTER_LOG_EVENTS_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
            ],
        );
    pub static GET_DATA_PROTECTION_POLICY: Operation = Operation::new(
            "GetDataProtectionPolicy",
            "POST",
            "/",
            &super::GET_DATA_PROTECTION_POLICY_INPUT,
            &super::GET_DATA_PROTECTION_POLICY_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::OPERATION_ABORTED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
            ],
        );
    pub static GET_DELIVERY: Operation = Operation::new(
            "GetDelivery",
            "POST",
            "/",
            &super::GET_DELIVERY_INPUT,
            &super::GET_DELIVERY_OUTPUT,
        )
        .errors(
            &[
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::VALIDATION_EXCEPTION,
                &super::SERVICE_QUOTA_EXCEEDED_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
            ],
        );
    pub static GET_DELIVERY_DESTINATION: Operation = Operation::new(
            "GetDeliveryDestination",
            "POST",
            "/",
            &super::GET_DELIVERY_DESTINATION_INPUT,
            &super::GET_DELIVERY_DESTINATION_OUTPUT,
        )
        .errors(
            &[
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::VALIDATION_EXCEPTION,
                &super::SERVICE_QUOTA_EXCEEDED_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
            ],
        );
    pub static GET_DELIVERY_DESTINATION_POLICY: Operation = Operation::new(
            "GetDeliveryDestinationPolicy",
            "POST",
            "/",
            &super::GET_DELIVERY_DESTINATION_POLICY_INPUT,
            &super::GET_DELIVERY_DESTINATION_POLICY_OUTPUT,
        )
        .errors(
            &[
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::VALIDATION_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static GET_DELIVERY_SOURCE: Operation = Operation::new(
            "GetDeliverySource",
            "POST",
            "/",
            &super::GET_DELIVERY_SOURCE_INPUT,
            &super::GET_DELIVERY_SOURCE_OUTPUT,
        )
        .errors(
            &[
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::VALIDATION_EXCEPTION,
                &super::SERVICE_QUOTA_EXCEEDED_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
            ],
        );
    pub static GET_INTEGRATION: Operation = Operation::new(
            "GetIntegration",
            "POST",
            "/",
            &super::GET_INTEGRATION_INPUT,
            &super::GET_INTEGRATION_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static GET_LOG_ANOMALY_DETECTOR: Operation = Operation::new(
            "GetLogAnomalyDetector",
            "POST",
            "/",
            &super::GET_LOG_ANOMALY_DETECTOR_INPUT,
            &super::GET_LOG_ANOMALY_DETECTOR_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::OPERATION_ABORTED_EXCEPTION,
            ],
        );
    pub static GET_LOG_EVENTS: Operation = Operation::new(
            "GetLogEvents",
            "POST",
            "/",
            &super::GET_LOG_EVENTS_INPUT,
            &super::GET_LOG_EVENTS_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
            ],
        );
    pub static GET_LOG_FIELDS: Operation = Operation::new(
            "GetLogFields",
            "POST",
            "/",
            &super::GET_LOG_FIELDS_INPUT,
            &super::GET_LOG_FIELDS_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::OPERATION_ABORTED_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
            ],
        );
    pub static GET_LOG_GROUP_FIELDS: Operation = Operation::new(
            "GetLogGroupFields",
            "POST",
            "/",
            &super::GET_LOG_GROUP_FIELDS_INPUT,
            &super::GET_LOG_GROUP_FIELDS_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
            ],
        );
    pub static GET_LOG_OBJECT: Operation = Operation::new(
            "GetLogObject",
            "POST",
            "/",
            &super::GET_LOG_OBJECT_INPUT,
            &super::GET_LOG_OBJECT_OUTPUT,
        )
        .errors(
            &[
                &super::ACCESS_DENIED_EXCEPTION,
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INVALID_OPERATION_EXCEPTION,
            ],
        )
        .host_prefix("stream-")
        .with(op_flags::EVENT_STREAM);
    pub static GET_LOG_RECORD: Operation = Operation::new(
            "GetLogRecord",
            "POST",
            "/",
            &super::GET_LOG_RECORD_INPUT,
            &super::GET_LOG_RECORD_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
            ],
        );
    pub static GET_LOOKUP_TABLE: Operation = Operation::new(
            "GetLookupTable",
            "POST",
            "/",
            &super::GET_LOOKUP_TABLE_INPUT,
            &super::GET_LOOKUP_TABLE_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
            ],
        );
    pub static GET_QUERY_RESULTS: Operation = Operation::new(
            "GetQueryResults",
            "POST",
            "/",
            &super::GET_QUERY_RESULTS_INPUT,
            &super::GET_QUERY_RESULTS_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
            ],
        );
    pub static GET_SCHEDULED_QUERY: Operation = Operation::new(
            "GetScheduledQuery",
            "POST",
            "/",
            &super::GET_SCHEDULED_QUERY_INPUT,
            &super::GET_SCHEDULED_QUERY_OUTPUT,
        )
        .errors(
            &[
                &super::VALIDATION_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::INTERNAL_SERVER_EXCEPTION,
            ],
        );
    pub static GET_SCHEDULED_QUERY_HISTORY: Operation = Operation::new(
            "GetScheduledQueryHistory",
            "POST",
            "/",
            &super::GET_SCHEDULED_QUERY_HISTORY_INPUT,
            &super::GET_SCHEDULED_QUERY_HISTORY_OUTPUT,
        )
        .errors(
            &[
                &super::VALIDATION_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::INTERNAL_SERVER_EXCEPTION,
            ],
        );
    pub static GET_STORAGE_TIER_POLICY: Operation = Operation::new(
            "GetStorageTierPolicy",
            "POST",
            "/",
            &super::GET_STORAGE_TIER_POLICY_INPUT,
            &super::GET_STORAGE_TIER_POLICY_OUTPUT,
        )
        .errors(
            &[
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
                &super::OPERATION_ABORTED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static GET_TRANSFORMER: Operation = Operation::new(
            "GetTransformer",
            "POST",
            "/",
            &super::GET_TRANSFORMER_INPUT,
            &super::GET_TRANSFORMER_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::INVALID_OPERATION_EXCEPTION,
            ],
        );
    pub static LIST_AGGREGATE_LOG_GROUP_SUMMARIES: Operation = Operation::new(
            "ListAggregateLogGroupSummaries",
            "POST",
            "/",
            &super::LIST_AGGREGATE_LOG_GROUP_SUMMARIES_INPUT,
            &super::LIST_AGGREGATE_LOG_GROUP_SUMMARIES_OUTPUT,
        )
        .errors(
            &[
                &super::VALIDATION_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::INVALID_PARAMETER_EXCEPTION,
            ],
        );
    pub static LIST_ANOMALIES: Operation = Operation::new(
            "ListAnomalies",
            "POST",
            "/",
            &super::LIST_ANOMALIES_INPUT,
            &super::LIST_ANOMALIES_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::OPERATION_ABORTED_EXCEPTION,
            ],
        );
    pub static LIST_INTEGRATIONS: Operation = Operation::new(
            "ListIntegrations",
            "POST",
            "/",
            &super::LIST_INTEGRATIONS_INPUT,
            &super::LIST_INTEGRATIONS_OUTPUT,
        )
        .errors(
            &[&super::INVALID_PARAMETER_EXCEPTION, &super::SERVICE_UNAVAILABLE_EXCEPTION],
        );
    pub static LIST_LOG_ANOMALY_DETECTORS: Operation = Operation::new(
            "ListLogAnomalyDetectors",
            "POST",
            "/",
            &super::LIST_LOG_ANOMALY_DETECTORS_INPUT,
            &super::LIST_LOG_ANOMALY_DETECTORS_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::OPERATION_ABORTED_EXCEPTION,
            ],
        );
    pub static LIST_LOG_GROUPS: Operation = Operation::new(
            "ListLogGroups",
            "POST",
            "/",
            &super::LIST_LOG_GROUPS_INPUT,
            &super::LIST_LOG_GROUPS_OUTPUT,
        )
        .errors(
            &[&super::INVALID_PARAMETER_EXCEPTION, &super::SERVICE_UNAVAILABLE_EXCEPTION],
        );
    pub static LIST_LOG_GROUPS_FOR_QUERY: Operation = Operation::new(
            "ListLogGroupsForQuery",
            "POST",
            "/",
            &super::LIST_LOG_GROUPS_FOR_QUERY_INPUT,
            &super::LIST_LOG_GROUPS_FOR_QUERY_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
            ],
        );
    pub static LIST_SCHEDULED_QUERIES: Operation = Operation::new(
            "ListScheduledQueries",
            "POST",
            "/",
            &super::LIST_SCHEDULED_QUERIES_INPUT,
            &super::LIST_SCHEDULED_QUERIES_OUTPUT,
        )
        .errors(
            &[
                &super::VALIDATION_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::INTERNAL_SERVER_EXCEPTION,
            ],
        );
    pub static LIST_SOURCES_FOR_S3_TABLE_INTEGRATION: Operation = Operation::new(
            "ListSourcesForS3TableIntegration",
            "POST",
            "/",
            &super::LIST_SOURCES_FOR_S3_TABLE_INTEGRATION_INPUT,
            &super::LIST_SOURCES_FOR_S3_TABLE_INTEGRATION_OUTPUT,
        )
        .errors(
            &[
                &super::ACCESS_DENIED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::VALIDATION_EXCEPTION,
                &super::INTERNAL_SERVER_EXCEPTION,
            ],
        );
    pub static LIST_SYSLOG_CONFIGURATIONS: Operation = Operation::new(
            "ListSyslogConfigurations",
            "POST",
            "/",
            &super::LIST_SYSLOG_CONFIGURATIONS_INPUT,
            &super::LIST_SYSLOG_CONFIGURATIONS_OUTPUT,
        )
        .errors(
            &[
                &super::ACCESS_DENIED_EXCEPTION,
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::INVALID_OPERATION_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
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
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
            ],
        );
    pub static LIST_TAGS_LOG_GROUP: Operation = Operation::new(
            "ListTagsLogGroup",
            "POST",
            "/",
            &super::LIST_TAGS_LOG_GROUP_INPUT,
            &super::LIST_TAGS_LOG_GROUP_OUTPUT,
        )
        .errors(
            &[
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
            ],
        )
        .with(op_flags::DEPRECATED);
    pub static PUT_ACCOUNT_POLICY: Operation = Operation::new(
            "PutAccountPolicy",
            "POST",
            "/",
            &super::PUT_ACCOUNT_POLICY_INPUT,
            &super::PUT_ACCOUNT_POLICY_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::OPERATION_ABORTED_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
            ],
        );
    pub static PUT_BEARER_TOKEN_AUTHENTICATION: Operation = Operation::new(
            "PutBearerTokenAuthentication",
            "POST",
            "/",
            &super::PUT_BEARER_TOKEN_AUTHENTICATION_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
                &super::OPERATION_ABORTED_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::INVALID_OPERATION_EXCEPTION,
            ],
        );
    pub static PUT_DATA_PROTECTION_POLICY: Operation = Operation::new(
            "PutDataProtectionPolicy",
            "POST",
            "/",
            &super::PUT_DATA_PROTECTION_POLICY_INPUT,
            &super::PUT_DATA_PROTECTION_POLICY_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::OPERATION_ABORTED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
            ],
        );
    pub static PUT_DELIVERY_DESTINATION: Operation = Operation::new(
            "PutDeliveryDestination",
            "POST",
            "/",
            &super::PUT_DELIVERY_DESTINATION_INPUT,
            &super::PUT_DELIVERY_DESTINATION_OUTPUT,
        )
        .errors(
            &[
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::CONFLICT_EXCEPTION,
                &super::VALIDATION_EXCEPTION,
                &super::SERVICE_QUOTA_EXCEEDED_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static PUT_DELIVERY_DESTINATION_POLICY: Operation = Operation::new(
            "PutDeliveryDestinationPolicy",
            "POST",
            "/",
            &super::PUT_DELIVERY_DESTINATION_POLICY_INPUT,
            &super::PUT_DELIVERY_DESTINATION_POLICY_OUTPUT,
        )
        .errors(
            &[
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::VALIDATION_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::CONFLICT_EXCEPTION,
            ],
        );
    pub static PUT_DELIVERY_SOURCE: Operation = Operation::new(
            "PutDeliverySource",
            "POST",
            "/",
            &super::PUT_DELIVERY_SOURCE_INPUT,
            &super::PUT_DELIVERY_SOURCE_OUTPUT,
        )
        .errors(
            &[
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::CONFLICT_EXCEPTION,
                &super::VALIDATION_EXCEPTION,
                &super::SERVICE_QUOTA_EXCEEDED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
            ],
        );
    pub static PUT_DESTINATION: Operation = Operation::new(
            "PutDestination",
            "POST",
            "/",
            &super::PUT_DESTINATION_INPUT,
            &super::PUT_DESTINATION_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::OPERATION_ABORTED_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
            ],
        );
    pub static PUT_DESTINATION_POLICY: Operation = Operation::new(
            "PutDestinationPolicy",
            "POST",
            "/",
            &super::PUT_DESTINATION_POLICY_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::OPERATION_ABORTED_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
            ],
        );
    pub static PUT_INDEX_POLICY: Operation = Operation::new(
            "PutIndexPolicy",
            "POST",
            "/",
            &super::PUT_INDEX_POLICY_INPUT,
            &super::PUT_INDEX_POLICY_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::OPERATION_ABORTED_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
            ],
        );
    pub static PUT_INTEGRATION: Operation = Operation::new(
            "PutIntegration",
            "POST",
            "/",
            &super::PUT_INTEGRATION_INPUT,
            &super::PUT_INTEGRATION_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::VALIDATION_EXCEPTION,
            ],
        );
    pub static PUT_LOG_EVENTS: Operation = Operation::new(
            "PutLogEvents",
            "POST",
            "/",
            &super::PUT_LOG_EVENTS_INPUT,
            &super::PUT_LOG_EVENTS_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::INVALID_SEQUENCE_TOKEN_EXCEPTION,
                &super::DATA_ALREADY_ACCEPTED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::UNRECOGNIZED_CLIENT_EXCEPTION,
            ],
        );
    pub static PUT_LOG_GROUP_DELETION_PROTECTION: Operation = Operation::new(
            "PutLogGroupDeletionProtection",
            "POST",
            "/",
            &super::PUT_LOG_GROUP_DELETION_PROTECTION_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
                &super::OPERATION_ABORTED_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::INVALID_OPERATION_EXCEPTION,
            ],
        );
    pub static PUT_METRIC_FILTER: Operation = Operation::new(
            "PutMetricFilter",
            "POST",
            "/",
            &super::PUT_METRIC_FILTER_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::OPERATION_ABORTED_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::INVALID_OPERATION_EXCEPTION,
            ],
        );
    pub static PUT_QUERY_DEFINITION: Operation = Operation::new(
            "PutQueryDefinition",
            "POST",
            "/",
            &super::PUT_QUERY_DEFINITION_INPUT,
            &super::PUT_QUERY_DEFINITION_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
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
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::OPERATION_ABORTED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
            ],
        );
    pub static PUT_RETENTION_POLICY: Operation = Operation::new(
            "PutRetentionPolicy",
            "POST",
            "/",
            &super::PUT_RETENTION_POLICY_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::OPERATION_ABORTED_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
            ],
        );
    pub static PUT_STORAGE_TIER_POLICY: Operation = Operation::new(
            "PutStorageTierPolicy",
            "POST",
            "/",
            &super::PUT_STORAGE_TIER_POLICY_INPUT,
            &super::PUT_STORAGE_TIER_POLICY_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
                &super::OPERATION_ABORTED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static PUT_SUBSCRIPTION_FILTER: Operation = Operation::new(
            "PutSubscriptionFilter",
            "POST",
            "/",
            &super::PUT_SUBSCRIPTION_FILTER_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::OPERATION_ABORTED_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::INVALID_OPERATION_EXCEPTION,
            ],
        );
    pub static PUT_SYSLOG_CONFIGURATION: Operation = Operation::new(
            "PutSyslogConfiguration",
            "POST",
            "/",
            &super::PUT_SYSLOG_CONFIGURATION_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::ACCESS_DENIED_EXCEPTION,
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::INVALID_OPERATION_EXCEPTION,
                &super::OPERATION_ABORTED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
            ],
        );
    pub static PUT_TRANSFORMER: Operation = Operation::new(
            "PutTransformer",
            "POST",
            "/",
            &super::PUT_TRANSFORMER_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::OPERATION_ABORTED_EXCEPTION,
                &super::INVALID_OPERATION_EXCEPTION,
            ],
        );
    pub static START_LIVE_TAIL: Operation = Operation::new(
            "StartLiveTail",
            "POST",
            "/",
            &super::START_LIVE_TAIL_INPUT,
            &super::START_LIVE_TAIL_OUTPUT,
        )
        .errors(
            &[
                &super::ACCESS_DENIED_EXCEPTION,
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INVALID_OPERATION_EXCEPTION,
            ],
        )
        .host_prefix("stream-")
        .with(op_flags::EVENT_STREAM);
    pub static START_QUERY: Operation = Operation::new(
            "StartQuery",
            "POST",
            "/",
            &super::START_QUERY_INPUT,
            &super::START_QUERY_OUTPUT,
        )
        .errors(
            &[
                &super::MALFORMED_QUERY_EXCEPTION,
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
            ],
        );
    pub static STOP_QUERY: Operation = Operation::new(
            "StopQuery",
            "POST",
            "/",
            &super::STOP_QUERY_INPUT,
            &super::STOP_QUERY_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
            ],
        );
    pub static TAG_LOG_GROUP: Operation = Operation::new(
            "TagLogGroup",
            "POST",
            "/",
            &super::TAG_LOG_GROUP_INPUT,
            &p::UNIT,
        )
        .errors(
            &[&super::RESOURCE_NOT_FOUND_EXCEPTION, &super::INVALID_PARAMETER_EXCEPTION],
        )
        .with(op_flags::DEPRECATED);
    pub static TAG_RESOURCE: Operation = Operation::new(
            "TagResource",
            "POST",
            "/",
            &super::TAG_RESOURCE_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::TOO_MANY_TAGS_EXCEPTION,
            ],
        );
    pub static TEST_METRIC_FILTER: Operation = Operation::new(
            "TestMetricFilter",
            "POST",
            "/",
            &super::TEST_METRIC_FILTER_INPUT,
            &super::TEST_METRIC_FILTER_OUTPUT,
        )
        .errors(
            &[&super::INVALID_PARAMETER_EXCEPTION, &super::SERVICE_UNAVAILABLE_EXCEPTION],
        );
    pub static TEST_TRANSFORMER: Operation = Operation::new(
            "TestTransformer",
            "POST",
            "/",
            &super::TEST_TRANSFORMER_INPUT,
            &super::TEST_TRANSFORMER_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::INVALID_OPERATION_EXCEPTION,
            ],
        );
    pub static UNTAG_LOG_GROUP: Operation = Operation::new(
            "UntagLogGroup",
            "POST",
            "/",
            &super::UNTAG_LOG_GROUP_INPUT,
            &p::UNIT,
        )
        .errors(&[&super::RESOURCE_NOT_FOUND_EXCEPTION])
        .with(op_flags::DEPRECATED);
    pub static UNTAG_RESOURCE: Operation = Operation::new(
            "UntagResource",
            "POST",
            "/",
            &super::UNTAG_RESOURCE_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
            ],
        );
    pub static UPDATE_ANOMALY: Operation = Operation::new(
            "UpdateAnomaly",
            "POST",
            "/",
            &super::UPDATE_ANOMALY_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::OPERATION_ABORTED_EXCEPTION,
            ],
        );
    pub static UPDATE_DELIVERY_CONFIGURATION: Operation = Operation::new(
            "UpdateDeliveryConfiguration",
            "POST",
            "/",
            &super::UPDATE_DELIVERY_CONFIGURATION_INPUT,
            &super::UPDATE_DELIVERY_CONFIGURATION_OUTPUT,
        )
        .errors(
            &[
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::CONFLICT_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::VALIDATION_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
            ],
        );
    pub static UPDATE_LOG_ANOMALY_DETECTOR: Operation = Operation::new(
            "UpdateLogAnomalyDetector",
            "POST",
            "/",
            &super::UPDATE_LOG_ANOMALY_DETECTOR_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::OPERATION_ABORTED_EXCEPTION,
            ],
        );
    pub static UPDATE_LOOKUP_TABLE: Operation = Operation::new(
            "UpdateLookupTable",
            "POST",
            "/",
            &super::UPDATE_LOOKUP_TABLE_INPUT,
            &super::UPDATE_LOOKUP_TABLE_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
                &super::VALIDATION_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
            ],
        );
    pub static UPDATE_SCHEDULED_QUERY: Operation = Operation::new(
            "UpdateScheduledQuery",
            "POST",
            "/",
            &super::UPDATE_SCHEDULED_QUERY_INPUT,
            &super::UPDATE_SCHEDULED_QUERY_OUTPUT,
        )
        .errors(
            &[
                &super::VALIDATION_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::CONFLICT_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::INTERNAL_SERVER_EXCEPTION,
            ],
        );
    /// Every operation, by model name order.
    pub static ALL: &[&Operation] = &[
        &ASSOCIATE_KMS_KEY,
        &ASSOCIATE_SOURCE_TO_S3_TABLE_INTEGRATION,
        &CANCEL_EXPORT_TASK,
        &CANCEL_IMPORT_TASK,
        &CREATE_DELIVERY,
        &CREATE_EXPORT_TASK,
        &CREATE_IMPORT_TASK,
        &CREATE_LOG_ANOMALY_DETECTOR,
        &CREATE_LOG_GROUP,
        &CREATE_LOG_STREAM,
        &CREATE_LOOKUP_TABLE,
        &CREATE_SCHEDULED_QUERY,
        &DELETE_ACCOUNT_POLICY,
        &DELETE_DATA_PROTECTION_POLICY,
        &DELETE_DELIVERY,
        &DELETE_DELIVERY_DESTINATION,
        &DELETE_DELIVERY_DESTINATION_POLICY,
        &DELETE_DELIVERY_SOURCE,
        &DELETE_DESTINATION,
        &DELETE_INDEX_POLICY,
        &DELETE_INTEGRATION,
        &DELETE_LOG_ANOMALY_DETECTOR,
        &DELETE_LOG_GROUP,
        &DELETE_LOG_STREAM,
        &DELETE_LOOKUP_TABLE,
        &DELETE_METRIC_FILTER,
        &DELETE_QUERY_DEFINITION,
        &DELETE_RESOURCE_POLICY,
        &DELETE_RETENTION_POLICY,
        &DELETE_SCHEDULED_QUERY,
        &DELETE_SUBSCRIPTION_FILTER,
        &DELETE_SYSLOG_CONFIGURATION,
        &DELETE_TRANSFORMER,
        &DESCRIBE_ACCOUNT_POLICIES,
        &DESCRIBE_CONFIGURATION_TEMPLATES,
        &DESCRIBE_DELIVERIES,
        &DESCRIBE_DELIVERY_DESTINATIONS,
        &DESCRIBE_DELIVERY_SOURCES,
        &DESCRIBE_DESTINATIONS,
        &DESCRIBE_EXPORT_TASKS,
        &DESCRIBE_FIELD_INDEXES,
        &DESCRIBE_IMPORT_TASK_BATCHES,
        &DESCRIBE_IMPORT_TASKS,
        &DESCRIBE_INDEX_POLICIES,
        &DESCRIBE_LOG_GROUPS,
        &DESCRIBE_LOG_STREAMS,
        &DESCRIBE_LOOKUP_TABLES,
        &DESCRIBE_METRIC_FILTERS,
        &DESCRIBE_QUERIES,
        &DESCRIBE_QUERY_DEFINITIONS,
        &DESCRIBE_RESOURCE_POLICIES,
        &DESCRIBE_SUBSCRIPTION_FILTERS,
        &DISASSOCIATE_KMS_KEY,
        &DISASSOCIATE_SOURCE_FROM_S3_TABLE_INTEGRATION,
        &FILTER_LOG_EVENTS,
        &GET_DATA_PROTECTION_POLICY,
        &GET_DELIVERY,
        &GET_DELIVERY_DESTINATION,
        &GET_DELIVERY_DESTINATION_POLICY,
        &GET_DELIVERY_SOURCE,
        &GET_INTEGRATION,
        &GET_LOG_ANOMALY_DETECTOR,
        &GET_LOG_EVENTS,
        &GET_LOG_FIELDS,
        &GET_LOG_GROUP_FIELDS,
        &GET_LOG_OBJECT,
        &GET_LOG_RECORD,
        &GET_LOOKUP_TABLE,
        &GET_QUERY_RESULTS,
        &GET_SCHEDULED_QUERY,
        &GET_SCHEDULED_QUERY_HISTORY,
        &GET_STORAGE_TIER_POLICY,
        &GET_TRANSFORMER,
        &LIST_AGGREGATE_LOG_GROUP_SUMMARIES,
        &LIST_ANOMALIES,
        &LIST_INTEGRATIONS,
        &LIST_LOG_ANOMALY_DETECTORS,
        &LIST_LOG_GROUPS,
        &LIST_LOG_GROUPS_FOR_QUERY,
        &LIST_SCHEDULED_QUERIES,
        &LIST_SOURCES_FOR_S3_TABLE_INTEGRATION,
        &LIST_SYSLOG_CONFIGURATIONS,
        &LIST_TAGS_FOR_RESOURCE,
        &LIST_TAGS_LOG_GROUP,
        &PUT_ACCOUNT_POLICY,
        &PUT_BEARER_TOKEN_AUTHENTICATION,
        &PUT_DATA_PROTECTION_POLICY,
        &PUT_DELIVERY_DESTINATION,
        &PUT_DELIVERY_DESTINATION_POLICY,
        &PUT_DELIVERY_SOURCE,
        &PUT_DESTINATION,
        &PUT_DESTINATION_POLICY,
        &PUT_INDEX_POLICY,
        &PUT_INTEGRATION,
        &PUT_LOG_EVENTS,
        &PUT_LOG_GROUP_DELETION_PROTECTION,
        &PUT_METRIC_FILTER,
        &PUT_QUERY_DEFINITION,
        &PUT_RESOURCE_POLICY,
        &PUT_RETENTION_POLICY,
        &PUT_STORAGE_TIER_POLICY,
        &PUT_SUBSCRIPTION_FILTER,
        &PUT_SYSLOG_CONFIGURATION,
        &PUT_TRANSFORMER,
        &START_LIVE_TAIL,
        &START_QUERY,
        &STOP_QUERY,
        &TAG_LOG_GROUP,
        &TAG_RESOURCE,
        &TEST_METRIC_FILTER,
        &TEST_TRANSFORMER,
        &UNTAG_LOG_GROUP,
        &UNTAG_RESOURCE,
        &UPDATE_ANOMALY,
        &UPDATE_DELIVERY_CONFIGURATION,
        &UPDATE_LOG_ANOMALY_DETECTOR,
        &UPDATE_LOOKUP_TABLE,
        &UPDATE_SCHEDULED_QUERY,
    ];
}
/// The service's paginators (`paginators-1.json`).
pub mod paginators {
    use kumo_runtime::paginate::PaginatorSpec;
    pub static DESCRIBE_CONFIGURATION_TEMPLATES: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::DESCRIBE_CONFIGURATION_TEMPLATES,
        input_token: &["nextToken"],
        output_token: &["nextToken"],
        limit_key: Some("limit"),
        more_results: None,
        result_key: &["configurationTemplates"],
    };
    pub static DESCRIBE_DELIVERIES: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::DESCRIBE_DELIVERIES,
        input_token: &["nextToken"],
        output_token: &["nextToken"],
        limit_key: Some("limit"),
        more_results: None,
        result_key: &["deliveries"],
    };
    pub static DESCRIBE_DELIVERY_DESTINATIONS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::DESCRIBE_DELIVERY_DESTINATIONS,
        input_token: &["nextToken"],
        output_token: &["nextToken"],
        limit_key: Some("limit"),
        more_results: None,
        result_key: &["deliveryDestinations"],
    };
    pub static DESCRIBE_DELIVERY_SOURCES: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::DESCRIBE_DELIVERY_SOURCES,
        input_token: &["nextToken"],
        output_token: &["nextToken"],
        limit_key: Some("limit"),
        more_results: None,
        result_key: &["deliverySources"],
    };
    pub static DESCRIBE_DESTINATIONS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::DESCRIBE_DESTINATIONS,
        input_token: &["nextToken"],
        output_token: &["nextToken"],
        limit_key: Some("limit"),
        more_results: None,
        result_key: &["destinations"],
    };
    pub static DESCRIBE_EXPORT_TASKS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::DESCRIBE_EXPORT_TASKS,
        input_token: &["nextToken"],
        output_token: &["nextToken"],
        limit_key: Some("limit"),
        more_results: None,
        result_key: &["exportTasks"],
    };
    pub static DESCRIBE_LOG_GROUPS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::DESCRIBE_LOG_GROUPS,
        input_token: &["nextToken"],
        output_token: &["nextToken"],
        limit_key: Some("limit"),
        more_results: None,
        result_key: &["logGroups"],
    };
    pub static DESCRIBE_LOG_STREAMS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::DESCRIBE_LOG_STREAMS,
        input_token: &["nextToken"],
        output_token: &["nextToken"],
        limit_key: Some("limit"),
        more_results: None,
        result_key: &["logStreams"],
    };
    pub static DESCRIBE_METRIC_FILTERS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::DESCRIBE_METRIC_FILTERS,
        input_token: &["nextToken"],
        output_token: &["nextToken"],
        limit_key: Some("limit"),
        more_results: None,
        result_key: &["metricFilters"],
    };
    pub static DESCRIBE_QUERIES: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::DESCRIBE_QUERIES,
        input_token: &["nextToken"],
        output_token: &["nextToken"],
        limit_key: Some("maxResults"),
        more_results: None,
        result_key: &["queries"],
    };
    pub static DESCRIBE_RESOURCE_POLICIES: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::DESCRIBE_RESOURCE_POLICIES,
        input_token: &["nextToken"],
        output_token: &["nextToken"],
        limit_key: Some("limit"),
        more_results: None,
        result_key: &["resourcePolicies"],
    };
    pub static DESCRIBE_SUBSCRIPTION_FILTERS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::DESCRIBE_SUBSCRIPTION_FILTERS,
        input_token: &["nextToken"],
        output_token: &["nextToken"],
        limit_key: Some("limit"),
        more_results: None,
        result_key: &["subscriptionFilters"],
    };
    pub static FILTER_LOG_EVENTS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::FILTER_LOG_EVENTS,
        input_token: &["nextToken"],
        output_token: &["nextToken"],
        limit_key: Some("limit"),
        more_results: None,
        result_key: &["events", "searchedLogStreams"],
    };
    pub static GET_SCHEDULED_QUERY_HISTORY: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::GET_SCHEDULED_QUERY_HISTORY,
        input_token: &["nextToken"],
        output_token: &["nextToken"],
        limit_key: Some("maxResults"),
        more_results: None,
        result_key: &["triggerHistory"],
    };
    pub static LIST_AGGREGATE_LOG_GROUP_SUMMARIES: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_AGGREGATE_LOG_GROUP_SUMMARIES,
        input_token: &["nextToken"],
        output_token: &["nextToken"],
        limit_key: Some("limit"),
        more_results: None,
        result_key: &["aggregateLogGroupSummaries"],
    };
    pub static LIST_ANOMALIES: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_ANOMALIES,
        input_token: &["nextToken"],
        output_token: &["nextToken"],
        limit_key: Some("limit"),
        more_results: None,
        result_key: &["anomalies"],
    };
    pub static LIST_LOG_ANOMALY_DETECTORS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_LOG_ANOMALY_DETECTORS,
        input_token: &["nextToken"],
        output_token: &["nextToken"],
        limit_key: Some("limit"),
        more_results: None,
        result_key: &["anomalyDetectors"],
    };
    pub static LIST_LOG_GROUPS_FOR_QUERY: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_LOG_GROUPS_FOR_QUERY,
        input_token: &["nextToken"],
        output_token: &["nextToken"],
        limit_key: Some("maxResults"),
        more_results: None,
        result_key: &["logGroupIdentifiers"],
    };
    pub static LIST_SCHEDULED_QUERIES: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_SCHEDULED_QUERIES,
        input_token: &["nextToken"],
        output_token: &["nextToken"],
        limit_key: Some("maxResults"),
        more_results: None,
        result_key: &["scheduledQueries"],
    };
    pub static LIST_SOURCES_FOR_S3_TABLE_INTEGRATION: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_SOURCES_FOR_S3_TABLE_INTEGRATION,
        input_token: &["nextToken"],
        output_token: &["nextToken"],
        limit_key: Some("maxResults"),
        more_results: None,
        result_key: &["sources"],
    };
}

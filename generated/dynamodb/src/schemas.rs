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
    service_id: "DynamoDB",
    endpoint_prefix: "dynamodb",
    signing_name: "dynamodb",
    json_version: Some("1.0"),
    target_prefix: Some("DynamoDB_20120810"),
    rule_set: include_str!("endpoint-rule-set.json"),
    ..Service::new("dynamodb", "2012-08-10", Protocol::Json)
};
pub static ARCHIVAL_SUMMARY: Schema = Schema::structure(
    "ArchivalSummary",
    &[
        Member::new("ArchivalDateTime", &p::TIMESTAMP),
        Member::new("ArchivalReason", &p::STRING),
        Member::new("ArchivalBackupArn", &p::STRING),
    ],
);
pub static ATTRIBUTE_DEFINITION: Schema = Schema::structure(
    "AttributeDefinition",
    &[
        Member::new("AttributeName", &p::STRING).with(f::REQUIRED),
        Member::new("AttributeType", &p::STRING).with(f::REQUIRED),
    ],
);
pub static ATTRIBUTE_DEFINITIONS: Schema = Schema::list(
    "AttributeDefinitions",
    &[Member::new("member", &ATTRIBUTE_DEFINITION)],
);
pub static ATTRIBUTE_MAP: Schema = Schema::map(
    "AttributeMap",
    &[Member::new("key", &p::STRING), Member::new("value", &ATTRIBUTE_VALUE)],
);
pub static ATTRIBUTE_NAME_LIST: Schema = Schema::list(
    "AttributeNameList",
    &[Member::new("member", &p::STRING)],
);
pub static ATTRIBUTE_UPDATES: Schema = Schema::map(
    "AttributeUpdates",
    &[Member::new("key", &p::STRING), Member::new("value", &ATTRIBUTE_VALUE_UPDATE)],
);
pub static ATTRIBUTE_VALUE: Schema = Schema::structure(
    "AttributeValue",
    &[
        Member::new("S", &p::STRING),
        Member::new("N", &p::STRING),
        Member::new("B", &p::BLOB),
        Member::new("SS", &STRING_SET_ATTRIBUTE_VALUE),
        Member::new("NS", &NUMBER_SET_ATTRIBUTE_VALUE),
        Member::new("BS", &BINARY_SET_ATTRIBUTE_VALUE),
        Member::new("M", &MAP_ATTRIBUTE_VALUE),
        Member::new("L", &LIST_ATTRIBUTE_VALUE),
        Member::new("NULL", &p::BOOLEAN),
        Member::new("BOOL", &p::BOOLEAN),
    ],
);
pub static ATTRIBUTE_VALUE_LIST: Schema = Schema::list(
    "AttributeValueList",
    &[Member::new("member", &ATTRIBUTE_VALUE)],
);
pub static ATTRIBUTE_VALUE_UPDATE: Schema = Schema::structure(
    "AttributeValueUpdate",
    &[Member::new("Value", &ATTRIBUTE_VALUE), Member::new("Action", &p::STRING)],
);
pub static AUTO_SCALING_POLICY_DESCRIPTION: Schema = Schema::structure(
    "AutoScalingPolicyDescription",
    &[
        Member::new("PolicyName", &p::STRING),
        Member::new(
            "TargetTrackingScalingPolicyConfiguration",
            &AUTO_SCALING_TARGET_TRACKING_SCALING_POLICY_CONFIGURATION_DESCRIPTION,
        ),
    ],
);
pub static AUTO_SCALING_POLICY_DESCRIPTION_LIST: Schema = Schema::list(
    "AutoScalingPolicyDescriptionList",
    &[Member::new("member", &AUTO_SCALING_POLICY_DESCRIPTION)],
);
pub static AUTO_SCALING_POLICY_UPDATE: Schema = Schema::structure(
    "AutoScalingPolicyUpdate",
    &[
        Member::new("PolicyName", &p::STRING),
        Member::new(
                "TargetTrackingScalingPolicyConfiguration",
                &AUTO_SCALING_TARGET_TRACKING_SCALING_POLICY_CONFIGURATION_UPDATE,
            )
            .with(f::REQUIRED),
    ],
);
pub static AUTO_SCALING_SETTINGS_DESCRIPTION: Schema = Schema::structure(
    "AutoScalingSettingsDescription",
    &[
        Member::new("MinimumUnits", &p::LONG),
        Member::new("MaximumUnits", &p::LONG),
        Member::new("AutoScalingDisabled", &p::BOOLEAN),
        Member::new("AutoScalingRoleArn", &p::STRING),
        Member::new("ScalingPolicies", &AUTO_SCALING_POLICY_DESCRIPTION_LIST),
    ],
);
pub static AUTO_SCALING_SETTINGS_UPDATE: Schema = Schema::structure(
    "AutoScalingSettingsUpdate",
    &[
        Member::new("MinimumUnits", &p::LONG),
        Member::new("MaximumUnits", &p::LONG),
        Member::new("AutoScalingDisabled", &p::BOOLEAN),
        Member::new("AutoScalingRoleArn", &p::STRING),
        Member::new("ScalingPolicyUpdate", &AUTO_SCALING_POLICY_UPDATE),
    ],
);
pub static AUTO_SCALING_TARGET_TRACKING_SCALING_POLICY_CONFIGURATION_DESCRIPTION: Schema = Schema::structure(
    "AutoScalingTargetTrackingScalingPolicyConfigurationDescription",
    &[
        Member::new("DisableScaleIn", &p::BOOLEAN),
        Member::new("ScaleInCooldown", &p::INTEGER),
        Member::new("ScaleOutCooldown", &p::INTEGER),
        Member::new("TargetValue", &p::DOUBLE).with(f::REQUIRED),
    ],
);
pub static AUTO_SCALING_TARGET_TRACKING_SCALING_POLICY_CONFIGURATION_UPDATE: Schema = Schema::structure(
    "AutoScalingTargetTrackingScalingPolicyConfigurationUpdate",
    &[
        Member::new("DisableScaleIn", &p::BOOLEAN),
        Member::new("ScaleInCooldown", &p::INTEGER),
        Member::new("ScaleOutCooldown", &p::INTEGER),
        Member::new("TargetValue", &p::DOUBLE).with(f::REQUIRED),
    ],
);
pub static BACKUP_DESCRIPTION: Schema = Schema::structure(
    "BackupDescription",
    &[
        Member::new("BackupDetails", &BACKUP_DETAILS),
        Member::new("SourceTableDetails", &SOURCE_TABLE_DETAILS),
        Member::new("SourceTableFeatureDetails", &SOURCE_TABLE_FEATURE_DETAILS),
    ],
);
pub static BACKUP_DETAILS: Schema = Schema::structure(
    "BackupDetails",
    &[
        Member::new("BackupArn", &p::STRING).with(f::REQUIRED),
        Member::new("BackupName", &p::STRING).with(f::REQUIRED),
        Member::new("BackupSizeBytes", &p::LONG),
        Member::new("BackupStatus", &p::STRING).with(f::REQUIRED),
        Member::new("BackupType", &p::STRING).with(f::REQUIRED),
        Member::new("BackupCreationDateTime", &p::TIMESTAMP).with(f::REQUIRED),
        Member::new("BackupExpiryDateTime", &p::TIMESTAMP),
    ],
);
pub static BACKUP_IN_USE_EXCEPTION: Schema = Schema::structure(
        "BackupInUseException",
        &[Member::new("message", &p::STRING)],
    )
    .error("BackupInUseException", 400u16);
pub static BACKUP_NOT_FOUND_EXCEPTION: Schema = Schema::structure(
        "BackupNotFoundException",
        &[Member::new("message", &p::STRING)],
    )
    .error("BackupNotFoundException", 400u16);
pub static BACKUP_SUMMARIES: Schema = Schema::list(
    "BackupSummaries",
    &[Member::new("member", &BACKUP_SUMMARY)],
);
pub static BACKUP_SUMMARY: Schema = Schema::structure(
    "BackupSummary",
    &[
        Member::new("TableName", &p::STRING),
        Member::new("TableId", &p::STRING),
        Member::new("TableArn", &p::STRING),
        Member::new("BackupArn", &p::STRING),
        Member::new("BackupName", &p::STRING),
        Member::new("BackupCreationDateTime", &p::TIMESTAMP),
        Member::new("BackupExpiryDateTime", &p::TIMESTAMP),
        Member::new("BackupStatus", &p::STRING),
        Member::new("BackupType", &p::STRING),
        Member::new("BackupSizeBytes", &p::LONG),
    ],
);
pub static BATCH_EXECUTE_STATEMENT_INPUT: Schema = Schema::structure(
    "BatchExecuteStatementInput",
    &[
        Member::new("Statements", &PARTI_QL_BATCH_REQUEST).with(f::REQUIRED),
        Member::new("ReturnConsumedCapacity", &p::STRING),
    ],
);
pub static BATCH_EXECUTE_STATEMENT_OUTPUT: Schema = Schema::structure(
    "BatchExecuteStatementOutput",
    &[
        Member::new("Responses", &PARTI_QL_BATCH_RESPONSE),
        Member::new("ConsumedCapacity", &CONSUMED_CAPACITY_MULTIPLE),
    ],
);
pub static BATCH_GET_ITEM_INPUT: Schema = Schema::structure(
    "BatchGetItemInput",
    &[
        Member::new("RequestItems", &BATCH_GET_REQUEST_MAP).with(f::REQUIRED),
        Member::new("ReturnConsumedCapacity", &p::STRING),
    ],
);
pub static BATCH_GET_ITEM_OUTPUT: Schema = Schema::structure(
    "BatchGetItemOutput",
    &[
        Member::new("Responses", &BATCH_GET_RESPONSE_MAP),
        Member::new("UnprocessedKeys", &BATCH_GET_REQUEST_MAP),
        Member::new("ConsumedCapacity", &CONSUMED_CAPACITY_MULTIPLE),
    ],
);
pub static BATCH_GET_REQUEST_MAP: Schema = Schema::map(
    "BatchGetRequestMap",
    &[Member::new("key", &p::STRING), Member::new("value", &KEYS_AND_ATTRIBUTES)],
);
pub static BATCH_GET_RESPONSE_MAP: Schema = Schema::map(
    "BatchGetResponseMap",
    &[Member::new("key", &p::STRING), Member::new("value", &ITEM_LIST)],
);
pub static BATCH_STATEMENT_ERROR: Schema = Schema::structure(
    "BatchStatementError",
    &[
        Member::new("Code", &p::STRING),
        Member::new("Message", &p::STRING),
        Member::new("Item", &ATTRIBUTE_MAP),
    ],
);
pub static BATCH_STATEMENT_REQUEST: Schema = Schema::structure(
    "BatchStatementRequest",
    &[
        Member::new("Statement", &p::STRING).with(f::REQUIRED),
        Member::new("Parameters", &PREPARED_STATEMENT_PARAMETERS),
        Member::new("ConsistentRead", &p::BOOLEAN),
        Member::new("ReturnValuesOnConditionCheckFailure", &p::STRING),
    ],
);
pub static BATCH_STATEMENT_RESPONSE: Schema = Schema::structure(
    "BatchStatementResponse",
    &[
        Member::new("Error", &BATCH_STATEMENT_ERROR),
        Member::new("TableName", &p::STRING),
        Member::new("Item", &ATTRIBUTE_MAP),
    ],
);
pub static BATCH_WRITE_ITEM_INPUT: Schema = Schema::structure(
    "BatchWriteItemInput",
    &[
        Member::new("RequestItems", &BATCH_WRITE_ITEM_REQUEST_MAP).with(f::REQUIRED),
        Member::new("ReturnConsumedCapacity", &p::STRING),
        Member::new("ReturnItemCollectionMetrics", &p::STRING),
    ],
);
pub static BATCH_WRITE_ITEM_OUTPUT: Schema = Schema::structure(
    "BatchWriteItemOutput",
    &[
        Member::new("UnprocessedItems", &BATCH_WRITE_ITEM_REQUEST_MAP),
        Member::new("ItemCollectionMetrics", &ITEM_COLLECTION_METRICS_PER_TABLE),
        Member::new("ConsumedCapacity", &CONSUMED_CAPACITY_MULTIPLE),
    ],
);
pub static BATCH_WRITE_ITEM_REQUEST_MAP: Schema = Schema::map(
    "BatchWriteItemRequestMap",
    &[Member::new("key", &p::STRING), Member::new("value", &WRITE_REQUESTS)],
);
pub static BILLING_MODE_SUMMARY: Schema = Schema::structure(
    "BillingModeSummary",
    &[
        Member::new("BillingMode", &p::STRING),
        Member::new("LastUpdateToPayPerRequestDateTime", &p::TIMESTAMP),
    ],
);
pub static BINARY_SET_ATTRIBUTE_VALUE: Schema = Schema::list(
    "BinarySetAttributeValue",
    &[Member::new("member", &p::BLOB)],
);
pub static BULK_OPERATION_BYTES: Schema = Schema::structure(
    "BulkOperationBytes",
    &[Member::new("BulkPutBytes", &p::LONG)],
);
pub static BULK_OPERATION_DESCRIPTION: Schema = Schema::structure(
    "BulkOperationDescription",
    &[
        Member::new("BulkOperationArn", &p::STRING),
        Member::new("BulkOperationStatus", &p::STRING),
        Member::new("TableDetails", &BULK_OPERATION_TABLE_DETAILS),
        Member::new("ClientToken", &p::STRING),
        Member::new("InputS3Configuration", &INPUT_S3_CONFIGURATION),
        Member::new("OutputS3Configuration", &OUTPUT_S3_CONFIGURATION),
        Member::new("StartTime", &p::TIMESTAMP),
        Member::new("EndTime", &p::TIMESTAMP),
        Member::new("ProcessedItemCount", &p::LONG),
        Member::new("ProcessedInputBytes", &p::LONG),
        Member::new("TotalInputBytes", &p::LONG),
        Member::new("BulkOperationUsage", &BULK_OPERATION_USAGE_MULTIPLE),
        Member::new("FailedItemCount", &p::LONG),
        Member::new("FailureCode", &p::STRING),
        Member::new("FailureMessage", &p::STRING),
        Member::new("MaxWriteRequestUnits", &p::LONG),
        Member::new("PerformanceTier", &p::STRING),
    ],
);
pub static BULK_OPERATION_SUMMARY: Schema = Schema::structure(
    "BulkOperationSummary",
    &[
        Member::new("BulkOperationArn", &p::STRING).with(f::REQUIRED),
        Member::new("BulkOperationStatus", &p::STRING).with(f::REQUIRED),
        Member::new("StartTime", &p::TIMESTAMP).with(f::REQUIRED),
        Member::new("EndTime", &p::TIMESTAMP),
    ],
);
pub static BULK_OPERATION_TABLE_DETAIL: Schema = Schema::structure(
    "BulkOperationTableDetail",
    &[Member::new("TableName", &p::STRING), Member::new("TableId", &p::STRING)],
);
pub static BULK_OPERATION_TABLE_DETAILS: Schema = Schema::list(
    "BulkOperationTableDetails",
    &[Member::new("member", &BULK_OPERATION_TABLE_DETAIL)],
);
pub static BULK_OPERATION_USAGE: Schema = Schema::structure(
    "BulkOperationUsage",
    &[
        Member::new("TableName", &p::STRING),
        Member::new("BulkPutBytes", &p::LONG),
        Member::new("Table", &BULK_OPERATION_BYTES),
        Member::new("LocalSecondaryIndexes", &SECONDARY_INDEXES_BULK_BYTES_MAP),
        Member::new("GlobalSecondaryIndexes", &SECONDARY_INDEXES_BULK_BYTES_MAP),
        Member::new("VectorIndexes", &VECTOR_INDEXES_BULK_VECTOR_BYTES_MAP),
    ],
);
pub static BULK_OPERATION_USAGE_MULTIPLE: Schema = Schema::list(
    "BulkOperationUsageMultiple",
    &[Member::new("member", &BULK_OPERATION_USAGE)],
);
pub static BULK_OPERATION_VECTOR_BYTES: Schema = Schema::structure(
    "BulkOperationVectorBytes",
    &[Member::new("BulkPutVectorBytes", &p::LONG)],
);
pub static BULK_OPERATIONS_SUMMARY_LIST: Schema = Schema::list(
    "BulkOperationsSummaryList",
    &[Member::new("member", &BULK_OPERATION_SUMMARY)],
);
pub static CANCEL_BULK_OPERATION_INPUT: Schema = Schema::structure(
    "CancelBulkOperationInput",
    &[
        Member::new("BulkOperationArn", &p::STRING)
            .context_param("ResourceArn")
            .with(f::REQUIRED),
    ],
);
pub static CANCEL_BULK_OPERATION_OUTPUT: Schema = Schema::structure(
    "CancelBulkOperationOutput",
    &[
        Member::new("BulkOperationArn", &p::STRING).with(f::REQUIRED),
        Member::new("BulkOperationStatus", &p::STRING).with(f::REQUIRED),
    ],
);
pub static CANCELLATION_REASON: Schema = Schema::structure(
    "CancellationReason",
    &[
        Member::new("Item", &ATTRIBUTE_MAP),
        Member::new("Code", &p::STRING),
        Member::new("Message", &p::STRING),
    ],
);
pub static CANCELLATION_REASON_LIST: Schema = Schema::list(
    "CancellationReasonList",
    &[Member::new("member", &CANCELLATION_REASON)],
);
pub static CAPACITY: Schema = Schema::structure(
    "Capacity",
    &[
        Member::new("ReadCapacityUnits", &p::DOUBLE),
        Member::new("WriteCapacityUnits", &p::DOUBLE),
        Member::new("CapacityUnits", &p::DOUBLE),
    ],
);
pub static CONDITION: Schema = Schema::structure(
    "Condition",
    &[
        Member::new("AttributeValueList", &ATTRIBUTE_VALUE_LIST),
        Member::new("ComparisonOperator", &p::STRING).with(f::REQUIRED),
    ],
);
pub static CONDITION_CHECK: Schema = Schema::structure(
    "ConditionCheck",
    &[
        Member::new("Key", &KEY).with(f::REQUIRED),
        Member::new("TableName", &p::STRING).with(f::REQUIRED),
        Member::new("ConditionExpression", &p::STRING).with(f::REQUIRED),
        Member::new("ExpressionAttributeNames", &EXPRESSION_ATTRIBUTE_NAME_MAP),
        Member::new("ExpressionAttributeValues", &EXPRESSION_ATTRIBUTE_VALUE_MAP),
        Member::new("ReturnValuesOnConditionCheckFailure", &p::STRING),
    ],
);
pub static CONDITIONAL_CHECK_FAILED_EXCEPTION: Schema = Schema::structure(
        "ConditionalCheckFailedException",
        &[Member::new("message", &p::STRING), Member::new("Item", &ATTRIBUTE_MAP)],
    )
    .error("ConditionalCheckFailedException", 400u16);
pub static CONSUMED_CAPACITY: Schema = Schema::structure(
    "ConsumedCapacity",
    &[
        Member::new("TableName", &p::STRING),
        Member::new("CapacityUnits", &p::DOUBLE),
        Member::new("ReadCapacityUnits", &p::DOUBLE),
        Member::new("WriteCapacityUnits", &p::DOUBLE),
        Member::new("Table", &CAPACITY),
        Member::new("LocalSecondaryIndexes", &SECONDARY_INDEXES_CAPACITY_MAP),
        Member::new("GlobalSecondaryIndexes", &SECONDARY_INDEXES_CAPACITY_MAP),
        Member::new("VectorIndexes", &VECTOR_INDEXES_CAPACITY_MAP),
    ],
);
pub static CONSUMED_CAPACITY_MULTIPLE: Schema = Schema::list(
    "ConsumedCapacityMultiple",
    &[Member::new("member", &CONSUMED_CAPACITY)],
);
pub static CONTINUOUS_BACKUPS_DESCRIPTION: Schema = Schema::structure(
    "ContinuousBackupsDescription",
    &[
        Member::new("ContinuousBackupsStatus", &p::STRING).with(f::REQUIRED),
        Member::new(
            "PointInTimeRecoveryDescription",
            &POINT_IN_TIME_RECOVERY_DESCRIPTION,
        ),
    ],
);
pub static CONTINUOUS_BACKUPS_UNAVAILABLE_EXCEPTION: Schema = Schema::structure(
        "ContinuousBackupsUnavailableException",
        &[Member::new("message", &p::STRING)],
    )
    .error("ContinuousBackupsUnavailableException", 400u16);
pub static CONTRIBUTOR_INSIGHTS_RULE_LIST: Schema = Schema::list(
    "ContributorInsightsRuleList",
    &[Member::new("member", &p::STRING)],
);
pub static CONTRIBUTOR_INSIGHTS_SUMMARIES: Schema = Schema::list(
    "ContributorInsightsSummaries",
    &[Member::new("member", &CONTRIBUTOR_INSIGHTS_SUMMARY)],
);
pub static CONTRIBUTOR_INSIGHTS_SUMMARY: Schema = Schema::structure(
    "ContributorInsightsSummary",
    &[
        Member::new("TableName", &p::STRING),
        Member::new("IndexName", &p::STRING),
        Member::new("ContributorInsightsStatus", &p::STRING),
        Member::new("ContributorInsightsMode", &p::STRING),
    ],
);
pub static CREATE_BACKUP_INPUT: Schema = Schema::structure(
    "CreateBackupInput",
    &[
        Member::new("TableName", &p::STRING)
            .context_param("ResourceArn")
            .with(f::REQUIRED),
        Member::new("BackupName", &p::STRING).with(f::REQUIRED),
    ],
);
pub static CREATE_BACKUP_OUTPUT: Schema = Schema::structure(
    "CreateBackupOutput",
    &[Member::new("BackupDetails", &BACKUP_DETAILS)],
);
pub static CREATE_GLOBAL_SECONDARY_INDEX_ACTION: Schema = Schema::structure(
    "CreateGlobalSecondaryIndexAction",
    &[
        Member::new("IndexName", &p::STRING).with(f::REQUIRED),
        Member::new("KeySchema", &KEY_SCHEMA).with(f::REQUIRED),
        Member::new("Projection", &PROJECTION).with(f::REQUIRED),
        Member::new("ProvisionedThroughput", &PROVISIONED_THROUGHPUT),
        Member::new("OnDemandThroughput", &ON_DEMAND_THROUGHPUT),
        Member::new("WarmThroughput", &WARM_THROUGHPUT),
    ],
);
pub static CREATE_GLOBAL_TABLE_INPUT: Schema = Schema::structure(
    "CreateGlobalTableInput",
    &[
        Member::new("GlobalTableName", &p::STRING)
            .context_param("ResourceArn")
            .with(f::REQUIRED),
        Member::new("ReplicationGroup", &REPLICA_LIST).with(f::REQUIRED),
    ],
);
pub static CREATE_GLOBAL_TABLE_OUTPUT: Schema = Schema::structure(
    "CreateGlobalTableOutput",
    &[Member::new("GlobalTableDescription", &GLOBAL_TABLE_DESCRIPTION)],
);
pub static CREATE_GLOBAL_TABLE_WITNESS_GROUP_MEMBER_ACTION: Schema = Schema::structure(
    "CreateGlobalTableWitnessGroupMemberAction",
    &[Member::new("RegionName", &p::STRING).with(f::REQUIRED)],
);
pub static CREATE_REPLICA_ACTION: Schema = Schema::structure(
    "CreateReplicaAction",
    &[Member::new("RegionName", &p::STRING).with(f::REQUIRED)],
);
pub static CREATE_REPLICATION_GROUP_MEMBER_ACTION: Schema = Schema::structure(
    "CreateReplicationGroupMemberAction",
    &[
        Member::new("RegionName", &p::STRING).with(f::REQUIRED),
        Member::new("KMSMasterKeyId", &p::STRING),
        Member::new("ProvisionedThroughputOverride", &PROVISIONED_THROUGHPUT_OVERRIDE),
        Member::new("OnDemandThroughputOverride", &ON_DEMAND_THROUGHPUT_OVERRIDE),
        Member::new("GlobalSecondaryIndexes", &REPLICA_GLOBAL_SECONDARY_INDEX_LIST),
        Member::new("TableClassOverride", &p::STRING),
    ],
);
pub static CREATE_TABLE_INPUT: Schema = Schema::structure(
    "CreateTableInput",
    &[
        Member::new("AttributeDefinitions", &ATTRIBUTE_DEFINITIONS),
        Member::new("TableName", &p::STRING)
            .context_param("ResourceArn")
            .with(f::REQUIRED),
        Member::new("KeySchema", &KEY_SCHEMA),
        Member::new("LocalSecondaryIndexes", &LOCAL_SECONDARY_INDEX_LIST),
        Member::new("GlobalSecondaryIndexes", &GLOBAL_SECONDARY_INDEX_LIST),
        Member::new("BillingMode", &p::STRING),
        Member::new("ProvisionedThroughput", &PROVISIONED_THROUGHPUT),
        Member::new("StreamSpecification", &STREAM_SPECIFICATION),
        Member::new("SSESpecification", &SSE_SPECIFICATION),
        Member::new("Tags", &TAG_LIST),
        Member::new("TableClass", &p::STRING),
        Member::new("DeletionProtectionEnabled", &p::BOOLEAN),
        Member::new("WarmThroughput", &WARM_THROUGHPUT),
        Member::new("ResourcePolicy", &p::STRING),
        Member::new("OnDemandThroughput", &ON_DEMAND_THROUGHPUT),
        Member::new("GlobalTableSourceArn", &p::STRING),
        Member::new("GlobalTableSettingsReplicationMode", &p::STRING),
        Member::new("VectorIndexes", &VECTOR_INDEX_LIST),
    ],
);
pub static CREATE_TABLE_OUTPUT: Schema = Schema::structure(
    "CreateTableOutput",
    &[Member::new("TableDescription", &TABLE_DESCRIPTION)],
);
pub static CREATE_VECTOR_INDEX_ACTION: Schema = Schema::structure(
    "CreateVectorIndexAction",
    &[
        Member::new("IndexName", &p::STRING).with(f::REQUIRED),
        Member::new("VectorAttribute", &VECTOR_ATTRIBUTE_DEFINITION).with(f::REQUIRED),
        Member::new("SearchSchema", &SEARCH_SCHEMA),
        Member::new("Projection", &PROJECTION).with(f::REQUIRED),
        Member::new("Dimensions", &p::LONG).with(f::REQUIRED),
        Member::new("DistanceFunction", &p::STRING).with(f::REQUIRED),
    ],
);
pub static CSV_HEADER_LIST: Schema = Schema::list(
    "CsvHeaderList",
    &[Member::new("member", &p::STRING)],
);
pub static CSV_OPTIONS: Schema = Schema::structure(
    "CsvOptions",
    &[Member::new("Delimiter", &p::STRING), Member::new("HeaderList", &CSV_HEADER_LIST)],
);
pub static DELETE: Schema = Schema::structure(
    "Delete",
    &[
        Member::new("Key", &KEY).with(f::REQUIRED),
        Member::new("TableName", &p::STRING).with(f::REQUIRED),
        Member::new("ConditionExpression", &p::STRING),
        Member::new("ExpressionAttributeNames", &EXPRESSION_ATTRIBUTE_NAME_MAP),
        Member::new("ExpressionAttributeValues", &EXPRESSION_ATTRIBUTE_VALUE_MAP),
        Member::new("ReturnValuesOnConditionCheckFailure", &p::STRING),
    ],
);
pub static DELETE_BACKUP_INPUT: Schema = Schema::structure(
    "DeleteBackupInput",
    &[
        Member::new("BackupArn", &p::STRING)
            .context_param("ResourceArn")
            .with(f::REQUIRED),
    ],
);
pub static DELETE_BACKUP_OUTPUT: Schema = Schema::structure(
    "DeleteBackupOutput",
    &[Member::new("BackupDescription", &BACKUP_DESCRIPTION)],
);
pub static DELETE_GLOBAL_SECONDARY_INDEX_ACTION: Schema = Schema::structure(
    "DeleteGlobalSecondaryIndexAction",
    &[Member::new("IndexName", &p::STRING).with(f::REQUIRED)],
);
pub static DELETE_GLOBAL_TABLE_WITNESS_GROUP_MEMBER_ACTION: Schema = Schema::structure(
    "DeleteGlobalTableWitnessGroupMemberAction",
    &[Member::new("RegionName", &p::STRING).with(f::REQUIRED)],
);
pub static DELETE_ITEM_INPUT: Schema = Schema::structure(
    "DeleteItemInput",
    &[
        Member::new("TableName", &p::STRING)
            .context_param("ResourceArn")
            .with(f::REQUIRED),
        Member::new("Key", &KEY).with(f::REQUIRED),
        Member::new("Expected", &EXPECTED_ATTRIBUTE_MAP),
        Member::new("ConditionalOperator", &p::STRING),
        Member::new("ReturnValues", &p::STRING),
        Member::new("ReturnConsumedCapacity", &p::STRING),
        Member::new("ReturnItemCollectionMetrics", &p::STRING),
        Member::new("ConditionExpression", &p::STRING),
        Member::new("ExpressionAttributeNames", &EXPRESSION_ATTRIBUTE_NAME_MAP),
        Member::new("ExpressionAttributeValues", &EXPRESSION_ATTRIBUTE_VALUE_MAP),
        Member::new("ReturnValuesOnConditionCheckFailure", &p::STRING),
    ],
);
pub static DELETE_ITEM_OUTPUT: Schema = Schema::structure(
    "DeleteItemOutput",
    &[
        Member::new("Attributes", &ATTRIBUTE_MAP),
        Member::new("ConsumedCapacity", &CONSUMED_CAPACITY),
        Member::new("ItemCollectionMetrics", &ITEM_COLLECTION_METRICS),
    ],
);
pub static DELETE_REPLICA_ACTION: Schema = Schema::structure(
    "DeleteReplicaAction",
    &[Member::new("RegionName", &p::STRING).with(f::REQUIRED)],
);
pub static DELETE_REPLICATION_GROUP_MEMBER_ACTION: Schema = Schema::structure(
    "DeleteReplicationGroupMemberAction",
    &[Member::new("RegionName", &p::STRING).with(f::REQUIRED)],
);
pub static DELETE_REQUEST: Schema = Schema::structure(
    "DeleteRequest",
    &[Member::new("Key", &KEY).with(f::REQUIRED)],
);
pub static DELETE_RESOURCE_POLICY_INPUT: Schema = Schema::structure(
    "DeleteResourcePolicyInput",
    &[
        Member::new("ResourceArn", &p::STRING)
            .context_param("ResourceArn")
            .with(f::REQUIRED),
        Member::new("ExpectedRevisionId", &p::STRING),
    ],
);
pub static DELETE_RESOURCE_POLICY_OUTPUT: Schema = Schema::structure(
    "DeleteResourcePolicyOutput",
    &[Member::new("RevisionId", &p::STRING)],
);
pub static DELETE_TABLE_INPUT: Schema = Schema::structure(
    "DeleteTableInput",
    &[
        Member::new("TableName", &p::STRING)
            .context_param("ResourceArn")
            .with(f::REQUIRED),
    ],
);
pub static DELETE_TABLE_OUTPUT: Schema = Schema::structure(
    "DeleteTableOutput",
    &[Member::new("TableDescription", &TABLE_DESCRIPTION)],
);
pub static DELETE_VECTOR_INDEX_ACTION: Schema = Schema::structure(
    "DeleteVectorIndexAction",
    &[Member::new("IndexName", &p::STRING).with(f::REQUIRED)],
);
pub static DESCRIBE_BACKUP_INPUT: Schema = Schema::structure(
    "DescribeBackupInput",
    &[
        Member::new("BackupArn", &p::STRING)
            .context_param("ResourceArn")
            .with(f::REQUIRED),
    ],
);
pub static DESCRIBE_BACKUP_OUTPUT: Schema = Schema::structure(
    "DescribeBackupOutput",
    &[Member::new("BackupDescription", &BACKUP_DESCRIPTION)],
);
pub static DESCRIBE_BULK_OPERATION_INPUT: Schema = Schema::structure(
    "DescribeBulkOperationInput",
    &[
        Member::new("BulkOperationArn", &p::STRING)
            .context_param("ResourceArn")
            .with(f::REQUIRED),
    ],
);
pub static DESCRIBE_BULK_OPERATION_OUTPUT: Schema = Schema::structure(
    "DescribeBulkOperationOutput",
    &[
        Member::new("BulkOperationDescription", &BULK_OPERATION_DESCRIPTION)
            .with(f::REQUIRED),
    ],
);
pub static DESCRIBE_CONTINUOUS_BACKUPS_INPUT: Schema = Schema::structure(
    "DescribeContinuousBackupsInput",
    &[
        Member::new("TableName", &p::STRING)
            .context_param("ResourceArn")
            .with(f::REQUIRED),
    ],
);
pub static DESCRIBE_CONTINUOUS_BACKUPS_OUTPUT: Schema = Schema::structure(
    "DescribeContinuousBackupsOutput",
    &[Member::new("ContinuousBackupsDescription", &CONTINUOUS_BACKUPS_DESCRIPTION)],
);
pub static DESCRIBE_CONTRIBUTOR_INSIGHTS_INPUT: Schema = Schema::structure(
    "DescribeContributorInsightsInput",
    &[
        Member::new("TableName", &p::STRING)
            .context_param("ResourceArn")
            .with(f::REQUIRED),
        Member::new("IndexName", &p::STRING),
    ],
);
pub static DESCRIBE_CONTRIBUTOR_INSIGHTS_OUTPUT: Schema = Schema::structure(
    "DescribeContributorInsightsOutput",
    &[
        Member::new("TableName", &p::STRING),
        Member::new("IndexName", &p::STRING),
        Member::new("ContributorInsightsRuleList", &CONTRIBUTOR_INSIGHTS_RULE_LIST),
        Member::new("ContributorInsightsStatus", &p::STRING),
        Member::new("LastUpdateDateTime", &p::TIMESTAMP),
        Member::new("FailureException", &FAILURE_EXCEPTION),
        Member::new("ContributorInsightsMode", &p::STRING),
    ],
);
pub static DESCRIBE_ENDPOINTS_INPUT: Schema = Schema::structure(
    "DescribeEndpointsRequest",
    &[],
);
pub static DESCRIBE_ENDPOINTS_OUTPUT: Schema = Schema::structure(
    "DescribeEndpointsResponse",
    &[Member::new("Endpoints", &ENDPOINTS).with(f::REQUIRED)],
);
pub static DESCRIBE_EXPORT_INPUT: Schema = Schema::structure(
    "DescribeExportInput",
    &[
        Member::new("ExportArn", &p::STRING)
            .context_param("ResourceArn")
            .with(f::REQUIRED),
    ],
);
pub static DESCRIBE_EXPORT_OUTPUT: Schema = Schema::structure(
    "DescribeExportOutput",
    &[Member::new("ExportDescription", &EXPORT_DESCRIPTION)],
);
pub static DESCRIBE_GLOBAL_TABLE_INPUT: Schema = Schema::structure(
    "DescribeGlobalTableInput",
    &[
        Member::new("GlobalTableName", &p::STRING)
            .context_param("ResourceArn")
            .with(f::REQUIRED),
    ],
);
pub static DESCRIBE_GLOBAL_TABLE_OUTPUT: Schema = Schema::structure(
    "DescribeGlobalTableOutput",
    &[Member::new("GlobalTableDescription", &GLOBAL_TABLE_DESCRIPTION)],
);
pub static DESCRIBE_GLOBAL_TABLE_SETTINGS_INPUT: Schema = Schema::structure(
    "DescribeGlobalTableSettingsInput",
    &[
        Member::new("GlobalTableName", &p::STRING)
            .context_param("ResourceArn")
            .with(f::REQUIRED),
    ],
);
pub static DESCRIBE_GLOBAL_TABLE_SETTINGS_OUTPUT: Schema = Schema::structure(
    "DescribeGlobalTableSettingsOutput",
    &[
        Member::new("GlobalTableName", &p::STRING),
        Member::new("ReplicaSettings", &REPLICA_SETTINGS_DESCRIPTION_LIST),
    ],
);
pub static DESCRIBE_IMPORT_INPUT: Schema = Schema::structure(
    "DescribeImportInput",
    &[
        Member::new("ImportArn", &p::STRING)
            .context_param("ResourceArn")
            .with(f::REQUIRED),
    ],
);
pub static DESCRIBE_IMPORT_OUTPUT: Schema = Schema::structure(
    "DescribeImportOutput",
    &[Member::new("ImportTableDescription", &IMPORT_TABLE_DESCRIPTION).with(f::REQUIRED)],
);
pub static DESCRIBE_KINESIS_STREAMING_DESTINATION_INPUT: Schema = Schema::structure(
    "DescribeKinesisStreamingDestinationInput",
    &[
        Member::new("TableName", &p::STRING)
            .context_param("ResourceArn")
            .with(f::REQUIRED),
    ],
);
pub static DESCRIBE_KINESIS_STREAMING_DESTINATION_OUTPUT: Schema = Schema::structure(
    "DescribeKinesisStreamingDestinationOutput",
    &[
        Member::new("TableName", &p::STRING),
        Member::new("KinesisDataStreamDestinations", &KINESIS_DATA_STREAM_DESTINATIONS),
    ],
);
pub static DESCRIBE_LIMITS_INPUT: Schema = Schema::structure("DescribeLimitsInput", &[]);
pub static DESCRIBE_LIMITS_OUTPUT: Schema = Schema::structure(
    "DescribeLimitsOutput",
    &[
        Member::new("AccountMaxReadCapacityUnits", &p::LONG),
        Member::new("AccountMaxWriteCapacityUnits", &p::LONG),
        Member::new("TableMaxReadCapacityUnits", &p::LONG),
        Member::new("TableMaxWriteCapacityUnits", &p::LONG),
    ],
);
pub static DESCRIBE_TABLE_INPUT: Schema = Schema::structure(
    "DescribeTableInput",
    &[
        Member::new("TableName", &p::STRING)
            .context_param("ResourceArn")
            .with(f::REQUIRED),
    ],
);
pub static DESCRIBE_TABLE_OUTPUT: Schema = Schema::structure(
    "DescribeTableOutput",
    &[Member::new("Table", &TABLE_DESCRIPTION)],
);
pub static DESCRIBE_TABLE_REPLICA_AUTO_SCALING_INPUT: Schema = Schema::structure(
    "DescribeTableReplicaAutoScalingInput",
    &[
        Member::new("TableName", &p::STRING)
            .context_param("ResourceArn")
            .with(f::REQUIRED),
    ],
);
pub static DESCRIBE_TABLE_REPLICA_AUTO_SCALING_OUTPUT: Schema = Schema::structure(
    "DescribeTableReplicaAutoScalingOutput",
    &[Member::new("TableAutoScalingDescription", &TABLE_AUTO_SCALING_DESCRIPTION)],
);
pub static DESCRIBE_TIME_TO_LIVE_INPUT: Schema = Schema::structure(
    "DescribeTimeToLiveInput",
    &[
        Member::new("TableName", &p::STRING)
            .context_param("ResourceArn")
            .with(f::REQUIRED),
    ],
);
pub static DESCRIBE_TIME_TO_LIVE_OUTPUT: Schema = Schema::structure(
    "DescribeTimeToLiveOutput",
    &[Member::new("TimeToLiveDescription", &TIME_TO_LIVE_DESCRIPTION)],
);
pub static DISASSOCIATE_REPLICATION_GROUP_MEMBER_ACTION: Schema = Schema::structure(
    "DisassociateReplicationGroupMemberAction",
    &[
        Member::new("RegionName", &p::STRING).with(f::REQUIRED),
        Member::new("DisassociationMode", &p::STRING).with(f::REQUIRED),
    ],
);
pub static DUPLICATE_ITEM_EXCEPTION: Schema = Schema::structure(
        "DuplicateItemException",
        &[Member::new("message", &p::STRING)],
    )
    .error("DuplicateItemException", 400u16);
pub static ENABLE_KINESIS_STREAMING_CONFIGURATION: Schema = Schema::structure(
    "EnableKinesisStreamingConfiguration",
    &[Member::new("ApproximateCreationDateTimePrecision", &p::STRING)],
);
pub static ENDPOINT: Schema = Schema::structure(
    "Endpoint",
    &[
        Member::new("Address", &p::STRING).with(f::REQUIRED),
        Member::new("CachePeriodInMinutes", &p::LONG).with(f::REQUIRED),
    ],
);
pub static ENDPOINTS: Schema = Schema::list(
    "Endpoints",
    &[Member::new("member", &ENDPOINT)],
);
pub static EXECUTE_STATEMENT_INPUT: Schema = Schema::structure(
    "ExecuteStatementInput",
    &[
        Member::new("Statement", &p::STRING).with(f::REQUIRED),
        Member::new("Parameters", &PREPARED_STATEMENT_PARAMETERS),
        Member::new("ConsistentRead", &p::BOOLEAN),
        Member::new("NextToken", &p::STRING),
        Member::new("ReturnConsumedCapacity", &p::STRING),
        Member::new("Limit", &p::INTEGER),
        Member::new("ReturnValuesOnConditionCheckFailure", &p::STRING),
    ],
);
pub static EXECUTE_STATEMENT_OUTPUT: Schema = Schema::structure(
    "ExecuteStatementOutput",
    &[
        Member::new("Items", &ITEM_LIST),
        Member::new("NextToken", &p::STRING),
        Member::new("ConsumedCapacity", &CONSUMED_CAPACITY),
        Member::new("LastEvaluatedKey", &KEY),
    ],
);
pub static EXECUTE_TRANSACTION_INPUT: Schema = Schema::structure(
    "ExecuteTransactionInput",
    &[
        Member::new("TransactStatements", &PARAMETERIZED_STATEMENTS).with(f::REQUIRED),
        Member::new("ClientRequestToken", &p::STRING).with(f::IDEMPOTENCY_TOKEN),
        Member::new("ReturnConsumedCapacity", &p::STRING),
    ],
);
pub static EXECUTE_TRANSACTION_OUTPUT: Schema = Schema::structure(
    "ExecuteTransactionOutput",
    &[
        Member::new("Responses", &ITEM_RESPONSE_LIST),
        Member::new("ConsumedCapacity", &CONSUMED_CAPACITY_MULTIPLE),
    ],
);
pub static EXPECTED_ATTRIBUTE_MAP: Schema = Schema::map(
    "ExpectedAttributeMap",
    &[Member::new("key", &p::STRING), Member::new("value", &EXPECTED_ATTRIBUTE_VALUE)],
);
pub static EXPECTED_ATTRIBUTE_VALUE: Schema = Schema::structure(
    "ExpectedAttributeValue",
    &[
        Member::new("Value", &ATTRIBUTE_VALUE),
        Member::new("Exists", &p::BOOLEAN),
        Member::new("ComparisonOperator", &p::STRING),
        Member::new("AttributeValueList", &ATTRIBUTE_VALUE_LIST),
    ],
);
pub static EXPORT_CONFLICT_EXCEPTION: Schema = Schema::structure(
        "ExportConflictException",
        &[Member::new("message", &p::STRING)],
    )
    .error("ExportConflictException", 400u16);
pub static EXPORT_DESCRIPTION: Schema = Schema::structure(
    "ExportDescription",
    &[
        Member::new("ExportArn", &p::STRING),
        Member::new("ExportStatus", &p::STRING),
        Member::new("StartTime", &p::TIMESTAMP),
        Member::new("EndTime", &p::TIMESTAMP),
        Member::new("ExportManifest", &p::STRING),
        Member::new("TableArn", &p::STRING),
        Member::new("TableId", &p::STRING),
        Member::new("ExportTime", &p::TIMESTAMP),
        Member::new("ClientToken", &p::STRING),
        Member::new("S3Bucket", &p::STRING),
        Member::new("S3BucketOwner", &p::STRING),
        Member::new("S3Prefix", &p::STRING),
        Member::new("S3SseAlgorithm", &p::STRING),
        Member::new("S3SseKmsKeyId", &p::STRING),
        Member::new("FailureCode", &p::STRING),
        Member::new("FailureMessage", &p::STRING),
        Member::new("ExportFormat", &p::STRING),
        Member::new("BilledSizeBytes", &p::LONG),
        Member::new("ItemCount", &p::LONG),
        Member::new("ExportType", &p::STRING),
        Member::new("IncrementalExportSpecification", &INCREMENTAL_EXPORT_SPECIFICATION),
        Member::new("FilterSpecification", &FILTER_SPECIFICATION),
    ],
);
pub static EXPORT_NOT_FOUND_EXCEPTION: Schema = Schema::structure(
        "ExportNotFoundException",
        &[Member::new("message", &p::STRING)],
    )
    .error("ExportNotFoundException", 400u16);
pub static EXPORT_SUMMARIES: Schema = Schema::list(
    "ExportSummaries",
    &[Member::new("member", &EXPORT_SUMMARY)],
);
pub static EXPORT_SUMMARY: Schema = Schema::structure(
    "ExportSummary",
    &[
        Member::new("ExportArn", &p::STRING),
        Member::new("ExportStatus", &p::STRING),
        Member::new("ExportType", &p::STRING),
    ],
);
pub static EXPORT_TABLE_TO_POINT_IN_TIME_INPUT: Schema = Schema::structure(
    "ExportTableToPointInTimeInput",
    &[
        Member::new("TableArn", &p::STRING)
            .context_param("ResourceArn")
            .with(f::REQUIRED),
        Member::new("ExportTime", &p::TIMESTAMP),
        Member::new("ClientToken", &p::STRING).with(f::IDEMPOTENCY_TOKEN),
        Member::new("S3Bucket", &p::STRING).with(f::REQUIRED),
        Member::new("S3BucketOwner", &p::STRING),
        Member::new("S3Prefix", &p::STRING),
        Member::new("S3SseAlgorithm", &p::STRING),
        Member::new("S3SseKmsKeyId", &p::STRING),
        Member::new("ExportFormat", &p::STRING),
        Member::new("ExportType", &p::STRING),
        Member::new("IncrementalExportSpecification", &INCREMENTAL_EXPORT_SPECIFICATION),
        Member::new("FilterSpecification", &FILTER_SPECIFICATION),
    ],
);
pub static EXPORT_TABLE_TO_POINT_IN_TIME_OUTPUT: Schema = Schema::structure(
    "ExportTableToPointInTimeOutput",
    &[Member::new("ExportDescription", &EXPORT_DESCRIPTION)],
);
pub static EXPRESSION_ATTRIBUTE_NAME_MAP: Schema = Schema::map(
    "ExpressionAttributeNameMap",
    &[Member::new("key", &p::STRING), Member::new("value", &p::STRING)],
);
pub static EXPRESSION_ATTRIBUTE_VALUE_MAP: Schema = Schema::map(
    "ExpressionAttributeValueMap",
    &[Member::new("key", &p::STRING), Member::new("value", &ATTRIBUTE_VALUE)],
);
pub static FAILURE_EXCEPTION: Schema = Schema::structure(
    "FailureException",
    &[
        Member::new("ExceptionName", &p::STRING),
        Member::new("ExceptionDescription", &p::STRING),
    ],
);
pub static FILTER_CONDITION_MAP: Schema = Schema::map(
    "FilterConditionMap",
    &[Member::new("key", &p::STRING), Member::new("value", &CONDITION)],
);
pub static FILTER_SPECIFICATION: Schema = Schema::structure(
    "FilterSpecification",
    &[
        Member::new("FilterExpression", &p::STRING),
        Member::new("ProjectionExpression", &p::STRING),
        Member::new("KeyConditionExpression", &p::STRING),
        Member::new("ExpressionAttributeNames", &EXPRESSION_ATTRIBUTE_NAME_MAP),
        Member::new("ExpressionAttributeValues", &EXPRESSION_ATTRIBUTE_VALUE_MAP),
    ],
);
pub static GET: Schema = Schema::structure(
    "Get",
    &[
        Member::new("Key", &KEY).with(f::REQUIRED),
        Member::new("TableName", &p::STRING).with(f::REQUIRED),
        Member::new("ProjectionExpression", &p::STRING),
        Member::new("ExpressionAttributeNames", &EXPRESSION_ATTRIBUTE_NAME_MAP),
    ],
);
pub static GET_ITEM_INPUT: Schema = Schema::structure(
    "GetItemInput",
    &[
        Member::new("TableName", &p::STRING)
            .context_param("ResourceArn")
            .with(f::REQUIRED),
        Member::new("Key", &KEY).with(f::REQUIRED),
        Member::new("AttributesToGet", &ATTRIBUTE_NAME_LIST),
        Member::new("ConsistentRead", &p::BOOLEAN),
        Member::new("ReturnConsumedCapacity", &p::STRING),
        Member::new("ProjectionExpression", &p::STRING),
        Member::new("ExpressionAttributeNames", &EXPRESSION_ATTRIBUTE_NAME_MAP),
    ],
);
pub static GET_ITEM_OUTPUT: Schema = Schema::structure(
    "GetItemOutput",
    &[
        Member::new("Item", &ATTRIBUTE_MAP),
        Member::new("ConsumedCapacity", &CONSUMED_CAPACITY),
    ],
);
pub static GET_RESOURCE_POLICY_INPUT: Schema = Schema::structure(
    "GetResourcePolicyInput",
    &[
        Member::new("ResourceArn", &p::STRING)
            .context_param("ResourceArn")
            .with(f::REQUIRED),
    ],
);
pub static GET_RESOURCE_POLICY_OUTPUT: Schema = Schema::structure(
    "GetResourcePolicyOutput",
    &[Member::new("Policy", &p::STRING), Member::new("RevisionId", &p::STRING)],
);
pub static GLOBAL_SECONDARY_INDEX: Schema = Schema::structure(
    "GlobalSecondaryIndex",
    &[
        Member::new("IndexName", &p::STRING).with(f::REQUIRED),
        Member::new("KeySchema", &KEY_SCHEMA).with(f::REQUIRED),
        Member::new("Projection", &PROJECTION).with(f::REQUIRED),
        Member::new("ProvisionedThroughput", &PROVISIONED_THROUGHPUT),
        Member::new("OnDemandThroughput", &ON_DEMAND_THROUGHPUT),
        Member::new("WarmThroughput", &WARM_THROUGHPUT),
    ],
);
pub static GLOBAL_SECONDARY_INDEX_AUTO_SCALING_UPDATE: Schema = Schema::structure(
    "GlobalSecondaryIndexAutoScalingUpdate",
    &[
        Member::new("IndexName", &p::STRING),
        Member::new(
            "ProvisionedWriteCapacityAutoScalingUpdate",
            &AUTO_SCALING_SETTINGS_UPDATE,
        ),
    ],
);
pub static GLOBAL_SECONDARY_INDEX_AUTO_SCALING_UPDATE_LIST: Schema = Schema::list(
    "GlobalSecondaryIndexAutoScalingUpdateList",
    &[Member::new("member", &GLOBAL_SECONDARY_INDEX_AUTO_SCALING_UPDATE)],
);
pub static GLOBAL_SECONDARY_INDEX_DESCRIPTION: Schema = Schema::structure(
    "GlobalSecondaryIndexDescription",
    &[
        Member::new("IndexName", &p::STRING),
        Member::new("KeySchema", &KEY_SCHEMA),
        Member::new("Projection", &PROJECTION),
        Member::new("IndexStatus", &p::STRING),
        Member::new("Backfilling", &p::BOOLEAN),
        Member::new("ProvisionedThroughput", &PROVISIONED_THROUGHPUT_DESCRIPTION),
        Member::new("IndexSizeBytes", &p::LONG),
        Member::new("ItemCount", &p::LONG),
        Member::new("IndexArn", &p::STRING),
        Member::new("OnDemandThroughput", &ON_DEMAND_THROUGHPUT),
        Member::new(
            "WarmThroughput",
            &GLOBAL_SECONDARY_INDEX_WARM_THROUGHPUT_DESCRIPTION,
        ),
    ],
);
pub static GLOBAL_SECONDARY_INDEX_DESCRIPTION_LIST: Schema = Schema::list(
    "GlobalSecondaryIndexDescriptionList",
    &[Member::new("member", &GLOBAL_SECONDARY_INDEX_DESCRIPTION)],
);
pub static GLOBAL_SECONDARY_INDEX_INFO: Schema = Schema::structure(
    "GlobalSecondaryIndexInfo",
    &[
        Member::new("IndexName", &p::STRING),
        Member::new("KeySchema", &KEY_SCHEMA),
        Member::new("Projection", &PROJECTION),
        Member::new("ProvisionedThroughput", &PROVISIONED_THROUGHPUT),
        Member::new("OnDemandThroughput", &ON_DEMAND_THROUGHPUT),
    ],
);
pub static GLOBAL_SECONDARY_INDEX_LIST: Schema = Schema::list(
    "GlobalSecondaryIndexList",
    &[Member::new("member", &GLOBAL_SECONDARY_INDEX)],
);
pub static GLOBAL_SECONDARY_INDEX_UPDATE: Schema = Schema::structure(
    "GlobalSecondaryIndexUpdate",
    &[
        Member::new("Update", &UPDATE_GLOBAL_SECONDARY_INDEX_ACTION),
        Member::new("Create", &CREATE_GLOBAL_SECONDARY_INDEX_ACTION),
        Member::new("Delete", &DELETE_GLOBAL_SECONDARY_INDEX_ACTION),
    ],
);
pub static GLOBAL_SECONDARY_INDEX_UPDATE_LIST: Schema = Schema::list(
    "GlobalSecondaryIndexUpdateList",
    &[Member::new("member", &GLOBAL_SECONDARY_INDEX_UPDATE)],
);
pub static GLOBAL_SECONDARY_INDEX_WARM_THROUGHPUT_DESCRIPTION: Schema = Schema::structure(
    "GlobalSecondaryIndexWarmThroughputDescription",
    &[
        Member::new("ReadUnitsPerSecond", &p::LONG),
        Member::new("WriteUnitsPerSecond", &p::LONG),
        Member::new("Status", &p::STRING),
    ],
);
pub static GLOBAL_SECONDARY_INDEXES: Schema = Schema::list(
    "GlobalSecondaryIndexes",
    &[Member::new("member", &GLOBAL_SECONDARY_INDEX_INFO)],
);
pub static GLOBAL_TABLE: Schema = Schema::structure(
    "GlobalTable",
    &[
        Member::new("GlobalTableName", &p::STRING),
        Member::new("ReplicationGroup", &REPLICA_LIST),
    ],
);
pub static GLOBAL_TABLE_ALREADY_EXISTS_EXCEPTION: Schema = Schema::structure(
        "GlobalTableAlreadyExistsException",
        &[Member::new("message", &p::STRING)],
    )
    .error("GlobalTableAlreadyExistsException", 400u16);
pub static GLOBAL_TABLE_DESCRIPTION: Schema = Schema::structure(
    "GlobalTableDescription",
    &[
        Member::new("ReplicationGroup", &REPLICA_DESCRIPTION_LIST),
        Member::new("GlobalTableArn", &p::STRING),
        Member::new("CreationDateTime", &p::TIMESTAMP),
        Member::new("GlobalTableStatus", &p::STRING),
        Member::new("GlobalTableName", &p::STRING),
    ],
);
pub static GLOBAL_TABLE_GLOBAL_SECONDARY_INDEX_SETTINGS_UPDATE: Schema = Schema::structure(
    "GlobalTableGlobalSecondaryIndexSettingsUpdate",
    &[
        Member::new("IndexName", &p::STRING).with(f::REQUIRED),
        Member::new("ProvisionedWriteCapacityUnits", &p::LONG),
        Member::new(
            "ProvisionedWriteCapacityAutoScalingSettingsUpdate",
            &AUTO_SCALING_SETTINGS_UPDATE,
        ),
    ],
);
pub static GLOBAL_TABLE_GLOBAL_SECONDARY_INDEX_SETTINGS_UPDATE_LIST: Schema = Schema::list(
    "GlobalTableGlobalSecondaryIndexSettingsUpdateList",
    &[Member::new("member", &GLOBAL_TABLE_GLOBAL_SECONDARY_INDEX_SETTINGS_UPDATE)],
);
pub static GLOBAL_TABLE_LIST: Schema = Schema::list(
    "GlobalTableList",
    &[Member::new("member", &GLOBAL_TABLE)],
);
pub static GLOBAL_TABLE_NOT_FOUND_EXCEPTION: Schema = Schema::structure(
        "GlobalTableNotFoundException",
        &[Member::new("message", &p::STRING)],
    )
    .error("GlobalTableNotFoundException", 400u16);
pub static GLOBAL_TABLE_WITNESS_DESCRIPTION: Schema = Schema::structure(
    "GlobalTableWitnessDescription",
    &[Member::new("RegionName", &p::STRING), Member::new("WitnessStatus", &p::STRING)],
);
pub static GLOBAL_TABLE_WITNESS_DESCRIPTION_LIST: Schema = Schema::list(
    "GlobalTableWitnessDescriptionList",
    &[Member::new("member", &GLOBAL_TABLE_WITNESS_DESCRIPTION)],
);
pub static GLOBAL_TABLE_WITNESS_GROUP_UPDATE: Schema = Schema::structure(
    "GlobalTableWitnessGroupUpdate",
    &[
        Member::new("Create", &CREATE_GLOBAL_TABLE_WITNESS_GROUP_MEMBER_ACTION),
        Member::new("Delete", &DELETE_GLOBAL_TABLE_WITNESS_GROUP_MEMBER_ACTION),
    ],
);
pub static GLOBAL_TABLE_WITNESS_GROUP_UPDATE_LIST: Schema = Schema::list(
    "GlobalTableWitnessGroupUpdateList",
    &[Member::new("member", &GLOBAL_TABLE_WITNESS_GROUP_UPDATE)],
);
pub static IDEMPOTENT_PARAMETER_MISMATCH_EXCEPTION: Schema = Schema::structure(
        "IdempotentParameterMismatchException",
        &[Member::new("Message", &p::STRING)],
    )
    .error("IdempotentParameterMismatchException", 400u16);
pub static IMPORT_CONFLICT_EXCEPTION: Schema = Schema::structure(
        "ImportConflictException",
        &[Member::new("message", &p::STRING)],
    )
    .error("ImportConflictException", 400u16);
pub static IMPORT_NOT_FOUND_EXCEPTION: Schema = Schema::structure(
        "ImportNotFoundException",
        &[Member::new("message", &p::STRING)],
    )
    .error("ImportNotFoundException", 400u16);
pub static IMPORT_SUMMARY: Schema = Schema::structure(
    "ImportSummary",
    &[
        Member::new("ImportArn", &p::STRING),
        Member::new("ImportStatus", &p::STRING),
        Member::new("TableArn", &p::STRING),
        Member::new("S3BucketSource", &S3_BUCKET_SOURCE),
        Member::new("CloudWatchLogGroupArn", &p::STRING),
        Member::new("InputFormat", &p::STRING),
        Member::new("StartTime", &p::TIMESTAMP),
        Member::new("EndTime", &p::TIMESTAMP),
    ],
);
pub static IMPORT_SUMMARY_LIST: Schema = Schema::list(
    "ImportSummaryList",
    &[Member::new("member", &IMPORT_SUMMARY)],
);
pub static IMPORT_TABLE_DESCRIPTION: Schema = Schema::structure(
    "ImportTableDescription",
    &[
        Member::new("ImportArn", &p::STRING),
        Member::new("ImportStatus", &p::STRING),
        Member::new("TableArn", &p::STRING),
        Member::new("TableId", &p::STRING),
        Member::new("ClientToken", &p::STRING),
        Member::new("S3BucketSource", &S3_BUCKET_SOURCE),
        Member::new("ErrorCount", &p::LONG),
        Member::new("CloudWatchLogGroupArn", &p::STRING),
        Member::new("InputFormat", &p::STRING),
        Member::new("InputFormatOptions", &INPUT_FORMAT_OPTIONS),
        Member::new("InputCompressionType", &p::STRING),
        Member::new("TableCreationParameters", &TABLE_CREATION_PARAMETERS),
        Member::new("StartTime", &p::TIMESTAMP),
        Member::new("EndTime", &p::TIMESTAMP),
        Member::new("ProcessedSizeBytes", &p::LONG),
        Member::new("ProcessedItemCount", &p::LONG),
        Member::new("ImportedItemCount", &p::LONG),
        Member::new("FailureCode", &p::STRING),
        Member::new("FailureMessage", &p::STRING),
    ],
);
pub static IMPORT_TABLE_INPUT: Schema = Schema::structure(
    "ImportTableInput",
    &[
        Member::new("ClientToken", &p::STRING).with(f::IDEMPOTENCY_TOKEN),
        Member::new("S3BucketSource", &S3_BUCKET_SOURCE).with(f::REQUIRED),
        Member::new("InputFormat", &p::STRING).with(f::REQUIRED),
        Member::new("InputFormatOptions", &INPUT_FORMAT_OPTIONS),
        Member::new("InputCompressionType", &p::STRING),
        Member::new("TableCreationParameters", &TABLE_CREATION_PARAMETERS)
            .with(f::REQUIRED),
    ],
);
pub static IMPORT_TABLE_OUTPUT: Schema = Schema::structure(
    "ImportTableOutput",
    &[Member::new("ImportTableDescription", &IMPORT_TABLE_DESCRIPTION).with(f::REQUIRED)],
);
pub static INCREMENTAL_EXPORT_SPECIFICATION: Schema = Schema::structure(
    "IncrementalExportSpecification",
    &[
        Member::new("ExportFromTime", &p::TIMESTAMP),
        Member::new("ExportToTime", &p::TIMESTAMP),
        Member::new("ExportViewType", &p::STRING),
    ],
);
pub static INDEX_NOT_FOUND_EXCEPTION: Schema = Schema::structure(
        "IndexNotFoundException",
        &[Member::new("message", &p::STRING)],
    )
    .error("IndexNotFoundException", 400u16);
pub static INPUT_FORMAT_OPTIONS: Schema = Schema::structure(
    "InputFormatOptions",
    &[Member::new("Csv", &CSV_OPTIONS)],
);
pub static INPUT_S3_CONFIGURATION: Schema = Schema::structure(
    "InputS3Configuration",
    &[
        Member::new("S3BucketOwner", &p::STRING),
        Member::new("S3Bucket", &p::STRING).with(f::REQUIRED),
        Member::new("S3KeyPrefix", &p::STRING),
        Member::new("InputFormat", &p::STRING).with(f::REQUIRED),
        Member::new("InputCompressionType", &p::STRING),
    ],
);
pub static INTERNAL_SERVER_ERROR: Schema = Schema::structure(
        "InternalServerError",
        &[Member::new("message", &p::STRING)],
    )
    .error("InternalServerError", 500u16);
pub static INVALID_EXPORT_TIME_EXCEPTION: Schema = Schema::structure(
        "InvalidExportTimeException",
        &[Member::new("message", &p::STRING)],
    )
    .error("InvalidExportTimeException", 400u16);
pub static INVALID_RESTORE_TIME_EXCEPTION: Schema = Schema::structure(
        "InvalidRestoreTimeException",
        &[Member::new("message", &p::STRING)],
    )
    .error("InvalidRestoreTimeException", 400u16);
pub static ITEM_COLLECTION_KEY_ATTRIBUTE_MAP: Schema = Schema::map(
    "ItemCollectionKeyAttributeMap",
    &[Member::new("key", &p::STRING), Member::new("value", &ATTRIBUTE_VALUE)],
);
pub static ITEM_COLLECTION_METRICS: Schema = Schema::structure(
    "ItemCollectionMetrics",
    &[
        Member::new("ItemCollectionKey", &ITEM_COLLECTION_KEY_ATTRIBUTE_MAP),
        Member::new("SizeEstimateRangeGB", &ITEM_COLLECTION_SIZE_ESTIMATE_RANGE),
    ],
);
pub static ITEM_COLLECTION_METRICS_MULTIPLE: Schema = Schema::list(
    "ItemCollectionMetricsMultiple",
    &[Member::new("member", &ITEM_COLLECTION_METRICS)],
);
pub static ITEM_COLLECTION_METRICS_PER_TABLE: Schema = Schema::map(
    "ItemCollectionMetricsPerTable",
    &[
        Member::new("key", &p::STRING),
        Member::new("value", &ITEM_COLLECTION_METRICS_MULTIPLE),
    ],
);
pub static ITEM_COLLECTION_SIZE_ESTIMATE_RANGE: Schema = Schema::list(
    "ItemCollectionSizeEstimateRange",
    &[Member::new("member", &p::DOUBLE)],
);
pub static ITEM_COLLECTION_SIZE_LIMIT_EXCEEDED_EXCEPTION: Schema = Schema::structure(
        "ItemCollectionSizeLimitExceededException",
        &[Member::new("message", &p::STRING)],
    )
    .error("ItemCollectionSizeLimitExceededException", 400u16);
pub static ITEM_LIST: Schema = Schema::list(
    "ItemList",
    &[Member::new("member", &ATTRIBUTE_MAP)],
);
pub static ITEM_RESPONSE: Schema = Schema::structure(
    "ItemResponse",
    &[Member::new("Item", &ATTRIBUTE_MAP)],
);
pub static ITEM_RESPONSE_LIST: Schema = Schema::list(
    "ItemResponseList",
    &[Member::new("member", &ITEM_RESPONSE)],
);
pub static KEY: Schema = Schema::map(
    "Key",
    &[Member::new("key", &p::STRING), Member::new("value", &ATTRIBUTE_VALUE)],
);
pub static KEY_CONDITIONS: Schema = Schema::map(
    "KeyConditions",
    &[Member::new("key", &p::STRING), Member::new("value", &CONDITION)],
);
pub static KEY_LIST: Schema = Schema::list("KeyList", &[Member::new("member", &KEY)]);
pub static KEY_SCHEMA: Schema = Schema::list(
    "KeySchema",
    &[Member::new("member", &KEY_SCHEMA_ELEMENT)],
);
pub static KEY_SCHEMA_ELEMENT: Schema = Schema::structure(
    "KeySchemaElement",
    &[
        Member::new("AttributeName", &p::STRING).with(f::REQUIRED),
        Member::new("KeyType", &p::STRING).with(f::REQUIRED),
    ],
);
pub static KEYS_AND_ATTRIBUTES: Schema = Schema::structure(
    "KeysAndAttributes",
    &[
        Member::new("Keys", &KEY_LIST).with(f::REQUIRED),
        Member::new("AttributesToGet", &ATTRIBUTE_NAME_LIST),
        Member::new("ConsistentRead", &p::BOOLEAN),
        Member::new("ProjectionExpression", &p::STRING),
        Member::new("ExpressionAttributeNames", &EXPRESSION_ATTRIBUTE_NAME_MAP),
    ],
);
pub static KINESIS_DATA_STREAM_DESTINATION: Schema = Schema::structure(
    "KinesisDataStreamDestination",
    &[
        Member::new("StreamArn", &p::STRING),
        Member::new("DestinationStatus", &p::STRING),
        Member::new("DestinationStatusDescription", &p::STRING),
        Member::new("ApproximateCreationDateTimePrecision", &p::STRING),
    ],
);
pub static KINESIS_DATA_STREAM_DESTINATIONS: Schema = Schema::list(
    "KinesisDataStreamDestinations",
    &[Member::new("member", &KINESIS_DATA_STREAM_DESTINATION)],
);
pub static KINESIS_STREAMING_DESTINATION_INPUT: Schema = Schema::structure(
    "KinesisStreamingDestinationInput",
    &[
        Member::new("TableName", &p::STRING)
            .context_param("ResourceArn")
            .with(f::REQUIRED),
        Member::new("StreamArn", &p::STRING).with(f::REQUIRED),
        Member::new(
            "EnableKinesisStreamingConfiguration",
            &ENABLE_KINESIS_STREAMING_CONFIGURATION,
        ),
    ],
);
pub static KINESIS_STREAMING_DESTINATION_OUTPUT: Schema = Schema::structure(
    "KinesisStreamingDestinationOutput",
    &[
        Member::new("TableName", &p::STRING),
        Member::new("StreamArn", &p::STRING),
        Member::new("DestinationStatus", &p::STRING),
        Member::new(
            "EnableKinesisStreamingConfiguration",
            &ENABLE_KINESIS_STREAMING_CONFIGURATION,
        ),
    ],
);
pub static LIMIT_EXCEEDED_EXCEPTION: Schema = Schema::structure(
        "LimitExceededException",
        &[Member::new("message", &p::STRING)],
    )
    .error("LimitExceededException", 400u16);
pub static LIST_ATTRIBUTE_VALUE: Schema = Schema::list(
    "ListAttributeValue",
    &[Member::new("member", &ATTRIBUTE_VALUE)],
);
pub static LIST_BACKUPS_INPUT: Schema = Schema::structure(
    "ListBackupsInput",
    &[
        Member::new("TableName", &p::STRING).context_param("ResourceArn"),
        Member::new("Limit", &p::INTEGER),
        Member::new("TimeRangeLowerBound", &p::TIMESTAMP),
        Member::new("TimeRangeUpperBound", &p::TIMESTAMP),
        Member::new("ExclusiveStartBackupArn", &p::STRING),
        Member::new("BackupType", &p::STRING),
    ],
);
pub static LIST_BACKUPS_OUTPUT: Schema = Schema::structure(
    "ListBackupsOutput",
    &[
        Member::new("BackupSummaries", &BACKUP_SUMMARIES),
        Member::new("LastEvaluatedBackupArn", &p::STRING),
    ],
);
pub static LIST_BULK_OPERATIONS_INPUT: Schema = Schema::structure(
    "ListBulkOperationsInput",
    &[Member::new("MaxResults", &p::INTEGER), Member::new("NextToken", &p::STRING)],
);
pub static LIST_BULK_OPERATIONS_OUTPUT: Schema = Schema::structure(
    "ListBulkOperationsOutput",
    &[
        Member::new("BulkOperationsSummaryList", &BULK_OPERATIONS_SUMMARY_LIST),
        Member::new("NextToken", &p::STRING),
    ],
);
pub static LIST_CONTRIBUTOR_INSIGHTS_INPUT: Schema = Schema::structure(
    "ListContributorInsightsInput",
    &[
        Member::new("TableName", &p::STRING).context_param("ResourceArn"),
        Member::new("NextToken", &p::STRING),
        Member::new("MaxResults", &p::INTEGER),
    ],
);
pub static LIST_CONTRIBUTOR_INSIGHTS_OUTPUT: Schema = Schema::structure(
    "ListContributorInsightsOutput",
    &[
        Member::new("ContributorInsightsSummaries", &CONTRIBUTOR_INSIGHTS_SUMMARIES),
        Member::new("NextToken", &p::STRING),
    ],
);
pub static LIST_EXPORTS_INPUT: Schema = Schema::structure(
    "ListExportsInput",
    &[
        Member::new("TableArn", &p::STRING).context_param("ResourceArn"),
        Member::new("MaxResults", &p::INTEGER),
        Member::new("NextToken", &p::STRING),
    ],
);
pub static LIST_EXPORTS_OUTPUT: Schema = Schema::structure(
    "ListExportsOutput",
    &[
        Member::new("ExportSummaries", &EXPORT_SUMMARIES),
        Member::new("NextToken", &p::STRING),
    ],
);
pub static LIST_GLOBAL_TABLES_INPUT: Schema = Schema::structure(
    "ListGlobalTablesInput",
    &[
        Member::new("ExclusiveStartGlobalTableName", &p::STRING),
        Member::new("Limit", &p::INTEGER),
        Member::new("RegionName", &p::STRING),
    ],
);
pub static LIST_GLOBAL_TABLES_OUTPUT: Schema = Schema::structure(
    "ListGlobalTablesOutput",
    &[
        Member::new("GlobalTables", &GLOBAL_TABLE_LIST),
        Member::new("LastEvaluatedGlobalTableName", &p::STRING),
    ],
);
pub static LIST_IMPORTS_INPUT: Schema = Schema::structure(
    "ListImportsInput",
    &[
        Member::new("TableArn", &p::STRING).context_param("ResourceArn"),
        Member::new("PageSize", &p::INTEGER),
        Member::new("NextToken", &p::STRING),
    ],
);
pub static LIST_IMPORTS_OUTPUT: Schema = Schema::structure(
    "ListImportsOutput",
    &[
        Member::new("ImportSummaryList", &IMPORT_SUMMARY_LIST),
        Member::new("NextToken", &p::STRING),
    ],
);
pub static LIST_TABLES_INPUT: Schema = Schema::structure(
    "ListTablesInput",
    &[
        Member::new("ExclusiveStartTableName", &p::STRING),
        Member::new("Limit", &p::INTEGER),
    ],
);
pub static LIST_TABLES_OUTPUT: Schema = Schema::structure(
    "ListTablesOutput",
    &[
        Member::new("TableNames", &TABLE_NAME_LIST),
        Member::new("LastEvaluatedTableName", &p::STRING),
    ],
);
pub static LIST_TAGS_OF_RESOURCE_INPUT: Schema = Schema::structure(
    "ListTagsOfResourceInput",
    &[
        Member::new("ResourceArn", &p::STRING)
            .context_param("ResourceArn")
            .with(f::REQUIRED),
        Member::new("NextToken", &p::STRING),
    ],
);
pub static LIST_TAGS_OF_RESOURCE_OUTPUT: Schema = Schema::structure(
    "ListTagsOfResourceOutput",
    &[Member::new("Tags", &TAG_LIST), Member::new("NextToken", &p::STRING)],
);
pub static LOCAL_SECONDARY_INDEX: Schema = Schema::structure(
    "LocalSecondaryIndex",
    &[
        Member::new("IndexName", &p::STRING).with(f::REQUIRED),
        Member::new("KeySchema", &KEY_SCHEMA).with(f::REQUIRED),
        Member::new("Projection", &PROJECTION).with(f::REQUIRED),
    ],
);
pub static LOCAL_SECONDARY_INDEX_DESCRIPTION: Schema = Schema::structure(
    "LocalSecondaryIndexDescription",
    &[
        Member::new("IndexName", &p::STRING),
        Member::new("KeySchema", &KEY_SCHEMA),
        Member::new("Projection", &PROJECTION),
        Member::new("IndexSizeBytes", &p::LONG),
        Member::new("ItemCount", &p::LONG),
        Member::new("IndexArn", &p::STRING),
    ],
);
pub static LOCAL_SECONDARY_INDEX_DESCRIPTION_LIST: Schema = Schema::list(
    "LocalSecondaryIndexDescriptionList",
    &[Member::new("member", &LOCAL_SECONDARY_INDEX_DESCRIPTION)],
);
pub static LOCAL_SECONDARY_INDEX_INFO: Schema = Schema::structure(
    "LocalSecondaryIndexInfo",
    &[
        Member::new("IndexName", &p::STRING),
        Member::new("KeySchema", &KEY_SCHEMA),
        Member::new("Projection", &PROJECTION),
    ],
);
pub static LOCAL_SECONDARY_INDEX_LIST: Schema = Schema::list(
    "LocalSecondaryIndexList",
    &[Member::new("member", &LOCAL_SECONDARY_INDEX)],
);
pub static LOCAL_SECONDARY_INDEXES: Schema = Schema::list(
    "LocalSecondaryIndexes",
    &[Member::new("member", &LOCAL_SECONDARY_INDEX_INFO)],
);
pub static MAP_ATTRIBUTE_VALUE: Schema = Schema::map(
    "MapAttributeValue",
    &[Member::new("key", &p::STRING), Member::new("value", &ATTRIBUTE_VALUE)],
);
pub static NON_KEY_ATTRIBUTE_NAME_LIST: Schema = Schema::list(
    "NonKeyAttributeNameList",
    &[Member::new("member", &p::STRING)],
);
pub static NUMBER_SET_ATTRIBUTE_VALUE: Schema = Schema::list(
    "NumberSetAttributeValue",
    &[Member::new("member", &p::STRING)],
);
pub static ON_DEMAND_THROUGHPUT: Schema = Schema::structure(
    "OnDemandThroughput",
    &[
        Member::new("MaxReadRequestUnits", &p::LONG),
        Member::new("MaxWriteRequestUnits", &p::LONG),
    ],
);
pub static ON_DEMAND_THROUGHPUT_OVERRIDE: Schema = Schema::structure(
    "OnDemandThroughputOverride",
    &[Member::new("MaxReadRequestUnits", &p::LONG)],
);
pub static OUTPUT_S3_CONFIGURATION: Schema = Schema::structure(
    "OutputS3Configuration",
    &[
        Member::new("S3BucketOwner", &p::STRING),
        Member::new("S3Bucket", &p::STRING),
        Member::new("S3KeyPrefix", &p::STRING),
        Member::new("S3SseAlgorithm", &p::STRING),
        Member::new("S3SseKmsKeyId", &p::STRING),
        Member::new("OutputType", &OUTPUT_TYPE_LIST).with(f::REQUIRED),
    ],
);
pub static OUTPUT_TYPE_LIST: Schema = Schema::list(
    "OutputTypeList",
    &[Member::new("member", &p::STRING)],
);
pub static PARAMETERIZED_STATEMENT: Schema = Schema::structure(
    "ParameterizedStatement",
    &[
        Member::new("Statement", &p::STRING).with(f::REQUIRED),
        Member::new("Parameters", &PREPARED_STATEMENT_PARAMETERS),
        Member::new("ReturnValuesOnConditionCheckFailure", &p::STRING),
    ],
);
pub static PARAMETERIZED_STATEMENTS: Schema = Schema::list(
    "ParameterizedStatements",
    &[Member::new("member", &PARAMETERIZED_STATEMENT)],
);
pub static PARTI_QL_BATCH_REQUEST: Schema = Schema::list(
    "PartiQLBatchRequest",
    &[Member::new("member", &BATCH_STATEMENT_REQUEST)],
);
pub static PARTI_QL_BATCH_RESPONSE: Schema = Schema::list(
    "PartiQLBatchResponse",
    &[Member::new("member", &BATCH_STATEMENT_RESPONSE)],
);
pub static POINT_IN_TIME_RECOVERY_DESCRIPTION: Schema = Schema::structure(
    "PointInTimeRecoveryDescription",
    &[
        Member::new("PointInTimeRecoveryStatus", &p::STRING),
        Member::new("RecoveryPeriodInDays", &p::INTEGER),
        Member::new("EarliestRestorableDateTime", &p::TIMESTAMP),
        Member::new("LatestRestorableDateTime", &p::TIMESTAMP),
    ],
);
pub static POINT_IN_TIME_RECOVERY_SPECIFICATION: Schema = Schema::structure(
    "PointInTimeRecoverySpecification",
    &[
        Member::new("PointInTimeRecoveryEnabled", &p::BOOLEAN).with(f::REQUIRED),
        Member::new("RecoveryPeriodInDays", &p::INTEGER),
    ],
);
pub static POINT_IN_TIME_RECOVERY_UNAVAILABLE_EXCEPTION: Schema = Schema::structure(
        "PointInTimeRecoveryUnavailableException",
        &[Member::new("message", &p::STRING)],
    )
    .error("PointInTimeRecoveryUnavailableException", 400u16);
pub static POLICY_NOT_FOUND_EXCEPTION: Schema = Schema::structure(
        "PolicyNotFoundException",
        &[Member::new("message", &p::STRING)],
    )
    .error("PolicyNotFoundException", 400u16);
pub static PREPARED_STATEMENT_PARAMETERS: Schema = Schema::list(
    "PreparedStatementParameters",
    &[Member::new("member", &ATTRIBUTE_VALUE)],
);
pub static PROJECTION: Schema = Schema::structure(
    "Projection",
    &[
        Member::new("ProjectionType", &p::STRING),
        Member::new("NonKeyAttributes", &NON_KEY_ATTRIBUTE_NAME_LIST),
    ],
);
pub static PROVISIONED_THROUGHPUT: Schema = Schema::structure(
    "ProvisionedThroughput",
    &[
        Member::new("ReadCapacityUnits", &p::LONG).with(f::REQUIRED),
        Member::new("WriteCapacityUnits", &p::LONG).with(f::REQUIRED),
    ],
);
pub static PROVISIONED_THROUGHPUT_DESCRIPTION: Schema = Schema::structure(
    "ProvisionedThroughputDescription",
    &[
        Member::new("LastIncreaseDateTime", &p::TIMESTAMP),
        Member::new("LastDecreaseDateTime", &p::TIMESTAMP),
        Member::new("NumberOfDecreasesToday", &p::LONG),
        Member::new("ReadCapacityUnits", &p::LONG),
        Member::new("WriteCapacityUnits", &p::LONG),
    ],
);
pub static PROVISIONED_THROUGHPUT_EXCEEDED_EXCEPTION: Schema = Schema::structure(
        "ProvisionedThroughputExceededException",
        &[
            Member::new("message", &p::STRING),
            Member::new("ThrottlingReasons", &THROTTLING_REASON_LIST),
        ],
    )
    .error("ProvisionedThroughputExceededException", 400u16);
pub static PROVISIONED_THROUGHPUT_OVERRIDE: Schema = Schema::structure(
    "ProvisionedThroughputOverride",
    &[Member::new("ReadCapacityUnits", &p::LONG)],
);
pub static PUT: Schema = Schema::structure(
    "Put",
    &[
        Member::new("Item", &PUT_ITEM_INPUT_ATTRIBUTE_MAP).with(f::REQUIRED),
        Member::new("TableName", &p::STRING).with(f::REQUIRED),
        Member::new("ConditionExpression", &p::STRING),
        Member::new("ExpressionAttributeNames", &EXPRESSION_ATTRIBUTE_NAME_MAP),
        Member::new("ExpressionAttributeValues", &EXPRESSION_ATTRIBUTE_VALUE_MAP),
        Member::new("ReturnValuesOnConditionCheckFailure", &p::STRING),
    ],
);
pub static PUT_ITEM_INPUT: Schema = Schema::structure(
    "PutItemInput",
    &[
        Member::new("TableName", &p::STRING)
            .context_param("ResourceArn")
            .with(f::REQUIRED),
        Member::new("Item", &PUT_ITEM_INPUT_ATTRIBUTE_MAP).with(f::REQUIRED),
        Member::new("Expected", &EXPECTED_ATTRIBUTE_MAP),
        Member::new("ReturnValues", &p::STRING),
        Member::new("ReturnConsumedCapacity", &p::STRING),
        Member::new("ReturnItemCollectionMetrics", &p::STRING),
        Member::new("ConditionalOperator", &p::STRING),
        Member::new("ConditionExpression", &p::STRING),
        Member::new("ExpressionAttributeNames", &EXPRESSION_ATTRIBUTE_NAME_MAP),
        Member::new("ExpressionAttributeValues", &EXPRESSION_ATTRIBUTE_VALUE_MAP),
        Member::new("ReturnValuesOnConditionCheckFailure", &p::STRING),
    ],
);
pub static PUT_ITEM_INPUT_ATTRIBUTE_MAP: Schema = Schema::map(
    "PutItemInputAttributeMap",
    &[Member::new("key", &p::STRING), Member::new("value", &ATTRIBUTE_VALUE)],
);
pub static PUT_ITEM_OUTPUT: Schema = Schema::structure(
    "PutItemOutput",
    &[
        Member::new("Attributes", &ATTRIBUTE_MAP),
        Member::new("ConsumedCapacity", &CONSUMED_CAPACITY),
        Member::new("ItemCollectionMetrics", &ITEM_COLLECTION_METRICS),
    ],
);
pub static PUT_REQUEST: Schema = Schema::structure(
    "PutRequest",
    &[Member::new("Item", &PUT_ITEM_INPUT_ATTRIBUTE_MAP).with(f::REQUIRED)],
);
pub static PUT_RESOURCE_POLICY_INPUT: Schema = Schema::structure(
    "PutResourcePolicyInput",
    &[
        Member::new("ResourceArn", &p::STRING)
            .context_param("ResourceArn")
            .with(f::REQUIRED),
        Member::new("Policy", &p::STRING).with(f::REQUIRED),
        Member::new("ExpectedRevisionId", &p::STRING),
        Member::new("ConfirmRemoveSelfResourceAccess", &p::BOOLEAN),
    ],
);
pub static PUT_RESOURCE_POLICY_OUTPUT: Schema = Schema::structure(
    "PutResourcePolicyOutput",
    &[Member::new("RevisionId", &p::STRING)],
);
pub static QUERY_INPUT: Schema = Schema::structure(
    "QueryInput",
    &[
        Member::new("TableName", &p::STRING)
            .context_param("ResourceArn")
            .with(f::REQUIRED),
        Member::new("IndexName", &p::STRING),
        Member::new("Select", &p::STRING),
        Member::new("AttributesToGet", &ATTRIBUTE_NAME_LIST),
        Member::new("Limit", &p::INTEGER),
        Member::new("ConsistentRead", &p::BOOLEAN),
        Member::new("KeyConditions", &KEY_CONDITIONS),
        Member::new("QueryFilter", &FILTER_CONDITION_MAP),
        Member::new("ConditionalOperator", &p::STRING),
        Member::new("ScanIndexForward", &p::BOOLEAN),
        Member::new("ExclusiveStartKey", &KEY),
        Member::new("ReturnConsumedCapacity", &p::STRING),
        Member::new("ProjectionExpression", &p::STRING),
        Member::new("FilterExpression", &p::STRING),
        Member::new("KeyConditionExpression", &p::STRING),
        Member::new("ExpressionAttributeNames", &EXPRESSION_ATTRIBUTE_NAME_MAP),
        Member::new("ExpressionAttributeValues", &EXPRESSION_ATTRIBUTE_VALUE_MAP),
    ],
);
pub static QUERY_OUTPUT: Schema = Schema::structure(
    "QueryOutput",
    &[
        Member::new("Items", &ITEM_LIST),
        Member::new("Count", &p::INTEGER),
        Member::new("ScannedCount", &p::INTEGER),
        Member::new("LastEvaluatedKey", &KEY),
        Member::new("ConsumedCapacity", &CONSUMED_CAPACITY),
    ],
);
pub static REPLICA: Schema = Schema::structure(
    "Replica",
    &[Member::new("RegionName", &p::STRING)],
);
pub static REPLICA_ALREADY_EXISTS_EXCEPTION: Schema = Schema::structure(
        "ReplicaAlreadyExistsException",
        &[Member::new("message", &p::STRING)],
    )
    .error("ReplicaAlreadyExistsException", 400u16);
pub static REPLICA_AUTO_SCALING_DESCRIPTION: Schema = Schema::structure(
    "ReplicaAutoScalingDescription",
    &[
        Member::new("RegionName", &p::STRING),
        Member::new(
            "GlobalSecondaryIndexes",
            &REPLICA_GLOBAL_SECONDARY_INDEX_AUTO_SCALING_DESCRIPTION_LIST,
        ),
        Member::new(
            "ReplicaProvisionedReadCapacityAutoScalingSettings",
            &AUTO_SCALING_SETTINGS_DESCRIPTION,
        ),
        Member::new(
            "ReplicaProvisionedWriteCapacityAutoScalingSettings",
            &AUTO_SCALING_SETTINGS_DESCRIPTION,
        ),
        Member::new("ReplicaStatus", &p::STRING),
    ],
);
pub static REPLICA_AUTO_SCALING_DESCRIPTION_LIST: Schema = Schema::list(
    "ReplicaAutoScalingDescriptionList",
    &[Member::new("member", &REPLICA_AUTO_SCALING_DESCRIPTION)],
);
pub static REPLICA_AUTO_SCALING_UPDATE: Schema = Schema::structure(
    "ReplicaAutoScalingUpdate",
    &[
        Member::new("RegionName", &p::STRING).with(f::REQUIRED),
        Member::new(
            "ReplicaGlobalSecondaryIndexUpdates",
            &REPLICA_GLOBAL_SECONDARY_INDEX_AUTO_SCALING_UPDATE_LIST,
        ),
        Member::new(
            "ReplicaProvisionedReadCapacityAutoScalingUpdate",
            &AUTO_SCALING_SETTINGS_UPDATE,
        ),
    ],
);
pub static REPLICA_AUTO_SCALING_UPDATE_LIST: Schema = Schema::list(
    "ReplicaAutoScalingUpdateList",
    &[Member::new("member", &REPLICA_AUTO_SCALING_UPDATE)],
);
pub static REPLICA_DESCRIPTION: Schema = Schema::structure(
    "ReplicaDescription",
    &[
        Member::new("RegionName", &p::STRING),
        Member::new("ReplicaStatus", &p::STRING),
        Member::new("ReplicaArn", &p::STRING),
        Member::new("ReplicaStatusDescription", &p::STRING),
        Member::new("ReplicaStatusPercentProgress", &p::STRING),
        Member::new("KMSMasterKeyId", &p::STRING),
        Member::new("ProvisionedThroughputOverride", &PROVISIONED_THROUGHPUT_OVERRIDE),
        Member::new("OnDemandThroughputOverride", &ON_DEMAND_THROUGHPUT_OVERRIDE),
        Member::new("WarmThroughput", &TABLE_WARM_THROUGHPUT_DESCRIPTION),
        Member::new(
            "GlobalSecondaryIndexes",
            &REPLICA_GLOBAL_SECONDARY_INDEX_DESCRIPTION_LIST,
        ),
        Member::new("ReplicaInaccessibleDateTime", &p::TIMESTAMP),
        Member::new("ReplicaTableClassSummary", &TABLE_CLASS_SUMMARY),
        Member::new("GlobalTableSettingsReplicationMode", &p::STRING),
    ],
);
pub static REPLICA_DESCRIPTION_LIST: Schema = Schema::list(
    "ReplicaDescriptionList",
    &[Member::new("member", &REPLICA_DESCRIPTION)],
);
pub static REPLICA_GLOBAL_SECONDARY_INDEX: Schema = Schema::structure(
    "ReplicaGlobalSecondaryIndex",
    &[
        Member::new("IndexName", &p::STRING).with(f::REQUIRED),
        Member::new("ProvisionedThroughputOverride", &PROVISIONED_THROUGHPUT_OVERRIDE),
        Member::new("OnDemandThroughputOverride", &ON_DEMAND_THROUGHPUT_OVERRIDE),
    ],
);
pub static REPLICA_GLOBAL_SECONDARY_INDEX_AUTO_SCALING_DESCRIPTION: Schema = Schema::structure(
    "ReplicaGlobalSecondaryIndexAutoScalingDescription",
    &[
        Member::new("IndexName", &p::STRING),
        Member::new("IndexStatus", &p::STRING),
        Member::new(
            "ProvisionedReadCapacityAutoScalingSettings",
            &AUTO_SCALING_SETTINGS_DESCRIPTION,
        ),
        Member::new(
            "ProvisionedWriteCapacityAutoScalingSettings",
            &AUTO_SCALING_SETTINGS_DESCRIPTION,
        ),
    ],
);
pub static REPLICA_GLOBAL_SECONDARY_INDEX_AUTO_SCALING_DESCRIPTION_LIST: Schema = Schema::list(
    "ReplicaGlobalSecondaryIndexAutoScalingDescriptionList",
    &[Member::new("member", &REPLICA_GLOBAL_SECONDARY_INDEX_AUTO_SCALING_DESCRIPTION)],
);
pub static REPLICA_GLOBAL_SECONDARY_INDEX_AUTO_SCALING_UPDATE: Schema = Schema::structure(
    "ReplicaGlobalSecondaryIndexAutoScalingUpdate",
    &[
        Member::new("IndexName", &p::STRING),
        Member::new(
            "ProvisionedReadCapacityAutoScalingUpdate",
            &AUTO_SCALING_SETTINGS_UPDATE,
        ),
    ],
);
pub static REPLICA_GLOBAL_SECONDARY_INDEX_AUTO_SCALING_UPDATE_LIST: Schema = Schema::list(
    "ReplicaGlobalSecondaryIndexAutoScalingUpdateList",
    &[Member::new("member", &REPLICA_GLOBAL_SECONDARY_INDEX_AUTO_SCALING_UPDATE)],
);
pub static REPLICA_GLOBAL_SECONDARY_INDEX_DESCRIPTION: Schema = Schema::structure(
    "ReplicaGlobalSecondaryIndexDescription",
    &[
        Member::new("IndexName", &p::STRING),
        Member::new("ProvisionedThroughputOverride", &PROVISIONED_THROUGHPUT_OVERRIDE),
        Member::new("OnDemandThroughputOverride", &ON_DEMAND_THROUGHPUT_OVERRIDE),
        Member::new(
            "WarmThroughput",
            &GLOBAL_SECONDARY_INDEX_WARM_THROUGHPUT_DESCRIPTION,
        ),
    ],
);
pub static REPLICA_GLOBAL_SECONDARY_INDEX_DESCRIPTION_LIST: Schema = Schema::list(
    "ReplicaGlobalSecondaryIndexDescriptionList",
    &[Member::new("member", &REPLICA_GLOBAL_SECONDARY_INDEX_DESCRIPTION)],
);
pub static REPLICA_GLOBAL_SECONDARY_INDEX_LIST: Schema = Schema::list(
    "ReplicaGlobalSecondaryIndexList",
    &[Member::new("member", &REPLICA_GLOBAL_SECONDARY_INDEX)],
);
pub static REPLICA_GLOBAL_SECONDARY_INDEX_SETTINGS_DESCRIPTION: Schema = Schema::structure(
    "ReplicaGlobalSecondaryIndexSettingsDescription",
    &[
        Member::new("IndexName", &p::STRING).with(f::REQUIRED),
        Member::new("IndexStatus", &p::STRING),
        Member::new("ProvisionedReadCapacityUnits", &p::LONG),
        Member::new(
            "ProvisionedReadCapacityAutoScalingSettings",
            &AUTO_SCALING_SETTINGS_DESCRIPTION,
        ),
        Member::new("ProvisionedWriteCapacityUnits", &p::LONG),
        Member::new(
            "ProvisionedWriteCapacityAutoScalingSettings",
            &AUTO_SCALING_SETTINGS_DESCRIPTION,
        ),
    ],
);
pub static REPLICA_GLOBAL_SECONDARY_INDEX_SETTINGS_DESCRIPTION_LIST: Schema = Schema::list(
    "ReplicaGlobalSecondaryIndexSettingsDescriptionList",
    &[Member::new("member", &REPLICA_GLOBAL_SECONDARY_INDEX_SETTINGS_DESCRIPTION)],
);
pub static REPLICA_GLOBAL_SECONDARY_INDEX_SETTINGS_UPDATE: Schema = Schema::structure(
    "ReplicaGlobalSecondaryIndexSettingsUpdate",
    &[
        Member::new("IndexName", &p::STRING).with(f::REQUIRED),
        Member::new("ProvisionedReadCapacityUnits", &p::LONG),
        Member::new(
            "ProvisionedReadCapacityAutoScalingSettingsUpdate",
            &AUTO_SCALING_SETTINGS_UPDATE,
        ),
    ],
);
pub static REPLICA_GLOBAL_SECONDARY_INDEX_SETTINGS_UPDATE_LIST: Schema = Schema::list(
    "ReplicaGlobalSecondaryIndexSettingsUpdateList",
    &[Member::new("member", &REPLICA_GLOBAL_SECONDARY_INDEX_SETTINGS_UPDATE)],
);
pub static REPLICA_LIST: Schema = Schema::list(
    "ReplicaList",
    &[Member::new("member", &REPLICA)],
);
pub static REPLICA_NOT_FOUND_EXCEPTION: Schema = Schema::structure(
        "ReplicaNotFoundException",
        &[Member::new("message", &p::STRING)],
    )
    .error("ReplicaNotFoundException", 400u16);
pub static REPLICA_SETTINGS_DESCRIPTION: Schema = Schema::structure(
    "ReplicaSettingsDescription",
    &[
        Member::new("RegionName", &p::STRING).with(f::REQUIRED),
        Member::new("ReplicaStatus", &p::STRING),
        Member::new("ReplicaBillingModeSummary", &BILLING_MODE_SUMMARY),
        Member::new("ReplicaProvisionedReadCapacityUnits", &p::LONG),
        Member::new(
            "ReplicaProvisionedReadCapacityAutoScalingSettings",
            &AUTO_SCALING_SETTINGS_DESCRIPTION,
        ),
        Member::new("ReplicaProvisionedWriteCapacityUnits", &p::LONG),
        Member::new(
            "ReplicaProvisionedWriteCapacityAutoScalingSettings",
            &AUTO_SCALING_SETTINGS_DESCRIPTION,
        ),
        Member::new(
            "ReplicaGlobalSecondaryIndexSettings",
            &REPLICA_GLOBAL_SECONDARY_INDEX_SETTINGS_DESCRIPTION_LIST,
        ),
        Member::new("ReplicaTableClassSummary", &TABLE_CLASS_SUMMARY),
    ],
);
pub static REPLICA_SETTINGS_DESCRIPTION_LIST: Schema = Schema::list(
    "ReplicaSettingsDescriptionList",
    &[Member::new("member", &REPLICA_SETTINGS_DESCRIPTION)],
);
pub static REPLICA_SETTINGS_UPDATE: Schema = Schema::structure(
    "ReplicaSettingsUpdate",
    &[
        Member::new("RegionName", &p::STRING).with(f::REQUIRED),
        Member::new("ReplicaProvisionedReadCapacityUnits", &p::LONG),
        Member::new(
            "ReplicaProvisionedReadCapacityAutoScalingSettingsUpdate",
            &AUTO_SCALING_SETTINGS_UPDATE,
        ),
        Member::new(
            "ReplicaGlobalSecondaryIndexSettingsUpdate",
            &REPLICA_GLOBAL_SECONDARY_INDEX_SETTINGS_UPDATE_LIST,
        ),
        Member::new("ReplicaTableClass", &p::STRING),
    ],
);
pub static REPLICA_SETTINGS_UPDATE_LIST: Schema = Schema::list(
    "ReplicaSettingsUpdateList",
    &[Member::new("member", &REPLICA_SETTINGS_UPDATE)],
);
pub static REPLICA_UPDATE: Schema = Schema::structure(
    "ReplicaUpdate",
    &[
        Member::new("Create", &CREATE_REPLICA_ACTION),
        Member::new("Delete", &DELETE_REPLICA_ACTION),
    ],
);
pub static REPLICA_UPDATE_LIST: Schema = Schema::list(
    "ReplicaUpdateList",
    &[Member::new("member", &REPLICA_UPDATE)],
);
pub static REPLICATED_WRITE_CONFLICT_EXCEPTION: Schema = Schema::structure(
        "ReplicatedWriteConflictException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::RETRYABLE)
    .error("ReplicatedWriteConflictException", 400u16);
pub static REPLICATION_GROUP_UPDATE: Schema = Schema::structure(
    "ReplicationGroupUpdate",
    &[
        Member::new("Create", &CREATE_REPLICATION_GROUP_MEMBER_ACTION),
        Member::new("Update", &UPDATE_REPLICATION_GROUP_MEMBER_ACTION),
        Member::new("Delete", &DELETE_REPLICATION_GROUP_MEMBER_ACTION),
        Member::new("Disassociate", &DISASSOCIATE_REPLICATION_GROUP_MEMBER_ACTION),
    ],
);
pub static REPLICATION_GROUP_UPDATE_LIST: Schema = Schema::list(
    "ReplicationGroupUpdateList",
    &[Member::new("member", &REPLICATION_GROUP_UPDATE)],
);
pub static REQUEST_LIMIT_EXCEEDED: Schema = Schema::structure(
        "RequestLimitExceeded",
        &[
            Member::new("message", &p::STRING),
            Member::new("ThrottlingReasons", &THROTTLING_REASON_LIST),
        ],
    )
    .error("RequestLimitExceeded", 400u16);
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
pub static RESTORE_SUMMARY: Schema = Schema::structure(
    "RestoreSummary",
    &[
        Member::new("SourceBackupArn", &p::STRING),
        Member::new("SourceTableArn", &p::STRING),
        Member::new("RestoreDateTime", &p::TIMESTAMP).with(f::REQUIRED),
        Member::new("RestoreInProgress", &p::BOOLEAN).with(f::REQUIRED),
    ],
);
pub static RESTORE_TABLE_FROM_BACKUP_INPUT: Schema = Schema::structure(
    "RestoreTableFromBackupInput",
    &[
        Member::new("TargetTableName", &p::STRING)
            .context_param("ResourceArn")
            .with(f::REQUIRED),
        Member::new("BackupArn", &p::STRING).with(f::REQUIRED),
        Member::new("BillingModeOverride", &p::STRING),
        Member::new("GlobalSecondaryIndexOverride", &GLOBAL_SECONDARY_INDEX_LIST),
        Member::new("LocalSecondaryIndexOverride", &LOCAL_SECONDARY_INDEX_LIST),
        Member::new("ProvisionedThroughputOverride", &PROVISIONED_THROUGHPUT),
        Member::new("OnDemandThroughputOverride", &ON_DEMAND_THROUGHPUT),
        Member::new("SSESpecificationOverride", &SSE_SPECIFICATION),
        Member::new("VectorIndexOverride", &VECTOR_INDEX_LIST),
    ],
);
pub static RESTORE_TABLE_FROM_BACKUP_OUTPUT: Schema = Schema::structure(
    "RestoreTableFromBackupOutput",
    &[Member::new("TableDescription", &TABLE_DESCRIPTION)],
);
pub static RESTORE_TABLE_TO_POINT_IN_TIME_INPUT: Schema = Schema::structure(
    "RestoreTableToPointInTimeInput",
    &[
        Member::new("SourceTableArn", &p::STRING),
        Member::new("SourceTableName", &p::STRING),
        Member::new("TargetTableName", &p::STRING)
            .context_param("ResourceArn")
            .with(f::REQUIRED),
        Member::new("UseLatestRestorableTime", &p::BOOLEAN),
        Member::new("RestoreDateTime", &p::TIMESTAMP),
        Member::new("BillingModeOverride", &p::STRING),
        Member::new("GlobalSecondaryIndexOverride", &GLOBAL_SECONDARY_INDEX_LIST),
        Member::new("LocalSecondaryIndexOverride", &LOCAL_SECONDARY_INDEX_LIST),
        Member::new("ProvisionedThroughputOverride", &PROVISIONED_THROUGHPUT),
        Member::new("OnDemandThroughputOverride", &ON_DEMAND_THROUGHPUT),
        Member::new("SSESpecificationOverride", &SSE_SPECIFICATION),
        Member::new("VectorIndexOverride", &VECTOR_INDEX_LIST),
    ],
);
pub static RESTORE_TABLE_TO_POINT_IN_TIME_OUTPUT: Schema = Schema::structure(
    "RestoreTableToPointInTimeOutput",
    &[Member::new("TableDescription", &TABLE_DESCRIPTION)],
);
pub static S3_BUCKET_SOURCE: Schema = Schema::structure(
    "S3BucketSource",
    &[
        Member::new("S3BucketOwner", &p::STRING),
        Member::new("S3Bucket", &p::STRING).with(f::REQUIRED),
        Member::new("S3KeyPrefix", &p::STRING),
    ],
);
pub static SSE_DESCRIPTION: Schema = Schema::structure(
    "SSEDescription",
    &[
        Member::new("Status", &p::STRING),
        Member::new("SSEType", &p::STRING),
        Member::new("KMSMasterKeyArn", &p::STRING),
        Member::new("InaccessibleEncryptionDateTime", &p::TIMESTAMP),
    ],
);
pub static SSE_SPECIFICATION: Schema = Schema::structure(
    "SSESpecification",
    &[
        Member::new("Enabled", &p::BOOLEAN),
        Member::new("SSEType", &p::STRING),
        Member::new("KMSMasterKeyId", &p::STRING),
    ],
);
pub static SCAN_INPUT: Schema = Schema::structure(
    "ScanInput",
    &[
        Member::new("TableName", &p::STRING)
            .context_param("ResourceArn")
            .with(f::REQUIRED),
        Member::new("IndexName", &p::STRING),
        Member::new("AttributesToGet", &ATTRIBUTE_NAME_LIST),
        Member::new("Limit", &p::INTEGER),
        Member::new("Select", &p::STRING),
        Member::new("ScanFilter", &FILTER_CONDITION_MAP),
        Member::new("ConditionalOperator", &p::STRING),
        Member::new("ExclusiveStartKey", &KEY),
        Member::new("ReturnConsumedCapacity", &p::STRING),
        Member::new("TotalSegments", &p::INTEGER),
        Member::new("Segment", &p::INTEGER),
        Member::new("ProjectionExpression", &p::STRING),
        Member::new("FilterExpression", &p::STRING),
        Member::new("ExpressionAttributeNames", &EXPRESSION_ATTRIBUTE_NAME_MAP),
        Member::new("ExpressionAttributeValues", &EXPRESSION_ATTRIBUTE_VALUE_MAP),
        Member::new("ConsistentRead", &p::BOOLEAN),
    ],
);
pub static SCAN_OUTPUT: Schema = Schema::structure(
    "ScanOutput",
    &[
        Member::new("Items", &ITEM_LIST),
        Member::new("Count", &p::INTEGER),
        Member::new("ScannedCount", &p::INTEGER),
        Member::new("LastEvaluatedKey", &KEY),
        Member::new("ConsumedCapacity", &CONSUMED_CAPACITY),
    ],
);
pub static SEARCH_RESULT_ITEM: Schema = Schema::structure(
    "SearchResultItem",
    &[Member::new("Item", &ATTRIBUTE_MAP), Member::new("Score", &p::DOUBLE)],
);
pub static SEARCH_RESULT_LIST: Schema = Schema::list(
    "SearchResultList",
    &[Member::new("member", &SEARCH_RESULT_ITEM)],
);
pub static SEARCH_SCHEMA: Schema = Schema::list(
    "SearchSchema",
    &[Member::new("member", &SEARCH_SCHEMA_ELEMENT)],
);
pub static SEARCH_SCHEMA_ELEMENT: Schema = Schema::structure(
    "SearchSchemaElement",
    &[
        Member::new("AttributeName", &p::STRING).with(f::REQUIRED),
        Member::new("SearchSchemaElementType", &p::STRING).with(f::REQUIRED),
    ],
);
pub static SEARCH_VECTOR_LIST: Schema = Schema::list(
    "SearchVectorList",
    &[Member::new("member", &ATTRIBUTE_VALUE)],
);
pub static SEARCH_VECTORS_INPUT: Schema = Schema::structure(
    "SearchVectorsInput",
    &[
        Member::new("TableName", &p::STRING)
            .context_param("ResourceArn")
            .with(f::REQUIRED),
        Member::new("IndexName", &p::STRING).with(f::REQUIRED),
        Member::new("ReturnConsumedCapacity", &p::STRING),
        Member::new("ExpressionAttributeNames", &EXPRESSION_ATTRIBUTE_NAME_MAP),
        Member::new("ExpressionAttributeValues", &EXPRESSION_ATTRIBUTE_VALUE_MAP),
        Member::new("ProjectionExpression", &p::STRING),
        Member::new("SearchVector", &SEARCH_VECTOR_LIST).with(f::REQUIRED),
        Member::new("SearchConditionExpression", &p::STRING),
        Member::new("TopK", &p::INTEGER).with(f::REQUIRED),
    ],
);
pub static SEARCH_VECTORS_OUTPUT: Schema = Schema::structure(
    "SearchVectorsOutput",
    &[
        Member::new("ConsumedCapacity", &VECTOR_CAPACITY),
        Member::new("SearchResults", &SEARCH_RESULT_LIST),
    ],
);
pub static SECONDARY_INDEXES_BULK_BYTES_MAP: Schema = Schema::map(
    "SecondaryIndexesBulkBytesMap",
    &[Member::new("key", &p::STRING), Member::new("value", &BULK_OPERATION_BYTES)],
);
pub static SECONDARY_INDEXES_CAPACITY_MAP: Schema = Schema::map(
    "SecondaryIndexesCapacityMap",
    &[Member::new("key", &p::STRING), Member::new("value", &CAPACITY)],
);
pub static SOURCE_TABLE_DETAILS: Schema = Schema::structure(
    "SourceTableDetails",
    &[
        Member::new("TableName", &p::STRING).with(f::REQUIRED),
        Member::new("TableId", &p::STRING).with(f::REQUIRED),
        Member::new("TableArn", &p::STRING),
        Member::new("TableSizeBytes", &p::LONG),
        Member::new("KeySchema", &KEY_SCHEMA).with(f::REQUIRED),
        Member::new("TableCreationDateTime", &p::TIMESTAMP).with(f::REQUIRED),
        Member::new("ProvisionedThroughput", &PROVISIONED_THROUGHPUT).with(f::REQUIRED),
        Member::new("OnDemandThroughput", &ON_DEMAND_THROUGHPUT),
        Member::new("ItemCount", &p::LONG),
        Member::new("BillingMode", &p::STRING),
    ],
);
pub static SOURCE_TABLE_FEATURE_DETAILS: Schema = Schema::structure(
    "SourceTableFeatureDetails",
    &[
        Member::new("LocalSecondaryIndexes", &LOCAL_SECONDARY_INDEXES),
        Member::new("GlobalSecondaryIndexes", &GLOBAL_SECONDARY_INDEXES),
        Member::new("StreamDescription", &STREAM_SPECIFICATION),
        Member::new("TimeToLiveDescription", &TIME_TO_LIVE_DESCRIPTION),
        Member::new("SSEDescription", &SSE_DESCRIPTION),
        Member::new("VectorIndexes", &VECTOR_INDEXES),
    ],
);
pub static START_BULK_PUT_ITEMS_INPUT: Schema = Schema::structure(
    "StartBulkPutItemsInput",
    &[
        Member::new("ClientToken", &p::STRING).with(f::IDEMPOTENCY_TOKEN),
        Member::new("InputS3Configuration", &INPUT_S3_CONFIGURATION).with(f::REQUIRED),
        Member::new("OutputS3Configuration", &OUTPUT_S3_CONFIGURATION).with(f::REQUIRED),
        Member::new("TableName", &p::STRING)
            .context_param("ResourceArn")
            .with(f::REQUIRED),
        Member::new("MaxWriteRequestUnits", &p::LONG),
        Member::new("PerformanceTier", &p::STRING),
    ],
);
pub static START_BULK_PUT_ITEMS_OUTPUT: Schema = Schema::structure(
    "StartBulkPutItemsOutput",
    &[
        Member::new("BulkOperationDescription", &BULK_OPERATION_DESCRIPTION)
            .with(f::REQUIRED),
    ],
);
pub static STREAM_SPECIFICATION: Schema = Schema::structure(
    "StreamSpecification",
    &[
        Member::new("StreamEnabled", &p::BOOLEAN).with(f::REQUIRED),
        Member::new("StreamViewType", &p::STRING),
    ],
);
pub static STRING_SET_ATTRIBUTE_VALUE: Schema = Schema::list(
    "StringSetAttributeValue",
    &[Member::new("member", &p::STRING)],
);
pub static TABLE_ALREADY_EXISTS_EXCEPTION: Schema = Schema::structure(
        "TableAlreadyExistsException",
        &[Member::new("message", &p::STRING)],
    )
    .error("TableAlreadyExistsException", 400u16);
pub static TABLE_AUTO_SCALING_DESCRIPTION: Schema = Schema::structure(
    "TableAutoScalingDescription",
    &[
        Member::new("TableName", &p::STRING),
        Member::new("TableStatus", &p::STRING),
        Member::new("Replicas", &REPLICA_AUTO_SCALING_DESCRIPTION_LIST),
    ],
);
pub static TABLE_CLASS_SUMMARY: Schema = Schema::structure(
    "TableClassSummary",
    &[
        Member::new("TableClass", &p::STRING),
        Member::new("LastUpdateDateTime", &p::TIMESTAMP),
    ],
);
pub static TABLE_CREATION_PARAMETERS: Schema = Schema::structure(
    "TableCreationParameters",
    &[
        Member::new("TableName", &p::STRING).with(f::REQUIRED),
        Member::new("AttributeDefinitions", &ATTRIBUTE_DEFINITIONS).with(f::REQUIRED),
        Member::new("KeySchema", &KEY_SCHEMA).with(f::REQUIRED),
        Member::new("BillingMode", &p::STRING),
        Member::new("ProvisionedThroughput", &PROVISIONED_THROUGHPUT),
        Member::new("OnDemandThroughput", &ON_DEMAND_THROUGHPUT),
        Member::new("SSESpecification", &SSE_SPECIFICATION),
        Member::new("GlobalSecondaryIndexes", &GLOBAL_SECONDARY_INDEX_LIST),
        Member::new("VectorIndexes", &VECTOR_INDEX_LIST),
    ],
);
pub static TABLE_DESCRIPTION: Schema = Schema::structure(
    "TableDescription",
    &[
        Member::new("AttributeDefinitions", &ATTRIBUTE_DEFINITIONS),
        Member::new("TableName", &p::STRING),
        Member::new("KeySchema", &KEY_SCHEMA),
        Member::new("TableStatus", &p::STRING),
        Member::new("CreationDateTime", &p::TIMESTAMP),
        Member::new("ProvisionedThroughput", &PROVISIONED_THROUGHPUT_DESCRIPTION),
        Member::new("TableSizeBytes", &p::LONG),
        Member::new("ItemCount", &p::LONG),
        Member::new("TableArn", &p::STRING),
        Member::new("TableId", &p::STRING),
        Member::new("BillingModeSummary", &BILLING_MODE_SUMMARY),
        Member::new("LocalSecondaryIndexes", &LOCAL_SECONDARY_INDEX_DESCRIPTION_LIST),
        Member::new("GlobalSecondaryIndexes", &GLOBAL_SECONDARY_INDEX_DESCRIPTION_LIST),
        Member::new("StreamSpecification", &STREAM_SPECIFICATION),
        Member::new("LatestStreamLabel", &p::STRING),
        Member::new("LatestStreamArn", &p::STRING),
        Member::new("GlobalTableVersion", &p::STRING),
        Member::new("Replicas", &REPLICA_DESCRIPTION_LIST),
        Member::new("GlobalTableWitnesses", &GLOBAL_TABLE_WITNESS_DESCRIPTION_LIST),
        Member::new("GlobalTableSettingsReplicationMode", &p::STRING),
        Member::new("RestoreSummary", &RESTORE_SUMMARY),
        Member::new("SSEDescription", &SSE_DESCRIPTION),
        Member::new("ArchivalSummary", &ARCHIVAL_SUMMARY),
        Member::new("TableClassSummary", &TABLE_CLASS_SUMMARY),
        Member::new("DeletionProtectionEnabled", &p::BOOLEAN),
        Member::new("DisassociationProtectionEnabled", &p::BOOLEAN),
        Member::new("OnDemandThroughput", &ON_DEMAND_THROUGHPUT),
        Member::new("WarmThroughput", &TABLE_WARM_THROUGHPUT_DESCRIPTION),
        Member::new("MultiRegionConsistency", &p::STRING),
        Member::new("VectorIndexes", &VECTOR_INDEX_DESCRIPTION_LIST),
    ],
);
pub static TABLE_IN_USE_EXCEPTION: Schema = Schema::structure(
        "TableInUseException",
        &[Member::new("message", &p::STRING)],
    )
    .error("TableInUseException", 400u16);
pub static TABLE_NAME_LIST: Schema = Schema::list(
    "TableNameList",
    &[Member::new("member", &p::STRING)],
);
pub static TABLE_NOT_FOUND_EXCEPTION: Schema = Schema::structure(
        "TableNotFoundException",
        &[Member::new("message", &p::STRING)],
    )
    .error("TableNotFoundException", 400u16);
pub static TABLE_WARM_THROUGHPUT_DESCRIPTION: Schema = Schema::structure(
    "TableWarmThroughputDescription",
    &[
        Member::new("ReadUnitsPerSecond", &p::LONG),
        Member::new("WriteUnitsPerSecond", &p::LONG),
        Member::new("Status", &p::STRING),
    ],
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
        Member::new("ResourceArn", &p::STRING)
            .context_param("ResourceArn")
            .with(f::REQUIRED),
        Member::new("Tags", &TAG_LIST).with(f::REQUIRED),
    ],
);
pub static THROTTLING_EXCEPTION: Schema = Schema::structure(
        "ThrottlingException",
        &[
            Member::new("message", &p::STRING),
            Member::new("throttlingReasons", &THROTTLING_REASON_LIST),
        ],
    )
    .error("ThrottlingException", 400u16);
pub static THROTTLING_REASON: Schema = Schema::structure(
    "ThrottlingReason",
    &[Member::new("reason", &p::STRING), Member::new("resource", &p::STRING)],
);
pub static THROTTLING_REASON_LIST: Schema = Schema::list(
    "ThrottlingReasonList",
    &[Member::new("member", &THROTTLING_REASON)],
);
pub static TIME_TO_LIVE_DESCRIPTION: Schema = Schema::structure(
    "TimeToLiveDescription",
    &[
        Member::new("TimeToLiveStatus", &p::STRING),
        Member::new("AttributeName", &p::STRING),
    ],
);
pub static TIME_TO_LIVE_SPECIFICATION: Schema = Schema::structure(
    "TimeToLiveSpecification",
    &[
        Member::new("Enabled", &p::BOOLEAN).with(f::REQUIRED),
        Member::new("AttributeName", &p::STRING).with(f::REQUIRED),
    ],
);
pub static TRANSACT_GET_ITEM: Schema = Schema::structure(
    "TransactGetItem",
    &[Member::new("Get", &GET).with(f::REQUIRED)],
);
pub static TRANSACT_GET_ITEM_LIST: Schema = Schema::list(
    "TransactGetItemList",
    &[Member::new("member", &TRANSACT_GET_ITEM)],
);
pub static TRANSACT_GET_ITEMS_INPUT: Schema = Schema::structure(
    "TransactGetItemsInput",
    &[
        Member::new("TransactItems", &TRANSACT_GET_ITEM_LIST).with(f::REQUIRED),
        Member::new("ReturnConsumedCapacity", &p::STRING),
    ],
);
pub static TRANSACT_GET_ITEMS_OUTPUT: Schema = Schema::structure(
    "TransactGetItemsOutput",
    &[
        Member::new("ConsumedCapacity", &CONSUMED_CAPACITY_MULTIPLE),
        Member::new("Responses", &ITEM_RESPONSE_LIST),
    ],
);
pub static TRANSACT_WRITE_ITEM: Schema = Schema::structure(
    "TransactWriteItem",
    &[
        Member::new("ConditionCheck", &CONDITION_CHECK),
        Member::new("Put", &PUT),
        Member::new("Delete", &DELETE),
        Member::new("Update", &UPDATE),
    ],
);
pub static TRANSACT_WRITE_ITEM_LIST: Schema = Schema::list(
    "TransactWriteItemList",
    &[Member::new("member", &TRANSACT_WRITE_ITEM)],
);
pub static TRANSACT_WRITE_ITEMS_INPUT: Schema = Schema::structure(
    "TransactWriteItemsInput",
    &[
        Member::new("TransactItems", &TRANSACT_WRITE_ITEM_LIST).with(f::REQUIRED),
        Member::new("ReturnConsumedCapacity", &p::STRING),
        Member::new("ReturnItemCollectionMetrics", &p::STRING),
        Member::new("ClientRequestToken", &p::STRING).with(f::IDEMPOTENCY_TOKEN),
    ],
);
pub static TRANSACT_WRITE_ITEMS_OUTPUT: Schema = Schema::structure(
    "TransactWriteItemsOutput",
    &[
        Member::new("ConsumedCapacity", &CONSUMED_CAPACITY_MULTIPLE),
        Member::new("ItemCollectionMetrics", &ITEM_COLLECTION_METRICS_PER_TABLE),
    ],
);
pub static TRANSACTION_CANCELED_EXCEPTION: Schema = Schema::structure(
        "TransactionCanceledException",
        &[
            Member::new("Message", &p::STRING),
            Member::new("CancellationReasons", &CANCELLATION_REASON_LIST),
        ],
    )
    .error("TransactionCanceledException", 400u16);
pub static TRANSACTION_CONFLICT_EXCEPTION: Schema = Schema::structure(
        "TransactionConflictException",
        &[Member::new("message", &p::STRING)],
    )
    .error("TransactionConflictException", 400u16);
pub static TRANSACTION_IN_PROGRESS_EXCEPTION: Schema = Schema::structure(
        "TransactionInProgressException",
        &[Member::new("Message", &p::STRING)],
    )
    .error("TransactionInProgressException", 400u16);
pub static UNTAG_RESOURCE_INPUT: Schema = Schema::structure(
    "UntagResourceInput",
    &[
        Member::new("ResourceArn", &p::STRING)
            .context_param("ResourceArn")
            .with(f::REQUIRED),
        Member::new("TagKeys", &TAG_KEY_LIST).with(f::REQUIRED),
    ],
);
pub static UPDATE: Schema = Schema::structure(
    "Update",
    &[
        Member::new("Key", &KEY).with(f::REQUIRED),
        Member::new("UpdateExpression", &p::STRING).with(f::REQUIRED),
        Member::new("TableName", &p::STRING).with(f::REQUIRED),
        Member::new("ConditionExpression", &p::STRING),
        Member::new("ExpressionAttributeNames", &EXPRESSION_ATTRIBUTE_NAME_MAP),
        Member::new("ExpressionAttributeValues", &EXPRESSION_ATTRIBUTE_VALUE_MAP),
        Member::new("ReturnValuesOnConditionCheckFailure", &p::STRING),
    ],
);
pub static UPDATE_CONTINUOUS_BACKUPS_INPUT: Schema = Schema::structure(
    "UpdateContinuousBackupsInput",
    &[
        Member::new("TableName", &p::STRING)
            .context_param("ResourceArn")
            .with(f::REQUIRED),
        Member::new(
                "PointInTimeRecoverySpecification",
                &POINT_IN_TIME_RECOVERY_SPECIFICATION,
            )
            .with(f::REQUIRED),
    ],
);
pub static UPDATE_CONTINUOUS_BACKUPS_OUTPUT: Schema = Schema::structure(
    "UpdateContinuousBackupsOutput",
    &[Member::new("ContinuousBackupsDescription", &CONTINUOUS_BACKUPS_DESCRIPTION)],
);
pub static UPDATE_CONTRIBUTOR_INSIGHTS_INPUT: Schema = Schema::structure(
    "UpdateContributorInsightsInput",
    &[
        Member::new("TableName", &p::STRING)
            .context_param("ResourceArn")
            .with(f::REQUIRED),
        Member::new("IndexName", &p::STRING),
        Member::new("ContributorInsightsAction", &p::STRING).with(f::REQUIRED),
        Member::new("ContributorInsightsMode", &p::STRING),
    ],
);
pub static UPDATE_CONTRIBUTOR_INSIGHTS_OUTPUT: Schema = Schema::structure(
    "UpdateContributorInsightsOutput",
    &[
        Member::new("TableName", &p::STRING),
        Member::new("IndexName", &p::STRING),
        Member::new("ContributorInsightsStatus", &p::STRING),
        Member::new("ContributorInsightsMode", &p::STRING),
    ],
);
pub static UPDATE_GLOBAL_SECONDARY_INDEX_ACTION: Schema = Schema::structure(
    "UpdateGlobalSecondaryIndexAction",
    &[
        Member::new("IndexName", &p::STRING).with(f::REQUIRED),
        Member::new("ProvisionedThroughput", &PROVISIONED_THROUGHPUT),
        Member::new("OnDemandThroughput", &ON_DEMAND_THROUGHPUT),
        Member::new("WarmThroughput", &WARM_THROUGHPUT),
    ],
);
pub static UPDATE_GLOBAL_TABLE_INPUT: Schema = Schema::structure(
    "UpdateGlobalTableInput",
    &[
        Member::new("GlobalTableName", &p::STRING)
            .context_param("ResourceArn")
            .with(f::REQUIRED),
        Member::new("ReplicaUpdates", &REPLICA_UPDATE_LIST).with(f::REQUIRED),
    ],
);
pub static UPDATE_GLOBAL_TABLE_OUTPUT: Schema = Schema::structure(
    "UpdateGlobalTableOutput",
    &[Member::new("GlobalTableDescription", &GLOBAL_TABLE_DESCRIPTION)],
);
pub static UPDATE_GLOBAL_TABLE_SETTINGS_INPUT: Schema = Schema::structure(
    "UpdateGlobalTableSettingsInput",
    &[
        Member::new("GlobalTableName", &p::STRING)
            .context_param("ResourceArn")
            .with(f::REQUIRED),
        Member::new("GlobalTableBillingMode", &p::STRING),
        Member::new("GlobalTableProvisionedWriteCapacityUnits", &p::LONG),
        Member::new(
            "GlobalTableProvisionedWriteCapacityAutoScalingSettingsUpdate",
            &AUTO_SCALING_SETTINGS_UPDATE,
        ),
        Member::new(
            "GlobalTableGlobalSecondaryIndexSettingsUpdate",
            &GLOBAL_TABLE_GLOBAL_SECONDARY_INDEX_SETTINGS_UPDATE_LIST,
        ),
        Member::new("ReplicaSettingsUpdate", &REPLICA_SETTINGS_UPDATE_LIST),
    ],
);
pub static UPDATE_GLOBAL_TABLE_SETTINGS_OUTPUT: Schema = Schema::structure(
    "UpdateGlobalTableSettingsOutput",
    &[
        Member::new("GlobalTableName", &p::STRING),
        Member::new("ReplicaSettings", &REPLICA_SETTINGS_DESCRIPTION_LIST),
    ],
);
pub static UPDATE_ITEM_INPUT: Schema = Schema::structure(
    "UpdateItemInput",
    &[
        Member::new("TableName", &p::STRING)
            .context_param("ResourceArn")
            .with(f::REQUIRED),
        Member::new("Key", &KEY).with(f::REQUIRED),
        Member::new("AttributeUpdates", &ATTRIBUTE_UPDATES),
        Member::new("Expected", &EXPECTED_ATTRIBUTE_MAP),
        Member::new("ConditionalOperator", &p::STRING),
        Member::new("ReturnValues", &p::STRING),
        Member::new("ReturnConsumedCapacity", &p::STRING),
        Member::new("ReturnItemCollectionMetrics", &p::STRING),
        Member::new("UpdateExpression", &p::STRING),
        Member::new("ConditionExpression", &p::STRING),
        Member::new("ExpressionAttributeNames", &EXPRESSION_ATTRIBUTE_NAME_MAP),
        Member::new("ExpressionAttributeValues", &EXPRESSION_ATTRIBUTE_VALUE_MAP),
        Member::new("ReturnValuesOnConditionCheckFailure", &p::STRING),
    ],
);
pub static UPDATE_ITEM_OUTPUT: Schema = Schema::structure(
    "UpdateItemOutput",
    &[
        Member::new("Attributes", &ATTRIBUTE_MAP),
        Member::new("ConsumedCapacity", &CONSUMED_CAPACITY),
        Member::new("ItemCollectionMetrics", &ITEM_COLLECTION_METRICS),
    ],
);
pub static UPDATE_KINESIS_STREAMING_CONFIGURATION: Schema = Schema::structure(
    "UpdateKinesisStreamingConfiguration",
    &[Member::new("ApproximateCreationDateTimePrecision", &p::STRING)],
);
pub static UPDATE_KINESIS_STREAMING_DESTINATION_INPUT: Schema = Schema::structure(
    "UpdateKinesisStreamingDestinationInput",
    &[
        Member::new("TableName", &p::STRING)
            .context_param("ResourceArn")
            .with(f::REQUIRED),
        Member::new("StreamArn", &p::STRING).with(f::REQUIRED),
        Member::new(
            "UpdateKinesisStreamingConfiguration",
            &UPDATE_KINESIS_STREAMING_CONFIGURATION,
        ),
    ],
);
pub static UPDATE_KINESIS_STREAMING_DESTINATION_OUTPUT: Schema = Schema::structure(
    "UpdateKinesisStreamingDestinationOutput",
    &[
        Member::new("TableName", &p::STRING),
        Member::new("StreamArn", &p::STRING),
        Member::new("DestinationStatus", &p::STRING),
        Member::new(
            "UpdateKinesisStreamingConfiguration",
            &UPDATE_KINESIS_STREAMING_CONFIGURATION,
        ),
    ],
);
pub static UPDATE_REPLICATION_GROUP_MEMBER_ACTION: Schema = Schema::structure(
    "UpdateReplicationGroupMemberAction",
    &[
        Member::new("RegionName", &p::STRING).with(f::REQUIRED),
        Member::new("KMSMasterKeyId", &p::STRING),
        Member::new("ProvisionedThroughputOverride", &PROVISIONED_THROUGHPUT_OVERRIDE),
        Member::new("OnDemandThroughputOverride", &ON_DEMAND_THROUGHPUT_OVERRIDE),
        Member::new("GlobalSecondaryIndexes", &REPLICA_GLOBAL_SECONDARY_INDEX_LIST),
        Member::new("TableClassOverride", &p::STRING),
    ],
);
pub static UPDATE_TABLE_INPUT: Schema = Schema::structure(
    "UpdateTableInput",
    &[
        Member::new("AttributeDefinitions", &ATTRIBUTE_DEFINITIONS),
        Member::new("TableName", &p::STRING)
            .context_param("ResourceArn")
            .with(f::REQUIRED),
        Member::new("BillingMode", &p::STRING),
        Member::new("ProvisionedThroughput", &PROVISIONED_THROUGHPUT),
        Member::new("GlobalSecondaryIndexUpdates", &GLOBAL_SECONDARY_INDEX_UPDATE_LIST),
        Member::new("StreamSpecification", &STREAM_SPECIFICATION),
        Member::new("SSESpecification", &SSE_SPECIFICATION),
        Member::new("ReplicaUpdates", &REPLICATION_GROUP_UPDATE_LIST),
        Member::new("TableClass", &p::STRING),
        Member::new("DeletionProtectionEnabled", &p::BOOLEAN),
        Member::new("MultiRegionConsistency", &p::STRING),
        Member::new(
            "GlobalTableWitnessUpdates",
            &GLOBAL_TABLE_WITNESS_GROUP_UPDATE_LIST,
        ),
        Member::new("OnDemandThroughput", &ON_DEMAND_THROUGHPUT),
        Member::new("WarmThroughput", &WARM_THROUGHPUT),
        Member::new("GlobalTableSettingsReplicationMode", &p::STRING),
        Member::new("DisassociationProtectionEnabled", &p::BOOLEAN),
        Member::new("VectorIndexUpdates", &VECTOR_INDEX_UPDATE_LIST),
    ],
);
pub static UPDATE_TABLE_OUTPUT: Schema = Schema::structure(
    "UpdateTableOutput",
    &[Member::new("TableDescription", &TABLE_DESCRIPTION)],
);
pub static UPDATE_TABLE_REPLICA_AUTO_SCALING_INPUT: Schema = Schema::structure(
    "UpdateTableReplicaAutoScalingInput",
    &[
        Member::new(
            "GlobalSecondaryIndexUpdates",
            &GLOBAL_SECONDARY_INDEX_AUTO_SCALING_UPDATE_LIST,
        ),
        Member::new("TableName", &p::STRING)
            .context_param("ResourceArn")
            .with(f::REQUIRED),
        Member::new(
            "ProvisionedWriteCapacityAutoScalingUpdate",
            &AUTO_SCALING_SETTINGS_UPDATE,
        ),
        Member::new("ReplicaUpdates", &REPLICA_AUTO_SCALING_UPDATE_LIST),
    ],
);
pub static UPDATE_TABLE_REPLICA_AUTO_SCALING_OUTPUT: Schema = Schema::structure(
    "UpdateTableReplicaAutoScalingOutput",
    &[Member::new("TableAutoScalingDescription", &TABLE_AUTO_SCALING_DESCRIPTION)],
);
pub static UPDATE_TIME_TO_LIVE_INPUT: Schema = Schema::structure(
    "UpdateTimeToLiveInput",
    &[
        Member::new("TableName", &p::STRING)
            .context_param("ResourceArn")
            .with(f::REQUIRED),
        Member::new("TimeToLiveSpecification", &TIME_TO_LIVE_SPECIFICATION)
            .with(f::REQUIRED),
    ],
);
pub static UPDATE_TIME_TO_LIVE_OUTPUT: Schema = Schema::structure(
    "UpdateTimeToLiveOutput",
    &[Member::new("TimeToLiveSpecification", &TIME_TO_LIVE_SPECIFICATION)],
);
pub static VECTOR_ATTRIBUTE_DEFINITION: Schema = Schema::structure(
    "VectorAttributeDefinition",
    &[Member::new("AttributeName", &p::STRING).with(f::REQUIRED)],
);
pub static VECTOR_CAPACITY: Schema = Schema::structure(
    "VectorCapacity",
    &[
        Member::new("VectorSearchRequestBytes", &p::DOUBLE),
        Member::new("VectorWriteRequestBytes", &p::DOUBLE),
    ],
);
pub static VECTOR_INDEX: Schema = Schema::structure(
    "VectorIndex",
    &[
        Member::new("IndexName", &p::STRING).with(f::REQUIRED),
        Member::new("VectorAttribute", &VECTOR_ATTRIBUTE_DEFINITION).with(f::REQUIRED),
        Member::new("SearchSchema", &SEARCH_SCHEMA),
        Member::new("Projection", &PROJECTION).with(f::REQUIRED),
        Member::new("Dimensions", &p::LONG).with(f::REQUIRED),
        Member::new("DistanceFunction", &p::STRING).with(f::REQUIRED),
    ],
);
pub static VECTOR_INDEX_DESCRIPTION: Schema = Schema::structure(
    "VectorIndexDescription",
    &[
        Member::new("IndexName", &p::STRING),
        Member::new("SearchSchema", &SEARCH_SCHEMA),
        Member::new("Projection", &PROJECTION),
        Member::new("VectorAttribute", &VECTOR_ATTRIBUTE_DEFINITION),
        Member::new("Dimensions", &p::LONG),
        Member::new("DistanceFunction", &p::STRING),
        Member::new("IndexStatus", &p::STRING),
        Member::new("Backfilling", &p::BOOLEAN),
        Member::new("IndexSizeBytes", &p::LONG),
        Member::new("ItemCount", &p::LONG),
        Member::new("IndexArn", &p::STRING),
    ],
);
pub static VECTOR_INDEX_DESCRIPTION_LIST: Schema = Schema::list(
    "VectorIndexDescriptionList",
    &[Member::new("member", &VECTOR_INDEX_DESCRIPTION)],
);
pub static VECTOR_INDEX_INFO: Schema = Schema::structure(
    "VectorIndexInfo",
    &[
        Member::new("IndexName", &p::STRING),
        Member::new("VectorAttribute", &VECTOR_ATTRIBUTE_DEFINITION),
        Member::new("SearchSchema", &SEARCH_SCHEMA),
        Member::new("Projection", &PROJECTION),
        Member::new("Dimensions", &p::LONG),
        Member::new("DistanceFunction", &p::STRING),
    ],
);
pub static VECTOR_INDEX_LIST: Schema = Schema::list(
    "VectorIndexList",
    &[Member::new("member", &VECTOR_INDEX)],
);
pub static VECTOR_INDEX_UPDATE: Schema = Schema::structure(
    "VectorIndexUpdate",
    &[
        Member::new("Create", &CREATE_VECTOR_INDEX_ACTION),
        Member::new("Delete", &DELETE_VECTOR_INDEX_ACTION),
    ],
);
pub static VECTOR_INDEX_UPDATE_LIST: Schema = Schema::list(
    "VectorIndexUpdateList",
    &[Member::new("member", &VECTOR_INDEX_UPDATE)],
);
pub static VECTOR_INDEXES: Schema = Schema::list(
    "VectorIndexes",
    &[Member::new("member", &VECTOR_INDEX_INFO)],
);
pub static VECTOR_INDEXES_BULK_VECTOR_BYTES_MAP: Schema = Schema::map(
    "VectorIndexesBulkVectorBytesMap",
    &[Member::new("key", &p::STRING), Member::new("value", &BULK_OPERATION_VECTOR_BYTES)],
);
pub static VECTOR_INDEXES_CAPACITY_MAP: Schema = Schema::map(
    "VectorIndexesCapacityMap",
    &[Member::new("key", &p::STRING), Member::new("value", &VECTOR_CAPACITY)],
);
pub static WARM_THROUGHPUT: Schema = Schema::structure(
    "WarmThroughput",
    &[
        Member::new("ReadUnitsPerSecond", &p::LONG),
        Member::new("WriteUnitsPerSecond", &p::LONG),
    ],
);
pub static WRITE_REQUEST: Schema = Schema::structure(
    "WriteRequest",
    &[
        Member::new("PutRequest", &PUT_REQUEST),
        Member::new("DeleteRequest", &DELETE_REQUEST),
    ],
);
pub static WRITE_REQUESTS: Schema = Schema::list(
    "WriteRequests",
    &[Member::new("member", &WRITE_REQUEST)],
);
/// Operation metadata.
pub mod ops {
    use super::*;
    pub static BATCH_EXECUTE_STATEMENT: Operation = Operation::new(
            "BatchExecuteStatement",
            "POST",
            "/",
            &super::BATCH_EXECUTE_STATEMENT_INPUT,
            &super::BATCH_EXECUTE_STATEMENT_OUTPUT,
        )
        .errors(
            &[
                &super::REQUEST_LIMIT_EXCEEDED,
                &super::INTERNAL_SERVER_ERROR,
                &super::THROTTLING_EXCEPTION,
            ],
        );
    pub static BATCH_GET_ITEM: Operation = Operation::new(
            "BatchGetItem",
            "POST",
            "/",
            &super::BATCH_GET_ITEM_INPUT,
            &super::BATCH_GET_ITEM_OUTPUT,
        )
        .errors(
            &[
                &super::PROVISIONED_THROUGHPUT_EXCEEDED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::REQUEST_LIMIT_EXCEEDED,
                &super::INTERNAL_SERVER_ERROR,
                &super::THROTTLING_EXCEPTION,
            ],
        )
        .operation_context_params(&[("ResourceArnList", "keys(RequestItems)")]);
    pub static BATCH_WRITE_ITEM: Operation = Operation::new(
            "BatchWriteItem",
            "POST",
            "/",
            &super::BATCH_WRITE_ITEM_INPUT,
            &super::BATCH_WRITE_ITEM_OUTPUT,
        )
        .errors(
            &[
                &super::PROVISIONED_THROUGHPUT_EXCEEDED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::ITEM_COLLECTION_SIZE_LIMIT_EXCEEDED_EXCEPTION,
                &super::REQUEST_LIMIT_EXCEEDED,
                &super::INTERNAL_SERVER_ERROR,
                &super::REPLICATED_WRITE_CONFLICT_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
            ],
        )
        .operation_context_params(&[("ResourceArnList", "keys(RequestItems)")]);
    pub static CANCEL_BULK_OPERATION: Operation = Operation::new(
            "CancelBulkOperation",
            "POST",
            "/",
            &super::CANCEL_BULK_OPERATION_INPUT,
            &super::CANCEL_BULK_OPERATION_OUTPUT,
        )
        .errors(&[&super::RESOURCE_NOT_FOUND_EXCEPTION]);
    pub static CREATE_BACKUP: Operation = Operation::new(
            "CreateBackup",
            "POST",
            "/",
            &super::CREATE_BACKUP_INPUT,
            &super::CREATE_BACKUP_OUTPUT,
        )
        .errors(
            &[
                &super::TABLE_NOT_FOUND_EXCEPTION,
                &super::TABLE_IN_USE_EXCEPTION,
                &super::CONTINUOUS_BACKUPS_UNAVAILABLE_EXCEPTION,
                &super::BACKUP_IN_USE_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INTERNAL_SERVER_ERROR,
            ],
        );
    pub static CREATE_GLOBAL_TABLE: Operation = Operation::new(
            "CreateGlobalTable",
            "POST",
            "/",
            &super::CREATE_GLOBAL_TABLE_INPUT,
            &super::CREATE_GLOBAL_TABLE_OUTPUT,
        )
        .errors(
            &[
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INTERNAL_SERVER_ERROR,
                &super::GLOBAL_TABLE_ALREADY_EXISTS_EXCEPTION,
                &super::TABLE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static CREATE_TABLE: Operation = Operation::new(
            "CreateTable",
            "POST",
            "/",
            &super::CREATE_TABLE_INPUT,
            &super::CREATE_TABLE_OUTPUT,
        )
        .errors(
            &[
                &super::RESOURCE_IN_USE_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INTERNAL_SERVER_ERROR,
            ],
        );
    pub static DELETE_BACKUP: Operation = Operation::new(
            "DeleteBackup",
            "POST",
            "/",
            &super::DELETE_BACKUP_INPUT,
            &super::DELETE_BACKUP_OUTPUT,
        )
        .errors(
            &[
                &super::BACKUP_NOT_FOUND_EXCEPTION,
                &super::BACKUP_IN_USE_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INTERNAL_SERVER_ERROR,
            ],
        );
    pub static DELETE_ITEM: Operation = Operation::new(
            "DeleteItem",
            "POST",
            "/",
            &super::DELETE_ITEM_INPUT,
            &super::DELETE_ITEM_OUTPUT,
        )
        .errors(
            &[
                &super::CONDITIONAL_CHECK_FAILED_EXCEPTION,
                &super::PROVISIONED_THROUGHPUT_EXCEEDED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::ITEM_COLLECTION_SIZE_LIMIT_EXCEEDED_EXCEPTION,
                &super::TRANSACTION_CONFLICT_EXCEPTION,
                &super::REQUEST_LIMIT_EXCEEDED,
                &super::INTERNAL_SERVER_ERROR,
                &super::REPLICATED_WRITE_CONFLICT_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
            ],
        );
    pub static DELETE_RESOURCE_POLICY: Operation = Operation::new(
            "DeleteResourcePolicy",
            "POST",
            "/",
            &super::DELETE_RESOURCE_POLICY_INPUT,
            &super::DELETE_RESOURCE_POLICY_OUTPUT,
        )
        .errors(
            &[
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::INTERNAL_SERVER_ERROR,
                &super::POLICY_NOT_FOUND_EXCEPTION,
                &super::RESOURCE_IN_USE_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
            ],
        );
    pub static DELETE_TABLE: Operation = Operation::new(
            "DeleteTable",
            "POST",
            "/",
            &super::DELETE_TABLE_INPUT,
            &super::DELETE_TABLE_OUTPUT,
        )
        .errors(
            &[
                &super::RESOURCE_IN_USE_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INTERNAL_SERVER_ERROR,
            ],
        );
    pub static DESCRIBE_BACKUP: Operation = Operation::new(
            "DescribeBackup",
            "POST",
            "/",
            &super::DESCRIBE_BACKUP_INPUT,
            &super::DESCRIBE_BACKUP_OUTPUT,
        )
        .errors(&[&super::BACKUP_NOT_FOUND_EXCEPTION, &super::INTERNAL_SERVER_ERROR]);
    pub static DESCRIBE_BULK_OPERATION: Operation = Operation::new(
            "DescribeBulkOperation",
            "POST",
            "/",
            &super::DESCRIBE_BULK_OPERATION_INPUT,
            &super::DESCRIBE_BULK_OPERATION_OUTPUT,
        )
        .errors(&[&super::RESOURCE_NOT_FOUND_EXCEPTION]);
    pub static DESCRIBE_CONTINUOUS_BACKUPS: Operation = Operation::new(
            "DescribeContinuousBackups",
            "POST",
            "/",
            &super::DESCRIBE_CONTINUOUS_BACKUPS_INPUT,
            &super::DESCRIBE_CONTINUOUS_BACKUPS_OUTPUT,
        )
        .errors(&[&super::TABLE_NOT_FOUND_EXCEPTION, &super::INTERNAL_SERVER_ERROR]);
    pub static DESCRIBE_CONTRIBUTOR_INSIGHTS: Operation = Operation::new(
            "DescribeContributorInsights",
            "POST",
            "/",
            &super::DESCRIBE_CONTRIBUTOR_INSIGHTS_INPUT,
            &super::DESCRIBE_CONTRIBUTOR_INSIGHTS_OUTPUT,
        )
        .errors(&[&super::RESOURCE_NOT_FOUND_EXCEPTION, &super::INTERNAL_SERVER_ERROR]);
    pub static DESCRIBE_ENDPOINTS: Operation = Operation::new(
        "DescribeEndpoints",
        "POST",
        "/",
        &super::DESCRIBE_ENDPOINTS_INPUT,
        &super::DESCRIBE_ENDPOINTS_OUTPUT,
    );
    pub static DESCRIBE_EXPORT: Operation = Operation::new(
            "DescribeExport",
            "POST",
            "/",
            &super::DESCRIBE_EXPORT_INPUT,
            &super::DESCRIBE_EXPORT_OUTPUT,
        )
        .errors(
            &[
                &super::EXPORT_NOT_FOUND_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INTERNAL_SERVER_ERROR,
            ],
        );
    pub static DESCRIBE_GLOBAL_TABLE: Operation = Operation::new(
            "DescribeGlobalTable",
            "POST",
            "/",
            &super::DESCRIBE_GLOBAL_TABLE_INPUT,
            &super::DESCRIBE_GLOBAL_TABLE_OUTPUT,
        )
        .errors(
            &[&super::INTERNAL_SERVER_ERROR, &super::GLOBAL_TABLE_NOT_FOUND_EXCEPTION],
        );
    pub static DESCRIBE_GLOBAL_TABLE_SETTINGS: Operation = Operation::new(
            "DescribeGlobalTableSettings",
            "POST",
            "/",
            &super::DESCRIBE_GLOBAL_TABLE_SETTINGS_INPUT,
            &super::DESCRIBE_GLOBAL_TABLE_SETTINGS_OUTPUT,
        )
        .errors(
            &[&super::GLOBAL_TABLE_NOT_FOUND_EXCEPTION, &super::INTERNAL_SERVER_ERROR],
        );
    pub static DESCRIBE_IMPORT: Operation = Operation::new(
            "DescribeImport",
            "POST",
            "/",
            &super::DESCRIBE_IMPORT_INPUT,
            &super::DESCRIBE_IMPORT_OUTPUT,
        )
        .errors(&[&super::IMPORT_NOT_FOUND_EXCEPTION]);
    pub static DESCRIBE_KINESIS_STREAMING_DESTINATION: Operation = Operation::new(
            "DescribeKinesisStreamingDestination",
            "POST",
            "/",
            &super::DESCRIBE_KINESIS_STREAMING_DESTINATION_INPUT,
            &super::DESCRIBE_KINESIS_STREAMING_DESTINATION_OUTPUT,
        )
        .errors(&[&super::RESOURCE_NOT_FOUND_EXCEPTION, &super::INTERNAL_SERVER_ERROR]);
    pub static DESCRIBE_LIMITS: Operation = Operation::new(
            "DescribeLimits",
            "POST",
            "/",
            &super::DESCRIBE_LIMITS_INPUT,
            &super::DESCRIBE_LIMITS_OUTPUT,
        )
        .errors(&[&super::INTERNAL_SERVER_ERROR]);
    pub static DESCRIBE_TABLE: Operation = Operation::new(
            "DescribeTable",
            "POST",
            "/",
            &super::DESCRIBE_TABLE_INPUT,
            &super::DESCRIBE_TABLE_OUTPUT,
        )
        .errors(&[&super::RESOURCE_NOT_FOUND_EXCEPTION, &super::INTERNAL_SERVER_ERROR]);
    pub static DESCRIBE_TABLE_REPLICA_AUTO_SCALING: Operation = Operation::new(
            "DescribeTableReplicaAutoScaling",
            "POST",
            "/",
            &super::DESCRIBE_TABLE_REPLICA_AUTO_SCALING_INPUT,
            &super::DESCRIBE_TABLE_REPLICA_AUTO_SCALING_OUTPUT,
        )
        .errors(&[&super::RESOURCE_NOT_FOUND_EXCEPTION, &super::INTERNAL_SERVER_ERROR]);
    pub static DESCRIBE_TIME_TO_LIVE: Operation = Operation::new(
            "DescribeTimeToLive",
            "POST",
            "/",
            &super::DESCRIBE_TIME_TO_LIVE_INPUT,
            &super::DESCRIBE_TIME_TO_LIVE_OUTPUT,
        )
        .errors(&[&super::RESOURCE_NOT_FOUND_EXCEPTION, &super::INTERNAL_SERVER_ERROR]);
    pub static DISABLE_KINESIS_STREAMING_DESTINATION: Operation = Operation::new(
            "DisableKinesisStreamingDestination",
            "POST",
            "/",
            &super::KINESIS_STREAMING_DESTINATION_INPUT,
            &super::KINESIS_STREAMING_DESTINATION_OUTPUT,
        )
        .errors(
            &[
                &super::INTERNAL_SERVER_ERROR,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::RESOURCE_IN_USE_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static ENABLE_KINESIS_STREAMING_DESTINATION: Operation = Operation::new(
            "EnableKinesisStreamingDestination",
            "POST",
            "/",
            &super::KINESIS_STREAMING_DESTINATION_INPUT,
            &super::KINESIS_STREAMING_DESTINATION_OUTPUT,
        )
        .errors(
            &[
                &super::INTERNAL_SERVER_ERROR,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::RESOURCE_IN_USE_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static EXECUTE_STATEMENT: Operation = Operation::new(
            "ExecuteStatement",
            "POST",
            "/",
            &super::EXECUTE_STATEMENT_INPUT,
            &super::EXECUTE_STATEMENT_OUTPUT,
        )
        .errors(
            &[
                &super::CONDITIONAL_CHECK_FAILED_EXCEPTION,
                &super::PROVISIONED_THROUGHPUT_EXCEEDED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::ITEM_COLLECTION_SIZE_LIMIT_EXCEEDED_EXCEPTION,
                &super::TRANSACTION_CONFLICT_EXCEPTION,
                &super::REQUEST_LIMIT_EXCEEDED,
                &super::INTERNAL_SERVER_ERROR,
                &super::DUPLICATE_ITEM_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
            ],
        );
    pub static EXECUTE_TRANSACTION: Operation = Operation::new(
            "ExecuteTransaction",
            "POST",
            "/",
            &super::EXECUTE_TRANSACTION_INPUT,
            &super::EXECUTE_TRANSACTION_OUTPUT,
        )
        .errors(
            &[
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::TRANSACTION_CANCELED_EXCEPTION,
                &super::TRANSACTION_IN_PROGRESS_EXCEPTION,
                &super::IDEMPOTENT_PARAMETER_MISMATCH_EXCEPTION,
                &super::PROVISIONED_THROUGHPUT_EXCEEDED_EXCEPTION,
                &super::REQUEST_LIMIT_EXCEEDED,
                &super::INTERNAL_SERVER_ERROR,
                &super::THROTTLING_EXCEPTION,
            ],
        );
    pub static EXPORT_TABLE_TO_POINT_IN_TIME: Operation = Operation::new(
            "ExportTableToPointInTime",
            "POST",
            "/",
            &super::EXPORT_TABLE_TO_POINT_IN_TIME_INPUT,
            &super::EXPORT_TABLE_TO_POINT_IN_TIME_OUTPUT,
        )
        .errors(
            &[
                &super::TABLE_NOT_FOUND_EXCEPTION,
                &super::POINT_IN_TIME_RECOVERY_UNAVAILABLE_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INVALID_EXPORT_TIME_EXCEPTION,
                &super::EXPORT_CONFLICT_EXCEPTION,
                &super::INTERNAL_SERVER_ERROR,
            ],
        );
    pub static GET_ITEM: Operation = Operation::new(
            "GetItem",
            "POST",
            "/",
            &super::GET_ITEM_INPUT,
            &super::GET_ITEM_OUTPUT,
        )
        .errors(
            &[
                &super::PROVISIONED_THROUGHPUT_EXCEEDED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::REQUEST_LIMIT_EXCEEDED,
                &super::INTERNAL_SERVER_ERROR,
                &super::THROTTLING_EXCEPTION,
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
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::INTERNAL_SERVER_ERROR,
                &super::POLICY_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static IMPORT_TABLE: Operation = Operation::new(
            "ImportTable",
            "POST",
            "/",
            &super::IMPORT_TABLE_INPUT,
            &super::IMPORT_TABLE_OUTPUT,
        )
        .errors(
            &[
                &super::RESOURCE_IN_USE_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::IMPORT_CONFLICT_EXCEPTION,
            ],
        )
        .operation_context_params(
            &[("ResourceArn", "TableCreationParameters.TableName")],
        );
    pub static LIST_BACKUPS: Operation = Operation::new(
            "ListBackups",
            "POST",
            "/",
            &super::LIST_BACKUPS_INPUT,
            &super::LIST_BACKUPS_OUTPUT,
        )
        .errors(&[&super::INTERNAL_SERVER_ERROR]);
    pub static LIST_BULK_OPERATIONS: Operation = Operation::new(
        "ListBulkOperations",
        "POST",
        "/",
        &super::LIST_BULK_OPERATIONS_INPUT,
        &super::LIST_BULK_OPERATIONS_OUTPUT,
    );
    pub static LIST_CONTRIBUTOR_INSIGHTS: Operation = Operation::new(
            "ListContributorInsights",
            "POST",
            "/",
            &super::LIST_CONTRIBUTOR_INSIGHTS_INPUT,
            &super::LIST_CONTRIBUTOR_INSIGHTS_OUTPUT,
        )
        .errors(&[&super::RESOURCE_NOT_FOUND_EXCEPTION, &super::INTERNAL_SERVER_ERROR]);
    pub static LIST_EXPORTS: Operation = Operation::new(
            "ListExports",
            "POST",
            "/",
            &super::LIST_EXPORTS_INPUT,
            &super::LIST_EXPORTS_OUTPUT,
        )
        .errors(&[&super::LIMIT_EXCEEDED_EXCEPTION, &super::INTERNAL_SERVER_ERROR]);
    pub static LIST_GLOBAL_TABLES: Operation = Operation::new(
            "ListGlobalTables",
            "POST",
            "/",
            &super::LIST_GLOBAL_TABLES_INPUT,
            &super::LIST_GLOBAL_TABLES_OUTPUT,
        )
        .errors(&[&super::INTERNAL_SERVER_ERROR]);
    pub static LIST_IMPORTS: Operation = Operation::new(
            "ListImports",
            "POST",
            "/",
            &super::LIST_IMPORTS_INPUT,
            &super::LIST_IMPORTS_OUTPUT,
        )
        .errors(&[&super::LIMIT_EXCEEDED_EXCEPTION]);
    pub static LIST_TABLES: Operation = Operation::new(
            "ListTables",
            "POST",
            "/",
            &super::LIST_TABLES_INPUT,
            &super::LIST_TABLES_OUTPUT,
        )
        .errors(&[&super::INTERNAL_SERVER_ERROR]);
    pub static LIST_TAGS_OF_RESOURCE: Operation = Operation::new(
            "ListTagsOfResource",
            "POST",
            "/",
            &super::LIST_TAGS_OF_RESOURCE_INPUT,
            &super::LIST_TAGS_OF_RESOURCE_OUTPUT,
        )
        .errors(&[&super::RESOURCE_NOT_FOUND_EXCEPTION, &super::INTERNAL_SERVER_ERROR]);
    pub static PUT_ITEM: Operation = Operation::new(
            "PutItem",
            "POST",
            "/",
            &super::PUT_ITEM_INPUT,
            &super::PUT_ITEM_OUTPUT,
        )
        .errors(
            &[
                &super::CONDITIONAL_CHECK_FAILED_EXCEPTION,
                &super::PROVISIONED_THROUGHPUT_EXCEEDED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::ITEM_COLLECTION_SIZE_LIMIT_EXCEEDED_EXCEPTION,
                &super::TRANSACTION_CONFLICT_EXCEPTION,
                &super::REQUEST_LIMIT_EXCEEDED,
                &super::INTERNAL_SERVER_ERROR,
                &super::REPLICATED_WRITE_CONFLICT_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
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
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::INTERNAL_SERVER_ERROR,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::POLICY_NOT_FOUND_EXCEPTION,
                &super::RESOURCE_IN_USE_EXCEPTION,
            ],
        );
    pub static QUERY: Operation = Operation::new(
            "Query",
            "POST",
            "/",
            &super::QUERY_INPUT,
            &super::QUERY_OUTPUT,
        )
        .errors(
            &[
                &super::PROVISIONED_THROUGHPUT_EXCEEDED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::REQUEST_LIMIT_EXCEEDED,
                &super::INTERNAL_SERVER_ERROR,
                &super::THROTTLING_EXCEPTION,
            ],
        );
    pub static RESTORE_TABLE_FROM_BACKUP: Operation = Operation::new(
            "RestoreTableFromBackup",
            "POST",
            "/",
            &super::RESTORE_TABLE_FROM_BACKUP_INPUT,
            &super::RESTORE_TABLE_FROM_BACKUP_OUTPUT,
        )
        .errors(
            &[
                &super::TABLE_ALREADY_EXISTS_EXCEPTION,
                &super::TABLE_IN_USE_EXCEPTION,
                &super::BACKUP_NOT_FOUND_EXCEPTION,
                &super::BACKUP_IN_USE_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INTERNAL_SERVER_ERROR,
            ],
        );
    pub static RESTORE_TABLE_TO_POINT_IN_TIME: Operation = Operation::new(
            "RestoreTableToPointInTime",
            "POST",
            "/",
            &super::RESTORE_TABLE_TO_POINT_IN_TIME_INPUT,
            &super::RESTORE_TABLE_TO_POINT_IN_TIME_OUTPUT,
        )
        .errors(
            &[
                &super::TABLE_ALREADY_EXISTS_EXCEPTION,
                &super::TABLE_NOT_FOUND_EXCEPTION,
                &super::TABLE_IN_USE_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INVALID_RESTORE_TIME_EXCEPTION,
                &super::POINT_IN_TIME_RECOVERY_UNAVAILABLE_EXCEPTION,
                &super::INTERNAL_SERVER_ERROR,
            ],
        );
    pub static SCAN: Operation = Operation::new(
            "Scan",
            "POST",
            "/",
            &super::SCAN_INPUT,
            &super::SCAN_OUTPUT,
        )
        .errors(
            &[
                &super::PROVISIONED_THROUGHPUT_EXCEEDED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::REQUEST_LIMIT_EXCEEDED,
                &super::INTERNAL_SERVER_ERROR,
                &super::THROTTLING_EXCEPTION,
            ],
        );
    pub static SEARCH_VECTORS: Operation = Operation::new(
            "SearchVectors",
            "POST",
            "/",
            &super::SEARCH_VECTORS_INPUT,
            &super::SEARCH_VECTORS_OUTPUT,
        )
        .errors(
            &[
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::REQUEST_LIMIT_EXCEEDED,
                &super::INTERNAL_SERVER_ERROR,
                &super::THROTTLING_EXCEPTION,
            ],
        )
        .static_context_params(&[("IsSearchOperation", ParamValue::Bool(true))]);
    pub static START_BULK_PUT_ITEMS: Operation = Operation::new(
            "StartBulkPutItems",
            "POST",
            "/",
            &super::START_BULK_PUT_ITEMS_INPUT,
            &super::START_BULK_PUT_ITEMS_OUTPUT,
        )
        .errors(
            &[
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::RESOURCE_IN_USE_EXCEPTION,
                &super::IDEMPOTENT_PARAMETER_MISMATCH_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static TAG_RESOURCE: Operation = Operation::new(
            "TagResource",
            "POST",
            "/",
            &super::TAG_RESOURCE_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::INTERNAL_SERVER_ERROR,
                &super::RESOURCE_IN_USE_EXCEPTION,
            ],
        );
    pub static TRANSACT_GET_ITEMS: Operation = Operation::new(
            "TransactGetItems",
            "POST",
            "/",
            &super::TRANSACT_GET_ITEMS_INPUT,
            &super::TRANSACT_GET_ITEMS_OUTPUT,
        )
        .errors(
            &[
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::TRANSACTION_CANCELED_EXCEPTION,
                &super::PROVISIONED_THROUGHPUT_EXCEEDED_EXCEPTION,
                &super::REQUEST_LIMIT_EXCEEDED,
                &super::INTERNAL_SERVER_ERROR,
                &super::THROTTLING_EXCEPTION,
            ],
        )
        .operation_context_params(
            &[("ResourceArnList", "TransactItems[*].Get.TableName")],
        );
    pub static TRANSACT_WRITE_ITEMS: Operation = Operation::new(
            "TransactWriteItems",
            "POST",
            "/",
            &super::TRANSACT_WRITE_ITEMS_INPUT,
            &super::TRANSACT_WRITE_ITEMS_OUTPUT,
        )
        .errors(
            &[
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::TRANSACTION_CANCELED_EXCEPTION,
                &super::TRANSACTION_IN_PROGRESS_EXCEPTION,
                &super::IDEMPOTENT_PARAMETER_MISMATCH_EXCEPTION,
                &super::PROVISIONED_THROUGHPUT_EXCEEDED_EXCEPTION,
                &super::REQUEST_LIMIT_EXCEEDED,
                &super::INTERNAL_SERVER_ERROR,
                &super::THROTTLING_EXCEPTION,
            ],
        )
        .operation_context_params(
            &[
                (
                    "ResourceArnList",
                    "TransactItems[*].[ConditionCheck.TableName, Put.TableName, Delete.TableName, Update.TableName][]",
                ),
            ],
        );
    pub static UNTAG_RESOURCE: Operation = Operation::new(
            "UntagResource",
            "POST",
            "/",
            &super::UNTAG_RESOURCE_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::INTERNAL_SERVER_ERROR,
                &super::RESOURCE_IN_USE_EXCEPTION,
            ],
        );
    pub static UPDATE_CONTINUOUS_BACKUPS: Operation = Operation::new(
            "UpdateContinuousBackups",
            "POST",
            "/",
            &super::UPDATE_CONTINUOUS_BACKUPS_INPUT,
            &super::UPDATE_CONTINUOUS_BACKUPS_OUTPUT,
        )
        .errors(
            &[
                &super::TABLE_NOT_FOUND_EXCEPTION,
                &super::CONTINUOUS_BACKUPS_UNAVAILABLE_EXCEPTION,
                &super::INTERNAL_SERVER_ERROR,
            ],
        );
    pub static UPDATE_CONTRIBUTOR_INSIGHTS: Operation = Operation::new(
            "UpdateContributorInsights",
            "POST",
            "/",
            &super::UPDATE_CONTRIBUTOR_INSIGHTS_INPUT,
            &super::UPDATE_CONTRIBUTOR_INSIGHTS_OUTPUT,
        )
        .errors(&[&super::RESOURCE_NOT_FOUND_EXCEPTION, &super::INTERNAL_SERVER_ERROR]);
    pub static UPDATE_GLOBAL_TABLE: Operation = Operation::new(
            "UpdateGlobalTable",
            "POST",
            "/",
            &super::UPDATE_GLOBAL_TABLE_INPUT,
            &super::UPDATE_GLOBAL_TABLE_OUTPUT,
        )
        .errors(
            &[
                &super::INTERNAL_SERVER_ERROR,
                &super::GLOBAL_TABLE_NOT_FOUND_EXCEPTION,
                &super::REPLICA_ALREADY_EXISTS_EXCEPTION,
                &super::REPLICA_NOT_FOUND_EXCEPTION,
                &super::TABLE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static UPDATE_GLOBAL_TABLE_SETTINGS: Operation = Operation::new(
            "UpdateGlobalTableSettings",
            "POST",
            "/",
            &super::UPDATE_GLOBAL_TABLE_SETTINGS_INPUT,
            &super::UPDATE_GLOBAL_TABLE_SETTINGS_OUTPUT,
        )
        .errors(
            &[
                &super::GLOBAL_TABLE_NOT_FOUND_EXCEPTION,
                &super::REPLICA_NOT_FOUND_EXCEPTION,
                &super::INDEX_NOT_FOUND_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::RESOURCE_IN_USE_EXCEPTION,
                &super::INTERNAL_SERVER_ERROR,
            ],
        );
    pub static UPDATE_ITEM: Operation = Operation::new(
            "UpdateItem",
            "POST",
            "/",
            &super::UPDATE_ITEM_INPUT,
            &super::UPDATE_ITEM_OUTPUT,
        )
        .errors(
            &[
                &super::CONDITIONAL_CHECK_FAILED_EXCEPTION,
                &super::PROVISIONED_THROUGHPUT_EXCEEDED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::ITEM_COLLECTION_SIZE_LIMIT_EXCEEDED_EXCEPTION,
                &super::TRANSACTION_CONFLICT_EXCEPTION,
                &super::REQUEST_LIMIT_EXCEEDED,
                &super::INTERNAL_SERVER_ERROR,
                &super::REPLICATED_WRITE_CONFLICT_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
            ],
        );
    pub static UPDATE_KINESIS_STREAMING_DESTINATION: Operation = Operation::new(
            "UpdateKinesisStreamingDestination",
            "POST",
            "/",
            &super::UPDATE_KINESIS_STREAMING_DESTINATION_INPUT,
            &super::UPDATE_KINESIS_STREAMING_DESTINATION_OUTPUT,
        )
        .errors(
            &[
                &super::INTERNAL_SERVER_ERROR,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::RESOURCE_IN_USE_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static UPDATE_TABLE: Operation = Operation::new(
            "UpdateTable",
            "POST",
            "/",
            &super::UPDATE_TABLE_INPUT,
            &super::UPDATE_TABLE_OUTPUT,
        )
        .errors(
            &[
                &super::RESOURCE_IN_USE_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INTERNAL_SERVER_ERROR,
            ],
        );
    pub static UPDATE_TABLE_REPLICA_AUTO_SCALING: Operation = Operation::new(
            "UpdateTableReplicaAutoScaling",
            "POST",
            "/",
            &super::UPDATE_TABLE_REPLICA_AUTO_SCALING_INPUT,
            &super::UPDATE_TABLE_REPLICA_AUTO_SCALING_OUTPUT,
        )
        .errors(
            &[
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::RESOURCE_IN_USE_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INTERNAL_SERVER_ERROR,
            ],
        );
    pub static UPDATE_TIME_TO_LIVE: Operation = Operation::new(
            "UpdateTimeToLive",
            "POST",
            "/",
            &super::UPDATE_TIME_TO_LIVE_INPUT,
            &super::UPDATE_TIME_TO_LIVE_OUTPUT,
        )
        .errors(
            &[
                &super::RESOURCE_IN_USE_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INTERNAL_SERVER_ERROR,
            ],
        );
    /// Every operation, by model name order.
    pub static ALL: &[&Operation] = &[
        &BATCH_EXECUTE_STATEMENT,
        &BATCH_GET_ITEM,
        &BATCH_WRITE_ITEM,
        &CANCEL_BULK_OPERATION,
        &CREATE_BACKUP,
        &CREATE_GLOBAL_TABLE,
        &CREATE_TABLE,
        &DELETE_BACKUP,
        &DELETE_ITEM,
        &DELETE_RESOURCE_POLICY,
        &DELETE_TABLE,
        &DESCRIBE_BACKUP,
        &DESCRIBE_BULK_OPERATION,
        &DESCRIBE_CONTINUOUS_BACKUPS,
        &DESCRIBE_CONTRIBUTOR_INSIGHTS,
        &DESCRIBE_ENDPOINTS,
        &DESCRIBE_EXPORT,
        &DESCRIBE_GLOBAL_TABLE,
        &DESCRIBE_GLOBAL_TABLE_SETTINGS,
        &DESCRIBE_IMPORT,
        &DESCRIBE_KINESIS_STREAMING_DESTINATION,
        &DESCRIBE_LIMITS,
        &DESCRIBE_TABLE,
        &DESCRIBE_TABLE_REPLICA_AUTO_SCALING,
        &DESCRIBE_TIME_TO_LIVE,
        &DISABLE_KINESIS_STREAMING_DESTINATION,
        &ENABLE_KINESIS_STREAMING_DESTINATION,
        &EXECUTE_STATEMENT,
        &EXECUTE_TRANSACTION,
        &EXPORT_TABLE_TO_POINT_IN_TIME,
        &GET_ITEM,
        &GET_RESOURCE_POLICY,
        &IMPORT_TABLE,
        &LIST_BACKUPS,
        &LIST_BULK_OPERATIONS,
        &LIST_CONTRIBUTOR_INSIGHTS,
        &LIST_EXPORTS,
        &LIST_GLOBAL_TABLES,
        &LIST_IMPORTS,
        &LIST_TABLES,
        &LIST_TAGS_OF_RESOURCE,
        &PUT_ITEM,
        &PUT_RESOURCE_POLICY,
        &QUERY,
        &RESTORE_TABLE_FROM_BACKUP,
        &RESTORE_TABLE_TO_POINT_IN_TIME,
        &SCAN,
        &SEARCH_VECTORS,
        &START_BULK_PUT_ITEMS,
        &TAG_RESOURCE,
        &TRANSACT_GET_ITEMS,
        &TRANSACT_WRITE_ITEMS,
        &UNTAG_RESOURCE,
        &UPDATE_CONTINUOUS_BACKUPS,
        &UPDATE_CONTRIBUTOR_INSIGHTS,
        &UPDATE_GLOBAL_TABLE,
        &UPDATE_GLOBAL_TABLE_SETTINGS,
        &UPDATE_ITEM,
        &UPDATE_KINESIS_STREAMING_DESTINATION,
        &UPDATE_TABLE,
        &UPDATE_TABLE_REPLICA_AUTO_SCALING,
        &UPDATE_TIME_TO_LIVE,
    ];
}
/// The service's paginators (`paginators-1.json`).
pub mod paginators {
    use kumo_runtime::paginate::PaginatorSpec;
    pub static LIST_BACKUPS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_BACKUPS,
        input_token: &["ExclusiveStartBackupArn"],
        output_token: &["LastEvaluatedBackupArn"],
        limit_key: Some("Limit"),
        more_results: None,
        result_key: &["BackupSummaries"],
    };
    pub static LIST_BULK_OPERATIONS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_BULK_OPERATIONS,
        input_token: &["NextToken"],
        output_token: &["NextToken"],
        limit_key: Some("MaxResults"),
        more_results: None,
        result_key: &["BulkOperationsSummaryList"],
    };
    pub static LIST_TABLES: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_TABLES,
        input_token: &["ExclusiveStartTableName"],
        output_token: &["LastEvaluatedTableName"],
        limit_key: Some("Limit"),
        more_results: None,
        result_key: &["TableNames"],
    };
    pub static LIST_TAGS_OF_RESOURCE: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_TAGS_OF_RESOURCE,
        input_token: &["NextToken"],
        output_token: &["NextToken"],
        limit_key: None,
        more_results: None,
        result_key: &["Tags"],
    };
    pub static QUERY: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::QUERY,
        input_token: &["ExclusiveStartKey"],
        output_token: &["LastEvaluatedKey"],
        limit_key: Some("Limit"),
        more_results: None,
        result_key: &["Items", "Count", "ScannedCount"],
    };
    pub static SCAN: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::SCAN,
        input_token: &["ExclusiveStartKey"],
        output_token: &["LastEvaluatedKey"],
        limit_key: Some("Limit"),
        more_results: None,
        result_key: &["Items", "Count", "ScannedCount"],
    };
}
/// The service's waiters (`waiters-2.json`).
pub mod waiters {
    use kumo_runtime::waiter::{Acceptor, Expected, Matcher, State, WaiterSpec};
    pub static BULK_OPERATION_COMPLETED: WaiterSpec = WaiterSpec {
        name: "BulkOperationCompleted",
        operation: &super::ops::DESCRIBE_BULK_OPERATION,
        delay: 20u32,
        max_attempts: 180u32,
        acceptors: &[
            Acceptor {
                state: State::Success,
                matcher: Matcher::Path,
                argument: "BulkOperationDescription.BulkOperationStatus",
                expected: Expected::Str("COMPLETED"),
            },
            Acceptor {
                state: State::Success,
                matcher: Matcher::Path,
                argument: "BulkOperationDescription.BulkOperationStatus",
                expected: Expected::Str("COMPLETED_WITH_ERRORS"),
            },
            Acceptor {
                state: State::Failure,
                matcher: Matcher::Path,
                argument: "BulkOperationDescription.BulkOperationStatus",
                expected: Expected::Str("CANCELLED"),
            },
            Acceptor {
                state: State::Failure,
                matcher: Matcher::Path,
                argument: "BulkOperationDescription.BulkOperationStatus",
                expected: Expected::Str("FAILED"),
            },
        ],
    };
    pub static CONTRIBUTOR_INSIGHTS_ENABLED: WaiterSpec = WaiterSpec {
        name: "ContributorInsightsEnabled",
        operation: &super::ops::DESCRIBE_CONTRIBUTOR_INSIGHTS,
        delay: 20u32,
        max_attempts: 30u32,
        acceptors: &[
            Acceptor {
                state: State::Success,
                matcher: Matcher::Path,
                argument: "ContributorInsightsStatus",
                expected: Expected::Str("ENABLED"),
            },
            Acceptor {
                state: State::Failure,
                matcher: Matcher::Path,
                argument: "ContributorInsightsStatus",
                expected: Expected::Str("FAILED"),
            },
        ],
    };
    pub static EXPORT_COMPLETED: WaiterSpec = WaiterSpec {
        name: "ExportCompleted",
        operation: &super::ops::DESCRIBE_EXPORT,
        delay: 20u32,
        max_attempts: 60u32,
        acceptors: &[
            Acceptor {
                state: State::Success,
                matcher: Matcher::Path,
                argument: "ExportDescription.ExportStatus",
                expected: Expected::Str("COMPLETED"),
            },
            Acceptor {
                state: State::Failure,
                matcher: Matcher::Path,
                argument: "ExportDescription.ExportStatus",
                expected: Expected::Str("FAILED"),
            },
        ],
    };
    pub static IMPORT_COMPLETED: WaiterSpec = WaiterSpec {
        name: "ImportCompleted",
        operation: &super::ops::DESCRIBE_IMPORT,
        delay: 20u32,
        max_attempts: 60u32,
        acceptors: &[
            Acceptor {
                state: State::Success,
                matcher: Matcher::Path,
                argument: "ImportTableDescription.ImportStatus",
                expected: Expected::Str("COMPLETED"),
            },
            Acceptor {
                state: State::Failure,
                matcher: Matcher::Path,
                argument: "ImportTableDescription.ImportStatus",
                expected: Expected::Str("FAILED"),
            },
            Acceptor {
                state: State::Failure,
                matcher: Matcher::Path,
                argument: "ImportTableDescription.ImportStatus",
                expected: Expected::Str("CANCELLED"),
            },
        ],
    };
    pub static KINESIS_STREAMING_DESTINATION_ACTIVE: WaiterSpec = WaiterSpec {
        name: "KinesisStreamingDestinationActive",
        operation: &super::ops::DESCRIBE_KINESIS_STREAMING_DESTINATION,
        delay: 20u32,
        max_attempts: 30u32,
        acceptors: &[
            Acceptor {
                state: State::Success,
                matcher: Matcher::PathAny,
                argument: "KinesisDataStreamDestinations[].DestinationStatus",
                expected: Expected::Str("ACTIVE"),
            },
            Acceptor {
                state: State::Failure,
                matcher: Matcher::Path,
                argument: "length(KinesisDataStreamDestinations) > `0`  && length(KinesisDataStreamDestinations[?DestinationStatus == 'DISABLED' || DestinationStatus == 'ENABLE_FAILED']) ==  length(KinesisDataStreamDestinations)",
                expected: Expected::Bool(true),
            },
        ],
    };
    pub static TABLE_EXISTS: WaiterSpec = WaiterSpec {
        name: "TableExists",
        operation: &super::ops::DESCRIBE_TABLE,
        delay: 20u32,
        max_attempts: 25u32,
        acceptors: &[
            Acceptor {
                state: State::Success,
                matcher: Matcher::Path,
                argument: "Table.TableStatus",
                expected: Expected::Str("ACTIVE"),
            },
            Acceptor {
                state: State::Retry,
                matcher: Matcher::Error,
                argument: "",
                expected: Expected::Str("ResourceNotFoundException"),
            },
        ],
    };
    pub static TABLE_NOT_EXISTS: WaiterSpec = WaiterSpec {
        name: "TableNotExists",
        operation: &super::ops::DESCRIBE_TABLE,
        delay: 20u32,
        max_attempts: 25u32,
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

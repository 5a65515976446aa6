//! The service's shapes: structures, unions and enums.
#![allow(
    unused_imports,
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items
)]
use kumo_runtime as rt;
use super::schemas::*;
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ApproximateCreationDateTimePrecision {
    /// `MILLISECOND`
    Millisecond,
    /// `MICROSECOND`
    Microsecond,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ApproximateCreationDateTimePrecision, { Millisecond => "MILLISECOND", Microsecond =>
    "MICROSECOND" }
);
/// Contains details of a table archival operation.
#[derive(Clone, Default, PartialEq)]
pub struct ArchivalSummary {
    /// The date and time when table archival was initiated by DynamoDB, in UNIX epoch time format.
    pub archival_date_time: Option<rt::DateTime>,
    /// The reason DynamoDB archived the table. Currently, the only possible value is:
    ///
    /// - `INACCESSIBLE\_ENCRYPTION\_CREDENTIALS` - The table was archived due to the table's KMS key being inaccessible for more than seven days. An On-Demand backup was created at the archival time.
    pub archival_reason: Option<String>,
    /// The Amazon Resource Name (ARN) of the backup the table was archived to, when applicable in the archival reason. If you wish to restore this backup to the same table name, you will need to delete the original table.
    pub archival_backup_arn: Option<String>,
}
rt::structure!(
    ArchivalSummary, ARCHIVAL_SUMMARY, [archival_date_time, archival_reason,
    archival_backup_arn]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AttributeAction {
    /// `ADD`
    Add,
    /// `PUT`
    Put,
    /// `DELETE`
    Delete,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(AttributeAction, { Add => "ADD", Put => "PUT", Delete => "DELETE" });
/// Represents an attribute for describing the schema for the table and indexes.
#[derive(Clone, Default, PartialEq)]
pub struct AttributeDefinition {
    /// A name for the attribute.
    pub attribute_name: String,
    /// The data type for the attribute, where:
    ///
    /// - `S` - the attribute is of type String
    ///
    /// - `N` - the attribute is of type Number
    ///
    /// - `B` - the attribute is of type Binary
    pub attribute_type: ScalarAttributeType,
}
rt::structure!(
    AttributeDefinition, ATTRIBUTE_DEFINITION, [attribute_name, attribute_type]
);
/// Represents the data for an attribute.
///
/// Each attribute value is described as a name-value pair. The name is the data type, and the value is the data itself.
///
/// For more information, see [Data Types](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.NamingRulesDataTypes.html#HowItWorks.DataTypes) in the *Amazon DynamoDB Developer Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct AttributeValue {
    /// An attribute of type String. For example:
    ///
    /// `"S": "Hello"`
    pub s: Option<String>,
    /// An attribute of type Number. For example:
    ///
    /// `"N": "123.45"`
    ///
    /// Numbers are sent across the network to DynamoDB as strings, to maximize compatibility across languages and libraries. However, DynamoDB treats them as number type attributes for mathematical operations.
    pub n: Option<String>,
    /// An attribute of type Binary. For example:
    ///
    /// `"B": "dGhpcyB0ZXh0IGlzIGJhc2U2NC1lbmNvZGVk"`
    pub b: Option<Vec<u8>>,
    /// An attribute of type String Set. For example:
    ///
    /// `"SS": \["Giraffe", "Hippo" ,"Zebra"\]`
    pub ss: Option<Vec<String>>,
    /// An attribute of type Number Set. For example:
    ///
    /// `"NS": \["42.2", "-19", "7.5", "3.14"\]`
    ///
    /// Numbers are sent across the network to DynamoDB as strings, to maximize compatibility across languages and libraries. However, DynamoDB treats them as number type attributes for mathematical operations.
    pub ns: Option<Vec<String>>,
    /// An attribute of type Binary Set. For example:
    ///
    /// `"BS": \["U3Vubnk=", "UmFpbnk=", "U25vd3k="\]`
    pub bs: Option<Vec<Vec<u8>>>,
    /// An attribute of type Map. For example:
    ///
    /// `"M": {"Name": {"S": "Joe"}, "Age": {"N": "35"}}`
    pub m: Option<rt::IndexMap<String, AttributeValue>>,
    /// An attribute of type List. For example:
    ///
    /// `"L": \[ {"S": "Cookies"} , {"S": "Coffee"}, {"N": "3.14159"}\]`
    pub l: Option<Vec<AttributeValue>>,
    /// An attribute of type Null. For example:
    ///
    /// `"NULL": true`
    pub null: Option<bool>,
    /// An attribute of type Boolean. For example:
    ///
    /// `"BOOL": true`
    pub bool: Option<bool>,
}
rt::structure!(AttributeValue, ATTRIBUTE_VALUE, [s, n, b, ss, ns, bs, m, l, null, bool]);
/// For the `UpdateItem` operation, represents the attributes to be modified, the action to perform on each, and the new value for each.
///
/// You cannot use `UpdateItem` to update any primary key attributes. Instead, you will need to delete the item, and then use `PutItem` to create a new item with new attributes.
///
/// Attribute values cannot be null; string and binary type attributes must have lengths greater than zero; and set type attributes must not be empty. Requests with empty values will be rejected with a `ValidationException` exception.
#[derive(Clone, Default, PartialEq)]
pub struct AttributeValueUpdate {
    /// Represents the data for an attribute.
    ///
    /// Each attribute value is described as a name-value pair. The name is the data type, and the value is the data itself.
    ///
    /// For more information, see [Data Types](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.NamingRulesDataTypes.html#HowItWorks.DataTypes) in the *Amazon DynamoDB Developer Guide*.
    pub value: Option<AttributeValue>,
    /// Specifies how to perform the update. Valid values are `PUT` (default), `DELETE`, and `ADD`. The behavior depends on whether the specified primary key already exists in the table.
    ///
    /// **If an item with the specified *Key* is found in the table:**
    ///
    /// - `PUT` - Adds the specified attribute to the item. If the attribute already exists, it is replaced by the new value.
    ///
    /// - `DELETE` - If no value is specified, the attribute and its value are removed from the item. The data type of the specified value must match the existing value's data type.
    ///
    /// If a *set* of values is specified, then those values are subtracted from the old set. For example, if the attribute value was the set `\[a,b,c\]` and the `DELETE` action specified `\[a,c\]`, then the final attribute value would be `\[b\]`. Specifying an empty set is an error.
    ///
    /// - `ADD` - If the attribute does not already exist, then the attribute and its values are added to the item. If the attribute does exist, then the behavior of `ADD` depends on the data type of the attribute:
    ///
    ///   - If the existing attribute is a number, and if `Value` is also a number, then the `Value` is mathematically added to the existing attribute. If `Value` is a negative number, then it is subtracted from the existing attribute.
    ///
    /// If you use `ADD` to increment or decrement a number value for an item that doesn't exist before the update, DynamoDB uses 0 as the initial value.
    ///
    /// In addition, if you use `ADD` to update an existing item, and intend to increment or decrement an attribute value which does not yet exist, DynamoDB uses `0` as the initial value. For example, suppose that the item you want to update does not yet have an attribute named *itemcount*, but you decide to `ADD` the number `3` to this attribute anyway, even though it currently does not exist. DynamoDB will create the *itemcount* attribute, set its initial value to `0`, and finally add `3` to it. The result will be a new *itemcount* attribute in the item, with a value of `3`.
    ///
    ///   - If the existing data type is a set, and if the `Value` is also a set, then the `Value` is added to the existing set. (This is a *set* operation, not mathematical addition.) For example, if the attribute value was the set `\[1,2\]`, and the `ADD` action specified `\[3\]`, then the final attribute value would be `\[1,2,3\]`. An error occurs if an Add action is specified for a set attribute and the attribute type specified does not match the existing set type.
    ///
    /// Both sets must have the same primitive data type. For example, if the existing data type is a set of strings, the `Value` must also be a set of strings. The same holds true for number sets and binary sets.
    ///
    /// This action is only valid for an existing attribute whose data type is number or is a set. Do not use `ADD` for any other data types.
    ///
    /// **If no item with the specified *Key* is found:**
    ///
    /// - `PUT` - DynamoDB creates a new item with the specified primary key, and then adds the attribute.
    ///
    /// - `DELETE` - Nothing happens; there is no attribute to delete.
    ///
    /// - `ADD` - DynamoDB creates a new item with the supplied primary key and number (or set) for the attribute value. The only data types allowed are number, number set, string set or binary set.
    pub action: Option<AttributeAction>,
}
rt::structure!(AttributeValueUpdate, ATTRIBUTE_VALUE_UPDATE, [value, action]);
/// Represents the properties of the scaling policy.
#[derive(Clone, Default, PartialEq)]
pub struct AutoScalingPolicyDescription {
    /// The name of the scaling policy.
    pub policy_name: Option<String>,
    /// Represents a target tracking scaling policy configuration.
    pub target_tracking_scaling_policy_configuration: Option<
        AutoScalingTargetTrackingScalingPolicyConfigurationDescription,
    >,
}
rt::structure!(
    AutoScalingPolicyDescription, AUTO_SCALING_POLICY_DESCRIPTION, [policy_name,
    target_tracking_scaling_policy_configuration]
);
/// Represents the auto scaling policy to be modified.
#[derive(Clone, Default, PartialEq)]
pub struct AutoScalingPolicyUpdate {
    /// The name of the scaling policy.
    pub policy_name: Option<String>,
    /// Represents a target tracking scaling policy configuration.
    pub target_tracking_scaling_policy_configuration: AutoScalingTargetTrackingScalingPolicyConfigurationUpdate,
}
rt::structure!(
    AutoScalingPolicyUpdate, AUTO_SCALING_POLICY_UPDATE, [policy_name,
    target_tracking_scaling_policy_configuration]
);
/// Represents the auto scaling settings for a global table or global secondary index.
#[derive(Clone, Default, PartialEq)]
pub struct AutoScalingSettingsDescription {
    /// The minimum capacity units that a global table or global secondary index should be scaled down to.
    pub minimum_units: Option<i64>,
    /// The maximum capacity units that a global table or global secondary index should be scaled up to.
    pub maximum_units: Option<i64>,
    /// Disabled auto scaling for this global table or global secondary index.
    pub auto_scaling_disabled: Option<bool>,
    /// Role ARN used for configuring the auto scaling policy.
    pub auto_scaling_role_arn: Option<String>,
    /// Information about the scaling policies.
    pub scaling_policies: Option<Vec<AutoScalingPolicyDescription>>,
}
rt::structure!(
    AutoScalingSettingsDescription, AUTO_SCALING_SETTINGS_DESCRIPTION, [minimum_units,
    maximum_units, auto_scaling_disabled, auto_scaling_role_arn, scaling_policies]
);
/// Represents the auto scaling settings to be modified for a global table or global secondary index.
#[derive(Clone, Default, PartialEq)]
pub struct AutoScalingSettingsUpdate {
    /// The minimum capacity units that a global table or global secondary index should be scaled down to.
    pub minimum_units: Option<i64>,
    /// The maximum capacity units that a global table or global secondary index should be scaled up to.
    pub maximum_units: Option<i64>,
    /// Disabled auto scaling for this global table or global secondary index.
    pub auto_scaling_disabled: Option<bool>,
    /// Role ARN used for configuring auto scaling policy.
    pub auto_scaling_role_arn: Option<String>,
    /// The scaling policy to apply for scaling target global table or global secondary index capacity units.
    pub scaling_policy_update: Option<AutoScalingPolicyUpdate>,
}
rt::structure!(
    AutoScalingSettingsUpdate, AUTO_SCALING_SETTINGS_UPDATE, [minimum_units,
    maximum_units, auto_scaling_disabled, auto_scaling_role_arn, scaling_policy_update]
);
/// Represents the properties of a target tracking scaling policy.
#[derive(Clone, Default, PartialEq)]
pub struct AutoScalingTargetTrackingScalingPolicyConfigurationDescription {
    /// Indicates whether scale in by the target tracking policy is disabled. If the value is true, scale in is disabled and the target tracking policy won't remove capacity from the scalable resource. Otherwise, scale in is enabled and the target tracking policy can remove capacity from the scalable resource. The default value is false.
    pub disable_scale_in: Option<bool>,
    /// The amount of time, in seconds, after a scale in activity completes before another scale in activity can start. The cooldown period is used to block subsequent scale in requests until it has expired. You should scale in conservatively to protect your application's availability. However, if another alarm triggers a scale out policy during the cooldown period after a scale-in, application auto scaling scales out your scalable target immediately.
    pub scale_in_cooldown: Option<i32>,
    /// The amount of time, in seconds, after a scale out activity completes before another scale out activity can start. While the cooldown period is in effect, the capacity that has been added by the previous scale out event that initiated the cooldown is calculated as part of the desired capacity for the next scale out. You should continuously (but not excessively) scale out.
    pub scale_out_cooldown: Option<i32>,
    /// The target value for the metric. The range is 8.515920e-109 to 1.174271e+108 (Base 10) or 2e-360 to 2e360 (Base 2).
    pub target_value: f64,
}
rt::structure!(
    AutoScalingTargetTrackingScalingPolicyConfigurationDescription,
    AUTO_SCALING_TARGET_TRACKING_SCALING_POLICY_CONFIGURATION_DESCRIPTION,
    [disable_scale_in, scale_in_cooldown, scale_out_cooldown, target_value]
);
/// Represents the settings of a target tracking scaling policy that will be modified.
#[derive(Clone, Default, PartialEq)]
pub struct AutoScalingTargetTrackingScalingPolicyConfigurationUpdate {
    /// Indicates whether scale in by the target tracking policy is disabled. If the value is true, scale in is disabled and the target tracking policy won't remove capacity from the scalable resource. Otherwise, scale in is enabled and the target tracking policy can remove capacity from the scalable resource. The default value is false.
    pub disable_scale_in: Option<bool>,
    /// The amount of time, in seconds, after a scale in activity completes before another scale in activity can start. The cooldown period is used to block subsequent scale in requests until it has expired. You should scale in conservatively to protect your application's availability. However, if another alarm triggers a scale out policy during the cooldown period after a scale-in, application auto scaling scales out your scalable target immediately.
    pub scale_in_cooldown: Option<i32>,
    /// The amount of time, in seconds, after a scale out activity completes before another scale out activity can start. While the cooldown period is in effect, the capacity that has been added by the previous scale out event that initiated the cooldown is calculated as part of the desired capacity for the next scale out. You should continuously (but not excessively) scale out.
    pub scale_out_cooldown: Option<i32>,
    /// The target value for the metric. The range is 8.515920e-109 to 1.174271e+108 (Base 10) or 2e-360 to 2e360 (Base 2).
    pub target_value: f64,
}
rt::structure!(
    AutoScalingTargetTrackingScalingPolicyConfigurationUpdate,
    AUTO_SCALING_TARGET_TRACKING_SCALING_POLICY_CONFIGURATION_UPDATE, [disable_scale_in,
    scale_in_cooldown, scale_out_cooldown, target_value]
);
/// Contains the description of the backup created for the table.
#[derive(Clone, Default, PartialEq)]
pub struct BackupDescription {
    /// Contains the details of the backup created for the table.
    pub backup_details: Option<BackupDetails>,
    /// Contains the details of the table when the backup was created.
    pub source_table_details: Option<SourceTableDetails>,
    /// Contains the details of the features enabled on the table when the backup was created. For example, LSIs, GSIs, streams, TTL.
    pub source_table_feature_details: Option<SourceTableFeatureDetails>,
}
rt::structure!(
    BackupDescription, BACKUP_DESCRIPTION, [backup_details, source_table_details,
    source_table_feature_details]
);
/// Contains the details of the backup created for the table.
#[derive(Clone, Default, PartialEq)]
pub struct BackupDetails {
    /// ARN associated with the backup.
    pub backup_arn: String,
    /// Name of the requested backup.
    pub backup_name: String,
    /// Size of the backup in bytes. DynamoDB updates this value approximately every six hours. Recent changes might not be reflected in this value.
    pub backup_size_bytes: Option<i64>,
    /// Backup can be in one of the following states: CREATING, ACTIVE, DELETED.
    pub backup_status: BackupStatus,
    /// BackupType:
    ///
    /// - `USER` - You create and manage these using the on-demand backup feature.
    ///
    /// - `SYSTEM` - If you delete a table with point-in-time recovery enabled, a `SYSTEM` backup is automatically created and is retained for 35 days (at no additional cost). System backups allow you to restore the deleted table to the state it was in just before the point of deletion.
    ///
    /// - `AWS\_BACKUP` - On-demand backup created by you from Backup service.
    pub backup_type: BackupType,
    /// Time at which the backup was created. This is the request time of the backup.
    pub backup_creation_date_time: rt::DateTime,
    /// Time at which the automatic on-demand backup created by DynamoDB will expire. This `SYSTEM` on-demand backup expires automatically 35 days after its creation.
    pub backup_expiry_date_time: Option<rt::DateTime>,
}
rt::structure!(
    BackupDetails, BACKUP_DETAILS, [backup_arn, backup_name, backup_size_bytes,
    backup_status, backup_type, backup_creation_date_time, backup_expiry_date_time]
);
/// There is another ongoing conflicting backup control plane operation on the table. The backup is either being created, deleted or restored to a table.
#[derive(Clone, Default, PartialEq)]
pub struct BackupInUseException {
    pub message: Option<String>,
}
rt::structure!(BackupInUseException, BACKUP_IN_USE_EXCEPTION, [message]);
/// Backup not found for the given BackupARN.
#[derive(Clone, Default, PartialEq)]
pub struct BackupNotFoundException {
    pub message: Option<String>,
}
rt::structure!(BackupNotFoundException, BACKUP_NOT_FOUND_EXCEPTION, [message]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BackupStatus {
    /// `CREATING`
    Creating,
    /// `DELETED`
    Deleted,
    /// `AVAILABLE`
    Available,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    BackupStatus, { Creating => "CREATING", Deleted => "DELETED", Available =>
    "AVAILABLE" }
);
/// Contains details for the backup.
#[derive(Clone, Default, PartialEq)]
pub struct BackupSummary {
    /// Name of the table.
    pub table_name: Option<String>,
    /// Unique identifier for the table.
    pub table_id: Option<String>,
    /// ARN associated with the table.
    pub table_arn: Option<String>,
    /// ARN associated with the backup.
    pub backup_arn: Option<String>,
    /// Name of the specified backup.
    pub backup_name: Option<String>,
    /// Time at which the backup was created.
    pub backup_creation_date_time: Option<rt::DateTime>,
    /// Time at which the automatic on-demand backup created by DynamoDB will expire. This `SYSTEM` on-demand backup expires automatically 35 days after its creation.
    pub backup_expiry_date_time: Option<rt::DateTime>,
    /// Backup can be in one of the following states: CREATING, ACTIVE, DELETED.
    pub backup_status: Option<BackupStatus>,
    /// BackupType:
    ///
    /// - `USER` - You create and manage these using the on-demand backup feature.
    ///
    /// - `SYSTEM` - If you delete a table with point-in-time recovery enabled, a `SYSTEM` backup is automatically created and is retained for 35 days (at no additional cost). System backups allow you to restore the deleted table to the state it was in just before the point of deletion.
    ///
    /// - `AWS\_BACKUP` - On-demand backup created by you from Backup service.
    pub backup_type: Option<BackupType>,
    /// Size of the backup in bytes.
    pub backup_size_bytes: Option<i64>,
}
rt::structure!(
    BackupSummary, BACKUP_SUMMARY, [table_name, table_id, table_arn, backup_arn,
    backup_name, backup_creation_date_time, backup_expiry_date_time, backup_status,
    backup_type, backup_size_bytes]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BackupType {
    /// `USER`
    User,
    /// `SYSTEM`
    System,
    /// `AWS_BACKUP`
    AwsBackup,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    BackupType, { User => "USER", System => "SYSTEM", AwsBackup => "AWS_BACKUP" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BackupTypeFilter {
    /// `USER`
    User,
    /// `SYSTEM`
    System,
    /// `AWS_BACKUP`
    AwsBackup,
    /// `ALL`
    All,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    BackupTypeFilter, { User => "USER", System => "SYSTEM", AwsBackup => "AWS_BACKUP",
    All => "ALL" }
);
#[derive(Clone, Default, PartialEq)]
pub struct BatchExecuteStatementInput {
    /// The list of PartiQL statements representing the batch to run.
    pub statements: Vec<BatchStatementRequest>,
    /// Determines the level of detail about either provisioned or on-demand throughput consumption that is returned in the response:
    ///
    /// - `INDEXES` - The response includes the aggregate `ConsumedCapacity` for the operation, together with `ConsumedCapacity` for each table and secondary index that was accessed.
    ///
    /// Note that some operations, such as `GetItem` and `BatchGetItem`, do not access any indexes at all. In these cases, specifying `INDEXES` will only return `ConsumedCapacity` information for table(s).
    ///
    /// - `TOTAL` - The response includes only the aggregate `ConsumedCapacity` for the operation.
    ///
    /// - `NONE` - No `ConsumedCapacity` details are included in the response.
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
}
rt::structure!(
    BatchExecuteStatementInput, BATCH_EXECUTE_STATEMENT_INPUT, [statements,
    return_consumed_capacity]
);
#[derive(Clone, Default, PartialEq)]
pub struct BatchExecuteStatementOutput {
    /// The response to each PartiQL statement in the batch. The values of the list are ordered according to the ordering of the request statements.
    pub responses: Option<Vec<BatchStatementResponse>>,
    /// The capacity units consumed by the entire operation. The values of the list are ordered according to the ordering of the statements.
    pub consumed_capacity: Option<Vec<ConsumedCapacity>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    BatchExecuteStatementOutput, BATCH_EXECUTE_STATEMENT_OUTPUT, [responses,
    consumed_capacity], meta = response_metadata
);
/// Represents the input of a `BatchGetItem` operation.
#[derive(Clone, Default, PartialEq)]
pub struct BatchGetItemInput {
    /// A map of one or more table names or table ARNs and, for each table, a map that describes one or more items to retrieve from that table. Each table name or ARN can be used only once per `BatchGetItem` request.
    ///
    /// Each element in the map of items to retrieve consists of the following:
    ///
    /// - `ConsistentRead` - If `true`, a strongly consistent read is used; if `false` (the default), an eventually consistent read is used.
    ///
    /// - `ExpressionAttributeNames` - One or more substitution tokens for attribute names in the `ProjectionExpression` parameter. The following are some use cases for using `ExpressionAttributeNames`:
    ///
    ///   - To access an attribute whose name conflicts with a DynamoDB reserved word.
    ///
    ///   - To create a placeholder for repeating occurrences of an attribute name in an expression.
    ///
    ///   - To prevent special characters in an attribute name from being misinterpreted in an expression.
    ///
    /// Use the **\#** character in an expression to dereference an attribute name. For example, consider the following attribute name:
    ///
    ///   - `Percentile`
    ///
    /// The name of this attribute conflicts with a reserved word, so it cannot be used directly in an expression. (For the complete list of reserved words, see [Reserved Words](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ReservedWords.html) in the *Amazon DynamoDB Developer Guide*). To work around this, you could specify the following for `ExpressionAttributeNames`:
    ///
    ///   - `{"\#P":"Percentile"}`
    ///
    /// You could then use this substitution in an expression, as in this example:
    ///
    ///   - `\#P = :val`
    ///
    /// Tokens that begin with the **:** character are *expression attribute values*, which are placeholders for the actual value at runtime.
    ///
    /// For more information about expression attribute names, see [Accessing Item Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.AccessingItemAttributes.html) in the *Amazon DynamoDB Developer Guide*.
    ///
    /// - `Keys` - An array of primary key attribute values that define specific items in the table. For each primary key, you must provide *all* of the key attributes. For example, with a simple primary key, you only need to provide the partition key value. For a composite key, you must provide *both* the partition key value and the sort key value.
    ///
    /// - `ProjectionExpression` - A string that identifies one or more attributes to retrieve from the table. These attributes can include scalars, sets, or elements of a JSON document. The attributes in the expression must be separated by commas.
    ///
    /// If no attribute names are specified, then all attributes are returned. If any of the requested attributes are not found, they do not appear in the result.
    ///
    /// For more information, see [Accessing Item Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.AccessingItemAttributes.html) in the *Amazon DynamoDB Developer Guide*.
    ///
    /// - `AttributesToGet` - This is a legacy parameter. Use `ProjectionExpression` instead. For more information, see [AttributesToGet](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.AttributesToGet.html) in the *Amazon DynamoDB Developer Guide*.
    pub request_items: rt::IndexMap<String, KeysAndAttributes>,
    /// Determines the level of detail about either provisioned or on-demand throughput consumption that is returned in the response:
    ///
    /// - `INDEXES` - The response includes the aggregate `ConsumedCapacity` for the operation, together with `ConsumedCapacity` for each table and secondary index that was accessed.
    ///
    /// Note that some operations, such as `GetItem` and `BatchGetItem`, do not access any indexes at all. In these cases, specifying `INDEXES` will only return `ConsumedCapacity` information for table(s).
    ///
    /// - `TOTAL` - The response includes only the aggregate `ConsumedCapacity` for the operation.
    ///
    /// - `NONE` - No `ConsumedCapacity` details are included in the response.
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
}
rt::structure!(
    BatchGetItemInput, BATCH_GET_ITEM_INPUT, [request_items, return_consumed_capacity]
);
/// Represents the output of a `BatchGetItem` operation.
#[derive(Clone, Default, PartialEq)]
pub struct BatchGetItemOutput {
    /// A map of table name or table ARN to a list of items. Each object in `Responses` consists of a table name or ARN, along with a map of attribute data consisting of the data type and attribute value.
    pub responses: Option<
        rt::IndexMap<String, Vec<rt::IndexMap<String, AttributeValue>>>,
    >,
    /// A map of tables and their respective keys that were not processed with the current response. The `UnprocessedKeys` value is in the same form as `RequestItems`, so the value can be provided directly to a subsequent `BatchGetItem` operation. For more information, see `RequestItems` in the Request Parameters section.
    ///
    /// Each element consists of:
    ///
    /// - `Keys` - An array of primary key attribute values that define specific items in the table.
    ///
    /// - `ProjectionExpression` - One or more attributes to be retrieved from the table or index. By default, all attributes are returned. If a requested attribute is not found, it does not appear in the result.
    ///
    /// - `ConsistentRead` - The consistency of a read operation. If set to `true`, then a strongly consistent read is used; otherwise, an eventually consistent read is used.
    ///
    /// If there are no unprocessed keys remaining, the response contains an empty `UnprocessedKeys` map.
    pub unprocessed_keys: Option<rt::IndexMap<String, KeysAndAttributes>>,
    /// The read capacity units consumed by the entire `BatchGetItem` operation.
    ///
    /// Each element consists of:
    ///
    /// - `TableName` - The table that consumed the provisioned throughput.
    ///
    /// - `CapacityUnits` - The total number of capacity units consumed.
    pub consumed_capacity: Option<Vec<ConsumedCapacity>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    BatchGetItemOutput, BATCH_GET_ITEM_OUTPUT, [responses, unprocessed_keys,
    consumed_capacity], meta = response_metadata
);
/// An error associated with a statement in a PartiQL batch that was run.
#[derive(Clone, Default, PartialEq)]
pub struct BatchStatementError {
    /// The error code associated with the failed PartiQL batch statement.
    pub code: Option<BatchStatementErrorCodeEnum>,
    /// The error message associated with the PartiQL batch response.
    pub message: Option<String>,
    /// The item which caused the condition check to fail. This will be set if ReturnValuesOnConditionCheckFailure is specified as `ALL\_OLD`.
    pub item: Option<rt::IndexMap<String, AttributeValue>>,
}
rt::structure!(BatchStatementError, BATCH_STATEMENT_ERROR, [code, message, item]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BatchStatementErrorCodeEnum {
    /// `ConditionalCheckFailed`
    ConditionalCheckFailed,
    /// `ItemCollectionSizeLimitExceeded`
    ItemCollectionSizeLimitExceeded,
    /// `RequestLimitExceeded`
    RequestLimitExceeded,
    /// `ValidationError`
    ValidationError,
    /// `ProvisionedThroughputExceeded`
    ProvisionedThroughputExceeded,
    /// `TransactionConflict`
    TransactionConflict,
    /// `ThrottlingError`
    ThrottlingError,
    /// `InternalServerError`
    InternalServerError,
    /// `ResourceNotFound`
    ResourceNotFound,
    /// `AccessDenied`
    AccessDenied,
    /// `DuplicateItem`
    DuplicateItem,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    BatchStatementErrorCodeEnum, { ConditionalCheckFailed => "ConditionalCheckFailed",
    ItemCollectionSizeLimitExceeded => "ItemCollectionSizeLimitExceeded",
    RequestLimitExceeded => "RequestLimitExceeded", ValidationError => "ValidationError",
    ProvisionedThroughputExceeded => "ProvisionedThroughputExceeded", TransactionConflict
    => "TransactionConflict", ThrottlingError => "ThrottlingError", InternalServerError
    => "InternalServerError", ResourceNotFound => "ResourceNotFound", AccessDenied =>
    "AccessDenied", DuplicateItem => "DuplicateItem" }
);
/// A PartiQL batch statement request.
#[derive(Clone, Default, PartialEq)]
pub struct BatchStatementRequest {
    /// A valid PartiQL statement.
    pub statement: String,
    /// The parameters associated with a PartiQL statement in the batch request.
    pub parameters: Option<Vec<AttributeValue>>,
    /// The read consistency of the PartiQL batch request.
    pub consistent_read: Option<bool>,
    /// An optional parameter that returns the item attributes for a PartiQL batch request operation that failed a condition check.
    ///
    /// There is no additional cost associated with requesting a return value aside from the small network and processing overhead of receiving a larger response. No read capacity units are consumed.
    pub return_values_on_condition_check_failure: Option<
        ReturnValuesOnConditionCheckFailure,
    >,
}
rt::structure!(
    BatchStatementRequest, BATCH_STATEMENT_REQUEST, [statement, parameters,
    consistent_read, return_values_on_condition_check_failure]
);
/// A PartiQL batch statement response..
#[derive(Clone, Default, PartialEq)]
pub struct BatchStatementResponse {
    /// The error associated with a failed PartiQL batch statement.
    pub error: Option<BatchStatementError>,
    /// The table name associated with a failed PartiQL batch statement.
    pub table_name: Option<String>,
    /// A DynamoDB item associated with a BatchStatementResponse
    pub item: Option<rt::IndexMap<String, AttributeValue>>,
}
rt::structure!(
    BatchStatementResponse, BATCH_STATEMENT_RESPONSE, [error, table_name, item]
);
/// Represents the input of a `BatchWriteItem` operation.
#[derive(Clone, Default, PartialEq)]
pub struct BatchWriteItemInput {
    /// A map of one or more table names or table ARNs and, for each table, a list of operations to be performed (`DeleteRequest` or `PutRequest`). Each element in the map consists of the following:
    ///
    /// - `DeleteRequest` - Perform a `DeleteItem` operation on the specified item. The item to be deleted is identified by a `Key` subelement:
    ///
    ///   - `Key` - A map of primary key attribute values that uniquely identify the item. Each entry in this map consists of an attribute name and an attribute value. For each primary key, you must provide *all* of the key attributes. For example, with a simple primary key, you only need to provide a value for the partition key. For a composite primary key, you must provide values for *both* the partition key and the sort key.
    ///
    /// - `PutRequest` - Perform a `PutItem` operation on the specified item. The item to be put is identified by an `Item` subelement:
    ///
    ///   - `Item` - A map of attributes and their values. Each entry in this map consists of an attribute name and an attribute value. Attribute values must not be null; string and binary type attributes must have lengths greater than zero; and set type attributes must not be empty. Requests that contain empty values are rejected with a `ValidationException` exception.
    ///
    /// If you specify any attributes that are part of an index key, then the data types for those attributes must match those of the schema in the table's attribute definition.
    pub request_items: rt::IndexMap<String, Vec<WriteRequest>>,
    /// Determines the level of detail about either provisioned or on-demand throughput consumption that is returned in the response:
    ///
    /// - `INDEXES` - The response includes the aggregate `ConsumedCapacity` for the operation, together with `ConsumedCapacity` for each table and secondary index that was accessed.
    ///
    /// Note that some operations, such as `GetItem` and `BatchGetItem`, do not access any indexes at all. In these cases, specifying `INDEXES` will only return `ConsumedCapacity` information for table(s).
    ///
    /// - `TOTAL` - The response includes only the aggregate `ConsumedCapacity` for the operation.
    ///
    /// - `NONE` - No `ConsumedCapacity` details are included in the response.
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
    /// Determines whether item collection metrics are returned. If set to `SIZE`, the response includes statistics about item collections, if any, that were modified during the operation are returned in the response. If set to `NONE` (the default), no statistics are returned.
    pub return_item_collection_metrics: Option<ReturnItemCollectionMetrics>,
}
rt::structure!(
    BatchWriteItemInput, BATCH_WRITE_ITEM_INPUT, [request_items,
    return_consumed_capacity, return_item_collection_metrics]
);
/// Represents the output of a `BatchWriteItem` operation.
#[derive(Clone, Default, PartialEq)]
pub struct BatchWriteItemOutput {
    /// A map of tables and requests against those tables that were not processed. The `UnprocessedItems` value is in the same form as `RequestItems`, so you can provide this value directly to a subsequent `BatchWriteItem` operation. For more information, see `RequestItems` in the Request Parameters section.
    ///
    /// Each `UnprocessedItems` entry consists of a table name or table ARN and, for that table, a list of operations to perform (`DeleteRequest` or `PutRequest`).
    ///
    /// - `DeleteRequest` - Perform a `DeleteItem` operation on the specified item. The item to be deleted is identified by a `Key` subelement:
    ///
    ///   - `Key` - A map of primary key attribute values that uniquely identify the item. Each entry in this map consists of an attribute name and an attribute value.
    ///
    /// - `PutRequest` - Perform a `PutItem` operation on the specified item. The item to be put is identified by an `Item` subelement:
    ///
    ///   - `Item` - A map of attributes and their values. Each entry in this map consists of an attribute name and an attribute value. Attribute values must not be null; string and binary type attributes must have lengths greater than zero; and set type attributes must not be empty. Requests that contain empty values will be rejected with a `ValidationException` exception.
    ///
    /// If you specify any attributes that are part of an index key, then the data types for those attributes must match those of the schema in the table's attribute definition.
    ///
    /// If there are no unprocessed items remaining, the response contains an empty `UnprocessedItems` map.
    pub unprocessed_items: Option<rt::IndexMap<String, Vec<WriteRequest>>>,
    /// A list of tables that were processed by `BatchWriteItem` and, for each table, information about any item collections that were affected by individual `DeleteItem` or `PutItem` operations.
    ///
    /// Each entry consists of the following subelements:
    ///
    /// - `ItemCollectionKey` - The partition key value of the item collection. This is the same as the partition key value of the item.
    ///
    /// - `SizeEstimateRangeGB` - An estimate of item collection size, expressed in GB. This is a two-element array containing a lower bound and an upper bound for the estimate. The estimate includes the size of all the items in the table, plus the size of all attributes projected into all of the local secondary indexes on the table. Use this estimate to measure whether a local secondary index is approaching its size limit.
    ///
    /// The estimate is subject to change over time; therefore, do not rely on the precision or accuracy of the estimate.
    pub item_collection_metrics: Option<
        rt::IndexMap<String, Vec<ItemCollectionMetrics>>,
    >,
    /// The capacity units consumed by the entire `BatchWriteItem` operation.
    ///
    /// Each element consists of:
    ///
    /// - `TableName` - The table that consumed the provisioned throughput.
    ///
    /// - `CapacityUnits` - The total number of capacity units consumed.
    ///
    /// If the table has vector indexes, each element also includes a `VectorIndexes` field with `VectorWriteRequestBytes` consumed for each affected vector index.
    pub consumed_capacity: Option<Vec<ConsumedCapacity>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    BatchWriteItemOutput, BATCH_WRITE_ITEM_OUTPUT, [unprocessed_items,
    item_collection_metrics, consumed_capacity], meta = response_metadata
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BillingMode {
    /// `PROVISIONED`
    Provisioned,
    /// `PAY_PER_REQUEST`
    PayPerRequest,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    BillingMode, { Provisioned => "PROVISIONED", PayPerRequest => "PAY_PER_REQUEST" }
);
/// Contains the details for the read/write capacity mode. This page talks about `PROVISIONED` and `PAY\_PER\_REQUEST` billing modes. For more information about these modes, see [Read/write capacity mode](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.ReadWriteCapacityMode.html).
///
/// You may need to switch to on-demand mode at least once in order to return a `BillingModeSummary` response.
#[derive(Clone, Default, PartialEq)]
pub struct BillingModeSummary {
    /// Controls how you are charged for read and write throughput and how you manage capacity. This setting can be changed later.
    ///
    /// - `PROVISIONED` - Sets the read/write capacity mode to `PROVISIONED`. We recommend using `PROVISIONED` for predictable workloads.
    ///
    /// - `PAY\_PER\_REQUEST` - Sets the read/write capacity mode to `PAY\_PER\_REQUEST`. We recommend using `PAY\_PER\_REQUEST` for unpredictable workloads.
    pub billing_mode: Option<BillingMode>,
    /// Represents the time when `PAY\_PER\_REQUEST` was last set as the read/write capacity mode.
    pub last_update_to_pay_per_request_date_time: Option<rt::DateTime>,
}
rt::structure!(
    BillingModeSummary, BILLING_MODE_SUMMARY, [billing_mode,
    last_update_to_pay_per_request_date_time]
);
/// Contains the bulk put bytes used during a bulk operation.
#[derive(Clone, Default, PartialEq)]
pub struct BulkOperationBytes {
    /// The number of bulk put bytes.
    pub bulk_put_bytes: Option<i64>,
}
rt::structure!(BulkOperationBytes, BULK_OPERATION_BYTES, [bulk_put_bytes]);
/// Contains detailed information about a bulk operation.
#[derive(Clone, Default, PartialEq)]
pub struct BulkOperationDescription {
    /// The Amazon Resource Name (ARN) of the bulk operation.
    pub bulk_operation_arn: Option<String>,
    /// The current status of the bulk operation can be one of the following values:
    ///
    /// IN\_PROGRESS
    ///
    /// DynamoDB is processing the input.
    ///
    /// COMPLETED
    ///
    /// The bulk operation finished without parsing or validation errors. Condition-check failures do not cause the operation to complete with errors.
    ///
    /// COMPLETED\_WITH\_ERRORS
    ///
    /// The bulk operation finished, but DynamoDB couldn't process at least one input item because of a parsing or validation error. When you enable `ERROR` output, DynamoDB writes the details to the configured Amazon S3 output location.
    ///
    /// CANCELLING
    ///
    /// DynamoDB accepted a cancellation request and is stopping the operation.
    ///
    /// CANCELLED
    ///
    /// DynamoDB stopped the operation after a cancellation request.
    ///
    /// FAILED
    ///
    /// The bulk operation failed. DynamoDB might write some items before the operation reaches this status. See [FailureCode](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BulkOperationDescription.html#DDB-Type-BulkOperationDescription-FailureCode) and [FailureMessage](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BulkOperationDescription.html#DDB-Type-BulkOperationDescription-FailureMessage) for details.
    pub bulk_operation_status: Option<BulkOperationStatus>,
    /// A list containing identifying information for the table targeted by the bulk operation.
    pub table_details: Option<Vec<BulkOperationTableDetail>>,
    /// The idempotency token associated with the start request.
    pub client_token: Option<String>,
    /// The Amazon S3 input configuration associated with the bulk operation.
    pub input_s3_configuration: Option<InputS3Configuration>,
    /// The Amazon S3 output configuration associated with the bulk operation.
    pub output_s3_configuration: Option<OutputS3Configuration>,
    /// The time when DynamoDB accepted the start request.
    pub start_time: Option<rt::DateTime>,
    /// The time when the operation reached a terminal status. DynamoDB omits this value while the operation remains in progress.
    pub end_time: Option<rt::DateTime>,
    /// The number of input items that DynamoDB has processed. This count includes successful writes, parsing or validation failures, and condition-check failures.
    pub processed_item_count: Option<i64>,
    /// The number of bytes that DynamoDB has read from the Amazon S3 input objects.
    pub processed_input_bytes: Option<i64>,
    /// The total size, in bytes, of the Amazon S3 input objects. DynamoDB omits this value until the initial input-size calculation completes.
    pub total_input_bytes: Option<i64>,
    /// Usage information for the table and its indexes.
    pub bulk_operation_usage: Option<Vec<BulkOperationUsage>>,
    /// The number of processed input items that failed because of parsing or validation errors. This count is included in `ProcessedItemCount`. Condition-check failures do not increase this count.
    pub failed_item_count: Option<i64>,
    /// A code that identifies why the bulk operation failed or was cancelled. DynamoDB returns this value only when `BulkOperationStatus` is `FAILED` or `CANCELLED`.
    pub failure_code: Option<String>,
    /// A message that describes why the bulk operation failed or was cancelled. DynamoDB returns this value only when `BulkOperationStatus` is `FAILED` or `CANCELLED`.
    pub failure_message: Option<String>,
    /// The maximum write request unit rate configured for the bulk operation.
    pub max_write_request_units: Option<i64>,
    /// The performance tier selected for the bulk operation. Valid values are `STANDARD` and `ACCELERATED`. If the start request omitted this value, DynamoDB uses `STANDARD`.
    pub performance_tier: Option<BulkOperationPerformanceTier>,
}
rt::structure!(
    BulkOperationDescription, BULK_OPERATION_DESCRIPTION, [bulk_operation_arn,
    bulk_operation_status, table_details, client_token, input_s3_configuration,
    output_s3_configuration, start_time, end_time, processed_item_count,
    processed_input_bytes, total_input_bytes, bulk_operation_usage, failed_item_count,
    failure_code, failure_message, max_write_request_units, performance_tier]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BulkOperationInputFormat {
    /// `DYNAMODB_JSON`
    DynamodbJson,
    /// `ION`
    Ion,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    BulkOperationInputFormat, { DynamodbJson => "DYNAMODB_JSON", Ion => "ION" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BulkOperationPerformanceTier {
    /// `STANDARD`
    Standard,
    /// `ACCELERATED`
    Accelerated,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    BulkOperationPerformanceTier, { Standard => "STANDARD", Accelerated => "ACCELERATED"
    }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BulkOperationStatus {
    /// `IN_PROGRESS`
    InProgress,
    /// `COMPLETED`
    Completed,
    /// `COMPLETED_WITH_ERRORS`
    CompletedWithErrors,
    /// `CANCELLING`
    Cancelling,
    /// `CANCELLED`
    Cancelled,
    /// `FAILED`
    Failed,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    BulkOperationStatus, { InProgress => "IN_PROGRESS", Completed => "COMPLETED",
    CompletedWithErrors => "COMPLETED_WITH_ERRORS", Cancelling => "CANCELLING", Cancelled
    => "CANCELLED", Failed => "FAILED" }
);
/// Contains summary information about a bulk operation.
#[derive(Clone, Default, PartialEq)]
pub struct BulkOperationSummary {
    /// The Amazon Resource Name (ARN) of the bulk operation.
    pub bulk_operation_arn: String,
    /// The current status of the bulk operation.
    pub bulk_operation_status: BulkOperationStatus,
    /// The time when DynamoDB accepted the start request.
    pub start_time: rt::DateTime,
    /// The time when the operation reached a terminal status. DynamoDB omits this value while the operation remains in progress.
    pub end_time: Option<rt::DateTime>,
}
rt::structure!(
    BulkOperationSummary, BULK_OPERATION_SUMMARY, [bulk_operation_arn,
    bulk_operation_status, start_time, end_time]
);
/// Contains identifying information for a table associated with a bulk operation.
#[derive(Clone, Default, PartialEq)]
pub struct BulkOperationTableDetail {
    /// The name or ARN of the table associated with the bulk operation.
    pub table_name: Option<String>,
    /// The unique identifier of the table associated with the bulk operation.
    pub table_id: Option<String>,
}
rt::structure!(
    BulkOperationTableDetail, BULK_OPERATION_TABLE_DETAIL, [table_name, table_id]
);
/// Contains the bytes used during a bulk operation, including a breakdown for the table and its indexes.
#[derive(Clone, Default, PartialEq)]
pub struct BulkOperationUsage {
    /// The name or ARN of the table associated with the reported usage.
    pub table_name: Option<String>,
    /// The total number of bulk put bytes used by the operation. This value excludes bulk put vector bytes.
    pub bulk_put_bytes: Option<i64>,
    /// The number of bulk put bytes for the table, excluding its indexes.
    pub table: Option<BulkOperationBytes>,
    /// The bulk put bytes used on each local secondary index affected by the operation, keyed by index name.
    pub local_secondary_indexes: Option<rt::IndexMap<String, BulkOperationBytes>>,
    /// The bulk put bytes used on each global secondary index affected by the operation, keyed by index name.
    pub global_secondary_indexes: Option<rt::IndexMap<String, BulkOperationBytes>>,
    /// The bulk put vector bytes used on each vector index affected by the operation, keyed by index name.
    pub vector_indexes: Option<rt::IndexMap<String, BulkOperationVectorBytes>>,
}
rt::structure!(
    BulkOperationUsage, BULK_OPERATION_USAGE, [table_name, bulk_put_bytes, table,
    local_secondary_indexes, global_secondary_indexes, vector_indexes]
);
/// Contains the bulk put vector bytes used by a vector index during a bulk operation.
#[derive(Clone, Default, PartialEq)]
pub struct BulkOperationVectorBytes {
    /// The number of bulk put vector bytes used on the vector index.
    pub bulk_put_vector_bytes: Option<i64>,
}
rt::structure!(
    BulkOperationVectorBytes, BULK_OPERATION_VECTOR_BYTES, [bulk_put_vector_bytes]
);
#[derive(Clone, Default, PartialEq)]
pub struct CancelBulkOperationInput {
    /// The Amazon Resource Name (ARN) of the bulk operation to cancel.
    pub bulk_operation_arn: String,
}
rt::structure!(
    CancelBulkOperationInput, CANCEL_BULK_OPERATION_INPUT, [bulk_operation_arn]
);
#[derive(Clone, Default, PartialEq)]
pub struct CancelBulkOperationOutput {
    /// The Amazon Resource Name (ARN) of the bulk operation for which DynamoDB accepted the cancellation request.
    pub bulk_operation_arn: String,
    /// The status returned after DynamoDB accepts the cancellation request. This value is `CANCELLING`. Use `DescribeBulkOperation` to determine when the operation reaches `CANCELLED`.
    pub bulk_operation_status: BulkOperationStatus,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CancelBulkOperationOutput, CANCEL_BULK_OPERATION_OUTPUT, [bulk_operation_arn,
    bulk_operation_status], meta = response_metadata
);
/// An ordered list of errors for each item in the request which caused the transaction to get cancelled. The values of the list are ordered according to the ordering of the `TransactWriteItems` request parameter. If no error occurred for the associated item an error with a Null code and Null message will be present.
#[derive(Clone, Default, PartialEq)]
pub struct CancellationReason {
    /// Item in the request which caused the transaction to get cancelled.
    pub item: Option<rt::IndexMap<String, AttributeValue>>,
    /// Status code for the result of the cancelled transaction.
    pub code: Option<String>,
    /// Cancellation reason message description.
    pub message: Option<String>,
}
rt::structure!(CancellationReason, CANCELLATION_REASON, [item, code, message]);
/// Represents the amount of provisioned throughput capacity consumed on a table or an index.
#[derive(Clone, Default, PartialEq)]
pub struct Capacity {
    /// The total number of read capacity units consumed on a table or an index.
    pub read_capacity_units: Option<f64>,
    /// The total number of write capacity units consumed on a table or an index.
    pub write_capacity_units: Option<f64>,
    /// The total number of capacity units consumed on a table or an index.
    pub capacity_units: Option<f64>,
}
rt::structure!(
    Capacity, CAPACITY, [read_capacity_units, write_capacity_units, capacity_units]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ComparisonOperator {
    /// `EQ`
    Eq,
    /// `NE`
    Ne,
    /// `IN`
    In,
    /// `LE`
    Le,
    /// `LT`
    Lt,
    /// `GE`
    Ge,
    /// `GT`
    Gt,
    /// `BETWEEN`
    Between,
    /// `NOT_NULL`
    NotNull,
    /// `NULL`
    Null,
    /// `CONTAINS`
    Contains,
    /// `NOT_CONTAINS`
    NotContains,
    /// `BEGINS_WITH`
    BeginsWith,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ComparisonOperator, { Eq => "EQ", Ne => "NE", In => "IN", Le => "LE", Lt => "LT", Ge
    => "GE", Gt => "GT", Between => "BETWEEN", NotNull => "NOT_NULL", Null => "NULL",
    Contains => "CONTAINS", NotContains => "NOT_CONTAINS", BeginsWith => "BEGINS_WITH" }
);
/// Represents the selection criteria for a `Query` or `Scan` operation:
///
/// - For a `Query` operation, `Condition` is used for specifying the `KeyConditions` to use when querying a table or an index. For `KeyConditions`, only the following comparison operators are supported:
///
/// `EQ \| LE \| LT \| GE \| GT \| BEGINS\_WITH \| BETWEEN`
///
/// `Condition` is also used in a `QueryFilter`, which evaluates the query results and returns only the desired values.
///
/// - For a `Scan` operation, `Condition` is used in a `ScanFilter`, which evaluates the scan results and returns only the desired values.
#[derive(Clone, Default, PartialEq)]
pub struct Condition {
    /// One or more values to evaluate against the supplied attribute. The number of values in the list depends on the `ComparisonOperator` being used.
    ///
    /// For type Number, value comparisons are numeric.
    ///
    /// String value comparisons for greater than, equals, or less than are based on ASCII character code values. For example, `a` is greater than `A`, and `a` is greater than `B`. For a list of code values, see [http://en.wikipedia.org/wiki/ASCII\#ASCII\_printable\_characters](http://en.wikipedia.org/wiki/ASCII#ASCII_printable_characters).
    ///
    /// For Binary, DynamoDB treats each byte of the binary data as unsigned when it compares binary values.
    pub attribute_value_list: Option<Vec<AttributeValue>>,
    /// A comparator for evaluating attributes. For example, equals, greater than, less than, etc.
    ///
    /// The following comparison operators are available:
    ///
    /// `EQ \| NE \| LE \| LT \| GE \| GT \| NOT\_NULL \| NULL \| CONTAINS \| NOT\_CONTAINS \| BEGINS\_WITH \| IN \| BETWEEN`
    ///
    /// The following are descriptions of each comparison operator.
    ///
    /// - `EQ` : Equal. `EQ` is supported for all data types, including lists and maps.
    ///
    /// `AttributeValueList` can contain only one `AttributeValue` element of type String, Number, Binary, String Set, Number Set, or Binary Set. If an item contains an `AttributeValue` element of a different type than the one provided in the request, the value does not match. For example, `{"S":"6"}` does not equal `{"N":"6"}`. Also, `{"N":"6"}` does not equal `{"NS":\["6", "2", "1"\]}`.
    ///
    /// - `NE` : Not equal. `NE` is supported for all data types, including lists and maps.
    ///
    /// `AttributeValueList` can contain only one `AttributeValue` of type String, Number, Binary, String Set, Number Set, or Binary Set. If an item contains an `AttributeValue` of a different type than the one provided in the request, the value does not match. For example, `{"S":"6"}` does not equal `{"N":"6"}`. Also, `{"N":"6"}` does not equal `{"NS":\["6", "2", "1"\]}`.
    ///
    /// - `LE` : Less than or equal.
    ///
    /// `AttributeValueList` can contain only one `AttributeValue` element of type String, Number, or Binary (not a set type). If an item contains an `AttributeValue` element of a different type than the one provided in the request, the value does not match. For example, `{"S":"6"}` does not equal `{"N":"6"}`. Also, `{"N":"6"}` does not compare to `{"NS":\["6", "2", "1"\]}`.
    ///
    /// - `LT` : Less than.
    ///
    /// `AttributeValueList` can contain only one `AttributeValue` of type String, Number, or Binary (not a set type). If an item contains an `AttributeValue` element of a different type than the one provided in the request, the value does not match. For example, `{"S":"6"}` does not equal `{"N":"6"}`. Also, `{"N":"6"}` does not compare to `{"NS":\["6", "2", "1"\]}`.
    ///
    /// - `GE` : Greater than or equal.
    ///
    /// `AttributeValueList` can contain only one `AttributeValue` element of type String, Number, or Binary (not a set type). If an item contains an `AttributeValue` element of a different type than the one provided in the request, the value does not match. For example, `{"S":"6"}` does not equal `{"N":"6"}`. Also, `{"N":"6"}` does not compare to `{"NS":\["6", "2", "1"\]}`.
    ///
    /// - `GT` : Greater than.
    ///
    /// `AttributeValueList` can contain only one `AttributeValue` element of type String, Number, or Binary (not a set type). If an item contains an `AttributeValue` element of a different type than the one provided in the request, the value does not match. For example, `{"S":"6"}` does not equal `{"N":"6"}`. Also, `{"N":"6"}` does not compare to `{"NS":\["6", "2", "1"\]}`.
    ///
    /// - `NOT\_NULL` : The attribute exists. `NOT\_NULL` is supported for all data types, including lists and maps.
    ///
    /// This operator tests for the existence of an attribute, not its data type. If the data type of attribute "`a`" is null, and you evaluate it using `NOT\_NULL`, the result is a Boolean `true`. This result is because the attribute "`a`" exists; its data type is not relevant to the `NOT\_NULL` comparison operator.
    ///
    /// - `NULL` : The attribute does not exist. `NULL` is supported for all data types, including lists and maps.
    ///
    /// This operator tests for the nonexistence of an attribute, not its data type. If the data type of attribute "`a`" is null, and you evaluate it using `NULL`, the result is a Boolean `false`. This is because the attribute "`a`" exists; its data type is not relevant to the `NULL` comparison operator.
    ///
    /// - `CONTAINS` : Checks for a subsequence, or value in a set.
    ///
    /// `AttributeValueList` can contain only one `AttributeValue` element of type String, Number, or Binary (not a set type). If the target attribute of the comparison is of type String, then the operator checks for a substring match. If the target attribute of the comparison is of type Binary, then the operator looks for a subsequence of the target that matches the input. If the target attribute of the comparison is a set ("`SS`", "`NS`", or "`BS`"), then the operator evaluates to true if it finds an exact match with any member of the set.
    ///
    /// CONTAINS is supported for lists: When evaluating "`a CONTAINS b`", "`a`" can be a list; however, "`b`" cannot be a set, a map, or a list.
    ///
    /// - `NOT\_CONTAINS` : Checks for absence of a subsequence, or absence of a value in a set.
    ///
    /// `AttributeValueList` can contain only one `AttributeValue` element of type String, Number, or Binary (not a set type). If the target attribute of the comparison is a String, then the operator checks for the absence of a substring match. If the target attribute of the comparison is Binary, then the operator checks for the absence of a subsequence of the target that matches the input. If the target attribute of the comparison is a set ("`SS`", "`NS`", or "`BS`"), then the operator evaluates to true if it *does not* find an exact match with any member of the set.
    ///
    /// NOT\_CONTAINS is supported for lists: When evaluating "`a NOT CONTAINS b`", "`a`" can be a list; however, "`b`" cannot be a set, a map, or a list.
    ///
    /// - `BEGINS\_WITH` : Checks for a prefix.
    ///
    /// `AttributeValueList` can contain only one `AttributeValue` of type String or Binary (not a Number or a set type). The target attribute of the comparison must be of type String or Binary (not a Number or a set type).
    ///
    /// - `IN` : Checks for matching elements in a list.
    ///
    /// `AttributeValueList` can contain one or more `AttributeValue` elements of type String, Number, or Binary. These attributes are compared against an existing attribute of an item. If any elements of the input are equal to the item attribute, the expression evaluates to true.
    ///
    /// - `BETWEEN` : Greater than or equal to the first value, and less than or equal to the second value.
    ///
    /// `AttributeValueList` must contain two `AttributeValue` elements of the same type, either String, Number, or Binary (not a set type). A target attribute matches if the target value is greater than, or equal to, the first element and less than, or equal to, the second element. If an item contains an `AttributeValue` element of a different type than the one provided in the request, the value does not match. For example, `{"S":"6"}` does not compare to `{"N":"6"}`. Also, `{"N":"6"}` does not compare to `{"NS":\["6", "2", "1"\]}`
    ///
    /// For usage examples of `AttributeValueList` and `ComparisonOperator`, see [Legacy Conditional Parameters](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.html) in the *Amazon DynamoDB Developer Guide*.
    pub comparison_operator: ComparisonOperator,
}
rt::structure!(Condition, CONDITION, [attribute_value_list, comparison_operator]);
/// Represents a request to perform a check that an item exists or to check the condition of specific attributes of the item.
#[derive(Clone, Default, PartialEq)]
pub struct ConditionCheck {
    /// The primary key of the item to be checked. Each element consists of an attribute name and a value for that attribute.
    pub key: rt::IndexMap<String, AttributeValue>,
    /// Name of the table for the check item request. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
    /// A condition that must be satisfied in order for a conditional update to succeed. For more information, see [Condition expressions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.ConditionExpressions.html) in the *Amazon DynamoDB Developer Guide*.
    pub condition_expression: String,
    /// One or more substitution tokens for attribute names in an expression. For more information, see [Expression attribute names](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.ExpressionAttributeNames.html) in the *Amazon DynamoDB Developer Guide*.
    pub expression_attribute_names: Option<rt::IndexMap<String, String>>,
    /// One or more values that can be substituted in an expression. For more information, see [Condition expressions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.ConditionExpressions.html) in the *Amazon DynamoDB Developer Guide*.
    pub expression_attribute_values: Option<rt::IndexMap<String, AttributeValue>>,
    /// Use `ReturnValuesOnConditionCheckFailure` to get the item attributes if the `ConditionCheck` condition fails. For `ReturnValuesOnConditionCheckFailure`, the valid values are: NONE and ALL\_OLD.
    pub return_values_on_condition_check_failure: Option<
        ReturnValuesOnConditionCheckFailure,
    >,
}
rt::structure!(
    ConditionCheck, CONDITION_CHECK, [key, table_name, condition_expression,
    expression_attribute_names, expression_attribute_values,
    return_values_on_condition_check_failure]
);
/// A condition specified in the operation failed to be evaluated.
#[derive(Clone, Default, PartialEq)]
pub struct ConditionalCheckFailedException {
    /// The conditional request failed.
    pub message: Option<String>,
    /// Item which caused the `ConditionalCheckFailedException`.
    pub item: Option<rt::IndexMap<String, AttributeValue>>,
}
rt::structure!(
    ConditionalCheckFailedException, CONDITIONAL_CHECK_FAILED_EXCEPTION, [message, item]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConditionalOperator {
    /// `AND`
    And,
    /// `OR`
    Or,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(ConditionalOperator, { And => "AND", Or => "OR" });
/// The capacity units consumed by an operation. The data returned includes the total provisioned throughput consumed, along with statistics for the table and any indexes involved in the operation. `ConsumedCapacity` is only returned if the request asked for it. For more information, see [Provisioned capacity mode](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/provisioned-capacity-mode.html) in the *Amazon DynamoDB Developer Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct ConsumedCapacity {
    /// The name of the table that was affected by the operation. If you had specified the Amazon Resource Name (ARN) of a table in the input, you'll see the table ARN in the response.
    pub table_name: Option<String>,
    /// The total number of capacity units consumed by the operation.
    pub capacity_units: Option<f64>,
    /// The total number of read capacity units consumed by the operation.
    pub read_capacity_units: Option<f64>,
    /// The total number of write capacity units consumed by the operation.
    pub write_capacity_units: Option<f64>,
    /// The amount of throughput consumed on the table affected by the operation.
    pub table: Option<Capacity>,
    /// The amount of throughput consumed on each local index affected by the operation.
    pub local_secondary_indexes: Option<rt::IndexMap<String, Capacity>>,
    /// The amount of throughput consumed on each global index affected by the operation.
    pub global_secondary_indexes: Option<rt::IndexMap<String, Capacity>>,
    /// The amount of throughput consumed on each vector index affected by the operation. Each entry contains `VectorWriteRequestBytes` (for write operations) or `VectorSearchRequestBytes` (for search operations).
    pub vector_indexes: Option<rt::IndexMap<String, VectorCapacity>>,
}
rt::structure!(
    ConsumedCapacity, CONSUMED_CAPACITY, [table_name, capacity_units,
    read_capacity_units, write_capacity_units, table, local_secondary_indexes,
    global_secondary_indexes, vector_indexes]
);
/// Represents the continuous backups and point in time recovery settings on the table.
#[derive(Clone, Default, PartialEq)]
pub struct ContinuousBackupsDescription {
    /// `ContinuousBackupsStatus` can be one of the following states: ENABLED, DISABLED
    pub continuous_backups_status: ContinuousBackupsStatus,
    /// The description of the point in time recovery settings applied to the table.
    pub point_in_time_recovery_description: Option<PointInTimeRecoveryDescription>,
}
rt::structure!(
    ContinuousBackupsDescription, CONTINUOUS_BACKUPS_DESCRIPTION,
    [continuous_backups_status, point_in_time_recovery_description]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContinuousBackupsStatus {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ContinuousBackupsStatus, { Enabled => "ENABLED", Disabled => "DISABLED" }
);
/// Backups have not yet been enabled for this table.
#[derive(Clone, Default, PartialEq)]
pub struct ContinuousBackupsUnavailableException {
    pub message: Option<String>,
}
rt::structure!(
    ContinuousBackupsUnavailableException, CONTINUOUS_BACKUPS_UNAVAILABLE_EXCEPTION,
    [message]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContributorInsightsAction {
    /// `ENABLE`
    Enable,
    /// `DISABLE`
    Disable,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ContributorInsightsAction, { Enable => "ENABLE", Disable => "DISABLE" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContributorInsightsMode {
    /// `ACCESSED_AND_THROTTLED_KEYS`
    AccessedAndThrottledKeys,
    /// `THROTTLED_KEYS`
    ThrottledKeys,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ContributorInsightsMode, { AccessedAndThrottledKeys => "ACCESSED_AND_THROTTLED_KEYS",
    ThrottledKeys => "THROTTLED_KEYS" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContributorInsightsStatus {
    /// `ENABLING`
    Enabling,
    /// `ENABLED`
    Enabled,
    /// `DISABLING`
    Disabling,
    /// `DISABLED`
    Disabled,
    /// `FAILED`
    Failed,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ContributorInsightsStatus, { Enabling => "ENABLING", Enabled => "ENABLED", Disabling
    => "DISABLING", Disabled => "DISABLED", Failed => "FAILED" }
);
/// Represents a Contributor Insights summary entry.
#[derive(Clone, Default, PartialEq)]
pub struct ContributorInsightsSummary {
    /// Name of the table associated with the summary.
    pub table_name: Option<String>,
    /// Name of the index associated with the summary, if any.
    pub index_name: Option<String>,
    /// Describes the current status for contributor insights for the given table and index, if applicable.
    pub contributor_insights_status: Option<ContributorInsightsStatus>,
    /// Indicates the current mode of CloudWatch Contributor Insights, specifying whether it tracks all access and throttled events or throttled events only for the DynamoDB table or index.
    pub contributor_insights_mode: Option<ContributorInsightsMode>,
}
rt::structure!(
    ContributorInsightsSummary, CONTRIBUTOR_INSIGHTS_SUMMARY, [table_name, index_name,
    contributor_insights_status, contributor_insights_mode]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateBackupInput {
    /// The name of the table. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
    /// Specified name for the backup.
    pub backup_name: String,
}
rt::structure!(CreateBackupInput, CREATE_BACKUP_INPUT, [table_name, backup_name]);
#[derive(Clone, Default, PartialEq)]
pub struct CreateBackupOutput {
    /// Contains the details of the backup created for the table.
    pub backup_details: Option<BackupDetails>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateBackupOutput, CREATE_BACKUP_OUTPUT, [backup_details], meta = response_metadata
);
/// Represents a new global secondary index to be added to an existing table.
#[derive(Clone, Default, PartialEq)]
pub struct CreateGlobalSecondaryIndexAction {
    /// The name of the global secondary index to be created.
    pub index_name: String,
    /// The key schema for the global secondary index. Global secondary index supports up to 4 partition and up to 4 sort keys.
    pub key_schema: Vec<KeySchemaElement>,
    /// Represents attributes that are copied (projected) from the table into an index. These are in addition to the primary key attributes and index key attributes, which are automatically projected.
    pub projection: Projection,
    /// Represents the provisioned throughput settings for the specified global secondary index.
    ///
    /// For current minimum and maximum provisioned throughput values, see [Service, Account, and Table Quotas](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Limits.html) in the *Amazon DynamoDB Developer Guide*.
    pub provisioned_throughput: Option<ProvisionedThroughput>,
    /// The maximum number of read and write units for the global secondary index being created. If you use this parameter, you must specify `MaxReadRequestUnits`, `MaxWriteRequestUnits`, or both. You must use either `OnDemand Throughput` or `ProvisionedThroughput` based on your table's capacity mode.
    pub on_demand_throughput: Option<OnDemandThroughput>,
    /// Represents the warm throughput value (in read units per second and write units per second) when creating a secondary index.
    pub warm_throughput: Option<WarmThroughput>,
}
rt::structure!(
    CreateGlobalSecondaryIndexAction, CREATE_GLOBAL_SECONDARY_INDEX_ACTION, [index_name,
    key_schema, projection, provisioned_throughput, on_demand_throughput,
    warm_throughput]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateGlobalTableInput {
    /// The global table name.
    pub global_table_name: String,
    /// The Regions where the global table needs to be created.
    pub replication_group: Vec<Replica>,
}
rt::structure!(
    CreateGlobalTableInput, CREATE_GLOBAL_TABLE_INPUT, [global_table_name,
    replication_group]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateGlobalTableOutput {
    /// Contains the details of the global table.
    pub global_table_description: Option<GlobalTableDescription>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateGlobalTableOutput, CREATE_GLOBAL_TABLE_OUTPUT, [global_table_description], meta
    = response_metadata
);
/// Specifies the action to add a new witness Region to a MRSC global table. A MRSC global table can be configured with either three replicas, or with two replicas and one witness.
#[derive(Clone, Default, PartialEq)]
pub struct CreateGlobalTableWitnessGroupMemberAction {
    /// The Amazon Web Services Region name to be added as a witness Region for the MRSC global table. The witness must be in a different Region than the replicas and within the same Region set:
    ///
    /// - US Region set: US East (N. Virginia), US East (Ohio), US West (Oregon)
    ///
    /// - EU Region set: Europe (Ireland), Europe (London), Europe (Paris), Europe (Frankfurt)
    ///
    /// - AP Region set: Asia Pacific (Tokyo), Asia Pacific (Seoul), Asia Pacific (Osaka)
    pub region_name: String,
}
rt::structure!(
    CreateGlobalTableWitnessGroupMemberAction,
    CREATE_GLOBAL_TABLE_WITNESS_GROUP_MEMBER_ACTION, [region_name]
);
/// Represents a replica to be added.
#[derive(Clone, Default, PartialEq)]
pub struct CreateReplicaAction {
    /// The Region of the replica to be added.
    pub region_name: String,
}
rt::structure!(CreateReplicaAction, CREATE_REPLICA_ACTION, [region_name]);
/// Represents a replica to be created.
#[derive(Clone, Default, PartialEq)]
pub struct CreateReplicationGroupMemberAction {
    /// The Region where the new replica will be created.
    pub region_name: String,
    /// The KMS key that should be used for KMS encryption in the new replica. To specify a key, use its key ID, Amazon Resource Name (ARN), alias name, or alias ARN. Note that you should only provide this parameter if the key is different from the default DynamoDB KMS key `alias/aws/dynamodb`.
    pub kms_master_key_id: Option<String>,
    /// Replica-specific provisioned throughput. If not specified, uses the source table's provisioned throughput settings.
    pub provisioned_throughput_override: Option<ProvisionedThroughputOverride>,
    /// The maximum on-demand throughput settings for the specified replica table being created. You can only modify `MaxReadRequestUnits`, because you can't modify `MaxWriteRequestUnits` for individual replica tables.
    pub on_demand_throughput_override: Option<OnDemandThroughputOverride>,
    /// Replica-specific global secondary index settings.
    pub global_secondary_indexes: Option<Vec<ReplicaGlobalSecondaryIndex>>,
    /// Replica-specific table class. If not specified, uses the source table's table class.
    pub table_class_override: Option<TableClass>,
}
rt::structure!(
    CreateReplicationGroupMemberAction, CREATE_REPLICATION_GROUP_MEMBER_ACTION,
    [region_name, kms_master_key_id, provisioned_throughput_override,
    on_demand_throughput_override, global_secondary_indexes, table_class_override]
);
/// Represents the input of a `CreateTable` operation.
#[derive(Clone, Default, PartialEq)]
pub struct CreateTableInput {
    /// An array of attributes that describe the key schema for the table and indexes.
    pub attribute_definitions: Option<Vec<AttributeDefinition>>,
    /// The name of the table to create. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
    /// Specifies the attributes that make up the primary key for a table or an index. The attributes in `KeySchema` must also be defined in the `AttributeDefinitions` array. For more information, see [Data Model](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DataModel.html) in the *Amazon DynamoDB Developer Guide*.
    ///
    /// Each `KeySchemaElement` in the array is composed of:
    ///
    /// - `AttributeName` - The name of this key attribute.
    ///
    /// - `KeyType` - The role that the key attribute will assume:
    ///
    ///   - `HASH` - partition key
    ///
    ///   - `RANGE` - sort key
    ///
    /// The partition key of an item is also known as its *hash attribute*. The term "hash attribute" derives from the DynamoDB usage of an internal hash function to evenly distribute data items across partitions, based on their partition key values.
    ///
    /// The sort key of an item is also known as its *range attribute*. The term "range attribute" derives from the way DynamoDB stores items with the same partition key physically close together, in sorted order by the sort key value.
    ///
    /// For a simple primary key (partition key), you must provide exactly one element with a `KeyType` of `HASH`.
    ///
    /// For a composite primary key (partition key and sort key), you must provide exactly two elements, in this order: The first element must have a `KeyType` of `HASH`, and the second element must have a `KeyType` of `RANGE`.
    ///
    /// For more information, see [Working with Tables](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithTables.html#WorkingWithTables.primary.key) in the *Amazon DynamoDB Developer Guide*.
    pub key_schema: Option<Vec<KeySchemaElement>>,
    /// One or more local secondary indexes (the maximum is 5) to be created on the table. Each index is scoped to a given partition key value. There is a 10 GB size limit per partition key value; otherwise, the size of a local secondary index is unconstrained.
    ///
    /// Each local secondary index in the array includes the following:
    ///
    /// - `IndexName` - The name of the local secondary index. Must be unique only for this table.
    ///
    /// - `KeySchema` - Specifies the key schema for the local secondary index. The key schema must begin with the same partition key as the table.
    ///
    /// - `Projection` - Specifies attributes that are copied (projected) from the table into the index. These are in addition to the primary key attributes and index key attributes, which are automatically projected. Each attribute specification is composed of:
    ///
    ///   - `ProjectionType` - One of the following:
    ///
    ///   - `KEYS\_ONLY` - Only the index and primary keys are projected into the index.
    ///
    ///   - `INCLUDE` - Only the specified table attributes are projected into the index. The list of projected attributes is in `NonKeyAttributes`.
    ///
    ///   - `ALL` - All of the table attributes are projected into the index.
    ///
    ///   - `NonKeyAttributes` - A list of one or more non-key attribute names that are projected into the secondary index. The total count of attributes provided in `NonKeyAttributes`, summed across all of the secondary indexes, must not exceed 100. If you project the same attribute into two different indexes, this counts as two distinct attributes when determining the total. This limit only applies when you specify the ProjectionType of `INCLUDE`. You still can specify the ProjectionType of `ALL` to project all attributes from the source table, even if the table has more than 100 attributes.
    pub local_secondary_indexes: Option<Vec<LocalSecondaryIndex>>,
    /// One or more global secondary indexes (the maximum is 20) to be created on the table. Each global secondary index in the array includes the following:
    ///
    /// - `IndexName` - The name of the global secondary index. Must be unique only for this table.
    ///
    /// - `KeySchema` - Specifies the key schema for the global secondary index. Each global secondary index supports up to 4 partition keys and up to 4 sort keys.
    ///
    /// - `Projection` - Specifies attributes that are copied (projected) from the table into the index. These are in addition to the primary key attributes and index key attributes, which are automatically projected. Each attribute specification is composed of:
    ///
    ///   - `ProjectionType` - One of the following:
    ///
    ///   - `KEYS\_ONLY` - Only the index and primary keys are projected into the index.
    ///
    ///   - `INCLUDE` - Only the specified table attributes are projected into the index. The list of projected attributes is in `NonKeyAttributes`.
    ///
    ///   - `ALL` - All of the table attributes are projected into the index.
    ///
    ///   - `NonKeyAttributes` - A list of one or more non-key attribute names that are projected into the secondary index. The total count of attributes provided in `NonKeyAttributes`, summed across all of the secondary indexes, must not exceed 100. If you project the same attribute into two different indexes, this counts as two distinct attributes when determining the total. This limit only applies when you specify the ProjectionType of `INCLUDE`. You still can specify the ProjectionType of `ALL` to project all attributes from the source table, even if the table has more than 100 attributes.
    ///
    /// - `ProvisionedThroughput` - The provisioned throughput settings for the global secondary index, consisting of read and write capacity units.
    pub global_secondary_indexes: Option<Vec<GlobalSecondaryIndex>>,
    /// Controls how you are charged for read and write throughput and how you manage capacity. This setting can be changed later.
    ///
    /// - `PAY\_PER\_REQUEST` - We recommend using `PAY\_PER\_REQUEST` for most DynamoDB workloads. `PAY\_PER\_REQUEST` sets the billing mode to [On-demand capacity mode](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/on-demand-capacity-mode.html).
    ///
    /// - `PROVISIONED` - We recommend using `PROVISIONED` for steady workloads with predictable growth where capacity requirements can be reliably forecasted. `PROVISIONED` sets the billing mode to [Provisioned capacity mode](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/provisioned-capacity-mode.html).
    pub billing_mode: Option<BillingMode>,
    /// Represents the provisioned throughput settings for a specified table or index. The settings can be modified using the `UpdateTable` operation.
    ///
    /// If you set BillingMode as `PROVISIONED`, you must specify this property. If you set BillingMode as `PAY\_PER\_REQUEST`, you cannot specify this property.
    ///
    /// For current minimum and maximum provisioned throughput values, see [Service, Account, and Table Quotas](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Limits.html) in the *Amazon DynamoDB Developer Guide*.
    pub provisioned_throughput: Option<ProvisionedThroughput>,
    /// The settings for DynamoDB Streams on the table. These settings consist of:
    ///
    /// - `StreamEnabled` - Indicates whether DynamoDB Streams is to be enabled (true) or disabled (false).
    ///
    /// - `StreamViewType` - When an item in the table is modified, `StreamViewType` determines what information is written to the table's stream. Valid values for `StreamViewType` are:
    ///
    ///   - `KEYS\_ONLY` - Only the key attributes of the modified item are written to the stream.
    ///
    ///   - `NEW\_IMAGE` - The entire item, as it appears after it was modified, is written to the stream.
    ///
    ///   - `OLD\_IMAGE` - The entire item, as it appeared before it was modified, is written to the stream.
    ///
    ///   - `NEW\_AND\_OLD\_IMAGES` - Both the new and the old item images of the item are written to the stream.
    pub stream_specification: Option<StreamSpecification>,
    /// Represents the settings used to enable server-side encryption.
    pub sse_specification: Option<SseSpecification>,
    /// A list of key-value pairs to label the table. For more information, see [Tagging for DynamoDB](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Tagging.html).
    pub tags: Option<Vec<Tag>>,
    /// The table class of the new table. Valid values are `STANDARD` and `STANDARD\_INFREQUENT\_ACCESS`.
    pub table_class: Option<TableClass>,
    /// Indicates whether deletion protection is to be enabled (true) or disabled (false) on the table.
    pub deletion_protection_enabled: Option<bool>,
    /// Represents the warm throughput (in read units per second and write units per second) for creating a table.
    pub warm_throughput: Option<WarmThroughput>,
    /// An Amazon Web Services resource-based policy document in JSON format that will be attached to the table.
    ///
    /// When you attach a resource-based policy while creating a table, the policy application is *strongly consistent*.
    ///
    /// The maximum size supported for a resource-based policy document is 20 KB. DynamoDB counts whitespaces when calculating the size of a policy against this limit. For a full list of all considerations that apply for resource-based policies, see [Resource-based policy considerations](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/rbac-considerations.html).
    ///
    /// You need to specify the `CreateTable` and `PutResourcePolicy` IAM actions for authorizing a user to create a table with a resource-based policy.
    pub resource_policy: Option<String>,
    /// Sets the maximum number of read and write units for the specified table in on-demand capacity mode. If you use this parameter, you must specify `MaxReadRequestUnits`, `MaxWriteRequestUnits`, or both.
    pub on_demand_throughput: Option<OnDemandThroughput>,
    /// The Amazon Resource Name (ARN) of the source table used for the creation of a multi-account global table.
    pub global_table_source_arn: Option<String>,
    /// Controls the settings synchronization mode for the global table. For multi-account global tables, this parameter is required and the only supported value is ENABLED. For same-account global tables, this parameter is set to ENABLED\_WITH\_OVERRIDES.
    pub global_table_settings_replication_mode: Option<
        GlobalTableSettingsReplicationMode,
    >,
    /// One or more vector indexes to be created on the table. Each vector index enables similarity search on a vector attribute. Each element in the list consists of:
    ///
    /// - `IndexName` - The name of the vector index. Must be unique within the table.
    ///
    /// - `VectorAttribute` - The attribute that contains vector embeddings. If multiple vector indexes reference the same attribute, they must all use the same number of dimensions.
    ///
    /// - `Dimensions` - The number of dimensions in each vector.
    ///
    /// - `DistanceFunction` - The distance function used to calculate similarity. Valid values: `COSINE`, `EUCLIDEAN`, `DOT\_PRODUCT`.
    ///
    /// - `Projection` - Specifies attributes that are copied (projected) from the table into the vector index. The total number of projected non-key attributes is shared across the vector attribute (counts as 1) and `INLINE\_FILTER` search schema elements (each counts as 1). `HASH` search schema elements do not count toward this limit.
    ///
    /// - `SearchSchema` - (Optional) Defines the partition key (`HASH`) and inline filter (`INLINE\_FILTER`) attributes for the vector index.
    pub vector_indexes: Option<Vec<VectorIndex>>,
}
rt::structure!(
    CreateTableInput, CREATE_TABLE_INPUT, [attribute_definitions, table_name, key_schema,
    local_secondary_indexes, global_secondary_indexes, billing_mode,
    provisioned_throughput, stream_specification, sse_specification, tags, table_class,
    deletion_protection_enabled, warm_throughput, resource_policy, on_demand_throughput,
    global_table_source_arn, global_table_settings_replication_mode, vector_indexes]
);
/// Represents the output of a `CreateTable` operation.
#[derive(Clone, Default, PartialEq)]
pub struct CreateTableOutput {
    /// Represents the properties of the table.
    pub table_description: Option<TableDescription>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateTableOutput, CREATE_TABLE_OUTPUT, [table_description], meta = response_metadata
);
/// A new vector index to be added to a table.
#[derive(Clone, Default, PartialEq)]
pub struct CreateVectorIndexAction {
    /// The name of the vector index. Must be unique within the table.
    pub index_name: String,
    /// The attribute that contains vector embeddings. If multiple vector indexes reference the same attribute, they must all use the same number of dimensions.
    pub vector_attribute: VectorAttributeDefinition,
    /// The partition key and inline filter attribute definitions for the vector index.
    pub search_schema: Option<Vec<SearchSchemaElement>>,
    /// Specifies attributes that are copied (projected) from the table into the vector index.
    pub projection: Projection,
    /// The number of dimensions in each vector.
    pub dimensions: i64,
    /// The distance function used to calculate similarity. Valid values: `COSINE`, `EUCLIDEAN`, `DOT\_PRODUCT`.
    pub distance_function: VectorDistanceFunction,
}
rt::structure!(
    CreateVectorIndexAction, CREATE_VECTOR_INDEX_ACTION, [index_name, vector_attribute,
    search_schema, projection, dimensions, distance_function]
);
/// Processing options for the CSV file being imported.
#[derive(Clone, Default, PartialEq)]
pub struct CsvOptions {
    /// The delimiter used for separating items in the CSV file being imported.
    pub delimiter: Option<String>,
    /// List of the headers used to specify a common header for all source CSV files being imported. If this field is specified then the first line of each CSV file is treated as data instead of the header. If this field is not specified the the first line of each CSV file is treated as the header.
    pub header_list: Option<Vec<String>>,
}
rt::structure!(CsvOptions, CSV_OPTIONS, [delimiter, header_list]);
/// Represents a request to perform a `DeleteItem` operation.
#[derive(Clone, Default, PartialEq)]
pub struct Delete {
    /// The primary key of the item to be deleted. Each element consists of an attribute name and a value for that attribute.
    pub key: rt::IndexMap<String, AttributeValue>,
    /// Name of the table in which the item to be deleted resides. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
    /// A condition that must be satisfied in order for a conditional delete to succeed.
    pub condition_expression: Option<String>,
    /// One or more substitution tokens for attribute names in an expression.
    pub expression_attribute_names: Option<rt::IndexMap<String, String>>,
    /// One or more values that can be substituted in an expression.
    pub expression_attribute_values: Option<rt::IndexMap<String, AttributeValue>>,
    /// Use `ReturnValuesOnConditionCheckFailure` to get the item attributes if the `Delete` condition fails. For `ReturnValuesOnConditionCheckFailure`, the valid values are: NONE and ALL\_OLD.
    pub return_values_on_condition_check_failure: Option<
        ReturnValuesOnConditionCheckFailure,
    >,
}
rt::structure!(
    Delete, DELETE, [key, table_name, condition_expression, expression_attribute_names,
    expression_attribute_values, return_values_on_condition_check_failure]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteBackupInput {
    /// The ARN associated with the backup.
    pub backup_arn: String,
}
rt::structure!(DeleteBackupInput, DELETE_BACKUP_INPUT, [backup_arn]);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteBackupOutput {
    /// Contains the description of the backup created for the table.
    pub backup_description: Option<BackupDescription>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DeleteBackupOutput, DELETE_BACKUP_OUTPUT, [backup_description], meta =
    response_metadata
);
/// Represents a global secondary index to be deleted from an existing table.
#[derive(Clone, Default, PartialEq)]
pub struct DeleteGlobalSecondaryIndexAction {
    /// The name of the global secondary index to be deleted.
    pub index_name: String,
}
rt::structure!(
    DeleteGlobalSecondaryIndexAction, DELETE_GLOBAL_SECONDARY_INDEX_ACTION, [index_name]
);
/// Specifies the action to remove a witness Region from a MRSC global table. You cannot delete a single witness from a MRSC global table - you must delete both a replica and the witness together. The deletion of both a witness and replica converts the remaining replica to a single-Region DynamoDB table.
#[derive(Clone, Default, PartialEq)]
pub struct DeleteGlobalTableWitnessGroupMemberAction {
    /// The witness Region name to be removed from the MRSC global table.
    pub region_name: String,
}
rt::structure!(
    DeleteGlobalTableWitnessGroupMemberAction,
    DELETE_GLOBAL_TABLE_WITNESS_GROUP_MEMBER_ACTION, [region_name]
);
/// Represents the input of a `DeleteItem` operation.
#[derive(Clone, Default, PartialEq)]
pub struct DeleteItemInput {
    /// The name of the table from which to delete the item. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
    /// A map of attribute names to `AttributeValue` objects, representing the primary key of the item to delete.
    ///
    /// For the primary key, you must provide all of the key attributes. For example, with a simple primary key, you only need to provide a value for the partition key. For a composite primary key, you must provide values for both the partition key and the sort key.
    pub key: rt::IndexMap<String, AttributeValue>,
    /// This is a legacy parameter. Use `ConditionExpression` instead. For more information, see [Expected](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.Expected.html) in the *Amazon DynamoDB Developer Guide*.
    pub expected: Option<rt::IndexMap<String, ExpectedAttributeValue>>,
    /// This is a legacy parameter. Use `ConditionExpression` instead. For more information, see [ConditionalOperator](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.ConditionalOperator.html) in the *Amazon DynamoDB Developer Guide*.
    pub conditional_operator: Option<ConditionalOperator>,
    /// Use `ReturnValues` if you want to get the item attributes as they appeared before they were deleted. For `DeleteItem`, the valid values are:
    ///
    /// - `NONE` - If `ReturnValues` is not specified, or if its value is `NONE`, then nothing is returned. (This setting is the default for `ReturnValues`.)
    ///
    /// - `ALL\_OLD` - The content of the old item is returned.
    ///
    /// There is no additional cost associated with requesting a return value aside from the small network and processing overhead of receiving a larger response. No read capacity units are consumed.
    ///
    /// The `ReturnValues` parameter is used by several DynamoDB operations; however, `DeleteItem` does not recognize any values other than `NONE` or `ALL\_OLD`.
    pub return_values: Option<ReturnValue>,
    /// Determines the level of detail about either provisioned or on-demand throughput consumption that is returned in the response:
    ///
    /// - `INDEXES` - The response includes the aggregate `ConsumedCapacity` for the operation, together with `ConsumedCapacity` for each table and secondary index that was accessed.
    ///
    /// Note that some operations, such as `GetItem` and `BatchGetItem`, do not access any indexes at all. In these cases, specifying `INDEXES` will only return `ConsumedCapacity` information for table(s).
    ///
    /// - `TOTAL` - The response includes only the aggregate `ConsumedCapacity` for the operation.
    ///
    /// - `NONE` - No `ConsumedCapacity` details are included in the response.
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
    /// Determines whether item collection metrics are returned. If set to `SIZE`, the response includes statistics about item collections, if any, that were modified during the operation are returned in the response. If set to `NONE` (the default), no statistics are returned.
    pub return_item_collection_metrics: Option<ReturnItemCollectionMetrics>,
    /// A condition that must be satisfied in order for a conditional `DeleteItem` to succeed.
    ///
    /// An expression can contain any of the following:
    ///
    /// - Functions: `attribute\_exists \| attribute\_not\_exists \| attribute\_type \| contains \| begins\_with \| size`
    ///
    /// These function names are case-sensitive.
    ///
    /// - Comparison operators: `= \| \<\> \| \< \| \> \| \<= \| \>= \| BETWEEN \| IN `
    ///
    /// - Logical operators: `AND \| OR \| NOT`
    ///
    /// For more information about condition expressions, see [Condition Expressions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.SpecifyingConditions.html) in the *Amazon DynamoDB Developer Guide*.
    pub condition_expression: Option<String>,
    /// One or more substitution tokens for attribute names in an expression. The following are some use cases for using `ExpressionAttributeNames`:
    ///
    /// - To access an attribute whose name conflicts with a DynamoDB reserved word.
    ///
    /// - To create a placeholder for repeating occurrences of an attribute name in an expression.
    ///
    /// - To prevent special characters in an attribute name from being misinterpreted in an expression.
    ///
    /// Use the **\#** character in an expression to dereference an attribute name. For example, consider the following attribute name:
    ///
    /// - `Percentile`
    ///
    /// The name of this attribute conflicts with a reserved word, so it cannot be used directly in an expression. (For the complete list of reserved words, see [Reserved Words](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ReservedWords.html) in the *Amazon DynamoDB Developer Guide*). To work around this, you could specify the following for `ExpressionAttributeNames`:
    ///
    /// - `{"\#P":"Percentile"}`
    ///
    /// You could then use this substitution in an expression, as in this example:
    ///
    /// - `\#P = :val`
    ///
    /// Tokens that begin with the **:** character are *expression attribute values*, which are placeholders for the actual value at runtime.
    ///
    /// For more information on expression attribute names, see [Specifying Item Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.AccessingItemAttributes.html) in the *Amazon DynamoDB Developer Guide*.
    pub expression_attribute_names: Option<rt::IndexMap<String, String>>,
    /// One or more values that can be substituted in an expression.
    ///
    /// Use the **:** (colon) character in an expression to dereference an attribute value. For example, suppose that you wanted to check whether the value of the *ProductStatus* attribute was one of the following:
    ///
    /// `Available \| Backordered \| Discontinued`
    ///
    /// You would first need to specify `ExpressionAttributeValues` as follows:
    ///
    /// `{ ":avail":{"S":"Available"}, ":back":{"S":"Backordered"}, ":disc":{"S":"Discontinued"} }`
    ///
    /// You could then use these values in an expression, such as this:
    ///
    /// `ProductStatus IN (:avail, :back, :disc)`
    ///
    /// For more information on expression attribute values, see [Condition Expressions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.SpecifyingConditions.html) in the *Amazon DynamoDB Developer Guide*.
    pub expression_attribute_values: Option<rt::IndexMap<String, AttributeValue>>,
    /// An optional parameter that returns the item attributes for a `DeleteItem` operation that failed a condition check.
    ///
    /// There is no additional cost associated with requesting a return value aside from the small network and processing overhead of receiving a larger response. No read capacity units are consumed.
    pub return_values_on_condition_check_failure: Option<
        ReturnValuesOnConditionCheckFailure,
    >,
}
rt::structure!(
    DeleteItemInput, DELETE_ITEM_INPUT, [table_name, key, expected, conditional_operator,
    return_values, return_consumed_capacity, return_item_collection_metrics,
    condition_expression, expression_attribute_names, expression_attribute_values,
    return_values_on_condition_check_failure]
);
/// Represents the output of a `DeleteItem` operation.
#[derive(Clone, Default, PartialEq)]
pub struct DeleteItemOutput {
    /// A map of attribute names to `AttributeValue` objects, representing the item as it appeared before the `DeleteItem` operation. This map appears in the response only if `ReturnValues` was specified as `ALL\_OLD` in the request.
    pub attributes: Option<rt::IndexMap<String, AttributeValue>>,
    /// The capacity units consumed by the `DeleteItem` operation. The data returned includes the total provisioned throughput consumed, along with statistics for the table and any indexes involved in the operation. `ConsumedCapacity` is only returned if the `ReturnConsumedCapacity` parameter was specified. For more information, see [Provisioned capacity mode](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/provisioned-capacity-mode.html) in the *Amazon DynamoDB Developer Guide*.
    ///
    /// If the table has vector indexes, the response includes a `VectorIndexes` field with `VectorWriteRequestBytes` consumed for each affected vector index.
    pub consumed_capacity: Option<ConsumedCapacity>,
    /// Information about item collections, if any, that were affected by the `DeleteItem` operation. `ItemCollectionMetrics` is only returned if the `ReturnItemCollectionMetrics` parameter was specified. If the table does not have any local secondary indexes, this information is not returned in the response.
    ///
    /// Each `ItemCollectionMetrics` element consists of:
    ///
    /// - `ItemCollectionKey` - The partition key value of the item collection. This is the same as the partition key value of the item itself.
    ///
    /// - `SizeEstimateRangeGB` - An estimate of item collection size, in gigabytes. This value is a two-element array containing a lower bound and an upper bound for the estimate. The estimate includes the size of all the items in the table, plus the size of all attributes projected into all of the local secondary indexes on that table. Use this estimate to measure whether a local secondary index is approaching its size limit.
    ///
    /// The estimate is subject to change over time; therefore, do not rely on the precision or accuracy of the estimate.
    pub item_collection_metrics: Option<ItemCollectionMetrics>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DeleteItemOutput, DELETE_ITEM_OUTPUT, [attributes, consumed_capacity,
    item_collection_metrics], meta = response_metadata
);
/// Represents a replica to be removed.
#[derive(Clone, Default, PartialEq)]
pub struct DeleteReplicaAction {
    /// The Region of the replica to be removed.
    pub region_name: String,
}
rt::structure!(DeleteReplicaAction, DELETE_REPLICA_ACTION, [region_name]);
/// Represents a replica to be deleted.
#[derive(Clone, Default, PartialEq)]
pub struct DeleteReplicationGroupMemberAction {
    /// The Region where the replica exists.
    pub region_name: String,
}
rt::structure!(
    DeleteReplicationGroupMemberAction, DELETE_REPLICATION_GROUP_MEMBER_ACTION,
    [region_name]
);
/// Represents a request to perform a `DeleteItem` operation on an item.
#[derive(Clone, Default, PartialEq)]
pub struct DeleteRequest {
    /// A map of attribute name to attribute values, representing the primary key of the item to delete. All of the table's primary key attributes must be specified, and their data types must match those of the table's key schema.
    pub key: rt::IndexMap<String, AttributeValue>,
}
rt::structure!(DeleteRequest, DELETE_REQUEST, [key]);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteResourcePolicyInput {
    /// The Amazon Resource Name (ARN) of the DynamoDB resource from which the policy will be removed. The resources you can specify include tables and streams. If you remove the policy of a table, it will also remove the permissions for the table's indexes defined in that policy document. This is because index permissions are defined in the table's policy.
    pub resource_arn: String,
    /// A string value that you can use to conditionally delete your policy. When you provide an expected revision ID, if the revision ID of the existing policy on the resource doesn't match or if there's no policy attached to the resource, the request will fail and return a `PolicyNotFoundException`.
    pub expected_revision_id: Option<String>,
}
rt::structure!(
    DeleteResourcePolicyInput, DELETE_RESOURCE_POLICY_INPUT, [resource_arn,
    expected_revision_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteResourcePolicyOutput {
    /// A unique string that represents the revision ID of the policy. If you're comparing revision IDs, make sure to always use string comparison logic.
    ///
    /// This value will be empty if you make a request against a resource without a policy.
    pub revision_id: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DeleteResourcePolicyOutput, DELETE_RESOURCE_POLICY_OUTPUT, [revision_id], meta =
    response_metadata
);
/// Represents the input of a `DeleteTable` operation.
#[derive(Clone, Default, PartialEq)]
pub struct DeleteTableInput {
    /// The name of the table to delete. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
}
rt::structure!(DeleteTableInput, DELETE_TABLE_INPUT, [table_name]);
/// Represents the output of a `DeleteTable` operation.
#[derive(Clone, Default, PartialEq)]
pub struct DeleteTableOutput {
    /// Represents the properties of a table.
    pub table_description: Option<TableDescription>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DeleteTableOutput, DELETE_TABLE_OUTPUT, [table_description], meta = response_metadata
);
/// A vector index to be removed from a table.
#[derive(Clone, Default, PartialEq)]
pub struct DeleteVectorIndexAction {
    /// The name of the vector index to delete.
    pub index_name: String,
}
rt::structure!(DeleteVectorIndexAction, DELETE_VECTOR_INDEX_ACTION, [index_name]);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeBackupInput {
    /// The Amazon Resource Name (ARN) associated with the backup.
    pub backup_arn: String,
}
rt::structure!(DescribeBackupInput, DESCRIBE_BACKUP_INPUT, [backup_arn]);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeBackupOutput {
    /// Contains the description of the backup created for the table.
    pub backup_description: Option<BackupDescription>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeBackupOutput, DESCRIBE_BACKUP_OUTPUT, [backup_description], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeBulkOperationInput {
    /// The Amazon Resource Name (ARN) of the bulk operation to describe.
    pub bulk_operation_arn: String,
}
rt::structure!(
    DescribeBulkOperationInput, DESCRIBE_BULK_OPERATION_INPUT, [bulk_operation_arn]
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeBulkOperationOutput {
    /// Contains detailed information about the bulk operation.
    pub bulk_operation_description: BulkOperationDescription,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeBulkOperationOutput, DESCRIBE_BULK_OPERATION_OUTPUT,
    [bulk_operation_description], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeContinuousBackupsInput {
    /// Name of the table for which the customer wants to check the continuous backups and point in time recovery settings.
    ///
    /// You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
}
rt::structure!(
    DescribeContinuousBackupsInput, DESCRIBE_CONTINUOUS_BACKUPS_INPUT, [table_name]
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeContinuousBackupsOutput {
    /// Represents the continuous backups and point in time recovery settings on the table.
    pub continuous_backups_description: Option<ContinuousBackupsDescription>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeContinuousBackupsOutput, DESCRIBE_CONTINUOUS_BACKUPS_OUTPUT,
    [continuous_backups_description], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeContributorInsightsInput {
    /// The name of the table to describe. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
    /// The name of the global secondary index to describe, if applicable.
    pub index_name: Option<String>,
}
rt::structure!(
    DescribeContributorInsightsInput, DESCRIBE_CONTRIBUTOR_INSIGHTS_INPUT, [table_name,
    index_name]
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeContributorInsightsOutput {
    /// The name of the table being described.
    pub table_name: Option<String>,
    /// The name of the global secondary index being described.
    pub index_name: Option<String>,
    /// List of names of the associated contributor insights rules.
    pub contributor_insights_rule_list: Option<Vec<String>>,
    /// Current status of contributor insights.
    pub contributor_insights_status: Option<ContributorInsightsStatus>,
    /// Timestamp of the last time the status was changed.
    pub last_update_date_time: Option<rt::DateTime>,
    /// Returns information about the last failure that was encountered.
    ///
    /// The most common exceptions for a FAILED status are:
    ///
    /// - LimitExceededException - Per-account Amazon CloudWatch Contributor Insights rule limit reached. Please disable Contributor Insights for other tables/indexes OR disable Contributor Insights rules before retrying.
    ///
    /// - AccessDeniedException - Amazon CloudWatch Contributor Insights rules cannot be modified due to insufficient permissions.
    ///
    /// - AccessDeniedException - Failed to create service-linked role for Contributor Insights due to insufficient permissions.
    ///
    /// - InternalServerError - Failed to create Amazon CloudWatch Contributor Insights rules. Please retry request.
    pub failure_exception: Option<FailureException>,
    /// The mode of CloudWatch Contributor Insights for DynamoDB that determines which events are emitted. Can be set to track all access and throttled events or throttled events only.
    pub contributor_insights_mode: Option<ContributorInsightsMode>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeContributorInsightsOutput, DESCRIBE_CONTRIBUTOR_INSIGHTS_OUTPUT, [table_name,
    index_name, contributor_insights_rule_list, contributor_insights_status,
    last_update_date_time, failure_exception, contributor_insights_mode], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeEndpointsInput {}
rt::structure!(DescribeEndpointsInput, DESCRIBE_ENDPOINTS_INPUT, []);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeEndpointsOutput {
    /// List of endpoints.
    pub endpoints: Vec<Endpoint>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeEndpointsOutput, DESCRIBE_ENDPOINTS_OUTPUT, [endpoints], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeExportInput {
    /// The Amazon Resource Name (ARN) associated with the export.
    pub export_arn: String,
}
rt::structure!(DescribeExportInput, DESCRIBE_EXPORT_INPUT, [export_arn]);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeExportOutput {
    /// Represents the properties of the export.
    pub export_description: Option<ExportDescription>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeExportOutput, DESCRIBE_EXPORT_OUTPUT, [export_description], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeGlobalTableInput {
    /// The name of the global table.
    pub global_table_name: String,
}
rt::structure!(
    DescribeGlobalTableInput, DESCRIBE_GLOBAL_TABLE_INPUT, [global_table_name]
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeGlobalTableOutput {
    /// Contains the details of the global table.
    pub global_table_description: Option<GlobalTableDescription>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeGlobalTableOutput, DESCRIBE_GLOBAL_TABLE_OUTPUT, [global_table_description],
    meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeGlobalTableSettingsInput {
    /// The name of the global table to describe.
    pub global_table_name: String,
}
rt::structure!(
    DescribeGlobalTableSettingsInput, DESCRIBE_GLOBAL_TABLE_SETTINGS_INPUT,
    [global_table_name]
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeGlobalTableSettingsOutput {
    /// The name of the global table.
    pub global_table_name: Option<String>,
    /// The Region-specific settings for the global table.
    pub replica_settings: Option<Vec<ReplicaSettingsDescription>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeGlobalTableSettingsOutput, DESCRIBE_GLOBAL_TABLE_SETTINGS_OUTPUT,
    [global_table_name, replica_settings], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeImportInput {
    /// The Amazon Resource Name (ARN) associated with the table you're importing to.
    pub import_arn: String,
}
rt::structure!(DescribeImportInput, DESCRIBE_IMPORT_INPUT, [import_arn]);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeImportOutput {
    /// Represents the properties of the table created for the import, and parameters of the import. The import parameters include import status, how many items were processed, and how many errors were encountered.
    pub import_table_description: ImportTableDescription,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeImportOutput, DESCRIBE_IMPORT_OUTPUT, [import_table_description], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeKinesisStreamingDestinationInput {
    /// The name of the table being described. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
}
rt::structure!(
    DescribeKinesisStreamingDestinationInput,
    DESCRIBE_KINESIS_STREAMING_DESTINATION_INPUT, [table_name]
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeKinesisStreamingDestinationOutput {
    /// The name of the table being described.
    pub table_name: Option<String>,
    /// The list of replica structures for the table being described.
    pub kinesis_data_stream_destinations: Option<Vec<KinesisDataStreamDestination>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeKinesisStreamingDestinationOutput,
    DESCRIBE_KINESIS_STREAMING_DESTINATION_OUTPUT, [table_name,
    kinesis_data_stream_destinations], meta = response_metadata
);
/// Represents the input of a `DescribeLimits` operation. Has no content.
#[derive(Clone, Default, PartialEq)]
pub struct DescribeLimitsInput {}
rt::structure!(DescribeLimitsInput, DESCRIBE_LIMITS_INPUT, []);
/// Represents the output of a `DescribeLimits` operation.
#[derive(Clone, Default, PartialEq)]
pub struct DescribeLimitsOutput {
    /// The maximum total read capacity units that your account allows you to provision across all of your tables in this Region.
    pub account_max_read_capacity_units: Option<i64>,
    /// The maximum total write capacity units that your account allows you to provision across all of your tables in this Region.
    pub account_max_write_capacity_units: Option<i64>,
    /// The maximum read capacity units that your account allows you to provision for a new table that you are creating in this Region, including the read capacity units provisioned for its global secondary indexes (GSIs).
    pub table_max_read_capacity_units: Option<i64>,
    /// The maximum write capacity units that your account allows you to provision for a new table that you are creating in this Region, including the write capacity units provisioned for its global secondary indexes (GSIs).
    pub table_max_write_capacity_units: Option<i64>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeLimitsOutput, DESCRIBE_LIMITS_OUTPUT, [account_max_read_capacity_units,
    account_max_write_capacity_units, table_max_read_capacity_units,
    table_max_write_capacity_units], meta = response_metadata
);
/// Represents the input of a `DescribeTable` operation.
#[derive(Clone, Default, PartialEq)]
pub struct DescribeTableInput {
    /// The name of the table to describe. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
}
rt::structure!(DescribeTableInput, DESCRIBE_TABLE_INPUT, [table_name]);
/// Represents the output of a `DescribeTable` operation.
#[derive(Clone, Default, PartialEq)]
pub struct DescribeTableOutput {
    /// The properties of the table.
    pub table: Option<TableDescription>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeTableOutput, DESCRIBE_TABLE_OUTPUT, [table], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeTableReplicaAutoScalingInput {
    /// The name of the table. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
}
rt::structure!(
    DescribeTableReplicaAutoScalingInput, DESCRIBE_TABLE_REPLICA_AUTO_SCALING_INPUT,
    [table_name]
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeTableReplicaAutoScalingOutput {
    /// Represents the auto scaling properties of the table.
    pub table_auto_scaling_description: Option<TableAutoScalingDescription>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeTableReplicaAutoScalingOutput, DESCRIBE_TABLE_REPLICA_AUTO_SCALING_OUTPUT,
    [table_auto_scaling_description], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeTimeToLiveInput {
    /// The name of the table to be described. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
}
rt::structure!(DescribeTimeToLiveInput, DESCRIBE_TIME_TO_LIVE_INPUT, [table_name]);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeTimeToLiveOutput {
    pub time_to_live_description: Option<TimeToLiveDescription>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeTimeToLiveOutput, DESCRIBE_TIME_TO_LIVE_OUTPUT, [time_to_live_description],
    meta = response_metadata
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DestinationStatus {
    /// `ENABLING`
    Enabling,
    /// `ACTIVE`
    Active,
    /// `DISABLING`
    Disabling,
    /// `DISABLED`
    Disabled,
    /// `ENABLE_FAILED`
    EnableFailed,
    /// `UPDATING`
    Updating,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    DestinationStatus, { Enabling => "ENABLING", Active => "ACTIVE", Disabling =>
    "DISABLING", Disabled => "DISABLED", EnableFailed => "ENABLE_FAILED", Updating =>
    "UPDATING" }
);
/// The parameters for disassociating the local replica from a global table using Version 2019.11.21 with multi-Region eventual consistency (MREC).
///
/// After disassociation completes, the replica remains a standalone regional table that keeps its data, indexes, and table settings.
///
/// For request requirements, see [UpdateTable](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateTable.html). For prerequisites, the protection update, and completion checks, see [Disassociating a global table replica](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/globaltables-disassociate.html) in the *Amazon DynamoDB Developer Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct DisassociateReplicationGroupMemberAction {
    /// The Region of the replica to disassociate. Set this value to the Region where you send the `UpdateTable` request. You must use credentials for the account that owns the replica.
    pub region_name: String,
    /// The mode for handling pending replication before disassociation completes. You must specify `WAIT\_FOR\_REPLICATION`. For more information, see [Disassociating a global table replica](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/globaltables-disassociate.html) in the *Amazon DynamoDB Developer Guide*.
    pub disassociation_mode: DisassociationMode,
}
rt::structure!(
    DisassociateReplicationGroupMemberAction,
    DISASSOCIATE_REPLICATION_GROUP_MEMBER_ACTION, [region_name, disassociation_mode]
);
/// Specifies how pending replication is handled before a replica is disassociated. `WAIT\_FOR\_REPLICATION` is the only supported value.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DisassociationMode {
    /// `WAIT_FOR_REPLICATION`
    WaitForReplication,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(DisassociationMode, { WaitForReplication => "WAIT_FOR_REPLICATION" });
/// There was an attempt to insert an item with the same primary key as an item that already exists in the DynamoDB table.
#[derive(Clone, Default, PartialEq)]
pub struct DuplicateItemException {
    pub message: Option<String>,
}
rt::structure!(DuplicateItemException, DUPLICATE_ITEM_EXCEPTION, [message]);
/// Enables setting the configuration for Kinesis Streaming.
#[derive(Clone, Default, PartialEq)]
pub struct EnableKinesisStreamingConfiguration {
    /// Toggle for the precision of Kinesis data stream timestamp. The values are either `MILLISECOND` or `MICROSECOND`.
    pub approximate_creation_date_time_precision: Option<
        ApproximateCreationDateTimePrecision,
    >,
}
rt::structure!(
    EnableKinesisStreamingConfiguration, ENABLE_KINESIS_STREAMING_CONFIGURATION,
    [approximate_creation_date_time_precision]
);
/// An endpoint information details.
#[derive(Clone, Default, PartialEq)]
pub struct Endpoint {
    /// IP address of the endpoint.
    pub address: String,
    /// Endpoint cache time to live (TTL) value.
    pub cache_period_in_minutes: i64,
}
rt::structure!(Endpoint, ENDPOINT, [address, cache_period_in_minutes]);
#[derive(Clone, Default, PartialEq)]
pub struct ExecuteStatementInput {
    /// The PartiQL statement representing the operation to run.
    pub statement: String,
    /// The parameters for the PartiQL statement, if any.
    pub parameters: Option<Vec<AttributeValue>>,
    /// The consistency of a read operation. If set to `true`, then a strongly consistent read is used; otherwise, an eventually consistent read is used.
    pub consistent_read: Option<bool>,
    /// Set this value to get remaining results, if `NextToken` was returned in the statement response.
    pub next_token: Option<String>,
    /// Determines the level of detail about either provisioned or on-demand throughput consumption that is returned in the response:
    ///
    /// - `INDEXES` - The response includes the aggregate `ConsumedCapacity` for the operation, together with `ConsumedCapacity` for each table and secondary index that was accessed.
    ///
    /// Note that some operations, such as `GetItem` and `BatchGetItem`, do not access any indexes at all. In these cases, specifying `INDEXES` will only return `ConsumedCapacity` information for table(s).
    ///
    /// - `TOTAL` - The response includes only the aggregate `ConsumedCapacity` for the operation.
    ///
    /// - `NONE` - No `ConsumedCapacity` details are included in the response.
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
    /// The maximum number of items to evaluate (not necessarily the number of matching items). If DynamoDB processes the number of items up to the limit while processing the results, it stops the operation and returns the matching values up to that point, along with a key in `LastEvaluatedKey` to apply in a subsequent operation so you can pick up where you left off. Also, if the processed dataset size exceeds 1 MB before DynamoDB reaches this limit, it stops the operation and returns the matching values up to the limit, and a key in `LastEvaluatedKey` to apply in a subsequent operation to continue the operation.
    pub limit: Option<i32>,
    /// An optional parameter that returns the item attributes for an `ExecuteStatement` operation that failed a condition check.
    ///
    /// There is no additional cost associated with requesting a return value aside from the small network and processing overhead of receiving a larger response. No read capacity units are consumed.
    pub return_values_on_condition_check_failure: Option<
        ReturnValuesOnConditionCheckFailure,
    >,
}
rt::structure!(
    ExecuteStatementInput, EXECUTE_STATEMENT_INPUT, [statement, parameters,
    consistent_read, next_token, return_consumed_capacity, limit,
    return_values_on_condition_check_failure]
);
#[derive(Clone, Default, PartialEq)]
pub struct ExecuteStatementOutput {
    /// If a read operation was used, this property will contain the result of the read operation; a map of attribute names and their values. For the write operations this value will be empty.
    pub items: Option<Vec<rt::IndexMap<String, AttributeValue>>>,
    /// If the response of a read request exceeds the response payload limit DynamoDB will set this value in the response. If set, you can use that this value in the subsequent request to get the remaining results.
    pub next_token: Option<String>,
    /// The capacity units consumed by an operation. The data returned includes the total provisioned throughput consumed, along with statistics for the table and any indexes involved in the operation. `ConsumedCapacity` is only returned if the request asked for it. For more information, see [Provisioned capacity mode](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/provisioned-capacity-mode.html) in the *Amazon DynamoDB Developer Guide*.
    pub consumed_capacity: Option<ConsumedCapacity>,
    /// The primary key of the item where the operation stopped, inclusive of the previous result set. Use this value to start a new operation, excluding this value in the new request. If `LastEvaluatedKey` is empty, then the "last page" of results has been processed and there is no more data to be retrieved. If `LastEvaluatedKey` is not empty, it does not necessarily mean that there is more data in the result set. The only way to know when you have reached the end of the result set is when `LastEvaluatedKey` is empty.
    pub last_evaluated_key: Option<rt::IndexMap<String, AttributeValue>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ExecuteStatementOutput, EXECUTE_STATEMENT_OUTPUT, [items, next_token,
    consumed_capacity, last_evaluated_key], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ExecuteTransactionInput {
    /// The list of PartiQL statements representing the transaction to run.
    pub transact_statements: Vec<ParameterizedStatement>,
    /// Set this value to get remaining results, if `NextToken` was returned in the statement response.
    pub client_request_token: Option<String>,
    /// Determines the level of detail about either provisioned or on-demand throughput consumption that is returned in the response. For more information, see [TransactGetItems](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactGetItems.html) and [TransactWriteItems](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactWriteItems.html).
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
}
rt::structure!(
    ExecuteTransactionInput, EXECUTE_TRANSACTION_INPUT, [transact_statements,
    client_request_token, return_consumed_capacity]
);
#[derive(Clone, Default, PartialEq)]
pub struct ExecuteTransactionOutput {
    /// The response to a PartiQL transaction.
    pub responses: Option<Vec<ItemResponse>>,
    /// The capacity units consumed by the entire operation. The values of the list are ordered according to the ordering of the statements.
    pub consumed_capacity: Option<Vec<ConsumedCapacity>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ExecuteTransactionOutput, EXECUTE_TRANSACTION_OUTPUT, [responses, consumed_capacity],
    meta = response_metadata
);
/// Represents a condition to be compared with an attribute value. This condition can be used with `DeleteItem`, `PutItem`, or `UpdateItem` operations; if the comparison evaluates to true, the operation succeeds; if not, the operation fails. You can use `ExpectedAttributeValue` in one of two different ways:
///
/// - Use `AttributeValueList` to specify one or more values to compare against an attribute. Use `ComparisonOperator` to specify how you want to perform the comparison. If the comparison evaluates to true, then the conditional operation succeeds.
///
/// - Use `Value` to specify a value that DynamoDB will compare against an attribute. If the values match, then `ExpectedAttributeValue` evaluates to true and the conditional operation succeeds. Optionally, you can also set `Exists` to false, indicating that you *do not* expect to find the attribute value in the table. In this case, the conditional operation succeeds only if the comparison evaluates to false.
///
/// `Value` and `Exists` are incompatible with `AttributeValueList` and `ComparisonOperator`. Note that if you use both sets of parameters at once, DynamoDB will return a `ValidationException` exception.
#[derive(Clone, Default, PartialEq)]
pub struct ExpectedAttributeValue {
    /// Represents the data for the expected attribute.
    ///
    /// Each attribute value is described as a name-value pair. The name is the data type, and the value is the data itself.
    ///
    /// For more information, see [Data Types](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.NamingRulesDataTypes.html#HowItWorks.DataTypes) in the *Amazon DynamoDB Developer Guide*.
    pub value: Option<AttributeValue>,
    /// Causes DynamoDB to evaluate the value before attempting a conditional operation:
    ///
    /// - If `Exists` is `true`, DynamoDB will check to see if that attribute value already exists in the table. If it is found, then the operation succeeds. If it is not found, the operation fails with a `ConditionCheckFailedException`.
    ///
    /// - If `Exists` is `false`, DynamoDB assumes that the attribute value does not exist in the table. If in fact the value does not exist, then the assumption is valid and the operation succeeds. If the value is found, despite the assumption that it does not exist, the operation fails with a `ConditionCheckFailedException`.
    ///
    /// The default setting for `Exists` is `true`. If you supply a `Value` all by itself, DynamoDB assumes the attribute exists: You don't have to set `Exists` to `true`, because it is implied.
    ///
    /// DynamoDB returns a `ValidationException` if:
    ///
    /// - `Exists` is `true` but there is no `Value` to check. (You expect a value to exist, but don't specify what that value is.)
    ///
    /// - `Exists` is `false` but you also provide a `Value`. (You cannot expect an attribute to have a value, while also expecting it not to exist.)
    pub exists: Option<bool>,
    /// A comparator for evaluating attributes in the `AttributeValueList`. For example, equals, greater than, less than, etc.
    ///
    /// The following comparison operators are available:
    ///
    /// `EQ \| NE \| LE \| LT \| GE \| GT \| NOT\_NULL \| NULL \| CONTAINS \| NOT\_CONTAINS \| BEGINS\_WITH \| IN \| BETWEEN`
    ///
    /// The following are descriptions of each comparison operator.
    ///
    /// - `EQ` : Equal. `EQ` is supported for all data types, including lists and maps.
    ///
    /// `AttributeValueList` can contain only one `AttributeValue` element of type String, Number, Binary, String Set, Number Set, or Binary Set. If an item contains an `AttributeValue` element of a different type than the one provided in the request, the value does not match. For example, `{"S":"6"}` does not equal `{"N":"6"}`. Also, `{"N":"6"}` does not equal `{"NS":\["6", "2", "1"\]}`.
    ///
    /// - `NE` : Not equal. `NE` is supported for all data types, including lists and maps.
    ///
    /// `AttributeValueList` can contain only one `AttributeValue` of type String, Number, Binary, String Set, Number Set, or Binary Set. If an item contains an `AttributeValue` of a different type than the one provided in the request, the value does not match. For example, `{"S":"6"}` does not equal `{"N":"6"}`. Also, `{"N":"6"}` does not equal `{"NS":\["6", "2", "1"\]}`.
    ///
    /// - `LE` : Less than or equal.
    ///
    /// `AttributeValueList` can contain only one `AttributeValue` element of type String, Number, or Binary (not a set type). If an item contains an `AttributeValue` element of a different type than the one provided in the request, the value does not match. For example, `{"S":"6"}` does not equal `{"N":"6"}`. Also, `{"N":"6"}` does not compare to `{"NS":\["6", "2", "1"\]}`.
    ///
    /// - `LT` : Less than.
    ///
    /// `AttributeValueList` can contain only one `AttributeValue` of type String, Number, or Binary (not a set type). If an item contains an `AttributeValue` element of a different type than the one provided in the request, the value does not match. For example, `{"S":"6"}` does not equal `{"N":"6"}`. Also, `{"N":"6"}` does not compare to `{"NS":\["6", "2", "1"\]}`.
    ///
    /// - `GE` : Greater than or equal.
    ///
    /// `AttributeValueList` can contain only one `AttributeValue` element of type String, Number, or Binary (not a set type). If an item contains an `AttributeValue` element of a different type than the one provided in the request, the value does not match. For example, `{"S":"6"}` does not equal `{"N":"6"}`. Also, `{"N":"6"}` does not compare to `{"NS":\["6", "2", "1"\]}`.
    ///
    /// - `GT` : Greater than.
    ///
    /// `AttributeValueList` can contain only one `AttributeValue` element of type String, Number, or Binary (not a set type). If an item contains an `AttributeValue` element of a different type than the one provided in the request, the value does not match. For example, `{"S":"6"}` does not equal `{"N":"6"}`. Also, `{"N":"6"}` does not compare to `{"NS":\["6", "2", "1"\]}`.
    ///
    /// - `NOT\_NULL` : The attribute exists. `NOT\_NULL` is supported for all data types, including lists and maps.
    ///
    /// This operator tests for the existence of an attribute, not its data type. If the data type of attribute "`a`" is null, and you evaluate it using `NOT\_NULL`, the result is a Boolean `true`. This result is because the attribute "`a`" exists; its data type is not relevant to the `NOT\_NULL` comparison operator.
    ///
    /// - `NULL` : The attribute does not exist. `NULL` is supported for all data types, including lists and maps.
    ///
    /// This operator tests for the nonexistence of an attribute, not its data type. If the data type of attribute "`a`" is null, and you evaluate it using `NULL`, the result is a Boolean `false`. This is because the attribute "`a`" exists; its data type is not relevant to the `NULL` comparison operator.
    ///
    /// - `CONTAINS` : Checks for a subsequence, or value in a set.
    ///
    /// `AttributeValueList` can contain only one `AttributeValue` element of type String, Number, or Binary (not a set type). If the target attribute of the comparison is of type String, then the operator checks for a substring match. If the target attribute of the comparison is of type Binary, then the operator looks for a subsequence of the target that matches the input. If the target attribute of the comparison is a set ("`SS`", "`NS`", or "`BS`"), then the operator evaluates to true if it finds an exact match with any member of the set.
    ///
    /// CONTAINS is supported for lists: When evaluating "`a CONTAINS b`", "`a`" can be a list; however, "`b`" cannot be a set, a map, or a list.
    ///
    /// - `NOT\_CONTAINS` : Checks for absence of a subsequence, or absence of a value in a set.
    ///
    /// `AttributeValueList` can contain only one `AttributeValue` element of type String, Number, or Binary (not a set type). If the target attribute of the comparison is a String, then the operator checks for the absence of a substring match. If the target attribute of the comparison is Binary, then the operator checks for the absence of a subsequence of the target that matches the input. If the target attribute of the comparison is a set ("`SS`", "`NS`", or "`BS`"), then the operator evaluates to true if it *does not* find an exact match with any member of the set.
    ///
    /// NOT\_CONTAINS is supported for lists: When evaluating "`a NOT CONTAINS b`", "`a`" can be a list; however, "`b`" cannot be a set, a map, or a list.
    ///
    /// - `BEGINS\_WITH` : Checks for a prefix.
    ///
    /// `AttributeValueList` can contain only one `AttributeValue` of type String or Binary (not a Number or a set type). The target attribute of the comparison must be of type String or Binary (not a Number or a set type).
    ///
    /// - `IN` : Checks for matching elements in a list.
    ///
    /// `AttributeValueList` can contain one or more `AttributeValue` elements of type String, Number, or Binary. These attributes are compared against an existing attribute of an item. If any elements of the input are equal to the item attribute, the expression evaluates to true.
    ///
    /// - `BETWEEN` : Greater than or equal to the first value, and less than or equal to the second value.
    ///
    /// `AttributeValueList` must contain two `AttributeValue` elements of the same type, either String, Number, or Binary (not a set type). A target attribute matches if the target value is greater than, or equal to, the first element and less than, or equal to, the second element. If an item contains an `AttributeValue` element of a different type than the one provided in the request, the value does not match. For example, `{"S":"6"}` does not compare to `{"N":"6"}`. Also, `{"N":"6"}` does not compare to `{"NS":\["6", "2", "1"\]}`
    pub comparison_operator: Option<ComparisonOperator>,
    /// One or more values to evaluate against the supplied attribute. The number of values in the list depends on the `ComparisonOperator` being used.
    ///
    /// For type Number, value comparisons are numeric.
    ///
    /// String value comparisons for greater than, equals, or less than are based on ASCII character code values. For example, `a` is greater than `A`, and `a` is greater than `B`. For a list of code values, see [http://en.wikipedia.org/wiki/ASCII\#ASCII\_printable\_characters](http://en.wikipedia.org/wiki/ASCII#ASCII_printable_characters).
    ///
    /// For Binary, DynamoDB treats each byte of the binary data as unsigned when it compares binary values.
    ///
    /// For information on specifying data types in JSON, see [JSON Data Format](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DataFormat.html) in the *Amazon DynamoDB Developer Guide*.
    pub attribute_value_list: Option<Vec<AttributeValue>>,
}
rt::structure!(
    ExpectedAttributeValue, EXPECTED_ATTRIBUTE_VALUE, [value, exists,
    comparison_operator, attribute_value_list]
);
/// There was a conflict when writing to the specified S3 bucket.
#[derive(Clone, Default, PartialEq)]
pub struct ExportConflictException {
    pub message: Option<String>,
}
rt::structure!(ExportConflictException, EXPORT_CONFLICT_EXCEPTION, [message]);
/// Represents the properties of the exported table.
#[derive(Clone, Default, PartialEq)]
pub struct ExportDescription {
    /// The Amazon Resource Name (ARN) of the table export.
    pub export_arn: Option<String>,
    /// Export can be in one of the following states: IN\_PROGRESS, COMPLETED, or FAILED.
    pub export_status: Option<ExportStatus>,
    /// The time at which the export task began.
    pub start_time: Option<rt::DateTime>,
    /// The time at which the export task completed.
    pub end_time: Option<rt::DateTime>,
    /// The name of the manifest file for the export task.
    pub export_manifest: Option<String>,
    /// The Amazon Resource Name (ARN) of the table that was exported.
    pub table_arn: Option<String>,
    /// Unique ID of the table that was exported.
    pub table_id: Option<String>,
    /// Point in time from which table data was exported.
    pub export_time: Option<rt::DateTime>,
    /// The client token that was provided for the export task. A client token makes calls to `ExportTableToPointInTimeInput` idempotent, meaning that multiple identical calls have the same effect as one single call.
    pub client_token: Option<String>,
    /// The name of the Amazon S3 bucket containing the export.
    pub s3_bucket: Option<String>,
    /// The ID of the Amazon Web Services account that owns the bucket containing the export.
    pub s3_bucket_owner: Option<String>,
    /// The Amazon S3 bucket prefix used as the file name and path of the exported snapshot.
    pub s3_prefix: Option<String>,
    /// Type of encryption used on the bucket where export data is stored. Valid values for `S3SseAlgorithm` are:
    ///
    /// - `AES256` - server-side encryption with Amazon S3 managed keys
    ///
    /// - `KMS` - server-side encryption with KMS managed keys
    pub s3_sse_algorithm: Option<S3SseAlgorithm>,
    /// The ID of the KMS managed key used to encrypt the S3 bucket where export data is stored (if applicable).
    pub s3_sse_kms_key_id: Option<String>,
    /// Status code for the result of the failed export.
    pub failure_code: Option<String>,
    /// Export failure reason description.
    pub failure_message: Option<String>,
    /// The format of the exported data. Valid values for `ExportFormat` are `DYNAMODB\_JSON` or `ION`.
    pub export_format: Option<ExportFormat>,
    /// The billable size of the table export.
    pub billed_size_bytes: Option<i64>,
    /// The number of items exported.
    pub item_count: Option<i64>,
    /// The type of export that was performed. Valid values are `FULL\_EXPORT` or `INCREMENTAL\_EXPORT`.
    pub export_type: Option<ExportType>,
    /// Optional object containing the parameters specific to an incremental export.
    pub incremental_export_specification: Option<IncrementalExportSpecification>,
    /// The filter criteria applied to the export. When present, only items that match the specified key conditions and filter expressions are included in the export output.
    pub filter_specification: Option<FilterSpecification>,
}
rt::structure!(
    ExportDescription, EXPORT_DESCRIPTION, [export_arn, export_status, start_time,
    end_time, export_manifest, table_arn, table_id, export_time, client_token, s3_bucket,
    s3_bucket_owner, s3_prefix, s3_sse_algorithm, s3_sse_kms_key_id, failure_code,
    failure_message, export_format, billed_size_bytes, item_count, export_type,
    incremental_export_specification, filter_specification]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ExportFormat {
    /// `DYNAMODB_JSON`
    DynamodbJson,
    /// `ION`
    Ion,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(ExportFormat, { DynamodbJson => "DYNAMODB_JSON", Ion => "ION" });
/// The specified export was not found.
#[derive(Clone, Default, PartialEq)]
pub struct ExportNotFoundException {
    pub message: Option<String>,
}
rt::structure!(ExportNotFoundException, EXPORT_NOT_FOUND_EXCEPTION, [message]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ExportStatus {
    /// `IN_PROGRESS`
    InProgress,
    /// `COMPLETED`
    Completed,
    /// `FAILED`
    Failed,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ExportStatus, { InProgress => "IN_PROGRESS", Completed => "COMPLETED", Failed =>
    "FAILED" }
);
/// Summary information about an export task.
#[derive(Clone, Default, PartialEq)]
pub struct ExportSummary {
    /// The Amazon Resource Name (ARN) of the export.
    pub export_arn: Option<String>,
    /// Export can be in one of the following states: IN\_PROGRESS, COMPLETED, or FAILED.
    pub export_status: Option<ExportStatus>,
    /// The type of export that was performed. Valid values are `FULL\_EXPORT` or `INCREMENTAL\_EXPORT`.
    pub export_type: Option<ExportType>,
}
rt::structure!(ExportSummary, EXPORT_SUMMARY, [export_arn, export_status, export_type]);
#[derive(Clone, Default, PartialEq)]
pub struct ExportTableToPointInTimeInput {
    /// The Amazon Resource Name (ARN) associated with the table to export.
    pub table_arn: String,
    /// Time in the past from which to export table data, counted in seconds from the start of the Unix epoch. The table export will be a snapshot of the table's state at this point in time.
    pub export_time: Option<rt::DateTime>,
    /// Providing a `ClientToken` makes the call to `ExportTableToPointInTimeInput` idempotent, meaning that multiple identical calls have the same effect as one single call.
    ///
    /// A client token is valid for 8 hours after the first request that uses it is completed. After 8 hours, any request with the same client token is treated as a new request. Do not resubmit the same request with the same client token for more than 8 hours, or the result might not be idempotent.
    ///
    /// If you submit a request with the same client token but a change in other parameters within the 8-hour idempotency window, DynamoDB returns an `ExportConflictException`.
    pub client_token: Option<String>,
    /// The name of the Amazon S3 bucket to export the snapshot to.
    pub s3_bucket: String,
    /// The ID of the Amazon Web Services account that owns the bucket the export will be stored in.
    ///
    /// S3BucketOwner is a required parameter when exporting to a S3 bucket in another account.
    pub s3_bucket_owner: Option<String>,
    /// The Amazon S3 bucket prefix to use as the file name and path of the exported snapshot.
    pub s3_prefix: Option<String>,
    /// Type of encryption used on the bucket where export data will be stored. Valid values for `S3SseAlgorithm` are:
    ///
    /// - `AES256` - server-side encryption with Amazon S3 managed keys
    ///
    /// - `KMS` - server-side encryption with KMS managed keys
    pub s3_sse_algorithm: Option<S3SseAlgorithm>,
    /// The ID of the KMS managed key used to encrypt the S3 bucket where export data will be stored (if applicable).
    pub s3_sse_kms_key_id: Option<String>,
    /// The format for the exported data. Valid values for `ExportFormat` are `DYNAMODB\_JSON` or `ION`.
    pub export_format: Option<ExportFormat>,
    /// Choice of whether to execute as a full export or incremental export. Valid values are FULL\_EXPORT or INCREMENTAL\_EXPORT. The default value is FULL\_EXPORT. If INCREMENTAL\_EXPORT is provided, the IncrementalExportSpecification must also be used.
    pub export_type: Option<ExportType>,
    /// Optional object containing the parameters specific to an incremental export.
    pub incremental_export_specification: Option<IncrementalExportSpecification>,
    /// The criteria used to filter which items are included in the point-in-time export. When you specify this parameter, only items that match the key conditions and filter expressions are exported.
    pub filter_specification: Option<FilterSpecification>,
}
rt::structure!(
    ExportTableToPointInTimeInput, EXPORT_TABLE_TO_POINT_IN_TIME_INPUT, [table_arn,
    export_time, client_token, s3_bucket, s3_bucket_owner, s3_prefix, s3_sse_algorithm,
    s3_sse_kms_key_id, export_format, export_type, incremental_export_specification,
    filter_specification]
);
#[derive(Clone, Default, PartialEq)]
pub struct ExportTableToPointInTimeOutput {
    /// Contains a description of the table export.
    pub export_description: Option<ExportDescription>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ExportTableToPointInTimeOutput, EXPORT_TABLE_TO_POINT_IN_TIME_OUTPUT,
    [export_description], meta = response_metadata
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ExportType {
    /// `FULL_EXPORT`
    FullExport,
    /// `INCREMENTAL_EXPORT`
    IncrementalExport,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ExportType, { FullExport => "FULL_EXPORT", IncrementalExport => "INCREMENTAL_EXPORT"
    }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ExportViewType {
    /// `NEW_IMAGE`
    NewImage,
    /// `NEW_AND_OLD_IMAGES`
    NewAndOldImages,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ExportViewType, { NewImage => "NEW_IMAGE", NewAndOldImages => "NEW_AND_OLD_IMAGES" }
);
/// Represents a failure a contributor insights operation.
#[derive(Clone, Default, PartialEq)]
pub struct FailureException {
    /// Exception name.
    pub exception_name: Option<String>,
    /// Description of the failure.
    pub exception_description: Option<String>,
}
rt::structure!(
    FailureException, FAILURE_EXCEPTION, [exception_name, exception_description]
);
/// Contains the filter criteria used to limit which items are included in an export. If you don't include this parameter, all items and attributes are exported.
#[derive(Clone, Default, PartialEq)]
pub struct FilterSpecification {
    /// A condition that filters which items are included in the export. This parameter uses the same syntax as `FilterExpression` in `Query` and `Scan`. If you don't provide `KeyConditionExpression`, this expression can also reference key attributes. If you don't specify this parameter, all items are included in the export.
    pub filter_expression: Option<String>,
    /// The attributes you want to retrieve for items included in the export. Separate attribute names in the expression with commas. If you don't specify this parameter, all attributes are returned.
    pub projection_expression: Option<String>,
    /// A condition expression that filters items by key values. The expression must test equality on a single partition key value and can optionally compare a sort key value. This parameter uses the same syntax as `KeyConditionExpression` in `Query`. When you provide this parameter, `FilterExpression` can only reference non-key attributes. If you don't specify this parameter, all items are eligible for export.
    pub key_condition_expression: Option<String>,
    /// One or more substitution tokens for attribute names in an expression. For more information, see [Expression Attribute Names](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.ExpressionAttributeNames.html) in the Amazon DynamoDB Developer Guide.
    pub expression_attribute_names: Option<rt::IndexMap<String, String>>,
    /// One or more values that can be substituted in an expression. For more information, see [Expression Attribute Values](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.ExpressionAttributeValues.html) in the Amazon DynamoDB Developer Guide.
    pub expression_attribute_values: Option<rt::IndexMap<String, AttributeValue>>,
}
rt::structure!(
    FilterSpecification, FILTER_SPECIFICATION, [filter_expression, projection_expression,
    key_condition_expression, expression_attribute_names, expression_attribute_values]
);
/// Specifies an item and related attribute values to retrieve in a `TransactGetItem` object.
#[derive(Clone, Default, PartialEq)]
pub struct Get {
    /// A map of attribute names to `AttributeValue` objects that specifies the primary key of the item to retrieve.
    pub key: rt::IndexMap<String, AttributeValue>,
    /// The name of the table from which to retrieve the specified item. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
    /// A string that identifies one or more attributes of the specified item to retrieve from the table. The attributes in the expression must be separated by commas. If no attribute names are specified, then all attributes of the specified item are returned. If any of the requested attributes are not found, they do not appear in the result.
    pub projection_expression: Option<String>,
    /// One or more substitution tokens for attribute names in the ProjectionExpression parameter.
    pub expression_attribute_names: Option<rt::IndexMap<String, String>>,
}
rt::structure!(
    Get, GET, [key, table_name, projection_expression, expression_attribute_names]
);
/// Represents the input of a `GetItem` operation.
#[derive(Clone, Default, PartialEq)]
pub struct GetItemInput {
    /// The name of the table containing the requested item. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
    /// A map of attribute names to `AttributeValue` objects, representing the primary key of the item to retrieve.
    ///
    /// For the primary key, you must provide all of the attributes. For example, with a simple primary key, you only need to provide a value for the partition key. For a composite primary key, you must provide values for both the partition key and the sort key.
    pub key: rt::IndexMap<String, AttributeValue>,
    /// This is a legacy parameter. Use `ProjectionExpression` instead. For more information, see [AttributesToGet](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.AttributesToGet.html) in the *Amazon DynamoDB Developer Guide*.
    pub attributes_to_get: Option<Vec<String>>,
    /// Determines the read consistency model: If set to `true`, then the operation uses strongly consistent reads; otherwise, the operation uses eventually consistent reads.
    pub consistent_read: Option<bool>,
    /// Determines the level of detail about either provisioned or on-demand throughput consumption that is returned in the response:
    ///
    /// - `INDEXES` - The response includes the aggregate `ConsumedCapacity` for the operation, together with `ConsumedCapacity` for each table and secondary index that was accessed.
    ///
    /// Note that some operations, such as `GetItem` and `BatchGetItem`, do not access any indexes at all. In these cases, specifying `INDEXES` will only return `ConsumedCapacity` information for table(s).
    ///
    /// - `TOTAL` - The response includes only the aggregate `ConsumedCapacity` for the operation.
    ///
    /// - `NONE` - No `ConsumedCapacity` details are included in the response.
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
    /// A string that identifies one or more attributes to retrieve from the table. These attributes can include scalars, sets, or elements of a JSON document. The attributes in the expression must be separated by commas.
    ///
    /// If no attribute names are specified, then all attributes are returned. If any of the requested attributes are not found, they do not appear in the result.
    ///
    /// For more information, see [Specifying Item Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.AccessingItemAttributes.html) in the *Amazon DynamoDB Developer Guide*.
    pub projection_expression: Option<String>,
    /// One or more substitution tokens for attribute names in an expression. The following are some use cases for using `ExpressionAttributeNames`:
    ///
    /// - To access an attribute whose name conflicts with a DynamoDB reserved word.
    ///
    /// - To create a placeholder for repeating occurrences of an attribute name in an expression.
    ///
    /// - To prevent special characters in an attribute name from being misinterpreted in an expression.
    ///
    /// Use the **\#** character in an expression to dereference an attribute name. For example, consider the following attribute name:
    ///
    /// - `Percentile`
    ///
    /// The name of this attribute conflicts with a reserved word, so it cannot be used directly in an expression. (For the complete list of reserved words, see [Reserved Words](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ReservedWords.html) in the *Amazon DynamoDB Developer Guide*). To work around this, you could specify the following for `ExpressionAttributeNames`:
    ///
    /// - `{"\#P":"Percentile"}`
    ///
    /// You could then use this substitution in an expression, as in this example:
    ///
    /// - `\#P = :val`
    ///
    /// Tokens that begin with the **:** character are *expression attribute values*, which are placeholders for the actual value at runtime.
    ///
    /// For more information on expression attribute names, see [Specifying Item Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.AccessingItemAttributes.html) in the *Amazon DynamoDB Developer Guide*.
    pub expression_attribute_names: Option<rt::IndexMap<String, String>>,
}
rt::structure!(
    GetItemInput, GET_ITEM_INPUT, [table_name, key, attributes_to_get, consistent_read,
    return_consumed_capacity, projection_expression, expression_attribute_names]
);
/// Represents the output of a `GetItem` operation.
#[derive(Clone, Default, PartialEq)]
pub struct GetItemOutput {
    /// A map of attribute names to `AttributeValue` objects, as specified by `ProjectionExpression`.
    pub item: Option<rt::IndexMap<String, AttributeValue>>,
    /// The capacity units consumed by the `GetItem` operation. The data returned includes the total provisioned throughput consumed, along with statistics for the table and any indexes involved in the operation. `ConsumedCapacity` is only returned if the `ReturnConsumedCapacity` parameter was specified. For more information, see [Capacity unit consumption for read operations](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html#read-operation-consumption) in the *Amazon DynamoDB Developer Guide*.
    pub consumed_capacity: Option<ConsumedCapacity>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetItemOutput, GET_ITEM_OUTPUT, [item, consumed_capacity], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetResourcePolicyInput {
    /// The Amazon Resource Name (ARN) of the DynamoDB resource to which the policy is attached. The resources you can specify include tables and streams.
    pub resource_arn: String,
}
rt::structure!(GetResourcePolicyInput, GET_RESOURCE_POLICY_INPUT, [resource_arn]);
#[derive(Clone, Default, PartialEq)]
pub struct GetResourcePolicyOutput {
    /// The resource-based policy document attached to the resource, which can be a table or stream, in JSON format.
    pub policy: Option<String>,
    /// A unique string that represents the revision ID of the policy. If you're comparing revision IDs, make sure to always use string comparison logic.
    pub revision_id: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetResourcePolicyOutput, GET_RESOURCE_POLICY_OUTPUT, [policy, revision_id], meta =
    response_metadata
);
/// Represents the properties of a global secondary index.
#[derive(Clone, Default, PartialEq)]
pub struct GlobalSecondaryIndex {
    /// The name of the global secondary index. The name must be unique among all other indexes on this table.
    pub index_name: String,
    /// The complete key schema for a global secondary index, which consists of one or more pairs of attribute names and key types:
    ///
    /// - `HASH` - partition key
    ///
    /// - `RANGE` - sort key
    ///
    /// The partition key of an item is also known as its *hash attribute*. The term "hash attribute" derives from DynamoDB's usage of an internal hash function to evenly distribute data items across partitions, based on their partition key values.
    ///
    /// The sort key of an item is also known as its *range attribute*. The term "range attribute" derives from the way DynamoDB stores items with the same partition key physically close together, in sorted order by the sort key value.
    pub key_schema: Vec<KeySchemaElement>,
    /// Represents attributes that are copied (projected) from the table into the global secondary index. These are in addition to the primary key attributes and index key attributes, which are automatically projected.
    pub projection: Projection,
    /// Represents the provisioned throughput settings for the specified global secondary index. You must use either `OnDemandThroughput` or `ProvisionedThroughput` based on your table's capacity mode.
    ///
    /// For current minimum and maximum provisioned throughput values, see [Service, Account, and Table Quotas](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Limits.html) in the *Amazon DynamoDB Developer Guide*.
    pub provisioned_throughput: Option<ProvisionedThroughput>,
    /// The maximum number of read and write units for the specified global secondary index. If you use this parameter, you must specify `MaxReadRequestUnits`, `MaxWriteRequestUnits`, or both. You must use either `OnDemandThroughput` or `ProvisionedThroughput` based on your table's capacity mode.
    pub on_demand_throughput: Option<OnDemandThroughput>,
    /// Represents the warm throughput value (in read units per second and write units per second) for the specified secondary index. If you use this parameter, you must specify `ReadUnitsPerSecond`, `WriteUnitsPerSecond`, or both.
    pub warm_throughput: Option<WarmThroughput>,
}
rt::structure!(
    GlobalSecondaryIndex, GLOBAL_SECONDARY_INDEX, [index_name, key_schema, projection,
    provisioned_throughput, on_demand_throughput, warm_throughput]
);
/// Represents the auto scaling settings of a global secondary index for a global table that will be modified.
#[derive(Clone, Default, PartialEq)]
pub struct GlobalSecondaryIndexAutoScalingUpdate {
    /// The name of the global secondary index.
    pub index_name: Option<String>,
    /// Represents the auto scaling settings to be modified for a global table or global secondary index.
    pub provisioned_write_capacity_auto_scaling_update: Option<
        AutoScalingSettingsUpdate,
    >,
}
rt::structure!(
    GlobalSecondaryIndexAutoScalingUpdate, GLOBAL_SECONDARY_INDEX_AUTO_SCALING_UPDATE,
    [index_name, provisioned_write_capacity_auto_scaling_update]
);
/// Represents the properties of a global secondary index.
#[derive(Clone, Default, PartialEq)]
pub struct GlobalSecondaryIndexDescription {
    /// The name of the global secondary index.
    pub index_name: Option<String>,
    /// The complete key schema for a global secondary index, which consists of one or more pairs of attribute names and key types:
    ///
    /// - `HASH` - partition key
    ///
    /// - `RANGE` - sort key
    ///
    /// The partition key of an item is also known as its *hash attribute*. The term "hash attribute" derives from DynamoDB's usage of an internal hash function to evenly distribute data items across partitions, based on their partition key values.
    ///
    /// The sort key of an item is also known as its *range attribute*. The term "range attribute" derives from the way DynamoDB stores items with the same partition key physically close together, in sorted order by the sort key value.
    pub key_schema: Option<Vec<KeySchemaElement>>,
    /// Represents attributes that are copied (projected) from the table into the global secondary index. These are in addition to the primary key attributes and index key attributes, which are automatically projected.
    pub projection: Option<Projection>,
    /// The current state of the global secondary index:
    ///
    /// - `CREATING` - The index is being created.
    ///
    /// - `UPDATING` - The index is being updated.
    ///
    /// - `DELETING` - The index is being deleted.
    ///
    /// - `ACTIVE` - The index is ready for use.
    pub index_status: Option<IndexStatus>,
    /// Indicates whether the index is currently backfilling. *Backfilling* is the process of reading items from the table and determining whether they can be added to the index. (Not all items will qualify: For example, a partition key cannot have any duplicate values.) If an item can be added to the index, DynamoDB will do so. After all items have been processed, the backfilling operation is complete and `Backfilling` is false.
    ///
    /// You can delete an index that is being created during the `Backfilling` phase when `IndexStatus` is set to CREATING and `Backfilling` is true. You can't delete the index that is being created when `IndexStatus` is set to CREATING and `Backfilling` is false.
    ///
    /// For indexes that were created during a `CreateTable` operation, the `Backfilling` attribute does not appear in the `DescribeTable` output.
    pub backfilling: Option<bool>,
    /// Represents the provisioned throughput settings for the specified global secondary index.
    ///
    /// For current minimum and maximum provisioned throughput values, see [Service, Account, and Table Quotas](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Limits.html) in the *Amazon DynamoDB Developer Guide*.
    pub provisioned_throughput: Option<ProvisionedThroughputDescription>,
    /// The total size of the specified index, in bytes. DynamoDB updates this value approximately every six hours. Recent changes might not be reflected in this value.
    pub index_size_bytes: Option<i64>,
    /// The number of items in the specified index. DynamoDB updates this value approximately every six hours. Recent changes might not be reflected in this value.
    pub item_count: Option<i64>,
    /// The Amazon Resource Name (ARN) that uniquely identifies the index.
    pub index_arn: Option<String>,
    /// The maximum number of read and write units for the specified global secondary index. If you use this parameter, you must specify `MaxReadRequestUnits`, `MaxWriteRequestUnits`, or both.
    pub on_demand_throughput: Option<OnDemandThroughput>,
    /// Represents the warm throughput value (in read units per second and write units per second) for the specified secondary index.
    pub warm_throughput: Option<GlobalSecondaryIndexWarmThroughputDescription>,
}
rt::structure!(
    GlobalSecondaryIndexDescription, GLOBAL_SECONDARY_INDEX_DESCRIPTION, [index_name,
    key_schema, projection, index_status, backfilling, provisioned_throughput,
    index_size_bytes, item_count, index_arn, on_demand_throughput, warm_throughput]
);
/// Represents the properties of a global secondary index for the table when the backup was created.
#[derive(Clone, Default, PartialEq)]
pub struct GlobalSecondaryIndexInfo {
    /// The name of the global secondary index.
    pub index_name: Option<String>,
    /// The complete key schema for a global secondary index, which consists of one or more pairs of attribute names and key types:
    ///
    /// - `HASH` - partition key
    ///
    /// - `RANGE` - sort key
    ///
    /// The partition key of an item is also known as its *hash attribute*. The term "hash attribute" derives from DynamoDB's usage of an internal hash function to evenly distribute data items across partitions, based on their partition key values.
    ///
    /// The sort key of an item is also known as its *range attribute*. The term "range attribute" derives from the way DynamoDB stores items with the same partition key physically close together, in sorted order by the sort key value.
    pub key_schema: Option<Vec<KeySchemaElement>>,
    /// Represents attributes that are copied (projected) from the table into the global secondary index. These are in addition to the primary key attributes and index key attributes, which are automatically projected.
    pub projection: Option<Projection>,
    /// Represents the provisioned throughput settings for the specified global secondary index.
    pub provisioned_throughput: Option<ProvisionedThroughput>,
    /// Sets the maximum number of read and write units for the specified on-demand table. If you use this parameter, you must specify `MaxReadRequestUnits`, `MaxWriteRequestUnits`, or both.
    pub on_demand_throughput: Option<OnDemandThroughput>,
}
rt::structure!(
    GlobalSecondaryIndexInfo, GLOBAL_SECONDARY_INDEX_INFO, [index_name, key_schema,
    projection, provisioned_throughput, on_demand_throughput]
);
/// Represents one of the following:
///
/// - A new global secondary index to be added to an existing table.
///
/// - New provisioned throughput parameters for an existing global secondary index.
///
/// - An existing global secondary index to be removed from an existing table.
#[derive(Clone, Default, PartialEq)]
pub struct GlobalSecondaryIndexUpdate {
    /// The name of an existing global secondary index, along with new provisioned throughput settings to be applied to that index.
    pub update: Option<UpdateGlobalSecondaryIndexAction>,
    /// The parameters required for creating a global secondary index on an existing table:
    ///
    /// - `IndexName `
    ///
    /// - `KeySchema `
    ///
    /// - `AttributeDefinitions `
    ///
    /// - `Projection `
    ///
    /// - `ProvisionedThroughput `
    pub create: Option<CreateGlobalSecondaryIndexAction>,
    /// The name of an existing global secondary index to be removed.
    pub delete: Option<DeleteGlobalSecondaryIndexAction>,
}
rt::structure!(
    GlobalSecondaryIndexUpdate, GLOBAL_SECONDARY_INDEX_UPDATE, [update, create, delete]
);
/// The description of the warm throughput value on a global secondary index.
#[derive(Clone, Default, PartialEq)]
pub struct GlobalSecondaryIndexWarmThroughputDescription {
    /// Represents warm throughput read units per second value for a global secondary index.
    pub read_units_per_second: Option<i64>,
    /// Represents warm throughput write units per second value for a global secondary index.
    pub write_units_per_second: Option<i64>,
    /// Represents the warm throughput status being created or updated on a global secondary index. The status can only be `UPDATING` or `ACTIVE`.
    pub status: Option<IndexStatus>,
}
rt::structure!(
    GlobalSecondaryIndexWarmThroughputDescription,
    GLOBAL_SECONDARY_INDEX_WARM_THROUGHPUT_DESCRIPTION, [read_units_per_second,
    write_units_per_second, status]
);
/// Represents the properties of a global table.
#[derive(Clone, Default, PartialEq)]
pub struct GlobalTable {
    /// The global table name.
    pub global_table_name: Option<String>,
    /// The Regions where the global table has replicas.
    pub replication_group: Option<Vec<Replica>>,
}
rt::structure!(GlobalTable, GLOBAL_TABLE, [global_table_name, replication_group]);
/// The specified global table already exists.
#[derive(Clone, Default, PartialEq)]
pub struct GlobalTableAlreadyExistsException {
    pub message: Option<String>,
}
rt::structure!(
    GlobalTableAlreadyExistsException, GLOBAL_TABLE_ALREADY_EXISTS_EXCEPTION, [message]
);
/// Contains details about the global table.
#[derive(Clone, Default, PartialEq)]
pub struct GlobalTableDescription {
    /// The Regions where the global table has replicas.
    pub replication_group: Option<Vec<ReplicaDescription>>,
    /// The unique identifier of the global table.
    pub global_table_arn: Option<String>,
    /// The creation time of the global table.
    pub creation_date_time: Option<rt::DateTime>,
    /// The current state of the global table:
    ///
    /// - `CREATING` - The global table is being created.
    ///
    /// - `UPDATING` - The global table is being updated.
    ///
    /// - `DELETING` - The global table is being deleted.
    ///
    /// - `ACTIVE` - The global table is ready for use.
    pub global_table_status: Option<GlobalTableStatus>,
    /// The global table name.
    pub global_table_name: Option<String>,
}
rt::structure!(
    GlobalTableDescription, GLOBAL_TABLE_DESCRIPTION, [replication_group,
    global_table_arn, creation_date_time, global_table_status, global_table_name]
);
/// Represents the settings of a global secondary index for a global table that will be modified.
#[derive(Clone, Default, PartialEq)]
pub struct GlobalTableGlobalSecondaryIndexSettingsUpdate {
    /// The name of the global secondary index. The name must be unique among all other indexes on this table.
    pub index_name: String,
    /// The maximum number of writes consumed per second before DynamoDB returns a `ThrottlingException.`
    pub provisioned_write_capacity_units: Option<i64>,
    /// Auto scaling settings for managing a global secondary index's write capacity units.
    pub provisioned_write_capacity_auto_scaling_settings_update: Option<
        AutoScalingSettingsUpdate,
    >,
}
rt::structure!(
    GlobalTableGlobalSecondaryIndexSettingsUpdate,
    GLOBAL_TABLE_GLOBAL_SECONDARY_INDEX_SETTINGS_UPDATE, [index_name,
    provisioned_write_capacity_units,
    provisioned_write_capacity_auto_scaling_settings_update]
);
/// The specified global table does not exist.
#[derive(Clone, Default, PartialEq)]
pub struct GlobalTableNotFoundException {
    pub message: Option<String>,
}
rt::structure!(
    GlobalTableNotFoundException, GLOBAL_TABLE_NOT_FOUND_EXCEPTION, [message]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GlobalTableSettingsReplicationMode {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// `ENABLED_WITH_OVERRIDES`
    EnabledWithOverrides,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    GlobalTableSettingsReplicationMode, { Enabled => "ENABLED", Disabled => "DISABLED",
    EnabledWithOverrides => "ENABLED_WITH_OVERRIDES" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GlobalTableStatus {
    /// `CREATING`
    Creating,
    /// `ACTIVE`
    Active,
    /// `DELETING`
    Deleting,
    /// `UPDATING`
    Updating,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    GlobalTableStatus, { Creating => "CREATING", Active => "ACTIVE", Deleting =>
    "DELETING", Updating => "UPDATING" }
);
/// Represents the properties of a witness Region in a MRSC global table.
#[derive(Clone, Default, PartialEq)]
pub struct GlobalTableWitnessDescription {
    /// The name of the Amazon Web Services Region that serves as a witness for the MRSC global table.
    pub region_name: Option<String>,
    /// The current status of the witness Region in the MRSC global table.
    pub witness_status: Option<WitnessStatus>,
}
rt::structure!(
    GlobalTableWitnessDescription, GLOBAL_TABLE_WITNESS_DESCRIPTION, [region_name,
    witness_status]
);
/// Represents one of the following:
///
/// - A new witness to be added to a new global table.
///
/// - An existing witness to be removed from an existing global table.
///
/// You can configure one witness per MRSC global table.
#[derive(Clone, Default, PartialEq)]
pub struct GlobalTableWitnessGroupUpdate {
    /// Specifies a witness Region to be added to a new MRSC global table. The witness must be added when creating the MRSC global table.
    pub create: Option<CreateGlobalTableWitnessGroupMemberAction>,
    /// Specifies a witness Region to be removed from an existing global table. Must be done in conjunction with removing a replica. The deletion of both a witness and replica converts the remaining replica to a single-Region DynamoDB table.
    pub delete: Option<DeleteGlobalTableWitnessGroupMemberAction>,
}
rt::structure!(
    GlobalTableWitnessGroupUpdate, GLOBAL_TABLE_WITNESS_GROUP_UPDATE, [create, delete]
);
/// DynamoDB rejected the request because you retried a request with a different payload but with an idempotent token that was already used.
#[derive(Clone, Default, PartialEq)]
pub struct IdempotentParameterMismatchException {
    pub message: Option<String>,
}
rt::structure!(
    IdempotentParameterMismatchException, IDEMPOTENT_PARAMETER_MISMATCH_EXCEPTION,
    [message]
);
/// There was a conflict when importing from the specified S3 source. This can occur when the current import conflicts with a previous import request that had the same client token.
#[derive(Clone, Default, PartialEq)]
pub struct ImportConflictException {
    pub message: Option<String>,
}
rt::structure!(ImportConflictException, IMPORT_CONFLICT_EXCEPTION, [message]);
/// The specified import was not found.
#[derive(Clone, Default, PartialEq)]
pub struct ImportNotFoundException {
    pub message: Option<String>,
}
rt::structure!(ImportNotFoundException, IMPORT_NOT_FOUND_EXCEPTION, [message]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ImportStatus {
    /// `IN_PROGRESS`
    InProgress,
    /// `COMPLETED`
    Completed,
    /// `CANCELLING`
    Cancelling,
    /// `CANCELLED`
    Cancelled,
    /// `FAILED`
    Failed,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ImportStatus, { InProgress => "IN_PROGRESS", Completed => "COMPLETED", Cancelling =>
    "CANCELLING", Cancelled => "CANCELLED", Failed => "FAILED" }
);
/// Summary information about the source file for the import.
#[derive(Clone, Default, PartialEq)]
pub struct ImportSummary {
    /// The Amazon Resource Number (ARN) corresponding to the import request.
    pub import_arn: Option<String>,
    /// The status of the import operation.
    pub import_status: Option<ImportStatus>,
    /// The Amazon Resource Number (ARN) of the table being imported into.
    pub table_arn: Option<String>,
    /// The path and S3 bucket of the source file that is being imported. This includes the S3Bucket (required), S3KeyPrefix (optional) and S3BucketOwner (optional if the bucket is owned by the requester).
    pub s3_bucket_source: Option<S3BucketSource>,
    /// The Amazon Resource Number (ARN) of the Cloudwatch Log Group associated with this import task.
    pub cloud_watch_log_group_arn: Option<String>,
    /// The format of the source data. Valid values are `CSV`, `DYNAMODB\_JSON` or `ION`.
    pub input_format: Option<InputFormat>,
    /// The time at which this import task began.
    pub start_time: Option<rt::DateTime>,
    /// The time at which this import task ended.
    pub end_time: Option<rt::DateTime>,
}
rt::structure!(
    ImportSummary, IMPORT_SUMMARY, [import_arn, import_status, table_arn,
    s3_bucket_source, cloud_watch_log_group_arn, input_format, start_time, end_time]
);
/// Represents the properties of the table being imported into.
#[derive(Clone, Default, PartialEq)]
pub struct ImportTableDescription {
    /// The Amazon Resource Number (ARN) corresponding to the import request.
    pub import_arn: Option<String>,
    /// The status of the import.
    pub import_status: Option<ImportStatus>,
    /// The Amazon Resource Number (ARN) of the table being imported into.
    pub table_arn: Option<String>,
    /// The table id corresponding to the table created by import table process.
    pub table_id: Option<String>,
    /// The client token that was provided for the import task. Reusing the client token on retry makes a call to `ImportTable` idempotent.
    pub client_token: Option<String>,
    /// Values for the S3 bucket the source file is imported from. Includes bucket name (required), key prefix (optional) and bucket account owner ID (optional).
    pub s3_bucket_source: Option<S3BucketSource>,
    /// The number of errors occurred on importing the source file into the target table.
    pub error_count: Option<i64>,
    /// The Amazon Resource Number (ARN) of the Cloudwatch Log Group associated with the target table.
    pub cloud_watch_log_group_arn: Option<String>,
    /// The format of the source data going into the target table.
    pub input_format: Option<InputFormat>,
    /// The format options for the data that was imported into the target table. There is one value, CsvOption.
    pub input_format_options: Option<InputFormatOptions>,
    /// The compression options for the data that has been imported into the target table. The values are NONE, GZIP, or ZSTD.
    pub input_compression_type: Option<InputCompressionType>,
    /// The parameters for the new table that is being imported into.
    pub table_creation_parameters: Option<TableCreationParameters>,
    /// The time when this import task started.
    pub start_time: Option<rt::DateTime>,
    /// The time at which the creation of the table associated with this import task completed.
    pub end_time: Option<rt::DateTime>,
    /// The total size of data processed from the source file, in Bytes.
    pub processed_size_bytes: Option<i64>,
    /// The total number of items processed from the source file.
    pub processed_item_count: Option<i64>,
    /// The number of items successfully imported into the new table.
    pub imported_item_count: Option<i64>,
    /// The error code corresponding to the failure that the import job ran into during execution.
    pub failure_code: Option<String>,
    /// The error message corresponding to the failure that the import job ran into during execution.
    pub failure_message: Option<String>,
}
rt::structure!(
    ImportTableDescription, IMPORT_TABLE_DESCRIPTION, [import_arn, import_status,
    table_arn, table_id, client_token, s3_bucket_source, error_count,
    cloud_watch_log_group_arn, input_format, input_format_options,
    input_compression_type, table_creation_parameters, start_time, end_time,
    processed_size_bytes, processed_item_count, imported_item_count, failure_code,
    failure_message]
);
#[derive(Clone, Default, PartialEq)]
pub struct ImportTableInput {
    /// Providing a `ClientToken` makes the call to `ImportTableInput` idempotent, meaning that multiple identical calls have the same effect as one single call.
    ///
    /// A client token is valid for 8 hours after the first request that uses it is completed. After 8 hours, any request with the same client token is treated as a new request. Do not resubmit the same request with the same client token for more than 8 hours, or the result might not be idempotent.
    ///
    /// If you submit a request with the same client token but a change in other parameters within the 8-hour idempotency window, DynamoDB returns an `IdempotentParameterMismatch` exception.
    pub client_token: Option<String>,
    /// The S3 bucket that provides the source for the import.
    pub s3_bucket_source: S3BucketSource,
    /// The format of the source data. Valid values for `ImportFormat` are `CSV`, `DYNAMODB\_JSON` or `ION`.
    pub input_format: InputFormat,
    /// Additional properties that specify how the input is formatted,
    pub input_format_options: Option<InputFormatOptions>,
    /// Type of compression to be used on the input coming from the imported table.
    pub input_compression_type: Option<InputCompressionType>,
    /// Parameters for the table to import the data into.
    pub table_creation_parameters: TableCreationParameters,
}
rt::structure!(
    ImportTableInput, IMPORT_TABLE_INPUT, [client_token, s3_bucket_source, input_format,
    input_format_options, input_compression_type, table_creation_parameters]
);
#[derive(Clone, Default, PartialEq)]
pub struct ImportTableOutput {
    /// Represents the properties of the table created for the import, and parameters of the import. The import parameters include import status, how many items were processed, and how many errors were encountered.
    pub import_table_description: ImportTableDescription,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ImportTableOutput, IMPORT_TABLE_OUTPUT, [import_table_description], meta =
    response_metadata
);
/// Optional object containing the parameters specific to an incremental export.
#[derive(Clone, Default, PartialEq)]
pub struct IncrementalExportSpecification {
    /// Time in the past which provides the inclusive start range for the export table's data, counted in seconds from the start of the Unix epoch. The incremental export will reflect the table's state including and after this point in time.
    pub export_from_time: Option<rt::DateTime>,
    /// Time in the past which provides the exclusive end range for the export table's data, counted in seconds from the start of the Unix epoch. The incremental export will reflect the table's state just prior to this point in time. If this is not provided, the latest time with data available will be used.
    pub export_to_time: Option<rt::DateTime>,
    /// The view type that was chosen for the export. Valid values are `NEW\_AND\_OLD\_IMAGES` and `NEW\_IMAGES`. The default value is `NEW\_AND\_OLD\_IMAGES`.
    ///
    /// `NEW\_AND\_OLD\_IMAGES` exports both the new and old images of each changed item, while `NEW\_IMAGES` exports only the new (latest) image. The view type you choose determines the structure of each item in the output for `insert`, `update`, and `delete` operations. For details and examples of how each view type shapes the export output, see [DynamoDB table export output format](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/S3DataExport.Output.html) in the *Amazon DynamoDB Developer Guide*.
    pub export_view_type: Option<ExportViewType>,
}
rt::structure!(
    IncrementalExportSpecification, INCREMENTAL_EXPORT_SPECIFICATION, [export_from_time,
    export_to_time, export_view_type]
);
/// The operation tried to access a nonexistent index.
#[derive(Clone, Default, PartialEq)]
pub struct IndexNotFoundException {
    pub message: Option<String>,
}
rt::structure!(IndexNotFoundException, INDEX_NOT_FOUND_EXCEPTION, [message]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IndexStatus {
    /// `CREATING`
    Creating,
    /// `UPDATING`
    Updating,
    /// `DELETING`
    Deleting,
    /// `ACTIVE`
    Active,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    IndexStatus, { Creating => "CREATING", Updating => "UPDATING", Deleting =>
    "DELETING", Active => "ACTIVE" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InputCompressionType {
    /// `GZIP`
    Gzip,
    /// `ZSTD`
    Zstd,
    /// `NONE`
    None,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    InputCompressionType, { Gzip => "GZIP", Zstd => "ZSTD", None => "NONE" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InputFormat {
    /// `DYNAMODB_JSON`
    DynamodbJson,
    /// `ION`
    Ion,
    /// `CSV`
    Csv,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    InputFormat, { DynamodbJson => "DYNAMODB_JSON", Ion => "ION", Csv => "CSV" }
);
/// The format options for the data that was imported into the target table. There is one value, CsvOption.
#[derive(Clone, Default, PartialEq)]
pub struct InputFormatOptions {
    /// The options for imported source files in CSV format. The values are Delimiter and HeaderList.
    pub csv: Option<CsvOptions>,
}
rt::structure!(InputFormatOptions, INPUT_FORMAT_OPTIONS, [csv]);
/// Contains the Amazon S3 location and format settings for bulk operation input. The `S3Bucket` and `InputFormat` fields are required.
#[derive(Clone, Default, PartialEq)]
pub struct InputS3Configuration {
    /// The Amazon Web Services account ID of the input bucket owner. If you omit this value, DynamoDB uses the Amazon Web Services account ID of the requester.
    ///
    /// `S3BucketOwner` is required when the bucket is owned by another Amazon Web Services account.
    pub s3_bucket_owner: Option<String>,
    /// The name of the Amazon S3 bucket that contains the input objects.
    pub s3_bucket: String,
    /// An optional key prefix that limits the input to matching objects in the Amazon S3 bucket.
    pub s3_key_prefix: Option<String>,
    /// The format of the input objects. `DYNAMODB\_JSON` uses JSON Lines, with one JSON record per line. `ION` uses a sequence of Ion structs.
    pub input_format: BulkOperationInputFormat,
    /// The compression type of the input objects. Valid values are `GZIP`, `ZSTD`, and `NONE`. If you don't specify a value, DynamoDB uses `NONE`.
    pub input_compression_type: Option<InputCompressionType>,
}
rt::structure!(
    InputS3Configuration, INPUT_S3_CONFIGURATION, [s3_bucket_owner, s3_bucket,
    s3_key_prefix, input_format, input_compression_type]
);
/// An error occurred on the server side.
#[derive(Clone, Default, PartialEq)]
pub struct InternalServerError {
    /// The server encountered an internal error trying to fulfill the request.
    pub message: Option<String>,
}
rt::structure!(InternalServerError, INTERNAL_SERVER_ERROR, [message]);
/// The specified `ExportTime` is outside of the point in time recovery window.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidExportTimeException {
    pub message: Option<String>,
}
rt::structure!(InvalidExportTimeException, INVALID_EXPORT_TIME_EXCEPTION, [message]);
/// An invalid restore time was specified. RestoreDateTime must be between EarliestRestorableDateTime and LatestRestorableDateTime.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidRestoreTimeException {
    pub message: Option<String>,
}
rt::structure!(InvalidRestoreTimeException, INVALID_RESTORE_TIME_EXCEPTION, [message]);
/// Information about item collections, if any, that were affected by the operation. `ItemCollectionMetrics` is only returned if the request asked for it. If the table does not have any local secondary indexes, this information is not returned in the response.
#[derive(Clone, Default, PartialEq)]
pub struct ItemCollectionMetrics {
    /// The partition key value of the item collection. This value is the same as the partition key value of the item.
    pub item_collection_key: Option<rt::IndexMap<String, AttributeValue>>,
    /// An estimate of item collection size, in gigabytes. This value is a two-element array containing a lower bound and an upper bound for the estimate. The estimate includes the size of all the items in the table, plus the size of all attributes projected into all of the local secondary indexes on that table. Use this estimate to measure whether a local secondary index is approaching its size limit.
    ///
    /// The estimate is subject to change over time; therefore, do not rely on the precision or accuracy of the estimate.
    pub size_estimate_range_gb: Option<Vec<f64>>,
}
rt::structure!(
    ItemCollectionMetrics, ITEM_COLLECTION_METRICS, [item_collection_key,
    size_estimate_range_gb]
);
/// An item collection is too large. This exception is only returned for tables that have one or more local secondary indexes.
#[derive(Clone, Default, PartialEq)]
pub struct ItemCollectionSizeLimitExceededException {
    /// The total size of an item collection has exceeded the maximum limit of 10 gigabytes.
    pub message: Option<String>,
}
rt::structure!(
    ItemCollectionSizeLimitExceededException,
    ITEM_COLLECTION_SIZE_LIMIT_EXCEEDED_EXCEPTION, [message]
);
/// Details for the requested item.
#[derive(Clone, Default, PartialEq)]
pub struct ItemResponse {
    /// Map of attribute data consisting of the data type and attribute value.
    pub item: Option<rt::IndexMap<String, AttributeValue>>,
}
rt::structure!(ItemResponse, ITEM_RESPONSE, [item]);
/// Represents *a single element* of a key schema. A key schema specifies the attributes that make up the primary key of a table, or the key attributes of an index.
///
/// A `KeySchemaElement` represents exactly one attribute of the primary key. For example, a simple primary key would be represented by one `KeySchemaElement` (for the partition key). A composite primary key would require one `KeySchemaElement` for the partition key, and another `KeySchemaElement` for the sort key.
///
/// A `KeySchemaElement` must be a scalar, top-level attribute (not a nested attribute). The data type must be one of String, Number, or Binary. The attribute cannot be nested within a List or a Map.
#[derive(Clone, Default, PartialEq)]
pub struct KeySchemaElement {
    /// The name of a key attribute.
    pub attribute_name: String,
    /// The role that this key attribute will assume:
    ///
    /// - `HASH` - partition key
    ///
    /// - `RANGE` - sort key
    ///
    /// The partition key of an item is also known as its *hash attribute*. The term "hash attribute" derives from DynamoDB's usage of an internal hash function to evenly distribute data items across partitions, based on their partition key values.
    ///
    /// The sort key of an item is also known as its *range attribute*. The term "range attribute" derives from the way DynamoDB stores items with the same partition key physically close together, in sorted order by the sort key value.
    pub key_type: KeyType,
}
rt::structure!(KeySchemaElement, KEY_SCHEMA_ELEMENT, [attribute_name, key_type]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KeyType {
    /// `HASH`
    Hash,
    /// `RANGE`
    Range,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(KeyType, { Hash => "HASH", Range => "RANGE" });
/// Represents a set of primary keys and, for each key, the attributes to retrieve from the table.
///
/// For each primary key, you must provide *all* of the key attributes. For example, with a simple primary key, you only need to provide the partition key. For a composite primary key, you must provide *both* the partition key and the sort key.
#[derive(Clone, Default, PartialEq)]
pub struct KeysAndAttributes {
    /// The primary key attribute values that define the items and the attributes associated with the items.
    pub keys: Vec<rt::IndexMap<String, AttributeValue>>,
    /// This is a legacy parameter. Use `ProjectionExpression` instead. For more information, see [Legacy Conditional Parameters](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.html) in the *Amazon DynamoDB Developer Guide*.
    pub attributes_to_get: Option<Vec<String>>,
    /// The consistency of a read operation. If set to `true`, then a strongly consistent read is used; otherwise, an eventually consistent read is used.
    pub consistent_read: Option<bool>,
    /// A string that identifies one or more attributes to retrieve from the table. These attributes can include scalars, sets, or elements of a JSON document. The attributes in the `ProjectionExpression` must be separated by commas.
    ///
    /// If no attribute names are specified, then all attributes will be returned. If any of the requested attributes are not found, they will not appear in the result.
    ///
    /// For more information, see [Accessing Item Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.AccessingItemAttributes.html) in the *Amazon DynamoDB Developer Guide*.
    pub projection_expression: Option<String>,
    /// One or more substitution tokens for attribute names in an expression. The following are some use cases for using `ExpressionAttributeNames`:
    ///
    /// - To access an attribute whose name conflicts with a DynamoDB reserved word.
    ///
    /// - To create a placeholder for repeating occurrences of an attribute name in an expression.
    ///
    /// - To prevent special characters in an attribute name from being misinterpreted in an expression.
    ///
    /// Use the **\#** character in an expression to dereference an attribute name. For example, consider the following attribute name:
    ///
    /// - `Percentile`
    ///
    /// The name of this attribute conflicts with a reserved word, so it cannot be used directly in an expression. (For the complete list of reserved words, see [Reserved Words](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ReservedWords.html) in the *Amazon DynamoDB Developer Guide*). To work around this, you could specify the following for `ExpressionAttributeNames`:
    ///
    /// - `{"\#P":"Percentile"}`
    ///
    /// You could then use this substitution in an expression, as in this example:
    ///
    /// - `\#P = :val`
    ///
    /// Tokens that begin with the **:** character are *expression attribute values*, which are placeholders for the actual value at runtime.
    ///
    /// For more information on expression attribute names, see [Accessing Item Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.AccessingItemAttributes.html) in the *Amazon DynamoDB Developer Guide*.
    pub expression_attribute_names: Option<rt::IndexMap<String, String>>,
}
rt::structure!(
    KeysAndAttributes, KEYS_AND_ATTRIBUTES, [keys, attributes_to_get, consistent_read,
    projection_expression, expression_attribute_names]
);
/// Describes a Kinesis data stream destination.
#[derive(Clone, Default, PartialEq)]
pub struct KinesisDataStreamDestination {
    /// The ARN for a specific Kinesis data stream.
    pub stream_arn: Option<String>,
    /// The current status of replication.
    pub destination_status: Option<DestinationStatus>,
    /// The human-readable string that corresponds to the replica status.
    pub destination_status_description: Option<String>,
    /// The precision of the Kinesis data stream timestamp. The values are either `MILLISECOND` or `MICROSECOND`.
    pub approximate_creation_date_time_precision: Option<
        ApproximateCreationDateTimePrecision,
    >,
}
rt::structure!(
    KinesisDataStreamDestination, KINESIS_DATA_STREAM_DESTINATION, [stream_arn,
    destination_status, destination_status_description,
    approximate_creation_date_time_precision]
);
#[derive(Clone, Default, PartialEq)]
pub struct KinesisStreamingDestinationInput {
    /// The name of the DynamoDB table. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
    /// The ARN for a Kinesis data stream.
    pub stream_arn: String,
    /// The source for the Kinesis streaming information that is being enabled.
    pub enable_kinesis_streaming_configuration: Option<
        EnableKinesisStreamingConfiguration,
    >,
}
rt::structure!(
    KinesisStreamingDestinationInput, KINESIS_STREAMING_DESTINATION_INPUT, [table_name,
    stream_arn, enable_kinesis_streaming_configuration]
);
#[derive(Clone, Default, PartialEq)]
pub struct KinesisStreamingDestinationOutput {
    /// The name of the table being modified.
    pub table_name: Option<String>,
    /// The ARN for the specific Kinesis data stream.
    pub stream_arn: Option<String>,
    /// The current status of the replication.
    pub destination_status: Option<DestinationStatus>,
    /// The destination for the Kinesis streaming information that is being enabled.
    pub enable_kinesis_streaming_configuration: Option<
        EnableKinesisStreamingConfiguration,
    >,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    KinesisStreamingDestinationOutput, KINESIS_STREAMING_DESTINATION_OUTPUT, [table_name,
    stream_arn, destination_status, enable_kinesis_streaming_configuration], meta =
    response_metadata
);
/// There is no limit to the number of daily on-demand backups that can be taken.
///
/// For most purposes, up to 500 simultaneous table operations are allowed per account. These operations include `CreateTable`, `UpdateTable`, `DeleteTable`,`UpdateTimeToLive`, `RestoreTableFromBackup`, and `RestoreTableToPointInTime`.
///
/// When you are creating a table with one or more secondary indexes, you can have up to 250 such requests running at a time. However, if the table or index specifications are complex, then DynamoDB might temporarily reduce the number of concurrent operations.
///
/// When importing into DynamoDB, up to 50 simultaneous import table operations are allowed per account.
///
/// There is a soft account quota of 2,500 tables.
///
/// GetRecords was called with a value of more than 1000 for the limit request parameter.
///
/// More than 2 processes are reading from the same streams shard at the same time. Exceeding this limit may result in request throttling.
#[derive(Clone, Default, PartialEq)]
pub struct LimitExceededException {
    /// Too many operations for a given subscriber.
    pub message: Option<String>,
}
rt::structure!(LimitExceededException, LIMIT_EXCEEDED_EXCEPTION, [message]);
#[derive(Clone, Default, PartialEq)]
pub struct ListBackupsInput {
    /// Lists the backups from the table specified in `TableName`. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: Option<String>,
    /// Maximum number of backups to return at once.
    pub limit: Option<i32>,
    /// Only backups created after this time are listed. `TimeRangeLowerBound` is inclusive.
    pub time_range_lower_bound: Option<rt::DateTime>,
    /// Only backups created before this time are listed. `TimeRangeUpperBound` is exclusive.
    pub time_range_upper_bound: Option<rt::DateTime>,
    /// `LastEvaluatedBackupArn` is the Amazon Resource Name (ARN) of the backup last evaluated when the current page of results was returned, inclusive of the current page of results. This value may be specified as the `ExclusiveStartBackupArn` of a new `ListBackups` operation in order to fetch the next page of results.
    pub exclusive_start_backup_arn: Option<String>,
    /// The backups from the table specified by `BackupType` are listed.
    ///
    /// Where `BackupType` can be:
    ///
    /// - `USER` - On-demand backup created by you. (The default setting if no other backup types are specified.)
    ///
    /// - `SYSTEM` - On-demand backup automatically created by DynamoDB.
    ///
    /// - `ALL` - All types of on-demand backups (USER and SYSTEM).
    pub backup_type: Option<BackupTypeFilter>,
}
rt::structure!(
    ListBackupsInput, LIST_BACKUPS_INPUT, [table_name, limit, time_range_lower_bound,
    time_range_upper_bound, exclusive_start_backup_arn, backup_type]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListBackupsOutput {
    /// List of `BackupSummary` objects.
    pub backup_summaries: Option<Vec<BackupSummary>>,
    /// The ARN of the backup last evaluated when the current page of results was returned, inclusive of the current page of results. This value may be specified as the `ExclusiveStartBackupArn` of a new `ListBackups` operation in order to fetch the next page of results.
    ///
    /// If `LastEvaluatedBackupArn` is empty, then the last page of results has been processed and there are no more results to be retrieved.
    ///
    /// If `LastEvaluatedBackupArn` is not empty, this may or may not indicate that there is more data to be returned. All results are guaranteed to have been returned if and only if no value for `LastEvaluatedBackupArn` is returned.
    pub last_evaluated_backup_arn: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListBackupsOutput, LIST_BACKUPS_OUTPUT, [backup_summaries,
    last_evaluated_backup_arn], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListBulkOperationsInput {
    /// The maximum number of bulk operation summaries to return in one page. If you don't specify a value, DynamoDB uses 10.
    pub max_results: Option<i32>,
    /// An optional string that, if supplied, must be copied from the output of a previous call to `ListBulkOperations`. When provided in this manner, the API fetches the next page of results.
    pub next_token: Option<String>,
}
rt::structure!(
    ListBulkOperationsInput, LIST_BULK_OPERATIONS_INPUT, [max_results, next_token]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListBulkOperationsOutput {
    /// A list of bulk operation summaries for the current Amazon Web Services account and Amazon Web Services Region.
    pub bulk_operations_summary_list: Option<Vec<BulkOperationSummary>>,
    /// If this value is returned, there are additional results to be displayed. To retrieve them, call `ListBulkOperations` again, with `NextToken` set to this value.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListBulkOperationsOutput, LIST_BULK_OPERATIONS_OUTPUT, [bulk_operations_summary_list,
    next_token], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListContributorInsightsInput {
    /// The name of the table. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: Option<String>,
    /// A token to for the desired page, if there is one.
    pub next_token: Option<String>,
    /// Maximum number of results to return per page.
    pub max_results: Option<i32>,
}
rt::structure!(
    ListContributorInsightsInput, LIST_CONTRIBUTOR_INSIGHTS_INPUT, [table_name,
    next_token, max_results]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListContributorInsightsOutput {
    /// A list of ContributorInsightsSummary.
    pub contributor_insights_summaries: Option<Vec<ContributorInsightsSummary>>,
    /// A token to go to the next page if there is one.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListContributorInsightsOutput, LIST_CONTRIBUTOR_INSIGHTS_OUTPUT,
    [contributor_insights_summaries, next_token], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListExportsInput {
    /// The Amazon Resource Name (ARN) associated with the exported table.
    pub table_arn: Option<String>,
    /// Maximum number of results to return per page.
    pub max_results: Option<i32>,
    /// An optional string that, if supplied, must be copied from the output of a previous call to `ListExports`. When provided in this manner, the API fetches the next page of results.
    pub next_token: Option<String>,
}
rt::structure!(
    ListExportsInput, LIST_EXPORTS_INPUT, [table_arn, max_results, next_token]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListExportsOutput {
    /// A list of `ExportSummary` objects.
    pub export_summaries: Option<Vec<ExportSummary>>,
    /// If this value is returned, there are additional results to be displayed. To retrieve them, call `ListExports` again, with `NextToken` set to this value.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListExportsOutput, LIST_EXPORTS_OUTPUT, [export_summaries, next_token], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListGlobalTablesInput {
    /// The first global table name that this operation will evaluate.
    pub exclusive_start_global_table_name: Option<String>,
    /// The maximum number of table names to return, if the parameter is not specified DynamoDB defaults to 100.
    ///
    /// If the number of global tables DynamoDB finds reaches this limit, it stops the operation and returns the table names collected up to that point, with a table name in the `LastEvaluatedGlobalTableName` to apply in a subsequent operation to the `ExclusiveStartGlobalTableName` parameter.
    pub limit: Option<i32>,
    /// Lists the global tables in a specific Region.
    pub region_name: Option<String>,
}
rt::structure!(
    ListGlobalTablesInput, LIST_GLOBAL_TABLES_INPUT, [exclusive_start_global_table_name,
    limit, region_name]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListGlobalTablesOutput {
    /// List of global table names.
    pub global_tables: Option<Vec<GlobalTable>>,
    /// Last evaluated global table name.
    pub last_evaluated_global_table_name: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListGlobalTablesOutput, LIST_GLOBAL_TABLES_OUTPUT, [global_tables,
    last_evaluated_global_table_name], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListImportsInput {
    /// The Amazon Resource Name (ARN) associated with the table that was imported to.
    pub table_arn: Option<String>,
    /// The number of `ImportSummary `objects returned in a single page.
    pub page_size: Option<i32>,
    /// An optional string that, if supplied, must be copied from the output of a previous call to `ListImports`. When provided in this manner, the API fetches the next page of results.
    pub next_token: Option<String>,
}
rt::structure!(ListImportsInput, LIST_IMPORTS_INPUT, [table_arn, page_size, next_token]);
#[derive(Clone, Default, PartialEq)]
pub struct ListImportsOutput {
    /// A list of `ImportSummary` objects.
    pub import_summary_list: Option<Vec<ImportSummary>>,
    /// If this value is returned, there are additional results to be displayed. To retrieve them, call `ListImports` again, with `NextToken` set to this value.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListImportsOutput, LIST_IMPORTS_OUTPUT, [import_summary_list, next_token], meta =
    response_metadata
);
/// Represents the input of a `ListTables` operation.
#[derive(Clone, Default, PartialEq)]
pub struct ListTablesInput {
    /// The first table name that this operation will evaluate. Use the value that was returned for `LastEvaluatedTableName` in a previous operation, so that you can obtain the next page of results.
    pub exclusive_start_table_name: Option<String>,
    /// A maximum number of table names to return. If this parameter is not specified, the limit is 100.
    pub limit: Option<i32>,
}
rt::structure!(ListTablesInput, LIST_TABLES_INPUT, [exclusive_start_table_name, limit]);
/// Represents the output of a `ListTables` operation.
#[derive(Clone, Default, PartialEq)]
pub struct ListTablesOutput {
    /// The names of the tables associated with the current account at the current endpoint. The maximum size of this array is 100.
    ///
    /// If `LastEvaluatedTableName` also appears in the output, you can use this value as the `ExclusiveStartTableName` parameter in a subsequent `ListTables` request and obtain the next page of results.
    pub table_names: Option<Vec<String>>,
    /// The name of the last table in the current page of results. Use this value as the `ExclusiveStartTableName` in a new request to obtain the next page of results, until all the table names are returned.
    ///
    /// If you do not receive a `LastEvaluatedTableName` value in the response, this means that there are no more table names to be retrieved.
    pub last_evaluated_table_name: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListTablesOutput, LIST_TABLES_OUTPUT, [table_names, last_evaluated_table_name], meta
    = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListTagsOfResourceInput {
    /// The Amazon DynamoDB resource with tags to be listed. This value is an Amazon Resource Name (ARN).
    pub resource_arn: String,
    /// An optional string that, if supplied, must be copied from the output of a previous call to ListTagOfResource. When provided in this manner, this API fetches the next page of results.
    pub next_token: Option<String>,
}
rt::structure!(
    ListTagsOfResourceInput, LIST_TAGS_OF_RESOURCE_INPUT, [resource_arn, next_token]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListTagsOfResourceOutput {
    /// The tags currently associated with the Amazon DynamoDB resource.
    pub tags: Option<Vec<Tag>>,
    /// If this value is returned, there are additional results to be displayed. To retrieve them, call ListTagsOfResource again, with NextToken set to this value.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListTagsOfResourceOutput, LIST_TAGS_OF_RESOURCE_OUTPUT, [tags, next_token], meta =
    response_metadata
);
/// Represents the properties of a local secondary index.
#[derive(Clone, Default, PartialEq)]
pub struct LocalSecondaryIndex {
    /// The name of the local secondary index. The name must be unique among all other indexes on this table.
    pub index_name: String,
    /// The complete key schema for the local secondary index, consisting of one or more pairs of attribute names and key types:
    ///
    /// - `HASH` - partition key
    ///
    /// - `RANGE` - sort key
    ///
    /// The partition key of an item is also known as its *hash attribute*. The term "hash attribute" derives from DynamoDB's usage of an internal hash function to evenly distribute data items across partitions, based on their partition key values.
    ///
    /// The sort key of an item is also known as its *range attribute*. The term "range attribute" derives from the way DynamoDB stores items with the same partition key physically close together, in sorted order by the sort key value.
    pub key_schema: Vec<KeySchemaElement>,
    /// Represents attributes that are copied (projected) from the table into the local secondary index. These are in addition to the primary key attributes and index key attributes, which are automatically projected.
    pub projection: Projection,
}
rt::structure!(
    LocalSecondaryIndex, LOCAL_SECONDARY_INDEX, [index_name, key_schema, projection]
);
/// Represents the properties of a local secondary index.
#[derive(Clone, Default, PartialEq)]
pub struct LocalSecondaryIndexDescription {
    /// Represents the name of the local secondary index.
    pub index_name: Option<String>,
    /// The complete key schema for the local secondary index, consisting of one or more pairs of attribute names and key types:
    ///
    /// - `HASH` - partition key
    ///
    /// - `RANGE` - sort key
    ///
    /// The partition key of an item is also known as its *hash attribute*. The term "hash attribute" derives from DynamoDB's usage of an internal hash function to evenly distribute data items across partitions, based on their partition key values.
    ///
    /// The sort key of an item is also known as its *range attribute*. The term "range attribute" derives from the way DynamoDB stores items with the same partition key physically close together, in sorted order by the sort key value.
    pub key_schema: Option<Vec<KeySchemaElement>>,
    /// Represents attributes that are copied (projected) from the table into the global secondary index. These are in addition to the primary key attributes and index key attributes, which are automatically projected.
    pub projection: Option<Projection>,
    /// The total size of the specified index, in bytes. DynamoDB updates this value approximately every six hours. Recent changes might not be reflected in this value.
    pub index_size_bytes: Option<i64>,
    /// The number of items in the specified index. DynamoDB updates this value approximately every six hours. Recent changes might not be reflected in this value.
    pub item_count: Option<i64>,
    /// The Amazon Resource Name (ARN) that uniquely identifies the index.
    pub index_arn: Option<String>,
}
rt::structure!(
    LocalSecondaryIndexDescription, LOCAL_SECONDARY_INDEX_DESCRIPTION, [index_name,
    key_schema, projection, index_size_bytes, item_count, index_arn]
);
/// Represents the properties of a local secondary index for the table when the backup was created.
#[derive(Clone, Default, PartialEq)]
pub struct LocalSecondaryIndexInfo {
    /// Represents the name of the local secondary index.
    pub index_name: Option<String>,
    /// The complete key schema for a local secondary index, which consists of one or more pairs of attribute names and key types:
    ///
    /// - `HASH` - partition key
    ///
    /// - `RANGE` - sort key
    ///
    /// The partition key of an item is also known as its *hash attribute*. The term "hash attribute" derives from DynamoDB's usage of an internal hash function to evenly distribute data items across partitions, based on their partition key values.
    ///
    /// The sort key of an item is also known as its *range attribute*. The term "range attribute" derives from the way DynamoDB stores items with the same partition key physically close together, in sorted order by the sort key value.
    pub key_schema: Option<Vec<KeySchemaElement>>,
    /// Represents attributes that are copied (projected) from the table into the global secondary index. These are in addition to the primary key attributes and index key attributes, which are automatically projected.
    pub projection: Option<Projection>,
}
rt::structure!(
    LocalSecondaryIndexInfo, LOCAL_SECONDARY_INDEX_INFO, [index_name, key_schema,
    projection]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MultiRegionConsistency {
    /// `EVENTUAL`
    Eventual,
    /// `STRONG`
    Strong,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(MultiRegionConsistency, { Eventual => "EVENTUAL", Strong => "STRONG" });
/// Sets the maximum number of read and write units for the specified on-demand table. If you use this parameter, you must specify `MaxReadRequestUnits`, `MaxWriteRequestUnits`, or both.
#[derive(Clone, Default, PartialEq)]
pub struct OnDemandThroughput {
    /// Maximum number of read request units for the specified table.
    ///
    /// To specify a maximum `OnDemandThroughput` on your table, set the value of `MaxReadRequestUnits` as greater than or equal to 1. To remove the maximum `OnDemandThroughput` that is currently set on your table, set the value of `MaxReadRequestUnits` to -1.
    pub max_read_request_units: Option<i64>,
    /// Maximum number of write request units for the specified table.
    ///
    /// To specify a maximum `OnDemandThroughput` on your table, set the value of `MaxWriteRequestUnits` as greater than or equal to 1. To remove the maximum `OnDemandThroughput` that is currently set on your table, set the value of `MaxWriteRequestUnits` to -1.
    pub max_write_request_units: Option<i64>,
}
rt::structure!(
    OnDemandThroughput, ON_DEMAND_THROUGHPUT, [max_read_request_units,
    max_write_request_units]
);
/// Overrides the on-demand throughput settings for this replica table. If you don't specify a value for this parameter, it uses the source table's on-demand throughput settings.
#[derive(Clone, Default, PartialEq)]
pub struct OnDemandThroughputOverride {
    /// Maximum number of read request units for the specified replica table.
    pub max_read_request_units: Option<i64>,
}
rt::structure!(
    OnDemandThroughputOverride, ON_DEMAND_THROUGHPUT_OVERRIDE, [max_read_request_units]
);
/// Contains the Amazon S3 location, encryption settings, and output types for a bulk operation. The `S3Bucket` and `OutputType` fields are required.
#[derive(Clone, Default, PartialEq)]
pub struct OutputS3Configuration {
    /// The Amazon Web Services account ID of the output bucket owner. If you omit this value, DynamoDB uses the Amazon Web Services account ID of the requester.
    ///
    /// `S3BucketOwner` is required when the bucket is owned by another Amazon Web Services account.
    pub s3_bucket_owner: Option<String>,
    /// The name of the Amazon S3 bucket where DynamoDB writes output records.
    pub s3_bucket: Option<String>,
    /// An optional key prefix under which DynamoDB writes the output records.
    pub s3_key_prefix: Option<String>,
    /// The server-side encryption algorithm for the output objects. Valid values are `AES256` and `KMS`. If you don't specify a value, Amazon S3 applies the destination bucket's default encryption settings.
    pub s3_sse_algorithm: Option<S3SseAlgorithm>,
    /// The identifier of the KMS key that encrypts the output objects. Specify this value when `S3SseAlgorithm` is `KMS`. Don't specify it when the algorithm is `AES256`.
    pub s3_sse_kms_key_id: Option<String>,
    /// The following values describe the types of output that DynamoDB writes for individual input items. Include one or both values.
    ///
    /// ERROR
    ///
    /// Reports input records or input objects that DynamoDB couldn't process. This includes malformed input and item validation failures, such as a missing or incorrectly typed primary key attribute or an item that exceeds a DynamoDB limit.
    ///
    /// CONDITION\_CHECK\_FAILURE
    ///
    /// Reports the attempted item and, when present, the existing item for a write whose condition expression evaluates to false.
    pub output_type: Vec<OutputTypeEnum>,
}
rt::structure!(
    OutputS3Configuration, OUTPUT_S3_CONFIGURATION, [s3_bucket_owner, s3_bucket,
    s3_key_prefix, s3_sse_algorithm, s3_sse_kms_key_id, output_type]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OutputTypeEnum {
    /// `ERROR`
    Error,
    /// `CONDITION_CHECK_FAILURE`
    ConditionCheckFailure,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    OutputTypeEnum, { Error => "ERROR", ConditionCheckFailure =>
    "CONDITION_CHECK_FAILURE" }
);
/// Represents a PartiQL statement that uses parameters.
#[derive(Clone, Default, PartialEq)]
pub struct ParameterizedStatement {
    /// A PartiQL statement that uses parameters.
    pub statement: String,
    /// The parameter values.
    pub parameters: Option<Vec<AttributeValue>>,
    /// An optional parameter that returns the item attributes for a PartiQL `ParameterizedStatement` operation that failed a condition check.
    ///
    /// There is no additional cost associated with requesting a return value aside from the small network and processing overhead of receiving a larger response. No read capacity units are consumed.
    pub return_values_on_condition_check_failure: Option<
        ReturnValuesOnConditionCheckFailure,
    >,
}
rt::structure!(
    ParameterizedStatement, PARAMETERIZED_STATEMENT, [statement, parameters,
    return_values_on_condition_check_failure]
);
/// The description of the point in time settings applied to the table.
#[derive(Clone, Default, PartialEq)]
pub struct PointInTimeRecoveryDescription {
    /// The current state of point in time recovery:
    ///
    /// - `ENABLED` - Point in time recovery is enabled.
    ///
    /// - `DISABLED` - Point in time recovery is disabled.
    pub point_in_time_recovery_status: Option<PointInTimeRecoveryStatus>,
    /// The number of preceding days for which continuous backups are taken and maintained. Your table data is only recoverable to any point-in-time from within the configured recovery period. This parameter is optional.
    pub recovery_period_in_days: Option<i32>,
    /// Specifies the earliest point in time you can restore your table to. You can restore your table to any point in time during the last 35 days.
    pub earliest_restorable_date_time: Option<rt::DateTime>,
    /// `LatestRestorableDateTime` is typically 5 minutes before the current time.
    pub latest_restorable_date_time: Option<rt::DateTime>,
}
rt::structure!(
    PointInTimeRecoveryDescription, POINT_IN_TIME_RECOVERY_DESCRIPTION,
    [point_in_time_recovery_status, recovery_period_in_days,
    earliest_restorable_date_time, latest_restorable_date_time]
);
/// Represents the settings used to enable point in time recovery.
#[derive(Clone, Default, PartialEq)]
pub struct PointInTimeRecoverySpecification {
    /// Indicates whether point in time recovery is enabled (true) or disabled (false) on the table.
    pub point_in_time_recovery_enabled: bool,
    /// The number of preceding days for which continuous backups are taken and maintained. Your table data is only recoverable to any point-in-time from within the configured recovery period. This parameter is optional. If no value is provided, the value will default to 35.
    pub recovery_period_in_days: Option<i32>,
}
rt::structure!(
    PointInTimeRecoverySpecification, POINT_IN_TIME_RECOVERY_SPECIFICATION,
    [point_in_time_recovery_enabled, recovery_period_in_days]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PointInTimeRecoveryStatus {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    PointInTimeRecoveryStatus, { Enabled => "ENABLED", Disabled => "DISABLED" }
);
/// Point in time recovery has not yet been enabled for this source table.
#[derive(Clone, Default, PartialEq)]
pub struct PointInTimeRecoveryUnavailableException {
    pub message: Option<String>,
}
rt::structure!(
    PointInTimeRecoveryUnavailableException,
    POINT_IN_TIME_RECOVERY_UNAVAILABLE_EXCEPTION, [message]
);
/// The operation tried to access a nonexistent resource-based policy.
///
/// If you specified an `ExpectedRevisionId`, it's possible that a policy is present for the resource but its revision ID didn't match the expected value.
#[derive(Clone, Default, PartialEq)]
pub struct PolicyNotFoundException {
    pub message: Option<String>,
}
rt::structure!(PolicyNotFoundException, POLICY_NOT_FOUND_EXCEPTION, [message]);
/// Represents attributes that are copied (projected) from the table into an index. These are in addition to the primary key attributes and index key attributes, which are automatically projected.
#[derive(Clone, Default, PartialEq)]
pub struct Projection {
    /// The set of attributes that are projected into the index:
    ///
    /// - `KEYS\_ONLY` - Only the index and primary keys are projected into the index.
    ///
    /// - `INCLUDE` - In addition to the attributes described in `KEYS\_ONLY`, the secondary index will include other non-key attributes that you specify.
    ///
    /// - `ALL` - All of the table attributes are projected into the index.
    ///
    /// When using the DynamoDB console, `ALL` is selected by default.
    pub projection_type: Option<ProjectionType>,
    /// Represents the non-key attribute names which will be projected into the index.
    ///
    /// For global and local secondary indexes, the total count of `NonKeyAttributes` summed across all of the secondary indexes, must not exceed 100. If you project the same attribute into two different indexes, this counts as two distinct attributes when determining the total. This limit only applies when you specify the ProjectionType of `INCLUDE`. You still can specify the ProjectionType of `ALL` to project all attributes from the source table, even if the table has more than 100 attributes.
    pub non_key_attributes: Option<Vec<String>>,
}
rt::structure!(Projection, PROJECTION, [projection_type, non_key_attributes]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ProjectionType {
    /// `ALL`
    All,
    /// `KEYS_ONLY`
    KeysOnly,
    /// `INCLUDE`
    Include,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ProjectionType, { All => "ALL", KeysOnly => "KEYS_ONLY", Include => "INCLUDE" }
);
/// Represents the provisioned throughput settings for the specified global secondary index. You must use `ProvisionedThroughput` or `OnDemandThroughput` based on your table’s capacity mode.
///
/// For current minimum and maximum provisioned throughput values, see [Service, Account, and Table Quotas](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Limits.html) in the *Amazon DynamoDB Developer Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct ProvisionedThroughput {
    /// The maximum number of strongly consistent reads consumed per second before DynamoDB returns a `ThrottlingException`. For more information, see [Specifying Read and Write Requirements](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ProvisionedThroughput.html) in the *Amazon DynamoDB Developer Guide*.
    ///
    /// If read/write capacity mode is `PAY\_PER\_REQUEST` the value is set to 0.
    pub read_capacity_units: i64,
    /// The maximum number of writes consumed per second before DynamoDB returns a `ThrottlingException`. For more information, see [Specifying Read and Write Requirements](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ProvisionedThroughput.html) in the *Amazon DynamoDB Developer Guide*.
    ///
    /// If read/write capacity mode is `PAY\_PER\_REQUEST` the value is set to 0.
    pub write_capacity_units: i64,
}
rt::structure!(
    ProvisionedThroughput, PROVISIONED_THROUGHPUT, [read_capacity_units,
    write_capacity_units]
);
/// Represents the provisioned throughput settings for the table, consisting of read and write capacity units, along with data about increases and decreases.
#[derive(Clone, Default, PartialEq)]
pub struct ProvisionedThroughputDescription {
    /// The date and time of the last provisioned throughput increase for this table.
    pub last_increase_date_time: Option<rt::DateTime>,
    /// The date and time of the last provisioned throughput decrease for this table.
    pub last_decrease_date_time: Option<rt::DateTime>,
    /// The number of provisioned throughput decreases for this table during this UTC calendar day. For current maximums on provisioned throughput decreases, see [Service, Account, and Table Quotas](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Limits.html) in the *Amazon DynamoDB Developer Guide*.
    pub number_of_decreases_today: Option<i64>,
    /// The maximum number of strongly consistent reads consumed per second before DynamoDB returns a `ThrottlingException`. Eventually consistent reads require less effort than strongly consistent reads, so a setting of 50 `ReadCapacityUnits` per second provides 100 eventually consistent `ReadCapacityUnits` per second.
    ///
    /// For a table or global secondary index that uses on-demand capacity mode (`PAY\_PER\_REQUEST`), this value is `0`, because on-demand mode does not use provisioned throughput.
    pub read_capacity_units: Option<i64>,
    /// The maximum number of writes consumed per second before DynamoDB returns a `ThrottlingException`.
    ///
    /// For a table or global secondary index that uses on-demand capacity mode (`PAY\_PER\_REQUEST`), this value is `0`, because on-demand mode does not use provisioned throughput.
    pub write_capacity_units: Option<i64>,
}
rt::structure!(
    ProvisionedThroughputDescription, PROVISIONED_THROUGHPUT_DESCRIPTION,
    [last_increase_date_time, last_decrease_date_time, number_of_decreases_today,
    read_capacity_units, write_capacity_units]
);
/// The request was denied due to request throttling. For detailed information about why the request was throttled and the ARN of the impacted resource, find the [ThrottlingReason](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html) field in the returned exception. The Amazon Web Services SDKs for DynamoDB automatically retry requests that receive this exception. Your request is eventually successful, unless your retry queue is too large to finish. Reduce the frequency of requests and use exponential backoff. For more information, go to [Error Retries and Exponential Backoff](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html#Programming.Errors.RetryAndBackoff) in the *Amazon DynamoDB Developer Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct ProvisionedThroughputExceededException {
    /// You exceeded your maximum allowed provisioned throughput.
    pub message: Option<String>,
    /// A list of [ThrottlingReason](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html) that provide detailed diagnostic information about why the request was throttled.
    pub throttling_reasons: Option<Vec<ThrottlingReason>>,
}
rt::structure!(
    ProvisionedThroughputExceededException, PROVISIONED_THROUGHPUT_EXCEEDED_EXCEPTION,
    [message, throttling_reasons]
);
/// Replica-specific provisioned throughput settings. If not specified, uses the source table's provisioned throughput settings.
#[derive(Clone, Default, PartialEq)]
pub struct ProvisionedThroughputOverride {
    /// Replica-specific read capacity units. If not specified, uses the source table's read capacity settings.
    pub read_capacity_units: Option<i64>,
}
rt::structure!(
    ProvisionedThroughputOverride, PROVISIONED_THROUGHPUT_OVERRIDE, [read_capacity_units]
);
/// Represents a request to perform a `PutItem` operation.
#[derive(Clone, Default, PartialEq)]
pub struct Put {
    /// A map of attribute name to attribute values, representing the primary key of the item to be written by `PutItem`. All of the table's primary key attributes must be specified, and their data types must match those of the table's key schema. If any attributes are present in the item that are part of an index key schema for the table, their types must match the index key schema.
    pub item: rt::IndexMap<String, AttributeValue>,
    /// Name of the table in which to write the item. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
    /// A condition that must be satisfied in order for a conditional update to succeed.
    pub condition_expression: Option<String>,
    /// One or more substitution tokens for attribute names in an expression.
    pub expression_attribute_names: Option<rt::IndexMap<String, String>>,
    /// One or more values that can be substituted in an expression.
    pub expression_attribute_values: Option<rt::IndexMap<String, AttributeValue>>,
    /// Use `ReturnValuesOnConditionCheckFailure` to get the item attributes if the `Put` condition fails. For `ReturnValuesOnConditionCheckFailure`, the valid values are: NONE and ALL\_OLD.
    pub return_values_on_condition_check_failure: Option<
        ReturnValuesOnConditionCheckFailure,
    >,
}
rt::structure!(
    Put, PUT, [item, table_name, condition_expression, expression_attribute_names,
    expression_attribute_values, return_values_on_condition_check_failure]
);
/// Represents the input of a `PutItem` operation.
#[derive(Clone, Default, PartialEq)]
pub struct PutItemInput {
    /// The name of the table to contain the item. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
    /// A map of attribute name/value pairs, one for each attribute. Only the primary key attributes are required; you can optionally provide other attribute name-value pairs for the item.
    ///
    /// You must provide all of the attributes for the primary key. For example, with a simple primary key, you only need to provide a value for the partition key. For a composite primary key, you must provide both values for both the partition key and the sort key.
    ///
    /// If you specify any attributes that are part of an index key, then the data types for those attributes must match those of the schema in the table's attribute definition.
    ///
    /// If the table has vector indexes, the following validations apply to write operations. A violation of any of these constraints results in a `ValidationException`:
    ///
    /// - The vector attribute must be a list of numbers with dimensions matching the index configuration.
    ///
    /// - Vector values must fit in 32-bit IEEE-754 floating point format (f32).
    ///
    /// - Partition key and inline filter attributes defined in the search schema must have data types matching the index schema definition.
    ///
    /// Empty String and Binary attribute values are allowed. Attribute values of type String and Binary must have a length greater than zero if the attribute is used as a key attribute for a table or index.
    ///
    /// For more information about primary keys, see [Primary Key](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.CoreComponents.html#HowItWorks.CoreComponents.PrimaryKey) in the *Amazon DynamoDB Developer Guide*.
    ///
    /// Each element in the `Item` map is an `AttributeValue` object.
    pub item: rt::IndexMap<String, AttributeValue>,
    /// This is a legacy parameter. Use `ConditionExpression` instead. For more information, see [Expected](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.Expected.html) in the *Amazon DynamoDB Developer Guide*.
    pub expected: Option<rt::IndexMap<String, ExpectedAttributeValue>>,
    /// Use `ReturnValues` if you want to get the item attributes as they appeared before they were updated with the `PutItem` request. For `PutItem`, the valid values are:
    ///
    /// - `NONE` - If `ReturnValues` is not specified, or if its value is `NONE`, then nothing is returned. (This setting is the default for `ReturnValues`.)
    ///
    /// - `ALL\_OLD` - If `PutItem` overwrote an attribute name-value pair, then the content of the old item is returned.
    ///
    /// The values returned are strongly consistent.
    ///
    /// There is no additional cost associated with requesting a return value aside from the small network and processing overhead of receiving a larger response. No read capacity units are consumed.
    ///
    /// The `ReturnValues` parameter is used by several DynamoDB operations; however, `PutItem` does not recognize any values other than `NONE` or `ALL\_OLD`.
    pub return_values: Option<ReturnValue>,
    /// Determines the level of detail about either provisioned or on-demand throughput consumption that is returned in the response:
    ///
    /// - `INDEXES` - The response includes the aggregate `ConsumedCapacity` for the operation, together with `ConsumedCapacity` for each table and secondary index that was accessed.
    ///
    /// Note that some operations, such as `GetItem` and `BatchGetItem`, do not access any indexes at all. In these cases, specifying `INDEXES` will only return `ConsumedCapacity` information for table(s).
    ///
    /// - `TOTAL` - The response includes only the aggregate `ConsumedCapacity` for the operation.
    ///
    /// - `NONE` - No `ConsumedCapacity` details are included in the response.
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
    /// Determines whether item collection metrics are returned. If set to `SIZE`, the response includes statistics about item collections, if any, that were modified during the operation are returned in the response. If set to `NONE` (the default), no statistics are returned.
    pub return_item_collection_metrics: Option<ReturnItemCollectionMetrics>,
    /// This is a legacy parameter. Use `ConditionExpression` instead. For more information, see [ConditionalOperator](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.ConditionalOperator.html) in the *Amazon DynamoDB Developer Guide*.
    pub conditional_operator: Option<ConditionalOperator>,
    /// A condition that must be satisfied in order for a conditional `PutItem` operation to succeed.
    ///
    /// An expression can contain any of the following:
    ///
    /// - Functions: `attribute\_exists \| attribute\_not\_exists \| attribute\_type \| contains \| begins\_with \| size`
    ///
    /// These function names are case-sensitive.
    ///
    /// - Comparison operators: `= \| \<\> \| \< \| \> \| \<= \| \>= \| BETWEEN \| IN `
    ///
    /// - Logical operators: `AND \| OR \| NOT`
    ///
    /// For more information on condition expressions, see [Condition Expressions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.SpecifyingConditions.html) in the *Amazon DynamoDB Developer Guide*.
    pub condition_expression: Option<String>,
    /// One or more substitution tokens for attribute names in an expression. The following are some use cases for using `ExpressionAttributeNames`:
    ///
    /// - To access an attribute whose name conflicts with a DynamoDB reserved word.
    ///
    /// - To create a placeholder for repeating occurrences of an attribute name in an expression.
    ///
    /// - To prevent special characters in an attribute name from being misinterpreted in an expression.
    ///
    /// Use the **\#** character in an expression to dereference an attribute name. For example, consider the following attribute name:
    ///
    /// - `Percentile`
    ///
    /// The name of this attribute conflicts with a reserved word, so it cannot be used directly in an expression. (For the complete list of reserved words, see [Reserved Words](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ReservedWords.html) in the *Amazon DynamoDB Developer Guide*). To work around this, you could specify the following for `ExpressionAttributeNames`:
    ///
    /// - `{"\#P":"Percentile"}`
    ///
    /// You could then use this substitution in an expression, as in this example:
    ///
    /// - `\#P = :val`
    ///
    /// Tokens that begin with the **:** character are *expression attribute values*, which are placeholders for the actual value at runtime.
    ///
    /// For more information on expression attribute names, see [Specifying Item Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.AccessingItemAttributes.html) in the *Amazon DynamoDB Developer Guide*.
    pub expression_attribute_names: Option<rt::IndexMap<String, String>>,
    /// One or more values that can be substituted in an expression.
    ///
    /// Use the **:** (colon) character in an expression to dereference an attribute value. For example, suppose that you wanted to check whether the value of the *ProductStatus* attribute was one of the following:
    ///
    /// `Available \| Backordered \| Discontinued`
    ///
    /// You would first need to specify `ExpressionAttributeValues` as follows:
    ///
    /// `{ ":avail":{"S":"Available"}, ":back":{"S":"Backordered"}, ":disc":{"S":"Discontinued"} }`
    ///
    /// You could then use these values in an expression, such as this:
    ///
    /// `ProductStatus IN (:avail, :back, :disc)`
    ///
    /// For more information on expression attribute values, see [Condition Expressions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.SpecifyingConditions.html) in the *Amazon DynamoDB Developer Guide*.
    pub expression_attribute_values: Option<rt::IndexMap<String, AttributeValue>>,
    /// An optional parameter that returns the item attributes for a `PutItem` operation that failed a condition check.
    ///
    /// There is no additional cost associated with requesting a return value aside from the small network and processing overhead of receiving a larger response. No read capacity units are consumed.
    pub return_values_on_condition_check_failure: Option<
        ReturnValuesOnConditionCheckFailure,
    >,
}
rt::structure!(
    PutItemInput, PUT_ITEM_INPUT, [table_name, item, expected, return_values,
    return_consumed_capacity, return_item_collection_metrics, conditional_operator,
    condition_expression, expression_attribute_names, expression_attribute_values,
    return_values_on_condition_check_failure]
);
/// Represents the output of a `PutItem` operation.
#[derive(Clone, Default, PartialEq)]
pub struct PutItemOutput {
    /// The attribute values as they appeared before the `PutItem` operation, but only if `ReturnValues` is specified as `ALL\_OLD` in the request. Each element consists of an attribute name and an attribute value.
    pub attributes: Option<rt::IndexMap<String, AttributeValue>>,
    /// The capacity units consumed by the `PutItem` operation. The data returned includes the total provisioned throughput consumed, along with statistics for the table and any indexes involved in the operation. `ConsumedCapacity` is only returned if the `ReturnConsumedCapacity` parameter was specified. For more information, see [Capacity unity consumption for write operations](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html#write-operation-consumption) in the *Amazon DynamoDB Developer Guide*.
    ///
    /// If the table has vector indexes, the response includes a `VectorIndexes` field with `VectorWriteRequestBytes` consumed for each affected vector index.
    pub consumed_capacity: Option<ConsumedCapacity>,
    /// Information about item collections, if any, that were affected by the `PutItem` operation. `ItemCollectionMetrics` is only returned if the `ReturnItemCollectionMetrics` parameter was specified. If the table does not have any local secondary indexes, this information is not returned in the response.
    ///
    /// Each `ItemCollectionMetrics` element consists of:
    ///
    /// - `ItemCollectionKey` - The partition key value of the item collection. This is the same as the partition key value of the item itself.
    ///
    /// - `SizeEstimateRangeGB` - An estimate of item collection size, in gigabytes. This value is a two-element array containing a lower bound and an upper bound for the estimate. The estimate includes the size of all the items in the table, plus the size of all attributes projected into all of the local secondary indexes on that table. Use this estimate to measure whether a local secondary index is approaching its size limit.
    ///
    /// The estimate is subject to change over time; therefore, do not rely on the precision or accuracy of the estimate.
    pub item_collection_metrics: Option<ItemCollectionMetrics>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    PutItemOutput, PUT_ITEM_OUTPUT, [attributes, consumed_capacity,
    item_collection_metrics], meta = response_metadata
);
/// Represents a request to perform a `PutItem` operation on an item.
#[derive(Clone, Default, PartialEq)]
pub struct PutRequest {
    /// A map of attribute name to attribute values, representing the primary key of an item to be processed by `PutItem`. All of the table's primary key attributes must be specified, and their data types must match those of the table's key schema. If any attributes are present in the item that are part of an index key schema for the table, their types must match the index key schema.
    pub item: rt::IndexMap<String, AttributeValue>,
}
rt::structure!(PutRequest, PUT_REQUEST, [item]);
#[derive(Clone, Default, PartialEq)]
pub struct PutResourcePolicyInput {
    /// The Amazon Resource Name (ARN) of the DynamoDB resource to which the policy will be attached. The resources you can specify include tables and streams.
    ///
    /// You can control index permissions using the base table's policy. To specify the same permission level for your table and its indexes, you can provide both the table and index Amazon Resource Name (ARN)s in the `Resource` field of a given `Statement` in your policy document. Alternatively, to specify different permissions for your table, indexes, or both, you can define multiple `Statement` fields in your policy document.
    pub resource_arn: String,
    /// An Amazon Web Services resource-based policy document in JSON format.
    ///
    /// - The maximum size supported for a resource-based policy document is 20 KB. DynamoDB counts whitespaces when calculating the size of a policy against this limit.
    ///
    /// - Within a resource-based policy, if the action for a DynamoDB service-linked role (SLR) to replicate data for a global table is denied, adding or deleting a replica will fail with an error.
    ///
    /// For a full list of all considerations that apply while attaching a resource-based policy, see [Resource-based policy considerations](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/rbac-considerations.html).
    pub policy: String,
    /// A string value that you can use to conditionally update your policy. You can provide the revision ID of your existing policy to make mutating requests against that policy.
    ///
    /// When you provide an expected revision ID, if the revision ID of the existing policy on the resource doesn't match or if there's no policy attached to the resource, your request will be rejected with a `PolicyNotFoundException`.
    ///
    /// To conditionally attach a policy when no policy exists for the resource, specify `NO\_POLICY` for the revision ID.
    pub expected_revision_id: Option<String>,
    /// Set this parameter to `true` to confirm that you want to remove your permissions to change the policy of this resource in the future.
    pub confirm_remove_self_resource_access: Option<bool>,
}
rt::structure!(
    PutResourcePolicyInput, PUT_RESOURCE_POLICY_INPUT, [resource_arn, policy,
    expected_revision_id, confirm_remove_self_resource_access]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutResourcePolicyOutput {
    /// A unique string that represents the revision ID of the policy. If you're comparing revision IDs, make sure to always use string comparison logic.
    pub revision_id: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    PutResourcePolicyOutput, PUT_RESOURCE_POLICY_OUTPUT, [revision_id], meta =
    response_metadata
);
/// Represents the input of a `Query` operation.
#[derive(Clone, Default, PartialEq)]
pub struct QueryInput {
    /// The name of the table containing the requested items. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
    /// The name of an index to query. This index can be any local secondary index or global secondary index on the table. Note that if you use the `IndexName` parameter, you must also provide `TableName.`
    pub index_name: Option<String>,
    /// The attributes to be returned in the result. You can retrieve all item attributes, specific item attributes, the count of matching items, or in the case of an index, some or all of the attributes projected into the index.
    ///
    /// - `ALL\_ATTRIBUTES` - Returns all of the item attributes from the specified table or index. If you query a local secondary index, then for each matching item in the index, DynamoDB fetches the entire item from the parent table. If the index is configured to project all item attributes, then all of the data can be obtained from the local secondary index, and no fetching is required.
    ///
    /// - `ALL\_PROJECTED\_ATTRIBUTES` - Allowed only when querying an index. Retrieves all attributes that have been projected into the index. If the index is configured to project all attributes, this return value is equivalent to specifying `ALL\_ATTRIBUTES`.
    ///
    /// - `COUNT` - Returns the number of matching items, rather than the matching items themselves. Note that this uses the same quantity of read capacity units as getting the items, and is subject to the same item size calculations.
    ///
    /// - `SPECIFIC\_ATTRIBUTES` - Returns only the attributes listed in `ProjectionExpression`. This return value is equivalent to specifying `ProjectionExpression` without specifying any value for `Select`.
    ///
    /// If you query or scan a local secondary index and request only attributes that are projected into that index, the operation will read only the index and not the table. If any of the requested attributes are not projected into the local secondary index, DynamoDB fetches each of these attributes from the parent table. This extra fetching incurs additional throughput cost and latency.
    ///
    /// If you query or scan a global secondary index, you can only request attributes that are projected into the index. Global secondary index queries cannot fetch attributes from the parent table.
    ///
    /// If neither `Select` nor `ProjectionExpression` are specified, DynamoDB defaults to `ALL\_ATTRIBUTES` when accessing a table, and `ALL\_PROJECTED\_ATTRIBUTES` when accessing an index. You cannot use both `Select` and `ProjectionExpression` together in a single request, unless the value for `Select` is `SPECIFIC\_ATTRIBUTES`. (This usage is equivalent to specifying `ProjectionExpression` without any value for `Select`.)
    ///
    /// If you use the `ProjectionExpression` parameter, then the value for `Select` can only be `SPECIFIC\_ATTRIBUTES`. Any other value for `Select` will return an error.
    pub select: Option<Select>,
    /// This is a legacy parameter. Use `ProjectionExpression` instead. For more information, see [AttributesToGet](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.AttributesToGet.html) in the *Amazon DynamoDB Developer Guide*.
    pub attributes_to_get: Option<Vec<String>>,
    /// The maximum number of items to evaluate (not necessarily the number of matching items). If DynamoDB processes the number of items up to the limit while processing the results, it stops the operation and returns the matching values up to that point, and a key in `LastEvaluatedKey` to apply in a subsequent operation, so that you can pick up where you left off. Also, if the processed dataset size exceeds 1 MB before DynamoDB reaches this limit, it stops the operation and returns the matching values up to the limit, and a key in `LastEvaluatedKey` to apply in a subsequent operation to continue the operation. For more information, see [Query and Scan](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/QueryAndScan.html) in the *Amazon DynamoDB Developer Guide*.
    pub limit: Option<i32>,
    /// Determines the read consistency model: If set to `true`, then the operation uses strongly consistent reads; otherwise, the operation uses eventually consistent reads.
    ///
    /// Strongly consistent reads are not supported on global secondary indexes. If you query a global secondary index with `ConsistentRead` set to `true`, you will receive a `ValidationException`.
    pub consistent_read: Option<bool>,
    /// This is a legacy parameter. Use `KeyConditionExpression` instead. For more information, see [KeyConditions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.KeyConditions.html) in the *Amazon DynamoDB Developer Guide*.
    pub key_conditions: Option<rt::IndexMap<String, Condition>>,
    /// This is a legacy parameter. Use `FilterExpression` instead. For more information, see [QueryFilter](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.QueryFilter.html) in the *Amazon DynamoDB Developer Guide*.
    pub query_filter: Option<rt::IndexMap<String, Condition>>,
    /// This is a legacy parameter. Use `FilterExpression` instead. For more information, see [ConditionalOperator](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.ConditionalOperator.html) in the *Amazon DynamoDB Developer Guide*.
    pub conditional_operator: Option<ConditionalOperator>,
    /// Specifies the order for index traversal: If `true` (default), the traversal is performed in ascending order; if `false`, the traversal is performed in descending order.
    ///
    /// Items with the same partition key value are stored in sorted order by sort key. If the sort key data type is Number, the results are stored in numeric order. For type String, the results are stored in order of UTF-8 bytes. For type Binary, DynamoDB treats each byte of the binary data as unsigned.
    ///
    /// If `ScanIndexForward` is `true`, DynamoDB returns the results in the order in which they are stored (by sort key value). This is the default behavior. If `ScanIndexForward` is `false`, DynamoDB reads the results in reverse order by sort key value, and then returns the results to the client.
    pub scan_index_forward: Option<bool>,
    /// The primary key of the first item that this operation will evaluate. Use the value that was returned for `LastEvaluatedKey` in the previous operation.
    ///
    /// The data type for `ExclusiveStartKey` must be String, Number, or Binary. No set data types are allowed.
    pub exclusive_start_key: Option<rt::IndexMap<String, AttributeValue>>,
    /// Determines the level of detail about either provisioned or on-demand throughput consumption that is returned in the response:
    ///
    /// - `INDEXES` - The response includes the aggregate `ConsumedCapacity` for the operation, together with `ConsumedCapacity` for each table and secondary index that was accessed.
    ///
    /// Note that some operations, such as `GetItem` and `BatchGetItem`, do not access any indexes at all. In these cases, specifying `INDEXES` will only return `ConsumedCapacity` information for table(s).
    ///
    /// - `TOTAL` - The response includes only the aggregate `ConsumedCapacity` for the operation.
    ///
    /// - `NONE` - No `ConsumedCapacity` details are included in the response.
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
    /// A string that identifies one or more attributes to retrieve from the table. These attributes can include scalars, sets, or elements of a JSON document. The attributes in the expression must be separated by commas.
    ///
    /// If no attribute names are specified, then all attributes will be returned. If any of the requested attributes are not found, they will not appear in the result.
    ///
    /// For more information, see [Accessing Item Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.AccessingItemAttributes.html) in the *Amazon DynamoDB Developer Guide*.
    pub projection_expression: Option<String>,
    /// A string that contains conditions that DynamoDB applies after the `Query` operation, but before the data is returned to you. Items that do not satisfy the `FilterExpression` criteria are not returned.
    ///
    /// A `FilterExpression` does not allow key attributes. You cannot define a filter expression based on a partition key or a sort key.
    ///
    /// A `FilterExpression` is applied after the items have already been read; the process of filtering does not consume any additional read capacity units.
    ///
    /// For more information, see [Filter Expressions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Query.FilterExpression.html) in the *Amazon DynamoDB Developer Guide*.
    pub filter_expression: Option<String>,
    /// The condition that specifies the key values for items to be retrieved by the `Query` action.
    ///
    /// The condition must perform an equality test on a single partition key value.
    ///
    /// The condition can optionally perform one of several comparison tests on a single sort key value. This allows `Query` to retrieve one item with a given partition key value and sort key value, or several items that have the same partition key value but different sort key values.
    ///
    /// The partition key equality test is required, and must be specified in the following format:
    ///
    /// `partitionKeyName` *=* `:partitionkeyval`
    ///
    /// If you also want to provide a condition for the sort key, it must be combined using `AND` with the condition for the sort key. Following is an example, using the **=** comparison operator for the sort key:
    ///
    /// `partitionKeyName` `=` `:partitionkeyval` `AND` `sortKeyName` `=` `:sortkeyval`
    ///
    /// Valid comparisons for the sort key condition are as follows:
    ///
    /// - `sortKeyName` `=` `:sortkeyval` - true if the sort key value is equal to `:sortkeyval`.
    ///
    /// - `sortKeyName` `\<` `:sortkeyval` - true if the sort key value is less than `:sortkeyval`.
    ///
    /// - `sortKeyName` `\<=` `:sortkeyval` - true if the sort key value is less than or equal to `:sortkeyval`.
    ///
    /// - `sortKeyName` `\>` `:sortkeyval` - true if the sort key value is greater than `:sortkeyval`.
    ///
    /// - `sortKeyName` `\>= ` `:sortkeyval` - true if the sort key value is greater than or equal to `:sortkeyval`.
    ///
    /// - `sortKeyName` `BETWEEN` `:sortkeyval1` `AND` `:sortkeyval2` - true if the sort key value is greater than or equal to `:sortkeyval1`, and less than or equal to `:sortkeyval2`.
    ///
    /// - `begins\_with (` `sortKeyName`, `:sortkeyval` `)` - true if the sort key value begins with a particular operand. (You cannot use this function with a sort key that is of type Number.) Note that the function name `begins\_with` is case-sensitive.
    ///
    /// Use the `ExpressionAttributeValues` parameter to replace tokens such as `:partitionval` and `:sortval` with actual values at runtime.
    ///
    /// You can optionally use the `ExpressionAttributeNames` parameter to replace the names of the partition key and sort key with placeholder tokens. This option might be necessary if an attribute name conflicts with a DynamoDB reserved word. For example, the following `KeyConditionExpression` parameter causes an error because *Size* is a reserved word:
    ///
    /// - `Size = :myval`
    ///
    /// To work around this, define a placeholder (such a `\#S`) to represent the attribute name *Size*. `KeyConditionExpression` then is as follows:
    ///
    /// - `\#S = :myval`
    ///
    /// For a list of reserved words, see [Reserved Words](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ReservedWords.html) in the *Amazon DynamoDB Developer Guide*.
    ///
    /// For more information on `ExpressionAttributeNames` and `ExpressionAttributeValues`, see [Using Placeholders for Attribute Names and Values](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ExpressionPlaceholders.html) in the *Amazon DynamoDB Developer Guide*.
    pub key_condition_expression: Option<String>,
    /// One or more substitution tokens for attribute names in an expression. The following are some use cases for using `ExpressionAttributeNames`:
    ///
    /// - To access an attribute whose name conflicts with a DynamoDB reserved word.
    ///
    /// - To create a placeholder for repeating occurrences of an attribute name in an expression.
    ///
    /// - To prevent special characters in an attribute name from being misinterpreted in an expression.
    ///
    /// Use the **\#** character in an expression to dereference an attribute name. For example, consider the following attribute name:
    ///
    /// - `Percentile`
    ///
    /// The name of this attribute conflicts with a reserved word, so it cannot be used directly in an expression. (For the complete list of reserved words, see [Reserved Words](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ReservedWords.html) in the *Amazon DynamoDB Developer Guide*). To work around this, you could specify the following for `ExpressionAttributeNames`:
    ///
    /// - `{"\#P":"Percentile"}`
    ///
    /// You could then use this substitution in an expression, as in this example:
    ///
    /// - `\#P = :val`
    ///
    /// Tokens that begin with the **:** character are *expression attribute values*, which are placeholders for the actual value at runtime.
    ///
    /// For more information on expression attribute names, see [Specifying Item Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.AccessingItemAttributes.html) in the *Amazon DynamoDB Developer Guide*.
    pub expression_attribute_names: Option<rt::IndexMap<String, String>>,
    /// One or more values that can be substituted in an expression.
    ///
    /// Use the **:** (colon) character in an expression to dereference an attribute value. For example, suppose that you wanted to check whether the value of the *ProductStatus* attribute was one of the following:
    ///
    /// `Available \| Backordered \| Discontinued`
    ///
    /// You would first need to specify `ExpressionAttributeValues` as follows:
    ///
    /// `{ ":avail":{"S":"Available"}, ":back":{"S":"Backordered"}, ":disc":{"S":"Discontinued"} }`
    ///
    /// You could then use these values in an expression, such as this:
    ///
    /// `ProductStatus IN (:avail, :back, :disc)`
    ///
    /// For more information on expression attribute values, see [Specifying Conditions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.SpecifyingConditions.html) in the *Amazon DynamoDB Developer Guide*.
    pub expression_attribute_values: Option<rt::IndexMap<String, AttributeValue>>,
}
rt::structure!(
    QueryInput, QUERY_INPUT, [table_name, index_name, select, attributes_to_get, limit,
    consistent_read, key_conditions, query_filter, conditional_operator,
    scan_index_forward, exclusive_start_key, return_consumed_capacity,
    projection_expression, filter_expression, key_condition_expression,
    expression_attribute_names, expression_attribute_values]
);
/// Represents the output of a `Query` operation.
#[derive(Clone, Default, PartialEq)]
pub struct QueryOutput {
    /// An array of item attributes that match the query criteria. Each element in this array consists of an attribute name and the value for that attribute.
    pub items: Option<Vec<rt::IndexMap<String, AttributeValue>>>,
    /// The number of items in the response.
    ///
    /// If you used a `QueryFilter` in the request, then `Count` is the number of items returned after the filter was applied, and `ScannedCount` is the number of matching items before the filter was applied.
    ///
    /// If you did not use a filter in the request, then `Count` and `ScannedCount` are the same.
    pub count: Option<i32>,
    /// The number of items evaluated, before any `QueryFilter` is applied. A high `ScannedCount` value with few, or no, `Count` results indicates an inefficient `Query` operation. For more information, see [Count and ScannedCount](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Scan.html#Scan.Count) in the *Amazon DynamoDB Developer Guide*.
    ///
    /// If you did not use a filter in the request, then `ScannedCount` is the same as `Count`.
    pub scanned_count: Option<i32>,
    /// The primary key of the item where the operation stopped, inclusive of the previous result set. Use this value to start a new operation, excluding this value in the new request.
    ///
    /// If `LastEvaluatedKey` is empty, then the "last page" of results has been processed and there is no more data to be retrieved.
    ///
    /// If `LastEvaluatedKey` is not empty, it does not necessarily mean that there is more data in the result set. The only way to know when you have reached the end of the result set is when `LastEvaluatedKey` is empty.
    pub last_evaluated_key: Option<rt::IndexMap<String, AttributeValue>>,
    /// The capacity units consumed by the `Query` operation. The data returned includes the total provisioned throughput consumed, along with statistics for the table and any indexes involved in the operation. `ConsumedCapacity` is only returned if the `ReturnConsumedCapacity` parameter was specified. For more information, see [Capacity unit consumption for read operations](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html#read-operation-consumption) in the *Amazon DynamoDB Developer Guide*.
    pub consumed_capacity: Option<ConsumedCapacity>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    QueryOutput, QUERY_OUTPUT, [items, count, scanned_count, last_evaluated_key,
    consumed_capacity], meta = response_metadata
);
/// Represents the properties of a replica.
#[derive(Clone, Default, PartialEq)]
pub struct Replica {
    /// The Region where the replica needs to be created.
    pub region_name: Option<String>,
}
rt::structure!(Replica, REPLICA, [region_name]);
/// The specified replica is already part of the global table.
#[derive(Clone, Default, PartialEq)]
pub struct ReplicaAlreadyExistsException {
    pub message: Option<String>,
}
rt::structure!(
    ReplicaAlreadyExistsException, REPLICA_ALREADY_EXISTS_EXCEPTION, [message]
);
/// Represents the auto scaling settings of the replica.
#[derive(Clone, Default, PartialEq)]
pub struct ReplicaAutoScalingDescription {
    /// The Region where the replica exists.
    pub region_name: Option<String>,
    /// Replica-specific global secondary index auto scaling settings.
    pub global_secondary_indexes: Option<
        Vec<ReplicaGlobalSecondaryIndexAutoScalingDescription>,
    >,
    /// Represents the auto scaling settings for a global table or global secondary index.
    pub replica_provisioned_read_capacity_auto_scaling_settings: Option<
        AutoScalingSettingsDescription,
    >,
    /// Represents the auto scaling settings for a global table or global secondary index.
    pub replica_provisioned_write_capacity_auto_scaling_settings: Option<
        AutoScalingSettingsDescription,
    >,
    /// The current state of the replica:
    ///
    /// - `CREATING` - The replica is being created.
    ///
    /// - `UPDATING` - The replica is being updated.
    ///
    /// - `DELETING` - The replica is being deleted.
    ///
    /// - `ACTIVE` - The replica is ready for use.
    pub replica_status: Option<ReplicaStatus>,
}
rt::structure!(
    ReplicaAutoScalingDescription, REPLICA_AUTO_SCALING_DESCRIPTION, [region_name,
    global_secondary_indexes, replica_provisioned_read_capacity_auto_scaling_settings,
    replica_provisioned_write_capacity_auto_scaling_settings, replica_status]
);
/// Represents the auto scaling settings of a replica that will be modified.
#[derive(Clone, Default, PartialEq)]
pub struct ReplicaAutoScalingUpdate {
    /// The Region where the replica exists.
    pub region_name: String,
    /// Represents the auto scaling settings of global secondary indexes that will be modified.
    pub replica_global_secondary_index_updates: Option<
        Vec<ReplicaGlobalSecondaryIndexAutoScalingUpdate>,
    >,
    /// Represents the auto scaling settings to be modified for a global table or global secondary index.
    pub replica_provisioned_read_capacity_auto_scaling_update: Option<
        AutoScalingSettingsUpdate,
    >,
}
rt::structure!(
    ReplicaAutoScalingUpdate, REPLICA_AUTO_SCALING_UPDATE, [region_name,
    replica_global_secondary_index_updates,
    replica_provisioned_read_capacity_auto_scaling_update]
);
/// Contains the details of the replica.
#[derive(Clone, Default, PartialEq)]
pub struct ReplicaDescription {
    /// The name of the Region.
    pub region_name: Option<String>,
    /// The current state of the replica:
    ///
    /// - `CREATING` - The replica is being created.
    ///
    /// - `UPDATING` - The replica is being updated.
    ///
    /// - `DELETING` - The replica is being deleted.
    ///
    /// - `ACTIVE` - The replica is ready for use.
    ///
    /// - `REGION\_DISABLED` - The replica is inaccessible because the Amazon Web Services Region has been disabled.
    ///
    /// If the Amazon Web Services Region remains inaccessible for more than 20 hours, DynamoDB will remove this replica from the replication group. The replica will not be deleted and replication will stop from and to this region.
    ///
    /// - `INACCESSIBLE\_ENCRYPTION\_CREDENTIALS ` - The KMS key used to encrypt the table is inaccessible.
    ///
    /// If the KMS key remains inaccessible for more than 20 hours, DynamoDB will remove this replica from the replication group. The replica will not be deleted and replication will stop from and to this region.
    pub replica_status: Option<ReplicaStatus>,
    /// The Amazon Resource Name (ARN) of the global table replica.
    pub replica_arn: Option<String>,
    /// Detailed information about the replica status.
    pub replica_status_description: Option<String>,
    /// Specifies the progress of a Create, Update, or Delete action on the replica as a percentage.
    pub replica_status_percent_progress: Option<String>,
    /// The KMS key of the replica that will be used for KMS encryption.
    pub kms_master_key_id: Option<String>,
    /// Replica-specific provisioned throughput. If not described, uses the source table's provisioned throughput settings.
    pub provisioned_throughput_override: Option<ProvisionedThroughputOverride>,
    /// Overrides the maximum on-demand throughput settings for the specified replica table.
    pub on_demand_throughput_override: Option<OnDemandThroughputOverride>,
    /// Represents the warm throughput value for this replica.
    pub warm_throughput: Option<TableWarmThroughputDescription>,
    /// Replica-specific global secondary index settings.
    pub global_secondary_indexes: Option<Vec<ReplicaGlobalSecondaryIndexDescription>>,
    /// The time at which the replica was first detected as inaccessible. To determine cause of inaccessibility check the `ReplicaStatus` property.
    pub replica_inaccessible_date_time: Option<rt::DateTime>,
    /// Contains details of the table class.
    pub replica_table_class_summary: Option<TableClassSummary>,
    /// Indicates one of the settings synchronization modes for the global table replica:
    ///
    /// - `ENABLED`: Indicates that the settings synchronization mode for the global table replica is enabled.
    ///
    /// - `DISABLED`: Indicates that the settings synchronization mode for the global table replica is disabled.
    ///
    /// - `ENABLED\_WITH\_OVERRIDES`: This mode is set by default for a same account global table. Indicates that certain global table settings can be overridden.
    pub global_table_settings_replication_mode: Option<
        GlobalTableSettingsReplicationMode,
    >,
}
rt::structure!(
    ReplicaDescription, REPLICA_DESCRIPTION, [region_name, replica_status, replica_arn,
    replica_status_description, replica_status_percent_progress, kms_master_key_id,
    provisioned_throughput_override, on_demand_throughput_override, warm_throughput,
    global_secondary_indexes, replica_inaccessible_date_time,
    replica_table_class_summary, global_table_settings_replication_mode]
);
/// Represents the properties of a replica global secondary index.
#[derive(Clone, Default, PartialEq)]
pub struct ReplicaGlobalSecondaryIndex {
    /// The name of the global secondary index.
    pub index_name: String,
    /// Replica table GSI-specific provisioned throughput. If not specified, uses the source table GSI's read capacity settings.
    pub provisioned_throughput_override: Option<ProvisionedThroughputOverride>,
    /// Overrides the maximum on-demand throughput settings for the specified global secondary index in the specified replica table.
    pub on_demand_throughput_override: Option<OnDemandThroughputOverride>,
}
rt::structure!(
    ReplicaGlobalSecondaryIndex, REPLICA_GLOBAL_SECONDARY_INDEX, [index_name,
    provisioned_throughput_override, on_demand_throughput_override]
);
/// Represents the auto scaling configuration for a replica global secondary index.
#[derive(Clone, Default, PartialEq)]
pub struct ReplicaGlobalSecondaryIndexAutoScalingDescription {
    /// The name of the global secondary index.
    pub index_name: Option<String>,
    /// The current state of the replica global secondary index:
    ///
    /// - `CREATING` - The index is being created.
    ///
    /// - `UPDATING` - The table/index configuration is being updated. The table/index remains available for data operations when `UPDATING`
    ///
    /// - `DELETING` - The index is being deleted.
    ///
    /// - `ACTIVE` - The index is ready for use.
    pub index_status: Option<IndexStatus>,
    /// Represents the auto scaling settings for a global table or global secondary index.
    pub provisioned_read_capacity_auto_scaling_settings: Option<
        AutoScalingSettingsDescription,
    >,
    /// Represents the auto scaling settings for a global table or global secondary index.
    pub provisioned_write_capacity_auto_scaling_settings: Option<
        AutoScalingSettingsDescription,
    >,
}
rt::structure!(
    ReplicaGlobalSecondaryIndexAutoScalingDescription,
    REPLICA_GLOBAL_SECONDARY_INDEX_AUTO_SCALING_DESCRIPTION, [index_name, index_status,
    provisioned_read_capacity_auto_scaling_settings,
    provisioned_write_capacity_auto_scaling_settings]
);
/// Represents the auto scaling settings of a global secondary index for a replica that will be modified.
#[derive(Clone, Default, PartialEq)]
pub struct ReplicaGlobalSecondaryIndexAutoScalingUpdate {
    /// The name of the global secondary index.
    pub index_name: Option<String>,
    /// Represents the auto scaling settings to be modified for a global table or global secondary index.
    pub provisioned_read_capacity_auto_scaling_update: Option<AutoScalingSettingsUpdate>,
}
rt::structure!(
    ReplicaGlobalSecondaryIndexAutoScalingUpdate,
    REPLICA_GLOBAL_SECONDARY_INDEX_AUTO_SCALING_UPDATE, [index_name,
    provisioned_read_capacity_auto_scaling_update]
);
/// Represents the properties of a replica global secondary index.
#[derive(Clone, Default, PartialEq)]
pub struct ReplicaGlobalSecondaryIndexDescription {
    /// The name of the global secondary index.
    pub index_name: Option<String>,
    /// If not described, uses the source table GSI's read capacity settings.
    pub provisioned_throughput_override: Option<ProvisionedThroughputOverride>,
    /// Overrides the maximum on-demand throughput for the specified global secondary index in the specified replica table.
    pub on_demand_throughput_override: Option<OnDemandThroughputOverride>,
    /// Represents the warm throughput of the global secondary index for this replica.
    pub warm_throughput: Option<GlobalSecondaryIndexWarmThroughputDescription>,
}
rt::structure!(
    ReplicaGlobalSecondaryIndexDescription, REPLICA_GLOBAL_SECONDARY_INDEX_DESCRIPTION,
    [index_name, provisioned_throughput_override, on_demand_throughput_override,
    warm_throughput]
);
/// Represents the properties of a global secondary index.
#[derive(Clone, Default, PartialEq)]
pub struct ReplicaGlobalSecondaryIndexSettingsDescription {
    /// The name of the global secondary index. The name must be unique among all other indexes on this table.
    pub index_name: String,
    /// The current status of the global secondary index:
    ///
    /// - `CREATING` - The global secondary index is being created.
    ///
    /// - `UPDATING` - The global secondary index is being updated.
    ///
    /// - `DELETING` - The global secondary index is being deleted.
    ///
    /// - `ACTIVE` - The global secondary index is ready for use.
    pub index_status: Option<IndexStatus>,
    /// The maximum number of strongly consistent reads consumed per second before DynamoDB returns a `ThrottlingException`.
    pub provisioned_read_capacity_units: Option<i64>,
    /// Auto scaling settings for a global secondary index replica's read capacity units.
    pub provisioned_read_capacity_auto_scaling_settings: Option<
        AutoScalingSettingsDescription,
    >,
    /// The maximum number of writes consumed per second before DynamoDB returns a `ThrottlingException`.
    pub provisioned_write_capacity_units: Option<i64>,
    /// Auto scaling settings for a global secondary index replica's write capacity units.
    pub provisioned_write_capacity_auto_scaling_settings: Option<
        AutoScalingSettingsDescription,
    >,
}
rt::structure!(
    ReplicaGlobalSecondaryIndexSettingsDescription,
    REPLICA_GLOBAL_SECONDARY_INDEX_SETTINGS_DESCRIPTION, [index_name, index_status,
    provisioned_read_capacity_units, provisioned_read_capacity_auto_scaling_settings,
    provisioned_write_capacity_units, provisioned_write_capacity_auto_scaling_settings]
);
/// Represents the settings of a global secondary index for a global table that will be modified.
#[derive(Clone, Default, PartialEq)]
pub struct ReplicaGlobalSecondaryIndexSettingsUpdate {
    /// The name of the global secondary index. The name must be unique among all other indexes on this table.
    pub index_name: String,
    /// The maximum number of strongly consistent reads consumed per second before DynamoDB returns a `ThrottlingException`.
    pub provisioned_read_capacity_units: Option<i64>,
    /// Auto scaling settings for managing a global secondary index replica's read capacity units.
    pub provisioned_read_capacity_auto_scaling_settings_update: Option<
        AutoScalingSettingsUpdate,
    >,
}
rt::structure!(
    ReplicaGlobalSecondaryIndexSettingsUpdate,
    REPLICA_GLOBAL_SECONDARY_INDEX_SETTINGS_UPDATE, [index_name,
    provisioned_read_capacity_units,
    provisioned_read_capacity_auto_scaling_settings_update]
);
/// The specified replica is no longer part of the global table.
#[derive(Clone, Default, PartialEq)]
pub struct ReplicaNotFoundException {
    pub message: Option<String>,
}
rt::structure!(ReplicaNotFoundException, REPLICA_NOT_FOUND_EXCEPTION, [message]);
/// Represents the properties of a replica.
#[derive(Clone, Default, PartialEq)]
pub struct ReplicaSettingsDescription {
    /// The Region name of the replica.
    pub region_name: String,
    /// The current state of the Region:
    ///
    /// - `CREATING` - The Region is being created.
    ///
    /// - `UPDATING` - The Region is being updated.
    ///
    /// - `DELETING` - The Region is being deleted.
    ///
    /// - `ACTIVE` - The Region is ready for use.
    pub replica_status: Option<ReplicaStatus>,
    /// The read/write capacity mode of the replica.
    pub replica_billing_mode_summary: Option<BillingModeSummary>,
    /// The maximum number of strongly consistent reads consumed per second before DynamoDB returns a `ThrottlingException`. For more information, see [Specifying Read and Write Requirements](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithTables.html#ProvisionedThroughput) in the *Amazon DynamoDB Developer Guide*.
    pub replica_provisioned_read_capacity_units: Option<i64>,
    /// Auto scaling settings for a global table replica's read capacity units.
    pub replica_provisioned_read_capacity_auto_scaling_settings: Option<
        AutoScalingSettingsDescription,
    >,
    /// The maximum number of writes consumed per second before DynamoDB returns a `ThrottlingException`. For more information, see [Specifying Read and Write Requirements](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithTables.html#ProvisionedThroughput) in the *Amazon DynamoDB Developer Guide*.
    pub replica_provisioned_write_capacity_units: Option<i64>,
    /// Auto scaling settings for a global table replica's write capacity units.
    pub replica_provisioned_write_capacity_auto_scaling_settings: Option<
        AutoScalingSettingsDescription,
    >,
    /// Replica global secondary index settings for the global table.
    pub replica_global_secondary_index_settings: Option<
        Vec<ReplicaGlobalSecondaryIndexSettingsDescription>,
    >,
    /// Contains details of the table class.
    pub replica_table_class_summary: Option<TableClassSummary>,
}
rt::structure!(
    ReplicaSettingsDescription, REPLICA_SETTINGS_DESCRIPTION, [region_name,
    replica_status, replica_billing_mode_summary,
    replica_provisioned_read_capacity_units,
    replica_provisioned_read_capacity_auto_scaling_settings,
    replica_provisioned_write_capacity_units,
    replica_provisioned_write_capacity_auto_scaling_settings,
    replica_global_secondary_index_settings, replica_table_class_summary]
);
/// Represents the settings for a global table in a Region that will be modified.
#[derive(Clone, Default, PartialEq)]
pub struct ReplicaSettingsUpdate {
    /// The Region of the replica to be added.
    pub region_name: String,
    /// The maximum number of strongly consistent reads consumed per second before DynamoDB returns a `ThrottlingException`. For more information, see [Specifying Read and Write Requirements](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithTables.html#ProvisionedThroughput) in the *Amazon DynamoDB Developer Guide*.
    pub replica_provisioned_read_capacity_units: Option<i64>,
    /// Auto scaling settings for managing a global table replica's read capacity units.
    pub replica_provisioned_read_capacity_auto_scaling_settings_update: Option<
        AutoScalingSettingsUpdate,
    >,
    /// Represents the settings of a global secondary index for a global table that will be modified.
    pub replica_global_secondary_index_settings_update: Option<
        Vec<ReplicaGlobalSecondaryIndexSettingsUpdate>,
    >,
    /// Replica-specific table class. If not specified, uses the source table's table class.
    pub replica_table_class: Option<TableClass>,
}
rt::structure!(
    ReplicaSettingsUpdate, REPLICA_SETTINGS_UPDATE, [region_name,
    replica_provisioned_read_capacity_units,
    replica_provisioned_read_capacity_auto_scaling_settings_update,
    replica_global_secondary_index_settings_update, replica_table_class]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReplicaStatus {
    /// `CREATING`
    Creating,
    /// `CREATION_FAILED`
    CreationFailed,
    /// `UPDATING`
    Updating,
    /// `DELETING`
    Deleting,
    /// `ACTIVE`
    Active,
    /// `REGION_DISABLED`
    RegionDisabled,
    /// `INACCESSIBLE_ENCRYPTION_CREDENTIALS`
    InaccessibleEncryptionCredentials,
    /// `ARCHIVING`
    Archiving,
    /// `ARCHIVED`
    Archived,
    /// `REPLICATION_NOT_AUTHORIZED`
    ReplicationNotAuthorized,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ReplicaStatus, { Creating => "CREATING", CreationFailed => "CREATION_FAILED",
    Updating => "UPDATING", Deleting => "DELETING", Active => "ACTIVE", RegionDisabled =>
    "REGION_DISABLED", InaccessibleEncryptionCredentials =>
    "INACCESSIBLE_ENCRYPTION_CREDENTIALS", Archiving => "ARCHIVING", Archived =>
    "ARCHIVED", ReplicationNotAuthorized => "REPLICATION_NOT_AUTHORIZED" }
);
/// Represents one of the following:
///
/// - A new replica to be added to an existing global table.
///
/// - New parameters for an existing replica.
///
/// - An existing replica to be removed from an existing global table.
#[derive(Clone, Default, PartialEq)]
pub struct ReplicaUpdate {
    /// The parameters required for creating a replica on an existing global table.
    pub create: Option<CreateReplicaAction>,
    /// The name of the existing replica to be removed.
    pub delete: Option<DeleteReplicaAction>,
}
rt::structure!(ReplicaUpdate, REPLICA_UPDATE, [create, delete]);
/// The request was rejected because one or more items in the request are being modified by a request in another Region.
#[derive(Clone, Default, PartialEq)]
pub struct ReplicatedWriteConflictException {
    pub message: Option<String>,
}
rt::structure!(
    ReplicatedWriteConflictException, REPLICATED_WRITE_CONFLICT_EXCEPTION, [message]
);
/// Represents one of the following:
///
/// - A new replica to be added to an existing regional table or global table. This request invokes the `CreateTableReplica` action in the destination Region.
///
/// - New parameters for an existing replica. This request invokes the `UpdateTable` action in the destination Region.
///
/// - An existing replica to be deleted. The request invokes the `DeleteTableReplica` action in the destination Region, deleting the replica and all if its items in the destination Region.
///
/// - The local replica to be disassociated from a global table and retained as a standalone regional table.
///
/// Each `ReplicationGroupUpdate` contains exactly one action. A `Disassociate` action must be the only replica update in the request; including other updates causes the request to fail.
///
/// When you manually remove a table or global table replica, you do not automatically remove any associated scalable targets, scaling policies, or CloudWatch alarms.
#[derive(Clone, Default, PartialEq)]
pub struct ReplicationGroupUpdate {
    /// The parameters required for creating a replica for the table.
    pub create: Option<CreateReplicationGroupMemberAction>,
    /// The parameters required for updating a replica for the table.
    pub update: Option<UpdateReplicationGroupMemberAction>,
    /// The parameters required for deleting a replica for the table.
    pub delete: Option<DeleteReplicationGroupMemberAction>,
    /// The parameters for disassociating the local replica from the global table and retaining it as a standalone regional table.
    pub disassociate: Option<DisassociateReplicationGroupMemberAction>,
}
rt::structure!(
    ReplicationGroupUpdate, REPLICATION_GROUP_UPDATE, [create, update, delete,
    disassociate]
);
/// Throughput exceeds the current throughput quota for your account. For detailed information about why the request was throttled and the ARN of the impacted resource, find the [ThrottlingReason](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html) field in the returned exception. Contact [Amazon Web Services Support](https://aws.amazon.com/support) to request a quota increase.
#[derive(Clone, Default, PartialEq)]
pub struct RequestLimitExceeded {
    pub message: Option<String>,
    /// A list of [ThrottlingReason](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html) that provide detailed diagnostic information about why the request was throttled.
    pub throttling_reasons: Option<Vec<ThrottlingReason>>,
}
rt::structure!(
    RequestLimitExceeded, REQUEST_LIMIT_EXCEEDED, [message, throttling_reasons]
);
/// The operation conflicts with the resource's availability. For example:
///
/// - You attempted to recreate an existing table.
///
/// - You tried to delete a table currently in the `CREATING` state.
///
/// - You tried to update a resource that was already being updated.
///
/// When appropriate, wait for the ongoing update to complete and attempt the request again.
#[derive(Clone, Default, PartialEq)]
pub struct ResourceInUseException {
    /// The resource which is being attempted to be changed is in use.
    pub message: Option<String>,
}
rt::structure!(ResourceInUseException, RESOURCE_IN_USE_EXCEPTION, [message]);
/// The operation tried to access a nonexistent table or index. The resource might not be specified correctly, or its status might not be `ACTIVE`.
#[derive(Clone, Default, PartialEq)]
pub struct ResourceNotFoundException {
    /// The resource which is being requested does not exist.
    pub message: Option<String>,
}
rt::structure!(ResourceNotFoundException, RESOURCE_NOT_FOUND_EXCEPTION, [message]);
/// Contains details for the restore.
#[derive(Clone, Default, PartialEq)]
pub struct RestoreSummary {
    /// The Amazon Resource Name (ARN) of the backup from which the table was restored.
    pub source_backup_arn: Option<String>,
    /// The ARN of the source table of the backup that is being restored.
    pub source_table_arn: Option<String>,
    /// Point in time or source backup time.
    pub restore_date_time: rt::DateTime,
    /// Indicates if a restore is in progress or not.
    pub restore_in_progress: bool,
}
rt::structure!(
    RestoreSummary, RESTORE_SUMMARY, [source_backup_arn, source_table_arn,
    restore_date_time, restore_in_progress]
);
#[derive(Clone, Default, PartialEq)]
pub struct RestoreTableFromBackupInput {
    /// The name of the new table to which the backup must be restored.
    pub target_table_name: String,
    /// The Amazon Resource Name (ARN) associated with the backup.
    pub backup_arn: String,
    /// The billing mode of the restored table.
    pub billing_mode_override: Option<BillingMode>,
    /// List of global secondary indexes for the restored table. The indexes provided should match existing secondary indexes. You can choose to exclude some or all of the indexes at the time of restore.
    pub global_secondary_index_override: Option<Vec<GlobalSecondaryIndex>>,
    /// List of local secondary indexes for the restored table. The indexes provided should match existing secondary indexes. You can choose to exclude some or all of the indexes at the time of restore.
    pub local_secondary_index_override: Option<Vec<LocalSecondaryIndex>>,
    /// Provisioned throughput settings for the restored table.
    pub provisioned_throughput_override: Option<ProvisionedThroughput>,
    /// Sets the maximum number of read and write units for the specified on-demand table. If you use this parameter, you must specify `MaxReadRequestUnits`, `MaxWriteRequestUnits`, or both.
    pub on_demand_throughput_override: Option<OnDemandThroughput>,
    /// The new server-side encryption settings for the restored table.
    pub sse_specification_override: Option<SseSpecification>,
    /// The vector indexes for the restored table. If not specified, all vector indexes from the backup are restored. The indexes provided must match existing vector indexes from the backup. You can choose to exclude some or all of the vector indexes at the time of restore.
    pub vector_index_override: Option<Vec<VectorIndex>>,
}
rt::structure!(
    RestoreTableFromBackupInput, RESTORE_TABLE_FROM_BACKUP_INPUT, [target_table_name,
    backup_arn, billing_mode_override, global_secondary_index_override,
    local_secondary_index_override, provisioned_throughput_override,
    on_demand_throughput_override, sse_specification_override, vector_index_override]
);
#[derive(Clone, Default, PartialEq)]
pub struct RestoreTableFromBackupOutput {
    /// The description of the table created from an existing backup.
    pub table_description: Option<TableDescription>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    RestoreTableFromBackupOutput, RESTORE_TABLE_FROM_BACKUP_OUTPUT, [table_description],
    meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct RestoreTableToPointInTimeInput {
    /// The DynamoDB table that will be restored. This value is an Amazon Resource Name (ARN).
    pub source_table_arn: Option<String>,
    /// Name of the source table that is being restored.
    pub source_table_name: Option<String>,
    /// The name of the new table to which it must be restored to.
    pub target_table_name: String,
    /// Restore the table to the latest possible time. `LatestRestorableDateTime` is typically 5 minutes before the current time.
    pub use_latest_restorable_time: Option<bool>,
    /// Time in the past to restore the table to.
    pub restore_date_time: Option<rt::DateTime>,
    /// The billing mode of the restored table.
    pub billing_mode_override: Option<BillingMode>,
    /// List of global secondary indexes for the restored table. The indexes provided should match existing secondary indexes. You can choose to exclude some or all of the indexes at the time of restore.
    ///
    /// The `WarmThroughput` setting is not supported on global secondary indexes when you use `RestoreTableToPointInTime`. Although `WarmThroughput` appears in the shared index definition, including it in a `GlobalSecondaryIndexOverride` entry causes the request to fail with a validation error.
    pub global_secondary_index_override: Option<Vec<GlobalSecondaryIndex>>,
    /// List of local secondary indexes for the restored table. The indexes provided should match existing secondary indexes. You can choose to exclude some or all of the indexes at the time of restore.
    pub local_secondary_index_override: Option<Vec<LocalSecondaryIndex>>,
    /// Provisioned throughput settings for the restored table.
    pub provisioned_throughput_override: Option<ProvisionedThroughput>,
    /// Sets the maximum number of read and write units for the specified on-demand table. If you use this parameter, you must specify `MaxReadRequestUnits`, `MaxWriteRequestUnits`, or both.
    pub on_demand_throughput_override: Option<OnDemandThroughput>,
    /// The new server-side encryption settings for the restored table.
    pub sse_specification_override: Option<SseSpecification>,
    /// The vector indexes for the restored table. If not specified, all vector indexes from the source table are restored. The indexes provided must match existing vector indexes from the source table. You can choose to exclude some or all of the vector indexes at the time of restore.
    pub vector_index_override: Option<Vec<VectorIndex>>,
}
rt::structure!(
    RestoreTableToPointInTimeInput, RESTORE_TABLE_TO_POINT_IN_TIME_INPUT,
    [source_table_arn, source_table_name, target_table_name, use_latest_restorable_time,
    restore_date_time, billing_mode_override, global_secondary_index_override,
    local_secondary_index_override, provisioned_throughput_override,
    on_demand_throughput_override, sse_specification_override, vector_index_override]
);
#[derive(Clone, Default, PartialEq)]
pub struct RestoreTableToPointInTimeOutput {
    /// Represents the properties of a table.
    pub table_description: Option<TableDescription>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    RestoreTableToPointInTimeOutput, RESTORE_TABLE_TO_POINT_IN_TIME_OUTPUT,
    [table_description], meta = response_metadata
);
/// Determines the level of detail about either provisioned or on-demand throughput consumption that is returned in the response:
///
/// - `INDEXES` - The response includes the aggregate `ConsumedCapacity` for the operation, together with `ConsumedCapacity` for each table and secondary index that was accessed.
///
/// Note that some operations, such as `GetItem` and `BatchGetItem`, do not access any indexes at all. In these cases, specifying `INDEXES` will only return `ConsumedCapacity` information for table(s).
///
/// - `TOTAL` - The response includes only the aggregate `ConsumedCapacity` for the operation.
///
/// - `NONE` - No `ConsumedCapacity` details are included in the response.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReturnConsumedCapacity {
    /// `INDEXES`
    Indexes,
    /// `TOTAL`
    Total,
    /// `NONE`
    None,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ReturnConsumedCapacity, { Indexes => "INDEXES", Total => "TOTAL", None => "NONE" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReturnItemCollectionMetrics {
    /// `SIZE`
    Size,
    /// `NONE`
    None,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(ReturnItemCollectionMetrics, { Size => "SIZE", None => "NONE" });
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReturnValue {
    /// `NONE`
    None,
    /// `ALL_OLD`
    AllOld,
    /// `UPDATED_OLD`
    UpdatedOld,
    /// `ALL_NEW`
    AllNew,
    /// `UPDATED_NEW`
    UpdatedNew,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ReturnValue, { None => "NONE", AllOld => "ALL_OLD", UpdatedOld => "UPDATED_OLD",
    AllNew => "ALL_NEW", UpdatedNew => "UPDATED_NEW" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReturnValuesOnConditionCheckFailure {
    /// `ALL_OLD`
    AllOld,
    /// `NONE`
    None,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ReturnValuesOnConditionCheckFailure, { AllOld => "ALL_OLD", None => "NONE" }
);
/// The S3 bucket that is being imported from.
#[derive(Clone, Default, PartialEq)]
pub struct S3BucketSource {
    /// The account number of the S3 bucket that is being imported from. If the bucket is owned by the requester this is optional.
    pub s3_bucket_owner: Option<String>,
    /// The S3 bucket that is being imported from.
    pub s3_bucket: String,
    /// The key prefix shared by all S3 Objects that are being imported.
    pub s3_key_prefix: Option<String>,
}
rt::structure!(
    S3BucketSource, S3_BUCKET_SOURCE, [s3_bucket_owner, s3_bucket, s3_key_prefix]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum S3SseAlgorithm {
    /// `AES256`
    Aes256,
    /// `KMS`
    Kms,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(S3SseAlgorithm, { Aes256 => "AES256", Kms => "KMS" });
/// The description of the server-side encryption status on the specified table.
#[derive(Clone, Default, PartialEq)]
pub struct SseDescription {
    /// Represents the current state of server-side encryption. The only supported values are:
    ///
    /// - `ENABLED` - Server-side encryption is enabled.
    ///
    /// - `UPDATING` - Server-side encryption is being updated.
    pub status: Option<SseStatus>,
    /// Server-side encryption type. The only supported value is:
    ///
    /// - `KMS` - Server-side encryption that uses Key Management Service. The key is stored in your account and is managed by KMS (KMS charges apply).
    pub sse_type: Option<SseType>,
    /// The KMS key ARN used for the KMS encryption.
    pub kms_master_key_arn: Option<String>,
    /// Indicates the time, in UNIX epoch date format, when DynamoDB detected that the table's KMS key was inaccessible. This attribute will automatically be cleared when DynamoDB detects that the table's KMS key is accessible again. DynamoDB will initiate the table archival process when table's KMS key remains inaccessible for more than seven days from this date.
    pub inaccessible_encryption_date_time: Option<rt::DateTime>,
}
rt::structure!(
    SseDescription, SSE_DESCRIPTION, [status, sse_type, kms_master_key_arn,
    inaccessible_encryption_date_time]
);
/// Represents the settings used to enable server-side encryption.
#[derive(Clone, Default, PartialEq)]
pub struct SseSpecification {
    /// Indicates whether server-side encryption is done using an Amazon Web Services managed key or an Amazon Web Services owned key. If enabled (true), server-side encryption type is set to `KMS` and an Amazon Web Services managed key is used (KMS charges apply). If disabled (false) or not specified, server-side encryption is set to Amazon Web Services owned key.
    pub enabled: Option<bool>,
    /// Server-side encryption type. The only supported value is:
    ///
    /// - `KMS` - Server-side encryption that uses Key Management Service. The key is stored in your account and is managed by KMS (KMS charges apply).
    pub sse_type: Option<SseType>,
    /// The KMS key that should be used for the KMS encryption. To specify a key, use its key ID, Amazon Resource Name (ARN), alias name, or alias ARN. Note that you should only provide this parameter if the key is different from the default DynamoDB key `alias/aws/dynamodb`.
    pub kms_master_key_id: Option<String>,
}
rt::structure!(
    SseSpecification, SSE_SPECIFICATION, [enabled, sse_type, kms_master_key_id]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SseStatus {
    /// `ENABLING`
    Enabling,
    /// `ENABLED`
    Enabled,
    /// `DISABLING`
    Disabling,
    /// `DISABLED`
    Disabled,
    /// `UPDATING`
    Updating,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    SseStatus, { Enabling => "ENABLING", Enabled => "ENABLED", Disabling => "DISABLING",
    Disabled => "DISABLED", Updating => "UPDATING" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SseType {
    /// `AES256`
    Aes256,
    /// `KMS`
    Kms,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(SseType, { Aes256 => "AES256", Kms => "KMS" });
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ScalarAttributeType {
    /// `S`
    S,
    /// `N`
    N,
    /// `B`
    B,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(ScalarAttributeType, { S => "S", N => "N", B => "B" });
/// Represents the input of a `Scan` operation.
#[derive(Clone, Default, PartialEq)]
pub struct ScanInput {
    /// The name of the table containing the requested items or if you provide `IndexName`, the name of the table to which that index belongs.
    ///
    /// You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
    /// The name of a secondary index to scan. This index can be any local secondary index or global secondary index. Note that if you use the `IndexName` parameter, you must also provide `TableName`.
    pub index_name: Option<String>,
    /// This is a legacy parameter. Use `ProjectionExpression` instead. For more information, see [AttributesToGet](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.AttributesToGet.html) in the *Amazon DynamoDB Developer Guide*.
    pub attributes_to_get: Option<Vec<String>>,
    /// The maximum number of items to evaluate (not necessarily the number of matching items). If DynamoDB processes the number of items up to the limit while processing the results, it stops the operation and returns the matching values up to that point, and a key in `LastEvaluatedKey` to apply in a subsequent operation, so that you can pick up where you left off. Also, if the processed dataset size exceeds 1 MB before DynamoDB reaches this limit, it stops the operation and returns the matching values up to the limit, and a key in `LastEvaluatedKey` to apply in a subsequent operation to continue the operation. For more information, see [Working with Queries](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/QueryAndScan.html) in the *Amazon DynamoDB Developer Guide*.
    pub limit: Option<i32>,
    /// The attributes to be returned in the result. You can retrieve all item attributes, specific item attributes, the count of matching items, or in the case of an index, some or all of the attributes projected into the index.
    ///
    /// - `ALL\_ATTRIBUTES` - Returns all of the item attributes from the specified table or index. If you query a local secondary index, then for each matching item in the index, DynamoDB fetches the entire item from the parent table. If the index is configured to project all item attributes, then all of the data can be obtained from the local secondary index, and no fetching is required.
    ///
    /// - `ALL\_PROJECTED\_ATTRIBUTES` - Allowed only when querying an index. Retrieves all attributes that have been projected into the index. If the index is configured to project all attributes, this return value is equivalent to specifying `ALL\_ATTRIBUTES`.
    ///
    /// - `COUNT` - Returns the number of matching items, rather than the matching items themselves. Note that this uses the same quantity of read capacity units as getting the items, and is subject to the same item size calculations.
    ///
    /// - `SPECIFIC\_ATTRIBUTES` - Returns only the attributes listed in `ProjectionExpression`. This return value is equivalent to specifying `ProjectionExpression` without specifying any value for `Select`.
    ///
    /// If you query or scan a local secondary index and request only attributes that are projected into that index, the operation reads only the index and not the table. If any of the requested attributes are not projected into the local secondary index, DynamoDB fetches each of these attributes from the parent table. This extra fetching incurs additional throughput cost and latency.
    ///
    /// If you query or scan a global secondary index, you can only request attributes that are projected into the index. Global secondary index queries cannot fetch attributes from the parent table.
    ///
    /// If neither `Select` nor `ProjectionExpression` are specified, DynamoDB defaults to `ALL\_ATTRIBUTES` when accessing a table, and `ALL\_PROJECTED\_ATTRIBUTES` when accessing an index. You cannot use both `Select` and `ProjectionExpression` together in a single request, unless the value for `Select` is `SPECIFIC\_ATTRIBUTES`. (This usage is equivalent to specifying `ProjectionExpression` without any value for `Select`.)
    ///
    /// If you use the `ProjectionExpression` parameter, then the value for `Select` can only be `SPECIFIC\_ATTRIBUTES`. Any other value for `Select` will return an error.
    pub select: Option<Select>,
    /// This is a legacy parameter. Use `FilterExpression` instead. For more information, see [ScanFilter](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.ScanFilter.html) in the *Amazon DynamoDB Developer Guide*.
    pub scan_filter: Option<rt::IndexMap<String, Condition>>,
    /// This is a legacy parameter. Use `FilterExpression` instead. For more information, see [ConditionalOperator](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.ConditionalOperator.html) in the *Amazon DynamoDB Developer Guide*.
    pub conditional_operator: Option<ConditionalOperator>,
    /// The primary key of the first item that this operation will evaluate. Use the value that was returned for `LastEvaluatedKey` in the previous operation.
    ///
    /// The data type for `ExclusiveStartKey` must be String, Number or Binary. No set data types are allowed.
    ///
    /// In a parallel scan, a `Scan` request that includes `ExclusiveStartKey` must specify the same segment whose previous `Scan` returned the corresponding value of `LastEvaluatedKey`.
    pub exclusive_start_key: Option<rt::IndexMap<String, AttributeValue>>,
    /// Determines the level of detail about either provisioned or on-demand throughput consumption that is returned in the response:
    ///
    /// - `INDEXES` - The response includes the aggregate `ConsumedCapacity` for the operation, together with `ConsumedCapacity` for each table and secondary index that was accessed.
    ///
    /// Note that some operations, such as `GetItem` and `BatchGetItem`, do not access any indexes at all. In these cases, specifying `INDEXES` will only return `ConsumedCapacity` information for table(s).
    ///
    /// - `TOTAL` - The response includes only the aggregate `ConsumedCapacity` for the operation.
    ///
    /// - `NONE` - No `ConsumedCapacity` details are included in the response.
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
    /// For a parallel `Scan` request, `TotalSegments` represents the total number of segments into which the `Scan` operation will be divided. The value of `TotalSegments` corresponds to the number of application workers that will perform the parallel scan. For example, if you want to use four application threads to scan a table or an index, specify a `TotalSegments` value of 4.
    ///
    /// The value for `TotalSegments` must be greater than or equal to 1, and less than or equal to 1000000. If you specify a `TotalSegments` value of 1, the `Scan` operation will be sequential rather than parallel.
    ///
    /// If you specify `TotalSegments`, you must also specify `Segment`.
    pub total_segments: Option<i32>,
    /// For a parallel `Scan` request, `Segment` identifies an individual segment to be scanned by an application worker.
    ///
    /// Segment IDs are zero-based, so the first segment is always 0. For example, if you want to use four application threads to scan a table or an index, then the first thread specifies a `Segment` value of 0, the second thread specifies 1, and so on.
    ///
    /// The value of `LastEvaluatedKey` returned from a parallel `Scan` request must be used as `ExclusiveStartKey` with the same segment ID in a subsequent `Scan` operation.
    ///
    /// The value for `Segment` must be greater than or equal to 0, and less than the value provided for `TotalSegments`.
    ///
    /// If you provide `Segment`, you must also provide `TotalSegments`.
    pub segment: Option<i32>,
    /// A string that identifies one or more attributes to retrieve from the specified table or index. These attributes can include scalars, sets, or elements of a JSON document. The attributes in the expression must be separated by commas.
    ///
    /// If no attribute names are specified, then all attributes will be returned. If any of the requested attributes are not found, they will not appear in the result.
    ///
    /// For more information, see [Specifying Item Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.AccessingItemAttributes.html) in the *Amazon DynamoDB Developer Guide*.
    pub projection_expression: Option<String>,
    /// A string that contains conditions that DynamoDB applies after the `Scan` operation, but before the data is returned to you. Items that do not satisfy the `FilterExpression` criteria are not returned.
    ///
    /// A `FilterExpression` is applied after the items have already been read; the process of filtering does not consume any additional read capacity units.
    ///
    /// For more information, see [Filter Expressions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Scan.html#Scan.FilterExpression) in the *Amazon DynamoDB Developer Guide*.
    pub filter_expression: Option<String>,
    /// One or more substitution tokens for attribute names in an expression. The following are some use cases for using `ExpressionAttributeNames`:
    ///
    /// - To access an attribute whose name conflicts with a DynamoDB reserved word.
    ///
    /// - To create a placeholder for repeating occurrences of an attribute name in an expression.
    ///
    /// - To prevent special characters in an attribute name from being misinterpreted in an expression.
    ///
    /// Use the **\#** character in an expression to dereference an attribute name. For example, consider the following attribute name:
    ///
    /// - `Percentile`
    ///
    /// The name of this attribute conflicts with a reserved word, so it cannot be used directly in an expression. (For the complete list of reserved words, see [Reserved Words](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ReservedWords.html) in the *Amazon DynamoDB Developer Guide*). To work around this, you could specify the following for `ExpressionAttributeNames`:
    ///
    /// - `{"\#P":"Percentile"}`
    ///
    /// You could then use this substitution in an expression, as in this example:
    ///
    /// - `\#P = :val`
    ///
    /// Tokens that begin with the **:** character are *expression attribute values*, which are placeholders for the actual value at runtime.
    ///
    /// For more information on expression attribute names, see [Specifying Item Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.AccessingItemAttributes.html) in the *Amazon DynamoDB Developer Guide*.
    pub expression_attribute_names: Option<rt::IndexMap<String, String>>,
    /// One or more values that can be substituted in an expression.
    ///
    /// Use the **:** (colon) character in an expression to dereference an attribute value. For example, suppose that you wanted to check whether the value of the `ProductStatus` attribute was one of the following:
    ///
    /// `Available \| Backordered \| Discontinued`
    ///
    /// You would first need to specify `ExpressionAttributeValues` as follows:
    ///
    /// `{ ":avail":{"S":"Available"}, ":back":{"S":"Backordered"}, ":disc":{"S":"Discontinued"} }`
    ///
    /// You could then use these values in an expression, such as this:
    ///
    /// `ProductStatus IN (:avail, :back, :disc)`
    ///
    /// For more information on expression attribute values, see [Condition Expressions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.SpecifyingConditions.html) in the *Amazon DynamoDB Developer Guide*.
    pub expression_attribute_values: Option<rt::IndexMap<String, AttributeValue>>,
    /// A Boolean value that determines the read consistency model during the scan:
    ///
    /// - If `ConsistentRead` is `false`, then the data returned from `Scan` might not contain the results from other recently completed write operations (`PutItem`, `UpdateItem`, or `DeleteItem`).
    ///
    /// - If `ConsistentRead` is `true`, then all of the write operations that completed before the `Scan` began are guaranteed to be contained in the `Scan` response.
    ///
    /// The default setting for `ConsistentRead` is `false`.
    ///
    /// The `ConsistentRead` parameter is not supported on global secondary indexes. If you scan a global secondary index with `ConsistentRead` set to true, you will receive a `ValidationException`.
    pub consistent_read: Option<bool>,
}
rt::structure!(
    ScanInput, SCAN_INPUT, [table_name, index_name, attributes_to_get, limit, select,
    scan_filter, conditional_operator, exclusive_start_key, return_consumed_capacity,
    total_segments, segment, projection_expression, filter_expression,
    expression_attribute_names, expression_attribute_values, consistent_read]
);
/// Represents the output of a `Scan` operation.
#[derive(Clone, Default, PartialEq)]
pub struct ScanOutput {
    /// An array of item attributes that match the scan criteria. Each element in this array consists of an attribute name and the value for that attribute.
    pub items: Option<Vec<rt::IndexMap<String, AttributeValue>>>,
    /// The number of items in the response.
    ///
    /// If you set `ScanFilter` in the request, then `Count` is the number of items returned after the filter was applied, and `ScannedCount` is the number of matching items before the filter was applied.
    ///
    /// If you did not use a filter in the request, then `Count` is the same as `ScannedCount`.
    pub count: Option<i32>,
    /// The number of items evaluated, before any `ScanFilter` is applied. A high `ScannedCount` value with few, or no, `Count` results indicates an inefficient `Scan` operation. For more information, see [Count and ScannedCount](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/QueryAndScan.html#Count) in the *Amazon DynamoDB Developer Guide*.
    ///
    /// If you did not use a filter in the request, then `ScannedCount` is the same as `Count`.
    pub scanned_count: Option<i32>,
    /// The primary key of the item where the operation stopped, inclusive of the previous result set. Use this value to start a new operation, excluding this value in the new request.
    ///
    /// If `LastEvaluatedKey` is empty, then the "last page" of results has been processed and there is no more data to be retrieved.
    ///
    /// If `LastEvaluatedKey` is not empty, it does not necessarily mean that there is more data in the result set. The only way to know when you have reached the end of the result set is when `LastEvaluatedKey` is empty.
    pub last_evaluated_key: Option<rt::IndexMap<String, AttributeValue>>,
    /// The capacity units consumed by the `Scan` operation. The data returned includes the total provisioned throughput consumed, along with statistics for the table and any indexes involved in the operation. `ConsumedCapacity` is only returned if the `ReturnConsumedCapacity` parameter was specified. For more information, see [Capacity unit consumption for read operations](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html#read-operation-consumption) in the *Amazon DynamoDB Developer Guide*.
    pub consumed_capacity: Option<ConsumedCapacity>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ScanOutput, SCAN_OUTPUT, [items, count, scanned_count, last_evaluated_key,
    consumed_capacity], meta = response_metadata
);
/// A single result from a `SearchVectors` operation.
#[derive(Clone, Default, PartialEq)]
pub struct SearchResultItem {
    /// A map of attribute names to `AttributeValue` objects, representing the projected attributes of the item returned by the vector search.
    pub item: Option<rt::IndexMap<String, AttributeValue>>,
    /// The similarity score for this item relative to the search vector. The interpretation depends on the distance function configured for the vector index.
    pub score: Option<f64>,
}
rt::structure!(SearchResultItem, SEARCH_RESULT_ITEM, [item, score]);
/// An element in the search schema of a vector index.
#[derive(Clone, Default, PartialEq)]
pub struct SearchSchemaElement {
    /// The name of the attribute.
    pub attribute_name: String,
    /// The role of the attribute in the search schema. Valid values:
    ///
    /// - `HASH` - A partition key that partitions the vector index for independent scaling. When specified, you must provide this attribute's value in the `SearchConditionExpression`.
    ///
    /// - `INLINE\_FILTER` - An attribute projected into the vector index for filtering at the storage layer during search. Inline filters are optional in the `SearchConditionExpression`.
    pub search_schema_element_type: SearchSchemaElementType,
}
rt::structure!(
    SearchSchemaElement, SEARCH_SCHEMA_ELEMENT, [attribute_name,
    search_schema_element_type]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SearchSchemaElementType {
    /// `HASH`
    Hash,
    /// `INLINE_FILTER`
    InlineFilter,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    SearchSchemaElementType, { Hash => "HASH", InlineFilter => "INLINE_FILTER" }
);
#[derive(Clone, Default, PartialEq)]
pub struct SearchVectorsInput {
    /// The name or Amazon Resource Name (ARN) of the table containing the vector index.
    pub table_name: String,
    /// The name of the vector index to search. The index must be in the `ACTIVE` state.
    pub index_name: String,
    /// Determines the level of detail about either provisioned or on-demand throughput consumption that is returned in the response:
    ///
    /// - `INDEXES` - The response includes the aggregate `ConsumedCapacity` for the operation, together with `ConsumedCapacity` for each table and secondary index that was accessed.
    ///
    /// Note that some operations, such as `GetItem` and `BatchGetItem`, do not access any indexes at all. In these cases, specifying `INDEXES` will only return `ConsumedCapacity` information for table(s).
    ///
    /// - `TOTAL` - The response includes only the aggregate `ConsumedCapacity` for the operation.
    ///
    /// - `NONE` - No `ConsumedCapacity` details are included in the response.
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
    /// One or more substitution tokens for attribute names in an expression. Use the `\#` character in an expression to dereference an attribute name.
    pub expression_attribute_names: Option<rt::IndexMap<String, String>>,
    /// One or more values that can be substituted in an expression. Use the `:` character in an expression to dereference an attribute value.
    pub expression_attribute_values: Option<rt::IndexMap<String, AttributeValue>>,
    /// A string that identifies one or more attributes to retrieve from the index. Separate attribute names with commas. If not specified, the operation returns all attributes projected into the vector index.
    ///
    /// Only attributes projected into the vector index can be retrieved.
    pub projection_expression: Option<String>,
    /// The search vector to compare against the indexed vectors. Each element is a 32-bit IEEE-754 floating point number, provided in DynamoDB list format.
    ///
    /// The number of dimensions must match the number of dimensions configured for the vector index.
    pub search_vector: Vec<AttributeValue>,
    /// A condition expression used to filter the vector search results. The expression can reference attributes defined in the vector index search schema, including `HASH` and `INLINE\_FILTER` key elements.
    ///
    /// The `HASH` and `INLINE\_FILTER` attributes support only the equality operator (`=`). You can reference only top-level attributes from the search schema.
    pub search_condition_expression: Option<String>,
    /// The number of most similar results to return.
    pub top_k: i32,
}
rt::structure!(
    SearchVectorsInput, SEARCH_VECTORS_INPUT, [table_name, index_name,
    return_consumed_capacity, expression_attribute_names, expression_attribute_values,
    projection_expression, search_vector, search_condition_expression, top_k]
);
#[derive(Clone, Default, PartialEq)]
pub struct SearchVectorsOutput {
    /// The capacity units consumed by the `SearchVectors` operation. Contains `VectorSearchRequestBytes`, which represents the vector search capacity consumed.
    pub consumed_capacity: Option<VectorCapacity>,
    /// A list of items returned by the vector similarity search, sorted by similarity with the most similar item first. Each item contains the projected attributes and a similarity score.
    pub search_results: Option<Vec<SearchResultItem>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    SearchVectorsOutput, SEARCH_VECTORS_OUTPUT, [consumed_capacity, search_results], meta
    = response_metadata
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Select {
    /// `ALL_ATTRIBUTES`
    AllAttributes,
    /// `ALL_PROJECTED_ATTRIBUTES`
    AllProjectedAttributes,
    /// `SPECIFIC_ATTRIBUTES`
    SpecificAttributes,
    /// `COUNT`
    Count,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    Select, { AllAttributes => "ALL_ATTRIBUTES", AllProjectedAttributes =>
    "ALL_PROJECTED_ATTRIBUTES", SpecificAttributes => "SPECIFIC_ATTRIBUTES", Count =>
    "COUNT" }
);
/// Contains the details of the table when the backup was created.
#[derive(Clone, Default, PartialEq)]
pub struct SourceTableDetails {
    /// The name of the table for which the backup was created.
    pub table_name: String,
    /// Unique identifier for the table for which the backup was created.
    pub table_id: String,
    /// ARN of the table for which backup was created.
    pub table_arn: Option<String>,
    /// Size of the table in bytes. Note that this is an approximate value.
    pub table_size_bytes: Option<i64>,
    /// Schema of the table.
    pub key_schema: Vec<KeySchemaElement>,
    /// Time when the source table was created.
    pub table_creation_date_time: rt::DateTime,
    /// Read IOPs and Write IOPS on the table when the backup was created.
    pub provisioned_throughput: ProvisionedThroughput,
    /// Sets the maximum number of read and write units for the specified on-demand table. If you use this parameter, you must specify `MaxReadRequestUnits`, `MaxWriteRequestUnits`, or both.
    pub on_demand_throughput: Option<OnDemandThroughput>,
    /// Number of items in the table. Note that this is an approximate value.
    pub item_count: Option<i64>,
    /// Controls how you are charged for read and write throughput and how you manage capacity. This setting can be changed later.
    ///
    /// - `PROVISIONED` - Sets the read/write capacity mode to `PROVISIONED`. We recommend using `PROVISIONED` for predictable workloads.
    ///
    /// - `PAY\_PER\_REQUEST` - Sets the read/write capacity mode to `PAY\_PER\_REQUEST`. We recommend using `PAY\_PER\_REQUEST` for unpredictable workloads.
    pub billing_mode: Option<BillingMode>,
}
rt::structure!(
    SourceTableDetails, SOURCE_TABLE_DETAILS, [table_name, table_id, table_arn,
    table_size_bytes, key_schema, table_creation_date_time, provisioned_throughput,
    on_demand_throughput, item_count, billing_mode]
);
/// Contains the details of the features enabled on the table when the backup was created. For example, LSIs, GSIs, streams, TTL.
#[derive(Clone, Default, PartialEq)]
pub struct SourceTableFeatureDetails {
    /// Represents the LSI properties for the table when the backup was created. It includes the IndexName, KeySchema and Projection for the LSIs on the table at the time of backup.
    pub local_secondary_indexes: Option<Vec<LocalSecondaryIndexInfo>>,
    /// Represents the GSI properties for the table when the backup was created. It includes the IndexName, KeySchema, Projection, and ProvisionedThroughput for the GSIs on the table at the time of backup.
    pub global_secondary_indexes: Option<Vec<GlobalSecondaryIndexInfo>>,
    /// Stream settings on the table when the backup was created.
    pub stream_description: Option<StreamSpecification>,
    /// Time to Live settings on the table when the backup was created.
    pub time_to_live_description: Option<TimeToLiveDescription>,
    /// The description of the server-side encryption status on the table when the backup was created.
    pub sse_description: Option<SseDescription>,
    /// The vector index properties for the table at the time the backup was created, including the index name, vector attribute, dimensions, distance function, search schema, and projection.
    pub vector_indexes: Option<Vec<VectorIndexInfo>>,
}
rt::structure!(
    SourceTableFeatureDetails, SOURCE_TABLE_FEATURE_DETAILS, [local_secondary_indexes,
    global_secondary_indexes, stream_description, time_to_live_description,
    sse_description, vector_indexes]
);
#[derive(Clone, Default, PartialEq)]
pub struct StartBulkPutItemsInput {
    /// A unique, case-sensitive identifier that ensures the bulk operation starts no more than one time. During the 8 hours after the initial request, repeated requests that use the same token and parameters return the same bulk operation. If a request reuses the token with different parameters, DynamoDB returns an `IdempotentParameterMismatchException`. If you omit the token, an Amazon Web Services SDK automatically generates one.
    pub client_token: Option<String>,
    /// The Amazon S3 location, data format, and compression settings for the input objects.
    pub input_s3_configuration: InputS3Configuration,
    /// The Amazon S3 location, encryption settings, and output types for the bulk operation.
    pub output_s3_configuration: OutputS3Configuration,
    /// The name or ARN of the existing DynamoDB table that receives the items.
    pub table_name: String,
    /// The maximum rate, in write request units per second, at which the bulk operation attempts to write. The value must be at least 1,024. With this setting, you limit only the bulk operation; the table's provisioned or on-demand capacity settings don't change. The actual write rate can be lower.
    pub max_write_request_units: Option<i64>,
    /// The performance tier for the bulk operation. Valid values are `STANDARD` and `ACCELERATED`. If you don't specify a value, the operation uses `STANDARD`.
    pub performance_tier: Option<BulkOperationPerformanceTier>,
}
rt::structure!(
    StartBulkPutItemsInput, START_BULK_PUT_ITEMS_INPUT, [client_token,
    input_s3_configuration, output_s3_configuration, table_name, max_write_request_units,
    performance_tier]
);
#[derive(Clone, Default, PartialEq)]
pub struct StartBulkPutItemsOutput {
    /// Contains detailed information about a bulk operation.
    pub bulk_operation_description: BulkOperationDescription,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    StartBulkPutItemsOutput, START_BULK_PUT_ITEMS_OUTPUT, [bulk_operation_description],
    meta = response_metadata
);
/// Represents the DynamoDB Streams configuration for a table in DynamoDB.
#[derive(Clone, Default, PartialEq)]
pub struct StreamSpecification {
    /// Indicates whether DynamoDB Streams is enabled (true) or disabled (false) on the table.
    pub stream_enabled: bool,
    /// When an item in the table is modified, `StreamViewType` determines what information is written to the stream for this table. Valid values for `StreamViewType` are:
    ///
    /// - `KEYS\_ONLY` - Only the key attributes of the modified item are written to the stream.
    ///
    /// - `NEW\_IMAGE` - The entire item, as it appears after it was modified, is written to the stream.
    ///
    /// - `OLD\_IMAGE` - The entire item, as it appeared before it was modified, is written to the stream.
    ///
    /// - `NEW\_AND\_OLD\_IMAGES` - Both the new and the old item images of the item are written to the stream.
    pub stream_view_type: Option<StreamViewType>,
}
rt::structure!(
    StreamSpecification, STREAM_SPECIFICATION, [stream_enabled, stream_view_type]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StreamViewType {
    /// `NEW_IMAGE`
    NewImage,
    /// `OLD_IMAGE`
    OldImage,
    /// `NEW_AND_OLD_IMAGES`
    NewAndOldImages,
    /// `KEYS_ONLY`
    KeysOnly,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    StreamViewType, { NewImage => "NEW_IMAGE", OldImage => "OLD_IMAGE", NewAndOldImages
    => "NEW_AND_OLD_IMAGES", KeysOnly => "KEYS_ONLY" }
);
/// A target table with the specified name already exists.
#[derive(Clone, Default, PartialEq)]
pub struct TableAlreadyExistsException {
    pub message: Option<String>,
}
rt::structure!(TableAlreadyExistsException, TABLE_ALREADY_EXISTS_EXCEPTION, [message]);
/// Represents the auto scaling configuration for a global table.
#[derive(Clone, Default, PartialEq)]
pub struct TableAutoScalingDescription {
    /// The name of the table.
    pub table_name: Option<String>,
    /// The current state of the table:
    ///
    /// - `CREATING` - The table is being created.
    ///
    /// - `UPDATING` - The table is being updated.
    ///
    /// - `DELETING` - The table is being deleted.
    ///
    /// - `ACTIVE` - The table is ready for use.
    pub table_status: Option<TableStatus>,
    /// Represents replicas of the global table.
    pub replicas: Option<Vec<ReplicaAutoScalingDescription>>,
}
rt::structure!(
    TableAutoScalingDescription, TABLE_AUTO_SCALING_DESCRIPTION, [table_name,
    table_status, replicas]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TableClass {
    /// `STANDARD`
    Standard,
    /// `STANDARD_INFREQUENT_ACCESS`
    StandardInfrequentAccess,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    TableClass, { Standard => "STANDARD", StandardInfrequentAccess =>
    "STANDARD_INFREQUENT_ACCESS" }
);
/// Contains details of the table class.
#[derive(Clone, Default, PartialEq)]
pub struct TableClassSummary {
    /// The table class of the specified table. Valid values are `STANDARD` and `STANDARD\_INFREQUENT\_ACCESS`.
    pub table_class: Option<TableClass>,
    /// The date and time at which the table class was last updated.
    pub last_update_date_time: Option<rt::DateTime>,
}
rt::structure!(
    TableClassSummary, TABLE_CLASS_SUMMARY, [table_class, last_update_date_time]
);
/// The parameters for the table created as part of the import operation.
#[derive(Clone, Default, PartialEq)]
pub struct TableCreationParameters {
    /// The name of the table created as part of the import operation.
    pub table_name: String,
    /// The attributes of the table created as part of the import operation.
    pub attribute_definitions: Vec<AttributeDefinition>,
    /// The primary key and option sort key of the table created as part of the import operation.
    pub key_schema: Vec<KeySchemaElement>,
    /// The billing mode for provisioning the table created as part of the import operation.
    pub billing_mode: Option<BillingMode>,
    /// Represents the provisioned throughput settings for the specified global secondary index. You must use `ProvisionedThroughput` or `OnDemandThroughput` based on your table’s capacity mode.
    ///
    /// For current minimum and maximum provisioned throughput values, see [Service, Account, and Table Quotas](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Limits.html) in the *Amazon DynamoDB Developer Guide*.
    pub provisioned_throughput: Option<ProvisionedThroughput>,
    /// Sets the maximum number of read and write units for the specified on-demand table. If you use this parameter, you must specify `MaxReadRequestUnits`, `MaxWriteRequestUnits`, or both.
    pub on_demand_throughput: Option<OnDemandThroughput>,
    /// Represents the settings used to enable server-side encryption.
    pub sse_specification: Option<SseSpecification>,
    /// The Global Secondary Indexes (GSI) of the table to be created as part of the import operation.
    pub global_secondary_indexes: Option<Vec<GlobalSecondaryIndex>>,
    /// The vector indexes of the table to be created as part of the import operation.
    pub vector_indexes: Option<Vec<VectorIndex>>,
}
rt::structure!(
    TableCreationParameters, TABLE_CREATION_PARAMETERS, [table_name,
    attribute_definitions, key_schema, billing_mode, provisioned_throughput,
    on_demand_throughput, sse_specification, global_secondary_indexes, vector_indexes]
);
/// Represents the properties of a table.
#[derive(Clone, Default, PartialEq)]
pub struct TableDescription {
    /// An array of `AttributeDefinition` objects. Each of these objects describes one attribute in the table and index key schema.
    ///
    /// Each `AttributeDefinition` object in this array is composed of:
    ///
    /// - `AttributeName` - The name of the attribute.
    ///
    /// - `AttributeType` - The data type for the attribute.
    pub attribute_definitions: Option<Vec<AttributeDefinition>>,
    /// The name of the table.
    pub table_name: Option<String>,
    /// The primary key structure for the table. Each `KeySchemaElement` consists of:
    ///
    /// - `AttributeName` - The name of the attribute.
    ///
    /// - `KeyType` - The role of the attribute:
    ///
    ///   - `HASH` - partition key
    ///
    ///   - `RANGE` - sort key
    ///
    /// The partition key of an item is also known as its *hash attribute*. The term "hash attribute" derives from DynamoDB's usage of an internal hash function to evenly distribute data items across partitions, based on their partition key values.
    ///
    /// The sort key of an item is also known as its *range attribute*. The term "range attribute" derives from the way DynamoDB stores items with the same partition key physically close together, in sorted order by the sort key value.
    ///
    /// For more information about primary keys, see [Primary Key](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DataModel.html#DataModelPrimaryKey) in the *Amazon DynamoDB Developer Guide*.
    pub key_schema: Option<Vec<KeySchemaElement>>,
    /// The current state of the table:
    ///
    /// - `CREATING` - The table is being created.
    ///
    /// - `UPDATING` - The table/index configuration is being updated. The table/index remains available for data operations when `UPDATING`.
    ///
    /// - `DELETING` - The table is being deleted.
    ///
    /// - `ACTIVE` - The table is ready for use.
    ///
    /// - `INACCESSIBLE\_ENCRYPTION\_CREDENTIALS` - The KMS key used to encrypt the table in inaccessible. Table operations may fail due to failure to use the KMS key. DynamoDB will initiate the table archival process when a table's KMS key remains inaccessible for more than seven days.
    ///
    /// - `ARCHIVING` - The table is being archived. Operations are not allowed until archival is complete.
    ///
    /// - `ARCHIVED` - The table has been archived. See the ArchivalReason for more information.
    pub table_status: Option<TableStatus>,
    /// The date and time when the table was created, in [UNIX epoch time](http://www.epochconverter.com/) format.
    pub creation_date_time: Option<rt::DateTime>,
    /// The provisioned throughput settings for the table, consisting of read and write capacity units, along with data about increases and decreases.
    pub provisioned_throughput: Option<ProvisionedThroughputDescription>,
    /// The total size of the specified table, in bytes. DynamoDB updates this value approximately every six hours. Recent changes might not be reflected in this value.
    pub table_size_bytes: Option<i64>,
    /// The number of items in the specified table. DynamoDB updates this value approximately every six hours. Recent changes might not be reflected in this value.
    pub item_count: Option<i64>,
    /// The Amazon Resource Name (ARN) that uniquely identifies the table.
    pub table_arn: Option<String>,
    /// A unique identifier for the table, in UUID format, generated by DynamoDB when the table is created.
    pub table_id: Option<String>,
    /// Contains the details for the read/write capacity mode.
    pub billing_mode_summary: Option<BillingModeSummary>,
    /// Represents one or more local secondary indexes on the table. Each index is scoped to a given partition key value. Tables with one or more local secondary indexes are subject to an item collection size limit, where the amount of data within a given item collection cannot exceed 10 GB. Each element is composed of:
    ///
    /// - `IndexName` - The name of the local secondary index.
    ///
    /// - `KeySchema` - Specifies the complete index key schema. The attribute names in the key schema must be between 1 and 255 characters (inclusive). The key schema must begin with the same partition key as the table.
    ///
    /// - `Projection` - Specifies attributes that are copied (projected) from the table into the index. These are in addition to the primary key attributes and index key attributes, which are automatically projected. Each attribute specification is composed of:
    ///
    ///   - `ProjectionType` - One of the following:
    ///
    ///   - `KEYS\_ONLY` - Only the index and primary keys are projected into the index.
    ///
    ///   - `INCLUDE` - Only the specified table attributes are projected into the index. The list of projected attributes is in `NonKeyAttributes`.
    ///
    ///   - `ALL` - All of the table attributes are projected into the index.
    ///
    ///   - `NonKeyAttributes` - A list of one or more non-key attribute names that are projected into the secondary index. The total count of attributes provided in `NonKeyAttributes`, summed across all of the secondary indexes, must not exceed 100. If you project the same attribute into two different indexes, this counts as two distinct attributes when determining the total. This limit only applies when you specify the ProjectionType of `INCLUDE`. You still can specify the ProjectionType of `ALL` to project all attributes from the source table, even if the table has more than 100 attributes.
    ///
    /// - `IndexSizeBytes` - Represents the total size of the index, in bytes. DynamoDB updates this value approximately every six hours. Recent changes might not be reflected in this value.
    ///
    /// - `ItemCount` - Represents the number of items in the index. DynamoDB updates this value approximately every six hours. Recent changes might not be reflected in this value.
    ///
    /// If the table is in the `DELETING` state, no information about indexes will be returned.
    pub local_secondary_indexes: Option<Vec<LocalSecondaryIndexDescription>>,
    /// The global secondary indexes, if any, on the table. Each index is scoped to a given partition key value. Each element is composed of:
    ///
    /// - `Backfilling` - If true, then the index is currently in the backfilling phase. Backfilling occurs only when a new global secondary index is added to the table. It is the process by which DynamoDB populates the new index with data from the table. (This attribute does not appear for indexes that were created during a `CreateTable` operation.)
    ///
    /// You can delete an index that is being created during the `Backfilling` phase when `IndexStatus` is set to CREATING and `Backfilling` is true. You can't delete the index that is being created when `IndexStatus` is set to CREATING and `Backfilling` is false. (This attribute does not appear for indexes that were created during a `CreateTable` operation.)
    ///
    /// - `IndexName` - The name of the global secondary index.
    ///
    /// - `IndexSizeBytes` - The total size of the global secondary index, in bytes. DynamoDB updates this value approximately every six hours. Recent changes might not be reflected in this value.
    ///
    /// - `IndexStatus` - The current status of the global secondary index:
    ///
    ///   - `CREATING` - The index is being created.
    ///
    ///   - `UPDATING` - The index is being updated.
    ///
    ///   - `DELETING` - The index is being deleted.
    ///
    ///   - `ACTIVE` - The index is ready for use.
    ///
    /// - `ItemCount` - The number of items in the global secondary index. DynamoDB updates this value approximately every six hours. Recent changes might not be reflected in this value.
    ///
    /// - `KeySchema` - Specifies the complete index key schema. The attribute names in the key schema must be between 1 and 255 characters (inclusive). The key schema must begin with the same partition key as the table.
    ///
    /// - `Projection` - Specifies attributes that are copied (projected) from the table into the index. These are in addition to the primary key attributes and index key attributes, which are automatically projected. Each attribute specification is composed of:
    ///
    ///   - `ProjectionType` - One of the following:
    ///
    ///   - `KEYS\_ONLY` - Only the index and primary keys are projected into the index.
    ///
    ///   - `INCLUDE` - In addition to the attributes described in `KEYS\_ONLY`, the secondary index will include other non-key attributes that you specify.
    ///
    ///   - `ALL` - All of the table attributes are projected into the index.
    ///
    ///   - `NonKeyAttributes` - A list of one or more non-key attribute names that are projected into the secondary index. The total count of attributes provided in `NonKeyAttributes`, summed across all of the secondary indexes, must not exceed 100. If you project the same attribute into two different indexes, this counts as two distinct attributes when determining the total. This limit only applies when you specify the ProjectionType of `INCLUDE`. You still can specify the ProjectionType of `ALL` to project all attributes from the source table, even if the table has more than 100 attributes.
    ///
    /// - `ProvisionedThroughput` - The provisioned throughput settings for the global secondary index, consisting of read and write capacity units, along with data about increases and decreases.
    ///
    /// If the table is in the `DELETING` state, no information about indexes will be returned.
    pub global_secondary_indexes: Option<Vec<GlobalSecondaryIndexDescription>>,
    /// The current DynamoDB Streams configuration for the table.
    pub stream_specification: Option<StreamSpecification>,
    /// A timestamp, in ISO 8601 format, for this stream.
    ///
    /// Note that `LatestStreamLabel` is not a unique identifier for the stream, because it is possible that a stream from another table might have the same timestamp. However, the combination of the following three elements is guaranteed to be unique:
    ///
    /// - Amazon Web Services customer ID
    ///
    /// - Table name
    ///
    /// - `StreamLabel`
    pub latest_stream_label: Option<String>,
    /// The Amazon Resource Name (ARN) that uniquely identifies the latest stream for this table.
    pub latest_stream_arn: Option<String>,
    /// Represents the version of [global tables](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GlobalTables.html) in use, if the table is replicated across Amazon Web Services Regions.
    pub global_table_version: Option<String>,
    /// Represents replicas of the table.
    ///
    /// After a successful disassociation, this list is absent or empty. To confirm disassociation, also verify that `TableStatus` is `ACTIVE`.
    pub replicas: Option<Vec<ReplicaDescription>>,
    /// The witness Region and its current status in the MRSC global table. Only one witness Region can be configured per MRSC global table.
    pub global_table_witnesses: Option<Vec<GlobalTableWitnessDescription>>,
    /// Indicates one of the settings synchronization modes for the global table:
    ///
    /// - `ENABLED`: Indicates that the settings synchronization mode for the global table is enabled.
    ///
    /// - `DISABLED`: Indicates that the settings synchronization mode for the global table is disabled.
    ///
    /// - `ENABLED\_WITH\_OVERRIDES`: This mode is set by default for a same account global table. Indicates that certain global table settings can be overridden.
    pub global_table_settings_replication_mode: Option<
        GlobalTableSettingsReplicationMode,
    >,
    /// Contains details for the restore.
    pub restore_summary: Option<RestoreSummary>,
    /// The description of the server-side encryption status on the specified table.
    pub sse_description: Option<SseDescription>,
    /// Contains information about the table archive.
    pub archival_summary: Option<ArchivalSummary>,
    /// Contains details of the table class.
    pub table_class_summary: Option<TableClassSummary>,
    /// Indicates whether deletion protection is enabled (true) or disabled (false) on the table.
    pub deletion_protection_enabled: Option<bool>,
    /// Specifies whether disassociation protection is enabled (`true`) or disabled (`false`) for the local global table replica. Protection is enabled by default.
    pub disassociation_protection_enabled: Option<bool>,
    /// The maximum number of read and write units for the specified on-demand table. If you use this parameter, you must specify `MaxReadRequestUnits`, `MaxWriteRequestUnits`, or both.
    pub on_demand_throughput: Option<OnDemandThroughput>,
    /// Describes the warm throughput value of the base table.
    pub warm_throughput: Option<TableWarmThroughputDescription>,
    /// Indicates one of the following consistency modes for a global table:
    ///
    /// - `EVENTUAL`: Indicates that the global table is configured for multi-Region eventual consistency (MREC).
    ///
    /// - `STRONG`: Indicates that the global table is configured for multi-Region strong consistency (MRSC).
    ///
    /// If you don't specify this field, the global table consistency mode defaults to `EVENTUAL`. For more information about global tables consistency modes, see [ Consistency modes](https://docs.aws.amazon.com/V2globaltables_HowItWorks.html#V2globaltables_HowItWorks.consistency-modes) in DynamoDB developer guide.
    pub multi_region_consistency: Option<MultiRegionConsistency>,
    /// The vector indexes, if any, on the table. Each element is composed of:
    ///
    /// - `IndexName` - The name of the vector index.
    ///
    /// - `IndexStatus` - The current status of the vector index: `CREATING`, `ACTIVE`, or `DELETING`.
    ///
    /// - `Backfilling` - Specifies whether the index is currently backfilling. During backfill, `SearchVectors` operations might return incomplete results.
    ///
    /// - `VectorAttribute` - The attribute that contains vector embeddings.
    ///
    /// - `Dimensions` - The number of dimensions in each vector.
    ///
    /// - `DistanceFunction` - The distance function used to calculate similarity (`COSINE`, `EUCLIDEAN`, or `DOT\_PRODUCT`).
    ///
    /// - `SearchSchema` - The partition key and inline filter attributes for the vector index.
    ///
    /// - `Projection` - Specifies attributes that are copied (projected) from the table into the vector index.
    ///
    /// - `IndexArn` - The Amazon Resource Name (ARN) that uniquely identifies the index.
    ///
    /// - `IndexSizeBytes` - The total size of the vector index, in bytes. Amazon DynamoDB updates this value approximately every six hours. Recent changes might not be reflected in this value.
    ///
    /// - `ItemCount` - The number of items indexed in the vector index. Amazon DynamoDB updates this value approximately every six hours. Recent changes might not be reflected in this value.
    pub vector_indexes: Option<Vec<VectorIndexDescription>>,
}
rt::structure!(
    TableDescription, TABLE_DESCRIPTION, [attribute_definitions, table_name, key_schema,
    table_status, creation_date_time, provisioned_throughput, table_size_bytes,
    item_count, table_arn, table_id, billing_mode_summary, local_secondary_indexes,
    global_secondary_indexes, stream_specification, latest_stream_label,
    latest_stream_arn, global_table_version, replicas, global_table_witnesses,
    global_table_settings_replication_mode, restore_summary, sse_description,
    archival_summary, table_class_summary, deletion_protection_enabled,
    disassociation_protection_enabled, on_demand_throughput, warm_throughput,
    multi_region_consistency, vector_indexes]
);
/// A target table with the specified name is either being created or deleted.
#[derive(Clone, Default, PartialEq)]
pub struct TableInUseException {
    pub message: Option<String>,
}
rt::structure!(TableInUseException, TABLE_IN_USE_EXCEPTION, [message]);
/// A source table with the name `TableName` does not currently exist within the subscriber's account or the subscriber is operating in the wrong Amazon Web Services Region.
#[derive(Clone, Default, PartialEq)]
pub struct TableNotFoundException {
    pub message: Option<String>,
}
rt::structure!(TableNotFoundException, TABLE_NOT_FOUND_EXCEPTION, [message]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TableStatus {
    /// `CREATING`
    Creating,
    /// `UPDATING`
    Updating,
    /// `DELETING`
    Deleting,
    /// `ACTIVE`
    Active,
    /// `INACCESSIBLE_ENCRYPTION_CREDENTIALS`
    InaccessibleEncryptionCredentials,
    /// `ARCHIVING`
    Archiving,
    /// `ARCHIVED`
    Archived,
    /// `REPLICATION_NOT_AUTHORIZED`
    ReplicationNotAuthorized,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    TableStatus, { Creating => "CREATING", Updating => "UPDATING", Deleting =>
    "DELETING", Active => "ACTIVE", InaccessibleEncryptionCredentials =>
    "INACCESSIBLE_ENCRYPTION_CREDENTIALS", Archiving => "ARCHIVING", Archived =>
    "ARCHIVED", ReplicationNotAuthorized => "REPLICATION_NOT_AUTHORIZED" }
);
/// Represents the warm throughput value (in read units per second and write units per second) of the table. Warm throughput is applicable for DynamoDB Standard-IA tables and specifies the minimum provisioned capacity maintained for immediate data access.
#[derive(Clone, Default, PartialEq)]
pub struct TableWarmThroughputDescription {
    /// Represents the base table's warm throughput value in read units per second.
    pub read_units_per_second: Option<i64>,
    /// Represents the base table's warm throughput value in write units per second.
    pub write_units_per_second: Option<i64>,
    /// Represents warm throughput value of the base table.
    pub status: Option<TableStatus>,
}
rt::structure!(
    TableWarmThroughputDescription, TABLE_WARM_THROUGHPUT_DESCRIPTION,
    [read_units_per_second, write_units_per_second, status]
);
/// Describes a tag. A tag is a key-value pair. You can add up to 50 tags to a single DynamoDB table.
///
/// Amazon Web Services-assigned tag names and values are automatically assigned the `aws:` prefix, which the user cannot assign. Amazon Web Services-assigned tag names do not count towards the tag limit of 50. User-assigned tag names have the prefix `user:` in the Cost Allocation Report. You cannot backdate the application of a tag.
///
/// For an overview on tagging DynamoDB resources, see [Tagging for DynamoDB](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Tagging.html) in the *Amazon DynamoDB Developer Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct Tag {
    /// The key of the tag. Tag keys are case sensitive. Each DynamoDB table can only have up to one tag with the same key. If you try to add an existing tag (same key), the existing tag value will be updated to the new value.
    pub key: String,
    /// The value of the tag. Tag values are case-sensitive and can be null.
    pub value: String,
}
rt::structure!(Tag, TAG, [key, value]);
#[derive(Clone, Default, PartialEq)]
pub struct TagResourceInput {
    /// Identifies the Amazon DynamoDB resource to which tags should be added. This value is an Amazon Resource Name (ARN).
    pub resource_arn: String,
    /// The tags to be assigned to the Amazon DynamoDB resource.
    pub tags: Vec<Tag>,
}
rt::structure!(TagResourceInput, TAG_RESOURCE_INPUT, [resource_arn, tags]);
/// The request was denied due to request throttling. For detailed information about why the request was throttled and the ARN of the impacted resource, find the [ThrottlingReason](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html) field in the returned exception.
#[derive(Clone, Default, PartialEq)]
pub struct ThrottlingException {
    pub message: Option<String>,
    /// A list of [ThrottlingReason](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html) that provide detailed diagnostic information about why the request was throttled.
    pub throttling_reasons: Option<Vec<ThrottlingReason>>,
}
rt::structure!(ThrottlingException, THROTTLING_EXCEPTION, [message, throttling_reasons]);
/// Represents the specific reason why a DynamoDB request was throttled and the ARN of the impacted resource. This helps identify exactly what resource is being throttled, what type of operation caused it, and why the throttling occurred.
#[derive(Clone, Default, PartialEq)]
pub struct ThrottlingReason {
    /// The reason for throttling. The throttling reason follows a specific format: `ResourceType+OperationType+LimitType`:
    ///
    /// - Resource Type (What is being throttled): Table or Index
    ///
    /// - Operation Type (What kind of operation): Read or Write
    ///
    /// - Limit Type (Why the throttling occurred):
    ///
    ///   - `ProvisionedThroughputExceeded`: The request rate is exceeding the [provisioned throughput capacity](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/provisioned-capacity-mode.html) (read or write capacity units) configured for a table or a global secondary index (GSI) in provisioned capacity mode.
    ///
    ///   - `AccountLimitExceeded`: The request rate has caused a table or global secondary index (GSI) in on-demand mode to exceed the [per-table account-level service quotas](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html#default-limits-throughput) for read/write throughput in the current Amazon Web Services Region.
    ///
    ///   - `KeyRangeThroughputExceeded`: The request rate directed at a specific partition key value has exceeded the [internal partition-level throughput limits](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/bp-partition-key-design.html), indicating uneven access patterns across the table's or GSI's key space.
    ///
    ///   - `MaxOnDemandThroughputExceeded`: The request rate has exceeded the [configured maximum throughput limits](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/on-demand-capacity-mode-max-throughput.html) set for a table or index in on-demand capacity mode.
    ///
    /// Examples of complete throttling reasons:
    ///
    /// - TableReadProvisionedThroughputExceeded
    ///
    /// - IndexWriteAccountLimitExceeded
    ///
    /// This helps identify exactly what resource is being throttled, what type of operation caused it, and why the throttling occurred.
    pub reason: Option<String>,
    /// The Amazon Resource Name (ARN) of the DynamoDB table or index that experienced the throttling event.
    pub resource: Option<String>,
}
rt::structure!(ThrottlingReason, THROTTLING_REASON, [reason, resource]);
/// The description of the Time to Live (TTL) status on the specified table.
#[derive(Clone, Default, PartialEq)]
pub struct TimeToLiveDescription {
    /// The TTL status for the table.
    pub time_to_live_status: Option<TimeToLiveStatus>,
    /// The name of the TTL attribute for items in the table.
    pub attribute_name: Option<String>,
}
rt::structure!(
    TimeToLiveDescription, TIME_TO_LIVE_DESCRIPTION, [time_to_live_status,
    attribute_name]
);
/// Represents the settings used to enable or disable Time to Live (TTL) for the specified table.
#[derive(Clone, Default, PartialEq)]
pub struct TimeToLiveSpecification {
    /// Indicates whether TTL is to be enabled (true) or disabled (false) on the table.
    pub enabled: bool,
    /// The name of the TTL attribute used to store the expiration time for items in the table.
    pub attribute_name: String,
}
rt::structure!(
    TimeToLiveSpecification, TIME_TO_LIVE_SPECIFICATION, [enabled, attribute_name]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TimeToLiveStatus {
    /// `ENABLING`
    Enabling,
    /// `DISABLING`
    Disabling,
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    TimeToLiveStatus, { Enabling => "ENABLING", Disabling => "DISABLING", Enabled =>
    "ENABLED", Disabled => "DISABLED" }
);
/// Specifies an item to be retrieved as part of the transaction.
#[derive(Clone, Default, PartialEq)]
pub struct TransactGetItem {
    /// Contains the primary key that identifies the item to get, together with the name of the table that contains the item, and optionally the specific attributes of the item to retrieve.
    pub get: Get,
}
rt::structure!(TransactGetItem, TRANSACT_GET_ITEM, [get]);
#[derive(Clone, Default, PartialEq)]
pub struct TransactGetItemsInput {
    /// An ordered array of up to 100 `TransactGetItem` objects, each of which contains a `Get` structure.
    pub transact_items: Vec<TransactGetItem>,
    /// A value of `TOTAL` causes consumed capacity information to be returned, and a value of `NONE` prevents that information from being returned. No other value is valid.
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
}
rt::structure!(
    TransactGetItemsInput, TRANSACT_GET_ITEMS_INPUT, [transact_items,
    return_consumed_capacity]
);
#[derive(Clone, Default, PartialEq)]
pub struct TransactGetItemsOutput {
    /// If the *ReturnConsumedCapacity* value was `TOTAL`, this is an array of `ConsumedCapacity` objects, one for each table addressed by `TransactGetItem` objects in the *TransactItems* parameter. These `ConsumedCapacity` objects report the read-capacity units consumed by the `TransactGetItems` call in that table.
    pub consumed_capacity: Option<Vec<ConsumedCapacity>>,
    /// An ordered array of up to 100 `ItemResponse` objects, each of which corresponds to the `TransactGetItem` object in the same position in the *TransactItems* array. Each `ItemResponse` object contains a Map of the name-value pairs that are the projected attributes of the requested item.
    ///
    /// If a requested item could not be retrieved, the corresponding `ItemResponse` object is Null, or if the requested item has no projected attributes, the corresponding `ItemResponse` object is an empty Map.
    pub responses: Option<Vec<ItemResponse>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    TransactGetItemsOutput, TRANSACT_GET_ITEMS_OUTPUT, [consumed_capacity, responses],
    meta = response_metadata
);
/// A list of requests that can perform update, put, delete, or check operations on multiple items in one or more tables atomically.
#[derive(Clone, Default, PartialEq)]
pub struct TransactWriteItem {
    /// A request to perform a check item operation.
    pub condition_check: Option<ConditionCheck>,
    /// A request to perform a `PutItem` operation.
    pub put: Option<Put>,
    /// A request to perform a `DeleteItem` operation.
    pub delete: Option<Delete>,
    /// A request to perform an `UpdateItem` operation.
    pub update: Option<Update>,
}
rt::structure!(
    TransactWriteItem, TRANSACT_WRITE_ITEM, [condition_check, put, delete, update]
);
#[derive(Clone, Default, PartialEq)]
pub struct TransactWriteItemsInput {
    /// An ordered array of up to 100 `TransactWriteItem` objects, each of which contains a `ConditionCheck`, `Put`, `Update`, or `Delete` object. These can operate on items in different tables, but the tables must reside in the same Amazon Web Services account and Region, and no two of them can operate on the same item.
    pub transact_items: Vec<TransactWriteItem>,
    /// Determines the level of detail about either provisioned or on-demand throughput consumption that is returned in the response:
    ///
    /// - `INDEXES` - The response includes the aggregate `ConsumedCapacity` for the operation, together with `ConsumedCapacity` for each table and secondary index that was accessed.
    ///
    /// Note that some operations, such as `GetItem` and `BatchGetItem`, do not access any indexes at all. In these cases, specifying `INDEXES` will only return `ConsumedCapacity` information for table(s).
    ///
    /// - `TOTAL` - The response includes only the aggregate `ConsumedCapacity` for the operation.
    ///
    /// - `NONE` - No `ConsumedCapacity` details are included in the response.
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
    /// Determines whether item collection metrics are returned. If set to `SIZE`, the response includes statistics about item collections (if any), that were modified during the operation and are returned in the response. If set to `NONE` (the default), no statistics are returned.
    pub return_item_collection_metrics: Option<ReturnItemCollectionMetrics>,
    /// Providing a `ClientRequestToken` makes the call to `TransactWriteItems` idempotent, meaning that multiple identical calls have the same effect as one single call.
    ///
    /// Although multiple identical calls using the same client request token produce the same result on the server (no side effects), the responses to the calls might not be the same. If the `ReturnConsumedCapacity` parameter is set, then the initial `TransactWriteItems` call returns the amount of write capacity units consumed in making the changes. Subsequent `TransactWriteItems` calls with the same client token return the number of read capacity units consumed in reading the item.
    ///
    /// A client request token is valid for 10 minutes after the first request that uses it is completed. After 10 minutes, any request with the same client token is treated as a new request. Do not resubmit the same request with the same client token for more than 10 minutes, or the result might not be idempotent.
    ///
    /// If you submit a request with the same client token but a change in other parameters within the 10-minute idempotency window, DynamoDB returns an `IdempotentParameterMismatch` exception.
    pub client_request_token: Option<String>,
}
rt::structure!(
    TransactWriteItemsInput, TRANSACT_WRITE_ITEMS_INPUT, [transact_items,
    return_consumed_capacity, return_item_collection_metrics, client_request_token]
);
#[derive(Clone, Default, PartialEq)]
pub struct TransactWriteItemsOutput {
    /// The capacity units consumed by the entire `TransactWriteItems` operation. The values of the list are ordered according to the ordering of the `TransactItems` request parameter.
    ///
    /// If the table has vector indexes, each element also includes a `VectorIndexes` field with `VectorWriteRequestBytes` consumed for each affected vector index.
    pub consumed_capacity: Option<Vec<ConsumedCapacity>>,
    /// A list of tables that were processed by `TransactWriteItems` and, for each table, information about any item collections that were affected by individual `UpdateItem`, `PutItem`, or `DeleteItem` operations.
    pub item_collection_metrics: Option<
        rt::IndexMap<String, Vec<ItemCollectionMetrics>>,
    >,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    TransactWriteItemsOutput, TRANSACT_WRITE_ITEMS_OUTPUT, [consumed_capacity,
    item_collection_metrics], meta = response_metadata
);
/// The entire transaction request was canceled.
///
/// DynamoDB cancels a `TransactWriteItems` request under the following circumstances:
///
/// - A condition in one of the condition expressions is not met.
///
/// - A table in the `TransactWriteItems` request is in a different account or region.
///
/// - More than one action in the `TransactWriteItems` operation targets the same item.
///
/// - There is insufficient provisioned capacity for the transaction to be completed.
///
/// - An item size becomes too large (larger than 400 KB), or a local secondary index (LSI) becomes too large, or a similar validation error occurs because of changes made by the transaction.
///
/// - There is a user error, such as an invalid data format.
///
/// - There is an ongoing `TransactWriteItems` operation that conflicts with a concurrent `TransactWriteItems` request. In this case the `TransactWriteItems` operation fails with a `TransactionCanceledException`.
///
/// DynamoDB cancels a `TransactGetItems` request under the following circumstances:
///
/// - There is an ongoing `TransactGetItems` operation that conflicts with a concurrent `PutItem`, `UpdateItem`, `DeleteItem` or `TransactWriteItems` request. In this case the `TransactGetItems` operation fails with a `TransactionCanceledException`.
///
/// - A table in the `TransactGetItems` request is in a different account or region.
///
/// - There is insufficient provisioned capacity for the transaction to be completed.
///
/// - There is a user error, such as an invalid data format.
///
/// DynamoDB lists the cancellation reasons on the `CancellationReasons` property. Transaction cancellation reasons are ordered in the order of requested items, if an item has no error it will have `None` code and `Null` message. The `None` code is returned as the literal string `"None"`, not a null or absent value; the message field is omitted entirely for an item that has no error. This is important to note when using an SDK that surfaces the code as an optional or nullable type.
///
/// Cancellation reason codes and possible error messages:
///
/// - No Errors:
///
///   - Code: `None`
///
///   - Message: `null`
///
/// - Conditional Check Failed:
///
///   - Code: `ConditionalCheckFailed`
///
///   - Message: The conditional request failed.
///
/// - Item Collection Size Limit Exceeded:
///
///   - Code: `ItemCollectionSizeLimitExceeded`
///
///   - Message: Collection size exceeded.
///
/// - Transaction Conflict:
///
///   - Code: `TransactionConflict`
///
///   - Message: Transaction is ongoing for the item.
///
/// - Provisioned Throughput Exceeded:
///
///   - Code: `ProvisionedThroughputExceeded`
///
///   - Messages:
///
///   - The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.
///
/// This Message is received when provisioned throughput is exceeded is on a provisioned DynamoDB table.
///
///   - The level of configured provisioned throughput for one or more global secondary indexes of the table was exceeded. Consider increasing your provisioning level for the under-provisioned global secondary indexes with the UpdateTable API.
///
/// This message is returned when provisioned throughput is exceeded is on a provisioned GSI.
///
/// - Throttling Error:
///
///   - Code: `ThrottlingError`
///
///   - Messages:
///
///   - Throughput exceeds the current capacity of your table or index. DynamoDB is automatically scaling your table or index so please try again shortly. If exceptions persist, check if you have a hot key: <https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/bp-partition-key-design.html>.
///
/// This message is returned when writes get throttled on an On-Demand table as DynamoDB is automatically scaling the table.
///
///   - Throughput exceeds the current capacity for one or more global secondary indexes. DynamoDB is automatically scaling your index so please try again shortly.
///
/// This message is returned when writes get throttled on an On-Demand GSI as DynamoDB is automatically scaling the GSI.
///
/// - Validation Error:
///
///   - Code: `ValidationError`
///
///   - Messages:
///
///   - One or more parameter values were invalid.
///
///   - The update expression attempted to update the secondary index key beyond allowed size limits.
///
///   - The update expression attempted to update the secondary index key to unsupported type.
///
///   - An operand in the update expression has an incorrect data type.
///
///   - Item size to update has exceeded the maximum allowed size.
///
///   - Number overflow. Attempting to store a number with magnitude larger than supported range.
///
///   - Type mismatch for attribute to update.
///
///   - Nesting Levels have exceeded supported limits.
///
///   - The document path provided in the update expression is invalid for update.
///
///   - The provided expression refers to an attribute that does not exist in the item.
#[derive(Clone, Default, PartialEq)]
pub struct TransactionCanceledException {
    pub message: Option<String>,
    /// A list of cancellation reasons.
    pub cancellation_reasons: Option<Vec<CancellationReason>>,
}
rt::structure!(
    TransactionCanceledException, TRANSACTION_CANCELED_EXCEPTION, [message,
    cancellation_reasons]
);
/// Operation was rejected because there is an ongoing transaction for the item.
#[derive(Clone, Default, PartialEq)]
pub struct TransactionConflictException {
    pub message: Option<String>,
}
rt::structure!(TransactionConflictException, TRANSACTION_CONFLICT_EXCEPTION, [message]);
/// The transaction with the given request token is already in progress.
///
/// Recommended Settings
///
/// This is a general recommendation for handling the `TransactionInProgressException`. These settings help ensure that the client retries will trigger completion of the ongoing `TransactWriteItems` request.
///
/// - Set `clientExecutionTimeout` to a value that allows at least one retry to be processed after 5 seconds have elapsed since the first attempt for the `TransactWriteItems` operation.
///
/// - Set `socketTimeout` to a value a little lower than the `requestTimeout` setting.
///
/// - `requestTimeout` should be set based on the time taken for the individual retries of a single HTTP request for your use case, but setting it to 1 second or higher should work well to reduce chances of retries and `TransactionInProgressException` errors.
///
/// - Use exponential backoff when retrying and tune backoff if needed.
///
/// Assuming [default retry policy](https://github.com/aws/aws-sdk-java/blob/fd409dee8ae23fb8953e0bb4dbde65536a7e0514/aws-java-sdk-core/src/main/java/com/amazonaws/retry/PredefinedRetryPolicies.java#L97), example timeout settings based on the guidelines above are as follows:
///
/// Example timeline:
///
/// - 0-1000 first attempt
///
/// - 1000-1500 first sleep/delay (default retry policy uses 500 ms as base delay for 4xx errors)
///
/// - 1500-2500 second attempt
///
/// - 2500-3500 second sleep/delay (500 \* 2, exponential backoff)
///
/// - 3500-4500 third attempt
///
/// - 4500-6500 third sleep/delay (500 \* 2^2)
///
/// - 6500-7500 fourth attempt (this can trigger inline recovery since 5 seconds have elapsed since the first attempt reached TC)
#[derive(Clone, Default, PartialEq)]
pub struct TransactionInProgressException {
    pub message: Option<String>,
}
rt::structure!(
    TransactionInProgressException, TRANSACTION_IN_PROGRESS_EXCEPTION, [message]
);
#[derive(Clone, Default, PartialEq)]
pub struct UntagResourceInput {
    /// The DynamoDB resource that the tags will be removed from. This value is an Amazon Resource Name (ARN).
    pub resource_arn: String,
    /// A list of tag keys. Existing tags of the resource whose keys are members of this list will be removed from the DynamoDB resource.
    pub tag_keys: Vec<String>,
}
rt::structure!(UntagResourceInput, UNTAG_RESOURCE_INPUT, [resource_arn, tag_keys]);
/// Represents a request to perform an `UpdateItem` operation.
#[derive(Clone, Default, PartialEq)]
pub struct Update {
    /// The primary key of the item to be updated. Each element consists of an attribute name and a value for that attribute.
    pub key: rt::IndexMap<String, AttributeValue>,
    /// An expression that defines one or more attributes to be updated, the action to be performed on them, and new value(s) for them.
    pub update_expression: String,
    /// Name of the table for the `UpdateItem` request. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
    /// A condition that must be satisfied in order for a conditional update to succeed.
    pub condition_expression: Option<String>,
    /// One or more substitution tokens for attribute names in an expression.
    pub expression_attribute_names: Option<rt::IndexMap<String, String>>,
    /// One or more values that can be substituted in an expression.
    pub expression_attribute_values: Option<rt::IndexMap<String, AttributeValue>>,
    /// Use `ReturnValuesOnConditionCheckFailure` to get the item attributes if the `Update` condition fails. For `ReturnValuesOnConditionCheckFailure`, the valid values are: NONE and ALL\_OLD.
    pub return_values_on_condition_check_failure: Option<
        ReturnValuesOnConditionCheckFailure,
    >,
}
rt::structure!(
    Update, UPDATE, [key, update_expression, table_name, condition_expression,
    expression_attribute_names, expression_attribute_values,
    return_values_on_condition_check_failure]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateContinuousBackupsInput {
    /// The name of the table. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
    /// Represents the settings used to enable point in time recovery.
    pub point_in_time_recovery_specification: PointInTimeRecoverySpecification,
}
rt::structure!(
    UpdateContinuousBackupsInput, UPDATE_CONTINUOUS_BACKUPS_INPUT, [table_name,
    point_in_time_recovery_specification]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateContinuousBackupsOutput {
    /// Represents the continuous backups and point in time recovery settings on the table.
    pub continuous_backups_description: Option<ContinuousBackupsDescription>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    UpdateContinuousBackupsOutput, UPDATE_CONTINUOUS_BACKUPS_OUTPUT,
    [continuous_backups_description], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateContributorInsightsInput {
    /// The name of the table. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
    /// The global secondary index name, if applicable.
    pub index_name: Option<String>,
    /// Represents the contributor insights action.
    pub contributor_insights_action: ContributorInsightsAction,
    /// Specifies whether to track all access and throttled events or throttled events only for the DynamoDB table or index.
    pub contributor_insights_mode: Option<ContributorInsightsMode>,
}
rt::structure!(
    UpdateContributorInsightsInput, UPDATE_CONTRIBUTOR_INSIGHTS_INPUT, [table_name,
    index_name, contributor_insights_action, contributor_insights_mode]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateContributorInsightsOutput {
    /// The name of the table.
    pub table_name: Option<String>,
    /// The name of the global secondary index, if applicable.
    pub index_name: Option<String>,
    /// The status of contributor insights
    pub contributor_insights_status: Option<ContributorInsightsStatus>,
    /// The updated mode of CloudWatch Contributor Insights that determines whether to monitor all access and throttled events or to track throttled events exclusively.
    pub contributor_insights_mode: Option<ContributorInsightsMode>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    UpdateContributorInsightsOutput, UPDATE_CONTRIBUTOR_INSIGHTS_OUTPUT, [table_name,
    index_name, contributor_insights_status, contributor_insights_mode], meta =
    response_metadata
);
/// Represents the new provisioned throughput settings to be applied to a global secondary index.
#[derive(Clone, Default, PartialEq)]
pub struct UpdateGlobalSecondaryIndexAction {
    /// The name of the global secondary index to be updated.
    pub index_name: String,
    /// Represents the provisioned throughput settings for the specified global secondary index.
    ///
    /// For current minimum and maximum provisioned throughput values, see [Service, Account, and Table Quotas](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Limits.html) in the *Amazon DynamoDB Developer Guide*.
    pub provisioned_throughput: Option<ProvisionedThroughput>,
    /// Updates the maximum number of read and write units for the specified global secondary index. If you use this parameter, you must specify `MaxReadRequestUnits`, `MaxWriteRequestUnits`, or both.
    pub on_demand_throughput: Option<OnDemandThroughput>,
    /// Represents the warm throughput value of the new provisioned throughput settings to be applied to a global secondary index.
    pub warm_throughput: Option<WarmThroughput>,
}
rt::structure!(
    UpdateGlobalSecondaryIndexAction, UPDATE_GLOBAL_SECONDARY_INDEX_ACTION, [index_name,
    provisioned_throughput, on_demand_throughput, warm_throughput]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateGlobalTableInput {
    /// The global table name.
    pub global_table_name: String,
    /// A list of Regions that should be added or removed from the global table.
    pub replica_updates: Vec<ReplicaUpdate>,
}
rt::structure!(
    UpdateGlobalTableInput, UPDATE_GLOBAL_TABLE_INPUT, [global_table_name,
    replica_updates]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateGlobalTableOutput {
    /// Contains the details of the global table.
    pub global_table_description: Option<GlobalTableDescription>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    UpdateGlobalTableOutput, UPDATE_GLOBAL_TABLE_OUTPUT, [global_table_description], meta
    = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateGlobalTableSettingsInput {
    /// The name of the global table
    pub global_table_name: String,
    /// The billing mode of the global table. If `GlobalTableBillingMode` is not specified, the global table defaults to `PROVISIONED` capacity billing mode.
    ///
    /// - `PROVISIONED` - We recommend using `PROVISIONED` for predictable workloads. `PROVISIONED` sets the billing mode to [Provisioned capacity mode](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/provisioned-capacity-mode.html).
    ///
    /// - `PAY\_PER\_REQUEST` - We recommend using `PAY\_PER\_REQUEST` for unpredictable workloads. `PAY\_PER\_REQUEST` sets the billing mode to [On-demand capacity mode](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/on-demand-capacity-mode.html).
    pub global_table_billing_mode: Option<BillingMode>,
    /// The maximum number of writes consumed per second before DynamoDB returns a `ThrottlingException.`
    pub global_table_provisioned_write_capacity_units: Option<i64>,
    /// Auto scaling settings for managing provisioned write capacity for the global table.
    pub global_table_provisioned_write_capacity_auto_scaling_settings_update: Option<
        AutoScalingSettingsUpdate,
    >,
    /// Represents the settings of a global secondary index for a global table that will be modified.
    pub global_table_global_secondary_index_settings_update: Option<
        Vec<GlobalTableGlobalSecondaryIndexSettingsUpdate>,
    >,
    /// Represents the settings for a global table in a Region that will be modified.
    pub replica_settings_update: Option<Vec<ReplicaSettingsUpdate>>,
}
rt::structure!(
    UpdateGlobalTableSettingsInput, UPDATE_GLOBAL_TABLE_SETTINGS_INPUT,
    [global_table_name, global_table_billing_mode,
    global_table_provisioned_write_capacity_units,
    global_table_provisioned_write_capacity_auto_scaling_settings_update,
    global_table_global_secondary_index_settings_update, replica_settings_update]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateGlobalTableSettingsOutput {
    /// The name of the global table.
    pub global_table_name: Option<String>,
    /// The Region-specific settings for the global table.
    pub replica_settings: Option<Vec<ReplicaSettingsDescription>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    UpdateGlobalTableSettingsOutput, UPDATE_GLOBAL_TABLE_SETTINGS_OUTPUT,
    [global_table_name, replica_settings], meta = response_metadata
);
/// Represents the input of an `UpdateItem` operation.
#[derive(Clone, Default, PartialEq)]
pub struct UpdateItemInput {
    /// The name of the table containing the item to update. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
    /// The primary key of the item to be updated. Each element consists of an attribute name and a value for that attribute.
    ///
    /// For the primary key, you must provide all of the attributes. For example, with a simple primary key, you only need to provide a value for the partition key. For a composite primary key, you must provide values for both the partition key and the sort key.
    pub key: rt::IndexMap<String, AttributeValue>,
    /// This is a legacy parameter. Use `UpdateExpression` instead. For more information, see [AttributeUpdates](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.AttributeUpdates.html) in the *Amazon DynamoDB Developer Guide*.
    pub attribute_updates: Option<rt::IndexMap<String, AttributeValueUpdate>>,
    /// This is a legacy parameter. Use `ConditionExpression` instead. For more information, see [Expected](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.Expected.html) in the *Amazon DynamoDB Developer Guide*.
    pub expected: Option<rt::IndexMap<String, ExpectedAttributeValue>>,
    /// This is a legacy parameter. Use `ConditionExpression` instead. For more information, see [ConditionalOperator](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.ConditionalOperator.html) in the *Amazon DynamoDB Developer Guide*.
    pub conditional_operator: Option<ConditionalOperator>,
    /// Use `ReturnValues` if you want to get the item attributes as they appear before or after they are successfully updated. For `UpdateItem`, the valid values are:
    ///
    /// - `NONE` - If `ReturnValues` is not specified, or if its value is `NONE`, then nothing is returned. (This setting is the default for `ReturnValues`.)
    ///
    /// - `ALL\_OLD` - Returns all of the attributes of the item, as they appeared before the UpdateItem operation.
    ///
    /// - `UPDATED\_OLD` - Returns only the updated attributes, as they appeared before the UpdateItem operation.
    ///
    /// - `ALL\_NEW` - Returns all of the attributes of the item, as they appear after the UpdateItem operation.
    ///
    /// - `UPDATED\_NEW` - Returns only the updated attributes, as they appear after the UpdateItem operation.
    ///
    /// There is no additional cost associated with requesting a return value aside from the small network and processing overhead of receiving a larger response. No read capacity units are consumed.
    ///
    /// The values returned are strongly consistent.
    pub return_values: Option<ReturnValue>,
    /// Determines the level of detail about either provisioned or on-demand throughput consumption that is returned in the response:
    ///
    /// - `INDEXES` - The response includes the aggregate `ConsumedCapacity` for the operation, together with `ConsumedCapacity` for each table and secondary index that was accessed.
    ///
    /// Note that some operations, such as `GetItem` and `BatchGetItem`, do not access any indexes at all. In these cases, specifying `INDEXES` will only return `ConsumedCapacity` information for table(s).
    ///
    /// - `TOTAL` - The response includes only the aggregate `ConsumedCapacity` for the operation.
    ///
    /// - `NONE` - No `ConsumedCapacity` details are included in the response.
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
    /// Determines whether item collection metrics are returned. If set to `SIZE`, the response includes statistics about item collections, if any, that were modified during the operation are returned in the response. If set to `NONE` (the default), no statistics are returned.
    pub return_item_collection_metrics: Option<ReturnItemCollectionMetrics>,
    /// An expression that defines one or more attributes to be updated, the action to be performed on them, and new values for them.
    ///
    /// The following action values are available for `UpdateExpression`.
    ///
    /// - `SET` - Adds one or more attributes and values to an item. If any of these attributes already exist, they are replaced by the new values. You can also use `SET` to add or subtract from an attribute that is of type Number. For example: `SET myNum = myNum + :val`
    ///
    /// `SET` supports the following functions:
    ///
    ///   - `if\_not\_exists (path, operand)` - if the item does not contain an attribute at the specified path, then `if\_not\_exists` evaluates to operand; otherwise, it evaluates to path. You can use this function to avoid overwriting an attribute that may already be present in the item.
    ///
    ///   - `list\_append (operand, operand)` - evaluates to a list with a new element added to it. You can append the new element to the start or the end of the list by reversing the order of the operands.
    ///
    /// These function names are case-sensitive.
    ///
    /// - `REMOVE` - Removes one or more attributes from an item.
    ///
    /// - `ADD` - Adds the specified value to the item, if the attribute does not already exist. If the attribute does exist, then the behavior of `ADD` depends on the data type of the attribute:
    ///
    ///   - If the existing attribute is a number, and if `Value` is also a number, then `Value` is mathematically added to the existing attribute. If `Value` is a negative number, then it is subtracted from the existing attribute.
    ///
    /// If you use `ADD` to increment or decrement a number value for an item that doesn't exist before the update, DynamoDB uses `0` as the initial value.
    ///
    /// Similarly, if you use `ADD` for an existing item to increment or decrement an attribute value that doesn't exist before the update, DynamoDB uses `0` as the initial value. For example, suppose that the item you want to update doesn't have an attribute named `itemcount`, but you decide to `ADD` the number `3` to this attribute anyway. DynamoDB will create the `itemcount` attribute, set its initial value to `0`, and finally add `3` to it. The result will be a new `itemcount` attribute in the item, with a value of `3`.
    ///
    ///   - If the existing data type is a set and if `Value` is also a set, then `Value` is added to the existing set. For example, if the attribute value is the set `\[1,2\]`, and the `ADD` action specified `\[3\]`, then the final attribute value is `\[1,2,3\]`. An error occurs if an `ADD` action is specified for a set attribute and the attribute type specified does not match the existing set type.
    ///
    /// Both sets must have the same primitive data type. For example, if the existing data type is a set of strings, the `Value` must also be a set of strings.
    ///
    /// The `ADD` action only supports Number and set data types.
    ///
    /// - `DELETE` - Deletes an element from a set.
    ///
    /// If a set of values is specified, then those values are subtracted from the old set. For example, if the attribute value was the set `\[a,b,c\]` and the `DELETE` action specifies `\[a,c\]`, then the final attribute value is `\[b\]`. Specifying an empty set is an error.
    ///
    /// The `DELETE` action only supports set data types.
    ///
    /// You can have many actions in a single expression, such as the following: `SET a=:value1, b=:value2 DELETE :value3, :value4, :value5`
    ///
    /// For more information on update expressions, see [Modifying Items and Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.Modifying.html) in the *Amazon DynamoDB Developer Guide*.
    pub update_expression: Option<String>,
    /// A condition that must be satisfied in order for a conditional update to succeed.
    ///
    /// An expression can contain any of the following:
    ///
    /// - Functions: `attribute\_exists \| attribute\_not\_exists \| attribute\_type \| contains \| begins\_with \| size`
    ///
    /// These function names are case-sensitive.
    ///
    /// - Comparison operators: `= \| \<\> \| \< \| \> \| \<= \| \>= \| BETWEEN \| IN `
    ///
    /// - Logical operators: `AND \| OR \| NOT`
    ///
    /// For more information about condition expressions, see [Specifying Conditions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.SpecifyingConditions.html) in the *Amazon DynamoDB Developer Guide*.
    pub condition_expression: Option<String>,
    /// One or more substitution tokens for attribute names in an expression. The following are some use cases for using `ExpressionAttributeNames`:
    ///
    /// - To access an attribute whose name conflicts with a DynamoDB reserved word.
    ///
    /// - To create a placeholder for repeating occurrences of an attribute name in an expression.
    ///
    /// - To prevent special characters in an attribute name from being misinterpreted in an expression.
    ///
    /// Use the **\#** character in an expression to dereference an attribute name. For example, consider the following attribute name:
    ///
    /// - `Percentile`
    ///
    /// The name of this attribute conflicts with a reserved word, so it cannot be used directly in an expression. (For the complete list of reserved words, see [Reserved Words](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ReservedWords.html) in the *Amazon DynamoDB Developer Guide*.) To work around this, you could specify the following for `ExpressionAttributeNames`:
    ///
    /// - `{"\#P":"Percentile"}`
    ///
    /// You could then use this substitution in an expression, as in this example:
    ///
    /// - `\#P = :val`
    ///
    /// Tokens that begin with the **:** character are *expression attribute values*, which are placeholders for the actual value at runtime.
    ///
    /// For more information about expression attribute names, see [Specifying Item Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.AccessingItemAttributes.html) in the *Amazon DynamoDB Developer Guide*.
    pub expression_attribute_names: Option<rt::IndexMap<String, String>>,
    /// One or more values that can be substituted in an expression.
    ///
    /// Use the **:** (colon) character in an expression to dereference an attribute value. For example, suppose that you wanted to check whether the value of the `ProductStatus` attribute was one of the following:
    ///
    /// `Available \| Backordered \| Discontinued`
    ///
    /// You would first need to specify `ExpressionAttributeValues` as follows:
    ///
    /// `{ ":avail":{"S":"Available"}, ":back":{"S":"Backordered"}, ":disc":{"S":"Discontinued"} }`
    ///
    /// You could then use these values in an expression, such as this:
    ///
    /// `ProductStatus IN (:avail, :back, :disc)`
    ///
    /// For more information on expression attribute values, see [Condition Expressions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.SpecifyingConditions.html) in the *Amazon DynamoDB Developer Guide*.
    pub expression_attribute_values: Option<rt::IndexMap<String, AttributeValue>>,
    /// An optional parameter that returns the item attributes for an `UpdateItem` operation that failed a condition check.
    ///
    /// There is no additional cost associated with requesting a return value aside from the small network and processing overhead of receiving a larger response. No read capacity units are consumed.
    pub return_values_on_condition_check_failure: Option<
        ReturnValuesOnConditionCheckFailure,
    >,
}
rt::structure!(
    UpdateItemInput, UPDATE_ITEM_INPUT, [table_name, key, attribute_updates, expected,
    conditional_operator, return_values, return_consumed_capacity,
    return_item_collection_metrics, update_expression, condition_expression,
    expression_attribute_names, expression_attribute_values,
    return_values_on_condition_check_failure]
);
/// Represents the output of an `UpdateItem` operation.
#[derive(Clone, Default, PartialEq)]
pub struct UpdateItemOutput {
    /// A map of attribute values as they appear before or after the `UpdateItem` operation, as determined by the `ReturnValues` parameter.
    ///
    /// The `Attributes` map is only present if the update was successful and `ReturnValues` was specified as something other than `NONE` in the request. Each element represents one attribute.
    pub attributes: Option<rt::IndexMap<String, AttributeValue>>,
    /// The capacity units consumed by the `UpdateItem` operation. The data returned includes the total provisioned throughput consumed, along with statistics for the table and any indexes involved in the operation. `ConsumedCapacity` is only returned if the `ReturnConsumedCapacity` parameter was specified. For more information, see [Capacity unity consumption for write operations](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html#write-operation-consumption) in the *Amazon DynamoDB Developer Guide*.
    ///
    /// If the table has vector indexes, the response includes a `VectorIndexes` field with `VectorWriteRequestBytes` consumed for each affected vector index.
    pub consumed_capacity: Option<ConsumedCapacity>,
    /// Information about item collections, if any, that were affected by the `UpdateItem` operation. `ItemCollectionMetrics` is only returned if the `ReturnItemCollectionMetrics` parameter was specified. If the table does not have any local secondary indexes, this information is not returned in the response.
    ///
    /// Each `ItemCollectionMetrics` element consists of:
    ///
    /// - `ItemCollectionKey` - The partition key value of the item collection. This is the same as the partition key value of the item itself.
    ///
    /// - `SizeEstimateRangeGB` - An estimate of item collection size, in gigabytes. This value is a two-element array containing a lower bound and an upper bound for the estimate. The estimate includes the size of all the items in the table, plus the size of all attributes projected into all of the local secondary indexes on that table. Use this estimate to measure whether a local secondary index is approaching its size limit.
    ///
    /// The estimate is subject to change over time; therefore, do not rely on the precision or accuracy of the estimate.
    pub item_collection_metrics: Option<ItemCollectionMetrics>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    UpdateItemOutput, UPDATE_ITEM_OUTPUT, [attributes, consumed_capacity,
    item_collection_metrics], meta = response_metadata
);
/// Enables updating the configuration for Kinesis Streaming.
#[derive(Clone, Default, PartialEq)]
pub struct UpdateKinesisStreamingConfiguration {
    /// Enables updating the precision of Kinesis data stream timestamp.
    pub approximate_creation_date_time_precision: Option<
        ApproximateCreationDateTimePrecision,
    >,
}
rt::structure!(
    UpdateKinesisStreamingConfiguration, UPDATE_KINESIS_STREAMING_CONFIGURATION,
    [approximate_creation_date_time_precision]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateKinesisStreamingDestinationInput {
    /// The table name for the Kinesis streaming destination input. You can also provide the ARN of the table in this parameter.
    pub table_name: String,
    /// The Amazon Resource Name (ARN) for the Kinesis stream input.
    pub stream_arn: String,
    /// The command to update the Kinesis stream configuration.
    pub update_kinesis_streaming_configuration: Option<
        UpdateKinesisStreamingConfiguration,
    >,
}
rt::structure!(
    UpdateKinesisStreamingDestinationInput, UPDATE_KINESIS_STREAMING_DESTINATION_INPUT,
    [table_name, stream_arn, update_kinesis_streaming_configuration]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateKinesisStreamingDestinationOutput {
    /// The table name for the Kinesis streaming destination output.
    pub table_name: Option<String>,
    /// The ARN for the Kinesis stream input.
    pub stream_arn: Option<String>,
    /// The status of the attempt to update the Kinesis streaming destination output.
    pub destination_status: Option<DestinationStatus>,
    /// The command to update the Kinesis streaming destination configuration.
    pub update_kinesis_streaming_configuration: Option<
        UpdateKinesisStreamingConfiguration,
    >,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    UpdateKinesisStreamingDestinationOutput, UPDATE_KINESIS_STREAMING_DESTINATION_OUTPUT,
    [table_name, stream_arn, destination_status, update_kinesis_streaming_configuration],
    meta = response_metadata
);
/// Represents a replica to be modified.
#[derive(Clone, Default, PartialEq)]
pub struct UpdateReplicationGroupMemberAction {
    /// The Region where the replica exists.
    pub region_name: String,
    /// The KMS key of the replica that should be used for KMS encryption. To specify a key, use its key ID, Amazon Resource Name (ARN), alias name, or alias ARN. Note that you should only provide this parameter if the key is different from the default DynamoDB KMS key `alias/aws/dynamodb`.
    pub kms_master_key_id: Option<String>,
    /// Replica-specific provisioned throughput. If not specified, uses the source table's provisioned throughput settings.
    pub provisioned_throughput_override: Option<ProvisionedThroughputOverride>,
    /// Overrides the maximum on-demand throughput for the replica table.
    pub on_demand_throughput_override: Option<OnDemandThroughputOverride>,
    /// Replica-specific global secondary index settings.
    pub global_secondary_indexes: Option<Vec<ReplicaGlobalSecondaryIndex>>,
    /// Replica-specific table class. If not specified, uses the source table's table class.
    pub table_class_override: Option<TableClass>,
}
rt::structure!(
    UpdateReplicationGroupMemberAction, UPDATE_REPLICATION_GROUP_MEMBER_ACTION,
    [region_name, kms_master_key_id, provisioned_throughput_override,
    on_demand_throughput_override, global_secondary_indexes, table_class_override]
);
/// Represents the input of an `UpdateTable` operation.
#[derive(Clone, Default, PartialEq)]
pub struct UpdateTableInput {
    /// An array of attributes that describe the key schema for the table and indexes. If you are adding a new global secondary index to the table, `AttributeDefinitions` must include the key element(s) of the new index.
    pub attribute_definitions: Option<Vec<AttributeDefinition>>,
    /// The name of the table to be updated. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
    /// Controls how you are charged for read and write throughput and how you manage capacity. When switching from pay-per-request to provisioned capacity, initial provisioned capacity values must be set. The initial provisioned capacity values are estimated based on the consumed read and write capacity of your table and global secondary indexes over the past 30 minutes.
    ///
    /// - `PAY\_PER\_REQUEST` - We recommend using `PAY\_PER\_REQUEST` for most DynamoDB workloads. `PAY\_PER\_REQUEST` sets the billing mode to [On-demand capacity mode](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/on-demand-capacity-mode.html).
    ///
    /// - `PROVISIONED` - We recommend using `PROVISIONED` for steady workloads with predictable growth where capacity requirements can be reliably forecasted. `PROVISIONED` sets the billing mode to [Provisioned capacity mode](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/provisioned-capacity-mode.html).
    pub billing_mode: Option<BillingMode>,
    /// The new provisioned throughput settings for the specified table or index.
    pub provisioned_throughput: Option<ProvisionedThroughput>,
    /// An array of one or more global secondary indexes for the table. For each index in the array, you can request one action:
    ///
    /// - `Create` - add a new global secondary index to the table.
    ///
    /// - `Update` - modify the provisioned throughput settings of an existing global secondary index.
    ///
    /// - `Delete` - remove a global secondary index from the table.
    ///
    /// You can create or delete only one global secondary index per `UpdateTable` operation.
    ///
    /// For more information, see [Managing Global Secondary Indexes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.OnlineOps.html) in the *Amazon DynamoDB Developer Guide*.
    pub global_secondary_index_updates: Option<Vec<GlobalSecondaryIndexUpdate>>,
    /// Represents the DynamoDB Streams configuration for the table.
    ///
    /// You receive a `ValidationException` if you try to enable a stream on a table that already has a stream, or if you try to disable a stream on a table that doesn't have a stream.
    pub stream_specification: Option<StreamSpecification>,
    /// The new server-side encryption settings for the specified table.
    pub sse_specification: Option<SseSpecification>,
    /// A list of replica update actions (create, delete, update, or disassociate) for the table.
    pub replica_updates: Option<Vec<ReplicationGroupUpdate>>,
    /// The table class of the table to be updated. Valid values are `STANDARD` and `STANDARD\_INFREQUENT\_ACCESS`.
    pub table_class: Option<TableClass>,
    /// Indicates whether deletion protection is to be enabled (true) or disabled (false) on the table.
    pub deletion_protection_enabled: Option<bool>,
    /// Specifies the consistency mode for a new global table. This parameter is only valid when you create a global table by specifying one or more [Create](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ReplicationGroupUpdate.html#DDB-Type-ReplicationGroupUpdate-Create) actions in the [ReplicaUpdates](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateTable.html#DDB-UpdateTable-request-ReplicaUpdates) action list.
    ///
    /// You can specify one of the following consistency modes:
    ///
    /// - `EVENTUAL`: Configures a new global table for multi-Region eventual consistency (MREC). This is the default consistency mode for global tables.
    ///
    /// - `STRONG`: Configures a new global table for multi-Region strong consistency (MRSC).
    ///
    /// If you don't specify this field, the global table consistency mode defaults to `EVENTUAL`. For more information about global tables consistency modes, see [ Consistency modes](https://docs.aws.amazon.com/V2globaltables_HowItWorks.html#V2globaltables_HowItWorks.consistency-modes) in DynamoDB developer guide.
    pub multi_region_consistency: Option<MultiRegionConsistency>,
    /// A list of witness updates for a MRSC global table. A witness provides a cost-effective alternative to a full replica in a MRSC global table by maintaining replicated change data written to global table replicas. You cannot perform read or write operations on a witness. For each witness, you can request one action:
    ///
    /// - `Create` - add a new witness to the global table.
    ///
    /// - `Delete` - remove a witness from the global table.
    ///
    /// You can create or delete only one witness per `UpdateTable` operation.
    ///
    /// For more information, see [Multi-Region strong consistency (MRSC)](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/V2globaltables_HowItWorks.html#V2globaltables_HowItWorks.consistency-modes) in the Amazon DynamoDB Developer Guide
    pub global_table_witness_updates: Option<Vec<GlobalTableWitnessGroupUpdate>>,
    /// Updates the maximum number of read and write units for the specified table in on-demand capacity mode. If you use this parameter, you must specify `MaxReadRequestUnits`, `MaxWriteRequestUnits`, or both.
    pub on_demand_throughput: Option<OnDemandThroughput>,
    /// Represents the warm throughput (in read units per second and write units per second) for updating a table.
    pub warm_throughput: Option<WarmThroughput>,
    /// Controls the settings replication mode for a global table replica. This attribute can be defined using UpdateTable operation only on a regional table with values:
    ///
    /// - `ENABLED`: Defines settings replication on a regional table to be used as a source table for creating Multi-Account Global Table.
    ///
    /// - `DISABLED`: Remove settings replication on a regional table. Settings replication needs to be defined to ENABLED again in order to create a Multi-Account Global Table using this table.
    pub global_table_settings_replication_mode: Option<
        GlobalTableSettingsReplicationMode,
    >,
    /// Specifies whether disassociation protection is enabled (`true`) or disabled (`false`) for the local replica of a multi-Region eventual consistency (MREC) global table using Version 2019.11.21.
    ///
    /// Disassociation protection is enabled by default. If you omit this parameter, the existing setting is unchanged. This setting is independent of `DeletionProtectionEnabled`.
    ///
    /// You can't combine this change with any other change in the same `UpdateTable` request.
    pub disassociation_protection_enabled: Option<bool>,
    /// A list of vector indexes to be added to or removed from the table. You can add or remove one vector index for each `UpdateTable` operation.
    ///
    /// To add a vector index, specify `IndexName`, `VectorAttribute`, `Dimensions`, `DistanceFunction`, and `Projection`. To remove a vector index, specify only the `IndexName`.
    pub vector_index_updates: Option<Vec<VectorIndexUpdate>>,
}
rt::structure!(
    UpdateTableInput, UPDATE_TABLE_INPUT, [attribute_definitions, table_name,
    billing_mode, provisioned_throughput, global_secondary_index_updates,
    stream_specification, sse_specification, replica_updates, table_class,
    deletion_protection_enabled, multi_region_consistency, global_table_witness_updates,
    on_demand_throughput, warm_throughput, global_table_settings_replication_mode,
    disassociation_protection_enabled, vector_index_updates]
);
/// Represents the output of an `UpdateTable` operation.
#[derive(Clone, Default, PartialEq)]
pub struct UpdateTableOutput {
    /// Represents the properties of the table.
    pub table_description: Option<TableDescription>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    UpdateTableOutput, UPDATE_TABLE_OUTPUT, [table_description], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateTableReplicaAutoScalingInput {
    /// Represents the auto scaling settings of the global secondary indexes of the replica to be updated.
    pub global_secondary_index_updates: Option<
        Vec<GlobalSecondaryIndexAutoScalingUpdate>,
    >,
    /// The name of the global table to be updated. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
    /// Represents the auto scaling settings to be modified for a global table or global secondary index.
    pub provisioned_write_capacity_auto_scaling_update: Option<
        AutoScalingSettingsUpdate,
    >,
    /// Represents the auto scaling settings of replicas of the table that will be modified.
    pub replica_updates: Option<Vec<ReplicaAutoScalingUpdate>>,
}
rt::structure!(
    UpdateTableReplicaAutoScalingInput, UPDATE_TABLE_REPLICA_AUTO_SCALING_INPUT,
    [global_secondary_index_updates, table_name,
    provisioned_write_capacity_auto_scaling_update, replica_updates]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateTableReplicaAutoScalingOutput {
    /// Returns information about the auto scaling settings of a table with replicas.
    pub table_auto_scaling_description: Option<TableAutoScalingDescription>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    UpdateTableReplicaAutoScalingOutput, UPDATE_TABLE_REPLICA_AUTO_SCALING_OUTPUT,
    [table_auto_scaling_description], meta = response_metadata
);
/// Represents the input of an `UpdateTimeToLive` operation.
#[derive(Clone, Default, PartialEq)]
pub struct UpdateTimeToLiveInput {
    /// The name of the table to be configured. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
    /// Represents the settings used to enable or disable Time to Live for the specified table.
    pub time_to_live_specification: TimeToLiveSpecification,
}
rt::structure!(
    UpdateTimeToLiveInput, UPDATE_TIME_TO_LIVE_INPUT, [table_name,
    time_to_live_specification]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateTimeToLiveOutput {
    /// Represents the output of an `UpdateTimeToLive` operation.
    pub time_to_live_specification: Option<TimeToLiveSpecification>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    UpdateTimeToLiveOutput, UPDATE_TIME_TO_LIVE_OUTPUT, [time_to_live_specification],
    meta = response_metadata
);
/// The definition of a vector attribute for a vector index.
#[derive(Clone, Default, PartialEq)]
pub struct VectorAttributeDefinition {
    /// The name of the vector attribute.
    pub attribute_name: String,
}
rt::structure!(VectorAttributeDefinition, VECTOR_ATTRIBUTE_DEFINITION, [attribute_name]);
/// The consumed capacity for vector index operations, including vector search request bytes and vector write request bytes.
#[derive(Clone, Default, PartialEq)]
pub struct VectorCapacity {
    /// The number of vector search request bytes consumed by a `SearchVectors` operation.
    pub vector_search_request_bytes: Option<f64>,
    /// The number of vector write request bytes consumed when writing to a vector index. Reported for write operations that modify attributes indexed by a vector index.
    pub vector_write_request_bytes: Option<f64>,
}
rt::structure!(
    VectorCapacity, VECTOR_CAPACITY, [vector_search_request_bytes,
    vector_write_request_bytes]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VectorDistanceFunction {
    /// `COSINE`
    Cosine,
    /// `DOT_PRODUCT`
    DotProduct,
    /// `EUCLIDEAN`
    Euclidean,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    VectorDistanceFunction, { Cosine => "COSINE", DotProduct => "DOT_PRODUCT", Euclidean
    => "EUCLIDEAN" }
);
/// Contains the configuration settings for a vector index, including the index name, vector attribute, dimensions, distance function, search schema, and projection.
#[derive(Clone, Default, PartialEq)]
pub struct VectorIndex {
    /// The name of the vector index.
    pub index_name: String,
    /// The vector attribute configuration for the index.
    pub vector_attribute: VectorAttributeDefinition,
    /// The search schema that defines partition key and inline filter attributes for the vector index.
    pub search_schema: Option<Vec<SearchSchemaElement>>,
    /// Specifies attributes that are copied (projected) from the table into the vector index.
    pub projection: Projection,
    /// The number of dimensions in each vector.
    pub dimensions: i64,
    /// The distance function used to calculate similarity between vectors. Valid values: `COSINE`, `EUCLIDEAN`, `DOT\_PRODUCT`.
    pub distance_function: VectorDistanceFunction,
}
rt::structure!(
    VectorIndex, VECTOR_INDEX, [index_name, vector_attribute, search_schema, projection,
    dimensions, distance_function]
);
/// Contains the current state and configuration of a vector index, including its status, size, item count, and the settings specified when the index was created.
#[derive(Clone, Default, PartialEq)]
pub struct VectorIndexDescription {
    /// The name of the vector index.
    pub index_name: Option<String>,
    /// The search schema that defines partition key and inline filter attributes for the vector index.
    pub search_schema: Option<Vec<SearchSchemaElement>>,
    /// Specifies attributes that are copied (projected) from the table into the vector index.
    pub projection: Option<Projection>,
    /// The vector attribute configuration for the index.
    pub vector_attribute: Option<VectorAttributeDefinition>,
    /// The number of dimensions in each vector.
    pub dimensions: Option<i64>,
    /// The distance function used to calculate similarity between vectors.
    pub distance_function: Option<VectorDistanceFunction>,
    /// The current state of the vector index:
    ///
    /// - `CREATING` - The index is being created.
    ///
    /// - `ACTIVE` - The index is ready for use.
    ///
    /// - `DELETING` - The index is being deleted.
    pub index_status: Option<IndexStatus>,
    /// Specifies whether the index is currently backfilling. During backfill, `SearchVectors` operations might return incomplete results.
    pub backfilling: Option<bool>,
    /// The total size of the vector index, in bytes. Amazon DynamoDB updates this value approximately every six hours. Recent changes might not be reflected in this value.
    pub index_size_bytes: Option<i64>,
    /// The number of items indexed in the vector index. Amazon DynamoDB updates this value approximately every six hours. Recent changes might not be reflected in this value.
    pub item_count: Option<i64>,
    /// The Amazon Resource Name (ARN) that uniquely identifies the vector index.
    pub index_arn: Option<String>,
}
rt::structure!(
    VectorIndexDescription, VECTOR_INDEX_DESCRIPTION, [index_name, search_schema,
    projection, vector_attribute, dimensions, distance_function, index_status,
    backfilling, index_size_bytes, item_count, index_arn]
);
/// Contains the configuration of a vector index as it existed at the time a backup was created.
#[derive(Clone, Default, PartialEq)]
pub struct VectorIndexInfo {
    /// The name of the vector index.
    pub index_name: Option<String>,
    /// The vector attribute configuration for the index.
    pub vector_attribute: Option<VectorAttributeDefinition>,
    /// The search schema that defines partition key and inline filter attributes for the vector index.
    pub search_schema: Option<Vec<SearchSchemaElement>>,
    /// Specifies attributes that are copied (projected) from the table into the vector index.
    pub projection: Option<Projection>,
    /// The number of dimensions in each vector.
    pub dimensions: Option<i64>,
    /// The distance function used to calculate similarity between vectors.
    pub distance_function: Option<VectorDistanceFunction>,
}
rt::structure!(
    VectorIndexInfo, VECTOR_INDEX_INFO, [index_name, vector_attribute, search_schema,
    projection, dimensions, distance_function]
);
/// A vector index to be added to or removed from a table.
#[derive(Clone, Default, PartialEq)]
pub struct VectorIndexUpdate {
    /// The configuration for creating a new vector index on the table.
    pub create: Option<CreateVectorIndexAction>,
    /// The configuration for deleting an existing vector index from the table.
    pub delete: Option<DeleteVectorIndexAction>,
}
rt::structure!(VectorIndexUpdate, VECTOR_INDEX_UPDATE, [create, delete]);
/// Provides visibility into the number of read and write operations your table or secondary index can instantaneously support. The settings can be modified using the `UpdateTable` operation to meet the throughput requirements of an upcoming peak event.
#[derive(Clone, Default, PartialEq)]
pub struct WarmThroughput {
    /// Represents the number of read operations your base table can instantaneously support.
    pub read_units_per_second: Option<i64>,
    /// Represents the number of write operations your base table can instantaneously support.
    pub write_units_per_second: Option<i64>,
}
rt::structure!(
    WarmThroughput, WARM_THROUGHPUT, [read_units_per_second, write_units_per_second]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WitnessStatus {
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
    WitnessStatus, { Creating => "CREATING", Deleting => "DELETING", Active => "ACTIVE" }
);
/// Represents an operation to perform - either `DeleteItem` or `PutItem`. You can only request one of these operations, not both, in a single `WriteRequest`. If you do need to perform both of these operations, you need to provide two separate `WriteRequest` objects.
#[derive(Clone, Default, PartialEq)]
pub struct WriteRequest {
    /// A request to perform a `PutItem` operation.
    pub put_request: Option<PutRequest>,
    /// A request to perform a `DeleteItem` operation.
    pub delete_request: Option<DeleteRequest>,
}
rt::structure!(WriteRequest, WRITE_REQUEST, [put_request, delete_request]);

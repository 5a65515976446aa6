//! The service's shapes: structures, unions and enums.
#![allow(
    unused_imports,
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items
)]
use kumo_runtime as rt;
use super::schemas::*;
/// The accelerator resource settings for a Lambda execution environment, including the amount of accelerator memory to allocate.
#[derive(Clone, Default, PartialEq)]
pub struct AcceleratorConfig {
    /// The minimum amount of memory (in GB) of each accelerator device exposed to the execution environment. Lambda might allocate more, depending on the accelerator instance types available.
    pub accelerator_memory_size: i32,
}
rt::structure!(AcceleratorConfig, ACCELERATOR_CONFIG, [accelerator_memory_size]);
/// Limits that are related to concurrency and storage. All file and storage sizes are in bytes.
#[derive(Clone, Default, PartialEq)]
pub struct AccountLimit {
    /// The amount of storage space that you can use for all deployment packages and layer archives.
    pub total_code_size: Option<i64>,
    /// The maximum size of a function's deployment package and layers when they're extracted.
    pub code_size_unzipped: Option<i64>,
    /// The maximum size of a deployment package when it's uploaded directly to Lambda. Use Amazon S3 for larger files.
    pub code_size_zipped: Option<i64>,
    /// The maximum number of simultaneous function executions.
    pub concurrent_executions: Option<i32>,
    /// The maximum number of simultaneous function executions, minus the capacity that's reserved for individual functions with PutFunctionConcurrency.
    pub unreserved_concurrent_executions: Option<i32>,
}
rt::structure!(
    AccountLimit, ACCOUNT_LIMIT, [total_code_size, code_size_unzipped, code_size_zipped,
    concurrent_executions, unreserved_concurrent_executions]
);
/// The number of functions and amount of storage in use.
#[derive(Clone, Default, PartialEq)]
pub struct AccountUsage {
    /// The amount of storage space, in bytes, that's being used by deployment packages and layer archives.
    pub total_code_size: Option<i64>,
    /// The number of Lambda functions.
    pub function_count: Option<i64>,
}
rt::structure!(AccountUsage, ACCOUNT_USAGE, [total_code_size, function_count]);
#[derive(Clone, Default, PartialEq)]
pub struct AddLayerVersionPermissionInput {
    /// The name or Amazon Resource Name (ARN) of the layer.
    pub layer_name: String,
    /// The version number.
    pub version_number: i64,
    /// An identifier that distinguishes the policy from others on the same layer version.
    pub statement_id: String,
    /// The API action that grants access to the layer. For example, `lambda:GetLayerVersion`.
    pub action: String,
    /// An account ID, or `\*` to grant layer usage permission to all accounts in an organization, or all Amazon Web Services accounts (if `organizationId` is not specified). For the last case, make sure that you really do want all Amazon Web Services accounts to have usage permission to this layer.
    pub principal: String,
    /// With the principal set to `\*`, grant permission to all accounts in the specified organization.
    pub organization_id: Option<String>,
    /// Only update the policy if the revision ID matches the ID specified. Use this option to avoid modifying a policy that has changed since you last read it.
    pub revision_id: Option<String>,
}
rt::structure!(
    AddLayerVersionPermissionInput, ADD_LAYER_VERSION_PERMISSION_INPUT, [layer_name,
    version_number, statement_id, action, principal, organization_id, revision_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct AddLayerVersionPermissionOutput {
    /// The permission statement.
    pub statement: Option<String>,
    /// A unique identifier for the current revision of the policy.
    pub revision_id: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    AddLayerVersionPermissionOutput, ADD_LAYER_VERSION_PERMISSION_OUTPUT, [statement,
    revision_id], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct AddPermissionInput {
    /// The name or ARN of the Lambda function, version, or alias.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function` (name-only), `my-function:v1` (with alias).
    ///
    /// - **Function ARN** – `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    ///
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// You can append a version number or alias to any of the formats. The length constraint applies only to the full ARN. If you specify only the function name, it is limited to 64 characters in length.
    pub function_name: String,
    /// A statement identifier that differentiates the statement from others in the same policy.
    pub statement_id: String,
    /// The action that the principal can use on the function. For example, `lambda:InvokeFunction` or `lambda:GetFunction`.
    pub action: String,
    /// The Amazon Web Services service, Amazon Web Services account, IAM user, or IAM role that invokes the function. If you specify a service, use `SourceArn` or `SourceAccount` to limit who can invoke the function through that service.
    pub principal: String,
    /// For Amazon Web Services services, the ARN of the Amazon Web Services resource that invokes the function. For example, an Amazon S3 bucket or Amazon SNS topic.
    ///
    /// Note that Lambda configures the comparison using the `StringLike` operator.
    pub source_arn: Option<String>,
    /// The type of authentication that your function URL uses. Set to `AWS\_IAM` if you want to restrict access to authenticated users only. Set to `NONE` if you want to bypass IAM authentication to create a public endpoint. For more information, see [Control access to Lambda function URLs](https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html).
    pub function_url_auth_type: Option<FunctionUrlAuthType>,
    /// Indicates whether the permission applies when the function is invoked through a function URL.
    pub invoked_via_function_url: Option<bool>,
    /// For Amazon Web Services service, the ID of the Amazon Web Services account that owns the resource. Use this together with `SourceArn` to ensure that the specified account owns the resource. It is possible for an Amazon S3 bucket to be deleted by its owner and recreated by another account.
    pub source_account: Option<String>,
    /// For Alexa Smart Home functions, a token that the invoker must supply.
    pub event_source_token: Option<String>,
    /// Specify a version or alias to add permissions to a published version of the function.
    pub qualifier: Option<String>,
    /// Update the policy only if the revision ID matches the ID that's specified. Use this option to avoid modifying a policy that has changed since you last read it.
    pub revision_id: Option<String>,
    /// The identifier for your organization in Organizations. Use this to grant permissions to all the Amazon Web Services accounts under this organization.
    pub principal_org_id: Option<String>,
}
rt::structure!(
    AddPermissionInput, ADD_PERMISSION_INPUT, [function_name, statement_id, action,
    principal, source_arn, function_url_auth_type, invoked_via_function_url,
    source_account, event_source_token, qualifier, revision_id, principal_org_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct AddPermissionOutput {
    /// The permission statement that's added to the function policy.
    pub statement: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    AddPermissionOutput, ADD_PERMISSION_OUTPUT, [statement], meta = response_metadata
);
/// Provides configuration information about a Lambda function [alias](https://docs.aws.amazon.com/lambda/latest/dg/configuration-aliases.html).
#[derive(Clone, Default, PartialEq)]
pub struct AliasConfiguration {
    /// The Amazon Resource Name (ARN) of the alias.
    pub alias_arn: Option<String>,
    /// The name of the alias.
    pub name: Option<String>,
    /// The function version that the alias invokes.
    pub function_version: Option<String>,
    /// A description of the alias.
    pub description: Option<String>,
    /// The [routing configuration](https://docs.aws.amazon.com/lambda/latest/dg/lambda-traffic-shifting-using-aliases.html) of the alias.
    pub routing_config: Option<AliasRoutingConfiguration>,
    /// A unique identifier that changes when you update the alias.
    pub revision_id: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    AliasConfiguration, ALIAS_CONFIGURATION, [alias_arn, name, function_version,
    description, routing_config, revision_id], meta = response_metadata
);
/// Lambda couldn't create the alias because your Amazon Web Services account has exceeded the maximum number of aliases allowed per Lambda function. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html).
#[derive(Clone, Default, PartialEq)]
pub struct AliasLimitExceededException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    pub message: Option<String>,
}
rt::structure!(
    AliasLimitExceededException, ALIAS_LIMIT_EXCEEDED_EXCEPTION, [r#type, message]
);
/// The [traffic-shifting](https://docs.aws.amazon.com/lambda/latest/dg/lambda-traffic-shifting-using-aliases.html) configuration of a Lambda function alias.
#[derive(Clone, Default, PartialEq)]
pub struct AliasRoutingConfiguration {
    /// The second version, and the percentage of traffic that's routed to it.
    pub additional_version_weights: Option<rt::IndexMap<String, f64>>,
}
rt::structure!(
    AliasRoutingConfiguration, ALIAS_ROUTING_CONFIGURATION, [additional_version_weights]
);
/// List of signing profiles that can sign a code package.
#[derive(Clone, Default, PartialEq)]
pub struct AllowedPublishers {
    /// The Amazon Resource Name (ARN) for each of the signing profiles. A signing profile defines a trusted user who can sign a code package.
    pub signing_profile_version_arns: Vec<String>,
}
rt::structure!(AllowedPublishers, ALLOWED_PUBLISHERS, [signing_profile_version_arns]);
/// Specific configuration settings for an Amazon Managed Streaming for Apache Kafka (Amazon MSK) event source.
#[derive(Clone, Default, PartialEq)]
pub struct AmazonManagedKafkaEventSourceConfig {
    /// The identifier for the Kafka consumer group to join. The consumer group ID must be unique among all your Kafka event sources. After creating a Kafka event source mapping with the consumer group ID specified, you cannot update this value. For more information, see [Customizable consumer group ID](https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html#services-msk-consumer-group-id).
    pub consumer_group_id: Option<String>,
    /// Specific configuration settings for a Kafka schema registry.
    pub schema_registry_config: Option<KafkaSchemaRegistryConfig>,
}
rt::structure!(
    AmazonManagedKafkaEventSourceConfig, AMAZON_MANAGED_KAFKA_EVENT_SOURCE_CONFIG,
    [consumer_group_id, schema_registry_config]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ApplicationLogLevel {
    /// `TRACE`
    Trace,
    /// `DEBUG`
    Debug,
    /// `INFO`
    Info,
    /// `WARN`
    Warn,
    /// `ERROR`
    Error,
    /// `FATAL`
    Fatal,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ApplicationLogLevel, { Trace => "TRACE", Debug => "DEBUG", Info => "INFO", Warn =>
    "WARN", Error => "ERROR", Fatal => "FATAL" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Architecture {
    /// `x86_64`
    X8664,
    /// `arm64`
    Arm64,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(Architecture, { X8664 => "x86_64", Arm64 => "arm64" });
/// Contains details about a callback operation in a durable execution, including the callback token and timeout configuration.
#[derive(Clone, Default, PartialEq)]
pub struct CallbackDetails {
    /// The callback ID. Callback IDs are generated by the `DurableContext` when a durable function calls `ctx.waitForCallback`.
    pub callback_id: Option<String>,
    /// The response payload from the callback operation as a string.
    pub result: Option<String>,
    /// An error object that contains details about the failure.
    pub error: Option<ErrorObject>,
}
rt::structure!(CallbackDetails, CALLBACK_DETAILS, [callback_id, result, error]);
/// Contains details about a failed callback operation, including error information and the reason for failure.
#[derive(Clone, Default, PartialEq)]
pub struct CallbackFailedDetails {
    /// An error object that contains details about the failure.
    pub error: EventError,
}
rt::structure!(CallbackFailedDetails, CALLBACK_FAILED_DETAILS, [error]);
/// Configuration options for callback operations in durable executions, including timeout settings and retry behavior.
#[derive(Clone, Default, PartialEq)]
pub struct CallbackOptions {
    /// The timeout for the callback operation in seconds. If not specified or set to 0, the callback has no timeout.
    pub timeout_seconds: Option<i32>,
    /// The heartbeat timeout for the callback operation, in seconds. If not specified or set to 0, heartbeat timeout is disabled.
    pub heartbeat_timeout_seconds: Option<i32>,
}
rt::structure!(
    CallbackOptions, CALLBACK_OPTIONS, [timeout_seconds, heartbeat_timeout_seconds]
);
/// Contains details about a callback operation that has started, including timing information and callback metadata.
#[derive(Clone, Default, PartialEq)]
pub struct CallbackStartedDetails {
    /// The callback ID. Callback IDs are generated by the `DurableContext` when a durable function calls `ctx.waitForCallback`.
    pub callback_id: String,
    /// The heartbeat timeout value, in seconds.
    pub heartbeat_timeout: Option<i32>,
    /// The timeout value, in seconds.
    pub timeout: Option<i32>,
}
rt::structure!(
    CallbackStartedDetails, CALLBACK_STARTED_DETAILS, [callback_id, heartbeat_timeout,
    timeout]
);
/// Contains details about a successfully completed callback operation, including the result data and completion timestamp.
#[derive(Clone, Default, PartialEq)]
pub struct CallbackSucceededDetails {
    /// The response payload from the successful operation.
    pub result: EventResult,
}
rt::structure!(CallbackSucceededDetails, CALLBACK_SUCCEEDED_DETAILS, [result]);
/// Contains details about a callback operation that timed out, including timeout duration and any partial results.
#[derive(Clone, Default, PartialEq)]
pub struct CallbackTimedOutDetails {
    /// Details about the callback timeout.
    pub error: EventError,
}
rt::structure!(CallbackTimedOutDetails, CALLBACK_TIMED_OUT_DETAILS, [error]);
/// The callback ID token has either expired or the callback associated with the token has already been closed.
#[derive(Clone, Default, PartialEq)]
pub struct CallbackTimeoutException {
    /// The exception type.
    pub r#type: Option<String>,
    pub message: Option<String>,
}
rt::structure!(CallbackTimeoutException, CALLBACK_TIMEOUT_EXCEPTION, [r#type, message]);
/// A capacity provider manages compute resources for Lambda functions.
#[derive(Clone, Default, PartialEq)]
pub struct CapacityProvider {
    /// The Amazon Resource Name (ARN) of the capacity provider.
    pub capacity_provider_arn: String,
    /// The current state of the capacity provider.
    pub state: CapacityProviderState,
    /// The VPC configuration for the capacity provider.
    pub vpc_config: CapacityProviderVpcConfig,
    /// The permissions configuration for the capacity provider.
    pub permissions_config: CapacityProviderPermissionsConfig,
    /// The instance requirements for compute resources managed by the capacity provider.
    pub instance_requirements: Option<InstanceRequirements>,
    /// The scaling configuration for the capacity provider.
    pub capacity_provider_scaling_config: Option<CapacityProviderScalingConfig>,
    /// The ARN of the KMS key used to encrypt the capacity provider's resources.
    pub kms_key_arn: Option<String>,
    /// The date and time when the capacity provider was last modified.
    pub last_modified: Option<String>,
    /// Configuration for tag propagation to managed resources launched by the capacity provider.
    pub propagate_tags: Option<PropagateTags>,
    /// The telemetry configuration for the capacity provider, including logging settings.
    pub telemetry_config: Option<CapacityProviderTelemetryConfig>,
}
rt::structure!(
    CapacityProvider, CAPACITY_PROVIDER, [capacity_provider_arn, state, vpc_config,
    permissions_config, instance_requirements, capacity_provider_scaling_config,
    kms_key_arn, last_modified, propagate_tags, telemetry_config]
);
/// Configuration for the capacity provider that manages compute resources for Lambda functions.
#[derive(Clone, Default, PartialEq)]
pub struct CapacityProviderConfig {
    /// Configuration for Lambda-managed instances used by the capacity provider.
    pub lambda_managed_instances_capacity_provider_config: LambdaManagedInstancesCapacityProviderConfig,
}
rt::structure!(
    CapacityProviderConfig, CAPACITY_PROVIDER_CONFIG,
    [lambda_managed_instances_capacity_provider_config]
);
/// The maximum number of capacity providers for your account has been exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html)
#[derive(Clone, Default, PartialEq)]
pub struct CapacityProviderLimitExceededException {
    /// The exception type.
    pub r#type: Option<String>,
    pub message: Option<String>,
}
rt::structure!(
    CapacityProviderLimitExceededException, CAPACITY_PROVIDER_LIMIT_EXCEEDED_EXCEPTION,
    [r#type, message]
);
/// The capacity provider's Amazon CloudWatch Logs configuration settings.
#[derive(Clone, Default, PartialEq)]
pub struct CapacityProviderLoggingConfig {
    /// Set this property to filter the system logs for your capacity provider that Lambda sends to CloudWatch. Lambda only sends system logs at the selected level of detail and lower, where `DEBUG` is the highest level and `WARN` is the lowest.
    pub system_log_level: Option<SystemLogLevel>,
    /// The name of the Amazon CloudWatch log group the capacity provider sends logs to. By default, Lambda capacity providers send logs to a default log group named `/aws/lambda/capacity-provider/\<capacity provider name\>`. To use a different log group, enter an existing log group or enter a new log group name.
    pub log_group: Option<String>,
}
rt::structure!(
    CapacityProviderLoggingConfig, CAPACITY_PROVIDER_LOGGING_CONFIG, [system_log_level,
    log_group]
);
/// Configuration that specifies the permissions required for the capacity provider to manage compute resources.
#[derive(Clone, Default, PartialEq)]
pub struct CapacityProviderPermissionsConfig {
    /// The ARN of the IAM role that the capacity provider uses to manage compute instances and other Amazon Web Services resources.
    pub capacity_provider_operator_role_arn: String,
}
rt::structure!(
    CapacityProviderPermissionsConfig, CAPACITY_PROVIDER_PERMISSIONS_CONFIG,
    [capacity_provider_operator_role_arn]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CapacityProviderPredefinedMetricType {
    /// `LambdaCapacityProviderAverageCPUUtilization`
    LambdaCapacityProviderAverageCpuUtilization,
    /// `LambdaCapacityProviderAverageGPUUtilization`
    LambdaCapacityProviderAverageGpuUtilization,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    CapacityProviderPredefinedMetricType, { LambdaCapacityProviderAverageCpuUtilization
    => "LambdaCapacityProviderAverageCPUUtilization",
    LambdaCapacityProviderAverageGpuUtilization =>
    "LambdaCapacityProviderAverageGPUUtilization" }
);
/// Configuration that defines how the capacity provider scales compute instances based on demand and policies.
#[derive(Clone, Default, PartialEq)]
pub struct CapacityProviderScalingConfig {
    /// The maximum number of vCPUs that the capacity provider can provision across all compute instances.
    pub max_v_cpu_count: Option<i32>,
    /// The scaling mode that determines how the capacity provider responds to changes in demand.
    pub scaling_mode: Option<CapacityProviderScalingMode>,
    /// A list of scaling policies that define how the capacity provider scales compute instances based on metrics and thresholds.
    pub scaling_policies: Option<Vec<TargetTrackingScalingPolicy>>,
}
rt::structure!(
    CapacityProviderScalingConfig, CAPACITY_PROVIDER_SCALING_CONFIG, [max_v_cpu_count,
    scaling_mode, scaling_policies]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CapacityProviderScalingMode {
    /// `Auto`
    Auto,
    /// `Manual`
    Manual,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(CapacityProviderScalingMode, { Auto => "Auto", Manual => "Manual" });
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CapacityProviderState {
    /// `Pending`
    Pending,
    /// `Active`
    Active,
    /// `Failed`
    Failed,
    /// `Deleting`
    Deleting,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    CapacityProviderState, { Pending => "Pending", Active => "Active", Failed =>
    "Failed", Deleting => "Deleting" }
);
/// Configuration that specifies the telemetry collection for the capacity provider.
#[derive(Clone, Default, PartialEq)]
pub struct CapacityProviderTelemetryConfig {
    /// The capacity provider's Amazon CloudWatch Logs configuration settings.
    pub logging_config: Option<CapacityProviderLoggingConfig>,
}
rt::structure!(
    CapacityProviderTelemetryConfig, CAPACITY_PROVIDER_TELEMETRY_CONFIG, [logging_config]
);
/// VPC configuration that specifies the network settings for compute instances managed by the capacity provider.
#[derive(Clone, Default, PartialEq)]
pub struct CapacityProviderVpcConfig {
    /// A list of subnet IDs where the capacity provider launches compute instances.
    pub subnet_ids: Vec<String>,
    /// A list of security group IDs that control network access for compute instances managed by the capacity provider.
    pub security_group_ids: Vec<String>,
}
rt::structure!(
    CapacityProviderVpcConfig, CAPACITY_PROVIDER_VPC_CONFIG, [subnet_ids,
    security_group_ids]
);
/// Contains details about a chained function invocation in a durable execution, including the target function and invocation parameters.
#[derive(Clone, Default, PartialEq)]
pub struct ChainedInvokeDetails {
    /// The response payload from the chained invocation.
    pub result: Option<String>,
    /// Details about the chained invocation failure.
    pub error: Option<ErrorObject>,
}
rt::structure!(ChainedInvokeDetails, CHAINED_INVOKE_DETAILS, [result, error]);
/// Contains details about a failed chained function invocation, including error information and failure reason.
#[derive(Clone, Default, PartialEq)]
pub struct ChainedInvokeFailedDetails {
    /// Details about the chained invocation failure.
    pub error: EventError,
}
rt::structure!(ChainedInvokeFailedDetails, CHAINED_INVOKE_FAILED_DETAILS, [error]);
/// Configuration options for chained function invocations in durable executions, including retry settings and timeout configuration.
#[derive(Clone, Default, PartialEq)]
pub struct ChainedInvokeOptions {
    /// The name or ARN of the Lambda function to invoke.
    pub function_name: String,
    /// The tenant identifier for the chained invocation.
    pub tenant_id: Option<String>,
    /// The X-Ray trace header to use when starting the chained invocation. This parameter is optional. If you omit this value, the child invocation inherits the parent durable execution's trace header.
    ///
    /// Specify this value on the `START` update for the chained invocation operation. For more information about the header format, see [Tracing header](https://docs.aws.amazon.com/xray/latest/devguide/xray-concepts.html#xray-concepts-tracingheader) in the *X-Ray Developer Guide*.
    pub x_amzn_trace_id: Option<String>,
}
rt::structure!(
    ChainedInvokeOptions, CHAINED_INVOKE_OPTIONS, [function_name, tenant_id,
    x_amzn_trace_id]
);
/// Contains details about a chained function invocation that has started execution, including start time and execution context.
#[derive(Clone, Default, PartialEq)]
pub struct ChainedInvokeStartedDetails {
    /// The name or ARN of the Lambda function being invoked.
    pub function_name: String,
    /// The tenant identifier for the chained invocation.
    pub tenant_id: Option<String>,
    /// The JSON input payload provided to the chained invocation.
    pub input: Option<EventInput>,
    /// The version of the function that was executed.
    pub executed_version: Option<String>,
    /// The Amazon Resource Name (ARN) that identifies the durable execution.
    pub durable_execution_arn: Option<String>,
}
rt::structure!(
    ChainedInvokeStartedDetails, CHAINED_INVOKE_STARTED_DETAILS, [function_name,
    tenant_id, input, executed_version, durable_execution_arn]
);
/// Details about a chained invocation that was stopped.
#[derive(Clone, Default, PartialEq)]
pub struct ChainedInvokeStoppedDetails {
    /// Details about why the chained invocation stopped.
    pub error: EventError,
}
rt::structure!(ChainedInvokeStoppedDetails, CHAINED_INVOKE_STOPPED_DETAILS, [error]);
/// Details about a chained invocation that succeeded.
#[derive(Clone, Default, PartialEq)]
pub struct ChainedInvokeSucceededDetails {
    /// The response payload from the successful operation.
    pub result: EventResult,
}
rt::structure!(
    ChainedInvokeSucceededDetails, CHAINED_INVOKE_SUCCEEDED_DETAILS, [result]
);
/// Details about a chained invocation that timed out.
#[derive(Clone, Default, PartialEq)]
pub struct ChainedInvokeTimedOutDetails {
    /// Details about the chained invocation timeout.
    pub error: EventError,
}
rt::structure!(ChainedInvokeTimedOutDetails, CHAINED_INVOKE_TIMED_OUT_DETAILS, [error]);
#[derive(Clone, Default, PartialEq)]
pub struct CheckpointDurableExecutionInput {
    /// The Amazon Resource Name (ARN) of the durable execution.
    pub durable_execution_arn: String,
    /// A unique token that identifies the current checkpoint state. This token is provided by the Lambda runtime and must be used to ensure checkpoints are applied in the correct order. Each checkpoint operation consumes this token and returns a new one.
    pub checkpoint_token: String,
    /// An array of state updates to apply during this checkpoint. Each update represents a change to the execution state, such as completing a step, starting a callback, or scheduling a timer. Updates are applied atomically as part of the checkpoint operation.
    pub updates: Option<Vec<OperationUpdate>>,
    /// An optional idempotency token to ensure that duplicate checkpoint requests are handled correctly. If provided, Lambda uses this token to detect and handle duplicate requests within a 15-minute window.
    pub client_token: Option<String>,
}
rt::structure!(
    CheckpointDurableExecutionInput, CHECKPOINT_DURABLE_EXECUTION_INPUT,
    [durable_execution_arn, checkpoint_token, updates, client_token]
);
/// The response from the CheckpointDurableExecution operation.
#[derive(Clone, Default, PartialEq)]
pub struct CheckpointDurableExecutionOutput {
    /// A new checkpoint token to use for the next checkpoint operation. This token replaces the one provided in the request and must be used for subsequent checkpoints to maintain proper ordering.
    pub checkpoint_token: Option<String>,
    /// Updated execution state information that includes any changes that occurred since the last checkpoint, such as completed callbacks or expired timers. This allows the SDK to update its internal state during replay.
    pub new_execution_state: CheckpointUpdatedExecutionState,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CheckpointDurableExecutionOutput, CHECKPOINT_DURABLE_EXECUTION_OUTPUT,
    [checkpoint_token, new_execution_state], meta = response_metadata
);
/// Contains operations that have been updated since the last checkpoint, such as completed asynchronous work like timers or callbacks.
#[derive(Clone, Default, PartialEq)]
pub struct CheckpointUpdatedExecutionState {
    /// A list of operations that have been updated since the last checkpoint.
    pub operations: Option<Vec<Operation>>,
    /// Indicates that more results are available. Use this value in a subsequent call to retrieve the next page of results.
    pub next_marker: Option<String>,
}
rt::structure!(
    CheckpointUpdatedExecutionState, CHECKPOINT_UPDATED_EXECUTION_STATE, [operations,
    next_marker]
);
/// The Lambda function couldn't be invoked because its code artifact user has been deleted. Wait for Lambda to provision a new code artifact user, or update the function's code package to recreate it.
#[derive(Clone, Default, PartialEq)]
pub struct CodeArtifactUserDeletedException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    pub message: Option<String>,
}
rt::structure!(
    CodeArtifactUserDeletedException, CODE_ARTIFACT_USER_DELETED_EXCEPTION, [r#type,
    message]
);
/// The Lambda function couldn't be invoked because provisioning of its code artifact user failed. Update the function's code package or check the Lambda function's `State` and `StateReasonCode` for additional context.
#[derive(Clone, Default, PartialEq)]
pub struct CodeArtifactUserFailedException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    pub message: Option<String>,
}
rt::structure!(
    CodeArtifactUserFailedException, CODE_ARTIFACT_USER_FAILED_EXCEPTION, [r#type,
    message]
);
/// The Lambda function couldn't be invoked because its code artifact user is still being provisioned. Wait for the function's `State` to become `Active` and try the request again.
#[derive(Clone, Default, PartialEq)]
pub struct CodeArtifactUserPendingException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    pub message: Option<String>,
}
rt::structure!(
    CodeArtifactUserPendingException, CODE_ARTIFACT_USER_PENDING_EXCEPTION, [r#type,
    message]
);
/// Details about a [Code signing configuration](https://docs.aws.amazon.com/lambda/latest/dg/configuration-codesigning.html).
#[derive(Clone, Default, PartialEq)]
pub struct CodeSigningConfig {
    /// Unique identifer for the Code signing configuration.
    pub code_signing_config_id: String,
    /// The Amazon Resource Name (ARN) of the Code signing configuration.
    pub code_signing_config_arn: String,
    /// Code signing configuration description.
    pub description: Option<String>,
    /// List of allowed publishers.
    pub allowed_publishers: AllowedPublishers,
    /// The code signing policy controls the validation failure action for signature mismatch or expiry.
    pub code_signing_policies: CodeSigningPolicies,
    /// The date and time that the Code signing configuration was last modified, in ISO-8601 format (YYYY-MM-DDThh:mm:ss.sTZD).
    pub last_modified: String,
}
rt::structure!(
    CodeSigningConfig, CODE_SIGNING_CONFIG, [code_signing_config_id,
    code_signing_config_arn, description, allowed_publishers, code_signing_policies,
    last_modified]
);
/// The specified code signing configuration does not exist.
#[derive(Clone, Default, PartialEq)]
pub struct CodeSigningConfigNotFoundException {
    pub r#type: Option<String>,
    pub message: Option<String>,
}
rt::structure!(
    CodeSigningConfigNotFoundException, CODE_SIGNING_CONFIG_NOT_FOUND_EXCEPTION, [r#type,
    message]
);
/// Code signing configuration [policies](https://docs.aws.amazon.com/lambda/latest/dg/configuration-codesigning.html#config-codesigning-policies) specify the validation failure action for signature mismatch or expiry.
#[derive(Clone, Default, PartialEq)]
pub struct CodeSigningPolicies {
    /// Code signing configuration policy for deployment validation failure. If you set the policy to `Enforce`, Lambda blocks the deployment request if signature validation checks fail. If you set the policy to `Warn`, Lambda allows the deployment and issues a new Amazon CloudWatch metric (`SignatureValidationErrors`) and also stores the warning in the CloudTrail log.
    ///
    /// Default value: `Warn`
    pub untrusted_artifact_on_deployment: Option<CodeSigningPolicy>,
}
rt::structure!(
    CodeSigningPolicies, CODE_SIGNING_POLICIES, [untrusted_artifact_on_deployment]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CodeSigningPolicy {
    /// `Warn`
    Warn,
    /// `Enforce`
    Enforce,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(CodeSigningPolicy, { Warn => "Warn", Enforce => "Enforce" });
/// Your Amazon Web Services account has exceeded its maximum total code size. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html).
#[derive(Clone, Default, PartialEq)]
pub struct CodeStorageExceededException {
    /// The exception type.
    pub r#type: Option<String>,
    pub message: Option<String>,
}
rt::structure!(
    CodeStorageExceededException, CODE_STORAGE_EXCEEDED_EXCEPTION, [r#type, message]
);
/// The code signature failed one or more of the validation checks for signature mismatch or expiry, and the code signing policy is set to ENFORCE. Lambda blocks the deployment.
#[derive(Clone, Default, PartialEq)]
pub struct CodeVerificationFailedException {
    pub r#type: Option<String>,
    pub message: Option<String>,
}
rt::structure!(
    CodeVerificationFailedException, CODE_VERIFICATION_FAILED_EXCEPTION, [r#type,
    message]
);
#[derive(Clone, Default, PartialEq)]
pub struct Concurrency {
    /// The number of concurrent executions that are reserved for this function. For more information, see [Managing Lambda reserved concurrency](https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html).
    pub reserved_concurrent_executions: Option<i32>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    Concurrency, CONCURRENCY, [reserved_concurrent_executions], meta = response_metadata
);
/// Details about a durable execution context.
#[derive(Clone, Default, PartialEq)]
pub struct ContextDetails {
    /// Whether the state data of child operations of this completed context should be included in the invoke payload and `GetDurableExecutionState` response.
    pub replay_children: Option<bool>,
    /// The response payload from the context.
    pub result: Option<String>,
    /// Details about the context failure.
    pub error: Option<ErrorObject>,
}
rt::structure!(ContextDetails, CONTEXT_DETAILS, [replay_children, result, error]);
/// Details about a context that failed.
#[derive(Clone, Default, PartialEq)]
pub struct ContextFailedDetails {
    /// Details about the context failure.
    pub error: EventError,
}
rt::structure!(ContextFailedDetails, CONTEXT_FAILED_DETAILS, [error]);
/// Configuration options for a durable execution context.
#[derive(Clone, Default, PartialEq)]
pub struct ContextOptions {
    /// Whether the state data of children of the completed context should be included in the invoke payload and `GetDurableExecutionState` response.
    pub replay_children: Option<bool>,
}
rt::structure!(ContextOptions, CONTEXT_OPTIONS, [replay_children]);
/// Details about a context that has started.
#[derive(Clone, Default, PartialEq)]
pub struct ContextStartedDetails {}
rt::structure!(ContextStartedDetails, CONTEXT_STARTED_DETAILS, []);
/// Details about a context that succeeded.
#[derive(Clone, Default, PartialEq)]
pub struct ContextSucceededDetails {
    /// The JSON response payload from the successful context.
    pub result: EventResult,
}
rt::structure!(ContextSucceededDetails, CONTEXT_SUCCEEDED_DETAILS, [result]);
/// The [cross-origin resource sharing (CORS)](https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS) settings for your Lambda function URL. Use CORS to grant access to your function URL from any origin. You can also use CORS to control access for specific HTTP headers and methods in requests to your function URL.
#[derive(Clone, Default, PartialEq)]
pub struct Cors {
    /// Whether to allow cookies or other credentials in requests to your function URL. The default is `false`.
    pub allow_credentials: Option<bool>,
    /// The HTTP headers that origins can include in requests to your function URL. For example: `Date`, `Keep-Alive`, `X-Custom-Header`.
    pub allow_headers: Option<Vec<String>>,
    /// The HTTP methods that are allowed when calling your function URL. For example: `GET`, `POST`, `DELETE`, or the wildcard character (`\*`).
    pub allow_methods: Option<Vec<String>>,
    /// The origins that can access your function URL. You can list any number of specific origins, separated by a comma. For example: `https://www.example.com`, `http://localhost:60905`.
    ///
    /// Alternatively, you can grant access to all origins using the wildcard character (`\*`).
    pub allow_origins: Option<Vec<String>>,
    /// The HTTP headers in your function response that you want to expose to origins that call your function URL. For example: `Date`, `Keep-Alive`, `X-Custom-Header`.
    pub expose_headers: Option<Vec<String>>,
    /// The maximum amount of time, in seconds, that web browsers can cache results of a preflight request. By default, this is set to `0`, which means that the browser doesn't cache results.
    pub max_age: Option<i32>,
}
rt::structure!(
    Cors, CORS, [allow_credentials, allow_headers, allow_methods, allow_origins,
    expose_headers, max_age]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateAliasInput {
    /// The name or ARN of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** - `MyFunction`.
    ///
    /// - **Function ARN** - `arn:aws:lambda:us-west-2:123456789012:function:MyFunction`.
    ///
    /// - **Partial ARN** - `123456789012:function:MyFunction`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the function name, it is limited to 64 characters in length.
    pub function_name: String,
    /// The name of the alias.
    pub name: String,
    /// The function version that the alias invokes.
    pub function_version: String,
    /// A description of the alias.
    pub description: Option<String>,
    /// The [routing configuration](https://docs.aws.amazon.com/lambda/latest/dg/configuration-aliases.html#configuring-alias-routing) of the alias.
    pub routing_config: Option<AliasRoutingConfiguration>,
}
rt::structure!(
    CreateAliasInput, CREATE_ALIAS_INPUT, [function_name, name, function_version,
    description, routing_config]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateCapacityProviderInput {
    /// The name of the capacity provider.
    pub capacity_provider_name: String,
    /// The VPC configuration for the capacity provider, including subnet IDs and security group IDs where compute instances will be launched.
    pub vpc_config: CapacityProviderVpcConfig,
    /// The permissions configuration that specifies the IAM role ARN used by the capacity provider to manage compute resources.
    pub permissions_config: CapacityProviderPermissionsConfig,
    /// The instance requirements that specify the compute instance characteristics, including architectures and allowed or excluded instance types.
    pub instance_requirements: Option<InstanceRequirements>,
    /// The scaling configuration that defines how the capacity provider scales compute instances, including maximum vCPU count and scaling policies.
    pub capacity_provider_scaling_config: Option<CapacityProviderScalingConfig>,
    /// The ARN of the KMS key used to encrypt data associated with the capacity provider.
    pub kms_key_arn: Option<String>,
    /// A list of tags to associate with the capacity provider.
    pub tags: Option<rt::IndexMap<String, String>>,
    /// The tag propagation configuration for the capacity provider. Specifies tags to apply to managed resources at launch.
    pub propagate_tags: Option<PropagateTags>,
    /// The telemetry configuration for the capacity provider. Specifies logging settings for managed resources.
    pub telemetry_config: Option<CapacityProviderTelemetryConfig>,
}
rt::structure!(
    CreateCapacityProviderInput, CREATE_CAPACITY_PROVIDER_INPUT, [capacity_provider_name,
    vpc_config, permissions_config, instance_requirements,
    capacity_provider_scaling_config, kms_key_arn, tags, propagate_tags,
    telemetry_config]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateCapacityProviderOutput {
    /// Information about the capacity provider that was created.
    pub capacity_provider: CapacityProvider,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateCapacityProviderOutput, CREATE_CAPACITY_PROVIDER_OUTPUT, [capacity_provider],
    meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateCodeSigningConfigInput {
    /// Descriptive name for this code signing configuration.
    pub description: Option<String>,
    /// Signing profiles for this code signing configuration.
    pub allowed_publishers: AllowedPublishers,
    /// The code signing policies define the actions to take if the validation checks fail.
    pub code_signing_policies: Option<CodeSigningPolicies>,
    /// A list of tags to add to the code signing configuration.
    pub tags: Option<rt::IndexMap<String, String>>,
}
rt::structure!(
    CreateCodeSigningConfigInput, CREATE_CODE_SIGNING_CONFIG_INPUT, [description,
    allowed_publishers, code_signing_policies, tags]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateCodeSigningConfigOutput {
    /// The code signing configuration.
    pub code_signing_config: CodeSigningConfig,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateCodeSigningConfigOutput, CREATE_CODE_SIGNING_CONFIG_OUTPUT,
    [code_signing_config], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateEventSourceMappingInput {
    /// The Amazon Resource Name (ARN) of the event source.
    ///
    /// - **Amazon Kinesis** – The ARN of the data stream or a stream consumer.
    ///
    /// - **Amazon DynamoDB Streams** – The ARN of the stream.
    ///
    /// - **Amazon Simple Queue Service** – The ARN of the queue.
    ///
    /// - **Amazon Managed Streaming for Apache Kafka** – The ARN of the cluster or the ARN of the VPC connection (for [cross-account event source mappings](https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html#msk-multi-vpc)).
    ///
    /// - **Amazon MQ** – The ARN of the broker.
    ///
    /// - **Amazon DocumentDB** – The ARN of the DocumentDB change stream.
    pub event_source_arn: Option<String>,
    /// The name or ARN of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `MyFunction`.
    ///
    /// - **Function ARN** – `arn:aws:lambda:us-west-2:123456789012:function:MyFunction`.
    ///
    /// - **Version or Alias ARN** – `arn:aws:lambda:us-west-2:123456789012:function:MyFunction:PROD`.
    ///
    /// - **Partial ARN** – `123456789012:function:MyFunction`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the function name, it's limited to 64 characters in length.
    pub function_name: String,
    /// When true, the event source mapping is active. When false, Lambda pauses polling and invocation.
    ///
    /// Default: True
    pub enabled: Option<bool>,
    /// The maximum number of records in each batch that Lambda pulls from your stream or queue and sends to your function. Lambda passes all of the records in the batch to the function in a single call, up to the payload limit for synchronous invocation (6 MB).
    ///
    /// - **Amazon Kinesis** – Default 100. Max 10,000.
    ///
    /// - **Amazon DynamoDB Streams** – Default 100. Max 10,000.
    ///
    /// - **Amazon Simple Queue Service** – Default 10. For standard queues the max is 10,000. For FIFO queues the max is 10.
    ///
    /// - **Amazon Managed Streaming for Apache Kafka** – Default 100. Max 10,000.
    ///
    /// - **Self-managed Apache Kafka** – Default 100. Max 10,000.
    ///
    /// - **Amazon MQ (ActiveMQ and RabbitMQ)** – Default 100. Max 10,000.
    ///
    /// - **DocumentDB** – Default 100. Max 10,000.
    pub batch_size: Option<i32>,
    /// An object that defines the filter criteria that determine whether Lambda should process an event. For more information, see [Lambda event filtering](https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html).
    pub filter_criteria: Option<FilterCriteria>,
    /// The ARN of the Key Management Service (KMS) customer managed key that Lambda uses to encrypt your function's [filter criteria](https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html#filtering-basics). By default, Lambda does not encrypt your filter criteria object. Specify this property to encrypt data using your own customer managed key.
    pub kms_key_arn: Option<String>,
    /// The metrics configuration for your event source. For more information, see [Event source mapping metrics](https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html#event-source-mapping-metrics).
    pub metrics_config: Option<EventSourceMappingMetricsConfig>,
    /// (Amazon MSK, and self-managed Apache Kafka only) The logging configuration for your event source. For more information, see [Event source mapping logging](https://docs.aws.amazon.com/lambda/latest/dg/esm-logging.html).
    pub logging_config: Option<EventSourceMappingLoggingConfig>,
    /// (Amazon SQS only) The scaling configuration for the event source. For more information, see [Configuring maximum concurrency for Amazon SQS event sources](https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html#events-sqs-max-concurrency).
    pub scaling_config: Option<ScalingConfig>,
    /// The maximum amount of time, in seconds, that Lambda spends gathering records before invoking the function. You can configure `MaximumBatchingWindowInSeconds` to any value from 0 seconds to 300 seconds in increments of seconds.
    ///
    /// For Kinesis, DynamoDB, and Amazon SQS event sources, the default batching window is 0 seconds. For Amazon MSK, Self-managed Apache Kafka, Amazon MQ, and DocumentDB event sources, the default batching window is 500 ms. Note that because you can only change `MaximumBatchingWindowInSeconds` in increments of seconds, you cannot revert back to the 500 ms default batching window after you have changed it. To restore the default batching window, you must create a new event source mapping.
    ///
    /// Related setting: For Kinesis, DynamoDB, and Amazon SQS event sources, when you set `BatchSize` to a value greater than 10, you must set `MaximumBatchingWindowInSeconds` to at least 1.
    ///
    /// Not supported for Kafka event source mappings when `ConsumptionMode` is `Queue`.
    pub maximum_batching_window_in_seconds: Option<i32>,
    /// (Kinesis and DynamoDB Streams only) The number of batches to process from each shard concurrently.
    pub parallelization_factor: Option<i32>,
    /// The position in a stream from which to start reading. Required for Amazon Kinesis and Amazon DynamoDB Stream event sources. `AT\_TIMESTAMP` is supported only for Amazon Kinesis streams, Amazon DocumentDB, Amazon MSK, and self-managed Apache Kafka.
    ///
    /// Not supported for Kafka event source mappings when `ConsumptionMode` is `Queue`.
    pub starting_position: Option<EventSourcePosition>,
    /// With `StartingPosition` set to `AT\_TIMESTAMP`, the time from which to start reading. `StartingPositionTimestamp` cannot be in the future.
    ///
    /// Not supported for Kafka event source mappings when `ConsumptionMode` is `Queue`.
    pub starting_position_timestamp: Option<rt::DateTime>,
    /// (Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) A configuration object that specifies the destination of an event after Lambda processes it.
    pub destination_config: Option<DestinationConfig>,
    /// (Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) Discard records older than the specified age. The default value is infinite (-1).
    pub maximum_record_age_in_seconds: Option<i32>,
    /// (Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) If the function returns an error, split the batch in two and retry.
    pub bisect_batch_on_function_error: Option<bool>,
    /// (Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) Discard records after the specified number of retries. The default value is infinite (-1). When set to infinite (-1), failed records are retried until the record expires.
    ///
    /// For Kafka event source mappings with `ConsumptionMode` set to `Queue`, the value -1 (infinite retries) is not supported and the default is 0 (no retries). Lambda releases failed records back to the broker, which redelivers them up to the share group's `group.share.delivery.count.limit`.
    pub maximum_retry_attempts: Option<i32>,
    /// A list of tags to apply to the event source mapping.
    pub tags: Option<rt::IndexMap<String, String>>,
    /// (Kinesis and DynamoDB Streams only) The duration in seconds of a processing window for DynamoDB and Kinesis Streams event sources. A value of 0 seconds indicates no tumbling window.
    pub tumbling_window_in_seconds: Option<i32>,
    /// The name of the Kafka topic.
    pub topics: Option<Vec<String>>,
    /// (MQ) The name of the Amazon MQ broker destination queue to consume.
    pub queues: Option<Vec<String>>,
    /// An array of authentication protocols or VPC components required to secure your event source.
    pub source_access_configurations: Option<Vec<SourceAccessConfiguration>>,
    /// The self-managed Apache Kafka cluster to receive records from.
    pub self_managed_event_source: Option<SelfManagedEventSource>,
    /// (Kinesis, DynamoDB Streams, Amazon MSK, self-managed Apache Kafka, and Amazon SQS) A list of current response type enums applied to the event source mapping.
    pub function_response_types: Option<Vec<FunctionResponseType>>,
    /// Specific configuration settings for an Amazon Managed Streaming for Apache Kafka (Amazon MSK) event source.
    pub amazon_managed_kafka_event_source_config: Option<
        AmazonManagedKafkaEventSourceConfig,
    >,
    /// Specific configuration settings for a self-managed Apache Kafka event source.
    pub self_managed_kafka_event_source_config: Option<
        SelfManagedKafkaEventSourceConfig,
    >,
    /// Specific configuration settings for a DocumentDB event source.
    pub document_db_event_source_config: Option<DocumentDbEventSourceConfig>,
    /// (Amazon SQS, Amazon MSK, and self-managed Apache Kafka only) The provisioned mode configuration for the event source. For more information, see [provisioned mode](https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventsourcemapping.html#invocation-eventsourcemapping-provisioned-mode).
    pub provisioned_poller_config: Option<ProvisionedPollerConfig>,
}
rt::structure!(
    CreateEventSourceMappingInput, CREATE_EVENT_SOURCE_MAPPING_INPUT, [event_source_arn,
    function_name, enabled, batch_size, filter_criteria, kms_key_arn, metrics_config,
    logging_config, scaling_config, maximum_batching_window_in_seconds,
    parallelization_factor, starting_position, starting_position_timestamp,
    destination_config, maximum_record_age_in_seconds, bisect_batch_on_function_error,
    maximum_retry_attempts, tags, tumbling_window_in_seconds, topics, queues,
    source_access_configurations, self_managed_event_source, function_response_types,
    amazon_managed_kafka_event_source_config, self_managed_kafka_event_source_config,
    document_db_event_source_config, provisioned_poller_config]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateFunctionInput {
    /// The name or ARN of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function`.
    ///
    /// - **Function ARN** – `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    ///
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the function name, it is limited to 64 characters in length.
    pub function_name: String,
    /// The identifier of the function's [ runtime](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html). Runtime is required if the deployment package is a .zip file archive. Specifying a runtime results in an error if you're deploying a function using a container image.
    ///
    /// The following list includes deprecated runtimes. Lambda blocks creating new functions and updating existing functions shortly after each runtime is deprecated. For more information, see [Runtime use after deprecation](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html#runtime-deprecation-levels).
    ///
    /// For a list of all currently supported runtimes, see [Supported runtimes](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html#runtimes-supported).
    pub runtime: Option<Runtime>,
    /// The Amazon Resource Name (ARN) of the function's execution role.
    pub role: String,
    /// The name of the method within your code that Lambda calls to run your function. Handler is required if the deployment package is a .zip file archive. The format includes the file name. It can also include namespaces and other qualifiers, depending on the runtime. For more information, see [Lambda programming model](https://docs.aws.amazon.com/lambda/latest/dg/foundation-progmodel.html).
    pub handler: Option<String>,
    /// The code for the function.
    pub code: FunctionCode,
    /// A description of the function.
    pub description: Option<String>,
    /// The amount of time (in seconds) that Lambda allows a function to run before stopping it. The default is 3 seconds, and the maximum allowed value is 900 seconds. For functions using Lambda Managed Instances, asynchronous invocations and event source mapping invocations (except Amazon MQ and Amazon DocumentDB) support a maximum allowed value of 5,400 seconds (90 minutes). For more information, see [Lambda execution environment](https://docs.aws.amazon.com/lambda/latest/dg/runtimes-context.html).
    pub timeout: Option<i32>,
    /// The amount of [memory available to the function](https://docs.aws.amazon.com/lambda/latest/dg/configuration-function-common.html#configuration-memory-console) at runtime. Increasing the function memory also increases its CPU allocation. The default value is 128 MB. The value can be any multiple of 1 MB.
    pub memory_size: Option<i32>,
    /// Set to true to publish the first version of the function during creation.
    pub publish: Option<bool>,
    /// Specifies where to publish the function version or configuration.
    pub publish_to: Option<FunctionVersionLatestPublished>,
    /// For network connectivity to Amazon Web Services resources in a VPC, specify a list of security groups and subnets in the VPC. When you connect a function to a VPC, it can access resources and the internet only through that VPC. For more information, see [Configuring a Lambda function to access resources in a VPC](https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html).
    pub vpc_config: Option<VpcConfig>,
    /// The type of deployment package. Set to `Image` for container image and set to `Zip` for .zip file archive.
    pub package_type: Option<PackageType>,
    /// A dead-letter queue configuration that specifies the queue or topic where Lambda sends asynchronous events when they fail processing. For more information, see [Dead-letter queues](https://docs.aws.amazon.com/lambda/latest/dg/invocation-async.html#invocation-dlq).
    pub dead_letter_config: Option<DeadLetterConfig>,
    /// Environment variables that are accessible from function code during execution.
    pub environment: Option<Environment>,
    /// The ARN of the Key Management Service (KMS) customer managed key that's used to encrypt the following resources:
    ///
    /// - The function's [environment variables](https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-encryption).
    ///
    /// - The function's [Lambda SnapStart](https://docs.aws.amazon.com/lambda/latest/dg/snapstart-security.html) snapshots.
    ///
    /// - When used with `SourceKMSKeyArn`, the unzipped version of the .zip deployment package that's used for function invocations. For more information, see [ Specifying a customer managed key for Lambda](https://docs.aws.amazon.com/lambda/latest/dg/encrypt-zip-package.html#enable-zip-custom-encryption).
    ///
    /// - The optimized version of the container image that's used for function invocations. Note that this is not the same key that's used to protect your container image in the Amazon Elastic Container Registry (Amazon ECR). For more information, see [Function lifecycle](https://docs.aws.amazon.com/lambda/latest/dg/images-create.html#images-lifecycle).
    ///
    /// If you don't provide a customer managed key, Lambda uses an [Amazon Web Services owned key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-owned-cmk) or an [Amazon Web Services managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-cmk).
    pub kms_key_arn: Option<String>,
    /// Set `Mode` to `Active` to sample and trace a subset of incoming requests with [X-Ray](https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html).
    pub tracing_config: Option<TracingConfig>,
    /// A list of [tags](https://docs.aws.amazon.com/lambda/latest/dg/tagging.html) to apply to the function.
    pub tags: Option<rt::IndexMap<String, String>>,
    /// A list of [function layers](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html) to add to the function's execution environment. Specify each layer by its ARN, including the version.
    pub layers: Option<Vec<String>>,
    /// Connection settings for an Amazon EFS file system or an Amazon S3 Files file system.
    pub file_system_configs: Option<Vec<FileSystemConfig>>,
    /// To enable code signing for this function, specify the ARN of a code-signing configuration. A code-signing configuration includes a set of signing profiles, which define the trusted publishers for this function.
    pub code_signing_config_arn: Option<String>,
    /// Container image [configuration values](https://docs.aws.amazon.com/lambda/latest/dg/images-create.html#images-parms) that override the values in the container image Dockerfile.
    pub image_config: Option<ImageConfig>,
    /// The instruction set architecture that the function supports. Enter a string array with one of the valid values (arm64 or x86\_64). The default value is `x86\_64`.
    pub architectures: Option<Vec<Architecture>>,
    /// The size of the function's `/tmp` directory in MB. The default value is 512, but can be any whole number between 512 and 10,240 MB. For functions that use `AcceleratorConfig`, the maximum is 32,768 MB. For more information, see [Configuring ephemeral storage (console)](https://docs.aws.amazon.com/lambda/latest/dg/configuration-function-common.html#configuration-ephemeral-storage).
    pub ephemeral_storage: Option<EphemeralStorage>,
    /// The function's [SnapStart](https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html) setting.
    pub snap_start: Option<SnapStart>,
    /// The function's Amazon CloudWatch Logs configuration settings.
    pub logging_config: Option<LoggingConfig>,
    /// Configuration for multi-tenant applications that use Lambda functions. Defines tenant isolation settings and resource allocations. Required for functions supporting multiple tenants.
    pub tenancy_config: Option<TenancyConfig>,
    /// Configuration for the capacity provider that manages compute resources for Lambda functions.
    pub capacity_provider_config: Option<CapacityProviderConfig>,
    /// Configuration settings for durable functions. Enables creating functions with durability that can remember their state and continue execution even after interruptions.
    pub durable_config: Option<DurableConfig>,
    /// The customer-managed runtime configuration for your function. Specifies the customer-managed runtime and the runtime alias that your function uses.
    pub runtime_config: Option<FunctionRuntimeConfig>,
    /// The accelerator resource settings for a Lambda execution environment.
    pub accelerator_config: Option<AcceleratorConfig>,
}
rt::structure!(
    CreateFunctionInput, CREATE_FUNCTION_INPUT, [function_name, runtime, role, handler,
    code, description, timeout, memory_size, publish, publish_to, vpc_config,
    package_type, dead_letter_config, environment, kms_key_arn, tracing_config, tags,
    layers, file_system_configs, code_signing_config_arn, image_config, architectures,
    ephemeral_storage, snap_start, logging_config, tenancy_config,
    capacity_provider_config, durable_config, runtime_config, accelerator_config]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateFunctionUrlConfigInput {
    /// The name or ARN of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function`.
    ///
    /// - **Function ARN** – `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    ///
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the function name, it is limited to 64 characters in length.
    pub function_name: String,
    /// The alias name.
    pub qualifier: Option<String>,
    /// The type of authentication that your function URL uses. Set to `AWS\_IAM` if you want to restrict access to authenticated users only. Set to `NONE` if you want to bypass IAM authentication to create a public endpoint. For more information, see [Control access to Lambda function URLs](https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html).
    pub auth_type: FunctionUrlAuthType,
    /// The [cross-origin resource sharing (CORS)](https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS) settings for your function URL.
    pub cors: Option<Cors>,
    /// Use one of the following options:
    ///
    /// - `BUFFERED` – This is the default option. Lambda invokes your function using the `Invoke` API operation. Invocation results are available when the payload is complete. The maximum payload size is 6 MB.
    ///
    /// - `RESPONSE\_STREAM` – Your function streams payload results as they become available. Lambda invokes your function using the `InvokeWithResponseStream` API operation. The maximum response payload size is 200 MB.
    pub invoke_mode: Option<InvokeMode>,
}
rt::structure!(
    CreateFunctionUrlConfigInput, CREATE_FUNCTION_URL_CONFIG_INPUT, [function_name,
    qualifier, auth_type, cors, invoke_mode]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateFunctionUrlConfigOutput {
    /// The HTTP URL endpoint for your function.
    pub function_url: String,
    /// The Amazon Resource Name (ARN) of your function.
    pub function_arn: String,
    /// The type of authentication that your function URL uses. Set to `AWS\_IAM` if you want to restrict access to authenticated users only. Set to `NONE` if you want to bypass IAM authentication to create a public endpoint. For more information, see [Control access to Lambda function URLs](https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html).
    pub auth_type: FunctionUrlAuthType,
    /// The [cross-origin resource sharing (CORS)](https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS) settings for your function URL.
    pub cors: Option<Cors>,
    /// When the function URL was created, in [ISO-8601 format](https://www.w3.org/TR/NOTE-datetime) (YYYY-MM-DDThh:mm:ss.sTZD).
    pub creation_time: String,
    /// Use one of the following options:
    ///
    /// - `BUFFERED` – This is the default option. Lambda invokes your function using the `Invoke` API operation. Invocation results are available when the payload is complete. The maximum payload size is 6 MB.
    ///
    /// - `RESPONSE\_STREAM` – Your function streams payload results as they become available. Lambda invokes your function using the `InvokeWithResponseStream` API operation. The maximum response payload size is 200 MB.
    pub invoke_mode: Option<InvokeMode>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateFunctionUrlConfigOutput, CREATE_FUNCTION_URL_CONFIG_OUTPUT, [function_url,
    function_arn, auth_type, cors, creation_time, invoke_mode], meta = response_metadata
);
/// The [dead-letter queue](https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html#invocation-dlq) for failed asynchronous invocations.
#[derive(Clone, Default, PartialEq)]
pub struct DeadLetterConfig {
    /// The Amazon Resource Name (ARN) of an Amazon SQS queue or Amazon SNS topic.
    pub target_arn: Option<String>,
}
rt::structure!(DeadLetterConfig, DEAD_LETTER_CONFIG, [target_arn]);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteAliasInput {
    /// The name or ARN of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** - `MyFunction`.
    ///
    /// - **Function ARN** - `arn:aws:lambda:us-west-2:123456789012:function:MyFunction`.
    ///
    /// - **Partial ARN** - `123456789012:function:MyFunction`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the function name, it is limited to 64 characters in length.
    pub function_name: String,
    /// The name of the alias.
    pub name: String,
}
rt::structure!(DeleteAliasInput, DELETE_ALIAS_INPUT, [function_name, name]);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteCapacityProviderInput {
    /// The name of the capacity provider to delete.
    pub capacity_provider_name: String,
}
rt::structure!(
    DeleteCapacityProviderInput, DELETE_CAPACITY_PROVIDER_INPUT, [capacity_provider_name]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteCapacityProviderOutput {
    /// Information about the deleted capacity provider.
    pub capacity_provider: CapacityProvider,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DeleteCapacityProviderOutput, DELETE_CAPACITY_PROVIDER_OUTPUT, [capacity_provider],
    meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteCodeSigningConfigInput {
    /// The The Amazon Resource Name (ARN) of the code signing configuration.
    pub code_signing_config_arn: String,
}
rt::structure!(
    DeleteCodeSigningConfigInput, DELETE_CODE_SIGNING_CONFIG_INPUT,
    [code_signing_config_arn]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteCodeSigningConfigOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DeleteCodeSigningConfigOutput, DELETE_CODE_SIGNING_CONFIG_OUTPUT, [], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteDurableExecutionInput {
    /// The Amazon Resource Name (ARN) of the durable execution.
    pub durable_execution_arn: String,
}
rt::structure!(
    DeleteDurableExecutionInput, DELETE_DURABLE_EXECUTION_INPUT, [durable_execution_arn]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteDurableExecutionOutput {
    /// The timestamp when Lambda accepted the deletion request (ISO 8601 format).
    pub deletion_request_timestamp: rt::DateTime,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DeleteDurableExecutionOutput, DELETE_DURABLE_EXECUTION_OUTPUT,
    [deletion_request_timestamp], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteEventSourceMappingInput {
    /// The identifier of the event source mapping.
    pub uuid: String,
}
rt::structure!(DeleteEventSourceMappingInput, DELETE_EVENT_SOURCE_MAPPING_INPUT, [uuid]);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteFunctionCodeSigningConfigInput {
    /// The name or ARN of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** - `MyFunction`.
    ///
    /// - **Function ARN** - `arn:aws:lambda:us-west-2:123456789012:function:MyFunction`.
    ///
    /// - **Partial ARN** - `123456789012:function:MyFunction`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the function name, it is limited to 64 characters in length.
    pub function_name: String,
}
rt::structure!(
    DeleteFunctionCodeSigningConfigInput, DELETE_FUNCTION_CODE_SIGNING_CONFIG_INPUT,
    [function_name]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteFunctionConcurrencyInput {
    /// The name or ARN of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function`.
    ///
    /// - **Function ARN** – `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    ///
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the function name, it is limited to 64 characters in length.
    pub function_name: String,
}
rt::structure!(
    DeleteFunctionConcurrencyInput, DELETE_FUNCTION_CONCURRENCY_INPUT, [function_name]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteFunctionEventInvokeConfigInput {
    /// The name or ARN of the Lambda function, version, or alias.
    ///
    /// **Name formats**
    ///
    /// - **Function name** - `my-function` (name-only), `my-function:v1` (with alias).
    ///
    /// - **Function ARN** - `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    ///
    /// - **Partial ARN** - `123456789012:function:my-function`.
    ///
    /// You can append a version number or alias to any of the formats. The length constraint applies only to the full ARN. If you specify only the function name, it is limited to 64 characters in length.
    pub function_name: String,
    /// A version number or alias name.
    pub qualifier: Option<String>,
}
rt::structure!(
    DeleteFunctionEventInvokeConfigInput, DELETE_FUNCTION_EVENT_INVOKE_CONFIG_INPUT,
    [function_name, qualifier]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteFunctionInput {
    /// The name or ARN of the Lambda function or version.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function` (name-only), `my-function:1` (with version).
    ///
    /// - **Function ARN** – `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    ///
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// You can append a version number or alias to any of the formats. The length constraint applies only to the full ARN. If you specify only the function name, it is limited to 64 characters in length.
    pub function_name: String,
    /// Specify a version to delete. You can't delete a version that an alias references.
    pub qualifier: Option<String>,
}
rt::structure!(DeleteFunctionInput, DELETE_FUNCTION_INPUT, [function_name, qualifier]);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteFunctionOutput {
    /// The HTTP status code returned by the operation.
    pub status_code: Option<i32>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DeleteFunctionOutput, DELETE_FUNCTION_OUTPUT, [status_code], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteFunctionUrlConfigInput {
    /// The name or ARN of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function`.
    ///
    /// - **Function ARN** – `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    ///
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the function name, it is limited to 64 characters in length.
    pub function_name: String,
    /// The alias name.
    pub qualifier: Option<String>,
}
rt::structure!(
    DeleteFunctionUrlConfigInput, DELETE_FUNCTION_URL_CONFIG_INPUT, [function_name,
    qualifier]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteLayerVersionInput {
    /// The name or Amazon Resource Name (ARN) of the layer.
    pub layer_name: String,
    /// The version number.
    pub version_number: i64,
}
rt::structure!(
    DeleteLayerVersionInput, DELETE_LAYER_VERSION_INPUT, [layer_name, version_number]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteProvisionedConcurrencyConfigInput {
    /// The name or ARN of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function`.
    ///
    /// - **Function ARN** – `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    ///
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the function name, it is limited to 64 characters in length.
    pub function_name: String,
    /// The version number or alias name.
    pub qualifier: String,
}
rt::structure!(
    DeleteProvisionedConcurrencyConfigInput, DELETE_PROVISIONED_CONCURRENCY_CONFIG_INPUT,
    [function_name, qualifier]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteResourcePolicyInput {
    /// The Amazon Resource Name (ARN) of the Lambda resource you want to delete the policy from. You can use a qualified or an unqualified ARN. The value must be a complete ARN, and the operation does not accept wildcard characters.
    pub resource_arn: String,
    /// The revision ID that the existing policy must match for the deletion to proceed. If the revision ID doesn't match, the operation fails with a `PreconditionFailedException` error. To retrieve the current revision ID, use the GetResourcePolicy operation.
    pub revision_id: Option<String>,
}
rt::structure!(
    DeleteResourcePolicyInput, DELETE_RESOURCE_POLICY_INPUT, [resource_arn, revision_id]
);
/// A configuration object that specifies the destination of an event after Lambda processes it. For more information, see [Adding a destination](https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html#invocation-async-destinations).
#[derive(Clone, Default, PartialEq)]
pub struct DestinationConfig {
    /// The destination configuration for successful invocations. Not supported in `CreateEventSourceMapping` or `UpdateEventSourceMapping`.
    pub on_success: Option<OnSuccess>,
    /// The destination configuration for failed invocations.
    pub on_failure: Option<OnFailure>,
}
rt::structure!(DestinationConfig, DESTINATION_CONFIG, [on_success, on_failure]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DirectS3Read {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// `AUTO`
    Auto,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    DirectS3Read, { Enabled => "ENABLED", Disabled => "DISABLED", Auto => "AUTO" }
);
/// Specific configuration settings for a DocumentDB event source.
#[derive(Clone, Default, PartialEq)]
pub struct DocumentDbEventSourceConfig {
    /// The name of the database to consume within the DocumentDB cluster.
    pub database_name: Option<String>,
    /// The name of the collection to consume within the database. If you do not specify a collection, Lambda consumes all collections.
    pub collection_name: Option<String>,
    /// Determines what DocumentDB sends to your event stream during document update operations. If set to UpdateLookup, DocumentDB sends a delta describing the changes, along with a copy of the entire document. Otherwise, DocumentDB sends only a partial document that contains the changes.
    pub full_document: Option<FullDocument>,
}
rt::structure!(
    DocumentDbEventSourceConfig, DOCUMENT_DB_EVENT_SOURCE_CONFIG, [database_name,
    collection_name, full_document]
);
/// Configuration settings for [durable functions](https://docs.aws.amazon.com/lambda/latest/dg/durable-functions.html), including execution timeout, retention period for execution history, and an optional ARN of the Key Management Service (KMS) customer managed key that is used to encrypt your durable execution's payload data, including input, output, and error payloads.
#[derive(Clone, Default, PartialEq)]
pub struct DurableConfig {
    /// The ARN of the Key Management Service (KMS) customer managed key that is used to encrypt your durable execution's payload data, including input, output, and error payloads.
    pub kms_key_arn: Option<String>,
    /// The number of days to retain execution history after a durable execution completes. After this period, execution history is no longer available through the GetDurableExecutionHistory API.
    pub retention_period_in_days: Option<i32>,
    /// The maximum time (in seconds) that a durable execution can run before timing out. This timeout applies to the entire durable execution, not individual function invocations.
    pub execution_timeout: Option<i32>,
}
rt::structure!(
    DurableConfig, DURABLE_CONFIG, [kms_key_arn, retention_period_in_days,
    execution_timeout]
);
/// The durable execution with the specified name has already been started. Each durable execution name must be unique within the function. Use a different name or check the status of the existing execution.
#[derive(Clone, Default, PartialEq)]
pub struct DurableExecutionAlreadyStartedException {
    /// The exception type.
    pub r#type: Option<String>,
    pub message: Option<String>,
}
rt::structure!(
    DurableExecutionAlreadyStartedException, DURABLE_EXECUTION_ALREADY_STARTED_EXCEPTION,
    [r#type, message]
);
/// Need additional permissions to configure VPC settings.
#[derive(Clone, Default, PartialEq)]
pub struct Ec2AccessDeniedException {
    pub r#type: Option<String>,
    pub message: Option<String>,
}
rt::structure!(Ec2AccessDeniedException, EC2_ACCESS_DENIED_EXCEPTION, [r#type, message]);
/// Amazon EC2 throttled Lambda during Lambda function initialization using the execution role provided for the function.
#[derive(Clone, Default, PartialEq)]
pub struct Ec2ThrottledException {
    pub r#type: Option<String>,
    pub message: Option<String>,
}
rt::structure!(Ec2ThrottledException, EC2_THROTTLED_EXCEPTION, [r#type, message]);
/// Lambda received an unexpected Amazon EC2 client exception while setting up for the Lambda function.
#[derive(Clone, Default, PartialEq)]
pub struct Ec2UnexpectedException {
    pub r#type: Option<String>,
    pub message: Option<String>,
    pub ec2_error_code: Option<String>,
}
rt::structure!(
    Ec2UnexpectedException, EC2_UNEXPECTED_EXCEPTION, [r#type, message, ec2_error_code]
);
/// An error occurred when reading from or writing to a connected file system.
#[derive(Clone, Default, PartialEq)]
pub struct EfsioException {
    pub r#type: Option<String>,
    pub message: Option<String>,
}
rt::structure!(EfsioException, EFSIO_EXCEPTION, [r#type, message]);
/// The Lambda function couldn't make a network connection to the configured file system.
#[derive(Clone, Default, PartialEq)]
pub struct EfsMountConnectivityException {
    pub r#type: Option<String>,
    pub message: Option<String>,
}
rt::structure!(
    EfsMountConnectivityException, EFS_MOUNT_CONNECTIVITY_EXCEPTION, [r#type, message]
);
/// The Lambda function couldn't mount the configured file system due to a permission or configuration issue.
#[derive(Clone, Default, PartialEq)]
pub struct EfsMountFailureException {
    pub r#type: Option<String>,
    pub message: Option<String>,
}
rt::structure!(EfsMountFailureException, EFS_MOUNT_FAILURE_EXCEPTION, [r#type, message]);
/// The Lambda function made a network connection to the configured file system, but the mount operation timed out.
#[derive(Clone, Default, PartialEq)]
pub struct EfsMountTimeoutException {
    pub r#type: Option<String>,
    pub message: Option<String>,
}
rt::structure!(EfsMountTimeoutException, EFS_MOUNT_TIMEOUT_EXCEPTION, [r#type, message]);
/// Lambda couldn't create an elastic network interface in the VPC, specified as part of Lambda function configuration, because the limit for network interfaces has been reached. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html).
#[derive(Clone, Default, PartialEq)]
pub struct EniLimitReachedException {
    pub r#type: Option<String>,
    pub message: Option<String>,
}
rt::structure!(EniLimitReachedException, ENI_LIMIT_REACHED_EXCEPTION, [r#type, message]);
/// Lambda couldn't invoke the Lambda function because the elastic network interface (ENI) configured for its VPC connection isn't ready yet. Wait a few moments and try the request again. For more information about VPC configuration, see [Configuring a Lambda function to access resources in a VPC](https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html).
#[derive(Clone, Default, PartialEq)]
pub struct EniNotReadyException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    pub message: Option<String>,
}
rt::structure!(EniNotReadyException, ENI_NOT_READY_EXCEPTION, [r#type, message]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EndPointType {
    /// `KAFKA_BOOTSTRAP_SERVERS`
    KafkaBootstrapServers,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(EndPointType, { KafkaBootstrapServers => "KAFKA_BOOTSTRAP_SERVERS" });
/// A function's environment variable settings. You can use environment variables to adjust your function's behavior without updating code. An environment variable is a pair of strings that are stored in a function's version-specific configuration.
#[derive(Clone, Default, PartialEq)]
pub struct Environment {
    /// Environment variable key-value pairs. For more information, see [Using Lambda environment variables](https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html).
    pub variables: Option<rt::IndexMap<String, String>>,
}
rt::structure!(Environment, ENVIRONMENT, [variables]);
/// Error messages for environment variables that couldn't be applied.
#[derive(Clone, Default, PartialEq)]
pub struct EnvironmentError {
    /// The error code.
    pub error_code: Option<String>,
    /// The error message.
    pub message: Option<String>,
}
rt::structure!(EnvironmentError, ENVIRONMENT_ERROR, [error_code, message]);
/// The results of an operation to update or read environment variables. If the operation succeeds, the response contains the environment variables. If it fails, the response contains details about the error.
#[derive(Clone, Default, PartialEq)]
pub struct EnvironmentResponse {
    /// Environment variable key-value pairs. Omitted from CloudTrail logs.
    pub variables: Option<rt::IndexMap<String, String>>,
    /// Error messages for environment variables that couldn't be applied.
    pub error: Option<EnvironmentError>,
}
rt::structure!(EnvironmentResponse, ENVIRONMENT_RESPONSE, [variables, error]);
/// The size of the function's `/tmp` directory in MB. The default value is 512, but can be any whole number between 512 and 10,240 MB. For functions that use `AcceleratorConfig`, the maximum is 32,768 MB. For more information, see [Configuring ephemeral storage (console)](https://docs.aws.amazon.com/lambda/latest/dg/configuration-function-common.html#configuration-ephemeral-storage).
#[derive(Clone, Default, PartialEq)]
pub struct EphemeralStorage {
    /// The size of the function's `/tmp` directory.
    pub size: i32,
}
rt::structure!(EphemeralStorage, EPHEMERAL_STORAGE, [size]);
/// An object that contains error information.
#[derive(Clone, Default, PartialEq)]
pub struct ErrorObject {
    /// A human-readable error message.
    pub error_message: Option<String>,
    /// The error type.
    pub error_type: Option<String>,
    /// Machine-readable error data.
    pub error_data: Option<String>,
    /// Stack trace information for the error.
    pub stack_trace: Option<Vec<String>>,
}
rt::structure!(
    ErrorObject, ERROR_OBJECT, [error_message, error_type, error_data, stack_trace]
);
/// An event that occurred during the execution of a durable function.
#[derive(Clone, Default, PartialEq)]
pub struct Event {
    /// The type of event that occurred.
    pub event_type: Option<EventType>,
    /// The subtype of the event, providing additional categorization.
    pub sub_type: Option<String>,
    /// The unique identifier for this event. Event IDs increment sequentially.
    pub event_id: Option<i32>,
    /// The unique identifier for this operation.
    pub id: Option<String>,
    /// The customer-provided name for this operation.
    pub name: Option<String>,
    /// The date and time when this event occurred, in [ISO-8601 format](https://www.w3.org/TR/NOTE-datetime) (YYYY-MM-DDThh:mm:ss.sTZD).
    pub event_timestamp: Option<rt::DateTime>,
    /// The unique identifier of the parent operation, if this operation is running within a child context.
    pub parent_id: Option<String>,
    /// Details about an execution that started.
    pub execution_started_details: Option<ExecutionStartedDetails>,
    /// Details about an execution that succeeded.
    pub execution_succeeded_details: Option<ExecutionSucceededDetails>,
    /// Details about an execution that failed.
    pub execution_failed_details: Option<ExecutionFailedDetails>,
    /// Details about an execution that timed out.
    pub execution_timed_out_details: Option<ExecutionTimedOutDetails>,
    /// Details about an execution that was stopped.
    pub execution_stopped_details: Option<ExecutionStoppedDetails>,
    /// Details about a context that started.
    pub context_started_details: Option<ContextStartedDetails>,
    /// Details about a context that succeeded.
    pub context_succeeded_details: Option<ContextSucceededDetails>,
    /// Details about a context that failed.
    pub context_failed_details: Option<ContextFailedDetails>,
    /// Details about a wait operation that started.
    pub wait_started_details: Option<WaitStartedDetails>,
    /// Details about a wait operation that succeeded.
    pub wait_succeeded_details: Option<WaitSucceededDetails>,
    /// Details about a wait operation that was cancelled.
    pub wait_cancelled_details: Option<WaitCancelledDetails>,
    /// Details about a step that started.
    pub step_started_details: Option<StepStartedDetails>,
    /// Details about a step that succeeded.
    pub step_succeeded_details: Option<StepSucceededDetails>,
    /// Details about a step that failed.
    pub step_failed_details: Option<StepFailedDetails>,
    /// Contains details about a chained function invocation that has started execution, including start time and execution context.
    pub chained_invoke_started_details: Option<ChainedInvokeStartedDetails>,
    /// Details about a chained invocation that succeeded.
    pub chained_invoke_succeeded_details: Option<ChainedInvokeSucceededDetails>,
    /// Contains details about a failed chained function invocation, including error information and failure reason.
    pub chained_invoke_failed_details: Option<ChainedInvokeFailedDetails>,
    /// Details about a chained invocation that timed out.
    pub chained_invoke_timed_out_details: Option<ChainedInvokeTimedOutDetails>,
    /// Details about a chained invocation that was stopped.
    pub chained_invoke_stopped_details: Option<ChainedInvokeStoppedDetails>,
    /// Contains details about a callback operation that has started, including timing information and callback metadata.
    pub callback_started_details: Option<CallbackStartedDetails>,
    /// Contains details about a successfully completed callback operation, including the result data and completion timestamp.
    pub callback_succeeded_details: Option<CallbackSucceededDetails>,
    /// Contains details about a failed callback operation, including error information and the reason for failure.
    pub callback_failed_details: Option<CallbackFailedDetails>,
    /// Contains details about a callback operation that timed out, including timeout duration and any partial results.
    pub callback_timed_out_details: Option<CallbackTimedOutDetails>,
    /// Details about a function invocation that completed.
    pub invocation_completed_details: Option<InvocationCompletedDetails>,
    /// The details of an `ExecutionPaused` event.
    pub execution_paused_details: Option<ExecutionPausedDetails>,
    /// The details of an `ExecutionResumed` event.
    pub execution_resumed_details: Option<ExecutionResumedDetails>,
}
rt::structure!(
    Event, EVENT, [event_type, sub_type, event_id, id, name, event_timestamp, parent_id,
    execution_started_details, execution_succeeded_details, execution_failed_details,
    execution_timed_out_details, execution_stopped_details, context_started_details,
    context_succeeded_details, context_failed_details, wait_started_details,
    wait_succeeded_details, wait_cancelled_details, step_started_details,
    step_succeeded_details, step_failed_details, chained_invoke_started_details,
    chained_invoke_succeeded_details, chained_invoke_failed_details,
    chained_invoke_timed_out_details, chained_invoke_stopped_details,
    callback_started_details, callback_succeeded_details, callback_failed_details,
    callback_timed_out_details, invocation_completed_details, execution_paused_details,
    execution_resumed_details]
);
/// Error information for an event.
#[derive(Clone, Default, PartialEq)]
pub struct EventError {
    /// The error payload.
    pub payload: Option<ErrorObject>,
    /// Indicates if the error payload was truncated due to size limits.
    pub truncated: Option<bool>,
}
rt::structure!(EventError, EVENT_ERROR, [payload, truncated]);
/// Input information for an event.
#[derive(Clone, Default, PartialEq)]
pub struct EventInput {
    /// The input payload.
    pub payload: Option<String>,
    /// Indicates if the error payload was truncated due to size limits.
    pub truncated: Option<bool>,
}
rt::structure!(EventInput, EVENT_INPUT, [payload, truncated]);
/// The reason for pausing a durable execution, as recorded in the execution history.
#[derive(Clone, Default, PartialEq)]
pub struct EventPauseReason {
    /// The reason that you provided when you paused the execution. This field is only present if you set `IncludeExecutionData` to `true` in the request.
    pub payload: Option<String>,
    /// Specifies whether Lambda omitted the reason from the response because `IncludeExecutionData` is `false`.
    pub truncated: Option<bool>,
}
rt::structure!(EventPauseReason, EVENT_PAUSE_REASON, [payload, truncated]);
/// Result information for an event.
#[derive(Clone, Default, PartialEq)]
pub struct EventResult {
    /// The result payload.
    pub payload: Option<String>,
    /// Indicates if the error payload was truncated due to size limits.
    pub truncated: Option<bool>,
}
rt::structure!(EventResult, EVENT_RESULT, [payload, truncated]);
/// The reason for resuming a durable execution, as recorded in the execution history.
#[derive(Clone, Default, PartialEq)]
pub struct EventResumeReason {
    /// The reason that you provided when you resumed the execution. This field is only present if you set `IncludeExecutionData` to `true` in the request.
    pub payload: Option<String>,
    /// Specifies whether Lambda omitted the reason from the response because `IncludeExecutionData` is `false`.
    pub truncated: Option<bool>,
}
rt::structure!(EventResumeReason, EVENT_RESUME_REASON, [payload, truncated]);
/// A mapping between an Amazon Web Services resource and a Lambda function. For details, see CreateEventSourceMapping.
#[derive(Clone, Default, PartialEq)]
pub struct EventSourceMappingConfiguration {
    /// The identifier of the event source mapping.
    pub uuid: Option<String>,
    /// The position in a stream from which to start reading. Required for Amazon Kinesis and Amazon DynamoDB Stream event sources. `AT\_TIMESTAMP` is supported only for Amazon Kinesis streams, Amazon DocumentDB, Amazon MSK, and self-managed Apache Kafka.
    pub starting_position: Option<EventSourcePosition>,
    /// With `StartingPosition` set to `AT\_TIMESTAMP`, the time from which to start reading. `StartingPositionTimestamp` cannot be in the future.
    pub starting_position_timestamp: Option<rt::DateTime>,
    /// The maximum number of records in each batch that Lambda pulls from your stream or queue and sends to your function. Lambda passes all of the records in the batch to the function in a single call, up to the payload limit for synchronous invocation (6 MB).
    ///
    /// Default value: Varies by service. For Amazon SQS, the default is 10. For all other services, the default is 100.
    ///
    /// Related setting: When you set `BatchSize` to a value greater than 10, you must set `MaximumBatchingWindowInSeconds` to at least 1.
    pub batch_size: Option<i32>,
    /// The maximum amount of time, in seconds, that Lambda spends gathering records before invoking the function. You can configure `MaximumBatchingWindowInSeconds` to any value from 0 seconds to 300 seconds in increments of seconds.
    ///
    /// For streams and Amazon SQS event sources, the default batching window is 0 seconds. For Amazon MSK, Self-managed Apache Kafka, Amazon MQ, and DocumentDB event sources, the default batching window is 500 ms. Note that because you can only change `MaximumBatchingWindowInSeconds` in increments of seconds, you cannot revert back to the 500 ms default batching window after you have changed it. To restore the default batching window, you must create a new event source mapping.
    ///
    /// Related setting: For streams and Amazon SQS event sources, when you set `BatchSize` to a value greater than 10, you must set `MaximumBatchingWindowInSeconds` to at least 1.
    pub maximum_batching_window_in_seconds: Option<i32>,
    /// (Kinesis and DynamoDB Streams only) The number of batches to process concurrently from each shard. The default value is 1.
    pub parallelization_factor: Option<i32>,
    /// The Amazon Resource Name (ARN) of the event source.
    pub event_source_arn: Option<String>,
    /// An object that defines the filter criteria that determine whether Lambda should process an event. For more information, see [Lambda event filtering](https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html).
    ///
    /// If filter criteria is encrypted, this field shows up as `null` in the response of ListEventSourceMapping API calls. You can view this field in plaintext in the response of GetEventSourceMapping and DeleteEventSourceMapping calls if you have `kms:Decrypt` permissions for the correct KMS key.
    pub filter_criteria: Option<FilterCriteria>,
    /// An object that contains details about an error related to filter criteria encryption.
    pub filter_criteria_error: Option<FilterCriteriaError>,
    /// The ARN of the Key Management Service (KMS) customer managed key that Lambda uses to encrypt your function's [filter criteria](https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html#filtering-basics).
    pub kms_key_arn: Option<String>,
    /// The metrics configuration for your event source. For more information, see [Event source mapping metrics](https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html#event-source-mapping-metrics).
    pub metrics_config: Option<EventSourceMappingMetricsConfig>,
    /// (Amazon MSK, and self-managed Apache Kafka only) The logging configuration for your event source. For more information, see [Event source mapping logging](https://docs.aws.amazon.com/lambda/latest/dg/esm-logging.html).
    pub logging_config: Option<EventSourceMappingLoggingConfig>,
    /// (Amazon SQS only) The scaling configuration for the event source. For more information, see [Configuring maximum concurrency for Amazon SQS event sources](https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html#events-sqs-max-concurrency).
    pub scaling_config: Option<ScalingConfig>,
    /// The ARN of the Lambda function.
    pub function_arn: Option<String>,
    /// The date that the event source mapping was last updated or that its state changed.
    pub last_modified: Option<rt::DateTime>,
    /// The result of the event source mapping's last processing attempt.
    pub last_processing_result: Option<String>,
    /// The state of the event source mapping. It can be one of the following: `Creating`, `Enabling`, `Enabled`, `Disabling`, `Disabled`, `Updating`, or `Deleting`.
    pub state: Option<String>,
    /// Indicates whether a user or Lambda made the last change to the event source mapping.
    pub state_transition_reason: Option<String>,
    /// (Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) A configuration object that specifies the destination of an event after Lambda processes it.
    pub destination_config: Option<DestinationConfig>,
    /// The name of the Kafka topic.
    pub topics: Option<Vec<String>>,
    /// (Amazon MQ) The name of the Amazon MQ broker destination queue to consume.
    pub queues: Option<Vec<String>>,
    /// An array of the authentication protocol, VPC components, or virtual host to secure and define your event source.
    pub source_access_configurations: Option<Vec<SourceAccessConfiguration>>,
    /// The self-managed Apache Kafka cluster for your event source.
    pub self_managed_event_source: Option<SelfManagedEventSource>,
    /// (Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) Discard records older than the specified age. The default value is -1, which sets the maximum age to infinite. When the value is set to infinite, Lambda never discards old records.
    ///
    /// The minimum valid value for maximum record age is 60s. Although values less than 60 and greater than -1 fall within the parameter's absolute range, they are not allowed
    pub maximum_record_age_in_seconds: Option<i32>,
    /// (Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) If the function returns an error, split the batch in two and retry. The default value is false.
    pub bisect_batch_on_function_error: Option<bool>,
    /// (Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) Discard records after the specified number of retries. The default value is -1, which sets the maximum number of retries to infinite. When MaximumRetryAttempts is infinite, Lambda retries failed records until the record expires in the event source.
    pub maximum_retry_attempts: Option<i32>,
    /// (Kinesis and DynamoDB Streams only) The duration in seconds of a processing window for DynamoDB and Kinesis Streams event sources. A value of 0 seconds indicates no tumbling window.
    pub tumbling_window_in_seconds: Option<i32>,
    /// (Kinesis, DynamoDB Streams, Amazon MSK, self-managed Apache Kafka, and Amazon SQS) A list of current response type enums applied to the event source mapping.
    pub function_response_types: Option<Vec<FunctionResponseType>>,
    /// Specific configuration settings for an Amazon Managed Streaming for Apache Kafka (Amazon MSK) event source.
    pub amazon_managed_kafka_event_source_config: Option<
        AmazonManagedKafkaEventSourceConfig,
    >,
    /// Specific configuration settings for a self-managed Apache Kafka event source.
    pub self_managed_kafka_event_source_config: Option<
        SelfManagedKafkaEventSourceConfig,
    >,
    /// Specific configuration settings for a DocumentDB event source.
    pub document_db_event_source_config: Option<DocumentDbEventSourceConfig>,
    /// The Amazon Resource Name (ARN) of the event source mapping.
    pub event_source_mapping_arn: Option<String>,
    /// (Amazon SQS, Amazon MSK, and self-managed Apache Kafka only) The provisioned mode configuration for the event source. For more information, see [provisioned mode](https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventsourcemapping.html#invocation-eventsourcemapping-provisioned-mode).
    pub provisioned_poller_config: Option<ProvisionedPollerConfig>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    EventSourceMappingConfiguration, EVENT_SOURCE_MAPPING_CONFIGURATION, [uuid,
    starting_position, starting_position_timestamp, batch_size,
    maximum_batching_window_in_seconds, parallelization_factor, event_source_arn,
    filter_criteria, filter_criteria_error, kms_key_arn, metrics_config, logging_config,
    scaling_config, function_arn, last_modified, last_processing_result, state,
    state_transition_reason, destination_config, topics, queues,
    source_access_configurations, self_managed_event_source,
    maximum_record_age_in_seconds, bisect_batch_on_function_error,
    maximum_retry_attempts, tumbling_window_in_seconds, function_response_types,
    amazon_managed_kafka_event_source_config, self_managed_kafka_event_source_config,
    document_db_event_source_config, event_source_mapping_arn,
    provisioned_poller_config], meta = response_metadata
);
/// (Amazon MSK, and self-managed Apache Kafka only) The logging configuration for your event source. Use this configuration object to define the level of logs for your event source mapping.
#[derive(Clone, Default, PartialEq)]
pub struct EventSourceMappingLoggingConfig {
    /// The log level you want your event source mapping to use. Lambda event poller only sends system logs at the selected level of detail and lower, where `DEBUG` is the highest level and `WARN` is the lowest. For more information about these metrics, see [ Event source mapping logging](https://docs.aws.amazon.com/lambda/latest/dg/esm-logging.html).
    pub system_log_level: Option<EventSourceMappingSystemLogLevel>,
}
rt::structure!(
    EventSourceMappingLoggingConfig, EVENT_SOURCE_MAPPING_LOGGING_CONFIG,
    [system_log_level]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EventSourceMappingMetric {
    /// `EventCount`
    EventCount,
    /// `ErrorCount`
    ErrorCount,
    /// `KafkaMetrics`
    KafkaMetrics,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    EventSourceMappingMetric, { EventCount => "EventCount", ErrorCount => "ErrorCount",
    KafkaMetrics => "KafkaMetrics" }
);
/// The metrics configuration for your event source. Use this configuration object to define which metrics you want your event source mapping to produce.
#[derive(Clone, Default, PartialEq)]
pub struct EventSourceMappingMetricsConfig {
    /// The metrics you want your event source mapping to produce, including `EventCount`, `ErrorCount`, `KafkaMetrics`.
    ///
    /// - `EventCount` to receive metrics related to the number of events processed by your event source mapping.
    ///
    /// - `ErrorCount` (Amazon MSK and self-managed Apache Kafka) to receive metrics related to the number of errors in your event source mapping processing.
    ///
    /// - `KafkaMetrics` (Amazon MSK and self-managed Apache Kafka) to receive metrics related to the Kafka consumers from your event source mapping.
    ///
    /// For more information about these metrics, see [ Event source mapping metrics](https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html#event-source-mapping-metrics).
    pub metrics: Option<Vec<EventSourceMappingMetric>>,
}
rt::structure!(
    EventSourceMappingMetricsConfig, EVENT_SOURCE_MAPPING_METRICS_CONFIG, [metrics]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EventSourceMappingSystemLogLevel {
    /// `DEBUG`
    Debug,
    /// `INFO`
    Info,
    /// `WARN`
    Warn,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    EventSourceMappingSystemLogLevel, { Debug => "DEBUG", Info => "INFO", Warn => "WARN"
    }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EventSourcePosition {
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
    EventSourcePosition, { TrimHorizon => "TRIM_HORIZON", Latest => "LATEST", AtTimestamp
    => "AT_TIMESTAMP" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EventType {
    /// `ExecutionStarted`
    ExecutionStarted,
    /// `ExecutionSucceeded`
    ExecutionSucceeded,
    /// `ExecutionFailed`
    ExecutionFailed,
    /// `ExecutionTimedOut`
    ExecutionTimedOut,
    /// `ExecutionStopped`
    ExecutionStopped,
    /// `ContextStarted`
    ContextStarted,
    /// `ContextSucceeded`
    ContextSucceeded,
    /// `ContextFailed`
    ContextFailed,
    /// `WaitStarted`
    WaitStarted,
    /// `WaitSucceeded`
    WaitSucceeded,
    /// `WaitCancelled`
    WaitCancelled,
    /// `StepStarted`
    StepStarted,
    /// `StepSucceeded`
    StepSucceeded,
    /// `StepFailed`
    StepFailed,
    /// `ChainedInvokeStarted`
    ChainedInvokeStarted,
    /// `ChainedInvokeSucceeded`
    ChainedInvokeSucceeded,
    /// `ChainedInvokeFailed`
    ChainedInvokeFailed,
    /// `ChainedInvokeTimedOut`
    ChainedInvokeTimedOut,
    /// `ChainedInvokeStopped`
    ChainedInvokeStopped,
    /// `CallbackStarted`
    CallbackStarted,
    /// `CallbackSucceeded`
    CallbackSucceeded,
    /// `CallbackFailed`
    CallbackFailed,
    /// `CallbackTimedOut`
    CallbackTimedOut,
    /// `InvocationCompleted`
    InvocationCompleted,
    /// `ExecutionPaused`
    ExecutionPaused,
    /// `ExecutionResumed`
    ExecutionResumed,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    EventType, { ExecutionStarted => "ExecutionStarted", ExecutionSucceeded =>
    "ExecutionSucceeded", ExecutionFailed => "ExecutionFailed", ExecutionTimedOut =>
    "ExecutionTimedOut", ExecutionStopped => "ExecutionStopped", ContextStarted =>
    "ContextStarted", ContextSucceeded => "ContextSucceeded", ContextFailed =>
    "ContextFailed", WaitStarted => "WaitStarted", WaitSucceeded => "WaitSucceeded",
    WaitCancelled => "WaitCancelled", StepStarted => "StepStarted", StepSucceeded =>
    "StepSucceeded", StepFailed => "StepFailed", ChainedInvokeStarted =>
    "ChainedInvokeStarted", ChainedInvokeSucceeded => "ChainedInvokeSucceeded",
    ChainedInvokeFailed => "ChainedInvokeFailed", ChainedInvokeTimedOut =>
    "ChainedInvokeTimedOut", ChainedInvokeStopped => "ChainedInvokeStopped",
    CallbackStarted => "CallbackStarted", CallbackSucceeded => "CallbackSucceeded",
    CallbackFailed => "CallbackFailed", CallbackTimedOut => "CallbackTimedOut",
    InvocationCompleted => "InvocationCompleted", ExecutionPaused => "ExecutionPaused",
    ExecutionResumed => "ExecutionResumed" }
);
/// Information about a [durable execution](https://docs.aws.amazon.com/lambda/latest/dg/durable-functions.html).
#[derive(Clone, Default, PartialEq)]
pub struct Execution {
    /// The Amazon Resource Name (ARN) of the durable execution, if this execution is a durable execution.
    pub durable_execution_arn: String,
    /// The unique name of the durable execution, if one was provided when the execution was started.
    pub durable_execution_name: String,
    /// The Amazon Resource Name (ARN) of the Lambda function.
    pub function_arn: String,
    /// The current status of the durable execution.
    pub status: ExecutionStatus,
    /// The date and time when the durable execution started, in [ISO-8601 format](https://www.w3.org/TR/NOTE-datetime) (YYYY-MM-DDThh:mm:ss.sTZD).
    pub start_timestamp: rt::DateTime,
    /// The date and time when the durable execution ended, in [ISO-8601 format](https://www.w3.org/TR/NOTE-datetime) (YYYY-MM-DDThh:mm:ss.sTZD).
    pub end_timestamp: Option<rt::DateTime>,
    /// The ARN of the Key Management Service (KMS) customer managed key that is used to encrypt your durable execution's payload data, including input, output, and error payloads.
    pub kms_key_arn: Option<String>,
}
rt::structure!(
    Execution, EXECUTION, [durable_execution_arn, durable_execution_name, function_arn,
    status, start_timestamp, end_timestamp, kms_key_arn]
);
/// Details about a [durable execution](https://docs.aws.amazon.com/lambda/latest/dg/durable-functions.html).
#[derive(Clone, Default, PartialEq)]
pub struct ExecutionDetails {
    /// The original input payload provided for the durable execution.
    pub input_payload: Option<String>,
}
rt::structure!(ExecutionDetails, EXECUTION_DETAILS, [input_payload]);
/// Details about a failed [durable execution](https://docs.aws.amazon.com/lambda/latest/dg/durable-functions.html).
#[derive(Clone, Default, PartialEq)]
pub struct ExecutionFailedDetails {
    /// Details about the execution failure.
    pub error: EventError,
}
rt::structure!(ExecutionFailedDetails, EXECUTION_FAILED_DETAILS, [error]);
/// Details about a [durable execution](https://docs.aws.amazon.com/lambda/latest/dg/durable-functions.html) that paused. The event timestamp is when the execution paused.
#[derive(Clone, Default, PartialEq)]
pub struct ExecutionPausedDetails {
    /// The date and time when you requested the pause, in [ISO-8601 format](https://www.w3.org/TR/NOTE-datetime) (YYYY-MM-DDThh:mm:ss.sTZD).
    pub pause_request_timestamp: rt::DateTime,
    /// The reason that you provided when you paused the execution.
    pub reason: Option<EventPauseReason>,
    /// Specifies whether the pause also paused the execution timeout.
    pub execution_timeout_paused: bool,
}
rt::structure!(
    ExecutionPausedDetails, EXECUTION_PAUSED_DETAILS, [pause_request_timestamp, reason,
    execution_timeout_paused]
);
/// Details about a [durable execution](https://docs.aws.amazon.com/lambda/latest/dg/durable-functions.html) that resumed. The event timestamp is when the execution resumed.
#[derive(Clone, Default, PartialEq)]
pub struct ExecutionResumedDetails {
    /// The date and time when you requested the resume, in [ISO-8601 format](https://www.w3.org/TR/NOTE-datetime) (YYYY-MM-DDThh:mm:ss.sTZD).
    pub resume_request_timestamp: rt::DateTime,
    /// The reason that you provided when you resumed the execution.
    pub reason: Option<EventResumeReason>,
}
rt::structure!(
    ExecutionResumedDetails, EXECUTION_RESUMED_DETAILS, [resume_request_timestamp,
    reason]
);
/// Details about a durable execution that started.
#[derive(Clone, Default, PartialEq)]
pub struct ExecutionStartedDetails {
    /// The input payload provided for the durable execution.
    pub input: EventInput,
    /// The maximum amount of time that the durable execution is allowed to run, in seconds.
    pub execution_timeout: i32,
}
rt::structure!(
    ExecutionStartedDetails, EXECUTION_STARTED_DETAILS, [input, execution_timeout]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ExecutionStatus {
    /// `RUNNING`
    Running,
    /// `SUCCEEDED`
    Succeeded,
    /// `FAILED`
    Failed,
    /// `TIMED_OUT`
    TimedOut,
    /// `STOPPED`
    Stopped,
    /// `DELETING`
    Deleting,
    /// `PAUSING`
    Pausing,
    /// `PAUSED`
    Paused,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ExecutionStatus, { Running => "RUNNING", Succeeded => "SUCCEEDED", Failed =>
    "FAILED", TimedOut => "TIMED_OUT", Stopped => "STOPPED", Deleting => "DELETING",
    Pausing => "PAUSING", Paused => "PAUSED" }
);
/// Details about a [durable execution](https://docs.aws.amazon.com/lambda/latest/dg/durable-functions.html) that stopped.
#[derive(Clone, Default, PartialEq)]
pub struct ExecutionStoppedDetails {
    /// Details about why the execution stopped.
    pub error: EventError,
}
rt::structure!(ExecutionStoppedDetails, EXECUTION_STOPPED_DETAILS, [error]);
/// Details about a [durable execution](https://docs.aws.amazon.com/lambda/latest/dg/durable-functions.html) that succeeded.
#[derive(Clone, Default, PartialEq)]
pub struct ExecutionSucceededDetails {
    /// The response payload from the successful operation.
    pub result: EventResult,
}
rt::structure!(ExecutionSucceededDetails, EXECUTION_SUCCEEDED_DETAILS, [result]);
/// Details about a [durable execution](https://docs.aws.amazon.com/lambda/latest/dg/durable-functions.html) that timed out.
#[derive(Clone, Default, PartialEq)]
pub struct ExecutionTimedOutDetails {
    /// Details about the execution timeout.
    pub error: Option<EventError>,
}
rt::structure!(ExecutionTimedOutDetails, EXECUTION_TIMED_OUT_DETAILS, [error]);
/// Details about the connection between a Lambda function and an [Amazon EFS file system](https://docs.aws.amazon.com/lambda/latest/dg/configuration-filesystem.html) or an [Amazon S3 file system](https://docs.aws.amazon.com/lambda/latest/dg/configuration-filesystem.html).
#[derive(Clone, Default, PartialEq)]
pub struct FileSystemConfig {
    /// The Amazon Resource Name (ARN) of the Amazon EFS or Amazon S3 Files access point that provides access to the file system.
    pub arn: String,
    /// The path where the function can access the file system, starting with `/mnt/`.
    pub local_mount_path: String,
    /// The configuration for how your function accesses data on an Amazon S3 file system. Valid only when the file system access point ARN is an Amazon S3 Files access point. If you specify a different access point type (for example, Amazon Elastic File System), the operation returns an `InvalidParameterException`.
    pub s3_files_config: Option<S3FilesConfig>,
}
rt::structure!(
    FileSystemConfig, FILE_SYSTEM_CONFIG, [arn, local_mount_path, s3_files_config]
);
/// A structure within a `FilterCriteria` object that defines an event filtering pattern.
#[derive(Clone, Default, PartialEq)]
pub struct Filter {
    /// A filter pattern. For more information on the syntax of a filter pattern, see [ Filter rule syntax](https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html#filtering-syntax).
    pub pattern: Option<String>,
}
rt::structure!(Filter, FILTER, [pattern]);
/// An object that contains the filters for an event source.
#[derive(Clone, Default, PartialEq)]
pub struct FilterCriteria {
    /// A list of filters.
    pub filters: Option<Vec<Filter>>,
}
rt::structure!(FilterCriteria, FILTER_CRITERIA, [filters]);
/// An object that contains details about an error related to filter criteria encryption.
#[derive(Clone, Default, PartialEq)]
pub struct FilterCriteriaError {
    /// The KMS exception that resulted from filter criteria encryption or decryption.
    pub error_code: Option<String>,
    /// The error message.
    pub message: Option<String>,
}
rt::structure!(FilterCriteriaError, FILTER_CRITERIA_ERROR, [error_code, message]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FullDocument {
    /// `UpdateLookup`
    UpdateLookup,
    /// `Default`
    Default,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(FullDocument, { UpdateLookup => "UpdateLookup", Default => "Default" });
/// The code for the Lambda function. You can either specify an object in Amazon S3, upload a .zip file archive deployment package directly, or specify the URI of a container image.
#[derive(Clone, Default, PartialEq)]
pub struct FunctionCode {
    /// The base64-encoded contents of the deployment package. Amazon Web Services SDK and CLI clients handle the encoding for you.
    pub zip_file: Option<Vec<u8>>,
    /// An Amazon S3 bucket in the same Amazon Web Services Region as your function. The bucket can be in a different Amazon Web Services account.
    pub s3_bucket: Option<String>,
    /// The Amazon S3 key of the deployment package.
    pub s3_key: Option<String>,
    /// For versioned objects, the version of the deployment package object to use.
    pub s3_object_version: Option<String>,
    /// Specifies how the deployment package is stored. Valid values:
    ///
    /// - `COPY` (default) – Uploads a copy of your deployment package to Lambda.
    ///
    /// - `REFERENCE` – Lambda references the deployment package from the specified Amazon S3 bucket.
    pub s3_object_storage_mode: Option<S3ObjectStorageMode>,
    /// URI of a [container image](https://docs.aws.amazon.com/lambda/latest/dg/lambda-images.html) in the Amazon ECR registry.
    pub image_uri: Option<String>,
    /// The ARN of the Key Management Service (KMS) customer managed key that's used to encrypt your function's .zip deployment package. If you don't provide a customer managed key, Lambda uses an [Amazon Web Services owned key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-owned-cmk).
    pub source_kms_key_arn: Option<String>,
}
rt::structure!(
    FunctionCode, FUNCTION_CODE, [zip_file, s3_bucket, s3_key, s3_object_version,
    s3_object_storage_mode, image_uri, source_kms_key_arn]
);
/// Details about a function's deployment package.
#[derive(Clone, Default, PartialEq)]
pub struct FunctionCodeLocation {
    /// The service that's hosting the file.
    pub repository_type: Option<String>,
    /// A presigned URL that you can use to download the deployment package.
    pub location: Option<String>,
    /// URI of a container image in the Amazon ECR registry.
    pub image_uri: Option<String>,
    /// The resolved URI for the image.
    pub resolved_image_uri: Option<String>,
    /// The resolved Amazon S3 object that contains the deployment package.
    pub resolved_s3_object: Option<ResolvedS3Object>,
    /// The ARN of the Key Management Service (KMS) customer managed key that's used to encrypt your function's .zip deployment package. If you don't provide a customer managed key, Lambda uses an [Amazon Web Services owned key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-owned-cmk).
    pub source_kms_key_arn: Option<String>,
    /// An object that contains details about an error related to function deployment package retrieval.
    pub error: Option<FunctionCodeLocationError>,
}
rt::structure!(
    FunctionCodeLocation, FUNCTION_CODE_LOCATION, [repository_type, location, image_uri,
    resolved_image_uri, resolved_s3_object, source_kms_key_arn, error]
);
/// Contains details about an error that occurred when Lambda attempted to retrieve a function's deployment package.
#[derive(Clone, Default, PartialEq)]
pub struct FunctionCodeLocationError {
    /// The error code that identifies why Lambda failed to retrieve the deployment package.
    pub error_code: Option<String>,
    /// The human-readable message that describes why Lambda failed to retrieve the deployment package.
    pub message: Option<String>,
}
rt::structure!(
    FunctionCodeLocationError, FUNCTION_CODE_LOCATION_ERROR, [error_code, message]
);
/// Details about a function's configuration.
#[derive(Clone, Default, PartialEq)]
pub struct FunctionConfiguration {
    /// The name of the function.
    pub function_name: Option<String>,
    /// The function's Amazon Resource Name (ARN).
    pub function_arn: Option<String>,
    /// The identifier of the function's [ runtime](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html). Runtime is required if the deployment package is a .zip file archive. Specifying a runtime results in an error if you're deploying a function using a container image.
    ///
    /// The following list includes deprecated runtimes. Lambda blocks creating new functions and updating existing functions shortly after each runtime is deprecated. For more information, see [Runtime use after deprecation](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html#runtime-deprecation-levels).
    ///
    /// For a list of all currently supported runtimes, see [Supported runtimes](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html#runtimes-supported).
    pub runtime: Option<Runtime>,
    /// The function's execution role.
    pub role: Option<String>,
    /// The function that Lambda calls to begin running your function.
    pub handler: Option<String>,
    /// The size of the function's deployment package, in bytes.
    pub code_size: Option<i64>,
    /// The function's description.
    pub description: Option<String>,
    /// The amount of time in seconds that Lambda allows a function to run before stopping it.
    pub timeout: Option<i32>,
    /// The amount of memory available to the function at runtime.
    pub memory_size: Option<i32>,
    /// The date and time that the function was last updated, in [ISO-8601 format](https://www.w3.org/TR/NOTE-datetime) (YYYY-MM-DDThh:mm:ss.sTZD).
    pub last_modified: Option<String>,
    /// The SHA256 hash of the function's deployment package.
    pub code_sha256: Option<String>,
    /// The version of the Lambda function.
    pub version: Option<String>,
    /// The function's networking configuration.
    pub vpc_config: Option<VpcConfigResponse>,
    /// The function's dead letter queue.
    pub dead_letter_config: Option<DeadLetterConfig>,
    /// The function's [environment variables](https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html). Omitted from CloudTrail logs.
    pub environment: Option<EnvironmentResponse>,
    /// The ARN of the Key Management Service (KMS) customer managed key that's used to encrypt the following resources:
    ///
    /// - The function's [environment variables](https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-encryption).
    ///
    /// - The function's [Lambda SnapStart](https://docs.aws.amazon.com/lambda/latest/dg/snapstart-security.html) snapshots.
    ///
    /// - When used with `SourceKMSKeyArn`, the unzipped version of the .zip deployment package that's used for function invocations. For more information, see [ Specifying a customer managed key for Lambda](https://docs.aws.amazon.com/lambda/latest/dg/encrypt-zip-package.html#enable-zip-custom-encryption).
    ///
    /// - The optimized version of the container image that's used for function invocations. Note that this is not the same key that's used to protect your container image in the Amazon Elastic Container Registry (Amazon ECR). For more information, see [Function lifecycle](https://docs.aws.amazon.com/lambda/latest/dg/images-create.html#images-lifecycle).
    ///
    /// If you don't provide a customer managed key, Lambda uses an [Amazon Web Services owned key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-owned-cmk) or an [Amazon Web Services managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-cmk).
    pub kms_key_arn: Option<String>,
    /// The function's X-Ray tracing configuration.
    pub tracing_config: Option<TracingConfigResponse>,
    /// For Lambda@Edge functions, the ARN of the main function.
    pub master_arn: Option<String>,
    /// The latest updated revision of the function or alias.
    pub revision_id: Option<String>,
    /// The function's [layers](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html).
    pub layers: Option<Vec<Layer>>,
    /// The current state of the function. When the state is `Inactive`, you can reactivate the function by invoking it.
    pub state: Option<State>,
    /// The reason for the function's current state.
    pub state_reason: Option<String>,
    /// The reason code for the function's current state. When the code is `Creating`, you can't invoke or modify the function.
    pub state_reason_code: Option<StateReasonCode>,
    /// The status of the last update that was performed on the function. This is first set to `Successful` after function creation completes.
    pub last_update_status: Option<LastUpdateStatus>,
    /// The reason for the last update that was performed on the function.
    pub last_update_status_reason: Option<String>,
    /// The reason code for the last update that was performed on the function.
    pub last_update_status_reason_code: Option<LastUpdateStatusReasonCode>,
    /// Connection settings for an [Amazon EFS file system](https://docs.aws.amazon.com/lambda/latest/dg/configuration-filesystem.html) or an [Amazon S3 file system](https://docs.aws.amazon.com/lambda/latest/dg/configuration-filesystem.html).
    pub file_system_configs: Option<Vec<FileSystemConfig>>,
    /// The ARN of the signing profile version.
    pub signing_profile_version_arn: Option<String>,
    /// The ARN of the signing job.
    pub signing_job_arn: Option<String>,
    /// The type of deployment package. Set to `Image` for container image and set `Zip` for .zip file archive.
    pub package_type: Option<PackageType>,
    /// The function's image configuration values.
    pub image_config_response: Option<ImageConfigResponse>,
    /// The instruction set architecture that the function supports. Architecture is a string array with one of the valid values. The default architecture value is `x86\_64`.
    pub architectures: Option<Vec<Architecture>>,
    /// The size of the function's `/tmp` directory in MB. The default value is 512, but can be any whole number between 512 and 10,240 MB. For functions that use `AcceleratorConfig`, the maximum is 32,768 MB. For more information, see [Configuring ephemeral storage (console)](https://docs.aws.amazon.com/lambda/latest/dg/configuration-function-common.html#configuration-ephemeral-storage).
    pub ephemeral_storage: Option<EphemeralStorage>,
    /// Set `ApplyOn` to `PublishedVersions` to create a snapshot of the initialized execution environment when you publish a function version. For more information, see [Improving startup performance with Lambda SnapStart](https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html).
    pub snap_start: Option<SnapStartResponse>,
    /// The ARN of the runtime and any errors that occured.
    pub runtime_version_config: Option<RuntimeVersionConfig>,
    /// The function's Amazon CloudWatch Logs configuration settings.
    pub logging_config: Option<LoggingConfig>,
    /// The function's tenant isolation configuration settings. Determines whether the Lambda function runs on a shared or dedicated infrastructure per unique tenant.
    pub tenancy_config: Option<TenancyConfig>,
    /// Configuration for the capacity provider that manages compute resources for Lambda functions.
    pub capacity_provider_config: Option<CapacityProviderConfig>,
    /// The SHA256 hash of the function configuration.
    pub config_sha256: Option<String>,
    /// The function's durable execution configuration settings, if the function is configured for durability.
    pub durable_config: Option<DurableConfig>,
    /// The customer-managed runtime configuration for your function. Specifies the customer-managed runtime and the runtime alias that your function uses.
    pub runtime_config: Option<FunctionRuntimeConfig>,
    /// The accelerator resource settings for a Lambda execution environment.
    pub accelerator_config: Option<AcceleratorConfig>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    FunctionConfiguration, FUNCTION_CONFIGURATION, [function_name, function_arn, runtime,
    role, handler, code_size, description, timeout, memory_size, last_modified,
    code_sha256, version, vpc_config, dead_letter_config, environment, kms_key_arn,
    tracing_config, master_arn, revision_id, layers, state, state_reason,
    state_reason_code, last_update_status, last_update_status_reason,
    last_update_status_reason_code, file_system_configs, signing_profile_version_arn,
    signing_job_arn, package_type, image_config_response, architectures,
    ephemeral_storage, snap_start, runtime_version_config, logging_config,
    tenancy_config, capacity_provider_config, config_sha256, durable_config,
    runtime_config, accelerator_config], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct FunctionEventInvokeConfig {
    /// The date and time that the configuration was last updated.
    pub last_modified: Option<rt::DateTime>,
    /// The Amazon Resource Name (ARN) of the function.
    pub function_arn: Option<String>,
    /// The maximum number of times to retry when the function returns an error.
    pub maximum_retry_attempts: Option<i32>,
    /// The maximum age of a request that Lambda sends to a function for processing.
    pub maximum_event_age_in_seconds: Option<i32>,
    /// A destination for events after they have been sent to a function for processing.
    ///
    /// **Destinations**
    ///
    /// - **Function** - The Amazon Resource Name (ARN) of a Lambda function.
    ///
    /// - **Queue** - The ARN of a standard SQS queue.
    ///
    /// - **Bucket** - The ARN of an Amazon S3 bucket.
    ///
    /// - **Topic** - The ARN of a standard SNS topic.
    ///
    /// - **Event Bus** - The ARN of an Amazon EventBridge event bus.
    ///
    /// S3 buckets are supported only for on-failure destinations. To retain records of successful invocations, use another destination type.
    pub destination_config: Option<DestinationConfig>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    FunctionEventInvokeConfig, FUNCTION_EVENT_INVOKE_CONFIG, [last_modified,
    function_arn, maximum_retry_attempts, maximum_event_age_in_seconds,
    destination_config], meta = response_metadata
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FunctionResponseType {
    /// `ReportBatchItemFailures`
    ReportBatchItemFailures,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    FunctionResponseType, { ReportBatchItemFailures => "ReportBatchItemFailures" }
);
/// The customer-managed runtime configuration for your function. Specifies the customer-managed runtime and the runtime alias that your function uses.
#[derive(Clone, Default, PartialEq)]
pub struct FunctionRuntimeConfig {
    /// The Amazon Resource Name (ARN) of the customer-managed runtime that your function uses.
    pub runtime_arn: String,
    /// The name of the customer-managed runtime alias that your function uses. A runtime alias is a name that points to a runtime version.
    pub runtime_alias: String,
}
rt::structure!(
    FunctionRuntimeConfig, FUNCTION_RUNTIME_CONFIG, [runtime_arn, runtime_alias]
);
/// Configuration that defines the scaling behavior for a Lambda Managed Instances function, including the minimum and maximum number of execution environments that can be provisioned.
#[derive(Clone, Default, PartialEq)]
pub struct FunctionScalingConfig {
    /// The minimum number of execution environments to maintain for the function.
    pub min_execution_environments: Option<i32>,
    /// The maximum number of execution environments that can be provisioned for the function.
    pub max_execution_environments: Option<i32>,
}
rt::structure!(
    FunctionScalingConfig, FUNCTION_SCALING_CONFIG, [min_execution_environments,
    max_execution_environments]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FunctionUrlAuthType {
    /// `NONE`
    None,
    /// `AWS_IAM`
    AwsIam,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(FunctionUrlAuthType, { None => "NONE", AwsIam => "AWS_IAM" });
/// Details about a Lambda function URL.
#[derive(Clone, Default, PartialEq)]
pub struct FunctionUrlConfig {
    /// The HTTP URL endpoint for your function.
    pub function_url: String,
    /// The Amazon Resource Name (ARN) of your function.
    pub function_arn: String,
    /// When the function URL was created, in [ISO-8601 format](https://www.w3.org/TR/NOTE-datetime) (YYYY-MM-DDThh:mm:ss.sTZD).
    pub creation_time: String,
    /// When the function URL configuration was last updated, in [ISO-8601 format](https://www.w3.org/TR/NOTE-datetime) (YYYY-MM-DDThh:mm:ss.sTZD).
    pub last_modified_time: String,
    /// The [cross-origin resource sharing (CORS)](https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS) settings for your function URL.
    pub cors: Option<Cors>,
    /// The type of authentication that your function URL uses. Set to `AWS\_IAM` if you want to restrict access to authenticated users only. Set to `NONE` if you want to bypass IAM authentication to create a public endpoint. For more information, see [Security and auth model for Lambda function URLs](https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html).
    pub auth_type: FunctionUrlAuthType,
    /// Use one of the following options:
    ///
    /// - `BUFFERED` – This is the default option. Lambda invokes your function using the `Invoke` API operation. Invocation results are available when the payload is complete. The maximum payload size is 6 MB.
    ///
    /// - `RESPONSE\_STREAM` – Your function streams payload results as they become available. Lambda invokes your function using the `InvokeWithResponseStream` API operation. The maximum response payload size is 200 MB.
    pub invoke_mode: Option<InvokeMode>,
}
rt::structure!(
    FunctionUrlConfig, FUNCTION_URL_CONFIG, [function_url, function_arn, creation_time,
    last_modified_time, cors, auth_type, invoke_mode]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FunctionVersion {
    /// `ALL`
    All,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(FunctionVersion, { All => "ALL" });
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FunctionVersionLatestPublished {
    /// `LATEST_PUBLISHED`
    LatestPublished,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    FunctionVersionLatestPublished, { LatestPublished => "LATEST_PUBLISHED" }
);
/// Information about a function version that uses a specific capacity provider, including its ARN and current state.
#[derive(Clone, Default, PartialEq)]
pub struct FunctionVersionsByCapacityProviderListItem {
    /// The Amazon Resource Name (ARN) of the function version.
    pub function_arn: String,
    /// The current state of the function version.
    pub state: State,
}
rt::structure!(
    FunctionVersionsByCapacityProviderListItem,
    FUNCTION_VERSIONS_BY_CAPACITY_PROVIDER_LIST_ITEM, [function_arn, state]
);
/// The maximum number of function versions that can be associated with a single capacity provider has been exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html).
#[derive(Clone, Default, PartialEq)]
pub struct FunctionVersionsPerCapacityProviderLimitExceededException {
    /// The exception type.
    pub r#type: Option<String>,
    pub message: Option<String>,
}
rt::structure!(
    FunctionVersionsPerCapacityProviderLimitExceededException,
    FUNCTION_VERSIONS_PER_CAPACITY_PROVIDER_LIMIT_EXCEEDED_EXCEPTION, [r#type, message]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetAccountSettingsInput {}
rt::structure!(GetAccountSettingsInput, GET_ACCOUNT_SETTINGS_INPUT, []);
#[derive(Clone, Default, PartialEq)]
pub struct GetAccountSettingsOutput {
    /// Limits that are related to concurrency and code storage.
    pub account_limit: Option<AccountLimit>,
    /// The number of functions and amount of storage in use.
    pub account_usage: Option<AccountUsage>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetAccountSettingsOutput, GET_ACCOUNT_SETTINGS_OUTPUT, [account_limit,
    account_usage], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetAliasInput {
    /// The name or ARN of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** - `MyFunction`.
    ///
    /// - **Function ARN** - `arn:aws:lambda:us-west-2:123456789012:function:MyFunction`.
    ///
    /// - **Partial ARN** - `123456789012:function:MyFunction`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the function name, it is limited to 64 characters in length.
    pub function_name: String,
    /// The name of the alias.
    pub name: String,
}
rt::structure!(GetAliasInput, GET_ALIAS_INPUT, [function_name, name]);
#[derive(Clone, Default, PartialEq)]
pub struct GetCapacityProviderInput {
    /// The name of the capacity provider to retrieve.
    pub capacity_provider_name: String,
}
rt::structure!(
    GetCapacityProviderInput, GET_CAPACITY_PROVIDER_INPUT, [capacity_provider_name]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetCapacityProviderOutput {
    /// Information about the capacity provider, including its configuration and current state.
    pub capacity_provider: CapacityProvider,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetCapacityProviderOutput, GET_CAPACITY_PROVIDER_OUTPUT, [capacity_provider], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetCodeSigningConfigInput {
    /// The The Amazon Resource Name (ARN) of the code signing configuration.
    pub code_signing_config_arn: String,
}
rt::structure!(
    GetCodeSigningConfigInput, GET_CODE_SIGNING_CONFIG_INPUT, [code_signing_config_arn]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetCodeSigningConfigOutput {
    /// The code signing configuration
    pub code_signing_config: CodeSigningConfig,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetCodeSigningConfigOutput, GET_CODE_SIGNING_CONFIG_OUTPUT, [code_signing_config],
    meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetDurableExecutionHistoryInput {
    /// The Amazon Resource Name (ARN) of the durable execution.
    pub durable_execution_arn: String,
    /// Specifies whether to include execution data such as step results and callback payloads in the history events. Set to `true` to include data, or `false` to exclude it for a more compact response. The default is `true`.
    pub include_execution_data: Option<bool>,
    /// The maximum number of history events to return per call. You can use `Marker` to retrieve additional pages of results. The default is 100 and the maximum allowed is 1000. A value of 0 uses the default.
    pub max_items: Option<i32>,
    /// If `NextMarker` was returned from a previous request, use this value to retrieve the next page of results. Each pagination token expires after 24 hours.
    pub marker: Option<String>,
    /// When set to `true`, returns the history events in reverse chronological order (newest first). By default, events are returned in chronological order (oldest first).
    pub reverse_order: Option<bool>,
}
rt::structure!(
    GetDurableExecutionHistoryInput, GET_DURABLE_EXECUTION_HISTORY_INPUT,
    [durable_execution_arn, include_execution_data, max_items, marker, reverse_order]
);
/// The response from the GetDurableExecutionHistory operation, containing the execution history and events.
#[derive(Clone, Default, PartialEq)]
pub struct GetDurableExecutionHistoryOutput {
    /// An array of execution history events, ordered chronologically unless `ReverseOrder` is set to `true`. Each event represents a significant occurrence during the execution, such as step completion or callback resolution.
    pub events: Vec<Event>,
    /// If present, indicates that more history events are available. Use this value as the `Marker` parameter in a subsequent request to retrieve the next page of results.
    pub next_marker: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetDurableExecutionHistoryOutput, GET_DURABLE_EXECUTION_HISTORY_OUTPUT, [events,
    next_marker], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetDurableExecutionInput {
    /// The Amazon Resource Name (ARN) of the durable execution.
    pub durable_execution_arn: String,
    /// Specifies whether to include execution data such as input payload, result, and error information in the response. Set to `false` for a more compact response that includes only execution metadata. The default value is set to `true`.
    pub include_execution_data: Option<bool>,
}
rt::structure!(
    GetDurableExecutionInput, GET_DURABLE_EXECUTION_INPUT, [durable_execution_arn,
    include_execution_data]
);
/// The response from the GetDurableExecution operation, containing detailed information about the durable execution.
#[derive(Clone, Default, PartialEq)]
pub struct GetDurableExecutionOutput {
    /// The Amazon Resource Name (ARN) of the durable execution.
    pub durable_execution_arn: String,
    /// The name of the durable execution. This is either the name you provided when invoking the function, or a system-generated unique identifier if no name was provided.
    pub durable_execution_name: String,
    /// The Amazon Resource Name (ARN) of the Lambda function that was invoked to start this durable execution.
    pub function_arn: String,
    /// The JSON input payload that you provided when you started the durable execution. Asynchronous invocations support up to 1 MB, and synchronous invocations support up to 6 MB.
    pub input_payload: Option<String>,
    /// The JSON result returned by the durable execution if it completed successfully. This field is only present when the execution status is `SUCCEEDED`. Asynchronous invocations support up to 1 MB, and synchronous invocations support up to 6 MB.
    pub result: Option<String>,
    /// Error information if the durable execution failed. This field is only present when the execution status is `FAILED`, `TIMED\_OUT`, or `STOPPED`. The combined size of all error fields is limited to 1 MB.
    pub error: Option<ErrorObject>,
    /// The date and time when the durable execution started, in Unix timestamp format.
    pub start_timestamp: rt::DateTime,
    /// The durable execution has one of the following statuses:
    ///
    /// - `RUNNING` – The execution is running or waiting for pending operations to complete.
    ///
    /// - `PAUSING` – The execution is waiting for an in-progress invocation to reach its next checkpoint before it pauses.
    ///
    /// - `PAUSED` – The execution is paused, and Lambda doesn't invoke your function.
    ///
    /// - `SUCCEEDED` – The execution completed successfully.
    ///
    /// - `FAILED` – The execution completed with an error.
    ///
    /// - `TIMED\_OUT` – The execution exceeded its execution timeout.
    ///
    /// - `STOPPED` – A `StopDurableExecution` request stopped the execution.
    ///
    /// - `DELETING` – A `DeleteDurableExecution` request is deleting the execution and its data.
    pub status: ExecutionStatus,
    /// The date and time when the durable execution ended, in Unix timestamp format. This field is only present if the execution has completed (status is `SUCCEEDED`, `FAILED`, `TIMED\_OUT`, or `STOPPED`).
    pub end_timestamp: Option<rt::DateTime>,
    /// The version of the Lambda function that was invoked for this durable execution. This ensures that all replays during the execution use the same function version.
    pub version: Option<String>,
    /// The trace headers associated with the durable execution.
    pub trace_header: Option<TraceHeader>,
    /// Indicates whether execution data is included in this response. Returns `false` when `IncludeExecutionData` is set to `false` in the request.
    pub execution_data_included: Option<bool>,
    /// Configuration settings for the durable execution, including execution timeout, retention period for execution history, and an optional ARN of the Key Management Service (KMS) customer managed key that is used to encrypt your durable execution's payload data, including input, output, and error payloads.
    pub durable_config: Option<DurableConfig>,
    /// The details of the pause, including when you requested it and whether it pauses the execution timeout. This field is only present when the execution status is `PAUSING` or `PAUSED`.
    pub pause_details: Option<PauseDetails>,
    /// The date and time when the durable execution will time out, in Unix timestamp format. This value includes any extension from time the execution spent paused. While the execution is paused with its execution timeout paused, this value is 366 days after the start time. This field isn't present for completed executions.
    pub expected_execution_timeout_timestamp: Option<rt::DateTime>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetDurableExecutionOutput, GET_DURABLE_EXECUTION_OUTPUT, [durable_execution_arn,
    durable_execution_name, function_arn, input_payload, result, error, start_timestamp,
    status, end_timestamp, version, trace_header, execution_data_included,
    durable_config, pause_details, expected_execution_timeout_timestamp], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetDurableExecutionStateInput {
    /// The Amazon Resource Name (ARN) of the durable execution.
    pub durable_execution_arn: String,
    /// A checkpoint token that identifies the current state of the execution. This token is provided by the Lambda runtime and ensures that state retrieval is consistent with the current execution context.
    pub checkpoint_token: String,
    /// If `NextMarker` was returned from a previous request, use this value to retrieve the next page of operations. Each pagination token expires after 24 hours.
    pub marker: Option<String>,
    /// The maximum number of operations to return per call. You can use `Marker` to retrieve additional pages of results. The default is 100 and the maximum allowed is 1000. A value of 0 uses the default.
    pub max_items: Option<i32>,
}
rt::structure!(
    GetDurableExecutionStateInput, GET_DURABLE_EXECUTION_STATE_INPUT,
    [durable_execution_arn, checkpoint_token, marker, max_items]
);
/// The response from the GetDurableExecutionState operation, containing the current execution state for replay.
#[derive(Clone, Default, PartialEq)]
pub struct GetDurableExecutionStateOutput {
    /// An array of operations that represent the current state of the durable execution. Operations are ordered by their start sequence number in ascending order and include information needed for replay processing.
    pub operations: Vec<Operation>,
    /// If present, indicates that more operations are available. Use this value as the `Marker` parameter in a subsequent request to retrieve the next page of results.
    pub next_marker: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetDurableExecutionStateOutput, GET_DURABLE_EXECUTION_STATE_OUTPUT, [operations,
    next_marker], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetEventSourceMappingInput {
    /// The identifier of the event source mapping.
    pub uuid: String,
}
rt::structure!(GetEventSourceMappingInput, GET_EVENT_SOURCE_MAPPING_INPUT, [uuid]);
#[derive(Clone, Default, PartialEq)]
pub struct GetFunctionCodeSigningConfigInput {
    /// The name or ARN of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** - `MyFunction`.
    ///
    /// - **Function ARN** - `arn:aws:lambda:us-west-2:123456789012:function:MyFunction`.
    ///
    /// - **Partial ARN** - `123456789012:function:MyFunction`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the function name, it is limited to 64 characters in length.
    pub function_name: String,
}
rt::structure!(
    GetFunctionCodeSigningConfigInput, GET_FUNCTION_CODE_SIGNING_CONFIG_INPUT,
    [function_name]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetFunctionCodeSigningConfigOutput {
    /// The The Amazon Resource Name (ARN) of the code signing configuration.
    pub code_signing_config_arn: String,
    /// The name or ARN of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** - `MyFunction`.
    ///
    /// - **Function ARN** - `arn:aws:lambda:us-west-2:123456789012:function:MyFunction`.
    ///
    /// - **Partial ARN** - `123456789012:function:MyFunction`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the function name, it is limited to 64 characters in length.
    pub function_name: String,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetFunctionCodeSigningConfigOutput, GET_FUNCTION_CODE_SIGNING_CONFIG_OUTPUT,
    [code_signing_config_arn, function_name], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetFunctionConcurrencyInput {
    /// The name or ARN of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function`.
    ///
    /// - **Function ARN** – `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    ///
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the function name, it is limited to 64 characters in length.
    pub function_name: String,
}
rt::structure!(
    GetFunctionConcurrencyInput, GET_FUNCTION_CONCURRENCY_INPUT, [function_name]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetFunctionConcurrencyOutput {
    /// The number of simultaneous executions that are reserved for the function.
    pub reserved_concurrent_executions: Option<i32>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetFunctionConcurrencyOutput, GET_FUNCTION_CONCURRENCY_OUTPUT,
    [reserved_concurrent_executions], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetFunctionConfigurationInput {
    /// The name or ARN of the Lambda function, version, or alias.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function` (name-only), `my-function:v1` (with alias).
    ///
    /// - **Function ARN** – `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    ///
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// You can append a version number or alias to any of the formats. The length constraint applies only to the full ARN. If you specify only the function name, it is limited to 64 characters in length.
    pub function_name: String,
    /// Specify a version or alias to get details about a published version of the function.
    pub qualifier: Option<String>,
}
rt::structure!(
    GetFunctionConfigurationInput, GET_FUNCTION_CONFIGURATION_INPUT, [function_name,
    qualifier]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetFunctionEventInvokeConfigInput {
    /// The name or ARN of the Lambda function, version, or alias.
    ///
    /// **Name formats**
    ///
    /// - **Function name** - `my-function` (name-only), `my-function:v1` (with alias).
    ///
    /// - **Function ARN** - `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    ///
    /// - **Partial ARN** - `123456789012:function:my-function`.
    ///
    /// You can append a version number or alias to any of the formats. The length constraint applies only to the full ARN. If you specify only the function name, it is limited to 64 characters in length.
    pub function_name: String,
    /// A version number or alias name.
    pub qualifier: Option<String>,
}
rt::structure!(
    GetFunctionEventInvokeConfigInput, GET_FUNCTION_EVENT_INVOKE_CONFIG_INPUT,
    [function_name, qualifier]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetFunctionRecursionConfigInput {
    /// The name of the function.
    pub function_name: String,
}
rt::structure!(
    GetFunctionRecursionConfigInput, GET_FUNCTION_RECURSION_CONFIG_INPUT, [function_name]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetFunctionRecursionConfigOutput {
    /// If your function's recursive loop detection configuration is `Allow`, Lambda doesn't take any action when it detects your function being invoked as part of a recursive loop.
    ///
    /// If your function's recursive loop detection configuration is `Terminate`, Lambda stops your function being invoked and notifies you when it detects your function being invoked as part of a recursive loop.
    ///
    /// By default, Lambda sets your function's configuration to `Terminate`. You can update this configuration using the PutFunctionRecursionConfig action.
    pub recursive_loop: Option<RecursiveLoop>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetFunctionRecursionConfigOutput, GET_FUNCTION_RECURSION_CONFIG_OUTPUT,
    [recursive_loop], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetFunctionInput {
    /// The name or ARN of the Lambda function, version, or alias.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function` (name-only), `my-function:v1` (with alias).
    ///
    /// - **Function ARN** – `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    ///
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// You can append a version number or alias to any of the formats. The length constraint applies only to the full ARN. If you specify only the function name, it is limited to 64 characters in length.
    pub function_name: String,
    /// Specify a version or alias to get details about a published version of the function.
    pub qualifier: Option<String>,
}
rt::structure!(GetFunctionInput, GET_FUNCTION_INPUT, [function_name, qualifier]);
#[derive(Clone, Default, PartialEq)]
pub struct GetFunctionOutput {
    /// The configuration of the function or version.
    pub configuration: Option<FunctionConfiguration>,
    /// The deployment package of the function or version.
    pub code: Option<FunctionCodeLocation>,
    /// The function's [tags](https://docs.aws.amazon.com/lambda/latest/dg/tagging.html). Lambda returns tag data only if you have explicit allow permissions for [lambda:ListTags](https://docs.aws.amazon.com/lambda/latest/api/API_ListTags.html).
    pub tags: Option<rt::IndexMap<String, String>>,
    /// An object that contains details about an error related to retrieving tags.
    pub tags_error: Option<TagsError>,
    /// The function's [reserved concurrency](https://docs.aws.amazon.com/lambda/latest/dg/concurrent-executions.html).
    pub concurrency: Option<Concurrency>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetFunctionOutput, GET_FUNCTION_OUTPUT, [configuration, code, tags, tags_error,
    concurrency], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetFunctionScalingConfigInput {
    /// The name or ARN of the Lambda function.
    pub function_name: String,
    /// Specify a version or alias to get the scaling configuration for a published version of the function.
    pub qualifier: String,
}
rt::structure!(
    GetFunctionScalingConfigInput, GET_FUNCTION_SCALING_CONFIG_INPUT, [function_name,
    qualifier]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetFunctionScalingConfigOutput {
    /// The Amazon Resource Name (ARN) of the function.
    pub function_arn: Option<String>,
    /// The scaling configuration that is currently applied to the function. This represents the actual scaling settings in effect.
    pub applied_function_scaling_config: Option<FunctionScalingConfig>,
    /// The scaling configuration that was requested for the function.
    pub requested_function_scaling_config: Option<FunctionScalingConfig>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetFunctionScalingConfigOutput, GET_FUNCTION_SCALING_CONFIG_OUTPUT, [function_arn,
    applied_function_scaling_config, requested_function_scaling_config], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetFunctionUrlConfigInput {
    /// The name or ARN of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function`.
    ///
    /// - **Function ARN** – `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    ///
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the function name, it is limited to 64 characters in length.
    pub function_name: String,
    /// The alias name.
    pub qualifier: Option<String>,
}
rt::structure!(
    GetFunctionUrlConfigInput, GET_FUNCTION_URL_CONFIG_INPUT, [function_name, qualifier]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetFunctionUrlConfigOutput {
    /// The HTTP URL endpoint for your function.
    pub function_url: String,
    /// The Amazon Resource Name (ARN) of your function.
    pub function_arn: String,
    /// The type of authentication that your function URL uses. Set to `AWS\_IAM` if you want to restrict access to authenticated users only. Set to `NONE` if you want to bypass IAM authentication to create a public endpoint. For more information, see [Control access to Lambda function URLs](https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html).
    pub auth_type: FunctionUrlAuthType,
    /// The [cross-origin resource sharing (CORS)](https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS) settings for your function URL.
    pub cors: Option<Cors>,
    /// When the function URL was created, in [ISO-8601 format](https://www.w3.org/TR/NOTE-datetime) (YYYY-MM-DDThh:mm:ss.sTZD).
    pub creation_time: String,
    /// When the function URL configuration was last updated, in [ISO-8601 format](https://www.w3.org/TR/NOTE-datetime) (YYYY-MM-DDThh:mm:ss.sTZD).
    pub last_modified_time: String,
    /// Use one of the following options:
    ///
    /// - `BUFFERED` – This is the default option. Lambda invokes your function using the `Invoke` API operation. Invocation results are available when the payload is complete. The maximum payload size is 6 MB.
    ///
    /// - `RESPONSE\_STREAM` – Your function streams payload results as they become available. Lambda invokes your function using the `InvokeWithResponseStream` API operation. The maximum response payload size is 200 MB.
    pub invoke_mode: Option<InvokeMode>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetFunctionUrlConfigOutput, GET_FUNCTION_URL_CONFIG_OUTPUT, [function_url,
    function_arn, auth_type, cors, creation_time, last_modified_time, invoke_mode], meta
    = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetLayerVersionByArnInput {
    /// The ARN of the layer version.
    pub arn: String,
}
rt::structure!(GetLayerVersionByArnInput, GET_LAYER_VERSION_BY_ARN_INPUT, [arn]);
#[derive(Clone, Default, PartialEq)]
pub struct GetLayerVersionPolicyInput {
    /// The name or Amazon Resource Name (ARN) of the layer.
    pub layer_name: String,
    /// The version number.
    pub version_number: i64,
}
rt::structure!(
    GetLayerVersionPolicyInput, GET_LAYER_VERSION_POLICY_INPUT, [layer_name,
    version_number]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetLayerVersionPolicyOutput {
    /// The policy document.
    pub policy: Option<String>,
    /// A unique identifier for the current revision of the policy.
    pub revision_id: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetLayerVersionPolicyOutput, GET_LAYER_VERSION_POLICY_OUTPUT, [policy, revision_id],
    meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetLayerVersionInput {
    /// The name or Amazon Resource Name (ARN) of the layer.
    pub layer_name: String,
    /// The version number.
    pub version_number: i64,
}
rt::structure!(
    GetLayerVersionInput, GET_LAYER_VERSION_INPUT, [layer_name, version_number]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetLayerVersionResponse {
    /// Details about the layer version.
    pub content: Option<LayerVersionContentOutput>,
    /// The ARN of the layer.
    pub layer_arn: Option<String>,
    /// The ARN of the layer version.
    pub layer_version_arn: Option<String>,
    /// The description of the version.
    pub description: Option<String>,
    /// The date that the layer version was created, in [ISO-8601 format](https://www.w3.org/TR/NOTE-datetime) (YYYY-MM-DDThh:mm:ss.sTZD).
    pub created_date: Option<String>,
    /// The version number.
    pub version: Option<i64>,
    /// A list of compatible [instruction set architectures](https://docs.aws.amazon.com/lambda/latest/dg/foundation-arch.html).
    pub compatible_architectures: Option<Vec<Architecture>>,
    /// The layer's compatible runtimes.
    ///
    /// The following list includes deprecated runtimes. For more information, see [Runtime use after deprecation](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html#runtime-deprecation-levels).
    ///
    /// For a list of all currently supported runtimes, see [Supported runtimes](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html#runtimes-supported).
    pub compatible_runtimes: Option<Vec<Runtime>>,
    /// The layer's software license.
    pub license_info: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetLayerVersionResponse, GET_LAYER_VERSION_RESPONSE, [content, layer_arn,
    layer_version_arn, description, created_date, version, compatible_architectures,
    compatible_runtimes, license_info], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetPolicyInput {
    /// The name or ARN of the Lambda function, version, or alias.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function` (name-only), `my-function:v1` (with alias).
    ///
    /// - **Function ARN** – `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    ///
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// You can append a version number or alias to any of the formats. The length constraint applies only to the full ARN. If you specify only the function name, it is limited to 64 characters in length.
    pub function_name: String,
    /// Specify a version or alias to get the policy for that resource.
    pub qualifier: Option<String>,
}
rt::structure!(GetPolicyInput, GET_POLICY_INPUT, [function_name, qualifier]);
#[derive(Clone, Default, PartialEq)]
pub struct GetPolicyOutput {
    /// The resource-based policy.
    pub policy: Option<String>,
    /// A unique identifier for the current revision of the policy.
    pub revision_id: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetPolicyOutput, GET_POLICY_OUTPUT, [policy, revision_id], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetProvisionedConcurrencyConfigInput {
    /// The name or ARN of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function`.
    ///
    /// - **Function ARN** – `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    ///
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the function name, it is limited to 64 characters in length.
    pub function_name: String,
    /// The version number or alias name.
    pub qualifier: String,
}
rt::structure!(
    GetProvisionedConcurrencyConfigInput, GET_PROVISIONED_CONCURRENCY_CONFIG_INPUT,
    [function_name, qualifier]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetProvisionedConcurrencyConfigOutput {
    /// The amount of provisioned concurrency requested.
    pub requested_provisioned_concurrent_executions: Option<i32>,
    /// The amount of provisioned concurrency available.
    pub available_provisioned_concurrent_executions: Option<i32>,
    /// The amount of provisioned concurrency allocated. When a weighted alias is used during linear and canary deployments, this value fluctuates depending on the amount of concurrency that is provisioned for the function versions.
    pub allocated_provisioned_concurrent_executions: Option<i32>,
    /// The status of the allocation process.
    pub status: Option<ProvisionedConcurrencyStatusEnum>,
    /// For failed allocations, the reason that provisioned concurrency could not be allocated.
    pub status_reason: Option<String>,
    /// The date and time that a user last updated the configuration, in [ISO 8601 format](https://www.iso.org/iso-8601-date-and-time-format.html).
    pub last_modified: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetProvisionedConcurrencyConfigOutput, GET_PROVISIONED_CONCURRENCY_CONFIG_OUTPUT,
    [requested_provisioned_concurrent_executions,
    available_provisioned_concurrent_executions,
    allocated_provisioned_concurrent_executions, status, status_reason, last_modified],
    meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetResourcePolicyInput {
    /// The Amazon Resource Name (ARN) of the Lambda resource you want to retrieve the policy for. You can use a qualified or an unqualified ARN. The value must be a complete ARN, and the operation does not accept wildcard characters.
    pub resource_arn: String,
}
rt::structure!(GetResourcePolicyInput, GET_RESOURCE_POLICY_INPUT, [resource_arn]);
#[derive(Clone, Default, PartialEq)]
pub struct GetResourcePolicyOutput {
    /// The resource-based policy attached to the Lambda resource you specified.
    pub policy: Option<String>,
    /// The revision ID of the policy. Pass this value as the `RevisionId` in a PutResourcePolicy or DeleteResourcePolicy request. Doing so ensures the operation acts on the expected version of the policy.
    pub revision_id: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetResourcePolicyOutput, GET_RESOURCE_POLICY_OUTPUT, [policy, revision_id], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetRuntimeManagementConfigInput {
    /// The name or ARN of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function`.
    ///
    /// - **Function ARN** – `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    ///
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the function name, it is limited to 64 characters in length.
    pub function_name: String,
    /// Specify a version of the function. This can be `$LATEST` or a published version number. If no value is specified, the configuration for the `$LATEST` version is returned.
    pub qualifier: Option<String>,
}
rt::structure!(
    GetRuntimeManagementConfigInput, GET_RUNTIME_MANAGEMENT_CONFIG_INPUT, [function_name,
    qualifier]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetRuntimeManagementConfigOutput {
    /// The current runtime update mode of the function.
    pub update_runtime_on: Option<UpdateRuntimeOn>,
    /// The Amazon Resource Name (ARN) of your function.
    pub function_arn: Option<String>,
    /// The ARN of the runtime the function is configured to use. If the runtime update mode is **Manual**, the ARN is returned, otherwise `null` is returned.
    pub runtime_version_arn: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetRuntimeManagementConfigOutput, GET_RUNTIME_MANAGEMENT_CONFIG_OUTPUT,
    [update_runtime_on, function_arn, runtime_version_arn], meta = response_metadata
);
/// Configuration values that override the container image Dockerfile settings. For more information, see [Container image settings](https://docs.aws.amazon.com/lambda/latest/dg/images-create.html#images-parms).
#[derive(Clone, Default, PartialEq)]
pub struct ImageConfig {
    /// Specifies the entry point to their application, which is typically the location of the runtime executable.
    pub entry_point: Option<Vec<String>>,
    /// Specifies parameters that you want to pass in with ENTRYPOINT.
    pub command: Option<Vec<String>>,
    /// Specifies the working directory.
    pub working_directory: Option<String>,
}
rt::structure!(ImageConfig, IMAGE_CONFIG, [entry_point, command, working_directory]);
/// Error response to `GetFunctionConfiguration`.
#[derive(Clone, Default, PartialEq)]
pub struct ImageConfigError {
    /// Error code.
    pub error_code: Option<String>,
    /// Error message.
    pub message: Option<String>,
}
rt::structure!(ImageConfigError, IMAGE_CONFIG_ERROR, [error_code, message]);
/// Response to a `GetFunctionConfiguration` request.
#[derive(Clone, Default, PartialEq)]
pub struct ImageConfigResponse {
    /// Configuration values that override the container image Dockerfile.
    pub image_config: Option<ImageConfig>,
    /// Error response to `GetFunctionConfiguration`.
    pub error: Option<ImageConfigError>,
}
rt::structure!(ImageConfigResponse, IMAGE_CONFIG_RESPONSE, [image_config, error]);
/// Specifications that define the characteristics and constraints for compute instances used by the capacity provider.
#[derive(Clone, Default, PartialEq)]
pub struct InstanceRequirements {
    /// A list of supported CPU architectures for compute instances. Valid values include `x86\_64` and `arm64`.
    pub architectures: Option<Vec<Architecture>>,
    /// A list of EC2 instance types that the capacity provider is allowed to use. If not specified, all compatible instance types are allowed.
    pub allowed_instance_types: Option<Vec<String>>,
    /// A list of EC2 instance types that the capacity provider should not use, even if they meet other requirements.
    pub excluded_instance_types: Option<Vec<String>>,
}
rt::structure!(
    InstanceRequirements, INSTANCE_REQUIREMENTS, [architectures, allowed_instance_types,
    excluded_instance_types]
);
/// The code signature failed the integrity check. If the integrity check fails, then Lambda blocks deployment, even if the code signing policy is set to WARN.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidCodeSignatureException {
    pub r#type: Option<String>,
    pub message: Option<String>,
}
rt::structure!(
    InvalidCodeSignatureException, INVALID_CODE_SIGNATURE_EXCEPTION, [r#type, message]
);
/// One of the parameters in the request is not valid.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidParameterValueException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    pub message: Option<String>,
}
rt::structure!(
    InvalidParameterValueException, INVALID_PARAMETER_VALUE_EXCEPTION, [r#type, message]
);
/// The request body could not be parsed as JSON, or a request header is invalid. For example, the 'x-amzn-RequestId' header is not a valid UUID string.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidRequestContentException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    pub message: Option<String>,
}
rt::structure!(
    InvalidRequestContentException, INVALID_REQUEST_CONTENT_EXCEPTION, [r#type, message]
);
/// The runtime or runtime version specified is not supported.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidRuntimeException {
    pub r#type: Option<String>,
    pub message: Option<String>,
}
rt::structure!(InvalidRuntimeException, INVALID_RUNTIME_EXCEPTION, [r#type, message]);
/// The security group ID provided in the Lambda function VPC configuration is not valid.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidSecurityGroupIdException {
    pub r#type: Option<String>,
    pub message: Option<String>,
}
rt::structure!(
    InvalidSecurityGroupIdException, INVALID_SECURITY_GROUP_ID_EXCEPTION, [r#type,
    message]
);
/// The subnet ID provided in the Lambda function VPC configuration is not valid.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidSubnetIdException {
    pub r#type: Option<String>,
    pub message: Option<String>,
}
rt::structure!(InvalidSubnetIdException, INVALID_SUBNET_ID_EXCEPTION, [r#type, message]);
/// Lambda could not unzip the deployment package.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidZipFileException {
    pub r#type: Option<String>,
    pub message: Option<String>,
}
rt::structure!(InvalidZipFileException, INVALID_ZIP_FILE_EXCEPTION, [r#type, message]);
/// Details about a function invocation that completed.
#[derive(Clone, Default, PartialEq)]
pub struct InvocationCompletedDetails {
    /// The date and time when the invocation started, in [ISO-8601 format](https://www.w3.org/TR/NOTE-datetime) (YYYY-MM-DDThh:mm:ss.sTZD).
    pub start_timestamp: rt::DateTime,
    /// The date and time when the invocation ended, in [ISO-8601 format](https://www.w3.org/TR/NOTE-datetime) (YYYY-MM-DDThh:mm:ss.sTZD).
    pub end_timestamp: rt::DateTime,
    /// The request ID for the invocation.
    pub request_id: String,
    /// Details about the invocation failure.
    pub error: Option<EventError>,
}
rt::structure!(
    InvocationCompletedDetails, INVOCATION_COMPLETED_DETAILS, [start_timestamp,
    end_timestamp, request_id, error]
);
#[derive(Clone, Default, PartialEq)]
pub struct InvokeInput {
    /// The name or ARN of the Lambda function, version, or alias.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function` (name-only), `my-function:v1` (with alias).
    ///
    /// - **Function ARN** – `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    ///
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// You can append a version number or alias to any of the formats. The length constraint applies only to the full ARN. If you specify only the function name, it is limited to 64 characters in length.
    pub function_name: String,
    /// Choose from the following options.
    ///
    /// - `RequestResponse` (default) – Invoke the function synchronously. Keep the connection open until the function returns a response or times out. The API response includes the function response and additional data.
    ///
    /// - `Event` – Invoke the function asynchronously. Send events that fail multiple times to the function's dead-letter queue (if one is configured). The API response only includes a status code.
    ///
    /// - `DryRun` – Validate parameter values and verify that the user or role has permission to invoke the function.
    pub invocation_type: Option<InvocationType>,
    /// Set to `Tail` to include the execution log in the response. Applies to synchronously invoked functions only.
    pub log_type: Option<LogType>,
    /// Up to 3,583 bytes of base64-encoded data about the invoking client to pass to the function in the context object. Lambda passes the `ClientContext` object to your function for synchronous invocations only.
    pub client_context: Option<String>,
    /// A unique name for the durable execution. If you invoke a durable function using a name that already exists with the same payload, Lambda returns the existing execution instead of creating a duplicate. If the payload differs, Lambda returns a `DurableExecutionAlreadyStartedException` error.
    ///
    /// If not specified, Lambda generates a unique identifier automatically. For more information, see [Execution names](https://docs.aws.amazon.com/lambda/latest/dg/durable-execution-idempotency.html#durable-idempotency-execution-names).
    pub durable_execution_name: Option<String>,
    /// The JSON that you want to provide to your Lambda function as input. The maximum payload size is 6 MB for synchronous invocations and 1 MB for asynchronous invocations.
    ///
    /// You can enter the JSON directly. For example, `--payload '{ "key": "value" }'`. You can also specify a file path. For example, `--payload file://payload.json`.
    pub payload: Option<Vec<u8>>,
    /// Specify a version or alias to invoke a published version of the function.
    pub qualifier: Option<String>,
    /// The identifier of the tenant in a multi-tenant Lambda function.
    pub tenant_id: Option<String>,
}
rt::structure!(
    InvokeInput, INVOKE_INPUT, [function_name, invocation_type, log_type, client_context,
    durable_execution_name, payload, qualifier, tenant_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct InvokeOutput {
    /// The HTTP status code is in the 200 range for a successful request. For the `RequestResponse` invocation type, this status code is 200. For the `Event` invocation type, this status code is 202. For the `DryRun` invocation type, the status code is 204.
    pub status_code: Option<i32>,
    /// If present, indicates that an error occurred during function execution. Details about the error are included in the response payload.
    pub function_error: Option<String>,
    /// The last 4 KB of the execution log, which is base64-encoded.
    pub log_result: Option<String>,
    /// The response from the function, or an error object.
    pub payload: Option<Vec<u8>>,
    /// The version of the function that executed. When you invoke a function with an alias, this indicates which version the alias resolved to.
    pub executed_version: Option<String>,
    /// The ARN of the durable execution that was started. This is returned when invoking a durable function and provides a unique identifier for tracking the execution.
    pub durable_execution_arn: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    InvokeOutput, INVOKE_OUTPUT, [status_code, function_error, log_result, payload,
    executed_version, durable_execution_arn], meta = response_metadata
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InvocationType {
    /// `Event`
    Event,
    /// `RequestResponse`
    RequestResponse,
    /// `DryRun`
    DryRun,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    InvocationType, { Event => "Event", RequestResponse => "RequestResponse", DryRun =>
    "DryRun" }
);
#[derive(Default)]
pub struct InvokeAsyncInput {
    /// The name or ARN of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function`.
    ///
    /// - **Function ARN** – `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    ///
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the function name, it is limited to 64 characters in length.
    pub function_name: String,
    /// The JSON that you want to provide to your Lambda function as input.
    pub invoke_args: rt::Body,
}
rt::structure!(InvokeAsyncInput, INVOKE_ASYNC_INPUT, [function_name, invoke_args]);
/// A success response (`202 Accepted`) indicates that the request is queued for invocation.
#[derive(Clone, Default, PartialEq)]
pub struct InvokeAsyncOutput {
    /// The status code.
    pub status: Option<i32>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    InvokeAsyncOutput, INVOKE_ASYNC_OUTPUT, [status], meta = response_metadata
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InvokeMode {
    /// `BUFFERED`
    Buffered,
    /// `RESPONSE_STREAM`
    ResponseStream,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    InvokeMode, { Buffered => "BUFFERED", ResponseStream => "RESPONSE_STREAM" }
);
/// A chunk of the streamed response payload.
#[derive(Clone, Default, PartialEq)]
pub struct InvokeResponseStreamUpdate {
    /// Data returned by your Lambda function.
    pub payload: Option<Vec<u8>>,
}
rt::structure!(InvokeResponseStreamUpdate, INVOKE_RESPONSE_STREAM_UPDATE, [payload]);
/// A response confirming that the event stream is complete.
#[derive(Clone, Default, PartialEq)]
pub struct InvokeWithResponseStreamCompleteEvent {
    /// An error code.
    pub error_code: Option<String>,
    /// The details of any returned error.
    pub error_details: Option<String>,
    /// The last 4 KB of the execution log, which is base64-encoded.
    pub log_result: Option<String>,
}
rt::structure!(
    InvokeWithResponseStreamCompleteEvent, INVOKE_WITH_RESPONSE_STREAM_COMPLETE_EVENT,
    [error_code, error_details, log_result]
);
#[derive(Clone, Default, PartialEq)]
pub struct InvokeWithResponseStreamInput {
    /// The name or ARN of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function`.
    ///
    /// - **Function ARN** – `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    ///
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the function name, it is limited to 64 characters in length.
    pub function_name: String,
    /// Set to `Tail` to include the execution log in the response. Applies to synchronously invoked functions only.
    pub log_type: Option<LogType>,
    /// Up to 3,583 bytes of base64-encoded data about the invoking client to pass to the function in the context object.
    pub client_context: Option<String>,
    /// The alias name.
    pub qualifier: Option<String>,
    /// The JSON that you want to provide to your Lambda function as input.
    ///
    /// You can enter the JSON directly. For example, `--payload '{ "key": "value" }'`. You can also specify a file path. For example, `--payload file://payload.json`.
    pub payload: Option<Vec<u8>>,
    /// The identifier of the tenant in a multi-tenant Lambda function.
    pub tenant_id: Option<String>,
    /// Use one of the following options:
    ///
    /// - `RequestResponse` (default) – Invoke the function synchronously. Keep the connection open until the function returns a response or times out. The API operation response includes the function response and additional data.
    ///
    /// - `DryRun` – Validate parameter values and verify that the IAM user or role has permission to invoke the function.
    pub invocation_type: Option<ResponseStreamingInvocationType>,
}
rt::structure!(
    InvokeWithResponseStreamInput, INVOKE_WITH_RESPONSE_STREAM_INPUT, [function_name,
    log_type, client_context, qualifier, payload, tenant_id, invocation_type]
);
#[derive(Default)]
pub struct InvokeWithResponseStreamOutput {
    /// For a successful request, the HTTP status code is in the 200 range. For the `RequestResponse` invocation type, this status code is 200. For the `DryRun` invocation type, this status code is 204.
    pub status_code: Option<i32>,
    /// The version of the function that executed. When you invoke a function with an alias, this indicates which version the alias resolved to.
    pub executed_version: Option<String>,
    /// The stream of response payloads.
    pub event_stream: rt::EventStream<InvokeWithResponseStreamResponseEvent>,
    /// The type of data the stream is returning.
    pub response_stream_content_type: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    InvokeWithResponseStreamOutput, INVOKE_WITH_RESPONSE_STREAM_OUTPUT, [status_code,
    executed_version, event_stream, response_stream_content_type], meta =
    response_metadata
);
/// An object that includes a chunk of the response payload. When the stream has ended, Lambda includes a `InvokeComplete` object.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum InvokeWithResponseStreamResponseEvent {
    /// A chunk of the streamed response payload.
    PayloadChunk(InvokeResponseStreamUpdate),
    /// An object that's returned when the stream has ended and all the payload chunks have been returned.
    InvokeComplete(InvokeWithResponseStreamCompleteEvent),
    /// A member this version of the client does not know, by name.
    Unknown(String),
}
rt::union!(
    InvokeWithResponseStreamResponseEvent, INVOKE_WITH_RESPONSE_STREAM_RESPONSE_EVENT,
    [PayloadChunk, InvokeComplete]
);
/// Lambda couldn't decrypt the environment variables because KMS access was denied. Check the Lambda function's KMS permissions.
#[derive(Clone, Default, PartialEq)]
pub struct KmsAccessDeniedException {
    pub r#type: Option<String>,
    pub message: Option<String>,
}
rt::structure!(KmsAccessDeniedException, KMS_ACCESS_DENIED_EXCEPTION, [r#type, message]);
/// Lambda couldn't decrypt the environment variables because the KMS key used is disabled. Check the Lambda function's KMS key settings.
#[derive(Clone, Default, PartialEq)]
pub struct KmsDisabledException {
    pub r#type: Option<String>,
    pub message: Option<String>,
}
rt::structure!(KmsDisabledException, KMS_DISABLED_EXCEPTION, [r#type, message]);
/// Lambda couldn't decrypt the environment variables because the state of the KMS key used is not valid for Decrypt. Check the function's KMS key settings.
#[derive(Clone, Default, PartialEq)]
pub struct KmsInvalidStateException {
    pub r#type: Option<String>,
    pub message: Option<String>,
}
rt::structure!(KmsInvalidStateException, KMS_INVALID_STATE_EXCEPTION, [r#type, message]);
/// Lambda couldn't decrypt the environment variables because the KMS key was not found. Check the function's KMS key settings.
#[derive(Clone, Default, PartialEq)]
pub struct KmsNotFoundException {
    pub r#type: Option<String>,
    pub message: Option<String>,
}
rt::structure!(KmsNotFoundException, KMS_NOT_FOUND_EXCEPTION, [r#type, message]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KafkaEventSourceMappingConsumptionMode {
    /// `Stream`
    Stream,
    /// `Queue`
    Queue,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    KafkaEventSourceMappingConsumptionMode, { Stream => "Stream", Queue => "Queue" }
);
/// Specific access configuration settings that tell Lambda how to authenticate with your schema registry.
///
/// If you're working with an Glue schema registry, don't provide authentication details in this object. Instead, ensure that your execution role has the required permissions for Lambda to access your cluster.
///
/// If you're working with a Confluent schema registry, choose the authentication method in the `Type` field, and provide the Secrets Manager secret ARN in the `URI` field.
#[derive(Clone, Default, PartialEq)]
pub struct KafkaSchemaRegistryAccessConfig {
    /// The type of authentication Lambda uses to access your schema registry.
    ///
    /// - `BASIC\_AUTH` – The Secrets Manager ARN of your secret key used for basic authentication with your Confluent schema registry.
    ///
    /// - `CLIENT\_CERTIFICATE\_TLS\_AUTH` – The Secrets Manager ARN of your secret key containing the certificate chain (X.509 PEM), private key (PKCS\#8 PEM), and private key password (optional) used for mutual TLS authentication with your Confluent schema registry.
    ///
    /// - `SERVER\_ROOT\_CA\_CERTIFICATE` – The Secrets Manager ARN of your secret key containing the root CA certificate (X.509 PEM) used for TLS encryption with your Confluent schema registry.
    ///
    /// - `OAUTHBEARER\_AUTH` – The Secrets Manager ARN of your secret key containing the OAuth 2.0 credentials that Lambda uses to acquire an access token for your Confluent schema registry. For the contents of the secret, see [Configuring the OAuth secret](https://docs.aws.amazon.com/lambda/latest/dg/kafka-cluster-auth.html#smaa-auth-oauth-secret).
    pub r#type: Option<KafkaSchemaRegistryAuthType>,
    /// The URI of the secret (Secrets Manager secret ARN) to authenticate with your schema registry.
    pub uri: Option<String>,
}
rt::structure!(
    KafkaSchemaRegistryAccessConfig, KAFKA_SCHEMA_REGISTRY_ACCESS_CONFIG, [r#type, uri]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KafkaSchemaRegistryAuthType {
    /// `BASIC_AUTH`
    BasicAuth,
    /// `CLIENT_CERTIFICATE_TLS_AUTH`
    ClientCertificateTlsAuth,
    /// `SERVER_ROOT_CA_CERTIFICATE`
    ServerRootCaCertificate,
    /// `OAUTHBEARER_AUTH`
    OauthbearerAuth,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    KafkaSchemaRegistryAuthType, { BasicAuth => "BASIC_AUTH", ClientCertificateTlsAuth =>
    "CLIENT_CERTIFICATE_TLS_AUTH", ServerRootCaCertificate =>
    "SERVER_ROOT_CA_CERTIFICATE", OauthbearerAuth => "OAUTHBEARER_AUTH" }
);
/// Specific configuration settings for a Kafka schema registry.
#[derive(Clone, Default, PartialEq)]
pub struct KafkaSchemaRegistryConfig {
    /// The URI for your schema registry. The correct URI format depends on the type of schema registry you're using.
    ///
    /// - For Glue schema registries, use the ARN of the registry.
    ///
    /// - For Confluent schema registries, use the URL of the registry.
    pub schema_registry_uri: Option<String>,
    /// The record format that Lambda delivers to your function after schema validation.
    ///
    /// - Choose `JSON` to have Lambda deliver the record to your function as a standard JSON object.
    ///
    /// - Choose `SOURCE` to have Lambda deliver the record to your function in its original source format. Lambda removes all schema metadata, such as the schema ID, before sending the record to your function.
    pub event_record_format: Option<SchemaRegistryEventRecordFormat>,
    /// An array of access configuration objects that tell Lambda how to authenticate with your schema registry.
    pub access_configs: Option<Vec<KafkaSchemaRegistryAccessConfig>>,
    /// An array of schema validation configuration objects, which tell Lambda the message attributes you want to validate and filter using your schema registry.
    pub schema_validation_configs: Option<Vec<KafkaSchemaValidationConfig>>,
}
rt::structure!(
    KafkaSchemaRegistryConfig, KAFKA_SCHEMA_REGISTRY_CONFIG, [schema_registry_uri,
    event_record_format, access_configs, schema_validation_configs]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KafkaSchemaValidationAttribute {
    /// `KEY`
    Key,
    /// `VALUE`
    Value,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(KafkaSchemaValidationAttribute, { Key => "KEY", Value => "VALUE" });
/// Specific schema validation configuration settings that tell Lambda the message attributes you want to validate and filter using your schema registry.
#[derive(Clone, Default, PartialEq)]
pub struct KafkaSchemaValidationConfig {
    /// The attributes you want your schema registry to validate and filter for. If you selected `JSON` as the `EventRecordFormat`, Lambda also deserializes the selected message attributes.
    pub attribute: Option<KafkaSchemaValidationAttribute>,
}
rt::structure!(KafkaSchemaValidationConfig, KAFKA_SCHEMA_VALIDATION_CONFIG, [attribute]);
/// Configuration for Lambda-managed instances used by the capacity provider.
#[derive(Clone, Default, PartialEq)]
pub struct LambdaManagedInstancesCapacityProviderConfig {
    /// The Amazon Resource Name (ARN) of the capacity provider.
    pub capacity_provider_arn: String,
    /// The maximum number of concurrent execution environments that can run on each compute instance.
    pub per_execution_environment_max_concurrency: Option<i32>,
    /// The amount of memory in GiB allocated per vCPU for execution environments.
    pub execution_environment_memory_gi_b_per_v_cpu: Option<f64>,
}
rt::structure!(
    LambdaManagedInstancesCapacityProviderConfig,
    LAMBDA_MANAGED_INSTANCES_CAPACITY_PROVIDER_CONFIG, [capacity_provider_arn,
    per_execution_environment_max_concurrency,
    execution_environment_memory_gi_b_per_v_cpu]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LastUpdateStatus {
    /// `Successful`
    Successful,
    /// `Failed`
    Failed,
    /// `InProgress`
    InProgress,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    LastUpdateStatus, { Successful => "Successful", Failed => "Failed", InProgress =>
    "InProgress" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LastUpdateStatusReasonCode {
    /// `EniLimitExceeded`
    EniLimitExceeded,
    /// `InsufficientRolePermissions`
    InsufficientRolePermissions,
    /// `InvalidConfiguration`
    InvalidConfiguration,
    /// `InternalError`
    InternalError,
    /// `SubnetOutOfIPAddresses`
    SubnetOutOfIpAddresses,
    /// `InvalidSubnet`
    InvalidSubnet,
    /// `InvalidSecurityGroup`
    InvalidSecurityGroup,
    /// `ImageDeleted`
    ImageDeleted,
    /// `ImageAccessDenied`
    ImageAccessDenied,
    /// `InvalidImage`
    InvalidImage,
    /// `KMSKeyAccessDenied`
    KmsKeyAccessDenied,
    /// `KMSKeyNotFound`
    KmsKeyNotFound,
    /// `InvalidStateKMSKey`
    InvalidStateKmsKey,
    /// `DisabledKMSKey`
    DisabledKmsKey,
    /// `EFSIOError`
    EfsioError,
    /// `EFSMountConnectivityError`
    EfsMountConnectivityError,
    /// `EFSMountFailure`
    EfsMountFailure,
    /// `EFSMountTimeout`
    EfsMountTimeout,
    /// `InvalidRuntime`
    InvalidRuntime,
    /// `InvalidZipFileException`
    InvalidZipFileException,
    /// `FunctionError`
    FunctionError,
    /// `ServiceQuotaExceededException`
    ServiceQuotaExceededException,
    /// `VcpuLimitExceeded`
    VcpuLimitExceeded,
    /// `CapacityProviderScalingLimitExceeded`
    CapacityProviderScalingLimitExceeded,
    /// `InsufficientCapacity`
    InsufficientCapacity,
    /// `EC2RequestLimitExceeded`
    Ec2RequestLimitExceeded,
    /// `FunctionError.InitTimeout`
    FunctionErrorInitTimeout,
    /// `FunctionError.RuntimeInitError`
    FunctionErrorRuntimeInitError,
    /// `FunctionError.ExtensionInitError`
    FunctionErrorExtensionInitError,
    /// `FunctionError.InvalidEntryPoint`
    FunctionErrorInvalidEntryPoint,
    /// `FunctionError.InvalidWorkingDirectory`
    FunctionErrorInvalidWorkingDirectory,
    /// `FunctionError.PermissionDenied`
    FunctionErrorPermissionDenied,
    /// `FunctionError.TooManyExtensions`
    FunctionErrorTooManyExtensions,
    /// `FunctionError.InitResourceExhausted`
    FunctionErrorInitResourceExhausted,
    /// `DisallowedByVpcEncryptionControl`
    DisallowedByVpcEncryptionControl,
    /// `IncompatibleAcceleratorInstanceTypes`
    IncompatibleAcceleratorInstanceTypes,
    /// `DependencyError`
    DependencyError,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    LastUpdateStatusReasonCode, { EniLimitExceeded => "EniLimitExceeded",
    InsufficientRolePermissions => "InsufficientRolePermissions", InvalidConfiguration =>
    "InvalidConfiguration", InternalError => "InternalError", SubnetOutOfIpAddresses =>
    "SubnetOutOfIPAddresses", InvalidSubnet => "InvalidSubnet", InvalidSecurityGroup =>
    "InvalidSecurityGroup", ImageDeleted => "ImageDeleted", ImageAccessDenied =>
    "ImageAccessDenied", InvalidImage => "InvalidImage", KmsKeyAccessDenied =>
    "KMSKeyAccessDenied", KmsKeyNotFound => "KMSKeyNotFound", InvalidStateKmsKey =>
    "InvalidStateKMSKey", DisabledKmsKey => "DisabledKMSKey", EfsioError => "EFSIOError",
    EfsMountConnectivityError => "EFSMountConnectivityError", EfsMountFailure =>
    "EFSMountFailure", EfsMountTimeout => "EFSMountTimeout", InvalidRuntime =>
    "InvalidRuntime", InvalidZipFileException => "InvalidZipFileException", FunctionError
    => "FunctionError", ServiceQuotaExceededException => "ServiceQuotaExceededException",
    VcpuLimitExceeded => "VcpuLimitExceeded", CapacityProviderScalingLimitExceeded =>
    "CapacityProviderScalingLimitExceeded", InsufficientCapacity =>
    "InsufficientCapacity", Ec2RequestLimitExceeded => "EC2RequestLimitExceeded",
    FunctionErrorInitTimeout => "FunctionError.InitTimeout",
    FunctionErrorRuntimeInitError => "FunctionError.RuntimeInitError",
    FunctionErrorExtensionInitError => "FunctionError.ExtensionInitError",
    FunctionErrorInvalidEntryPoint => "FunctionError.InvalidEntryPoint",
    FunctionErrorInvalidWorkingDirectory => "FunctionError.InvalidWorkingDirectory",
    FunctionErrorPermissionDenied => "FunctionError.PermissionDenied",
    FunctionErrorTooManyExtensions => "FunctionError.TooManyExtensions",
    FunctionErrorInitResourceExhausted => "FunctionError.InitResourceExhausted",
    DisallowedByVpcEncryptionControl => "DisallowedByVpcEncryptionControl",
    IncompatibleAcceleratorInstanceTypes => "IncompatibleAcceleratorInstanceTypes",
    DependencyError => "DependencyError" }
);
/// An [Lambda layer](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html).
#[derive(Clone, Default, PartialEq)]
pub struct Layer {
    /// The Amazon Resource Name (ARN) of the function layer.
    pub arn: Option<String>,
    /// The size of the layer archive in bytes.
    pub code_size: Option<i64>,
    /// The Amazon Resource Name (ARN) for a signing profile version.
    pub signing_profile_version_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of a signing job.
    pub signing_job_arn: Option<String>,
}
rt::structure!(
    Layer, LAYER, [arn, code_size, signing_profile_version_arn, signing_job_arn]
);
/// A ZIP archive that contains the contents of an [Lambda layer](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html). You can specify either an Amazon S3 location, or upload a layer archive directly.
#[derive(Clone, Default, PartialEq)]
pub struct LayerVersionContentInput {
    /// The Amazon S3 bucket of the layer archive.
    pub s3_bucket: Option<String>,
    /// The Amazon S3 key of the layer archive.
    pub s3_key: Option<String>,
    /// For versioned objects, the version of the layer archive object to use.
    pub s3_object_version: Option<String>,
    /// Specifies how the layer archive is stored. Valid values:
    ///
    /// - `COPY` (default) – Uploads a copy of your layer archive to Lambda.
    ///
    /// - `REFERENCE` – Lambda references the layer archive from the specified Amazon S3 bucket.
    pub s3_object_storage_mode: Option<S3ObjectStorageMode>,
    /// The base64-encoded contents of the layer archive. Amazon Web Services SDK and Amazon Web Services CLI clients handle the encoding for you.
    pub zip_file: Option<Vec<u8>>,
}
rt::structure!(
    LayerVersionContentInput, LAYER_VERSION_CONTENT_INPUT, [s3_bucket, s3_key,
    s3_object_version, s3_object_storage_mode, zip_file]
);
/// Details about a version of an [Lambda layer](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html).
#[derive(Clone, Default, PartialEq)]
pub struct LayerVersionContentOutput {
    /// A link to the layer archive in Amazon S3 that is valid for 10 minutes.
    pub location: Option<String>,
    /// The SHA-256 hash of the layer archive.
    pub code_sha256: Option<String>,
    /// The size of the layer archive in bytes.
    pub code_size: Option<i64>,
    /// The Amazon Resource Name (ARN) for a signing profile version.
    pub signing_profile_version_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of a signing job.
    pub signing_job_arn: Option<String>,
    /// The resolved Amazon S3 object that contains the layer archive.
    pub resolved_s3_object: Option<ResolvedS3Object>,
}
rt::structure!(
    LayerVersionContentOutput, LAYER_VERSION_CONTENT_OUTPUT, [location, code_sha256,
    code_size, signing_profile_version_arn, signing_job_arn, resolved_s3_object]
);
/// Details about a version of an [Lambda layer](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html).
#[derive(Clone, Default, PartialEq)]
pub struct LayerVersionsListItem {
    /// The ARN of the layer version.
    pub layer_version_arn: Option<String>,
    /// The version number.
    pub version: Option<i64>,
    /// The description of the version.
    pub description: Option<String>,
    /// The date that the version was created, in ISO 8601 format. For example, `2018-11-27T15:10:45.123+0000`.
    pub created_date: Option<String>,
    /// A list of compatible [instruction set architectures](https://docs.aws.amazon.com/lambda/latest/dg/foundation-arch.html).
    pub compatible_architectures: Option<Vec<Architecture>>,
    /// The layer's compatible runtimes.
    ///
    /// The following list includes deprecated runtimes. For more information, see [Runtime use after deprecation](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html#runtime-deprecation-levels).
    ///
    /// For a list of all currently supported runtimes, see [Supported runtimes](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html#runtimes-supported).
    pub compatible_runtimes: Option<Vec<Runtime>>,
    /// The layer's open-source license.
    pub license_info: Option<String>,
}
rt::structure!(
    LayerVersionsListItem, LAYER_VERSIONS_LIST_ITEM, [layer_version_arn, version,
    description, created_date, compatible_architectures, compatible_runtimes,
    license_info]
);
/// Details about an [Lambda layer](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html).
#[derive(Clone, Default, PartialEq)]
pub struct LayersListItem {
    /// The name of the layer.
    pub layer_name: Option<String>,
    /// The Amazon Resource Name (ARN) of the function layer.
    pub layer_arn: Option<String>,
    /// The newest version of the layer.
    pub latest_matching_version: Option<LayerVersionsListItem>,
}
rt::structure!(
    LayersListItem, LAYERS_LIST_ITEM, [layer_name, layer_arn, latest_matching_version]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListAliasesInput {
    /// The name or ARN of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** - `MyFunction`.
    ///
    /// - **Function ARN** - `arn:aws:lambda:us-west-2:123456789012:function:MyFunction`.
    ///
    /// - **Partial ARN** - `123456789012:function:MyFunction`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the function name, it is limited to 64 characters in length.
    pub function_name: String,
    /// Specify a function version to only list aliases that invoke that version.
    pub function_version: Option<String>,
    /// Specify the pagination token that's returned by a previous request to retrieve the next page of results.
    pub marker: Option<String>,
    /// Limit the number of aliases returned.
    pub max_items: Option<i32>,
}
rt::structure!(
    ListAliasesInput, LIST_ALIASES_INPUT, [function_name, function_version, marker,
    max_items]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListAliasesOutput {
    /// The pagination token that's included if more results are available.
    pub next_marker: Option<String>,
    /// A list of aliases.
    pub aliases: Option<Vec<AliasConfiguration>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListAliasesOutput, LIST_ALIASES_OUTPUT, [next_marker, aliases], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListCapacityProvidersInput {
    /// Filter capacity providers by their current state.
    pub state: Option<CapacityProviderState>,
    /// Specify the pagination token that's returned by a previous request to retrieve the next page of results.
    pub marker: Option<String>,
    /// The maximum number of capacity providers to return.
    pub max_items: Option<i32>,
}
rt::structure!(
    ListCapacityProvidersInput, LIST_CAPACITY_PROVIDERS_INPUT, [state, marker, max_items]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListCapacityProvidersOutput {
    /// A list of capacity providers in your account.
    pub capacity_providers: Vec<CapacityProvider>,
    /// The pagination token that's included if more results are available.
    pub next_marker: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListCapacityProvidersOutput, LIST_CAPACITY_PROVIDERS_OUTPUT, [capacity_providers,
    next_marker], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListCodeSigningConfigsInput {
    /// Specify the pagination token that's returned by a previous request to retrieve the next page of results.
    pub marker: Option<String>,
    /// Maximum number of items to return.
    pub max_items: Option<i32>,
}
rt::structure!(
    ListCodeSigningConfigsInput, LIST_CODE_SIGNING_CONFIGS_INPUT, [marker, max_items]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListCodeSigningConfigsOutput {
    /// The pagination token that's included if more results are available.
    pub next_marker: Option<String>,
    /// The code signing configurations
    pub code_signing_configs: Option<Vec<CodeSigningConfig>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListCodeSigningConfigsOutput, LIST_CODE_SIGNING_CONFIGS_OUTPUT, [next_marker,
    code_signing_configs], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListDurableExecutionsByFunctionInput {
    /// The name or ARN of the Lambda function. You can specify a function name, a partial ARN, or a full ARN.
    pub function_name: String,
    /// The function version to filter executions by. If you don't specify a qualifier, this operation returns executions across all versions of the Lambda function.
    pub qualifier: Option<String>,
    /// Filter executions by name. Only executions with names that matches this string are returned.
    pub durable_execution_name: Option<String>,
    /// Filters the executions by status. Specify one of the following values:
    ///
    /// - `RUNNING` – The execution is running or waiting for pending operations to complete.
    ///
    /// - `PAUSING` – The execution is waiting for an in-progress invocation to reach its next checkpoint before it pauses.
    ///
    /// - `PAUSED` – The execution is paused, and Lambda doesn't invoke your function.
    ///
    /// - `SUCCEEDED` – The execution completed successfully.
    ///
    /// - `FAILED` – The execution completed with an error.
    ///
    /// - `TIMED\_OUT` – The execution exceeded its execution timeout.
    ///
    /// - `STOPPED` – A `StopDurableExecution` request stopped the execution.
    ///
    /// - `DELETING` – A `DeleteDurableExecution` request is deleting the execution and its data.
    pub statuses: Option<Vec<ExecutionStatus>>,
    /// Filter executions that started after this timestamp (ISO 8601 format).
    pub started_after: Option<rt::DateTime>,
    /// Filter executions that started before this timestamp (ISO 8601 format).
    pub started_before: Option<rt::DateTime>,
    /// Set to true to return results in chronological order (oldest first). Default is false.
    pub reverse_order: Option<bool>,
    /// Pagination token from a previous request to continue retrieving results.
    pub marker: Option<String>,
    /// Maximum number of executions to return (1-1000). Default is 100.
    pub max_items: Option<i32>,
}
rt::structure!(
    ListDurableExecutionsByFunctionInput, LIST_DURABLE_EXECUTIONS_BY_FUNCTION_INPUT,
    [function_name, qualifier, durable_execution_name, statuses, started_after,
    started_before, reverse_order, marker, max_items]
);
/// The response from the ListDurableExecutionsByFunction operation, containing a list of durable executions and pagination information.
#[derive(Clone, Default, PartialEq)]
pub struct ListDurableExecutionsByFunctionOutput {
    /// List of durable execution summaries matching the filter criteria.
    pub durable_executions: Option<Vec<Execution>>,
    /// Pagination token for retrieving additional results. Present only if there are more results available.
    pub next_marker: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListDurableExecutionsByFunctionOutput, LIST_DURABLE_EXECUTIONS_BY_FUNCTION_OUTPUT,
    [durable_executions, next_marker], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListEventSourceMappingsInput {
    /// The Amazon Resource Name (ARN) of the event source.
    ///
    /// - **Amazon Kinesis** – The ARN of the data stream or a stream consumer.
    ///
    /// - **Amazon DynamoDB Streams** – The ARN of the stream.
    ///
    /// - **Amazon Simple Queue Service** – The ARN of the queue.
    ///
    /// - **Amazon Managed Streaming for Apache Kafka** – The ARN of the cluster or the ARN of the VPC connection (for [cross-account event source mappings](https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html#msk-multi-vpc)).
    ///
    /// - **Amazon MQ** – The ARN of the broker.
    ///
    /// - **Amazon DocumentDB** – The ARN of the DocumentDB change stream.
    pub event_source_arn: Option<String>,
    /// The name or ARN of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `MyFunction`.
    ///
    /// - **Function ARN** – `arn:aws:lambda:us-west-2:123456789012:function:MyFunction`.
    ///
    /// - **Version or Alias ARN** – `arn:aws:lambda:us-west-2:123456789012:function:MyFunction:PROD`.
    ///
    /// - **Partial ARN** – `123456789012:function:MyFunction`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the function name, it's limited to 64 characters in length.
    pub function_name: Option<String>,
    /// A pagination token returned by a previous call.
    pub marker: Option<String>,
    /// The maximum number of event source mappings to return. Note that ListEventSourceMappings returns a maximum of 100 items in each response, even if you set the number higher.
    pub max_items: Option<i32>,
}
rt::structure!(
    ListEventSourceMappingsInput, LIST_EVENT_SOURCE_MAPPINGS_INPUT, [event_source_arn,
    function_name, marker, max_items]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListEventSourceMappingsOutput {
    /// A pagination token that's returned when the response doesn't contain all event source mappings.
    pub next_marker: Option<String>,
    /// A list of event source mappings.
    pub event_source_mappings: Option<Vec<EventSourceMappingConfiguration>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListEventSourceMappingsOutput, LIST_EVENT_SOURCE_MAPPINGS_OUTPUT, [next_marker,
    event_source_mappings], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListFunctionEventInvokeConfigsInput {
    /// The name or ARN of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** - `my-function`.
    ///
    /// - **Function ARN** - `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    ///
    /// - **Partial ARN** - `123456789012:function:my-function`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the function name, it is limited to 64 characters in length.
    pub function_name: String,
    /// Specify the pagination token that's returned by a previous request to retrieve the next page of results.
    pub marker: Option<String>,
    /// The maximum number of configurations to return.
    pub max_items: Option<i32>,
}
rt::structure!(
    ListFunctionEventInvokeConfigsInput, LIST_FUNCTION_EVENT_INVOKE_CONFIGS_INPUT,
    [function_name, marker, max_items]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListFunctionEventInvokeConfigsOutput {
    /// A list of configurations.
    pub function_event_invoke_configs: Option<Vec<FunctionEventInvokeConfig>>,
    /// The pagination token that's included if more results are available.
    pub next_marker: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListFunctionEventInvokeConfigsOutput, LIST_FUNCTION_EVENT_INVOKE_CONFIGS_OUTPUT,
    [function_event_invoke_configs, next_marker], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListFunctionUrlConfigsInput {
    /// The name or ARN of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function`.
    ///
    /// - **Function ARN** – `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    ///
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the function name, it is limited to 64 characters in length.
    pub function_name: String,
    /// Specify the pagination token that's returned by a previous request to retrieve the next page of results.
    pub marker: Option<String>,
    /// The maximum number of function URLs to return in the response. Note that `ListFunctionUrlConfigs` returns a maximum of 50 items in each response, even if you set the number higher.
    pub max_items: Option<i32>,
}
rt::structure!(
    ListFunctionUrlConfigsInput, LIST_FUNCTION_URL_CONFIGS_INPUT, [function_name, marker,
    max_items]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListFunctionUrlConfigsOutput {
    /// A list of function URL configurations.
    pub function_url_configs: Vec<FunctionUrlConfig>,
    /// The pagination token that's included if more results are available.
    pub next_marker: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListFunctionUrlConfigsOutput, LIST_FUNCTION_URL_CONFIGS_OUTPUT,
    [function_url_configs, next_marker], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListFunctionVersionsByCapacityProviderInput {
    /// The name of the capacity provider to list function versions for.
    pub capacity_provider_name: String,
    /// Specify the pagination token that's returned by a previous request to retrieve the next page of results.
    pub marker: Option<String>,
    /// The maximum number of function versions to return in the response.
    pub max_items: Option<i32>,
}
rt::structure!(
    ListFunctionVersionsByCapacityProviderInput,
    LIST_FUNCTION_VERSIONS_BY_CAPACITY_PROVIDER_INPUT, [capacity_provider_name, marker,
    max_items]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListFunctionVersionsByCapacityProviderOutput {
    /// The Amazon Resource Name (ARN) of the capacity provider.
    pub capacity_provider_arn: String,
    /// A list of function versions that use the specified capacity provider.
    pub function_versions: Vec<FunctionVersionsByCapacityProviderListItem>,
    /// The pagination token that's included if more results are available.
    pub next_marker: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListFunctionVersionsByCapacityProviderOutput,
    LIST_FUNCTION_VERSIONS_BY_CAPACITY_PROVIDER_OUTPUT, [capacity_provider_arn,
    function_versions, next_marker], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListFunctionsByCodeSigningConfigInput {
    /// The The Amazon Resource Name (ARN) of the code signing configuration.
    pub code_signing_config_arn: String,
    /// Specify the pagination token that's returned by a previous request to retrieve the next page of results.
    pub marker: Option<String>,
    /// Maximum number of items to return.
    pub max_items: Option<i32>,
}
rt::structure!(
    ListFunctionsByCodeSigningConfigInput, LIST_FUNCTIONS_BY_CODE_SIGNING_CONFIG_INPUT,
    [code_signing_config_arn, marker, max_items]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListFunctionsByCodeSigningConfigOutput {
    /// The pagination token that's included if more results are available.
    pub next_marker: Option<String>,
    /// The function ARNs.
    pub function_arns: Option<Vec<String>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListFunctionsByCodeSigningConfigOutput, LIST_FUNCTIONS_BY_CODE_SIGNING_CONFIG_OUTPUT,
    [next_marker, function_arns], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListFunctionsInput {
    /// For Lambda@Edge functions, the Amazon Web Services Region of the master function. For example, `us-east-1` filters the list of functions to include only Lambda@Edge functions replicated from a master function in US East (N. Virginia). If specified, you must set `FunctionVersion` to `ALL`.
    pub master_region: Option<String>,
    /// Set to `ALL` to include entries for all published versions of each function.
    pub function_version: Option<FunctionVersion>,
    /// Specify the pagination token that's returned by a previous request to retrieve the next page of results.
    pub marker: Option<String>,
    /// The maximum number of functions to return in the response. Note that `ListFunctions` returns a maximum of 50 items in each response, even if you set the number higher.
    pub max_items: Option<i32>,
}
rt::structure!(
    ListFunctionsInput, LIST_FUNCTIONS_INPUT, [master_region, function_version, marker,
    max_items]
);
/// A list of Lambda functions.
#[derive(Clone, Default, PartialEq)]
pub struct ListFunctionsOutput {
    /// The pagination token that's included if more results are available.
    pub next_marker: Option<String>,
    /// A list of Lambda functions.
    pub functions: Option<Vec<FunctionConfiguration>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListFunctionsOutput, LIST_FUNCTIONS_OUTPUT, [next_marker, functions], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListLayerVersionsInput {
    /// The compatible [instruction set architecture](https://docs.aws.amazon.com/lambda/latest/dg/foundation-arch.html).
    pub compatible_architecture: Option<Architecture>,
    /// A runtime identifier.
    ///
    /// The following list includes deprecated runtimes. For more information, see [Runtime use after deprecation](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html#runtime-deprecation-levels).
    ///
    /// For a list of all currently supported runtimes, see [Supported runtimes](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html#runtimes-supported).
    pub compatible_runtime: Option<Runtime>,
    /// The name or Amazon Resource Name (ARN) of the layer.
    pub layer_name: String,
    /// A pagination token returned by a previous call.
    pub marker: Option<String>,
    /// The maximum number of versions to return.
    pub max_items: Option<i32>,
}
rt::structure!(
    ListLayerVersionsInput, LIST_LAYER_VERSIONS_INPUT, [compatible_architecture,
    compatible_runtime, layer_name, marker, max_items]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListLayerVersionsOutput {
    /// A pagination token returned when the response doesn't contain all versions.
    pub next_marker: Option<String>,
    /// A list of versions.
    pub layer_versions: Option<Vec<LayerVersionsListItem>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListLayerVersionsOutput, LIST_LAYER_VERSIONS_OUTPUT, [next_marker, layer_versions],
    meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListLayersInput {
    /// The compatible [instruction set architecture](https://docs.aws.amazon.com/lambda/latest/dg/foundation-arch.html).
    pub compatible_architecture: Option<Architecture>,
    /// A runtime identifier.
    ///
    /// The following list includes deprecated runtimes. For more information, see [Runtime use after deprecation](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html#runtime-deprecation-levels).
    ///
    /// For a list of all currently supported runtimes, see [Supported runtimes](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html#runtimes-supported).
    pub compatible_runtime: Option<Runtime>,
    /// A pagination token returned by a previous call.
    pub marker: Option<String>,
    /// The maximum number of layers to return.
    pub max_items: Option<i32>,
}
rt::structure!(
    ListLayersInput, LIST_LAYERS_INPUT, [compatible_architecture, compatible_runtime,
    marker, max_items]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListLayersOutput {
    /// A pagination token returned when the response doesn't contain all layers.
    pub next_marker: Option<String>,
    /// A list of function layers.
    pub layers: Option<Vec<LayersListItem>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListLayersOutput, LIST_LAYERS_OUTPUT, [next_marker, layers], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListProvisionedConcurrencyConfigsInput {
    /// The name or ARN of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function`.
    ///
    /// - **Function ARN** – `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    ///
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the function name, it is limited to 64 characters in length.
    pub function_name: String,
    /// Specify the pagination token that's returned by a previous request to retrieve the next page of results.
    pub marker: Option<String>,
    /// Specify a number to limit the number of configurations returned.
    pub max_items: Option<i32>,
}
rt::structure!(
    ListProvisionedConcurrencyConfigsInput, LIST_PROVISIONED_CONCURRENCY_CONFIGS_INPUT,
    [function_name, marker, max_items]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListProvisionedConcurrencyConfigsOutput {
    /// A list of provisioned concurrency configurations.
    pub provisioned_concurrency_configs: Option<
        Vec<ProvisionedConcurrencyConfigListItem>,
    >,
    /// The pagination token that's included if more results are available.
    pub next_marker: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListProvisionedConcurrencyConfigsOutput, LIST_PROVISIONED_CONCURRENCY_CONFIGS_OUTPUT,
    [provisioned_concurrency_configs, next_marker], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListTagsInput {
    /// The resource's Amazon Resource Name (ARN). Note: Lambda does not support adding tags to function aliases or versions.
    pub resource: String,
}
rt::structure!(ListTagsInput, LIST_TAGS_INPUT, [resource]);
#[derive(Clone, Default, PartialEq)]
pub struct ListTagsOutput {
    /// The function's tags.
    pub tags: Option<rt::IndexMap<String, String>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(ListTagsOutput, LIST_TAGS_OUTPUT, [tags], meta = response_metadata);
#[derive(Clone, Default, PartialEq)]
pub struct ListVersionsByFunctionInput {
    /// The name or ARN of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** - `MyFunction`.
    ///
    /// - **Function ARN** - `arn:aws:lambda:us-west-2:123456789012:function:MyFunction`.
    ///
    /// - **Partial ARN** - `123456789012:function:MyFunction`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the function name, it is limited to 64 characters in length.
    pub function_name: String,
    /// Specify the pagination token that's returned by a previous request to retrieve the next page of results.
    pub marker: Option<String>,
    /// The maximum number of versions to return. Note that `ListVersionsByFunction` returns a maximum of 50 items in each response, even if you set the number higher.
    pub max_items: Option<i32>,
}
rt::structure!(
    ListVersionsByFunctionInput, LIST_VERSIONS_BY_FUNCTION_INPUT, [function_name, marker,
    max_items]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListVersionsByFunctionOutput {
    /// The pagination token that's included if more results are available.
    pub next_marker: Option<String>,
    /// A list of Lambda function versions.
    pub versions: Option<Vec<FunctionConfiguration>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListVersionsByFunctionOutput, LIST_VERSIONS_BY_FUNCTION_OUTPUT, [next_marker,
    versions], meta = response_metadata
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LogFormat {
    /// `JSON`
    Json,
    /// `Text`
    Text,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(LogFormat, { Json => "JSON", Text => "Text" });
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LogType {
    /// `None`
    None,
    /// `Tail`
    Tail,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(LogType, { None => "None", Tail => "Tail" });
/// The function's Amazon CloudWatch Logs configuration settings.
#[derive(Clone, Default, PartialEq)]
pub struct LoggingConfig {
    /// The format in which Lambda sends your function's application and system logs to CloudWatch. Select between plain text and structured JSON.
    pub log_format: Option<LogFormat>,
    /// Set this property to filter the application logs for your function that Lambda sends to CloudWatch. Lambda only sends application logs at the selected level of detail and lower, where `TRACE` is the highest level and `FATAL` is the lowest.
    pub application_log_level: Option<ApplicationLogLevel>,
    /// Set this property to filter the system logs for your function that Lambda sends to CloudWatch. Lambda only sends system logs at the selected level of detail and lower, where `DEBUG` is the highest level and `WARN` is the lowest.
    pub system_log_level: Option<SystemLogLevel>,
    /// The name of the Amazon CloudWatch log group the function sends logs to. By default, Lambda functions send logs to a default log group named `/aws/lambda/\<function name\>`. To use a different log group, enter an existing log group or enter a new log group name.
    pub log_group: Option<String>,
}
rt::structure!(
    LoggingConfig, LOGGING_CONFIG, [log_format, application_log_level, system_log_level,
    log_group]
);
/// The Lambda function doesn't support the invocation mode requested. For example, calling `Invoke` with `InvocationType=RequestResponse` on a function configured for asynchronous-only invocation, or vice versa. For more information about invocation types, see [Invoking Lambda functions](https://docs.aws.amazon.com/lambda/latest/dg/invocation-options.html).
#[derive(Clone, Default, PartialEq)]
pub struct ModeNotSupportedException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    pub message: Option<String>,
}
rt::structure!(
    ModeNotSupportedException, MODE_NOT_SUPPORTED_EXCEPTION, [r#type, message]
);
/// The function has no published versions available.
#[derive(Clone, Default, PartialEq)]
pub struct NoPublishedVersionException {
    /// The exception type.
    pub r#type: Option<String>,
    pub message: Option<String>,
}
rt::structure!(
    NoPublishedVersionException, NO_PUBLISHED_VERSION_EXCEPTION, [r#type, message]
);
/// A destination for events that failed processing. For more information, see [Adding a destination](https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html#invocation-async-destinations).
#[derive(Clone, Default, PartialEq)]
pub struct OnFailure {
    /// The Amazon Resource Name (ARN) of the destination resource.
    ///
    /// To retain records of failed invocations from [Kinesis](https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html), [DynamoDB](https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html), [self-managed Apache Kafka](https://docs.aws.amazon.com/lambda/latest/dg/kafka-on-failure.html), or [Amazon MSK](https://docs.aws.amazon.com/lambda/latest/dg/kafka-on-failure.html), you can configure an Amazon SNS topic, Amazon SQS queue, Amazon S3 bucket, or Kafka topic as the destination.
    ///
    /// Amazon SNS destinations have a message size limit of 256 KB. If the combined size of the function request and response payload exceeds the limit, Lambda will drop the payload when sending `OnFailure` event to the destination. For details on this behavior, refer to [Retaining records of asynchronous invocations](https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html).
    ///
    /// To retain records of failed invocations from [Kinesis](https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html), [DynamoDB](https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html), [self-managed Kafka](https://docs.aws.amazon.com/lambda/latest/dg/with-kafka.html#services-smaa-onfailure-destination) or [Amazon MSK](https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html#services-msk-onfailure-destination), you can configure an Amazon SNS topic, Amazon SQS queue, or Amazon S3 bucket as the destination.
    pub destination: Option<String>,
}
rt::structure!(OnFailure, ON_FAILURE, [destination]);
/// A destination for events that were processed successfully.
///
/// To retain records of successful [asynchronous invocations](https://docs.aws.amazon.com/lambda/latest/dg/invocation-async.html#invocation-async-destinations), you can configure an Amazon SNS topic, Amazon SQS queue, Lambda function, or Amazon EventBridge event bus as the destination.
///
/// `OnSuccess` is not supported in `CreateEventSourceMapping` or `UpdateEventSourceMapping` requests.
#[derive(Clone, Default, PartialEq)]
pub struct OnSuccess {
    /// The Amazon Resource Name (ARN) of the destination resource.
    ///
    /// Amazon SNS destinations have a message size limit of 256 KB. If the combined size of the function request and response payload exceeds the limit, Lambda will drop the payload when sending `OnFailure` event to the destination. For details on this behavior, refer to [Retaining records of asynchronous invocations](https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html).
    pub destination: Option<String>,
}
rt::structure!(OnSuccess, ON_SUCCESS, [destination]);
/// Information about an operation within a durable execution.
#[derive(Clone, Default, PartialEq)]
pub struct Operation {
    /// The unique identifier for this operation.
    pub id: String,
    /// The unique identifier of the parent operation, if this operation is running within a child context.
    pub parent_id: Option<String>,
    /// The customer-provided name for this operation.
    pub name: Option<String>,
    /// The type of operation.
    pub r#type: OperationType,
    /// The subtype of the operation, providing additional categorization.
    pub sub_type: Option<String>,
    /// The date and time when the operation started, in [ISO-8601 format](https://www.w3.org/TR/NOTE-datetime) (YYYY-MM-DDThh:mm:ss.sTZD).
    pub start_timestamp: rt::DateTime,
    /// The date and time when the operation ended, in [ISO-8601 format](https://www.w3.org/TR/NOTE-datetime) (YYYY-MM-DDThh:mm:ss.sTZD).
    pub end_timestamp: Option<rt::DateTime>,
    /// The current status of the operation.
    pub status: OperationStatus,
    /// Details about the execution, if this operation represents an execution.
    pub execution_details: Option<ExecutionDetails>,
    /// Details about the context, if this operation represents a context.
    pub context_details: Option<ContextDetails>,
    /// Details about the step, if this operation represents a step.
    pub step_details: Option<StepDetails>,
    /// Details about the wait operation, if this operation represents a wait.
    pub wait_details: Option<WaitDetails>,
    /// Contains details about a callback operation in a durable execution, including the callback token and timeout configuration.
    pub callback_details: Option<CallbackDetails>,
    /// Contains details about a chained function invocation in a durable execution, including the target function and invocation parameters.
    pub chained_invoke_details: Option<ChainedInvokeDetails>,
}
rt::structure!(
    Operation, OPERATION, [id, parent_id, name, r#type, sub_type, start_timestamp,
    end_timestamp, status, execution_details, context_details, step_details,
    wait_details, callback_details, chained_invoke_details]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OperationAction {
    /// `START`
    Start,
    /// `SUCCEED`
    Succeed,
    /// `FAIL`
    Fail,
    /// `RETRY`
    Retry,
    /// `CANCEL`
    Cancel,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    OperationAction, { Start => "START", Succeed => "SUCCEED", Fail => "FAIL", Retry =>
    "RETRY", Cancel => "CANCEL" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OperationStatus {
    /// `STARTED`
    Started,
    /// `PENDING`
    Pending,
    /// `READY`
    Ready,
    /// `SUCCEEDED`
    Succeeded,
    /// `FAILED`
    Failed,
    /// `CANCELLED`
    Cancelled,
    /// `TIMED_OUT`
    TimedOut,
    /// `STOPPED`
    Stopped,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    OperationStatus, { Started => "STARTED", Pending => "PENDING", Ready => "READY",
    Succeeded => "SUCCEEDED", Failed => "FAILED", Cancelled => "CANCELLED", TimedOut =>
    "TIMED_OUT", Stopped => "STOPPED" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OperationType {
    /// `EXECUTION`
    Execution,
    /// `CONTEXT`
    Context,
    /// `STEP`
    Step,
    /// `WAIT`
    Wait,
    /// `CALLBACK`
    Callback,
    /// `CHAINED_INVOKE`
    ChainedInvoke,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    OperationType, { Execution => "EXECUTION", Context => "CONTEXT", Step => "STEP", Wait
    => "WAIT", Callback => "CALLBACK", ChainedInvoke => "CHAINED_INVOKE" }
);
/// An update to be applied to an operation during checkpointing.
#[derive(Clone, Default, PartialEq)]
pub struct OperationUpdate {
    /// The unique identifier for this operation.
    pub id: String,
    /// The unique identifier of the parent operation, if this operation is running within a child context.
    pub parent_id: Option<String>,
    /// The customer-provided name for this operation.
    pub name: Option<String>,
    /// The type of operation to update.
    pub r#type: OperationType,
    /// The subtype of the operation, providing additional categorization.
    pub sub_type: Option<String>,
    /// The action to take on the operation.
    pub action: OperationAction,
    /// The payload for successful operations. The maximum payload size is 6 MB for synchronous `EXECUTION` operations (RequestResponse invocationType), and 1 MB for asynchronous `EXECUTION` (Event invocationType), `CHAINED\_INVOKE`, `CONTEXT`, `STEP`, `WAIT`, and `CALLBACK` operations.
    pub payload: Option<String>,
    /// The error information for failed operations. The combined size of all error fields is limited to 1 MB.
    pub error: Option<ErrorObject>,
    /// Options for context operations.
    pub context_options: Option<ContextOptions>,
    /// Options for step operations.
    pub step_options: Option<StepOptions>,
    /// Options for wait operations.
    pub wait_options: Option<WaitOptions>,
    /// Configuration options for callback operations in durable executions, including timeout settings and retry behavior.
    pub callback_options: Option<CallbackOptions>,
    /// Configuration options for chained function invocations in durable executions, including retry settings and timeout configuration.
    pub chained_invoke_options: Option<ChainedInvokeOptions>,
}
rt::structure!(
    OperationUpdate, OPERATION_UPDATE, [id, parent_id, name, r#type, sub_type, action,
    payload, error, context_options, step_options, wait_options, callback_options,
    chained_invoke_options]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PackageType {
    /// `Zip`
    Zip,
    /// `Image`
    Image,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(PackageType, { Zip => "Zip", Image => "Image" });
/// Details about a [durable execution](https://docs.aws.amazon.com/lambda/latest/dg/durable-functions.html) that is pausing or paused.
#[derive(Clone, Default, PartialEq)]
pub struct PauseDetails {
    /// The date and time when you requested the pause, in [ISO-8601 format](https://www.w3.org/TR/NOTE-datetime) (YYYY-MM-DDThh:mm:ss.sTZD).
    pub pause_request_timestamp: rt::DateTime,
    /// The reason that you provided when you paused the execution. This field is only present if you set `IncludeExecutionData` to `true` in the request.
    pub reason: Option<String>,
    /// Specifies whether the pause also pauses the execution timeout.
    pub execution_timeout_paused: bool,
}
rt::structure!(
    PauseDetails, PAUSE_DETAILS, [pause_request_timestamp, reason,
    execution_timeout_paused]
);
#[derive(Clone, Default, PartialEq)]
pub struct PauseDurableExecutionInput {
    /// The Amazon Resource Name (ARN) of the durable execution.
    pub durable_execution_arn: String,
    /// A unique, case-sensitive identifier that you provide so that the request completes no more than one time. If you repeat a request with the same client token and parameters within 15 minutes, Lambda doesn't pause the execution again and returns a successful response instead of an error.
    pub client_token: Option<String>,
    /// A description of why you're pausing the execution. Lambda records the reason in the execution history.
    pub reason: Option<String>,
    /// Specifies whether to pause the execution timeout while the execution is paused. If `true`, Lambda extends the execution timeout by the time the execution spends paused. An execution with a paused timeout still times out 366 days after it started. The default value is `true`.
    pub execution_timeout_paused: Option<bool>,
}
rt::structure!(
    PauseDurableExecutionInput, PAUSE_DURABLE_EXECUTION_INPUT, [durable_execution_arn,
    client_token, reason, execution_timeout_paused]
);
#[derive(Clone, Default, PartialEq)]
pub struct PauseDurableExecutionOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    PauseDurableExecutionOutput, PAUSE_DURABLE_EXECUTION_OUTPUT, [], meta =
    response_metadata
);
/// The permissions policy for the resource is too large. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html).
#[derive(Clone, Default, PartialEq)]
pub struct PolicyLengthExceededException {
    pub r#type: Option<String>,
    pub message: Option<String>,
}
rt::structure!(
    PolicyLengthExceededException, POLICY_LENGTH_EXCEEDED_EXCEPTION, [r#type, message]
);
/// The RevisionId provided does not match the latest RevisionId for the Lambda function or alias.
///
/// - **For AddPermission and RemovePermission API operations:** Call `GetPolicy` to retrieve the latest RevisionId for your resource.
///
/// - **For all other API operations:** Call `GetFunction` or `GetAlias` to retrieve the latest RevisionId for your resource.
#[derive(Clone, Default, PartialEq)]
pub struct PreconditionFailedException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    pub message: Option<String>,
}
rt::structure!(
    PreconditionFailedException, PRECONDITION_FAILED_EXCEPTION, [r#type, message]
);
/// Configuration for tag propagation to managed resources launched by the capacity provider.
#[derive(Clone, Default, PartialEq)]
pub struct PropagateTags {
    /// The tag propagation mode. Set to `Explicit` to propagate the tags specified in `ExplicitTags` to managed resources. Set to `None` to disable tag propagation.
    pub mode: Option<PropagateTagsMode>,
    /// A list of tags to apply to managed resources when `Mode` is set to `Explicit`. You can specify up to 40 tags.
    pub explicit_tags: Option<rt::IndexMap<String, String>>,
}
rt::structure!(PropagateTags, PROPAGATE_TAGS, [mode, explicit_tags]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PropagateTagsMode {
    /// `None`
    None,
    /// `Explicit`
    Explicit,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(PropagateTagsMode, { None => "None", Explicit => "Explicit" });
/// Details about the provisioned concurrency configuration for a function alias or version.
#[derive(Clone, Default, PartialEq)]
pub struct ProvisionedConcurrencyConfigListItem {
    /// The Amazon Resource Name (ARN) of the alias or version.
    pub function_arn: Option<String>,
    /// The amount of provisioned concurrency requested.
    pub requested_provisioned_concurrent_executions: Option<i32>,
    /// The amount of provisioned concurrency available.
    pub available_provisioned_concurrent_executions: Option<i32>,
    /// The amount of provisioned concurrency allocated. When a weighted alias is used during linear and canary deployments, this value fluctuates depending on the amount of concurrency that is provisioned for the function versions.
    pub allocated_provisioned_concurrent_executions: Option<i32>,
    /// The status of the allocation process.
    pub status: Option<ProvisionedConcurrencyStatusEnum>,
    /// For failed allocations, the reason that provisioned concurrency could not be allocated.
    pub status_reason: Option<String>,
    /// The date and time that a user last updated the configuration, in [ISO 8601 format](https://www.iso.org/iso-8601-date-and-time-format.html).
    pub last_modified: Option<String>,
}
rt::structure!(
    ProvisionedConcurrencyConfigListItem, PROVISIONED_CONCURRENCY_CONFIG_LIST_ITEM,
    [function_arn, requested_provisioned_concurrent_executions,
    available_provisioned_concurrent_executions,
    allocated_provisioned_concurrent_executions, status, status_reason, last_modified]
);
/// The specified configuration does not exist.
#[derive(Clone, Default, PartialEq)]
pub struct ProvisionedConcurrencyConfigNotFoundException {
    pub r#type: Option<String>,
    pub message: Option<String>,
}
rt::structure!(
    ProvisionedConcurrencyConfigNotFoundException,
    PROVISIONED_CONCURRENCY_CONFIG_NOT_FOUND_EXCEPTION, [r#type, message]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ProvisionedConcurrencyStatusEnum {
    /// `IN_PROGRESS`
    InProgress,
    /// `READY`
    Ready,
    /// `FAILED`
    Failed,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ProvisionedConcurrencyStatusEnum, { InProgress => "IN_PROGRESS", Ready => "READY",
    Failed => "FAILED" }
);
/// The [ provisioned mode](https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventsourcemapping.html#invocation-eventsourcemapping-provisioned-mode) configuration for the event source. Use Provisioned Mode to customize the minimum and maximum number of event pollers for your event source.
#[derive(Clone, Default, PartialEq)]
pub struct ProvisionedPollerConfig {
    /// The minimum number of event pollers this event source can scale down to. For Amazon SQS events source mappings, default is 2, and minimum 2 required. For Amazon MSK and self-managed Apache Kafka event source mappings, default is 1.
    pub minimum_pollers: Option<i32>,
    /// The maximum number of event pollers this event source can scale up to. For Amazon SQS event source mappings, the accepted range is between 2 and 10,000, with a default of 200. For Amazon MSK and self-managed Apache Kafka event source mappings, the accepted range is between 1 and 2,000, with a default of 200.
    pub maximum_pollers: Option<i32>,
    /// (Amazon MSK and self-managed Apache Kafka) The name of the provisioned poller group. Use this option to group multiple ESMs within the event source's VPC to share Event Poller Unit (EPU) capacity. You can use this option to optimize Provisioned mode costs for your ESMs. You can group up to 100 ESMs per poller group and aggregate maximum pollers across all ESMs in a group cannot exceed 2000.
    pub poller_group_name: Option<String>,
}
rt::structure!(
    ProvisionedPollerConfig, PROVISIONED_POLLER_CONFIG, [minimum_pollers,
    maximum_pollers, poller_group_name]
);
/// The resource-based policy you tried to add to the Lambda resource would grant public access to it, which isn't allowed.
#[derive(Clone, Default, PartialEq)]
pub struct PublicPolicyException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    pub message: Option<String>,
}
rt::structure!(PublicPolicyException, PUBLIC_POLICY_EXCEPTION, [r#type, message]);
#[derive(Clone, Default, PartialEq)]
pub struct PublishLayerVersionInput {
    /// The name or Amazon Resource Name (ARN) of the layer.
    pub layer_name: String,
    /// The description of the version.
    pub description: Option<String>,
    /// The function layer archive.
    pub content: LayerVersionContentInput,
    /// A list of compatible [instruction set architectures](https://docs.aws.amazon.com/lambda/latest/dg/foundation-arch.html).
    pub compatible_architectures: Option<Vec<Architecture>>,
    /// A list of compatible [function runtimes](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html). Used for filtering with ListLayers and ListLayerVersions.
    ///
    /// The following list includes deprecated runtimes. For more information, see [Runtime deprecation policy](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html#runtime-support-policy).
    pub compatible_runtimes: Option<Vec<Runtime>>,
    /// The layer's software license. It can be any of the following:
    ///
    /// - An [SPDX license identifier](https://spdx.org/licenses/). For example, `MIT`.
    ///
    /// - The URL of a license hosted on the internet. For example, `https://opensource.org/licenses/MIT`.
    ///
    /// - The full text of the license.
    pub license_info: Option<String>,
}
rt::structure!(
    PublishLayerVersionInput, PUBLISH_LAYER_VERSION_INPUT, [layer_name, description,
    content, compatible_architectures, compatible_runtimes, license_info]
);
#[derive(Clone, Default, PartialEq)]
pub struct PublishLayerVersionOutput {
    /// Details about the layer version.
    pub content: Option<LayerVersionContentOutput>,
    /// The ARN of the layer.
    pub layer_arn: Option<String>,
    /// The ARN of the layer version.
    pub layer_version_arn: Option<String>,
    /// The description of the version.
    pub description: Option<String>,
    /// The date that the layer version was created, in [ISO-8601 format](https://www.w3.org/TR/NOTE-datetime) (YYYY-MM-DDThh:mm:ss.sTZD).
    pub created_date: Option<String>,
    /// The version number.
    pub version: Option<i64>,
    /// A list of compatible [instruction set architectures](https://docs.aws.amazon.com/lambda/latest/dg/foundation-arch.html).
    pub compatible_architectures: Option<Vec<Architecture>>,
    /// The layer's compatible runtimes.
    ///
    /// The following list includes deprecated runtimes. For more information, see [Runtime use after deprecation](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html#runtime-deprecation-levels).
    ///
    /// For a list of all currently supported runtimes, see [Supported runtimes](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html#runtimes-supported).
    pub compatible_runtimes: Option<Vec<Runtime>>,
    /// The layer's software license.
    pub license_info: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    PublishLayerVersionOutput, PUBLISH_LAYER_VERSION_OUTPUT, [content, layer_arn,
    layer_version_arn, description, created_date, version, compatible_architectures,
    compatible_runtimes, license_info], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct PublishVersionInput {
    /// The name or ARN of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** - `MyFunction`.
    ///
    /// - **Function ARN** - `arn:aws:lambda:us-west-2:123456789012:function:MyFunction`.
    ///
    /// - **Partial ARN** - `123456789012:function:MyFunction`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the function name, it is limited to 64 characters in length.
    pub function_name: String,
    /// Only publish a version if the hash value matches the value that's specified. Use this option to avoid publishing a version if the function code has changed since you last updated it. You can get the hash for the version that you uploaded from the output of UpdateFunctionCode.
    pub code_sha256: Option<String>,
    /// A description for the version to override the description in the function configuration.
    pub description: Option<String>,
    /// Only update the function if the revision ID matches the ID that's specified. Use this option to avoid publishing a version if the function configuration has changed since you last updated it.
    pub revision_id: Option<String>,
    /// Specifies where to publish the function version or configuration.
    pub publish_to: Option<FunctionVersionLatestPublished>,
}
rt::structure!(
    PublishVersionInput, PUBLISH_VERSION_INPUT, [function_name, code_sha256, description,
    revision_id, publish_to]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutFunctionCodeSigningConfigInput {
    /// The The Amazon Resource Name (ARN) of the code signing configuration.
    pub code_signing_config_arn: String,
    /// The name or ARN of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** - `MyFunction`.
    ///
    /// - **Function ARN** - `arn:aws:lambda:us-west-2:123456789012:function:MyFunction`.
    ///
    /// - **Partial ARN** - `123456789012:function:MyFunction`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the function name, it is limited to 64 characters in length.
    pub function_name: String,
}
rt::structure!(
    PutFunctionCodeSigningConfigInput, PUT_FUNCTION_CODE_SIGNING_CONFIG_INPUT,
    [code_signing_config_arn, function_name]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutFunctionCodeSigningConfigOutput {
    /// The The Amazon Resource Name (ARN) of the code signing configuration.
    pub code_signing_config_arn: String,
    /// The name or ARN of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** - `MyFunction`.
    ///
    /// - **Function ARN** - `arn:aws:lambda:us-west-2:123456789012:function:MyFunction`.
    ///
    /// - **Partial ARN** - `123456789012:function:MyFunction`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the function name, it is limited to 64 characters in length.
    pub function_name: String,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    PutFunctionCodeSigningConfigOutput, PUT_FUNCTION_CODE_SIGNING_CONFIG_OUTPUT,
    [code_signing_config_arn, function_name], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct PutFunctionConcurrencyInput {
    /// The name or ARN of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function`.
    ///
    /// - **Function ARN** – `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    ///
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the function name, it is limited to 64 characters in length.
    pub function_name: String,
    /// The number of simultaneous executions to reserve for the function.
    pub reserved_concurrent_executions: i32,
}
rt::structure!(
    PutFunctionConcurrencyInput, PUT_FUNCTION_CONCURRENCY_INPUT, [function_name,
    reserved_concurrent_executions]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutFunctionEventInvokeConfigInput {
    /// The name or ARN of the Lambda function, version, or alias.
    ///
    /// **Name formats**
    ///
    /// - **Function name** - `my-function` (name-only), `my-function:v1` (with alias).
    ///
    /// - **Function ARN** - `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    ///
    /// - **Partial ARN** - `123456789012:function:my-function`.
    ///
    /// You can append a version number or alias to any of the formats. The length constraint applies only to the full ARN. If you specify only the function name, it is limited to 64 characters in length.
    pub function_name: String,
    /// A version number or alias name.
    pub qualifier: Option<String>,
    /// The maximum number of times to retry when the function returns an error.
    pub maximum_retry_attempts: Option<i32>,
    /// The maximum age of a request that Lambda sends to a function for processing.
    pub maximum_event_age_in_seconds: Option<i32>,
    /// A destination for events after they have been sent to a function for processing.
    ///
    /// **Destinations**
    ///
    /// - **Function** - The Amazon Resource Name (ARN) of a Lambda function.
    ///
    /// - **Queue** - The ARN of a standard SQS queue.
    ///
    /// - **Bucket** - The ARN of an Amazon S3 bucket.
    ///
    /// - **Topic** - The ARN of a standard SNS topic.
    ///
    /// - **Event Bus** - The ARN of an Amazon EventBridge event bus.
    ///
    /// S3 buckets are supported only for on-failure destinations. To retain records of successful invocations, use another destination type.
    pub destination_config: Option<DestinationConfig>,
}
rt::structure!(
    PutFunctionEventInvokeConfigInput, PUT_FUNCTION_EVENT_INVOKE_CONFIG_INPUT,
    [function_name, qualifier, maximum_retry_attempts, maximum_event_age_in_seconds,
    destination_config]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutFunctionRecursionConfigInput {
    /// The name or ARN of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function`.
    ///
    /// - **Function ARN** – `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    ///
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the function name, it is limited to 64 characters in length.
    pub function_name: String,
    /// If you set your function's recursive loop detection configuration to `Allow`, Lambda doesn't take any action when it detects your function being invoked as part of a recursive loop. We recommend that you only use this setting if your design intentionally uses a Lambda function to write data back to the same Amazon Web Services resource that invokes it.
    ///
    /// If you set your function's recursive loop detection configuration to `Terminate`, Lambda stops your function being invoked and notifies you when it detects your function being invoked as part of a recursive loop.
    ///
    /// By default, Lambda sets your function's configuration to `Terminate`.
    ///
    /// If your design intentionally uses a Lambda function to write data back to the same Amazon Web Services resource that invokes the function, then use caution and implement suitable guard rails to prevent unexpected charges being billed to your Amazon Web Services account. To learn more about best practices for using recursive invocation patterns, see [Recursive patterns that cause run-away Lambda functions](https://serverlessland.com/content/service/lambda/guides/aws-lambda-operator-guide/recursive-runaway) in Serverless Land.
    pub recursive_loop: RecursiveLoop,
}
rt::structure!(
    PutFunctionRecursionConfigInput, PUT_FUNCTION_RECURSION_CONFIG_INPUT, [function_name,
    recursive_loop]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutFunctionRecursionConfigOutput {
    /// The status of your function's recursive loop detection configuration.
    ///
    /// When this value is set to `Allow`and Lambda detects your function being invoked as part of a recursive loop, it doesn't take any action.
    ///
    /// When this value is set to `Terminate` and Lambda detects your function being invoked as part of a recursive loop, it stops your function being invoked and notifies you.
    pub recursive_loop: Option<RecursiveLoop>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    PutFunctionRecursionConfigOutput, PUT_FUNCTION_RECURSION_CONFIG_OUTPUT,
    [recursive_loop], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct PutFunctionScalingConfigInput {
    /// The name or ARN of the Lambda function.
    pub function_name: String,
    /// Specify a version or alias to set the scaling configuration for a published version of the function.
    pub qualifier: String,
    /// The scaling configuration to apply to the function, including minimum and maximum execution environment limits.
    pub function_scaling_config: Option<FunctionScalingConfig>,
}
rt::structure!(
    PutFunctionScalingConfigInput, PUT_FUNCTION_SCALING_CONFIG_INPUT, [function_name,
    qualifier, function_scaling_config]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutFunctionScalingConfigOutput {
    /// The current state of the function after applying the scaling configuration.
    pub function_state: Option<State>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    PutFunctionScalingConfigOutput, PUT_FUNCTION_SCALING_CONFIG_OUTPUT, [function_state],
    meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct PutProvisionedConcurrencyConfigInput {
    /// The name or ARN of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function`.
    ///
    /// - **Function ARN** – `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    ///
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the function name, it is limited to 64 characters in length.
    pub function_name: String,
    /// The version number or alias name.
    pub qualifier: String,
    /// The amount of provisioned concurrency to allocate for the version or alias.
    pub provisioned_concurrent_executions: i32,
}
rt::structure!(
    PutProvisionedConcurrencyConfigInput, PUT_PROVISIONED_CONCURRENCY_CONFIG_INPUT,
    [function_name, qualifier, provisioned_concurrent_executions]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutProvisionedConcurrencyConfigOutput {
    /// The amount of provisioned concurrency requested.
    pub requested_provisioned_concurrent_executions: Option<i32>,
    /// The amount of provisioned concurrency allocated. When a weighted alias is used during linear and canary deployments, this value fluctuates depending on the amount of concurrency that is provisioned for the function versions.
    pub allocated_provisioned_concurrent_executions: Option<i32>,
    /// The amount of provisioned concurrency available.
    pub available_provisioned_concurrent_executions: Option<i32>,
    /// The status of the allocation process.
    pub status: Option<ProvisionedConcurrencyStatusEnum>,
    /// For failed allocations, the reason that provisioned concurrency could not be allocated.
    pub status_reason: Option<String>,
    /// The date and time that a user last updated the configuration, in [ISO 8601 format](https://www.iso.org/iso-8601-date-and-time-format.html).
    pub last_modified: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    PutProvisionedConcurrencyConfigOutput, PUT_PROVISIONED_CONCURRENCY_CONFIG_OUTPUT,
    [requested_provisioned_concurrent_executions,
    allocated_provisioned_concurrent_executions,
    available_provisioned_concurrent_executions, status, status_reason, last_modified],
    meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct PutResourcePolicyInput {
    /// The Amazon Resource Name (ARN) of the Lambda resource you want to add the policy to. You can use a qualified or an unqualified ARN. The value must be a complete ARN, and the operation does not accept wildcard characters.
    pub resource_arn: String,
    /// The policy document you want to add to your Lambda resource. This is formatted as a JSON string.
    ///
    /// For more information, see [Working with resource-based policies in Lambda](https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html) in the *Lambda Developer Guide*.
    pub policy: String,
    /// The revision ID that the existing policy must match for the replacement to proceed. If the revision ID doesn't match, the operation fails with a `PreconditionFailedException` error. To retrieve the current revision ID, use the GetResourcePolicy operation.
    pub revision_id: Option<String>,
}
rt::structure!(
    PutResourcePolicyInput, PUT_RESOURCE_POLICY_INPUT, [resource_arn, policy,
    revision_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutResourcePolicyOutput {
    /// The resource-based policy that Lambda adds to the resource.
    pub policy: Option<String>,
    /// The revision ID of the policy that Lambda adds to your Lambda resource.
    pub revision_id: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    PutResourcePolicyOutput, PUT_RESOURCE_POLICY_OUTPUT, [policy, revision_id], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct PutRuntimeManagementConfigInput {
    /// The name or ARN of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function`.
    ///
    /// - **Function ARN** – `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    ///
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the function name, it is limited to 64 characters in length.
    pub function_name: String,
    /// Specify a version of the function. This can be `$LATEST` or a published version number. If no value is specified, the configuration for the `$LATEST` version is returned.
    pub qualifier: Option<String>,
    /// Specify the runtime update mode.
    ///
    /// - **Auto (default)** - Automatically update to the most recent and secure runtime version using a [Two-phase runtime version rollout](https://docs.aws.amazon.com/lambda/latest/dg/runtimes-update.html#runtime-management-two-phase). This is the best choice for most customers to ensure they always benefit from runtime updates.
    ///
    /// - **Function update** - Lambda updates the runtime of your function to the most recent and secure runtime version when you update your function. This approach synchronizes runtime updates with function deployments, giving you control over when runtime updates are applied and allowing you to detect and mitigate rare runtime update incompatibilities early. When using this setting, you need to regularly update your functions to keep their runtime up-to-date.
    ///
    /// - **Manual** - You specify a runtime version in your function configuration. The function will use this runtime version indefinitely. In the rare case where a new runtime version is incompatible with an existing function, this allows you to roll back your function to an earlier runtime version. For more information, see [Roll back a runtime version](https://docs.aws.amazon.com/lambda/latest/dg/runtimes-update.html#runtime-management-rollback).
    pub update_runtime_on: UpdateRuntimeOn,
    /// The ARN of the runtime version you want the function to use.
    ///
    /// This is only required if you're using the **Manual** runtime update mode.
    pub runtime_version_arn: Option<String>,
}
rt::structure!(
    PutRuntimeManagementConfigInput, PUT_RUNTIME_MANAGEMENT_CONFIG_INPUT, [function_name,
    qualifier, update_runtime_on, runtime_version_arn]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutRuntimeManagementConfigOutput {
    /// The runtime update mode.
    pub update_runtime_on: UpdateRuntimeOn,
    /// The ARN of the function
    pub function_arn: String,
    /// The ARN of the runtime the function is configured to use. If the runtime update mode is **manual**, the ARN is returned, otherwise `null` is returned.
    pub runtime_version_arn: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    PutRuntimeManagementConfigOutput, PUT_RUNTIME_MANAGEMENT_CONFIG_OUTPUT,
    [update_runtime_on, function_arn, runtime_version_arn], meta = response_metadata
);
/// Lambda has detected your function being invoked in a recursive loop with other Amazon Web Services resources and stopped your function's invocation.
#[derive(Clone, Default, PartialEq)]
pub struct RecursiveInvocationException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    pub message: Option<String>,
}
rt::structure!(
    RecursiveInvocationException, RECURSIVE_INVOCATION_EXCEPTION, [r#type, message]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RecursiveLoop {
    /// `Allow`
    Allow,
    /// `Terminate`
    Terminate,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(RecursiveLoop, { Allow => "Allow", Terminate => "Terminate" });
#[derive(Clone, Default, PartialEq)]
pub struct RemoveLayerVersionPermissionInput {
    /// The name or Amazon Resource Name (ARN) of the layer.
    pub layer_name: String,
    /// The version number.
    pub version_number: i64,
    /// The identifier that was specified when the statement was added.
    pub statement_id: String,
    /// Only update the policy if the revision ID matches the ID specified. Use this option to avoid modifying a policy that has changed since you last read it.
    pub revision_id: Option<String>,
}
rt::structure!(
    RemoveLayerVersionPermissionInput, REMOVE_LAYER_VERSION_PERMISSION_INPUT,
    [layer_name, version_number, statement_id, revision_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct RemovePermissionInput {
    /// The name or ARN of the Lambda function, version, or alias.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function` (name-only), `my-function:v1` (with alias).
    ///
    /// - **Function ARN** – `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    ///
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// You can append a version number or alias to any of the formats. The length constraint applies only to the full ARN. If you specify only the function name, it is limited to 64 characters in length.
    pub function_name: String,
    /// Statement ID of the permission to remove.
    pub statement_id: String,
    /// Specify a version or alias to remove permissions from a published version of the function.
    pub qualifier: Option<String>,
    /// Update the policy only if the revision ID matches the ID that's specified. Use this option to avoid modifying a policy that has changed since you last read it.
    pub revision_id: Option<String>,
}
rt::structure!(
    RemovePermissionInput, REMOVE_PERMISSION_INPUT, [function_name, statement_id,
    qualifier, revision_id]
);
/// The request payload exceeded the `Invoke` request body JSON input quota. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html).
#[derive(Clone, Default, PartialEq)]
pub struct RequestTooLargeException {
    pub r#type: Option<String>,
    pub message: Option<String>,
}
rt::structure!(RequestTooLargeException, REQUEST_TOO_LARGE_EXCEPTION, [r#type, message]);
/// Details about the resolved Amazon S3 object that contains a function's deployment package.
#[derive(Clone, Default, PartialEq)]
pub struct ResolvedS3Object {
    /// The Amazon S3 bucket that contains the deployment package.
    pub s3_bucket: Option<String>,
    /// The Amazon S3 key of the deployment package.
    pub s3_key: Option<String>,
    /// The version of the deployment package object.
    pub s3_object_version: Option<String>,
}
rt::structure!(
    ResolvedS3Object, RESOLVED_S3_OBJECT, [s3_bucket, s3_key, s3_object_version]
);
/// The resource already exists, or another operation is in progress.
#[derive(Clone, Default, PartialEq)]
pub struct ResourceConflictException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    pub message: Option<String>,
}
rt::structure!(
    ResourceConflictException, RESOURCE_CONFLICT_EXCEPTION, [r#type, message]
);
/// The operation conflicts with the resource's availability. For example, you tried to update an event source mapping in the CREATING state, or you tried to delete an event source mapping currently UPDATING.
#[derive(Clone, Default, PartialEq)]
pub struct ResourceInUseException {
    pub r#type: Option<String>,
    pub message: Option<String>,
}
rt::structure!(ResourceInUseException, RESOURCE_IN_USE_EXCEPTION, [r#type, message]);
/// The resource specified in the request does not exist.
#[derive(Clone, Default, PartialEq)]
pub struct ResourceNotFoundException {
    pub r#type: Option<String>,
    pub message: Option<String>,
}
rt::structure!(
    ResourceNotFoundException, RESOURCE_NOT_FOUND_EXCEPTION, [r#type, message]
);
/// The function is inactive and its VPC connection is no longer available. Wait for the VPC connection to reestablish and try again.
#[derive(Clone, Default, PartialEq)]
pub struct ResourceNotReadyException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    pub message: Option<String>,
}
rt::structure!(
    ResourceNotReadyException, RESOURCE_NOT_READY_EXCEPTION, [r#type, message]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResponseStreamingInvocationType {
    /// `RequestResponse`
    RequestResponse,
    /// `DryRun`
    DryRun,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ResponseStreamingInvocationType, { RequestResponse => "RequestResponse", DryRun =>
    "DryRun" }
);
#[derive(Clone, Default, PartialEq)]
pub struct ResumeDurableExecutionInput {
    /// The Amazon Resource Name (ARN) of the durable execution.
    pub durable_execution_arn: String,
    /// A unique, case-sensitive identifier that you provide so that the request completes no more than one time. If you repeat a request with the same client token and parameters within 15 minutes, Lambda doesn't resume the execution again and returns a successful response instead of an error.
    pub client_token: Option<String>,
    /// A description of why you're resuming the execution. Lambda records the reason in the execution history.
    pub reason: Option<String>,
}
rt::structure!(
    ResumeDurableExecutionInput, RESUME_DURABLE_EXECUTION_INPUT, [durable_execution_arn,
    client_token, reason]
);
#[derive(Clone, Default, PartialEq)]
pub struct ResumeDurableExecutionOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ResumeDurableExecutionOutput, RESUME_DURABLE_EXECUTION_OUTPUT, [], meta =
    response_metadata
);
/// Information about retry attempts for an operation.
#[derive(Clone, Default, PartialEq)]
pub struct RetryDetails {
    /// The current attempt number for this operation.
    pub current_attempt: Option<i32>,
    /// The delay before the next retry attempt, in seconds.
    pub next_attempt_delay_seconds: Option<i32>,
}
rt::structure!(
    RetryDetails, RETRY_DETAILS, [current_attempt, next_attempt_delay_seconds]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Runtime {
    /// `nodejs`
    Nodejs,
    /// `nodejs4.3`
    Nodejs43,
    /// `nodejs6.10`
    Nodejs610,
    /// `nodejs8.10`
    Nodejs810,
    /// `nodejs10.x`
    Nodejs10X,
    /// `nodejs12.x`
    Nodejs12X,
    /// `nodejs14.x`
    Nodejs14X,
    /// `nodejs16.x`
    Nodejs16X,
    /// `nodejs18.x`
    Nodejs18X,
    /// `nodejs20.x`
    Nodejs20X,
    /// `nodejs22.x`
    Nodejs22X,
    /// `nodejs24.x`
    Nodejs24X,
    /// `java8`
    Java8,
    /// `java8.al2`
    Java8Al2,
    /// `java11`
    Java11,
    /// `java17`
    Java17,
    /// `java21`
    Java21,
    /// `java25`
    Java25,
    /// `python2.7`
    Python27,
    /// `python3.6`
    Python36,
    /// `python3.7`
    Python37,
    /// `python3.8`
    Python38,
    /// `python3.9`
    Python39,
    /// `python3.10`
    Python310,
    /// `python3.11`
    Python311,
    /// `python3.12`
    Python312,
    /// `python3.13`
    Python313,
    /// `python3.14`
    Python314,
    /// `dotnetcore1.0`
    Dotnetcore10,
    /// `dotnetcore2.0`
    Dotnetcore20,
    /// `dotnetcore2.1`
    Dotnetcore21,
    /// `dotnetcore3.1`
    Dotnetcore31,
    /// `dotnet6`
    Dotnet6,
    /// `dotnet8`
    Dotnet8,
    /// `dotnet10`
    Dotnet10,
    /// `nodejs4.3-edge`
    Nodejs43Edge,
    /// `go1.x`
    Go1X,
    /// `ruby2.5`
    Ruby25,
    /// `ruby2.7`
    Ruby27,
    /// `ruby3.2`
    Ruby32,
    /// `ruby3.3`
    Ruby33,
    /// `ruby3.4`
    Ruby34,
    /// `ruby4.0`
    Ruby40,
    /// `provided`
    Provided,
    /// `provided.al2`
    ProvidedAl2,
    /// `provided.al2023`
    ProvidedAl2023,
    /// `nodejs26.x`
    Nodejs26X,
    /// `python3.15`
    Python315,
    /// `java8.al2023`
    Java8Al2023,
    /// `java11.al2023`
    Java11Al2023,
    /// `java17.al2023`
    Java17Al2023,
    /// `custom`
    Custom,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    Runtime, { Nodejs => "nodejs", Nodejs43 => "nodejs4.3", Nodejs610 => "nodejs6.10",
    Nodejs810 => "nodejs8.10", Nodejs10X => "nodejs10.x", Nodejs12X => "nodejs12.x",
    Nodejs14X => "nodejs14.x", Nodejs16X => "nodejs16.x", Nodejs18X => "nodejs18.x",
    Nodejs20X => "nodejs20.x", Nodejs22X => "nodejs22.x", Nodejs24X => "nodejs24.x",
    Java8 => "java8", Java8Al2 => "java8.al2", Java11 => "java11", Java17 => "java17",
    Java21 => "java21", Java25 => "java25", Python27 => "python2.7", Python36 =>
    "python3.6", Python37 => "python3.7", Python38 => "python3.8", Python39 =>
    "python3.9", Python310 => "python3.10", Python311 => "python3.11", Python312 =>
    "python3.12", Python313 => "python3.13", Python314 => "python3.14", Dotnetcore10 =>
    "dotnetcore1.0", Dotnetcore20 => "dotnetcore2.0", Dotnetcore21 => "dotnetcore2.1",
    Dotnetcore31 => "dotnetcore3.1", Dotnet6 => "dotnet6", Dotnet8 => "dotnet8", Dotnet10
    => "dotnet10", Nodejs43Edge => "nodejs4.3-edge", Go1X => "go1.x", Ruby25 =>
    "ruby2.5", Ruby27 => "ruby2.7", Ruby32 => "ruby3.2", Ruby33 => "ruby3.3", Ruby34 =>
    "ruby3.4", Ruby40 => "ruby4.0", Provided => "provided", ProvidedAl2 =>
    "provided.al2", ProvidedAl2023 => "provided.al2023", Nodejs26X => "nodejs26.x",
    Python315 => "python3.15", Java8Al2023 => "java8.al2023", Java11Al2023 =>
    "java11.al2023", Java17Al2023 => "java17.al2023", Custom => "custom" }
);
/// The runtime alias for your function is no longer available. Update your function to use an available runtime alias.
#[derive(Clone, Default, PartialEq)]
pub struct RuntimeAliasDeletedException {
    /// Indicates the exception type for a deleted runtime alias.
    pub r#type: Option<String>,
    pub message: Option<String>,
}
rt::structure!(
    RuntimeAliasDeletedException, RUNTIME_ALIAS_DELETED_EXCEPTION, [r#type, message]
);
/// The ARN of the runtime and any errors that occured.
#[derive(Clone, Default, PartialEq)]
pub struct RuntimeVersionConfig {
    /// The ARN of the runtime version you want the function to use.
    pub runtime_version_arn: Option<String>,
    /// Error response when Lambda is unable to retrieve the runtime version for a function.
    pub error: Option<RuntimeVersionError>,
}
rt::structure!(
    RuntimeVersionConfig, RUNTIME_VERSION_CONFIG, [runtime_version_arn, error]
);
/// The runtime version used by your function is no longer available. Update your function to use an available runtime version or runtime alias.
#[derive(Clone, Default, PartialEq)]
pub struct RuntimeVersionDeletedException {
    /// Indicates the exception type for a deleted runtime version.
    pub r#type: Option<String>,
    pub message: Option<String>,
}
rt::structure!(
    RuntimeVersionDeletedException, RUNTIME_VERSION_DELETED_EXCEPTION, [r#type, message]
);
/// Any error returned when the runtime version information for the function could not be retrieved.
#[derive(Clone, Default, PartialEq)]
pub struct RuntimeVersionError {
    /// The error code.
    pub error_code: Option<String>,
    /// The error message.
    pub message: Option<String>,
}
rt::structure!(RuntimeVersionError, RUNTIME_VERSION_ERROR, [error_code, message]);
/// Setting controls how your function accesses data from an Amazon S3 file system.
#[derive(Clone, Default, PartialEq)]
pub struct S3FilesConfig {
    /// Specifies if a function reads from the file system for the lowest latency, or through Amazon S3 Files feature "direct Amazon S3 bucket reads" for the highest throughput. Valid values:
    ///
    /// - `AUTO` (default) – Direct reads are active for functions you configure with 512 MB or more of memory.
    ///
    /// - `ENABLED` – Enforces all reads are directly from the Amazon S3 bucket, regardless of available memory (less than 512 MB).
    ///
    /// - `DISABLED` – Routes all reads through the file system, regardless of memory configuration.
    ///
    /// To use direct reads, you must grant the execution role the `s3:GetObject` and `s3:GetObjectVersion` permissions. If a direct read fails, Lambda automatically falls back to reading through the file system.
    pub direct_s3_read: Option<DirectS3Read>,
}
rt::structure!(S3FilesConfig, S3_FILES_CONFIG, [direct_s3_read]);
/// The Lambda function couldn't make a network connection to the configured S3 Files access point.
#[derive(Clone, Default, PartialEq)]
pub struct S3FilesMountConnectivityException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    pub message: Option<String>,
}
rt::structure!(
    S3FilesMountConnectivityException, S3_FILES_MOUNT_CONNECTIVITY_EXCEPTION, [r#type,
    message]
);
/// The Lambda function couldn't mount the configured S3 Files access point due to a permission or configuration issue.
#[derive(Clone, Default, PartialEq)]
pub struct S3FilesMountFailureException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    pub message: Option<String>,
}
rt::structure!(
    S3FilesMountFailureException, S3_FILES_MOUNT_FAILURE_EXCEPTION, [r#type, message]
);
/// The Lambda function made a network connection to the configured S3 Files access point, but the mount operation timed out.
#[derive(Clone, Default, PartialEq)]
pub struct S3FilesMountTimeoutException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    pub message: Option<String>,
}
rt::structure!(
    S3FilesMountTimeoutException, S3_FILES_MOUNT_TIMEOUT_EXCEPTION, [r#type, message]
);
/// The method Lambda uses to store a function's deployment package — either by copying the package into Lambda-managed storage (`COPY`) or by referencing it directly from the source Amazon S3 bucket (`REFERENCE`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum S3ObjectStorageMode {
    /// `COPY`
    Copy,
    /// `REFERENCE`
    Reference,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(S3ObjectStorageMode, { Copy => "COPY", Reference => "REFERENCE" });
/// (Amazon SQS only) The scaling configuration for the event source. To remove the configuration, pass an empty value.
#[derive(Clone, Default, PartialEq)]
pub struct ScalingConfig {
    /// Limits the number of concurrent instances that the Amazon SQS event source can invoke.
    pub maximum_concurrency: Option<i32>,
}
rt::structure!(ScalingConfig, SCALING_CONFIG, [maximum_concurrency]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SchemaRegistryEventRecordFormat {
    /// `JSON`
    Json,
    /// `SOURCE`
    Source,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    SchemaRegistryEventRecordFormat, { Json => "JSON", Source => "SOURCE" }
);
/// The self-managed Apache Kafka cluster for your event source.
#[derive(Clone, Default, PartialEq)]
pub struct SelfManagedEventSource {
    /// The list of bootstrap servers for your Kafka brokers in the following format: `"KAFKA\_BOOTSTRAP\_SERVERS": \["abc.xyz.com:xxxx","abc2.xyz.com:xxxx"\]`.
    pub endpoints: Option<rt::IndexMap<String, Vec<String>>>,
}
rt::structure!(SelfManagedEventSource, SELF_MANAGED_EVENT_SOURCE, [endpoints]);
/// Specific configuration settings for a self-managed Apache Kafka event source.
#[derive(Clone, Default, PartialEq)]
pub struct SelfManagedKafkaEventSourceConfig {
    /// The identifier for the Kafka consumer group to join. The consumer group ID must be unique among all your Kafka event sources. After creating a Kafka event source mapping with the consumer group ID specified, you cannot update this value. For more information, see [Customizable consumer group ID](https://docs.aws.amazon.com/lambda/latest/dg/with-kafka-process.html#services-smaa-topic-add).
    pub consumer_group_id: Option<String>,
    /// Specific configuration settings for a Kafka schema registry.
    pub schema_registry_config: Option<KafkaSchemaRegistryConfig>,
    /// The mode that Lambda uses to consume records from your self-managed Apache Kafka topic. Valid values are the following:
    ///
    /// - `Stream` (default) – Lambda consumes records using a Kafka consumer group and preserves the order of records within each partition.
    ///
    /// - `Queue` – Lambda consumes records using a Kafka share group. Multiple consumers can process records from the same partition concurrently, so Lambda doesn't preserve per-partition order. To use Queue mode, your cluster must run Apache Kafka version 4.2 or later with share groups enabled.
    ///
    /// If you omit this parameter, Lambda uses `Stream`.
    ///
    /// You cannot change `ConsumptionMode` after you create the event source mapping. To use a different consumption mode, create a new event source mapping.
    ///
    /// When `ConsumptionMode` is `Queue`, the `StartingPosition`, `StartingPositionTimestamp`, and `MaximumBatchingWindowInSeconds` parameters are not supported.
    pub consumption_mode: Option<KafkaEventSourceMappingConsumptionMode>,
}
rt::structure!(
    SelfManagedKafkaEventSourceConfig, SELF_MANAGED_KAFKA_EVENT_SOURCE_CONFIG,
    [consumer_group_id, schema_registry_config, consumption_mode]
);
#[derive(Clone, Default, PartialEq)]
pub struct SendDurableExecutionCallbackFailureInput {
    /// The unique identifier for the callback operation.
    pub callback_id: String,
    /// Error details describing why the callback operation failed. The combined size of all error fields is limited to 1 MB.
    pub error: Option<ErrorObject>,
}
rt::structure!(
    SendDurableExecutionCallbackFailureInput,
    SEND_DURABLE_EXECUTION_CALLBACK_FAILURE_INPUT, [callback_id, error]
);
#[derive(Clone, Default, PartialEq)]
pub struct SendDurableExecutionCallbackFailureOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    SendDurableExecutionCallbackFailureOutput,
    SEND_DURABLE_EXECUTION_CALLBACK_FAILURE_OUTPUT, [], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct SendDurableExecutionCallbackHeartbeatInput {
    /// The unique identifier for the callback operation.
    pub callback_id: String,
}
rt::structure!(
    SendDurableExecutionCallbackHeartbeatInput,
    SEND_DURABLE_EXECUTION_CALLBACK_HEARTBEAT_INPUT, [callback_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct SendDurableExecutionCallbackHeartbeatOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    SendDurableExecutionCallbackHeartbeatOutput,
    SEND_DURABLE_EXECUTION_CALLBACK_HEARTBEAT_OUTPUT, [], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct SendDurableExecutionCallbackSuccessInput {
    /// The unique identifier for the callback operation.
    pub callback_id: String,
    /// The result data from the successful callback operation. Maximum size is 1 MB.
    pub result: Option<Vec<u8>>,
}
rt::structure!(
    SendDurableExecutionCallbackSuccessInput,
    SEND_DURABLE_EXECUTION_CALLBACK_SUCCESS_INPUT, [callback_id, result]
);
#[derive(Clone, Default, PartialEq)]
pub struct SendDurableExecutionCallbackSuccessOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    SendDurableExecutionCallbackSuccessOutput,
    SEND_DURABLE_EXECUTION_CALLBACK_SUCCESS_OUTPUT, [], meta = response_metadata
);
/// The request payload exceeded the maximum allowed size for serialized request entities.
#[derive(Clone, Default, PartialEq)]
pub struct SerializedRequestEntityTooLargeException {
    /// The error type.
    pub r#type: Option<String>,
    pub message: Option<String>,
}
rt::structure!(
    SerializedRequestEntityTooLargeException,
    SERIALIZED_REQUEST_ENTITY_TOO_LARGE_EXCEPTION, [r#type, message]
);
/// The Lambda service encountered an internal error.
#[derive(Clone, Default, PartialEq)]
pub struct ServiceException {
    pub r#type: Option<String>,
    pub message: Option<String>,
}
rt::structure!(ServiceException, SERVICE_EXCEPTION, [r#type, message]);
/// The request would exceed a service quota. For more information about Lambda service quotas, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html). To request a quota increase, see [Requesting a quota increase](https://docs.aws.amazon.com/servicequotas/latest/userguide/request-quota-increase.html) in the *Service Quotas User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct ServiceQuotaExceededException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    pub message: Option<String>,
}
rt::structure!(
    ServiceQuotaExceededException, SERVICE_QUOTA_EXCEEDED_EXCEPTION, [r#type, message]
);
/// The function's [Lambda SnapStart](https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html) setting. Set `ApplyOn` to `PublishedVersions` to create a snapshot of the initialized execution environment when you publish a function version.
#[derive(Clone, Default, PartialEq)]
pub struct SnapStart {
    /// Set to `PublishedVersions` to create a snapshot of the initialized execution environment when you publish a function version.
    pub apply_on: Option<SnapStartApplyOn>,
}
rt::structure!(SnapStart, SNAP_START, [apply_on]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SnapStartApplyOn {
    /// `PublishedVersions`
    PublishedVersions,
    /// `None`
    None,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    SnapStartApplyOn, { PublishedVersions => "PublishedVersions", None => "None" }
);
/// The `afterRestore()` [runtime hook](https://docs.aws.amazon.com/lambda/latest/dg/snapstart-runtime-hooks.html) encountered an error. For more information, check the Amazon CloudWatch logs.
#[derive(Clone, Default, PartialEq)]
pub struct SnapStartException {
    pub r#type: Option<String>,
    pub message: Option<String>,
}
rt::structure!(SnapStartException, SNAP_START_EXCEPTION, [r#type, message]);
/// Lambda is initializing your function. You can invoke the function when the [function state](https://docs.aws.amazon.com/lambda/latest/dg/functions-states.html) becomes `Active`.
#[derive(Clone, Default, PartialEq)]
pub struct SnapStartNotReadyException {
    pub r#type: Option<String>,
    pub message: Option<String>,
}
rt::structure!(
    SnapStartNotReadyException, SNAP_START_NOT_READY_EXCEPTION, [r#type, message]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SnapStartOptimizationStatus {
    /// `On`
    On,
    /// `Off`
    Off,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(SnapStartOptimizationStatus, { On => "On", Off => "Off" });
/// Lambda couldn't regenerate the SnapStart snapshot for the function. SnapStart-enabled functions periodically regenerate snapshots when their underlying runtime or dependencies change; this regeneration failed. Wait for Lambda to retry, or update the function's configuration to trigger a new snapshot. For more information, see [Lambda SnapStart](https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html).
#[derive(Clone, Default, PartialEq)]
pub struct SnapStartRegenerationFailureException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    pub message: Option<String>,
}
rt::structure!(
    SnapStartRegenerationFailureException, SNAP_START_REGENERATION_FAILURE_EXCEPTION,
    [r#type, message]
);
/// The function's [SnapStart](https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html) setting.
#[derive(Clone, Default, PartialEq)]
pub struct SnapStartResponse {
    /// When set to `PublishedVersions`, Lambda creates a snapshot of the execution environment when you publish a function version.
    pub apply_on: Option<SnapStartApplyOn>,
    /// When you provide a [qualified Amazon Resource Name (ARN)](https://docs.aws.amazon.com/lambda/latest/dg/configuration-versions.html#versioning-versions-using), this response element indicates whether SnapStart is activated for the specified function version.
    pub optimization_status: Option<SnapStartOptimizationStatus>,
}
rt::structure!(SnapStartResponse, SNAP_START_RESPONSE, [apply_on, optimization_status]);
/// Lambda couldn't restore the snapshot within the timeout limit.
#[derive(Clone, Default, PartialEq)]
pub struct SnapStartTimeoutException {
    pub r#type: Option<String>,
    pub message: Option<String>,
}
rt::structure!(
    SnapStartTimeoutException, SNAP_START_TIMEOUT_EXCEPTION, [r#type, message]
);
/// To secure and define access to your event source, you can specify the authentication protocol, VPC components, or virtual host.
#[derive(Clone, Default, PartialEq)]
pub struct SourceAccessConfiguration {
    /// The type of authentication protocol, VPC components, or virtual host for your event source. For example: `"Type":"SASL\_SCRAM\_512\_AUTH"`.
    ///
    /// - `BASIC\_AUTH` – (Amazon MQ) The Secrets Manager secret that stores your broker credentials.
    ///
    /// - `BASIC\_AUTH` – (Self-managed Apache Kafka) The Secrets Manager ARN of your secret key used for SASL/PLAIN authentication of your Apache Kafka brokers.
    ///
    /// - `VPC\_SUBNET` – (Self-managed Apache Kafka) The subnets associated with your VPC. Lambda connects to these subnets to fetch data from your self-managed Apache Kafka cluster.
    ///
    /// - `VPC\_SECURITY\_GROUP` – (Self-managed Apache Kafka) The VPC security group used to manage access to your self-managed Apache Kafka brokers.
    ///
    /// - `SASL\_SCRAM\_256\_AUTH` – (Self-managed Apache Kafka) The Secrets Manager ARN of your secret key used for SASL SCRAM-256 authentication of your self-managed Apache Kafka brokers.
    ///
    /// - `SASL\_SCRAM\_512\_AUTH` – (Amazon MSK, Self-managed Apache Kafka) The Secrets Manager ARN of your secret key used for SASL SCRAM-512 authentication of your self-managed Apache Kafka brokers.
    ///
    /// - `VIRTUAL\_HOST` –- (RabbitMQ) The name of the virtual host in your RabbitMQ broker. Lambda uses this RabbitMQ host as the event source. This property cannot be specified in an UpdateEventSourceMapping API call.
    ///
    /// - `CLIENT\_CERTIFICATE\_TLS\_AUTH` – (Amazon MSK, self-managed Apache Kafka) The Secrets Manager ARN of your secret key containing the certificate chain (X.509 PEM), private key (PKCS\#8 PEM), and private key password (optional) used for mutual TLS authentication of your MSK/Apache Kafka brokers.
    ///
    /// - `SERVER\_ROOT\_CA\_CERTIFICATE` – (Self-managed Apache Kafka) The Secrets Manager ARN of your secret key containing the root CA certificate (X.509 PEM) used for TLS encryption of your Apache Kafka brokers.
    ///
    /// - `OAUTHBEARER\_AUTH` – (Self-managed Apache Kafka) The Secrets Manager ARN of your secret key containing the OAuth 2.0 credentials that Lambda uses for SASL/OAUTHBEARER authentication with your Apache Kafka brokers. For the contents of the secret, see [Configuring the OAuth secret](https://docs.aws.amazon.com/lambda/latest/dg/kafka-cluster-auth.html#smaa-auth-oauth-secret).
    ///
    /// - `OAUTHBEARER\_SCOPE` – (Self-managed Apache Kafka) The OAuth 2.0 scope that Lambda requests when it acquires an access token. The `URI` field holds the scope value, not a secret ARN. This type requires `OAUTHBEARER\_AUTH`.
    ///
    /// - `OAUTHBEARER\_AUDIENCE` – (Self-managed Apache Kafka) The OAuth 2.0 audience that Lambda requests when it acquires an access token. The `URI` field holds the audience value, not a secret ARN. This type requires either `OAUTHBEARER\_AUTH` or `IAM\_OAUTHBEARER\_AUTH`.
    ///
    /// - `OAUTHBEARER\_LOGICAL\_CLUSTER` – (Self-managed Apache Kafka) The logical cluster identifier that Lambda sends to a Confluent Cloud broker. The `URI` field holds the identifier, not a secret ARN. This type requires `OAUTHBEARER\_AUTH`.
    ///
    /// - `OAUTHBEARER\_IDENTITY\_POOL` – (Self-managed Apache Kafka) The identity pool identifier that Lambda sends to a Confluent Cloud broker. The `URI` field holds the identifier, not a secret ARN. This type requires `OAUTHBEARER\_AUTH`.
    ///
    /// - `IAM\_AUTH` – (Self-managed Apache Kafka) Authenticate with Identity and Access Management (IAM). Your function's execution role signs each connection, so there is no secret to provide. Omit the `URI` field for this type.
    ///
    /// - `IAM\_OAUTHBEARER\_AUTH` – (Self-managed Apache Kafka) Authenticate with an Amazon Web Services web identity token over SASL/OAUTHBEARER. Lambda requests the token for your function's execution role, so there is no secret to provide. Omit the `URI` field for this type. This type requires `OAUTHBEARER\_AUDIENCE` and does not support the other `OAUTHBEARER` types.
    pub r#type: Option<SourceAccessType>,
    /// The value for your chosen configuration in `Type`. For example: `"URI": "arn:aws:secretsmanager:us-east-1:01234567890:secret:MyBrokerSecretName"`.
    pub uri: Option<String>,
}
rt::structure!(SourceAccessConfiguration, SOURCE_ACCESS_CONFIGURATION, [r#type, uri]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SourceAccessType {
    /// `BASIC_AUTH`
    BasicAuth,
    /// `VPC_SUBNET`
    VpcSubnet,
    /// `VPC_SECURITY_GROUP`
    VpcSecurityGroup,
    /// `SASL_SCRAM_512_AUTH`
    SaslScram512Auth,
    /// `SASL_SCRAM_256_AUTH`
    SaslScram256Auth,
    /// `VIRTUAL_HOST`
    VirtualHost,
    /// `CLIENT_CERTIFICATE_TLS_AUTH`
    ClientCertificateTlsAuth,
    /// `SERVER_ROOT_CA_CERTIFICATE`
    ServerRootCaCertificate,
    /// `OAUTHBEARER_AUTH`
    OauthbearerAuth,
    /// `OAUTHBEARER_SCOPE`
    OauthbearerScope,
    /// `OAUTHBEARER_AUDIENCE`
    OauthbearerAudience,
    /// `OAUTHBEARER_LOGICAL_CLUSTER`
    OauthbearerLogicalCluster,
    /// `OAUTHBEARER_IDENTITY_POOL`
    OauthbearerIdentityPool,
    /// `IAM_AUTH`
    IamAuth,
    /// `IAM_OAUTHBEARER_AUTH`
    IamOauthbearerAuth,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    SourceAccessType, { BasicAuth => "BASIC_AUTH", VpcSubnet => "VPC_SUBNET",
    VpcSecurityGroup => "VPC_SECURITY_GROUP", SaslScram512Auth => "SASL_SCRAM_512_AUTH",
    SaslScram256Auth => "SASL_SCRAM_256_AUTH", VirtualHost => "VIRTUAL_HOST",
    ClientCertificateTlsAuth => "CLIENT_CERTIFICATE_TLS_AUTH", ServerRootCaCertificate =>
    "SERVER_ROOT_CA_CERTIFICATE", OauthbearerAuth => "OAUTHBEARER_AUTH", OauthbearerScope
    => "OAUTHBEARER_SCOPE", OauthbearerAudience => "OAUTHBEARER_AUDIENCE",
    OauthbearerLogicalCluster => "OAUTHBEARER_LOGICAL_CLUSTER", OauthbearerIdentityPool
    => "OAUTHBEARER_IDENTITY_POOL", IamAuth => "IAM_AUTH", IamOauthbearerAuth =>
    "IAM_OAUTHBEARER_AUTH" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum State {
    /// `Pending`
    Pending,
    /// `Active`
    Active,
    /// `Inactive`
    Inactive,
    /// `Failed`
    Failed,
    /// `Deactivating`
    Deactivating,
    /// `Deactivated`
    Deactivated,
    /// `ActiveNonInvocable`
    ActiveNonInvocable,
    /// `Deleting`
    Deleting,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    State, { Pending => "Pending", Active => "Active", Inactive => "Inactive", Failed =>
    "Failed", Deactivating => "Deactivating", Deactivated => "Deactivated",
    ActiveNonInvocable => "ActiveNonInvocable", Deleting => "Deleting" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StateReasonCode {
    /// `Idle`
    Idle,
    /// `Creating`
    Creating,
    /// `Restoring`
    Restoring,
    /// `EniLimitExceeded`
    EniLimitExceeded,
    /// `InsufficientRolePermissions`
    InsufficientRolePermissions,
    /// `InvalidConfiguration`
    InvalidConfiguration,
    /// `InternalError`
    InternalError,
    /// `SubnetOutOfIPAddresses`
    SubnetOutOfIpAddresses,
    /// `InvalidSubnet`
    InvalidSubnet,
    /// `InvalidSecurityGroup`
    InvalidSecurityGroup,
    /// `ImageDeleted`
    ImageDeleted,
    /// `ImageAccessDenied`
    ImageAccessDenied,
    /// `InvalidImage`
    InvalidImage,
    /// `KMSKeyAccessDenied`
    KmsKeyAccessDenied,
    /// `KMSKeyNotFound`
    KmsKeyNotFound,
    /// `InvalidStateKMSKey`
    InvalidStateKmsKey,
    /// `DisabledKMSKey`
    DisabledKmsKey,
    /// `EFSIOError`
    EfsioError,
    /// `EFSMountConnectivityError`
    EfsMountConnectivityError,
    /// `EFSMountFailure`
    EfsMountFailure,
    /// `EFSMountTimeout`
    EfsMountTimeout,
    /// `InvalidRuntime`
    InvalidRuntime,
    /// `InvalidZipFileException`
    InvalidZipFileException,
    /// `FunctionError`
    FunctionError,
    /// `ServiceQuotaExceededException`
    ServiceQuotaExceededException,
    /// `VcpuLimitExceeded`
    VcpuLimitExceeded,
    /// `CapacityProviderScalingLimitExceeded`
    CapacityProviderScalingLimitExceeded,
    /// `InsufficientCapacity`
    InsufficientCapacity,
    /// `EC2RequestLimitExceeded`
    Ec2RequestLimitExceeded,
    /// `FunctionError.InitTimeout`
    FunctionErrorInitTimeout,
    /// `FunctionError.RuntimeInitError`
    FunctionErrorRuntimeInitError,
    /// `FunctionError.ExtensionInitError`
    FunctionErrorExtensionInitError,
    /// `FunctionError.InvalidEntryPoint`
    FunctionErrorInvalidEntryPoint,
    /// `FunctionError.InvalidWorkingDirectory`
    FunctionErrorInvalidWorkingDirectory,
    /// `FunctionError.PermissionDenied`
    FunctionErrorPermissionDenied,
    /// `FunctionError.TooManyExtensions`
    FunctionErrorTooManyExtensions,
    /// `FunctionError.InitResourceExhausted`
    FunctionErrorInitResourceExhausted,
    /// `DisallowedByVpcEncryptionControl`
    DisallowedByVpcEncryptionControl,
    /// `DrainingDurableExecutions`
    DrainingDurableExecutions,
    /// `IncompatibleAcceleratorInstanceTypes`
    IncompatibleAcceleratorInstanceTypes,
    /// `DependencyError`
    DependencyError,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    StateReasonCode, { Idle => "Idle", Creating => "Creating", Restoring => "Restoring",
    EniLimitExceeded => "EniLimitExceeded", InsufficientRolePermissions =>
    "InsufficientRolePermissions", InvalidConfiguration => "InvalidConfiguration",
    InternalError => "InternalError", SubnetOutOfIpAddresses => "SubnetOutOfIPAddresses",
    InvalidSubnet => "InvalidSubnet", InvalidSecurityGroup => "InvalidSecurityGroup",
    ImageDeleted => "ImageDeleted", ImageAccessDenied => "ImageAccessDenied",
    InvalidImage => "InvalidImage", KmsKeyAccessDenied => "KMSKeyAccessDenied",
    KmsKeyNotFound => "KMSKeyNotFound", InvalidStateKmsKey => "InvalidStateKMSKey",
    DisabledKmsKey => "DisabledKMSKey", EfsioError => "EFSIOError",
    EfsMountConnectivityError => "EFSMountConnectivityError", EfsMountFailure =>
    "EFSMountFailure", EfsMountTimeout => "EFSMountTimeout", InvalidRuntime =>
    "InvalidRuntime", InvalidZipFileException => "InvalidZipFileException", FunctionError
    => "FunctionError", ServiceQuotaExceededException => "ServiceQuotaExceededException",
    VcpuLimitExceeded => "VcpuLimitExceeded", CapacityProviderScalingLimitExceeded =>
    "CapacityProviderScalingLimitExceeded", InsufficientCapacity =>
    "InsufficientCapacity", Ec2RequestLimitExceeded => "EC2RequestLimitExceeded",
    FunctionErrorInitTimeout => "FunctionError.InitTimeout",
    FunctionErrorRuntimeInitError => "FunctionError.RuntimeInitError",
    FunctionErrorExtensionInitError => "FunctionError.ExtensionInitError",
    FunctionErrorInvalidEntryPoint => "FunctionError.InvalidEntryPoint",
    FunctionErrorInvalidWorkingDirectory => "FunctionError.InvalidWorkingDirectory",
    FunctionErrorPermissionDenied => "FunctionError.PermissionDenied",
    FunctionErrorTooManyExtensions => "FunctionError.TooManyExtensions",
    FunctionErrorInitResourceExhausted => "FunctionError.InitResourceExhausted",
    DisallowedByVpcEncryptionControl => "DisallowedByVpcEncryptionControl",
    DrainingDurableExecutions => "DrainingDurableExecutions",
    IncompatibleAcceleratorInstanceTypes => "IncompatibleAcceleratorInstanceTypes",
    DependencyError => "DependencyError" }
);
/// Details about a step operation.
#[derive(Clone, Default, PartialEq)]
pub struct StepDetails {
    /// The current attempt number for this step.
    pub attempt: Option<i32>,
    /// The date and time when the next attempt is scheduled, in [ISO-8601 format](https://www.w3.org/TR/NOTE-datetime) (YYYY-MM-DDThh:mm:ss.sTZD). Only populated when the step is in a pending state.
    pub next_attempt_timestamp: Option<rt::DateTime>,
    /// The JSON response payload from the step operation.
    pub result: Option<String>,
    /// Details about the step failure.
    pub error: Option<ErrorObject>,
}
rt::structure!(
    StepDetails, STEP_DETAILS, [attempt, next_attempt_timestamp, result, error]
);
/// Details about a step that failed.
#[derive(Clone, Default, PartialEq)]
pub struct StepFailedDetails {
    /// Details about the step failure.
    pub error: EventError,
    /// Information about retry attempts for this step operation.
    pub retry_details: RetryDetails,
}
rt::structure!(StepFailedDetails, STEP_FAILED_DETAILS, [error, retry_details]);
/// Configuration options for a step operation.
#[derive(Clone, Default, PartialEq)]
pub struct StepOptions {
    /// The delay in seconds before the next retry attempt.
    pub next_attempt_delay_seconds: Option<i32>,
}
rt::structure!(StepOptions, STEP_OPTIONS, [next_attempt_delay_seconds]);
/// Details about a step that has started.
#[derive(Clone, Default, PartialEq)]
pub struct StepStartedDetails {}
rt::structure!(StepStartedDetails, STEP_STARTED_DETAILS, []);
/// Details about a step that succeeded.
#[derive(Clone, Default, PartialEq)]
pub struct StepSucceededDetails {
    /// The response payload from the successful operation.
    pub result: EventResult,
    /// Information about retry attempts for this step operation.
    pub retry_details: RetryDetails,
}
rt::structure!(StepSucceededDetails, STEP_SUCCEEDED_DETAILS, [result, retry_details]);
#[derive(Clone, Default, PartialEq)]
pub struct StopDurableExecutionInput {
    /// The Amazon Resource Name (ARN) of the durable execution.
    pub durable_execution_arn: String,
    /// Optional error details explaining why the execution is being stopped. The combined size of all error fields is limited to 1 MB.
    pub error: Option<ErrorObject>,
}
rt::structure!(
    StopDurableExecutionInput, STOP_DURABLE_EXECUTION_INPUT, [durable_execution_arn,
    error]
);
#[derive(Clone, Default, PartialEq)]
pub struct StopDurableExecutionOutput {
    /// The timestamp when the execution was stopped (ISO 8601 format).
    pub stop_timestamp: rt::DateTime,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    StopDurableExecutionOutput, STOP_DURABLE_EXECUTION_OUTPUT, [stop_timestamp], meta =
    response_metadata
);
/// Lambda couldn't set up VPC access for the Lambda function because one or more configured subnets has no available IP addresses.
#[derive(Clone, Default, PartialEq)]
pub struct SubnetIpAddressLimitReachedException {
    pub r#type: Option<String>,
    pub message: Option<String>,
}
rt::structure!(
    SubnetIpAddressLimitReachedException, SUBNET_IP_ADDRESS_LIMIT_REACHED_EXCEPTION,
    [r#type, message]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SystemLogLevel {
    /// `DEBUG`
    Debug,
    /// `INFO`
    Info,
    /// `WARN`
    Warn,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(SystemLogLevel, { Debug => "DEBUG", Info => "INFO", Warn => "WARN" });
#[derive(Clone, Default, PartialEq)]
pub struct TagResourceInput {
    /// The resource's Amazon Resource Name (ARN).
    pub resource: String,
    /// A list of tags to apply to the resource.
    pub tags: rt::IndexMap<String, String>,
}
rt::structure!(TagResourceInput, TAG_RESOURCE_INPUT, [resource, tags]);
/// An object that contains details about an error related to retrieving tags.
#[derive(Clone, Default, PartialEq)]
pub struct TagsError {
    /// The error code.
    pub error_code: String,
    /// The error message.
    pub message: String,
}
rt::structure!(TagsError, TAGS_ERROR, [error_code, message]);
/// A scaling policy for the capacity provider that automatically adjusts capacity to maintain a target value for a specific metric.
#[derive(Clone, Default, PartialEq)]
pub struct TargetTrackingScalingPolicy {
    /// The predefined metric type to track for scaling decisions.
    pub predefined_metric_type: CapacityProviderPredefinedMetricType,
    /// The target value for the metric that the scaling policy attempts to maintain through scaling actions.
    pub target_value: f64,
}
rt::structure!(
    TargetTrackingScalingPolicy, TARGET_TRACKING_SCALING_POLICY, [predefined_metric_type,
    target_value]
);
/// Specifies the tenant isolation mode configuration for a Lambda function. This allows you to configure specific tenant isolation strategies for your function invocations. Tenant isolation configuration cannot be modified after function creation.
#[derive(Clone, Default, PartialEq)]
pub struct TenancyConfig {
    /// Tenant isolation mode allows for invocation to be sent to a corresponding execution environment dedicated to a specific tenant ID.
    pub tenant_isolation_mode: TenantIsolationMode,
}
rt::structure!(TenancyConfig, TENANCY_CONFIG, [tenant_isolation_mode]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TenantIsolationMode {
    /// `PER_TENANT`
    PerTenant,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(TenantIsolationMode, { PerTenant => "PER_TENANT" });
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ThrottleReason {
    /// `ConcurrentInvocationLimitExceeded`
    ConcurrentInvocationLimitExceeded,
    /// `FunctionInvocationRateLimitExceeded`
    FunctionInvocationRateLimitExceeded,
    /// `ReservedFunctionConcurrentInvocationLimitExceeded`
    ReservedFunctionConcurrentInvocationLimitExceeded,
    /// `ReservedFunctionInvocationRateLimitExceeded`
    ReservedFunctionInvocationRateLimitExceeded,
    /// `CallerRateLimitExceeded`
    CallerRateLimitExceeded,
    /// `ConcurrentSnapshotCreateLimitExceeded`
    ConcurrentSnapshotCreateLimitExceeded,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ThrottleReason, { ConcurrentInvocationLimitExceeded =>
    "ConcurrentInvocationLimitExceeded", FunctionInvocationRateLimitExceeded =>
    "FunctionInvocationRateLimitExceeded",
    ReservedFunctionConcurrentInvocationLimitExceeded =>
    "ReservedFunctionConcurrentInvocationLimitExceeded",
    ReservedFunctionInvocationRateLimitExceeded =>
    "ReservedFunctionInvocationRateLimitExceeded", CallerRateLimitExceeded =>
    "CallerRateLimitExceeded", ConcurrentSnapshotCreateLimitExceeded =>
    "ConcurrentSnapshotCreateLimitExceeded" }
);
/// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
#[derive(Clone, Default, PartialEq)]
pub struct TooManyRequestsException {
    /// The number of seconds the caller should wait before retrying.
    pub retry_after_seconds: Option<String>,
    pub r#type: Option<String>,
    pub message: Option<String>,
    pub reason: Option<ThrottleReason>,
}
rt::structure!(
    TooManyRequestsException, TOO_MANY_REQUESTS_EXCEPTION, [retry_after_seconds, r#type,
    message, reason]
);
/// Contains trace headers for the Lambda durable execution.
#[derive(Clone, Default, PartialEq)]
pub struct TraceHeader {
    /// The X-Ray trace header associated with the durable execution.
    pub x_amzn_trace_id: Option<String>,
}
rt::structure!(TraceHeader, TRACE_HEADER, [x_amzn_trace_id]);
/// The function's [X-Ray](https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html) tracing configuration. To sample and record incoming requests, set `Mode` to `Active`.
#[derive(Clone, Default, PartialEq)]
pub struct TracingConfig {
    /// The tracing mode.
    pub mode: Option<TracingMode>,
}
rt::structure!(TracingConfig, TRACING_CONFIG, [mode]);
/// The function's X-Ray tracing configuration.
#[derive(Clone, Default, PartialEq)]
pub struct TracingConfigResponse {
    /// The tracing mode.
    pub mode: Option<TracingMode>,
}
rt::structure!(TracingConfigResponse, TRACING_CONFIG_RESPONSE, [mode]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TracingMode {
    /// `Active`
    Active,
    /// `PassThrough`
    PassThrough,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(TracingMode, { Active => "Active", PassThrough => "PassThrough" });
/// The content type of the `Invoke` request body is not JSON.
#[derive(Clone, Default, PartialEq)]
pub struct UnsupportedMediaTypeException {
    pub r#type: Option<String>,
    pub message: Option<String>,
}
rt::structure!(
    UnsupportedMediaTypeException, UNSUPPORTED_MEDIA_TYPE_EXCEPTION, [r#type, message]
);
#[derive(Clone, Default, PartialEq)]
pub struct UntagResourceInput {
    /// The resource's Amazon Resource Name (ARN).
    pub resource: String,
    /// A list of tag keys to remove from the resource.
    pub tag_keys: Vec<String>,
}
rt::structure!(UntagResourceInput, UNTAG_RESOURCE_INPUT, [resource, tag_keys]);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateAliasInput {
    /// The name or ARN of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** - `MyFunction`.
    ///
    /// - **Function ARN** - `arn:aws:lambda:us-west-2:123456789012:function:MyFunction`.
    ///
    /// - **Partial ARN** - `123456789012:function:MyFunction`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the function name, it is limited to 64 characters in length.
    pub function_name: String,
    /// The name of the alias.
    pub name: String,
    /// The function version that the alias invokes.
    pub function_version: Option<String>,
    /// A description of the alias.
    pub description: Option<String>,
    /// The [routing configuration](https://docs.aws.amazon.com/lambda/latest/dg/configuration-aliases.html#configuring-alias-routing) of the alias.
    pub routing_config: Option<AliasRoutingConfiguration>,
    /// Only update the alias if the revision ID matches the ID that's specified. Use this option to avoid modifying an alias that has changed since you last read it.
    pub revision_id: Option<String>,
}
rt::structure!(
    UpdateAliasInput, UPDATE_ALIAS_INPUT, [function_name, name, function_version,
    description, routing_config, revision_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateCapacityProviderInput {
    /// The name of the capacity provider to update.
    pub capacity_provider_name: String,
    /// The updated scaling configuration for the capacity provider.
    pub capacity_provider_scaling_config: Option<CapacityProviderScalingConfig>,
    /// Configuration for tag propagation to managed resources launched by the capacity provider.
    pub propagate_tags: Option<PropagateTags>,
    /// The updated telemetry configuration for the capacity provider.
    pub telemetry_config: Option<CapacityProviderTelemetryConfig>,
}
rt::structure!(
    UpdateCapacityProviderInput, UPDATE_CAPACITY_PROVIDER_INPUT, [capacity_provider_name,
    capacity_provider_scaling_config, propagate_tags, telemetry_config]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateCapacityProviderOutput {
    /// Information about the updated capacity provider.
    pub capacity_provider: CapacityProvider,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    UpdateCapacityProviderOutput, UPDATE_CAPACITY_PROVIDER_OUTPUT, [capacity_provider],
    meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateCodeSigningConfigInput {
    /// The The Amazon Resource Name (ARN) of the code signing configuration.
    pub code_signing_config_arn: String,
    /// Descriptive name for this code signing configuration.
    pub description: Option<String>,
    /// Signing profiles for this code signing configuration.
    pub allowed_publishers: Option<AllowedPublishers>,
    /// The code signing policy.
    pub code_signing_policies: Option<CodeSigningPolicies>,
}
rt::structure!(
    UpdateCodeSigningConfigInput, UPDATE_CODE_SIGNING_CONFIG_INPUT,
    [code_signing_config_arn, description, allowed_publishers, code_signing_policies]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateCodeSigningConfigOutput {
    /// The code signing configuration
    pub code_signing_config: CodeSigningConfig,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    UpdateCodeSigningConfigOutput, UPDATE_CODE_SIGNING_CONFIG_OUTPUT,
    [code_signing_config], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateEventSourceMappingInput {
    /// The identifier of the event source mapping.
    pub uuid: String,
    /// The name or ARN of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `MyFunction`.
    ///
    /// - **Function ARN** – `arn:aws:lambda:us-west-2:123456789012:function:MyFunction`.
    ///
    /// - **Version or Alias ARN** – `arn:aws:lambda:us-west-2:123456789012:function:MyFunction:PROD`.
    ///
    /// - **Partial ARN** – `123456789012:function:MyFunction`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the function name, it's limited to 64 characters in length.
    pub function_name: Option<String>,
    /// When true, the event source mapping is active. When false, Lambda pauses polling and invocation.
    ///
    /// Default: True
    pub enabled: Option<bool>,
    /// The maximum number of records in each batch that Lambda pulls from your stream or queue and sends to your function. Lambda passes all of the records in the batch to the function in a single call, up to the payload limit for synchronous invocation (6 MB).
    ///
    /// - **Amazon Kinesis** – Default 100. Max 10,000.
    ///
    /// - **Amazon DynamoDB Streams** – Default 100. Max 10,000.
    ///
    /// - **Amazon Simple Queue Service** – Default 10. For standard queues the max is 10,000. For FIFO queues the max is 10.
    ///
    /// - **Amazon Managed Streaming for Apache Kafka** – Default 100. Max 10,000.
    ///
    /// - **Self-managed Apache Kafka** – Default 100. Max 10,000.
    ///
    /// - **Amazon MQ (ActiveMQ and RabbitMQ)** – Default 100. Max 10,000.
    ///
    /// - **DocumentDB** – Default 100. Max 10,000.
    pub batch_size: Option<i32>,
    /// An object that defines the filter criteria that determine whether Lambda should process an event. For more information, see [Lambda event filtering](https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html).
    pub filter_criteria: Option<FilterCriteria>,
    /// The ARN of the Key Management Service (KMS) customer managed key that Lambda uses to encrypt your function's [filter criteria](https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html#filtering-basics). By default, Lambda does not encrypt your filter criteria object. Specify this property to encrypt data using your own customer managed key.
    pub kms_key_arn: Option<String>,
    /// The metrics configuration for your event source. For more information, see [Event source mapping metrics](https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html#event-source-mapping-metrics).
    pub metrics_config: Option<EventSourceMappingMetricsConfig>,
    /// (Amazon MSK, and self-managed Apache Kafka only) The logging configuration for your event source. Use this configuration object to define the level of logs for your event source mapping.
    pub logging_config: Option<EventSourceMappingLoggingConfig>,
    /// (Amazon SQS only) The scaling configuration for the event source. For more information, see [Configuring maximum concurrency for Amazon SQS event sources](https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html#events-sqs-max-concurrency).
    pub scaling_config: Option<ScalingConfig>,
    /// The maximum amount of time, in seconds, that Lambda spends gathering records before invoking the function. You can configure `MaximumBatchingWindowInSeconds` to any value from 0 seconds to 300 seconds in increments of seconds.
    ///
    /// For Kinesis, DynamoDB, and Amazon SQS event sources, the default batching window is 0 seconds. For Amazon MSK, Self-managed Apache Kafka, Amazon MQ, and DocumentDB event sources, the default batching window is 500 ms. Note that because you can only change `MaximumBatchingWindowInSeconds` in increments of seconds, you cannot revert back to the 500 ms default batching window after you have changed it. To restore the default batching window, you must create a new event source mapping.
    ///
    /// Related setting: For Kinesis, DynamoDB, and Amazon SQS event sources, when you set `BatchSize` to a value greater than 10, you must set `MaximumBatchingWindowInSeconds` to at least 1.
    ///
    /// Not supported for Kafka event source mappings when `ConsumptionMode` is `Queue`.
    pub maximum_batching_window_in_seconds: Option<i32>,
    /// (Kinesis and DynamoDB Streams only) The number of batches to process from each shard concurrently.
    pub parallelization_factor: Option<i32>,
    /// (Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) A configuration object that specifies the destination of an event after Lambda processes it.
    pub destination_config: Option<DestinationConfig>,
    /// (Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) Discard records older than the specified age. The default value is infinite (-1).
    pub maximum_record_age_in_seconds: Option<i32>,
    /// (Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) If the function returns an error, split the batch in two and retry.
    pub bisect_batch_on_function_error: Option<bool>,
    /// (Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) Discard records after the specified number of retries. The default value is infinite (-1). When set to infinite (-1), failed records are retried until the record expires.
    ///
    /// For Kafka event source mappings with `ConsumptionMode` set to `Queue`, the value -1 (infinite retries) is not supported and the default is 0 (no retries). Lambda releases failed records back to the broker, which redelivers them up to the share group's `group.share.delivery.count.limit`.
    pub maximum_retry_attempts: Option<i32>,
    /// (Kinesis and DynamoDB Streams only) The duration in seconds of a processing window for DynamoDB and Kinesis Streams event sources. A value of 0 seconds indicates no tumbling window.
    pub tumbling_window_in_seconds: Option<i32>,
    /// An array of authentication protocols or VPC components required to secure your event source.
    pub source_access_configurations: Option<Vec<SourceAccessConfiguration>>,
    /// (Kinesis, DynamoDB Streams, Amazon MSK, self-managed Apache Kafka, and Amazon SQS) A list of current response type enums applied to the event source mapping.
    pub function_response_types: Option<Vec<FunctionResponseType>>,
    /// Specific configuration settings for an Amazon Managed Streaming for Apache Kafka (Amazon MSK) event source.
    pub amazon_managed_kafka_event_source_config: Option<
        AmazonManagedKafkaEventSourceConfig,
    >,
    /// Specific configuration settings for a self-managed Apache Kafka event source.
    pub self_managed_kafka_event_source_config: Option<
        SelfManagedKafkaEventSourceConfig,
    >,
    /// Specific configuration settings for a DocumentDB event source.
    pub document_db_event_source_config: Option<DocumentDbEventSourceConfig>,
    /// (Amazon SQS, Amazon MSK, and self-managed Apache Kafka only) The provisioned mode configuration for the event source. For more information, see [provisioned mode](https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventsourcemapping.html#invocation-eventsourcemapping-provisioned-mode).
    pub provisioned_poller_config: Option<ProvisionedPollerConfig>,
}
rt::structure!(
    UpdateEventSourceMappingInput, UPDATE_EVENT_SOURCE_MAPPING_INPUT, [uuid,
    function_name, enabled, batch_size, filter_criteria, kms_key_arn, metrics_config,
    logging_config, scaling_config, maximum_batching_window_in_seconds,
    parallelization_factor, destination_config, maximum_record_age_in_seconds,
    bisect_batch_on_function_error, maximum_retry_attempts, tumbling_window_in_seconds,
    source_access_configurations, function_response_types,
    amazon_managed_kafka_event_source_config, self_managed_kafka_event_source_config,
    document_db_event_source_config, provisioned_poller_config]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateFunctionCodeInput {
    /// The name or ARN of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function`.
    ///
    /// - **Function ARN** – `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    ///
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the function name, it is limited to 64 characters in length.
    pub function_name: String,
    /// The base64-encoded contents of the deployment package. Amazon Web Services SDK and CLI clients handle the encoding for you. Use only with a function defined with a .zip file archive deployment package.
    pub zip_file: Option<Vec<u8>>,
    /// An Amazon S3 bucket in the same Amazon Web Services Region as your function. The bucket can be in a different Amazon Web Services account. Use only with a function defined with a .zip file archive deployment package.
    pub s3_bucket: Option<String>,
    /// The Amazon S3 key of the deployment package. Use only with a function defined with a .zip file archive deployment package.
    pub s3_key: Option<String>,
    /// For versioned objects, the version of the deployment package object to use.
    pub s3_object_version: Option<String>,
    /// Specifies how the deployment package is stored. Valid values:
    ///
    /// - `COPY` (default) – Uploads a copy of your deployment package to Lambda.
    ///
    /// - `REFERENCE` – Lambda references the deployment package from the specified Amazon S3 bucket.
    pub s3_object_storage_mode: Option<S3ObjectStorageMode>,
    /// URI of a container image in the Amazon ECR registry. Do not use for a function defined with a .zip file archive.
    pub image_uri: Option<String>,
    /// The instruction set architecture that the function supports. Enter a string array with one of the valid values (arm64 or x86\_64). The default value is `x86\_64`.
    pub architectures: Option<Vec<Architecture>>,
    /// Set to true to publish a new version of the function after updating the code. This has the same effect as calling PublishVersion separately.
    pub publish: Option<bool>,
    /// Specifies where to publish the function version or configuration.
    pub publish_to: Option<FunctionVersionLatestPublished>,
    /// Set to true to validate the request parameters and access permissions without modifying the function code.
    pub dry_run: Option<bool>,
    /// Update the function only if the revision ID matches the ID that's specified. Use this option to avoid modifying a function that has changed since you last read it.
    pub revision_id: Option<String>,
    /// The ARN of the Key Management Service (KMS) customer managed key that's used to encrypt your function's .zip deployment package. If you don't provide a customer managed key, Lambda uses an Amazon Web Services managed key.
    pub source_kms_key_arn: Option<String>,
}
rt::structure!(
    UpdateFunctionCodeInput, UPDATE_FUNCTION_CODE_INPUT, [function_name, zip_file,
    s3_bucket, s3_key, s3_object_version, s3_object_storage_mode, image_uri,
    architectures, publish, publish_to, dry_run, revision_id, source_kms_key_arn]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateFunctionConfigurationInput {
    /// The name or ARN of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function`.
    ///
    /// - **Function ARN** – `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    ///
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the function name, it is limited to 64 characters in length.
    pub function_name: String,
    /// The Amazon Resource Name (ARN) of the function's execution role.
    pub role: Option<String>,
    /// The name of the method within your code that Lambda calls to run your function. Handler is required if the deployment package is a .zip file archive. The format includes the file name. It can also include namespaces and other qualifiers, depending on the runtime. For more information, see [Lambda programming model](https://docs.aws.amazon.com/lambda/latest/dg/foundation-progmodel.html).
    pub handler: Option<String>,
    /// A description of the function.
    pub description: Option<String>,
    /// The amount of time (in seconds) that Lambda allows a function to run before stopping it. The default is 3 seconds, and the maximum allowed value is 900 seconds. For functions using Lambda Managed Instances, asynchronous invocations and event source mapping invocations (except Amazon MQ and Amazon DocumentDB) support a maximum allowed value of 5,400 seconds (90 minutes). For more information, see [Lambda execution environment](https://docs.aws.amazon.com/lambda/latest/dg/runtimes-context.html).
    pub timeout: Option<i32>,
    /// The amount of [memory available to the function](https://docs.aws.amazon.com/lambda/latest/dg/configuration-function-common.html#configuration-memory-console) at runtime. Increasing the function memory also increases its CPU allocation. The default value is 128 MB. The value can be any multiple of 1 MB.
    pub memory_size: Option<i32>,
    /// For network connectivity to Amazon Web Services resources in a VPC, specify a list of security groups and subnets in the VPC. When you connect a function to a VPC, it can access resources and the internet only through that VPC. For more information, see [Configuring a Lambda function to access resources in a VPC](https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html).
    pub vpc_config: Option<VpcConfig>,
    /// Environment variables that are accessible from function code during execution.
    pub environment: Option<Environment>,
    /// The identifier of the function's [ runtime](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html). Runtime is required if the deployment package is a .zip file archive. Specifying a runtime results in an error if you're deploying a function using a container image.
    ///
    /// The following list includes deprecated runtimes. Lambda blocks creating new functions and updating existing functions shortly after each runtime is deprecated. For more information, see [Runtime use after deprecation](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html#runtime-deprecation-levels).
    ///
    /// For a list of all currently supported runtimes, see [Supported runtimes](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html#runtimes-supported).
    pub runtime: Option<Runtime>,
    /// A dead-letter queue configuration that specifies the queue or topic where Lambda sends asynchronous events when they fail processing. For more information, see [Dead-letter queues](https://docs.aws.amazon.com/lambda/latest/dg/invocation-async.html#invocation-dlq).
    pub dead_letter_config: Option<DeadLetterConfig>,
    /// The ARN of the Key Management Service (KMS) customer managed key that's used to encrypt the following resources:
    ///
    /// - The function's [environment variables](https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-encryption).
    ///
    /// - The function's [Lambda SnapStart](https://docs.aws.amazon.com/lambda/latest/dg/snapstart-security.html) snapshots.
    ///
    /// - When used with `SourceKMSKeyArn`, the unzipped version of the .zip deployment package that's used for function invocations. For more information, see [ Specifying a customer managed key for Lambda](https://docs.aws.amazon.com/lambda/latest/dg/encrypt-zip-package.html#enable-zip-custom-encryption).
    ///
    /// - The optimized version of the container image that's used for function invocations. Note that this is not the same key that's used to protect your container image in the Amazon Elastic Container Registry (Amazon ECR). For more information, see [Function lifecycle](https://docs.aws.amazon.com/lambda/latest/dg/images-create.html#images-lifecycle).
    ///
    /// If you don't provide a customer managed key, Lambda uses an [Amazon Web Services owned key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-owned-cmk) or an [Amazon Web Services managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-cmk).
    pub kms_key_arn: Option<String>,
    /// Set `Mode` to `Active` to sample and trace a subset of incoming requests with [X-Ray](https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html).
    pub tracing_config: Option<TracingConfig>,
    /// Update the function only if the revision ID matches the ID that's specified. Use this option to avoid modifying a function that has changed since you last read it.
    pub revision_id: Option<String>,
    /// A list of [function layers](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html) to add to the function's execution environment. Specify each layer by its ARN, including the version.
    pub layers: Option<Vec<String>>,
    /// Connection settings for an Amazon EFS file system or an Amazon S3 Files file system.
    pub file_system_configs: Option<Vec<FileSystemConfig>>,
    /// [Container image configuration values](https://docs.aws.amazon.com/lambda/latest/dg/images-create.html#images-parms) that override the values in the container image Docker file.
    pub image_config: Option<ImageConfig>,
    /// The size of the function's `/tmp` directory in MB. The default value is 512, but can be any whole number between 512 and 10,240 MB. For functions that use `AcceleratorConfig`, the maximum is 32,768 MB. For more information, see [Configuring ephemeral storage (console)](https://docs.aws.amazon.com/lambda/latest/dg/configuration-function-common.html#configuration-ephemeral-storage).
    pub ephemeral_storage: Option<EphemeralStorage>,
    /// The function's [SnapStart](https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html) setting.
    pub snap_start: Option<SnapStart>,
    /// The function's Amazon CloudWatch Logs configuration settings.
    pub logging_config: Option<LoggingConfig>,
    /// Configuration for the capacity provider that manages compute resources for Lambda functions.
    pub capacity_provider_config: Option<CapacityProviderConfig>,
    /// Configuration settings for [durable functions](https://docs.aws.amazon.com/lambda/latest/dg/durable-functions.html), including execution timeout, retention period for execution history, and an optional ARN of the Key Management Service (KMS) customer managed key that is used to encrypt your durable execution's payload data, including input, output, and error payloads.
    pub durable_config: Option<DurableConfig>,
    /// The customer-managed runtime configuration for your function. Specifies the customer-managed runtime and the runtime alias that your function uses.
    pub runtime_config: Option<FunctionRuntimeConfig>,
    /// The accelerator resource settings for a Lambda execution environment.
    pub accelerator_config: Option<AcceleratorConfig>,
}
rt::structure!(
    UpdateFunctionConfigurationInput, UPDATE_FUNCTION_CONFIGURATION_INPUT,
    [function_name, role, handler, description, timeout, memory_size, vpc_config,
    environment, runtime, dead_letter_config, kms_key_arn, tracing_config, revision_id,
    layers, file_system_configs, image_config, ephemeral_storage, snap_start,
    logging_config, capacity_provider_config, durable_config, runtime_config,
    accelerator_config]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateFunctionEventInvokeConfigInput {
    /// The name or ARN of the Lambda function, version, or alias.
    ///
    /// **Name formats**
    ///
    /// - **Function name** - `my-function` (name-only), `my-function:v1` (with alias).
    ///
    /// - **Function ARN** - `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    ///
    /// - **Partial ARN** - `123456789012:function:my-function`.
    ///
    /// You can append a version number or alias to any of the formats. The length constraint applies only to the full ARN. If you specify only the function name, it is limited to 64 characters in length.
    pub function_name: String,
    /// A version number or alias name.
    pub qualifier: Option<String>,
    /// The maximum number of times to retry when the function returns an error.
    pub maximum_retry_attempts: Option<i32>,
    /// The maximum age of a request that Lambda sends to a function for processing.
    pub maximum_event_age_in_seconds: Option<i32>,
    /// A destination for events after they have been sent to a function for processing.
    ///
    /// **Destinations**
    ///
    /// - **Function** - The Amazon Resource Name (ARN) of a Lambda function.
    ///
    /// - **Queue** - The ARN of a standard SQS queue.
    ///
    /// - **Bucket** - The ARN of an Amazon S3 bucket.
    ///
    /// - **Topic** - The ARN of a standard SNS topic.
    ///
    /// - **Event Bus** - The ARN of an Amazon EventBridge event bus.
    ///
    /// S3 buckets are supported only for on-failure destinations. To retain records of successful invocations, use another destination type.
    pub destination_config: Option<DestinationConfig>,
}
rt::structure!(
    UpdateFunctionEventInvokeConfigInput, UPDATE_FUNCTION_EVENT_INVOKE_CONFIG_INPUT,
    [function_name, qualifier, maximum_retry_attempts, maximum_event_age_in_seconds,
    destination_config]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateFunctionUrlConfigInput {
    /// The name or ARN of the Lambda function.
    ///
    /// **Name formats**
    ///
    /// - **Function name** – `my-function`.
    ///
    /// - **Function ARN** – `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
    ///
    /// - **Partial ARN** – `123456789012:function:my-function`.
    ///
    /// The length constraint applies only to the full ARN. If you specify only the function name, it is limited to 64 characters in length.
    pub function_name: String,
    /// The alias name.
    pub qualifier: Option<String>,
    /// The type of authentication that your function URL uses. Set to `AWS\_IAM` if you want to restrict access to authenticated users only. Set to `NONE` if you want to bypass IAM authentication to create a public endpoint. For more information, see [Control access to Lambda function URLs](https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html).
    pub auth_type: Option<FunctionUrlAuthType>,
    /// The [cross-origin resource sharing (CORS)](https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS) settings for your function URL.
    pub cors: Option<Cors>,
    /// Use one of the following options:
    ///
    /// - `BUFFERED` – This is the default option. Lambda invokes your function using the `Invoke` API operation. Invocation results are available when the payload is complete. The maximum payload size is 6 MB.
    ///
    /// - `RESPONSE\_STREAM` – Your function streams payload results as they become available. Lambda invokes your function using the `InvokeWithResponseStream` API operation. The maximum response payload size is 200 MB.
    pub invoke_mode: Option<InvokeMode>,
}
rt::structure!(
    UpdateFunctionUrlConfigInput, UPDATE_FUNCTION_URL_CONFIG_INPUT, [function_name,
    qualifier, auth_type, cors, invoke_mode]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateFunctionUrlConfigOutput {
    /// The HTTP URL endpoint for your function.
    pub function_url: String,
    /// The Amazon Resource Name (ARN) of your function.
    pub function_arn: String,
    /// The type of authentication that your function URL uses. Set to `AWS\_IAM` if you want to restrict access to authenticated users only. Set to `NONE` if you want to bypass IAM authentication to create a public endpoint. For more information, see [Control access to Lambda function URLs](https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html).
    pub auth_type: FunctionUrlAuthType,
    /// The [cross-origin resource sharing (CORS)](https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS) settings for your function URL.
    pub cors: Option<Cors>,
    /// When the function URL was created, in [ISO-8601 format](https://www.w3.org/TR/NOTE-datetime) (YYYY-MM-DDThh:mm:ss.sTZD).
    pub creation_time: String,
    /// When the function URL configuration was last updated, in [ISO-8601 format](https://www.w3.org/TR/NOTE-datetime) (YYYY-MM-DDThh:mm:ss.sTZD).
    pub last_modified_time: String,
    /// Use one of the following options:
    ///
    /// - `BUFFERED` – This is the default option. Lambda invokes your function using the `Invoke` API operation. Invocation results are available when the payload is complete. The maximum payload size is 6 MB.
    ///
    /// - `RESPONSE\_STREAM` – Your function streams payload results as they become available. Lambda invokes your function using the `InvokeWithResponseStream` API operation. The maximum response payload size is 200 MB.
    pub invoke_mode: Option<InvokeMode>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    UpdateFunctionUrlConfigOutput, UPDATE_FUNCTION_URL_CONFIG_OUTPUT, [function_url,
    function_arn, auth_type, cors, creation_time, last_modified_time, invoke_mode], meta
    = response_metadata
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UpdateRuntimeOn {
    /// `Auto`
    Auto,
    /// `Manual`
    Manual,
    /// `FunctionUpdate`
    FunctionUpdate,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    UpdateRuntimeOn, { Auto => "Auto", Manual => "Manual", FunctionUpdate =>
    "FunctionUpdate" }
);
/// The VPC security groups and subnets that are attached to a Lambda function. For more information, see [Configuring a Lambda function to access resources in a VPC](https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html).
#[derive(Clone, Default, PartialEq)]
pub struct VpcConfig {
    /// A list of VPC subnet IDs.
    pub subnet_ids: Option<Vec<String>>,
    /// A list of VPC security group IDs.
    pub security_group_ids: Option<Vec<String>>,
    /// Allows outbound IPv6 traffic on VPC functions that are connected to dual-stack subnets.
    pub ipv6_allowed_for_dual_stack: Option<bool>,
}
rt::structure!(
    VpcConfig, VPC_CONFIG, [subnet_ids, security_group_ids, ipv6_allowed_for_dual_stack]
);
/// The VPC security groups and subnets that are attached to a Lambda function.
#[derive(Clone, Default, PartialEq)]
pub struct VpcConfigResponse {
    /// A list of VPC subnet IDs.
    pub subnet_ids: Option<Vec<String>>,
    /// A list of VPC security group IDs.
    pub security_group_ids: Option<Vec<String>>,
    /// The ID of the VPC.
    pub vpc_id: Option<String>,
    /// Allows outbound IPv6 traffic on VPC functions that are connected to dual-stack subnets.
    pub ipv6_allowed_for_dual_stack: Option<bool>,
}
rt::structure!(
    VpcConfigResponse, VPC_CONFIG_RESPONSE, [subnet_ids, security_group_ids, vpc_id,
    ipv6_allowed_for_dual_stack]
);
/// Details about a wait operation that was cancelled.
#[derive(Clone, Default, PartialEq)]
pub struct WaitCancelledDetails {
    /// Details about why the wait operation was cancelled.
    pub error: Option<EventError>,
}
rt::structure!(WaitCancelledDetails, WAIT_CANCELLED_DETAILS, [error]);
/// Details about a wait operation.
#[derive(Clone, Default, PartialEq)]
pub struct WaitDetails {
    /// The date and time when the wait operation is scheduled to complete, in [ISO-8601 format](https://www.w3.org/TR/NOTE-datetime) (YYYY-MM-DDThh:mm:ss.sTZD).
    pub scheduled_end_timestamp: Option<rt::DateTime>,
}
rt::structure!(WaitDetails, WAIT_DETAILS, [scheduled_end_timestamp]);
/// Specifies how long the durable execution waits.
#[derive(Clone, Default, PartialEq)]
pub struct WaitOptions {
    /// The duration to wait, in seconds.
    pub wait_seconds: Option<i32>,
}
rt::structure!(WaitOptions, WAIT_OPTIONS, [wait_seconds]);
/// Details about a wait operation that has started.
#[derive(Clone, Default, PartialEq)]
pub struct WaitStartedDetails {
    /// The duration to wait, in seconds.
    pub duration: i32,
    /// The date and time when the wait operation is scheduled to complete, in [ISO-8601 format](https://www.w3.org/TR/NOTE-datetime) (YYYY-MM-DDThh:mm:ss.sTZD).
    pub scheduled_end_timestamp: rt::DateTime,
}
rt::structure!(
    WaitStartedDetails, WAIT_STARTED_DETAILS, [duration, scheduled_end_timestamp]
);
/// Details about a wait operation that succeeded.
#[derive(Clone, Default, PartialEq)]
pub struct WaitSucceededDetails {
    /// The wait duration, in seconds.
    pub duration: Option<i32>,
}
rt::structure!(WaitSucceededDetails, WAIT_SUCCEEDED_DETAILS, [duration]);

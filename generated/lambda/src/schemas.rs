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
    service_id: "Lambda",
    endpoint_prefix: "lambda",
    signing_name: "lambda",
    rule_set: include_str!("endpoint-rule-set.json"),
    ..Service::new("lambda", "2015-03-31", Protocol::RestJson)
};
pub static ACCELERATOR_CONFIG: Schema = Schema::structure(
    "AcceleratorConfig",
    &[Member::new("AcceleratorMemorySize", &p::INTEGER).with(f::REQUIRED)],
);
pub static ACCOUNT_LIMIT: Schema = Schema::structure(
    "AccountLimit",
    &[
        Member::new("TotalCodeSize", &p::LONG),
        Member::new("CodeSizeUnzipped", &p::LONG),
        Member::new("CodeSizeZipped", &p::LONG),
        Member::new("ConcurrentExecutions", &p::INTEGER),
        Member::new("UnreservedConcurrentExecutions", &p::INTEGER),
    ],
);
pub static ACCOUNT_USAGE: Schema = Schema::structure(
    "AccountUsage",
    &[Member::new("TotalCodeSize", &p::LONG), Member::new("FunctionCount", &p::LONG)],
);
pub static ADD_LAYER_VERSION_PERMISSION_INPUT: Schema = Schema::structure(
    "AddLayerVersionPermissionRequest",
    &[
        Member::new("LayerName", &p::STRING).at(Uri, "LayerName").with(f::REQUIRED),
        Member::new("VersionNumber", &p::LONG)
            .at(Uri, "VersionNumber")
            .with(f::REQUIRED),
        Member::new("StatementId", &p::STRING).with(f::REQUIRED),
        Member::new("Action", &p::STRING).with(f::REQUIRED),
        Member::new("Principal", &p::STRING).with(f::REQUIRED),
        Member::new("OrganizationId", &p::STRING),
        Member::new("RevisionId", &p::STRING).at(QueryString, "RevisionId"),
    ],
);
pub static ADD_LAYER_VERSION_PERMISSION_OUTPUT: Schema = Schema::structure(
    "AddLayerVersionPermissionResponse",
    &[Member::new("Statement", &p::STRING), Member::new("RevisionId", &p::STRING)],
);
pub static ADD_PERMISSION_INPUT: Schema = Schema::structure(
    "AddPermissionRequest",
    &[
        Member::new("FunctionName", &p::STRING)
            .at(Uri, "FunctionName")
            .with(f::REQUIRED),
        Member::new("StatementId", &p::STRING).with(f::REQUIRED),
        Member::new("Action", &p::STRING).with(f::REQUIRED),
        Member::new("Principal", &p::STRING).with(f::REQUIRED),
        Member::new("SourceArn", &p::STRING),
        Member::new("FunctionUrlAuthType", &p::STRING),
        Member::new("InvokedViaFunctionUrl", &p::BOOLEAN),
        Member::new("SourceAccount", &p::STRING),
        Member::new("EventSourceToken", &p::STRING),
        Member::new("Qualifier", &p::STRING).at(QueryString, "Qualifier"),
        Member::new("RevisionId", &p::STRING),
        Member::new("PrincipalOrgID", &p::STRING),
    ],
);
pub static ADD_PERMISSION_OUTPUT: Schema = Schema::structure(
    "AddPermissionResponse",
    &[Member::new("Statement", &p::STRING)],
);
pub static ADDITIONAL_VERSION_WEIGHTS: Schema = Schema::map(
    "AdditionalVersionWeights",
    &[Member::new("key", &p::STRING), Member::new("value", &p::DOUBLE)],
);
pub static ALIAS_CONFIGURATION: Schema = Schema::structure(
    "AliasConfiguration",
    &[
        Member::new("AliasArn", &p::STRING),
        Member::new("Name", &p::STRING),
        Member::new("FunctionVersion", &p::STRING),
        Member::new("Description", &p::STRING),
        Member::new("RoutingConfig", &ALIAS_ROUTING_CONFIGURATION),
        Member::new("RevisionId", &p::STRING),
    ],
);
pub static ALIAS_LIMIT_EXCEEDED_EXCEPTION: Schema = Schema::structure(
        "AliasLimitExceededException",
        &[Member::new("Type", &p::STRING), Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("AliasLimitExceededException", 400u16);
pub static ALIAS_LIST: Schema = Schema::list(
    "AliasList",
    &[Member::new("member", &ALIAS_CONFIGURATION)],
);
pub static ALIAS_ROUTING_CONFIGURATION: Schema = Schema::structure(
    "AliasRoutingConfiguration",
    &[Member::new("AdditionalVersionWeights", &ADDITIONAL_VERSION_WEIGHTS)],
);
pub static ALLOW_METHODS_LIST: Schema = Schema::list(
    "AllowMethodsList",
    &[Member::new("member", &p::STRING)],
);
pub static ALLOW_ORIGINS_LIST: Schema = Schema::list(
    "AllowOriginsList",
    &[Member::new("member", &p::STRING)],
);
pub static ALLOWED_PUBLISHERS: Schema = Schema::structure(
    "AllowedPublishers",
    &[
        Member::new("SigningProfileVersionArns", &SIGNING_PROFILE_VERSION_ARNS)
            .with(f::REQUIRED),
    ],
);
pub static AMAZON_MANAGED_KAFKA_EVENT_SOURCE_CONFIG: Schema = Schema::structure(
    "AmazonManagedKafkaEventSourceConfig",
    &[
        Member::new("ConsumerGroupId", &p::STRING),
        Member::new("SchemaRegistryConfig", &KAFKA_SCHEMA_REGISTRY_CONFIG),
    ],
);
pub static ARCHITECTURES_LIST: Schema = Schema::list(
    "ArchitecturesList",
    &[Member::new("member", &p::STRING)],
);
pub static BINARY_OPERATION_PAYLOAD: Schema = Schema::scalar(
        "BinaryOperationPayload",
        Kind::Blob,
    )
    .with(f::SENSITIVE);
pub static BLOB: Schema = Schema::scalar("Blob", Kind::Blob).with(f::SENSITIVE);
pub static BLOB_STREAM: Schema = Schema::scalar("BlobStream", Kind::Blob)
    .with(f::STREAMING);
pub static CALLBACK_DETAILS: Schema = Schema::structure(
    "CallbackDetails",
    &[
        Member::new("CallbackId", &p::STRING),
        Member::new("Result", &OPERATION_PAYLOAD),
        Member::new("Error", &ERROR_OBJECT),
    ],
);
pub static CALLBACK_FAILED_DETAILS: Schema = Schema::structure(
    "CallbackFailedDetails",
    &[Member::new("Error", &EVENT_ERROR).with(f::REQUIRED)],
);
pub static CALLBACK_OPTIONS: Schema = Schema::structure(
    "CallbackOptions",
    &[
        Member::new("TimeoutSeconds", &p::INTEGER),
        Member::new("HeartbeatTimeoutSeconds", &p::INTEGER),
    ],
);
pub static CALLBACK_STARTED_DETAILS: Schema = Schema::structure(
    "CallbackStartedDetails",
    &[
        Member::new("CallbackId", &p::STRING).with(f::REQUIRED),
        Member::new("HeartbeatTimeout", &p::INTEGER),
        Member::new("Timeout", &p::INTEGER),
    ],
);
pub static CALLBACK_SUCCEEDED_DETAILS: Schema = Schema::structure(
    "CallbackSucceededDetails",
    &[Member::new("Result", &EVENT_RESULT).with(f::REQUIRED)],
);
pub static CALLBACK_TIMED_OUT_DETAILS: Schema = Schema::structure(
    "CallbackTimedOutDetails",
    &[Member::new("Error", &EVENT_ERROR).with(f::REQUIRED)],
);
pub static CALLBACK_TIMEOUT_EXCEPTION: Schema = Schema::structure(
        "CallbackTimeoutException",
        &[Member::new("Type", &p::STRING), Member::new("Message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("CallbackTimeoutException", 400u16);
pub static CAPACITY_PROVIDER: Schema = Schema::structure(
    "CapacityProvider",
    &[
        Member::new("CapacityProviderArn", &p::STRING).with(f::REQUIRED),
        Member::new("State", &p::STRING).with(f::REQUIRED),
        Member::new("VpcConfig", &CAPACITY_PROVIDER_VPC_CONFIG).with(f::REQUIRED),
        Member::new("PermissionsConfig", &CAPACITY_PROVIDER_PERMISSIONS_CONFIG)
            .with(f::REQUIRED),
        Member::new("InstanceRequirements", &INSTANCE_REQUIREMENTS),
        Member::new("CapacityProviderScalingConfig", &CAPACITY_PROVIDER_SCALING_CONFIG),
        Member::new("KmsKeyArn", &p::STRING),
        Member::new("LastModified", &p::STRING),
        Member::new("PropagateTags", &PROPAGATE_TAGS),
        Member::new("TelemetryConfig", &CAPACITY_PROVIDER_TELEMETRY_CONFIG),
    ],
);
pub static CAPACITY_PROVIDER_CONFIG: Schema = Schema::structure(
    "CapacityProviderConfig",
    &[
        Member::new(
                "LambdaManagedInstancesCapacityProviderConfig",
                &LAMBDA_MANAGED_INSTANCES_CAPACITY_PROVIDER_CONFIG,
            )
            .with(f::REQUIRED),
    ],
);
pub static CAPACITY_PROVIDER_LIMIT_EXCEEDED_EXCEPTION: Schema = Schema::structure(
        "CapacityProviderLimitExceededException",
        &[Member::new("Type", &p::STRING), Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("CapacityProviderLimitExceededException", 400u16);
pub static CAPACITY_PROVIDER_LOGGING_CONFIG: Schema = Schema::structure(
    "CapacityProviderLoggingConfig",
    &[Member::new("SystemLogLevel", &p::STRING), Member::new("LogGroup", &p::STRING)],
);
pub static CAPACITY_PROVIDER_PERMISSIONS_CONFIG: Schema = Schema::structure(
    "CapacityProviderPermissionsConfig",
    &[Member::new("CapacityProviderOperatorRoleArn", &p::STRING).with(f::REQUIRED)],
);
pub static CAPACITY_PROVIDER_SCALING_CONFIG: Schema = Schema::structure(
    "CapacityProviderScalingConfig",
    &[
        Member::new("MaxVCpuCount", &p::INTEGER),
        Member::new("ScalingMode", &p::STRING),
        Member::new("ScalingPolicies", &CAPACITY_PROVIDER_SCALING_POLICIES_LIST),
    ],
);
pub static CAPACITY_PROVIDER_SCALING_POLICIES_LIST: Schema = Schema::list(
    "CapacityProviderScalingPoliciesList",
    &[Member::new("member", &TARGET_TRACKING_SCALING_POLICY)],
);
pub static CAPACITY_PROVIDER_SECURITY_GROUP_IDS: Schema = Schema::list(
    "CapacityProviderSecurityGroupIds",
    &[Member::new("member", &p::STRING)],
);
pub static CAPACITY_PROVIDER_SUBNET_IDS: Schema = Schema::list(
    "CapacityProviderSubnetIds",
    &[Member::new("member", &p::STRING)],
);
pub static CAPACITY_PROVIDER_TELEMETRY_CONFIG: Schema = Schema::structure(
    "CapacityProviderTelemetryConfig",
    &[Member::new("LoggingConfig", &CAPACITY_PROVIDER_LOGGING_CONFIG)],
);
pub static CAPACITY_PROVIDER_VPC_CONFIG: Schema = Schema::structure(
    "CapacityProviderVpcConfig",
    &[
        Member::new("SubnetIds", &CAPACITY_PROVIDER_SUBNET_IDS).with(f::REQUIRED),
        Member::new("SecurityGroupIds", &CAPACITY_PROVIDER_SECURITY_GROUP_IDS)
            .with(f::REQUIRED),
    ],
);
pub static CAPACITY_PROVIDERS_LIST: Schema = Schema::list(
    "CapacityProvidersList",
    &[Member::new("member", &CAPACITY_PROVIDER)],
);
pub static CHAINED_INVOKE_DETAILS: Schema = Schema::structure(
    "ChainedInvokeDetails",
    &[Member::new("Result", &OPERATION_PAYLOAD), Member::new("Error", &ERROR_OBJECT)],
);
pub static CHAINED_INVOKE_FAILED_DETAILS: Schema = Schema::structure(
    "ChainedInvokeFailedDetails",
    &[Member::new("Error", &EVENT_ERROR).with(f::REQUIRED)],
);
pub static CHAINED_INVOKE_OPTIONS: Schema = Schema::structure(
    "ChainedInvokeOptions",
    &[
        Member::new("FunctionName", &p::STRING).with(f::REQUIRED),
        Member::new("TenantId", &p::STRING),
        Member::new("XAmznTraceId", &p::STRING),
    ],
);
pub static CHAINED_INVOKE_STARTED_DETAILS: Schema = Schema::structure(
    "ChainedInvokeStartedDetails",
    &[
        Member::new("FunctionName", &p::STRING).with(f::REQUIRED),
        Member::new("TenantId", &p::STRING),
        Member::new("Input", &EVENT_INPUT),
        Member::new("ExecutedVersion", &p::STRING),
        Member::new("DurableExecutionArn", &p::STRING),
    ],
);
pub static CHAINED_INVOKE_STOPPED_DETAILS: Schema = Schema::structure(
    "ChainedInvokeStoppedDetails",
    &[Member::new("Error", &EVENT_ERROR).with(f::REQUIRED)],
);
pub static CHAINED_INVOKE_SUCCEEDED_DETAILS: Schema = Schema::structure(
    "ChainedInvokeSucceededDetails",
    &[Member::new("Result", &EVENT_RESULT).with(f::REQUIRED)],
);
pub static CHAINED_INVOKE_TIMED_OUT_DETAILS: Schema = Schema::structure(
    "ChainedInvokeTimedOutDetails",
    &[Member::new("Error", &EVENT_ERROR).with(f::REQUIRED)],
);
pub static CHECKPOINT_DURABLE_EXECUTION_INPUT: Schema = Schema::structure(
    "CheckpointDurableExecutionRequest",
    &[
        Member::new("DurableExecutionArn", &p::STRING)
            .at(Uri, "DurableExecutionArn")
            .with(f::REQUIRED),
        Member::new("CheckpointToken", &p::STRING).with(f::REQUIRED),
        Member::new("Updates", &OPERATION_UPDATES),
        Member::new("ClientToken", &p::STRING).with(f::IDEMPOTENCY_TOKEN),
    ],
);
pub static CHECKPOINT_DURABLE_EXECUTION_OUTPUT: Schema = Schema::structure(
    "CheckpointDurableExecutionResponse",
    &[
        Member::new("CheckpointToken", &p::STRING),
        Member::new("NewExecutionState", &CHECKPOINT_UPDATED_EXECUTION_STATE)
            .with(f::REQUIRED),
    ],
);
pub static CHECKPOINT_UPDATED_EXECUTION_STATE: Schema = Schema::structure(
    "CheckpointUpdatedExecutionState",
    &[Member::new("Operations", &OPERATIONS), Member::new("NextMarker", &p::STRING)],
);
pub static CODE_ARTIFACT_USER_DELETED_EXCEPTION: Schema = Schema::structure(
        "CodeArtifactUserDeletedException",
        &[Member::new("Type", &p::STRING), Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("CodeArtifactUserDeletedException", 409u16);
pub static CODE_ARTIFACT_USER_FAILED_EXCEPTION: Schema = Schema::structure(
        "CodeArtifactUserFailedException",
        &[Member::new("Type", &p::STRING), Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("CodeArtifactUserFailedException", 409u16);
pub static CODE_ARTIFACT_USER_PENDING_EXCEPTION: Schema = Schema::structure(
        "CodeArtifactUserPendingException",
        &[Member::new("Type", &p::STRING), Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("CodeArtifactUserPendingException", 409u16);
pub static CODE_SIGNING_CONFIG: Schema = Schema::structure(
    "CodeSigningConfig",
    &[
        Member::new("CodeSigningConfigId", &p::STRING).with(f::REQUIRED),
        Member::new("CodeSigningConfigArn", &p::STRING).with(f::REQUIRED),
        Member::new("Description", &p::STRING),
        Member::new("AllowedPublishers", &ALLOWED_PUBLISHERS).with(f::REQUIRED),
        Member::new("CodeSigningPolicies", &CODE_SIGNING_POLICIES).with(f::REQUIRED),
        Member::new("LastModified", &p::STRING).with(f::REQUIRED),
    ],
);
pub static CODE_SIGNING_CONFIG_LIST: Schema = Schema::list(
    "CodeSigningConfigList",
    &[Member::new("member", &CODE_SIGNING_CONFIG)],
);
pub static CODE_SIGNING_CONFIG_NOT_FOUND_EXCEPTION: Schema = Schema::structure(
        "CodeSigningConfigNotFoundException",
        &[Member::new("Type", &p::STRING), Member::new("Message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("CodeSigningConfigNotFoundException", 404u16);
pub static CODE_SIGNING_POLICIES: Schema = Schema::structure(
    "CodeSigningPolicies",
    &[Member::new("UntrustedArtifactOnDeployment", &p::STRING)],
);
pub static CODE_STORAGE_EXCEEDED_EXCEPTION: Schema = Schema::structure(
        "CodeStorageExceededException",
        &[Member::new("Type", &p::STRING), Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("CodeStorageExceededException", 400u16);
pub static CODE_VERIFICATION_FAILED_EXCEPTION: Schema = Schema::structure(
        "CodeVerificationFailedException",
        &[Member::new("Type", &p::STRING), Member::new("Message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("CodeVerificationFailedException", 400u16);
pub static COMPATIBLE_ARCHITECTURES: Schema = Schema::list(
    "CompatibleArchitectures",
    &[Member::new("member", &p::STRING)],
);
pub static COMPATIBLE_RUNTIMES: Schema = Schema::list(
    "CompatibleRuntimes",
    &[Member::new("member", &p::STRING)],
);
pub static CONCURRENCY: Schema = Schema::structure(
    "Concurrency",
    &[Member::new("ReservedConcurrentExecutions", &p::INTEGER)],
);
pub static CONTEXT_DETAILS: Schema = Schema::structure(
    "ContextDetails",
    &[
        Member::new("ReplayChildren", &p::BOOLEAN),
        Member::new("Result", &OPERATION_PAYLOAD),
        Member::new("Error", &ERROR_OBJECT),
    ],
);
pub static CONTEXT_FAILED_DETAILS: Schema = Schema::structure(
    "ContextFailedDetails",
    &[Member::new("Error", &EVENT_ERROR).with(f::REQUIRED)],
);
pub static CONTEXT_OPTIONS: Schema = Schema::structure(
    "ContextOptions",
    &[Member::new("ReplayChildren", &p::BOOLEAN)],
);
pub static CONTEXT_STARTED_DETAILS: Schema = Schema::structure(
    "ContextStartedDetails",
    &[],
);
pub static CONTEXT_SUCCEEDED_DETAILS: Schema = Schema::structure(
    "ContextSucceededDetails",
    &[Member::new("Result", &EVENT_RESULT).with(f::REQUIRED)],
);
pub static CORS: Schema = Schema::structure(
    "Cors",
    &[
        Member::new("AllowCredentials", &p::BOOLEAN),
        Member::new("AllowHeaders", &HEADERS_LIST),
        Member::new("AllowMethods", &ALLOW_METHODS_LIST),
        Member::new("AllowOrigins", &ALLOW_ORIGINS_LIST),
        Member::new("ExposeHeaders", &HEADERS_LIST),
        Member::new("MaxAge", &p::INTEGER),
    ],
);
pub static CREATE_ALIAS_INPUT: Schema = Schema::structure(
    "CreateAliasRequest",
    &[
        Member::new("FunctionName", &p::STRING)
            .at(Uri, "FunctionName")
            .with(f::REQUIRED),
        Member::new("Name", &p::STRING).with(f::REQUIRED),
        Member::new("FunctionVersion", &p::STRING).with(f::REQUIRED),
        Member::new("Description", &p::STRING),
        Member::new("RoutingConfig", &ALIAS_ROUTING_CONFIGURATION),
    ],
);
pub static CREATE_CAPACITY_PROVIDER_INPUT: Schema = Schema::structure(
    "CreateCapacityProviderRequest",
    &[
        Member::new("CapacityProviderName", &p::STRING).with(f::REQUIRED),
        Member::new("VpcConfig", &CAPACITY_PROVIDER_VPC_CONFIG).with(f::REQUIRED),
        Member::new("PermissionsConfig", &CAPACITY_PROVIDER_PERMISSIONS_CONFIG)
            .with(f::REQUIRED),
        Member::new("InstanceRequirements", &INSTANCE_REQUIREMENTS),
        Member::new("CapacityProviderScalingConfig", &CAPACITY_PROVIDER_SCALING_CONFIG),
        Member::new("KmsKeyArn", &p::STRING),
        Member::new("Tags", &TAGS),
        Member::new("PropagateTags", &PROPAGATE_TAGS),
        Member::new("TelemetryConfig", &CAPACITY_PROVIDER_TELEMETRY_CONFIG),
    ],
);
pub static CREATE_CAPACITY_PROVIDER_OUTPUT: Schema = Schema::structure(
    "CreateCapacityProviderResponse",
    &[Member::new("CapacityProvider", &CAPACITY_PROVIDER).with(f::REQUIRED)],
);
pub static CREATE_CODE_SIGNING_CONFIG_INPUT: Schema = Schema::structure(
    "CreateCodeSigningConfigRequest",
    &[
        Member::new("Description", &p::STRING),
        Member::new("AllowedPublishers", &ALLOWED_PUBLISHERS).with(f::REQUIRED),
        Member::new("CodeSigningPolicies", &CODE_SIGNING_POLICIES),
        Member::new("Tags", &TAGS),
    ],
);
pub static CREATE_CODE_SIGNING_CONFIG_OUTPUT: Schema = Schema::structure(
    "CreateCodeSigningConfigResponse",
    &[Member::new("CodeSigningConfig", &CODE_SIGNING_CONFIG).with(f::REQUIRED)],
);
pub static CREATE_EVENT_SOURCE_MAPPING_INPUT: Schema = Schema::structure(
    "CreateEventSourceMappingRequest",
    &[
        Member::new("EventSourceArn", &p::STRING),
        Member::new("FunctionName", &p::STRING).with(f::REQUIRED),
        Member::new("Enabled", &p::BOOLEAN),
        Member::new("BatchSize", &p::INTEGER),
        Member::new("FilterCriteria", &FILTER_CRITERIA),
        Member::new("KMSKeyArn", &p::STRING),
        Member::new("MetricsConfig", &EVENT_SOURCE_MAPPING_METRICS_CONFIG),
        Member::new("LoggingConfig", &EVENT_SOURCE_MAPPING_LOGGING_CONFIG),
        Member::new("ScalingConfig", &SCALING_CONFIG),
        Member::new("MaximumBatchingWindowInSeconds", &p::INTEGER),
        Member::new("ParallelizationFactor", &p::INTEGER),
        Member::new("StartingPosition", &p::STRING),
        Member::new("StartingPositionTimestamp", &p::TIMESTAMP),
        Member::new("DestinationConfig", &DESTINATION_CONFIG),
        Member::new("MaximumRecordAgeInSeconds", &p::INTEGER),
        Member::new("BisectBatchOnFunctionError", &p::BOOLEAN),
        Member::new("MaximumRetryAttempts", &p::INTEGER),
        Member::new("Tags", &TAGS),
        Member::new("TumblingWindowInSeconds", &p::INTEGER),
        Member::new("Topics", &TOPICS),
        Member::new("Queues", &QUEUES),
        Member::new("SourceAccessConfigurations", &SOURCE_ACCESS_CONFIGURATIONS),
        Member::new("SelfManagedEventSource", &SELF_MANAGED_EVENT_SOURCE),
        Member::new("FunctionResponseTypes", &FUNCTION_RESPONSE_TYPE_LIST),
        Member::new(
            "AmazonManagedKafkaEventSourceConfig",
            &AMAZON_MANAGED_KAFKA_EVENT_SOURCE_CONFIG,
        ),
        Member::new(
            "SelfManagedKafkaEventSourceConfig",
            &SELF_MANAGED_KAFKA_EVENT_SOURCE_CONFIG,
        ),
        Member::new("DocumentDBEventSourceConfig", &DOCUMENT_DB_EVENT_SOURCE_CONFIG),
        Member::new("ProvisionedPollerConfig", &PROVISIONED_POLLER_CONFIG),
    ],
);
pub static CREATE_FUNCTION_INPUT: Schema = Schema::structure(
    "CreateFunctionRequest",
    &[
        Member::new("FunctionName", &p::STRING).with(f::REQUIRED),
        Member::new("Runtime", &p::STRING),
        Member::new("Role", &p::STRING).with(f::REQUIRED),
        Member::new("Handler", &p::STRING),
        Member::new("Code", &FUNCTION_CODE).with(f::REQUIRED),
        Member::new("Description", &p::STRING),
        Member::new("Timeout", &p::INTEGER),
        Member::new("MemorySize", &p::INTEGER),
        Member::new("Publish", &p::BOOLEAN),
        Member::new("PublishTo", &p::STRING),
        Member::new("VpcConfig", &VPC_CONFIG),
        Member::new("PackageType", &p::STRING),
        Member::new("DeadLetterConfig", &DEAD_LETTER_CONFIG),
        Member::new("Environment", &ENVIRONMENT),
        Member::new("KMSKeyArn", &p::STRING),
        Member::new("TracingConfig", &TRACING_CONFIG),
        Member::new("Tags", &TAGS),
        Member::new("Layers", &LAYER_LIST),
        Member::new("FileSystemConfigs", &FILE_SYSTEM_CONFIG_LIST),
        Member::new("CodeSigningConfigArn", &p::STRING),
        Member::new("ImageConfig", &IMAGE_CONFIG),
        Member::new("Architectures", &ARCHITECTURES_LIST),
        Member::new("EphemeralStorage", &EPHEMERAL_STORAGE),
        Member::new("SnapStart", &SNAP_START),
        Member::new("LoggingConfig", &LOGGING_CONFIG),
        Member::new("TenancyConfig", &TENANCY_CONFIG),
        Member::new("CapacityProviderConfig", &CAPACITY_PROVIDER_CONFIG),
        Member::new("DurableConfig", &DURABLE_CONFIG),
        Member::new("RuntimeConfig", &FUNCTION_RUNTIME_CONFIG),
        Member::new("AcceleratorConfig", &ACCELERATOR_CONFIG),
    ],
);
pub static CREATE_FUNCTION_URL_CONFIG_INPUT: Schema = Schema::structure(
    "CreateFunctionUrlConfigRequest",
    &[
        Member::new("FunctionName", &p::STRING)
            .at(Uri, "FunctionName")
            .with(f::REQUIRED),
        Member::new("Qualifier", &p::STRING).at(QueryString, "Qualifier"),
        Member::new("AuthType", &p::STRING).with(f::REQUIRED),
        Member::new("Cors", &CORS),
        Member::new("InvokeMode", &p::STRING),
    ],
);
pub static CREATE_FUNCTION_URL_CONFIG_OUTPUT: Schema = Schema::structure(
    "CreateFunctionUrlConfigResponse",
    &[
        Member::new("FunctionUrl", &p::STRING).with(f::REQUIRED),
        Member::new("FunctionArn", &p::STRING).with(f::REQUIRED),
        Member::new("AuthType", &p::STRING).with(f::REQUIRED),
        Member::new("Cors", &CORS),
        Member::new("CreationTime", &p::STRING).with(f::REQUIRED),
        Member::new("InvokeMode", &p::STRING),
    ],
);
pub static DEAD_LETTER_CONFIG: Schema = Schema::structure(
    "DeadLetterConfig",
    &[Member::new("TargetArn", &p::STRING)],
);
pub static DELETE_ALIAS_INPUT: Schema = Schema::structure(
    "DeleteAliasRequest",
    &[
        Member::new("FunctionName", &p::STRING)
            .at(Uri, "FunctionName")
            .with(f::REQUIRED),
        Member::new("Name", &p::STRING).at(Uri, "Name").with(f::REQUIRED),
    ],
);
pub static DELETE_CAPACITY_PROVIDER_INPUT: Schema = Schema::structure(
    "DeleteCapacityProviderRequest",
    &[
        Member::new("CapacityProviderName", &p::STRING)
            .at(Uri, "CapacityProviderName")
            .with(f::REQUIRED),
    ],
);
pub static DELETE_CAPACITY_PROVIDER_OUTPUT: Schema = Schema::structure(
    "DeleteCapacityProviderResponse",
    &[Member::new("CapacityProvider", &CAPACITY_PROVIDER).with(f::REQUIRED)],
);
pub static DELETE_CODE_SIGNING_CONFIG_INPUT: Schema = Schema::structure(
    "DeleteCodeSigningConfigRequest",
    &[
        Member::new("CodeSigningConfigArn", &p::STRING)
            .at(Uri, "CodeSigningConfigArn")
            .with(f::REQUIRED),
    ],
);
pub static DELETE_CODE_SIGNING_CONFIG_OUTPUT: Schema = Schema::structure(
    "DeleteCodeSigningConfigResponse",
    &[],
);
pub static DELETE_DURABLE_EXECUTION_INPUT: Schema = Schema::structure(
    "DeleteDurableExecutionRequest",
    &[
        Member::new("DurableExecutionArn", &p::STRING)
            .at(Uri, "DurableExecutionArn")
            .with(f::REQUIRED),
    ],
);
pub static DELETE_DURABLE_EXECUTION_OUTPUT: Schema = Schema::structure(
    "DeleteDurableExecutionResponse",
    &[Member::new("DeletionRequestTimestamp", &p::TIMESTAMP).with(f::REQUIRED)],
);
pub static DELETE_EVENT_SOURCE_MAPPING_INPUT: Schema = Schema::structure(
    "DeleteEventSourceMappingRequest",
    &[Member::new("UUID", &p::STRING).at(Uri, "UUID").with(f::REQUIRED)],
);
pub static DELETE_FUNCTION_CODE_SIGNING_CONFIG_INPUT: Schema = Schema::structure(
    "DeleteFunctionCodeSigningConfigRequest",
    &[Member::new("FunctionName", &p::STRING).at(Uri, "FunctionName").with(f::REQUIRED)],
);
pub static DELETE_FUNCTION_CONCURRENCY_INPUT: Schema = Schema::structure(
    "DeleteFunctionConcurrencyRequest",
    &[Member::new("FunctionName", &p::STRING).at(Uri, "FunctionName").with(f::REQUIRED)],
);
pub static DELETE_FUNCTION_EVENT_INVOKE_CONFIG_INPUT: Schema = Schema::structure(
    "DeleteFunctionEventInvokeConfigRequest",
    &[
        Member::new("FunctionName", &p::STRING)
            .at(Uri, "FunctionName")
            .with(f::REQUIRED),
        Member::new("Qualifier", &p::STRING).at(QueryString, "Qualifier"),
    ],
);
pub static DELETE_FUNCTION_INPUT: Schema = Schema::structure(
    "DeleteFunctionRequest",
    &[
        Member::new("FunctionName", &p::STRING)
            .at(Uri, "FunctionName")
            .with(f::REQUIRED),
        Member::new("Qualifier", &p::STRING).at(QueryString, "Qualifier"),
    ],
);
pub static DELETE_FUNCTION_OUTPUT: Schema = Schema::structure(
    "DeleteFunctionResponse",
    &[Member::new("StatusCode", &p::INTEGER).at(StatusCode, "StatusCode")],
);
pub static DELETE_FUNCTION_URL_CONFIG_INPUT: Schema = Schema::structure(
    "DeleteFunctionUrlConfigRequest",
    &[
        Member::new("FunctionName", &p::STRING)
            .at(Uri, "FunctionName")
            .with(f::REQUIRED),
        Member::new("Qualifier", &p::STRING).at(QueryString, "Qualifier"),
    ],
);
pub static DELETE_LAYER_VERSION_INPUT: Schema = Schema::structure(
    "DeleteLayerVersionRequest",
    &[
        Member::new("LayerName", &p::STRING).at(Uri, "LayerName").with(f::REQUIRED),
        Member::new("VersionNumber", &p::LONG).at(Uri, "VersionNumber").with(f::REQUIRED),
    ],
);
pub static DELETE_PROVISIONED_CONCURRENCY_CONFIG_INPUT: Schema = Schema::structure(
    "DeleteProvisionedConcurrencyConfigRequest",
    &[
        Member::new("FunctionName", &p::STRING)
            .at(Uri, "FunctionName")
            .with(f::REQUIRED),
        Member::new("Qualifier", &p::STRING)
            .at(QueryString, "Qualifier")
            .with(f::REQUIRED),
    ],
);
pub static DELETE_RESOURCE_POLICY_INPUT: Schema = Schema::structure(
    "DeleteResourcePolicyRequest",
    &[
        Member::new("ResourceArn", &p::STRING).at(Uri, "ResourceArn").with(f::REQUIRED),
        Member::new("RevisionId", &p::STRING).at(QueryString, "RevisionId"),
    ],
);
pub static DESTINATION_CONFIG: Schema = Schema::structure(
    "DestinationConfig",
    &[Member::new("OnSuccess", &ON_SUCCESS), Member::new("OnFailure", &ON_FAILURE)],
);
pub static DOCUMENT_DB_EVENT_SOURCE_CONFIG: Schema = Schema::structure(
    "DocumentDBEventSourceConfig",
    &[
        Member::new("DatabaseName", &p::STRING),
        Member::new("CollectionName", &p::STRING),
        Member::new("FullDocument", &p::STRING),
    ],
);
pub static DURABLE_CONFIG: Schema = Schema::structure(
    "DurableConfig",
    &[
        Member::new("KMSKeyArn", &p::STRING),
        Member::new("RetentionPeriodInDays", &p::INTEGER),
        Member::new("ExecutionTimeout", &p::INTEGER),
    ],
);
pub static DURABLE_EXECUTION_ALREADY_STARTED_EXCEPTION: Schema = Schema::structure(
        "DurableExecutionAlreadyStartedException",
        &[Member::new("Type", &p::STRING), Member::new("Message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("DurableExecutionAlreadyStartedException", 409u16);
pub static DURABLE_EXECUTIONS: Schema = Schema::list(
    "DurableExecutions",
    &[Member::new("member", &EXECUTION)],
);
pub static EC2_ACCESS_DENIED_EXCEPTION: Schema = Schema::structure(
        "EC2AccessDeniedException",
        &[Member::new("Type", &p::STRING), Member::new("Message", &p::STRING)],
    )
    .error("EC2AccessDeniedException", 502u16);
pub static EC2_THROTTLED_EXCEPTION: Schema = Schema::structure(
        "EC2ThrottledException",
        &[Member::new("Type", &p::STRING), Member::new("Message", &p::STRING)],
    )
    .error("EC2ThrottledException", 502u16);
pub static EC2_UNEXPECTED_EXCEPTION: Schema = Schema::structure(
        "EC2UnexpectedException",
        &[
            Member::new("Type", &p::STRING),
            Member::new("Message", &p::STRING),
            Member::new("EC2ErrorCode", &p::STRING),
        ],
    )
    .error("EC2UnexpectedException", 502u16);
pub static EFSIO_EXCEPTION: Schema = Schema::structure(
        "EFSIOException",
        &[Member::new("Type", &p::STRING), Member::new("Message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("EFSIOException", 410u16);
pub static EFS_MOUNT_CONNECTIVITY_EXCEPTION: Schema = Schema::structure(
        "EFSMountConnectivityException",
        &[Member::new("Type", &p::STRING), Member::new("Message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("EFSMountConnectivityException", 408u16);
pub static EFS_MOUNT_FAILURE_EXCEPTION: Schema = Schema::structure(
        "EFSMountFailureException",
        &[Member::new("Type", &p::STRING), Member::new("Message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("EFSMountFailureException", 403u16);
pub static EFS_MOUNT_TIMEOUT_EXCEPTION: Schema = Schema::structure(
        "EFSMountTimeoutException",
        &[Member::new("Type", &p::STRING), Member::new("Message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("EFSMountTimeoutException", 408u16);
pub static ENI_LIMIT_REACHED_EXCEPTION: Schema = Schema::structure(
        "ENILimitReachedException",
        &[Member::new("Type", &p::STRING), Member::new("Message", &p::STRING)],
    )
    .error("ENILimitReachedException", 502u16);
pub static ENI_NOT_READY_EXCEPTION: Schema = Schema::structure(
        "ENINotReadyException",
        &[Member::new("Type", &p::STRING), Member::new("Message", &p::STRING)],
    )
    .error("ENINotReadyException", 502u16);
pub static ENDPOINT_LISTS: Schema = Schema::list(
    "EndpointLists",
    &[Member::new("member", &p::STRING)],
);
pub static ENDPOINTS: Schema = Schema::map(
    "Endpoints",
    &[Member::new("key", &p::STRING), Member::new("value", &ENDPOINT_LISTS)],
);
pub static ENVIRONMENT: Schema = Schema::structure(
    "Environment",
    &[Member::new("Variables", &ENVIRONMENT_VARIABLES)],
);
pub static ENVIRONMENT_ERROR: Schema = Schema::structure(
    "EnvironmentError",
    &[Member::new("ErrorCode", &p::STRING), Member::new("Message", &SENSITIVE_STRING)],
);
pub static ENVIRONMENT_RESPONSE: Schema = Schema::structure(
    "EnvironmentResponse",
    &[
        Member::new("Variables", &ENVIRONMENT_VARIABLES),
        Member::new("Error", &ENVIRONMENT_ERROR),
    ],
);
pub static ENVIRONMENT_VARIABLE_NAME: Schema = Schema::scalar(
        "EnvironmentVariableName",
        Kind::String,
    )
    .with(f::SENSITIVE);
pub static ENVIRONMENT_VARIABLE_VALUE: Schema = Schema::scalar(
        "EnvironmentVariableValue",
        Kind::String,
    )
    .with(f::SENSITIVE);
pub static ENVIRONMENT_VARIABLES: Schema = Schema::map(
        "EnvironmentVariables",
        &[
            Member::new("key", &ENVIRONMENT_VARIABLE_NAME),
            Member::new("value", &ENVIRONMENT_VARIABLE_VALUE),
        ],
    )
    .with(f::SENSITIVE);
pub static EPHEMERAL_STORAGE: Schema = Schema::structure(
    "EphemeralStorage",
    &[Member::new("Size", &p::INTEGER).with(f::REQUIRED)],
);
pub static ERROR_DATA: Schema = Schema::scalar("ErrorData", Kind::String)
    .with(f::SENSITIVE);
pub static ERROR_MESSAGE: Schema = Schema::scalar("ErrorMessage", Kind::String)
    .with(f::SENSITIVE);
pub static ERROR_OBJECT: Schema = Schema::structure(
    "ErrorObject",
    &[
        Member::new("ErrorMessage", &ERROR_MESSAGE),
        Member::new("ErrorType", &ERROR_TYPE),
        Member::new("ErrorData", &ERROR_DATA),
        Member::new("StackTrace", &STACK_TRACE_ENTRIES),
    ],
);
pub static ERROR_TYPE: Schema = Schema::scalar("ErrorType", Kind::String)
    .with(f::SENSITIVE);
pub static EVENT: Schema = Schema::structure(
    "Event",
    &[
        Member::new("EventType", &p::STRING),
        Member::new("SubType", &p::STRING),
        Member::new("EventId", &p::INTEGER),
        Member::new("Id", &p::STRING),
        Member::new("Name", &p::STRING),
        Member::new("EventTimestamp", &p::TIMESTAMP),
        Member::new("ParentId", &p::STRING),
        Member::new("ExecutionStartedDetails", &EXECUTION_STARTED_DETAILS),
        Member::new("ExecutionSucceededDetails", &EXECUTION_SUCCEEDED_DETAILS),
        Member::new("ExecutionFailedDetails", &EXECUTION_FAILED_DETAILS),
        Member::new("ExecutionTimedOutDetails", &EXECUTION_TIMED_OUT_DETAILS),
        Member::new("ExecutionStoppedDetails", &EXECUTION_STOPPED_DETAILS),
        Member::new("ContextStartedDetails", &CONTEXT_STARTED_DETAILS),
        Member::new("ContextSucceededDetails", &CONTEXT_SUCCEEDED_DETAILS),
        Member::new("ContextFailedDetails", &CONTEXT_FAILED_DETAILS),
        Member::new("WaitStartedDetails", &WAIT_STARTED_DETAILS),
        Member::new("WaitSucceededDetails", &WAIT_SUCCEEDED_DETAILS),
        Member::new("WaitCancelledDetails", &WAIT_CANCELLED_DETAILS),
        Member::new("StepStartedDetails", &STEP_STARTED_DETAILS),
        Member::new("StepSucceededDetails", &STEP_SUCCEEDED_DETAILS),
        Member::new("StepFailedDetails", &STEP_FAILED_DETAILS),
        Member::new("ChainedInvokeStartedDetails", &CHAINED_INVOKE_STARTED_DETAILS),
        Member::new("ChainedInvokeSucceededDetails", &CHAINED_INVOKE_SUCCEEDED_DETAILS),
        Member::new("ChainedInvokeFailedDetails", &CHAINED_INVOKE_FAILED_DETAILS),
        Member::new("ChainedInvokeTimedOutDetails", &CHAINED_INVOKE_TIMED_OUT_DETAILS),
        Member::new("ChainedInvokeStoppedDetails", &CHAINED_INVOKE_STOPPED_DETAILS),
        Member::new("CallbackStartedDetails", &CALLBACK_STARTED_DETAILS),
        Member::new("CallbackSucceededDetails", &CALLBACK_SUCCEEDED_DETAILS),
        Member::new("CallbackFailedDetails", &CALLBACK_FAILED_DETAILS),
        Member::new("CallbackTimedOutDetails", &CALLBACK_TIMED_OUT_DETAILS),
        Member::new("InvocationCompletedDetails", &INVOCATION_COMPLETED_DETAILS),
        Member::new("ExecutionPausedDetails", &EXECUTION_PAUSED_DETAILS),
        Member::new("ExecutionResumedDetails", &EXECUTION_RESUMED_DETAILS),
    ],
);
pub static EVENT_ERROR: Schema = Schema::structure(
    "EventError",
    &[Member::new("Payload", &ERROR_OBJECT), Member::new("Truncated", &p::BOOLEAN)],
);
pub static EVENT_INPUT: Schema = Schema::structure(
    "EventInput",
    &[Member::new("Payload", &INPUT_PAYLOAD), Member::new("Truncated", &p::BOOLEAN)],
);
pub static EVENT_PAUSE_REASON: Schema = Schema::structure(
    "EventPauseReason",
    &[Member::new("Payload", &PAUSE_REASON), Member::new("Truncated", &p::BOOLEAN)],
);
pub static EVENT_RESULT: Schema = Schema::structure(
    "EventResult",
    &[Member::new("Payload", &OPERATION_PAYLOAD), Member::new("Truncated", &p::BOOLEAN)],
);
pub static EVENT_RESUME_REASON: Schema = Schema::structure(
    "EventResumeReason",
    &[Member::new("Payload", &RESUME_REASON), Member::new("Truncated", &p::BOOLEAN)],
);
pub static EVENT_SOURCE_MAPPING_CONFIGURATION: Schema = Schema::structure(
    "EventSourceMappingConfiguration",
    &[
        Member::new("UUID", &p::STRING),
        Member::new("StartingPosition", &p::STRING),
        Member::new("StartingPositionTimestamp", &p::TIMESTAMP),
        Member::new("BatchSize", &p::INTEGER),
        Member::new("MaximumBatchingWindowInSeconds", &p::INTEGER),
        Member::new("ParallelizationFactor", &p::INTEGER),
        Member::new("EventSourceArn", &p::STRING),
        Member::new("FilterCriteria", &FILTER_CRITERIA),
        Member::new("FilterCriteriaError", &FILTER_CRITERIA_ERROR),
        Member::new("KMSKeyArn", &p::STRING),
        Member::new("MetricsConfig", &EVENT_SOURCE_MAPPING_METRICS_CONFIG),
        Member::new("LoggingConfig", &EVENT_SOURCE_MAPPING_LOGGING_CONFIG),
        Member::new("ScalingConfig", &SCALING_CONFIG),
        Member::new("FunctionArn", &p::STRING),
        Member::new("LastModified", &p::TIMESTAMP),
        Member::new("LastProcessingResult", &p::STRING),
        Member::new("State", &p::STRING),
        Member::new("StateTransitionReason", &p::STRING),
        Member::new("DestinationConfig", &DESTINATION_CONFIG),
        Member::new("Topics", &TOPICS),
        Member::new("Queues", &QUEUES),
        Member::new("SourceAccessConfigurations", &SOURCE_ACCESS_CONFIGURATIONS),
        Member::new("SelfManagedEventSource", &SELF_MANAGED_EVENT_SOURCE),
        Member::new("MaximumRecordAgeInSeconds", &p::INTEGER),
        Member::new("BisectBatchOnFunctionError", &p::BOOLEAN),
        Member::new("MaximumRetryAttempts", &p::INTEGER),
        Member::new("TumblingWindowInSeconds", &p::INTEGER),
        Member::new("FunctionResponseTypes", &FUNCTION_RESPONSE_TYPE_LIST),
        Member::new(
            "AmazonManagedKafkaEventSourceConfig",
            &AMAZON_MANAGED_KAFKA_EVENT_SOURCE_CONFIG,
        ),
        Member::new(
            "SelfManagedKafkaEventSourceConfig",
            &SELF_MANAGED_KAFKA_EVENT_SOURCE_CONFIG,
        ),
        Member::new("DocumentDBEventSourceConfig", &DOCUMENT_DB_EVENT_SOURCE_CONFIG),
        Member::new("EventSourceMappingArn", &p::STRING),
        Member::new("ProvisionedPollerConfig", &PROVISIONED_POLLER_CONFIG),
    ],
);
pub static EVENT_SOURCE_MAPPING_LOGGING_CONFIG: Schema = Schema::structure(
    "EventSourceMappingLoggingConfig",
    &[Member::new("SystemLogLevel", &p::STRING)],
);
pub static EVENT_SOURCE_MAPPING_METRIC_LIST: Schema = Schema::list(
    "EventSourceMappingMetricList",
    &[Member::new("member", &p::STRING)],
);
pub static EVENT_SOURCE_MAPPING_METRICS_CONFIG: Schema = Schema::structure(
    "EventSourceMappingMetricsConfig",
    &[Member::new("Metrics", &EVENT_SOURCE_MAPPING_METRIC_LIST)],
);
pub static EVENT_SOURCE_MAPPINGS_LIST: Schema = Schema::list(
    "EventSourceMappingsList",
    &[Member::new("member", &EVENT_SOURCE_MAPPING_CONFIGURATION)],
);
pub static EVENTS: Schema = Schema::list("Events", &[Member::new("member", &EVENT)]);
pub static EXECUTION: Schema = Schema::structure(
    "Execution",
    &[
        Member::new("DurableExecutionArn", &p::STRING).with(f::REQUIRED),
        Member::new("DurableExecutionName", &p::STRING).with(f::REQUIRED),
        Member::new("FunctionArn", &p::STRING).with(f::REQUIRED),
        Member::new("Status", &p::STRING).with(f::REQUIRED),
        Member::new("StartTimestamp", &p::TIMESTAMP).with(f::REQUIRED),
        Member::new("EndTimestamp", &p::TIMESTAMP),
        Member::new("KMSKeyArn", &p::STRING),
    ],
);
pub static EXECUTION_DETAILS: Schema = Schema::structure(
    "ExecutionDetails",
    &[Member::new("InputPayload", &INPUT_PAYLOAD)],
);
pub static EXECUTION_FAILED_DETAILS: Schema = Schema::structure(
    "ExecutionFailedDetails",
    &[Member::new("Error", &EVENT_ERROR).with(f::REQUIRED)],
);
pub static EXECUTION_PAUSED_DETAILS: Schema = Schema::structure(
    "ExecutionPausedDetails",
    &[
        Member::new("PauseRequestTimestamp", &p::TIMESTAMP).with(f::REQUIRED),
        Member::new("Reason", &EVENT_PAUSE_REASON),
        Member::new("ExecutionTimeoutPaused", &p::BOOLEAN).with(f::REQUIRED),
    ],
);
pub static EXECUTION_RESUMED_DETAILS: Schema = Schema::structure(
    "ExecutionResumedDetails",
    &[
        Member::new("ResumeRequestTimestamp", &p::TIMESTAMP).with(f::REQUIRED),
        Member::new("Reason", &EVENT_RESUME_REASON),
    ],
);
pub static EXECUTION_STARTED_DETAILS: Schema = Schema::structure(
    "ExecutionStartedDetails",
    &[
        Member::new("Input", &EVENT_INPUT).with(f::REQUIRED),
        Member::new("ExecutionTimeout", &p::INTEGER).with(f::REQUIRED),
    ],
);
pub static EXECUTION_STATUS_LIST: Schema = Schema::list(
    "ExecutionStatusList",
    &[Member::new("member", &p::STRING)],
);
pub static EXECUTION_STOPPED_DETAILS: Schema = Schema::structure(
    "ExecutionStoppedDetails",
    &[Member::new("Error", &EVENT_ERROR).with(f::REQUIRED)],
);
pub static EXECUTION_SUCCEEDED_DETAILS: Schema = Schema::structure(
    "ExecutionSucceededDetails",
    &[Member::new("Result", &EVENT_RESULT).with(f::REQUIRED)],
);
pub static EXECUTION_TIMED_OUT_DETAILS: Schema = Schema::structure(
    "ExecutionTimedOutDetails",
    &[Member::new("Error", &EVENT_ERROR)],
);
pub static FILE_SYSTEM_CONFIG: Schema = Schema::structure(
    "FileSystemConfig",
    &[
        Member::new("Arn", &p::STRING).with(f::REQUIRED),
        Member::new("LocalMountPath", &p::STRING).with(f::REQUIRED),
        Member::new("S3FilesConfig", &S3_FILES_CONFIG),
    ],
);
pub static FILE_SYSTEM_CONFIG_LIST: Schema = Schema::list(
    "FileSystemConfigList",
    &[Member::new("member", &FILE_SYSTEM_CONFIG)],
);
pub static FILTER: Schema = Schema::structure(
    "Filter",
    &[Member::new("Pattern", &p::STRING)],
);
pub static FILTER_CRITERIA: Schema = Schema::structure(
    "FilterCriteria",
    &[Member::new("Filters", &FILTER_LIST)],
);
pub static FILTER_CRITERIA_ERROR: Schema = Schema::structure(
    "FilterCriteriaError",
    &[Member::new("ErrorCode", &p::STRING), Member::new("Message", &p::STRING)],
);
pub static FILTER_LIST: Schema = Schema::list(
    "FilterList",
    &[Member::new("member", &FILTER)],
);
pub static FUNCTION_ARN_LIST: Schema = Schema::list(
    "FunctionArnList",
    &[Member::new("member", &p::STRING)],
);
pub static FUNCTION_CODE: Schema = Schema::structure(
    "FunctionCode",
    &[
        Member::new("ZipFile", &BLOB),
        Member::new("S3Bucket", &p::STRING),
        Member::new("S3Key", &p::STRING),
        Member::new("S3ObjectVersion", &p::STRING),
        Member::new("S3ObjectStorageMode", &p::STRING),
        Member::new("ImageUri", &p::STRING),
        Member::new("SourceKMSKeyArn", &p::STRING),
    ],
);
pub static FUNCTION_CODE_LOCATION: Schema = Schema::structure(
    "FunctionCodeLocation",
    &[
        Member::new("RepositoryType", &p::STRING),
        Member::new("Location", &p::STRING),
        Member::new("ImageUri", &p::STRING),
        Member::new("ResolvedImageUri", &p::STRING),
        Member::new("ResolvedS3Object", &RESOLVED_S3_OBJECT),
        Member::new("SourceKMSKeyArn", &p::STRING),
        Member::new("Error", &FUNCTION_CODE_LOCATION_ERROR),
    ],
);
pub static FUNCTION_CODE_LOCATION_ERROR: Schema = Schema::structure(
    "FunctionCodeLocationError",
    &[Member::new("ErrorCode", &p::STRING), Member::new("Message", &SENSITIVE_STRING)],
);
pub static FUNCTION_CONFIGURATION: Schema = Schema::structure(
    "FunctionConfiguration",
    &[
        Member::new("FunctionName", &p::STRING),
        Member::new("FunctionArn", &p::STRING),
        Member::new("Runtime", &p::STRING),
        Member::new("Role", &p::STRING),
        Member::new("Handler", &p::STRING),
        Member::new("CodeSize", &p::LONG),
        Member::new("Description", &p::STRING),
        Member::new("Timeout", &p::INTEGER),
        Member::new("MemorySize", &p::INTEGER),
        Member::new("LastModified", &p::STRING),
        Member::new("CodeSha256", &p::STRING),
        Member::new("Version", &p::STRING),
        Member::new("VpcConfig", &VPC_CONFIG_RESPONSE),
        Member::new("DeadLetterConfig", &DEAD_LETTER_CONFIG),
        Member::new("Environment", &ENVIRONMENT_RESPONSE),
        Member::new("KMSKeyArn", &p::STRING),
        Member::new("TracingConfig", &TRACING_CONFIG_RESPONSE),
        Member::new("MasterArn", &p::STRING),
        Member::new("RevisionId", &p::STRING),
        Member::new("Layers", &LAYERS_REFERENCE_LIST),
        Member::new("State", &p::STRING),
        Member::new("StateReason", &p::STRING),
        Member::new("StateReasonCode", &p::STRING),
        Member::new("LastUpdateStatus", &p::STRING),
        Member::new("LastUpdateStatusReason", &p::STRING),
        Member::new("LastUpdateStatusReasonCode", &p::STRING),
        Member::new("FileSystemConfigs", &FILE_SYSTEM_CONFIG_LIST),
        Member::new("SigningProfileVersionArn", &p::STRING),
        Member::new("SigningJobArn", &p::STRING),
        Member::new("PackageType", &p::STRING),
        Member::new("ImageConfigResponse", &IMAGE_CONFIG_RESPONSE),
        Member::new("Architectures", &ARCHITECTURES_LIST),
        Member::new("EphemeralStorage", &EPHEMERAL_STORAGE),
        Member::new("SnapStart", &SNAP_START_RESPONSE),
        Member::new("RuntimeVersionConfig", &RUNTIME_VERSION_CONFIG),
        Member::new("LoggingConfig", &LOGGING_CONFIG),
        Member::new("TenancyConfig", &TENANCY_CONFIG),
        Member::new("CapacityProviderConfig", &CAPACITY_PROVIDER_CONFIG),
        Member::new("ConfigSha256", &p::STRING),
        Member::new("DurableConfig", &DURABLE_CONFIG),
        Member::new("RuntimeConfig", &FUNCTION_RUNTIME_CONFIG),
        Member::new("AcceleratorConfig", &ACCELERATOR_CONFIG),
    ],
);
pub static FUNCTION_EVENT_INVOKE_CONFIG: Schema = Schema::structure(
    "FunctionEventInvokeConfig",
    &[
        Member::new("LastModified", &p::TIMESTAMP),
        Member::new("FunctionArn", &p::STRING),
        Member::new("MaximumRetryAttempts", &p::INTEGER),
        Member::new("MaximumEventAgeInSeconds", &p::INTEGER),
        Member::new("DestinationConfig", &DESTINATION_CONFIG),
    ],
);
pub static FUNCTION_EVENT_INVOKE_CONFIG_LIST: Schema = Schema::list(
    "FunctionEventInvokeConfigList",
    &[Member::new("member", &FUNCTION_EVENT_INVOKE_CONFIG)],
);
pub static FUNCTION_LIST: Schema = Schema::list(
    "FunctionList",
    &[Member::new("member", &FUNCTION_CONFIGURATION)],
);
pub static FUNCTION_RESPONSE_TYPE_LIST: Schema = Schema::list(
    "FunctionResponseTypeList",
    &[Member::new("member", &p::STRING)],
);
pub static FUNCTION_RUNTIME_CONFIG: Schema = Schema::structure(
    "FunctionRuntimeConfig",
    &[
        Member::new("RuntimeArn", &p::STRING).with(f::REQUIRED),
        Member::new("RuntimeAlias", &p::STRING).with(f::REQUIRED),
    ],
);
pub static FUNCTION_SCALING_CONFIG: Schema = Schema::structure(
    "FunctionScalingConfig",
    &[
        Member::new("MinExecutionEnvironments", &p::INTEGER),
        Member::new("MaxExecutionEnvironments", &p::INTEGER),
    ],
);
pub static FUNCTION_URL_CONFIG: Schema = Schema::structure(
    "FunctionUrlConfig",
    &[
        Member::new("FunctionUrl", &p::STRING).with(f::REQUIRED),
        Member::new("FunctionArn", &p::STRING).with(f::REQUIRED),
        Member::new("CreationTime", &p::STRING).with(f::REQUIRED),
        Member::new("LastModifiedTime", &p::STRING).with(f::REQUIRED),
        Member::new("Cors", &CORS),
        Member::new("AuthType", &p::STRING).with(f::REQUIRED),
        Member::new("InvokeMode", &p::STRING),
    ],
);
pub static FUNCTION_URL_CONFIG_LIST: Schema = Schema::list(
    "FunctionUrlConfigList",
    &[Member::new("member", &FUNCTION_URL_CONFIG)],
);
pub static FUNCTION_VERSIONS_BY_CAPACITY_PROVIDER_LIST: Schema = Schema::list(
    "FunctionVersionsByCapacityProviderList",
    &[Member::new("member", &FUNCTION_VERSIONS_BY_CAPACITY_PROVIDER_LIST_ITEM)],
);
pub static FUNCTION_VERSIONS_BY_CAPACITY_PROVIDER_LIST_ITEM: Schema = Schema::structure(
    "FunctionVersionsByCapacityProviderListItem",
    &[
        Member::new("FunctionArn", &p::STRING).with(f::REQUIRED),
        Member::new("State", &p::STRING).with(f::REQUIRED),
    ],
);
pub static FUNCTION_VERSIONS_PER_CAPACITY_PROVIDER_LIMIT_EXCEEDED_EXCEPTION: Schema = Schema::structure(
        "FunctionVersionsPerCapacityProviderLimitExceededException",
        &[Member::new("Type", &p::STRING), Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("FunctionVersionsPerCapacityProviderLimitExceededException", 400u16);
pub static GET_ACCOUNT_SETTINGS_INPUT: Schema = Schema::structure(
    "GetAccountSettingsRequest",
    &[],
);
pub static GET_ACCOUNT_SETTINGS_OUTPUT: Schema = Schema::structure(
    "GetAccountSettingsResponse",
    &[
        Member::new("AccountLimit", &ACCOUNT_LIMIT),
        Member::new("AccountUsage", &ACCOUNT_USAGE),
    ],
);
pub static GET_ALIAS_INPUT: Schema = Schema::structure(
    "GetAliasRequest",
    &[
        Member::new("FunctionName", &p::STRING)
            .at(Uri, "FunctionName")
            .with(f::REQUIRED),
        Member::new("Name", &p::STRING).at(Uri, "Name").with(f::REQUIRED),
    ],
);
pub static GET_CAPACITY_PROVIDER_INPUT: Schema = Schema::structure(
    "GetCapacityProviderRequest",
    &[
        Member::new("CapacityProviderName", &p::STRING)
            .at(Uri, "CapacityProviderName")
            .with(f::REQUIRED),
    ],
);
pub static GET_CAPACITY_PROVIDER_OUTPUT: Schema = Schema::structure(
    "GetCapacityProviderResponse",
    &[Member::new("CapacityProvider", &CAPACITY_PROVIDER).with(f::REQUIRED)],
);
pub static GET_CODE_SIGNING_CONFIG_INPUT: Schema = Schema::structure(
    "GetCodeSigningConfigRequest",
    &[
        Member::new("CodeSigningConfigArn", &p::STRING)
            .at(Uri, "CodeSigningConfigArn")
            .with(f::REQUIRED),
    ],
);
pub static GET_CODE_SIGNING_CONFIG_OUTPUT: Schema = Schema::structure(
    "GetCodeSigningConfigResponse",
    &[Member::new("CodeSigningConfig", &CODE_SIGNING_CONFIG).with(f::REQUIRED)],
);
pub static GET_DURABLE_EXECUTION_HISTORY_INPUT: Schema = Schema::structure(
    "GetDurableExecutionHistoryRequest",
    &[
        Member::new("DurableExecutionArn", &p::STRING)
            .at(Uri, "DurableExecutionArn")
            .with(f::REQUIRED),
        Member::new("IncludeExecutionData", &p::BOOLEAN)
            .at(QueryString, "IncludeExecutionData"),
        Member::new("MaxItems", &p::INTEGER).at(QueryString, "MaxItems"),
        Member::new("Marker", &p::STRING).at(QueryString, "Marker"),
        Member::new("ReverseOrder", &p::BOOLEAN).at(QueryString, "ReverseOrder"),
    ],
);
pub static GET_DURABLE_EXECUTION_HISTORY_OUTPUT: Schema = Schema::structure(
    "GetDurableExecutionHistoryResponse",
    &[
        Member::new("Events", &EVENTS).with(f::REQUIRED),
        Member::new("NextMarker", &p::STRING),
    ],
);
pub static GET_DURABLE_EXECUTION_INPUT: Schema = Schema::structure(
    "GetDurableExecutionRequest",
    &[
        Member::new("DurableExecutionArn", &p::STRING)
            .at(Uri, "DurableExecutionArn")
            .with(f::REQUIRED),
        Member::new("IncludeExecutionData", &p::BOOLEAN)
            .at(QueryString, "IncludeExecutionData"),
    ],
);
pub static GET_DURABLE_EXECUTION_OUTPUT: Schema = Schema::structure(
    "GetDurableExecutionResponse",
    &[
        Member::new("DurableExecutionArn", &p::STRING).with(f::REQUIRED),
        Member::new("DurableExecutionName", &p::STRING).with(f::REQUIRED),
        Member::new("FunctionArn", &p::STRING).with(f::REQUIRED),
        Member::new("InputPayload", &INPUT_PAYLOAD),
        Member::new("Result", &OUTPUT_PAYLOAD),
        Member::new("Error", &ERROR_OBJECT),
        Member::new("StartTimestamp", &p::TIMESTAMP).with(f::REQUIRED),
        Member::new("Status", &p::STRING).with(f::REQUIRED),
        Member::new("EndTimestamp", &p::TIMESTAMP),
        Member::new("Version", &p::STRING),
        Member::new("TraceHeader", &TRACE_HEADER),
        Member::new("ExecutionDataIncluded", &p::BOOLEAN),
        Member::new("DurableConfig", &DURABLE_CONFIG),
        Member::new("PauseDetails", &PAUSE_DETAILS),
        Member::new("ExpectedExecutionTimeoutTimestamp", &p::TIMESTAMP),
    ],
);
pub static GET_DURABLE_EXECUTION_STATE_INPUT: Schema = Schema::structure(
    "GetDurableExecutionStateRequest",
    &[
        Member::new("DurableExecutionArn", &p::STRING)
            .at(Uri, "DurableExecutionArn")
            .with(f::REQUIRED),
        Member::new("CheckpointToken", &p::STRING)
            .at(QueryString, "CheckpointToken")
            .with(f::REQUIRED),
        Member::new("Marker", &p::STRING).at(QueryString, "Marker"),
        Member::new("MaxItems", &p::INTEGER).at(QueryString, "MaxItems"),
    ],
);
pub static GET_DURABLE_EXECUTION_STATE_OUTPUT: Schema = Schema::structure(
    "GetDurableExecutionStateResponse",
    &[
        Member::new("Operations", &OPERATIONS).with(f::REQUIRED),
        Member::new("NextMarker", &p::STRING),
    ],
);
pub static GET_EVENT_SOURCE_MAPPING_INPUT: Schema = Schema::structure(
    "GetEventSourceMappingRequest",
    &[Member::new("UUID", &p::STRING).at(Uri, "UUID").with(f::REQUIRED)],
);
pub static GET_FUNCTION_CODE_SIGNING_CONFIG_INPUT: Schema = Schema::structure(
    "GetFunctionCodeSigningConfigRequest",
    &[Member::new("FunctionName", &p::STRING).at(Uri, "FunctionName").with(f::REQUIRED)],
);
pub static GET_FUNCTION_CODE_SIGNING_CONFIG_OUTPUT: Schema = Schema::structure(
    "GetFunctionCodeSigningConfigResponse",
    &[
        Member::new("CodeSigningConfigArn", &p::STRING).with(f::REQUIRED),
        Member::new("FunctionName", &p::STRING).with(f::REQUIRED),
    ],
);
pub static GET_FUNCTION_CONCURRENCY_INPUT: Schema = Schema::structure(
    "GetFunctionConcurrencyRequest",
    &[Member::new("FunctionName", &p::STRING).at(Uri, "FunctionName").with(f::REQUIRED)],
);
pub static GET_FUNCTION_CONCURRENCY_OUTPUT: Schema = Schema::structure(
    "GetFunctionConcurrencyResponse",
    &[Member::new("ReservedConcurrentExecutions", &p::INTEGER)],
);
pub static GET_FUNCTION_CONFIGURATION_INPUT: Schema = Schema::structure(
    "GetFunctionConfigurationRequest",
    &[
        Member::new("FunctionName", &p::STRING)
            .at(Uri, "FunctionName")
            .with(f::REQUIRED),
        Member::new("Qualifier", &p::STRING).at(QueryString, "Qualifier"),
    ],
);
pub static GET_FUNCTION_EVENT_INVOKE_CONFIG_INPUT: Schema = Schema::structure(
    "GetFunctionEventInvokeConfigRequest",
    &[
        Member::new("FunctionName", &p::STRING)
            .at(Uri, "FunctionName")
            .with(f::REQUIRED),
        Member::new("Qualifier", &p::STRING).at(QueryString, "Qualifier"),
    ],
);
pub static GET_FUNCTION_RECURSION_CONFIG_INPUT: Schema = Schema::structure(
    "GetFunctionRecursionConfigRequest",
    &[Member::new("FunctionName", &p::STRING).at(Uri, "FunctionName").with(f::REQUIRED)],
);
pub static GET_FUNCTION_RECURSION_CONFIG_OUTPUT: Schema = Schema::structure(
    "GetFunctionRecursionConfigResponse",
    &[Member::new("RecursiveLoop", &p::STRING)],
);
pub static GET_FUNCTION_INPUT: Schema = Schema::structure(
    "GetFunctionRequest",
    &[
        Member::new("FunctionName", &p::STRING)
            .at(Uri, "FunctionName")
            .with(f::REQUIRED),
        Member::new("Qualifier", &p::STRING).at(QueryString, "Qualifier"),
    ],
);
pub static GET_FUNCTION_OUTPUT: Schema = Schema::structure(
    "GetFunctionResponse",
    &[
        Member::new("Configuration", &FUNCTION_CONFIGURATION),
        Member::new("Code", &FUNCTION_CODE_LOCATION),
        Member::new("Tags", &TAGS),
        Member::new("TagsError", &TAGS_ERROR),
        Member::new("Concurrency", &CONCURRENCY),
    ],
);
pub static GET_FUNCTION_SCALING_CONFIG_INPUT: Schema = Schema::structure(
    "GetFunctionScalingConfigRequest",
    &[
        Member::new("FunctionName", &p::STRING)
            .at(Uri, "FunctionName")
            .with(f::REQUIRED),
        Member::new("Qualifier", &p::STRING)
            .at(QueryString, "Qualifier")
            .with(f::REQUIRED),
    ],
);
pub static GET_FUNCTION_SCALING_CONFIG_OUTPUT: Schema = Schema::structure(
    "GetFunctionScalingConfigResponse",
    &[
        Member::new("FunctionArn", &p::STRING),
        Member::new("AppliedFunctionScalingConfig", &FUNCTION_SCALING_CONFIG),
        Member::new("RequestedFunctionScalingConfig", &FUNCTION_SCALING_CONFIG),
    ],
);
pub static GET_FUNCTION_URL_CONFIG_INPUT: Schema = Schema::structure(
    "GetFunctionUrlConfigRequest",
    &[
        Member::new("FunctionName", &p::STRING)
            .at(Uri, "FunctionName")
            .with(f::REQUIRED),
        Member::new("Qualifier", &p::STRING).at(QueryString, "Qualifier"),
    ],
);
pub static GET_FUNCTION_URL_CONFIG_OUTPUT: Schema = Schema::structure(
    "GetFunctionUrlConfigResponse",
    &[
        Member::new("FunctionUrl", &p::STRING).with(f::REQUIRED),
        Member::new("FunctionArn", &p::STRING).with(f::REQUIRED),
        Member::new("AuthType", &p::STRING).with(f::REQUIRED),
        Member::new("Cors", &CORS),
        Member::new("CreationTime", &p::STRING).with(f::REQUIRED),
        Member::new("LastModifiedTime", &p::STRING).with(f::REQUIRED),
        Member::new("InvokeMode", &p::STRING),
    ],
);
pub static GET_LAYER_VERSION_BY_ARN_INPUT: Schema = Schema::structure(
    "GetLayerVersionByArnRequest",
    &[Member::new("Arn", &p::STRING).at(QueryString, "Arn").with(f::REQUIRED)],
);
pub static GET_LAYER_VERSION_POLICY_INPUT: Schema = Schema::structure(
    "GetLayerVersionPolicyRequest",
    &[
        Member::new("LayerName", &p::STRING).at(Uri, "LayerName").with(f::REQUIRED),
        Member::new("VersionNumber", &p::LONG).at(Uri, "VersionNumber").with(f::REQUIRED),
    ],
);
pub static GET_LAYER_VERSION_POLICY_OUTPUT: Schema = Schema::structure(
    "GetLayerVersionPolicyResponse",
    &[Member::new("Policy", &p::STRING), Member::new("RevisionId", &p::STRING)],
);
pub static GET_LAYER_VERSION_INPUT: Schema = Schema::structure(
    "GetLayerVersionRequest",
    &[
        Member::new("LayerName", &p::STRING).at(Uri, "LayerName").with(f::REQUIRED),
        Member::new("VersionNumber", &p::LONG).at(Uri, "VersionNumber").with(f::REQUIRED),
    ],
);
pub static GET_LAYER_VERSION_RESPONSE: Schema = Schema::structure(
    "GetLayerVersionResponse",
    &[
        Member::new("Content", &LAYER_VERSION_CONTENT_OUTPUT),
        Member::new("LayerArn", &p::STRING),
        Member::new("LayerVersionArn", &p::STRING),
        Member::new("Description", &p::STRING),
        Member::new("CreatedDate", &p::STRING),
        Member::new("Version", &p::LONG),
        Member::new("CompatibleArchitectures", &COMPATIBLE_ARCHITECTURES),
        Member::new("CompatibleRuntimes", &COMPATIBLE_RUNTIMES),
        Member::new("LicenseInfo", &p::STRING),
    ],
);
pub static GET_POLICY_INPUT: Schema = Schema::structure(
    "GetPolicyRequest",
    &[
        Member::new("FunctionName", &p::STRING)
            .at(Uri, "FunctionName")
            .with(f::REQUIRED),
        Member::new("Qualifier", &p::STRING).at(QueryString, "Qualifier"),
    ],
);
pub static GET_POLICY_OUTPUT: Schema = Schema::structure(
    "GetPolicyResponse",
    &[Member::new("Policy", &p::STRING), Member::new("RevisionId", &p::STRING)],
);
pub static GET_PROVISIONED_CONCURRENCY_CONFIG_INPUT: Schema = Schema::structure(
    "GetProvisionedConcurrencyConfigRequest",
    &[
        Member::new("FunctionName", &p::STRING)
            .at(Uri, "FunctionName")
            .with(f::REQUIRED),
        Member::new("Qualifier", &p::STRING)
            .at(QueryString, "Qualifier")
            .with(f::REQUIRED),
    ],
);
pub static GET_PROVISIONED_CONCURRENCY_CONFIG_OUTPUT: Schema = Schema::structure(
    "GetProvisionedConcurrencyConfigResponse",
    &[
        Member::new("RequestedProvisionedConcurrentExecutions", &p::INTEGER),
        Member::new("AvailableProvisionedConcurrentExecutions", &p::INTEGER),
        Member::new("AllocatedProvisionedConcurrentExecutions", &p::INTEGER),
        Member::new("Status", &p::STRING),
        Member::new("StatusReason", &p::STRING),
        Member::new("LastModified", &p::STRING),
    ],
);
pub static GET_RESOURCE_POLICY_INPUT: Schema = Schema::structure(
    "GetResourcePolicyRequest",
    &[Member::new("ResourceArn", &p::STRING).at(Uri, "ResourceArn").with(f::REQUIRED)],
);
pub static GET_RESOURCE_POLICY_OUTPUT: Schema = Schema::structure(
    "GetResourcePolicyResponse",
    &[Member::new("Policy", &p::STRING), Member::new("RevisionId", &p::STRING)],
);
pub static GET_RUNTIME_MANAGEMENT_CONFIG_INPUT: Schema = Schema::structure(
    "GetRuntimeManagementConfigRequest",
    &[
        Member::new("FunctionName", &p::STRING)
            .at(Uri, "FunctionName")
            .with(f::REQUIRED),
        Member::new("Qualifier", &p::STRING).at(QueryString, "Qualifier"),
    ],
);
pub static GET_RUNTIME_MANAGEMENT_CONFIG_OUTPUT: Schema = Schema::structure(
    "GetRuntimeManagementConfigResponse",
    &[
        Member::new("UpdateRuntimeOn", &p::STRING),
        Member::new("FunctionArn", &p::STRING),
        Member::new("RuntimeVersionArn", &p::STRING),
    ],
);
pub static HEADERS_LIST: Schema = Schema::list(
    "HeadersList",
    &[Member::new("member", &p::STRING)],
);
pub static IMAGE_CONFIG: Schema = Schema::structure(
    "ImageConfig",
    &[
        Member::new("EntryPoint", &STRING_LIST),
        Member::new("Command", &STRING_LIST),
        Member::new("WorkingDirectory", &p::STRING),
    ],
);
pub static IMAGE_CONFIG_ERROR: Schema = Schema::structure(
    "ImageConfigError",
    &[Member::new("ErrorCode", &p::STRING), Member::new("Message", &SENSITIVE_STRING)],
);
pub static IMAGE_CONFIG_RESPONSE: Schema = Schema::structure(
    "ImageConfigResponse",
    &[
        Member::new("ImageConfig", &IMAGE_CONFIG),
        Member::new("Error", &IMAGE_CONFIG_ERROR),
    ],
);
pub static INPUT_PAYLOAD: Schema = Schema::scalar("InputPayload", Kind::String)
    .with(f::SENSITIVE);
pub static INSTANCE_REQUIREMENTS: Schema = Schema::structure(
    "InstanceRequirements",
    &[
        Member::new("Architectures", &ARCHITECTURES_LIST),
        Member::new("AllowedInstanceTypes", &INSTANCE_TYPE_SET),
        Member::new("ExcludedInstanceTypes", &INSTANCE_TYPE_SET),
    ],
);
pub static INSTANCE_TYPE_SET: Schema = Schema::list(
    "InstanceTypeSet",
    &[Member::new("member", &p::STRING)],
);
pub static INVALID_CODE_SIGNATURE_EXCEPTION: Schema = Schema::structure(
        "InvalidCodeSignatureException",
        &[Member::new("Type", &p::STRING), Member::new("Message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("InvalidCodeSignatureException", 400u16);
pub static INVALID_PARAMETER_VALUE_EXCEPTION: Schema = Schema::structure(
        "InvalidParameterValueException",
        &[Member::new("Type", &p::STRING), Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("InvalidParameterValueException", 400u16);
pub static INVALID_REQUEST_CONTENT_EXCEPTION: Schema = Schema::structure(
        "InvalidRequestContentException",
        &[Member::new("Type", &p::STRING), Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("InvalidRequestContentException", 400u16);
pub static INVALID_RUNTIME_EXCEPTION: Schema = Schema::structure(
        "InvalidRuntimeException",
        &[Member::new("Type", &p::STRING), Member::new("Message", &p::STRING)],
    )
    .error("InvalidRuntimeException", 502u16);
pub static INVALID_SECURITY_GROUP_ID_EXCEPTION: Schema = Schema::structure(
        "InvalidSecurityGroupIDException",
        &[Member::new("Type", &p::STRING), Member::new("Message", &p::STRING)],
    )
    .error("InvalidSecurityGroupIDException", 502u16);
pub static INVALID_SUBNET_ID_EXCEPTION: Schema = Schema::structure(
        "InvalidSubnetIDException",
        &[Member::new("Type", &p::STRING), Member::new("Message", &p::STRING)],
    )
    .error("InvalidSubnetIDException", 502u16);
pub static INVALID_ZIP_FILE_EXCEPTION: Schema = Schema::structure(
        "InvalidZipFileException",
        &[Member::new("Type", &p::STRING), Member::new("Message", &p::STRING)],
    )
    .error("InvalidZipFileException", 502u16);
pub static INVOCATION_COMPLETED_DETAILS: Schema = Schema::structure(
    "InvocationCompletedDetails",
    &[
        Member::new("StartTimestamp", &p::TIMESTAMP).with(f::REQUIRED),
        Member::new("EndTimestamp", &p::TIMESTAMP).with(f::REQUIRED),
        Member::new("RequestId", &p::STRING).with(f::REQUIRED),
        Member::new("Error", &EVENT_ERROR),
    ],
);
pub static INVOKE_INPUT: Schema = Schema::structure(
    "InvocationRequest",
    &[
        Member::new("FunctionName", &p::STRING)
            .at(Uri, "FunctionName")
            .with(f::REQUIRED),
        Member::new("InvocationType", &p::STRING).at(Header, "X-Amz-Invocation-Type"),
        Member::new("LogType", &p::STRING).at(Header, "X-Amz-Log-Type"),
        Member::new("ClientContext", &p::STRING).at(Header, "X-Amz-Client-Context"),
        Member::new("DurableExecutionName", &p::STRING)
            .at(Header, "X-Amz-Durable-Execution-Name"),
        Member::new("Payload", &BLOB).with(f::PAYLOAD),
        Member::new("Qualifier", &p::STRING).at(QueryString, "Qualifier"),
        Member::new("TenantId", &p::STRING).at(Header, "X-Amz-Tenant-Id"),
    ],
);
pub static INVOKE_OUTPUT: Schema = Schema::structure(
    "InvocationResponse",
    &[
        Member::new("StatusCode", &p::INTEGER).at(StatusCode, "StatusCode"),
        Member::new("FunctionError", &p::STRING).at(Header, "X-Amz-Function-Error"),
        Member::new("LogResult", &p::STRING).at(Header, "X-Amz-Log-Result"),
        Member::new("Payload", &BLOB).with(f::PAYLOAD),
        Member::new("ExecutedVersion", &p::STRING).at(Header, "X-Amz-Executed-Version"),
        Member::new("DurableExecutionArn", &p::STRING)
            .at(Header, "X-Amz-Durable-Execution-Arn"),
    ],
);
pub static INVOKE_ASYNC_INPUT: Schema = Schema::structure(
    "InvokeAsyncRequest",
    &[
        Member::new("FunctionName", &p::STRING)
            .at(Uri, "FunctionName")
            .with(f::REQUIRED),
        Member::new("InvokeArgs", &BLOB_STREAM).with(f::REQUIRED | f::PAYLOAD),
    ],
);
pub static INVOKE_ASYNC_OUTPUT: Schema = Schema::structure(
    "InvokeAsyncResponse",
    &[Member::new("Status", &p::INTEGER).at(StatusCode, "Status")],
);
pub static INVOKE_RESPONSE_STREAM_UPDATE: Schema = Schema::structure(
    "InvokeResponseStreamUpdate",
    &[Member::new("Payload", &BLOB).with(f::EVENT_PAYLOAD)],
);
pub static INVOKE_WITH_RESPONSE_STREAM_COMPLETE_EVENT: Schema = Schema::structure(
    "InvokeWithResponseStreamCompleteEvent",
    &[
        Member::new("ErrorCode", &p::STRING),
        Member::new("ErrorDetails", &p::STRING),
        Member::new("LogResult", &p::STRING),
    ],
);
pub static INVOKE_WITH_RESPONSE_STREAM_INPUT: Schema = Schema::structure(
    "InvokeWithResponseStreamRequest",
    &[
        Member::new("FunctionName", &p::STRING)
            .at(Uri, "FunctionName")
            .with(f::REQUIRED),
        Member::new("LogType", &p::STRING).at(Header, "X-Amz-Log-Type"),
        Member::new("ClientContext", &p::STRING).at(Header, "X-Amz-Client-Context"),
        Member::new("Qualifier", &p::STRING).at(QueryString, "Qualifier"),
        Member::new("Payload", &BLOB).with(f::PAYLOAD),
        Member::new("TenantId", &p::STRING).at(Header, "X-Amz-Tenant-Id"),
        Member::new("InvocationType", &p::STRING).at(Header, "X-Amz-Invocation-Type"),
    ],
);
pub static INVOKE_WITH_RESPONSE_STREAM_OUTPUT: Schema = Schema::structure(
    "InvokeWithResponseStreamResponse",
    &[
        Member::new("StatusCode", &p::INTEGER).at(StatusCode, "StatusCode"),
        Member::new("ExecutedVersion", &p::STRING).at(Header, "X-Amz-Executed-Version"),
        Member::new("EventStream", &INVOKE_WITH_RESPONSE_STREAM_RESPONSE_EVENT)
            .with(f::PAYLOAD | f::EVENT_STREAM),
        Member::new("ResponseStreamContentType", &p::STRING).at(Header, "Content-Type"),
    ],
);
pub static INVOKE_WITH_RESPONSE_STREAM_RESPONSE_EVENT: Schema = Schema::union(
        "InvokeWithResponseStreamResponseEvent",
        &[
            Member::new("PayloadChunk", &INVOKE_RESPONSE_STREAM_UPDATE),
            Member::new("InvokeComplete", &INVOKE_WITH_RESPONSE_STREAM_COMPLETE_EVENT),
        ],
    )
    .with(f::EVENT_STREAM);
pub static KMS_ACCESS_DENIED_EXCEPTION: Schema = Schema::structure(
        "KMSAccessDeniedException",
        &[Member::new("Type", &p::STRING), Member::new("Message", &p::STRING)],
    )
    .error("KMSAccessDeniedException", 502u16);
pub static KMS_DISABLED_EXCEPTION: Schema = Schema::structure(
        "KMSDisabledException",
        &[Member::new("Type", &p::STRING), Member::new("Message", &p::STRING)],
    )
    .error("KMSDisabledException", 502u16);
pub static KMS_INVALID_STATE_EXCEPTION: Schema = Schema::structure(
        "KMSInvalidStateException",
        &[Member::new("Type", &p::STRING), Member::new("Message", &p::STRING)],
    )
    .error("KMSInvalidStateException", 502u16);
pub static KMS_NOT_FOUND_EXCEPTION: Schema = Schema::structure(
        "KMSNotFoundException",
        &[Member::new("Type", &p::STRING), Member::new("Message", &p::STRING)],
    )
    .error("KMSNotFoundException", 502u16);
pub static KAFKA_SCHEMA_REGISTRY_ACCESS_CONFIG: Schema = Schema::structure(
    "KafkaSchemaRegistryAccessConfig",
    &[Member::new("Type", &p::STRING), Member::new("URI", &p::STRING)],
);
pub static KAFKA_SCHEMA_REGISTRY_ACCESS_CONFIG_LIST: Schema = Schema::list(
    "KafkaSchemaRegistryAccessConfigList",
    &[Member::new("member", &KAFKA_SCHEMA_REGISTRY_ACCESS_CONFIG)],
);
pub static KAFKA_SCHEMA_REGISTRY_CONFIG: Schema = Schema::structure(
    "KafkaSchemaRegistryConfig",
    &[
        Member::new("SchemaRegistryURI", &p::STRING),
        Member::new("EventRecordFormat", &p::STRING),
        Member::new("AccessConfigs", &KAFKA_SCHEMA_REGISTRY_ACCESS_CONFIG_LIST),
        Member::new("SchemaValidationConfigs", &KAFKA_SCHEMA_VALIDATION_CONFIG_LIST),
    ],
);
pub static KAFKA_SCHEMA_VALIDATION_CONFIG: Schema = Schema::structure(
    "KafkaSchemaValidationConfig",
    &[Member::new("Attribute", &p::STRING)],
);
pub static KAFKA_SCHEMA_VALIDATION_CONFIG_LIST: Schema = Schema::list(
    "KafkaSchemaValidationConfigList",
    &[Member::new("member", &KAFKA_SCHEMA_VALIDATION_CONFIG)],
);
pub static LAMBDA_MANAGED_INSTANCES_CAPACITY_PROVIDER_CONFIG: Schema = Schema::structure(
    "LambdaManagedInstancesCapacityProviderConfig",
    &[
        Member::new("CapacityProviderArn", &p::STRING).with(f::REQUIRED),
        Member::new("PerExecutionEnvironmentMaxConcurrency", &p::INTEGER),
        Member::new("ExecutionEnvironmentMemoryGiBPerVCpu", &p::DOUBLE),
    ],
);
pub static LAYER: Schema = Schema::structure(
    "Layer",
    &[
        Member::new("Arn", &p::STRING),
        Member::new("CodeSize", &p::LONG),
        Member::new("SigningProfileVersionArn", &p::STRING),
        Member::new("SigningJobArn", &p::STRING),
    ],
);
pub static LAYER_LIST: Schema = Schema::list(
    "LayerList",
    &[Member::new("member", &p::STRING)],
);
pub static LAYER_VERSION_CONTENT_INPUT: Schema = Schema::structure(
    "LayerVersionContentInput",
    &[
        Member::new("S3Bucket", &p::STRING),
        Member::new("S3Key", &p::STRING),
        Member::new("S3ObjectVersion", &p::STRING),
        Member::new("S3ObjectStorageMode", &p::STRING),
        Member::new("ZipFile", &BLOB),
    ],
);
pub static LAYER_VERSION_CONTENT_OUTPUT: Schema = Schema::structure(
    "LayerVersionContentOutput",
    &[
        Member::new("Location", &p::STRING),
        Member::new("CodeSha256", &p::STRING),
        Member::new("CodeSize", &p::LONG),
        Member::new("SigningProfileVersionArn", &p::STRING),
        Member::new("SigningJobArn", &p::STRING),
        Member::new("ResolvedS3Object", &RESOLVED_S3_OBJECT),
    ],
);
pub static LAYER_VERSIONS_LIST: Schema = Schema::list(
    "LayerVersionsList",
    &[Member::new("member", &LAYER_VERSIONS_LIST_ITEM)],
);
pub static LAYER_VERSIONS_LIST_ITEM: Schema = Schema::structure(
    "LayerVersionsListItem",
    &[
        Member::new("LayerVersionArn", &p::STRING),
        Member::new("Version", &p::LONG),
        Member::new("Description", &p::STRING),
        Member::new("CreatedDate", &p::STRING),
        Member::new("CompatibleArchitectures", &COMPATIBLE_ARCHITECTURES),
        Member::new("CompatibleRuntimes", &COMPATIBLE_RUNTIMES),
        Member::new("LicenseInfo", &p::STRING),
    ],
);
pub static LAYERS_LIST: Schema = Schema::list(
    "LayersList",
    &[Member::new("member", &LAYERS_LIST_ITEM)],
);
pub static LAYERS_LIST_ITEM: Schema = Schema::structure(
    "LayersListItem",
    &[
        Member::new("LayerName", &p::STRING),
        Member::new("LayerArn", &p::STRING),
        Member::new("LatestMatchingVersion", &LAYER_VERSIONS_LIST_ITEM),
    ],
);
pub static LAYERS_REFERENCE_LIST: Schema = Schema::list(
    "LayersReferenceList",
    &[Member::new("member", &LAYER)],
);
pub static LIST_ALIASES_INPUT: Schema = Schema::structure(
    "ListAliasesRequest",
    &[
        Member::new("FunctionName", &p::STRING)
            .at(Uri, "FunctionName")
            .with(f::REQUIRED),
        Member::new("FunctionVersion", &p::STRING).at(QueryString, "FunctionVersion"),
        Member::new("Marker", &p::STRING).at(QueryString, "Marker"),
        Member::new("MaxItems", &p::INTEGER).at(QueryString, "MaxItems"),
    ],
);
pub static LIST_ALIASES_OUTPUT: Schema = Schema::structure(
    "ListAliasesResponse",
    &[Member::new("NextMarker", &p::STRING), Member::new("Aliases", &ALIAS_LIST)],
);
pub static LIST_CAPACITY_PROVIDERS_INPUT: Schema = Schema::structure(
    "ListCapacityProvidersRequest",
    &[
        Member::new("State", &p::STRING).at(QueryString, "State"),
        Member::new("Marker", &p::STRING).at(QueryString, "Marker"),
        Member::new("MaxItems", &p::INTEGER).at(QueryString, "MaxItems"),
    ],
);
pub static LIST_CAPACITY_PROVIDERS_OUTPUT: Schema = Schema::structure(
    "ListCapacityProvidersResponse",
    &[
        Member::new("CapacityProviders", &CAPACITY_PROVIDERS_LIST).with(f::REQUIRED),
        Member::new("NextMarker", &p::STRING),
    ],
);
pub static LIST_CODE_SIGNING_CONFIGS_INPUT: Schema = Schema::structure(
    "ListCodeSigningConfigsRequest",
    &[
        Member::new("Marker", &p::STRING).at(QueryString, "Marker"),
        Member::new("MaxItems", &p::INTEGER).at(QueryString, "MaxItems"),
    ],
);
pub static LIST_CODE_SIGNING_CONFIGS_OUTPUT: Schema = Schema::structure(
    "ListCodeSigningConfigsResponse",
    &[
        Member::new("NextMarker", &p::STRING),
        Member::new("CodeSigningConfigs", &CODE_SIGNING_CONFIG_LIST),
    ],
);
pub static LIST_DURABLE_EXECUTIONS_BY_FUNCTION_INPUT: Schema = Schema::structure(
    "ListDurableExecutionsByFunctionRequest",
    &[
        Member::new("FunctionName", &p::STRING)
            .at(Uri, "FunctionName")
            .with(f::REQUIRED),
        Member::new("Qualifier", &p::STRING).at(QueryString, "Qualifier"),
        Member::new("DurableExecutionName", &p::STRING)
            .at(QueryString, "DurableExecutionName"),
        Member::new("Statuses", &EXECUTION_STATUS_LIST).at(QueryString, "Statuses"),
        Member::new("StartedAfter", &p::TIMESTAMP).at(QueryString, "StartedAfter"),
        Member::new("StartedBefore", &p::TIMESTAMP).at(QueryString, "StartedBefore"),
        Member::new("ReverseOrder", &p::BOOLEAN).at(QueryString, "ReverseOrder"),
        Member::new("Marker", &p::STRING).at(QueryString, "Marker"),
        Member::new("MaxItems", &p::INTEGER).at(QueryString, "MaxItems"),
    ],
);
pub static LIST_DURABLE_EXECUTIONS_BY_FUNCTION_OUTPUT: Schema = Schema::structure(
    "ListDurableExecutionsByFunctionResponse",
    &[
        Member::new("DurableExecutions", &DURABLE_EXECUTIONS),
        Member::new("NextMarker", &p::STRING),
    ],
);
pub static LIST_EVENT_SOURCE_MAPPINGS_INPUT: Schema = Schema::structure(
    "ListEventSourceMappingsRequest",
    &[
        Member::new("EventSourceArn", &p::STRING).at(QueryString, "EventSourceArn"),
        Member::new("FunctionName", &p::STRING).at(QueryString, "FunctionName"),
        Member::new("Marker", &p::STRING).at(QueryString, "Marker"),
        Member::new("MaxItems", &p::INTEGER).at(QueryString, "MaxItems"),
    ],
);
pub static LIST_EVENT_SOURCE_MAPPINGS_OUTPUT: Schema = Schema::structure(
    "ListEventSourceMappingsResponse",
    &[
        Member::new("NextMarker", &p::STRING),
        Member::new("EventSourceMappings", &EVENT_SOURCE_MAPPINGS_LIST),
    ],
);
pub static LIST_FUNCTION_EVENT_INVOKE_CONFIGS_INPUT: Schema = Schema::structure(
    "ListFunctionEventInvokeConfigsRequest",
    &[
        Member::new("FunctionName", &p::STRING)
            .at(Uri, "FunctionName")
            .with(f::REQUIRED),
        Member::new("Marker", &p::STRING).at(QueryString, "Marker"),
        Member::new("MaxItems", &p::INTEGER).at(QueryString, "MaxItems"),
    ],
);
pub static LIST_FUNCTION_EVENT_INVOKE_CONFIGS_OUTPUT: Schema = Schema::structure(
    "ListFunctionEventInvokeConfigsResponse",
    &[
        Member::new("FunctionEventInvokeConfigs", &FUNCTION_EVENT_INVOKE_CONFIG_LIST),
        Member::new("NextMarker", &p::STRING),
    ],
);
pub static LIST_FUNCTION_URL_CONFIGS_INPUT: Schema = Schema::structure(
    "ListFunctionUrlConfigsRequest",
    &[
        Member::new("FunctionName", &p::STRING)
            .at(Uri, "FunctionName")
            .with(f::REQUIRED),
        Member::new("Marker", &p::STRING).at(QueryString, "Marker"),
        Member::new("MaxItems", &p::INTEGER).at(QueryString, "MaxItems"),
    ],
);
pub static LIST_FUNCTION_URL_CONFIGS_OUTPUT: Schema = Schema::structure(
    "ListFunctionUrlConfigsResponse",
    &[
        Member::new("FunctionUrlConfigs", &FUNCTION_URL_CONFIG_LIST).with(f::REQUIRED),
        Member::new("NextMarker", &p::STRING),
    ],
);
pub static LIST_FUNCTION_VERSIONS_BY_CAPACITY_PROVIDER_INPUT: Schema = Schema::structure(
    "ListFunctionVersionsByCapacityProviderRequest",
    &[
        Member::new("CapacityProviderName", &p::STRING)
            .at(Uri, "CapacityProviderName")
            .with(f::REQUIRED),
        Member::new("Marker", &p::STRING).at(QueryString, "Marker"),
        Member::new("MaxItems", &p::INTEGER).at(QueryString, "MaxItems"),
    ],
);
pub static LIST_FUNCTION_VERSIONS_BY_CAPACITY_PROVIDER_OUTPUT: Schema = Schema::structure(
    "ListFunctionVersionsByCapacityProviderResponse",
    &[
        Member::new("CapacityProviderArn", &p::STRING).with(f::REQUIRED),
        Member::new("FunctionVersions", &FUNCTION_VERSIONS_BY_CAPACITY_PROVIDER_LIST)
            .with(f::REQUIRED),
        Member::new("NextMarker", &p::STRING),
    ],
);
pub static LIST_FUNCTIONS_BY_CODE_SIGNING_CONFIG_INPUT: Schema = Schema::structure(
    "ListFunctionsByCodeSigningConfigRequest",
    &[
        Member::new("CodeSigningConfigArn", &p::STRING)
            .at(Uri, "CodeSigningConfigArn")
            .with(f::REQUIRED),
        Member::new("Marker", &p::STRING).at(QueryString, "Marker"),
        Member::new("MaxItems", &p::INTEGER).at(QueryString, "MaxItems"),
    ],
);
pub static LIST_FUNCTIONS_BY_CODE_SIGNING_CONFIG_OUTPUT: Schema = Schema::structure(
    "ListFunctionsByCodeSigningConfigResponse",
    &[
        Member::new("NextMarker", &p::STRING),
        Member::new("FunctionArns", &FUNCTION_ARN_LIST),
    ],
);
pub static LIST_FUNCTIONS_INPUT: Schema = Schema::structure(
    "ListFunctionsRequest",
    &[
        Member::new("MasterRegion", &p::STRING).at(QueryString, "MasterRegion"),
        Member::new("FunctionVersion", &p::STRING).at(QueryString, "FunctionVersion"),
        Member::new("Marker", &p::STRING).at(QueryString, "Marker"),
        Member::new("MaxItems", &p::INTEGER).at(QueryString, "MaxItems"),
    ],
);
pub static LIST_FUNCTIONS_OUTPUT: Schema = Schema::structure(
    "ListFunctionsResponse",
    &[Member::new("NextMarker", &p::STRING), Member::new("Functions", &FUNCTION_LIST)],
);
pub static LIST_LAYER_VERSIONS_INPUT: Schema = Schema::structure(
    "ListLayerVersionsRequest",
    &[
        Member::new("CompatibleArchitecture", &p::STRING)
            .at(QueryString, "CompatibleArchitecture"),
        Member::new("CompatibleRuntime", &p::STRING)
            .at(QueryString, "CompatibleRuntime"),
        Member::new("LayerName", &p::STRING).at(Uri, "LayerName").with(f::REQUIRED),
        Member::new("Marker", &p::STRING).at(QueryString, "Marker"),
        Member::new("MaxItems", &p::INTEGER).at(QueryString, "MaxItems"),
    ],
);
pub static LIST_LAYER_VERSIONS_OUTPUT: Schema = Schema::structure(
    "ListLayerVersionsResponse",
    &[
        Member::new("NextMarker", &p::STRING),
        Member::new("LayerVersions", &LAYER_VERSIONS_LIST),
    ],
);
pub static LIST_LAYERS_INPUT: Schema = Schema::structure(
    "ListLayersRequest",
    &[
        Member::new("CompatibleArchitecture", &p::STRING)
            .at(QueryString, "CompatibleArchitecture"),
        Member::new("CompatibleRuntime", &p::STRING)
            .at(QueryString, "CompatibleRuntime"),
        Member::new("Marker", &p::STRING).at(QueryString, "Marker"),
        Member::new("MaxItems", &p::INTEGER).at(QueryString, "MaxItems"),
    ],
);
pub static LIST_LAYERS_OUTPUT: Schema = Schema::structure(
    "ListLayersResponse",
    &[Member::new("NextMarker", &p::STRING), Member::new("Layers", &LAYERS_LIST)],
);
pub static LIST_PROVISIONED_CONCURRENCY_CONFIGS_INPUT: Schema = Schema::structure(
    "ListProvisionedConcurrencyConfigsRequest",
    &[
        Member::new("FunctionName", &p::STRING)
            .at(Uri, "FunctionName")
            .with(f::REQUIRED),
        Member::new("Marker", &p::STRING).at(QueryString, "Marker"),
        Member::new("MaxItems", &p::INTEGER).at(QueryString, "MaxItems"),
    ],
);
pub static LIST_PROVISIONED_CONCURRENCY_CONFIGS_OUTPUT: Schema = Schema::structure(
    "ListProvisionedConcurrencyConfigsResponse",
    &[
        Member::new(
            "ProvisionedConcurrencyConfigs",
            &PROVISIONED_CONCURRENCY_CONFIG_LIST,
        ),
        Member::new("NextMarker", &p::STRING),
    ],
);
pub static LIST_TAGS_INPUT: Schema = Schema::structure(
    "ListTagsRequest",
    &[Member::new("Resource", &p::STRING).at(Uri, "Resource").with(f::REQUIRED)],
);
pub static LIST_TAGS_OUTPUT: Schema = Schema::structure(
    "ListTagsResponse",
    &[Member::new("Tags", &TAGS)],
);
pub static LIST_VERSIONS_BY_FUNCTION_INPUT: Schema = Schema::structure(
    "ListVersionsByFunctionRequest",
    &[
        Member::new("FunctionName", &p::STRING)
            .at(Uri, "FunctionName")
            .with(f::REQUIRED),
        Member::new("Marker", &p::STRING).at(QueryString, "Marker"),
        Member::new("MaxItems", &p::INTEGER).at(QueryString, "MaxItems"),
    ],
);
pub static LIST_VERSIONS_BY_FUNCTION_OUTPUT: Schema = Schema::structure(
    "ListVersionsByFunctionResponse",
    &[Member::new("NextMarker", &p::STRING), Member::new("Versions", &FUNCTION_LIST)],
);
pub static LOGGING_CONFIG: Schema = Schema::structure(
    "LoggingConfig",
    &[
        Member::new("LogFormat", &p::STRING),
        Member::new("ApplicationLogLevel", &p::STRING),
        Member::new("SystemLogLevel", &p::STRING),
        Member::new("LogGroup", &p::STRING),
    ],
);
pub static MODE_NOT_SUPPORTED_EXCEPTION: Schema = Schema::structure(
        "ModeNotSupportedException",
        &[Member::new("Type", &p::STRING), Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("ModeNotSupportedException", 400u16);
pub static NO_PUBLISHED_VERSION_EXCEPTION: Schema = Schema::structure(
        "NoPublishedVersionException",
        &[Member::new("Type", &p::STRING), Member::new("Message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("NoPublishedVersionException", 400u16);
pub static ON_FAILURE: Schema = Schema::structure(
    "OnFailure",
    &[Member::new("Destination", &p::STRING)],
);
pub static ON_SUCCESS: Schema = Schema::structure(
    "OnSuccess",
    &[Member::new("Destination", &p::STRING)],
);
pub static OPERATION: Schema = Schema::structure(
    "Operation",
    &[
        Member::new("Id", &p::STRING).with(f::REQUIRED),
        Member::new("ParentId", &p::STRING),
        Member::new("Name", &p::STRING),
        Member::new("Type", &p::STRING).with(f::REQUIRED),
        Member::new("SubType", &p::STRING),
        Member::new("StartTimestamp", &p::TIMESTAMP).with(f::REQUIRED),
        Member::new("EndTimestamp", &p::TIMESTAMP),
        Member::new("Status", &p::STRING).with(f::REQUIRED),
        Member::new("ExecutionDetails", &EXECUTION_DETAILS),
        Member::new("ContextDetails", &CONTEXT_DETAILS),
        Member::new("StepDetails", &STEP_DETAILS),
        Member::new("WaitDetails", &WAIT_DETAILS),
        Member::new("CallbackDetails", &CALLBACK_DETAILS),
        Member::new("ChainedInvokeDetails", &CHAINED_INVOKE_DETAILS),
    ],
);
pub static OPERATION_PAYLOAD: Schema = Schema::scalar("OperationPayload", Kind::String)
    .with(f::SENSITIVE);
pub static OPERATION_UPDATE: Schema = Schema::structure(
    "OperationUpdate",
    &[
        Member::new("Id", &p::STRING).with(f::REQUIRED),
        Member::new("ParentId", &p::STRING),
        Member::new("Name", &p::STRING),
        Member::new("Type", &p::STRING).with(f::REQUIRED),
        Member::new("SubType", &p::STRING),
        Member::new("Action", &p::STRING).with(f::REQUIRED),
        Member::new("Payload", &OPERATION_PAYLOAD),
        Member::new("Error", &ERROR_OBJECT),
        Member::new("ContextOptions", &CONTEXT_OPTIONS),
        Member::new("StepOptions", &STEP_OPTIONS),
        Member::new("WaitOptions", &WAIT_OPTIONS),
        Member::new("CallbackOptions", &CALLBACK_OPTIONS),
        Member::new("ChainedInvokeOptions", &CHAINED_INVOKE_OPTIONS),
    ],
);
pub static OPERATION_UPDATES: Schema = Schema::list(
    "OperationUpdates",
    &[Member::new("member", &OPERATION_UPDATE)],
);
pub static OPERATIONS: Schema = Schema::list(
    "Operations",
    &[Member::new("member", &OPERATION)],
);
pub static OUTPUT_PAYLOAD: Schema = Schema::scalar("OutputPayload", Kind::String)
    .with(f::SENSITIVE);
pub static PAUSE_DETAILS: Schema = Schema::structure(
    "PauseDetails",
    &[
        Member::new("PauseRequestTimestamp", &p::TIMESTAMP).with(f::REQUIRED),
        Member::new("Reason", &PAUSE_REASON),
        Member::new("ExecutionTimeoutPaused", &p::BOOLEAN).with(f::REQUIRED),
    ],
);
pub static PAUSE_DURABLE_EXECUTION_INPUT: Schema = Schema::structure(
    "PauseDurableExecutionRequest",
    &[
        Member::new("DurableExecutionArn", &p::STRING)
            .at(Uri, "DurableExecutionArn")
            .with(f::REQUIRED),
        Member::new("ClientToken", &p::STRING).with(f::IDEMPOTENCY_TOKEN),
        Member::new("Reason", &PAUSE_REASON),
        Member::new("ExecutionTimeoutPaused", &p::BOOLEAN),
    ],
);
pub static PAUSE_DURABLE_EXECUTION_OUTPUT: Schema = Schema::structure(
    "PauseDurableExecutionResponse",
    &[],
);
pub static PAUSE_REASON: Schema = Schema::scalar("PauseReason", Kind::String)
    .with(f::SENSITIVE);
pub static POLICY_LENGTH_EXCEEDED_EXCEPTION: Schema = Schema::structure(
        "PolicyLengthExceededException",
        &[Member::new("Type", &p::STRING), Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("PolicyLengthExceededException", 400u16);
pub static PRECONDITION_FAILED_EXCEPTION: Schema = Schema::structure(
        "PreconditionFailedException",
        &[Member::new("Type", &p::STRING), Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("PreconditionFailedException", 412u16);
pub static PROPAGATE_TAGS: Schema = Schema::structure(
    "PropagateTags",
    &[
        Member::new("Mode", &p::STRING),
        Member::new("ExplicitTags", &PROPAGATE_TAGS_EXPLICIT_TAGS_MAP),
    ],
);
pub static PROPAGATE_TAGS_EXPLICIT_TAGS_MAP: Schema = Schema::map(
    "PropagateTagsExplicitTagsMap",
    &[Member::new("key", &p::STRING), Member::new("value", &p::STRING)],
);
pub static PROVISIONED_CONCURRENCY_CONFIG_LIST: Schema = Schema::list(
    "ProvisionedConcurrencyConfigList",
    &[Member::new("member", &PROVISIONED_CONCURRENCY_CONFIG_LIST_ITEM)],
);
pub static PROVISIONED_CONCURRENCY_CONFIG_LIST_ITEM: Schema = Schema::structure(
    "ProvisionedConcurrencyConfigListItem",
    &[
        Member::new("FunctionArn", &p::STRING),
        Member::new("RequestedProvisionedConcurrentExecutions", &p::INTEGER),
        Member::new("AvailableProvisionedConcurrentExecutions", &p::INTEGER),
        Member::new("AllocatedProvisionedConcurrentExecutions", &p::INTEGER),
        Member::new("Status", &p::STRING),
        Member::new("StatusReason", &p::STRING),
        Member::new("LastModified", &p::STRING),
    ],
);
pub static PROVISIONED_CONCURRENCY_CONFIG_NOT_FOUND_EXCEPTION: Schema = Schema::structure(
        "ProvisionedConcurrencyConfigNotFoundException",
        &[Member::new("Type", &p::STRING), Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("ProvisionedConcurrencyConfigNotFoundException", 404u16);
pub static PROVISIONED_POLLER_CONFIG: Schema = Schema::structure(
    "ProvisionedPollerConfig",
    &[
        Member::new("MinimumPollers", &p::INTEGER),
        Member::new("MaximumPollers", &p::INTEGER),
        Member::new("PollerGroupName", &p::STRING),
    ],
);
pub static PUBLIC_POLICY_EXCEPTION: Schema = Schema::structure(
        "PublicPolicyException",
        &[Member::new("Type", &p::STRING), Member::new("Message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("PublicPolicyException", 400u16);
pub static PUBLISH_LAYER_VERSION_INPUT: Schema = Schema::structure(
    "PublishLayerVersionRequest",
    &[
        Member::new("LayerName", &p::STRING).at(Uri, "LayerName").with(f::REQUIRED),
        Member::new("Description", &p::STRING),
        Member::new("Content", &LAYER_VERSION_CONTENT_INPUT).with(f::REQUIRED),
        Member::new("CompatibleArchitectures", &COMPATIBLE_ARCHITECTURES),
        Member::new("CompatibleRuntimes", &COMPATIBLE_RUNTIMES),
        Member::new("LicenseInfo", &p::STRING),
    ],
);
pub static PUBLISH_LAYER_VERSION_OUTPUT: Schema = Schema::structure(
    "PublishLayerVersionResponse",
    &[
        Member::new("Content", &LAYER_VERSION_CONTENT_OUTPUT),
        Member::new("LayerArn", &p::STRING),
        Member::new("LayerVersionArn", &p::STRING),
        Member::new("Description", &p::STRING),
        Member::new("CreatedDate", &p::STRING),
        Member::new("Version", &p::LONG),
        Member::new("CompatibleArchitectures", &COMPATIBLE_ARCHITECTURES),
        Member::new("CompatibleRuntimes", &COMPATIBLE_RUNTIMES),
        Member::new("LicenseInfo", &p::STRING),
    ],
);
pub static PUBLISH_VERSION_INPUT: Schema = Schema::structure(
    "PublishVersionRequest",
    &[
        Member::new("FunctionName", &p::STRING)
            .at(Uri, "FunctionName")
            .with(f::REQUIRED),
        Member::new("CodeSha256", &p::STRING),
        Member::new("Description", &p::STRING),
        Member::new("RevisionId", &p::STRING),
        Member::new("PublishTo", &p::STRING),
    ],
);
pub static PUT_FUNCTION_CODE_SIGNING_CONFIG_INPUT: Schema = Schema::structure(
    "PutFunctionCodeSigningConfigRequest",
    &[
        Member::new("CodeSigningConfigArn", &p::STRING).with(f::REQUIRED),
        Member::new("FunctionName", &p::STRING).at(Uri, "FunctionName").with(f::REQUIRED),
    ],
);
pub static PUT_FUNCTION_CODE_SIGNING_CONFIG_OUTPUT: Schema = Schema::structure(
    "PutFunctionCodeSigningConfigResponse",
    &[
        Member::new("CodeSigningConfigArn", &p::STRING).with(f::REQUIRED),
        Member::new("FunctionName", &p::STRING).with(f::REQUIRED),
    ],
);
pub static PUT_FUNCTION_CONCURRENCY_INPUT: Schema = Schema::structure(
    "PutFunctionConcurrencyRequest",
    &[
        Member::new("FunctionName", &p::STRING)
            .at(Uri, "FunctionName")
            .with(f::REQUIRED),
        Member::new("ReservedConcurrentExecutions", &p::INTEGER).with(f::REQUIRED),
    ],
);
pub static PUT_FUNCTION_EVENT_INVOKE_CONFIG_INPUT: Schema = Schema::structure(
    "PutFunctionEventInvokeConfigRequest",
    &[
        Member::new("FunctionName", &p::STRING)
            .at(Uri, "FunctionName")
            .with(f::REQUIRED),
        Member::new("Qualifier", &p::STRING).at(QueryString, "Qualifier"),
        Member::new("MaximumRetryAttempts", &p::INTEGER),
        Member::new("MaximumEventAgeInSeconds", &p::INTEGER),
        Member::new("DestinationConfig", &DESTINATION_CONFIG),
    ],
);
pub static PUT_FUNCTION_RECURSION_CONFIG_INPUT: Schema = Schema::structure(
    "PutFunctionRecursionConfigRequest",
    &[
        Member::new("FunctionName", &p::STRING)
            .at(Uri, "FunctionName")
            .with(f::REQUIRED),
        Member::new("RecursiveLoop", &p::STRING).with(f::REQUIRED),
    ],
);
pub static PUT_FUNCTION_RECURSION_CONFIG_OUTPUT: Schema = Schema::structure(
    "PutFunctionRecursionConfigResponse",
    &[Member::new("RecursiveLoop", &p::STRING)],
);
pub static PUT_FUNCTION_SCALING_CONFIG_INPUT: Schema = Schema::structure(
    "PutFunctionScalingConfigRequest",
    &[
        Member::new("FunctionName", &p::STRING)
            .at(Uri, "FunctionName")
            .with(f::REQUIRED),
        Member::new("Qualifier", &p::STRING)
            .at(QueryString, "Qualifier")
            .with(f::REQUIRED),
        Member::new("FunctionScalingConfig", &FUNCTION_SCALING_CONFIG),
    ],
);
pub static PUT_FUNCTION_SCALING_CONFIG_OUTPUT: Schema = Schema::structure(
    "PutFunctionScalingConfigResponse",
    &[Member::new("FunctionState", &p::STRING)],
);
pub static PUT_PROVISIONED_CONCURRENCY_CONFIG_INPUT: Schema = Schema::structure(
    "PutProvisionedConcurrencyConfigRequest",
    &[
        Member::new("FunctionName", &p::STRING)
            .at(Uri, "FunctionName")
            .with(f::REQUIRED),
        Member::new("Qualifier", &p::STRING)
            .at(QueryString, "Qualifier")
            .with(f::REQUIRED),
        Member::new("ProvisionedConcurrentExecutions", &p::INTEGER).with(f::REQUIRED),
    ],
);
pub static PUT_PROVISIONED_CONCURRENCY_CONFIG_OUTPUT: Schema = Schema::structure(
    "PutProvisionedConcurrencyConfigResponse",
    &[
        Member::new("RequestedProvisionedConcurrentExecutions", &p::INTEGER),
        Member::new("AllocatedProvisionedConcurrentExecutions", &p::INTEGER),
        Member::new("AvailableProvisionedConcurrentExecutions", &p::INTEGER),
        Member::new("Status", &p::STRING),
        Member::new("StatusReason", &p::STRING),
        Member::new("LastModified", &p::STRING),
    ],
);
pub static PUT_RESOURCE_POLICY_INPUT: Schema = Schema::structure(
    "PutResourcePolicyRequest",
    &[
        Member::new("ResourceArn", &p::STRING).at(Uri, "ResourceArn").with(f::REQUIRED),
        Member::new("Policy", &p::STRING).with(f::REQUIRED),
        Member::new("RevisionId", &p::STRING),
    ],
);
pub static PUT_RESOURCE_POLICY_OUTPUT: Schema = Schema::structure(
    "PutResourcePolicyResponse",
    &[Member::new("Policy", &p::STRING), Member::new("RevisionId", &p::STRING)],
);
pub static PUT_RUNTIME_MANAGEMENT_CONFIG_INPUT: Schema = Schema::structure(
    "PutRuntimeManagementConfigRequest",
    &[
        Member::new("FunctionName", &p::STRING)
            .at(Uri, "FunctionName")
            .with(f::REQUIRED),
        Member::new("Qualifier", &p::STRING).at(QueryString, "Qualifier"),
        Member::new("UpdateRuntimeOn", &p::STRING).with(f::REQUIRED),
        Member::new("RuntimeVersionArn", &p::STRING),
    ],
);
pub static PUT_RUNTIME_MANAGEMENT_CONFIG_OUTPUT: Schema = Schema::structure(
    "PutRuntimeManagementConfigResponse",
    &[
        Member::new("UpdateRuntimeOn", &p::STRING).with(f::REQUIRED),
        Member::new("FunctionArn", &p::STRING).with(f::REQUIRED),
        Member::new("RuntimeVersionArn", &p::STRING),
    ],
);
pub static QUEUES: Schema = Schema::list("Queues", &[Member::new("member", &p::STRING)]);
pub static RECURSIVE_INVOCATION_EXCEPTION: Schema = Schema::structure(
        "RecursiveInvocationException",
        &[Member::new("Type", &p::STRING), Member::new("Message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("RecursiveInvocationException", 400u16);
pub static REMOVE_LAYER_VERSION_PERMISSION_INPUT: Schema = Schema::structure(
    "RemoveLayerVersionPermissionRequest",
    &[
        Member::new("LayerName", &p::STRING).at(Uri, "LayerName").with(f::REQUIRED),
        Member::new("VersionNumber", &p::LONG)
            .at(Uri, "VersionNumber")
            .with(f::REQUIRED),
        Member::new("StatementId", &p::STRING).at(Uri, "StatementId").with(f::REQUIRED),
        Member::new("RevisionId", &p::STRING).at(QueryString, "RevisionId"),
    ],
);
pub static REMOVE_PERMISSION_INPUT: Schema = Schema::structure(
    "RemovePermissionRequest",
    &[
        Member::new("FunctionName", &p::STRING)
            .at(Uri, "FunctionName")
            .with(f::REQUIRED),
        Member::new("StatementId", &p::STRING).at(Uri, "StatementId").with(f::REQUIRED),
        Member::new("Qualifier", &p::STRING).at(QueryString, "Qualifier"),
        Member::new("RevisionId", &p::STRING).at(QueryString, "RevisionId"),
    ],
);
pub static REQUEST_TOO_LARGE_EXCEPTION: Schema = Schema::structure(
        "RequestTooLargeException",
        &[Member::new("Type", &p::STRING), Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("RequestTooLargeException", 413u16);
pub static RESOLVED_S3_OBJECT: Schema = Schema::structure(
    "ResolvedS3Object",
    &[
        Member::new("S3Bucket", &p::STRING),
        Member::new("S3Key", &p::STRING),
        Member::new("S3ObjectVersion", &p::STRING),
    ],
);
pub static RESOURCE_CONFLICT_EXCEPTION: Schema = Schema::structure(
        "ResourceConflictException",
        &[Member::new("Type", &p::STRING), Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("ResourceConflictException", 409u16);
pub static RESOURCE_IN_USE_EXCEPTION: Schema = Schema::structure(
        "ResourceInUseException",
        &[Member::new("Type", &p::STRING), Member::new("Message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("ResourceInUseException", 400u16);
pub static RESOURCE_NOT_FOUND_EXCEPTION: Schema = Schema::structure(
        "ResourceNotFoundException",
        &[Member::new("Type", &p::STRING), Member::new("Message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("ResourceNotFoundException", 404u16);
pub static RESOURCE_NOT_READY_EXCEPTION: Schema = Schema::structure(
        "ResourceNotReadyException",
        &[Member::new("Type", &p::STRING), Member::new("message", &p::STRING)],
    )
    .error("ResourceNotReadyException", 502u16);
pub static RESUME_DURABLE_EXECUTION_INPUT: Schema = Schema::structure(
    "ResumeDurableExecutionRequest",
    &[
        Member::new("DurableExecutionArn", &p::STRING)
            .at(Uri, "DurableExecutionArn")
            .with(f::REQUIRED),
        Member::new("ClientToken", &p::STRING).with(f::IDEMPOTENCY_TOKEN),
        Member::new("Reason", &RESUME_REASON),
    ],
);
pub static RESUME_DURABLE_EXECUTION_OUTPUT: Schema = Schema::structure(
    "ResumeDurableExecutionResponse",
    &[],
);
pub static RESUME_REASON: Schema = Schema::scalar("ResumeReason", Kind::String)
    .with(f::SENSITIVE);
pub static RETRY_DETAILS: Schema = Schema::structure(
    "RetryDetails",
    &[
        Member::new("CurrentAttempt", &p::INTEGER),
        Member::new("NextAttemptDelaySeconds", &p::INTEGER),
    ],
);
pub static RUNTIME_ALIAS_DELETED_EXCEPTION: Schema = Schema::structure(
        "RuntimeAliasDeletedException",
        &[Member::new("Type", &p::STRING), Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("RuntimeAliasDeletedException", 409u16);
pub static RUNTIME_VERSION_CONFIG: Schema = Schema::structure(
    "RuntimeVersionConfig",
    &[
        Member::new("RuntimeVersionArn", &p::STRING),
        Member::new("Error", &RUNTIME_VERSION_ERROR),
    ],
);
pub static RUNTIME_VERSION_DELETED_EXCEPTION: Schema = Schema::structure(
        "RuntimeVersionDeletedException",
        &[Member::new("Type", &p::STRING), Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("RuntimeVersionDeletedException", 409u16);
pub static RUNTIME_VERSION_ERROR: Schema = Schema::structure(
    "RuntimeVersionError",
    &[Member::new("ErrorCode", &p::STRING), Member::new("Message", &SENSITIVE_STRING)],
);
pub static S3_FILES_CONFIG: Schema = Schema::structure(
    "S3FilesConfig",
    &[Member::new("DirectS3Read", &p::STRING)],
);
pub static S3_FILES_MOUNT_CONNECTIVITY_EXCEPTION: Schema = Schema::structure(
        "S3FilesMountConnectivityException",
        &[Member::new("Type", &p::STRING), Member::new("Message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("S3FilesMountConnectivityException", 408u16);
pub static S3_FILES_MOUNT_FAILURE_EXCEPTION: Schema = Schema::structure(
        "S3FilesMountFailureException",
        &[Member::new("Type", &p::STRING), Member::new("Message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("S3FilesMountFailureException", 403u16);
pub static S3_FILES_MOUNT_TIMEOUT_EXCEPTION: Schema = Schema::structure(
        "S3FilesMountTimeoutException",
        &[Member::new("Type", &p::STRING), Member::new("Message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("S3FilesMountTimeoutException", 408u16);
pub static SCALING_CONFIG: Schema = Schema::structure(
    "ScalingConfig",
    &[Member::new("MaximumConcurrency", &p::INTEGER)],
);
pub static SECURITY_GROUP_IDS: Schema = Schema::list(
    "SecurityGroupIds",
    &[Member::new("member", &p::STRING)],
);
pub static SELF_MANAGED_EVENT_SOURCE: Schema = Schema::structure(
    "SelfManagedEventSource",
    &[Member::new("Endpoints", &ENDPOINTS)],
);
pub static SELF_MANAGED_KAFKA_EVENT_SOURCE_CONFIG: Schema = Schema::structure(
    "SelfManagedKafkaEventSourceConfig",
    &[
        Member::new("ConsumerGroupId", &p::STRING),
        Member::new("SchemaRegistryConfig", &KAFKA_SCHEMA_REGISTRY_CONFIG),
        Member::new("ConsumptionMode", &p::STRING),
    ],
);
pub static SEND_DURABLE_EXECUTION_CALLBACK_FAILURE_INPUT: Schema = Schema::structure(
    "SendDurableExecutionCallbackFailureRequest",
    &[
        Member::new("CallbackId", &p::STRING).at(Uri, "CallbackId").with(f::REQUIRED),
        Member::new("Error", &ERROR_OBJECT).with(f::PAYLOAD),
    ],
);
pub static SEND_DURABLE_EXECUTION_CALLBACK_FAILURE_OUTPUT: Schema = Schema::structure(
    "SendDurableExecutionCallbackFailureResponse",
    &[],
);
pub static SEND_DURABLE_EXECUTION_CALLBACK_HEARTBEAT_INPUT: Schema = Schema::structure(
    "SendDurableExecutionCallbackHeartbeatRequest",
    &[Member::new("CallbackId", &p::STRING).at(Uri, "CallbackId").with(f::REQUIRED)],
);
pub static SEND_DURABLE_EXECUTION_CALLBACK_HEARTBEAT_OUTPUT: Schema = Schema::structure(
    "SendDurableExecutionCallbackHeartbeatResponse",
    &[],
);
pub static SEND_DURABLE_EXECUTION_CALLBACK_SUCCESS_INPUT: Schema = Schema::structure(
    "SendDurableExecutionCallbackSuccessRequest",
    &[
        Member::new("CallbackId", &p::STRING).at(Uri, "CallbackId").with(f::REQUIRED),
        Member::new("Result", &BINARY_OPERATION_PAYLOAD).with(f::PAYLOAD),
    ],
);
pub static SEND_DURABLE_EXECUTION_CALLBACK_SUCCESS_OUTPUT: Schema = Schema::structure(
    "SendDurableExecutionCallbackSuccessResponse",
    &[],
);
pub static SENSITIVE_STRING: Schema = Schema::scalar("SensitiveString", Kind::String)
    .with(f::SENSITIVE);
pub static SERIALIZED_REQUEST_ENTITY_TOO_LARGE_EXCEPTION: Schema = Schema::structure(
        "SerializedRequestEntityTooLargeException",
        &[Member::new("Type", &p::STRING), Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("SerializedRequestEntityTooLargeException", 413u16);
pub static SERVICE_EXCEPTION: Schema = Schema::structure(
        "ServiceException",
        &[Member::new("Type", &p::STRING), Member::new("Message", &p::STRING)],
    )
    .error("ServiceException", 500u16);
pub static SERVICE_QUOTA_EXCEEDED_EXCEPTION: Schema = Schema::structure(
        "ServiceQuotaExceededException",
        &[Member::new("Type", &p::STRING), Member::new("Message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("ServiceQuotaExceededException", 402u16);
pub static SIGNING_PROFILE_VERSION_ARNS: Schema = Schema::list(
    "SigningProfileVersionArns",
    &[Member::new("member", &p::STRING)],
);
pub static SNAP_START: Schema = Schema::structure(
    "SnapStart",
    &[Member::new("ApplyOn", &p::STRING)],
);
pub static SNAP_START_EXCEPTION: Schema = Schema::structure(
        "SnapStartException",
        &[Member::new("Type", &p::STRING), Member::new("Message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("SnapStartException", 400u16);
pub static SNAP_START_NOT_READY_EXCEPTION: Schema = Schema::structure(
        "SnapStartNotReadyException",
        &[Member::new("Type", &p::STRING), Member::new("Message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("SnapStartNotReadyException", 409u16);
pub static SNAP_START_REGENERATION_FAILURE_EXCEPTION: Schema = Schema::structure(
        "SnapStartRegenerationFailureException",
        &[Member::new("Type", &p::STRING), Member::new("Message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("SnapStartRegenerationFailureException", 409u16);
pub static SNAP_START_RESPONSE: Schema = Schema::structure(
    "SnapStartResponse",
    &[Member::new("ApplyOn", &p::STRING), Member::new("OptimizationStatus", &p::STRING)],
);
pub static SNAP_START_TIMEOUT_EXCEPTION: Schema = Schema::structure(
        "SnapStartTimeoutException",
        &[Member::new("Type", &p::STRING), Member::new("Message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("SnapStartTimeoutException", 408u16);
pub static SOURCE_ACCESS_CONFIGURATION: Schema = Schema::structure(
    "SourceAccessConfiguration",
    &[Member::new("Type", &p::STRING), Member::new("URI", &p::STRING)],
);
pub static SOURCE_ACCESS_CONFIGURATIONS: Schema = Schema::list(
    "SourceAccessConfigurations",
    &[Member::new("member", &SOURCE_ACCESS_CONFIGURATION)],
);
pub static STACK_TRACE_ENTRIES: Schema = Schema::list(
    "StackTraceEntries",
    &[Member::new("member", &STACK_TRACE_ENTRY)],
);
pub static STACK_TRACE_ENTRY: Schema = Schema::scalar("StackTraceEntry", Kind::String)
    .with(f::SENSITIVE);
pub static STEP_DETAILS: Schema = Schema::structure(
    "StepDetails",
    &[
        Member::new("Attempt", &p::INTEGER),
        Member::new("NextAttemptTimestamp", &p::TIMESTAMP),
        Member::new("Result", &OPERATION_PAYLOAD),
        Member::new("Error", &ERROR_OBJECT),
    ],
);
pub static STEP_FAILED_DETAILS: Schema = Schema::structure(
    "StepFailedDetails",
    &[
        Member::new("Error", &EVENT_ERROR).with(f::REQUIRED),
        Member::new("RetryDetails", &RETRY_DETAILS).with(f::REQUIRED),
    ],
);
pub static STEP_OPTIONS: Schema = Schema::structure(
    "StepOptions",
    &[Member::new("NextAttemptDelaySeconds", &p::INTEGER)],
);
pub static STEP_STARTED_DETAILS: Schema = Schema::structure("StepStartedDetails", &[]);
pub static STEP_SUCCEEDED_DETAILS: Schema = Schema::structure(
    "StepSucceededDetails",
    &[
        Member::new("Result", &EVENT_RESULT).with(f::REQUIRED),
        Member::new("RetryDetails", &RETRY_DETAILS).with(f::REQUIRED),
    ],
);
pub static STOP_DURABLE_EXECUTION_INPUT: Schema = Schema::structure(
    "StopDurableExecutionRequest",
    &[
        Member::new("DurableExecutionArn", &p::STRING)
            .at(Uri, "DurableExecutionArn")
            .with(f::REQUIRED),
        Member::new("Error", &ERROR_OBJECT).with(f::PAYLOAD),
    ],
);
pub static STOP_DURABLE_EXECUTION_OUTPUT: Schema = Schema::structure(
    "StopDurableExecutionResponse",
    &[Member::new("StopTimestamp", &p::TIMESTAMP).with(f::REQUIRED)],
);
pub static STRING_LIST: Schema = Schema::list(
    "StringList",
    &[Member::new("member", &p::STRING)],
);
pub static SUBNET_IP_ADDRESS_LIMIT_REACHED_EXCEPTION: Schema = Schema::structure(
        "SubnetIPAddressLimitReachedException",
        &[Member::new("Type", &p::STRING), Member::new("Message", &p::STRING)],
    )
    .error("SubnetIPAddressLimitReachedException", 502u16);
pub static SUBNET_IDS: Schema = Schema::list(
    "SubnetIds",
    &[Member::new("member", &p::STRING)],
);
pub static TAG_KEY_LIST: Schema = Schema::list(
    "TagKeyList",
    &[Member::new("member", &p::STRING)],
);
pub static TAG_RESOURCE_INPUT: Schema = Schema::structure(
    "TagResourceRequest",
    &[
        Member::new("Resource", &p::STRING).at(Uri, "Resource").with(f::REQUIRED),
        Member::new("Tags", &TAGS).with(f::REQUIRED),
    ],
);
pub static TAGS: Schema = Schema::map(
    "Tags",
    &[Member::new("key", &p::STRING), Member::new("value", &p::STRING)],
);
pub static TAGS_ERROR: Schema = Schema::structure(
    "TagsError",
    &[
        Member::new("ErrorCode", &p::STRING).with(f::REQUIRED),
        Member::new("Message", &p::STRING).with(f::REQUIRED),
    ],
);
pub static TARGET_TRACKING_SCALING_POLICY: Schema = Schema::structure(
    "TargetTrackingScalingPolicy",
    &[
        Member::new("PredefinedMetricType", &p::STRING).with(f::REQUIRED),
        Member::new("TargetValue", &p::DOUBLE).with(f::REQUIRED),
    ],
);
pub static TENANCY_CONFIG: Schema = Schema::structure(
    "TenancyConfig",
    &[Member::new("TenantIsolationMode", &p::STRING).with(f::REQUIRED)],
);
pub static TOO_MANY_REQUESTS_EXCEPTION: Schema = Schema::structure(
        "TooManyRequestsException",
        &[
            Member::new("retryAfterSeconds", &p::STRING).at(Header, "Retry-After"),
            Member::new("Type", &p::STRING),
            Member::new("message", &p::STRING),
            Member::new("Reason", &p::STRING),
        ],
    )
    .with(f::SENDER_FAULT)
    .error("TooManyRequestsException", 429u16);
pub static TOPICS: Schema = Schema::list("Topics", &[Member::new("member", &p::STRING)]);
pub static TRACE_HEADER: Schema = Schema::structure(
    "TraceHeader",
    &[Member::new("XAmznTraceId", &p::STRING)],
);
pub static TRACING_CONFIG: Schema = Schema::structure(
    "TracingConfig",
    &[Member::new("Mode", &p::STRING)],
);
pub static TRACING_CONFIG_RESPONSE: Schema = Schema::structure(
    "TracingConfigResponse",
    &[Member::new("Mode", &p::STRING)],
);
pub static UNSUPPORTED_MEDIA_TYPE_EXCEPTION: Schema = Schema::structure(
        "UnsupportedMediaTypeException",
        &[Member::new("Type", &p::STRING), Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("UnsupportedMediaTypeException", 415u16);
pub static UNTAG_RESOURCE_INPUT: Schema = Schema::structure(
    "UntagResourceRequest",
    &[
        Member::new("Resource", &p::STRING).at(Uri, "Resource").with(f::REQUIRED),
        Member::new("TagKeys", &TAG_KEY_LIST)
            .at(QueryString, "tagKeys")
            .with(f::REQUIRED),
    ],
);
pub static UPDATE_ALIAS_INPUT: Schema = Schema::structure(
    "UpdateAliasRequest",
    &[
        Member::new("FunctionName", &p::STRING)
            .at(Uri, "FunctionName")
            .with(f::REQUIRED),
        Member::new("Name", &p::STRING).at(Uri, "Name").with(f::REQUIRED),
        Member::new("FunctionVersion", &p::STRING),
        Member::new("Description", &p::STRING),
        Member::new("RoutingConfig", &ALIAS_ROUTING_CONFIGURATION),
        Member::new("RevisionId", &p::STRING),
    ],
);
pub static UPDATE_CAPACITY_PROVIDER_INPUT: Schema = Schema::structure(
    "UpdateCapacityProviderRequest",
    &[
        Member::new("CapacityProviderName", &p::STRING)
            .at(Uri, "CapacityProviderName")
            .with(f::REQUIRED),
        Member::new("CapacityProviderScalingConfig", &CAPACITY_PROVIDER_SCALING_CONFIG),
        Member::new("PropagateTags", &PROPAGATE_TAGS),
        Member::new("TelemetryConfig", &CAPACITY_PROVIDER_TELEMETRY_CONFIG),
    ],
);
pub static UPDATE_CAPACITY_PROVIDER_OUTPUT: Schema = Schema::structure(
    "UpdateCapacityProviderResponse",
    &[Member::new("CapacityProvider", &CAPACITY_PROVIDER).with(f::REQUIRED)],
);
pub static UPDATE_CODE_SIGNING_CONFIG_INPUT: Schema = Schema::structure(
    "UpdateCodeSigningConfigRequest",
    &[
        Member::new("CodeSigningConfigArn", &p::STRING)
            .at(Uri, "CodeSigningConfigArn")
            .with(f::REQUIRED),
        Member::new("Description", &p::STRING),
        Member::new("AllowedPublishers", &ALLOWED_PUBLISHERS),
        Member::new("CodeSigningPolicies", &CODE_SIGNING_POLICIES),
    ],
);
pub static UPDATE_CODE_SIGNING_CONFIG_OUTPUT: Schema = Schema::structure(
    "UpdateCodeSigningConfigResponse",
    &[Member::new("CodeSigningConfig", &CODE_SIGNING_CONFIG).with(f::REQUIRED)],
);
pub static UPDATE_EVENT_SOURCE_MAPPING_INPUT: Schema = Schema::structure(
    "UpdateEventSourceMappingRequest",
    &[
        Member::new("UUID", &p::STRING).at(Uri, "UUID").with(f::REQUIRED),
        Member::new("FunctionName", &p::STRING),
        Member::new("Enabled", &p::BOOLEAN),
        Member::new("BatchSize", &p::INTEGER),
        Member::new("FilterCriteria", &FILTER_CRITERIA),
        Member::new("KMSKeyArn", &p::STRING),
        Member::new("MetricsConfig", &EVENT_SOURCE_MAPPING_METRICS_CONFIG),
        Member::new("LoggingConfig", &EVENT_SOURCE_MAPPING_LOGGING_CONFIG),
        Member::new("ScalingConfig", &SCALING_CONFIG),
        Member::new("MaximumBatchingWindowInSeconds", &p::INTEGER),
        Member::new("ParallelizationFactor", &p::INTEGER),
        Member::new("DestinationConfig", &DESTINATION_CONFIG),
        Member::new("MaximumRecordAgeInSeconds", &p::INTEGER),
        Member::new("BisectBatchOnFunctionError", &p::BOOLEAN),
        Member::new("MaximumRetryAttempts", &p::INTEGER),
        Member::new("TumblingWindowInSeconds", &p::INTEGER),
        Member::new("SourceAccessConfigurations", &SOURCE_ACCESS_CONFIGURATIONS),
        Member::new("FunctionResponseTypes", &FUNCTION_RESPONSE_TYPE_LIST),
        Member::new(
            "AmazonManagedKafkaEventSourceConfig",
            &AMAZON_MANAGED_KAFKA_EVENT_SOURCE_CONFIG,
        ),
        Member::new(
            "SelfManagedKafkaEventSourceConfig",
            &SELF_MANAGED_KAFKA_EVENT_SOURCE_CONFIG,
        ),
        Member::new("DocumentDBEventSourceConfig", &DOCUMENT_DB_EVENT_SOURCE_CONFIG),
        Member::new("ProvisionedPollerConfig", &PROVISIONED_POLLER_CONFIG),
    ],
);
pub static UPDATE_FUNCTION_CODE_INPUT: Schema = Schema::structure(
    "UpdateFunctionCodeRequest",
    &[
        Member::new("FunctionName", &p::STRING)
            .at(Uri, "FunctionName")
            .with(f::REQUIRED),
        Member::new("ZipFile", &BLOB),
        Member::new("S3Bucket", &p::STRING),
        Member::new("S3Key", &p::STRING),
        Member::new("S3ObjectVersion", &p::STRING),
        Member::new("S3ObjectStorageMode", &p::STRING),
        Member::new("ImageUri", &p::STRING),
        Member::new("Architectures", &ARCHITECTURES_LIST),
        Member::new("Publish", &p::BOOLEAN),
        Member::new("PublishTo", &p::STRING),
        Member::new("DryRun", &p::BOOLEAN),
        Member::new("RevisionId", &p::STRING),
        Member::new("SourceKMSKeyArn", &p::STRING),
    ],
);
pub static UPDATE_FUNCTION_CONFIGURATION_INPUT: Schema = Schema::structure(
    "UpdateFunctionConfigurationRequest",
    &[
        Member::new("FunctionName", &p::STRING)
            .at(Uri, "FunctionName")
            .with(f::REQUIRED),
        Member::new("Role", &p::STRING),
        Member::new("Handler", &p::STRING),
        Member::new("Description", &p::STRING),
        Member::new("Timeout", &p::INTEGER),
        Member::new("MemorySize", &p::INTEGER),
        Member::new("VpcConfig", &VPC_CONFIG),
        Member::new("Environment", &ENVIRONMENT),
        Member::new("Runtime", &p::STRING),
        Member::new("DeadLetterConfig", &DEAD_LETTER_CONFIG),
        Member::new("KMSKeyArn", &p::STRING),
        Member::new("TracingConfig", &TRACING_CONFIG),
        Member::new("RevisionId", &p::STRING),
        Member::new("Layers", &LAYER_LIST),
        Member::new("FileSystemConfigs", &FILE_SYSTEM_CONFIG_LIST),
        Member::new("ImageConfig", &IMAGE_CONFIG),
        Member::new("EphemeralStorage", &EPHEMERAL_STORAGE),
        Member::new("SnapStart", &SNAP_START),
        Member::new("LoggingConfig", &LOGGING_CONFIG),
        Member::new("CapacityProviderConfig", &CAPACITY_PROVIDER_CONFIG),
        Member::new("DurableConfig", &DURABLE_CONFIG),
        Member::new("RuntimeConfig", &FUNCTION_RUNTIME_CONFIG),
        Member::new("AcceleratorConfig", &ACCELERATOR_CONFIG),
    ],
);
pub static UPDATE_FUNCTION_EVENT_INVOKE_CONFIG_INPUT: Schema = Schema::structure(
    "UpdateFunctionEventInvokeConfigRequest",
    &[
        Member::new("FunctionName", &p::STRING)
            .at(Uri, "FunctionName")
            .with(f::REQUIRED),
        Member::new("Qualifier", &p::STRING).at(QueryString, "Qualifier"),
        Member::new("MaximumRetryAttempts", &p::INTEGER),
        Member::new("MaximumEventAgeInSeconds", &p::INTEGER),
        Member::new("DestinationConfig", &DESTINATION_CONFIG),
    ],
);
pub static UPDATE_FUNCTION_URL_CONFIG_INPUT: Schema = Schema::structure(
    "UpdateFunctionUrlConfigRequest",
    &[
        Member::new("FunctionName", &p::STRING)
            .at(Uri, "FunctionName")
            .with(f::REQUIRED),
        Member::new("Qualifier", &p::STRING).at(QueryString, "Qualifier"),
        Member::new("AuthType", &p::STRING),
        Member::new("Cors", &CORS),
        Member::new("InvokeMode", &p::STRING),
    ],
);
pub static UPDATE_FUNCTION_URL_CONFIG_OUTPUT: Schema = Schema::structure(
    "UpdateFunctionUrlConfigResponse",
    &[
        Member::new("FunctionUrl", &p::STRING).with(f::REQUIRED),
        Member::new("FunctionArn", &p::STRING).with(f::REQUIRED),
        Member::new("AuthType", &p::STRING).with(f::REQUIRED),
        Member::new("Cors", &CORS),
        Member::new("CreationTime", &p::STRING).with(f::REQUIRED),
        Member::new("LastModifiedTime", &p::STRING).with(f::REQUIRED),
        Member::new("InvokeMode", &p::STRING),
    ],
);
pub static VPC_CONFIG: Schema = Schema::structure(
    "VpcConfig",
    &[
        Member::new("SubnetIds", &SUBNET_IDS),
        Member::new("SecurityGroupIds", &SECURITY_GROUP_IDS),
        Member::new("Ipv6AllowedForDualStack", &p::BOOLEAN),
    ],
);
pub static VPC_CONFIG_RESPONSE: Schema = Schema::structure(
    "VpcConfigResponse",
    &[
        Member::new("SubnetIds", &SUBNET_IDS),
        Member::new("SecurityGroupIds", &SECURITY_GROUP_IDS),
        Member::new("VpcId", &p::STRING),
        Member::new("Ipv6AllowedForDualStack", &p::BOOLEAN),
    ],
);
pub static WAIT_CANCELLED_DETAILS: Schema = Schema::structure(
    "WaitCancelledDetails",
    &[Member::new("Error", &EVENT_ERROR)],
);
pub static WAIT_DETAILS: Schema = Schema::structure(
    "WaitDetails",
    &[Member::new("ScheduledEndTimestamp", &p::TIMESTAMP)],
);
pub static WAIT_OPTIONS: Schema = Schema::structure(
    "WaitOptions",
    &[Member::new("WaitSeconds", &p::INTEGER)],
);
pub static WAIT_STARTED_DETAILS: Schema = Schema::structure(
    "WaitStartedDetails",
    &[
        Member::new("Duration", &p::INTEGER).with(f::REQUIRED),
        Member::new("ScheduledEndTimestamp", &p::TIMESTAMP).with(f::REQUIRED),
    ],
);
pub static WAIT_SUCCEEDED_DETAILS: Schema = Schema::structure(
    "WaitSucceededDetails",
    &[Member::new("Duration", &p::INTEGER)],
);
/// Operation metadata.
pub mod ops {
    use super::*;
    pub static ADD_LAYER_VERSION_PERMISSION: Operation = Operation::new(
            "AddLayerVersionPermission",
            "POST",
            "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy",
            &super::ADD_LAYER_VERSION_PERMISSION_INPUT,
            &super::ADD_LAYER_VERSION_PERMISSION_OUTPUT,
        )
        .response_code(201u16)
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::RESOURCE_CONFLICT_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::POLICY_LENGTH_EXCEEDED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::PRECONDITION_FAILED_EXCEPTION,
            ],
        );
    pub static ADD_PERMISSION: Operation = Operation::new(
            "AddPermission",
            "POST",
            "/2015-03-31/functions/{FunctionName}/policy",
            &super::ADD_PERMISSION_INPUT,
            &super::ADD_PERMISSION_OUTPUT,
        )
        .response_code(201u16)
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::RESOURCE_CONFLICT_EXCEPTION,
                &super::PUBLIC_POLICY_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::POLICY_LENGTH_EXCEEDED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::PRECONDITION_FAILED_EXCEPTION,
            ],
        );
    pub static CHECKPOINT_DURABLE_EXECUTION: Operation = Operation::new(
            "CheckpointDurableExecution",
            "POST",
            "/2025-12-01/durable-executions/{DurableExecutionArn}/checkpoint",
            &super::CHECKPOINT_DURABLE_EXECUTION_INPUT,
            &super::CHECKPOINT_DURABLE_EXECUTION_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::KMS_NOT_FOUND_EXCEPTION,
                &super::KMS_ACCESS_DENIED_EXCEPTION,
                &super::KMS_DISABLED_EXCEPTION,
            ],
        )
        .with(op_flags::IDEMPOTENT);
    pub static CREATE_ALIAS: Operation = Operation::new(
            "CreateAlias",
            "POST",
            "/2015-03-31/functions/{FunctionName}/aliases",
            &super::CREATE_ALIAS_INPUT,
            &super::ALIAS_CONFIGURATION,
        )
        .response_code(201u16)
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::RESOURCE_CONFLICT_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::ALIAS_LIMIT_EXCEEDED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        )
        .with(op_flags::IDEMPOTENT);
    pub static CREATE_CAPACITY_PROVIDER: Operation = Operation::new(
            "CreateCapacityProvider",
            "POST",
            "/2025-11-30/capacity-providers",
            &super::CREATE_CAPACITY_PROVIDER_INPUT,
            &super::CREATE_CAPACITY_PROVIDER_OUTPUT,
        )
        .response_code(202u16)
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::RESOURCE_CONFLICT_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::CAPACITY_PROVIDER_LIMIT_EXCEEDED_EXCEPTION,
            ],
        )
        .with(op_flags::IDEMPOTENT);
    pub static CREATE_CODE_SIGNING_CONFIG: Operation = Operation::new(
            "CreateCodeSigningConfig",
            "POST",
            "/2020-04-22/code-signing-configs",
            &super::CREATE_CODE_SIGNING_CONFIG_INPUT,
            &super::CREATE_CODE_SIGNING_CONFIG_OUTPUT,
        )
        .response_code(201u16)
        .errors(&[&super::INVALID_PARAMETER_VALUE_EXCEPTION, &super::SERVICE_EXCEPTION]);
    pub static CREATE_EVENT_SOURCE_MAPPING: Operation = Operation::new(
            "CreateEventSourceMapping",
            "POST",
            "/2015-03-31/event-source-mappings",
            &super::CREATE_EVENT_SOURCE_MAPPING_INPUT,
            &super::EVENT_SOURCE_MAPPING_CONFIGURATION,
        )
        .response_code(202u16)
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::RESOURCE_CONFLICT_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static CREATE_FUNCTION: Operation = Operation::new(
            "CreateFunction",
            "POST",
            "/2015-03-31/functions",
            &super::CREATE_FUNCTION_INPUT,
            &super::FUNCTION_CONFIGURATION,
        )
        .response_code(201u16)
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::RESOURCE_CONFLICT_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::INVALID_CODE_SIGNATURE_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::CODE_VERIFICATION_FAILED_EXCEPTION,
                &super::CODE_SIGNING_CONFIG_NOT_FOUND_EXCEPTION,
                &super::CODE_STORAGE_EXCEEDED_EXCEPTION,
                &super::FUNCTION_VERSIONS_PER_CAPACITY_PROVIDER_LIMIT_EXCEEDED_EXCEPTION,
            ],
        )
        .with(op_flags::IDEMPOTENT);
    pub static CREATE_FUNCTION_URL_CONFIG: Operation = Operation::new(
            "CreateFunctionUrlConfig",
            "POST",
            "/2021-10-31/functions/{FunctionName}/url",
            &super::CREATE_FUNCTION_URL_CONFIG_INPUT,
            &super::CREATE_FUNCTION_URL_CONFIG_OUTPUT,
        )
        .response_code(201u16)
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::RESOURCE_CONFLICT_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static DELETE_ALIAS: Operation = Operation::new(
            "DeleteAlias",
            "DELETE",
            "/2015-03-31/functions/{FunctionName}/aliases/{Name}",
            &super::DELETE_ALIAS_INPUT,
            &p::UNIT,
        )
        .response_code(204u16)
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::RESOURCE_CONFLICT_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        )
        .with(op_flags::IDEMPOTENT);
    pub static DELETE_CAPACITY_PROVIDER: Operation = Operation::new(
            "DeleteCapacityProvider",
            "DELETE",
            "/2025-11-30/capacity-providers/{CapacityProviderName}",
            &super::DELETE_CAPACITY_PROVIDER_INPUT,
            &super::DELETE_CAPACITY_PROVIDER_OUTPUT,
        )
        .response_code(202u16)
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::RESOURCE_CONFLICT_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        )
        .with(op_flags::IDEMPOTENT);
    pub static DELETE_CODE_SIGNING_CONFIG: Operation = Operation::new(
            "DeleteCodeSigningConfig",
            "DELETE",
            "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}",
            &super::DELETE_CODE_SIGNING_CONFIG_INPUT,
            &super::DELETE_CODE_SIGNING_CONFIG_OUTPUT,
        )
        .response_code(204u16)
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::RESOURCE_CONFLICT_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        )
        .with(op_flags::IDEMPOTENT);
    pub static DELETE_DURABLE_EXECUTION: Operation = Operation::new(
            "DeleteDurableExecution",
            "DELETE",
            "/2025-12-01/durable-executions/{DurableExecutionArn}",
            &super::DELETE_DURABLE_EXECUTION_INPUT,
            &super::DELETE_DURABLE_EXECUTION_OUTPUT,
        )
        .response_code(202u16)
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::RESOURCE_CONFLICT_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        )
        .with(op_flags::IDEMPOTENT);
    pub static DELETE_EVENT_SOURCE_MAPPING: Operation = Operation::new(
            "DeleteEventSourceMapping",
            "DELETE",
            "/2015-03-31/event-source-mappings/{UUID}",
            &super::DELETE_EVENT_SOURCE_MAPPING_INPUT,
            &super::EVENT_SOURCE_MAPPING_CONFIGURATION,
        )
        .response_code(202u16)
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::RESOURCE_IN_USE_EXCEPTION,
                &super::RESOURCE_CONFLICT_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        )
        .with(op_flags::IDEMPOTENT);
    pub static DELETE_FUNCTION: Operation = Operation::new(
            "DeleteFunction",
            "DELETE",
            "/2015-03-31/functions/{FunctionName}",
            &super::DELETE_FUNCTION_INPUT,
            &super::DELETE_FUNCTION_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::RESOURCE_CONFLICT_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        )
        .with(op_flags::IDEMPOTENT);
    pub static DELETE_FUNCTION_CODE_SIGNING_CONFIG: Operation = Operation::new(
            "DeleteFunctionCodeSigningConfig",
            "DELETE",
            "/2020-06-30/functions/{FunctionName}/code-signing-config",
            &super::DELETE_FUNCTION_CODE_SIGNING_CONFIG_INPUT,
            &p::UNIT,
        )
        .response_code(204u16)
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::RESOURCE_CONFLICT_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::CODE_SIGNING_CONFIG_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static DELETE_FUNCTION_CONCURRENCY: Operation = Operation::new(
            "DeleteFunctionConcurrency",
            "DELETE",
            "/2017-10-31/functions/{FunctionName}/concurrency",
            &super::DELETE_FUNCTION_CONCURRENCY_INPUT,
            &p::UNIT,
        )
        .response_code(204u16)
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::RESOURCE_CONFLICT_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static DELETE_FUNCTION_EVENT_INVOKE_CONFIG: Operation = Operation::new(
            "DeleteFunctionEventInvokeConfig",
            "DELETE",
            "/2019-09-25/functions/{FunctionName}/event-invoke-config",
            &super::DELETE_FUNCTION_EVENT_INVOKE_CONFIG_INPUT,
            &p::UNIT,
        )
        .response_code(204u16)
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::RESOURCE_CONFLICT_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static DELETE_FUNCTION_URL_CONFIG: Operation = Operation::new(
            "DeleteFunctionUrlConfig",
            "DELETE",
            "/2021-10-31/functions/{FunctionName}/url",
            &super::DELETE_FUNCTION_URL_CONFIG_INPUT,
            &p::UNIT,
        )
        .response_code(204u16)
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::RESOURCE_CONFLICT_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static DELETE_LAYER_VERSION: Operation = Operation::new(
            "DeleteLayerVersion",
            "DELETE",
            "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}",
            &super::DELETE_LAYER_VERSION_INPUT,
            &p::UNIT,
        )
        .response_code(204u16)
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        )
        .with(op_flags::IDEMPOTENT);
    pub static DELETE_PROVISIONED_CONCURRENCY_CONFIG: Operation = Operation::new(
            "DeleteProvisionedConcurrencyConfig",
            "DELETE",
            "/2019-09-30/functions/{FunctionName}/provisioned-concurrency",
            &super::DELETE_PROVISIONED_CONCURRENCY_CONFIG_INPUT,
            &p::UNIT,
        )
        .response_code(204u16)
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::RESOURCE_CONFLICT_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        )
        .with(op_flags::IDEMPOTENT);
    pub static DELETE_RESOURCE_POLICY: Operation = Operation::new(
            "DeleteResourcePolicy",
            "DELETE",
            "/2026-07-09/resource-policy/{ResourceArn}",
            &super::DELETE_RESOURCE_POLICY_INPUT,
            &p::UNIT,
        )
        .response_code(204u16)
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::RESOURCE_CONFLICT_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::PRECONDITION_FAILED_EXCEPTION,
            ],
        )
        .with(op_flags::IDEMPOTENT);
    pub static GET_ACCOUNT_SETTINGS: Operation = Operation::new(
            "GetAccountSettings",
            "GET",
            "/2016-08-19/account-settings",
            &super::GET_ACCOUNT_SETTINGS_INPUT,
            &super::GET_ACCOUNT_SETTINGS_OUTPUT,
        )
        .errors(&[&super::SERVICE_EXCEPTION, &super::TOO_MANY_REQUESTS_EXCEPTION]);
    pub static GET_ALIAS: Operation = Operation::new(
            "GetAlias",
            "GET",
            "/2015-03-31/functions/{FunctionName}/aliases/{Name}",
            &super::GET_ALIAS_INPUT,
            &super::ALIAS_CONFIGURATION,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static GET_CAPACITY_PROVIDER: Operation = Operation::new(
            "GetCapacityProvider",
            "GET",
            "/2025-11-30/capacity-providers/{CapacityProviderName}",
            &super::GET_CAPACITY_PROVIDER_INPUT,
            &super::GET_CAPACITY_PROVIDER_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static GET_CODE_SIGNING_CONFIG: Operation = Operation::new(
            "GetCodeSigningConfig",
            "GET",
            "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}",
            &super::GET_CODE_SIGNING_CONFIG_INPUT,
            &super::GET_CODE_SIGNING_CONFIG_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static GET_DURABLE_EXECUTION: Operation = Operation::new(
            "GetDurableExecution",
            "GET",
            "/2025-12-01/durable-executions/{DurableExecutionArn}",
            &super::GET_DURABLE_EXECUTION_INPUT,
            &super::GET_DURABLE_EXECUTION_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::KMS_NOT_FOUND_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::KMS_ACCESS_DENIED_EXCEPTION,
                &super::KMS_DISABLED_EXCEPTION,
            ],
        );
    pub static GET_DURABLE_EXECUTION_HISTORY: Operation = Operation::new(
            "GetDurableExecutionHistory",
            "GET",
            "/2025-12-01/durable-executions/{DurableExecutionArn}/history",
            &super::GET_DURABLE_EXECUTION_HISTORY_INPUT,
            &super::GET_DURABLE_EXECUTION_HISTORY_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::KMS_NOT_FOUND_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::KMS_ACCESS_DENIED_EXCEPTION,
                &super::KMS_DISABLED_EXCEPTION,
            ],
        );
    pub static GET_DURABLE_EXECUTION_STATE: Operation = Operation::new(
            "GetDurableExecutionState",
            "GET",
            "/2025-12-01/durable-executions/{DurableExecutionArn}/state",
            &super::GET_DURABLE_EXECUTION_STATE_INPUT,
            &super::GET_DURABLE_EXECUTION_STATE_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::KMS_NOT_FOUND_EXCEPTION,
                &super::KMS_ACCESS_DENIED_EXCEPTION,
                &super::KMS_DISABLED_EXCEPTION,
            ],
        );
    pub static GET_EVENT_SOURCE_MAPPING: Operation = Operation::new(
            "GetEventSourceMapping",
            "GET",
            "/2015-03-31/event-source-mappings/{UUID}",
            &super::GET_EVENT_SOURCE_MAPPING_INPUT,
            &super::EVENT_SOURCE_MAPPING_CONFIGURATION,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static GET_FUNCTION: Operation = Operation::new(
            "GetFunction",
            "GET",
            "/2015-03-31/functions/{FunctionName}",
            &super::GET_FUNCTION_INPUT,
            &super::GET_FUNCTION_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static GET_FUNCTION_CODE_SIGNING_CONFIG: Operation = Operation::new(
            "GetFunctionCodeSigningConfig",
            "GET",
            "/2020-06-30/functions/{FunctionName}/code-signing-config",
            &super::GET_FUNCTION_CODE_SIGNING_CONFIG_INPUT,
            &super::GET_FUNCTION_CODE_SIGNING_CONFIG_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::CODE_SIGNING_CONFIG_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static GET_FUNCTION_CONCURRENCY: Operation = Operation::new(
            "GetFunctionConcurrency",
            "GET",
            "/2019-09-30/functions/{FunctionName}/concurrency",
            &super::GET_FUNCTION_CONCURRENCY_INPUT,
            &super::GET_FUNCTION_CONCURRENCY_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static GET_FUNCTION_CONFIGURATION: Operation = Operation::new(
            "GetFunctionConfiguration",
            "GET",
            "/2015-03-31/functions/{FunctionName}/configuration",
            &super::GET_FUNCTION_CONFIGURATION_INPUT,
            &super::FUNCTION_CONFIGURATION,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static GET_FUNCTION_EVENT_INVOKE_CONFIG: Operation = Operation::new(
            "GetFunctionEventInvokeConfig",
            "GET",
            "/2019-09-25/functions/{FunctionName}/event-invoke-config",
            &super::GET_FUNCTION_EVENT_INVOKE_CONFIG_INPUT,
            &super::FUNCTION_EVENT_INVOKE_CONFIG,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static GET_FUNCTION_RECURSION_CONFIG: Operation = Operation::new(
            "GetFunctionRecursionConfig",
            "GET",
            "/2024-08-31/functions/{FunctionName}/recursion-config",
            &super::GET_FUNCTION_RECURSION_CONFIG_INPUT,
            &super::GET_FUNCTION_RECURSION_CONFIG_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static GET_FUNCTION_SCALING_CONFIG: Operation = Operation::new(
            "GetFunctionScalingConfig",
            "GET",
            "/2025-11-30/functions/{FunctionName}/function-scaling-config",
            &super::GET_FUNCTION_SCALING_CONFIG_INPUT,
            &super::GET_FUNCTION_SCALING_CONFIG_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static GET_FUNCTION_URL_CONFIG: Operation = Operation::new(
            "GetFunctionUrlConfig",
            "GET",
            "/2021-10-31/functions/{FunctionName}/url",
            &super::GET_FUNCTION_URL_CONFIG_INPUT,
            &super::GET_FUNCTION_URL_CONFIG_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static GET_LAYER_VERSION: Operation = Operation::new(
            "GetLayerVersion",
            "GET",
            "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}",
            &super::GET_LAYER_VERSION_INPUT,
            &super::GET_LAYER_VERSION_RESPONSE,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static GET_LAYER_VERSION_BY_ARN: Operation = Operation::new(
            "GetLayerVersionByArn",
            "GET",
            "/2018-10-31/layers?find=LayerVersion",
            &super::GET_LAYER_VERSION_BY_ARN_INPUT,
            &super::GET_LAYER_VERSION_RESPONSE,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static GET_LAYER_VERSION_POLICY: Operation = Operation::new(
            "GetLayerVersionPolicy",
            "GET",
            "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy",
            &super::GET_LAYER_VERSION_POLICY_INPUT,
            &super::GET_LAYER_VERSION_POLICY_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static GET_POLICY: Operation = Operation::new(
            "GetPolicy",
            "GET",
            "/2015-03-31/functions/{FunctionName}/policy",
            &super::GET_POLICY_INPUT,
            &super::GET_POLICY_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static GET_PROVISIONED_CONCURRENCY_CONFIG: Operation = Operation::new(
            "GetProvisionedConcurrencyConfig",
            "GET",
            "/2019-09-30/functions/{FunctionName}/provisioned-concurrency",
            &super::GET_PROVISIONED_CONCURRENCY_CONFIG_INPUT,
            &super::GET_PROVISIONED_CONCURRENCY_CONFIG_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::PROVISIONED_CONCURRENCY_CONFIG_NOT_FOUND_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static GET_RESOURCE_POLICY: Operation = Operation::new(
            "GetResourcePolicy",
            "GET",
            "/2026-07-09/resource-policy/{ResourceArn}",
            &super::GET_RESOURCE_POLICY_INPUT,
            &super::GET_RESOURCE_POLICY_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static GET_RUNTIME_MANAGEMENT_CONFIG: Operation = Operation::new(
            "GetRuntimeManagementConfig",
            "GET",
            "/2021-07-20/functions/{FunctionName}/runtime-management-config",
            &super::GET_RUNTIME_MANAGEMENT_CONFIG_INPUT,
            &super::GET_RUNTIME_MANAGEMENT_CONFIG_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static INVOKE: Operation = Operation::new(
            "Invoke",
            "POST",
            "/2015-03-31/functions/{FunctionName}/invocations",
            &super::INVOKE_INPUT,
            &super::INVOKE_OUTPUT,
        )
        .errors(
            &[
                &super::RUNTIME_ALIAS_DELETED_EXCEPTION,
                &super::CODE_ARTIFACT_USER_DELETED_EXCEPTION,
                &super::RESOURCE_NOT_READY_EXCEPTION,
                &super::SERVICE_QUOTA_EXCEEDED_EXCEPTION,
                &super::INVALID_SECURITY_GROUP_ID_EXCEPTION,
                &super::SNAP_START_TIMEOUT_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::EC2_THROTTLED_EXCEPTION,
                &super::EFS_MOUNT_CONNECTIVITY_EXCEPTION,
                &super::SUBNET_IP_ADDRESS_LIMIT_REACHED_EXCEPTION,
                &super::KMS_ACCESS_DENIED_EXCEPTION,
                &super::REQUEST_TOO_LARGE_EXCEPTION,
                &super::KMS_DISABLED_EXCEPTION,
                &super::UNSUPPORTED_MEDIA_TYPE_EXCEPTION,
                &super::S3_FILES_MOUNT_CONNECTIVITY_EXCEPTION,
                &super::SERIALIZED_REQUEST_ENTITY_TOO_LARGE_EXCEPTION,
                &super::INVALID_RUNTIME_EXCEPTION,
                &super::NO_PUBLISHED_VERSION_EXCEPTION,
                &super::EC2_UNEXPECTED_EXCEPTION,
                &super::INVALID_SUBNET_ID_EXCEPTION,
                &super::KMS_NOT_FOUND_EXCEPTION,
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::EC2_ACCESS_DENIED_EXCEPTION,
                &super::EFSIO_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
                &super::RESOURCE_CONFLICT_EXCEPTION,
                &super::RUNTIME_VERSION_DELETED_EXCEPTION,
                &super::ENI_LIMIT_REACHED_EXCEPTION,
                &super::SNAP_START_NOT_READY_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::CODE_ARTIFACT_USER_PENDING_EXCEPTION,
                &super::SNAP_START_EXCEPTION,
                &super::RECURSIVE_INVOCATION_EXCEPTION,
                &super::S3_FILES_MOUNT_FAILURE_EXCEPTION,
                &super::EFS_MOUNT_TIMEOUT_EXCEPTION,
                &super::ENI_NOT_READY_EXCEPTION,
                &super::S3_FILES_MOUNT_TIMEOUT_EXCEPTION,
                &super::CODE_ARTIFACT_USER_FAILED_EXCEPTION,
                &super::MODE_NOT_SUPPORTED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::INVALID_REQUEST_CONTENT_EXCEPTION,
                &super::SNAP_START_REGENERATION_FAILURE_EXCEPTION,
                &super::DURABLE_EXECUTION_ALREADY_STARTED_EXCEPTION,
                &super::INVALID_ZIP_FILE_EXCEPTION,
                &super::EFS_MOUNT_FAILURE_EXCEPTION,
            ],
        );
    pub static INVOKE_ASYNC: Operation = Operation::new(
            "InvokeAsync",
            "POST",
            "/2014-11-13/functions/{FunctionName}/invoke-async",
            &super::INVOKE_ASYNC_INPUT,
            &super::INVOKE_ASYNC_OUTPUT,
        )
        .response_code(202u16)
        .errors(
            &[
                &super::SERVICE_QUOTA_EXCEEDED_EXCEPTION,
                &super::INVALID_SECURITY_GROUP_ID_EXCEPTION,
                &super::SNAP_START_TIMEOUT_EXCEPTION,
                &super::EC2_THROTTLED_EXCEPTION,
                &super::EFS_MOUNT_CONNECTIVITY_EXCEPTION,
                &super::SUBNET_IP_ADDRESS_LIMIT_REACHED_EXCEPTION,
                &super::KMS_ACCESS_DENIED_EXCEPTION,
                &super::KMS_DISABLED_EXCEPTION,
                &super::S3_FILES_MOUNT_CONNECTIVITY_EXCEPTION,
                &super::INVALID_RUNTIME_EXCEPTION,
                &super::EC2_UNEXPECTED_EXCEPTION,
                &super::INVALID_SUBNET_ID_EXCEPTION,
                &super::KMS_NOT_FOUND_EXCEPTION,
                &super::EC2_ACCESS_DENIED_EXCEPTION,
                &super::EFSIO_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
                &super::RESOURCE_CONFLICT_EXCEPTION,
                &super::ENI_LIMIT_REACHED_EXCEPTION,
                &super::SNAP_START_NOT_READY_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::SNAP_START_EXCEPTION,
                &super::S3_FILES_MOUNT_FAILURE_EXCEPTION,
                &super::EFS_MOUNT_TIMEOUT_EXCEPTION,
                &super::S3_FILES_MOUNT_TIMEOUT_EXCEPTION,
                &super::MODE_NOT_SUPPORTED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::INVALID_REQUEST_CONTENT_EXCEPTION,
                &super::SNAP_START_REGENERATION_FAILURE_EXCEPTION,
                &super::EFS_MOUNT_FAILURE_EXCEPTION,
            ],
        )
        .with(op_flags::STREAMING_INPUT | op_flags::DEPRECATED);
    pub static INVOKE_WITH_RESPONSE_STREAM: Operation = Operation::new(
            "InvokeWithResponseStream",
            "POST",
            "/2021-11-15/functions/{FunctionName}/response-streaming-invocations",
            &super::INVOKE_WITH_RESPONSE_STREAM_INPUT,
            &super::INVOKE_WITH_RESPONSE_STREAM_OUTPUT,
        )
        .errors(
            &[
                &super::RUNTIME_ALIAS_DELETED_EXCEPTION,
                &super::CODE_ARTIFACT_USER_DELETED_EXCEPTION,
                &super::RESOURCE_NOT_READY_EXCEPTION,
                &super::SERVICE_QUOTA_EXCEEDED_EXCEPTION,
                &super::INVALID_SECURITY_GROUP_ID_EXCEPTION,
                &super::SNAP_START_TIMEOUT_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::EC2_THROTTLED_EXCEPTION,
                &super::EFS_MOUNT_CONNECTIVITY_EXCEPTION,
                &super::SUBNET_IP_ADDRESS_LIMIT_REACHED_EXCEPTION,
                &super::KMS_ACCESS_DENIED_EXCEPTION,
                &super::REQUEST_TOO_LARGE_EXCEPTION,
                &super::KMS_DISABLED_EXCEPTION,
                &super::UNSUPPORTED_MEDIA_TYPE_EXCEPTION,
                &super::S3_FILES_MOUNT_CONNECTIVITY_EXCEPTION,
                &super::SERIALIZED_REQUEST_ENTITY_TOO_LARGE_EXCEPTION,
                &super::INVALID_RUNTIME_EXCEPTION,
                &super::NO_PUBLISHED_VERSION_EXCEPTION,
                &super::EC2_UNEXPECTED_EXCEPTION,
                &super::INVALID_SUBNET_ID_EXCEPTION,
                &super::KMS_NOT_FOUND_EXCEPTION,
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::EC2_ACCESS_DENIED_EXCEPTION,
                &super::EFSIO_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
                &super::RESOURCE_CONFLICT_EXCEPTION,
                &super::RUNTIME_VERSION_DELETED_EXCEPTION,
                &super::ENI_LIMIT_REACHED_EXCEPTION,
                &super::SNAP_START_NOT_READY_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::CODE_ARTIFACT_USER_PENDING_EXCEPTION,
                &super::SNAP_START_EXCEPTION,
                &super::RECURSIVE_INVOCATION_EXCEPTION,
                &super::S3_FILES_MOUNT_FAILURE_EXCEPTION,
                &super::EFS_MOUNT_TIMEOUT_EXCEPTION,
                &super::S3_FILES_MOUNT_TIMEOUT_EXCEPTION,
                &super::CODE_ARTIFACT_USER_FAILED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::INVALID_REQUEST_CONTENT_EXCEPTION,
                &super::SNAP_START_REGENERATION_FAILURE_EXCEPTION,
                &super::INVALID_ZIP_FILE_EXCEPTION,
                &super::EFS_MOUNT_FAILURE_EXCEPTION,
            ],
        )
        .with(op_flags::EVENT_STREAM);
    pub static LIST_ALIASES: Operation = Operation::new(
            "ListAliases",
            "GET",
            "/2015-03-31/functions/{FunctionName}/aliases",
            &super::LIST_ALIASES_INPUT,
            &super::LIST_ALIASES_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static LIST_CAPACITY_PROVIDERS: Operation = Operation::new(
            "ListCapacityProviders",
            "GET",
            "/2025-11-30/capacity-providers",
            &super::LIST_CAPACITY_PROVIDERS_INPUT,
            &super::LIST_CAPACITY_PROVIDERS_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
            ],
        );
    pub static LIST_CODE_SIGNING_CONFIGS: Operation = Operation::new(
            "ListCodeSigningConfigs",
            "GET",
            "/2020-04-22/code-signing-configs",
            &super::LIST_CODE_SIGNING_CONFIGS_INPUT,
            &super::LIST_CODE_SIGNING_CONFIGS_OUTPUT,
        )
        .errors(&[&super::INVALID_PARAMETER_VALUE_EXCEPTION, &super::SERVICE_EXCEPTION]);
    pub static LIST_DURABLE_EXECUTIONS_BY_FUNCTION: Operation = Operation::new(
            "ListDurableExecutionsByFunction",
            "GET",
            "/2025-12-01/functions/{FunctionName}/durable-executions",
            &super::LIST_DURABLE_EXECUTIONS_BY_FUNCTION_INPUT,
            &super::LIST_DURABLE_EXECUTIONS_BY_FUNCTION_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static LIST_EVENT_SOURCE_MAPPINGS: Operation = Operation::new(
            "ListEventSourceMappings",
            "GET",
            "/2015-03-31/event-source-mappings",
            &super::LIST_EVENT_SOURCE_MAPPINGS_INPUT,
            &super::LIST_EVENT_SOURCE_MAPPINGS_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static LIST_FUNCTION_EVENT_INVOKE_CONFIGS: Operation = Operation::new(
            "ListFunctionEventInvokeConfigs",
            "GET",
            "/2019-09-25/functions/{FunctionName}/event-invoke-config/list",
            &super::LIST_FUNCTION_EVENT_INVOKE_CONFIGS_INPUT,
            &super::LIST_FUNCTION_EVENT_INVOKE_CONFIGS_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static LIST_FUNCTION_URL_CONFIGS: Operation = Operation::new(
            "ListFunctionUrlConfigs",
            "GET",
            "/2021-10-31/functions/{FunctionName}/urls",
            &super::LIST_FUNCTION_URL_CONFIGS_INPUT,
            &super::LIST_FUNCTION_URL_CONFIGS_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static LIST_FUNCTION_VERSIONS_BY_CAPACITY_PROVIDER: Operation = Operation::new(
            "ListFunctionVersionsByCapacityProvider",
            "GET",
            "/2025-11-30/capacity-providers/{CapacityProviderName}/function-versions",
            &super::LIST_FUNCTION_VERSIONS_BY_CAPACITY_PROVIDER_INPUT,
            &super::LIST_FUNCTION_VERSIONS_BY_CAPACITY_PROVIDER_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static LIST_FUNCTIONS: Operation = Operation::new(
            "ListFunctions",
            "GET",
            "/2015-03-31/functions",
            &super::LIST_FUNCTIONS_INPUT,
            &super::LIST_FUNCTIONS_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
            ],
        );
    pub static LIST_FUNCTIONS_BY_CODE_SIGNING_CONFIG: Operation = Operation::new(
            "ListFunctionsByCodeSigningConfig",
            "GET",
            "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}/functions",
            &super::LIST_FUNCTIONS_BY_CODE_SIGNING_CONFIG_INPUT,
            &super::LIST_FUNCTIONS_BY_CODE_SIGNING_CONFIG_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static LIST_LAYER_VERSIONS: Operation = Operation::new(
            "ListLayerVersions",
            "GET",
            "/2018-10-31/layers/{LayerName}/versions",
            &super::LIST_LAYER_VERSIONS_INPUT,
            &super::LIST_LAYER_VERSIONS_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static LIST_LAYERS: Operation = Operation::new(
            "ListLayers",
            "GET",
            "/2018-10-31/layers",
            &super::LIST_LAYERS_INPUT,
            &super::LIST_LAYERS_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
            ],
        );
    pub static LIST_PROVISIONED_CONCURRENCY_CONFIGS: Operation = Operation::new(
            "ListProvisionedConcurrencyConfigs",
            "GET",
            "/2019-09-30/functions/{FunctionName}/provisioned-concurrency?List=ALL",
            &super::LIST_PROVISIONED_CONCURRENCY_CONFIGS_INPUT,
            &super::LIST_PROVISIONED_CONCURRENCY_CONFIGS_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static LIST_TAGS: Operation = Operation::new(
            "ListTags",
            "GET",
            "/2017-03-31/tags/{Resource}",
            &super::LIST_TAGS_INPUT,
            &super::LIST_TAGS_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static LIST_VERSIONS_BY_FUNCTION: Operation = Operation::new(
            "ListVersionsByFunction",
            "GET",
            "/2015-03-31/functions/{FunctionName}/versions",
            &super::LIST_VERSIONS_BY_FUNCTION_INPUT,
            &super::LIST_VERSIONS_BY_FUNCTION_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static PAUSE_DURABLE_EXECUTION: Operation = Operation::new(
            "PauseDurableExecution",
            "POST",
            "/2025-12-01/durable-executions/{DurableExecutionArn}/pause",
            &super::PAUSE_DURABLE_EXECUTION_INPUT,
            &super::PAUSE_DURABLE_EXECUTION_OUTPUT,
        )
        .response_code(202u16)
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
                &super::RESOURCE_CONFLICT_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::KMS_NOT_FOUND_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::KMS_ACCESS_DENIED_EXCEPTION,
                &super::KMS_DISABLED_EXCEPTION,
            ],
        )
        .with(op_flags::IDEMPOTENT);
    pub static PUBLISH_LAYER_VERSION: Operation = Operation::new(
            "PublishLayerVersion",
            "POST",
            "/2018-10-31/layers/{LayerName}/versions",
            &super::PUBLISH_LAYER_VERSION_INPUT,
            &super::PUBLISH_LAYER_VERSION_OUTPUT,
        )
        .response_code(201u16)
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::CODE_STORAGE_EXCEEDED_EXCEPTION,
            ],
        );
    pub static PUBLISH_VERSION: Operation = Operation::new(
            "PublishVersion",
            "POST",
            "/2015-03-31/functions/{FunctionName}/versions",
            &super::PUBLISH_VERSION_INPUT,
            &super::FUNCTION_CONFIGURATION,
        )
        .response_code(201u16)
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::RESOURCE_CONFLICT_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::CODE_STORAGE_EXCEEDED_EXCEPTION,
                &super::FUNCTION_VERSIONS_PER_CAPACITY_PROVIDER_LIMIT_EXCEEDED_EXCEPTION,
                &super::PRECONDITION_FAILED_EXCEPTION,
            ],
        );
    pub static PUT_FUNCTION_CODE_SIGNING_CONFIG: Operation = Operation::new(
            "PutFunctionCodeSigningConfig",
            "PUT",
            "/2020-06-30/functions/{FunctionName}/code-signing-config",
            &super::PUT_FUNCTION_CODE_SIGNING_CONFIG_INPUT,
            &super::PUT_FUNCTION_CODE_SIGNING_CONFIG_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::RESOURCE_CONFLICT_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::CODE_SIGNING_CONFIG_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static PUT_FUNCTION_CONCURRENCY: Operation = Operation::new(
            "PutFunctionConcurrency",
            "PUT",
            "/2017-10-31/functions/{FunctionName}/concurrency",
            &super::PUT_FUNCTION_CONCURRENCY_INPUT,
            &super::CONCURRENCY,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::RESOURCE_CONFLICT_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static PUT_FUNCTION_EVENT_INVOKE_CONFIG: Operation = Operation::new(
            "PutFunctionEventInvokeConfig",
            "PUT",
            "/2019-09-25/functions/{FunctionName}/event-invoke-config",
            &super::PUT_FUNCTION_EVENT_INVOKE_CONFIG_INPUT,
            &super::FUNCTION_EVENT_INVOKE_CONFIG,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::RESOURCE_CONFLICT_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static PUT_FUNCTION_RECURSION_CONFIG: Operation = Operation::new(
            "PutFunctionRecursionConfig",
            "PUT",
            "/2024-08-31/functions/{FunctionName}/recursion-config",
            &super::PUT_FUNCTION_RECURSION_CONFIG_INPUT,
            &super::PUT_FUNCTION_RECURSION_CONFIG_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::RESOURCE_CONFLICT_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static PUT_FUNCTION_SCALING_CONFIG: Operation = Operation::new(
            "PutFunctionScalingConfig",
            "PUT",
            "/2025-11-30/functions/{FunctionName}/function-scaling-config",
            &super::PUT_FUNCTION_SCALING_CONFIG_INPUT,
            &super::PUT_FUNCTION_SCALING_CONFIG_OUTPUT,
        )
        .response_code(202u16)
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::RESOURCE_CONFLICT_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static PUT_PROVISIONED_CONCURRENCY_CONFIG: Operation = Operation::new(
            "PutProvisionedConcurrencyConfig",
            "PUT",
            "/2019-09-30/functions/{FunctionName}/provisioned-concurrency",
            &super::PUT_PROVISIONED_CONCURRENCY_CONFIG_INPUT,
            &super::PUT_PROVISIONED_CONCURRENCY_CONFIG_OUTPUT,
        )
        .response_code(202u16)
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::RESOURCE_CONFLICT_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        )
        .with(op_flags::IDEMPOTENT);
    pub static PUT_RESOURCE_POLICY: Operation = Operation::new(
            "PutResourcePolicy",
            "PUT",
            "/2026-07-09/resource-policy/{ResourceArn}",
            &super::PUT_RESOURCE_POLICY_INPUT,
            &super::PUT_RESOURCE_POLICY_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::RESOURCE_CONFLICT_EXCEPTION,
                &super::PUBLIC_POLICY_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::POLICY_LENGTH_EXCEEDED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::PRECONDITION_FAILED_EXCEPTION,
            ],
        )
        .with(op_flags::IDEMPOTENT);
    pub static PUT_RUNTIME_MANAGEMENT_CONFIG: Operation = Operation::new(
            "PutRuntimeManagementConfig",
            "PUT",
            "/2021-07-20/functions/{FunctionName}/runtime-management-config",
            &super::PUT_RUNTIME_MANAGEMENT_CONFIG_INPUT,
            &super::PUT_RUNTIME_MANAGEMENT_CONFIG_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::RESOURCE_CONFLICT_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static REMOVE_LAYER_VERSION_PERMISSION: Operation = Operation::new(
            "RemoveLayerVersionPermission",
            "DELETE",
            "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy/{StatementId}",
            &super::REMOVE_LAYER_VERSION_PERMISSION_INPUT,
            &p::UNIT,
        )
        .response_code(204u16)
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::RESOURCE_CONFLICT_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::PRECONDITION_FAILED_EXCEPTION,
            ],
        );
    pub static REMOVE_PERMISSION: Operation = Operation::new(
            "RemovePermission",
            "DELETE",
            "/2015-03-31/functions/{FunctionName}/policy/{StatementId}",
            &super::REMOVE_PERMISSION_INPUT,
            &p::UNIT,
        )
        .response_code(204u16)
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::PUBLIC_POLICY_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::PRECONDITION_FAILED_EXCEPTION,
            ],
        );
    pub static RESUME_DURABLE_EXECUTION: Operation = Operation::new(
            "ResumeDurableExecution",
            "POST",
            "/2025-12-01/durable-executions/{DurableExecutionArn}/resume",
            &super::RESUME_DURABLE_EXECUTION_INPUT,
            &super::RESUME_DURABLE_EXECUTION_OUTPUT,
        )
        .response_code(202u16)
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
                &super::RESOURCE_CONFLICT_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::KMS_NOT_FOUND_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::KMS_ACCESS_DENIED_EXCEPTION,
                &super::KMS_DISABLED_EXCEPTION,
            ],
        )
        .with(op_flags::IDEMPOTENT);
    pub static SEND_DURABLE_EXECUTION_CALLBACK_FAILURE: Operation = Operation::new(
            "SendDurableExecutionCallbackFailure",
            "POST",
            "/2025-12-01/durable-execution-callbacks/{CallbackId}/fail",
            &super::SEND_DURABLE_EXECUTION_CALLBACK_FAILURE_INPUT,
            &super::SEND_DURABLE_EXECUTION_CALLBACK_FAILURE_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::KMS_NOT_FOUND_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::CALLBACK_TIMEOUT_EXCEPTION,
                &super::KMS_ACCESS_DENIED_EXCEPTION,
                &super::KMS_DISABLED_EXCEPTION,
            ],
        );
    pub static SEND_DURABLE_EXECUTION_CALLBACK_HEARTBEAT: Operation = Operation::new(
            "SendDurableExecutionCallbackHeartbeat",
            "POST",
            "/2025-12-01/durable-execution-callbacks/{CallbackId}/heartbeat",
            &super::SEND_DURABLE_EXECUTION_CALLBACK_HEARTBEAT_INPUT,
            &super::SEND_DURABLE_EXECUTION_CALLBACK_HEARTBEAT_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::CALLBACK_TIMEOUT_EXCEPTION,
            ],
        );
    pub static SEND_DURABLE_EXECUTION_CALLBACK_SUCCESS: Operation = Operation::new(
            "SendDurableExecutionCallbackSuccess",
            "POST",
            "/2025-12-01/durable-execution-callbacks/{CallbackId}/succeed",
            &super::SEND_DURABLE_EXECUTION_CALLBACK_SUCCESS_INPUT,
            &super::SEND_DURABLE_EXECUTION_CALLBACK_SUCCESS_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::KMS_NOT_FOUND_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::CALLBACK_TIMEOUT_EXCEPTION,
                &super::KMS_ACCESS_DENIED_EXCEPTION,
                &super::KMS_DISABLED_EXCEPTION,
            ],
        );
    pub static STOP_DURABLE_EXECUTION: Operation = Operation::new(
            "StopDurableExecution",
            "POST",
            "/2025-12-01/durable-executions/{DurableExecutionArn}/stop",
            &super::STOP_DURABLE_EXECUTION_INPUT,
            &super::STOP_DURABLE_EXECUTION_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::KMS_NOT_FOUND_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::KMS_ACCESS_DENIED_EXCEPTION,
                &super::KMS_DISABLED_EXCEPTION,
            ],
        );
    pub static TAG_RESOURCE: Operation = Operation::new(
            "TagResource",
            "POST",
            "/2017-03-31/tags/{Resource}",
            &super::TAG_RESOURCE_INPUT,
            &p::UNIT,
        )
        .response_code(204u16)
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::RESOURCE_CONFLICT_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static UNTAG_RESOURCE: Operation = Operation::new(
            "UntagResource",
            "DELETE",
            "/2017-03-31/tags/{Resource}",
            &super::UNTAG_RESOURCE_INPUT,
            &p::UNIT,
        )
        .response_code(204u16)
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::RESOURCE_CONFLICT_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static UPDATE_ALIAS: Operation = Operation::new(
            "UpdateAlias",
            "PUT",
            "/2015-03-31/functions/{FunctionName}/aliases/{Name}",
            &super::UPDATE_ALIAS_INPUT,
            &super::ALIAS_CONFIGURATION,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::RESOURCE_CONFLICT_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::PRECONDITION_FAILED_EXCEPTION,
            ],
        );
    pub static UPDATE_CAPACITY_PROVIDER: Operation = Operation::new(
            "UpdateCapacityProvider",
            "PUT",
            "/2025-11-30/capacity-providers/{CapacityProviderName}",
            &super::UPDATE_CAPACITY_PROVIDER_INPUT,
            &super::UPDATE_CAPACITY_PROVIDER_OUTPUT,
        )
        .response_code(202u16)
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::RESOURCE_CONFLICT_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static UPDATE_CODE_SIGNING_CONFIG: Operation = Operation::new(
            "UpdateCodeSigningConfig",
            "PUT",
            "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}",
            &super::UPDATE_CODE_SIGNING_CONFIG_INPUT,
            &super::UPDATE_CODE_SIGNING_CONFIG_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static UPDATE_EVENT_SOURCE_MAPPING: Operation = Operation::new(
            "UpdateEventSourceMapping",
            "PUT",
            "/2015-03-31/event-source-mappings/{UUID}",
            &super::UPDATE_EVENT_SOURCE_MAPPING_INPUT,
            &super::EVENT_SOURCE_MAPPING_CONFIGURATION,
        )
        .response_code(202u16)
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::RESOURCE_IN_USE_EXCEPTION,
                &super::RESOURCE_CONFLICT_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static UPDATE_FUNCTION_CODE: Operation = Operation::new(
            "UpdateFunctionCode",
            "PUT",
            "/2015-03-31/functions/{FunctionName}/code",
            &super::UPDATE_FUNCTION_CODE_INPUT,
            &super::FUNCTION_CONFIGURATION,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::RESOURCE_CONFLICT_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::INVALID_CODE_SIGNATURE_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::CODE_VERIFICATION_FAILED_EXCEPTION,
                &super::CODE_SIGNING_CONFIG_NOT_FOUND_EXCEPTION,
                &super::CODE_STORAGE_EXCEEDED_EXCEPTION,
                &super::PRECONDITION_FAILED_EXCEPTION,
            ],
        );
    pub static UPDATE_FUNCTION_CONFIGURATION: Operation = Operation::new(
            "UpdateFunctionConfiguration",
            "PUT",
            "/2015-03-31/functions/{FunctionName}/configuration",
            &super::UPDATE_FUNCTION_CONFIGURATION_INPUT,
            &super::FUNCTION_CONFIGURATION,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::RESOURCE_CONFLICT_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::INVALID_CODE_SIGNATURE_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::CODE_VERIFICATION_FAILED_EXCEPTION,
                &super::CODE_SIGNING_CONFIG_NOT_FOUND_EXCEPTION,
                &super::PRECONDITION_FAILED_EXCEPTION,
            ],
        );
    pub static UPDATE_FUNCTION_EVENT_INVOKE_CONFIG: Operation = Operation::new(
            "UpdateFunctionEventInvokeConfig",
            "POST",
            "/2019-09-25/functions/{FunctionName}/event-invoke-config",
            &super::UPDATE_FUNCTION_EVENT_INVOKE_CONFIG_INPUT,
            &super::FUNCTION_EVENT_INVOKE_CONFIG,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::RESOURCE_CONFLICT_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static UPDATE_FUNCTION_URL_CONFIG: Operation = Operation::new(
            "UpdateFunctionUrlConfig",
            "PUT",
            "/2021-10-31/functions/{FunctionName}/url",
            &super::UPDATE_FUNCTION_URL_CONFIG_INPUT,
            &super::UPDATE_FUNCTION_URL_CONFIG_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::RESOURCE_CONFLICT_EXCEPTION,
                &super::SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        );
    /// Every operation, by model name order.
    pub static ALL: &[&Operation] = &[
        &ADD_LAYER_VERSION_PERMISSION,
        &ADD_PERMISSION,
        &CHECKPOINT_DURABLE_EXECUTION,
        &CREATE_ALIAS,
        &CREATE_CAPACITY_PROVIDER,
        &CREATE_CODE_SIGNING_CONFIG,
        &CREATE_EVENT_SOURCE_MAPPING,
        &CREATE_FUNCTION,
        &CREATE_FUNCTION_URL_CONFIG,
        &DELETE_ALIAS,
        &DELETE_CAPACITY_PROVIDER,
        &DELETE_CODE_SIGNING_CONFIG,
        &DELETE_DURABLE_EXECUTION,
        &DELETE_EVENT_SOURCE_MAPPING,
        &DELETE_FUNCTION,
        &DELETE_FUNCTION_CODE_SIGNING_CONFIG,
        &DELETE_FUNCTION_CONCURRENCY,
        &DELETE_FUNCTION_EVENT_INVOKE_CONFIG,
        &DELETE_FUNCTION_URL_CONFIG,
        &DELETE_LAYER_VERSION,
        &DELETE_PROVISIONED_CONCURRENCY_CONFIG,
        &DELETE_RESOURCE_POLICY,
        &GET_ACCOUNT_SETTINGS,
        &GET_ALIAS,
        &GET_CAPACITY_PROVIDER,
        &GET_CODE_SIGNING_CONFIG,
        &GET_DURABLE_EXECUTION,
        &GET_DURABLE_EXECUTION_HISTORY,
        &GET_DURABLE_EXECUTION_STATE,
        &GET_EVENT_SOURCE_MAPPING,
        &GET_FUNCTION,
        &GET_FUNCTION_CODE_SIGNING_CONFIG,
        &GET_FUNCTION_CONCURRENCY,
        &GET_FUNCTION_CONFIGURATION,
        &GET_FUNCTION_EVENT_INVOKE_CONFIG,
        &GET_FUNCTION_RECURSION_CONFIG,
        &GET_FUNCTION_SCALING_CONFIG,
        &GET_FUNCTION_URL_CONFIG,
        &GET_LAYER_VERSION,
        &GET_LAYER_VERSION_BY_ARN,
        &GET_LAYER_VERSION_POLICY,
        &GET_POLICY,
        &GET_PROVISIONED_CONCURRENCY_CONFIG,
        &GET_RESOURCE_POLICY,
        &GET_RUNTIME_MANAGEMENT_CONFIG,
        &INVOKE,
        &INVOKE_ASYNC,
        &INVOKE_WITH_RESPONSE_STREAM,
        &LIST_ALIASES,
        &LIST_CAPACITY_PROVIDERS,
        &LIST_CODE_SIGNING_CONFIGS,
        &LIST_DURABLE_EXECUTIONS_BY_FUNCTION,
        &LIST_EVENT_SOURCE_MAPPINGS,
        &LIST_FUNCTION_EVENT_INVOKE_CONFIGS,
        &LIST_FUNCTION_URL_CONFIGS,
        &LIST_FUNCTION_VERSIONS_BY_CAPACITY_PROVIDER,
        &LIST_FUNCTIONS,
        &LIST_FUNCTIONS_BY_CODE_SIGNING_CONFIG,
        &LIST_LAYER_VERSIONS,
        &LIST_LAYERS,
        &LIST_PROVISIONED_CONCURRENCY_CONFIGS,
        &LIST_TAGS,
        &LIST_VERSIONS_BY_FUNCTION,
        &PAUSE_DURABLE_EXECUTION,
        &PUBLISH_LAYER_VERSION,
        &PUBLISH_VERSION,
        &PUT_FUNCTION_CODE_SIGNING_CONFIG,
        &PUT_FUNCTION_CONCURRENCY,
        &PUT_FUNCTION_EVENT_INVOKE_CONFIG,
        &PUT_FUNCTION_RECURSION_CONFIG,
        &PUT_FUNCTION_SCALING_CONFIG,
        &PUT_PROVISIONED_CONCURRENCY_CONFIG,
        &PUT_RESOURCE_POLICY,
        &PUT_RUNTIME_MANAGEMENT_CONFIG,
        &REMOVE_LAYER_VERSION_PERMISSION,
        &REMOVE_PERMISSION,
        &RESUME_DURABLE_EXECUTION,
        &SEND_DURABLE_EXECUTION_CALLBACK_FAILURE,
        &SEND_DURABLE_EXECUTION_CALLBACK_HEARTBEAT,
        &SEND_DURABLE_EXECUTION_CALLBACK_SUCCESS,
        &STOP_DURABLE_EXECUTION,
        &TAG_RESOURCE,
        &UNTAG_RESOURCE,
        &UPDATE_ALIAS,
        &UPDATE_CAPACITY_PROVIDER,
        &UPDATE_CODE_SIGNING_CONFIG,
        &UPDATE_EVENT_SOURCE_MAPPING,
        &UPDATE_FUNCTION_CODE,
        &UPDATE_FUNCTION_CONFIGURATION,
        &UPDATE_FUNCTION_EVENT_INVOKE_CONFIG,
        &UPDATE_FUNCTION_URL_CONFIG,
    ];
}
/// The service's paginators (`paginators-1.json`).
pub mod paginators {
    use kumo_runtime::paginate::PaginatorSpec;
    pub static GET_DURABLE_EXECUTION_HISTORY: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::GET_DURABLE_EXECUTION_HISTORY,
        input_token: &["Marker"],
        output_token: &["NextMarker"],
        limit_key: Some("MaxItems"),
        more_results: None,
        result_key: &["Events"],
    };
    pub static GET_DURABLE_EXECUTION_STATE: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::GET_DURABLE_EXECUTION_STATE,
        input_token: &["Marker"],
        output_token: &["NextMarker"],
        limit_key: Some("MaxItems"),
        more_results: None,
        result_key: &["Operations"],
    };
    pub static LIST_ALIASES: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_ALIASES,
        input_token: &["Marker"],
        output_token: &["NextMarker"],
        limit_key: Some("MaxItems"),
        more_results: None,
        result_key: &["Aliases"],
    };
    pub static LIST_CAPACITY_PROVIDERS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_CAPACITY_PROVIDERS,
        input_token: &["Marker"],
        output_token: &["NextMarker"],
        limit_key: Some("MaxItems"),
        more_results: None,
        result_key: &["CapacityProviders"],
    };
    pub static LIST_CODE_SIGNING_CONFIGS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_CODE_SIGNING_CONFIGS,
        input_token: &["Marker"],
        output_token: &["NextMarker"],
        limit_key: Some("MaxItems"),
        more_results: None,
        result_key: &["CodeSigningConfigs"],
    };
    pub static LIST_DURABLE_EXECUTIONS_BY_FUNCTION: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_DURABLE_EXECUTIONS_BY_FUNCTION,
        input_token: &["Marker"],
        output_token: &["NextMarker"],
        limit_key: Some("MaxItems"),
        more_results: None,
        result_key: &["DurableExecutions"],
    };
    pub static LIST_EVENT_SOURCE_MAPPINGS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_EVENT_SOURCE_MAPPINGS,
        input_token: &["Marker"],
        output_token: &["NextMarker"],
        limit_key: Some("MaxItems"),
        more_results: None,
        result_key: &["EventSourceMappings"],
    };
    pub static LIST_FUNCTION_EVENT_INVOKE_CONFIGS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_FUNCTION_EVENT_INVOKE_CONFIGS,
        input_token: &["Marker"],
        output_token: &["NextMarker"],
        limit_key: Some("MaxItems"),
        more_results: None,
        result_key: &["FunctionEventInvokeConfigs"],
    };
    pub static LIST_FUNCTION_URL_CONFIGS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_FUNCTION_URL_CONFIGS,
        input_token: &["Marker"],
        output_token: &["NextMarker"],
        limit_key: Some("MaxItems"),
        more_results: None,
        result_key: &["FunctionUrlConfigs"],
    };
    pub static LIST_FUNCTION_VERSIONS_BY_CAPACITY_PROVIDER: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_FUNCTION_VERSIONS_BY_CAPACITY_PROVIDER,
        input_token: &["Marker"],
        output_token: &["NextMarker"],
        limit_key: Some("MaxItems"),
        more_results: None,
        result_key: &["FunctionVersions"],
    };
    pub static LIST_FUNCTIONS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_FUNCTIONS,
        input_token: &["Marker"],
        output_token: &["NextMarker"],
        limit_key: Some("MaxItems"),
        more_results: None,
        result_key: &["Functions"],
    };
    pub static LIST_FUNCTIONS_BY_CODE_SIGNING_CONFIG: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_FUNCTIONS_BY_CODE_SIGNING_CONFIG,
        input_token: &["Marker"],
        output_token: &["NextMarker"],
        limit_key: Some("MaxItems"),
        more_results: None,
        result_key: &["FunctionArns"],
    };
    pub static LIST_LAYER_VERSIONS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_LAYER_VERSIONS,
        input_token: &["Marker"],
        output_token: &["NextMarker"],
        limit_key: Some("MaxItems"),
        more_results: None,
        result_key: &["LayerVersions"],
    };
    pub static LIST_LAYERS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_LAYERS,
        input_token: &["Marker"],
        output_token: &["NextMarker"],
        limit_key: Some("MaxItems"),
        more_results: None,
        result_key: &["Layers"],
    };
    pub static LIST_PROVISIONED_CONCURRENCY_CONFIGS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_PROVISIONED_CONCURRENCY_CONFIGS,
        input_token: &["Marker"],
        output_token: &["NextMarker"],
        limit_key: Some("MaxItems"),
        more_results: None,
        result_key: &["ProvisionedConcurrencyConfigs"],
    };
    pub static LIST_VERSIONS_BY_FUNCTION: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_VERSIONS_BY_FUNCTION,
        input_token: &["Marker"],
        output_token: &["NextMarker"],
        limit_key: Some("MaxItems"),
        more_results: None,
        result_key: &["Versions"],
    };
}
/// The service's waiters (`waiters-2.json`).
pub mod waiters {
    use kumo_runtime::waiter::{Acceptor, Expected, Matcher, State, WaiterSpec};
    pub static FUNCTION_ACTIVE: WaiterSpec = WaiterSpec {
        name: "FunctionActive",
        operation: &super::ops::GET_FUNCTION_CONFIGURATION,
        delay: 5u32,
        max_attempts: 60u32,
        acceptors: &[
            Acceptor {
                state: State::Success,
                matcher: Matcher::Path,
                argument: "State",
                expected: Expected::Str("Active"),
            },
            Acceptor {
                state: State::Failure,
                matcher: Matcher::Path,
                argument: "State",
                expected: Expected::Str("Failed"),
            },
            Acceptor {
                state: State::Retry,
                matcher: Matcher::Path,
                argument: "State",
                expected: Expected::Str("Pending"),
            },
        ],
    };
    pub static FUNCTION_ACTIVE_V2: WaiterSpec = WaiterSpec {
        name: "FunctionActiveV2",
        operation: &super::ops::GET_FUNCTION,
        delay: 1u32,
        max_attempts: 300u32,
        acceptors: &[
            Acceptor {
                state: State::Success,
                matcher: Matcher::Path,
                argument: "Configuration.State",
                expected: Expected::Str("Active"),
            },
            Acceptor {
                state: State::Failure,
                matcher: Matcher::Path,
                argument: "Configuration.State",
                expected: Expected::Str("Failed"),
            },
            Acceptor {
                state: State::Retry,
                matcher: Matcher::Path,
                argument: "Configuration.State",
                expected: Expected::Str("Pending"),
            },
        ],
    };
    pub static FUNCTION_EXISTS: WaiterSpec = WaiterSpec {
        name: "FunctionExists",
        operation: &super::ops::GET_FUNCTION,
        delay: 1u32,
        max_attempts: 20u32,
        acceptors: &[
            Acceptor {
                state: State::Success,
                matcher: Matcher::Error,
                argument: "",
                expected: Expected::Bool(false),
            },
            Acceptor {
                state: State::Retry,
                matcher: Matcher::Error,
                argument: "",
                expected: Expected::Str("ResourceNotFoundException"),
            },
        ],
    };
    pub static FUNCTION_UPDATED: WaiterSpec = WaiterSpec {
        name: "FunctionUpdated",
        operation: &super::ops::GET_FUNCTION_CONFIGURATION,
        delay: 5u32,
        max_attempts: 60u32,
        acceptors: &[
            Acceptor {
                state: State::Success,
                matcher: Matcher::Path,
                argument: "LastUpdateStatus",
                expected: Expected::Str("Successful"),
            },
            Acceptor {
                state: State::Failure,
                matcher: Matcher::Path,
                argument: "LastUpdateStatus",
                expected: Expected::Str("Failed"),
            },
            Acceptor {
                state: State::Retry,
                matcher: Matcher::Path,
                argument: "LastUpdateStatus",
                expected: Expected::Str("InProgress"),
            },
        ],
    };
    pub static FUNCTION_UPDATED_V2: WaiterSpec = WaiterSpec {
        name: "FunctionUpdatedV2",
        operation: &super::ops::GET_FUNCTION,
        delay: 1u32,
        max_attempts: 300u32,
        acceptors: &[
            Acceptor {
                state: State::Success,
                matcher: Matcher::Path,
                argument: "Configuration.LastUpdateStatus",
                expected: Expected::Str("Successful"),
            },
            Acceptor {
                state: State::Failure,
                matcher: Matcher::Path,
                argument: "Configuration.LastUpdateStatus",
                expected: Expected::Str("Failed"),
            },
            Acceptor {
                state: State::Retry,
                matcher: Matcher::Path,
                argument: "Configuration.LastUpdateStatus",
                expected: Expected::Str("InProgress"),
            },
        ],
    };
    pub static PUBLISHED_VERSION_ACTIVE: WaiterSpec = WaiterSpec {
        name: "PublishedVersionActive",
        operation: &super::ops::GET_FUNCTION_CONFIGURATION,
        delay: 5u32,
        max_attempts: 312u32,
        acceptors: &[
            Acceptor {
                state: State::Success,
                matcher: Matcher::Path,
                argument: "State",
                expected: Expected::Str("Active"),
            },
            Acceptor {
                state: State::Failure,
                matcher: Matcher::Path,
                argument: "State",
                expected: Expected::Str("Failed"),
            },
            Acceptor {
                state: State::Retry,
                matcher: Matcher::Path,
                argument: "State",
                expected: Expected::Str("Pending"),
            },
        ],
    };
}

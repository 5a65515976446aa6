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
    service_id: "Secrets Manager",
    endpoint_prefix: "secretsmanager",
    signing_name: "secretsmanager",
    json_version: Some("1.1"),
    target_prefix: Some("secretsmanager"),
    rule_set: include_str!("endpoint-rule-set.json"),
    ..Service::new("secretsmanager", "2017-10-17", Protocol::Json)
};
pub static API_ERROR_LIST_TYPE: Schema = Schema::list(
    "APIErrorListType",
    &[Member::new("member", &API_ERROR_TYPE)],
);
pub static API_ERROR_TYPE: Schema = Schema::structure(
    "APIErrorType",
    &[
        Member::new("SecretId", &p::STRING),
        Member::new("ErrorCode", &p::STRING),
        Member::new("Message", &p::STRING),
    ],
);
pub static ADD_REPLICA_REGION_LIST_TYPE: Schema = Schema::list(
    "AddReplicaRegionListType",
    &[Member::new("member", &REPLICA_REGION_TYPE)],
);
pub static ASSOCIATE_CROSS_ACCOUNT_REPLICA_INPUT: Schema = Schema::structure(
    "AssociateCrossAccountReplicaRequest",
    &[
        Member::new("SecretId", &p::STRING).with(f::REQUIRED),
        Member::new("CrossAccountReplicaARN", &p::STRING).with(f::REQUIRED),
        Member::new("ReplicaRestriction", &p::STRING),
        Member::new("ReplicationRoleARN", &p::STRING),
    ],
);
pub static ASSOCIATE_CROSS_ACCOUNT_REPLICA_OUTPUT: Schema = Schema::structure(
    "AssociateCrossAccountReplicaResponse",
    &[
        Member::new("ARN", &p::STRING),
        Member::new("CrossAccountReplicaARN", &p::STRING),
        Member::new("ReplicationStatus", &p::STRING),
    ],
);
pub static BATCH_GET_SECRET_VALUE_INPUT: Schema = Schema::structure(
    "BatchGetSecretValueRequest",
    &[
        Member::new("SecretIdList", &SECRET_ID_LIST_TYPE),
        Member::new("Filters", &FILTERS_LIST_TYPE),
        Member::new("MaxResults", &p::INTEGER),
        Member::new("NextToken", &p::STRING),
    ],
);
pub static BATCH_GET_SECRET_VALUE_OUTPUT: Schema = Schema::structure(
    "BatchGetSecretValueResponse",
    &[
        Member::new("SecretValues", &SECRET_VALUES_TYPE),
        Member::new("NextToken", &p::STRING),
        Member::new("Errors", &API_ERROR_LIST_TYPE),
    ],
);
pub static CANCEL_ROTATE_SECRET_INPUT: Schema = Schema::structure(
    "CancelRotateSecretRequest",
    &[Member::new("SecretId", &p::STRING).with(f::REQUIRED)],
);
pub static CANCEL_ROTATE_SECRET_OUTPUT: Schema = Schema::structure(
    "CancelRotateSecretResponse",
    &[
        Member::new("ARN", &p::STRING),
        Member::new("Name", &p::STRING),
        Member::new("VersionId", &p::STRING),
    ],
);
pub static CREATE_SECRET_INPUT: Schema = Schema::structure(
    "CreateSecretRequest",
    &[
        Member::new("Name", &p::STRING).with(f::REQUIRED),
        Member::new("ClientRequestToken", &p::STRING).with(f::IDEMPOTENCY_TOKEN),
        Member::new("Description", &p::STRING),
        Member::new("KmsKeyId", &p::STRING),
        Member::new("SecretBinary", &SECRET_BINARY_TYPE),
        Member::new("SecretString", &SECRET_STRING_TYPE),
        Member::new("Tags", &TAG_LIST_TYPE),
        Member::new("AddReplicaRegions", &ADD_REPLICA_REGION_LIST_TYPE),
        Member::new("ForceOverwriteReplicaSecret", &p::BOOLEAN),
        Member::new("Type", &p::STRING),
        Member::new("CrossAccountPrimaryARN", &p::STRING),
    ],
);
pub static CREATE_SECRET_OUTPUT: Schema = Schema::structure(
    "CreateSecretResponse",
    &[
        Member::new("ARN", &p::STRING),
        Member::new("Name", &p::STRING),
        Member::new("VersionId", &p::STRING),
        Member::new("ReplicationStatus", &REPLICATION_STATUS_LIST_TYPE),
    ],
);
pub static CROSS_ACCOUNT_PRIMARY_TYPE: Schema = Schema::structure(
    "CrossAccountPrimaryType",
    &[
        Member::new("PrimarySecretARN", &p::STRING),
        Member::new("ReplicationStatus", &p::STRING),
        Member::new("StatusMessage", &p::STRING),
    ],
);
pub static CROSS_ACCOUNT_REPLICA_ENTRY: Schema = Schema::structure(
    "CrossAccountReplicaEntry",
    &[
        Member::new("ReplicaSecretARN", &p::STRING),
        Member::new("ReplicationRoleARN", &p::STRING),
        Member::new("ReplicationStatus", &p::STRING),
        Member::new("StatusMessage", &p::STRING),
    ],
);
pub static CROSS_ACCOUNT_REPLICA_LIST_TYPE: Schema = Schema::list(
    "CrossAccountReplicaListType",
    &[Member::new("member", &CROSS_ACCOUNT_REPLICA_ENTRY)],
);
pub static DECRYPTION_FAILURE: Schema = Schema::structure(
        "DecryptionFailure",
        &[Member::new("Message", &p::STRING)],
    )
    .error("DecryptionFailure", 400u16);
pub static DELETE_RESOURCE_POLICY_INPUT: Schema = Schema::structure(
    "DeleteResourcePolicyRequest",
    &[
        Member::new("SecretId", &p::STRING).with(f::REQUIRED),
        Member::new("PolicyName", &p::STRING),
    ],
);
pub static DELETE_RESOURCE_POLICY_OUTPUT: Schema = Schema::structure(
    "DeleteResourcePolicyResponse",
    &[
        Member::new("ARN", &p::STRING),
        Member::new("Name", &p::STRING),
        Member::new("PolicyName", &p::STRING),
    ],
);
pub static DELETE_SECRET_INPUT: Schema = Schema::structure(
    "DeleteSecretRequest",
    &[
        Member::new("SecretId", &p::STRING).with(f::REQUIRED),
        Member::new("RecoveryWindowInDays", &p::LONG),
        Member::new("ForceDeleteWithoutRecovery", &p::BOOLEAN),
    ],
);
pub static DELETE_SECRET_OUTPUT: Schema = Schema::structure(
    "DeleteSecretResponse",
    &[
        Member::new("ARN", &p::STRING),
        Member::new("Name", &p::STRING),
        Member::new("DeletionDate", &p::TIMESTAMP),
    ],
);
pub static DESCRIBE_SECRET_INPUT: Schema = Schema::structure(
    "DescribeSecretRequest",
    &[Member::new("SecretId", &p::STRING).with(f::REQUIRED)],
);
pub static DESCRIBE_SECRET_OUTPUT: Schema = Schema::structure(
    "DescribeSecretResponse",
    &[
        Member::new("ARN", &p::STRING),
        Member::new("Name", &p::STRING),
        Member::new("Type", &p::STRING),
        Member::new("Description", &p::STRING),
        Member::new("KmsKeyId", &p::STRING),
        Member::new("RotationEnabled", &p::BOOLEAN),
        Member::new("RotationLambdaARN", &p::STRING),
        Member::new("RotationRules", &ROTATION_RULES_TYPE),
        Member::new(
            "ExternalSecretRotationMetadata",
            &EXTERNAL_SECRET_ROTATION_METADATA_TYPE,
        ),
        Member::new("ExternalSecretRotationRoleArn", &p::STRING),
        Member::new("LastRotatedDate", &p::TIMESTAMP),
        Member::new("LastChangedDate", &p::TIMESTAMP),
        Member::new("LastAccessedDate", &p::TIMESTAMP),
        Member::new("DeletedDate", &p::TIMESTAMP),
        Member::new("NextRotationDate", &p::TIMESTAMP),
        Member::new("Tags", &TAG_LIST_TYPE),
        Member::new("VersionIdsToStages", &SECRET_VERSIONS_TO_STAGES_MAP_TYPE),
        Member::new("OwningService", &p::STRING),
        Member::new("CreatedDate", &p::TIMESTAMP),
        Member::new("PrimaryRegion", &p::STRING),
        Member::new("ReplicationStatus", &REPLICATION_STATUS_LIST_TYPE),
        Member::new("CrossAccountPrimary", &CROSS_ACCOUNT_PRIMARY_TYPE),
        Member::new("CrossAccountReplicas", &CROSS_ACCOUNT_REPLICA_LIST_TYPE),
    ],
);
pub static DISASSOCIATE_CROSS_ACCOUNT_REPLICA_INPUT: Schema = Schema::structure(
    "DisassociateCrossAccountReplicaRequest",
    &[
        Member::new("SecretId", &p::STRING).with(f::REQUIRED),
        Member::new("CrossAccountReplicaARN", &p::STRING).with(f::REQUIRED),
    ],
);
pub static DISASSOCIATE_CROSS_ACCOUNT_REPLICA_OUTPUT: Schema = Schema::structure(
    "DisassociateCrossAccountReplicaResponse",
    &[Member::new("ARN", &p::STRING), Member::new("CrossAccountReplicaARN", &p::STRING)],
);
pub static ENCRYPTION_FAILURE: Schema = Schema::structure(
        "EncryptionFailure",
        &[Member::new("Message", &p::STRING)],
    )
    .error("EncryptionFailure", 400u16);
pub static EXTERNAL_SECRET_ROTATION_METADATA_ITEM: Schema = Schema::structure(
    "ExternalSecretRotationMetadataItem",
    &[Member::new("Key", &p::STRING), Member::new("Value", &p::STRING)],
);
pub static EXTERNAL_SECRET_ROTATION_METADATA_TYPE: Schema = Schema::list(
    "ExternalSecretRotationMetadataType",
    &[Member::new("member", &EXTERNAL_SECRET_ROTATION_METADATA_ITEM)],
);
pub static FILTER: Schema = Schema::structure(
    "Filter",
    &[Member::new("Key", &p::STRING), Member::new("Values", &FILTER_VALUES_STRING_LIST)],
);
pub static FILTER_VALUES_STRING_LIST: Schema = Schema::list(
    "FilterValuesStringList",
    &[Member::new("member", &p::STRING)],
);
pub static FILTERS_LIST_TYPE: Schema = Schema::list(
    "FiltersListType",
    &[Member::new("member", &FILTER)],
);
pub static GET_RANDOM_PASSWORD_INPUT: Schema = Schema::structure(
    "GetRandomPasswordRequest",
    &[
        Member::new("PasswordLength", &p::LONG),
        Member::new("ExcludeCharacters", &p::STRING),
        Member::new("ExcludeNumbers", &p::BOOLEAN),
        Member::new("ExcludePunctuation", &p::BOOLEAN),
        Member::new("ExcludeUppercase", &p::BOOLEAN),
        Member::new("ExcludeLowercase", &p::BOOLEAN),
        Member::new("IncludeSpace", &p::BOOLEAN),
        Member::new("RequireEachIncludedType", &p::BOOLEAN),
    ],
);
pub static GET_RANDOM_PASSWORD_OUTPUT: Schema = Schema::structure(
    "GetRandomPasswordResponse",
    &[Member::new("RandomPassword", &RANDOM_PASSWORD_TYPE)],
);
pub static GET_RESOURCE_POLICY_INPUT: Schema = Schema::structure(
    "GetResourcePolicyRequest",
    &[
        Member::new("SecretId", &p::STRING).with(f::REQUIRED),
        Member::new("PolicyName", &p::STRING),
    ],
);
pub static GET_RESOURCE_POLICY_OUTPUT: Schema = Schema::structure(
    "GetResourcePolicyResponse",
    &[
        Member::new("ARN", &p::STRING),
        Member::new("Name", &p::STRING),
        Member::new("ResourcePolicy", &p::STRING),
        Member::new("PolicyName", &p::STRING),
    ],
);
pub static GET_SECRET_VALUE_INPUT: Schema = Schema::structure(
    "GetSecretValueRequest",
    &[
        Member::new("SecretId", &p::STRING).with(f::REQUIRED),
        Member::new("VersionId", &p::STRING),
        Member::new("VersionStage", &p::STRING),
    ],
);
pub static GET_SECRET_VALUE_OUTPUT: Schema = Schema::structure(
    "GetSecretValueResponse",
    &[
        Member::new("ARN", &p::STRING),
        Member::new("Name", &p::STRING),
        Member::new("VersionId", &p::STRING),
        Member::new("SecretBinary", &SECRET_BINARY_TYPE),
        Member::new("SecretString", &SECRET_STRING_TYPE),
        Member::new("VersionStages", &SECRET_VERSION_STAGES_TYPE),
        Member::new("CreatedDate", &p::TIMESTAMP),
    ],
);
pub static INTERNAL_SERVICE_ERROR: Schema = Schema::structure(
        "InternalServiceError",
        &[Member::new("Message", &p::STRING)],
    )
    .error("InternalServiceError", 500u16);
pub static INVALID_NEXT_TOKEN_EXCEPTION: Schema = Schema::structure(
        "InvalidNextTokenException",
        &[Member::new("Message", &p::STRING)],
    )
    .error("InvalidNextTokenException", 400u16);
pub static INVALID_PARAMETER_EXCEPTION: Schema = Schema::structure(
        "InvalidParameterException",
        &[Member::new("Message", &p::STRING)],
    )
    .error("InvalidParameterException", 400u16);
pub static INVALID_REQUEST_EXCEPTION: Schema = Schema::structure(
        "InvalidRequestException",
        &[Member::new("Message", &p::STRING)],
    )
    .error("InvalidRequestException", 400u16);
pub static KMS_KEY_ID_LIST_TYPE: Schema = Schema::list(
    "KmsKeyIdListType",
    &[Member::new("member", &p::STRING)],
);
pub static LIMIT_EXCEEDED_EXCEPTION: Schema = Schema::structure(
        "LimitExceededException",
        &[Member::new("Message", &p::STRING)],
    )
    .error("LimitExceededException", 400u16);
pub static LIST_RESOURCE_POLICIES_INPUT: Schema = Schema::structure(
    "ListResourcePoliciesRequest",
    &[
        Member::new("SecretId", &p::STRING).with(f::REQUIRED),
        Member::new("MaxResults", &p::INTEGER),
        Member::new("NextToken", &p::STRING),
    ],
);
pub static LIST_RESOURCE_POLICIES_OUTPUT: Schema = Schema::structure(
    "ListResourcePoliciesResponse",
    &[
        Member::new("ResourcePolicies", &RESOURCE_POLICY_SUMMARY_LIST_TYPE)
            .with(f::REQUIRED),
        Member::new("NextToken", &p::STRING),
    ],
);
pub static LIST_SECRET_VERSION_IDS_INPUT: Schema = Schema::structure(
    "ListSecretVersionIdsRequest",
    &[
        Member::new("SecretId", &p::STRING).with(f::REQUIRED),
        Member::new("MaxResults", &p::INTEGER),
        Member::new("NextToken", &p::STRING),
        Member::new("IncludeDeprecated", &p::BOOLEAN),
    ],
);
pub static LIST_SECRET_VERSION_IDS_OUTPUT: Schema = Schema::structure(
    "ListSecretVersionIdsResponse",
    &[
        Member::new("Versions", &SECRET_VERSIONS_LIST_TYPE),
        Member::new("NextToken", &p::STRING),
        Member::new("ARN", &p::STRING),
        Member::new("Name", &p::STRING),
    ],
);
pub static LIST_SECRETS_INPUT: Schema = Schema::structure(
    "ListSecretsRequest",
    &[
        Member::new("IncludePlannedDeletion", &p::BOOLEAN),
        Member::new("MaxResults", &p::INTEGER),
        Member::new("NextToken", &p::STRING),
        Member::new("Filters", &FILTERS_LIST_TYPE),
        Member::new("SortOrder", &p::STRING),
        Member::new("SortBy", &p::STRING),
    ],
);
pub static LIST_SECRETS_OUTPUT: Schema = Schema::structure(
    "ListSecretsResponse",
    &[Member::new("SecretList", &SECRET_LIST_TYPE), Member::new("NextToken", &p::STRING)],
);
pub static MALFORMED_POLICY_DOCUMENT_EXCEPTION: Schema = Schema::structure(
        "MalformedPolicyDocumentException",
        &[Member::new("Message", &p::STRING)],
    )
    .error("MalformedPolicyDocumentException", 400u16);
pub static PRECONDITION_NOT_MET_EXCEPTION: Schema = Schema::structure(
        "PreconditionNotMetException",
        &[Member::new("Message", &p::STRING)],
    )
    .error("PreconditionNotMetException", 400u16);
pub static PUBLIC_POLICY_EXCEPTION: Schema = Schema::structure(
        "PublicPolicyException",
        &[Member::new("Message", &p::STRING)],
    )
    .error("PublicPolicyException", 400u16);
pub static PUT_RESOURCE_POLICY_INPUT: Schema = Schema::structure(
    "PutResourcePolicyRequest",
    &[
        Member::new("SecretId", &p::STRING).with(f::REQUIRED),
        Member::new("ResourcePolicy", &p::STRING).with(f::REQUIRED),
        Member::new("PolicyName", &p::STRING),
        Member::new("BlockPublicPolicy", &p::BOOLEAN),
    ],
);
pub static PUT_RESOURCE_POLICY_OUTPUT: Schema = Schema::structure(
    "PutResourcePolicyResponse",
    &[
        Member::new("ARN", &p::STRING),
        Member::new("Name", &p::STRING),
        Member::new("PolicyName", &p::STRING),
    ],
);
pub static PUT_SECRET_VALUE_INPUT: Schema = Schema::structure(
    "PutSecretValueRequest",
    &[
        Member::new("SecretId", &p::STRING).with(f::REQUIRED),
        Member::new("ClientRequestToken", &p::STRING).with(f::IDEMPOTENCY_TOKEN),
        Member::new("SecretBinary", &SECRET_BINARY_TYPE),
        Member::new("SecretString", &SECRET_STRING_TYPE),
        Member::new("VersionStages", &SECRET_VERSION_STAGES_TYPE),
        Member::new("RotationToken", &ROTATION_TOKEN_TYPE),
    ],
);
pub static PUT_SECRET_VALUE_OUTPUT: Schema = Schema::structure(
    "PutSecretValueResponse",
    &[
        Member::new("ARN", &p::STRING),
        Member::new("Name", &p::STRING),
        Member::new("VersionId", &p::STRING),
        Member::new("VersionStages", &SECRET_VERSION_STAGES_TYPE),
    ],
);
pub static RANDOM_PASSWORD_TYPE: Schema = Schema::scalar(
        "RandomPasswordType",
        Kind::String,
    )
    .with(f::SENSITIVE);
pub static REMOVE_REGIONS_FROM_REPLICATION_INPUT: Schema = Schema::structure(
    "RemoveRegionsFromReplicationRequest",
    &[
        Member::new("SecretId", &p::STRING).with(f::REQUIRED),
        Member::new("RemoveReplicaRegions", &REMOVE_REPLICA_REGION_LIST_TYPE)
            .with(f::REQUIRED),
    ],
);
pub static REMOVE_REGIONS_FROM_REPLICATION_OUTPUT: Schema = Schema::structure(
    "RemoveRegionsFromReplicationResponse",
    &[
        Member::new("ARN", &p::STRING),
        Member::new("ReplicationStatus", &REPLICATION_STATUS_LIST_TYPE),
    ],
);
pub static REMOVE_REPLICA_REGION_LIST_TYPE: Schema = Schema::list(
    "RemoveReplicaRegionListType",
    &[Member::new("member", &p::STRING)],
);
pub static REPLICA_REGION_TYPE: Schema = Schema::structure(
    "ReplicaRegionType",
    &[Member::new("Region", &p::STRING), Member::new("KmsKeyId", &p::STRING)],
);
pub static REPLICATE_SECRET_TO_REGIONS_INPUT: Schema = Schema::structure(
    "ReplicateSecretToRegionsRequest",
    &[
        Member::new("SecretId", &p::STRING).with(f::REQUIRED),
        Member::new("AddReplicaRegions", &ADD_REPLICA_REGION_LIST_TYPE)
            .with(f::REQUIRED),
        Member::new("ForceOverwriteReplicaSecret", &p::BOOLEAN),
    ],
);
pub static REPLICATE_SECRET_TO_REGIONS_OUTPUT: Schema = Schema::structure(
    "ReplicateSecretToRegionsResponse",
    &[
        Member::new("ARN", &p::STRING),
        Member::new("ReplicationStatus", &REPLICATION_STATUS_LIST_TYPE),
    ],
);
pub static REPLICATION_STATUS_LIST_TYPE: Schema = Schema::list(
    "ReplicationStatusListType",
    &[Member::new("member", &REPLICATION_STATUS_TYPE)],
);
pub static REPLICATION_STATUS_TYPE: Schema = Schema::structure(
    "ReplicationStatusType",
    &[
        Member::new("Region", &p::STRING),
        Member::new("KmsKeyId", &p::STRING),
        Member::new("Status", &p::STRING),
        Member::new("StatusMessage", &p::STRING),
        Member::new("LastAccessedDate", &p::TIMESTAMP),
    ],
);
pub static RESOURCE_EXISTS_EXCEPTION: Schema = Schema::structure(
        "ResourceExistsException",
        &[Member::new("Message", &p::STRING)],
    )
    .error("ResourceExistsException", 400u16);
pub static RESOURCE_NOT_FOUND_EXCEPTION: Schema = Schema::structure(
        "ResourceNotFoundException",
        &[Member::new("Message", &p::STRING)],
    )
    .error("ResourceNotFoundException", 400u16);
pub static RESOURCE_POLICY_SUMMARY: Schema = Schema::structure(
    "ResourcePolicySummary",
    &[Member::new("PolicyName", &p::STRING)],
);
pub static RESOURCE_POLICY_SUMMARY_LIST_TYPE: Schema = Schema::list(
    "ResourcePolicySummaryListType",
    &[Member::new("member", &RESOURCE_POLICY_SUMMARY)],
);
pub static RESTORE_SECRET_INPUT: Schema = Schema::structure(
    "RestoreSecretRequest",
    &[Member::new("SecretId", &p::STRING).with(f::REQUIRED)],
);
pub static RESTORE_SECRET_OUTPUT: Schema = Schema::structure(
    "RestoreSecretResponse",
    &[Member::new("ARN", &p::STRING), Member::new("Name", &p::STRING)],
);
pub static ROTATE_SECRET_INPUT: Schema = Schema::structure(
    "RotateSecretRequest",
    &[
        Member::new("SecretId", &p::STRING).with(f::REQUIRED),
        Member::new("ClientRequestToken", &p::STRING).with(f::IDEMPOTENCY_TOKEN),
        Member::new("RotationLambdaARN", &p::STRING),
        Member::new("RotationRules", &ROTATION_RULES_TYPE),
        Member::new(
            "ExternalSecretRotationMetadata",
            &EXTERNAL_SECRET_ROTATION_METADATA_TYPE,
        ),
        Member::new("ExternalSecretRotationRoleArn", &p::STRING),
        Member::new("RotateImmediately", &p::BOOLEAN),
    ],
);
pub static ROTATE_SECRET_OUTPUT: Schema = Schema::structure(
    "RotateSecretResponse",
    &[
        Member::new("ARN", &p::STRING),
        Member::new("Name", &p::STRING),
        Member::new("VersionId", &p::STRING),
    ],
);
pub static ROTATION_RULES_TYPE: Schema = Schema::structure(
    "RotationRulesType",
    &[
        Member::new("AutomaticallyAfterDays", &p::LONG),
        Member::new("Duration", &p::STRING),
        Member::new("ScheduleExpression", &p::STRING),
    ],
);
pub static ROTATION_TOKEN_TYPE: Schema = Schema::scalar(
        "RotationTokenType",
        Kind::String,
    )
    .with(f::SENSITIVE);
pub static SECRET_BINARY_TYPE: Schema = Schema::scalar("SecretBinaryType", Kind::Blob)
    .with(f::SENSITIVE);
pub static SECRET_ID_LIST_TYPE: Schema = Schema::list(
    "SecretIdListType",
    &[Member::new("member", &p::STRING)],
);
pub static SECRET_LIST_ENTRY: Schema = Schema::structure(
    "SecretListEntry",
    &[
        Member::new("ARN", &p::STRING),
        Member::new("Name", &p::STRING),
        Member::new("Type", &p::STRING),
        Member::new("Description", &p::STRING),
        Member::new("KmsKeyId", &p::STRING),
        Member::new("RotationEnabled", &p::BOOLEAN),
        Member::new("RotationLambdaARN", &p::STRING),
        Member::new("RotationRules", &ROTATION_RULES_TYPE),
        Member::new(
            "ExternalSecretRotationMetadata",
            &EXTERNAL_SECRET_ROTATION_METADATA_TYPE,
        ),
        Member::new("ExternalSecretRotationRoleArn", &p::STRING),
        Member::new("LastRotatedDate", &p::TIMESTAMP),
        Member::new("LastChangedDate", &p::TIMESTAMP),
        Member::new("LastAccessedDate", &p::TIMESTAMP),
        Member::new("DeletedDate", &p::TIMESTAMP),
        Member::new("NextRotationDate", &p::TIMESTAMP),
        Member::new("Tags", &TAG_LIST_TYPE),
        Member::new("SecretVersionsToStages", &SECRET_VERSIONS_TO_STAGES_MAP_TYPE),
        Member::new("OwningService", &p::STRING),
        Member::new("CreatedDate", &p::TIMESTAMP),
        Member::new("PrimaryRegion", &p::STRING),
    ],
);
pub static SECRET_LIST_TYPE: Schema = Schema::list(
    "SecretListType",
    &[Member::new("member", &SECRET_LIST_ENTRY)],
);
pub static SECRET_STRING_TYPE: Schema = Schema::scalar("SecretStringType", Kind::String)
    .with(f::SENSITIVE);
pub static SECRET_VALUE_ENTRY: Schema = Schema::structure(
    "SecretValueEntry",
    &[
        Member::new("ARN", &p::STRING),
        Member::new("Name", &p::STRING),
        Member::new("VersionId", &p::STRING),
        Member::new("SecretBinary", &SECRET_BINARY_TYPE),
        Member::new("SecretString", &SECRET_STRING_TYPE),
        Member::new("VersionStages", &SECRET_VERSION_STAGES_TYPE),
        Member::new("CreatedDate", &p::TIMESTAMP),
    ],
);
pub static SECRET_VALUES_TYPE: Schema = Schema::list(
    "SecretValuesType",
    &[Member::new("member", &SECRET_VALUE_ENTRY)],
);
pub static SECRET_VERSION_STAGES_TYPE: Schema = Schema::list(
    "SecretVersionStagesType",
    &[Member::new("member", &p::STRING)],
);
pub static SECRET_VERSIONS_LIST_ENTRY: Schema = Schema::structure(
    "SecretVersionsListEntry",
    &[
        Member::new("VersionId", &p::STRING),
        Member::new("VersionStages", &SECRET_VERSION_STAGES_TYPE),
        Member::new("LastAccessedDate", &p::TIMESTAMP),
        Member::new("CreatedDate", &p::TIMESTAMP),
        Member::new("KmsKeyIds", &KMS_KEY_ID_LIST_TYPE),
    ],
);
pub static SECRET_VERSIONS_LIST_TYPE: Schema = Schema::list(
    "SecretVersionsListType",
    &[Member::new("member", &SECRET_VERSIONS_LIST_ENTRY)],
);
pub static SECRET_VERSIONS_TO_STAGES_MAP_TYPE: Schema = Schema::map(
    "SecretVersionsToStagesMapType",
    &[Member::new("key", &p::STRING), Member::new("value", &SECRET_VERSION_STAGES_TYPE)],
);
pub static STOP_REPLICATION_TO_REPLICA_INPUT: Schema = Schema::structure(
    "StopReplicationToReplicaRequest",
    &[Member::new("SecretId", &p::STRING).with(f::REQUIRED)],
);
pub static STOP_REPLICATION_TO_REPLICA_OUTPUT: Schema = Schema::structure(
    "StopReplicationToReplicaResponse",
    &[Member::new("ARN", &p::STRING)],
);
pub static TAG: Schema = Schema::structure(
    "Tag",
    &[Member::new("Key", &p::STRING), Member::new("Value", &p::STRING)],
);
pub static TAG_KEY_LIST_TYPE: Schema = Schema::list(
    "TagKeyListType",
    &[Member::new("member", &p::STRING)],
);
pub static TAG_LIST_TYPE: Schema = Schema::list(
    "TagListType",
    &[Member::new("member", &TAG)],
);
pub static TAG_RESOURCE_INPUT: Schema = Schema::structure(
    "TagResourceRequest",
    &[
        Member::new("SecretId", &p::STRING).with(f::REQUIRED),
        Member::new("Tags", &TAG_LIST_TYPE).with(f::REQUIRED),
    ],
);
pub static UNTAG_RESOURCE_INPUT: Schema = Schema::structure(
    "UntagResourceRequest",
    &[
        Member::new("SecretId", &p::STRING).with(f::REQUIRED),
        Member::new("TagKeys", &TAG_KEY_LIST_TYPE).with(f::REQUIRED),
    ],
);
pub static UPDATE_SECRET_INPUT: Schema = Schema::structure(
    "UpdateSecretRequest",
    &[
        Member::new("SecretId", &p::STRING).with(f::REQUIRED),
        Member::new("ClientRequestToken", &p::STRING).with(f::IDEMPOTENCY_TOKEN),
        Member::new("Description", &p::STRING),
        Member::new("KmsKeyId", &p::STRING),
        Member::new("SecretBinary", &SECRET_BINARY_TYPE),
        Member::new("SecretString", &SECRET_STRING_TYPE),
        Member::new("Type", &p::STRING),
    ],
);
pub static UPDATE_SECRET_OUTPUT: Schema = Schema::structure(
    "UpdateSecretResponse",
    &[
        Member::new("ARN", &p::STRING),
        Member::new("Name", &p::STRING),
        Member::new("VersionId", &p::STRING),
    ],
);
pub static UPDATE_SECRET_VERSION_STAGE_INPUT: Schema = Schema::structure(
    "UpdateSecretVersionStageRequest",
    &[
        Member::new("SecretId", &p::STRING).with(f::REQUIRED),
        Member::new("VersionStage", &p::STRING).with(f::REQUIRED),
        Member::new("RemoveFromVersionId", &p::STRING),
        Member::new("MoveToVersionId", &p::STRING),
    ],
);
pub static UPDATE_SECRET_VERSION_STAGE_OUTPUT: Schema = Schema::structure(
    "UpdateSecretVersionStageResponse",
    &[Member::new("ARN", &p::STRING), Member::new("Name", &p::STRING)],
);
pub static VALIDATE_RESOURCE_POLICY_INPUT: Schema = Schema::structure(
    "ValidateResourcePolicyRequest",
    &[
        Member::new("SecretId", &p::STRING),
        Member::new("ResourcePolicy", &p::STRING).with(f::REQUIRED),
    ],
);
pub static VALIDATE_RESOURCE_POLICY_OUTPUT: Schema = Schema::structure(
    "ValidateResourcePolicyResponse",
    &[
        Member::new("PolicyValidationPassed", &p::BOOLEAN),
        Member::new("ValidationErrors", &VALIDATION_ERRORS_TYPE),
    ],
);
pub static VALIDATION_ERRORS_ENTRY: Schema = Schema::structure(
    "ValidationErrorsEntry",
    &[Member::new("CheckName", &p::STRING), Member::new("ErrorMessage", &p::STRING)],
);
pub static VALIDATION_ERRORS_TYPE: Schema = Schema::list(
    "ValidationErrorsType",
    &[Member::new("member", &VALIDATION_ERRORS_ENTRY)],
);
/// Operation metadata.
pub mod ops {
    use super::*;
    pub static ASSOCIATE_CROSS_ACCOUNT_REPLICA: Operation = Operation::new(
            "AssociateCrossAccountReplica",
            "POST",
            "/",
            &super::ASSOCIATE_CROSS_ACCOUNT_REPLICA_INPUT,
            &super::ASSOCIATE_CROSS_ACCOUNT_REPLICA_OUTPUT,
        )
        .errors(
            &[
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::INVALID_REQUEST_EXCEPTION,
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INTERNAL_SERVICE_ERROR,
            ],
        );
    pub static BATCH_GET_SECRET_VALUE: Operation = Operation::new(
            "BatchGetSecretValue",
            "POST",
            "/",
            &super::BATCH_GET_SECRET_VALUE_INPUT,
            &super::BATCH_GET_SECRET_VALUE_OUTPUT,
        )
        .errors(
            &[
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::INVALID_REQUEST_EXCEPTION,
                &super::DECRYPTION_FAILURE,
                &super::INTERNAL_SERVICE_ERROR,
                &super::INVALID_NEXT_TOKEN_EXCEPTION,
            ],
        );
    pub static CANCEL_ROTATE_SECRET: Operation = Operation::new(
            "CancelRotateSecret",
            "POST",
            "/",
            &super::CANCEL_ROTATE_SECRET_INPUT,
            &super::CANCEL_ROTATE_SECRET_OUTPUT,
        )
        .errors(
            &[
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::INTERNAL_SERVICE_ERROR,
                &super::INVALID_REQUEST_EXCEPTION,
            ],
        );
    pub static CREATE_SECRET: Operation = Operation::new(
            "CreateSecret",
            "POST",
            "/",
            &super::CREATE_SECRET_INPUT,
            &super::CREATE_SECRET_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::INVALID_REQUEST_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::ENCRYPTION_FAILURE,
                &super::RESOURCE_EXISTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::MALFORMED_POLICY_DOCUMENT_EXCEPTION,
                &super::INTERNAL_SERVICE_ERROR,
                &super::PRECONDITION_NOT_MET_EXCEPTION,
                &super::DECRYPTION_FAILURE,
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
                &super::INTERNAL_SERVICE_ERROR,
                &super::INVALID_REQUEST_EXCEPTION,
                &super::INVALID_PARAMETER_EXCEPTION,
            ],
        );
    pub static DELETE_SECRET: Operation = Operation::new(
            "DeleteSecret",
            "POST",
            "/",
            &super::DELETE_SECRET_INPUT,
            &super::DELETE_SECRET_OUTPUT,
        )
        .errors(
            &[
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::INVALID_REQUEST_EXCEPTION,
                &super::INTERNAL_SERVICE_ERROR,
            ],
        );
    pub static DESCRIBE_SECRET: Operation = Operation::new(
            "DescribeSecret",
            "POST",
            "/",
            &super::DESCRIBE_SECRET_INPUT,
            &super::DESCRIBE_SECRET_OUTPUT,
        )
        .errors(
            &[
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::INTERNAL_SERVICE_ERROR,
                &super::INVALID_PARAMETER_EXCEPTION,
            ],
        );
    pub static DISASSOCIATE_CROSS_ACCOUNT_REPLICA: Operation = Operation::new(
            "DisassociateCrossAccountReplica",
            "POST",
            "/",
            &super::DISASSOCIATE_CROSS_ACCOUNT_REPLICA_INPUT,
            &super::DISASSOCIATE_CROSS_ACCOUNT_REPLICA_OUTPUT,
        )
        .errors(
            &[
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::INVALID_REQUEST_EXCEPTION,
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::INTERNAL_SERVICE_ERROR,
            ],
        );
    pub static GET_RANDOM_PASSWORD: Operation = Operation::new(
            "GetRandomPassword",
            "POST",
            "/",
            &super::GET_RANDOM_PASSWORD_INPUT,
            &super::GET_RANDOM_PASSWORD_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::INVALID_REQUEST_EXCEPTION,
                &super::INTERNAL_SERVICE_ERROR,
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
                &super::INTERNAL_SERVICE_ERROR,
                &super::INVALID_REQUEST_EXCEPTION,
                &super::INVALID_PARAMETER_EXCEPTION,
            ],
        );
    pub static GET_SECRET_VALUE: Operation = Operation::new(
            "GetSecretValue",
            "POST",
            "/",
            &super::GET_SECRET_VALUE_INPUT,
            &super::GET_SECRET_VALUE_OUTPUT,
        )
        .errors(
            &[
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::INVALID_REQUEST_EXCEPTION,
                &super::DECRYPTION_FAILURE,
                &super::INTERNAL_SERVICE_ERROR,
            ],
        );
    pub static LIST_RESOURCE_POLICIES: Operation = Operation::new(
            "ListResourcePolicies",
            "POST",
            "/",
            &super::LIST_RESOURCE_POLICIES_INPUT,
            &super::LIST_RESOURCE_POLICIES_OUTPUT,
        )
        .errors(
            &[
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::INVALID_NEXT_TOKEN_EXCEPTION,
                &super::INTERNAL_SERVICE_ERROR,
                &super::INVALID_REQUEST_EXCEPTION,
                &super::INVALID_PARAMETER_EXCEPTION,
            ],
        );
    pub static LIST_SECRET_VERSION_IDS: Operation = Operation::new(
            "ListSecretVersionIds",
            "POST",
            "/",
            &super::LIST_SECRET_VERSION_IDS_INPUT,
            &super::LIST_SECRET_VERSION_IDS_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_NEXT_TOKEN_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::INTERNAL_SERVICE_ERROR,
                &super::INVALID_PARAMETER_EXCEPTION,
            ],
        );
    pub static LIST_SECRETS: Operation = Operation::new(
            "ListSecrets",
            "POST",
            "/",
            &super::LIST_SECRETS_INPUT,
            &super::LIST_SECRETS_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::INVALID_REQUEST_EXCEPTION,
                &super::INVALID_NEXT_TOKEN_EXCEPTION,
                &super::INTERNAL_SERVICE_ERROR,
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
                &super::MALFORMED_POLICY_DOCUMENT_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::INTERNAL_SERVICE_ERROR,
                &super::INVALID_REQUEST_EXCEPTION,
                &super::PUBLIC_POLICY_EXCEPTION,
            ],
        );
    pub static PUT_SECRET_VALUE: Operation = Operation::new(
            "PutSecretValue",
            "POST",
            "/",
            &super::PUT_SECRET_VALUE_INPUT,
            &super::PUT_SECRET_VALUE_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::INVALID_REQUEST_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::ENCRYPTION_FAILURE,
                &super::RESOURCE_EXISTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::INTERNAL_SERVICE_ERROR,
                &super::DECRYPTION_FAILURE,
            ],
        );
    pub static REMOVE_REGIONS_FROM_REPLICATION: Operation = Operation::new(
            "RemoveRegionsFromReplication",
            "POST",
            "/",
            &super::REMOVE_REGIONS_FROM_REPLICATION_INPUT,
            &super::REMOVE_REGIONS_FROM_REPLICATION_OUTPUT,
        )
        .errors(
            &[
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::INVALID_REQUEST_EXCEPTION,
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::INTERNAL_SERVICE_ERROR,
            ],
        );
    pub static REPLICATE_SECRET_TO_REGIONS: Operation = Operation::new(
            "ReplicateSecretToRegions",
            "POST",
            "/",
            &super::REPLICATE_SECRET_TO_REGIONS_INPUT,
            &super::REPLICATE_SECRET_TO_REGIONS_OUTPUT,
        )
        .errors(
            &[
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::INVALID_REQUEST_EXCEPTION,
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::INTERNAL_SERVICE_ERROR,
            ],
        );
    pub static RESTORE_SECRET: Operation = Operation::new(
            "RestoreSecret",
            "POST",
            "/",
            &super::RESTORE_SECRET_INPUT,
            &super::RESTORE_SECRET_OUTPUT,
        )
        .errors(
            &[
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::INVALID_REQUEST_EXCEPTION,
                &super::INTERNAL_SERVICE_ERROR,
            ],
        );
    pub static ROTATE_SECRET: Operation = Operation::new(
            "RotateSecret",
            "POST",
            "/",
            &super::ROTATE_SECRET_INPUT,
            &super::ROTATE_SECRET_OUTPUT,
        )
        .errors(
            &[
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::INTERNAL_SERVICE_ERROR,
                &super::INVALID_REQUEST_EXCEPTION,
            ],
        );
    pub static STOP_REPLICATION_TO_REPLICA: Operation = Operation::new(
            "StopReplicationToReplica",
            "POST",
            "/",
            &super::STOP_REPLICATION_TO_REPLICA_INPUT,
            &super::STOP_REPLICATION_TO_REPLICA_OUTPUT,
        )
        .errors(
            &[
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::INVALID_REQUEST_EXCEPTION,
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::INTERNAL_SERVICE_ERROR,
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
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::INVALID_REQUEST_EXCEPTION,
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::INTERNAL_SERVICE_ERROR,
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
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::INVALID_REQUEST_EXCEPTION,
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::INTERNAL_SERVICE_ERROR,
            ],
        );
    pub static UPDATE_SECRET: Operation = Operation::new(
            "UpdateSecret",
            "POST",
            "/",
            &super::UPDATE_SECRET_INPUT,
            &super::UPDATE_SECRET_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::INVALID_REQUEST_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::ENCRYPTION_FAILURE,
                &super::RESOURCE_EXISTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::MALFORMED_POLICY_DOCUMENT_EXCEPTION,
                &super::INTERNAL_SERVICE_ERROR,
                &super::PRECONDITION_NOT_MET_EXCEPTION,
                &super::DECRYPTION_FAILURE,
            ],
        );
    pub static UPDATE_SECRET_VERSION_STAGE: Operation = Operation::new(
            "UpdateSecretVersionStage",
            "POST",
            "/",
            &super::UPDATE_SECRET_VERSION_STAGE_INPUT,
            &super::UPDATE_SECRET_VERSION_STAGE_OUTPUT,
        )
        .errors(
            &[
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::INVALID_REQUEST_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INTERNAL_SERVICE_ERROR,
            ],
        );
    pub static VALIDATE_RESOURCE_POLICY: Operation = Operation::new(
            "ValidateResourcePolicy",
            "POST",
            "/",
            &super::VALIDATE_RESOURCE_POLICY_INPUT,
            &super::VALIDATE_RESOURCE_POLICY_OUTPUT,
        )
        .errors(
            &[
                &super::MALFORMED_POLICY_DOCUMENT_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::INTERNAL_SERVICE_ERROR,
                &super::INVALID_REQUEST_EXCEPTION,
            ],
        );
    /// Every operation, by model name order.
    pub static ALL: &[&Operation] = &[
        &ASSOCIATE_CROSS_ACCOUNT_REPLICA,
        &BATCH_GET_SECRET_VALUE,
        &CANCEL_ROTATE_SECRET,
        &CREATE_SECRET,
        &DELETE_RESOURCE_POLICY,
        &DELETE_SECRET,
        &DESCRIBE_SECRET,
        &DISASSOCIATE_CROSS_ACCOUNT_REPLICA,
        &GET_RANDOM_PASSWORD,
        &GET_RESOURCE_POLICY,
        &GET_SECRET_VALUE,
        &LIST_RESOURCE_POLICIES,
        &LIST_SECRET_VERSION_IDS,
        &LIST_SECRETS,
        &PUT_RESOURCE_POLICY,
        &PUT_SECRET_VALUE,
        &REMOVE_REGIONS_FROM_REPLICATION,
        &REPLICATE_SECRET_TO_REGIONS,
        &RESTORE_SECRET,
        &ROTATE_SECRET,
        &STOP_REPLICATION_TO_REPLICA,
        &TAG_RESOURCE,
        &UNTAG_RESOURCE,
        &UPDATE_SECRET,
        &UPDATE_SECRET_VERSION_STAGE,
        &VALIDATE_RESOURCE_POLICY,
    ];
}
/// The service's paginators (`paginators-1.json`).
pub mod paginators {
    use kumo_runtime::paginate::PaginatorSpec;
    pub static LIST_RESOURCE_POLICIES: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_RESOURCE_POLICIES,
        input_token: &["NextToken"],
        output_token: &["NextToken"],
        limit_key: Some("MaxResults"),
        more_results: None,
        result_key: &["ResourcePolicies"],
    };
    pub static LIST_SECRETS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_SECRETS,
        input_token: &["NextToken"],
        output_token: &["NextToken"],
        limit_key: Some("MaxResults"),
        more_results: None,
        result_key: &["SecretList"],
    };
}

//! The service's shapes: structures, unions and enums.
#![allow(
    unused_imports,
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items
)]
use kumo_runtime as rt;
use super::schemas::*;
/// The error Secrets Manager encountered while retrieving an individual secret as part of BatchGetSecretValue.
#[derive(Clone, Default, PartialEq)]
pub struct ApiErrorType {
    /// The ARN or name of the secret.
    pub secret_id: Option<String>,
    /// The error Secrets Manager encountered while retrieving an individual secret as part of BatchGetSecretValue, for example `ResourceNotFoundException`,`InvalidParameterException`, `InvalidRequestException`, `DecryptionFailure`, or `AccessDeniedException`.
    pub error_code: Option<String>,
    /// A message describing the error.
    pub message: Option<String>,
}
rt::structure!(ApiErrorType, API_ERROR_TYPE, [secret_id, error_code, message]);
#[derive(Clone, Default, PartialEq)]
pub struct AssociateCrossAccountReplicaInput {
    /// The ARN or name of the primary secret in your account to replicate.
    ///
    /// For an ARN, we recommend that you specify a complete ARN rather than a partial ARN. See [Finding a secret from a partial ARN](https://docs.aws.amazon.com/secretsmanager/latest/userguide/troubleshoot.html#ARN_secretnamehyphen).
    pub secret_id: String,
    /// The ARN of the replica secret in the other Amazon Web Services account. The replica secret must be in the same Region and partition as the primary secret. Additionally, the replica account owner must have created the replica secret as a cross-account replica of the primary secret. For more information see CreateSecret.
    pub cross_account_replica_arn: String,
    /// Whether the replica account must belong to the same Amazon Web Services organization as the primary account:
    ///
    /// - `SameOrg`, which requires the replica account to be in the same organization as the primary account. This is the default.
    ///
    /// - `NoRestriction`, which allows the replica account to be in any organization.
    pub replica_restriction: Option<ReplicaRestrictionType>,
    /// The ARN of an IAM role in the primary account that Secrets Manager assumes to perform replication. If you don't include this field, Secrets Manager replicates using the credentials of caller who updates the primary secret. For more information, see [ Cross-account replication permissions](https://docs.aws.amazon.com/secretsmanager/latest/userguide/cross-account-replicate-permissions.html).
    pub replication_role_arn: Option<String>,
}
rt::structure!(
    AssociateCrossAccountReplicaInput, ASSOCIATE_CROSS_ACCOUNT_REPLICA_INPUT, [secret_id,
    cross_account_replica_arn, replica_restriction, replication_role_arn]
);
#[derive(Clone, Default, PartialEq)]
pub struct AssociateCrossAccountReplicaOutput {
    /// The ARN of the primary secret.
    pub arn: Option<String>,
    /// The ARN of the replica secret in the other account.
    pub cross_account_replica_arn: Option<String>,
    /// The status of replication to the replica secret. Possible values:
    ///
    /// - `InSync`, which indicates that replication to the replica completed successfully and the replica is up to date.
    ///
    /// - `Failed`, which indicates that replication to the replica did not succeed.
    ///
    /// - `InProgress`, which indicates that Secrets Manager is replicating to the replica.
    ///
    /// - `Pending`, which indicates that replication has not yet started.
    ///
    /// - `Detached`, which indicates that primary secret is no longer linked to the replica secret.
    pub replication_status: Option<StatusType>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    AssociateCrossAccountReplicaOutput, ASSOCIATE_CROSS_ACCOUNT_REPLICA_OUTPUT, [arn,
    cross_account_replica_arn, replication_status], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct BatchGetSecretValueInput {
    /// The ARN or names of the secrets to retrieve. You must include `Filters` or `SecretIdList`, but not both.
    pub secret_id_list: Option<Vec<String>>,
    /// The filters to choose which secrets to retrieve. You must include `Filters` or `SecretIdList`, but not both.
    pub filters: Option<Vec<Filter>>,
    /// The number of results to include in the response.
    ///
    /// If there are more results available, in the response, Secrets Manager includes `NextToken`. To get the next results, call `BatchGetSecretValue` again with the value from `NextToken`. To use this parameter, you must also use the `Filters` parameter.
    pub max_results: Option<i32>,
    /// A token that indicates where the output should continue from, if a previous call did not show all results. To get the next results, call `BatchGetSecretValue` again with this value.
    pub next_token: Option<String>,
}
rt::structure!(
    BatchGetSecretValueInput, BATCH_GET_SECRET_VALUE_INPUT, [secret_id_list, filters,
    max_results, next_token]
);
#[derive(Clone, Default, PartialEq)]
pub struct BatchGetSecretValueOutput {
    /// A list of secret values.
    pub secret_values: Option<Vec<SecretValueEntry>>,
    /// Secrets Manager includes this value if there's more output available than what is included in the current response. This can occur even when the response includes no values at all, such as when you ask for a filtered view of a long list. To get the next results, call `BatchGetSecretValue` again with this value.
    pub next_token: Option<String>,
    /// A list of errors Secrets Manager encountered while attempting to retrieve individual secrets.
    pub errors: Option<Vec<ApiErrorType>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    BatchGetSecretValueOutput, BATCH_GET_SECRET_VALUE_OUTPUT, [secret_values, next_token,
    errors], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct CancelRotateSecretInput {
    /// The ARN or name of the secret.
    ///
    /// For an ARN, we recommend that you specify a complete ARN rather than a partial ARN. See [Finding a secret from a partial ARN](https://docs.aws.amazon.com/secretsmanager/latest/userguide/troubleshoot.html#ARN_secretnamehyphen).
    pub secret_id: String,
}
rt::structure!(CancelRotateSecretInput, CANCEL_ROTATE_SECRET_INPUT, [secret_id]);
#[derive(Clone, Default, PartialEq)]
pub struct CancelRotateSecretOutput {
    /// The ARN of the secret.
    pub arn: Option<String>,
    /// The name of the secret.
    pub name: Option<String>,
    /// The unique identifier of the version of the secret created during the rotation. This version might not be complete, and should be evaluated for possible deletion. We recommend that you remove the `VersionStage` value `AWSPENDING` from this version so that Secrets Manager can delete it. Failing to clean up a cancelled rotation can block you from starting future rotations.
    pub version_id: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CancelRotateSecretOutput, CANCEL_ROTATE_SECRET_OUTPUT, [arn, name, version_id], meta
    = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateSecretInput {
    /// The name of the new secret.
    ///
    /// The secret name can contain ASCII letters, numbers, and the following characters: /\_+=.@-
    ///
    /// Do not end your secret name with a hyphen followed by six characters. If you do so, you risk confusion and unexpected results when searching for a secret by partial ARN. Secrets Manager automatically adds a hyphen and six random characters after the secret name at the end of the ARN.
    pub name: String,
    /// If you include `SecretString` or `SecretBinary`, then Secrets Manager creates an initial version for the secret, and this parameter specifies the unique identifier for the new version.
    ///
    /// If you use the Amazon Web Services CLI or one of the Amazon Web Services SDKs to call this operation, then you can leave this parameter empty. The CLI or SDK generates a random UUID for you and includes it as the value for this parameter in the request.
    ///
    /// If you generate a raw HTTP request to the Secrets Manager service endpoint, then you must generate a `ClientRequestToken` and include it in the request.
    ///
    /// This value helps ensure idempotency. Secrets Manager uses this value to prevent the accidental creation of duplicate versions if there are failures and retries during a rotation. We recommend that you generate a [UUID-type](https://wikipedia.org/wiki/Universally_unique_identifier) value to ensure uniqueness of your versions within the specified secret.
    ///
    /// - If the `ClientRequestToken` value isn't already associated with a version of the secret then a new version of the secret is created.
    ///
    /// - If a version with this value already exists and the version `SecretString` and `SecretBinary` values are the same as those in the request, then the request is ignored.
    ///
    /// - If a version with this value already exists and that version's `SecretString` and `SecretBinary` values are different from those in the request, then the request fails because you cannot modify an existing version. Instead, use PutSecretValue to create a new version.
    ///
    /// This value becomes the `VersionId` of the new version.
    pub client_request_token: Option<String>,
    /// The description of the secret.
    pub description: Option<String>,
    /// The ARN, key ID, or alias of the KMS key that Secrets Manager uses to encrypt the secret value in the secret. An alias is always prefixed by `alias/`, for example `alias/aws/secretsmanager`. For more information, see [About aliases](https://docs.aws.amazon.com/kms/latest/developerguide/alias-about.html).
    ///
    /// To use a KMS key in a different account, use the key ARN or the alias ARN.
    ///
    /// If you don't specify this value, then Secrets Manager uses the key `aws/secretsmanager`. If that key doesn't yet exist, then Secrets Manager creates it for you automatically the first time it encrypts the secret value.
    ///
    /// If the secret is in a different Amazon Web Services account from the credentials calling the API, then you can't use `aws/secretsmanager` to encrypt the secret, and you must create and use a customer managed KMS key.
    pub kms_key_id: Option<String>,
    /// The binary data to encrypt and store in the new version of the secret. We recommend that you store your binary data in a file and then pass the contents of the file as a parameter.
    ///
    /// Either `SecretString` or `SecretBinary` must have a value, but not both.
    ///
    /// This parameter is not available in the Secrets Manager console.
    ///
    /// Sensitive: This field contains sensitive information, so the service does not include it in CloudTrail log entries. If you create your own log entries, you must also avoid logging the information in this field.
    pub secret_binary: Option<Vec<u8>>,
    /// The text data to encrypt and store in this new version of the secret. We recommend you use a JSON structure of key/value pairs for your secret value.
    ///
    /// Either `SecretString` or `SecretBinary` must have a value, but not both.
    ///
    /// If you create a secret by using the Secrets Manager console then Secrets Manager puts the protected secret text in only the `SecretString` parameter. The Secrets Manager console stores the information as a JSON structure of key/value pairs that a Lambda rotation function can parse.
    ///
    /// Sensitive: This field contains sensitive information, so the service does not include it in CloudTrail log entries. If you create your own log entries, you must also avoid logging the information in this field.
    pub secret_string: Option<String>,
    /// A list of tags to attach to the secret. Each tag is a key and value pair of strings in a JSON text string, for example:
    ///
    /// `\[{"Key":"CostCenter","Value":"12345"},{"Key":"environment","Value":"production"}\]`
    ///
    /// Secrets Manager tag key names are case sensitive. A tag with the key "ABC" is a different tag from one with key "abc".
    ///
    /// If you check tags in permissions policies as part of your security strategy, then adding or removing a tag can change permissions. If the completion of this operation would result in you losing your permissions for this secret, then Secrets Manager blocks the operation and returns an `Access Denied` error. For more information, see [Control access to secrets using tags](https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_examples.html#tag-secrets-abac) and [Limit access to identities with tags that match secrets' tags](https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_examples.html#auth-and-access_tags2).
    ///
    /// For information about how to format a JSON parameter for the various command line tool environments, see [Using JSON for Parameters](https://docs.aws.amazon.com/cli/latest/userguide/cli-using-param.html#cli-using-param-json). If your command-line tool or SDK requires quotation marks around the parameter, you should use single quotes to avoid confusion with the double quotes required in the JSON text.
    ///
    /// For tag quotas and naming restrictions, see [Service quotas for Tagging](https://docs.aws.amazon.com/general/latest/gr/arg.html#taged-reference-quotas) in the *Amazon Web Services General Reference guide*.
    pub tags: Option<Vec<Tag>>,
    /// A list of Regions and KMS keys to replicate secrets.
    pub add_replica_regions: Option<Vec<ReplicaRegionType>>,
    /// Specifies whether to overwrite a secret with the same name in the destination Region. By default, secrets aren't overwritten.
    pub force_overwrite_replica_secret: Option<bool>,
    /// The exact string that identifies the partner that holds the external secret. For more information, see [Using Secrets Manager managed external secrets](https://docs.aws.amazon.com/secretsmanager/latest/userguide/managed-external-secrets.html).
    pub r#type: Option<String>,
    /// The ARN of a primary secret in another Amazon Web Services account. Include this field to create a cross-account replica secret that receives replicated data from that primary secret. The primary secret must be in the same Amazon Web Services Region and partition as the replica, and you must specify a customer managed KMS key in `KmsKeyId`. You can't include `SecretString`, `SecretBinary`, `Description`, `AddReplicaRegions`, or `Type`.
    pub cross_account_primary_arn: Option<String>,
}
rt::structure!(
    CreateSecretInput, CREATE_SECRET_INPUT, [name, client_request_token, description,
    kms_key_id, secret_binary, secret_string, tags, add_replica_regions,
    force_overwrite_replica_secret, r#type, cross_account_primary_arn]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateSecretOutput {
    /// The ARN of the new secret. The ARN includes the name of the secret followed by six random characters. This ensures that if you create a new secret with the same name as a deleted secret, then users with access to the old secret don't get access to the new secret because the ARNs are different.
    pub arn: Option<String>,
    /// The name of the new secret.
    pub name: Option<String>,
    /// The unique identifier associated with the version of the new secret.
    pub version_id: Option<String>,
    /// A list of the replicas of this secret and their status:
    ///
    /// - `Failed`, which indicates that the replica was not created.
    ///
    /// - `InProgress`, which indicates that Secrets Manager is in the process of creating the replica.
    ///
    /// - `InSync`, which indicates that the replica was created.
    pub replication_status: Option<Vec<ReplicationStatusType>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateSecretOutput, CREATE_SECRET_OUTPUT, [arn, name, version_id,
    replication_status], meta = response_metadata
);
/// Contains information about the primary secret that a cross-account replica secret replicates from, including its ARN and replication status. This information is only available for cross-account replica secrets.
#[derive(Clone, Default, PartialEq)]
pub struct CrossAccountPrimaryType {
    /// The ARN of the primary secret replicating into this replica secret.
    pub primary_secret_arn: Option<String>,
    /// The status of replication from the primary secret to this replica. The status can be:
    ///
    /// - `InSync`: Replication to the replica secret is complete.
    ///
    /// - `Failed`: Replication to the replica secret was unable to be completed.
    ///
    /// - `InProgress`: Replication to the replica secret has started but is not complete.
    ///
    /// - `Pending`: Replication has not yet started for the replica secret.
    ///
    /// - `Detached`: Replication to the replica secret was stopped by the primary.
    pub replication_status: Option<StatusType>,
    /// A message that describes the replication status, if Secrets Manager has more information to provide.
    pub status_message: Option<String>,
}
rt::structure!(
    CrossAccountPrimaryType, CROSS_ACCOUNT_PRIMARY_TYPE, [primary_secret_arn,
    replication_status, status_message]
);
/// Information about a cross-account replica secret. This information is only available for cross-account primary secrets.
#[derive(Clone, Default, PartialEq)]
pub struct CrossAccountReplicaEntry {
    /// The ARN of the replica secret.
    pub replica_secret_arn: Option<String>,
    /// The ARN of the IAM role that Secrets Manager assumes to replicate to this replica, if one was specified when the replica was associated.
    pub replication_role_arn: Option<String>,
    /// The status of replication from this primary secret. The status can be:
    ///
    /// - `InSync`: Replication from the primary secret is complete.
    ///
    /// - `Failed`: Replication from the primary secret was unable to be completed.
    ///
    /// - `InProgress`: Replication from the primary secret has started but is not complete.
    ///
    /// - `Detached`: Replication from the primary secret was stopped by the replica.
    pub replication_status: Option<StatusType>,
    /// A message that describes the replication status, if Secrets Manager has more information to provide.
    pub status_message: Option<String>,
}
rt::structure!(
    CrossAccountReplicaEntry, CROSS_ACCOUNT_REPLICA_ENTRY, [replica_secret_arn,
    replication_role_arn, replication_status, status_message]
);
/// Secrets Manager can't decrypt the protected secret text using the provided KMS key.
#[derive(Clone, Default, PartialEq)]
pub struct DecryptionFailure {
    pub message: Option<String>,
}
rt::structure!(DecryptionFailure, DECRYPTION_FAILURE, [message]);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteResourcePolicyInput {
    /// The ARN or name of the secret to delete the attached resource-based policy for.
    ///
    /// For an ARN, we recommend that you specify a complete ARN rather than a partial ARN. See [Finding a secret from a partial ARN](https://docs.aws.amazon.com/secretsmanager/latest/userguide/troubleshoot.html#ARN_secretnamehyphen).
    pub secret_id: String,
    /// The name of the resource policy to delete. If you don't specify this field, Secrets Manager uses `default`. You can only delete the `default` policy; if you specify any other name, the operation returns an `InvalidParameterException`.
    pub policy_name: Option<String>,
}
rt::structure!(
    DeleteResourcePolicyInput, DELETE_RESOURCE_POLICY_INPUT, [secret_id, policy_name]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteResourcePolicyOutput {
    /// The ARN of the secret that the resource-based policy was deleted for.
    pub arn: Option<String>,
    /// The name of the secret that the resource-based policy was deleted for.
    pub name: Option<String>,
    /// The name of the deleted resource policy. If you didn't specify `PolicyName` in the request, this is `default`.
    pub policy_name: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DeleteResourcePolicyOutput, DELETE_RESOURCE_POLICY_OUTPUT, [arn, name, policy_name],
    meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteSecretInput {
    /// The ARN or name of the secret to delete.
    ///
    /// For an ARN, we recommend that you specify a complete ARN rather than a partial ARN. See [Finding a secret from a partial ARN](https://docs.aws.amazon.com/secretsmanager/latest/userguide/troubleshoot.html#ARN_secretnamehyphen).
    pub secret_id: String,
    /// The number of days from 7 to 30 that Secrets Manager waits before permanently deleting the secret. You can't use both this parameter and `ForceDeleteWithoutRecovery` in the same call. If you don't use either, then by default Secrets Manager uses a 30 day recovery window.
    pub recovery_window_in_days: Option<i64>,
    /// Specifies whether to delete the secret without any recovery window. You can't use both this parameter and `RecoveryWindowInDays` in the same call. If you don't use either, then by default Secrets Manager uses a 30 day recovery window.
    ///
    /// Secrets Manager performs the actual deletion with an asynchronous background process, so there might be a short delay before the secret is permanently deleted. If you delete a secret and then immediately create a secret with the same name, use appropriate back off and retry logic.
    ///
    /// If you forcibly delete an already deleted or nonexistent secret, the operation does not return `ResourceNotFoundException`.
    ///
    /// Use this parameter with caution. This parameter causes the operation to skip the normal recovery window before the permanent deletion that Secrets Manager would normally impose with the `RecoveryWindowInDays` parameter. If you delete a secret with the `ForceDeleteWithoutRecovery` parameter, then you have no opportunity to recover the secret. You lose the secret permanently.
    pub force_delete_without_recovery: Option<bool>,
}
rt::structure!(
    DeleteSecretInput, DELETE_SECRET_INPUT, [secret_id, recovery_window_in_days,
    force_delete_without_recovery]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteSecretOutput {
    /// The ARN of the secret.
    pub arn: Option<String>,
    /// The name of the secret.
    pub name: Option<String>,
    /// The date and time after which this secret Secrets Manager can permanently delete this secret, and it can no longer be restored. This value is the date and time of the delete request plus the number of days in `RecoveryWindowInDays`.
    pub deletion_date: Option<rt::DateTime>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DeleteSecretOutput, DELETE_SECRET_OUTPUT, [arn, name, deletion_date], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeSecretInput {
    /// The ARN or name of the secret.
    ///
    /// For an ARN, we recommend that you specify a complete ARN rather than a partial ARN. See [Finding a secret from a partial ARN](https://docs.aws.amazon.com/secretsmanager/latest/userguide/troubleshoot.html#ARN_secretnamehyphen).
    pub secret_id: String,
}
rt::structure!(DescribeSecretInput, DESCRIBE_SECRET_INPUT, [secret_id]);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeSecretOutput {
    /// The ARN of the secret.
    pub arn: Option<String>,
    /// The name of the secret.
    pub name: Option<String>,
    /// The exact string that identifies the partner that holds the external secret. For more information, see [Using Secrets Manager managed external secrets](https://docs.aws.amazon.com/secretsmanager/latest/userguide/managed-external-secrets.html).
    pub r#type: Option<String>,
    /// The description of the secret.
    pub description: Option<String>,
    /// The key ID or alias ARN of the KMS key that Secrets Manager uses to encrypt the secret value. If the secret is encrypted with the Amazon Web Services managed key `aws/secretsmanager`, this field is omitted. Secrets created using the console use an KMS key ID.
    pub kms_key_id: Option<String>,
    /// Specifies whether automatic rotation is turned on for this secret. If the secret has never been configured for rotation, Secrets Manager returns null.
    ///
    /// To turn on rotation, use RotateSecret. To turn off rotation, use CancelRotateSecret.
    pub rotation_enabled: Option<bool>,
    /// The ARN of the Lambda function that Secrets Manager invokes to rotate the secret.
    pub rotation_lambda_arn: Option<String>,
    /// The rotation schedule and Lambda function for this secret. If the secret previously had rotation turned on, but it is now turned off, this field shows the previous rotation schedule and rotation function. If the secret never had rotation turned on, this field is omitted.
    pub rotation_rules: Option<RotationRulesType>,
    /// The metadata needed to successfully rotate a managed external secret. A list of key value pairs in JSON format specified by the partner. For more information about the required information, see [Managed external secrets partners](https://docs.aws.amazon.com/secretsmanager/latest/userguide/mes-partners.html).
    pub external_secret_rotation_metadata: Option<
        Vec<ExternalSecretRotationMetadataItem>,
    >,
    /// The Amazon Resource Name (ARN) of the role that allows Secrets Manager to rotate a secret held by a third-party partner. For more information, see [Security and permissions](https://docs.aws.amazon.com/secretsmanager/latest/userguide/mes-security.html).
    pub external_secret_rotation_role_arn: Option<String>,
    /// The last date and time that Secrets Manager rotated the secret. If the secret isn't configured for rotation or rotation has been disabled, Secrets Manager returns null.
    pub last_rotated_date: Option<rt::DateTime>,
    /// The last date and time that this secret was modified in any way.
    pub last_changed_date: Option<rt::DateTime>,
    /// The date that the secret was last accessed in the Region. This field is omitted if the secret has never been retrieved in the Region.
    pub last_accessed_date: Option<rt::DateTime>,
    /// The date the secret is scheduled for deletion. If it is not scheduled for deletion, this field is omitted. When you delete a secret, Secrets Manager requires a recovery window of at least 7 days before deleting the secret. Some time after the deleted date, Secrets Manager deletes the secret, including all of its versions.
    ///
    /// If a secret is scheduled for deletion, then its details, including the encrypted secret value, is not accessible. To cancel a scheduled deletion and restore access to the secret, use RestoreSecret.
    pub deleted_date: Option<rt::DateTime>,
    /// The next rotation is scheduled to occur on or before this date. If the secret isn't configured for rotation or rotation has been disabled, Secrets Manager returns null. If rotation fails, Secrets Manager retries the entire rotation process multiple times. If rotation is unsuccessful, this date may be in the past.
    ///
    /// This date represents the latest date that rotation will occur, but it is not an approximate rotation date. In some cases, for example if you turn off automatic rotation and then turn it back on, the next rotation may occur much sooner than this date.
    pub next_rotation_date: Option<rt::DateTime>,
    /// The list of tags attached to the secret. To add tags to a secret, use TagResource. To remove tags, use UntagResource.
    pub tags: Option<Vec<Tag>>,
    /// A list of the versions of the secret that have staging labels attached. Versions that don't have staging labels are considered deprecated and Secrets Manager can delete them.
    ///
    /// Secrets Manager uses staging labels to indicate the status of a secret version during rotation. The three staging labels for rotation are:
    ///
    /// - `AWSCURRENT`, which indicates the current version of the secret.
    ///
    /// - `AWSPENDING`, which indicates the version of the secret that contains new secret information that will become the next current version when rotation finishes.
    ///
    /// During rotation, Secrets Manager creates an `AWSPENDING` version ID before creating the new secret version. To check if a secret version exists, call GetSecretValue.
    ///
    /// - `AWSPREVIOUS`, which indicates the previous current version of the secret. You can use this as the *last known good* version.
    ///
    /// For more information about rotation and staging labels, see [How rotation works](https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_how.html).
    pub version_ids_to_stages: Option<rt::IndexMap<String, Vec<String>>>,
    /// The ID of the service that created this secret. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
    pub owning_service: Option<String>,
    /// The date the secret was created.
    pub created_date: Option<rt::DateTime>,
    /// The Region the secret is in. If a secret is replicated to other Regions, the replicas are listed in `ReplicationStatus`.
    pub primary_region: Option<String>,
    /// A list of the replicas of this secret and their status:
    ///
    /// - `Failed`, which indicates that the replica was not created.
    ///
    /// - `InProgress`, which indicates that Secrets Manager is in the process of creating the replica.
    ///
    /// - `InSync`, which indicates that the replica was created.
    pub replication_status: Option<Vec<ReplicationStatusType>>,
    /// Information about the primary secret in the other Amazon Web Services account that this cross-account replica secret replicates from, including the primary secret ARN and the replication status. This field is omitted if the secret is not a cross-account replica.
    pub cross_account_primary: Option<CrossAccountPrimaryType>,
    /// A list of this secret's cross-account replica secrets and their replication status, if this secret is the primary for cross-account replication. This field is omitted if the secret has no cross-account replicas.
    pub cross_account_replicas: Option<Vec<CrossAccountReplicaEntry>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeSecretOutput, DESCRIBE_SECRET_OUTPUT, [arn, name, r#type, description,
    kms_key_id, rotation_enabled, rotation_lambda_arn, rotation_rules,
    external_secret_rotation_metadata, external_secret_rotation_role_arn,
    last_rotated_date, last_changed_date, last_accessed_date, deleted_date,
    next_rotation_date, tags, version_ids_to_stages, owning_service, created_date,
    primary_region, replication_status, cross_account_primary, cross_account_replicas],
    meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DisassociateCrossAccountReplicaInput {
    /// The ARN or name of the primary secret in your account.
    ///
    /// For an ARN, we recommend that you specify a complete ARN rather than a partial ARN. See [Finding a secret from a partial ARN](https://docs.aws.amazon.com/secretsmanager/latest/userguide/troubleshoot.html#ARN_secretnamehyphen).
    pub secret_id: String,
    /// The ARN of the cross-account replica secret to unlink from the primary secret.
    pub cross_account_replica_arn: String,
}
rt::structure!(
    DisassociateCrossAccountReplicaInput, DISASSOCIATE_CROSS_ACCOUNT_REPLICA_INPUT,
    [secret_id, cross_account_replica_arn]
);
#[derive(Clone, Default, PartialEq)]
pub struct DisassociateCrossAccountReplicaOutput {
    /// The ARN of the primary secret.
    pub arn: Option<String>,
    /// The ARN of the replica secret that was unlinked from the primary secret.
    pub cross_account_replica_arn: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DisassociateCrossAccountReplicaOutput, DISASSOCIATE_CROSS_ACCOUNT_REPLICA_OUTPUT,
    [arn, cross_account_replica_arn], meta = response_metadata
);
/// Secrets Manager can't encrypt the protected secret text using the provided KMS key. Check that the KMS key is available, enabled, and not in an invalid state. For more information, see [Key state: Effect on your KMS key](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html).
#[derive(Clone, Default, PartialEq)]
pub struct EncryptionFailure {
    pub message: Option<String>,
}
rt::structure!(EncryptionFailure, ENCRYPTION_FAILURE, [message]);
/// The metadata needed to successfully rotate a managed external secret. A list of key value pairs in JSON format specified by the partner. For more information, see [Managed external secret partners](https://docs.aws.amazon.com/secretsmanager/latest/userguide/mes-partners.html).
#[derive(Clone, Default, PartialEq)]
pub struct ExternalSecretRotationMetadataItem {
    /// The key that identifies the item.
    pub key: Option<String>,
    /// The value of the specified item.
    pub value: Option<String>,
}
rt::structure!(
    ExternalSecretRotationMetadataItem, EXTERNAL_SECRET_ROTATION_METADATA_ITEM, [key,
    value]
);
/// Allows you to add filters when you use the search function in Secrets Manager. For more information, see [Find secrets in Secrets Manager](https://docs.aws.amazon.com/secretsmanager/latest/userguide/manage_search-secret.html).
#[derive(Clone, Default, PartialEq)]
pub struct Filter {
    /// The following are keys you can use:
    ///
    /// - **description**: Prefix match, not case-sensitive.
    ///
    /// - **name**: Prefix match, case-sensitive.
    ///
    /// - **tag-key**: Prefix match, case-sensitive.
    ///
    /// - **tag-value**: Prefix match, case-sensitive.
    ///
    /// - **primary-region**: Prefix match, case-sensitive.
    ///
    /// - **owning-service**: Prefix match, case-sensitive.
    ///
    /// - **all**: Breaks the filter value string into words and then searches all attributes for matches. Not case-sensitive.
    pub key: Option<FilterNameStringType>,
    /// The keyword to filter for.
    ///
    /// You can prefix your search value with an exclamation mark (`!`) in order to perform negation filters.
    pub values: Option<Vec<String>>,
}
rt::structure!(Filter, FILTER, [key, values]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FilterNameStringType {
    /// `description`
    Description,
    /// `name`
    Name,
    /// `tag-key`
    TagKey,
    /// `tag-value`
    TagValue,
    /// `primary-region`
    PrimaryRegion,
    /// `owning-service`
    OwningService,
    /// `all`
    All,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    FilterNameStringType, { Description => "description", Name => "name", TagKey =>
    "tag-key", TagValue => "tag-value", PrimaryRegion => "primary-region", OwningService
    => "owning-service", All => "all" }
);
#[derive(Clone, Default, PartialEq)]
pub struct GetRandomPasswordInput {
    /// The length of the password. If you don't include this parameter, the default length is 32 characters.
    pub password_length: Option<i64>,
    /// A string of the characters that you don't want in the password.
    pub exclude_characters: Option<String>,
    /// Specifies whether to exclude numbers from the password. If you don't include this switch, the password can contain numbers.
    pub exclude_numbers: Option<bool>,
    /// Specifies whether to exclude the following punctuation characters from the password: `! " \# $ % & ' ( ) \* + , - . / : ; \< = \> ? @ \[ \ \] ^ \_ \` { \| } ~`. If you don't include this switch, the password can contain punctuation.
    pub exclude_punctuation: Option<bool>,
    /// Specifies whether to exclude uppercase letters from the password. If you don't include this switch, the password can contain uppercase letters.
    pub exclude_uppercase: Option<bool>,
    /// Specifies whether to exclude lowercase letters from the password. If you don't include this switch, the password can contain lowercase letters.
    pub exclude_lowercase: Option<bool>,
    /// Specifies whether to include the space character. If you include this switch, the password can contain space characters.
    pub include_space: Option<bool>,
    /// Specifies whether to include at least one upper and lowercase letter, one number, and one punctuation. If you don't include this switch, the password contains at least one of every character type.
    pub require_each_included_type: Option<bool>,
}
rt::structure!(
    GetRandomPasswordInput, GET_RANDOM_PASSWORD_INPUT, [password_length,
    exclude_characters, exclude_numbers, exclude_punctuation, exclude_uppercase,
    exclude_lowercase, include_space, require_each_included_type]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetRandomPasswordOutput {
    /// A string with the password.
    pub random_password: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetRandomPasswordOutput, GET_RANDOM_PASSWORD_OUTPUT, [random_password], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetResourcePolicyInput {
    /// The ARN or name of the secret to retrieve the attached resource-based policy for.
    ///
    /// For an ARN, we recommend that you specify a complete ARN rather than a partial ARN. See [Finding a secret from a partial ARN](https://docs.aws.amazon.com/secretsmanager/latest/userguide/troubleshoot.html#ARN_secretnamehyphen).
    pub secret_id: String,
    /// The name of the resource policy to retrieve. If you don't specify this field, Secrets Manager uses `default`. If you specify a name other than `default` and no policy with that name exists, the operation returns a `ResourceNotFoundException`.
    pub policy_name: Option<String>,
}
rt::structure!(
    GetResourcePolicyInput, GET_RESOURCE_POLICY_INPUT, [secret_id, policy_name]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetResourcePolicyOutput {
    /// The ARN of the secret that the resource-based policy was retrieved for.
    pub arn: Option<String>,
    /// The name of the secret that the resource-based policy was retrieved for.
    pub name: Option<String>,
    /// A JSON-formatted string that contains the permissions policy attached to the secret. For more information about permissions policies, see [Authentication and access control for Secrets Manager](https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access.html).
    pub resource_policy: Option<String>,
    /// The name of the resource policy. If you didn't specify `PolicyName` in the request, this is `default`.
    pub policy_name: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetResourcePolicyOutput, GET_RESOURCE_POLICY_OUTPUT, [arn, name, resource_policy,
    policy_name], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetSecretValueInput {
    /// The ARN or name of the secret to retrieve. To retrieve a secret from another account, you must use an ARN.
    ///
    /// For an ARN, we recommend that you specify a complete ARN rather than a partial ARN. See [Finding a secret from a partial ARN](https://docs.aws.amazon.com/secretsmanager/latest/userguide/troubleshoot.html#ARN_secretnamehyphen).
    pub secret_id: String,
    /// The unique identifier of the version of the secret to retrieve. If you include both this parameter and `VersionStage`, the two parameters must refer to the same secret version. If you don't specify either a `VersionStage` or `VersionId`, then Secrets Manager returns the `AWSCURRENT` version.
    ///
    /// This value is typically a [UUID-type](https://wikipedia.org/wiki/Universally_unique_identifier) value with 32 hexadecimal digits.
    pub version_id: Option<String>,
    /// The staging label of the version of the secret to retrieve.
    ///
    /// Secrets Manager uses staging labels to keep track of different versions during the rotation process. If you include both this parameter and `VersionId`, the two parameters must refer to the same secret version. If you don't specify either a `VersionStage` or `VersionId`, Secrets Manager returns the `AWSCURRENT` version.
    pub version_stage: Option<String>,
}
rt::structure!(
    GetSecretValueInput, GET_SECRET_VALUE_INPUT, [secret_id, version_id, version_stage]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetSecretValueOutput {
    /// The ARN of the secret.
    pub arn: Option<String>,
    /// The friendly name of the secret.
    pub name: Option<String>,
    /// The unique identifier of this version of the secret.
    pub version_id: Option<String>,
    /// The decrypted secret value, if the secret value was originally provided as binary data in the form of a byte array. When you retrieve a `SecretBinary` using the HTTP API, the Python SDK, or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not encoded.
    ///
    /// If the secret was created by using the Secrets Manager console, or if the secret value was originally provided as a string, then this field is omitted. The secret value appears in `SecretString` instead.
    ///
    /// Sensitive: This field contains sensitive information, so the service does not include it in CloudTrail log entries. If you create your own log entries, you must also avoid logging the information in this field.
    pub secret_binary: Option<Vec<u8>>,
    /// The decrypted secret value, if the secret value was originally provided as a string or through the Secrets Manager console.
    ///
    /// If this secret was created by using the console, then Secrets Manager stores the information as a JSON structure of key/value pairs.
    ///
    /// Sensitive: This field contains sensitive information, so the service does not include it in CloudTrail log entries. If you create your own log entries, you must also avoid logging the information in this field.
    pub secret_string: Option<String>,
    /// A list of all of the staging labels currently attached to this version of the secret.
    pub version_stages: Option<Vec<String>>,
    /// The date and time that this version of the secret was created. If you don't specify which version in `VersionId` or `VersionStage`, then Secrets Manager uses the `AWSCURRENT` version.
    pub created_date: Option<rt::DateTime>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetSecretValueOutput, GET_SECRET_VALUE_OUTPUT, [arn, name, version_id, secret_binary,
    secret_string, version_stages, created_date], meta = response_metadata
);
/// An error occurred on the server side.
#[derive(Clone, Default, PartialEq)]
pub struct InternalServiceError {
    pub message: Option<String>,
}
rt::structure!(InternalServiceError, INTERNAL_SERVICE_ERROR, [message]);
/// The `NextToken` value is invalid.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidNextTokenException {
    pub message: Option<String>,
}
rt::structure!(InvalidNextTokenException, INVALID_NEXT_TOKEN_EXCEPTION, [message]);
/// The parameter name or value is invalid.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidParameterException {
    pub message: Option<String>,
}
rt::structure!(InvalidParameterException, INVALID_PARAMETER_EXCEPTION, [message]);
/// A parameter value is not valid for the current state of the resource.
///
/// Possible causes:
///
/// - The secret is scheduled for deletion.
///
/// - You tried to enable rotation on a secret that doesn't already have a Lambda function ARN configured and you didn't include such an ARN as a parameter in this call.
///
/// - The secret is managed by another service, and you must use that service to update it. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
#[derive(Clone, Default, PartialEq)]
pub struct InvalidRequestException {
    pub message: Option<String>,
}
rt::structure!(InvalidRequestException, INVALID_REQUEST_EXCEPTION, [message]);
/// The request failed because it would exceed one of the Secrets Manager quotas.
#[derive(Clone, Default, PartialEq)]
pub struct LimitExceededException {
    pub message: Option<String>,
}
rt::structure!(LimitExceededException, LIMIT_EXCEEDED_EXCEPTION, [message]);
#[derive(Clone, Default, PartialEq)]
pub struct ListResourcePoliciesInput {
    /// The ARN or name of the secret.
    ///
    /// For an ARN, we recommend that you specify a complete ARN rather than a partial ARN. See [Finding a secret from a partial ARN](https://docs.aws.amazon.com/secretsmanager/latest/userguide/troubleshoot.html#ARN_secretnamehyphen).
    pub secret_id: String,
    /// The number of results to include in the response. If you don't specify this value, the service returns up to 100 results.
    ///
    /// If there are more results available, in the response, Secrets Manager includes `NextToken`. To get the next results, call `ListResourcePolicies` again with the value from `NextToken`.
    pub max_results: Option<i32>,
    /// A token that indicates where the output should continue from, if a previous call did not show all results. To get the next results, call `ListResourcePolicies` again with this value.
    pub next_token: Option<String>,
}
rt::structure!(
    ListResourcePoliciesInput, LIST_RESOURCE_POLICIES_INPUT, [secret_id, max_results,
    next_token]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListResourcePoliciesOutput {
    /// A list of the resource policies attached to the secret.
    pub resource_policies: Vec<ResourcePolicySummary>,
    /// Secrets Manager includes this value if there's more output available than what is included in the current response. To get the next results, call `ListResourcePolicies` again with this value.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListResourcePoliciesOutput, LIST_RESOURCE_POLICIES_OUTPUT, [resource_policies,
    next_token], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListSecretVersionIdsInput {
    /// The ARN or name of the secret whose versions you want to list.
    ///
    /// For an ARN, we recommend that you specify a complete ARN rather than a partial ARN. See [Finding a secret from a partial ARN](https://docs.aws.amazon.com/secretsmanager/latest/userguide/troubleshoot.html#ARN_secretnamehyphen).
    pub secret_id: String,
    /// The number of results to include in the response.
    ///
    /// If there are more results available, in the response, Secrets Manager includes `NextToken`. To get the next results, call `ListSecretVersionIds` again with the value from `NextToken`.
    pub max_results: Option<i32>,
    /// A token that indicates where the output should continue from, if a previous call did not show all results. To get the next results, call `ListSecretVersionIds` again with this value.
    pub next_token: Option<String>,
    /// Specifies whether to include versions of secrets that don't have any staging labels attached to them. Versions without staging labels are considered deprecated and are subject to deletion by Secrets Manager. By default, versions without staging labels aren't included.
    pub include_deprecated: Option<bool>,
}
rt::structure!(
    ListSecretVersionIdsInput, LIST_SECRET_VERSION_IDS_INPUT, [secret_id, max_results,
    next_token, include_deprecated]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListSecretVersionIdsOutput {
    /// A list of the versions of the secret.
    pub versions: Option<Vec<SecretVersionsListEntry>>,
    /// Secrets Manager includes this value if there's more output available than what is included in the current response. This can occur even when the response includes no values at all, such as when you ask for a filtered view of a long list. To get the next results, call `ListSecretVersionIds` again with this value.
    pub next_token: Option<String>,
    /// The ARN of the secret.
    pub arn: Option<String>,
    /// The name of the secret.
    pub name: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListSecretVersionIdsOutput, LIST_SECRET_VERSION_IDS_OUTPUT, [versions, next_token,
    arn, name], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListSecretsInput {
    /// Specifies whether to include secrets scheduled for deletion. By default, secrets scheduled for deletion aren't included.
    pub include_planned_deletion: Option<bool>,
    /// The number of results to include in the response.
    ///
    /// If there are more results available, in the response, Secrets Manager includes `NextToken`. To get the next results, call `ListSecrets` again with the value from `NextToken`.
    pub max_results: Option<i32>,
    /// A token that indicates where the output should continue from, if a previous call did not show all results. To get the next results, call `ListSecrets` again with this value.
    pub next_token: Option<String>,
    /// The filters to apply to the list of secrets.
    pub filters: Option<Vec<Filter>>,
    /// Secrets are listed by `CreatedDate`.
    pub sort_order: Option<SortOrderType>,
    /// If not specified, secrets are listed by `CreatedDate`.
    pub sort_by: Option<SortByType>,
}
rt::structure!(
    ListSecretsInput, LIST_SECRETS_INPUT, [include_planned_deletion, max_results,
    next_token, filters, sort_order, sort_by]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListSecretsOutput {
    /// A list of the secrets in the account.
    pub secret_list: Option<Vec<SecretListEntry>>,
    /// Secrets Manager includes this value if there's more output available than what is included in the current response. This can occur even when the response includes no values at all, such as when you ask for a filtered view of a long list. To get the next results, call `ListSecrets` again with this value.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListSecretsOutput, LIST_SECRETS_OUTPUT, [secret_list, next_token], meta =
    response_metadata
);
/// The resource policy has syntax errors.
#[derive(Clone, Default, PartialEq)]
pub struct MalformedPolicyDocumentException {
    pub message: Option<String>,
}
rt::structure!(
    MalformedPolicyDocumentException, MALFORMED_POLICY_DOCUMENT_EXCEPTION, [message]
);
/// The request failed because you did not complete all the prerequisite steps.
#[derive(Clone, Default, PartialEq)]
pub struct PreconditionNotMetException {
    pub message: Option<String>,
}
rt::structure!(PreconditionNotMetException, PRECONDITION_NOT_MET_EXCEPTION, [message]);
/// The `BlockPublicPolicy` parameter is set to true, and the resource policy did not prevent broad access to the secret.
#[derive(Clone, Default, PartialEq)]
pub struct PublicPolicyException {
    pub message: Option<String>,
}
rt::structure!(PublicPolicyException, PUBLIC_POLICY_EXCEPTION, [message]);
#[derive(Clone, Default, PartialEq)]
pub struct PutResourcePolicyInput {
    /// The ARN or name of the secret to attach the resource-based policy.
    ///
    /// For an ARN, we recommend that you specify a complete ARN rather than a partial ARN. See [Finding a secret from a partial ARN](https://docs.aws.amazon.com/secretsmanager/latest/userguide/troubleshoot.html#ARN_secretnamehyphen).
    pub secret_id: String,
    /// A JSON-formatted string for an Amazon Web Services resource-based policy. For example policies, see [Permissions policy examples](https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_examples.html).
    pub resource_policy: String,
    /// The name of the resource policy to attach. If you don't specify this field, Secrets Manager uses `default`. You can only attach the `default` policy; if you specify any other name, the operation returns an `InvalidParameterException`.
    pub policy_name: Option<String>,
    /// Specifies whether to block resource-based policies that allow broad access to the secret, for example those that use a wildcard for the principal. By default, public policies aren't blocked.
    ///
    /// Resource policy validation and the BlockPublicPolicy parameter help protect your resources by preventing public access from being granted through the resource policies that are directly attached to your secrets. In addition to using these features, carefully inspect the following policies to confirm that they do not grant public access:
    ///
    /// - Identity-based policies attached to associated Amazon Web Services principals (for example, IAM roles)
    ///
    /// - Resource-based policies attached to associated Amazon Web Services resources (for example, Key Management Service (KMS) keys)
    ///
    /// To review permissions to your secrets, see [Determine who has permissions to your secrets](https://docs.aws.amazon.com/secretsmanager/latest/userguide/determine-acccess_examine-iam-policies.html).
    pub block_public_policy: Option<bool>,
}
rt::structure!(
    PutResourcePolicyInput, PUT_RESOURCE_POLICY_INPUT, [secret_id, resource_policy,
    policy_name, block_public_policy]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutResourcePolicyOutput {
    /// The ARN of the secret.
    pub arn: Option<String>,
    /// The name of the secret.
    pub name: Option<String>,
    /// The name of the resource policy. If you didn't specify `PolicyName` in the request, this is `default`.
    pub policy_name: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    PutResourcePolicyOutput, PUT_RESOURCE_POLICY_OUTPUT, [arn, name, policy_name], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct PutSecretValueInput {
    /// The ARN or name of the secret to add a new version to.
    ///
    /// For an ARN, we recommend that you specify a complete ARN rather than a partial ARN. See [Finding a secret from a partial ARN](https://docs.aws.amazon.com/secretsmanager/latest/userguide/troubleshoot.html#ARN_secretnamehyphen).
    ///
    /// If the secret doesn't already exist, use `CreateSecret` instead.
    pub secret_id: String,
    /// A unique identifier for the new version of the secret.
    ///
    /// If you use the Amazon Web Services CLI or one of the Amazon Web Services SDKs to call this operation, then you can leave this parameter empty. The CLI or SDK generates a random UUID for you and includes it as the value for this parameter in the request.
    ///
    /// If you generate a raw HTTP request to the Secrets Manager service endpoint, then you must generate a `ClientRequestToken` and include it in the request.
    ///
    /// This value helps ensure idempotency. Secrets Manager uses this value to prevent the accidental creation of duplicate versions if there are failures and retries during a rotation. We recommend that you generate a [UUID-type](https://wikipedia.org/wiki/Universally_unique_identifier) value to ensure uniqueness of your versions within the specified secret.
    ///
    /// - If the `ClientRequestToken` value isn't already associated with a version of the secret then a new version of the secret is created.
    ///
    /// - If a version with this value already exists and that version's `SecretString` or `SecretBinary` values are the same as those in the request then the request is ignored. The operation is idempotent.
    ///
    /// - If a version with this value already exists and the version of the `SecretString` and `SecretBinary` values are different from those in the request, then the request fails because you can't modify a secret version. You can only create new versions to store new secret values.
    ///
    /// This value becomes the `VersionId` of the new version.
    pub client_request_token: Option<String>,
    /// The binary data to encrypt and store in the new version of the secret. To use this parameter in the command-line tools, we recommend that you store your binary data in a file and then pass the contents of the file as a parameter.
    ///
    /// You must include `SecretBinary` or `SecretString`, but not both.
    ///
    /// You can't access this value from the Secrets Manager console.
    ///
    /// Sensitive: This field contains sensitive information, so the service does not include it in CloudTrail log entries. If you create your own log entries, you must also avoid logging the information in this field.
    pub secret_binary: Option<Vec<u8>>,
    /// The text to encrypt and store in the new version of the secret.
    ///
    /// You must include `SecretBinary` or `SecretString`, but not both.
    ///
    /// We recommend you create the secret string as JSON key/value pairs, as shown in the example.
    ///
    /// Sensitive: This field contains sensitive information, so the service does not include it in CloudTrail log entries. If you create your own log entries, you must also avoid logging the information in this field.
    pub secret_string: Option<String>,
    /// A list of staging labels to attach to this version of the secret. Secrets Manager uses staging labels to track versions of a secret through the rotation process.
    ///
    /// If you specify a staging label that's already associated with a different version of the same secret, then Secrets Manager removes the label from the other version and attaches it to this version. If you specify `AWSCURRENT`, and it is already attached to another version, then Secrets Manager also moves the staging label `AWSPREVIOUS` to the version that `AWSCURRENT` was removed from.
    ///
    /// If you don't include `VersionStages`, then Secrets Manager automatically moves the staging label `AWSCURRENT` to this version.
    pub version_stages: Option<Vec<String>>,
    /// A unique identifier that indicates the source of the request. Required for secret rotations using an IAM assumed role or cross-account rotation, in which you rotate a secret in one account by using a Lambda rotation function in another account. In both cases, the rotation function assumes an IAM role to call Secrets Manager, and then Secrets Manager validates the identity using the token. For more information, see [How rotation works](https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html) and [Rotation by Lambda functions](https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_lambda).
    ///
    /// Sensitive: This field contains sensitive information, so the service does not include it in CloudTrail log entries. If you create your own log entries, you must also avoid logging the information in this field.
    pub rotation_token: Option<String>,
}
rt::structure!(
    PutSecretValueInput, PUT_SECRET_VALUE_INPUT, [secret_id, client_request_token,
    secret_binary, secret_string, version_stages, rotation_token]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutSecretValueOutput {
    /// The ARN of the secret.
    pub arn: Option<String>,
    /// The name of the secret.
    pub name: Option<String>,
    /// The unique identifier of the version of the secret.
    pub version_id: Option<String>,
    /// The list of staging labels that are currently attached to this version of the secret. Secrets Manager uses staging labels to track a version as it progresses through the secret rotation process.
    pub version_stages: Option<Vec<String>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    PutSecretValueOutput, PUT_SECRET_VALUE_OUTPUT, [arn, name, version_id,
    version_stages], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct RemoveRegionsFromReplicationInput {
    /// The ARN or name of the secret.
    pub secret_id: String,
    /// The Regions of the replicas to remove.
    pub remove_replica_regions: Vec<String>,
}
rt::structure!(
    RemoveRegionsFromReplicationInput, REMOVE_REGIONS_FROM_REPLICATION_INPUT, [secret_id,
    remove_replica_regions]
);
#[derive(Clone, Default, PartialEq)]
pub struct RemoveRegionsFromReplicationOutput {
    /// The ARN of the primary secret.
    pub arn: Option<String>,
    /// The status of replicas for this secret after you remove Regions.
    pub replication_status: Option<Vec<ReplicationStatusType>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    RemoveRegionsFromReplicationOutput, REMOVE_REGIONS_FROM_REPLICATION_OUTPUT, [arn,
    replication_status], meta = response_metadata
);
/// A custom type that specifies a `Region` and the `KmsKeyId` for a replica secret.
#[derive(Clone, Default, PartialEq)]
pub struct ReplicaRegionType {
    /// A Region code. For a list of Region codes, see [Name and code of Regions](https://docs.aws.amazon.com/general/latest/gr/rande.html#regional-endpoints).
    pub region: Option<String>,
    /// The ARN, key ID, or alias of the KMS key to encrypt the secret. If you don't include this field, Secrets Manager uses `aws/secretsmanager`.
    pub kms_key_id: Option<String>,
}
rt::structure!(ReplicaRegionType, REPLICA_REGION_TYPE, [region, kms_key_id]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReplicaRestrictionType {
    /// `SameOrg`
    SameOrg,
    /// `NoRestriction`
    NoRestriction,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ReplicaRestrictionType, { SameOrg => "SameOrg", NoRestriction => "NoRestriction" }
);
#[derive(Clone, Default, PartialEq)]
pub struct ReplicateSecretToRegionsInput {
    /// The ARN or name of the secret to replicate.
    pub secret_id: String,
    /// A list of Regions in which to replicate the secret.
    pub add_replica_regions: Vec<ReplicaRegionType>,
    /// Specifies whether to overwrite a secret with the same name in the destination Region. By default, secrets aren't overwritten.
    pub force_overwrite_replica_secret: Option<bool>,
}
rt::structure!(
    ReplicateSecretToRegionsInput, REPLICATE_SECRET_TO_REGIONS_INPUT, [secret_id,
    add_replica_regions, force_overwrite_replica_secret]
);
#[derive(Clone, Default, PartialEq)]
pub struct ReplicateSecretToRegionsOutput {
    /// The ARN of the primary secret.
    pub arn: Option<String>,
    /// The status of replication.
    pub replication_status: Option<Vec<ReplicationStatusType>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ReplicateSecretToRegionsOutput, REPLICATE_SECRET_TO_REGIONS_OUTPUT, [arn,
    replication_status], meta = response_metadata
);
/// A replication object consisting of a `RegionReplicationStatus` object and includes a Region, KMSKeyId, status, and status message.
#[derive(Clone, Default, PartialEq)]
pub struct ReplicationStatusType {
    /// The Region where replication occurs.
    pub region: Option<String>,
    /// Can be an `ARN`, `Key ID`, or `Alias`.
    pub kms_key_id: Option<String>,
    /// The status can be `InProgress`, `Failed`, or `InSync`.
    pub status: Option<StatusType>,
    /// Status message such as "*Secret with this name already exists in this region*".
    pub status_message: Option<String>,
    /// The date that the secret was last accessed in the Region. This field is omitted if the secret has never been retrieved in the Region.
    pub last_accessed_date: Option<rt::DateTime>,
}
rt::structure!(
    ReplicationStatusType, REPLICATION_STATUS_TYPE, [region, kms_key_id, status,
    status_message, last_accessed_date]
);
/// A resource with the ID you requested already exists.
#[derive(Clone, Default, PartialEq)]
pub struct ResourceExistsException {
    pub message: Option<String>,
}
rt::structure!(ResourceExistsException, RESOURCE_EXISTS_EXCEPTION, [message]);
/// Secrets Manager can't find the resource that you asked for.
#[derive(Clone, Default, PartialEq)]
pub struct ResourceNotFoundException {
    pub message: Option<String>,
}
rt::structure!(ResourceNotFoundException, RESOURCE_NOT_FOUND_EXCEPTION, [message]);
/// A structure that contains details about a resource policy attached to a secret. It does not contain the contents of the resource policy. To view the contents of the policy, use [GetResourcePolicy](https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_GetResourcePolicy.html) .
#[derive(Clone, Default, PartialEq)]
pub struct ResourcePolicySummary {
    /// The name of the resource policy.
    pub policy_name: Option<String>,
}
rt::structure!(ResourcePolicySummary, RESOURCE_POLICY_SUMMARY, [policy_name]);
#[derive(Clone, Default, PartialEq)]
pub struct RestoreSecretInput {
    /// The ARN or name of the secret to restore.
    ///
    /// For an ARN, we recommend that you specify a complete ARN rather than a partial ARN. See [Finding a secret from a partial ARN](https://docs.aws.amazon.com/secretsmanager/latest/userguide/troubleshoot.html#ARN_secretnamehyphen).
    pub secret_id: String,
}
rt::structure!(RestoreSecretInput, RESTORE_SECRET_INPUT, [secret_id]);
#[derive(Clone, Default, PartialEq)]
pub struct RestoreSecretOutput {
    /// The ARN of the secret that was restored.
    pub arn: Option<String>,
    /// The name of the secret that was restored.
    pub name: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    RestoreSecretOutput, RESTORE_SECRET_OUTPUT, [arn, name], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct RotateSecretInput {
    /// The ARN or name of the secret to rotate.
    ///
    /// For an ARN, we recommend that you specify a complete ARN rather than a partial ARN. See [Finding a secret from a partial ARN](https://docs.aws.amazon.com/secretsmanager/latest/userguide/troubleshoot.html#ARN_secretnamehyphen).
    pub secret_id: String,
    /// A unique identifier for the new version of the secret. You only need to specify this value if you implement your own retry logic and you want to ensure that Secrets Manager doesn't attempt to create a secret version twice.
    ///
    /// If you use the Amazon Web Services CLI or one of the Amazon Web Services SDKs to call this operation, then you can leave this parameter empty. The CLI or SDK generates a random UUID for you and includes it as the value for this parameter in the request.
    ///
    /// If you generate a raw HTTP request to the Secrets Manager service endpoint, then you must generate a `ClientRequestToken` and include it in the request.
    ///
    /// This value helps ensure idempotency. Secrets Manager uses this value to prevent the accidental creation of duplicate versions if there are failures and retries during a rotation. We recommend that you generate a [UUID-type](https://wikipedia.org/wiki/Universally_unique_identifier) value to ensure uniqueness of your versions within the specified secret.
    pub client_request_token: Option<String>,
    /// For secrets that use a Lambda rotation function to rotate, the ARN of the Lambda rotation function.
    ///
    /// For secrets that use *managed rotation*, omit this field. For more information, see [Managed rotation](https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_managed.html) in the *Secrets Manager User Guide*.
    pub rotation_lambda_arn: Option<String>,
    /// A structure that defines the rotation configuration for this secret.
    ///
    /// When changing an existing rotation schedule and setting `RotateImmediately` to `false`:
    ///
    /// - If using `AutomaticallyAfterDays` or a `ScheduleExpression` with `rate()`, the previously scheduled rotation might still occur.
    ///
    /// - To prevent unintended rotations, use a `ScheduleExpression` with `cron()` for granular control over rotation windows.
    pub rotation_rules: Option<RotationRulesType>,
    /// The metadata needed to successfully rotate a managed external secret. A list of key value pairs in JSON format specified by the partner. For more information about the required information, see [Using Secrets Manager managed external secrets](https://docs.aws.amazon.com/secretsmanager/latest/userguide/managed-external-secrets.html)
    pub external_secret_rotation_metadata: Option<
        Vec<ExternalSecretRotationMetadataItem>,
    >,
    /// The Amazon Resource Name (ARN) of the role that allows Secrets Manager to rotate a secret held by a third-party partner. For more information, see [Security and permissions](https://docs.aws.amazon.com/secretsmanager/latest/userguide/mes-security.html).
    pub external_secret_rotation_role_arn: Option<String>,
    /// Specifies whether to rotate the secret immediately or wait until the next scheduled rotation window. The rotation schedule is defined in RotateSecretRequest$RotationRules.
    ///
    /// The default for `RotateImmediately` is `true`. If you don't specify this value, Secrets Manager rotates the secret immediately.
    ///
    /// If you set `RotateImmediately` to `false`, Secrets Manager tests the rotation configuration by running the [ `testSecret` step](https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_how.html) of the Lambda rotation function. This test creates an `AWSPENDING` version of the secret and then removes it.
    ///
    /// When changing an existing rotation schedule and setting `RotateImmediately` to `false`:
    ///
    /// - If using `AutomaticallyAfterDays` or a `ScheduleExpression` with `rate()`, the previously scheduled rotation might still occur.
    ///
    /// - To prevent unintended rotations, use a `ScheduleExpression` with `cron()` for granular control over rotation windows.
    ///
    /// Rotation is an asynchronous process. For more information, see [How rotation works](https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_how.html).
    pub rotate_immediately: Option<bool>,
}
rt::structure!(
    RotateSecretInput, ROTATE_SECRET_INPUT, [secret_id, client_request_token,
    rotation_lambda_arn, rotation_rules, external_secret_rotation_metadata,
    external_secret_rotation_role_arn, rotate_immediately]
);
#[derive(Clone, Default, PartialEq)]
pub struct RotateSecretOutput {
    /// The ARN of the secret.
    pub arn: Option<String>,
    /// The name of the secret.
    pub name: Option<String>,
    /// The ID of the new version of the secret.
    pub version_id: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    RotateSecretOutput, ROTATE_SECRET_OUTPUT, [arn, name, version_id], meta =
    response_metadata
);
/// A structure that defines the rotation configuration for the secret.
#[derive(Clone, Default, PartialEq)]
pub struct RotationRulesType {
    /// The number of days between rotations of the secret. You can use this value to check that your secret meets your compliance guidelines for how often secrets must be rotated. If you use this field to set the rotation schedule, Secrets Manager calculates the next rotation date based on the previous rotation. Manually updating the secret value by calling `PutSecretValue` or `UpdateSecret` is considered a valid rotation.
    ///
    /// In `DescribeSecret` and `ListSecrets`, this value is calculated from the rotation schedule after every successful rotation. In `RotateSecret`, you can set the rotation schedule in `RotationRules` with `AutomaticallyAfterDays` or `ScheduleExpression`, but not both. To set a rotation schedule in hours, use `ScheduleExpression`.
    pub automatically_after_days: Option<i64>,
    /// The length of the rotation window in hours, for example `3h` for a three hour window. Secrets Manager rotates your secret at any time during this window. The window must not extend into the next rotation window or the next UTC day. The window starts according to the `ScheduleExpression`. If you don't specify a `Duration`, for a `ScheduleExpression` in hours, the window automatically closes after one hour. For a `ScheduleExpression` in days, the window automatically closes at the end of the UTC day. For more information, including examples, see [Schedule expressions in Secrets Manager rotation](https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_schedule.html) in the *Secrets Manager Users Guide*.
    pub duration: Option<String>,
    /// A `cron()` or `rate()` expression that defines the schedule for rotating your secret. Secrets Manager rotation schedules use UTC time zone. Secrets Manager rotates your secret any time during a rotation window.
    ///
    /// Secrets Manager `rate()` expressions represent the interval in hours or days that you want to rotate your secret, for example `rate(12 hours)` or `rate(10 days)`. You can rotate a secret as often as every four hours. If you use a `rate()` expression, the rotation window starts at midnight. For a rate in hours, the default rotation window closes after one hour. For a rate in days, the default rotation window closes at the end of the day. You can set the `Duration` to change the rotation window. The rotation window must not extend into the next UTC day or into the next rotation window.
    ///
    /// You can use a `cron()` expression to create a rotation schedule that is more detailed than a rotation interval. For more information, including examples, see [Schedule expressions in Secrets Manager rotation](https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_schedule.html) in the *Secrets Manager Users Guide*. For a cron expression that represents a schedule in hours, the default rotation window closes after one hour. For a cron expression that represents a schedule in days, the default rotation window closes at the end of the day. You can set the `Duration` to change the rotation window. The rotation window must not extend into the next UTC day or into the next rotation window.
    pub schedule_expression: Option<String>,
}
rt::structure!(
    RotationRulesType, ROTATION_RULES_TYPE, [automatically_after_days, duration,
    schedule_expression]
);
/// A structure that contains the details about a secret. It does not include the encrypted `SecretString` and `SecretBinary` values. To get those values, use [GetSecretValue](https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_GetSecretValue.html) .
#[derive(Clone, Default, PartialEq)]
pub struct SecretListEntry {
    /// The Amazon Resource Name (ARN) of the secret.
    pub arn: Option<String>,
    /// The friendly name of the secret.
    pub name: Option<String>,
    /// The exact string that identifies the third-party partner that holds the external secret. For more information, see [Managed external secret partners](https://docs.aws.amazon.com/secretsmanager/latest/userguide/mes-partners.html).
    pub r#type: Option<String>,
    /// The user-provided description of the secret.
    pub description: Option<String>,
    /// The ARN of the KMS key that Secrets Manager uses to encrypt the secret value. If the secret is encrypted with the Amazon Web Services managed key `aws/secretsmanager`, this field is omitted.
    pub kms_key_id: Option<String>,
    /// Indicates whether automatic, scheduled rotation is enabled for this secret.
    pub rotation_enabled: Option<bool>,
    /// The ARN of an Amazon Web Services Lambda function invoked by Secrets Manager to rotate and expire the secret either automatically per the schedule or manually by a call to [ `RotateSecret` ](https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_RotateSecret.html).
    pub rotation_lambda_arn: Option<String>,
    /// A structure that defines the rotation configuration for the secret.
    pub rotation_rules: Option<RotationRulesType>,
    /// The metadata needed to successfully rotate a managed external secret. A list of key value pairs in JSON format specified by the partner. For more information about the required information, see [Managed external secrets partners](https://docs.aws.amazon.com/secretsmanager/latest/userguide/mes-partners.html).
    pub external_secret_rotation_metadata: Option<
        Vec<ExternalSecretRotationMetadataItem>,
    >,
    /// The role that Secrets Manager assumes to call APIs required to perform the rotation. For more information about the required information, see [Managed external secrets partners](https://docs.aws.amazon.com/secretsmanager/latest/userguide/mes-partners.html).
    pub external_secret_rotation_role_arn: Option<String>,
    /// The most recent date and time that the Secrets Manager rotation process was successfully completed. This value is null if the secret hasn't ever rotated.
    pub last_rotated_date: Option<rt::DateTime>,
    /// The last date and time that this secret was modified in any way.
    pub last_changed_date: Option<rt::DateTime>,
    /// The date that the secret was last accessed in the Region. This field is omitted if the secret has never been retrieved in the Region.
    pub last_accessed_date: Option<rt::DateTime>,
    /// The date and time the deletion of the secret occurred. Not present on active secrets. The secret can be recovered until the number of days in the recovery window has passed, as specified in the `RecoveryWindowInDays` parameter of the [ `DeleteSecret` ](https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_DeleteSecret.html) operation.
    pub deleted_date: Option<rt::DateTime>,
    /// The next rotation is scheduled to occur on or before this date. If the secret isn't configured for rotation or rotation has been disabled, Secrets Manager returns null.
    pub next_rotation_date: Option<rt::DateTime>,
    /// The list of user-defined tags associated with the secret. To add tags to a secret, use [ `TagResource` ](https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_TagResource.html). To remove tags, use [ `UntagResource` ](https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_UntagResource.html).
    pub tags: Option<Vec<Tag>>,
    /// A list of all of the currently assigned `SecretVersionStage` staging labels and the `SecretVersionId` attached to each one. Staging labels are used to keep track of the different versions during the rotation process.
    ///
    /// A version that does not have any `SecretVersionStage` is considered deprecated and subject to deletion. Such versions are not included in this list.
    pub secret_versions_to_stages: Option<rt::IndexMap<String, Vec<String>>>,
    /// Returns the name of the service that created the secret.
    pub owning_service: Option<String>,
    /// The date and time when a secret was created.
    pub created_date: Option<rt::DateTime>,
    /// The Region where Secrets Manager originated the secret.
    pub primary_region: Option<String>,
}
rt::structure!(
    SecretListEntry, SECRET_LIST_ENTRY, [arn, name, r#type, description, kms_key_id,
    rotation_enabled, rotation_lambda_arn, rotation_rules,
    external_secret_rotation_metadata, external_secret_rotation_role_arn,
    last_rotated_date, last_changed_date, last_accessed_date, deleted_date,
    next_rotation_date, tags, secret_versions_to_stages, owning_service, created_date,
    primary_region]
);
/// A structure that contains the secret value and other details for a secret.
#[derive(Clone, Default, PartialEq)]
pub struct SecretValueEntry {
    /// The Amazon Resource Name (ARN) of the secret.
    pub arn: Option<String>,
    /// The friendly name of the secret.
    pub name: Option<String>,
    /// The unique version identifier of this version of the secret.
    pub version_id: Option<String>,
    /// The decrypted secret value, if the secret value was originally provided as binary data in the form of a byte array. The parameter represents the binary data as a [base64-encoded](https://tools.ietf.org/html/rfc4648#section-4) string.
    pub secret_binary: Option<Vec<u8>>,
    /// The decrypted secret value, if the secret value was originally provided as a string or through the Secrets Manager console.
    pub secret_string: Option<String>,
    /// A list of all of the staging labels currently attached to this version of the secret.
    pub version_stages: Option<Vec<String>>,
    /// The date the secret was created.
    pub created_date: Option<rt::DateTime>,
}
rt::structure!(
    SecretValueEntry, SECRET_VALUE_ENTRY, [arn, name, version_id, secret_binary,
    secret_string, version_stages, created_date]
);
/// A structure that contains information about one version of a secret.
#[derive(Clone, Default, PartialEq)]
pub struct SecretVersionsListEntry {
    /// The unique version identifier of this version of the secret.
    pub version_id: Option<String>,
    /// An array of staging labels that are currently associated with this version of the secret.
    pub version_stages: Option<Vec<String>>,
    /// The date that this version of the secret was last accessed. Note that the resolution of this field is at the date level and does not include the time.
    pub last_accessed_date: Option<rt::DateTime>,
    /// The date and time this version of the secret was created.
    pub created_date: Option<rt::DateTime>,
    /// The KMS keys used to encrypt the secret version.
    pub kms_key_ids: Option<Vec<String>>,
}
rt::structure!(
    SecretVersionsListEntry, SECRET_VERSIONS_LIST_ENTRY, [version_id, version_stages,
    last_accessed_date, created_date, kms_key_ids]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SortByType {
    /// `created-date`
    CreatedDate,
    /// `last-accessed-date`
    LastAccessedDate,
    /// `last-changed-date`
    LastChangedDate,
    /// `name`
    Name,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    SortByType, { CreatedDate => "created-date", LastAccessedDate =>
    "last-accessed-date", LastChangedDate => "last-changed-date", Name => "name" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SortOrderType {
    /// `asc`
    Asc,
    /// `desc`
    Desc,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(SortOrderType, { Asc => "asc", Desc => "desc" });
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StatusType {
    /// `InSync`
    InSync,
    /// `Failed`
    Failed,
    /// `InProgress`
    InProgress,
    /// `Pending`
    Pending,
    /// `Detached`
    Detached,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    StatusType, { InSync => "InSync", Failed => "Failed", InProgress => "InProgress",
    Pending => "Pending", Detached => "Detached" }
);
#[derive(Clone, Default, PartialEq)]
pub struct StopReplicationToReplicaInput {
    /// The ARN or name of the replica secret.
    ///
    /// For a cross-region replica, the replica ARN is the same as the original primary secret ARN except that the Region is changed to the replica Region. For a cross-account replica, this is the ARN or name of the replica secret in your account.
    pub secret_id: String,
}
rt::structure!(
    StopReplicationToReplicaInput, STOP_REPLICATION_TO_REPLICA_INPUT, [secret_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct StopReplicationToReplicaOutput {
    /// The ARN of the promoted secret. For a cross-region replica, this ARN is the same as the original primary secret's ARN except that the Region is changed. For a cross-account replica, this is the ARN of the promoted secret in your account.
    pub arn: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    StopReplicationToReplicaOutput, STOP_REPLICATION_TO_REPLICA_OUTPUT, [arn], meta =
    response_metadata
);
/// A structure that contains information about a tag.
#[derive(Clone, Default, PartialEq)]
pub struct Tag {
    /// The key identifier, or name, of the tag.
    pub key: Option<String>,
    /// The string value associated with the key of the tag.
    pub value: Option<String>,
}
rt::structure!(Tag, TAG, [key, value]);
#[derive(Clone, Default, PartialEq)]
pub struct TagResourceInput {
    /// The identifier for the secret to attach tags to. You can specify either the Amazon Resource Name (ARN) or the friendly name of the secret.
    ///
    /// For an ARN, we recommend that you specify a complete ARN rather than a partial ARN. See [Finding a secret from a partial ARN](https://docs.aws.amazon.com/secretsmanager/latest/userguide/troubleshoot.html#ARN_secretnamehyphen).
    pub secret_id: String,
    /// The tags to attach to the secret as a JSON text string argument. Each element in the list consists of a `Key` and a `Value`.
    ///
    /// For storing multiple values, we recommend that you use a JSON text string argument and specify key/value pairs. For more information, see [Specifying parameter values for the Amazon Web Services CLI](https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-parameters.html) in the Amazon Web Services CLI User Guide.
    pub tags: Vec<Tag>,
}
rt::structure!(TagResourceInput, TAG_RESOURCE_INPUT, [secret_id, tags]);
#[derive(Clone, Default, PartialEq)]
pub struct UntagResourceInput {
    /// The ARN or name of the secret.
    ///
    /// For an ARN, we recommend that you specify a complete ARN rather than a partial ARN. See [Finding a secret from a partial ARN](https://docs.aws.amazon.com/secretsmanager/latest/userguide/troubleshoot.html#ARN_secretnamehyphen).
    pub secret_id: String,
    /// A list of tag key names to remove from the secret. You don't specify the value. Both the key and its associated value are removed.
    ///
    /// This parameter requires a JSON text string argument.
    ///
    /// For storing multiple values, we recommend that you use a JSON text string argument and specify key/value pairs. For more information, see [Specifying parameter values for the Amazon Web Services CLI](https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-parameters.html) in the Amazon Web Services CLI User Guide.
    pub tag_keys: Vec<String>,
}
rt::structure!(UntagResourceInput, UNTAG_RESOURCE_INPUT, [secret_id, tag_keys]);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateSecretInput {
    /// The ARN or name of the secret.
    ///
    /// For an ARN, we recommend that you specify a complete ARN rather than a partial ARN. See [Finding a secret from a partial ARN](https://docs.aws.amazon.com/secretsmanager/latest/userguide/troubleshoot.html#ARN_secretnamehyphen).
    pub secret_id: String,
    /// If you include `SecretString` or `SecretBinary`, then Secrets Manager creates a new version for the secret, and this parameter specifies the unique identifier for the new version.
    ///
    /// If you use the Amazon Web Services CLI or one of the Amazon Web Services SDKs to call this operation, then you can leave this parameter empty. The CLI or SDK generates a random UUID for you and includes it as the value for this parameter in the request.
    ///
    /// If you generate a raw HTTP request to the Secrets Manager service endpoint, then you must generate a `ClientRequestToken` and include it in the request.
    ///
    /// This value helps ensure idempotency. Secrets Manager uses this value to prevent the accidental creation of duplicate versions if there are failures and retries during a rotation. We recommend that you generate a [UUID-type](https://wikipedia.org/wiki/Universally_unique_identifier) value to ensure uniqueness of your versions within the specified secret.
    pub client_request_token: Option<String>,
    /// The description of the secret.
    pub description: Option<String>,
    /// The ARN, key ID, or alias of the KMS key that Secrets Manager uses to encrypt new secret versions as well as any existing versions with the staging labels `AWSCURRENT`, `AWSPENDING`, or `AWSPREVIOUS`. If you don't have `kms:Encrypt` permission to the new key, Secrets Manager does not re-encrypt existing secret versions with the new key. For more information about versions and staging labels, see [Concepts: Version](https://docs.aws.amazon.com/secretsmanager/latest/userguide/getting-started.html#term_version).
    ///
    /// A key alias is always prefixed by `alias/`, for example `alias/aws/secretsmanager`. For more information, see [About aliases](https://docs.aws.amazon.com/kms/latest/developerguide/alias-about.html).
    ///
    /// If you set this to an empty string, Secrets Manager uses the Amazon Web Services managed key `aws/secretsmanager`. If this key doesn't already exist in your account, then Secrets Manager creates it for you automatically. All users and roles in the Amazon Web Services account automatically have access to use `aws/secretsmanager`. Creating `aws/secretsmanager` can result in a one-time significant delay in returning the result.
    ///
    /// You can only use the Amazon Web Services managed key `aws/secretsmanager` if you call this operation using credentials from the same Amazon Web Services account that owns the secret. If the secret is in a different account, then you must use a customer managed key and provide the ARN of that KMS key in this field. The user making the call must have permissions to both the secret and the KMS key in their respective accounts.
    pub kms_key_id: Option<String>,
    /// The binary data to encrypt and store in the new version of the secret. We recommend that you store your binary data in a file and then pass the contents of the file as a parameter.
    ///
    /// Either `SecretBinary` or `SecretString` must have a value, but not both.
    ///
    /// You can't access this parameter in the Secrets Manager console.
    ///
    /// Sensitive: This field contains sensitive information, so the service does not include it in CloudTrail log entries. If you create your own log entries, you must also avoid logging the information in this field.
    pub secret_binary: Option<Vec<u8>>,
    /// The text data to encrypt and store in the new version of the secret. We recommend you use a JSON structure of key/value pairs for your secret value.
    ///
    /// Either `SecretBinary` or `SecretString` must have a value, but not both.
    ///
    /// Sensitive: This field contains sensitive information, so the service does not include it in CloudTrail log entries. If you create your own log entries, you must also avoid logging the information in this field.
    pub secret_string: Option<String>,
    /// The exact string that identifies the third-party partner that holds the external secret. For more information, see [Managed external secret partners](https://docs.aws.amazon.com/secretsmanager/latest/userguide/mes-partners.html).
    pub r#type: Option<String>,
}
rt::structure!(
    UpdateSecretInput, UPDATE_SECRET_INPUT, [secret_id, client_request_token,
    description, kms_key_id, secret_binary, secret_string, r#type]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateSecretOutput {
    /// The ARN of the secret that was updated.
    pub arn: Option<String>,
    /// The name of the secret that was updated.
    pub name: Option<String>,
    /// If Secrets Manager created a new version of the secret during this operation, then `VersionId` contains the unique identifier of the new version.
    pub version_id: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    UpdateSecretOutput, UPDATE_SECRET_OUTPUT, [arn, name, version_id], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateSecretVersionStageInput {
    /// The ARN or the name of the secret with the version and staging labelsto modify.
    ///
    /// For an ARN, we recommend that you specify a complete ARN rather than a partial ARN. See [Finding a secret from a partial ARN](https://docs.aws.amazon.com/secretsmanager/latest/userguide/troubleshoot.html#ARN_secretnamehyphen).
    pub secret_id: String,
    /// The staging label to add to this version.
    pub version_stage: String,
    /// The ID of the version that the staging label is to be removed from. If the staging label you are trying to attach to one version is already attached to a different version, then you must include this parameter and specify the version that the label is to be removed from. If the label is attached and you either do not specify this parameter, or the version ID does not match, then the operation fails.
    pub remove_from_version_id: Option<String>,
    /// The ID of the version to add the staging label to. To remove a label from a version, then do not specify this parameter.
    ///
    /// If the staging label is already attached to a different version of the secret, then you must also specify the `RemoveFromVersionId` parameter.
    pub move_to_version_id: Option<String>,
}
rt::structure!(
    UpdateSecretVersionStageInput, UPDATE_SECRET_VERSION_STAGE_INPUT, [secret_id,
    version_stage, remove_from_version_id, move_to_version_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateSecretVersionStageOutput {
    /// The ARN of the secret that was updated.
    pub arn: Option<String>,
    /// The name of the secret that was updated.
    pub name: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    UpdateSecretVersionStageOutput, UPDATE_SECRET_VERSION_STAGE_OUTPUT, [arn, name], meta
    = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ValidateResourcePolicyInput {
    /// The ARN or name of the secret with the resource-based policy you want to validate.
    pub secret_id: Option<String>,
    /// A JSON-formatted string that contains an Amazon Web Services resource-based policy. The policy in the string identifies who can access or manage this secret and its versions. For example policies, see [Permissions policy examples](https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_examples.html).
    pub resource_policy: String,
}
rt::structure!(
    ValidateResourcePolicyInput, VALIDATE_RESOURCE_POLICY_INPUT, [secret_id,
    resource_policy]
);
#[derive(Clone, Default, PartialEq)]
pub struct ValidateResourcePolicyOutput {
    /// True if your policy passes validation, otherwise false.
    pub policy_validation_passed: Option<bool>,
    /// Validation errors if your policy didn't pass validation.
    pub validation_errors: Option<Vec<ValidationErrorsEntry>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ValidateResourcePolicyOutput, VALIDATE_RESOURCE_POLICY_OUTPUT,
    [policy_validation_passed, validation_errors], meta = response_metadata
);
/// Displays errors that occurred during validation of the resource policy.
#[derive(Clone, Default, PartialEq)]
pub struct ValidationErrorsEntry {
    /// Checks the name of the policy.
    pub check_name: Option<String>,
    /// Displays error messages if validation encounters problems during validation of the resource policy.
    pub error_message: Option<String>,
}
rt::structure!(
    ValidationErrorsEntry, VALIDATION_ERRORS_ENTRY, [check_name, error_message]
);

//! Per-operation error enums: one variant per modelled error plus `Unmodelled`.
//! Code, message, request id and status are on [`kumo_runtime::Error`].
#![allow(
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items
)]
/// The errors `AssociateCrossAccountReplica` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AssociateCrossAccountReplicaError {
    /// Secrets Manager can't find the resource that you asked for.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// A parameter value is not valid for the current state of the resource.
    ///
    /// Possible causes:
    ///
    /// - The secret is scheduled for deletion.
    ///
    /// - You tried to enable rotation on a secret that doesn't already have a Lambda function ARN configured and you didn't include such an ARN as a parameter in this call.
    ///
    /// - The secret is managed by another service, and you must use that service to update it. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
    InvalidRequestException(crate::types::InvalidRequestException),
    /// The parameter name or value is invalid.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The request failed because it would exceed one of the Secrets Manager quotas.
    LimitExceededException(crate::types::LimitExceededException),
    /// An error occurred on the server side.
    InternalServiceError(crate::types::InternalServiceError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    AssociateCrossAccountReplicaError, { 0 => ResourceNotFoundException, 1 =>
    InvalidRequestException, 2 => InvalidParameterException, 3 => LimitExceededException,
    4 => InternalServiceError }
);
/// The errors `BatchGetSecretValue` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum BatchGetSecretValueError {
    /// Secrets Manager can't find the resource that you asked for.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The parameter name or value is invalid.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// A parameter value is not valid for the current state of the resource.
    ///
    /// Possible causes:
    ///
    /// - The secret is scheduled for deletion.
    ///
    /// - You tried to enable rotation on a secret that doesn't already have a Lambda function ARN configured and you didn't include such an ARN as a parameter in this call.
    ///
    /// - The secret is managed by another service, and you must use that service to update it. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
    InvalidRequestException(crate::types::InvalidRequestException),
    /// Secrets Manager can't decrypt the protected secret text using the provided KMS key.
    DecryptionFailure(crate::types::DecryptionFailure),
    /// An error occurred on the server side.
    InternalServiceError(crate::types::InternalServiceError),
    /// The `NextToken` value is invalid.
    InvalidNextTokenException(crate::types::InvalidNextTokenException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    BatchGetSecretValueError, { 0 => ResourceNotFoundException, 1 =>
    InvalidParameterException, 2 => InvalidRequestException, 3 => DecryptionFailure, 4 =>
    InternalServiceError, 5 => InvalidNextTokenException }
);
/// The errors `CancelRotateSecret` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CancelRotateSecretError {
    /// Secrets Manager can't find the resource that you asked for.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The parameter name or value is invalid.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// An error occurred on the server side.
    InternalServiceError(crate::types::InternalServiceError),
    /// A parameter value is not valid for the current state of the resource.
    ///
    /// Possible causes:
    ///
    /// - The secret is scheduled for deletion.
    ///
    /// - You tried to enable rotation on a secret that doesn't already have a Lambda function ARN configured and you didn't include such an ARN as a parameter in this call.
    ///
    /// - The secret is managed by another service, and you must use that service to update it. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
    InvalidRequestException(crate::types::InvalidRequestException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CancelRotateSecretError, { 0 => ResourceNotFoundException, 1 =>
    InvalidParameterException, 2 => InternalServiceError, 3 => InvalidRequestException }
);
/// The errors `CreateSecret` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateSecretError {
    /// The parameter name or value is invalid.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// A parameter value is not valid for the current state of the resource.
    ///
    /// Possible causes:
    ///
    /// - The secret is scheduled for deletion.
    ///
    /// - You tried to enable rotation on a secret that doesn't already have a Lambda function ARN configured and you didn't include such an ARN as a parameter in this call.
    ///
    /// - The secret is managed by another service, and you must use that service to update it. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
    InvalidRequestException(crate::types::InvalidRequestException),
    /// The request failed because it would exceed one of the Secrets Manager quotas.
    LimitExceededException(crate::types::LimitExceededException),
    /// Secrets Manager can't encrypt the protected secret text using the provided KMS key. Check that the KMS key is available, enabled, and not in an invalid state. For more information, see [Key state: Effect on your KMS key](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html).
    EncryptionFailure(crate::types::EncryptionFailure),
    /// A resource with the ID you requested already exists.
    ResourceExistsException(crate::types::ResourceExistsException),
    /// Secrets Manager can't find the resource that you asked for.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The resource policy has syntax errors.
    MalformedPolicyDocumentException(crate::types::MalformedPolicyDocumentException),
    /// An error occurred on the server side.
    InternalServiceError(crate::types::InternalServiceError),
    /// The request failed because you did not complete all the prerequisite steps.
    PreconditionNotMetException(crate::types::PreconditionNotMetException),
    /// Secrets Manager can't decrypt the protected secret text using the provided KMS key.
    DecryptionFailure(crate::types::DecryptionFailure),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateSecretError, { 0 => InvalidParameterException, 1 => InvalidRequestException, 2
    => LimitExceededException, 3 => EncryptionFailure, 4 => ResourceExistsException, 5 =>
    ResourceNotFoundException, 6 => MalformedPolicyDocumentException, 7 =>
    InternalServiceError, 8 => PreconditionNotMetException, 9 => DecryptionFailure }
);
/// The errors `DeleteResourcePolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteResourcePolicyError {
    /// Secrets Manager can't find the resource that you asked for.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error occurred on the server side.
    InternalServiceError(crate::types::InternalServiceError),
    /// A parameter value is not valid for the current state of the resource.
    ///
    /// Possible causes:
    ///
    /// - The secret is scheduled for deletion.
    ///
    /// - You tried to enable rotation on a secret that doesn't already have a Lambda function ARN configured and you didn't include such an ARN as a parameter in this call.
    ///
    /// - The secret is managed by another service, and you must use that service to update it. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
    InvalidRequestException(crate::types::InvalidRequestException),
    /// The parameter name or value is invalid.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteResourcePolicyError, { 0 => ResourceNotFoundException, 1 =>
    InternalServiceError, 2 => InvalidRequestException, 3 => InvalidParameterException }
);
/// The errors `DeleteSecret` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteSecretError {
    /// Secrets Manager can't find the resource that you asked for.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The parameter name or value is invalid.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// A parameter value is not valid for the current state of the resource.
    ///
    /// Possible causes:
    ///
    /// - The secret is scheduled for deletion.
    ///
    /// - You tried to enable rotation on a secret that doesn't already have a Lambda function ARN configured and you didn't include such an ARN as a parameter in this call.
    ///
    /// - The secret is managed by another service, and you must use that service to update it. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
    InvalidRequestException(crate::types::InvalidRequestException),
    /// An error occurred on the server side.
    InternalServiceError(crate::types::InternalServiceError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteSecretError, { 0 => ResourceNotFoundException, 1 => InvalidParameterException,
    2 => InvalidRequestException, 3 => InternalServiceError }
);
/// The errors `DescribeSecret` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeSecretError {
    /// Secrets Manager can't find the resource that you asked for.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error occurred on the server side.
    InternalServiceError(crate::types::InternalServiceError),
    /// The parameter name or value is invalid.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeSecretError, { 0 => ResourceNotFoundException, 1 => InternalServiceError, 2
    => InvalidParameterException }
);
/// The errors `DisassociateCrossAccountReplica` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisassociateCrossAccountReplicaError {
    /// Secrets Manager can't find the resource that you asked for.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// A parameter value is not valid for the current state of the resource.
    ///
    /// Possible causes:
    ///
    /// - The secret is scheduled for deletion.
    ///
    /// - You tried to enable rotation on a secret that doesn't already have a Lambda function ARN configured and you didn't include such an ARN as a parameter in this call.
    ///
    /// - The secret is managed by another service, and you must use that service to update it. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
    InvalidRequestException(crate::types::InvalidRequestException),
    /// The parameter name or value is invalid.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// An error occurred on the server side.
    InternalServiceError(crate::types::InternalServiceError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DisassociateCrossAccountReplicaError, { 0 => ResourceNotFoundException, 1 =>
    InvalidRequestException, 2 => InvalidParameterException, 3 => InternalServiceError }
);
/// The errors `GetRandomPassword` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetRandomPasswordError {
    /// The parameter name or value is invalid.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// A parameter value is not valid for the current state of the resource.
    ///
    /// Possible causes:
    ///
    /// - The secret is scheduled for deletion.
    ///
    /// - You tried to enable rotation on a secret that doesn't already have a Lambda function ARN configured and you didn't include such an ARN as a parameter in this call.
    ///
    /// - The secret is managed by another service, and you must use that service to update it. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
    InvalidRequestException(crate::types::InvalidRequestException),
    /// An error occurred on the server side.
    InternalServiceError(crate::types::InternalServiceError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetRandomPasswordError, { 0 => InvalidParameterException, 1 =>
    InvalidRequestException, 2 => InternalServiceError }
);
/// The errors `GetResourcePolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetResourcePolicyError {
    /// Secrets Manager can't find the resource that you asked for.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error occurred on the server side.
    InternalServiceError(crate::types::InternalServiceError),
    /// A parameter value is not valid for the current state of the resource.
    ///
    /// Possible causes:
    ///
    /// - The secret is scheduled for deletion.
    ///
    /// - You tried to enable rotation on a secret that doesn't already have a Lambda function ARN configured and you didn't include such an ARN as a parameter in this call.
    ///
    /// - The secret is managed by another service, and you must use that service to update it. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
    InvalidRequestException(crate::types::InvalidRequestException),
    /// The parameter name or value is invalid.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetResourcePolicyError, { 0 => ResourceNotFoundException, 1 => InternalServiceError,
    2 => InvalidRequestException, 3 => InvalidParameterException }
);
/// The errors `GetSecretValue` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetSecretValueError {
    /// Secrets Manager can't find the resource that you asked for.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The parameter name or value is invalid.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// A parameter value is not valid for the current state of the resource.
    ///
    /// Possible causes:
    ///
    /// - The secret is scheduled for deletion.
    ///
    /// - You tried to enable rotation on a secret that doesn't already have a Lambda function ARN configured and you didn't include such an ARN as a parameter in this call.
    ///
    /// - The secret is managed by another service, and you must use that service to update it. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
    InvalidRequestException(crate::types::InvalidRequestException),
    /// Secrets Manager can't decrypt the protected secret text using the provided KMS key.
    DecryptionFailure(crate::types::DecryptionFailure),
    /// An error occurred on the server side.
    InternalServiceError(crate::types::InternalServiceError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetSecretValueError, { 0 => ResourceNotFoundException, 1 =>
    InvalidParameterException, 2 => InvalidRequestException, 3 => DecryptionFailure, 4 =>
    InternalServiceError }
);
/// The errors `ListResourcePolicies` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListResourcePoliciesError {
    /// Secrets Manager can't find the resource that you asked for.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The `NextToken` value is invalid.
    InvalidNextTokenException(crate::types::InvalidNextTokenException),
    /// An error occurred on the server side.
    InternalServiceError(crate::types::InternalServiceError),
    /// A parameter value is not valid for the current state of the resource.
    ///
    /// Possible causes:
    ///
    /// - The secret is scheduled for deletion.
    ///
    /// - You tried to enable rotation on a secret that doesn't already have a Lambda function ARN configured and you didn't include such an ARN as a parameter in this call.
    ///
    /// - The secret is managed by another service, and you must use that service to update it. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
    InvalidRequestException(crate::types::InvalidRequestException),
    /// The parameter name or value is invalid.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListResourcePoliciesError, { 0 => ResourceNotFoundException, 1 =>
    InvalidNextTokenException, 2 => InternalServiceError, 3 => InvalidRequestException, 4
    => InvalidParameterException }
);
/// The errors `ListSecretVersionIds` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListSecretVersionIdsError {
    /// The `NextToken` value is invalid.
    InvalidNextTokenException(crate::types::InvalidNextTokenException),
    /// Secrets Manager can't find the resource that you asked for.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error occurred on the server side.
    InternalServiceError(crate::types::InternalServiceError),
    /// The parameter name or value is invalid.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListSecretVersionIdsError, { 0 => InvalidNextTokenException, 1 =>
    ResourceNotFoundException, 2 => InternalServiceError, 3 => InvalidParameterException
    }
);
/// The errors `ListSecrets` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListSecretsError {
    /// The parameter name or value is invalid.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// A parameter value is not valid for the current state of the resource.
    ///
    /// Possible causes:
    ///
    /// - The secret is scheduled for deletion.
    ///
    /// - You tried to enable rotation on a secret that doesn't already have a Lambda function ARN configured and you didn't include such an ARN as a parameter in this call.
    ///
    /// - The secret is managed by another service, and you must use that service to update it. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
    InvalidRequestException(crate::types::InvalidRequestException),
    /// The `NextToken` value is invalid.
    InvalidNextTokenException(crate::types::InvalidNextTokenException),
    /// An error occurred on the server side.
    InternalServiceError(crate::types::InternalServiceError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListSecretsError, { 0 => InvalidParameterException, 1 => InvalidRequestException, 2
    => InvalidNextTokenException, 3 => InternalServiceError }
);
/// The errors `PutResourcePolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutResourcePolicyError {
    /// The resource policy has syntax errors.
    MalformedPolicyDocumentException(crate::types::MalformedPolicyDocumentException),
    /// Secrets Manager can't find the resource that you asked for.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The parameter name or value is invalid.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// An error occurred on the server side.
    InternalServiceError(crate::types::InternalServiceError),
    /// A parameter value is not valid for the current state of the resource.
    ///
    /// Possible causes:
    ///
    /// - The secret is scheduled for deletion.
    ///
    /// - You tried to enable rotation on a secret that doesn't already have a Lambda function ARN configured and you didn't include such an ARN as a parameter in this call.
    ///
    /// - The secret is managed by another service, and you must use that service to update it. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
    InvalidRequestException(crate::types::InvalidRequestException),
    /// The `BlockPublicPolicy` parameter is set to true, and the resource policy did not prevent broad access to the secret.
    PublicPolicyException(crate::types::PublicPolicyException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutResourcePolicyError, { 0 => MalformedPolicyDocumentException, 1 =>
    ResourceNotFoundException, 2 => InvalidParameterException, 3 => InternalServiceError,
    4 => InvalidRequestException, 5 => PublicPolicyException }
);
/// The errors `PutSecretValue` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutSecretValueError {
    /// The parameter name or value is invalid.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// A parameter value is not valid for the current state of the resource.
    ///
    /// Possible causes:
    ///
    /// - The secret is scheduled for deletion.
    ///
    /// - You tried to enable rotation on a secret that doesn't already have a Lambda function ARN configured and you didn't include such an ARN as a parameter in this call.
    ///
    /// - The secret is managed by another service, and you must use that service to update it. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
    InvalidRequestException(crate::types::InvalidRequestException),
    /// The request failed because it would exceed one of the Secrets Manager quotas.
    LimitExceededException(crate::types::LimitExceededException),
    /// Secrets Manager can't encrypt the protected secret text using the provided KMS key. Check that the KMS key is available, enabled, and not in an invalid state. For more information, see [Key state: Effect on your KMS key](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html).
    EncryptionFailure(crate::types::EncryptionFailure),
    /// A resource with the ID you requested already exists.
    ResourceExistsException(crate::types::ResourceExistsException),
    /// Secrets Manager can't find the resource that you asked for.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error occurred on the server side.
    InternalServiceError(crate::types::InternalServiceError),
    /// Secrets Manager can't decrypt the protected secret text using the provided KMS key.
    DecryptionFailure(crate::types::DecryptionFailure),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutSecretValueError, { 0 => InvalidParameterException, 1 => InvalidRequestException,
    2 => LimitExceededException, 3 => EncryptionFailure, 4 => ResourceExistsException, 5
    => ResourceNotFoundException, 6 => InternalServiceError, 7 => DecryptionFailure }
);
/// The errors `RemoveRegionsFromReplication` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RemoveRegionsFromReplicationError {
    /// Secrets Manager can't find the resource that you asked for.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// A parameter value is not valid for the current state of the resource.
    ///
    /// Possible causes:
    ///
    /// - The secret is scheduled for deletion.
    ///
    /// - You tried to enable rotation on a secret that doesn't already have a Lambda function ARN configured and you didn't include such an ARN as a parameter in this call.
    ///
    /// - The secret is managed by another service, and you must use that service to update it. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
    InvalidRequestException(crate::types::InvalidRequestException),
    /// The parameter name or value is invalid.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// An error occurred on the server side.
    InternalServiceError(crate::types::InternalServiceError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    RemoveRegionsFromReplicationError, { 0 => ResourceNotFoundException, 1 =>
    InvalidRequestException, 2 => InvalidParameterException, 3 => InternalServiceError }
);
/// The errors `ReplicateSecretToRegions` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ReplicateSecretToRegionsError {
    /// Secrets Manager can't find the resource that you asked for.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// A parameter value is not valid for the current state of the resource.
    ///
    /// Possible causes:
    ///
    /// - The secret is scheduled for deletion.
    ///
    /// - You tried to enable rotation on a secret that doesn't already have a Lambda function ARN configured and you didn't include such an ARN as a parameter in this call.
    ///
    /// - The secret is managed by another service, and you must use that service to update it. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
    InvalidRequestException(crate::types::InvalidRequestException),
    /// The parameter name or value is invalid.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// An error occurred on the server side.
    InternalServiceError(crate::types::InternalServiceError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ReplicateSecretToRegionsError, { 0 => ResourceNotFoundException, 1 =>
    InvalidRequestException, 2 => InvalidParameterException, 3 => InternalServiceError }
);
/// The errors `RestoreSecret` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RestoreSecretError {
    /// Secrets Manager can't find the resource that you asked for.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The parameter name or value is invalid.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// A parameter value is not valid for the current state of the resource.
    ///
    /// Possible causes:
    ///
    /// - The secret is scheduled for deletion.
    ///
    /// - You tried to enable rotation on a secret that doesn't already have a Lambda function ARN configured and you didn't include such an ARN as a parameter in this call.
    ///
    /// - The secret is managed by another service, and you must use that service to update it. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
    InvalidRequestException(crate::types::InvalidRequestException),
    /// An error occurred on the server side.
    InternalServiceError(crate::types::InternalServiceError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    RestoreSecretError, { 0 => ResourceNotFoundException, 1 => InvalidParameterException,
    2 => InvalidRequestException, 3 => InternalServiceError }
);
/// The errors `RotateSecret` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RotateSecretError {
    /// Secrets Manager can't find the resource that you asked for.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The parameter name or value is invalid.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// An error occurred on the server side.
    InternalServiceError(crate::types::InternalServiceError),
    /// A parameter value is not valid for the current state of the resource.
    ///
    /// Possible causes:
    ///
    /// - The secret is scheduled for deletion.
    ///
    /// - You tried to enable rotation on a secret that doesn't already have a Lambda function ARN configured and you didn't include such an ARN as a parameter in this call.
    ///
    /// - The secret is managed by another service, and you must use that service to update it. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
    InvalidRequestException(crate::types::InvalidRequestException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    RotateSecretError, { 0 => ResourceNotFoundException, 1 => InvalidParameterException,
    2 => InternalServiceError, 3 => InvalidRequestException }
);
/// The errors `StopReplicationToReplica` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum StopReplicationToReplicaError {
    /// Secrets Manager can't find the resource that you asked for.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// A parameter value is not valid for the current state of the resource.
    ///
    /// Possible causes:
    ///
    /// - The secret is scheduled for deletion.
    ///
    /// - You tried to enable rotation on a secret that doesn't already have a Lambda function ARN configured and you didn't include such an ARN as a parameter in this call.
    ///
    /// - The secret is managed by another service, and you must use that service to update it. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
    InvalidRequestException(crate::types::InvalidRequestException),
    /// The parameter name or value is invalid.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// An error occurred on the server side.
    InternalServiceError(crate::types::InternalServiceError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    StopReplicationToReplicaError, { 0 => ResourceNotFoundException, 1 =>
    InvalidRequestException, 2 => InvalidParameterException, 3 => InternalServiceError }
);
/// The errors `TagResource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum TagResourceError {
    /// Secrets Manager can't find the resource that you asked for.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// A parameter value is not valid for the current state of the resource.
    ///
    /// Possible causes:
    ///
    /// - The secret is scheduled for deletion.
    ///
    /// - You tried to enable rotation on a secret that doesn't already have a Lambda function ARN configured and you didn't include such an ARN as a parameter in this call.
    ///
    /// - The secret is managed by another service, and you must use that service to update it. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
    InvalidRequestException(crate::types::InvalidRequestException),
    /// The parameter name or value is invalid.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// An error occurred on the server side.
    InternalServiceError(crate::types::InternalServiceError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    TagResourceError, { 0 => ResourceNotFoundException, 1 => InvalidRequestException, 2
    => InvalidParameterException, 3 => InternalServiceError }
);
/// The errors `UntagResource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UntagResourceError {
    /// Secrets Manager can't find the resource that you asked for.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// A parameter value is not valid for the current state of the resource.
    ///
    /// Possible causes:
    ///
    /// - The secret is scheduled for deletion.
    ///
    /// - You tried to enable rotation on a secret that doesn't already have a Lambda function ARN configured and you didn't include such an ARN as a parameter in this call.
    ///
    /// - The secret is managed by another service, and you must use that service to update it. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
    InvalidRequestException(crate::types::InvalidRequestException),
    /// The parameter name or value is invalid.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// An error occurred on the server side.
    InternalServiceError(crate::types::InternalServiceError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UntagResourceError, { 0 => ResourceNotFoundException, 1 => InvalidRequestException, 2
    => InvalidParameterException, 3 => InternalServiceError }
);
/// The errors `UpdateSecret` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateSecretError {
    /// The parameter name or value is invalid.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// A parameter value is not valid for the current state of the resource.
    ///
    /// Possible causes:
    ///
    /// - The secret is scheduled for deletion.
    ///
    /// - You tried to enable rotation on a secret that doesn't already have a Lambda function ARN configured and you didn't include such an ARN as a parameter in this call.
    ///
    /// - The secret is managed by another service, and you must use that service to update it. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
    InvalidRequestException(crate::types::InvalidRequestException),
    /// The request failed because it would exceed one of the Secrets Manager quotas.
    LimitExceededException(crate::types::LimitExceededException),
    /// Secrets Manager can't encrypt the protected secret text using the provided KMS key. Check that the KMS key is available, enabled, and not in an invalid state. For more information, see [Key state: Effect on your KMS key](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html).
    EncryptionFailure(crate::types::EncryptionFailure),
    /// A resource with the ID you requested already exists.
    ResourceExistsException(crate::types::ResourceExistsException),
    /// Secrets Manager can't find the resource that you asked for.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The resource policy has syntax errors.
    MalformedPolicyDocumentException(crate::types::MalformedPolicyDocumentException),
    /// An error occurred on the server side.
    InternalServiceError(crate::types::InternalServiceError),
    /// The request failed because you did not complete all the prerequisite steps.
    PreconditionNotMetException(crate::types::PreconditionNotMetException),
    /// Secrets Manager can't decrypt the protected secret text using the provided KMS key.
    DecryptionFailure(crate::types::DecryptionFailure),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateSecretError, { 0 => InvalidParameterException, 1 => InvalidRequestException, 2
    => LimitExceededException, 3 => EncryptionFailure, 4 => ResourceExistsException, 5 =>
    ResourceNotFoundException, 6 => MalformedPolicyDocumentException, 7 =>
    InternalServiceError, 8 => PreconditionNotMetException, 9 => DecryptionFailure }
);
/// The errors `UpdateSecretVersionStage` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateSecretVersionStageError {
    /// Secrets Manager can't find the resource that you asked for.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The parameter name or value is invalid.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// A parameter value is not valid for the current state of the resource.
    ///
    /// Possible causes:
    ///
    /// - The secret is scheduled for deletion.
    ///
    /// - You tried to enable rotation on a secret that doesn't already have a Lambda function ARN configured and you didn't include such an ARN as a parameter in this call.
    ///
    /// - The secret is managed by another service, and you must use that service to update it. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
    InvalidRequestException(crate::types::InvalidRequestException),
    /// The request failed because it would exceed one of the Secrets Manager quotas.
    LimitExceededException(crate::types::LimitExceededException),
    /// An error occurred on the server side.
    InternalServiceError(crate::types::InternalServiceError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateSecretVersionStageError, { 0 => ResourceNotFoundException, 1 =>
    InvalidParameterException, 2 => InvalidRequestException, 3 => LimitExceededException,
    4 => InternalServiceError }
);
/// The errors `ValidateResourcePolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ValidateResourcePolicyError {
    /// The resource policy has syntax errors.
    MalformedPolicyDocumentException(crate::types::MalformedPolicyDocumentException),
    /// Secrets Manager can't find the resource that you asked for.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The parameter name or value is invalid.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// An error occurred on the server side.
    InternalServiceError(crate::types::InternalServiceError),
    /// A parameter value is not valid for the current state of the resource.
    ///
    /// Possible causes:
    ///
    /// - The secret is scheduled for deletion.
    ///
    /// - You tried to enable rotation on a secret that doesn't already have a Lambda function ARN configured and you didn't include such an ARN as a parameter in this call.
    ///
    /// - The secret is managed by another service, and you must use that service to update it. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
    InvalidRequestException(crate::types::InvalidRequestException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ValidateResourcePolicyError, { 0 => MalformedPolicyDocumentException, 1 =>
    ResourceNotFoundException, 2 => InvalidParameterException, 3 => InternalServiceError,
    4 => InvalidRequestException }
);

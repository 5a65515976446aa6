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
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// A parameter value is not valid for the current state of the resource.
    ///
    /// Possible causes:
    ///
    /// - The secret is scheduled for deletion.
    ///
    /// - You tried to enable rotation on a secret that doesn't already have a Lambda function ARN configured and you didn't include such an ARN as a parameter in this call.
    ///
    /// - The secret is managed by another service, and you must use that service to update it. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
    InvalidRequestException(super::types::InvalidRequestException),
    /// The parameter name or value is invalid.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The request failed because it would exceed one of the Secrets Manager quotas.
    LimitExceededException(super::types::LimitExceededException),
    /// An error occurred on the server side.
    InternalServiceError(super::types::InternalServiceError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    AssociateCrossAccountReplicaError, [ResourceNotFoundException,
    InvalidRequestException, InvalidParameterException, LimitExceededException,
    InternalServiceError]
);
/// The errors `BatchGetSecretValue` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum BatchGetSecretValueError {
    /// Secrets Manager can't find the resource that you asked for.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The parameter name or value is invalid.
    InvalidParameterException(super::types::InvalidParameterException),
    /// A parameter value is not valid for the current state of the resource.
    ///
    /// Possible causes:
    ///
    /// - The secret is scheduled for deletion.
    ///
    /// - You tried to enable rotation on a secret that doesn't already have a Lambda function ARN configured and you didn't include such an ARN as a parameter in this call.
    ///
    /// - The secret is managed by another service, and you must use that service to update it. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
    InvalidRequestException(super::types::InvalidRequestException),
    /// Secrets Manager can't decrypt the protected secret text using the provided KMS key.
    DecryptionFailure(super::types::DecryptionFailure),
    /// An error occurred on the server side.
    InternalServiceError(super::types::InternalServiceError),
    /// The `NextToken` value is invalid.
    InvalidNextTokenException(super::types::InvalidNextTokenException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    BatchGetSecretValueError, [ResourceNotFoundException, InvalidParameterException,
    InvalidRequestException, DecryptionFailure, InternalServiceError,
    InvalidNextTokenException]
);
/// The errors `CancelRotateSecret` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CancelRotateSecretError {
    /// Secrets Manager can't find the resource that you asked for.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The parameter name or value is invalid.
    InvalidParameterException(super::types::InvalidParameterException),
    /// An error occurred on the server side.
    InternalServiceError(super::types::InternalServiceError),
    /// A parameter value is not valid for the current state of the resource.
    ///
    /// Possible causes:
    ///
    /// - The secret is scheduled for deletion.
    ///
    /// - You tried to enable rotation on a secret that doesn't already have a Lambda function ARN configured and you didn't include such an ARN as a parameter in this call.
    ///
    /// - The secret is managed by another service, and you must use that service to update it. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
    InvalidRequestException(super::types::InvalidRequestException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CancelRotateSecretError, [ResourceNotFoundException, InvalidParameterException,
    InternalServiceError, InvalidRequestException]
);
/// The errors `CreateSecret` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateSecretError {
    /// The parameter name or value is invalid.
    InvalidParameterException(super::types::InvalidParameterException),
    /// A parameter value is not valid for the current state of the resource.
    ///
    /// Possible causes:
    ///
    /// - The secret is scheduled for deletion.
    ///
    /// - You tried to enable rotation on a secret that doesn't already have a Lambda function ARN configured and you didn't include such an ARN as a parameter in this call.
    ///
    /// - The secret is managed by another service, and you must use that service to update it. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
    InvalidRequestException(super::types::InvalidRequestException),
    /// The request failed because it would exceed one of the Secrets Manager quotas.
    LimitExceededException(super::types::LimitExceededException),
    /// Secrets Manager can't encrypt the protected secret text using the provided KMS key. Check that the KMS key is available, enabled, and not in an invalid state. For more information, see [Key state: Effect on your KMS key](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html).
    EncryptionFailure(super::types::EncryptionFailure),
    /// A resource with the ID you requested already exists.
    ResourceExistsException(super::types::ResourceExistsException),
    /// Secrets Manager can't find the resource that you asked for.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The resource policy has syntax errors.
    MalformedPolicyDocumentException(super::types::MalformedPolicyDocumentException),
    /// An error occurred on the server side.
    InternalServiceError(super::types::InternalServiceError),
    /// The request failed because you did not complete all the prerequisite steps.
    PreconditionNotMetException(super::types::PreconditionNotMetException),
    /// Secrets Manager can't decrypt the protected secret text using the provided KMS key.
    DecryptionFailure(super::types::DecryptionFailure),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateSecretError, [InvalidParameterException, InvalidRequestException,
    LimitExceededException, EncryptionFailure, ResourceExistsException,
    ResourceNotFoundException, MalformedPolicyDocumentException, InternalServiceError,
    PreconditionNotMetException, DecryptionFailure]
);
/// The errors `DeleteResourcePolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteResourcePolicyError {
    /// Secrets Manager can't find the resource that you asked for.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error occurred on the server side.
    InternalServiceError(super::types::InternalServiceError),
    /// A parameter value is not valid for the current state of the resource.
    ///
    /// Possible causes:
    ///
    /// - The secret is scheduled for deletion.
    ///
    /// - You tried to enable rotation on a secret that doesn't already have a Lambda function ARN configured and you didn't include such an ARN as a parameter in this call.
    ///
    /// - The secret is managed by another service, and you must use that service to update it. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
    InvalidRequestException(super::types::InvalidRequestException),
    /// The parameter name or value is invalid.
    InvalidParameterException(super::types::InvalidParameterException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteResourcePolicyError, [ResourceNotFoundException, InternalServiceError,
    InvalidRequestException, InvalidParameterException]
);
/// The errors `DeleteSecret` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteSecretError {
    /// Secrets Manager can't find the resource that you asked for.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The parameter name or value is invalid.
    InvalidParameterException(super::types::InvalidParameterException),
    /// A parameter value is not valid for the current state of the resource.
    ///
    /// Possible causes:
    ///
    /// - The secret is scheduled for deletion.
    ///
    /// - You tried to enable rotation on a secret that doesn't already have a Lambda function ARN configured and you didn't include such an ARN as a parameter in this call.
    ///
    /// - The secret is managed by another service, and you must use that service to update it. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
    InvalidRequestException(super::types::InvalidRequestException),
    /// An error occurred on the server side.
    InternalServiceError(super::types::InternalServiceError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteSecretError, [ResourceNotFoundException, InvalidParameterException,
    InvalidRequestException, InternalServiceError]
);
/// The errors `DescribeSecret` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeSecretError {
    /// Secrets Manager can't find the resource that you asked for.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error occurred on the server side.
    InternalServiceError(super::types::InternalServiceError),
    /// The parameter name or value is invalid.
    InvalidParameterException(super::types::InvalidParameterException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeSecretError, [ResourceNotFoundException, InternalServiceError,
    InvalidParameterException]
);
/// The errors `DisassociateCrossAccountReplica` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisassociateCrossAccountReplicaError {
    /// Secrets Manager can't find the resource that you asked for.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// A parameter value is not valid for the current state of the resource.
    ///
    /// Possible causes:
    ///
    /// - The secret is scheduled for deletion.
    ///
    /// - You tried to enable rotation on a secret that doesn't already have a Lambda function ARN configured and you didn't include such an ARN as a parameter in this call.
    ///
    /// - The secret is managed by another service, and you must use that service to update it. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
    InvalidRequestException(super::types::InvalidRequestException),
    /// The parameter name or value is invalid.
    InvalidParameterException(super::types::InvalidParameterException),
    /// An error occurred on the server side.
    InternalServiceError(super::types::InternalServiceError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DisassociateCrossAccountReplicaError, [ResourceNotFoundException,
    InvalidRequestException, InvalidParameterException, InternalServiceError]
);
/// The errors `GetRandomPassword` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetRandomPasswordError {
    /// The parameter name or value is invalid.
    InvalidParameterException(super::types::InvalidParameterException),
    /// A parameter value is not valid for the current state of the resource.
    ///
    /// Possible causes:
    ///
    /// - The secret is scheduled for deletion.
    ///
    /// - You tried to enable rotation on a secret that doesn't already have a Lambda function ARN configured and you didn't include such an ARN as a parameter in this call.
    ///
    /// - The secret is managed by another service, and you must use that service to update it. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
    InvalidRequestException(super::types::InvalidRequestException),
    /// An error occurred on the server side.
    InternalServiceError(super::types::InternalServiceError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetRandomPasswordError, [InvalidParameterException, InvalidRequestException,
    InternalServiceError]
);
/// The errors `GetResourcePolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetResourcePolicyError {
    /// Secrets Manager can't find the resource that you asked for.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error occurred on the server side.
    InternalServiceError(super::types::InternalServiceError),
    /// A parameter value is not valid for the current state of the resource.
    ///
    /// Possible causes:
    ///
    /// - The secret is scheduled for deletion.
    ///
    /// - You tried to enable rotation on a secret that doesn't already have a Lambda function ARN configured and you didn't include such an ARN as a parameter in this call.
    ///
    /// - The secret is managed by another service, and you must use that service to update it. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
    InvalidRequestException(super::types::InvalidRequestException),
    /// The parameter name or value is invalid.
    InvalidParameterException(super::types::InvalidParameterException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetResourcePolicyError, [ResourceNotFoundException, InternalServiceError,
    InvalidRequestException, InvalidParameterException]
);
/// The errors `GetSecretValue` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetSecretValueError {
    /// Secrets Manager can't find the resource that you asked for.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The parameter name or value is invalid.
    InvalidParameterException(super::types::InvalidParameterException),
    /// A parameter value is not valid for the current state of the resource.
    ///
    /// Possible causes:
    ///
    /// - The secret is scheduled for deletion.
    ///
    /// - You tried to enable rotation on a secret that doesn't already have a Lambda function ARN configured and you didn't include such an ARN as a parameter in this call.
    ///
    /// - The secret is managed by another service, and you must use that service to update it. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
    InvalidRequestException(super::types::InvalidRequestException),
    /// Secrets Manager can't decrypt the protected secret text using the provided KMS key.
    DecryptionFailure(super::types::DecryptionFailure),
    /// An error occurred on the server side.
    InternalServiceError(super::types::InternalServiceError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetSecretValueError, [ResourceNotFoundException, InvalidParameterException,
    InvalidRequestException, DecryptionFailure, InternalServiceError]
);
/// The errors `ListResourcePolicies` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListResourcePoliciesError {
    /// Secrets Manager can't find the resource that you asked for.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The `NextToken` value is invalid.
    InvalidNextTokenException(super::types::InvalidNextTokenException),
    /// An error occurred on the server side.
    InternalServiceError(super::types::InternalServiceError),
    /// A parameter value is not valid for the current state of the resource.
    ///
    /// Possible causes:
    ///
    /// - The secret is scheduled for deletion.
    ///
    /// - You tried to enable rotation on a secret that doesn't already have a Lambda function ARN configured and you didn't include such an ARN as a parameter in this call.
    ///
    /// - The secret is managed by another service, and you must use that service to update it. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
    InvalidRequestException(super::types::InvalidRequestException),
    /// The parameter name or value is invalid.
    InvalidParameterException(super::types::InvalidParameterException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListResourcePoliciesError, [ResourceNotFoundException, InvalidNextTokenException,
    InternalServiceError, InvalidRequestException, InvalidParameterException]
);
/// The errors `ListSecretVersionIds` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListSecretVersionIdsError {
    /// The `NextToken` value is invalid.
    InvalidNextTokenException(super::types::InvalidNextTokenException),
    /// Secrets Manager can't find the resource that you asked for.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error occurred on the server side.
    InternalServiceError(super::types::InternalServiceError),
    /// The parameter name or value is invalid.
    InvalidParameterException(super::types::InvalidParameterException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListSecretVersionIdsError, [InvalidNextTokenException, ResourceNotFoundException,
    InternalServiceError, InvalidParameterException]
);
/// The errors `ListSecrets` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListSecretsError {
    /// The parameter name or value is invalid.
    InvalidParameterException(super::types::InvalidParameterException),
    /// A parameter value is not valid for the current state of the resource.
    ///
    /// Possible causes:
    ///
    /// - The secret is scheduled for deletion.
    ///
    /// - You tried to enable rotation on a secret that doesn't already have a Lambda function ARN configured and you didn't include such an ARN as a parameter in this call.
    ///
    /// - The secret is managed by another service, and you must use that service to update it. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
    InvalidRequestException(super::types::InvalidRequestException),
    /// The `NextToken` value is invalid.
    InvalidNextTokenException(super::types::InvalidNextTokenException),
    /// An error occurred on the server side.
    InternalServiceError(super::types::InternalServiceError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListSecretsError, [InvalidParameterException, InvalidRequestException,
    InvalidNextTokenException, InternalServiceError]
);
/// The errors `PutResourcePolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutResourcePolicyError {
    /// The resource policy has syntax errors.
    MalformedPolicyDocumentException(super::types::MalformedPolicyDocumentException),
    /// Secrets Manager can't find the resource that you asked for.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The parameter name or value is invalid.
    InvalidParameterException(super::types::InvalidParameterException),
    /// An error occurred on the server side.
    InternalServiceError(super::types::InternalServiceError),
    /// A parameter value is not valid for the current state of the resource.
    ///
    /// Possible causes:
    ///
    /// - The secret is scheduled for deletion.
    ///
    /// - You tried to enable rotation on a secret that doesn't already have a Lambda function ARN configured and you didn't include such an ARN as a parameter in this call.
    ///
    /// - The secret is managed by another service, and you must use that service to update it. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
    InvalidRequestException(super::types::InvalidRequestException),
    /// The `BlockPublicPolicy` parameter is set to true, and the resource policy did not prevent broad access to the secret.
    PublicPolicyException(super::types::PublicPolicyException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutResourcePolicyError, [MalformedPolicyDocumentException, ResourceNotFoundException,
    InvalidParameterException, InternalServiceError, InvalidRequestException,
    PublicPolicyException]
);
/// The errors `PutSecretValue` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutSecretValueError {
    /// The parameter name or value is invalid.
    InvalidParameterException(super::types::InvalidParameterException),
    /// A parameter value is not valid for the current state of the resource.
    ///
    /// Possible causes:
    ///
    /// - The secret is scheduled for deletion.
    ///
    /// - You tried to enable rotation on a secret that doesn't already have a Lambda function ARN configured and you didn't include such an ARN as a parameter in this call.
    ///
    /// - The secret is managed by another service, and you must use that service to update it. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
    InvalidRequestException(super::types::InvalidRequestException),
    /// The request failed because it would exceed one of the Secrets Manager quotas.
    LimitExceededException(super::types::LimitExceededException),
    /// Secrets Manager can't encrypt the protected secret text using the provided KMS key. Check that the KMS key is available, enabled, and not in an invalid state. For more information, see [Key state: Effect on your KMS key](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html).
    EncryptionFailure(super::types::EncryptionFailure),
    /// A resource with the ID you requested already exists.
    ResourceExistsException(super::types::ResourceExistsException),
    /// Secrets Manager can't find the resource that you asked for.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error occurred on the server side.
    InternalServiceError(super::types::InternalServiceError),
    /// Secrets Manager can't decrypt the protected secret text using the provided KMS key.
    DecryptionFailure(super::types::DecryptionFailure),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutSecretValueError, [InvalidParameterException, InvalidRequestException,
    LimitExceededException, EncryptionFailure, ResourceExistsException,
    ResourceNotFoundException, InternalServiceError, DecryptionFailure]
);
/// The errors `RemoveRegionsFromReplication` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RemoveRegionsFromReplicationError {
    /// Secrets Manager can't find the resource that you asked for.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// A parameter value is not valid for the current state of the resource.
    ///
    /// Possible causes:
    ///
    /// - The secret is scheduled for deletion.
    ///
    /// - You tried to enable rotation on a secret that doesn't already have a Lambda function ARN configured and you didn't include such an ARN as a parameter in this call.
    ///
    /// - The secret is managed by another service, and you must use that service to update it. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
    InvalidRequestException(super::types::InvalidRequestException),
    /// The parameter name or value is invalid.
    InvalidParameterException(super::types::InvalidParameterException),
    /// An error occurred on the server side.
    InternalServiceError(super::types::InternalServiceError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    RemoveRegionsFromReplicationError, [ResourceNotFoundException,
    InvalidRequestException, InvalidParameterException, InternalServiceError]
);
/// The errors `ReplicateSecretToRegions` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ReplicateSecretToRegionsError {
    /// Secrets Manager can't find the resource that you asked for.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// A parameter value is not valid for the current state of the resource.
    ///
    /// Possible causes:
    ///
    /// - The secret is scheduled for deletion.
    ///
    /// - You tried to enable rotation on a secret that doesn't already have a Lambda function ARN configured and you didn't include such an ARN as a parameter in this call.
    ///
    /// - The secret is managed by another service, and you must use that service to update it. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
    InvalidRequestException(super::types::InvalidRequestException),
    /// The parameter name or value is invalid.
    InvalidParameterException(super::types::InvalidParameterException),
    /// An error occurred on the server side.
    InternalServiceError(super::types::InternalServiceError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ReplicateSecretToRegionsError, [ResourceNotFoundException, InvalidRequestException,
    InvalidParameterException, InternalServiceError]
);
/// The errors `RestoreSecret` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RestoreSecretError {
    /// Secrets Manager can't find the resource that you asked for.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The parameter name or value is invalid.
    InvalidParameterException(super::types::InvalidParameterException),
    /// A parameter value is not valid for the current state of the resource.
    ///
    /// Possible causes:
    ///
    /// - The secret is scheduled for deletion.
    ///
    /// - You tried to enable rotation on a secret that doesn't already have a Lambda function ARN configured and you didn't include such an ARN as a parameter in this call.
    ///
    /// - The secret is managed by another service, and you must use that service to update it. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
    InvalidRequestException(super::types::InvalidRequestException),
    /// An error occurred on the server side.
    InternalServiceError(super::types::InternalServiceError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    RestoreSecretError, [ResourceNotFoundException, InvalidParameterException,
    InvalidRequestException, InternalServiceError]
);
/// The errors `RotateSecret` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RotateSecretError {
    /// Secrets Manager can't find the resource that you asked for.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The parameter name or value is invalid.
    InvalidParameterException(super::types::InvalidParameterException),
    /// An error occurred on the server side.
    InternalServiceError(super::types::InternalServiceError),
    /// A parameter value is not valid for the current state of the resource.
    ///
    /// Possible causes:
    ///
    /// - The secret is scheduled for deletion.
    ///
    /// - You tried to enable rotation on a secret that doesn't already have a Lambda function ARN configured and you didn't include such an ARN as a parameter in this call.
    ///
    /// - The secret is managed by another service, and you must use that service to update it. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
    InvalidRequestException(super::types::InvalidRequestException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    RotateSecretError, [ResourceNotFoundException, InvalidParameterException,
    InternalServiceError, InvalidRequestException]
);
/// The errors `StopReplicationToReplica` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum StopReplicationToReplicaError {
    /// Secrets Manager can't find the resource that you asked for.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// A parameter value is not valid for the current state of the resource.
    ///
    /// Possible causes:
    ///
    /// - The secret is scheduled for deletion.
    ///
    /// - You tried to enable rotation on a secret that doesn't already have a Lambda function ARN configured and you didn't include such an ARN as a parameter in this call.
    ///
    /// - The secret is managed by another service, and you must use that service to update it. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
    InvalidRequestException(super::types::InvalidRequestException),
    /// The parameter name or value is invalid.
    InvalidParameterException(super::types::InvalidParameterException),
    /// An error occurred on the server side.
    InternalServiceError(super::types::InternalServiceError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    StopReplicationToReplicaError, [ResourceNotFoundException, InvalidRequestException,
    InvalidParameterException, InternalServiceError]
);
/// The errors `TagResource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum TagResourceError {
    /// Secrets Manager can't find the resource that you asked for.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// A parameter value is not valid for the current state of the resource.
    ///
    /// Possible causes:
    ///
    /// - The secret is scheduled for deletion.
    ///
    /// - You tried to enable rotation on a secret that doesn't already have a Lambda function ARN configured and you didn't include such an ARN as a parameter in this call.
    ///
    /// - The secret is managed by another service, and you must use that service to update it. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
    InvalidRequestException(super::types::InvalidRequestException),
    /// The parameter name or value is invalid.
    InvalidParameterException(super::types::InvalidParameterException),
    /// An error occurred on the server side.
    InternalServiceError(super::types::InternalServiceError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    TagResourceError, [ResourceNotFoundException, InvalidRequestException,
    InvalidParameterException, InternalServiceError]
);
/// The errors `UntagResource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UntagResourceError {
    /// Secrets Manager can't find the resource that you asked for.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// A parameter value is not valid for the current state of the resource.
    ///
    /// Possible causes:
    ///
    /// - The secret is scheduled for deletion.
    ///
    /// - You tried to enable rotation on a secret that doesn't already have a Lambda function ARN configured and you didn't include such an ARN as a parameter in this call.
    ///
    /// - The secret is managed by another service, and you must use that service to update it. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
    InvalidRequestException(super::types::InvalidRequestException),
    /// The parameter name or value is invalid.
    InvalidParameterException(super::types::InvalidParameterException),
    /// An error occurred on the server side.
    InternalServiceError(super::types::InternalServiceError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UntagResourceError, [ResourceNotFoundException, InvalidRequestException,
    InvalidParameterException, InternalServiceError]
);
/// The errors `UpdateSecret` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateSecretError {
    /// The parameter name or value is invalid.
    InvalidParameterException(super::types::InvalidParameterException),
    /// A parameter value is not valid for the current state of the resource.
    ///
    /// Possible causes:
    ///
    /// - The secret is scheduled for deletion.
    ///
    /// - You tried to enable rotation on a secret that doesn't already have a Lambda function ARN configured and you didn't include such an ARN as a parameter in this call.
    ///
    /// - The secret is managed by another service, and you must use that service to update it. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
    InvalidRequestException(super::types::InvalidRequestException),
    /// The request failed because it would exceed one of the Secrets Manager quotas.
    LimitExceededException(super::types::LimitExceededException),
    /// Secrets Manager can't encrypt the protected secret text using the provided KMS key. Check that the KMS key is available, enabled, and not in an invalid state. For more information, see [Key state: Effect on your KMS key](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html).
    EncryptionFailure(super::types::EncryptionFailure),
    /// A resource with the ID you requested already exists.
    ResourceExistsException(super::types::ResourceExistsException),
    /// Secrets Manager can't find the resource that you asked for.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The resource policy has syntax errors.
    MalformedPolicyDocumentException(super::types::MalformedPolicyDocumentException),
    /// An error occurred on the server side.
    InternalServiceError(super::types::InternalServiceError),
    /// The request failed because you did not complete all the prerequisite steps.
    PreconditionNotMetException(super::types::PreconditionNotMetException),
    /// Secrets Manager can't decrypt the protected secret text using the provided KMS key.
    DecryptionFailure(super::types::DecryptionFailure),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateSecretError, [InvalidParameterException, InvalidRequestException,
    LimitExceededException, EncryptionFailure, ResourceExistsException,
    ResourceNotFoundException, MalformedPolicyDocumentException, InternalServiceError,
    PreconditionNotMetException, DecryptionFailure]
);
/// The errors `UpdateSecretVersionStage` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateSecretVersionStageError {
    /// Secrets Manager can't find the resource that you asked for.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The parameter name or value is invalid.
    InvalidParameterException(super::types::InvalidParameterException),
    /// A parameter value is not valid for the current state of the resource.
    ///
    /// Possible causes:
    ///
    /// - The secret is scheduled for deletion.
    ///
    /// - You tried to enable rotation on a secret that doesn't already have a Lambda function ARN configured and you didn't include such an ARN as a parameter in this call.
    ///
    /// - The secret is managed by another service, and you must use that service to update it. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
    InvalidRequestException(super::types::InvalidRequestException),
    /// The request failed because it would exceed one of the Secrets Manager quotas.
    LimitExceededException(super::types::LimitExceededException),
    /// An error occurred on the server side.
    InternalServiceError(super::types::InternalServiceError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateSecretVersionStageError, [ResourceNotFoundException, InvalidParameterException,
    InvalidRequestException, LimitExceededException, InternalServiceError]
);
/// The errors `ValidateResourcePolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ValidateResourcePolicyError {
    /// The resource policy has syntax errors.
    MalformedPolicyDocumentException(super::types::MalformedPolicyDocumentException),
    /// Secrets Manager can't find the resource that you asked for.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The parameter name or value is invalid.
    InvalidParameterException(super::types::InvalidParameterException),
    /// An error occurred on the server side.
    InternalServiceError(super::types::InternalServiceError),
    /// A parameter value is not valid for the current state of the resource.
    ///
    /// Possible causes:
    ///
    /// - The secret is scheduled for deletion.
    ///
    /// - You tried to enable rotation on a secret that doesn't already have a Lambda function ARN configured and you didn't include such an ARN as a parameter in this call.
    ///
    /// - The secret is managed by another service, and you must use that service to update it. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
    InvalidRequestException(super::types::InvalidRequestException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ValidateResourcePolicyError, [MalformedPolicyDocumentException,
    ResourceNotFoundException, InvalidParameterException, InternalServiceError,
    InvalidRequestException]
);
